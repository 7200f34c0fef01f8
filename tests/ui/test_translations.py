"""Every string the window shows has a Chinese translation, and the compiled files are current."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mutual_aid_desk.ui.i18n import lupdate, tool, translations_dir, ts_messages

PACKAGE = Path(__file__).resolve().parents[2] / "mutual_aid_desk"


def test_every_marked_string_is_translated_to_chinese(tmp_path):
    sources = sorted(PACKAGE.rglob("*.py"))
    collected = tmp_path / "all_zh_CN.ts"
    lupdate(sources, collected)
    shipped: dict[tuple[str, str], str] = {}
    for ts in translations_dir().glob("*_zh_CN.ts"):
        for key, text in ts_messages(ts).items():
            if text:
                shipped[key] = text
    missing = [f"{ctx}: {src}" for (ctx, src) in ts_messages(collected) if (ctx, src) not in shipped]
    assert not missing, "untranslated:\n" + "\n".join(missing)


def test_compiled_translations_are_up_to_date(tmp_path):
    for ts in translations_dir().glob("*_zh_CN.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run python -m mutual_aid_desk.ui.i18n update"
        fresh = tmp_path / qm.name
        subprocess.run([tool("lrelease"), str(ts), "-qm", str(fresh)], check=True, capture_output=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}"

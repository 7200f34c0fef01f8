"""Languages: Simplified Chinese by default, English on request, through Qt translation files.

Source strings are English (``self.tr("Households")``). Each domain keeps its Chinese in
``resources/translations/<domain>_zh_CN.ts``, compiled to ``.qm``; at start-up every ``*_zh_CN.qm``
is installed, plus Qt's own translation for standard buttons.

Developers update a domain's file with::

    python -m mutual_aid_desk.ui.i18n update DOMAIN FILE.py ... [--fill translations.json]

which runs ``pyside6-lupdate`` over the files, fills translations from a JSON object
``{"English source": "中文"}`` if given, compiles the ``.qm`` with ``pyside6-lrelease``, and lists
what is still untranslated.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mutual_aid_desk.paths import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install every translation for ``language``; English needs none. Keep the returned list alive."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for qm in sorted(translations_dir().glob(f"*_{language}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            installed.append(tr)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for tr in translators:
        app.removeTranslator(tr)
    translators.clear()


# --- developer tool ----------------------------------------------------------------------------


def ts_messages(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation ('' when unfinished) of one .ts file."""
    out: dict[tuple[str, str], str] = {}
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, msg.findtext("source") or "")] = (tr.text or "") if tr is not None and done else ""
    return out


def tool(name: str) -> str:
    """PySide6's translation tool, beside this Python first (a venv need not be activated)."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6-Essentials")
    return found


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run([tool("lupdate"), *map(str, files), "-source-language", "en", "-target-language", "zh_CN",
                    "-no-obsolete", "-ts", str(ts)], check=True, capture_output=True)


def fill(ts: Path, mapping: dict[str, str]) -> None:
    tree = ET.parse(ts)
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or source not in mapping:
            continue
        tr.text = mapping[source]
        tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mutual_aid_desk.ui.i18n")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("update", help="collect, fill and compile one domain's translations")
    p.add_argument("domain")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--fill", type=Path, help="JSON object {English source: Chinese}")
    args = parser.parse_args(argv)
    ts = translations_dir() / f"{args.domain}_zh_CN.ts"
    lupdate(args.files, ts)
    if args.fill:
        fill(ts, json.loads(args.fill.read_text(encoding="utf-8")))
    lrelease(ts)
    missing = [src for (ctx, src), tr in ts_messages(ts).items() if not tr]
    for src in missing:
        print(f"untranslated: {src}")
    print(f"{ts.name}: {len(ts_messages(ts)) - len(missing)} translated, {len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

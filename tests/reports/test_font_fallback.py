"""Without the bundled font every document still prints, in ReportLab's STSong-Light CID font.

The documented fallback once crashed for the posters, sign-in sheets and meeting notices, which had
copied the font's name at import (``KeyError: no afm found for faceName='WenQuanYiMicroHei'``). It runs
in a process of its own: ReportLab's font registry is global, and this one must start without the font.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pypdf import PdfReader

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN

pytestmark = pytest.mark.sqlite_only  # a property of the printing, not of the database

PRINTS = [
    ("meeting", "notice", "1"), ("meeting", "signin", "1"), ("meeting", "posters", "1"),
    ("poster", "vote", "1"), ("poster", "fund", "1"), ("poster", "attendance", "1"),
    ("vote", "notice", "1"), ("vote", "ballots", "print", "1"), ("vote", "holdouts", "1"),
    ("fund", "notice", "1"), ("fund", "receipts", "1"), ("fund", "arrears", "1"),
    ("walklist", "--building", "5"),
    ("notice", "render", "general", "--set", "title=停水通知", "--set", "body=明天停水。"),
    ("sheets", "print", "--month", "2026-11", "--building", "5"),
    ("problems", "notice", "--from", "2026-11-01", "--to", "2026-11-30"),
    ("patrols", "rota", "print", "--month", "2026-11"),
]


def print_every_kind(folder: Path, *, without_font: bool) -> list[set[str]]:
    """Each kind printed from the command line in a fresh process; the fonts each PDF names."""
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import mutual_aid_desk.reports.document as document
        if {without_font!r}:
            document.font_file = lambda: Path("/nonexistent/wqy-microhei.ttc")  # the font is gone
        from mutual_aid_desk.cli import main
        db = str(Path(sys.argv[1]) / "demo.sqlite3")
        assert main(["--db", db, "demo", "--households", "120"]) == 0
        for n, words in enumerate({PRINTS!r}):
            out = str(Path(sys.argv[1]) / f"doc{{n}}.pdf")
            code = main(["--db", db, "--operator", "{DEMO_COORDINATOR}", "--pin", "{DEMO_PIN}", *words, "-o", out])
            assert code == 0, (words, code)
        print("printed", len({PRINTS!r}))
    """)
    done = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    fonts = []
    for n, words in enumerate(PRINTS):
        reader = PdfReader(folder / f"doc{n}.pdf")
        fonts.append({str(font.get_object()["/BaseFont"]) for page in reader.pages
                      for font in (page["/Resources"].get("/Font") or {}).values()})
        assert any("\u4e00" <= ch <= "\u9fff" for page in reader.pages for ch in page.extract_text()), words
    return fonts


def test_every_document_prints_without_the_bundled_font(tmp_path: Path) -> None:
    for words, fonts in zip(PRINTS, print_every_kind(tmp_path, without_font=True)):
        assert fonts and all("STSong" in f for f in fonts), (words, fonts)


def test_every_document_names_only_the_font_it_embeds(tmp_path: Path) -> None:
    """No Helvetica reference beside the embedded font (tables used to name it for every cell)."""
    for words, fonts in zip(PRINTS, print_every_kind(tmp_path, without_font=False)):
        assert fonts and all("WenQuanYiMicroHei" in f for f in fonts), (words, fonts)

"""Every character the shared page furniture prints exists in the embedded font."""

from __future__ import annotations

from reportlab.pdfbase.ttfonts import TTFont

from mutual_aid_desk.paths import font_file
from mutual_aid_desk.reports.styles import CHECKBOX


def test_checkbox_glyph_is_in_the_bundled_font() -> None:
    face = TTFont("check", str(font_file()), subfontIndex=0).face
    assert all(ord(ch) in face.charToGlyph for ch in CHECKBOX + "第页共打印日期")

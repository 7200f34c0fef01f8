"""The one place a printed document's font comes from.

Every PDF embeds WenQuanYi Micro Hei (TrueType, shipped in ``resources/fonts``). When that file is
missing or unreadable, every document prints in ReportLab's built-in STSong-Light CID font instead.
Code that draws text asks ``register_fonts()`` for the font's name each time (never a copy taken at
import, which is how the fallback once crashed three documents).
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.tables import CellStyle

from mutual_aid_desk.paths import font_file

BUNDLED_FONT = "WenQuanYiMicroHei"
FALLBACK_FONT = "STSong-Light"
_registered: str | None = None


def register_fonts() -> str:
    """Register the bundled CJK font once (or the fallback) and return the name to draw with."""
    global _registered
    if _registered is None:
        try:
            pdfmetrics.registerFont(TTFont(BUNDLED_FONT, str(font_file()), subfontIndex=0))
            name = BUNDLED_FONT
        except Exception:  # missing or unreadable font file (any error of the TTF reader): print all the same
            pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_FONT))
            name = FALLBACK_FONT
        # The canvas's default font would otherwise be an unembedded Helvetica reference.
        rl_config.canvas_basefontname = name
        # A table cell's default style names Helvetica, and a table sets it even for cells that hold
        # paragraphs: every PDF with a table then referred to a font it does not embed.
        CellStyle.fontname = name
        _registered = name
    return _registered

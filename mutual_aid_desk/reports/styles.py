"""Named paragraph styles, Chinese line wrapping and the flowables every document shares.

Chinese wraps with ``wordWrap="CJK"`` and the Chinese line-breaking rules (``CJKParagraph``); body
text is at least 12 pt and titles at least 22 pt. The stylesheet is built once, on first use, in the
font ``register_fonts`` chose.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine  # type: ignore[attr-defined]  # in ReportLab, left out of types-reportlab
from reportlab.rl_config import _FUZZ

from mutual_aid_desk.reports.fonts import register_fonts

MIN_BODY_PT = 12
MIN_TITLE_PT = 22


@cache
def styles() -> Mapping[str, ParagraphStyle]:
    """The named paragraph styles every document uses (built once: a style is never changed in place)."""
    font = register_fonts()

    def style(name: str, size: float, *, align: Literal[0, 1, 2, 4] = TA_LEFT, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.35, alignment=align,
                              wordWrap="CJK", **kw)

    return {
        "title": style("title", 26, align=TA_CENTER, spaceAfter=4 * mm),
        "heading": style("heading", 18, spaceBefore=3 * mm, spaceAfter=2 * mm),
        "body": style("body", 14, spaceAfter=1.5 * mm),
        "body_center": style("body_center", 14, align=TA_CENTER),
        "body_right": style("body_right", 14, align=TA_RIGHT),
        "small": style("small", 12),
        "cell": style("cell", 14),
        "cell_small": style("cell_small", 12),
        "cell_header": style("cell_header", 14, textColor=colors.black),
        "footer": style("footer", 12, textColor=colors.HexColor("#444444")),
    }


#: Chinese line-breaking rules (避头尾): these never start a line ...
CANNOT_START = frozenset("，。、；：！？）】》」』〉〕〗”’…％‰℃·～,.;:!?)]}%"
                         "\u3005\u309b\u309c\u30fb\u30fc")
#: ... and these never end one.
CANNOT_END = frozenset("（【《「『〈〔〖“‘([{￥$#@")
_WORD_CHARS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-./_@#+'*&")


def _joined(prev: str, nxt: str) -> bool:
    """Inside a run of Latin letters and digits (a room number 25-2-103, 60,007.73, a phone)."""
    return prev in _WORD_CHARS and (nxt in _WORD_CHARS or nxt == ",")


def cjk_break(glyphs: Sequence[str], start: int, overflow: int) -> int:
    """Where to end the line that runs from ``start`` and overflows at ``overflow``.

    (A single closing mark that overflows hangs in the margin instead: see ``cjk_lines``.) Moves
    the break back so that no closing punctuation starts the next line, no opening
    punctuation ends this one, and a run of Latin letters and digits stays whole; if the line
    offers no such place, keeps the punctuation rules and breaks the run; if even that fails,
    breaks where the line overflowed.
    """
    def punctuation_ok(b: int) -> bool:
        return glyphs[b] not in CANNOT_START and glyphs[b - 1] not in CANNOT_END

    for strict in (True, False):
        b = overflow
        while b > start + 1:
            if punctuation_ok(b) and not (strict and _joined(glyphs[b - 1], glyphs[b])):
                return b
            b -= 1
    return overflow


def cjk_lines(frags: Sequence[Any], max_widths: Sequence[float], calc_bounds: bool) -> ParaLines:
    """ReportLab's CJK wrapping (``cjkFragSplit``) with the Chinese line-breaking rules applied,
    and no paragraph ending in a line of one or two characters ("名。" alone)."""
    glyphs: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        if text:
            glyphs.extend(cjkU(t, f, "utf8") for t in text)
        else:  # an empty fragment, such as a line break
            glyphs.append(cjkU(text, f, "utf8"))

    def width_of(u: Any, max_width: float) -> float:
        w = u.width
        if hasattr(w, "normalizedValue"):
            w._normalizer = max_width
            w = w.normalizedValue(max_width)
        return float(w)

    def line_width(n: int) -> float:
        return max_widths[min(n, len(max_widths) - 1)]

    # Segments [start, stop) of glyphs, each ending by wrapping or by a line break (or the end).
    segments: list[list[Any]] = []
    start = i = 0
    used = 0.0
    while i < len(glyphs):
        u = glyphs[i]
        max_width = line_width(len(segments))
        if hasattr(u.frag, "lineBreak"):
            segments.append([start, i + 1, True])
            start = i = i + 1
            used = 0.0
            continue
        w = width_of(u, max_width)
        if used + w > max_width + _FUZZ and i > start:
            after = glyphs[i + 1] if i + 1 < len(glyphs) else ""
            if u in CANNOT_START and after not in CANNOT_START and glyphs[i - 1] not in CANNOT_END:
                b = i + 1  # one closing mark hangs in the margin (悬挂), as ReportLab's own wrap does
            else:
                b = cjk_break(glyphs, start, i)
            segments.append([start, b, False])
            while b < len(glyphs) - 1 and glyphs[b] == " ":  # a wrapped line does not start with a blank
                b += 1
            start = i = b
            used = 0.0
            continue
        used += w
        i += 1
    if start < len(glyphs):
        segments.append([start, len(glyphs), None])

    # A paragraph (or a line before a break) that ends in one or two characters takes a few more
    # from the line above, where the rules allow.
    for k in range(1, len(segments)):
        prev, last = segments[k - 1], segments[k]
        if prev[2] is not False or last[2] is False:
            continue
        shown = [g for g in glyphs[last[0]:last[1]] if g.strip()]
        if 0 < len(shown) <= 2 and prev[1] - prev[0] > 8:
            b = cjk_break(glyphs, prev[0], prev[1] - 2)
            if prev[0] + 4 < b < prev[1]:
                prev[1] = last[0] = b

    lines: list[Any] = []
    for n, (a, b, line_break) in enumerate(segments):
        max_width = line_width(n)
        used = sum(width_of(u, max_width) for u in glyphs[a:b])
        lines.append(makeCJKParaLine(glyphs[a:b], max_width, used, max_width - used, bool(line_break), calc_bounds))
    return ParaLines(kind=1, lines=lines)


class CJKParagraph(Paragraph):
    """A paragraph that wraps Chinese by the line-breaking rules (see ``cjk_lines``).

    ReportLab's own CJK wrap lets "，" start a line and "（" end one; every document's paragraphs
    come from ``para`` and so from here.
    """

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 - ReportLab API
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        if self.style.endDots or self.bulletText:
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return cjk_lines(self.frags, maxWidths, auto_leading not in ("", "off"))


def para(text: Any, style: str = "body", **overrides: Any) -> Paragraph:
    """A paragraph in a named style; text is escaped, newlines become line breaks."""
    st = styles()[style]
    if overrides:
        st = ParagraphStyle(f"{style}_x", parent=st, **overrides)
    return CJKParagraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), st)


def fitted_title(text: str, width: float, *, max_size: float = 26, min_size: float = MIN_TITLE_PT) -> Paragraph:
    """A title that shrinks (never below 22 pt) and then wraps to fit ``width``; it is never clipped."""
    font = register_fonts()
    # The frame pads each side by 6 pt, so the line really has ``width - 12`` to fit in.
    room = width - 12.5
    size = max_size
    while size > min_size and max(pdfmetrics.stringWidth(line, font, size) for line in text.split("\n")) > room:
        size -= 1
    return para(text, "title", fontSize=size, leading=size * 1.3)


CHECKBOX = "□"  # U+25A1: in WenQuanYi Micro Hei (U+2610 ☐ is not, and would print blank)


def grid_table(header: Sequence[str], rows: Sequence[Sequence[Any]], col_widths: Sequence[float], *,
               font: str = "cell", header_style: str = "cell_header", zebra: bool = True,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """A ruled table whose header row repeats on every page; cells wrap instead of overflowing."""
    def cell(v: Any, st: str) -> Any:
        return v if isinstance(v, Flowable) else para(v, st)

    data = [[cell(h, header_style) for h in header]] + [[cell(v, font) for v in r] for r in rows]
    table = Table(data, colWidths=list(col_widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        # Without it, Table selects Helvetica for every cell: a non-embedded font in the file.
        ("FONT", (0, 0), (-1, -1), register_fonts(), MIN_BODY_PT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4F4F4")))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table


def keep_with_next(headings: Sequence[Flowable], following: Flowable, width: float, *, rows: int = 1) -> list[Flowable]:
    """Headings that start a new page rather than stand alone at the foot of one.

    The page breaks before the headings only when they, and the start of what follows (a table's
    header and first ``rows`` rows, or a paragraph's first lines), do not fit; a long table still
    splits where the page ends, so no page is left half empty.
    """
    need: float = sum(h.wrap(width, 10_000)[1] + h.getSpaceBefore() + h.getSpaceAfter() for h in headings)
    if isinstance(following, Table):
        following.wrap(width, 10_000)
        heights: list[float] = following._rowHeights  # type: ignore[attr-defined]  # noqa: SLF001 - set by wrap; not in the stubs
        need += sum(heights[: 1 + rows])
    else:
        need += min(following.wrap(width, 10_000)[1], 60)
    return [CondPageBreak(need + 2), *headings, following]


def page_size(size: str = "A4", *, landscape: bool = False) -> tuple[float, float]:
    base = A3 if size.upper() == "A3" else A4
    return to_landscape(base) if landscape else base


def content_width(size: str = "A4", *, landscape: bool = False, margin: float = 15 * mm) -> float:
    return page_size(size, landscape=landscape)[0] - 2 * margin


def signature_block(label_left: str = "经办人（签字）：", label_right: str = "日期：") -> Table:
    """Two signature lines side by side, as printed at the end of a notice."""
    t = Table([[para(label_left + "________________"), para(label_right + "________________")]],
              colWidths=[content_width() / 2] * 2)
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10 * mm)]))
    return t

"""One place for the fonts, named styles and page furniture of every printed document.

Every PDF embeds WenQuanYi Micro Hei (TrueType, shipped in ``resources/fonts``), wraps Chinese with
``wordWrap="CJK"`` and the Chinese line-breaking rules (``CJKParagraph``), uses at least 12 pt (titles at least 22 pt), and carries the station's name, the
print date and "第 x 页 / 共 y 页" in its footer. A document module builds a story of flowables and
calls ``build_pdf``, which returns the bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape as to_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

from mutual_aid_desk.paths import font_file

FONT = "WenQuanYiMicroHei"
MIN_BODY_PT = 12
MIN_TITLE_PT = 22
_registered = False


def register_fonts() -> str:
    """Register the bundled CJK font once; fall back to ReportLab's STSong-Light CID font."""
    global _registered, FONT
    if not _registered:
        try:
            pdfmetrics.registerFont(TTFont(FONT, str(font_file()), subfontIndex=0))
        except Exception:  # missing or unreadable font file: still print, with a CID font
            from reportlab.pdfbase.cidfonts import UnicodeCIDFont

            FONT = "STSong-Light"
            pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        # The canvas's default font would otherwise be an unembedded Helvetica reference.
        from reportlab import rl_config

        rl_config.canvas_basefontname = FONT
        # A table cell's default style names Helvetica, and a table sets it even for cells that hold
        # paragraphs: every PDF with a table then referred to a font it does not embed.
        from reportlab.platypus.tables import CellStyle

        CellStyle.fontname = FONT
        _registered = True
    return FONT


def _style(name: str, size: float, *, leading: float | None = None, align: int = TA_LEFT, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=register_fonts(), fontSize=size, leading=leading or size * 1.35,
                          alignment=align, wordWrap="CJK", **kw)


def styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles every document uses."""
    return {
        "title": _style("title", 26, align=TA_CENTER, spaceAfter=4 * mm),
        "heading": _style("heading", 18, spaceBefore=3 * mm, spaceAfter=2 * mm),
        "body": _style("body", 14, spaceAfter=1.5 * mm),
        "body_center": _style("body_center", 14, align=TA_CENTER),
        "body_right": _style("body_right", 14, align=TA_RIGHT),
        "small": _style("small", 12),
        "cell": _style("cell", 14),
        "cell_small": _style("cell_small", 12),
        "cell_header": _style("cell_header", 14, textColor=colors.black),
        "footer": _style("footer", 12, textColor=colors.HexColor("#444444")),
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
        return w

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
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        auto_leading = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return cjk_lines(self.frags, maxWidths, auto_leading not in ("", "off"))


def para(text: Any, style: str = "body", **overrides: Any) -> Paragraph:
    """A paragraph in a named style; text is escaped, newlines become line breaks."""
    from xml.sax.saxutils import escape

    st = styles()[style]
    if overrides:
        st = ParagraphStyle(f"{style}_x", parent=st, **overrides)
    return CJKParagraph(escape("" if text is None else str(text)).replace("\n", "<br/>"), st)


def fitted_title(text: str, width: float, *, max_size: float = 26, min_size: float = MIN_TITLE_PT) -> Paragraph:
    """A title that shrinks (never below 22 pt) and then wraps to fit ``width``; it is never clipped."""
    register_fonts()
    # The frame pads each side by 6 pt, so the line really has ``width - 12`` to fit in.
    room = width - 12.5
    size = max_size
    while size > min_size and max(pdfmetrics.stringWidth(line, FONT, size) for line in text.split("\n")) > room:
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
    need = sum(h.wrap(width, 10_000)[1] + h.getSpaceBefore() + h.getSpaceAfter() for h in headings)
    if isinstance(following, Table):
        following.wrap(width, 10_000)
        need += sum(following._rowHeights[: 1 + rows])  # noqa: SLF001 - measured by wrap
    else:
        need += min(following.wrap(width, 10_000)[1], 60)
    return [CondPageBreak(need + 2), *headings, following]


@dataclass
class DocumentInfo:
    """What the page furniture prints: the document's title, the station, the print date."""

    title: str
    station: str
    printed: date = field(default_factory=date.today)
    kind: str = "document"
    author: str = ""
    page_note: Callable[[int], str] | None = None  # extra text for a page's footer, e.g. a row count


class _CountingCanvas(Canvas):
    """Keeps each finished page until ``save`` so that "第 x 页 / 共 y 页" needs one layout pass, not two."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.page_number_at: tuple[float, float] | None = None

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._held.append(dict(self.__dict__))
        self._startPage()
        self.page_number_at = None

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            if self.page_number_at is not None:
                self.saveState()
                self.setFont(FONT, MIN_BODY_PT)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(*self.page_number_at, f"第 {self._pageNumber} 页 / 共 {total} 页")
                self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several PDFs one after another in one file (e.g. the 13 notices of a series for one print job)."""
    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    sources = []
    for data in parts:
        src = pdfium.PdfDocument(data)
        sources.append(src)
        merged.import_pages(src)
    out = io.BytesIO()
    merged.save(out)
    for src in sources:
        src.close()
    merged.close()
    return out.getvalue()


class _NumberedDoc(BaseDocTemplate):
    """Pages with the station, print date and "第 x 页 / 共 y 页" (written by ``_CountingCanvas``)."""

    def __init__(self, buf: io.BytesIO, info: DocumentInfo, pagesize: tuple[float, float], margin: float):
        super().__init__(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                         bottomMargin=margin + 8 * mm, title=info.title, author=info.author or info.station,
                         subject=info.kind, creator="Mutual-Aid Desk 互助站工作台")
        self.info = info
        self.total_pages = 0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._furniture)])

    def _furniture(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, MIN_BODY_PT)
        canvas.setFillColor(colors.HexColor("#444444"))
        y = self.bottomMargin - 7 * mm
        left = f"{self.info.station}  打印日期 {self.info.printed:%Y-%m-%d}"
        note = self.info.page_note(canvas.getPageNumber()) if self.info.page_note else ""
        canvas.drawString(self.leftMargin, y, left)
        if note:
            canvas.drawCentredString(self.leftMargin + self.width / 2, y, note)
        if isinstance(canvas, _CountingCanvas):  # "共 y 页" is written when the last page is known
            canvas.page_number_at = (self.leftMargin + self.width, y)
        else:
            canvas.drawRightString(self.leftMargin + self.width, y,
                                   f"第 {canvas.getPageNumber()} 页 / 共 {self.total_pages or '?'} 页")
        canvas.setLineWidth(0.5)
        canvas.line(self.leftMargin, y + 5 * mm, self.leftMargin + self.width, y + 5 * mm)
        canvas.restoreState()


def page_size(size: str = "A4", *, landscape: bool = False) -> tuple[float, float]:
    base = A3 if size.upper() == "A3" else A4
    return to_landscape(base) if landscape else base


def content_width(size: str = "A4", *, landscape: bool = False, margin: float = 15 * mm) -> float:
    return page_size(size, landscape=landscape)[0] - 2 * margin


class BuildCancelled(Exception):
    """``build_pdf`` stopped because ``cancelled()`` said so; nothing was produced."""


def build_pdf(story_factory: Callable[[], list[Flowable]], info: DocumentInfo, *, size: str = "A4",
              landscape: bool = False, margin: float = 15 * mm,
              progress: Callable[[int, int, str], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> bytes:
    """Lay out a story once and return the PDF bytes (the canvas numbers "第 x 页 / 共 y 页" at the end).

    ``story_factory`` is called once (a factory, because ReportLab consumes flowables). For batches
    built in the background (802 ballots), ``progress(done, total, "")`` is called as top-level
    flowables are laid out, and ``cancelled()`` is asked as often; when it says yes,
    ``BuildCancelled`` is raised.
    """
    register_fonts()
    pagesize = page_size(size, landscape=landscape)
    buf = io.BytesIO()
    doc = _NumberedDoc(buf, info, pagesize, margin)
    story = story_factory()
    if progress is not None or cancelled is not None:
        total = len(story)
        step = max(1, total // 100)
        done = 0

        def after(_flowable: Flowable) -> None:
            nonlocal done
            done += 1
            if done % step == 0 or done == total:
                if cancelled is not None and cancelled():
                    raise BuildCancelled(info.kind)
                if progress is not None:
                    progress(min(done, total), total, "")  # split flowables are laid out twice

        doc.afterFlowable = after  # type: ignore[method-assign]
    try:
        # One layout pass: the canvas holds finished pages back until it knows how many there are.
        doc.build(story, canvasmaker=_CountingCanvas)
    except LayoutError as exc:  # pragma: no cover - a flowable larger than a page
        raise ValueError(f"cannot lay out {info.kind}: {exc}") from exc
    return buf.getvalue()


def signature_block(label_left: str = "经办人（签字）：", label_right: str = "日期：") -> Table:
    """Two signature lines side by side, as printed at the end of a notice."""
    t = Table([[para(label_left + "________________"), para(label_right + "________________")]],
              colWidths=[content_width() / 2] * 2)
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10 * mm)]))
    return t

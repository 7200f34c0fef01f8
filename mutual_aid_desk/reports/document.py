"""The contract of every printed document, in the manner of pretix's invoice renderer.

A document is a ``Document`` subclass: its ``kind`` (one kebab-case spelling, used for the file name
``<kind>-YYYY-MM-DD.pdf`` and the PDF's subject), its page geometry as class attributes, a
``story()`` of flowables built from core data, and page hooks for the furniture (the station's
name, the print date and "第 x 页 / 共 y 页" at the foot of every page). ``render()`` lays the story
out once and returns the PDF bytes; given ``cancelled``, it stops with ``Cancelled`` when asked to.
Each document is listed once in ``reports.kinds``.
"""

from __future__ import annotations

import io
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

import pypdfium2 as pdfium
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.progress import CancelCheck, Cancelled, Progress
from mutual_aid_desk.reports.styles import MIN_BODY_PT, page_size

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

FURNITURE_GREY = colors.HexColor("#444444")


class _CountingCanvas(Canvas):
    """Keeps each finished page until ``save`` so that "第 x 页 / 共 y 页" needs one layout pass, not two."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []
        self.page_number_at: tuple[float, float] | None = None

    def showPage(self) -> None:  # noqa: N802 - ReportLab API
        self._held.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas's own page reset, left out of types-reportlab
        self.page_number_at = None

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            if self.page_number_at is not None:
                self.saveState()
                self.setFont(register_fonts(), MIN_BODY_PT)
                self.setFillColor(FURNITURE_GREY)
                x, y = self.page_number_at
                self.drawRightString(x, y, f"第 {self.getPageNumber()} 页 / 共 {total} 页")
                self.restoreState()
            Canvas.showPage(self)
        Canvas.save(self)


class _Template(BaseDocTemplate):
    """The page templates of a document, and a hook called after each top-level flowable is laid out."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.after_flowable: Callable[[Flowable], None] | None = None

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab API
        if self.after_flowable is not None:
            self.after_flowable(flowable)


class Document(ABC):
    """One printed document.

    Subclasses set ``kind``, may change the page geometry, and implement ``story()``, which reads
    what the document prints from the core and sets ``title`` (the PDF's title) and ``station_name``
    (the footer's) where the constructor could not. Constructors only keep their arguments: the
    reading and the layout both happen in ``render``, off the window's thread.
    """

    kind: ClassVar[str]
    #: "A4" or "A3"; a poster may choose per instance.
    size: str = "A4"
    landscape: bool = False
    margin: float = 15 * mm
    #: Room under the frame for the footer line.
    footer_height: ClassVar[float] = 8 * mm

    def __init__(self, *, on: date | None = None) -> None:
        self.on = on or date.today()
        #: The date the footer prints as 打印日期 (a walk list's ``on`` is the round's date instead).
        self.printed = self.on
        self.title = ""
        self.station_name = ""

    # --- geometry -------------------------------------------------------------------------------

    @property
    def pagesize(self) -> tuple[float, float]:
        return page_size(self.size, landscape=self.landscape)

    @property
    def width(self) -> float:
        """The width the story lays out in (the page less both margins)."""
        return self.pagesize[0] - 2 * self.margin

    # --- what subclasses write ------------------------------------------------------------------

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The flowables, top to bottom (called once per ``render``: ReportLab consumes them)."""

    def page_note(self, page: int) -> str:
        """Extra text for the middle of a page's footer, e.g. how many households the page lists."""
        return ""

    def on_first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.furniture(canvas, doc)

    def on_later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.furniture(canvas, doc)

    def record_printed(self, file_name: str) -> None:  # noqa: B027 - a hook whose default is to note nothing
        """Note in the audit trail, through the core, that this document was printed or saved.

        Documents with households' names, phones or money in them override it; the others (notices
        posted for everyone to read) note nothing.
        """

    # --- shared -------------------------------------------------------------------------------------

    def file_name(self) -> str:
        """``<kind>-YYYY-MM-DD.pdf``, e.g. ``signin-2026-11-21.pdf``."""
        return f"{self.kind}-{self.on:%Y-%m-%d}.pdf"

    def furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """The footer: the station and print date, the page note, and "第 x 页 / 共 y 页"."""
        canvas.saveState()
        canvas.setFont(register_fonts(), MIN_BODY_PT)
        canvas.setFillColor(FURNITURE_GREY)
        y = doc.bottomMargin - 7 * mm
        canvas.drawString(doc.leftMargin, y, f"{self.station_name}  打印日期 {self.printed:%Y-%m-%d}")
        note = self.page_note(canvas.getPageNumber())
        if note:
            canvas.drawCentredString(doc.leftMargin + doc.width / 2, y, note)
        if isinstance(canvas, _CountingCanvas):  # "共 y 页" is written when the last page is known
            canvas.page_number_at = (doc.leftMargin + doc.width, y)
        canvas.setLineWidth(0.5)
        canvas.line(doc.leftMargin, y + 5 * mm, doc.leftMargin + doc.width, y + 5 * mm)
        canvas.restoreState()

    def render(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> bytes:
        """Lay the story out once and return the PDF bytes.

        ``progress(done, total, "")`` is called as top-level flowables are laid out (802 ballots
        take a while), and ``cancelled()`` is asked as often.

        Raises:
            Cancelled: ``cancelled()`` said yes; nothing was produced.
        """
        register_fonts()
        if cancelled is not None and cancelled():
            raise Cancelled(self.kind)
        buf = io.BytesIO()
        doc = _Template(buf, pagesize=self.pagesize, leftMargin=self.margin, rightMargin=self.margin,
                              topMargin=self.margin, bottomMargin=self.margin + self.footer_height,
                              creator="Mutual-Aid Desk 互助站工作台", subject=self.kind)
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([
            PageTemplate(id="first", frames=[frame], onPage=self.on_first_page, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[frame], onPage=self.on_later_pages),
        ])
        story = self.story()
        doc.title = self.title
        doc.author = self.station_name
        if progress is not None or cancelled is not None:
            total = len(story)
            step = max(1, total // 100)
            done = 0

            def after(_flowable: Flowable) -> None:
                nonlocal done
                done += 1
                if done % step == 0 or done == total:
                    if cancelled is not None and cancelled():
                        raise Cancelled(self.kind)
                    if progress is not None:
                        progress(min(done, total), total, "")  # split flowables are laid out twice

            doc.after_flowable = after
        try:
            # One layout pass: the canvas holds finished pages back until it knows how many there are.
            doc.build(story, canvasmaker=_CountingCanvas)
        except LayoutError as exc:  # pragma: no cover - a flowable larger than a page
            raise ValueError(f"cannot lay out {self.kind}: {exc}") from exc
        return buf.getvalue()


class StationDocument(Document):
    """A document read from one station's records: it keeps the station, and ``titled`` names the
    document and, in the footer, the station."""

    def __init__(self, station: Station, *, on: date | None = None) -> None:
        super().__init__(on=on)
        self.station = station

    def titled(self, title: str) -> str:
        """Set the PDF's title and the footer's station name (read here, off the window's thread)."""
        self.title, self.station_name = title, self.station.settings.get().name
        return title


def merge_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several PDFs one after another in one file (e.g. the 13 notices of a series for one print job)."""
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

"""Print preview for every document: pages drawn inside the app, then print, save or open.

Every document the app makes (notices, sign-in sheets, walk lists, ballots, receipts, 公示) opens
here first (through ``ui.documents.open_document``), so a volunteer sees what will come out of the
printer before paper is used.

Pages are rasterised with pypdfium2 one at a time (a batch of 802 ballots opens as fast as one
page), wrapped in a ``QImage`` and shown in a scroll area. Zoom in/out, fit width, fit page;
PgUp/PgDn/Home/End move between pages. Print goes through the Qt print dialog at the printer's
resolution; Save as suggests the document's "<kind>-YYYY-MM-DD.pdf"; Open hands a temporary copy to the system's
PDF viewer.

The preview is modeless (the main window stays usable) and deletes itself when closed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.ui.theme import fit_to_screen

if TYPE_CHECKING:
    import pypdfium2 as pdfium

ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
FIT_WIDTH = "width"
FIT_PAGE = "page"
PRINT_DPI = 300

_open: list[PreviewDialog] = []


def render_page(document: pdfium.PdfDocument, index: int, scale: float) -> QImage:
    """Rasterise one page at ``scale`` pixels per PDF point into a QImage that owns its pixels."""
    page = document[index]
    try:
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True, fill_color=(255, 255, 255, 255))
        try:
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
            return image.copy()  # detach from pdfium's buffer before the bitmap is closed
        finally:
            bitmap.close()
    finally:
        page.close()


class _PageView(QLabel):
    """The rendered page: a white sheet with a thin shadow line around it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewPage")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#previewPage { background: white; border: 1px solid #888; }")


class PreviewDialog(QDialog):
    """A document's pages, with zoom, page navigation, Print, Save as and Open in viewer."""

    page_changed = Signal(int)  # 0-based index of the page now shown

    def __init__(self, pdf_bytes: bytes, suggested_name: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.pdf_bytes = bytes(pdf_bytes)
        self.suggested_name = suggested_name if suggested_name.lower().endswith(".pdf") else suggested_name + ".pdf"
        self.document_title = title
        import pypdfium2 as pdfium  # loaded when a preview opens, not with the window

        self._document = pdfium.PdfDocument(self.pdf_bytes)
        self._sizes: list[tuple[float, float]] = [self._document.get_page_size(i) for i in range(len(self._document))]
        self._index = 0
        self._zoom = 1.0
        self._fit: str | None = FIT_WIDTH
        self._temp_dir: tempfile.TemporaryDirectory[str] | None = None
        self.saved_path: Path | None = None

        self.setWindowTitle(self.tr("Preview: {title}").format(title=title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        fit_to_screen(self, 1000, 860)
        self._build()
        self._wire_keys()
        self._show_page(0)

    # ----------------------------------------------------------------- layout
    def _button(self, name: str, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAutoDefault(False)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if tip:
            b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        heading = QLabel(self.document_title, self)
        heading.setObjectName("previewTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        bar = QHBoxLayout()
        self.prev_button = self._button("previewPrev", self.tr("◀ Previous"), self.previous_page,
                                        self.tr("Previous page (PgUp)"))
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("previewPageNumber")
        self.page_spin.setRange(1, max(1, self.page_count))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda v: self._show_page(v - 1))
        self.page_total = QLabel(self.tr("of {pages}").format(pages=self.page_count), self)
        self.page_total.setObjectName("previewPageTotal")
        self.next_button = self._button("previewNext", self.tr("Next ▶"), self.next_page, self.tr("Next page (PgDn)"))
        bar.addWidget(self.prev_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addSpacing(16)
        self.zoom_out_button = self._button("previewZoomOut", self.tr("Smaller −"), self.zoom_out,
                                            self.tr("Zoom out (Ctrl+−)"))
        self.zoom_in_button = self._button("previewZoomIn", self.tr("Larger +"), self.zoom_in,
                                           self.tr("Zoom in (Ctrl++)"))
        self.fit_width_button = self._button("previewFitWidth", self.tr("Fit width"), self.fit_width)
        self.fit_page_button = self._button("previewFitPage", self.tr("Whole page"), self.fit_page,
                                            self.tr("Show the whole page (Ctrl+0)"))
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button, self.fit_page_button):
            bar.addWidget(b)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        bar.addWidget(self.zoom_label)
        bar.addStretch(1)
        outer.addLayout(bar)

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("previewScroll")
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setStyleSheet("QScrollArea#previewScroll { background: #9a9a9a; }")
        self.scroll_area.viewport().setStyleSheet("background: #9a9a9a;")
        self.page_view = _PageView()
        self.scroll_area.setWidget(self.page_view)
        self.scroll_area.setWidgetResizable(False)
        outer.addWidget(self.scroll_area, 1)

        actions = QHBoxLayout()
        self.print_button = self._button("previewPrint", self.tr("Print…"), self.print_document,
                                         self.tr("Print (Ctrl+P)"))
        self.save_button = self._button("previewSave", self.tr("Save as…"), self.save_as, self.tr("Save as (Ctrl+S)"))
        self.open_button = self._button("previewOpen", self.tr("Open in PDF viewer"), self.open_external)
        self.close_button = self._button("previewClose", self.tr("Close"), self.reject)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        outer.addLayout(actions)
        self.print_button.setDefault(True)
        self.print_button.setFocus()

    def _wire_keys(self) -> None:
        # Page keys are handled in keyPressEvent and, before the scroll area scrolls with them, in eventFilter.
        self.scroll_area.installEventFilter(self)
        self.scroll_area.viewport().installEventFilter(self)
        bindings = [
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_page),
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save_as),
        ]
        for seq, slot in bindings:
            sc = QShortcut(seq, self)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.activated.connect(slot)

    def _page_key(self, key: int) -> bool:
        actions: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_PageDown: self.next_page,
            Qt.Key.Key_PageUp: self.previous_page,
            Qt.Key.Key_Home: lambda: self._show_page(0),
            Qt.Key.Key_End: lambda: self._show_page(self.page_count - 1),
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            return False
        action()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not event.modifiers() and self._page_key(event.key()):
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            return self._page_key(event.key())
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------- navigation
    @property
    def page_count(self) -> int:
        return len(self._sizes)

    @property
    def current_page(self) -> int:
        """0-based index of the page shown."""
        return self._index

    @property
    def zoom(self) -> float:
        """Screen pixels per PDF point (before device pixel ratio)."""
        return self._zoom

    def next_page(self) -> None:
        self._show_page(self._index + 1)

    def previous_page(self) -> None:
        self._show_page(self._index - 1)

    def zoom_in(self) -> None:
        self._fit = None
        self._zoom = next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1])
        self._render()

    def zoom_out(self) -> None:
        self._fit = None
        self._zoom = next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-6), ZOOM_STEPS[0])
        self._render()

    def fit_width(self) -> None:
        self._fit = FIT_WIDTH
        self._render()

    def fit_page(self) -> None:
        self._fit = FIT_PAGE
        self._render()

    def _show_page(self, index: int) -> None:
        if not self.page_count:
            return
        index = max(0, min(index, self.page_count - 1))
        changed = index != self._index
        self._index = index
        if self.page_spin.value() != index + 1:
            self.page_spin.blockSignals(True)
            self.page_spin.setValue(index + 1)
            self.page_spin.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < self.page_count - 1)
        self._render()
        self.scroll_area.verticalScrollBar().setValue(0)
        if changed:
            self.page_changed.emit(index)

    def _fitted_zoom(self) -> float:
        width_pt, height_pt = self._sizes[self._index]
        viewport = self.scroll_area.viewport().size()
        avail_w = max(100, viewport.width() - 24)
        avail_h = max(100, viewport.height() - 24)
        if self._fit == FIT_PAGE:
            return min(avail_w / width_pt, avail_h / height_pt)
        return avail_w / width_pt

    def _render(self) -> None:
        if not self.page_count:
            return
        if self._fit:
            self._zoom = max(0.2, min(self._fitted_zoom(), ZOOM_STEPS[-1]))
        ratio = self.devicePixelRatioF() or 1.0
        image = render_page(self._document, self._index, self._zoom * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.page_view.setPixmap(pixmap)
        self.page_view.resize(int(image.width() / ratio) + 2, int(image.height() / ratio) + 2)
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")
        self.zoom_in_button.setEnabled(self._zoom < ZOOM_STEPS[-1] - 1e-6)
        self.zoom_out_button.setEnabled(self._zoom > ZOOM_STEPS[0] + 1e-6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._fit and hasattr(self, "page_view"):
            self._render()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._render()

    # ---------------------------------------------------------------- actions
    def print_document(self) -> None:
        """Ask for a printer in the Qt print dialog, then print the chosen pages."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document_title)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.document_title))
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages the printer asks for (all, or its from-to range); returns how many were printed."""
        first, last = 1, self.page_count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or self.page_count, self.page_count)
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            first = last = self._index + 1
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return 0
        printed = 0
        try:
            dpi = printer.resolution()
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(dpi)
                width_pt, height_pt = self._sizes[number - 1]
                fit = min(target.width() / width_pt, target.height() / height_pt)
                # Raster at no more than 300 dpi: sharp on paper, and an A4 page stays ~35 MB, not 500.
                image = render_page(self._document, number - 1, min(fit, PRINT_DPI / 72.0))
                w, h = width_pt * fit, height_pt * fit
                painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def save_as(self) -> Path | None:
        """Ask where to save; the name suggested is the document's kind and date."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        start = str(Path(folder) / self.suggested_name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save document as"), start, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> Path:
        """Write the PDF to ``path`` (adding ``.pdf`` if missing)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as"),
                                self.tr("Could not save the file: {problem}").format(problem=exc))
            raise
        self.saved_path = path
        return path

    def temporary_copy(self) -> Path:
        """A copy of the PDF in a temporary folder (removed when the preview closes)."""
        if self._temp_dir is None:
            self._temp_dir = tempfile.TemporaryDirectory(prefix="mutual-aid-desk-")
        path = Path(self._temp_dir.name) / self.suggested_name
        path.write_bytes(self.pdf_bytes)
        return path

    def open_external(self) -> bool:
        """Open a temporary copy in the system's PDF viewer."""
        path = self.temporary_copy()
        ok = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        if not ok:
            QMessageBox.information(
                self, self.tr("Open in PDF viewer"),
                self.tr("No PDF viewer could be started. Use \"Save as\" and open the file yourself."))
        return bool(ok)

    def _release(self) -> None:
        # The system viewer may still be reading the temporary copy, so it is left for the OS to clean.
        if self in _open:
            _open.remove(self)
        if self._sizes:
            self._sizes = []  # nothing is rendered from now on
            self._document.close()

    def done(self, result: int) -> None:  # Esc and Close end here as well as the window's X
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._release()
        super().closeEvent(event)


def show_document(parent: QWidget | None, pdf_bytes: bytes, suggested_name: str, title: str) -> None:
    """Open ``pdf_bytes`` in a preview window (modeless); the user prints, saves or opens it from there.

    Args:
        parent: the page or dialog asking; the preview stays on top of its window.
        pdf_bytes: the document, e.g. from ``SigninSheet(...).render()``.
        suggested_name: default file name for Save as, the document's ``file_name()``.
        title: what the window and its heading say, e.g. "签到表 · 1号楼、2号楼".
    """
    dialog = PreviewDialog(pdf_bytes, suggested_name, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open.append(dialog)
    dialog.show()
    if QGuiApplication.platformName() != "offscreen":  # the offscreen platform warns that it cannot raise
        dialog.raise_()
        dialog.activateWindow()


def open_previews() -> list[PreviewDialog]:
    """The preview windows currently open (tests and the main window use it)."""
    return list(_open)

"""The look of the window: the bundled CJK font, and a text size for older eyes."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QTableView, QWidget

from mutual_aid_desk.paths import font_file

TEXT_SCALES = (100, 125, 150)
BASE_POINT_SIZE = 13  # at 100 %: already larger than the desktop default


def load_font() -> str:
    """Register WenQuanYi Micro Hei with Qt; returns its family name (or the default family)."""
    font_id = QFontDatabase.addApplicationFont(str(font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else QApplication.font().family()


def apply_theme(app: QApplication, family: str, scale: int) -> None:
    scale = scale if scale in TEXT_SCALES else 100
    size = round(BASE_POINT_SIZE * scale / 100)
    font = QFont(family, size)
    app.setFont(font)
    app.setStyle(LargeIndicatorStyle(round(size * 96 / 72 * 0.8)))  # tick boxes grow with the text
    app.setStyleSheet(
        f"""
        QListWidget#navigation {{ font-size: {size + 3}pt; }}
        QListWidget#navigation::item {{ padding: 3px 12px; }}
        QListWidget#navigation::item:selected {{ background: #1f6feb; color: white; }}
        QLabel[role="error"] {{ color: #b00020; }}
        QLabel[role="empty"] {{ color: #555555; font-size: {size + 2}pt; }}
        QLabel[role="title"] {{ font-size: {size + 5}pt; font-weight: bold; }}
        QPushButton {{ padding: 6px 14px; }}
        QTableView {{ gridline-color: #d0d0d0; }}
        QHeaderView::section {{ padding: 4px; font-weight: bold; }}
        """
    )


class LargeIndicatorStyle(QProxyStyle):
    """The platform's own look, with check boxes and radio buttons as large as the text beside them
    (at 150 % the usual 13-pixel box is hard to see and to hit)."""

    BASE = ""

    def __init__(self, box: int):
        if not LargeIndicatorStyle.BASE:  # the platform's style, before any of ours replaced it
            LargeIndicatorStyle.BASE = QApplication.style().name()
        super().__init__(QStyleFactory.create(LargeIndicatorStyle.BASE))
        self.box = box

    def pixelMetric(self, metric: QStyle.PixelMetric,  # noqa: N802 - Qt override
                    option: QStyleOption | None = None, widget: QWidget | None = None) -> int:
        if metric in (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
                      QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight):
            return self.box
        return super().pixelMetric(metric, option, widget)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width`` × ``height``, but never beyond the screen's free area (1366×768 is common)."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width, height = min(width, free.width() - 20), min(height, free.height() - 40)
    widget.resize(width, height)


def restore_geometry(window: QWidget, settings: QSettings) -> None:
    """Where and how big the window was last time; else 1280×800, fitted to the screen."""
    geometry = settings.value("window/geometry")
    if geometry is None or not window.restoreGeometry(geometry):
        fit_to_screen(window, 1280, 800)


def keep_rows_visible(table: QTableView, rows: int) -> None:
    """Never squeeze ``table`` below ``rows`` rows (at the rows' set height): with large text on a
    small screen the page scrolls instead, rather than leaving a table of one sliver of a row."""
    table.ensurePolished()  # the header's bold style sheet font counts
    table.horizontalHeader().ensurePolished()
    header = table.horizontalHeader()
    # (A header without columns yet has no height: count one line of its text and padding.)
    table.setMinimumHeight(max(header.sizeHint().height(), header.fontMetrics().height() + 16)
                           + rows * table.verticalHeader().defaultSectionSize()
                           + table.horizontalScrollBar().sizeHint().height() + 2 * table.frameWidth() + 4)

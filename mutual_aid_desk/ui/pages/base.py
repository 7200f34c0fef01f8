"""What every page in the navigation bar is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from mutual_aid_desk.core.station import Station


class Page(QWidget):
    """A page of the main window: built with the station it shows, refreshed when shown.

    Emit ``household_requested`` with a household id to open that household's page.
    """

    household_requested = Signal(int)
    data_changed = Signal()

    #: The name in the navigation bar: ``QT_TRANSLATE_NOOP("<ClassName>", "...")``. A class
    #: attribute, so the bar can be drawn before a page is built (pages are built on first visit).
    TITLE = ""

    @classmethod
    def page_title(cls) -> str:
        return QCoreApplication.translate(cls.__name__, cls.TITLE)

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station

    def nav_title(self) -> str:
        return self.page_title()

    def refresh(self) -> None:
        """Reload what the page shows (it became visible, or data changed elsewhere)."""

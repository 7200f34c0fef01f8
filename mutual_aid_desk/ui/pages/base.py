"""What every page in the navigation bar is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mutual_aid_desk.core.station import Station


class Page(QWidget):
    """A page of the main window: built with the station it shows, refreshed when shown.

    Emit ``household_requested`` with a household id to open that household's page.
    """

    household_requested = Signal(int)
    data_changed = Signal()

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station

    def nav_title(self) -> str:
        """The page's name in the navigation bar; pages return ``self.tr("...")``."""
        return self.windowTitle()

    def refresh(self) -> None:
        """Reload what the page shows (it became visible, or data changed elsewhere)."""

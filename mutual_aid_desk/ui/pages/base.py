"""What every page in the navigation bar is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTabBar, QTabWidget, QWidget

from mutual_aid_desk.core.station import Station


class Page(QWidget):
    """A page of the main window: built with the station it shows, refreshed when shown.

    Emit ``household_requested`` with a household id to open that household's page, and
    ``page_requested`` with a page's class name and the name of one of its methods ("" for none)
    to open that page (cursor in its first field) and call the method.
    """

    household_requested = Signal(int)
    page_requested = Signal(str, str)
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

    def first_field(self) -> QWidget | None:
        """Where the cursor goes when the page opens: the first visible entry field in Tab order.

        A page without a text field gets its first list (Enter opens the row), else its first
        control. Pages whose first field is not first in Tab order override this.
        """
        chain: list[QWidget] = []
        w = self.nextInFocusChain()
        while w is not None and w is not self and len(chain) < 500:
            if (self.isAncestorOf(w) and w.isVisibleTo(self) and w.isEnabled()
                    and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
                chain.append(w)
            w = w.nextInFocusChain()
        chain = [w for w in chain if not isinstance(w, (QTabBar, QTabWidget))]
        for kind in (QLineEdit, QAbstractItemView):
            for w in chain:
                if isinstance(w, kind) and not (isinstance(w, QLineEdit) and w.isReadOnly()):
                    return w
        for w in chain:
            if not isinstance(w, QAbstractButton):
                return w
        return chain[0] if chain else None

    def focus_first_field(self) -> None:
        """Put the cursor in the page's first entry field (the page was just opened)."""
        field = self.first_field()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

"""Keys that belong to one widget, not to the whole window.

A ``QShortcut(Key_Return, table)`` is window-wide by default: in a real, active window it takes
Enter from every field of the page (the address field of evening entry, the search box) before the
field sees it. ``on_enter`` gives Enter to the widget only while it has the focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _EnterFilter(QObject):
    def __init__(self, widget: QWidget, slot: Callable[[], object]):
        super().__init__(widget)
        self._slot = slot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._slot()
            return True
        return False


def on_enter(widget: QWidget, slot: Callable[[], object]) -> QObject:
    """Call ``slot`` when Enter (or keypad Enter, without Ctrl/Shift/Alt) is pressed in ``widget``."""
    handler = _EnterFilter(widget, slot)
    widget.installEventFilter(handler)
    return handler

"""Menu entries the page keeps a handle on (to enable them, or for tests to trigger).

``QMenu.addAction(text, slot)`` returns a wrapper that PySide 6.11 can invalidate while the action
lives on: once the page has been moved into the window's scroll area and the widget that held its
place is deleted, every later ``setEnabled`` on the kept handle raised "Internal C++ object already
deleted". An action made in Python with the menu as its parent is tracked like any other child.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def menu_action(menu: QMenu, text: str, slot: Callable[[], object] | None = None, name: str = "") -> QAction:
    """Add an entry ``text`` to ``menu`` (running ``slot`` when chosen) and return it."""
    action = QAction(text, menu)
    if name:
        action.setObjectName(name)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action

"""A busy station file in the window: said within about a second, with 重试 / 取消.

The command line waits the full ``BUSY_TIMEOUT_MS`` (5 s) and exits 7; a person at the window
should not stare at a frozen form that long. ``install_busy_retry`` gives the window's station a
short wait and asks, when another window or command holds the file, whether to try again. Nothing
has been written when the question comes (the lock is taken before any work), and the form keeps
what was typed whichever is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from mutual_aid_desk.core.station import Station

#: How long a window's save waits for another writer before it asks (the command line: 5 s).
WINDOW_BUSY_TIMEOUT_MS = 800


def ask_retry(waited: float = 0.0) -> bool | None:
    """Ask, over whatever window is active, whether to try the save again.

    Off the window's thread (a background import) no dialog can be shown: it returns None, the core
    keeps trying for as long as the command line would wait, and the task then reports the busy
    file as any other failure.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("BusyFile", "The station file is busy"),
                      QCoreApplication.translate("BusyFile", "Another window or command is saving to the station "
                                                 "file. Nothing has been saved yet, and what you typed is kept.\n\n"
                                                 "Try again now?"),
                      QMessageBox.StandardButton.NoButton, QApplication.activeWindow())
    box.setObjectName("busyBox")
    retry = box.addButton(QCoreApplication.translate("BusyFile", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("busyRetry")
    cancel = box.addButton(QCoreApplication.translate("BusyFile", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("busyCancel")
    box.setDefaultButton(retry)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is retry


def install_busy_retry(station: Station, timeout_ms: int = WINDOW_BUSY_TIMEOUT_MS) -> None:
    """Give the window's station a short busy wait and the 重试 / 取消 question."""
    station.ask_when_busy(ask_retry, timeout_ms)

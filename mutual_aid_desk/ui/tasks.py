"""Long work off the UI thread, with a progress dialog that can be cancelled.

``run_with_progress(parent, title, work)`` runs ``work(report, cancelled)`` in a worker thread while a
modal progress dialog keeps the window painting. ``report(done, total, text="")`` updates the bar;
``cancelled()`` tells the work to stop: it raises ``reports.progress.Cancelled`` (the one exception for
stopped work, defined below the UI so that documents can raise it). Returns the work's result, or None
if cancelled; re-raises any other exception of the work in the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mutual_aid_desk.reports.progress import Cancelled

T = TypeVar("T")
Report = Callable[..., None]


class _Worker(QThread):
    progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Report, Callable[[], bool]], Any]):
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        def report(done: int, total: int, text: str = "") -> None:
            self.progressed.emit(int(done), int(total), text)

        try:
            self.result = self._work(report, self._cancel.is_set)
        except Cancelled:
            self.result = None
        except BaseException as exc:  # handed back to the UI thread
            self.error = exc


def run_with_progress(parent: QWidget | None, title: str,
                      work: Callable[[Report, Callable[[], bool]], T]) -> T | None:
    worker = _Worker(work)
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    loop = QEventLoop()
    worker.progressed.connect(on_progress)
    worker.finished.connect(loop.quit)
    dialog.canceled.connect(worker.cancel)
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    cancelled = dialog.wasCanceled()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return None if cancelled else worker.result

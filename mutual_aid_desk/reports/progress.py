"""How long work reports progress and is stopped; kept free of ReportLab so the window can import it
at start-up without loading the PDF machinery."""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total, text)``: how far the work has come.
Progress = Callable[[int, int, str], None]
#: ``cancelled()``: whether the user has asked the work to stop.
CancelCheck = Callable[[], bool]


class Cancelled(Exception):
    """Long work stopped because the user asked it to; nothing was produced.

    Documents raise it from ``render``; the window's background runner catches it (for any work, not
    only printing) and treats it as "nothing to show".
    """

"""Printing a document from the window: the one way every page and dialog does it.

``open_document(self, SigninSheet(station, meeting_id), self.tr("Sign-in sheet"))`` builds the PDF off
the UI thread behind a progress dialog whose Cancel stops any kind, notes the print in the audit
trail through the core (``Document.record_printed``), and opens the preview under the file name
``<kind>-YYYY-MM-DD.pdf``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.dialogs.preview import show_document
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.tasks import run_with_progress

if TYPE_CHECKING:  # the pages import their documents when printing: ReportLab stays out of start-up
    from mutual_aid_desk.reports.document import Document


ShowError = Callable[[QWidget, BaseException, str | None], None]


def open_document(parent: QWidget, document: Document, title: str, *, error_title: str | None = None,
                  report_error: ShowError = show_error) -> bytes | None:
    """Build ``document``, record the print and show the preview.

    Args:
        parent: the page or dialog asking; errors and the preview are shown over it.
        document: what to print (nothing is read or laid out until here).
        title: the progress dialog's and the preview's title, in the window's language.
        error_title: the heading of the message when the document cannot be made.
        report_error: how that message is shown (the meetings page words its own errors).

    Returns:
        The PDF, or None when the user cancelled or the document could not be made (the reason was
        shown) or its print could not be recorded (then nothing is shown either).
    """
    try:
        pdf = run_with_progress(parent, title, document.render)
        if pdf is None:
            return None
        document.record_printed(document.file_name())
    except DeskError as exc:
        report_error(parent, exc, error_title)
        return None
    show_document(parent, pdf, document.file_name(), title)
    return pdf

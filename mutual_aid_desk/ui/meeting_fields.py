"""Field names of the meetings and notices forms, as the window shows them in problems.

The core names fields in English (``time``, ``per_night``, ``placeholder``); the shared error box
shows a field's label only for the household fields it knows, so the meetings screens translate
their own before showing a problem.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from mutual_aid_desk.ui.messages import show_error

FIELDS = {
    "title": QT_TRANSLATE_NOOP("MeetingFields", "Title"),
    "date": QT_TRANSLATE_NOOP("MeetingFields", "Date"),
    "time": QT_TRANSLATE_NOOP("MeetingFields", "Time"),
    "place": QT_TRANSLATE_NOOP("MeetingFields", "Place"),
    "buildings": QT_TRANSLATE_NOOP("MeetingFields", "Buildings"),
    "units": QT_TRANSLATE_NOOP("MeetingFields", "Stairwells"),
    "per_night": QT_TRANSLATE_NOOP("MeetingFields", "Buildings per evening"),
    "start": QT_TRANSLATE_NOOP("MeetingFields", "First evening"),
    "agenda": QT_TRANSLATE_NOOP("MeetingFields", "Agenda"),
    "placeholder": QT_TRANSLATE_NOOP("MeetingFields", "Placeholder"),
    "mode": QT_TRANSLATE_NOOP("MeetingFields", "Attendance"),
    "household": QT_TRANSLATE_NOOP("MeetingFields", "Household"),
    "body": QT_TRANSLATE_NOOP("MeetingFields", "Body"),
    "closing": QT_TRANSLATE_NOOP("MeetingFields", "Closing"),
}


def localised(error: BaseException) -> BaseException:
    """The same error with the meetings fields named in the window's language."""
    if not isinstance(error, ValidationError):
        return error
    problems = [replace(p, field=QCoreApplication.translate("MeetingFields", FIELDS[p.field]))
                if p.field in FIELDS else p for p in error.problems]
    return ValidationError(problems)


def show_meeting_error(parent: QWidget | None, error: DeskError | BaseException, title: str | None = None) -> None:
    show_error(parent, localised(error), title)

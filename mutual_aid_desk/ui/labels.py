"""Display names of the core's codes (statuses ...), translated in the context "Labels"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mutual_aid_desk.core.households import Status
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP

_STATUS = {
    Status.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner-occupied"),
    Status.RENTED: QT_TRANSLATE_NOOP("Labels", "Rented out"),
    Status.VACANT: QT_TRANSLATE_NOOP("Labels", "Vacant"),
    Status.UNREACHABLE: QT_TRANSLATE_NOOP("Labels", "Unreachable"),
}


def status_label(code: str) -> str:
    return QCoreApplication.translate("Labels", _STATUS[Status(code)])


def status_choices() -> list[tuple[str, str]]:
    return [(s.value, status_label(s.value)) for s in Status]

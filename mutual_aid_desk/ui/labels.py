"""Display names of the core's codes (statuses ...), translated in the context "Labels"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mutual_aid_desk.core.households import Status
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP

_STATUS = {
    Status.OWNER: "Owner-occupied",
    Status.RENTED: "Rented out",
    Status.VACANT: "Vacant",
    Status.UNREACHABLE: "Unreachable",
}


# Listed here so that pyside6-lupdate collects them.
_MARKED = (
    QT_TRANSLATE_NOOP("Labels", "Owner-occupied"),
    QT_TRANSLATE_NOOP("Labels", "Rented out"),
    QT_TRANSLATE_NOOP("Labels", "Vacant"),
    QT_TRANSLATE_NOOP("Labels", "Unreachable"),
)


def status_label(code: str) -> str:
    return QCoreApplication.translate("Labels", _STATUS[Status(code)])


def status_choices() -> list[tuple[str, str]]:
    return [(s.value, status_label(s.value)) for s in Status]

"""Showing the core's errors in the window's language.

The core raises English templates marked for translation (contexts "Problems" and "Errors"); here
they are translated, filled in, and shown. One place, so every dialog says things the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mutual_aid_desk.errors import DeskError, Problem, ValidationError

def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - marks strings for lupdate
    return text


_FIELDS = {
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "building": QT_TRANSLATE_NOOP("Fields", "Building"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "room": QT_TRANSLATE_NOOP("Fields", "Room"),
    "head": QT_TRANSLATE_NOOP("Fields", "Head of household"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "members": QT_TRANSLATE_NOOP("Fields", "Members"),
    "area": QT_TRANSLATE_NOOP("Fields", "Area (m²)"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Fields", "Notes"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "header": QT_TRANSLATE_NOOP("Fields", "Header"),
    "pin": QT_TRANSLATE_NOOP("Fields", "PIN"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "tag": QT_TRANSLATE_NOOP("Fields", "Tag"),
}


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_label(name: str) -> str:
    source = _FIELDS.get(name)
    return QCoreApplication.translate("Fields", source) if source else name


def _params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (_t("Errors", v) if isinstance(v, str) else v) for k, v in params.items()}


def problem_reason(problem: Problem) -> str:
    template = _t("Problems", problem.reason)
    try:
        return template.format(**_params(problem.params))
    except (KeyError, IndexError, ValueError):
        return problem.reason_text()


def problem_text(problem: Problem) -> str:
    """One problem as a sentence: "第 3 行，电话：值 '123'：不是电话号码……"."""
    value = "" if problem.value is None else str(problem.value)
    if problem.row is not None:
        return QCoreApplication.translate("Problems", "Row {row}, column {column}: value '{value}': {reason}").format(
            row=problem.row, column=field_label(problem.field), value=value, reason=problem_reason(problem))
    return QCoreApplication.translate("Problems", "{field}: value '{value}': {reason}").format(
        field=field_label(problem.field), value=value, reason=problem_reason(problem))


def error_text(error: BaseException) -> str:
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, DeskError) and error.template:
        try:
            return _t("Errors", error.template).format(**_params(error.params)) if error.params else _t("Errors", error.template)
        except (KeyError, IndexError, ValueError):
            return str(error)
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Cannot do that"), error_text(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()

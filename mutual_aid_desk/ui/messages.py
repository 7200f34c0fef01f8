"""Showing the core's errors in the window's language.

The core raises English templates marked for translation (contexts "Problems" and "Errors"); here
they are translated, filled in, and shown. One place, so every dialog says things the same way.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from mutual_aid_desk.errors import DeskError, Problem, ValidationError
from mutual_aid_desk.ui.labels import field_label


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


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
    if problem.row:
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
    if getattr(error, "told", False):  # the person already answered a question about it (a busy file)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title or QCoreApplication.translate("Errors", "Cannot do that"), error_text(error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()


def error_label(name: str) -> QLabel:
    """A red, wrapping message under a field or above the buttons; hidden until there is one."""
    label = QLabel(objectName=name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def add_checked_row(form: QFormLayout, label: str, widget: QWidget, name: str) -> QLabel:
    """A form row with its own error line under the field (named ``<name>Error``); returns that line."""
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    error = error_label(f"{name}Error")
    box.addWidget(error)
    form.addRow(label, box)
    return error


def left_out_text(lines: tuple[str, ...] | list[str]) -> str:
    """What a printed notice left out for want of a station detail (its phone, say), and where to set it."""
    return QCoreApplication.translate(
        "NoticesPage", "Printed without these lines, because the station's details lack them "
        "(set them on the Station page, or with the command station set): {lines}").format(lines="；".join(lines))

"""Showing the core's errors in the window's language.

The core raises English templates marked for translation (contexts "Problems" and "Errors"); here
they are translated, filled in, and shown. One place, so every dialog says things the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLabel, QMessageBox, QVBoxLayout, QWidget

from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError, Problem, ValidationError

#: The core's field names (``Problem.field``) as the window names them, translated in "Fields".
FIELD_LABELS = {
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
    "owner": QT_TRANSLATE_NOOP("Fields", "Registered owner"),
    "owner_id": QT_TRANSLATE_NOOP("Fields", "Owner number"),
    "file": QT_TRANSLATE_NOOP("Fields", "File"),
    "header": QT_TRANSLATE_NOOP("Fields", "Header"),
    "pin": QT_TRANSLATE_NOOP("Fields", "PIN"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "role": QT_TRANSLATE_NOOP("Fields", "Role"),
    "tag": QT_TRANSLATE_NOOP("Fields", "Tag"),
    "household": QT_TRANSLATE_NOOP("Fields", "Household"),
    "amount": QT_TRANSLATE_NOOP("Fields", "Amount"),
    "buildings": QT_TRANSLATE_NOOP("Fields", "Buildings"),
    "units": QT_TRANSLATE_NOOP("Fields", "Units"),
    "subsidy": QT_TRANSLATE_NOOP("Fields", "Subsidy"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "drive": QT_TRANSLATE_NOOP("Fields", "Drive"),
    "split": QT_TRANSLATE_NOOP("Fields", "Split rule"),
    "round": QT_TRANSLATE_NOOP("Fields", "Rounding"),
    "referred_to": QT_TRANSLATE_NOOP("Fields", "Referred to"),
    "plan": QT_TRANSLATE_NOOP("Fields", "Plan"),
    "place": QT_TRANSLATE_NOOP("Fields", "Place"),
    "mode": QT_TRANSLATE_NOOP("Fields", "Mode"),
    "entry": QT_TRANSLATE_NOOP("Fields", "Ledger entry"),
    "thresholds": QT_TRANSLATE_NOOP("Fields", "Thresholds"),
    "sections": QT_TRANSLATE_NOOP("Fields", "Sections"),
    "question": QT_TRANSLATE_NOOP("Fields", "Question"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "Purpose"),
    "person_name": QT_TRANSLATE_NOOP("Fields", "Name of the person"),
    "per_night": QT_TRANSLATE_NOOP("Fields", "Buildings per evening"),
    "payee": QT_TRANSLATE_NOOP("Fields", "Payee"),
    "partner": QT_TRANSLATE_NOOP("Fields", "Partner organisation"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "matter": QT_TRANSLATE_NOOP("Fields", "Matter class"),
    "manual": QT_TRANSLATE_NOOP("Fields", "Manual shares"),
    "item": QT_TRANSLATE_NOOP("Fields", "Item"),
    "follow_up": QT_TRANSLATE_NOOP("Fields", "Follow-up date"),
    "closes": QT_TRANSLATE_NOOP("Fields", "Closes"),
    "opens": QT_TRANSLATE_NOOP("Fields", "Opens"),
    "closed_on": QT_TRANSLATE_NOOP("Fields", "Closed on"),
    "category": QT_TRANSLATE_NOOP("Fields", "Category"),
    "body": QT_TRANSLATE_NOOP("Fields", "Body"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "placeholder": QT_TRANSLATE_NOOP("Fields", "Placeholder"),
    "date": QT_TRANSLATE_NOOP("Fields", "Date"),
    "time": QT_TRANSLATE_NOOP("Fields", "Time"),
    "method": QT_TRANSLATE_NOOP("Fields", "Method"),
    "collector": QT_TRANSLATE_NOOP("Fields", "Collector"),
    "receipt": QT_TRANSLATE_NOOP("Fields", "Receipt number"),
    "volunteer": QT_TRANSLATE_NOOP("Fields", "Volunteer"),
    "outcome": QT_TRANSLATE_NOOP("Fields", "Outcome"),
    "channel": QT_TRANSLATE_NOOP("Fields", "Channel"),
    "option": QT_TRANSLATE_NOOP("Fields", "Option"),
    "cost": QT_TRANSLATE_NOOP("Fields", "Total cost"),
    "key": QT_TRANSLATE_NOOP("Fields", "Item key"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "scope": QT_TRANSLATE_NOOP("Fields", "Scope"),
    "voucher": QT_TRANSLATE_NOOP("Fields", "Voucher number"),
    "answer": QT_TRANSLATE_NOOP("Fields", "Answer"),
    "start": QT_TRANSLATE_NOOP("Fields", "First evening"),
    "agenda": QT_TRANSLATE_NOOP("Fields", "Agenda"),
    "closing": QT_TRANSLATE_NOOP("Fields", "Closing"),
    # the problem ledger, patrols and stairwell sheets
    "where": QT_TRANSLATE_NOOP("Fields", "Where"),
    "text": QT_TRANSLATE_NOOP("Fields", "Problem"),
    "source": QT_TRANSLATE_NOOP("Fields", "Raised through"),
    "handed_to": QT_TRANSLATE_NOOP("Fields", "Handed to"),
    "raised_by": QT_TRANSLATE_NOOP("Fields", "Raised by"),
    "opened_on": QT_TRANSLATE_NOOP("Fields", "Opened on"),
    "stairwell": QT_TRANSLATE_NOOP("Fields", "Stairwell"),
    "month": QT_TRANSLATE_NOOP("Fields", "Month"),
    "check": QT_TRANSLATE_NOOP("Fields", "Check"),
    "route": QT_TRANSLATE_NOOP("Fields", "Route"),
    "volunteers": QT_TRANSLATE_NOOP("Fields", "Volunteers"),
    "start_time": QT_TRANSLATE_NOOP("Fields", "Start"),
    "end_time": QT_TRANSLATE_NOOP("Fields", "End"),
    "findings": QT_TRANSLATE_NOOP("Fields", "Findings"),
}


def field_label(name: str) -> str:
    """A field the core names (``per_night``) as the window shows it; an unknown name as it is."""
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate("Fields", source) if source else name


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
    label: QLabel = QLabel(objectName=name)
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


def show_problems(error: ValidationError, lines: Mapping[str, QLabel], general: QLabel) -> None:
    """Each problem on its field's error line (from ``add_checked_row``), or on ``general`` for a field without one."""
    for p in error.problems:
        label = lines.get(p.field, general)
        label.setText(problem_reason(p))
        label.show()


def attempt(dialog: QWidget, error: QLabel, write: Callable[[], object]) -> bool:
    """Run a form's write through the core; on a refusal say why under the form (nothing typed is
    lost) and return False."""
    try:
        write()
    except DeskError as exc:
        error.setText(error_text(exc))
        error.show()
        dialog.adjustSize()  # room for the message
        return False
    return True


def left_out_text(lines: tuple[str, ...] | list[str]) -> str:
    """What a printed notice left out for want of a station detail (its phone, say), and where to set it."""
    return QCoreApplication.translate(
        "NoticesPage", "Printed without these lines, because the station's details lack them "
        "(set them on the Station page, or with the command station set): {lines}").format(lines="；".join(lines))

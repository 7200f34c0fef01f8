"""The drive's less frequent forms: an expense, a (re-)split, and importing collected payments.

Each is keyboard first (Enter saves, Esc cancels) and shows the core's refusal in the dialog
instead of closing it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.funds import ExpenseInput, Method, SplitPreview, SplitRule
from mutual_aid_desk.core.funds.payment_import import PaymentImportPlan, apply_payment_import, preview_payment_import
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.ui.messages import error_text, problem_reason, problem_text
from mutual_aid_desk.ui.theme import fit_to_screen
from mutual_aid_desk.ui.widgets.buttons import dialog_buttons


def _buttons(dialog: QDialog, ok_text: str, ok_name: str, cancel_text: str) -> tuple[QHBoxLayout, QPushButton]:
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance("M") * 36)
    ok = QPushButton(ok_text, objectName=ok_name)
    return dialog_buttons(dialog, ok, QPushButton(cancel_text)), ok


def _save(dialog: QDialog, error: QLabel, write: Callable[[], object]) -> None:
    """Write and close; on a refusal list its reasons under the form and stay open."""
    try:
        write()
    except ValidationError as exc:
        error.setText("\n".join(problem_reason(p) for p in exc.problems))
        return
    except DeskError as exc:
        error.setText(error_text(exc))
        return
    dialog.accept()


def _error_label() -> QLabel:
    label: QLabel = QLabel(objectName="formError")
    label.setStyleSheet("color: #B00000;")
    label.setWordWrap(True)
    return label


class ExpenseDialog(QDialog):
    """Money spent from the drive: payee, amount, date, purpose, voucher number."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("expenseDialog")
        self.setWindowTitle(self.tr("Record an expense"))
        self._station, self._drive_id = station, drive_id
        self.payee = QLineEdit(objectName="expensePayee")
        self.amount = QLineEdit(objectName="expenseAmount")
        self.purpose = QLineEdit(objectName="expensePurpose")
        self.voucher = QLineEdit(objectName="expenseVoucher")
        self.voucher.setPlaceholderText(self.tr("invoice or voucher number"))
        self.method = QComboBox(objectName="expenseMethod")
        for method, text in ((Method.BANK, self.tr("Bank transfer")), (Method.CASH, self.tr("Cash")),
                             (Method.WECHAT, self.tr("WeChat")), (Method.ALIPAY, self.tr("Alipay"))):
            self.method.addItem(text, method.value)
        self.day = QDateEdit(QDate.currentDate(), objectName="expenseDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.tr("Paid to"), self.payee)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Voucher no."), self.voucher)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.error)
        row, ok = _buttons(self, self.tr("Save"), "saveExpense", self.tr("Cancel"))
        form.addRow(row)
        ok.clicked.connect(self.save)

    def save(self) -> None:
        q = self.day.date()
        _save(self, self.error, lambda: self._station.funds.expense(self._drive_id, ExpenseInput(
            self.payee.text(), self.amount.text(), self.purpose.text(), self.voucher.text(),
            date(q.year(), q.month(), q.day()), self.method.currentData())))


class SplitDialog(QDialog):
    """Fix the split of a draft drive, or change it (a coordinator, once payments exist; the old
    split stays in the history)."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self._station, self._drive_id = station, drive_id
        info = station.funds.get(drive_id)
        self.setWindowTitle(self.tr("The split of {title}").format(title=info.title))
        self.rule = QComboBox(objectName="splitRule")
        for rule, text in ((SplitRule.EQUAL, self.tr("Equal per household")), (SplitRule.AREA, self.tr("By floor area")),
                           (SplitRule.FIXED, self.tr("Fixed amount per household"))):
            self.rule.addItem(text, rule.value)
        index = self.rule.findData(info.rule.value)
        self.rule.setCurrentIndex(max(index, 0))
        self.amount = QLineEdit(format_fen(info.fixed_fen) if info.fixed_fen else "", objectName="splitAmount")
        self.whole_yuan = QCheckBox(self.tr("Round each share up to whole yuan (surplus disclosed)"), objectName="splitYuan")
        self.whole_yuan.setChecked(info.rounding.value == "yuan")
        self.reason = QLineEdit(objectName="splitReason")
        self.reason.setPlaceholderText(self.tr("why (needed once payments exist)"))
        history = station.funds.splits(drive_id)
        self.history = QLabel(objectName="splitHistory")
        self.history.setWordWrap(True)
        if history:
            self.history.setText(self.tr("Split {no} is in force; {n} splits kept in the history.").format(
                no=history[0].split_no, n=len(history)))
        else:
            self.history.setText(self.tr("No split is fixed yet."))
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(self.history)
        form.addRow(self.tr("Split"), self.rule)
        form.addRow(self.tr("Amount per household"), self.amount)
        form.addRow(self.whole_yuan)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.error)
        row, ok = _buttons(self, self.tr("Fix this split"), "fixSplit", self.tr("Cancel"))
        form.addRow(row)
        ok.clicked.connect(self.save)
        self.split: SplitPreview | None = None

    def save(self) -> None:
        rule = self.rule.currentData()

        def write() -> None:
            self.split = self._station.funds.fix_split(
                self._drive_id, reason=self.reason.text(), rule=rule,
                rounding="yuan" if self.whole_yuan.isChecked() else "fen",
                amount=self.amount.text() if rule == SplitRule.FIXED.value else None)

        _save(self, self.error, write)


class PaymentImportDialog(QDialog):
    """Import collected payments: every problem listed (nothing written), or a summary and Import."""

    def __init__(self, station: Station, drive_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paymentImportDialog")
        self.setWindowTitle(self.tr("Import payments: {file}").format(file=Path(path).name))
        self._station, self._drive_id, self._path = station, drive_id, Path(path)
        self.plan: PaymentImportPlan | None = None
        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget(objectName="importProblems")
        self.confirm = QCheckBox(self.tr("Accept overpayments and households outside the scope"),
                                 objectName="importConfirm")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.confirm)
        row, self.import_button = _buttons(self, self.tr("Import"), "importPayments", self.tr("Cancel"))
        layout.addLayout(row)
        self.import_button.clicked.connect(self.apply)
        self.confirm.toggled.connect(lambda _=False: self.load())
        fit_to_screen(self, self.fontMetrics().horizontalAdvance("M") * 60, self.fontMetrics().height() * 24)
        self.load()

    def load(self) -> None:
        self.problems.clear()
        try:
            self.plan = preview_payment_import(self._station, self._drive_id, self._path,
                                               confirm=self.confirm.isChecked())
        except ValidationError as exc:
            self.plan = None
            self.summary.setText(self.tr("{n} problems: nothing will be imported until the file is right.").format(
                n=len(exc.problems)))
            self.problems.addItems([problem_text(p) for p in exc.problems])
        except DeskError as exc:
            self.plan = None
            self.summary.setText(error_text(exc))
        else:
            self.summary.setText(self.tr("{n} payments from {h} households, {total} yuan in all.").format(
                n=len(self.plan.payments), h=len({p.household_id for p in self.plan.payments}),
                total=format_fen(self.plan.total_fen, grouped=True)))
        self.import_button.setEnabled(self.plan is not None)

    def apply(self) -> None:
        if self.plan is None:
            return
        try:
            self.plan = apply_payment_import(self._station, self.plan)
        except DeskError as exc:
            self.summary.setText(error_text(exc))
            self.import_button.setEnabled(False)
            return
        self.accept()

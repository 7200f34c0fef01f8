"""Recording a payment quickly: address, Enter (the amount still owed is filled in), one digit for the
method (1 现金, 2 微信, 3 支付宝, 4 银行转账), Enter. The method is asked for every payment: it is
never carried over from the last one.

The dialog stays open for the next household after each save, showing the receipt number it got;
"Print receipt" opens the last receipt in the preview window at once. An overpayment or a household
outside the drive's scope asks for confirmation first. Esc closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.funds import LedgerRow, Method, NeedsConfirmation, PaymentInput
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError, Problem, ValidationError
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import error_text, problem_reason


class PaymentDialog(QDialog):
    """Record payments for one drive, one household after another."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None, *, address: str = ""):
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self._station = station
        self._drive_id = drive_id
        self.saved: list[LedgerRow] = []
        info = station.funds.get(drive_id)
        self.setWindowTitle(self.tr("Record a payment: {title}").format(title=info.title))

        self.address = QLineEdit(objectName="paymentAddress")
        self.address.setPlaceholderText(self.tr("e.g. 5-2-301"))
        self.household = QLabel(objectName="paymentHousehold")
        self.household.setWordWrap(True)
        self.amount = QLineEdit(objectName="paymentAmount")
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 22.08"))
        self.method = QComboBox(objectName="paymentMethod")
        self.method.addItem(self.tr("Press 1 cash, 2 WeChat, 3 Alipay or 4 bank transfer"), None)
        # Where the next key goes must be visible from across the room, as on evening entry.
        self.method.setStyleSheet("QComboBox#paymentMethod:focus { border: 3px solid #1f6feb; }")
        for key, (method, text) in enumerate(((Method.CASH, self.tr("Cash")), (Method.WECHAT, self.tr("WeChat")),
                                              (Method.ALIPAY, self.tr("Alipay")),
                                              (Method.BANK, self.tr("Bank transfer"))), start=1):
            self.method.addItem(f"{key}  {text}", method.value)
        self.method.installEventFilter(self)
        self.day = QDateEdit(QDate.currentDate(), objectName="paymentDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.collector = QLineEdit(objectName="paymentCollector")
        self.collector.setText(station.operator.name if station.operator else "")
        self.paper_receipt = QLineEdit(objectName="paymentPaperReceipt")
        self.paper_receipt.setPlaceholderText(self.tr("only if a paper receipt book was used"))
        self.open_receipt = QCheckBox(self.tr("Show the receipt after each payment"), objectName="openReceipt")
        self.error = QLabel(objectName="paymentError")
        self.error.setProperty("role", "error")
        self.error.setStyleSheet("color: #B00000;")
        self.error.setWordWrap(True)
        self.saved_label = QLabel(objectName="paymentResult")
        self.saved_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.household)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Collected by"), self.collector)
        form.addRow(self.tr("Paper receipt no."), self.paper_receipt)

        self.save_button = QPushButton(self.tr("Save (Enter)"), objectName="savePayment")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(True)
        self.print_button = QPushButton(self.tr("Print receipt"), objectName="printReceipt")
        self.print_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close (Esc)"), objectName="closePayment")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.open_receipt)
        layout.addWidget(self.error)
        layout.addWidget(self.saved_label)
        layout.addLayout(buttons)

        for w in (self.address, self.amount, self.method, self.day, self.collector, self.paper_receipt,
                  self.open_receipt, self.save_button, self.print_button, self.close_button):
            w.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        QWidget.setTabOrder(self.address, self.amount)
        QWidget.setTabOrder(self.amount, self.method)
        QWidget.setTabOrder(self.method, self.day)
        QWidget.setTabOrder(self.day, self.collector)
        QWidget.setTabOrder(self.collector, self.paper_receipt)
        QWidget.setTabOrder(self.paper_receipt, self.save_button)

        self.address.editingFinished.connect(self.look_up)
        self.address.installEventFilter(self)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_last)
        self.close_button.clicked.connect(self.reject)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        if address:
            self.address.setText(address)
            self.look_up()
            self.address.selectAll()  # the chosen row's household, replaced as soon as another address is typed

    # --- slots -----------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Enter in the address moves on to the method (the amount is filled in); it must not save yet.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.address and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._address_entered()
            return True
        # One digit chooses the method; Enter saves (the combo box would not pass either on).
        if watched is self.method:
            text = event.text()
            if text in ("1", "2", "3", "4"):
                self.method.setCurrentIndex(int(text))
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.save()
                return True
        if (watched is self.amount and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.method.currentData() is None):
            self.method.setFocus()  # Enter after the amount asks for the method first
            return True
        return super().eventFilter(watched, event)

    def _address_entered(self) -> None:
        """Enter in the address: look it up and go to the (prefilled) amount, unless all is ready."""
        self.look_up()
        if not self.household.property("found"):
            self.address.selectAll()
        elif self.amount.text().strip():
            self.method.setFocus()  # the amount owed is filled in: the next key is the method
        else:
            self.amount.setFocus()
            self.amount.selectAll()

    def look_up(self) -> bool:
        """Show the household and prefill the amount with what it still owes."""
        text = self.address.text().strip()
        self.household.setProperty("found", False)
        if not text:
            self.household.clear()
            return False
        try:
            line = self._station.funds.share_of(self._drive_id, text)
        except DeskError as exc:
            self.household.setText(error_text(exc))
            if not self.amount.isModified():
                self.amount.clear()  # not the last household's share under an address that is not registered
            return False
        self.household.setProperty("found", True)
        details = self.tr("{head}: due {due}, paid {paid}, still owes {owed} yuan").format(
            head=line.head or self.tr("(no name)"), due=format_fen(line.due_fen), paid=format_fen(line.paid_fen),
            owed=format_fen(line.outstanding_fen))
        if line.last_payment:
            details += self.tr("; last paid {day}").format(day=line.last_payment.isoformat())
        if line.exempt:
            details += self.tr(" (exempt)")
        self.household.setText(details)
        if line.outstanding_fen and not self.amount.isModified():
            self.amount.setText(format_fen(line.outstanding_fen))
        return True

    def _input(self) -> PaymentInput:
        q = self.day.date()
        return PaymentInput(self.address.text(), self.amount.text(), self.method.currentData() or "",
                            date(q.year(), q.month(), q.day()), self.collector.text(), self.paper_receipt.text())

    def save(self) -> LedgerRow | None:
        """Record the payment; on success clear the form for the next household."""
        self.error.clear()
        confirm = {"overpay": False, "out_of_scope": False}
        while True:
            try:
                row = self._station.funds.pay(self._drive_id, self._input(),
                                              confirm_overpay=confirm["overpay"],
                                              confirm_out_of_scope=confirm["out_of_scope"])
                break
            except NeedsConfirmation as exc:
                if not self.ask_confirmation(exc):
                    self.error.setText(problem_reason(exc.problems[0]))
                    return None
                confirm[exc.confirm] = True
            except ValidationError as exc:
                self.error.setText("\n".join(self._problem_line(p) for p in exc.problems))
                self._focus_field(exc.problems[0].field)
                return None
            except DeskError as exc:
                self.error.setText(error_text(exc))
                return None
        self.saved.append(row)
        self.saved_label.setText(self.tr("Saved: {address} paid {amount} yuan, receipt No. {no:06d}").format(
            address=row.address, amount=format_fen(row.amount_fen), no=row.receipt_no))
        self.print_button.setEnabled(True)
        if self.open_receipt.isChecked():
            self.print_last()
        self.address.clear()
        self.amount.clear()
        self.amount.setModified(False)
        self.method.setCurrentIndex(0)  # never carried over: the next payment asks for its own method
        self.paper_receipt.clear()
        self.household.clear()
        self.address.setFocus()
        return row

    def ask_confirmation(self, exc: NeedsConfirmation) -> bool:
        """Ask whether to accept an overpayment or a household outside the scope (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Please confirm"), problem_reason(exc.problems[0]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmPayment")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _problem_line(self, problem: Problem) -> str:
        labels = {"household": self.tr("Address"), "address": self.tr("Address"), "amount": self.tr("Amount"),
                  "method": self.tr("Method"), "date": self.tr("Date"), "drive": self.tr("Drive")}
        field = getattr(problem, "field", "")
        if field == "method" and self.method.currentData() is None:
            return f"{labels['method']}: {self.tr('Press 1 cash, 2 WeChat, 3 Alipay or 4 bank transfer')}"
        return f"{labels.get(field, field)}: {problem_reason(problem)}"

    def _focus_field(self, field: str) -> None:
        widget = {"household": self.address, "address": self.address, "amount": self.amount,
                  "method": self.method, "date": self.day}.get(field)
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def print_last(self) -> None:
        """Open the last saved payment's receipt in the preview window."""
        if not self.saved:
            return
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.receipts import Receipt

        row = self.saved[-1]
        open_document(self, Receipt(self._station, row.id), self.tr("Receipt No. {no:06d}").format(no=row.receipt_no),
                      report_error=lambda _parent, exc, _title: self.error.setText(error_text(exc)))

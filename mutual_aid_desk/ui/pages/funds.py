"""The drives page: every drive with a progress bar of money and of households, and the chosen drive's
figures, shares, ledger and exemptions, with the actions a volunteer or coordinator needs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.funds import DriveStatus, ExemptMode
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.dialogs.fund_close import add_fund_close_actions
from mutual_aid_desk.ui.dialogs.fund_drive import DriveDialog
from mutual_aid_desk.ui.dialogs.fund_entries import ExpenseDialog, PaymentImportDialog, SplitDialog
from mutual_aid_desk.ui.dialogs.payment import PaymentDialog
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.labels import status_label
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.funds import DriveListModel, ExemptionTableModel, LedgerTableModel, ShareTableModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.buttons import dialog_buttons
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.menus import menu_action
from mutual_aid_desk.ui.widgets.tables import read_only_table


class ExemptionDialog(QDialog):
    """Exempt a household: address, reason, and who carries its share."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exemptionDialog")
        self.setWindowTitle(self.tr("Exempt a household"))
        self.address = QLineEdit(objectName="exemptAddress")
        self.reason = QLineEdit(objectName="exemptReason")
        self.reason.setPlaceholderText(self.tr("e.g. hardship (低保), agreed at the residents' meeting"))
        self.reason.setMinimumWidth(self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText()) + 16)
        self.mode = QComboBox(objectName="exemptMode")
        self.mode.addItem(self.tr("Spread its share over the other households"), ExemptMode.SPREAD.value)
        self.mode.addItem(self.tr("Leave its share uncovered (disclosed)"), ExemptMode.UNCOVERED.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Its share"), self.mode)
        ok = QPushButton(self.tr("Exempt"), objectName="exemptOk")
        form.addRow(dialog_buttons(self, ok, QPushButton(self.tr("Cancel"))))
        ok.clicked.connect(self.accept)


class FundsPage(Page):

    TITLE = QT_TRANSLATE_NOOP("FundsPage", "Fundraising")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("fundsPage")
        self._status: DriveStatus | None = None

        self.new_button = QPushButton(self.tr("New drive…"), objectName="newDrive")
        self.drives = DriveListModel(self)
        # The drive is picked from a list on top, so its households and ledger get the page.
        self.picker = QComboBox(objectName="drivePicker")
        self.picker.setModel(self.drives)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(10)
        self.title = QLabel(objectName="driveHeading")
        self.title.setProperty("role", "heading")
        font = self.title.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        else:
            font.setPixelSize(round(font.pixelSize() * 1.4))
        font.setBold(True)
        self.title.setFont(font)
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        names = (("cost", self.tr("Total cost")), ("subsidies", self.tr("Subsidies")), ("gap", self.tr("To crowdfund")),
                 ("due", self.tr("Shares add up to")), ("paid", self.tr("Paid by residents")),
                 ("expenses", self.tr("Spent")), ("balance", self.tr("Balance")), ("outstanding", self.tr("Still owed")))
        # Four figures a line, or two when four would not fit a 1366-pixel screen (150 % text).
        metrics = self.fontMetrics()
        pair = max(metrics.horizontalAdvance(label + self.tr(":")) for _, label in names) \
            + metrics.horizontalAdvance(self.tr("{amount} yuan").format(amount="9,999,999.00")) + 24
        per_line = 4 if 4 * pair <= 1050 else 3 if 3 * pair <= 1050 else 2
        for i, (key, label) in enumerate(names):
            value = QLabel(objectName=f"figure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures[key] = value
            grid.addWidget(QLabel(label + self.tr(":")), i // per_line, (i % per_line) * 2)
            grid.addWidget(value, i // per_line, (i % per_line) * 2 + 1)
        self.coverage = QLabel(objectName="driveCoverage")
        self.coverage.setWordWrap(True)
        self.note = QLabel(objectName="driveNote")
        self.note.setWordWrap(True)

        self.pay_button = QPushButton(self.tr("Record payment… (Ctrl+Enter)"), objectName="recordPayment")
        self.notice_button = QPushButton(self.tr("Public notice (公示)"), objectName="printNotice")
        # What a drive needs now and then (its split, exemptions, expenses, corrections) is under 更多.
        self.more_menu = QMenu(self)
        self.new_action = menu_action(self.more_menu, self.tr("New drive…"))
        self.import_button = menu_action(self.more_menu, self.tr("Import payments…"))
        self.receipts_button = menu_action(self.more_menu, self.tr("All receipts"))
        self.arrears_button = menu_action(self.more_menu, self.tr("Arrears walk list"))
        self.more_menu.addSeparator()
        self.split_button = menu_action(self.more_menu, self.tr("Split…"))
        self.exempt_button = menu_action(self.more_menu, self.tr("Exempt a household…"))
        self.expense_button = menu_action(self.more_menu, self.tr("Record an expense…"))
        self.reverse_button = menu_action(self.more_menu, self.tr("Reverse the chosen entry…"))
        self.update_close_actions = add_fund_close_actions(self, self.more_menu)  # refund, close, reopen
        for action, name in ((self.new_action, "newDriveAction"), (self.import_button, "importPayments"),
                             (self.receipts_button, "printReceipts"), (self.arrears_button, "printArrears"),
                             (self.split_button, "changeSplit"), (self.exempt_button, "exemptHousehold"),
                             (self.expense_button, "recordExpense"), (self.reverse_button, "reverseEntry")):
            action.setObjectName(name)
        self.more_button = QToolButton(objectName="driveMoreButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        actions = QHBoxLayout()
        drives_label = QLabel(self.tr("Fundraising drives"))
        drives_label.setBuddy(self.picker)
        actions.addWidget(drives_label)
        actions.addWidget(self.picker, 1)
        actions.addWidget(self.new_button)
        for b in (self.pay_button, self.notice_button, self.more_button):
            actions.addWidget(b)

        self.shares = ShareTableModel(self)
        self.share_table = read_only_table(QTableView(objectName="shareTable"), self.shares, row_gap=14)
        self.only_owing = QCheckBox(self.tr("Only households that still owe"), objectName="onlyOwing")
        self.ledger = LedgerTableModel(self)
        self.ledger_table = read_only_table(QTableView(objectName="ledgerTable"), self.ledger, row_gap=14)
        self.exemptions = ExemptionTableModel(self)
        self.exemption_table = read_only_table(QTableView(objectName="exemptionTable"), self.exemptions, row_gap=14)
        shares_tab = QWidget()
        shares_layout = QVBoxLayout(shares_tab)
        shares_layout.setContentsMargins(0, 0, 0, 0)
        shares_layout.addWidget(self.only_owing)
        shares_layout.addWidget(self.share_table)
        for table in (self.share_table, self.ledger_table, self.exemption_table):
            keep_rows_visible(table, 5)
        fit_columns(self.share_table, squeeze=(1,))
        fit_columns(self.ledger_table)
        fit_columns(self.exemption_table)
        self.tabs = QTabWidget(objectName="driveTabs")
        self.tabs.addTab(shares_tab, self.tr("Households"))
        self.tabs.addTab(self.ledger_table, self.tr("Ledger"))
        self.tabs.addTab(self.exemption_table, self.tr("Exemptions"))

        detail = QWidget(objectName="driveDetail")
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(grid)
        detail_layout.addWidget(self.coverage)
        detail_layout.addWidget(self.note)
        detail_layout.addWidget(self.tabs, 1)
        self.detail = detail
        self.title.hide()  # the picker names the drive; its purpose is the picker's tooltip

        self.empty = QLabel(self.tr("No drives yet. Press \"New drive…\" to record what is to be paid for, "
                                    "its cost and subsidies, and how the gap is shared."), objectName="emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.empty)
        layout.addWidget(detail, 1)

        self.new_button.clicked.connect(self.new_drive)
        self.pay_button.clicked.connect(self.record_payment)
        self.notice_button.clicked.connect(self.print_notice)
        self.new_action.triggered.connect(self.new_drive)
        self.receipts_button.triggered.connect(self.print_receipts)
        self.arrears_button.triggered.connect(self.print_arrears)
        self.exempt_button.triggered.connect(self.exempt)
        self.reverse_button.triggered.connect(self.reverse_entry)
        self.import_button.triggered.connect(self.import_payments)
        self.expense_button.triggered.connect(self.record_expense)
        self.split_button.triggered.connect(self.change_split)
        self.only_owing.toggled.connect(lambda _=False: self._fill_shares())
        self.picker.currentIndexChanged.connect(lambda *_: self.show_drive())
        self.share_table.doubleClicked.connect(self._open_household)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main keys and the keypad's Enter
            QShortcut(QKeySequence(keys), self, activated=self.record_payment)
        self.refresh()


    # --- loading -----------------------------------------------------------------------------------------

    def current_drive(self) -> int | None:
        row = self.picker.currentIndex()
        return self.drives.data(self.drives.index(row, 0), Qt.ItemDataRole.UserRole) if row >= 0 else None

    def refresh(self) -> None:
        keep = self.current_drive()
        self.drives.reload(self.station)
        has = self.drives.rowCount() > 0
        self.empty.setVisible(not has)
        self.new_button.setVisible(not has)  # afterwards it is under 更多
        row = self.drives.row_of(keep) if keep is not None else 0
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(max(row, 0) if has else -1)
        self.picker.blockSignals(False)
        self.show_drive()

    def select_drive(self, drive_id: int) -> None:
        row = self.drives.row_of(drive_id)
        if row >= 0:
            self.picker.setCurrentIndex(row)
            self.show_drive()

    def show_drive(self) -> None:
        drive = self.current_drive()
        self.detail.setEnabled(drive is not None)
        if drive is None:
            self._status = None
            self.title.setText("")
            for label in self.figures.values():
                label.clear()
            self.coverage.clear()
            self.note.clear()
            self.shares.set_status(None)
            self.ledger.set_rows([])
            self.exemptions.set_rows([])
            return
        status = self._status = self.station.funds.status(drive)
        d = status.drive
        self.title.setText(d.title + (f"　{d.purpose}" if d.purpose else ""))
        self.picker.setToolTip(self.title.text())
        def y(fen: int) -> str:
            return self.tr("{amount} yuan").format(amount=format_fen(fen, grouped=True))

        values = {"cost": d.cost_fen, "subsidies": d.subsidies_fen, "gap": d.gap_fen, "due": status.due_total_fen,
                  "paid": status.paid_total_fen, "expenses": status.expenses_total_fen, "balance": status.balance_fen,
                  "outstanding": status.outstanding_total_fen}
        for key, fen in values.items():
            self.figures[key].setText(y(fen))
        c = status.coverage
        text = self.tr("{paid}/{total} households paid, {owing} still owe").format(
            paid=c.paid, total=c.households, owing=c.outstanding)
        if c.outstanding_by_status:
            text += self.tr(" ({detail})").format(detail=self.tr(", ").join(
                f"{status_label(s)} {n}" for s, n in c.outstanding_by_status))
        if c.exempt:
            text += self.tr("; {n} exempt").format(n=c.exempt)
        self.coverage.setText(text)
        notes = []
        if not d.split_no:
            notes.append(self.tr("The split is not fixed yet."))
        if status.surplus_fen:
            notes.append(self.tr("Rounding surplus to disclose: {s}.").format(s=y(status.surplus_fen)))
        if status.uncovered_fen:
            notes.append(self.tr("Left uncovered by exemptions: {u}.").format(u=y(status.uncovered_fen)))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.reverse_button.setEnabled(bool(self.station.operator and self.station.operator.may(Permission.REVERSE_LEDGER)))
        self._fill_shares()
        self.ledger.set_rows(self.station.funds.ledger(drive))
        self.exemptions.set_rows(self.station.funds.exemptions(drive))

    def _fill_shares(self) -> None:
        if self._status is None:
            self.shares.set_status(None)
            return
        if self.only_owing.isChecked():
            self.shares.set_rows([s for s in self._status.shares if s.outstanding_fen > 0])
        else:
            self.shares.set_status(self._status)

    def _open_household(self, index: QModelIndex) -> None:
        household_id = self.shares.data(self.shares.index(index.row(), 0), Qt.ItemDataRole.UserRole)
        if household_id is not None:
            self.household_requested.emit(int(household_id))

    def changed(self) -> None:
        """Show the drive again after a write, and tell the other pages."""
        self.refresh()
        self.data_changed.emit()

    # --- actions -----------------------------------------------------------------------------------------

    def new_drive(self) -> None:
        dialog = DriveDialog(self.station, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.drive_id is not None:
            self.changed()
            self.select_drive(dialog.drive_id)

    def payment_dialog(self, address: str = "") -> PaymentDialog | None:
        drive = self.current_drive()
        if drive is None:
            return None
        return PaymentDialog(self.station, drive, self, address=address)

    def record_payment(self) -> None:
        """Payment entry for the chosen drive, or the first one still collecting if none is chosen."""
        current = self.current_drive()
        if current is None or not self._is_open(current):
            first_open = next((d.id for d in self.station.funds.drives() if not d.closed and d.split_no), None)
            if first_open is not None and first_open != current:
                self.select_drive(first_open)
        index = self.share_table.currentIndex()
        address = ""
        if index.isValid() and self.tabs.currentIndex() == 0:
            line = self.shares.row_at(index.row())
            if line is not None and line.outstanding_fen:
                address = line.address
        dialog = self.payment_dialog(address)
        if dialog is None:
            return
        dialog.exec()
        if dialog.saved:
            self.changed()

    def _is_open(self, drive_id: int) -> bool:
        return any(d.id == drive_id and not d.closed and d.split_no for d in self.station.funds.drives())

    def print_notice(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.fund_notice import FundNotice

        drive = self.current_drive()
        if drive is not None:
            open_document(self, FundNotice(self.station, drive), self.tr("Public notice: {t}").format(t=self._title()))

    def print_receipts(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.receipts import Receipts

        drive = self.current_drive()
        if drive is not None:
            open_document(self, Receipts(self.station, drive), self.tr("Receipts: {t}").format(t=self._title()))

    def print_arrears(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.arrears_walk_list import ArrearsWalkList

        drive = self.current_drive()
        if drive is not None:
            open_document(self, ArrearsWalkList(self.station, drive),
                          self.tr("Arrears walk list: {t}").format(t=self._title()))

    def _title(self) -> str:
        return self._status.drive.title if self._status else ""

    def exempt(self) -> None:
        drive = self.current_drive()
        if drive is None:
            return
        dialog = ExemptionDialog(self)
        index = self.share_table.currentIndex()
        if index.isValid():
            line = self.shares.row_at(index.row())
            if line is not None:
                dialog.address.setText(line.address)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.station.funds.set_exemption(drive, dialog.address.text(), dialog.reason.text(),
                                             dialog.mode.currentData())
        except DeskError as exc:
            show_error(self, exc)
            return
        self.changed()

    def import_payments(self, path: str | None = None) -> None:
        drive = self.current_drive()
        if drive is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import payments"), "",
                                                  self.tr("Spreadsheets (*.csv *.xlsx)"))
            if not path:
                return
        dialog = PaymentImportDialog(self.station, drive, Path(path), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.changed()

    def record_expense(self) -> None:
        drive = self.current_drive()
        if drive is not None and ExpenseDialog(self.station, drive, self).exec() == QDialog.DialogCode.Accepted:
            self.changed()

    def change_split(self) -> None:
        drive = self.current_drive()
        if drive is not None and SplitDialog(self.station, drive, self).exec() == QDialog.DialogCode.Accepted:
            self.changed()

    def reverse_entry(self) -> None:
        index = self.ledger_table.currentIndex()
        entry = self.ledger.row_at(index.row()) if index.isValid() else None
        if self.tabs.currentWidget() is not self.ledger_table or entry is None:
            self.tabs.setCurrentWidget(self.ledger_table)
            self.note.setText(self.tr("Choose the entry to reverse in the ledger, then press the button again."))
            return
        what = self.ledger.kind_text(entry.kind)
        reason, ok = QInputDialog.getText(
            self, self.tr("Reverse entry {id}").format(id=entry.id),
            self.tr("{what} of {amount} yuan ({who}). Why is it reversed?").format(
                what=what, amount=format_fen(entry.amount_fen), who=entry.address or entry.payee))
        if not ok:
            return
        try:
            self.station.funds.reverse(entry.id, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.changed()


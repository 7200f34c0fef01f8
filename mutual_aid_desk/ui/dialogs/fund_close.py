"""A drive's closing forms: a refund to a household, closing the drive, and reopening it.

The core decides everything (``FundService.refund / close / reopen``): a refund never exceeds what
the household paid, a closed drive takes no payments, closing needs a word on what happens to
the balance, and only a coordinator closes or reopens. These dialogs gather the fields and show
the core's refusal without closing. ``fund_actions_button`` is the one button the 众筹 page adds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.funds import METHOD_LABELS, Method
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.messages import attempt, error_label
from mutual_aid_desk.ui.widgets.buttons import dialog_buttons
from mutual_aid_desk.ui.widgets.menus import menu_action

if TYPE_CHECKING:
    from mutual_aid_desk.ui.pages.funds import FundsPage


def _buttons(dialog: QDialog, ok: QPushButton) -> QHBoxLayout:
    cancel = QPushButton(QCoreApplication.translate("FundCloseActions", "Cancel"), objectName="cancelButton")
    return dialog_buttons(dialog, ok, cancel)


class RefundDialog(QDialog):
    """Money paid back to one household; the reason is kept in the ledger."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None, *, address: str = ""):
        super().__init__(parent)
        self.station = station
        self.drive_id = drive_id
        self.entry_id: int | None = None
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund to a household"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.address = QLineEdit(address, objectName="refundAddress")
        self.address.setPlaceholderText("5-2-301")
        self.amount = QLineEdit(objectName="refundAmount")
        self.amount.setPlaceholderText("8.73")
        self.method = QComboBox(objectName="refundMethod")
        for m in Method:
            self.method.addItem(METHOD_LABELS[m], m.value)
        self.day = QDateEdit(QDate.currentDate(), objectName="refundDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMaximumDate(QDate.currentDate())
        self.reason = QLineEdit(objectName="refundReason")
        self.reason.setPlaceholderText(self.tr("e.g. paid twice"))
        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Paid back by"), self.method)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Reason"), self.reason)
        self.error = error_label("refundError")
        self.ok = QPushButton(self.tr("Record refund"), objectName="refundOk")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, self.ok))
        self.ok.clicked.connect(self.save)

    def save(self) -> bool:
        def write() -> None:
            self.entry_id = self.station.funds.refund(
                self.drive_id, self.address.text().strip(), self.amount.text().strip(), method=self.method.currentData(),
                day=self.day.date().toPython(), note=self.reason.text()).id

        if not attempt(self, self.error, write):
            return False
        self.accept()
        return True


class CloseDriveDialog(QDialog):
    """Close a drive: the balance is shown, and what happens to it is said (printed on the 公示)."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.drive_id = drive_id
        self.closed = False
        status = station.funds.status(drive_id)
        self.setObjectName("closeDriveDialog")
        self.setWindowTitle(self.tr("Close the drive"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 40)
        intro = QLabel(self.tr("Closing \u201c{title}\u201d: it takes no more payments, refunds or expenses until a "
                               "coordinator reopens it. The final public notice says it is closed.")
                       .format(title=status.drive.title), objectName="closeIntro")
        intro.setWordWrap(True)
        self.balance = QLabel(self.tr("Balance: {balance} yuan")
                              .format(balance=format_fen(status.balance_fen, grouped=True)),
                              objectName="closeBalance")
        self.balance.setProperty("role", "title")
        self.note = QLineEdit(objectName="closeNote")
        self.note.setPlaceholderText(self.tr("e.g. kept for stairwell repairs; returned to the households"))
        form = QFormLayout()
        form.addRow(self.tr("What happens to the balance"), self.note)
        self.error = error_label("closeError")
        self.ok = QPushButton(self.tr("Close the drive"), objectName="closeOk")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.balance)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, self.ok))
        self.ok.clicked.connect(self.save)

    def save(self) -> bool:
        if not attempt(self, self.error, lambda: self.station.funds.close(self.drive_id, self.note.text())):
            return False
        self.closed = True
        self.accept()
        return True


class ReopenDriveDialog(QDialog):
    """Reopen a closed drive (coordinators only), with the reason for the audit trail."""

    def __init__(self, station: Station, drive_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.drive_id = drive_id
        self.reopened = False
        info = station.funds.get(drive_id)
        self.setObjectName("reopenDriveDialog")
        self.setWindowTitle(self.tr("Reopen the drive"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        when = f"{info.closed_at:%Y-%m-%d %H:%M}" if info.closed_at else ""
        closed = QLabel(self.tr("Closed by {who} at {when}: {note}")
                        .format(who=info.closed_by, when=when, note=info.close_note or "—"), objectName="reopenClosed")
        closed.setWordWrap(True)
        self.reason = QLineEdit(objectName="reopenReason")
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.error = error_label("reopenError")
        self.ok = QPushButton(self.tr("Reopen"), objectName="reopenOk")
        layout = QVBoxLayout(self)
        layout.addWidget(closed)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(_buttons(self, self.ok))
        self.ok.clicked.connect(self.save)

    def save(self) -> bool:
        if not attempt(self, self.error, lambda: self.station.funds.reopen(self.drive_id, self.reason.text())):
            return False
        self.reopened = True
        self.accept()
        return True


def _run(page: FundsPage, dialog_class: Callable[[Station, int, QWidget], QDialog]) -> QDialog | None:
    drive = page.current_drive()
    if drive is None:
        return None
    dialog = dialog_class(page.station, drive, page)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        page.changed()
    return dialog


def add_fund_close_actions(page: FundsPage, menu: QMenu) -> Callable[[], None]:
    """Refund…, Close the drive… and (coordinators) Reopen the drive… at the end of the page's 更多 menu.

    Returns the function that enables them for the chosen drive and operator (run as the menu opens).
    """
    menu.addSeparator()
    refund = menu_action(menu, QCoreApplication.translate("FundCloseActions", "Refund to a household…"))
    close = menu_action(menu, QCoreApplication.translate("FundCloseActions", "Close the drive…"))
    reopen = menu_action(menu, QCoreApplication.translate("FundCloseActions", "Reopen the drive…"))
    refund.setObjectName("refundAction")
    close.setObjectName("closeDriveAction")
    reopen.setObjectName("reopenDriveAction")
    refund.triggered.connect(lambda: _run(page, RefundDialog))
    close.triggered.connect(lambda: _run(page, CloseDriveDialog))
    reopen.triggered.connect(lambda: _run(page, ReopenDriveDialog))

    def update() -> None:
        drive = page.current_drive()
        info = page.station.funds.get(drive) if drive is not None else None
        coordinator = bool(page.station.operator and page.station.operator.may(Permission.MANAGE_DRIVES))
        refund.setEnabled(info is not None and not info.closed)
        close.setEnabled(info is not None and not info.closed and coordinator)
        reopen.setEnabled(info is not None and info.closed and coordinator)
        hint = "" if coordinator else QCoreApplication.translate(
            "FundCloseActions", "Only a coordinator closes or reopens a drive.")
        close.setToolTip(hint)
        reopen.setToolTip(hint)

    menu.aboutToShow.connect(update)
    return update

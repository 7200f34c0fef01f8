"""The drives page and the payment form, driven through their real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.ui.dialogs.fund_drive import DriveDialog
from mutual_aid_desk.ui.dialogs.payment import PaymentDialog
from mutual_aid_desk.ui.models.funds import (
    DriveListModel,
    ExemptionTableModel,
    LedgerTableModel,
    ProgressRole,
    ShareTableModel,
)
from mutual_aid_desk.ui.pages.funds import FundsPage


@pytest.fixture
def drive(demo_station):
    drive = demo_station.funds.create(DriveInput(title="楼道窗户更换", cost="67000", subsidies=["街道补贴=60000"],
                                                 split="equal", units="1-1,1-2"))
    demo_station.funds.fix_split(drive)
    return drive


@pytest.fixture
def form(qtbot, demo_station, drive):
    dialog = PaymentDialog(demo_station, drive)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def share(station, drive, address):
    return station.funds.share_of(drive, address)


def test_models_pass_the_qt_model_tester(qtmodeltester, demo_station, drive):
    demo_station.funds.pay(drive, PaymentInput("1-1-101", "10", "cash"))
    demo_station.funds.set_exemption(drive, "1-1-102", "低保")
    drives = DriveListModel()
    drives.reload(demo_station)
    qtmodeltester.check(drives)
    shares = ShareTableModel()
    shares.set_status(demo_station.funds.status(drive))
    qtmodeltester.check(shares)
    ledger = LedgerTableModel()
    ledger.set_rows(demo_station.funds.ledger(drive))
    qtmodeltester.check(ledger)
    exemptions = ExemptionTableModel()
    exemptions.set_rows(demo_station.funds.exemptions(drive))
    qtmodeltester.check(exemptions)


def test_address_prefills_the_outstanding_amount_and_enter_saves(qtbot, form, demo_station, drive):
    owed = share(demo_station, drive, "1-1-101").outstanding_fen
    form.address.setText("1-1-101")
    qtbot.keyClick(form.address, Qt.Key.Key_Return)  # moves on to the amount; saves nothing yet
    assert demo_station.funds.ledger_count(drive) == 0
    assert form.amount.text() == f"{owed // 100}.{owed % 100:02d}"
    head = demo_station.households.find("1-1-101").head
    assert form.household.text().startswith(head) and "still owes" in form.household.text()
    form.method.setCurrentIndex(form.method.findData("wechat"))
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    (row,) = demo_station.funds.ledger(drive)
    assert (row.address, row.amount_fen, row.method, row.receipt_no, row.day) == ("1-1-101", owed, "wechat", 1, date.today())
    assert "000001" in form.saved_label.text()
    assert form.address.text() == "" and form.amount.text() == ""  # ready for the next household
    assert share(demo_station, drive, "1-1-101").outstanding_fen == 0


def test_bad_input_is_refused_with_the_reason(qtbot, form, demo_station, drive):
    for amount, words in (("-5", "negative"), ("1.234", "2 decimals"), ("abc", "not an amount")):
        form.address.setText("1-1-101")
        form.amount.setText(amount)
        form.save_button.click()
        assert words in form.error.text()
        assert form.focusWidget() is form.amount  # the field to correct
    form.address.setText("99-9-909")
    form.amount.setText("10")
    form.save_button.click()
    assert "no household is registered" in form.error.text()
    assert demo_station.funds.ledger_count(drive) == 0


def test_overpayment_and_out_of_scope_ask_first(qtbot, form, demo_station, drive, monkeypatch):
    answers = []
    monkeypatch.setattr(form, "ask_confirmation", lambda exc: answers.append(exc.confirm) or False)
    form.address.setText("2-1-101")
    form.amount.setText("10")
    form.method.setCurrentIndex(form.method.findData("cash"))  # asked for every payment
    form.save_button.click()
    assert answers == ["out_of_scope"] and demo_station.funds.ledger_count(drive) == 0
    assert "outside this drive's scope" in form.error.text()
    monkeypatch.setattr(form, "ask_confirmation", lambda exc: answers.append(exc.confirm) or True)
    form.address.setText("1-1-101")
    form.amount.setText("999")
    form.save_button.click()
    assert answers[-1] == "overpay"
    assert share(demo_station, drive, "1-1-101").paid_fen == 99900


def test_print_receipt_opens_the_preview(qtbot, form, demo_station, drive, monkeypatch):
    shown = []
    monkeypatch.setattr("mutual_aid_desk.ui.documents.show_document",
                        lambda parent, pdf, name, title: shown.append((pdf, name, title)))
    assert not form.print_button.isEnabled()
    form.address.setText("1-1-102")
    form.amount.setText("5")
    form.method.setCurrentIndex(form.method.findData("cash"))
    form.save_button.click()
    assert form.print_button.isEnabled()
    form.print_button.click()
    (pdf, name, title) = shown[0]
    assert pdf.startswith(b"%PDF") and name == f"receipt-{date.today():%Y-%m-%d}.pdf" and "000001" in title
    form.open_receipt.setChecked(True)
    form.address.setText("1-1-103")
    form.amount.setText("5")
    form.method.setCurrentIndex(form.method.findData("cash"))
    form.save_button.click()
    assert len(shown) == 2 and "000002" in shown[1][2]


def test_page_shows_progress_and_figures(qtbot, demo_station, drive):
    demo_station.funds.pay(drive, PaymentInput("1-1-101", "10", "cash"))
    page = FundsPage(demo_station)
    qtbot.addWidget(page)
    assert page.drives.rowCount() == 1
    done, total = page.drives.data(page.drives.index(0, 1), ProgressRole)
    assert (done, total) == (1000, 700000)
    assert page.drives.data(page.drives.index(0, 2), ProgressRole) == (0, page.shares.rowCount())
    assert page.figures["gap"].text().startswith("7,000.00")
    assert page.figures["paid"].text().startswith("10.00")
    assert page.shares.data(page.shares.index(0, 0)) == "1-1-101"
    page.only_owing.setChecked(True)
    assert page.shares.rowCount() == page.drives.data(page.drives.index(0, 2), ProgressRole)[1]
    requested = []
    page.household_requested.connect(requested.append)
    page.share_table.doubleClicked.emit(page.shares.index(0, 0))
    assert requested == [demo_station.households.find("1-1-101").id]


def test_new_drive_dialog_previews_then_creates(qtbot, demo_station):
    dialog = DriveDialog(demo_station)
    qtbot.addWidget(dialog)
    dialog.title.setText("单元门禁")
    dialog.cost.setText("1000")
    dialog.scope.setCurrentIndex(dialog.scope.findData("units"))
    dialog.scope_list.setText("1-1")
    dialog.rounding.setCurrentIndex(dialog.rounding.findData("yuan"))
    preview = dialog.preview()
    assert preview is not None and preview.surplus_fen > 0
    assert demo_station.funds.drives() == []  # previewing writes nothing
    dialog.cost.setText("-3")
    assert dialog.preview() is None and "negative" in dialog.summary.text()
    dialog.cost.setText("1000")
    dialog.create_button.click()
    (summary,) = demo_station.funds.drives()
    assert dialog.drive_id == summary.id and summary.split_no == 1 and summary.title == "单元门禁"


def test_volunteer_cannot_reverse(qtbot, demo_station, drive):
    from mutual_aid_desk.core.demo import DEMO_VOLUNTEERS

    demo_station.volunteers.sign_in(DEMO_VOLUNTEERS[0])
    page = FundsPage(demo_station)
    qtbot.addWidget(page)
    assert not page.reverse_button.isEnabled()


def test_expense_split_and_import_dialogs(qtbot, demo_station, drive, tmp_path):
    from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, DEMO_VOLUNTEERS
    from mutual_aid_desk.ui.dialogs.fund_entries import ExpenseDialog, PaymentImportDialog, SplitDialog

    expense = ExpenseDialog(demo_station, drive)
    qtbot.addWidget(expense)
    expense.show()
    expense.payee.setText("某某门窗公司")
    expense.amount.setText("1.234")
    qtbot.keyClick(expense.amount, Qt.Key.Key_Return)
    assert "2 decimals" in expense.error.text() and demo_station.funds.ledger_count(drive) == 0
    expense.amount.setText("67000")
    qtbot.keyClick(expense.amount, Qt.Key.Key_Return)
    assert demo_station.funds.status(drive).expenses_total_fen == 6_700_000

    path = tmp_path / "pay.csv"
    path.write_text("地址,金额,日期,方式,收款人,收据号\n1-1-101,x,,,,\n9-9-909,10,,,,\n", encoding="utf-8")
    dialog = PaymentImportDialog(demo_station, drive, path)
    qtbot.addWidget(dialog)
    assert dialog.problems.count() == 2 and not dialog.import_button.isEnabled()
    path.write_text("地址,金额,日期,方式,收款人,收据号\n1-1-101,10,,微信,王秀英,A1\n2-1-101,5,,,,\n", encoding="utf-8")
    dialog.load()
    assert dialog.problems.count() == 1 and "outside" in dialog.problems.item(0).text()
    dialog.confirm.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert demo_station.funds.status(drive).paid_total_fen == 1500

    demo_station.volunteers.sign_in(DEMO_VOLUNTEERS[0])
    split = SplitDialog(demo_station, drive)
    qtbot.addWidget(split)
    split.show()
    split.rule.setCurrentIndex(split.rule.findData("area"))
    split.reason.setText("按面积更公平")
    qtbot.keyClick(split.reason, Qt.Key.Key_Return)
    assert "coordinator" in split.error.text() and demo_station.funds.get(drive).split_no == 1
    demo_station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    qtbot.keyClick(split.reason, Qt.Key.Key_Return)
    assert demo_station.funds.get(drive).split_no == 2 and demo_station.funds.get(drive).rule == "area"

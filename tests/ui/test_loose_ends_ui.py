"""Issue 13 in the window: correcting a visit, refunds and closing a drive, and a busy file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

import backend
from conftest import COORDINATOR, COORDINATOR_PIN, VOLUNTEER
from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import VisitInput
from mutual_aid_desk.errors import DatabaseBusy, ValidationError
from mutual_aid_desk.ui.busy import install_busy_retry
from mutual_aid_desk.ui.dialogs.fund_close import CloseDriveDialog, RefundDialog, ReopenDriveDialog
from mutual_aid_desk.ui.dialogs.visit_amend import VisitAmendDialog
from mutual_aid_desk.ui.pages.funds import FundsPage
from mutual_aid_desk.ui.pages.visits import VisitsPage


@pytest.fixture
def street(station: Station) -> Station:
    for n, a in enumerate(("5-2-301", "5-2-302", "6-1-101")):
        station.households.create(HouseholdInput(address=a, head=f"住户{n}", phone=f"1380000{n:04d}"))
    return station


# --- correcting a visit ---------------------------------------------------------------------------


def test_a_visit_keyed_against_the_wrong_flat_is_corrected_from_the_list(qtbot, street: Station) -> None:
    street.visits.record(VisitInput(address="5-2-301", volunteers=[VOLUNTEER], visited_at="2026-03-01 19:30",
                                    outcome="not_home", follow_up="2026-03-08"))
    page = VisitsPage(street)
    qtbot.addWidget(page)
    action = page.table.findChild(type(page.table.actions()[0]), "correctVisitAction") or page.table.actions()[0]
    assert action.objectName() == "correctVisitAction" and action.shortcut().toString() == "F2"
    page.table.selectRow(0)
    visit = page.model.row_at(0)
    dialog = VisitAmendDialog(street, visit, page)
    qtbot.addWidget(dialog)
    dialog.address.setText("5-2-302")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("met"))
    dialog.save_button.click()  # no reason: refused, the dialog stays with the reason named
    assert dialog.error.isVisibleTo(dialog) and dialog.result_row is None
    dialog.reason.setText("记错门牌")
    dialog.save_button.click()
    assert dialog.result_row is not None and dialog.result_row.address == "5-2-302"
    page.refresh()
    assert page.model.data(page.model.index(0, 1)) == "5-2-302"
    assert [r.before["address"] for r in street.visits.history(visit.id)] == ["5-2-301"]


def test_f2_on_a_visit_row_opens_the_correction_and_saves_it(qtbot, street: Station) -> None:
    from PySide6.QtCore import Qt

    street.visits.record(VisitInput(address="5-2-301", volunteers=[VOLUNTEER], outcome="refused"))
    page = VisitsPage(street)
    qtbot.addWidget(page)
    page.show()
    page.windowHandle().requestActivate()  # shortcuts need the window active, as at the desk
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    page.table.selectRow(0)
    seen: list[str] = []
    tries = [0]

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, VisitAmendDialog):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(20, fill)
            return
        seen.append(dialog.address.text())
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("met"))
        dialog.reason.setText("结果录错")
        dialog.save_button.click()

    QTimer.singleShot(20, fill)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    assert seen == ["5-2-301"]
    assert street.visits.get(1).outcome == "met"
    assert page.model.data(page.model.index(0, 5)) in ("见到", "Met")


def test_voiding_a_visit_keeps_it_listed_and_marked(qtbot, street: Station, monkeypatch) -> None:
    street.visits.record(VisitInput(address="6-1-101", volunteers=[VOLUNTEER], outcome="met"))
    page = VisitsPage(street)
    qtbot.addWidget(page)
    dialog = VisitAmendDialog(street, page.model.row_at(0), page)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.reason.setText("重复录入")
    dialog.void_button.click()
    assert dialog.result_row is not None and dialog.result_row.voided
    page.refresh()
    assert page.model.rowCount() == 1
    assert "已作废" in page.model.data(page.model.index(0, 5)) or "(voided)" in page.model.data(page.model.index(0, 5))
    again = VisitAmendDialog(street, page.model.row_at(0), page)
    qtbot.addWidget(again)
    assert not again.save_button.isEnabled() and not again.void_button.isEnabled()


# --- refunds, closing and reopening a drive -------------------------------------------------------


@pytest.fixture
def drive(street: Station) -> int:
    drive_id = street.funds.create(DriveInput(title="楼道窗户更换", cost="300", split="equal"))
    street.funds.fix_split(drive_id)
    street.funds.pay(drive_id, PaymentInput("5-2-301", "100", "cash"))
    return drive_id


def test_refund_close_and_reopen_in_the_window(qtbot, street: Station, drive: int) -> None:
    page = FundsPage(street)
    qtbot.addWidget(page)
    page.select_drive(drive)
    assert {"refundAction", "closeDriveAction", "reopenDriveAction"} <= {a.objectName() for a in page.more_menu.actions()}

    refund = RefundDialog(street, drive, page, address="5-2-301")
    qtbot.addWidget(refund)
    refund.amount.setText("150")
    refund.reason.setText("多收")
    refund.ok.click()  # more than was paid: refused, with the amount paid named
    assert refund.entry_id is None and "100.00" in refund.error.text()
    refund.amount.setText("20")
    refund.ok.click()
    assert refund.entry_id is not None
    assert street.funds.status(drive).paid_total_fen == 8000

    close = CloseDriveDialog(street, drive, page)
    qtbot.addWidget(close)
    assert "80.00" in close.balance.text()
    close.ok.click()  # a balance with nothing said about it is refused
    assert not close.closed and close.error.isVisibleTo(close)
    close.note.setText("结余留作楼道维修")
    close.ok.click()
    assert close.closed and street.funds.get(drive).closed
    with pytest.raises(ValidationError, match="closed"):
        street.funds.pay(drive, PaymentInput("5-2-302", "100", "cash"))

    street.volunteers.sign_in(VOLUNTEER)
    page.select_drive(drive)
    page.update_close_actions()
    reopen_action = next(a for a in page.more_menu.actions() if a.objectName() == "reopenDriveAction")
    assert not reopen_action.isEnabled()  # volunteers do not reopen
    street.volunteers.sign_in(COORDINATOR, COORDINATOR_PIN)
    page.update_close_actions()
    assert reopen_action.isEnabled()
    reopen = ReopenDriveDialog(street, drive, page)
    qtbot.addWidget(reopen)
    reopen.reason.setText("补收两户")
    reopen.ok.click()
    assert reopen.reopened and not street.funds.get(drive).closed


# --- a busy file ----------------------------------------------------------------------------------


def _hold_write_lock(db_path: Path | str):  # type: ignore[no-untyped-def]
    return backend.hold_write_lock(db_path)


def _answer_busy_box(qtbot, button: str, on_shown) -> None:  # type: ignore[no-untyped-def]
    """When the busy question appears, note it and press ``button`` (busyRetry or busyCancel)."""
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "busyBox":
            try:
                on_shown(box)
            finally:  # never leave the test waiting on the box
                box.findChild(QPushButton, button).click()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_a_busy_file_is_said_within_a_second_and_retry_saves(qtbot, db_path: Path, street: Station) -> None:
    install_busy_retry(street)
    holder = _hold_write_lock(db_path)
    shown: list[float] = []
    texts: list[str] = []
    started = time.monotonic()

    def on_shown(box: QMessageBox) -> None:
        shown.append(time.monotonic() - started)
        texts.append(box.windowTitle() + box.text())
        holder.rollback()  # the other window finishes its save

    _answer_busy_box(qtbot, "busyRetry", on_shown)
    try:
        street.settings.add_tag("楼长")
    finally:
        holder.close()
    assert shown and shown[0] < 2.0, shown
    assert "busy" in texts[0] and "Nothing has been saved" in texts[0]
    assert "楼长" in street.settings.tags()


def test_cancel_leaves_nothing_written_and_no_second_message(qtbot, db_path: Path, street: Station,
                                                             monkeypatch) -> None:
    install_busy_retry(street)
    holder = _hold_write_lock(db_path)
    _answer_busy_box(qtbot, "busyCancel", lambda box: None)
    try:
        with pytest.raises(DatabaseBusy) as exc:
            street.settings.add_tag("楼长")
    finally:
        holder.rollback()
        holder.close()
    assert getattr(exc.value, "told", False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: said.append(self.text()))
    from mutual_aid_desk.ui.messages import show_error

    show_error(None, exc.value)
    assert said == []  # the person already answered; no second box
    assert "楼长" not in street.settings.tags()


# --- a notice without the station's phone -----------------------------------------------------------


def test_the_notices_page_says_which_line_it_left_out(qtbot, street: Station, monkeypatch) -> None:
    from mutual_aid_desk.ui.pages.notices import NoticesPage

    shown: list[str] = []
    monkeypatch.setattr("mutual_aid_desk.ui.documents.show_document",
                        lambda parent, pdf, name, title: shown.append(title))
    page = NoticesPage(street)
    qtbot.addWidget(page)
    page.template_combo.setCurrentIndex(page.template_combo.findData("reminder"))
    page.set_value("body", "明天降温，请注意保暖。")
    assert page.render_notice() and shown
    assert page.left_out.isVisibleTo(page) and "{phone}" in page.left_out.text()
    street.settings.update(phone="021-62345678")
    assert page.render_notice()
    assert not page.left_out.isVisibleTo(page)


def test_a_background_task_waits_like_the_command_line_and_asks_nobody(qtbot, db_path: Path, street: Station) -> None:
    import threading

    install_busy_retry(street)
    holder = _hold_write_lock(db_path)
    outcome: list[object] = []

    def work() -> None:  # as an import running under a progress dialog would
        try:
            street.settings.add_tag("楼长")
            outcome.append("saved")
        except Exception as exc:  # noqa: BLE001 - reported below
            outcome.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(1.5)  # longer than the window's wait: the worker keeps trying, no dialog is shown
    assert QApplication.activeModalWidget() is None
    holder.rollback()
    holder.close()
    worker.join(10)
    assert outcome == ["saved"]


def test_the_meetings_page_says_which_line_its_notice_left_out(qtbot, street: Station, monkeypatch) -> None:
    from mutual_aid_desk.core.meetings import MeetingInput
    from mutual_aid_desk.ui.pages.meetings import MeetingsPage

    street.meetings.create(MeetingInput(title="楼道窗户征询会", date="2026-12-07", time="19:00", place="活动室",
                                        buildings=["5"], agenda=["窗户方案"]))
    shown: list[str] = []
    told: list[str] = []
    monkeypatch.setattr("mutual_aid_desk.ui.documents.show_document",
                        lambda parent, pdf, name, title: shown.append(title))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    page = MeetingsPage(street)
    qtbot.addWidget(page)
    assert page.preview_notice() and shown  # printed, not refused, though the station has no phone
    assert told and "{phone}" in told[0]
    street.settings.update(phone="021-62345678")
    told.clear()
    assert page.preview_notice()
    assert told == []

"""The keyboard contract in a real window: what a volunteer types, the row that lands in the database.

These run on a real X server (``xvfb-run``) with the main window shown and active, at 150 % text on
a 1366×768 screen, and send every key to whatever has the focus (``QApplication.focusWidget()``),
as a keyboard does: window-wide shortcuts, default buttons and focus moves all take part. They start
from the side list or its Ctrl+N and end at the row in the station file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QWidget
from sqlalchemy import select

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.i18n import install_translators, remove_translators
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.theme import apply_theme, load_font

pytestmark = pytest.mark.xserver

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


# --- a keyboard -----------------------------------------------------------------------------------


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        # A dialog closed and Xvfb has no window manager to hand the focus back: do what one does,
        # activate the window underneath (the open modal dialog, else the main window).
        under = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if under is not None:
            under.activateWindow()
            for _ in range(100):
                QApplication.processEvents()
                if QApplication.focusWidget() is not None:
                    break
                QTest.qWait(20)
        widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """One key, to whatever has the focus now (shortcuts see it first, as with a real keyboard)."""
    QTest.keyClick(focus(), key, modifier)
    QApplication.processEvents()


def type_text(text: str) -> None:
    """ASCII typed key by key; Chinese committed by the input method (keyClicks would abort)."""
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(focus(), ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(focus(), event)
        QApplication.processEvents()


# --- the window -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo station built for the module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build_demo(path, practice=True).close()
    return path


@pytest.fixture
def desk(qtbot, demo_file: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a copy of the demo station, 150 % text, 1366×740, shown and active."""
    copy = tmp_path / "station.sqlite3"
    copy.write_bytes(demo_file.read_bytes())
    station = Station.open(copy)
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    app = QApplication.instance()
    font, style = app.font(), app.styleSheet()
    translators = install_translators(app, "zh_CN")
    apply_theme(app, load_font(), 150)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(station, settings)
    qtbot.addWidget(window)
    window.setGeometry(0, 0, 1366, 740)
    window.show()
    window.raise_()
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    try:
        yield window
    finally:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        window.close()
        station.close()
        remove_translators(app, translators)
        app.setFont(font)
        app.setStyleSheet(style)


def fresh(window: MainWindow) -> Station:
    """A second connection to the window's file: what is really in the database."""
    return Station.open(window.station.path)


def scalar_rows(window: MainWindow, statement) -> list:  # type: ignore[no-untyped-def]
    with window.station.read() as s:
        return list(s.connection().execute(statement).all())


# --- pages: Ctrl+0 … Ctrl+8, and a click in the side list -------------------------------------------


PAGE_KEYS = [(Key.Key_0, "HomePage"), (Key.Key_1, "HouseholdsPage"), (Key.Key_2, "VisitsPage"),
             (Key.Key_3, "DuePage"), (Key.Key_4, "ConsultationsPage"), (Key.Key_5, "VotesPage"),
             (Key.Key_6, "FundsPage"), (Key.Key_7, "MeetingsPage"), (Key.Key_8, "NoticesPage")]


def test_ctrl_digit_opens_each_page_with_the_cursor_in_its_first_field(qtbot, desk: MainWindow) -> None:
    contract = {f"Ctrl+{key.value - Key.Key_0.value}": name for key, name in PAGE_KEYS}
    shown = {str(desk.navigation.item(row).data(Qt.ItemDataRole.UserRole + 1)): cls.__name__
             for row, cls in enumerate(desk.page_types) if row in desk.page_actions}
    assert contract.items() <= shown.items(), "the side list shows the contract's keys beside the pages"
    for row in sorted(desk.page_actions):  # every registered page shortcut, those added later too
        keys = str(desk.navigation.item(row).data(Qt.ItemDataRole.UserRole + 1))
        digit = keys.removeprefix("Ctrl+")
        press(getattr(Key, f"Key_{digit}"), CTRL)
        page = desk.page(desk.page_types[row].__name__)
        name = type(page).__name__
        assert desk.navigation.currentRow() == row, name
        assert page.isVisible(), name
        qtbot.waitUntil(lambda p=page: p.isAncestorOf(QApplication.focusWidget()), timeout=3000)
        assert focus() is page.first_field(), f"{name}: the cursor is in {focus().objectName()}"


def test_a_click_in_the_side_list_puts_the_cursor_in_the_page(qtbot, desk: MainWindow) -> None:
    row = desk.page_types.index(type(desk.page("VisitsPage")))
    rect = desk.navigation.visualItemRect(desk.navigation.item(row))
    QTest.mouseClick(desk.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = desk.page("VisitsPage")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address, timeout=3000)
    type_text("5-2-301")
    assert page.address.text() == "5-2-301"


# --- 走访: address, Enter, one digit, Enter ------------------------------------------------------------


def test_evening_entry_records_visit_after_visit_and_enter_never_leaves(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.db.tables import Visit

    before = desk.station.visits.count()
    press(Key.Key_2, CTRL)
    page = desk.page("VisitsPage")
    page.table.selectRow(0)  # a selected row of the list once made Enter jump to 住户
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.address, timeout=3000)
    for address, digit, outcome in (("5-2-301", "2", "not_home"), ("5-2-302", "1", "met"), ("1-1-101", "4", "done")):
        type_text(address)
        press(Key.Key_Return)
        assert focus() is page.outcome, "Enter in the address goes on to the outcome"
        type_text(digit)
        assert page.address.text() == address, "the digit chose the outcome, it did not land in the address"
        press(Key.Key_Return)
        assert focus() is page.address and page.address.text() == "", "ready for the next door"
        assert desk.pages.currentWidget().widget() is page, "Enter never leaves the page"
        c = Visit.__table__.c
        rows = scalar_rows(desk, select(c.outcome).where(c.id == select(c.id).order_by(c.id.desc()).limit(1).scalar_subquery()))
        assert rows == [(outcome,)]
    assert desk.station.visits.count() == before + 3
    visits = desk.station.visits.list(household_id=desk.station.households.find("5-2-301").id)
    assert visits[0].outcome == "not_home"


# --- modal dialogs: the key that opens one blocks until it closes, so its keys run from inside ------


def when_modal(qtbot, kind: type, steps: Callable[[QDialog], None], errors: list[BaseException]) -> None:
    """Once a dialog of ``kind`` is the active modal window, run ``steps`` in it (keys to the focus).

    Any failure is kept in ``errors`` and the dialog is closed, so the key that opened it returns.
    """
    tries = [0]

    def poll() -> None:
        tries[0] += 1
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            if tries[0] > 250:
                errors.append(AssertionError(f"no {kind.__name__} opened"))
                return
            QTimer.singleShot(20, poll)
            return
        try:
            if not dialog.isActiveWindow():
                dialog.activateWindow()  # what the window manager does for a new dialog
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.isAncestorOf(QApplication.focusWidget()),
                            timeout=3000)
            steps(dialog)
        except BaseException as exc:  # noqa: BLE001 - reported by the test itself
            errors.append(exc)
        if dialog.isVisible():
            dialog.done(0)

    QTimer.singleShot(0, poll)


def test_payment_entry_address_enter_digit_enter_and_the_method_is_asked_every_time(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.payment import PaymentDialog

    drive = desk.station.funds.drives()[0].id
    owing = [s.address for s in desk.station.funds.status(drive).shares if s.outstanding_fen and s.paid_fen == 0]
    first, second = "5-2-301", next(a for a in owing if a != "5-2-301")
    press(Key.Key_6, CTRL)
    page = desk.page("FundsPage")
    assert re.search(r"Ctrl\+(Enter|回车)", page.pay_button.text())
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def steps(dialog: PaymentDialog) -> None:
        assert focus() is dialog.address
        type_text(first)
        press(Key.Key_Return)
        assert focus() is dialog.method, f"the amount owed is filled in; the next key is the method ({dialog.address.text()!r}: {dialog.household.text()!r})"
        seen["amount"] = dialog.amount.text()
        type_text("2")
        press(Key.Key_Return)
        assert focus() is dialog.address and dialog.address.text() == ""
        type_text(second)
        press(Key.Key_Return)
        seen["method after a payment"] = dialog.method.currentData()
        press(Key.Key_Return)  # Enter without a method saves nothing and says so
        seen["error"] = dialog.error.text()
        assert focus() is dialog.method
        type_text("1")
        press(Key.Key_Return)
        assert dialog.address.text() == ""
        press(Key.Key_Escape)

    when_modal(qtbot, PaymentDialog, steps, errors)
    press(Key.Key_Return, CTRL)
    if errors:
        raise errors[0]
    assert seen["amount"] == "8.73"
    assert seen["method after a payment"] is None, "the method is never carried over"
    assert "1" in str(seen["error"]) and "4" in str(seen["error"])
    ledger = {(r.address, r.method, r.amount_fen) for r in desk.station.funds.ledger(drive)
              if r.address in (first, second)}
    owed = desk.station.funds.share_of(drive, second).due_fen
    assert ledger == {(first, "wechat", 873), (second, "cash", owed)}


def test_ballot_entry_from_the_votes_page(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog

    vote = desk.station.votes.list()[0].id
    household = desk.station.households.find("5-2-301").id
    assert desk.station.votes.ballot(vote, household) is None
    press(Key.Key_5, CTRL)
    page = desk.page("VotesPage")
    assert re.search(r"Ctrl\+(Enter|回车)", page.buttons["enterBallots"].text())
    press(Key.Key_Return, CTRL)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BallotEntryDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address, timeout=3000)
    type_text("5-2-301")
    press(Key.Key_Return)
    assert focus() is dialog.keys
    type_text("1121111" + "13")  # seven single answers, then two picks of the multiple-choice item
    press(Key.Key_Return)
    assert focus() is dialog.address and dialog.address.text() == ""
    ballot = desk.station.votes.ballot(vote, household)
    assert ballot is not None and ballot.channel == "paper"
    assert ballot.answers["A3"] == (2,) and ballot.answers["C2"] == (1, 3)
    assert "Esc" in dialog.findChild(QWidget, "ballotClose").text()
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)


def test_meeting_sign_in_room_enter_one_key_per_household(qtbot, desk: MainWindow) -> None:
    meeting = next(m for m in desk.station.meetings.list() if m.date == date.today())
    press(Key.Key_7, CTRL)
    page = desk.page("MeetingsPage")
    assert page.current_meeting().id == meeting.id, "tonight's meeting is chosen"
    assert focus() is page.find_edit
    invited = desk.station.meetings.invited_households(meeting.id)
    start = invited[3]
    type_text(start.address)
    press(Key.Key_Return)
    assert focus() is page.grid
    type_text("1")
    press(Key.Key_Space)
    type_text("2")
    press(Key.Key_Delete)  # the fourth is not there
    marks = desk.station.meetings.attendance(meeting.id)
    assert {h.address: marks[h.id].mode for h in invited[3:6]} == {
        invited[3].address: "present", invited[4].address: "present", invited[5].address: "proxy"}
    assert invited[6].id not in marks
    press(Key.Key_F, CTRL)  # back to the room box for the next one
    assert focus() is page.find_edit


def test_walk_list_results_one_key_per_row_and_one_save(qtbot, desk: MainWindow, monkeypatch) -> None:
    from mutual_aid_desk.ui.dialogs.bulk_reentry import BulkReentryDialog
    from mutual_aid_desk.ui.dialogs.walklist_dialog import WalkListDialog

    before = desk.station.visits.count()
    press(Key.Key_2, CTRL)
    page = desk.page("VisitsPage")
    errors: list[BaseException] = []
    rows: list[str] = []

    def reentry(dialog: BulkReentryDialog) -> None:
        assert focus() is dialog.table
        rows.extend(r.address for r in dialog.model.rows[:3])
        for key in "214":
            type_text(key)
        assert "Ctrl+S" in dialog.save_button.text()
        press(Key.Key_S, CTRL)

    def walk_list(dialog: WalkListDialog) -> None:
        dialog.buildings.item(0).setSelected(True)  # building 1
        when_modal(qtbot, BulkReentryDialog, reentry, errors)
        QTest.mouseClick(dialog.results_button, Qt.MouseButton.LeftButton)
        press(Key.Key_Escape)

    when_modal(qtbot, WalkListDialog, walk_list, errors)
    QTest.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    if errors:
        raise errors[0]
    assert len(rows) == 3 and desk.station.visits.count() == before + 3
    outcomes = {}
    for address in rows:
        outcomes[address] = desk.station.visits.list(household_id=desk.station.households.find(address).id)[0].outcome
    assert list(outcomes.values()) == ["not_home", "met", "done"]


def test_household_search_enter_edit_enter_saves(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.household_form import HouseholdForm

    press(Key.Key_1, CTRL)
    page = desk.page("HouseholdsPage")
    assert focus() is page.search
    type_text("zxm")
    press(Key.Key_Return)  # Enter in the search box searches: it does not open the form
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=3000)
    assert focus() is page.table
    errors: list[BaseException] = []

    def edit(form: HouseholdForm) -> None:
        phone = form.phone
        for _ in range(20):
            if focus() is phone:
                break
            press(Key.Key_Tab)
        assert focus() is phone, "Tab reaches the phone"
        press(Key.Key_A, CTRL)
        type_text("13912345678")
        press(Key.Key_Return)

    when_modal(qtbot, HouseholdForm, edit, errors)
    press(Key.Key_Return)  # Enter on the row opens the form
    if errors:
        raise errors[0]
    assert fresh_phone(desk, "5-2-301") == "13912345678"


def fresh_phone(window: MainWindow, address: str) -> str:
    station = fresh(window)
    try:
        return station.households.find(address).phones
    finally:
        station.close()


def test_a_consultation_ctrl_n_tab_ctrl_enter_and_the_list_names_the_person(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.consultation_form import ConsultationForm

    press(Key.Key_4, CTRL)
    page = desk.page("ConsultationsPage")
    assert focus() is page.table
    assert "Ctrl+N" in page.add_button.text()
    before = len(desk.station.consultations.list())
    errors: list[BaseException] = []

    def steps(form: ConsultationForm) -> None:
        assert focus() is form.address, "the form opens on its first field"
        type_text("5-2-301")
        for _ in range(10):
            if focus() is form.question:
                break
            press(Key.Key_Tab)
        assert focus() is form.question, "Tab reaches the question"
        type_text("楼顶漏水")
        press(Key.Key_Tab)
        assert focus() is form.advice, "Tab leaves a text box rather than typing a tab"
        press(Key.Key_Return, CTRL)

    when_modal(qtbot, ConsultationForm, steps, errors)
    press(Key.Key_N, CTRL)
    if errors:
        raise errors[0]
    rows = desk.station.consultations.list()
    assert len(rows) == before + 1
    new = next(r for r in rows if r.question == "楼顶漏水")
    assert new.address == "5-2-301" and new.who == "张晓明"
    people = [page.model.data(page.model.index(r, 1)) for r in range(page.model.rowCount())]
    assert "张晓明" in people
    assert all(p and not p[0].isdigit() for p in people), "咨询人 is a person, not an address"


# --- sign-in and the home page ------------------------------------------------------------------------


def test_sign_in_first_name_enter_pin_enter(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.login import LoginDialog, choose_operator

    station = desk.station
    station.operator = None
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def steps(dialog: LoginDialog) -> None:
        assert focus() is dialog.names
        seen["first"] = dialog.selected_name()
        press(Key.Key_Return)  # a coordinator: on to the PIN
        assert focus() is dialog.pin
        type_text(DEMO_PIN)
        press(Key.Key_Return)

    when_modal(qtbot, LoginDialog, steps, errors)
    operator = choose_operator(station, desk)
    if errors:
        raise errors[0]
    assert seen["first"] == DEMO_COORDINATOR, "the list opens on its first name, coordinators first"
    assert operator is not None and operator.name == DEMO_COORDINATOR and operator.is_coordinator


def test_home_page_buttons_open_the_nightly_tasks(qtbot, desk: MainWindow) -> None:
    from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog

    press(Key.Key_0, CTRL)
    home = desk.page("HomePage")
    assert desk.navigation.currentRow() == 0 and focus() is home.task_buttons["taskVisit"]
    assert "Ctrl+2" in home.task_buttons["taskVisit"].text()
    summary = home.summary
    vote = summary.votes[0]
    assert f"{vote.households_needed} 户" in home.vote_lines.text() and f"{vote.area_needed_m2} m²" in home.vote_lines.text()
    assert home.due_heading.text().endswith(f"{summary.due_count} 项")
    assert summary.meetings and summary.meetings[0].today, "the demo has a meeting tonight"
    # At 150 % text in a 1366×768 window the home page fits: nothing to scroll sideways or down.
    scroller = desk.findChild(QScrollArea, "scroll_HomePage")
    assert not scroller.horizontalScrollBar().isVisible() and not scroller.verticalScrollBar().isVisible()
    for button in home.task_buttons.values():
        right = button.mapTo(scroller.viewport(), button.rect().bottomRight())
        assert right.x() <= scroller.viewport().width() and right.y() <= scroller.viewport().height()
    press(Key.Key_Return)  # 登记走访
    visits = desk.page("VisitsPage")
    assert focus() is visits.address
    press(Key.Key_0, CTRL)
    press(Key.Key_Tab)
    assert focus() is home.task_buttons["taskBallot"]
    press(Key.Key_Space)  # 录入选票: ballot entry for the open vote, cursor in the address
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, BallotEntryDialog) and dialog.vote_id == vote.vote_id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.address, timeout=3000)
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)

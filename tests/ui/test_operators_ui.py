"""Signing in, the first run, the Station and Audit pages, History and Restore, through their real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.engine import backup_file
from mutual_aid_desk.ui.dialogs.login import FirstCoordinatorDialog, LoginDialog, choose_operator
from mutual_aid_desk.ui.dialogs.restore import RestoreDialog
from mutual_aid_desk.ui.dialogs.volunteer import VolunteerDialog
from mutual_aid_desk.ui.models.audit import AuditTableModel
from mutual_aid_desk.ui.models.roster import RosterModel
from mutual_aid_desk.ui.pages.audit import AuditPage
from mutual_aid_desk.ui.pages.station import StationPage
from mutual_aid_desk.ui.widgets.history import HistoryView

COORDINATOR, PIN, VOLUNTEER = "赵主任", "246810", "钱阿姨"  # as in conftest


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block a test: record what they would say, answer Yes."""
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        said.append(text)
        return QMessageBox.StandardButton.Yes

    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return said


# --- choosing the operator ------------------------------------------------------------------------


def test_first_run_creates_the_first_coordinator(qtbot, tmp_path: Path) -> None:
    st = Station.open(tmp_path / "new.sqlite3", create=True)
    try:
        def fill() -> None:
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, FirstCoordinatorDialog)
            dialog.name.setText("王站长")
            dialog.pin.setText("864213")
            dialog.pin_again.setText("864213")
            qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)

        QTimer.singleShot(0, fill)
        operator = choose_operator(st)
        assert operator is not None and operator.name == "王站长" and operator.is_coordinator
        assert st.operator == operator and st.volunteers.sign_in("王站长", "864213")
    finally:
        st.close()


def test_first_run_says_when_the_pins_differ_or_are_too_short(qtbot, tmp_path: Path) -> None:
    st = Station.open(tmp_path / "new.sqlite3", create=True)
    try:
        dialog = FirstCoordinatorDialog(st)
        qtbot.addWidget(dialog)
        dialog.name.setText("王站长")
        dialog.pin.setText("864213")
        dialog.pin_again.setText("8643")
        dialog._on_create()
        assert dialog.errors["pin"].isVisibleTo(dialog) and st.volunteers.is_empty()
        dialog.pin.setText("12")
        dialog.pin_again.setText("12")
        dialog._on_create()
        assert dialog.errors["pin"].text() and st.volunteers.is_empty()
        assert dialog.name.text() == "王站长", "what was typed stays"
    finally:
        st.close()


def test_pin_field_is_shown_only_for_people_who_need_one(qtbot, station: Station) -> None:
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(VOLUNTEER)
    assert not dialog.pin.isVisible()
    dialog.select(COORDINATOR)
    assert dialog.pin.isVisible()


def test_volunteer_signs_in_with_enter(qtbot, station: Station) -> None:
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(VOLUNTEER)
    qtbot.keyClick(dialog.names, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.operator.name == VOLUNTEER and station.operator.name == VOLUNTEER


def test_wrong_pins_say_how_many_tries_are_left_then_lock(qtbot, station: Station) -> None:
    station.volunteers.sign_in(VOLUNTEER)
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select(COORDINATOR)
    dialog.pin.setText("1111")
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert dialog.message.isVisible() and "4" in dialog.message.text()
    assert dialog.pin.text() == "" and dialog.result() != QDialog.DialogCode.Accepted
    for _ in range(4):
        dialog.pin.setText("1111")
        dialog._on_sign_in()
    dialog.pin.setText(PIN)
    dialog._on_sign_in()
    assert "Too many wrong PINs for 赵主任: try again in" in dialog.message.text()
    assert station.operator.name == VOLUNTEER, "still the volunteer: nobody signed in"
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_right_pin_signs_the_coordinator_in(qtbot, station: Station) -> None:
    station.volunteers.sign_in(VOLUNTEER)
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    dialog.select(COORDINATOR)
    dialog.pin.setText(PIN)
    dialog._on_sign_in()
    assert dialog.result() == QDialog.DialogCode.Accepted and station.operator.name == COORDINATOR


def test_cancelling_keeps_the_current_operator(qtbot, station: Station) -> None:
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert choose_operator(station) is None
    assert station.operator.name == COORDINATOR


def test_inactive_people_are_not_offered(qtbot, station: Station) -> None:
    v = station.volunteers.get_by_name(VOLUNTEER)
    station.volunteers.deactivate(v.id, expected_version=v.version)
    dialog = LoginDialog(station)
    qtbot.addWidget(dialog)
    with pytest.raises(KeyError):
        dialog.select(VOLUNTEER)


# --- the Station page -----------------------------------------------------------------------------


@pytest.fixture
def station_page(qtbot, station: Station) -> StationPage:
    page = StationPage(station)
    qtbot.addWidget(page)
    page.show()
    return page


def test_station_page_title_and_details_save(station_page: StationPage, station: Station) -> None:
    assert station_page.nav_title() == "Station"
    station_page.name.setText("幸福里互助站")
    station_page.compounds.setPlainText("幸福里小区\n安康苑")
    station_page.phone.setText("021-62345678")
    assert station_page.save_details()
    saved = station.settings.get()
    assert (saved.name, saved.compounds, saved.phone) == ("幸福里互助站", "幸福里小区\n安康苑", "021-62345678")


def test_volunteer_is_refused_by_the_core_and_keeps_what_was_typed(station_page: StationPage, station: Station) -> None:
    station.volunteers.sign_in(VOLUNTEER)
    station_page.refresh()
    assert station_page.volunteer_hint.isVisible()
    station_page.name.setText("改个名字")
    assert not station_page.save_details()
    assert "Only a coordinator may" in station_page.details_message.text()
    assert station_page.name.text() == "改个名字"
    assert station.settings.get().name == "测试互助站"
    station_page.add_person()  # refused before any form opens
    assert "Only a coordinator may" in station_page.roster_message.text()


@pytest.mark.sqlite_only
def test_a_full_disk_keeps_the_form(station_page: StationPage, station: Station) -> None:
    from sqlalchemy import event

    station._db.write_engine.dispose()
    event.listen(station._db.write_engine, "connect", lambda c, r: c.execute("PRAGMA query_only = 1"))
    station_page.street.setText("长寿路街道")
    assert not station_page.save_details()
    assert "disk refused to save" in station_page.details_message.text()
    assert station_page.street.text() == "长寿路街道"


def test_stale_station_details_are_refused(station_page: StationPage, station: Station, no_boxes: list[str]) -> None:
    station.settings.update(community="别人改的")  # another window saved meanwhile
    station_page.street.setText("我改的")
    assert not station_page.save_details()
    assert "changed by 赵主任" in station_page.details_message.text()
    assert station.settings.get().community == "别人改的"


def test_roster_add_edit_and_deactivate(qtbot, station_page: StationPage, station: Station) -> None:
    dialog = VolunteerDialog(station, None, station_page)
    qtbot.addWidget(dialog)
    dialog.name.setText("孙大爷")
    dialog.phone.setText("13812345678")
    dialog._on_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    station_page._after_roster_change("孙大爷")
    assert station_page.selected_person().name == "孙大爷"
    station_page.toggle_active()
    assert station.volunteers.get_by_name("孙大爷").active is False
    station_page.select_person("孙大爷")
    assert station_page.toggle_button.text() == "Reactivate"
    # a coordinator needs a PIN: the form says so under the PIN field
    edit = VolunteerDialog(station, station.volunteers.get_by_name(VOLUNTEER), station_page)
    qtbot.addWidget(edit)
    edit.role.setCurrentIndex(edit.role.findData("coordinator"))
    edit._on_save()
    assert edit.errors["pin"].text() and edit.result() != QDialog.DialogCode.Accepted


def test_last_coordinator_cannot_be_deactivated_from_the_page(station_page: StationPage, station: Station) -> None:
    station_page.select_person(COORDINATOR)
    station_page.toggle_active()
    assert "at least one active coordinator" in station_page.roster_message.text()
    assert station.volunteers.get_by_name(COORDINATOR).active


def test_roster_model(qtmodeltester, station: Station) -> None:
    model = RosterModel(station)
    model.reload()
    qtmodeltester.check(model)


# --- audit page and history -----------------------------------------------------------------------


@pytest.fixture
def edited(station: Station) -> int:
    row = station.households.create(HouseholdInput(address="5-2-301", head="张晓明", phone="13812341234"))
    station.volunteers.sign_in(VOLUNTEER)
    station.households.update(row.id, HouseholdInput(address="5-2-301", head="张晓明", phone="13999998888"),
                              expected_version=row.version)
    station.volunteers.sign_in(COORDINATOR, PIN)
    return row.id


def test_audit_model_passes_the_model_tester(qtmodeltester, station: Station, edited: int) -> None:
    model = AuditTableModel(station)
    model.set_query(model.query)
    qtmodeltester.check(model)


def test_audit_model_pages_through_a_long_trail(station: Station) -> None:
    from mutual_aid_desk.core.audit import PendingEntry

    with station.write() as uow:
        uow.record_many([PendingEntry("thing", str(i), "create", None, {"n": i}) for i in range(450)])
    model = AuditTableModel(station)
    model.set_query(model.query)
    assert model.rowCount() == 200 and model.total() > 450
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total()


def test_audit_page_filters_by_operator_and_entity(qtbot, station: Station, edited: int) -> None:
    page = AuditPage(station)
    qtbot.addWidget(page)
    assert page.nav_title() == "Audit trail"
    everyone = page.model.rowCount()
    page.operator.setCurrentIndex(page.operator.findData(VOLUNTEER))
    assert page.model.rowCount() == 1
    assert "13812341234 → 13999998888" in page.model.data(page.model.index(0, 4))
    page.operator.setCurrentIndex(0)
    page.entity.setCurrentIndex(page.entity.findData("volunteer"))
    assert 0 < page.model.rowCount() < everyone
    page.period.setCurrentIndex(page.period.findData("today"))
    assert page.model.rowCount() > 0
    with qtbot.waitSignal(page.household_requested) as opened:
        page.entity.setCurrentIndex(page.entity.findData("household"))
        page._on_open(page.model.index(0, 0))
    assert opened.args == [edited]


def test_audit_page_checks_the_chain(qtbot, station: Station, edited: int, db_path: Path) -> None:
    page = AuditPage(station)
    qtbot.addWidget(page)
    assert page.verify() and "intact" in page.verdict.text()
    import backend

    backend.drop_audit_guards(db_path)
    backend.raw_execute(db_path, "UPDATE audit_entry SET operator = '冒名' WHERE id = 3")
    assert not page.verify()
    assert "entry 3" in page.verdict.text()


def test_audit_export_is_for_coordinators(qtbot, station: Station, edited: int, tmp_path: Path,
                                          no_boxes: list[str]) -> None:
    page = AuditPage(station)
    qtbot.addWidget(page)
    assert page.export_to(tmp_path / "a.xlsx") == page.model.total()
    station.volunteers.sign_in(VOLUNTEER)
    assert page.export_to(tmp_path / "b.xlsx") is None
    assert "Only a coordinator may" in no_boxes[-1] and not (tmp_path / "b.xlsx").exists()


def test_history_shows_one_household_newest_first(qtbot, station: Station, edited: int) -> None:
    view = HistoryView(station, "household", edited)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    newest = view.model.data(view.model.index(0, 3))
    assert newest == "phone: 13812341234 → 13999998888"
    assert view.model.data(view.model.index(0, 1)) == VOLUNTEER
    assert "head of household: 张晓明" in view.model.data(view.model.index(1, 3))
    empty = HistoryView(station, "household", 9999)
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0 and not empty.empty.isHidden()


def test_an_imported_household_shows_its_import_and_the_audit_page_stays_readable(
        qtbot, station: Station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import apply_import, preview_import

    roster = tmp_path / "roster.csv"
    lines = ["地址,户主,电话,面积"] + [f"{b}-{r},住户{b}{r},138{b:04d}{r:04d},{60 + r % 40}.50"
                                         for b in range(1, 11) for r in range(101, 131)]
    roster.write_text("\n".join(lines), encoding="utf-8")
    apply_import(station, preview_import(station, roster))
    household = station.households.find("7-112")
    view = HistoryView(station, "household", household.id)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 1
    assert view.model.data(view.model.index(0, 2)) == "imported"
    text = view.model.data(view.model.index(0, 3))
    assert "address: 7-112" in text and "head of household: 住户7112" in text and "roster.csv" in text

    page = AuditPage(station)
    qtbot.addWidget(page)
    newest = page.model.data(page.model.index(0, 4))
    assert "300" in newest and "住户1101" not in newest and len(newest) < 500


# --- restore --------------------------------------------------------------------------------------


def test_restore_dialog_lists_backups_and_restores(qtbot, station: Station, edited: int) -> None:
    station.backup()
    station.households.create(HouseholdInput(address="5-2-302", head="欧阳娜娜"))
    dialog = RestoreDialog(station)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "1", "households in the backup"
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected(ask=False)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert list(station.households.address_index()) == ["5-2-301"]
    dialog2 = RestoreDialog(station)
    qtbot.addWidget(dialog2)
    assert dialog2.table.rowCount() == 2, "the file before the restore is listed too"
    assert "before a restore" in dialog2.table.item(0, 5).text()


@pytest.mark.sqlite_only
def test_restore_dialog_refuses_a_damaged_file_and_a_volunteer(qtbot, station: Station, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    dialog = RestoreDialog(station)
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden()
    dialog.add_file(bad)
    assert not dialog.restore_button.isEnabled() or not dialog.restore_selected(ask=False)
    assert dialog.result() != QDialog.DialogCode.Accepted
    good = backup_file(station.path)
    station.volunteers.sign_in(VOLUNTEER)
    volunteer_dialog = RestoreDialog(station)
    qtbot.addWidget(volunteer_dialog)
    volunteer_dialog.add_file(good)
    assert not volunteer_dialog.restore_selected(ask=False)
    assert "Only a coordinator may" in volunteer_dialog.message.text()


def test_audit_page_names_a_record_changed_outside_the_app(qtbot, station: Station, edited: int,
                                                           db_path: Path) -> None:
    """Issue 12, finding 6, in the window: the chain is intact, the household is not."""
    page = AuditPage(station)
    qtbot.addWidget(page)
    import backend

    backend.raw_execute(db_path, "UPDATE household SET head = '冒名' WHERE id = ?", (edited,))
    assert not page.verify()
    assert f"household {edited}" in page.verdict.text() and "冒名" in page.verdict.text()


def test_a_volunteers_audit_page_masks_phones(qtbot, station: Station, edited: int) -> None:
    """Issue 12, finding 7: before → after on a volunteer's screen shows 138****1234."""
    station.volunteers.sign_in(VOLUNTEER)
    page = AuditPage(station)
    qtbot.addWidget(page)
    page.refresh()
    texts = [page.model.data(page.model.index(r, 4)) or "" for r in range(page.model.rowCount())]
    assert any("****" in t for t in texts) and not any("13812341234" in t for t in texts)


def test_a_volunteer_sees_masked_phones_in_an_entrys_details_too(qtbot, station: Station, edited: int) -> None:
    """The pane under the list shows the chosen entry in full: for a volunteer, phones masked there too."""
    station.volunteers.sign_in(VOLUNTEER)
    page = AuditPage(station)
    qtbot.addWidget(page)
    page.refresh()
    shown = []
    for r in range(page.model.rowCount()):
        page.table.setCurrentIndex(page.model.index(r, 0))
        shown.append(page.details.toPlainText())
    assert any("****" in t for t in shown) and not any("13812341234" in t for t in shown)

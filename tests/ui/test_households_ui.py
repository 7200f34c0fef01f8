"""The household page driven through its real widgets: search, add, a refused edit, the import preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.ui.dialogs.household_form import HouseholdForm
from mutual_aid_desk.ui.dialogs.import_preview import ImportPreviewDialog
from mutual_aid_desk.ui.main_window import MainWindow
from mutual_aid_desk.ui.models.households import HouseholdTableModel
from mutual_aid_desk.ui.pages.households import HouseholdsPage


@pytest.fixture
def page(qtbot, demo_station):
    p = HouseholdsPage(demo_station)
    qtbot.addWidget(p)
    return p


def test_model_passes_qt_model_tester(qtmodeltester, demo_station):
    model = HouseholdTableModel(demo_station)
    model.reload()
    qtmodeltester.check(model)


def test_list_shows_every_household_in_natural_order(page):
    assert page.model.rowCount() == 802
    addresses = [page.model.data(page.model.index(r, 0)) for r in range(40)]
    assert addresses[:2] == ["1-1-101", "1-1-102"]
    # building 2 comes before building 10, whatever page the rows are fetched from
    buildings = [page.model.row_at(r).building for r in range(page.model.rowCount())]
    assert buildings.index("2") < buildings.index("10")


def test_search_by_address_fragment_and_pinyin(qtbot, page, demo_station):
    page.search.setText("5-2-301")
    page.apply_filters()
    assert page.model.rowCount() == 1
    assert page.detail.title.text().startswith("5-2-301")
    head = page.model.row_at(0).head
    from mutual_aid_desk.core.search import name_pinyin

    page.search.setText(name_pinyin(head)[0])
    qtbot.waitUntil(lambda: any(page.model.row_at(r).head == head for r in range(page.model.rowCount())))


def test_search_with_no_match_says_what_to_do(page):
    page.search.setText("99-9-999")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text()


def test_empty_station_says_import_or_add(qtbot, station):
    p = HouseholdsPage(station)
    qtbot.addWidget(p)
    assert p.stack.currentWidget() is p.empty
    assert "import" in p.empty.text().lower() or "导入" in p.empty.text()


def test_add_household_through_the_form(qtbot, station):
    form = HouseholdForm(station)
    qtbot.addWidget(form)
    form.address.setText("5-2-301")
    form.head.setText("张晓明")
    form.phone.setText("13812341234")
    form.area.setText("85.2")
    form.show()
    qtbot.waitExposed(form)
    form.notes.setFocus()
    qtbot.keyClick(form.notes, Qt.Key.Key_Return)  # Enter saves
    assert form.result() == form.DialogCode.Accepted
    row = station.households.find("5-2-301")
    assert (row.head, row.phones, row.area) == ("张晓明", "13812341234", "85.20")


def test_edit_with_bad_values_is_refused_inline_and_keeps_the_form(qtbot, demo_station):
    before = demo_station.households.find("1-1-101")
    form = HouseholdForm(demo_station, before)
    qtbot.addWidget(form)
    form.phone.setText("12345")
    form.area.setText("abc")
    form.buttons.button(form.buttons.StandardButton.Save).click()
    assert form.result() != form.DialogCode.Accepted
    assert form.findChild(type(form.general_error), "phoneError").isVisibleTo(form)
    assert form.findChild(type(form.general_error), "areaError").text()
    assert form.phone.text() == "12345"  # nothing typed is lost
    after = demo_station.households.find("1-1-101")
    assert after.phones == before.phones and after.version == before.version


def test_second_save_of_a_stale_copy_is_refused(qtbot, monkeypatch, demo_station):
    stale = demo_station.households.find("1-1-102")
    demo_station.households.update(stale.id, HouseholdInput(address=stale.address, notes="first"), stale.version)
    form = HouseholdForm(demo_station, stale)
    qtbot.addWidget(form)
    asked = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    form.notes.setText("second")
    form._on_save()
    assert asked and form.result() != form.DialogCode.Accepted
    assert demo_station.households.find("1-1-102").notes == "first"


def test_import_preview_then_import(qtbot, station, tmp_path: Path):
    station.households.create(HouseholdInput(address="1-1-101", head="王秀英"))
    csv = tmp_path / "roster.csv"
    csv.write_text("地址,户主,电话,面积\n1-1-101,王秀英,13900001111,60\n1-1-102,李四,,72.5\n", encoding="utf-8")
    dialog = ImportPreviewDialog(station, csv)
    qtbot.addWidget(dialog)
    dialog.load()
    assert [len(dialog.plan.added), len(dialog.plan.updated), len(dialog.plan.unchanged)] == [1, 1, 0]
    assert dialog.import_button.isEnabled()
    assert station.households.count() == 1  # the preview wrote nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_plan is not None)
    assert station.households.count() == 2
    assert station.households.find("1-1-101").phones == "13900001111"


def test_import_preview_lists_problems_and_cannot_import(qtbot, station, tmp_path: Path):
    csv = tmp_path / "bad.csv"
    csv.write_text("地址,户主,面积\n1-1-101,王秀英,abc\n1-1-101,李四,50\n", encoding="utf-8")
    dialog = ImportPreviewDialog(station, csv)
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.error is not None and len(dialog.error.problems) == 2
    table = dialog.findChild(type(dialog.tabs.widget(0)), "problemsTable")
    assert table.rowCount() == 2 and table.item(0, 0).text() == "2"
    assert not dialog.import_button.isEnabled()
    assert station.households.count() == 0


def test_main_window_status_bar_and_text_size(qtbot, demo_station, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_station, settings)
    qtbot.addWidget(window)
    assert "幸福里" in window.station_label.text()
    assert str(demo_station.path) in window.file_label.text()
    assert "李桂兰" in window.operator_label.text()
    with qtbot.waitSignal(window.rebuild_requested):
        window.scale_actions[150].trigger()
    assert int(settings.value("display/text_scale")) == 150


def test_a_volunteers_household_list_masks_phones(qtbot, as_volunteer) -> None:
    """Issue 12, finding 7: a volunteer's bulk listing shows 138****1234; the coordinator's the number."""
    from mutual_aid_desk.core.households import HouseholdQuery

    as_volunteer.households.create(HouseholdInput(address="1-1-101", head="张晓明", phone="13812341234"))
    model = HouseholdTableModel(as_volunteer)
    model.set_query(HouseholdQuery())
    column = model.COLUMNS.index("phones")
    assert model.data(model.index(0, column)) == "138****1234"
    as_volunteer.volunteers.sign_in("赵主任", "246810")
    assert model.data(model.index(0, column)) == "13812341234"


def test_a_volunteers_import_with_new_tags_is_refused_in_the_preview(qtbot, as_volunteer, tmp_path: Path):
    """Issue 12, finding 8, in the window: the preview names the tags and cannot import."""
    csv = tmp_path / "tags.csv"
    csv.write_text("地址,户主,标签\n1-1-101,王秀英,新标签\n", encoding="utf-8")
    dialog = ImportPreviewDialog(as_volunteer, csv)
    qtbot.addWidget(dialog)
    dialog.load()
    assert dialog.refusal is not None and "新标签" in dialog.summary.text()
    assert not dialog.import_button.isEnabled() and as_volunteer.households.count() == 0

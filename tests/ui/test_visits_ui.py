"""Visits in the window: evening entry keys, bulk re-entry (and its cancel), the Due view, models."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.visits import VisitInput
from mutual_aid_desk.ui.dialogs.bulk_reentry import BulkReentryDialog
from mutual_aid_desk.ui.dialogs.walklist_dialog import WalkListDialog
from mutual_aid_desk.ui.models.visits import (
    BulkReentryModel,
    ConsultationTableModel,
    DueTableModel,
    ReentryRow,
    RowsTableModel,
    VisitTableModel,
)
from mutual_aid_desk.ui.pages.consultations import ConsultationsPage
from mutual_aid_desk.ui.pages.coverage import CoveragePage
from mutual_aid_desk.ui.pages.due import DuePage
from mutual_aid_desk.ui.pages.visits import VisitsPage

TODAY = date.today()


@pytest.fixture
def street(station):
    for n, a in enumerate(("1-1-101", "1-1-102", "1-1-201", "2-1-101", "10-1-101")):
        station.households.create(HouseholdInput(address=a, head=f"住户{n}", phone=f"1380000{n:04d}"))
    return station


def _enter_visit(qtbot, page: VisitsPage, address: str, key: str) -> None:
    page.address.setText(address)
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    assert page.focusWidget() is page.outcome  # the next key chooses the outcome
    qtbot.keyClick(page.outcome, key)
    qtbot.keyClick(page.outcome, Qt.Key.Key_Return)


def test_evening_entry_address_one_key_enter(qtbot, street):
    page = VisitsPage(street)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.volunteers.setText("钱阿姨")
    page.purpose.setCurrentIndex(page.purpose.findData("vote"))
    page.visit_date.setDate(page.visit_date.date().addDays(-1))

    _enter_visit(qtbot, page, "1-1-102", "2")
    _enter_visit(qtbot, page, "10-1-101", "4")
    page.address.setText("1-1-201")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClick(page.outcome, "3")
    page.notes.setText("不愿意谈")
    qtbot.keyClick(page.notes, Qt.Key.Key_Return)  # Enter from the notes saves too

    visits = street.visits.list()
    assert [(v.address, v.outcome) for v in visits] == [("1-1-102", "not_home"), ("10-1-101", "done"),
                                                         ("1-1-201", "refused")]
    assert all(v.volunteers == ("钱阿姨",) and v.purpose == "vote" for v in visits)
    assert all(v.visited_at.date() == TODAY - timedelta(days=1) for v in visits)
    assert visits[2].notes == "不愿意谈"
    # The form stays open: household fields cleared, volunteer/purpose/date remembered.
    assert page.address.text() == "" and page.notes.text() == "" and page.outcome.outcome() == ""
    assert page.volunteers.text() == "钱阿姨" and page.purpose.currentData() == "vote"
    assert page.visit_date.date().toPython() == TODAY - timedelta(days=1)
    assert page.model.rowCount() == 3
    assert "1-1-201" in page.saved_label.text()


def test_evening_entry_refuses_unknown_address_and_missing_outcome(qtbot, street):
    page = VisitsPage(street)
    qtbot.addWidget(page)
    page.address.setText("9-9-909")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    assert page.household is None and "9-9-909" in page.household_label.text()
    page.address.setText("2-1-101")
    assert page.save() is False  # no outcome yet
    assert page.error.isVisibleTo(page)
    assert street.visits.count() == 0


def test_evening_entry_finds_a_household_by_name(qtbot, street):
    page = VisitsPage(street)
    qtbot.addWidget(page)
    page.address.setText("住户3")
    page._on_address_enter()
    assert page.household is not None and page.household.address == "2-1-101"


def test_bulk_reentry_one_key_per_row_and_one_save(qtbot, street):
    ids = street.households.matching_ids()
    dialog = BulkReentryDialog(street, list(reversed(ids)), purpose="vote", volunteers=["钱阿姨"], on=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Same order as the printed walk list.
    assert [r.address for r in dialog.model.rows] == ["1-1-101", "1-1-102", "1-1-201", "2-1-101", "10-1-101"]
    table = dialog.table
    table.setFocus()
    for key in ("1", "2", "0", "5"):  # row 3 is cleared: not saved
        qtbot.keyClick(table, key)
    dialog.model.setData(dialog.model.index(0, BulkReentryModel.NOTES_COLUMN), "同意签字")
    assert len(dialog.model.marked()) == 3 and dialog.count.text().count("3") == 1
    assert street.visits.count() == 0  # nothing is written before Save
    dialog.save_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    visits = {v.address: v for v in street.visits.list()}
    assert set(visits) == {"1-1-101", "1-1-102", "2-1-101"}
    assert visits["1-1-101"].outcome == "met" and visits["1-1-101"].notes == "同意签字"
    assert visits["1-1-102"].outcome == "not_home"
    assert visits["2-1-101"].outcome == "not_home" and visits["2-1-101"].notes.startswith("空置")
    assert all(v.purpose == "vote" and v.volunteers == ("钱阿姨",) for v in visits.values())


def test_bulk_reentry_cancel_writes_nothing(qtbot, street, monkeypatch):
    dialog = BulkReentryDialog(street, street.households.matching_ids(), on=TODAY)
    qtbot.addWidget(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, "1")
    qtbot.keyClick(dialog.table, "4")
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    dialog.cancel_button.click()  # "Discard 2 outcomes?" No: the grid stays as it was
    assert asked and not rejected and len(dialog.model.marked()) == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert rejected
    assert street.visits.count() == 0


def test_walk_list_dialog_selects_prints_and_hands_over(qtbot, street, monkeypatch):
    dialog = WalkListDialog(street)
    qtbot.addWidget(dialog)
    assert "5" in dialog.count.text()
    for i in range(dialog.buildings.count()):
        if dialog.buildings.item(i).data(Qt.ItemDataRole.UserRole) == "1":
            dialog.buildings.item(i).setCheckState(Qt.CheckState.Checked)
    assert [a for a in dialog.count.text().split() if a.isdigit()] == ["3"]
    shown = []
    monkeypatch.setattr("mutual_aid_desk.ui.documents.show_document", lambda *a, **k: shown.append(a))
    dialog.print_button.click()
    assert shown
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.last_pdf)).pages)
    assert "1-1-101" in text and "2-1-101" not in text
    with street.read() as s:
        printed = s.connection().exec_driver_sql(
            "SELECT operator, after FROM audit_entry WHERE entity = 'export' AND action = 'walklist'").all()
    assert printed and printed[0][0] == "赵主任" and '"households":3' in printed[0][1]
    handed = WalkListDialog(street, household_ids=[street.households.find("10-1-101").id])
    qtbot.addWidget(handed)
    assert handed.household_ids() == [street.households.find("10-1-101").id]


def test_due_view_sorted_filtered_and_opens_the_household(qtbot, street):
    a, b, c = (street.households.find(x).id for x in ("1-1-101", "2-1-101", "10-1-101"))
    street.visits.record(VisitInput(household_id=a, outcome="not_home", visited_at=TODAY - timedelta(days=9),
                                    follow_up=TODAY - timedelta(days=2), volunteers=["钱阿姨"]))
    street.visits.record(VisitInput(household_id=b, outcome="refused", visited_at=TODAY - timedelta(days=9),
                                    follow_up=TODAY - timedelta(days=5)))
    street.visits.record(VisitInput(household_id=c, outcome="met", visited_at=TODAY, follow_up=TODAY + timedelta(days=5)))
    street.consultations.add(ConsultationInput(household_id=c, question="物业费", category="property",
                                               asked_at=TODAY - timedelta(days=3), follow_up=TODAY))
    page = DuePage(street)
    qtbot.addWidget(page)
    assert [i.address for i in page.model.items] == ["2-1-101", "1-1-101", "10-1-101"]
    assert [i.kind for i in page.model.items] == ["visit", "visit", "consultation"]
    assert "3" in page.count.text()
    page.volunteer.setCurrentIndex(page.volunteer.findData("钱阿姨"))
    assert [i.address for i in page.model.items] == ["1-1-101"]
    page.volunteer.setCurrentIndex(0)
    page.table.selectRow(1)
    with qtbot.waitSignal(page.household_requested) as signal:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert signal.args == [a]
    page.table.selectRow(0)
    page.done_button.click()
    assert [i.address for i in page.model.items] == ["1-1-101", "10-1-101"]
    assert street.visits.due_count() == 2


def test_due_view_empty_state(qtbot, station):
    page = DuePage(station)
    qtbot.addWidget(page)
    assert page.stack.currentWidget() is page.empty


def test_consultation_statistics_page_on_known_data(qtbot, station, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    for when, cat in (("2026-01-05", "legal"), ("2026-01-07", "legal"), ("2026-03-01", "health")):
        station.consultations.add(ConsultationInput(person_name="某人", question="问", category=cat, asked_at=when))
    page = ConsultationsPage(station)
    qtbot.addWidget(page)
    page.stats_year.setValue(2026)
    rows = page.stats_model.rows
    assert rows[0][:3] == ["2026-01", 2, 0] and rows[0][-1] == 2
    assert rows[2][2] == 1 and rows[-1][-1] == 3
    out = tmp_path / "stats.xlsx"
    import openpyxl

    page.export_stats(str(out))
    assert openpyxl.load_workbook(out).worksheets[0]["B2"].value == 2


def test_consultation_form_adds_a_walk_in(qtbot, station):
    from mutual_aid_desk.ui.dialogs.consultation_form import ConsultationForm

    station.consultations.set_partners(["法律援助志愿站"])
    form = ConsultationForm(station)
    qtbot.addWidget(form)
    form.person_name.setText("王大爷")
    form.question.setPlainText("遗产怎么分")
    form.referred_to.setCurrentIndex(form.referred_to.findData("法律援助志愿站"))
    assert form.status.currentData() == "referred"
    form._on_save()
    assert form.saved is not None and form.saved.status == "referred"
    empty = ConsultationForm(station)
    qtbot.addWidget(empty)
    empty._on_save()
    assert empty.saved is None and empty.error.text()


def test_coverage_page_shows_buildings_and_volunteers(qtbot, street):
    street.visits.record(VisitInput(address="1-1-101", outcome="met", volunteers=["钱阿姨"]))
    page = CoveragePage(street)
    qtbot.addWidget(page)
    first = page.buildings_model.rows[0]
    assert first[:5] == ["1", 3, 0, 1, "33.3%"]
    assert page.volunteers_model.rows == [["钱阿姨", 1, 1]]


def test_models_pass_the_model_tester(qtmodeltester, street):
    street.visits.record(VisitInput(address="1-1-101", outcome="met", follow_up=TODAY))
    street.consultations.add(ConsultationInput(person_name="王", question="问", category="legal"))
    visits = VisitTableModel(street)
    visits.set_filter()
    due = DueTableModel(street)
    due.load()
    cons = ConsultationTableModel(street)
    cons.load()
    reentry = BulkReentryModel([ReentryRow(1, "1-1-101", "住户0", "未走访")])
    rows = RowsTableModel(["a", "b"], [["x", 1], ["y", 2]])
    for model in (visits, due, cons, reentry, rows):
        assert model.rowCount() >= 1
        qtmodeltester.check(model)


def test_visits_page_imports_a_file_after_asking(qtbot, street, tmp_path: Path, monkeypatch):
    f = tmp_path / "v.csv"
    f.write_text("地址,日期,志愿者,结果\n1-1-101,2026-03-02,钱阿姨,见到\n2-1-101,2026-03-02,钱阿姨,不在家\n",
                 encoding="utf-8")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    page = VisitsPage(street)
    qtbot.addWidget(page)
    page.import_visits(str(f))
    assert asked and "2" in asked[0]
    assert street.visits.count() == 2 and page.model.rowCount() == 2


def test_results_are_entered_for_the_sheet_that_was_printed(qtbot, street, monkeypatch):
    monkeypatch.setattr("mutual_aid_desk.ui.documents.show_document", lambda *a, **k: None)
    dialog = WalkListDialog(street)
    qtbot.addWidget(dialog)
    dialog.not_visited.setChecked(True)
    dialog.print_button.click()
    assert len(dialog.printed_ids) == 5
    # Someone records a visit from the evening entry before the sheet comes back.
    street.visits.record(VisitInput(address="2-1-101", outcome="met"))
    assert len(dialog.household_ids()) == 4
    grids = []
    monkeypatch.setattr(BulkReentryDialog, "exec", lambda self: grids.append([r.address for r in self.model.rows]) or 0)
    dialog.results_button.click()
    assert grids == [["1-1-101", "1-1-102", "1-1-201", "2-1-101", "10-1-101"]]

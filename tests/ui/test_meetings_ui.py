"""The meetings and notices pages driven through their widgets; the print preview opening a document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from mutual_aid_desk.core.meetings import Mode, plan_series
from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.styles import para
from mutual_aid_desk.ui.dialogs import preview as preview_module
from mutual_aid_desk.ui.dialogs.meetings_plan import SeriesPlanDialog
from mutual_aid_desk.ui.dialogs.preview import open_previews, show_document
from mutual_aid_desk.ui.models.meetings import AttendanceModel, MeetingTableModel, ProposalModel
from mutual_aid_desk.ui.pages.meetings import MeetingsPage
from mutual_aid_desk.ui.pages.notices import NoticesPage


@pytest.fixture
def series(demo_station):
    plan = plan_series("1-6", 2, date(2026, 11, 23), "19:00", "活动室", skip_weekends=True)
    return demo_station.meetings.create_series(plan, title="改造方案征询会", agenda=["介绍方案", "答疑"])


@pytest.fixture
def page(qtbot, demo_station, series):
    p = MeetingsPage(demo_station)
    qtbot.addWidget(p)
    p.resize(1400, 900)
    p.show()
    return p


@pytest.fixture(autouse=True)
def _close_previews():
    yield
    for d in open_previews():
        d.close()


class _Lines(Document):
    kind = "test"

    def story(self):  # type: ignore[no-untyped-def]
        self.title, self.station_name = "测试", "测试互助站"
        return [para(f"第 {n} 行") for n in range(90)]


def _pages_of_three() -> bytes:
    return _Lines().render()


def test_models_pass_qt_model_tester(qtmodeltester, demo_station, series):
    meetings = MeetingTableModel(demo_station)
    meetings.reload()
    qtmodeltester.check(meetings)
    attendance = AttendanceModel(demo_station)
    attendance.load(series[0].id)
    qtmodeltester.check(attendance)
    proposals = ProposalModel()
    proposals.set_proposals(plan_series("1-5", 2, date(2026, 11, 23), "19:00", "x"))
    qtmodeltester.check(proposals)


def test_attendance_is_one_key_per_row(qtbot, page, demo_station, series):
    meeting = series[0]
    page.select_meeting(meeting.id)
    grid = page.grid
    assert page.attendance.rowCount() == 66
    assert page.attendance.data(page.attendance.index(0, 1)) == "1-1-101"
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_1)  # 1-1-101 present, cursor moves on
    qtbot.keyClick(grid, Qt.Key.Key_2)  # 1-1-102 by proxy
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # 1-1-103 skipped: not there
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # 1-1-201 present
    assert grid.currentIndex().row() == 4
    marks = demo_station.meetings.attendance(meeting.id)
    by_address = {demo_station.households.get(h).address: m.mode for h, m in marks.items()}
    assert by_address == {"1-1-101": Mode.PRESENT, "1-1-102": Mode.PROXY, "1-1-201": Mode.PRESENT}
    assert page.attendance.data(page.attendance.index(1, 3)) == page.attendance.tr("Proxy")
    assert "3" in page.stats.text() and "66" in page.stats.text()
    # A mistake is taken back with 0 on its row.
    grid.go_to(0)
    qtbot.keyClick(grid, Qt.Key.Key_0)
    assert len(demo_station.meetings.attendance(meeting.id)) == 2
    # Go to a room by typing it.
    page.find_edit.setText("2-1-301")
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert page.attendance.household_at(grid.currentIndex().row()).address == "2-1-301"
    qtbot.keyClick(grid, Qt.Key.Key_1)
    stats = demo_station.meetings.stats(meeting.id)
    assert [(b.building, b.attended) for b in stats.buildings] == [("1", 2), ("2", 1)]
    assert page.model.data(page.model.index(page.model.row_of(meeting.id), 5)) == "3 / 66"


def test_planner_proposes_lets_the_coordinator_adjust_and_creates(qtbot, demo_station, monkeypatch):
    shown = []
    monkeypatch.setattr("mutual_aid_desk.ui.dialogs.meetings_plan.show_error", lambda parent, exc: shown.append(exc))
    dialog = SeriesPlanDialog(demo_station)
    qtbot.addWidget(dialog)
    assert dialog.buildings_edit.text() == "1-25"
    dialog.title_edit.setText("改造方案征询会")
    dialog.start.setDate(QDate(2026, 11, 20))
    dialog.place.setText("活动室")
    dialog.skip_weekends.setChecked(True)
    qtbot.mouseClick(dialog.propose_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 13
    # Move building 25 to the evening before.
    assert dialog.model.setData(dialog.model.index(11, 3), "23,24,25")
    refused = []
    dialog.model.edit_refused.connect(refused.append)
    assert not dialog.model.setData(dialog.model.index(12, 1), "25:00")
    assert refused and "not a time" in str(refused[0]) and shown == refused
    dialog.model.set_proposals(dialog.model.proposals()[:12])
    dialog.create_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    made = demo_station.meetings.list()
    assert len(made) == 12 and made[-1].buildings == ("23", "24", "25")
    assert made[1].date == date(2026, 11, 23)


def test_notice_buttons_open_the_preview(qtbot, page, series):
    page.select_meeting(series[0].id)
    assert page.preview_signin()
    [dialog] = open_previews()
    assert dialog.page_count >= 4 and dialog.suggested_name.startswith("signin-")
    assert page.preview_notice() and page.preview_posters()
    assert len(open_previews()) == 3
    assert page.preview_series()
    assert open_previews()[-1].page_count == 3  # the series has three evenings


def test_preview_dialog_opens_a_document_and_pages_through_it(qtbot, tmp_path, monkeypatch):
    pdf = _pages_of_three()
    show_document(None, pdf, "test-2026-11-21.pdf", "测试文件")
    [dialog] = open_previews()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle().endswith("测试文件")
    assert dialog.page_count == 3 and dialog.current_page == 0
    assert not dialog.page_view.pixmap().isNull()
    assert dialog.page_view.pixmap().width() > 300
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.current_page == 1 and dialog.page_spin.value() == 2
    qtbot.keyClick(dialog, Qt.Key.Key_End)
    assert dialog.current_page == 2 and not dialog.next_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_PageUp)
    assert dialog.current_page == 1
    width = dialog.page_view.width()
    dialog.zoom_in()
    assert dialog.page_view.width() > width
    dialog.fit_page()
    assert dialog.page_view.height() <= dialog.scroll_area.viewport().height()
    # Save as: the suggested name is the kind and the date.
    assert dialog.suggested_name == "test-2026-11-21.pdf"
    chosen = {}

    def fake_save(parent, caption, start, filt):  # noqa: ANN001
        chosen["start"] = start
        return str(tmp_path / "saved"), filt

    monkeypatch.setattr(preview_module.QFileDialog, "getSaveFileName", staticmethod(fake_save))
    path = dialog.save_as()
    assert chosen["start"].endswith("test-2026-11-21.pdf")
    assert path == tmp_path / "saved.pdf" and path.read_bytes() == pdf
    # Open in the system viewer hands over a temporary copy.
    opened = []
    monkeypatch.setattr(preview_module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert dialog.open_external()
    assert Path(opened[0].toLocalFile()).read_bytes() == pdf
    # Print renders every page to the printer (here a PDF file).
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 3
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not open_previews()


def test_notices_page_edits_resets_and_refuses_unknown_placeholders(qtbot, demo_station, monkeypatch):
    errors = []
    monkeypatch.setattr("mutual_aid_desk.ui.pages.notices.show_error",
                        lambda parent, exc, title=None: errors.append(str(exc)))
    page = NoticesPage(demo_station)
    qtbot.addWidget(page)
    assert page.template_name() == "general"
    assert set(page._fields) == {"title", "body"}
    page.set_value("title", "停水通知")
    page.set_value("body", "明天停水。")
    assert page.render_notice()
    assert open_previews()[-1].page_count == 1
    # The editor adds a placeholder nobody fills: printing names it instead of printing it.
    page.body_edit.setPlainText("{body}\n联系人：{contact}")
    assert "contact" in page._fields and page._fields["body"].toPlainText() == "明天停水。"
    assert not page.render_notice()
    assert "{contact}" in errors[-1]
    page.set_value("contact", "王阿姨")
    assert page.render_notice()
    assert page.save_template()
    assert demo_station.meetings.templates.get("general").customised
    assert page.reset_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert page.reset_template()
    assert not demo_station.meetings.templates.get("general").customised
    assert "{contact}" not in page.body_edit.toPlainText()


def test_attendees_are_the_starting_list_for_ballot_entry(qtbot, demo_station):
    items = [{"key": "A1", "title": "楼道粉刷", "kind": "yesno", "scope": "compound"}]
    vote = demo_station.votes.create({"title": "改造方案", "matter": "major",
                                      "sections": [{"title": "公共区域", "items": items}]})
    plan = plan_series("1-2", 2, date(2026, 11, 23), "19:00", "活动室")
    [meeting] = demo_station.meetings.create_series(plan, title="征询会", vote_id=vote)
    invited = demo_station.meetings.invited_ids(meeting.id)
    demo_station.meetings.set_attendance(meeting.id, invited[5], "present")
    demo_station.meetings.set_attendance(meeting.id, invited[40], "proxy")
    page = MeetingsPage(demo_station)
    qtbot.addWidget(page)
    page.select_meeting(meeting.id)
    assert page.ballots_button.isEnabled()
    dialog = page.enter_ballots()
    qtbot.addWidget(dialog)
    first, second = (demo_station.households.get(i).address for i in (invited[5], invited[40]))
    assert dialog.address.text() == first and dialog.channel.currentData() == "meeting"
    assert dialog.cast_on.date().toPython() == date(2026, 11, 23)
    dialog.keys.setText("1")
    dialog.save()
    ballot = demo_station.votes.ballot(vote, invited[5])
    assert ballot is not None and ballot.channel == "meeting"
    qtbot.waitUntil(lambda: dialog.address.text() == second)  # the next one who came
    dialog.close()


def test_problems_name_the_meeting_fields_in_the_window_language():
    from mutual_aid_desk.errors import Problem, ValidationError
    from mutual_aid_desk.ui.messages import error_text

    text = error_text(ValidationError([Problem("per_night", "0", "x"), Problem("address", "9", "y")]))
    assert text.splitlines() == ["Buildings per evening: value '0': x", "Address: value '9': y"]

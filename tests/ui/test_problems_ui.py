"""The 问题台账 page: keying a stairwell sheet by keys, opening a problem from it, the forms, and the
page in Chinese at 150 % text on a 1366×768 screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QTableView, QTabWidget, QWidget

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.ui.dialogs.problems import PatrolDialog, ProblemDialog, ShiftDialog, StepDialog
from mutual_aid_desk.ui.pages.problems import ProblemsPage


@pytest.fixture
def homes(station: Station) -> Station:
    for a in ("5-1-101", "5-2-301", "6-1-101"):
        station.households.create(HouseholdInput(address=a, head="张晓明"))
    return station


def sheet_page(qtbot, station: Station, month: str = "2026-11") -> ProblemsPage:  # type: ignore[no-untyped-def]
    page = ProblemsPage(station)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    page.stairwell.setCurrentIndex(page.stairwell.findData("5-2"))
    page.month.setText(month)
    page.load_sheet()
    page.show()
    page.grid.setFocus()
    return page


def test_a_month_is_keyed_cell_by_cell_and_saved_whole(qtbot, homes: Station) -> None:
    page = sheet_page(qtbot, homes)
    assert page.grid_model.rowCount() == 30 and page.grid_model.columnCount() == 5
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_1,  # day 1, cursor moves on
                Qt.Key.Key_1, Qt.Key.Key_0, Qt.Key.Key_1):  # day 2: a blank in the middle
        qtbot.keyClick(page.grid, key)
    assert page.grid.currentIndex().row() == 1 and page.grid.currentIndex().column() == 3
    assert "尚未保存" in page.grid_status.text() or "not saved" in page.grid_status.text()
    assert homes.sheets.grid("5", "2", "2026-11").marks == {}  # nothing until the month is saved
    assert page.save_sheet()
    marks = homes.sheets.grid("5", "2", "2026-11").marks
    assert marks == {(1, "杂物堆放"): 1, (1, "灭火器"): 1, (1, "消防栓/喷淋"): 2, (1, "照明"): 1, (1, "卫生"): 1,
                     (2, "杂物堆放"): 1, (2, "消防栓/喷淋"): 1}


def test_enter_on_a_problem_cell_opens_a_problem_in_one_key(qtbot, homes: Station) -> None:
    page = sheet_page(qtbot, homes)
    page.grid.setCurrentIndex(page.grid_model.index(3, 3))  # day 4, 照明
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    page.grid.setCurrentIndex(page.grid_model.index(3, 3))
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # saves the month, then opens the problem
    (problem,) = homes.problems.list()
    assert (problem.source, problem.where, problem.category) == ("sheet", "5-2", "设施维修")
    assert "照明" in problem.text and homes.sheets.grid("5", "2", "2026-11").marks == {(4, "照明"): 2}
    page.tabs.setCurrentIndex(0)
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.grid, Qt.Key.Key_Return)  # Enter on a 正常 or blank cell opens nothing
    assert len(homes.problems.list()) == 1


def test_the_forms_record_problems_steps_shifts_and_patrols(qtbot, homes: Station) -> None:
    d = ProblemDialog(homes, where="5-2-301", source="visit")
    qtbot.addWidget(d)
    d.text.setPlainText("屋顶漏水")
    d.category.setCurrentText("设施维修")
    d._on_save()
    assert d.created is not None and d.created.source == "visit" and d.created.household_id
    bad = ProblemDialog(homes)
    qtbot.addWidget(bad)
    bad._on_save()
    assert bad.error.text() and bad.created is None  # the reason is shown, nothing written
    step = StepDialog(homes, d.created, "resolve")
    qtbot.addWidget(step)
    step.note.setText("已修好")
    step._on_save()
    assert homes.problems.get(d.created.id).status == "resolved"
    shift = ShiftDialog(homes)
    qtbot.addWidget(shift)
    shift.route.setText("1-8号楼")
    shift.volunteers.item(0).setCheckState(Qt.CheckState.Checked)
    shift._on_save()
    day = shift.day.date()
    assert shift.result() and len(homes.patrols.rota(f"{day.year()}-{day.month():02d}")) == 1
    patrol = PatrolDialog(homes)
    qtbot.addWidget(patrol)
    patrol.route.setText("1-8号楼")
    patrol.volunteers.item(1).setCheckState(Qt.CheckState.Checked)
    w, _c, t = patrol.finding_rows[0]
    w.setText("5")
    t.setText("电动车在楼道内充电")
    patrol._on_save()
    assert patrol.result() and patrol.saved.problem_ids
    assert homes.problems.get(patrol.saved.problem_ids[0]).source == "patrol"


ENGLISH = re.compile(r"[A-Za-z]{2,}")
ALLOWED = {"Ctrl", "Excel"}


def english_in(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for w in [widget, *widget.findChildren(QWidget)]:
        if not w.isVisibleTo(widget) and w is not widget:
            continue
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            texts += [str(w.model().headerData(c, Qt.Orientation.Horizontal) or "") for c in range(w.model().columnCount())]
        if hasattr(w, "placeholderText"):
            texts.append(w.placeholderText())
    return [t for t in texts if any(word not in ALLOWED for word in ENGLISH.findall(t))]


def test_the_page_and_its_dialogs_fit_1366x768_at_150_percent_in_chinese(qtbot, demo_station: Station,
                                                                         tmp_path: Path) -> None:
    from mutual_aid_desk.ui.i18n import install_translators, remove_translators
    from mutual_aid_desk.ui.main_window import MainWindow
    from mutual_aid_desk.ui.theme import apply_theme, load_font

    app = QApplication.instance()
    font, style = app.font(), app.styleSheet()
    translators = install_translators(app, "zh_CN")
    apply_theme(app, load_font(), 150)
    try:
        window = MainWindow(demo_station, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.page("ProblemsPage")
        window.show_page(page)
        assert window.navigation.currentItem().text() == "问题台账"
        scroller = page.parentWidget().parentWidget()
        assert isinstance(scroller, QScrollArea)
        page.month.setText("2026-11")
        page.patrol_month.setText("2026-11")
        for tab in range(page.tabs.count()):
            page.tabs.setCurrentIndex(tab)
            qtbot.wait(30)
            assert scroller.horizontalScrollBar().maximum() == 0, f"tab {tab} is wider than the window"
            assert scroller.verticalScrollBar().maximum() <= 40, f"tab {tab} is taller than the window"
            for table in page.tabs.currentWidget().findChildren(QTableView):
                if table.isVisibleTo(page):
                    rows = table.verticalHeader().defaultSectionSize()
                    assert table.viewport().height() >= 5 * rows - 4, table.objectName()
            assert english_in(page.tabs.currentWidget()) == [], tab
        assert english_in(window.navigation) == []
        for dialog in (ProblemDialog(demo_station, page), PatrolDialog(demo_station, page), ShiftDialog(demo_station, page),
                       StepDialog(demo_station, demo_station.problems.list(status="open")[0], "hand_over", page)):
            dialog.show()
            qtbot.wait(10)
            hint = dialog.sizeHint()
            assert hint.width() <= 1366 and hint.height() <= 730, type(dialog).__name__
            assert english_in(dialog) == [], type(dialog).__name__
            dialog.close()
    finally:
        remove_translators(app, translators)
        app.setFont(font)
        app.setStyleSheet(style)


def test_a_problem_in_the_household_timeline_opens_from_it(qtbot, homes: Station, monkeypatch) -> None:
    from mutual_aid_desk.core.problems import ProblemInput
    from mutual_aid_desk.ui.dialogs import problems as dialogs
    from mutual_aid_desk.ui.widgets.household_detail import HouseholdDetail

    p = homes.problems.add(ProblemInput(where="5-2-301", category="设施维修", text="屋顶漏水", source="visit"))
    detail = HouseholdDetail(homes)
    qtbot.addWidget(detail)
    detail.show_household(homes.households.find("5-2-301"))
    items = [detail.timeline.item(i) for i in range(detail.timeline.count())]
    (item,) = [i for i in items if "屋顶漏水" in i.text()]
    opened: list[int] = []
    monkeypatch.setattr(dialogs.ProblemDetailDialog, "exec", lambda self: opened.append(self.problem.id) or 0)
    detail.timeline.itemDoubleClicked.emit(item)
    assert opened == [p.id]
    dialog = dialogs.ProblemDetailDialog(homes, p.id)
    qtbot.addWidget(dialog)
    assert "屋顶漏水" in dialog.findChild(QLabel, "problemAbout").text()
    assert all(b.isEnabled() for b in dialog.step_buttons.values())


def test_the_models_pass_the_model_tester(qtmodeltester, homes: Station) -> None:
    from mutual_aid_desk.core.problems import ProblemInput
    from mutual_aid_desk.ui.models.problems import ProblemTableModel, SheetGridModel, StatsModel

    homes.problems.add(ProblemInput(where="5-2", category="消防安全", text="楼道堆放纸箱"))
    problems = ProblemTableModel()
    problems.set_rows(homes.problems.list())
    qtmodeltester.check(problems)
    grid = SheetGridModel()
    grid.load(homes.sheets.save_grid("5", "2", "2026-11", {(1, "照明"): 2}))
    qtmodeltester.check(grid)
    stats = StatsModel()
    stats.load(homes.problems.stats(2026), None)
    qtmodeltester.check(stats)


def test_a_file_with_one_bad_cell_is_refused_whole_in_the_window(qtbot, homes: Station, tmp_path: Path,
                                                                  monkeypatch) -> None:
    from mutual_aid_desk.ui.pages import problems as page_module

    f = tmp_path / "s.csv"
    f.write_text("楼道,日期,杂物堆放,灭火器,消防栓/喷淋,照明,卫生\n"
                 "5-2,2026-11-01,正常,正常,正常,有问题,正常\n"
                 "5-2,2026-11-02,正常,正常,坏了,正常,正常\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(page_module, "show_error",
                        lambda parent, exc, title=None: shown.append(page_module.error_text(exc)))
    page = sheet_page(qtbot, homes)
    assert not page.import_sheets(str(f))
    assert len(shown) == 1 and "3" in shown[0] and "消防栓/喷淋" in shown[0] and "坏了" in shown[0]
    assert homes.sheets.grid("5", "2", "2026-11").marks == {}
    f.write_text(f.read_text(encoding="utf-8").replace("坏了", ""), encoding="utf-8")
    monkeypatch.setattr(page_module.QMessageBox, "question", lambda *a, **k: page_module.QMessageBox.StandardButton.Yes)
    assert page.import_sheets(str(f))
    assert page.grid_model.marks[(1, "照明")] == 2 and (2, "消防栓/喷淋") not in page.grid_model.marks


def test_the_audit_view_names_the_ledger_in_chinese(qtbot, homes: Station) -> None:
    import mutual_aid_desk.ui.pages.problems  # noqa: F401 - the window imports every page at start
    from mutual_aid_desk.core.problems import ProblemInput
    from mutual_aid_desk.ui.i18n import install_translators, remove_translators
    from mutual_aid_desk.ui.models.audit import action_label, changes_text, record_text

    p = homes.problems.add(ProblemInput(where="5-2", category="消防安全", text="楼道堆放纸箱", source="patrol"))
    homes.problems.hand_over(p.id, "幸福里物业")
    homes.problems.resolve(p.id, "已清理")
    app = QApplication.instance()
    translators = install_translators(app, "zh_CN")
    try:
        from mutual_aid_desk.core.audit import AuditQuery

        rows = homes.audit.rows(AuditQuery(entity="problem"))
        texts = [f"{record_text(r)} {action_label(r.action)} {changes_text(r)}" for r in rows]
        assert len(texts) == 3, texts
        for t in texts:
            assert not [w for w in ENGLISH.findall(t)], t
        assert any("移交" in t for t in texts) and any("已解决" in t for t in texts)
    finally:
        remove_translators(app, translators)


def test_ctrl_9_opens_the_problem_ledger(qtbot, homes: Station, tmp_path: Path) -> None:
    from mutual_aid_desk.ui.main_window import MainWindow

    window = MainWindow(homes, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.navigation.setFocus()
    qtbot.wait(100)
    qtbot.keyClick(window.navigation, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert type(window.page_at(window.navigation.currentRow())).__name__ == "ProblemsPage"

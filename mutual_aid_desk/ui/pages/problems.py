"""问题台账: the problem ledger, the stairwell sheets, the night patrols and the monthly statistics.

Tabs:
- Ledger: filter by status (or only what is due), category and place; new problem, hand over,
  follow up, resolve, cannot resolve; the selected problem's history; print the 公示 (names masked).
- Stairwell sheets: choose a stairwell and a month and key the sheet in one grid: 1 正常, 2 有问题,
  0 (or Delete) 未填, and the cursor moves on; Ctrl+S saves the month whole. Enter on a 有问题 cell
  opens a problem for it. Print the month's sheets, import a filled file (all or nothing), and the
  month's report (screen, XLSX, PDF).
- Night patrols: the month's rota (add, remove, print), the patrols walked (record one; its
  findings become problems) and each volunteer's patrols and hours.
- Statistics: a year's problems per month (all categories or one), exported to XLSX.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.problems import (
    ACTION_LABELS,
    STATUS_LABELS,
    ProblemRow,
    ProblemStatus,
    stairwell_code,
    stairwell_label,
)
from mutual_aid_desk.core.sheets import BAD, BLANK, OK, month_text, parse_month
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError, ValidationError
from mutual_aid_desk.ui.dialogs.problems import PatrolDialog, ProblemDialog, ShiftDialog, StepDialog
from mutual_aid_desk.ui.dialogs.problems_report import SheetReportDialog
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import error_text, show_error
from mutual_aid_desk.ui.models.problems import (
    HoursModel,
    PatrolModel,
    ProblemTableModel,
    SheetGridModel,
    ShiftModel,
    StatsModel,
)
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.tables import read_only_table

DUE = "due"


def _table(name: str, model: QAbstractItemModel, rows: int = 5) -> QTableView:
    table = read_only_table(QTableView(objectName=name), model, row_gap=10, resize=None)
    keep_rows_visible(table, rows)
    return table


class SheetGridView(QTableView):
    """The month's grid, keyed cell by cell: 1, 2, 0 (or Delete) set the cell and move on.

    Enter on a 有问题 cell asks to open a problem for it (``problem_requested(row, column)``).
    """

    problem_requested = Signal(int, int)
    KEYS = {Qt.Key.Key_1: OK, Qt.Key.Key_2: BAD, Qt.Key.Key_0: BLANK, Qt.Key.Key_Delete: BLANK,
            Qt.Key.Key_Backspace: BLANK}

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        model = self.model()
        index = self.currentIndex()
        if not isinstance(model, SheetGridModel) or not index.isValid():
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        if key in self.KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            model.set_value(index.row(), index.column(), self.KEYS[key])
            self._advance(index.row(), index.column())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and model.value(index.row(), index.column()) == BAD:
            self.problem_requested.emit(index.row(), index.column())
            return
        super().keyPressEvent(event)

    def _advance(self, row: int, column: int) -> None:
        model = self.model()
        column += 1
        if column >= model.columnCount():
            column, row = 0, row + 1
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, column))


class ProblemsPage(Page):

    TITLE = QT_TRANSLATE_NOOP("ProblemsPage", "Problem ledger")
    #: The stairwell sheet on screen, as (building, unit, month); None before one is loaded.
    _loaded_key: tuple[str, str, str] | None

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("problemsPage")
        self.tabs = QTabWidget(objectName="problemTabs")
        self.tabs.addTab(self._build_ledger(), self.tr("Ledger"))
        self.tabs.addTab(self._build_sheets(), self.tr("Stairwell sheets"))
        self.tabs.addTab(self._build_patrols(), self.tr("Night patrols"))
        self.tabs.addTab(self._build_stats(), self.tr("Statistics"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.reload_ledger()

    # --- ledger ----------------------------------------------------------------------------------

    def _build_ledger(self) -> QWidget:
        w = QWidget(objectName="ledgerTab")
        self.status = QComboBox(objectName="problemStatusFilter")
        self.status.addItem(self.tr("Due for follow-up"), DUE)
        self.status.addItem(self.tr("All"), None)
        for s in ProblemStatus:
            self.status.addItem(STATUS_LABELS[s], s.value)
        self.status.setCurrentIndex(1)
        self.category = QComboBox(objectName="problemCategoryFilter")
        self.where = QLineEdit(objectName="problemWhereFilter")
        self.where.setPlaceholderText(self.tr("Building, stairwell or place"))
        self.count = QLabel(objectName="problemCount")
        self.count.setProperty("role", "title")
        self.model = ProblemTableModel(self)
        self.table = _table("problemTable", self.model)
        fit_columns(self.table, stretch=4, alike=(4, 5))  # the texts give way alike; places and dates stay whole
        self.history = QPlainTextEdit(objectName="problemHistory")
        self.history.setReadOnly(True)
        self.history.setPlaceholderText(self.tr("History of the selected problem"))
        self.history.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

        buttons = []
        for name, text, slot in (
                ("newProblemButton", self.tr("New problem…"), self.new_problem),
                ("handOverButton", self.tr("Hand over…"), lambda: self.step("hand_over")),
                ("followUpButton", self.tr("Follow up…"), lambda: self.step("follow_up")),
                ("resolveButton", self.tr("Resolved…"), lambda: self.step("resolve")),
                ("cannotButton", self.tr("Cannot resolve…"), lambda: self.step("cannot")),
                ("openHouseholdButton", self.tr("Open household"), self.open_household),
                ("noticeButton", self.tr("Print 公示…"), self.print_notice)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            buttons.append(b)
        self.step_buttons = buttons[1:5]

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.status)
        filters.addWidget(QLabel(self.tr("Category")))
        filters.addWidget(self.category)
        filters.addWidget(self.where, 1)
        categories = QPushButton(self.tr("Categories…"), objectName="categoriesButton")
        categories.clicked.connect(self.edit_categories)
        filters.addWidget(categories)
        # One row of buttons if they fit (Chinese at 150 % does), else two.
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        one_row = sum(b.sizeHint().width() + 8 for b in buttons) < 1080
        for b in buttons[:4]:
            row1.addWidget(b)
        for b in buttons[4:]:
            (row1 if one_row else row2).addWidget(b)
        row1.addStretch(1)
        row2.addStretch(1)
        layout = QVBoxLayout(w)
        layout.addWidget(self.count)
        layout.addLayout(filters)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.history)

        self._fill_categories()
        self.status.currentIndexChanged.connect(lambda _i: self.reload_ledger())
        self.category.currentIndexChanged.connect(lambda _i: self.reload_ledger())
        self.where.returnPressed.connect(self.reload_ledger)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_history())
        self.table.doubleClicked.connect(lambda _i: self.open_household())
        return w

    def _fill_categories(self) -> None:
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All"), None)
        for c in self.station.problems.categories():
            self.category.addItem(c, c)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.category.blockSignals(False)

    def reload_ledger(self) -> None:
        status = self.status.currentData()
        try:
            if status == DUE:
                rows = self.station.problems.due()
                if self.category.currentData():
                    rows = [r for r in rows if r.category == self.category.currentData()]
            else:
                rows = self.station.problems.list(status=status, category=self.category.currentData(),
                                                  where=self.where.text().strip() or None)
        except DeskError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        due = len(self.station.problems.due())
        self.count.setText(self.tr("{n} problems · {due} due for follow-up").format(n=len(rows), due=due))
        if rows:
            self.table.selectRow(0)
        self._show_history()

    def current_problem(self) -> ProblemRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_history(self) -> None:
        row = self.current_problem()
        for b in self.step_buttons:
            b.setEnabled(row is not None and row.is_open)
        if row is None:
            self.history.setPlainText("")
            return
        lines = [f"#{row.id} {row.where_label} · {row.category} · {row.source_label} · {row.status_label}：{row.text}"]

        for s in self.station.problems.history(row.id):
            lines.append(f"{s.at:%Y-%m-%d %H:%M}  {s.by}  {ACTION_LABELS.get(s.action, s.action)}  {s.note}")
        self.history.setPlainText("\n".join(lines))

    def new_problem(self, where: str = "", source: str = "resident") -> ProblemRow | None:
        dialog = ProblemDialog(self.station, self, where=where, source=source)
        if dialog.exec() and dialog.created is not None:
            self.reload_ledger()
            self.data_changed.emit()
            return dialog.created
        return None

    def step(self, action: str) -> None:
        row = self.current_problem()
        if row is None:
            return
        if StepDialog(self.station, row, action, self).exec():
            self.reload_ledger()
            self.data_changed.emit()

    def open_household(self) -> None:
        row = self.current_problem()
        if row is not None and row.household_id is not None:
            self.household_requested.emit(row.household_id)

    def print_notice(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.problems_notice import ProblemsNotice

        today = date.today()
        since = date(today.year, today.month, 1) if today.day > 7 else date(
            today.year - (today.month == 1), (today.month - 2) % 12 + 1, 1)
        open_document(self, ProblemsNotice(self.station, since, today), self.tr("公示 of resolved problems"))

    def _edit_list(self, title: str, current: list[str], save: Callable[[list[str]], object]) -> bool:
        """A coordinator edits one of the station's lists as names separated by 、."""
        text, ok = QInputDialog.getText(self, title, self.tr("Separate the names with 、 (coordinators only)"),
                                        QLineEdit.EchoMode.Normal, "、".join(current))
        if not ok:
            return False
        names = [n for n in re.split(r"[、,，;；\s]+", text) if n]
        try:
            save(names)
        except DeskError as exc:
            show_error(self, exc)
            return False
        return True

    def edit_categories(self) -> None:
        if self._edit_list(self.tr("Problem categories"), self.station.problems.categories(),
                           self.station.problems.set_categories):
            self._fill_categories()

    def edit_checks(self) -> None:
        if self._edit_list(self.tr("Checks on the stairwell sheet"), self.station.sheets.checks(),
                           self.station.sheets.set_checks):
            self._loaded_key = None
            self.load_sheet()

    # --- stairwell sheets ------------------------------------------------------------------------

    def _build_sheets(self) -> QWidget:
        w = QWidget(objectName="sheetsTab")
        self.stairwell = QComboBox(objectName="sheetStairwell")
        self.month = QLineEdit(objectName="sheetMonth")
        today = date.today()
        self.month.setText(month_text(today.year, today.month))
        self.month.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026-12") * 2)
        self.grid_model = SheetGridModel(self)
        self.grid = SheetGridView(objectName="sheetGrid")
        self.grid.setModel(self.grid_model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        keep_rows_visible(self.grid, 6)
        self.grid_status = QLabel(objectName="sheetStatus")
        self.grid_status.setWordWrap(True)
        hint = QLabel(self.tr("Keys: 1 OK, 2 problem, 0 not filled. Enter on a problem opens it in the ledger."),
                      objectName="sheetHint")
        hint.setWordWrap(True)
        self.save_sheet_button = QPushButton(self.tr("Save month (Ctrl+S)"), objectName="saveSheetButton")
        self.save_sheet_button.clicked.connect(self.save_sheet)
        QShortcut(QKeySequence.StandardKey.Save, self.grid, activated=self.save_sheet,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        actions = QHBoxLayout()
        actions.addWidget(self.save_sheet_button)
        for name, text, slot in (("printSheetsButton", self.tr("Print the month's sheets…"), self.print_sheets),
                                 ("importSheetsButton", self.tr("Import a filled file…"), self.import_sheets),
                                 ("sheetReportButton", self.tr("Monthly report…"), self.sheet_report),
                                 ("checksButton", self.tr("Checks…"), self.edit_checks)):
            b = QPushButton(text, objectName=name)
            b.clicked.connect(slot)
            actions.addWidget(b)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Stairwell")))
        top.addWidget(self.stairwell)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(hint, 2)
        layout = QVBoxLayout(w)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.grid_status)
        self._stairwells: dict[str, tuple[str, str]] = {}
        for b, u in self.station.sheets.stairwells():
            self._stairwells[stairwell_code(b, u)] = (b, u)
            self.stairwell.addItem(stairwell_label(b, u), stairwell_code(b, u))
        self.stairwell.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.month.editingFinished.connect(self.load_sheet)
        self.grid.problem_requested.connect(self.problem_from_cell)
        self.grid_model.dataChanged.connect(lambda *_a: self._update_grid_status())
        self._loaded_key = None
        return w

    def _sheet_key(self) -> tuple[str, str, str] | None:
        data = self._stairwells.get(self.stairwell.currentData() or "")
        if data is None:
            return None
        y, m = parse_month(self.month.text(), "month")
        return data[0], data[1], month_text(y, m)

    def load_sheet(self) -> None:
        if self.grid_model.changed and self._loaded_key and self._loaded_key != self._safe_key():
            if QMessageBox.question(self, self.tr("Unsaved sheet"),
                                    self.tr("The sheet you were keying is not saved. Save it now?")) \
                    == QMessageBox.StandardButton.Yes and not self._save(self._loaded_key):
                return
        try:
            key = self._sheet_key()
        except ValidationError as exc:
            self.grid_status.setText(error_text(exc))
            return
        if key is None:
            return
        self.grid_model.load(self.station.sheets.grid(*key))
        self._loaded_key = key
        self.grid.setCurrentIndex(self.grid_model.index(0, 0))
        self._update_grid_status()

    def _safe_key(self) -> tuple[str, str, str] | None:
        try:
            return self._sheet_key()
        except ValidationError:
            return None

    def _update_grid_status(self) -> None:
        days, bad = self.grid_model.counts()
        g = self.grid_model.grid
        if g is None:
            return
        saved = self.tr("saved") if not self.grid_model.changed else self.tr("not saved yet")
        self.grid_status.setText(self.tr("{stairwell}, {month}: {days} days ticked, {bad} cells with a problem ({saved})")
                                 .format(stairwell=g.label, month=g.month, days=days, bad=bad, saved=saved))

    def _save(self, key: tuple[str, str, str]) -> bool:
        g = self.grid_model.grid
        try:
            self.station.sheets.save_grid(*key, self.grid_model.marks, expected_version=g.version if g else None)
        except DeskError as exc:
            show_error(self, exc)
            return False
        return True

    def save_sheet(self) -> bool:
        if self._loaded_key is None:
            return False
        if not self._save(self._loaded_key):
            return False
        row, col = self.grid.currentIndex().row(), self.grid.currentIndex().column()
        self.grid_model.load(self.station.sheets.grid(*self._loaded_key))
        self.grid.setCurrentIndex(self.grid_model.index(max(row, 0), max(col, 0)))
        self._update_grid_status()
        self.data_changed.emit()
        return True

    def problem_from_cell(self, row: int, column: int) -> None:
        """Enter on a 有问题 cell: save the month (all or nothing), then open the problem in the ledger."""
        if self._loaded_key is None:
            return
        if self.grid_model.changed and not self.save_sheet():
            return
        b, u, month = self._loaded_key
        try:
            p = self.station.sheets.open_problem(b, u, month, row + 1, self.grid_model.check_at(column))
        except DeskError as exc:
            show_error(self, exc)
            return
        self.grid_status.setText(self.tr("Problem #{id} opened: {text}").format(id=p.id, text=p.text))
        self.reload_ledger()
        self.data_changed.emit()

    def print_sheets(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets

        month = self._chosen_month()
        if month is not None:
            open_document(self, StairwellSheets(self.station, month), self.tr("Stairwell sheets"))

    def import_sheets(self, path: str | None = None) -> bool:
        """Check a whole file first; any bad cell refuses it, each named by row and column."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import stairwell sheets"), "",
                                                  self.tr("Spreadsheets (*.xlsx *.csv)"))
            if not path:
                return False
        try:
            plan = self.station.sheets.preview_import(Path(path))
        except DeskError as exc:
            show_error(self, exc, self.tr("Nothing was imported"))
            return False
        days = sum(len(d) for d in plan.days.values())
        bad = sum(1 for d in plan.days.values() for cells in d.values() for v in cells.values() if v == BAD)
        question = (self.tr("{file}: {sheets} stairwell-months, {days} days, {bad} cells with a problem. Import it?")
                    .format(file=Path(path).name, sheets=len(plan.days), days=days, bad=bad))
        if QMessageBox.question(self, self.tr("Import stairwell sheets"), question) != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.station.sheets.apply_import(plan)
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.load_sheet()
        self.data_changed.emit()
        return True

    def sheet_report(self) -> None:
        month = self._chosen_month()
        if month is not None:
            SheetReportDialog(self.station, month, self).exec()

    def _chosen_month(self) -> str | None:
        """The month of the stairwell sheet chosen, or as typed; None (and why, said) when it cannot be read."""
        try:
            key = self._sheet_key()
        except DeskError as exc:
            show_error(self, exc)
            return None
        return key[2] if key else self.month.text()

    # --- patrols ---------------------------------------------------------------------------------

    def _build_patrols(self) -> QWidget:
        w = QWidget(objectName="patrolsTab")
        self.patrol_month = QLineEdit(objectName="patrolMonth")
        today = date.today()
        self.patrol_month.setText(month_text(today.year, today.month))
        self.patrol_month.setMaximumWidth(self.fontMetrics().horizontalAdvance("2026-12") * 2)
        self.shift_model, self.patrol_model, self.hours_model = ShiftModel(self), PatrolModel(self), HoursModel(self)
        self.shift_table = _table("shiftTable", self.shift_model)
        self.patrol_table = _table("patrolTable", self.patrol_model)
        self.hours_table = _table("hoursTable", self.hours_model)
        fit_columns(self.shift_table)
        fit_columns(self.patrol_table)
        fit_columns(self.hours_table)
        buttons: dict[str, QPushButton] = {}
        for name, text, slot in (("addShiftButton", self.tr("Add to rota…"), self.add_shift),
                                 ("removeShiftButton", self.tr("Remove from rota"), self.remove_shift),
                                 ("printRotaButton", self.tr("Print rota…"), self.print_rota),
                                 ("addPatrolButton", self.tr("Record a patrol…"), self.add_patrol)):
            buttons[name] = QPushButton(text, objectName=name)
            buttons[name].clicked.connect(slot)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.patrol_month)
        top.addStretch(1)
        # Three lists, one at a time, so each keeps its rows at large text on a small screen.
        self.patrol_tabs = QTabWidget(objectName="patrolTabs")
        for title, table, names in ((self.tr("Rota"), self.shift_table,
                                     ("addShiftButton", "removeShiftButton", "printRotaButton")),
                                    (self.tr("Patrols walked (findings become problems)"), self.patrol_table,
                                     ("addPatrolButton",)),
                                    (self.tr("Patrols and hours per volunteer"), self.hours_table, ())):
            tab = QWidget()
            row = QHBoxLayout()
            for n in names:
                row.addWidget(buttons[n])
            row.addStretch(1)
            v = QVBoxLayout(tab)
            v.addLayout(row)
            v.addWidget(table, 1)
            self.patrol_tabs.addTab(tab, title)
        layout = QVBoxLayout(w)
        layout.addLayout(top)
        layout.addWidget(self.patrol_tabs, 1)
        self.patrol_month.editingFinished.connect(self.reload_patrols)
        return w

    def _patrol_month(self) -> str | None:
        try:
            y, m = parse_month(self.patrol_month.text(), "month")
        except ValidationError as exc:
            show_error(self, exc)
            return None
        return month_text(y, m)

    def reload_patrols(self) -> None:
        month = self._patrol_month()
        if month is None:
            return
        self.shift_model.set_rows(self.station.patrols.rota(month))
        self.patrol_model.set_rows(self.station.patrols.list(month))
        self.hours_model.set_rows(self.station.patrols.volunteer_stats(month))

    def add_shift(self) -> None:
        if ShiftDialog(self.station, self).exec():
            self.reload_patrols()

    def remove_shift(self) -> None:
        row = self.shift_model.row_at(self.shift_table.currentIndex().row())
        if row is None:
            return
        try:
            self.station.patrols.remove_shift(row.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.reload_patrols()

    def print_rota(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.patrol_rota import PatrolRota

        month = self._patrol_month()
        if month is not None:
            open_document(self, PatrolRota(self.station, month), self.tr("Patrol rota"))

    def add_patrol(self) -> None:
        if PatrolDialog(self.station, self).exec():
            self.reload_patrols()
            self.reload_ledger()
            self.data_changed.emit()

    # --- statistics ------------------------------------------------------------------------------

    def _build_stats(self) -> QWidget:
        w = QWidget(objectName="statsTab")
        self.year = QSpinBox(objectName="statsYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.stats_category = QComboBox(objectName="statsCategory")
        self.stats_model = StatsModel(self)
        self.stats_table = _table("statsTable", self.stats_model, rows=8)
        fit_columns(self.stats_table)
        export = QPushButton(self.tr("Export to Excel…"), objectName="exportStatsButton")
        export.clicked.connect(self.export_stats)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Category")))
        top.addWidget(self.stats_category)
        top.addWidget(export)
        top.addStretch(1)
        layout = QVBoxLayout(w)
        layout.addLayout(top)
        layout.addWidget(self.stats_table, 1)
        self.year.valueChanged.connect(lambda _v: self.reload_stats())
        self.stats_category.currentIndexChanged.connect(lambda _i: self.reload_stats())
        return w

    def reload_stats(self) -> None:
        current = self.stats_category.currentData()
        self.stats_category.blockSignals(True)
        self.stats_category.clear()
        self.stats_category.addItem(self.tr("All"), None)
        stats = self.station.problems.stats(self.year.value())
        for c in stats.categories:
            self.stats_category.addItem(c, c)
        self.stats_category.setCurrentIndex(max(0, self.stats_category.findData(current)))
        self.stats_category.blockSignals(False)
        self.stats_model.load(stats, self.stats_category.currentData())

    def export_stats(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics"), f"problems-{year}.xlsx",
                                              self.tr("Excel (*.xlsx)"))
        if not path:
            return
        try:
            self.station.problems.export_stats(year, Path(path))
            self.station.problems.note_export("stats", path, {"year": year})
        except (DeskError, OSError) as exc:
            show_error(self, exc)

    # --- page ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        tab = self.tabs.currentIndex()
        if tab == 0:
            self._fill_categories()
            self.reload_ledger()
        elif tab == 1:
            if self._loaded_key is None or not self.grid_model.changed:
                self.load_sheet()
        elif tab == 2:
            self.reload_patrols()
        else:
            self.reload_stats()

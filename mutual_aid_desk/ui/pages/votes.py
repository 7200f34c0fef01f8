"""The votes page: the plans, and the chosen vote's results against the rule in force.

Left, the votes with the actions a volunteer (enter or import ballots, print) or a coordinator
(new plan, close, reopen) needs. Right, the rule in words and the live counter, then tabs: one row
per item with bars for agree/disagree/abstain by households and by area and pass/fail; participation
per building; and the households still to visit (double-click opens one).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.ballot_import import apply_ballot_import, preview_ballot_import
from mutual_aid_desk.core.owners import RULE_EN, RULE_ZH
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tally import TallyResult
from mutual_aid_desk.core.values import parse_date
from mutual_aid_desk.core.vote_plan import load_plan_file
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError, StorageError
from mutual_aid_desk.ui.delegates.tally_bar import TallyBarDelegate
from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog
from mutual_aid_desk.ui.dialogs.import_preview import BallotImportDialog
from mutual_aid_desk.ui.dialogs.vote_plan import PlanDialog
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.votes import BuildingModel, HoldoutModel, ItemResultModel, MismatchModel, VoteListModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.menus import menu_action
from mutual_aid_desk.ui.widgets.tables import read_only_table

#: The votes page's lists: plain rows, the page sizes the columns itself.
_vote_table = partial(read_only_table, stripes=False, row_gap=None, resize=None, stretch_last=None)


class VotesPage(Page):

    TITLE = QT_TRANSLATE_NOOP("VotesPage", "Votes")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("votesPage")
        self.result: TallyResult | None = None

        self.votes = VoteListModel(self)
        # The vote is chosen from a list on top, so that its results get the page's full width.
        self.picker = QComboBox(objectName="votePicker")
        self.picker.setModel(self.votes)
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(12)
        self.picker.currentIndexChanged.connect(lambda *_: self.show_vote())
        picker_label = QLabel(self.tr("Vote"))
        picker_label.setBuddy(self.picker)

        # The evening's work on buttons; what a coordinator does once per vote under 更多 (More).
        self.buttons: dict[str, QPushButton | QAction] = {}
        self.more_menu = QMenu(self)
        shown = ("enterBallots", "notice")  # importing a file is rarer: under 更多
        actions = (
            ("enterBallots", self.tr("Enter ballots… (Ctrl+Enter)"), self.enter_ballots),
            ("importBallots", self.tr("Import ballots…"), self.import_ballots),
            ("notice", self.tr("Result notice (公示)"), self.print_notice),
            ("newPlan", self.tr("New plan…"), self.new_plan), ("editPlan", self.tr("Edit plan…"), self.edit_plan),
            ("loadPlan", self.tr("Plan from file…"), self.load_plan), ("savePlan", self.tr("Save plan as file…"), self.save_plan),
            ("printBallots", self.tr("Print ballots"), self.print_ballots),
            ("holdoutList", self.tr("Walk list of holdouts"), self.print_holdouts),
            ("closeVote", self.tr("Close vote"), self.close_vote), ("reopenVote", self.tr("Reopen vote"), self.reopen_vote),
            ("extendVote", self.tr("Extend closing day…"), self.extend_vote),
        )
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        for name, text, slot in actions:
            if name in shown:
                button = QPushButton(text, objectName=name)
                button.clicked.connect(slot)
                top.addWidget(button)
                self.buttons[name] = button
            else:
                if name == "closeVote":
                    self.more_menu.addSeparator()
                action = menu_action(self.more_menu, text, slot, name)
                self.buttons[name] = action
        self.more_button = QToolButton(objectName="voteMoreButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        top.addWidget(self.more_button)

        self.heading = QLabel(objectName="voteHeading")
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        self.rule = QLabel(objectName="voteRule")
        self.rule.setWordWrap(True)
        self.counter = QLabel(objectName="voteCounter")
        self.counter.setWordWrap(True)
        self.base_note = QLabel(objectName="voteBase")
        self.base_note.setWordWrap(True)
        legend = QLabel(self.tr("Bars: green agree (or the leading option), red disagree (or the other options), grey abstain or blank"))
        legend.setWordWrap(True)

        self.items = ItemResultModel(self)
        self.item_table = _vote_table(QTableView(objectName="itemResults"), self.items)
        self.item_table.setItemDelegateForColumn(ItemResultModel.HEADCOUNT, TallyBarDelegate(self.item_table))
        self.item_table.setItemDelegateForColumn(ItemResultModel.AREA, TallyBarDelegate(self.item_table))
        self.item_table.setWordWrap(True)
        metrics = self.fontMetrics()
        # Two lines of text a row, the bar beside them: five items show at 150 % on 1366×768.
        self.item_table.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() * 2 + 10)
        # The figures stay whole (a cut number misleads); the titles and results wrap and give way.
        self.item_table.setColumnHidden(2, True)  # the scope shows under each item's key
        fit_columns(self.item_table, stretch=1, squeeze=(5, 1), wraps=(5, 1), alike=(1, 5))

        self.buildings = BuildingModel(self)
        self.building_table = _vote_table(QTableView(objectName="buildingTable"), self.buildings)
        self.building_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.holdouts = HoldoutModel(self)
        self.holdout_table = _vote_table(QTableView(objectName="holdoutTable"), self.holdouts)
        self.holdout_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.holdout_table.doubleClicked.connect(self._open_holdout)

        self.mismatches = MismatchModel(self)
        self.mismatch_table = _vote_table(QTableView(objectName="voteMismatches"), self.mismatches)
        self.mismatch_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        # The rule in words, the base and the bars' colours are read once per vote: a tab of their own.
        rule_tab = QWidget()
        rule_layout = QVBoxLayout(rule_tab)
        for label in (self.rule, self.base_note, legend):
            rule_layout.addWidget(label)
        rule_layout.addStretch(1)
        rule_scroll = QScrollArea(objectName="voteRuleTab")
        rule_scroll.setWidget(rule_tab)
        rule_scroll.setWidgetResizable(True)
        rule_scroll.setFrameShape(QFrame.Shape.NoFrame)
        rule_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget(objectName="voteTabs")
        self.tabs.addTab(self.item_table, self.tr("Items"))
        self.tabs.addTab(self.building_table, self.tr("Buildings"))
        self.tabs.addTab(self.holdout_table, self.tr("Still to visit"))
        self.tabs.addTab(self.mismatch_table, self.tr("Keyed differently"))
        self.tabs.addTab(rule_scroll, self.tr("Rule"))
        for table in (self.item_table, self.building_table, self.holdout_table, self.mismatch_table):
            keep_rows_visible(table, 5)

        self.empty = QLabel(self.tr("No vote yet. Press “New plan…” or load a plan file to start."), objectName="votesEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)
        # Before the first vote, starting one is the only thing to do: it is a button, not in 更多.
        self.new_button = QPushButton(self.tr("New plan…"), objectName="newPlanButton")
        self.new_button.clicked.connect(self.new_plan)
        top.insertWidget(2, self.new_button)

        # The title and how far the vote is from its bar stay in view; the results take the rest.
        self.summary = QWidget(objectName="voteSummary")
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        summary_layout.addWidget(self.heading)
        summary_layout.addWidget(self.counter)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.refresh()  # the main window refreshes a page only when it is shown again
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main keys and the keypad's Enter
            QShortcut(QKeySequence(keys), self, activated=self.enter_ballots)

    # data ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_vote()
        self.votes.set_rows(self.station.votes.list())
        row = max(0, self.votes.row_where(lambda v: v.id == current))
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(row if self.votes.rowCount() else -1)
        self.picker.blockSignals(False)
        self.show_vote()

    def current_vote(self) -> int | None:
        index = self.picker.currentIndex()
        row = self.votes.row_at(index) if index >= 0 else None
        return row.id if row else None

    def show_vote(self) -> None:
        vote_id = self.current_vote()
        has_vote = vote_id is not None
        self.empty.setVisible(not has_vote)
        self.new_button.setVisible(not has_vote)
        for w in (self.summary, self.tabs):
            w.setVisible(has_vote)
        for name, button in self.buttons.items():
            button.setEnabled(has_vote or name in ("newPlan", "loadPlan"))
        if vote_id is None:
            self.result = None
            return
        plan = self.station.votes.plan(vote_id)
        result = self.station.votes.tally(vote_id)
        self.result = result
        closed = plan.status == "closed"
        self.buttons["closeVote"].setEnabled(not closed)
        self.buttons["reopenVote"].setEnabled(closed)
        self.buttons["enterBallots"].setEnabled(not closed)
        self.buttons["importBallots"].setEnabled(not closed)
        self.buttons["extendVote"].setEnabled(not closed)
        dates = f"{plan.opens or ''} – {plan.closes or ''}"
        state = {"closed": self.tr("closed, ballots locked"), "open": self.tr("open"),
                 "past_closing": self.tr("past the closing day: ballots dated on or before it can still be entered")
                 }[plan.state()]
        self.heading.setText(f"{plan.title}  ({state}; {dates})")

        self.rule.setText(self.tr("Rule in force: {rule}").format(rule=result.rule.describe(self._lang()))
                          + " " + (RULE_ZH + "。" if self._lang() == "zh" else RULE_EN + ".")
                          + ((" " + self.tr("Late ballots accepted: {n}.").format(n=result.late)) if result.late else ""))
        self.counter.setText(result.counter(self._lang()))
        c = result.compound
        self.base_note.setText(self.tr("The base includes {vacant} vacant and {unreachable} unreachable households; "
                                       "{missing} have no area on record and count 0 m².").format(
            vacant=c.vacant, unreachable=c.unreachable, missing=c.missing_area))
        self.items.set_items(result.items)
        self.buildings.stage = result.rule.participation
        self.buildings.set_rows(result.buildings)
        self.holdouts.set_rows(self.station.households.rows_by_ids(self.station.votes.holdouts(vote_id)))
        self.tabs.setTabText(2, self.tr("Still to visit ({n})").format(n=self.holdouts.total()))
        self.more_button.setEnabled(True)
        if plan.double_entry:
            self.mismatches.set_mismatches(self.station.votes.mismatches(vote_id))
        else:
            self.mismatches.set_mismatches([])
        self.tabs.setTabVisible(3, plan.double_entry)

    def _lang(self) -> str:
        # The core writes rules and counters in Chinese or English; follow the window's language.
        return "en" if self.tr("Votes") == "Votes" else "zh"

    def _open_holdout(self, index: QModelIndex) -> None:
        row = self.holdouts.row_at(index.row())
        if row is not None:
            self.household_requested.emit(row.id)

    # actions ---------------------------------------------------------------------------------------

    def _after_change(self, vote_id: int | None = None) -> None:
        self.refresh()
        if vote_id is not None:
            if (row := self.votes.row_where(lambda v: v.id == vote_id)) >= 0:
                self.picker.setCurrentIndex(row)
        self.data_changed.emit()

    def new_plan(self) -> None:
        dialog = PlanDialog(self.station, None, self)
        if dialog.exec() == PlanDialog.DialogCode.Accepted:
            self._after_change(dialog.saved_id)

    def edit_plan(self) -> None:
        vote_id = self.current_vote()
        if vote_id is None:
            return
        dialog = PlanDialog(self.station, vote_id, self)
        if dialog.exec() == PlanDialog.DialogCode.Accepted:
            self._after_change(vote_id)

    def load_plan(self, path: Path | None = None) -> int | None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Plan file"), "", self.tr("Plan files (*.json)"))
            if not name:
                return None
            path = Path(name)
        try:
            vote_id = self.station.votes.create(load_plan_file(path))
        except DeskError as exc:
            show_error(self, exc)
            return None
        self._after_change(vote_id)
        return vote_id

    def save_plan(self, path: Path | None = None) -> Path | None:
        """Write the chosen vote's menu as a plan file, for another station to load."""
        vote_id = self.current_vote()
        if vote_id is None:
            return None
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Plan file"), "plan.json", self.tr("Plan files (*.json)"))
            if not name:
                return None
            path = Path(name)
        data = self.station.votes.plan(vote_id).json()
        try:
            path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            show_error(self, StorageError(f"{path}: {exc.strerror}"))
            return None
        return path

    def enter_ballots(self) -> BallotEntryDialog | None:
        """Ballot entry for the chosen vote, or for the newest open one if the chosen one is closed."""
        vote_id = self.current_vote()
        votes = self.station.votes.list()
        if vote_id is None or all(v.id != vote_id or v.status == "closed" for v in votes):
            vote_id = next((v.id for v in votes if v.status != "closed"), None)
            if vote_id is None:
                return None
            if (row := self.votes.row_where(lambda v: v.id == vote_id)) >= 0:
                self.picker.setCurrentIndex(row)
        dialog = BallotEntryDialog(self.station, vote_id, self)
        dialog.saved.connect(lambda _result: self.show_vote())  # the page's counters follow the keying
        dialog.finished.connect(lambda *_: self._after_change(vote_id))
        dialog.open()
        return dialog

    def import_ballots(self, path: Path | None = None, *, confirm: bool = True) -> bool:
        vote_id = self.current_vote()
        if vote_id is None:
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Ballot file"), "", self.tr("Spreadsheets (*.xlsx *.csv)"))
            if not name:
                return False
            path = Path(name)
        if confirm:  # the row-by-row preview; it imports only a file without a refused row

            dialog = BallotImportDialog(self.station, vote_id, path, self)
            try:
                dialog.load()
            except DeskError as exc:
                show_error(self, exc, self.tr("Nothing was imported"))
                return False
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self._after_change(vote_id)
            return True
        try:
            preview = preview_ballot_import(self.station, vote_id, path)
            apply_ballot_import(self.station, preview)
        except DeskError as exc:
            show_error(self, exc, self.tr("Nothing was imported"))
            return False
        self._after_change(vote_id)
        return True

    def _set_status(self, status: str) -> None:
        vote_id = self.current_vote()
        if vote_id is None:
            return
        try:
            if status == "closed":
                self.station.votes.close(vote_id)
            else:
                self.station.votes.reopen(vote_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self._after_change(vote_id)

    def close_vote(self) -> None:
        self._set_status("closed")

    def extend_vote(self, closes: date | None = None, reason: str | None = None) -> None:
        """Move the closing day later (coordinators); the reason goes to the audit trail."""
        vote_id = self.current_vote()
        if vote_id is None:
            return
        plan = self.station.votes.plan(vote_id)
        if closes is None:
            start = plan.closes or date.today()
            text, ok = QInputDialog.getText(self, self.tr("Extend closing day"), self.tr(
                "New closing day (now {closes}), e.g. {example}:").format(
                closes=plan.closes or "—", example=(max(start, date.today()) + timedelta(days=7)).isoformat()))
            if not ok or not text.strip():
                return
            try:
                closes = parse_date(text, "closes")  # not blank: that returned above
            except DeskError as exc:
                show_error(self, exc)
                return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Extend closing day"), self.tr("Why is the vote extended?"))
            if not ok:
                return
        try:
            self.station.votes.extend(vote_id, closes, reason)
        except DeskError as exc:
            show_error(self, exc)
            return
        self._after_change(vote_id)

    def reopen_vote(self) -> None:
        self._set_status("open")

    def print_ballots(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.ballots import PaperBallots

        vote_id = self.current_vote()
        if vote_id is not None:
            open_document(self, PaperBallots(self.station, vote_id), self.tr("Paper ballots"))

    def print_notice(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.vote_notice import VoteNotice

        vote_id = self.current_vote()
        if vote_id is not None:
            open_document(self, VoteNotice(self.station, vote_id), self.tr("Result notice (公示)"))

    def print_holdouts(self) -> None:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.holdouts_walk_list import HoldoutsWalkList

        vote_id = self.current_vote()
        if vote_id is not None:
            open_document(self, HoldoutsWalkList(self.station, vote_id), self.tr("Walk list of holdouts"))

"""The votes page: the plans, and the chosen vote's results against the rule in force.

Left, the votes with the actions a volunteer (enter or import ballots, print) or a coordinator
(new plan, close, reopen) needs. Right, the rule in words and the live counter, then tabs: one row
per item with bars for agree/disagree/abstain by households and by area and pass/fail; participation
per building; and the households still to visit (double-click opens one).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QKeySequence, QPainter, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.ballot_import import apply_ballot_import, preview_ballot_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tally import TallyResult
from mutual_aid_desk.core.votes import load_plan_file
from mutual_aid_desk.errors import DeskError, StorageError
from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog
from mutual_aid_desk.ui.dialogs.vote_plan import PlanDialog
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.votes import (
    BarRole,
    BuildingModel,
    HoldoutModel,
    ItemResultModel,
    MismatchModel,
    VoteListModel,
)
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible

AGREE_COLOR = QColor("#2e8b57")
DISAGREE_COLOR = QColor("#c0392b")
ABSTAIN_COLOR = QColor("#b0b0b0")


class TallyBarDelegate(QStyledItemDelegate):
    """Draws (agree, disagree, abstain, total) as one stacked bar with the cell's text under it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        figures = index.data(BarRole)
        if not figures:
            super().paint(painter, option, index)
            return
        agree, disagree, abstain, total = figures
        # Several picks per household (multiple choice) can add up to more than those taking part.
        total = max(total, agree + disagree + abstain)
        painter.save()
        painter.setClipRect(option.rect)  # type: ignore[attr-defined]
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[operator]
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(6, 6, -6, -6)  # type: ignore[attr-defined]
        bar_height = max(10, rect.height() // 3)
        bar = QRect(rect.left(), rect.top(), rect.width(), bar_height)
        painter.fillRect(bar, QColor("#eeeeee"))
        x = bar.left()
        for value, color in ((agree, AGREE_COLOR), (disagree, DISAGREE_COLOR), (abstain, ABSTAIN_COLOR)):
            width = round(bar.width() * value / total) if total > 0 else 0
            painter.fillRect(QRect(x, bar.top(), width, bar.height()), color)
            x += width
        painter.setPen(option.palette.color(option.palette.ColorRole.Text))
        text_rect = QRect(rect.left(), bar.bottom() + 4, rect.width(), rect.bottom() - bar.bottom() - 4)
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                         str(index.data(Qt.ItemDataRole.DisplayRole)))
        painter.restore()


class VotesPage(Page):

    TITLE = QT_TRANSLATE_NOOP("VotesPage", "Votes")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("votesPage")
        self.result: TallyResult | None = None

        self.votes = VoteListModel(self)
        self.vote_table = QTableView(objectName="voteTable")
        self.vote_table.setModel(self.votes)
        self._setup(self.vote_table)
        header = self.vote_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.vote_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_vote())

        self.buttons: dict[str, QPushButton] = {}
        left_buttons = QGridLayout()
        actions = (
            ("newPlan", self.tr("New plan…"), self.new_plan), ("editPlan", self.tr("Edit plan…"), self.edit_plan),
            ("loadPlan", self.tr("Plan from file…"), self.load_plan), ("savePlan", self.tr("Save plan as file…"), self.save_plan),
            ("enterBallots", self.tr("Enter ballots… (Ctrl+Enter)"), self.enter_ballots),
            ("importBallots", self.tr("Import ballots…"), self.import_ballots),
            ("printBallots", self.tr("Print ballots"), self.print_ballots),
            ("notice", self.tr("Result notice (公示)"), self.print_notice),
            ("holdoutList", self.tr("Walk list of holdouts"), self.print_holdouts),
            ("closeVote", self.tr("Close vote"), self.close_vote), ("reopenVote", self.tr("Reopen vote"), self.reopen_vote),
        )
        for n, (name, text, slot) in enumerate(actions):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            left_buttons.addWidget(button, n // 2, n % 2)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.vote_table, 1)
        left_layout.addLayout(left_buttons)

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
        self.item_table = QTableView(objectName="itemResults")
        self.item_table.setModel(self.items)
        self._setup(self.item_table)
        self.item_table.setItemDelegateForColumn(ItemResultModel.HEADCOUNT, TallyBarDelegate(self.item_table))
        self.item_table.setItemDelegateForColumn(ItemResultModel.AREA, TallyBarDelegate(self.item_table))
        self.item_table.setWordWrap(True)
        h = self.item_table.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        metrics = self.fontMetrics()
        bold = h.font()
        bold.setBold(True)  # headers are bold: their titles are wider than the same text in a cell

        def header_width(column: int) -> int:
            return QFontMetrics(bold).horizontalAdvance(str(self.items.headerData(column, Qt.Orientation.Horizontal))) + 24

        h.resizeSection(0, max(metrics.horizontalAdvance("A10") + 24, header_width(0)))
        h.resizeSection(2, max(metrics.horizontalAdvance(self.tr("Per stairwell")) + 24, header_width(2)))
        h.resizeSection(3, metrics.horizontalAdvance(self.tr("disagree 9999 · abstain 9999")) + 40)
        h.resizeSection(4, metrics.horizontalAdvance(self.tr("disagree 99,999 · abstain 99,999")) + 40)
        h.resizeSection(5, metrics.horizontalAdvance("999 of 999 passed") + 24)
        self.item_table.verticalHeader().setDefaultSectionSize(metrics.height() * 3 + 22)

        self.buildings = BuildingModel(self)
        self.building_table = QTableView(objectName="buildingTable")
        self.building_table.setModel(self.buildings)
        self._setup(self.building_table)
        self.building_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.holdouts = HoldoutModel(self)
        self.holdout_table = QTableView(objectName="holdoutTable")
        self.holdout_table.setModel(self.holdouts)
        self._setup(self.holdout_table)
        self.holdout_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.holdout_table.doubleClicked.connect(self._open_holdout)

        self.mismatches = MismatchModel(self)
        self.mismatch_table = QTableView(objectName="voteMismatches")
        self.mismatch_table.setModel(self.mismatches)
        self._setup(self.mismatch_table)
        self.mismatch_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(self.item_table, 1)
        items_layout.addWidget(legend)  # the bars it explains are in this table
        legend.setMinimumHeight(2 * metrics.lineSpacing() + 4)  # it wraps to two lines on a narrow pane
        self.tabs = QTabWidget(objectName="voteTabs")
        self.tabs.addTab(items_tab, self.tr("Items"))
        self.tabs.addTab(self.building_table, self.tr("Buildings"))
        self.tabs.addTab(self.holdout_table, self.tr("Still to visit"))
        self.tabs.addTab(self.mismatch_table, self.tr("Keyed differently"))

        self.empty = QLabel(self.tr("No vote yet. Press “New plan…” or load a plan file to start."), objectName="votesEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setWordWrap(True)

        # The title, rule and counts above the results scroll on their own, and the results keep
        # room for two items at any text size: at 150 % on a 1366×768 screen the rule's wording
        # had squeezed the table down to a sliver. The divider between them can be dragged.
        summary = QWidget()
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.heading, self.rule, self.counter, self.base_note):
            summary_layout.addWidget(label)
        summary_layout.addStretch(1)
        self.summary = QScrollArea(objectName="voteSummary")
        self.summary.setWidget(summary)
        self.summary.setWidgetResizable(True)
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        keep_rows_visible(self.item_table, 2)
        self.summary.setMinimumHeight(metrics.lineSpacing() * 5)
        self._summary_placed = False
        self.details = details = QSplitter(Qt.Orientation.Vertical, objectName="voteDetails")
        details.addWidget(self.summary)
        details.addWidget(self.tabs)
        details.setStretchFactor(0, 0)
        details.setStretchFactor(1, 1)
        details.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.empty)
        right_layout.addWidget(details, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.refresh()  # the main window refreshes a page only when it is shown again
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # the main keys and the keypad's Enter
            QShortcut(QKeySequence(keys), self, activated=self.enter_ballots)


    @staticmethod
    def _setup(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()

    # data ------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._summary_placed:  # once: afterwards the divider stays where the user puts it
            self._summary_placed = True
            QTimer.singleShot(0, self._place_summary)

    def _place_summary(self) -> None:
        """Give the title, rule and counts the room they need, up to half the height; the rest to the results."""
        total = sum(self.details.sizes())
        wanted = min(self.summary.widget().sizeHint().height() + 4, total // 2)
        self.details.setSizes([wanted, total - wanted])

    def refresh(self) -> None:
        current = self.current_vote()
        self.votes.set_rows(self.station.votes.list())
        row = 0
        for r in range(self.votes.rowCount()):
            if self.votes.row_at(r).id == current:
                row = r
        if self.votes.rowCount():
            self.vote_table.selectRow(row)
        self.show_vote()

    def current_vote(self) -> int | None:
        index = self.vote_table.currentIndex()
        row = self.votes.row_at(index.row()) if index.isValid() else None
        return row.id if row else None

    def show_vote(self) -> None:
        vote_id = self.current_vote()
        has_vote = vote_id is not None
        self.empty.setVisible(not has_vote)
        for w in (self.summary, self.tabs):
            w.setVisible(has_vote)
        for name, button in self.buttons.items():
            button.setEnabled(has_vote or name in ("newPlan", "loadPlan"))
        if not has_vote:
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
        dates = f"{plan.opens or ''} – {plan.closes or ''}"
        state = self.tr("closed, ballots locked") if closed else self.tr("open")
        self.heading.setText(f"{plan.title}  ({state}; {dates})")
        self.rule.setText(self.tr("Rule in force: {rule}").format(rule=result.rule.describe(self._lang())))
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
            for r in range(self.votes.rowCount()):
                if self.votes.row_at(r).id == vote_id:
                    self.vote_table.selectRow(r)
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
            for r in range(self.votes.rowCount()):
                if self.votes.row_at(r).id == vote_id:
                    self.vote_table.selectRow(r)
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
        try:
            preview = preview_ballot_import(self.station, vote_id, path)
            if confirm:
                answer = QMessageBox.question(self, self.tr("Import ballots"), self.tr(
                    "{file}: {total} ballots, {new} new and {amended} amending an earlier ballot. Import them?").format(
                    file=path.name, total=len(preview.rows), new=preview.new, amended=preview.amended))
                if answer != QMessageBox.StandardButton.Yes:
                    return False
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

    def reopen_vote(self) -> None:
        self._set_status("open")

    def _document(self, kind: str, title: str, build: object) -> None:
        from mutual_aid_desk.ui.dialogs.preview import document_name, show_document
        from mutual_aid_desk.ui.tasks import run_with_progress

        try:
            data = run_with_progress(self, title, lambda report, cancelled: build())  # type: ignore[operator]
        except DeskError as exc:
            show_error(self, exc)
            return
        if data:
            show_document(self, data, document_name(kind), title)

    def print_ballots(self) -> None:
        vote_id = self.current_vote()
        if vote_id is None:
            return
        from mutual_aid_desk.reports.ballots import ballots_pdf

        self._document("ballots", self.tr("Paper ballots"), lambda: ballots_pdf(self.station, vote_id))

    def print_notice(self) -> None:
        vote_id = self.current_vote()
        if vote_id is None:
            return
        from mutual_aid_desk.reports.vote_notice import vote_notice_pdf

        self._document("vote-notice", self.tr("Result notice (公示)"), lambda: vote_notice_pdf(self.station, vote_id))

    def print_holdouts(self) -> None:
        vote_id = self.current_vote()
        if vote_id is None:
            return
        from mutual_aid_desk.reports.vote_notice import holdouts_pdf

        self._document("holdouts", self.tr("Walk list of holdouts"), lambda: holdouts_pdf(self.station, vote_id))

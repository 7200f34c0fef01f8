"""Importing a file: a row-by-row preview of what it would do, then one click.

A roster lists what would be added, updated or left alone; a ballot file what would be added,
amended or left unchanged. If the file has problems, the dialog lists each one (row, column, value,
reason) and the Import button stays off: nothing is written until the whole file is right, and then
it is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.ballot_import import BallotImportPlan, BallotRow, apply_ballot_import, check_ballot_import
from mutual_aid_desk.core.roster import ImportPlan, PlannedRow, apply_import, preview_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import format_area
from mutual_aid_desk.core.vote_plan import answer_label
from mutual_aid_desk.core.votes import CHANNELS
from mutual_aid_desk.errors import DeskError, Problem, ValidationError
from mutual_aid_desk.ui.messages import error_text, field_label, problem_reason, show_error
from mutual_aid_desk.ui.tasks import run_with_progress
from mutual_aid_desk.ui.theme import fit_to_screen
from mutual_aid_desk.ui.widgets.columns import fit_columns

PREVIEW_ROWS = 500


def _tr(text: str) -> str:
    """The words every preview shares, translated once (in the roster preview's context)."""
    return QCoreApplication.translate("ImportPreviewDialog", text)


def _table(headers: list[str], rows: list[list[str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), objectName=name)
    table.setHorizontalHeaderLabels(headers)
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(value))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.resizeColumnsToContents()
    # The last column (the problem, the changes) wraps rather than running off the dialog's edge.
    table.setWordWrap(True)
    last = len(headers) - 1
    fit_columns(table, stretch=last, squeeze=(last,), wraps=(last,))
    table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class FilePreviewDialog(QDialog):
    """One file's preview: a summary, a tab per kind of row, and Import / Cancel.

    A kind of file says how it is checked (``check``), shown (``show_plan``, which says whether there
    is anything to import) and written (``write``); the dialog does the rest the same way for all.
    """

    #: objectNames of the dialog and its parts (tests and stylesheets find them by these).
    NAMES = {"dialog": "", "summary": "", "tabs": "", "buttons": "", "import": "", "cancel": ""}

    def __init__(self, station: Station, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.path = Path(path)
        self.plan: Any = None
        self.error: ValidationError | None = None
        self.setObjectName(self.NAMES["dialog"])
        self.summary = QLabel(objectName=self.NAMES["summary"])
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "title")
        self.tabs = QTabWidget(objectName=self.NAMES["tabs"])
        self.buttons = QDialogButtonBox(objectName=self.NAMES["buttons"])
        self.import_button = self.buttons.addButton(_tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName(self.NAMES["import"])
        cancel = self.buttons.addButton(_tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName(self.NAMES["cancel"])
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    #: The plan for the file and the rows it refuses; raises ValidationError for the file as a whole.
    check: Callable[[], tuple[Any, list[Problem]]]
    #: Fills the summary and the tabs from ``plan`` and ``error``; True when there is something to import.
    show_plan: Callable[[], bool]
    #: Writes the previewed plan (one transaction).
    write: Callable[[Any], None]

    # --- the same for every file ------------------------------------------------------------------

    def load(self) -> None:
        """Check the file; fill the preview, or the list of what is wrong with it."""
        try:
            self.plan, problems = self.check()
            self.error = ValidationError(problems) if problems else None
        except ValidationError as exc:  # the file as a whole: unreadable, or no column it needs
            self.plan, self.error = None, exc
        self._show()

    def add_problems_tab(self, problems: list[Problem], name: str, title: str) -> None:
        rows = [[str(p.row or ""), field_label(p.field), "" if p.value is None else str(p.value), problem_reason(p)]
                for p in problems]
        self.tabs.addTab(_table([_tr("Row"), _tr("Column"), _tr("Value"), _tr("Problem")], rows, name), title)

    def _show(self) -> None:
        self.tabs.clear()
        self.import_button.setEnabled(self.show_plan())

    def _on_import(self) -> None:
        if self.plan is None or self.error is not None:
            return
        try:
            self.write(self.plan)
        except ValidationError as exc:  # the file or the records changed since the preview
            self.error = exc
            self._show()
            return
        except DeskError as exc:
            show_error(self, exc)
            return
        self.accept()


class ImportPreviewDialog(FilePreviewDialog):
    """A roster: households to add, to update, and unchanged; ``result_plan`` is what was written."""

    NAMES = {"dialog": "importPreview", "summary": "importSummary", "tabs": "importTabs",
             "buttons": "importButtons", "import": "importButton", "cancel": "cancelButton"}

    def __init__(self, station: Station, path: Path, parent: QWidget | None = None):
        super().__init__(station, path, parent)
        self.refusal: DeskError | None = None  # refused as a whole (a volunteer's file with new tags)
        self.result_plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=self.path.name))
        fit_to_screen(self, 1000, 640)

    def check(self) -> tuple[ImportPlan | None, list[Problem]]:
        try:
            plan = run_with_progress(self, self.tr("Checking {file}…").format(file=self.path.name),
                                     lambda report, cancelled: preview_import(self.station, self.path))
        except ValidationError:
            raise
        except DeskError as exc:
            self.refusal = exc
            return None, []
        return plan, []

    def show_plan(self) -> bool:
        if self.refusal is not None:
            self.summary.setText(error_text(self.refusal))
            return False
        if self.error is not None:
            self.summary.setText(self.tr("{n} problem(s) in the file. Nothing will be imported until they are "
                                         "corrected.").format(n=len(self.error.problems)))
            self.add_problems_tab(self.error.problems, "problemsTable", self.tr("Problems"))
            return False
        if self.plan is None:
            self.summary.setText(self.tr("Cancelled."))
            return False
        p: ImportPlan = self.plan
        self.summary.setText(self.tr("{added} to add, {updated} to update, {unchanged} unchanged.")
                             .format(added=len(p.added), updated=len(p.updated), unchanged=len(p.unchanged))
                             + ("  " + self.tr("New tags: {tags}").format(tags="、".join(p.new_tags)) if p.new_tags else ""))
        headers = [self.tr("Row"), self.tr("Address"), self.tr("Head of household"), self.tr("Phone"), self.tr("Area (m²)")]

        def plain(rows: list[PlannedRow]) -> list[list[str]]:
            out = []
            for r in rows[:PREVIEW_ROWS]:
                v = r.clean.values
                out.append([str(r.row), str(r.clean.address), v.get("head", ""), v.get("phones", ""),
                            format_area(v.get("area_centi"))])
            return out

        changes = [[str(r.row), str(r.clean.address),
                    "；".join(f"{field_label({'phones': 'phone', 'area_centi': 'area'}.get(k, k))}: "
                             f"{_show_value(k, old)} → {_show_value(k, new)}" for k, (old, new) in r.changes.items())]
                   for r in p.updated[:PREVIEW_ROWS]]
        self.tabs.addTab(_table(headers, plain(p.added), "addedTable"), self.tr("To add ({n})").format(n=len(p.added)))
        self.tabs.addTab(_table([self.tr("Row"), self.tr("Address"), self.tr("Changes")], changes, "updatedTable"),
                         self.tr("To update ({n})").format(n=len(p.updated)))
        self.tabs.addTab(_table(headers, plain(p.unchanged), "unchangedTable"),
                         self.tr("Unchanged ({n})").format(n=len(p.unchanged)))
        return bool(p.added or p.updated)

    def write(self, plan: ImportPlan) -> None:
        self.result_plan = run_with_progress(self, self.tr("Importing…"),
                                             lambda report, cancelled: apply_import(self.station, plan))


class BallotImportDialog(FilePreviewDialog):
    """Keyed ballots for one vote: added, amended (the owner had a ballot) or unchanged, and refused rows."""

    NAMES = {"dialog": "ballotImportPreview", "summary": "ballotImportSummary", "tabs": "ballotImportTabs",
             "buttons": "ballotImportButtons", "import": "ballotImportButton", "cancel": "ballotImportCancel"}

    def __init__(self, station: Station, vote_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(station, path, parent)
        self.vote_id = vote_id
        self.imported: BallotImportPlan | None = None
        self.setWindowTitle(self.tr("Import ballots: {file}").format(file=self.path.name))
        fit_to_screen(self, 900, 600)

    def check(self) -> tuple[BallotImportPlan, list[Problem]]:
        plan = check_ballot_import(self.station, self.vote_id, self.path)
        return plan, plan.problems

    def _rows(self, rows: list[BallotRow]) -> list[list[str]]:
        plan = self.station.votes.plan(self.vote_id)
        out = []
        for r in rows[:PREVIEW_ROWS]:
            answers = "，".join(f"{i.key} {answer_label(i, r.answers[i.key])}" for i in plan.items
                               if r.answers.get(i.key))
            out.append([str(r.row), r.address, "、".join(r.also_for), answers,
                        CHANNELS.get(r.channel, r.channel), r.cast_on.isoformat() if r.cast_on else ""])
        return out

    def show_plan(self) -> bool:
        headers = [self.tr("Row"), self.tr("Address"), self.tr("Also for (same owner)"), self.tr("Answers"),
                   self.tr("Channel"), self.tr("Date")]
        p: BallotImportPlan | None = self.plan
        refused = self.error.problems if self.error else []
        if p is not None:
            groups = {o: [r for r in p.rows if r.outcome == o] for o in ("added", "amended", "unchanged")}
            self.summary.setText(self.tr("{added} added, {amended} amended, {unchanged} unchanged, {refused} rows refused.")
                                 .format(added=len(groups["added"]), amended=len(groups["amended"]),
                                         unchanged=len(groups["unchanged"]), refused=len(p.refused_rows))
                                 + (" " + self.tr("Nothing will be imported until every row is right.") if refused
                                    else ""))
        else:
            groups = {}
            self.summary.setText(self.tr("The file cannot be imported: nothing will be written."))
        if refused:
            self.add_problems_tab(refused, "ballotRefusedTable", self.tr("Refused ({n})").format(n=len(refused)))
        titles = {"added": self.tr("Added ({n})"), "amended": self.tr("Amended ({n})"),
                  "unchanged": self.tr("Unchanged ({n})")}
        for outcome, rows_ in groups.items():
            self.tabs.addTab(_table(headers, self._rows(rows_), f"ballot_{outcome}Table"),
                             titles[outcome].format(n=len(rows_)))
        return p is not None and not refused and any(r.outcome != "unchanged" for r in p.rows)

    def write(self, plan: BallotImportPlan) -> None:
        self.imported = apply_ballot_import(self.station, plan)


def _show_value(key: str, value: object) -> str:
    if key == "area_centi":
        return format_area(value) or "—"  # type: ignore[arg-type]  # area_centi is an int or None
    if isinstance(value, list):
        return "、".join(value) or "—"
    return "—" if value in (None, "") else str(value)

"""Importing a roster: a preview of what will be added, updated or left alone, then one click.

If the file has problems, the dialog lists each one (row, column, value, reason) and offers no
import button: nothing is written until the whole file is right.
"""

from __future__ import annotations

from pathlib import Path

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

from mutual_aid_desk.core.households import format_area
from mutual_aid_desk.core.roster import ImportPlan, PlannedRow, apply_import, preview_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.ui.messages import error_text, field_label, problem_reason, show_error
from mutual_aid_desk.ui.tasks import run_with_progress
from mutual_aid_desk.ui.theme import fit_to_screen
from mutual_aid_desk.ui.widgets.columns import fit_columns

PREVIEW_ROWS = 500


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


class ImportPreviewDialog(QDialog):
    """Shows the plan (or the problems) for one file; ``Import`` writes it in one transaction."""

    def __init__(self, station: Station, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.path = Path(path)
        self.plan: ImportPlan | None = None
        self.error: ValidationError | None = None
        self.refusal: DeskError | None = None  # refused as a whole (a volunteer's file with new tags)
        self.result_plan: ImportPlan | None = None
        self.setObjectName("importPreview")
        self.setWindowTitle(self.tr("Import roster: {file}").format(file=self.path.name))
        fit_to_screen(self, 1000, 640)

        self.summary = QLabel(objectName="importSummary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "title")
        self.tabs = QTabWidget(objectName="importTabs")
        self.buttons = QDialogButtonBox(objectName="importButtons")
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("importButton")
        close = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("cancelButton")
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        """Read and check the file (in the background); fill the preview or the problem list."""
        try:
            self.plan = run_with_progress(self, self.tr("Checking {file}…").format(file=self.path.name),
                                          lambda report, cancelled: preview_import(self.station, self.path))
        except ValidationError as exc:
            self.error = exc
        except DeskError as exc:
            self.refusal = exc
        self._show()

    def _show(self) -> None:
        self.tabs.clear()
        if self.refusal is not None:
            self.summary.setText(error_text(self.refusal))
            self.summary.setWordWrap(True)
            self.import_button.setEnabled(False)
            return
        if self.error is not None:
            self.summary.setText(self.tr("{n} problem(s) in the file. Nothing will be imported until they are "
                                         "corrected.").format(n=len(self.error.problems)))
            rows = [[str(p.row or ""), field_label(p.field), "" if p.value is None else str(p.value), problem_reason(p)]
                    for p in self.error.problems]
            self.tabs.addTab(_table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")], rows,
                                    "problemsTable"), self.tr("Problems"))
            self.import_button.setEnabled(False)
            return
        if self.plan is None:
            self.summary.setText(self.tr("Cancelled."))
            self.import_button.setEnabled(False)
            return
        p = self.plan
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
        self.import_button.setEnabled(bool(p.added or p.updated))

    def _on_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan
        try:
            self.result_plan = run_with_progress(self, self.tr("Importing…"),
                                                 lambda report, cancelled: apply_import(self.station, plan))
        except ValidationError as exc:  # the file changed since the preview
            self.error = exc
            self._show()
            return
        except DeskError as exc:
            show_error(self, exc)
            return
        self.accept()


def _show_value(key: str, value: object) -> str:
    if key == "area_centi":
        return format_area(value) or "—"  # type: ignore[arg-type]
    if isinstance(value, list):
        return "、".join(value) or "—"
    return "—" if value in (None, "") else str(value)

"""Importing keyed ballots: a row-by-row preview, as for the roster, then one click.

Each row is listed as added, amended (the owner had a ballot) or unchanged; refused rows are listed
with their row, column, value and the reason. While any row is refused the Import button stays
off: nothing is written until the whole file is right.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout, QWidget

from mutual_aid_desk.core.ballot_import import BallotImportPlan, BallotRow, apply_ballot_import, check_ballot_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.votes import CHANNELS, answer_label
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.ui.dialogs.import_preview import PREVIEW_ROWS, _table
from mutual_aid_desk.ui.messages import field_label, problem_reason, show_error


class BallotImportDialog(QDialog):
    """The preview of one ballot file for one vote; ``Import`` writes it in one transaction."""

    def __init__(self, station: Station, vote_id: int, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.vote_id = vote_id
        self.path = Path(path)
        self.plan: BallotImportPlan | None = None
        self.error: ValidationError | None = None
        self.imported: BallotImportPlan | None = None
        self.setObjectName("ballotImportPreview")
        self.setWindowTitle(self.tr("Import ballots: {file}").format(file=self.path.name))
        self.resize(900, 600)
        self.summary = QLabel(objectName="ballotImportSummary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "title")
        self.tabs = QTabWidget(objectName="ballotImportTabs")
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("ballotImportButton")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("ballotImportCancel")
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)

    def load(self) -> None:
        """Check the file row by row; show what each row would do, and every refusal."""
        try:
            self.plan = check_ballot_import(self.station, self.vote_id, self.path)
            self.error = ValidationError(self.plan.problems) if self.plan.problems else None
        except ValidationError as exc:  # the file as a whole: unreadable, or no item column
            self.plan, self.error = None, exc
        self._show()

    def _rows(self, rows: list[BallotRow]) -> list[list[str]]:
        plan = self.station.votes.plan(self.vote_id)
        out = []
        for r in rows[:PREVIEW_ROWS]:
            answers = "，".join(f"{i.key} {answer_label(i, r.answers[i.key])}" for i in plan.items
                               if r.answers.get(i.key))
            out.append([str(r.row), r.address, "、".join(r.also_for), answers,
                        CHANNELS.get(r.channel, r.channel), r.cast_on.isoformat() if r.cast_on else ""])
        return out

    def _show(self) -> None:
        self.tabs.clear()
        headers = [self.tr("Row"), self.tr("Address"), self.tr("Also for (same owner)"), self.tr("Answers"),
                   self.tr("Channel"), self.tr("Date")]
        p = self.plan
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
            rows = [[str(x.row or ""), field_label(x.field), "" if x.value is None else str(x.value), problem_reason(x)]
                    for x in refused]
            self.tabs.addTab(_table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")], rows,
                                    "ballotRefusedTable"), self.tr("Refused ({n})").format(n=len(refused)))
        titles = {"added": self.tr("Added (%1)"), "amended": self.tr("Amended (%1)"),
                  "unchanged": self.tr("Unchanged (%1)")}
        for outcome, rows_ in groups.items():
            self.tabs.addTab(_table(headers, self._rows(rows_), f"ballot_{outcome}Table"),
                             titles[outcome].replace("%1", str(len(rows_))))
        self.import_button.setEnabled(p is not None and not refused and any(
            r.outcome != "unchanged" for r in p.rows))

    def _on_import(self) -> None:
        if self.plan is None or self.error is not None:
            return
        try:
            self.imported = apply_ballot_import(self.station, self.plan)
        except ValidationError as exc:  # the file or the ballots changed since the preview
            self.error = exc
            self._show()
            return
        except DeskError as exc:
            show_error(self, exc)
            return
        self.accept()

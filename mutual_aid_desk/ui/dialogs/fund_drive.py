"""A new fundraising drive: what it pays for, cost and subsidies, who shares it and how.

"Preview" shows what the split would give (how many households, the shares, a surplus or an
uncovered amount) before anything is fixed; "Create and fix the split" records the drive and fixes
it in one go. Enter previews first when nothing was previewed yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.funds import DriveInput, Rounding, SplitPreview, SplitRule
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError, ValidationError
from mutual_aid_desk.ui.messages import error_text, field_label, problem_reason


class DriveDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("driveDialog")
        self.setWindowTitle(self.tr("New fundraising drive"))
        self._station = station
        self.drive_id: int | None = None

        self.title = QLineEdit(objectName="driveTitle")
        self.purpose = QLineEdit(objectName="drivePurpose")
        self.cost = QLineEdit(objectName="driveCost")
        self.cost.setPlaceholderText(self.tr("total cost in yuan, e.g. 67000"))
        self.subsidies = QPlainTextEdit(objectName="driveSubsidies")
        self.subsidies.setPlaceholderText(self.tr("one per line: source=amount, e.g. 街道补贴=60000"))
        self.subsidies.setTabChangesFocus(True)
        self.subsidies.setFixedHeight(self.fontMetrics().height() * 3 + 16)
        self.rule = QComboBox(objectName="driveRule")
        for rule, text in ((SplitRule.EQUAL, self.tr("Equal per household")), (SplitRule.AREA, self.tr("By floor area")),
                           (SplitRule.FIXED, self.tr("Fixed amount per household"))):
            self.rule.addItem(text, rule.value)
        self.amount = QLineEdit(objectName="driveAmount")
        self.amount.setPlaceholderText(self.tr("only for a fixed amount"))
        self.scope = QComboBox(objectName="driveScope")
        self.scope.addItem(self.tr("The whole station"), "whole")
        self.scope.addItem(self.tr("Chosen buildings"), "buildings")
        self.scope.addItem(self.tr("Chosen units (stairwells)"), "units")
        self.scope_list = QLineEdit(objectName="driveScopeList")
        self.scope_list.setPlaceholderText(self.tr("buildings 1,2 or units 5-1,5-2"))
        self.rounding = QComboBox(objectName="driveRounding")
        self.rounding.addItem(self.tr("Exact to the fen"), Rounding.FEN.value)
        self.rounding.addItem(self.tr("Whole yuan (surplus disclosed)"), Rounding.YUAN.value)
        self.summary = QLabel(objectName="drivePreview")
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Total cost (yuan)"), self.cost)
        form.addRow(self.tr("Subsidies"), self.subsidies)
        form.addRow(self.tr("Split"), self.rule)
        form.addRow(self.tr("Amount per household"), self.amount)
        form.addRow(self.tr("Who shares it"), self.scope)
        form.addRow(self.tr("Buildings or units"), self.scope_list)
        form.addRow(self.tr("Rounding"), self.rounding)

        self.preview_button = QPushButton(self.tr("Preview the split"), objectName="previewSplit")
        self.create_button = QPushButton(self.tr("Create and fix the split"), objectName="createDrive")
        self.create_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), objectName="cancelDrive")
        cancel.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)

        self.preview_button.clicked.connect(self.preview)
        self.create_button.clicked.connect(self.create_drive)
        cancel.clicked.connect(self.reject)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self._rule_changed()
        self._scope_changed()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

    def _rule_changed(self) -> None:
        self.amount.setEnabled(self.rule.currentData() == SplitRule.FIXED.value)

    def _scope_changed(self) -> None:
        self.scope_list.setEnabled(self.scope.currentData() != "whole")

    def data(self) -> DriveInput:
        scope, listed = self.scope.currentData(), self.scope_list.text()
        subsidies = [line.strip() for line in self.subsidies.toPlainText().splitlines() if line.strip()]
        return DriveInput(title=self.title.text(), purpose=self.purpose.text(), cost=self.cost.text(),
                          subsidies=subsidies, split=self.rule.currentData(),
                          amount=self.amount.text() if self.amount.isEnabled() else None,
                          buildings=listed if scope == "buildings" else None,
                          units=listed if scope == "units" else None, rounding=self.rounding.currentData())

    def _show_problems(self, exc: DeskError) -> None:
        if isinstance(exc, ValidationError):
            self.summary.setText("\n".join(f"{field_label(p.field)}: {problem_reason(p)}" for p in exc.problems))
        else:
            self.summary.setText(error_text(exc))

    def describe(self, preview: SplitPreview) -> str:
        dues = sorted({line.due_fen for line in preview.lines if line.due_fen})
        text = self.tr("{n} households share a gap of {gap} yuan; shares from {low} to {high} yuan add up to {total}.").format(
            n=len(preview.lines), gap=format_fen(preview.gap_fen, grouped=True),
            low=format_fen(dues[0]) if dues else "0.00", high=format_fen(dues[-1]) if dues else "0.00",
            total=format_fen(preview.due_total_fen, grouped=True))
        if preview.surplus_fen:
            text += " " + self.tr("Surplus to disclose: {s} yuan.").format(s=format_fen(preview.surplus_fen, grouped=True))
        if preview.uncovered_fen:
            text += " " + self.tr("Left uncovered: {u} yuan.").format(u=format_fen(preview.uncovered_fen, grouped=True))
        if preview.warnings:
            text += "\n" + "\n".join(preview.warnings)
        return text

    def preview(self) -> SplitPreview | None:
        """What the split would be, computed without writing anything."""
        try:
            preview = self._station.funds.preview_new(self.data())
        except DeskError as exc:
            self._show_problems(exc)
            return None
        self.summary.setText(self.describe(preview))
        return preview

    def create_drive(self) -> None:
        try:
            drive_id = self._station.funds.create(self.data())
        except DeskError as exc:
            self._show_problems(exc)
            return
        self.drive_id = drive_id
        try:
            self._station.funds.fix_split(drive_id)
        except DeskError as exc:  # the drive stays as a draft; the page can fix it later
            self._show_problems(exc)
            return
        self.accept()


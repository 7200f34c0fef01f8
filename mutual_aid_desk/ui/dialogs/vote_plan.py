"""Drawing up a vote's plan in the window: title, rule, dates, buildings, and the menu of items.

The dialog builds the same JSON a plan file holds and hands it to the core, so a plan made here
and one loaded from a file are checked by the same rules; the core's problems are shown as they
come, naming the field.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.vote_plan import PlanSpec, parse_plan
from mutual_aid_desk.errors import DeskError, Problem, ValidationError
from mutual_aid_desk.ui.delegates.choice import ChoiceDelegate
from mutual_aid_desk.ui.messages import error_text, problem_reason
from mutual_aid_desk.ui.models.votes import PlanItemsModel, kind_label, scope_label
from mutual_aid_desk.ui.theme import fit_to_screen


class PlanDialog(QDialog):
    """Create a plan, or edit one that has no ballots yet."""

    def __init__(self, station: Station, vote_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planDialog")
        self.station = station
        self.vote_id = vote_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit the plan") if vote_id else self.tr("New vote plan"))

        self.title_edit = QLineEdit(objectName="planTitle")
        self.description = QPlainTextEdit(objectName="planDescription")
        self.description.setFixedHeight(self.fontMetrics().height() * 3 + 12)
        self.matter = QComboBox(objectName="planMatter")
        self.matter.addItem(self.tr("Major matter: ≥ 2/3 take part, ≥ 3/4 of them agree (Art. 278 items 6-8)"), "major")
        self.matter.addItem(self.tr("Ordinary matter: ≥ 2/3 take part, more than half of them agree"), "ordinary")
        self.matter.addItem(self.tr("Custom bars"), "custom")
        self.buildings = QLineEdit(objectName="planBuildings")
        self.buildings.setPlaceholderText(self.tr("blank: every building; or e.g. 1, 2, 5"))
        self.opens = QDateEdit(objectName="planOpens")
        self.closes = QDateEdit(objectName="planCloses")
        for d in (self.opens, self.closes):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.opens.setDate(QDate.currentDate())
        self.closes.setDate(QDate.currentDate().addDays(14))
        self.double_entry = QCheckBox(self.tr("Double entry: two people key each paper ballot"), objectName="planDoubleEntry")

        self.custom = QGroupBox(self.tr("Custom bars (fractions such as 2/3 or 85%; blank: not checked)"))
        self.custom.setObjectName("planCustom")
        self.bars: dict[str, QLineEdit] = {}
        grid = QGridLayout(self.custom)
        grid.addWidget(QLabel(self.tr("By households")), 0, 1)
        grid.addWidget(QLabel(self.tr("By area")), 0, 2)
        grid.addWidget(QLabel(self.tr("More than (超过), not at least")), 0, 3)
        self.strict: dict[str, QCheckBox] = {}
        for row, (stage, label) in enumerate((("participation", self.tr("Taking part")),
                                              ("approval", self.tr("Agreeing, of those taking part"))), start=1):
            grid.addWidget(QLabel(label), row, 0)
            for col, measure in enumerate(("headcount", "area"), start=1):
                edit = QLineEdit("2/3" if stage == "participation" else "3/4", objectName=f"bar_{stage}_{measure}")
                self.bars[f"{stage}.{measure}"] = edit
                grid.addWidget(edit, row, col)
            box = QCheckBox(objectName=f"strict_{stage}")
            self.strict[stage] = box
            grid.addWidget(box, row, 3)

        self.items = PlanItemsModel(self)
        self.items_view = QTableView(objectName="planItems")
        self.items_view.setModel(self.items)
        self.items_view.setItemDelegateForColumn(3, ChoiceDelegate([(k, kind_label(k)) for k in PlanItemsModel.KINDS], self))
        self.items_view.setItemDelegateForColumn(4, ChoiceDelegate([(s, scope_label(s)) for s in PlanItemsModel.SCOPES], self))
        header = self.items_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("Add item"), objectName="planAddItem")
        remove = QPushButton(self.tr("Remove item"), objectName="planRemoveItem")
        for b in (add, remove):
            b.setAutoDefault(False)
        add.clicked.connect(self._add_item)
        remove.clicked.connect(self._remove_item)

        self.problems = QLabel(objectName="planProblems")
        self.problems.setProperty("role", "error")
        self.problems.setWordWrap(True)
        save = QPushButton(self.tr("Save plan"), objectName="planSave")
        save.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"), objectName="planCancel")
        cancel.setAutoDefault(False)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Matter class"), self.matter)
        form.addRow("", self.custom)
        dates = QHBoxLayout()
        dates.addWidget(self.opens)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.closes)
        dates.addStretch(1)
        form.addRow(self.tr("Voting dates"), dates)
        form.addRow(self.tr("Buildings"), self.buildings)
        form.addRow("", self.double_entry)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(QLabel(self.tr("Items (double-click a cell to edit; rows of one section stay together)")), 1)
        item_buttons.addWidget(add)
        item_buttons.addWidget(remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problems, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(item_buttons)
        layout.addWidget(self.items_view, 1)
        layout.addLayout(buttons)

        self.matter.currentIndexChanged.connect(self._on_matter)
        self._expected_version = 1
        if vote_id:
            self.load(station.votes.plan(vote_id))
        else:
            self.items.add_item()
        self._on_matter()
        fit_to_screen(self, self.fontMetrics().horizontalAdvance("M") * 80, self.fontMetrics().height() * 34)

    def _on_matter(self) -> None:
        self.custom.setVisible(self.matter.currentData() == "custom")

    def _add_item(self) -> None:
        row = self.items.add_item()
        self.items_view.setCurrentIndex(self.items.index(row, 2))
        self.items_view.edit(self.items.index(row, 2))

    def _remove_item(self) -> None:
        self.items.remove_item(self.items_view.currentIndex().row())

    def load(self, plan: PlanSpec) -> None:
        self._expected_version = plan.version
        self.title_edit.setText(plan.title)
        self.description.setPlainText(plan.description)
        self.matter.setCurrentIndex(max(0, self.matter.findData(plan.matter)))
        self.buildings.setText(", ".join(plan.buildings))
        if plan.opens:
            self.opens.setDate(QDate(plan.opens.year, plan.opens.month, plan.opens.day))
        if plan.closes:
            self.closes.setDate(QDate(plan.closes.year, plan.closes.month, plan.closes.day))
        self.double_entry.setChecked(plan.double_entry)
        rule = plan.rule.json()
        for stage in ("participation", "approval"):
            for measure in ("headcount", "area"):
                self.bars[f"{stage}.{measure}"].setText(rule[stage][measure] or "")
            self.strict[stage].setChecked(bool(rule[stage]["strict"]))
        self.items.set_items([(s.title, s.items) for s in plan.sections])

    def plan_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "title": self.title_edit.text(), "description": self.description.toPlainText(),
            "matter": self.matter.currentData(), "buildings": self.buildings.text(),
            "opens": self.opens.date().toString("yyyy-MM-dd"), "closes": self.closes.date().toString("yyyy-MM-dd"),
            "double_entry": self.double_entry.isChecked(), "sections": self.items.sections_json(),
        }
        if data["matter"] == "custom":
            data["thresholds"] = {stage: {"headcount": self.bars[f"{stage}.headcount"].text(),
                                          "area": self.bars[f"{stage}.area"].text(),
                                          "strict": self.strict[stage].isChecked()}
                                  for stage in ("participation", "approval")}
        return data

    def save(self) -> None:
        try:
            spec = parse_plan(self.plan_json())
            if self.vote_id:
                self.station.votes.update_plan(self.vote_id, spec, self._expected_version)
                self.saved_id = self.vote_id
            else:
                self.saved_id = self.station.votes.create(spec)
        except ValidationError as exc:
            self.problems.setText("\n".join(self.problem_text(p) for p in exc.problems))
            return
        except DeskError as exc:
            self.problems.setText(error_text(exc))
            return
        self.accept()

    def problem_text(self, problem: Problem) -> str:
        """A problem named as the form shows it: 'Item 2, Key: …' rather than 'sections[0].items[1].key'."""
        fields = {"title": self.tr("Title"), "matter": self.tr("Matter class"), "opens": self.tr("Voting dates"),
                  "closes": self.tr("Voting dates"), "buildings": self.tr("Buildings"), "sections": self.tr("Items"),
                  "key": self.tr("Key"), "kind": self.tr("Kind"), "scope": self.tr("Decided by"),
                  "options": self.tr("Options"), "max_picks": self.tr("Max picks")}
        reason = problem_reason(problem)
        match = re.fullmatch(r"sections\[(\d+)\]\.items\[(\d+)\]\.(\w+)", problem.field)
        if match:
            row = self._row_of(int(match.group(1)), int(match.group(2))) + 1
            name = self.tr("Item") if match.group(3) == "title" else fields.get(match.group(3), match.group(3))
            return self.tr("Item {row}, {field}: {reason}").format(row=row, field=name, reason=reason)
        if problem.field.startswith("thresholds"):
            return self.tr("Custom bars: {reason}").format(reason=reason)
        name = fields.get(problem.field.split("[")[0], problem.field)
        return f"{name}: {reason}"

    def _row_of(self, section: int, item: int) -> int:
        sections = self.items.sections_json()
        return sum(len(s["items"]) for s in sections[:section]) + item

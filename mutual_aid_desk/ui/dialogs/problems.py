"""Forms of the problem ledger page: a new problem, a step (hand over, follow up, resolve, cannot
resolve), a rota evening, and a patrol with its findings. Enter saves, Esc cancels; a refused
save names each problem under the form and keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.patrols import PATROL_CHECKS, FindingInput, PatrolInput
from mutual_aid_desk.core.problems import ACTION_LABELS, SOURCE_LABELS, ProblemInput, ProblemRow, Source
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DeskError
from mutual_aid_desk.ui.messages import error_text


def _date_edit(name: str, value: date | None = None) -> QDateEdit:
    edit: QDateEdit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    d = value or date.today()
    edit.setDate(QDate(d.year, d.month, d.day))
    return edit


def _py(edit: QDateEdit) -> date:
    q = edit.date()
    return date(q.year(), q.month(), q.day())


def handler_names(station: Station) -> list[str]:
    """Who a problem may go to: the volunteers, the partner organisations, the property company, the street."""
    names = [v.name for v in station.volunteers.list(active_only=True)]
    names += station.consultations.partners()
    return names + ["物业公司", "街道办事处"]


class _Form(QDialog):
    """A dialog with a form, an error line and OK/Cancel; subclasses fill ``form`` and write in ``save``."""

    def __init__(self, station: Station, title: str, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.station = station
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.error = QLabel(objectName="formError")
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    #: Writes the form through the core (each form defines it); a DeskError stays in the form.
    save: Callable[[], None]

    def _on_save(self) -> None:
        try:
            self.save()
        except DeskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class ProblemDialog(_Form):
    """A new problem; ``where`` may be prefilled (a stairwell, a household)."""

    def __init__(self, station: Station, parent: QWidget | None = None, *, where: str = "", source: str = "resident"):
        super().__init__(station, self.tr("New problem"), "problemDialog", parent)
        self.created: ProblemRow | None = None
        self.where = QLineEdit(where, objectName="problemWhere")
        self.where.setPlaceholderText(self.tr("5-2-301, 5-2, 5 or a place such as 小区东门"))
        self.where.setMinimumWidth(self.where.fontMetrics().horizontalAdvance(self.where.placeholderText()) + 24)
        self.category = QComboBox(objectName="problemCategory")
        self.category.addItems(station.problems.categories())
        self.text = QPlainTextEdit(objectName="problemText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().height() * 4)
        self.source = QComboBox(objectName="problemSource")
        for s in Source:
            self.source.addItem(SOURCE_LABELS[s], s.value)
        self.source.setCurrentIndex(max(0, self.source.findData(source)))
        self.raised_by = QLineEdit(objectName="problemRaisedBy")
        self.raised_by.setPlaceholderText(self.tr("default: who is recording"))
        self.handed_to = QComboBox(objectName="problemHandedTo")
        self.handed_to.setEditable(True)
        self.handed_to.addItem("")
        self.handed_to.addItems(handler_names(station))
        self.opened = _date_edit("problemOpened")
        self.form.addRow(self.tr("Where"), self.where)
        self.form.addRow(self.tr("Category"), self.category)
        self.form.addRow(self.tr("What is wrong"), self.text)
        self.form.addRow(self.tr("Raised through"), self.source)
        self.form.addRow(self.tr("Raised by"), self.raised_by)
        self.form.addRow(self.tr("Hand to"), self.handed_to)
        self.form.addRow(self.tr("Date"), self.opened)

    def save(self) -> None:
        self.created = self.station.problems.add(ProblemInput(
            where=self.where.text(), category=self.category.currentText(), text=self.text.toPlainText(),
            source=self.source.currentData(), raised_by=self.raised_by.text(),
            handed_to=self.handed_to.currentText(), opened_on=_py(self.opened)))


class StepDialog(_Form):
    """One step of an open problem: hand over, follow up, resolve or cannot resolve."""

    def __init__(self, station: Station, problem: ProblemRow, action: str, parent: QWidget | None = None):
        titles = {"hand_over": self.tr("Hand over problem #{id}"), "follow_up": self.tr("Follow up problem #{id}"),
                  "resolve": self.tr("Resolve problem #{id}"), "cannot": self.tr("Problem #{id} cannot be resolved")}
        super().__init__(station, titles[action].format(id=problem.id), "problemStepDialog", parent)
        self.problem, self.action = problem, action
        about = QLabel(f"{problem.where_label}　{problem.category}　{problem.text}", objectName="stepAbout")
        about.setWordWrap(True)
        self.form.addRow(about)
        self.to = QComboBox(objectName="stepHandedTo")
        self.to.setEditable(True)
        self.to.addItems(handler_names(station))
        self.to.setCurrentText(problem.handed_to)
        self.note = QLineEdit(objectName="stepNote")
        self.note.setMinimumWidth(self.note.fontMetrics().horizontalAdvance("物业已派人更换楼道灯泡并试亮") + 20)
        self.day = _date_edit("stepDate")
        if action == "hand_over":
            self.form.addRow(self.tr("Hand to"), self.to)
        labels = {"hand_over": self.tr("Note"), "follow_up": self.tr("What was done"),
                  "resolve": self.tr("How it was resolved"), "cannot": self.tr("Why it cannot be resolved")}
        self.form.addRow(labels[action], self.note)
        if action in ("resolve", "cannot"):
            self.form.addRow(self.tr("Date"), self.day)
        elif action == "follow_up":
            self.day.setDate(QDate.currentDate().addDays(7))
            self.form.addRow(self.tr("Look again on"), self.day)

    def save(self) -> None:
        p, v = self.problem, self.problem.version
        if self.action == "hand_over":
            self.station.problems.hand_over(p.id, self.to.currentText(), note=self.note.text(), expected_version=v)
        elif self.action == "follow_up":
            self.station.problems.follow_up(p.id, self.note.text(), next_date=_py(self.day), expected_version=v)
        elif self.action == "resolve":
            self.station.problems.resolve(p.id, self.note.text(), on=_py(self.day), expected_version=v)
        else:
            self.station.problems.cannot_resolve(p.id, self.note.text(), on=_py(self.day), expected_version=v)


def _volunteer_list(station: Station, name: str) -> QListWidget:
    box = QListWidget(objectName=name)
    for v in station.volunteers.list(active_only=True):
        item = QListWidgetItem(v.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        box.addItem(item)
    box.setFixedHeight(box.fontMetrics().height() * 5)
    return box


def checked_names(box: QListWidget) -> list[str]:
    return [box.item(i).text() for i in range(box.count()) if box.item(i).checkState() == Qt.CheckState.Checked]


class ShiftDialog(_Form):
    """An evening on the rota: a date, a route, the volunteers."""

    def __init__(self, station: Station, parent: QWidget | None = None, *, day: date | None = None):
        super().__init__(station, self.tr("Patrol rota: add an evening"), "shiftDialog", parent)
        self.day = _date_edit("shiftDate", day)
        self.route = QLineEdit(objectName="shiftRoute")
        self.route.setPlaceholderText(self.tr("e.g. 1-8号楼"))
        self.volunteers = _volunteer_list(station, "shiftVolunteers")
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Route or buildings"), self.route)
        self.form.addRow(self.tr("Volunteers"), self.volunteers)

    def save(self) -> None:
        self.station.patrols.add_shift(_py(self.day), self.route.text(), checked_names(self.volunteers))


class PatrolDialog(_Form):
    """A patrol walked: when, who, route, checks, findings; each filled finding line opens a problem."""

    FINDINGS = 3

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, self.tr("Record a night patrol"), "patrolDialog", parent)
        self.day = _date_edit("patrolDate")
        self.start = QLineEdit("19:30", objectName="patrolStart")
        self.end = QLineEdit("21:00", objectName="patrolEnd")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("—"))
        times.addWidget(self.end)
        self.route = QLineEdit(objectName="patrolRoute")
        self.route.setPlaceholderText(self.tr("e.g. 1-8号楼"))
        self.volunteers = _volunteer_list(station, "patrolVolunteers")
        self.checks = QLineEdit("、".join(PATROL_CHECKS), objectName="patrolChecks")
        self.findings = QLineEdit(objectName="patrolFindings")
        self.form.addRow(self.tr("Date"), self.day)
        self.form.addRow(self.tr("Time"), times)
        self.form.addRow(self.tr("Route or buildings"), self.route)
        self.form.addRow(self.tr("Volunteers"), self.volunteers)
        self.form.addRow(self.tr("Checks made"), self.checks)
        self.form.addRow(self.tr("Findings"), self.findings)
        self.finding_rows: list[tuple[QLineEdit, QComboBox, QLineEdit]] = []
        cats = station.problems.categories()
        for n in range(self.FINDINGS):
            where = QLineEdit(objectName=f"findingWhere{n}")
            where.setPlaceholderText(self.tr("where"))
            where.setMaximumWidth(where.fontMetrics().horizontalAdvance("小区东门停车场") + 20)
            category = QComboBox(objectName=f"findingCategory{n}")
            category.addItems(cats)
            text = QLineEdit(objectName=f"findingText{n}")
            text.setPlaceholderText(self.tr("what was found"))
            text.setMinimumWidth(text.fontMetrics().horizontalAdvance("电动车在楼道内充电") + 20)
            row = QHBoxLayout()
            row.addWidget(where)
            row.addWidget(category)
            row.addWidget(text, 1)
            self.form.addRow(self.tr("Problem {n}").format(n=n + 1), row)
            self.finding_rows.append((where, category, text))
        self.resize(self.sizeHint())

    def save(self) -> None:
        found = [FindingInput(w.text(), c.currentText(), t.text()) for w, c, t in self.finding_rows
                 if w.text().strip() or t.text().strip()]
        self.saved = self.station.patrols.add(PatrolInput(
            day=_py(self.day), start=self.start.text(), end=self.end.text(), route=self.route.text(),
            volunteers=checked_names(self.volunteers), checks=self.checks.text(), findings=self.findings.text(),
            problems=found))


class ProblemDetailDialog(QDialog):
    """One problem as the household timeline opens it: what, where, its history, and its next step."""

    def __init__(self, station: Station, problem_id: int, parent: QWidget | None = None):
        super().__init__(parent)

        self.station = station
        self.problem = station.problems.get(problem_id)
        p = self.problem
        self.setObjectName("problemDetailDialog")
        self.setWindowTitle(self.tr("Problem #{id}").format(id=p.id))
        about = QLabel(f"{p.where_label} · {p.category} · {p.status_label}\n{p.text}", objectName="problemAbout")
        about.setWordWrap(True)
        about.setProperty("role", "title")
        history = QPlainTextEdit(objectName="problemDetailHistory")
        history.setReadOnly(True)
        history.setPlainText("\n".join(f"{s.at:%Y-%m-%d %H:%M}  {s.by}  {ACTION_LABELS.get(s.action, s.action)}  {s.note}"
                                       for s in station.problems.history(p.id)))
        buttons = QHBoxLayout()
        self.step_buttons = {}
        for action, text in (("hand_over", self.tr("Hand over…")), ("follow_up", self.tr("Follow up…")),
                             ("resolve", self.tr("Resolved…")), ("cannot", self.tr("Cannot resolve…"))):
            b = QPushButton(text, objectName=f"detail_{action}")
            b.setEnabled(p.is_open)
            b.clicked.connect(lambda _c=False, a=action: self._step(a))
            buttons.addWidget(b)
            self.step_buttons[action] = b
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(history, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)

    def _step(self, action: str) -> None:
        if StepDialog(self.station, self.problem, action, self).exec():
            self.accept()

"""The Due view: every visit follow-up and open consultation due today or overdue, oldest first.

Filter by volunteer; Enter or a double-click opens the household; "Done" closes a follow-up (a
consultation is marked resolved).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.dialogs.consultation_form import ConsultationForm
from mutual_aid_desk.ui.messages import show_error
from mutual_aid_desk.ui.models.visits import DueTableModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.tables import read_only_table


class DuePage(Page):

    TITLE = QT_TRANSLATE_NOOP("DuePage", "Due")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("duePage")
        self.volunteer = QComboBox(objectName="dueVolunteer")
        self.count = QLabel(objectName="dueCount")
        self.count.setProperty("role", "title")
        self.open_button = QPushButton(self.tr("Open household (Enter)"), objectName="openHouseholdButton")
        self.done_button = QPushButton(self.tr("Mark done"), objectName="markDoneButton")

        self.model = DueTableModel(station, self)
        self.table = read_only_table(QTableView(objectName="dueTable"), self.model, resize=None)
        metrics = self.fontMetrics()
        for column, sample in enumerate(("2026-11-21", "100", "Visit follow-up", "12-3-1201", "欧阳晓明",
                                         "咨询回访", "王秀英、张建国")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)) + 28)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_columns(self.table, squeeze=(7, 6, 5))

        self.empty = QLabel(self.tr("Nothing is due today. Well done."), objectName="dueEmpty")
        self.empty.setProperty("role", "empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(objectName="dueStack")
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        # The count is the page's title, on a line of its own: beside the filter and the buttons it
        # pushed them off the right edge at 150 %.
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Volunteer")))
        top.addWidget(self.volunteer)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.volunteer.currentIndexChanged.connect(lambda _i: self.reload())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.table.installEventFilter(self)
        self.open_button.clicked.connect(self.open_current)
        self.done_button.clicked.connect(self.mark_done)
        self._fill_volunteers()
        self.reload()


    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Enter on a row opens its household (a shortcut would need an active window)."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _fill_volunteers(self) -> None:
        current = self.volunteer.currentData()
        self.volunteer.blockSignals(True)
        self.volunteer.clear()
        self.volunteer.addItem(self.tr("Everyone"), None)
        for v in self.station.volunteers.list():
            self.volunteer.addItem(v.name, v.name)
        self.volunteer.setCurrentIndex(max(0, self.volunteer.findData(current)))
        self.volunteer.blockSignals(False)

    def reload(self) -> None:
        self.model.load(volunteer=self.volunteer.currentData())
        n = self.model.rowCount()
        self.count.setText(self.tr("{n} follow-ups due today or overdue").format(n=n))
        self.stack.setCurrentWidget(self.table if n else self.empty)
        self.done_button.setEnabled(n > 0)
        self.open_button.setEnabled(n > 0)
        if n:
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        """Go to the row's household; a walk-in's consultation (no household) opens its form."""
        if not 0 <= row < len(self.model.items):
            return
        item = self.model.items[row]
        if item.household_id is not None:
            self.household_requested.emit(item.household_id)
        elif item.kind == "consultation":
            form = ConsultationForm(self.station, self.station.consultations.get(item.record_id), parent=self)
            if form.exec() and form.saved:
                self.reload()
                self.data_changed.emit()

    def open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.open_row(self.table.currentIndex().row())

    def mark_done(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        item = self.model.items[index.row()]
        try:
            if item.kind == "visit":
                self.station.visits.mark_follow_up_done(item.record_id)
            else:
                self.station.consultations.resolve(item.record_id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.data_changed.emit()

    def refresh(self) -> None:
        self._fill_volunteers()
        self.reload()

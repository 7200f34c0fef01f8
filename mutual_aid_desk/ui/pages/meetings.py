"""The meetings page: the list of meetings, attendance one key per household, and the documents.

Attendance is taken from the sign-in sheet after the meeting: the grid lists the invited households
in the sheet's order; 1 (or Space) marks a household present, 2 marks it signed by proxy, 0 (or
Delete) takes the mark back, and the cursor moves to the next row after each key. Every key press is
saved at once. Documents (notice, stairwell posters, sign-in sheet, every notice of a series, the
attendance poster) open in the print preview.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.meetings import MeetingRow, Mode
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, DeskError
from mutual_aid_desk.ui.dialogs.ballot_entry import BallotEntryDialog
from mutual_aid_desk.ui.dialogs.meetings_edit import MeetingDialog
from mutual_aid_desk.ui.dialogs.meetings_plan import SeriesPlanDialog
from mutual_aid_desk.ui.documents import open_document
from mutual_aid_desk.ui.messages import left_out_text, show_error
from mutual_aid_desk.ui.models.meetings import AttendanceModel, MeetingTableModel
from mutual_aid_desk.ui.pages.base import Page
from mutual_aid_desk.ui.theme import keep_rows_visible
from mutual_aid_desk.ui.widgets.columns import fit_columns
from mutual_aid_desk.ui.widgets.menus import menu_action
from mutual_aid_desk.ui.widgets.tables import read_only_table

if TYPE_CHECKING:  # imported when printing: ReportLab stays out of start-up
    from mutual_aid_desk.reports.document import Document

KEYS_PRESENT = (Qt.Key.Key_1, Qt.Key.Key_Space)
KEYS_PROXY = (Qt.Key.Key_2,)
KEYS_ABSENT = (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class AttendanceView(QTableView):
    """One key per row: 1/Space present, 2 proxy, 0/Delete absent; then the next row."""

    mark_requested = Signal(int, object)  # row, Mode | None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        row = self.currentIndex().row()
        if row >= 0 and (key in KEYS_PRESENT or key in KEYS_PROXY or key in KEYS_ABSENT):
            mode = Mode.PRESENT if key in KEYS_PRESENT else Mode.PROXY if key in KEYS_PROXY else None
            self.mark_requested.emit(row, mode)
            return
        super().keyPressEvent(event)

    def go_to(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        self.selectionModel().setCurrentIndex(
            model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(model.index(row, 0))


class MeetingsPage(Page):

    TITLE = QT_TRANSLATE_NOOP("MeetingsPage", "Meetings")
    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("meetingsPage")

        self.plan_button = QPushButton(self.tr("Plan a series…"), objectName="planSeriesButton")
        self.new_button = QPushButton(self.tr("New meeting…"), objectName="newMeetingButton")
        self.edit_button = QPushButton(self.tr("Change…"), objectName="editMeetingButton")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="deleteMeetingButton")

        self.model = MeetingTableModel(station, self)
        self.table = read_only_table(QTableView(objectName="meetingTable"), self.model, row_gap=None)
        self.empty = QLabel(self.tr("No meetings yet. Plan a series (two buildings an evening, say) or add one meeting."),
                            objectName="meetingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "empty")

        # Right side: the chosen meeting.
        self.heading = QLabel(objectName="meetingHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.facts = QLabel(objectName="meetingFacts")
        self.facts.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("Notice"), objectName="noticeButton")
        self.posters_button = QPushButton(self.tr("Stairwell posters"), objectName="postersButton")
        self.signin_button = QPushButton(self.tr("Sign-in sheet"), objectName="signinButton")
        self.series_button = QPushButton(self.tr("All notices of this series"), objectName="seriesNoticesButton")
        self.poster_button = QPushButton(self.tr("Attendance poster"), objectName="attendancePosterButton")
        self.ballots_button = QPushButton(self.tr("Enter ballots of those who came…"), objectName="enterBallotsButton")
        self.ballots_button.setToolTip(self.tr("For a meeting that serves a vote: key the ballots of the households "
                                               "that came, one after another, with channel \"evening meeting\""))
        # Tonight's papers and ballots on buttons beside the meeting's facts; the rest under 更多.
        docs = QGridLayout()
        for i, b in enumerate((self.signin_button, self.notice_button, self.ballots_button)):
            docs.addWidget(b, i // 2, i % 2, 1, 2 if b is self.ballots_button else 1)

        self.find_edit = QLineEdit(objectName="attendanceFind")
        self.find_edit.setPlaceholderText(self.tr("Go to room (Ctrl+F): type 301 or 1-2-301, then Enter"))
        self.keys_hint = QLabel(self.tr("Keys: 1 or Space = present · 2 = by proxy · 0 or Delete = not there"),
                                objectName="attendanceKeys")
        self.keys_hint.setWordWrap(True)
        self.proxy_button = QPushButton(self.tr("Proxy's name…"), objectName="proxyNameButton")
        self.attendance = AttendanceModel(station, self)
        self.grid = read_only_table(AttendanceView(objectName="attendanceGrid"), self.attendance, stripes=False,
                                    row_gap=14)
        self.stats = QLabel(objectName="attendanceStats")
        self.stats.setWordWrap(True)

        # The meeting is picked from a list on top (the table behind it stays the one place that
        # knows which meeting is chosen), so the attendance grid and its keys get the full width.
        self.picker = QComboBox(objectName="meetingPicker")
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(16)
        self.picker.currentIndexChanged.connect(self._on_pick)
        self.table.setParent(self)
        self.table.hide()
        self.heading.setParent(self)
        self.heading.hide()  # the picker names the meeting
        picker_label = QLabel(self.tr("Meeting"))
        picker_label.setBuddy(self.picker)
        self.more_menu = QMenu(self)
        for b in (self.new_button, self.edit_button, self.delete_button):
            menu_action(self.more_menu, b.text(), b.click, b.objectName() + "Action")
            b.setParent(self)
            b.hide()
        self.more_menu.addSeparator()
        for b in (self.posters_button, self.series_button, self.poster_button):
            menu_action(self.more_menu, b.text(), b.click, b.objectName() + "Action")
            b.setParent(self)
            b.hide()
        self.more_menu.aboutToShow.connect(self._sync_more)
        self.more_button = QToolButton(objectName="meetingMoreButton")
        self.more_button.setText(self.tr("More"))
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker, 1)
        top.addWidget(self.plan_button)
        top.addWidget(self.more_button)

        facts_row = QHBoxLayout()
        facts_row.addWidget(self.facts, 1)
        facts_row.addLayout(docs)
        find_row = QHBoxLayout()
        find_row.addWidget(self.find_edit, 1)
        find_row.addWidget(self.proxy_button)
        fit_columns(self.grid, stretch=2)
        keep_rows_visible(self.grid, 5)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addLayout(facts_row)
        layout.addLayout(find_row)
        layout.addWidget(self.keys_hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.stats)

        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_meeting(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_meeting())
        self.plan_button.clicked.connect(self.plan_series)
        self.new_button.clicked.connect(self.new_meeting)
        self.edit_button.clicked.connect(self.edit_meeting)
        self.delete_button.clicked.connect(self.delete_meeting)
        self.notice_button.clicked.connect(self.preview_notice)
        self.posters_button.clicked.connect(self.preview_posters)
        self.signin_button.clicked.connect(self.preview_signin)
        self.series_button.clicked.connect(self.preview_series)
        self.poster_button.clicked.connect(self.preview_attendance_poster)
        self.ballots_button.clicked.connect(self.enter_ballots)
        self.grid.mark_requested.connect(self.mark)
        self.proxy_button.clicked.connect(self.ask_proxy_name)
        self.find_edit.returnPressed.connect(self._on_find)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.focus_find)  # back to the room box
        self.attendance.stats_changed.connect(self._update_stats)
        self.refresh()


    # --- list ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_meeting()
        self.model.reload()
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self._fill_picker()
        row = self.model.row_of(current.id if current else None)
        if row < 0 and has:
            upcoming = [i for i in range(self.model.rowCount())
                        if (m := self.model.meeting_at(i)) is not None and m.date >= date.today()]
            row = upcoming[0] if upcoming else 0
        if row >= 0:
            self.table.selectRow(row)
            self._show_meeting(row)
        else:
            self._show_meeting(-1)

    def _fill_picker(self) -> None:
        """One line per meeting, as the table behind it has them: day, time, title, who is invited."""
        self.picker.blockSignals(True)
        self.picker.clear()
        model = self.model
        for r in range(model.rowCount()):
            day, time, title, _place, invited = (model.data(model.index(r, c)) for c in range(5))
            self.picker.addItem(f"{day} {time}  {title}（{invited}）")
        self.picker.blockSignals(False)

    def _on_pick(self, row: int) -> None:
        if row >= 0 and row != self.table.currentIndex().row():
            self.table.selectRow(row)

    def _sync_more(self) -> None:
        """The menu's entries follow their (hidden) buttons: enabled when a meeting allows them."""
        for action in self.more_menu.actions():
            button = self.findChild(QPushButton, action.objectName().removesuffix("Action"))
            if button is not None:
                action.setEnabled(button.isEnabled())

    def current_meeting(self) -> MeetingRow | None:
        index = self.table.currentIndex()
        return self.model.meeting_at(index.row()) if index.isValid() else None

    def select_meeting(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)
            self._show_meeting(row)

    def _show_meeting(self, row: int) -> None:
        m = self.model.meeting_at(row)
        if self.picker.currentIndex() != row:
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(row)
            self.picker.blockSignals(False)
        for w in (self.edit_button, self.delete_button, self.notice_button, self.posters_button, self.signin_button,
                  self.series_button, self.grid, self.find_edit, self.proxy_button, self.ballots_button):
            w.setEnabled(m is not None)
        if m is None:
            self.heading.setText(self.tr("Choose a meeting on the left"))
            self.facts.setText("")
            self.attendance.load(None)
            return
        self.heading.setText(m.title)
        agenda = "；".join(f"{i}. {a}" for i, a in enumerate(m.agenda, 1))
        lines = [f"{m.date.isoformat()} 周{WEEKDAYS_ZH[m.date.weekday()]} {m.time}  {m.place}",
                 self.tr("Invited: {invited}").format(invited=m.invited_label)]
        if agenda:
            lines.append(self.tr("Agenda: {agenda}").format(agenda=agenda))
        if m.vote_id:
            lines.append(self.tr("Serves vote no. {id}").format(id=m.vote_id))
        self.facts.setText("\n".join(lines))
        self.series_button.setEnabled(bool(m.series))
        self.ballots_button.setEnabled(bool(m.vote_id) and hasattr(self.station, "votes"))
        if self.attendance.meeting_id != m.id:
            self.attendance.load(m.id)
            if self.attendance.rowCount():
                self.grid.go_to(0)

    # --- attendance ------------------------------------------------------------------------------

    def mark(self, row: int, mode: Mode | None, proxy_name: str = "") -> bool:
        try:
            self.attendance.set_mode(row, mode, proxy_name)
        except DeskError as exc:
            show_error(self, exc)
            return False
        self.grid.go_to(row + 1 if row + 1 < self.attendance.rowCount() else row)
        return True

    def ask_proxy_name(self) -> None:
        row = self.grid.currentIndex().row()
        h = self.attendance.household_at(row)
        if h is None:
            return
        current = self.attendance.mark_of(row)
        name, ok = QInputDialog.getText(self, self.tr("Signed by proxy"),
                                        self.tr("Who signed for {address}?").format(address=h.address),
                                        text=current.proxy_name if current else "")
        if ok:
            self.mark(row, Mode.PROXY, name)

    def focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _on_find(self) -> None:
        row = self.attendance.find_row(self.find_edit.text())
        if row < 0:
            self.find_edit.selectAll()
            return
        self.grid.go_to(row)
        self.grid.setFocus()
        self.find_edit.clear()

    def _update_stats(self) -> None:
        m = self.current_meeting()
        if m is None or self.attendance.meeting_id is None:
            self.stats.setText("")
            return
        present, proxy, invited = self.attendance.counts()
        text = (self.tr("Came: {came} of {invited} households (present {present}, by proxy {proxy})")
                .format(came=present + proxy, invited=invited, present=present, proxy=proxy))
        per = self.station.meetings.stats(self.attendance.meeting_id).buildings
        if len(per) > 1:
            text += "\n" + "　".join(f"{b.building}号楼 {b.attended}/{b.invited}" for b in per)
        self.stats.setText(text)
        self.model.set_came(m.id, present + proxy, invited)

    def enter_ballots(self) -> QWidget | None:
        """Ballot entry for the vote this meeting serves, starting with the households that came.

        The attendees without a ballot are put in the address box one after another (channel
        "evening meeting", dated the meeting's evening); each Enter on the answers moves to the next.
        """
        m = self.current_meeting()
        if m is None or not m.vote_id:
            return None
        try:
            attended = self.station.meetings.attended_household_ids(m.id)
            pending = [i for i in attended if self.station.votes.ballot(m.vote_id, i) is None]
            dialog = BallotEntryDialog(self.station, m.vote_id, self)
        except DeskError as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.channel.setCurrentIndex(max(0, dialog.channel.findData("meeting")))
        dialog.cast_on.setDate(QDate(m.date.year, m.date.month, m.date.day))
        queue = [r.address for r in self.station.households.rows_by_ids(pending)]

        def next_household(*_args: object) -> None:
            if queue:
                dialog.address.setText(queue.pop(0))
                dialog.choose_household()

        # After the dialog has cleared its form for the next ballot, fill in the next attendee.
        dialog.saved.connect(lambda _result: QTimer.singleShot(0, next_household))
        next_household()
        dialog.open()
        return dialog

    # --- meetings --------------------------------------------------------------------------------

    def plan_series(self) -> None:
        dialog = SeriesPlanDialog(self.station, self)
        if dialog.exec() and dialog.created:
            self.refresh()
            self.select_meeting(dialog.created[0].id)
            self.data_changed.emit()

    def new_meeting(self) -> None:
        dialog = MeetingDialog(self.station, None, self)
        if dialog.exec() and dialog.saved:
            self.refresh()
            self.select_meeting(dialog.saved.id)
            self.data_changed.emit()

    def edit_meeting(self) -> None:
        m = self.current_meeting()
        if m is None:
            return
        dialog = MeetingDialog(self.station, m, self)
        if dialog.exec() and dialog.saved:
            self.attendance.meeting_id = None  # invited households may have changed
            self.refresh()
            self.data_changed.emit()

    def delete_meeting(self) -> None:
        m = self.current_meeting()
        if m is None:
            return
        came = self.attendance.counts()
        answer = QMessageBox.question(
            self, self.tr("Delete meeting"),
            self.tr("Delete the meeting \"{title}\" on {date} and its {marks} attendance marks?")
            .format(title=m.title, date=m.date.isoformat(), marks=came[0] + came[1]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.station.meetings.delete(m.id)
        except DeskError as exc:
            show_error(self, exc)
            return
        self.attendance.meeting_id = None
        self.refresh()
        self.data_changed.emit()

    # --- documents -------------------------------------------------------------------------------

    def _preview(self, document: Document, title: str) -> bool:
        return open_document(self, document, title, report_error=show_error) is not None

    def preview_notice(self) -> bool:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.meeting_notice import MEETING_TEMPLATE, MeetingNotice, meeting_values

        m = self.current_meeting()
        if m is None or not self._preview(MeetingNotice(self.station, m.id),
                                          self.tr("Meeting notice: {title}").format(title=m.title)):
            return False
        left_out = self.station.meetings.templates.render(MEETING_TEMPLATE, meeting_values(m)).left_out
        if left_out:  # printed all the same, as the command line and the 通知 page do: say what is missing
            QMessageBox.information(self, self.tr("Meeting notice: {title}").format(title=m.title), left_out_text(left_out))
        return True

    def preview_posters(self) -> bool:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.stairwell_posters import StairwellPosters

        m = self.current_meeting()
        return m is not None and self._preview(StairwellPosters(self.station, m.id),
                                               self.tr("Stairwell posters: {invited}").format(invited=m.invited_label))

    def preview_signin(self) -> bool:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.signin import SigninSheet

        m = self.current_meeting()
        return m is not None and self._preview(SigninSheet(self.station, m.id),
                                               self.tr("Sign-in sheet: {invited}").format(invited=m.invited_label))

    def preview_series(self) -> bool:
        """Every notice of the chosen meeting's series in one PDF, built in the background."""
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.meeting_notice import MeetingNoticeSeries

        m = self.current_meeting()
        if m is None:
            return False
        ids = [x.id for x in self.station.meetings.list() if x.series == m.series] if m.series else [m.id]
        return self._preview(MeetingNoticeSeries(self.station, ids),
                             self.tr("All {n} notices: {title}").format(n=len(ids), title=m.title))

    def preview_attendance_poster(self) -> bool:
        # ReportLab loads when a document is printed, not with the window
        from mutual_aid_desk.reports.poster import AttendancePoster, poster_data_from_counts

        counts = [(b.building, b.attended, b.invited) for b in self.station.meetings.building_summary()]
        if not counts:
            return False
        data = poster_data_from_counts("居民会议参会进度", counts, verb="已参会")
        return self._preview(AttendancePoster(data, station_name=self.station.settings.get().name),
                             self.tr("Meeting attendance"))

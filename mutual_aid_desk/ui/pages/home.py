"""The home page (今日, Ctrl+0): the four nightly tasks as big buttons, and what needs doing today.

Follow-ups due, tonight's meeting, each open vote's "still N households / X m² needed" and each
drive's progress come from ``core.today``; this page only shows them. Each button says the keys
that do the same from anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.today import Today, today
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP
from mutual_aid_desk.ui.pages.base import Page


class HomePage(Page):
    """Today at the station: the tasks of an evening and the figures that say what is left."""

    TITLE = QT_TRANSLATE_NOOP("HomePage", "Today")

    #: (object name, label, page class, page action, keys shown on the button)
    TASKS = (
        ("taskVisit", QT_TRANSLATE_NOOP("HomePage", "Record visits"), "VisitsPage", "", "Ctrl+2"),
        ("taskBallot", QT_TRANSLATE_NOOP("HomePage", "Enter ballots"), "VotesPage", "enter_ballots",
         QT_TRANSLATE_NOOP("HomePage", "Ctrl+5, then Ctrl+Enter")),
        ("taskPayment", QT_TRANSLATE_NOOP("HomePage", "Record payments"), "FundsPage", "record_payment",
         QT_TRANSLATE_NOOP("HomePage", "Ctrl+6, then Ctrl+Enter")),
        ("taskAttendance", QT_TRANSLATE_NOOP("HomePage", "Meeting sign-in"), "MeetingsPage", "", "Ctrl+7"),
    )

    def __init__(self, station: Station, parent: QWidget | None = None):
        super().__init__(station, parent)
        self.setObjectName("homePage")
        self.summary: Today | None = None

        self.heading = QLabel(objectName="homeHeading")
        self.heading.setProperty("role", "title")

        big = self.font()
        big.setBold(True)
        self.task_buttons: dict[str, QPushButton] = {}
        tasks = QHBoxLayout()
        for name, label, page, action, keys in self.TASKS:
            button = QPushButton(f"{QCoreApplication.translate('HomePage', label)}\n"
                                 f"{QCoreApplication.translate('HomePage', keys)}", objectName=name)
            button.setFont(big)
            button.setAutoDefault(True)  # Enter presses the button that has the focus
            button.setMinimumHeight(button.fontMetrics().height() * 3)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, p=page, a=action: self.page_requested.emit(p, a))
            self.task_buttons[name] = button
            tasks.addWidget(button)

        self.due_heading = self._section_heading("homeDueHeading")
        self.due_lines = self._lines("homeDue")
        self.due_button = QPushButton(self.tr("All follow-ups (Ctrl+3)"), objectName="homeAllDue")
        self.due_button.clicked.connect(lambda: self.page_requested.emit("DuePage", ""))
        self.meeting_heading = self._section_heading("homeMeetingHeading")
        self.meeting_lines = self._lines("homeMeetings")
        self.vote_heading = self._section_heading("homeVoteHeading")
        self.vote_heading.setText(self.tr("Open votes"))
        self.vote_lines = self._lines("homeVotes")
        self.drive_heading = self._section_heading("homeDriveHeading")
        self.drive_heading.setText(self.tr("Fundraising drives"))
        self.drive_box = QVBoxLayout()
        self.drive_box.setContentsMargins(0, 0, 0, 0)

        left = QVBoxLayout()
        left.addWidget(self.due_heading)
        left.addWidget(self.due_lines)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_button)
        due_row.addStretch(1)
        left.addLayout(due_row)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.meeting_heading)
        right.addWidget(self.meeting_lines)
        right.addWidget(self.vote_heading)
        right.addWidget(self.vote_lines)
        right.addWidget(self.drive_heading)
        right.addLayout(self.drive_box)
        right.addStretch(1)
        columns = QGridLayout()
        columns.setHorizontalSpacing(self.fontMetrics().horizontalAdvance("MM"))
        columns.addLayout(left, 0, 0)
        columns.addLayout(right, 0, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(tasks)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addLayout(columns, 1)
        self.refresh()

    def _section_heading(self, name: str) -> QLabel:
        label: QLabel = QLabel(objectName=name)
        font = label.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def _lines(self, name: str) -> QLabel:
        label: QLabel = QLabel(objectName=name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    def first_field(self) -> QWidget | None:
        return self.task_buttons["taskVisit"]

    # --- what is shown ------------------------------------------------------------------------------

    def refresh(self) -> None:
        s = self.summary = today(self.station)
        day = f"{s.on.year}年{s.on.month}月{s.on.day}日 星期{WEEKDAYS_ZH[s.on.weekday()]}"
        self.heading.setText(self.tr("Today: {date}").format(date=day))
        self._show_due(s)
        self._show_meetings(s)
        self._show_votes(s)
        self._show_drives(s)
        self.task_buttons["taskBallot"].setEnabled(bool(s.votes))
        self.task_buttons["taskPayment"].setEnabled(bool(s.drives))

    def _show_due(self, s: Today) -> None:
        self.due_heading.setText(self.tr("Follow-ups due: {n}").format(n=s.due_count))
        lines = []
        for item in s.due:
            days = item.days_overdue(s.on)
            when = self.tr("today") if days <= 0 else self.tr("{n} days late").format(n=days)
            lines.append(f"{item.address or '—'}  {item.who}  · {item.subject} · {when}")
        if s.due_count > len(s.due):
            lines.append(self.tr("… and {n} more").format(n=s.due_count - len(s.due)))
        self.due_lines.setText("\n".join(lines) if lines else self.tr("Nothing is due today."))
        self.due_button.setEnabled(bool(s.due_count))

    def _show_meetings(self, s: Today) -> None:
        is_today = bool(s.meetings) and s.meetings[0].today
        self.meeting_heading.setText(self.tr("Tonight's meeting") if is_today or not s.meetings
                                     else self.tr("Next meeting"))
        lines = []
        for m in s.meetings:
            row = m.meeting
            day = "" if m.today else f"{row.date.month}月{row.date.day}日 "
            lines.append(f"{day}{row.time} {row.place} · {row.title} · {row.invited_label}")
            lines.append("    " + self.tr("signed in {attended} of {invited} households")
                                  .format(attended=m.attended, invited=m.invited))
        self.meeting_lines.setText("\n".join(lines) if lines else self.tr("No meeting planned."))
        self.task_buttons["taskAttendance"].setEnabled(bool(s.meetings))

    def _show_votes(self, s: Today) -> None:
        lines = []
        for v in s.votes:
            lines.append(v.title)
            if v.met:
                need = self.tr("participation reached")
            else:
                wants = []
                if v.households_needed:
                    wants.append(self.tr("{n} households").format(n=v.households_needed))
                if v.area_needed_centi:
                    wants.append(f"{v.area_needed_m2} m²")
                need = self.tr("still {wanted} needed").format(wanted=" / ".join(wants))
            closes = self.tr(", closes {date}").format(date=v.closes.isoformat()) if v.closes else ""
            lines.append("    " + self.tr("{took_part} of {eligible} households took part: {need}")
                                  .format(took_part=v.participated, eligible=v.eligible, need=need) + closes)
        self.vote_lines.setText("\n".join(lines) if lines else self.tr("No vote is open."))

    def _show_drives(self, s: Today) -> None:
        while self.drive_box.count():
            item = self.drive_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not s.drives:
            self.drive_box.addWidget(QLabel(self.tr("No drive is collecting."), objectName="homeNoDrive"))
            return
        for d in s.drives:
            title = QLabel(d.title, objectName=f"homeDriveTitle{d.drive_id}")
            bar = QProgressBar(objectName=f"homeDrive{d.drive_id}")
            bar.setRange(0, max(d.due_fen, 1))
            bar.setValue(min(d.paid_fen, max(d.due_fen, 1)))
            bar.setFormat(self.tr("{paid} of {due} yuan").format(paid=format_fen(d.paid_fen, grouped=True),
                                                                 due=format_fen(d.due_fen, grouped=True)))
            bar.setMinimumHeight(self.fontMetrics().height() + 8)
            households = QLabel(self.tr("{paid} of {households} households paid").format(paid=d.paid_households,
                                                                                         households=d.households))
            self.drive_box.addWidget(title)
            self.drive_box.addWidget(bar)
            self.drive_box.addWidget(households)


"""Stairwell posters (楼道通知) of a meeting: one sheet per invited building or unit.

A poster goes up in one building's stairwell and names only that building ("本楼"), in even larger
type than the notice, so a resident reads it from the landing.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from mutual_aid_desk.core.meetings import MeetingRow, building_label, unit_label
from mutual_aid_desk.core.templates import RenderedNotice
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.meeting_notice import closing_lines, date_line, facts_table, render_meeting_text
from mutual_aid_desk.reports.styles import content_width, fitted_title, para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def poster_targets(meeting: MeetingRow) -> list[tuple[str, str]]:
    """(key, label) of each stairwell poster: one per invited building, or per invited unit."""
    return [(b, building_label(b)) for b in meeting.buildings] + [(u, unit_label(u)) for u in meeting.units]


def _poster_story(meeting: MeetingRow, label: str, text: RenderedNotice, station_name: str, on: date) -> list[Flowable]:
    width = content_width()
    story: list[Flowable] = [
        para(f"{label}居民请注意", "title", fontSize=44, leading=56, alignment=TA_CENTER),
        para("居民会议通知", "title", fontSize=34, leading=44, alignment=TA_CENTER),
        fitted_title(meeting.title, width, max_size=28),
        Spacer(1, 3 * mm),
        facts_table([("时间", f"{meeting.date.month}月{meeting.date.day}日（星期{WEEKDAYS_ZH[meeting.date.weekday()]}）"
                         f" {meeting.time}"),
                ("地点", meeting.place),
                ("参加", f"本楼（{label}）全体居民")], 28, 30 * mm, width),
        Spacer(1, 4 * mm),
    ]
    if meeting.agenda:
        story.append(para("议程：" + "；".join(f"{i}. {a}" for i, a in enumerate(meeting.agenda, 1)), "body",
                          fontSize=18, leading=26))
    rest = [b for b in text.body.split("\n\n") if b.strip()]
    rest = rest[next((n for n, b in enumerate(rest) if not b.rstrip().endswith(("：", ":"))), len(rest) - 1) + 1:]
    lines = [line for block in rest for line in block.split("\n")] + closing_lines(text, station_name, on)
    story += [para(line, "body", fontSize=16, leading=23) for line in lines if line.strip()]
    story += date_line(station_name, on)
    return [KeepTogether(story)]


class StairwellPosters(StationDocument):
    """One poster per invited building (or unit), each naming only its own building.

    ``only`` limits it to one building ("5") or unit ("5-2").
    """

    kind: ClassVar[str] = "stairwell-posters"

    def __init__(self, station: Station, meeting_id: int, *, only: str | None = None,
                 on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.meeting_id = meeting_id
        self.only = only

    def story(self) -> list[Flowable]:
        meeting = self.station.meetings.get(self.meeting_id)
        self.titled(f"楼道通知 {meeting.title}")
        targets = [(k, label) for k, label in poster_targets(meeting) if self.only is None or k == self.only]
        out: list[Flowable] = []
        for i, (_, label) in enumerate(targets):
            if i:
                out.append(PageBreak())
            text = render_meeting_text(self.station, meeting, label, self.on)
            out += _poster_story(meeting, label, text, self.station_name, self.on)
        return out

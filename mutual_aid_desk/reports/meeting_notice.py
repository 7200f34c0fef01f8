"""Meeting notice (会议通知): one meeting's sheet, or every meeting of a series in one file.

The notice is an A4 sheet for the notice board: a large title, the opening paragraph from the
station's "meeting" template, then time, place, who is invited and the agenda in large type, the
station's contact and a date line. (The stairwell posters share its blocks: see ``stairwell_posters``.)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from mutual_aid_desk.core.meetings import MeetingRow
from mutual_aid_desk.core.templates import RenderedNotice
from mutual_aid_desk.core.values import format_date_zh
from mutual_aid_desk.reports.document import StationDocument, merge_pdfs
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.progress import CancelCheck, Cancelled, Progress
from mutual_aid_desk.reports.styles import content_width, fitted_title, para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

MEETING_TEMPLATE = "meeting"


def meeting_values(meeting: MeetingRow, invited: str | None = None) -> dict[str, str]:
    """What the "meeting" template's placeholders are filled with for this meeting."""
    return {
        "title": meeting.title,
        "meeting_date": format_date_zh(meeting.date, weekday=True),
        "time": meeting.time,
        "place": meeting.place,
        "invited": invited if invited is not None else meeting.invited_label,
        "agenda": "；".join(f"{i}. {a}" for i, a in enumerate(meeting.agenda, start=1)),
    }


def _paragraphs(text: str, style: str, **kw: Any) -> list[Flowable]:
    """Blank-line separated paragraphs; a salutation ending in '：' is not indented."""
    out: list[Flowable] = []
    for block in [b.strip("\n") for b in text.split("\n\n") if b.strip()]:
        indent = 0 if block.rstrip().endswith(("：", ":")) else None
        extra = dict(kw)
        if indent is None:
            size = kw.get("fontSize", 16)
            extra["firstLineIndent"] = 2 * size
        out.append(para(block, style, **extra))
    return out


def facts_table(rows: Sequence[tuple[str, str]], size: float, label_width: float, width: float) -> Table:
    data = [[para(label, "body", fontSize=size, leading=size * 1.35),
             para(value, "body", fontSize=size, leading=size * 1.35)] for label, value in rows]
    table = Table(data, colWidths=[label_width, width - label_width])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), register_fonts(), size),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    ]))
    return table


def date_line(station_name: str, on: date) -> list[Flowable]:
    return [Spacer(1, 8 * mm), para(station_name, "body_right", fontSize=16, leading=22),
            para(format_date_zh(on), "body_right", fontSize=16, leading=22)]


def closing_lines(text: RenderedNotice, station_name: str, on: date) -> list[str]:
    """The closing's own lines; the station and the date are printed once, by ``date_line``."""
    foot = {station_name.strip(), format_date_zh(on)}
    return [line for line in text.closing.split("\n") if line.strip() and line.strip() not in foot]


def _notice_story(meeting: MeetingRow, text: RenderedNotice, station_name: str, on: date) -> list[Flowable]:
    width = content_width()
    agenda = "\n".join(f"{i}. {a}" for i, a in enumerate(meeting.agenda, start=1)) or "—"
    story: list[Flowable] = [
        para(text.title, "heading", alignment=TA_CENTER, fontSize=20, leading=26),
        fitted_title(meeting.title, width, max_size=34),
        Spacer(1, 2 * mm),
    ]
    # The salutation and the opening paragraph, then the facts, then the rest (proxy, phone).
    blocks = [b for b in text.body.split("\n\n") if b.strip()]
    opening = next((n for n, b in enumerate(blocks) if not b.rstrip().endswith(("：", ":"))), len(blocks) - 1) + 1
    story += _paragraphs("\n\n".join(blocks[:opening]), "body", fontSize=18, leading=27)
    story.append(Spacer(1, 3 * mm))
    story.append(facts_table([("时间", f"{format_date_zh(meeting.date, weekday=True)} {meeting.time}"), ("地点", meeting.place),
                         ("参加", f"{meeting.invited_label}全体居民"), ("议程", agenda)],
                        22, 24 * mm, width))
    story.append(Spacer(1, 5 * mm))
    for block in blocks[opening:]:
        story += [para(line, "body", fontSize=16, leading=24) for line in block.split("\n") if line.strip()]
    story += [para(line, "body", fontSize=16, leading=24) for line in closing_lines(text, station_name, on)]
    story += date_line(station_name, on)
    return story


def render_meeting_text(station: Station, meeting: MeetingRow, invited: str | None, on: date) -> RenderedNotice:
    return station.meetings.templates.render(MEETING_TEMPLATE, meeting_values(meeting, invited), on=on)


class MeetingNotice(StationDocument):
    """The A4 notice of one meeting.

    ``render`` raises ``ValidationError`` when the "meeting" template has an unknown placeholder (or the
    station's phone is missing), reported by name before anything is printed.
    """

    kind: ClassVar[str] = "meeting-notice"

    def __init__(self, station: Station, meeting_id: int, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.meeting_id = meeting_id

    def story(self) -> list[Flowable]:
        meeting = self.station.meetings.get(self.meeting_id)
        text = render_meeting_text(self.station, meeting, None, self.on)
        self.titled(f"会议通知 {meeting.title}")
        return _notice_story(meeting, text, self.station_name, self.on)


class MeetingNoticeSeries(StationDocument):
    """Every notice of a series, one sheet each (each numbered on its own), in one file."""

    kind: ClassVar[str] = "meeting-notices"

    def __init__(self, station: Station, meeting_ids: Sequence[int], *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.meeting_ids = meeting_ids

    def story(self) -> list[Flowable]:
        """The first notice's story: each sheet is laid out as a ``MeetingNotice`` of its own."""
        return MeetingNotice(self.station, self.meeting_ids[0], on=self.on).story() if self.meeting_ids else []

    def render(self, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> bytes:
        """The notices one after another; progress and Cancel are checked between notices."""
        parts: list[bytes] = []
        total = len(self.meeting_ids)
        for n, mid in enumerate(self.meeting_ids):
            if cancelled is not None and cancelled():
                raise Cancelled(self.kind)
            if progress is not None:
                progress(n, total, "")
            parts.append(MeetingNotice(self.station, mid, on=self.on).render())
        if progress is not None:
            progress(total, total, "")
        return merge_pdfs(parts)


__all__ = ["MEETING_TEMPLATE", "MeetingNotice", "MeetingNoticeSeries", "closing_lines", "date_line", "facts_table",
           "meeting_values", "render_meeting_text"]

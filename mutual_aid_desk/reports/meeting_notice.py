"""Meeting notice (会议通知) and per-building stairwell posters.

The notice is an A4 sheet for the notice board: a large title, the opening paragraph from the
station's "meeting" template, then time, place, who is invited and the agenda in large type, the
station's contact and a date line. The stairwell poster goes up in one building's stairwell and
names only that building ("本楼"), in even larger type, so a resident reads it from the landing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from mutual_aid_desk.core.meetings import MeetingRow, building_label, unit_label
from mutual_aid_desk.core.templates import RenderedNotice
from mutual_aid_desk.core.values import format_date_zh
from mutual_aid_desk.reports.document import DocumentInfo, build_pdf, content_width, fitted_title, merge_pdfs, para, register_fonts

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

MEETING_TEMPLATE = "meeting"
Progress = Callable[[int, int, str], None]


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


def _facts(rows: Sequence[tuple[str, str]], size: float, label_width: float, width: float) -> Table:
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


def _date_line(station_name: str, on: date) -> list[Flowable]:
    return [Spacer(1, 8 * mm), para(station_name, "body_right", fontSize=16, leading=22),
            para(format_date_zh(on), "body_right", fontSize=16, leading=22)]


def _closing_lines(text: RenderedNotice, station_name: str, on: date) -> list[str]:
    """The closing's own lines; the station and the date are printed once, by ``_date_line``."""
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
    story.append(_facts([("时间", f"{format_date_zh(meeting.date, weekday=True)} {meeting.time}"), ("地点", meeting.place),
                         ("参加", f"{meeting.invited_label}全体居民"), ("议程", agenda)],
                        22, 24 * mm, width))
    story.append(Spacer(1, 5 * mm))
    for block in blocks[opening:]:
        story += [para(line, "body", fontSize=16, leading=24) for line in block.split("\n") if line.strip()]
    story += [para(line, "body", fontSize=16, leading=24) for line in _closing_lines(text, station_name, on)]
    story += _date_line(station_name, on)
    return story


def _render(station: "Station", meeting: MeetingRow, invited: str | None, on: date) -> RenderedNotice:
    return station.meetings.templates.render(MEETING_TEMPLATE, meeting_values(meeting, invited), on=on)


def meeting_notice_pdf(station: "Station", meeting_id: int, *, on: date | None = None) -> bytes:
    """The A4 notice of one meeting.

    Raises:
        ValidationError: the "meeting" template has an unknown placeholder (or the station's phone is
            missing), reported by name before anything is printed.
    """
    on = on or date.today()
    meeting = station.meetings.get(meeting_id)
    text = _render(station, meeting, None, on)
    name = station.settings.get().name
    info = DocumentInfo(f"会议通知 {meeting.title}", name, printed=on, kind="meeting-notice")
    return build_pdf(lambda: _notice_story(meeting, text, name, on), info)


def series_notices_pdf(station: "Station", meeting_ids: Sequence[int], *, on: date | None = None,
                       progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> bytes | None:
    """All notices of a series, one sheet each, in one PDF; returns None if cancelled midway."""
    on = on or date.today()
    parts: list[bytes] = []
    for n, mid in enumerate(meeting_ids):
        if cancelled and cancelled():
            return None
        if progress:
            progress(n, len(meeting_ids), "")
        parts.append(meeting_notice_pdf(station, mid, on=on))
    if progress:
        progress(len(meeting_ids), len(meeting_ids), "")
    return merge_pdfs(parts)


# --- the stairwell poster ----------------------------------------------------------------------


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
        _facts([("时间", f"{meeting.date.month}月{meeting.date.day}日（星期{'一二三四五六日'[meeting.date.weekday()]}）"
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
    lines = [line for block in rest for line in block.split("\n")] + _closing_lines(text, station_name, on)
    story += [para(line, "body", fontSize=16, leading=23) for line in lines if line.strip()]
    story += _date_line(station_name, on)
    return [KeepTogether(story)]


def stairwell_posters_pdf(station: "Station", meeting_id: int, *, only: str | None = None,
                          on: date | None = None) -> bytes:
    """One poster per invited building (or unit), each naming only its own building.

    ``only`` limits it to one building ("5") or unit ("5-2").
    """
    on = on or date.today()
    meeting = station.meetings.get(meeting_id)
    name = station.settings.get().name
    targets = [(k, label) for k, label in poster_targets(meeting) if only is None or k == only]
    texts = [(label, _render(station, meeting, label, on)) for _, label in targets]

    def story() -> list[Flowable]:
        out: list[Flowable] = []
        for i, (label, text) in enumerate(texts):
            if i:
                out.append(PageBreak())
            out += _poster_story(meeting, label, text, name, on)
        return out

    info = DocumentInfo(f"楼道通知 {meeting.title}", name, printed=on, kind="stairwell-poster")
    return build_pdf(story, info)


__all__ = ["meeting_notice_pdf", "meeting_values", "poster_targets", "series_notices_pdf", "stairwell_posters_pdf"]

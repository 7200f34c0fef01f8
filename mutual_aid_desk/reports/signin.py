"""Sign-in sheet (签到表) of a meeting: one section per invited building, a row per household.

Each building starts on a new sheet so that every building's table can lie on its own desk at the
door. Rows are in the registry's address order; each has the address, the head of household, a
wide box for the signature and one for someone signing by proxy. The caption (building, meeting,
time, place) and the column header repeat at the top of every page; the footer numbers pages
"第 x 页 / 共 y 页". Rows are tall enough to sign in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import groupby
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from mutual_aid_desk.core.households import STATUS_LABELS, HouseholdRow, Status
from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.meetings import MeetingRow, building_label, format_date_zh
from mutual_aid_desk.reports.document import (
    FONT,
    DocumentInfo,
    build_pdf,
    content_width,
    fitted_title,
    para,
    register_fonts,
)

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

HEADER = ("序号", "房号", "户主", "本人签名", "委托代签（代签人签名）")
ROW_HEIGHT = 11 * mm
CELL_PT = 14
_PAD = 6  # left + right padding of a cell, points


def _widths(width: float) -> list[float]:
    fixed = [12 * mm, 26 * mm, 42 * mm]
    rest = width - sum(fixed)
    return fixed + [rest * 0.45, rest * 0.55]


def _cell(text: str, width: float, style: str = "cell") -> Any:
    """Plain text when it fits on one line (fast to lay out); a wrapping paragraph when it does not."""
    if pdfmetrics.stringWidth(text, FONT, CELL_PT) <= width - _PAD:
        return text
    # ReportLab lets closing punctuation hang past the line end; keep that room inside the cell.
    return para(text, style, rightIndent=CELL_PT)


def _head_text(h: HouseholdRow, masked: bool) -> str:
    name = mask_name(h.head) if masked else h.head
    if h.status in (Status.VACANT.value, Status.UNREACHABLE.value):
        return f"{name}（{STATUS_LABELS[Status(h.status)]}）" if name else STATUS_LABELS[Status(h.status)]
    return name


def building_table(caption: str, households: Sequence[HouseholdRow], width: float, *, masked: bool = False,
                   start: int = 1) -> Table:
    """The table of one building: caption row and column header repeat on every page."""
    widths = _widths(width)
    header = [para(h, "cell_header") for h in HEADER]
    data: list[list[Any]] = [[para(caption, "cell_header", fontSize=15, leading=20), "", "", "", ""], header]
    for n, h in enumerate(households, start=start):
        data.append([str(n), _cell(h.address, widths[1]), _cell(_head_text(h, masked), widths[2]), "", ""])
    data.append([para(f"本楼应到 {len(households)} 户，实到 ______ 户（其中委托代签 ______ 户）", "cell"), "", "", "", ""])
    heights = [None, None] + [ROW_HEIGHT] * len(households) + [ROW_HEIGHT]
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=2)
    last = len(data) - 1
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, CELL_PT, CELL_PT * 1.3),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, last), (-1, last)),
        ("GRID", (0, 1), (-1, -1), 0.7, colors.black),
        ("BOX", (0, 0), (-1, 0), 0.7, colors.black),
        ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 2), (0, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def signin_story(meeting: MeetingRow, households: Sequence[HouseholdRow], *, masked: bool = False) -> list[Flowable]:
    width = content_width()
    when = f"{format_date_zh(meeting.date)} {meeting.time}"
    story: list[Flowable] = [
        fitted_title(f"签到表 · {meeting.title}", width, max_size=26),
        para(f"时间：{when}　　地点：{meeting.place}", "body_center", fontSize=16, leading=22),
        Spacer(1, 3 * mm),
    ]
    groups = [(b, list(rows)) for b, rows in groupby(households, key=lambda h: h.building)]
    for i, (building, rows) in enumerate(groups):
        if i:
            story.append(PageBreak())
        caption = f"{building_label(building)}（{len(rows)} 户）　{meeting.date:%m月%d日} {meeting.time}　{meeting.place}"
        story.append(building_table(caption, rows, width, masked=masked))
    if not groups:
        story.append(para("没有受邀住户：请检查会议的楼栋。", "body"))
    return story


def signin_pdf(station: "Station", meeting_id: int, *, masked: bool = False, on: date | None = None) -> bytes:
    """The sign-in sheet of one meeting, grouped by building, households in address order."""
    register_fonts()
    meeting = station.meetings.get(meeting_id)
    households = station.meetings.invited_households(meeting_id)
    info = DocumentInfo(f"签到表 {meeting.title}", station.settings.get().name, printed=on or date.today(),
                        kind="signin")
    return build_pdf(lambda: signin_story(meeting, households, masked=masked), info)

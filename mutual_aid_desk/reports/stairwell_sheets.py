"""Stairwell supervision sheets (楼道监督表): one A4 page per stairwell and month, hung in the stairwell.

Each sheet has the stairwell's address in large type, the station's phone, a row per day and a
column per check with a box big enough to tick with a pen, and room for a remark and the checker's
name.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from mutual_aid_desk.core.problems import stairwell_label
from mutual_aid_desk.core.sheets import parse_month
from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import grid_table, para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

SHEET_MARGIN = 12 * mm
BOX = 6 * mm


class TickBox(Flowable):
    """An empty square to tick with a pen, centred in a cell ``height`` high (which sets the row's height)."""

    def __init__(self, height: float, size: float = BOX):
        super().__init__()
        self.size = min(size, height - 4)  # 2 pt clear of the cell's rules above and below
        self.height = height
        self._avail = self.size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(1)
        wide = self.size * 1.3  # a little wider than high: easier to tick
        self.canv.rect((self._avail - wide) / 2, (self.height - self.size) / 2, wide, self.size)


def month_title(month: str) -> str:
    """'2026-11' -> '2026年11月'."""
    y, m = parse_month(month)
    return f"{y}年{m}月"


class StairwellMonth(StationDocument):
    """A document of one ``month`` ("2026-11") for the stairwells of ``building``, or of all."""

    def __init__(self, station: Station, month: str, building: str | None = None, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.month = month
        self.building = building


class StairwellSheets(StairwellMonth):
    """One supervision sheet per stairwell (of ``building``, or all) for ``month``."""

    kind: ClassVar[str] = "stairwell-sheets"
    margin = SHEET_MARGIN

    def record_printed(self, file_name: str) -> None:
        self.station.problems.note_export("sheets", file_name, {"month": self.month})

    def story(self) -> list[Flowable]:
        y, m = parse_month(self.month)
        days = calendar.monthrange(y, m)[1]
        checks = self.station.sheets.checks()
        stairwells = self.station.sheets.stairwells(self.building)
        settings = self.station.settings.get()
        width = self.width
        date_w, signer_w = 28 * mm, 22 * mm
        check_w = min(20 * mm, (width - date_w - signer_w - 30 * mm) / len(checks))
        remark_w = width - date_w - signer_w - check_w * len(checks)
        # The page's frame, less the heading block, holds a header row and one row per day.
        frame_h = self.pagesize[1] - 2 * self.margin - self.footer_height - 12
        row_h = min(9 * mm, (frame_h - 38 * mm) / days)
        phone = settings.phone or "（请填写）"

        def one_sheet(b: str, u: str) -> list[Flowable]:
            head = Table([[para(stairwell_label(b, u), "title", fontSize=30, leading=36, alignment=0),
                           para(f"楼道监督表　{month_title(self.month)}\n{settings.name}　电话 {phone}", "body_right",
                                fontSize=14, leading=18)]],
                         colWidths=[width * 0.45, width * 0.55])
            head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
            legend = para("每天检查后在方框内打 √（正常）或 ×（有问题）；有问题请在备注写明，并打电话告诉互助站。",
                          "small")
            rows: list[list[Any]] = []
            for d in range(1, days + 1):
                wd = WEEKDAYS_ZH[date(y, m, d).weekday()]
                # Day rows pad 1 pt above and below: the box's cell is the rest of the row.
                rows.append([para(f"{d}日 周{wd}", "cell_small", leading=14), *(TickBox(row_h - 2) for _ in checks),
                             "", ""])
            table = grid_table(["日期", *checks, "备注", "检查人"], rows,
                               [date_w, *([check_w] * len(checks)), remark_w, signer_w],
                               font="cell_small", header_style="cell_small", zebra=True,
                               extra=[("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)])
            return [head, Spacer(1, 1.5 * mm), legend, Spacer(1, 1.5 * mm), table]

        self.title = f"楼道监督表 {month_title(self.month)}"
        self.station_name = settings.name
        out: list[Flowable] = []
        for i, (b, u) in enumerate(stairwells):
            if i:
                out.append(PageBreak())
            out += one_sheet(b, u)
        if not out:
            out.append(para("本站还没有住户，没有楼道可打印。"))
        return out

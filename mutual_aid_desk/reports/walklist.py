"""The walk list (走访清单): the sheet volunteers carry on an evening round.

A4 landscape, so that the notes column is wide enough to write in by hand. Households are ordered
building → unit → floor → room, one section per building, each page headed with the building, the
date, the volunteers and the purpose. Columns: address, head, phone, last visit, four tick boxes
(不在家 / 拒绝 / 已完成 / 空置) and notes. Rows have a fixed height, so the layout decides page by
page exactly which households are on which page, and every page's footer says how many rows it
holds besides "第 x 页 / 共 y 页".

Votes (``HoldoutsWalkList``) and fundraising (``ArrearsWalkList``) are walk lists of their own
households, under their own kinds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from mutual_aid_desk.core.addresses import sort_key
from mutual_aid_desk.core.visits import outcome_label, purpose_label
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.styles import para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

MARGIN = 12 * mm
ROW_HEIGHT = 13 * mm  # two lines of 14 pt, and room to tick and write
CELL_PT = 14
HEADER_PT = 14
TICKS = ("不在家", "拒绝", "已完成", "空置")
COLUMNS = ("地址", "户主", "电话", "上次走访", *TICKS, "备注")
_FRAME_PADDING = 12  # points: ReportLab's Frame pads 6 pt on each side


@dataclass(frozen=True)
class WalkRow:
    household_id: int
    address: str
    building: str
    head: str
    phones: str
    last_visit: str
    vacant: bool


def _column_widths(width: float) -> list[float]:
    fixed = [30 * mm, 27 * mm, 38 * mm, 26 * mm] + [20 * mm] * len(TICKS)
    return fixed + [width - sum(fixed)]


def _fit(text: str, width: float, size: float = CELL_PT, lines: int = 2) -> str:
    """Cut ``text`` so that it wraps into at most ``lines`` lines of ``width``; a cut ends in '…'."""
    font = register_fonts()
    budget = (width - 8) * lines * 0.95
    if pdfmetrics.stringWidth(text, font, size) <= budget:
        return text
    out = ""
    for ch in text:
        if pdfmetrics.stringWidth(out + ch + "…", font, size) > budget:
            break
        out += ch
    return out + "…"


def _phones(phones: str) -> str:
    return "\n".join(p for p in phones.split(",")[:2] if p)


def _last_visit(seen: tuple[Any, str], on: date) -> str:
    when = f"{seen[0]:%m-%d}" if seen[0].year == on.year else f"{seen[0]:%Y-%m}"
    return f"{when}\n{outcome_label(seen[1])}"


def walk_rows(station: Station, household_ids: Sequence[int], on: date | None = None) -> list[WalkRow]:
    """The households in walking order (building → unit → floor → room) with their last visit."""
    rows = station.households.rows_by_ids(list(dict.fromkeys(household_ids)))
    on = on or date.today()
    rows.sort(key=lambda r: (sort_key(r.building, r.unit, r.room), r.id))
    last = station.visits.last_visits([r.id for r in rows])
    out = []
    for r in rows:
        seen = last.get(r.id)
        out.append(WalkRow(r.id, r.address, r.building, r.head, r.phones,
                           _last_visit(seen, on) if seen else "未走访", r.status == "vacant"))
    return out


def _header(title: str, building: str, continued: bool, count: int, on: date, volunteers: Sequence[str],
            purpose: str, width: float) -> list[Flowable]:
    heading = f"{title} · {building} 号楼" + ("（续）" if continued else "")
    info = (f"日期：{on:%Y-%m-%d}　　志愿者：{'、'.join(volunteers) or '________'}　　"
            f"目的：{purpose}　　本楼 {count} 户")
    return [para(_fit(heading, width, 22, 1), "title", fontSize=22, leading=27, spaceAfter=1 * mm),
            para(info, "body", spaceAfter=2 * mm)]


def _one_line(text: str, width: float) -> bool:
    return pdfmetrics.stringWidth(text, register_fonts(), CELL_PT) <= width - 8


def _table(rows: Sequence[WalkRow], widths: list[float]) -> Table:
    """One page's rows. Cells that fit on their lines are plain strings (drawn directly, which is
    several times faster than a Paragraph); only a name too long for one line is wrapped."""
    cell = {"fontSize": CELL_PT, "leading": CELL_PT * 1.2}
    header = [para(h, "cell_header", fontSize=HEADER_PT, leading=HEADER_PT * 1.2, alignment=1) for h in COLUMNS]
    data: list[list[Any]] = [header]
    for r in rows:
        head = _fit(r.head, widths[1])
        data.append([
            r.address if _one_line(r.address, widths[0]) else para(_fit(r.address, widths[0]), "cell", **cell),
            head if _one_line(head, widths[1]) else para(head, "cell", **cell),
            _phones(r.phones),
            r.last_visit,
            *["" for _ in TICKS],  # the ruled cell is the box to tick
            "空置（登记）" if r.vacant else "",
        ])
    t = Table(data, colWidths=widths, rowHeights=[10 * mm] + [ROW_HEIGHT] * len(rows))
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 1), (-1, -1), register_fonts()),
        ("FONTSIZE", (0, 1), (-1, -1), CELL_PT),
        ("LEADING", (0, 1), (-1, -1), CELL_PT * 1.2),
        ("FONTSIZE", (-1, 1), (-1, -1), 12),
        ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *[("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")) for i in range(2, len(data), 2)],
    ]))
    return t


class WalkList(StationDocument):
    """The walk list of the given households (duplicates and unknown ids are dropped)."""

    kind: ClassVar[str] = "walklist"
    landscape = True
    margin = MARGIN

    def __init__(self, station: Station, household_ids: Sequence[int], *, title: str, purpose: str,
                 volunteers: Sequence[str] = (), on: date | None = None, selection: str = "") -> None:
        """
        Args:
            household_ids: any order; the list is printed in walking order.
            title: e.g. "走访清单" or "未投票住户走访清单".
            purpose: a visit purpose key ("vote") or any text ("动员投票").
            volunteers: names printed in each page header (blank line to fill in when empty).
            on: the date of the round (today by default); the footer prints today's date.
            selection: how the households were chosen, for the audit trail ("1号楼, 未走访").
        """
        super().__init__(station, on=on)
        self.printed = date.today()
        self.household_ids = household_ids
        self.title = title
        self.purpose = purpose
        self.volunteers = volunteers
        self.selection = selection
        self.households = 0
        self._notes: dict[int, str] = {}

    def walk_ids(self) -> Sequence[int]:
        """The households to list (subclasses choose their own)."""
        return self.household_ids

    def page_note(self, page: int) -> str:
        return self._notes.get(page, "本页 0 户")

    def record_printed(self, file_name: str) -> None:
        self.station.visits.note_walk_list(self.households, self.selection, file_name)

    def story(self) -> list[Flowable]:
        ids = self.walk_ids()  # first: a subclass names the list as it chooses the households
        on, title, volunteers = self.on, self.title, self.volunteers
        self.station_name = self.station.settings.get().name
        purpose_text = purpose_label(self.purpose) if self.purpose else "________"
        rows = walk_rows(self.station, ids, on)
        self.households = len(rows)
        width = self.width
        frame_height = self.pagesize[1] - 2 * MARGIN - self.footer_height - _FRAME_PADDING
        widths = _column_widths(width)

        # One probe header tells how many fixed-height rows fit under it on a page.
        probe = _header(title, "0", True, 0, on, volunteers, purpose_text, width)
        head_height = sum(f.wrap(width, frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in probe)
        per_page = max(1, int((frame_height - head_height - 10 * mm - 2) // ROW_HEIGHT))

        pages: list[tuple[str, bool, int, list[WalkRow]]] = []  # building, continued, its households, rows
        by_building: dict[str, list[WalkRow]] = {}
        for r in rows:
            by_building.setdefault(r.building, []).append(r)
        for building, items in by_building.items():
            for start in range(0, len(items), per_page):
                pages.append((building, start > 0, len(items), items[start:start + per_page]))

        # The footer's centre: this page's row count, and where the page sits in the whole list.
        done = 0
        self._notes = {}
        for number, (_, _, _, chunk) in enumerate(pages, start=1):
            self._notes[number] = f"本页 {len(chunk)} 户（第 {done + 1}–{done + len(chunk)} 户，共 {len(rows)} 户）"
            done += len(chunk)

        flow: list[Flowable] = []
        if not pages:
            flow.append(para(title, "title"))
            flow.append(para(f"日期：{on:%Y-%m-%d}　　目的：{purpose_text}", "body"))
            flow.append(Spacer(1, 10 * mm))
            flow.append(para("没有符合条件的住户。", "body"))
            return flow
        for i, (building, continued, total, chunk) in enumerate(pages):
            if i:
                flow.append(PageBreak())
            flow.extend(_header(title, building, continued, total, on, volunteers, purpose_text, width))
            flow.append(_table(chunk, widths))
        return flow

"""Pre-filled paper ballots (表决票): one page per owner, in walking order.

Each ballot carries the address, the head of household (or the registered owner), a serial number
(vote and sequence, so a returned ballot can be traced and keyed), every item with tick boxes, and
a signature line. An owner of several flats in the vote gets one ballot that lists all of them
(one owner, one ballot; 法释〔2009〕7号 Art. 9).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.tally import MATTER_SHORT
from mutual_aid_desk.core.vote_plan import ItemSpec, PlanSpec
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.fonts import register_fonts
from mutual_aid_desk.reports.styles import MIN_TITLE_PT, CJKParagraph, content_width, fitted_title, styles

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

SCOPE_HINT = {"compound": "", "building": "（本楼栋决定）", "unit": "（本单元决定）", "household": "（户内项目，本户自定）"}
_SCOPE_WORDS = {"building": "楼栋", "unit": "单元", "household": "户内"}


def _with_scope(title: str, scope: str) -> str:
    """The title and whose answers decide it, unless the title says so already ("（按单元决定）")."""
    word = _SCOPE_WORDS.get(scope)
    return title if word and f"按{word}" in title or (word == "户内" and "户内项目" in title) else title + SCOPE_HINT[scope]


def serial_number(vote_id: int, sequence: int) -> str:
    """'V3-0042': the vote and the ballot's place in walking order."""
    return f"V{vote_id}-{sequence:04d}"


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    # Styles are looked up once per document: building them per paragraph would dominate the time
    # of an 800-ballot print run.
    return CJKParagraph(escape(text), style)


class TickBox(Flowable):
    """An empty square to tick, drawn as a ruled box (the font's □ prints too small to tick)."""

    def __init__(self, size: float = 5.5 * mm):
        super().__init__()
        self.size = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(1)
        self.canv.rect(0, 0, self.size, self.size)


def _choices(item: ItemSpec, st: Mapping[str, ParagraphStyle], width: float) -> Table:
    """A box before each answer: yes/no on one line, each option of a choice on its own line."""
    box = 8 * mm
    style = TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    labels = item.labels()
    if item.kind == "yesno":
        cells: list[object] = []
        for label in labels:
            cells += [TickBox(), _p(label, st["cell"])]
        label_width = (width - box * len(labels)) / len(labels)
        table = Table([cells], colWidths=[box, label_width] * len(labels))
    else:
        rows: list[list[object]] = [[TickBox(), _p(label, st["cell"])] for label in labels]
        hint = "（单选）" if item.kind == "choice" else f"（最多选 {item.max_picks} 项）"
        rows.append(["", _p(hint, st["cell_small"])])
        table = Table(rows, colWidths=[box, width - box])
    table.setStyle(style)
    return table


def _items_table(plan: PlanSpec, width: float, st: Mapping[str, ParagraphStyle]) -> Table:
    """All sections in one ruled table: a shaded row per section, then its items."""
    data: list[list[object]] = [[_p("编号", st["cell_header"]), _p("事项", st["cell_header"]), _p("您的意见", st["cell_header"])]]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for section in plan.sections:
        row = len(data)
        data.append([_p(section.title, st["cell_header"]), "", ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#EEEEEE"))]
        for item in section.items:
            data.append([_p(item.key, st["cell"]), _p(_with_scope(item.title, item.scope), st["cell"]),
                         _choices(item, st, width * 0.48 - 12)])
    table = Table(data, colWidths=[width * 0.09, width * 0.43, width * 0.48], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


@dataclass
class _SharedForm:
    """What the ballots' copies of one items table share: its laid-out size, and the canvas it was drawn into."""

    size: tuple[float, float] | None = None
    canvas: object = None


class SharedTable(Flowable):
    """The items table, identical on every ballot, laid out once and drawn as one PDF form.

    The first ballot draws the table into a form XObject; every later ballot places that form by
    reference. 800 ballots then cost one table layout instead of 800 (and a smaller file).
    """

    def __init__(self, table: Table, shared: _SharedForm):
        super().__init__()
        self._table = table
        self._shared = shared

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._shared.size is None:
            self._shared.size = self._table.wrap(available_width, available_height)
        return self._shared.size

    def draw(self) -> None:
        name = f"ballot_items_{id(self._shared)}"
        if self._shared.canvas is not self.canv:
            self.canv.beginForm(name)
            self._table.drawOn(self.canv, 0, 0)
            self.canv.endForm()
            self._shared.canvas = self.canv
        self.canv.doForm(name)


def ballot_story(plan: PlanSpec, households: Sequence[tuple[int, HouseholdRow]], station_name: str,
                 others: dict[int, list[str]] | None = None) -> list[Flowable]:
    """``others``: for an owner's first flat, the addresses of their other flats in the vote."""
    others = others or {}
    width = content_width()
    st = styles()
    story: list[Flowable] = []
    # When the title and "表决票" do not fit on one line, break before 表决票 rather than leave it
    # (or a single character of it) dangling on a line of its own.
    title = f"{plan.title} 表决票"
    if pdfmetrics.stringWidth(title, register_fonts(), MIN_TITLE_PT) > width - 12.5:
        title = f"{plan.title}\n表决票"
    items = _items_table(plan, width, st)
    shared = _SharedForm()
    # A menu too long for one page is laid out per ballot, so the table can break across pages.
    fits = items.wrap(width, 180 * mm)[1] <= 180 * mm
    for n, (sequence, h) in enumerate(households):
        if n:
            story.append(PageBreak())
        serial = serial_number(plan.id or 0, sequence)
        story.append(fitted_title(title, width))
        person = f"产权人：{h.owner}" if h.owner else f"户主：{h.head or '________'}"
        info = Table([[_p(f"编号：{serial}", st["body"]), _p(f"地址：{h.address}", st["body"]),
                       _p(person, st["body"])]],
                     colWidths=[width * 0.3, width * 0.3, width * 0.4])
        info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTSIZE", (0, 0), (-1, -1), 16)]))
        story.append(info)
        if others.get(h.id):
            story.append(_p(f"本票同时代表同一业主的：{'、'.join(others[h.id])}（同一业主多套房屋，按一人一票计）",
                            st["body"]))
        dates = f"{plan.opens or ''} 至 {plan.closes or ''}" if plan.opens or plan.closes else ""
        story.append(_p(f"事项类别：{MATTER_SHORT['zh'][plan.matter]}。{('征询时间：' + dates + '。') if dates else ''}"
                          "每户一票，请在所选意见前的方框内打 √；未选视为弃权。", st["small"]))
        story.append(Spacer(1, 1 * mm))
        story.append(SharedTable(items, shared) if fits else _items_table(plan, width, st))
        story.append(Spacer(1, 6 * mm))
        story.append(_p("业主（或受托人）签字：____________________　　日期：________________", st["body"]))
        story.append(_p(f"{station_name}　选票编号 {serial}", st["small"]))
    return story


class PaperBallots(StationDocument):
    """One pre-filled ballot per eligible owner (or for the given households), in walking order."""

    kind: ClassVar[str] = "ballots"

    def __init__(self, station: Station, vote_id: int, household_ids: Sequence[int] | None = None, *,
                 on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.vote_id = vote_id
        self.household_ids = household_ids

    def story(self) -> list[Flowable]:
        station = self.station
        plan = station.votes.plan(self.vote_id)
        # The serial number is the household's place among all eligible households, so a reprint of
        # one ballot carries the same number as the first printing.
        numbered: list[tuple[int, int]] = list(enumerate(station.votes.eligible_ids(self.vote_id), start=1))
        # One ballot per owner: an owner's later flats are listed on the first one's ballot.
        owners = station.votes.owners_of(self.vote_id, [i for _, i in numbered])
        if self.household_ids is not None:
            wanted = set(self.household_ids)
            owners = {first: group for first, group in owners.items() if wanted.intersection(group)}
        numbered = [(n, i) for n, i in numbered if i in owners]
        by_id = {r.id: r for r in station.households.rows_by_ids([i for group in owners.values() for i in group])}
        rows = [(n, by_id[i]) for n, i in numbered]
        others = {first: [by_id[i].address for i in group[1:]] for first, group in owners.items() if len(group) > 1}
        self.titled(f"{plan.title} 表决票")
        return ballot_story(plan, rows, self.station_name, others)

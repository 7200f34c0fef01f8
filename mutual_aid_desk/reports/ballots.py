"""Pre-filled paper ballots (表决票): one page per household, in walking order.

Each ballot carries the address, the head of household, a serial number (vote and sequence, so a
returned ballot can be traced and keyed), every item with tick boxes, and a signature line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from mutual_aid_desk.core.households import HouseholdRow
from mutual_aid_desk.core.tally import MATTER_SHORT
from mutual_aid_desk.core.votes import ItemSpec, PlanSpec
from mutual_aid_desk.reports.document import (
    DocumentInfo,
    build_pdf,
    content_width,
    fitted_title,
    para,
    styles,
)

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

# document.CHECKBOX is U+2610, which the bundled WenQuanYi font lacks (it prints blank); U+25A1 is in it.
BOX = "□"
SCOPE_HINT = {"compound": "", "building": "（本楼栋决定）", "unit": "（本单元决定）", "household": "（户内项目，本户自定）"}


def serial_number(vote_id: int, sequence: int) -> str:
    """'V3-0042': the vote and the ballot's place in walking order."""
    return f"V{vote_id}-{sequence:04d}"


def _choices(item: ItemSpec) -> Paragraph:
    """Tick boxes drawn large (18 pt) before each answer, with a hint for choices."""
    boxes = "　 ".join(f'<font size="20">{BOX}</font> {escape(label)}' for label in item.labels())
    if item.kind == "choice":
        boxes += "<br/>（单选）"
    elif item.kind == "multi":
        boxes += f"<br/>（最多选 {item.max_picks} 项）"
    return Paragraph(boxes, styles()["cell"])


def _items_table(plan: PlanSpec, width: float) -> Table:
    """All sections in one ruled table: a shaded row per section, then its items."""
    data: list[list[object]] = [[para("编号", "cell_header"), para("事项", "cell_header"), para("您的意见", "cell_header")]]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]
    for section in plan.sections:
        row = len(data)
        data.append([para(section.title, "cell_header"), "", ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#EEEEEE"))]
        for item in section.items:
            data.append([para(item.key, "cell"), para(item.title + SCOPE_HINT[item.scope], "cell"), _choices(item)])
    table = Table(data, colWidths=[width * 0.09, width * 0.43, width * 0.48], repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def ballot_story(plan: PlanSpec, households: Sequence[tuple[int, HouseholdRow]], station_name: str) -> list[Flowable]:
    width = content_width()
    story: list[Flowable] = []
    for n, (sequence, h) in enumerate(households):
        if n:
            story.append(PageBreak())
        serial = serial_number(plan.id or 0, sequence)
        story.append(fitted_title(f"{plan.title} 表决票", width))
        info = Table([[para(f"编号：{serial}"), para(f"地址：{h.address}"), para(f"户主：{h.head or '________'}")]],
                     colWidths=[width * 0.3, width * 0.3, width * 0.4])
        info.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTSIZE", (0, 0), (-1, -1), 16)]))
        story.append(info)
        dates = f"{plan.opens or ''} 至 {plan.closes or ''}" if plan.opens or plan.closes else ""
        story.append(para(f"事项类别：{MATTER_SHORT['zh'][plan.matter]}。{('征询时间：' + dates + '。') if dates else ''}"
                          "每户一票，请在所选意见前的方框内打 √；未选视为弃权。", "small"))
        story.append(Spacer(1, 2 * mm))
        story.append(_items_table(plan, width))
        story.append(Spacer(1, 10 * mm))
        story.append(para("业主（或受托人）签字：____________________　　日期：________________"))
        story.append(para(f"{station_name}　选票编号 {serial}", "small"))
    return story


def ballots_pdf(station: "Station", vote_id: int, household_ids: Sequence[int] | None = None) -> bytes:
    """One pre-filled ballot per eligible household (or the given ones), in walking order."""
    plan = station.votes.plan(vote_id)
    # The serial number is the household's place among all eligible households, so a reprint of
    # one ballot carries the same number as the first printing.
    numbered = list(enumerate(station.votes.eligible_ids(vote_id), start=1))
    if household_ids is not None:
        wanted = set(household_ids)
        numbered = [(n, i) for n, i in numbered if i in wanted]
    by_id = {r.id: r for r in station.households.rows_by_ids([i for _, i in numbered])}
    rows = [(n, by_id[i]) for n, i in numbered]
    name = station.settings.get().name
    return build_pdf(lambda: ballot_story(plan, rows, name),
                     DocumentInfo(f"{plan.title} 表决票", name, printed=date.today(), kind="ballots"))

"""Printouts of the problem ledger's routines: stairwell sheets, their monthly report, the patrol
rota, and the public notice (公示) of resolved problems.

The stairwell sheet is one A4 page per stairwell and month, hung in the stairwell: the stairwell's
address in large type, the station's phone, a row per day and a column per check with a box big
enough to tick with a pen, and room for a remark and the checker's name.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.problems import ProblemRow, Source, stairwell_label
from mutual_aid_desk.core.sheets import parse_month
from mutual_aid_desk.reports.document import (
    DocumentInfo,
    build_pdf,
    content_width,
    fitted_title,
    grid_table,
    para,
    register_fonts,
    signature_block,
)

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

WEEKDAYS = "一二三四五六日"
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


def _month_title(month: str) -> str:
    y, m = parse_month(month)
    return f"{y}年{m}月"


def stairwell_sheets_pdf(station: "Station", month: str, building: str | None = None) -> bytes:
    """One A4 supervision sheet per stairwell (of ``building``, or all) for ``month``."""
    y, m = parse_month(month)
    days = calendar.monthrange(y, m)[1]
    checks = station.sheets.checks()
    stairwells = station.sheets.stairwells(building)
    settings = station.settings.get()
    width = content_width(margin=SHEET_MARGIN)
    date_w, signer_w = 28 * mm, 22 * mm
    check_w = min(20 * mm, (width - date_w - signer_w - 30 * mm) / len(checks))
    remark_w = width - date_w - signer_w - check_w * len(checks)
    # The page's frame, less the heading block, holds a header row and one row per day.
    frame_h = 297 * mm - 2 * SHEET_MARGIN - 8 * mm - 12
    row_h = min(9 * mm, (frame_h - 38 * mm) / days)
    phone = settings.phone or "（请填写）"

    def one_sheet(b: str, u: str) -> list[Flowable]:
        head = Table([[para(stairwell_label(b, u), "title", fontSize=30, leading=36, alignment=0),
                       para(f"楼道监督表　{_month_title(month)}\n{settings.name}　电话 {phone}", "body_right",
                            fontSize=14, leading=18)]],
                     colWidths=[width * 0.45, width * 0.55])
        head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        legend = para("每天检查后在方框内打 √（正常）或 ×（有问题）；有问题请在备注写明，并打电话告诉互助站。",
                      "small")
        rows: list[list[Any]] = []
        for d in range(1, days + 1):
            wd = WEEKDAYS[date(y, m, d).weekday()]
            # Day rows pad 1 pt above and below: the box's cell is the rest of the row.
            rows.append([para(f"{d}日 周{wd}", "cell_small", leading=14), *(TickBox(row_h - 2) for _ in checks),
                         "", ""])
        table = grid_table(["日期", *checks, "备注", "检查人"], rows,
                           [date_w, *([check_w] * len(checks)), remark_w, signer_w],
                           font="cell_small", header_style="cell_small", zebra=True,
                           extra=[("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1)])
        return [head, Spacer(1, 1.5 * mm), legend, Spacer(1, 1.5 * mm), table]

    def story() -> list[Flowable]:
        out: list[Flowable] = []
        for i, (b, u) in enumerate(stairwells):
            if i:
                out.append(PageBreak())
            out += one_sheet(b, u)
        if not out:
            out.append(para("本站还没有住户，没有楼道可打印。"))
        return out

    info = DocumentInfo(f"楼道监督表 {_month_title(month)}", settings.name, kind="stairwell sheets")
    return build_pdf(story, info, margin=SHEET_MARGIN)


def sheet_report_pdf(station: "Station", month: str, building: str | None = None) -> bytes:
    """The month's report per stairwell: the cleaners' evidence and what goes to the property company."""
    rep = station.sheets.report(month, building)
    settings = station.settings.get()
    width = content_width(landscape=True)
    n = len(rep.checks)
    label_w = 34 * mm
    other = (width - label_w) / (n + 4)
    header = ["楼道", "检查天数", *(f"{c}\n有问题天数" for c in rep.checks), "有问题\n天数", "新增问题", "办结问题"]
    rows = [[s.label, s.days_checked, *(s.problem_days.get(c, 0) for c in rep.checks), s.days_with_problems,
             s.problems_opened, s.problems_closed] for s in rep.stairwells]
    t = rep.totals()
    rows.append(["合计", t["days_checked"], *(t["problem_days"][c] for c in rep.checks), t["days_with_problems"],
                 t["problems_opened"], t["problems_closed"]])
    title = f"{_month_title(month)} 楼道监督月报"

    def story() -> list[Flowable]:
        return [fitted_title(title, width),
                para(f"{settings.name}　共 {len(rep.stairwells)} 个楼道；检查天数为当月有人填写的天数。", "body_center"),
                Spacer(1, 3 * mm),
                grid_table(header, rows, [label_w] + [other] * (n + 4), font="cell_small", header_style="cell_small"),
                Spacer(1, 4 * mm),
                KeepTogether([signature_block("负责人（签字）：", "日期：")])]

    info = DocumentInfo(title, settings.name, kind="stairwell report")
    return build_pdf(story, info, landscape=True)


def patrol_rota_pdf(station: "Station", month: str) -> bytes:
    """The month's night-patrol rota: date, weekday, route, volunteers, and a column to sign."""
    shifts = station.patrols.rota(month)
    settings = station.settings.get()
    width = content_width()
    title = f"夜巡排班表 {_month_title(month)}"
    rows = [[s.day.strftime("%m-%d"), f"周{WEEKDAYS[s.day.weekday()]}", s.route, "、".join(s.volunteers), ""]
            for s in shifts]

    def story() -> list[Flowable]:
        out: list[Flowable] = [fitted_title(title, width),
                               para(f"{settings.name}　电话 {settings.phone or '—'}", "body_center"),
                               para("巡查内容：消防安全、环境卫生、治安。发现问题请当晚记录，次日交互助站登记。", "body"),
                               Spacer(1, 2 * mm)]
        if rows:
            out.append(grid_table(["日期", "星期", "路线/楼栋", "志愿者", "签到"], rows,
                                  [width * 0.12, width * 0.10, width * 0.28, width * 0.32, width * 0.18]))
        else:
            out.append(para("本月还没有排班。"))
        return out

    info = DocumentInfo(title, settings.name, kind="patrol rota")
    return build_pdf(story, info)


def _public_raised_by(row: ProblemRow) -> str:
    if row.source == Source.SHEET.value:
        return "楼道监督表"
    return "、".join(mask_name(n) for n in row.raised_by.split("、") if n)


def problems_notice_pdf(station: "Station", since: date, until: date) -> bytes:
    """The public notice (公示) of problems resolved between two dates; people's names are masked."""
    rows = station.problems.resolved_for_notice(since, until)
    settings = station.settings.get()
    width = content_width(landscape=True)
    title = "问题办理情况公示"
    by_category: dict[str, int] = {}
    for r in rows:
        by_category[r.category] = by_category.get(r.category, 0) + 1
    table_rows = [[i, r.where_label, r.category, r.text, _public_raised_by(r), r.handed_to_public() or "互助站",
                   f"{r.opened_on:%m-%d}", f"{r.closed_on:%m-%d}" if r.closed_on else "", r.note]
                  for i, r in enumerate(rows, start=1)]

    def story() -> list[Flowable]:
        out: list[Flowable] = [fitted_title(title, width),
                               para(f"{settings.name}　{since:%Y年%m月%d日} 至 {until:%Y年%m月%d日}", "body_center"),
                               Spacer(1, 2 * mm)]
        summary = "、".join(f"{c} {n} 件" for c, n in by_category.items())
        out.append(para(f"此期间共解决居民反映的问题 {len(rows)} 件" + (f"：{summary}。" if summary else "。")
                        + "反映人与志愿者姓名已脱敏。"))
        if table_rows:
            w = width
            out.append(grid_table(["序号", "地点", "类别", "问题", "反映人", "处理人/单位", "登记", "解决", "办理结果"],
                                  table_rows,
                                  [w * 0.05, w * 0.12, w * 0.08, w * 0.23, w * 0.10, w * 0.11, w * 0.065, w * 0.065,
                                   w * 0.18], font="cell_small", header_style="cell_small"))
        out.append(Spacer(1, 4 * mm))
        out.append(KeepTogether([
            para("如有疑问，请于公示之日起七日内向互助站反映。" + (f"联系电话：{settings.phone}" if settings.phone else "")),
            signature_block("负责人（签字）：", "公示日期："),
        ]))
        return out

    register_fonts()
    info = DocumentInfo(title, settings.name, kind="problems notice")
    return build_pdf(story, info, landscape=True)


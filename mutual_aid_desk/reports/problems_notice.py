"""The public notice (公示) of the problems resolved between two dates; people's names are masked."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.problems import ProblemRow, Source
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import fitted_title, grid_table, para, signature_block

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


def _public_raised_by(row: ProblemRow) -> str:
    if row.source == Source.SHEET.value:
        return "楼道监督表"
    return "、".join(mask_name(n) for n in row.raised_by.split("、") if n)


class ProblemsNotice(StationDocument):
    """Problems resolved from ``since`` to ``until``, landscape, with a count per category."""

    kind: ClassVar[str] = "problems-notice"
    landscape = True

    def __init__(self, station: Station, since: date, until: date, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.since = since
        self.until = until

    def record_printed(self, file_name: str) -> None:
        self.station.problems.note_export("notice", file_name, {"from": self.since, "to": self.until})

    def story(self) -> list[Flowable]:
        since, until, width = self.since, self.until, self.width
        rows = self.station.problems.resolved_for_notice(since, until)
        settings = self.station.settings.get()
        self.title = "问题办理情况公示"
        self.station_name = settings.name
        by_category: dict[str, int] = {}
        for r in rows:
            by_category[r.category] = by_category.get(r.category, 0) + 1
        table_rows = [[i, r.where_label, r.category, r.text, _public_raised_by(r), r.handed_to_public() or "互助站",
                       f"{r.opened_on:%m-%d}", f"{r.closed_on:%m-%d}" if r.closed_on else "", r.note]
                      for i, r in enumerate(rows, start=1)]
        out: list[Flowable] = [fitted_title(self.title, width),
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

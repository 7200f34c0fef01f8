"""The month's stairwell report (楼道监督月报): per stairwell, the days checked and the problems found.

It is the cleaners' evidence and what goes to the property company.
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from mutual_aid_desk.reports.stairwell_sheets import StairwellMonth, month_title
from mutual_aid_desk.reports.styles import fitted_title, grid_table, para, signature_block


class StairwellReport(StairwellMonth):
    """The report of ``month`` for the stairwells of ``building`` (or all), landscape."""

    kind: ClassVar[str] = "stairwell-report"
    landscape = True

    def story(self) -> list[Flowable]:
        rep = self.station.sheets.report(self.month, self.building)
        settings = self.station.settings.get()
        width = self.width
        n = len(rep.checks)
        label_w = 34 * mm
        other = (width - label_w) / (n + 4)
        header = ["楼道", "检查天数", *(f"{c}\n有问题天数" for c in rep.checks), "有问题\n天数", "新增问题", "办结问题"]
        rows = [[s.label, s.days_checked, *(s.problem_days.get(c, 0) for c in rep.checks), s.days_with_problems,
                 s.problems_opened, s.problems_closed] for s in rep.stairwells]
        t = rep.totals()
        rows.append(["合计", t["days_checked"], *(t["problem_days"][c] for c in rep.checks), t["days_with_problems"],
                     t["problems_opened"], t["problems_closed"]])
        self.title = f"{month_title(self.month)} 楼道监督月报"
        self.station_name = settings.name
        return [fitted_title(self.title, width),
                para(f"{settings.name}　共 {len(rep.stairwells)} 个楼道；检查天数为当月有人填写的天数。", "body_center"),
                Spacer(1, 3 * mm),
                grid_table(header, rows, [label_w] + [other] * (n + 4), font="cell_small", header_style="cell_small"),
                Spacer(1, 4 * mm),
                KeepTogether([signature_block("负责人（签字）：", "日期：")])]

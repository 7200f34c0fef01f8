"""The month's night-patrol rota (夜巡排班表): date, weekday, route, volunteers, and a column to sign."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from mutual_aid_desk.core.values import WEEKDAYS_ZH
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.stairwell_sheets import month_title
from mutual_aid_desk.reports.styles import fitted_title, grid_table, para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station


class PatrolRota(StationDocument):
    """The rota of ``month`` ("2026-11")."""

    kind: ClassVar[str] = "patrol-rota"

    def __init__(self, station: Station, month: str, *, on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.month = month

    def record_printed(self, file_name: str) -> None:
        self.station.problems.note_export("rota", file_name, {"month": self.month})

    def story(self) -> list[Flowable]:
        shifts = self.station.patrols.rota(self.month)
        settings = self.station.settings.get()
        width = self.width
        self.title = f"夜巡排班表 {month_title(self.month)}"
        self.station_name = settings.name
        rows = [[s.day.strftime("%m-%d"), f"周{WEEKDAYS_ZH[s.day.weekday()]}", s.route, "、".join(s.volunteers), ""]
                for s in shifts]
        out: list[Flowable] = [fitted_title(self.title, width),
                               para(f"{settings.name}　电话 {settings.phone or '—'}", "body_center"),
                               para("巡查内容：消防安全、环境卫生、治安。发现问题请当晚记录，次日交互助站登记。", "body"),
                               Spacer(1, 2 * mm)]
        if rows:
            out.append(grid_table(["日期", "星期", "路线/楼栋", "志愿者", "签到"], rows,
                                  [width * 0.12, width * 0.10, width * 0.28, width * 0.32, width * 0.18]))
        else:
            out.append(para("本月还没有排班。"))
        return out

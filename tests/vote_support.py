"""A small compound for vote tests: two buildings, units, a vacant flat and one without area."""

from __future__ import annotations

from typing import Any

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station

# address, area m², status
SMALL_COMPOUND = (
    ("1-1-101", "100", "owner"),
    ("1-1-102", "100", "owner"),
    ("1-1-201", "100", "rented"),
    ("1-2-101", "50", "owner"),
    ("1-2-102", "50", "owner"),
    ("2-101", "80", "owner"),
    ("2-102", None, "vacant"),
    ("2-103", "70", "unreachable"),
)


def add_households(station: Station, rows: tuple[tuple[str, str | None, str], ...] = SMALL_COMPOUND) -> dict[str, int]:
    ids = {}
    for n, (address, area, status) in enumerate(rows):
        row = station.households.create(HouseholdInput(address=address, head=f"张{'一二三四五六七八九十'[n % 10]}明",
                                                       area=area, status=status, phone="13812345678"))
        ids[address] = row.id
    return ids


def plan(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "title": "测试改造方案", "matter": "major", "opens": "2026-03-01", "closes": "2099-03-15",
        "sections": [
            {"title": "公共区域改哪里", "items": [
                {"key": "A1", "title": "增设停车位", "kind": "yesno", "scope": "compound"},
                {"key": "A2", "title": "外墙颜色", "kind": "choice", "options": ["米黄", "浅灰"]},
                {"key": "A3", "title": "加装电梯", "kind": "yesno", "scope": "unit"},
                {"key": "A4", "title": "楼道窗户", "kind": "yesno", "scope": "building"},
            ]},
            {"title": "室内改哪些项目", "items": [
                {"key": "B1", "title": "更换户内窗户", "kind": "yesno", "scope": "household"},
            ]},
            {"title": "施工管理如何完善", "items": [
                {"key": "C1", "title": "监督小组职责", "kind": "multi", "options": ["质量", "噪音", "材料"], "max_picks": 2},
            ]},
        ],
    }
    data.update(overrides)
    return data

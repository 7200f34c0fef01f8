"""The walk list PDF read back as a volunteer would read it: order, columns, page notes."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import VisitInput
from mutual_aid_desk.reports.walklist import WalkList


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_households_in_walking_order_with_the_right_columns(station: Station) -> None:
    addresses = ["10-1-101", "2-1-1201", "2-1-301", "2-2-101", "2-1-101", "12-502"]
    ids = {a: station.households.create(HouseholdInput(address=a, head=f"住户{n}", phone=f"1380000{n:04d}")).id
           for n, a in enumerate(addresses)}
    station.visits.record(VisitInput(address="2-1-301", outcome="not_home", visited_at=date(2026, 3, 2),
                                     volunteers=["钱阿姨"]))
    pdf = WalkList(station, list(ids.values()), title="走访清单", purpose="vote",
                   volunteers=["钱阿姨", "赵主任"], on=date(2026, 3, 9)).render()
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # A4 landscape
    assert round(float(reader.pages[0].mediabox.width)) == 842
    text = "\n".join(_pages(pdf))
    found = re.findall(r"\b\d+-\d+(?:-\d+)?\b(?=\s)", text)
    walked = [a for a in found if a in addresses]
    assert walked == ["2-1-101", "2-1-301", "2-1-1201", "2-2-101", "10-1-101", "12-502"]
    for column in ("地址", "户主", "电话", "上次走访", "不在家", "拒绝", "已完成", "空置", "备注"):
        assert column in text
    assert "03-02" in text and "未走访" in text and "13800000002" in text and "住户2" in text
    # One section per building, each headed with date, volunteers and purpose.
    pages = _pages(pdf)
    assert len(pages) == 3  # buildings 2, 10, 12
    for page, building in zip(pages, ("2", "10", "12")):
        assert f"{building} 号楼" in page
        assert "日期：2026-03-09" in page and "钱阿姨、赵主任" in page and "投票征询" in page
    assert "本页 4 户（第 1–4 户，共 6 户）" in pages[0]
    assert "第 3 页 / 共 3 页" in pages[2]


def test_long_buildings_split_with_a_row_count_on_every_page(demo_station: Station) -> None:
    ids = demo_station.households.matching_ids()[:70]
    pdf = WalkList(demo_station, ids, title="未投票住户走访清单", purpose="动员投票").render()
    pages = _pages(pdf)
    assert len(pages) > 3
    counted = 0
    for n, page in enumerate(pages, start=1):
        m = re.search(r"本页 (\d+) 户（第 (\d+)–(\d+) 户，共 70 户）", page)
        assert m, page[-200:]
        assert int(m.group(2)) == counted + 1
        counted += int(m.group(1))
        assert f"第 {n} 页 / 共 {len(pages)} 页" in page
        assert "动员投票" in page
    assert counted == 70
    assert "（续）" in pages[1]


def test_no_households_still_prints_a_page(station: Station) -> None:
    pages = _pages(WalkList(station, [], title="走访清单", purpose="general").render())
    assert len(pages) == 1 and "没有符合条件的住户" in pages[0]

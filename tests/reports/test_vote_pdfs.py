"""The 公示 notice and the paper ballots, read back as a resident would read them."""

from __future__ import annotations

import io

import pypdf

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.ballots import PaperBallots
from mutual_aid_desk.reports.vote_notice import VoteNotice
from vote_support import add_households, plan


def _text(data: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_notice_states_rule_results_and_buildings_but_no_names(station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan())
    for address in ("1-1-101", "1-1-102", "1-1-201", "1-2-101", "2-101", "2-103"):
        station.votes.submit(vote, address, {"A1": "同意", "A2": "浅灰", "B1": "同意"})
    pages, text = _text(VoteNotice(station, vote).render())
    flat = text.replace("\n", "").replace(" ", "")
    assert "测试改造方案表决结果公示" in flat
    assert "重大事项" in flat and "三分之二以上" in flat and "四分之三以上" in flat
    assert "2026-03-01至2099-03-15" in flat
    assert "6人（对应6户）（75.0%）" in flat  # participation against 8 eligible
    assert "业主人数按专有部分计算；同一业主拥有多个专有部分的、建设单位未出售的部分，按一人计算" in flat
    assert "无逾期选票" in flat
    assert "空置1户、联系不上1户" in flat and "1户无登记面积" in flat
    assert "得票最多：浅灰" in flat and "通过" in flat
    assert "6户选择实施" in flat  # in-home item: a count, not names
    assert "参与6/8人" in flat and "各楼栋参与情况" in flat
    assert "4/5" in flat and "2/3" in flat
    assert "负责人（签字）" in flat
    assert not any(f"张{c}明" in flat for c in "一二三四五六七八")  # no names on a public notice
    assert f"第1页/共{pages}页" in flat


def test_one_prefilled_ballot_per_household(station: Station) -> None:
    ids = add_households(station)
    vote = station.votes.create(plan())
    pages, text = _text(PaperBallots(station, vote).render())
    assert pages == 8  # one page per eligible household
    flat = text.replace(" ", "").replace("\n", "")
    assert "编号：V1-0001" in flat and "地址：1-1-101" in flat and "户主：张一明" in flat
    assert "V1-0008" in flat and "地址：2-103" in flat
    assert flat.count("增设停车位") == 8 and "同意不同意弃权" in flat and "米黄浅灰（单选）" in flat and "最多选2项" in flat
    assert flat.count("签字") == 8
    # A reprint of one ballot keeps its serial number.
    _, one = _text(PaperBallots(station, vote, [ids["2-101"]]).render())
    assert "V1-0006" in one.replace(" ", "")

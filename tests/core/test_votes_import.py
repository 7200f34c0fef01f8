"""Importing keyed paper ballots: all or nothing, with row and column in every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from mutual_aid_desk.core.ballot_import import apply_ballot_import, preview_ballot_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tabular import write_table
from mutual_aid_desk.errors import ValidationError
from vote_support import add_households, plan

HEADERS = ("地址", "A1", "A2", "C1", "渠道", "日期")


@pytest.fixture
def vote(station: Station) -> int:
    add_households(station)
    return station.votes.create(plan())


def _write(path: Path, rows: list[tuple[str, ...]], headers: tuple[str, ...] = HEADERS) -> Path:
    write_table(path, headers, rows)
    return path


def test_a_good_file_imports_and_a_second_amends(station: Station, vote: int, tmp_path: Path) -> None:
    path = _write(tmp_path / "ballots.xlsx", [
        ("1-1-101", "同意", "米黄", "质量、噪音", "会议", "2026-03-02"),
        ("1-1-102", "不同意", "浅灰", "", "上门", "2026-03-03"),
        ("2栋103室", "弃权", "2", "材料", "纸质", ""),
    ])
    preview = preview_ballot_import(station, vote, path)
    assert (preview.new, preview.amended) == (3, 0)
    applied = apply_ballot_import(station, preview)
    assert [r.outcome for r in applied.results] == ["created", "created", "created"]
    result = station.votes.tally(vote)
    a2 = next(i for i in result.items if i.key == "A2").groups[0]
    assert a2.options["浅灰"].headcount == 2

    again = _write(tmp_path / "again.csv", [("1-1-101", "不同意", "米黄", "", "委托", "2026-03-05")])
    plan_ = preview_ballot_import(station, vote, again)
    assert (plan_.new, plan_.amended) == (0, 1)
    assert apply_ballot_import(station, plan_).results[0].outcome == "amended"
    assert station.votes.ballot_count(vote) == 3


def test_a_bad_file_writes_nothing_and_names_each_cell(station: Station, vote: int, tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.csv", [
        ("1-1-101", "同意", "米黄", "", "会议", "2026-03-02"),
        ("9-9-909", "同意", "米黄", "", "会议", "2026-03-02"),       # unknown address
        ("1-1-102", "同意", "大红", "", "会议", "2026-03-02"),       # unknown option
        ("1-1-101", "不同意", "浅灰", "", "会议", "2026-03-02"),     # the same household again
        ("1-2-101", "同意/不同意", "米黄", "", "会议", "2026-03-02"),  # answered twice
        ("1-2-102", "同意", "米黄", "", "电报", "3月"),              # bad channel and date
    ])
    with pytest.raises(ValidationError) as info:
        preview_ballot_import(station, vote, path)
    lines = [str(p) for p in info.value.problems]
    assert "row 3, column 地址: value '9-9-909': no household at this address takes part in this vote" in lines
    assert any(line.startswith("row 4, column A2: value '大红': not an answer to this item") for line in lines)
    assert "row 5, column 地址: value '1-1-101': the same household as row 2: one ballot per household" in lines
    assert "row 6, column A1: value '同意/不同意': the item is answered twice" in lines
    assert any(line.startswith("row 7, column 渠道: value '电报'") for line in lines)
    assert any(line.startswith("row 7, column 日期: value '3月'") for line in lines)
    assert station.votes.ballot_count(vote) == 0


def test_two_columns_for_one_item_are_refused(station: Station, vote: int, tmp_path: Path) -> None:
    path = _write(tmp_path / "twice.csv", [("1-1-101", "同意", "不同意")], headers=("地址", "A1", "增设停车位"))
    with pytest.raises(ValidationError) as info:
        preview_ballot_import(station, vote, path)
    assert str(info.value.problems[0]) == "row 1, column 增设停车位: value '增设停车位': the item is answered twice"


def test_a_closed_vote_refuses_an_import(station: Station, vote: int, tmp_path: Path) -> None:
    from mutual_aid_desk.core.votes import VoteClosed

    station.votes.close(vote)
    with pytest.raises(VoteClosed):
        preview_ballot_import(station, vote, _write(tmp_path / "b.csv", [("1-1-101", "同意", "", "", "", "")]))

"""Visits: recording, follow-ups and the Due view, imports all-or-nothing, selection, coverage."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.coverage import coverage, export_coverage, percent
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.selection import WalkSelection, select_households
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.timeline import household_timeline
from mutual_aid_desk.core.values import parse_datetime
from mutual_aid_desk.core.visits import Outcome, VisitInput, visits_timeline
from mutual_aid_desk.errors import NotFound, ValidationError

TODAY = date.today()


def _households(station: Station, *addresses: str) -> list[int]:
    return [station.households.create(HouseholdInput(address=a, head=f"户主{i}")).id for i, a in enumerate(addresses)]


def test_fresh_station_has_the_visit_tables(db_path: Path, station: Station) -> None:
    import backend

    tables, indexes = backend.schema(station)
    assert {"visit", "visit_volunteer", "consultation"} <= tables
    assert {"ix_visit_household_when", "ix_visit_household_id", "ix_visit_volunteer_volunteer_id",
            "ix_visit_follow_up_open", "ix_consultation_household_id", "ix_consultation_due"} <= indexes


def test_a_visit_defaults_to_the_operator_and_now(station: Station) -> None:
    (hid,) = _households(station, "5-2-301")
    before = datetime.now().replace(microsecond=0)
    row = station.visits.record(VisitInput(address="5栋2单元301", outcome="1"))
    assert row.household_id == hid and row.address == "5-2-301"
    assert row.volunteers == ("赵主任",)
    assert row.outcome == Outcome.MET and row.purpose == "general"
    assert before <= row.visited_at <= datetime.now() + timedelta(seconds=1)
    with station.read() as s:
        audit = s.connection().exec_driver_sql(
            "SELECT operator, action, after FROM audit_entry WHERE entity = 'visit'").all()
    assert len(audit) == 1 and audit[0][0] == "赵主任" and "5-2-301" in audit[0][2]


def test_a_visit_is_refused_with_every_problem(station: Station) -> None:
    _households(station, "5-2-301")
    with pytest.raises(ValidationError) as exc:
        station.visits.record(VisitInput(address="9-9-909", volunteers=["不存在"], outcome="maybe",
                                         visited_at=TODAY + timedelta(days=2), purpose="跳舞"))
    fields = {p.field for p in exc.value.problems}
    assert fields == {"address", "volunteer", "outcome", "date", "purpose"}
    assert station.visits.count() == 0


def test_custom_purposes_are_accepted_once_configured(station: Station) -> None:
    _households(station, "1-1-101")
    with pytest.raises(ValidationError):
        station.visits.record(VisitInput(address="1-1-101", outcome="met", purpose="防汛检查"))
    station.visits.set_custom_purposes(["防汛检查"])
    row = station.visits.record(VisitInput(address="1-1-101", outcome="met", purpose="防汛检查"))
    assert row.purpose == "防汛检查" and row.purpose_label == "防汛检查"
    assert ("防汛检查", "防汛检查") in station.visits.purposes()


def test_follow_ups_are_due_until_someone_is_reached(station: Station) -> None:
    a, b, c = _households(station, "1-1-101", "1-1-102", "2-1-101")
    yesterday = TODAY - timedelta(days=1)
    station.visits.record(VisitInput(household_id=a, outcome="not_home", visited_at=TODAY - timedelta(days=5),
                                     follow_up=yesterday, volunteers=["钱阿姨"]))
    station.visits.record(VisitInput(household_id=b, outcome="refused", visited_at=TODAY - timedelta(days=5),
                                     follow_up=TODAY))
    station.visits.record(VisitInput(household_id=c, outcome="met", visited_at=TODAY - timedelta(days=5),
                                     follow_up=TODAY + timedelta(days=3)))
    due = station.visits.due()
    assert [d.address for d in due] == ["1-1-101", "1-1-102"]  # by date: overdue first
    assert station.visits.due_count() == 2
    assert [d.address for d in station.visits.due(volunteer="钱阿姨")] == ["1-1-101"]
    assert station.visits.due_count(TODAY + timedelta(days=3)) == 3

    # Nobody home again: still due. Someone met: closed.
    station.visits.record(VisitInput(household_id=a, outcome="not_home"))
    assert station.visits.due_count() == 2
    station.visits.record(VisitInput(household_id=a, outcome="met"))
    assert [d.address for d in station.visits.due()] == ["1-1-102"]
    # Marked done from the Due view.
    station.visits.mark_follow_up_done(due[1].record_id)
    assert station.visits.due_count() == 0


def test_due_includes_open_consultations_sorted_by_date(station: Station) -> None:
    (a,) = _households(station, "3-1-201")
    station.visits.record(VisitInput(household_id=a, outcome="met", visited_at=TODAY - timedelta(days=3),
                                     follow_up=TODAY - timedelta(days=1)))
    station.consultations.add(ConsultationInput(person_name="王大爷", question="房屋继承", category="legal",
                                                asked_at=TODAY - timedelta(days=10), follow_up=TODAY - timedelta(days=2)))
    station.consultations.add(ConsultationInput(person_name="李阿姨", question="已解决的事", category="legal",
                                                asked_at=TODAY - timedelta(days=10), follow_up=TODAY - timedelta(days=2),
                                                status="resolved"))
    due = station.visits.due()
    assert [(d.kind, d.who) for d in due] == [("consultation", "王大爷"), ("visit", "户主0")]
    assert station.visits.due_count() == 2


def test_timeline_lists_visits_and_consultations_newest_first(station: Station) -> None:
    (a,) = _households(station, "3-1-201")
    station.visits.record(VisitInput(household_id=a, outcome="not_home", visited_at="2026-01-05 19:00"))
    station.visits.record(VisitInput(household_id=a, outcome="done", visited_at="2026-03-01 18:00", purpose="vote",
                                     notes="签了"))
    station.consultations.add(ConsultationInput(household_id=a, question="漏水找谁", category="property",
                                                asked_at="2026-02-01 10:00"))
    entries = visits_timeline(station, a)
    assert [e.kind for e in entries] == ["visit", "consultation", "visit"]
    assert "投票征询" in entries[0].title and "已完成" in entries[0].title and "签了" in entries[0].detail
    assert [e.when for e in household_timeline(station, a)][:3] == [e.when for e in entries]


def test_record_many_is_all_or_nothing(station: Station) -> None:
    a, b = _households(station, "1-1-101", "1-1-102")
    with pytest.raises(ValidationError) as exc:
        station.visits.record_many([VisitInput(household_id=a, outcome="met"),
                                    VisitInput(household_id=b, outcome="??")])
    assert exc.value.problems[0].row == 2
    assert station.visits.count() == 0
    ids = station.visits.record_many([VisitInput(household_id=a, outcome="1"), VisitInput(household_id=b, outcome="2")])
    assert len(ids) == 2 and station.visits.count() == 2


IMPORT_OK = """地址,日期,志愿者,目的,结果,备注,回访日期
1-1-101,2026-03-02 19:30,钱阿姨,投票,不在家,敲门无人,2026-03-05
1-1-102,2026/3/2,钱阿姨、赵主任,,见到,同意,
"""


def test_import_adds_visits_and_skips_them_the_second_time(station: Station, tmp_path: Path) -> None:
    _households(station, "1-1-101", "1-1-102")
    f = tmp_path / "visits.csv"
    f.write_text(IMPORT_OK, encoding="utf-8")
    plan = station.visits.preview_import(f)
    assert plan.summary() == "2 visits added, 0 already recorded"
    station.visits.apply_import(plan)
    rows = station.visits.list()
    assert [(r.address, r.outcome, r.volunteers, r.purpose) for r in rows] == [
        ("1-1-102", "met", ("赵主任", "钱阿姨"), "general"),
        ("1-1-101", "not_home", ("钱阿姨",), "vote"),
    ]
    assert [r.visited_at for r in rows] == [datetime(2026, 3, 2, 0, 0), datetime(2026, 3, 2, 19, 30)]
    assert rows[1].follow_up == date(2026, 3, 5) and rows[1].notes == "敲门无人"
    again = station.visits.preview_import(f)
    assert again.summary() == "0 visits added, 2 already recorded"


def test_a_bad_import_names_row_column_and_value_and_writes_nothing(station: Station, tmp_path: Path) -> None:
    _households(station, "1-1-101")
    f = tmp_path / "bad.csv"
    f.write_text("地址,日期,志愿者,结果\n"
                 "1-1-101,2026-03-02,钱阿姨,见到\n"
                 "1-1-999,2026-03-02,钱阿姨,见到\n"
                 "1-1-101,2026-13-40,钱阿姨,见到\n"
                 "1-1-101,2026-03-03,孙悟空,也许\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        station.visits.preview_import(f)
    lines = [str(p) for p in exc.value.problems]
    assert "row 3, column 地址: value '1-1-999': no household at this address" in lines
    assert any(line.startswith("row 4, column 日期: value '2026-13-40': not a date") for line in lines)
    assert any(line.startswith("row 5, column 志愿者: value '孙悟空': not on the volunteer roster") for line in lines)
    assert any(line.startswith("row 5, column 结果: value '也许': the outcome is one of") for line in lines)
    assert station.visits.count() == 0


def test_an_import_without_required_columns_is_refused(station: Station, tmp_path: Path) -> None:
    f = tmp_path / "cols.csv"
    f.write_text("地址,志愿者\n1-1-101,钱阿姨\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        station.visits.preview_import(f)
    assert {p.field for p in exc.value.problems} == {"日期", "结果"}


def test_parse_datetime_forms() -> None:
    assert parse_datetime("2026年3月2日") == datetime(2026, 3, 2)
    assert parse_datetime("2026-03-02 19:30") == datetime(2026, 3, 2, 19, 30)
    assert parse_datetime("2026-03-02 00:00:00") == datetime(2026, 3, 2)
    with pytest.raises(ValidationError):
        parse_datetime("3月2日")


def test_selection_filters_and_handed_over_ids(station: Station) -> None:
    ids = _households(station, "10-1-101", "2-1-101", "2-1-1201", "2-1-301", "3-1-101")
    station.households.update(ids[4], HouseholdInput(address="3-1-101", status="vacant", tags=["独居老人"]), 1)
    station.visits.record(VisitInput(household_id=ids[1], outcome="met", visited_at=TODAY - timedelta(days=1)))
    station.visits.record(VisitInput(household_id=ids[3], outcome="met", visited_at=TODAY - timedelta(days=40),
                                     follow_up=TODAY))
    addr = {i: a for i, a in zip(ids, ["10-1-101", "2-1-101", "2-1-1201", "2-1-301", "3-1-101"])}

    def chosen(sel: WalkSelection) -> list[str]:
        return [addr[i] for i in select_households(station, sel)]

    assert chosen(WalkSelection()) == ["2-1-101", "2-1-301", "2-1-1201", "3-1-101", "10-1-101"]
    assert chosen(WalkSelection(buildings=("2",))) == ["2-1-101", "2-1-301", "2-1-1201"]
    assert chosen(WalkSelection(statuses=("vacant",))) == ["3-1-101"]
    assert chosen(WalkSelection(tags=("独居老人",))) == ["3-1-101"]
    assert chosen(WalkSelection(not_visited_since=TODAY - timedelta(days=7))) == ["2-1-301", "2-1-1201", "3-1-101", "10-1-101"]
    assert chosen(WalkSelection(follow_up_due=True)) == ["2-1-301"]
    handed = WalkSelection.of_households([ids[0], ids[2], ids[1]])
    assert chosen(handed) == ["2-1-101", "2-1-1201", "10-1-101"]
    assert "指定 3 户" in handed.describe()


def test_coverage_per_building_and_volunteer(station: Station, tmp_path: Path) -> None:
    ids = _households(station, "1-1-101", "1-1-102", "1-1-103", "2-1-101")
    station.households.update(ids[2], HouseholdInput(address="1-1-103", status="vacant"), 1)
    station.visits.record(VisitInput(household_id=ids[0], outcome="met", visited_at="2026-03-02", volunteers=["钱阿姨"]))
    station.visits.record(VisitInput(household_id=ids[0], outcome="done", visited_at="2026-03-05", volunteers=["钱阿姨"]))
    station.visits.record(VisitInput(household_id=ids[1], outcome="not_home", visited_at="2026-03-05",
                                     volunteers=["钱阿姨", "赵主任"]))
    station.visits.record(VisitInput(household_id=ids[3], outcome="met", visited_at="2026-01-05", volunteers=["赵主任"]))
    cov = coverage(station, date(2026, 3, 1), date(2026, 3, 31))
    one, two = cov.buildings
    assert (one.building, one.households, one.vacant, one.visited, one.reached, one.never) == ("1", 3, 1, 2, 1, 1)
    assert one.visited_share == Fraction(2, 3) and percent(one.visited_share) == "66.7%"
    assert (two.visited, two.never) == (0, 0)
    assert cov.per_volunteer == [("钱阿姨", 3, 2), ("赵主任", 1, 1)]
    out = tmp_path / "cov.xlsx"
    export_coverage(station, date(2026, 3, 1), date(2026, 3, 31), out)
    import openpyxl

    ws = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in ws[2]] == ["1", 3, 1, 2, "66.7%", 1, 1, "33.3%"]


def test_missing_visit_is_not_found(station: Station) -> None:
    with pytest.raises(NotFound):
        station.visits.get(12345)

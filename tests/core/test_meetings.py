"""Meetings: the series planner, creating series all-or-nothing, attendance per meeting and building."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.meetings import MeetingInput, MeetingProposal, Mode, parse_buildings, plan_series
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ConflictError, NotFound, ValidationError

FRIDAY = date(2026, 11, 20)


def _households(station: Station, *addresses: str) -> dict[str, int]:
    return {a: station.households.create(HouseholdInput(address=a, head=f"户主{n}")).id
            for n, a in enumerate(addresses)}


def test_fresh_station_has_the_meeting_tables(db_path: Path, station: Station) -> None:
    import backend

    tables, indexes = backend.schema(station)
    assert {"meeting", "meeting_attendance", "notice_template"} <= tables
    assert "ix_meeting_attendance_household_id" in indexes


def test_twenty_five_buildings_two_a_night_is_thirteen_evenings() -> None:
    plan = plan_series("1-25", 2, "2026-11-20", "19:00", "活动室")
    assert len(plan) == 13
    assert [p.buildings for p in plan[:2]] == [["1", "2"], ["3", "4"]]
    assert plan[-1].buildings == ["25"]
    assert [p.date for p in plan] == [FRIDAY + timedelta(days=i) for i in range(13)]
    assert {p.time for p in plan} == {"19:00"} and {p.place for p in plan} == {"活动室"}
    assert sum(len(p.buildings) for p in plan) == 25


def test_skipping_weekends_moves_evenings_to_weekdays() -> None:
    plan = plan_series("1-25", 2, FRIDAY, "7:30", "活动室", skip_weekends=True)
    assert len(plan) == 13
    assert all(p.date.weekday() < 5 for p in plan)
    assert plan[0].date == FRIDAY and plan[1].date == date(2026, 11, 23)  # Friday, then Monday
    assert plan[-1].date == date(2026, 12, 8)
    assert plan[0].time == "07:30"
    saturday = plan_series("1-4", 2, "2026-11-21", "19:00", "x", skip_weekends=True)
    assert [p.date for p in saturday] == [date(2026, 11, 23), date(2026, 11, 24)]


@pytest.mark.parametrize("time", ["25:00", "19:60", "七点", "", "19"])
def test_a_bad_time_is_refused_by_name(time: str) -> None:
    with pytest.raises(ValidationError) as err:
        plan_series("1-25", 2, FRIDAY, time, "活动室")
    assert [p.field for p in err.value.problems] == ["time"]
    assert "not a time of day" in str(err.value)


@pytest.mark.parametrize("start", ["2026-13-01", "2026-02-30", "next monday", ""])
def test_a_bad_date_is_refused_by_name(start: str) -> None:
    with pytest.raises(ValidationError) as err:
        plan_series("1-25", 2, start, "19:00", "活动室")
    assert [p.field for p in err.value.problems] == ["start"]


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as err:
        plan_series("1-x", 0, "2026-02-30", "24:00", " ")
    assert sorted(p.field for p in err.value.problems) == ["buildings", "per_night", "place", "start", "time"]


def test_building_lists() -> None:
    assert parse_buildings("1-3,5, 7~8") == ["1", "2", "3", "5", "7", "8"]
    assert parse_buildings("1号楼、2号楼") == ["1", "2"]
    with pytest.raises(ValidationError, match="listed twice"):
        parse_buildings("1-3,2")


def test_a_series_is_created_as_adjusted_and_all_or_nothing(station: Station) -> None:
    _households(station, "1-1-101", "2-1-101", "3-1-101", "4-1-101", "5-1-101")
    plan = plan_series("1-5", 2, FRIDAY, "19:00", "活动室", skip_weekends=True)
    assert [p.buildings for p in plan] == [["1", "2"], ["3", "4"], ["5"]]
    # The coordinator moves building 4 to the last evening and changes the place of the first.
    plan[1].buildings = ["3"]
    plan[2].buildings = ["4", "5"]
    plan[0].place = "3号楼架空层"
    made = station.meetings.create_series(plan, title="改造方案征询会", agenda=["介绍方案", "答疑"], vote_id=7)
    assert [m.buildings for m in made] == [("1", "2"), ("3",), ("4", "5")]
    assert made[0].place == "3号楼架空层" and made[0].agenda == ("介绍方案", "答疑") and made[0].vote_id == 7
    assert len({m.series for m in made}) == 1
    assert [m.id for m in station.meetings.list(vote_id=7)] == [m.id for m in made]

    bad = [MeetingProposal(FRIDAY, "19:00", "x", ["1"]), MeetingProposal(FRIDAY, "19:00", "x", ["9"])]
    with pytest.raises(ValidationError) as err:
        station.meetings.create_series(bad, title="第二轮")
    assert err.value.problems[0].row == 2 and "building 9" in str(err.value)
    assert len(station.meetings.list()) == 3  # nothing of the bad series was written


def test_the_same_building_on_two_evenings_is_refused(station: Station) -> None:
    _households(station, "1-1-101", "2-1-101")
    plan = [MeetingProposal(FRIDAY, "19:00", "x", ["1", "2"]), MeetingProposal(FRIDAY, "19:00", "x", ["2"])]
    with pytest.raises(ValidationError, match="listed twice"):
        station.meetings.create_series(plan, title="会")


def test_a_meeting_can_invite_single_stairwells(station: Station) -> None:
    ids = _households(station, "5-1-101", "5-2-101", "5-2-201", "6-1-101")
    m = station.meetings.create(MeetingInput("5号楼2单元楼道会", "2026-11-23", "19:00", "楼下", units="5-2"))
    assert m.invited_label == "5号楼2单元"
    assert station.meetings.invited_ids(m.id) == [ids["5-2-101"], ids["5-2-201"]]


def test_attendance_per_meeting_and_per_building(as_volunteer: Station) -> None:
    station = as_volunteer
    ids = _households(station, "2-1-101", "1-1-201", "1-1-101", "2-1-201", "3-1-101")
    m = station.meetings.create(MeetingInput("征询会", FRIDAY, "19:00", "活动室", buildings="2,1"))
    assert m.buildings == ("1", "2")
    # Sign-in-sheet order: building, unit, floor, room.
    assert station.meetings.invited_ids(m.id) == [ids["1-1-101"], ids["1-1-201"], ids["2-1-101"], ids["2-1-201"]]
    station.meetings.set_attendance(m.id, ids["2-1-201"], Mode.PRESENT)
    station.meetings.set_attendance(m.id, ids["1-1-201"], "proxy", "儿子 王强")
    station.meetings.set_attendance(m.id, ids["1-1-101"], "present")
    station.meetings.set_attendance(m.id, ids["1-1-101"], None)  # pressed by mistake: taken back
    stats = station.meetings.stats(m.id)
    assert (stats.invited, stats.present, stats.proxy, stats.attended) == (4, 1, 1, 2)
    assert [(b.building, b.invited, b.present, b.proxy) for b in stats.buildings] == [("1", 2, 0, 1), ("2", 2, 1, 0)]
    assert station.meetings.attendance(m.id)[ids["1-1-201"]].proxy_name == "儿子 王强"
    # The starting list for ballot entry, in sign-in order.
    assert station.meetings.attended_household_ids(m.id) == [ids["1-1-201"], ids["2-1-201"]]
    with pytest.raises(ValidationError, match="not invited"):
        station.meetings.set_attendance(m.id, ids["3-1-101"], "present")
    with pytest.raises(ValidationError, match="present, proxy or absent"):
        station.meetings.set_attendance(m.id, ids["1-1-101"], "maybe")
    trail = [(e.entity, e.action, e.operator) for e in station.audit.list(entity="meeting_attendance")]
    assert ("meeting_attendance", "delete", "钱阿姨") in trail and len(trail) == 4
    summary = {b.building: b for b in station.meetings.building_summary()}
    assert summary["1"].attended == 1 and summary["3"].attended == 0 and summary["3"].invited == 1


def test_a_meeting_edit_names_the_version_it_was_loaded_at(station: Station) -> None:
    _households(station, "1-1-101")
    m = station.meetings.create(MeetingInput("会", FRIDAY, "19:00", "活动室", buildings="1"))
    changed = station.meetings.update(m.id, MeetingInput("会（改期）", FRIDAY + timedelta(days=1), "19:30", "活动室",
                                                         buildings="1"), m.version)
    assert (changed.title, changed.time, changed.version) == ("会（改期）", "19:30", 2)
    with pytest.raises(ConflictError):
        station.meetings.update(m.id, MeetingInput("会", FRIDAY, "19:00", "x", buildings="1"), m.version)
    station.meetings.delete(m.id)
    with pytest.raises(NotFound):
        station.meetings.get(m.id)


def test_a_meeting_is_refused_with_every_problem(station: Station) -> None:
    _households(station, "1-1-101")
    with pytest.raises(ValidationError) as err:
        station.meetings.create(MeetingInput("", "2026-02-30", "7pm", "", buildings="1,30"))
    fields = sorted(p.field for p in err.value.problems)
    assert fields == ["buildings", "date", "place", "time", "title"]


def test_timeline_lists_meetings_attended(station: Station) -> None:
    from mutual_aid_desk.core.meetings import timeline_entries

    ids = _households(station, "1-1-101")
    m = station.meetings.create(MeetingInput("征询会", FRIDAY, "19:00", "活动室", buildings="1"))
    station.meetings.set_attendance(m.id, ids["1-1-101"], "proxy", "女儿")
    [entry] = timeline_entries(station, ids["1-1-101"])
    assert entry.kind == "meeting" and "征询会" in entry.title and "女儿" in entry.detail
    assert entry.when.hour == 19
    from mutual_aid_desk.core.timeline import household_timeline

    assert any(e.kind == "meeting" for e in household_timeline(station, ids["1-1-101"]))

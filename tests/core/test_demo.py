"""The demo station: the same every time for one seed, shaped like the compound the app was built for."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.households import HouseholdQuery
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import DatabaseFileError


def contents(station: Station) -> list[tuple]:
    return [(r.address, r.head, r.phones, r.members, r.area_centi, r.status, r.tags)
            for r in station.households.all_rows(HouseholdQuery(include_archived=True))]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> list[tuple]:
    station = build_demo(tmp_path_factory.mktemp("demo") / "a.sqlite3", seed=1)
    try:
        return contents(station) + [("buildings", tuple(station.households.buildings()))]
    finally:
        station.close()


def test_same_seed_same_station(demo: list[tuple], tmp_path: Path) -> None:
    again = build_demo(tmp_path / "b.sqlite3", seed=1)
    try:
        assert contents(again) + [("buildings", tuple(again.households.buildings()))] == demo
    finally:
        again.close()


def test_another_seed_another_station(demo: list[tuple], tmp_path: Path) -> None:
    other = build_demo(tmp_path / "c.sqlite3", seed=2)
    try:
        rows = contents(other)
    finally:
        other.close()
    assert [r[0] for r in rows] == [r[0] for r in demo[:-1]]  # the same compound...
    assert [r[1] for r in rows] != [r[1] for r in demo[:-1]]  # ...with other residents


def test_25_buildings_and_802_households(demo: list[tuple]) -> None:
    rows, (_, buildings) = demo[:-1], demo[-1]
    assert len(rows) == 802
    assert len({r[0] for r in rows}) == 802
    assert len(buildings) == 25
    assert [b for b, _ in buildings] == [str(n) for n in range(1, 26)]
    assert sum(n for _, n in buildings) == 802


def test_plausible_chinese_names_and_phones(demo: list[tuple]) -> None:
    rows = demo[:-1]
    for _, head, phones, *_ in rows:
        assert 2 <= len(head) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in head)
        assert phones == "" or (len(phones) == 11 and phones.startswith("1"))
    assert len({r[1] for r in rows}) > 500  # not one name repeated


def test_areas_from_45_to_120_square_metres(demo: list[tuple]) -> None:
    areas = [r[4] for r in demo[:-1]]
    assert all(a is not None and 4500 <= a <= 12000 for a in areas)
    assert min(areas) < 5000 and max(areas) > 11500  # the whole range is used


def test_some_vacant_and_some_unreachable(demo: list[tuple]) -> None:
    statuses = Counter(r[5] for r in demo[:-1])
    assert set(statuses) == {"owner", "rented", "vacant", "unreachable"}
    assert 5 <= statuses["vacant"] <= 100
    assert 5 <= statuses["unreachable"] <= 100
    assert statuses["owner"] > 802 // 2


def test_the_demo_coordinator_can_sign_in(tmp_path: Path) -> None:
    station = build_demo(tmp_path / "d.sqlite3", households=40)
    try:
        operator = station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        assert operator.is_coordinator
        assert station.settings.get().name
        assert station.audit.verify().ok
    finally:
        station.close()


def test_households_scales(tmp_path: Path) -> None:
    station = build_demo(tmp_path / "big.sqlite3", households=5000, seed=3)
    try:
        assert station.households.count() == 5000
        buildings = station.households.buildings()
        assert len(buildings) > 25
        addresses = [r.address for r in station.households.all_rows()]
        assert len(set(addresses)) == 5000
    finally:
        station.close()


def test_the_demo_refuses_to_overwrite_a_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    path.write_bytes(b"my own data")
    with pytest.raises(DatabaseFileError):
        build_demo(path)
    assert path.read_bytes() == b"my own data"


def test_the_demo_has_investors_and_the_developers_unsold_flats(tmp_path: Path) -> None:
    station = build_demo(tmp_path / "owners.sqlite3", seed=1)
    try:
        station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        several = station.households.all_rows(HouseholdQuery(several_flats=True))
        owners = Counter(r.owner_id for r in several)
        assert owners == {"开发商-001": 5, "投资-001": 2, "投资-002": 3, "投资-003": 2}
        assert {r.owner for r in several if r.owner_id == "开发商-001"} == {"幸福里置业有限公司"}
        assert len({r.building for r in several if r.owner_id == "投资-002"}) == 2
        vote = station.votes.create({"title": "演示", "matter": "major",
                                     "sections": [{"title": "公共", "items": [{"key": "A1", "title": "停车位"}]}]})
        e = station.votes.tally(vote).compound.eligible
        assert (e.headcount, e.flats) == (802 - 4 - 1 - 2 - 1, 802)  # 12 flats of 4 owners are 4 people
    finally:
        station.close()

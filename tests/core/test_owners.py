"""Owners, not flats (法释〔2009〕7号 Art. 9): the registry's owner columns, the tally by owner, one
owner one ballot, holdouts by owner, and closing dates that close."""

from __future__ import annotations

import csv
import json
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

from fast_station import as_volunteer_fixture, station_fixture, station_template_fixture  # noqa: F401  # quicker copies of conftest's fixtures, found by name
from mutual_aid_desk.core.households import HouseholdInput, HouseholdQuery
from mutual_aid_desk.core.roster import apply_import, export_households, preview_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tally import Bar
from mutual_aid_desk.errors import PermissionDenied, ValidationError
from vote_support import plan

TWO_THIRDS = Bar(Fraction(2, 3))


def _json(value: object) -> dict:
    return json.loads(value) if isinstance(value, str) else value


def write_csv(path: Path, rows: list[list[object]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def roster_120(tmp_path: Path) -> Path:
    """120 flats of 100 m² in buildings 1-3 (2 units × 20 rooms): 110 owners. One investor holds 2
    flats, another 3 (one of them in another building), and the developer 8 unsold flats."""
    rows: list[list[object]] = [["地址", "户主", "面积", "产权人", "产权人编号"]]
    special = {"1-1-101": ("周投资", "INV-1"), "1-1-102": ("周投资", "INV-1"),
               "1-2-101": ("吴投资", "INV-2"), "1-2-102": ("吴投资", "INV-2"), "2-1-101": ("吴投资", "INV-2")}
    for n in range(8):
        special[f"3-2-{(n // 2 + 1)}0{n % 2 + 1}"] = ("某某置业有限公司", "KFS")
    for b in (1, 2, 3):
        for u in (1, 2):
            for floor in range(1, 11):
                for room in (1, 2):
                    address = f"{b}-{u}-{floor}0{room}"
                    owner, owner_id = special.get(address, (f"业主{address}", ""))
                    rows.append([address, owner if owner_id else "", "100", owner, owner_id])
    assert len(rows) == 121
    return write_csv(tmp_path / "roster.csv", rows)


def yes_no_plan(**overrides: object) -> dict:
    return plan(sections=[{"title": "公共区域", "items": [
        {"key": "A1", "title": "增设停车位", "kind": "yesno", "scope": "compound"},
        {"key": "A2", "title": "楼道窗户", "kind": "yesno", "scope": "building"}]}], **overrides)


def test_120_flats_of_110_owners_74_owners_voting_meet_two_thirds(station: Station, tmp_path: Path) -> None:
    preview = preview_import(station, roster_120(tmp_path))
    assert len(preview.added) == 120
    apply_import(station, preview)
    assert station.households.find("3-2-501").owner_id == ""
    assert station.households.find("3-2-101").owner == "某某置业有限公司"
    vote = station.votes.create(yes_no_plan())
    result = station.votes.tally(vote)
    assert (result.compound.eligible.headcount, result.compound.eligible.flats) == (110, 120)
    assert result.compound.eligible.area_centi == 120 * 100 * 100  # the full area: every flat's

    # 74 owners each vote through one flat: the developer, both investors and 71 owners of one flat.
    voters = ["3-2-101", "1-1-102", "2-1-101"]
    singles = [h.address for h in station.households.all_rows() if not h.owner_id]
    voters += singles[:71]
    for address in voters:
        station.votes.submit(vote, address, {"A1": "同意", "A2": "同意"})
    result = station.votes.tally(vote)
    p = result.compound.participated
    assert (p.headcount, p.flats, p.area_centi) == (74, 84, 84 * 100 * 100)
    assert result.participation_met  # 74 of 110 owners, 8,400 of 12,000 m²
    assert not TWO_THIRDS.met(74, 120)  # counted by flats, 74 ballots would not have been enough
    data = result.json()
    assert data["eligible"] == {"headcount": 110, "area": "12000.00"}
    assert data["flats"] == {"eligible": 120, "participated": 84}
    assert "参与 74/110 人（对应 84/120 户" in result.counter("zh")
    assert data["headcount_rule_zh"] == "业主人数按专有部分计算；同一业主拥有多个专有部分的、建设单位未出售的部分，按一人计算"
    agree = result.items[0].groups[0].agree
    assert (agree.headcount, agree.flats, agree.area_centi) == (74, 84, 840000)


def test_flats_are_one_owner_by_owner_number_only_never_by_name(station: Station) -> None:
    create = station.households.create
    create(HouseholdInput(address="1-101", owner="王秀英", area="50"))
    create(HouseholdInput(address="1-102", owner="王秀英", area="50"))  # a namesake: another person
    create(HouseholdInput(address="1-201", owner="李明", owner_id="ＫＦ－01 ", area="60"))
    create(HouseholdInput(address="1-202", owner="李 明", owner_id="kf-01", area="40"))  # the same number
    assert station.households.find("1-202").owner_id == "KF-01"
    vote = station.votes.create(yes_no_plan())
    e = station.votes.tally(vote).compound.eligible
    assert (e.headcount, e.flats, e.area_centi) == (3, 4, 20000)
    several = station.households.all_rows(HouseholdQuery(several_flats=True))
    assert [r.address for r in several] == ["1-201", "1-202"]
    with pytest.raises(ValidationError) as info:
        create(HouseholdInput(address="1-301", owner_id="X" * 41))
    assert info.value.problems[0].field == "owner_id"


def test_an_owner_in_two_buildings_counts_once_in_each_with_that_buildings_area(station: Station) -> None:
    create = station.households.create
    create(HouseholdInput(address="1-101", owner_id="INV", area="100"))
    create(HouseholdInput(address="1-102", owner_id="INV", area="60"))
    create(HouseholdInput(address="1-103", area="90"))
    create(HouseholdInput(address="2-101", owner_id="INV", area="80"))
    create(HouseholdInput(address="2-102", area="70"))
    vote = station.votes.create(yes_no_plan())
    result = station.votes.submit(vote, "2-101", {"A1": "同意", "A2": "不同意"})
    assert result.also_for == ("1-101", "1-102")
    tally = station.votes.tally(vote)
    buildings = {b.group: b for b in tally.buildings}
    one, two = buildings["1"], buildings["2"]
    assert (one.eligible.headcount, one.eligible.flats, one.eligible.area_centi) == (2, 3, 25000)
    assert (one.participated.headcount, one.participated.flats, one.participated.area_centi) == (1, 2, 16000)
    assert (two.eligible.headcount, two.participated.headcount, two.participated.area_centi) == (2, 1, 8000)
    assert (tally.compound.eligible.headcount, tally.compound.participated.headcount) == (3, 1)
    assert tally.compound.participated.area_centi == 24000
    a2 = {g.group: g for g in tally.items[1].groups}
    assert (a2["1"].disagree.headcount, a2["1"].disagree.area_centi) == (1, 16000)
    assert (a2["2"].disagree.headcount, a2["2"].disagree.area_centi) == (1, 8000)
    assert a2["1"].agree.headcount == 0
    # Holdouts: the owner who voted is not listed, through none of their flats.
    assert [station.households.get(h).address for h in station.votes.holdouts(vote)] == ["1-103", "2-102"]


def test_a_second_ballot_through_another_flat_amends_the_owners_ballot(station: Station) -> None:
    create = station.households.create
    create(HouseholdInput(address="3-1-502", owner_id="INV", area="100"))
    create(HouseholdInput(address="3-1-601", owner_id="INV", area="100"))
    create(HouseholdInput(address="3-1-602", area="100"))
    vote = station.votes.create(yes_no_plan())
    first = station.votes.submit(vote, "3-1-502", {"A1": "同意", "A2": "同意"})
    assert (first.outcome, first.also_for) == ("created", ("3-1-601",))
    second = station.votes.submit(vote, "3-1-601", {"A1": "不同意", "A2": "同意"})
    assert (second.outcome, second.revision, second.also_for) == ("amended", 2, ("3-1-502",))
    assert station.votes.ballot_count(vote) == 1
    history = station.votes.history(vote, station.households.find("3-1-601").id)
    assert [(h.revision, h.answers["A1"]) for h in history] == [(1, "agree"), (2, "disagree")]
    tally = station.votes.tally(vote)
    a1 = tally.items[0].groups[0]
    assert (a1.disagree.headcount, a1.disagree.flats, a1.agree.headcount) == (1, 2, 0)
    assert station.votes.ballot(vote, station.households.find("3-1-502").id).answers["A1"] == (2,)


def test_flats_joined_under_one_owner_after_voting_count_the_latest_ballot(station: Station) -> None:
    create = station.households.create
    a = create(HouseholdInput(address="1-101", area="100"))
    create(HouseholdInput(address="1-102", area="50"))
    vote = station.votes.create(yes_no_plan())
    station.votes.submit(vote, "1-101", {"A1": "同意"})
    station.votes.submit(vote, "1-102", {"A1": "不同意"})
    for address in ("1-101", "1-102"):
        row = station.households.find(address)
        station.households.update(row.id, HouseholdInput(address=address, owner_id="O-1"), row.version)
    tally = station.votes.tally(vote)
    a1 = tally.items[0].groups[0]
    assert (tally.compound.participated.headcount, tally.compound.participated.area_centi) == (1, 15000)
    assert (a1.disagree.headcount, a1.disagree.area_centi, a1.agree.headcount) == (1, 15000, 0)
    assert a.id


def test_closing_dates_close(station: Station) -> None:
    station.volunteers.sign_in("赵主任", "246810")
    for address in ("1-101", "1-102", "1-103"):
        station.households.create(HouseholdInput(address=address, area="80"))
    closes = date.today() - timedelta(days=3)
    vote = station.votes.create(yes_no_plan(opens=(closes - timedelta(days=10)).isoformat(), closes=closes.isoformat()))
    assert station.votes.plan(vote).state() == "past_closing"
    assert station.votes.list()[0].json()["state"] == "past_closing"
    station.volunteers.sign_in("钱阿姨")
    late_day = closes + timedelta(days=1)
    with pytest.raises(ValidationError) as info:
        station.votes.submit(vote, "1-101", {"A1": "同意"}, cast_on=late_day)
    assert closes.isoformat() in str(info.value)
    with pytest.raises(ValidationError):
        station.votes.submit(vote, "1-101", {"A1": "同意"})  # undated: dated today, after the day
    # A paper ballot dated on the closing day can still be keyed in.
    assert station.votes.submit(vote, "1-102", {"A1": "同意"}, cast_on=closes).outcome == "created"
    with pytest.raises(PermissionDenied):  # only a coordinator accepts a late ballot
        station.votes.submit(vote, "1-101", {"A1": "同意"}, cast_on=late_day, accept_late="生病住院")
    station.volunteers.sign_in("赵主任", "246810")
    result = station.votes.submit(vote, "1-101", {"A1": "同意"}, cast_on=late_day, accept_late="生病住院，家属代交")
    assert result.late
    tally = station.votes.tally(vote)
    assert tally.late == 1 and tally.json()["late"] == 1
    (accepted,) = [e for e in station.audit.list(entity="ballot") if e.action == "accept_late"]
    assert _json(accepted.after)["reason"] == "生病住院，家属代交"
    # Extending the day (audited) lets a ballot of that day in.
    with pytest.raises(ValidationError):
        station.votes.extend(vote, closes - timedelta(days=1))
    station.votes.extend(vote, date.today() + timedelta(days=2), reason="延长一周")
    assert station.votes.plan(vote).state() == "open"
    assert station.votes.submit(vote, "1-103", {"A1": "不同意"}).outcome == "created"
    (extended,) = [e for e in station.audit.list(entity="vote") if e.action == "extend"]
    assert _json(extended.after)["reason"] == "延长一周"
    station.votes.close(vote)
    assert station.votes.plan(vote).state() == "closed"


def test_roster_owner_columns_import_export_and_refuse_bad_values(station: Station, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [["address", "head", "owner", "owner_id"],
                                          ["5-2-301", "张晓明", "张晓明", "P-001"],
                                          ["5-2-302", "李四", "张晓明", "P-001"]])
    apply_import(station, preview_import(station, path))
    assert station.households.find("5-2-302").owner_id == "P-001"
    out = tmp_path / "all.csv"
    export_households(station, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "产权人编号" in text and "P-001" in text
    bad = write_csv(tmp_path / "bad.csv", [["地址", "产权人编号"], ["5-2-303", "Y" * 50]])
    with pytest.raises(ValidationError) as info:
        preview_import(station, bad)
    (problem,) = info.value.problems
    assert (problem.row, problem.field) == (2, "产权人编号")


def test_paper_ballots_one_per_owner_listing_their_flats(station: Station) -> None:
    import io

    import pypdf

    from mutual_aid_desk.reports.ballots import PaperBallots

    create = station.households.create
    create(HouseholdInput(address="3-1-502", head="租户甲", owner="周投资", owner_id="INV", area="100"))
    create(HouseholdInput(address="3-1-601", owner="周投资", owner_id="INV", area="100"))
    create(HouseholdInput(address="3-1-602", head="李四", area="100"))
    vote = station.votes.create(yes_no_plan())
    reader = pypdf.PdfReader(io.BytesIO(PaperBallots(station, vote).render()))
    assert len(reader.pages) == 2  # two owners, two ballots
    first = reader.pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert "产权人：周投资" in first and "本票同时代表同一业主的：3-1-601" in first
    reprint = pypdf.PdfReader(io.BytesIO(PaperBallots(station, vote, [station.households.find("3-1-601").id]).render()))
    assert len(reprint.pages) == 1 and "V1-0001" in reprint.pages[0].extract_text().replace(" ", "")

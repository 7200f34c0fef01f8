"""Plans, ballots from every channel, amendments, the closed-vote lock and double entry."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from mutual_aid_desk.core import values
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.vote_plan import load_plan_file, parse_plan
from mutual_aid_desk.core.votes import VoteClosed
from mutual_aid_desk.errors import ConflictError, PermissionDenied, ValidationError
from mutual_aid_desk.paths import resources_dir
from vote_support import add_households, plan


def test_the_example_plan_in_resources_parses() -> None:
    spec = load_plan_file(resources_dir() / "examples" / "plan-example.json")
    assert spec.matter == "major" and len(spec.items) >= 6
    assert {i.scope for i in spec.items} == {"compound", "building", "unit", "household"}
    assert parse_plan(spec.json()).json() == spec.json()  # the file format round-trips


def test_a_bad_plan_names_every_problem() -> None:
    bad = plan(matter="major", thresholds={"approval": {"headcount": "9/10"}}, closes="2026-02-01", sections=[
        {"title": "x", "items": [
            {"key": "A1", "title": "a", "kind": "choice", "options": ["one"]},
            {"key": "A1", "title": "b"},
            {"key": "", "title": "c", "scope": "street"},
        ]}])
    with pytest.raises(ValidationError) as info:
        parse_plan(bad)
    fields = {p.field for p in info.value.problems}
    assert {"thresholds", "closes", "sections[0].items[0].options", "sections[0].items[1].key",
            "sections[0].items[2].key", "sections[0].items[2].scope"} <= fields


def test_plan_days_are_read_as_every_date_in_the_desk() -> None:
    spec = parse_plan(plan(opens="2026年3月1日", closes="20260315"))
    assert (spec.opens, spec.closes) == (date(2026, 3, 1), date(2026, 3, 15))
    with pytest.raises(ValidationError) as info:
        parse_plan(plan(closes="2026-02-30"))
    assert [(p.field, p.reason) for p in info.value.problems] == [("closes", values.REASON_DATE)]


def test_only_a_coordinator_creates_closes_and_reopens(station: Station, as_volunteer: Station) -> None:
    add_households(station)
    with pytest.raises(PermissionDenied):
        station.votes.create(plan())
    station.volunteers.sign_in("赵主任", "246810")
    vote = station.votes.create(plan())
    station.volunteers.sign_in("钱阿姨")
    with pytest.raises(PermissionDenied):
        station.votes.close(vote)
    station.votes.submit(vote, "1-1-101", {"A1": "同意"})  # volunteers enter ballots


def test_a_second_ballot_amends_the_first_and_history_keeps_both(station: Station) -> None:
    ids = add_households(station)
    vote = station.votes.create(plan())
    first = station.votes.submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄"}, channel="会议")
    assert (first.outcome, first.revision) == ("created", 1)
    second = station.votes.submit(vote, "1-1-101", {"A1": "不同意", "A2": "米黄"}, channel="上门")
    assert (second.outcome, second.revision) == ("amended", 2)
    assert station.votes.ballot_count(vote) == 1  # still one ballot per household
    ballot = station.votes.ballot(vote, ids["1-1-101"])
    assert ballot.answers == {"A1": (2,), "A2": (1,)} and ballot.channel == "door"
    history = station.votes.history(vote, ids["1-1-101"])
    assert [(h.revision, h.channel, h.answers["A1"]) for h in history] == [(1, "meeting", "agree"), (2, "door", "disagree")]
    audit = station.audit.list(entity="ballot")
    assert [e.action for e in audit] == ["amend", "create"]
    before, after = json.loads(audit[0].before), json.loads(audit[0].after)
    assert before["answers"]["A1"] == "agree" and after["answers"]["A1"] == "disagree" and after["channel"] == "door"
    assert station.votes.tally(vote).items[0].groups[0].disagree.headcount == 1
    # The household's timeline shows both.
    from mutual_aid_desk.core.votes import ballot_timeline

    entries = ballot_timeline(station, ids["1-1-101"])
    assert len(entries) == 2 and "上门" in entries[1].detail


def test_a_closed_vote_is_locked_until_reopened(station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan())
    station.votes.submit(vote, "1-1-101", {"A1": "同意"})
    station.votes.close(vote)
    with pytest.raises(VoteClosed) as info:
        station.votes.submit(vote, "1-1-101", {"A1": "不同意"})
    assert isinstance(info.value, ConflictError) and "reopen" in str(info.value)
    with pytest.raises(VoteClosed):
        station.votes.submit(vote, "1-1-102", {"A1": "同意"})
    assert station.votes.tally(vote).items[0].groups[0].agree.headcount == 1
    station.votes.reopen(vote)
    assert station.votes.submit(vote, "1-1-101", {"A1": "不同意"}).outcome == "amended"
    assert [e.action for e in station.audit.list(entity="vote")] == ["reopen", "close", "create"]


def test_answers_are_checked(station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan())
    with pytest.raises(ValidationError) as info:
        station.votes.submit(vote, "1-1-101", {"A1": "也许", "A2": "米黄,浅灰", "C1": "质量,噪音,材料", "Z9": "同意"})
    reasons = [p.reason_text() for p in info.value.problems]
    assert any("not an answer" in r for r in reasons)
    assert any("answered twice" in r for r in reasons)
    assert any("at most 2 picks" in r for r in reasons)
    assert any("no item Z9" in r for r in reasons)
    assert station.votes.ballot_count(vote) == 0


def test_plan_edits_only_before_ballots(station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan())
    spec = station.votes.plan(vote)
    edited = station.votes.update_plan(vote, plan(title="改过的方案"), spec.version)
    assert edited.title == "改过的方案" and edited.version == spec.version + 1
    with pytest.raises(ConflictError):
        station.votes.update_plan(vote, plan(title="旧版本"), spec.version)
    station.votes.submit(vote, "1-1-101", {"A1": "同意"})
    with pytest.raises(ValidationError):
        station.votes.update_plan(vote, plan(title="再改"), edited.version)


def test_double_entry_lists_mismatches_and_only_reconciled_ballots_count(station: Station) -> None:
    ids = add_households(station)
    station.volunteers.add("孙大爷", "volunteer")
    vote = station.votes.create(plan(double_entry=True))
    station.volunteers.sign_in("钱阿姨")
    assert station.votes.submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄"}).outcome == "keyed"
    assert station.votes.submit(vote, "1-1-102", {"A1": "同意"}).outcome == "keyed"
    assert station.votes.tally(vote).compound.participated.headcount == 0  # nothing counts yet
    station.volunteers.sign_in("孙大爷")
    assert station.votes.submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄"}).outcome == "reconciled"
    result = station.votes.submit(vote, "1-1-102", {"A1": "不同意"})
    assert result.outcome == "mismatch" and result.differences == ("A1",)
    assert station.votes.tally(vote).compound.participated.headcount == 1
    mismatches = station.votes.mismatches(vote)
    assert [(m.address, m.items) for m in mismatches] == [("1-1-102", (("A1", "同意", "不同意"),))]
    assert set(mismatches[0].operators) == {"钱阿姨", "孙大爷"}
    # Checked against the paper: 孙大爷 keys it again, now matching.
    assert station.votes.submit(vote, "1-1-102", {"A1": "同意"}).outcome == "reconciled"
    assert station.votes.mismatches(vote) == []
    assert station.votes.tally(vote).compound.participated.headcount == 2
    assert station.votes.pending_keyings(vote) == []
    assert station.votes.ballot(vote, ids["1-1-102"]).answers == {"A1": (1,)}


def test_ballots_appear_in_the_household_timeline(station: Station) -> None:
    from mutual_aid_desk.core.timeline import household_timeline

    ids = add_households(station)
    vote = station.votes.create(plan())
    station.votes.submit(vote, "2-101", {"A1": "同意"}, channel="proxy")
    entries = [e for e in household_timeline(station, ids["2-101"]) if e.kind == "ballot"]
    assert len(entries) == 1 and "测试改造方案" in entries[0].title and "委托" in entries[0].detail


def test_station_open_creates_the_vote_tables(db_path: Path, station: Station) -> None:
    import backend

    names, indexes = backend.schema(station)
    assert {"vote", "vote_section", "vote_item", "ballot", "ballot_answer", "ballot_revision", "ballot_keying"} <= names
    assert {"ix_ballot_answer_tally", "ix_ballot_household_id", "ix_ballot_answer_item_id"} <= indexes

"""The demo's practice work and the home page's summary: every page has realistic work to carry on."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from mutual_aid_desk.core.demo import DEMO_SEARCH_ADDRESS, build_demo
from mutual_aid_desk.core.households import HouseholdQuery
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.today import today

ON = date(2026, 3, 10)  # the practice work is dated around this day


def snapshot(station: Station) -> dict[str, object]:
    vote = station.votes.list()[0].id
    drive = station.funds.drives()[0].id
    return {
        "votes": [(v.title, v.status, v.opens, v.closes, v.ballots) for v in station.votes.list()],
        "ballots": sorted((h, b.channel, tuple(sorted(b.answers.items()))) for h in station.votes.eligible_ids(vote)
                          if (b := station.votes.ballot(vote, h)) is not None),
        "ledger": [(r.receipt_no, r.address, r.amount_fen, r.method, r.day) for r in station.funds.ledger(drive)],
        "meetings": [(m.date, m.buildings, tuple(sorted((k, v.mode) for k, v in station.meetings.attendance(m.id).items())))
                     for m in station.meetings.list()],
        "visits": [(v.address, v.visited_at, v.outcome, v.follow_up) for v in station.visits.list()],
        "consultations": [(c.who, c.category, c.status, c.follow_up) for c in station.consultations.list()],
    }


@pytest.fixture(scope="module")
def practice(tmp_path_factory: pytest.TempPathFactory) -> Station:
    station = build_demo(tmp_path_factory.mktemp("practice") / "p.sqlite3", practice=True, today=ON)
    yield station
    station.close()


def test_same_seed_same_practice_work(practice: Station, tmp_path: Path) -> None:
    again = build_demo(tmp_path / "again.sqlite3", practice=True, today=ON)
    try:
        assert snapshot(again) == snapshot(practice)
    finally:
        again.close()


def test_every_page_has_work_in_progress(practice: Station) -> None:
    (vote,) = practice.votes.list()
    assert vote.status == "open" and vote.opens < ON < vote.closes
    result = practice.votes.tally(vote.id)
    assert 0 < result.compound.participated.headcount < result.compound.eligible.headcount
    assert not result.participation_met, "still in progress: households to win over"

    (drive,) = practice.funds.drives()
    assert 0.3 < drive.paid_households / drive.households < 0.7, "about half collected"
    methods = {r.method for r in practice.funds.ledger(drive.id)}
    assert methods == {"cash", "wechat", "alipay", "bank"}

    meetings = practice.meetings.list()
    assert len(meetings) == 13 and meetings[0].vote_id == vote.id
    past = [m for m in meetings if m.date < ON]
    assert past and all(practice.meetings.stats(m.id).attended > 0 for m in past)
    assert all(practice.meetings.stats(m.id).attended == 0 for m in meetings if m.date >= ON)
    assert any(m.date == ON for m in meetings), "a meeting tonight"

    assert practice.visits.count() >= 100
    assert practice.visits.due_count(ON) > 0
    assert {c.status for c in practice.consultations.list()} == {"open", "referred", "resolved"}
    assert practice.audit.verify().ok


def test_the_readme_examples_find_their_households(practice: Station) -> None:
    """`households list --search zxm` finds 张晓明 at 5-2-301, who has neither paid nor voted yet."""
    found = practice.households.rows_by_ids(practice.households.matching_ids(HouseholdQuery(text="zxm")))
    assert DEMO_SEARCH_ADDRESS in [r.address for r in found]
    drive = practice.funds.drives()[0].id
    share = practice.funds.share_of(drive, DEMO_SEARCH_ADDRESS)
    assert share.paid_fen == 0 and share.due_fen == 873
    vote = practice.votes.list()[0].id
    assert practice.votes.ballot(vote, practice.households.find(DEMO_SEARCH_ADDRESS).id) is None


def test_today_gathers_what_the_domains_say(practice: Station) -> None:
    summary = today(practice, ON)
    assert summary.due_count == len(practice.visits.due(ON)) == practice.visits.due_count(ON)
    assert [d.record_id for d in summary.due] == [d.record_id for d in practice.visits.due(ON)][:5]
    (meeting,) = summary.meetings
    assert meeting.today and meeting.meeting.date == ON
    assert (meeting.invited, meeting.attended) == (practice.meetings.stats(meeting.meeting.id).invited, 0)
    (vote,) = summary.votes
    result = practice.votes.tally(vote.vote_id)
    assert (vote.households_needed, vote.area_needed_centi) == result.compound.needed(result.rule.participation)
    assert vote.participated == result.compound.participated.headcount
    (drive,) = summary.drives
    status = practice.funds.status(drive.drive_id)
    assert (drive.paid_fen, drive.due_fen) == (status.paid_total_fen, status.due_total_fen)
    assert drive.paid_households == status.coverage.paid


def test_today_without_a_meeting_tonight_shows_the_next(practice: Station) -> None:
    last = practice.meetings.list()[-1]
    summary = today(practice, last.date)
    assert summary.meetings[0].today
    after = today(practice, last.date + timedelta(days=1))
    assert after.meetings == []
    before = today(practice, ON - timedelta(days=30))
    assert not before.meetings[0].today and before.meetings[0].meeting.date == practice.meetings.list()[0].date


def test_a_closed_vote_leaves_the_summary(tmp_path: Path) -> None:
    station = build_demo(tmp_path / "closed.sqlite3", households=60, practice=True, today=ON)
    try:
        station.volunteers.sign_in("李桂兰", "123456")
        station.votes.close(station.votes.list()[0].id)
        assert today(station, ON).votes == []
    finally:
        station.close()

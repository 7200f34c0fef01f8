"""The tally: exact thresholds at their edges, every scope, choices, abstentions and the base."""

from __future__ import annotations

from fractions import Fraction

import pytest

from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tally import Amount, Bar, Participation, Rule, TallyItem, decide, parse_fraction, percent
from mutual_aid_desk.errors import ValidationError
from vote_support import add_households, plan

TWO_THIRDS = Bar(Fraction(2, 3))


def test_534_of_802_is_below_two_thirds_and_535_is_not() -> None:
    assert not TWO_THIRDS.met(534, 802)
    assert TWO_THIRDS.met(535, 802)
    assert TWO_THIRDS.needed(802) == 535
    # A float would be tempted: 534/802 = 0.6658 and 2/3 = 0.6667, but 534.67 is the exact bar.
    assert Fraction(534, 802) < Fraction(2, 3) < Fraction(535, 802)


def test_at_least_three_quarters_includes_the_bar_and_more_than_does_not() -> None:
    at_least, more_than = Bar(Fraction(3, 4)), Bar(Fraction(3, 4), strict=True)
    assert at_least.met(3, 4) and not more_than.met(3, 4)
    assert at_least.met(600, 800) and not more_than.met(600, 800)
    assert more_than.met(601, 800)
    assert at_least.needed(800) == 600 and more_than.needed(800) == 601
    assert not at_least.met(599, 800)


def test_more_than_half_excludes_exactly_half() -> None:
    half = Rule.ordinary().approval
    assert not half.met(50, 100, 5000, 10000)
    assert half.met(51, 100, 5001, 10000)
    assert not half.met(51, 100, 5000, 10000)  # headcount passes, area exactly half: fails


def test_both_headcount_and_area_must_pass() -> None:
    major = Rule.major().approval
    assert not major.met(3, 4, 70, 100)   # 3/4 heads but only 70 % of the area
    assert not major.met(2, 4, 90, 100)   # 90 % of the area but only half the heads
    assert major.met(3, 4, 75, 100)


def test_parse_fraction_is_exact_and_refuses_floats() -> None:
    assert parse_fraction("2/3") == Fraction(2, 3)
    assert parse_fraction("85%") == Fraction(17, 20)
    assert parse_fraction("0.9") == Fraction(9, 10)
    for bad in ("1.5", "0", "abc", 0.75, "-1/2"):
        with pytest.raises(ValidationError):
            parse_fraction(bad)


def test_custom_rule_by_headcount_only_and_its_words() -> None:
    rule = Rule.from_plan("custom", {"participation": {"headcount": "90%"},
                                     "approval": {"headcount": "85%", "strict": True}})
    assert rule.approval.area is None
    assert rule.approval.met(86, 100, 0, 10000)  # area not checked
    assert not rule.approval.met(85, 100, 10000, 10000)  # strictly more than 85 %
    assert "超过85%" in rule.describe("zh") and "90%以上" in rule.describe("zh")
    assert "more than 85 %" in rule.describe("en")
    with pytest.raises(ValidationError) as info:
        Rule.from_plan("custom", {"participation": {}, "approval": {"area": "7/5"}})
    fields = {p.field for p in info.value.problems}
    assert fields == {"thresholds.participation", "thresholds.approval.area"}


def test_rule_words_name_the_law() -> None:
    assert "三分之二以上" in Rule.major().describe("zh") and "四分之三以上" in Rule.major().describe("zh")
    assert "过半数" in Rule.ordinary().describe("zh")
    assert "more than half" in Rule.ordinary().describe("en")


def test_counter_text_says_how_far_from_the_bar() -> None:
    p = Participation("all", Amount(802, 6823400), Amount(412, 3302000))
    assert p.counter(Rule.major().participation) == (
        "participation 412/802 owners (51.4 %; 412/802 flats), 33,020/68,234 m²: 123 more owners and 12,470 m² needed")
    assert percent(2, 3) == "66.7" and percent(1, 8) == "12.5"


ITEM = TallyItem(1, "A2", "外墙颜色", "s", "choice", "compound", ("米黄", "浅灰"))


def test_choice_winner_by_headcount_with_area_breaking_ties() -> None:
    rule = Rule.ordinary()
    elig, part = Amount(10, 1000), Amount(10, 1000)
    g = decide(ITEM, rule, "all", elig, part, {1: Amount(5, 400), 2: Amount(5, 600)})
    assert g.winner == "浅灰"  # equal headcount: the larger area wins
    assert not g.passed  # but 5/10 is not more than half
    g = decide(ITEM, rule, "all", elig, part, {1: Amount(6, 300), 2: Amount(4, 700)})
    assert g.winner == "米黄"  # more households win even with less area
    assert not g.passed  # 30 % of the area does not carry
    g = decide(ITEM, rule, "all", elig, part, {1: Amount(5, 500), 2: Amount(5, 500)})
    assert g.winner is None and not g.passed  # equal in both: no winner


def test_abstaining_counts_as_participating_not_agreeing() -> None:
    item = TallyItem(2, "A1", "停车位", "s", "yesno", "compound")
    g = decide(item, Rule.major(), "all", Amount(4, 400), Amount(3, 300), {1: Amount(2, 200)})
    assert g.participation_met  # 3 of 4 took part
    assert g.abstain.headcount == 1  # the blank counts as abstaining
    assert not g.passed  # 2 of 3 participating is below 3/4


# --- against the database -------------------------------------------------------------------------


def test_every_scope_and_the_base(station: Station) -> None:
    ids = add_households(station)
    vote = station.votes.create(plan(matter="ordinary"))
    submit = station.votes.submit
    submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄", "A3": "同意", "A4": "同意", "B1": "同意", "C1": "质量,噪音"})
    submit(vote, "1-1-102", {"A1": "同意", "A2": "浅灰", "A3": "同意", "A4": "不同意", "B1": "不同意", "C1": "质量"})
    submit(vote, "1-1-201", {"A1": "弃权", "A2": "米黄", "A3": "不同意", "A4": "同意"})
    submit(vote, "1-2-101", {"A1": "同意", "A3": "不同意", "A4": "同意"})
    submit(vote, "2-101", {"A1": "不同意", "A4": "同意", "B1": "同意"})
    submit(vote, "2-103", {"A1": "同意", "A4": "同意"})
    result = station.votes.tally(vote).json()

    # Vacant and unreachable households stay in the base; a missing area counts 0 and is reported.
    assert result["eligible"] == {"headcount": 8, "area": "550.00"}
    assert result["participated"] == {"headcount": 6, "area": "500.00"}
    assert (result["vacant"], result["unreachable"], result["missing_area"]) == (1, 1, 1)
    assert result["participation_met"]  # 6/8 ≥ 2/3, 500/550 ≥ 2/3
    items = {i["key"]: i for i in result["items"]}

    a1 = items["A1"]["groups"]
    assert [g["group"] for g in a1] == ["all"]
    assert a1[0]["agree"] == {"headcount": 4, "area": "320.00"}
    assert a1[0]["abstain"] == {"headcount": 1, "area": "100.00"}
    assert a1[0]["passed"]  # 4/6 > 1/2 and 320/500 > 1/2

    a2 = items["A2"]["groups"][0]
    assert a2["options"]["米黄"]["headcount"] == 2 and a2["winner"] == "米黄"
    assert not a2["passed"]  # 2 of 6 participating is not more than half

    a3 = {g["group"]: g for g in items["A3"]["groups"]}
    assert list(a3) == ["1-1", "1-2", "2"]
    assert a3["1-1"]["passed"]  # 2 of 3 agree in stairwell 1-1
    assert not a3["1-2"]["participation_met"]  # 1 of 2 took part in 1-2
    assert not a3["2"]["passed"]

    a4 = {g["group"]: g for g in items["A4"]["groups"]}
    assert list(a4) == ["1", "2"]
    assert a4["1"]["agree"]["headcount"] == 3 and a4["1"]["passed"]
    assert a4["2"]["eligible"]["headcount"] == 3 and a4["2"]["participated"]["headcount"] == 2
    assert a4["2"]["passed"]

    b1 = items["B1"]
    assert [g["group"] for g in b1["groups"]][:3] == ["1-1-101", "1-1-102", "1-1-201"]
    assert b1["opted_in"] == ["1-1-101", "2-101"]

    c1 = items["C1"]["groups"][0]
    assert c1["options"]["质量"]["headcount"] == 2 and c1["options"]["噪音"]["headcount"] == 1
    assert c1["abstain"]["headcount"] == 4  # six took part, two answered

    buildings = {b["group"]: b for b in result["buildings"]}
    assert buildings["2"]["vacant"] == 1 and buildings["2"]["participated"]["headcount"] == 2
    assert buildings["1"]["counter"].startswith("participation 4/5 owners")
    assert station.votes.holdouts(vote) == [ids["1-2-102"], ids["2-102"]]


def test_plan_buildings_limit_the_base(station: Station) -> None:
    add_households(station)
    vote = station.votes.create(plan(buildings=["2"]))
    result = station.votes.tally(vote)
    assert result.compound.eligible.headcount == 3
    with pytest.raises(ValidationError) as info:
        station.votes.submit(vote, "1-1-101", {"A1": "同意"})
    assert "not in this vote's buildings" in str(info.value)


def test_534_and_535_ballots_of_802_in_the_demo(demo_station: Station) -> None:
    from sqlalchemy import update

    from mutual_aid_desk.db.tables import Household

    # One owner per flat here (the demo's investors and developer would make 794 owners).
    with demo_station._db.write() as s:
        s.connection().execute(update(Household.__table__).values(owner_id=""))
    vote = demo_station.votes.create(plan(matter="custom", thresholds={
        "participation": {"headcount": "2/3"}, "approval": {"headcount": "1/2", "strict": True}}))
    ids = demo_station.votes.eligible_ids(vote)
    assert len(ids) == 802
    demo_station.votes.submit_many(vote, [(i, "", {"A1": (1,)}, "meeting", None) for i in ids[:534]])
    result = demo_station.votes.tally(vote)
    assert not result.participation_met
    assert "534/802" in result.counter() and "1 more owners" in result.counter()
    demo_station.votes.submit_many(vote, [(ids[534], "", {"A1": (1,)}, "door", None)])
    assert demo_station.votes.tally(vote).participation_met


def test_a_write_between_the_two_read_snapshots_is_counted_once(station: Station, monkeypatch: pytest.MonkeyPatch) -> None:
    """The compound items are counted on a second connection; if it saw another state, recount."""
    from mutual_aid_desk.core import tally as tally_module

    add_households(station)
    vote = station.votes.create(plan())
    for address in ("1-1-101", "1-1-102", "2-101"):
        station.votes.submit(vote, address, {"A1": "同意", "A2": "浅灰"})
    expected = station.votes.tally(vote).json()
    marks = iter(range(100))
    monkeypatch.setattr(tally_module, "_snapshot_mark", lambda conn: next(marks))  # never equal
    assert station.votes.tally(vote).json() == expected

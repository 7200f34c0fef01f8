"""The tally of a vote, exact and in the law's terms (Civil Code Art. 278; Art. 1259 on 以上/超过).

Every comparison is integer arithmetic on exact fractions: ``part/whole >= a/b`` is tested as
``part * b >= a * whole``, so 534 of 802 is below 2/3 and 535 is not, whatever a float would say.
Area is counted in hundredths of a square metre.

Who counts: every eligible household (live, in the plan's buildings) is in the denominators,
vacant and unreachable ones included; they are reported, never dropped. A household with a ballot
has participated, even where it abstained or left an item blank; abstaining is not agreeing.

The headcount counts owners, not flats (法释〔2009〕7号 Art. 9; see ``core/owners.py``): flats that
share an owner number are one person, with all their area. The SQL below counts flats; the few
flats whose owner holds several are then read on their own, and each group's figures are corrected
by the difference between counting them as flats and counting them as one owner (once in every
group where the owner holds a flat, with that group's flats' area). Every figure also carries its
count of flats ("参与 612 人（对应 640 户）").

A bar whose base is zero: an empty headcount never meets a bar; an area base of zero (no area on
record for anyone in the group) leaves the decision to the headcount, and the households without
area are reported.

The SQL here groups in the database (one ``GROUP BY`` over the answers, joined to the registry for
building, unit and area) and only folds the small grouped result in Python.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import bindparam, select as sa_select, text

from mutual_aid_desk.core.bulk import paused_gc
from mutual_aid_desk.core.owners import RULE_EN, RULE_ZH, shared_flats
from mutual_aid_desk.core.values import format_area, format_m2
from mutual_aid_desk.db.tables import Ballot, BallotAnswer
from mutual_aid_desk.db.tables.common import table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

AGREE, DISAGREE, ABSTAIN = 1, 2, 3
SCOPES = ("compound", "building", "unit", "household")
KINDS = ("yesno", "choice", "multi")
MATTERS = ("major", "ordinary", "custom")

REASON_FRACTION = QT_TRANSLATE_NOOP("Problems", "not a fraction between 0 and 1: write 2/3, 0.85 or 85%")
REASON_BAR_MISSING = QT_TRANSLATE_NOOP("Problems", "give a bar by headcount, by area, or both")


# --- bars and rules -----------------------------------------------------------------------------


def parse_fraction(value: Any, field_name: str = "fraction") -> Fraction:
    """'2/3', '0.85', '85%', 0.75 as a string → an exact Fraction in (0, 1].

    Raises:
        ValidationError: anything else (floats are refused: they are not exact).
    """
    text_ = str(value).strip().replace("％", "%") if value is not None and not isinstance(value, float) else None
    try:
        if text_ is None:
            raise ValueError
        if text_.endswith("%"):
            f = Fraction(text_[:-1].strip()) / 100
        else:
            f = Fraction(text_)
    except (ValueError, ZeroDivisionError):
        raise ValidationError.single(field_name, value, REASON_FRACTION) from None
    if not 0 < f <= 1:
        raise ValidationError.single(field_name, value, REASON_FRACTION)
    return f


@dataclass(frozen=True)
class Bar:
    """``part/whole`` must be at least (以上) or more than (超过) ``fraction``."""

    fraction: Fraction
    strict: bool = False

    def met(self, part: int, whole: int) -> bool:
        f = self.fraction
        if self.strict:
            return part * f.denominator > f.numerator * whole
        return part * f.denominator >= f.numerator * whole

    def needed(self, whole: int) -> int:
        """The smallest part that meets the bar out of ``whole``."""
        f = self.fraction
        product = f.numerator * whole
        if self.strict:
            return product // f.denominator + 1
        return -(-product // f.denominator)

    def json(self) -> str:
        return f"{self.fraction.numerator}/{self.fraction.denominator}"


@dataclass(frozen=True)
class Stage:
    """Bars by headcount and by area; a missing one is not checked. Both must be met."""

    headcount: Bar | None
    area: Bar | None

    def met(self, heads: int, heads_base: int, area: int, area_base: int) -> bool:
        ok = True
        if self.headcount is not None:
            ok = heads_base > 0 and self.headcount.met(heads, heads_base)
        elif heads_base == 0:
            ok = False
        if self.area is not None and area_base > 0:
            ok = ok and self.area.met(area, area_base)
        return ok

    def json(self) -> dict[str, Any]:
        strict = any(b.strict for b in (self.headcount, self.area) if b)
        return {"headcount": self.headcount.json() if self.headcount else None,
                "area": self.area.json() if self.area else None, "strict": strict}


TWO_THIRDS = Bar(Fraction(2, 3))
PARTICIPATION = Stage(TWO_THIRDS, TWO_THIRDS)


@dataclass(frozen=True)
class Rule:
    """The rule in force for one vote: its matter class and the two stages."""

    matter: str
    participation: Stage
    approval: Stage

    @classmethod
    def major(cls) -> Rule:
        return cls("major", PARTICIPATION, Stage(Bar(Fraction(3, 4)), Bar(Fraction(3, 4))))

    @classmethod
    def ordinary(cls) -> Rule:
        half = Bar(Fraction(1, 2), strict=True)
        return cls("ordinary", PARTICIPATION, Stage(half, half))

    @classmethod
    def from_plan(cls, matter: str, thresholds: dict[str, Any] | None = None, *, field_name: str = "thresholds") -> Rule:
        """The rule for a matter class; ``custom`` reads ``thresholds`` as in the plan file.

        Raises:
            ValidationError: naming ``thresholds.<stage>.<measure>`` for a bad fraction.
        """
        if matter == "major":
            return cls.major()
        if matter == "ordinary":
            return cls.ordinary()
        thresholds = thresholds or {}
        problems: list[Problem] = []
        stages = []
        for name in ("participation", "approval"):
            spec = thresholds.get(name) or {}
            if not isinstance(spec, dict):
                spec = {}
            strict = bool(spec.get("strict", False))
            bars: list[Bar | None] = []
            for measure in ("headcount", "area"):
                raw = spec.get(measure)
                if raw in (None, ""):
                    bars.append(None)
                    continue
                try:
                    bars.append(Bar(parse_fraction(raw, f"{field_name}.{name}.{measure}"), strict))
                except ValidationError as exc:
                    problems.extend(exc.problems)
                    bars.append(None)
            if bars == [None, None] and not any(p.field.startswith(f"{field_name}.{name}") for p in problems):
                problems.append(Problem(f"{field_name}.{name}", "", REASON_BAR_MISSING))
            stages.append(Stage(*bars))
        if problems:
            raise ValidationError(problems)
        return cls("custom", stages[0], stages[1])

    def json(self) -> dict[str, Any]:
        return {"participation": self.participation.json(), "approval": self.approval.json()}

    def describe(self, lang: str = "zh") -> str:
        """The rule in words, as printed on every result screen and document."""
        return describe_rule(self, lang)


_CN_DIGITS = "零一二三四五六七八九十"


def _fraction_words(bar: Bar, lang: str) -> str:
    f = bar.fraction
    if lang == "zh":
        if f == Fraction(1, 2) and bar.strict:
            return "过半数"
        if f.denominator <= 6:
            words = f"{_CN_DIGITS[f.denominator]}分之{_CN_DIGITS[f.numerator]}"
        else:
            words = f"{_percent_text(f)}%"
        return f"超过{words}" if bar.strict else f"{words}以上"
    words = f"{f.numerator}/{f.denominator}" if f.denominator <= 6 else f"{_percent_text(f)} %"
    if f == Fraction(1, 2) and bar.strict:
        return "more than half"
    return f"more than {words}" if bar.strict else f"at least {words}"


def _percent_text(f: Fraction) -> str:
    tenths = (f.numerator * 2000 + f.denominator) // (2 * f.denominator)
    return f"{tenths // 10}" if tenths % 10 == 0 else f"{tenths // 10}.{tenths % 10}"


#: Each measure of a stage in words: Chinese before the fraction, English after it.
_MEASURE_ZH = {"area": "专有部分面积", "headcount": "业主人数"}
_MEASURE_EN = {"area": "floor area", "headcount": "households"}


def _stage_words(stage: Stage, lang: str, *, participating: bool) -> str:
    bars = (("headcount", stage.headcount), ("area", stage.area))
    if lang == "zh":  # area first, as the Civil Code words it
        prefix = "参与表决" if participating else ""
        return "且".join(f"{prefix}{_MEASURE_ZH[m]}{_fraction_words(bar, lang)}" for m, bar in reversed(bars) if bar)
    prefix = "of the participating " if participating else "of the "
    return " and ".join(f"{_fraction_words(bar, lang)} {prefix}{_MEASURE_EN[m]}" for m, bar in bars if bar)


MATTER_WORDS = {
    "zh": {"major": "重大事项（《民法典》第二百七十八条第一款第六至八项）", "ordinary": "一般事项（《民法典》第二百七十八条）",
           "custom": "自定义规则"},
    "en": {"major": "Major matter (Civil Code Art. 278, items 6-8)", "ordinary": "Ordinary matter (Civil Code Art. 278)",
           "custom": "Custom rule"},
}
MATTER_SHORT = {"zh": {"major": "重大事项", "ordinary": "一般事项", "custom": "自定义"},
                "en": {"major": "major", "ordinary": "ordinary", "custom": "custom"}}


def describe_rule(rule: Rule, lang: str = "zh") -> str:
    lang = "zh" if lang.startswith("zh") else "en"
    matter = MATTER_WORDS[lang][rule.matter]
    if lang == "zh":
        return (f"{matter}：应由{_stage_words(rule.participation, lang, participating=False)}的业主参与表决；"
                f"须经{_stage_words(rule.approval, lang, participating=True)}的业主同意。"
                "弃权计入参与，不计为同意；空置、联系不上的户计入基数。")
    return (f"{matter}: owners holding {_stage_words(rule.participation, lang, participating=False)} must take part; "
            f"approval needs {_stage_words(rule.approval, lang, participating=True)}. "
            "Abstaining counts as taking part, not as agreeing; vacant and unreachable households stay in the base.")


# --- results --------------------------------------------------------------------------------------


@dataclass
class Amount:
    """A count of owners (the headcount), their floor area (m² × 100) and their flats."""

    headcount: int = 0
    area_centi: int = 0
    flats: int | None = None  # None: as many flats as owners

    def __post_init__(self) -> None:
        if self.flats is None:
            self.flats = self.headcount

    def add(self, heads: int, area: int, flats: int | None = None) -> None:
        self.headcount += heads
        self.area_centi += area
        self.flats = (self.flats or 0) + (heads if flats is None else flats)

    def plus(self, other: Amount) -> None:
        self.add(other.headcount, other.area_centi, other.flats)

    def json(self) -> dict[str, Any]:
        return {"headcount": self.headcount, "area": format_area(self.area_centi)}


def flats_json(eligible: Amount, participated: Amount) -> dict[str, int]:
    """The flats beside the owners: {"eligible": 802, "participated": 640}."""
    return {"eligible": eligible.flats or 0, "participated": participated.flats or 0}


def percent(part: int, whole: int) -> str:
    """part/whole as a percentage with one decimal, rounded half up, exactly: 412/802 → '51.4'."""
    if whole <= 0:
        return "0.0"
    tenths = (part * 2000 + whole) // (2 * whole)
    return f"{tenths // 10}.{tenths % 10}"


@dataclass
class Participation:
    """Eligible and participating households of one group, and the households worth reporting."""

    group: str
    eligible: Amount = field(default_factory=Amount)
    participated: Amount = field(default_factory=Amount)
    vacant: int = 0
    unreachable: int = 0
    missing_area: int = 0
    met: bool = False

    def needed(self, stage: Stage) -> tuple[int, int]:
        """More households and more area (m² × 100) still needed to meet ``stage``."""
        heads = area = 0
        if stage.headcount:
            heads = max(0, stage.headcount.needed(self.eligible.headcount) - self.participated.headcount)
        if stage.area and self.eligible.area_centi > 0:
            area = max(0, stage.area.needed(self.eligible.area_centi) - self.participated.area_centi)
        return heads, area

    def counter(self, stage: Stage, lang: str = "en") -> str:
        """'participation 412/802 owners (51.4 %; 430/820 flats), 33,020/68,234 m²: 123 more owners and 12,470 m² needed'."""
        e, p = self.eligible, self.participated
        heads, area = self.needed(stage)
        zh = lang.startswith("zh")
        if zh:
            head = (f"参与 {p.headcount}/{e.headcount} 人（对应 {p.flats}/{e.flats} 户，"
                    f"{percent(p.headcount, e.headcount)}%），"
                    f"{format_m2(p.area_centi)}/{format_m2(e.area_centi)} m²")
        else:
            head = (f"participation {p.headcount}/{e.headcount} owners ({percent(p.headcount, e.headcount)} %; "
                    f"{p.flats}/{e.flats} flats), {format_m2(p.area_centi)}/{format_m2(e.area_centi)} m²")
        if self.met:
            return head + ("：已达到参与门槛" if zh else ": participation reached")
        wants = []
        if heads:
            wants.append(f"{heads} 人" if zh else f"{heads} more owners")
        if area:
            wants.append(f"{format_m2(area, up=True)} m²")
        if zh:
            return head + "：还需 " + " 和 ".join(wants)
        return head + ": " + " and ".join(wants) + " needed"

    def json(self, stage: Stage) -> dict[str, Any]:
        heads, area = self.needed(stage)
        return {"group": self.group, "eligible": self.eligible.json(), "participated": self.participated.json(),
                "flats": flats_json(self.eligible, self.participated), "participation_met": self.met, "vacant": self.vacant, "unreachable": self.unreachable,
                "missing_area": self.missing_area, "needed": {"headcount": heads, "area": format_area(area)},
                "counter": self.counter(stage)}


@dataclass
class GroupResult:
    """An item's result in one group (the compound, a building, a stairwell or a household)."""

    group: str
    eligible: Amount
    participated: Amount
    participation_met: bool
    agree: Amount | None = None
    disagree: Amount | None = None
    abstain: Amount | None = None
    options: dict[str, Amount] | None = None
    winner: str | None = None
    approval_met: bool = False
    passed: bool = False

    def json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group, "eligible": self.eligible.json(),
                               "participated": self.participated.json(),
                               "flats": flats_json(self.eligible, self.participated),
                               "participation_met": self.participation_met}
        if self.options is None:
            assert self.agree is not None and self.disagree is not None and self.abstain is not None  # a yes/no item
            out.update(agree=self.agree.json(), disagree=self.disagree.json(), abstain=self.abstain.json())
        else:
            out["options"] = {label: a.json() for label, a in self.options.items()}
            out["winner"] = self.winner
            out["abstain"] = self.abstain.json() if self.abstain else None
        out["passed"] = self.passed
        return out


@dataclass
class ItemResult:
    key: str
    title: str
    section: str
    kind: str
    scope: str
    options: list[str]
    groups: list[GroupResult]

    @property
    def passed_groups(self) -> list[GroupResult]:
        return [g for g in self.groups if g.passed]

    def json(self) -> dict[str, Any]:
        out = {"key": self.key, "title": self.title, "scope": self.scope, "kind": self.kind,
               "groups": [g.json() for g in self.groups]}
        if self.scope == "household":
            out["opted_in"] = [g.group for g in self.groups if g.passed]
        return out


@dataclass
class TallyResult:
    vote_id: int
    title: str
    status: str
    rule: Rule
    compound: Participation
    buildings: list[Participation]
    items: list[ItemResult]
    late: int = 0  # ballots dated after the closing day, accepted by a coordinator (逾期)

    @property
    def participation_met(self) -> bool:
        return self.compound.met

    def counter(self, lang: str = "en") -> str:
        return self.compound.counter(self.rule.participation, lang)

    def json(self) -> dict[str, Any]:
        c = self.compound
        return {
            "vote": self.vote_id, "title": self.title, "status": self.status, "matter": self.rule.matter,
            "rule": self.rule.describe("en"), "rule_zh": self.rule.describe("zh"), "thresholds": self.rule.json(),
            "headcount_rule": RULE_EN, "headcount_rule_zh": RULE_ZH, "late": self.late,
            "eligible": c.eligible.json(), "participated": c.participated.json(),
            "flats": flats_json(c.eligible, c.participated), "participation_met": c.met, "counter": self.counter("en"),
            "vacant": c.vacant, "unreachable": c.unreachable, "missing_area": c.missing_area,
            "buildings": [b.json(self.rule.participation) for b in self.buildings],
            "items": [i.json() for i in self.items],
        }


# --- computing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TallyItem:
    """What the tally needs to know of an item."""

    id: int
    key: str
    title: str
    section: str
    kind: str
    scope: str
    options: tuple[str, ...] = ()


def group_of(scope: str, building: str, unit: str, address: str) -> str:
    if scope == "compound":
        return "all"
    if scope == "building":
        return building
    if scope == "unit":
        return f"{building}-{unit}" if unit else building
    return address


def decide(item: TallyItem, rule: Rule, group: str, eligible: Amount, participated: Amount,
           counts: dict[int, Amount], answered: Amount | None = None) -> GroupResult:
    """An item's result in one group from its answer counts (value → households and area).

    ``answered`` is the households that answered a multiple-choice item at all (one household may
    pick several options, so it cannot be summed from ``counts``).
    """
    p_met = rule.participation.met(participated.headcount, eligible.headcount,
                                   participated.area_centi, eligible.area_centi)
    approval = rule.approval
    if item.kind == "yesno":
        agree = counts.get(AGREE, Amount())
        disagree = counts.get(DISAGREE, Amount())
        abstain = Amount(participated.headcount - agree.headcount - disagree.headcount,
                         participated.area_centi - agree.area_centi - disagree.area_centi,
                         (participated.flats or 0) - (agree.flats or 0) - (disagree.flats or 0))
        a_met = approval.met(agree.headcount, participated.headcount, agree.area_centi, participated.area_centi)
        return GroupResult(group, eligible, participated, p_met, agree, disagree, abstain,
                           approval_met=a_met, passed=p_met and a_met)
    options = {label: counts.get(number, Amount()) for number, label in enumerate(item.options, start=1)}
    if answered is None:
        answered = Amount(sum(a.headcount for a in options.values()), sum(a.area_centi for a in options.values()),
                          sum(a.flats or 0 for a in options.values()))
    abstain = Amount(participated.headcount - answered.headcount, participated.area_centi - answered.area_centi,
                     (participated.flats or 0) - (answered.flats or 0))
    ranked = sorted(options.items(), key=lambda kv: (kv[1].headcount, kv[1].area_centi), reverse=True)
    winner = None
    if ranked and ranked[0][1].headcount > 0:
        top = ranked[0][1]
        tied = len(ranked) > 1 and (ranked[1][1].headcount, ranked[1][1].area_centi) == (top.headcount, top.area_centi)
        winner = None if tied else ranked[0][0]
    a_met = False
    if winner is not None:
        w = options[winner]
        a_met = approval.met(w.headcount, participated.headcount, w.area_centi, participated.area_centi)
    return GroupResult(group, eligible, participated, p_met, abstain=abstain, options=options, winner=winner,
                       approval_met=a_met, passed=p_met and a_met)


def _in_clause(buildings: Sequence[str]) -> tuple[str, dict[str, Any]]:
    if not buildings:
        return "", {}
    return " AND h.building IN :buildings", {"buildings": list(buildings)}


def tally(station: Station, vote_id: int, *, title: str, status: str, rule: Rule,
          buildings: Sequence[str], items: Sequence[TallyItem]) -> TallyResult:
    """Count one vote from the database; see the module docstring for who counts and how."""
    # Tens of thousands of short-lived rows and counters: pausing the collector halves the time.
    with paused_gc():
        return _tally(station, vote_id, title=title, status=status, rule=rule, buildings=buildings, items=items)


def _tally(station: Station, vote_id: int, *, title: str, status: str, rule: Rule,
           buildings: Sequence[str], items: Sequence[TallyItem]) -> TallyResult:
    where_b, params = _in_clause(buildings)
    params = {**params, "vote": vote_id}
    # Eligibility and participation per stairwell in one pass over the registry: each live
    # household, and whether the unique (vote, household) index finds a ballot for it.
    units_sql = (
        "SELECT h.building, h.unit, count(*), coalesce(sum(h.area_centi), 0), "
        "sum(CASE WHEN h.area_centi IS NULL THEN 1 ELSE 0 END), "
        "sum(CASE WHEN h.status = 'vacant' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN h.status = 'unreachable' THEN 1 ELSE 0 END), min(h.sort_key), count(b.id), "
        "coalesce(sum(CASE WHEN b.id IS NOT NULL THEN h.area_centi END), 0) "
        "FROM household h LEFT JOIN ballot b ON b.household_id = h.id AND b.vote_id = :vote "
        f"WHERE h.archived_at IS NULL{where_b} GROUP BY h.building, h.unit"
    )
    # Items decided by everyone: the same scan of the covering index the baseline GROUP BY makes.
    compound_sql = (
        "SELECT a.item_id, a.value, count(*), coalesce(sum(h.area_centi), 0) "
        "FROM ballot_answer a JOIN household h ON h.id = a.household_id "
        f"WHERE a.vote_id = :vote AND a.item_id IN :items AND h.archived_at IS NULL{where_b} "
        "GROUP BY a.item_id, a.value"
    )
    # Items decided per building or stairwell: grouped by stairwell, folded into buildings below.
    # Items decided per building or stairwell: grouped by the group's name in SQL, so Python
    # only reads one row per group and answer.
    group_names = {"building": "h.building",
                   "unit": "CASE WHEN h.unit = '' THEN h.building ELSE h.building || '-' || h.unit END"}
    grouped_sql = (
        "SELECT a.item_id, {name}, a.value, count(*), coalesce(sum(h.area_centi), 0) "
        "FROM ballot_answer a JOIN household h ON h.id = a.household_id "
        f"WHERE a.vote_id = :vote AND a.item_id IN :items AND h.archived_at IS NULL{where_b} "
        "GROUP BY a.item_id, {name}, a.value"
    )
    # Households that answered a multiple-choice item at all (one may pick several options).
    multi_sql = (
        "SELECT x.item_id, h.building, h.unit, count(*), coalesce(sum(h.area_centi), 0) FROM "
        "(SELECT DISTINCT item_id, household_id FROM ballot_answer WHERE vote_id = :vote AND item_id IN :items) x "
        f"JOIN household h ON h.id = x.household_id WHERE h.archived_at IS NULL{where_b} "
        "GROUP BY x.item_id, h.building, h.unit"
    )
    compound_items = [i for i in items if i.scope == "compound"]
    grouped_items = [i for i in items if i.scope in ("building", "unit")]
    household_items = [i for i in items if i.scope == "household"]
    multi_items = [i for i in items if i.kind == "multi" and i.scope != "household"]

    def bound(sql: str, with_items: bool = False) -> Any:
        stmt = text(sql)
        if buildings:
            stmt = stmt.bindparams(bindparam("buildings", expanding=True))
        if with_items:
            stmt = stmt.bindparams(bindparam("items", expanding=True))
        return stmt

    # Each query is a task with its own read connection, run side by side (the driver releases
    # the GIL while SQLite works); if the tasks saw different states of the file, because a write
    # landed between their snapshots, they are all run again in one snapshot.
    tasks: dict[str, Callable[[Any], list[Any]]] = {}
    if compound_items:
        ids = [i.id for i in compound_items]
        tasks["compound"] = lambda c: list(c.execute(bound(compound_sql, True), {**params, "items": ids}))
    for scope, name in group_names.items():
        wanted = [i.id for i in grouped_items if i.scope == scope]
        if wanted:
            sql = grouped_sql.replace("{name}", name)
            tasks[f"grouped:{scope}"] = (lambda sql_, wanted_: lambda c: list(
                c.execute(bound(sql_, True), {**params, "items": wanted_})))(sql, wanted)
    tasks["units"] = lambda c: list(c.execute(bound(units_sql), params))
    if multi_items:
        multi_ids = [i.id for i in multi_items]
        tasks["multi"] = lambda c: list(c.execute(bound(multi_sql, True), {**params, "items": multi_ids}))
    if household_items:
        hh_ids = [i.id for i in household_items]
        hh_sql = (
            "SELECT h.id, h.building, h.unit, h.address, coalesce(h.area_centi, 0) FROM household h "
            f"WHERE h.archived_at IS NULL{where_b} ORDER BY h.sort_key, h.id"
        )
        answers_stmt = text("SELECT household_id, item_id, value FROM ballot_answer "
                            "WHERE vote_id = :vote AND item_id IN :ids").bindparams(bindparam("ids", expanding=True))
        tasks["households"] = lambda c: list(c.execute(bound(hh_sql), params))
        tasks["participants"] = lambda c: list(c.execute(text("SELECT household_id FROM ballot WHERE vote_id = :vote"),
                                                         {"vote": vote_id}).scalars())
        tasks["household_answers"] = lambda c: list(c.execute(answers_stmt, {"vote": vote_id, "ids": hh_ids}))
    # Flats whose owner holds several (usually a handful: investors, the developer's unsold flats),
    # and the ballots entered through them with their answers.
    def shared_task(c: Any) -> list[Any]:
        # One task, so both reads share a snapshot; the ballots are read only when there are flats.
        flats = shared_flats(c, buildings)
        return [flats, list(c.execute(_shared_ballots_stmt(vote_id, [f[0] for f in flats]))) if flats else []]

    tasks["shared"] = shared_task
    rows = _run_tasks(station, tasks)
    owner_flat_rows, owner_ballot_rows = rows["shared"]

    units: dict[tuple[str, str], Participation] = {}
    order: dict[tuple[str, str], str] = {}
    compound_counts: dict[int, dict[int, Amount]] = defaultdict(dict)
    counts: dict[tuple[int, str], dict[int, Amount]] = defaultdict(dict)
    multi_answered: dict[tuple[int, str, str], Amount] = {}
    per_household: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for b, u, n, area, missing, vacant, unreachable, key, voted, voted_area in rows["units"]:
        units[(b, u)] = Participation(f"{b}-{u}" if u else b, Amount(n, area), Amount(voted, voted_area),
                                      vacant=vacant, unreachable=unreachable, missing_area=missing)
        order[(b, u)] = key
    for item_id, value, n, area in rows.get("compound", ()):
        compound_counts[item_id][value] = Amount(n, area)
    for scope in group_names:
        for item_id, group, value, n, area in rows.get(f"grouped:{scope}", ()):
            counts[(item_id, group)][value] = Amount(n, area)
    for item_id, b, u, n, area in rows.get("multi", ()):
        multi_answered[(item_id, b, u)] = Amount(n, area)
    households: list[tuple[int, str, str, str, int]] = rows.get("households", [])
    participants: set[int] = set(rows.get("participants", ()))
    for hid, item_id, value in rows.get("household_answers", ()):
        per_household[hid].append((item_id, value))

    keys = sorted(units, key=lambda k: order[k])
    compound = _roll_up("all", [units[k] for k in keys], rule)
    by_building: dict[str, list[Participation]] = {}
    for k in keys:
        by_building.setdefault(k[0], []).append(units[k])
    building_rows = [_roll_up(b, ps, rule) for b, ps in by_building.items()]
    scope_groups: dict[str, list[tuple[str, list[tuple[str, str]], Amount, Amount]]] = {
        scope: _groups_of(scope, keys, units) for scope in {i.scope for i in grouped_items}}

    owners = _OwnerCorrection(owner_flat_rows, owner_ballot_rows)
    if owners:
        # Counted as flats so far (every roll-up above summed flats): now as owners, per level.
        for level, participations in (("unit", [(group_of("unit", b, u, ""), units[(b, u)]) for b, u in keys]),
                                      ("building", [(p.group, p) for p in building_rows]),
                                      ("all", [("all", compound)])):
            for group, p in participations:
                owners.fix(level, group, p.eligible, p.participated)
        for scope, groups_ in scope_groups.items():
            for group, _, elig, part in groups_:
                owners.fix(scope, group, elig, part)
        for item in compound_items:
            owners.fix_counts("all", "all", item.id, compound_counts[item.id])
        for item in grouped_items:
            for group, _, _, _ in scope_groups[item.scope]:
                owners.fix_counts(item.scope, group, item.id, counts[(item.id, group)])
        for hid, owner_answers in owners.flats_answers().items():
            participants.add(hid)
            per_household[hid] = owner_answers
    for p in (*units.values(), *building_rows, compound):
        p.met = rule.participation.met(p.participated.headcount, p.eligible.headcount,
                                       p.participated.area_centi, p.eligible.area_centi)

    results: list[ItemResult] = []
    for item in items:
        groups: list[GroupResult] = []
        if item.scope == "household":
            for hid, _, _, address, area in households:
                took_part = hid in participants
                elig = Amount(1, area)
                part = Amount(1, area) if took_part else Amount()
                c: dict[int, Amount] = {}
                answered = Amount()
                for item_id, value in per_household.get(hid, ()):
                    if item_id == item.id:
                        c[value] = Amount(1, area)
                        answered = Amount(1, area)
                groups.append(decide(item, rule, address, elig, part, c,
                                     answered if item.kind == "multi" else None))
        elif item.scope == "compound":
            answered = Amount()
            if item.kind == "multi":
                for k in keys:
                    m = multi_answered.get((item.id, *k))
                    if m:
                        answered.plus(m)
                if owners:
                    owners.fix_answered("all", "all", item.id, answered)
            groups.append(decide(item, rule, "all", compound.eligible, compound.participated,
                                 compound_counts.get(item.id, {}), answered if item.kind == "multi" else None))
        else:
            multi = item.kind == "multi"
            for group, members, elig, part in scope_groups[item.scope]:
                answered = None
                if multi:
                    answered = Amount()
                    for k in members:
                        m = multi_answered.get((item.id, *k))
                        if m:
                            answered.plus(m)
                    if owners:
                        owners.fix_answered(item.scope, group, item.id, answered)
                groups.append(decide(item, rule, group, elig, part, counts.get((item.id, group), {}), answered))
        results.append(ItemResult(item.key, item.title, item.section, item.kind, item.scope, list(item.options), groups))
    return TallyResult(vote_id, title, status, rule, compound, building_rows, results)


def _run_tasks(station: Station, tasks: dict[str, Callable[[Any], list[Any]]]) -> dict[str, list[Any]]:
    """Run each query on its own read connection, side by side; all in one snapshot if they differ."""
    def run(task: Callable[[Any], list[Any]]) -> tuple[int, list[Any]]:
        with station.read() as session:
            conn = session.connection()
            return _snapshot_mark(conn), task(conn)

    workers = max(1, min(len(tasks), os.cpu_count() or 1))
    if station.server:  # a server works the queries itself; a desk keeps to its two connections
        workers = 1
    if workers > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {name: pool.submit(run, task) for name, task in tasks.items()}
            results = {name: f.result() for name, f in futures.items()}
        if len({mark for mark, _ in results.values()}) == 1:
            return {name: result for name, (_, result) in results.items()}
    with station.read() as session:  # one connection, one snapshot
        conn = session.connection()
        return {name: task(conn) for name, task in tasks.items()}



def _snapshot_mark(conn: Any) -> int:
    """The last audit entry this read transaction sees: every write appends one, so two
    connections that see the same mark read the same state of the station."""
    return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM audit_entry")).scalar_one())


def _groups_of(scope: str, keys: Sequence[tuple[str, str]], units: dict[tuple[str, str], Participation]
               ) -> list[tuple[str, list[tuple[str, str]], Amount, Amount]]:
    """The groups of a building or unit scope: name, member stairwells, eligible, participated."""
    buckets: dict[str, list[tuple[str, str]]] = {}
    for k in keys:
        buckets.setdefault(group_of(scope, k[0], k[1], ""), []).append(k)
    out = []
    for group, members in buckets.items():
        elig, part = Amount(), Amount()
        for k in members:
            elig.plus(units[k].eligible)
            part.plus(units[k].participated)
        out.append((group, members, elig, part))
    return out


def _roll_up(group: str, parts: Iterable[Participation], rule: Rule) -> Participation:
    total = Participation(group)
    for p in parts:
        total.eligible.plus(p.eligible)
        total.participated.plus(p.participated)
        total.vacant += p.vacant
        total.unreachable += p.unreachable
        total.missing_area += p.missing_area
    total.met = rule.participation.met(total.participated.headcount, total.eligible.headcount,
                                       total.participated.area_centi, total.eligible.area_centi)
    return total


def _shared_ballots_stmt(vote_id: int, flat_ids: Sequence[int]) -> Any:
    """Ballots entered through the given flats (those of owners of several), with their answers."""
    b, a = table_of(Ballot), table_of(BallotAnswer)
    return (sa_select(b.c.id, b.c.household_id, b.c.updated_at, a.c.item_id, a.c.value)
            .select_from(b.outerjoin(a, a.c.ballot_id == b.c.id))
            .where(b.c.vote_id == vote_id, b.c.household_id.in_(list(flat_ids))))


class _OwnerCorrection:
    """The difference, group by group, between counting an owner's flats as flats and as one owner.

    An owner's ballot is the latest saved through any of their flats (two ballots can only exist
    when flats were joined under one owner number after both had voted).
    """

    _LEVELS: ClassVar[dict[str, Callable[[str, str], str]]] = {"unit": lambda b, u: group_of("unit", b, u, ""), "building": lambda b, u: b,
               "all": lambda b, u: "all"}

    def __init__(self, shared: Iterable[Sequence[Any]], ballots: Iterable[Sequence[Any]]):
        self.flats: dict[str, list[tuple[int, str, str, int]]] = defaultdict(list)  # owner → id, b, u, area
        for hid, owner_id, b, u, _address, area in shared:
            self.flats[owner_id].append((hid, b, u, area))
        self.ballot_of_flat: dict[int, int] = {}
        stamp: dict[int, tuple[Any, int]] = {}
        self.answers: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for bid, hid, updated_at, item_id, value in ballots:
            self.ballot_of_flat[hid] = bid
            stamp[bid] = (updated_at, bid)
            if item_id is not None:
                self.answers[bid][item_id].append(value)
        self.owner_ballot: dict[str, int] = {}
        for owner, flats in self.flats.items():
            theirs = [self.ballot_of_flat[f[0]] for f in flats if f[0] in self.ballot_of_flat]
            if theirs:
                self.owner_ballot[owner] = max(theirs, key=lambda bid: stamp[bid])
        self._levels: dict[str, dict[str, list[tuple[str, list[tuple[int, str, str, int]]]]]] = {}

    def __bool__(self) -> bool:
        return bool(self.flats)

    def _by_group(self, level: str) -> dict[str, list[tuple[str, list[tuple[int, str, str, int]]]]]:
        """Each group's owners (of several flats) with their flats in that group."""
        if level not in self._levels:
            key = self._LEVELS[level]
            out: dict[str, list[tuple[str, list[tuple[int, str, str, int]]]]] = defaultdict(list)
            for owner, flats in self.flats.items():
                per: dict[str, list[tuple[int, str, str, int]]] = defaultdict(list)
                for f in flats:
                    per[key(f[1], f[2])].append(f)
                for group, fs in per.items():
                    out[group].append((owner, fs))
            self._levels[level] = out
        return self._levels[level]

    def fix(self, level: str, group: str, eligible: Amount, participated: Amount) -> None:
        for owner, fs in self._by_group(level).get(group, ()):
            n, area = len(fs), sum(f[3] for f in fs)
            with_ballot = [f for f in fs if f[0] in self.ballot_of_flat]
            nb, area_b = len(with_ballot), sum(f[3] for f in with_ballot)
            eligible.add(1 - n, 0, 0)
            if owner in self.owner_ballot:
                participated.add(1 - nb, area - area_b, n - nb)
            else:
                participated.add(-nb, -area_b, -nb)

    def _answer_delta(self, level: str, group: str, item_id: int) -> tuple[dict[int, Amount], Amount]:
        per_value: dict[int, Amount] = defaultdict(lambda: Amount(0, 0, 0))
        answered = Amount(0, 0, 0)
        for owner, fs in self._by_group(level).get(group, ()):
            for hid, _, _, area in fs:  # what counting flats gave: each ballot with its flat's area
                bid = self.ballot_of_flat.get(hid)
                values = self.answers[bid].get(item_id, ()) if bid is not None else ()
                for v in values:
                    per_value[v].add(-1, -area, -1)
                if values:
                    answered.add(-1, -area, -1)
            bid = self.owner_ballot.get(owner)
            values = self.answers[bid].get(item_id, ()) if bid is not None else ()
            n, area = len(fs), sum(f[3] for f in fs)
            for v in values:
                per_value[v].add(1, area, n)
            if values:
                answered.add(1, area, n)
        return per_value, answered

    def fix_counts(self, level: str, group: str, item_id: int, counts: dict[int, Amount]) -> None:
        for value, delta in self._answer_delta(level, group, item_id)[0].items():
            counts.setdefault(value, Amount(0, 0, 0)).plus(delta)

    def fix_answered(self, level: str, group: str, item_id: int, answered: Amount) -> None:
        answered.plus(self._answer_delta(level, group, item_id)[1])

    def flats_answers(self) -> dict[int, list[tuple[int, int]]]:
        """Every flat of an owner who voted, with the owner's answers (item id, value)."""
        out = {}
        for owner, bid in self.owner_ballot.items():
            answers = [(item_id, v) for item_id, values in self.answers[bid].items() for v in values]
            for hid, _, _, _ in self.flats[owner]:
                out[hid] = answers
        return out


def rule_from_json(matter: str, thresholds: str) -> Rule:
    """The rule stored with a vote (canonical JSON written when the plan was saved)."""
    if matter in ("major", "ordinary"):
        return Rule.from_plan(matter)
    data = json.loads(thresholds or "{}")
    return Rule.from_plan("custom", data)

"""Menu-style votes (菜单式改造方案征询): plans, ballots from every channel, double entry, holdouts.

A plan (``core/vote_plan.py``) comes from the GUI or from a JSON file. Opening, closing and
reopening a vote, and drawing up its plan, are for coordinators (``Permission.MANAGE_VOTES``). Ballots are one per household per
vote whatever the channel: entering a second one amends the first, and every version is kept in
``ballot_revision`` and in the audit trail. A closed vote takes no ballots until a coordinator
reopens it.

Under double entry (双人录入) each keying of a paper ballot is kept apart; the ballot enters the
tally only once two different people have keyed the same answers.

One owner, one ballot (法释〔2009〕7号 Art. 9; ``core/owners.py``): a ballot entered through any flat
of an owner is that owner's ballot for all their flats in the vote's scope, and a second one through
another flat amends it.

Closing dates close: a ballot dated after the vote's ``closes`` day (an undated one counts as dated
the day it is entered) is refused, naming the day, unless a coordinator extends the day (``extend``)
or accepts that one ballot late with a reason (``accept_late``); both are audited, and late ballots
are counted as 逾期 on the result. Ballots dated on or before the day can be keyed in afterwards
until a coordinator closes the vote.
"""

from __future__ import annotations

import builtins
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select as sa_select, update

from mutual_aid_desk.core import values
from mutual_aid_desk.core.owners import flats_of_owner
from mutual_aid_desk.core.permissions import Permission
from mutual_aid_desk.core.scope import HouseholdScope
from mutual_aid_desk.core.tally import TallyItem, TallyResult, rule_from_json, tally
from mutual_aid_desk.core.timeline import TimelineEntry
from mutual_aid_desk.core.vote_plan import (
    REASON_DATES_ORDER,
    YESNO_JSON,
    YESNO_LABELS,
    Answers,
    ItemSpec,
    PlanSpec,
    SectionSpec,
    answer_json,
    parse_answer,
    parse_plan,
    vote_state,
)
from mutual_aid_desk.db.tables import (
    Ballot,
    BallotAnswer,
    BallotKeying,
    BallotRevision,
    Household,
    Vote,
    VoteItem,
    VoteSection,
)
from mutual_aid_desk.db.tables.common import claim_version, now, table_of
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ConflictError, NotFound, Problem, ValidationError

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station



CHANNELS: dict[str, str] = {"meeting": "会议", "door": "上门", "paper": "纸质", "proxy": "委托"}
_CHANNEL_WORDS = {
    **{k: k for k in CHANNELS}, **{v: k for k, v in CHANNELS.items()},
    "晚间会议": "meeting", "居民会议": "meeting", "会上": "meeting", "上门走访": "door", "入户": "door", "走访": "door",
    "纸质选票": "paper", "选票": "paper", "纸票": "paper", "代理": "proxy", "委托投票": "proxy",
    "door-to-door": "door", "ballot": "paper",
}

REASON_UNKNOWN_BUILDING = QT_TRANSLATE_NOOP("Problems", "no household is registered in building {building}")
REASON_CHANNEL = QT_TRANSLATE_NOOP("Problems", "the channel is one of 会议, 上门, 纸质, 委托 (meeting, door, paper, proxy)")
REASON_NOT_ELIGIBLE = QT_TRANSLATE_NOOP("Problems", "the household at {address} is not in this vote's buildings")
REASON_PLAN_LOCKED = QT_TRANSLATE_NOOP("Problems", "ballots have been entered; the plan can no longer change")
REASON_LATE = QT_TRANSLATE_NOOP("Problems", "the vote closed on {closes}: a ballot dated after that day is late. A coordinator can extend the closing day or accept this one ballot with a reason")
REASON_EXTEND = QT_TRANSLATE_NOOP("Problems", "the new closing day must be later than {closes}")


class VoteClosed(ConflictError):
    """A closed vote is locked: no ballot is entered or amended until a coordinator reopens it."""


def parse_channel(value: Any, field_name: str = "channel") -> str:
    text_ = values.folded(value).lower()
    if not text_:
        return "paper"
    channel = _CHANNEL_WORDS.get(text_)
    if channel is None:
        raise ValidationError.single(field_name, value, REASON_CHANNEL)
    return channel


# --- results of writes ----------------------------------------------------------------------------


@dataclass(frozen=True)
class BallotView:
    """The ballot in force for a household, as entered screens show it."""

    id: int
    vote_id: int
    household_id: int
    channel: str
    cast_on: date | None
    revision: int
    answers: Answers
    updated_by: str
    updated_at: datetime


@dataclass(frozen=True)
class SubmitResult:
    """What saving a ballot did: 'created', 'amended', 'unchanged'; under double entry 'keyed'
    (waiting for the second person), 'reconciled' (the two keyings match: in the tally now) or
    'mismatch' (they differ: listed for checking against the paper)."""

    outcome: str
    household_id: int
    address: str
    revision: int = 0
    differences: tuple[str, ...] = ()
    also_for: tuple[str, ...] = ()  # the owner's other flats in the vote, which this ballot speaks for
    late: bool = False


@dataclass(frozen=True)
class Mismatch:
    household_id: int
    address: str
    operators: tuple[str, str]
    items: tuple[tuple[str, str, str], ...]  # key, first keying, second keying


@dataclass(frozen=True)
class VoteSummary:
    id: int
    title: str
    matter: str
    status: str
    opens: date | None
    closes: date | None
    ballots: int
    double_entry: bool

    def state(self, today: date | None = None) -> str:
        """'open' (进行中), 'past_closing' (已截止: after the closing day, still taking ballots dated
        on time until closed) or 'closed' (locked)."""
        return vote_state(self.status, self.closes, today)

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "matter": self.matter, "status": self.status,
                "state": self.state(),
                "opens": self.opens.isoformat() if self.opens else None,
                "closes": self.closes.isoformat() if self.closes else None, "ballots": self.ballots,
                "double_entry": self.double_entry}


@dataclass(frozen=True)
class RevisionView:
    revision: int
    channel: str
    cast_on: date | None
    answers: dict[str, Any]
    entered_by: str
    entered_at: datetime
    note: str



def _canonical(plan: PlanSpec, answers: Answers) -> str:
    return json.dumps({i.key: answer_json(i, answers.get(i.key, ())) for i in plan.items},
                      ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class VoteService:
    """Plans, ballots and results of the station's votes."""

    def __init__(self, station: Station):
        self._station = station

    # plans ---------------------------------------------------------------------------------------

    def _check_buildings(self, spec: PlanSpec) -> None:
        known = {b for b, _ in self._station.households.buildings()}
        problems = [Problem("buildings", b, REASON_UNKNOWN_BUILDING, {"building": b})
                    for b in spec.buildings if b not in known]
        if problems:
            raise ValidationError(problems)

    def create(self, plan: PlanSpec | Mapping[str, Any]) -> int:
        """Save a new plan, open for ballots; returns its id."""
        spec = plan if isinstance(plan, PlanSpec) else parse_plan(plan)
        self._station.require(Permission.MANAGE_VOTES)
        self._check_buildings(spec)
        with self._station.write(Permission.MANAGE_VOTES) as uow:
            v = Vote(title=spec.title, description=spec.description, matter=spec.matter,
                     thresholds=json.dumps(spec.rule.json(), sort_keys=True), buildings=json.dumps(spec.buildings),
                     opens=spec.opens, closes=spec.closes, status="open", double_entry=spec.double_entry,
                     updated_by=uow.operator.name)
            uow.session.add(v)
            uow.session.flush()
            assert v.id is not None  # set by the flush
            self._write_sections(uow.session, v.id, spec)
            uow.record("vote", v.id, "create", None, spec.json())
            return v.id

    def _write_sections(self, session: Any, vote_id: int, spec: PlanSpec) -> None:
        conn = session.connection()
        for s_pos, section in enumerate(spec.sections):
            sid = conn.execute(insert(table_of(VoteSection)).values(vote_id=vote_id, position=s_pos,
                                                                    title=section.title)).inserted_primary_key[0]
            for i_pos, item in enumerate(section.items):
                conn.execute(insert(table_of(VoteItem)).values(
                    vote_id=vote_id, section_id=sid, position=i_pos, key=item.key, title=item.title, kind=item.kind,
                    scope=item.scope, options=json.dumps(item.options, ensure_ascii=False), max_picks=item.max_picks))

    def update_plan(self, vote_id: int, plan: PlanSpec | Mapping[str, Any], expected_version: int) -> PlanSpec:
        """Change a plan before any ballot is entered.

        Raises:
            ConflictError: someone saved the plan since it was loaded.
            ValidationError: ballots exist already.
        """
        spec = plan if isinstance(plan, PlanSpec) else parse_plan(plan)
        self._station.require(Permission.MANAGE_VOTES)
        self._check_buildings(spec)
        with self._station.write(Permission.MANAGE_VOTES) as uow:
            s = uow.session
            v = self._vote(s, vote_id)
            if v.version != expected_version or not claim_version(s, v, expected_version):
                raise ConflictError(f"This plan was changed by {v.updated_by} at {v.updated_at:%Y-%m-%d %H:%M}: reload it and make your change again.")
            used = s.connection().execute(sa_select(func.count()).select_from(table_of(Ballot))
                                          .where(table_of(Ballot).c.vote_id == vote_id)).scalar_one()
            keyed = s.connection().execute(sa_select(func.count()).select_from(table_of(BallotKeying))
                                           .where(table_of(BallotKeying).c.vote_id == vote_id)).scalar_one()
            if used or keyed:
                raise ValidationError.single("plan", v.title, REASON_PLAN_LOCKED)
            before = self._load(s, v).json()
            s.connection().execute(delete(table_of(VoteItem)).where(table_of(VoteItem).c.vote_id == vote_id))
            s.connection().execute(delete(table_of(VoteSection)).where(table_of(VoteSection).c.vote_id == vote_id))
            v.title, v.description, v.matter = spec.title, spec.description, spec.matter
            v.thresholds = json.dumps(spec.rule.json(), sort_keys=True)
            v.buildings = json.dumps(spec.buildings)
            v.opens, v.closes, v.double_entry = spec.opens, spec.closes, spec.double_entry
            v.version = expected_version + 1
            v.updated_at, v.updated_by = now(), uow.operator.name
            s.add(v)
            s.flush()
            self._write_sections(s, vote_id, spec)
            uow.record("vote", vote_id, "update", before, spec.json())
        return self.plan(vote_id)

    def _vote(self, session: Any, vote_id: int) -> Vote:
        v: Vote | None = session.get(Vote, vote_id)
        if v is None:
            raise NotFound(f"No vote with id {vote_id}.")
        return v

    def _load(self, session: Any, v: Vote) -> PlanSpec:
        conn = session.connection()
        sec = table_of(VoteSection).c
        it = table_of(VoteItem).c
        sections = {sid: SectionSpec(title) for sid, title in conn.execute(
            sa_select(sec.id, sec.title).where(sec.vote_id == v.id).order_by(sec.position, sec.id))}
        for r in conn.execute(sa_select(it.id, it.section_id, it.key, it.title, it.kind, it.scope, it.options,
                                        it.max_picks).where(it.vote_id == v.id).order_by(it.position, it.id)):
            sections[r[1]].items.append(ItemSpec(r[2], r[3], r[4], r[5], json.loads(r[6]), r[7], id=r[0]))
        return PlanSpec(title=v.title, matter=v.matter, rule=rule_from_json(v.matter, v.thresholds),
                        description=v.description, buildings=json.loads(v.buildings), opens=v.opens, closes=v.closes,
                        sections=list(sections.values()), double_entry=v.double_entry, id=v.id, status=v.status,
                        version=v.version)

    def plan(self, vote_id: int) -> PlanSpec:
        with self._station.read() as s:
            return self._load(s, self._vote(s, vote_id))

    def list(self) -> builtins.list[VoteSummary]:
        v, b = table_of(Vote).c, table_of(Ballot).c
        counts = sa_select(b.vote_id, func.count().label("n")).group_by(b.vote_id).subquery()
        stmt = (sa_select(v.id, v.title, v.matter, v.status, v.opens, v.closes, func.coalesce(counts.c.n, 0),
                          v.double_entry)
                .outerjoin(counts, counts.c.vote_id == v.id).order_by(v.id.desc()))
        with self._station.read() as s:
            return [VoteSummary(*r) for r in s.connection().execute(stmt)]

    def _set_status(self, vote_id: int, status: str, action: str) -> None:
        with self._station.write(Permission.MANAGE_VOTES) as uow:
            v = self._vote(uow.session, vote_id)
            if v.status == status:
                return
            before = {"status": v.status}
            v.status = status
            v.closed_at, v.closed_by = (now(), uow.operator.name) if status == "closed" else (None, "")
            v.version += 1
            v.updated_at, v.updated_by = now(), uow.operator.name
            uow.session.add(v)
            uow.record("vote", vote_id, action, before, {"status": status})

    def close(self, vote_id: int) -> None:
        """Lock the vote: no ballot is entered or amended until it is reopened."""
        self._set_status(vote_id, "closed", "close")

    def reopen(self, vote_id: int) -> None:
        self._set_status(vote_id, "open", "reopen")

    # who may vote ---------------------------------------------------------------------------------

    @staticmethod
    def _eligible(plan: PlanSpec) -> Any:
        """Who may vote: the live households in the plan's buildings (all of them when it names none)."""
        return HouseholdScope.of(plan.buildings).where()

    def eligible_ids(self, vote_id: int) -> builtins.list[int]:
        plan = self.plan(vote_id)
        h = table_of(Household).c
        with self._station.read() as s:
            return list(s.connection().execute(
                sa_select(h.id).where(self._eligible(plan)).order_by(h.sort_key, h.id)).scalars())

    def eligible_index(self, vote_id: int) -> dict[str, int]:
        """Address → household id of every household that may vote."""
        plan = self.plan(vote_id)
        h = table_of(Household).c
        with self._station.read() as s:
            return dict(s.connection().execute(sa_select(h.address, h.id).where(self._eligible(plan))).all())

    def holdouts(self, vote_id: int) -> builtins.list[int]:
        """Flats in scope whose owner has no (reconciled) ballot, in walking order: an owner who
        voted through one flat has voted for all of them, and one who has not is listed with all."""
        plan = self.plan(vote_id)
        h, b = table_of(Household).c, table_of(Ballot).c
        voted = sa_select(b.household_id).where(b.vote_id == vote_id)
        hv = table_of(Household).alias("voted_flat")
        voted_owners = sa_select(hv.c.owner_id).where(hv.c.id.in_(voted), hv.c.owner_id > "")
        with self._station.read() as s:
            return list(s.connection().execute(
                sa_select(h.id).where(self._eligible(plan), h.id.not_in(voted),
                                      h.owner_id.not_in(voted_owners)).order_by(h.sort_key, h.id)
            ).scalars())

    def owner_flats(self, vote_id: int, household_id: int, plan: PlanSpec | None = None) -> builtins.list[tuple[int, str]]:
        """(id, address) of the flats in this vote that one ballot through ``household_id`` speaks
        for: that flat first, then the owner's others in address order."""
        plan = plan or self.plan(vote_id)
        with self._station.read() as s:
            return flats_of_owner(s.connection(), household_id, plan.buildings)

    def owners_of(self, vote_id: int, household_ids: Sequence[int]) -> dict[int, builtins.list[int]]:
        """The given flats grouped by owner: first flat's id → every flat of that owner in the vote
        (among ``household_ids``), in the order given. Flats without an owner number stand alone."""
        plan = self.plan(vote_id)
        h = table_of(Household).c
        owner_of: dict[int, str] = {}
        with self._station.read() as s:
            conn = s.connection()
            ids = list(household_ids)
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                owner_of.update(conn.execute(sa_select(h.id, h.owner_id).where(h.id.in_(chunk),
                                                                              self._eligible(plan))).all())
        groups: dict[str, builtins.list[int]] = {}
        out: dict[int, builtins.list[int]] = {}
        for hid in ids:
            owner = owner_of.get(hid) or ""
            if not owner:
                out[hid] = [hid]
            elif owner in groups:
                groups[owner].append(hid)
            else:
                groups[owner] = out[hid] = [hid]
        return out

    # ballots ---------------------------------------------------------------------------------------

    def resolve_household(self, vote_id: int, household: int | str, plan: PlanSpec | None = None) -> tuple[int, str]:
        """The id and address of an eligible household given by id or address as typed.

        Raises:
            NotFound / ValidationError: no such household, or not in the vote's buildings.
        """
        plan = plan or self.plan(vote_id)
        row = self._station.households.get(household) if isinstance(household, int) else self._station.households.find(household)
        if row.archived or (plan.buildings and row.building not in plan.buildings):
            raise ValidationError.single("address", row.address, REASON_NOT_ELIGIBLE, address=row.address)
        return row.id, row.address

    def parse_answers(self, plan: PlanSpec, raw: Mapping[str, Any]) -> Answers:
        """Answers keyed by item key, as typed → values; collects every problem."""
        problems: builtins.list[Problem] = []
        answers: Answers = {}
        for key, value in raw.items():
            try:
                item = plan.item(key)
                answers[item.key] = value if _is_values(value) else parse_answer(item, value)
            except ValidationError as exc:
                problems.extend(exc.problems)
        if problems:
            raise ValidationError(problems)
        return answers

    def ballot(self, vote_id: int, household_id: int, plan: PlanSpec | None = None) -> BallotView | None:
        """The ballot in force for the owner of ``household_id``, through whichever of their flats."""
        plan = plan or self.plan(vote_id)
        with self._station.read() as s:
            return self._owner_ballot_view(s, plan, household_id)[0]

    def _owner_ballot_view(self, s: Any, plan: PlanSpec, household_id: int
                           ) -> tuple[BallotView | None, builtins.list[tuple[int, str]]]:
        """The owner's ballot (the latest saved through any of their flats in scope) and the flats."""
        flats = flats_of_owner(s.connection(), household_id, plan.buildings) or [(household_id, "")]
        b = table_of(Ballot).c
        found = s.connection().execute(
            sa_select(b.household_id).where(b.vote_id == plan.id, b.household_id.in_([f[0] for f in flats]))
            .order_by(b.updated_at.desc(), b.id.desc()).limit(1)).scalar_one_or_none()
        return (self._ballot_view(s, plan.vote_id, found) if found is not None else None), flats

    def _ballot_view(self, s: Any, vote_id: int, household_id: int) -> BallotView | None:
        b, a = table_of(Ballot).c, table_of(BallotAnswer).c
        conn = s.connection()
        r = conn.execute(sa_select(b.id, b.channel, b.cast_on, b.revision, b.updated_by, b.updated_at)
                         .where(b.vote_id == vote_id, b.household_id == household_id)).first()
        if r is None:
            return None
        keys = dict(conn.execute(sa_select(table_of(VoteItem).c.id, table_of(VoteItem).c.key)
                                 .where(table_of(VoteItem).c.vote_id == vote_id)).all())
        answers: dict[str, builtins.list[int]] = {}
        for item_id, value in conn.execute(sa_select(a.item_id, a.value).where(a.ballot_id == r[0]).order_by(a.value)):
            answers.setdefault(keys[item_id], []).append(value)
        return BallotView(r[0], vote_id, household_id, r[1], r[2], r[3], {k: tuple(v) for k, v in answers.items()},
                          r[4], r[5])

    def submit(self, vote_id: int, household: int | str, answers: Mapping[str, Any], *, channel: str = "paper",
               cast_on: date | None = None, note: str = "", accept_late: str = "") -> SubmitResult:
        """Enter an owner's ballot through one of their flats, from any channel; a second one (through
        any of their flats) amends the first.

        Under double entry this records the operator's keying and reconciles it with another
        person's keying of the same ballot.

        Args:
            accept_late: a coordinator's reason for accepting a ballot dated after the closing day.

        Raises:
            VoteClosed: the vote is closed.
            ValidationError: an unknown item or answer, a household outside the vote, or a ballot
                dated after the closing day (naming the day) without a coordinator's reason.
        """
        plan = self.plan(vote_id)
        if plan.status == "closed":
            raise VoteClosed(f"The vote '{plan.title}' is closed: ballots are locked. A coordinator can reopen it.")
        household_id, address = self.resolve_household(vote_id, household, plan)
        parsed = self.parse_answers(plan, answers)
        channel = parse_channel(channel)
        late_reason = self.check_date(plan, cast_on, accept_late)
        with self._station.write(Permission.MANAGE_VOTES if late_reason else Permission.EDIT_RECORDS) as uow:
            v = self._vote(uow.session, vote_id)
            if v.status == "closed":  # closed by another window since the plan was read
                raise VoteClosed(f"The vote '{plan.title}' is closed: ballots are locked. A coordinator can reopen it.")
            if v.closes != plan.closes:  # extended (or not) by another window meanwhile
                plan.closes = v.closes
                late_reason = self.check_date(plan, cast_on, accept_late)
            if plan.double_entry:
                return self._key(uow, plan, household_id, address, parsed, channel, cast_on, late_reason)
            outcome, revision, flats = self._write_ballot(uow, plan, household_id, address, parsed, channel, cast_on,
                                                          note, late_reason=late_reason)
        return SubmitResult(outcome, household_id, address, revision,
                            also_for=tuple(a for hid, a in flats if hid != household_id), late=bool(late_reason))

    def check_date(self, plan: PlanSpec, cast_on: date | None, accept_late: str = "") -> str:
        """'' for a ballot on time; the coordinator's reason for one accepted late.

        Raises:
            ValidationError: dated after the closing day (an undated ballot is dated today), with
                no reason given; or a reason given by someone who is not a coordinator.
        """
        day = cast_on or date.today()
        if plan.closes is None or day <= plan.closes:
            return ""
        reason = (accept_late or "").strip()
        if not reason:
            raise ValidationError.single("date", day.isoformat(), REASON_LATE, closes=plan.closes.isoformat())
        self._station.require(Permission.MANAGE_VOTES)
        return reason

    def extend(self, vote_id: int, closes: date, reason: str = "") -> None:
        """Move a vote's closing day later (coordinators; audited with the reason)."""
        with self._station.write(Permission.MANAGE_VOTES) as uow:
            v = self._vote(uow.session, vote_id)
            if v.closes is not None and closes <= v.closes:
                raise ValidationError.single("closes", closes.isoformat(), REASON_EXTEND, closes=v.closes.isoformat())
            if v.opens is not None and closes < v.opens:
                raise ValidationError.single("closes", closes.isoformat(), REASON_DATES_ORDER)
            before = {"closes": v.closes}
            v.closes = closes
            v.version += 1
            v.updated_at, v.updated_by = now(), uow.operator.name
            uow.session.add(v)
            uow.record("vote", vote_id, "extend", before, {"closes": closes, "reason": reason.strip()})

    def late_count(self, vote_id: int) -> int:
        """Ballots in force that a coordinator accepted after the closing day (逾期)."""
        b = table_of(Ballot).c
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).where(b.vote_id == vote_id,
                                                                           b.late_reason > "")).scalar_one())

    def submit_many(self, vote_id: int, rows: Iterable[tuple[int, str, Answers, str, date | None]], *,
                    note: str = "") -> builtins.list[SubmitResult]:
        """Enter many checked ballots (household id, address, answers, channel, date) in one transaction."""
        plan = self.plan(vote_id)
        results = []
        with self._station.write() as uow:
            if self._vote(uow.session, vote_id).status == "closed":
                raise VoteClosed(f"The vote '{plan.title}' is closed: ballots are locked. A coordinator can reopen it.")
            for household_id, address, answers, channel, cast_on in rows:
                self.check_date(plan, cast_on)
                if plan.double_entry:
                    results.append(self._key(uow, plan, household_id, address, answers, channel, cast_on))
                else:
                    outcome, revision, flats = self._write_ballot(uow, plan, household_id, address, answers, channel,
                                                                  cast_on, "", action_note=note)
                    results.append(SubmitResult(outcome, household_id, address, revision,
                                                also_for=tuple(a for hid, a in flats if hid != household_id)))
            uow.record("import", note or "ballots", "ballots", None,
                       {"vote": vote_id, "ballots": len(results),
                        "outcomes": {o: sum(1 for r in results if r.outcome == o) for o in {r.outcome for r in results}}})
        return results

    def _write_ballot(self, uow: Any, plan: PlanSpec, household_id: int, address: str, answers: Answers,
                      channel: str, cast_on: date | None, note: str, *, action_note: str = "",
                      late_reason: str = "") -> tuple[str, int, builtins.list[tuple[int, str]]]:
        """Insert or amend the owner's ballot in the open transaction; returns (outcome, revision,
        the owner's flats in the vote). A ballot through another flat of the same owner amends the
        one in force; it stays filed under the flat it was first entered through."""
        conn = uow.session.connection()
        b, a = table_of(Ballot), table_of(BallotAnswer)
        items = {i.key: i for i in plan.items}
        existing, flats = self._owner_ballot_view(uow.session, plan, household_id)
        stamp, who = now(), uow.operator.name
        after: dict[str, Any] = {"address": address, "channel": channel, "cast_on": cast_on,
                                 "answers": {k: answer_json(items[k], v) for k, v in answers.items() if v}}
        if len(flats) > 1:
            after["flats"] = [f[1] for f in flats]
        if late_reason:
            after["late_reason"] = late_reason
        if existing is not None:
            same = ({k: v for k, v in existing.answers.items() if v} == {k: v for k, v in answers.items() if v}
                    and existing.channel == channel and existing.cast_on == (cast_on or existing.cast_on)
                    and not late_reason)
            if same:
                return "unchanged", existing.revision, flats
            household_id = existing.household_id
            ballot_id, revision = existing.id, existing.revision + 1
            conn.execute(update(b).where(b.c.id == ballot_id).values(
                channel=channel, cast_on=cast_on or existing.cast_on, revision=revision, note=note,
                late_reason=late_reason, version=b.c.version + 1, updated_at=stamp, updated_by=who))
            conn.execute(delete(a).where(a.c.ballot_id == ballot_id))
            before = {"address": address, "channel": existing.channel, "cast_on": existing.cast_on,
                      "revision": existing.revision,
                      "answers": {k: answer_json(items[k], v) for k, v in existing.answers.items() if k in items}}
            outcome = "amended"
        else:
            revision = 1
            ballot_id = conn.execute(insert(b).values(
                vote_id=plan.id, household_id=household_id, channel=channel, cast_on=cast_on, revision=1, note=note,
                late_reason=late_reason, version=1, created_at=stamp, updated_at=stamp,
                updated_by=who)).inserted_primary_key[0]
            before = None
            outcome = "created"
        rows = [{"ballot_id": ballot_id, "item_id": items[k].id, "value": value, "vote_id": plan.id,
                 "household_id": household_id} for k, values in answers.items() for value in values]
        if rows:
            conn.execute(insert(a), rows)
        conn.execute(insert(table_of(BallotRevision)).values(
            ballot_id=ballot_id, vote_id=plan.id, household_id=household_id, revision=revision, channel=channel,
            cast_on=cast_on, answers=json.dumps(after["answers"], ensure_ascii=False), entered_by=who,
            entered_at=stamp, note=action_note or note))
        uow.record("ballot", f"{plan.id}:{household_id}", "amend" if existing else "create", before,
                   {**after, "revision": revision})
        if late_reason:
            uow.record("ballot", f"{plan.id}:{household_id}", "accept_late", None,
                       {"address": address, "cast_on": cast_on or date.today(), "closes": plan.closes,
                        "reason": late_reason})
        return outcome, revision, flats

    def _key(self, uow: Any, plan: PlanSpec, household_id: int, address: str, answers: Answers, channel: str,
             cast_on: date | None, late_reason: str = "") -> SubmitResult:
        conn = uow.session.connection()
        k = table_of(BallotKeying)
        canonical = _canonical(plan, answers)
        who = uow.operator.name
        conn.execute(insert(k).values(vote_id=plan.id, household_id=household_id, operator=who, channel=channel,
                                      cast_on=cast_on, answers=canonical, keyed_at=now(), reconciled=False))
        uow.record("ballot_keying", f"{plan.id}:{household_id}", "key", None,
                   {"address": address, "channel": channel, "answers": json.loads(canonical)})
        others = self._latest_keyings(conn, plan.vote_id, household_id)
        others.pop(who, None)
        if not others:
            return SubmitResult("keyed", household_id, address)
        if any(ans == canonical for ans, _, _ in others.values()):
            _, revision, _ = self._write_ballot(uow, plan, household_id, address, answers, channel, cast_on, "",
                                                      action_note="double entry reconciled", late_reason=late_reason)
            conn.execute(update(k).where(k.c.vote_id == plan.id, k.c.household_id == household_id)
                         .values(reconciled=True))
            return SubmitResult("reconciled", household_id, address, revision)
        theirs = json.loads(next(iter(others.values()))[0])
        mine = json.loads(canonical)
        diff = tuple(key for key in mine if mine[key] != theirs.get(key))
        return SubmitResult("mismatch", household_id, address, 0, diff)

    @staticmethod
    def _latest_keyings(conn: Any, vote_id: int, household_id: int | None = None) -> dict[Any, tuple[str, str, int]]:
        """Latest unreconciled keying per (household, operator) → (answers, channel, household)."""
        k = table_of(BallotKeying).c
        stmt = sa_select(k.household_id, k.operator, k.answers, k.channel).where(
            k.vote_id == vote_id, k.reconciled.is_(False)).order_by(k.id)
        if household_id is not None:
            stmt = stmt.where(k.household_id == household_id)
        latest: dict[Any, tuple[str, str, int]] = {}
        for hid, op, answers, channel in conn.execute(stmt):
            latest[op if household_id is not None else (hid, op)] = (answers, channel, hid)
        return latest

    def mismatches(self, vote_id: int) -> builtins.list[Mismatch]:
        """Paper ballots two people keyed differently: check them against the paper and key again."""
        plan = self.plan(vote_id)
        items = {i.key: i for i in plan.items}
        with self._station.read() as s:
            latest = self._latest_keyings(s.connection(), vote_id)
        by_household: dict[int, builtins.list[tuple[str, str]]] = {}
        for (hid, op), (answers, _, _) in latest.items():
            by_household.setdefault(hid, []).append((op, answers))
        ids = [hid for hid, keyed in by_household.items() if len(keyed) >= 2]
        rows = {r.id: r for r in self._station.households.rows_by_ids(ids)}
        out = []
        for hid in sorted(ids, key=lambda i: rows[i].address if i in rows else ""):
            (op_a, a), (op_b, b) = by_household[hid][-2:]
            ja, jb = json.loads(a), json.loads(b)
            diffs = tuple((key, _show(items.get(key), ja.get(key)), _show(items.get(key), jb.get(key)))
                          for key in ja if ja.get(key) != jb.get(key))
            out.append(Mismatch(hid, rows[hid].address if hid in rows else str(hid), (op_a, op_b), diffs))
        return out

    def pending_keyings(self, vote_id: int) -> builtins.list[int]:
        """Households keyed once, waiting for the second person."""
        with self._station.read() as s:
            latest = self._latest_keyings(s.connection(), vote_id)
        per: dict[int, int] = {}
        for hid, _ in latest:
            per[hid] = per.get(hid, 0) + 1
        return sorted(h for h, n in per.items() if n == 1)

    def history(self, vote_id: int, household_id: int) -> builtins.list[RevisionView]:
        """Every saved version of the owner's ballot, whichever of their flats it went through."""
        r = table_of(BallotRevision).c
        plan = self.plan(vote_id)
        with self._station.read() as s:
            view, _ = self._owner_ballot_view(s, plan, household_id)
            if view is not None:
                household_id = view.household_id
            return [RevisionView(rev, ch, cast, json.loads(ans), by, at, note) for rev, ch, cast, ans, by, at, note in
                    s.connection().execute(sa_select(r.revision, r.channel, r.cast_on, r.answers, r.entered_by,
                                                     r.entered_at, r.note)
                                           .where(r.vote_id == vote_id, r.household_id == household_id)
                                           .order_by(r.id))]

    def ballots_of_household(self, household_id: int) -> builtins.list[tuple[int, str, RevisionView]]:
        """Every ballot revision a household has, across votes: (vote id, vote title, revision)."""
        r, v = table_of(BallotRevision).c, table_of(Vote).c
        with self._station.read() as s:
            rows = s.connection().execute(
                sa_select(r.vote_id, v.title, r.revision, r.channel, r.cast_on, r.answers, r.entered_by, r.entered_at,
                          r.note).join(table_of(Vote), v.id == r.vote_id)
                .where(r.household_id == household_id).order_by(r.id))
            return [(vid, title, RevisionView(rev, ch, cast, json.loads(ans), by, at, note))
                    for vid, title, rev, ch, cast, ans, by, at, note in rows]

    def household_entries(self, household_id: int) -> builtins.list[TimelineEntry]:
        """The household timeline's ballots (see ``core/timeline.py``)."""
        return ballot_timeline(self._station, household_id)

    def ballot_count(self, vote_id: int) -> int:
        b = table_of(Ballot).c
        with self._station.read() as s:
            return int(s.connection().execute(sa_select(func.count()).where(b.vote_id == vote_id)).scalar_one())

    # results ---------------------------------------------------------------------------------------

    def tally(self, vote_id: int) -> TallyResult:
        plan = self.plan(vote_id)
        items = []
        for section in plan.sections:
            for i in section.items:
                assert i.id is not None  # items read back from the station have their ids
                items.append(TallyItem(i.id, i.key, i.title, section.title, i.kind, i.scope, tuple(i.options)))
        result = tally(self._station, vote_id, title=plan.title, status=plan.status, rule=plan.rule,
                       buildings=plan.buildings, items=items)
        result.late = self.late_count(vote_id)
        return result


def _is_values(value: Any) -> bool:
    return isinstance(value, tuple) and all(isinstance(v, int) for v in value)


#: A yes/no answer as the history keeps it ('agree') → as people read it (同意).
_YESNO_SHOWN = {YESNO_JSON[v]: YESNO_LABELS[v] for v in YESNO_JSON}


def _show(item: ItemSpec | None, value: Any) -> str:
    if value is None:
        return ""
    if item is not None and item.kind == "yesno":
        return _YESNO_SHOWN.get(value, str(value))
    return "、".join(value) if isinstance(value, list) else str(value)


def ballot_timeline(station: Station, household_id: int) -> list[TimelineEntry]:
    """Timeline entries for a household: each ballot entered or amended, with its channel."""
    entries = []
    for _, title, rev in station.votes.ballots_of_household(household_id):
        action = "投票" if rev.revision == 1 else f"修改选票（第 {rev.revision} 版）"
        answers = "；".join(f"{k} {_YESNO_SHOWN.get(v, v) if isinstance(v, str) else _show(None, v)}"
                           for k, v in rev.answers.items())
        entries.append(TimelineEntry(when=rev.entered_at, kind="ballot", title=f"{title}：{action}",
                                     detail=f"{CHANNELS.get(rev.channel, rev.channel)} · {rev.entered_by} · {answers}",
                                     household_id=household_id))
    return entries

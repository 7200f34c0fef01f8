"""A deterministic demo station: the same households every time for the same seed.

By default 25 buildings and 802 households, as in the compound the app was first built for, with
plausible names, areas of 45 to 120 m², and some vacant and unreachable flats. ``households`` scales
it up (100,000 for the benchmarks); rows go in through SQLAlchemy Core in one transaction.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select as sa_select

from mutual_aid_desk.core.addresses import Address
from mutual_aid_desk.core.audit import BATCH_KEY, AddedBatch, append_entry
from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.funds import DriveInput, EntryKind, Method
from mutual_aid_desk.core.households import HouseholdRow, Status, keys_for
from mutual_aid_desk.core.meetings import Mode, plan_series
from mutual_aid_desk.core.operators import hash_pin
from mutual_aid_desk.core.permissions import Role
from mutual_aid_desk.core.problems import ProblemStatus, Source, stairwell_code
from mutual_aid_desk.core.roster import ADDED_COLUMNS
from mutual_aid_desk.core.sheets import BAD, CHECK_CATEGORY, DEFAULT_CHECKS, OK
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import format_area
from mutual_aid_desk.core.visits import VisitInput
from mutual_aid_desk.db.engine import describe_target, station_is_empty
from mutual_aid_desk.db.portable import restart_id_sequences
from mutual_aid_desk.db.tables import (
    Household,
    HouseholdTag,
    Patrol,
    PatrolShift,
    PatrolVolunteer,
    ProblemEvent,
    ReportedProblem,
    SheetMark,
    StairwellSheet,
    StationSettings,
    Tag,
    Volunteer,
)
from mutual_aid_desk.db.tables.common import now, table_of
from mutual_aid_desk.errors import DatabaseFileError
from mutual_aid_desk.paths import resources_dir, station_target

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国志红玉珍凤淑春梅海林德福生荣琴云飞晓燕宏斌文辉鹏玲萍"
TAGS = ("独居老人", "低保", "残疾", "军属")
DEMO_COORDINATOR = "李桂兰"
DEMO_PIN = "123456"
DEMO_VOLUNTEERS = ("王秀英", "张建国", "刘淑珍", "陈志强")
DEMO_SEARCH_ADDRESS = "5-2-301"
DEMO_SEARCH_HEAD = "张晓明"
#: The ``demo`` command adds the practice work (vote, drive, meetings, visits, consultations) to
#: stations up to this size; larger ones (100,000 households for benchmarks) get households only.
PRACTICE_LIMIT = 2000


def _layout(households: int) -> list[Address]:
    """Addresses in natural order: buildings of two or three units, six or more floors, 2-3 flats a floor."""
    buildings = max(1, round(households / 32))
    per_building = [households // buildings + (1 if b < households % buildings else 0) for b in range(buildings)]
    addresses: list[Address] = []
    for b, count in enumerate(per_building, start=1):
        units = 2 if count <= 36 else 3
        rooms_per_floor = 3
        floors = -(-count // (units * rooms_per_floor))
        made = 0
        for u in range(1, units + 1):
            for floor in range(1, floors + 1):
                for r in range(1, rooms_per_floor + 1):
                    if made < count:
                        addresses.append(Address(str(b), str(u), f"{floor}{r:02d}"))
                        made += 1
    return addresses


def _name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.8 else "")
    return rng.choice(SURNAMES) + given


def build_demo(path: Path | str, *, households: int = 802, seed: int = 1, practice: bool = False,
               today: date | None = None) -> Station:
    """Create a demo station at ``path`` (a file or a server URL; refusing one that holds anything) and
    return it open.

    ``practice`` adds the work a trainee practises on, dated around ``today`` (see
    ``add_practice_work``); the ``demo`` command asks for it, tests and benchmarks mostly do not.
    """
    target = station_target(path)
    if not station_is_empty(target):
        raise DatabaseFileError(f"{describe_target(target)} already exists; the demo is only built into a new file.")
    station = Station.open(path, create=True)
    rng = random.Random(seed)
    stamp = now()
    with station._db.write() as s:
        conn = s.connection()
        conn.execute(insert(table_of(StationSettings)).values(
            id=1, name="幸福里居民自治互助站", compounds="幸福里小区", street="长寿路街道", community="幸福里社区",
            phone="021-62345678", version=1, created_at=stamp, updated_at=stamp, updated_by=DEMO_COORDINATOR))
        conn.execute(insert(table_of(Volunteer)), [
            {"name": DEMO_COORDINATOR, "phone": "13901234567", "role": Role.COORDINATOR.value, "active": True,
             "notes": "演示负责人", "pin_hash": hash_pin(DEMO_PIN), "failed_pins": 0, "version": 1,
             "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR},
            *({"name": n, "phone": f"1380000{i:04d}", "role": Role.VOLUNTEER.value, "active": True, "notes": "",
               "pin_hash": None, "failed_pins": 0, "version": 1, "created_at": stamp, "updated_at": stamp,
               "updated_by": DEMO_COORDINATOR} for i, n in enumerate(DEMO_VOLUNTEERS, start=1)),
        ])
        conn.execute(insert(table_of(Tag)), [{"name": t} for t in TAGS])
        tag_ids = dict(conn.execute(sa_select(table_of(Tag).c.name, table_of(Tag).c.id)).all())

        rows: list[dict[str, Any]] = []
        links: list[dict[str, int]] = []
        for number, addr in enumerate(_layout(households), start=1):
            roll = rng.random()
            status = (Status.VACANT if roll < 0.04 else Status.UNREACHABLE if roll < 0.06
                      else Status.RENTED if roll < 0.14 else Status.OWNER)
            head = _name(rng)
            if str(addr) == DEMO_SEARCH_ADDRESS:
                head = DEMO_SEARCH_HEAD  # the README's search example (`--search zxm`) finds someone
            phones = "" if status == Status.UNREACHABLE else f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
            area = rng.randrange(4500, 12001)
            members = 0 if status == Status.VACANT else rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
            rows.append({
                "id": number, "building": addr.building, "unit": addr.unit, "room": addr.room,
                "address": str(addr), "sort_key": addr.sort_key, "head": head, "phones": phones,
                "members": members, "area_centi": area, "status": status.value, "notes": "",
                **keys_for(addr, head, phones), "archived_reason": "", "version": 1,
                "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR,
            })
            if members == 1 and rng.random() < 0.5:
                links.append({"household_id": number, "tag_id": tag_ids["独居老人"]})
            if rng.random() < 0.02:
                links.append({"household_id": number, "tag_id": tag_ids[rng.choice(TAGS[1:])]})
        conn.execute(insert(table_of(Household)), rows)
        if links:
            conn.execute(insert(table_of(HouseholdTag)), links)
        restart_id_sequences(conn, ["household", "volunteer", "tag", "station_settings"])
        # The demo's households are listed in its entry as an import lists its own, so ``audit verify``
        # finds each one recorded (core/integrity.py) rather than reporting 802 forgeries.
        tags_of: dict[int, list[str]] = {}
        names = {v: k for k, v in tag_ids.items()}
        for link in links:
            tags_of.setdefault(link["household_id"], []).append(names[link["tag_id"]])
        listed = AddedBatch("household", 1, ADDED_COLUMNS, [
            [r["address"], r["head"], r["phones"], r["members"], format_area(r["area_centi"]) or None, r["status"],
             r["notes"], sorted(tags_of.get(r["id"], [])), "", ""] for r in rows])
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo", None,
                     {"households": households, "seed": seed, "buildings": len({r["building"] for r in rows}),
                      BATCH_KEY: listed.as_json()})
    add_demo_owners(station, seed=seed)
    build_problem_demo(station, seed=seed)
    if practice:
        add_practice_work(station, seed=seed, today=today or date.today())
    return station


def build_problem_demo(station: Station, *, seed: int = 1) -> None:
    """The ledger's routines on the demo station: November 2026's stairwell sheets, November's patrols,
    the rota for November and December, and a few dozen problems from sheets, patrols, visits and residents.

    Fixed dates and a seeded generator, so the same seed gives the same station; Core inserts, so it
    adds a fraction of a second to the demo build.
    """
    rng = random.Random(seed * 7919 + 16)
    stamp = now()
    month, days = "2026-11", 30
    stairwells = station.problems.stairwells()
    routes = ("1-8号楼", "9-16号楼", "17-25号楼")
    people = (DEMO_COORDINATOR, *DEMO_VOLUNTEERS)
    handlers = ("幸福里物业", "长寿路街道", *DEMO_VOLUNTEERS)
    base = {"version": 1, "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR}
    problems: list[dict[str, Any]] = []

    def problem(where_kind: str, where: str, building: str, unit: str, category: str, text: str, source: Source,
                source_id: int | None, raised_by: str, opened: date, household_id: int | None = None) -> None:
        roll = rng.random()
        handed = rng.choice(handlers) if roll < 0.8 else ""
        status = (ProblemStatus.RESOLVED if roll < 0.55 else ProblemStatus.UNRESOLVABLE if roll < 0.6
                  else ProblemStatus.HANDED_OVER if handed else ProblemStatus.OPEN)
        closed = opened + timedelta(days=rng.randrange(1, 15)) if status in (
            ProblemStatus.RESOLVED, ProblemStatus.UNRESOLVABLE) else None
        if closed is not None:
            closed = max(opened, min(closed, date(2026, 11, 29)))
        note = ("已处理完毕" if status == ProblemStatus.RESOLVED else
                "产权不清，物业与业主均不认领，已报街道备案" if status == ProblemStatus.UNRESOLVABLE else "")
        problems.append({
            "where_kind": where_kind, "where_text": where, "household_id": household_id, "building": building,
            "unit": unit, "category": category, "text": text, "raised_by": raised_by, "source": source.value,
            "source_id": source_id, "handed_to": handed,
            "handed_kind": "" if not handed else "property" if "物业" in handed else "street" if "街道" in handed
            else "volunteer", "status": status.value, "note": note, "opened_on": opened,
            "follow_up": None if closed else opened + timedelta(days=7), "closed_on": closed, **base})

    with station._db.write() as s:
        conn = s.connection()
        # November's sheets: most days ticked, now and then a problem.
        sheet_ids = conn.execute(insert(table_of(StairwellSheet)).returning(
            table_of(StairwellSheet).c.id, table_of(StairwellSheet).c.building, table_of(StairwellSheet).c.unit,
            sort_by_parameter_order=True), [{"building": b, "unit": u, "month": month, **base}
                                            for b, u in stairwells]).all()
        marks = []
        for sheet_id, b, u in sheet_ids:
            for day in range(1, days + 1):
                if rng.random() < 0.1:
                    continue  # nobody ticked that day
                for check in DEFAULT_CHECKS:
                    bad = rng.random() < 0.02
                    marks.append({"sheet_id": sheet_id, "day": day, "check_name": check, "value": BAD if bad else OK})
                    if bad and rng.random() < 0.35:
                        problem("stairwell", stairwell_code(b, u), b, u, CHECK_CATEGORY[check],
                                f"11月{day}日楼道监督表：{check}有问题", Source.SHEET,
                                sheet_id, "楼道监督表", date(2026, 11, day))
        if marks:
            conn.execute(insert(table_of(SheetMark)), marks)

        # November's and December's rota: every evening, one route, two volunteers.
        evenings = [date(2026, 11, 1) + timedelta(days=n) for n in range(61)]
        conn.execute(insert(table_of(PatrolShift)), [
            {"day": d, "route": routes[d.toordinal() % 3], "volunteers": "、".join(rng.sample(people, 2)), **base}
            for d in evenings])

        # November's patrols: twice a week, some with findings.
        volunteer_ids = dict(conn.execute(sa_select(table_of(Volunteer).c.name, table_of(Volunteer).c.id)).all())
        findings = (("消防安全", "电动车在楼道内充电"), ("消防安全", "消防通道停放车辆"), ("治安", "单元门禁损坏"),
                    ("环境卫生", "垃圾箱满溢"), ("设施维修", "路灯不亮"))
        for d in range(2, days + 1, 4):
            patrol_day = date(2026, 11, d)
            crew = rng.sample(people, 2)
            found = rng.choice(findings) if rng.random() < 0.6 else None
            where_b = str(rng.randrange(1, 26))
            patrol_id = conn.execute(insert(table_of(Patrol)).returning(table_of(Patrol).c.id).values(
                day=patrol_day, start="19:30", end="21:00", route=routes[d % 3], checks="消防安全、环境卫生、治安",
                findings=f"{where_b}号楼{found[1]}" if found else "未发现问题", minutes=90, **base)).scalar_one()
            conn.execute(insert(table_of(PatrolVolunteer)),
                         [{"patrol_id": patrol_id, "volunteer_id": volunteer_ids[n]} for n in crew])
            if found:
                problem("building", where_b, where_b, "", found[0], found[1], Source.PATROL, patrol_id,
                        "、".join(crew), patrol_day)

        # Problems raised on visits and by residents, at households and public places.
        h = table_of(Household).c
        homes = conn.execute(sa_select(h.id, h.address, h.building, h.unit).order_by(h.id)).all()
        home_issues = (("设施维修", "屋顶漏水"), ("设施维修", "下水管堵塞"), ("邻里纠纷", "楼上噪音扰民"),
                       ("物业管理", "物业费争议"), ("环境卫生", "楼道有异味"))
        for i in range(14):
            hid, address, b, u = rng.choice(homes)
            category, text = rng.choice(home_issues)
            source = Source.VISIT if i % 2 == 0 else Source.RESIDENT
            problem("household", address, b, u, category, text, source, None,
                    rng.choice(DEMO_VOLUNTEERS) if source == Source.VISIT else "住户", date(2026, 9 + i % 3, 3 + i),
                    hid)
        for i, (place, category, text) in enumerate((("小区东门", "治安", "门岗夜间无人"),
                                                      ("中心花园", "环境卫生", "绿化带堆放建筑垃圾"),
                                                      ("北侧停车场", "消防安全", "占用消防通道"))):
            problem("place", place, "", "", category, text, Source.MEETING, None, "居民会议", date(2026, 10, 10 + i))

        ids = conn.execute(insert(table_of(ReportedProblem)).returning(table_of(ReportedProblem).c.id,
                                                                       sort_by_parameter_order=True),
                           problems).scalars().all()
        events = []
        for pid, p in zip(ids, problems):
            opened_at = datetime.combine(p["opened_on"], datetime.min.time()).replace(hour=9)
            events.append({"problem_id": pid, "at": opened_at, "by": DEMO_COORDINATOR, "action": "opened",
                           "status": ProblemStatus.HANDED_OVER.value if p["handed_to"] else ProblemStatus.OPEN.value,
                           "note": f"移交：{p['handed_to']}" if p["handed_to"] else ""})
            if p["closed_on"] is not None:
                events.append({"problem_id": pid, "by": DEMO_COORDINATOR, "action": p["status"], "status": p["status"],
                               "note": p["note"],
                               "at": datetime.combine(p["closed_on"], datetime.min.time()).replace(hour=10)})
        conn.execute(insert(table_of(ProblemEvent)), events)
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo_problems", None,
                     {"sheets": len(sheet_ids), "marks": len(marks), "problems": len(ids), "month": month})


DEMO_DEVELOPER = ("幸福里置业有限公司", "开发商-001")


def add_demo_owners(station: Station, *, seed: int = 1) -> dict[str, list[str]]:
    """Give the demo a few owners of several flats, as real compounds have (法释〔2009〕7号 Art. 9).

    Three investors hold 2, 3 and 2 flats (one of them in two buildings), and the developer still
    holds up to six flats at the top of the last building's last stairwell, unsold, under one owner
    number. Every other flat stays its own owner. Heads, phones, areas and statuses are left as
    they are, and a random generator of its own keeps the rest of the demo unchanged.

    Returns:
        owner number → the addresses of that owner's flats.
    """
    h = table_of(Household)
    with station._db.write() as s:
        conn = s.connection()
        live = [(r.id, r.building, r.unit, r.room, r.address) for r in conn.execute(
            sa_select(h.c.id, h.c.building, h.c.unit, h.c.room, h.c.address).order_by(h.c.sort_key, h.c.id))]
        by_building: dict[str, list[tuple[int, str, str, str, str]]] = {}
        for row in live:
            by_building.setdefault(row[1], []).append(row)
        buildings = list(by_building)
        if len(live) < 200 or len(buildings) < 4:  # the small test stations stay one owner per flat
            return {}
        rng = random.Random(f"owners-{seed}")
        owners: dict[str, tuple[str, list[tuple[int, str, str, str, str]]]] = {}
        last = by_building[buildings[-1]]
        last_unit = [r for r in last if r[2] == last[-1][2]]
        top = max(int(r[3][:-2] or 0) for r in last_unit)
        unsold = [r for r in last_unit if int(r[3][:-2] or 0) >= top - 1][:6]
        owners[DEMO_DEVELOPER[1]] = (DEMO_DEVELOPER[0], unsold)
        taken = {r[0] for r in unsold}
        for n, (count, spread) in enumerate(((2, 1), (3, 2), (2, 1)), start=1):
            flats: list[tuple[int, str, str, str, str]] = []
            for b in rng.sample(buildings[:-1], spread):
                pool = [r for r in by_building[b] if r[0] not in taken]
                flats += rng.sample(pool, count - len(flats) if b == buildings[-1] or spread == 1 else 1)
            while len(flats) < count:
                pool = [r for r in by_building[flats[0][1]] if r[0] not in taken and r not in flats]
                flats.append(rng.choice(pool))
            taken.update(r[0] for r in flats)
            owners[f"投资-{n:03d}"] = (_name(rng), flats)
        stamp = now()
        for owner_id, (owner, flats) in owners.items():
            conn.execute(h.update().where(h.c.id.in_([r[0] for r in flats])).values(
                owner=owner, owner_id=owner_id, updated_at=stamp))
            for r in flats:  # as an edit in the form records it, so ``audit verify`` replays it
                append_entry(s, DEMO_COORDINATOR, "household", r[0], "update", {"owner": "", "owner_id": ""},
                             {"owner": owner, "owner_id": owner_id})
    return {owner_id: [r[4] for r in flats] for owner_id, (_, flats) in owners.items()}


# --- practice work: every page shows realistic work a trainee can carry on -------------------------


def add_practice_work(station: Station, *, seed: int = 1, today: date) -> None:
    """A vote in progress, a drive half collected, a meeting series with attendance, visits with
    follow-ups due and consultations, all dated around ``today``; the same for one seed.

    Goes through the services (as the coordinator), so every row is checked and audited like real
    work; the coordinator is signed out again afterwards.
    """
    rng = random.Random(f"practice-{seed}")  # its own stream: the households stay as they were
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    try:
        rows = station.households.all_rows()
        vote_id = _demo_vote(station, rng, rows, today)
        _demo_drive(station, rng, rows, today)
        _demo_meetings(station, rng, vote_id, today)
        _demo_visits(station, rng, rows, today)
        _demo_consultations(station, rng, rows, today)
    finally:
        station.operator = None


def _demo_vote(station: Station, rng: random.Random, rows: list[HouseholdRow], today: date) -> int:
    """The example menu, opened ten days ago, with ballots from a little under half the households."""
    plan = json.loads((resources_dir() / "examples" / "plan-example.json").read_text(encoding="utf-8"))
    plan.update(opens=(today - timedelta(days=10)).isoformat(), closes=(today + timedelta(days=14)).isoformat())
    vote_id = station.votes.create(plan)
    spec = station.votes.plan(vote_id)
    channels = ("meeting", "meeting", "door", "paper", "proxy")
    ballots = []
    for r in rows:
        if r.address == DEMO_SEARCH_ADDRESS or rng.random() >= 0.42:
            continue  # 5-2-301 is left for the trainee's first ballot
        answers = {}
        for item in spec.items:
            if item.kind == "multi":
                answers[item.key] = tuple(sorted(rng.sample(range(1, item.answer_count() + 1), item.max_picks)))
            elif item.kind == "yesno":
                answers[item.key] = (rng.choices((1, 2, 3), weights=(7, 2, 1))[0],)
            else:
                answers[item.key] = (rng.randint(1, item.answer_count()),)
        cast = today - timedelta(days=rng.randint(0, 9))
        ballots.append((r.id, r.address, answers, rng.choice(channels), cast))
    station.votes.submit_many(vote_id, ballots, note="demo")
    return vote_id


def _demo_drive(station: Station, rng: random.Random, rows: list[HouseholdRow], today: date) -> None:
    """The stairwell windows: 67,000 yuan less a 60,000 subsidy, shared equally; half collected."""
    drive_id = station.funds.create(DriveInput(title="楼道窗户更换", cost="67000", purpose="更换全部楼道窗户",
                                               subsidies=["街道补贴=60000"]))
    station.funds.fix_split(drive_id)
    shares = {line.household_id: line.due_fen for line in station.funds.status(drive_id).shares}
    methods = (Method.CASH, Method.CASH, Method.WECHAT, Method.WECHAT, Method.ALIPAY, Method.BANK)
    entries: list[dict[str, Any]] = []
    addresses: dict[int, str] = {}
    for r in rows:
        due = shares.get(r.id, 0)
        if not due or r.address == DEMO_SEARCH_ADDRESS or r.status in ("vacant", "unreachable") or rng.random() >= 0.5:
            continue
        entries.append({"drive_id": drive_id, "kind": EntryKind.PAYMENT.value, "household_id": r.id,
                        "amount_fen": due, "income_fen": due, "expense_fen": 0,
                        "entry_date": today - timedelta(days=rng.randint(1, 20)),
                        "method": rng.choice(methods).value, "collector": rng.choice(DEMO_VOLUNTEERS)})
        addresses[r.id] = r.address
    entries.sort(key=lambda e: e["entry_date"])  # receipt numbers follow the days they were paid
    with station.write() as uow:
        station.funds.append_payments(uow, drive_id, entries, addresses)


def _demo_meetings(station: Station, rng: random.Random, vote_id: int, today: date) -> None:
    """Two buildings an evening for the vote, six evenings ago to six ahead, with sign-ins so far."""
    buildings = [b for b, _ in station.households.buildings()]
    proposals = plan_series(buildings, 2, today - timedelta(days=6), "19:00", "社区活动室")
    made = station.meetings.create_series(proposals, title="改造方案征询会", agenda=["介绍改造菜单", "现场投票"],
                                          organiser=DEMO_COORDINATOR, vote_id=vote_id)
    for meeting in made:
        if meeting.date >= today:
            continue
        marks: dict[int, tuple[Mode | str | None, str] | Mode | str | None] = {}
        for hid in station.meetings.invited_ids(meeting.id):
            roll = rng.random()
            if roll < 0.38:
                marks[hid] = Mode.PRESENT
            elif roll < 0.45:
                marks[hid] = (Mode.PROXY, _name(rng))
        station.meetings.set_attendance_many(meeting.id, marks)


VISIT_NOTES = ("", "", "", "已留改造方案说明", "明晚再来", "老人独居，腿脚不便", "对加装电梯有顾虑", "同意，等家人商量")


def _demo_visits(station: Station, rng: random.Random, rows: list[HouseholdRow], today: date) -> None:
    """Three weeks of door knocking; some doors to try again, a few of them already due."""
    visits: list[tuple[datetime, VisitInput]] = []
    for r in rng.sample(rows, min(len(rows), 160)):
        when = datetime.combine(today - timedelta(days=rng.randint(1, 21)), time(rng.randint(9, 20), rng.choice((0, 15, 30, 45))))
        outcome = rng.choices(("met", "not_home", "refused", "done"), weights=(5, 3, 1, 2))[0]
        follow = None
        if outcome in ("not_home", "refused") and rng.random() < 0.6:
            follow = when.date() + timedelta(days=rng.choice((3, 7, 14)))
        visits.append((when, VisitInput(household_id=r.id, volunteers=rng.sample(DEMO_VOLUNTEERS, rng.choice((1, 1, 2))),
                                 visited_at=when, purpose=rng.choice(("vote", "vote", "fundraising", "general", "safety_check")),
                                 outcome=outcome, notes=rng.choice(VISIT_NOTES), follow_up=follow)))
    visits.sort(key=lambda v: v[0])
    station.visits.record_many([v for _, v in visits])


CONSULTATIONS = (
    ("legal", "房屋继承手续怎么办理", "带上房产证、死亡证明去公证处，可先到法律援助站咨询", "法律援助工作站"),
    ("property", "楼顶漏水，物业迟迟不修", "已联系物业，约定本周内上门查看", ""),
    ("dispute", "楼上装修噪音太大", "建议先由楼长沟通，不行再申请人民调解", "人民调解工作室"),
    ("health", "老人慢性病长期用药报销", "告知家庭医生签约和门诊慢病报销办法", ""),
    ("policy", "加装电梯费用怎么分摊", "介绍本市加装电梯补贴政策和按楼层分摊的做法", ""),
    ("legal", "租客拖欠房租不搬走", "先书面催告，保留证据，可申请诉前调解", "法院诉调对接工作室"),
    ("other", "想报名做志愿者", "登记了联系方式，下次培训通知", ""),
    ("property", "小区停车位太少", "记录在案，转物业和业委会研究", ""),
)


def _demo_consultations(station: Station, rng: random.Random, rows: list[HouseholdRow], today: date) -> None:
    """A handful of questions: some answered, some referred, two open and due for a call back."""
    for n, (category, question, advice, referral) in enumerate(CONSULTATIONS):
        asked = datetime.combine(today - timedelta(days=3 + 4 * n + rng.randint(0, 3)), time(rng.randint(9, 17), 0))
        walk_in = n % 4 == 3
        household = None if walk_in else rng.choice(rows)
        status = "referred" if referral else ("open" if n in (1, 4) else "resolved")
        station.consultations.add(ConsultationInput(
            household_id=household.id if household else None,
            person_name=_name(rng) if walk_in else (household.head if household and n % 2 else ""),
            asked_at=asked, category=category, question=question, advice=advice,
            handled_by=rng.choice(DEMO_VOLUNTEERS), referred_to=referral, status=status,
            follow_up=today - timedelta(days=n % 3) if status == "open" else None,
            closed_on=asked.date() + timedelta(days=2) if status == "resolved" else None))

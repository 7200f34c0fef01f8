"""A deterministic demo station: the same households every time for the same seed.

By default 25 buildings and 802 households, as in the compound the app was first built for, with
plausible names, areas of 45 to 120 m², and some vacant and unreachable flats. ``households`` scales
it up (100,000 for the benchmarks); rows go in through SQLAlchemy Core in one transaction.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert, select as sa_select

from mutual_aid_desk.core.addresses import Address
from mutual_aid_desk.core.audit import append_entry
from mutual_aid_desk.core.households import Status, keys_for
from mutual_aid_desk.core.operators import Role, hash_pin
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.tables import Household, HouseholdTag, StationSettings, Tag, Volunteer
from mutual_aid_desk.db.tables.common import now
from mutual_aid_desk.errors import DatabaseFileError

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国志红玉珍凤淑春梅海林德福生荣琴云飞晓燕宏斌文辉鹏玲萍"
TAGS = ("独居老人", "低保", "残疾", "军属")
DEMO_COORDINATOR = "李桂兰"
DEMO_PIN = "1234"
DEMO_VOLUNTEERS = ("王秀英", "张建国", "刘淑珍", "陈志强")


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


def build_demo(path: Path, *, households: int = 802, seed: int = 1) -> Station:
    """Create a demo station file at ``path`` (refusing an existing one) and return it open."""
    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        raise DatabaseFileError(f"{path} already exists; the demo is only built into a new file.")
    station = Station.open(path, create=True)
    rng = random.Random(seed)
    stamp = now()
    with station.db.write() as s:
        conn = s.connection()
        conn.execute(insert(StationSettings.__table__).values(
            id=1, name="幸福里居民自治互助站", compounds="幸福里小区", street="长寿路街道", community="幸福里社区",
            phone="021-62345678", version=1, created_at=stamp, updated_at=stamp, updated_by=DEMO_COORDINATOR))
        conn.execute(insert(Volunteer.__table__), [
            {"name": DEMO_COORDINATOR, "phone": "13901234567", "role": Role.COORDINATOR.value, "active": True,
             "notes": "演示负责人", "pin_hash": hash_pin(DEMO_PIN), "failed_pins": 0, "version": 1,
             "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR},
            *({"name": n, "phone": f"1380000{i:04d}", "role": Role.VOLUNTEER.value, "active": True, "notes": "",
               "pin_hash": None, "failed_pins": 0, "version": 1, "created_at": stamp, "updated_at": stamp,
               "updated_by": DEMO_COORDINATOR} for i, n in enumerate(DEMO_VOLUNTEERS, start=1)),
        ])
        conn.execute(insert(Tag.__table__), [{"name": t} for t in TAGS])
        tag_ids = dict(conn.execute(sa_select(Tag.__table__.c.name, Tag.__table__.c.id)).all())

        rows, links = [], []
        for number, addr in enumerate(_layout(households), start=1):
            roll = rng.random()
            status = (Status.VACANT if roll < 0.04 else Status.UNREACHABLE if roll < 0.06
                      else Status.RENTED if roll < 0.14 else Status.OWNER)
            head = _name(rng)
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
        conn.execute(insert(Household.__table__), rows)
        if links:
            conn.execute(insert(HouseholdTag.__table__), links)
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo", None,
                     {"households": households, "seed": seed, "buildings": len({r["building"] for r in rows})})
    add_demo_owners(station, seed=seed)
    build_problem_demo(station, seed=seed)
    return station


def build_problem_demo(station: Station, *, seed: int = 1) -> None:
    """The ledger's routines on the demo station: November 2026's stairwell sheets, November's patrols,
    the rota for November and December, and a few dozen problems from sheets, patrols, visits and residents.

    Fixed dates and a seeded generator, so the same seed gives the same station; Core inserts, so it
    adds a fraction of a second to the demo build.
    """
    from datetime import date, datetime, timedelta

    from mutual_aid_desk.core.problems import ProblemStatus, Source, stairwell_code
    from mutual_aid_desk.core.sheets import BAD, CHECK_CATEGORY, DEFAULT_CHECKS, OK
    from mutual_aid_desk.db.tables import (Patrol, PatrolShift, PatrolVolunteer, ProblemEvent, ReportedProblem,
                                           SheetMark, StairwellSheet)

    rng = random.Random(seed * 7919 + 16)
    stamp = now()
    month, days = "2026-11", 30
    stairwells = station.problems.stairwells()
    routes = ("1-8号楼", "9-16号楼", "17-25号楼")
    people = (DEMO_COORDINATOR, *DEMO_VOLUNTEERS)
    handlers = ("幸福里物业", "长寿路街道", *DEMO_VOLUNTEERS)
    base = {"version": 1, "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR}
    problems: list[dict[str, object]] = []

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

    with station.db.write() as s:
        conn = s.connection()
        # November's sheets: most days ticked, now and then a problem.
        sheet_ids = conn.execute(insert(StairwellSheet.__table__).returning(
            StairwellSheet.__table__.c.id, StairwellSheet.__table__.c.building, StairwellSheet.__table__.c.unit,
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
            conn.execute(insert(SheetMark.__table__), marks)

        # November's and December's rota: every evening, one route, two volunteers.
        evenings = [date(2026, 11, 1) + timedelta(days=n) for n in range(61)]
        conn.execute(insert(PatrolShift.__table__), [
            {"day": d, "route": routes[d.toordinal() % 3], "volunteers": "、".join(rng.sample(people, 2)), **base}
            for d in evenings])

        # November's patrols: twice a week, some with findings.
        volunteer_ids = dict(conn.execute(sa_select(Volunteer.__table__.c.name, Volunteer.__table__.c.id)).all())
        findings = (("消防安全", "电动车在楼道内充电"), ("消防安全", "消防通道停放车辆"), ("治安", "单元门禁损坏"),
                    ("环境卫生", "垃圾箱满溢"), ("设施维修", "路灯不亮"))
        for d in range(2, days + 1, 4):
            day = date(2026, 11, d)
            crew = rng.sample(people, 2)
            found = rng.choice(findings) if rng.random() < 0.6 else None
            where_b = str(rng.randrange(1, 26))
            patrol_id = conn.execute(insert(Patrol.__table__).returning(Patrol.__table__.c.id).values(
                day=day, start="19:30", end="21:00", route=routes[d % 3], checks="消防安全、环境卫生、治安",
                findings=f"{where_b}号楼{found[1]}" if found else "未发现问题", minutes=90, **base)).scalar_one()
            conn.execute(insert(PatrolVolunteer.__table__),
                         [{"patrol_id": patrol_id, "volunteer_id": volunteer_ids[n]} for n in crew])
            if found:
                problem("building", where_b, where_b, "", found[0], found[1], Source.PATROL, patrol_id,
                        "、".join(crew), day)

        # Problems raised on visits and by residents, at households and public places.
        h = Household.__table__.c
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

        ids = conn.execute(insert(ReportedProblem.__table__).returning(ReportedProblem.__table__.c.id,
                                                                       sort_by_parameter_order=True),
                           problems).scalars().all()
        events = []
        for pid, p in zip(ids, problems):
            opened_at = datetime.combine(p["opened_on"], datetime.min.time()).replace(hour=9)  # type: ignore[arg-type]
            events.append({"problem_id": pid, "at": opened_at, "by": DEMO_COORDINATOR, "action": "opened",
                           "status": ProblemStatus.HANDED_OVER.value if p["handed_to"] else ProblemStatus.OPEN.value,
                           "note": f"移交：{p['handed_to']}" if p["handed_to"] else ""})
            if p["closed_on"] is not None:
                events.append({"problem_id": pid, "by": DEMO_COORDINATOR, "action": p["status"], "status": p["status"],
                               "note": p["note"],
                               "at": datetime.combine(p["closed_on"], datetime.min.time()).replace(hour=10)})  # type: ignore[arg-type]
        conn.execute(insert(ProblemEvent.__table__), events)
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
    h = Household.__table__
    with station.db.write() as s:
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
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo_owners", None,
                     {owner_id: [r[4] for r in flats] for owner_id, (_, flats) in owners.items()})
    return {owner_id: [r[4] for r in flats] for owner_id, (_, flats) in owners.items()}

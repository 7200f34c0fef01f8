"""A deterministic demo station: the same households every time for the same seed.

By default 25 buildings and 802 households, as in the compound the app was first built for, with
plausible names, areas of 45 to 120 m², and some vacant and unreachable flats. ``households`` scales
it up (100,000 for the benchmarks); rows go in through SQLAlchemy Core in one transaction.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
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


def build_demo(path: Path, *, households: int = 802, seed: int = 1, practice: bool = False,
               today: date | None = None) -> Station:
    """Create a demo station file at ``path`` (refusing an existing one) and return it open.

    ``practice`` adds the work a trainee practises on, dated around ``today`` (see
    ``add_practice_work``); the ``demo`` command asks for it, tests and benchmarks mostly do not.
    """
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
        conn.execute(insert(Household.__table__), rows)
        if links:
            conn.execute(insert(HouseholdTag.__table__), links)
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo", None,
                     {"households": households, "seed": seed, "buildings": len({r["building"] for r in rows})})
    if practice:
        add_practice_work(station, seed=seed, today=today or date.today())
    return station


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


def _demo_vote(station: Station, rng: random.Random, rows: list, today: date) -> int:
    """The example menu, opened ten days ago, with ballots from a little under half the households."""
    import json

    from mutual_aid_desk.paths import resources_dir

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


def _demo_drive(station: Station, rng: random.Random, rows: list, today: date) -> None:
    """The stairwell windows: 67,000 yuan less a 60,000 subsidy, shared equally; half collected."""
    from mutual_aid_desk.core.funds import DriveInput, EntryKind, Method

    drive_id = station.funds.create(DriveInput(title="楼道窗户更换", cost="67000", purpose="更换全部楼道窗户",
                                               subsidies=["街道补贴=60000"]))
    station.funds.fix_split(drive_id)
    shares = {line.household_id: line.due_fen for line in station.funds.status(drive_id).shares}
    methods = (Method.CASH, Method.CASH, Method.WECHAT, Method.WECHAT, Method.ALIPAY, Method.BANK)
    entries, addresses = [], {}
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
    from mutual_aid_desk.core.meetings import Mode, plan_series

    buildings = [b for b, _ in station.households.buildings()]
    proposals = plan_series(buildings, 2, today - timedelta(days=6), "19:00", "社区活动室")
    made = station.meetings.create_series(proposals, title="改造方案征询会", agenda=["介绍改造菜单", "现场投票"],
                                          organiser=DEMO_COORDINATOR, vote_id=vote_id)
    for meeting in made:
        if meeting.date >= today:
            continue
        marks = {}
        for hid in station.meetings.invited_ids(meeting.id):
            roll = rng.random()
            if roll < 0.38:
                marks[hid] = Mode.PRESENT
            elif roll < 0.45:
                marks[hid] = (Mode.PROXY, _name(rng))
        station.meetings.set_attendance_many(meeting.id, marks)


VISIT_NOTES = ("", "", "", "已留改造方案说明", "明晚再来", "老人独居，腿脚不便", "对加装电梯有顾虑", "同意，等家人商量")


def _demo_visits(station: Station, rng: random.Random, rows: list, today: date) -> None:
    """Three weeks of door knocking; some doors to try again, a few of them already due."""
    from mutual_aid_desk.core.visits import VisitInput

    visits = []
    for r in rng.sample(rows, min(len(rows), 160)):
        when = datetime.combine(today - timedelta(days=rng.randint(1, 21)), time(rng.randint(9, 20), rng.choice((0, 15, 30, 45))))
        outcome = rng.choices(("met", "not_home", "refused", "done"), weights=(5, 3, 1, 2))[0]
        follow = None
        if outcome in ("not_home", "refused") and rng.random() < 0.6:
            follow = when.date() + timedelta(days=rng.choice((3, 7, 14)))
        visits.append(VisitInput(household_id=r.id, volunteers=rng.sample(DEMO_VOLUNTEERS, rng.choice((1, 1, 2))),
                                 visited_at=when, purpose=rng.choice(("vote", "vote", "fundraising", "general", "safety_check")),
                                 outcome=outcome, notes=rng.choice(VISIT_NOTES), follow_up=follow))
    visits.sort(key=lambda v: v.visited_at)  # type: ignore[arg-type, return-value]
    station.visits.record_many(visits)


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


def _demo_consultations(station: Station, rng: random.Random, rows: list, today: date) -> None:
    """A handful of questions: some answered, some referred, two open and due for a call back."""
    from mutual_aid_desk.core.consultations import ConsultationInput

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

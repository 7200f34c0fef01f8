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
from mutual_aid_desk.db.portable import restart_id_sequences
from mutual_aid_desk.db.engine import describe_target, station_is_empty, station_target
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
    path = station_target(path)
    if not station_is_empty(path):
        raise DatabaseFileError(f"{describe_target(path)} already exists; the demo is only built into a new file.")
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
        restart_id_sequences(conn, ["household", "volunteer", "tag", "station_settings"])
        append_entry(s, DEMO_COORDINATOR, "station", 1, "demo", None,
                     {"households": households, "seed": seed, "buildings": len({r["building"] for r in rows})})
    return station

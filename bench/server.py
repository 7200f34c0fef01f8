"""Benchmark of a station on a PostgreSQL server: import, search and tally against raw SQL there.

    .ci/pg .venv/bin/python bench/server.py --households 100000
    python bench/server.py --server postgresql://user@host:5432/postgres --households 100000

``--server`` (default ``$MUTUAL_AID_DESK_TEST_DB``, which ``.ci/pg`` sets) names a database this
role may connect to and create databases from; each part gets a fresh database, dropped at the end.
Every figure stands next to a baseline run on the same server in the same run:

- importing an N-row roster through ``core.roster`` (preview + apply) vs ``csv.reader`` plus one
  ``COPY`` of the same rows into a copy of the household table (its indexes included);
- search-as-you-type, the median of 20 queries through ``matching_ids`` + ``rows_by_ids`` vs one
  raw ``LIKE`` query for the first 100 rows;
- the tally of N ballots on 10 items (``VoteService.tally``) vs one hand-written ``GROUP BY``.

It asserts nothing: it prints figures.
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import psycopg
from sqlalchemy.engine import make_url

from households import QUERIES, new_station, write_roster
from mutual_aid_desk.core.households import HouseholdQuery
from mutual_aid_desk.core.roster import apply_import, preview_import
from mutual_aid_desk.core.station import Station


class Databases:
    """Fresh databases on the server, dropped at the end."""

    def __init__(self, server: str):
        self.server = server
        self.made: list[str] = []

    def new(self, name: str) -> str:
        name = f"bench_{os.getpid()}_{name}"
        with psycopg.connect(self.server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        self.made.append(name)
        return make_url(self.server).set(database=name).render_as_string(hide_password=False)

    def drop(self) -> None:
        with psycopg.connect(self.server, autocommit=True) as conn:
            for name in self.made:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def raw_import(csv_path: Path, url: str) -> None:
    """The baseline: csv.reader and one COPY into a table shaped like ``household``, indexes and all."""
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(b, u, r, f"{b}-{u}-{r}" if u else f"{b}-{r}", f"{b}\x1f{u}\x1f{r}", head, phone,
                 int(members), int(area.replace(".", "")), status, "", "", "", "", 1, stamp, stamp, "bench")
                for b, u, r, head, phone, area, members, status in reader]
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE raw_household (LIKE household INCLUDING ALL)")
        with conn.cursor().copy(
                "COPY raw_household (building, unit, room, address, sort_key, head, phones, members, area_centi,"
                " status, notes, search_key, phone_key, archived_reason, version, created_at, updated_at, updated_by)"
                " FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        conn.commit()


def bench_import(dbs: Databases, households: int, work: Path) -> tuple[float, float, str]:
    roster = work / "roster.csv"
    write_roster(roster, households)
    raw_url = dbs.new("raw")
    new_station(raw_url).close()
    baseline = timed(lambda: raw_import(roster, raw_url))
    url = dbs.new("imported")
    station = new_station(url)
    total = timed(lambda: apply_import(station, preview_import(station, roster)))
    assert station.households.count() == households
    station.close()
    return baseline, total, url


def bench_search(url: str) -> tuple[float, float]:
    station = Station.open(url)
    service = station.households
    raw = psycopg.connect(url, autocommit=True)

    def core(text: str) -> None:
        service.rows_by_ids(service.matching_ids(HouseholdQuery(text=text))[:100])

    def like(text: str) -> None:
        raw.execute("SELECT id, address, head, phones, area_centi, status FROM household WHERE archived_at IS NULL"
                    " AND (search_key LIKE %s OR phone_key LIKE %s) ORDER BY sort_key LIMIT 100",
                    (f"%{text}%", f"%{text};%")).fetchall()

    core(QUERIES[0]), like(QUERIES[0])
    core_t = [timed(lambda q=q: core(q)) for q in QUERIES]
    like_t = [timed(lambda q=q: like(q)) for q in QUERIES]
    raw.close()
    station.close()
    return statistics.median(like_t), statistics.median(core_t)


def bench_tally(dbs: Databases, households: int, repeat: int) -> tuple[float, float]:
    import random

    from sqlalchemy import insert, text

    from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
    from mutual_aid_desk.db.tables import Ballot, BallotAnswer
    from mutual_aid_desk.db.tables.common import now
    from votes import BASELINE_SQL, plan

    station = build_demo(dbs.new("tally"), households=households)
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    vote = station.votes.create(plan())
    spec = station.votes.plan(vote)
    ids = station.votes.eligible_ids(vote)
    rng, stamp = random.Random(7), now()
    with station.write() as uow:
        conn = uow.session.connection()
        conn.execute(insert(Ballot.__table__), [
            {"vote_id": vote, "household_id": h, "channel": "paper", "cast_on": None, "revision": 1, "note": "",
             "version": 1, "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR} for h in ids])
        ballot_ids = dict(conn.execute(text("SELECT household_id, id FROM ballot WHERE vote_id = :v"), {"v": vote}).all())
        rows = []
        for h in ids:
            for item in spec.items:
                weights = (6, 2, 1) if item.kind == "yesno" else (1,) * len(item.options)
                rows.append({"ballot_id": ballot_ids[h], "item_id": item.id, "vote_id": vote, "household_id": h,
                             "value": rng.choices(range(1, len(weights) + 1), weights)[0]})
        conn.execute(insert(BallotAnswer.__table__), rows)
    with psycopg.connect(str(station.path), autocommit=True) as raw:
        raw.execute("ANALYZE")  # what autovacuum does soon after a bulk load; both sides gain alike
    station.votes.tally(vote)

    def baseline() -> None:
        with station.read() as s:
            s.connection().execute(BASELINE_SQL, {"vote": vote}).all()

    base_t, tally_t = [], []
    for _ in range(repeat):
        base_t.append(timed(baseline))
        tally_t.append(timed(lambda: station.votes.tally(vote)))
    station.close()
    return statistics.median(base_t), statistics.median(tally_t)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--server", default=os.environ.get("MUTUAL_AID_DESK_TEST_DB"),
                        help="a postgresql:// URL this role may create databases from")
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.server:
        parser.error("--server postgresql://… (or run under .ci/pg)")
    dbs = Databases(args.server)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            n = args.households
            base, total, url = bench_import(dbs, n, Path(tmp))
            print(f"import {n:,} rows: COPY {base:.1f} s, core.roster {total:.1f} s, ratio {total / base:.1f}")
            like, core = bench_search(url)
            print(f"search (median of {len(QUERIES)}): raw LIKE {like * 1000:.0f} ms, core {core * 1000:.0f} ms, "
                  f"ratio {core / like:.1f}")
            base, tally = bench_tally(dbs, n, args.repeat)
            print(f"tally {n:,} ballots x 10 items: GROUP BY {base * 1000:.0f} ms, VoteService.tally "
                  f"{tally * 1000:.0f} ms, ratio {tally / base:.2f}")
    finally:
        dbs.drop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

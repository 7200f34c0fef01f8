"""Benchmark of the vote tally: 100,000 ballots on 10 items against one hand-written GROUP BY.

    python bench/votes.py [--households 100000] [--repeat 5]

Builds a demo station of N households, a plan of 10 items (yes/no and single choice; compound,
building and unit scopes), and one ballot per household with an answer to every item (N × 10
answer rows, bulk-inserted). Then it times, in the same run on the same file:

- ``VoteService.tally`` (eligibility, participation per stairwell, every item's grouped counts,
  pass/fail per group by the exact rule), the median of ``--repeat`` runs;
- the baseline: one hand-written SQL ``GROUP BY item, value`` with counts and summed area over the
  same answers joined to the registry, the median of as many runs.

It prints both times and their ratio (target: <= 2). It asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db.tables import Ballot, BallotAnswer
from mutual_aid_desk.db.tables.common import now

BASELINE_SQL = text(
    "SELECT a.item_id, a.value, count(*), sum(coalesce(h.area_centi, 0)) FROM ballot_answer a "
    "JOIN household h ON h.id = a.household_id WHERE a.vote_id = :vote GROUP BY a.item_id, a.value"
)


def plan() -> dict:
    items = [{"key": f"A{n}", "title": f"公共项目 {n}", "kind": "yesno", "scope": "compound"} for n in range(1, 7)]
    items += [{"key": "B1", "title": "外墙颜色", "kind": "choice", "options": ["米黄", "浅灰", "砖红"]},
              {"key": "B2", "title": "施工时间", "kind": "choice", "options": ["工作日", "每天"]},
              {"key": "C1", "title": "楼道窗户", "kind": "yesno", "scope": "building"},
              {"key": "C2", "title": "加装电梯", "kind": "yesno", "scope": "unit"}]
    return {"title": "基准测试方案", "matter": "major", "sections": [{"title": "全部", "items": items}]}


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        station = build_demo(Path(tmp) / "bench.sqlite3", households=args.households)
        station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        vote = station.votes.create(plan())
        spec = station.votes.plan(vote)
        ids = station.votes.eligible_ids(vote)
        rng = random.Random(7)
        stamp = now()
        with station.write() as uow:
            conn = uow.session.connection()
            conn.execute(insert(Ballot.__table__), [
                {"vote_id": vote, "household_id": h, "channel": "paper", "cast_on": None, "revision": 1, "note": "",
                 "version": 1, "created_at": stamp, "updated_at": stamp, "updated_by": DEMO_COORDINATOR}
                for h in ids])
            ballot_ids = dict(conn.execute(text("SELECT household_id, id FROM ballot WHERE vote_id = :v"),
                                           {"v": vote}).all())
            rows = []
            for h in ids:
                for item in spec.items:
                    weights = (6, 2, 1) if item.kind == "yesno" else (1,) * len(item.options)
                    value = rng.choices(range(1, len(weights) + 1), weights)[0]
                    rows.append({"ballot_id": ballot_ids[h], "item_id": item.id, "value": value, "vote_id": vote,
                                 "household_id": h})
            conn.execute(insert(BallotAnswer.__table__), rows)
        conn_setup = time.perf_counter() - started
        # Measure the file as the app finds it when opened: the bulk insert checkpointed out of the WAL.
        path = station.path
        station.close()
        station = Station.open(path)
        print(f"setup: {len(ids):,} households, {len(ids):,} ballots, {len(rows):,} answers in {conn_setup:.1f} s")

        def baseline() -> None:
            with station.read() as s:
                s.connection().execute(BASELINE_SQL, {"vote": vote}).all()

        def tally() -> None:
            station.votes.tally(vote)

        baseline()  # warm the page cache for both
        tally()
        # Alternate the two so that a busy machine slows both alike.
        base_times, tally_times = [], []
        for _ in range(args.repeat):
            base_times.append(median_time(baseline, 1))
            tally_times.append(median_time(tally, 1))
        t_base, t_tally = statistics.median(base_times), statistics.median(tally_times)
        result = station.votes.tally(vote)
        print(f"participation: {result.counter('en')}")
        print(f"baseline GROUP BY: {t_base * 1000:.0f} ms")
        print(f"VoteService.tally: {t_tally * 1000:.0f} ms")
        print(f"ratio tally / GROUP BY: {t_tally / t_base:.2f} (target <= 2)")
        station.close()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()

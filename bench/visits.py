"""Benchmark of visits: the walk list PDF and the household timeline at a million visits.

    python bench/visits.py [--households 100000] [--visits 1000000] [--walk 802]

Every figure is printed next to a baseline measured in the same run on the same machine:

- the walk list PDF of 802 households (``reports.walklist.WalkList``: two layout passes,
  sections per building, fixed-height rows, page notes) vs a bare ReportLab canvas drawing the same
  rows and text with the same embedded font, one ``drawString`` per cell (no target; the ratio says
  what the layout costs);
- opening a household's timeline (``core.timeline.household_timeline``: visits with their volunteers
  and consultations, newest first) on a station with 1,000,000 visits: the median over 200 random
  households, vs a raw ``sqlite3`` query of the same visit rows (target: median under 50 ms).

It asserts nothing: it prints figures.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.timeline import household_timeline
from mutual_aid_desk.db.tables import Visit, VisitVolunteer

TIMELINE_TARGET_MS = 50.0
OUTCOMES = ("met", "not_home", "refused", "done")
PURPOSES = ("general", "vote", "fundraising", "consultation_follow_up", "safety_check")


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bare_canvas(rows: list[tuple[str, ...]], path: Path) -> None:
    """The baseline: the same rows drawn straight onto an A4 landscape canvas, 11 rows a page."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    from mutual_aid_desk.reports.fonts import register_fonts

    font = register_fonts()
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    x_positions = (40, 125, 200, 310, 400)
    y = height - 60
    for n, row in enumerate(rows):
        if n and n % 11 == 0:
            c.drawString(40, 30, f"本页 11 户  第 {n // 11} 页")
            c.showPage()
            y = height - 60
        c.setFont(font, 14)
        for x, text in zip(x_positions, row):
            c.drawString(x, y, text)
        c.rect(30, y - 8, width - 60, 36)
        y -= 40
    c.showPage()
    c.save()


def bench_walk_list(station: Station, count: int) -> None:
    from mutual_aid_desk.reports.walklist import WalkList, walk_rows

    ids = station.households.matching_ids()[:count]
    rows = [(r.address, r.head, r.phones.split(",")[0], r.last_visit.replace("\n", " "), "")
            for r in walk_rows(station, ids)]
    with tempfile.TemporaryDirectory() as tmp:
        base = timed(lambda: bare_canvas(rows, Path(tmp) / "bare.pdf"), repeat=3)
    pdf: list[bytes] = []
    ours = timed(lambda: pdf.append(WalkList(station, ids, title="走访清单", purpose="vote",
                                             volunteers=["王秀英", "张建国"]).render()), repeat=3)
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf[-1])).pages)
    print(f"walk list, {len(ids)} households, {pages} pages: {ours * 1000:.0f} ms; "
          f"bare canvas {base * 1000:.0f} ms; ratio {ours / base:.1f}x")


def fill_visits(station: Station, visits: int, seed: int = 7) -> None:
    """Insert ``visits`` visits (and one or two volunteers each) in bulk, spread over three years."""
    rng = random.Random(seed)
    household_ids = station.households.matching_ids()
    volunteer_ids = [v.id for v in station.volunteers.list()]
    start = datetime(2024, 1, 1, 18, 0)
    batch = 100_000
    next_id = 1
    with station._db.write() as s:
        conn = s.connection()
        for offset in range(0, visits, batch):
            n = min(batch, visits - offset)
            rows, links = [], []
            for i in range(n):
                when = start + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
                rows.append({"id": next_id + i, "household_id": rng.choice(household_ids), "visited_at": when,
                             "purpose": rng.choice(PURPOSES), "outcome": rng.choice(OUTCOMES), "notes": "",
                             "follow_up": None, "follow_up_done_at": None, "version": 1, "created_at": when,
                             "updated_at": when, "updated_by": DEMO_COORDINATOR})
                for vid in rng.sample(volunteer_ids, rng.choice((1, 1, 2))):
                    links.append({"visit_id": next_id + i, "volunteer_id": vid})
            conn.execute(insert(Visit.__table__), rows)
            conn.execute(insert(VisitVolunteer.__table__), links)
            next_id += n
    with station._db.write() as s:
        s.connection().exec_driver_sql("ANALYZE")


def bench_timeline(station: Station, db_path: Path, samples: int = 200) -> None:
    rng = random.Random(3)
    ids = rng.sample(station.households.matching_ids(), samples)
    household_timeline(station, ids[0])  # warm the connection pool and statement cache
    ours, mine, raw, sizes = [], [], [], []
    con = sqlite3.connect(db_path)
    for hid in ids:
        start = time.perf_counter()
        entries = household_timeline(station, hid)
        ours.append(time.perf_counter() - start)
        sizes.append(len(entries))
        start = time.perf_counter()
        station.visits.household_entries(hid)
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        con.execute("SELECT v.id, v.visited_at, v.purpose, v.outcome, v.notes, "
                    "(SELECT group_concat(vo.name, ',') FROM visit_volunteer vv JOIN volunteer vo ON vo.id = vv.volunteer_id "
                    "WHERE vv.visit_id = v.id) FROM visit v WHERE v.household_id = ? ORDER BY v.visited_at DESC",
                    (hid,)).fetchall()
        raw.append(time.perf_counter() - start)
    con.close()
    med, base = statistics.median(ours) * 1000, statistics.median(raw) * 1000
    verdict = "OK" if med < TIMELINE_TARGET_MS else "OVER TARGET"
    print(f"household timeline, median of {samples} ({statistics.mean(sizes):.1f} entries each): {med:.1f} ms "
          f"(target < {TIMELINE_TARGET_MS:.0f} ms: {verdict}); raw sqlite3 {base:.2f} ms; ratio {med / base:.1f}x; "
          f"p95 {sorted(ours)[int(samples * 0.95)] * 1000:.1f} ms")
    print(f"  of which visits and consultations (this module's provider): median "
          f"{statistics.median(mine) * 1000:.1f} ms; ratio to raw sqlite3 {statistics.median(mine) * 1000 / base:.1f}x")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--walk", type=int, default=802)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = build_demo(Path(tmp) / "walk.sqlite3")
        small.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        fill_visits(small, 3000)
        bench_walk_list(small, args.walk)
        small.close()

        db_path = Path(tmp) / "big.sqlite3"
        t0 = time.perf_counter()
        big = build_demo(db_path, households=args.households)
        big.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        fill_visits(big, args.visits)
        print(f"(built {args.households} households and {big.visits.count()} visits in {time.perf_counter() - t0:.0f} s)")
        bench_timeline(big, db_path)
        big.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

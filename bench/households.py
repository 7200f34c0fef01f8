"""Benchmark of the household registry at scale: import, search-as-you-type, start-up, memory.

    QT_QPA_PLATFORM=offscreen python bench/households.py --households 100000

Every figure is printed next to a baseline measured in the same run on the same machine, so the
ratio means something on a slow PC too:

- importing an N-row CSV through ``core.roster`` (preview + apply) vs ``csv.reader`` plus a raw
  ``sqlite3.executemany`` of the same rows into an equivalent table (target: ratio <= 4);
- search-as-you-type, the median of 20 queries through ``HouseholdService.matching_ids`` +
  ``rows_by_ids`` (first 100 rows, what the list shows) vs a raw SQL ``LIKE`` (target: <= 30 ms);
- start-up to the first paint of the window on an N-household station vs a bare PySide6
  ``QMainWindow`` process (target: ratio <= 3), each a whole subprocess timed from outside;
- the peak resident memory of that start-up (target: <= 300 MB).

It asserts nothing: it prints figures. ``--profile`` adds a pyinstrument profile of the import.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from mutual_aid_desk.core.demo import _layout, _name, build_demo
from mutual_aid_desk.core.households import HouseholdQuery
from mutual_aid_desk.core.roster import apply_import, preview_import
from mutual_aid_desk.core.station import Station

HEADER = ["楼栋", "单元", "室号", "户主", "电话", "面积", "人数", "状态"]
STATUSES = ["自住"] * 8 + ["出租", "空置", "联系不上"]
QUERIES = ["301", "5-2", "5-301", "12-502", "zxm", "wxy", "zhang", "张", "王秀", "李桂兰",
           "5678", "0001", "1201", "lgl", "陈", "3-1-2", "liu", "88", "250-1", "xm"]
TARGETS = {"import": 4.0, "search_ms": 30.0, "startup": 3.0, "rss_mb": 300.0}

BARE_WINDOW = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv[:1])
    w = QMainWindow()
    w.resize(1280, 800)
    w.show()
    def painted():
        print("first paint", flush=True)
        app.quit()
    QTimer.singleShot(0, painted)
    app.exec()
""")


def write_roster(path: Path, households: int, seed: int = 7) -> None:
    """A roster as the street office sends it: building/unit/room columns, Chinese headers."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(HEADER)
        for n, addr in enumerate(_layout(households)):
            out.writerow([addr.building, addr.unit, addr.room, _name(rng), f"13{n % 10}{n:08d}",
                          f"{rng.randrange(4500, 12001) / 100:.2f}", rng.randrange(0, 6), rng.choice(STATUSES)])


def new_station(path: Path) -> Station:
    return Station.create(path, "基准测试站", "赵主任", "246810")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def timed_cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds: on a busy machine the CPU figure is the steadier one."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


# --- import -----------------------------------------------------------------------------------------


def raw_import(csv_path: Path, db: Path, schema_from: Path) -> None:
    """The baseline: csv.reader and one executemany into a table with the same schema and indexes."""
    src = sqlite3.connect(schema_from)
    ddl = [r[0] for r in src.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'household' AND sql IS NOT NULL ORDER BY type DESC")]
    src.close()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=OFF")
    for statement in ddl:
        conn.execute(statement)
    stamp = time.strftime("%Y-%m-%d %H:%M:%S")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(b, u, r, f"{b}-{u}-{r}" if u else f"{b}-{r}", f"{b}\x1f{u}\x1f{r}", head, phone,
                 int(members), int(area.replace(".", "")), status, "", "", "", "", 1, stamp, stamp, "bench")
                for b, u, r, head, phone, area, members, status in reader]
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO household (building, unit, room, address, sort_key, head, phones, members, area_centi,"
        " status, notes, search_key, phone_key, archived_reason, version, created_at, updated_at, updated_by)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute("COMMIT")
    conn.close()


def bench_import(households: int, work: Path, profile: bool) -> dict[str, float]:
    roster = work / "roster.csv"
    write_roster(roster, households)
    schema = work / "schema.sqlite3"
    new_station(schema).close()

    baseline, baseline_cpu = timed_cpu(lambda: raw_import(roster, work / "raw.sqlite3", schema))

    station = new_station(work / "imported.sqlite3")
    profiler = None
    if profile:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    start, start_cpu = time.perf_counter(), time.process_time()
    plan = preview_import(station, roster)
    preview = time.perf_counter() - start
    apply_import(station, plan)
    total, total_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
    count = station.households.count()
    station.close()
    assert count == households, f"imported {count} of {households}"
    return {"baseline": baseline, "preview": preview, "total": total, "baseline_cpu": baseline_cpu,
            "total_cpu": total_cpu}


# --- search -------------------------------------------------------------------------------------------


def bench_search(path: Path) -> dict[str, float]:
    station = Station.open(path)
    service = station.households

    def through_core(text: str) -> int:
        ids = service.matching_ids(HouseholdQuery(text=text))
        service.rows_by_ids(ids[:100])
        return len(ids)

    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def through_like(text: str) -> int:
        rows = raw.execute(
            "SELECT id, address, head, phones, area_centi, status FROM household"
            " WHERE archived_at IS NULL AND (search_key LIKE ? OR phone_key LIKE ?) ORDER BY sort_key LIMIT 100",
            (f"%{text}%", f"%{text};%")).fetchall()
        return len(rows)

    through_core(QUERIES[0])  # warm the page cache and SQLAlchemy's statement cache, as a session would
    through_like(QUERIES[0])
    core: list[tuple[float, float]] = []
    like: list[tuple[float, float]] = []
    for text in QUERIES:
        core.append(timed_cpu(lambda text=text: through_core(text)))
        like.append(timed_cpu(lambda text=text: through_like(text)))
    raw.close()
    station.close()
    return {"core_ms": statistics.median(w for w, _ in core) * 1000, "like_ms": statistics.median(w for w, _ in like) * 1000,
            "core_max_ms": max(w for w, _ in core) * 1000, "core_cpu_ms": statistics.median(c for _, c in core) * 1000,
            "like_cpu_ms": statistics.median(c for _, c in like) * 1000}


# --- start-up and memory -----------------------------------------------------------------------------


LAUNCHER = textwrap.dedent("""
    import json, resource, subprocess, sys, time
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = [(time.perf_counter() - start, line.decode(errors="replace").strip()) for line in child.stdout]
    err = child.stderr.read()
    code = child.wait()
    elapsed = time.perf_counter() - start
    sys.stderr.buffer.write(err)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"lines": lines, "elapsed": elapsed, "maxrss_kb": usage.ru_maxrss, "code": code,
                      "cpu": usage.ru_utime + usage.ru_stime}))
""")


def run_timed(args: list[str], env: dict[str, str]) -> dict[str, Any]:
    """One subprocess, timed from outside: when each line of its output arrived, its peak RSS (MB),
    its CPU seconds, and its whole run.

    A small launcher process starts the subprocess and reads ``getrusage(RUSAGE_CHILDREN)``: a child
    forked straight from this (large) benchmark process would inherit its high-water mark. The
    subprocess prints a line at each moment that counts ("first paint", "households shown").
    """
    done = subprocess.run([sys.executable, "-c", LAUNCHER, *args], env=env, capture_output=True, cwd=ROOT)
    report = json.loads(done.stdout.decode(errors="replace").strip().splitlines()[-1])
    said = {text.split(" ")[0]: at for at, text in report["lines"]}  # "first" / "households" -> seconds
    if "first" not in said:
        raise RuntimeError(f"{' '.join(args)} failed ({report['code']}): {done.stderr.decode(errors='replace')[-2000:]}")
    if report["code"] != 0:  # painted, then died on the way out: the time counts, the crash is reported
        last = done.stderr.decode(errors="replace").strip().splitlines()[-6:]
        print(f"  WARNING: {args[-3:]} exited with {report['code']} after its first paint: {' | '.join(last)}")
    return {"first": said["first"], "households": said.get("households"), "exit": report["elapsed"],
            "rss": report["maxrss_kb"] / 1024, "cpu": report["cpu"], "said": [t for _, t in report["lines"]]}


def bench_startup(path: Path, runs: int) -> dict[str, Any]:
    """The bare window's first paint against the app's: its frame, then its household list."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "MUTUAL_AID_DESK_BENCH_EXIT_AFTER_PAINT": "1", "PYTHONPATH": str(ROOT)}
    env.pop("MUTUAL_AID_DESK_DB", None)
    bare = [run_timed([sys.executable, "-c", BARE_WINDOW], env) for _ in range(runs)]
    app = [run_timed([sys.executable, "-m", "mutual_aid_desk", "--db", str(path)], env) for _ in range(runs)]

    def median(runs_: list[dict[str, Any]], key: str) -> float:
        return statistics.median(r[key] for r in runs_)

    return {"bare": median(bare, "first"), "app": median(app, "first"), "app_rows": median(app, "households"),
            "bare_cpu": median(bare, "cpu"), "app_cpu": median(app, "cpu"),
            "bare_rss": max(r["rss"] for r in bare), "app_rss": max(r["rss"] for r in app),
            "app_says": "; ".join(app[-1]["said"])}


# --- report -------------------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="start-up runs of each kind (the median is shown)")
    parser.add_argument("--skip", action="append", default=[], choices=["import", "search", "startup"])
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile of the import")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep its files")
    args = parser.parse_args(argv)
    n = args.households

    with tempfile.TemporaryDirectory(prefix="mad-bench-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"Mutual-Aid Desk household benchmark: {n:,} households, Python {sys.version.split()[0]}, "
              f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")

        if "import" not in args.skip:
            r = bench_import(n, work, args.profile)
            ratio = r["total"] / r["baseline"]
            print(f"import {n:,}-row CSV   core {r['total']:.2f} s (preview {r['preview']:.2f} s + apply "
                  f"{r['total'] - r['preview']:.2f} s)  vs csv.reader+executemany {r['baseline']:.2f} s  "
                  f"ratio {ratio:.1f} (target <= {TARGETS['import']:.0f})  {verdict(ratio <= TARGETS['import'])}")
            print(f"  CPU time: core {r['total_cpu']:.2f} s vs baseline {r['baseline_cpu']:.2f} s  "
                  f"ratio {r['total_cpu'] / r['baseline_cpu']:.1f}")

        demo = work / "demo.sqlite3"
        if {"search", "startup"} - set(args.skip):
            if demo.exists():
                demo.unlink()
            built = timed(lambda: build_demo(demo, households=n).close())
            print(f"(demo station of {n:,} households built in {built:.1f} s)")

        if "search" not in args.skip:
            r = bench_search(demo)
            ratio = r["core_ms"] / r["like_ms"]
            print(f"search-as-you-type    median {r['core_ms']:.1f} ms (max {r['core_max_ms']:.1f} ms) over "
                  f"{len(QUERIES)} queries  vs raw LIKE {r['like_ms']:.1f} ms  ratio {ratio:.1f}  "
                  f"(target <= {TARGETS['search_ms']:.0f} ms)  {verdict(r['core_ms'] <= TARGETS['search_ms'])}")
            print(f"  CPU time: median {r['core_cpu_ms']:.1f} ms vs raw LIKE {r['like_cpu_ms']:.1f} ms")

        if "startup" not in args.skip:
            r = bench_startup(demo, args.runs)
            ratio = r["app"] / r["bare"]
            print(f"start-up to 1st paint  app {r['app']:.2f} s  vs bare QMainWindow {r['bare']:.2f} s  "
                  f"ratio {ratio:.1f} (target <= {TARGETS['startup']:.0f})  {verdict(ratio <= TARGETS['startup'])}")
            print(f"  household list shown {r['app_rows']:.2f} s  ratio {r['app_rows'] / r['bare']:.1f} to the bare "
                  f"window's first paint   [app reports: {r['app_says']}]")
            print(f"  CPU time of the whole run: app {r['app_cpu']:.2f} s vs bare {r['bare_cpu']:.2f} s")
            print(f"peak RSS               app {r['app_rss']:.0f} MB  vs bare {r['bare_rss']:.0f} MB  "
                  f"(target <= {TARGETS['rss_mb']:.0f} MB)  {verdict(r['app_rss'] <= TARGETS['rss_mb'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

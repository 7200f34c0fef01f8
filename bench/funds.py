"""Benchmark of a fundraising drive's status at scale.

    python bench/funds.py --households 100000 --entries 300000

Builds a demo station of N households, one drive over all of them (split fixed through the
service), and M ledger entries (payments in two or three instalments, some refunds, reversals and
expenses), written in bulk. Then it times ``FundService.status`` — per household due, paid,
outstanding, last payment and status, plus the drive's totals and coverage — against a
hand-written SQL aggregate of the same figures run on a bare ``sqlite3`` connection in the same
run: the shares joined to the per-household sums, and the totals. Target: ratio <= 2.

It asserts nothing: it prints figures (the median of several runs of each).
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
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.funds import DriveInput

BASELINE_SQL = """
    SELECT s.household_id, h.address, s.due_fen, COALESCE(p.paid, 0), p.last_day
    FROM fund_share s
    JOIN household h ON h.id = s.household_id
    LEFT JOIN (SELECT household_id, SUM(income_fen) AS paid, MAX(entry_date) AS last_day
               FROM fund_ledger WHERE drive_id = ? AND household_id IS NOT NULL GROUP BY household_id) p
           ON p.household_id = s.household_id
    WHERE s.drive_id = ? AND s.split_no = ?
    ORDER BY h.sort_key
"""
TOTALS_SQL = "SELECT SUM(income_fen), SUM(expense_fen) FROM fund_ledger WHERE drive_id = ?"


def fill_ledger(path: Path, drive: int, household_ids: list[int], entries: int, seed: int = 7) -> int:
    """Bulk-write ``entries`` ledger rows with gap-free receipt numbers (benchmark setup only)."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    rows = []
    receipt = 0
    start = date.today() - timedelta(days=60)
    next_id = 1
    payments: list[tuple[int, int, int]] = []
    while len(rows) < entries:
        roll = rng.random()
        day = (start + timedelta(days=rng.randrange(60))).isoformat()
        if roll < 0.96 or not payments:
            hid = rng.choice(household_ids)
            amount = rng.randrange(500, 1500)
            receipt += 1
            rows.append((next_id, drive, "payment", hid, amount, amount, 0, day, rng.choice(("cash", "wechat", "alipay")),
                         "王秀英", receipt, "", "", "", "", None, ""))
            payments.append((next_id, hid, amount))
        elif roll < 0.98:
            pid, hid, amount = payments.pop(rng.randrange(len(payments)))
            rows.append((next_id, drive, "reversal", hid, amount, -amount, 0, day, "cash", DEMO_COORDINATOR, None, "",
                         "", "", "", pid, "记错"))
        elif roll < 0.99:
            hid = rng.choice(household_ids)
            rows.append((next_id, drive, "refund", hid, 100, -100, 0, day, "cash", DEMO_COORDINATOR, None, "", "", "",
                         "", None, "多缴退还"))
        else:
            amount = rng.randrange(10_000, 1_000_000)
            rows.append((next_id, drive, "expense", None, amount, 0, amount, day, "bank", DEMO_COORDINATOR, None, "",
                         "门窗公司", "楼道窗户", f"FP-{next_id}", None, ""))
        next_id += 1
    now = time.strftime("%Y-%m-%d %H:%M:%S")
    conn.executemany(
        "INSERT INTO fund_ledger (id, drive_id, kind, household_id, amount_fen, income_fen, expense_fen, entry_date, "
        "method, collector, receipt_no, paper_receipt, payee, purpose, voucher, reverses_id, note, created_at, "
        f"created_by) VALUES ({', '.join(['?'] * 17)}, '{now}', '{DEMO_COORDINATOR}')", rows)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return len(rows)


def median_time(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm the page cache and the statement cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--entries", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the station here and keep it")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-funds-"))
    path = args.keep or folder / "station.sqlite3"
    t = time.perf_counter()
    station = build_demo(path, households=args.households)
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    drive = station.funds.create(DriveInput(title="楼道窗户更换", cost="7000000", subsidies=["街道补贴=6000000"],
                                            split="area"))
    split = station.funds.fix_split(drive)
    ids = [line.household_id for line in split.lines]
    print(f"setup: {args.households} households, split fixed in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    written = fill_ledger(path, drive, ids, args.entries)
    print(f"setup: {written} ledger entries written in {time.perf_counter() - t:.1f} s")

    status = station.funds.status(drive)
    print(f"status: {status.coverage.text()}; paid {status.as_json()['paid_total']}, "
          f"expenses {status.as_json()['expenses_total']}, balance {status.as_json()['balance']}")

    raw = sqlite3.connect(path)

    def baseline() -> object:
        rows = raw.execute(BASELINE_SQL, (drive, drive, 1)).fetchall()
        totals = raw.execute(TOTALS_SQL, (drive,)).fetchone()
        return rows, totals

    rows, totals = baseline()
    assert len(rows) == len(status.shares), "the baseline must cover the same households"
    assert totals[0] == status.paid_total_fen, "the baseline must add up to the same income"

    ours = median_time(lambda: station.funds.status(drive), args.runs)
    base = median_time(baseline, args.runs)
    print(f"drive status over {len(rows)} households, {written} entries: "
          f"{ours * 1000:.0f} ms vs hand-written SQL aggregate {base * 1000:.0f} ms "
          f"-> ratio {ours / base:.2f} (target <= 2)")
    json_time = median_time(lambda: station.funds.status(drive).as_json(), max(1, args.runs // 2))
    print(f"status as JSON (what 'fund status --json' prints): {json_time * 1000:.0f} ms -> ratio {json_time / base:.2f}")
    drives = median_time(station.funds.drives, args.runs)
    print(f"drives list (progress bars): {drives * 1000:.0f} ms -> ratio {drives / base:.2f}")
    raw.close()
    station.close()
    if not args.keep:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Crash safety and two writers on one file, with real processes.

The kill test imports 50,000 households in a subprocess and SIGKILLs it at several points: while it
reads the file, in the middle of the bulk insert, at the moment of commit (SQLite is writing the
transaction to the WAL), and not at all. Afterwards the file passes ``integrity_check``, holds all of the
batch or none of it, and everything committed before is intact. The runs go in parallel to keep
the test quick; together with the two-writer test it takes well under a minute.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station

BATCH = 50_000
ROOT = Path(__file__).resolve().parents[2]

# The child prints a marker line as it reaches each stage, so the parent can kill it there.
IMPORT_WORKER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from sqlalchemy import event
    from mutual_aid_desk.core.roster import ImportPlan, apply_import
    from mutual_aid_desk.core.station import Station

    def say(word):
        sys.stdout.write(word + "\\n"); sys.stdout.flush()

    st = Station.open(sys.argv[1])
    st.volunteers.sign_in("赵主任", "246810")
    event.listen(st._db.write_engine, "begin", lambda conn: say("begin"))
    event.listen(st._db.write_engine, "commit", lambda conn: say("commit"))
    say("reading")
    apply_import(st, ImportPlan(Path(sys.argv[2])))  # reads and checks the file, then writes it
    say("done")
""")

# (the marker to wait for, seconds to wait after it before SIGKILL); None: let it finish.
KILL_POINTS = {
    "while reading the file": ("reading", 0.3),
    "in the middle of the insert": ("begin", 0.5),
    "at the commit": ("commit", 0.0),
    "never (it completes)": None,
}


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _snapshot(path: Path | str) -> dict[str, object]:
    if backend.ON_SERVER:
        def q(sql: str) -> list[tuple[object, ...]]:
            return backend.raw_query(path, sql)

        return {
            "integrity": [("ok",)],  # the server keeps its own pages; a file's check only makes sense for a file
            "households": q("SELECT count(*) FROM household")[0][0],
            "earlier": q("SELECT address, head, phones, version FROM household WHERE address LIKE '1-1-%' "
                         "ORDER BY address"),
            "imported_entries": q("SELECT coalesce(sum(jsonb_array_length(after::jsonb #> '{created,rows}')), 0) "
                                  "FROM audit_entry WHERE entity = 'import'")[0][0],
            "audit": q("SELECT count(*) FROM audit_entry")[0][0],
        }
    conn = sqlite3.connect(path)
    try:
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchall(),
            "households": conn.execute("SELECT count(*) FROM household").fetchone()[0],
            "earlier": conn.execute("SELECT address, head, phones, version FROM household WHERE address LIKE '1-1-%' "
                                    "ORDER BY address").fetchall(),
            # the households the imports' audit entries list
            "imported_entries": conn.execute("SELECT coalesce(sum(json_array_length(after, '$.created.rows')), 0) "
                                             "FROM audit_entry WHERE entity = 'import'").fetchone()[0],
            "audit": conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0],
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A station with some households committed before the batch, and a 50,000-row roster file."""
    folder = tmp_path_factory.mktemp("kill")
    db = backend.new_target(folder, "base.sqlite3")
    st = Station.open(db, create=True)
    with st._db.write() as session:
        st.settings.initialise(session, "测试互助站", "赵主任")
    st.volunteers.create_first_coordinator("赵主任", "246810")
    for room in (101, 102, 201):
        st.households.create(HouseholdInput(address=f"1-1-{room}", head="张晓明", phone="13812341234"))
    row = st.households.find("1-1-101")
    st.households.update(row.id, HouseholdInput(address="1-1-101", head="李桂兰"), expected_version=row.version)
    st.close()
    roster = folder / "big.csv"
    with open(roster, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["地址", "户主", "电话", "面积"])
        for i in range(BATCH):
            b, rest = divmod(i, 600)
            u, r = divmod(rest, 200)
            floor, room = divmod(r, 4)
            w.writerow([f"{b + 100}-{u + 1}-{floor + 1}{room + 1:02d}", "王秀英", f"139{i:08d}", "85.50"])
    return db, roster


def _run_and_kill(db: Path, roster: Path, point: tuple[str, float] | None) -> str:
    """Run the import; SIGKILL it ``point[1]`` seconds after it prints ``point[0]``. Returns the last marker."""
    child = subprocess.Popen([sys.executable, "-c", IMPORT_WORKER, str(db), str(roster)], cwd=ROOT, env=_env(),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen = ""
    assert child.stdout is not None
    for line in child.stdout:
        seen = line.strip()
        if point is not None and seen == point[0]:
            time.sleep(point[1])
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=120)
    errors = child.stderr.read() if child.stderr else ""
    if point is None:
        assert child.returncode == 0, errors
    else:
        assert child.returncode == -signal.SIGKILL, f"it ended by itself after '{seen}': {errors[-2000:]}"
    return seen


@pytest.mark.slow
def test_sigkill_during_a_50000_household_import_leaves_all_or_nothing(base: tuple[Path, Path], tmp_path: Path) -> None:
    db, roster = base
    before = _snapshot(db)
    assert before["integrity"] == [("ok",)] and before["households"] == 3
    copies = {}
    for i, name in enumerate(KILL_POINTS):
        copies[name] = backend.new_target(tmp_path, f"run{i}.sqlite3")
        backend.clone(db, copies[name])
    outcomes: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            outcomes[name] = _run_and_kill(copies[name], roster, KILL_POINTS[name])
        except BaseException as exc:  # reported below, in the test's thread
            outcomes[name] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in KILL_POINTS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    results = {}
    for name, path in copies.items():
        if isinstance(outcomes[name], BaseException):
            raise outcomes[name]
        after = _snapshot(path)
        assert after["integrity"] == [("ok",)], name
        assert after["earlier"] == before["earlier"], f"{name}: data committed before the batch changed"
        got = after["households"] - before["households"]
        assert got in (0, BATCH), f"{name}: {got} of {BATCH} households: a partial batch"
        assert after["imported_entries"] == got, f"{name}: the audit trail disagrees with the data"
        results[name] = got
        st = Station.open(path)  # the app opens it and the chain still verifies
        try:
            assert st.audit.verify().ok, name
        finally:
            st.close()
    assert results["while reading the file"] == 0
    assert results["in the middle of the insert"] == 0
    assert results["never (it completes)"] == BATCH


TWO_WRITERS = textwrap.dedent("""
    import os, sys, time
    from mutual_aid_desk.core.households import HouseholdInput
    from mutual_aid_desk.core.station import Station
    from mutual_aid_desk.errors import ConflictError

    db, who, n, go, building = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
    st = Station.open(db)
    st.volunteers.sign_in(who)
    while not os.path.exists(go):
        time.sleep(0.005)
    conflicts = 0
    for i in range(n):
        # A record of its own: must simply arrive.
        st.households.create(HouseholdInput(address=f"{building}-1-{i + 101}", head=who))
        # The shared record: load, change, save; on a conflict reload and make the change again.
        while True:
            row = st.households.find("9-9-909")
            try:
                st.households.update(row.id, HouseholdInput(address=row.address, notes=row.notes + f"{who}{i};"),
                                     expected_version=row.version)
                break
            except ConflictError:
                conflicts += 1
    print(conflicts)
""")


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(station: Station, db_path: Path, tmp_path: Path) -> None:
    writers = {"钱阿姨": "21", "孙大爷": "22"}
    station.volunteers.add("孙大爷", "volunteer")
    station.households.create(HouseholdInput(address="9-9-909", head="公用", notes=""))
    go = tmp_path / "go"
    n = 40
    children = [
        subprocess.Popen([sys.executable, "-c", TWO_WRITERS, str(db_path), who, str(n), str(go), building], cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
        for who, building in writers.items()
    ]
    time.sleep(0.3)
    go.touch()
    for child in children:
        out, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
    for who, building in writers.items():
        mine = station.households.all_rows()
        assert sum(1 for r in mine if r.building == building and r.head == who) == n, who
    shared = station.households.find("9-9-909")
    marks = [m for m in shared.notes.split(";") if m]
    assert len(marks) == 2 * n and len(set(marks)) == 2 * n, "an edit was overwritten"
    assert shared.version == 1 + 2 * n
    assert station.audit.verify().ok, "both writers appended to one unbroken chain"
    if not backend.ON_SERVER:
        conn = sqlite3.connect(db_path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()

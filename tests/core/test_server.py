"""The same station on either backend: which one this run uses, moving a station between them,
the write lock that queues desks, and the connections a desk holds. Runs in both pytest runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.funds import DriveInput, EntryKind, PaymentInput
from mutual_aid_desk.core.households import HouseholdInput, HouseholdQuery
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.transfer import copy_station
from mutual_aid_desk.db import engine as engine_module
from mutual_aid_desk.errors import DatabaseBusy, DatabaseFileError


def test_this_run_really_uses_the_backend_it_names(station: Station) -> None:
    """The server run fails here if its fixtures quietly fell back to files."""
    with station.read() as s:
        conn = s.connection()
        assert conn.dialect.name == backend.BACKEND
        if backend.ON_SERVER:
            assert "PostgreSQL" in conn.exec_driver_sql("SELECT version()").scalar_one()
            assert isinstance(station.path, str) and station.path.startswith("postgresql")
        else:
            assert Path(station.path).is_file()


def _figures(st: Station, drive: int) -> dict[str, object]:
    ledger = [(r.receipt_no, r.address, r.income_fen, r.kind) for r in st.funds.ledger(drive)]
    return {"households": [(r.address, r.head, r.phones, r.status, r.tags) for r in st.households.all_rows()],
            "ledger": ledger, "audit": st.audit.verify().count,
            "search": [r.address for r in st.households.all_rows(HouseholdQuery(text="2-1"))]}


def test_a_station_moves_to_the_other_backend_and_back_unchanged(db_path: Path | str, tmp_path: Path) -> None:
    """file → DEST → file: the same households, ledger and receipts, and a chain that verifies."""
    start = tmp_path / "start.sqlite3"
    st = build_demo(start, households=60)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    drive = st.funds.create(DriveInput(title="楼道窗户", cost="600", split="equal"))
    st.funds.fix_split(drive)
    for address in [r.address for r in st.households.all_rows()][:5]:
        st.funds.pay(drive, PaymentInput(address, "10", "cash"))
    before = _figures(st, drive)
    st.close()

    moved = copy_station(start, db_path)  # to the server in the server run, to another file otherwise
    assert moved.audit.ok and moved.counts["household"] == 60 and moved.counts["fund_ledger"] == 5
    there = Station.open(db_path)
    there.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    assert _figures(there, drive) == before
    # the moved station keeps working: the next payment gets the next receipt, new rows new ids
    there.funds.pay(drive, PaymentInput([r.address for r in there.households.all_rows()][5], "10", "wechat"))
    there.households.create(HouseholdInput(address="99-1-101", head="新住户"))
    after = _figures(there, drive)
    there.close()
    assert [e[0] for e in after["ledger"] if e[3] == EntryKind.PAYMENT.value] == [1, 2, 3, 4, 5, 6]

    back = tmp_path / "back.sqlite3"
    result = copy_station(db_path, back)
    assert result.audit.ok and result.audit.count == after["audit"]
    home = Station.open(back)
    assert _figures(home, drive) == after
    home.close()


def test_copy_refuses_a_destination_that_holds_a_station(demo_station: Station, db_path: Path | str,
                                                          tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    build_demo(other, households=10).close()
    with pytest.raises(DatabaseFileError, match="already holds a station"):
        copy_station(other, db_path)
    assert demo_station.households.count() == 802


def test_copy_refuses_a_source_whose_chain_is_broken(station: Station, db_path: Path | str, tmp_path: Path) -> None:
    station.households.create(HouseholdInput(address="1-1-101", head="张三"))
    backend.drop_audit_guards(db_path)
    backend.raw_execute(db_path, "UPDATE audit_entry SET operator = '别人' WHERE id = 2")
    with pytest.raises(DatabaseFileError, match="BROKEN at entry 2"):
        copy_station(db_path, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_backup_is_a_station_file_that_restores(station: Station, db_path: Path | str, tmp_path: Path) -> None:
    from mutual_aid_desk.core.restore import available_backups, restore_backup

    station.households.create(HouseholdInput(address="1-1-101", head="张三"))
    saved = station.backup(None)
    assert saved.suffix == ".sqlite3" and saved.read_bytes()[:16] == b"SQLite format 3\x00"
    station.households.create(HouseholdInput(address="1-1-102", head="李四"))
    assert [b.path for b in available_backups(db_path)][0] == saved
    result = restore_backup(db_path, saved, operator=station.operator)
    assert result.kept_current_as is not None and result.kept_current_as.exists()
    again = Station.open(db_path)
    try:
        assert [r.address for r in again.households.all_rows()] == ["1-1-101"]
        assert again.audit.verify().ok
        assert again.audit.rows()[0].action == "restore"
    finally:
        again.close()


def test_a_held_write_makes_a_second_desk_wait_then_say_busy(station: Station, db_path: Path | str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 500)
    other = Station.open(db_path)
    other.volunteers.sign_in("钱阿姨")
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with station._db.write() as s:
            s.connection().exec_driver_sql("SELECT 1")
            held.set()
            release.wait(10)

    t = threading.Thread(target=hold)
    t.start()
    try:
        assert held.wait(10)
        started = time.monotonic()
        with pytest.raises(DatabaseBusy):
            other.households.create(HouseholdInput(address="2-1-101", head="等一等"))
        if backend.ON_SERVER:  # SQLite's busy timeout was set when its connection opened
            assert 0.4 < time.monotonic() - started < 5
    finally:
        release.set()
        t.join()
    other.households.create(HouseholdInput(address="2-1-101", head="等一等"))  # free again
    other.close()


@pytest.mark.skipif(not backend.ON_SERVER, reason="connections to a server")
def test_a_desk_holds_at_most_two_server_connections(demo_station: Station, db_path: str) -> None:
    from mutual_aid_desk.core.tally import tally  # noqa: F401 - the tally's parallel reads

    drive = demo_station.funds.create(DriveInput(title="窗户", cost="6000", split="equal"))
    demo_station.funds.fix_split(drive)
    demo_station.funds.pay(drive, PaymentInput(demo_station.households.all_rows()[0].address, "5", "cash"))
    demo_station.funds.status(drive)
    demo_station.audit.rows()
    name = db_path.rsplit("/", 1)[1]
    used = backend.raw_query(db_path, f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{name}' "
                                      "AND application_name = 'mutual-aid-desk'")[0][0]
    assert 1 <= used <= 2
    assert demo_station._db.write_engine.pool.size() == 1 and demo_station._db.read_engine.pool.size() == 1


@pytest.mark.skipif(not backend.ON_SERVER, reason="a server's error codes")
def test_server_errors_are_mapped_by_sqlstate(station: Station) -> None:
    from sqlalchemy.exc import OperationalError

    from mutual_aid_desk.db.engine import translate_operational_error
    from mutual_aid_desk.errors import StorageError

    class Fake(Exception):
        def __init__(self, state: str):
            super().__init__("whatever the text says")
            self.sqlstate = state

    assert isinstance(translate_operational_error(OperationalError("x", {}, Fake("55P03"))), DatabaseBusy)
    assert isinstance(translate_operational_error(OperationalError("x", {}, Fake("40001"))), DatabaseBusy)
    assert isinstance(translate_operational_error(OperationalError("x", {}, Fake("53100"))), StorageError)
    assert isinstance(translate_operational_error(OperationalError("x", {}, Fake("08006"))), DatabaseFileError)


@pytest.mark.skipif(not backend.ON_SERVER, reason="a server database's schema")
def test_a_server_database_from_a_newer_app_is_refused(station: Station, db_path: str) -> None:
    station.close()
    backend.raw_execute(db_path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(DatabaseFileError, match="newer version"):
        Station.open(db_path)


@pytest.mark.skipif(not backend.ON_SERVER, reason="a server database's schema")
def test_another_programs_server_database_is_refused(db_path: str) -> None:
    other = backend.create_database(template=None)
    backend.raw_execute(other, "DROP TABLE alembic_version")
    with pytest.raises(DatabaseFileError, match="not a Mutual-Aid Desk station"):
        Station.open(other)
    backend.drop_database(other)


EVENING_DESK = """
import sys
from mutual_aid_desk.core.funds import PaymentInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import VisitInput
db, who, drive, vote, *addresses = sys.argv[1:]
st = Station.open(db)
st.volunteers.sign_in(who)
for n, address in enumerate(addresses):
    st.visits.record(VisitInput(address=address, purpose="vote", outcome="met", notes=who))
    st.votes.submit(int(vote), address, {"A1": "同意" if n % 3 else "不同意", "A2": "米黄", "A3": "同意",
                                         "A4": "同意", "B1": "同意", "C1": ["质量"]}, channel="door")
    st.funds.pay(int(drive), PaymentInput(address, "12.50", "wechat" if n % 2 else "cash"))
st.close()
"""


def _evening(st: Station, drive: int, vote: int) -> dict[str, object]:
    ledger = sorted((r.address, r.income_fen) for r in st.funds.ledger(drive))
    receipts = sorted(r.receipt_no for r in st.funds.ledger(drive, kinds=[EntryKind.PAYMENT]))
    return {"tally": st.votes.tally(vote).json(), "ledger": ledger, "receipts": receipts,
            "visits": len(st.visits.list()), "households": st.households.count()}


@pytest.mark.slow
def test_an_evening_on_two_desks_gives_what_one_pc_would(db_path: Path | str, tmp_path: Path) -> None:
    """The issue's "done when": demo into a file, copied to DEST, two desks (processes) at once for
    an evening of visits, ballots and payments, copied back to a file: the chain verifies and the
    tally, ledger and receipts are those of the same evening on one PC."""
    import os
    import subprocess
    import sys

    from vote_support import plan

    def prepare(path: Path) -> tuple[int, int, list[str]]:
        st = build_demo(path, households=120)
        st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
        drive = st.funds.create(DriveInput(title="楼道窗户", cost="1500", split="equal"))
        st.funds.fix_split(drive)
        vote = st.votes.create(plan(closes="2099-12-31"))
        addresses = [r.address for r in st.households.all_rows()][:40]
        st.close()
        return drive, vote, addresses

    one_pc = tmp_path / "one_pc.sqlite3"
    drive, vote, addresses = prepare(one_pc)
    halves = {"王秀英": addresses[0::2], "张建国": addresses[1::2]}
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}

    def desk(db: Path | str, who: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-c", EVENING_DESK, str(db), who, str(drive), str(vote),
                                 *halves[who]], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    for who in halves:  # one PC: one desk after the other
        p = desk(one_pc, who)
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()

    start = tmp_path / "start.sqlite3"
    assert prepare(start) == (drive, vote, addresses)
    copy_station(start, db_path)
    desks = [desk(db_path, who) for who in halves]  # two desks at once
    for p in desks:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    back = tmp_path / "back.sqlite3"
    assert copy_station(db_path, back).audit.ok

    expected, got = Station.open(one_pc), Station.open(back)
    try:
        assert got.audit.verify().ok
        assert _evening(got, drive, vote) == _evening(expected, drive, vote)
        assert _evening(got, drive, vote)["receipts"] == list(range(1, 41))
    finally:
        expected.close()
        got.close()


def test_db_and_its_environment_variable_take_a_path_or_a_url(demo_station: Station, db_path: Path | str,
                                                              monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import json

    from mutual_aid_desk.cli import main
    from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN

    signed_in = ["--operator", DEMO_COORDINATOR, "--pin", DEMO_PIN]
    assert main(["--db", str(db_path), *signed_in, "households", "list", "--building", "1", "--json"]) == 0
    by_option = json.loads(capsys.readouterr().out)
    monkeypatch.setenv("MUTUAL_AID_DESK_DB", str(db_path))
    assert main([*signed_in, "households", "list", "--building", "1", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == by_option and len(by_option) > 10
    assert main(["audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out


def test_init_creates_a_station_once(db_path: Path | str, capsys) -> None:
    from mutual_aid_desk.cli import main

    args = ["--db", str(db_path), "--pin", "246810", "init", "--station", "幸福里互助站", "--coordinator", "赵主任"]
    assert main(args) == 0
    assert main(args) == 6
    assert "never overwrites" in capsys.readouterr().err
    st = Station.open(db_path)
    try:
        assert st.settings.get().name == "幸福里互助站" and st.audit.verify().ok
    finally:
        st.close()


def test_a_server_url_is_shown_without_its_password() -> None:
    from mutual_aid_desk.db.engine import describe_target

    assert describe_target("postgresql://st_a:s3cret@10.0.0.5:5433/st_a?sslmode=require") == \
        "postgresql://st_a@10.0.0.5:5433/st_a"
    assert describe_target(Path("/srv/st.sqlite3")) == "/srv/st.sqlite3"

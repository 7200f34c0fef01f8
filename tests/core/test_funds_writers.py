"""Two writers at once (two windows, two processes) never share or skip a receipt number."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.funds import DriveInput, EntryKind, PaymentInput
from mutual_aid_desk.core.station import Station

PER_WRITER = 12


def _station_with_drive(path: Path) -> tuple[Station, int, list[str]]:
    st = build_demo(path, households=60)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    drive = st.funds.create(DriveInput(title="楼道窗户", cost="6000", split="equal"))
    st.funds.fix_split(drive)
    return st, drive, [r.address for r in st.households.all_rows()]


def _receipts(st: Station, drive: int) -> list[int]:
    return sorted(r.receipt_no for r in st.funds.ledger(drive, kinds=[EntryKind.PAYMENT]))


def test_two_threads_two_stations_gap_free(db_path: Path) -> None:
    st, drive, addresses = _station_with_drive(db_path)
    errors: list[BaseException] = []

    def writer(offset: int) -> None:
        own = Station.open(db_path)  # a second window: its own engine and connections
        try:
            own.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
            for i in range(PER_WRITER):
                own.funds.pay(drive, PaymentInput(addresses[offset + i], "1", "cash"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=writer, args=(k * PER_WRITER,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert _receipts(st, drive) == list(range(1, 2 * PER_WRITER + 1))
    st.close()


WRITER = """
import sys
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.funds import PaymentInput
st = Station.open(sys.argv[1])
st.volunteers.sign_in(sys.argv[2], sys.argv[3])
for address in sys.argv[5:]:
    st.funds.pay(int(sys.argv[4]), PaymentInput(address, "1", "wechat"))
st.close()
"""


def test_two_processes_gap_free(db_path: Path) -> None:
    st, drive, addresses = _station_with_drive(db_path)
    st.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), DEMO_COORDINATOR, DEMO_PIN, str(drive),
                          *addresses[k * PER_WRITER:(k + 1) * PER_WRITER]], env=env,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for k in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    st = Station.open(db_path)
    assert _receipts(st, drive) == list(range(1, 2 * PER_WRITER + 1))
    st.close()

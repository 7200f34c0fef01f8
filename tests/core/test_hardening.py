"""Issue 12's findings not covered elsewhere: the read-only folder, re-splits, PIN cost, formulas,
bounds, addresses, cut-off and mis-encoded files, personal data and station settings.

Finding 6 (tampering) is in test_integrity.py; finding 10 (public notices) in
tests/reports/test_fund_pdfs.py; the fuzz corpus in test_fuzz_rosters.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mutual_aid_desk.cli import main
from mutual_aid_desk.db import engine as engine_module
from mutual_aid_desk.errors import StorageError


# --- finding 11: a read-only folder is the folder's problem ----------------------------------------


def test_a_read_only_folder_is_exit_8_naming_the_folder(station, db_path: Path, monkeypatch, capsys) -> None:
    """SQLite's own message for a station file in a read-only folder (seen as a non-root user on
    Linux: a WAL file's journal cannot be created) is "attempt to write a readonly database". The
    tests run as root, whom permission bits do not stop, so the connection gives that message here."""
    station.close()
    real_connect = sqlite3.connect

    def read_only_folder(*args, **kwargs):  # type: ignore[no-untyped-def]
        if str(args[0]).startswith("file:"):
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(engine_module.sqlite3, "connect", read_only_folder)
    code = main(["--db", str(db_path), "--operator", "赵主任", "--pin", "246810", "households", "list"])
    err = capsys.readouterr().err
    assert code == StorageError.exit_code == 8
    assert "folder" in err and str(db_path.parent) in err and "damaged" not in err and "backup" not in err
    assert len(err.strip().splitlines()) == 1


# --- finding 11: a re-split never turns a household that paid in full into a debtor ----------------


@pytest.fixture
def compound(tmp_path: Path):  # type: ignore[no-untyped-def]
    from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo

    st = build_demo(tmp_path / "c.sqlite3", households=317)
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    yield st
    st.close()


def test_an_exemption_after_payments_leaves_the_paid_households_paid(compound) -> None:
    from mutual_aid_desk.core.funds import DriveInput, ExemptMode, PaymentInput, ShareStatus

    st = compound
    drive = st.funds.create(DriveInput(title="楼道窗户", cost="7000", split="equal"))
    st.funds.fix_split(drive)
    shares = {s.address: s for s in st.funds.status(drive).shares}
    paid = [a for a in list(shares)[:30]]
    for address in paid:
        st.funds.pay(drive, PaymentInput(address, format_due(shares[address].due_fen), "cash"))
    st.funds.set_exemption(drive, list(shares)[-1], "低保户", ExemptMode.SPREAD)
    status = st.funds.status(drive)
    after = {s.address: s for s in status.shares}
    assert [a for a in paid if after[a].status != ShareStatus.PAID] == []
    assert sum(s.due_fen for s in status.shares) == 700000, "the others carry the difference to the fen"
    # With everybody paid in full, the difference has nobody to go to: it is left uncovered and disclosed.
    for address, line in after.items():
        if line.status not in (ShareStatus.PAID, ShareStatus.EXEMPT):
            st.funds.pay(drive, PaymentInput(address, format_due(line.due_fen), "cash"))
    st.funds.set_exemption(drive, list(shares)[-2], "重病", ExemptMode.SPREAD)
    status = st.funds.status(drive)
    assert {s.status for s in status.shares} == {ShareStatus.PAID, ShareStatus.EXEMPT}
    assert status.uncovered_fen > 0 and sum(s.due_fen for s in status.shares) + status.uncovered_fen == 700000


def format_due(fen: int) -> str:
    from mutual_aid_desk.core.money import format_fen

    return format_fen(fen)

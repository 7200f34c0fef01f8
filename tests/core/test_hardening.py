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

"""The command line's owner-aware votes: a ballot file previewed row by row and refused whole,
one owner one ballot, late ballots and extending the closing day."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tabular import write_table
from vote_support import plan

AS_COORDINATOR = ["--operator", "赵主任", "--pin", "246810"]
CLOSES = date.today() - timedelta(days=2)


@pytest.fixture
def db(station: Station, db_path: Path, tmp_path: Path) -> Path:
    for address, owner_id in (("1-101", "INV"), ("1-102", "INV"), ("1-103", ""), ("1-104", ""), ("1-105", "")):
        station.households.create(HouseholdInput(address=address, owner_id=owner_id, area="90"))
    spec = plan(opens=(CLOSES - timedelta(days=20)).isoformat(), closes=CLOSES.isoformat(),
                sections=[{"title": "公共区域", "items": [{"key": "A1", "title": "增设停车位"}]}])
    station.votes.create(spec)
    station.votes.submit(1, "1-103", {"A1": "同意"}, cast_on=CLOSES)
    station.close()
    return db_path


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_a_ballot_file_is_previewed_row_by_row_and_refused_whole(db: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    on_time, late = CLOSES.isoformat(), (CLOSES + timedelta(days=1)).isoformat()
    bad = tmp_path / "bad.csv"
    write_table(bad, ("地址", "A1", "日期"), [("1-101", "同意", on_time), ("1-102", "不同意", on_time),
                                            ("1-103", "同意", on_time), ("1-104", "好", on_time),
                                            ("1-105", "同意", late)])
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "import", "1", str(bad), "--dry-run") == 2
    out, err = capsys.readouterr()
    assert "row 2: 1-101 added (also for 1-102)" in out
    assert "row 4: 1-103 unchanged" in out
    err_lines = err.splitlines()
    assert "row 3, column 地址: value '1-102': the same owner as row 2 (1-101): one owner, one ballot" in err_lines
    assert any(line.startswith("row 5, column A1: value '好'") for line in err_lines)
    assert any(line.startswith(f"row 6, column 日期: value '{late}': the vote closed on {on_time}")
               for line in err_lines)
    # Nothing was written, with or without --dry-run.
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "import", "1", str(bad)) == 2
    capsys.readouterr()
    assert run(db, "vote", "tally", "1", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["participated"]["headcount"] == 1
    assert result["eligible"]["headcount"] == 4 and result["flats"] == {"eligible": 5, "participated": 1}


def test_late_ballots_and_extending_the_closing_day(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    late = (CLOSES + timedelta(days=1)).isoformat()
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "add", "1", "1-102", "--answer", "A1=同意",
               "--date", late) == 2
    assert f"the vote closed on {CLOSES.isoformat()}" in capsys.readouterr().err
    assert run(db, *AS_COORDINATOR, "vote", "ballots", "add", "1", "1-102", "--answer", "A1=同意",
               "--date", late, "--accept-late", "住院，家属代交") == 0
    assert "also stands for 1-101 (the same owner); accepted late" in capsys.readouterr().out
    assert run(db, "vote", "list") == 0
    assert "past_closing" in capsys.readouterr().out
    new_day = (date.today() + timedelta(days=7)).isoformat()
    assert run(db, "--operator", "钱阿姨", "vote", "extend", "1", "--closes", new_day) == 3
    assert run(db, *AS_COORDINATOR, "vote", "extend", "1", "--closes", new_day, "--reason", "延长一周") == 0
    capsys.readouterr()
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "add", "1", "1-104", "--answer", "A1=不同意") == 0
    capsys.readouterr()
    assert run(db, "vote", "tally", "1", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["late"] == 1 and result["participated"]["headcount"] == 3

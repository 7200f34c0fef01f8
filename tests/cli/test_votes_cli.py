"""The ``vote`` commands, in-process and once through a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.tabular import write_table
from vote_support import add_households, plan

AS_COORDINATOR = ["--operator", "赵主任", "--pin", "246810"]


@pytest.fixture
def setup(station: Station, db_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    add_households(station)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan(), ensure_ascii=False), encoding="utf-8")
    station.close()
    return db_path, plan_file


def run(db: Path, *args: str) -> int:
    return main(["--db", str(db), *args])


def test_create_import_tally_close(setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, plan_file = setup
    assert run(db, *AS_COORDINATOR, "vote", "create", str(plan_file)) == 0
    vote = capsys.readouterr().out.strip()
    assert vote == "1"

    ballots = tmp_path / "b.csv"
    write_table(ballots, ("地址", "A1", "A2", "A4", "B1", "渠道"), [
        ("1-1-101", "同意", "米黄", "同意", "同意", "会议"), ("1-1-102", "同意", "米黄", "同意", "", "上门"),
        ("1-1-201", "同意", "浅灰", "同意", "", "上门"), ("1-2-101", "同意", "米黄", "同意", "", "纸质"),
        ("1-2-102", "同意", "米黄", "同意", "", "纸质"), ("2-101", "不同意", "浅灰", "不同意", "同意", "委托"),
    ])
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "import", vote, str(ballots)) == 0
    assert "6 ballots: 6 new" in capsys.readouterr().out

    assert run(db, "vote", "tally", vote, "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["eligible"] == {"headcount": 8, "area": "550.00"}
    assert result["participated"] == {"headcount": 6, "area": "480.00"}
    assert result["participation_met"] is True
    a1 = result["items"][0]
    assert set(a1) >= {"key", "scope", "kind", "groups"} and a1["key"] == "A1" and a1["scope"] == "compound"
    group = a1["groups"][0]
    assert set(group) >= {"group", "eligible", "participated", "participation_met", "agree", "disagree", "abstain", "passed"}
    assert group["agree"] == {"headcount": 5, "area": "400.00"} and group["passed"] is True
    a2 = result["items"][1]["groups"][0]
    assert a2["options"]["米黄"] == {"headcount": 4, "area": "300.00"} and a2["winner"] == "米黄"
    a4 = {g["group"]: g["passed"] for g in result["items"][3]["groups"]}
    assert a4 == {"1": True, "2": False}
    assert result["items"][4]["opted_in"] == ["1-1-101", "2-101"]

    assert run(db, "vote", "close", vote) == 3  # no operator named
    assert "--operator" in capsys.readouterr().err
    assert run(db, "--operator", "钱阿姨", "vote", "close", vote) == 3
    assert "Only a coordinator" in capsys.readouterr().err
    assert run(db, *AS_COORDINATOR, "vote", "close", vote) == 0
    capsys.readouterr()
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "import", vote, str(ballots)) == 5
    assert "closed" in capsys.readouterr().err

    assert run(db, "vote", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["status"] == "closed" and listed[0]["ballots"] == 6

    shared = tmp_path / "shared.json"
    assert run(db, "vote", "plan", vote, "-o", str(shared)) == 0
    capsys.readouterr()
    from mutual_aid_desk.core.vote_plan import load_plan_file, parse_plan

    assert load_plan_file(shared).json() == parse_plan(plan()).json()  # the menu round-trips for another station

    assert run(db, "vote", "holdouts", vote, "--json") == 0
    assert [h["address"] for h in json.loads(capsys.readouterr().out)] == ["2-102", "2-103"]


def test_a_bad_ballot_file_exits_2_with_row_errors(setup: tuple[Path, Path], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    db, plan_file = setup
    run(db, *AS_COORDINATOR, "vote", "create", str(plan_file))
    capsys.readouterr()
    bad = tmp_path / "bad.csv"
    write_table(bad, ("地址", "A1"), [("1-1-101", "同意"), ("1-1-101", "同意"), ("7-7-707", "好")])
    assert run(db, "--operator", "钱阿姨", "vote", "ballots", "import", "1", str(bad)) == 2
    err = capsys.readouterr().err.splitlines()
    assert "row 3, column 地址: value '1-1-101': the same household as row 2: one ballot per household" in err
    assert "row 4, column 地址: value '7-7-707': no household at this address takes part in this vote" in err
    assert any(line.startswith("row 4, column A1: value '好': not an answer") for line in err)


def test_a_bad_plan_file_exits_2(setup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = setup
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": "", "matter": "grand"}', encoding="utf-8")
    assert run(db, *AS_COORDINATOR, "vote", "create", str(bad)) == 2
    err = capsys.readouterr().err
    assert "title: value '': this is needed" in err and "matter: value 'grand'" in err


def test_documents_through_a_real_process(setup: tuple[Path, Path], tmp_path: Path) -> None:
    db, plan_file = setup
    env = {**os.environ, "MUTUAL_AID_DESK_PIN": "246810"}
    base = [sys.executable, "-m", "mutual_aid_desk", "--db", str(db), "--operator", "赵主任"]
    created = subprocess.run([*base, "vote", "create", str(plan_file)], capture_output=True, text=True, env=env)
    assert created.returncode == 0, created.stderr
    vote = created.stdout.strip()
    for args, name in ((["vote", "notice", vote, "-o"], "notice.pdf"), (["vote", "ballots", "print", vote, "-o"], "ballots.pdf"),
                       (["vote", "holdouts", vote, "-o"], "holdouts.pdf")):
        done = subprocess.run([*base, *args, str(tmp_path / name)], capture_output=True, text=True, env=env)
        assert done.returncode == 0, done.stderr
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")

"""``init --coordinator``, ``volunteer add|list|edit``, ``audit verify|list``, ``restore`` as a script uses them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from mutual_aid_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]


AS_COORDINATOR = ("--operator", "赵主任", "--pin", "246810")  # listings of people need a named reader


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    path = str(tmp_path / "st.sqlite3")
    monkeypatch.setenv("MUTUAL_AID_DESK_PIN", "246810")
    code, out, err = run(capsys, "--db", path, "init", "--station", "幸福里互助站", "--coordinator", "赵主任")
    assert code == 0, err
    monkeypatch.delenv("MUTUAL_AID_DESK_PIN")
    return path


def test_init_creates_the_first_coordinator_with_the_pin_from_the_environment(db: str, capsys) -> None:
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "volunteer", "list", "--json")
    assert code == 0
    assert json.loads(out) == [{"name": "赵主任", "phone": "", "role": "coordinator", "active": True, "notes": ""}]


def test_init_refuses_a_bad_pin_before_creating_anything(tmp_path: Path, capsys) -> None:
    path = tmp_path / "new.sqlite3"
    code, _, err = run(capsys, "--db", str(path), "--pin", "12", "init", "--station", "x", "--coordinator", "王")
    assert code == 2 and "pin" in err
    assert not path.exists()


def test_volunteer_add_and_list(db: str, capsys) -> None:
    code, out, err = run(capsys, "--db", db, "--operator", "赵主任", "--pin", "246810",
                         "volunteer", "add", "钱阿姨", "--role", "volunteer", "--phone", "13812341234")
    assert code == 0, err
    assert "added 钱阿姨 as volunteer" in out
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "--pin", "246810",
                       "volunteer", "add", "孙书记", "--role", "coordinator", "--pin", "135790")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "volunteer", "list")
    assert code == 0 and "3 people" in out
    assert out.index("孙书记") < out.index("钱阿姨"), "coordinators first"
    # the new coordinator signs in with their own PIN
    code, _, err = run(capsys, "--db", db, "--operator", "孙书记", "--pin", "135790", "volunteer", "add", "周大爷")
    assert code == 0, err


def test_writes_refuse_without_an_operator_a_pin_or_the_role(db: str, capsys) -> None:
    code, _, err = run(capsys, "--db", db, "volunteer", "add", "钱阿姨")
    assert code == 3 and "--operator" in err
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "volunteer", "add", "钱阿姨")
    assert code == 3 and "give the PIN" in err
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "--pin", "1111", "volunteer", "add", "钱阿姨")
    assert code == 3 and "Wrong PIN for 赵主任: 4 tries left" in err  # the missing PIN did not count
    run(capsys, "--db", db, "--operator", "赵主任", "--pin", "246810", "volunteer", "add", "钱阿姨")
    code, _, err = run(capsys, "--db", db, "--operator", "钱阿姨", "volunteer", "add", "周大爷")
    assert code == 3 and "Only a coordinator may change station settings and the roster" in err
    assert err.count("\n") == 1


def test_pin_from_the_environment(db: str, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUTUAL_AID_DESK_PIN", "246810")
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "volunteer", "add", "钱阿姨")
    assert code == 0, err


def test_five_wrong_pins_lock_the_command_line_too(db: str, capsys) -> None:
    for _ in range(5):
        run(capsys, "--db", db, "--operator", "赵主任", "--pin", "0000", "volunteer", "add", "x")
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "--pin", "246810", "volunteer", "add", "x")
    assert code == 3 and "Too many wrong PINs" in err


def test_volunteer_edit_deactivates_and_guards_the_last_coordinator(db: str, capsys) -> None:
    op = ["--db", db, "--operator", "赵主任", "--pin", "246810"]
    run(capsys, *op, "volunteer", "add", "钱阿姨")
    code, out, err = run(capsys, *op, "volunteer", "edit", "钱阿姨", "--active", "no")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "volunteer", "list", "--json")
    assert [p["name"] for p in json.loads(out)] == ["赵主任"]
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "volunteer", "list", "--json", "--all")
    assert {p["name"]: p["active"] for p in json.loads(out)} == {"赵主任": True, "钱阿姨": False}
    code, _, err = run(capsys, *op, "volunteer", "edit", "赵主任", "--role", "volunteer")
    assert code == 2 and "at least one active coordinator" in err


def test_audit_verify_and_list(db: str, capsys) -> None:
    op = ["--db", db, "--operator", "赵主任", "--pin", "246810"]
    run(capsys, *op, "volunteer", "add", "钱阿姨", "--phone", "13812341234")
    code, out, _ = run(capsys, "--db", db, "audit", "verify")
    assert code == 0 and out.splitlines()[0] == "audit trail intact: 2 entries"
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "audit", "list", "--since", date.today().isoformat(), "--json")
    entries = json.loads(out)
    assert [e["action"] for e in entries] == ["create", "create"]
    assert entries[0]["after"]["name"] == "钱阿姨" and entries[0]["operator"] == "赵主任"
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "audit", "list", "--since", tomorrow, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "audit", "list")
    assert "phone: — → 13812341234" in out and "2 entries" in out
    with pytest.raises(SystemExit):
        main(["--db", db, *AS_COORDINATOR, "audit", "list", "--since", "not-a-date"])


def test_audit_verify_catches_an_edit_behind_the_apps_back(db: str, capsys) -> None:
    run(capsys, "--db", db, "--operator", "赵主任", "--pin", "246810", "volunteer", "add", "钱阿姨")
    raw = sqlite3.connect(db)
    raw.execute("DROP TRIGGER audit_entry_no_update")
    raw.execute("UPDATE audit_entry SET operator = '冒名' WHERE id = 2")
    raw.commit()
    raw.close()
    code, out, err = run(capsys, "--db", db, "audit", "verify")
    assert code != 0
    assert "BROKEN at entry 2" in err and "does not match its hash" in err
    # the same through a real process, as a script would see it
    proc = subprocess.run([sys.executable, "-m", "mutual_aid_desk", "--db", db, "audit", "verify"], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "entry 2" in proc.stderr and "Traceback" not in proc.stderr


def test_restore_lists_backups_and_restores_one(db: str, capsys) -> None:
    op = ["--db", db, "--operator", "赵主任", "--pin", "246810"]
    code, out, _ = run(capsys, "--db", db, "backup")
    assert code == 0
    run(capsys, *op, "volunteer", "add", "钱阿姨")
    code, out, _ = run(capsys, "--db", db, "restore", "--json")
    listed = json.loads(out)
    assert len(listed) == 1 and listed[0]["volunteers"] == 1 and listed[0]["problem"] == ""
    code, out, err = run(capsys, "--db", db, "restore", listed[0]["file"])
    assert code == 3 and "--operator" in err, "restoring needs a coordinator"
    code, out, err = run(capsys, *op, "restore", listed[0]["file"])
    assert code == 0, err
    assert "kept as" in out
    code, out, _ = run(capsys, "--db", db, *AS_COORDINATOR, "volunteer", "list", "--json")
    assert [p["name"] for p in json.loads(out)] == ["赵主任"]
    code, out, _ = run(capsys, "--db", db, "restore")
    assert "before-restore" in out and "2 backups" in out

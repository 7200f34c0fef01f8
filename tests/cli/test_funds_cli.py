"""``mutual-aid-desk fund ...`` as a coordinator scripts it: ids on stdout, one-line errors, exit codes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, DEMO_VOLUNTEERS, build_demo


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "t.sqlite3"
    build_demo(path, households=317).close()
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    shutil.copy(template, tmp_path / "s.sqlite3")
    return tmp_path / "s.sqlite3"


def run(db: Path, capsys: pytest.CaptureFixture[str], *args: str, operator: str | None = DEMO_COORDINATOR) -> tuple[int, str, str]:
    argv = ["--db", str(db)]
    if operator:
        argv += ["--operator", operator]
        if operator == DEMO_COORDINATOR:
            argv += ["--pin", DEMO_PIN]
    code = main([*argv, *args])
    out, err = capsys.readouterr()
    return code, out, err


def create(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    code, out, err = run(db, capsys, "fund", "create", "--title", "楼道窗户更换", "--cost", "67000",
                         "--subsidy", "街道补贴=60000", "--split", "equal", *extra)
    assert code == 0, err
    return out.strip()


def test_create_prints_only_the_id(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert create(db, capsys) == "1"
    assert create(db, capsys, "--units", "1-1,2-1", "--round", "yuan") == "2"


def test_status_json_has_exactly_the_issues_keys(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fund = create(db, capsys)
    assert run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "22.09", "--method", "wechat",
               "--date", "2026-11-01", "--collector", "王秀英")[0] == 0
    code, out, _ = run(db, capsys, "fund", "status", fund, "--json", operator=None)
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"cost", "subsidies", "gap", "due_total", "paid_total", "expenses_total", "balance",
                         "households", "paid_households", "shares"}
    assert (data["cost"], data["subsidies"], data["gap"], data["due_total"], data["paid_total"]) == \
        ("67000.00", "60000.00", "7000.00", "7000.00", "22.09")
    assert (data["expenses_total"], data["balance"]) == ("0.00", "60022.09")
    assert (data["households"], data["paid_households"]) == (317, 1)
    assert len(data["shares"]) == 317
    assert data["shares"][0] == {"address": "1-1-101", "due": "22.09", "paid": "22.09", "outstanding": "0.00",
                                 "status": "paid"}
    assert set(data["shares"][1]) == {"address", "due", "paid", "outstanding", "status"}


def test_pay_prints_the_receipt_and_refuses_bad_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fund = create(db, capsys, "--units", "1-1")
    code, out, _ = run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "10", "--method", "cash")
    assert code == 0 and out.startswith("receipt No. 000001: 1-1-101 paid 10.00 (cash)")
    for amount, message in (("-1", "cannot be negative"), ("1.001", "at most 2 decimals"), ("abc", "not an amount")):
        code, out, err = run(db, capsys, "fund", "pay", fund, "--household", "1-1-102", "--amount", amount,
                             "--method", "cash")
        assert code == 2 and out == "" and message in err and "Traceback" not in err
    code, _, err = run(db, capsys, "fund", "pay", fund, "--household", "9-9-909", "--amount", "1", "--method", "cash")
    assert code == 2 and err.strip() == "household: value '9-9-909': no household is registered at this address"
    code, _, err = run(db, capsys, "fund", "pay", fund, "--household", "2-1-101", "--amount", "1", "--method", "cash")
    assert code == 2 and "outside this drive's scope" in err and "--confirm-out-of-scope" in err
    code, _, err = run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "500", "--method", "cash")
    assert code == 2 and "--confirm-overpay" in err
    code, out, _ = run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "500", "--method",
                       "cash", "--confirm-overpay")
    assert code == 0 and "No. 000002" in out
    code, _, err = run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "1", "--method", "cash",
                       operator=None)
    assert code == 3 and "--operator" in err


def test_reverse_is_for_coordinators(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fund = create(db, capsys)
    run(db, capsys, "fund", "pay", fund, "--household", "1-1-101", "--amount", "20", "--method", "cash")
    code, _, err = run(db, capsys, "fund", "reverse", fund, "--receipt", "1", "--reason", "记错",
                       operator=DEMO_VOLUNTEERS[0])
    assert code == 3 and "coordinator" in err
    code, out, _ = run(db, capsys, "fund", "reverse", fund, "--receipt", "1", "--reason", "记错")
    assert code == 0 and out.strip() == "entry 1 reversed by entry 2"
    code, out, _ = run(db, capsys, "fund", "ledger", fund, "--json", operator=DEMO_VOLUNTEERS[0])
    entries = json.loads(out)
    assert [(e["kind"], e["reverses"], e["reversed_by"]) for e in entries] == [("payment", None, 2), ("reversal", 1, None)]


def test_import_notice_receipts_arrears(db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    fund = create(db, capsys, "--units", "1-1")
    pay = tmp_path / "pay.csv"
    pay.write_text("address,amount,date,method,collector,receipt\n1-1-101,10,2026-11-01,wechat,王秀英,A1\n"
                   "1-1-102,x,2026-11-01,cash,王秀英,A2\n", encoding="utf-8")
    code, _, err = run(db, capsys, "fund", "payments", "import", fund, str(pay))
    assert code == 2 and err.strip() == ("row 3, column amount: value 'x': not an amount of money: "
                                         "write yuan with up to 2 decimals, such as 22.08")
    pay.write_text("address,amount,date,method,collector,receipt\n1-1-101,10,2026-11-01,wechat,王秀英,A1\n",
                   encoding="utf-8")
    code, out, _ = run(db, capsys, "fund", "payments", "import", fund, str(pay))
    assert code == 0 and "1 payments from 1 households, 10.00 yuan" in out
    for cmd, name in (("notice", "n.pdf"), ("receipts", "r.pdf"), ("arrears", "a.pdf")):
        code, out, err = run(db, capsys, "fund", cmd, fund, "-o", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_exempt_and_history(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fund = create(db, capsys)
    code, out, _ = run(db, capsys, "fund", "exempt", fund, "--household", "1-1-101", "--reason", "低保", "--uncovered")
    assert code == 0 and "split 2 set" in out and "uncovered 22.09" in out
    code, out, _ = run(db, capsys, "fund", "history", fund, operator=None)
    assert out.count("split ") == 2


def test_subprocess_create_and_status(db: Path) -> None:
    env = {**os.environ, "MUTUAL_AID_DESK_PIN": DEMO_PIN}
    base = [sys.executable, "-m", "mutual_aid_desk", "--db", str(db), "--operator", DEMO_COORDINATOR]
    made = subprocess.run([*base, "fund", "create", "--title", "T", "--cost", "7000", "--split", "area"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert made.returncode == 0, made.stderr
    status = subprocess.run([*base, "fund", "status", made.stdout.strip(), "--json"], capture_output=True, text=True,
                            env=env, timeout=120)
    assert json.loads(status.stdout)["due_total"] == "7000.00"
    bad = subprocess.run([*base, "fund", "create", "--title", "T", "--cost", "7000", "--split", "fixed"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "amount: value '': the fixed rule needs the amount per household" in bad.stderr


def test_pay_takes_the_method_in_chinese_and_names_a_wrong_one(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A volunteer writes 微信 as on the paper list; a method nobody offers is refused by name."""
    from mutual_aid_desk.cli import main

    base = ["--db", str(db), "--operator", DEMO_COORDINATOR, "--pin", DEMO_PIN]
    assert main([*base, "fund", "create", "--title", "T", "--cost", "7000", "--split", "equal"]) == 0
    drive = capsys.readouterr().out.strip().splitlines()[-1]
    assert main([*base, "fund", "pay", drive, "--household", "1-1-101", "--amount", "1", "--method", "微信"]) == 0
    assert "(wechat)" in capsys.readouterr().out
    assert main([*base, "fund", "pay", drive, "--household", "1-1-102", "--amount", "1", "--method", "刷脸"]) == 2
    assert "刷脸" in capsys.readouterr().err

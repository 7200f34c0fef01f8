"""The visits, walklist and consultations commands, in-process and once through a real process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station

OP = ["--operator", "赵主任", "--pin", "246810"]


@pytest.fixture
def registered(station: Station, db_path: Path) -> Path:
    for n, a in enumerate(("1-1-101", "1-1-102", "2-1-101", "10-1-101")):
        station.households.create(HouseholdInput(address=a, head=f"住户{n}", phone=f"1390000{n:04d}"))
    station.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_import_then_list_as_json(registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "v.csv"
    f.write_text("address,date,volunteer,purpose,outcome,notes,follow_up\n"
                 "1-1-101,2026-03-02 19:30,钱阿姨,vote,not_home,敲门无人,2026-03-05\n"
                 "2-1-101,2026-03-03,赵主任 钱阿姨,,met,,\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(registered), *OP, "visits", "import", str(f))
    assert code == 0, err
    assert "2 visits added" in out
    code, out, _ = run(capsys, "--db", str(registered), *OP, "visits", "list", "--json")
    data = json.loads(out)
    assert data == [
        {"address": "1-1-101", "date": "2026-03-02", "time": "19:30", "volunteers": ["钱阿姨"], "purpose": "vote",
         "outcome": "not_home", "notes": "敲门无人", "follow_up": "2026-03-05", "id": 1, "voided": False},
        {"address": "2-1-101", "date": "2026-03-03", "time": "00:00", "volunteers": ["赵主任", "钱阿姨"],
         "purpose": "general", "outcome": "met", "notes": "", "follow_up": None, "id": 2, "voided": False},
    ]
    code, out, _ = run(capsys, "--db", str(registered), *OP, "visits", "list", "--household", "2-1-101", "--json")
    assert [v["address"] for v in json.loads(out)] == ["2-1-101"]
    code, out, _ = run(capsys, "--db", str(registered), *OP, "visits", "list", "--since", "2026-03-03", "--json")
    assert [v["date"] for v in json.loads(out)] == ["2026-03-03"]


def test_bad_import_exits_2_with_row_column_value(registered: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "bad.csv"
    f.write_text("地址,日期,志愿者,结果\n1-1-101,2026-03-02,钱阿姨,见到\n1-1-909,明天,钱阿姨,见到\n", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(registered), *OP, "visits", "import", str(f))
    assert code == 2
    assert err.splitlines() == [
        "row 3, column 地址: value '1-1-909': no household at this address",
        "row 3, column 日期: value '明天': not a date: write it as 2026-11-21 (a time such as 19:30 may follow)",
    ]
    code, out, _ = run(capsys, "--db", str(registered), *OP, "visits", "list", "--json")
    assert json.loads(out) == []


def test_writing_needs_an_operator(registered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(registered), "visits", "add", "1-1-101", "--outcome", "met")
    assert code == 3 and "--operator" in err


def test_add_and_due(registered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(registered), "--operator", "钱阿姨", "visits", "add", "1-1-102",
                         "--outcome", "不在家", "--date", "2026-01-10 19:00", "--follow-up", "2026-01-12")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(registered), *OP, "visits", "due", "--json")
    (item,) = json.loads(out)
    assert (item["kind"], item["address"], item["due"], item["volunteers"]) == ("visit", "1-1-102", "2026-01-12", ["钱阿姨"])


def test_walklist_pdf_with_filters(registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_pdf = tmp_path / "walk.pdf"
    code, out, err = run(capsys, "--db", str(registered), *OP, "walklist", "--building", "1", "--building", "10",
                         "--not-visited-since", "2026-01-01", "--purpose", "safety_check", "-o", str(out_pdf))
    assert code == 0, err
    assert "3 households" in out
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out_pdf.read_bytes())).pages)
    assert text.index("1-1-101") < text.index("1-1-102") < text.index("10-1-101")
    assert "2-1-101" not in text and "安全检查" in text


def test_consultations_stats(registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for cat, when in (("legal", "2026-01-05"), ("法律", "2026-01-09"), ("health", "2026-02-01")):
        code, _, err = run(capsys, "--db", str(registered), *OP, "consultations", "add", "--name", "王大爷",
                           "--category", cat, "--question", "问", "--date", when)
        assert code == 0, err
    code, _, err = run(capsys, "--db", str(registered), *OP, "consultations", "add", "--household", "1-1-101",
                       "--category", "dispute", "--question", "噪音", "--date", "2026-02-03", "--status", "resolved")
    assert code == 0, err
    xlsx = tmp_path / "s.xlsx"
    code, out, err = run(capsys, "--db", str(registered), *OP, "consultations", "stats", "--year", "2026",
                         "--json", "-o", str(xlsx))
    assert code == 0, err
    data = json.loads(out)
    assert data["total"] == 4 and data["resolved"] == 1 and data["open"] == 3
    assert data["by_month"]["2026-01"]["legal"] == 2 and data["by_month"]["2026-02"]["dispute"] == 1
    assert xlsx.exists()
    code, out, _ = run(capsys, "--db", str(registered), "consultations", "stats", "--year", "2026")
    assert "4 consultations in 2026: 1 resolved, 0 referred, 3 open" in out


def test_walklist_through_a_real_process(registered: Path, tmp_path: Path) -> None:
    out_pdf = tmp_path / "w.pdf"
    proc = subprocess.run([sys.executable, "-m", "mutual_aid_desk", "--db", str(registered), *OP, "walklist",
                           "--status", "owner", "-o", str(out_pdf)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert out_pdf.read_bytes().startswith(b"%PDF")

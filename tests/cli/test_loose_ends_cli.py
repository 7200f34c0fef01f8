"""Issue 13's loose ends, run as a coordinator or volunteer would type them on the command line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station

OP = ["--operator", "赵主任", "--pin", "246810"]
VOL = ["--operator", "钱阿姨"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def registered(station: Station, db_path: Path) -> Path:
    for n, a in enumerate(("1-1-101", "1-1-102", "5-2-301", "5-2-302")):
        station.households.create(HouseholdInput(address=a, head=f"住户{n}", phone=f"1390000{n:04d}"))
    station.close()
    return db_path


# --- 1. station details ---------------------------------------------------------------------------


def test_init_takes_details_and_station_show_prints_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "new.sqlite3")
    code, out, err = run(capsys, "--db", db, "--pin", "246810", "init", "--station", "幸福里互助站", "--coordinator",
                         "赵主任", "--phone", "021-62345678", "--place", "活动室")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "station", "show", "--json")
    shown = json.loads(out)
    assert (shown["name"], shown["phone"], shown["place"], shown["address"]) == ("幸福里互助站", "021-62345678",
                                                                                 "活动室", "")
    code, out, _ = run(capsys, "--db", db, "station", "show")
    assert "联系电话 phone: 021-62345678" in out and "地址 address: -" in out


def test_station_set_is_for_coordinators_and_audited(registered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    code, _, err = run(capsys, "--db", db, *VOL, "station", "set", "--phone", "13812345678")
    assert code == 3 and "coordinator" in err
    code, out, err = run(capsys, "--db", db, *OP, "station", "set", "--phone", "138 1234 5678", "--address",
                         "幸福里5号楼底商", "--place", "社区活动室")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, "station", "show", "--json")
    assert json.loads(out)["phone"] == "13812345678"
    code, out, _ = run(capsys, "--db", db, *OP, "audit", "list", "--json")
    entries = [e for e in json.loads(out) if e.get("entity") == "station"]
    assert entries and entries[-1]["after"]["address"] == "幸福里5号楼底商"
    code, _, err = run(capsys, "--db", db, *OP, "station", "set", "--phone", "12345")
    assert code == 2 and err.startswith("phone: value '12345'")
    code, _, err = run(capsys, "--db", db, *OP, "station", "set")
    assert code == 2 and "name at least one detail" in err


def test_a_fresh_station_prints_a_meeting_notice_without_the_phone_line(
        registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    code, _, err = run(capsys, "--db", db, *OP, "meeting", "add", "--title", "改造方案征询会", "--date", "2026-12-03",
                       "--time", "19:00", "--place", "活动室", "--buildings", "1,5", "--agenda", "介绍方案")
    assert code == 0, err
    out_pdf = tmp_path / "n.pdf"
    code, out, err = run(capsys, "--db", db, "meeting", "notice", "1", "-o", str(out_pdf))
    assert code == 0, err
    assert "left out the line '联系电话：{phone}'" in err and "station set --phone" in err
    text = pdf_text(out_pdf)
    assert "联系电话" not in text and "改造方案征询会" in text
    # Once the station has a phone, the line is printed and nothing is said.
    run(capsys, "--db", db, *OP, "station", "set", "--phone", "021-62345678")
    code, out, err = run(capsys, "--db", db, "meeting", "notice", "1", "-o", str(out_pdf))
    assert code == 0 and "left out" not in err
    assert "联系电话：021-62345678" in pdf_text(out_pdf)


def test_render_meeting_without_values_names_its_placeholders_as_missing(
        registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_pdf = tmp_path / "m.pdf"
    code, _, err = run(capsys, "--db", str(registered), "notice", "render", "meeting", "-o", str(out_pdf))
    assert code == 2 and not out_pdf.exists()
    assert "unknown placeholder" not in err
    assert "missing value for {meeting_date} (会议日期)" in err
    assert {line.split("'")[1] for line in err.splitlines()} == {"{meeting_date}", "{time}", "{place}", "{invited}"}


# --- 2. correcting a visit ------------------------------------------------------------------------


def test_amend_and_void_a_visit_keep_its_history(registered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    code, _, err = run(capsys, "--db", db, *VOL, "visits", "add", "5-2-301", "--outcome", "不在家", "--date",
                       "2026-03-01 19:30", "--follow-up", "2026-03-08")
    assert code == 0, err
    code, out, err = run(capsys, "--db", db, *VOL, "visits", "amend", "1", "--address", "5-2-302", "--outcome",
                         "见到", "--reason", "记错门牌")
    assert code == 0, err
    assert "amended visit 1: 5-2-302" in out
    code, out, _ = run(capsys, "--db", db, *OP, "visits", "list", "--json")
    (visit,) = json.loads(out)
    assert (visit["id"], visit["address"], visit["outcome"], visit["voided"]) == (1, "5-2-302", "met", False)
    code, _, err = run(capsys, "--db", db, *VOL, "visits", "void", "1", "--reason", "")
    assert code == 2 and "say why" in err
    code, out, err = run(capsys, "--db", db, *VOL, "visits", "void", "1", "--reason", "重复录入")
    assert code == 0, err
    code, out, _ = run(capsys, "--db", db, *OP, "visits", "list")
    assert "已作废：重复录入" in out
    code, out, _ = run(capsys, "--db", db, *OP, "visits", "due", "--on", "2026-12-01")
    assert "0 follow-ups due" in out  # a voided visit's follow-up is no longer due
    code, out, _ = run(capsys, "--db", db, *OP, "visits", "history", "1", "--json")
    history = json.loads(out)
    assert [(r["action"], r["before"]["address"], r["reason"]) for r in history["revisions"]] == [
        ("amend", "5-2-301", "记错门牌"), ("void", "5-2-302", "重复录入")]
    code, _, err = run(capsys, "--db", db, *VOL, "visits", "amend", "1", "--notes", "x", "--reason", "补记")
    assert code == 2 and "voided" in err
    code, out, _ = run(capsys, "--db", db, *OP, "audit", "list", "--json")
    actions = [e["action"] for e in json.loads(out) if e.get("entity") == "visit"]
    assert sorted(actions) == ["amend", "create", "void"]


def test_visits_due_separates_its_columns(registered: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    run(capsys, "--db", db, *VOL, "visits", "add", "5-2-301", "--outcome", "不在家", "--date", "2026-03-01 19:30",
        "--follow-up", "2026-03-08")
    code, out, _ = run(capsys, "--db", db, *OP, "visits", "due", "--on", "2026-11-30")
    assert "逾期 267 天 5-2-301" in out


# --- 3. refunds and closing a drive ---------------------------------------------------------------


def test_refund_close_and_reopen_a_drive(registered: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    code, out, err = run(capsys, "--db", db, *OP, "fund", "create", "--title", "楼道窗户更换", "--cost", "400",
                         "--split", "equal")
    assert code == 0, err
    fund = out.strip()
    assert run(capsys, "--db", db, *VOL, "fund", "pay", fund, "--household", "5-2-301", "--amount", "100",
               "--method", "cash")[0] == 0
    code, _, err = run(capsys, "--db", db, *VOL, "fund", "refund", fund, "--household", "5-2-301", "--amount", "120",
                       "--reason", "多收")
    assert code == 2 and "has paid 100.00 yuan" in err
    code, out, err = run(capsys, "--db", db, *VOL, "fund", "refund", fund, "--household", "5-2-301", "--amount",
                         "20", "--reason", "多收")
    assert code == 0, err
    code, _, err = run(capsys, "--db", db, *VOL, "fund", "close", fund, "--note", "x")
    assert code == 3 and "Only a coordinator" in err
    code, _, err = run(capsys, "--db", db, *OP, "fund", "close", fund)
    assert code == 2 and "balance is 80.00 yuan" in err
    code, out, err = run(capsys, "--db", db, *OP, "fund", "close", fund, "--note", "结余留作楼道维修")
    assert code == 0 and "closed drive" in out and "80.00" in out
    code, _, err = run(capsys, "--db", db, *VOL, "fund", "pay", fund, "--household", "5-2-302", "--amount", "100",
                       "--method", "cash")
    assert code == 2 and "this drive is closed" in err
    notice = tmp_path / "公示.pdf"
    assert run(capsys, "--db", db, *OP, "fund", "notice", fund, "-o", str(notice))[0] == 0
    flat = pdf_text(notice).replace("\n", "").replace(" ", "")
    assert "（结项）" in flat and "结余留作楼道维修" in flat
    code, out, _ = run(capsys, "--db", db, "fund", "list", "--json")
    assert json.loads(out)[0]["closed"] is True
    code, _, err = run(capsys, "--db", db, *VOL, "fund", "reopen", fund, "--reason", "补收")
    assert code == 3
    code, out, err = run(capsys, "--db", db, *OP, "fund", "reopen", fund, "--reason", "补收两户")
    assert code == 0, err
    assert run(capsys, "--db", db, *VOL, "fund", "pay", fund, "--household", "5-2-302", "--amount", "100",
               "--method", "cash")[0] == 0


# --- 4. the attendance poster ---------------------------------------------------------------------


def test_poster_attendance_for_one_meeting_or_its_series(registered: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registered)
    code, _, err = run(capsys, "--db", db, *OP, "meeting", "plan", "--buildings", "1,5", "--per-night", "1",
                       "--start", "2026-12-07", "--time", "19:00", "--place", "活动室", "--title", "改造方案征询会")
    assert code == 0, err
    assert run(capsys, "--db", db, *OP, "meeting", "attend", "1", "1-1-101")[0] == 0
    assert run(capsys, "--db", db, *OP, "meeting", "attend", "2", "5-2-301", "5-2-302")[0] == 0
    one, series = tmp_path / "one.pdf", tmp_path / "series.pdf"
    assert run(capsys, "--db", db, "poster", "attendance", "1", "-o", str(one))[0] == 0
    text = pdf_text(one).replace(" ", "")
    assert "改造方案征询会（12月7日）参会进度" in text and "已参会1户/共2户" in text and "5号楼" not in text
    assert run(capsys, "--db", db, "poster", "attendance", "2", "--series", "-o", str(series))[0] == 0
    text = pdf_text(series).replace(" ", "")
    assert "共2场" in text and "已参会3户/共4户" in text and "1号楼" in text and "5号楼" in text

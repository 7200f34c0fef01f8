"""The problems, sheets and patrols commands: JSON shapes, writing as --operator, all-or-nothing imports."""

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


@pytest.fixture
def homes(station: Station, db_path: Path) -> Path:
    for a in ("5-1-101", "5-2-301", "6-1-101"):
        station.households.create(HouseholdInput(address=a, head="张晓明"))
    station.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_list_resolve_and_stats(homes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(homes)]
    code, out, err = run(capsys, *db, "problems", "add", "--where", "5-2", "--category", "消防安全", "--text", "x")
    assert code == 3 and "--operator" in err  # a write names who is acting
    code, out, _ = run(capsys, *db, *OP, "problems", "add", "--where", "5-2", "--category", "消防安全",
                       "--text", "楼道堆放纸箱", "--source", "patrol", "--handed-to", "幸福里物业")
    assert code == 0
    first = int(out.strip())
    code, out, _ = run(capsys, *db, *OP, "problems", "add", "--where", "小区东门", "--category", "治安",
                       "--text", "门岗夜间无人")
    second = int(out.strip())
    code, out, _ = run(capsys, *db, "problems", "list", "--where", "5", "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [first]
    assert set(rows[0]) == {"id", "where", "category", "text", "source", "status", "opened", "closed"}
    assert (rows[0]["where"], rows[0]["source"], rows[0]["status"], rows[0]["closed"]) == (
        "5-2", "patrol", "handed_over", None)
    code, out, _ = run(capsys, *db, "problems", "list", "--status", "open", "--json")
    assert [r["id"] for r in json.loads(out)] == [second]
    code, out, _ = run(capsys, *db, *OP, "problems", "resolve", str(first), "--note", "已清理")
    assert code == 0
    code, out, _ = run(capsys, *db, "problems", "list", "--category", "消防安全", "--json")
    assert json.loads(out)[0]["status"] == "resolved" and json.loads(out)[0]["closed"]
    code, out, _ = run(capsys, *db, "problems", "stats", "--year", str(int(rows[0]["opened"][:4])), "--json")
    stats = json.loads(out)
    fire = next(c for c in stats["categories"] if c["category"] == "消防安全")
    assert (fire["opened"], fire["resolved"], fire["still_open"], fire["median_days_to_resolve"]) == (1, 1, 0, 0)
    month = rows[0]["opened"][:7]
    assert fire["months"][month] == {"opened": 1, "resolved": 1, "still_open": 0, "median_days_to_resolve": 0}


def test_a_bad_problem_exits_2_naming_the_field(homes: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", str(homes), *OP, "problems", "add", "--where", "99-9",
                         "--category", "消防安全", "--text", "x")
    assert code == 2 and err.startswith("where: value '99-9'")


def test_sheets_print_template_import_and_report(homes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(homes), *OP]
    pdf = tmp_path / "s.pdf"
    code, out, _ = run(capsys, *db, "sheets", "print", "--month", "2026-12", "--building", "5", "-o", str(pdf))
    assert code == 0 and len(PdfReader(io.BytesIO(pdf.read_bytes())).pages) == 2
    template = tmp_path / "t.csv"
    assert run(capsys, *db, "sheets", "template", "--month", "2026-12", "-o", str(template))[0] == 0
    lines = template.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "楼道,日期,杂物堆放,灭火器,消防栓/喷淋,照明,卫生" and len(lines) == 1 + 3 * 31
    filled = [lines[0]] + [line.replace(",,,,,", ",正常,正常,正常,有问题,正常") if line.startswith("5-2,2026-12-0")
                           else line.replace(",,,,,", ",正常,正常,正常,正常,正常") for line in lines[1:]]
    bad = list(filled)
    bad[5] = bad[5].replace(",正常,正常,正常,正常,正常", ",正常,OKAY,正常,正常,正常")
    (tmp_path / "bad.csv").write_text("\n".join(bad) + "\n", encoding="utf-8")
    code, out, err = run(capsys, *db, "sheets", "import", str(tmp_path / "bad.csv"))
    assert code == 2 and err.strip() == "row 6, column 灭火器: value 'OKAY': a cell holds 正常, 有问题 or nothing (1, 2 or 0)"
    (tmp_path / "good.csv").write_text("\n".join(filled) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, *db, "sheets", "import", str(tmp_path / "good.csv"))
    assert code == 0 and "3 stairwell-months" in out
    code, out, _ = run(capsys, "--db", str(homes), "sheets", "report", "--month", "2026-12", "--json")
    rep = json.loads(out)
    five_two = next(s for s in rep["stairwells"] if s["stairwell"] == "5-2")
    assert five_two["days_checked"] == 31 and five_two["problem_days"]["照明"] == 9
    assert rep["totals"]["days_with_problems"] == 9
    xlsx = tmp_path / "r.xlsx"
    assert run(capsys, *db, "sheets", "report", "--month", "2026-12", "-o", str(xlsx))[0] == 0 and xlsx.exists()


def test_patrols_add_list_hours_and_rota(homes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(homes), *OP]
    code, out, _ = run(capsys, *db, "patrols", "add", "--date", "2026-11-20", "--start", "19:30", "--end", "21:00",
                       "--route", "1-8号楼", "--volunteer", "钱阿姨", "--volunteer", "赵主任",
                       "--finding", "5-2:消防安全:电动车在楼道内充电")
    assert code == 0
    patrol_id, problems_line = out.splitlines()
    problem_id = int(problems_line.split()[1])
    code, out, _ = run(capsys, "--db", str(homes), "patrols", "list", "--json")
    (p,) = json.loads(out)
    assert (p["id"], p["volunteers"], p["minutes"], p["problems"]) == (int(patrol_id), ["赵主任", "钱阿姨"], 90,
                                                                        [problem_id])
    code, out, _ = run(capsys, "--db", str(homes), "problems", "list", "--json")
    assert json.loads(out)[0]["source"] == "patrol"
    code, out, _ = run(capsys, "--db", str(homes), "patrols", "hours", "--month", "2026-11", "--json")
    assert {h["volunteer"]: h["hours"] for h in json.loads(out)} == {"赵主任": "1.5", "钱阿姨": "1.5"}
    assert run(capsys, *db, "patrols", "rota", "add", "--date", "2026-12-02", "--route", "9-16号楼",
               "--volunteer", "钱阿姨")[0] == 0
    rota = tmp_path / "rota.pdf"
    code, out, _ = run(capsys, *db, "patrols", "rota", "print", "--month", "2026-12", "-o", str(rota))
    assert code == 0 and "9-16号楼" in PdfReader(io.BytesIO(rota.read_bytes())).pages[0].extract_text()


def test_the_notice_is_recorded_as_an_export(homes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(homes), *OP]
    out = run(capsys, *db, "problems", "add", "--where", "5-2-301", "--category", "设施维修", "--text", "屋顶漏水",
              "--raised-by", "张晓明", "--date", "2026-11-02")[1]
    run(capsys, *db, "problems", "resolve", out.strip(), "--note", "已修好", "--date", "2026-11-05")
    pdf = tmp_path / "n.pdf"
    code, out, _ = run(capsys, *db, "problems", "notice", "--from", "2026-11-01", "--to", "2026-11-30", "-o", str(pdf))
    assert code == 0 and "1 resolved problems" in out
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "张*明" in text and "张晓明" not in text
    st = Station.open(homes)
    try:
        assert st.audit.list(entity="problem_export")[0].action == "export"
    finally:
        st.close()

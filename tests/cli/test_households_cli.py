"""The command line coordinators script against: init, demo, households import/export/list, backup."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import mutual_aid_desk
from mutual_aid_desk.cli import main

PROBLEM_LINE = re.compile(r"^row (\d+), column (.+?): value '(.*)': (.+)$")
SIGNED_IN = ["--operator", "赵主任", "--pin", "246810"]
AS_DEMO_COORDINATOR = ["--operator", "李桂兰", "--pin", "123456"]
JSON_KEYS = {"address", "building", "unit", "room", "head", "phone", "area", "members", "status", "tags", "owner",
             "owner_id"}


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def one_plain_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station made by ``init`` once for the module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("cli") / "template.sqlite3"
    assert main(["--db", str(path), "--pin", "246810", "init", "--station", "幸福里互助站", "--coordinator", "赵主任"]) == 0
    return path


@pytest.fixture
def db(template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "station.sqlite3"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "roster.csv", [
        ["楼栋", "单元", "室号", "户主", "电话", "面积", "人数", "状态", "标签"],
        ["5", "2", "301", "张晓明", "13812345678", "85.2", "3", "自住", "独居老人"],
        ["5", "1", "301", "王芳", "021-62345678", "60", "2", "出租", ""],
        ["12", "", "502", "李秀英", "", "120.5", "0", "空置", ""],
        ["15", "1", "301", "赵六", "", "", "", "联系不上", ""],
    ])


def listed(capsys: pytest.CaptureFixture[str], db: Path, *extra: str, operator: list[str] = SIGNED_IN) -> list[dict]:
    code, out, err = run(capsys, "--db", db, *operator, "households", "list", "--json", *extra)
    assert (code, err) == (0, "")
    return json.loads(out)


# --- init and demo ------------------------------------------------------------------------------------


def test_init_creates_a_station(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "new" / "station.sqlite3"
    code, out, err = run(capsys, "--db", path, "init", "--station", "测试互助站")
    assert (code, err) == (0, "")
    assert "测试互助站" in out and path.exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM household").fetchone() == (0,)


def test_init_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", db, "init", "--station", "另一个站")
    assert code != 0
    assert "already exists" in one_plain_line(err)
    assert db.read_bytes() == before


def test_init_refuses_to_overwrite_any_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("not mine to overwrite", encoding="utf-8")
    code, _, err = run(capsys, "--db", path, "init", "--station", "x")
    assert code != 0 and one_plain_line(err)
    assert path.read_text(encoding="utf-8") == "not mine to overwrite"


def test_demo(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    code, out, err = run(capsys, "--db", path, "demo")
    assert (code, err) == (0, "")
    assert "802 households in 25 buildings" in out
    rows = listed(capsys, path, operator=AS_DEMO_COORDINATOR)
    assert len(rows) == 802
    assert {r["status"] for r in rows} == {"owner", "rented", "vacant", "unreachable"}


def test_demo_scales_and_is_repeatable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run(capsys, "--db", tmp_path / f"{name}.sqlite3", "demo", "--households", "120", "--seed", "9")[0] == 0
    a, b = (listed(capsys, tmp_path / f"{n}.sqlite3", operator=AS_DEMO_COORDINATOR) for n in "ab")
    assert len(a) == 120 and a == b


def test_demo_refuses_an_existing_file(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", db, "demo")
    assert code != 0 and one_plain_line(err).startswith("error:")
    assert db.read_bytes() == before


# --- import -----------------------------------------------------------------------------------------


def test_import_valid_file(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    code, out, err = run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "imported roster.csv: 4 added, 0 updated, 0 unchanged"
    assert len(listed(capsys, db)) == 4
    code, out, _ = run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)
    assert out.strip() == "imported roster.csv: 0 added, 0 updated, 4 unchanged"


def test_import_counts_updates(capsys: pytest.CaptureFixture[str], db: Path, roster: Path, tmp_path: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    changed = write_csv(tmp_path / "changed.csv", [["地址", "户主", "电话"], ["5-2-301", "张晓明", "13900001111"],
                                                    ["5-1-301", "王芳", "021-62345678"], ["7-1-101", "新户", ""]])
    code, out, _ = run(capsys, "--db", db, *SIGNED_IN, "households", "import", changed)
    assert (code, out.strip()) == (0, "imported changed.csv: 1 added, 1 updated, 1 unchanged")


def test_import_invalid_file(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [
        ["地址", "户主", "电话", "面积"],
        ["5-2-301", "张晓明", "13812345678", "85.2"],
        ["5-2-302", "王芳", "12345", "60"],
        ["楼下小卖部", "李四", "", "abc"],
        ["5-2-301", "赵六", "", ""],
    ])
    code, out, err = run(capsys, "--db", db, *SIGNED_IN, "households", "import", bad)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert "Traceback" not in err
    parsed = [PROBLEM_LINE.match(line) for line in lines]
    assert all(parsed), lines
    assert [(m.group(1), m.group(2), m.group(3)) for m in parsed] == [
        ("3", "电话", "12345"), ("4", "地址", "楼下小卖部"), ("4", "面积", "abc"), ("5", "地址", "5-2-301")]
    assert listed(capsys, db) == []


def test_import_missing_column(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [["户主", "电话"], ["张晓明", "13812345678"]])
    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "import", bad)
    assert code == 2
    assert PROBLEM_LINE.match(one_plain_line(err))


def test_import_wrong_encoding(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "utf16.csv", [["地址", "户主"], ["5-2-301", "张晓明"]], encoding="utf-16")
    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "import", bad)
    assert code == 2
    assert "UTF-8" in one_plain_line(err)


def test_import_gb18030_file_from_excel(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    gbk = write_csv(tmp_path / "gbk.csv", [["地址", "户主", "状态"], ["5-2-301", "张晓明", "出租"]], encoding="gb18030")
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", gbk)[0] == 0
    (row,) = listed(capsys, db)
    assert (row["head"], row["status"]) == ("张晓明", "rented")


def test_import_a_missing_file(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "import", tmp_path / "nowhere.csv")
    assert code != 0
    assert "nowhere.csv" in one_plain_line(err)


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    before = db.read_bytes()
    code, out, err = run(capsys, "--db", db, "households", "import", roster, "--dry-run")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "dry run, nothing written: 4 added, 0 updated, 0 unchanged"
    assert out.splitlines()[1] == "new tags would be added to the station's list: 独居老人"
    assert listed(capsys, db) == []
    assert db.read_bytes() == before


def test_dry_run_of_an_invalid_file_reports_the_problems(capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [["地址", "面积"], ["5-2-301", "0"]])
    code, _, err = run(capsys, "--db", db, "households", "import", bad, "--dry-run")
    assert code == 2
    assert one_plain_line(err).startswith("row 2, column 面积: value '0': ")


def test_import_needs_an_operator(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    code, _, err = run(capsys, "--db", db, "households", "import", roster)
    assert code == 3
    assert "--operator" in one_plain_line(err)
    code, _, err = run(capsys, "--db", db, "--operator", "赵主任", "--pin", "0000", "households", "import", roster)
    assert code == 3 and one_plain_line(err)
    assert listed(capsys, db) == []


# --- export -----------------------------------------------------------------------------------------


def test_export_by_extension(capsys: pytest.CaptureFixture[str], db: Path, roster: Path, tmp_path: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    code, out, _ = run(capsys, "--db", db, *SIGNED_IN, "households", "export", tmp_path / "out.csv")
    assert code == 0 and "4 households" in out
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("脱敏 masked: 否")
    assert text.splitlines()[1].startswith("地址,楼栋,单元,室号,户主,电话,面积")
    assert "5-2-301,5,2,301,张晓明,13812345678,85.20" in text

    code, _, _ = run(capsys, "--db", db, *SIGNED_IN, "households", "export", tmp_path / "out.xlsx")
    assert code == 0
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert tuple(values[0][:4]) == ("地址", "楼栋", "单元", "室号")
    assert [r[0] for r in values[1:]] == ["5-1-301", "5-2-301", "12-502", "15-1-301"]

    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "export", tmp_path / "out.pdf")
    assert code == 2 and ".csv and .xlsx" in one_plain_line(err)
    assert not (tmp_path / "out.pdf").exists()


def test_exported_file_imports_back_unchanged(capsys: pytest.CaptureFixture[str], db: Path, roster: Path, tmp_path: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    for name in ("back.csv", "back.xlsx"):
        assert run(capsys, "--db", db, *SIGNED_IN, "households", "export", tmp_path / name)[0] == 0
        code, out, _ = run(capsys, "--db", db, "households", "import", tmp_path / name, "--dry-run")
        assert (code, out.strip()) == (0, "dry run, nothing written: 0 added, 0 updated, 4 unchanged")


# --- list -------------------------------------------------------------------------------------------


def test_list_json(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    rows = listed(capsys, db)
    assert all(set(r) == JSON_KEYS for r in rows)
    assert [r["address"] for r in rows] == ["5-1-301", "5-2-301", "12-502", "15-1-301"]  # natural order
    first = rows[1]
    assert first == {"address": "5-2-301", "building": "5", "unit": "2", "room": "301", "head": "张晓明",
                     "phone": "13812345678", "area": "85.20", "members": 3, "status": "owner", "tags": ["独居老人"],
                     "owner": "", "owner_id": ""}
    assert rows[2]["area"] == "120.50" and rows[2]["unit"] == "" and rows[2]["status"] == "vacant"
    assert [r["status"] for r in rows] == ["rented", "owner", "vacant", "unreachable"]
    assert all(isinstance(r["area"], (str, type(None))) for r in rows)


def test_list_search(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    assert [r["address"] for r in listed(capsys, db, "--search", "zxm")] == ["5-2-301"]
    assert [r["address"] for r in listed(capsys, db, "--search", "5-301")] == ["5-1-301", "5-2-301"]
    assert [r["address"] for r in listed(capsys, db, "--search", "301")] == ["5-1-301", "5-2-301", "15-1-301"]
    assert [r["address"] for r in listed(capsys, db, "--search", "5678")] == ["5-1-301", "5-2-301"]
    assert [r["address"] for r in listed(capsys, db, "--search", "李秀英")] == ["12-502"]
    assert listed(capsys, db, "--search", "nobody") == []
    assert [r["address"] for r in listed(capsys, db, "--status", "rented")] == ["5-1-301"]


def test_list_as_text(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    code, out, _ = run(capsys, "--db", db, *SIGNED_IN, "households", "list", "--search", "zxm")
    assert code == 0
    assert "5-2-301" in out and "张晓明" in out and "1 households" in out


# --- backup, environment, errors --------------------------------------------------------------------


def test_backup_default_and_chosen(capsys: pytest.CaptureFixture[str], db: Path, roster: Path, tmp_path: Path) -> None:
    assert run(capsys, "--db", db, *SIGNED_IN, "households", "import", roster)[0] == 0
    code, out, err = run(capsys, "--db", db, "backup")
    assert (code, err) == (0, "")
    (made,) = (db.parent / "backups").glob("*.sqlite3")
    assert str(made) in out
    code, out, _ = run(capsys, "--db", db, "backup", tmp_path / "usb" / "copy.sqlite3")
    assert code == 0
    assert len(listed(capsys, tmp_path / "usb" / "copy.sqlite3")) == 4
    assert len(listed(capsys, made)) == 4


def test_database_from_the_environment(capsys: pytest.CaptureFixture[str], db: Path, roster: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MUTUAL_AID_DESK_DB", str(db))
    monkeypatch.setenv("MUTUAL_AID_DESK_PIN", "246810")
    code, _, err = run(capsys, "--operator", "赵主任", "households", "import", roster)
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "--operator", "赵主任", "households", "list", "--json")
    assert len(json.loads(out)) == 4
    monkeypatch.setenv("MUTUAL_AID_DESK_DB", str(db.parent / "other.sqlite3"))
    assert run(capsys, "--db", db, "--operator", "赵主任", "households", "list", "--json")[0] == 0  # --db wins over the variable


def test_a_missing_station_is_one_plain_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", tmp_path / "nowhere.sqlite3", *SIGNED_IN, "households", "list")
    assert code == 6 and out == ""
    assert "init" in one_plain_line(err)
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_a_file_that_is_not_a_station_is_one_plain_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "roster.sqlite3"
    path.write_text("地址,户主\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", path, *SIGNED_IN, "households", "list")
    assert code == 6
    assert "not a SQLite database" in one_plain_line(err)


def test_a_newer_station_is_one_plain_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    conn.close()
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "list")
    assert code == 6
    assert "newer version" in one_plain_line(err)
    assert db.read_bytes() == before


def test_a_damaged_station_is_one_plain_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT INTO tag (name) VALUES (?)", [(f"t{n}" + "x" * 300,) for n in range(500)])
    conn.close()
    data = bytearray(db.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[5 * page: 6 * page] = b"\xff" * page
    db.write_bytes(bytes(data))
    code, _, err = run(capsys, "--db", db, *SIGNED_IN, "households", "list")
    assert code == 6
    assert "damaged" in one_plain_line(err)


def test_bad_arguments_are_usage_errors(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db), "households", "list", "--status", "gone"])
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


# --- through python -m, as scripts call it ------------------------------------------------------------


def test_python_dash_m(capsys: pytest.CaptureFixture[str], db: Path, roster: Path) -> None:
    env = {**os.environ, "MUTUAL_AID_DESK_PIN": "246810"}
    env.pop("MUTUAL_AID_DESK_DB", None)
    root = Path(mutual_aid_desk.__file__).resolve().parents[1]  # the checkout under test

    def cli(*argv: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mutual_aid_desk", "--db", str(db), *map(str, argv)],
                              capture_output=True, text=True, env=env, cwd=root, timeout=120)

    done = cli("--operator", "赵主任", "households", "import", roster)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines()[0] == "imported roster.csv: 4 added, 0 updated, 0 unchanged"
    assert [r["head"] for r in listed(capsys, db, "--search", "zxm")] == ["张晓明"]
    done = cli("init", "--station", "again")
    assert done.returncode == 6
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr

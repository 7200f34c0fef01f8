"""Fuzzing the roster import with 330 malformed files made by a seeded generator (issue 12).

Each file is cut off, re-encoded, bit-flipped, padded with formulas, huge cells or columns, given
duplicate or foreign-digit addresses, or (for XLSX) truncated, corrupted or turned into a small zip
bomb. Every one must end as a plain refusal (exit 2 or 3, no traceback, never the catch-all 70)
that leaves the station file as it was, or as a correct import (the audit trail and every record
still verify). None may take more than 10 s.
"""

from __future__ import annotations

import csv
import io
import random
import shutil
import sqlite3
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from mutual_aid_desk.cli import main
from mutual_aid_desk.core.integrity import verify_station
from mutual_aid_desk.core.station import Station

SEED = 20261130
FILES = 330
SIGNED_IN = ["--operator", "赵主任", "--pin", "246810"]
HEADER = ["楼栋", "单元", "室号", "户主", "电话", "面积", "人数", "状态", "标签", "备注"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "秀英桂兰建国志强淑珍晓明丽娟海燕玉兰国华"


def base_rows(rng: random.Random, n: int) -> list[list[str]]:
    rows = []
    for i in range(n):
        building, unit, room = 1 + i // 12, 1 + (i // 6) % 2, 101 + (i % 6) // 2 * 100 + i % 2
        rows.append([str(building), str(unit), str(room),
                     rng.choice(SURNAMES) + rng.choice(GIVEN[::2]) + rng.choice(GIVEN[1::2]),
                     f"13{rng.randrange(10**9):09d}", f"{rng.randrange(40, 140)}.{rng.randrange(100):02d}",
                     str(rng.randrange(0, 6)), rng.choice(["自住", "出租", "空置", "联系不上"]),
                     rng.choice(["", "独居老人", "低保"]), ""])
    return rows


def to_csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def to_xlsx(rows: list[list[str]]) -> bytes:
    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def mutate(rng: random.Random, n: int) -> tuple[str, bytes]:
    """One malformed roster: (file suffix, bytes)."""
    rows = [HEADER, *base_rows(rng, rng.randrange(1, 25))]
    text = to_csv(rows)
    kind = n % 15
    if kind == 0:  # cut off anywhere
        data = text.encode("utf-8")
        return ".csv", data[: rng.randrange(1, len(data))]
    if kind == 1:  # another encoding
        enc = rng.choice(["shift_jis", "big5", "euc-kr", "cp1251", "utf-16", "utf-32", "latin-1"])
        return ".csv", text.encode(enc, errors="replace")
    if kind == 2:  # random bytes flipped
        data = bytearray(text.encode("gb18030"))
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return ".csv", bytes(data)
    if kind == 3:  # formulas anywhere
        for r in rows[1:]:
            r[rng.randrange(3, len(r))] = rng.choice(["=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=HYPERLINK(\"x\")"])
        return ".csv", to_csv(rows).encode("utf-8")
    if kind == 4:  # a huge cell
        rows[rng.randrange(1, len(rows))][9] = "长" * rng.choice([5000, 140_000, 1_000_000])
        return ".csv", to_csv(rows).encode("utf-8")
    if kind == 5:  # far too many columns
        rows = [r + ["x"] * rng.randrange(60, 400) for r in rows]
        return ".csv", to_csv(rows).encode("utf-8")
    if kind == 6:  # the same flat twice, one room written with a leading zero
        twin = list(rows[-1])
        twin[2] = "0" + twin[2]
        rows.append(twin)
        return ".csv", to_csv(rows).encode("utf-8")
    if kind == 7:  # Arabic-Indic or other foreign digits
        r = rows[rng.randrange(1, len(rows))]
        r[rng.choice([2, 5, 6])] = rng.choice(["١٢٣", "۱۲۳", "१२३", "٣"])
        return ".csv", to_csv(rows).encode("utf-8")
    if kind == 8:  # an unbalanced quote
        data = text.replace(",", ',"', 1) if rng.random() < 0.5 else text + '"unfinished'
        return ".csv", data.encode("utf-8")
    if kind == 9:  # NUL bytes and control characters
        pos = rng.randrange(len(text))
        return ".csv", (text[:pos] + rng.choice(["\x00", "\x1b[31m", "\r", "\x0c"]) + text[pos:]).encode("utf-8")
    if kind == 10:  # garbage header or no header at all
        rows[0] = [rng.choice(["", "???", "列1", "=A1"]) for _ in rows[0]]
        return ".csv", to_csv(rows[rng.randrange(0, 2):]).encode("utf-8-sig")
    if kind == 11:  # a truncated or corrupted XLSX
        data = bytearray(to_xlsx(rows))
        if rng.random() < 0.5:
            return ".xlsx", bytes(data[: rng.randrange(10, len(data))])
        for _ in range(rng.randrange(1, 30)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return ".xlsx", bytes(data)
    if kind == 12:  # a small zip bomb: one sheet part unpacking far beyond its packed size
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(to_xlsx(rows))) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == "xl/worksheets/sheet1.xml":
                    data = data.replace(b"</sheetData>", b"<row/>" * rng.randrange(400_000, 900_000) + b"</sheetData>")
                dst.writestr(info.filename, data)
        return ".xlsx", out.getvalue()
    if kind == 13:  # not a spreadsheet at all, under either name
        return rng.choice([".csv", ".xlsx"]), bytes(rng.randrange(256) for _ in range(rng.randrange(0, 3000)))
    # kind 14: an XLSX with formulas, foreign digits and a blank-padded dimension
    for r in rows[1:]:
        if rng.random() < 0.3:
            r[3] = "=1+1"
    data = to_xlsx(rows)
    return ".xlsx", data


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    assert main(["--db", str(path), "--pin", "246810", "init", "--station", "测试站", "--coordinator", "赵主任"]) == 0
    st = Station.open(path)
    st.volunteers.sign_in("赵主任", "246810")
    for tag in ("独居老人", "低保"):
        st.settings.add_tag(tag)
    st.close()
    return path


def snapshot(path: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("household", "audit_entry", "tag"))
    conn.close()
    return counts


def test_330_malformed_rosters_are_refused_plainly_or_imported_correctly(
        template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(SEED)
    db = tmp_path / "station.sqlite3"
    shutil.copyfile(template, db)
    outcomes: dict[int, int] = {}
    slowest = 0.0
    for n in range(FILES):
        suffix, data = mutate(rng, n)
        roster = tmp_path / f"roster-{n}{suffix}"
        roster.write_bytes(data)
        before = snapshot(db)
        started = time.perf_counter()
        code = main(["--db", str(db), *SIGNED_IN, "households", "import", str(roster)])
        elapsed = time.perf_counter() - started
        slowest = max(slowest, elapsed)
        out, err = capsys.readouterr()
        outcomes[code] = outcomes.get(code, 0) + 1
        where = f"file {n} ({roster.name}, kind {n % 15}): exit {code}: {err[:300]}"
        assert code in (0, 2, 3), where
        assert "Traceback" not in err and "unexpected" not in err.lower(), where
        assert elapsed < 10, where
        if code == 0:
            assert err == "" and out.startswith("imported"), where
        else:
            assert err.strip() and snapshot(db) == before, where  # refused: nothing written
        roster.unlink()
    st = Station.open(db)
    try:
        report = verify_station(st)
        assert report.ok, report.lines()[:5]
    finally:
        st.close()
    assert outcomes.get(2, 0) > FILES // 2, outcomes  # most are refused, and some import
    assert outcomes.get(0, 0) > 0, outcomes

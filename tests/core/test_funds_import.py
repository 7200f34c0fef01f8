"""Importing collected payments: all or nothing, with every problem named by row and column."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.funds import DriveInput, PaymentInput
from mutual_aid_desk.core.funds.payment_import import apply_payment_import, preview_payment_import
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ValidationError


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("imp") / "t.sqlite3"
    build_demo(path, households=64).close()
    return path


@pytest.fixture
def st(template: Path, tmp_path: Path) -> Station:
    shutil.copy(template, tmp_path / "s.sqlite3")
    station = Station.open(tmp_path / "s.sqlite3")
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    yield station
    station.close()


@pytest.fixture
def drive(st: Station) -> int:
    drive = st.funds.create(DriveInput(title="楼道窗户", cost="1280", split="equal", units="1-1,1-2"))
    st.funds.fix_split(drive)  # 1-1 and 1-2: 32 households at 40.00 each
    return drive


def write(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "payments.csv"
    path.write_text("\n".join(["众筹缴款登记表,,,,,", "地址,金额,日期,方式,收款人,收据号", *rows]), encoding="utf-8")
    return path


def test_good_file_records_all_with_receipts(st: Station, drive: int, tmp_path: Path) -> None:
    st.funds.pay(drive, PaymentInput("1-1-101", "10", "cash"))
    path = write(tmp_path, "1-1-101,30,2026-11-01,微信,王秀英,A001", "1-1-102,40.00,2026/11/02,支付宝,,A002",
                 "1-2-101,40,,,,")
    plan = preview_payment_import(st, drive, path)
    assert plan.summary() == "3 payments from 3 households, 110.00 yuan"
    assert st.funds.ledger_count(drive) == 1  # the preview wrote nothing
    apply_payment_import(st, plan)
    rows = st.funds.ledger(drive)
    assert [r.receipt_no for r in rows] == [1, 2, 3, 4]
    assert [(r.address, r.amount_fen, r.method, r.paper_receipt) for r in rows[1:]] == [
        ("1-1-101", 3000, "wechat", "A001"), ("1-1-102", 4000, "alipay", "A002"), ("1-2-101", 4000, "cash", "")]
    assert rows[1].collector == "王秀英" and rows[3].collector == DEMO_COORDINATOR
    assert rows[1].day == date(2026, 11, 1) and rows[3].day == date.today()


def test_any_bad_row_means_nothing_is_written(st: Station, drive: int, tmp_path: Path) -> None:
    path = write(tmp_path,
                 "1-1-101,40,2026-11-01,现金,王秀英,A001",
                 "1-1-102,-5,2026-11-01,现金,王秀英,A002",
                 "1-1-103,12.345,2026-11-01,现金,王秀英,A003",
                 "1-1-201,abc,2026-11-01,现金,王秀英,A004",
                 "88-1-101,40,2026-11-01,现金,王秀英,A005",
                 "2-1-101,40,2026-11-01,现金,王秀英,A006",
                 "1-1-202,40,2026-13-01,刷脸,王秀英,A001",
                 "1-1-101,1,2026-11-02,现金,王秀英,A008")
    with pytest.raises(ValidationError) as err:
        preview_payment_import(st, drive, path)
    lines = [str(p) for p in err.value.problems]
    assert lines[0] == "row 4, column 金额: value '-5': the amount cannot be negative"
    assert lines[1].startswith("row 5, column 金额: value '12.345': at most 2 decimals")
    assert lines[2].startswith("row 6, column 金额: value 'abc': not an amount")
    assert lines[3] == "row 7, column 地址: value '88-1-101': no household is registered at this address"
    assert lines[4].startswith("row 8, column 地址: value '2-1-101': 2-1-101 is outside this drive's scope")
    assert any(line.startswith("row 9, column 日期") for line in lines)
    assert any(line.startswith("row 9, column 方式") for line in lines)
    assert any(line == "row 9, column 收据号: value 'A001': the same receipt number as row 3" for line in lines)
    # Overpayment counted across the file: 40 on row 3, then 1 more on row 10.
    assert lines[-1].startswith("row 10, column 金额: value '1': this would bring 1-1-101 to 41.00")
    assert st.funds.ledger_count(drive) == 0


def test_confirm_accepts_overpayment_and_out_of_scope(st: Station, drive: int, tmp_path: Path) -> None:
    path = write(tmp_path, "1-1-101,50,,,,", "2-1-101,10,,,,")
    with pytest.raises(ValidationError):
        preview_payment_import(st, drive, path)
    apply_payment_import(st, preview_payment_import(st, drive, path, confirm=True))
    status = st.funds.status(drive)
    assert status.paid_total_fen == 6000 and [s.address for s in status.outside] == ["2-1-101"]


def test_missing_columns(st: Station, drive: int, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("地址,日期\n1-1-101,2026-11-01\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="column 金额"):
        preview_payment_import(st, drive, path)

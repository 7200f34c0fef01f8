"""The drive's printouts read back: the 公示 masks every name, receipts carry their numbers."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, build_demo
from mutual_aid_desk.core.funds import DriveInput, ExemptMode, ExpenseInput, PaymentInput
from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.reports.fund_notice import FundNotice
from mutual_aid_desk.reports.receipts import Receipt, Receipts


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "t.sqlite3"
    build_demo(path, households=317).close()
    return path


@pytest.fixture
def st(template: Path, tmp_path: Path) -> Station:
    shutil.copy(template, tmp_path / "s.sqlite3")
    station = Station.open(tmp_path / "s.sqlite3")
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    yield station
    station.close()


def read(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(p.extract_text() for p in reader.pages), len(reader.pages)


def compact(text: str) -> str:
    return "".join(text.split())


def test_notice_masks_every_name_and_shows_the_money(st: Station) -> None:
    drive = st.funds.create(DriveInput(title="楼道窗户更换", purpose="两小区楼道更换断桥铝窗户", cost="67000",
                                       subsidies=["街道补贴=60000"], split="equal", rounding="yuan"))
    st.funds.fix_split(drive)
    st.funds.set_exemption(drive, "1-1-101", "低保户，居民代表会议同意免缴", ExemptMode.SPREAD)
    st.funds.set_exemption(drive, "1-1-102", "房屋空置且业主失联", ExemptMode.UNCOVERED)
    st.funds.pay(drive, PaymentInput("1-1-103", "23", "wechat"))
    st.funds.expense(drive, ExpenseInput("某某门窗公司", "67000", "楼道窗户", "FP-2026-001"))
    pdf = FundNotice(st, drive).render()
    text, pages = read(pdf)
    flat = compact(text)
    heads = [r.head for r in st.households.all_rows()]
    leaked = [h for h in heads if len(h) >= 2 and h in flat]
    assert leaked == []
    assert mask_name(st.households.find("1-1-103").head) in flat
    # Finding 10: a welfare status beside a room number is sensitive: how many, never which or why.
    for secret in ("低保户", "居民代表会议同意免缴", "房屋空置且业主失联", "1-1-101", "1-1-102",
                   mask_name(st.households.find("1-1-101").head)):
        assert compact(secret) not in flat, secret
    for expected in ("楼道窗户更换众筹收支公示", "67,000.00", "60,000.00", "7,000.00", "1-1-103", "23.00",
                     "共2户经负责人决定免缴", "1户的份额由其他住户分摊", "不分摊",
                     "某某门窗公司", "FP-2026-001", "结余", "负责人（签字）", "公示日期", "317户中1户已缴清",
                     "取整到元", "第1页/共"):
        assert compact(expected) in flat, expected
    status = st.funds.status(drive)
    assert compact(f"多 {status.surplus_fen // 100:,}") in flat or str(status.surplus_fen // 100) in flat
    assert pages >= 2


def test_receipts_are_numbered_two_part_and_batched(st: Station) -> None:
    drive = st.funds.create(DriveInput(title="楼道窗户更换", cost="7000", split="equal"))
    st.funds.fix_split(drive)
    rows = [st.funds.pay(drive, PaymentInput(a, "22.08", "cash", collector="王秀英"))
            for a in ("1-1-101", "1-1-102", "1-1-103")]
    st.funds.reverse(rows[1].id, "记错")
    receipts = Receipts(st, drive)
    pdf, count = receipts.render(), receipts.count
    text, pages = read(pdf)
    flat = compact(text)
    assert count == 3 and pages == 2  # two receipts per page
    for n in (1, 2, 3):
        assert flat.count(f"No.00000{n}") >= 2  # on the stub and on the resident's copy
    assert "存根" in flat and "收据" in flat and "沿此线剪开" in flat
    assert "贰拾贰元零捌分" in flat and "22.08" in flat and "王秀英" in flat
    assert "已冲正作废" in flat  # the reversed payment's receipt is void, its number kept
    assert st.households.find("1-1-101").head not in flat
    single, _ = read(Receipt(st, rows[2].id).render())
    assert "No.000003" in compact(single) and "No.000001" not in compact(single)

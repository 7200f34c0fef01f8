"""Crowdfunding drives: exact splits, exemptions both ways, whole-yuan surplus, the ledger's rules."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.core import values
from mutual_aid_desk.core.demo import DEMO_COORDINATOR, DEMO_PIN, DEMO_VOLUNTEERS, build_demo
from mutual_aid_desk.core.funds import (
    DriveInput,
    EntryKind,
    ExemptMode,
    ExpenseInput,
    NeedsConfirmation,
    PaymentInput,
    Rounding,
    ShareStatus,
    SplitRule,
    compute_split,
)
from mutual_aid_desk.core.funds.terms import REASON_DATE_FUTURE, REASON_DATE_OLD, parse_day
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.timeline import household_timeline
from mutual_aid_desk.errors import NotFound, PermissionDenied, ValidationError


@pytest.fixture(scope="session")
def compound_317(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two old compounds, 317 households (built once; each test gets a copy)."""
    path = backend.new_target(tmp_path_factory.mktemp("compound"), "template.sqlite3")
    build_demo(path, households=317).close()
    return path


@pytest.fixture
def st(compound_317: Path | str, db_path: Path | str) -> Station:
    backend.clone(compound_317, db_path)  # a file copied byte for byte, or a server database from a template
    station = Station.open(db_path)
    station.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    yield station
    station.close()


def windows(st: Station, **kw: object) -> int:
    data = {"title": "楼道窗户更换", "cost": "67000", "subsidies": ["街道补贴=60000"], "split": "equal", **kw}
    drive = st.funds.create(DriveInput(**data))
    st.funds.fix_split(drive)
    return drive


def shares(st: Station, drive: int) -> dict[str, int]:
    return {s.address: s.due_fen for s in st.funds.status(drive).shares}


# --- splits ---------------------------------------------------------------------------------------------


def test_gap_is_computed_and_7000_over_317_adds_up_to_the_fen(st: Station) -> None:
    drive = windows(st)
    status = st.funds.status(drive)
    assert status.drive.gap_fen == 700_000
    dues = [s.due_fen for s in status.shares]
    assert len(dues) == 317
    assert sum(dues) == 700_000
    # 7000 / 317 = 22.0820...: everyone pays 22.08 or 22.09, and exactly 700000 - 317*2208 = 64 pay the extra fen.
    assert Counter(dues) == {2208: 317 - 64, 2209: 64}
    assert status.due_total_fen == 700_000 and status.surplus_fen == 0


def test_preview_writes_nothing_until_fixed(st: Station) -> None:
    drive = st.funds.create(DriveInput(title="预览", cost="7000", split="equal"))
    preview = st.funds.preview_split(drive)
    assert preview.due_total_fen == 700_000 and preview.split_no is None
    assert st.funds.get(drive).split_no == 0
    with pytest.raises(ValidationError, match="not fixed yet"):
        st.funds.pay(drive, PaymentInput("1-1-101", "22.09"))
    st.funds.fix_split(drive)
    assert st.funds.get(drive).split_no == 1


def test_area_split_is_proportional_and_exact(st: Station) -> None:
    drive = windows(st, split="area")
    rows = {r.address: r.area_centi for r in st.households.all_rows()}
    dues = shares(st, drive)
    assert sum(dues.values()) == 700_000
    total_area = sum(rows.values())
    for address, due in dues.items():
        exact = Fraction(700_000 * rows[address], total_area)
        assert abs(due - exact) < 1, address  # within one fen of the exact share
    big, small = max(rows, key=rows.get), min(rows, key=rows.get)
    assert dues[big] > dues[small]


def test_scope_by_units_and_buildings(st: Station) -> None:
    by_units = windows(st, units="1-1,2-2")
    addresses = list(shares(st, by_units))
    assert addresses and all(a.startswith(("1-1-", "2-2-")) for a in addresses)
    assert sum(shares(st, by_units).values()) == 700_000
    by_buildings = windows(st, buildings="3, 10")
    assert {a.split("-")[0] for a in shares(st, by_buildings)} == {"3", "10"}
    # Natural order: building 3 before building 10.
    assert list(shares(st, by_buildings))[0].startswith("3-")


def test_scope_naming_nothing_is_refused(st: Station) -> None:
    with pytest.raises(ValidationError) as err:
        st.funds.create(DriveInput(title="x", cost="100", split="equal", buildings="99", units="1-1"))
    text_ = str(err.value)
    assert "building 99" in text_ and "not both" in text_


def test_exemption_spread_over_the_others(st: Station) -> None:
    drive = windows(st)
    st.funds.set_exemption(drive, "1-1-101", "低保户，经居民代表同意", ExemptMode.SPREAD)
    status = st.funds.status(drive)
    dues = {s.address: s for s in status.shares}
    assert dues["1-1-101"].due_fen == 0 and dues["1-1-101"].status == ShareStatus.EXEMPT
    assert sum(s.due_fen for s in status.shares) == 700_000  # the others carry it: still exact
    assert status.uncovered_fen == 0
    assert {s.due_fen for s in status.shares if s.address != "1-1-101"} <= {2215, 2216}
    assert status.coverage.exempt == 1


def test_exemption_left_uncovered(st: Station) -> None:
    drive = windows(st)
    before = shares(st, drive)
    st.funds.set_exemption(drive, "1-1-101", "空置多年，业主失联", ExemptMode.UNCOVERED)
    status = st.funds.status(drive)
    after = {s.address: s.due_fen for s in status.shares}
    assert after["1-1-101"] == 0
    assert status.uncovered_fen == before["1-1-101"]
    assert sum(after.values()) == 700_000 - before["1-1-101"]
    # Nobody else pays more for it.
    assert all(after[a] == before[a] for a in after if a != "1-1-101")


def test_whole_yuan_rounding_discloses_the_surplus(st: Station) -> None:
    drive = windows(st, rounding="yuan")
    status = st.funds.status(drive)
    dues = [s.due_fen for s in status.shares]
    assert set(dues) == {2300}  # 22.08... rounded up to 23 yuan
    assert status.due_total_fen == 317 * 2300
    assert status.surplus_fen == 317 * 2300 - 700_000 == 29_100
    assert st.funds.splits(drive)[0].surplus_fen == 29_100


def test_whole_yuan_by_area_covers_the_gap_with_least_surplus(st: Station) -> None:
    drive = windows(st, split="area", rounding="yuan")
    status = st.funds.status(drive)
    assert all(s.due_fen % 100 == 0 for s in status.shares)
    assert 0 <= status.surplus_fen < 317 * 100
    assert status.due_total_fen == 700_000 + status.surplus_fen


def test_fixed_amount_per_household_discloses_the_difference(st: Station) -> None:
    drive = windows(st, split="fixed", amount="25")
    status = st.funds.status(drive)
    assert {s.due_fen for s in status.shares} == {2500}
    assert status.surplus_fen == 317 * 2500 - 700_000


def test_compute_split_manual_and_ties_are_deterministic() -> None:
    lines, surplus, uncovered = compute_split(SplitRule.MANUAL, Rounding.FEN, 1000, [(1, None), (2, None)], {},
                                              manual={1: 300, 2: 500})
    assert [line[2] for line in lines] == [300, 500] and uncovered == 200 and surplus == 0
    lines, _, _ = compute_split(SplitRule.EQUAL, Rounding.FEN, 100, [(1, None), (2, None), (3, None)], {})
    assert [line[2] for line in lines] == [34, 33, 33]  # the leftover fen goes to the first in address order


def test_resplit_after_payments_is_for_coordinators_and_keeps_history(st: Station) -> None:
    drive = windows(st)
    st.funds.pay(drive, PaymentInput("1-1-101", "22.09", "cash"))
    st.volunteers.sign_in(DEMO_VOLUNTEERS[0])
    with pytest.raises(PermissionDenied, match="only a coordinator"):
        st.funds.fix_split(drive, reason="按面积更公平", rule="area")
    with pytest.raises(PermissionDenied):
        st.funds.set_exemption(drive, "1-1-102", "低保")
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    with pytest.raises(ValidationError, match="say why"):
        st.funds.fix_split(drive, rule="area")
    st.funds.fix_split(drive, reason="居民会议决定按面积分摊", rule="area")
    history = st.funds.splits(drive)
    assert [h.split_no for h in history] == [2, 1]
    assert history[0].rule == "area" and history[1].rule == "equal"
    old = st.funds.split_shares(drive, 1)
    assert len(old) == 317 and sum(d for _, d, _ in old) == 700_000
    assert {d for _, d, _ in old} == {2208, 2209}  # the old equal shares are still there
    # The payment stays and counts against the new share.
    line = next(s for s in st.funds.status(drive).shares if s.address == "1-1-101")
    assert line.paid_fen == 2209


# --- the ledger ---------------------------------------------------------------------------------------


def test_payment_records_everything_and_status_per_household(st: Station) -> None:
    drive = windows(st)
    day = date.today() - timedelta(days=3)
    row = st.funds.pay(drive, PaymentInput("1-1-102", "10", "wechat", day, "王秀英", "A-0007"))
    assert (row.receipt_no, row.amount_fen, row.method, row.collector, row.day, row.paper_receipt) == \
        (1, 1000, "wechat", "王秀英", day, "A-0007")
    line = st.funds.share_of(drive, "1-1-102")
    assert (line.due_fen, line.paid_fen, line.outstanding_fen, line.last_payment, line.status) == \
        (2209, 1000, 1209, day, ShareStatus.PARTIAL)
    st.funds.pay(drive, PaymentInput("1-1-102", "12.09", "现金"))
    line = st.funds.share_of(drive, "1-1-102")
    assert line.status == ShareStatus.PAID and line.outstanding_fen == 0 and line.last_payment == date.today()


@pytest.mark.parametrize("amount, reason", [
    ("-5", "cannot be negative"),
    ("0", "more than 0"),
    ("12.345", "at most 2 decimals"),
    ("十二元", "not an amount"),
    ("abc", "not an amount"),
    ("", "not an amount"),
    ("1000000", "above the limit"),
])
def test_bad_amounts_are_refused_with_the_reason(st: Station, amount: str, reason: str) -> None:
    drive = windows(st)
    with pytest.raises(ValidationError) as err:
        st.funds.pay(drive, PaymentInput("1-1-101", amount, "cash"))
    assert err.value.problems[0].field == "amount"
    assert reason in str(err.value)
    assert st.funds.ledger_count(drive) == 0


def test_unknown_address_bad_method_and_future_date_are_named_together(st: Station) -> None:
    drive = windows(st)
    with pytest.raises(ValidationError) as err:
        st.funds.pay(drive, PaymentInput("99-9-909", "20", "paypal", date.today() + timedelta(days=1)))
    fields = {p.field: str(p) for p in err.value.problems}
    assert "no household is registered" in fields["household"]
    assert "cash, wechat, alipay, bank" in fields["method"]
    assert "future" in fields["date"]
    with pytest.raises(ValidationError, match="not an address"):
        st.funds.pay(drive, PaymentInput("楼下小卖部", "20", "cash"))


def test_a_payment_day_is_read_as_every_date_in_the_desk_within_the_ledger_s_bounds() -> None:
    today = date(2026, 11, 30)
    assert parse_day("", today=today) == today  # blank: today
    assert parse_day("2026年11月21日", today=today) == parse_day("20261121", today=today) == date(2026, 11, 21)
    assert parse_day("2026-11-21 00:00:00", today=today) == date(2026, 11, 21)  # a spreadsheet's date cell
    for value, reason in (("2026-12-01", REASON_DATE_FUTURE), ("1999-12-31", REASON_DATE_OLD),
                          ("21/11/2026", values.REASON_DATE)):
        with pytest.raises(ValidationError) as err:
            parse_day(value, today=today)
        assert err.value.problems[0].reason == reason


def test_outside_the_scope_needs_confirmation(st: Station) -> None:
    drive = windows(st, units="1-1")
    with pytest.raises(NeedsConfirmation) as err:
        st.funds.pay(drive, PaymentInput("2-1-101", "20", "cash"))
    assert err.value.confirm == "out_of_scope" and "outside this drive's scope" in str(err.value)
    assert st.funds.ledger_count(drive) == 0
    row = st.funds.pay(drive, PaymentInput("2-1-101", "20", "cash"), confirm_out_of_scope=True)
    assert "outside the scope" in row.note
    status = st.funds.status(drive)
    assert [s.address for s in status.outside] == ["2-1-101"]
    assert status.paid_total_fen == 2000 and status.coverage.households == len(status.shares)


def test_overpayment_needs_confirmation(st: Station) -> None:
    drive = windows(st)
    with pytest.raises(NeedsConfirmation) as err:
        st.funds.pay(drive, PaymentInput("1-1-101", "30", "cash"))
    assert err.value.confirm == "overpay"
    assert "above its share of 22.09" in str(err.value)
    st.funds.pay(drive, PaymentInput("1-1-101", "30", "cash"), confirm_overpay=True)
    assert st.funds.share_of(drive, "1-1-101").status == ShareStatus.OVERPAID


def test_reversal_points_at_the_original_and_both_stay(st: Station) -> None:
    drive = windows(st)
    wrong = st.funds.pay(drive, PaymentInput("1-1-101", "20", "cash"))
    right = st.funds.pay(drive, PaymentInput("1-1-101", "2.09", "cash"))
    st.volunteers.sign_in(DEMO_VOLUNTEERS[0])
    with pytest.raises(PermissionDenied, match="coordinator"):
        st.funds.reverse(wrong.id, "记错户")
    st.volunteers.sign_in(DEMO_COORDINATOR, DEMO_PIN)
    with pytest.raises(ValidationError, match="say why"):
        st.funds.reverse(wrong.id, "  ")
    reversal = st.funds.reverse(wrong.id, "记错户：实为 1-1-102 所缴")
    assert reversal.kind == EntryKind.REVERSAL and reversal.reverses_id == wrong.id
    assert reversal.amount_fen == 2000 and reversal.income_fen == -2000 and reversal.receipt_no is None
    ledger = st.funds.ledger(drive)
    assert [r.kind for r in ledger] == [EntryKind.PAYMENT, EntryKind.PAYMENT, EntryKind.REVERSAL]
    assert ledger[0].reversed_by == reversal.id
    assert st.funds.share_of(drive, "1-1-101").paid_fen == 209
    assert st.funds.status(drive).paid_total_fen == 209
    with pytest.raises(ValidationError, match="already reversed"):
        st.funds.reverse(wrong.id, "again")
    with pytest.raises(ValidationError, match="cannot itself be reversed"):
        st.funds.reverse(reversal.id, "undo")
    assert right.receipt_no == 2


def test_the_ledger_cannot_be_edited_behind_the_apps_back_without_trace(st: Station) -> None:
    drive = windows(st)
    row = st.funds.pay(drive, PaymentInput("1-1-101", "20", "cash"))
    entries = st.audit.list(entity="fund_ledger", entity_id=str(row.id))
    assert entries and entries[0].action == "payment"
    assert st.audit.verify().ok


def test_expenses_refunds_and_balance(st: Station) -> None:
    drive = windows(st)
    st.funds.pay(drive, PaymentInput("1-1-101", "30", "cash"), confirm_overpay=True)
    with pytest.raises(ValidationError, match="cannot be larger"):
        st.funds.refund(drive, "1-1-101", "31", note="多缴")
    st.funds.refund(drive, "1-1-101", "7.91", note="多缴退还")
    with pytest.raises(ValidationError) as err:
        st.funds.expense(drive, ExpenseInput("", "-1"))
    assert {p.field for p in err.value.problems} == {"payee", "amount"}
    st.funds.expense(drive, ExpenseInput("某某门窗公司", "67000", "楼道窗户", "FP-2026-001"))
    status = st.funds.status(drive)
    assert status.paid_total_fen == 2209
    assert status.expenses_total_fen == 6_700_000
    assert status.balance_fen == 6_000_000 + 2209 - 6_700_000
    assert status.as_json()["balance"] == "-6977.91"


def test_receipt_numbers_run_without_gaps(st: Station) -> None:
    drive = windows(st)
    other = windows(st, title="另一项目")
    numbers = []
    for i, address in enumerate(["1-1-101", "1-1-102", "1-1-103", "1-1-201"]):
        numbers.append(st.funds.pay(drive, PaymentInput(address, "1", "cash")).receipt_no)
        if i == 1:
            st.funds.reverse(st.funds.receipt(drive, 2).id, "记错")
            st.funds.expense(drive, ExpenseInput("文具店", "5"))
    assert numbers == [1, 2, 3, 4]
    assert st.funds.pay(other, PaymentInput("1-1-101", "1", "cash")).receipt_no == 1  # per drive
    # The unique index refuses a duplicate receipt number even if something bypassed the service.
    with pytest.raises(backend.raw_errors(), match="(?i)unique"):
        backend.raw_execute(
            st.path,
            "INSERT INTO fund_ledger (drive_id, kind, amount_fen, income_fen, expense_fen, entry_date, method, "
            "collector, receipt_no, paper_receipt, payee, purpose, voucher, note, created_at, created_by) "
            "VALUES (?, 'payment', 1, 1, 0, '2026-01-01', 'cash', '', 3, '', '', '', '', '', '2026-01-01', '')",
            (drive,))


def test_coverage_315_of_317_with_both_outstanding_vacant(st: Station, tmp_path: Path) -> None:
    drive = windows(st)
    status = st.funds.status(drive)
    vacant = [s.address for s in status.shares if s.household_status == "vacant"][:2]
    assert len(vacant) == 2
    rows = ["地址,金额,日期,方式,收款人,收据号"]
    for i, s in enumerate(status.shares):
        if s.address not in vacant:
            rows.append(f"{s.address},{format_fen(s.due_fen)},{date.today()},现金,王秀英,B{i:04d}")
    (tmp_path / "pay.csv").write_text("\n".join(rows), encoding="utf-8")
    from mutual_aid_desk.core.funds.payment_import import apply_payment_import, preview_payment_import

    apply_payment_import(st, preview_payment_import(st, drive, tmp_path / "pay.csv"))
    status = st.funds.status(drive)
    assert status.coverage.text() == "315/317 households paid, 2 outstanding (both vacant)"
    assert status.coverage.text_zh() == "317 户中 315 户已缴清，2 户未缴清（均为空置）"
    assert st.funds.arrears_ids(drive) == [st.households.find(a).id for a in vacant]
    assert [r.receipt_no for r in st.funds.ledger(drive)] == list(range(1, 316))


def test_drives_list_shows_progress(st: Station) -> None:
    drive = windows(st)
    st.funds.pay(drive, PaymentInput("1-1-101", "22.09", "cash"))
    st.funds.pay(drive, PaymentInput("1-1-102", "10", "cash"))
    (summary,) = st.funds.drives()
    assert (summary.id, summary.gap_fen, summary.due_total_fen, summary.paid_total_fen) == (drive, 700_000, 700_000, 3209)
    assert (summary.households, summary.paid_households) == (317, 1)


def test_household_timeline_shows_its_payments(st: Station) -> None:
    drive = windows(st)
    st.funds.pay(drive, PaymentInput("1-1-101", "22.09", "wechat"))
    hid = st.households.find("1-1-101").id
    entries = [e for e in household_timeline(st, hid) if e.kind == "payment"]
    assert len(entries) == 1
    assert "楼道窗户更换" in entries[0].title and "22.09" in entries[0].title
    assert "No.000001" in entries[0].detail and "微信" in entries[0].detail


def test_unknown_drive(st: Station) -> None:
    with pytest.raises(NotFound):
        st.funds.status(999)
    with pytest.raises(NotFound):
        st.funds.resolve("没有这个项目")


def test_subsidies_covering_everything_are_refused(st: Station) -> None:
    with pytest.raises(ValidationError, match="nothing is left to crowdfund"):
        st.funds.create(DriveInput(title="x", cost="100", subsidies=["街道=100"], split="equal"))
    with pytest.raises(ValidationError) as err:
        st.funds.create(DriveInput(title="", cost="1.001", subsidies=["60000"], split="by-mood"))
    assert {p.field for p in err.value.problems} == {"title", "cost", "subsidy", "split"}


def test_fresh_station_file_has_the_funds_tables(station: Station) -> None:
    import backend

    tables, indexes = backend.schema(station, "fund_ledger")
    tables = {t for t in tables if t.startswith("fund_")}
    assert tables == {"fund_drive", "fund_subsidy", "fund_split", "fund_share", "fund_exemption", "fund_ledger"}
    assert {"ux_fund_ledger_receipt", "ux_fund_ledger_reverses", "ix_fund_ledger_household_id"} <= indexes


def test_last_payment_leaves_out_reversed_ones_and_volunteers_may_collect(st: Station) -> None:
    drive = windows(st, units="1-1")
    early = date.today() - timedelta(days=5)
    st.funds.pay(drive, PaymentInput("1-1-101", "10", "cash", early))
    late = st.funds.pay(drive, PaymentInput("1-1-101", "10", "cash"))
    outside = st.funds.pay(drive, PaymentInput("2-1-101", "5", "cash", early), confirm_out_of_scope=True)
    st.funds.reverse(late.id, "记错")
    st.funds.reverse(outside.id, "退回")
    status = st.funds.status(drive)
    line = next(s for s in status.shares if s.address == "1-1-101")
    assert line.last_payment == early and line.paid_fen == 1000
    (out,) = status.outside
    assert out.paid_fen == 0 and out.last_payment is None
    st.volunteers.sign_in(DEMO_VOLUNTEERS[1])
    row = st.funds.pay(drive, PaymentInput("1-1-102", "10", "alipay"))
    assert row.collector == DEMO_VOLUNTEERS[1] and row.receipt_no == 4


def test_manual_split_per_household(st: Station) -> None:
    drive = st.funds.create(DriveInput(title="单元门禁", cost="300", split="equal", units="1-1"))
    ids = [r.id for r in st.households.all_rows() if r.address.startswith("1-1-")]
    with pytest.raises(ValidationError, match="manual rule needs an amount"):
        st.funds.fix_split(drive, rule="manual", manual={})
    preview = st.funds.fix_split(drive, rule="manual", manual={ids[0]: 20000, ids[1]: 5000})
    assert preview.due_total_fen == 25000 and preview.uncovered_fen == 5000  # 50 yuan left open, disclosed
    dues = {s.household_id: s.due_fen for s in st.funds.status(drive).shares}
    assert dues[ids[0]] == 20000 and dues[ids[1]] == 5000 and dues[ids[2]] == 0
    # An exemption re-splits with the manual amounts kept.
    st.funds.set_exemption(drive, ids[1], "困难户", ExemptMode.UNCOVERED)
    dues = {s.household_id: s.due_fen for s in st.funds.status(drive).shares}
    assert dues[ids[0]] == 20000 and dues[ids[1]] == 0

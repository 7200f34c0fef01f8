"""Finding 6: tampering outside the audit table is seen.

Payments edited, deleted or forged, a ballot's answer changed or the ballot deleted, a household's
name changed with plain SQL; the chain re-hashed after an edit or cut short; guard triggers dropped.
``audit verify`` names each, and a head posted on a notice (``--anchor N:HASH``) catches a chain
rewritten from the start.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

import backend
from mutual_aid_desk.cli import main
from mutual_aid_desk.core.audit import entry_hash
from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.funds import DriveInput, ExpenseInput, PaymentInput
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.integrity import chain_head, verify_station
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.visits import VisitInput
from vote_support import add_households, plan

OP = ["--operator", "赵主任", "--pin", "246810"]


@pytest.fixture
def busy(station: Station, tmp_path: Path) -> Station:
    """A station that has done a bit of everything through the app."""
    ids = add_households(station)
    station.households.update(ids["1-1-101"], HouseholdInput(address="1-1-101", head="张晓明", tags="独居老人"),
                              expected_version=1)
    station.households.archive(ids["2-103"], "搬走")
    roster = tmp_path / "roster.csv"
    roster.write_text("地址,户主,面积,标签\n3-1-101,李四,88.5,低保\n1-1-102,王五,100,\n", encoding="utf-8")
    from mutual_aid_desk.core.roster import apply_import, preview_import

    apply_import(station, preview_import(station, roster))
    station.households.update(ids["1-1-102"], HouseholdInput(address="1-1-102", tags="残疾"), expected_version=2)
    station.settings.remove_tag("残疾")  # leaves 1-1-102's tags through the link table
    visit = station.visits.record(VisitInput(address="1-1-101", outcome="not_home", follow_up="2026-03-08",
                                             visited_at="2026-03-01 19:30"))
    station.visits.mark_follow_up_done(visit.id)
    c = station.consultations.add(ConsultationInput(address="1-1-102", person_name="王五", category="legal",
                                                    question="装修纠纷", asked_at="2026-03-02"))
    station.consultations.resolve(c.id, on=date(2026, 3, 3), advice="调解")
    vote = station.votes.create(plan())
    station.votes.submit(vote, "1-1-101", {"A1": "同意", "A2": "米黄", "C1": ["质量", "噪音"]})
    station.votes.submit(vote, "1-1-101", {"A1": "不同意", "A2": "浅灰"})  # an amendment
    station.votes.submit(vote, "1-1-102", {"A1": "同意"})
    drive = station.funds.create(DriveInput(title="楼道窗户", cost="800", split="equal"))
    station.funds.fix_split(drive)
    for address in ("1-1-101", "1-1-102", "1-1-201"):
        station.funds.pay(drive, PaymentInput(address, "10", "cash"))
    wrong = station.funds.pay(drive, PaymentInput("1-2-101", "5", "wechat"))
    station.funds.reverse(wrong.id, "记错户")
    station.funds.expense(drive, ExpenseInput("某某门窗公司", "30", "窗户", "FP-1"))
    v = station.volunteers.get_by_name("钱阿姨")
    station.volunteers.update(v.id, expected_version=v.version, name="钱秀英")
    station.busy_vote, station.busy_drive = vote, drive
    return station


def path_of(station: Station) -> Path | str:
    return station.path


LEDGER_GUARDS = ("fund_ledger_no_update", "fund_ledger_no_delete")


def tamper(station: Station, statement: str, *params: object) -> None:
    """Plain SQL on the database, as someone with a copy of sqlite3 (or psql) would do it.

    An edit of the ledger first drops its guard triggers (the database refuses it otherwise) and
    puts them back afterwards, as a careful forger would.
    """
    target = path_of(station)
    touches_ledger = "fund_ledger" in statement and not statement.lstrip().upper().startswith(("SELECT", "INSERT"))
    if touches_ledger:
        for name in LEDGER_GUARDS:
            backend.drop_guard(target, name)
    backend.raw_execute(target, statement, params)
    if touches_ledger:
        for name in LEDGER_GUARDS:
            backend.restore_guard(target, name)


def problems(station: Station, anchor: str | None = None) -> list[str]:
    report = verify_station(station, anchor)
    return [] if report.ok else report.lines()


def test_a_station_used_only_through_the_app_verifies(busy: Station) -> None:
    assert problems(busy) == []


def test_a_demo_station_verifies(demo_station: Station) -> None:
    assert problems(demo_station) == []


def test_payment_amount_edited_is_named(busy: Station) -> None:
    tamper(busy, "UPDATE fund_ledger SET amount_fen = 100000 WHERE receipt_no = 2")
    (line,) = problems(busy)
    assert "fund_ledger" in line and "amount" in line and "1000.00" in line and "10.00" in line


def test_payment_deleted_is_named(busy: Station) -> None:
    (row,) = backend.raw_query(path_of(busy), "SELECT id FROM fund_ledger WHERE receipt_no = 3")
    tamper(busy, "DELETE FROM fund_ledger WHERE receipt_no = 3")
    assert problems(busy) == [f"fund_ledger {row[0]}: in the audit trail but missing from the file (deleted outside the app)"]


def test_forged_payment_is_named(busy: Station) -> None:
    tamper(busy, "INSERT INTO fund_ledger (drive_id, kind, household_id, amount_fen, income_fen, expense_fen, "
                 "entry_date, method, collector, receipt_no, paper_receipt, payee, purpose, voucher, note, "
                 "outside_scope, created_at, created_by) "
                 "SELECT drive_id, kind, household_id, 99900, 99900, 0, entry_date, method, collector, 99, '', '', '', "
                 "'', '', false, created_at, created_by FROM fund_ledger WHERE receipt_no = 1")
    (line,) = problems(busy)
    assert line.startswith("fund_ledger ") and "no audit entry records it" in line


def test_ballot_answer_changed_is_named(busy: Station) -> None:
    tamper(busy, "UPDATE ballot_answer SET value = 1 WHERE item_id = (SELECT id FROM vote_item WHERE key = 'A1') "
                 "AND ballot_id = (SELECT b.id FROM ballot b JOIN household h ON h.id = b.household_id "
                 "WHERE h.address = '1-1-101')")
    (line,) = problems(busy)
    assert line.startswith("ballot ") and "answers" in line and "disagree" in line


def test_ballot_deleted_is_named(busy: Station) -> None:
    ((ballot_id, vote_id, household_id),) = backend.raw_query(
        path_of(busy), "SELECT b.id, b.vote_id, b.household_id FROM ballot b JOIN household h ON h.id = b.household_id "
                       "WHERE h.address = '1-1-102'")
    tamper(busy, "DELETE FROM ballot_answer WHERE ballot_id = ?", ballot_id)
    tamper(busy, "DELETE FROM ballot_revision WHERE ballot_id = ?", ballot_id)
    tamper(busy, "DELETE FROM ballot WHERE id = ?", ballot_id)
    assert f"ballot {vote_id}:{household_id}: in the audit trail but missing from the file (deleted outside the app)" \
        in problems(busy)


def test_household_name_changed_is_named_and_so_is_an_imported_one(busy: Station) -> None:
    tamper(busy, "UPDATE household SET head = '冒名' WHERE address IN ('1-1-101', '3-1-101')")
    found = problems(busy)
    assert len(found) == 2 and all(line.startswith("household ") and "head" in line and "冒名" in line for line in found)


def test_visit_and_consultation_edits_are_named(busy: Station) -> None:
    tamper(busy, "UPDATE visit SET outcome = 'done'")
    tamper(busy, "UPDATE consultation SET advice = '不用管'")
    found = problems(busy)
    assert len(found) == 2
    assert found[0].startswith("visit ") and "outcome" in found[0]
    assert found[1].startswith("consultation ") and "advice" in found[1]


def test_the_cli_exits_9_naming_each_record(busy: Station, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(busy, "UPDATE fund_ledger SET amount_fen = amount_fen + 1")
    code = main(["--db", str(path_of(busy)), "audit", "verify"])
    err = capsys.readouterr().err
    assert code == 9 and "Traceback" not in err
    assert sum(line.startswith("fund_ledger ") for line in err.splitlines()) == 5


def test_dropped_guard_triggers_are_reported(busy: Station) -> None:
    backend.drop_guard(path_of(busy), "audit_entry_no_delete")
    (line,) = problems(busy)
    assert "audit_entry_no_delete" in line and "missing" in line


def _rehash_from(station: Station, first: int) -> None:
    """What a careful forger does: edit entry ``first`` and recompute every hash after it."""
    target = path_of(station)
    backend.drop_guard(target, "audit_entry_no_update")
    ((prev,),) = backend.raw_query(target, "SELECT hash FROM audit_entry WHERE id = ?", (first - 1,))
    rows = backend.raw_query(target, "SELECT id, at, operator, entity, entity_id, action, before, after "
                                     "FROM audit_entry WHERE id >= ? ORDER BY id", (first,))
    for row in rows:
        h = entry_hash(prev, *row)
        backend.raw_execute(target, "UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, row[0]))
        prev = h
    backend.restore_guard(target, "audit_entry_no_update")


def test_a_rehashed_chain_is_caught_by_the_posted_head(busy: Station) -> None:
    with busy.read() as s:
        head = chain_head(s.connection())
    assert problems(busy, head.anchor()) == []
    # Rewrite an early entry (who did it) and re-hash everything after it: the chain alone is fine.
    backend.drop_guard(path_of(busy), "audit_entry_no_update")
    tamper(busy, "UPDATE audit_entry SET operator = '别人' WHERE id = 3")
    backend.restore_guard(path_of(busy), "audit_entry_no_update")
    _rehash_from(busy, 3)
    assert problems(busy) == []
    (line,) = problems(busy, head.anchor())
    assert f"entry {head.count}" in line and "rewritten" in line


def test_a_truncated_chain_is_caught_by_the_posted_head(busy: Station) -> None:
    with busy.read() as s:
        head = chain_head(s.connection())
    backend.drop_guard(path_of(busy), "audit_entry_no_delete")
    tamper(busy, "DELETE FROM audit_entry WHERE id = ?", head.count)
    backend.restore_guard(path_of(busy), "audit_entry_no_delete")
    found = problems(busy, head.anchor())
    assert any("cut off the end" in line for line in found)


def test_a_forged_entry_with_a_valid_hash_is_caught_by_the_posted_head(busy: Station) -> None:
    with busy.read() as s:
        head = chain_head(s.connection())
    _rehash_from(busy, head.count)  # nothing changes yet: same content, same hashes
    assert problems(busy, head.anchor()) == []
    (last,) = backend.raw_query(path_of(busy), "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    forged = (last[0] + 1, "2026-03-01 00:00:00", "别人", "station", "1", "note", None, None)
    tamper(busy, "INSERT INTO audit_entry (id, at, operator, entity, entity_id, action, before, after, prev_hash, hash) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", *forged, last[1], entry_hash(last[1], *forged))
    assert problems(busy, head.anchor()) == []  # an entry added after the posted head: the head still holds
    bad_anchor = f"{head.count}:{hashlib.sha256(b'x').hexdigest()[:12]}"
    assert problems(busy, bad_anchor)


def test_a_bad_anchor_is_a_usage_error(busy: Station, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", str(path_of(busy)), "audit", "verify", "--anchor", "twelve"])
    assert code == 2 and "anchor" in capsys.readouterr().err


def test_the_head_is_printed_on_every_notice_and_receipt(busy: Station) -> None:
    """The number a resident reads off a posted 公示 or their receipt is what --anchor takes."""
    import io

    from pypdf import PdfReader

    from mutual_aid_desk.reports.fund_notice import FundNotice
    from mutual_aid_desk.reports.receipts import Receipts
    from mutual_aid_desk.reports.vote_notice import VoteNotice

    with busy.read() as s:
        head = chain_head(s.connection())
    documents = [FundNotice(busy, busy.busy_drive).render(), VoteNotice(busy, busy.busy_vote).render(),
                 Receipts(busy, busy.busy_drive).render()]
    for pdf in documents:
        text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
        assert f"审计链第{head.count}条{head.short}" in text and "--anchor" not in text  # what a resident reads off
    assert problems(busy, head.anchor()) == []


def test_a_household_imported_then_updated_by_a_second_import_verifies(station: Station, tmp_path: Path) -> None:
    """The first import lists its area as text, the second records area_centi: one value, two names."""
    from mutual_aid_desk.core.roster import apply_import, preview_import

    for area in ("85.20", "90.5"):
        f = tmp_path / f"r{area}.csv"
        f.write_text(f"地址,户主,面积\n1-1-101,张三,{area}\n", encoding="utf-8")
        apply_import(station, preview_import(station, f))
    assert problems(station) == []
    tamper(station, "UPDATE household SET area_centi = 1")
    (line,) = problems(station)
    assert "area_centi" in line



def test_the_ledger_refuses_edits_and_deletes_outright(busy: Station) -> None:
    for statement in ("UPDATE fund_ledger SET amount_fen = 1", "DELETE FROM fund_ledger"):
        with pytest.raises(backend.raw_errors(), match="append-only"):
            backend.raw_execute(path_of(busy), statement)
    tamper(busy, "SELECT 1")
    backend.drop_guard(path_of(busy), "fund_ledger_no_delete")
    (line,) = problems(busy)
    assert "fund_ledger_no_delete" in line


def test_an_older_file_gets_its_zero_padded_rooms_canonical_with_audit_entries(tmp_path: Path) -> None:
    """Before issue 12 a 室号 of 0101 was stored as 1-1-0101: the upgrade makes it 1-1-101."""
    from alembic import command

    from mutual_aid_desk.core.audit import append_entry
    from mutual_aid_desk.db.engine import alembic_config

    path = tmp_path / "old.sqlite3"
    st = Station.open(path, create=True)
    with st._db.write() as session:
        st.settings.initialise(session, "旧站", "赵主任")
    st.volunteers.create_first_coordinator("赵主任", "246810")
    for address in ("1-1-101", "2-1-101"):
        st.households.create(HouseholdInput(address=address, head="张三"))
    with st._db.write() as session:  # what the old import stored, and recorded
        session.connection().exec_driver_sql(
            "UPDATE household SET room = '0101', address = '2-1-0101' WHERE address = '2-1-101'")
        append_entry(session, "赵主任", "household", 2, "import", {"address": "2-1-101"}, {"address": "2-1-0101"})
    st.close()
    command.downgrade(alembic_config(path), "0007_merge_domains")
    st = Station.open(path)  # upgrades after a backup
    try:
        st.volunteers.sign_in("赵主任", "246810")
        assert st.households.find("2-1-0101").address == "2-1-101"
        assert problems(st) == []
        assert any(r.operator == "0008_hardening" and r.after == {"address": "2-1-101"}
                   for r in st.audit.history("household", 2))
    finally:
        st.close()


def test_a_publicity_notice_from_a_template_prints_the_head(busy: Station) -> None:
    import io

    from pypdf import PdfReader

    from mutual_aid_desk.reports.notice import Notice

    with busy.read() as s:
        head = chain_head(s.connection())
    pdf = Notice(busy, "publicity", {"title": "楼道改造资金公示", "body": "详见附表。", "period": "七日",
                                     "phone": "021-62345678"}).render()
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)
    assert f"审计链第{head.count}条{head.short}" in text

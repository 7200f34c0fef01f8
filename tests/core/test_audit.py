"""The audit trail: every write appends who/when/what, the chain catches edits behind the app's back."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

import backend
from mutual_aid_desk.core.audit import AuditQuery, field_changes, verify_chain
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import PermissionDenied

COORDINATOR, VOLUNTEER = "赵主任", "钱阿姨"  # as in conftest


def _edit_household(station: Station) -> int:
    row = station.households.create(HouseholdInput(address="5-2-301", head="张晓明", phone="13812341234"))
    station.volunteers.sign_in(VOLUNTEER)
    station.households.update(row.id, HouseholdInput(address="5-2-301", head="张晓明", phone="13999998888",
                                                     status="rented"), expected_version=row.version)
    return row.id


def test_every_write_records_who_what_and_the_fields_before_and_after(station: Station) -> None:
    household_id = _edit_household(station)
    history = station.audit.history("household", household_id)
    assert [r.action for r in history] == ["update", "create"], "newest first"
    update, create = history
    assert create.operator == COORDINATOR and create.before is None and create.after["head"] == "张晓明"
    assert update.operator == VOLUNTEER
    changed = {c.field: (c.before, c.after) for c in update.changes()}
    assert changed == {"phones": ("13812341234", "13999998888"), "status": ("owner", "rented")}
    assert "phones: 13812341234 → 13999998888" in update.summary()
    assert abs((update.at - create.at).total_seconds()) < 60


def test_chain_verifies_and_counts_entries(station: Station) -> None:
    _edit_household(station)
    result = station.audit.verify()
    assert result.ok and result.count == station.audit.count() >= 6


def test_the_database_refuses_updates_and_deletes_of_entries(station: Station, db_path: Path) -> None:
    with pytest.raises(backend.raw_errors(), match="append-only"):
        backend.raw_execute(db_path, "UPDATE audit_entry SET operator = 'someone' WHERE id = 1")
    with pytest.raises(backend.raw_errors(), match="append-only"):
        backend.raw_execute(db_path, "DELETE FROM audit_entry WHERE id = 1")


def _tamper(db_path: Path, sql: str) -> None:
    """What someone with a database tool could do: drop the guards, then edit."""
    backend.drop_audit_guards(db_path)
    backend.raw_execute(db_path, sql)


def test_verify_names_a_row_edited_behind_the_apps_back(station: Station, db_path: Path) -> None:
    household_id = _edit_household(station)
    entry = station.audit.history("household", household_id)[0]
    _tamper(db_path, f"UPDATE audit_entry SET after = replace(after, '13999998888', '13900000000') WHERE id = {entry.id}")
    result = station.audit.verify()
    assert not result.ok
    assert result.first_bad_id == entry.id
    assert "does not match its hash" in result.reason
    assert result.count == entry.id - 1


def test_verify_catches_a_deleted_entry(station: Station, db_path: Path) -> None:
    _edit_household(station)
    _tamper(db_path, "DELETE FROM audit_entry WHERE id = 3")
    result = station.audit.verify()
    assert not result.ok and result.first_bad_id == 3 and "missing" in result.reason


def test_verify_catches_a_recomputed_hash_by_the_link(station: Station, db_path: Path) -> None:
    """Someone who edits an entry and recomputes its own hash still breaks the next entry's link."""
    from mutual_aid_desk.core.audit import entry_hash

    _edit_household(station)
    row = backend.raw_query(db_path, "SELECT id, at, operator, entity, entity_id, action, before, after, prev_hash "
                                     "FROM audit_entry WHERE id = 2")[0]
    forged = entry_hash(row[8], row[0], row[1], "冒名", *row[3:8])
    _tamper(db_path, f"UPDATE audit_entry SET operator = '冒名', hash = '{forged}' WHERE id = 2")
    result = station.audit.verify()
    assert not result.ok and result.first_bad_id == 3 and "link" in result.reason


def test_filters_by_operator_date_and_entity(station: Station) -> None:
    _edit_household(station)
    today = date.today()
    assert station.audit.count(AuditQuery(operator=VOLUNTEER)) == 1
    assert all(r.operator == COORDINATOR for r in station.audit.rows(AuditQuery(operator=COORDINATOR)))
    assert station.audit.count(AuditQuery(entity="household")) == 2
    assert station.audit.count(AuditQuery(since=today, until=today)) == station.audit.count()
    assert station.audit.count(AuditQuery(since=today + timedelta(days=1))) == 0
    assert station.audit.count(AuditQuery(until=today - timedelta(days=1))) == 0
    assert VOLUNTEER in station.audit.operators() and "household" in station.audit.entities()
    page = station.audit.rows(offset=1, limit=2)
    assert [r.id for r in page] == [r.id for r in station.audit.rows()][1:3]


def test_readable_changes() -> None:
    assert field_changes(None, {"name": "张", "notes": ""}) == field_changes({}, {"name": "张"})
    assert [c.field for c in field_changes({"a": 1, "b": [1]}, {"a": 1, "b": [2], "c": None})] == ["b"]


def test_coordinator_exports_the_trail_to_xlsx_and_the_export_is_audited(station: Station, tmp_path: Path) -> None:
    _edit_household(station)
    station.volunteers.sign_in(COORDINATOR, "246810")
    before = station.audit.count()
    out = tmp_path / "审计.xlsx"
    assert station.audit.export(out, AuditQuery(entity="household")) == 2
    wb = openpyxl.load_workbook(out)
    rows = list(wb["审计记录"].values)
    assert rows[0][:6] == ("编号", "时间", "操作人", "对象", "对象编号", "操作")
    assert {r[2] for r in rows[1:]} == {COORDINATOR, VOLUNTEER}
    notes = dict(wb["说明"].values)
    assert notes["脱敏 masked"].startswith("否") and notes["导出人 exported by"] == COORDINATOR
    last = station.audit.rows(limit=1)[0]
    assert station.audit.count() == before + 1
    assert (last.entity, last.action, last.after["masked"]) == ("export", "audit", False)
    assert not list(tmp_path.glob("*.part*")), "no temporary file left behind"


def test_volunteer_may_not_export_the_trail(as_volunteer: Station, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        as_volunteer.audit.export(tmp_path / "a.xlsx")
    assert not (tmp_path / "a.xlsx").exists()


def test_append_is_one_chain_even_for_large_batches(station: Station) -> None:
    from mutual_aid_desk.core.audit import PendingEntry

    with station.write() as uow:
        uow.record_many([PendingEntry("thing", str(i), "create", None, {"n": i}) for i in range(2000)])
    with station.read() as s:
        assert verify_chain(s).ok
    assert station.audit.count(AuditQuery(entity="thing")) == 2000

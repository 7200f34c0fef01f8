"""Consultations: who asked, referral to partners, status, statistics on known data, XLSX export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mutual_aid_desk.core.consultations import ConsultationInput
from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import ConflictError, PermissionDenied, ValidationError


def test_walk_in_or_household_is_needed(station: Station) -> None:
    with pytest.raises(ValidationError) as exc:
        station.consultations.add(ConsultationInput(question="", category="天气"))
    assert {p.field for p in exc.value.problems} == {"person_name", "question", "category"}
    hid = station.households.create(HouseholdInput(address="5-2-301", head="张三")).id
    row = station.consultations.add(ConsultationInput(address="5-2-301", question="物业费", category="物业管理"))
    assert row.household_id == hid and row.address == "5-2-301" and row.category == "property"
    assert row.status == "open" and row.handled_by == "赵主任"


def test_referral_uses_the_partner_list(station: Station) -> None:
    station.consultations.set_partners(["人民调解工作室", "法律援助志愿站"])
    assert station.consultations.partners() == ["人民调解工作室", "法律援助志愿站"]
    with pytest.raises(ValidationError) as exc:
        station.consultations.add(ConsultationInput(person_name="王大爷", question="遗产", category="legal",
                                                    referred_to="某律所"))
    assert exc.value.problems[0].field == "referred_to"
    row = station.consultations.add(ConsultationInput(person_name="王大爷", person_phone="13812345678",
                                                      question="遗产", category="legal", referred_to="法律援助志愿站"))
    assert row.status == "referred"


def test_partners_are_for_coordinators(as_volunteer: Station) -> None:
    with pytest.raises(PermissionDenied):
        as_volunteer.consultations.set_partners(["诊所"])


def test_resolve_sets_closing_date_and_edits_check_versions(station: Station) -> None:
    row = station.consultations.add(ConsultationInput(person_name="李阿姨", question="医保", category="health",
                                                      asked_at="2026-02-01 09:00", follow_up="2026-02-10"))
    done = station.consultations.resolve(row.id, on=date(2026, 2, 9), advice="去街道医保窗口")
    assert (done.status, done.closed_on, done.advice) == ("resolved", date(2026, 2, 9), "去街道医保窗口")
    with pytest.raises(ConflictError):
        station.consultations.update(row.id, station.consultations.input_of(row), row.version)
    assert station.consultations.due_count(date(2026, 3, 1)) == 0


def test_statistics_on_known_data(station: Station, tmp_path: Path) -> None:
    station.consultations.set_partners(["人民调解工作室"])
    known = [
        ("2026-01-05", "legal", "open", ""), ("2026-01-20", "legal", "resolved", ""),
        ("2026-01-21", "health", "resolved", ""), ("2026-02-02", "legal", "referred", "人民调解工作室"),
        ("2026-02-03", "dispute", "resolved", "人民调解工作室"), ("2026-12-31 23:59", "other", "open", ""),
        ("2025-12-31 23:59", "legal", "open", ""), ("2027-01-01", "legal", "open", ""),
    ]
    for when, cat, status, partner in known:
        station.consultations.add(ConsultationInput(person_name="某居民", question="问题", category=cat,
                                                    asked_at=when, status=status, referred_to=partner,
                                                    closed_on=when[:10] if status == "resolved" else None))
    st = station.consultations.stats(2026)
    assert st.total == 6
    assert (st.resolved, st.referred, st.open, st.referred_ever) == (3, 1, 2, 2)
    assert st.by_month[1] == {"legal": 2, "health": 1}
    assert st.by_month[2] == {"legal": 1, "dispute": 1}
    assert st.by_month[12] == {"other": 1}
    assert st.by_category()["legal"] == 3
    js = st.as_json()
    assert js["by_month"]["2026-01"]["legal"] == 2 and js["by_category"]["policy"] == 0

    out = tmp_path / "stats.xlsx"
    station.consultations.export_stats(2026, out)
    import openpyxl

    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ["月份", "法律", "健康", "政策", "邻里纠纷", "物业管理", "其他", "合计"]
    assert [c.value for c in ws[2]] == ["2026-01", 2, 1, 0, 0, 0, 0, 3]
    assert [c.value for c in ws[14]] == ["全年", 3, 1, 0, 1, 0, 1, 6]
    info = {r[0].value: r[1].value for r in wb["说明"].iter_rows()}
    assert info["已解决 resolved"] == "3"

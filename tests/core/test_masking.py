"""Masking for public documents and masked exports: one function each, and exports say which they are."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from mutual_aid_desk.core.households import HouseholdInput
from mutual_aid_desk.core.masking import mask_name, mask_phone, mask_phones
from mutual_aid_desk.core.roster import export_households
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.errors import PermissionDenied


@pytest.mark.parametrize("name, masked", [
    ("张晓明", "张*明"), ("张三", "张*"), ("欧阳娜娜", "欧阳**"), ("欧阳娜", "欧阳*"), ("司马相如", "司马**"),
    ("王", "王"), ("", ""), ("  李建国 ", "李*国"), ("爱新觉罗溥仪", "爱****仪"),
])
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


@pytest.mark.parametrize("phone, masked", [
    ("13812341234", "138****1234"), ("138 1234 1234", "138****1234"), ("021-12345678", "021-****5678"),
    ("12345", "*****"), ("", ""),
])
def test_mask_phone(phone: str, masked: str) -> None:
    assert mask_phone(phone) == masked


def test_no_digits_of_the_middle_survive() -> None:
    masked = mask_phones("13812341234,13955556666")
    assert masked == "138****1234,139****6666"
    assert "5555" not in masked


@pytest.fixture
def registry(station: Station) -> Station:
    station.households.create(HouseholdInput(address="5-2-301", head="张晓明", phone="13812341234", notes="腿脚不便"))
    station.households.create(HouseholdInput(address="5-2-302", head="欧阳娜娜", phone="13955556666"))
    return station


def test_masked_export_hides_names_and_phones_but_keeps_rooms_and_says_so(registry: Station, tmp_path: Path) -> None:
    registry.volunteers.sign_in("钱阿姨")  # anyone may export masked data
    out = tmp_path / "masked.xlsx"
    export_households(registry, out, masked=True)
    wb = openpyxl.load_workbook(out)
    sheet = wb.worksheets[0]
    assert "脱敏" in sheet.title
    cells = [c for row in sheet.values for c in row if c is not None]
    assert {"张*明", "欧阳**", "138****1234", "139****6666", "301", "302"} <= set(map(str, cells))
    assert not {"张晓明", "欧阳娜娜", "13812341234", "腿脚不便"} & set(map(str, cells))
    assert dict(wb["说明"].values)["脱敏 masked"].startswith("是")
    entry = registry.audit.rows(limit=1)[0]
    assert (entry.entity, entry.operator, entry.after["masked"]) == ("export", "钱阿姨", True)


def test_unmasked_export_is_for_coordinators_says_so_and_is_audited(registry: Station, tmp_path: Path) -> None:
    out = tmp_path / "full.xlsx"
    export_households(registry, out, masked=False)
    wb = openpyxl.load_workbook(out)
    assert "脱敏" not in wb.worksheets[0].title
    assert dict(wb["说明"].values)["脱敏 masked"].startswith("否")
    assert "13812341234" in [str(c) for row in wb.worksheets[0].values for c in row]
    entry = registry.audit.rows(limit=1)[0]
    assert (entry.entity, entry.after["masked"]) == ("export", False)
    registry.volunteers.sign_in("钱阿姨")
    with pytest.raises(PermissionDenied):
        export_households(registry, tmp_path / "again.xlsx", masked=False)


def test_masked_csv_export_hides_personal_data(registry: Station, tmp_path: Path) -> None:
    out = tmp_path / "masked.csv"
    export_households(registry, out, masked=True)
    text = out.read_text(encoding="utf-8-sig")
    assert "张*明" in text and "张晓明" not in text and "13812341234" not in text
    note, header = list(csv.reader(text.splitlines()))[:2]
    assert note[0].startswith("脱敏 masked: 是") and header[0] == "地址"

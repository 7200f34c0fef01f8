"""The household registry: validation naming the field, edits, archiving, tags, and every kind of search."""

from __future__ import annotations

import pytest

from fast_station import as_volunteer_fixture, station_fixture, station_template_fixture  # noqa: F401  # quicker copies of conftest's fixtures, found by name
from mutual_aid_desk.core.households import HouseholdInput, HouseholdQuery, Status, parse_area
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import format_area
from mutual_aid_desk.errors import ConflictError, NotFound, PermissionDenied, ValidationError


def add(station: Station, address: str, head: str = "", **fields: object):
    return station.households.create(HouseholdInput(address=address, head=head, **fields))


def problems_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> dict[str, object]:
    return {p.field: p.value for p in excinfo.value.problems}


def ids(station: Station, **query: object) -> list[int]:
    return station.households.matching_ids(HouseholdQuery(**query))


# --- validation ------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["", "5", "abc", "5--301", "5-2-301-9", "五栋"])
def test_bad_address_is_refused_naming_the_address(station: Station, address: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add(station, address, "张晓明")
    assert "address" in problems_of(caught) or "building" in problems_of(caught)
    assert station.households.count() == 0


@pytest.mark.parametrize("phone", ["13812345678", "15900001111", "021-62345678", "02162345678", "62345678",
                                   "0571-8765432", "13812345678,021-62345678", "13812345678；13912345678"])
def test_good_phones_are_kept(station: Station, phone: str) -> None:
    row = add(station, "5-2-301", "张晓明", phone=phone)
    assert row.phones
    assert all(ch.isdigit() or ch in "-," for ch in row.phones)


def test_full_width_digits_are_stored_as_plain_digits() -> None:
    """A Chinese input method types １３８…: the plain-mobile fast path must not keep them as typed."""
    from mutual_aid_desk.core.households import parse_area
    from mutual_aid_desk.core.values import parse_phones

    assert parse_phones("１３８１２３４５６７８") == ["13812345678"]
    assert parse_area("８５.２") == 8520 and parse_area("85.2") == 8520 and parse_area("120") == 12000


@pytest.mark.parametrize("phone", ["021 62345678", "138 1234 5678"])
def test_phones_written_with_blanks_are_one_number(station: Station, phone: str) -> None:
    assert add(station, "5-2-301", "张晓明", phone=phone).phones.replace("-", "") in ("02162345678", "13812345678")


@pytest.mark.parametrize("phone", ["123", "1381234567", "138123456789", "12345678901", "abc", "13812345678,12"])
def test_bad_phone_is_refused_naming_the_phone(station: Station, phone: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add(station, "5-2-301", "张晓明", phone=phone)
    assert problems_of(caught) == {"phone": phone}
    assert "11-digit mobile" in caught.value.problems[0].reason_text()
    assert station.households.count() == 0


@pytest.mark.parametrize(("typed", "centi"), [("85.2", 8520), ("85.20", 8520), ("0.01", 1), ("999.99", 99999),
                                               ("１２０", 12000), ("85.2㎡", 8520), ("60 平方米", 6000)])
def test_area_is_kept_exactly_in_hundredths(typed: str, centi: int) -> None:
    assert parse_area(typed) == centi
    assert format_area(centi) == f"{centi // 100}.{centi % 100:02d}"


@pytest.mark.parametrize("area", ["0", "-5", "1000", "1000.00", "1200", "85.123", "abc", "NaN", "inf", "85,2"])
def test_bad_area_is_refused_naming_the_area(station: Station, area: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add(station, "5-2-301", "张晓明", area=area)
    assert problems_of(caught) == {"area": area}
    assert station.households.count() == 0


def test_every_bad_field_is_named_at_once(station: Station) -> None:
    with pytest.raises(ValidationError) as caught:
        add(station, "nowhere", "张晓明", phone="123", area="0", members="many", status="gone")
    assert set(problems_of(caught)) == {"address", "phone", "area", "members", "status"}
    lines = str(caught.value).splitlines()
    assert lines[0] == "address: value 'nowhere': " + caught.value.problems[0].reason_text()
    assert len(lines) == 5


def test_duplicate_address_is_refused(station: Station) -> None:
    add(station, "5-2-301", "张晓明")
    for same in ("5-2-301", "5栋2单元301室", "５－２－３０１"):
        with pytest.raises(ValidationError) as caught:
            add(station, same, "王芳")
        assert problems_of(caught) == {"address": "5-2-301"}
        assert "already registered" in str(caught.value)
    assert station.households.count() == 1


def test_leading_zeros_do_not_make_a_second_household_at_one_address(station: Station) -> None:
    add(station, "5-2-301", "张晓明")
    with pytest.raises(ValidationError):
        add(station, "05-02-0301", "王芳")


# --- create, update, archive -----------------------------------------------------------------------


def test_create_keeps_every_detail(station: Station) -> None:
    row = add(station, "5栋2单元301室", "张晓明", phone="13812345678", members="3", area="85.2",
              status="出租", tags=["独居老人", "低保"], notes="腿脚不便")
    assert (row.address, row.building, row.unit, row.room) == ("5-2-301", "5", "2", "301")
    assert (row.head, row.phones, row.members, row.area, row.status) == ("张晓明", "13812345678", 3, "85.20", "rented")
    assert row.tags == ("低保", "独居老人")
    assert row.notes == "腿脚不便"
    assert station.households.find("5-2-301") == row
    assert station.households.get(row.id) == row
    assert [e.action for e in station.audit.list(entity="household", entity_id=str(row.id))] == ["create"]


def test_status_words_in_either_language(station: Station) -> None:
    for n, (word, status) in enumerate([("自住", "owner"), ("出租", "rented"), ("空置", "vacant"),
                                         ("联系不上", "unreachable"), ("vacant", "vacant"), ("", "owner")]):
        assert add(station, f"1-1-10{n}", status=word).status == status


def test_update_changes_details_and_the_version(station: Station) -> None:
    row = add(station, "5-2-301", "张晓明", phone="13812345678", area="85.2")
    updated = station.households.update(row.id, HouseholdInput(address="5-2-301", head="张小明", area="90"), row.version)
    assert (updated.head, updated.area, updated.phones) == ("张小明", "90.00", "13812345678")
    assert updated.version == row.version + 1
    entries = station.audit.list(entity="household", entity_id=str(row.id))
    assert [e.action for e in entries] == ["update", "create"]


def test_update_refuses_invalid_input_and_keeps_the_old_values(station: Station) -> None:
    row = add(station, "5-2-301", "张晓明", area="85.2")
    with pytest.raises(ValidationError) as caught:
        station.households.update(row.id, HouseholdInput(address="5-2-301", area="-1"), row.version)
    assert problems_of(caught) == {"area": "-1"}
    assert station.households.get(row.id) == row


def test_update_to_an_address_in_use_is_refused(station: Station) -> None:
    add(station, "5-2-301", "张晓明")
    other = add(station, "5-2-302", "王芳")
    with pytest.raises(ValidationError) as caught:
        station.households.update(other.id, HouseholdInput(address="5-2-301"), other.version)
    assert problems_of(caught) == {"address": "5-2-301"}
    assert station.households.get(other.id).address == "5-2-302"


def test_a_stale_edit_is_refused(station: Station) -> None:
    row = add(station, "5-2-301", "张晓明")
    station.households.update(row.id, HouseholdInput(address="5-2-301", head="张小明"), row.version)
    with pytest.raises(ConflictError):
        station.households.update(row.id, HouseholdInput(address="5-2-301", head="李四"), row.version)
    assert station.households.get(row.id).head == "张小明"


def test_archive_keeps_history_and_frees_the_address(station: Station) -> None:
    old = add(station, "5-2-301", "张晓明", tags=["独居老人"])
    station.households.archive(old.id, "搬走了")
    assert ids(station) == []
    assert ids(station, include_archived=True) == [old.id]
    with pytest.raises(NotFound):
        station.households.find("5-2-301")
    kept = station.households.get(old.id)
    assert kept.archived and kept.head == "张晓明" and kept.tags == ("独居老人",)
    actions = [e.action for e in station.audit.list(entity="household", entity_id=str(old.id))]
    assert actions == ["archive", "create"]
    # The new family at the same address is a new household; the old one's history stays its own.
    new = add(station, "5-2-301", "王芳")
    assert new.id != old.id
    assert station.households.find("5-2-301").id == new.id
    assert station.households.address_index() == {"5-2-301": new.id}
    assert ids(station, text="zxm") == []
    assert ids(station, text="zxm", include_archived=True) == [old.id]


def test_merge_records_where_the_household_went(station: Station) -> None:
    a = add(station, "5-2-301", "张晓明")
    b = add(station, "5-2-302", "张晓明")
    station.households.archive(b.id, "合并", merged_into=a.id)
    (entry,) = station.audit.list(entity="household", entity_id=str(b.id), limit=1)
    assert entry.action == "merge"


def test_only_a_coordinator_archives(as_volunteer: Station) -> None:
    row = add(as_volunteer, "5-2-301", "张晓明")  # volunteers may add
    with pytest.raises(PermissionDenied):
        as_volunteer.households.archive(row.id, "搬走了")
    assert not as_volunteer.households.get(row.id).archived


# --- tags ------------------------------------------------------------------------------------------


def test_tags_are_set_replaced_and_cleared(station: Station) -> None:
    row = add(station, "5-2-301", "张晓明", tags="独居老人,低保")
    assert row.tags == ("低保", "独居老人")
    row = station.households.update(row.id, HouseholdInput(address="5-2-301", tags=["残疾"]), row.version)
    assert row.tags == ("残疾",)
    row = station.households.update(row.id, HouseholdInput(address="5-2-301", head="张晓明"), row.version)
    assert row.tags == ("残疾",)  # not given: kept
    row = station.households.update(row.id, HouseholdInput(address="5-2-301", tags=[]), row.version)
    assert row.tags == ()


def test_unknown_tag_is_refused_naming_the_tags(station: Station) -> None:
    with pytest.raises(ValidationError) as caught:
        add(station, "5-2-301", "张晓明", tags=["独居老人", "VIP"])
    assert set(problems_of(caught)) == {"tags"}
    assert "VIP" in str(caught.value)
    assert station.households.count() == 0


# --- search ----------------------------------------------------------------------------------------


@pytest.fixture
def street(station: Station) -> dict[str, int]:
    """A few households whose addresses and names overlap in the ways that trip a search."""
    made = {
        "5-2-301": add(station, "5-2-301", "张晓明", phone="13812345678", tags=["独居老人"]),
        "5-1-301": add(station, "5-1-301", "王芳", phone="13900001111", status="出租"),
        "15-1-301": add(station, "15-1-301", "李秀英", phone="021-62345678", tags=["低保"]),
        "5-2-1201": add(station, "5-2-1201", "赵晓敏", status="空置"),
        "12-502": add(station, "12-502", "陈建国", phone="13512340000", status="联系不上", tags=["独居老人", "残疾"]),
        "2-1-101": add(station, "2-1-101", "张伟"),
    }
    return {k: v.id for k, v in made.items()}


def found(station: Station, text: str) -> set[str]:
    return {r.address for r in station.households.rows_by_ids(ids(station, text=text))}


def test_search_by_full_address(station: Station, street: dict[str, int]) -> None:
    assert found(station, "5-2-301") == {"5-2-301"}
    assert found(station, "12-502") == {"12-502"}
    assert found(station, "５－２－３０１") == {"5-2-301"}


def test_search_by_building_and_room_skipping_the_unit(station: Station, street: dict[str, int]) -> None:
    assert found(station, "5-301") == {"5-2-301", "5-1-301"}  # not 15-1-301


def test_search_by_room_alone(station: Station, street: dict[str, int]) -> None:
    assert found(station, "301") == {"5-2-301", "5-1-301", "15-1-301"}
    assert found(station, "1201") == {"5-2-1201"}
    assert found(station, "502") == {"12-502"}


def test_search_by_head_name(station: Station, street: dict[str, int]) -> None:
    assert found(station, "张晓明") == {"5-2-301"}
    assert found(station, "晓") == {"5-2-301", "5-2-1201"}
    assert found(station, "张") == {"5-2-301", "2-1-101"}


def test_search_by_pinyin_initials(station: Station, street: dict[str, int]) -> None:
    assert found(station, "zxm") == {"5-2-301", "5-2-1201"}  # 张晓明 and 赵晓敏 share the initials
    assert found(station, "ZXM") == {"5-2-301", "5-2-1201"}
    assert found(station, "lxy") == {"15-1-301"}
    assert found(station, "cjg") == {"12-502"}


def test_search_by_full_pinyin(station: Station, street: dict[str, int]) -> None:
    assert found(station, "zhangxiaoming") == {"5-2-301"}
    assert found(station, "zhaoxiaomin") == {"5-2-1201"}
    assert found(station, "wangfang") == {"5-1-301"}


def test_search_by_last_digits_of_a_phone(station: Station, street: dict[str, int]) -> None:
    assert found(station, "5678") == {"5-2-301", "15-1-301"}  # 13812345678 and 021-62345678
    assert found(station, "1111") == {"5-1-301"}
    assert found(station, "0000") == {"12-502"}
    assert found(station, "13812345678") == {"5-2-301"}
    assert found(station, "1234") == set()  # digits in the middle of a number are not its end


def test_search_terms_combine(station: Station, street: dict[str, int]) -> None:
    assert found(station, "5-301 张") == {"5-2-301"}
    assert found(station, "zxm 1201") == {"5-2-1201"}
    assert found(station, "张晓明　13812345678") == {"5-2-301"}  # an ideographic space separates terms too
    assert found(station, "5 - 301") == {"5-2-301", "5-1-301"}  # blanks around a dash stay one address


def test_search_with_no_match_and_with_like_wildcards(station: Station, street: dict[str, int]) -> None:
    assert found(station, "不存在") == set()
    assert found(station, "%") == set()
    assert found(station, "_") == set()
    assert found(station, "") == set(street)


def test_search_results_come_in_natural_address_order(station: Station, street: dict[str, int]) -> None:
    rows = station.households.rows_by_ids(ids(station))
    assert [r.address for r in rows] == ["2-1-101", "5-1-301", "5-2-301", "5-2-1201", "12-502", "15-1-301"]
    assert [r.address for r in station.households.all_rows()] == [r.address for r in rows]
    assert [r.address for r in station.households.page(offset=2, limit=2)] == ["5-2-301", "5-2-1201"]


def test_search_sees_an_edit_at_once(station: Station, street: dict[str, int]) -> None:
    row = station.households.get(street["2-1-101"])
    station.households.update(row.id, HouseholdInput(address="2-1-101", head="刘德华", phone="13711112222"), row.version)
    assert found(station, "ldh") == {"2-1-101"}
    assert found(station, "2222") == {"2-1-101"}
    assert found(station, "zw") == set()


def test_filter_by_building(station: Station, street: dict[str, int]) -> None:
    assert {r.address for r in station.households.all_rows(HouseholdQuery(building="5"))} == {"5-2-301", "5-1-301", "5-2-1201"}
    assert station.households.buildings() == [("2", 1), ("5", 3), ("12", 1), ("15", 1)]


def test_filter_by_status(station: Station, street: dict[str, int]) -> None:
    assert set(ids(station, status="rented")) == {street["5-1-301"]}
    assert set(ids(station, status=Status.VACANT)) == {street["5-2-1201"]}
    assert set(ids(station, status="unreachable")) == {street["12-502"]}
    assert station.households.count(HouseholdQuery(status="owner")) == 3


def test_filter_by_tag(station: Station, street: dict[str, int]) -> None:
    assert set(ids(station, tag="独居老人")) == {street["5-2-301"], street["12-502"]}
    assert set(ids(station, tag="残疾")) == {street["12-502"]}
    assert ids(station, tag="没有这个标签") == []


def test_filters_and_search_combine(station: Station, street: dict[str, int]) -> None:
    assert set(ids(station, text="301", building="5", status="owner")) == {street["5-2-301"]}
    assert set(ids(station, text="zxm", tag="独居老人")) == {street["5-2-301"]}
    assert ids(station, household_ids=frozenset({street["12-502"], street["2-1-101"]})) == [street["2-1-101"], street["12-502"]]


def test_json_row_for_scripts(station: Station, street: dict[str, int]) -> None:
    row = station.households.find("5-2-301")
    assert row.as_json() == {"address": "5-2-301", "building": "5", "unit": "2", "room": "301", "head": "张晓明",
                             "phone": "13812345678", "area": None, "members": None, "status": "owner",
                             "tags": ["独居老人"], "owner": "", "owner_id": ""}


def test_blanks_between_whole_numbers_still_separate_them(station: Station) -> None:
    row = add(station, "5-2-302", "李四", phone="13812345678 13987654321")
    assert row.phones == "13812345678,13987654321"


def test_search_and_filters_accept_what_people_type(station: Station) -> None:
    add(station, "5-2-301", "张晓明")
    add(station, "15-2-301", "李四")
    assert [r.address for r in station.households.all_rows(HouseholdQuery(text="5栋2单元301"))] == ["5-2-301"]
    assert station.households.count(HouseholdQuery(building="05")) == 1
    assert station.households.count(HouseholdQuery(building="5栋")) == 1
    assert station.households.count(HouseholdQuery(status="自住")) == 2


@pytest.mark.parametrize("area", ["1e2", "-5", "+80", "八十"])
def test_areas_are_plain_decimal_numbers(station: Station, area: str) -> None:
    with pytest.raises(ValidationError) as info:
        add(station, "5-2-303", "王五", area=area)
    assert info.value.problems[0].field == "area"

"""Addresses as volunteers type them, and the natural order lists walk in."""

from __future__ import annotations

import pytest

from mutual_aid_desk.core.addresses import Address, address_fragments, make_address, parse_address, sort_key
from mutual_aid_desk.errors import ValidationError


@pytest.mark.parametrize(
    ("typed", "building", "unit", "room"),
    [
        ("5-2-301", "5", "2", "301"),
        ("12-502", "12", "", "502"),
        ("5栋2单元301室", "5", "2", "301"),
        ("5栋2单元301", "5", "2", "301"),
        ("12号楼502", "12", "", "502"),
        ("12幢3门402", "12", "3", "402"),
        ("５－２－３０１", "5", "2", "301"),  # full-width digits and dash, as a Chinese IME types them
        ("５栋２单元３０１室", "5", "2", "301"),
        (" 5 - 2 - 301 ", "5", "2", "301"),
        ("5—2—301", "5", "2", "301"),
        ("a-101", "A", "", "101"),
    ],
)
def test_parse_accepts_the_forms_residents_write(typed: str, building: str, unit: str, room: str) -> None:
    addr = parse_address(typed)
    assert (addr.building, addr.unit, addr.room) == (building, unit, room)
    assert str(addr) == "-".join(p for p in (building, unit, room) if p)


def test_canonical_text_round_trips() -> None:
    for text in ("5-2-301", "12-502", "25-3-1801"):
        assert str(parse_address(text)) == text
        assert parse_address(str(parse_address(text))) == parse_address(text)


@pytest.mark.parametrize("bad", ["", "abc", "5--301", "5-2-", "-2-301", "5-2-301-4", "5/2/301/4", "一栋二单元", "5-2-3 01x!", "1234567-1-101"])
def test_bad_formats_are_refused_naming_the_field(bad: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_address(bad)
    (problem,) = caught.value.problems
    assert problem.field == "address"
    assert problem.value == bad
    assert "5-2-301" in problem.reason_text()  # the message shows what a good address looks like


def test_bad_format_names_the_field_given_by_the_caller() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_address("nowhere", field="地址")
    assert caught.value.problems[0].field == "地址"
    assert str(caught.value).startswith("地址: value 'nowhere'")


def test_make_address_from_separate_cells() -> None:
    assert str(make_address("5", "2", "301")) == "5-2-301"
    assert str(make_address("5栋", "2单元", "301室")) == "5-2-301"
    assert str(make_address("12", "", "502")) == "12-502"
    assert str(make_address("12号楼", None, "502")) == "12-502"


@pytest.mark.parametrize(("building", "unit", "room", "field"), [("", "2", "301", "building"), ("5", "2", "", "room"),
                                                                  ("5", "2!", "301", "unit"), ("5", "2", "3 0 1 x y z q", "room")])
def test_make_address_names_the_bad_cell(building: str, unit: str, room: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_address(building, unit, room)
    assert [p.field for p in caught.value.problems] == [field]


def test_floor_comes_from_the_room_number() -> None:
    assert parse_address("5-2-301").floor == 3
    assert parse_address("5-2-1201").floor == 12
    assert parse_address("12-502").floor == 5
    assert Address("5", "", "A").floor is None


def test_natural_sort_buildings_2_before_10() -> None:
    texts = ["10-1-101", "2-1-101", "1-1-101", "25-1-101", "3-1-101"]
    ordered = sorted(texts, key=lambda t: parse_address(t).sort_key)
    assert ordered == ["1-1-101", "2-1-101", "3-1-101", "10-1-101", "25-1-101"]


def test_natural_sort_rooms_301_before_1201() -> None:
    texts = ["5-2-1201", "5-2-301", "5-2-302", "5-2-1202", "5-2-101", "5-2-901"]
    ordered = sorted(texts, key=lambda t: parse_address(t).sort_key)
    assert ordered == ["5-2-101", "5-2-301", "5-2-302", "5-2-901", "5-2-1201", "5-2-1202"]


def test_natural_sort_walks_building_then_unit_then_floor() -> None:
    texts = ["5-10-101", "5-2-1201", "10-1-101", "5-2-301", "5-1-601", "12-502", "12-1801"]
    ordered = sorted(texts, key=lambda t: parse_address(t).sort_key)
    assert ordered == ["5-1-601", "5-2-301", "5-2-1201", "5-10-101", "10-1-101", "12-502", "12-1801"]
    # A plain string sort gets both examples of the brief wrong; the key must not.
    assert sorted(["10-1-101", "2-1-101"]) == ["10-1-101", "2-1-101"]
    assert sort_key("2", "1", "101") < sort_key("10", "1", "101")
    assert sort_key("5", "2", "301") < sort_key("5", "2", "1201")


def test_search_fragments_of_an_address() -> None:
    assert address_fragments(parse_address("5-2-301")) == ["5-2-301", "5-301", "301"]
    assert address_fragments(parse_address("12-502")) == ["12-502", "502"]

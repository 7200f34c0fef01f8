"""The shared shapes of the core's small lists: closed choices, the station's named lists, a form's problems."""

from __future__ import annotations

import pytest

from mutual_aid_desk.core.consultations import Category, category_label, parse_category, parse_consultation_status
from mutual_aid_desk.core.problems import Source, parse_source
from mutual_aid_desk.core.station import Station
from mutual_aid_desk.core.values import parse_phones
from mutual_aid_desk.errors import ProblemList, ValidationError


def test_a_choice_is_read_from_its_code_its_label_or_a_synonym() -> None:
    assert parse_category("legal") == parse_category(" 法律 ") == Category.LEGAL
    assert parse_category("Neighbour Dispute") == parse_category("纠纷") == Category.DISPUTE
    assert category_label("health") == "健康"
    assert category_label("retired-code") == "retired-code"  # an old code is shown as stored
    with pytest.raises(ValidationError) as exc:
        parse_category("")
    assert [(p.field, p.value) for p in exc.value.problems] == [("category", "")]


def test_a_blank_choice_takes_the_default_of_its_list() -> None:
    assert parse_consultation_status("  ") is None
    assert parse_source("") == Source.RESIDENT
    assert parse_source("夜巡") == Source.PATROL
    with pytest.raises(ValidationError):
        parse_source("phone")


def test_named_lists_are_trimmed_deduplicated_and_bounded(station: Station) -> None:
    station.sheets.set_checks([" 照明 ", "卫生", "照明"])
    assert station.sheets.checks() == ["照明", "卫生"]
    with pytest.raises(ValidationError) as exc:
        station.sheets.set_checks([f"检查{n}" for n in range(9)])  # at most 8
    assert exc.value.problems[0].value == "、".join(f"检查{n}" for n in range(9))
    with pytest.raises(ValidationError):
        station.sheets.set_checks(["一二三四五六七八九十一二三"])  # a name of 13 characters
    with pytest.raises(ValidationError):
        station.problems.set_categories([])  # the list is not empty
    station.consultations.set_partners([])  # partners may be none at all
    assert station.consultations.partners() == []
    assert station.sheets.checks() == ["照明", "卫生"]  # nothing refused was saved


def test_a_problem_list_keeps_every_refusal() -> None:
    problems = ProblemList()
    assert problems.attempt(parse_phones, "13812345678", "phone") == ["13812345678"]
    assert problems.attempt(parse_phones, "12", "phone") is None
    assert problems.attempt(parse_category, "火灾") is None
    assert [p.field for p in problems] == ["phone", "category"]

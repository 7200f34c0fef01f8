"""One parser per kind of value: every accepted form, and a named refusal for everything else."""

from datetime import date, datetime

import pytest

from mutual_aid_desk.core import values
from mutual_aid_desk.errors import ValidationError


@pytest.mark.parametrize("text", ["2026-11-21", "2026/11/21", "2026.11.21", "2026年11月21日", "20261121",
                                  "２０２６－１１－２１", " 2026-11-21 ", "2026-11-21 00:00:00", "2026/11/21 19:30"])
def test_every_documented_date_form_reads_as_the_same_day(text: str) -> None:
    assert values.parse_date(text) == date(2026, 11, 21)


def test_a_time_after_the_day_is_kept_by_the_datetime_parser() -> None:
    assert values.parse_datetime("2026年11月21日 19：30") == datetime(2026, 11, 21, 19, 30)
    assert values.parse_datetime("2026-11-21T07:05:09") == datetime(2026, 11, 21, 7, 5, 9)
    assert values.parse_datetime(date(2026, 11, 21)) == datetime(2026, 11, 21)


@pytest.mark.parametrize("text", ["", "明天", "2026-13-01", "2026-02-30", "21/11/2026", "2026-11-21 25:00", "202611211"])
def test_anything_else_is_refused_with_the_field_and_value(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        values.parse_date(text, "follow_up")
    problem = caught.value.problems[0]
    assert (problem.field, problem.value) == ("follow_up", text)
    assert problem.reason == values.REASON_DATE


def test_a_blank_optional_date_is_none() -> None:
    assert values.parse_optional_date("  ") is None
    assert values.parse_optional_date(None) is None
    assert values.parse_optional_date("2026-1-2") == date(2026, 1, 2)


def test_chinese_dates_print_with_and_without_the_weekday() -> None:
    assert values.format_date_zh(date(2026, 11, 23)) == "2026年11月23日"
    assert values.format_date_zh(date(2026, 11, 23), weekday=True) == "2026年11月23日（星期一）"


def test_phones_split_and_normalise() -> None:
    assert values.parse_phones("138 1234 5678；021-62345678") == ["13812345678", "021-62345678"]
    assert values.parse_phones("13812345678 13987654321") == ["13812345678", "13987654321"]
    with pytest.raises(ValidationError):
        values.parse_phones("12345")


def test_areas_print_exactly() -> None:
    assert values.format_area(8520) == "85.20"
    assert values.format_area(1331152, grouped=True) == "13,311.52"
    assert values.format_area(None) == ""
    assert values.format_m2(3302049) == "33,020"
    assert values.format_m2(3302001, up=True) == "33,021"


def test_text_helpers() -> None:
    assert values.folded("  ＡＢ１ ") == "AB1"
    assert values.written("  《通知》 ") == "《通知》"
    assert values.squeezed(" a \u3000  b ") == "a b"

"""Money is integer fen: parsing what people type, formatting, and splits that add up exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mutual_aid_desk.core.money import amount_in_words, ceil_to_yuan_shares, format_fen, largest_remainder, parse_amount
from mutual_aid_desk.errors import ValidationError


@pytest.mark.parametrize("typed, fen", [
    ("12.50", 1250), ("12.5", 1250), ("12", 1200), ("¥1,234.50", 123450), ("22.08元", 2208), ("０.０５", 5),
    (".5", 50), (Decimal("3.10"), 310), (7, 700),
])
def test_parse(typed: object, fen: int) -> None:
    assert parse_amount(typed) == fen


@pytest.mark.parametrize("typed, reason", [
    ("-1", "negative"), ("0", "more than 0"), ("1.234", "at most 2 decimals"), ("abc", "not an amount"),
    ("1e3", "not an amount"), ("NaN", "not an amount"), (12.5, "not an amount"), ("100000.01", "above the limit"),
])
def test_parse_refuses(typed: object, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason):
        parse_amount(typed)


def test_format() -> None:
    assert format_fen(1250) == "12.50"
    assert format_fen(5) == "0.05"
    assert format_fen(-5) == "-0.05"
    assert format_fen(700000, grouped=True) == "7,000.00"


def test_largest_remainder_adds_up_exactly() -> None:
    parts = largest_remainder(700_000, [1] * 317)
    assert sum(parts) == 700_000 and max(parts) - min(parts) == 1
    weights = [8520, 6433, 12000, 4500, 9999]
    parts = largest_remainder(123_457, weights)
    assert sum(parts) == 123_457
    for p, w in zip(parts, weights):
        assert abs(p - 123_457 * w / sum(weights)) < 1
    assert largest_remainder(100, [0, 0]) == [0, 0]
    assert largest_remainder(2, [1, 1, 1]) == [1, 1, 0]


def test_ceil_to_yuan() -> None:
    assert ceil_to_yuan_shares(700_000, [1] * 317) == [2300] * 317
    assert ceil_to_yuan_shares(300, [1, 1, 1]) == [100, 100, 100]  # exact shares are not pushed up


@pytest.mark.parametrize("fen, words", [
    (2208, "贰拾贰元零捌分"), (2300, "贰拾叁元整"), (700000, "柒仟元整"), (100100, "壹仟零壹元整"),
    (1010000, "壹万零壹佰元整"), (50, "伍角整"), (1234567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
])
def test_amount_in_words(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words

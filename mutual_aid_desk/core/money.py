"""Money, the one place for it: integer fen inside, decimal strings at the edges, never a float.

``parse_amount("12.50") == 1250``; ``format_fen(1250) == "12.50"``. Splits that must add up to a
target exactly use ``largest_remainder``; the whole-yuan alternative rounds each share up with
``ceil_to_yuan`` and the caller discloses the surplus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation

from mutual_aid_desk.core.values import folded
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

FEN_PER_YUAN = 100
#: No single amount a station records comes near this; a larger one is a typing mistake.
MAX_AMOUNT_FEN = 10_000_000 * FEN_PER_YUAN  # 10 million yuan (a drive's total cost)
MAX_PAYMENT_FEN = 100_000 * FEN_PER_YUAN  # 100,000 yuan (one ledger entry)

REASON_NOT_NUMBER = QT_TRANSLATE_NOOP("Problems", "not an amount of money: write yuan with up to 2 decimals, such as 22.08")
REASON_NOT_POSITIVE = QT_TRANSLATE_NOOP("Problems", "the amount must be more than 0")
REASON_NEGATIVE = QT_TRANSLATE_NOOP("Problems", "the amount cannot be negative")
REASON_DECIMALS = QT_TRANSLATE_NOOP("Problems", "at most 2 decimals (fen): {amount} has more")
REASON_TOO_LARGE = QT_TRANSLATE_NOOP("Problems", "the amount is above the limit of {limit} yuan: check the number")

_STRIP = ("¥", "￥", "rmb", "cny", "元整", "元", "yuan", ",", "，", " ")


def _clean(text: str) -> str:
    s = folded(text).lower()
    for token in _STRIP:
        s = s.replace(token, "")
    return s


def parse_amount(value: str | int | Decimal | None, field: str = "amount", *, limit_fen: int = MAX_PAYMENT_FEN,
                 allow_zero: bool = False) -> int:
    """An amount in yuan as typed ('12.5', '¥1,234.50', '22.08元') → fen (1250, 123450, 2208).

    Raises:
        ValidationError: one problem naming ``field``: not a number, not positive, more than two
            decimals, or above ``limit_fen``.
    """
    if isinstance(value, float):  # never accept a float: it has already lost the fen
        raise ValidationError.single(field, value, REASON_NOT_NUMBER)
    if isinstance(value, int) and not isinstance(value, bool):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = _clean(str(value or ""))
        if not text or not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text, re.ASCII):
            raise ValidationError.single(field, value, REASON_NOT_NUMBER)
        try:
            amount = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern above already refuses these
            raise ValidationError.single(field, value, REASON_NOT_NUMBER) from None
    if not amount.is_finite():
        raise ValidationError.single(field, value, REASON_NOT_NUMBER)
    if amount < 0:
        raise ValidationError.single(field, value, REASON_NEGATIVE)
    if amount == 0 and not allow_zero:
        raise ValidationError.single(field, value, REASON_NOT_POSITIVE)
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError.single(field, value, REASON_DECIMALS, amount=value)
    fen = int(amount * FEN_PER_YUAN)
    if fen > limit_fen:
        raise ValidationError.single(field, value, REASON_TOO_LARGE, limit=format_fen(limit_fen, grouped=True))
    return fen


def problems_of(fn: Callable[..., object], *args: object, **kwargs: object) -> list[Problem]:
    """Run a parser and return its problems instead of raising (for forms that collect them)."""
    try:
        fn(*args, **kwargs)
    except ValidationError as exc:
        return exc.problems
    return []


def format_fen(fen: int, *, grouped: bool = False) -> str:
    """1250 → '12.50'; -5 → '-0.05'; with ``grouped`` 700000 → '7,000.00'."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(int(fen)), FEN_PER_YUAN)
    whole = f"{yuan:,}" if grouped else str(yuan)
    return f"{sign}{whole}.{cents:02d}"


def largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` fen in proportion to ``weights`` so that the parts add up to ``total`` exactly.

    Each part first gets the floor of its exact share; the fen left over go one each to the parts
    with the largest remainders, ties to the earlier part (the list is in address order, so the
    result is the same every time). All-zero weights give all-zero parts.

    >>> largest_remainder(700000, [1] * 317)[:3], sum(largest_remainder(700000, [1] * 317))
    ([2209, 2209, 2209], 700000)
    """
    if total < 0:
        raise ValueError("cannot split a negative total")
    if any(w < 0 for w in weights):
        raise ValueError("weights cannot be negative")
    weight_sum = sum(weights)
    if not weights or weight_sum == 0:
        return [0] * len(weights)
    parts: list[int] = []
    remainders: list[tuple[int, int]] = []
    for index, w in enumerate(weights):
        quotient, remainder = divmod(total * w, weight_sum)
        parts.append(quotient)
        remainders.append((remainder, index))
    left = total - sum(parts)
    # Largest remainder first; among equal remainders, the earlier index first.
    for _, index in sorted(remainders, key=lambda r: (-r[0], r[1]))[:left]:
        parts[index] += 1
    return parts


def ceil_to_yuan_shares(total: int, weights: Sequence[int]) -> list[int]:
    """Each exact share ``total × w / Σw`` rounded UP to whole yuan; the sum covers ``total`` or more."""
    weight_sum = sum(weights)
    if not weights or weight_sum == 0:
        return [0] * len(weights)
    unit = FEN_PER_YUAN * weight_sum
    return [-(-(total * w) // unit) * FEN_PER_YUAN for w in weights]


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿")


def amount_in_words(fen: int) -> str:
    """The capital-figure form printed on receipts: 2208 → '贰拾贰元零捌分', 2300 → '贰拾叁元整'."""
    if fen < 0:
        return "负" + amount_in_words(-fen)
    yuan, cents = divmod(fen, FEN_PER_YUAN)
    jiao, fen_digit = divmod(cents, 10)
    words = ""
    if yuan:
        groups: list[int] = []
        while yuan:
            yuan, group = divmod(yuan, 10000)
            groups.append(group)
        parts: list[str] = []
        need_zero = False
        for gi in range(len(groups) - 1, -1, -1):
            group = groups[gi]
            if group == 0:
                need_zero = bool(parts)
                continue
            text = ""
            zero = need_zero or (bool(parts) and group < 1000)
            for pos in range(3, -1, -1):
                digit = group // (10**pos) % 10
                if digit == 0:
                    zero = bool(text) or zero
                    continue
                if zero and (text or parts):
                    text += "零"
                zero = False
                text += _DIGITS[digit] + _SMALL_UNITS[pos]
            parts.append(text + _BIG_UNITS[gi])
            need_zero = False
        words = "".join(parts) + "元"
    if jiao == 0 and fen_digit == 0:
        return (words or "零元") + "整"
    if jiao:
        words += _DIGITS[jiao] + "角"
    elif words:
        words += "零"
    if fen_digit:
        words += _DIGITS[fen_digit] + "分"
    else:
        words += "整"
    return words

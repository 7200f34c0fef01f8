"""Values as people write them: one parser and one formatter for each kind, used by every module.

Dates and date-times
    Accepted everywhere (forms, imports, the command line), after full-width characters are folded
    (``２０２６－１１－２１`` reads as ``2026-11-21``)::

        2026-11-21   2026/11/21   2026.11.21   2026年11月21日   20261121

    optionally followed, after a space or ``T``, by a time ``19:30`` or ``19:30:00`` (a full-width
    colon is fine). A spreadsheet's date cell arrives as a ``date``/``datetime`` and is taken as it
    is; its text form ``2026-11-21 00:00:00`` is the same rule. Month and day may have one digit
    except in the eight-digit form. Anything else is a ``ValidationError`` naming the field and value.

Phones
    An 11-digit mobile (``13812345678``) or a landline with an optional area code and extension
    (``021-62345678``, ``62345678-12``); several are separated by commas, semicolons, slashes or 、.

Text
    ``folded`` for matching (NFKC, trimmed), ``written`` for text kept as typed (trimmed only),
    ``squeezed`` for free text with inner runs of blanks made one space.

Areas are integer hundredths of a square metre (8520 = 85.20 m²); money lives in ``core.money``.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time
from typing import Any

from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ValidationError

REASON_DATE = QT_TRANSLATE_NOOP("Problems", "not a date: write it as 2026-11-21")
REASON_DATETIME = QT_TRANSLATE_NOOP("Problems", "not a date: write it as 2026-11-21 (a time such as 19:30 may follow)")
REASON_PHONE = QT_TRANSLATE_NOOP(
    "Problems", "not a phone number: use an 11-digit mobile (13812345678) or a landline (021-62345678)"
)

WEEKDAYS_ZH = "一二三四五六日"

_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*[ T]\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?",
    re.ASCII,
)
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:\s*[ T]\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?", re.ASCII)

_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$", re.ASCII)
_PHONE_SPLIT = re.compile(r"[,，;；/、\n]+")
_BLANKS = re.compile(r"[ \t\u3000]+")


# --- text ------------------------------------------------------------------------------------------


def folded(value: Any) -> str:
    """Text for matching and parsing: full-width letters, digits and punctuation folded (NFKC), trimmed."""
    text = "" if value is None else str(value)
    if not text.isascii():  # NFKC leaves ASCII as it is; skip it for the common case
        text = unicodedata.normalize("NFKC", text)
    return text.strip()


def written(value: Any) -> str:
    """Text as written (titles keep their full-width punctuation), without surrounding blanks."""
    return ("" if value is None else str(value)).strip()


def squeezed(value: Any) -> str:
    """Free text as typed, with surrounding blanks removed and inner runs of blanks made one space."""
    return _BLANKS.sub(" ", "" if value is None else str(value)).strip()


# --- dates ------------------------------------------------------------------------------------------


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_datetime(value: Any, field_name: str = "date", *, reason: str = REASON_DATETIME) -> datetime:
    """A date or date-time in any accepted form (see the module) → a datetime (midnight if no time).

    Raises:
        ValidationError: blank, not in an accepted form, or not a real day or time.
    """
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time())
    text = folded(value)
    m = _DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text)
    if not m:
        raise ValidationError.single(field_name, value, reason)
    y, mo, d, hh, mm, ss = m.groups()
    try:
        return datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0), int(ss or 0))
    except ValueError:
        raise ValidationError.single(field_name, value, reason) from None


def parse_date(value: Any, field_name: str = "date") -> date:
    """A date in any accepted form → a date (a time after it is read and dropped).

    Raises:
        ValidationError: blank, not in an accepted form, or not a real day.
    """
    return parse_datetime(value, field_name, reason=REASON_DATE).date()


def parse_optional_date(value: Any, field_name: str = "date") -> date | None:
    """As ``parse_date``, but a blank value is None."""
    return None if _is_blank(value) else parse_date(value, field_name)


def format_date_zh(day: date, *, weekday: bool = False) -> str:
    """2026-11-23 → '2026年11月23日', or with ``weekday`` '2026年11月23日（星期一）', as notices print it."""
    text = f"{day.year}年{day.month}月{day.day}日"
    return f"{text}（星期{WEEKDAYS_ZH[day.weekday()]}）" if weekday else text


# --- phones -----------------------------------------------------------------------------------------


def is_phone(text: str) -> bool:
    """One phone number, already compacted (no blanks or brackets)."""
    return bool(_MOBILE.match(text) or _LANDLINE.match(text))


def parse_phones(value: str | None, field_name: str = "phone") -> list[str]:
    """Split and check one or more phone numbers; returns them normalised (digits and dashes).

    Blanks inside one number are allowed (``138 1234 5678``, ``021 62345678``); blanks separate
    numbers only when each piece is a whole number by itself (``13812345678 13987654321``).

    Raises:
        ValidationError: a piece that is not a phone number.
    """
    if value and len(value) == 11 and value.isascii() and _MOBILE.match(value):  # one mobile, as typed
        return [value]
    numbers = []
    for part in _PHONE_SPLIT.split(folded(value)):
        part = part.replace("(", "").replace(")", "").replace("+86", "").strip()
        if not part:
            continue
        compact = "".join(part.split())
        pieces = part.split()
        if is_phone(compact):
            numbers.append(compact)
        elif len(pieces) > 1 and all(is_phone(p) for p in pieces):
            numbers.extend(pieces)
        else:
            raise ValidationError.single(field_name, value, REASON_PHONE)
    return numbers


# --- areas ------------------------------------------------------------------------------------------


def format_area(area_centi: int | None, *, grouped: bool = False) -> str:
    """8520 → '85.20'; with ``grouped`` 1331152 → '13,311.52'; None → ''. Never a float."""
    if area_centi is None:
        return ""
    whole = f"{area_centi // 100:,}" if grouped else str(area_centi // 100)
    return f"{whole}.{area_centi % 100:02d}"


def format_m2(area_centi: int, *, up: bool = False) -> str:
    """Whole square metres with thousands separators: 3302049 → '33,020' (rounded half up, or up)."""
    whole = -(-area_centi // 100) if up else (area_centi + 50) // 100
    return f"{whole:,}"

"""Masking personal data for anything posted in public (PIPL): one function each, used everywhere.

Names keep their first character (张*明, 张*, 欧阳**: a two-character surname keeps both); phones keep
the first three and last four digits (138****1234). Room numbers are not personal and stay visible.
"""

from __future__ import annotations

import re

COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤 南宫 西门 申屠".split()
)


def mask_name(name: str) -> str:
    """张晓明 → 张*明, 张三 → 张*, 欧阳娜娜 → 欧阳**, 欧阳娜 → 欧阳*."""
    name = (name or "").strip()
    if not name:
        return ""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2] + "*" * (len(name) - 2)
    if len(name) == 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str) -> str:
    """13812341234 → 138****1234; a landline keeps its area code and last four digits."""
    phone = (phone or "").strip()
    digits = [c for c in phone if c.isdigit()]
    if len(digits) < 7:
        return "*" * len(phone)
    if len(digits) == 11 and digits[0] == "1":
        return "".join(digits[:3]) + "****" + "".join(digits[-4:])
    head, _, tail = phone.rpartition("-")
    if head and len(tail) >= 7:
        return f"{head}-" + "*" * (len(tail) - 4) + tail[-4:]
    return "*" * (len(phone) - 4) + phone[-4:]


def mask_phones(phones: str) -> str:
    return ",".join(mask_phone(p) for p in phones.split(",") if p)


_PHONES_IN_TEXT = re.compile(r"(?<![0-9])(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[2-9][0-9]{6,7})(?![0-9])")


def mask_phones_in_text(text: str) -> str:
    """Every phone number inside free text masked (13812341234 → 138****1234, 021-62345678 →
    021-****5678): for listings such as the audit trail, whose before → after holds numbers."""
    return _PHONES_IN_TEXT.sub(lambda m: mask_phone(m.group()), text or "")

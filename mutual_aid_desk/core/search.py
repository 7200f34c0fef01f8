"""Search keys precomputed per household, so that search-as-you-type is one SQL ``LIKE``.

A key holds the address forms, the head's name, its pinyin initials and full pinyin, space
separated: typing ``5-301``, ``张晓``, ``zxm`` or ``zhangxiaoming`` all hit ``5-2-301 张晓明``. Phone
numbers live in a separate key ending each number with ``;`` so that digits typed match the *last*
digits of a number.
"""

from __future__ import annotations

from functools import lru_cache

from mutual_aid_desk.core.addresses import Address, address_fragments, normalise_text


@lru_cache(maxsize=20000)
def _char_pinyin(char: str) -> tuple[str, str]:
    """(initial letter, full syllable) of one character; non-Chinese characters stand for themselves."""
    if not ("\u3400" <= char <= "\u9fff"):
        low = char.lower()
        return low, low
    from pypinyin import Style, pinyin  # loaded on first use: its dictionaries slow start-up

    full = pinyin(char, style=Style.NORMAL, heteronym=False, strict=False)[0][0]
    return full[:1], full


def name_pinyin(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name: 张晓明 → ("zxm", "zhangxiaoming")."""
    initials, full = [], []
    for char in name:
        if char.isspace():
            continue
        first, syllable = _char_pinyin(char)
        initials.append(first)
        full.append(syllable)
    return "".join(initials), "".join(full)


def search_key(addr: Address, head: str) -> str:
    initials, full = name_pinyin(head)
    parts = [*address_fragments(addr), head, initials, full]
    return " " + " ".join(p.lower() for p in parts if p) + " "


def phone_key(phones: list[str]) -> str:
    digits = ["".join(ch for ch in p if ch.isdigit()) for p in phones]
    return "".join(f"{d};" for d in digits if d)


def normalise_query(text: str) -> str:
    """What the user typed, as the keys store it: half-width, lower case, no inner blanks."""
    return normalise_text(text).lower()


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

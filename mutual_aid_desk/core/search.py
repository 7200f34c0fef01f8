"""Search keys precomputed per household, so that search-as-you-type is one SQL ``LIKE``.

A key holds the address forms, the head's name, its pinyin initials and full pinyin, space
separated: typing ``5-301``, ``张晓``, ``zxm`` or ``zhangxiaoming`` all hit ``5-2-301 张晓明``. Phone
numbers live in a separate key ending each number with ``;`` so that digits typed match the *last*
digits of a number.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache, partial

from mutual_aid_desk.core.addresses import Address, address_fragments, normalise_text

_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1)
def _reading() -> Callable[[str], list[str]]:
    """pypinyin's ``lazy_pinyin`` in its toneless NORMAL style ('张' → ['zhang'], '绿' → ['lv']).

    Set up on first use, with pypinyin's documented switches for saving memory and time: a name is
    read character by character, so ``PYPINYIN_NO_PHRASES`` leaves out the phrase dictionary, which
    costs most of the import (about half a second), and the window and the roster open without that
    wait; nothing here adds readings, so ``PYPINYIN_NO_DICT_COPY`` spares a copy of the character table.
    """
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin import Style, lazy_pinyin  # lazy: 0.2 s, paid by the first name read, not by every start-up

    return partial(lazy_pinyin, style=Style.NORMAL)


@lru_cache(maxsize=20000)
def _char_pinyin(char: str) -> tuple[str, str]:
    """(initial letter, full syllable) of one character; non-Chinese characters stand for themselves."""
    if not "\u3400" <= char <= "\u9fff":
        low = char.lower()
        return low, low
    full = (_reading()(char) or [char])[0]  # the first reading; a character with none stands for itself
    return full[:1], full


@lru_cache(maxsize=65536)
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
    return f" {' '.join(filter(None, parts)).lower()} "


def phone_key(phones: list[str]) -> str:
    if len(phones) == 1 and phones[0].isdigit():  # the common case: one mobile number
        return f"{phones[0]};"
    digits = [_NOT_DIGIT.sub("", p) for p in phones]
    return "".join(f"{d};" for d in digits if d)


def normalise_query(text: str) -> str:
    """What the user typed, as the keys store it: half-width, lower case, no inner blanks."""
    return normalise_text(text).lower()

"""Search keys precomputed per household, so that search-as-you-type is one SQL ``LIKE``.

A key holds the address forms, the head's name, its pinyin initials and full pinyin, space
separated: typing ``5-301``, ``张晓``, ``zxm`` or ``zhangxiaoming`` all hit ``5-2-301 张晓明``. Phone
numbers live in a separate key ending each number with ``;`` so that digits typed match the *last*
digits of a number.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from mutual_aid_desk.core.addresses import Address, address_fragments, normalise_text


_NOT_DIGIT = re.compile(r"\D")


@lru_cache(maxsize=1)
def _pinyin_table() -> dict[int, str]:
    """pypinyin's character table, loaded from its file without importing the package.

    ``import pypinyin`` also loads its phrase dictionary (about half a second); a name only
    needs each character's reading, so the window and the roster open without that wait.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pypinyin is not installed")
    source = Path(spec.origin).parent / "pinyin_dict.py"
    table_spec = importlib.util.spec_from_file_location("mutual_aid_desk._pinyin_dict", source)
    assert table_spec is not None and table_spec.loader is not None
    module = importlib.util.module_from_spec(table_spec)
    table_spec.loader.exec_module(module)
    return module.pinyin_dict


def _toneless(syllable: str) -> str:
    """'zhāng' → 'zhang', 'lǜ' → 'lv' (pypinyin's NORMAL style)."""
    syllable = syllable.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v").replace("ǜ", "v")
    return "".join(c for c in unicodedata.normalize("NFKD", syllable) if not unicodedata.combining(c))


@lru_cache(maxsize=20000)
def _char_pinyin(char: str) -> tuple[str, str]:
    """(initial letter, full syllable) of one character; non-Chinese characters stand for themselves."""
    reading = _pinyin_table().get(ord(char)) if "\u3400" <= char <= "\u9fff" else None
    if not reading:
        low = char.lower()
        return low, low
    full = _toneless(reading.split(",")[0])
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


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")

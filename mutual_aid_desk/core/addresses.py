"""Addresses as residents write them: 楼栋-单元-室号 (``5-2-301``) or 楼栋-室号 (``12-502``).

Parsing accepts the dash form and the spoken form (``5栋2单元301室``, ``12号楼502``) with full-width
characters, and produces one canonical address. ``sort_key`` orders addresses naturally: building
2 before 10, room 301 before 1201, so a list walks building → unit → floor → room.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from mutual_aid_desk.core.values import folded
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, ValidationError

_PART = r"[0-9A-Za-z]{1,6}"
_DASH = re.compile(rf"^({_PART})-(?:({_PART})-)?({_PART})$")
_SPOKEN = re.compile(
    rf"^({_PART})(?:栋|幢|号楼|楼|#)(?:({_PART})(?:单元|门))?({_PART})(?:室|号)?$"
)
_CHUNKS = re.compile(r"(\d+)")

REASON_ADDRESS = QT_TRANSLATE_NOOP(
    "Problems", "not an address: write building-unit-room such as 5-2-301, or building-room such as 12-502"
)
REASON_PART = QT_TRANSLATE_NOOP("Problems", "use 1 to 6 letters or digits")


_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-", "﹣": "-", "_": "-", "/": "-", "、": "-"})


def normalise_text(text: str) -> str:
    """Full-width to half-width, Chinese dashes to ``-``, all blanks removed."""
    return "".join(folded(text).translate(_DASHES).split())


@dataclass(frozen=True, order=False)
class Address:
    building: str
    unit: str  # "" when the compound has no units
    room: str
    # Worked out once on creation: an import asks for both several times per row.
    text: str = field(init=False, repr=False, compare=False)  # 5-2-301
    sort_key: str = field(init=False, repr=False, compare=False)  # natural order: 2 before 10

    def __post_init__(self) -> None:
        b, u, r = self.building, self.unit, self.room
        object.__setattr__(self, "text", f"{b}-{u}-{r}" if u else f"{b}-{r}")
        object.__setattr__(self, "sort_key", sort_key(b, u, r))

    def __str__(self) -> str:
        return self.text

    @property
    def floor(self) -> int | None:
        """Floor from the room number: 301 → 3, 1201 → 12; None when the room has no digits."""
        digits = re.match(r"\d+", self.room)
        if not digits or len(digits.group()) < 3:
            return None
        return int(digits.group()) // 100


@lru_cache(maxsize=65536)
def natural_key(part: str) -> str:
    """A string that sorts like the natural order of ``part``: digit runs padded to 8 places."""
    return _CHUNKS.sub(lambda m: m.group(1).zfill(8), part.upper())


def sort_key(building: str, unit: str, room: str) -> str:
    return "\x1f".join(natural_key(p) for p in (building, unit, room))


def parse_address(text: str, field: str = "address") -> Address:
    """Parse an address as a volunteer types it.

    Raises:
        ValidationError: naming ``field`` when the text is not an address.
    """
    norm = normalise_text(text).upper()
    match = _DASH.match(norm) or _SPOKEN.match(norm)
    if not match:
        raise ValidationError.single(field, text, REASON_ADDRESS)
    building, unit, room = match.group(1), match.group(2) or "", match.group(3)
    # Leading zeros go from every part, so "05-02-0301" is the same flat as "5-2-301" (not a second one).
    return Address(building.lstrip("0") or "0", unit.lstrip("0") or ("0" if unit else ""), room.lstrip("0") or "0")


_PART_RE = re.compile(_PART)
_SUFFIXES = {"building": ("号楼", "栋", "幢"), "unit": ("单元",), "room": ("室",)}


@lru_cache(maxsize=8192)
def _part(value: object, name: str) -> str:
    """One checked part; cached, since a roster repeats the same few buildings, units and rooms."""
    text = normalise_text(str(value or "")).upper()
    for suffix in _SUFFIXES[name]:
        if text.endswith(suffix):
            text = text[: -len(suffix)]
            break
    if (text or name != "unit") and not _PART_RE.fullmatch(text):
        raise ValidationError.single(name, value, REASON_PART)
    return text


def make_address(building: str, unit: str, room: str) -> Address:
    """Build an address from separate building/unit/room cells, checking each part."""
    b, u, r = _part(building, "building"), _part(unit, "unit"), _part(room, "room")
    # Leading zeros go as in ``parse_address``: 室号 0101 is the flat 1-1-101, not a second one.
    return Address(b.lstrip("0") or "0", (u.lstrip("0") or "0") if u else "", r.lstrip("0") or "0")


def address_fragments(addr: Address) -> list[str]:
    """The forms a volunteer may search by: ``5-2-301``, ``5-301``, ``301``."""
    forms = [str(addr)]
    if addr.unit:
        forms.append(f"{addr.building}-{addr.room}")
    forms.append(addr.room)
    return forms

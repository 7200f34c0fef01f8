"""A closed choice as people write it: its code, its Chinese label, or a synonym; and its label."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Generic, TypeVar

from mutual_aid_desk.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


class Vocabulary(Generic[E]):
    """The words for the members of one ``StrEnum``: each member's value, its label, and synonyms.

    Words are matched after trimming and lower-casing, so synonyms are written in lower case.
    """

    def __init__(self, kind: type[E], labels: Mapping[E, str], synonyms: Mapping[str, E] | None = None) -> None:
        self.kind = kind
        self.labels = labels
        self._words: dict[str, E] = {**{m.value: m for m in kind}, **{v: k for k, v in labels.items()},
                                     **(synonyms or {})}

    def label(self, value: str) -> str:
        """The label of a stored code; a code no member has is shown as it is."""
        try:
            return self.labels[self.kind(value)]
        except ValueError:
            return value

    def parse(self, value: str | None, field_name: str, reason: str) -> E:
        """The member a word names.

        Raises:
            ValidationError: no member goes by that word (a blank one included), refused with ``reason``.
        """
        found = self._words.get((value or "").strip().lower())
        if found is None:
            raise ValidationError.single(field_name, value, reason)
        return found

"""Errors a person can act on.

Every error the core raises for bad input, refused actions or unusable files is a ``DeskError``: its
message names the problem in plain words, the command line prints it as one line, and the GUI shows
it translated. Reason texts are marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate`` collects
them for the Chinese translation without the core importing Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged (the UI translates)."""
    return text


class DeskError(Exception):
    """Base of all user-facing errors; ``exit_code`` is what the command line exits with.

    Raise with a message, or better with a template marked ``QT_TRANSLATE_NOOP("Errors", ...)`` and
    its parameters, so the GUI can show it in Chinese: ``ConflictError(TEMPLATE, who=..., at=...)``.
    """

    exit_code = 1

    def __init__(self, message: str = "", **params: Any):
        self.template = message
        self.params = params
        super().__init__(message.format(**params) if params else message)


@dataclass
class Problem:
    """One thing wrong with one value: which field, the value given, and why it is refused.

    ``reason`` is an English template marked for translation; ``params`` fill its ``{placeholders}``.
    ``row`` is set for problems found while importing a file (1-based, as a spreadsheet shows it).
    """

    field: str
    value: Any
    reason: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)  # qualified: ``field`` names a column above
    row: int | None = None

    def reason_text(self) -> str:
        return self.reason.format(**self.params) if self.params else self.reason

    def __str__(self) -> str:
        value = "" if self.value is None else str(self.value)
        if self.row:  # row 0 marks a problem with the file as a whole
            return f"row {self.row}, column {self.field}: value '{value}': {self.reason_text()}"
        return f"{self.field}: value '{value}': {self.reason_text()}"


class ValidationError(DeskError):
    """Input refused before anything was written; carries one ``Problem`` per bad field or row."""

    exit_code = 2

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def single(cls, field: str, value: Any, reason: str, **params: Any) -> ValidationError:
        return cls(Problem(field, value, reason, params))


class ProblemList(list[Problem]):
    """The problems found while checking one input, kept so that all of them are reported at once."""

    def attempt(self, parse: Callable[..., T], *args: Any) -> T | None:
        """``parse(*args)``; when it refuses the value, None, with its problems kept here."""
        try:
            return parse(*args)
        except ValidationError as exc:
            self.extend(exc.problems)
            return None


class NotFound(DeskError):
    """A record named by the user (an address, an id) does not exist."""

    exit_code = 4


class PermissionDenied(DeskError):
    """The current operator's role may not do this; the core refuses, not just the GUI."""

    exit_code = 3


class ConflictError(DeskError):
    """Someone else saved the same record since it was loaded; the later save is refused."""

    exit_code = 5


class DatabaseFileError(DeskError):
    """The station file cannot be used: missing, not a database, corrupt, or from a newer app."""

    exit_code = 6


class DatabaseBusy(DeskError):
    """Another window or command holds the write lock longer than the busy timeout."""

    exit_code = 7


class StorageError(DeskError):
    """The disk refused a write (full, read-only, removed); nothing was saved."""

    exit_code = 8

"""The registry of printed documents: each kind once, spelled one way, and nothing printed outside it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from datetime import date

import mutual_aid_desk.reports as reports
from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.kinds import DOCUMENTS, KINDS
from mutual_aid_desk.reports.walklist import WalkList


def test_each_kind_is_one_kebab_case_spelling() -> None:
    assert len(KINDS) == len(DOCUMENTS)  # no two documents share a kind
    for kind in KINDS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", kind), kind


def test_every_document_in_reports_is_registered() -> None:
    """A new document class that is not listed in ``kinds`` fails here (and is not printed by the font tests)."""
    found = set()
    for info in pkgutil.iter_modules(reports.__path__):
        module = importlib.import_module(f"{reports.__name__}.{info.name}")
        found |= {cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, Document) and not inspect.isabstract(cls) and cls.__module__ == module.__name__}
    assert found == set(DOCUMENTS)


def test_the_file_name_is_the_kind_and_the_date() -> None:
    walk = WalkList(None, [], title="走访清单", purpose="general", on=date(2026, 11, 21))
    assert walk.file_name() == "walklist-2026-11-21.pdf"

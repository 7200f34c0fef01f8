"""The core knows no screen: nothing under db/, core/ or reports/ imports PySide6."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import mutual_aid_desk

PACKAGE = Path(mutual_aid_desk.__file__).resolve().parent
HEADLESS = ("db", "core", "reports")
QT_IMPORT = re.compile(r"^\s*(?:from\s+PySide6[\s.]|import\s+PySide6\b)|import_module\(\s*[\"']PySide6", re.MULTILINE)

PROBE = """
import importlib, pkgutil, sys
import mutual_aid_desk
imported = []
for sub in {packages!r}:
    package = importlib.import_module("mutual_aid_desk." + sub)
    imported.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" in info.name:
            continue  # Alembic scripts run only inside alembic's context
        importlib.import_module(info.name)
        imported.append(info.name)
print("\\n".join(imported))
print("QT" if any(m == "PySide6" or m.startswith("PySide6.") or m == "shiboken6" for m in sys.modules) else "NO-QT")
"""


def test_headless_packages_import_without_pyside6() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE.format(packages=HEADLESS)], capture_output=True, text=True,
                          cwd=PACKAGE.parent, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[-1] == "NO-QT", "a module under db/, core/ or reports/ pulled in PySide6"
    imported = set(lines[:-1])
    # The probe really walked the packages (a silent empty walk would prove nothing).
    assert {"mutual_aid_desk.core.households", "mutual_aid_desk.core.roster", "mutual_aid_desk.db.engine",
            "mutual_aid_desk.reports.document"} <= imported
    on_disk = {f"mutual_aid_desk.{sub}.{p.stem}" for sub in HEADLESS for p in (PACKAGE / sub).glob("*.py")
               if p.stem != "__init__"}
    assert on_disk <= imported


def test_no_headless_source_mentions_a_pyside6_import() -> None:
    offenders = []
    for sub in HEADLESS:
        for path in sorted((PACKAGE / sub).rglob("*.py")):
            for match in QT_IMPORT.finditer(path.read_text(encoding="utf-8")):
                offenders.append(f"{path.relative_to(PACKAGE)}: {match.group().strip()}")
    assert offenders == []


def test_the_import_check_itself_catches_a_qt_import() -> None:
    assert QT_IMPORT.search("from PySide6.QtCore import QObject\n")
    assert QT_IMPORT.search("    import PySide6\n")
    assert QT_IMPORT.search("x = importlib.import_module('PySide6.QtGui')")
    assert not QT_IMPORT.search("# the UI uses PySide6 widgets\n")


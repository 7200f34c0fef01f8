"""Arguments many commands share, declared once: ``command(..., options.INPUT_FILE, options.DRY_RUN)``.

Only the command modules import this (the window's frame builds the global options from ``cli.common``
alone), so it may load the core.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mutual_aid_desk.cli.common import arg
from mutual_aid_desk.core.values import parse_optional_date
from mutual_aid_desk.errors import ValidationError

JSON = arg("--json", action="store_true")
JSON_ARRAY = arg("--json", action="store_true", help="print a JSON array")
DRY_RUN = arg("--dry-run", action="store_true", help="check and summarise, write nothing")
INPUT_FILE = arg("file", type=Path, metavar="FILE")
PDF_OUTPUT = arg("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def date_arg(value: str) -> date:
    """argparse type: a date as volunteers write it; a bad one is reported like any other problem."""
    try:
        parsed = parse_optional_date(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc.problems[0].reason_text())) from None
    if parsed is None:
        raise argparse.ArgumentTypeError("a date is needed")
    return parsed

"""Reading and writing the spreadsheets stations exchange: CSV (UTF-8 or GB18030) and XLSX.

Every import in the app reads through ``read_table``: it finds the header row (skipping a merged
title row above it), maps Chinese or English headers to field names, skips blank rows, and keeps
each row's number as the spreadsheet shows it, so problems can be reported as
``row N, column C: value 'V': reason``.
"""

from __future__ import annotations

import csv
import errno
import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

REASON_ENCODING = QT_TRANSLATE_NOOP("Problems", "the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 or as XLSX")
REASON_FORMAT = QT_TRANSLATE_NOOP("Problems", "only .csv and .xlsx files can be read")
REASON_WRITE_FORMAT = QT_TRANSLATE_NOOP("Problems", "only .csv and .xlsx files can be written")
REASON_UNREADABLE = QT_TRANSLATE_NOOP("Problems", "the file cannot be read: {error}")
REASON_MISSING = QT_TRANSLATE_NOOP("Problems", "this column is missing (accepted headers: {names})")
REASON_NO_HEADER = QT_TRANSLATE_NOOP("Problems", "no header row found: the first rows name none of the expected columns ({names})")
REASON_EMPTY = QT_TRANSLATE_NOOP("Problems", "the file has no data rows")

HEADER_SCAN_ROWS = 10


def _clean_header(text: Any) -> str:
    """'面积(㎡)' → '面积', ' Head ' → 'head', '室 号' → '室号'."""
    s = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    s = re.sub(r"[（(\[【].*?[)）\]】]", "", s)
    s = s.replace("*", "").replace(":", "").replace("：", "")
    return re.sub(r"[\s_]+", "", s)


@dataclass(frozen=True)
class Column:
    """A field an import understands, and every header that names it."""

    field: str
    aliases: tuple[str, ...]

    def matches(self, header: str) -> bool:
        return _clean_header(header) in {_clean_header(a) for a in (self.field, *self.aliases)}


@dataclass
class Table:
    """Rows of one sheet: ``fields`` maps field name → column index; rows keep their sheet row number."""

    headers: list[str]
    fields: dict[str, int]
    rows: list[tuple[int, list[str]]]
    header_row: int

    def value(self, row: list[str], field: str) -> str | None:
        """The cell for ``field`` in ``row``; None when the file has no such column."""
        index = self.fields.get(field)
        if index is None:
            return None
        return row[index] if index < len(row) else ""

    def header(self, field: str) -> str:
        index = self.fields.get(field)
        return self.headers[index] if index is not None else field


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ValidationError(Problem("file", path.name, REASON_ENCODING, row=0))
    if "\x00" in text:
        raise ValidationError(Problem("file", path.name, REASON_ENCODING, row=0))
    reader = csv.reader(io.StringIO(text, newline=""))
    return [(n, [c.strip() for c in r]) for n, r in enumerate(reader, start=1)]


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ValidationError(Problem("file", path.name, REASON_UNREADABLE, {"error": exc}, row=0)) from exc
    try:
        ws = wb.worksheets[0]
        return [(n, [_cell(v) for v in r]) for n, r in enumerate(ws.iter_rows(values_only=True), start=1)]
    finally:
        wb.close()


def read_rows(path: Path) -> list[tuple[int, list[str]]]:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".xlsx":
            return _read_xlsx(path)
    except OSError as exc:
        raise ValidationError(Problem("file", path.name, REASON_UNREADABLE, {"error": exc.strerror}, row=0)) from exc
    raise ValidationError(Problem("file", path.name, REASON_FORMAT, row=0))


def read_table(path: Path, columns: Sequence[Column], required: Sequence[Sequence[str]] = ()) -> Table:
    """Read a sheet and map its headers.

    Args:
        columns: the fields this import understands.
        required: groups of fields; each group must be fully present, and at least one group must
            be (e.g. ``[["address"], ["building", "room"]]``). Empty means nothing is required.

    Raises:
        ValidationError: one problem per missing column, an unknown encoding, or no header row.
    """
    rows = read_rows(path)
    best: tuple[int, int, dict[str, int]] | None = None
    for position, (number, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping: dict[str, int] = {}
        for index, cell in enumerate(cells):
            for column in columns:
                if column.field not in mapping and column.matches(cell):
                    mapping[column.field] = index
                    break
        if mapping and (best is None or len(mapping) > len(best[2])):
            best = (position, number, mapping)
    names = ", ".join(f"{c.aliases[0]}/{c.field}" if c.aliases else c.field for c in columns)
    if best is None:
        raise ValidationError(Problem("header", "", REASON_NO_HEADER, {"names": names}, row=1))
    position, header_number, mapping = best
    headers = rows[position][1]
    if required and not any(all(f in mapping for f in group) for group in required):
        # Name what is missing from the group the file came closest to: a sheet with 楼栋 but no 室号
        # lacks the room column, not a whole-address column.
        group = max(required, key=lambda g: sum(f in mapping for f in g))
        problems = [
            Problem(
                next((c.aliases[0] for c in columns if c.field == f and c.aliases), f),
                "",
                REASON_MISSING,
                {"names": "/".join(next((c.aliases + (c.field,) for c in columns if c.field == f), (f,)))},
                row=header_number,
            )
            for f in group
            if f not in mapping
        ]
        raise ValidationError(problems)
    data = [(n, cells) for n, cells in rows[position + 1 :] if any(c for c in cells)]
    return Table(headers=headers, fields=mapping, rows=data, header_row=header_number)


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, sheet: str = "Sheet1",
                notes: Sequence[tuple[str, str]] = ()) -> None:
    """Write CSV (UTF-8 with BOM, which Excel opens correctly) or XLSX, chosen by the extension.

    ``notes`` (label, value) go to a second XLSX sheet 说明, e.g. whether the data is masked; in a
    CSV they form one line above the header, which ``read_table`` skips when the file comes back.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(Problem("file", path.name, REASON_WRITE_FORMAT))
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "no such folder", str(path.parent))
    if suffix == ".csv":
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            if notes:
                writer.writerow([f"{label}: {value}" for label, value in notes])
            writer.writerow(headers)
            writer.writerows(rows)
        return
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    if notes:
        info = wb.create_sheet("说明")
        for label, value in notes:
            info.append([label, value])
    wb.save(path)

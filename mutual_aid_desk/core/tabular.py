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
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mutual_aid_desk.core.values import folded
from mutual_aid_desk.errors import QT_TRANSLATE_NOOP, Problem, ValidationError

REASON_ENCODING = QT_TRANSLATE_NOOP("Problems", "the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 or as XLSX")
REASON_FORMAT = QT_TRANSLATE_NOOP("Problems", "only .csv and .xlsx files can be read")
REASON_WRITE_FORMAT = QT_TRANSLATE_NOOP("Problems", "only .csv and .xlsx files can be written")
REASON_UNREADABLE = QT_TRANSLATE_NOOP("Problems", "the file cannot be read: {error}")
REASON_MISSING = QT_TRANSLATE_NOOP("Problems", "this column is missing (accepted headers: {names})")
REASON_NO_HEADER = QT_TRANSLATE_NOOP("Problems", "no header row found: the first rows name none of the expected columns ({names})")
REASON_EMPTY = QT_TRANSLATE_NOOP("Problems", "the file has no data rows")

HEADER_SCAN_ROWS = 10

# Bounds on what an import reads, checked before the work (README, "Limits on imported files"): a
# hostile or broken file is refused in seconds with one line naming the limit, never parsed whole.
MAX_FILE_BYTES = 64 * 1024 * 1024  # the file itself (a 100,000-household roster is ~10 MB of CSV)
MAX_ROWS = 200_000  # rows of the sheet, header included
MAX_COLUMNS = 64
MAX_CELL_CHARS = 4_000  # characters in one cell
XLSX_MAX_UNPACKED = 256 * 1024 * 1024  # all parts of an XLSX once unpacked, as its zip directory declares (100,000 rows: ~50 MB)
XLSX_MAX_SHARED_STRINGS = 96 * 1024 * 1024  # the shared-string part, which openpyxl holds in memory whole
XLSX_MAX_RATIO = 120  # unpacked / packed size of any part over 1 MB: a zip bomb is thousands
XLSX_MAX_PARTS = 500

REASON_TOO_BIG = QT_TRANSLATE_NOOP("Problems", "the file is {size} bytes; the limit is {limit} bytes")
REASON_TOO_MANY_ROWS = QT_TRANSLATE_NOOP("Problems", "the sheet has more than {limit} rows; split the file")
REASON_TOO_MANY_COLUMNS = QT_TRANSLATE_NOOP("Problems", "the row has {count} columns; the limit is {limit}")
REASON_CELL_TOO_LONG = QT_TRANSLATE_NOOP("Problems", "the cell holds {count} characters; the limit is {limit}")
REASON_XLSX_BOMB = QT_TRANSLATE_NOOP(
    "Problems", "part {part} of the XLSX unpacks to {size} bytes ({ratio}× its packed size); the limits are "
    "{limit} bytes and {max_ratio}×: this is not an ordinary spreadsheet")
REASON_XLSX_PARTS = QT_TRANSLATE_NOOP("Problems", "the XLSX holds {count} parts; the limit is {limit}")
REASON_CUT_OFF = QT_TRANSLATE_NOOP(
    "Problems", "the file ends in the middle of this row ({count} of {expected} cells): it was cut off; ask for the whole file")
REASON_OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "Problems", "a quoted cell starting in this row is never closed: the file was cut off or is damaged")
REASON_MISENCODED = QT_TRANSLATE_NOOP(
    "Problems", "the text reads as characters a Chinese roster does not contain ({chars}): the file is in another "
    "encoding (Japanese, Korean, traditional Chinese, Cyrillic?); save it as CSV UTF-8 or as XLSX")

# Characters an export could hand to a spreadsheet as the start of a formula (CSV/formula injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _clean_header(text: Any) -> str:
    """'面积(㎡)' → '面积', ' Head ' → 'head', '室 号' → '室号'."""
    s = folded(text).lower()
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
    encoding: str = ""  # the text encoding a CSV was read in ("" for XLSX)

    def value(self, row: list[str], field: str) -> str | None:
        """The cell for ``field`` in ``row``; None when the file has no such column."""
        index = self.fields.get(field)
        if index is None:
            return None
        return row[index] if index < len(row) else ""

    def header(self, field: str) -> str:
        index = self.fields.get(field)
        return self.headers[index] if index is not None else field


def neutralise_formula(value: Any) -> Any:
    """A text cell a spreadsheet would evaluate (``=…``, ``+…``, ``-…``, ``@…``, tab, CR) gets a
    leading apostrophe, so Excel and WPS show it as text; ``restore_formula_text`` undoes it on import.

    Every CSV export goes through this (XLSX marks the cell as text with ``quotePrefix`` instead).
    Numbers are left alone: only text can carry a formula.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore_formula_text(value: str) -> str:
    """The value ``neutralise_formula`` was given: the apostrophe it added is taken off again."""
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def _column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: the column as a spreadsheet names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _check_row(number: int, cells: list[str]) -> list[str]:
    """Bounds on one row; the cells come back with a neutralised formula's apostrophe removed."""
    if len(cells) > MAX_COLUMNS:
        # Trailing empty cells (a sheet formatted far to the right) are no columns.
        while len(cells) > MAX_COLUMNS and not cells[-1]:
            cells.pop()
        if len(cells) > MAX_COLUMNS:
            raise ValidationError(Problem(_column_letter(MAX_COLUMNS), "", REASON_TOO_MANY_COLUMNS,
                                          {"count": len(cells), "limit": MAX_COLUMNS}, row=number))
    for index, cell in enumerate(cells):
        if len(cell) > MAX_CELL_CHARS:
            raise ValidationError(Problem(_column_letter(index), cell[:20] + "…", REASON_CELL_TOO_LONG,
                                          {"count": len(cell), "limit": MAX_CELL_CHARS}, row=number))
        if cell[:1] == "'":
            cells[index] = restore_formula_text(cell)
    return cells


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError(Problem("file", path.name, REASON_TOO_BIG, {"size": size, "limit": MAX_FILE_BYTES}, row=0))


# Scripts that text read as GB18030 turns into when it was written in another encoding: kana and
# hangul (Shift-JIS/EUC-KR/Big5 bytes), Greek, Cyrillic, box drawing, private use (unassigned GB rows).
_FOREIGN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\u31f0-\u31ff"
                      r"\uac00-\ud7af\ue000-\uf8ff\U00020000-\U0003ffff]")
_HAN = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")


def _rare_han(text: str) -> list[str]:
    """The Chinese characters of ``text`` outside GB2312 (the 6,763 everyday ones)."""
    rare = []
    for ch in _HAN.findall(text):
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            rare.append(ch)
    return rare


def _check_gb_text(rows: list[tuple[int, list[str]]]) -> None:
    """Refuse text that decoded as GB18030 only by accident.

    A Japanese, Korean, Big5 or Cyrillic file usually decodes as GB18030 without an error, into
    kana, Greek or box-drawing signs, private-use characters, or Chinese characters outside GB2312
    (山田太郎 in Shift-JIS reads as 嶳揷懢榊). A Chinese roster saved by Excel as GB18030 holds
    everyday characters: an occasional rare one in a name is allowed, a cell mostly made of them is not.
    """
    for number, cells in rows:
        for index, cell in enumerate(cells):
            if cell.isascii():
                continue
            foreign = _FOREIGN.findall(cell)
            rare = _rare_han(cell) if not foreign else []
            han = len(_HAN.findall(cell)) if rare else 0
            if foreign or (rare and (len(rare) >= 3 or len(rare) * 2 > han)):
                bad = "".join(dict.fromkeys(foreign or rare))[:8]
                raise ValidationError(Problem(_column_letter(index), cell[:40], REASON_MISENCODED,
                                              {"chars": bad}, row=number))


class _Rows(list[tuple[int, list[str]]]):
    """Rows read from a file, with the encoding they were decoded from."""

    encoding: str = ""


# The ~400 most common Chinese surnames (over 99 % of people). Used only on text that decoded as
# GB18030 by accident: Korean EUC-KR names land on everyday characters (김철수 → 辫枚荐), but rarely
# on one that starts a Chinese name.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛"
    "樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉"
    "骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗"
    "瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬"
    "来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干"
    "但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由欧阳司马上官诸葛东方皇甫尉迟公孙慕容长孙宇文司徒夏侯"
)
_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def check_names_decoded(table: Table, field: str) -> None:
    """Refuse a GB18030 roster whose names mostly do not start with a Chinese surname.

    A Korean file read as GB18030 decodes into everyday characters that pass ``_check_gb_text``;
    its heads of household then start with characters no surname list holds. Needs three names at
    least, and more than half of them unlike Chinese names, so one unusual name never stops a file.
    """
    index = table.fields.get(field)
    if table.encoding != "gb18030" or index is None:
        return
    names = [(n, cells[index]) for n, cells in table.rows if index < len(cells) and _NAME.fullmatch(cells[index])]
    odd = [(n, name) for n, name in names if name[0] not in COMMON_SURNAMES]
    if len(names) >= 3 and len(odd) * 2 > len(names):
        number, name = odd[0]
        raise ValidationError(Problem(table.headers[index], name, REASON_MISENCODED,
                                      {"chars": "".join(dict.fromkeys(n[0] for _, n in odd))[:8]}, row=number))


def _read_csv(path: Path) -> list[tuple[int, list[str]]]:
    _check_size(path)
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError as exc:
            failed_at = exc.start
            continue
    else:
        # Name the row the text stops being GB18030 in (its cell cannot be told without decoding it).
        raise ValidationError(Problem("file", path.name, REASON_ENCODING, row=raw[:failed_at].count(b"\n") + 1))
    if "\x00" in text:
        raise ValidationError(Problem("file", path.name, REASON_ENCODING, row=0))
    # The module's field limit (128 KiB) would end a long cell in an error naming no row: the file
    # size is bounded above, so let the reader take any field and check each cell's length here.
    if csv.field_size_limit() < MAX_FILE_BYTES:
        csv.field_size_limit(MAX_FILE_BYTES)
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = _Rows()
    rows.encoding = encoding
    for number, record in enumerate(reader, start=1):
        if number > MAX_ROWS:
            raise ValidationError(Problem("file", path.name, REASON_TOO_MANY_ROWS, {"limit": MAX_ROWS}, row=number))
        rows.append((number, _check_row(number, [c.strip() for c in record])))
    if rows and text.count('"') % 2 and _ends_inside_quotes(text):
        # The reader ran to the end of the file inside a quoted cell (it does not complain).
        raise ValidationError(Problem("file", path.name, REASON_OPEN_QUOTE, row=rows[-1][0]))
    if len(rows) >= 2 and not text.endswith(("\n", "\r")):
        # No line end after the last record: if it is also shorter than the rows above, the file
        # was cut off inside it (a short last row would otherwise import as a phantom household).
        number, last = rows[-1]
        expected = max(len(c) for _, c in rows[:-1])
        if len(last) < expected and any(last):
            raise ValidationError(Problem("file", path.name, REASON_CUT_OFF,
                                          {"count": len(last), "expected": expected}, row=number))
    if encoding == "gb18030":
        _check_gb_text(rows)
    return rows


_CSV_MARKS = re.compile(r'[",\r\n]')


def _ends_inside_quotes(text: str) -> bool:
    """True when a quoted cell is still open at the end of ``text``.

    Only reached when the quotes do not pair up, which a stray quote inside an unquoted cell
    (``12"``) also causes; this walks the quotes, commas and line ends only, as the reader does.
    """
    in_quotes, field_start, skip = False, 0, -1
    for mark in _CSV_MARKS.finditer(text):
        pos, ch = mark.start(), mark.group()
        if pos == skip:
            continue
        if in_quotes:
            if ch == '"':
                if text.startswith('"', pos + 1):
                    skip = pos + 1  # "" inside a quoted cell is one quote
                else:
                    in_quotes = False
            continue
        if ch == '"':
            in_quotes = pos == field_start
        else:
            field_start = pos + 1
    return in_quotes


def _check_xlsx_parts(path: Path) -> None:
    """Check the zip directory before openpyxl unpacks anything: a zip bomb is refused unopened.

    ``zipfile`` never unpacks more than a part's declared size (a part that lies fails its CRC), so
    the declared sizes bound what openpyxl can read.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            parts = zf.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ValidationError(Problem("file", path.name, REASON_UNREADABLE, {"error": exc}, row=0)) from exc
    if len(parts) > XLSX_MAX_PARTS:
        raise ValidationError(Problem("file", path.name, REASON_XLSX_PARTS,
                                      {"count": len(parts), "limit": XLSX_MAX_PARTS}, row=0))
    total = 0
    for part in parts:
        total += part.file_size
        ratio = part.file_size // max(part.compress_size, 1)
        limit = XLSX_MAX_SHARED_STRINGS if part.filename.lower().endswith("sharedstrings.xml") else XLSX_MAX_UNPACKED
        if (part.file_size > limit or total > XLSX_MAX_UNPACKED
                or (part.file_size > 1024 * 1024 and ratio > XLSX_MAX_RATIO)):
            raise ValidationError(Problem("file", path.name, REASON_XLSX_BOMB,
                                          {"part": part.filename, "size": part.file_size, "ratio": ratio,
                                           "limit": limit, "max_ratio": XLSX_MAX_RATIO}, row=0))


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    import openpyxl  # lazy: a heavy import, needed only when an XLSX is read or written

    _check_size(path)
    _check_xlsx_parts(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for damaged files
        raise ValidationError(Problem("file", path.name, REASON_UNREADABLE, {"error": exc}, row=0)) from exc
    try:
        ws = wb.worksheets[0]
        rows: list[tuple[int, list[str]]] = []
        # Explicit bounds: the sheet's own <dimension> may claim 16,384 columns (every row padded to
        # it) or fewer rows than it holds (the rest silently dropped).
        cells = ws.iter_rows(min_row=1, min_col=1, max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
        for number, r in enumerate(cells, start=1):
            if number > MAX_ROWS:
                raise ValidationError(Problem("file", path.name, REASON_TOO_MANY_ROWS, {"limit": MAX_ROWS}, row=number))
            rows.append((number, _check_row(number, [_cell(v) for v in r])))
        return rows
    except ValidationError:
        raise
    except Exception as exc:  # a damaged part found while streaming: the file, not the app
        raise ValidationError(Problem("file", path.name, REASON_UNREADABLE, {"error": exc}, row=0)) from exc
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
    return Table(headers=headers, fields=mapping, rows=data, header_row=header_number,
                 encoding=getattr(rows, "encoding", ""))


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
            writer.writerow([neutralise_formula(h) for h in headers])
            writer.writerows([neutralise_formula(v) for v in r] for r in rows)
        return
    import openpyxl  # lazy, as in _read_xlsx

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    ws.append(_xlsx_row(ws, headers))
    for r in rows:
        ws.append(_xlsx_row(ws, r))
    if notes:
        info = wb.create_sheet("说明")
        for label, value in notes:
            info.append(_xlsx_row(info, (label, value)))
    wb.save(path)


def _xlsx_row(ws: Any, values: Sequence[Any]) -> list[Any]:
    """One XLSX row with every formula-like text cell written as text.

    openpyxl turns a string starting with ``=`` into a formula; such a cell is written as a plain
    string with Excel's "quote prefix" (shown as text, never evaluated), keeping the value as it was.
    """
    row: list[Any] = []
    for value in values:
        if isinstance(value, str) and value.startswith(FORMULA_STARTS):
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(ws, value=value)  # openpyxl marks it a formula ("f") ...
            cell.data_type = "s"  # ... this writes it as the text it is
            cell.quotePrefix = True
            row.append(cell)
        else:
            row.append(value)
    return row

"""Two-part receipts for a drive's payments: the resident's copy and the stub the station keeps.

Each payment gets one receipt with its number (No.000123, sequential within the drive), the
address, the masked name of the household head, the amount in figures and in capitals (大写), the
method, the date and the collector, and signature lines. The two parts are separated by a cut line;
two receipts fit on an A4 page, so a batch prints in receipt-number order. A reversed payment's
receipt is printed marked 作废 (void), so the numbers stay complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Table, TableStyle

from mutual_aid_desk.core.funds import METHOD_LABELS, EntryKind, LedgerRow, Method
from mutual_aid_desk.core.integrity import station_head
from mutual_aid_desk.core.masking import mask_name
from mutual_aid_desk.core.money import amount_in_words, format_fen
from mutual_aid_desk.errors import NotFound
from mutual_aid_desk.reports.document import StationDocument
from mutual_aid_desk.reports.styles import para

if TYPE_CHECKING:
    from mutual_aid_desk.core.station import Station

PER_PAGE = 2


def _part(label: str, drive_title: str, station_name: str, row: LedgerRow, head: str, width: float,
          *, stub: bool) -> Table:
    """One part of the receipt. The stub is a compact record the station keeps; the copy is the receipt."""
    number = f"No. {row.receipt_no:06d}"
    void = " 【已冲正 作废】" if row.reversed_by else ""
    method = METHOD_LABELS.get(Method(row.method), row.method) if row.method else ""
    heading = f"{station_name} 众筹收款收据" if not stub else f"{station_name} 收款存根"
    title = Table([[para(heading, "heading" if not stub else "body", spaceBefore=0, spaceAfter=0),
                    para(f"{label}  {number}", "body_right", textColor=colors.HexColor("#B00000"))]],
                  colWidths=[width * 0.62, width * 0.38])
    title.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    lw = 32 * mm
    half = (width - 2 * lw) / 2
    amount = f"¥ {format_fen(row.amount_fen, grouped=True)} 元"
    body: list[list[Any]]
    if stub:
        body = [
            [para("项目", "cell"), para(drive_title + void, "cell"), para("房号 / 户主", "cell"),
             para(f"{row.address}　{head}", "cell")],
            [para("金额", "cell"), para(f"{amount}（{amount_in_words(row.amount_fen)}）", "cell"), "", ""],
            [para("日期 / 方式", "cell"), para(f"{row.day:%Y-%m-%d}　{method}", "cell"), para("收款人", "cell"),
             para(row.collector, "cell")],
        ]
        spans = [("SPAN", (1, 1), (3, 1))]
        heights = None
    else:
        body = [
            [para("项目", "cell"), para(drive_title + void, "cell"), "", ""],
            [para("房号", "cell"), para(row.address, "cell"), para("户主", "cell"), para(head, "cell")],
            [para("金额（小写）", "cell"), para(amount, "cell"), para("缴款方式", "cell"), para(method, "cell")],
            [para("金额（大写）", "cell"), para(amount_in_words(row.amount_fen), "cell"), "", ""],
            [para("缴款日期", "cell"), para(f"{row.day:%Y-%m-%d}", "cell"), para("收款人", "cell"),
             para(row.collector, "cell")],
            [para("收款人签字", "cell"), "", para("（盖章）", "cell"), ""],
        ]
        spans = [("SPAN", (1, 0), (3, 0)), ("SPAN", (1, 3), (3, 3))]
        heights = [None] * (len(body) - 1) + [12 * mm]
    grid = Table(body, colWidths=[lw, half, lw, half], rowHeights=heights)
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        *spans,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    outer = Table([[title], [grid]], colWidths=[width])
    outer.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _cut_line(width: float) -> Table:
    t = Table([[para("- - - - - - - 沿此线剪开：上联存根（互助站留存），下联收据（交缴款人） - - - - - - - -",
                     "small", alignment=1)]], colWidths=[width])
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
    return t


def _between(width: float) -> Table:
    """A dashed line between two receipts on the same page, where the sheet is cut in two."""
    t = Table([[""]], colWidths=[width], rowHeights=[6 * mm])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.grey, None, (3, 3))]))
    return t


def receipt_flowables(drive_title: str, station_name: str, row: LedgerRow, head: str, width: float,
                      audit_head: str = "") -> Flowable:
    """One two-part receipt: the stub on top, the cut line, the resident's copy below.

    ``audit_head`` (the audit chain's head when printed) goes under the resident's copy: the
    payment is in the trail up to that entry, which ``audit verify --anchor`` checks later.
    """
    parts: list[Flowable] = [
        _part("存根", drive_title, station_name, row, head, width, stub=True),
        _cut_line(width),
        _part("收据", drive_title, station_name, row, head, width, stub=False),
    ]
    if audit_head:
        parts.append(para(audit_head, "small"))
    return KeepTogether(parts)


class Receipts(StationDocument):
    """Receipts of a drive's payments (all, or the given numbers), in number order.

    ``render`` raises ``NotFound`` when a requested receipt number does not exist or the drive has no
    payments yet; afterwards ``count`` says how many receipts the file holds.
    """

    kind: ClassVar[str] = "receipts"

    def __init__(self, station: Station, drive_id: int, *, receipt_numbers: Sequence[int] | None = None,
                 on: date | None = None) -> None:
        super().__init__(station, on=on)
        self.drive_id = drive_id
        self.receipt_numbers = receipt_numbers
        self.count = 0

    def record_printed(self, file_name: str) -> None:
        self.station.funds.record_export(self.drive_id, self.kind, file_name)

    def story(self) -> list[Flowable]:
        station, width = self.station, self.width
        info = station.funds.get(self.drive_id)
        payments = [r for r in station.funds.ledger(self.drive_id, kinds=[EntryKind.PAYMENT]) if r.receipt_no]
        if self.receipt_numbers:
            wanted = set(self.receipt_numbers)
            missing = sorted(wanted - {r.receipt_no for r in payments if r.receipt_no})
            if missing:
                raise NotFound(f"No receipt number {', '.join(map(str, missing))} in this drive.")
            payments = [r for r in payments if r.receipt_no in wanted]
        if not payments:
            raise NotFound("This drive has no payments yet, so there are no receipts to print.")
        heads = {r.id: r.head for r in station.households.rows_by_ids(
            sorted({p.household_id for p in payments if p.household_id}))}
        self.station_name = station.settings.get().name
        audit_head = station_head(station).text_zh()
        first, last = payments[0].receipt_no or 0, payments[-1].receipt_no or 0
        self.title = f"{info.title} 收款收据 No.{first:06d}–{last:06d}"
        self.count = len(payments)
        out: list[Flowable] = []
        for index, row in enumerate(payments):
            if index and index % PER_PAGE == 0:
                out.append(PageBreak())
            elif index:
                out.append(_between(width))
            out.append(receipt_flowables(info.title, self.station_name, row,
                                         mask_name(heads.get(row.household_id or 0, "")), width, audit_head))
        return out


class Receipt(Receipts):
    """The receipt of one payment (printed right after recording it)."""

    kind: ClassVar[str] = "receipt"

    def __init__(self, station: Station, entry_id: int, *, on: date | None = None) -> None:
        super().__init__(station, 0, on=on)
        self.entry_id = entry_id

    def record_printed(self, file_name: str) -> None:
        """Noted nowhere: the payment itself is in the audit trail, and its receipt never was."""

    def story(self) -> list[Flowable]:
        row = self.station.funds.entry(self.entry_id)
        if row.kind != EntryKind.PAYMENT or not row.receipt_no:
            raise NotFound(f"Ledger entry {self.entry_id} is not a payment with a receipt.")
        self.drive_id, self.receipt_numbers = row.drive_id, [row.receipt_no]
        return super().story()

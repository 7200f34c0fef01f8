"""``fund create | list | preview | fix | exempt | pay | payments import | refund | expense | reverse |
ledger | status | notice | receipts | arrears | history``: crowdfunding drives from the command line.

Amounts are decimal strings in yuan ("22.08"); JSON prints them as strings too. ``FUND`` is the
drive's id (``fund create`` prints it) or its exact title.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from mutual_aid_desk.cli import options
from mutual_aid_desk.cli.common import CliContext, Subcommands, arg, command, command_group, print_json, print_rows
from mutual_aid_desk.core.funds import (
    DriveInput,
    ExemptMode,
    ExpenseInput,
    NeedsConfirmation,
    PaymentInput,
    SplitPreview,
)
from mutual_aid_desk.core.funds.payment_import import apply_payment_import, preview_payment_import
from mutual_aid_desk.core.money import format_fen
from mutual_aid_desk.errors import StorageError, ValidationError

if TYPE_CHECKING:  # types only: a command that prints loads ReportLab when it runs
    from mutual_aid_desk.core.station import Station
    from mutual_aid_desk.reports.document import Document

D = TypeVar("D", bound="Document")

#: The core reads the method (parse_method): English codes and the words a volunteer writes alike.
METHOD_HELP = "cash, wechat, alipay or bank (also 现金, 微信, 支付宝, 银行转账)"
FUND = arg("fund", metavar="FUND")


def register(sub: Subcommands) -> None:
    fs = command_group(sub, "fund", "crowdfunding drives: shares, payments, receipts, disclosure")

    command(fs, "create", "create a drive and fix its split; prints the new drive's id", cmd_create,
            arg("--title", required=True), arg("--purpose", default=""),
            arg("--cost", required=True, metavar="C", help="total cost in yuan, e.g. 67000"),
            arg("--subsidy", action="append", default=[], metavar="SOURCE=AMOUNT",
                help="a subsidy that reduces the gap (repeatable), e.g. 街道补贴=60000"),
            arg("--split", required=True, choices=["equal", "area", "fixed"]),
            arg("--amount", metavar="A", help="amount per household for --split fixed"),
            arg("--buildings", metavar="B,B", help="only these buildings, e.g. 1,2"),
            arg("--units", metavar="B-U,B-U", help="only these units (stairwells), e.g. 5-1,5-2"),
            arg("--round", dest="rounding", choices=["fen", "yuan"], default="fen",
                help="fen: exact to the fen (default); yuan: each share rounded up, surplus disclosed"),
            arg("--draft", action="store_true", help="record the drive but do not fix the split yet"))

    command(fs, "list", "every drive with money and households collected", cmd_list, options.JSON)

    command(fs, "preview", "show the split as it would be fixed now (writes nothing)", cmd_preview, FUND, options.JSON)

    command(fs, "fix", "fix the split (again); the old split is kept in the history", cmd_fix, FUND,
            arg("--reason", default="", help="why (required once payments exist; coordinators only then)"),
            arg("--split", choices=["equal", "area", "fixed"]), arg("--amount", metavar="A"),
            arg("--round", dest="rounding", choices=["fen", "yuan"]))

    command(fs, "exempt", "exempt a household (re-fixes the split)", cmd_exempt, FUND,
            arg("--household", required=True, metavar="ADDR"), arg("--reason", required=True),
            arg("--uncovered", action="store_true",
                help="leave its share uncovered (default: spread it over the other households)"),
            arg("--remove", action="store_true", help="end the exemption instead"))

    command(fs, "pay", "record a payment; prints its receipt number", cmd_pay, FUND,
            arg("--household", required=True, metavar="ADDR"), arg("--amount", required=True, metavar="A"),
            arg("--method", required=True, metavar="METHOD", help=METHOD_HELP),
            arg("--date", metavar="D", help="YYYY-MM-DD (default: today)"),
            arg("--collector", metavar="NAME", help="who took the money (default: --operator)"),
            arg("--paper-receipt", default="", metavar="NO", help="number in a paper receipt book, if any"),
            arg("--confirm-overpay", action="store_true", help="accept more than the household's share"),
            arg("--confirm-out-of-scope", action="store_true", help="accept a household outside the scope"))

    pay = command_group(fs, "payments", "payments in bulk", "payments_action")
    command(pay, "import", "import payments (CSV/XLSX: address, amount, date, method, collector, receipt); all or nothing", cmd_import,
            FUND, options.INPUT_FILE, options.DRY_RUN,
            arg("--confirm", action="store_true", help="accept overpayments and households outside the scope"))

    command(fs, "refund", "pay money back to a household", cmd_refund, FUND,
            arg("--household", required=True, metavar="ADDR"), arg("--amount", required=True, metavar="A"),
            arg("--reason", required=True), arg("--method", default="cash", metavar="METHOD", help=METHOD_HELP),
            arg("--date", metavar="D"))

    command(fs, "expense", "record money spent from the drive", cmd_expense, FUND, arg("--payee", required=True),
            arg("--amount", required=True, metavar="A"), arg("--purpose", default=""),
            arg("--voucher", default="", metavar="NO", help="invoice or voucher number"),
            arg("--method", default="bank", metavar="METHOD", help=METHOD_HELP), arg("--date", metavar="D"))

    p = fs.add_parser("reverse", help="cancel a ledger entry with a reversing entry (coordinators only)")
    p.add_argument("fund", metavar="FUND")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--entry", type=int, metavar="ID", help="the ledger entry's id (fund ledger shows it)")
    which.add_argument("--receipt", type=int, metavar="N", help="the payment's receipt number")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_reverse)

    command(fs, "close", "close a drive: no more payments; the final notice says what happens to the balance (coordinators)", cmd_close,
            FUND,
            arg("--note", default="", metavar="TEXT",
                help="what happens to the balance (required unless it is zero), e.g. 结余留作楼道维修"))

    command(fs, "reopen", "reopen a closed drive (coordinators only)", cmd_reopen, FUND, arg("--reason", required=True))

    command(fs, "ledger", "every entry of the drive's ledger, oldest first", cmd_ledger, FUND, options.JSON)

    command(fs, "status", "totals, coverage and each household's share", cmd_status, FUND, options.JSON)

    command(fs, "history", "every split fixed for the drive, newest first", cmd_history, FUND)

    command(fs, "notice", "the public disclosure (公示) as PDF, names masked", cmd_notice, FUND, options.PDF_OUTPUT)

    command(fs, "receipts", "two-part receipts (resident copy + stub) as PDF", cmd_receipts, FUND, options.PDF_OUTPUT,
            arg("--receipt", type=int, action="append", default=[], metavar="N", help="only these receipt numbers"))

    command(fs, "arrears", "a walk list of households that still owe, as PDF", cmd_arrears, FUND, options.PDF_OUTPUT,
            arg("--volunteer", action="append", default=[], metavar="NAME"))


def _fund(ctx: CliContext, *, operator: bool = False) -> int:
    return ctx.station(operator=operator).funds.resolve(ctx.args.fund)


def _print_preview(preview: SplitPreview) -> None:
    for w in preview.warnings:
        print(f"warning: {w}", file=sys.stderr)


def cmd_create(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    drive_id = station.funds.create(DriveInput(
        title=a.title, purpose=a.purpose, cost=a.cost, subsidies=a.subsidy, split=a.split, amount=a.amount,
        buildings=a.buildings, units=a.units, rounding=a.rounding))
    if not a.draft:
        preview = station.funds.fix_split(drive_id)
        _print_preview(preview)
        print(f"shares set: {preview.summary()}", file=sys.stderr)
    print(drive_id)
    return 0


def cmd_list(ctx: CliContext) -> int:
    rows = ctx.station().funds.drives()
    if ctx.args.json:
        print_json([{"id": r.id, "title": r.title, "gap": format_fen(r.gap_fen), "due_total": format_fen(r.due_total_fen),
                     "paid_total": format_fen(r.paid_total_fen), "households": r.households,
                     "paid_households": r.paid_households, "closed": r.closed} for r in rows])
        return 0
    for r in rows:
        print(f"{r.id:>4}  {r.title}  paid {format_fen(r.paid_total_fen, grouped=True)} / {format_fen(r.due_total_fen, grouped=True)}"
              f"  households {r.paid_households}/{r.households}" + ("  closed" if r.closed else ""))
    print(f"{len(rows)} drives")
    return 0


def cmd_preview(ctx: CliContext) -> int:
    station = ctx.station()
    preview = station.funds.preview_split(_fund(ctx))
    _print_preview(preview)
    if ctx.args.json:
        print_json({"rule": preview.rule.value, "rounding": preview.rounding.value, "gap": format_fen(preview.gap_fen),
                    "due_total": format_fen(preview.due_total_fen), "surplus": format_fen(preview.surplus_fen),
                    "uncovered": format_fen(preview.uncovered_fen),
                    "shares": [{"address": s.address, "due": format_fen(s.due_fen), "exempt": s.exempt or None}
                               for s in preview.lines]})
        return 0
    for line in preview.lines:
        print(f"{line.address:<12} {format_fen(line.due_fen):>10}  {line.exempt}")
    print(preview.summary())
    return 0


def cmd_fix(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    preview = station.funds.fix_split(_fund(ctx), reason=a.reason, rule=a.split, rounding=a.rounding, amount=a.amount)
    _print_preview(preview)
    print(f"split {preview.split_no} set: {preview.summary()}")
    return 0


def cmd_exempt(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    drive = _fund(ctx)
    if a.remove:
        preview = station.funds.remove_exemption(drive, a.household)
    else:
        preview = station.funds.set_exemption(drive, a.household, a.reason,
                                              ExemptMode.UNCOVERED if a.uncovered else ExemptMode.SPREAD)
    print(f"{'exemption removed' if a.remove else 'exempt'}: {a.household}"
          + (f"; split {preview.split_no} set: {preview.summary()}" if preview else ""))
    return 0


def cmd_pay(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    try:
        row = station.funds.pay(_fund(ctx), PaymentInput(a.household, a.amount, a.method, a.date, a.collector or "",
                                                         a.paper_receipt),
                                confirm_overpay=a.confirm_overpay, confirm_out_of_scope=a.confirm_out_of_scope)
    except NeedsConfirmation as exc:
        flag = "--confirm-overpay" if exc.confirm == "overpay" else "--confirm-out-of-scope"
        for problem in exc.problems:
            print(f"{problem} (add {flag})", file=sys.stderr)
        return exc.exit_code
    print(f"receipt No. {row.receipt_no:06d}: {row.address} paid {format_fen(row.amount_fen)} ({row.method}) to {row.collector}")
    return 0


def cmd_import(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=not a.dry_run)
    drive = _fund(ctx)
    plan = preview_payment_import(station, drive, a.file, confirm=a.confirm)
    if a.dry_run:
        print(f"dry run, nothing written: {plan.summary()}")
        return 0
    plan = apply_payment_import(station, plan)
    print(f"imported {a.file.name}: {plan.summary()}")
    return 0


def cmd_refund(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    row = station.funds.refund(_fund(ctx), a.household, a.amount, method=a.method, day=a.date, note=a.reason)
    print(f"refund entry {row.id}: {row.address} {format_fen(row.amount_fen)}")
    return 0


def cmd_close(ctx: CliContext) -> int:
    station = ctx.station(operator=True)
    info = station.funds.close(_fund(ctx), ctx.args.note)
    balance = station.funds.status(info.id).balance_fen
    print(f"closed drive {info.id} {info.title}: balance {format_fen(balance, grouped=True)}"
          + (f"; {info.close_note}" if info.close_note else ""))
    return 0


def cmd_reopen(ctx: CliContext) -> int:
    station = ctx.station(operator=True)
    info = station.funds.reopen(_fund(ctx), ctx.args.reason)
    print(f"reopened drive {info.id} {info.title}")
    return 0


def cmd_expense(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    row = station.funds.expense(_fund(ctx), ExpenseInput(a.payee, a.amount, a.purpose, a.voucher, a.date, a.method))
    print(f"expense entry {row.id}: {row.payee} {format_fen(row.amount_fen)}")
    return 0


def cmd_reverse(ctx: CliContext) -> int:
    a = ctx.args
    station = ctx.station(operator=True)
    drive = _fund(ctx)
    entry_id = a.entry if a.entry is not None else station.funds.receipt(drive, a.receipt).id
    original = station.funds.entry(entry_id)
    if original.drive_id != drive:
        raise ValidationError.single("entry", entry_id, "the entry belongs to another drive")
    row = station.funds.reverse(entry_id, a.reason)
    print(f"entry {entry_id} reversed by entry {row.id}")
    return 0


def cmd_ledger(ctx: CliContext) -> int:
    rows = ctx.personal().funds.ledger(_fund(ctx))  # payers, collectors and payees by name

    def line(r: Any) -> str:
        who = r.address or r.payee
        receipt = f"No.{r.receipt_no:06d}" if r.receipt_no else ""
        extra = f"reverses {r.reverses_id}" if r.reverses_id else ("REVERSED" if r.reversed_by else "")
        return f"{r.id:>6} {r.day} {r.kind.value:<9} {who:<14} {format_fen(r.amount_fen):>10} {r.method:<7} {receipt:<11} {extra}"
    return print_rows(rows, line, as_json=ctx.args.json, count="entries")


def cmd_status(ctx: CliContext) -> int:
    status = ctx.station().funds.status(_fund(ctx))
    if ctx.args.json:
        print_json(status.as_json())
        return 0
    d = status.drive
    print(f"{d.title}: cost {format_fen(d.cost_fen, grouped=True)}, subsidies {format_fen(d.subsidies_fen, grouped=True)}, "
          f"gap {format_fen(d.gap_fen, grouped=True)}")
    print(f"due {format_fen(status.due_total_fen, grouped=True)}, paid {format_fen(status.paid_total_fen, grouped=True)}, "
          f"expenses {format_fen(status.expenses_total_fen, grouped=True)}, balance {format_fen(status.balance_fen, grouped=True)}")
    if status.surplus_fen:
        print(f"surplus from rounding: {format_fen(status.surplus_fen)}")
    if status.uncovered_fen:
        print(f"left uncovered: {format_fen(status.uncovered_fen)}")
    print(status.coverage.text())
    return 0


def cmd_history(ctx: CliContext) -> int:
    for h in ctx.station().funds.splits(_fund(ctx)):
        print(f"split {h.split_no}  {h.created_at:%Y-%m-%d %H:%M} {h.created_by}  {h.rule}/{h.rounding}  "
              f"due {format_fen(h.due_total_fen)} over {h.households} households  {h.reason}")
    return 0


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise StorageError(f"Cannot write {path}: {exc.strerror}") from exc


def _export(ctx: CliContext, kind: str, build: Callable[[Station, int], D]) -> D:
    """Build one of a drive's documents into ``--output`` and record the export (it holds names and money)."""
    station = ctx.station(operator=True)
    drive = _fund(ctx)
    document = build(station, drive)
    _write(ctx.args.output, document.render())
    station.funds.record_export(drive, kind, ctx.args.output.name)
    return document


def cmd_notice(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.fund_notice import FundNotice  # lazy: ReportLab loads only for a command that prints

    _export(ctx, "notice", FundNotice)
    print(f"wrote {ctx.args.output}")
    return 0


def cmd_receipts(ctx: CliContext) -> int:
    from mutual_aid_desk.reports.receipts import Receipts  # lazy: ReportLab loads only for a command that prints

    receipts = _export(ctx, "receipts", lambda station, drive: Receipts(station, drive,
                                                                          receipt_numbers=ctx.args.receipt or None))
    print(f"wrote {receipts.count} receipts to {ctx.args.output}")
    return 0


def cmd_arrears(ctx: CliContext) -> int:
    # lazy: ReportLab loads only for a command that prints
    from mutual_aid_desk.reports.arrears_walk_list import ArrearsWalkList

    walk_list = _export(ctx, "arrears", lambda station, drive: ArrearsWalkList(station, drive,
                                                                                volunteers=ctx.args.volunteer))
    print(f"wrote a walk list of {walk_list.households} households to {ctx.args.output}")
    return 0

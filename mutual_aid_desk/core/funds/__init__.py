"""Crowdfunding drives (众筹): fair shares, an append-only ledger, receipts, arrears and coverage.

A drive records what it pays for, its cost and its subsidies; the gap to crowdfund is computed. Its
scope is the whole station, chosen buildings or chosen units. How the gap becomes shares is in
``shares``; the ledger's rules (receipt numbers, reversals, closing) are in ``ledger``.

The package, by concern (each imports only those above it):

``terms``        kinds, labels, reasons, inputs and the parsers of what people type
``read_models``  what the service returns: drives, splits, shares, coverage, ledger rows
``base``         the reads every part shares (a drive, a household named by address)
``drives``       a new drive checked and recorded; finding one by id or title
``shares``       splits previewed and fixed, exemptions
``ledger``       payments, refunds, expenses, reversals; closing and reopening
``status``       the drives list, a drive's status and coverage, the ledger read back
``service``      ``FundService``, composed of the four parts above
``payment_import``  payments from a spreadsheet, all or nothing

This module names the package's public API; import from it.
"""

from mutual_aid_desk.core.funds.read_models import (
    Coverage,
    DriveInfo,
    DriveStatus,
    DriveSummary,
    ExemptionRow,
    LedgerRow,
    PreviewLine,
    ShareLine,
    SplitHistoryRow,
    SplitPreview,
)
from mutual_aid_desk.core.funds.service import FundService
from mutual_aid_desk.core.funds.shares import compute_split
from mutual_aid_desk.core.funds.terms import (
    EXEMPT_LABELS,
    KIND_LABELS,
    METHOD_LABELS,
    RULE_LABELS,
    SHARE_STATUS_LABELS,
    DriveInput,
    EntryKind,
    ExemptMode,
    ExpenseInput,
    Method,
    NeedsConfirmation,
    PaymentInput,
    Rounding,
    ScopeKind,
    ShareStatus,
    SplitRule,
)

__all__ = [
    "EXEMPT_LABELS", "KIND_LABELS", "METHOD_LABELS", "RULE_LABELS", "SHARE_STATUS_LABELS",
    "Coverage", "DriveInfo", "DriveInput", "DriveStatus", "DriveSummary", "EntryKind", "ExemptMode",
    "ExemptionRow", "ExpenseInput", "FundService", "LedgerRow", "Method", "NeedsConfirmation", "PaymentInput",
    "PreviewLine", "Rounding", "ScopeKind", "ShareLine", "ShareStatus", "SplitHistoryRow", "SplitPreview",
    "SplitRule", "compute_split",
]

"""``FundService``: the one service of crowdfunding drives, composed of its parts."""

from __future__ import annotations

from mutual_aid_desk.core.funds.drives import DriveMixin
from mutual_aid_desk.core.funds.ledger import LedgerMixin
from mutual_aid_desk.core.funds.shares import ShareMixin
from mutual_aid_desk.core.funds.status import StatusMixin


class FundService(DriveMixin, ShareMixin, LedgerMixin, StatusMixin):
    """Drives, splits, the ledger and their figures. Every write is one audited transaction.

    Each base holds one concern (``drives``, ``shares``, ``ledger``, ``status``) over the reads
    they share (``base.FundsBase``); none calls another's methods.
    """

"""Every printed document, once. A new document is one ``Document`` subclass and one line here.

The registry is what the tests walk to print every kind (with and without the bundled font) and to
check that each kind is spelled once, in kebab-case.
"""

from __future__ import annotations

from mutual_aid_desk.reports.arrears_walk_list import ArrearsWalkList
from mutual_aid_desk.reports.ballots import PaperBallots
from mutual_aid_desk.reports.document import Document
from mutual_aid_desk.reports.fund_notice import FundNotice
from mutual_aid_desk.reports.holdouts_walk_list import HoldoutsWalkList
from mutual_aid_desk.reports.meeting_notice import MeetingNotice, MeetingNoticeSeries
from mutual_aid_desk.reports.notice import Notice
from mutual_aid_desk.reports.patrol_rota import PatrolRota
from mutual_aid_desk.reports.poster import AttendancePoster
from mutual_aid_desk.reports.poster_sources import FundPoster, VotePoster
from mutual_aid_desk.reports.problems_notice import ProblemsNotice
from mutual_aid_desk.reports.receipts import Receipt, Receipts
from mutual_aid_desk.reports.signin import SigninSheet
from mutual_aid_desk.reports.stairwell_posters import StairwellPosters
from mutual_aid_desk.reports.stairwell_report import StairwellReport
from mutual_aid_desk.reports.stairwell_sheets import StairwellSheets
from mutual_aid_desk.reports.vote_notice import VoteNotice
from mutual_aid_desk.reports.walklist import WalkList

DOCUMENTS: tuple[type[Document], ...] = (
    # votes
    PaperBallots,
    VoteNotice,
    HoldoutsWalkList,
    VotePoster,
    # funds
    FundNotice,
    Receipts,
    Receipt,
    ArrearsWalkList,
    FundPoster,
    # meetings and notices
    MeetingNotice,
    MeetingNoticeSeries,
    StairwellPosters,
    SigninSheet,
    AttendancePoster,
    Notice,
    # visits
    WalkList,
    # problems
    StairwellSheets,
    StairwellReport,
    PatrolRota,
    ProblemsNotice,
)

#: kind -> document class, e.g. ``KINDS["vote-notice"] is VoteNotice``.
KINDS: dict[str, type[Document]] = {d.kind: d for d in DOCUMENTS}

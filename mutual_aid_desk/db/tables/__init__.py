"""All tables, imported here so that ``SQLModel.metadata`` knows every one of them.

Each domain keeps its tables in its own module; add one import line per module.
"""

from mutual_aid_desk.db.tables.funds import Drive, Exemption, LedgerEntry, Share, SplitRecord, Subsidy
from mutual_aid_desk.db.tables.households import Household, HouseholdTag
from mutual_aid_desk.db.tables.meetings import Meeting, MeetingAttendance, NoticeTemplate
from mutual_aid_desk.db.tables.operators import AuditEntry, Volunteer
from mutual_aid_desk.db.tables.problems import (
                                                Patrol,
                                                PatrolShift,
                                                PatrolVolunteer,
                                                ProblemEvent,
                                                ReportedProblem,
                                                SheetMark,
                                                StairwellSheet,
)
from mutual_aid_desk.db.tables.station import Setting, StationSettings, Tag
from mutual_aid_desk.db.tables.visits import Consultation, Visit, VisitRevision, VisitVolunteer
from mutual_aid_desk.db.tables.votes import (
                                                Ballot,
                                                BallotAnswer,
                                                BallotKeying,
                                                BallotRevision,
                                                Vote,
                                                VoteItem,
                                                VoteSection,
)

__all__ = [
    "AuditEntry",
    "Household",
    "HouseholdTag",
    "Setting",
    "StationSettings",
    "Tag",
    "Volunteer",
    "Meeting", "MeetingAttendance", "NoticeTemplate",
    "Ballot", "BallotAnswer", "BallotKeying", "BallotRevision", "Vote", "VoteItem", "VoteSection",
    "Visit",
    "VisitVolunteer",
    "VisitRevision",
    "Consultation",
    "Drive", "Exemption", "LedgerEntry", "Share", "SplitRecord", "Subsidy",
    "Patrol", "PatrolShift", "PatrolVolunteer", "ProblemEvent", "ReportedProblem", "SheetMark", "StairwellSheet",
]

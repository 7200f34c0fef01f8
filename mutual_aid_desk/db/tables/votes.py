"""Menu-style votes: a plan of sections and items, one ballot per household, and its history.

``ballot`` holds the one ballot in force per household and vote (a unique pair); every save of it,
first entry or amendment, also appends a ``ballot_revision`` with the answers as they were then, so
the history survives amendments. ``ballot_answer`` rows repeat ``vote_id`` and ``household_id`` so
the tally can group a vote's answers with one index scan. With double entry (双人录入), each
operator's keying of a paper ballot goes to ``ballot_keying``; only two matching keyings by
different people make a ballot.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from mutual_aid_desk.db.tables.common import Versioned, now


class Vote(Versioned, table=True):
    """A plan put to the households: its rule, dates and scope; sections and items hang off it.

    ``thresholds`` is the rule in force as canonical JSON (fractions as "a/b" strings), written for
    every matter class so that a later change of the law's defaults cannot change an old result.
    ``buildings`` is a JSON list; empty means every building.
    """

    __tablename__ = "vote"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    description: str = Field(default="")
    matter: str = Field(default="major")  # major | ordinary | custom
    thresholds: str = Field(default="{}")
    buildings: str = Field(default="[]")
    opens: date | None = Field(default=None, sa_type=Date)
    closes: date | None = Field(default=None, sa_type=Date)
    status: str = Field(default="open", index=True)  # open | closed
    double_entry: bool = Field(default=False)
    closed_at: datetime | None = Field(default=None, sa_type=DateTime)
    closed_by: str = Field(default="")


class VoteSection(SQLModel, table=True):
    __tablename__ = "vote_section"

    id: int | None = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    position: int = Field(default=0)
    title: str


class VoteItem(SQLModel, table=True):
    """One question. ``options`` is a JSON list of labels for choice items; ``max_picks`` for multi."""

    __tablename__ = "vote_item"
    __table_args__ = (UniqueConstraint("vote_id", "key", name="ux_vote_item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    section_id: int = Field(foreign_key="vote_section.id", index=True)
    position: int = Field(default=0)
    key: str
    title: str
    kind: str = Field(default="yesno")  # yesno | choice | multi
    scope: str = Field(default="compound")  # compound | building | unit | household
    options: str = Field(default="[]")
    max_picks: int = Field(default=1)


class Ballot(Versioned, table=True):
    """The ballot in force for one household in one vote; amendments bump ``revision``."""

    __tablename__ = "ballot"
    __table_args__ = (UniqueConstraint("vote_id", "household_id", name="ux_ballot_vote_household"),
                      # The count of late ballots (逾期) on every result: a range of this index.
                      Index("ix_ballot_late", "vote_id", "late_reason"))

    id: int | None = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    channel: str = Field(default="paper")  # meeting | door | paper | proxy
    cast_on: date | None = Field(default=None, sa_type=Date)
    revision: int = Field(default=1)
    note: str = Field(default="")
    late_reason: str = Field(default="", sa_column_kwargs={"server_default": ""})  # accepted after closing: why


class BallotAnswer(SQLModel, table=True):
    """One answer: for yes/no items 1 agree, 2 disagree, 3 abstain; for choices the option number."""

    __tablename__ = "ballot_answer"
    __table_args__ = (
        # The tally groups a vote's answers by item and value: this index covers that scan.
        Index("ix_ballot_answer_tally", "vote_id", "item_id", "value", "household_id"),
    )

    ballot_id: int = Field(foreign_key="ballot.id", primary_key=True)
    item_id: int = Field(foreign_key="vote_item.id", primary_key=True, index=True)
    value: int = Field(primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    household_id: int = Field(foreign_key="household.id", index=True)


class BallotRevision(SQLModel, table=True):
    """A ballot as saved at one moment: kept for every first entry and every amendment."""

    __tablename__ = "ballot_revision"

    id: int | None = Field(default=None, primary_key=True)
    ballot_id: int = Field(foreign_key="ballot.id", index=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    revision: int
    channel: str
    cast_on: date | None = Field(default=None, sa_type=Date)
    answers: str  # JSON {item key: answer}
    entered_by: str
    entered_at: datetime = Field(default_factory=now, sa_type=DateTime)
    note: str = Field(default="")


class BallotKeying(SQLModel, table=True):
    """One operator's keying of a paper ballot under double entry; the latest per person counts."""

    __tablename__ = "ballot_keying"

    id: int | None = Field(default=None, primary_key=True)
    vote_id: int = Field(foreign_key="vote.id", index=True)
    household_id: int = Field(foreign_key="household.id", index=True)
    operator: str
    channel: str
    cast_on: date | None = Field(default=None, sa_type=Date)
    answers: str  # canonical JSON {item key: answer}
    keyed_at: datetime = Field(default_factory=now, sa_type=DateTime)
    reconciled: bool = Field(default=False)

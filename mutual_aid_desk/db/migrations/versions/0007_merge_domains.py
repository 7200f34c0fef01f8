"""Join the domain branches (audit, visits, votes, funds, meetings) into one head.

Each domain's tables were added on its own branch from the foundation; this revision makes the
history linear again, so every later migration has a single parent.

Revision ID: 0007_merge_domains
Revises: 0002_audit_append_only, 0003_visits, 0004_votes, 0005_funds, 0006_meetings
"""
from typing import Sequence, Union

revision: str = "0007_merge_domains"
down_revision: Union[str, Sequence[str], None] = (
    "0002_audit_append_only",
    "0003_visits",
    "0004_votes",
    "0005_funds",
    "0006_meetings",
)
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

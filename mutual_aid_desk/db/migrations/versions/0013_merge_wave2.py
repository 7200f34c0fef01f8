"""Join the second wave's branches (hardening, portability, owners, problem ledger, loose ends) into one head.

Each of these was written from 0007_merge_domains in parallel; this revision makes the history linear
again, so every later migration has a single parent.

Revision ID: 0013_merge_wave2
Revises: 0008_hardening, 0010_owners, 0011_problems, 0012_loose_ends
"""
from typing import Sequence, Union

revision: str = "0013_merge_wave2"
down_revision: Union[str, Sequence[str], None] = (
    "0008_hardening",
    "0010_owners",
    "0011_problems",
    "0012_loose_ends",
)
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

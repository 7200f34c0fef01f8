"""hardening (issue 12): the ledger is append-only in the database too; one canonical address per flat

1. Triggers refuse UPDATE and DELETE on ``fund_ledger``: a mistake is corrected by a reversing
   entry, never by editing, so nothing the app does is refused; a script editing a payment fails
   loudly, and ``audit verify`` reports the triggers if someone drops them.
2. Rooms written with leading zeros (``0101`` in a 室号 column, stored as ``1-1-0101`` before the
   address was made canonical) become ``1-1-101``, with an audit entry for each, so forms,
   search, ballots and payments find them. Where ``1-1-101`` also exists (the same flat imported
   twice) both are left as they are for a coordinator to merge.

Revision ID: 0008_hardening
Revises: 0007_merge_domains
"""
from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op
from sqlmodel import Session

from mutual_aid_desk.core.addresses import make_address
from mutual_aid_desk.core.audit import PendingEntry, append_entries
from mutual_aid_desk.core.households import keys_for
from mutual_aid_desk.errors import ValidationError

revision: str = "0008_hardening"
down_revision: Union[str, Sequence[str], None] = "0007_merge_domains"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

MESSAGE = "the ledger is append-only: correct an entry with a reversing entry, never by editing or deleting it"
TRIGGERS = ("fund_ledger_no_update", "fund_ledger_no_delete")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "CREATE OR REPLACE FUNCTION fund_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
        )
        for name, action in zip(TRIGGERS, ("UPDATE", "DELETE")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON fund_ledger")
            op.execute(f"CREATE TRIGGER {name} BEFORE {action} ON fund_ledger "
                       "FOR EACH ROW EXECUTE FUNCTION fund_ledger_append_only()")
    else:
        for name, action in zip(TRIGGERS, ("UPDATE", "DELETE")):
            op.execute(f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {action} ON fund_ledger "
                       f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
    _canonical_addresses(bind)


def _canonical_addresses(bind: sa.engine.Connection) -> None:
    h = sa.table("household", *(sa.column(c) for c in (
        "id", "building", "unit", "room", "address", "sort_key", "head", "phones", "search_key", "phone_key",
        "archived_at")))
    rows = bind.execute(sa.select(h.c.id, h.c.building, h.c.unit, h.c.room, h.c.address, h.c.head, h.c.phones)
                        .where(h.c.archived_at.is_(None)).order_by(h.c.id)).all()
    live = {r.address for r in rows}
    entries = []
    for r in rows:
        try:
            canonical = make_address(r.building, r.unit, r.room)
        except ValidationError:
            continue
        if canonical.text == r.address or canonical.text in live:
            continue
        bind.execute(sa.update(h).where(h.c.id == r.id).values(
            building=canonical.building, unit=canonical.unit, room=canonical.room, address=canonical.text,
            sort_key=canonical.sort_key, **keys_for(canonical, r.head or "", r.phones or "")))
        live.discard(r.address)
        live.add(canonical.text)
        entries.append(PendingEntry("household", str(r.id), "update", {"address": r.address},
                                    {"address": canonical.text}))
    if entries:
        append_entries(Session(bind=bind), "0008_hardening", entries)


def downgrade() -> None:
    bind = op.get_bind()
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON fund_ledger" if bind.dialect.name == "postgresql"
                   else f"DROP TRIGGER IF EXISTS {name}")
    if bind.dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS fund_ledger_append_only()")

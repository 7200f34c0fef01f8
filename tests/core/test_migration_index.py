"""The app reads its migration files without Alembic at start-up; it must agree with Alembic."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from mutual_aid_desk.db.engine import alembic_config, known_revisions


def test_known_revisions_and_heads_match_alembic() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    known, heads = known_revisions()
    assert known == {rev.revision for rev in script.walk_revisions()}
    assert heads == set(script.get_heads())
    assert len(heads) == 1, "several heads: add a merge revision"

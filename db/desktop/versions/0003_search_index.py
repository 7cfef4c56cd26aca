"""search index and list indexes

Search-as-you-type over 100,000 households must answer in tens of
milliseconds; a LIKE scan of households.search_text takes 40-100 ms there. An
FTS5 trigram index answers substring queries of three or more characters from
the index. Its text is search_text wrapped in "|" so that two-character
queries ("zs", "张三") can be asked as the three-character trigrams "|zs" and
"zs|": a part that starts or ends with them (see services/queries.py).

The index keeps its own copy of the text (not external content): the triggers
then need no old values, and the copy is a few megabytes. Triggers keep it
current whoever writes households (services, sync, the demo generator).

Also indexes for the columns the household list sorts by, so an unfiltered
list of every household comes straight off an index.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE households_fts USING fts5(text, tokenize='trigram')")
    op.execute("INSERT INTO households_fts(rowid, text) "
               "SELECT rowid, '|' || search_text || '|' FROM households")
    op.execute("CREATE TRIGGER households_fts_ai AFTER INSERT ON households BEGIN "
               "INSERT INTO households_fts(rowid, text) VALUES (new.rowid, '|' || new.search_text || '|'); "
               "END")
    op.execute("CREATE TRIGGER households_fts_au AFTER UPDATE OF search_text ON households BEGIN "
               "UPDATE households_fts SET text = '|' || new.search_text || '|' WHERE rowid = old.rowid; "
               "END")
    op.execute("CREATE TRIGGER households_fts_ad AFTER DELETE ON households BEGIN "
               "DELETE FROM households_fts WHERE rowid = old.rowid; "
               "END")
    op.execute("CREATE INDEX ix_households_head_name ON households (head_name)")
    op.execute("CREATE INDEX ix_households_updated_at ON households (updated_at)")
    op.execute("CREATE INDEX ix_applications_submitted_on ON applications (submitted_on)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_applications_submitted_on")
    op.execute("DROP INDEX ix_households_updated_at")
    op.execute("DROP INDEX ix_households_head_name")
    op.execute("DROP TRIGGER households_fts_ad")
    op.execute("DROP TRIGGER households_fts_au")
    op.execute("DROP TRIGGER households_fts_ai")
    op.execute("DROP TABLE households_fts")

"""The city server's tables (SQLAlchemy Core).

Core rather than ORM: a push writes hundreds of rows at once, and executemany
over plain tables is several times faster than building ORM objects. The
Alembic migrations in db/hq/ create exactly these tables; a test compares them.
"""
from __future__ import annotations

from sqlalchemy import (JSON, BigInteger, Boolean, Column, DateTime, ForeignKey,
                        ForeignKeyConstraint, Index,
                        Integer, LargeBinary, MetaData, String, Table, Text)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

# JSONB on PostgreSQL (indexable, compact); JSON text on SQLite.
Json = JSON().with_variant(JSONB(), "postgresql")
# SQLite autoincrements only a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Ts = DateTime(timezone=True)

# One row: the last cursor handed out. Its row lock serialises writers so that
# cursors become visible in commit order and a pull never skips one.
hq_state = Table(
    "hq_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("last_cursor", BigInteger, nullable=False, default=0),
)

site = Table(
    "site", metadata,
    Column("code", String(9), primary_key=True),
    Column("kind", String(10), nullable=False),          # township | county
    Column("name", String(100), nullable=False),
    Column("county_code", String(6), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", Ts, nullable=False),
    Column("revoked_at", Ts),
    Column("last_sync_at", Ts),
    Column("audit_seq", BigInteger, nullable=False, default=0),
    Column("audit_hash", String(64), nullable=False),
)

record = Table(
    "record", metadata,
    Column("id", String(100), primary_key=True),
    Column("entity", String(20), primary_key=True),
    Column("version", BigInteger, nullable=False),
    Column("site_code", String(9), nullable=False),      # owner
    Column("payload", Json, nullable=False),
    Column("digest", String(64), nullable=False),        # sha256 of canonical payload+deleted
    Column("deleted", Boolean, nullable=False, default=False),
    Column("cursor", BigInteger, nullable=False),
    Column("is_reference", Boolean, nullable=False, default=False),
    Column("township_code", String(9)),                 # whose case it concerns
    Column("county_code", String(6)),
    Column("written_by", String(9), nullable=False),     # site (or city) of the last write
    Column("app_type", String(20)),                      # applications only: for the city page
    Column("app_state", String(30)),
    Column("batch_id", String(36)),
    Column("updated_at", Ts, nullable=False),
    Index("ix_record_cursor", "cursor", unique=True),
    Index("ix_record_township_cursor", "township_code", "cursor"),
    Index("ix_record_county_cursor", "county_code", "cursor"),
    Index("ix_record_reference_cursor", "is_reference", "cursor"),
    Index("ix_record_entity_county", "entity", "county_code"),
)

# Every version ever applied (digest only): an old version resent later is a
# duplicate, not a conflict, and the history shows who wrote what.
record_version = Table(
    "record_version", metadata,
    Column("id", String(100), primary_key=True),
    Column("entity", String(20), primary_key=True),
    Column("version", BigInteger, primary_key=True),
    Column("digest", String(64), nullable=False),
    Column("sent_by", String(9), nullable=False),
    Column("batch_id", String(36)),
    Column("at", Ts, nullable=False),
)

# The incoming side of a conflict, kept until a later version from the same
# site settles it (a person chose on the desktop).
conflict = Table(
    "conflict", metadata,
    Column("pk", BigId, primary_key=True, autoincrement=True),
    Column("entity", String(20), nullable=False),
    Column("record_id", String(100), nullable=False),
    Column("version", BigInteger, nullable=False),
    Column("base_version", BigInteger, nullable=False),
    Column("site_code", String(9), nullable=False),
    Column("payload", Json, nullable=False),
    Column("deleted", Boolean, nullable=False),
    Column("sent_by", String(9), nullable=False),
    Column("batch_id", String(36), nullable=False),
    Column("server_version", BigInteger),
    Column("at", Ts, nullable=False),
    Column("resolved_at", Ts),
    Index("ix_conflict_record", "record_id", "entity"),
    Index("ix_conflict_sent_by", "sent_by", "resolved_at"),
)

batch = Table(
    "batch", metadata,
    Column("batch_id", String(36), primary_key=True),
    Column("site_code", String(9), nullable=False),
    Column("digest", String(64), nullable=False),
    Column("received_at", Ts, nullable=False),
    Column("applied", Integer, nullable=False),
    Column("duplicate", Integer, nullable=False),
    Column("conflict", Integer, nullable=False),
    Column("refused", Integer, nullable=False),
    Column("result", Json, nullable=False),              # the PushResult, resent verbatim
    Index("ix_batch_site", "site_code", "received_at"),
)

audit_entry = Table(
    "audit_entry", metadata,
    Column("site_code", String(9), primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("entry_id", String(100), nullable=False),
    Column("at", String(64), nullable=False),
    Column("user", String(200), nullable=False),
    Column("event", String(200), nullable=False),
    Column("entity", String(100)),
    Column("entity_id", String(100)),
    Column("success", Boolean, nullable=False),
    Column("detail", Json),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("batch_id", String(36)),
    Column("received_at", Ts, nullable=False),
    # A version step over one is checked against the entries naming the record.
    Index("ix_audit_entry_site_entity_id", "site_code", "entity_id"),
)

# How many of a site's stored audit entries name each record (as subject or in their
# "changes"): the push's check that a record's versions are audited, one index lookup.
audit_name = Table(
    "audit_name", metadata,
    Column("site_code", String(9), primary_key=True),
    Column("record_id", String(100), primary_key=True),
    Column("entries", Integer, nullable=False),
)

# Complete content only (uploads under way are attachment_upload): checked against its hash.
attachment = Table(
    "attachment", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False, default=0),
    Column("complete", Boolean, nullable=False, default=False),
    Column("uploaded_by", String(9), nullable=False),
    Column("created_at", Ts, nullable=False),
    Column("completed_at", Ts),
)

attachment_part = Table(
    "attachment_part", metadata,
    Column("sha256", String(64), ForeignKey("attachment.sha256", ondelete="CASCADE"),
           primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

# Who proved to hold the complete content (uploaded all of it, checked against its hash):
# the sites that may read it, and the ones told "complete" when they ask.
attachment_holder = Table(
    "attachment_holder", metadata,
    Column("sha256", String(64), ForeignKey("attachment.sha256", ondelete="CASCADE"),
           primary_key=True),
    Column("site_code", String(9), primary_key=True),
    Column("at", Ts, nullable=False),
)

# An upload under way is one site's lease: its parts are its own, no other site sees or
# waits on them, and it lapses (parts deleted) when no part arrived for the lease time.
attachment_upload = Table(
    "attachment_upload", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("site_code", String(9), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("started_at", Ts, nullable=False),
    Column("touched_at", Ts, nullable=False),
    Index("ix_attachment_upload_touched_at", "touched_at"),
)

attachment_upload_part = Table(
    "attachment_upload_part", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("site_code", String(9), primary_key=True),
    Column("offset", BigInteger, primary_key=True),
    Column("data", LargeBinary, nullable=False),
    ForeignKeyConstraint(["sha256", "site_code"],
                         ["attachment_upload.sha256", "attachment_upload.site_code"],
                         ondelete="CASCADE"),
)

# Every member the sites pushed, by ID number: where the city looks for the same
# person in two townships (lishui_hq.duplicates).
person = Table(
    "person", metadata,
    Column("member_id", String(100), primary_key=True),
    Column("id_number", String(18), nullable=False),
    Column("township_code", String(9), nullable=False),
    Column("household_id", String(100), nullable=False),
    Column("name", String(64), nullable=False),
    Column("since", String(32), nullable=False),         # when the township recorded them
    Index("ix_person_id_number", "id_number"),
)

# The same person in households of two townships: open until a person resolves it.
duplicate_person = Table(
    "duplicate_person", metadata,
    Column("id", String(36), primary_key=True),
    Column("id_number", String(18), nullable=False),
    Column("member_a", String(100), nullable=False),
    Column("township_a", String(9), nullable=False),
    Column("member_b", String(100), nullable=False),
    Column("township_b", String(9), nullable=False),
    Column("detected_at", Ts, nullable=False),
    Column("resolved_at", Ts),
    Column("resolved_by", String(200)),
    Column("resolution", Text),
    Index("ix_duplicate_person_id_number", "id_number"),
)

# Old rosters the city accepted for a site: a case pushed as migrated from one of them
# (ApplicationPayload.migrated_from) may arrive already decided; at most ``cases`` such.
migration_source = Table(
    "migration_source", metadata,
    Column("site_code", String(9), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("cases", Integer, nullable=False),
    Column("note", Text, nullable=False),
    Column("allowed_at", Ts, nullable=False),
)

# Who pulled which personal records (PIPL): one row per pull page that carried any.
access_log = Table(
    "access_log", metadata,
    Column("pk", BigId, primary_key=True, autoincrement=True),
    Column("at", Ts, nullable=False),
    Column("site_code", String(9), nullable=False),
    Column("address", String(64), nullable=False),
    Column("entity", String(20), nullable=False),
    Column("count", Integer, nullable=False),
    Column("ids", Json, nullable=False),
    Index("ix_access_log_site_at", "site_code", "at"),
)

# The people who read the city page (sites sign in with their tokens, not here): a city
# administrator sees every county, county staff only their own. Argon2 hashes only.
hq_account = Table(
    "hq_account", metadata,
    Column("username", String(32), primary_key=True),
    Column("role", String(10), nullable=False),          # city | county
    Column("county_code", String(6)),                    # county accounts only
    Column("password_hash", String(200), nullable=False),
    Column("created_at", Ts, nullable=False),
    Column("password_set_at", Ts, nullable=False),
    Column("disabled_at", Ts),
)

# Signed-in browsers: the cookie holds a random token, this table its sha256, so a copy
# of the database signs no one in. In the database rather than the process: a restart or
# a second worker keeps the session, and disabling an account ends its sessions.
hq_session = Table(
    "hq_session", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(32), ForeignKey("hq_account.username", ondelete="CASCADE"),
           nullable=False),
    Column("csrf", String(64), nullable=False),          # the forms' token (logout)
    Column("created_at", Ts, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),    # Unix time in ms: no zone questions
    Index("ix_hq_session_username", "username"),
)

# Failed sign-ins (bad site tokens, bad passwords) per key such as "token:<address>":
# kept here so that a restart or another worker does not wipe an attacker's count.
lockout = Table(
    "lockout", metadata,
    Column("key", String(200), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("first_ms", BigInteger, nullable=False),      # start of the counting window
    Column("until_ms", BigInteger, nullable=False),      # refused until then
    Index("ix_lockout_until_ms", "until_ms"),
)

"""The local database: SQLAlchemy 2 models.

Records that sync (``Synced`` subclasses) carry a client-made UUIDv7 id, a
version, the owning site and who/when. Their ``entity`` name is the name used
on the wire (lishui_desktop.sync.protocol). Local-only tables (users, audit,
outbox, reference data) do not sync as records.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from sqlalchemy import (JSON, Boolean, false, Date, DateTime, ForeignKey, Index, Integer, LargeBinary,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from lishui_desktop.domain.ids import new_id


class Base(DeclarativeBase):
    pass


def bulk_columns(model) -> tuple[list[str], dict]:
    """A table's columns and the scalar defaults of those that have one, for bulk inserts
    (the demo, a roster import) that write rows as plain tuples: a column a row does not
    set takes its default, since an explicit NULL breaks a NOT NULL column a later
    migration added with a default."""
    cols = list(model.__table__.columns)
    return ([c.key for c in cols],
            {c.key: c.default.arg for c in cols if c.default is not None and c.default.is_scalar})


class Synced:
    """Columns every synced record has."""
    entity: ClassVar[str] = ""          # wire name; set on each subclass
    # Columns left out of the sync payload (local bookkeeping).
    local_columns: ClassVar[frozenset[str]] = frozenset()

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1, nullable=False)
    site_code: Mapped[str] = mapped_column(String(12), index=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    updated_by: Mapped[str] = mapped_column(String(64), nullable=False)


# -- casework ---------------------------------------------------------------------

class Household(Synced, Base):
    __tablename__ = "households"
    entity = "household"
    local_columns = frozenset({"search_text"})

    village_code: Mapped[str | None] = mapped_column(String(12), index=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    head_name: Mapped[str] = mapped_column(String(64), default="")   # denormalised for lists
    member_count: Mapped[int] = mapped_column(Integer, default=0)
    housing_type: Mapped[str] = mapped_column(String(32), default="")
    housing_area_dm2: Mapped[int] = mapped_column(Integer, default=0)  # 0.01 m² units
    hardship_cause: Mapped[str] = mapped_column(Text, default="")
    staff_relative: Mapped[bool] = mapped_column(Boolean, default=False)
    staff_relative_note: Mapped[str] = mapped_column(String(200), default="")
    # Names, pinyin, initials, ID numbers, phone and village, lower-cased: what
    # search-as-you-type matches. Rebuilt by the service on every change.
    search_text: Mapped[str] = mapped_column(Text, default="")

    members: Mapped[list[Member]] = relationship(back_populates="household", order_by="Member.seq")
    incomes: Mapped[list[Income]] = relationship(back_populates="household")
    assets: Mapped[list[Asset]] = relationship(back_populates="household")
    applications: Mapped[list[Application]] = relationship(back_populates="household")


class Member(Synced, Base):
    __tablename__ = "members"
    entity = "member"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    relation: Mapped[str] = mapped_column(String(16))
    sex: Mapped[str] = mapped_column(String(1))
    birth_date: Mapped[date] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(32), default="")
    health: Mapped[str] = mapped_column(String(100), default="")
    disability_type: Mapped[str | None] = mapped_column(String(16))
    disability_grade: Mapped[int | None] = mapped_column(Integer)
    selfcare_failed: Mapped[list] = mapped_column(JSON, default=list)   # item codes failed
    occupation: Mapped[str] = mapped_column(String(64), default="")
    covered: Mapped[bool] = mapped_column(Boolean, default=True)        # counted in the household
    # The person's own account benefits are paid into (一卡通), as the office's roster had it.
    bank_name: Mapped[str | None] = mapped_column(String(64))
    bank_account: Mapped[str | None] = mapped_column(String(32))
    # A member who moved out or died stays on file (history, notices already issued)
    # but no longer counts in the household: not its size, not the per-capita divisor.
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(String(200))

    household: Mapped[Household] = relationship(back_populates="members")


class Income(Synced, Base):
    __tablename__ = "incomes"
    entity = "income"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    category: Mapped[str] = mapped_column(String(32))
    monthly_fen: Mapped[int] = mapped_column(Integer)
    employment_start: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")

    household: Mapped[Household] = relationship(back_populates="incomes")


class Asset(Synced, Base):
    __tablename__ = "assets"
    entity = "asset"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(String(200), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    value_fen: Mapped[int] = mapped_column(Integer, default=0)

    household: Mapped[Household] = relationship(back_populates="assets")


class Application(Synced, Base):
    __tablename__ = "applications"
    __table_args__ = (
        Index("ix_applications_state_due", "state", "due_date"),
        # The dashboard's and the worklist's queries, answered from the index (migration h16g_list_indexes).
        Index("ix_applications_township_due", "township_code", "state", "due_date", "assigned_to",
              "paid_first_on", "completed_on"),
        Index("ix_applications_county_due", "county_code", "state", "due_date", "assigned_to",
              "paid_first_on", "completed_on"),
        Index("ix_applications_township_notice", "township_code", "state", "notice_end"),
        Index("ix_applications_county_notice", "county_code", "state", "notice_end"),
    )
    entity = "application"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), index=True)
    applicant_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))
    type: Mapped[str] = mapped_column(String(16), index=True)
    state: Mapped[str] = mapped_column(String(24), index=True)
    township_code: Mapped[str] = mapped_column(String(9), index=True)
    county_code: Mapped[str] = mapped_column(String(6), index=True)
    submitted_on: Mapped[date] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    handed_up_on: Mapped[date | None] = mapped_column(Date)
    notice_start: Mapped[date | None] = mapped_column(Date)
    notice_end: Mapped[date | None] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    requested_fen: Mapped[int | None] = mapped_column(Integer)   # one-off types: amount asked
    special_hardship: Mapped[bool] = mapped_column(Boolean, default=False)
    missing_materials: Mapped[list] = mapped_column(JSON, default=list)
    review_recommends: Mapped[bool | None] = mapped_column(Boolean)
    proposed_fen: Mapped[int | None] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int | None] = mapped_column(Integer)       # decided monthly/one-off amount
    start_month: Mapped[str | None] = mapped_column(String(7))
    decided_on: Mapped[date | None] = mapped_column(Date)
    # The refusal's delivery (送达): the day, and {method, recipient, place} for the 送达回证.
    delivered_on: Mapped[date | None] = mapped_column(Date)
    delivery: Mapped[dict | None] = mapped_column(JSON)
    extension_reason: Mapped[str | None] = mapped_column(Text)    # why the limit went to 45 days
    reasons: Mapped[list] = mapped_column(JSON, default=list)     # latest refusal/stop reasons
    # Users who took in, investigated or reviewed the case: barred from deciding it.
    involved: Mapped[list] = mapped_column(JSON, default=list)
    # Kept by the service from domain.deadlines so lists sort and filter in SQL.
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    assigned_to: Mapped[str | None] = mapped_column(String(36), index=True)
    # 复核: the day the next periodic review falls due (kept by services.reviews).
    next_review_on: Mapped[date | None] = mapped_column(Date, index=True)
    # A case brought over from the office's earlier roster: the sha256 of that file.
    migrated_from: Mapped[str | None] = mapped_column(String(64))
    # 急难型临时救助 (domain.urgent_aid): urgent, paid first by the township on
    # ``paid_first_on``; its paperwork completed on ``completed_on`` ({statement, items,
    # visit_id} in ``completion``).
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    paid_first_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    completion: Mapped[dict | None] = mapped_column(JSON)

    household: Mapped[Household] = relationship(back_populates="applications")
    events: Mapped[list[CaseEvent]] = relationship(back_populates="application",
                                                  order_by="CaseEvent.at")
    visits: Mapped[list[Visit]] = relationship(back_populates="application",
                                               order_by="Visit.visit_date")


class CaseEvent(Synced, Base):
    __tablename__ = "case_events"
    entity = "case_event"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(24))
    to_state: Mapped[str] = mapped_column(String(24))
    actor_name: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    params: Mapped[dict] = mapped_column(JSON, default=dict)

    application: Mapped[Application] = relationship(back_populates="events")


class Visit(Synced, Base):
    __tablename__ = "visits"
    entity = "visit"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    visit_date: Mapped[date] = mapped_column(Date)
    investigators: Mapped[list] = mapped_column(JSON, default=list)   # names as signed
    investigator_ids: Mapped[list] = mapped_column(JSON, default=list)
    by_county: Mapped[bool] = mapped_column(Boolean, default=False)
    findings: Mapped[dict] = mapped_column(JSON, default=dict)
    conclusion: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[Application] = relationship(back_populates="visits")


class Attachment(Synced, Base):
    __tablename__ = "attachments"
    entity = "attachment"

    application_id: Mapped[str | None] = mapped_column(ForeignKey("applications.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True)
    filename: Mapped[str] = mapped_column(String(200))
    mime: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class Notice(Synced, Base):
    __tablename__ = "notices"
    entity = "notice"

    application_id: Mapped[str | None] = mapped_column(ForeignKey("applications.id"), index=True)
    village_code: Mapped[str | None] = mapped_column(String(12))
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64))
    content_hash: Mapped[str] = mapped_column(String(64))
    content: Mapped[dict] = mapped_column(JSON, default=dict)   # what was printed, for reprints
    copy_of: Mapped[str | None] = mapped_column(String(36))
    issued_on: Mapped[date] = mapped_column(Date)
    # A correction (更正) is a new original; the one it replaces points to it.
    superseded_by: Mapped[str | None] = mapped_column(String(36))
    correction_reason: Mapped[str | None] = mapped_column(Text)


class Decision(Synced, Base):
    """The county's decision on a township's case (or the township's, when delegated)."""
    __tablename__ = "decisions"
    entity = "decision"

    application_id: Mapped[str] = mapped_column(String(36), index=True)
    township_code: Mapped[str] = mapped_column(String(9), index=True)
    type: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))   # approved | refused | returned | raise | ...
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    start_month: Mapped[str | None] = mapped_column(String(7))
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    decided_by: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    # The county's own home visit (staff relatives), when it was made after the hand-up:
    # {"visit_date": ISO, "investigators": [...], "conclusion": ...}
    county_visit: Mapped[dict | None] = mapped_column(JSON)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)   # taken into the case here
    # Document number given by the deciding body (its prefix, its yearly sequence).
    number: Mapped[str | None] = mapped_column(String(64))
    local_columns = frozenset({"applied"})


class Review(Synced, Base):
    """复核 of an active case: periodic, or opened early by a reported change.

    Steps: opened -> visited (home visit recorded) -> proposed (recalculated, with the
    township's proposal) -> decided (continue / raise / reduce / stop by the competent body).
    """
    __tablename__ = "reviews"
    entity = "review"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    trigger: Mapped[str] = mapped_column(String(16))             # domain.review.TRIGGERS
    note: Mapped[str] = mapped_column(Text, default="")           # what was reported, by whom
    opened_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)   # opened|visited|proposed|decided
    visit_date: Mapped[date | None] = mapped_column(Date)
    investigators: Mapped[list] = mapped_column(JSON, default=list)
    findings: Mapped[dict] = mapped_column(JSON, default=dict)
    conclusion: Mapped[str] = mapped_column(Text, default="")
    current_fen: Mapped[int | None] = mapped_column(Integer)
    recalculated_fen: Mapped[int | None] = mapped_column(Integer)
    explanation: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str | None] = mapped_column(String(16))      # domain.review.OUTCOMES
    proposed_fen: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(String(16))
    amount_fen: Mapped[int | None] = mapped_column(Integer)
    reasons: Mapped[list] = mapped_column(JSON, default=list)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_id: Mapped[str | None] = mapped_column(String(36))
    # the deciding body's document number when the review continued the benefit (its notice)
    number: Mapped[str | None] = mapped_column(String(40))


class CrossCheck(Synced, Base):
    """信息核对 request: the township asks the county's check with the signed authorisation
    (domain.crosscheck). ``persons`` is who was asked about, as sent (name, ID, relation)."""
    __tablename__ = "crosschecks"
    entity = "crosscheck"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    township_code: Mapped[str] = mapped_column(String(9), index=True)
    # Not unique in the schema: a synced record's field never is (a pull must not fail on
    # another site's copy); the service numbers requests per site and year.
    request_no: Mapped[str] = mapped_column(String(32), index=True)
    authorised_by: Mapped[str] = mapped_column(String(64))
    authorised_on: Mapped[date] = mapped_column(Date)
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[str] = mapped_column(String(64))
    persons: Mapped[list] = mapped_column(JSON, default=list)
    exported_at: Mapped[datetime | None] = mapped_column(DateTime)   # sent in a batch file


class CrossCheckResult(Synced, Base):
    """The result of one request, per source (and person): written where it was recorded,
    by the township or by the county (then it reaches the township like a Decision)."""
    __tablename__ = "crosscheck_results"
    entity = "crosscheck_result"

    # One result per request as the service records it; two sites recording offline at
    # once both keep theirs, and the earliest counts (services.crosscheck.latest_result).
    crosscheck_id: Mapped[str] = mapped_column(String(36), index=True)
    application_id: Mapped[str] = mapped_column(String(36), index=True)
    township_code: Mapped[str] = mapped_column(String(9), index=True)
    # [{"source", "found", "detail", "checked_on", "id_number"}] (domain.crosscheck.Finding)
    findings: Mapped[list] = mapped_column(JSON, default=list)
    outcome: Mapped[str] = mapped_column(String(16))          # clear | ineligible
    reason: Mapped[str | None] = mapped_column(String(32))    # domain.codes.REASONS code
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    by_county: Mapped[bool] = mapped_column(Boolean, default=False)
    source_file: Mapped[str | None] = mapped_column(String(64))   # sha256 of an imported file


class BankAccount(Synced, Base):
    """The household's payee account for 一卡通 payments (sensitive: shown masked)."""
    __tablename__ = "bank_accounts"
    entity = "bank_account"

    household_id: Mapped[str] = mapped_column(ForeignKey("households.id"), unique=True)
    member_id: Mapped[str | None] = mapped_column(ForeignKey("members.id"))   # the holder
    bank_name: Mapped[str] = mapped_column(String(64))
    account_no: Mapped[str] = mapped_column(String(30))


class PayrollRoll(Synced, Base):
    """发放名册 header: one per township, month and assistance type. It syncs (the
    county approves it); its lines stay in the township's file, summed here by village."""
    __tablename__ = "payroll_rolls"
    __table_args__ = (UniqueConstraint("township_code", "month", "type"),)
    entity = "payroll_roll"

    township_code: Mapped[str] = mapped_column(String(9), index=True)
    month: Mapped[str] = mapped_column(String(7), index=True)
    type: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))          # domain.payroll.ROLL_STATES
    line_count: Mapped[int] = mapped_column(Integer, default=0)
    total_fen: Mapped[int] = mapped_column(Integer, default=0)
    paid_fen: Mapped[int] = mapped_column(Integer, default=0)
    failed_fen: Mapped[int] = mapped_column(Integer, default=0)
    # {village_code: {"lines", "total_fen", "paid_fen", "failed_fen"}}
    by_village: Mapped[dict] = mapped_column(JSON, default=dict)
    lines_digest: Mapped[str] = mapped_column(String(64), default="")
    built_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_off_by: Mapped[str | None] = mapped_column(String(64))
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(64))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    returns_imported_at: Mapped[datetime | None] = mapped_column(DateTime)


class PayrollApproval(Synced, Base):
    """The county's approval of a township's roll (written by the county, like a Decision)."""
    __tablename__ = "payroll_approvals"
    entity = "payroll_approval"

    roll_id: Mapped[str] = mapped_column(String(36), index=True)
    township_code: Mapped[str] = mapped_column(String(9), index=True)
    month: Mapped[str] = mapped_column(String(7))
    type: Mapped[str] = mapped_column(String(16))
    total_fen: Mapped[int] = mapped_column(Integer)
    lines_digest: Mapped[str] = mapped_column(String(64))
    approved_by: Mapped[str] = mapped_column(String(64))
    approved_at: Mapped[datetime] = mapped_column(DateTime)
    applied: Mapped[bool] = mapped_column(Boolean, default=False)
    local_columns = frozenset({"applied"})


class MonthlyReport(Synced, Base):
    """The month's statutory statistics as filed by a township (or county) for the city."""
    __tablename__ = "monthly_reports"
    __table_args__ = (UniqueConstraint("unit_code", "month"),)
    entity = "monthly_report"

    unit_code: Mapped[str] = mapped_column(String(9), index=True)   # township or county
    month: Mapped[str] = mapped_column(String(7), index=True)
    # {type: {"total": Figures, "units": {code: Figures}}}
    figures: Mapped[dict] = mapped_column(JSON, default=dict)
    filed_by: Mapped[str] = mapped_column(String(64))
    filed_at: Mapped[datetime] = mapped_column(DateTime)




# -- local-only ---------------------------------------------------------------------

class AttachmentBlob(Base):
    """File contents by hash, kept inside the database so backups hold them too."""
    __tablename__ = "attachment_blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    # When the city server confirmed it holds the whole content (None: still to send).
    uploaded_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Site(Base):
    """This installation: one row."""
    __tablename__ = "site"
    code: Mapped[str] = mapped_column(String(9), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))        # township | county
    county_code: Mapped[str] = mapped_column(String(6))
    server_url: Mapped[str] = mapped_column(String(200), default="")
    token: Mapped[str] = mapped_column(String(200), default="")
    signing_key: Mapped[str] = mapped_column(String(200), default="")   # Ed25519 private, base64
    public_key: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    site_code: Mapped[str] = mapped_column(String(9))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    site_code: Mapped[str] = mapped_column(String(12))
    at: Mapped[str] = mapped_column(String(32))          # ISO text: hashed exactly as stored
    user: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(48))
    entity: Mapped[str] = mapped_column(String(32), default="")
    entity_id: Mapped[str] = mapped_column(String(36), default="")
    success: Mapped[bool] = mapped_column(Boolean, default=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")   # canonical JSON text
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    pushed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class OutboxEntry(Base):
    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    base_version: Mapped[int] = mapped_column(Integer)
    site_code: Mapped[str] = mapped_column(String(12))
    # Filled when the row is put into a batch: until then the live record is the
    # payload, which keeps the outbox small and always sends the latest version.
    payload: Mapped[dict | None] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    batch_id: Mapped[str | None] = mapped_column(String(36), index=True)


class Standard(Base):
    __tablename__ = "standards"
    __table_args__ = (UniqueConstraint("county_code", "kind", "effective_from"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    county_code: Mapped[str] = mapped_column(String(6))
    kind: Mapped[str] = mapped_column(String(24))
    amount_fen: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16), default="default")   # default | city


class HolidayDay(Base):
    __tablename__ = "holidays"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))    # holiday | workday (adjusted working weekend)


class ApprovalLevel(Base):
    __tablename__ = "approval_levels"
    county_code: Mapped[str] = mapped_column(String(6), primary_key=True)
    type: Mapped[str] = mapped_column(String(16), primary_key=True)
    level: Mapped[str] = mapped_column(String(16))   # county | township


class Village(Base):
    __tablename__ = "villages"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    township_code: Mapped[str] = mapped_column(String(9), index=True)


class RosterImport(Base):
    """A roster file imported into this database: a file is taken once."""
    __tablename__ = "roster_imports"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(64))
    households: Mapped[int] = mapped_column(Integer)
    members: Mapped[int] = mapped_column(Integer)
    cases: Mapped[int] = mapped_column(Integer)


class DuplicatePerson(Base):
    """The same person in households of two townships, as the city found it (pulled)."""
    __tablename__ = "duplicate_persons"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)     # the city's case id
    id_number: Mapped[str] = mapped_column(String(18), index=True)
    payload: Mapped[dict] = mapped_column(JSON)     # both sides: who, where, since when
    detected_at: Mapped[str] = mapped_column(String(32))
    resolved_at: Mapped[str | None] = mapped_column(String(32))


class SiteKey(Base):
    __tablename__ = "site_keys"
    site_code: Mapped[str] = mapped_column(String(12), primary_key=True)
    public_key: Mapped[str] = mapped_column(String(200))


class SyncConflict(Base):
    """A record changed here and on the server: both versions kept until a person chooses."""
    __tablename__ = "sync_conflicts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    local_version: Mapped[int] = mapped_column(Integer)
    local_payload: Mapped[dict] = mapped_column(JSON)
    server_version: Mapped[int] = mapped_column(Integer)
    server_payload: Mapped[dict] = mapped_column(JSON)
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))


class SyncRefusal(Base):
    """A change the server refused, with its reason: shown on the sync page until dismissed."""
    __tablename__ = "sync_refusals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    payload: Mapped[dict] = mapped_column(JSON)
    refused_at: Mapped[datetime] = mapped_column(DateTime)
    dismissed_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The server's version of the record: a corrected record goes again on top of it.
    base_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    field: Mapped[str | None] = mapped_column(String(200))
    resent_at: Mapped[datetime | None] = mapped_column(DateTime)


class PayrollLine(Synced, Base):
    """One payment of a roll, with the payee and account as they were when it was built.

    Synced (written in bulk by services.payroll.build): the county approves, prints and
    sends to the bank a township's roll from its own file, and the city checks a roll's
    header against its lines. Lines made before they synced have version 0 (migration
    0022): such a roll is rebuilt before it is signed off."""
    __tablename__ = "payroll_lines"
    entity = "payroll_line"

    roll_id: Mapped[str] = mapped_column(ForeignKey("payroll_rolls.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    application_id: Mapped[str] = mapped_column(String(36), index=True)
    household_id: Mapped[str] = mapped_column(String(36))
    village_code: Mapped[str] = mapped_column(String(12), default="")
    name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(18))
    persons: Mapped[int] = mapped_column(Integer, default=1)
    bank_name: Mapped[str] = mapped_column(String(64), default="")
    account_no: Mapped[str] = mapped_column(String(30), default="")
    kind: Mapped[str] = mapped_column(String(16))
    for_month: Mapped[str] = mapped_column(String(7))
    amount_fen: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8), default="pending")   # pending | paid | failed
    failure_reason: Mapped[str] = mapped_column(String(200), default="")
    reissue_of: Mapped[str | None] = mapped_column(String(36))          # a PaymentFailure id


class PaymentFailure(Base):
    """A payment the bank returned: corrected (account fixed) then re-issued in a later roll."""
    __tablename__ = "payment_failures"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    line_id: Mapped[str] = mapped_column(ForeignKey("payroll_lines.id"), unique=True)
    application_id: Mapped[str] = mapped_column(String(36), index=True)
    household_id: Mapped[str] = mapped_column(String(36))
    type: Mapped[str] = mapped_column(String(16))
    for_month: Mapped[str] = mapped_column(String(7))
    amount_fen: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(12), index=True)   # open | corrected | reissued
    reported_at: Mapped[datetime] = mapped_column(DateTime)
    corrected_at: Mapped[datetime | None] = mapped_column(DateTime)
    corrected_by: Mapped[str | None] = mapped_column(String(64))
    reissue_roll_id: Mapped[str | None] = mapped_column(String(36))


class OverpaymentRecovery(Base):
    """多发 of a stopped case paid back outside the roll (at the township's window or by
    transfer), recorded against the months it settles, oldest first."""
    __tablename__ = "overpayment_recoveries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    application_id: Mapped[str] = mapped_column(String(36), index=True)
    for_month: Mapped[str] = mapped_column(String(7))
    amount_fen: Mapped[int] = mapped_column(Integer)
    receipt_no: Mapped[str] = mapped_column(String(64))
    recovered_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class SyncParked(Base):
    """A pulled record waiting for its parent record to arrive (see migration 0004)."""
    __tablename__ = "sync_parked"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer)
    site_code: Mapped[str] = mapped_column(String(12))
    payload: Mapped[dict] = mapped_column(JSON)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    # the missing parent's id (migration 0021): a page retries only what it brought the parent of
    waits_for: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)


SYNCED_MODELS = (Household, Member, Income, Asset, Application, CaseEvent, Visit, Attachment,
                 Notice, Decision, Review, BankAccount, PayrollRoll, PayrollApproval, MonthlyReport,
                 CrossCheck, CrossCheckResult, PayrollLine)
MODEL_BY_ENTITY = {m.entity: m for m in SYNCED_MODELS}


# Partial indexes made by migration 0005 (declared here so metadata matches the schema).
Index("ix_outbox_unsent", OutboxEntry.seq, sqlite_where=OutboxEntry.batch_id.is_(None))
Index("ix_decisions_unapplied", Decision.township_code, sqlite_where=Decision.applied == False)  # noqa: E712
Index("ix_sync_conflicts_open", SyncConflict.detected_at,
      sqlite_where=SyncConflict.resolved_at.is_(None))
Index("ix_audit_unpushed", AuditEntry.site_code, AuditEntry.seq,
      sqlite_where=AuditEntry.pushed == False)  # noqa: E712

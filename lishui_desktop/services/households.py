"""Household records: create and edit with members, income, assets; reveal an ID number.

Everything is validated through the domain model before anything is written;
errors carry a field path such as ``members[1].id_number`` so a form can put
the message beside the right box.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from lishui_desktop.domain import household as hh
from lishui_desktop.domain import idnumber
from lishui_desktop.domain.errors import ConflictError, DomainError, NotFound, PermissionDenied, ValidationError
from lishui_desktop.domain.workflow import Role
from lishui_desktop.store.models import Application, Asset, Household, Income, Member, Village

from .context import Context
from lishui_desktop.store.search_index import household_search_text


@dataclass
class MemberForm:
    name: str
    id_number: str
    relation: str
    phone: str = ""
    health: str = ""
    disability_type: str | None = None
    disability_grade: int | None = None
    selfcare_failed: list[str] = field(default_factory=list)
    occupation: str = ""
    covered: bool = True
    id: str | None = None           # set when editing an existing member
    # Moved out (or died): the member stays on file with the date and reason but no
    # longer counts in the household (size, per-capita divisor, covered persons).
    left_on: date | None = None
    left_reason: str = ""


@dataclass
class IncomeForm:
    category: str
    monthly_fen: int
    member: int | None = None       # index into HouseholdForm.members
    employment_start: date | None = None
    note: str = ""


@dataclass
class AssetForm:
    kind: str
    value_fen: int
    description: str = ""
    quantity: int = 1


@dataclass
class HouseholdForm:
    village_code: str | None
    address: str
    members: list[MemberForm]
    phone: str = ""
    incomes: list[IncomeForm] = field(default_factory=list)
    assets: list[AssetForm] = field(default_factory=list)
    housing_type: str = ""
    housing_area_m2: Decimal | None = None
    hardship_cause: str = ""
    staff_relative: bool = False
    staff_relative_note: str = ""


def _prefixed(path: str, exc: DomainError) -> DomainError:
    exc.field = f"{path}.{exc.field}" if exc.field else path
    return exc


def validate(form: HouseholdForm, today: date) -> hh.HouseholdFacts:
    """The domain's view of the form; raises the first problem with its field path."""
    if not form.members:
        raise ValidationError("household.no_members", "a household needs at least one member",
                              field="members")
    members = []
    seen = {}
    for i, m in enumerate(form.members):
        try:
            info = idnumber.parse(m.id_number, today=today)
            if info.number in seen:
                raise ValidationError("member.duplicate_id",
                                      f"the same ID number as member {seen[info.number] + 1}",
                                      field="id_number")
            seen[info.number] = i
            if m.disability_grade is not None and not m.disability_type:
                raise ValidationError("disability.type", "a grade needs a disability type",
                                      field="disability_type")
            _check_left(m, info.birth_date, today)
            members.append(hh.Member(name=m.name, relation=m.relation, id_number=info.number,
                                     birth_date=info.birth_date, sex=info.sex,
                                     disability_type=m.disability_type or None,
                                     disability_grade=m.disability_grade,
                                     selfcare_failed=frozenset(m.selfcare_failed),
                                     covered=m.covered and m.left_on is None, member_id=str(i)))
            hh.selfcare_level(m.selfcare_failed)
        except DomainError as exc:
            raise _prefixed(f"members[{i}]", exc)
    present = [dm for mf, dm in zip(form.members, members) if mf.left_on is None]
    if not present:
        raise ValidationError("household.no_members", "a household needs at least one member living in it",
                              field="members")
    if sum(1 for m in present if m.relation == hh.HEAD) != 1:
        raise ValidationError("household.head", "exactly one member is the household head (户主)",
                              field="members")
    incomes = []
    for i, inc in enumerate(form.incomes):
        try:
            if inc.member is not None and not 0 <= inc.member < len(members):
                raise ValidationError("income.member", "no such member", field="member")
            incomes.append(hh.IncomeItem(category=inc.category, monthly_fen=inc.monthly_fen,
                                         member_id=None if inc.member is None else str(inc.member),
                                         employment_start=inc.employment_start, note=inc.note))
        except DomainError as exc:
            raise _prefixed(f"incomes[{i}]", exc)
    assets = []
    for i, a in enumerate(form.assets):
        try:
            assets.append(hh.Asset(kind=a.kind, value_fen=a.value_fen, description=a.description))
            if a.quantity < 1:
                raise ValidationError("asset.quantity", "quantity is at least 1", field="quantity")
        except DomainError as exc:
            raise _prefixed(f"assets[{i}]", exc)
    if form.housing_type and form.housing_type not in hh.HOUSING_TYPES:
        raise ValidationError("housing.type", f"unknown housing type {form.housing_type!r}",
                              field="housing_type")
    if form.housing_area_m2 is not None and form.housing_area_m2 < 0:
        raise ValidationError("housing.area", "area must not be negative", field="housing_area_m2")
    if form.staff_relative and not form.staff_relative_note.strip():
        raise ValidationError("household.staff_relative_note",
                              "say whose relative (name and post of the staff member)",
                              field="staff_relative_note")
    if not (form.village_code or "").strip():
        # Batch printing and the 公示 are per village: a household without one is lost to both.
        raise ValidationError("household.village_required", "choose the household's village",
                              field="village_code")
    for i, inc in enumerate(form.incomes):
        if inc.member is not None and form.members[inc.member].left_on is not None:
            raise ValidationError("income.member_left", "the member has moved out; their income is not "
                                  "the household's", field=f"incomes[{i}].member")
    return hh.HouseholdFacts(members=members, incomes=incomes, assets=assets,
                        housing_type=form.housing_type or None,
                        housing_area_m2=form.housing_area_m2)


def check_moved_out(m: MemberForm, today: date) -> None:
    """The moved-out record of one member as saving will check it (for a form's early word)."""
    _check_left(m, idnumber.parse(m.id_number, today=today).birth_date, today)


def _check_left(m: MemberForm, birth: date, today: date) -> None:
    if m.left_on is None:
        if m.left_reason.strip():
            raise ValidationError("member.left_on", "give the day the member moved out", field="left_on")
        return
    if not isinstance(m.left_on, date) or m.left_on > today or m.left_on < birth:
        raise ValidationError("member.left_on", "the day the member moved out is between their birth and today",
                              field="left_on")
    if not m.left_reason.strip():
        raise ValidationError("member.left_reason", "say why the member left (moved, married, died ...)",
                              field="left_reason")
    if m.relation == hh.HEAD:
        raise ValidationError("member.left_head", "choose another household head before the head moves out",
                              field="relation")


def present_members(h: Household) -> list[Member]:
    """The members living in the household now (not moved out): who counts everywhere."""
    return [m for m in h.members if m.left_on is None]


def household_size(h: Household) -> int:
    return len(present_members(h))


def _other_households(s, ctx: Context, model: hh.HouseholdFacts, form: HouseholdForm,
                      household_id: str | None) -> None:
    """One person, one household within the site: a member's ID number already living
    in another household here is refused, naming that household (moving a person is
    its own action: record them as moved out there first)."""
    numbers = {dm.id_number: i for i, (mf, dm) in enumerate(zip(form.members, model.members))
               if mf.left_on is None}
    if not numbers:
        return
    q = (select(Member.id_number, Household.id, Household.head_name, Household.address, Village.name)
         .join(Household, Household.id == Member.household_id)
         .outerjoin(Village, Village.code == Household.village_code)
         .where(Member.id_number.in_(list(numbers)), Member.left_on.is_(None),
                Household.site_code == ctx.site.code))
    if household_id is not None:
        q = q.where(Household.id != household_id)
    row = s.execute(q.limit(1)).first()
    if row is not None:
        number, other_id, head, address, village = row
        raise ValidationError("member.other_household",
                              f"this person already lives in the household of {head} ({village or ''} {address})",
                              field=f"members[{numbers[number]}].id_number", household_id=other_id,
                              head_name=head, village=village or "", address=address or "")


def _require_township_staff(ctx: Context) -> None:
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER):
        raise PermissionDenied("household.role", "only township staff record households",
                               field="role")


def save_household(ctx: Context, form: HouseholdForm, *, household_id: str | None = None,
                   expected_version: int | None = None) -> str:
    """Create (no id) or replace the household's details, members, incomes and assets."""
    _require_township_staff(ctx)
    model = validate(form, ctx.today())
    event = "household.update" if household_id else "household.create"
    with ctx.work(event, entity="household") as w:
        s = w.session
        village_name = ""
        if form.village_code:
            village = s.get(Village, form.village_code)
            if village is None:
                raise ValidationError("household.village", f"unknown village {form.village_code}",
                                      field="village_code")
            village_name = village.name
        _other_households(s, ctx, model, form, household_id)
        if household_id is None:
            h = Household()
            _fill_household(h, form, model)
            w.add(h)
            existing: dict[str, Member] = {}
        else:
            h = s.get(Household, household_id)
            if h is None:
                raise NotFound("household.missing", "no such household", field="household_id")
            if h.site_code != ctx.site.code:
                raise PermissionDenied("household.foreign", "this household belongs to another site",
                                       field="household_id")
            if expected_version is not None and h.version != expected_version:
                raise ConflictError("household.changed",
                                    "someone changed this household meanwhile; reopen it",
                                    field="version", expected=expected_version, actual=h.version)
            _fill_household(h, form, model)
            w.touch(h)
            existing = {m.id: m for m in h.members}
            for row in [*h.incomes, *h.assets]:
                w.remove(row)
            s.flush()
            s.expire(h, ["incomes", "assets"])
        w.entity_id = h.id
        member_rows = []
        for i, (mf, dm) in enumerate(zip(form.members, model.members)):
            row = existing.pop(mf.id, None) if mf.id else None
            new = row is None
            row = row or Member(household_id=h.id)
            row.seq = i
            row.name, row.id_number, row.relation = dm.name, dm.id_number, dm.relation
            row.sex, row.birth_date = dm.sex, dm.birth_date
            row.phone, row.health, row.occupation = mf.phone.strip(), mf.health.strip(), mf.occupation.strip()
            row.disability_type, row.disability_grade = dm.disability_type, dm.disability_grade
            row.selfcare_failed, row.covered = sorted(dm.selfcare_failed), dm.covered
            row.left_on = mf.left_on
            row.left_reason = mf.left_reason.strip() or None if mf.left_on else None
            w.add(row) if new else w.touch(row)
            member_rows.append(row)
        for gone in existing.values():
            # Taken out of the form: entered by mistake, so removed. A person who lived
            # here and left is recorded as moved out instead (date and reason), and one
            # a case names as its applicant cannot be removed.
            if s.scalar(select(Application.id).where(Application.applicant_id == gone.id).limit(1)):
                raise ValidationError("member.remove_applicant",
                                      f"{gone.name} is the applicant of a case: record them as moved out "
                                      "with the date and reason instead", field="members", name=gone.name)
            w.remove(gone)
        for inc in form.incomes:
            w.add(Income(household_id=h.id, category=inc.category, monthly_fen=inc.monthly_fen,
                         member_id=None if inc.member is None else member_rows[inc.member].id,
                         employment_start=inc.employment_start, note=inc.note))
        for a in form.assets:
            w.add(Asset(household_id=h.id, kind=a.kind, description=a.description,
                        quantity=a.quantity, value_fen=a.value_fen))
        present = [m for m in member_rows if m.left_on is None]
        head = next(m for m in present if m.relation == hh.HEAD)
        h.head_name = head.name
        h.member_count = len(present)
        h.search_text = household_search_text([m.name for m in present],
                                              [m.id_number for m in present],
                                              [form.phone] + [m.phone for m in present],
                                              village_name, form.address)
        return h.id


def _fill_household(h: Household, form: HouseholdForm, model: hh.HouseholdFacts) -> None:
    h.village_code = form.village_code or None
    h.address = form.address.strip()
    h.phone = form.phone.strip()
    h.housing_type = form.housing_type
    h.housing_area_dm2 = int((form.housing_area_m2 or 0) * 100)
    h.hardship_cause = form.hardship_cause.strip()
    h.staff_relative = form.staff_relative
    h.staff_relative_note = form.staff_relative_note.strip()


def reveal_id_number(ctx: Context, member_id: str, *, purpose: str = "view") -> str:
    """The full ID number; every reveal is an audit entry (resident ID card law art. 19).

    Only the roles that work on cases read it (not the system administrator), and only
    for households within the user's own scope (their township, or the approver's county)."""
    from lishui_desktop.domain import admin
    from .queries import scope_of
    if not admin.may_reveal_ids(ctx.user.role):
        raise PermissionDenied("member.reveal_denied", "this role does not read full ID numbers",
                               field="member_id")
    scope = scope_of(ctx)
    with ctx.work("member.reveal_id", entity="member", entity_id=member_id) as w:
        m = w.session.get(Member, member_id)
        h = w.session.get(Household, m.household_id) if m is not None else None
        township = "" if h is None else (h.site_code if len(h.site_code or "") == 9
                                         else (h.village_code or "")[:9])
        if h is None or (scope.township and township != scope.township) or \
                (scope.county and not township.startswith(scope.county)):
            # Outside the user's scope reads as absent: a number is not confirmed to exist.
            raise NotFound("member.missing", "no such member", field="member_id")
        w.detail = {"purpose": purpose, "household_id": m.household_id}
        return m.id_number


def domain_household(h: Household) -> hh.HouseholdFacts:
    """The stored household as the benefit rules see it."""
    members = [hh.Member(name=m.name, relation=m.relation, birth_date=m.birth_date, sex=m.sex,
                         disability_type=m.disability_type, disability_grade=m.disability_grade,
                         selfcare_failed=frozenset(m.selfcare_failed or ()), covered=m.covered,
                         member_id=m.id)
               for m in present_members(h)]
    present = {m.member_id for m in members}
    incomes = [hh.IncomeItem(category=i.category, monthly_fen=i.monthly_fen, member_id=i.member_id,
                             employment_start=i.employment_start, note=i.note) for i in h.incomes
               if i.member_id is None or i.member_id in present]
    assets = [hh.Asset(kind=a.kind, value_fen=a.value_fen, description=a.description)
              for a in h.assets]
    return hh.HouseholdFacts(members=members, incomes=incomes, assets=assets,
                        housing_type=h.housing_type or None,
                        housing_area_m2=Decimal(h.housing_area_dm2) / 100, household_id=h.id)


def villages(ctx: Context) -> list[tuple[str, str]]:
    with ctx.db.read() as s:
        return [(v.code, v.name) for v in s.scalars(
            select(Village).where(Village.township_code == ctx.site.code[:9]).order_by(Village.code))]


def form_for_edit(ctx: Context, household_id: str) -> tuple[HouseholdForm, int]:
    """The stored household as a form to edit, and the version it was read at.

    The form carries the members' full ID numbers, since saving needs them; the
    GUI keeps them masked on screen until a person asks (``reveal_id_number``).
    Loading them is audited as one event: they leave the database here.
    """
    with ctx.work("household.open_edit", entity="household", entity_id=household_id) as w:
        h = w.session.get(Household, household_id)
        if h is None:
            raise NotFound("household.missing", "no such household", field="household_id")
        members = list(h.members)
        index = {m.id: i for i, m in enumerate(members)}
        form = HouseholdForm(
            village_code=h.village_code, address=h.address, phone=h.phone,
            members=[MemberForm(name=m.name, id_number=m.id_number, relation=m.relation, phone=m.phone,
                                health=m.health, disability_type=m.disability_type,
                                disability_grade=m.disability_grade,
                                selfcare_failed=list(m.selfcare_failed or ()), occupation=m.occupation,
                                covered=m.covered, id=m.id, left_on=m.left_on,
                                left_reason=m.left_reason or "")
                     for m in members],
            incomes=[IncomeForm(category=i.category, monthly_fen=i.monthly_fen,
                                member=index.get(i.member_id) if i.member_id else None,
                                employment_start=i.employment_start, note=i.note)
                     for i in h.incomes],
            assets=[AssetForm(kind=a.kind, value_fen=a.value_fen, description=a.description,
                              quantity=a.quantity) for a in h.assets],
            housing_type=h.housing_type,
            housing_area_m2=Decimal(h.housing_area_dm2) / 100 if h.housing_area_dm2 else None,
            hardship_cause=h.hardship_cause, staff_relative=h.staff_relative,
            staff_relative_note=h.staff_relative_note)
        w.detail = {"members": len(members)}
        return form, h.version

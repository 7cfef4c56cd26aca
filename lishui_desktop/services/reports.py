"""The statutory monthly report (月报) from the cases, decisions and approved rolls.

At a township the units are its villages; at a county, its townships (from
the records the county holds of them). A case counts in a month when the
amount in force that month is above zero (the same rule the roll uses); the
amount paid is what the month's approved rolls carry.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from lishui_desktop.domain import payroll as pr
from lishui_desktop.domain import report as rp
from lishui_desktop.domain.errors import PermissionDenied
from lishui_desktop.domain.workflow import Role, State
from lishui_desktop.store.models import (Application, Household, Member, MonthlyReport,
                                         PayrollRoll, Village)

from .context import Context
from .payroll import _changes_by_case

_PERSON_LEVEL = ("tekun", "ertong")


@dataclass
class MonthlyReportData:
    month: str
    unit_code: str                # the reporting township or county
    unit_level: str               # "village" | "township"
    unit_names: dict[str, str]
    types: list[rp.TypeReport]
    checks: list[rp.CheckResult]

    @property
    def ok(self) -> bool:
        return not self.checks


def _month_end(month: str) -> date:
    nxt = pr.add_months(month, 1)
    return date.fromordinal(date(int(nxt[:4]), int(nxt[5:7]), 1).toordinal() - 1)


def monthly(ctx: Context, month: str, *, progress=None) -> MonthlyReportData:
    month = pr.check_month(month)
    county = len(ctx.site.code) == 6
    prev = pr.add_months(month, -1)
    on = _month_end(month)
    with ctx.db.read() as s:
        if county:
            from lishui_desktop.domain import regions
            names = {t: regions.township_name(t) for t in regions.townships_of(ctx.site.code)}
        else:
            names = {v.code: v.name for v in s.scalars(select(Village))}
        members: dict[str, list] = defaultdict(list)
        by_id = {}
        counted = select(Application.household_id).where(
            Application.type.in_(rp.REPORT_TYPES),
            Application.state.in_([State.APPROVED.value, State.STOPPED.value]))
        for m in s.execute(select(Member.id, Member.household_id, Member.birth_date,
                                  Member.disability_type, Member.disability_grade, Member.covered)
                           .where(Member.household_id.in_(counted))):
            by_id[m.id] = m
            if m.covered:
                members[m.household_id].append(m)
        villages = dict(s.execute(select(Household.id, Household.village_code)
                                  .where(Household.id.in_(counted))).all())
        rolls = defaultdict(dict)
        for r in s.scalars(select(PayrollRoll).where(PayrollRoll.month == month,
                                                     PayrollRoll.state == pr.APPROVED)):
            if county:
                rolls[r.type][r.township_code] = rolls[r.type].get(r.township_code, 0) + r.total_fen
            else:
                for v, t in (r.by_village or {}).items():
                    rolls[r.type][v] = rolls[r.type].get(v, 0) + int(t.get("total_fen", 0))
        types = []
        for i, typ in enumerate(rp.REPORT_TYPES):
            apps = {a.id: a for a in s.scalars(select(Application).where(
                Application.type == typ,
                Application.state.in_([State.APPROVED.value, State.STOPPED.value])))}
            changes = _changes_by_case(s, typ, apps) if typ != "linshi" else {}
            t = rp.TypeReport(typ)
            for a in apps.values():
                unit = a.township_code if county else (villages.get(a.household_id) or "")
                if typ == "linshi":
                    now_, before = a.start_month == month, False
                else:
                    cs = changes.get(a.id, [])
                    now_, before = pr.entitlement(cs, month) > 0, pr.entitlement(cs, prev) > 0
                if not (now_ or before):
                    continue
                f = t.units.setdefault(unit, rp.Figures())
                f.previous += before
                f.added += now_ and not before
                f.exited += before and not now_
                if now_:
                    f.households += 1
                    if typ in _PERSON_LEVEL:
                        m = by_id.get(a.applicant_id or "")
                        people = [m] if m is not None else members.get(a.household_id, [])[:1]
                    else:
                        people = members.get(a.household_id, [])
                    for m in people:
                        f.persons += 1
                        disabled = m.disability_type is not None and (m.disability_grade or 4) <= 2
                        cat = rp.person_category(m.birth_date, disabled, on)
                        setattr(f, cat, getattr(f, cat) + 1)
            for unit, fen in rolls.get(typ, {}).items():
                t.units.setdefault(unit, rp.Figures()).amount_fen += fen
            for f in t.units.values():
                t.total.add(f)
            types.append(t)
            if progress:
                progress(i + 1, len(rp.REPORT_TYPES))
    return MonthlyReportData(month, ctx.site.code, "township" if county else "village", names,
                             types, rp.check_report(types))


def submit(ctx: Context, data: MonthlyReportData) -> str:
    """File the month's figures for the city (one record per unit and month, replaced
    when filed again); it goes up with the next sync."""
    if ctx.user.role not in (Role.CASEWORKER, Role.REVIEWER, Role.APPROVER):
        raise PermissionDenied("report.role", "case staff file the monthly report", field="role")
    figures = {t.type: {"total": t.total.as_dict(),
                        "units": {u: f.as_dict() for u, f in sorted(t.units.items())}}
               for t in data.types}
    with ctx.work("report.file", entity="monthly_report") as w:
        rec = w.session.scalar(select(MonthlyReport).where(MonthlyReport.unit_code == data.unit_code,
                                                           MonthlyReport.month == data.month))
        if rec is None:
            rec = w.add(MonthlyReport(unit_code=data.unit_code, month=data.month, figures=figures,
                                      filed_by=ctx.user.display_name, filed_at=ctx.now()))
        else:
            rec.figures, rec.filed_by, rec.filed_at = figures, ctx.user.display_name, ctx.now()
            w.touch(rec)
        w.entity_id = rec.id
        w.detail = {"month": data.month, "checks_failed": len(data.checks)}
        return rec.id

"""Reference data as the rules need it: holiday calendar, standards, approval levels, settings.

The city server hands these down (sync); until then the defaults seeded at
setup apply.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lishui_desktop.domain import benefit, county_rules, deadlines, urgent_aid
from lishui_desktop.domain.workdays import HolidayCalendar
from lishui_desktop.store import lunar, settings
from lishui_desktop.store.models import ApprovalLevel, HolidayDay, Standard


# Computed years run this far past the last official year (or this year): far
# enough for a 45-working-day limit started in any year we have.
_COMPUTED_YEARS_AHEAD = 2


def calendar(s: Session) -> HolidayCalendar:
    """The official schedule the city handed down, and for the years after it
    the statutory holidays computed from the national rules (provisional)."""
    # Plain rows: a few hundred days per year held, read for every recount.
    rows = [tuple(r) for r in s.execute(select(HolidayDay.day, HolidayDay.kind))]
    official = {d.year for d, _ in rows}
    last = max(official | {date.today().year})
    first = min(official) if official else date.today().year
    computed = [d for y in range(first, last + _COMPUTED_YEARS_AHEAD + 1) if y not in official
                for d in lunar.computed_holidays(y)]
    return HolidayCalendar.from_entries(rows, computed)


def standards(s: Session, county_code: str) -> list[benefit.Standard]:
    return [benefit.Standard(county_code=r.county_code, kind=r.kind, amount_fen=r.amount_fen,
                             effective_from=r.effective_from)
            for r in s.scalars(select(Standard).where(Standard.county_code == county_code))]


def approval_level(s: Session, county_code: str, assistance_type: str) -> str:
    row = s.get(ApprovalLevel, (county_code, assistance_type))
    return row.level if row else "county"


def dibao_method(s: Session, county_code: str) -> dict:
    """The county's dibao method (MCA 2021 allows the gap or a banded method)."""
    method = settings.get(s, f"dibao.method.{county_code}", "gap")
    if method != "banded":
        return {"method": "gap"}
    return {"method": "banded",
            "bands": [tuple(b) for b in settings.get_json(s, f"dibao.bands.{county_code}", [])]}


def set_dibao_method(ctx, method: str, bands: list[tuple[int, int]] | None = None) -> None:
    """Set this county's dibao method (an administrator's setting until the city hands it down)."""
    from lishui_desktop.domain import admin
    from lishui_desktop.domain.errors import ValidationError
    admin.require(ctx.user.role, admin.AdminAction.SITE_SETTINGS)
    if method not in ("gap", "banded"):
        raise ValidationError("dibao.method", "the method is 'gap' or 'banded'", field="method")
    if method == "banded":
        if not bands:
            raise ValidationError("dibao.bands", "a banded method needs its income bands",
                                  field="bands")
        for bound, amount in bands:
            if not (isinstance(bound, int) and isinstance(amount, int)) or bound <= 0 or amount < 0:
                raise ValidationError("dibao.bands", "bands are (upper bound, amount) in whole fen",
                                      field="bands")
    county = ctx.site.county_code
    with ctx.work("settings.dibao_method", entity="settings") as w:
        settings.put(w.session, f"dibao.method.{county}", method)
        settings.put_json(w.session, f"dibao.bands.{county}", [list(b) for b in bands or []])
        w.detail = {"county": county, "method": method, "bands": bands or []}


def city_rules(s: Session, code: str) -> dict | None:
    """The 'county_rules' record the city handed down for ``code`` (a county, or 331100
    for the whole city), as domain.county_rules.check stored it; None until it has."""
    return settings.get_json(s, settings.CITY_COUNTY_RULES.format(code), None)


def _city_figures(s: Session, county_code: str) -> dict:
    return (city_rules(s, county_code) or {}).get("figures", {})


def deadline_limits(s: Session, county_code: str) -> deadlines.Limits:
    """The county's time limits: the decision limit is a county figure (Zhejiang 5
    working days by default; a county following MCA 2021 may set 10), handed down by the
    city; the local setting serves an office the city has not given it to."""
    completion = urgent_rules(s, county_code).completion_days
    city = _city_figures(s, county_code)
    if "decision_days" in city:
        return deadlines.Limits(decision=int(city["decision_days"]), pay_first_completion=completion)
    days = settings.get(s, f"limits.decision.{county_code}", "")
    kw = {"decision": int(days)} if days else {}
    return deadlines.Limits(pay_first_completion=completion, **kw)


def urgent_rules(s: Session, county_code: str) -> urgent_aid.Rules:
    """The county's pay-first rules for urgent temporary aid (先行救助): the delegated
    limit and the completion period, as the city handed them down (the ``urgent_aid``
    reference record); the documented defaults until then."""
    limit_key, days_key = settings.urgent_keys(county_code)
    limit, days = settings.get(s, limit_key, ""), settings.get(s, days_key, "")
    return urgent_aid.Rules(limit_fen=int(limit) if limit else urgent_aid.DEFAULT_LIMIT_FEN,
                            completion_days=int(days) if days else urgent_aid.DEFAULT_COMPLETION_DAYS)


def _refuse_if_city_set(s: Session, county: str, figures: list[str]) -> None:
    from lishui_desktop.domain.errors import ValidationError
    city = {**_city_figures(s, county), **_city_figures(s, county_rules.CITY)}
    taken = [f for f in figures if f in city]
    if taken:
        raise ValidationError("settings.city_reference",
                              "the city hands down this figure for the county; it is changed at the city "
                              "(lishui-hq coverage set)", field=taken[0],
                              source=(city_rules(s, county) or city_rules(s, county_rules.CITY) or {}).get("source", ""))


def set_decision_limit(ctx, days: int) -> None:
    """Set this county's decision limit in working days (administrator of an office the
    city has not handed the county's figure to)."""
    from lishui_desktop.domain.errors import PermissionDenied
    from lishui_desktop.domain.workflow import Role
    if ctx.user.role is not Role.ADMIN:
        raise PermissionDenied("settings.admin_only", "only an administrator changes settings",
                               field="role")
    deadlines.Limits(decision=days)         # refuses a figure out of range, naming the field
    county = ctx.site.county_code
    with ctx.work("settings.decision_limit", entity="settings") as w:
        _refuse_if_city_set(w.session, county, ["decision_days"])
        settings.put(w.session, f"limits.decision.{county}", str(days))
        w.detail = {"county": county, "decision_days": days}


def coverage_rules(s: Session, county_code: str) -> benefit.CoverageRules:
    """The county's coverage figures and the city's added income exclusions.

    Each figure as the city handed it down (domain.county_rules), else the local
    setting (an office without the city's figure), else the default
    benefit.CoverageRules documents with its source."""
    from fractions import Fraction
    kw: dict = {}
    multiple = settings.get(s, f"coverage.dibian_multiple.{county_code}", "")
    if multiple:
        kw["dibian_multiple"] = Fraction(multiple)
    deduct = settings.get(s, f"coverage.deduct_rigid.{county_code}", "")
    if deduct:
        kw["deduct_rigid_expenses"] = deduct == "1"
    taper = settings.get(s, f"coverage.taper_months.{county_code}", "")
    if taper:
        kw["taper_months"] = int(taper)
    assets = settings.get_json(s, f"coverage.assets.{county_code}", None)
    if assets:
        kw["assets"] = benefit.AssetLimits(**assets)
    exclusions = settings.get_json(s, "coverage.city_exclusions", None)
    if exclusions:
        kw["extra_exclusions"] = dict(exclusions)
    city = {k: v for k, v in _city_figures(s, county_code).items() if k != "decision_days"}
    city.update(_city_figures(s, county_rules.CITY))
    kw.update(county_rules.coverage_kwargs(city))
    return benefit.CoverageRules(**kw)


@dataclass(frozen=True)
class Figure:
    """One of the county's figures as the rules use it, and where it comes from."""
    key: str                 # domain.county_rules figure name
    value: object            # Fraction, bool, int, AssetLimits, or {code: label}
    origin: str              # "city" (handed down), "local" (this office's setting), "default"
    source: str              # the city's document, or the default's source
    set_on: str | None = None


def county_figures(ctx) -> list[Figure]:
    """The county's figures with their sources, for the read-only view every role may open."""
    county = ctx.site.county_code
    with ctx.db.read() as s:
        rules = coverage_rules(s, county)
        limits = deadline_limits(s, county)
        local = {"dibian_multiple": f"coverage.dibian_multiple.{county}",
                 "deduct_rigid_expenses": f"coverage.deduct_rigid.{county}",
                 "taper_months": f"coverage.taper_months.{county}", "assets": f"coverage.assets.{county}",
                 "decision_days": f"limits.decision.{county}", "extra_exclusions": "coverage.city_exclusions"}
        values = {"dibian_multiple": rules.dibian_multiple, "deduct_rigid_expenses": rules.deduct_rigid_expenses,
                  "taper_months": rules.taper_months, "assets": rules.assets,
                  "decision_days": limits.decision, "extra_exclusions": dict(rules.extra_exclusions)}
        out = []
        for key in county_rules.COUNTY_FIGURES + county_rules.CITY_FIGURES:
            record = city_rules(s, county_rules.CITY if key in county_rules.CITY_FIGURES else county)
            if record and key in record["figures"]:
                out.append(Figure(key, values[key], "city", record["source"], record["set_on"]))
            elif settings.get(s, local[key], "") not in ("", "null"):
                out.append(Figure(key, values[key], "local", ""))
            else:
                out.append(Figure(key, values[key], "default", county_rules.DEFAULT_SOURCES_ZH[key]))
        return out


def set_coverage_rules(ctx, *, dibian_multiple: str | None = None, deduct_rigid_expenses: bool | None = None,
                       taper_months: int | None = None, assets: dict | None = None,
                       city_exclusions: dict | None = None) -> benefit.CoverageRules:
    """Change this county's coverage settings (administrator); checked by the domain first."""
    from fractions import Fraction
    from lishui_desktop.domain.errors import PermissionDenied, ValidationError
    from lishui_desktop.domain.workflow import Role
    if ctx.user.role is not Role.ADMIN:
        raise PermissionDenied("settings.admin_only", "only an administrator changes settings",
                               field="role")
    county = ctx.site.county_code
    with ctx.work("settings.coverage", entity="settings") as w:
        s = w.session
        _refuse_if_city_set(s, county, [k for k, v in (
            ("dibian_multiple", dibian_multiple), ("deduct_rigid_expenses", deduct_rigid_expenses),
            ("taper_months", taper_months), ("assets", assets), ("extra_exclusions", city_exclusions))
            if v is not None])
        current = coverage_rules(s, county)
        try:
            multiple = Fraction(dibian_multiple) if dibian_multiple is not None else current.dibian_multiple
        except (ValueError, ZeroDivisionError):
            raise ValidationError("dibian.multiple", "the multiple is a number such as 1.5",
                                  field="dibian_multiple") from None
        new = benefit.CoverageRules(
            dibian_multiple=multiple,
            extra_exclusions=city_exclusions if city_exclusions is not None else current.extra_exclusions,
            deduct_rigid_expenses=current.deduct_rigid_expenses if deduct_rigid_expenses is None
            else bool(deduct_rigid_expenses),
            taper_months=current.taper_months if taper_months is None else taper_months,
            assets=benefit.AssetLimits(**assets) if assets is not None else current.assets)
        settings.put(s, f"coverage.dibian_multiple.{county}", str(new.dibian_multiple))
        settings.put(s, f"coverage.deduct_rigid.{county}", "1" if new.deduct_rigid_expenses else "0")
        settings.put(s, f"coverage.taper_months.{county}", str(new.taper_months))
        settings.put_json(s, f"coverage.assets.{county}", dataclasses.asdict(new.assets))
        settings.put_json(s, "coverage.city_exclusions", dict(new.extra_exclusions))
        w.detail = {"county": county, "dibian_multiple": str(new.dibian_multiple),
                    "deduct_rigid_expenses": new.deduct_rigid_expenses, "taper_months": new.taper_months,
                    "assets": dataclasses.asdict(new.assets), "city_exclusions": dict(new.extra_exclusions)}
        return new

"""The county's figures as reference data the city hands down (sync entity 'county_rules').

Issue 11 / DOMAIN.md: where a rule is a setting (it differs by county or changes by
year) the city server hands it down, with the figure in the rules as the default. One
record per county (id = county code) carries the figures the city set for it, the
city's source (its document) and the day; the city-wide record (id 331100) carries the
income exclusions the city adds to the statutory ones. A figure the city did not set
falls back to the desktop's own setting (an offline office's administrator) and then to
the default below, whose source is named.

The figures:
- dibian_multiple: near-dibao at "1.5 倍以下", the figure itself included
  (benefit.CoverageRules; 《浙江省社会救助条例》 art. 13);
- deduct_rigid_expenses: 支出型贫困, rigid medical/education costs deducted (county choice);
- taper_months: 渐退期, up to 6 months when employment lifts a dibao household above the
  standard (Zhejiang rules; DOMAIN.md);
- assets: the property limits (benefit.AssetLimits; defaults unconfirmed for Lishui);
- decision_days: the county's decision limit in working days (Zhejiang 5; MCA 2021: 10;
  deadlines.Limits.decision);
- extra_exclusions (city record only): {"city.<code>": label}.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date
from fractions import Fraction

from . import benefit, deadlines
from .errors import ValidationError
from .regions import COUNTIES

CITY = "331100"
COUNTY_FIGURES = ("dibian_multiple", "deduct_rigid_expenses", "taper_months", "assets", "decision_days")
CITY_FIGURES = ("extra_exclusions",)
ASSET_FIELDS = tuple(f.name for f in dataclasses.fields(benefit.AssetLimits))
MAX_SOURCE = 200

# Where each default comes from, for the screen that shows the county's figures.
DEFAULT_SOURCES_ZH = {
    "dibian_multiple": "《浙江省社会救助条例》第十三条：低于当地低保标准 1.5 倍以下（含本数）",
    "deduct_rigid_expenses": "支出型贫困刚性支出扣减由县级确定；未规定时不扣减",
    "taper_months": "浙江省低保渐退规定：就业后收入超过低保标准的，渐退期最长 6 个月",
    "assets": "未经丽水确认：金融资产人均不超过 24 个月低保标准，无机动车、无自住房以外住房、"
              "无登记经营主体（《最低生活保障审核确认办法》）",
    "decision_days": "浙江省规定：县级民政部门 5 个工作日内作出审核确认决定（民政部 2021 年办法为 10 个工作日）",
    "extra_exclusions": "无市级增列的收入豁免项目（法定豁免项目见《最低生活保障审核确认办法》第十三条）",
}


def _multiple(v) -> Fraction:
    try:
        return Fraction(str(v))
    except (ValueError, ZeroDivisionError):
        raise ValidationError("dibian.multiple", "the multiple is a number such as 1.5",
                              field="dibian_multiple", value=str(v)) from None


def check(payload: dict) -> dict:
    """The record as stored, checked by the rules that own each figure (raises naming the
    field); figures are normalised (the multiple as a fraction's text)."""
    if not isinstance(payload, dict):
        raise ValidationError("county_rules.payload", "the record is an object", field="payload")
    code = str(payload.get("county_code") or "")
    if code != CITY and code not in COUNTIES:
        raise ValidationError("county_rules.county", f"{code!r} is not a Lishui county code or {CITY}",
                              field="county_code", value=code)
    figures = payload.get("figures")
    if not isinstance(figures, dict) or not figures:
        raise ValidationError("county_rules.figures", "the record sets at least one figure", field="figures")
    allowed = CITY_FIGURES if code == CITY else COUNTY_FIGURES
    unknown = sorted(set(figures) - set(allowed))
    if unknown:
        raise ValidationError("county_rules.unknown", f"not a figure of this record: {', '.join(unknown)}",
                              field=f"figures.{unknown[0]}")
    source = str(payload.get("source") or "").strip()
    if not source or len(source) > MAX_SOURCE:
        raise ValidationError("county_rules.source", f"name the city's source (1-{MAX_SOURCE} characters)",
                              field="source")
    try:
        set_on = date.fromisoformat(str(payload.get("set_on") or ""))
    except ValueError:
        raise ValidationError("county_rules.set_on", "the day set is a date like 2026-12-02",
                              field="set_on") from None
    out = dict(figures)
    if "dibian_multiple" in out:
        m = _multiple(out["dibian_multiple"])
        out["dibian_multiple"] = str(m)
    if "deduct_rigid_expenses" in out and not isinstance(out["deduct_rigid_expenses"], bool):
        raise ValidationError("county_rules.flag", "yes or no", field="deduct_rigid_expenses")
    if "assets" in out:
        a = out["assets"]
        if not isinstance(a, dict) or set(a) - set(ASSET_FIELDS):
            raise ValidationError("assets.limit", f"the limits are {', '.join(ASSET_FIELDS)}", field="assets")
        out["assets"] = dict(a)
    if "extra_exclusions" in out:
        ex = out["extra_exclusions"]
        if not isinstance(ex, dict) or not all(isinstance(v, str) and v.strip() for v in ex.values()):
            raise ValidationError("income.city_category", "each added exclusion has a name",
                                  field="extra_exclusions")
        out["extra_exclusions"] = {str(k): v.strip() for k, v in ex.items()}
    # The rules that own the figures refuse what they cannot take.
    coverage_kwargs(out)
    if "decision_days" in out:
        if isinstance(out["decision_days"], bool) or not isinstance(out["decision_days"], int):
            raise ValidationError("limits.range", "decision_days must be 1-60 working days",
                                  field="decision_days")
        deadlines.Limits(decision=out["decision_days"])
    return {"county_code": code, "figures": out, "source": source, "set_on": set_on.isoformat()}


def coverage_kwargs(figures: dict) -> dict:
    """CoverageRules keyword arguments from a record's figures (validated by CoverageRules)."""
    kw: dict = {}
    if "dibian_multiple" in figures:
        kw["dibian_multiple"] = _multiple(figures["dibian_multiple"])
    if "deduct_rigid_expenses" in figures:
        kw["deduct_rigid_expenses"] = bool(figures["deduct_rigid_expenses"])
    if "taper_months" in figures:
        kw["taper_months"] = figures["taper_months"]
    if "assets" in figures:
        kw["assets"] = benefit.AssetLimits(**{**dataclasses.asdict(benefit.AssetLimits()), **figures["assets"]})
    if "extra_exclusions" in figures:
        kw["extra_exclusions"] = dict(figures["extra_exclusions"])
    benefit.CoverageRules(**kw)
    return kw


def valid_id(rid: str) -> bool:
    return bool(re.fullmatch(r"[0-9]{6}", rid or "")) and (rid == CITY or rid in COUNTIES)

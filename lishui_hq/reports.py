"""City-wide monthly statistics from the reports the townships file (entity
``monthly_report``): sums per county, month and type, for the city page's tables
and trend charts. Aggregates only; the figures' own sum checks are rechecked."""
from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import select

from lishui_desktop.domain.report import REPORT_TYPES, Figures, TypeReport, check_report

from . import models as m


def filed_reports(store, county: str | None = None) -> list[tuple[str, str, dict]]:
    """(township, month, figures) of every filed report (of one county's townships if
    ``county``), newest version of each."""
    r = m.record.c
    q = select(r.site_code, r.payload).where(r.entity == "monthly_report", r.deleted.is_(False))
    if county:
        q = q.where(r.site_code.like(f"{county}%"))
    with store.db.read() as conn:
        rows = conn.execute(q).all()
    out = []
    for site, payload in rows:
        if isinstance(payload, str):
            payload = json.loads(payload)
        month, figures = payload.get("month"), payload.get("figures")
        if isinstance(month, str) and isinstance(figures, dict) and len(site) == 9 \
                and (county is None or site[:6] == county):
            out.append((site, month, figures))
    return out


def city_figures(store, county: str | None = None) -> dict:
    """{"months": [...], "counties": {county: {month: {type: Figures}}},
    "townships_filed": {month: n}, "problems": [text]}"""
    counties: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(Figures)))
    filed: dict[str, int] = defaultdict(int)
    problems = []
    for township, month, figures in filed_reports(store, county):
        filed[month] += 1
        types = []
        for typ in REPORT_TYPES:
            block = figures.get(typ) or {}
            try:
                total = Figures.from_dict(block.get("total") or {})
                units = {u: Figures.from_dict(f) for u, f in (block.get("units") or {}).items()}
            except (TypeError, ValueError):
                problems.append(f"{township} {month} {typ}: figures are not numbers")
                continue
            types.append(TypeReport(typ, units, total))
            counties[township[:6]][month][typ].add(total)
        for c in check_report(types):
            problems.append(f"{township} {month} {c.type}: {c.text}")
    months = sorted({mo for c in counties.values() for mo in c})
    return {"months": months, "counties": counties, "townships_filed": dict(filed),
            "problems": problems}

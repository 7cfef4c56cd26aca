"""The same person in two townships, as the city found it (pulled with sync).

The city server compares every pushed member with the other townships'
members (lishui_hq.duplicates); each case comes down to both townships and
their counties and stays open until a person resolves it with a note.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from lishui_desktop.domain.idnumber import MaskedId
from lishui_desktop.store.models import DuplicatePerson

from .context import Context


@dataclass(frozen=True)
class DuplicateSide:
    township_code: str
    township_name: str
    county_name: str
    name: str
    head_name: str
    village_name: str
    since: str
    household_id: str
    here: bool                  # this side's household is on this desktop's site


@dataclass(frozen=True)
class DuplicateView:
    case_id: str
    id_number_masked: str
    sides: tuple[DuplicateSide, DuplicateSide]
    detected_at: str
    resolved_at: str | None
    resolved_by: str | None
    resolution: str | None


def duplicate_persons(ctx: Context, *, include_resolved: bool = False) -> list[DuplicateView]:
    with ctx.db.read() as s:
        q = select(DuplicatePerson).order_by(DuplicatePerson.detected_at)
        if not include_resolved:
            q = q.where(DuplicatePerson.resolved_at.is_(None))
        rows = list(s.scalars(q))
    out = []
    for r in rows:
        p = r.payload or {}
        sides = tuple(DuplicateSide(
            x.get("township_code", ""), x.get("township_name", ""), x.get("county_name", ""),
            x.get("name", ""), x.get("head_name", ""), x.get("village_name", ""),
            (x.get("since") or "")[:10], x.get("household_id", ""),
            x.get("township_code", "").startswith(ctx.site.code)) for x in p.get("persons", []))
        if len(sides) != 2:
            continue
        out.append(DuplicateView(r.id, MaskedId(r.id_number, ("duplicate", r.id)), sides, (p.get("detected_at") or "")[:16],
                                 p.get("resolved_at"), p.get("resolved_by"), p.get("resolution")))
    return out

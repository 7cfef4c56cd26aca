"""One person, one household: where a person (by ID number) is already on file.

The check every way in shares: the roster import, and the member form's guard
(services.households) when a person already in another household is added.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class PersonPlace:
    id_number: str
    member_id: str
    household_id: str
    name: str
    head_name: str
    village_name: str


def households_of(s: Session, id_numbers, *, except_household: str | None = None
                  ) -> dict[str, PersonPlace]:
    """The household each of these ID numbers belongs to on this database (if any)."""
    wanted = sorted({n.upper() for n in id_numbers if n})
    out: dict[str, PersonPlace] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i:i + 500]
        marks = ", ".join(f":p{k}" for k in range(len(part)))
        rows = s.execute(text(
            "SELECT m.id_number, m.id, m.household_id, m.name, h.head_name, "
            "COALESCE(v.name, '') FROM members m JOIN households h ON h.id = m.household_id "
            "LEFT JOIN villages v ON v.code = h.village_code "
            f"WHERE m.id_number IN ({marks})"), {f"p{k}": v for k, v in enumerate(part)})
        for r in rows:
            if except_household and r[2] == except_household:
                continue
            out.setdefault(r[0], PersonPlace(*r))
    return out


def other_cases(s: Session, application_id: str) -> list:
    """Every other case of any household that a member of this case's household belongs to,
    matched by ID number (the same person in another household counts too)."""
    from datetime import date as _date

    from lishui_desktop.domain.exclusions import OtherCase
    rows = s.execute(text(
        "SELECT a2.id, a2.type, a2.state, m2.name, h2.head_name, a2.township_code, "
        "a2.start_month, a2.submitted_on, a2.decided_on, h2.hardship_cause "
        "FROM applications a JOIN members m ON m.household_id = a.household_id "
        "JOIN members m2 ON m2.id_number = m.id_number "
        "JOIN applications a2 ON a2.household_id = m2.household_id "
        "JOIN households h2 ON h2.id = a2.household_id "
        "WHERE a.id = :aid AND a2.id != :aid ORDER BY a2.submitted_on"), {"aid": application_id})
    seen, out = set(), []
    for r in rows:
        if r[0] in seen:
            continue
        seen.add(r[0])
        out.append(OtherCase(r[0], r[1], r[2], r[3], r[4] or "", r[5], r[6],
                             _date.fromisoformat(str(r[7])[:10]) if r[7] else None,
                             _date.fromisoformat(str(r[8])[:10]) if r[8] else None, r[9] or ""))
    return out


def assistance_flags(s: Session, application_id: str, app_type: str, cause: str, on) -> list:
    """Exclusive combinations and repeated temporary aid (domain.exclusions) for this case."""
    from lishui_desktop.domain import exclusions
    return exclusions.flags(app_type, cause, on, other_cases(s, application_id))

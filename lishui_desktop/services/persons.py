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

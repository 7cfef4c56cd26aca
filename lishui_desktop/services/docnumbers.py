"""Document numbers: "莲碧民救〔2026〕12号", each body's own yearly sequence.

A notice's number belongs to the body it is issued in the name of. Decisions
get theirs when they are made, on the deciding body's desktop, so the decision
notice carries the decider's prefix and number wherever it is printed; every
other notice takes the printing site's next number.
"""
from __future__ import annotations

import re

from sqlalchemy import select

from lishui_desktop.domain import regions
from lishui_desktop.store.models import Decision, Notice, Review


def doc_prefix(site_code: str) -> str:
    """"莲碧民救" for 碧湖镇 in 莲都区; "莲民救" for the county bureau."""
    county = regions.county_name(site_code[:6])[0]
    if len(site_code) == 6:
        return f"{county}民救"
    return f"{county}{regions.township_name(site_code)[0]}民救"


def number_text(site_code: str, year: int, n: int) -> str:
    """The ``n``th number of ``site_code``'s sequence in ``year``."""
    return f"{doc_prefix(site_code)}〔{year}〕{n}号"


def next_number(s, site_code: str, year: int) -> str:
    """The next free number of ``site_code``'s sequence in ``year`` (notices and decisions)."""
    prefix = f"{doc_prefix(site_code)}〔{year}〕"
    pattern = re.compile(re.escape(prefix) + r"(\d+)号")
    used = [*s.scalars(select(Notice.number).where(
                Notice.site_code == site_code, Notice.copy_of.is_(None),
                Notice.number.like(f"{prefix}%"))),
            *s.scalars(select(Decision.number).where(
                Decision.site_code == site_code, Decision.number.like(f"{prefix}%"))),
            # a review that continued a benefit is numbered by the body that decided it
            *s.scalars(select(Review.number).where(Review.number.like(f"{prefix}%")))]
    seqs = [int(m.group(1)) for n in used if n and (m := pattern.fullmatch(n))]
    return number_text(site_code, year, max(seqs, default=0) + 1)

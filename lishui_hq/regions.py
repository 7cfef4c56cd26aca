"""Lishui's county and township codes, as the server uses them.

The data lives in the shared domain (lishui_desktop.domain.regions); the
server's own county_of answers None for a code that is not Lishui's instead
of raising, since it checks untrusted input and words its own refusals.
"""
from __future__ import annotations

from lishui_desktop.domain.regions import (CITY_CODE, CITY_NAME, COUNTIES, TOWNSHIPS,  # noqa: F401
                                           kind_of, name_of)


def county_of(code: str) -> str | None:
    """The county code a township or county code belongs to, or None when not Lishui's."""
    if code in COUNTIES:
        return code
    if code in TOWNSHIPS:
        return TOWNSHIPS[code][1]
    return None

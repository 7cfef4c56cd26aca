"""What start-up can learn about the database before anything is unlocked or imported.

The login dialog needs only the office's name. The database itself is encrypted
and opens only with a signed-in person's key, so the name comes from the key file
beside it (plain JSON, read with the standard library), which lets the dialog
appear while SQLAlchemy and the services are still being imported.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class QuickSite:
    code: str
    name: str
    kind: str
    county_code: str


def quick_site(path: str | Path) -> QuickSite | None:
    """The site of an existing, set-up encrypted database, or None (then the slow path decides)."""
    path = Path(path)
    keyfile = path.with_name(path.name + ".keys")
    try:
        data = json.loads(keyfile.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    code, name = data.get("site_code") or "", data.get("site_name") or ""
    if not code:
        return None
    return QuickSite(code, name, "county" if len(code) == 6 else "township", code[:6])

"""The per-site audit hash chain, shared by the desktop and the city server.

Each entry's hash covers its own fields and the hash of the entry before it,
so editing or deleting any entry breaks every hash after it. The canonical
form is JSON with sorted keys and no whitespace, which both sides can rebuild
from stored columns.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64

# The fields that an entry's hash covers, in the order they are documented.
HASHED_FIELDS = ("id", "site_code", "seq", "at", "user", "event", "entity",
                 "entity_id", "success", "detail", "prev_hash")


# One encoder for every entry (json.dumps with options builds one per call): the chain
# is hashed entry by entry over hundreds of thousands of entries.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical(fields: dict) -> bytes:
    return _CANONICAL.encode(fields).encode("utf-8")


def entry_hash(fields: dict) -> str:
    missing = [f for f in HASHED_FIELDS if f not in fields]
    if missing:
        raise ValueError(f"audit entry lacks fields {missing}")
    return hashlib.sha256(canonical({f: fields[f] for f in HASHED_FIELDS})).hexdigest()


_DETAIL_MARK = b'"detail":0'


def entry_hash_of_text(fields: dict, detail_text: str) -> str:
    """``entry_hash`` of an entry whose detail is given as its canonical JSON text (as the
    detail column stores it): the text is spliced into the canonical form instead of being
    parsed and dumped again, which bulk writers (the demo, a roster import) do per entry.
    The mark cannot occur inside an earlier value: JSON escapes the quotes of a string."""
    head = canonical({**{f: fields[f] for f in HASHED_FIELDS if f != "detail"}, "detail": 0})
    return hashlib.sha256(head.replace(_DETAIL_MARK, b'"detail":' + detail_text.encode("utf-8"), 1)).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    entry_id: str
    reason: str   # "hash" (entry altered), "link" (prev_hash mismatch), "gap" (seq missing)

    def __str__(self) -> str:
        return f"audit entry seq={self.seq} id={self.entry_id}: {self.reason}"


def verify_chain(entries, prev_hash: str = GENESIS, prev_seq: int = 0) -> ChainBreak | None:
    """Check entries (dicts with HASHED_FIELDS and "hash", in seq order).

    Returns the first break, or None when the chain is whole. ``prev_hash`` and
    ``prev_seq`` let a caller continue from entries it already trusts.
    """
    for e in entries:
        if e["seq"] != prev_seq + 1:
            return ChainBreak(prev_seq + 1, e["id"], "gap")
        if e["prev_hash"] != prev_hash:
            return ChainBreak(e["seq"], e["id"], "link")
        if entry_hash(e) != e["hash"]:
            return ChainBreak(e["seq"], e["id"], "hash")
        prev_hash, prev_seq = e["hash"], e["seq"]
    return None

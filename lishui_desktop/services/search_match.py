"""Why a household is in the search results: which member's name, reading, ID number or
phone, the village or the address matched each word typed, with the part to highlight.

The index (store.search_index) matches the digits of every member's ID number, so "2390"
finds households whose visible, masked numbers show no 2390. The explanation shows an ID
number masked as everywhere else, with exactly the digits the user typed unmasked: no more
of the number than the user already knows. A name matched by its pinyin or initials shows
the member's name and the reading that matched.
"""
from __future__ import annotations

from dataclasses import dataclass

from lishui_desktop.domain import idnumber
from lishui_desktop.store.search_index import name_readings


NAME, READING, ID_NUMBER, PHONE, VILLAGE, ADDRESS = "name", "reading", "id_number", "phone", "village", "address"


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def search_terms(text_: str) -> tuple[list[str], str | None]:
    """The words a search matches (two characters or more, lower case) and the single
    Chinese character that matches the head's surname (see ``search_spec``)."""
    words = [t for t in (w.strip().lower().replace("|", "") for w in text_.split()) if t]
    terms = [t for t in words if len(t) >= 2]
    prefix = next((t for t in words if len(t) == 1 and _is_cjk(t)), None)
    return terms, prefix


@dataclass(frozen=True)
class Match:
    field: str                          # one of the names above
    text: str                           # what to show: a name, a masked ID number, a phone...
    spans: tuple[tuple[int, int], ...]  # [start, end) of ``text`` to highlight
    member: str = ""                    # the member it is about ("" for the household's own fields)
    relation: str = ""                  # that member's relation to the head (a code)
    reading: str = ""                   # the pinyin or initials that matched (READING)


@dataclass(frozen=True)
class MemberFacts:
    name: str
    relation: str
    id_number: str
    phone: str = ""


def _find(term: str, part: str) -> int:
    """Where ``term`` matches ``part`` the way the index does, or -1: three characters or
    more anywhere, two at the start or the end of the part (search_spec)."""
    p = part.lower()
    if len(term) >= 3:
        return p.find(term)
    if len(term) == 2:
        if p.startswith(term):
            return 0
        if p.endswith(term):
            return len(p) - 2
    return -1


def revealed_id(number: str, start: int, end: int) -> str:
    """The masked ID number with characters start..end (what the user typed) shown."""
    masked = idnumber.mask(number)
    n = str(number).strip().upper()
    if len(masked) != len(n) or "*" * len(n) == masked:
        return masked           # malformed: starred out whole, as idnumber.mask does
    return "".join(n[i] if start <= i < end else masked[i] for i in range(len(n)))


def explain(text: str, members: list[MemberFacts], *, phone: str = "", village: str = "",
            address: str = "") -> list[Match]:
    """What each word of ``text`` matched in this household, members first (the head first)."""
    out: list[Match] = []
    terms, head_prefix = search_terms(text)
    for term in terms:
        found = _member_matches(term, members)
        if not found and phone and (i := _find(term, phone)) >= 0:
            found = [Match(PHONE, phone, ((i, i + len(term)),))]
        if not found and village and (i := _find(term, village)) >= 0:
            found = [Match(VILLAGE, village, ((i, i + len(term)),))]
        if not found and address and (i := _find(term, address)) >= 0:
            found = [Match(ADDRESS, address, ((i, i + len(term)),))]
        out += [m for m in found if m not in out]
    if head_prefix:
        head = next((m for m in members if m.relation == "self"), None)
        if head is not None and head.name.startswith(head_prefix):
            m = Match(NAME, head.name, ((0, 1),), head.name, head.relation)
            if m not in out:
                out.append(m)
    return out


def _member_matches(term: str, members: list[MemberFacts]) -> list[Match]:
    found = []
    cjk = any(_is_cjk(ch) for ch in term)
    # A reading is letters only (pinyin, a few with ê): a term with a digit or a mark cannot
    # match one, and working out a name's readings is most of what explaining costs.
    readable = term.isalpha()
    for m in members:
        who = {"member": m.name, "relation": m.relation}
        if cjk:
            if (i := _find(term, m.name)) >= 0:
                found.append(Match(NAME, m.name, ((i, i + len(term)),), **who))
            continue
        if m.id_number and (i := _find(term, m.id_number)) >= 0:
            found.append(Match(ID_NUMBER, revealed_id(m.id_number, i, i + len(term)),
                               ((i, i + len(term)),), **who))
            continue
        if m.phone and (i := _find(term, m.phone)) >= 0:
            found.append(Match(PHONE, m.phone, ((i, i + len(term)),), **who))
            continue
        if not readable:
            continue
        for full, initials in name_readings(m.name):
            hit = next((r for r in (initials, full) if _find(term, r) >= 0), None)
            if hit is not None:
                found.append(Match(READING, m.name, ((0, len(m.name)),), reading=hit, **who))
                break
    return found

"""The same person in two townships: found by the city when members are pushed.

Every applied member record updates the person index (ID number -> member,
township). A member whose ID number is already held by a member of another
township becomes a duplicate case: one record per township involved (entity
``duplicate_person``, written by the city), so both townships and their
counties pull it (who, where, since when). Nothing is merged or dropped: the
case stays open until a person resolves it with a note (``resolve``).
"""
from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import and_, delete, insert, or_, select, update

from lishui_desktop.domain import regions

from . import models as m

ENTITY = "duplicate_person"


def _now() -> datetime:
    return datetime.now(timezone.utc)


def check_pushed(store, tx, site_code: str, records) -> int:
    """Index the applied member records of a push; open a case per new pair. Returns how many."""
    conn = tx.conn
    opened = 0
    for r in records:
        conn.execute(delete(m.person).where(m.person.c.member_id == r.id))
        if r.deleted:
            continue
        p = r.payload
        number = str(p.get("id_number", "")).upper()
        if not number:
            continue
        conn.execute(insert(m.person).values(
            member_id=r.id, id_number=number, township_code=site_code,
            household_id=str(p.get("household_id", "")), name=str(p.get("name", ""))[:64],
            since=str(p.get("created_at") or _now().isoformat(timespec="seconds"))[:32]))
        others = conn.execute(select(m.person).where(
            m.person.c.id_number == number, m.person.c.township_code != site_code)).all()
        for o in others:
            known = conn.execute(select(m.duplicate_person.c.id).where(
                m.duplicate_person.c.id_number == number,
                or_(and_(m.duplicate_person.c.member_a == o.member_id,
                         m.duplicate_person.c.member_b == r.id),
                    and_(m.duplicate_person.c.member_a == r.id,
                         m.duplicate_person.c.member_b == o.member_id)))).first()
            if known:
                continue
            case_id = str(uuid.uuid4())
            conn.execute(insert(m.duplicate_person).values(
                id=case_id, id_number=number, member_a=o.member_id, township_a=o.township_code,
                member_b=r.id, township_b=site_code, detected_at=_now()))
            _publish(store, tx, case_id)
            opened += 1
    return opened


def _side(conn, member_id: str, township: str) -> dict:
    person = conn.execute(select(m.person).where(m.person.c.member_id == member_id)).first()
    household = None
    if person is not None:
        household = conn.execute(select(m.record.c.payload).where(
            m.record.c.id == person.household_id, m.record.c.entity == "household")).scalar()
    household = household or {}
    village = household.get("village_code") or ""
    village_name = ""
    if village:
        v = conn.execute(select(m.record.c.payload).where(
            m.record.c.id == village, m.record.c.entity == "village")).scalar()
        village_name = (v or {}).get("name", "")
    return {"township_code": township, "township_name": regions.name_of(township) or township,
            "county_code": township[:6], "county_name": regions.name_of(township[:6]) or "",
            "member_id": member_id, "household_id": person.household_id if person else "",
            "name": person.name if person else "", "since": person.since if person else "",
            "head_name": household.get("head_name", ""), "village_code": village,
            "village_name": village_name, "address": household.get("address", "")}


def payload(conn, case_id: str) -> dict:
    d = conn.execute(select(m.duplicate_person).where(m.duplicate_person.c.id == case_id)).one()
    return {"case_id": d.id, "id_number": d.id_number,
            "persons": [_side(conn, d.member_a, d.township_a), _side(conn, d.member_b, d.township_b)],
            "detected_at": d.detected_at.isoformat(timespec="seconds"),
            "resolved_at": d.resolved_at.isoformat(timespec="seconds") if d.resolved_at else None,
            "resolved_by": d.resolved_by, "resolution": d.resolution}


def _publish(store, tx, case_id: str) -> None:
    """One record per township involved: each township and its county pull it."""
    body = payload(tx.conn, case_id)
    for side in body["persons"]:
        store._put(tx, ENTITY, f"{case_id}:{side['township_code']}", body,
                   owner=regions.CITY_CODE, written_by=regions.CITY_CODE, reference=False,
                   township=side["township_code"])


def open_cases(store, *, site: str | None = None, include_resolved: bool = False) -> list[dict]:
    q = select(m.duplicate_person.c.id).order_by(m.duplicate_person.c.detected_at)
    if not include_resolved:
        q = q.where(m.duplicate_person.c.resolved_at.is_(None))
    if site:
        c = m.duplicate_person.c
        q = q.where(or_(c.township_a == site, c.township_b == site,
                        c.township_a.like(f"{site}%"), c.township_b.like(f"{site}%")))
    with store.db.read() as conn:
        return [payload(conn, r.id) for r in conn.execute(q)]


def resolve(store, case_id: str, *, by: str, note: str) -> dict:
    """A person's conclusion on a case (both townships see it after their next pull)."""
    by, note = (by or "").strip(), (note or "").strip()
    from .store import Invalid, NotFound
    if not by or not note:
        raise Invalid("resolving a duplicate person needs who resolved it and what was found "
                      "(e.g. 户籍已迁至大港头镇，碧湖镇档案已注销)")
    with store.db.write() as tx:
        n = tx.conn.execute(update(m.duplicate_person).where(
            m.duplicate_person.c.id == case_id, m.duplicate_person.c.resolved_at.is_(None))
            .values(resolved_at=_now(), resolved_by=by[:200], resolution=note)).rowcount
        if not n:
            raise NotFound(f"no open duplicate-person case {case_id}")
        _publish(store, tx, case_id)
        return payload(tx.conn, case_id)

"""Comparing what the server holds with what the desktops hold."""
from __future__ import annotations

import sqlite3
from datetime import timedelta

from lishui_desktop.services import applications as ap
from lishui_desktop.services import crosscheck as cx
from lishui_desktop.services import households as hs
from lishui_desktop.store.models import SYNCED_MODELS
from tests.services.helpers import household_form
from tests import dbfile


def desk_versions(path, site_code=None) -> dict:
    """{(entity, id): version} of the synced records in a desktop file (owned by site_code)."""
    conn = dbfile.connect(path)
    out = {}
    for model in SYNCED_MODELS:
        sql = f"SELECT id, version FROM {model.__tablename__}"
        args = ()
        if site_code:
            sql += " WHERE site_code=?"
            args = (site_code,)
        for rid, version in conn.execute(sql, args):
            out[(model.entity, rid)] = version
    conn.close()
    return out


def server_versions(hq_path, site_code=None, *, entities=None) -> dict:
    conn = sqlite3.connect(hq_path)
    sql = "SELECT entity, id, version FROM record WHERE is_reference=0 AND deleted=0"
    args = ()
    if site_code:
        sql += " AND site_code=?"
        args = (site_code,)
    out = {(e, i): v for e, i, v in conn.execute(sql, args)
           if entities is None or e in entities}
    conn.close()
    return out


def cases_to_county(town, n: int, clock) -> list[str]:
    """n dibao cases taken through review and a 7-day notice, handed to the county."""
    cw, rv = town.as_("cw1"), town.as_("rv1")
    start = clock.when
    village = town.ctx.site.code + "201"
    ids = []
    for i in range(n):
        hid = hs.save_household(cw, household_form(village, wage_fen=30000 + 1000 * (i % 40)))
        aid = ap.create_application(cw, household_id=hid, assistance_type="dibao")
        ap.act(cw, aid, "accept")
        ap.act(cw, aid, "start_investigation")
        ap.act(cw, aid, "record_visit", {"investigators": ["周晓燕", "吴建华"],
                                         "conclusion": "家庭经济状况属实"})
        cid = cx.request(cw, aid, authorised_by="张三", authorised_on=cw.today())
        cx.record_result(cw, cid, cx.blank_findings(cw.today()), "clear")
        ap.act(rv, aid, "review", {"recommend": True})
        ap.act(cw, aid, "publish")
        ids.append(aid)
    clock.set(start + timedelta(days=8))
    for aid in ids:
        ap.act(cw, aid, "close_notice")
        ap.act(rv, aid, "hand_up")
    return ids

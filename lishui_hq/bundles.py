"""USB transfer: `lishui-hq import-bundle` and `lishui-hq export-acks`.

A bundle's batches go through exactly the same ``Store.push`` as the network
path, under the same batch ids, so importing a bundle twice (or pushing the
same batches online later) answers the same and changes nothing. The acks
file carries those answers and the pages the site would pull from the cursor
its bundle named.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select

from lishui_desktop.sync.protocol import (ACKS_FORMAT, BUNDLE_FORMAT, BUNDLE_VERSION, BundleError,
                                          PushBatch, PushResult, check_mac, check_signature,
                                          open_sealed, seal)

from . import models as m
from .store import Forbidden, Invalid, NotFound, Site, Store, Unauthenticated


def _site(store: Store, code: str) -> tuple[Site, str]:
    with store.db.read() as conn:
        r = conn.execute(select(m.site).where(m.site.c.code == code)).first()
    if r is None:
        raise NotFound(f"the bundle names site {code}, which is not registered here")
    if r.revoked_at is not None:
        raise Unauthenticated(f"site {code} was revoked on {r.revoked_at:%Y-%m-%d}")
    return Site(r.code, r.kind, r.name, r.county_code), r.token_hash


def _open_bundle(store: Store, raw: bytes) -> tuple[dict, Site]:
    try:
        outer = open_sealed(raw, BUNDLE_FORMAT)
        body = outer["body"]
        site, token_hash = _site(store, str(body.get("site_code")))
        check_mac(outer, token_hash)
        registered = store.get_reference("site_key", site.code)
        key = (registered or {}).get("public_key") or body.get("public_key", "")
        check_signature(outer, key)
    except BundleError as exc:
        raise Forbidden(f"bundle refused: {exc}; nothing was applied") from None
    if registered is None:
        store.register_site_key(site, key)
    return body, site


def import_bundle(store: Store, raw: bytes) -> tuple[Site, list[PushResult], set[str]]:
    """Push the bundle's batches; also returns the ids of those answered before (a bundle
    imported twice: their answers are the stored ones and nothing was applied again)."""
    body, site = _open_bundle(store, raw)
    batches = []
    for b in body.get("batches", []):
        try:
            batches.append(PushBatch.model_validate(b))
        except ValueError as exc:
            raise Invalid(f"bundle refused: a batch is malformed ({exc})") from None
    with store.db.read() as conn:
        seen = set(conn.execute(select(m.batch.c.batch_id).where(
            m.batch.c.batch_id.in_([b.batch_id for b in batches]))).scalars())
    return site, [store.push(b, site) for b in batches], seen


def export_acks(store: Store, raw_bundle: bytes, *, page_size: int = 5000) -> tuple[bytes, dict]:
    body, site = _open_bundle(store, raw_bundle)
    ids = [b["batch_id"] for b in body.get("batches", [])]
    with store.db.read() as conn:
        stored = {r.batch_id: r.result for r in conn.execute(
            select(m.batch.c.batch_id, m.batch.c.result).where(m.batch.c.batch_id.in_(ids)))}
    missing = [i for i in ids if i not in stored]
    if missing:
        raise Invalid(f"batch {missing[0]} of this bundle was not imported: run "
                      f"`lishui-hq import-bundle` with it first")
    pages, cursor = [], int(body.get("cursor", 0))
    while True:
        page = store.pull(site, cursor, page_size)
        pages.append(page.model_dump(mode="json"))
        cursor = page.next_cursor
        if not page.more:
            break
    acks = {"format": ACKS_FORMAT, "version": BUNDLE_VERSION, "site_code": site.code,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "results": [stored[i] for i in ids], "pages": pages}
    _, token_hash = _site(store, site.code)
    summary = {"site": site.code, "batches": len(ids),
               "records": sum(len(p["items"]) for p in pages)}
    return seal(acks, token_hash_hex=token_hash), summary

"""USB transfer for offices without a connection: export pending batches, import acks.

The bundle holds the same batches (same ids) the network path would send, so
the two paths can be mixed: a batch answered through one is not applied
twice through the other.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.store import audit, settings
from lishui_desktop.store.models import Site
from lishui_desktop.sync import engine
from lishui_desktop.sync.protocol import (ACKS_FORMAT, BUNDLE_FORMAT, BUNDLE_VERSION, BundleError,
                                          PullPage, PushResult, check_mac, open_sealed, seal,
                                          token_hash)

from .context import Context
from . import applications
from .sync import KEY_PENDING, SyncReport, take_decisions


@dataclass
class BundleReport:
    batches: int = 0
    records: int = 0
    audit: int = 0
    path: Path | None = None

    def lines(self) -> list[str]:
        return [f"bundle {self.path}: {self.batches} batches, {self.records} changes, "
                f"{self.audit} audit entries"]


def _token(site: Site) -> str:
    if not site.token:
        raise DomainError("sync.token", "this site has no token yet: enter the token the city "
                          "issued (lishui-hq site add) in the settings first", field="token")
    return site.token


def export_bundle(ctx: Context, out: str | Path, *, batch_size: int = 500) -> BundleReport:
    out = Path(out)
    report = BundleReport(path=out)
    with ctx.db.write() as s:
        site = s.scalar(select(Site))
        token = _token(site)
        # The export itself is audited first, so its entry travels in this bundle.
        audit.append(s, site_code=ctx.site.code, user=ctx.user.username,
                     event="sync.bundle_export", detail={"file": out.name}, at=ctx.now())
        while engine.form_batch(s, ctx.site.code, batch_size) is not None:
            pass
        batches = engine.batches_in_flight(s, ctx.site.code)
        body = {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "site_code": ctx.site.code,
                "created_at": ctx.now().isoformat(timespec="seconds"),
                "cursor": engine.cursor(s), "public_key": site.public_key,
                "batches": [b.model_dump(mode="json") for b in batches]}
        data = seal(body, token_hash_hex=token_hash(token), private_key_b64=site.signing_key)
        tmp = out.with_name(out.name + ".partial")
        tmp.write_bytes(data)
        tmp.replace(out)
    report.batches = len(batches)
    report.records = sum(len(b.records) for b in batches)
    report.audit = sum(len(b.audit) for b in batches)
    return report


def import_acks(ctx: Context, path: str | Path) -> SyncReport:
    raw = Path(path).read_bytes()
    report = SyncReport()
    with ctx.db.read() as s:
        token = _token(s.scalar(select(Site)))
    try:
        outer = open_sealed(raw, ACKS_FORMAT)
        if outer["body"].get("site_code") != ctx.site.code:
            raise BundleError(f"the file is for site {outer['body'].get('site_code')}, "
                              f"this is site {ctx.site.code}")
        check_mac(outer, token_hash(token))
    except BundleError as exc:
        raise DomainError("bundle.refused", f"acks file refused: {exc}; nothing was applied",
                          field="file") from None
    body = outer["body"]
    with ctx.db.write() as s:
        for r in body.get("results", []):
            counts = engine.apply_push_result(s, PushResult.model_validate(r), ctx.now())
            if counts is not None:
                report.batches += 1
                for k, v in counts.items():
                    report.pushed[k] += v
        for p in body.get("pages", []):
            counts = engine.apply_pull_page(s, PullPage.model_validate(p), ctx.site.code, ctx.now())
            report.pages += 1
            for k, v in counts.items():
                report.pulled[k] += v
        # The server answered our bundle, so it holds the key the bundle carried.
        settings.put_json(s, KEY_PENDING, False)
        audit.append(s, site_code=ctx.site.code, user=ctx.user.username,
                     event="sync.bundle_import", detail={"file": Path(path).name,
                                                         "batches": report.batches,
                                                         "pages": report.pages}, at=ctx.now())
    # The due dates the pages moved (a holiday schedule, a cross-check's answer).
    applications.refresh_stale_due_dates(ctx)
    take_decisions(ctx, report)
    with ctx.db.read() as s:
        report.left = engine.pending_counts(s)
    return report

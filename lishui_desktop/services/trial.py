"""A whole trial city on one machine (`lishui-desktop trial DIR`, `make trial`).

A city server (SQLite) that knows one county, 莲都区, and two of its townships; a
desktop database for each township, drawn from the demo (services.demo) without
any county decision in it; and the county's desktop. The townships' cases go up
by a real sync, the county's approver decides most of the queue by the rules on
the county desktop, and the decisions come back by sync: everything the server
holds, it was sent by the site that owns it. A few cases are left for the pilot
office: some waiting at the county, some published and waiting for their hand-up.

The server runs as `lishui-hq` processes (the commands the README shows), so this
module needs the server installed beside the desktop, as a developer's checkout has.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from lishui_desktop.domain import regions
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.store import settings
from lishui_desktop.store.models import Application, Household

from . import access, sync
from . import applications as ap
from .demo import DEMO_USERS, make_demo, reasons_from

COUNTY = "331102"                          # 莲都区
TOWNSHIPS = ("331102100", "331102102")     # 碧湖镇, 大港头镇
PASSWORDS = {u: p for u, _, _, p in DEMO_USERS}
# The city page's administrator (`lishui-hq account add`): a trial's, printed with the rest.
CITY_ADMIN, CITY_PASSWORD = "city.admin", "City2026trial"
# Cases left in the county's queue per township, for the pilot office to decide.
LEFT_FOR_COUNTY = 3


@dataclass
class TrialSite:
    code: str
    name: str
    kind: str
    db: Path
    token: str
    users: list


@dataclass
class TrialReport:
    folder: Path
    server_db: str
    url: str
    sites: list[TrialSite] = field(default_factory=list)
    decided: dict = field(default_factory=dict)       # outcome -> count
    waiting: int = 0                                   # left in the county's queue
    publicized: int = 0                                # left at the townships, to hand up

    def lines(self) -> list[str]:
        port = self.url.rsplit(":", 1)[1]
        out = [f"trial city in {self.folder}",
               f"  city server: lishui-hq serve --db {self.server_db} --host 127.0.0.1 --port {port}",
               f"  city page: {self.url}/ (sign in as {CITY_ADMIN} / {CITY_PASSWORD}, the city "
               f"administrator; more accounts: lishui-hq account add --db {self.server_db} "
               f"--user NAME --role county --county {COUNTY})",
               f"  county decisions made and sent back: "
               + ", ".join(f"{k} {v}" for k, v in sorted(self.decided.items())),
               f"  waiting at the county: {self.waiting}; published, waiting for their hand-up at the "
               f"townships: {self.publicized}"]
        for s in self.sites:
            out.append(f"  {s.name} ({s.code}, {s.kind}): lishui-desktop --db {s.db}")
            out.append("    users: " + ", ".join(f"{u} / {p} ({r})" for u, p, r in s.users))
        return out


def _hq(*args: str, db: str, password: str | None = None) -> str:
    # A password goes by $LISHUI_PASSWORD, as `lishui-hq account` takes it from a script.
    env = {**os.environ, "LISHUI_PASSWORD": password} if password else None
    p = subprocess.run([sys.executable, "-m", "lishui_hq.cli", *args, "--db", db],
                       capture_output=True, text=True, timeout=300, env=env, stdin=subprocess.DEVNULL)
    if p.returncode != 0:
        raise DomainError("trial.server", f"lishui-hq {args[0]} failed: {p.stderr.strip()}", field="server")
    return p.stdout.strip()


class _Server:
    """`lishui-hq serve` for the time the trial is being built."""

    def __init__(self, db: str, port: int, log: Path):
        import httpx
        self.url = f"http://127.0.0.1:{port}"
        self._log = open(log, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lishui_hq.cli", "serve", "--db", db, "--host", "127.0.0.1",
             "--port", str(port)], stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                self._log.close()
                raise DomainError("trial.server", f"the city server did not start (see {log})",
                                  field="server")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise DomainError("trial.server", f"the city server did not answer (see {log})",
                                  field="server")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _synced(ctx, what: str) -> sync.SyncReport:
    report = sync.sync_once(ctx)
    if report.error or report.pushed["refused"] or report.pushed["conflict"]:
        why = "; ".join(f"{r.entity} {r.entity_id}: {r.reason}" for r in sync.refusals(ctx)[:5])
        raise DomainError("trial.sync", f"{what}: the sync did not go through cleanly: "
                          f"{report.lines()} {why}", field="sync")
    return report


def _point_at(ctx, url: str, token: str) -> None:
    """The address the pilot office runs the server at; the key is registered already."""
    sync.configure(ctx, url, token, register=False)
    with ctx.work("sync.configure", entity="site", entity_id=ctx.site.code) as w:
        settings.put_json(w.session, sync.KEY_PENDING, False)


def decide_by_the_rules(approver, application_id: str) -> str | None:
    """What the county's approver decides when the rules' figures are all there is to go
    by: approve with the 初审's amount (the rules' own when they differ, saying why), or
    refuse with the conditions the rules find unmet. None when the case needs more than
    that (a relative of staff, whom the county visits in person first)."""
    result = ap.compute_benefit(approver, application_id)
    summary = ap.summary(approver, application_id)
    try:
        if result.eligible:
            params = {"amount_fen": result.amount_fen}
            if summary.proposed_fen is not None and summary.proposed_fen != result.amount_fen:
                params["amount_reason"] = "按审批之日执行的保障标准重新核算"
            ap.act(approver, application_id, Action.APPROVE, params)
            return "approved"
        ap.act(approver, application_id, Action.REFUSE, {"reasons": reasons_from(result, "refuse")})
        return "refused"
    except DomainError as exc:
        if exc.code == "duty.county_visit":
            return None
        raise


def make_trial(folder: str | Path, *, port: int = 8000, households: int = 300, seed: int = 1,
               progress=None) -> TrialReport:
    folder = Path(folder).resolve()
    if folder.exists() and any(folder.iterdir()):
        raise ValidationError("trial.exists", f"{folder} is not empty; give a new folder", field="folder")
    folder.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda text: None)
    server_db = f"sqlite:///{folder / 'hq.sqlite3'}"
    report = TrialReport(folder, server_db, f"http://127.0.0.1:{port}")
    _hq("init", db=server_db)
    _hq("account", "add", "--user", CITY_ADMIN, "--role", "city", db=server_db, password=CITY_PASSWORD)
    tokens = {code: _hq("site", "add", "--code", code, "--kind", kind, db=server_db)
              for code, kind in [(COUNTY, "county")] + [(t, "township") for t in TOWNSHIPS]}
    server = _Server(server_db, _free_port(), folder / "hq-build.log")
    try:
        for i, code in enumerate(TOWNSHIPS):
            say(f"{regions.name_of(code)}: demo households, first sync")
            path = folder / f"{code}.sqlite3"
            demo = make_demo(path, site_code=code, households=households, seed=seed + i, decided=False,
                             roles=("caseworker", "reviewer"))
            ctx = access.open_signed_in(path, "admin", PASSWORDS["admin"])
            sync.configure(ctx, server.url, tokens[code])
            _synced(ctx, code)
            ctx.db.dispose()
            report.sites.append(TrialSite(code, demo.site_name, "township", path, tokens[code], demo.users))
        say(f"{regions.name_of(COUNTY)}: the county's desktop pulls its queue and decides")
        path = folder / f"{COUNTY}.sqlite3"
        demo = make_demo(path, site_code=COUNTY, households=0, seed=seed, roles=("approver",))
        ctx = access.open_signed_in(path, "admin", PASSWORDS["admin"])
        sync.configure(ctx, server.url, tokens[COUNTY])
        _synced(ctx, COUNTY)
        approver = access.sign_in(ctx, "ap1", PASSWORDS["ap1"])
        with ctx.db.read() as s:
            queue = s.execute(select(Application.id, Application.township_code)
                              .join(Household, Household.id == Application.household_id)
                              .where(Application.state == State.AWAITING_DECISION.value)
                              .order_by(Application.handed_up_on, Application.id)).all()
        kept = {t: 0 for t in TOWNSHIPS}
        # The most recently handed up stay in the queue for the pilot office.
        for aid, township in reversed(queue):
            if kept[township] < LEFT_FOR_COUNTY:
                kept[township] += 1
                continue
            outcome = decide_by_the_rules(approver, aid)
            if outcome:
                report.decided[outcome] = report.decided.get(outcome, 0) + 1
        _synced(ctx, COUNTY)
        report.sites.append(TrialSite(COUNTY, demo.site_name, "county", path, tokens[COUNTY], demo.users))
        say("the townships take the county's decisions in")
        for site in report.sites[:2]:
            t = access.open_signed_in(site.db, "admin", PASSWORDS["admin"])
            _synced(t, site.code)
            # The desktops sync with the server where the pilot office will run it.
            _point_at(t, report.url, site.token)
            with t.db.read() as s:
                report.publicized += len(s.scalars(select(Application.id).where(
                    Application.state == State.PUBLICIZED.value)).all())
            t.db.dispose()
        _synced(ctx, COUNTY)
        _point_at(ctx, report.url, tokens[COUNTY])
        with ctx.db.read() as s:
            report.waiting = len(s.scalars(select(Application.id).where(
                Application.state == State.AWAITING_DECISION.value)).all())
        ctx.db.dispose()
    finally:
        server.stop()
    (folder / "README.txt").write_text("\n".join(report.lines()) + "\n", encoding="utf-8")
    os.chmod(folder / "README.txt", 0o644)
    return report

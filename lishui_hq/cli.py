"""`lishui-hq`: set up and run the city server.

Every command takes ``--db URL`` (default: $LISHUI_HQ_DB, else a SQLite file
lishui-hq.sqlite3 in the current folder); PostgreSQL in production, e.g.
``--db postgresql+psycopg://hq@db.example/lishui``. Errors go to stderr as one
sentence, with exit status 1 (2 for a wrong command line).
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import OperationalError

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.domain.money import to_fen
from lishui_desktop.sync.protocol import APPROVAL_LEVELS, ASSISTANCE_TYPES

from . import regions
from .db import DEFAULT_DB_URL, migrate
from .store import HqError, Invalid, Store, approval_level_items, urgent_aid_items
from .web import to_cst


def _db(args) -> str:
    return args.db or os.environ.get("LISHUI_HQ_DB") or DEFAULT_DB_URL


def _counties(arg: str) -> list[str]:
    if arg == "all":
        return list(regions.COUNTIES)
    if arg not in regions.COUNTIES:
        raise Invalid(f"{arg} is not a Lishui county code ({', '.join(regions.COUNTIES)}) or 'all'")
    return [arg]


def _date(text: str, what: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise Invalid(f"{what} {text!r} is not a date like 2026-01-01") from None


def cmd_init(args) -> int:
    migrate(_db(args))
    print(f"database ready: {_redact(_db(args))}")
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    from . import logs
    from .app import create_app
    logs.setup(args.log_level)
    if bool(args.certfile) != bool(args.keyfile):
        raise Invalid("--certfile and --keyfile go together (the certificate chain and its "
                      "private key, PEM)")
    for f in (args.certfile, args.keyfile):
        if f and not Path(f).is_file():
            raise Invalid(f"{f}: no such file")
    if args.attachment_lease <= 0:
        raise Invalid("--attachment-lease: give the seconds an unfinished upload is kept "
                      "(more than 0)")
    app = create_app(_db(args), max_body=args.max_body, attachment_lease=args.attachment_lease)
    tls = {"ssl_certfile": args.certfile, "ssl_keyfile": args.keyfile} if args.certfile else {}
    proxy = {"proxy_headers": True, "forwarded_allow_ips": args.trusted_proxy} \
        if args.trusted_proxy else {"proxy_headers": False}
    uvicorn.run(app, host=args.host, port=args.port, log_config=None, access_log=False,
                log_level=args.log_level, timeout_graceful_shutdown=10, server_header=False,
                **tls, **proxy)
    return 0


def cmd_site_add(args) -> int:
    store = Store(_db(args), migrate_now=True)
    token = store.add_site(args.code, args.kind, args.name)
    print(f"site {args.code} registered. Its token (shown only this once; enter it on the "
          f"site's desktop):", file=sys.stderr)
    print(token)
    return 0


def cmd_site_rotate(args) -> int:
    token = Store(_db(args), migrate_now=True).rotate_token(args.code)
    print(f"new token for site {args.code} (the old one no longer works):", file=sys.stderr)
    print(token)
    return 0


def cmd_site_list(args) -> int:
    sites = Store(_db(args), migrate_now=True).list_sites()
    print(f"{'code':<10} {'kind':<9} {'last sync (CST)':<17} {'audit':>7} {'conflicts':>9} "
          f"{'state':<8} name")
    for s in sites:
        last = to_cst(s["last_sync_at"]).strftime("%Y-%m-%d %H:%M") if s["last_sync_at"] \
            else "never"
        state = "revoked" if s["revoked_at"] else "active"
        print(f"{s['code']:<10} {s['kind']:<9} {last:<17} {s['audit_seq']:>7} "
              f"{s['pending_conflicts']:>9} {state:<8} {s['name']}")
    return 0


PASSWORD_ENV = "LISHUI_PASSWORD"     # as the desktop's command line takes passwords


def _password(username: str) -> str:
    """From $LISHUI_PASSWORD (scripts), else typed twice at the terminal: never an argument,
    which other users of the machine could read in the process list."""
    value = os.environ.get(PASSWORD_ENV)
    if value:
        return value
    if sys.stdin is None or not sys.stdin.isatty():
        raise Invalid(f"password: type it at the terminal or set ${PASSWORD_ENV}", path="password")
    import getpass
    first = getpass.getpass(f"password for {username}: ")
    if getpass.getpass("again: ") != first:
        raise Invalid("password: the two entries differ", path="password")
    return first


def cmd_account_add(args) -> int:
    from . import accounts
    store = Store(_db(args), migrate_now=True)
    a = accounts.add_account(store, args.user, args.role, _password(args.user), args.county)
    where = "every county" if a.county is None else f"county {a.county} only"
    print(f"account {a.username} ({a.role}: {where}) created; sign in on the city page")
    return 0


def cmd_account_password(args) -> int:
    from . import accounts
    accounts.set_password(Store(_db(args), migrate_now=True), args.user, _password(args.user))
    print(f"new password set for {args.user}; its open sessions have ended")
    return 0


def cmd_account_disable(args) -> int:
    from . import accounts
    accounts.set_disabled(Store(_db(args), migrate_now=True), args.user, not args.enable)
    print(f"account {args.user} {'enabled' if args.enable else 'disabled; its sessions have ended'}")
    return 0


def cmd_account_list(args) -> int:
    from . import accounts
    print(f"{'user':<20} {'role':<7} {'county':<7} {'password set (CST)':<19} state")
    for a in accounts.list_accounts(Store(_db(args), migrate_now=True)):
        print(f"{a['username']:<20} {a['role']:<7} {a['county_code'] or 'all':<7} "
              f"{to_cst(a['password_set_at']).strftime('%Y-%m-%d %H:%M'):<19} "
              f"{'disabled' if a['disabled_at'] else 'active'}")
    return 0


def cmd_duplicates_list(args) -> int:
    from . import duplicates
    cases = duplicates.open_cases(Store(_db(args), migrate_now=True), site=args.site,
                                  include_resolved=args.all)
    for c in cases:
        a, b = c["persons"]
        state = f"resolved by {c['resolved_by']}: {c['resolution']}" if c["resolved_at"] else "open"
        print(f"{c['case_id']}  {c['id_number'][:6]}********{c['id_number'][-4:]}  "
              f"{a['name']} ({a['township_name']} {a['village_name']}, since {a['since'][:10]})  /  "
              f"{b['name']} ({b['township_name']} {b['village_name']}, since {b['since'][:10]})  "
              f"found {c['detected_at'][:10]}  {state}")
    print(f"{len(cases)} duplicate persons", file=sys.stderr)
    return 0


def cmd_duplicates_resolve(args) -> int:
    from . import duplicates
    c = duplicates.resolve(Store(_db(args), migrate_now=True), args.case, by=args.by,
                           note=args.note)
    print(f"duplicate {c['case_id']} resolved by {c['resolved_by']}; both townships see it "
          f"after their next sync")
    return 0


def cmd_site_revoke(args) -> int:
    Store(_db(args), migrate_now=True).revoke_site(args.code)
    print(f"site {args.code}: token revoked")
    return 0


def cmd_standards_set(args) -> int:
    eff = _date(args.effective, "--effective")
    amounts = {}
    try:
        for name in ("dibao", "tekun", "child"):
            v = getattr(args, name)
            if v is not None:
                amounts[f"{name}_fen"] = to_fen(v, field=f"--{name}")
    except DomainError as e:
        raise Invalid(f"{e.field}: {e.message}") from None
    if not amounts:
        raise Invalid("give at least one of --dibao, --tekun, --child (yuan per person per month)")
    store = Store(_db(args), migrate_now=True)
    items = []
    for county in _counties(args.county):
        rid = f"{county}:{eff}"
        payload = dict(store.get_reference("standard", rid) or
                       {"county_code": county, "effective_from": eff})
        payload.update(amounts)
        items.append((rid, payload))
    n = store.put_reference("standard", items)
    print(f"standards effective {eff}: {n} changed, {len(items) - n} already so")
    return 0


def _holidays_from_calendar(year: int) -> list[tuple[str, dict]]:
    import datetime as dt

    import chinese_calendar
    out = []
    d = dt.date(year, 1, 1)
    while d.year == year:
        is_holiday, name = chinese_calendar.get_holiday_detail(d)
        weekend = d.weekday() >= 5
        if is_holiday and not weekend and name:
            out.append((d.isoformat(), {"date": d.isoformat(), "kind": "holiday", "name": name}))
        elif not is_holiday and weekend:
            out.append((d.isoformat(), {"date": d.isoformat(), "kind": "workday",
                                        "name": name or ""}))
        d += dt.timedelta(days=1)
    return out


def cmd_holidays_load(args) -> int:
    """CSV columns: date,kind,name with kind 'holiday' (a weekday off) or 'workday'
    (a weekend worked, 调休); or --year to take the year from chinese_calendar."""
    if bool(args.file) == bool(args.year):
        raise Invalid("give either a CSV file or --year")
    if args.year:
        items = _holidays_from_calendar(args.year)
        if not items:
            raise Invalid(f"chinese_calendar has no holidays for {args.year}")
    else:
        items, problems = [], []
        for line, row in _read_csv(args.file, ("date", "kind", "name")):
            d = row["date"].strip()
            try:
                d = date.fromisoformat(d).isoformat()
            except ValueError:
                problems.append(f"line {line}: date {d!r} is not like 2026-10-01")
                continue
            kind = row["kind"].strip()
            if kind not in ("holiday", "workday"):
                problems.append(f"line {line}: kind {kind!r} must be holiday or workday")
                continue
            items.append((d, {"date": d, "kind": kind, "name": (row.get("name") or "").strip()}))
        _no_problems(problems, args.file)
    n = Store(_db(args), migrate_now=True).put_reference("holiday", items)
    print(f"holidays: {len(items)} days read, {n} changed")
    return 0


def cmd_approval_level_set(args) -> int:
    types = list(ASSISTANCE_TYPES) if args.type == "all" else [args.type]
    items = []
    for county in _counties(args.county):
        items += approval_level_items(county, types, args.level)
    n = Store(_db(args), migrate_now=True).put_reference("approval_level", items)
    print(f"approval level '{args.level}': {n} changed, {len(items) - n} already so")
    return 0


def _set_figures(store: Store, code: str, figures: dict, source: str) -> tuple[str, dict]:
    """The county's record with these figures changed, checked by the shared rules."""
    from lishui_desktop.domain import county_rules
    old = store.get_reference("county_rules", code) or {"figures": {}}
    payload = {"county_code": code, "figures": {**old["figures"], **figures}, "source": source,
               "set_on": date.today().isoformat()}
    try:
        return code, county_rules.check(payload)
    except DomainError as e:
        raise Invalid(f"{e.field}: {e.message}") from None


def cmd_coverage_set(args) -> int:
    """A county's coverage figures and decision limit: every township of the county
    reckons with them after its next sync (domain.county_rules)."""
    figures: dict = {}
    if args.dibian_multiple is not None:
        figures["dibian_multiple"] = args.dibian_multiple
    if args.deduct_rigid is not None:
        figures["deduct_rigid_expenses"] = args.deduct_rigid == "yes"
    if args.taper_months is not None:
        figures["taper_months"] = args.taper_months
    assets = {k: v for k, v in (("financial_months_per_person", args.financial_months),
                                ("other_housing", args.other_housing)) if v is not None}
    try:
        for name, flag in (("vehicle_value_fen", "vehicle_value"), ("business_value_fen", "business_value")):
            v = getattr(args, flag)
            if v is not None:
                assets[name] = to_fen(v, field=f"--{flag.replace('_', '-')}")
    except DomainError as e:
        raise Invalid(f"{e.field}: {e.message}") from None
    if assets:
        figures["assets"] = assets
    if args.decision_days is not None:
        figures["decision_days"] = args.decision_days
    if not figures:
        raise Invalid("give at least one figure (--dibian-multiple, --deduct-rigid, --taper-months, "
                      "--financial-months, --vehicle-value, --other-housing, --business-value, --decision-days)")
    store = Store(_db(args), migrate_now=True)
    items = [_set_figures(store, county, figures, args.source) for county in _counties(args.county)]
    n = store.put_reference("county_rules", items)
    print(f"county figures ({', '.join(sorted(figures))}): {n} counties changed, {len(items) - n} already so")
    return 0


def cmd_coverage_exclude(args) -> int:
    """An income the city adds to the statutory exclusions (e.g. a city reward), city-wide."""
    from lishui_desktop.domain import county_rules
    store = Store(_db(args), migrate_now=True)
    code = args.code if args.code.startswith("city.") else f"city.{args.code}"
    current = dict((store.get_reference("county_rules", county_rules.CITY) or {"figures": {}})
                   ["figures"].get("extra_exclusions", {}))
    if args.remove:
        if current.pop(code, None) is None:
            raise Invalid(f"{code} is not one of the city's exclusions")
    else:
        if not (args.name or "").strip():
            raise Invalid("--name: give the income's name, e.g. 市级见义勇为奖励")
        current[code] = args.name.strip()
    n = store.put_reference("county_rules", [_set_figures(store, county_rules.CITY,
                                                          {"extra_exclusions": current}, args.source)])
    print(f"city income exclusions: {len(current)} ({n} changed)")
    return 0


def cmd_coverage_show(args) -> int:
    from lishui_desktop.domain import county_rules
    store = Store(_db(args), migrate_now=True)
    for code in [county_rules.CITY, *regions.COUNTIES]:
        r = store.get_reference("county_rules", code)
        if r:
            figures = ", ".join(f"{k}={v}" for k, v in sorted(r["figures"].items()))
            print(f"{code}  {figures}  ({r['source']}, {r['set_on']})")
    return 0


def urgent_aid_default_days() -> int:
    from lishui_desktop.domain.urgent_aid import DEFAULT_COMPLETION_DAYS
    return DEFAULT_COMPLETION_DAYS


def cmd_urgent_aid_set(args) -> int:
    try:
        limit_fen = to_fen(args.limit, field="--limit")
    except DomainError as e:
        raise Invalid(f"--limit: {e.message}") from None
    items = urgent_aid_items(_counties(args.county), limit_fen, args.days)
    n = Store(_db(args), migrate_now=True).put_reference("urgent_aid", items)
    print(f"pay-first limit {args.limit} yuan, paperwork within {args.days} working days: "
          f"{n} changed, {len(items) - n} already so")
    return 0


def cmd_migration_allow(args) -> int:
    Store(_db(args), migrate_now=True).allow_migration(args.site, args.sha256, args.cases,
                                                       args.note or "")
    print(f"site {args.site}: up to {args.cases} decided cases migrated from roster "
          f"{args.sha256} are accepted")
    return 0


def cmd_migration_list(args) -> int:
    rows = Store(_db(args), migrate_now=True).migration_sources()
    for r in rows:
        print(f"{r['site_code']}  {r['sha256']}  {r['used']}/{r['cases']} cases  "
              f"{r['allowed_at']:%Y-%m-%d}  {r['note']}")
    print(f"{len(rows)} rosters accepted")
    return 0


def cmd_access_log(args) -> int:
    rows = Store(_db(args), migrate_now=True).access_log(args.site, args.limit)
    for r in rows:
        ids = r["ids"] if args.ids else r["ids"][:3] + (["…"] if len(r["ids"]) > 3 else [])
        print(f"{r['at']:%Y-%m-%d %H:%M:%S}  {r['site_code']}  {r['address']}  "
              f"{r['entity']} ×{r['count']}  {' '.join(ids)}")
    print(f"{len(rows)} entries (newest first)")
    return 0


def cmd_villages_import(args) -> int:
    items, problems, seen = [], [], set()
    for line, row in _read_csv(args.file, ("code", "name")):
        code, name = row["code"].strip(), (row["name"] or "").strip()
        if not re.fullmatch(r"[0-9]{12}", code):
            problems.append(f"line {line}: code {code!r} is not 12 digits")
        elif code[:9] not in regions.TOWNSHIPS:
            problems.append(f"line {line}: {code} is not in a Lishui township "
                            f"({code[:9]} unknown)")
        elif not name:
            problems.append(f"line {line}: village {code} has no name")
        elif code in seen:
            problems.append(f"line {line}: {code} appears twice")
        else:
            seen.add(code)
            items.append((code, {"code": code, "name": name, "township_code": code[:9],
                                 "county_code": code[:6]}))
    _no_problems(problems, args.file)
    n = Store(_db(args), migrate_now=True).put_reference("village", items)
    print(f"villages: {len(items)} read, {n} changed")
    return 0


def cmd_verify_audit(args) -> int:
    results = Store(_db(args), migrate_now=True).verify_audit(args.site)
    if args.site and not results:
        raise Invalid(f"no site {args.site}")
    bad = 0
    for r in results:
        if r["ok"]:
            print(f"{r['site_code']}: ok ({r['entries']} entries)")
        else:
            bad += 1
            print(f"{r['site_code']}: BROKEN: {r['problem']}")
    print(f"{len(results)} sites checked, {bad} broken")
    return 1 if bad else 0


def cmd_import_bundle(args) -> int:
    from .bundles import import_bundle
    raw = _read_file(args.file)
    site, results, seen = import_bundle(Store(_db(args), migrate_now=True), raw)
    totals: dict[str, int] = {}
    for r in results:
        if r.batch_id in seen:
            continue
        for rec in r.results:
            totals[rec.status] = totals.get(rec.status, 0) + 1
    head = f"bundle from {site.code} ({site.name}): {len(results)} batches"
    if seen and len(seen) == len(results):
        print(f"{head}, all imported before: nothing new was applied")
        return 0
    again = f" ({len(seen)} imported before, not applied again)" if seen else ""
    print(f"{head}{again}; " + (", ".join(f"{k} {v}" for k, v in sorted(totals.items()))
                                if totals else "no records"))
    return 0


def cmd_export_acks(args) -> int:
    from .bundles import export_acks
    data, summary = export_acks(Store(_db(args), migrate_now=True), _read_file(args.bundle))
    Path(args.out).write_bytes(data)
    print(f"acks for {summary['site']}: answers to {summary['batches']} batches and "
          f"{summary['records']} records to pull, written to {args.out}")
    return 0


def _read_file(path: str) -> bytes:
    p = Path(path)
    if not p.is_file():
        raise Invalid(f"{path}: no such file")
    return p.read_bytes()


def _read_csv(path: str, need: tuple[str, ...]):
    p = Path(path)
    if not p.is_file():
        raise Invalid(f"{path}: no such file")
    with p.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in need if c not in (reader.fieldnames or [])]
        if missing:
            raise Invalid(f"{path}: the header must name the columns {', '.join(need)} "
                          f"(missing {', '.join(missing)})")
        for i, row in enumerate(reader, start=2):
            yield i, {k: (v or "") for k, v in row.items() if k}


def _no_problems(problems: list[str], path: str) -> None:
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise Invalid(f"{path}: nothing imported; {len(problems)} problems:\n  {shown}{more}")


def _redact(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lishui-hq", description="The Lishui city server.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help=f"database URL (default $LISHUI_HQ_DB or {DEFAULT_DB_URL})")
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("init", parents=[common], help="create or upgrade the database").set_defaults(
        func=cmd_init)

    s = sub.add_parser("serve", parents=[common], help="run the HTTP server")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument("--max-body", type=int, default=16 * 1024 * 1024,
                   help="largest request body in bytes (default 16 MiB)")
    s.add_argument("--attachment-lease", type=float, default=24 * 3600, metavar="SECONDS",
                   help="an attachment upload with no new part for this long lapses and its "
                        "parts are deleted (default 86400: a day)")
    s.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    s.add_argument("--certfile", help="serve HTTPS with this certificate chain (PEM)")
    s.add_argument("--keyfile", help="the certificate's private key (PEM)")
    s.add_argument("--trusted-proxy", metavar="IP",
                   help="a reverse proxy in front (e.g. 127.0.0.1): take the client address "
                        "from its X-Forwarded-For (for the lock-out and the access log)")
    s.set_defaults(func=cmd_serve)

    site = sub.add_parser("site", help="sites and their tokens").add_subparsers(
        dest="site_command", required=True)
    a = site.add_parser("add", parents=[common], help="register a site; prints its token once")
    a.add_argument("--code", required=True)
    a.add_argument("--kind", required=True, choices=["township", "county"])
    a.add_argument("--name", help="default: the official name of the code")
    a.set_defaults(func=cmd_site_add)
    site.add_parser("list", parents=[common]).set_defaults(func=cmd_site_list)
    for name, func, helptext in (("revoke", cmd_site_revoke, "stop a site's token working"),
                                 ("rotate", cmd_site_rotate, "issue a new token")):
        r = site.add_parser(name, parents=[common], help=helptext)
        r.add_argument("--code", required=True)
        r.set_defaults(func=func)

    acc = sub.add_parser("account", help="who may read the city page").add_subparsers(
        dest="account_command", required=True)
    aa = acc.add_parser("add", parents=[common],
                        help=f"a city administrator or a county's staff (password from the "
                             f"terminal or ${PASSWORD_ENV})")
    aa.add_argument("--user", required=True)
    aa.add_argument("--role", required=True, choices=["city", "county"],
                    help="city: every county; county: one county only")
    aa.add_argument("--county", help="the county code, for --role county")
    aa.set_defaults(func=cmd_account_add)
    ap = acc.add_parser("password", parents=[common],
                        help=f"set a new password (terminal or ${PASSWORD_ENV}); ends its sessions")
    ap.add_argument("--user", required=True)
    ap.set_defaults(func=cmd_account_password)
    ad = acc.add_parser("disable", parents=[common], help="stop an account signing in")
    ad.add_argument("--user", required=True)
    ad.add_argument("--enable", action="store_true", help="let it sign in again")
    ad.set_defaults(func=cmd_account_disable)
    acc.add_parser("list", parents=[common]).set_defaults(func=cmd_account_list)

    st = sub.add_parser("standards", help="assistance standards").add_subparsers(
        dest="standards_command", required=True)
    ss = st.add_parser("set", parents=[common],
                       help="set standards (yuan per person per month) from a date on")
    ss.add_argument("--county", required=True, help="county code or 'all'")
    ss.add_argument("--effective", required=True, help="first day it applies, YYYY-MM-DD")
    ss.add_argument("--dibao", help="最低生活保障 standard, yuan")
    ss.add_argument("--tekun", help="特困 basic living standard, yuan")
    ss.add_argument("--child", help="孤困儿童 basic living standard, yuan")
    ss.set_defaults(func=cmd_standards_set)

    h = sub.add_parser("holidays", help="the holiday calendar").add_subparsers(
        dest="holidays_command", required=True)
    hl = h.add_parser("load", parents=[common],
                      help="load holidays and worked weekends from CSV (date,kind,name) or --year")
    hl.add_argument("file", nargs="?")
    hl.add_argument("--year", type=int, help="take the year from the chinese_calendar package")
    hl.set_defaults(func=cmd_holidays_load)

    al = sub.add_parser("approval-level", help="who decides").add_subparsers(
        dest="approval_command", required=True)
    als = al.add_parser("set", parents=[common],
                        help="decisions made by the county or delegated to the townships")
    als.add_argument("--county", required=True, help="county code or 'all'")
    als.add_argument("--type", required=True, choices=list(ASSISTANCE_TYPES) + ["all"])
    als.add_argument("--level", required=True, choices=list(APPROVAL_LEVELS))
    als.set_defaults(func=cmd_approval_level_set)

    cv = sub.add_parser("coverage", help="a county's coverage figures and decision limit").add_subparsers(
        dest="coverage_command", required=True)
    cs = cv.add_parser("set", parents=[common],
                       help="set figures for a county (or all); the others stay as they are")
    cs.add_argument("--county", required=True, help="county code or 'all'")
    cs.add_argument("--source", required=True, help="the city's document, e.g. 丽民发〔2026〕12号")
    cs.add_argument("--dibian-multiple", help="near-dibao: income at or below this multiple of the standard")
    cs.add_argument("--deduct-rigid", choices=["yes", "no"], help="支出型贫困: deduct rigid expenses")
    cs.add_argument("--taper-months", type=int, help="渐退期 in months (0-6)")
    cs.add_argument("--financial-months", type=int, help="financial assets per person, x the dibao standard")
    cs.add_argument("--vehicle-value", help="motor vehicles allowed, total value in yuan")
    cs.add_argument("--other-housing", type=int, help="housing units allowed beyond the home lived in")
    cs.add_argument("--business-value", help="registered business assets allowed, yuan")
    cs.add_argument("--decision-days", type=int, help="the county's decision limit, working days")
    cs.set_defaults(func=cmd_coverage_set)
    ce = cv.add_parser("exclude", parents=[common], help="an income the city excludes, city-wide")
    ce.add_argument("--code", required=True, help="city.<code>")
    ce.add_argument("--name", help="the income's name")
    ce.add_argument("--source", required=True, help="the city's document")
    ce.add_argument("--remove", action="store_true")
    ce.set_defaults(func=cmd_coverage_exclude)
    cv.add_parser("show", parents=[common]).set_defaults(func=cmd_coverage_show)

    ua = sub.add_parser("urgent-aid", help="urgent temporary aid paid first by the township").add_subparsers(
        dest="urgent_command", required=True)
    uas = ua.add_parser("set", parents=[common],
                        help="a county's pay-first limit (先行救助) and the period to complete the paperwork")
    uas.add_argument("--county", required=True, help="county code or 'all'")
    uas.add_argument("--limit", required=True, help="yuan per case, e.g. 4000")
    uas.add_argument("--days", type=int, default=urgent_aid_default_days(),
                     help="working days to complete the paperwork after the payment")
    uas.set_defaults(func=cmd_urgent_aid_set)

    ac = sub.add_parser("access-log", parents=[common],
                        help="who received which personal records (pulls, attachments)")
    ac.add_argument("--site", help="only this site")
    ac.add_argument("--limit", type=int, default=100)
    ac.add_argument("--ids", action="store_true", help="every record id, not the first three")
    ac.set_defaults(func=cmd_access_log)

    mg = sub.add_parser("migration", help="rosters of cases decided before the system").add_subparsers(
        dest="migration_command", required=True)
    ma = mg.add_parser("allow", parents=[common],
                       help="accept a township's cases migrated from this roster as decided")
    ma.add_argument("--site", required=True, help="the township's code")
    ma.add_argument("--sha256", required=True, help="the roster's sha256, as the import printed")
    ma.add_argument("--cases", required=True, type=int, help="how many cases it holds")
    ma.add_argument("--note", help="where the roster comes from (e.g. the county's letter)")
    ma.set_defaults(func=cmd_migration_allow)
    mg.add_parser("list", parents=[common]).set_defaults(func=cmd_migration_list)

    v = sub.add_parser("villages", help="village list").add_subparsers(
        dest="villages_command", required=True)
    vi = v.add_parser("import", parents=[common], help="import a CSV with columns code,name")
    vi.add_argument("file")
    vi.set_defaults(func=cmd_villages_import)

    va = sub.add_parser("verify-audit", parents=[common],
                        help="re-check every site's audit chain from its first entry")
    va.add_argument("--site")
    va.set_defaults(func=cmd_verify_audit)

    dp = sub.add_parser("duplicates", help="the same person in two townships").add_subparsers(
        dest="duplicates_command", required=True)
    dl = dp.add_parser("list", parents=[common], help="open cases (--all: resolved too)")
    dl.add_argument("--site", help="only cases of this township or county")
    dl.add_argument("--all", action="store_true")
    dl.set_defaults(func=cmd_duplicates_list)
    dr = dp.add_parser("resolve", parents=[common], help="record a person's conclusion on a case")
    dr.add_argument("case")
    dr.add_argument("--by", required=True, help="who resolved it (name and office)")
    dr.add_argument("--note", required=True, help="what was found and done")
    dr.set_defaults(func=cmd_duplicates_resolve)

    ib = sub.add_parser("import-bundle", parents=[common],
                        help="apply a site's USB bundle (same answers as the network path)")
    ib.add_argument("file")
    ib.set_defaults(func=cmd_import_bundle)
    ea = sub.add_parser("export-acks", parents=[common],
                        help="write the answers to a bundle and what the site should pull")
    ea.add_argument("--bundle", required=True, help="the bundle imported with import-bundle")
    ea.add_argument("--out", required=True)
    ea.set_defaults(func=cmd_export_acks)
    return p


#: what the server install adds to the shared core (setup.cfg extras "server")
SERVER_MODULES = {"fastapi", "uvicorn", "psycopg", "starlette"}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ModuleNotFoundError as e:
        if (e.name or "").split(".")[0] not in SERVER_MODULES:
            raise
        print(f"error: {e.name} is not installed: this is a desktop install without the city "
              f"server; install the server with pip install 'lishui-desktop[server]'",
              file=sys.stderr)
        return 1
    except HqError as e:
        print(f"error: {e.message}", file=sys.stderr)
        return 1
    except OperationalError as e:
        print(f"error: the database {_redact(_db(args))} cannot be used: {e.orig}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

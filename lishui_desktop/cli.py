"""`lishui-desktop`: no subcommand starts the GUI; the subcommands are what a
township's IT helper runs (demo, migrate, verify, backup, restore, ...).

The database is encrypted. Commands a scheduled task runs with nobody at the
keyboard (sync, backup, verify) unlock it with this computer's service key; the
others sign a person in: ``--user NAME``, the password from the terminal or, for
scripts, from ``$LISHUI_PASSWORD``.
"""
from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

APP = "lishui-desktop"


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version
    try:
        return dist_version(APP)
    except PackageNotFoundError:        # a frozen build without the dist-info
        return "unknown"


#: what the desktop install adds to the shared core (setup.cfg extras "desktop")
DESKTOP_MODULES = {"PySide6", "reportlab", "qrcode", "httpx", "platformdirs", "pypinyin",
                   "lunar_python", "zxingcpp", "PIL", "openpyxl", "xlrd"}


def default_db_path() -> Path:
    env = os.environ.get("LISHUI_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP, appauthor=False)) / "lishui.sqlite3"


def _db_arg(p: argparse.ArgumentParser, top: bool = False) -> None:
    # Subcommands must not reset a --db given before them, hence SUPPRESS there.
    p.add_argument("--db", type=Path, default=None if top else argparse.SUPPRESS,
                   help=f"database file (default: $LISHUI_DB or {default_db_path()})")


def _iso_date(text: str):
    from datetime import date
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _iso_month(text: str) -> str:
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.domain.payroll import check_month
    try:
        return check_month(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


PASSWORD_ENV = "LISHUI_PASSWORD"


def _user_arg(p: argparse.ArgumentParser, what: str = "sign in as this account") -> None:
    p.add_argument("--user", default=None,
                   help=f"{what} (password from the terminal or ${PASSWORD_ENV})")


def _yuan(text: str) -> int:
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.domain.money import to_fen
    try:
        return to_fen(text)
    except (DomainError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in yuan like 1060 or 530.50") from exc


# The steps `case` offers from the command line (the GUI has them all).
CASE_ACTIONS = ("close_notice", "hand_up", "approve", "refuse", "return", "withdraw")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=APP, description="Lishui social-assistance casework")
    parser.add_argument("--version", action="version", version=f"{APP} {version()}")
    _db_arg(parser, top=True)
    parser.add_argument("--lang", choices=["zh", "en"], default=None, help="interface language")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--demo-if-missing", action="store_true",
                        help="make a demo database first when the file does not exist (`make run`)")
    parser.add_argument("--insecure-plain", action="store_true", default=argparse.SUPPRESS,
                        help="DEVELOPERS ONLY: make or open an unencrypted database file")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("demo", help="make a demo database for a township or county")
    _db_arg(p)
    p.add_argument("--households", type=int, default=1000)
    p.add_argument("--site", default="331102100", help="township or county code (shared/data)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--workers", type=int, default=None,
                   help="processes making the households (0: none besides this one; default one "
                        "per core, up to 4, from 10,000 households)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.add_argument("--insecure-plain", action="store_true", default=argparse.SUPPRESS,
                   help="DEVELOPERS ONLY: an unencrypted file")

    p = sub.add_parser("migrate", help="upgrade the database schema (after a backup)")
    _db_arg(p)
    _user_arg(p)

    p = sub.add_parser("verify", help="check the audit chain and SQLite integrity")
    _db_arg(p)
    _user_arg(p, "unlock as this account instead of with the service key")

    p = sub.add_parser("backup", help="make a backup now (SQLite online backup)")
    _db_arg(p)
    _user_arg(p, "unlock as this account instead of with the service key")
    p.add_argument("--keep", type=int, default=14, help="how many backups to keep")
    p.add_argument("--list", action="store_true", help="list the backups instead")

    p = sub.add_parser("restore", help="bring back a backup after checking it")
    _db_arg(p)
    _user_arg(p, "an administrator of the backup")
    p.add_argument("backup", type=Path, help="backup file (see `backup --list`)")

    p = sub.add_parser("encrypt", help="encrypt an old plain database in place (after a backup)")
    _db_arg(p)
    _user_arg(p, "an administrator")
    p.add_argument("--no-service-key", action="store_true",
                   help="do not let scheduled commands on this computer open the file")

    p = sub.add_parser("rekey", help="re-encrypt the database under a new key (after a backup)")
    _db_arg(p)
    _user_arg(p, "an administrator")

    p = sub.add_parser("service-key", help="let scheduled commands on this computer open the file, or stop them")
    _db_arg(p)
    _user_arg(p, "an administrator")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--enable", action="store_true")
    g.add_argument("--disable", action="store_true")

    p = sub.add_parser("recovery-code", help="make a new recovery code (the old one stops working)")
    _db_arg(p)
    _user_arg(p, "an administrator")

    p = sub.add_parser("recover", help="with the recovery code: a new password for an administrator")
    _db_arg(p)
    p.add_argument("--user", required=True, help="the administrator account")
    p.add_argument("--code-env", default="LISHUI_RECOVERY_CODE",
                   help="environment variable holding the recovery code (else asked)")

    p = sub.add_parser("sync", help="one full sync with the city server (for a scheduled task)")
    _db_arg(p)
    _user_arg(p, "unlock as this account instead of with the service key")
    p.add_argument("--server", help="set the city server address first (e.g. https://hq.lishui.gov:8443)")
    p.add_argument("--token", help="set this site's token first (from `lishui-hq site add`)")
    p.add_argument("--ca-file", help="pin the city's CA certificate (PEM) for https; only "
                                     "servers it signed are trusted")
    p.add_argument("--insecure-http", action="store_true",
                   help="allow plain http to another computer (the token and data travel "
                        "unencrypted; only on a network the city trusts)")
    p.add_argument("--batch-size", type=int, default=500)
    p.add_argument("--register-only", action="store_true",
                   help="only store the address and token and register the site's key; send "
                        "nothing (when the server does not answer, the key goes with the first "
                        "sync or bundle)")

    p = sub.add_parser("refusals", help="changes the city server refused: list them, or dismiss "
                                        "the ones dealt with")
    _db_arg(p)
    p.add_argument("--dismiss", action="append", default=[], metavar="ID",
                   help="mark this refusal as read and dealt with (repeatable)")
    p.add_argument("--resend", action="append", default=[], metavar="ID",
                   help="send the refused record again, as it is now (after correcting it), "
                        "with the next sync (repeatable)")
    _user_arg(p, "unlock as this account instead of with the service key")

    p = sub.add_parser("bundle", help="USB transfer: export pending changes, import the city's answers")
    bsub = p.add_subparsers(dest="bundle_command", required=True)
    b = bsub.add_parser("export", help="write every pending change into one signed file")
    _db_arg(b)
    _user_arg(b)
    b.add_argument("--out", type=Path, required=True)
    b = bsub.add_parser("import", help="apply an acks file from `lishui-hq export-acks`")
    _db_arg(b)
    _user_arg(b)
    b.add_argument("file", type=Path)

    p = sub.add_parser("notices", help="write notices as PDF files without the GUI")
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, help="folder for the PDF files")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--application", help="issue the notices this case calls for now")
    g.add_argument("--sample", action="store_true", help="one sample of every kind (no database)")
    p.add_argument("--kind", action="append", help="only these kinds (repeatable)")
    _user_arg(p, "the issuing caseworker or reviewer")

    p = sub.add_parser("verify-notice", help="check a notice's signed QR code (PDF or payload text)")
    _db_arg(p)
    p.add_argument("notice", help="a PDF file, or the QR code's text")
    p.add_argument("--key", action="append", default=[],
                   help="SITE=BASE64 public key (else the keys in the database)")
    _user_arg(p, "to read the keys in the database")

    p = sub.add_parser("reviews", help="list the 复核 reviews due (periodic and reported changes)")
    _db_arg(p)
    p.add_argument("--due-before", type=_iso_date, default=None,
                   help="list periodic reviews falling due up to this day (YYYY-MM-DD); "
                        "default: those due now")
    _user_arg(p, "unlock as this account instead of with the service key")

    p = sub.add_parser("import", help="import the office's roster (xlsx or xls): all rows or none")
    _db_arg(p)
    p.add_argument("file", type=Path, help="the roster workbook (.xlsx or .xls), first sheet")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--report", type=Path, help="write a copy of the sheet with the problems")
    p.add_argument("--user", default=None,
                   help="importing user (default: the first township reviewer or caseworker)")
    p = sub.add_parser("export", help="a list as the GUI shows it, to xlsx (ID numbers masked unless --reveal)")
    _db_arg(p)
    p.add_argument("list", choices=["households", "applications"])
    p.add_argument("--out", type=Path, required=True, help="FILE.xlsx")
    p.add_argument("--reveal", action="store_true",
                   help="full ID numbers (casework roles only; recorded in the audit log)")
    p.add_argument("--search", default="", help="as typed in the list's search box")
    p.add_argument("--village", default=None, help="households: a village code")
    p.add_argument("--scope", default="open", choices=["open", "awaiting", "active", "closed", "all"],
                   help="applications: which cases (default: in progress)")
    p.add_argument("--type", default=None, help="applications: one assistance type")
    p.add_argument("--lang", choices=["zh", "en"], default=argparse.SUPPRESS, help="column headers (zh)")
    _user_arg(p)
    p = sub.add_parser("payroll", help="the monthly payment roll (发放名册): build, export, bank returns")
    psub = p.add_subparsers(dest="payroll_command", required=True)
    for name, text in (("build", "build (or rebuild, while a draft) the month's roll"),
                       ("export", "write the roll: xlsx (草稿 until frozen), csv/bank (approved only), pdf"),
                       ("import-return", "read the bank's return file; failures go to the queue"),
                       ("status", "the month's rolls with their totals and reconciliation")):
        b = psub.add_parser(name, help=text)
        _db_arg(b)
        b.add_argument("--month", type=_iso_month, required=True, help="YYYY-MM")
        b.add_argument("--type", default="dibao", help="assistance type (default dibao)")
        b.add_argument("--user", default=None, help="acting user (default: the first township staff)")
        if name == "export":
            b.add_argument("--format", choices=["xlsx", "csv", "pdf", "bank"], required=True)
            b.add_argument("--out", type=Path, required=True)
        if name == "import-return":
            b.add_argument("--file", type=Path, required=True, help="the bank's file (xlsx or csv)")

    p = sub.add_parser("crosscheck", help="信息核对: the requests to the cross-check platform and its results")
    csub = p.add_subparsers(dest="crosscheck_command", required=True)
    for name, text in (("list", "the requests still waiting for a result"),
                       ("export", "write the waiting requests as the platform's xlsx (full ID numbers; audited)"),
                       ("import", "read the platform's result xlsx: every row checked, all or nothing")):
        b = csub.add_parser(name, help=text)
        _db_arg(b)
        b.add_argument("--user", default=None, help="acting user (default: the first township staff)")
        if name == "export":
            b.add_argument("--out", type=Path, required=True, help="FILE.xlsx")
        if name == "import":
            b.add_argument("--file", type=Path, required=True, help="the result workbook (.xlsx)")

    p = sub.add_parser("report", help="statutory reports")
    rsub = p.add_subparsers(dest="report_command", required=True)
    b = rsub.add_parser("monthly", help="the monthly statistics (月报) to xlsx or PDF, filed for the city")
    _db_arg(b)
    b.add_argument("--month", type=_iso_month, required=True, help="YYYY-MM")
    b.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.pdf")
    b.add_argument("--user", default=None, help="filing user (default: the first township staff)")

    p = sub.add_parser("trial", help="a whole trial city in a folder: city server, county, two townships")
    p.add_argument("folder", type=Path, help="a new (or empty) folder")
    p.add_argument("--port", type=int, default=8000, help="the port the trial's server will run on")
    p.add_argument("--households", type=int, default=300, help="households per township")
    p.add_argument("--seed", type=int, default=1)

    p = sub.add_parser("cases", help="list cases (id, type, state, household, due date)")
    _db_arg(p)
    p.add_argument("--state", action="append", default=[], help="only cases in this state (repeatable)")
    _user_arg(p)

    p = sub.add_parser("case", help="one step of a case, as the signed-in user (the rules decide)")
    _db_arg(p)
    p.add_argument("application", help="the case's id (see `cases`)")
    p.add_argument("action", choices=CASE_ACTIONS)
    p.add_argument("--amount", type=_yuan, default=None,
                   help="approve: the monthly (or one-off) amount in yuan; default the 初审's")
    p.add_argument("--amount-reason", default="", help="approve: why the amount differs from the 初审's")
    p.add_argument("--reason", action="append", default=[], help="refuse, return, withdraw: a reason (repeatable)")
    _user_arg(p)

    p = sub.add_parser("fonts", help="the faces the notices are set in (FandolFang is converted to "
                                     "TrueType once, here, if it is the 仿宋 found)")
    p.add_argument("--background", action="store_true",
                   help="at low priority: the desktop starts it so after sign-in when a face waits to be converted")

    p = sub.add_parser("screenshot", help="render every page offscreen to PNG (review, documentation)")
    _db_arg(p)
    p.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    p.add_argument("--lang", choices=["zh", "en"], default=argparse.SUPPRESS, help="interface language (zh)")
    _user_arg(p)

    return parser


def main(argv: list[str] | None = None) -> int:
    # A large demo makes its households in worker processes (services.demo): in a frozen
    # build each starts as this program again, and here it runs the worker and exits.
    import multiprocessing
    multiprocessing.freeze_support()
    try:
        return _main(argv)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in DESKTOP_MODULES:
            raise
        print(f"error: {exc.name} is not installed: this is a city server install without the "
              f"desktop; install the desktop with pip install 'lishui-desktop[desktop]'",
              file=sys.stderr)
        return 2


def _main(argv: list[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    db_path = Path(args.db) if args.db else default_db_path()
    from lishui_desktop.domain.errors import DomainError
    try:
        if args.command is None:
            if _qt_problem():
                return 3
            if args.demo_if_missing and not db_path.exists():
                _first_run_demo(db_path, _plain(args))
            return _gui(db_path, args.lang)
        return COMMANDS[args.command](args, db_path)
    except DomainError as exc:
        # A sentence for the person at the keyboard; the code is for logs and the GUI.
        print(f"error: {exc.message}", file=sys.stderr)
        return 2


def _qt_problem() -> int:
    from lishui_desktop.gui.platform_check import problem
    found = problem()
    if found is None:
        return 0
    # instead of Qt's "could not load the Qt platform plugin" and an abort
    print(f"error: {found.message()}", file=sys.stderr)
    return 3


def _gui(db_path: Path, lang: str | None, argv=None) -> int:
    from lishui_desktop.gui.app import run
    return run(db_path, lang=lang)


def _plain(args) -> bool:
    return bool(getattr(args, "insecure_plain", False))


def _password(prompt: str = "password: ", env: str = PASSWORD_ENV) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    from lishui_desktop.domain.errors import ValidationError
    raise ValidationError("cli.password", f"no password: type it at the terminal or set ${env}",
                          field="password")


def _open(args, db_path: Path, *, unattended: bool = False, admin: bool = False, migrate: bool = True,
          sign_in_user: bool = True):
    """The Context a command works in: a person signed in, or the service key (unattended)."""
    from lishui_desktop.domain.errors import DomainError, PermissionDenied
    from lishui_desktop.domain.workflow import Role
    from lishui_desktop.services import access
    user = getattr(args, "user", None) if sign_in_user else None
    if _plain(args):
        ctx = access.open_plain(db_path, migrate=migrate)
        if user:
            ctx = access.sign_in(ctx, user, _password(f"password of {user}: "))
    elif user:
        ctx = access.open_signed_in(db_path, user, _password(f"password of {user}: "), migrate=migrate)
    elif unattended:
        ctx = access.open_service(db_path)
    else:
        raise DomainError("cli.user", "sign in: --user NAME (the password from the terminal or "
                          f"${PASSWORD_ENV})", field="user")
    if admin and ctx.user.role is not Role.ADMIN:
        ctx.db.dispose()
        raise PermissionDenied("user.admin_only", "this command needs an administrator", field="user")
    return ctx


def _remove_database(db_path: Path) -> None:
    from lishui_desktop.store.keys import keyfile_path
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    keyfile_path(db_path).unlink(missing_ok=True)


def cmd_demo(args, db_path: Path) -> int:
    from lishui_desktop.services.demo import check_size, make_demo
    from lishui_desktop.store.keys import keyfile_path
    check_size(args.households, args.workers)      # before an existing file is replaced
    if db_path.exists() or keyfile_path(db_path).exists():
        if not args.force:
            print(f"error: {db_path} exists (use --force to replace it)", file=sys.stderr)
            return 2
        _remove_database(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    report = make_demo(db_path, site_code=args.site, households=args.households, seed=args.seed,
                       progress=_print_progress, plain=_plain(args), workers=args.workers)
    print()
    for line in report.lines():
        print(line)
    return 0


def _print_progress(done: int, total: int, what: str = "") -> None:
    print(f"\r{what} {done}/{total}", end="", file=sys.stderr, flush=True)


def cmd_migrate(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    ctx = _open(args, db_path, migrate=False)
    before, after, made = access.migrate(ctx)
    print(f"schema {before or 'empty'} -> {after}" + (f" (backup: {made})" if made else ""))
    return 0


def _key(args, db_path: Path) -> bytes | None:
    """The database key for commands that read the file itself (verify, backup)."""
    from lishui_desktop.services import access
    if not db_path.exists():
        from lishui_desktop.domain.errors import DomainError
        raise DomainError("db.missing", f"no database at {db_path}", field="db")
    if _plain(args):
        return None
    if getattr(args, "user", None):
        ctx = _open(args, db_path, migrate=False)
        ctx.db.dispose()
        return ctx.db.key
    return access.service_key_for(db_path)


def cmd_verify(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    report = access.verify(db_path, _key(args, db_path))
    for line in report.lines():
        print(line)
    return 0 if report.ok else 1


def cmd_backup(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    if args.list:
        for b in access.list_backups(db_path):
            print(f"{b}  {b.stat().st_size // 1024} KiB")
        return 0
    print(access.backup_now(db_path, _key(args, db_path), keep=args.keep))
    return 0


def cmd_restore(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    if _plain(args):
        safety = access.restore_plain(db_path, args.backup)
    else:
        if not args.user:
            from lishui_desktop.domain.errors import DomainError
            raise DomainError("cli.user", "restore needs an administrator of the backup: --user NAME",
                              field="user")
        safety = access.restore_backup(db_path, args.backup, args.user,
                                       _password(f"password of {args.user}: "))
    print(f"restored {args.backup} into {db_path}" + (f" (previous file kept as {safety})" if safety else ""))
    return 0


def cmd_encrypt(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    if not args.user:
        from lishui_desktop.domain.errors import DomainError
        raise DomainError("cli.user", "encrypt needs an administrator: --user NAME", field="user")
    code, made = access.encrypt_plain(db_path, args.user, _password(f"password of {args.user}: "),
                                      service_key=not args.no_service_key)
    print(f"{db_path} is encrypted now; the plain copy made first is {made}")
    print("  it holds every record in clear: store it offline or delete it once the encrypted file works")
    _print_recovery(code)
    return 0


def _print_recovery(code: str) -> None:
    print(f"recovery code: {code}")
    print("  write it down and keep it apart from this computer: it is shown only now, and it opens")
    print("  the database when every administrator password is lost (`lishui-desktop recover`)")


def cmd_rekey(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    password = _password(f"password of {args.user}: ") if args.user else ""
    ctx = _open(args, db_path, admin=True)
    code, others = access.rekey(ctx, password)
    print(f"{db_path} is encrypted under a new key (a backup was made first)")
    if others:
        print("these accounts get their copy of the new key at their next sign-in on a computer with the "
              "service key, or when an administrator resets their password: " + ", ".join(others))
    _print_recovery(code)
    return 0


def cmd_service_key(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    ctx = _open(args, db_path, admin=True)
    try:
        if args.enable:
            where = access.enable_service_key(ctx)
            print("service key installed: scheduled sync, backup and verify open the file on this computer "
                  f"(kept in {'the system keyring' if where == 'keyring' else where})")
        else:
            access.disable_service_key(ctx)
            print("service key removed: scheduled commands can no longer open the file")
    finally:
        ctx.db.dispose()
    return 0


def cmd_recovery_code(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    ctx = _open(args, db_path, admin=True)
    try:
        _print_recovery(access.new_recovery_code(ctx))
    finally:
        ctx.db.dispose()
    return 0


def cmd_recover(args, db_path: Path) -> int:
    from lishui_desktop.services import access
    code = _password("recovery code: ", env=args.code_env)
    new = _password(f"new password for {args.user}: ", env="LISHUI_NEW_PASSWORD")
    access.recover_admin(db_path, code, args.user, new)
    print(f"{args.user} has a new password (to be changed at the first sign-in) and a key to the file")
    return 0


def _first_run_demo(db_path: Path, plain: bool = False) -> None:
    from lishui_desktop.services.demo import make_demo
    db_path.parent.mkdir(parents=True, exist_ok=True)
    print(f"first run: making a demo database at {db_path}")
    report = make_demo(db_path, site_code="331102100", households=2000, seed=1,
                       progress=_print_progress, plain=plain)
    print()
    for line in report.lines():
        print(line)


def cmd_sync(args, db_path: Path) -> int:
    from lishui_desktop.services import sync
    from lishui_desktop.sync.client import SyncError
    ctx = _open(args, db_path, unattended=True)
    if args.server or args.token or args.register_only or args.ca_file or args.insecure_http:
        url, token = args.server, args.token
        if not (url and token):
            current_url, current_token = _stored_connection(ctx)
            url, token = url or current_url, token or current_token
        if not url or not token:
            print("error: give the city server address (--server) and this site's token "
                  "(--token, from `lishui-hq site add`)", file=sys.stderr)
            return 2
        if sync.register(ctx, url, token, ca_file=args.ca_file,
                         insecure=True if args.insecure_http else None):
            print(f"site {ctx.site.code} now syncs with {url}; the server has its key")
        else:
            print(f"site {ctx.site.code}: the server at {url} does not answer; the address and "
                  f"token are stored and the site's key goes with the first sync or bundle")
            if not args.register_only:
                return 1
    if args.register_only:
        return 0
    try:
        report = sync.sync_once(ctx, batch_size=args.batch_size,
                                progress=lambda step, n: print(f"\r{step}: {n}", end="",
                                                               file=sys.stderr, flush=True))
    except SyncError as exc:
        print(f"\nerror: sync failed: {exc}", file=sys.stderr)
        return 1
    print(file=sys.stderr)
    for line in report.lines(verbose=args.verbose):
        print(line)
    return 0


def _stored_connection(ctx) -> tuple[str, str]:
    from lishui_desktop.services import sync
    ov = sync.overview(ctx)
    token = ""
    if ov.has_token:
        token = sync.site_connection(ctx)[1] if ov.server_url else ""
    return ov.server_url, token


def cmd_refusals(args, db_path: Path) -> int:
    from lishui_desktop.services import sync
    ctx = _open(args, db_path, unattended=True)
    for rid in args.dismiss:
        sync.dismiss_refusal(ctx, rid)
        print(f"refusal {rid} dismissed")
    for rid in args.resend:
        sync.resend_refusal(ctx, rid)
        print(f"refusal {rid}: the record goes again with the next sync")
    if args.dismiss or args.resend:
        return 0
    open_ = sync.refusals(ctx)
    families = sync.record_households(ctx, [(r.entity, r.entity_id) for r in open_])
    for r in open_:
        who = families.get(r.entity_id)
        family = f" ({who['head_name']}, {who['village']})" if who else ""
        resent = f" [sent again {r.resent_at:%Y-%m-%d %H:%M}]" if r.resent_at else ""
        print(f"{r.id}  {r.refused_at:%Y-%m-%d %H:%M}  {r.entity} {r.entity_id} "
              f"v{r.version}{family}: {r.reason}{resent}")
    print(f"{len(open_)} refusals open" + ("; correct the record and --resend ID, or dismiss "
                                           "one with --dismiss ID once it is dealt with"
                                           if open_ else ""))
    return 0


def cmd_bundle(args, db_path: Path) -> int:
    from lishui_desktop.services import bundles
    ctx = _open(args, db_path, unattended=True)
    if args.bundle_command == "export":
        report = bundles.export_bundle(ctx, args.out)
        lines = report.lines()
    else:
        if not args.file.is_file():
            print(f"error: {args.file}: no such file", file=sys.stderr)
            return 2
        report = bundles.import_acks(ctx, args.file)
        lines = report.lines()
        if report.batches == 0 and not report.decisions_applied and not report.pulled["records"]:
            lines.insert(0, f"{args.file}: nothing new (this acks file was already imported)")
    for line in lines:
        print(line)
    return 0


def cmd_notices(args, db_path: Path) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    if args.sample:
        from lishui_desktop import notices as nt
        from lishui_desktop.notices.samples import sample_notices
        signer = nt.SiteSigner.generate("331102100")
        for kind, notice in sample_notices().items():
            if args.kind and kind not in args.kind:
                continue
            path = args.out / f"sample-{kind}.pdf"
            nt.render(notice, signer, path)
            print(path)
        print(f"signed with a throw-away key for 331102100; public key {signer.public_b64}")
        return 0
    from lishui_desktop.services import notices as ns
    from lishui_desktop.store.models import Application
    ctx = _open(args, db_path)
    with ctx.db.read() as s:
        if s.get(Application, args.application) is None:
            print("error: no such application", file=sys.stderr)
            return 2
    kinds = args.kind or ns.available_kinds(ctx, args.application)
    for kind in kinds:
        issued = ns.issue(ctx, args.application, kind)
        print(f"{issued.number}  {ns.KIND_LABELS_ZH[kind]}  {issued.save(args.out)}")
    return 0


def cmd_fonts(args, db_path: Path) -> int:
    if args.background and hasattr(os, "nice"):
        os.nice(10)
    from lishui_desktop.notices import fonts
    from lishui_desktop.notices.otf2ttf import cached, target
    pending = fonts.pending_conversions()
    roles = fonts.default_resolver().roles()
    failed = [p for p in pending if cached(p) is None]
    if sys.stdout is None:      # started by a windowed build: nothing to print to
        return 1 if failed else 0
    for path in pending:
        if path in failed:
            print(f"error: {path} could not be converted to TrueType (into {target(path).parent}; "
                  f"the log with -v says why): notices use the next face", file=sys.stderr)
        else:
            print(f"converted {path} to TrueType (cached for every later notice)")
    for role, rf in roles.items():
        print(f"{role}: {rf.primary.description} ({rf.primary.path or 'not embedded'})")
    return 1 if failed else 0


def cmd_verify_notice(args, db_path: Path) -> int:
    from lishui_desktop import notices as nt
    keys = dict(k.split("=", 1) for k in args.key)
    if not keys:
        from lishui_desktop.services import notices as ns
        keys = ns.public_keys(_open(args, db_path))
    target = Path(args.notice)
    result = nt.verify_pdf(target, keys) if target.suffix.lower() == ".pdf" and target.exists() \
        else nt.verify_payload(args.notice, keys)
    print(f"valid signature of site {result.site}: {result.kind} {result.number}, "
          f"issued {result.issue_date}, case {result.application_id}"
          + (" (reprint)" if result.is_copy else ""))
    return 0


def cmd_reviews(args, db_path: Path) -> int:
    from lishui_desktop.domain.review import TRIGGERS
    from lishui_desktop.services import reviews
    ctx = _open(args, db_path, unattended=True)
    rows = reviews.due_list(ctx, args.due_before)
    status_zh = {"overdue": "已逾期", "due": "到期", "upcoming": "未到期"}
    print("状态\t复核日期\t办结期限\t剩余工作日\t类型\t户主\t村(社区)\t原因\t案件")
    for r in rows:
        print(f"{status_zh[r.status]}\t{r.review_date}\t{r.deadline}\t{r.days_left}\t{r.type}\t"
              f"{r.head_name}\t{r.village}\t{TRIGGERS[r.trigger]}\t{r.application_id}")
    overdue = sum(1 for r in rows if r.status == "overdue")
    print(f"{len(rows)} reviews listed, {overdue} overdue", file=sys.stderr)
    return 0


def _township_user(ctx, username: str | None):
    from sqlalchemy import select
    from lishui_desktop.domain.workflow import Role
    from lishui_desktop.services.users import current_user
    from lishui_desktop.store.models import User
    with ctx.db.read() as s:
        q = select(User).where(User.role.in_([Role.REVIEWER.value, Role.CASEWORKER.value]),
                               User.active.is_(True))
        user = s.scalar(q.where(User.username == username) if username
                        else q.order_by(User.role.desc(), User.username))
    if user is None:
        from lishui_desktop.domain.errors import DomainError
        raise DomainError("user.missing", f"no township user {username or ''}".strip(), field="user")
    return ctx.as_user(current_user(user))


def cmd_import(args, db_path: Path) -> int:
    from lishui_desktop.services import roster_import
    # --user names the township account the rows are recorded for (as before encryption);
    # the file is opened with the service key.
    ctx = _township_user(_open(args, db_path, unattended=True, sign_in_user=False), args.user)
    result = roster_import.import_roster(ctx, args.file, dry_run=args.dry_run, report=args.report,
                                         progress=_print_progress)
    print(file=sys.stderr)
    for line in result.lines():
        print(line)
    return 0 if result.plan.ok else 1


def _staff_context(db_path: Path, username: str | None):
    """The CLI acts as a named township user (default: the first caseworker), so the
    service's role rules and the audit entry are the same as in the GUI."""
    from sqlalchemy import select
    from lishui_desktop.domain.errors import DomainError
    from lishui_desktop.domain.workflow import Role
    from lishui_desktop.services.users import current_user
    from lishui_desktop.store.models import User
    # The encrypted file is opened with this computer's service key (as for import).
    ctx = _open(argparse.Namespace(), db_path, unattended=True)
    with ctx.db.read() as s:
        q = select(User).where(User.active.is_(True))
        if username:
            user = s.scalar(q.where(User.username == username))
        else:
            user = s.scalar(q.where(User.role.in_([Role.CASEWORKER.value, Role.REVIEWER.value]))
                            .order_by(User.role, User.username)) \
                or s.scalar(q.where(User.role == Role.APPROVER.value).order_by(User.username))
    if user is None:
        raise DomainError("user.missing", f"no such user {username or '(township staff)'}",
                          field="user")
    return ctx.as_user(current_user(user))


def cmd_payroll(args, db_path: Path) -> int:
    from lishui_desktop.domain.money import format_yuan
    from lishui_desktop.services import payroll, payroll_files
    ctx = _staff_context(db_path, args.user)
    if args.payroll_command == "build":
        rid = payroll.build(ctx, args.month, args.type, progress=_print_progress)
        print(file=sys.stderr)
        r = payroll.roll(ctx, rid)
        problems = payroll.check(ctx, rid)
        print(f"roll {r.id}: {r.month} {r.type} {r.state}, {r.line_count} lines, "
              f"{format_yuan(r.total_fen)} yuan; {len(problems)} problems")
        for p in problems[:20]:
            print(f"  line {p.line_seq} {p.name}: {p.message} ({p.code})")
        return 0
    r = payroll.find_roll(ctx, args.month, args.type)
    if r is None:
        print(f"error: no {args.type} roll for {args.month}; build it first", file=sys.stderr)
        return 2
    if args.payroll_command == "export":
        print(payroll_files.export(ctx, r.id, args.format, args.out))
        return 0
    if args.payroll_command == "import-return":
        report = payroll.import_return(ctx, r.id, payroll_files.read_return(args.file))
        for line in report.lines():
            print(line)
    rec = payroll.reconcile(ctx, r.id)
    r = payroll.roll(ctx, r.id)
    print(f"roll {r.month} {r.type}: {r.state}; total {format_yuan(rec.township.total_fen)} = paid "
          f"{format_yuan(rec.township.paid_fen)} + failed {format_yuan(rec.township.failed_fen)} + "
          f"not answered {format_yuan(rec.township.pending_fen)}; "
          + ("reconciles" if rec.ok else "DOES NOT RECONCILE"))
    return 0 if rec.ok else 1


def cmd_export(args, db_path: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lishui_desktop.gui.list_export import export_main_list
    from lishui_desktop.services import queries
    ctx = _open(args, db_path)
    if args.list == "households":
        q = queries.HouseholdQuery(text=args.search, village_code=args.village)
    else:
        q = queries.ApplicationQuery(text=args.search, states=args.scope, type=args.type)
    result = export_main_list(ctx, args.list, args.out, reveal=args.reveal, query=q,
                              lang=getattr(args, "lang", None) or "zh")
    ids = "ID numbers masked" if result.masked else f"{result.revealed} full ID numbers"
    print(f"{result.rows} rows written to {result.path} ({ids}; recorded in the audit log)")
    return 0


def cmd_crosscheck(args, db_path: Path) -> int:
    from lishui_desktop.services import crosscheck as cx
    ctx = _staff_context(db_path, args.user)
    if args.crosscheck_command == "list":
        rows = cx.pending(ctx)
        for r in rows:
            sent = f"sent {r.exported_at:%Y-%m-%d}" if r.exported_at else "not sent"
            print(f"{r.request_no}  {r.head_name}  {len(r.persons)} persons  requested {r.requested_on}  {sent}")
        print(f"{len(rows)} requests waiting for a result", file=sys.stderr)
        return 0
    if args.crosscheck_command == "export":
        out, n = cx.export_requests(ctx, args.out)
        print(f"{out}: {n} requests")
        return 0
    try:
        summary = cx.import_results(ctx, args.file)
    except cx.ImportRefused as e:
        for p in e.problems:
            print(p.text(), file=sys.stderr)
        print(f"error: {len(e.problems)} problems in {args.file.name}; nothing was imported", file=sys.stderr)
        return 1
    print(f"{summary.requests} results imported from {summary.rows} rows; "
          f"{summary.ineligible} found the household ineligible")
    return 0


def cmd_report(args, db_path: Path) -> int:
    from lishui_desktop.services import report_files, reports
    ctx = _staff_context(db_path, args.user)
    data = reports.monthly(ctx, args.month)
    print(report_files.export(ctx, data, args.out))
    if len(ctx.site.code) == 9:
        reports.submit(ctx, data)
        print(f"filed {data.month} for the city (sent with the next sync)")
    if data.ok:
        print("sum checks: all pass")
        return 0
    for c in data.checks:
        print(f"sum check FAILED: {c.type} {c.unit}: {c.text}")
    return 1


def cmd_screenshot(args, db_path: Path) -> int:
    if not db_path.exists():
        print(f"error: no database at {db_path}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from lishui_desktop.gui.screenshot import take
    ctx = _open(args, db_path)
    for path in take(ctx, args.out, getattr(args, "lang", None) or "zh"):
        print(path)
    return 0


def cmd_trial(args, db_path: Path) -> int:
    from lishui_desktop.services.trial import make_trial
    report = make_trial(args.folder, port=args.port, households=args.households, seed=args.seed,
                        progress=lambda text: print(text, file=sys.stderr, flush=True))
    for line in report.lines():
        print(line)
    print(f"(also in {report.folder / 'README.txt'})")
    return 0


def cmd_cases(args, db_path: Path) -> int:
    from lishui_desktop.services import queries
    ctx = _open(args, db_path)
    keys = queries.application_keys(ctx, queries.ApplicationQuery(state_in=tuple(args.state)))
    rows = queries.application_rows(ctx, keys)
    print("案件\t类型\t状态\t户主\t村(社区)\t初审金额\t办结期限")
    for k in keys:
        r = rows[k]
        proposed = f"{r.proposed_fen / 100:.2f}" if r.proposed_fen is not None else ""
        print(f"{r.id}\t{r.type}\t{r.state}\t{r.head_name}\t{r.village_name}\t{proposed}\t"
              f"{r.due_date or ''}")
    print(f"{len(keys)} cases", file=sys.stderr)
    return 0


def cmd_case(args, db_path: Path) -> int:
    from lishui_desktop.domain.workflow import Action
    from lishui_desktop.services import applications as ap
    ctx = _open(args, db_path)
    action = Action(args.action)
    params: dict = {}
    if args.reason:
        params["reasons"] = args.reason
    if action is Action.APPROVE:
        amount = args.amount if args.amount is not None else ap.summary(ctx, args.application).proposed_fen
        params["amount_fen"] = amount
        if args.amount_reason:
            params["amount_reason"] = args.amount_reason
    state = ap.act(ctx, args.application, action, params)
    print(f"case {args.application}: {action.value} done, now {state.value}")
    return 0


COMMANDS = {"crosscheck": cmd_crosscheck, "export": cmd_export, "trial": cmd_trial, "cases": cmd_cases, "case": cmd_case, "report": cmd_report, "payroll": cmd_payroll, "import": cmd_import, "reviews": cmd_reviews, "screenshot": cmd_screenshot, "notices": cmd_notices, "fonts": cmd_fonts,
            "verify-notice": cmd_verify_notice, "sync": cmd_sync, "refusals": cmd_refusals,
            "bundle": cmd_bundle, "demo": cmd_demo, "migrate": cmd_migrate, "verify": cmd_verify,
            "backup": cmd_backup, "restore": cmd_restore, "encrypt": cmd_encrypt, "rekey": cmd_rekey,
            "service-key": cmd_service_key, "recovery-code": cmd_recovery_code, "recover": cmd_recover}

if __name__ == "__main__":
    sys.exit(main())

"""First run of a site: the site record, its signing key, the first admin, default reference data."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, insert, select

from lishui_desktop.domain import benefit, regions, workflow
from lishui_desktop.domain.errors import DomainError, ValidationError
from lishui_desktop.domain.workflow import Role
from lishui_desktop.store import audit
from lishui_desktop.store.db import Database
from lishui_desktop.store.models import ApprovalLevel, HolidayDay, Site, SiteKey, Standard, User, Village

from .context import Context, SiteInfo
from .users import check_password_rules, hash_password, key_change


def is_set_up(db: Database) -> bool:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Site)) > 0


def site_info(db: Database) -> SiteInfo:
    with db.read() as s:
        site = s.scalar(select(Site))
        if site is None:
            raise DomainError("site.not_set_up", "this database has no site yet: run the setup",
                              field="site")
        return SiteInfo(site.code, site.name, site.kind, site.county_code)


@dataclass
class SetupForm:
    site_code: str
    admin_username: str
    admin_password: str
    admin_name: str = "系统管理员"
    site_name: str = ""
    server_url: str = ""


def initialize(db: Database, form: SetupForm, *, clock=None, service_key: bool = True) -> Context:
    """Make this database a site. Refused when it already is one.

    On an encrypted file the key is wrapped for the administrator and, with
    ``service_key``, for the scheduled commands of this computer (``access``); the
    recovery code is made by ``access.new_recovery_code`` and shown once.
    """
    code = form.site_code.strip()
    if not regions.is_lishui_site(code):
        raise ValidationError("site.code", f"{code} is not a Lishui township or county code",
                              field="site_code")
    kind = "county" if len(code) == 6 else "township"
    name = form.site_name.strip() or (regions.county_name(code) if kind == "county"
                                      else regions.township_name(code))
    username = form.admin_username.strip()
    if not username:
        raise ValidationError("user.username", "give the administrator's account name",
                              field="admin_username")
    check_password_rules(form.admin_password, field="admin_password")
    if form.server_url and not form.server_url.startswith(("http://", "https://")):
        raise ValidationError("site.server_url", "the address starts with http:// or https://",
                              field="server_url")
    county = regions.county_of(code)
    info = SiteInfo(code, name, kind, county)
    ctx = Context(db, info, clock=clock) if clock else Context(db, info)
    from lishui_desktop.notices.signing import SiteSigner   # needed only once, at setup
    signer = SiteSigner.generate(code)
    private, public = signer.private_b64, signer.public_b64
    with key_change(db) as kf, db.write() as s:
        if s.scalar(select(func.count()).select_from(Site)):
            raise ValidationError("site.exists", "this database is already set up", field="site_code")
        now = ctx.now()
        s.add(Site(code=code, name=name, kind=kind, county_code=county,
                   server_url=form.server_url.strip(), signing_key=private, public_key=public,
                   created_at=now))
        s.add(SiteKey(site_code=code, public_key=public))
        s.add(User(username=username, display_name=form.admin_name.strip() or username,
                   role=Role.ADMIN.value, site_code=code,
                   password_hash=hash_password(form.admin_password), created_at=now))
        seed_reference(s)
        audit.append(s, site_code=code, user=username, event="site.setup", entity="site",
                     entity_id=code, detail={"name": name, "kind": kind}, at=now)
        if kf is not None:
            kf.site_code, kf.site_name = code, name
            kf.wrap_for_user(username, form.admin_password, db.key)
            if service_key:
                from .access import install_service_key
                install_service_key(kf, db.key)
            kf.save()
    return ctx


def seed_reference(s) -> None:
    """Defaults until the city server hands down its own (DOMAIN.md: reference data)."""
    from lishui_desktop.store.calendar_seed import known_years, seed_days
    if not s.scalar(select(func.count()).select_from(Standard)):
        s.execute(insert(Standard), [
            {"county_code": st.county_code, "kind": st.kind, "amount_fen": st.amount_fen,
             "effective_from": st.effective_from, "source": "default"}
            for st in benefit.DEFAULT_STANDARDS])
    if not s.scalar(select(func.count()).select_from(HolidayDay)):
        s.execute(insert(HolidayDay), [{"day": d, "kind": k} for d, k in seed_days(known_years())])
    if not s.scalar(select(func.count()).select_from(ApprovalLevel)):
        s.execute(insert(ApprovalLevel), [
            {"county_code": c, "type": t, "level": "county"}
            for c in regions.COUNTIES for t in workflow.ASSISTANCE_TYPES])


def add_villages(ctx: Context, villages: list[tuple[str, str]]) -> int:
    """Villages come from the city server; the demo and tests add their own."""
    with ctx.db.write() as s:
        for code, name in villages:
            if len(code) != 12 or not code.isdigit():
                raise ValidationError("village.code", f"{code} is not a 12-digit village code",
                                      field="code")
            s.merge(Village(code=code, name=name, township_code=code[:9]))
    return len(villages)


# --- site settings an administrator edits after setup ------------------------------------

IDLE_MINUTES_KEY = "session.idle_minutes"
BACKUP_KEEP_KEY = "backup.keep"
DEFAULT_IDLE_MINUTES = 15
DEFAULT_BACKUP_KEEP = 14


@dataclass
class SiteSettings:
    site_code: str
    site_name: str
    kind: str
    server_url: str
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    backup_keep: int = DEFAULT_BACKUP_KEEP


def site_settings(ctx: Context) -> SiteSettings:
    from lishui_desktop.store.settings import get as setting
    with ctx.db.read() as s:
        site = s.scalar(select(Site))
        if site is None:
            raise DomainError("site.not_set_up", "this database has no site yet: run the setup",
                              field="site")
        return SiteSettings(site.code, site.name, site.kind, site.server_url,
                            int(setting(s, IDLE_MINUTES_KEY, str(DEFAULT_IDLE_MINUTES))),
                            int(setting(s, BACKUP_KEEP_KEY, str(DEFAULT_BACKUP_KEEP))))


def update_site_settings(ctx: Context, *, site_name: str, server_url: str, idle_minutes: int,
                         backup_keep: int) -> None:
    from lishui_desktop.store.settings import put as put_setting
    from lishui_desktop.domain import admin
    admin.require(ctx.user.role, admin.AdminAction.SITE_SETTINGS)
    name = site_name.strip()
    if not name:
        raise ValidationError("site.name", "give the office's name", field="site_name")
    url = server_url.strip()
    if url and not url.startswith(("http://", "https://")):
        raise ValidationError("site.server_url", "the address starts with http:// or https://",
                              field="server_url")
    if not 1 <= idle_minutes <= 120:
        raise ValidationError("settings.idle_minutes", "the idle lock is 1 to 120 minutes",
                              field="idle_minutes", minimum=1, maximum=120)
    if not 1 <= backup_keep <= 365:
        raise ValidationError("settings.backup_keep", "keep 1 to 365 backups", field="backup_keep",
                              minimum=1, maximum=365)
    with key_change(ctx.db) as kf, ctx.work("site.settings", entity="site", entity_id=ctx.site.code) as w:
        site = w.session.scalar(select(Site))
        site.name = name
        site.server_url = url
        put_setting(w.session, IDLE_MINUTES_KEY, str(idle_minutes))
        put_setting(w.session, BACKUP_KEEP_KEY, str(backup_keep))
        w.detail = {"name": name, "server_url": url, "idle_minutes": idle_minutes,
                    "backup_keep": backup_keep}
        if kf is not None and kf.site_name != name:
            kf.site_name = name          # what the sign-in shows before the file is open
            kf.save()

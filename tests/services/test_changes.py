"""The kinds of record an action changed are learnt from what it wrote."""
from __future__ import annotations

from lishui_desktop.services import applications as ap
from lishui_desktop.services import changes, households as hs, users
from lishui_desktop.services.changes import APPLICATIONS, HOUSEHOLDS, SITE, SYNC, USERS
from lishui_desktop.domain.errors import DomainError

from .helpers import household_form


def test_each_action_reports_the_kinds_it_wrote(staff):
    with changes.collect() as c:
        hid = hs.save_household(staff.caseworker, household_form(staff.village))
    assert c.kinds == {HOUSEHOLDS, SYNC}
    with changes.collect() as c:
        aid = ap.create_application(staff.caseworker, household_id=hid, assistance_type="dibao")
    assert APPLICATIONS in c.kinds and HOUSEHOLDS not in c.kinds
    with changes.collect() as c:
        ap.act(staff.caseworker, aid, "accept", {})
    assert c.kinds == {APPLICATIONS, SYNC}
    with changes.collect() as c:
        users.create_user(staff.ctx, username="cw9", display_name="王五", role="caseworker",
                          password="Passw0rd9", must_change_password=False)
    assert c.kinds == {USERS}


def test_a_refused_action_reports_nothing(staff):
    with changes.collect() as c:
        try:
            users.create_user(staff.caseworker, username="cw8", display_name="王六", role="caseworker",
                              password="Passw0rd9", must_change_password=False)
        except DomainError:
            pass
    assert c.kinds == frozenset()


def test_reads_report_nothing_and_blocks_nest(staff):
    from lishui_desktop.services import setup
    with changes.collect() as outer:
        setup.site_info(staff.ctx.db)
        with changes.collect() as inner:
            setup.update_site_settings(staff.ctx, site_name="碧湖镇", server_url="", idle_minutes=10,
                                       backup_keep=7)
    assert inner.kinds == outer.kinds == {SITE}


def test_every_table_has_a_kind():
    """A new table must say which views show it, or its changes refresh nothing."""
    from lishui_desktop.store.models import Base
    unmapped = set(Base.metadata.tables) - set(changes.KIND_OF_TABLE) - changes.NOT_A_KIND
    assert not unmapped, f"add these tables to services.changes.KIND_OF_TABLE: {sorted(unmapped)}"

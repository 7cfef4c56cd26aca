"""The push forms the next batch while the server works on the last one: a batch formed and
never sent goes back to the outbox as if never formed, even when its records changed
meanwhile, and what reaches the server is the same as without the overlap."""
from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from lishui_desktop.services import households as hs
from lishui_desktop.services import sync
from lishui_desktop.store.models import OutboxEntry
from lishui_desktop.sync import engine
from tests.services.helpers import household_form
from tests.sync.conftest import TOWN_STAFF, make_desk
from tests.sync.helpers import desk_versions, server_versions

TOWN = "331102100"


def test_a_released_batch_merges_with_changes_made_while_it_was_out(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    sync.sync_once(town.ctx)
    cw = town.as_("cw1")
    village = TOWN + "201"
    ids = [hs.save_household(cw, household_form(village, wage_fen=30000 + i)) for i in range(3)]
    with town.ctx.db.write() as s:
        batch = engine.form_batch(s, TOWN, 500)
    formed = {r.id: r.version for r in batch.records}
    assert ids[1] in formed
    # The household changes while its batch is out: the outbox gets a second row for it.
    hs.save_household(cw, household_form(village, wage_fen=99999), household_id=ids[1])
    with town.ctx.db.read() as s:
        rows = s.execute(select(OutboxEntry.entity_id, OutboxEntry.batch_id,
                                OutboxEntry.version, OutboxEntry.base_version)).all()
    assert Counter(r.entity_id for r in rows)[ids[1]] == 2
    with town.ctx.db.write() as s:
        assert engine.release_batch(s, batch.batch_id) == len(batch.records)
        assert engine.in_flight(s) == []
    with town.ctx.db.read() as s:
        rows = s.execute(select(OutboxEntry.entity_id, OutboxEntry.batch_id,
                                OutboxEntry.version, OutboxEntry.base_version,
                                OutboxEntry.payload, OutboxEntry.deleted)
                         .order_by(OutboxEntry.seq)).all()
    # One unsent row per record, in the order first queued; the changed household keeps
    # the base the server knows (0: it never saw it) and carries its newest version.
    assert all(r.batch_id is None for r in rows)
    queued = Counter(r.entity_id for r in rows)
    assert set(formed) <= set(queued) and max(queued.values()) == 1
    (h,) = [r for r in rows if r.entity_id == ids[1]]
    assert h.base_version == 0 and h.version == formed[ids[1]] + 1
    assert all(r.payload is None for r in rows if not r.deleted)   # read again when formed
    report = sync.sync_once(town.ctx, batch_size=2)
    assert report.pushed["conflict"] == report.pushed["refused"] == 0
    assert report.left["changes"] == 0
    assert server_versions(tmp_path / "hq.sqlite3", TOWN) == desk_versions(town.path, TOWN)


def test_many_small_batches_arrive_complete_and_in_order(hq, tmp_path, clock):
    """Batches of 3: each next one is formed while the last is out; parents always reach
    the server before their children (the server refuses an orphan)."""
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    cw = town.as_("cw1")
    for i in range(12):
        hs.save_household(cw, household_form(TOWN + "201", wage_fen=30000 + i))
    report = sync.sync_once(town.ctx, batch_size=3)
    assert report.batches > 10
    assert report.pushed["refused"] == report.pushed["conflict"] == 0
    assert report.left["changes"] == 0
    assert server_versions(tmp_path / "hq.sqlite3", TOWN) == desk_versions(town.path, TOWN)

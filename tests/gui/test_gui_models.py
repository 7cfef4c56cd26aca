"""Table models: each passes Qt's model tester; lazy models page through ids and rows."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from lishui_desktop.domain import idnumber
from lishui_desktop.gui.columns import (application_columns, household_columns, notice_columns, queue_columns,
                                        visit_columns, visit_due_columns, worklist_columns)
from lishui_desktop.gui.models import PLACEHOLDER, LazyTableModel, RowsTableModel
from lishui_desktop.gui.tasks import TaskRunner
from lishui_desktop.services import applications as ap
from lishui_desktop.services import households as hs
from lishui_desktop.services import queries, users
from lishui_desktop.services.context import Context
from lishui_desktop.services.setup import site_info
from lishui_desktop.services import access

from gui_support import PASSWORD, VILLAGES, wait_idle


@pytest.fixture
def db(db_path):
    d = access.open_service(db_path).db
    yield d
    d.dispose()


@pytest.fixture
def ctx(db):
    """A township caseworker's session: what the queries show follows from it."""
    base = Context(db, site_info(db))
    return base.as_user(users.login(base, "cw1", PASSWORD))


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    qtbot.waitUntil(lambda: r.idle, timeout=20000)
    r.shutdown()


def _more_households(db, n):
    ctx = Context(db, site_info(db))
    cw = ctx.as_user(users.login(ctx, "cw1", PASSWORD))
    for i in range(n):
        hs.save_household(cw, hs.HouseholdForm(
            village_code=VILLAGES[i % 3][0], address=f"{i}号", phone=f"1390000{i:04d}",
            members=[hs.MemberForm(f"郑{'一二三四五六七八九十'[i % 10]}{i}", idnumber.make("331102", date(1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 900 + 1), "self")]))


def test_households_model_pages_lazily_and_passes_the_tester(qtbot, qtmodeltester, db, ctx, runner):
    _more_households(db, 25)
    model = LazyTableModel(runner, household_columns(), lambda q: queries.household_keys(ctx, q),
                           lambda ids: queries.household_rows(ctx, ids), queries.HouseholdQuery(), page=7)
    model.reload()
    qtbot.waitUntil(lambda: model.loaded, timeout=20000)
    assert model.rowCount() == 28
    # Only the first page came with the ids; the rest is fetched when asked for.
    assert model.data(model.index(20, 0)) == PLACEHOLDER
    qtbot.waitUntil(lambda: model.data(model.index(20, 0)) != PLACEHOLDER, timeout=20000)
    # The tester stays connected: the pages fetched because of its reads, and the
    # reset that sorting makes, are checked too.
    qtmodeltester.check(model, force_py=True)
    wait_idle(qtbot, runner)
    # Sorting is SQL's: by members descending, then by name.
    model.sort(next(i for i, c in enumerate(model.columns) if c.sort == "members"), Qt.DescendingOrder)
    qtbot.waitUntil(lambda: model.query.sort == "members" and runner.idle, timeout=20000)
    assert model.row_data(0).member_count == 2


def test_applications_model_passes_the_tester(qtbot, qtmodeltester, ctx, runner):
    today = date.today()
    for cols in (application_columns(lambda: today), worklist_columns(lambda: today),
                 visit_due_columns(lambda: today), queue_columns(lambda: today)):
        model = LazyTableModel(runner, cols, lambda q: queries.application_keys(ctx, q),
                               lambda ids: queries.application_rows(ctx, ids),
                               queries.ApplicationQuery(), page=1)
        model.reload()
        qtbot.waitUntil(lambda: model.loaded, timeout=20000)
        assert model.rowCount() == 2
        qtmodeltester.check(model, force_py=True)
        wait_idle(qtbot, runner)


def test_the_dashboards_lists_are_a_screen_with_their_totals(ctx):
    for i in range(2):      # two more cases waiting for their home visit
        hid = hs.save_household(ctx, hs.HouseholdForm(
            village_code=VILLAGES[0][0], address=f"访{i}号", phone=f"1390001{i:04d}",
            members=[hs.MemberForm(f"访{'一二'[i]}", idnumber.make("331102", date(1961, 2, 3 + i), 411 + 2 * i),
                                   "self")]))
        aid = ap.create_application(ctx, household_id=hid, assistance_type="dibao")
        ap.act(ctx, aid, "accept", {})
        ap.act(ctx, aid, "start_investigation", {})
    whole = queries.dashboard(ctx)
    assert len(whole.visits) >= 2 and whole.visits_total == len(whole.visits)
    assert whole.notices_total == len(whole.notices) == whole.counts.get("publicizing", 0)
    first = queries.dashboard(ctx, limit=1)
    assert [r.id for r in first.visits] == [r.id for r in whole.visits[:1]]
    assert first.visits_total == whole.visits_total
    assert (first.notices_total, first.completions_total) == (whole.notices_total, whole.completions_total)


def test_rows_models_pass_the_tester(qtbot, qtmodeltester, ctx):
    today = date.today()
    dash = queries.dashboard(ctx)
    for cols, rows in ((notice_columns(lambda: today), dash.notices),
                       (visit_due_columns(lambda: today), dash.visits),
                       (visit_columns(), queries.recent_visits(ctx))):
        model = RowsTableModel(cols, rows)
        assert model.rowCount() >= 1
        qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("text, head", [
    ("wjg", "王建国"),          # initials
    ("wangjianguo", "王建国"),  # full pinyin
    ("王建国", "王建国"),        # name
    ("李秀英", "王建国"),        # another member's name
    ("刘", "刘芳"),             # one character: the surname of the head
    ("1234", "王建国"),         # phone fragment (13905781234)
    ("上赵", "刘芳"),            # village
    ("0242", "刘芳"),            # the last digits of an ID number
])
def test_search_matches_every_kind(ctx, text, head):
    keys = queries.household_keys(ctx, queries.HouseholdQuery(text=text))
    rows = queries.household_rows(ctx, keys)
    assert head in {r.head_name for r in rows.values()}, (text, [r.head_name for r in rows.values()])


def test_search_finds_nothing_for_a_stranger(ctx):
    assert queries.household_keys(ctx, queries.HouseholdQuery(text="xyzq")) == []


def test_lists_never_show_full_id_numbers(ctx):
    rows = queries.household_rows(ctx, queries.household_keys(ctx, queries.HouseholdQuery()))
    for r in rows.values():
        assert "*" in r.head_id_masked and len(r.head_id_masked) == 18


@pytest.mark.parametrize("sort,descending", [("updated", True), ("updated", False), ("head", False),
                                             ("head", True)])
@pytest.mark.parametrize("few", [1000, 3])
def test_a_searchs_first_screen_is_the_start_of_the_whole_list(db, ctx, sort, descending, few, monkeypatch):
    """household_first_keys gives the first keys of household_keys and the count, whether it
    looks the matches up (few) or walks the sort index (many), and whether the matches come
    as one list (up to ``_FEW_MATCHES``) or from a second index query: the same order."""
    monkeypatch.setattr(queries, "_FEW_MATCHES", few)
    _more_households(db, 30)
    for text in ("郑", "zheng", "z1", "13900000", "下南山村", "王建国", "nobody", ""):
        q = queries.HouseholdQuery(text=text, sort=sort, descending=descending)
        whole = queries.household_keys(ctx, q)
        for page in (1, 7, 100):
            first = queries.household_first_keys(ctx, q, page)
            if text == "郑":            # the head's surname: not a text-only match
                assert first is None
                continue
            assert first == (whole[:page], len(whole)), (text, page)
        # The whole list is the one SQLite sorts itself.
        spec = queries.search_spec(text)
        with ctx.db.read() as s:
            assert whole == queries._ids(s, queries._household_stmt(q, spec))
    # A village chosen, or a sort without an index: the whole list at once.
    assert queries.household_first_keys(ctx, queries.HouseholdQuery(text="zheng", village_code=VILLAGES[0][0])) is None
    assert queries.household_first_keys(ctx, queries.HouseholdQuery(text="zheng", sort="members")) is None


def test_households_model_shows_a_searchs_first_screen_then_the_rest(qtbot, qtmodeltester, db, ctx, runner):
    _more_households(db, 30)
    q = queries.HouseholdQuery(text="1390000", sort="updated", descending=True)
    whole = queries.household_keys(ctx, q)
    assert len(whole) == 30
    model = LazyTableModel(runner, household_columns(), lambda q: queries.household_keys(ctx, q),
                           lambda ids: queries.household_rows(ctx, ids, q.text), q, page=7,
                           fetch_first=lambda q, n: queries.household_first_keys(ctx, q, n))
    states = []
    model.keys_loaded.connect(lambda: states.append((model.rowCount(), model.complete,
                                                     [model.key(i) for i in range(model.rowCount())])))
    model.reload()
    qtbot.waitUntil(lambda: model.loaded, timeout=20000)
    # The first screen with the whole count; the keys past it still to come.
    count, complete, keys = states[0]
    assert (count, complete) == (30, False)
    assert keys[:7] == whole[:7] and keys[7:] == [None] * 23
    assert model.row_data(0) is not None and model.row_data(0).matches
    qtbot.waitUntil(lambda: model.complete, timeout=20000)
    assert [model.key(i) for i in range(30)] == whole
    assert len(states) == 1                         # no second reset: the list only filled in
    # Past the first screen the rows come when asked for, as before.
    qtbot.waitUntil(lambda: model.data(model.index(25, 0)) != PLACEHOLDER, timeout=20000)
    assert model.row_data(25).id
    qtmodeltester.check(model, force_py=True)
    wait_idle(qtbot, runner)
    # A household saved between the two tasks (here by the second, before it reads the
    # keys): the list is shown again as it now is, from the start.
    saved = []

    def keys_after_a_save(q):
        if not saved:
            saved.append(hs.save_household(ctx, hs.HouseholdForm(
                village_code=VILLAGES[0][0], address="新1号", phone="13900009999",
                members=[hs.MemberForm("郑新", idnumber.make("331102", date(1990, 1, 1), 901), "self")])))
        return queries.household_keys(ctx, q)

    model.fetch_keys = keys_after_a_save
    model.reload()
    qtbot.waitUntil(lambda: len(states) == 3 and model.complete, timeout=20000)
    assert states[1][:2] == (30, False)
    final = queries.household_keys(ctx, q)
    assert len(final) == 31 and states[2][:2] == (31, True)
    assert [model.key(i) for i in range(model.rowCount())] == final
    # The new first row is read when asked for (the model tester above asks at each reset).
    model.data(model.index(0, 0))
    qtbot.waitUntil(lambda: model.row_data(0) is not None, timeout=20000)
    assert model.row_data(0).id == saved[0]


def test_a_search_reads_its_keys_once_and_the_rows_the_view_shows_in_one_snapshot(qtbot, db, ctx, runner):
    """A search whose matches fit the first page asks for its keys once; the rows read
    with them are those the list can show; keys and rows come from one read transaction."""
    from PySide6.QtWidgets import QTableView
    _more_households(db, 30)
    calls = {"keys": 0, "rows": [], "snapshots": 0, "inside": []}
    inside = []

    def keys(q):
        calls["keys"] += 1
        return queries.household_keys(ctx, q)

    def rows(ids):
        calls["rows"].append(len(ids))
        calls["inside"].append(bool(inside))
        return queries.household_rows(ctx, ids, "1390000")

    from contextlib import contextmanager

    @contextmanager
    def snapshot():
        calls["snapshots"] += 1
        with db.read():
            inside.append(1)
            try:
                yield
            finally:
                inside.pop()

    q = queries.HouseholdQuery(text="1390000", sort="updated", descending=True)
    model = LazyTableModel(runner, household_columns(), keys, rows, q, page=100,
                           fetch_first=lambda q, n: queries.household_first_keys(ctx, q, n), snapshot=snapshot)
    view = QTableView()
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    qtbot.addWidget(view)
    model.attach(view)
    # Not shown yet: a tall screen's worth.
    model.reload()
    qtbot.waitUntil(lambda: model.loaded and runner.idle, timeout=20000)
    assert calls["keys"] == 0                       # 30 matches: the first page was all of them
    assert calls["rows"] == [30] and calls["inside"] == [True] and calls["snapshots"] == 1
    assert model.rowCount() == 30 and model.complete
    # Shown, eight rows high: those eight (and the one cut across) come with the keys.
    row = view.verticalHeader().defaultSectionSize()
    view.resize(400, 8 * row + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth())
    view.show()
    qtbot.waitExposed(view)
    sight = view.viewport().height() // row + 1
    assert 8 <= sight <= 10
    calls["rows"].clear()
    model.update_query(text="1390000 ")            # the same search typed again
    qtbot.waitUntil(lambda: runner.idle and bool(calls["rows"]), timeout=20000)
    assert calls["rows"][0] == sight and calls["keys"] == 0
    # The rest of the list is read as it comes into view.
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_data(29) is not None, timeout=20000)

"""Fixtures for the city-server tests: each test module gets its own database
and its own `lishui-hq serve` process, once on SQLite and once on PostgreSQL."""
from __future__ import annotations

import os

import pytest

from hq_helpers import Client, PgDatabase, Server, pg_available

BACKENDS = [pytest.param("sqlite", id="sqlite"),
            pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="module", params=BACKENDS)
def db_url(request, tmp_path_factory):
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("hq") / "hq.sqlite3"
        yield f"sqlite:///{path}"
        return
    if not pg_available():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL at 127.0.0.1:5432 is not reachable, and CI needs it")
        pytest.skip("PostgreSQL at 127.0.0.1:5432 is not reachable")
    db = PgDatabase()
    try:
        yield db.url
    finally:
        db.drop()


@pytest.fixture(scope="module")
def store(db_url):
    """In-process access to the same database, for setting up sites and looking inside."""
    from lishui_hq.store import Store
    s = Store(db_url, migrate_now=True)
    yield s
    s.close()


@pytest.fixture(scope="module")
def server(db_url, store, tmp_path_factory):
    srv = Server(db_url, tmp_path_factory.mktemp("log") / "server.log")
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def sites(store, server):
    """sites(code) -> a Client for that site, registering it on first use."""
    made: dict[str, Client] = {}

    def get(code: str) -> Client:
        if code not in made:
            kind = "county" if len(code) == 6 else "township"
            made[code] = Client(server, code, store.add_site(code, kind))
        return made[code]

    yield get
    for c in made.values():
        c.close()

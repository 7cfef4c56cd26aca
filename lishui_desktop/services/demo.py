"""A realistic demo database for any Lishui township or county (`lishui-desktop demo`).

Households with members, incomes and assets; applications of every type spread
over every workflow state with the events, visits and decisions that got them
there (including overdue cases, refusals and active cases); demo users. The
rows are written in bulk, not through the services, but they are the same rows the
services write: every synced record has its outbox row and every change its audit
entry, so `verify` passes and the first sync sends them all.

The households are made in chunks, each from a random stream of its own, by worker
processes for a large demo; each chunk's rows go to a scratch file, and this process
copies them in with SQLite while it keeps what needs one order: the audit chain, the
document numbers, the outbox.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import random
import shutil
import sqlite3
import tempfile
from collections import deque
from itertools import islice
from operator import itemgetter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from lishui_desktop.domain import benefit, crosscheck, deadlines, idnumber, regions, workflow
from lishui_desktop.domain import household as hh
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.ids import new_id, new_ids
from lishui_desktop.domain.workflow import Action, State
from lishui_desktop.store.audit import BulkChain, detail_text
from lishui_desktop.store import cipher
from lishui_desktop.store.keys import KeyFile
from lishui_desktop.store.models import (Application, Asset, BankAccount, CaseEvent, CrossCheck,
                                         CrossCheckResult, Decision, Household, Income, Member, Visit,
                                         bulk_columns)

from . import docnumbers, reference, setup
from lishui_desktop.store.search_index import household_search_text
from .users import hash_password

# Common surnames of Lishui (蓝, 雷, 钟 are the She people's, frequent in 景宁).
SURNAMES = ("吴叶陈李周王刘潘徐张林蓝雷钟项季毛朱何杨金郑胡梅鲍练柳包赖程邱管兰"
            "应严郭黄范沈徐叶吴陈")
# Surnames whose reading is not the character's everyday one (曾 zeng, 缪 miao, 单 shan,
# 查 zha, 仇 qiu), which search must find by the way they are said: one household head in
# twenty, given in turn rather than drawn, so the rest of a seed's world stays as it was.
ODD_SURNAMES = "曾缪单查仇"
GIVEN = ("建国伟明华平军红英芳秀兰丽敏静娟玉珍春梅海燕志强永刚文俊杰磊涛斌宇浩"
         "婷雪琴彩凤桂香金花根土水木林松福寿德昌荣贵发兴旺新成佳怡欣然梓涵子轩诗琪")
VILLAGE_PARTS = ("上 下 东 西 南 北 大 小 新 石 竹 松 梅 溪 坑 岙 坪 源 口 湖 山 岭 田 桥 垟 塘 "
                 "坞 坳 头 后 前 里 外 洋 碧 白 红 黄 青 金 银 龙 凤 云 岩").split()
OCCUPATIONS = ("务农", "务工", "个体经营", "无业", "在校学生", "退休", "灵活就业", "学龄前")
HEALTH = ("健康", "健康", "健康", "慢性病", "高血压", "糖尿病", "重病")
HARDSHIP = ("因病致贫", "因残致贫", "缺乏劳动力", "因灾", "因学", "年老体弱", "突发事件")

TYPE_WEIGHTS = {"dibao": 35, "dibian": 10, "tekun": 10, "linshi": 15, "yiliao": 12,
                "jiaoyu": 5, "ertong": 5, "shilaohua": 8}
STATE_WEIGHTS = {
    State.SUBMITTED: 3, State.MATERIALS_MISSING: 2, State.NOT_ACCEPTED: 2, State.ACCEPTED: 3,
    State.INVESTIGATING: 5, State.INVESTIGATED: 4, State.REVIEWED: 3, State.PUBLICIZING: 4,
    State.PUBLICIZED: 2, State.AWAITING_DECISION: 6, State.APPROVED: 50, State.REFUSED: 6,
    State.STOPPED: 6, State.WITHDRAWN: 2,
}
# The actions that bring a case from submitted to each state.
_PRE = [Action.ACCEPT, Action.START_INVESTIGATION, Action.RECORD_VISIT, Action.REVIEW,
        Action.PUBLISH, Action.CLOSE_NOTICE, Action.HAND_UP]
PATHS = {
    State.SUBMITTED: [], State.MATERIALS_MISSING: [Action.REQUEST_MATERIALS],
    State.NOT_ACCEPTED: [Action.REQUEST_MATERIALS, Action.REFUSE_ACCEPTANCE], State.ACCEPTED: _PRE[:1],
    State.INVESTIGATING: _PRE[:2], State.INVESTIGATED: _PRE[:3], State.REVIEWED: _PRE[:4],
    State.PUBLICIZING: _PRE[:5], State.PUBLICIZED: _PRE[:6], State.AWAITING_DECISION: _PRE,
    # A review that does not recommend goes up without the public notice.
    State.APPROVED: _PRE + [Action.APPROVE],
    State.REFUSED: _PRE[:4] + [Action.HAND_UP, Action.REFUSE, Action.RECORD_DELIVERY],
    State.STOPPED: _PRE + [Action.APPROVE, Action.STOP],
    State.WITHDRAWN: _PRE[:2] + [Action.WITHDRAW],
}
# Codes of domain.codes.MATERIALS, as the caseworker's form stores them.
MISSING = ("household_register", "income_proof", "disability_certificate", "medical_records", "bank_account")

DEMO_USERS = [  # username, name, role, password
    ("admin", "系统管理员", "admin", "Admin2026"),
    ("cw1", "周晓燕", "caseworker", "Demo2026a"),
    ("cw2", "吴建华", "caseworker", "Demo2026b"),
    ("cw3", "叶丽萍", "caseworker", "Demo2026c"),
    ("rv1", "陈志强", "reviewer", "Demo2026d"),
    ("ap1", "刘文俊", "approver", "Demo2026e"),
]


@dataclass
class DemoReport:
    path: Path
    site_code: str
    site_name: str
    households: int = 0
    members: int = 0
    applications: int = 0
    by_state: dict = field(default_factory=dict)
    overdue: int = 0
    seconds: float = 0.0
    users: list = field(default_factory=list)
    recovery_code: str = ""
    migrated: int = 0           # decided cases, migrated from the demo's own roster
    migrated_sha: str = ""

    def add_counts(self, other: "DemoReport") -> None:
        """Add a chunk's counts (_make_chunk) to the demo's."""
        for name in ("households", "members", "applications", "overdue", "migrated"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for state, n in other.by_state.items():
            self.by_state[state] = self.by_state.get(state, 0) + n

    def lines(self) -> list[str]:
        size = self.path.stat().st_size / 1e6 if self.path.exists() else 0
        out = [f"demo database {self.path} for {self.site_name} ({self.site_code})",
               f"  {self.households} households, {self.members} members, "
               f"{self.applications} applications ({self.overdue} overdue), {size:.1f} MB, "
               f"{self.seconds:.1f} s",
               "  by state: " + ", ".join(f"{k} {v}" for k, v in sorted(self.by_state.items())),
               "  users (username / password / role):"]
        out += [f"    {u} / {p} / {r}" for u, p, r in self.users]
        if self.migrated:
            out.append(f"  {self.migrated} decided cases migrated from demo roster "
                       f"{self.migrated_sha}; before the first sync the city accepts them: "
                       f"lishui-hq migration allow --site {self.site_code} "
                       f"--sha256 {self.migrated_sha} --cases {self.migrated}")
        if self.recovery_code:
            out.append(f"  encrypted; recovery code: {self.recovery_code}")
        else:
            out.append("  NOT encrypted (--insecure-plain, for developers only)")
        return out


_BANKS = ("丽水农商银行", "中国农业银行丽水分行", "中国邮政储蓄银行丽水分行", "丽水市商业银行")


def _demo_account(household_id: str, holder: dict) -> dict:
    """The household head's 一卡通 account, drawn from a hash of the holder's ID number
    rather than the chunk's stream, so adding accounts left the rest of the demo as it was
    (and a hash costs a fraction of seeding a generator per household)."""
    h = int.from_bytes(hashlib.blake2b(holder["id_number"].encode(), digest_size=8).digest(), "big")
    return {"household_id": household_id, "member_id": holder["id"], "site_code": holder["site_code"],
            "bank_name": _BANKS[h % len(_BANKS)],
            "account_no": f"6217{h // len(_BANKS) % 10**15:015d}"}


class _Writer:
    """Collects a chunk's rows per table, their outbox rows and its audit entries."""

    def __init__(self, site_code: str):
        self.site_code = site_code
        self.rows: dict[str, list[dict]] = {}
        self.outbox: list[tuple] = []
        self.entries: list[tuple] = []
        self._ids: list[str] = []
        # This site's records made since the last entry: the next entry names them (as a
        # desktop action's entry names the records it changed), so each has its entry.
        self.unlogged: list[list] = []
        models = (Household, Member, Income, Asset, Application, CaseEvent, Visit, Decision,
                  BankAccount, CrossCheck, CrossCheckResult)
        # A column the demo does not set takes the model's default (store.models.bulk_columns).
        self.columns, self.defaults = {}, {}
        for m in models:
            self.columns[m.__tablename__], self.defaults[m.__tablename__] = bulk_columns(m)

    def new_id(self) -> str:
        if not self._ids:
            self._ids = new_ids(4096)[::-1]     # popped from the end: in creation order
        return self._ids.pop()

    def add(self, model, row: dict, at: datetime, user: str) -> dict:
        if "id" not in row:
            row["id"] = self.new_id()
        row.setdefault("version", 1)
        row.setdefault("site_code", self.site_code)
        stamp = _dt(at)
        row.setdefault("created_at", stamp)
        row.setdefault("created_by", user)
        row["updated_at"], row["updated_by"] = stamp, user
        self.rows.setdefault(model.__tablename__, []).append(row)
        if row["site_code"] == self.site_code:
            self.unlogged.append([model.entity, row["id"], row["version"]])
        return row

    @staticmethod
    def doc_number(site_code: str, year: int) -> str:
        """The deciding body's next document number: a place for it, numbered in order
        across the chunks when they are copied in (_copy_chunk)."""
        return f"decision{_PLACE}{site_code}{_PLACE}{year}"

    @staticmethod
    def request_number(township: str, year: int) -> str:
        """The next cross-check request number, likewise."""
        return f"crosscheck{_PLACE}{township}{_PLACE}{year}"

    def reserve(self) -> int:
        """A place in the outbox for a record finished later: a case goes up before its
        events, visits and decisions, which the server accepts only after their parent."""
        self.outbox.append(None)
        return len(self.outbox) - 1

    def finish_record(self, model, row: dict, slot: int | None = None) -> None:
        """Outbox row for the record's final version (unsent changes coalesce to one)."""
        if row["site_code"] != self.site_code:
            return
        entry = (model.entity, row["id"], row["version"], 0, row["site_code"], None, 0, row["updated_at"])
        if slot is None:
            self.outbox.append(entry)
        else:
            self.outbox[slot] = entry

    def log(self, at: datetime, user: str, event: str, entity: str, entity_id: str, detail: dict):
        if self.unlogged:
            detail = {**detail, "changes": self.unlogged}
            self.unlogged = []
        self.entries.append((at.isoformat(timespec="seconds"), user, event, entity, entity_id,
                             detail_text(detail), self.new_id()))

    def take(self) -> tuple[list, list, list]:
        """(table, columns, value tuples) per table in _ORDER, the outbox rows and
        the audit entries made so far."""
        tables = []
        for table in _ORDER:
            rows = self.rows.pop(table, [])
            if not rows:
                continue
            cols, defaults = self.columns[table], self.defaults[table]
            # A column a row does not set takes its default.
            base, get = {c: defaults.get(c) for c in cols}, itemgetter(*cols)
            tables.append((table, list(cols), [get({**base, **r}) for r in rows]))
        outbox, entries = [e for e in self.outbox if e is not None], self.entries
        self.outbox, self.entries = [], []
        return tables, outbox, entries


def _demo_now(today: date) -> datetime:
    return datetime.combine(today, datetime.min.time()).replace(hour=9)


@functools.lru_cache(maxsize=4096)   # a household's rows share their time
def _dt(d: datetime) -> str:
    # strftime("%Y-%m-%d %H:%M:%S.000000"), at a fraction of its cost.
    return d.isoformat(" ", "seconds") + ".000000"


def _village_names(rng: random.Random, n: int) -> list[str]:
    names, seen = [], set()
    while len(names) < n:
        name = rng.choice(VILLAGE_PARTS) + rng.choice(VILLAGE_PARTS) + "村"
        if name not in seen and name[0] != name[1]:
            seen.add(name)
            names.append(name)
    return names


def _person_name(rng: random.Random, surname: str | None = None) -> str:
    return (surname or rng.choice(SURNAMES)) + "".join(rng.choice(GIVEN)
                                                       for _ in range(rng.choice((1, 2, 2))))


# Decided cases need their decision on the city server; the demo's are the county's
# records inside a township file, so they travel as cases migrated from a roster.
MIGRATED_STATES = ("approved", "refused", "stopped")


def demo_roster_sha(site_code: str, seed: int) -> str:
    return hashlib.sha256(f"lishui demo roster {site_code} seed {seed}".encode()).hexdigest()


def check_size(households: int, workers: int | None = None) -> None:
    """The demo's size and worker count, checked before anything is made or replaced."""
    if households < 0:
        raise ValidationError("demo.households", f"the number of households must be 0 or more, not "
                              f"{households}", field="households", value=households)
    if workers is not None and workers < 0:
        raise ValidationError("demo.workers", f"the number of worker processes must be 0 or more, "
                              f"not {workers}", field="workers", value=workers)


def make_demo(path: str | Path, *, site_code: str = "331102100", households: int = 1000,
              seed: int = 1, today: date | None = None, progress=None, plain: bool = False,
              decided: bool = True, roles: tuple[str, ...] | None = None,
              workers: int | None = None) -> DemoReport:
    """``decided=False`` leaves out the county's decisions (approved, refused, stopped cases):
    a trial township whose cases the county decides through sync (services.trial).
    ``roles``: only the demo users of these roles (besides admin).
    ``workers``: processes generating the households (0: this one); by default one per
    core for a demo of PARALLEL_FROM households or more. The data a seed makes is the same
    either way: each chunk of CHUNK households draws from a stream of its own."""
    check_size(households, workers)
    staff = [u for u in DEMO_USERS[1:] if roles is None or u[2] in roles]
    import time
    t0 = time.perf_counter()
    path = Path(path)
    rng = random.Random(seed)
    today = today or date.today()
    from .access import create_database, initialize
    db = create_database(path, plain=plain)
    admin_user, admin_name, _, admin_pw = DEMO_USERS[0]
    ctx, recovery_code = initialize(db, setup.SetupForm(site_code=site_code, admin_username=admin_user,
                                                         admin_password=admin_pw, admin_name=admin_name))
    site = ctx.site
    townships = [site_code] if site.kind == "township" else regions.townships_of(site_code)
    county = site.county_code
    report = DemoReport(path, site.code, site.name, recovery_code=recovery_code,
                        migrated_sha=demo_roster_sha(site.code, seed))
    with db.read() as s:
        rules = _Rules(county, reference.standards(s, county), reference.coverage_rules(s, county),
                       reference.dibao_method(s, county), reference.deadline_limits(s, county),
                       reference.calendar(s))
    key = db.key
    db.dispose()

    # Written from a writer thread too (_flush), one statement at a time.
    conn = cipher.connect(path, key, check_same_thread=False)
    # A fresh file: if the build dies it is simply made again, so neither durability nor a
    # rollback journal is needed while it loads. In WAL mode one transaction of the whole
    # demo went through the WAL, pages that spilled from the cache written there again and
    # again, and then everything a second time into the file at the checkpoint.
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    # Indexes on random keys (ID numbers) touch pages all over the file: keep them in
    # memory (each page read back from an encrypted file is decrypted again).
    conn.execute("PRAGMA cache_size=-262144")
    conn.execute("PRAGMA foreign_keys=ON")
    deferred = _defer_indexes(conn)
    seq, prev = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    chain = BulkChain(site.code, seq, prev)
    now = _demo_now(today)

    # Users: township staff belong to the site's township (or the first one, on a county).
    # The demo users' argon2 hashes and key copies (a quarter of a second each) are made on
    # a thread while the households are generated: argon2 leaves the GIL.
    argon2_pool = ThreadPoolExecutor(1, thread_name_prefix="demo-argon2")
    secrets_done = argon2_pool.submit(_user_secrets, path, key, staff)
    users, user_rows = {}, []
    for username, name, role, _pw in staff:
        uid = new_id()
        user_site = county if role == "approver" else townships[0]
        user_rows.append((uid, username, name, role, user_site, _dt(now)))
        users[username] = (uid, name)
        chain.add(now.isoformat(timespec="seconds"), "admin", "user.create", "user", uid,
                  {"username": username, "role": role})
    report.users = [(u, p, r) for u, _, r, p in DEMO_USERS[:1] + staff]

    villages = []
    for t in townships:
        names = _village_names(rng, rng.randint(12, 24))
        for i, name in enumerate(names):
            code = f"{t}{(i + 1 if i < 3 else 200 + i):03d}"
            if i < 3:
                name = name[:-1] + "社区"
            villages.append((code, name, t))
    conn.executemany("INSERT INTO villages (code, name, township_code) VALUES (?,?,?)", villages)

    # The chunks' scratch files, beside the demo's file (the same disk), gone when it is made
    # or has failed.
    scratch = Path(tempfile.mkdtemp(prefix=".demo-chunks-", dir=path.parent))
    world = _World(site.code, county, seed, today, decided, rules, villages, users,
                   report.migrated_sha, scratch)
    writer = ThreadPoolExecutor(1, thread_name_prefix="demo-writer")
    try:
        _load_chunks(conn, world, households, workers, chain, writer, report, progress)
    finally:
        writer.shutdown()
        shutil.rmtree(scratch, ignore_errors=True)
    _restore_indexes(conn, deferred)
    hashes = secrets_done.result()
    argon2_pool.shutdown()
    conn.executemany("INSERT INTO users (id, username, display_name, role, site_code, password_hash,"
                     " failed_logins, must_change_password, active, created_at)"
                     " VALUES (?,?,?,?,?,?,0,0,1,?)",
                     [(*row[:5], pw_hash, row[5]) for row, pw_hash in zip(user_rows, hashes)])
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    if progress:
        progress(households, households, "households")
    report.seconds = time.perf_counter() - t0
    return report


def _load_chunks(conn, world: "_World", households: int, workers: int | None, chain: BulkChain,
                 writer: ThreadPoolExecutor, report: DemoReport, progress) -> None:
    numbers: dict = {}
    written = None
    # Closed on the way out, on a failure too: the pool's workers stop before the scratch
    # folder is removed, not whenever the traceback lets the generator go.
    with contextlib.closing(_chunks(world, households, workers)) as chunks:
        for chunk in chunks:
            # What must follow one order across the chunks: the document and request numbers,
            # the audit chain, the outbox (parents before children). The rows themselves were
            # written by the chunk's maker into a scratch file, copied in by SQLite.
            for entry in chunk.entries:
                chain.add_text(*entry)
            if written is not None:
                written.result()       # one chunk waits at most
            written = writer.submit(_copy_chunk, conn, chunk, chain.take(), numbers)
            report.add_counts(chunk.tally)
            if progress:
                progress(report.households, households, "households")
    if written is not None:
        written.result()


# Households per chunk: each draws from its own random stream (seed, chunk number), so a
# chunk can be made in any process and a seed makes the same households either way.
CHUNK = 1000
# Below this a pool's start (each worker imports the domain) costs more than it saves.
PARALLEL_FROM = 10_000


@dataclass
class _World:
    """What every chunk of households is made from (sent once to each worker process)."""
    site_code: str
    county: str
    seed: int
    today: date
    decided: bool
    rules: "_Rules"
    villages: list
    users: dict
    migrated_sha: str
    scratch: Path       # the folder the chunks are written in

    @property
    def now(self) -> datetime:
        """The demo's clock: nine in the morning of its day."""
        return _demo_now(self.today)


@dataclass
class _Chunk:
    path: Path          # the scratch file with the chunk's rows (_write_chunk)
    tables: list        # (table, columns) written there, in _ORDER, then the outbox
    entries: list       # the audit entries, for BulkChain.add_text
    tally: "DemoReport"  # the chunk's counts


def _chunks(world: _World, households: int, workers: int | None):
    """The chunks in order: made here, or by a pool of processes a few chunks ahead."""
    spans = [(i, s, min(s + CHUNK, households)) for i, s in enumerate(range(0, households, CHUNK))]
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if households >= PARALLEL_FROM else 0
    if workers <= 0 or len(spans) < 2:
        for span in spans:
            yield _make_chunk(world, *span)
        return
    # spawn, not fork: the parent has threads (argon2, the pool's own) and an open database.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_set_world,
                             initargs=(world,)) as pool:
        todo = iter(spans)
        ahead = deque(pool.submit(_chunk_in_worker, *span) for span in islice(todo, 2 * workers))
        try:
            while ahead:
                done = ahead.popleft().result()
                span = next(todo, None)
                if span is not None:
                    ahead.append(pool.submit(_chunk_in_worker, *span))
                yield done
        finally:
            for f in ahead:
                f.cancel()


_WORLD: _World | None = None


def _set_world(world: _World) -> None:
    global _WORLD
    _WORLD = world


def _chunk_in_worker(index: int, start: int, stop: int) -> _Chunk:
    return _make_chunk(_WORLD, index, start, stop)


def _make_chunk(world: _World, index: int, start: int, stop: int) -> _Chunk:
    """Households ``start`` to ``stop`` (the ``index``th chunk) with their cases."""
    rng = random.Random(f"lishui demo {world.seed} chunk {index}")
    w = _Writer(world.site_code)
    report = DemoReport(Path(), world.site_code, "", migrated_sha=world.migrated_sha)
    villages, decided, rules, today, now = world.villages, world.decided, world.rules, world.today, world.now
    county, users = world.county, world.users
    caseworkers = ["cw1", "cw2", "cw3"]
    id_seq = start % 500
    cases = 0
    for n in range(start, stop):
        village_code, village_name, township = rng.choice(villages)
        owner = township
        cw = rng.choice(caseworkers)
        case = _pick_case(rng, decided, cases) if rng.random() < 0.25 else None
        # The cases that show each state in turn take its plain path: not a relative of
        # staff's, whom the county visits in person first (the drawn cases have a few).
        showcase = case is not None and cases < len(STATE_WEIGHTS)
        cases += case is not None
        atype, state, story, steps = case if case else (None, None, None, None)
        created = now - timedelta(days=rng.randint(30, 900))
        sched = None
        if case:
            sched = _schedule(rng, rules, steps, state, today)
            # The household is on file before its first application.
            created = min(created, datetime.combine(sched.submitted - timedelta(days=rng.randint(0, 20)),
                                                    now.time()))
        surname = rng.choice(SURNAMES)
        if n % 20 == 7:
            surname = ODD_SURNAMES[n // 20 % len(ODD_SURNAMES)]
        size = rng.choices((1, 2, 3, 4, 5), (22, 30, 24, 16, 8))[0]
        head_age = rng.randint(24, 92) if size > 1 else rng.randint(45, 95)
        if atype == "tekun":
            # 特困: an old person (or, refused, one still able to work) living alone.
            size, head_age = 1, rng.randint(62, 95) if story is not State.REFUSED else rng.randint(50, 58)
        elif atype == "ertong":
            size, head_age = rng.choice((2, 3)), rng.randint(58, 80)   # grandparent and grandchildren
        elif _needs_worker(atype, story):
            size, head_age = max(size, 2), rng.randint(28, 52)
        members = []
        for i in range(size):
            if i == 0:
                rel, age, sex = "self", head_age, rng.choice("MMMF")
            elif atype == "ertong":
                rel, age, sex = "grandchild", rng.randint(3, 15), rng.choice("MF")
            elif i == 1 and head_age > 22:
                rel, age, sex = "spouse", max(20, head_age + rng.randint(-5, 5)), \
                    "F" if members[0]["sex"] == "M" else "M"
            elif head_age > 45 and rng.random() < 0.4 and i == 2:
                rel, age, sex = "parent", min(head_age + rng.randint(22, 32), 100), rng.choice("MF")
            else:
                rel = "child" if head_age < 70 else "grandchild"
                age = max(0, head_age - rng.randint(20, 34) - (25 if rel == "grandchild" else 0))
                sex = rng.choice("MF")
            birth = today - timedelta(days=age * 365 + rng.randint(0, 364))
            id_seq = (id_seq + 1) % 500
            region = owner[:6]
            number = idnumber.make(region, birth, id_seq * 2 + (1 if sex == "M" else 0))
            name = _person_name(rng, surname if rel in ("self", "child", "grandchild") and i != 1
                                else None)
            disability = rng.random() < 0.08 and not (atype == "tekun" and story is State.REFUSED)
            members.append({"id": w.new_id(), "name": name, "id_number": number, "relation": rel, "sex": sex,
                            "birth_date": birth.isoformat(), "seq": i,
                            "phone": f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
                            if i == 0 or rng.random() < 0.2 else "",
                            "health": "残疾" if disability else rng.choice(HEALTH),
                            "disability_type": rng.choice(("physical", "visual", "intellectual",
                                                           "mental", "hearing")) if disability else None,
                            "disability_grade": rng.randint(1, 4) if disability else None,
                            "selfcare_failed": json.dumps(rng.sample(
                                ["eating", "dressing", "bed_transfer", "toileting",
                                 "walking_indoors", "bathing"], rng.choice((0, 0, 0, 1, 2, 4, 6))))
                            if age > 70 or disability else "[]",
                            "occupation": "学龄前" if age < 6 else "在校学生" if age < 18 else
                            "退休" if age > 65 else rng.choice(OCCUPATIONS[:4]),
                            "covered": 1})
        hid = w.new_id()
        address = f"{village_name}{rng.randint(1, 188)}号"
        h = w.add(Household, {"id": hid, "village_code": village_code, "address": address,
                              "phone": members[0]["phone"], "head_name": members[0]["name"],
                              "member_count": size, "site_code": owner,
                              "housing_type": rng.choice(("owned", "owned", "owned", "rented",
                                                          "dilapidated", "borrowed")),
                              "housing_area_dm2": rng.randint(2000, 14000) * 10,
                              "hardship_cause": rng.choice(HARDSHIP),
                              "staff_relative": 1 if rng.random() < 0.01 and not showcase else 0,
                              "staff_relative_note": "", "search_text": ""}, created, cw)
        if h["staff_relative"]:
            h["staff_relative_note"] = f"{_person_name(rng)}（村委委员）之亲属"
        h["search_text"] = household_search_text([m["name"] for m in members],
                                                 [m["id_number"] for m in members],
                                                 [m["phone"] for m in members],
                                                 village_name, address)
        w.finish_record(Household, h)
        for m in members:
            m["household_id"], m["site_code"] = hid, owner
            w.finish_record(Member, w.add(Member, m, created, cw))
        w.finish_record(BankAccount, w.add(BankAccount, _demo_account(hid, members[0]), created, cw))
        incomes, assets = [], []
        for m in members:
            age = (today.toordinal() - date.fromisoformat(m["birth_date"]).toordinal()) // 365
            if 18 <= age <= 65 and rng.random() < 0.7:
                cat = rng.choices(("wage", "business_net", "property_net"), (70, 25, 5))[0]
                incomes.append({"household_id": hid, "member_id": m["id"], "category": cat,
                                "monthly_fen": rng.randint(20, 400) * 1000, "employment_start": None,
                                "note": "", "site_code": owner})
            elif age > 60 and rng.random() < 0.8:
                incomes.append({"household_id": hid, "member_id": m["id"], "category": "basic_pension",
                                "monthly_fen": rng.randint(190, 320) * 100, "employment_start": None,
                                "note": "城乡居民基础养老金", "site_code": owner})
        if rng.random() < 0.3:
            kind = rng.choice(("deposit", "livestock", "vehicle", "machinery"))
            assets.append({"household_id": hid, "kind": kind, "description": {
                "deposit": "银行存款", "livestock": "生猪2头", "vehicle": "电动三轮车",
                "machinery": "微耕机"}[kind], "quantity": 1,
                "value_fen": rng.randint(5, 300) * 10000, "site_code": owner})
        if case:
            _shape(rng, rules, atype, story, sched, h, members, incomes, assets)
        for row in incomes:
            at = datetime.combine(date.fromisoformat(row["employment_start"]), now.time()) \
                if row.get("employment_start") else created
            w.finish_record(Income, w.add(Income, row, at, cw))
        for row in assets:
            w.finish_record(Asset, w.add(Asset, row, created, cw))
        w.log(created, cw, "household.create", "household", hid, {"members": size})

        if case:
            _demo_case(w, rng, rules, today, now, h, members, incomes, assets, owner, county,
                       atype, state, sched, users, cw, report)
        report.households += 1
        report.members += size
    if w.unlogged:
        # Records made after their case's last step (bank accounts, late results).
        w.log(now, "admin", "demo.records", "", "", {"records": len(w.unlogged)})
    tables, outbox, entries = w.take()
    chunk_path = world.scratch / f"chunk-{index}.sqlite3"
    return _Chunk(chunk_path, _write_chunk(chunk_path, tables, outbox), entries, report)


def _user_secrets(path: Path, key: bytes | None, staff) -> list[str]:
    """The demo users' password hashes; on an encrypted file each also gets a copy of the
    key, so the printed users sign in like anyone."""
    hashes = [hash_password(pw) for *_, pw in staff]
    if key is not None:
        kf = KeyFile.load(path)
        for username, _name, _role, pw in staff:
            kf.wrap_for_user(username, pw, key)
        kf.save()
    return hashes


DECIDED = (State.APPROVED, State.REFUSED, State.STOPPED)
# Refusals the rules can show from a household's data; a stop shows the income rise.
REFUSABLE = ("dibao", "dibian", "tekun")
_EARNED = ("wage", "business_net", "property_net")


@dataclass
class _Rules:
    """The county's rules as the services apply them (services.applications._compute)."""
    county: str
    standards: list
    coverage: object
    method: dict
    limits: deadlines.Limits
    cal: object

    def dibao_std(self, day: date) -> int:
        return benefit.standard_on(self.standards, self.county, "dibao", day).amount_fen

    def calc(self, atype: str, household: hh.HouseholdFacts, day: date, requested: int | None,
             special: bool = False) -> benefit.BenefitResult:
        options: dict = {}
        if requested is not None:
            options["requested_fen"] = requested
        if atype == "linshi":
            options["special_hardship"] = special
        if atype == "dibao":
            options.update(self.method)
        if atype in ("dibao", "dibian", "tekun"):
            options["rules"] = self.coverage
        if atype == "tekun":
            options["member_id"] = household.members[0].member_id
        return benefit.calculate(atype, household, self.standards, self.county, day, **options)

    def per_capita(self, household: hh.HouseholdFacts, day: date) -> int:
        return hh.per_capita_monthly_income(
            household, day, self.dibao_std(day), extra_exclusions=self.coverage.extra_exclusions,
            deduct_rigid_expenses=self.coverage.deduct_rigid_expenses).per_capita_fen


def reasons_from(result: benefit.BenefitResult, action: str) -> list[str]:
    """The reasons a refusal (or a stop) states for what the rules found unmet: the preset
    code where one says it (domain.codes.REASONS), else the rule's own sentence."""
    out: list[str] = []
    for step in result.steps:
        if step.code not in benefit.FAILING_STEPS:
            continue
        if step.code in ("dibao.above", "dibian.above"):
            code = "income_above_standard" if action == "stop" else "income_not_below_standard"
        elif step.code.startswith("assets."):
            code = "assets_exceed_limits"
        elif step.code == "tekun.supporter":
            code = "supporter_able"
        else:
            code = step.text_zh()
        if code not in out:
            out.append(code)
    return out


def household_on(members: list[dict], incomes: list[dict], assets: list[dict], h: dict,
                 day: date | None = None) -> hh.HouseholdFacts:
    """The household as the rules saw it on ``day``: income from a job begun later is left out."""
    ms = [hh.Member(name=m["name"], relation=m["relation"], birth_date=date.fromisoformat(m["birth_date"]),
                    sex=m["sex"], disability_type=m["disability_type"], disability_grade=m["disability_grade"],
                    selfcare_failed=frozenset(json.loads(m["selfcare_failed"])), covered=bool(m["covered"]),
                    member_id=m["id"]) for m in members]
    items = [hh.IncomeItem(category=i["category"], monthly_fen=i["monthly_fen"], member_id=i["member_id"],
                           employment_start=_d(i.get("employment_start")), note=i.get("note", ""))
             for i in incomes
             if day is None or not i.get("employment_start") or _d(i["employment_start"]) <= day]
    return hh.HouseholdFacts(members=ms, incomes=items,
                        assets=[hh.Asset(kind=a["kind"], value_fen=a["value_fen"],
                                         description=a["description"]) for a in assets],
                        housing_type=h["housing_type"], housing_area_m2=Decimal(h["housing_area_dm2"]) / 100,
                        household_id=h["id"])


# The states the first cases of a chunk take, the most frequent first: a small demo (a
# county's of a few dozen households) has decisions, refusals and stops too.
_IN_TURN = sorted(STATE_WEIGHTS, key=lambda st: -STATE_WEIGHTS[st])


def _pick_case(rng, decided: bool, k: int = len(STATE_WEIGHTS)) -> tuple[str, State, State, list]:
    """(type, state, the state whose story the household tells, the steps to the state).
    The first cases of a chunk (``k`` before it) take every state and type in turn, so
    that any demo of a chunk's size shows them all; the rest are drawn by their weights."""
    if k < len(STATE_WEIGHTS):
        atype, story = list(TYPE_WEIGHTS)[k % len(TYPE_WEIGHTS)], _IN_TURN[k]
    else:
        atype = rng.choices(list(TYPE_WEIGHTS), list(TYPE_WEIGHTS.values()))[0]
        story = rng.choices(list(STATE_WEIGHTS), list(STATE_WEIGHTS.values()))[0]
    if story is State.STOPPED:
        atype = "dibao"            # stopped when new work lifted the income above the standard
    elif story is State.REFUSED and atype not in REFUSABLE:
        atype = rng.choice(REFUSABLE)
    state, path = story, PATHS[story]
    if not decided and story in DECIDED:
        # A trial township: the county decides its cases through sync. A case headed for
        # refusal waits for it after a negative 初审; the others wait for the county's
        # decision or for their hand-up after the notice.
        if story is State.REFUSED:
            state, path = State.AWAITING_DECISION, PATHS[State.REFUSED][:5]
        else:
            story = State.APPROVED
            state = rng.choice((State.AWAITING_DECISION, State.AWAITING_DECISION, State.PUBLICIZED))
            path = PATHS[state]
    return atype, state, story, path


def _needs_worker(atype: str | None, state: State | None) -> bool:
    """A household whose story needs a member of working age (a job that lifts its income)."""
    return atype in ("dibao", "dibian") and state in (State.STOPPED, State.REFUSED)


@dataclass
class _Schedule:
    submitted: date
    steps: list          # (action, day)
    stop_job: date | None = None   # a stopped case: the day the new job began

    def day(self, action: Action) -> date | None:
        return next((d for a, d in self.steps if a is action), None)


# Working days each step takes after the one before (within the limits of domain.deadlines).
STEP_WORKDAYS = {Action.ACCEPT: (0, 2), Action.REQUEST_MATERIALS: (0, 1), Action.REFUSE_ACCEPTANCE: (12, 20),
                 Action.START_INVESTIGATION: (0, 2), Action.RECORD_VISIT: (1, 5), Action.REVIEW: (1, 3),
                 Action.PUBLISH: (0, 1), Action.HAND_UP: (0, 1), Action.APPROVE: (1, 4),
                 Action.REFUSE: (1, 4), Action.RECORD_DELIVERY: (1, 3), Action.WITHDRAW: (1, 5)}


def _schedule(rng, rules: _Rules, path: list, state: State, today: date) -> _Schedule:
    """The days of the case's steps: working days within the time limits, the notice's 7
    calendar days, and the last step as long before today as the state's story needs."""
    cal = rules.cal
    gaps = []
    for action in path:
        if action is Action.STOP:
            gaps.append(rng.randint(420, 700))          # calendar days after the approval
        elif action is Action.CLOSE_NOTICE:
            gaps.append(0)
        else:
            lo, hi = STEP_WORKDAYS[action]
            if action in (Action.APPROVE, Action.REFUSE):
                hi = min(hi, rules.limits.decision)
            if action is Action.RECORD_DELIVERY:
                hi = min(hi, rules.limits.delivery)
            gaps.append(rng.randint(lo, hi))
    if state in workflow.OPEN:
        target = today - timedelta(days=rng.choice((0, 1, 2, 3, 5, 8, 12, 20, 45)))
        if state is State.PUBLICIZING:
            target = today - timedelta(days=rng.randint(0, 6))
    else:
        target = today - timedelta(days=rng.randint(10, 700))

    def build(first: date) -> _Schedule:
        first = first if cal.is_working_day(first) else cal.add_working_days(first, 1)
        day, steps = first, []
        for action, gap in zip(path, gaps):
            if action is Action.STOP:
                day = day + timedelta(days=gap)
                day = day if cal.is_working_day(day) else cal.add_working_days(day, 1)
            elif action is Action.CLOSE_NOTICE:
                # The first working day after the notice's last day.
                day = cal.add_working_days(day + timedelta(days=workflow.NOTICE_DAYS - 1), 1)
            else:
                day = cal.add_working_days(day, gap)
            steps.append((action, day))
        return _Schedule(first, steps)

    first = target - timedelta(days=sum(gaps) * 7 // 5)
    for _ in range(8):
        sched = build(first)
        last = sched.steps[-1][1] if sched.steps else sched.submitted
        if last == target or (last <= today and abs((last - target).days) <= 3):
            break
        first -= timedelta(days=(last - target).days)
    while (sched.steps[-1][1] if sched.steps else sched.submitted) > today:
        first -= timedelta(days=1)
        sched = build(first)
    if state is State.STOPPED:
        approved, stopped = sched.day(Action.APPROVE), sched.day(Action.STOP)
        latest = hh.add_months(stopped, -(hh.DISREGARD_MONTHS + 1))
        sched.stop_job = approved + timedelta(days=rng.randint(15, max(15, (latest - approved).days)))
    return sched


def _workers(members: list[dict], day: date) -> list[dict]:
    return [m for m in members if 18 <= _age(m, day) <= 59 and not (m["disability_grade"] or 9) <= 2]


def _age(m: dict, day: date) -> int:
    b = date.fromisoformat(m["birth_date"])
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _shape(rng, rules: _Rules, atype: str, state: State, sched: _Schedule, h: dict,
           members: list[dict], incomes: list[dict], assets: list[dict]) -> None:
    """Make the household's incomes and property tell its case's story: below the standard
    for an approved dibao, above it for a refused one, a new job for a stopped one."""
    if atype not in ("dibao", "dibian"):
        if atype == "tekun":
            incomes[:] = [i for i in incomes if i["category"] not in _EARNED] \
                if state is not State.REFUSED else incomes
        return
    day = sched.day(Action.REVIEW) or (sched.steps[-1][1] if sched.steps else sched.submitted)
    refused = state is State.REFUSED
    # The standard may rise between the 初审 and the decision (a new year's standard): a
    # refusal is above both, an approval below both.
    decided = sched.day(Action.APPROVE) or sched.day(Action.REFUSE) or day
    std = (max if refused else min)(rules.dibao_std(day), rules.dibao_std(decided))
    incomes[:] = [i for i in incomes if i["category"] not in _EARNED]
    if refused:
        low, high = (1.15, 1.8) if atype == "dibao" else (1.6, 2.2)
    elif atype == "dibian":
        low, high = 1.05, 1.4
    else:
        low, high = (0.3, 0.85) if rng.random() < 0.5 else (0.0, 0.0)

    def add_wage(target_pc: int, since: date | None, on: date, *, anyone: bool = False) -> bool:
        # A stop needs its new job even where nobody is of working age: an older or disabled
        # member taking paid work happens too, and their wage counts all the same.
        workers = _workers(members, on) or ([m for m in members if _age(m, on) >= 16] if anyone else [])
        if not workers:
            return False
        have = rules.per_capita(household_on(members, incomes, assets, h, on), on) * len(members)
        need = -(-(target_pc * len(members) - have) // 1000) * 1000
        if need > 0:
            incomes.append({"household_id": h["id"], "member_id": rng.choice(workers)["id"], "category": "wage",
                            "monthly_fen": need, "employment_start": since.isoformat() if since else None,
                            "note": "新就业（务工）" if since else "", "site_code": h["site_code"]})
        return True

    earned = bool(high) and add_wage(int(std * rng.uniform(low, high)), None, day)
    if not refused:
        # Property within the county's limits: what would fail the test is not there.
        while assets and not benefit.asset_test(household_on(members, incomes, assets, h, day), std,
                                                rules.coverage.assets)[0]:
            assets.remove(max(assets, key=lambda a: a["value_fen"]))
    elif not earned or rng.random() < 0.3:
        assets.append({"household_id": h["id"], "kind": "vehicle", "description": "小型轿车", "quantity": 1,
                       "value_fen": rng.randint(3, 9) * 1000000, "site_code": h["site_code"]})
    if state is State.STOPPED:
        stopped = sched.day(Action.STOP)
        add_wage(int(rules.dibao_std(stopped) * rng.uniform(1.2, 1.6)), sched.stop_job, stopped, anyone=True)


def _demo_case(w: _Writer, rng, rules: _Rules, today, now, h, members, incomes, assets, owner, county,
               atype, state, sched: _Schedule, users, cw, report):
    cw_id, cw_name = users[cw]
    rv_id, rv_name = users["rv1"]
    ap_name = users["ap1"][1] if "ap1" in users else ""
    second = rng.choice([c for c in ("cw1", "cw2", "cw3") if c != cw])
    requested = None
    if atype in ("linshi", "yiliao", "jiaoyu", "shilaohua"):
        requested = {"linshi": rng.randint(5, 40) * 10000, "yiliao": rng.randint(10, 200) * 10000,
                     "jiaoyu": 1000000, "shilaohua": rng.randint(20, 60) * 10000}[atype]
    start = sched.submitted

    def rules_on(day: date) -> benefit.BenefitResult:
        return rules.calc(atype, household_on(members, incomes, assets, h, day), day, requested)

    app = w.add(Application, {
        "household_id": h["id"], "applicant_id": members[0]["id"], "type": atype,
        "state": State.SUBMITTED.value, "township_code": owner, "county_code": county,
        "submitted_on": start.isoformat(), "accepted_on": None, "handed_up_on": None,
        "notice_start": None, "notice_end": None, "extended": 0, "requested_fen": requested,
        "special_hardship": 0, "missing_materials": "[]", "review_recommends": None,
        "proposed_fen": None, "explanation": "", "amount_fen": None, "start_month": None,
        "decided_on": None, "delivered_on": None, "delivery": None,
        "reasons": "[]", "involved": "[]", "due_date": None,
        "assigned_to": cw_id, "site_code": owner}, datetime.combine(start, now.time()), cw)
    slot = w.reserve()
    involved = set()
    _case_event(w, app, "submit", "submitted", "submitted", start, cw, cw_name, {"type": atype})
    for action, day in sched.steps:
        actor, actor_name = (cw, cw_name)
        params: dict = {}
        if action is Action.ACCEPT:
            app["accepted_on"] = day.isoformat()
            involved.add(cw_id)
        elif action is Action.REQUEST_MATERIALS:
            params["missing"] = rng.sample(MISSING, 2)
            app["missing_materials"] = json.dumps(params["missing"], ensure_ascii=False)
        elif action in (Action.REFUSE_ACCEPTANCE, Action.WITHDRAW):
            # 不予受理: the materials asked for were not supplied in time (codes.REASONS).
            params["reasons"] = ["applicant_withdrew"] if action is Action.WITHDRAW else \
                ["materials_not_supplied"]
            app["reasons"] = json.dumps(params["reasons"], ensure_ascii=False)
        elif action is Action.START_INVESTIGATION:
            involved.add(cw_id)
        elif action is Action.RECORD_VISIT:
            names = [cw_name, users[second][1]]
            visit = w.add(Visit, {"application_id": app["id"], "visit_date": day.isoformat(),
                                  "investigators": json.dumps(names, ensure_ascii=False),
                                  "investigator_ids": json.dumps([cw_id, users[second][0]]),
                                  "by_county": 0, "site_code": owner,
                                  # The conclusion as the visit form records it: its code (the
                                  # form's wording, domain.codes) and what the investigators added.
                                  "findings": json.dumps({"living_conditions": "砖木结构住房，居住条件较差",
                                                          "neighbours": "走访邻居2户，反映情况属实",
                                                          "conclusion": "matches"},
                                                         ensure_ascii=False),
                                  "conclusion": ""},
                          datetime.combine(day, now.time()), cw)
            w.finish_record(Visit, visit)
            params = {"investigators": names, "visit_id": visit["id"]}
            involved |= {cw_id, users[second][0]}
        elif action is Action.REVIEW:
            if atype in crosscheck.CHECKED_TYPES:
                _demo_crosscheck(w, app, members, day, now, cw, cw_name)
            actor, actor_name = "rv1", rv_name
            result = rules_on(day)
            recommend = result.eligible
            app["review_recommends"] = 1 if recommend else 0
            app["proposed_fen"] = result.amount_fen if recommend else None
            app["explanation"] = result.text_zh()
            params = {"recommend": recommend, "amount_fen": result.amount_fen,
                      "explanation": app["explanation"], "steps": [st.as_dict() for st in result.steps]}
            if not recommend:
                params["reasons"] = reasons_from(result, "refuse")
                app["reasons"] = json.dumps(params["reasons"], ensure_ascii=False)
            involved.add(rv_id)
        elif action is Action.PUBLISH:
            app["notice_start"] = day.isoformat()
            app["notice_end"] = (day + timedelta(days=workflow.NOTICE_DAYS - 1)).isoformat()
        elif action is Action.HAND_UP:
            actor, actor_name = "rv1", rv_name
            app["handed_up_on"] = day.isoformat()
        elif action is Action.RECORD_DELIVERY:
            params = {"delivered_on": day.isoformat(), "method": "direct",
                      "recipient": members[0]["name"], "place": h["address"]}
            app["delivered_on"] = day.isoformat()
            app["delivery"] = json.dumps({k: params[k] for k in ("method", "recipient", "place")},
                                         ensure_ascii=False)
        elif action in (Action.APPROVE, Action.REFUSE, Action.STOP):
            actor, actor_name = "ap1", ap_name
            outcome = {"approve": "approved", "refuse": "refused", "stop": "stopped"}[action.value]
            result = rules_on(day)
            if result.eligible != (action is Action.APPROVE):
                raise AssertionError(f"demo case {app['id']}: {action.value} but the rules say "
                                     f"eligible={result.eligible}: {result.text_zh()}")
            reasons = [] if action is Action.APPROVE else reasons_from(result, action.value)
            start_month = workflow.first_payment_month(day)
            amount = result.amount_fen if action is Action.APPROVE else None
            extra: dict = {}
            if action is Action.APPROVE:
                app["amount_fen"], app["start_month"] = amount, start_month
                app["decided_on"] = day.isoformat()
                if app["proposed_fen"] is not None and amount != app["proposed_fen"]:
                    extra["amount_reason"] = f"按审批之日（{day.isoformat()}）执行的标准重新核算"
                if atype == "tekun":
                    # The supported person, and the care tier the approval fixes (services'
                    # _approval_record does the same).
                    care = next(st for st in result.steps if st.code == "tekun.care")
                    extra["member_id"] = members[0]["id"]
                    extra["care"] = {"level": care.params["level"], "care_fen": care.params["care_fen"],
                                     "text": care.text_zh()}
            elif action is Action.REFUSE:
                app["decided_on"] = day.isoformat()
            app["reasons"] = json.dumps(reasons, ensure_ascii=False)
            d = w.add(Decision, {"application_id": app["id"], "township_code": owner,
                                 "type": atype, "outcome": outcome,
                                 "amount_fen": amount,
                                 "start_month": start_month if action is Action.APPROVE else None,
                                 "reasons": json.dumps(reasons, ensure_ascii=False),
                                 "decided_by": ap_name, "decided_at": _dt(
                                     datetime.combine(day, now.time())),
                                 "county_visit": None, "applied": 1, "site_code": county,
                                 "number": w.doc_number(county, day.year)},
                      datetime.combine(day, now.time()), "ap1")
            w.finish_record(Decision, d)
            params = {"decision_id": d["id"], "amount_fen": d["amount_fen"], "reasons": reasons,
                      "start_month": d["start_month"], **extra}
        before = app["state"]
        after = before if workflow.TRANSITIONS[action].target is None else \
            workflow.TRANSITIONS[action].target.value
        app["state"] = after
        app["version"] += 1
        app["updated_at"], app["updated_by"] = _dt(datetime.combine(day, now.time())), actor
        _case_event(w, app, action.value, before, after, day, actor, actor_name, params)
    if app["state"] == State.INVESTIGATED.value and atype in crosscheck.CHECKED_TYPES:
        # Visited and waiting for the 初审, which rests on the cross-check: its result is in
        # (the county answers within days), so the reviewer can take the case up.
        _demo_crosscheck(w, app, members, day, now, cw, cw_name)
    app["involved"] = json.dumps(sorted(involved))
    dates = deadlines.CaseDates(State(app["state"]), _d(app["accepted_on"]), _d(app["handed_up_on"]),
                                _d(app["notice_end"]), notice_start=_d(app["notice_start"]),
                                decided_on=_d(app["decided_on"]), delivered_on=_d(app["delivered_on"]))
    due = deadlines.due_date(dates, rules.cal, rules.limits)
    app["due_date"] = due.isoformat() if due else None
    if due and due < today:
        report.overdue += 1
    w.finish_record(Application, app, slot)
    if app["state"] in MIGRATED_STATES and owner == w.site_code:
        # The county's decisions here are never pushed by a county: the demo's decided
        # cases come as migrated from a roster the city accepts (see DemoReport.lines).
        app["migrated_from"] = report.migrated_sha
        report.migrated += 1
    report.applications += 1
    report.by_state[app["state"]] = report.by_state.get(app["state"], 0) + 1


def _demo_crosscheck(w, app, members, day, now, cw, cw_name) -> None:
    """The 信息核对 the 初审 rests on: requested and answered (nothing found) before it."""
    at = datetime.combine(day, now.time())
    persons = [{"name": m["name"], "id_number": m["id_number"], "relation": m["relation"]} for m in members]
    req = w.add(CrossCheck, {"application_id": app["id"], "township_code": app["township_code"],
                             "request_no": w.request_number(app["township_code"], day.year),
                             "authorised_by": members[0]["name"], "authorised_on": day.isoformat(),
                             "requested_on": day.isoformat(), "requested_by": cw_name,
                             "persons": json.dumps(persons, ensure_ascii=False), "exported_at": None,
                             "site_code": app["site_code"]}, at, cw)
    w.finish_record(CrossCheck, req)
    findings = [{"source": src, "found": False, "detail": "", "checked_on": day.isoformat(), "id_number": ""}
                for src in crosscheck.SOURCES]
    res = w.add(CrossCheckResult, {"crosscheck_id": req["id"], "application_id": app["id"],
                                   "township_code": app["township_code"], "findings": json.dumps(findings),
                                   "outcome": crosscheck.CLEAR, "reason": None, "note": "县级核对中心反馈",
                                   "recorded_on": day.isoformat(), "recorded_by": cw_name, "by_county": 0,
                                   "source_file": None, "site_code": app["site_code"]}, at, cw)
    w.finish_record(CrossCheckResult, res)


def _d(text):
    return date.fromisoformat(text) if text else None


_PARAMS_JSON = json.JSONEncoder(ensure_ascii=False, default=str).encode   # json.dumps' own output


def _case_event(w, app, action, before, after, day, user, user_name, params):
    at = datetime.combine(day, datetime.min.time()).replace(hour=10)
    e = w.add(CaseEvent, {"application_id": app["id"], "action": action, "from_state": before,
                          "to_state": after, "actor_name": user_name, "at": _dt(at),
                          "params": _PARAMS_JSON(params),
                          "site_code": app["site_code"]}, at, user)
    w.finish_record(CaseEvent, e)
    w.log(at, user, f"application.{action}", "application", app["id"],
          {"action": action, "from": before, "to": after})


def _defer_indexes(conn) -> list[tuple[str, str, str]]:
    """Drop the secondary indexes of the tables the demo fills, and the trigger that feeds
    the search index row by row: built once after the load (a sort) they cost a fraction
    of keeping them up to date through hundreds of thousands of inserts."""
    tables = _ORDER + ["outbox", "audit_log"]
    marks = ",".join("?" * len(tables))
    found = conn.execute(f"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                         f"((type='index' AND tbl_name IN ({marks})) OR "
                         f"(type='trigger' AND name='households_fts_ai'))", tables).fetchall()
    for kind, name, _sql in found:
        conn.execute(f"DROP {kind.upper()} {name}")
    return found


def _restore_indexes(conn, deferred) -> None:
    for _kind, _name, sql in deferred:
        conn.execute(sql)


_ORDER = ["households", "members", "incomes", "assets", "applications", "visits", "case_events",
          "decisions", "bank_accounts", "crosschecks", "crosscheck_results"]


_OUTBOX_COLUMNS = ("entity", "entity_id", "version", "base_version", "site_code", "payload",
                   "deleted", "created_at")
# The numbered column of each table whose rows _Writer numbers, and what separates the
# parts of a place kept for a number (no number or code holds it).
_NUMBERED = {"decisions": "number", "crosschecks": "request_no"}
_PLACE = "\x1f"


def _number(place: str, numbers: dict) -> str:
    """The number for a place _Writer kept: a decision's by its deciding body and year, a
    cross-check request's by its year."""
    kind, site_code, year = place.split(_PLACE)
    year = int(year)
    key = (site_code, year) if kind == "decision" else ("HD", year)
    n = numbers[key] = numbers.get(key, 0) + 1
    return (docnumbers.number_text(site_code, year, n) if kind == "decision"
            else crosscheck.request_number(site_code, year, n))


def _write_chunk(path: Path, tables: list, outbox: list) -> list:
    """The chunk's rows into a plain scratch file of untyped tables in the main tables'
    column order: the maker's own SQLite binds the values, in its own process."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    written = []
    for table, cols, rows in tables + [("outbox", _OUTBOX_COLUMNS, outbox)]:
        db.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
        db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * len(cols))})", rows)
        written.append((table, cols))
    db.commit()
    db.close()
    return written


def _copy_chunk(conn, chunk: _Chunk, audit: tuple, numbers: dict) -> None:
    """Copy a chunk's rows in, numbering its decisions and cross-check requests in order
    (``numbers``: the last number of each deciding body and year so far)."""
    # KEY '': the scratch file is plain (on SQLCipher an ATTACH takes the main key else).
    plain = "" if isinstance(conn, sqlite3.Connection) else " KEY ''"
    conn.execute(f"ATTACH DATABASE ? AS chunk{plain}", (str(chunk.path),))
    try:
        for table, cols in chunk.tables:
            column = _NUMBERED.get(table)
            if column is not None:
                places = conn.execute(f"SELECT rowid, {column} FROM chunk.{table} ORDER BY rowid").fetchall()
                conn.executemany(f"UPDATE chunk.{table} SET {column} = ? WHERE rowid = ?",
                                 [(_number(place, numbers), rowid) for rowid, place in places])
            names = ", ".join(cols)
            last = conn.execute("SELECT coalesce(max(rowid), 0) FROM main.households").fetchone()[0] \
                if table == "households" else None
            conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM chunk.{table} ORDER BY rowid")
            if last is not None:
                # What the search index's trigger (dropped for the load, _defer_indexes) would
                # have inserted: here, chunk by chunk, while the next chunks are made.
                conn.execute("INSERT INTO households_fts(rowid, text) SELECT rowid, '|' || search_text || '|'"
                             " FROM main.households WHERE rowid > ?", (last,))
        conn.executemany(*audit)
        conn.commit()
    finally:
        conn.execute("DETACH DATABASE chunk")
        chunk.path.unlink(missing_ok=True)
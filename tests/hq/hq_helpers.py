"""Helpers for the city-server tests: a real database (SQLite file or a fresh
PostgreSQL database), a real `lishui-hq serve` process on loopback, and
builders for batches and audit chains as a desktop would send them."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from datetime import date
from pathlib import Path

import httpx

from lishui_desktop.domain import idnumber
from lishui_desktop.domain.auditchain import GENESIS, entry_hash

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN = os.environ.get("LISHUI_HQ_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def pg_available() -> bool:
    try:
        import psycopg
        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return True
    except Exception:
        return False


class PgDatabase:
    """A PostgreSQL database made for one test module and dropped after it."""

    def __init__(self):
        import psycopg
        self.name = f"lishui_hq_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{self.name}"')
        base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        self.url = f"{base}/{self.name}"

    def drop(self) -> None:
        import psycopg
        with psycopg.connect(PG_ADMIN, autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str, db: str, check: bool = True) -> subprocess.CompletedProcess:
    p = subprocess.run([sys.executable, "-m", "lishui_hq.cli", *args, "--db", db],
                       cwd=ROOT, capture_output=True, text=True, timeout=120,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    if check and p.returncode != 0:
        raise AssertionError(f"lishui-hq {' '.join(args)} failed ({p.returncode}):\n{p.stderr}")
    return p


PAGE_PASSWORD = "Page2026pass"


def add_account(db: str, user: str, role: str = "city", county: str | None = None,
                password: str = PAGE_PASSWORD) -> None:
    """`lishui-hq account add`, the password from $LISHUI_PASSWORD as a script gives it."""
    args = ["account", "add", "--user", user, "--role", role] + (["--county", county] if county else [])
    p = subprocess.run([sys.executable, "-m", "lishui_hq.cli", *args, "--db", db],
                       cwd=ROOT, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                       env={**os.environ, "PYTHONPATH": str(ROOT), "LISHUI_PASSWORD": password})
    assert p.returncode == 0, p.stderr


def login_form(client: httpx.Client) -> str:
    """GET /login; the CSRF token of its form (its cookie is now in the client)."""
    r = client.get("/login")
    assert r.status_code == 200, r.text
    return r.text.split("name='csrf' value='")[1].split("'")[0]


def sign_in(url: str, user: str, password: str = PAGE_PASSWORD, **kw) -> httpx.Client:
    """A browser-like client signed in to the city page through its form."""
    c = httpx.Client(base_url=url, timeout=60, **kw)
    csrf = login_form(c)
    r = c.post("/login", data={"csrf": csrf, "username": user, "password": password})
    assert r.status_code == 303 and r.headers["location"] == "/", (r.status_code, r.text[:500])
    return c


class Server:
    """`lishui-hq serve` in a subprocess on a free loopback port."""

    def __init__(self, db_url: str, log_path: Path, *extra: str, port: int | None = None,
                 verify=True, host: str = "127.0.0.1"):
        self.db_url = db_url
        self.log_path = log_path
        self.port = port or free_port()
        scheme = "https" if "--certfile" in extra else "http"
        self.url = f"{scheme}://{host}:{self.port}"
        self._log = open(log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "lishui_hq.cli", "serve", "--db", db_url, "--host", "127.0.0.1",
             "--port", str(self.port), *extra],
            cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}:\n"
                                   f"{log_path.read_text(errors='replace')[-3000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=2, verify=verify).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("server did not answer /health within 60 s")
            time.sleep(0.1)

    def log_text(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class Chain:
    """A site's audit chain, built as the desktop builds it."""

    def __init__(self, site: str):
        self.site, self.seq, self.prev = site, 0, GENESIS
        self.entries: list[dict] = []

    def add(self, event: str = "record.save", entity: str | None = None,
            entity_id: str | None = None, detail=None) -> dict:
        self.seq += 1
        e = {"id": str(uuid.uuid4()), "site_code": self.site, "seq": self.seq,
             "at": f"2026-11-29T10:{self.seq % 60:02d}:00+08:00", "user": "经办人甲",
             "event": event, "entity": entity, "entity_id": entity_id, "success": True,
             "detail": detail if detail is not None else {"n": self.seq}, "prev_hash": self.prev}
        e["hash"] = entry_hash(e)
        self.prev = e["hash"]
        self.entries.append(e)
        return e


def rec(entity: str, rid: str, site: str, payload: dict | None = None, *, version: int = 1,
        base: int | None = None, deleted: bool = False) -> dict:
    return {"entity": entity, "id": rid, "version": version,
            "base_version": version - 1 if base is None else base, "site_code": site,
            "payload": payload if payload is not None else valid_payload(entity, site),
            "deleted": deleted}


def person_id(n: int = 1, birth: date = date(1968, 5, 17), region: str = "331102") -> str:
    """A valid GB 11643 number; odd n is a man, even n a woman."""
    return idnumber.make(region, birth, n % 1000)


def household_payload(township: str = "331102001", **over) -> dict:
    return {"village_code": township + "201", "address": "碧湖镇新民路8号", "phone": "",
            "head_name": "张三", "member_count": 1, "housing_type": "owned",
            "housing_area_dm2": 8000, "hardship_cause": "", "staff_relative": False,
            "staff_relative_note": "", **over}


def member_payload(household_id: str = "h-1", name: str = "张三", n: int = 1, **over) -> dict:
    number = over.pop("id_number", None) or person_id(n)
    info = idnumber.parse(number, today=date.max)
    return {"household_id": household_id, "seq": 0, "name": name, "id_number": number,
            "relation": "self", "sex": info.sex, "birth_date": info.birth_date.isoformat(),
            "phone": "", "health": "", "disability_type": None, "disability_grade": None,
            "selfcare_failed": [], "occupation": "", "covered": True, **over}


def valid_payload(entity: str, site: str) -> dict:
    """A payload the server's field rules accept, for tests about something else."""
    town = site if len(site) == 9 else site + "001"
    return {"household": lambda: household_payload(town),
            "member": lambda: member_payload(f"h-{town}"),
            "income": lambda: {"household_id": f"h-{town}", "category": "wage",
                               "monthly_fen": 150000},
            "asset": lambda: {"household_id": f"h-{town}", "kind": "deposit", "value_fen": 500000},
            "application": lambda: app_payload(town),
            "visit": lambda: {"application_id": f"a-{town}", "visit_date": "2026-11-20",
                              "investigators": ["周晓燕", "吴建华"], "conclusion": "属实"},
            "case_event": lambda: {"application_id": f"a-{town}", "action": "accept",
                                   "from_state": "submitted", "to_state": "accepted",
                                   "actor_name": "周晓燕", "at": "2026-11-20T09:00:00"},
            "notice": lambda: {"application_id": f"a-{town}", "kind": "acceptance", "number": "1",
                               "content_hash": "0" * 64, "issued_on": "2026-11-20"},
            "attachment": lambda: {"application_id": f"a-{town}", "filename": "scan.pdf",
                                   "mime": "application/pdf", "size": 10, "sha256": "0" * 64},
            }.get(entity, lambda: {"n": 1})()


def app_payload(township: str, state: str = "submitted", type_: str = "dibao",
                household: str | None = None) -> dict:
    return {"household_id": household or f"h-{township}", "type": type_, "state": state, "township_code": township,
            "applicant": "张三"}


def decision_payload(app_id: str, township: str, outcome: str = "approved",
                     type_: str = "dibao") -> dict:
    return {"application_id": app_id, "township_code": township, "type": type_,
            "outcome": outcome, "amount_fen": 121000,
            "start_month": "2026-12" if outcome == "approved" else None,
            "reasons": [] if outcome == "approved" else ["家庭人均收入高于标准"],
            "decided_by": "审批人乙", "decided_at": "2026-11-29T15:00:00+08:00"}


def batch(site: str, records: list[dict], audit: list[dict] | None = None,
          batch_id: str | None = None) -> dict:
    return {"protocol": 1, "batch_id": batch_id or str(uuid.uuid4()), "site_code": site,
            "records": records, "audit": audit or []}


def new_id() -> str:
    return str(uuid.uuid4())


class Client:
    """What a desktop does over HTTP, for one site."""

    def __init__(self, server: Server, site: str, token: str):
        self.server, self.site, self.token = server, site, token
        self.http = httpx.Client(base_url=server.url, timeout=120,
                                 headers={"Authorization": f"Bearer {token}"})
        self.chain = Chain(site)
        self.known: set[tuple[str, str]] = set()
        self.sent = 0

    def push_raw(self, body: dict) -> httpx.Response:
        return self.http.post("/api/v1/push", json=body)

    def push(self, records: list[dict], *, audit: bool = True, batch_id: str | None = None,
             parents: bool = True) -> dict:
        missing = self.missing_parents(records) if parents else []
        if missing:
            first = self.push(missing, parents=False)
            assert all(x["status"] in ("applied", "duplicate") for x in first["results"]), first
        if audit:
            for r in records:
                self.chain.add("record.save", r["entity"], r["id"])
        # Entries added to the chain beforehand go too, as a desktop's unpushed log does.
        entries = self.chain.entries[self.sent:] if audit else []
        r = self.push_raw(batch(self.site, records, entries, batch_id))
        assert r.status_code == 200, r.text
        if audit:
            self.sent = len(self.chain.entries)
        return r.json()

    def missing_parents(self, records: list[dict]) -> list[dict]:
        """The parents a desktop would have sent before them (a household,
        an application) when this client has not pushed them yet: tests about something
        else need not build a whole case. Parents this site does not own stay missing."""
        town = self.site if len(self.site) == 9 else None
        out: list[dict] = []
        for r in records:
            p = r.get("payload") or {}
            if town and r.get("site_code") == self.site and not r.get("deleted"):
                hid = p.get("household_id")
                aid = p.get("application_id") if r["entity"] != "decision" else None
                if aid and aid.startswith("a-") and ("application", aid) not in self.known:
                    hid2 = f"h-{town}"
                    if ("household", hid2) not in self.known:
                        out.append(rec("household", hid2, self.site, household_payload(town)))
                        self.known.add(("household", hid2))
                    out.append(rec("application", aid, self.site,
                                   app_payload(town, household=hid2)))
                    self.known.add(("application", aid))
                if hid and ("household", hid) not in self.known and \
                        not any(x["entity"] == "household" and x["id"] == hid for x in records):
                    out.append(rec("household", hid, self.site, household_payload(town)))
                    self.known.add(("household", hid))
            self.known.add((r["entity"], r["id"]))
        return out

    def pull_all(self, cursor: int = 0, limit: int = 500) -> tuple[list[dict], int]:
        items = []
        while True:
            r = self.http.get("/api/v1/pull", params={"cursor": cursor, "limit": limit})
            assert r.status_code == 200, r.text
            page = r.json()
            items += page["items"]
            cursor = page["next_cursor"]
            if not page["more"]:
                return items, cursor

    def close(self) -> None:
        self.http.close()


def statuses(result: dict) -> list[str]:
    return [r["status"] for r in result["results"]]


def make_ca_and_server_cert(folder, host="localhost"):
    """A test CA and a server certificate it signed for ``host`` (and 127.0.0.1)."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    now = dt.datetime.now(dt.timezone.utc)

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(name("丽水市民政局 测试CA"))
          .issuer_name(name("丽水市民政局 测试CA")).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
          .not_valid_after(now + dt.timedelta(days=2))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(name(host)).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([
                x509.DNSName(host), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = {"ca": folder / "ca.pem", "cert": folder / "server.pem", "key": folder / "server.key"}
    paths["ca"].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths["cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths["key"].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                               serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return paths

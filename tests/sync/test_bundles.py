"""USB bundles: same ids, same answers, same guarantees as the network path."""
import sqlite3
import subprocess
import sys

import pytest

from lishui_desktop.domain.errors import DomainError
from lishui_desktop.services import applications as ap
from lishui_desktop.services import bundles, sync
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county, desk_versions, server_versions
from tests import dbfile

TOWN, COUNTY = "331102100", "331102"


def hq_cli(hq, *args):
    return subprocess.run([sys.executable, "-m", "lishui_hq.cli", *args, "--db", hq.db_url],
                          capture_output=True, text=True)


def offline_town(hq, tmp_path, clock):
    from lishui_desktop.services import sync as sync_service
    token = hq.store.add_site(TOWN, "township")
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock)
    sync_service.configure(town.ctx, "https://offline.invalid", token, register=False)
    return town


def test_round_trip_by_usb(hq, tmp_path, clock):
    town = offline_town(hq, tmp_path, clock)
    ids = cases_to_county(town, 15, clock)
    bundle = tmp_path / "town.bundle"
    report = bundles.export_bundle(town.ctx, bundle, batch_size=40)
    assert report.batches >= 3 and report.records == len(desk_versions(town.path, TOWN))

    r = hq_cli(hq, "import-bundle", str(bundle))
    assert r.returncode == 0, r.stderr
    assert server_versions(tmp_path / "hq.sqlite3", TOWN) == desk_versions(town.path, TOWN)

    # The county works online, decides, and its decisions come back on the stick.
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    sync.sync_once(county.ctx)
    for aid in ids:
        ap.act(county.as_("ap1"), aid, "approve", {"amount_fen": 90000, "amount_reason": "按核实后的收入核定"})
    sync.sync_once(county.ctx)

    acks = tmp_path / "town.acks"
    r = hq_cli(hq, "export-acks", "--bundle", str(bundle), "--out", str(acks))
    assert r.returncode == 0, r.stderr
    back = bundles.import_acks(town.ctx, acks)
    assert back.batches == report.batches and back.decisions_applied == len(ids)
    assert back.left["changes"] > 0          # the approvals taken in go out with the next bundle
    states = {s for (s,) in dbfile.connect(town.path).execute("SELECT state FROM applications")}
    assert states == {"approved"}

    second = tmp_path / "town2.bundle"
    bundles.export_bundle(town.ctx, second)
    assert hq_cli(hq, "import-bundle", str(second)).returncode == 0
    acks2 = tmp_path / "town2.acks"
    assert hq_cli(hq, "export-acks", "--bundle", str(second), "--out", str(acks2)).returncode == 0
    bundles.import_acks(town.ctx, acks2)
    assert server_versions(tmp_path / "hq.sqlite3", TOWN) == desk_versions(town.path, TOWN)
    # The same acks file again changes nothing.
    before = desk_versions(town.path)
    again = bundles.import_acks(town.ctx, acks2)
    assert again.batches == 0 and desk_versions(town.path) == before


def test_same_bundle_twice(hq, tmp_path, clock):
    town = offline_town(hq, tmp_path, clock)
    cases_to_county(town, 5, clock)
    bundle = tmp_path / "b"
    bundles.export_bundle(town.ctx, bundle)
    first = hq_cli(hq, "import-bundle", str(bundle))
    hq_path = tmp_path / "hq.sqlite3"
    counts = {t: sqlite3.connect(hq_path).execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("record", "record_version", "audit_entry", "batch")}
    second = hq_cli(hq, "import-bundle", str(bundle))
    assert second.returncode == 0 and "applied" in first.stdout
    assert "nothing new was applied" in second.stdout and "applied 1" not in second.stdout
    assert counts == {t: sqlite3.connect(hq_path).execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                      for t in counts}


def test_altered_bundle_is_refused(hq, tmp_path, clock):
    town = offline_town(hq, tmp_path, clock)
    cases_to_county(town, 3, clock)
    bundle = tmp_path / "b"
    bundles.export_bundle(town.ctx, bundle)
    raw = bytearray(bundle.read_bytes())
    for pos in (len(raw) // 2, 12, len(raw) - 5):
        bad = bytearray(raw)
        bad[pos] ^= 0x01
        altered = tmp_path / f"bad{pos}"
        altered.write_bytes(bytes(bad))
        r = hq_cli(hq, "import-bundle", str(altered))
        assert r.returncode != 0 and "refused" in r.stderr + r.stdout
    assert server_versions(tmp_path / "hq.sqlite3", TOWN) == {}


def test_bundle_from_the_wrong_site_is_refused(hq, tmp_path, clock):
    other_token = hq.store.add_site("331102102", "township")
    hq.store.add_site(TOWN, "township")
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock)
    sync.configure(town.ctx, "https://offline.invalid", other_token, register=False)
    cases_to_county(town, 2, clock)
    bundle = tmp_path / "b"
    bundles.export_bundle(town.ctx, bundle)
    r = hq_cli(hq, "import-bundle", str(bundle))
    assert r.returncode != 0 and "token" in r.stderr
    assert server_versions(tmp_path / "hq.sqlite3") == {}


def test_acks_for_another_site_are_refused(hq, tmp_path, clock):
    town = offline_town(hq, tmp_path, clock)
    other = make_desk(tmp_path / "other.sqlite3", "331102102", TOWN_STAFF, clock)
    sync.configure(other.ctx, "https://offline.invalid", hq.store.add_site("331102102", "township"),
                   register=False)
    bundle, acks = tmp_path / "b", tmp_path / "a"
    bundles.export_bundle(other.ctx, bundle)
    assert hq_cli(hq, "import-bundle", str(bundle)).returncode == 0
    assert hq_cli(hq, "export-acks", "--bundle", str(bundle), "--out", str(acks)).returncode == 0
    with pytest.raises(DomainError) as e:
        bundles.import_acks(town.ctx, acks)
    assert e.value.code == "bundle.refused"

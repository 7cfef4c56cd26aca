"""Monthly reports filed by a township reach the city server, whose page sums them per
county and draws the trend with ECharts (served by the server itself), checked in
headless Chromium with no network."""
import shutil
import subprocess

import httpx

from lishui_desktop.services import applications as ap
from lishui_desktop.services import reports, sync
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county

TOWN, COUNTY = "331102100", "331102"


def _chromium_dom(url: str, tmp_path) -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is needed (Makefile DEB_PACKAGES installs it)"
    r = subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-extensions",
                        f"--user-data-dir={tmp_path / 'chromium'}", "--virtual-time-budget=5000",
                        "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def test_city_page_sums_filed_reports_and_draws_the_trend(hq, tmp_path, clock):
    town = make_desk(tmp_path / "town.sqlite3", TOWN, TOWN_STAFF, clock, hq)
    county = make_desk(tmp_path / "county.sqlite3", COUNTY, COUNTY_STAFF, clock, hq)
    ids = cases_to_county(town, 3, clock)
    sync.sync_once(town.ctx)
    sync.sync_once(county.ctx)
    for aid in ids:
        ap.act(county.as_("ap1"), aid, "approve", {"amount_fen": 120000, "start_month": "2026-11",
                                            "amount_reason": "按核实后的收入核定"})
    sync.sync_once(county.ctx)
    sync.sync_once(town.ctx)
    cw = town.as_("cw1")
    for month in ("2026-10", "2026-11", "2026-12"):
        reports.submit(cw, reports.monthly(cw, month))
    assert sync.sync_once(town.ctx).pushed["refused"] == 0

    page = httpx.get(hq.url + "/").text
    assert "社会救助统计月报" in page and "最近月份 2026-12" in page
    table = page.split("id='monthly-latest'")[1].split("</table>")[0]
    assert "<td class='l'>莲都区</td><td class='l'>最低生活保障</td><td>3</td><td>9</td>" in table
    js = httpx.get(hq.url + "/static/echarts.min.js")
    assert js.status_code == 200 and len(js.content) > 500_000
    dom = _chromium_dom(hq.url + "/", tmp_path)
    assert 'id="chart-households"' in dom and 'data-drawn="1"' in dom
    assert dom.count("<svg") >= 2                      # both charts rendered by ECharts

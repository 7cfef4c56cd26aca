"""Monthly reports filed by a township reach the city server, whose page sums them per
county and draws the trend with ECharts (served by the server itself), checked in
headless Chromium with no network, signed in through the page's own form."""
import json
import os
import select
import shutil
import subprocess
import time

import httpx

from lishui_desktop.services import applications as ap
from lishui_desktop.services import reports, sync
from tests.hq.hq_helpers import PAGE_PASSWORD, add_account, sign_in
from tests.sync.conftest import COUNTY_STAFF, TOWN_STAFF, make_desk
from tests.sync.helpers import cases_to_county

TOWN, COUNTY = "331102100", "331102"


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "chromium is needed (Makefile DEB_PACKAGES installs it)"
    return exe


class _Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4, so no
    port and no websocket library): it types into the sign-in form as a person would, and
    its cookie jar keeps the session cookie (HttpOnly: no script of the page can read it)."""

    def __init__(self, tmp_path):
        to_r, self._to = os.pipe()
        self._from, from_w = os.pipe()

        def fds():
            os.dup2(to_r, 3)
            os.dup2(from_w, 4)
        self.proc = subprocess.Popen(
            [_chromium(), "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-extensions",
             f"--user-data-dir={tmp_path / 'chromium-cdp'}", "--remote-debugging-pipe"],
            preexec_fn=fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_r)
        os.close(from_w)
        self._id, self._buf, self.events = 0, b"", []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buf:
            left = deadline - time.monotonic()
            assert left > 0, "chromium did not answer in time"
            if select.select([self._from], [], [], left)[0]:
                chunk = os.read(self._from, 1 << 20)
                assert chunk, "chromium closed its pipe"
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method: str, session: bool = False, **params):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self._to, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            m = self._read(deadline)
            if m.get("id") == self._id:
                assert "error" not in m, m
                return m.get("result", {})
            self.events.append(m.get("method"))

    def wait_load(self) -> None:
        deadline = time.monotonic() + 60
        while "Page.loadEventFired" not in self.events:
            self.events.append(self._read(deadline).get("method"))
        self.events.clear()

    def js(self, expression: str):
        return self.call("Runtime.evaluate", session=True, expression=expression,
                         returnByValue=True)["result"].get("value")

    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_load()

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except AssertionError:
            pass
        self.proc.wait(30)
        os.close(self._to)
        os.close(self._from)


def _signed_in_dom(base: str, user: str, password: str, tmp_path) -> str:
    b = _Browser(tmp_path)
    try:
        b.open(base + "/")                      # no session: sent to the sign-in form
        assert b.js("location.pathname") == "/login"
        b.events.clear()
        b.js(f"document.querySelector('input[name=username]').value = {json.dumps(user)};"
             f"document.querySelector('input[name=password]').value = {json.dumps(password)};"
             "document.querySelector('form').submit()")
        b.wait_load()
        assert b.js("location.pathname") == "/", b.js("document.body.innerText")
        assert b.js("document.cookie") == ""     # HttpOnly: not for the page's scripts
        deadline = time.monotonic() + 30
        while not b.js("!!document.querySelector('[data-drawn=\"1\"]')") \
                and time.monotonic() < deadline:
            time.sleep(0.2)
        return b.js("document.documentElement.outerHTML")
    finally:
        b.close()


def _chromium_dom(url: str, tmp_path) -> str:
    exe = _chromium()
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

    add_account(hq.db_url, "city.admin")
    page = sign_in(hq.url, "city.admin").get("/").text
    assert "社会救助统计月报" in page and "最近月份 2026-12" in page
    table = page.split("id='monthly-latest'")[1].split("</table>")[0]
    assert "<td class='l'>莲都区</td><td class='l'>最低生活保障</td><td>3</td><td>9</td>" in table
    js = httpx.get(hq.url + "/static/echarts.min.js")
    assert js.status_code == 200 and len(js.content) > 500_000
    # A browser without a session sees the sign-in form and no figures.
    dom = _chromium_dom(hq.url + "/", tmp_path)
    assert "name=\"password\"" in dom and "社会救助统计月报" not in dom
    dom = _signed_in_dom(hq.url, "city.admin", PAGE_PASSWORD, tmp_path)
    assert 'id="chart-households"' in dom and 'data-drawn="1"' in dom
    assert dom.count("<svg") >= 2                      # both charts rendered by ECharts

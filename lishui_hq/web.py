"""The city's read-only page: applications per county, type and state, and each
site's last sync and pending conflicts. Aggregates only: no names, no ID numbers.

Only for a signed-in account (lishui_hq.accounts): the city's administrators see every
county, a county's staff only their own (its rows, its sites, its townships' reports)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from html import escape

from lishui_desktop.sync.protocol import APPLICATION_STATES, ASSISTANCE_TYPES

from . import regions

TYPE_NAMES = {"dibao": "最低生活保障", "dibian": "低保边缘家庭", "tekun": "特困人员救助供养",
              "linshi": "临时救助", "yiliao": "医疗救助", "jiaoyu": "教育救助",
              "ertong": "孤困儿童基本生活保障", "shilaohua": "适老化改造"}
STATE_NAMES = {"submitted": "已申请", "materials_missing": "待补正", "not_accepted": "不予受理",
               "accepted": "已受理", "investigating": "调查中", "investigated": "已调查",
               "reviewed": "已初审", "publicizing": "公示中", "publicized": "已公示",
               "awaiting_decision": "待审核确认", "approved": "已确认", "refused": "不予确认",
               "stopped": "已停发", "withdrawn": "已撤回"}

CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0 2em}
th,td{border:1px solid #bbb;padding:.25em .6em;text-align:right}
th{background:#eef2f7}td.l,th.l{text-align:left}
tr.total td{font-weight:bold;background:#f7f7f7}.warn{color:#b00020;font-weight:bold}
.muted{color:#888}
"""


# China Standard Time has no daylight saving: a fixed offset needs no tz database.
CST = timezone(timedelta(hours=8))


def to_cst(t: datetime) -> datetime:
    # SQLite hands back the stored UTC time without its zone.
    return (t if t.tzinfo else t.replace(tzinfo=timezone.utc)).astimezone(CST)


def _when(t: datetime | None) -> str:
    return to_cst(t).strftime("%Y-%m-%d %H:%M") if t else "—"


def _page_head(title: str) -> list[str]:
    return ["<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>",
            f"<title>{escape(title)}</title>", f"<style>{CSS}</style></head><body>"]


def _who(account) -> str:
    if account.county is None:
        return "市级管理员（全市）"
    return f"县级工作人员（{regions.COUNTIES.get(account.county, account.county)}）"


def login_page(csrf: str, *, username: str = "", problem: str | None = None) -> str:
    """The sign-in form; ``csrf`` is also in the form's cookie (checked on submit)."""
    out = _page_head("丽水市社会救助 — 登录")
    out.append("<h1>丽水市社会救助 — 市级汇总</h1><h2>登录</h2>")
    if problem:
        out.append(f"<p class='warn' id='problem'>{escape(problem)}</p>")
    out.append("<form method='post' action='/login'>"
               f"<input type='hidden' name='csrf' value='{escape(csrf, quote=True)}'>"
               "<p><label>用户名 <input name='username' autocomplete='username' required "
               f"value='{escape(username, quote=True)}'></label></p>"
               "<p><label>密码 <input name='password' type='password' "
               "autocomplete='current-password' required></label></p>"
               "<p><button type='submit'>登录</button></p></form>"
               "<p class='muted'>账号由市民政局系统管理员用 lishui-hq account add 开设。</p>"
               "</body></html>")
    return "".join(out)


def render(store, account, csrf: str = "") -> str:
    county = account.county
    counts = store.application_counts(county)
    sites = [s for s in store.list_sites() if county is None or s["county_code"] == county]
    states = [s for s in APPLICATION_STATES if any(c[2] == s for c in counts)]
    rows = {}
    for county_code, typ, state, n in counts:
        rows.setdefault((county_code, typ), {})[state] = n
    total_label = "全市" if county is None else regions.COUNTIES.get(county, county)
    out = _page_head("丽水市社会救助 — 市级汇总")
    out += ["<form method='post' action='/logout' class='muted' id='signed-in'>"
            f"{escape(account.username)} · {escape(_who(account))} "
            f"<input type='hidden' name='csrf' value='{escape(csrf, quote=True)}'>"
            "<button type='submit'>退出登录</button></form>",
            "<h1>丽水市社会救助 — 市级汇总</h1>",
            f"<p class='muted'>生成时间 {datetime.now(CST):%Y-%m-%d %H:%M:%S}（北京时间）</p>",
            "<h2>各县（市、区）申请数（按类型、状态）</h2>"]
    if not counts:
        out.append("<p>尚无申请。</p>")
    else:
        out.append("<table><tr><th class='l'>县（市、区）</th><th class='l'>类型</th>")
        out += [f"<th>{escape(STATE_NAMES.get(s, s))}</th>" for s in states]
        out.append("<th>合计</th></tr>")
        totals = {s: 0 for s in states}
        order = {t: i for i, t in enumerate(ASSISTANCE_TYPES)}
        for (county_code, typ) in sorted(rows, key=lambda k: (k[0] or "", order.get(k[1], 99))):
            by = rows[(county_code, typ)]
            name = regions.COUNTIES.get(county_code or "", county_code or "?")
            out.append(f"<tr><td class='l'>{escape(name)} {escape(county_code or '')}</td>"
                       f"<td class='l'>{escape(TYPE_NAMES.get(typ, typ or '?'))}</td>")
            for s in states:
                totals[s] += by.get(s, 0)
                out.append(f"<td>{by.get(s, 0) or ''}</td>")
            out.append(f"<td>{sum(by.values())}</td></tr>")
        out.append(f"<tr class='total'><td class='l'>{escape(total_label)}</td><td></td>")
        out += [f"<td>{totals[s]}</td>" for s in states]
        out.append(f"<td>{sum(totals.values())}</td></tr></table>")
    out.append("<h2>站点同步情况</h2><table><tr><th class='l'>代码</th><th class='l'>名称</th>"
               "<th class='l'>级别</th><th>最近同步</th><th>待处理冲突</th><th>审计条目</th>"
               "<th class='l'>状态</th></tr>")
    for s in sites:
        pending = s["pending_conflicts"]
        out.append(
            f"<tr><td class='l'>{escape(s['code'])}</td><td class='l'>{escape(s['name'])}</td>"
            f"<td class='l'>{'乡镇' if s['kind'] == 'township' else '县级'}</td>"
            f"<td>{_when(s['last_sync_at'])}</td>"
            f"<td class='{'warn' if pending else ''}'>{pending}</td><td>{s['audit_seq']}</td>"
            f"<td class='l'>{'已吊销' if s['revoked_at'] else '正常'}</td></tr>")
    out.append("</table>")
    out += _monthly_section(store, county)
    out.append("</body></html>")
    return "".join(out)


_FIELDS = (("households", "户数"), ("persons", "人数"), ("added", "本月新增户数"),
           ("exited", "本月退出户数"), ("amount_fen", "发放金额(元)"))


def _monthly_section(store, county: str | None) -> list[str]:
    """The filed monthly reports summed per county: the latest month as a table, and
    the trend by month and county as ECharts charts (the library is served by this
    server: /static/echarts.min.js, no internet needed)."""
    import json as _json
    from .reports import city_figures
    data = city_figures(store, county)
    total_label = "全市" if county is None else regions.COUNTIES.get(county, county)
    out = ["<h2>社会救助统计月报（各乡镇报送汇总）</h2>"]
    if not data["months"]:
        out.append("<p>尚无乡镇报送月报。</p>")
        return out
    latest = data["months"][-1]
    out.append(f"<p>最近月份 {escape(latest)}：{data['townships_filed'].get(latest, 0)} 个乡镇（街道）已报送。</p>")
    out.append("<table id='monthly-latest'><tr><th class='l'>县（市、区）</th><th class='l'>类型</th>"
               + "".join(f"<th>{escape(label)}</th>" for _, label in _FIELDS) + "</tr>")
    city: dict = {}
    for c in sorted(data["counties"]):
        for typ, f in data["counties"][c].get(latest, {}).items():
            city.setdefault(typ, []).append(f)
            out.append(f"<tr><td class='l'>{escape(regions.COUNTIES.get(c, c))}</td>"
                       f"<td class='l'>{escape(TYPE_NAMES.get(typ, typ))}</td>"
                       + "".join(f"<td>{_cell(f, k)}</td>" for k, _ in _FIELDS) + "</tr>")
    for typ, items in city.items():
        total = {k: sum(getattr(f, k) for f in items) for k, _ in _FIELDS}
        out.append(f"<tr class='total'><td class='l'>{escape(total_label)}</td><td class='l'>{escape(TYPE_NAMES.get(typ, typ))}</td>"
                   + "".join(f"<td>{total[k] / 100:,.2f}</td>" if k == "amount_fen" else f"<td>{total[k]}</td>"
                             for k, _ in _FIELDS) + "</tr>")
    out.append("</table>")
    if data["problems"]:
        out.append("<p class='warn'>报表校验不符：" + "；".join(escape(p) for p in data["problems"][:20]) + "</p>")
    charts = chart_data(data)
    out.append("<h3>低保户数趋势（按月、按县）</h3><div id='chart-households' style='width:900px;height:360px'></div>")
    out.append("<h3>各类救助发放金额（元，按月、按县）</h3><div id='chart-amounts' style='width:900px;height:360px'></div>")
    blob = _json.dumps(charts, ensure_ascii=False).replace("</", "<\\/")
    out.append(f"<script id='monthly-data' type='application/json'>{blob}</script>")
    out.append("<script src='/static/echarts.min.js'></script>")
    out.append("<script src='/static/city_charts.js'></script>")
    return out


def chart_data(data: dict) -> dict:
    """The charts' series from city_figures: dibao households and amounts per county."""
    series_h, series_a = [], []
    for county in sorted(data["counties"]):
        by_month = data["counties"][county]
        name = regions.COUNTIES.get(county, county)
        series_h.append({"name": name, "type": "line",
                         "data": [by_month.get(mo, {}).get("dibao").households
                                  if by_month.get(mo, {}).get("dibao") else 0 for mo in data["months"]]})
        series_a.append({"name": name, "type": "bar", "stack": "amount",
                         "data": [round(sum(f.amount_fen for f in by_month.get(mo, {}).values()) / 100, 2)
                                  for mo in data["months"]]})
    return {"months": data["months"], "households": series_h, "amounts": series_a}


def page_data(store, account) -> dict:
    """What the page shows, as JSON (GET /data.json), limited as the page is."""
    from .reports import city_figures
    county = account.county
    figures = city_figures(store, county)
    return {
        "account": {"username": account.username, "role": account.role, "county_code": county},
        "applications": [{"county_code": c, "type": t, "state": st, "count": n}
                         for c, t, st, n in store.application_counts(county)],
        "sites": [{"code": s["code"], "kind": s["kind"], "name": s["name"],
                   "county_code": s["county_code"],
                   "last_sync_at": to_cst(s["last_sync_at"]).isoformat() if s["last_sync_at"] else None,
                   "pending_conflicts": s["pending_conflicts"], "audit_seq": s["audit_seq"],
                   "revoked": s["revoked_at"] is not None}
                  for s in store.list_sites() if county is None or s["county_code"] == county],
        "monthly": {"months": figures["months"], "townships_filed": figures["townships_filed"],
                    "counties": {c: {mo: {t: {k: getattr(f, k) for k, _ in _FIELDS}
                                          for t, f in types.items()}
                                     for mo, types in months.items()}
                                 for c, months in figures["counties"].items()},
                    "problems": figures["problems"], "charts": chart_data(figures)},
    }


def _cell(f, key: str) -> str:
    v = getattr(f, key)
    return f"{v / 100:,.2f}" if key == "amount_fen" else str(v)

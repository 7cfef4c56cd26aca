"""Lishui's county- and township-level divisions, and GB/T 2260 province prefixes.

The county and township tables below were generated from
shared/data/lishui-counties.csv and shared/data/lishui-townships.csv (9 counties,
173 townships) and written in literally, so the domain needs no file I/O. They are
the defaults: the city server hands down the region list as reference data and
its copy wins when the two differ. Villages (12-digit codes) come only from the
city server.
"""
from __future__ import annotations

from .errors import ValidationError

CITY_CODE = "331100"
CITY_NAME = "丽水市"

# GB/T 2260 province-level prefixes (the first two digits of every region code).
# 71 (Taiwan), 81 (Hong Kong) and 82 (Macao) have no subdivisions in the standard.
PROVINCE_PREFIXES: frozenset[str] = frozenset(
    [str(n) for n in range(11, 16)]
    + [str(n) for n in range(21, 24)]
    + [str(n) for n in range(31, 38)]
    + [str(n) for n in range(41, 47)]
    + [str(n) for n in range(50, 55)]
    + [str(n) for n in range(61, 66)]
    + ["71", "81", "82"]
)

COUNTIES: dict[str, str] = {
    "331102": "莲都区",
    "331121": "青田县",
    "331122": "缙云县",
    "331123": "遂昌县",
    "331124": "松阳县",
    "331125": "云和县",
    "331126": "庆元县",
    "331127": "景宁畲族自治县",
    "331181": "龙泉市",
}

# code -> (name, county code)
TOWNSHIPS: dict[str, tuple[str, str]] = {
    # 莲都区
    "331102001": ("紫金街道", "331102"),
    "331102002": ("岩泉街道", "331102"),
    "331102003": ("万象街道", "331102"),
    "331102004": ("白云街道", "331102"),
    "331102007": ("联城街道", "331102"),
    "331102008": ("南明山街道", "331102"),
    "331102100": ("碧湖镇", "331102"),
    "331102102": ("大港头镇", "331102"),
    "331102103": ("老竹畲族镇", "331102"),
    "331102104": ("雅溪镇", "331102"),
    "331102200": ("太平乡", "331102"),
    "331102201": ("仙渡乡", "331102"),
    "331102202": ("峰源乡", "331102"),
    "331102204": ("丽新畲族乡", "331102"),
    "331102206": ("黄村乡", "331102"),
    # 青田县
    "331121001": ("鹤城街道", "331121"),
    "331121002": ("瓯南街道", "331121"),
    "331121003": ("油竹街道", "331121"),
    "331121004": ("三溪口街道", "331121"),
    "331121101": ("温溪镇", "331121"),
    "331121102": ("东源镇", "331121"),
    "331121103": ("高湖镇", "331121"),
    "331121104": ("船寮镇", "331121"),
    "331121105": ("海口镇", "331121"),
    "331121106": ("腊口镇", "331121"),
    "331121107": ("北山镇", "331121"),
    "331121108": ("山口镇", "331121"),
    "331121109": ("仁庄镇", "331121"),
    "331121110": ("祯埠镇", "331121"),
    "331121200": ("万山乡", "331121"),
    "331121201": ("黄垟乡", "331121"),
    "331121202": ("季宅乡", "331121"),
    "331121203": ("高市乡", "331121"),
    "331121204": ("海溪乡", "331121"),
    "331121205": ("章村乡", "331121"),
    "331121206": ("祯旺乡", "331121"),
    "331121208": ("舒桥乡", "331121"),
    "331121209": ("巨浦乡", "331121"),
    "331121211": ("万阜乡", "331121"),
    "331121212": ("方山乡", "331121"),
    "331121213": ("汤垟乡", "331121"),
    "331121214": ("贵岙乡", "331121"),
    "331121215": ("小舟山乡", "331121"),
    "331121216": ("吴坑乡", "331121"),
    "331121217": ("仁宫乡", "331121"),
    "331121218": ("章旦乡", "331121"),
    "331121219": ("阜山乡", "331121"),
    # 缙云县
    "331122001": ("五云街道", "331122"),
    "331122002": ("新碧街道", "331122"),
    "331122003": ("仙都街道", "331122"),
    "331122101": ("壶镇镇", "331122"),
    "331122102": ("新建镇", "331122"),
    "331122103": ("舒洪镇", "331122"),
    "331122105": ("大洋镇", "331122"),
    "331122106": ("东渡镇", "331122"),
    "331122107": ("东方镇", "331122"),
    "331122108": ("大源镇", "331122"),
    "331122203": ("七里乡", "331122"),
    "331122206": ("前路乡", "331122"),
    "331122207": ("三溪乡", "331122"),
    "331122208": ("溶江乡", "331122"),
    "331122209": ("双溪口乡", "331122"),
    "331122210": ("胡源乡", "331122"),
    "331122211": ("方溪乡", "331122"),
    "331122212": ("石笕乡", "331122"),
    # 遂昌县
    "331123001": ("妙高街道", "331123"),
    "331123002": ("云峰街道", "331123"),
    "331123102": ("新路湾镇", "331123"),
    "331123103": ("北界镇", "331123"),
    "331123104": ("金竹镇", "331123"),
    "331123105": ("大柘镇", "331123"),
    "331123106": ("石练镇", "331123"),
    "331123107": ("王村口镇", "331123"),
    "331123108": ("黄沙腰镇", "331123"),
    "331123200": ("三仁畲族乡", "331123"),
    "331123201": ("濂竹乡", "331123"),
    "331123202": ("应村乡", "331123"),
    "331123203": ("高坪乡", "331123"),
    "331123204": ("湖山乡", "331123"),
    "331123205": ("蔡源乡", "331123"),
    "331123206": ("焦滩乡", "331123"),
    "331123207": ("龙洋乡", "331123"),
    "331123208": ("柘岱口乡", "331123"),
    "331123209": ("西畈乡", "331123"),
    "331123210": ("垵口乡", "331123"),
    # 松阳县
    "331124001": ("西屏街道", "331124"),
    "331124002": ("水南街道", "331124"),
    "331124003": ("望松街道", "331124"),
    "331124101": ("古市镇", "331124"),
    "331124102": ("玉岩镇", "331124"),
    "331124103": ("象溪镇", "331124"),
    "331124104": ("大东坝镇", "331124"),
    "331124105": ("新兴镇", "331124"),
    "331124201": ("叶村乡", "331124"),
    "331124202": ("斋坛乡", "331124"),
    "331124203": ("三都乡", "331124"),
    "331124204": ("竹源乡", "331124"),
    "331124205": ("四都乡", "331124"),
    "331124206": ("赤寿乡", "331124"),
    "331124208": ("樟溪乡", "331124"),
    "331124211": ("枫坪乡", "331124"),
    "331124212": ("板桥畲族乡", "331124"),
    "331124213": ("裕溪乡", "331124"),
    "331124214": ("安民乡", "331124"),
    # 云和县
    "331125001": ("浮云街道", "331125"),
    "331125002": ("元和街道", "331125"),
    "331125003": ("白龙山街道", "331125"),
    "331125004": ("凤凰山街道", "331125"),
    "331125105": ("崇头镇", "331125"),
    "331125106": ("石塘镇", "331125"),
    "331125107": ("紧水滩镇", "331125"),
    "331125201": ("雾溪畲族乡", "331125"),
    "331125202": ("安溪畲族乡", "331125"),
    "331125206": ("赤石乡", "331125"),
    # 庆元县
    "331126001": ("松源街道", "331126"),
    "331126002": ("濛洲街道", "331126"),
    "331126003": ("屏都街道", "331126"),
    "331126101": ("黄田镇", "331126"),
    "331126102": ("竹口镇", "331126"),
    "331126104": ("荷地镇", "331126"),
    "331126105": ("左溪镇", "331126"),
    "331126106": ("贤良镇", "331126"),
    "331126107": ("百山祖镇", "331126"),
    "331126200": ("岭头乡", "331126"),
    "331126201": ("五大堡乡", "331126"),
    "331126202": ("淤上乡", "331126"),
    "331126203": ("安南乡", "331126"),
    "331126204": ("张村乡", "331126"),
    "331126205": ("隆宫乡", "331126"),
    "331126206": ("举水乡", "331126"),
    "331126207": ("江根乡", "331126"),
    "331126209": ("龙溪乡", "331126"),
    "331126211": ("官塘乡", "331126"),
    # 景宁畲族自治县
    "331127001": ("红星街道", "331127"),
    "331127002": ("鹤溪街道", "331127"),
    "331127101": ("渤海镇", "331127"),
    "331127102": ("东坑镇", "331127"),
    "331127103": ("英川镇", "331127"),
    "331127104": ("沙湾镇", "331127"),
    "331127201": ("大均乡", "331127"),
    "331127202": ("澄照乡", "331127"),
    "331127203": ("梅岐乡", "331127"),
    "331127205": ("郑坑乡", "331127"),
    "331127208": ("大漈乡", "331127"),
    "331127209": ("景南乡", "331127"),
    "331127210": ("雁溪乡", "331127"),
    "331127212": ("鸬鹚乡", "331127"),
    "331127213": ("梧桐乡", "331127"),
    "331127214": ("标溪乡", "331127"),
    "331127215": ("毛垟乡", "331127"),
    "331127216": ("秋炉乡", "331127"),
    "331127217": ("大地乡", "331127"),
    "331127218": ("家地乡", "331127"),
    "331127219": ("九龙乡", "331127"),
    # 龙泉市
    "331181001": ("龙渊街道", "331181"),
    "331181002": ("西街街道", "331181"),
    "331181003": ("剑池街道", "331181"),
    "331181004": ("石达石街道", "331181"),
    "331181100": ("八都镇", "331181"),
    "331181101": ("上垟镇", "331181"),
    "331181102": ("小梅镇", "331181"),
    "331181103": ("查田镇", "331181"),
    "331181104": ("安仁镇", "331181"),
    "331181105": ("锦溪镇", "331181"),
    "331181106": ("住龙镇", "331181"),
    "331181107": ("屏南镇", "331181"),
    "331181200": ("兰巨乡", "331181"),
    "331181202": ("宝溪乡", "331181"),
    "331181203": ("竹垟畲族乡", "331181"),
    "331181204": ("道太乡", "331181"),
    "331181205": ("岩樟乡", "331181"),
    "331181206": ("城北乡", "331181"),
    "331181207": ("龙南乡", "331181"),
}


def _clean(code) -> str:
    return str(code).strip()


def county_of(code: str) -> str:
    """The county code for a Lishui county (6), township (9) or village (12) code.

    A village code is accepted when its township is known: villages themselves
    are reference data this module does not hold.
    """
    c = _clean(code)
    if len(c) == 6 and c in COUNTIES:
        return c
    if len(c) in (9, 12) and c[:9] in TOWNSHIPS:
        return TOWNSHIPS[c[:9]][1]
    raise ValidationError("region.unknown", f"{c!r} is not a Lishui county, township or village code",
                          field="region_code", value=c)


def county_name(code: str) -> str:
    c = _clean(code)
    try:
        return COUNTIES[c]
    except KeyError:
        raise ValidationError("region.county", f"{c!r} is not a Lishui county code",
                              field="county_code", value=c) from None


def township_name(code: str) -> str:
    c = _clean(code)
    try:
        return TOWNSHIPS[c][0]
    except KeyError:
        raise ValidationError("region.township", f"{c!r} is not a Lishui township code",
                              field="township_code", value=c) from None


def townships_of(county_code: str) -> list[str]:
    """Township codes of one county, in code order."""
    c = _clean(county_code)
    county_name(c)
    return sorted(t for t, (_, county) in TOWNSHIPS.items() if county == c)


def kind_of(code: str) -> str | None:
    """'county' or 'township' for a Lishui site code, None for anything else."""
    c = _clean(code)
    if c in COUNTIES:
        return "county"
    if c in TOWNSHIPS:
        return "township"
    return None


def name_of(code: str) -> str | None:
    """Name of a Lishui county or township, None when the code is neither."""
    c = _clean(code)
    if c in COUNTIES:
        return COUNTIES[c]
    if c in TOWNSHIPS:
        return TOWNSHIPS[c][0]
    return None


def is_lishui_site(code: str) -> bool:
    """True for codes that can own a desktop: a Lishui county or township.

    The city (331100) runs the server, not a desktop site, so it is not one.
    """
    c = _clean(code)
    return c in COUNTIES or c in TOWNSHIPS


def is_valid_id_region(region: str) -> bool:
    """Plausible GB/T 2260 code for the region part of a resident ID number.

    Checked: six digits, a known province prefix, and a prefecture part other
    than "00" (a bare province such as 330000 never issues numbers). The county
    part is not checked: prefecture-level cities without counties issue numbers
    under their own "..00" code (Dongguan 441900), and abolished codes such as
    those of merged districts stay on old cards. The prefix-only entries for
    Taiwan, Hong Kong and Macao (710000, 810000, 820000) are accepted because
    the standard has nothing below them and residence-permit numbers use them.
    """
    if len(region) != 6 or not region.isdigit():
        return False
    prov = region[:2]
    if prov not in PROVINCE_PREFIXES:
        return False
    if prov in ("71", "81", "82"):
        return region[2:] == "0000"
    return region[2:4] != "00"


# --- issuing bodies (DOMAIN.md, "Who issues, and the remedies every decision states") ---------

def is_subdistrict(township_code: str) -> bool:
    """A 街道 has no people's government of its own: its office (街道办事处) issues."""
    return township_name(township_code).endswith("街道")


def issuing_body(site_code: str) -> str:
    """The formal name a site's documents are issued in.

    County level: its civil-affairs bureau, '龙泉市民政局' (never '丽水市龙泉市民政局').
    A township: '莲都区碧湖镇人民政府'; a subdistrict: '莲都区紫金街道办事处'.
    """
    c = _clean(site_code)
    if len(c) == 6:
        return f"{county_name(c)}民政局"
    name = township_name(c)
    county = county_name(TOWNSHIPS[c][1])
    return f"{county}{name}办事处" if is_subdistrict(c) else f"{county}{name}人民政府"


def county_government(code: str) -> str:
    """Where administrative reconsideration goes: the county-level people's government."""
    return f"{county_name(_clean(code)[:6])}人民政府"


def basic_court(code: str) -> str:
    """Where an administrative lawsuit goes: the county-level basic people's court."""
    return f"{county_name(_clean(code)[:6])}人民法院"

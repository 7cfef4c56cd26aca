from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from lishui_desktop.domain import regions
from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.domain.idnumber import IdInfo, age_on, check_char, make, mask, parse

TODAY = date(2026, 11, 29)


def code_of(text, today=TODAY):
    with pytest.raises(ValidationError) as exc:
        parse(text, today=today)
    assert exc.value.field == "id_number"
    return exc.value.code


# --- published examples ---------------------------------------------------------------

def test_published_example_with_x():
    info = parse("11010519491231002X", today=TODAY)
    assert info == IdInfo("11010519491231002X", "110105", date(1949, 12, 31), "F")


def test_published_example_born_1880():
    info = parse("440524188001010014", today=TODAY)
    assert info.region == "440524"
    assert info.birth_date == date(1880, 1, 1)
    assert info.sex == "M"


def test_lowercase_x_and_whitespace_are_normalised():
    info = parse("  11010519491231002x\n", today=TODAY)
    assert info.number == "11010519491231002X"


def test_check_char_of_published_examples():
    assert check_char("11010519491231002") == "X"
    assert check_char("44052418800101001") == "4"


def iso7064_mod11_2(digits):
    """The standard's recursive form of the check, independent of the weight table."""
    p = 0
    for ch in digits:
        p = (p + int(ch)) * 2 % 11
    r = (12 - p) % 11
    return "X" if r == 10 else str(r)


@given(st.text(min_size=17, max_size=17, alphabet="0123456789"))
def test_check_char_agrees_with_iso7064(first17):
    assert check_char(first17) == iso7064_mod11_2(first17)


def test_every_check_character_occurs():
    seen = {check_char(f"3311021980010100{n}") for n in range(10)} | {
        check_char(f"331102198001010{n:02d}") for n in range(100)}
    assert seen == set("0123456789X")


def test_lishui_number_round_trips():
    number = make("331102", date(1985, 7, 14), 123)
    info = parse(number, today=TODAY)
    assert (info.region, info.birth_date, info.sex) == ("331102", date(1985, 7, 14), "M")
    assert parse(make("331102", date(1985, 7, 14), 124), today=TODAY).sex == "F"


@pytest.mark.parametrize("region", ["110105", "440524", "331102", "331181", "441900", "500101", "810000"])
def test_real_region_codes_are_accepted(region):
    parse(make(region, date(1990, 1, 1), 1), today=TODAY)


# --- one test per error code ----------------------------------------------------------

@pytest.mark.parametrize("text", ["", "11010519491231002", "1101051949123100200", "110105491231002"])
def test_length(text):
    assert code_of(text) == "id.length"


@pytest.mark.parametrize("text", [
    "1101051949123100XX",      # X only allowed last
    "11010519491231002Y",
    "11010519491231A02X",
    "１１0105194912310020",      # full-width digits
])
def test_chars(text):
    assert code_of(text) == "id.chars"


@pytest.mark.parametrize("region", ["990105", "000000", "160101", "330000", "330012", "830000", "810100"])
def test_region(region):
    first17 = f"{region}19800101001"
    assert code_of(first17 + check_char(first17)) == "id.region"


@pytest.mark.parametrize("ymd", ["19490230", "19490001", "19491301", "20230229", "00000101", "19490100"])
def test_impossible_date(ymd):
    first17 = f"110105{ymd}002"
    assert code_of(first17 + check_char(first17)) == "id.date"


def test_leap_day_is_a_date():
    parse(make("110105", date(2000, 2, 29), 2), today=TODAY)


def test_future_birth():
    number = make("331102", date(2026, 11, 30), 1)
    assert code_of(number, today=date(2026, 11, 29)) == "id.future"
    # born today is not in the future
    assert parse(number, today=date(2026, 11, 30)).birth_date == date(2026, 11, 30)


def test_wrong_check_character_does_not_reveal_the_right_one():
    # Telling the right character invites fixing the last digit instead of checking the card.
    with pytest.raises(ValidationError) as exc:
        parse("110105194912310021", today=TODAY)
    err = exc.value
    assert err.code == "id.check" and err.field == "id_number"
    assert "X" not in err.message and "X" not in str(err.params)


# --- property: make/parse round trip --------------------------------------------------

regions_st = st.builds(
    lambda prov, pref, county: prov + pref + county,
    st.sampled_from(sorted(regions.PROVINCE_PREFIXES - {"71", "81", "82"})),
    st.integers(1, 99).map(lambda n: f"{n:02d}"),
    st.integers(0, 99).map(lambda n: f"{n:02d}"),
)


@given(region=regions_st, birth=st.dates(date(1800, 1, 1), TODAY), seq=st.integers(0, 999))
def test_make_parse_round_trip(region, birth, seq):
    number = make(region, birth, seq)
    info = parse(number, today=TODAY)
    assert info.number == number
    assert (info.region, info.birth_date) == (region, birth)
    assert info.sex == ("M" if seq % 2 else "F")


@given(region=regions_st, birth=st.dates(date(1800, 1, 1), TODAY), seq=st.integers(0, 999),
       other=st.sampled_from("0123456789X"))
def test_any_other_check_char_fails(region, birth, seq, other):
    number = make(region, birth, seq)
    if other == number[-1]:
        return
    with pytest.raises(ValidationError) as exc:
        parse(number[:-1] + other, today=TODAY)
    assert exc.value.code == "id.check"
    assert number[-1] not in exc.value.params.values()


@given(st.text(min_size=17, max_size=17, alphabet="0123456789"), st.integers(0, 16), st.integers(1, 9))
def test_single_digit_change_is_detected(first17, pos, delta):
    """MOD 11-2 catches every single-digit substitution."""
    changed = first17[:pos] + str((int(first17[pos]) + delta) % 10) + first17[pos + 1:]
    assert check_char(changed) != check_char(first17)


def test_make_rejects_bad_input():
    with pytest.raises(ValueError):
        make("33110", date(1980, 1, 1), 1)
    with pytest.raises(ValueError):
        make("331102", date(1980, 1, 1), 1000)


# --- mask, age ------------------------------------------------------------------------

def test_mask_keeps_first_six_and_last_four():
    assert mask("331102198001011234") == "331102********1234"
    assert mask("11010519491231002x") == "110105********002X"


def test_mask_never_shows_a_short_fragment():
    assert mask("1234567890") == "**********"
    assert mask("") == ""


def test_age_on():
    birth = date(1966, 3, 15)
    assert age_on(birth, date(2026, 3, 14)) == 59
    assert age_on(birth, date(2026, 3, 15)) == 60
    assert age_on(date(2000, 2, 29), date(2018, 2, 28)) == 17
    assert age_on(date(2000, 2, 29), date(2018, 3, 1)) == 18
    with pytest.raises(ValueError):
        age_on(birth, birth - timedelta(days=1))


# --- regions (used for the region check) -------------------------------------------------

def test_region_tables_match_the_shared_data():
    assert len(regions.COUNTIES) == 9
    assert len(regions.TOWNSHIPS) == 173
    assert regions.county_name("331127") == "景宁畲族自治县"
    assert regions.township_name("331102001") == "紫金街道"
    assert all(code[:6] == county for code, (_, county) in regions.TOWNSHIPS.items())
    assert sum(len(regions.townships_of(c)) for c in regions.COUNTIES) == 173


def test_county_of():
    assert regions.county_of("331102001") == "331102"
    assert regions.county_of("331102001203") == "331102"   # a village under a known township
    assert regions.county_of("331181") == "331181"
    with pytest.raises(ValidationError) as exc:
        regions.county_of("330102001")
    assert exc.value.code == "region.unknown"


def test_is_lishui_site():
    assert regions.is_lishui_site("331121")
    assert regions.is_lishui_site("331102001")
    assert not regions.is_lishui_site("331100")     # the city runs the server, not a desktop
    assert not regions.is_lishui_site("330102")
    with pytest.raises(ValidationError):
        regions.township_name("331102999")


def test_kind_and_name_of():
    assert regions.kind_of("331125") == "county"
    assert regions.kind_of("331102001") == "township"
    assert regions.kind_of("331100") is None
    assert regions.name_of("331181") == "龙泉市"
    assert regions.name_of("331102001") == "紫金街道"
    assert regions.name_of("999999") is None


def test_province_prefixes():
    assert regions.PROVINCE_PREFIXES >= {"11", "33", "44", "65", "71", "81", "82"}
    assert not regions.PROVINCE_PREFIXES & {"10", "16", "20", "24", "30", "38", "40", "47", "55", "60", "66", "83"}
    assert len(regions.PROVINCE_PREFIXES) == 34

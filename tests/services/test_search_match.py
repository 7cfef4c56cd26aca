"""Search results say what matched: the member (not only the head), the digits typed of an
ID number and nothing more of it, the phone, the village or address."""
from __future__ import annotations

from datetime import date

from lishui_desktop.domain import idnumber
from lishui_desktop.services import households as hs
from lishui_desktop.services import queries
from lishui_desktop.services.search_match import MemberFacts, explain, revealed_id

from .helpers import household_form

WIFE_ID = idnumber.make("331102", date(1960, 7, 8), 22)
HEAD_ID = idnumber.make("331102", date(1958, 2, 3), 11)
MEMBERS = [MemberFacts("王建国", "self", HEAD_ID, ""), MemberFacts("李秀英", "spouse", WIFE_ID, "13757801111")]


def test_a_members_name_shows_that_member():
    [m] = explain("李秀英", MEMBERS)
    assert (m.field, m.member, m.relation, m.text, m.spans) == ("name", "李秀英", "spouse", "李秀英", ((0, 3),))


def test_initials_and_pinyin_name_the_member_and_the_reading():
    [m] = explain("lxy", MEMBERS)
    assert (m.field, m.member, m.reading) == ("reading", "李秀英", "lxy")
    [m] = explain("wangjian", MEMBERS)
    assert (m.field, m.member, m.reading) == ("reading", "王建国", "wangjianguo")


def test_id_digits_are_shown_only_as_far_as_typed():
    [m] = explain("196007", MEMBERS)
    assert m.field == "id_number" and m.member == "李秀英"
    assert m.text == "331102196007" + "**" + WIFE_ID[-4:]
    assert m.text[6:12] == "196007" and m.spans == ((6, 12),)
    # Nothing of the number beyond the visible ends and the typed digits.
    assert sum(ch != "*" for ch in m.text) == 6 + 6 + 4


def test_revealed_id_never_shows_a_malformed_number():
    assert revealed_id("12345", 0, 3) == "*****"


def test_a_phone_a_village_and_an_address():
    [m] = explain("7801", MEMBERS)
    assert (m.field, m.member, m.text, m.spans) == ("phone", "李秀英", "13757801111", ((4, 8),))
    [m] = explain("5781234", [], phone="13905781234")
    assert (m.field, m.member) == ("phone", "")
    [m] = explain("下南山", [], village="下南山村")
    assert m.field == "village" and m.spans == ((0, 3),)
    [m] = explain("12号", [], address="下南山村12号")
    assert m.field == "address" and m.spans == ((4, 7),)


def test_two_character_words_match_the_start_or_the_end_as_the_index_does():
    assert explain("13", MEMBERS)[0].field == "phone"          # the phone starts with 13
    assert explain("57", MEMBERS) == []                        # inside: the index does not match it
    [m] = explain("王", MEMBERS)                                # one character: the head's surname
    assert (m.member, m.spans) == ("王建国", ((0, 1),))


def test_every_word_is_explained():
    found = explain("李秀英 7801", MEMBERS)
    assert [m.field for m in found] == ["name", "phone"]


def test_list_rows_carry_what_matched(staff):
    form = household_form(staff.village)
    hid = hs.save_household(staff.caseworker, form)
    wife = next(m for m in form.members if m.relation == "spouse")
    middle = wife.id_number[8:14]
    keys = queries.household_keys(staff.caseworker, queries.HouseholdQuery(text=middle))
    rows = queries.household_rows(staff.caseworker, keys, middle)
    row = next(r for r in rows.values() if r.id == hid)
    [m] = row.matches
    assert m.member == wife.name and m.text[8:14] == middle and m.text.count("*") == 2
    # Without the search text nothing is explained (and nothing more is read).
    assert queries.household_rows(staff.caseworker, keys)[keys[0]].matches == ()

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from lishui_desktop.domain.errors import ValidationError
from lishui_desktop.notices import (Approval, NoticeHeader, PublicNoticeRow, Reduce,
                                    Refusal, cn_date, cn_month, content_hash, mask_id)
from lishui_desktop.notices.model import Member, Notice, canonical_content


def test_chinese_dates():
    assert cn_date(date(2026, 11, 29)) == "2026年11月29日"
    assert cn_date(date(2026, 1, 5)) == "2026年1月5日"          # GB/T 9704: no leading zeros
    assert cn_month(date(2026, 12, 1)) == "2026年12月"


def test_mask():
    assert mask_id("331102196305120015") == "331102********0015"
    assert mask_id("") == ""


def test_content_hash_is_stable_and_ignores_the_copy_flag(samples):
    n = samples["approval"]
    h = content_hash(n)
    assert len(h) == 64 and h == content_hash(n)
    assert content_hash(n.as_copy()) == h
    changed = dataclasses.replace(n, content=dataclasses.replace(n.content, amount_fen=n.content.amount_fen + 1))
    assert content_hash(changed) != h
    assert "is_copy" not in canonical_content(n)["header"]


def test_every_sample_hashes_differently(samples):
    assert len({content_hash(n) for n in samples.values()}) == len(samples)


def test_kind_must_match_content(samples):
    n = samples["approval"]
    with pytest.raises(ValidationError) as err:
        Notice(n.office, dataclasses.replace(n.header, kind="refusal"), n.content)
    assert err.value.code == "notice.kind"
    with pytest.raises(ValidationError):
        NoticeHeader("letter", "X〔2026〕1号", date(2026, 1, 1), "app")


def test_money_must_be_integer_fen(samples):
    c = samples["approval"].content
    with pytest.raises(ValidationError) as err:
        dataclasses.replace(c, amount_fen=2136.0)
    assert err.value.code == "notice.amount" and err.value.field == "content.amount_fen"
    with pytest.raises(ValidationError):
        dataclasses.replace(c, amount_fen=-1)


def test_reduce_and_raise_directions(samples):
    c = samples["reduce"].content
    with pytest.raises(ValidationError):
        Reduce(c.case, 1000, 2000, c.effective_month, c.reasons)
    r = samples["raise"].content
    with pytest.raises(ValidationError):
        dataclasses.replace(r, new_amount_fen=r.old_amount_fen)


def test_refusal_needs_reasons(samples):
    with pytest.raises(ValidationError) as err:
        Refusal(samples["refusal"].content.case, ())
    assert err.value.field == "content.reasons"


def test_public_notice_runs_seven_days_and_has_no_private_fields(samples):
    c = samples["public_notice"].content
    assert c.days == 7
    with pytest.raises(ValidationError) as err:
        dataclasses.replace(c, period_end=date(2026, 11, 14))
    assert err.value.code == "notice.public_period"
    fields = {f.name for f in dataclasses.fields(PublicNoticeRow)}
    # name, number of family members, proposed amount and nothing else (no free text)
    assert fields == {"name", "family_size", "amount_fen", "is_minor"}


def test_lists_become_tuples(samples):
    c = samples["approval"].content
    a = Approval(c.case, ["甲", "乙"], 100, c.start_month, "现金")
    assert a.covered_names == ("甲", "乙")
    hash(a)


def test_member_age_validated():
    with pytest.raises(ValidationError):
        Member("张三", "本人", "男", -1)


def test_stored_content_rebuilds_the_same_notice():
    """Reprints render from the stored canonical content: it must give back the notice."""
    from lishui_desktop.notices.model import canonical_content, content_hash, notice_from_content
    from lishui_desktop.notices.samples import sample_notices
    for kind, notice in sample_notices().items():
        again = notice_from_content(canonical_content(notice), is_copy=True)
        assert again.header.is_copy and again.as_copy() == again
        assert again == notice.as_copy(), kind
        assert content_hash(again) == content_hash(notice)

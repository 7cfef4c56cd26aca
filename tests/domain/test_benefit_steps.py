"""A reckoning's steps stored as codes come back whole, and read in either language."""
from datetime import date

from lishui_desktop.domain.benefit import Step


def test_a_stored_step_comes_back_with_its_dates():
    step = Step("dibao.taper", {"months": 6, "until": date(2027, 5, 31), "amount_fen": 123400})
    back = Step.from_dict(step.as_dict())
    assert back == step
    assert "2027年5月31日" in back.text_zh() and "1,234.00" in back.text_zh()
    assert "2027-05-31" in back.text_en()


def test_an_unknown_code_is_not_guessed():
    assert Step.from_dict({"code": "from.a.newer.site", "params": {}}) is None
    assert Step.from_dict("not a step") is None

"""Codes in records and the democratic appraisal's panel rules."""
import pytest

from lishui_desktop.domain import codes, workflow
from lishui_desktop.domain.errors import ValidationError


def test_every_preset_reason_has_its_wording():
    for action, presets in codes.PRESET_REASONS.items():
        assert workflow.Action(action) in workflow.NEEDS_REASONS
        for code in presets:
            assert codes.REASONS[code]


def test_ticked_and_typed_items_are_stored_as_codes_and_text():
    items = ["income_fell", "  家庭收入减少 ", "", "另有一名子女在外务工", "income_fell"]
    assert codes.clean_items(items, codes.REASONS) == ["income_fell", "另有一名子女在外务工"]
    assert codes.reason_text("income_fell") == "家庭收入减少"
    assert codes.reason_text("另有一名子女在外务工") == "另有一名子女在外务工"
    assert codes.conclusion_text("partly", "存款未申报") == "与申报情况部分一致：存款未申报"
    assert codes.conclusion_text("", "属实") == "属实"


def appraisal(panel, reps, votes=None, result="agree"):
    return {"panel_size": panel, "village_reps": reps, "votes_for": panel if votes is None else votes,
            "result": result, "date": "2026-11-02"}


@pytest.mark.parametrize("panel, reps", [(3, 2), (4, 3), (6, 4), (9, 6), (9, 9)])
def test_lawful_panels(panel, reps):
    workflow.check_appraisal(appraisal(panel, reps))


@pytest.mark.parametrize("a, code, field", [
    (appraisal(2, 2), "appraisal.size", "panel_size"),
    (appraisal(4, 2), "appraisal.panel", "village_reps"),       # 2 of 4 is under two thirds
    (appraisal(9, 5), "appraisal.panel", "village_reps"),
    (appraisal(3, 4), "appraisal.panel", "village_reps"),       # more representatives than members
    (appraisal(5, 4, votes=6), "appraisal.votes", "votes_for"),
    (appraisal(5, 4, result="maybe"), "appraisal.result", "result"),
    ({"panel_size": "5", "village_reps": 4, "votes_for": 3, "result": "agree"}, "appraisal.number", "panel_size"),
    ({}, "appraisal.number", "panel_size"),
])
def test_unlawful_panels_are_refused(a, code, field):
    with pytest.raises(ValidationError) as e:
        workflow.check_appraisal(a)
    assert (e.value.code, e.value.field) == (code, field)

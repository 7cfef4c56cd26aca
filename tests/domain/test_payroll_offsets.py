"""Overpayments (多发) left by a reduction or stop from a month already paid: offset in
the next rolls, oldest month first, never below zero, the rest carried on."""
from lishui_desktop.domain import payroll as pr


def _lines(planned):
    return [(p.kind, p.for_month, p.amount_fen) for p in planned]


def test_a_late_stop_leaves_the_months_paid_to_recover_outside_the_roll():
    changes = [pr.Change("2026-11", 100000), pr.Change("2026-12", 0)]
    covered = {"2026-11": 100000, "2026-12": 100000, "2027-01": 100000}
    assert _lines(pr.plan_monthly(changes, "2027-02", "2026-11", covered)) == []
    o = pr.overpayment(changes, "2026-11", "2027-01", covered)
    assert (o.first_month, o.last_month, o.amount_fen) == ("2026-12", "2027-01", 200000)


def test_a_large_overpayment_is_offset_over_several_rolls():
    # Paid 1,000 for Nov-Jan; found in January to be 200 from November: 2,400 overpaid.
    changes = [pr.Change("2026-11", 100000), pr.Change("2026-11", 20000)]
    covered = {"2026-11": 100000, "2026-12": 100000, "2027-01": 100000}
    feb = pr.plan_monthly(changes, "2027-02", "2026-11", covered)
    assert _lines(feb) == [("regular", "2027-02", 20000), ("offset", "2026-11", -20000)]
    assert sum(p.amount_fen for p in feb) == 0          # never below zero
    for p in feb:
        covered[p.for_month] = covered.get(p.for_month, 0) + p.amount_fen
    mar = pr.plan_monthly(changes, "2027-03", "2026-11", covered)
    assert _lines(mar) == [("regular", "2027-03", 20000), ("offset", "2026-11", -20000)]
    assert pr.overpayment(changes, "2026-11", "2027-02", covered).amount_fen == 240000 - 20000


def test_a_back_payment_and_an_offset_net_in_one_roll():
    # Raised for November (paid short) but reduced for December (paid over).
    changes = [pr.Change("2026-11", 120000), pr.Change("2026-12", 80000)]
    covered = {"2026-11": 100000, "2026-12": 100000}
    got = _lines(pr.plan_monthly(changes, "2027-01", "2026-11", covered))
    assert got == [("back_pay", "2026-11", 20000), ("regular", "2027-01", 80000),
                   ("offset", "2026-12", -20000)]


def test_totals_show_the_offset_within_the_total():
    t = pr.Totals().plus(120000, pr.PAID).plus(-30000, pr.PAID, pr.OFFSET)
    assert (t.total_fen, t.paid_fen, t.offset_fen) == (90000, 90000, -30000) and t.reconciles

"""Deadlines through a year without an official schedule, on a real database, and
what happens when the city hands the schedule down."""
from datetime import date, datetime

from lishui_desktop.services import applications as ap
from lishui_desktop.store.calendar_seed import known_years
from lishui_desktop.sync import engine
from lishui_desktop.sync.protocol import PullItem, PullPage
from tests.services.helpers import case_to


def test_provisional_until_the_city_pushes_2027(staff, clock):
    assert 2027 not in known_years()      # the seeded schedule ends before 2027
    clock.set(date(2026, 12, 28))
    aid = case_to(staff, "investigating", clock=clock)
    due = ap.deadline(staff.caseworker, aid)
    # 15 working days from Monday 28 December 2026, 元旦 2027 computed as a holiday
    # (29-31 Dec, 4-8, 11-15, 18-19 Jan): 19 January, provisional.
    assert due.due == date(2027, 1, 19)
    assert due.provisional and due.provisional_years == (2027,)
    assert ap.summary(staff.caseworker, aid).due_date == date(2027, 1, 19)

    # A 2027 schedule (invented for the test) reaches the site: 元旦 on Friday 1
    # January and Monday 4 January off as well.
    days = [("2027-01-01", "holiday"), ("2027-01-04", "holiday")]
    page = PullPage(items=[PullItem(cursor=i + 1, entity="holiday", id=d, version=1, site_code="city",
                                    payload={"date": d, "kind": k}) for i, (d, k) in enumerate(days)],
                    next_cursor=len(days), more=False)
    with staff.caseworker.db.write() as s:
        engine.apply_pull_page(s, page, staff.caseworker.site.code, datetime(2026, 12, 28, 10))
    assert ap.refresh_due_dates(staff.caseworker) == 1
    due = ap.deadline(staff.caseworker, aid)
    # 29-31 Dec (3); 5-8 Jan (7); 11-15 Jan (12); 18-20 Jan (15).
    assert due.due == date(2027, 1, 20)
    assert not due.provisional
    assert ap.summary(staff.caseworker, aid).due_date == due.due

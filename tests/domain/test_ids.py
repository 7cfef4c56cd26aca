"""Record ids: UUID version 7, unique, in creation order, one at a time or many at once."""
import uuid

from lishui_desktop.domain import ids
from lishui_desktop.domain.ids import new_id, new_ids


def test_ids_one_at_a_time_and_in_bulk_keep_creation_order():
    made = [new_id()] + new_ids(3000) + [new_id()] + new_ids(10) + [new_id()]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    for text in made:
        u = uuid.UUID(text)
        assert str(u) == text and u.version == 7 and u.variant == uuid.RFC_4122


def test_a_full_millisecond_moves_on_to_the_next():
    # 4,096 ids fill a millisecond's counter: the next ones take the next millisecond, after
    # every id made before, even when the clock has not moved on.
    batch = new_ids(5000)
    stamps = [uuid.UUID(t).int >> 80 for t in batch]
    counters = [(uuid.UUID(t).int >> 64) & 0xFFF for t in batch]
    assert all(a < b or (a == b and ca < cb)
               for a, b, ca, cb in zip(stamps, stamps[1:], counters, counters[1:]))
    assert new_id() > batch[-1]
    assert ids._last_ms >= stamps[-1]

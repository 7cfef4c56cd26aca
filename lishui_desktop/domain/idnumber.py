"""Resident ID numbers (GB 11643-1999): validation, parts, masking.

18 characters: 6-digit region code (GB/T 2260), birth date YYYYMMDD, a 3-digit
sequence (odd = male, even = female) and a check character (ISO 7064 MOD 11-2).

Births before 1900 are accepted: the standard's own published example
440524188001010014 is born in 1880. Only impossible calendar dates and births
after ``today`` are rejected.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import ValidationError
from .regions import is_valid_id_region

FIELD = "id_number"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"   # indexed by (weighted sum mod 11)
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class IdInfo:
    number: str          # normalised: 18 characters, upper-case X
    region: str          # 6 digits
    birth_date: date
    sex: str             # 'M' or 'F'

    @property
    def masked(self) -> str:
        return mask(self.number)


def _is_digits(s: str) -> bool:
    # str.isdigit() accepts full-width and other Unicode digits; ID numbers are ASCII.
    return bool(s) and all(ch in _DIGITS for ch in s)


def check_char(first17: str) -> str:
    """The check character for the first 17 digits."""
    if len(first17) != 17:
        raise ValidationError("id.length", "the check character needs exactly 17 digits",
                              field=FIELD, length=len(first17))
    if not _is_digits(first17):
        raise ValidationError("id.chars", "the first 17 characters must be digits", field=FIELD)
    total = sum(int(ch) * w for ch, w in zip(first17, _WEIGHTS))
    return _CHECK[total % 11]


def parse(text: str, *, today: date | None = None) -> IdInfo:
    """Validate an ID number and split it into its parts.

    The checks run from coarse to fine so the message points at the first thing
    wrong: length, characters, region, birth date, future birth, check character.
    """
    if today is None:
        today = date.today()
    number = str(text).strip().upper()
    if len(number) != 18:
        raise ValidationError("id.length", f"an ID number has 18 characters, this one has {len(number)}",
                              field=FIELD, length=len(number))
    if not _is_digits(number[:17]) or not (number[17] in _DIGITS or number[17] == "X"):
        raise ValidationError("id.chars", "an ID number is 17 digits followed by a digit or X",
                              field=FIELD)
    region = number[:6]
    if not is_valid_id_region(region):
        raise ValidationError("id.region", f"{region} is not a valid region code", field=FIELD,
                              region=region)
    y, m, d = int(number[6:10]), int(number[10:12]), int(number[12:14])
    try:
        if y < 1:
            raise ValueError
        birth = date(y, m, d)
    except ValueError:
        raise ValidationError("id.date", f"{number[6:14]} is not a calendar date", field=FIELD,
                              birth=number[6:14]) from None
    if birth > today:
        raise ValidationError("id.future", f"birth date {birth.isoformat()} is in the future",
                              field=FIELD, birth=birth.isoformat())
    expected = check_char(number[:17])
    if number[17] != expected:
        # The right character is not told: it would invite fixing the last digit
        # instead of checking the whole number against the card.
        raise ValidationError("id.check", "the check character does not match the other 17 digits; "
                                          "compare the number with the ID card", field=FIELD)
    sex = "M" if int(number[14:17]) % 2 == 1 else "F"
    return IdInfo(number=number, region=region, birth_date=birth, sex=sex)


def mask(number: str) -> str:
    """Keep the first 6 and last 4 characters: '331102********1234'.

    Anything too short to mask that way is starred out entirely rather than
    shown, so a malformed number never leaks.
    """
    n = str(number).strip().upper()
    if len(n) <= 10:
        return "*" * len(n)
    return n[:6] + "*" * (len(n) - 10) + n[-4:]


class MaskedId(str):
    """A masked ID number that knows whose it is: ``ref`` = (kind, record id), e.g.
    ("member", id), so an export the user may and chooses to reveal can fetch the
    full number from the database (audited) without the number ever being in the row."""

    ref: tuple[str, str] | None

    def __new__(cls, number: str, ref: tuple[str, str] | None = None) -> "MaskedId":
        self = super().__new__(cls, mask(number) if number else "")
        self.ref = ref if number else None
        return self


# An 18-character number standing in a cell unmasked (revealed on screen, say).
FULL_PATTERN = r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"


def age_on(birth: date, day: date) -> int:
    """Completed years (周岁) on ``day``.

    The age goes up on the birthday itself; someone born on 29 February turns a
    year older on 1 March in common years.
    """
    if day < birth:
        raise ValueError(f"{day} is before the birth date {birth}")
    years = day.year - birth.year
    if (day.month, day.day) < (birth.month, birth.day):
        years -= 1
    return years


def make(region: str, birth: date, seq: int) -> str:
    """Build a valid ID number (demo data and tests).

    ``seq`` is the 3-digit sequence 0-999; odd makes a male number, even a female one.
    """
    if len(region) != 6 or not _is_digits(region):
        raise ValueError(f"region must be 6 digits, got {region!r}")
    if not 0 <= seq <= 999:
        raise ValueError(f"seq must be 0-999, got {seq}")
    if not 1 <= birth.year <= 9999:
        raise ValueError(f"birth year out of range: {birth}")
    first17 = f"{region}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return first17 + check_char(first17)

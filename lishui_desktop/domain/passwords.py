"""Password rules shared by the desktop's accounts and the city server's (GB/T 22239-2019
level 2: a minimum length and a mix of character kinds)."""
from __future__ import annotations

import re

from .errors import ValidationError


def check_password_rules(password: str, *, field: str = "password") -> None:
    if len(password) < 8:
        raise ValidationError("password.short", "a password has at least 8 characters", field=field)
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise ValidationError("password.weak", "a password mixes letters and digits", field=field)

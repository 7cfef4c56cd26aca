"""The desktop's Qt interface: the only package that imports PySide6.

Importing it first makes None, True and False effectively immortal on Python
3.11 (see qtfix): the PySide6 6.12 wheel in use gives up references to them
that it never took, and a session that runs all day would otherwise abort.
"""
from . import qtfix as _qtfix

_qtfix.guard_singletons()

"""Work-arounds for bugs of the PySide6 release in use; each one checks that the bug is there.

PySide6 6.12.0 on Python 3.11 returns ``None``, ``True`` and ``False`` from
many calls without taking a reference (void methods such as ``setText``,
``SignalInstance.emit()`` and ``disconnect()``): each call takes one reference
from the interpreter's singletons, as if they were immortal, which they are
only from Python 3.12. ``True`` starts with ~150 references and ``None`` with
~5,000, so a session aborts ("bool_dealloc", "none_dealloc") within minutes.

``guard_singletons()`` gives the three singletons a reference count no session
can use up, which is what Python 3.12 does for them anyway; it runs when
lishui_desktop.gui is imported. ``emit()`` also hands back the reference an
emit takes, so signals stay exact even without the guard.
"""
from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    signal = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    result = probe.signal.emit()
    del result
    return sys.getrefcount(True) < before


EMIT_DROPS_REFERENCE = _emit_drops_a_reference()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


GUARD = 1 << 40     # references given to each singleton: more calls than any session makes


def guard_singletons() -> bool:
    """Make None/True/False effectively immortal on Python < 3.12. True when applied."""
    if sys.version_info >= (3, 12):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object (Py_ssize_t) on CPython < 3.12.
        ctypes.c_ssize_t.from_address(id(obj)).value += GUARD
    return True


def emit(signal, *args) -> None:
    result = signal.emit(*args)
    if EMIT_DROPS_REFERENCE and isinstance(result, bool):
        _incref(result)

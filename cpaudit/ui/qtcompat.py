"""Work-arounds for bugs of the PySide6 release in use, each switched on by a check, not a version.

PySide6 6.12.0 returns the result of ``SignalInstance.emit()`` and ``.disconnect()`` (a bool)
without taking a reference to it. On CPython 3.11, where True and False are ordinary objects,
every call then lowers True's reference count by one; after a few thousand signals the interpreter
aborts with "Fatal Python error: bool_dealloc". (6.11.3 is fine; CPython 3.12+ makes the bools
immortal, so nothing happens there.) Every Python-side emit and disconnect in ``cpaudit/ui`` goes
through :func:`emit` and :func:`disconnect`, which give the reference back when it was taken.

pyproject.toml keeps 6.12.0 out (``!=6.12.0``); the check here guards a later release with the
same bug, which the pin cannot name before it exists.

TODO: remove this module once a PySide6 release fixes the bug and becomes the lowest allowed.
"""

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBE_CALLS = 64


class _Probe(QObject):
    fired = Signal()


def _probe_emit_drops_references():
    """How many references to True ``_PROBE_CALLS`` emits dropped (0 when PySide6 is right)."""
    if sys.version_info >= (3, 12):
        return 0  # immortal bools: a missing reference does no harm
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.fired.emit()
    return max(0, before - sys.getrefcount(True))


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None

_dropped = _probe_emit_drops_references()
BOOL_RESULT_UNOWNED = _dropped >= _PROBE_CALLS // 2
for _ in range(_dropped if BOOL_RESULT_UNOWNED else 0):
    _incref(True)  # give back what the probe itself took


def _give_back(result):
    if BOOL_RESULT_UNOWNED and isinstance(result, bool):
        _incref(result)
    return result


def emit(signal, *args):
    """``signal.emit(*args)``, safe from the reference bug above."""
    return _give_back(signal.emit(*args))


def disconnect(signal, slot=None):
    """``signal.disconnect(slot)`` (all connections when ``slot`` is None), safe likewise."""
    return _give_back(signal.disconnect() if slot is None else signal.disconnect(slot))

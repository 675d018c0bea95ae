"""Shield the app from a reference-count bug in the PySide6 6.12 bindings on Python < 3.12.

PySide6 6.12.0 returns ``None`` from every void method (and ``True`` from ``Signal.emit`` and
``disconnect``) without taking a new reference, as if these objects were immortal, which they
are only from Python 3.12 on. On Python 3.11 each such call lowers their reference count by one,
and after a few thousand calls the interpreter aborts with "deallocating None". We give the
three singletons a reference count no program can exhaust, which is what Python 3.12 does for
them anyway. Nothing else changes; on Python 3.12 and later, and outside CPython, this is a no-op.
"""

from __future__ import annotations

import ctypes
import sys

__all__ = ["protect_singletons"]

_BOOST = 1 << 40
_applied = False


def protect_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal (once per process)."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    import PySide6

    if tuple(PySide6.__version_info__[:2]) < (6, 12):
        return  # pyproject.toml keeps Python 3.11 on 6.11, which counts correctly
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _applied = True

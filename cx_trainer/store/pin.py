"""The trainer PIN: only a salted scrypt hash is stored, and repeated wrong entries slow down.

:func:`hash_pin` and :func:`verify_pin` are pure; :class:`PinGuard` keeps the hash and a
failed-attempt counter in the store's ``settings`` table. The UI asks :meth:`PinGuard.wait_time`
before accepting another try and shows the remaining seconds.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime

from cx_trainer.errors import StoreError
from cx_trainer.store.db import Store, format_time, parse_time, utc_now

__all__ = [
    "MIN_PIN_LENGTH",
    "PinCheck",
    "PinGuard",
    "hash_pin",
    "retry_delay",
    "verify_pin",
]

MIN_PIN_LENGTH = 4
_SCHEME = "scrypt"
# scrypt cost: 16 MiB and about 50 ms per check on a laptop; plenty for a local PIN.
_N, _R, _P = 2**14, 8, 1
_FREE_ATTEMPTS = 3
_MAX_DELAY = 300.0

_KEY_HASH = "trainer.pin.hash"
_KEY_FAILURES = "trainer.pin.failures"
_KEY_LAST_FAILURE = "trainer.pin.last_failure"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """Hash a PIN with scrypt and a random salt.

    Returns:
        ``scrypt$N$r$p$salt$hash`` (salt and hash in base64), safe to store.

    Raises:
        ValueError: the PIN is shorter than :data:`MIN_PIN_LENGTH`.
    """
    if len(pin) < MIN_PIN_LENGTH:
        raise ValueError(f"a PIN needs at least {MIN_PIN_LENGTH} characters")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_SCHEME}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin` (constant-time comparison)."""
    try:
        scheme, n, r, p, salt_text, digest_text = stored.split("$")
        if scheme != _SCHEME:
            return False
        salt = base64.b64decode(salt_text)
        want = base64.b64decode(digest_text)
        got = hashlib.scrypt(
            pin.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(want)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, want)


def retry_delay(failures: int) -> float:
    """Seconds to wait before the next try after ``failures`` wrong PINs in a row.

    The first three tries are free; after that the wait doubles from 1 s up to 5 minutes.
    """
    if failures < _FREE_ATTEMPTS:
        return 0.0
    return min(_MAX_DELAY, 2.0 ** (failures - _FREE_ATTEMPTS))


@dataclass(frozen=True)
class PinCheck:
    """The result of one PIN entry.

    Attributes:
        ok: the PIN was right.
        failures: wrong entries in a row now (0 after a right one).
        wait: seconds before the next try is accepted.
        refused: the entry came too early and was not checked at all.
    """

    ok: bool
    failures: int
    wait: float
    refused: bool = False


class PinGuard:
    """The trainer PIN kept in a :class:`~cx_trainer.store.db.Store`'s settings."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def has_pin(self) -> bool:
        """Whether a trainer PIN is set."""
        return self.store.get_setting(_KEY_HASH) is not None

    def set_pin(self, pin: str) -> None:
        """Set or replace the PIN and reset the failure counter.

        Raises:
            StoreError: the PIN is too short (or the store cannot be written).
        """
        try:
            stored = hash_pin(pin)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        self.store.set_setting(_KEY_HASH, stored)
        self._reset()

    def clear_pin(self) -> None:
        """Remove the PIN (the trainer area is then open)."""
        self.store.delete_setting(_KEY_HASH)
        self._reset()

    def failures(self) -> int:
        """Wrong entries in a row so far."""
        try:
            return int(self.store.get_setting(_KEY_FAILURES, "0") or 0)
        except ValueError:
            return 0

    def wait_time(self, now: datetime | None = None) -> float:
        """Seconds before another try is accepted (0 when a try may be made now)."""
        failures = self.failures()
        delay = retry_delay(failures)
        last = self.store.get_setting(_KEY_LAST_FAILURE)
        if not delay or last is None:
            return 0.0
        try:
            elapsed = ((now or utc_now()) - parse_time(last)).total_seconds()
        except ValueError:
            return 0.0
        return max(0.0, delay - elapsed)

    def check(self, pin: str, now: datetime | None = None) -> PinCheck:
        """Check an entered PIN, counting wrong ones and enforcing the delay.

        With no PIN set every entry is accepted.
        """
        stored = self.store.get_setting(_KEY_HASH)
        if stored is None:
            return PinCheck(ok=True, failures=0, wait=0.0)
        moment = now or utc_now()
        wait = self.wait_time(moment)
        if wait > 0:
            return PinCheck(ok=False, failures=self.failures(), wait=wait, refused=True)
        if verify_pin(pin, stored):
            self._reset()
            return PinCheck(ok=True, failures=0, wait=0.0)
        failures = self.failures() + 1
        self.store.set_setting(_KEY_FAILURES, str(failures))
        self.store.set_setting(_KEY_LAST_FAILURE, format_time(moment))
        return PinCheck(ok=False, failures=failures, wait=retry_delay(failures))

    def _reset(self) -> None:
        self.store.delete_setting(_KEY_FAILURES)
        self.store.delete_setting(_KEY_LAST_FAILURE)

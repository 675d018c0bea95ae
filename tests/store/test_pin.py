"""The trainer PIN: salted scrypt hashes, verification and slowing repeated wrong entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cx_trainer.errors import StoreError
from cx_trainer.store import PinGuard, Store, hash_pin, retry_delay, verify_pin


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second  # a fresh salt each time
    assert "2468" not in first
    assert first.startswith("scrypt$")
    assert verify_pin("2468", first) and verify_pin("2468", second)
    assert not verify_pin("2469", first)
    assert not verify_pin("2468", "garbage")
    assert not verify_pin("2468", "md5$1$2$3$x$y")
    with pytest.raises(ValueError):
        hash_pin("123")


def test_retry_delay_grows_and_is_capped() -> None:
    assert [retry_delay(n) for n in range(6)] == [0, 0, 0, 1, 2, 4]
    assert retry_delay(100) == 300


def test_guard_counts_failures_and_enforces_delay(store: Store) -> None:
    guard = PinGuard(store)
    assert not guard.has_pin()
    assert guard.check("anything").ok  # no PIN set: open
    guard.set_pin("2468")
    assert guard.has_pin()
    stored = store.get_setting("trainer.pin.hash")
    assert stored is not None and "2468" not in stored
    t0 = datetime(2026, 5, 1, 9, tzinfo=UTC)
    for n in (1, 2):
        result = guard.check("0000", now=t0)
        assert (result.ok, result.failures, result.wait) == (False, n, 0)
    third = guard.check("0000", now=t0)
    assert (third.failures, third.wait) == (3, 1.0)
    # Too early: refused without checking, even the right PIN.
    early = guard.check("2468", now=t0 + timedelta(seconds=0.5))
    assert early.refused and not early.ok and early.wait == pytest.approx(0.5)
    assert guard.failures() == 3
    fourth = guard.check("0000", now=t0 + timedelta(seconds=1))
    assert (fourth.failures, fourth.wait) == (4, 2.0)
    assert guard.wait_time(now=t0 + timedelta(seconds=2)) == pytest.approx(1.0)
    right = guard.check("2468", now=t0 + timedelta(seconds=3))
    assert right.ok and right.failures == 0
    assert guard.failures() == 0 and guard.wait_time() == 0


def test_guard_survives_reopening(tmp_path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as first:
        PinGuard(first).set_pin("13579")
        PinGuard(first).check("00000")
    with Store(path) as second:
        guard = PinGuard(second)
        assert guard.failures() == 1
        assert guard.check("13579").ok
        with pytest.raises(StoreError, match="at least 4"):
            guard.set_pin("12")
        guard.clear_pin()
        assert not guard.has_pin()

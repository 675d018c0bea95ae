"""A writer killed with SIGKILL in the middle of a quiz loses nothing it reported as answered.

Each round forks a writer that resumes the learner's unfinished session (or starts one), records
answers one by one and reports each committed position through a pipe; the parent kills it with
SIGKILL after a random number of answers and a random extra moment, so some kills land inside a
transaction. At the end every reported answer must be in the database, no position may be
recorded twice, and ``PRAGMA integrity_check`` must say ``ok``.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from cx_trainer.store import Store

ROUNDS = 60
QUESTIONS = 12

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)


def _writer(path: Path, out_fd: int) -> None:
    """Runs in the child: resume or start a session and answer until killed."""
    store = Store(path)
    learner = store.get_or_add_learner("Crash Test")
    unfinished = store.unfinished_sessions(learner.id)
    if unfinished:
        session = unfinished[0]
        sid, position = session.id, session.answered
    else:
        sid = store.start_session(
            learner.id, mode="exam", plan={"questions": QUESTIONS}, question_count=QUESTIONS,
            module_id="m", language="en", pass_mark=50,
        )
        position = 0
    while True:
        if position == QUESTIONS:
            store.finish_session(sid, score=1.0, passed=True)
            os.write(out_fd, f"F {sid}\n".encode())
            sid = store.start_session(
                learner.id, mode="exam", plan={"questions": QUESTIONS}, question_count=QUESTIONS,
                module_id="m", language="en", pass_mark=50,
            )
            position = 0
        store.record_answer(
            sid, position=position, module_id="m", question_id=f"q{position}", language="en",
            response={"picked": position}, fraction=1.0, correct=True, seconds=0.5,
        )
        os.write(out_fd, f"A {sid} {position}\n".encode())
        position += 1


def _read_lines(fd: int, want: int, buffer: bytearray, deadline: float) -> None:
    """Read until ``want`` complete lines are buffered (or the child died / time ran out)."""
    while buffer.count(b"\n") < want and time.monotonic() < deadline:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        buffer.extend(chunk)


def test_sigkill_mid_session_loses_no_committed_answer(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    Store(path).close()  # create and migrate before any child runs
    rng = random.Random(20260101)
    reported: set[tuple[int, int]] = set()
    finished: set[int] = set()
    started = time.monotonic()
    for _round in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                os.close(read_fd)
                _writer(path, write_fd)
            finally:
                os._exit(1)
        os.close(write_fd)
        buffer = bytearray()
        _read_lines(read_fd, rng.randint(1, 5), buffer, time.monotonic() + 10)
        # Land some kills inside the next transaction rather than between two.
        time.sleep(rng.choice([0, 0, 0.0005, 0.001, 0.002]))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        # Whatever the child wrote before dying was committed before it was written.
        while True:
            chunk = os.read(read_fd, 4096)
            if not chunk:
                break
            buffer.extend(chunk)
        os.close(read_fd)
        for line in buffer.decode().splitlines():
            parts = line.split()
            if parts[0] == "A":
                reported.add((int(parts[1]), int(parts[2])))
            elif parts[0] == "F":
                finished.add(int(parts[1]))
    elapsed = time.monotonic() - started

    assert len(reported) >= ROUNDS
    with Store(path) as check:
        rows = check.connection.execute("SELECT session_id, position FROM answers").fetchall()
        stored = {(sid, pos) for sid, pos in rows}
        assert len(rows) == len(stored)  # no position recorded twice
        assert reported <= stored, sorted(reported - stored)[:5]
        # Every session's answers are the positions 0..n-1 without gaps: resuming always
        # continued at the next unanswered question.
        by_session: dict[int, list[int]] = {}
        for sid, pos in rows:
            by_session.setdefault(sid, []).append(pos)
        for sid, positions in by_session.items():
            assert sorted(positions) == list(range(len(positions))), sid
        for sid in finished:
            assert check.session(sid).finished is not None
        assert check.integrity_check() == "ok"
    assert elapsed < 30

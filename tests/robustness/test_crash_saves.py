"""Crash safety of the real save paths: a process killed with SIGKILL while it saves a training
module (:func:`cx_trainer.training.save_module`) or a policy sheet (:meth:`PolicySheet.save`)
leaves the old version or the new one, byte for byte, never a mix, and the file still loads.

Each round forks a writer that saves two large versions in turn as fast as it can; the parent
kills it at a random moment, half the time within 3 ms of the writer announcing a write, so
kills land before, during and after the temporary file, the backup and the rename. The file is
checked after every kill. (The results database has its own test, ``tests/store/test_crash.py``.)
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL (POSIX)"
)

ROUNDS = 50
ROOT = Path(__file__).resolve().parents[2]


def _kill_rounds(
    save: Callable[[int], None],
    check: Callable[[int], None],
    seed: int,
    *,
    serializer: tuple[Any, str],
) -> list[int]:
    """Fork a writer calling ``save(1)``, ``save(0)``, ``save(1)``, ... and SIGKILL it, ROUNDS
    times, calling ``check(round)`` after each kill; returns how many saves each writer finished.

    Most of a save is building the YAML; the write itself takes a millisecond or two. So that
    kills land inside it, the writer announces each write: in the child only, ``serializer``
    (module, name of the function that renders the YAML just before the atomic write) is wrapped
    to send a byte first. Half the rounds kill within 3 ms of that byte, the others at any moment
    of the first two saves.
    """
    rng = random.Random(seed)
    start = time.perf_counter()
    save(0)
    save(1)
    save(0)  # the file holds version 0 and the writer starts with 1: every kill can tear it
    one_save = (time.perf_counter() - start) / 3
    finished: list[int] = []
    for round_ in range(ROUNDS):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                os.close(read_fd)
                module, name = serializer
                render = getattr(module, name)

                def announced(*args: Any, _render: Any = render, _fd: int = write_fd, **kwargs: Any) -> Any:
                    text = _render(*args, **kwargs)
                    os.write(_fd, b"w")
                    return text

                setattr(module, name, announced)
                os.write(write_fd, b"r")
                i = 1
                while True:
                    save(i % 2)
                    i += 1
                    os.write(write_fd, b".")
            finally:
                os._exit(1)
        os.close(write_fd)
        assert os.read(read_fd, 1) == b"r"
        seen = bytearray()
        if rng.random() < 0.5:
            wanted = rng.randint(1, 2)
            while seen.count(b"w") < wanted:
                seen += os.read(read_fd, 1)
            time.sleep(rng.uniform(0, 0.003))
        else:
            time.sleep(rng.uniform(0, 2 * one_save))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        while chunk := os.read(read_fd, 65536):
            seen += chunk
        os.close(read_fd)
        finished.append(seen.count(b"."))
        check(round_)
    return finished


def _leftovers(folder: Path, name: str) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name not in (name, name + ".bak")]


def test_sigkill_while_saving_a_module(tmp_path: Path) -> None:
    from cx_trainer.training import load_module, save_module

    source = ROOT / "resources" / "modules" / "expectation-gaps" / "en.yml"
    if not source.exists():
        pytest.skip("the bundled module is not present")
    full = load_module(source)
    old = dataclasses.replace(full, questions=full.questions[:6])  # faster saves, more rounds of them
    new = dataclasses.replace(
        old,
        title="The domino effect, revised",
        summary="A longer summary. " * 200,
        questions=tuple(reversed(old.questions)),
    )
    versions = [old, new]
    scratch = tmp_path / "scratch"
    allowed = {save_module(v, scratch / str(i)).read_bytes() for i, v in enumerate(versions)}
    assert len(allowed) == 2 and min(len(b) for b in allowed) > 15_000
    root = tmp_path / "modules"
    target = save_module(old, root)

    def check(round_: int) -> None:
        assert target.read_bytes() in allowed, f"torn module file after round {round_}"
        # A killed writer may leave its temporary file beside the module; never anything else.
        for name in _leftovers(target.parent, "en.yml"):
            assert name.startswith(".en.yml.") and name.endswith(".tmp"), name

    import cx_trainer.training.loader as loader

    finished = _kill_rounds(
        lambda i: save_module(versions[i], root), check, seed=20260201, serializer=(loader, "dump_yaml")
    )

    assert sum(finished) > 0, "no save ever completed: the kills came too early to test anything"
    assert finished.count(0) > 0, "no kill landed inside the first save"
    assert load_module(target).id == old.id


def test_sigkill_while_saving_a_policy_sheet(tmp_path: Path) -> None:
    from cx_trainer.policy import PolicySheet, load_policy

    example = (ROOT / "resources" / "policies" / "example.yml").read_text(encoding="utf-8")
    # Long comments make each save large enough for kills to land inside the write.
    padding = "".join(f"# note {i}: " + "keep this promise " * 5 + "\n" for i in range(500))
    old = PolicySheet.from_text(padding + example, "old.yml")
    new = PolicySheet.from_text(padding.replace("keep", "mind") + example, "new.yml")
    new.set_text("returns.window", "60 days")
    new.set_text("support.hours", "Mon-Sat 09:00-18:00")
    new.set_organization("Nordlys Outdoor AS (new)")
    versions = [old, new]
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    allowed = set()
    for i, sheet in enumerate(versions):
        sheet.save(scratch / f"{i}.yml")
        allowed.add((scratch / f"{i}.yml").read_bytes())
    assert len(allowed) == 2 and min(len(b) for b in allowed) > 30_000
    target = tmp_path / "policy.yml"
    old.save(target)

    def save(i: int) -> None:
        versions[i].save(target)

    backup = target.with_name("policy.yml.bak")

    def check(round_: int) -> None:
        assert target.read_bytes() in allowed, f"torn policy sheet after round {round_}"
        assert not backup.exists() or backup.read_bytes() in allowed, f"torn backup after round {round_}"
        for name in _leftovers(tmp_path, "policy.yml"):
            assert name == "scratch" or name.startswith(".policy.yml."), name

    import cx_trainer.yamlio as yamlio

    finished = _kill_rounds(save, check, seed=20260202, serializer=(yamlio, "dump_yaml"))

    assert sum(finished) > 0, "no save ever completed: the kills came too early to test anything"
    assert backup.exists()
    assert load_policy(target).get_text("returns.window") in ("30 days", "60 days")

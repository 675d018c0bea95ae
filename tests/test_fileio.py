"""Safe replaces keep the replaced file's permissions; a new file gets the usual ones."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cx_trainer.fileio import atomic_write_bytes, atomic_write_text
from cx_trainer.yamlio import load_yaml, save_yaml


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "policy.yml"
    target.write_text("a: 1\n", encoding="utf-8")
    for mode in (0o640, 0o604, 0o755):
        os.chmod(target, mode)
        atomic_write_text(target, "a: 2\n")
        assert _mode(target) == mode
        assert _mode(target.with_name("policy.yml.bak")) == mode
    assert target.read_text(encoding="utf-8") == "a: 2\n"


def test_a_new_file_gets_the_usual_permissions_not_0600(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "new.json"
        atomic_write_bytes(target, b"{}")
        assert _mode(target) == 0o644
    finally:
        os.umask(umask)


def test_saving_a_policy_sheet_keeps_a_shared_files_mode(tmp_path: Path) -> None:
    target = tmp_path / "policy.yml"
    target.write_text("# kept\nlanguage: en\n", encoding="utf-8")
    os.chmod(target, 0o664)  # group-writable: a team's sheet
    save_yaml(target, load_yaml(target))
    assert _mode(target) == 0o664
    assert target.read_text(encoding="utf-8").startswith("# kept")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

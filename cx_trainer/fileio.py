"""Safe reading and writing of the user's files.

Writing never leaves a half-written file: the new content goes to a temporary file in the same
folder, is flushed and synced, the old file is kept as ``name.bak``, and the temporary file
replaces the original in one atomic step.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cx_trainer.errors import CxError, InputError

__all__ = ["atomic_write_bytes", "atomic_write_text", "read_text_file"]


def read_text_file(
    path: str | Path, *, max_bytes: int, error: Callable[..., CxError] = InputError
) -> str:
    """Read a UTF-8 text file (a BOM is allowed) with a size limit and plain-language errors."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise error("file not found", path=p) from None
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror or exc})", path=p) from None
    if p.is_dir():
        raise error("this is a folder, not a file", path=p)
    if size > max_bytes:
        raise error(f"the file is too large ({size:,} bytes; the limit is {max_bytes:,})", path=p)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise error(f"cannot read the file ({exc.strerror or exc})", path=p) from None
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise error("this is a binary file, not text", path=p)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error("the file is not valid UTF-8 text", path=p, line=line) from None


def _atomic_backup(target: Path) -> None:
    """Copy ``target`` to ``target.bak`` so that the backup, too, is never half-written."""
    fd, bak_tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".baktmp", dir=target.parent)
    os.close(fd)
    try:
        shutil.copy2(target, bak_tmp)
        os.replace(bak_tmp, target.with_name(target.name + ".bak"))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(bak_tmp)
        raise


def _new_temporary(target: Path) -> tuple[int, str]:
    """Open a new temporary file beside ``target`` with the permissions the result should have:
    those of the file it replaces, or for a new file the usual ones (0666 less the umask;
    ``mkstemp`` would make it 0600)."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mode = None
    for _ in range(100):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            with contextlib.suppress(OSError):  # a file system without modes keeps the default
                os.chmod(name, mode)
        return fd, name
    raise FileExistsError(f"no free temporary name beside {target}")


def atomic_write_bytes(path: str | Path, data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically, keeping the previous version as ``.bak``.

    The new file keeps the replaced file's permissions (a new file gets the usual ones).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = _new_temporary(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _atomic_backup(target)
        os.replace(tmp_name, target)
        if hasattr(os, "O_DIRECTORY"):
            # Sync the folder so the rename itself survives a power cut.
            dir_fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _remove_stale_temporaries(target)


def _remove_stale_temporaries(target: Path, age_seconds: float = 300.0) -> None:
    """Remove temporary files a killed writer left beside ``target`` (older than five minutes,
    so a write in progress in another process is never touched)."""
    now = time.time()
    for pattern in (f".{target.name}.*.tmp", f".{target.name}.*.baktmp"):
        for leftover in target.parent.glob(pattern):
            with contextlib.suppress(OSError):
                if now - leftover.stat().st_mtime > age_seconds:
                    leftover.unlink()


def atomic_write_text(path: str | Path, text: str, *, backup: bool = True) -> None:
    """Write UTF-8 text with :func:`atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"), backup=backup)

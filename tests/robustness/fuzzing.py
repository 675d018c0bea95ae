"""Helpers shared by the fuzz tests: example counts, mutations of real files, and the checks every
loader must pass (only the project's own errors, with a message, quickly, input untouched).

``CX_FUZZ_EXAMPLES=N`` sets every fuzz test that uses :func:`fuzz_settings` to N examples (the
defaults are small enough for CI); a long run::

    CX_FUZZ_EXAMPLES=5000 python -m pytest tests/robustness -k fuzz
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from cx_trainer.errors import CxError

__all__ = [
    "FUZZ_EXAMPLES",
    "QUANTITY_WORDS",
    "Snapshot",
    "assert_clean_error",
    "bounded_time",
    "fuzz_settings",
    "mutated_bytes",
    "mutated_lines",
    "tokens_text",
]

FUZZ_EXAMPLES = int(os.environ.get("CX_FUZZ_EXAMPLES", "0") or 0)


def fuzz_settings(default: int) -> settings:
    """Hypothesis settings: ``default`` examples, or ``CX_FUZZ_EXAMPLES`` when set."""
    return settings(
        max_examples=FUZZ_EXAMPLES or default,
        deadline=None,  # timing is asserted per input by the tests themselves
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def assert_clean_error(exc: CxError, *, names: str | None = None) -> None:
    """A project error a person can read: a one-line message, no traceback, the file named."""
    text = str(exc)
    assert exc.message.strip(), "an error must carry a message"
    assert "\n" not in text and "Traceback" not in text, text
    if names is not None:
        assert names in text, f"{names!r} not named in {text!r}"


@contextmanager
def bounded_time(seconds: float, what: Any = "") -> Iterator[None]:
    """Assert that the block finishes within ``seconds`` (checked when it ends)."""
    start = time.perf_counter()
    yield
    elapsed = time.perf_counter() - start
    assert elapsed < seconds, f"took {elapsed:.1f} s (limit {seconds} s): {str(what)[:200]!r}"


@dataclass(frozen=True)
class Snapshot:
    """A file's bytes and modification time, and the names in its folder, to prove that loading
    it changed nothing."""

    data: bytes
    mtime_ns: int
    siblings: frozenset[str]

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        return cls(
            path.read_bytes(),
            path.stat().st_mtime_ns,
            frozenset(p.name for p in path.parent.iterdir()),
        )

    def assert_unchanged(self, path: Path) -> None:
        assert path.read_bytes() == self.data, f"{path} was modified by loading it"
        assert path.stat().st_mtime_ns == self.mtime_ns, f"{path} was written to"
        now = frozenset(p.name for p in path.parent.iterdir())
        assert now == self.siblings, f"loading {path.name} left files behind: {sorted(now - self.siblings)}"


JUNK: tuple[bytes, ...] = (
    b"\x00", b"\xff", b"\xc3", b"\x80", b"\r", b"\n", b"\r\n\r\n", b"<", b">", b'"', b"'", b"=",
    b"&#", b"&amp", b"&#x110000;", b"<div>", b"</p>", b"<!--", b"<![CDATA[", b"<script>",
    b"=3D", b"=\r\n", b"--", b"Content-Type: text/html; charset=klingon\r\n", b"obj", b"endobj",
    b"stream", b"endstream", b"/Length 999999999", b"%%EOF", b"<<", b">>", b"[", b"]", b"(",
    b")", b"\\", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe",
)  # fmt: skip


# Pieces of values written in words: numbers, number words, units, currencies, days, hours.
QUANTITY_WORDS = [
    "30", "3-5", "3 to 5", "2 bis 4", "tre til fem", "thirty", "dreißig", "tretti", "a", "one",
    "einem", "ett", " days", " Tage", " Tagen", " dager", " business days", " Werktage",
    " virkedager", " weeks", " Wochen", " months", " year", " Jahre", " år", " hours", " Stunden",
    " minutes", "€", "$", "£", "kr", " EUR", " NOK", " USD", "4,90", "4.90", "1.000,50",
    "1,000.50", "1 000", "100%", " %", " Prozent", "Mon-Fri", "Mo-Fr", "man-fre", "Montag bis Freitag",
    " 08:00-16:00", " 8-16 Uhr", " kl. 09.00–15.00", " 9am to 5pm", "24/7", "rund um die Uhr",
    " free", " kostenlos", " gratis", " within", " innerhalb von", " innen", " between", " zwischen",
    " and", " und", " og", " to", ",", ".", "-", "–", "/", ":", "+", "-plus", ",-", " ", "\n", "0",
    "00", "99999999", "½", "٣", "\u00a0", "30-day", "14-tägig", "14 dagers", "half", "twice",
]  # fmt: skip


@st.composite
def mutated_bytes(
    draw: Callable[..., Any],
    seed: bytes,
    *,
    junk: Sequence[bytes] = JUNK,
    max_ops: int = 5,
    keep_head: int = 0,
    keep_tail: int = 0,
) -> bytes:
    """``seed`` with a few edits: truncated, bits flipped, junk inserted, spans deleted or repeated.

    ``keep_head``/``keep_tail`` bytes at either end are left alone (so a PDF keeps its header and
    end marker and the parser, not the first sanity check, meets the damage).
    """
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_ops))):
        lo = min(keep_head, len(data))
        hi = max(lo, len(data) - keep_tail)
        at = draw(st.integers(lo, hi))
        op = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "repeat"]))
        if op == "truncate":
            data = data[:at] + (data[hi:] if keep_tail else b"")
        elif op == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.sampled_from(list(junk))) * draw(st.integers(1, 4))
        elif op == "delete":
            del data[at : min(hi, at + draw(st.integers(1, 64)))]
        elif op == "repeat":
            span = bytes(data[at : at + draw(st.integers(1, 256))])
            data[at:at] = span * draw(st.integers(1, 8))
    return bytes(data)


@st.composite
def mutated_lines(draw: Callable[..., Any], lines: Sequence[str], garbage: st.SearchStrategy[str]) -> str:
    """A text file edited line by line: lines dropped, repeated, indented or replaced."""
    out = list(lines)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            out = ["x: 1\n"]
        i = draw(st.integers(0, len(out) - 1))
        how = draw(st.sampled_from(["drop", "dup", "garble", "indent", "append"]))
        if how == "drop":
            del out[i]
        elif how == "dup":
            out.insert(i, out[i])
        elif how == "garble":
            out[i] = draw(garbage) + "\n"
        elif how == "indent":
            out[i] = "  " + out[i]
        else:
            out[i] = out[i].rstrip("\n") + draw(garbage) + "\n"
    return "".join(out)


def tokens_text(vocabulary: Sequence[str], max_size: int = 40) -> st.SearchStrategy[str]:
    """Text made of pieces of a format's syntax and a little random text."""
    return st.lists(st.sampled_from(list(vocabulary)) | st.text(max_size=3), max_size=max_size).map("".join)

"""The exception tree. Every error a user can see is one of these, with a plain message.

::

    CxError                       base; ``str(err)`` is a one-line message for a person
    ├── InputError                bad input given by the user (exit code 2 on the command line)
    │   ├── DocumentError         a document cannot be read (missing, binary, encoding, size, ...)
    │   ├── RuleError             a rule file in rules/ or a glossary is invalid
    │   ├── PolicyError           a policy sheet is invalid
    │   ├── ModuleError           a training module file is invalid
    │   └── QuizFormatError       a GIFT or Aiken file cannot be imported
    ├── StoreError                the results database cannot be opened or written
    └── ReportError               a report cannot be rendered or written

Errors that come from a file carry ``path`` and, where known, ``line`` (1-based) and ``column``;
the message then starts with ``path:line:`` as compilers print it.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "CxError",
    "DocumentError",
    "InputError",
    "ModuleError",
    "PolicyError",
    "QuizFormatError",
    "ReportError",
    "RuleError",
    "StoreError",
]


class CxError(Exception):
    """Base of every error CX Trainer reports to a person.

    Args:
        message: what went wrong, in plain words, without the location.
        path: the file concerned, if any.
        line: the 1-based line in ``path``, if known.
        column: the 1-based column in ``path``, if known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        # One line, even when the message quotes a library's own (lxml's span several lines).
        self.message = " ".join(part.strip() for part in message.splitlines() if part.strip())
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        super().__init__(self.__str__())

    def location(self) -> str:
        """``path:line:column`` as far as known, or an empty string."""
        if self.path is None:
            return ""
        loc = self.path
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def __str__(self) -> str:
        loc = self.location()
        return f"{loc}: {self.message}" if loc else self.message


class InputError(CxError):
    """Input given by the user is not usable."""


class DocumentError(InputError):
    """A document cannot be opened or read."""


class RuleError(InputError):
    """A rule file or glossary is invalid."""


class PolicyError(InputError):
    """A policy sheet is invalid."""


class ModuleError(InputError):
    """A training module file is invalid."""


class QuizFormatError(InputError):
    """A GIFT or Aiken file cannot be imported."""


class StoreError(CxError):
    """The results database cannot be opened or written."""


class ReportError(CxError):
    """A report cannot be produced or written."""

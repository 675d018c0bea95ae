"""The organisation glossary: terms a company adds to the jargon check, or allows in it.

``glossary.yml`` in the user data folder (or any file given)::

    allow:            # terms that are fine for this company's customers
      en: [onboarding]
    add:              # the company's own insider terms, with plain alternatives
      en:
        SKU: [item number]
        RMA: [return number]
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from cx_trainer.audit.kinds import BuildContext
from cx_trainer.errors import RuleError
from cx_trainer.text.language import LANGUAGES
from cx_trainer.yamlio import key_line, load_yaml

__all__ = ["load_glossary"]


def load_glossary(path: Path | None) -> BuildContext:
    """Read a glossary file; a missing file is an empty glossary."""
    if path is None or not path.exists():
        return BuildContext()
    data = load_yaml(path, RuleError)
    if data is None:
        return BuildContext()
    if not isinstance(data, Mapping):
        raise RuleError("a glossary must be a mapping with 'allow' and/or 'add'", path=path, line=1)
    for key in data:
        if key not in ("allow", "add"):
            raise RuleError(f"unknown key '{key}'; valid: allow, add", path=path, line=key_line(data, key))
    allowed: dict[str, frozenset[str]] = {}
    added: dict[str, dict[str, tuple[str, ...]]] = {}
    for section in ("allow", "add"):
        block = data.get(section) or {}
        if not isinstance(block, Mapping):
            raise RuleError(f"'{section}' must map languages to terms", path=path, line=key_line(data, section))
        for lang, items in block.items():
            if lang not in LANGUAGES:
                raise RuleError(
                    f"unknown language '{lang}'; valid: {', '.join(LANGUAGES)}",
                    path=path,
                    line=key_line(block, lang),
                )
            if section == "allow":
                if not isinstance(items, list):
                    raise RuleError("allowed terms must be a list", path=path, line=key_line(block, lang))
                allowed[str(lang)] = frozenset(str(t).lower() for t in items)
            else:
                if not isinstance(items, Mapping):
                    raise RuleError(
                        "added terms must map each term to a list of plain alternatives",
                        path=path,
                        line=key_line(block, lang),
                    )
                added[str(lang)] = {
                    str(term): tuple(str(s) for s in (sugg or [])) for term, sugg in items.items()
                }
    return BuildContext(allowed_terms=allowed, added_terms=added)

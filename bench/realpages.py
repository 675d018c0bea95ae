"""The real-page development set for claim extraction (``bench/data/claims/real/``).

Real public shop pages (returns, shipping, support, warranty, guarantee; English, German,
Norwegian Bokmål), each kept as the passage text in ``pages/`` and labelled by hand in
``labels.yml`` before any extractor ran on them. README.md in that folder describes how the set
was collected, the labelling conventions and the split into a ``tune`` and a ``heldout`` half.

    from realpages import load_pages
    for page in load_pages():
        page.text, page.lang, page.url, page.half, page.labels

A label's ``quote`` is the page's own words for the value; ``Label.span(page.text)`` finds it
(the ``occurrence``-th time the quote appears, 1-based). ``value`` is written in plain words as in
``heldout.yml`` and parsed with :func:`cx_trainer.text.quantities.parse_quantity` in the page's
language; ``Label.quantity`` holds the result.

Bad data is an :class:`cx_trainer.errors.InputError` naming ``labels.yml`` and the line.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from cx_trainer.errors import InputError  # noqa: E402
from cx_trainer.fileio import read_text_file  # noqa: E402
from cx_trainer.text.quantities import parse_quantity  # noqa: E402
from cx_trainer.yamlio import item_line, key_line, load_yaml  # noqa: E402

REAL = ROOT / "bench" / "data" / "claims" / "real"
LANGS = ("en", "de", "nb")
HALVES = ("tune", "heldout")
# DESIGN.md section 5 and the topics section 8 adds.
TOPICS = (
    "returns.window",
    "returns.refund_time",
    "returns.processing_time",
    "delivery.time",
    "delivery.dispatch_time",
    "shipping.cost",
    "shipping.free_threshold",
    "support.response_time",
    "support.hours",
    "warranty.length",
    "guarantee.money_back",
)
# DESIGN.md section 8: the scope keys a claim may carry.
SCOPE_KEYS = ("service", "region", "product_group", "channel")

_PAGE_KEYS = {"file", "lang", "url", "title", "half", "claims"}
_LABEL_KEYS = {"topic", "value", "quote", "occurrence", "hedged", "conditional", "scope"}
_MAX_PAGE_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Label:
    """One claim a careful reader finds on a page."""

    topic: str
    value: str
    quote: str
    quantity: Mapping[str, Any]
    occurrence: int = 1
    hedged: bool = False
    conditional: str | None = None
    scope: Mapping[str, str] = field(default_factory=dict)
    line: int | None = None  # of labels.yml

    def span(self, text: str) -> tuple[int, int] | None:
        """(start, end) of the quote in ``text`` (its ``occurrence``-th appearance), or None."""
        start = -1
        for _ in range(self.occurrence):
            start = text.find(self.quote, start + 1)
            if start < 0:
                return None
        return start, start + len(self.quote)


@dataclass(frozen=True)
class Page:
    """One real page: the passage text and its hand labels."""

    file: str
    path: Path
    lang: str
    url: str
    title: str
    half: str
    text: str
    labels: tuple[Label, ...]


def _fail(message: str, path: Path, line: int | None) -> InputError:
    return InputError(message, path=path, line=line)


def _label(raw: Any, page: str, lang: str, text: str, path: Path, line: int | None) -> Label:
    where = f"{page}: claim"
    if not isinstance(raw, Mapping):
        raise _fail(f"{where} must be a mapping (topic, value, quote)", path, line)
    unknown = sorted(set(raw) - _LABEL_KEYS)
    if unknown:
        raise _fail(f"{where} has unknown keys: {', '.join(map(str, unknown))}", path, line)
    for key in ("topic", "value", "quote"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(f"{where} needs a non-empty text '{key}'", path, line)
    topic, value, quote = str(raw["topic"]), str(raw["value"]), str(raw["quote"])
    if topic not in TOPICS:
        raise _fail(f"{where}: unknown topic {topic!r} (known: {', '.join(TOPICS)})", path, line)
    quantity = parse_quantity(value, lang)
    if quantity is None:
        raise _fail(
            f"{where}: the value {value!r} does not parse as one quantity in {lang!r}", path, line
        )
    occurrence = raw.get("occurrence", 1)
    if not isinstance(occurrence, int) or isinstance(occurrence, bool) or occurrence < 1:
        raise _fail(f"{where}: 'occurrence' must be a whole number from 1", path, line)
    hedged = raw.get("hedged", False)
    if not isinstance(hedged, bool):
        raise _fail(f"{where}: 'hedged' must be true or false", path, line)
    conditional = raw.get("conditional")
    if conditional is not None and (not isinstance(conditional, str) or not conditional.strip()):
        raise _fail(f"{where}: 'conditional' must be the condition's words", path, line)
    scope = raw.get("scope") or {}
    if not isinstance(scope, Mapping):
        raise _fail(f"{where}: 'scope' must be a mapping", path, line)
    for key, val in scope.items():
        if key not in SCOPE_KEYS:
            raise _fail(
                f"{where}: unknown scope key {key!r} (known: {', '.join(SCOPE_KEYS)})", path, line
            )
        if not isinstance(val, str) or not val.strip():
            raise _fail(
                f"{where}: scope {key!r} must be a name (quote it if it has commas)", path, line
            )
    label = Label(
        topic=topic,
        value=value,
        quote=quote,
        quantity=dict(quantity),
        occurrence=occurrence,
        hedged=hedged,
        conditional=str(conditional) if conditional is not None else None,
        scope={str(k): str(v) for k, v in scope.items()},
        line=line,
    )
    if label.span(text) is None:
        count = text.count(quote)
        raise _fail(
            f"{where}: the quote {quote!r} is not in the page"
            + (f" {occurrence} times (found {count})" if count else ""),
            path,
            line,
        )
    return label


def load_pages(root: Path = REAL) -> list[Page]:
    """The pages of the set in the order of ``labels.yml``, each with its text and labels."""
    path = root / "labels.yml"
    data = load_yaml(path)
    if not isinstance(data, list):
        raise _fail("labels.yml must be a list of pages", path, 1)
    pages: list[Page] = []
    seen: set[str] = set()
    for index, raw in enumerate(data):
        line = item_line(data, index)
        if not isinstance(raw, Mapping):
            raise _fail(
                "each page must be a mapping (file, lang, url, title, half, claims)", path, line
            )
        missing = sorted(_PAGE_KEYS - set(raw))
        unknown = sorted(set(raw) - _PAGE_KEYS)
        if missing or unknown:
            what = "; ".join(
                part
                for part in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"unknown {', '.join(map(str, unknown))}" if unknown else "",
                )
                if part
            )
            raise _fail(f"page entry: {what}", path, line)
        name, lang, half = str(raw["file"]), str(raw["lang"]), str(raw["half"])
        if lang not in LANGS:
            raise _fail(
                f"{name}: unknown language {lang!r} (known: {', '.join(LANGS)})", path, line
            )
        if half not in HALVES:
            raise _fail(f"{name}: 'half' must be tune or heldout, not {half!r}", path, line)
        if not name.startswith(f"{lang}-"):
            raise _fail(f"{name}: a page file name starts with its language ({lang}-)", path, line)
        if name in seen:
            raise _fail(f"{name}: listed twice", path, line)
        seen.add(name)
        url, title = raw["url"], raw["title"]
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise _fail(f"{name}: 'url' must be the page's web address", path, line)
        if not isinstance(title, str) or not title.strip():
            raise _fail(f"{name}: 'title' must be the page's title", path, line)
        page_path = root / "pages" / name
        text = read_text_file(page_path, max_bytes=_MAX_PAGE_BYTES)
        claims = raw["claims"]
        if claims is None:
            claims = []
        if not isinstance(claims, list):
            raise _fail(f"{name}: 'claims' must be a list", path, line)
        labels = tuple(
            _label(c, name, lang, text, path, item_line(claims, i) or key_line(raw, "claims"))
            for i, c in enumerate(claims)
        )
        pages.append(Page(name, page_path, lang, url, title, half, text, labels))
    return pages


def main() -> int:
    """Print the size of the set per language and half."""
    pages = load_pages()
    for lang in LANGS:
        for half in HALVES:
            chosen = [p for p in pages if p.lang == lang and p.half == half]
            print(
                f"{lang} {half:8} {len(chosen):3} pages {sum(len(p.labels) for p in chosen):4} claims"
            )
    print(f"all          {len(pages):3} pages {sum(len(p.labels) for p in pages):4} claims")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

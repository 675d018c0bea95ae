"""The real-page claim set (bench/data/claims/real/) is whole: every label quotes its page, every
value parses in the page's language, every topic and scope key is known, each language has at
least 15 pages and both halves, and the halves follow the rule README.md states (odd page number
tune, even heldout). Only the labels are parsed here; no extractor runs on the pages."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from cx_trainer.errors import InputError
from cx_trainer.text.quantities import parse_quantity, same_value

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "bench" / "realpages.py"


@pytest.fixture(scope="module")
def realpages() -> ModuleType:
    spec = importlib.util.spec_from_file_location("realpages", MODULE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("realpages", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def pages(realpages: ModuleType) -> list:  # type: ignore[type-arg]
    return realpages.load_pages()


def test_every_quote_is_in_its_page(pages: list) -> None:  # type: ignore[type-arg]
    for page in pages:
        for label in page.labels:
            span = label.span(page.text)
            assert span is not None, f"{page.file}: {label.quote!r}"
            start, end = span
            assert page.text[start:end] == label.quote
            assert page.text.count(label.quote) >= label.occurrence, page.file


def test_no_statement_is_labelled_twice(pages: list) -> None:  # type: ignore[type-arg]
    for page in pages:
        spans = Counter((label.topic, label.span(page.text)) for label in page.labels)
        twice = [key for key, n in spans.items() if n > 1]
        assert not twice, f"{page.file}: the same quote labelled twice for {twice}"


def test_every_value_parses_in_the_page_language(pages: list) -> None:  # type: ignore[type-arg]
    for page in pages:
        for label in page.labels:
            q = parse_quantity(label.value, page.lang)
            assert q is not None, f"{page.file}: {label.value!r}"
            assert same_value(q, label.quantity)


def test_values_have_the_kind_their_topic_needs(pages: list) -> None:  # type: ignore[type-arg]
    kinds = {
        "returns.window": {"duration"},
        "returns.refund_time": {"duration"},
        "returns.processing_time": {"duration"},
        "delivery.time": {"duration"},
        "delivery.dispatch_time": {"duration"},
        "shipping.cost": {"money"},
        "shipping.free_threshold": {"money"},
        "support.response_time": {"duration"},
        "support.hours": {"hours"},
        "warranty.length": {"duration"},
        "guarantee.money_back": {"flag"},
    }
    for page in pages:
        for label in page.labels:
            assert label.quantity["kind"] in kinds[label.topic], (
                f"{page.file}: {label.topic} = {label.value}"
            )
            if label.topic == "shipping.cost":
                assert label.quantity["amount"] > 0, f"{page.file}: a cost of 0 is free shipping"
            if label.topic == "guarantee.money_back":
                assert label.quantity["value"] is True, page.file


def test_topics_and_scopes_are_known(realpages: ModuleType, pages: list) -> None:  # type: ignore[type-arg]
    assert len(realpages.TOPICS) == 11
    used = set()
    for page in pages:
        for label in page.labels:
            assert label.topic in realpages.TOPICS, f"{page.file}: {label.topic}"
            assert set(label.scope) <= set(realpages.SCOPE_KEYS), f"{page.file}: {label.scope}"
            assert all(isinstance(v, str) and v for v in label.scope.values()), page.file
            used.add(label.topic)
    assert used == set(realpages.TOPICS), (
        f"topics without a real example: {set(realpages.TOPICS) - used}"
    )


def test_size_languages_and_halves(realpages: ModuleType, pages: list) -> None:  # type: ignore[type-arg]
    assert len(pages) >= 60
    files = {p.file for p in pages}
    on_disk = {p.name for p in (realpages.REAL / "pages").iterdir()}
    assert files == on_disk, (
        f"pages without labels: {on_disk - files}; labels without a page: {files - on_disk}"
    )
    for lang in realpages.LANGS:
        mine = [p for p in pages if p.lang == lang]
        assert len(mine) >= 15, lang
        halves = Counter(p.half for p in mine)
        assert set(halves) == {"tune", "heldout"}, lang
        assert abs(halves["tune"] - halves["heldout"]) <= 1, f"{lang}: {halves}"
        for half in ("tune", "heldout"):
            assert sum(len(p.labels) for p in mine if p.half == half) >= 20, f"{lang} {half}"


def test_split_follows_the_stated_rule(pages: list) -> None:  # type: ignore[type-arg]
    for page in pages:
        m = re.match(r"^(en|de|nb)-(\d\d)-[a-z0-9-]+\.md$", page.file)
        assert m, f"file name {page.file!r} is not <lang>-<nn>-<slug>.md"
        assert m.group(1) == page.lang
        expected = "tune" if int(m.group(2)) % 2 else "heldout"
        assert page.half == expected, page.file


def test_page_metadata(pages: list) -> None:  # type: ignore[type-arg]
    urls = [p.url for p in pages]
    assert len(set(urls)) == len(urls), "a page is in the set twice"
    for page in pages:
        assert page.url.startswith(("http://", "https://")), page.file
        assert page.title.strip(), page.file
        assert page.text.strip(), page.file


def test_bad_labels_are_rejected_with_file_and_line(realpages: ModuleType, tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "en-01-x.md").write_text("Returns within 30 days.\n", encoding="utf-8")

    def write(claim: str) -> None:
        (tmp_path / "labels.yml").write_text(
            "- file: en-01-x.md\n  lang: en\n  url: https://example.com/\n  title: X\n  half: tune\n"
            f"  claims:\n    - {claim}\n",
            encoding="utf-8",
        )

    write('{topic: returns.window, value: "30 days", quote: "within 30 days"}')
    assert len(realpages.load_pages(tmp_path)[0].labels) == 1
    for claim, words in [
        ('{topic: returns.window, value: "30 days", quote: "within 31 days"}', "not in the page"),
        ('{topic: returns.windows, value: "30 days", quote: "within 30 days"}', "unknown topic"),
        ('{topic: returns.window, value: "thirty-ish", quote: "within 30 days"}', "does not parse"),
        (
            '{topic: returns.window, value: "30 days", quote: "within 30 days", occurrence: 2}',
            "not in the page 2 times",
        ),
        (
            '{topic: returns.window, value: "30 days", quote: "within 30 days", scope: {shop: x}}',
            "unknown scope key",
        ),
    ]:
        write(claim)
        with pytest.raises(InputError) as err:
            realpages.load_pages(tmp_path)
        assert words in str(err.value)
        assert "labels.yml:7" in str(err.value)

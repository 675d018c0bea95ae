"""The claim lexicons and topics are data: they load, and mistakes name the file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer.errors import RuleError
from cx_trainer.policy.claims import ClaimExtractor
from cx_trainer.policy.lexicon import lexicon, load_lexicon
from cx_trainer.policy.topics import load_topics, topics


def test_bundled_topics_and_lexicons() -> None:
    assert list(topics()) == [
        "returns.window", "returns.refund_time", "returns.processing_time", "delivery.dispatch_time",
        "delivery.time", "shipping.cost",
        "shipping.free_threshold", "support.response_time", "support.hours", "warranty.length",
        "guarantee.money_back",
    ]
    for lang in ("en", "de", "nb"):
        lex = lexicon(lang)
        assert set(lex.cues) >= {"returns.window", "delivery.time", "warranty.length"}
        assert lex.words("negations").words


def _lexicon(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "en.yml"
    path.write_text("language: en\n" + text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("cues:\n  returns.windw: [return]\n", 3, "unknown topic 'returns.windw'"),
        ("negatons: [not]\n", 2, "unknown key 'negatons'"),
        ("cues:\n  returns.window: {words: [return], regex: [x]}\n", 3, "unknown key 'regex'"),
        ("reach: {before: 100}\n", 2, "'reach' must be"),
        ("statements:\n  guarantee.money_back: {words: [x]}\n", 3, "needs a 'value'"),
    ],
)
def test_lexicon_errors(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = _lexicon(tmp_path, text)
    with pytest.raises(RuleError) as err:
        load_lexicon(path, "en")
    assert words in str(err.value) and str(err.value).startswith(f"{path}:{line}:")


def test_invalid_token_pattern_names_the_file(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, "cues:\n  returns.window:\n    patterns:\n      - [{LOWER: {IN: [a, 1]}}, {LOWR: b}]\n")
    with pytest.raises(RuleError) as err:
        ClaimExtractor("en", load_lexicon(path, "en"))
    assert str(err.value).startswith(str(path)) and "invalid token pattern" in str(err.value)


def test_statement_value_must_be_a_quantity(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, "statements:\n  guarantee.money_back: {value: perhaps, words: [maybe back]}\n")
    with pytest.raises(RuleError, match="is not a quantity"):
        ClaimExtractor("en", load_lexicon(path, "en"))


def test_a_small_lexicon_drives_extraction(tmp_path: Path) -> None:
    path = _lexicon(tmp_path, "cues:\n  warranty.length: [cover]\n")
    ex = ClaimExtractor("en", load_lexicon(path, "en"))
    from cx_trainer.text.pipeline import get_nlp

    claims = ex.extract(get_nlp("en")("Cover for 3 years. Warranty of 2 years."))
    assert [(c.topic, c.text) for c in claims] == [("warranty.length", "3 years")]


def test_topics_file_errors(tmp_path: Path) -> None:
    path = tmp_path / "topics.yml"
    path.write_text("topics:\n  returns.window:\n    kind: length\n    name: {en: x}\n", encoding="utf-8")
    with pytest.raises(RuleError, match="kind must be one of"):
        load_topics(path)
    path.write_text("topics:\n  returns:\n    kind: duration\n", encoding="utf-8")
    with pytest.raises(RuleError, match="section.key"):
        load_topics(path)

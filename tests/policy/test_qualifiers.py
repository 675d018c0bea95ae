"""Scope, hedges and conditions of claims, and how the policy check uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer import paths
from cx_trainer.audit.runner import Auditor
from cx_trainer.documents import document_from_text
from cx_trainer.errors import RuleError
from cx_trainer.policy.claims import extract_claims
from cx_trainer.policy.qualifiers import qualifier_lexicon
from cx_trainer.policy.sheet import PolicySheet

_AUDITOR = Auditor(rules_dir=paths.rules_dir(), glossary=Path("/nonexistent"))


def _one(text: str, lang: str) -> tuple[str, dict[str, str], bool, str | None]:
    claims = extract_claims(text, lang)
    assert len(claims) == 1, claims
    c = claims[0]
    return c.topic, dict(c.scope), c.hedged, c.conditional


SCOPES = [
    ("en", "Express delivery takes 1-2 business days.", {"service": "express"}),
    ("en", "International orders arrive within 7-10 business days.", {"region": "international"}),
    ("en", "Sale items can be returned within 14 days.", {"product_group": "sale"}),
    ("en", "We answer emails within 24 hours.", {"channel": "email"}),
    ("de", "Der Expressversand dauert 1 Werktag.", {"service": "express"}),
    (
        "de",
        "Reduzierte Ware kann innerhalb von 14 Tagen zurückgegeben werden.",
        {"product_group": "sale"},
    ),
    ("nb", "Levering til utlandet tar 7–10 virkedager.", {"region": "international"}),
    ("nb", "Vi svarer på e-post innen 24 timer.", {"channel": "email"}),
    ("en", "Delivery takes 3-5 business days.", {}),
    # a channel word narrows support claims only, not a return window
    ("en", "Call us to return the item within 30 days.", {}),
]


@pytest.mark.parametrize(("lang", "text", "scope"), SCOPES, ids=[t[:40] for _, t, _ in SCOPES])
def test_scope_names_only_what_the_text_names(lang: str, text: str, scope: dict[str, str]) -> None:
    assert _one(text, lang)[1] == scope


def test_scope_from_a_table_row() -> None:
    from cx_trainer.documents.blocks import text_blocks

    text = "Delivery times\n\n| Standard | 3-5 business days |\n| Express | 1 business day |"
    claims = extract_claims(text, "en", blocks=text_blocks(text))
    assert [(c.text, dict(c.scope)) for c in claims] == [
        ("3-5 business days", {}),
        ("1 business day", {"service": "express"}),
    ]


HEDGED = [
    ("en", "Delivery usually takes 2-4 working days, but we cannot guarantee this."),
    ("en", "We aim to reply within 24 hours."),
    ("en", "Your parcel arrives in about 3 days."),
    ("de", "Die Lieferung dauert normalerweise 2–4 Werktage."),
    ("nb", "Leveringen tar vanligvis 2–4 virkedager."),
]


@pytest.mark.parametrize(("lang", "text"), HEDGED, ids=[t[:40] for _, t in HEDGED])
def test_a_hedge_qualifies_the_claim_instead_of_deleting_it(lang: str, text: str) -> None:
    assert _one(text, lang)[2] is True


def test_a_withdrawal_in_the_claims_own_clause_still_removes_it() -> None:
    assert (
        extract_claims("We cannot promise delivery within 24 hours during the holidays.", "en")
        == []
    )
    assert extract_claims("Delivery within 3 business days is not guaranteed.", "en") == []
    assert _one("Delivery takes 3-5 business days.", "en")[2] is False


CONDITIONAL = [
    ("en", "FREE SHIPPING for qualified US orders", "for qualified US orders"),
    ("nb", "Gratis frakt kan gjelde for utvalgte produkter.", "kan gjelde for utvalgte produkter"),
    ("de", "Kostenloser Versand gilt nur für Neukunden.", "gilt nur für Neukunden"),
]


@pytest.mark.parametrize(
    ("lang", "text", "words"), CONDITIONAL, ids=[t[:40] for _, t, _ in CONDITIONAL]
)
def test_conditions_are_kept_as_words(lang: str, text: str, words: str) -> None:
    topic, _scope, _hedged, conditional = _one(text, lang)
    assert topic == "shipping.free_threshold"
    assert conditional == words


def test_claims_json_carries_the_new_keys() -> None:
    (claim,) = extract_claims("Express delivery usually takes 1-2 business days.", "en")
    data = claim.to_dict()
    assert data["scope"] == {"service": "express"}
    assert data["hedged"] is True
    assert data["conditional"] is None
    assert data["topic_source"] == "sentence"


_SHEET = """language: en
delivery:
  time: 3-5 business days
shipping:
  cost: 4.90 EUR
  free_threshold: 50 EUR
support:
  response_time: 24 hours
"""


def _findings(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    sheet = PolicySheet.from_text(_SHEET)
    result = _AUDITOR.audit(document_from_text(text), language=lang, channel="web", policy=sheet)
    return [(f.rule, f.severity, f.match) for f in result.findings if f.category == "policy"]


def test_policy_compares_only_the_same_scope() -> None:
    assert _findings("Express delivery takes 1 business day.") == []
    assert _findings("International orders arrive within 2 business days.") == []
    assert _findings("Delivery takes 1 business day.") == [
        ("policy.promises-more", "error", "1 business day")
    ]
    # a channel: the sheet's one value holds for every channel
    assert _findings("We answer emails within 2 hours.") == [
        ("policy.promises-more", "error", "within 2 hours")
    ]


_SCOPED_SHEET = """language: en
delivery:
  time:
    default: 3-5 business days
    express: 1-2 business days
support:
  response_time:
    default: 24 hours
    chat: 5 minutes
"""


def _scoped_findings(text: str) -> list[tuple[str, str, str]]:
    sheet = PolicySheet.from_text(_SCOPED_SHEET)
    result = _AUDITOR.audit(document_from_text(text), language="en", channel="web", policy=sheet)
    return [(f.rule, f.severity, f.match) for f in result.findings if f.category == "policy"]


def test_a_scoped_claim_is_compared_with_the_sheets_value_of_that_scope() -> None:
    # express within the sheet's express value: no finding; faster than it: an error
    assert _scoped_findings("Express delivery takes 2 business days.") == []
    assert _scoped_findings("Express delivery takes 4 hours.") == [
        ("policy.promises-more", "error", "4 hours")
    ]
    # standard delivery against the default, not against express
    assert _scoped_findings("Delivery takes 2 business days.") == [
        ("policy.promises-more", "error", "2 business days")
    ]
    # a scope the sheet does not name is still not compared
    assert _scoped_findings("International orders arrive within 2 business days.") == []
    # a channel with its own value, and one without (falls back to the default)
    assert _scoped_findings("Our chat answers within 5 minutes.") == []
    assert _scoped_findings("We answer emails within 2 hours.") == [
        ("policy.promises-more", "error", "within 2 hours")
    ]


def test_hedged_more_is_a_warning_and_unconditional_free_shipping_an_error() -> None:
    assert _findings("Delivery usually takes 1-2 working days, but we cannot guarantee this.") == [
        ("policy.hedged-more", "warning", "1-2 working days")
    ]
    assert _findings("We offer free shipping on all orders.") == [
        ("policy.unconditional", "error", "free shipping")
    ]
    assert _findings("FREE SHIPPING for qualified orders") == []


def test_the_audit_json_policy_carries_the_scope() -> None:
    sheet = PolicySheet.from_text(_SHEET)
    result = _AUDITOR.audit(
        document_from_text("We answer emails within 2 hours."),
        language="en",
        channel="web",
        policy=sheet,
    )
    (finding,) = [f for f in result.findings if f.category == "policy"]
    assert finding.to_dict()["policy"]["scope"] == {"channel": "email"}
    result = _AUDITOR.audit(
        document_from_text("Delivery takes 1 business day."),
        language="en",
        channel="web",
        policy=sheet,
    )
    (finding,) = [f for f in result.findings if f.category == "policy"]
    assert "scope" not in finding.to_dict()["policy"]


def test_a_bad_qualifier_file_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "qualifiers.yml").write_text(
        "scopes:\n  planet:\n    mars: {en: [mars]}\n", encoding="utf-8"
    )
    with pytest.raises(RuleError) as info:
        qualifier_lexicon("en", str(tmp_path))
    assert "planet" in str(info.value) and "qualifiers.yml" in str(info.value)
    assert info.value.line == 2
    (tmp_path / "qualifiers.yml").write_text(
        "hedges:\n  en: [usually]\nhedgez: {}\n", encoding="utf-8"
    )
    qualifier_lexicon.cache_clear()
    with pytest.raises(RuleError) as info:
        qualifier_lexicon("en", str(tmp_path))
    assert info.value.line == 3
    qualifier_lexicon.cache_clear()

"""The policy, completeness, consistency and email-tone checks in the audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from cx_trainer import paths
from cx_trainer.audit.runner import Auditor
from cx_trainer.documents import document_from_text
from cx_trainer.policy import PolicySheet, load_policy


@pytest.fixture(scope="module")
def auditor() -> Auditor:
    return Auditor(rules_dir=paths.rules_dir(), glossary=Path("/nonexistent"))


@pytest.fixture(scope="module")
def policy() -> PolicySheet:
    return load_policy(paths.example_policy_path())


def _findings(auditor: Auditor, text: str, lang: str, category: str, policy=None, channel="web"):  # type: ignore[no-untyped-def]
    result = auditor.audit(document_from_text(text), language=lang, channel=channel, policy=policy)
    return [f for f in result.findings if f.category == category]


@pytest.mark.parametrize(
    ("text", "lang", "rule", "severity"),
    [
        ("You can return anything within 60 days.", "en", "policy.promises-more", "error"),
        ("You can return anything within 14 days.", "en", "policy.understates", "warning"),
        ("Delivery takes 1-2 business days.", "en", "policy.promises-more", "error"),
        ("Delivery takes 7-10 business days.", "en", "policy.understates", "warning"),
        ("Shipping costs 2.90 EUR.", "en", "policy.promises-more", "error"),
        ("Shipping costs 6.90 EUR.", "en", "policy.understates", "warning"),
        ("Shipping costs $4.90.", "en", "policy.different-value", "error"),
        ("Free shipping on all orders.", "en", "policy.unconditional", "error"),
        ("Versandkostenfrei ab 100 €.", "de", "policy.understates", "warning"),
        ("Wir antworten innerhalb von 2 Stunden.", "de", "policy.promises-more", "error"),
        ("Kundeservice er åpen døgnet rundt.", "nb", "policy.promises-more", "error"),
        ("Kundeservice er åpen man–fre kl. 09–15.", "nb", "policy.understates", "warning"),
        ("Vi gir fem års garanti.", "nb", "policy.promises-more", "error"),
        ("Vi har fornøydgaranti.", "nb", "policy.promises-more", "error"),
    ],
)
def test_policy_directions(auditor: Auditor, policy: PolicySheet, text: str, lang: str, rule: str, severity: str) -> None:
    found = _findings(auditor, text, lang, "policy", policy)
    assert [(f.rule, f.severity) for f in found] == [(rule, severity)]
    ref = found[0].policy
    assert ref is not None and ref.expected == policy.quantity(ref.topic) and ref.stated


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("You can return anything within 30 days.", "en"),
        ("You can return anything within one month.", "en"),
        ("Delivery takes 3-5 business days.", "en"),
        ("Delivery takes up to 7 days.", "en"),
        ("Die Garantie beträgt 24 Monate.", "de"),
        ("Express delivery: next business day.", "en"),
        ("Over 30,000 customers love our jackets.", "en"),
    ],
)
def test_policy_agrees(auditor: Auditor, policy: PolicySheet, text: str, lang: str) -> None:
    assert _findings(auditor, text, lang, "policy", policy) == []


def test_policy_message_quotes_both_values(auditor: Auditor, policy: PolicySheet) -> None:
    (f,) = _findings(auditor, "Unsere Lieferzeit beträgt 1–2 Werktage.", "de", "policy", policy)
    assert f.message.startswith("Dieser Text verspricht Lieferung in 1–2 Werktagen; laut Ihrer Richtlinie gilt "
                                "Lieferung in 3–5 Werktagen.")
    assert f.suggestions == ("Lieferung in 3–5 Werktagen",)


def test_policy_needs_a_sheet(auditor: Auditor) -> None:
    result = auditor.audit(document_from_text("Returns within 60 days."), language="en")
    assert not [f for f in result.findings if f.category in ("policy", "completeness")]
    assert "policy" not in result.scores.categories
    check = auditor.check("policy.promises-more")
    assert hasattr(check, "applies")


def test_completeness(auditor: Auditor, policy: PolicySheet) -> None:
    found = _findings(auditor, "Not happy? You can return it for a refund.", "en", "completeness", policy)
    assert [(f.rule, f.match) for f in found] == [("completeness.returns", "return it")]
    assert found[0].suggestions == ("returns within 30 days",)
    assert "returns within 30 days" in found[0].message
    assert _findings(auditor, "You can return it within 30 days for a refund.", "en", "completeness", policy) == []
    assert _findings(auditor, "Not happy? You can return it for a refund.", "en", "completeness") == []
    found = _findings(auditor, "Bei Fragen wenden Sie sich an unseren Kundenservice.", "de", "completeness", policy)
    assert [f.rule for f in found] == ["completeness.support"]
    assert found[0].suggestions == ("eine Antwort innerhalb von 24 Stunden",)


def test_completeness_skips_topics_the_sheet_leaves_open(auditor: Auditor) -> None:
    sheet = PolicySheet.from_text("language: en\nreturns:\n  window: 30 days\n")
    text = "Your order has been shipped. Not happy? Return it for a refund."
    found = _findings(auditor, text, "en", "completeness", sheet)
    assert [f.rule for f in found] == ["completeness.returns"]


def test_consistency_within_a_document(auditor: Auditor) -> None:
    text = (
        "Standard delivery takes 3-5 business days.\n\n"
        "Express delivery takes 1 business day.\n\n"
        "Please note: delivery takes up to 10 business days."
    )
    (f,) = _findings(auditor, text, "en", "consistency")
    assert f.rule == "consistency.values" and f.severity == "warning"
    assert [r.text for r in f.related] == ["3-5 business days", "up to 10 business days"]
    assert all(r.value and r.value["kind"] == "duration" for r in f.related)
    assert "3–5 business days / 10 business days" in f.message


def test_consistency_ignores_service_variants_and_equal_values(auditor: Auditor) -> None:
    text = "Standard delivery takes 3-5 business days, express 1-2 business days. We deliver in 3 to 5 working days."
    assert _findings(auditor, text, "en", "consistency") == []
    assert _findings(auditor, "Returns within one month. You have 30 days to return.", "en", "consistency") == []


def test_free_shipping_with_and_without_threshold(auditor: Auditor) -> None:
    text = "Free shipping on orders over $100!\n\nfree shipping. free returns *"
    (f,) = _findings(auditor, text, "en", "consistency")
    assert {r.value["amount"] for r in f.related if r.value} == {100.0, 0.0}


def test_consistency_across_documents(auditor: Auditor, policy: PolicySheet) -> None:
    docs = [
        document_from_text("Delivery takes 3-5 business days.", path="a.txt"),
        document_from_text("Lieferzeit: 3–5 Werktage.", path="b.txt"),
        document_from_text("Delivery takes 2 business days.", path="c.txt"),
        document_from_text("Returns within 30 days.", path="d.txt"),
    ]
    run = auditor.audit_many(docs, policy=policy)
    (f,) = [f for f in run.consistency if f.rule == "consistency.values"]
    assert f.path == "a.txt"
    assert [r.path for r in f.related] == ["a.txt", "b.txt", "c.txt"]
    assert "in 3 documents" in f.message
    # without a policy sheet too
    run = auditor.audit_many(docs)
    assert [f.rule for f in run.consistency] == ["consistency.values"]
    # documents that agree: nothing
    run = auditor.audit_many(docs[:2])
    assert list(run.consistency) == []


def test_email_tone_only_for_email(auditor: Auditor) -> None:
    text = "Dear customer,\n\nyour order has shipped."
    assert _findings(auditor, text, "en", "tone", channel="web") == []
    rules = {f.rule for f in _findings(auditor, text, "en", "tone", channel="email")}
    assert rules == {"tone.greeting", "tone.thanks", "tone.next-step"}
    good = "Hi Anna,\n\nthanks for your order! It arrives in 3-5 business days."
    assert _findings(auditor, good, "en", "tone", channel="email") == []


@pytest.mark.parametrize(
    ("text", "lang", "personal"),
    [
        ("Hi {{name}},\n\nThanks!", "en", True),
        ("Hello John,\n\nThanks!", "en", True),
        ("Dear addressee,\n\nThanks!", "en", False),
        ("Hi there,\n\nThanks!", "en", False),
        ("Thanks for your order.", "en", False),
        ("Hallo {firstname} {lastname},\n\nDanke!", "de", True),
        ("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nDanke!", "de", False),
        ("Hei {firstname} {lastname},\n\nTakk!", "nb", True),
        ("Kjære kunde,\n\nTakk!", "nb", False),
    ],
)
def test_personal_greeting(auditor: Auditor, text: str, lang: str, personal: bool) -> None:
    found = [f for f in _findings(auditor, text, lang, "tone", channel="email") if f.rule == "tone.greeting"]
    assert (not found) is personal

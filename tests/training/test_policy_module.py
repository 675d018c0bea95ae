"""The "Our policies" module generated from a policy sheet: content, languages, stable ids."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cx_trainer import paths
from cx_trainer.errors import PolicyError
from cx_trainer.training import QuizSession, load_module_set, plan_quiz
from cx_trainer.training.policy_module import (
    POLICY_MODULE_ID,
    build_policy_module,
    write_policy_module,
)
from cx_trainer.yamlio import load_yaml

from .conftest import FIXTURES
from .test_session import right_response

SHEET = FIXTURES / "policy.yml"


def _sheet(**changes: Any) -> dict[str, Any]:
    data = {k: (dict(v) if isinstance(v, dict) else v) for k, v in load_yaml(SHEET).items()}
    for dotted, value in changes.items():
        group, key = dotted.split("__")
        data[group][key] = value
    return data


def test_module_in_three_languages_that_agree(tmp_path: Path) -> None:
    folder = write_policy_module(SHEET, tmp_path)
    assert folder == tmp_path / POLICY_MODULE_ID
    modules = load_module_set(folder)  # checks ids, kinds and answers agree
    assert list(modules) == ["en", "de", "nb"]
    en = modules["en"]
    assert en.id == "our-policies" and en.title == "Our policies"
    assert modules["de"].title == "Unsere Richtlinien" and modules["nb"].title == "Våre retningslinjer"
    assert "Nordlys Outdoor AS" in en.summary
    assert [s.id for s in en.sections] == ["returns", "delivery", "shipping", "support", "warranty", "guarantee"]
    kinds = {q.kind for q in en.questions}
    assert kinds == {"single", "true_false", "numeric"}
    # Three questions per numeric fact, two for opening hours, one for the guarantee.
    assert len(en.questions) == 7 * 3 + 2 + 1


def test_content_states_the_facts() -> None:
    modules = build_policy_module(SHEET)
    en, de, nb = modules["en"], modules["de"], modules["nb"]
    window = next(q for q in en.questions if q.id.startswith("returns-window-choice-"))
    right = [c.text for c in window.answer.choices if c.correct]
    assert right == ["30 days"]
    assert len({c.text for c in window.answer.choices}) == len(window.answer.choices) == 4
    assert window.explanation == "Customers can return items within 30 days."
    delivery = next(q for q in de.questions if q.id.startswith("delivery-time-number-"))
    assert delivery.prompt == "Wie viele Werktage dauert die Lieferung höchstens?"
    assert (delivery.answer.value, delivery.answer.unit) == (5, "Werktage")
    cost = next(q for q in nb.questions if q.id.startswith("shipping-cost-choice-"))
    assert [c.text for c in cost.answer.choices if c.correct] == ["4,90 EUR"]
    assert "2,90 EUR" in [c.text for c in cost.answer.choices]
    price = next(q for q in en.questions if q.id.startswith("shipping-cost-number-"))
    assert price.answer.accepted_interval() == pytest.approx((4.895, 4.905))
    hours = next(q for q in nb.questions if q.id.startswith("support-hours-choice-"))
    assert [c.text for c in hours.answer.choices if c.correct] == ["man–fre 08:00–16:00"]
    guarantee = next(q for q in de.questions if q.id.startswith("guarantee-money-back-tf-"))
    assert guarantee.answer.value is False and "keine Geld-zurück-Garantie" in guarantee.explanation
    # Sie in German, du in Bokmål.
    assert "Was antworten Sie?" in next(q.prompt for q in de.questions if q.kind == "single")
    assert "Hva svarer du?" in next(q.prompt for q in nb.questions if q.kind == "single")
    # Statements: some state the policy (true), some an altered value (false).
    statements = [q for q in en.questions if q.kind == "true_false" and not q.id.startswith("guarantee")]
    assert {q.answer.value for q in statements} == {True, False}
    for q in statements:
        if q.answer.value is False:
            assert q.prompt not in q.explanation
    # The right answer is not always in the same place.
    places = {q.answer.correct_indices()[0] for q in en.questions if q.kind == "single"}
    assert len(places) > 1


def test_regeneration_keeps_ids_of_unchanged_facts() -> None:
    first = {q.id for q in build_policy_module(SHEET)["en"].questions}
    again = {q.id for q in build_policy_module(SHEET)["en"].questions}
    assert first == again
    changed = {q.id for q in build_policy_module(_sheet(returns__window="60 days"))["en"].questions}
    window_ids = {i for i in first if i.startswith("returns-window-")}
    assert first - changed == window_ids
    assert len(changed - first) == 3 and all(i.startswith("returns-window-") for i in changed - first)


def test_ids_do_not_depend_on_the_sheet_language() -> None:
    german = _sheet(returns__window="30 Tage", returns__refund_time="vierzehn Tage",
                    delivery__time="3-5 Werktage", shipping__cost="4,90 €")
    german["language"] = "de"
    german["warranty"]["length"] = "2 Jahre"
    german["support"]["response_time"] = "24 Stunden"
    german["support"]["hours"] = "Mo-Fr 8-16 Uhr"
    assert {q.id for q in build_policy_module(german)["en"].questions} == {
        q.id for q in build_policy_module(SHEET)["en"].questions
    }


def test_partial_sheet_and_round_the_clock() -> None:
    modules = build_policy_module({"language": "nb", "support": {"hours": "24/7"}, "guarantee": {"money_back": True}})
    nb = modules["nb"]
    assert [s.id for s in nb.sections] == ["support", "guarantee"]
    hours = next(q for q in nb.questions if q.kind == "single")
    assert [c.text for c in hours.answer.choices if c.correct] == ["døgnet rundt"]
    assert next(q for q in nb.questions if q.id.startswith("guarantee")).answer.value is True


def test_generated_quiz_can_be_passed() -> None:
    module = build_policy_module(SHEET)["de"]
    session = QuizSession.start(plan_quiz(module, seed=3))
    while (item := session.current) is not None:
        grade = session.answer(right_response(item))
        assert grade is not None and grade.correct, item.question.id
    assert session.finish().passed


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        # The core sheet's messages: the module has no loader of its own.
        ("returns:\n  window: 30 days\n  windw: 3 days\n", "unknown key 'windw' under 'returns'", 3),
        ("language: en\nreturns:\n  window: soon\n", "cannot read 'soon' for returns.window", 3),
        ("shipping:\n  cost: 30 days\n", "shipping.cost needs an amount of money", 2),
        ("colour: blue\n", "unknown key 'colour'", 1),
        ("language: fr\n", "unknown language 'fr'", 1),
    ],
)
def test_sheet_errors_name_the_line(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = tmp_path / "policy.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        build_policy_module(path)
    assert message in info.value.message
    assert (info.value.path, info.value.line) == (str(path), line)


def test_empty_sheet_is_an_error() -> None:
    with pytest.raises(PolicyError, match="states no policy"):
        build_policy_module({"organization": "X"})


def test_default_folder_is_user_data() -> None:
    folder = write_policy_module(SHEET)
    assert folder == paths.user_data_dir() / "modules" / "our-policies"
    assert sorted(p.name for p in folder.iterdir()) == ["de.yml", "en.yml", "nb.yml"]


def test_ensure_policy_module_regenerates_only_when_the_sheet_changes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cx_trainer import paths
    from cx_trainer.training import discover_modules, ensure_policy_module

    sheet = tmp_path / "policy.yml"
    sheet.write_text(paths.example_policy_path().read_text(encoding="utf-8"), encoding="utf-8")
    root = tmp_path / "modules"
    folder = ensure_policy_module(sheet, root)
    assert folder is not None and (folder / "en.yml").is_file()
    first = (folder / "en.yml").stat().st_mtime_ns
    assert ensure_policy_module(sheet, root) == folder
    assert (folder / "en.yml").stat().st_mtime_ns == first  # unchanged sheet: not rewritten
    (before,) = discover_modules(root)
    assert not any("45" in _texts(q) for q in before["en"].questions)
    text = sheet.read_text(encoding="utf-8")
    assert "window: 30 days" in text
    sheet.write_text(text.replace("window: 30 days", "window: 45 days"), encoding="utf-8")
    ensure_policy_module(sheet, root)
    (after,) = discover_modules(root)
    assert any("45" in _texts(q) for q in after["en"].questions)
    assert ensure_policy_module(tmp_path / "missing.yml", root) is None


def _texts(question) -> str:  # type: ignore[no-untyped-def]
    return " ".join([question.prompt, str(question.answer)])

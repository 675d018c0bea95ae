"""The "Our policies" module is built from the core policy sheet and the question texts file
(issue 17): a topic added to topics.yml is taught, texts are data, values use the one formatter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cx_trainer.errors import RuleError
from cx_trainer.policy import PolicySheet, format_quantity, load_policy
from cx_trainer.policy.topics import lexicon_dir
from cx_trainer.training import load_module_set
from cx_trainer.training.policy_module import (
    QUESTIONS_FILE,
    build_policy_module,
    load_question_texts,
    question_texts,
    write_policy_module,
)

from .conftest import FIXTURES

SHEET = FIXTURES / "policy.yml"
BUNDLED_QUESTIONS = (
    Path(__file__).resolve().parents[2] / "rules" / "claims" / "lexicon" / QUESTIONS_FILE
)

EXTRA_TOPICS = """\
  returns.exchange_time:
    kind: duration
    better: lower
    units: [day, business_day, week]
    name: {en: exchange time, de: Umtauschdauer, nb: byttetid}
    says: {en: "exchanges within {value}", de: "Umtausch in {value_dative}", nb: "bytte innen {value}"}
  returns.restocking_fee:
    kind: percent
    better: lower
    name: {en: restocking fee, de: Wiedereinlagerungsgebühr, nb: returgebyr}
    says: {en: "a restocking fee of {value}", de: "eine Wiedereinlagerungsgebühr von {value}", nb: "et returgebyr på {value}"}
  guarantee.price_match:
    kind: flag
    better: "true"
    name: {en: price match, de: Preisgarantie, nb: prisgaranti}
    says_true: {en: "a price match", de: "eine Preisgarantie", nb: "prisgaranti"}
    says_false: {en: "no price match", de: "keine Preisgarantie", nb: "ingen prisgaranti"}
"""


@pytest.fixture
def more_topics(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A rules folder whose topics.yml adds topics the module has no texts for."""
    rules = tmp_path / "rules"
    folder = rules / "claims" / "lexicon"
    folder.mkdir(parents=True)
    bundled = lexicon_dir()
    for name in ("topics.yml", "en.yml", "de.yml", "nb.yml"):
        shutil.copy(bundled / name, folder / name)
    with (folder / "topics.yml").open("a", encoding="utf-8") as out:
        out.write(EXTRA_TOPICS)
    monkeypatch.setenv("CX_TRAINER_RULES", str(rules))
    assert lexicon_dir() == folder
    return folder


def _sheet(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yml"
    path.write_text(text, encoding="utf-8")
    return path


NEW_TOPICS_SHEET = """\
language: en
returns:
  window: 30 days
  exchange_time: 5 business days
  restocking_fee: 15 %
guarantee:
  price_match: yes
"""


def test_a_topic_added_to_topics_yml_is_taught(more_topics: Path, tmp_path: Path) -> None:
    """Regression: the module's own loader rejected a new topic ("unknown key") that the
    policy core accepted. Now both read the sheet the same way, and the new topics get generic
    questions from their name and wording in topics.yml."""
    path = _sheet(tmp_path, NEW_TOPICS_SHEET)
    assert load_policy(path).get_text("returns.exchange_time") == "5 business days"
    modules = load_module_set(
        write_policy_module(path, tmp_path / "modules")
    )  # the languages agree
    en, de, nb = modules["en"], modules["de"], modules["nb"]
    ids = [q.id for q in en.questions]
    for prefix in (
        "returns-exchange-time-choice-",
        "returns-exchange-time-tf-",
        "returns-exchange-time-number-",
    ):
        assert any(i.startswith(prefix) for i in ids), prefix
    choice = next(q for q in en.questions if q.id.startswith("returns-exchange-time-choice-"))
    assert (
        choice.prompt == "A customer asks about our exchange time. Which answer is right?"
    )
    assert [c.text for c in choice.answer.choices if c.correct] == ["5 business days"]
    assert choice.explanation == "Our policy: exchanges within 5 business days."
    number = next(q for q in de.questions if q.id.startswith("returns-exchange-time-number-"))
    assert (
        number.prompt
        == "Welcher Wert gilt bei uns für „Umtauschdauer“, in Werktage?"
    )
    assert number.answer.value == 5  # type: ignore[union-attr]
    # The section of the new topic is the existing one; the old topics keep their own texts.
    assert [s.id for s in en.sections] == ["returns", "guarantee"]
    assert "Customers can return items within 30 days." in en.sections[0].body
    assert "Our policy: exchanges within 5 business days." in en.sections[0].body
    # A yes/no topic: one statement, its lesson from the topic's own words.
    match = next(q for q in nb.questions if q.id.startswith("guarantee-price-match-tf-"))
    assert match.prompt == "Vi lover prisgaranti." and match.answer.value is True
    assert match.explanation == "Retningslinjene våre: prisgaranti."


def test_percent_values_are_taught(more_topics: Path, tmp_path: Path) -> None:
    """Regression: the module's own formatter could not say a percent (ValueError)."""
    modules = build_policy_module(_sheet(tmp_path, NEW_TOPICS_SHEET))
    de, en = modules["de"], modules["en"]
    fee = next(q for q in de.questions if q.id.startswith("returns-restocking-fee-choice-"))
    assert [c.text for c in fee.answer.choices if c.correct] == ["15 %"]
    assert len({c.text for c in fee.answer.choices}) == 4
    number = next(q for q in en.questions if q.id.startswith("returns-restocking-fee-number-"))
    assert (number.answer.value, number.answer.unit) == (15, "%")
    assert (
        next(
            c.text
            for c in next(
                q for q in en.questions if q.id.startswith("returns-restocking-fee-choice-")
            ).answer.choices
            if c.correct
        )
        == "15%"
    )


def test_every_value_is_written_by_the_core_formatter() -> None:
    """Regression: the module wrote opening hours with other dashes than the core formatter
    (and reports). Every right answer now reads exactly as format_quantity writes it."""
    sheet = load_policy(SHEET)
    modules = build_policy_module(sheet)
    for language, module in modules.items():
        for question in module.questions:
            if question.kind != "single":
                continue
            topic = next(
                t
                for t in sheet.topics()
                if question.id.startswith(t.replace(".", "-").replace("_", "-") + "-")
            )
            right = [c.text for c in question.answer.choices if c.correct]
            assert right == [format_quantity(sheet.quantity(topic) or {}, language)], (
                language,
                topic,
            )
    hours = next(q for q in modules["en"].questions if q.id.startswith("support-hours-choice-"))
    assert [c.text for c in hours.answer.choices if c.correct] == ["Mon–Fri 08:00–16:00"]


def test_scoped_value_is_taught_by_its_default(tmp_path: Path) -> None:
    path = _sheet(
        tmp_path,
        "language: nb\nmarket: NO\nshipping:\n  cost:\n    default: 69 kr\n    international: 199 kr\n"
        "delivery:\n  time:\n    express: 1-2 virkedager\n",
    )
    modules = build_policy_module(path)
    nb = modules["nb"]
    assert [s.id for s in nb.sections] == ["shipping"]  # no default: nothing to teach
    cost = next(q for q in nb.questions if q.id.startswith("shipping-cost-choice-"))
    assert [c.text for c in cost.answer.choices if c.correct] == ["69 NOK"]
    # The same ids as a sheet that gives the default value alone.
    plain = build_policy_module({"language": "nb", "shipping": {"cost": "69 kr"}})
    assert [q.id for q in plain["en"].questions] == [q.id for q in modules["en"].questions]


def test_a_loaded_sheet_or_its_data_give_the_same_module() -> None:
    sheet = load_policy(SHEET)
    from_sheet = build_policy_module(sheet)
    from_file = build_policy_module(SHEET)
    assert isinstance(sheet, PolicySheet)
    for language in ("en", "de", "nb"):
        assert [(q.id, q.prompt) for q in from_sheet[language].questions] == [
            (q.id, q.prompt) for q in from_file[language].questions
        ]


def test_bundled_question_texts_cover_the_contract_topics() -> None:
    texts = question_texts()
    for topic in (
        "returns.window",
        "returns.refund_time",
        "delivery.time",
        "shipping.cost",
        "shipping.free_threshold",
        "support.response_time",
        "support.hours",
        "warranty.length",
    ):
        assert texts.text(topic, "lesson", "de") != texts.generic["lesson"]["de"], topic
    assert texts.text("guarantee.money_back", "lesson_false", "en").startswith("We do not offer")
    assert texts.section_title("returns", "nb") == "Retur og refusjon"


def test_question_texts_beside_the_users_topics_are_used(more_topics: Path, tmp_path: Path) -> None:
    shutil.copy(BUNDLED_QUESTIONS, more_topics / QUESTIONS_FILE)
    with (more_topics / QUESTIONS_FILE).open("a", encoding="utf-8") as out:
        out.write(
            "  returns.exchange_time:\n"
            "    choice:\n"
            "      en: How soon do we exchange an item?\n"
            "      de: Wie schnell tauschen wir einen Artikel um?\n"
            "      nb: Hvor raskt bytter vi en vare?\n"
        )
    modules = build_policy_module(_sheet(tmp_path, NEW_TOPICS_SHEET))
    choice = next(
        q for q in modules["de"].questions if q.id.startswith("returns-exchange-time-choice-")
    )
    assert choice.prompt == "Wie schnell tauschen wir einen Artikel um?"
    # The texts it leaves out are the generic ones.
    statement = next(
        q for q in modules["en"].questions if q.id.startswith("returns-exchange-time-tf-")
    )
    assert statement.prompt.startswith("We promise exchanges within ")


GENERIC = """\
generic:
  choice: {en: "Which {name}?", de: "Welche {name}?", nb: "Hvilken {name}?"}
  statement: {en: "{says}.", de: "{says}.", nb: "{says}."}
  number: {en: "{unit}?", de: "{unit}?", nb: "{unit}?"}
  lesson: {en: "{says}.", de: "{says}.", nb: "{says}."}
  lesson_true: {en: "{says}.", de: "{says}.", nb: "{says}."}
  lesson_false: {en: "{says}.", de: "{says}.", nb: "{says}."}
"""


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (
            GENERIC
            + "topics:\n  returns.window:\n    lesson:\n      en: Within {valeu}.\n      de: x\n      nb: y\n",
            11,
            "unknown placeholder {valeu}; this text may use {name}, {says}, {value}",
        ),
        (
            GENERIC + "topics:\n  returns.window:\n    lesson: {en: a, de: b}\n",
            10,
            "the text in 'nb' is missing",
        ),
        (
            GENERIC + "topics:\n  returns.window:\n    hint: {en: a, de: b, nb: c}\n",
            10,
            "unknown text 'hint'",
        ),
        (
            GENERIC + "topics:\n  returns.windw:\n    lesson: {en: a, de: b, nb: c}\n",
            9,
            "unknown topic 'returns.windw'",
        ),
        (
            GENERIC + "topics:\n  returns.window:\n    number: {en: '{unit', de: b, nb: c}\n",
            10,
            "a brace is not closed",
        ),
        (
            GENERIC + "sections:\n  returns: Returns\n",
            9,
            "sections.returns must give the text in en, de, nb",
        ),
        (
            GENERIC.replace('  lesson_false: {en: "{says}.", de: "{says}.", nb: "{says}."}\n', ""),
            1,
            "generic needs every text; missing: lesson_false",
        ),
        ("topics: {}\n", 1, "'generic' texts are required"),
        (GENERIC + "question: 1\n", 8, "unknown key 'question'"),
    ],
)
def test_question_text_mistakes_name_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / QUESTIONS_FILE
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleError) as info:
        load_question_texts(path)
    assert words in info.value.message
    assert (info.value.path, info.value.line) == (str(path), line)


def test_edited_question_texts_reach_the_generated_module(
    more_topics: Path, tmp_path: Path
) -> None:
    from cx_trainer.training import ensure_policy_module

    sheet = _sheet(tmp_path, NEW_TOPICS_SHEET)
    root = tmp_path / "modules"
    folder = ensure_policy_module(sheet, root)
    assert folder is not None
    first = (folder / "en.yml").stat().st_mtime_ns
    assert ensure_policy_module(sheet, root) == folder
    assert (folder / "en.yml").stat().st_mtime_ns == first  # nothing changed: not rewritten
    texts = more_topics / QUESTIONS_FILE
    texts.write_text(
        BUNDLED_QUESTIONS.read_text(encoding="utf-8").replace(
            "A customer asks about our {name}. Which answer is right?", "What is our {name}?"
        ),
        encoding="utf-8",
    )
    ensure_policy_module(sheet, root)
    assert load_module_set(folder)["en"].questions  # still a valid module
    assert "What is our exchange time?" in (folder / "en.yml").read_text(encoding="utf-8")

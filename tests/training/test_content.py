"""Content checks over every bundled training module (resources/modules/*/).

These tests read the modules with the real loader and then hold the content to the rules of
``docs/module-format.md`` and the content brief: every outline point of the seed articles is
taught and tested in every language, the languages agree on ids, kinds and answers, every answer
is valid for its kind, and the usual quiz-writing mistakes (duplicate prompts, "all of the
above", the right answer always in the same place, missing explanations) are caught.

Tests are parametrized by module (and language where it matters), and every failure message
names the module, the language and the question or section at fault.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from cx_trainer import paths
from cx_trainer.training import load_module_set

#: The bundled modules (``CX_TRAINER_RESOURCES`` may point elsewhere, e.g. to check a copy).
MODULES_DIR = paths.modules_dir()
OUTLINE_PATH = MODULES_DIR / "outline.yml"
LANGS = ("en", "de", "nb")

MIN_QUESTIONS = 14
MIN_KINDS = 4
MIN_SECTIONS, MAX_SECTIONS = 4, 8
MIN_SECTION_WORDS = 60
#: No choice position may hold more than this share of a module's single-choice answers.
MAX_SINGLE_POSITION_SHARE = 0.6
#: The spread checks only make sense with at least this many single-choice questions.
MIN_SINGLES_FOR_SPREAD = 3
#: The right single choice may be the strictly longest choice in at most this share of a
#: module's single-choice questions (per language), or learners can pick the longest and pass.
MAX_LONGEST_CORRECT_SHARE = 0.6
MAX_CHOICES = 8


# --------------------------------------------------------------------------------------------
# Discovery


def _module_dirs() -> list[Path]:
    if not MODULES_DIR.is_dir():
        return []
    return sorted(
        d
        for d in MODULES_DIR.iterdir()
        if d.is_dir() and not d.name.startswith((".", "_")) and any(d.glob("*.yml"))
    )


MODULE_IDS = [d.name for d in _module_dirs()]


def _load_outline() -> dict:
    with OUTLINE_PATH.open(encoding="utf-8") as handle:
        return YAML(typ="safe").load(handle)


OUTLINE = _load_outline()
#: article number -> module id
ARTICLE_MODULE = {str(nr): str(a["module"]) for nr, a in OUTLINE["articles"].items()}
#: article number -> its point ids
ARTICLE_POINTS = {str(nr): list(a["points"]) for nr, a in OUTLINE["articles"].items()}
ALL_POINTS = {p for points in ARTICLE_POINTS.values() for p in points}
#: The modules the outline asks for, one per article; each must exist in every language.
EXPECTED_MODULES = sorted(set(ARTICLE_MODULE.values()))
#: The five modules of the content brief, as a check on the outline itself.
BRIEF_MODULES = {
    "setting-expectations",
    "expectation-tips",
    "unreasonable-expectations",
    "improving-service",
    "expectation-gaps",
}


@cache
def module_set(module_id: str):
    """The module in all its languages, loaded by the real loader (cached per test run)."""
    return load_module_set(MODULES_DIR / module_id)


def _loaded(module_id: str):
    """The module set, or a test failure naming the module when it does not load."""
    try:
        return module_set(module_id)
    except Exception as exc:  # the loader raises ModuleError; show it as a content failure
        pytest.fail(f"module {module_id!r} does not load: {exc}")


def _need_modules() -> None:
    if not MODULE_IDS:
        pytest.skip("no modules under resources/modules yet")


def _norm(text: str) -> str:
    """Text for comparison: NFKC, case-folded, Markdown and punctuation dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[*_`>#\[\]()\"'“”„‘’«»]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _where(module_id: str, lang: str, question_id: str | None = None) -> str:
    place = f"{module_id}/{lang}.yml"
    return f"{place} question {question_id!r}" if question_id else place


# --------------------------------------------------------------------------------------------
# The outline itself


def test_outline_is_well_formed():
    assert ARTICLE_MODULE, "outline.yml lists no articles"
    seen: dict[str, str] = {}
    for article, points in ARTICLE_POINTS.items():
        assert points, f"article {article} in outline.yml has no points"
        for point in points:
            assert point.startswith(f"{article}."), (
                f"point {point!r} is listed under article {article}; ids start with the article number"
            )
            assert point not in seen, f"point {point!r} is listed twice in outline.yml"
            seen[point] = article
    modules = list(ARTICLE_MODULE.values())
    assert len(modules) == len(set(modules)), f"two articles name the same module: {modules}"


def test_outline_names_the_expected_modules():
    assert set(EXPECTED_MODULES) == BRIEF_MODULES, (
        f"outline.yml names modules {EXPECTED_MODULES}, expected {sorted(BRIEF_MODULES)}"
    )


@pytest.mark.parametrize("module_id", EXPECTED_MODULES)
def test_expected_module_exists_in_every_language(module_id):
    """Every module the outline names is written, in every language (never skipped)."""
    folder = MODULES_DIR / module_id
    assert folder.is_dir(), f"module {module_id!r} named in outline.yml has no folder {folder}"
    missing = [f"{lang}.yml" for lang in LANGS if not (folder / f"{lang}.yml").is_file()]
    assert not missing, f"module {module_id!r} has no {', '.join(missing)}"
    modules = _loaded(module_id)
    absent = [lang for lang in LANGS if lang not in modules]
    assert not absent, f"module {module_id!r}: the loader found no {', '.join(absent)} version"


# --------------------------------------------------------------------------------------------
# Loading and languages


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_module_loads_in_all_languages(module_id):
    modules = _loaded(module_id)
    missing = [lang for lang in LANGS if lang not in modules]
    assert not missing, (
        f"module {module_id!r} has no {', '.join(lang + '.yml' for lang in missing)}"
    )
    for lang, module in modules.items():
        assert module.id == module_id, f"{_where(module_id, lang)}: id is {module.id!r}"
        assert module.language == lang, (
            f"{_where(module_id, lang)}: language is {module.language!r}"
        )
        assert module.title.strip(), f"{_where(module_id, lang)}: empty title"
        assert module.summary.strip(), f"{_where(module_id, lang)}: empty summary"
        assert 1 <= module.pass_mark <= 100, (
            f"{_where(module_id, lang)}: pass_mark {module.pass_mark}"
        )


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_module_source_matches_outline(module_id):
    modules = _loaded(module_id)
    for lang, module in modules.items():
        if module.source is None:
            continue
        assert module.source in ARTICLE_MODULE, (
            f"{_where(module_id, lang)}: source {module.source!r} is not an article of outline.yml"
        )
        assert ARTICLE_MODULE[module.source] == module_id, (
            f"{_where(module_id, lang)}: source {module.source!r} belongs to module "
            f"{ARTICLE_MODULE[module.source]!r} in outline.yml"
        )
    sources = {m.source for m in modules.values()}
    assert len(sources) == 1, f"module {module_id!r}: languages give different sources {sources}"


def _answer_summary(q) -> str:
    """The language-independent part of a question's answer, for comparing translations."""
    if q.kind in ("single", "multiple"):
        right = [i + 1 for i in q.answer.correct_indices()]
        return f"{len(q.answer.choices)} choices, correct {right}"
    if q.kind == "true_false":
        return f"answer {q.answer.value}"
    if q.kind == "numeric":
        return f"accepts {q.answer.accepted_interval()}"
    if q.kind == "matching":
        return f"{len(q.answer.pairs)} pairs"
    if q.kind == "ordering":
        return f"{len(q.answer.items)} items"
    return f"{len(q.answer.answers)} accepted answers" if q.kind == "short" else q.kind


def _answer_difference(q, ref) -> str | None:
    """How ``q``'s answer differs from the same question in the reference language, if it does."""
    if q.kind == "short":  # accepted answers are words of each language; only require some
        return None if q.answer.answers else "no accepted answers"
    mine = _answer_summary(q)
    return None if mine == _answer_summary(ref) else mine


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_languages_agree(module_id):
    """Ids, kinds, sections, covers and answers are the same in every language.

    The loader refuses most disagreements already; this states the rule independently so a
    weaker loader cannot let a mismatch through.
    """
    modules = _loaded(module_id)
    ref_lang = "en" if "en" in modules else next(iter(modules))
    ref = modules[ref_lang]
    problems: list[str] = []
    for lang, module in modules.items():
        if lang == ref_lang:
            continue
        where = _where(module_id, lang)
        if module.pass_mark != ref.pass_mark:
            problems.append(f"{where}: pass_mark {module.pass_mark} != {ref.pass_mark}")
        if [s.id for s in module.sections] != [s.id for s in ref.sections]:
            problems.append(f"{where}: section ids differ from {ref_lang}.yml")
        else:
            for s, rs in zip(module.sections, ref.sections, strict=True):
                if sorted(s.covers) != sorted(rs.covers):
                    problems.append(
                        f"{where} section {s.id!r}: covers {list(s.covers)} != {list(rs.covers)}"
                    )
        if [q.id for q in module.questions] != [q.id for q in ref.questions]:
            problems.append(f"{where}: question ids differ from {ref_lang}.yml")
            continue
        for q, rq in zip(module.questions, ref.questions, strict=True):
            qwhere = _where(module_id, lang, q.id)
            if q.kind != rq.kind:
                problems.append(f"{qwhere}: kind {q.kind!r} != {rq.kind!r}")
                continue
            if q.section != rq.section:
                problems.append(f"{qwhere}: section {q.section!r} != {rq.section!r}")
            if sorted(q.covers) != sorted(rq.covers):
                problems.append(f"{qwhere}: covers {list(q.covers)} != {list(rq.covers)}")
            difference = _answer_difference(q, rq)
            if difference:
                problems.append(f"{qwhere}: {difference} ({ref_lang}.yml: {_answer_summary(rq)})")
    assert not problems, "languages disagree:\n" + "\n".join(problems)


# --------------------------------------------------------------------------------------------
# Coverage of the outline


@pytest.mark.parametrize("article", sorted(ARTICLE_MODULE))
def test_outline_points_are_taught_and_tested(article):
    module_id = ARTICLE_MODULE[article]
    if module_id not in MODULE_IDS:
        pytest.fail(f"module {module_id!r} for article {article} does not exist")
    modules = _loaded(module_id)
    problems: list[str] = []
    for lang in LANGS:
        module = modules.get(lang)
        if module is None:
            problems.append(f"{_where(module_id, lang)}: missing")
            continue
        taught = {p for s in module.sections for p in s.covers}
        tested = {p for q in module.questions for p in q.covers}
        for point in ARTICLE_POINTS[article]:
            if point not in taught:
                problems.append(f"{_where(module_id, lang)}: no section covers {point}")
            if point not in tested:
                problems.append(f"{_where(module_id, lang)}: no question covers {point}")
    assert not problems, f"article {article} is not fully covered:\n" + "\n".join(problems)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_covers_name_outline_points(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        for section in module.sections:
            for point in section.covers:
                if point not in ALL_POINTS:
                    problems.append(
                        f"{_where(module_id, lang)} section {section.id!r}: unknown point {point!r}"
                    )
            if len(set(section.covers)) != len(section.covers):
                problems.append(
                    f"{_where(module_id, lang)} section {section.id!r}: a point is listed twice"
                )
        for q in module.questions:
            for point in q.covers:
                if point not in ALL_POINTS:
                    problems.append(f"{_where(module_id, lang, q.id)}: unknown point {point!r}")
            if len(set(q.covers)) != len(q.covers):
                problems.append(f"{_where(module_id, lang, q.id)}: a point is listed twice")
    assert not problems, "covers names points that outline.yml does not have:\n" + "\n".join(
        problems
    )


# --------------------------------------------------------------------------------------------
# Answers valid for their kind


def _answer_problems(q) -> list[str]:
    problems: list[str] = []
    if q.kind in ("single", "multiple"):
        right = q.answer.correct_indices()
        if not 2 <= len(q.answer.choices) <= MAX_CHOICES:
            problems.append(f"has {len(q.answer.choices)} choices (2..{MAX_CHOICES})")
        if q.kind == "single" and len(right) != 1:
            problems.append(f"single choice with {len(right)} correct choices")
        if q.kind == "multiple":
            if not right:
                problems.append("multiple choice with no correct choice")
            if len(right) == len(q.answer.choices):
                problems.append("multiple choice where every choice is correct (picking all wins)")
        texts = [_norm(c.text) for c in q.answer.choices]
        if any(not t for t in texts):
            problems.append("a choice has no text")
        dupes = [t for t, n in Counter(texts).items() if n > 1 and t]
        if dupes:
            problems.append(f"choices repeat: {dupes}")
    elif q.kind == "true_false":
        if not isinstance(q.answer.value, bool):
            problems.append(f"answer {q.answer.value!r} is not true/false")
    elif q.kind == "short":
        answers = [a.strip() for a in q.answer.answers]
        if not answers or any(not a or a.strip("*") == "" for a in answers):
            problems.append("needs non-empty accepted answers that are more than a wildcard")
        folded = [a.casefold() for a in answers]
        if len(set(folded)) != len(folded):
            problems.append("an accepted answer is listed twice")
    elif q.kind == "matching":
        if len(q.answer.pairs) < 2:
            problems.append("needs at least 2 pairs")
        lefts = [_norm(left) for left, _ in q.answer.pairs]
        rights = [_norm(right) for _, right in q.answer.pairs]
        if len(set(lefts)) != len(lefts):
            problems.append("left sides are not distinct")
        if len(set(rights)) != len(rights):
            problems.append("right sides are not distinct (the match would be ambiguous)")
        if any(not t for t in lefts + rights):
            problems.append("a pair has an empty side")
    elif q.kind == "ordering":
        items = [_norm(i) for i in q.answer.items]
        if len(items) < 2:
            problems.append("needs at least 2 items")
        if len(set(items)) != len(items):
            problems.append("items are not distinct")
    elif q.kind == "numeric":
        interval = q.answer.accepted_interval()
        if interval is None:
            problems.append("has no numeric answer or range")
        else:
            low, high = interval
            if not (math.isfinite(low) and math.isfinite(high)) or low > high:
                problems.append(f"accepted interval {interval} is invalid")
        if q.answer.range is None and q.answer.tolerance < 0:
            problems.append("negative tolerance")
    else:
        problems.append(f"unknown kind {q.kind!r}")
    return problems


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_answers_are_valid_for_their_kind(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        for q in module.questions:
            problems += [
                f"{_where(module_id, lang, q.id)} ({q.kind}): {p}" for p in _answer_problems(q)
            ]
    assert not problems, "invalid answers:\n" + "\n".join(problems)


# --------------------------------------------------------------------------------------------
# Content lint


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_module_size_and_variety(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        where = _where(module_id, lang)
        n_questions = len(module.questions)
        kinds = sorted({q.kind for q in module.questions})
        n_sections = len(module.sections)
        if n_questions < MIN_QUESTIONS:
            problems.append(f"{where}: {n_questions} questions, needs at least {MIN_QUESTIONS}")
        if len(kinds) < MIN_KINDS:
            problems.append(
                f"{where}: only {len(kinds)} question kinds {kinds}, needs at least {MIN_KINDS}"
            )
        if not MIN_SECTIONS <= n_sections <= MAX_SECTIONS:
            problems.append(
                f"{where}: {n_sections} sections, needs {MIN_SECTIONS} to {MAX_SECTIONS}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_sections_have_substance(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        ids = [s.id for s in module.sections]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(f"{_where(module_id, lang)}: section id {dup!r} is used twice")
        for section in module.sections:
            where = f"{_where(module_id, lang)} section {section.id!r}"
            if not section.title.strip():
                problems.append(f"{where}: empty title")
            words = len(section.body.split())
            if words < MIN_SECTION_WORDS:
                problems.append(
                    f"{where}: body has {words} words, needs at least {MIN_SECTION_WORDS}"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_questions_have_explanation_section_and_prompt(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        section_ids = {s.id for s in module.sections}
        ids = [q.id for q in module.questions]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problems.append(f"{_where(module_id, lang)}: question id {dup!r} is used twice")
        for q in module.questions:
            where = _where(module_id, lang, q.id)
            if not q.prompt.strip():
                problems.append(f"{where}: empty prompt")
            if not q.explanation.strip():
                problems.append(f"{where}: no explanation")
            elif _norm(q.explanation) == _norm(q.prompt):
                problems.append(f"{where}: the explanation only repeats the prompt")
            if q.section not in section_ids:
                problems.append(f"{where}: section {q.section!r} does not exist")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_prompts_across_modules(lang):
    _need_modules()
    seen: dict[str, list[str]] = defaultdict(list)
    for module_id in MODULE_IDS:
        module = _loaded(module_id).get(lang)
        if module is None:
            continue
        for q in module.questions:
            seen[_norm(q.prompt)].append(_where(module_id, lang, q.id))
    dupes = [places for places in seen.values() if len(places) > 1]
    assert not dupes, "the same prompt is used more than once:\n" + "\n".join(
        " = ".join(places) for places in dupes
    )


#: "All/none of the above" and their German and Norwegian equivalents. Searched in choice texts.
CATCH_ALL_PATTERNS = [
    # English
    r"\b(all|none|both|neither|any)\s+(of\s+)?(the\s+)?(above|previous|preceding|foregoing)\b",
    r"\b(all|none|both|neither)\s+of\s+(these|them|those)\b",
    r"\bthe\s+above\s+(answers|options|choices|statements)\b",
    # German
    r"\b(alle|keine|beide|keiner|jede)\w*\s+(der\s+|die\s+)?(oben\s*)?(genannt|aufgef[üu]hrt|stehend|angegeben|vorherig|obig)\w*",
    r"\boben\s*(genannt|stehend|aufgef[üu]hrt)\w*\s+(antwort|option|aussage|m[öo]glichkeit)\w*",
    r"^(alle|keine)\s+(davon|dieser|der\s+antworten|antworten)\b",
    r"^(beides|keines\s+davon|weder\s+noch)\b",
    # Norwegian Bokmål
    r"\b(ovennevnt\w*|ovenstående|overnevnt\w*|nevnt\w*\s+ovenfor)\b",
    r"^(alle|ingen)\s+(av\s+)?(disse|dem|svarene|alternativene)\b",
    r"^(begge\s+deler|ingen\s+av\s+delene)\b",
]
CATCH_ALL_RE = [re.compile(p, re.IGNORECASE) for p in CATCH_ALL_PATTERNS]


def _catch_all(text: str) -> str | None:
    plain = " ".join(text.split()).strip(" .!*_")
    for pattern in CATCH_ALL_RE:
        if pattern.search(plain):
            return pattern.pattern
    return None


@pytest.mark.parametrize(
    "text",
    [
        "All of the above",
        "None of the above.",
        "Both of the above",
        "Alle oben genannten",
        "Keine der genannten Antworten",
        "Keine der oben genannten Möglichkeiten",
        "Alle genannten",
        "Alle de ovennevnte",
        "Ingen av de ovennevnte",
        "Alle disse",
        "Ingen av alternativene",
    ],
)
def test_catch_all_detector_finds(text):
    assert _catch_all(text), f"the catch-all detector misses {text!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Falling sales and profit.",
        "Alle Kanäle nennen dieselbe Antwortzeit.",
        "Sinkender Umsatz und Gewinn.",
        "Flere kunder går over til andre leverandører.",
        "Ingen fare, vi ordner det.",
        "Mention the 30-day return window above the order button.",
    ],
)
def test_catch_all_detector_leaves_normal_text(text):
    assert _catch_all(text) is None, f"the catch-all detector wrongly flags {text!r}"


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_no_all_or_none_of_the_above(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        for q in module.questions:
            for index, choice in enumerate(getattr(q.answer, "choices", ())):
                if _catch_all(choice.text):
                    problems.append(
                        f"{_where(module_id, lang, q.id)} choice {index + 1}: {choice.text!r}"
                    )
    assert not problems, "'all/none of the above' style choices:\n" + "\n".join(problems)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_single_choice_answers_are_spread(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        singles = [
            q for q in module.questions if q.kind == "single" and len(q.answer.correct_indices()) == 1
        ]
        if len(singles) < MIN_SINGLES_FOR_SPREAD:
            continue
        positions = Counter(q.answer.correct_indices()[0] for q in singles)
        where = _where(module_id, lang)
        if len(positions) == 1:
            (index,) = positions
            problems.append(f"{where}: every single-choice answer is choice {index + 1}")
        index, count = positions.most_common(1)[0]
        share = count / len(singles)
        if share > MAX_SINGLE_POSITION_SHARE:
            listed = ", ".join(q.id for q in singles if q.answer.correct_indices()[0] == index)
            problems.append(
                f"{where}: choice {index + 1} is right in {count} of {len(singles)} single-choice "
                f"questions ({share:.0%} > {MAX_SINGLE_POSITION_SHARE:.0%}): {listed}"
            )
    assert not problems, "\n".join(problems)


def _correct_is_strictly_longest(q) -> bool:
    """Whether the (single) correct choice has more characters than every other choice."""
    (right,) = q.answer.correct_indices()
    lengths = [len(c.text.strip()) for c in q.answer.choices]
    return all(lengths[right] > n for i, n in enumerate(lengths) if i != right)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_correct_single_choice_is_not_usually_the_longest(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        singles = [
            q for q in module.questions if q.kind == "single" and len(q.answer.correct_indices()) == 1
        ]
        if len(singles) < MIN_SINGLES_FOR_SPREAD:
            continue
        longest = [q.id for q in singles if _correct_is_strictly_longest(q)]
        share = len(longest) / len(singles)
        if share > MAX_LONGEST_CORRECT_SHARE:
            problems.append(
                f"{_where(module_id, lang)}: the right choice is the longest in {len(longest)} of "
                f"{len(singles)} single-choice questions ({share:.0%} > "
                f"{MAX_LONGEST_CORRECT_SHARE:.0%}): {', '.join(longest)}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("module_id", MODULE_IDS)
def test_true_false_answers_are_not_all_the_same(module_id):
    problems: list[str] = []
    for lang, module in _loaded(module_id).items():
        answers = [q.answer.value for q in module.questions if q.kind == "true_false"]
        if len(answers) >= 2 and len(set(answers)) == 1:
            problems.append(
                f"{_where(module_id, lang)}: all {len(answers)} true/false answers are {answers[0]}"
            )
    assert not problems, "\n".join(problems)

"""Readability kinds.

``readability_target``: the document's primary formula (Flesch reading ease for English,
Flesch-Amstad for German, LIX for Bokmål) against a target per channel. Keys:
    targets: {lang: {channel: number}}; for Flesch formulas the value must reach the target, for
             LIX stay at or below it.
When a document misses its target, one finding is placed on its hardest sentence.

``sentence_difficulty``: long or hard sentences, as Hemingway marks them. Keys:
    words: {lang: n}: a sentence of n words or more is flagged;
    score: {lang: x}: a sentence of at least ``min_words`` words whose own formula value is on
           the hard side of x (below it for Flesch, above it for LIX) is flagged;
    min_words: shortest sentence the score applies to (default 12);
    yield_to: [rule ids]: drop this rule's finding on a sentence those rules flag (the hard
           sentence rule yields to the very hard one).
Message slots: ``{words}``, ``{value}``, ``{target}``, ``{formula}``, ``{channel}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cx_trainer.audit.context import CHANNELS, AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding
from cx_trainer.text.counts import SentenceStats
from cx_trainer.text.readability import HIGHER_IS_EASIER, PRIMARY_FORMULA, measure, sentence_grade

__all__ = ["SENTENCE_SPEC", "TARGET_SPEC", "SentenceCheck", "TargetCheck", "meets_target"]

FORMULA_NAMES = {
    "flesch_reading_ease": "Flesch reading ease",
    "flesch_amstad": "Flesch-Amstad",
    "lix": "LIX",
}


def meets_target(formula: str, value: float, target: float) -> bool:
    """Whether ``value`` of ``formula`` is at least as easy as ``target``."""
    return value >= target if HIGHER_IS_EASIER[formula] else value <= target


def _harder_than(formula: str, value: float, threshold: float) -> bool:
    return value < threshold if HIGHER_IS_EASIER[formula] else value > threshold


def _sentence_span(ctx: AuditContext, s: SentenceStats) -> tuple[int, int]:
    """The sentence's span without trailing white space."""
    text = ctx.text
    end = s.end
    while end > s.start and text[end - 1].isspace():
        end -= 1
    return s.start, end


@dataclass(frozen=True)
class TargetCheck:
    """A built ``readability_target`` rule."""

    meta: RuleMeta
    targets: Mapping[str, Mapping[str, float]]

    def target(self, lang: str, channel: str) -> float:
        """The target for ``lang`` and ``channel``."""
        return float(self.targets[lang][channel])

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """One finding on the hardest sentence when the document misses its target."""
        if ctx.stats.words < 15 or ctx.language not in self.targets:
            return []
        result = measure(ctx.stats, ctx.language)
        target = self.target(ctx.language, ctx.channel)
        if meets_target(result.formula, result.value, target) or not ctx.stats.sentence_list:
            return []
        hardest = max(
            ctx.stats.sentence_list,
            key=lambda s: (
                -sentence_grade(s, ctx.language)
                if HIGHER_IS_EASIER[result.formula]
                else sentence_grade(s, ctx.language),
                s.words,
            ),
        )
        start, end = _sentence_span(ctx, hardest)
        return [
            ctx.finding(
                self.meta,
                start,
                end,
                value=f"{result.value:g}",
                target=f"{target:g}",
                formula=FORMULA_NAMES[result.formula],
                channel=ctx.channel,
            )
        ]


@dataclass(frozen=True)
class SentenceCheck:
    """A built ``sentence_difficulty`` rule."""

    meta: RuleMeta
    words: Mapping[str, int]
    score: Mapping[str, float]
    min_words: int
    yield_to: tuple[str, ...] = ()

    def is_flagged(self, s: SentenceStats, lang: str) -> bool:
        """Whether this rule flags a sentence with these counts."""
        if lang in self.words and s.words >= self.words[lang]:
            return True
        if lang in self.score and s.words >= self.min_words:
            return _harder_than(PRIMARY_FORMULA[lang], sentence_grade(s, lang), self.score[lang])
        return False

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """A finding per flagged sentence."""
        out = []
        for s in ctx.stats.sentence_list:
            if self.is_flagged(s, ctx.language):
                start, end = _sentence_span(ctx, s)
                value = sentence_grade(s, ctx.language)
                out.append(
                    ctx.finding(
                        self.meta,
                        start,
                        end,
                        words=s.words,
                        value=f"{value:.0f}",
                        formula=FORMULA_NAMES[PRIMARY_FORMULA[ctx.language]],
                    )
                )
        return out


def _build_target(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> TargetCheck:
    raw = rd.per_language("targets", Mapping)
    targets: dict[str, dict[str, float]] = {}
    for lang, block in raw.items():
        missing = [c for c in CHANNELS if c not in block]
        unknown = [str(c) for c in block if c not in CHANNELS]
        if missing or unknown:
            raise rd.error(
                f"targets.{lang} must give a number for each channel ({', '.join(CHANNELS)})"
                + (f"; unknown: {', '.join(unknown)}" if unknown else "")
                + (f"; missing: {', '.join(missing)}" if missing else ""),
                lang,
                rd.get("targets"),
            )
        for channel, value in block.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise rd.error(f"targets.{lang}.{channel} must be a number", channel, block)
        targets[lang] = {str(c): float(v) for c, v in block.items()}
    return TargetCheck(meta, targets)


def _build_sentence(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> SentenceCheck:
    words = {k: int(v) for k, v in rd.per_language("words", int, required=False).items()}
    score = {k: float(v) for k, v in rd.per_language("score", (int, float), required=False).items()}
    if not words and not score:
        raise rd.error("give 'words', 'score' or both", None)
    min_words = int(rd.number("min_words", 12))
    yield_to = rd.get("yield_to", [])
    if not isinstance(yield_to, list) or not all(isinstance(r, str) for r in yield_to):
        raise rd.error("'yield_to' must be a list of rule ids", "yield_to")
    return SentenceCheck(meta, words, score, min_words, tuple(str(r) for r in yield_to))


TARGET_SPEC = KindSpec(
    name="readability_target",
    required=frozenset({"targets"}),
    optional=frozenset(),
    build=_build_target,
    description="The document's readability formula against a target per channel.",
)
SENTENCE_SPEC = KindSpec(
    name="sentence_difficulty",
    required=frozenset(),
    optional=frozenset({"words", "score", "min_words", "yield_to"}),
    build=_build_sentence,
    description="Long or hard sentences.",
)

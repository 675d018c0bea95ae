"""The ``phrases`` kind: word and phrase lists per language (jargon, vague timelines,
over-promises), matched with spaCy's PhraseMatcher on stems, lemmas or exact forms.

Rule keys:
    entries: {lang: {phrase: [suggestions...] | {suggestions: [...], match: stem|lemma|exact,
             note: text}}}
    match: the default way to match entries: ``stem`` (inflections count; the default),
           ``lemma`` or ``exact`` (lower-cased surface form).
    unless_preceded_by: {lang: [words]}: skip a match when one of these words stands among the
           three words before it (negations: "we don't guarantee").
    unless_followed_by: {lang: [words]}: likewise for the three words after it.
    glossary: ``allow``: the organisation glossary's allowed terms are removed from the list;
           ``all`` (or true): also the glossary's added terms join this rule's list (give this
           to one rule only, the one for the company's own insider terms).

Message slots: ``{match}``, ``{suggestion}``, ``{suggestions}``, ``{note}``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.util import filter_spans

from cx_trainer.audit.context import AuditContext, RuleMeta
from cx_trainer.audit.kinds import BuildContext, KindSpec, RuleData
from cx_trainer.audit.model import Finding
from cx_trainer.text.pipeline import LazyPhraseMatcher

__all__ = ["SPEC", "PhraseCheck", "PhraseEntry"]

_ATTRS = {"stem": "NORM", "lemma": "LEMMA", "exact": "LOWER"}
_WINDOW = 3


@dataclass(frozen=True)
class PhraseEntry:
    """One listed phrase with its suggestions and an optional note."""

    phrase: str
    suggestions: tuple[str, ...] = ()
    match: str = "stem"
    note: str = ""


@dataclass(frozen=True)
class _LanguageMatcher:
    matchers: tuple[tuple[str, LazyPhraseMatcher], ...]
    entries: Mapping[str, PhraseEntry]
    preceded: frozenset[str]
    followed: frozenset[str]


@dataclass(frozen=True)
class PhraseCheck:
    """A built ``phrases`` rule."""

    meta: RuleMeta
    languages: Mapping[str, _LanguageMatcher] = field(default_factory=dict)

    def entries(self, lang: str) -> list[PhraseEntry]:
        """The phrases listed for ``lang``."""
        lm = self.languages.get(lang)
        return list(lm.entries.values()) if lm else []

    def run(self, ctx: AuditContext) -> Iterable[Finding]:
        """Flag every listed phrase in the document, longest match first, once."""
        lm = self.languages.get(ctx.language)
        if lm is None:
            return []
        doc = ctx.doc
        spans = []
        for _attr, matcher in lm.matchers:
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label = match_id
                spans.append(span)
        out: list[Finding] = []
        for span in filter_spans(spans):
            if ctx.skipped(span.start_char, span.end_char):
                continue
            if lm.preceded and any(
                t.lower_ in lm.preceded for t in doc[max(0, span.start - _WINDOW) : span.start]
            ):
                continue
            if lm.followed and any(t.lower_ in lm.followed for t in doc[span.end : span.end + _WINDOW]):
                continue
            entry = lm.entries.get(doc.vocab.strings[span.label])
            if entry is None:  # pragma: no cover - every key comes from entries
                continue
            out.append(
                ctx.finding(
                    self.meta,
                    span.start_char,
                    span.end_char,
                    suggestions=entry.suggestions,
                    note=entry.note,
                )
            )
        return out


def _parse_entries(rd: RuleData, lang: str, block: Any, default_match: str) -> list[PhraseEntry]:
    if not isinstance(block, Mapping):
        raise rd.error(f"entries.{lang} must map phrases to suggestion lists", lang, rd.get("entries"))
    out = []
    for phrase, value in block.items():
        if not isinstance(phrase, str) or not phrase.strip():
            raise rd.error(f"entries.{lang}: a phrase must be non-empty text", phrase, block)
        suggestions: list[str] = []
        match = default_match
        note = ""
        if value is None:
            pass
        elif isinstance(value, list):
            suggestions = [str(s) for s in value]
        elif isinstance(value, Mapping):
            unknown = set(value) - {"suggestions", "match", "note"}
            if unknown:
                raise rd.error(
                    f"entries.{lang}.{phrase}: unknown key(s) {', '.join(sorted(map(str, unknown)))}; "
                    "valid: suggestions, match, note",
                    phrase,
                    block,
                )
            suggestions = [str(s) for s in value.get("suggestions", []) or []]
            match = str(value.get("match", default_match))
            note = str(value.get("note", ""))
        else:
            raise rd.error(
                f"entries.{lang}.{phrase}: expected a list of suggestions or a mapping", phrase, block
            )
        if match not in _ATTRS:
            raise rd.error(f"entries.{lang}.{phrase}: match must be stem, lemma or exact", phrase, block)
        out.append(PhraseEntry(str(phrase).strip(), tuple(suggestions), match, note))
    return out


def _words(rd: RuleData, key: str) -> dict[str, frozenset[str]]:
    raw = rd.per_language(key, list, required=False)
    return {lang: frozenset(str(w).lower() for w in words) for lang, words in raw.items()}


def build(meta: RuleMeta, rd: RuleData, bctx: BuildContext) -> PhraseCheck:
    """Validate the kind's keys and build the matchers."""
    default_match = rd.get("match", "stem")
    if default_match not in _ATTRS:
        raise rd.error("'match' must be stem, lemma or exact", "match")
    raw_entries = rd.per_language("entries", Mapping)
    preceded = _words(rd, "unless_preceded_by")
    followed = _words(rd, "unless_followed_by")
    glossary = rd.get("glossary", False)
    if glossary not in (False, True, "allow", "all"):
        raise rd.error("'glossary' must be allow, all, true or false", "glossary")
    use_glossary = glossary is not False
    add_glossary = glossary in (True, "all")
    languages: dict[str, _LanguageMatcher] = {}
    for lang, block in raw_entries.items():
        entries = _parse_entries(rd, lang, block, default_match)
        if use_glossary:
            allowed = bctx.allowed_terms.get(lang, frozenset())
            entries = [e for e in entries if e.phrase.lower() not in allowed]
        if add_glossary:
            # The company's own suggestions win for a term the list already has.
            added = {t.lower(): (t, tuple(s)) for t, s in bctx.added_terms.get(lang, {}).items()}
            entries = [
                PhraseEntry(e.phrase, added.pop(e.phrase.lower())[1] or e.suggestions, e.match, e.note)
                if e.phrase.lower() in added
                else e
                for e in entries
            ]
            entries.extend(PhraseEntry(term, suggestions, "stem") for term, suggestions in added.values())
        by_key: dict[str, PhraseEntry] = {}
        matchers = []
        for how, attr in _ATTRS.items():
            patterns = []
            for entry in (e for e in entries if e.match == how):
                key = f"{meta.id}|{lang}|{entry.phrase.lower()}"
                if key in by_key:
                    raise rd.error(f"entries.{lang}: '{entry.phrase}' is listed twice", "entries")
                by_key[key] = entry
                patterns.append((key, str(entry.phrase)))
            if patterns:
                matchers.append((how, LazyPhraseMatcher(lang, attr, patterns)))
        languages[lang] = _LanguageMatcher(
            tuple(matchers), by_key, preceded.get(lang, frozenset()), followed.get(lang, frozenset())
        )
    return PhraseCheck(meta, languages)


SPEC = KindSpec(
    name="phrases",
    required=frozenset({"entries"}),
    optional=frozenset({"match", "unless_preceded_by", "unless_followed_by", "glossary"}),
    build=build,
    description="Listed words and phrases per language, with suggestions.",
)

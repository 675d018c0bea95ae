"""Claim extraction: statements of a policy-like fact ("returns within 30 days", "free shipping
from 50 €", "we reply within 24 hours"), each with its topic and normalised quantity.

A number alone is not a claim. A quantity becomes a claim when a cue word of a topic stands near
it (spaCy PhraseMatcher and Matcher over the per-language lexicons in
``rules/claims/lexicon/``), nearer than any distractor (a payment term, a discount, a validity,
a delivery fee for cash on delivery), and the statement is not negated or withdrawn in its own
clause ("we cannot guarantee delivery within 24 hours"). Some claims need no number ("free
shipping", "money-back guarantee"). Overlapping matches resolve to the longest, and a quantity
yields at most one claim.

Layout carries topics too: a value with no fitting cue in its own block's sentence takes one from
its table row or column header, its list's introduction or its headings (the document's
:class:`~cx_trainer.documents.model.Block` list; inferred from the lines of plain text), and says
so in ``topic_source``. Every claim quotes its own words inside one block. Each claim also
carries its ``scope``, whether it is ``hedged`` ("usually", "..., but we cannot guarantee this")
and its ``conditional`` words (:mod:`cx_trainer.policy.qualifiers`).

Extraction works on the spaCy Doc the audit already built; matchers are built once per language
and cached. :func:`context_claims` stores the claims in ``ctx.shared["claims"]`` so every check
of a document reads the same list.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

import numpy as np
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LOWER, ORTH, SENT_START
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from cx_trainer.documents.blocks import label_of, text_blocks
from cx_trainer.documents.model import Block
from cx_trainer.errors import RuleError
from cx_trainer.policy.lexicon import Lexicon, WordSet, lexicon
from cx_trainer.policy.qualifiers import SCOPE_KINDS, qualify
from cx_trainer.policy.topics import Topic, topics
from cx_trainer.text.counts import in_spans
from cx_trainer.text.pipeline import get_nlp
from cx_trainer.text.quantities import QuantitySpan, find_quantities, parse_quantity

__all__ = ["Claim", "ClaimExtractor", "context_claims", "extract_claims", "extractor"]

_DIST = "!dist"  # label of distractor cues (a kind-specific one adds ":money", ":duration")
_ABSORB = "!absorb"  # a money-back statement swallows its own duration ("30-day money-back")
_SEPARATORS = {",": 3, ";": 3, "(": 6, ")": 6, "[": 6, "]": 6, "—": 1, "–": 1, "-": 1, ":": 0}
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "[", "]", "—", "–"}
_HEADING_WORDS = 6  # a sentence of at most this many words before a claim may be its heading
_LOCAL = (
    "fillers", "modifiers", "anchors", "blockers_before", "blockers_after", "distance_words",
    "threshold_before", "threshold_after", "below",
)  # fmt: skip


@dataclass(frozen=True)
class Claim:
    """One claim in a document.

    Attributes:
        topic: the topic id (e.g. ``returns.window``).
        quantity: the stated value (DESIGN.md section 6).
        start: offset of the claim's words in the document text.
        end: end offset.
        text: the claim's words ("innerhalb von 30 Tagen", "free shipping").
        sentence: the sentence it stands in.
        qualifier: the service variant it is about ("express"; "" for the standard service), or
            else the names of its other scopes ("sale", "email"); claims with different
            qualifiers are not compared with each other.
        cue: the word that tied the quantity to the topic (for explanations).
        topic_source: where the topic came from: ``sentence`` (the claim's own sentence),
            ``heading`` (the heading it stands under), ``row`` / ``column`` (its table row's or
            column's header), ``list`` (the sentence that introduces its list).
        scope: what the claim is narrowed to, only the kinds the text names
            (``{"service": "express"}``; see :mod:`cx_trainer.policy.qualifiers`).
        hedged: an estimate, not a commitment ("usually", "..., but we cannot guarantee this").
        conditional: the words of a condition it holds under ("for qualified US orders"), or None.
    """

    topic: str
    quantity: Mapping[str, Any]
    start: int
    end: int
    text: str
    sentence: str
    qualifier: str = ""
    cue: str = ""
    topic_source: str = "sentence"
    scope: Mapping[str, str] = field(default_factory=dict)
    hedged: bool = False
    conditional: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The claims JSON contract form (DESIGN.md section 5)."""
        return {
            "topic": self.topic,
            "quantity": dict(self.quantity),
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
            "topic_source": self.topic_source,
            "scope": dict(self.scope),
            "hedged": self.hedged,
            "conditional": self.conditional,
        }


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    labels: frozenset[str]


@dataclass
class _Quantity:
    q: QuantitySpan
    start: int  # token
    end: int
    number: int  # token of the number
    sent: int
    inner: frozenset[str] = frozenset()  # cue/statement keys of a compound's rest ("-Rückgaberecht")


class _DocIndex:
    """Per-document token facts: sentences, clauses, word and separator counts (numpy arrays,
    so a long document costs little)."""

    def __init__(self, doc: Doc, clause_tokens: set[int], merge_after: frozenset[str]) -> None:
        self.doc = doc
        arr = doc.to_array([IS_PUNCT, IS_SPACE, SENT_START, IDX]).astype(np.int64)
        is_punct, is_space, sent_start, idx = (arr[:, i] for i in range(4))
        orth = doc.to_array([ORTH]).astype(np.uint64)
        strings = doc.vocab.strings
        starts = sent_start == 1
        starts[0] = True
        # A sentence that ends in an abbreviation ("Kl.", "ca.") runs on into the next one.
        lower = doc.to_array([LOWER]).astype(np.uint64).tolist()
        for i in np.nonzero(starts)[0][1:].tolist():
            j = i - 1
            while j > 0 and is_space[j]:
                j -= 1
            last = strings[lower[j]]
            if last in merge_after or (last == "." and j > 0 and strings[lower[j - 1]] + "." in merge_after):
                starts[i] = False
        self.sent_of = (np.cumsum(starts) - 1).tolist()
        bounds = np.nonzero(starts)[0].tolist() + [len(doc)]
        self.sents = list(zip(bounds[:-1], bounds[1:], strict=True))
        word = (is_punct == 0) & (is_space == 0)
        self.words = np.concatenate(([0], np.cumsum(word))).tolist()
        weights = np.zeros(len(doc), dtype=np.int64)
        clause_break = starts.copy()
        for text, weight in _SEPARATORS.items():
            mask = orth == np.uint64(strings[text])
            weights[mask] = weight
            if text in _CLAUSE_PUNCT:
                clause_break |= mask
        for i in np.nonzero(is_space)[0].tolist():
            if "\n" in strings[int(orth[i])]:
                weights[i] = max(weights[i], 1)
        for i in clause_tokens:
            clause_break[i] = True
        self.seps = np.concatenate(([0], np.cumsum(weights))).tolist()
        self.clause_of = np.cumsum(clause_break).tolist()
        self.starts = idx.tolist()

    def token_at(self, char: int) -> int:
        """The token holding character ``char``."""
        return max(0, bisect_right(self.starts, char) - 1)

    def words_between(self, a: int, b: int) -> int:
        return int(self.words[max(b, a)] - self.words[min(a, b)])

    def seps_between(self, a: int, b: int) -> int:
        return int(self.seps[max(b, a)] - self.seps[min(a, b)])

    def sentence_words(self, sent: int) -> int:
        s, e = self.sents[sent]
        return int(self.words[e] - self.words[s])

    def is_heading(self, sent: int) -> bool:
        """A short line without a full stop ("EXPRESS SHIPPING", "Widerrufsrecht", "Delivery")."""
        s, e = self.sents[sent]
        if self.words[e] - self.words[s] > _HEADING_WORDS:
            return False
        last = next((t for t in reversed(self.doc[s:e]) if not t.is_space), None)
        return last is not None and last.text not in (".", "!", "?")

    def sentence_text(self, sent: int) -> str:
        s, e = self.sents[sent]
        return self.doc[s:e].text.strip()


def _value_test(spec: Any) -> Callable[[str], bool] | None:
    if isinstance(spec, str):
        return lambda s: s == spec
    if isinstance(spec, Mapping) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "REGEX" and isinstance(arg, str):
            rx = re.compile(arg)
            return lambda s: rx.search(s) is not None
        if op in ("IN", "NOT_IN") and isinstance(arg, list):
            members = frozenset(str(a) for a in arg)
            return (lambda s: s in members) if op == "IN" else (lambda s: s not in members)
    return None


def _token_test(pattern: Sequence[Mapping[str, Any]]) -> Callable[[str, str], bool] | None:
    """A fast test for a one-token pattern on LOWER or ORTH/TEXT, or None (use the Matcher)."""
    if len(pattern) != 1:
        return None
    spec = dict(pattern[0])
    if not spec or set(spec) - {"LOWER", "ORTH", "TEXT"}:
        return None
    tests: list[tuple[bool, Callable[[str], bool]]] = []
    for attr, value in spec.items():
        test = _value_test(value)
        if test is None:
            return None
        tests.append((attr == "LOWER", test))
    return lambda text, lower: all(t(lower if on_lower else text) for on_lower, t in tests)


def _required_words(pattern: Sequence[Mapping[str, Any]]) -> set[str]:
    """Words one of which every match of a token pattern contains (from its first required
    token with literal LOWER values); empty when the pattern has none."""
    for spec in pattern:
        if spec.get("OP") not in (None, "!", "+", "{1}") or "LOWER" not in spec:
            continue
        value = spec["LOWER"]
        if isinstance(value, str):
            return {value}
        if isinstance(value, Mapping) and isinstance(value.get("IN"), list) and len(value) == 1:
            return {str(v) for v in value["IN"]}
    return set()


def _max_length(pattern: Sequence[Mapping[str, Any]]) -> int | None:
    """The most tokens a match of a token pattern can span, or None when unbounded."""
    total = 0
    for spec in pattern:
        op = spec.get("OP")
        if op in (None, "!", "?", "{1}"):
            total += 0 if op == "!" else 1
        elif isinstance(op, str) and (m := re.fullmatch(r"\{(\d*),?(\d*)\}", op)) and (m.group(2) or m.group(1)):
            total += int(m.group(2) or m.group(1))
        else:
            return None
    return total


def _longest(spans: Iterable[_Span]) -> list[_Span]:
    """Non-overlapping spans, the longest first (labels of identical spans merged)."""
    merged: dict[tuple[int, int], set[str]] = {}
    for span in spans:
        merged.setdefault((span.start, span.end), set()).update(span.labels)
    ordered = sorted(merged.items(), key=lambda kv: (-(kv[0][1] - kv[0][0]), kv[0][0]))
    taken: set[int] = set()
    out: list[_Span] = []
    for (s, e), labels in ordered:
        if any(t in taken for t in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append(_Span(s, e, frozenset(labels)))
    return sorted(out, key=lambda x: x.start)


class ClaimExtractor:
    """Finds claims in documents of one language (matchers built once; thread-safe to call).

    Args:
        lang: ``en``, ``de`` or ``nb``.
        lex: the lexicon to use (default: the one in use for ``lang``).
    """

    def __init__(self, lang: str, lex: Lexicon | None = None) -> None:
        self.lang = lang
        self.lex = lex or lexicon(lang)
        self.topics: Mapping[str, Topic] = topics()
        nlp = get_nlp(lang)
        self._vocab = nlp.vocab
        self._phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._matcher = Matcher(nlp.vocab, validate=True)
        self._make_doc = nlp.make_doc
        self._token_tests: list[tuple[str, Callable[[str, str], bool]]] = []
        self._anchor_reach: dict[str, int] = {}
        self._word_labels: dict[str, set[str]] = {}
        self._matcher_everywhere = False
        self._test_cache: dict[int, tuple[str, ...]] = {}
        lex = self.lex
        for topic_id, ws in lex.cues.items():
            self._add("cue", topic_id, ws)
        for st in lex.statements:
            self._add("stmt", st.topic, st.words)
            if st.topic == "guarantee.money_back":
                self._add("cue", _ABSORB, st.words)
        self._add("cue", _DIST, lex.words("distractors"))
        self._add("cue", f"{_DIST}:money", lex.words("money_distractors"))
        self._add("cue", f"{_DIST}:duration", lex.words("duration_distractors"))
        for name, ws in lex.qualifiers.items():
            self._add("qual", name, ws)
        for key in ("negations", "not_negations", "hedges", "free_words", "clause_words"):
            self._add(key, "", lex.words(key))
        # Words only ever looked for next to a quantity or cue are looked up there, not matched
        # over the whole document (articles and prepositions are everywhere).
        self._local: dict[str, dict[int, frozenset[tuple[str, ...]]]] = {}
        for key in _LOCAL:
            ws = lex.words(key)
            by_length: dict[int, set[tuple[str, ...]]] = defaultdict(set)
            for word in ws.words:
                tokens = tuple(t.lower_ for t in self._make_doc(word))
                by_length[len(tokens)].add(tokens)
            self._local[key] = {n: frozenset(v) for n, v in sorted(by_length.items(), reverse=True)}
            self._add(key, "", WordSet((), ws.patterns))
        self._statement_values = {
            st.topic: parse_quantity(st.value, lang) for st in lex.statements
        }
        for st in lex.statements:
            if self._statement_values[st.topic] is None:
                raise RuleError(
                    f"statements.{st.topic}: value '{st.value}' is not a quantity",
                    path=lex.path,
                    line=lex.lines.get("statements"),
                )
        self._unless = {st.topic: st.unless_followed_by for st in lex.statements}
        self._anchor_ids = np.array(sorted(self._vocab.strings[w] for w in self._anchor_reach), dtype=np.uint64)
        self._reach_of = {self._vocab.strings[w]: n for w, n in self._anchor_reach.items()}
        self._lock = threading.Lock()

    def _add(self, category: str, label: str, ws: WordSet) -> None:
        key = f"{category}|{label}"
        if ws.words:
            docs = [self._make_doc(w) for w in ws.words]
            self._phrases.add(key, docs)
            if category in ("cue", "stmt"):
                for d in docs:
                    if len(d) == 1:
                        self._word_labels.setdefault(d[0].lower_, set()).add(key)
        for pattern in ws.patterns:
            test = _token_test(pattern)
            if test is not None:
                self._token_tests.append((key, test))
                continue
            anchors = _required_words(pattern)
            reach = _max_length(pattern)
            if anchors and reach is not None:
                for word in anchors:
                    self._anchor_reach[word] = max(self._anchor_reach.get(word, 0), reach)
            else:
                self._matcher_everywhere = True
            try:
                self._matcher.add(key, [[dict(t) for t in pattern]])
            except (MatchPatternError, ValueError) as exc:
                first = str(exc).strip().splitlines()[0]
                raise RuleError(
                    f"invalid token pattern under {category} {label!r}: {first}",
                    path=self.lex.path,
                    line=self.lex.lines.get(category if category in self.lex.lines else "cues"),
                ) from None

    # ----------------------------------------------------------------------------------------

    def _matches(self, doc: Doc) -> dict[str, list[_Span]]:
        ids = doc.to_array([ORTH, LOWER]).astype(np.uint64)
        with self._lock:  # spaCy matchers are not documented as thread-safe
            raw = list(self._phrases(doc))
            raw.extend(self._pattern_matches(doc, ids[:, 1]))
            single = self._single_token_matches(doc, ids)
        strings = self._vocab.strings
        out: dict[str, list[_Span]] = defaultdict(list)
        for match_id, start, end in raw:
            category, _, label = strings[match_id].partition("|")
            out[category].append(_Span(start, end, frozenset({label})))
        for key, start in single:
            category, _, label = key.partition("|")
            out[category].append(_Span(start, start + 1, frozenset({label})))
        return out

    def _pattern_matches(self, doc: Doc, lower_ids: Any) -> list[tuple[int, int, int]]:
        """Multi-word patterns, run only around the words they require (the Matcher walks every
        token it is given, which is slow on long documents)."""
        if self._matcher_everywhere:
            return list(self._matcher(doc))
        where = np.nonzero(np.isin(lower_ids, self._anchor_ids))[0].tolist()
        windows: list[tuple[int, int]] = []
        for i in where:
            reach = self._reach_of[int(lower_ids[i])]
            s, e = max(0, i - reach), min(len(doc), i + reach + 1)
            if windows and s <= windows[-1][1]:
                windows[-1] = (windows[-1][0], e)
            else:
                windows.append((s, e))
        out: list[tuple[int, int, int]] = []
        for s, e in windows:
            out.extend((mid, s + a, s + b) for mid, a, b in self._matcher(doc[s:e]))
        return out

    def _single_token_matches(self, doc: Doc, ids: Any) -> list[tuple[str, int]]:
        """One-word patterns ("a word starting with rückgabe"), tested once per distinct word
        form and remembered: much faster than the Matcher's regex predicates on every token."""
        if not self._token_tests:
            return []
        strings = self._vocab.strings
        forms, first, inverse = np.unique(ids[:, 0], return_index=True, return_inverse=True)
        cache = self._test_cache
        if len(cache) > 200_000:
            cache.clear()
        out: list[tuple[str, int]] = []
        tests = self._token_tests
        for k, (orth, i) in enumerate(zip(forms.tolist(), first.tolist(), strict=True)):
            keys = cache.get(orth)
            if keys is None:
                text, lower = strings[orth], strings[int(ids[i, 1])]
                keys = cache[orth] = tuple(key for key, test in tests if test(text, lower))
            if keys:
                where = np.nonzero(inverse == k)[0].tolist()
                out.extend((key, j) for key in keys for j in where)
        return out

    def extract(
        self,
        doc: Doc,
        skip: Sequence[tuple[int, int]] = (),
        text: str | None = None,
        blocks: Sequence[Block] | None = None,
    ) -> list[Claim]:
        """The claims in a processed document, in text order.

        Args:
            doc: a Doc from :func:`cx_trainer.text.pipeline.get_nlp` for this language.
            skip: character spans not to read (template placeholders), sorted.
            text: the document's text, when the caller has it (``doc.text`` is rebuilt from
                the tokens on every access).
            blocks: the document's structure (:attr:`Document.blocks`); inferred from the
                text's lines when not given or empty.
        """
        if not len(doc):
            return []
        if text is None:
            text = doc.text
        if not blocks:
            blocks = text_blocks(text)
        m = self._matches(doc)
        clause_tokens = {s.start for s in m.get("clause_words", [])}
        index = _DocIndex(doc, clause_tokens, self.lex.words("abbreviations").words_set)
        quantities = _without_restated_hours(self._quantities(doc, text, index, skip), text)
        q_tokens = {t for qi in quantities for t in range(qi.start, qi.end)}
        cues = []
        for c in _longest(m.get("cue", [])):
            inside = [t for t in range(c.start, c.end) if t in q_tokens]
            if not inside:
                cues.append(c)
            elif inside[0] > c.start:
                # A separable verb around its number ("senden Sie ihn innerhalb von 14 Tagen
                # zurück"): the cue is the part before the number.
                cues.append(_Span(c.start, inside[0], c.labels))
        statements = _longest(m.get("stmt", []))
        covered = {t for sp in [*cues, *statements] for t in range(sp.start, sp.end)}
        not_neg = {t for sp in m.get("not_negations", []) for t in range(sp.start, sp.end)}
        negations = sorted(
            t for sp in m.get("negations", []) for t in range(sp.start, sp.end)
            if t not in not_neg and t not in covered
        )  # fmt: skip
        hedged_sents: dict[int, list[_Span]] = defaultdict(list)
        for sp in m.get("hedges", []):
            hedged_sents[index.sent_of[sp.start]].append(sp)
        cues_by_sent: dict[int, list[_Span]] = defaultdict(list)
        for c in cues:
            cues_by_sent[index.sent_of[c.start]].append(c)
        ctx = _Context(self, doc, text, index, m, cues_by_sent, negations, hedged_sents, _Layout(blocks, cues, index))
        ctx.quantity_starts = {kind: sorted(qi.start for qi in quantities if qi.q.kind == kind) for kind in ("money",)}
        claims: list[Claim] = []
        used_statements: set[tuple[int, int]] = set()
        pairs: list[tuple[float, int, int, str, bool, str]] = []  # cost, quantity, cue, topic, adjacent, source
        cue_list: list[_Span] = []
        cue_ids: dict[tuple[int, int], int] = {}
        for qn, qi in enumerate(quantities):
            kind = qi.q.kind
            inner_statements = sorted(k.partition("|")[2] for k in qi.inner if k.startswith("stmt|"))
            if inner_statements:
                # "60-Tage-Zufriedenheitsgarantie": the statement, with its duration folded in.
                claim = ctx.statement_claim(
                    _Span(qi.start, qi.end, frozenset(inner_statements[:1])), self._statement_values, self._unless
                )
                if claim is not None:
                    claims.append(claim)
                continue
            if kind == "money":
                verdict = ctx.money_threshold(qi)
                if verdict == "threshold":
                    claim = ctx.threshold_claim(qi, statements, used_statements)
                    if claim is not None:
                        claims.append(claim)
                    continue
                if verdict == "skip":
                    continue
            elif kind == "duration" and ctx.blocked(qi):
                continue
            for cue, cost, source in ctx.candidates(qi):
                topic = self._topic_for(cue, qi)
                if topic is None:
                    continue
                key = (cue.start, cue.end)
                if key not in cue_ids:
                    cue_ids[key] = len(cue_list)
                    cue_list.append(cue)
                # A compound ("30-Tage Rückgabegarantie") binds its cue to this number alone.
                adjacent = cost <= 1.0 and cue.start == qi.end
                pairs.append((cost, qn, cue_ids[key], topic, adjacent, source))
        pairs.sort(key=lambda p: (p[0], p[1], p[2]))
        assigned: dict[int, tuple[str, int, str]] = {}
        saturated: set[int] = set()
        for _cost, qn, cid, topic, adjacent, source in pairs:
            if qn in assigned or cid in saturated:
                continue
            assigned[qn] = (topic, cid, source)
            if adjacent:
                saturated.add(cid)
        for qn, (topic, cid, source) in sorted(assigned.items()):
            if topic in (_DIST, _ABSORB):
                continue
            claim = ctx.quantity_claim(quantities[qn], topic, cue_list[cid], source)
            if claim is not None:
                claims.append(claim)
        for st in statements:
            if (st.start, st.end) in used_statements:
                continue
            claim = ctx.statement_claim(st, self._statement_values, self._unless)
            if claim is not None:
                claims.append(claim)
        # A claim quotes words of one block: a value the quantity parser read across a block
        # boundary (a table's cells, a heading and its text) is not one statement.
        return _dedupe([c for c in claims if ctx.layout.inside_one_block(c.start, c.end)])

    def _topic_for(self, cue: _Span, qi: _Quantity) -> str | None:
        """The topic a cue gives this quantity, the distractor label, or None (incompatible)."""
        for label in sorted(cue.labels):
            if label.startswith("!"):
                continue
            topic = self.topics.get(label)
            if topic is not None and topic.accepts(qi.q.quantity):
                return label
        if _ABSORB in cue.labels:
            return _ABSORB if qi.q.kind == "duration" else None
        if _DIST in cue.labels or f"{_DIST}:{qi.q.kind}" in cue.labels:
            return _DIST
        return None

    def _quantities(self, doc: Doc, text: str, index: _DocIndex, skip: Sequence[tuple[int, int]]) -> list[_Quantity]:
        out: list[_Quantity] = []
        for q in _money_ranges(find_quantities(text, self.lang), text):
            if skip and in_spans(q.start, q.end, skip):
                continue
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            number = index.token_at(q.number_start)
            inner: frozenset[str] = frozenset()
            if span.end_char > q.end:
                # One token holds the number and a noun: "30-Tage-Rückgaberecht".
                inner = self._word_keys(text[q.end : span.end_char].lstrip("-–").lower())
            out.append(_Quantity(q, span.start, span.end, number, index.sent_of[number], inner))
        return out

    def _word_keys(self, word: str) -> frozenset[str]:
        """The cue and statement keys a single word has (words listed, one-word patterns)."""
        keys = set(self._word_labels.get(word, ()))
        keys.update(key for key, test in self._token_tests if key.startswith(("cue|", "stmt|")) and test(word, word))
        return frozenset(keys)


# The service variants of the per-language lexicons ("qualifiers") as scopes.
_QUALIFIER_SCOPES = {"international": ("region", "international"), "overnight": ("service", "next_day")}
_SERVICE_TOPICS = frozenset(
    {"delivery.time", "delivery.dispatch_time", "shipping.cost", "shipping.free_threshold"}
)
_LAYOUT_COSTS = {"row": 8.0, "column": 9.0, "list": 9.0, "heading": 10.0}
_HEADING_REACH_WORDS = 14
_FAR_REACH = 20  # words: how far back in its sentence a cue ties a quantity nothing nearer ties  # under a heading, only a short sentence takes its topic from it


class _Layout:
    """The document's blocks, and the cues that stand in each block's layout context (its row
    and column headers, its list's introduction, its headings)."""

    def __init__(self, blocks: Sequence[Block], cues: Sequence[_Span], index: _DocIndex) -> None:
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        self.index = index
        self.cues = sorted(cues, key=lambda c: c.start)
        self.cue_starts = [c.start for c in self.cues]

    def block_at(self, char: int) -> Block | None:
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and self.blocks[i].start <= char < self.blocks[i].end:
            return self.blocks[i]
        return None

    def inside_one_block(self, start: int, end: int) -> bool:
        block = self.block_at(start)
        return block is not None and end <= block.end

    def cues_in(self, span: tuple[int, int]) -> list[_Span]:
        """The cues that lie within a character span."""
        idx = self.index
        first = idx.token_at(span[0])
        if idx.starts[first] < span[0]:
            first += 1
        out = []
        for i in range(bisect_right(self.cue_starts, first - 1), len(self.cues)):
            cue = self.cues[i]
            if idx.starts[cue.start] >= span[1]:
                break
            last = idx.doc[cue.end - 1]
            if last.idx + len(last.text) <= span[1]:
                out.append(cue)
        return out

    def _words_in_block(self, sent: int, block: Block) -> int:
        """The words of a sentence that lie in ``block`` (a heading line the sentence
        splitter ran into the text below it is not part of that text's sentence)."""
        idx = self.index
        s, e = idx.sents[sent]
        first = max(s, idx.token_at(block.start))
        if idx.starts[first] < block.start:
            first += 1
        last = min(e, idx.token_at(max(block.start, block.end - 1)) + 1)
        return idx.words_between(first, last) if last > first else 0

    def contexts(self, block: Block) -> list[tuple[str, tuple[int, int]]]:
        """The layout context of a block, nearest first: (source, span)."""
        out: list[tuple[str, tuple[int, int]]] = []
        if block.row_header is not None:
            out.append(("row", block.row_header))
        if block.column_header is not None:
            out.append(("column", block.column_header))
        if block.row_header is not None:
            # the header of the row's first column ("Delivery method" above "Standard"), for a
            # column whose own header names no topic ("Cost")
            first = self.block_at(block.row_header[0])
            if first is not None and first.column_header is not None:
                out.append(("column", first.column_header))
        if block.intro is not None:
            out.append(("list", block.intro))
        heading = block.heading
        for _ in range(2):  # the heading, and the one above it
            if heading is None:
                break
            out.append(("heading", heading))
            above = self.block_at(heading[0])
            heading = above.heading if above is not None else None
        return out

    def candidates(self, qi: _Quantity, text: str) -> list[tuple[_Span, float, str]]:
        """Cues from the layout around a quantity that has none in its sentence."""
        block = self.block_at(qi.q.start)
        if block is None:
            return []
        structural = block.kind in ("table_cell", "list_item", "label_value")
        out: list[tuple[_Span, float, str]] = []
        for rank, (source, span) in enumerate(self.contexts(block)):
            if source == "heading" and not structural and self._words_in_block(qi.sent, block) > _HEADING_REACH_WORDS:
                continue
            cues = self.cues_in(span)
            for k, cue in enumerate(reversed(cues)):  # the last cue of a heading is nearest
                out.append((cue, _LAYOUT_COSTS[source] + rank * 0.5 + k * 0.01, source))
        return out


class _Context:
    """The matches of one document and the decisions made on them."""

    def __init__(
        self,
        ex: ClaimExtractor,
        doc: Doc,
        text: str,
        index: _DocIndex,
        matches: Mapping[str, list[_Span]],
        cues_by_sent: Mapping[int, list[_Span]],
        negations: list[int],
        hedged_sents: Mapping[int, list[_Span]],
        layout: _Layout,
    ) -> None:
        self.layout = layout
        self.ex = ex
        self.doc = doc
        self.text = text
        self.index = index
        self.m = matches
        self.cues_by_sent = cues_by_sent
        self.negations = negations
        self.hedged_sents = hedged_sents
        self._lowers: dict[int, str] = {}
        self.quantity_starts: dict[str, list[int]] = {}  # token starts of the amounts
        self._indexes: dict[str, tuple[dict[int, list[_Span]], dict[int, list[_Span]], dict[int, list[_Span]]]] = {}

    # -- helpers -------------------------------------------------------------------------

    def _index(self, category: str) -> tuple[dict[int, list[_Span]], dict[int, list[_Span]], dict[int, list[_Span]]]:
        """Spans of a category by end token, by start token and by sentence (built once)."""
        cached = self._indexes.get(category)
        if cached is None:
            by_end: dict[int, list[_Span]] = defaultdict(list)
            by_start: dict[int, list[_Span]] = defaultdict(list)
            by_sent: dict[int, list[_Span]] = defaultdict(list)
            for sp in self.m.get(category, []):
                by_end[sp.end].append(sp)
                by_start[sp.start].append(sp)
                by_sent[self.index.sent_of[sp.start]].append(sp)
            cached = (by_end, by_start, by_sent)
            self._indexes[category] = cached
        return cached

    def _lower(self, i: int) -> str:
        value = self._lowers.get(i)
        if value is None:
            value = self._lowers[i] = self.doc[i].lower_
        return value

    def _local_ending_at(self, category: str, end: int) -> int | None:
        """Start of a phrase of a local category that ends at token ``end``, if any."""
        for length, phrases in self.ex._local.get(category, {}).items():
            start = end - length
            if start >= 0 and tuple(self._lower(i) for i in range(start, end)) in phrases:
                return start
        by_end = self._index(category)[0].get(end)
        return by_end[0].start if by_end else None

    def _local_starting_at(self, category: str, start: int) -> int | None:
        """End of a phrase of a local category that starts at token ``start``, if any."""
        n = len(self.doc)
        for length, phrases in self.ex._local.get(category, {}).items():
            end = start + length
            if end <= n and tuple(self._lower(i) for i in range(start, end)) in phrases:
                return end
        by_start = self._index(category)[1].get(start)
        return by_start[0].end if by_start else None

    def _skippable(self, i: int) -> bool:
        """A filler word ("the", "der", "din") or white space."""
        return self.doc[i].is_space or self._local_starting_at("fillers", i) == i + 1

    def _ends_before(self, category: str, token: int, gap: int = 0) -> bool:
        """A phrase of ``category`` ends at ``token`` (allowing ``gap`` filler words between)."""
        for end in range(token, token - gap - 1, -1):
            if end <= 0:
                break
            if end < token and not self._skippable(end):
                break
            if self._local_ending_at(category, end) is not None:
                return True
        return False

    def _starts_after(self, category: str, token: int, gap: int = 0) -> bool:
        """A phrase of ``category`` starts at ``token`` (allowing ``gap`` filler words before)."""
        for start in range(token, min(token + gap + 1, len(self.doc))):
            if start > token and not self._skippable(start - 1):
                break
            if self._local_starting_at(category, start) is not None:
                return True
        return False

    def _in_sentence(self, category: str, sent: int) -> list[_Span]:
        return self._index(category)[2].get(sent, [])

    # -- decisions -----------------------------------------------------------------------

    def blocked(self, qi: _Quantity) -> bool:
        """Whether a duration is plainly not a commitment ("after 30 days", "10 minutes from")."""
        if self._ends_before("blockers_before", qi.start, gap=1):
            return True
        if self._starts_after("blockers_after", qi.end):
            return True
        unit = qi.q.quantity.get("unit")
        return unit in ("minute", "hour") and self._starts_after("distance_words", qi.end)

    def money_threshold(self, qi: _Quantity) -> str:
        """``threshold`` (a minimum order value), ``skip`` (an upper limit) or ``cost``."""
        idx = self.index
        if self._ends_before("below", qi.start, gap=1):
            return "skip"
        marker = qi.q.plus or self._starts_after("threshold_after", qi.end)
        if not marker:
            for end in range(qi.start, max(0, qi.start - 8), -1):
                if idx.words_between(end, qi.start) > 3:
                    break
                start = self._local_ending_at("threshold_before", end)
                if start is not None and idx.clause_of[start] == idx.clause_of[qi.start]:
                    marker = True
                    break
        return "threshold" if marker else "cost"

    def threshold_claim(self, qi: _Quantity, statements: list[_Span], used: set[tuple[int, int]]) -> Claim | None:
        """A free-shipping threshold claim, when the sentence offers free shipping."""
        sent = qi.sent
        free_statements = [
            st for st in statements
            if "shipping.free_threshold" in st.labels and self.index.sent_of[st.start] == sent
        ]  # fmt: skip
        if len(free_statements) > 1:
            # A sentence that runs over several lines (a table without bars): the statement in
            # the amount's own block, or else the nearest one, is this threshold's.
            block = self.layout.block_at(qi.q.start)
            starts = self.index.starts
            own = [st for st in free_statements if block is not None and block.start <= starts[st.start] < block.end]
            free_statements = [min(own or free_statements, key=lambda st: min(abs(st.start - qi.end), abs(qi.start - st.end)))]
        has_free = bool(free_statements)
        if not has_free and self._in_sentence("free_words", sent):
            has_free = any(
                {"shipping.cost", "delivery.time"} & c.labels for c in self.cues_by_sent.get(sent, [])
            )
        if not has_free:
            return None
        anchor = free_statements[0] if free_statements else None
        region = (min(qi.start, anchor.start), max(qi.end, anchor.end)) if anchor else (qi.start, qi.end)
        hedge = self.withdrawn(region, sent)
        if self.negated(region) or hedge is None:
            return None
        for st in free_statements:
            used.add((st.start, st.end))
        return self._claim(
            "shipping.free_threshold", qi.q.quantity, qi.q.start, qi.q.end, sent, qi.number, "free", hedged=hedge
        )

    def candidates(self, qi: _Quantity) -> list[tuple[_Span, float, str]]:
        """Cues that may tie this quantity to a topic, with their cost (lower is nearer) and
        where they stand (``sentence``, ``heading``, ``row``, ``column``, ``list``)."""
        found = self._sentence_candidates(qi)
        block = self.layout.block_at(qi.q.start)
        if block is not None:
            # A sentence may run over several blocks (a table row of plain text): only cues in
            # the quantity's own block are in its sentence.
            starts = self.index.starts
            found = [(c, cost) for c, cost in found if block.start <= starts[c.start] < block.end]
        if any(self.ex._topic_for(c, qi) is not None for c, _ in found):
            return [(c, cost, "sentence") for c, cost in found]
        layout = self.layout.candidates(qi, self.text)
        topics = [self.ex._topic_for(c, qi) for c, _, _ in layout]
        if any(t is not None and not t.startswith("!") for t in topics):
            # A distractor in the layout ("Sale items" as a row header) does not outweigh a
            # topic the layout names ("Return window" as the column header).
            return [cand for cand, t in zip(layout, topics, strict=True) if t is not None and not t.startswith("!")]
        if any(t is not None for t in topics):
            return layout  # a distractor in the layout: not a claim
        # Nothing in the layout fits ("Ordre og retur" above opening hours): look further back.
        fallback = [(c, cost, "heading" if cost < 12 else "sentence") for c, cost in self._fallback_candidates(qi)]
        return fallback or layout

    def _sentence_candidates(self, qi: _Quantity) -> list[tuple[_Span, float]]:
        idx = self.index
        lex = self.ex.lex
        out: list[tuple[_Span, float]] = []
        inner = {k.partition("|")[2] for k in qi.inner if k.startswith("cue|")}
        if inner:
            out.append((_Span(qi.start, qi.end, frozenset(inner)), 0.5))
        amounts = self.quantity_starts.get(qi.q.kind, [])
        far: list[tuple[_Span, float]] = []
        for cue in self.cues_by_sent.get(qi.sent, []):
            if cue.end <= qi.start:
                d = idx.words_between(cue.end, qi.start)
                if d > lex.reach_before:
                    if d <= _FAR_REACH and not any(lb.startswith("!") for lb in cue.labels):
                        far.append((cue, float(d + idx.seps_between(cue.end, qi.start) + 10)))
                    continue
                if all(lb.startswith("!") for lb in cue.labels) and bisect_right(amounts, cue.end - 1) < bisect_right(
                    amounts, qi.start - 1
                ):
                    # "bei einem Warenwert unter 50,00 €: 14,90 €": the order value is the
                    # first amount's, not the second's.
                    continue
                if all(lb.startswith("!") for lb in cue.labels) and self._in_aside(cue, qi.start):
                    continue  # "verlassen unser Lager – je nach Zahlungseingang – am selben Tag"
                cost = float(d + idx.seps_between(cue.end, qi.start))
                if self._ends_before("modifiers", cue.start, gap=1):
                    cost += 3
            elif cue.start >= qi.end:
                d = idx.words_between(qi.end, cue.start)
                if d > lex.reach_after:
                    continue
                if self._anchored(qi.end, cue.start):
                    continue
                # A cue right after its number is a compound ("30-day returns"): the strongest tie.
                cost = 2 * d + (0.5 if d == 0 else 1) + idx.seps_between(qi.end, cue.start)
            else:
                continue
            out.append((cue, float(cost)))
        if far and not any(self.ex._topic_for(c, qi) is not None for c, _ in out):
            # Nothing near: a long sentence's own verb further back names the topic ("we will
            # reimburse all payments ..., including ..., and at the latest within 14 days").
            return out + far
        return out

    def _in_aside(self, cue: _Span, q_start: int) -> bool:
        """Whether a cue stands in an aside that closes before the quantity: between dashes or
        in brackets ("– je nach Zahlungseingang –", "(after payment)")."""
        doc = self.doc
        between = [t.text for t in doc[cue.end : q_start] if not t.is_space]
        if not between or between[0] not in (")", "–", "—"):
            return False
        before = [t.text for t in doc[max(0, cue.start - 4) : cue.start] if not t.is_space]
        opening = "(" if between[0] == ")" else between[0]
        return opening in before

    def _fallback_candidates(self, qi: _Quantity) -> list[tuple[_Span, float]]:
        idx = self.index
        out: list[tuple[_Span, float]] = []
        if qi.sent > 0 and idx.is_heading(qi.sent - 1) and idx.sentence_words(qi.sent) <= _HEADING_REACH_WORDS:
            # A heading names the topic of what follows: "Delivery" / "2.99€".
            out.extend(
                (c, 9.0) for c in self.cues_by_sent.get(qi.sent - 1, [])
                if not any(lb.startswith("!") for lb in c.labels)
            )  # fmt: skip
        if not out and qi.q.kind == "hours":
            # Opening hours stand apart from the word that names them ("Kundeservice" /
            # phone number / "(alle dager 0 - 24)"): look back a few lines, the lines before
            # it in its own sentence included ("Tel.: 030 123" / "Mo-Fr 9-17 Uhr").
            for sent in range(qi.sent, max(-1, qi.sent - 4), -1):
                for c in self.cues_by_sent.get(sent, []):
                    d = idx.words_between(c.end, qi.start)
                    if c.end <= qi.start and d <= 20 and "support.hours" in c.labels:
                        out.append((c, 12.0 + d))
        return out

    def _anchored(self, q_end: int, cue_start: int) -> bool:
        """An anchor word ("of", "nach", "etter") between the quantity and a following cue."""
        if self.ex.lex.nouns_capitalized and not self.doc[cue_start].text[:1].isupper():
            return False  # German: a verb after "ab dem Tag" is the topic, not a reference point
        for start in range(q_end, cue_start):
            end = self._local_starting_at("anchors", start)
            if end is not None and end <= cue_start:
                # "of delivery", "nach Eingang der Rücksendung": at most one other word between.
                others = [t for t in range(end, cue_start) if not self._skippable(t) and not self.doc[t].is_punct]
                if len(others) <= 1:
                    return True
        return False

    def negated(self, region: tuple[int, int]) -> bool:
        """Whether a negation word governs the tokens in ``region`` (same clause, near)."""
        idx = self.index
        start, end = region
        clauses = {idx.clause_of[t] for t in range(start, end)}
        after = self.ex.lex.negation_after
        for t in self.negations:
            if t < start - 6 or t >= end + after:
                continue
            if idx.clause_of[t] in clauses:
                return True
        return False

    def qualifier(self, token: int, sent: int) -> str:
        """The service variant named near ``token``: its clause, its sentence, or its heading."""
        idx = self.index
        in_sent = [q for q in self._in_sentence("qual", sent)]
        block = self.layout.block_at(idx.starts[token]) if token < len(idx.starts) else None
        if block is not None:
            # a sentence that runs over several blocks (the rows of a table, the lines of a
            # plain-text list): only the claim's own block names its service, or else the
            # heading it stands under ("PRIORITY" / "2-3 day shipping")
            own = [q for q in in_sent if block.start <= idx.starts[q.start] < block.end]
            if not own:
                for source, (a, b) in self.layout.contexts(block):
                    if source == "heading":
                        own = [q for q in in_sent if a <= idx.starts[q.start] < b]
                        if not own:
                            under = [q for q in self.m.get("qual", []) if a <= idx.starts[q.start] < b]
                            if under:
                                return sorted(under[-1].labels)[0]
                        break
            in_sent = own
        if in_sent:
            same_clause = [q for q in in_sent if idx.clause_of[q.start] == idx.clause_of[token]]
            pool = same_clause or in_sent
            best = min(pool, key=lambda q: abs(q.start - token))
            return sorted(best.labels)[0]
        if sent > 0 and idx.is_heading(sent - 1):
            found = self._in_sentence("qual", sent - 1)
            if found:
                return sorted(found[-1].labels)[0]
        return ""

    def _claim(
        self,
        topic: str,
        quantity: Mapping[str, Any],
        start: int,
        end: int,
        sent: int,
        token: int,
        cue_text: str,
        *,
        source: str = "sentence",
        hedged: bool = False,
    ) -> Claim:
        sentence = self.index.sentence_text(sent)
        text = self.text[start:end]
        qualifier = self.qualifier(token, sent)
        s, e = self.index.sents[sent]
        sent_start = self.doc[s].idx if s < len(self.doc) else start
        sent_end = self.doc[e - 1].idx + len(self.doc[e - 1].text) if e > s else end
        block = self.layout.block_at(start)
        context = [self.text[a:b] for _, (a, b) in self.layout.contexts(block)] if block is not None else []
        if block is not None and block.kind != "table_cell":
            # a sentence that runs over several blocks (rows of a plain-text table) is read
            # only within the claim's own block
            sent_start, sent_end = max(sent_start, block.start), min(sent_end, block.end)
        elif block is not None:
            sent_start, sent_end = block.start, block.end
        found = qualify(
            self.ex.lang,
            topic,
            self.text[sent_start:sent_end],
            (start - sent_start, end - sent_start),
            context,
            hedged=hedged,
        )
        scope = dict(found.scope)
        if qualifier and topic in _SERVICE_TOPICS:
            kind, name = _QUALIFIER_SCOPES.get(qualifier, ("service", qualifier))
            scope.setdefault(kind, name)
        if not qualifier and scope:
            # Claims of different scopes are about different things: checks that group claims by
            # their qualifier (consistency) keep "sale items: 14 days" apart from "60 days".
            qualifier = "+".join(scope[k] for k in SCOPE_KINDS if k in scope)
        return Claim(
            topic=topic,
            quantity=dict(quantity),
            start=start,
            end=end,
            text=text,
            sentence=sentence,
            qualifier=qualifier,
            cue=cue_text,
            topic_source=source,
            scope=scope,
            hedged=found.hedged,
            conditional=found.conditional,
        )

    def quantity_claim(self, qi: _Quantity, topic: str, cue: _Span, source: str = "sentence") -> Claim | None:
        """The claim of a quantity tied to a cue, unless negated or hedged."""
        same_sentence = self.index.sent_of[cue.start] == qi.sent
        region = (min(qi.start, cue.start), max(qi.end, cue.end)) if same_sentence else (qi.start, qi.end)
        hedge = self.withdrawn(region, qi.sent)
        if hedge is None or self.negated(region):
            return None
        block = self.layout.block_at(qi.q.start)
        if source != "sentence" and block is not None and block.kind == "table_cell" and block.row_header is None:
            return None  # a row's first cell names the row ("Next day" | 1 working day | £6.99)
        if block is not None and qi.q.kind == "duration":
            label = block.label or (
                label_of(self.text, block.start, block.end) if block.kind in ("list_item", "table_cell") else None
            )
            if label is not None and label[0] <= qi.q.start and qi.q.end <= label[1]:
                return None  # a service's name in a label ("Levering neste dag: 149 kr")
        cue_text = self.doc[cue.start : cue.end].text
        quantity = self.days_from_line_before(qi) or qi.q.quantity
        return self._claim(
            topic, quantity, qi.q.start, qi.q.end, qi.sent, qi.number, cue_text, source=source, hedged=hedge
        )

    def days_from_line_before(self, qi: _Quantity) -> Mapping[str, Any] | None:
        """Opening hours whose days stand on the line before ("Monday - Friday" / "9am - 5pm"):
        the times with those days, or None."""
        if qi.q.kind != "hours" or re.match(r"[^\W\d_]", str(qi.q.quantity.get("text", ""))):
            return None  # not hours, or hours that name their days
        layout = self.layout
        block = layout.block_at(qi.q.start)
        if block is None or self.text[block.start : qi.q.start].strip(" \t-*•"):
            return None
        i = bisect_right(layout.starts, block.start) - 2
        if i < 0:
            return None
        before = layout.blocks[i]
        days = self.text[before.start : before.end].strip(" \t-*•:")
        if not days or len(days.split()) > 6 or any(ch.isdigit() for ch in days):
            return None
        q = parse_quantity(f"{days} {qi.q.text}", self.ex.lang)
        if q is None or q.get("kind") != "hours" or not re.match(r"[^\W\d_]", str(q.get("text", ""))):
            return None
        return q

    def withdrawn(self, region: tuple[int, int], sent: int) -> bool | None:
        """None when a withdrawing phrase ("cannot guarantee") stands in the claim's own clause
        (the claim is withdrawn); True when one stands in another clause of its sentence ("...,
        but we cannot guarantee this": the claim stands, hedged); else False."""
        hedges = self.hedged_sents.get(sent)
        if not hedges:
            return False
        clause_of = self.index.clause_of
        clauses = {clause_of[t] for t in range(region[0], region[1])}
        if any(clause_of[t] in clauses for h in hedges for t in range(h.start, h.end)):
            return None
        return True

    def statement_claim(
        self,
        st: _Span,
        values: Mapping[str, Mapping[str, Any] | None],
        unless: Mapping[str, tuple[str, ...]],
    ) -> Claim | None:
        """The claim of a statement made in words ("free shipping"), unless negated or hedged."""
        topic = next(iter(sorted(st.labels)))
        value = values.get(topic)
        if value is None:
            return None
        sent = self.index.sent_of[st.start]
        hedge = self.withdrawn((st.start, st.end), sent)
        if hedge is None or self.negated((st.start, st.end)):
            return None
        following = " ".join(t.lower_ for t in self.doc[st.end : st.end + 6] if not t.is_space)
        if any(following == u or following.startswith(u + " ") for u in unless.get(topic, ())):
            return None
        span = self.doc[st.start : st.end]
        return self._claim(topic, value, span.start_char, span.end_char, sent, st.start, span.text, hedged=hedge)


_RANGE_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|to|bis|til)\s*", re.IGNORECASE)


def _money_ranges(found: Sequence[QuantitySpan], text: str) -> list[QuantitySpan]:
    """Two amounts of one currency joined by a dash or "to" ("$9-$10") are one value, a range;
    it reads as its lower amount (a money quantity has one amount)."""
    out: list[QuantitySpan] = []
    for q in found:
        last = out[-1] if out else None
        if (
            last is not None
            and q.quantity.get("kind") == "money"
            and last.quantity.get("kind") == "money"
            and q.quantity.get("currency") == last.quantity.get("currency")
            and _RANGE_JOIN.fullmatch(text[last.end : q.start])
        ):
            low = min(float(last.quantity["amount"]), float(q.quantity["amount"]))
            out[-1] = replace(
                last, end=q.end, text=text[last.start : q.end], quantity={**last.quantity, "amount": low}
            )
            continue
        out.append(q)
    return out


def _without_restated_hours(quantities: list[_Quantity], text: str) -> list[_Quantity]:
    """Opening hours given again in brackets on the same line ("1pm - 9pm Eastern (10am -
    6pm Pacific)") restate the hours before them in another time zone: not a second claim."""
    out: list[_Quantity] = []
    last_hours: _Quantity | None = None
    for qi in quantities:
        if qi.q.kind == "hours":
            between = text[last_hours.q.end : qi.q.start] if last_hours is not None else ""
            if last_hours is not None and "(" in between and ")" not in between and "\n" not in between:
                continue
            last_hours = qi
        out.append(qi)
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per topic for the same words: of overlapping claims of a topic keep the longest."""
    kept: list[Claim] = []
    taken: dict[str, set[int]] = defaultdict(set)
    for c in sorted(claims, key=lambda c: (-(c.end - c.start), c.start)):
        occupied = taken[c.topic]
        if any(i in occupied for i in range(c.start, c.end)):
            continue
        occupied.update(range(c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end, c.topic))


_extractors_lock = threading.Lock()


@cache
def _extractor(lang: str) -> ClaimExtractor:
    return ClaimExtractor(lang)


def extractor(lang: str) -> ClaimExtractor:
    """The shared extractor for ``lang`` (built once)."""
    with _extractors_lock:
        return _extractor(lang)


def extract_claims(
    text: str | Doc,
    lang: str,
    skip: Sequence[tuple[int, int]] | None = None,
    blocks: Sequence[Block] | None = None,
) -> list[Claim]:
    """The claims in a text (or a Doc from the pipeline of ``lang``).

    Args:
        text: the text, or its Doc.
        lang: ``en``, ``de`` or ``nb``.
        skip: character spans not to read; by default the text's template placeholders.
        blocks: the text's structure (a Document's ``blocks``); inferred from its lines when
            not given.
    """
    from cx_trainer.text.counts import placeholder_spans

    doc = text if isinstance(text, Doc) else get_nlp(lang)(text)
    raw = doc.text if isinstance(text, Doc) else text
    spans = placeholder_spans(raw) if skip is None else skip
    return extractor(lang).extract(doc, spans, raw, blocks)


def context_claims(ctx: Any) -> list[Claim]:
    """The claims of an audit context's document, extracted once and kept in
    ``ctx.shared["claims"]`` for every check of that document."""
    cached = ctx.shared.get("claims")
    if cached is None:
        cached = extractor(ctx.language).extract(ctx.doc, ctx.skip, ctx.text, ctx.document.blocks)
        ctx.shared["claims"] = cached
    return list(cached)

"""Spaced review with FSRS: one card per question a learner has met, stored as JSON in the store.

A wrong answer rates the card *Again*, a right one *Good*; in a self-test the learner may rate a
right answer *Hard* or *Easy* instead. Cards are scheduled in whole days (no minute-long
learning steps), so "due today" means the questions to look at again today, across modules.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo

from fsrs import Card, Rating, Scheduler

from cx_trainer.store.db import CardRecord, Store, utc_now
from cx_trainer.training.model import Module, ModuleSet, Question

__all__ = [
    "DueQuestion",
    "Rating",
    "ReviewScheduler",
    "due_questions",
    "end_of_day",
    "rating_for",
]


def rating_for(correct: bool) -> Rating:
    """The FSRS rating of an answer: right = Good, wrong = Again."""
    return Rating.Good if correct else Rating.Again


def end_of_day(now: datetime | None = None, tz: tzinfo | None = None) -> datetime:
    """The last moment of the local day containing ``now`` (as UTC)."""
    moment = now or utc_now()
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    midnight = datetime.combine(local.date() + timedelta(days=1), time.min, tzinfo=local.tzinfo)
    return (midnight - timedelta(microseconds=1)).astimezone(UTC)


class ReviewScheduler:
    """FSRS scheduling of question cards.

    Args:
        scheduler: an ``fsrs.Scheduler``; default: day-based scheduling (no learning steps),
            with fuzzing so cards learnt together spread out.
    """

    def __init__(self, scheduler: Scheduler | None = None) -> None:
        self.scheduler = scheduler or Scheduler(learning_steps=(), relearning_steps=())

    @staticmethod
    def _card_id(module_id: str, question_id: str) -> int:
        # A stable id (fsrs would otherwise use the clock and sleep a millisecond per card).
        return zlib.crc32(f"{module_id}/{question_id}".encode()) + 1

    def review(
        self,
        card_json: str | None,
        rating: Rating,
        *,
        module_id: str,
        question_id: str,
        now: datetime | None = None,
    ) -> tuple[str, datetime]:
        """Apply one rating to a card (a new one if ``card_json`` is ``None``).

        Returns:
            The new card as JSON and its due time.
        """
        moment = now or utc_now()
        if card_json is None:
            card = Card(card_id=self._card_id(module_id, question_id), due=moment)
        else:
            card = Card.from_json(card_json)
        updated, _log = self.scheduler.review_card(card, rating, moment)
        return updated.to_json(), updated.due


@dataclass(frozen=True)
class DueQuestion:
    """A question due for review, in the language chosen for the learner."""

    module: Module
    question: Question
    due: datetime


def _pick_language(module_set: ModuleSet, language: str | None) -> Module:
    if language and language in module_set:
        return module_set[language]
    if "en" in module_set:
        return module_set["en"]
    return next(iter(module_set.values()))


def due_questions(
    store: Store,
    learner_id: int,
    modules: Sequence[ModuleSet] | Mapping[str, ModuleSet],
    *,
    language: str | None = None,
    now: datetime | None = None,
    until: datetime | None = None,
) -> list[DueQuestion]:
    """The learner's questions due for review, across modules, earliest due first.

    Args:
        store: the results database.
        learner_id: the learner.
        modules: the available modules (cards of questions no longer present are skipped).
        language: the preferred language (falls back to English, then any).
        now: the current time (default now).
        until: include cards due up to this moment; default the end of the local day, i.e.
            "due today".
    """
    limit = until or end_of_day(now)
    sets = modules if isinstance(modules, Mapping) else {_pick_language(s, None).id: s for s in modules}
    out: list[DueQuestion] = []
    records: list[CardRecord] = store.cards(learner_id, due_before=limit)
    for record in records:
        module_set = sets.get(record.module_id)
        if not module_set:
            continue
        module = _pick_language(module_set, language)
        try:
            question = module.question(record.question_id)
        except KeyError:
            continue
        out.append(DueQuestion(module=module, question=question, due=record.due))
    return out

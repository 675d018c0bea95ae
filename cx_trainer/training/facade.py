"""The Training facade: one object over the results store and the module library.

:class:`Training` offers what the Training workspace does: learners, quizzes and their answers,
spaced-review ratings, group sessions, the trainer PIN, the module library and importing and
exporting modules. Reads return data. Every write returns a frozen :class:`Change` saying which
kinds of thing changed and which ids were involved (or a :class:`Written` holding the value the
write made together with its change), so a front end redraws from the change alone instead of
each view announcing what it touched.

Nothing here imports Qt. The object is not thread-safe for writes: the desktop app calls it from
one serial queue. The module library is swapped as one snapshot, so readers on another thread
see either the old library or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar

from cx_trainer.errors import CxError, ModuleError, StoreError
from cx_trainer.fileio import atomic_write_text
from cx_trainer.store import (
    Learner,
    LearnerModuleSummary,
    PinCheck,
    PinGuard,
    SessionRecord,
    Store,
    learner_summaries,
)
from cx_trainer.training.interchange import ExportResult, ImportResult
from cx_trainer.training.loader import discover_modules, module_search_path, save_module
from cx_trainer.training.model import Module, ModuleSet
from cx_trainer.training.review import DueQuestion, Rating, due_questions
from cx_trainer.training.scoring import Grade
from cx_trainer.training.session import (
    Mode,
    QuizPlan,
    QuizResult,
    QuizSession,
    plan_quiz,
    plan_review,
)

__all__ = [
    "REVIEW_LIMIT",
    "Change",
    "ChangeKind",
    "LibraryOverview",
    "ModuleLibrary",
    "PinState",
    "Training",
    "Written",
]

T = TypeVar("T")

#: Questions in one review session at most.
REVIEW_LIMIT = 20

#: Module file formats :meth:`Training.import_module` and :meth:`Training.export_module` know.
MODULE_FORMATS = ("gift", "aiken")


class ChangeKind(StrEnum):
    """The kinds of thing a write can change."""

    LEARNERS = "learners"
    SESSIONS = "sessions"
    ANSWERS = "answers"
    REVIEW = "review"
    MODULES = "modules"
    PIN = "pin"


#: The kinds a learner's results (best scores, summaries, charts) are computed from.
RESULT_KINDS = frozenset({ChangeKind.SESSIONS, ChangeKind.ANSWERS, ChangeKind.REVIEW})


def _ids(values: Iterable[Any] | None) -> frozenset[Any]:
    return frozenset(v for v in (values or ()) if v is not None)


@dataclass(frozen=True)
class Change:
    """What one write changed.

    Attributes:
        kinds: the kinds of thing that changed (empty: nothing changed).
        learners: ids of the learners involved.
        sessions: ids of the quiz sessions involved.
        modules: ids of the modules involved.
    """

    kinds: frozenset[ChangeKind] = frozenset()
    learners: frozenset[int] = frozenset()
    sessions: frozenset[int] = frozenset()
    modules: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        *kinds: ChangeKind,
        learners: Iterable[int | None] = (),
        sessions: Iterable[int | None] = (),
        modules: Iterable[str | None] = (),
    ) -> Change:
        """A change of these kinds involving these ids (``None`` ids are left out)."""
        return cls(frozenset(kinds), _ids(learners), _ids(sessions), _ids(modules))

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Change) -> Change:
        return Change(
            self.kinds | other.kinds,
            self.learners | other.learners,
            self.sessions | other.sessions,
            self.modules | other.modules,
        )

    def touches(self, *kinds: ChangeKind) -> bool:
        """Whether any of ``kinds`` changed."""
        return not self.kinds.isdisjoint(kinds)

    @property
    def results(self) -> bool:
        """Whether learners' results changed (sessions, answers or review cards)."""
        return not self.kinds.isdisjoint(RESULT_KINDS)

    def involves_learner(self, learner_id: int | None) -> bool:
        """Whether the change concerns this learner (or names no learner at all)."""
        return not self.learners or learner_id in self.learners


#: Nothing changed.
NOTHING = Change()


@dataclass(frozen=True)
class Written(Generic[T]):
    """A write that made something: the value and what changed."""

    value: T
    change: Change


@dataclass(frozen=True)
class LibraryOverview:
    """What the library shows for one learner."""

    summaries: dict[str, LearnerModuleSummary] = field(default_factory=dict)
    unfinished: list[SessionRecord] = field(default_factory=list)
    due: int = 0


@dataclass(frozen=True)
class PinState:
    """Whether a trainer PIN is set and how long to wait before the next try."""

    has_pin: bool
    wait: float


@dataclass(frozen=True)
class ModuleLibrary:
    """The loaded modules (one snapshot) and the problems met while loading them."""

    sets: Mapping[str, ModuleSet] = field(default_factory=dict)
    errors: tuple[ModuleError, ...] = ()
    loaded: bool = False


def _learner_of(session: QuizSession) -> list[int | None]:
    return [session.learner_id]


class Training:
    """The results store and the module library, as the Training workspace uses them.

    Args:
        store: an open results store, or ``None`` to open one later with :meth:`open_store`.
        roots: the folders modules are loaded from (default: the bundled modules and the user's).
        save_root: where new modules are saved (default: the first root, or the user's modules
            folder with the default roots).
        policy_module: regenerate the "Our policies" module from the policy sheet before each
            load (default: only with the default roots).
    """

    def __init__(
        self,
        store: Store | None = None,
        *,
        roots: str | Path | Sequence[str | Path] | None = None,
        save_root: str | Path | None = None,
        policy_module: bool | None = None,
    ) -> None:
        self._store = store
        self._owns_store = False
        if roots is None:
            self.roots: list[Path] = list(module_search_path())
            default_save = self.roots[-1]
        elif isinstance(roots, str | Path):
            self.roots = [Path(roots)]
            default_save = self.roots[0]
        else:
            self.roots = [Path(r) for r in roots]
            default_save = self.roots[0]
        self.save_root = Path(save_root) if save_root is not None else default_save
        self.policy_module = roots is None if policy_module is None else policy_module
        self.library = ModuleLibrary()

    # -- the store --------------------------------------------------------------------------------

    def open_store(self, path: str | Path) -> Store:
        """Open the results database at ``path`` (closed again by :meth:`close`)."""
        store = Store(path)
        self._store = store
        self._owns_store = True
        return store

    @property
    def store(self) -> Store:
        """The open results store.

        Raises:
            StoreError: none is open.
        """
        if self._store is None:
            raise StoreError("the results database is not open")
        return self._store

    @property
    def has_store(self) -> bool:
        """Whether a store is open."""
        return self._store is not None

    def close(self) -> None:
        """Close the store if :meth:`open_store` opened it (a store passed in stays open)."""
        store, self._store = self._store, None
        if store is not None and self._owns_store:
            with contextlib.suppress(CxError):
                store.close()

    # -- the module library -----------------------------------------------------------------------

    def reload_modules(self, policy_sheet: str | Path | None = None) -> Change:
        """Load every module again; problems go to :attr:`ModuleLibrary.errors`, not raised.

        Args:
            policy_sheet: the policy sheet "Our policies" is generated from (default: the
                bundled example), when :attr:`policy_module` is on.
        """
        errors: list[ModuleError] = []
        if self.policy_module:
            from cx_trainer.training.policy_module import ensure_policy_module

            try:
                ensure_policy_module(policy_sheet or None)
            except CxError as exc:
                errors.append(ModuleError(f"the 'Our policies' module was not updated: {exc}"))
        sets = discover_modules(self.roots, errors=errors)
        before = set(self.library.sets)
        library = ModuleLibrary(
            sets={next(iter(s.values())).id: s for s in sets if s},
            errors=tuple(errors),
            loaded=True,
        )
        self.library = library
        return Change.of(ChangeKind.MODULES, modules=before | set(library.sets))

    @property
    def module_sets(self) -> Mapping[str, ModuleSet]:
        """Every loaded module, by id (language -> module)."""
        return self.library.sets

    def module(self, module_id: str, language: str | None = None) -> Module | None:
        """A module in ``language`` (else English, else any), or ``None``."""
        module_set = self.library.sets.get(module_id)
        if not module_set:
            return None
        for lang in (language, "en"):
            if lang is not None and lang in module_set:
                return module_set[lang]
        return next(iter(module_set.values()))

    def modules(self, language: str | None = None) -> list[Module]:
        """Every module in ``language`` (or its fallback), by id."""
        found = [self.module(module_id, language) for module_id in sorted(self.library.sets)]
        return [m for m in found if m is not None]

    def languages(self) -> list[str]:
        """The languages any module is available in (English first)."""
        found = {lang for s in self.library.sets.values() for lang in s}
        return [lang for lang in ("en", "de", "nb") if lang in found] or ["en"]

    def resolver(self) -> Callable[[str, str], Module]:
        """``(module_id, language) -> Module`` over the modules loaded now (for resuming)."""
        sets = dict(self.library.sets)

        def resolve(module_id: str, language: str) -> Module:
            module_set = sets.get(module_id)
            if not module_set:
                raise ModuleError(f"module {module_id!r} is not available any more")
            if language not in module_set:
                raise ModuleError(f"module {module_id!r} has no {language!r} version any more")
            return module_set[language]

        return resolve

    def free_module_id(self, module_id: str) -> str:
        """``module_id``, or ``module_id-2``, ``-3``… when a module or folder has it already."""
        candidate, number = module_id, 2
        while (self.save_root / candidate).exists() or candidate in self.library.sets:
            candidate = f"{module_id}-{number}"
            number += 1
        return candidate

    def import_module(self, path: str | Path, fmt: str, *, language: str = "en") -> ImportResult:
        """Read a GIFT or Aiken file as a module (not saved; see :meth:`add_module`).

        Raises:
            ValueError: ``fmt`` is not ``gift`` or ``aiken``.
            ModuleError: the file cannot be read or holds no usable question.
        """
        if fmt == "gift":
            from cx_trainer.training.gift import import_gift as importer
        elif fmt == "aiken":
            from cx_trainer.training.aiken import import_aiken as importer
        else:
            raise ValueError(f"unknown module format {fmt!r} (known: {', '.join(MODULE_FORMATS)})")
        return importer(path, language=language)

    def add_module(self, module: Module) -> Written[Path]:
        """Save ``module`` as a new module under :attr:`save_root` (a free id) and reload.

        Raises:
            ModuleError: the module does not satisfy the format.
        """
        import dataclasses

        free = self.free_module_id(module.id)
        if free != module.id:
            module = dataclasses.replace(module, id=free)
        target = save_module(module, self.save_root)
        return Written(
            target, self.reload_modules() | Change.of(ChangeKind.MODULES, modules=[free])
        )

    def export_module(self, module: Module, path: str | Path, fmt: str) -> ExportResult:
        """Write ``module`` as GIFT or Aiken to ``path`` (by safe replace).

        Raises:
            ValueError: ``fmt`` is not ``gift`` or ``aiken``.
        """
        if fmt == "gift":
            from cx_trainer.training.gift import export_gift as exporter
        elif fmt == "aiken":
            from cx_trainer.training.aiken import export_aiken as exporter
        else:
            raise ValueError(f"unknown module format {fmt!r} (known: {', '.join(MODULE_FORMATS)})")
        result = exporter(module)
        atomic_write_text(path, result.text)
        return result

    # -- learners ---------------------------------------------------------------------------------

    def learners(self) -> list[Learner]:
        """Every learner, by name."""
        return self.store.learners()

    def find_learner(self, learner_id: int | None) -> Learner | None:
        """The learner with this id, or ``None`` (also when there is none any more)."""
        if learner_id is None:
            return None
        try:
            return self.store.learner(learner_id)
        except StoreError:
            return None

    def add_learner(self, name: str) -> Written[Learner]:
        """The learner with this name, added if missing (a name used already is that learner).

        Raises:
            StoreError: the name is empty or the store cannot be written.
        """
        known = self.store.learner_named(name)
        learner = known if known is not None else self.store.get_or_add_learner(name)
        change = (
            NOTHING if known is not None else Change.of(ChangeKind.LEARNERS, learners=[learner.id])
        )
        return Written(learner, change)

    def rename_learner(self, learner_id: int, name: str) -> Change:
        """Give a learner a new name.

        Raises:
            StoreError: the name is empty, used by someone else, or there is no such learner.
        """
        self.store.learner(learner_id)
        self.store.rename_learner(learner_id, name)
        return Change.of(ChangeKind.LEARNERS, learners=[learner_id])

    def merge_learners(self, source_id: int, target_id: int) -> Change:
        """Merge learner ``source_id`` into ``target_id`` (sessions, answers, review cards) and
        delete the source (a participant who joined a live quiz under a second name).

        Raises:
            StoreError: the same learner twice, or either does not exist.
        """
        sessions = [s.id for s in self.store.sessions(source_id)]
        self.store.merge_learners(source_id, target_id)
        return Change.of(
            ChangeKind.LEARNERS,
            ChangeKind.SESSIONS,
            ChangeKind.ANSWERS,
            ChangeKind.REVIEW,
            learners=[source_id, target_id],
            sessions=sessions,
        )

    def delete_learner(self, learner_id: int) -> Change:
        """Delete a learner with all their sessions, answers and review cards."""
        sessions = [s.id for s in self.store.sessions(learner_id)]
        self.store.delete_learner(learner_id)
        return Change.of(
            ChangeKind.LEARNERS,
            ChangeKind.SESSIONS,
            ChangeKind.ANSWERS,
            ChangeKind.REVIEW,
            learners=[learner_id],
            sessions=sessions,
        )

    # -- a learner's results ----------------------------------------------------------------------

    def due(self, learner_id: int, language: str | None = None) -> list[DueQuestion]:
        """The learner's questions due for review now, earliest first."""
        sets = dict(self.library.sets)
        return due_questions(self.store, learner_id, sets, language=language) if sets else []

    def overview(self, learner_id: int, language: str | None = None) -> LibraryOverview:
        """The learner's results per module, unfinished sessions and questions due."""
        summaries = {s.module_id: s for s in learner_summaries(self.store, learner_id=learner_id)}
        unfinished = self.store.unfinished_sessions(learner_id)
        return LibraryOverview(summaries, unfinished, len(self.due(learner_id, language)))

    def dashboard(
        self,
        *,
        module_id: str | None = None,
        learner_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> Any:
        """Everyone's figures for the trainer's dashboard (a :class:`~cx_trainer.store.DashboardData`)."""
        from cx_trainer.store import dashboard_data

        return dashboard_data(
            self.store, module_id=module_id, learner_id=learner_id, since=since, until=until
        )

    def export_answers_csv(self, path: str | Path, *, module_id: str | None = None) -> int:
        """Write one CSV row per answer (of one module, or all) to ``path``; the row count."""
        from cx_trainer.store import export_answers_csv

        return export_answers_csv(self.store, path, module_id=module_id)

    def export_summary_csv(self, path: str | Path) -> int:
        """Write one CSV row per learner and module to ``path``; the row count."""
        from cx_trainer.store import export_summary_csv

        return export_summary_csv(self.store, path)

    # -- quizzes ----------------------------------------------------------------------------------

    def start_quiz(self, plan: QuizPlan, learner_id: int) -> Written[QuizSession]:
        """Begin a recorded session of ``plan`` for a learner."""
        session = QuizSession.start(plan, store=self.store, learner_id=learner_id)
        change = Change.of(
            ChangeKind.SESSIONS, learners=[learner_id], sessions=[session.session_id]
        )
        return Written(session, change)

    def start_self_test(
        self, learner_id: int, module_id: str, language: str | None = None
    ) -> Written[QuizSession]:
        """Begin a self-test on every question of a module.

        Raises:
            ModuleError: no such module is loaded.
        """
        module = self.module(module_id, language)
        if module is None:
            raise ModuleError(f"module {module_id!r} is not available")
        return self.start_quiz(plan_quiz(module, mode=Mode.SELF_TEST), learner_id)

    def start_review(
        self, learner_id: int, language: str | None = None, *, limit: int = REVIEW_LIMIT
    ) -> Written[QuizSession | None]:
        """Begin a review of the questions due now (``None`` and no change when none is due)."""
        plan = plan_review(self.due(learner_id, language), limit=limit)
        if plan is None:
            return Written(None, NOTHING)
        started = self.start_quiz(plan, learner_id)
        return Written(started.value, started.change)

    def start_practice(
        self, learner_id: int, due: Sequence[DueQuestion]
    ) -> Written[QuizSession | None]:
        """Begin a session of just these questions (e.g. the ones missed in a quiz)."""
        plan = plan_review(due)
        if plan is None:
            return Written(None, NOTHING)
        started = self.start_quiz(plan, learner_id)
        return Written(started.value, started.change)

    def resume(self, session_id: int) -> QuizSession:
        """An unfinished session, ready at its next unanswered question.

        Raises:
            StoreError: the session is finished or its questions are not available any more.
        """
        return QuizSession.resume(self.store, session_id, resolve=self.resolver())

    def record_answer(
        self, session: QuizSession, response: Any, *, seconds: float | None = None
    ) -> Written[Grade | None]:
        """Score and record the answer to the session's current question.

        Returns:
            The grade (``None`` in an exam, which gives no feedback until the end).
        """
        grade = session.answer(response, seconds=seconds)
        change = Change.of(
            ChangeKind.ANSWERS,
            ChangeKind.REVIEW,
            ChangeKind.SESSIONS,
            learners=_learner_of(session),
            sessions=[session.session_id],
        )
        return Written(grade, change)

    def rate(self, session: QuizSession, rating: Rating) -> Change:
        """The learner found the question just answered hard or easy (its review card)."""
        session.rate(rating)
        return Change.of(
            ChangeKind.REVIEW, learners=_learner_of(session), sessions=[session.session_id]
        )

    def finish(self, session: QuizSession) -> Written[QuizResult]:
        """Close the session and compare its score with the pass mark."""
        result = session.finish()
        change = Change.of(
            ChangeKind.SESSIONS, learners=_learner_of(session), sessions=[session.session_id]
        )
        return Written(result, change)

    def abandon_session(self, session_id: int) -> Change:
        """Give up an unfinished session (its answers stay; it does not count as finished)."""
        learner_id = self.store.session(session_id).learner_id
        self.store.abandon_session(session_id)
        return Change.of(ChangeKind.SESSIONS, learners=[learner_id], sessions=[session_id])

    # -- group sessions ---------------------------------------------------------------------------

    def start_group(self, plan: QuizPlan, names: Sequence[str]) -> Written[Any]:
        """Begin a group session (a :class:`~cx_trainer.training.group.GroupSession`); every
        name becomes, or is found as, a learner.

        Raises:
            ValueError: no names, or a name given twice.
        """
        from cx_trainer.training.group import GroupSession

        before = {learner.id for learner in self.store.learners()}
        group = GroupSession.start(plan, names, store=self.store)
        sessions = list(group.sessions.values())
        learners = [s.learner_id for s in sessions]
        kinds = [ChangeKind.SESSIONS]
        if any(learner_id not in before for learner_id in learners):
            kinds.append(ChangeKind.LEARNERS)
        change = Change.of(*kinds, learners=learners, sessions=[s.session_id for s in sessions])
        return Written(group, change)

    @staticmethod
    def _group_change(group: Any, *kinds: ChangeKind) -> Change:
        sessions = list(group.sessions.values())
        return Change.of(
            *kinds,
            learners=[s.learner_id for s in sessions],
            sessions=[s.session_id for s in sessions],
        )

    def record_group(
        self, group: Any, right: Collection[str], *, seconds: float | None = None
    ) -> Change:
        """Record the current question of a group session (``right``: who answered right)."""
        group.record(right, seconds=seconds)
        return self._group_change(group, ChangeKind.ANSWERS, ChangeKind.REVIEW, ChangeKind.SESSIONS)

    def finish_group(self, group: Any) -> Written[dict[str, QuizResult]]:
        """Close every participant's session; their results by name."""
        results = group.finish()
        return Written(results, self._group_change(group, ChangeKind.SESSIONS))

    def abandon_group(self, group: Any) -> Change:
        """Stop a group session early (answers kept, not counted as finished quizzes)."""
        group.abandon()
        return self._group_change(group, ChangeKind.SESSIONS)

    # -- the trainer PIN --------------------------------------------------------------------------

    def pin_state(self) -> PinState:
        """Whether a PIN is set and the seconds to wait before the next try."""
        guard = PinGuard(self.store)
        return PinState(guard.has_pin(), guard.wait_time())

    def set_pin(self, pin: str) -> Change:
        """Set the trainer PIN (only its salted hash is kept).

        Raises:
            StoreError: the PIN is too short.
        """
        PinGuard(self.store).set_pin(pin)
        return Change.of(ChangeKind.PIN)

    def check_pin(self, pin: str) -> Written[PinCheck]:
        """Check a PIN entry (wrong entries are counted, so this is a write)."""
        return Written(PinGuard(self.store).check(pin), Change.of(ChangeKind.PIN))

    def change_pin(self, current: str, new: str) -> Written[PinCheck]:
        """Set a new PIN if ``current`` is right; the check of ``current``."""
        guard = PinGuard(self.store)
        result = guard.check(current)
        if result.ok:
            guard.set_pin(new)
        return Written(result, Change.of(ChangeKind.PIN))

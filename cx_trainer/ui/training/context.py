"""The Training workspace's state, shared by its views: the facade, the modules, the learner.

:class:`TrainingContext` is the one object the views follow. It wraps the Qt-free
:class:`~cx_trainer.training.Training` facade (the results store and the module library) and a
*serial queue*, a one-thread pool through which every store call runs in order, so writes never
overlap and the UI never waits for the disk. Module loading, validation and PDF writing run on a
small pool of its own (through the app's one worker helper), so they never wait behind the Audit
workspace's long checks.

Views read with :meth:`TrainingContext.read` and write with :meth:`TrainingContext.write`. Every
write returns a :class:`~cx_trainer.training.Change`; the context emits it as the one
``changed(Change)`` signal, and the views redraw in a slot on that signal (nobody announces
refreshes by hand).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from cx_trainer import paths
from cx_trainer.errors import CxError, ModuleError
from cx_trainer.store import Learner, Store
from cx_trainer.training import (
    Change,
    Module,
    ModuleLibrary,
    ModuleSet,
    Training,
    Written,
)
from cx_trainer.ui.settings import AppSettings
from cx_trainer.ui.training._common import interface_language
from cx_trainer.ui.workers import Task, run_in_background

__all__ = ["TrainingContext"]

_log = logging.getLogger(__name__)

_KEY_LEARNER = "training/learner"

def _settings() -> Any:
    from cx_trainer.ui.settings import app_settings

    return app_settings()


def change_of(result: Any) -> Change:
    """The change a facade write reports (a :class:`Change`, or a :class:`Written`'s)."""
    if isinstance(result, Change):
        return result
    if isinstance(result, Written):
        return result.change
    return Change()


def _alive(fn: Callable[..., Any]) -> bool:
    """Whether a callback's widget still exists (a page rebuilt meanwhile, e.g. on a language
    change, must not get the result)."""
    owner = getattr(fn, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


class TrainingContext(QObject):
    """State of the Training workspace.

    Args:
        parent: the owning widget.
        store: an open results store (kept open when the context closes), or ``None`` to open
            :func:`cx_trainer.paths.database_path` on the serial queue.
        modules_root: where modules are loaded from (default: the bundled modules and the user's
            own); new modules are saved there too (default: the user's modules folder).

    Signals:
        changed(object): a write changed something (the :class:`~cx_trainer.training.Change`);
            emitted once after every write, on the UI thread. Views redraw from it.
        store_ready(): the store is open.
        learner_changed(): :attr:`learner` (who is signed in here) changed (may be ``None``).
        language_changed(str): the module language changed.
        trainer_changed(bool): the trainer area was unlocked (True) or locked.
        message(str): something the user should read (an error, in plain words).
    """

    changed = Signal(object)
    store_ready = Signal()
    learner_changed = Signal()
    language_changed = Signal(str)
    trainer_changed = Signal(bool)
    message = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        store: Store | None = None,
        modules_root: str | Path | Sequence[str | Path] | None = None,
    ) -> None:
        super().__init__(parent)
        if modules_root is None:
            self.training = Training(store)
        else:
            self.training = Training(store, roots=modules_root)
        self.store: Store | None = store
        self._queue = QThreadPool(self)
        self._queue.setObjectName("cx-trainer-store-queue")
        self._queue.setMaxThreadCount(1)
        # Module loading, validation and PDFs: not behind the Audit workspace's long checks.
        self._workers = QThreadPool(self)
        self._workers.setObjectName("cx-trainer-training-workers")
        self._workers.setMaxThreadCount(2)
        self._library = ModuleLibrary()
        self.learner: Learner | None = None
        # Module texts follow the interface language; the library can switch for the session.
        self.language = interface_language()
        self.trainer_unlocked = False
        self._closed = False
        self._tasks: set[Task] = set()

    # -- start and stop ---------------------------------------------------------------------------

    def open(self) -> None:
        """Open the store (if none was given) and load the modules, both in the background."""
        if self.store is None:
            self.run_store(self._open_store, on_done=self._on_store_opened, needs_store=False)
        else:
            self.store_ready.emit()
        self.reload_modules()

    def _open_store(self) -> Store:
        return self.training.open_store(paths.database_path())

    def _on_store_opened(self, store: Store) -> None:
        self.store = store
        self.store_ready.emit()

    def close(self, timeout_ms: int = 10000) -> None:
        """Wait for queued store calls, then close the store if this context opened it."""
        if self._closed:
            return
        self._closed = True
        self._queue.waitForDone(timeout_ms)
        self._workers.waitForDone(timeout_ms)
        self.training.close()

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called."""
        return self._closed

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Block until the serial queue and the workers are idle (tests and shutdown)."""
        return bool(self._queue.waitForDone(timeout_ms) and self._workers.waitForDone(timeout_ms))

    # -- what changed -----------------------------------------------------------------------------

    def announce(self, change: Change) -> None:
        """Emit ``changed`` for a change (nothing when it is empty)."""
        if not change or self._closed or not shiboken6.isValid(self):
            return
        self.changed.emit(change)

    # -- running work -----------------------------------------------------------------------------

    def _keep(self, task: Task, on_done: Callable[[Any], None] | None,
              on_fail: Callable[[BaseException], None] | None) -> Task:
        """Hold the task until it is done and deliver its outcome unless the context closed."""
        self._tasks.add(task)
        task.done.connect(lambda: self._tasks.discard(task))
        fail = on_fail if on_fail is not None else self.report

        def deliver(value: Any) -> None:
            if not self._closed and shiboken6.isValid(self) and on_done is not None and _alive(on_done):
                on_done(value)

        def deliver_failure(error: Any) -> None:
            if not self._closed and shiboken6.isValid(self) and _alive(fail):
                fail(error)

        task.finished.connect(deliver)
        task.failed.connect(deliver_failure)
        return task

    def read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_fail: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(training, *args, **kwargs)``, a facade read, on the serial store queue.

        Args:
            fn: the call, e.g. ``Training.learners``; it gets the facade first.
            on_done: called on the UI thread with the result.
            on_fail: called on the UI thread with the exception (default: :attr:`message`).
        """
        training = self.training
        return self._keep(
            run_in_background(fn, training, *args, pool=self._queue, **kwargs), on_done, on_fail
        )

    def write(
        self,
        fn: Callable[..., Change | Written[Any]],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_fail: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(training, *args, **kwargs)``, a facade write, on the serial store queue.

        On the UI thread, ``changed`` is emitted with the write's change first, then ``on_done``
        gets the result (the :class:`Change` or the :class:`Written`).
        """
        training = self.training

        def done(result: Any) -> None:
            # The change is announced even when the asking page is gone: others redraw from it.
            self.announce(change_of(result))
            if on_done is not None and _alive(on_done):
                on_done(result)

        return self._keep(
            run_in_background(fn, training, *args, pool=self._queue, **kwargs), done, on_fail
        )

    def run_store(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_fail: Callable[[BaseException], None] | None = None,
        needs_store: bool = True,
        **kwargs: Any,
    ) -> Task:
        """Queue ``fn(store, *args, **kwargs)`` on the serial store queue (prefer :meth:`read`
        and :meth:`write`: a write made here announces nothing).

        Args:
            fn: the call; it gets the open store first unless ``needs_store`` is false.
            on_done: called on the UI thread with the result.
            on_fail: called on the UI thread with the exception (default: :attr:`message`).
            needs_store: pass the store as the first argument.
        """
        training = self.training

        def call() -> Any:
            if not needs_store:
                return fn(*args, **kwargs)
            return fn(training.store, *args, **kwargs)

        return self._keep(run_in_background(call, pool=self._queue), on_done, on_fail)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_fail: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run a core call that does not touch the store on the workspace's worker pool."""
        return self._keep(run_in_background(fn, *args, pool=self._workers, **kwargs), on_done,
                          on_fail)

    def report(self, error: BaseException) -> None:
        """Tell the user about a failed call (in plain words)."""
        if not isinstance(error, CxError):
            _log.error("training call failed", exc_info=error)
        self.message.emit(str(error))

    # -- modules ----------------------------------------------------------------------------------

    def reload_modules(self) -> None:
        """Load every module again (after editing) in the background; ``changed`` follows."""
        # "Our policies" follows the policy sheet the Audit workspace uses.
        policy = AppSettings().policy_path or None
        self.run(self.training.reload_modules, policy, on_done=self._on_modules_loaded)

    def _on_modules_loaded(self, change: Change) -> None:
        # The views see the new library from here on (the UI thread), with the change.
        self._library = self.training.library
        self.announce(change)
        for error in self._library.errors:
            self.message.emit(str(error))

    @property
    def module_sets(self) -> Mapping[str, ModuleSet]:
        """Every loaded module, by id (language -> module)."""
        return self._library.sets

    @property
    def module_errors(self) -> list[ModuleError]:
        """The problems met while loading the modules."""
        return list(self._library.errors)

    @property
    def modules_loaded(self) -> bool:
        """Whether the modules were loaded at least once."""
        return self._library.loaded

    @property
    def save_root(self) -> Path:
        """Where new modules are saved."""
        return self.training.save_root

    def module(self, module_id: str, language: str | None = None) -> Module | None:
        """A module in the chosen language (else English, else any), or ``None``."""
        module_set = self._library.sets.get(module_id)
        if not module_set:
            return None
        for lang in (language or self.language, "en"):
            if lang in module_set:
                return module_set[lang]
        return next(iter(module_set.values()))

    def modules(self) -> list[Module]:
        """Every module in the chosen language (or its fallback), by id."""
        out = [self.module(module_id) for module_id in sorted(self._library.sets)]
        return [m for m in out if m is not None]

    def resolver(self) -> Callable[[str, str], Module]:
        """``(module_id, language) -> Module`` over the loaded modules (for resuming)."""
        return self.training.resolver()

    def languages(self) -> list[str]:
        """The languages any module is available in (English first)."""
        found = {lang for s in self._library.sets.values() for lang in s}
        return [lang for lang in ("en", "de", "nb") if lang in found] or ["en"]

    def set_language(self, language: str) -> None:
        """Show modules in ``language`` (where a module has it; else English)."""
        if language == self.language:
            return
        self.language = language
        self.language_changed.emit(language)

    # -- learner ----------------------------------------------------------------------------------

    def remembered_learner(self) -> int | None:
        """The id of the learner who used this computer last, if any."""
        value = _settings().value(_KEY_LEARNER, None)
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def set_learner(self, learner: Learner | None) -> None:
        """Make ``learner`` the current learner (remembered on this computer)."""
        self.learner = learner
        settings = _settings()
        if learner is None:
            settings.remove(_KEY_LEARNER)
        else:
            settings.setValue(_KEY_LEARNER, learner.id)
        settings.sync()
        self.learner_changed.emit()

    # -- trainer area -----------------------------------------------------------------------------

    def set_trainer_unlocked(self, unlocked: bool) -> None:
        """Unlock or lock the trainer functions."""
        if unlocked != self.trainer_unlocked:
            self.trainer_unlocked = unlocked
            self.trainer_changed.emit(unlocked)

"""The results database: one SQLite file with learners, quiz sessions, answers, review cards and
settings.

Owns the schema and its migrations (``PRAGMA user_version``), the connection settings (WAL,
``busy_timeout``, foreign keys, full sync) and every statement that writes. Each answer is its
own committed transaction, so a crash loses nothing that was answered and the session can be
resumed; two app instances may open the same file at once (writers wait for each other).
Every SQLite problem surfaces as a :class:`~cx_trainer.errors.StoreError` with a plain message.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from cx_trainer import paths
from cx_trainer.errors import StoreError

__all__ = [
    "SCHEMA_VERSION",
    "AnswerRecord",
    "CardRecord",
    "Learner",
    "SessionRecord",
    "Store",
    "format_time",
    "parse_time",
    "utc_now",
]

T = TypeVar("T")

# Each script moves the schema from version i to i + 1; never edit a released one, add another.
_MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created TEXT NOT NULL
    );
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        mode TEXT NOT NULL,
        module_id TEXT,
        language TEXT,
        pass_mark INTEGER,
        question_count INTEGER NOT NULL,
        plan TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT,
        abandoned INTEGER NOT NULL DEFAULT 0,
        score REAL,
        passed INTEGER
    );
    CREATE INDEX sessions_learner
        ON sessions(learner_id, module_id, finished, score, passed, started);
    CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        language TEXT NOT NULL,
        response TEXT NOT NULL,
        fraction REAL NOT NULL,
        correct INTEGER NOT NULL,
        seconds REAL,
        answered TEXT NOT NULL,
        UNIQUE (session_id, position)
    );
    CREATE INDEX answers_question ON answers(module_id, question_id);
    CREATE INDEX answers_learner ON answers(learner_id, module_id);
    -- Running totals per question, learner and mode, kept by triggers, so the trainer
    -- dashboard reads a few thousand rows instead of every answer.
    CREATE TABLE question_totals (
        module_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        mode TEXT NOT NULL,
        answers INTEGER NOT NULL,
        fraction_sum REAL NOT NULL,
        correct_sum INTEGER NOT NULL,
        seconds_sum REAL NOT NULL,
        seconds_count INTEGER NOT NULL,
        PRIMARY KEY (module_id, question_id, learner_id, mode)
    ) WITHOUT ROWID;
    CREATE INDEX question_totals_learner
        ON question_totals(learner_id, module_id, question_id, mode, answers, fraction_sum);
    CREATE TRIGGER answers_add_totals AFTER INSERT ON answers BEGIN
        INSERT INTO question_totals(module_id, question_id, learner_id, mode, answers,
                                    fraction_sum, correct_sum, seconds_sum, seconds_count)
        VALUES (NEW.module_id, NEW.question_id, NEW.learner_id,
                (SELECT mode FROM sessions WHERE id = NEW.session_id), 1, NEW.fraction,
                NEW.correct, COALESCE(NEW.seconds, 0), NEW.seconds IS NOT NULL)
        ON CONFLICT (module_id, question_id, learner_id, mode) DO UPDATE SET
            answers = answers + 1,
            fraction_sum = fraction_sum + excluded.fraction_sum,
            correct_sum = correct_sum + excluded.correct_sum,
            seconds_sum = seconds_sum + excluded.seconds_sum,
            seconds_count = seconds_count + excluded.seconds_count;
    END;
    CREATE TRIGGER answers_remove_totals AFTER DELETE ON answers BEGIN
        UPDATE question_totals SET
            answers = answers - 1,
            fraction_sum = fraction_sum - OLD.fraction,
            correct_sum = correct_sum - OLD.correct,
            seconds_sum = seconds_sum - COALESCE(OLD.seconds, 0),
            seconds_count = seconds_count - (OLD.seconds IS NOT NULL)
        WHERE module_id = OLD.module_id AND question_id = OLD.question_id
            AND learner_id = OLD.learner_id
            AND mode = (SELECT mode FROM sessions WHERE id = OLD.session_id);
        DELETE FROM question_totals WHERE answers <= 0 AND module_id = OLD.module_id
            AND question_id = OLD.question_id AND learner_id = OLD.learner_id;
    END;
    CREATE TABLE review_cards (
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        card TEXT NOT NULL,
        due TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (learner_id, module_id, question_id)
    ) WITHOUT ROWID;
    CREATE INDEX review_due ON review_cards(learner_id, due);
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
)

#: The schema version this code writes.
SCHEMA_VERSION = len(_MIGRATIONS)


def utc_now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def format_time(moment: datetime) -> str:
    """A fixed-width UTC ISO-8601 text that sorts in time order (naive times count as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text: str) -> datetime:
    """Read a time written by :func:`format_time`."""
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


@dataclass(frozen=True)
class Learner:
    """A person who takes quizzes."""

    id: int
    name: str
    created: datetime


@dataclass(frozen=True)
class SessionRecord:
    """A quiz session as stored.

    Attributes:
        plan: the JSON the training layer stored to rebuild the session (questions, order,
            choice permutations, limits); opaque to the store.
        answered: how many answers are recorded.
    """

    id: int
    learner_id: int
    mode: str
    module_id: str | None
    language: str | None
    pass_mark: int | None
    question_count: int
    plan: dict[str, Any]
    started: datetime
    finished: datetime | None
    abandoned: bool
    score: float | None
    passed: bool | None
    answered: int


@dataclass(frozen=True)
class AnswerRecord:
    """One recorded answer."""

    id: int
    session_id: int
    position: int
    learner_id: int
    module_id: str
    question_id: str
    language: str
    response: Any
    fraction: float
    correct: bool
    seconds: float | None
    answered: datetime


@dataclass(frozen=True)
class CardRecord:
    """The spaced-review state of one question for one learner (``card`` is FSRS JSON)."""

    learner_id: int
    module_id: str
    question_id: str
    card: str
    due: datetime


def _plain_message(exc: sqlite3.Error) -> str:
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return "the results database is busy (another program is writing to it); try again"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return "the results database is damaged or is not a CX Trainer database"
    if "unable to open" in lowered:
        return "cannot open the results database (check the folder exists and is writable)"
    if "readonly" in lowered or "read-only" in lowered:
        return "the results database is read-only"
    if "disk" in lowered and "full" in lowered:
        return "the disk is full; the results database cannot be written"
    return f"the results database failed ({text})"


class Store:
    """A connection to the results database.

    Args:
        path: the SQLite file; default :func:`cx_trainer.paths.database_path`. It is created
            (with its folder) if missing and migrated to :data:`SCHEMA_VERSION`.
        timeout: seconds to wait for another writer before giving up.

    The object may be shared between threads (calls are serialised by a lock). Use it as a
    context manager or call :meth:`close`.

    Raises:
        StoreError: the file cannot be opened, is not a database, or is newer than this code.
    """

    def __init__(self, path: str | Path | None = None, *, timeout: float = 10.0) -> None:
        self.path = Path(path) if path is not None else paths.database_path()
        self._lock = threading.RLock()
        if self.path.is_dir():
            raise StoreError("this is a folder, not a database file", path=self.path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the folder for the results database ({exc.strerror or exc})",
                path=self.path,
            ) from None
        try:
            self._conn = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(_plain_message(exc), path=self.path) from None
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            mode = self._conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StoreError(
                    f"the results database cannot use write-ahead logging (mode {mode})",
                    path=self.path,
                )
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate()
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError(_plain_message(exc), path=self.path) from None
        except StoreError:
            self._conn.close()
            raise

    # -- plumbing -----------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (further calls fail)."""
        with self._lock:
            self._conn.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for read-only queries (statistics)."""
        return self._conn

    def _fail(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(_plain_message(exc), path=self.path)

    def read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(connection)`` for reading, under the lock; SQLite errors become StoreError."""
        with self._lock:
            try:
                return fn(self._conn)
            except sqlite3.Error as exc:
                raise self._fail(exc) from None

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken with ``BEGIN IMMEDIATE`` so writers queue up."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._fail(exc) from None
            try:
                yield self._conn
            except BaseException as original:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(original, sqlite3.Error):
                    raise self._fail(original) from None
                raise
            try:
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
                raise self._fail(exc) from None

    def _migrate(self) -> None:
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the results database was written by a newer CX Trainer (schema {version}; "
                f"this version knows {SCHEMA_VERSION})",
                path=self.path,
            )
        if version == SCHEMA_VERSION:
            return
        with self._write() as conn:
            # Another instance may have migrated while we waited for the write lock.
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for target in range(version, SCHEMA_VERSION):
                for statement in _split_sql(_MIGRATIONS[target]):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target + 1}")

    @property
    def schema_version(self) -> int:
        """The schema version of the open file."""
        return int(self.read(lambda c: c.execute("PRAGMA user_version").fetchone()[0]))

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check``: ``"ok"`` or the problems found."""
        rows = self.read(lambda c: c.execute("PRAGMA integrity_check").fetchall())
        return "\n".join(str(row[0]) for row in rows)

    # -- learners -----------------------------------------------------------------------------

    def add_learner(self, name: str) -> Learner:
        """Create a learner.

        Raises:
            StoreError: the name is empty or already used (case-insensitively).
        """
        clean = " ".join(name.split())
        if not clean:
            raise StoreError("a learner needs a name")
        created = utc_now()
        try:
            with self._write() as conn:
                cursor = conn.execute(
                    "INSERT INTO learners(name, created) VALUES (?, ?)",
                    (clean, format_time(created)),
                )
        except StoreError as exc:
            if "UNIQUE" in str(exc):
                raise StoreError(f"there is already a learner called {clean!r}") from None
            raise
        return Learner(id=int(cursor.lastrowid or 0), name=clean, created=created)

    def learner_named(self, name: str) -> Learner | None:
        """The learner with this name (case-insensitive), if any."""
        clean = " ".join(name.split())
        row = self.read(
            lambda c: c.execute(
                "SELECT id, name, created FROM learners WHERE name = ?", (clean,)
            ).fetchone()
        )
        return Learner(row[0], row[1], parse_time(row[2])) if row else None

    def get_or_add_learner(self, name: str) -> Learner:
        """The learner with this name, created if missing."""
        found = self.learner_named(name)
        if found is not None:
            return found
        try:
            return self.add_learner(name)
        except StoreError:
            # Another instance may have added the same name a moment ago.
            found = self.learner_named(name)
            if found is None:
                raise
            return found

    def learner(self, learner_id: int) -> Learner:
        """The learner with this id.

        Raises:
            StoreError: no such learner.
        """
        row = self.read(
            lambda c: c.execute(
                "SELECT id, name, created FROM learners WHERE id = ?", (learner_id,)
            ).fetchone()
        )
        if row is None:
            raise StoreError(f"there is no learner with id {learner_id}")
        return Learner(row[0], row[1], parse_time(row[2]))

    def learners(self) -> list[Learner]:
        """Every learner, by name."""
        rows = self.read(
            lambda c: c.execute(
                "SELECT id, name, created FROM learners ORDER BY name COLLATE NOCASE"
            ).fetchall()
        )
        return [Learner(r[0], r[1], parse_time(r[2])) for r in rows]

    def rename_learner(self, learner_id: int, name: str) -> None:
        """Give a learner a new name.

        Raises:
            StoreError: the name is empty or used by someone else.
        """
        clean = " ".join(name.split())
        if not clean:
            raise StoreError("a learner needs a name")
        try:
            with self._write() as conn:
                conn.execute("UPDATE learners SET name = ? WHERE id = ?", (clean, learner_id))
        except StoreError as exc:
            if "UNIQUE" in str(exc):
                raise StoreError(f"there is already a learner called {clean!r}") from None
            raise

    def delete_learner(self, learner_id: int) -> None:
        """Delete a learner with all their sessions, answers and review cards."""
        with self._write() as conn:
            conn.execute("DELETE FROM learners WHERE id = ?", (learner_id,))

    def merge_learners(self, source_id: int, target_id: int) -> None:
        """Move everything of learner ``source_id`` to ``target_id`` and delete the source.

        For participants of a live quiz who joined under a second name. Sessions and answers
        move as they are (the item analysis counts them under the target); where both have a
        review card for the same question, the one reviewed last is kept. One transaction.

        Raises:
            StoreError: the same learner twice, or either does not exist.
        """
        if source_id == target_id:
            raise StoreError("a learner cannot be merged into themselves")
        self.learner(source_id)
        self.learner(target_id)
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET learner_id = ? WHERE learner_id = ?", (target_id, source_id)
            )
            conn.execute(
                "UPDATE answers SET learner_id = ? WHERE learner_id = ?", (target_id, source_id)
            )
            # The running totals follow inserts and deletes only: count the target's afresh.
            conn.execute(
                "DELETE FROM question_totals WHERE learner_id IN (?, ?)", (source_id, target_id)
            )
            conn.execute(
                "INSERT INTO question_totals(module_id, question_id, learner_id, mode, answers,"
                " fraction_sum, correct_sum, seconds_sum, seconds_count)"
                " SELECT a.module_id, a.question_id, a.learner_id, s.mode, COUNT(*), SUM(a.fraction),"
                " SUM(a.correct), SUM(COALESCE(a.seconds, 0)), SUM(a.seconds IS NOT NULL)"
                " FROM answers a JOIN sessions s ON s.id = a.session_id WHERE a.learner_id = ?"
                " GROUP BY a.module_id, a.question_id, a.learner_id, s.mode",
                (target_id,),
            )
            conn.execute(
                "DELETE FROM review_cards WHERE learner_id = ? AND EXISTS (SELECT 1 FROM review_cards o"
                " WHERE o.learner_id = ? AND o.module_id = review_cards.module_id"
                " AND o.question_id = review_cards.question_id AND o.updated > review_cards.updated)",
                (target_id, source_id),
            )
            conn.execute(
                "DELETE FROM review_cards WHERE learner_id = ? AND EXISTS (SELECT 1 FROM review_cards o"
                " WHERE o.learner_id = ? AND o.module_id = review_cards.module_id"
                " AND o.question_id = review_cards.question_id)",
                (source_id, target_id),
            )
            conn.execute(
                "UPDATE review_cards SET learner_id = ? WHERE learner_id = ?",
                (target_id, source_id),
            )
            conn.execute("DELETE FROM learners WHERE id = ?", (source_id,))

    # -- sessions and answers -------------------------------------------------------------------

    def start_session(
        self,
        learner_id: int,
        *,
        mode: str,
        plan: dict[str, Any],
        question_count: int,
        module_id: str | None = None,
        language: str | None = None,
        pass_mark: int | None = None,
        started: datetime | None = None,
    ) -> int:
        """Record the start of a quiz session and return its id.

        Args:
            learner_id: who takes it.
            mode: ``self_test``, ``exam`` or ``review``.
            plan: JSON-serialisable data to rebuild the session on resume.
            question_count: how many questions it has.
            module_id: the module, or ``None`` for a review across modules.
            language: the language it is taken in.
            pass_mark: percent needed to pass, if any.
            started: the start time (default now).
        """
        when = format_time(started or utc_now())
        plan_text = json.dumps(plan, ensure_ascii=False, sort_keys=True)
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions(learner_id, mode, module_id, language, pass_mark,"
                " question_count, plan, started) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (learner_id, mode, module_id, language, pass_mark, question_count, plan_text, when),
            )
        return int(cursor.lastrowid or 0)

    def record_answer(
        self,
        session_id: int,
        *,
        position: int,
        module_id: str,
        question_id: str,
        language: str,
        response: Any,
        fraction: float,
        correct: bool,
        seconds: float | None = None,
        answered: datetime | None = None,
        card: tuple[str, datetime] | None = None,
        replace: bool = False,
    ) -> int:
        """Record one answer, committed before returning (with its review card, if given).

        Args:
            session_id: the session.
            position: the 0-based position of the question in the session.
            module_id: the question's module.
            question_id: the question.
            language: the language it was shown in.
            response: the learner's response (JSON-serialisable).
            fraction: the credit given, 0..1.
            correct: whether it was fully right.
            seconds: time taken, if measured.
            answered: when (default now).
            card: ``(fsrs_card_json, due)`` to store for spaced review in the same transaction.
            replace: the position may have an answer already (a live quiz, where a player may
                change the answer until time is up); it is replaced in the same transaction,
                and the running totals follow.

        Returns:
            The answer's id.

        Raises:
            StoreError: the position was answered already (and ``replace`` is false), or the
                write failed.
        """
        when = answered or utc_now()
        response_text = json.dumps(response, ensure_ascii=False, sort_keys=True)
        try:
            with self._write() as conn:
                row = conn.execute(
                    "SELECT learner_id FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if row is None:
                    raise StoreError(f"there is no quiz session with id {session_id}")
                learner_id = int(row[0])
                if replace:
                    conn.execute(
                        "DELETE FROM answers WHERE session_id = ? AND position = ?",
                        (session_id, position),
                    )
                cursor = conn.execute(
                    "INSERT INTO answers(session_id, position, learner_id, module_id, question_id,"
                    " language, response, fraction, correct, seconds, answered)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        session_id,
                        position,
                        learner_id,
                        module_id,
                        question_id,
                        language,
                        response_text,
                        float(fraction),
                        int(bool(correct)),
                        seconds,
                        format_time(when),
                    ),
                )
                if card is not None:
                    self._put_card(conn, learner_id, module_id, question_id, card[0], card[1], when)
        except StoreError as exc:
            if "UNIQUE" in str(exc):
                raise StoreError(
                    f"question {position + 1} of session {session_id} was answered already"
                ) from None
            raise
        return int(cursor.lastrowid or 0)

    def finish_session(
        self,
        session_id: int,
        *,
        score: float,
        passed: bool | None,
        finished: datetime | None = None,
    ) -> None:
        """Mark a session finished with its score (0..1) and whether it passed."""
        when = format_time(finished or utc_now())
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET finished = ?, score = ?, passed = ? WHERE id = ?",
                (when, float(score), None if passed is None else int(passed), session_id),
            )

    def abandon_session(self, session_id: int) -> None:
        """Mark an unfinished session as abandoned so it is no longer offered for resuming."""
        with self._write() as conn:
            conn.execute("UPDATE sessions SET abandoned = 1 WHERE id = ?", (session_id,))

    _SESSION_COLUMNS = (
        "s.id, s.learner_id, s.mode, s.module_id, s.language, s.pass_mark, s.question_count,"
        " s.plan, s.started, s.finished, s.abandoned, s.score, s.passed,"
        " (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id)"
    )

    @staticmethod
    def _session(row: Sequence[Any]) -> SessionRecord:
        return SessionRecord(
            id=row[0],
            learner_id=row[1],
            mode=row[2],
            module_id=row[3],
            language=row[4],
            pass_mark=row[5],
            question_count=row[6],
            plan=json.loads(row[7]),
            started=parse_time(row[8]),
            finished=parse_time(row[9]) if row[9] else None,
            abandoned=bool(row[10]),
            score=row[11],
            passed=None if row[12] is None else bool(row[12]),
            answered=int(row[13]),
        )

    def session(self, session_id: int) -> SessionRecord:
        """One session.

        Raises:
            StoreError: no such session.
        """
        row = self.read(
            lambda c: c.execute(
                f"SELECT {self._SESSION_COLUMNS} FROM sessions s WHERE s.id = ?", (session_id,)
            ).fetchone()
        )
        if row is None:
            raise StoreError(f"there is no quiz session with id {session_id}")
        return self._session(row)

    def sessions(self, learner_id: int) -> list[SessionRecord]:
        """A learner's sessions, newest first."""
        rows = self.read(
            lambda c: c.execute(
                f"SELECT {self._SESSION_COLUMNS} FROM sessions s WHERE s.learner_id = ?"
                " ORDER BY s.started DESC, s.id DESC",
                (learner_id,),
            ).fetchall()
        )
        return [self._session(r) for r in rows]

    def unfinished_sessions(self, learner_id: int) -> list[SessionRecord]:
        """A learner's sessions that were neither finished nor abandoned, newest first."""
        rows = self.read(
            lambda c: c.execute(
                f"SELECT {self._SESSION_COLUMNS} FROM sessions s WHERE s.learner_id = ?"
                " AND s.finished IS NULL AND s.abandoned = 0 ORDER BY s.started DESC, s.id DESC",
                (learner_id,),
            ).fetchall()
        )
        return [self._session(r) for r in rows]

    def answers(self, session_id: int) -> list[AnswerRecord]:
        """The answers of one session, by position."""
        rows = self.read(
            lambda c: c.execute(
                "SELECT id, session_id, position, learner_id, module_id, question_id, language,"
                " response, fraction, correct, seconds, answered FROM answers"
                " WHERE session_id = ? ORDER BY position",
                (session_id,),
            ).fetchall()
        )
        return [
            AnswerRecord(
                id=r[0],
                session_id=r[1],
                position=r[2],
                learner_id=r[3],
                module_id=r[4],
                question_id=r[5],
                language=r[6],
                response=json.loads(r[7]),
                fraction=r[8],
                correct=bool(r[9]),
                seconds=r[10],
                answered=parse_time(r[11]),
            )
            for r in rows
        ]

    # -- review cards ---------------------------------------------------------------------------

    @staticmethod
    def _put_card(
        conn: sqlite3.Connection,
        learner_id: int,
        module_id: str,
        question_id: str,
        card: str,
        due: datetime,
        when: datetime,
    ) -> None:
        conn.execute(
            "INSERT INTO review_cards(learner_id, module_id, question_id, card, due, updated)"
            " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(learner_id, module_id, question_id)"
            " DO UPDATE SET card = excluded.card, due = excluded.due, updated = excluded.updated",
            (learner_id, module_id, question_id, card, format_time(due), format_time(when)),
        )

    def put_card(
        self, learner_id: int, module_id: str, question_id: str, card: str, due: datetime
    ) -> None:
        """Store (insert or replace) the review card of one question for one learner."""
        with self._write() as conn:
            self._put_card(conn, learner_id, module_id, question_id, card, due, utc_now())

    def card(self, learner_id: int, module_id: str, question_id: str) -> CardRecord | None:
        """The review card of one question for one learner, if the learner has met it."""
        row = self.read(
            lambda c: c.execute(
                "SELECT card, due FROM review_cards WHERE learner_id = ? AND module_id = ?"
                " AND question_id = ?",
                (learner_id, module_id, question_id),
            ).fetchone()
        )
        if row is None:
            return None
        return CardRecord(learner_id, module_id, question_id, row[0], parse_time(row[1]))

    def cards(self, learner_id: int, *, due_before: datetime | None = None) -> list[CardRecord]:
        """A learner's review cards (those due at or before ``due_before``), earliest due first."""
        limit = format_time(due_before) if due_before is not None else "9999"
        rows = self.read(
            lambda c: c.execute(
                "SELECT module_id, question_id, card, due FROM review_cards"
                " WHERE learner_id = ? AND due <= ? ORDER BY due, module_id, question_id",
                (learner_id, limit),
            ).fetchall()
        )
        return [CardRecord(learner_id, r[0], r[1], r[2], parse_time(r[3])) for r in rows]

    # -- settings -------------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting, or ``default``."""
        row = self.read(
            lambda c: c.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        )
        return str(row[0]) if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting (text)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO settings(key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, str(value)),
            )

    def delete_setting(self, key: str) -> None:
        """Remove a setting (no error if missing)."""
        with self._write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def _split_sql(script: str) -> list[str]:
    """Split a migration script into complete statements (triggers hold several)."""
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        current += line
        if current.strip() and sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements

"""The results database: schema and migrations, connection settings, records, plain errors."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cx_trainer import paths
from cx_trainer.errors import StoreError
from cx_trainer.store import SCHEMA_VERSION, Store, format_time, parse_time


def test_new_database_is_migrated_and_uses_wal(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10000
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"learners", "sessions", "answers", "review_cards", "settings"} <= tables
    assert store.integrity_check() == "ok"


def test_default_path_is_in_user_data(tmp_path: Path) -> None:
    with Store() as opened:
        assert opened.path == paths.database_path()
        assert opened.path.exists()


def test_reopening_keeps_data_and_version(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as first:
        first.add_learner("Ada")
    with Store(path) as second:
        assert [learner.name for learner in second.learners()] == ["Ada"]
        assert second.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer CX Trainer"):
        Store(path)


def test_not_a_database_is_a_plain_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not a database at all, just text " * 100)
    with pytest.raises(StoreError) as info:
        Store(path)
    assert "damaged or is not a CX Trainer database" in str(info.value)
    assert str(path) in str(info.value)


def test_folder_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder, not a database"):
        Store(tmp_path)


def test_learners(store: Store) -> None:
    ada = store.add_learner("  Ada   Lovelace ")
    assert ada.name == "Ada Lovelace"
    with pytest.raises(StoreError, match="already a learner called"):
        store.add_learner("ada lovelace")
    with pytest.raises(StoreError, match="needs a name"):
        store.add_learner("  ")
    assert store.get_or_add_learner("ADA LOVELACE").id == ada.id
    bob = store.get_or_add_learner("Bob")
    assert [learner.name for learner in store.learners()] == ["Ada Lovelace", "Bob"]
    store.rename_learner(bob.id, "Bobby")
    assert store.learner(bob.id).name == "Bobby"
    with pytest.raises(StoreError, match="no learner with id"):
        store.learner(999)


def _session(store: Store, learner_id: int, count: int = 3) -> int:
    return store.start_session(
        learner_id,
        mode="exam",
        plan={"items": list(range(count))},
        question_count=count,
        module_id="m",
        language="en",
        pass_mark=70,
    )


def test_sessions_answers_and_resume_points(store: Store) -> None:
    learner = store.add_learner("Ada")
    sid = _session(store, learner.id)
    store.record_answer(
        sid,
        position=0,
        module_id="m",
        question_id="q1",
        language="en",
        response=[2, 0],
        fraction=0.5,
        correct=False,
        seconds=3.25,
    )
    with pytest.raises(StoreError, match="answered already"):
        store.record_answer(
            sid,
            position=0,
            module_id="m",
            question_id="q1",
            language="en",
            response=1,
            fraction=1,
            correct=True,
        )
    with pytest.raises(StoreError, match="no quiz session"):
        store.record_answer(
            999,
            position=0,
            module_id="m",
            question_id="q1",
            language="en",
            response=1,
            fraction=1,
            correct=True,
        )
    record = store.session(sid)
    assert (record.answered, record.question_count, record.finished) == (1, 3, None)
    assert record.plan == {"items": [0, 1, 2]}
    assert [s.id for s in store.unfinished_sessions(learner.id)] == [sid]
    (answer,) = store.answers(sid)
    assert (answer.response, answer.fraction, answer.correct, answer.seconds) == (
        [2, 0],
        0.5,
        False,
        3.25,
    )
    store.finish_session(sid, score=0.5, passed=False)
    assert store.unfinished_sessions(learner.id) == []
    finished = store.session(sid)
    assert finished.score == 0.5 and finished.passed is False and finished.finished is not None
    other = _session(store, learner.id)
    store.abandon_session(other)
    assert store.unfinished_sessions(learner.id) == []
    assert [s.id for s in store.sessions(learner.id)] == [other, sid]


def test_review_cards_and_due_query(store: Store) -> None:
    learner = store.add_learner("Ada")
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    store.put_card(learner.id, "m", "q1", '{"a": 1}', now + timedelta(days=2))
    store.put_card(learner.id, "m", "q2", '{"a": 2}', now - timedelta(hours=1))
    store.put_card(learner.id, "m", "q1", '{"a": 3}', now + timedelta(days=1))
    card = store.card(learner.id, "m", "q1")
    assert card is not None and card.card == '{"a": 3}' and card.due == now + timedelta(days=1)
    assert store.card(learner.id, "m", "q9") is None
    assert [c.question_id for c in store.cards(learner.id, due_before=now)] == ["q2"]
    assert [c.question_id for c in store.cards(learner.id)] == ["q2", "q1"]


def test_answer_and_card_commit_together(store: Store) -> None:
    learner = store.add_learner("Ada")
    sid = _session(store, learner.id)
    due = datetime(2026, 3, 2, tzinfo=UTC)
    store.record_answer(
        sid,
        position=0,
        module_id="m",
        question_id="q1",
        language="en",
        response=True,
        fraction=1,
        correct=True,
        card=('{"c": 1}', due),
    )
    card = store.card(learner.id, "m", "q1")
    assert card is not None and card.due == due


def test_delete_learner_cascades(store: Store) -> None:
    learner = store.add_learner("Ada")
    sid = _session(store, learner.id)
    store.record_answer(
        sid,
        position=0,
        module_id="m",
        question_id="q1",
        language="en",
        response=1,
        fraction=1,
        correct=True,
        card=("{}", datetime(2026, 1, 1, tzinfo=UTC)),
    )
    store.delete_learner(learner.id)
    conn = store.connection
    for table in ("sessions", "answers", "review_cards", "question_totals"):
        assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_settings(store: Store) -> None:
    assert store.get_setting("ui.language") is None
    assert store.get_setting("ui.language", "en") == "en"
    store.set_setting("ui.language", "nb")
    store.set_setting("ui.language", "de")
    assert store.get_setting("ui.language") == "de"
    store.delete_setting("ui.language")
    store.delete_setting("ui.language")
    assert store.get_setting("ui.language") is None


def test_times_sort_as_text() -> None:
    a = datetime(2026, 1, 1, 23, 59, tzinfo=UTC)
    b = datetime(2026, 1, 2, 0, 0, 0, 1, tzinfo=UTC)
    assert format_time(a) < format_time(b)
    assert parse_time(format_time(b)) == b
    naive = datetime(2026, 1, 1, 12)
    assert parse_time(format_time(naive)) == naive.replace(tzinfo=UTC)


def test_two_instances_write_at_once(tmp_path: Path) -> None:
    """Two stores on one file (as two app instances) interleave writes without losing any."""
    path = tmp_path / "db.sqlite3"
    with Store(path) as setup:
        learner = setup.add_learner("Ada").id
    errors: list[BaseException] = []

    def writer(offset: int) -> None:
        try:
            with Store(path) as own:
                sid = _session(own, learner, count=40)
                for position in range(40):
                    own.record_answer(
                        sid,
                        position=position,
                        module_id="m",
                        question_id=f"q{offset}-{position}",
                        language="en",
                        response=position,
                        fraction=1,
                        correct=True,
                    )
                    own.set_setting(f"last.{offset}", str(position))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(path) as check:
        assert check.connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 80
        assert check.get_setting("last.0") == check.get_setting("last.1") == "39"
        assert check.integrity_check() == "ok"


def test_busy_database_gives_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store(path) as first:
        first.add_learner("Ada")
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with Store(path, timeout=0.1) as second, pytest.raises(StoreError, match="busy"):
            second.add_learner("Bob")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_migration_from_an_empty_version_zero_file(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path).close()  # an empty database at user_version 0
    with Store(path) as opened:
        assert opened.schema_version == SCHEMA_VERSION
        opened.add_learner("Ada")


def test_a_later_migration_runs_once_on_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cx_trainer.store import db

    path = tmp_path / "db.sqlite3"
    with Store(path) as old:
        old.add_learner("Ada")
    extra = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"
    monkeypatch.setattr(db, "_MIGRATIONS", (*db._MIGRATIONS, extra))
    monkeypatch.setattr(db, "SCHEMA_VERSION", len(db._MIGRATIONS))
    # Two instances open the old file at once; the second finds it migrated already.
    first, second = Store(path), Store(path)
    try:
        assert first.schema_version == second.schema_version == SCHEMA_VERSION + 1
        first.connection.execute("INSERT INTO notes(text) VALUES ('kept')")
        assert [r.name for r in second.learners()] == ["Ada"]
    finally:
        first.close()
        second.close()


def test_unwritable_folder_is_a_plain_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot create the folder"):
        Store(blocker / "sub" / "db.sqlite3")


def _answer(store: Store, session: int, position: int, question: str, correct: bool) -> None:
    store.record_answer(
        session, position=position, module_id="m", question_id=question, language="en",
        response=1, fraction=1.0 if correct else 0.0, correct=correct, seconds=4.0,
    )  # fmt: skip


def test_merging_learners_moves_sessions_answers_totals_and_the_newer_card(store: Store) -> None:
    import time

    ann = store.add_learner("Ann")
    annie = store.add_learner("Annie (phone)")
    first = store.start_session(ann.id, mode="exam", plan={}, question_count=2, module_id="m")
    second = store.start_session(annie.id, mode="exam", plan={}, question_count=2, module_id="m")
    _answer(store, first, 0, "q1", True)
    _answer(store, second, 0, "q1", False)
    _answer(store, second, 1, "q2", True)
    now = datetime.now(UTC)
    store.put_card(ann.id, "m", "q1", '{"old": true}', now)
    store.put_card(annie.id, "m", "q2", '{"only": true}', now)
    time.sleep(0.01)
    store.put_card(annie.id, "m", "q1", '{"newer": true}', now)

    store.merge_learners(annie.id, ann.id)

    assert [learner.name for learner in store.learners()] == ["Ann"]
    assert {s.id for s in store.sessions(ann.id)} == {first, second}
    assert {a.learner_id for a in store.answers(second)} == {ann.id}
    card_q1, card_q2 = store.card(ann.id, "m", "q1"), store.card(ann.id, "m", "q2")
    assert card_q1 is not None and card_q1.card == '{"newer": true}'
    assert card_q2 is not None and card_q2.card == '{"only": true}'
    totals = store.read(
        lambda c: c.execute(
            "SELECT question_id, answers, correct_sum, seconds_count FROM question_totals"
            " ORDER BY question_id"
        ).fetchall()
    )
    assert totals == [("q1", 2, 1, 2), ("q2", 1, 1, 1)]
    # new answers after the merge keep counting on the merged totals
    third = store.start_session(ann.id, mode="exam", plan={}, question_count=1, module_id="m")
    _answer(store, third, 0, "q1", True)
    assert store.read(
        lambda c: c.execute(
            "SELECT answers FROM question_totals WHERE question_id = 'q1'"
        ).fetchone()
    ) == (3,)


def test_merging_a_learner_into_themselves_or_a_stranger_is_refused(store: Store) -> None:
    ann = store.add_learner("Ann")
    with pytest.raises(StoreError):
        store.merge_learners(ann.id, ann.id)
    with pytest.raises(StoreError):
        store.merge_learners(ann.id, 9999)
    assert [learner.name for learner in store.learners()] == ["Ann"]

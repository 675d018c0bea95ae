"""The live quiz game core against a real results store: joining, the phases, the timer, scoring
with and without the speed bonus, ties, changing an answer, double sends, kick and ban, and that
every answer is in the database the moment it is acknowledged."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cx_trainer.store import Store, question_stats
from cx_trainer.training import Mode, Module, QuizPlan, plan_quiz, score
from cx_trainer.training.group import model_response
from cx_trainer.training.live import LiveError, LiveGame, LiveSettings, Phase, clean_nickname


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def plan(sample: Module) -> QuizPlan:
    return plan_quiz(sample, mode=Mode.EXAM, seed=11, count=4)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def game(store: Store, plan: QuizPlan, clock: Clock) -> LiveGame:
    return LiveGame(store, plan, LiveSettings(seconds=20), clock=clock, pin="123456")


def wrong_response(question: Any) -> Any:
    right = model_response(question)
    for candidate in (0, 1, 2, [0], [1], True, False, "zzz", {}, [], -12345.0):
        try:
            if not score(question, candidate).correct and candidate != right:
                return candidate
        except (TypeError, ValueError, KeyError, IndexError):
            continue
    raise AssertionError(f"no wrong answer found for {question.id}")


def test_join_needs_the_pin_and_a_free_nickname(game: LiveGame, store: Store) -> None:
    with pytest.raises(LiveError) as err:
        game.join("000000", "Ann")
    assert err.value.code == "pin"
    ann = game.join("123456", "  Ann   Lee ")
    assert ann.nickname == "Ann Lee"
    with pytest.raises(LiveError) as err:
        game.join("123456", "ann lee")
    assert err.value.code == "name_taken"
    learner = store.learner_named("Ann Lee")
    assert learner is not None and learner.id == ann.learner_id
    assert store.session(ann.session_id).mode == "exam"
    assert game.player(ann.token) is ann


def test_an_existing_learner_is_matched_by_name(game: LiveGame, store: Store) -> None:
    existing = store.add_learner("Bob")
    assert game.join("123456", "BOB").learner_id == existing.id


def test_nicknames_are_cleaned_and_bounded() -> None:
    assert clean_nickname("a\u0000b\tc") == "ab c"
    for bad in ("", "   ", "x" * 25):
        with pytest.raises(LiveError):
            clean_nickname(bad)


def test_phases_run_in_order_and_refuse_the_wrong_step(game: LiveGame) -> None:
    assert game.phase == Phase.LOBBY
    with pytest.raises(LiveError):
        game.reveal()
    game.join("123456", "Ann")
    game.start_question()
    assert game.phase == Phase.QUESTION and game.position == 0
    with pytest.raises(LiveError):
        game.start_question()
    with pytest.raises(LiveError):
        game.show_leaderboard()
    game.reveal()
    assert game.phase == Phase.REVEAL
    game.show_leaderboard()
    assert game.phase == Phase.LEADERBOARD
    for _ in range(game.total - 1):
        game.start_question()
        game.reveal()
    with pytest.raises(LiveError):
        game.start_question()
    game.end()
    assert game.phase == Phase.END
    with pytest.raises(LiveError) as err:
        game.join("123456", "Late")
    assert err.value.code == "closed"


def test_every_answer_is_stored_when_acknowledged(game: LiveGame, store: Store) -> None:
    ann = game.join("123456", "Ann")
    item = game.start_question()
    ack = game.answer(ann.token, 0, model_response(item.question), seq=1)
    assert not ack.changed and not ack.duplicate
    stored = store.answers(ann.session_id)
    assert [(a.position, a.question_id, a.correct) for a in stored] == [(0, item.question.id, True)]


def test_a_changed_answer_replaces_the_stored_one_and_the_totals_follow(
    game: LiveGame, store: Store
) -> None:
    ann = game.join("123456", "Ann")
    item = game.start_question()
    game.answer(ann.token, 0, wrong_response(item.question), seq=1)
    ack = game.answer(ann.token, 0, model_response(item.question), seq=2)
    assert ack.changed
    stored = store.answers(ann.session_id)
    assert len(stored) == 1 and stored[0].correct
    stats = {s.question_id: s for s in question_stats(store)}
    assert stats[item.question.id].attempts == 1


def test_a_resent_answer_is_counted_once(game: LiveGame, store: Store) -> None:
    ann = game.join("123456", "Ann")
    item = game.start_question()
    response = model_response(item.question)
    game.answer(ann.token, 0, response, seq=3)
    again = game.answer(ann.token, 0, response, seq=3)
    assert again.duplicate
    old = game.answer(ann.token, 0, wrong_response(item.question), seq=2)
    assert old.duplicate  # a late copy of an older answer does not overwrite the newer one
    assert len(store.answers(ann.session_id)) == 1
    assert store.answers(ann.session_id)[0].correct
    game.reveal()
    assert game.answer(ann.token, 0, response, seq=3).duplicate  # the resend after the reveal


def test_time_up_closes_the_question(game: LiveGame, clock: Clock) -> None:
    ann = game.join("123456", "Ann")
    item = game.start_question()
    clock.now += 10
    assert game.time_left() == pytest.approx(10)
    assert not game.expire_if_due()
    clock.now += 10.4  # within the grace for network delay
    game.answer(ann.token, 0, model_response(item.question), seq=1)
    clock.now += 1
    with pytest.raises(LiveError) as err:
        game.answer(ann.token, 0, model_response(item.question), seq=2)
    assert err.value.code == "time_up"
    assert game.expire_if_due()
    assert game.phase == Phase.REVEAL


def test_speed_bonus_and_ties(store: Store, plan: QuizPlan, clock: Clock) -> None:
    game = LiveGame(store, plan, LiveSettings(seconds=20), clock=clock, pin="123456")
    fast, slow, same, none = (game.join("123456", n) for n in ("Fast", "Slow", "Same", "None"))
    item = game.start_question()
    right = model_response(item.question)
    game.answer(fast.token, 0, right)
    game.answer(same.token, 0, right)
    clock.now += 20
    game.answer(slow.token, 0, right)
    summary = game.reveal()
    assert (fast.points, same.points, slow.points, none.points) == (1000, 1000, 500, 0)
    assert summary["answered"] == 3 and summary["correct"] == 3 and summary["players"] == 4
    ranking = game.ranking()
    assert [(r.rank, r.nickname) for r in ranking] == [
        (1, "Fast"),
        (1, "Same"),
        (3, "Slow"),
        (4, "None"),
    ]
    result = game.player_result(slow.token, 0)
    assert result == {
        "position": 0,
        "answered": True,
        "correct": True,
        "fraction": 1.0,
        "earned": 500,
        "points": 500,
        "rank": 3,
        "players": 4,
    }


def test_without_speed_bonus_a_right_answer_earns_the_full_points(
    store: Store, plan: QuizPlan, clock: Clock
) -> None:
    game = LiveGame(
        store, plan, LiveSettings(seconds=20, speed_bonus=False), clock=clock, pin="123456"
    )
    ann = game.join("123456", "Ann")
    item = game.start_question()
    clock.now += 19
    game.answer(ann.token, 0, model_response(item.question))
    game.reveal()
    assert ann.points == 1000


def test_the_distribution_has_no_names(game: LiveGame) -> None:
    players = [game.join("123456", n) for n in ("A", "B", "C")]
    item = game.start_question()
    right, wrong = model_response(item.question), wrong_response(item.question)
    game.answer(players[0].token, 0, right)
    game.answer(players[1].token, 0, right)
    game.answer(players[2].token, 0, wrong)
    summary = game.reveal()
    assert sorted(summary["distribution"].values()) == [1, 2]
    assert not any(name in key for key in summary["distribution"] for name in ("A", "B", "C"))


def test_kick_keeps_answers_and_ban_blocks_rejoining(game: LiveGame, store: Store) -> None:
    ann = game.join("123456", "Ann")
    bob = game.join("123456", "Bob")
    item = game.start_question()
    game.answer(ann.token, 0, model_response(item.question))
    game.kick(ann.id)
    assert [p.nickname for p in game.players()] == ["Bob"]
    assert len(store.answers(ann.session_id)) == 1  # never lose a recorded answer
    with pytest.raises(LiveError):
        game.answer(ann.token, 0, model_response(item.question), seq=5)
    game.join("123456", "Ann")  # a kicked player may join again
    game.kick(bob.id, ban=True)
    with pytest.raises(LiveError) as err:
        game.join("123456", "bob")
    assert err.value.code == "banned"
    with pytest.raises(LiveError) as err:
        game.player(bob.token)
    assert err.value.code == "banned"


def test_a_bad_answer_is_refused_without_a_write(store: Store, sample: Module) -> None:
    single = next(q for q in sample.questions if q.kind == "single")
    plan = plan_quiz(dataclasses.replace(sample, questions=(single,)), mode=Mode.EXAM, seed=1)
    game = LiveGame(store, plan, pin="123456")
    ann = game.join("123456", "Ann")
    game.start_question()
    with pytest.raises(LiveError) as err:
        game.answer(ann.token, 0, 99)  # there is no choice 99
    assert err.value.code == "bad_answer"
    assert store.answers(ann.session_id) == []


def test_end_finishes_every_stored_session(game: LiveGame, store: Store) -> None:
    ann = game.join("123456", "Ann")
    bob = game.join("123456", "Bob")
    item = game.start_question()
    game.answer(ann.token, 0, model_response(item.question))
    ranking = game.end()  # ends during a question: it is revealed first
    assert [r.nickname for r in ranking] == ["Ann", "Bob"]
    first, second = store.session(ann.session_id), store.session(bob.session_id)
    assert first.finished is not None and second.finished is not None
    assert first.score == pytest.approx(1 / game.total)
    assert second.score == 0.0
    assert game.end() == ranking


def test_listeners_hear_every_change(game: LiveGame) -> None:
    heard: list[str] = []
    game.subscribe(lambda event, data: heard.append(event))
    ann = game.join("123456", "Ann")
    item = game.start_question()
    game.answer(ann.token, 0, model_response(item.question))
    game.reveal()
    game.show_leaderboard()
    game.kick(ann.id)
    game.end()
    assert heard == ["joined", "question", "answered", "reveal", "leaderboard", "left", "end"]


def test_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        LiveSettings(seconds=2)
    with pytest.raises(ValueError):
        LiveSettings(points=0)

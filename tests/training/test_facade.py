"""The Training facade against a real SQLite store and the sample module: every write says
what it changed, and what it says is what a fresh read finds."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cx_trainer.errors import ModuleError, StoreError
from cx_trainer.store import Store
from cx_trainer.training import (
    Change,
    ChangeKind,
    Mode,
    Rating,
    Training,
    model_response,
    plan_quiz,
)
from cx_trainer.training.facade import NOTHING

from .conftest import FIXTURES

MODULES = FIXTURES / "modules"
K = ChangeKind


@pytest.fixture
def training(tmp_path: Path) -> Iterator[Training]:
    facade = Training(roots=[MODULES], save_root=tmp_path / "saved")
    facade.open_store(tmp_path / "results.sqlite3")
    facade.reload_modules()
    yield facade
    facade.close()


def test_change_algebra() -> None:
    a = Change.of(K.LEARNERS, learners=[1, None])
    b = Change.of(K.ANSWERS, K.SESSIONS, learners=[2], sessions=[7])
    both = a | b
    assert both.kinds == {K.LEARNERS, K.ANSWERS, K.SESSIONS}
    assert both.learners == {1, 2} and both.sessions == {7}
    assert both.touches(K.LEARNERS) and not both.touches(K.MODULES, K.PIN)
    assert both.results and not a.results
    assert not NOTHING and bool(a)
    assert b.involves_learner(2) and not b.involves_learner(1)
    assert Change.of(K.MODULES).involves_learner(5)  # names nobody: concerns everyone
    with pytest.raises(AttributeError):
        a.kinds = frozenset()  # type: ignore[misc]


def test_learners_add_rename_delete(training: Training) -> None:
    added = training.add_learner("  Ada   Lovelace ")
    ada = added.value
    assert ada.name == "Ada Lovelace"
    assert added.change == Change.of(K.LEARNERS, learners=[ada.id])
    again = training.add_learner("ada lovelace")
    assert again.value.id == ada.id and again.change == NOTHING
    grace = training.add_learner("Grace").value

    assert training.rename_learner(ada.id, "Ada King") == Change.of(K.LEARNERS, learners=[ada.id])
    assert [learner.name for learner in training.learners()] == ["Ada King", "Grace"]
    with pytest.raises(StoreError, match="already a learner"):
        training.rename_learner(ada.id, "grace")
    with pytest.raises(StoreError, match="no learner"):
        training.rename_learner(999, "Nobody")
    assert [learner.name for learner in training.learners()] == [
        "Ada King",
        "Grace",
    ]  # nothing lost

    session = training.start_self_test(grace.id, "sample").value
    change = training.delete_learner(grace.id)
    assert change.kinds >= {K.LEARNERS, K.SESSIONS, K.ANSWERS}
    assert change.learners == {grace.id} and change.sessions == {session.session_id}
    assert training.find_learner(grace.id) is None
    assert training.find_learner(ada.id) == training.store.learner(ada.id)


def test_modules_load_and_fall_back(training: Training) -> None:
    change = training.reload_modules()
    assert change == Change.of(K.MODULES, modules=["sample"])
    assert training.library.loaded and not training.library.errors
    assert training.languages() == ["en", "de"]
    module = training.module("sample", "de")
    assert module is not None and module.language == "de"
    fallback = training.module("sample", "nb")
    assert fallback is not None and fallback.language == "en"
    assert training.module("missing") is None
    assert [m.id for m in training.modules("de")] == ["sample"]
    resolve = training.resolver()
    assert resolve("sample", "de") is training.module_sets["sample"]["de"]
    with pytest.raises(ModuleError, match="no 'nb' version"):
        resolve("sample", "nb")


def test_a_whole_self_test_is_recorded(training: Training) -> None:
    ada = training.add_learner("Ada").value
    started = training.start_self_test(ada.id, "sample", "en")
    session = started.value
    sid = session.session_id
    assert sid is not None
    assert started.change == Change.of(K.SESSIONS, learners=[ada.id], sessions=[sid])
    overview = training.overview(ada.id, "en")
    assert [s.id for s in overview.unfinished] == [sid]

    rated = False
    while session.current is not None:
        written = training.record_answer(session, model_response(session.current.question))
        assert written.value is not None and written.value.correct
        assert written.change.kinds == {K.ANSWERS, K.REVIEW, K.SESSIONS}
        assert written.change.sessions == {sid} and written.change.learners == {ada.id}
        if not rated:
            assert training.rate(session, Rating.Easy) == Change.of(
                K.REVIEW, learners=[ada.id], sessions=[sid]
            )
            rated = True
    assert len(training.store.answers(sid)) == len(session.plan.items)

    finished = training.finish(session)
    assert finished.value.passed and finished.value.score == 1.0
    assert finished.change == Change.of(K.SESSIONS, learners=[ada.id], sessions=[sid])
    overview = training.overview(ada.id, "en")
    assert overview.unfinished == []
    assert overview.summaries["sample"].best_score == 1.0 and overview.summaries["sample"].passed
    assert training.dashboard(module_id="sample").scores[0].learner == "Ada"


def test_resume_abandon_and_review(training: Training) -> None:
    ada = training.add_learner("Ada").value
    assert training.start_review(ada.id).value is None
    assert training.start_review(ada.id).change == NOTHING
    session = training.start_self_test(ada.id, "sample").value
    first = session.current
    assert first is not None
    training.record_answer(session, model_response(first.question))
    sid = session.session_id
    assert sid is not None

    resumed = training.resume(sid)
    assert resumed.progress()[0] == 1
    change = training.abandon_session(sid)
    assert change == Change.of(K.SESSIONS, learners=[ada.id], sessions=[sid])
    assert training.overview(ada.id).unfinished == []


def test_group_session_adds_learners_and_records(training: Training) -> None:
    training.add_learner("Ada")
    module = training.module("sample")
    assert module is not None
    plan = plan_quiz(module, mode=Mode.EXAM, count=2)
    started = training.start_group(plan, ["Ada", "Grace"])
    group = started.value
    assert started.change.kinds == {K.SESSIONS, K.LEARNERS}
    assert len(started.change.learners) == 2 and len(started.change.sessions) == 2
    change = training.record_group(group, ["Grace"], seconds=3.0)
    assert change.touches(K.ANSWERS) and change.sessions == started.change.sessions
    training.record_group(group, ["Ada", "Grace"])
    finished = training.finish_group(group)
    assert finished.value["Grace"].score == 1.0
    assert finished.change.kinds == {K.SESSIONS}
    again = training.start_group(plan, ["Ada", "Grace"])
    assert again.change.kinds == {K.SESSIONS}  # both are known learners now
    assert training.abandon_group(again.value).sessions == again.change.sessions


def test_pin(training: Training) -> None:
    assert training.pin_state().has_pin is False
    with pytest.raises(StoreError):
        training.set_pin("12")
    assert training.set_pin("2468") == Change.of(K.PIN)
    assert training.pin_state().has_pin
    wrong = training.check_pin("0000")
    assert not wrong.value.ok and wrong.change == Change.of(K.PIN)
    for _ in range(3):  # three tries are free, then the guard asks for a wait
        training.check_pin("0000")
    assert training.pin_state().wait > 0
    refused = training.check_pin("2468")  # too soon after a wrong entry
    assert refused.value.refused and not refused.value.ok


def test_change_pin(training: Training) -> None:
    training.set_pin("2468")
    assert training.change_pin("2468", "1357").value.ok
    assert training.check_pin("1357").value.ok


def test_export_import_and_add_a_module(training: Training, tmp_path: Path) -> None:
    module = training.module("sample")
    assert module is not None
    target = tmp_path / "sample.gift"
    exported = training.export_module(module, target, "gift")
    assert exported.exported > 0 and target.read_text(encoding="utf-8") == exported.text
    imported = training.import_module(target, "gift", language="en")
    assert imported.module.questions

    clash = imported.module.__class__(**{**imported.module.__dict__, "id": "sample"})
    written = training.add_module(clash)
    assert written.value == tmp_path / "saved" / "sample-2" / "en.yml"
    assert written.change.touches(K.MODULES) and "sample-2" in written.change.modules
    # The new module is in the library straight away only when its folder is a root.
    assert training.module("sample-2") is None
    with pytest.raises(ValueError, match="unknown module format"):
        training.import_module(target, "qti")
    with pytest.raises(ValueError, match="unknown module format"):
        training.export_module(module, target, "qti")


def test_added_module_joins_the_library_when_saved_into_a_root(tmp_path: Path) -> None:
    root = tmp_path / "modules"
    with Store(tmp_path / "r.sqlite3") as store:
        facade = Training(store, roots=[root, MODULES])
        facade.reload_modules()
        module = facade.module("sample")
        assert module is not None and facade.save_root == root
        written = facade.add_module(module)
        assert "sample-2" in written.change.modules
        assert facade.module("sample-2") is not None
        facade.close()
        assert store.learners() == []  # a store passed in stays open


def test_no_store_is_a_plain_error(tmp_path: Path) -> None:
    facade = Training(roots=[MODULES])
    assert not facade.has_store
    with pytest.raises(StoreError, match="not open"):
        facade.learners()


def test_the_package_stays_light_and_qt_free() -> None:
    code = (
        "import sys, cx_trainer.training as t\n"
        "heavy = [m for m in ('fpdf', 'PySide6', 'cx_trainer.training.certificate') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "assert t.write_certificate.__module__ == 'cx_trainer.training.certificate'\n"
        "assert 'fpdf' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])

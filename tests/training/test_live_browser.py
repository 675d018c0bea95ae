"""The phone page in a real browser (headless Chromium through its WebDriver): four phones join by
PIN, answer questions of different kinds by tapping, one refreshes mid-question and rejoins with
its answer intact, each sees its result, every answer is in the store, and axe-core finds no
serious accessibility problem on the join form, a question and a result."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from cx_trainer.store import Store
from cx_trainer.training import Mode, Module, QuizPlan, plan_quiz
from cx_trainer.training.live import LiveGame, LiveSettings
from cx_trainer.training.live_server import LiveServer

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
if not (CHROMIUM and DRIVER):
    pytest.skip(
        "no headless browser: install Debian's chromium and chromium-driver (.ci/run does)",
        allow_module_level=True,
    )


def open_phone(language: str) -> Any:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM or ""
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=390,844",
        f"--lang={language}",
    ):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    service = webdriver.ChromeService(executable_path=DRIVER or "")
    return webdriver.Chrome(options=options, service=service)


def status(phone: Any) -> str:
    return str(phone.find_element(By.ID, "status").text)


def wait_for(phone: Any, condition: Any, timeout: float = 15) -> Any:
    return WebDriverWait(phone, timeout).until(lambda _: condition())


def axe_violations(phone: Any) -> list[str]:
    from axe_core_python.selenium import Axe

    results = Axe().run(phone)
    return [
        f"{v['id']} ({v['impact']}): {v['help']}"
        for v in results["violations"]
        if v.get("impact") in ("serious", "critical")
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "results.sqlite3") as opened:
        yield opened


@pytest.fixture
def plan(sample: Module) -> QuizPlan:
    single = next(q for q in sample.questions if q.kind == "single")
    truth = next(q for q in sample.questions if q.kind == "true_false")
    numeric = next(q for q in sample.questions if q.kind == "numeric")
    module = dataclasses.replace(sample, questions=(single, truth, numeric))
    return plan_quiz(module, mode=Mode.EXAM, seed=3, shuffle_questions=False)


def test_four_phones_join_answer_refresh_and_see_results(store: Store, plan: QuizPlan) -> None:
    game = LiveGame(store, plan, LiveSettings(seconds=120), pin="135790")
    server = LiveServer(game, host="127.0.0.1")
    server.start()
    languages = ["en", "de", "nb", "en"]
    phones = []
    try:
        for language in languages:
            phones.append(open_phone(language))
        address = f"http://127.0.0.1:{server.port}/"
        for index, phone in enumerate(phones):
            phone.get(address)
            if index == 0:
                assert axe_violations(phone) == [], "join form"
            phone.find_element(By.ID, "pin").send_keys("135790")
            phone.find_element(By.ID, "nick").send_keys(f"Phone {index + 1}")
            phone.find_element(By.ID, "b-join").click()
        wait_for(phones[0], lambda: len(game.players()) == 4)
        assert phones[1].find_element(By.ID, "b-join").get_attribute("textContent") == "Teilnehmen"
        assert "Vent" in wait_for(phones[2], lambda: status(phones[2]) or None)

        # question 1 (single choice): phones 1 and 2 tap the right choice, 3 a wrong one
        item = game.start_question()
        right = item.question.answer.correct_indices()[0]  # type: ignore[union-attr]
        shown = [written for written, _ in item.shown_choices()]
        for phone in phones:
            wait_for(phone, lambda p=phone: p.find_elements(By.CSS_SELECTOR, "#controls button"))
        for phone, pick in zip(
            phones[:3], (right, right, next(i for i in shown if i != right)), strict=True
        ):
            buttons = phone.find_elements(By.CSS_SELECTOR, "#controls button")
            buttons[shown.index(pick)].click()
        assert axe_violations(phones[0]) == [], "question"
        wait_for(phones[0], lambda: game.answer_count() == 3)

        # phone 1 refreshes mid-question and comes back as the same player, its answer intact
        phones[0].refresh()
        wait_for(phones[0], lambda: phones[0].find_elements(By.CSS_SELECTOR, "#controls button"))
        wait_for(phones[0], lambda: "received" in status(phones[0]))
        assert len(game.players()) == 4
        game.reveal()
        wait_for(phones[0], lambda: "Right" in phones[0].find_element(By.ID, "controls").text)
        wait_for(phones[1], lambda: "Richtig" in phones[1].find_element(By.ID, "controls").text)
        wait_for(phones[2], lambda: "Ikke" in phones[2].find_element(By.ID, "controls").text)
        wait_for(phones[3], lambda: "No answer" in phones[3].find_element(By.ID, "controls").text)
        assert axe_violations(phones[0]) == [], "result"
        game.show_leaderboard()

        # question 2 (true/false): everyone taps "true" or "false"
        item = game.start_question()
        for phone in phones:
            wait_for(
                phone,
                lambda p=phone: len(p.find_elements(By.CSS_SELECTOR, "#controls button")) == 2,
            )
            phone.find_elements(By.CSS_SELECTOR, "#controls button")[0].click()
        wait_for(phones[0], lambda: game.answer_count() == 4)
        game.reveal()
        game.show_leaderboard()

        # question 3 (numeric): phone 4 types a number with a decimal comma
        item = game.start_question()
        low, high = item.question.answer.accepted_interval() or (0.0, 0.0)  # type: ignore[union-attr]
        value = f"{(low + high) / 2:g}".replace(".", ",")
        box = wait_for(
            phones[3], lambda: phones[3].find_elements(By.CSS_SELECTOR, "#controls input")
        )[0]
        box.send_keys(value)
        phones[3].find_element(By.CSS_SELECTOR, "#controls button.primary").click()
        wait_for(phones[3], lambda: game.answer_count() == 1)
        ranking = game.end()
        wait_for(phones[3], lambda: "Thank you" in status(phones[3]))
    finally:
        for phone in phones:
            phone.quit()
        server.stop()
    assert len(ranking) == 4
    counts = {p.nickname: len(store.answers(p.session_id)) for p in game.players()}
    assert counts == {"Phone 1": 2, "Phone 2": 2, "Phone 3": 2, "Phone 4": 2}
    assert all(store.session(p.session_id).finished for p in game.players())

"""Screenshots of a live quiz for the docs: ``docs/screenshots/live-*.png``.

Opens a live room over an example module on 127.0.0.1 (headless Qt), lets three phones join
(one in headless Chromium, so the phone page is photographed as a phone shows it), and saves the
presenter's window, the projector in the lobby, during a question and after the reveal, and
the phone page on a question and on its result.

    python scripts/screenshots_live.py [--out docs/screenshots] [--lang en|de|nb]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CX_TRAINER_DATA"] = tempfile.mkdtemp(prefix="cx-live-shots-")

import aiohttp  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import load_module_set  # noqa: E402
from cx_trainer.training.group import model_response  # noqa: E402


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


async def bot_join(url: str, pin: str, name: str) -> tuple[aiohttp.ClientSession, object]:
    http = aiohttp.ClientSession()
    ws = await http.ws_connect(url)
    await ws.send_json({"type": "join", "pin": pin, "nickname": name})
    return http, ws


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="en", choices=("en", "de", "nb"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    app = QApplication.instance() or QApplication(sys.argv)
    from cx_trainer.ui import i18n
    from cx_trainer.ui.training.live import LivePresenter

    i18n.apply_language(args.lang)
    module = load_module_set(ROOT / "resources" / "modules" / "expectation-gaps")[args.lang]
    single = [q for q in module.questions if q.kind == "single"][:2]
    store = Store(Path(os.environ["CX_TRAINER_DATA"]) / "results.sqlite3")
    presenter = LivePresenter(
        store, [dataclasses.replace(module, questions=tuple(single))], host="127.0.0.1"
    )
    presenter.resize(1024, 768)
    presenter.show()
    presenter.open_button.click()
    game, server = presenter.game, presenter.server
    assert game is not None and server is not None and presenter.projector is not None
    projector = presenter.projector
    projector.resize(1280, 800)
    base = f"http://127.0.0.1:{server.port}/"
    url = f"{base}ws?s={game.secret}"
    loop = asyncio.new_event_loop()
    bots = [loop.run_until_complete(bot_join(url, game.pin, n)) for n in ("Kari", "Jonas")]
    phone = None
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium and driver:
        from selenium import webdriver
        from selenium.webdriver.common.by import By

        options = webdriver.ChromeOptions()
        options.binary_location = chromium
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--window-size=390,760",
            f"--lang={args.lang}",
        ):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"intl.accept_languages": args.lang})
        phone = webdriver.Chrome(
            options=options, service=webdriver.ChromeService(executable_path=driver)
        )
        phone.get(base)
        phone.find_element(By.ID, "pin").send_keys(game.pin)
        phone.find_element(By.ID, "nick").send_keys("Amira")
        phone.save_screenshot(str(out / f"live-phone-join{suffix}.png"))
        phone.find_element(By.ID, "b-join").click()
    settle(800)
    grab(projector, out / f"live-projector-lobby{suffix}.png")
    presenter.next_button.click()
    item = game.current
    assert item is not None
    right = model_response(item.question)
    for _http, ws in bots[:1]:
        loop.run_until_complete(
            ws.send_json({"type": "answer", "position": 0, "response": right, "seq": 1})
        )  # type: ignore[attr-defined]
    if phone is not None:
        time.sleep(1)
        buttons = phone.find_elements(By.CSS_SELECTOR, "#controls button")
        buttons[0].click()
        time.sleep(0.5)
        phone.save_screenshot(str(out / f"live-phone-question{suffix}.png"))
    settle(800)
    grab(projector, out / f"live-projector-question{suffix}.png")
    grab(presenter, out / f"live-presenter{suffix}.png")
    presenter.reveal_button.click()
    settle(500)
    grab(projector, out / f"live-projector-reveal{suffix}.png")
    if phone is not None:
        time.sleep(1)
        phone.save_screenshot(str(out / f"live-phone-result{suffix}.png"))
        phone.quit()
    presenter.board_button.click()
    grab(projector, out / f"live-projector-board{suffix}.png")
    presenter.end_button.click()
    for http, ws in bots:
        loop.run_until_complete(ws.close())  # type: ignore[attr-defined]
        loop.run_until_complete(http.close())
    presenter.close()
    store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

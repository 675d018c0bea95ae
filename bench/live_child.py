"""A live quiz server in its own process, driven line by line on stdin (for the load benchmark and
the kill test, which need the server's memory on its own and a process they can SIGKILL).

    python bench/live_child.py DATABASE MODULE_DIR... [--count N] [--seconds S]

Prints one JSON line at start (``port``, ``pin``, ``secret``, ``questions``), then one JSON line
per command read from stdin: ``start``, ``reveal``, ``board``, ``end``, ``stats``, ``quit``;
each answer carries ``rss_kb`` (the process's resident memory) and ``ok``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cx_trainer.store import Store  # noqa: E402
from cx_trainer.training import Mode, QuizItem, QuizPlan, load_module_set, plan_quiz  # noqa: E402
from cx_trainer.training.live import LiveError, LiveGame, LiveSettings  # noqa: E402
from cx_trainer.training.live_server import LiveServer  # noqa: E402


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database")
    parser.add_argument("module_dirs", nargs="+")
    parser.add_argument("--count", type=int, default=None)
    parser.add_argument("--seconds", type=float, default=120.0)
    args = parser.parse_args()
    items: list[QuizItem] = []
    for folder in args.module_dirs:  # several modules: a live quiz longer than one module
        module = load_module_set(folder)["en"]
        items += plan_quiz(module, mode=Mode.EXAM, seed=1).items
    if args.count is not None:
        items = items[: args.count]
    plan = QuizPlan(
        mode=Mode.EXAM,
        items=tuple(dataclasses.replace(item, position=i) for i, item in enumerate(items)),
        seed=1,
        language="en",
        module_id=None if len(args.module_dirs) > 1 else items[0].module_id,
    )
    store = Store(args.database)
    game = LiveGame(store, plan, LiveSettings(seconds=args.seconds), pin="246810")
    server = LiveServer(game, host="127.0.0.1")
    port = server.start()
    print(
        json.dumps({"port": port, "pin": game.pin, "secret": game.secret, "questions": game.total}),
        flush=True,
    )
    for line in sys.stdin:
        command = line.strip()
        reply: dict[str, object] = {"ok": True}
        try:
            if command == "start":
                reply["position"] = game.start_question().position
            elif command == "reveal":
                reply.update(game.reveal())
            elif command == "board":
                game.show_leaderboard()
            elif command == "end":
                reply["players"] = len(game.end())
            elif command == "stats":
                reply["players"] = len(game.players())
            elif command == "quit":
                break
        except LiveError as exc:
            reply = {"ok": False, "error": str(exc)}
        reply["rss_kb"] = rss_kb()
        print(json.dumps(reply), flush=True)
    server.stop()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

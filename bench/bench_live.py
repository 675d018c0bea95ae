"""Load: a live quiz with many phones over WebSockets on loopback.

Starts the live quiz server in its own process (``bench/live_child.py``), joins N simulated
participants, plays Q questions, and has every participant answer each question as soon as it
arrives (a tenth of them send the same answer twice, as a phone on a poor connection does).
Prints figures, asserts nothing:

- answer-to-acknowledgement latency (median, p95, max) over all answers;
- answers acknowledged, answers the server counted, answers in the database, and how many
  were lost or doubled;
- the server process's resident memory before the players join and at its peak.

    python bench/bench_live.py [--players 100] [--questions 20]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
MODULES = [
    ROOT / "resources" / "modules" / name for name in ("expectation-gaps", "expectation-tips")
]


def response_for(controls: dict[str, Any]) -> Any:
    """A valid response built from what the phone sees (right or wrong does not matter here)."""
    kind = controls["kind"]
    if kind == "single":
        return controls["choices"][0]["value"]
    if kind == "multiple":
        return [controls["choices"][0]["value"]]
    if kind == "true_false":
        return True
    if kind == "numeric":
        return 1
    if kind == "short":
        return "an answer"
    if kind == "ordering":
        return controls["items"]
    if kind == "matching":
        return {left: controls["rights"][0] for left in controls["lefts"]}
    raise ValueError(kind)


class Child:
    def __init__(self, database: Path, questions: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "bench" / "live_child.py"), str(database), *map(str, MODULES),
             "--count", str(questions), "--seconds", "600"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.hello = self.read()

    def read(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        return dict(json.loads(self.process.stdout.readline()))

    def command(self, word: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(word + "\n")
        self.process.stdin.flush()
        return self.read()

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError, ValueError):
            self.command("quit")
        self.process.wait(10)


async def player(
    http: aiohttp.ClientSession, url: str, pin: str, index: int, questions: int,
    latencies: list[float], acked: list[int], ready: asyncio.Event, joined: list[int],
) -> None:  # fmt: skip
    async with http.ws_connect(url) as ws:
        await ws.send_json({"type": "join", "pin": pin, "nickname": f"Player {index:03d}"})
        answered = 0
        seq = 0
        sent_at: dict[int, float] = {}
        async for message in ws:
            data = json.loads(message.data)
            if data["type"] == "joined":
                joined.append(index)
                if len(joined) == ready_target[0]:
                    ready.set()
            elif data["type"] == "state" and data["phase"] == "question" and "controls" in data:
                position = data["position"]
                if position in sent_at:
                    continue
                seq += 1
                sent_at[position] = time.perf_counter()
                answer = {"type": "answer", "position": position,
                          "response": response_for(data["controls"]), "seq": seq}  # fmt: skip
                await ws.send_json(answer)
                if index % 10 == 0:
                    await ws.send_json(answer)  # a resend: must be counted once
            elif data["type"] == "ack" and not data["duplicate"]:
                latencies.append(time.perf_counter() - sent_at[data["position"]])
                acked.append(index)
                answered += 1
            elif data["type"] == "state" and data["phase"] == "end":
                break
            elif data["type"] == "error":
                print(f"player {index}: {data['code']} {data['message']}", file=sys.stderr)


ready_target = [0]


async def run(players: int, questions: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "results.sqlite3"
        child = Child(database, questions)
        hello = child.hello
        rss_idle = child.command("stats")["rss_kb"]
        url = f"http://127.0.0.1:{hello['port']}/ws?s={hello['secret']}"
        latencies: list[float] = []
        acked: list[int] = []
        joined: list[int] = []
        ready = asyncio.Event()
        ready_target[0] = players
        counted = 0
        peak = rss_idle
        loop = asyncio.get_running_loop()
        started = time.perf_counter()
        connector = aiohttp.TCPConnector(limit=0)
        async with aiohttp.ClientSession(connector=connector) as http:
            tasks = [
                asyncio.create_task(
                    player(http, url, hello["pin"], i, questions, latencies, acked, ready, joined)
                )
                for i in range(players)
            ]
            await asyncio.wait_for(ready.wait(), 60)
            for _ in range(hello["questions"]):
                before = len(acked)
                reply = await loop.run_in_executor(None, child.command, "start")
                deadline = time.perf_counter() + 30
                while len(acked) - before < players and time.perf_counter() < deadline:
                    await asyncio.sleep(0.01)
                reveal = await loop.run_in_executor(None, child.command, "reveal")
                counted += int(reveal["answered"])
                peak = max(peak, reply["rss_kb"], reveal["rss_kb"])
                await loop.run_in_executor(None, child.command, "board")
            end = await loop.run_in_executor(None, child.command, "end")
            peak = max(peak, end["rss_kb"])
            await asyncio.wait_for(asyncio.gather(*tasks), 60)
        elapsed = time.perf_counter() - started
        child.close()
        with sqlite3.connect(database) as conn:
            stored = conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
            doubled = conn.execute(
                "SELECT COUNT(*) FROM (SELECT session_id, position FROM answers"
                " GROUP BY session_id, position HAVING COUNT(*) > 1)"
            ).fetchone()[0]
    expected = players * hello["questions"]
    ordered = sorted(latencies)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] if ordered else float("nan")
    print(
        f"live quiz: {players} players x {hello['questions']} questions on loopback, {elapsed:.1f} s"
    )
    print(f"  answer -> ack latency: median {statistics.median(ordered) * 1000:.1f} ms,"
          f" p95 {p95 * 1000:.1f} ms, max {ordered[-1] * 1000:.1f} ms")  # fmt: skip
    print(f"  answers: expected {expected}, acknowledged {len(acked)}, counted by the game {counted},"
          f" in the database {stored}; lost {expected - stored}, doubled {doubled}")  # fmt: skip
    print(f"  server memory (RSS): {rss_idle / 1024:.0f} MB idle, {peak / 1024:.0f} MB peak")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--players", type=int, default=100)
    parser.add_argument("--questions", type=int, default=20)
    args = parser.parse_args()
    asyncio.run(run(args.players, args.questions))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

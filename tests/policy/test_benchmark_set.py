"""The labelled claim set as a regression test: every topic keeps precision >= 0.95 and recall
>= 0.90 on the development part (bench/bench_claims.py prints the full figures, held-out too)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_claims.py"


@pytest.fixture(scope="module")
def bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_claims", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_set_meets_targets_per_topic(bench) -> None:  # type: ignore[no-untyped-def]
    items = bench.load_items("dev")
    assert len(items) > 300
    counts = bench.extraction(items, show_errors=False)
    for topic in bench.topics():
        tp = sum(v[0] for (t, _lang), v in counts.items() if t == topic)
        fn = sum(v[1] for (t, _lang), v in counts.items() if t == topic)
        fp = sum(v[2] for (t, _lang), v in counts.items() if t == topic)
        assert tp + fn, f"no labelled {topic} claims"
        assert tp / (tp + fp) >= 0.95, f"{topic}: precision {tp}/{tp + fp}"
        assert tp / (tp + fn) >= 0.90, f"{topic}: recall {tp}/{tp + fn}"


def test_every_labelled_value_parses(bench) -> None:  # type: ignore[no-untyped-def]
    items = bench.load_items("all")
    langs = {i["lang"] for i in items}
    assert langs == {"en", "de", "nb"}
    assert sum(1 for i in items if not i["gold"]) > 150  # plenty of negatives

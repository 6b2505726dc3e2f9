"""The extraction quality bar on hand-labelled real pages (the same scoring `make eval` prints)."""

from __future__ import annotations

import statistics

import pytest

from tests.eval.extraction import evaluate


@pytest.fixture(scope="module")
def results():
    return evaluate()


def test_body_f1_reaches_target_and_beats_both_baselines(results):
    means = {tool: statistics.mean(r["f1"] for r in pages.values()) for tool, pages in results.items()}
    assert means["ours"] >= 0.93
    assert means["ours"] > means["trafilatura"] and means["ours"] > means["readability"]


def test_every_publication_date_is_right(results):
    wrong = {name: r["date"] for name, r in results["ours"].items() if not r["date_ok"]}
    assert wrong == {}


def test_editors_found_around_the_story(results):
    assert sum(r["author_ok"] for r in results["ours"].values()) >= 7

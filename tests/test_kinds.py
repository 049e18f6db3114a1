"""Article kind: preview / report / analysis, on the seeds and the synthetic cluster."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _cluster import SEEDS, SYNTHETIC, by_file
from explainer.kinds import classify_article

# Hand-labelled from reading the articles. Seed 003 is an analysis: no news lede, no reported
# speech of its own, organised as "what's at stake", "signals", "lessons" and evaluative verbs
# ("underscores", "suggests", "demonstrates") throughout.
GOLD = [
    (SEEDS, "000", "preview"),
    (SEEDS, "001", "report"),
    (SEEDS, "002", "preview"),
    (SEEDS, "003", "analysis"),
    (SEEDS, "004", "report"),
    (SYNTHETIC, "000", "preview"),
    (SYNTHETIC, "001", "report"),
    (SYNTHETIC, "002", "report"),
    (SYNTHETIC, "003", "analysis"),
]


@pytest.mark.parametrize("folder,prefix,expected", GOLD)
def test_kind(folder, prefix, expected):
    article, sentences = by_file(folder)[prefix]
    kind, how = classify_article(article, sentences, [])
    assert kind == expected, how
    assert how


def test_accuracy_printed():
    right = 0
    for folder, prefix, expected in GOLD:
        article, sentences = by_file(folder)[prefix]
        right += classify_article(article, sentences, [])[0] == expected
    print(f"\nkinds: accuracy {right / len(GOLD):.2f} ({right}/{len(GOLD)})")
    assert right == len(GOLD)


def test_sources_yml_kind_wins():
    article, sentences = by_file(SEEDS)["001"]
    assert classify_article(replace(article, kind="analysis"), sentences, []) == (
        "analysis",
        "sources.yml",
    )


def test_unknown_kind_from_sources_yml_is_ignored():
    article, sentences = by_file(SEEDS)["002"]
    assert classify_article(replace(article, kind="opinion"), sentences, [])[0] == "preview"

"""The real blind clusters (tests/clusters/*/) meet their floors (scripts/evaluate_clusters.py).

Clusters whose misses were read and fixed must meet issue 10's targets; held-out clusters (never
read by anyone changing a rule) have regression floors at today's values. The scorer itself is
tested in test_cluster_scorer.py, on a tiny invented cluster with known gold.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from _eval_clusters import records, stages  # noqa: E402

# (stage, measure, score) -> floor, on every real cluster whose misses were read and fixed:
# issue 10's targets, met after the fixes (first runs: hooks/explainer/first_runs.json).
FLOORS = {
    ("people", "found with the stated role", "recall"): 0.9,
    ("quotes", "speaker right", "accuracy"): 0.9,
    ("figures", "figure with its counted noun", "recall"): 0.9,
    ("agenda", "item recalled", "recall"): 0.9,
    ("differences", "difference surfaced", "recall"): 0.8,
}
MAX_FALSE_DIFFERENCES = 1  # per cluster
# Held-out clusters (tests/clusters/<name>/HELD_OUT): nobody changing rules has read them, so
# their floors are today's measured values less a margin: a regression guard, not a target.
# Their numbers are far below the fixed clusters' (the method page shows both): the honest
# measure of the next event. Differences: none of court's 11 or ratedecision's 2 is surfaced yet.
HELD_OUT_FLOORS = {
    ("people", "found with the stated role", "recall"): 0.3,
    ("quotes", "speaker right", "accuracy"): 0.75,
    ("figures", "figure with its counted noun", "recall"): 0.6,
    ("agenda", "item recalled", "recall"): 0.15,
    ("differences", "difference surfaced", "recall"): 0.0,
}
HELD_OUT_MAX_FALSE_DIFFERENCES = 4  # ratedecision today: 4 (issue 10 target: 1)
# The multilingual cluster fixed on for issue 13 (Spanish and Portuguese mined): that issue's
# targets, plus a regression floor on the agenda (issue 13 set no agenda target; issue 10's 0.9
# is not met on it: see the method page).
MULTILINGUAL = {"ibero"}
MULTILINGUAL_FLOORS = {
    ("people", "found with the stated role", "recall"): 0.85,
    ("quotes", "speaker right", "accuracy"): 0.85,
    ("figures", "figure with its counted noun", "recall"): 0.85,
    ("dates", "explicit date right", "accuracy"): 0.9,
    ("agenda", "item recalled", "recall"): 0.4,
    ("differences", "difference surfaced", "recall"): 0.8,  # issue 10 target; issue 13: >= 1
}
# Held-out floors that differ for one cluster: ibero_heldout (a disaster in es/pt) lists no
# agenda item yet (its first run with the es/pt rules: 0 of 7).
HELD_OUT_OVERRIDES = {("ibero_heldout", "agenda", "item recalled", "recall"): 0.0}

REAL = stages.discover(with_fictional=False)
NAMES = [s.name for s in REAL]


def test_real_clusters_fixed_on_and_held_out_are_there():
    assert sum(not s.held_out for s in REAL) >= 3 and sum(s.held_out for s in REAL) >= 2
    assert MULTILINGUAL <= set(NAMES) and "ibero_heldout" in NAMES


@pytest.fixture(scope="module")
def measured():
    res = stages.run(REAL)
    print("\n" + records.summary(res))
    return res


def _row(res, name: str, stage: str, measure: str) -> dict | None:
    # a real cluster is labelled for every stage before it is added (tests/clusters/README.md)
    assert not any(m["set"] == name and m["stage"] == stage for m in res.missing), (
        f"{name}: no gold/{stage}.yml: label it before adding the cluster"
    )
    return next(
        (r for r in res.rows if (r["set"], r["stage"], r["measure"]) == (name, stage, measure)),
        None,
    )


def _floors(name: str) -> dict:
    if name in MULTILINGUAL:
        return MULTILINGUAL_FLOORS
    if next(s.held_out for s in REAL if s.name == name):
        return {
            k: HELD_OUT_OVERRIDES.get((name, *k), floor) for k, floor in HELD_OUT_FLOORS.items()
        }
    return FLOORS


CASES = [(name, *key) for name in NAMES for key in _floors(name)]


@pytest.mark.parametrize(("name", "stage", "measure", "key"), CASES)
def test_cluster_floor(measured, name, stage, measure, key):
    row = _row(measured, name, stage, measure)
    assert row is not None, f"{name}: no {stage}/{measure} row (was a measure renamed?)"
    misses = "\n".join(measured.notes.get(f"{name} {stage}", []))
    floor = _floors(name)[(stage, measure, key)]
    assert row[key] >= floor, f"{name} {stage} {measure}: {key} {row[key]:.2f} < {floor}\n{misses}"


@pytest.mark.parametrize("name", NAMES)
def test_false_differences_per_cluster(measured, name):
    row = _row(measured, name, "differences", "false differences")
    assert row is not None
    misses = "\n".join(measured.notes.get(f"{name} differences", []))
    held = next(s.held_out for s in REAL if s.name == name)
    ceiling = HELD_OUT_MAX_FALSE_DIFFERENCES if held else MAX_FALSE_DIFFERENCES
    assert row["count"] <= ceiling, misses


def test_a_cross_language_difference_is_surfaced_on_the_multilingual_cluster():
    """Issue 13: where a Spanish or Portuguese source and a source in another language disagree,
    the Compare page lists it (one difference citing sentences in two languages)."""
    from explainer.compare.run import compare_sources
    from explainer.pipeline import extract

    for name in sorted(MULTILINGUAL):
        ex = extract(ROOT / "tests" / "clusters" / name / "seeds")
        across = [
            d.subject
            for d in compare_sources(ex).discrepancies
            if len({v.sentence.lang for v in d.variants}) >= 2
        ]
        assert across, f"{name}: no difference cites two languages"

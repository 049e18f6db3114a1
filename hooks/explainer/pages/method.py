"""How this site is made: the pipeline in plain words, measured accuracy, limits, this build.

Reads: the Extraction (for this build's counts and problems) and `accuracy.json`, written by
`scripts/evaluate.py --write` from the hand-labelled gold data. Produces: about/method.md.
Limits: the accuracy shown is the last committed measurement, not re-measured at build time (a
site build never runs the tests); when the file is missing the page says "not measured".
"""

from __future__ import annotations

import json
from pathlib import Path

from explainer.model import ERROR
from explainer.pages._context import PageContext

PATH = "about/method.md"
ACCURACY = Path(__file__).resolve().parents[1] / "accuracy.json"

# How each evaluation set is introduced on the page, in page order.
SETS = (
    ("seeds", "The seed articles (hand-labelled gold data)"),
    ("heldout", "Held-out sentences (written before the rules ran on them)"),
    ("synthetic", "Synthetic cluster (a fictional event written for the tests)"),
    ("blind", "A test cluster in another domain, labelled before any rule ran on it"),
)
FIRST_RUNS = ACCURACY.with_name("first_runs.json")
KNOWN_SETS = frozenset(key for key, _ in SETS)
# Every other set is a real news cluster (scripts/evaluate_clusters.py); this one sums them.
POOLED = "pooled"
POOLED_HELD_OUT = "pooled (held out)"
CLUSTER_TITLES = {
    POOLED: "Clusters fixed on (pooled)",
    POOLED_HELD_OUT: "Held-out clusters (pooled)",
}


def load_accuracy(path: Path = ACCURACY) -> dict | None:
    """The measurement file, or None when it is missing or unreadable (the page says so)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("rows"), list) else None


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def _score(r: dict, key: str) -> str:
    """A row's single score: F1 or accuracy (`key`), or a count (false differences, noise)."""
    return str(r["count"]) if isinstance(r.get("count"), int) else _fmt(r.get(key))


def _tables(acc: dict | None) -> list[dict]:
    if acc is None:
        return []
    out = []
    for key, title in SETS:
        rows = [r for r in acc["rows"] if r.get("set") == key]
        missing = [m for m in acc.get("missing", []) if m.get("set") == key]
        if not rows and not missing:
            continue
        out.append(
            {
                "title": title,
                "rows": [
                    {
                        "stage": r.get("stage", ""),
                        "measure": r.get("measure", ""),
                        "n": r.get("n", 0),
                        "precision": _fmt(r.get("precision")),
                        "recall": _fmt(r.get("recall")),
                        "score": _score(r, "f1" if "f1" in r else "accuracy"),
                        "floor": _fmt(r.get("floor")),
                        "meets": r.get("floor") is None or r.get("meets", True),
                    }
                    for r in rows
                ],
                "missing": [m.get("stage", "") for m in missing],
            }
        )
    return out


def _counts(ctx: PageContext) -> dict:
    ex = ctx.extraction
    problems = ex.problems
    return {
        "articles": len(ex.articles),
        "outlets": len(set(ctx.labels.values())),
        "sentences": sum(len(f.sentences) for f in ex.articles),
        "quotes": sum(len(f.quotes) for f in ex.articles),
        "figures": sum(len(f.figures) for f in ex.articles),
        "dates": sum(len(f.dates) for f in ex.articles),
        "people": sum(1 for p in ex.people if not p.is_author),
        "errors": sum(1 for p in problems if p.severity == ERROR),
        "notices": sum(1 for p in problems if p.severity != ERROR),
    }


def _first_runs(path: Path) -> list[dict]:
    """The numbers of each set's first run, before rules were fixed on its misses: the honest
    measure of how the rules do on text nobody tuned them on."""
    data = load_accuracy(path)
    titles = {"heldout": "held-out sentences", "synthetic": "synthetic", "blind": "other domain"}
    return [
        {
            "set": titles.get(r.get("set"), r.get("set", "")),
            "stage": r.get("stage", ""),
            "measure": r.get("measure", ""),
            "precision": _fmt(r.get("precision")),
            "recall": _fmt(r.get("recall")),
            "score": _score(r, "score"),
        }
        for r in (data or {}).get("rows", [])
        if r.get("set") in KNOWN_SETS
    ]


def _value(r: dict | None) -> str:
    if r is None:
        return ""
    if "precision" in r or "recall" in r:
        return f"{_fmt(r.get('precision'))} / {_fmt(r.get('recall'))}"
    return _score(r, "accuracy" if "accuracy" in r else "score")


def _clusters(acc: dict | None, path: Path) -> dict | None:
    """The real clusters (every set the page does not introduce by name): one row per measure,
    one column per cluster, the pooled counts last; today's score with the first run's beside."""
    now = [r for r in (acc or {}).get("rows", []) if r.get("set") not in KNOWN_SETS]
    first = [
        r for r in (load_accuracy(path) or {}).get("rows", []) if r.get("set") not in KNOWN_SETS
    ]
    if not now and not first:
        return None
    pooled = {POOLED, POOLED_HELD_OUT}
    held = {r.get("set", "") for r in now if r.get("held_out")} - pooled
    names = sorted({r.get("set", "") for r in now + first} - pooled)
    present = {r.get("set") for r in now + first}
    # the clusters whose misses were read and fixed, then those nobody changing rules has read
    sets = [s for s in names if s not in held] + [s for s in [POOLED] if s in present]
    sets += [s for s in names if s in held] + [s for s in [POOLED_HELD_OUT] if s in present]
    # the pooled rows hold every measure in order (one cluster may lack one): they lead
    ordered = sorted(now + first, key=lambda r: r.get("set") not in pooled)
    measures = list(dict.fromkeys((r.get("stage", ""), r.get("measure", "")) for r in ordered))
    by = {(r.get("set"), r.get("stage"), r.get("measure")): r for r in now}
    was = {(r.get("set"), r.get("stage"), r.get("measure")): r for r in first}
    missing = [m for m in (acc or {}).get("missing", []) if m.get("set") not in KNOWN_SETS]
    return {
        "head": [CLUSTER_TITLES.get(s, f"{s} (held out)" if s in held else s) for s in sets],
        "rows": [
            {
                "stage": stage,
                "measure": measure,
                "cells": [
                    {
                        "now": _value(by.get((s, stage, measure))) or "—",
                        "first": _value(was.get((s, stage, measure))),
                    }
                    for s in sets
                ],
            }
            for stage, measure in measures
        ],
        "missing": [f"{m.get('set', '')}: {m.get('stage', '')}" for m in missing],
    }


def build(
    ctx: PageContext, accuracy_path: Path = ACCURACY, first_runs_path: Path = FIRST_RUNS
) -> str:
    acc = load_accuracy(accuracy_path)
    return ctx.render(
        "method.md.j2",
        PATH,
        measured=acc is not None,
        tables=_tables(acc),
        first_runs=_first_runs(first_runs_path),
        clusters=_clusters(acc, first_runs_path),
        counts=_counts(ctx),
    )

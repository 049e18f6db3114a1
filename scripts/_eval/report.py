"""Run every scorer, and print or write the table (accuracy.json)."""

from __future__ import annotations

import json

from explainer.pipeline import extract

from _eval.dates import eval_dates
from _eval.figures import eval_figures
from _eval.heldout import CLUSTER_GOLD, eval_cluster_files, eval_heldout
from _eval.kinds import eval_kinds
from _eval.match import (
    CLUSTERS,
    SCHEMA,
    Cluster,
    Result,
)
from _eval.people import eval_people
from _eval.quotes import eval_quotes
from _eval.topics import eval_topics


def evaluate() -> Result:
    res = Result()
    clusters = {name: Cluster(name, extract(path)) for name, path in CLUSTERS.items()}
    eval_quotes(res, clusters)
    eval_people(res, clusters)
    eval_figures(res, clusters)
    eval_dates(res, clusters)
    eval_topics(res, clusters)
    eval_kinds(res, clusters)
    eval_heldout(res)
    for set_ in CLUSTER_GOLD:
        eval_cluster_files(res, clusters, set_)
    order = {"seeds": 0, "heldout": 1, "synthetic": 2, "blind": 3}
    stages = ["quotes", "people", "figures", "dates", "topics", "kinds"]
    res.rows.sort(
        key=lambda r: (
            order.get(r["set"], 9),
            stages.index(r["stage"]) if r["stage"] in stages else 9,
        )
    )
    res.missing.sort(key=lambda m: (order.get(m["set"], 9), m["stage"]))
    return res


def table(res: Result) -> str:
    lines = [
        f"{'set':<10} {'stage':<8} {'measure':<34} {'n':>4} {'P':>5} {'R':>5} {'F1/acc':>6}  floor"
    ]
    for r in res.rows:
        score = r.get("f1", r.get("accuracy"))
        p = f"{r['precision']:.2f}" if "precision" in r else ""
        rec = f"{r['recall']:.2f}" if "recall" in r else ""
        floor = ""
        if "floor" in r:
            floor = f"{r['floor']:.2f} {'ok' if r['meets'] else 'BELOW'}"
        lines.append(
            f"{r['set']:<10} {r['stage']:<8} {r['measure']:<34} {r['n']:>4} {p:>5} {rec:>5}"
            f" {score:>6.2f}  {floor}"
        )
    for m in res.missing:
        lines.append(f"{m['set']:<10} {m['stage']:<8} {m['why']}")
    return "\n".join(lines)


def to_json(res: Result, kept: dict | None = None) -> str:
    """`kept`: the file as it was; its rows of sets or stages this script does not measure (the
    real clusters', from scripts/evaluate_clusters.py) stay."""
    ours = [*CLUSTERS, "heldout"], ["quotes", "people", "figures", "dates", "topics", "kinds"]

    def other(r: dict) -> bool:
        return r.get("set") not in ours[0] or r.get("stage") not in ours[1]

    data = {
        "schema": SCHEMA,
        "written_by": "scripts/evaluate.py --write, scripts/evaluate_clusters.py --write"
        " (do not edit by hand)",
        "rows": res.rows + [r for r in (kept or {}).get("rows", []) if other(r)],
        "missing": res.missing + [m for m in (kept or {}).get("missing", []) if other(m)],
    }
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

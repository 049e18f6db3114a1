"""Kinds scorer: accuracy of each gold article's kind."""

from __future__ import annotations

from _eval.match import (
    Cluster,
    Result,
    _rows_for,
    _seed_gold,
)


def eval_kinds(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "kinds")
    if gold is None:
        return
    for set_, rows in sorted(_rows_for(gold, clusters).items()):
        _kinds_in_cluster(res, set_, rows, clusters[set_])


def _kinds_in_cluster(res: Result, set_: str, rows: list[dict], c: Cluster) -> None:
    right = 0
    for g in rows:
        f = c.facts.get(g["_prefix"])
        got = f.kind if f else None
        if got == g["kind"]:
            right += 1
        else:
            res.note(
                f"{set_} kinds",
                f"{g['_prefix']}: {got}, gold {g['kind']} ({f.kind_how if f else 'no article'})",
            )
    res.acc(set_, "kinds", "article kind right", right, len(rows))

"""Figures scorer: figure with its counted noun (P/R)."""

from __future__ import annotations

from _eval.match import (
    Cluster,
    Result,
    _in,
    _rows_for,
    _seed_gold,
    greedy_pairs,
    norm,
)

_PREP = frozenset("of under in for at on from by to with during since after before".split())


def _head(g: dict) -> str:
    """The counted noun: the gold unit when `counts` names it, else the head of `counts`
    (its last word before a preposition: "soybean exports" -> exports, "turnout")."""
    words = norm(g.get("counts")).split()
    unit = norm(g.get("unit"))
    if unit and unit in words:
        return unit
    head = []
    for w in words:
        if w in _PREP:
            break
        head.append(w)
    return head[-1] if head else ""


def _match_figures(res: Result, set_: str, gold: list[dict], preds: list, prefix_of) -> None:
    def same(g: dict, f) -> bool:
        value = float(g["value"])
        if prefix_of(f) != g.get("_prefix", prefix_of(f)) or not _in(g, f.sentence):
            return False
        return abs(f.value - value) <= 1e-6 * max(1.0, abs(value))

    pairs, extra = greedy_pairs(gold, preds, same)
    found = right = 0
    for g, f in pairs:
        if f is None:
            res.note(
                f"{set_} figures", f"missed {g.get('text')!r} in {str(g.get('sentence'))[:60]!r}"
            )
            continue
        found += 1
        head = _head(g)
        if (head in norm(f.counts)) if head else not norm(f.counts):
            right += 1
        else:
            res.note(
                f"{set_} figures",
                f"counts of {g.get('text')!r}: {f.counts!r}, gold head {head!r}",
            )
    for f in extra:
        res.note(
            f"{set_} figures", f"extra {f.text!r} ({f.counts!r}) in {f.sentence.text[:60]!r}"
        )
    res.pr(set_, "figures", "figure found", found, len(preds), len(gold))
    res.pr(set_, "figures", "figure with its counted noun", right, len(preds), len(gold))


def eval_figures(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "figures")
    if gold is None:
        return
    for set_, rows in _rows_for(gold, clusters).items():
        c = clusters[set_]
        preds = [(p, fig) for p, f in sorted(c.facts.items()) for fig in f.figures]
        prefix = {id(fig): p for p, fig in preds}
        _match_figures(res, set_, rows, [fig for _, fig in preds], lambda f, m=prefix: m[id(f)])

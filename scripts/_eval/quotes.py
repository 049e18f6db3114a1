"""Quotes scorer: quote found (P/R) and speaker right."""

from __future__ import annotations

from _eval.match import (
    Cluster,
    Result,
    _core,
    _in,
    _rows_for,
    _seed_gold,
    greedy_pairs,
)


def _same_quote(g: dict, q) -> bool:
    want, got = _core(g["quote"]), _core(q.text)
    if not want or not got or not (want in got or got in want):
        return False
    return "sentence" not in g or (g["_prefix"] == q._prefix and _in(g, q.sentence))


def _match_quotes(res: Result, set_: str, gold: list[dict], preds: list, where: str) -> None:
    pairs, extra = greedy_pairs(gold, preds, _same_quote)
    found = right = 0
    for g, q in pairs:
        if q is None:
            res.note(f"{set_} quotes", f"{where}: missed {g['quote']!r}")
            continue
        found += 1
        if (q.speaker or None) == (g.get("speaker") or None):
            right += 1
        else:
            res.note(
                f"{set_} quotes",
                f"{where}: speaker of {g['quote']!r}: {q.speaker!r}, gold {g.get('speaker')!r}",
            )
    for q in extra:
        res.note(f"{set_} quotes", f"{where}: extra {q.text!r} ({q.speaker})")
    res.pr(set_, "quotes", "quote found", found, len(preds), len(gold))
    res.acc(set_, "quotes", "speaker right", right, found)


class _Q:
    """A Quote with the file prefix it came from (for matching across one cluster)."""

    def __init__(self, quote, prefix: str):
        self.text, self.speaker, self.sentence, self._prefix = (
            quote.text,
            quote.speaker,
            quote.sentence,
            prefix,
        )


def eval_quotes(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "quotes")
    if gold is None:
        return
    for set_, rows in _rows_for(gold, clusters).items():
        c = clusters[set_]
        preds = [_Q(q, p) for p, f in sorted(c.facts.items()) for q in f.quotes]
        _match_quotes(res, set_, rows, preds, set_)

"""Topics scorer: accuracy of the topic of each gold sentence."""

from __future__ import annotations

from _eval.match import (
    Cluster,
    Result,
    _rows_for,
    _seed_gold,
)


def eval_topics(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "topics")
    if gold is None:
        return
    for set_, rows in sorted(_rows_for(gold, clusters).items()):
        _topics_in_cluster(res, set_, rows, clusters[set_])


def _topics_in_cluster(res: Result, set_: str, rows: list[dict], c: Cluster) -> None:
    right = 0
    for g in rows:
        s = c.sentence(g["_prefix"], g["text"])
        f = c.facts.get(g["_prefix"])
        got = next(
            (t.topic for t in (f.topics if f else ()) if s and t.sentence.key == s.key), None
        )
        if got == g["topic"]:
            right += 1
        else:
            res.note(
                f"{set_} topics",
                f"{g['_prefix']}: {g['text'][:50]!r}: {got}, gold {g['topic']}",
            )
    res.acc(set_, "topics", "topic right", right, len(rows))

"""Agenda items and differences against their gold (formats: tests/clusters/README.md).

Agenda: a gold item is recalled when a listed item's label contains one of its `match`
substrings (case-insensitive). Of the listed items matching it, the one citing most of the gold
item's `files` stands for it: its share of those files is the item's source recall, and it
"lists >= 2 sources" when it cites two or more files (counted over gold items that name two or
more files). A listed item matching no gold item is a fragment or noise.

Differences: a gold row is surfaced when one listed entry cites sentences from at least two of
its sides' files, each containing that side's substring. A listed entry surfacing no gold row is
a false difference.

Both take the adapters' plain tuples, so they are tested without running any extraction.
"""

from __future__ import annotations

from ._base import norm, prefix

Cited = list[tuple[str, str]]


def _pr(
    res,
    set_: str,
    stage: str,
    measure: str,
    hit_gold: int,
    n_gold: int,
    hit_listed: int,
    n_listed: int,
) -> None:
    """A P/R row whose two sides count different things (gold recalled, listed items right)."""
    p = hit_listed / n_listed if n_listed else 1.0
    r = hit_gold / n_gold if n_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    res._add(
        set_,
        stage,
        measure,
        n=n_gold,
        tp=hit_gold,
        n_pred=n_listed,
        pred_tp=hit_listed,
        precision=p,
        recall=r,
        f1=f1,
    )


def _files(cited: Cited) -> set[str]:
    return {p for p, _ in cited}


def score_agenda(res, set_: str, gold: list[dict], items: list[tuple[str, Cited]]) -> None:
    key = f"{set_} agenda"
    matched: set[int] = set()
    recalled = multi_n = multi_ok = 0
    share_sum = 0.0
    for g in gold:
        subs = [norm(m) for m in g.get("match") or [] if norm(m)]
        files = {prefix(f) for f in g.get("files") or []}
        if len(files) >= 2:
            multi_n += 1
        hits = [k for k, (label, _) in enumerate(items) if any(s in norm(label) for s in subs)]
        matched.update(hits)
        if not hits:
            want = f"match {g.get('match')}; files {sorted(files)}"
            res.note(key, f"missed {g.get('item')!r} ({want})")
            continue
        recalled += 1
        best = max(hits, key=lambda k: (len(files & _files(items[k][1])), -k))
        label, cited = items[best]
        got = files & _files(cited)
        share_sum += len(got) / len(files) if files else 1.0
        if len(files) >= 2 and len(_files(cited)) >= 2:
            multi_ok += 1
        if got != files:
            res.note(
                key,
                f"{g.get('item')!r} as {label!r}: cites {sorted(_files(cited))},"
                f" gold files {sorted(files)}",
            )
    for k, (label, cited) in enumerate(items):
        if k not in matched:
            res.note(key, f"extra (fragment or noise) {label!r} from {sorted(_files(cited))}")
    _pr(res, set_, "agenda", "item recalled", recalled, len(gold), len(matched), len(items))
    if recalled:  # no row rather than a vacuous 1.00
        res._add(
            set_,
            "agenda",
            "sources listed (share of gold files)",
            n=recalled,
            total=share_sum,
            accuracy=share_sum / recalled,
        )
    res.acc(set_, "agenda", "item listing two or more sources", multi_ok, multi_n)
    res._add(
        set_,
        "agenda",
        "listed items matching no gold item",
        n=len(items),
        count=len(items) - len(matched),
    )


def _sides(g: dict) -> dict[str, str]:
    return {prefix(f): norm(text) for f, text in (g.get("sides") or {}).items()}


def cited_sides(g: dict, cited: Cited) -> set[str]:
    """The gold sides (file prefixes) an entry cites with a sentence holding that side's text."""
    sides = _sides(g)
    return {p for p, text in cited if p in sides and sides[p] and sides[p] in norm(text)}


def score_differences(res, set_: str, gold: list[dict], entries: list[tuple[str, Cited]]) -> None:
    key = f"{set_} differences"
    matched: set[int] = set()
    surfaced = 0
    for g in gold:
        hits = [k for k, (_, cited) in enumerate(entries) if len(cited_sides(g, cited)) >= 2]
        matched.update(hits)
        if hits:
            surfaced += 1
            continue
        partly = [entries[k][0] for k, (_, c) in enumerate(entries) if cited_sides(g, c)]
        also = f"; one side only in {partly}" if partly else ""
        res.note(key, f"missed {g.get('kind')} {g.get('what')!r} {sorted(_sides(g))}{also}")
    false = 0
    for k, (label, cited) in enumerate(entries):
        if k not in matched:
            false += 1
            res.note(key, f"false {label!r}: " + " | ".join(f"{p} {t[:60]!r}" for p, t in cited))
    _pr(
        res,
        set_,
        "differences",
        "difference surfaced",
        surfaced,
        len(gold),
        len(matched),
        len(entries),
    )
    res._add(set_, "differences", "false differences", n=len(entries), count=false)


def check_gold(res, set_: str, stage: str, gold: list[dict], cluster) -> None:
    """Gold rows whose file or sentence substring is not in the ingested text: a format slip
    in the gold, or (dates) a dateline read as metadata. Printed, never scored."""
    key = f"{set_} gold check"
    for g in gold:
        if not isinstance(g, dict):
            res.note(key, f"{stage}: not a mapping: {g!r}")
            continue
        if stage == "differences":
            for p, text in _sides(g).items():
                if p not in cluster.facts or cluster.sentence(p, text) is None:
                    res.note(key, f"differences {g.get('what')!r}: {p} {text!r} not in the text")
        elif stage == "agenda":
            for p in {prefix(f) for f in g.get("files") or []} - set(cluster.facts):
                res.note(key, f"agenda {g.get('item')!r}: no file {p}")
        elif "file" in g and "sentence" in g:
            p = prefix(g["file"])
            if p not in cluster.facts or cluster.sentence(p, str(g["sentence"])) is None:
                why = " (scored against the publication date)" if stage == "dates" else ""
                res.note(key, f"{stage} {p}: {str(g['sentence'])[:70]!r} not in the text{why}")


__all__ = ["check_gold", "cited_sides", "score_agenda", "score_differences"]

"""Dates scorer: dates found (P/R) and right (iso and precision)."""

from __future__ import annotations

from explainer.extract.dates.find import find_dates
from explainer.pipeline import reference_date

from _eval.match import (
    Cluster,
    Result,
    _in,
    _rows_for,
    _seed_gold,
    greedy_pairs,
    norm,
)


def _same_date(g: dict, d) -> bool:
    gt, dt = norm(g["text"]), norm(d.text)
    return _in(g, d.sentence) and (gt in dt or dt in gt)


def _match_dates(res: Result, set_: str, gold: list[dict], preds: list, where: str) -> None:
    pairs, extra = greedy_pairs(gold, preds, _same_date)
    found = right = 0
    for g, d in pairs:
        if d is None:
            res.note(
                f"{set_} dates", f"{where}: missed {g['text']!r} in {str(g.get('sentence'))[:60]!r}"
            )
            continue
        found += 1
        if (d.iso, d.precision) == (str(g["iso"]), g["precision"]):
            right += 1
        else:
            res.note(
                f"{set_} dates",
                f"{where}: {g['text']!r} -> {d.iso} {d.precision},"
                f" gold {g['iso']} {g['precision']}",
            )
    for d in extra:
        res.note(
            f"{set_} dates", f"{where}: extra {d.text!r} -> {d.iso} in {d.sentence.text[:50]!r}"
        )
    res.pr(set_, "dates", "date found", found, len(preds), len(gold))
    res.acc(set_, "dates", "explicit date right", right, len(gold))



def eval_dates(res: Result, clusters: dict[str, Cluster]) -> None:
    gold = _seed_gold(res, "dates")
    if gold is None:
        return
    for set_, rows in _rows_for(gold, clusters).items():
        _dates_in_cluster(res, set_, rows, clusters[set_])


def _dates_in_cluster(res: Result, set_: str, rows: list[dict], c: Cluster) -> None:
    found = right = n_pred = 0
    # The day the pipeline passes to find_dates: an undated or month-dated article reads its
    # dates from the cluster's latest publication day.
    reference = reference_date([f.article for f in c.facts.values() if f.kind_how != "not mined"])
    for prefix, f in sorted(c.facts.items()):
        frows = [g for g in rows if g["_prefix"] == prefix]
        published = frows[0].get("published") if frows else f.article.published
        preds, _ = find_dates(f.sentences, published, reference)
        inside = [g for g in frows if c.sentence(prefix, g["sentence"])]
        # A dateline the ingestion read as metadata is scored against the article's date.
        for g in frows:
            if g in inside:
                continue
            ok = (f.article.published or "")[:10] == str(g["iso"]) and g["precision"] == "day"
            found += ok
            right += ok
            n_pred += ok
            if not ok:
                res.note(
                    f"{set_} dates",
                    f"{prefix}: {g['text']!r} not in the text; published {f.article.published!r}",
                )
        sub = Result()
        _match_dates(sub, set_, inside, preds, prefix)
        for k, v in sub.notes.items():
            res.notes.setdefault(k, []).extend(v)
        pr = sub.rows[0]
        found += pr["tp"]
        right += sub.rows[1]["correct"]
        n_pred += pr["n_pred"]
    res.pr(set_, "dates", "date found", found, n_pred, len(rows))
    res.acc(set_, "dates", "explicit date right", right, len(rows))

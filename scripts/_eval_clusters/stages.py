"""Find the clusters, score each stage of each, and pool the counts over the real ones.

People, quotes, figures and dates are matched by `scripts/evaluate.py`'s own functions (one rule
for "a match"); agenda and differences by `matching.py` on what the adapters return.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from explainer.pipeline import extract

from . import adapters, records
from ._base import CLUSTERS, GOLD, ROOT, prefix
from ._base import dates as score_dates
from ._base import figures as score_figures
from ._base import match as matcher
from ._base import people as score_people
from ._base import quotes as score_quotes
from .matching import check_gold, score_agenda, score_differences

Result = matcher.Result

STAGES = ("people", "quotes", "figures", "dates", "agenda", "differences")
POOLED = "pooled"
POOLED_HELD_OUT = "pooled (held out)"
# A cluster folder holding this file was kept unseen by everyone changing rules: its numbers are
# pooled apart from the clusters whose misses were read and fixed.
HELD_OUT_MARK = "HELD_OUT"


@dataclass(frozen=True)
class Spec:
    name: str
    seeds: Path
    gold: dict[str, Path]  # stage -> gold file (which may not exist yet)
    real: bool = True  # a real blind cluster: pooled, and written for every stage
    held_out: bool = False  # never read by anyone changing rules (tests/clusters/<name>/HELD_OUT)
    # stages whose rows this scorer writes (the fictional cluster's others are evaluate.py's)
    written: tuple[str, ...] = STAGES
    extraction: object = field(default=None, compare=False)  # reuse one already made (tests)


def discover(clusters: Path = CLUSTERS, with_fictional: bool = True) -> list[Spec]:
    """Every tests/clusters/<name>/ with a gold/ folder, then the fictional blind cluster."""
    specs = [
        Spec(
            d.parent.name,
            d.parent / "seeds",
            {s: d / f"{s}.yml" for s in STAGES},
            held_out=(d.parent / HELD_OUT_MARK).is_file(),
        )
        for d in sorted(clusters.glob("*/gold/"))
        if d.is_dir()
    ]
    if with_fictional:
        specs.append(
            Spec(
                "blind",
                ROOT / "tests" / "data" / "heldout_cluster",
                {s: GOLD / f"blind_{s}.yml" for s in STAGES},
                real=False,
                written=("agenda", "differences"),
            )
        )
    return specs


def _own(gold: list) -> list[dict]:
    return [{**g, "_prefix": prefix(g.get("file", ""))} for g in gold if isinstance(g, dict)]


def speaker_names(people_gold: list | None, people: list) -> dict[str, str]:
    """Extracted person's name -> the gold name of the person the people matching pairs it with
    (the same greedy rule, gold order): a cluster's gold spells a speaker one way ("Luiz Inácio
    Lula da Silva") and lists the text's other spellings as aliases. A second extracted person
    for the same gold one ("Xi" beside "Xi Jinping") stays unmapped: the split is a miss."""
    pairs, _ = score_people.pair_people(people_gold or [], people)
    return {p.name: g["name"] for g, p in pairs if p is not None}


def _people(res, name, gold, c, all_gold) -> None:
    score_people._match_people(
        res, name, [g for g in gold if isinstance(g, dict)], list(c.ex.people), name
    )


def _quotes(res, name, gold, c, all_gold) -> None:
    preds = [score_quotes._Q(q, p) for p, f in sorted(c.facts.items()) for q in f.quotes]
    spelled = speaker_names(all_gold.get("people"), list(c.ex.people))
    for q in preds:
        q.speaker = spelled.get(q.speaker, q.speaker)
    score_quotes._match_quotes(res, name, _own(gold), preds, name)


def _figures(res, name, gold, c, all_gold) -> None:
    preds = [(p, fig) for p, f in sorted(c.facts.items()) for fig in f.figures]
    where = {id(fig): p for p, fig in preds}
    score_figures._match_figures(
        res, name, _own(gold), [fig for _, fig in preds], lambda f: where[id(f)]
    )


def _dates(res, name, gold, c, all_gold) -> None:
    sub = Result()
    score_dates._dates_in_cluster(sub, name, _own(gold), c)
    res.rows.extend(sub.rows)
    for k, v in sub.notes.items():
        res.notes.setdefault(k, []).extend(v)
    found = next(r for r in sub.rows if r["measure"] == "date found")
    right = next(r for r in sub.rows if r["measure"] == "explicit date right")
    # the "dated events right": found and right, over what was found and over the gold
    res.pr(name, "dates", "date found and right", right["correct"], found["n_pred"], found["n"])


def _agenda(res, name, gold, c, all_gold) -> None:
    score_agenda(
        res, name, [g for g in gold if isinstance(g, dict)], adapters.agenda_items_of(c.ex)
    )


def _differences(res, name, gold, c, all_gold) -> None:
    score_differences(
        res, name, [g for g in gold if isinstance(g, dict)], adapters.differences_of(c.ex)
    )


SCORERS = {
    "people": _people,
    "quotes": _quotes,
    "figures": _figures,
    "dates": _dates,
    "agenda": _agenda,
    "differences": _differences,
}


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def score(spec: Spec, res) -> None:
    """Every stage of one cluster; a stage without its gold file is "no gold yet", not a 0."""
    gold = {s: matcher._load(p) for s, p in spec.gold.items()}
    for stage in STAGES:
        if gold.get(stage) is None:
            why = f"no gold yet ({_rel(spec.gold[stage])})"
            res.missing.append({"set": spec.name, "stage": stage, "why": why})
    if all(g is None for g in gold.values()):
        return
    ex = spec.extraction or extract(spec.seeds)
    c = matcher.Cluster(spec.name, ex)
    for stage in STAGES:
        if gold.get(stage) is not None:
            check_gold(res, spec.name, stage, gold[stage], c)
            SCORERS[stage](res, spec.name, gold[stage], c, gold)


def pool(rows: list[dict], names: list[str], as_set: str = POOLED) -> list[dict]:
    """Rows summed over the named clusters, per (stage, measure): pooled counts, not means."""
    rows = [r for r in rows if r["set"] in names]
    sums: dict[tuple[str, str], dict] = {}
    for key in records.measure_order(rows):
        sums[key] = {}
    for r in rows:
        acc = sums[(r["stage"], r["measure"])]
        acc.setdefault("_from", r)
        for k in ("n", "tp", "n_pred", "pred_tp", "correct", "total", "count"):
            if k in r:
                acc[k] = acc.get(k, 0) + r[k]
    res = Result()
    for (stage, measure), a in sums.items():
        src = a["_from"]
        if "precision" in src:
            hit_listed, n_pred = a.get("pred_tp", a["tp"]), a["n_pred"]
            p = hit_listed / n_pred if n_pred else 1.0
            r = a["tp"] / a["n"] if a["n"] else 1.0
            extra = {"pred_tp": a["pred_tp"]} if "pred_tp" in a else {}
            res._add(
                as_set,
                stage,
                measure,
                n=a["n"],
                tp=a["tp"],
                n_pred=n_pred,
                **extra,
                precision=p,
                recall=r,
                f1=2 * p * r / (p + r) if p + r else 0.0,
            )
        elif "count" in src:
            res._add(as_set, stage, measure, n=a["n"], count=a["count"])
        else:
            got = a.get("correct", a.get("total", 0))
            key = "correct" if "correct" in a else "total"
            res._add(
                as_set,
                stage,
                measure,
                n=a["n"],
                **{key: got},
                accuracy=got / a["n"] if a["n"] else 1.0,
            )
    return res.rows


def run(specs: list[Spec]):
    """Score every cluster; pooled rows over the real ones. Rows in cluster, then stage order."""
    res = Result()
    for spec in specs:
        score(spec, res)
    for held_out, as_set in ((False, POOLED), (True, POOLED_HELD_OUT)):
        real = [s.name for s in specs if s.real and s.held_out == held_out]
        if len(real) > 1:
            res.rows.extend(pool(res.rows, real, as_set))
    order = {s.name: k for k, s in enumerate(specs)}
    res.rows.sort(key=lambda r: (order.get(r["set"], len(order)), STAGES.index(r["stage"])))
    return res

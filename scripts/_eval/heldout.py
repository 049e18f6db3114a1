"""Held-out scorers: invented sentences and passages, and the fictional clusters' gold files."""

from __future__ import annotations

from explainer.extract.dates.find import find_dates
from explainer.extract.figures.find import find_figures
from explainer.extract.people.find import find_people
from explainer.extract.quotes.find import find_quotes
from explainer.ingest.sentences import split_sentences
from explainer.model import Article, Block, Sentence

from _eval.dates import _dates_in_cluster, _match_dates
from _eval.figures import _match_figures
from _eval.kinds import _kinds_in_cluster
from _eval.match import (
    CLUSTERS,
    GOLD,
    Cluster,
    Result,
    _file_key,
    _load,
    _rows_for,
)
from _eval.people import _match_people
from _eval.quotes import _Q, _match_quotes
from _eval.topics import _topics_in_cluster


def _passage(case: dict) -> Article:
    blocks = []
    for line in str(case["text"]).splitlines():
        if line.startswith("> "):
            blocks.append(Block("quote_block", line[2:].strip()))
        elif line.startswith("-- "):
            blocks.append(Block("attribution", line[3:].strip()))
        elif line.strip():
            blocks.append(Block("paragraph", line.strip()))
    return Article(
        id=f"heldout-{case['id']}",
        path=f"{case['id']}.txt",
        sha=str(case["id"]),
        language="en",
        blocks=tuple(blocks),
    )


def eval_heldout(res: Result) -> None:
    cases = _load(GOLD / "heldout_quotes.yml")
    if cases is None:
        res.missing.append({"set": "heldout", "stage": "quotes and people", "why": "no gold yet"})
    else:
        all_gold, all_preds, gold_people, people = [], [], [], []
        for case in cases:
            art = _passage(case)
            sents = split_sentences(art)
            found_people, _ = find_people([art], list(sents))
            for q in find_quotes(sents, found_people):
                all_preds.append(_Q(q, case["id"]))
            all_gold += [{**g, "_prefix": case["id"]} for g in case.get("quotes") or []]
            gold_people += [{**g, "_case": case["id"]} for g in case.get("people") or []]
            people += found_people
        _match_quotes(res, "heldout", all_gold, all_preds, "heldout")
        _match_people(res, "heldout", gold_people, people, "heldout")
    cases = _load(GOLD / "heldout_figures.yml")
    if cases is None:
        res.missing.append({"set": "heldout", "stage": "figures", "why": "no gold yet"})
    else:
        gold, preds = [], []
        for i, case in enumerate(cases):
            s = Sentence(f"h{i}", 1, case["sentence"], 0, "paragraph", None)
            preds += find_figures((s,))
            gold += [
                {**g, "sentence": case["sentence"], "_prefix": f"h{i}"}
                for g in case.get("figures") or []
            ]
        _match_figures(res, "heldout", gold, preds, lambda f: f.sentence.article_id)
    cases = _load(GOLD / "heldout_dates.yml")
    if cases is None:
        res.missing.append({"set": "heldout", "stage": "dates", "why": "no gold yet"})
    else:
        gold, preds = [], []
        for i, case in enumerate(cases):
            s = Sentence(f"h{i}", 1, case["sentence"], 0, "paragraph", None)
            preds += find_dates((s,), case.get("published"))[0]
            gold += [{**g, "sentence": case["sentence"]} for g in case.get("dates") or []]
        _match_dates(res, "heldout", gold, preds, "heldout")


# --- clusters with their own gold files (synthetic, blind) ----------------------------------

# Set name -> the gold files that belong to it (besides any gold YAML inside its folder). The
# blind cluster's gold was labelled before any rule ran on it; nobody tunes on it.
CLUSTER_GOLD = {"synthetic": "synthetic_*.yml", "blind": "blind_*.yml"}


def eval_cluster_files(res: Result, clusters: dict[str, Cluster], set_: str) -> None:
    """Gold YAML files for one cluster use the seeds' formats, keyed by file prefix."""
    folder = CLUSTERS[set_]
    c = clusters[set_]
    found_any = False
    paths = sorted(folder.glob("*.yml")) + sorted(folder.glob("*.yaml"))
    for path in paths + sorted(GOLD.glob(CLUSTER_GOLD[set_])):
        rows = _load(path) or []
        rows = [
            {**g, "file": f"{set_}/{_file_key(g.get('file', ''))[1]}"}
            for g in rows
            if isinstance(g, dict)
        ]
        own = _rows_for(rows, {set_: c}).get(set_, [])
        stem = path.stem.lower()
        found_any = True
        if "quote" in stem:
            preds = [_Q(q, p) for p, f in sorted(c.facts.items()) for q in f.quotes]
            _match_quotes(res, set_, own, preds, set_)
        elif "people" in stem:
            _match_people(res, set_, rows, list(c.ex.people), set_)
        elif "figure" in stem:
            preds = [(p, fig) for p, f in sorted(c.facts.items()) for fig in f.figures]
            prefix = {id(fig): p for p, fig in preds}
            _match_figures(res, set_, own, [fig for _, fig in preds], lambda f, m=prefix: m[id(f)])
        elif "date" in stem:
            _dates_in_cluster(res, set_, own, c)
        elif "topic" in stem:
            _topics_in_cluster(res, set_, own, c)
        elif "kind" in stem:
            _kinds_in_cluster(res, set_, own, c)
    if not found_any:
        res.missing.append(
            {"set": set_, "stage": "quotes, people, figures, dates", "why": "no gold yet"}
        )

"""The cluster scorer (scripts/evaluate_clusters.py) counts right: a tiny invented cluster with
known gold (a hit, a miss, an extra, a false difference) so it cannot silently pass, and its
matching, pooling, writers, adapters' contract and method-page table on invented rows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from _eval_clusters import adapters, records, stages  # noqa: E402
from _eval_clusters.matching import score_agenda, score_differences  # noqa: E402

TALKS = """Strait talks end with a fishing deal

By Ola Brenn

March 4, 2031

Norland and Vesta agreed on Tuesday to share fishing rights in the strait, ending a long dispute.

"This is a fair deal for both coasts," said Mara Holt, the fisheries minister of Norland.

The agreement covers 1,200 boats, officials said.
"""
PACT = """Vesta and Norland sign strait fishing pact

By Ike Sorn

March 5, 2031

The agreement covers 1,500 boats, according to the Vesta fisheries office.

"We have protected our fishermen," trade envoy Tom Hale told reporters on Wednesday.
"""
S_1200 = "The agreement covers 1,200 boats, officials said."
S_1500 = "The agreement covers 1,500 boats, according to the Vesta fisheries office."
S_HALE = '"We have protected our fishermen," trade envoy Tom Hale told reporters on Wednesday.'
GOLD = {
    "people": [
        {"name": "Mara Holt", "aliases": ["Holt"], "role": "fisheries minister"},
        {"name": "Tom Hale", "aliases": ["Hale"], "role": "trade envoy"},
        {"name": "Lena Dorn", "aliases": [], "role": "harbour master"},  # in no article: a miss
        {"name": "Ola Brenn", "is_author": True},
        {"name": "Ike Sorn", "is_author": True},
    ],
    "quotes": [  # Hale's quote is left out: an extra
        {
            "file": "000",
            "sentence": "This is a fair deal",
            "quote": "This is a fair deal for both coasts,",
            "speaker": "Mara Holt",
        },
        {
            "file": "000",
            "sentence": "agreed on Tuesday",
            "quote": "share fishing rights",
            "speaker": None,
        },  # no quotation marks in the text: a miss
    ],
    "figures": [
        {
            "file": "000",
            "sentence": "covers 1,200 boats",
            "text": "1,200 boats",
            "value": 1200,
            "unit": "boats",
            "counts": "boats",
        },
        {
            "file": "001",
            "sentence": "covers 1,500 boats",
            "text": "1,500 boats",
            "value": 1500,
            "unit": "boats",
            "counts": "boats",
        },
    ],
    "dates": [
        {
            "file": "000",
            "published": "2031-03-04",
            "sentence": "agreed on Tuesday",
            "text": "on Tuesday",
            "iso": "2031-03-04",
            "precision": "day",
        },
        {
            "file": "001",
            "published": "2031-03-05",
            "sentence": "told reporters on Wednesday",
            "text": "on Wednesday",
            "iso": "2031-03-06",
            "precision": "day",
        },  # wrong on purpose
    ],
    "agenda": [
        {"item": "Fishing rights", "match": ["fishing"], "files": ["000", "001"]},
        {"item": "Boat quotas", "match": ["quota"], "files": ["001"]},
    ],
    "differences": [
        {
            "what": "boats covered",
            "kind": "figure",
            "sides": {"000": "covers 1,200 boats", "001": "covers 1,500 boats"},
        },
        {
            "what": "day of the deal",
            "kind": "date",
            "sides": {"000": "agreed on Tuesday", "001": "on Wednesday"},
        },
    ],
}
ITEMS = [("Fishing rights", [("000", "x"), ("001", "y")]), ("Trafficking", [("000", "z")])]
ENTRIES = [
    ("figure: boats", [("001", S_1500), ("000", S_1200)]),
    ("label: Tom Hale", [("001", S_HALE), ("000", S_1200)]),  # one side of a row only: false
]


def _tiny(tmp_path: Path, stages_with_gold=tuple(GOLD)) -> Path:
    root = tmp_path / "clusters"
    (root / "tiny" / "seeds").mkdir(parents=True)
    (root / "tiny" / "gold").mkdir()
    (root / "tiny" / "seeds" / "000_north_post_talks.txt").write_text(TALKS, encoding="utf-8")
    (root / "tiny" / "seeds" / "001_vesta_daily_pact.txt").write_text(PACT, encoding="utf-8")
    for stage in stages_with_gold:
        text = json.dumps(GOLD[stage])  # JSON is YAML
        (root / "tiny" / "gold" / f"{stage}.yml").write_text(text, encoding="utf-8")
    return root


def _rows(res, name="tiny") -> dict[tuple[str, str], dict]:
    return {(r["stage"], r["measure"]): r for r in res.rows if r["set"] == name}


def test_scorer_counts_hits_misses_extras_and_false_differences(tmp_path, monkeypatch):
    monkeypatch.setattr(adapters, "agenda_items_of", lambda ex: ITEMS)
    monkeypatch.setattr(adapters, "differences_of", lambda ex: ENTRIES)
    specs = stages.discover(_tiny(tmp_path), with_fictional=False)
    assert [s.name for s in specs] == ["tiny"]
    res = stages.run(specs)
    got = _rows(res)
    assert got[("people", "person found")]["tp"] == 2
    assert got[("people", "person found")]["recall"] == round(2 / 3, 4)
    q = got[("quotes", "quote found")]
    assert (q["tp"], q["n"], q["n_pred"]) == (1, 2, 2)  # a hit, a miss, an extra
    assert got[("quotes", "speaker right")]["accuracy"] == 1.0
    assert got[("figures", "figure with its counted noun")]["recall"] == 1.0
    d = got[("dates", "date found and right")]
    assert (d["tp"], d["n"]) == (1, 2)
    a = got[("agenda", "item recalled")]
    assert (a["tp"], a["n"], a["pred_tp"], a["n_pred"]) == (1, 2, 1, 2)
    assert got[("agenda", "sources listed (share of gold files)")]["accuracy"] == 1.0
    assert got[("agenda", "item listing two or more sources")]["correct"] == 1
    assert got[("agenda", "listed items matching no gold item")]["count"] == 1
    diff = got[("differences", "difference surfaced")]
    assert (diff["tp"], diff["n"], diff["recall"]) == (1, 2, 0.5)
    assert got[("differences", "false differences")]["count"] == 1
    notes = "\n".join(n for v in res.notes.values() for n in v)
    for seen in (
        "missed 'Lena Dorn'",
        "missed 'share fishing rights'",
        "extra 'We have",
        "missed 'Boat quotas'",
        "'Trafficking'",
        "false 'label: Tom Hale'",
        "one side only in ['label: Tom Hale']",
    ):
        assert seen in notes, seen
    assert not res.missing


def test_a_stage_without_gold_is_not_measured_not_zero(tmp_path):
    res = stages.run(stages.discover(_tiny(tmp_path, ("people",)), with_fictional=False))
    assert {r["stage"] for r in res.rows} == {"people"}
    missing = {m["stage"]: m["why"] for m in res.missing}
    assert set(missing) == set(stages.STAGES) - {"people"}
    assert all(w.startswith("no gold yet") for w in missing.values())


def test_agenda_source_recall_takes_the_best_matching_item():
    res = stages.Result()
    gold = [{"item": "Trade", "match": ["trade", "tariff"], "files": ["000", "001", "002"]}]
    items = [("Trade", [("000", "a")]), ("Tariffs", [("001", "b"), ("002", "c")])]
    score_agenda(res, "x", gold, items)
    got = {r["measure"]: r for r in res.rows}
    assert got["sources listed (share of gold files)"]["accuracy"] == round(2 / 3, 4)
    assert got["listed items matching no gold item"]["count"] == 0  # both name the item


def test_a_difference_needs_two_sides_each_with_its_text():
    res = stages.Result()
    gold = [{"what": "w", "kind": "figure", "sides": {"000": "51.6 percent", "003": "51.2"}}]
    score_differences(res, "x", gold, [("f", [("000", "won 51.6 percent"), ("003", "lost")])])
    assert {r["measure"]: r.get("count", r.get("tp")) for r in res.rows} == {
        "difference surfaced": 0,
        "false differences": 1,
    }


def test_pooled_rows_sum_the_counts():
    res = stages.Result()
    res.pr("a", "quotes", "quote found", 1, 2, 4)
    res.pr("b", "quotes", "quote found", 3, 3, 4)
    res._add("a", "differences", "false differences", n=2, count=1)
    res._add("b", "differences", "false differences", n=5, count=2)
    pooled = {r["measure"]: r for r in stages.pool(res.rows, ["a", "b"])}
    q = pooled["quote found"]
    assert (q["tp"], q["n"], q["precision"], q["recall"]) == (4, 8, 0.8, 0.5)
    assert pooled["false differences"]["count"] == 3


def test_first_runs_keep_other_lines_and_add_n(tmp_path):
    path = tmp_path / "first_runs.json"
    kept = '  {"set": "blind", "stage": "quotes", "measure": "quote found", "precision": 0.90}'
    path.write_text(
        '{\n "note": "by hand",\n "rows": [\n'
        + kept
        + ',\n  {"set": "tiny", "stage": "agenda", "measure": "item recalled", "score": 0.10}\n'
        " ]\n}\n",
        encoding="utf-8",
    )
    res = stages.Result()
    res.pr("tiny", "agenda", "item recalled", 1, 2, 4)
    res._add("tiny", "differences", "false differences", n=3, count=2)
    assert records.update_first_runs(path, res.rows) == (1, 1)
    text = path.read_text(encoding="utf-8")
    assert kept + ",\n" in text
    rows = json.loads(text)["rows"]
    assert rows[1] == {
        "set": "tiny",
        "stage": "agenda",
        "measure": "item recalled",
        "precision": 0.5,
        "recall": 0.25,
        "n": 4,
    }
    assert rows[2]["count"] == 2 and rows[2]["n"] == 3


def test_accuracy_update_replaces_only_its_pairs(tmp_path):
    path = tmp_path / "accuracy.json"
    old = [
        {"set": "seeds", "stage": "quotes", "measure": "quote found", "n": 1},
        {"set": "tiny", "stage": "agenda", "measure": "item recalled", "n": 9},
    ]
    path.write_text(json.dumps({"schema": 1, "rows": old, "missing": []}), encoding="utf-8")
    new = [{"set": "tiny", "stage": "agenda", "measure": "item recalled", "n": 2}]
    records.update_accuracy(path, new, [{"set": "tiny", "stage": "dates", "why": "no gold yet"}])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["rows"] == [old[0], new[0]] and data["missing"][0]["stage"] == "dates"


def test_adapters_return_plain_tuples_citing_the_clusters_sentences():
    spec = next(s for s in stages.discover() if s.name == "blind")
    ex = stages.extract(spec.seeds)
    sentences = {(stages.prefix(f.article.path), s.text) for f in ex.articles for s in f.sentences}
    for listed in (adapters.agenda_items_of(ex), adapters.differences_of(ex)):
        for label, cited in listed:
            assert isinstance(label, str) and label
            assert cited and all(pair in sentences for pair in cited), label


def test_method_page_shows_clusters_side_by_side_with_their_first_run(tmp_path):
    from explainer.model import Extraction
    from explainer.pages import method
    from explainer.pages._context import PageContext

    acc, runs = tmp_path / "accuracy.json", tmp_path / "first_runs.json"
    rows = [
        {
            "set": "tiny",
            "stage": "agenda",
            "measure": "item recalled",
            "n": 4,
            "precision": 0.5,
            "recall": 0.75,
            "f1": 0.6,
        },
        {
            "set": "pooled",
            "stage": "differences",
            "measure": "false differences",
            "n": 3,
            "count": 2,
        },
    ]
    acc.write_text(json.dumps({"rows": rows, "missing": []}), encoding="utf-8")
    first = [
        {
            "set": "tiny",
            "stage": "agenda",
            "measure": "item recalled",
            "precision": 0.25,
            "recall": 0.5,
            "n": 4,
        }
    ]
    runs.write_text(json.dumps({"rows": first}), encoding="utf-8")
    page = method.build(PageContext(Extraction(articles=()), None), acc, runs)
    assert "| Stage | Measure | tiny | Clusters fixed on &#40;pooled&#41; |" in page
    assert "| agenda | item recalled | 0.50 / 0.75 (first run 0.25 / 0.50) | — |" in page
    assert "| differences | false differences | — | 2 |" in page
    assert "| tiny | agenda |" not in page  # not repeated in the older sets' first-run table


def test_a_speaker_spelt_as_a_gold_alias_is_the_gold_person_a_split_one_is_not():
    from explainer.model import Person

    def person(name, *aliases):
        return Person(name, aliases, None, None, None, ())

    gold = [{"name": "Ana Núñez", "aliases": ["Ana Nunez", "Nunez"]}, {"name": "Bo Li"}]
    got = stages.speaker_names(gold, [person("Ana Nunez", "Nunez"), person("Nunez"), person("X")])
    assert got == {"Ana Nunez": "Ana Núñez"}


def test_a_role_worded_in_another_language_counts_when_gold_lists_it():
    from _eval.match import Result
    from _eval.people import _match_people
    from explainer.model import Person

    gold = [
        {"name": "Ramón Ortega", "role": "presidente de Portavia",
         "role_alternatives": ["President of Portavia"]},
        {"name": "Ana Vidal", "role": "ministra de Hacienda"},
    ]
    people = [
        Person("Ramón Ortega", ("Ortega",), "President of Portavia", None, None, ()),
        Person("Ana Vidal", ("Vidal",), "Finance Minister", None, None, ()),
    ]
    res = Result()
    _match_people(res, "x", gold, people, "x")
    right = next(r for r in res.rows if r["measure"] == "role right (found, role stated)")
    assert (right["correct"], right["n"]) == (1, 2)

"""Source comparison: must-surface and must-NOT-surface lists on the seeds and the synthetic
cluster (ground truth in tests/data/synthetic/README.md), plus hand-built unit cases."""

from __future__ import annotations

from functools import cache

import pytest
from _cluster import SEEDS, SYNTHETIC
from explainer.compare import compare_sources
from explainer.model import (
    Article,
    ArticleFacts,
    Block,
    Extraction,
    Figure,
    Quote,
    Sentence,
)
from explainer.pipeline import extract


@cache
def _comparison(folder):
    return extract(folder), compare_sources(extract(folder))


def _disc(c, kind):
    return [d for d in c.discrepancies if d.kind == kind]


def _values(d):
    return {v.value.lower() for v in d.variants}


def _has_single(c, prefix, text):
    return any(
        s.sentence.article_id.startswith(prefix) and text in s.sentence.text for s in c.single
    )


def _shared_with(c, *texts):
    return any(all(any(t in s.text for s in g.sentences) for t in texts) for g in c.shared)


# --- must surface -------------------------------------------------------------------------
SEED_MUST = {
    "000 and 003 are one source (same byline)": lambda x, c: any(
        len(p.article_ids) == 2 and {a[:3] for a in p.article_ids} == {"000", "003"}
        for p in c.profiles
    ),
    "labels for Petro: drug lord / sick man / illegal drug leader": lambda x, c: any(
        {"drug lord", "sick man", "illegal drug leader"} <= _values(d) for d in _disc(c, "label")
    ),
    "quote wording: very positive vs positive": lambda x, c: any(
        {"very positive", "positive"} <= _values(d) for d in _disc(c, "quote")
    ),
    "quote wording: became very nice vs became very friendly": lambda x, c: any(
        any("very nice" in v for v in _values(d)) and "became very friendly" in _values(d)
        for d in _disc(c, "quote")
    ),
    "outcome: without concrete agreements vs productive": lambda x, c: any(
        any("without" in v for v in _values(d)) and "productive" in _values(d)
        for d in _disc(c, "outcome")
    ),
    "single: 001 more than two hours": lambda x, c: _has_single(c, "001", "more than two hours"),
    "single: 004 extradition figures": lambda x, c: _has_single(c, "004", "810 extraditions"),
    "single: 004 tons of cocaine seized": lambda x, c: _has_single(c, "004", "2,800 tons"),
    "shared: Maduro's capture (001 and 002)": lambda x, c: _shared_with(
        c, "capture of Venezuelan President", "operation to capture"
    ),
    "shared: the meeting itself (001 and 004)": lambda x, c: _shared_with(
        c, "hosted Colombian President", "met this Tuesday"
    ),
    "word choice for Maduro: capture / overthrew / kidnapping": lambda x, c: any(
        {"capture", "overthrew", "kidnapping"} <= {v.value for v in w.terms} for w in c.word_choice
    ),
}

SYNTHETIC_MUST = {
    "000 and 003 are one source (same byline)": SEED_MUST[
        "000 and 003 are one source (same byline)"
    ],
    "figure: farmers 12,000 vs 15,000": lambda x, c: any(
        {"at least 12,000 farmers", "some 15,000 farmers"} <= _values(d) for d in _disc(c, "figure")
    ),
    "date: gates closed 28 October 2025 vs late September 2025": lambda x, c: any(
        {"28 october 2025", "late september 2025"} <= _values(d) for d in _disc(c, "date")
    ),
    "labels for Marrow: river thief / water bandit / dam pirate": lambda x, c: any(
        {"river thief", "water bandit", "dam pirate"} <= _values(d) for d in _disc(c, "label")
    ),
    "outcome: without concrete agreements vs productive": SEED_MUST[
        "outcome: without concrete agreements vs productive"
    ],
    "single: more than three hours": lambda x, c: _has_single(c, "001", "more than three hours"),
    "single: 9,000 hectares list": lambda x, c: _has_single(c, "002", "9,000 hectares"),
    "single: 5,000 protesters": lambda x, c: _has_single(c, "001", "5,000 protesters"),
    "shared: farmers lost their harvest": lambda x, c: _shared_with(
        c, "12,000 farmers", "15,000 farmers"
    ),
    "shared: the summit itself": lambda x, c: _shared_with(
        c, "met this Thursday", "held productive"
    ),
    "shared: the insult and the ambassador": lambda x, c: _shared_with(
        c, "river thief", "dam pirate"
    ),
}


def _report(name, table, folder):
    x, c = _comparison(folder)
    results = {k: bool(f(x, c)) for k, f in table.items()}
    found = sum(results.values())
    print(
        f"\ncompare {name}: must-surface recall {found / len(results):.2f} ({found}/{len(results)})"
    )
    return results


@pytest.mark.parametrize(
    "name,table,folder", [("seeds", SEED_MUST, SEEDS), ("synthetic", SYNTHETIC_MUST, SYNTHETIC)]
)
def test_must_surface(name, table, folder):
    results = _report(name, table, folder)
    assert all(results.values()), [k for k, ok in results.items() if not ok]


def test_seed_maduro_capture_date_conflict():
    _, c = _comparison(SEEDS)
    assert any("early february" in _values(d) for d in _disc(c, "date"))


def test_synthetic_quote_wording():
    _, c = _comparison(SYNTHETIC)
    assert any({"very constructive", "constructive"} <= _values(d) for d in _disc(c, "quote"))


# --- must NOT surface ---------------------------------------------------------------------
def _figure_texts(c):
    return [_values(d) for d in _disc(c, "figure")]


@pytest.mark.parametrize(
    "folder,texts",
    [
        (SEEDS, ("126", "36 known strikes")),  # people killed vs strikes
        (SEEDS, ("70 percent",)),
        (SEEDS, ("2025", "2026")),  # years are not figures
        (SYNTHETIC, ("14 people", "3 scuffles")),
        (SYNTHETIC, ("5,000 protesters",)),
        (SYNTHETIC, ("40 percent", "2019", "2025")),
    ],
)
def test_no_false_figure_discrepancy(folder, texts):
    _, c = _comparison(folder)
    for values in _figure_texts(c):
        for t in texts:
            assert not any(t in v for v in values), (t, values)


def test_no_false_date_discrepancy_synthetic():
    _, c = _comparison(SYNTHETIC)
    for d in _disc(c, "date"):
        values = _values(d)
        assert "2019" not in values  # the dam's completion is another event
        assert not ({"october 2025", "28 october 2025"} <= values)  # compatible precisions
        assert not any("thursday" in v for v in values)  # the summit is not the gate closure


@pytest.mark.parametrize("folder", [SEEDS, SYNTHETIC])
def test_previews_never_feed_outcomes_or_singles(folder):
    x, c = _comparison(folder)
    previews = {f.article.id for f in x.articles if f.kind == "preview"}
    assert previews
    for d in _disc(c, "outcome"):
        assert not {v.sentence.article_id for v in d.variants} & previews
    assert not {s.sentence.article_id for s in c.single} & previews


@pytest.mark.parametrize("folder", [SEEDS, SYNTHETIC])
def test_same_byline_is_never_two_sources(folder):
    _, c = _comparison(folder)
    for g in c.shared:
        assert len(set(g.sources)) == len(g.sources)
        assert not {"000", "003"} <= {s.article_id[:3] for s in g.sentences}


@pytest.mark.parametrize("label", ["blue corridor", "narco-government", "every man for himself"])
def test_scare_quotes_are_not_labels_for_people(label):
    for folder in (SEEDS, SYNTHETIC):
        _, c = _comparison(folder)
        for d in _disc(c, "label"):
            assert label not in _values(d)


# --- invariants ---------------------------------------------------------------------------
@pytest.mark.parametrize("folder", [SEEDS, SYNTHETIC])
def test_every_item_cites_real_sentences(folder):
    x, c = _comparison(folder)
    known = {s.key: s for f in x.articles for s in f.sentences}
    cited = [s for g in c.shared for s in g.sentences]
    cited += [s.sentence for s in c.single]
    cited += [v.sentence for d in c.discrepancies for v in d.variants]
    cited += [v.sentence for w in c.word_choice for v in w.terms]
    assert cited
    for s in cited:
        assert known[s.key] == s
    for d in c.discrepancies:
        assert len({v.source for v in d.variants}) >= 2, d


@pytest.mark.parametrize("folder", [SEEDS, SYNTHETIC])
def test_matrix_is_complete_and_deterministic(folder):
    x, c = _comparison(folder)
    assert len(c.matrix) == len(c.topics) * len(c.profiles)
    assert compare_sources(x) == c


# --- hand-built cases ---------------------------------------------------------------------
def _facts(aid, texts, kind="report", outlet=None, author=None):
    article = Article(
        id=aid,
        path=f"{aid}.txt",
        sha=aid,
        title=None,
        outlet=outlet,
        author=author,
        published=None,
        url=None,
        language="en",
        kind=kind,
        translated_from=None,
        standfirst=None,
        blocks=tuple(Block("paragraph", t) for t in texts),
    )
    sents = tuple(Sentence(aid, i + 1, t, i, "paragraph", None) for i, t in enumerate(texts))
    return article, sents


def _fig(s, text, value, unit, counts):
    return Figure(text, value, None, unit, counts, s)


def test_figures_compared_only_for_the_same_unit_across_sources():
    a, sa = _facts(
        "a", ["At least 300 miners were trapped in the Orla pit after the collapse."], outlet="A"
    )
    b, sb = _facts(
        "b",
        ["Rescuers said 450 miners were trapped in the Orla pit, and 12 shafts were sealed."],
        outlet="B",
    )
    x = Extraction(
        articles=(
            ArticleFacts(
                a,
                sa,
                "report",
                "t",
                figures=(_fig(sa[0], "300 miners", 300, "miners", "miners trapped"),),
            ),
            ArticleFacts(
                b,
                sb,
                "report",
                "t",
                figures=(
                    _fig(sb[0], "450 miners", 450, "miners", "miners trapped"),
                    _fig(sb[0], "12 shafts", 12, "shafts", "shafts sealed"),
                ),
            ),
        )
    )
    figs = _disc(compare_sources(x), "figure")
    assert [sorted(_values(d)) for d in figs] == [["300 miners", "450 miners"]]


def test_quote_wording_from_remark_ids():
    a, sa = _facts("a", ["“We will rebuild the bridge,” the mayor said."], outlet="A")
    b, sb = _facts("b", ["The mayor promised “to rebuild the bridge”."], outlet="B")
    x = Extraction(
        articles=(
            ArticleFacts(
                a,
                sa,
                "report",
                "t",
                quotes=(Quote("We will rebuild the bridge", "Ana Ruiz", sa[0], remark=1),),
            ),
            ArticleFacts(
                b,
                sb,
                "report",
                "t",
                quotes=(Quote("to rebuild the bridge", "Ana Ruiz", sb[0], remark=1),),
            ),
        )
    )
    quotes = _disc(compare_sources(x), "quote")
    assert len(quotes) == 1 and quotes[0].subject == "Ana Ruiz"


def test_same_outlet_or_byline_is_one_source():
    a, sa = _facts("a", ["The council met on Monday."], author="Jo Lin")
    b, sb = _facts("b", ["The council met on Monday."], author="jo  lin")
    c_, sc = _facts("c", ["The council met on Monday."], outlet="Daily")
    x = Extraction(
        articles=tuple(ArticleFacts(f, s, "report", "t") for f, s in ((a, sa), (b, sb), (c_, sc)))
    )
    comp = compare_sources(x)
    assert sorted(len(p.article_ids) for p in comp.profiles) == [1, 2]


def test_preview_telling_as_past_an_event_dated_after_it():
    from explainer.model import DateMention

    a, sa = _facts(
        "a",
        [
            "The mayors met in Orla on Friday.",
            "Ties had soured after the blockade of the Orla bridge in late March.",
        ],
        outlet="A",
    )
    p, sp = _facts(
        "p",
        ["Ties soured after the blockade of the Orla bridge by protesters."],
        kind="preview",
        outlet="P",
    )
    from explainer.model import Topic

    x = Extraction(
        articles=(
            ArticleFacts(
                a,
                sa,
                "report",
                "t",
                dates=(
                    DateMention("Friday", "2026-03-06", "day", False, sa[0]),
                    DateMention("late March", "2026-03", "month", True, sa[1]),
                ),
            ),
            ArticleFacts(p, sp, "preview", "t", topics=(Topic(sp[0], "background", "cue"),)),
        )
    )
    dates = _disc(compare_sources(x), "date")
    assert len(dates) == 1
    assert {v.sentence.article_id for v in dates[0].variants} == {"a", "p"}

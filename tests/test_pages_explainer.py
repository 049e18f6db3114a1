"""Overview, Background, Agenda, Timeline and Data pages, and the event finder.

Built from a hand-made Extraction (each rule exercised on the smallest cluster that shows it),
from an empty and a one-article cluster, and from the real seeds and the synthetic cluster once
the stages exist. Gold facts about the seeds were read off the articles by hand.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from explainer.event import find_event
from explainer.model import (
    Article,
    ArticleFacts,
    DateMention,
    Entity,
    Extraction,
    Figure,
    Person,
    Sentence,
    Topic,
)
from explainer.pages import agenda, background, data, overview, timeline
from explainer.pages._context import PageContext

ROOT = Path(__file__).resolve().parents[1]
CITE = re.compile(r"\[\^\d+\]")
PAGES = (overview, background, agenda, data, timeline)


def _article(aid: str, outlet: str, published: str | None, title: str) -> Article:
    return Article(
        id=aid, path=f"{aid}.txt", sha=aid, title=title, outlet=outlet, published=published,
        language="en",
    )


def _sents(aid: str, *texts: str, kinds: dict[int, str] | None = None) -> tuple[Sentence, ...]:
    kinds = kinds or {}
    return tuple(
        Sentence(
            aid,
            i,
            t,
            i - 1,
            kinds.get(i, "paragraph"),
            "What is on the table" if kinds.get(i) == "item" else None,
        )
        for i, t in enumerate(texts, 1)
    )


P = _sents(
    "p",
    "Premier Ada Vell of Norland will host President Ivo Brant in Portmere on Thursday.",
    "The leaders are expected to discuss river water sharing and fishing quotas.",
    "Fishing rights",
    "Norland closed the river gates in October 2025, angering Southland.",
    kinds={3: "item"},
)
R1 = _sents(
    "r1",
    "Premier Ada Vell hosted President Ivo Brant in Portmere on Thursday for talks on the dam.",
    "The talks focused on river water sharing, fishing quotas and border trade.",
    "Norland shut the river gates in October 2025, which angered Southland deeply.",
    "At least 12,000 farmers lost their harvest, officials said.",
    "Exports fell to 300 tons in March, 250 tons in April and 210 tons in May.",
    "The leaders agreed to set up a joint water commission.",
)
R2 = _sents(
    "r2",
    "Premier Ada Vell hosted President Ivo Brant at the town hall in Portmere on Thursday.",
    "Some 15,000 farmers lost their harvest, the farmers' union said.",
    "Norland shut the river gates in late September 2025, which angered Southland.",
    "Both sides agreed to set up a joint water commission to report within months.",
    "Relations between the neighbours have long been tense over the river.",
)


def _date(
    s: Sentence, text: str, iso: str, precision: str = "day", approx: bool = False
) -> DateMention:
    return DateMention(text, iso, precision, approx, s)


def _fig(
    s: Sentence, text: str, value: float, unit: str | None, counts: str, q: str | None = None
) -> Figure:
    return Figure(text, value, q, unit, counts, s)


FACTS = (
    ArticleFacts(
        _article("p", "The Ledger", "2026-03-10", "Vell to host Brant in Portmere"),
        P,
        "preview",
        "test",
        dates=(
            _date(P[0], "Thursday", "2026-03-12"),
            _date(P[3], "October 2025", "2025-10", "month"),
        ),
        topics=(Topic(P[2], "agenda", "subheading"), Topic(P[3], "background", "cue")),
    ),
    ArticleFacts(
        _article("r1", "Harbor Wire", "2026-03-13", "Vell and Brant hold talks in Portmere"),
        R1,
        "report",
        "test",
        dates=(
            _date(R1[0], "Thursday", "2026-03-12"),
            _date(R1[2], "October 2025", "2025-10", "month"),
        ),
        figures=(
            _fig(
                R1[3],
                "At least 12,000 farmers",
                12000,
                "farmers",
                "farmers who lost their harvest",
                "at least",
            ),
            _fig(R1[4], "300 tons", 300, "tons", "exports in March"),
            _fig(R1[4], "250 tons", 250, "tons", "exports in April"),
            _fig(R1[4], "210 tons", 210, "tons", "exports in May"),
        ),
        topics=(Topic(R1[5], "outcome", "cue"), Topic(R1[2], "background", "cue")),
    ),
    ArticleFacts(
        _article("r2", "Daily", "2026-03-13", "Vell and Brant meet in Portmere"),
        R2,
        "report",
        "test",
        dates=(
            _date(R2[0], "Thursday", "2026-03-12"),
            _date(R2[2], "late September 2025", "2025-09", "month", True),
        ),
        figures=(
            _fig(
                R2[1],
                "Some 15,000 farmers",
                15000,
                "farmers",
                "farmers who lost their harvest",
                "some",
            ),
        ),
        topics=(Topic(R2[3], "outcome", "cue"), Topic(R2[4], "background", "lexicon")),
    ),
)
PEOPLE = (
    Person("Ada Vell", ("Vell",), "Premier of Norland", R1[0], "Norland", (P[0], R1[0], R2[0])),
    Person(
        "Ivo Brant", ("Brant",), "President of Southland", R1[0], "Southland", (P[0], R1[0], R2[0])
    ),
)
ENTITIES = (
    Entity("Portmere", "place", (P[0], R1[0], R2[0])),
    Entity("Norland", "place", (P[0], P[3], R1[2], R2[2])),
)
CLUSTER = Extraction(articles=FACTS, people=PEOPLE, entities=ENTITIES)


def _ctx(ex: Extraction) -> PageContext:
    return PageContext(ex, None)


def _body(page: str) -> str:
    return page.split("\n[^1]:")[0]


def _uncited(page: str) -> list[str]:
    """List items and table body rows without a footnote (navigation cards and headers aside)."""
    bad, in_table = [], False
    for line in _body(page).splitlines():
        s = line.strip()
        is_row = s.startswith("|") and not re.fullmatch(r"\|[\s:|-]+\|", s)
        header = is_row and not in_table
        in_table = s.startswith("|")
        is_item = bool(re.match(r"[-*]\s", s)) and not s.startswith("-   **[")  # cards: navigation
        if (is_row and not header or is_item) and not CITE.search(s):
            bad.append(s)
    return bad


# ---- the event -------------------------------------------------------------------------------


def test_event_date_place_sides_title():
    ev = find_event(CLUSTER)
    assert ev.date.iso == "2026-03-12" and ev.date.precision == "day" and not ev.date.approximate
    assert {s.article_id for s in ev.date.sentences} == {"r1", "r2"}  # reports, never the preview
    assert ev.place.value == "Portmere"
    assert [side for side, _ in ev.sides] == ["Norland", "Southland"]
    assert ev.sides[0][1][0].name == "Ada Vell" and ev.sides[0][1][0].principal
    assert ev.title in {"Vell and Brant hold talks in Portmere", "Vell and Brant meet in Portmere"}
    assert ev.title_article in {"r1", "r2"} and not ev.previews_only


def test_event_from_previews_only_is_flagged():
    ev = find_event(Extraction(articles=(FACTS[0],)))
    assert ev.previews_only and ev.date.iso == "2026-03-12"
    page = overview.build(_ctx(Extraction(articles=(FACTS[0],))))
    assert '!!! warning "Written before the event"' in page
    assert "cannot say what happened" in page


# ---- pages from the hand-made cluster -----------------------------------------------------


@pytest.mark.parametrize("module", PAGES, ids=lambda m: m.PATH)
def test_every_item_and_row_is_cited(module):
    page = module.build(_ctx(CLUSTER))
    assert _uncited(page) == []
    assert "{{" not in page and "None" not in page


def test_overview_what_happened_uses_reports_and_merges_duplicates():
    page = overview.build(_ctx(CLUSTER))
    happened = page.split("## What happened")[1].split("##")[0]
    assert "will host" not in happened  # the preview's sentence never says what happened
    line = next(ln for ln in happened.splitlines() if "hosted President Ivo Brant" in ln)
    assert len(CITE.findall(line)) == 2  # one statement, cited to both reports
    glance = html.unescape(page.split('"At a glance"')[1].split("## What happened")[0])
    for field in (
        "Date",
        "Place",
        "Participants (Norland)",
        "Participants (Southland)",
        "On the table",  # the Agenda page's own section title (one source of truth)
        "Outcome",
    ):
        row = next(ln for ln in glance.splitlines() if f"**{field}**" in ln)
        assert CITE.search(row), field
    assert "12 March 2026" in glance and "Portmere" in glance


def test_timeline_normalises_and_shows_conflicting_dates():
    page = timeline.build(_ctx(CLUSTER))
    assert (
        "## October 2025" in page
        and "## September 2025" in page
        and "## 12 March 2026 · the event" in page
    )
    assert (
        page.index("## September 2025")
        < page.index("## October 2025")
        < page.index("## 12 March 2026")
    )
    assert "approximate" in page.split("## September 2025")[1].split("## ")[0]
    assert "## Where the dates differ" in page


def test_background_is_chronological_before_the_event():
    page = background.build(_ctx(CLUSTER))
    assert "2026" not in page.split("## Context")[0].split("# Background")[1].replace("2025", "")
    assert (
        page.index("## September 2025") < page.index("## October 2025") < page.index("## Context")
    )
    assert "long been tense" in page.split("## Context")[1]


def test_agenda_merges_items_across_previews_and_reports():
    page = agenda.build(_ctx(CLUSTER))
    item = next(ln for ln in page.splitlines() if ln.startswith("- **River water sharing"))
    assert "Harbor Wire" in item and "The Ledger" in item and "expected and discussed" in item
    assert "agreed to" in item  # "agreed to set up a joint water commission" is the same item
    border = next(ln for ln in page.splitlines() if ln.startswith("- **Border trade"))
    fishing = next(ln for ln in page.splitlines() if ln.startswith("- **Fishing rights"))
    assert "— discussed" in border and "— expected beforehand" in fishing


def test_data_table_conflicts_chart_and_downloads():
    ctx = _ctx(CLUSTER)
    page = data.build(ctx)
    assert "(data/figures.csv)" in page and "(data/figures.json)" in page
    assert page.count("⚠") >= 2 and "## Where the figures differ" in page
    svg = data.assets(ctx)["data/chart-1.svg"].decode()
    assert 'role="img"' in svg and "<title" in svg and "<desc" in svg
    assert all(v in svg for v in ("300", "250", "210"))
    assert "(data/chart-1.svg)" in page and "<figcaption>" in page


@pytest.mark.parametrize("module", PAGES, ids=lambda m: m.PATH)
@pytest.mark.parametrize(
    "ex", [Extraction(articles=()), Extraction(articles=(FACTS[2],))], ids=["empty", "one"]
)
def test_pages_build_from_tiny_clusters(module, ex):
    page = module.build(_ctx(ex))
    assert page.startswith("# ") and _uncited(page) == []


def test_article_text_is_escaped():
    evil = _sents(
        "x",
        "Officials said <script>alert(1)</script> | and *more* talks focused on [trade](http://x).",
    )
    facts = ArticleFacts(_article("x", "Evil <b>", "2026-01-01", "T <i>"), evil, "report", "test")
    for module in PAGES:
        page = module.build(_ctx(Extraction(articles=(facts,))))
        assert "<script>" not in page and "<b>" not in page and "](http://x)" not in page


# ---- the real seeds and the synthetic cluster (read by hand: see the Done-when) ----


@pytest.fixture(scope="module")
def seeds_site():
    from explainer.site import build_site

    return build_site(ROOT / "seeds")


@pytest.mark.parametrize(
    "value, counts_part",
    [
        ("810", "extraditions"),
        ("760", "Iván Duque"),
        ("751", "Uribe"),
        ("724", "Santos"),
        ("126", "killed"),
        ("36", "strikes"),
        ("2,800", "cocaine"),
    ],
)
def test_seed_data_page_lists_the_figures(seeds_site, value, counts_part):
    rows = [
        ln for ln in html.unescape(seeds_site.pages["data.md"]).splitlines() if ln.startswith("| ")
    ]
    assert any(
        ln.startswith(f"| {value} ") and counts_part in ln and CITE.search(ln) for ln in rows
    )


@pytest.mark.parametrize(
    "heading, words",
    [
        ("## October 2025", "sanctions"),
        ("## January 2026", "call"),
        ("## 3 February 2026 · the event", "Tuesday"),
        ("## 31 May 2026", "election"),
    ],
)
def test_seed_timeline_places_the_events(seeds_site, heading, words):
    page = html.unescape(seeds_site.pages["timeline.md"])
    assert heading in page
    assert words in page.split(heading)[1].split("\n## ")[0]


def test_seed_chart_and_event(seeds_site):
    assert "data/chart-1.svg" in seeds_site.assets
    ev = find_event(seeds_site.extraction)
    assert ev.date.iso == "2026-02-03" and ev.place.value == "White House"
    assert {side for side, _ in ev.sides} >= {"Colombia", "United States"}


def test_synthetic_cluster_builds():
    from explainer.site import build_site

    site = build_site(ROOT / "tests" / "data" / "synthetic")
    for module in PAGES:
        assert _uncited(site.pages[module.PATH]) == [], module.PATH


# ---- blind-cluster fixes: must NOT surface (invented sentences of the same shapes) ----------


def _reports(*rows) -> Extraction:
    """rows: (article id, outlet, [(sentence, [(date text, iso, precision)], figures)])."""
    facts = []
    for aid, outlet, sentences in rows:
        sents = _sents(aid, *[t for t, _, _ in sentences])
        dates = tuple(
            _date(s, text, iso, precision)
            for s, (_, ds, _) in zip(sents, sentences, strict=True)
            for text, iso, precision in ds
        )
        figs = tuple(
            _fig(s, *f) for s, (_, _, fs) in zip(sents, sentences, strict=True) for f in fs
        )
        facts.append(
            ArticleFacts(
                _article(aid, outlet, "2026-05-08", f"Report {aid}"),
                sents,
                "report",
                "test",
                dates=dates,
                figures=figs,
            )
        )
    return Extraction(articles=tuple(facts), entities=ENTITIES)


TIMELINE_NOT = [
    (
        "a date inside a quotation",
        _reports(
            (
                "q",
                "Ledger",
                [
                    (
                        "“We want the bridge open this week, not next month,” the mayor of "
                        "Portmere said.",
                        [("this week", "2026-05-04", "week"), ("next month", "2026-06", "month")],
                        [],
                    )
                ],
            )
        ),
        ("June 2026", "next month"),
    ),
    (
        "a line that introduces a list",
        _reports(
            (
                "c",
                "Ledger",
                [
                    (
                        "How things stood in Portmere on Thursday night:",
                        [("Thursday", "2026-05-07", "day")],
                        [],
                    )
                ],
            )
        ),
        ("How things stood",),
    ),
]


@pytest.mark.parametrize("why,ex,absent", TIMELINE_NOT, ids=[row[0] for row in TIMELINE_NOT])
def test_timeline_leaves_out_what_dates_no_event(why, ex, absent):
    page = html.unescape(timeline.build(_ctx(ex)))
    for text in absent:
        assert text not in page, why


CONFLICT_NOT = [
    (
        "one sentence giving two dates is a sequence",
        _reports(
            (
                "a",
                "Ledger",
                [
                    (
                        "Fares in Norland will rise 5 percent this year and 2 percent in 2028, "
                        "the operator said.",
                        [("this year", "2026", "year"), ("2028", "2028", "year")],
                        [],
                    )
                ],
            ),
            (
                "b",
                "Daily",
                [
                    (
                        "Under the plan, fares in Norland rise 5 percent this year and 2 percent "
                        "in 2028.",
                        [("this year", "2026", "year"), ("2028", "2028", "year")],
                        [],
                    )
                ],
            ),
        ),
    ),
    (
        "one state counted on two days is a series",
        _reports(
            (
                "a",
                "Ledger",
                [
                    (
                        "By Monday evening, 12 barges were waiting outside Portmere.",
                        [("Monday", "2026-05-04", "day")],
                        [("12 barges", 12, "barges", "barges")],
                    )
                ],
            ),
            (
                "b",
                "Daily",
                [
                    (
                        "On Wednesday, 30 barges were waiting outside Portmere.",
                        [("Wednesday", "2026-05-06", "day")],
                        [("30 barges", 30, "barges", "barges")],
                    )
                ],
            ),
        ),
    ),
]


@pytest.mark.parametrize("why,ex", CONFLICT_NOT, ids=[row[0] for row in CONFLICT_NOT])
def test_timeline_conflicts_need_one_event(why, ex):
    page = timeline.build(_ctx(ex))
    assert "## Where the dates differ" not in page, why


def test_data_page_does_not_flag_different_measures_in_one_unit():
    ex = _reports(
        (
            "a",
            "Ledger",
            [
                (
                    "Turnout in the Portmere ballot was 62 percent.",
                    [],
                    [("62 percent", 62, "percent", "percent")],
                ),
                (
                    "Each driver gets a one-off bonus of 800 euros.",
                    [],
                    [("800 euros", 800, "euros", "euros")],
                ),
                (
                    "By Monday night, 12 barges were stuck in the locks.",
                    [("Monday", "2026-05-04", "day")],
                    [("12 barges", 12, "barges", "barges")],
                ),
            ],
        ),
        (
            "b",
            "Daily",
            [
                (
                    "Bus fares in Portmere rose 4 percent after the vote.",
                    [],
                    [("4 percent", 4, "percent", "percent")],
                ),
                (
                    "The blockade costs the economy about 12 million euros a day.",
                    [],
                    [("about 12 million euros", 12e6, "euros", "euros", "about")],
                ),
                (
                    "On Thursday, 30 barges were stuck in the locks.",
                    [("Thursday", "2026-05-07", "day")],
                    [("30 barges", 30, "barges", "barges")],
                ),
            ],
        ),
    )
    page = data.build(_ctx(ex))
    assert "## Where the figures differ" not in page and "⚠" not in page


def test_background_leaves_out_the_week_of_the_event():
    import dataclasses

    week = _sents(
        "r1", *[s.text for s in R1], "This week's summit in Portmere marks a turning point."
    )
    r1 = dataclasses.replace(
        FACTS[1],
        sentences=week,
        dates=(*FACTS[1].dates, _date(week[-1], "This week", "2026-03-09", "week")),
    )
    page = background.build(_ctx(Extraction(articles=(FACTS[0], r1, FACTS[2]), people=PEOPLE)))
    assert "turning point" not in page.split("## Context")[0]
    assert "week of" not in page


def test_timeline_keeps_apart_one_year_told_with_different_figures():
    ex = _reports(
        (
            "a",
            "Ledger",
            [
                (
                    "Rents in Portmere will rise 6 percent this year under the deal, the "
                    "housing board said.",
                    [("this year", "2026", "year")],
                    [("6 percent", 6, "percent", "percent")],
                )
            ],
        ),
        (
            "b",
            "Daily",
            [
                (
                    "The landlords in Portmere had offered to let rents rise 3 percent this "
                    "year, the housing board said.",
                    [("this year", "2026", "year")],
                    [("3 percent", 3, "percent", "percent")],
                )
            ],
        ),
    )
    page = _body(timeline.build(_ctx(ex)))  # the entries, not the footnotes
    assert "rise 6 percent" in page and "rents rise 3 percent" in page


def test_no_chart_of_one_unit_scattered_over_an_article():
    ex = _reports(
        (
            "a",
            "Ledger",
            [
                (
                    "The Portmere union said 91 percent of members backed the walkout.",
                    [],
                    [("91 percent", 91, "percent", "percent of members")],
                ),
                (
                    "The harbour handles 35 percent of the region's grain.",
                    [],
                    [("35 percent", 35, "percent", "percent of the region's grain")],
                ),
                (
                    "Turnout in the vote was 68 percent.",
                    [],
                    [("68 percent", 68, "percent", "percent")],
                ),
            ],
        )
    )
    ctx = _ctx(ex)
    assert data.assets(ctx) == {} and "chart-1.svg" not in data.build(ctx)

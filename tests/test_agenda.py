"""Agenda items (pages/_agenda_phrases.py, pages/_agenda.py): invented sentences of the shapes
the seeds and the blind clusters showed, then the seeds' Done-when of issue 10.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from explainer.model import Article, ArticleFacts, Extraction, Sentence
from explainer.pages._agenda import agenda_items, heads, same_item, stem
from explainer.pages._agenda_phrases import phrases

ROOT = Path(__file__).resolve().parents[1]


def _s(text: str, kind: str = "paragraph", heading: str | None = None) -> Sentence:
    return Sentence("a", 1, text, 0, kind, heading)


PHRASES = [
    # (sentence, is a bullet of an agenda list, the phrases)
    (
        "The leaders are expected to discuss river water sharing and fishing quotas.",
        False,
        ["river water sharing", "fishing quotas"],
    ),
    (
        "The ministers will also discuss port security and measures aimed at cutting incentives"
        " for illegal logging and smuggling.",
        False,
        ["port security", "measures aimed at cutting incentives for illegal logging and smuggling"],
    ),
    (
        "Vell focused on the need for cooperation on border security and the fight against"
        " cattle smuggling.",
        False,
        ["need for cooperation on border security", "fight against cattle smuggling"],
    ),
    (
        "Talks centred on grain exports, water quotas, and a joint river commission.",
        False,
        ["grain exports", "water quotas", "joint river commission"],
    ),
    (
        "While the main focus is expected to be on the dam, the fate of the ferry may also be on"
        " the agenda.",
        False,
        ["fate of the ferry", "dam"],
    ),
    ("River pollution at the centre of the agenda", False, []),  # a paragraph needs a verb
    ("Trade and energy are on the agenda for Thursday.", False, ["Trade", "energy"]),
    ("Trade tops the agenda.", False, ["Trade"]),
    ("She did not spend a minute discussing the sanctions.", False, []),
    ("The talks focused on what comes next.", False, []),
    ("The programme focuses on crop substitution, offering farmers new seed.", False,
     ["crop substitution"]),
    # bullets: one whole item each, however long; a name line or a relative clause cut off
    ("Coordination on river patrols against suspected smuggling boats", True,
     ["Coordination on river patrols against suspected smuggling boats"]),
    ("Assistance for hill farming and new livelihoods to reduce illegal logging", True,
     ["Assistance for hill farming and new livelihoods to reduce illegal logging"]),
    ("Grain exports: the quota for the coming year", True, ["Grain exports"]),
    ("exporters of timber, who ship mostly through the port;", True, ["exporters of timber"]),
]


@pytest.mark.parametrize("text,bullet,expected", PHRASES, ids=[t[:50] for t, _, _ in PHRASES])
def test_phrases(text, bullet, expected):
    assert phrases(_s(text, "item" if bullet else "paragraph"), bullet) == expected


def test_a_subheading_names_an_item_before_its_cue():
    assert phrases(_s("River pollution at the centre of the agenda", "heading"), False) == [
        "River pollution"
    ]


@pytest.mark.parametrize(
    "word,stemmed",
    [
        ("Counterterrorism", "terrorism"),
        ("anti-smuggling", "smuggl"),
        ("co-operation", "cooperat"),
        ("strategies", "strategy"),
        ("smuggling", "smuggl"),
        ("quotas", "quota"),
        ("Norland’s", "norland"),
    ],
)
def test_stem(word, stemmed):
    assert stem(word) == stemmed


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("the fight against illegal cattle smuggling", {"smuggl"}),
        ("regional security co-operation", {"securit"}),
        ("urgent need for cooperation on border security", {"securit"}),
        ("Counterterrorism operations and intelligence sharing", {"terrorism", "intelligenc"}),
        ("measures to address cross-border crime and irregular migration", {"crim", "migrat"}),
        ("the situation in Southland", {"southland"}),
    ],
)
def test_heads(phrase, expected):
    assert heads(phrase) == expected


SAME = [
    ("Counterterrorism", "Counterterrorism operations and intelligence sharing", True),
    ("Counterterrorism", "the fight against terrorism financing", True),
    ("Cattle smuggling", "fight against illegal cattle smuggling", True),
    ("smuggling", "strategies for curbing cattle smuggling", True),
    ("Regional security", "joint regional security challenges", True),
    ("Water quotas", "Water quotas for the coming dry season", True),
    ("Grain exports", "Water quotas", False),
    ("economic cooperation", "security cooperation", False),  # "cooperation" frames, names none
    ("Cattle smuggling", "Crop substitution", False),
    ("River patrols", "Fishing quotas", False),
]


@pytest.mark.parametrize("a,b,same", SAME, ids=[f"{a} / {b}" for a, b, _ in SAME])
def test_same_item(a, b, same):
    assert same_item(a, b) is same and same_item(b, a) is same


def _article(aid: str, outlet: str, kind: str, *rows: tuple[str, str, str | None]):
    sentences = tuple(
        Sentence(aid, i, text, i - 1, block, heading) for i, (text, block, heading) in
        enumerate(rows, 1)
    )
    art = Article(aid, f"{aid}.txt", aid, title=f"Title {aid}", outlet=outlet, language="en")
    return ArticleFacts(art, sentences, kind, "test")


CLUSTER = Extraction(
    articles=(
        _article(
            "p1", "Ledger", "preview",
            ("The leaders will discuss counterterrorism and grain exports.", "paragraph", None),
            ("What the summit will cover", "heading", None),
            ("Counterterrorism operations and intelligence sharing", "item", "What the summit"
             " will cover"),
            ("Coordination on river patrols against suspected smuggling boats", "item",
             "What the summit will cover"),
            ("Assistance for hill farming and new livelihoods to reduce illegal logging", "item",
             "What the summit will cover"),
            ("Measures to address cross-border crime and irregular migration", "item",
             "What the summit will cover"),
            ("What is at stake", "heading", None),
            ("exporters of timber, who ship mostly through the port;", "item", "What is at stake"),
        ),
        _article(
            "r1", "Harbor Wire", "report",
            ("Vell focused on the fight against terrorism financing and grain exports.",
             "paragraph", None),
        ),
        _article(
            "r2", "Daily", "report",
            ("Terrorism at the centre of the agenda", "heading", None),
            ("The talks centred on terrorism and energy prices.", "paragraph", None),
        ),
        _article(
            "r3", "Courier", "report",
            ("The talks focused on counterterrorism, the ministry said.", "paragraph", None),
        ),
    )
)


def test_every_bullet_of_an_agenda_list_is_an_item_and_no_other_list_is():
    items = agenda_items(CLUSTER, {}, ("preview",))
    wordings = {f.lower() for i in items for f in i.forms}
    for bullet in (
        "Counterterrorism operations and intelligence sharing",
        "Coordination on river patrols against suspected smuggling boats",
        "Assistance for hill farming and new livelihoods to reduce illegal logging",
        "Measures to address cross-border crime and irregular migration",
    ):
        assert bullet.lower() in wordings
    assert not any("timber" in w for w in wordings)  # "What is at stake" lists no agenda


def test_one_item_named_by_several_sources_lists_them_all():
    labels = {"r1": "Harbor Wire", "r2": "Daily", "r3": "Courier"}
    items = agenda_items(CLUSTER, labels, ("report",))
    top = items[0]
    assert top.outlets == ["Courier", "Daily", "Harbor Wire"]
    assert top.label == "Terrorism"  # the shortest wording naming the common head
    assert {s.article_id for s in top.sentences[:3]} == {"r1", "r2", "r3"}  # one per source first
    labels_shown = [i.label for i in items]
    assert "Grain exports" in labels_shown and "Energy prices" in labels_shown


def test_no_fragment_is_an_item():
    items = agenda_items(CLUSTER, {}, ("preview", "report"))
    for i in items:
        for f in i.forms:
            assert f.split()[-1].lower() not in {"and", "or", "of", "the", "to"}, f
            assert f.lower() not in {"smuggling", "logging", "trafficking"}, f


# ---- the seeds: issue 10's Done-when ----------------------------------------------------------


@pytest.fixture(scope="module")
def seeds():
    from explainer.site import build_site

    return build_site(ROOT / "seeds")


def test_seeds_every_item_of_every_agenda_list_is_on_the_agenda_page(seeds):
    page = html.unescape(seeds.pages["agenda.md"]).lower()
    from explainer.pages._agenda import _agenda_lists

    listed = [
        s.text for f in seeds.extraction.articles for s in f.sentences
        if s.key in _agenda_lists(f.sentences)
    ]
    assert len(listed) >= 4
    for text in listed:
        assert text.lower() in page, text


def test_seeds_one_agenda_item_lists_three_sources(seeds):
    page = seeds.pages["agenda.md"]
    counts = [ln.count('class="md-tag"') for ln in page.splitlines() if ln.startswith("- **")]
    assert max(counts) >= 3
    assert not re.search(r"^- \*\*Trafficking\*\*", page, re.M)

"""Agenda items (pages/_agenda_phrases.py, _agenda_actions.py, _agenda_clauses.py,
_agenda_words.py, _agenda_groups.py, _agenda.py): invented sentences of the shapes the seeds and
the blind clusters showed, then the seeds' Done-when of issue 10.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from explainer.model import Article, ArticleFacts, DateMention, Extraction, Person, Sentence
from explainer.pages import agenda
from explainer.pages._agenda import agenda_items, heads, same_item, stem, words
from explainer.pages._agenda_actions import actions
from explainer.pages._agenda_phrases import phrases
from explainer.pages._context import PageContext

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
    # issue 10, the blind clusters: what two sides differ or move on ("friction ... on")
    ("Vell is to meet Brant for talks that may ease friction between the two neighbours on"
     " grazing rights, timber smuggling and river pollution.", False,
     ["grazing rights", "timber smuggling", "river pollution"]),
    # hoped-for results listed
    ("Officials hope the visit will produce concrete results, including the possible reopening"
     " of the border crossing and a joint effort to curb cattle theft.", False,
     ["possible reopening of the border crossing", "joint effort to curb cattle theft"]),
    # a list on through semicolons; an appositive ("a business that ...") is no item
    ("An aide said the talks covered issues such as the Norland role in the timber trade, a"
     " business that has fed a wave of smuggling; reopening talks between the two armies, and"
     " disputes over fishing as well as the ferry strike.", False,
     ["Norland role in the timber trade", "reopening talks between the two armies",
      "disputes over fishing", "ferry strike"]),
    # "discuss how X can ...": the verb phrases (a generic one is dropped later, see below)
    ("They'll also discuss how the two sides \"can continue to responsibly share the river and"
     " work together where our interests meet.\"", False,
     ["responsibly share the river", "work together"]),
    # a fronted topic in a report
    ("On the ferry, the most divisive issue between them, Vell stressed the need for a deal.",
     False, ["ferry"]),
    ("On Tuesday, Vell said the talks went well.", False, []),
    # why a source is unnamed names no item
    ("An official who spoke on condition of anonymity to discuss the agreements said so.",
     False, []),
    # "$2.5 million" and "U.N." do not end a phrase
    ("The talks focused on $2.5 million in grants, a senior U.N. official said.", False,
     ["$2.5 million in grants"]),
]


@pytest.mark.parametrize("text,bullet,expected", PHRASES, ids=[t[:50] for t, _, _ in PHRASES])
def test_phrases(text, bullet, expected):
    assert phrases(_s(text, "item" if bullet else "paragraph"), bullet) == expected


def test_a_subheading_names_an_item_before_its_cue():
    assert phrases(_s("River pollution at the centre of the agenda", "heading"), False) == [
        "River pollution"
    ]


def test_generic_framings_name_no_item():
    assert words("work together") == frozenset()
    assert words("a range of regional and global issues") == frozenset()


ACTIONS = [
    # (sentence, [(phrase, kind, cue)]): what was done, pledged, scheduled or is at stake
    ("The deputy premier, Ana Roe, has declared a state of emergency and appealed for"
     " international help across the valley.",
     [("state of emergency", "done", "declared"),
      ("international help across the valley", "next", "appealed for")]),
    ("Premier Vell has ordered an immediate dispatch of rescue and medical teams to Southland,"
     " and the evacuation of Norland hikers.",
     [("immediate dispatch of rescue and medical teams to Southland", "done", "ordered"),
      ("evacuation of Norland hikers", "done", "ordered")]),
    ("According to the ministry, the government has approved $2.5 million for emergency"
     " shelter.", [("$2.5 million for emergency shelter", "done", "approved")]),
    ("The Southland government has also reduced ferry fares between the two islands to help"
     " families.", [("ferry fares between the two islands", "done", "reduced")]),
    ("Premier Vell guided the effort by chairing a high-level, emergency management meeting.",
     [("high-level, emergency management meeting", "done", "chairing")]),
    ("The Norland consulate is offering assistance to the authorities and Norland nationals in"
     " the valley.",
     [("assistance to the authorities and Norland nationals in the valley", "done",
       "offering")]),
    ("The deal offers an opportunity to claim progress.", []),  # "offer" needs an aid word
    ("His call for protests surprised the capital.", []),  # a noun, not a call made
    ("Vell had imposed sanctions on the port.", []),  # past perfect: the run-up
    ("They backed economic measures aimed at reducing port fees.", []),  # describes
    ("The senate declared Vell the winner.", [("Vell the winner", "done", "declared")]),
    ("Today the premier sets up a crisis cabinet and counts on the army's help.",
     [("crisis cabinet", "done", "sets up")]),
    ("Generally, the winner sets up a transition team.", []),  # what usually happens
    # subjects set in motion, under way, arrived
    ("Power has been restored to take in rescue flights, but rail travel remains stalled.",
     [("Power has been restored to take in rescue flights", "done", "restored")]),
    ("The chief said that the search was continuing through the night and the toll had risen.",
     [("the search was continuing through the night", "done", "continuing")]),
    ("Relief operations are underway by the Valley Guard but they are slow.",
     [("Relief operations are underway by the Valley Guard", "done", "underway")]),
    ("Ten Kestran rescue teams are being sent to Southland, where roads are cut.",
     [("Ten Kestran rescue teams are being sent to Southland", "done", "sent")]),
    ("The 40-strong Norland Mountain Rescue Team arrived in Southland on Monday to carry out"
     " search work following the landslide.",
     [("The 40-strong Norland Mountain Rescue Team arrived in Southland on Monday to carry out"
       " search work", "done", "arrived")]),
    ("Vell and Brant arrived in Portmere on Tuesday.", []),  # no aid: the event itself
    # pledged, called for, wanted
    ("Vell, in a speech, said he would heal a divided nation and ensure that farmers \"lay down"
     " their tools,\" while inviting foreign cooperation to protect the wetlands and make river"
     " trade fairer.",
     [("heal a divided nation", "next", "said … would"),
      ("protect the wetlands", "next", "cooperation to"),
      ("make river trade fairer", "next", "cooperation to")]),
    ("A retired teacher said he would vote for Brant.", []),  # taking part in the event
    ("Brant is promising to govern beyond his own party.",
     [("govern beyond his own party", "next", "promising to")]),
    ("She wants to bring in moderates and even some leaning to the left who voted against her,"
     " and to lower taxes.",
     [("bring in moderates and even some leaning to the left", "next", "wants to")]),
    ("The government vowed to release political and foreign prisoners.",
     [("release political and foreign prisoners", "next", "vowed to")]),
    ("Vell narrowly defeated Brant -- who has yet to accept defeat.",
     [("accept defeat", "next", "has yet to")]),
    ('"We will rebuild every school," Vell said.', []),  # the speaker's, on Reactions
    ("Officials say the meeting aims to reset practical ties.", []),  # the event itself
    ("This move aims to reframe the debate.", []),  # points back
    ("The two leaders emerged vowing to stabilize their fraught relationship and showcasing"
     " modest agreements to curb cattle theft and reopen the ferry.",
     [("curb cattle theft", "done", "agreements to"), ("reopen the ferry", "done",
                                                         "agreements to")]),
    ("They reached agreements to curb cattle theft and to reopen the ferry, a senior U.N."
     " official said after the meeting.",
     [("curb cattle theft", "done", "agreements to"), ("reopen the ferry", "done",
                                                         "agreements to")]),
    # scheduled, at stake
    ("Brant's swearing-in is scheduled for June 1.",
     [("Brant's swearing-in is scheduled for June 1", "next", "scheduled")]),
    ("The meeting between Vell and Brant is scheduled for Tuesday.", []),
    ("The vote will determine if the republic keeps its course or returns a reformer to power"
     " — and, in the latter case, whether Brant will accept defeat.",
     [("if the republic keeps its course or returns a reformer to power", "next", "determine if"),
      ("whether Brant will accept defeat", "next", "determine if")]),
    ("The summit will test whether the truce can hold, or whether old feuds set the tone.",
     [("whether the truce can hold", "next", "test whether"),
      ("whether old feuds set the tone", "next", "test whether")]),
    ("Whether Vell and Brant can settle the feud remains to be seen.",
     [("Whether Vell and Brant can settle the feud", "next", "remains to be seen")]),
    ("Yet she faces headwinds in a divided society where prices are soaring.",
     [("headwinds in a divided society where prices are soaring", "next", "faces")]),
]


@pytest.mark.parametrize("text,expected", ACTIONS, ids=[t[:50] for t, _ in ACTIONS])
def test_actions(text, expected):
    assert [(f.phrase, f.kind, f.cue) for f in actions(_s(text))] == expected


@pytest.mark.parametrize(
    "word,stemmed",
    [
        ("unity", "unit"),
        ("unite", "unit"),
        ("navies", "navy"),
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
        # issue 10: a possessor or a gentilic says whose, a destination where, not what
        ("Norland's assistance to Southland", set()),
        ("Valdorian role in the production of timber", {"product"}),
        ("ferry fares between Norland and Southland", {"fare"}),
        ("naval conflicts", {"naval"}),  # the conflict nouns frame what they join
        ("Norland-Southland war", {"southland"}),
        ("reinstating talks between the two countries' navies", {"navy"}),
        ("report within six months", {"report"}),
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
    ("calm and unity", "unite a split region", True),  # issue 10: "unity" and "unite"
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


# ---- issue 10, step 2: events that are not meetings, and items across kinds -----------------


def _dated(facts: ArticleFacts, index: int, iso: str, published: str) -> ArticleFacts:
    """The article published on `published`, its sentence `index` dated `iso`."""
    art = facts.article
    return ArticleFacts(
        Article(art.id, art.path, art.sha, title=art.title, outlet=art.outlet,
                published=published, language="en"),
        facts.sentences, facts.kind, facts.kind_how,
        dates=(DateMention(iso, iso, "day", False, facts.sentences[index - 1]),),
    )


def _person(name: str, *aliases: str) -> Person:
    return Person(name, aliases, None, None, None, ())


RESPONSE = Extraction(
    articles=(
        _article(
            "a1", "Ledger", "report",
            ("The 40-strong Valdorian Mountain Rescue Team arrived in Southland on Monday to carry"
             " out search work.", "paragraph", None),
            ("The deputy premier said his country will do its best to facilitate the Valdorian"
             " team.", "paragraph", None),
            ("Ten Kestran rescue teams are being sent to Southland.", "paragraph", None),
            ("The senate declared Ada Vell the winner.", "paragraph", None),
            ("The White House acted fast to put focus on Vell meeting with Brant instead.",
             "paragraph", None),
        ),
        _article(
            "a2", "Courier", "report",
            ("Premier Ivo Brant has ordered an immediate dispatch of rescue and medical teams to"
             " Southland.", "paragraph", None),
            ("The talks focused on timber, border trade and combating the timber trade.",
             "paragraph", None),
            ("Vell narrowly defeated Brant -- who has yet to accept defeat.", "paragraph", None),
            ("The vote will determine whether Brant will accept defeat.", "paragraph", None),
            ('Vell called for "calm and unity" after the vote.', "paragraph", None),
            ("Vell said she would unite a split region.", "paragraph", None),
            ("Vell is seeking to persuade Brant to reopen the border.", "paragraph", None),
            ("Whether Brant and Vell can end the feud remains to be seen.", "paragraph", None),
        ),
    ),
    people=(_person("Ada Vell", "Vell"), _person("Ivo Brant", "Brant")),
)


def _by_label(items):
    return {i.label: i for i in items}


def test_actions_of_different_actors_stay_apart():
    items = agenda_items(RESPONSE, {"a1": "Ledger", "a2": "Courier"}, ("report",))
    valdorian = next(i for i in items if "Valdorian Mountain" in i.label)
    assert "facilitate the Valdorian team" in valdorian.forms  # its owner named: joins it
    kestran = next(i for i in items if "Kestran" in i.label)
    assert valdorian is not kestran and not any("Valdorian" in f for f in kestran.forms)


def test_a_phrase_naming_two_heads_bridges_no_two_items():
    items = _by_label(agenda_items(RESPONSE, {}, ("report",)))
    assert "Timber" in items and "Border trade" in items
    assert "border trade" not in [f.lower() for f in items["Timber"].forms]


def test_a_person_alone_or_a_ruling_on_a_person_is_no_item():
    wordings = {f.lower() for i in agenda_items(RESPONSE, {}, ("report",)) for f in i.forms}
    assert not any("vell meeting with brant" in w or "vell the winner" in w for w in wordings)


def test_a_person_heads_no_item():
    items = agenda_items(RESPONSE, {}, ("report",))
    feud = next(i for i in items if "feud" in i.label)
    assert not any("reopen the border" in f for f in feud.forms)


def test_a_clause_with_its_subject_labels_an_item_before_a_bare_verb_phrase():
    items = _by_label(agenda_items(RESPONSE, {"a2": "Courier"}, ("report",)))
    item = items["Whether Brant will accept defeat"]
    assert "accept defeat" in item.forms and item.cues == ["has yet to", "determine whether"]
    assert item.section == "next"


def test_a_verb_phrase_joins_the_item_its_verb_names():
    items = _by_label(agenda_items(RESPONSE, {}, ("report",)))
    assert "unite a split region" in items["Calm and unity"].forms


def test_the_run_up_is_no_item():
    def wordings(published: str) -> set[str]:
        ex = Extraction(
            articles=(_dated(RESPONSE.articles[1], 1, "2026-01-02", published),),
            people=RESPONSE.people,
        )
        return {f for i in agenda_items(ex, {}, ("report",)) for f in i.forms}

    assert any("dispatch" in w for w in wordings("2026-01-03"))  # dated the day before
    assert not any("dispatch" in w for w in wordings("2026-03-01"))  # two months before


def test_an_item_expected_and_discussed_is_one_item():
    items = agenda_items(CLUSTER, {}, ("preview", "report"))
    top = next(i for i in items if i.label == "Counterterrorism" or "terror" in i.label.lower())
    assert {"expected", "discussed"} <= set(top.cues)
    assert {s.article_id for s in top.sentences} >= {"p1", "r1", "r2", "r3"}


def test_label_follows_the_framing_most_wordings_use():
    ex = Extraction(articles=(
        _article("n1", "Ledger", "preview",
                 ("Talks may ease friction between them on naval conflicts.", "paragraph", None)),
        _article("n2", "Courier", "report",
                 ("They reached agreements to re-establish naval communications.", "paragraph",
                  None),
                 ("Officials described the agreements as resuming high-level naval"
                  " communication.", "paragraph", None)),
    ))
    items = agenda_items(ex, {}, ("preview", "report"))
    assert [i.label for i in items] == ["Re-establish naval communications"]


def test_the_page_title_says_what_the_page_holds():
    page = agenda.build(PageContext(RESPONSE, None))
    assert page.startswith("# Agenda&#58; what is done and what comes next")
    assert "## Decided or under way" in page and "## Pledged, called for or ahead" in page
    intro = page.split("## ")[0]
    assert "for what was done or is ahead “" in intro and "“called for …”" in intro  # cues found
    table = agenda.build(PageContext(CLUSTER, None))
    assert table.startswith("# Agenda\n") and "## On the table" in table


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

"""The Overview reads as an explainer (issue 10): what happened in the reports' own statements,
key figures one line per measure, the agenda rows as the Agenda page has them, and who is in
the reports named for what the event is.

Every row is invented (made-up names, places and events) in the shape of a miss read on the
blind clusters' Overview pages; the first-run column of each table is what the code before the
fix did with the row.
"""

from __future__ import annotations

import html
import re

import pytest
from explainer.compare.run import compare_sources
from explainer.model import (
    Article,
    ArticleFacts,
    DateMention,
    Extraction,
    Figure,
    Person,
    Sentence,
)
from explainer.pages import data, overview
from explainer.pages._context import PageContext
from explainer.pages._key_figures import key_figures
from explainer.pages._key_gate import reason_left_out
from explainer.pages._lang import strings
from explainer.pages._statements import headlines, not_a_statement

CITE = re.compile(r"\[\^\d+\]")


def _s(text: str, aid: str = "a", index: int = 1, block: int = 0) -> Sentence:
    return Sentence(aid, index, text, block, "paragraph", None)


TITLES = headlines(["Will the ferry strike end this week?", "Ferries idle as strike drags on"])

# (sentence, the next sentence in its paragraph or None, reason or None). First run (before the
# rules): no rule left any of them out of "What happened".
STATEMENTS = [
    # a breadcrumb, a headline, a standfirst left in the body: no sentence end
    ("Harbour>Stories>Ferry Strike Ends After Nine Days", None, "no sentence end"),
    ("Ferries idle as strike drags on", None, "no sentence end"),
    ("Ferry Strike: Day Three of the Walkout", None, "no sentence end"),
    # a headline repeated in the body, ending as a sentence does
    ("Will the ferry strike end this week?", None, "headline"),
    # date and time lines (metadata, not a sentence)
    ("March 3, 2031 / 6:15 PM / 2 hours ago.", None, "date line"),
    ("Updated 14:05 GMT, 3 March 2031.", None, "date line"),
    # credits
    ("By Lotte Hanssen, March 3, 2031 6:15 pm", None, "credit"),
    ("By Lotte Hanssen and Piet Mol.", None, "credit"),
    ("(Reporting by Lotte Hanssen; editing by Piet Mol)", None, "credit"),
    # photo captions: present tense ending with a date, a position, a credit in it or next to it
    ("Ferry workers wave flags at the harbour gate in Vellmar on March 3.", None, "caption"),
    ("Strikers block the ramp at Vellmar terminal, Tuesday, March 3, 2031.", None, "caption"),
    ("Anke Brun and Olaf Dreyer at the quay in Vellmar on 3/3/2031.", None, "caption"),
    ("Union leader Anke Brun, left, talks to harbour master Olaf Dreyer.", None, "caption"),
    ("Strikers march past the ferry terminal. (Photo: Harbour Gazette)", None, "caption"),
    ("Passengers wait at the closed terminal.", "Courtesy the Harbour Gazette.", "caption"),
    # a quotation whose speaker is in another sentence
    ("“We will not go back without a deal.”", None, "a quotation without its speaker"),
    # a quantifier standing for people the sentence before names
    ("Most returned to work on Monday.", None, "leans on the sentence before"),
    # controls: statements of the same shapes
    ("By the end of the week, the ferries were running again.", None, None),
    ("Ferry workers returned to work on March 3.", None, None),
    ("The strike ended on 3 March 2031, the union said.", None, None),
    ("Talks between the union and the operator were held on March 3.", None, None),
    ("“We will not go back without a deal,” Anke Brun said.", None, None),
    ("Most ferries returned to service on Monday.", None, None),
    ("The strike cost the island's shops about 2 million euros, traders said.", None, None),
    ("Passengers waited at the closed terminal for six hours.", "Anke Brun said so.", None),
]


@pytest.mark.parametrize("text,after,reason", STATEMENTS)
def test_what_is_a_statement(text, after, reason):
    s = _s(text, index=1)
    article = (s, _s(after, index=2)) if after else (s,)
    assert not_a_statement(s, article, TITLES) == reason


def _fig(sentence: str, text: str, counts: str, unit: str | None, value: float,
         aid: str = "a", index: int = 1) -> Figure:
    return Figure(text, value, None, unit, counts, _s(sentence, aid, index))


# (sentence, figure as printed, counts, unit, value, reason). First run: no rule left any of them
# out of the key figures (the old ranking took any figure, with whatever noun it carried).
GATE = [
    ("The mayor, re-elected at age 64 after 18 months in office, thanked voters.",
     "64", "months", "months", 64, "no counted noun next to it"),
    ("The ferry talks lasted six hours.", "six hours", "hours", "hours", 6,
     "a measure without what it measures"),
    ("The port lies about 30 kilometres from the capital.", "about 30 kilometres",
     "kilometres", "kilometres", 30, "a measure without what it measures"),
    ("The three biggest carriers rerouted their ships.", "three biggest carriers",
     "biggest carriers", "carriers", 3, "a rank"),
    ("Delegates of the Group of 7 nations met in Vellmar.", "7 nations", "nations", "nations", 7,
     "part of a name"),
    ("“We lost 40 boats this winter,” the captain said.", "40 boats", "boats", "boats", 40,
     "in a quotation"),
    # controls
    ("Some 2,300 ferry workers walked out on Monday.", "Some 2,300 ferry workers",
     "ferry workers walked out", "workers", 2300, None),
    ("The union won 62% of the ballot.", "62%", "percent of the ballot", "percent", 62, None),
    ("Officials said the death toll had reached 412.", "412", "death toll", None, 412, None),
    ("The strike kept 14 ferries in port.", "14 ferries", "ferries", "ferries", 14, None),
]


@pytest.mark.parametrize("sentence,text,counts,unit,value,reason", GATE)
def test_what_can_stand_as_a_key_figure(sentence, text, counts, unit, value, reason):
    assert reason_left_out(_fig(sentence, text, counts, unit, value)) == reason


def _facts(aid: str, outlet: str, texts: list[str], figs=(), kind: str = "report",
           dates=()) -> ArticleFacts:
    sents = tuple(_s(t, aid, i) for i, t in enumerate(texts, 1))
    by_text = {s.text: s for s in sents}
    figures = tuple(
        Figure(f[1], f[4], None, f[3], f[2], by_text[f[0]]) for f in figs
    )
    dated = tuple(
        DateMention(d[1], d[2], "day", False, by_text[d[0]]) for d in dates
    )
    art = Article(id=aid, path=f"{aid}.txt", sha=aid, title=f"Story {aid}", outlet=outlet,
                  published="2031-03-04", language="en")
    return ArticleFacts(art, sents, kind, "test", figures=figures, dates=dated)


QUAKE = [
    ("A 6.4 magnitude earthquake struck the island of Vellmar on Monday morning.",
     "6.4 magnitude earthquake", "magnitude earthquake", "earthquake", 6.4),
    ("The 6.4-magnitude quake was felt across the strait on Monday.",
     "6.4-magnitude", "magnitude quake", "magnitude", 6.4),
    ("The 6.4 earthquake toppled the old lighthouse of Vellmar.",
     "6.4 earthquake", "earthquake", "earthquake", 6.4),
]


def test_one_value_in_three_wordings_is_one_line_with_every_source():
    # first run: two lines ("6.4 magnitude earthquake" for a and c, "6.4-magnitude — magnitude
    # quake" for b)
    ex = Extraction(articles=tuple(
        _facts(aid, outlet, [q[0]], [q]) for aid, outlet, q in
        zip(("a", "b", "c"), ("Gazette", "Courier", "Wire"), QUAKE, strict=True)
    ))
    lines = key_figures(ex, {})
    assert len(lines) == 1 and len(lines[0].values) == 1
    assert lines[0].sources == {"Gazette", "Courier", "Wire"}


STRANDED = "Some 1,200 passengers were stranded at Vellmar harbour."
STUCK = "About 900 passengers spent the night on the ferries."


@pytest.mark.parametrize(
    "articles,shown",
    [
        # two sources, two values of one noun phrase, not tied by the comparison: pick none
        # (first run: both, on two lines)
        ([("a", "Gazette", STRANDED, "Some 1,200 passengers", 1200),
          ("b", "Courier", STUCK, "About 900 passengers", 900)], []),
        # the same with a third source giving 1,200: it is what most sources say
        ([("a", "Gazette", STRANDED, "Some 1,200 passengers", 1200),
          ("b", "Courier", STUCK, "About 900 passengers", 900),
          ("c", "Wire", STRANDED, "Some 1,200 passengers", 1200)], [1200]),
    ],
)
def test_one_line_per_noun_phrase(articles, shown):
    ex = Extraction(articles=tuple(
        _facts(aid, outlet, [text], [(text, fig, "passengers", "passengers", value)])
        for aid, outlet, text, fig, value in articles
    ))
    lines = key_figures(ex, {}, lambda s: True)
    assert [line.values[0].first.value for line in lines] == shown


def _ctx(ex: Extraction) -> PageContext:
    return PageContext(ex, compare_sources(ex))


def test_sources_that_differ_are_one_line_pointing_to_compare():
    # first run: "At least 12,000 farmers" and "some 15,000 farmers" on two lines (or one of
    # them picked), no word that the sources differ
    a = "At least 12,000 farmers lost their harvest after the gates were shut, officials said."
    b = "Some 15,000 farmers lost their harvest after the gates were shut, the union said."
    ex = Extraction(articles=(
        _facts("a", "Gazette", [a], [(a, "At least 12,000 farmers", "farmers", "farmers", 12000)]),
        _facts("b", "Courier", [b], [(b, "Some 15,000 farmers", "farmers", "farmers", 15000)]),
    ))
    page = overview.build(_ctx(ex))
    figures = page.split("## Key figures")[1].split("\n## ")[0]
    lines = [ln for ln in figures.splitlines() if ln.startswith("- ")]
    assert len(lines) == 1, lines
    assert "the sources differ" in lines[0] and "compare.md#where-the-accounts-differ" in lines[0]
    assert "12,000" in lines[0] and "15,000" in lines[0] and len(CITE.findall(lines[0])) == 2


FLOOD = [
    "Governor Elke Brandt of Vellmar declared a state of emergency on 3 March 2031 after the "
    "river burst its banks.",
    "Rescue teams were sent to the flooded villages of Vellmar, the governor's office said.",
]


def _flood() -> Extraction:
    facts = _facts("f", "Gazette", FLOOD, dates=[(FLOOD[0], "3 March 2031", "2031-03-03")])
    s = facts.sentences[0]
    elke = Person("Elke Brandt", ("Brandt",), "Governor", s, "Vellmar", (s,))
    return Extraction(articles=(facts,), people=(elke,))


def test_people_of_an_event_that_is_not_talks_are_not_participants():
    # first run: "Participants (Vellmar)" for the governor of a flooded province
    page = html.unescape(overview.build(_ctx(_flood())))
    glance = page.split('"At a glance"')[1].split("## What happened")[0]
    assert "**People in the reports (Vellmar)**" in glance and "Participants" not in glance


def test_agenda_rows_are_the_agenda_pages_sections():
    # first run: one "On the agenda" row whatever the Agenda page is titled
    from explainer.pages import agenda

    ex = _flood()
    found = agenda.sections(ex, _ctx(ex).labels)
    page = html.unescape(overview.build(_ctx(ex)))
    glance = page.split('"At a glance"')[1].split("## What happened")[0]
    assert found and "On the agenda" not in glance
    for key, items, _ in found:
        row = next(ln for ln in glance.splitlines() if f"**{agenda.TITLES[key]}**" in ln)
        assert f"(agenda.md#{agenda.ANCHORS[key]})" in row and items[0].label in row


def _story(aid: str, title: str, texts: list[str]) -> ArticleFacts:
    f = _facts(aid, f"Outlet {aid}", texts)
    art = Article(id=aid, path=f"{aid}.txt", sha=aid, title=title, outlet=f"Outlet {aid}",
                  published="2031-03-04", language="en")
    return ArticleFacts(art, f.sentences, "report", "test")


def test_lone_statements_open_with_the_title_reports_lead_and_repeat_nothing():
    # first run: the leads of a, b and c (file order) and d's lead left out; a repeated
    # sentence could stand twice
    ex = Extraction(articles=(
        _story("a", "Lighthouse keepers join the ferry strike",
               ["Lighthouse keepers in Norport voted to stop work from Tuesday evening onwards."]),
        _story("b", "Harbour cafes close early",
               ["Three cafes on the harbour front shut their doors at noon for lack of custom."]),
        _story("c", "Tourists stranded on Vellmar",
               ["Hundreds of visitors queued for hotel rooms after the last boat was cancelled."]),
        _story("d", "Ferry strike strands tourists on Vellmar", [
            "Ferry crews walked off the job across the islands, halting every crossing.",
            "Ferry crews walked off the job across the islands, halting every crossing.",
        ]),
    ))
    page = overview.build(_ctx(ex))
    happened = [ln for ln in page.split("## What happened")[1].split("\n## ")[0].splitlines()
                if ln.startswith("- ")]
    assert len(happened) == overview.MIN_CLAIMS
    assert sum("Ferry crews walked off" in ln for ln in happened) == 1


def test_differing_counts_of_people_killed_are_named_deaths():
    # first run: one value picked ("At least 40 people"), no word that the sources differ; on
    # the first run of the differing-values rule the line read "people: ..." (what they are
    # counted for left unsaid)
    a = "At least 40 people were killed when the dam burst above the valley, officials said."
    b = "Some 65 people were killed when the dam burst above the valley, the ministry said."
    ex = Extraction(articles=(
        _facts("a", "Gazette", [a], [(a, "At least 40 people", "people", "people", 40)]),
        _facts("b", "Courier", [b], [(b, "Some 65 people", "people", "people", 65)]),
    ))
    [line] = key_figures(ex, {})
    assert line.differ and line.subject == "deaths"


def _told(aid: str, outlet: str, lang: str, text: str, fig: str, value: float, unit: str,
          counts: str) -> ArticleFacts:
    s = Sentence(aid, 1, text, 0, "paragraph", None, lang)
    art = Article(id=aid, path=f"{aid}.txt", sha=aid, title=f"Story {aid}", outlet=outlet,
                  published="2031-03-04", language=lang)
    return ArticleFacts(art, (s,), "report", "test",
                        figures=(Figure(fig, value, None, unit, counts, s),))


# a Spanish site: two es sources and a pt one time one treaty's talks, one of them with a word
# that only describes the talks ("arduas"); first run: the "arduas" figure on a line of its own
# beside the conflict line, the line named by whichever wording sorted last
TALKS = [
    ("a", "Diario Varsa", "es",
     "Varsa y Kessa firmaron el tratado después de 25 años de arduas negociaciones.", "25", 25,
     "años", "años de arduas negociaciones"),
    ("b", "El Correo", "es",
     "Kessa y Varsa cerraron el tratado después de 20 años de negociaciones.", "20", 20, "años",
     "años de negociaciones"),
    ("c", "Folha de Kessa", "pt",
     "Varsa e Kessa assinaram o tratado depois de 25 anos de negociações.", "25", 25, "anos",
     "anos de negociações"),
]


def test_one_measure_told_in_two_languages_is_one_line_in_the_sites_words():
    ex = Extraction(articles=tuple(_told(*row) for row in TALKS))
    [line] = key_figures(ex, {})
    assert line.differ and line.subject == "años de negociaciones"
    # the 25 of the es and pt sources is one value, the 20 the other
    assert [(v.first.value, v.sources) for v in line.values] == [
        (25, ["Diario Varsa", "Folha de Kessa"]), (20, ["El Correo"]),
    ]


def test_data_page_captions_a_measure_in_the_sites_words():
    # first run: "anos de negociações (anos)", the Portuguese figure sorting first, on a
    # Spanish site
    ex = Extraction(articles=tuple(_told(*row) for row in TALKS))
    page = data.build(_ctx(ex))
    captions = [ln for ln in page.splitlines() if ln.endswith(strings("es")["values_each"])]
    assert captions == ["años de arduas negociaciones (años): " + strings("es")["values_each"]]

"""Agenda: the items merged across sources and article kinds, each with the sources naming it
and how they put it ("expected and discussed", "declared", "scheduled"), in three sections:
what is on the table, what was decided or is under way, what is pledged or ahead. A meeting's
page is mostly the first; an event that is not a meeting (a vote, a disaster) has mostly the
other two, and the page's title says so, from the items found, not from the kind of event.
"""

from __future__ import annotations

from collections import Counter

from explainer.pages._agenda import SECTIONS, AgendaItem, agenda_items
from explainer.pages._context import PageContext
from explainer.pages._explain import badges
from explainer.pages._lang import mark
from explainer.render import escape_md
from markupsafe import Markup

PATH = "agenda.md"
KINDS = ("preview", "report", "analysis")

# Items listed openly per section; the rest fold into a "more" box.
SHOWN = 12
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# items per section (the fold included; items come ordered by how many sources name them),
# sentences cited and sources named per item. The seeds and the test clusters stay under.
ITEMS_MAX = 40
CITED_SHOWN = 5
SOURCES_SHOWN = 8
# Action cues quoted in the page's introduction, most used first.
CUES_QUOTED = 4

TITLES = {
    "topic": "On the table",
    "done": "Decided or under way",
    "next": "Pledged, called for or ahead",
}
# The page's title when most of it is what was on the table (a meeting's agenda).
TABLE_TITLE = "Agenda"
# Each section's anchor on the page (its heading, as the Markdown toc slugifies it), so the
# Overview links its rows to them.
ANCHORS = {k: "-".join(t.lower().replace(",", "").split()) for k, t in TITLES.items()}
# What each section adds to the page title when the table is not most of the page.
TITLE_PARTS = {"done": "what is done", "next": "what comes next"}
INTRO_PARTS = {
    "topic": "what was on the table",
    "done": "what was decided or is under way",
    "next": "what is pledged, called for or ahead",
}


def sections(extraction, labels: dict[str, str]) -> list[tuple[str, list[AgendaItem], int]]:
    """(section, its items as the page lists them, how many more were left out), page order.
    The scorer (scripts/_eval_clusters/adapters.py) reads the page through this."""
    items = agenda_items(extraction, labels, KINDS)
    out = []
    for key in SECTIONS:
        mine = [i for i in items if i.section == key]
        if mine:
            out.append((key, mine[:ITEMS_MAX], max(0, len(mine) - ITEMS_MAX)))
    return out


def _status(item: AgendaItem, word=str, site: str = "en") -> str:
    """How the sources put an item: "expected and discussed", then the action cues (the
    articles' own words, marked with the item's first sentence's language). `word`: the site
    language's words (PageContext.tr.word)."""
    said = [c for c in ("expected", "discussed") if c in item.cues]
    head = word(" and ").join(word(c) for c in said)
    if said == ["expected"]:
        head = word("expected beforehand")
    rest = [c for c in item.cues if c not in ("expected", "discussed")]
    lang = item.sentences[0].lang if item.sentences else None
    cues = mark(", ".join(rest), lang, site) if rest else ""
    return Markup("; ").join(x for x in [escape_md(head), cues] if x)


def _rows(items: list[AgendaItem], word=str, site: str = "en") -> list[dict]:
    return [
        {
            "label": i.label,
            "badges": badges(i.outlets[:SOURCES_SHOWN]),
            "more_sources": len(i.outlets) - len(i.outlets[:SOURCES_SHOWN]),
            "sentences": i.sentences[:CITED_SHOWN],
            "status": _status(i, word, site),
            "forms": [f for f in i.forms if f.lower() != i.label.lower()],
        }
        for i in items
    ]


def page_title(found: list[tuple[str, list[AgendaItem], int]], word=str) -> str:
    """"Agenda" when most citations name what was on the table, else what the page holds.
    The Overview reads it too (its agenda rows and whether the event is talks). `word`: the
    site language's words (PageContext.tr.word); English by default."""
    sizes = {k: sum(len(i.sentences) for i in items) for k, items, _ in found}
    if not sizes or max(sizes, key=lambda k: (sizes[k], k == "topic")) == "topic":
        return TABLE_TITLE
    parts = [word(TITLE_PARTS[k]) for k in ("done", "next") if k in sizes]
    return word("Agenda: ") + word(" and ").join(parts)


def _intro(found, word=str) -> str:
    """The page's opening words, naming the sections it has."""
    said = [word(INTRO_PARTS[k]) for k, _, _ in found]
    if not said:
        return ""
    text = said[0] if len(said) == 1 else ", ".join(said[:-1]) + word(" and ") + said[-1]
    return text[:1].upper() + text[1:]


def build(ctx: PageContext) -> str:
    found = sections(ctx.extraction, ctx.labels)
    cues = Counter(
        c for _, items, _ in found for i in items for c in i.cues
        if c not in ("expected", "discussed")
    )
    groups = [
        {
            "key": k,
            "title": ctx.tr.word(TITLES[k]),
            "anchor": ANCHORS[k],
            "items": _rows(items, ctx.tr.word, ctx.lang),
            "hidden": more,
        }
        for k, items, more in found
    ]
    return ctx.render(
        "agenda.md.j2",
        PATH,
        title=page_title(found, ctx.tr.word),
        intro=_intro(found, ctx.tr.word),
        only_table=[k for k, _, _ in found] == ["topic"],
        groups=groups,
        shown=SHOWN,
        cues=[c for c, _ in sorted(cues.items(), key=lambda x: (-x[1], x[0]))][:CUES_QUOTED],
        articles=len(ctx.extraction.articles),
    )

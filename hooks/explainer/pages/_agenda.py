"""Agenda items, merged across sources and across article kinds: bullet items of agenda lists,
cue phrases naming what is discussed, and actions (decided, under way, pledged, ahead).

Reads: each article's sentences, kind, topics and dates. Produces: `AgendaItem`s (label, the
sentences naming it, the sources, every wording, how each source put it, the page section it
belongs to), most sources first. A preview naming an item and a report discussing it give one
item, "expected" and "discussed".
Limits: phrases come from _agenda_phrases.py and _agenda_actions.py; what a phrase is about from
_agenda_words.py. Two phrases name the same item when the head noun of one is a content word of
the other ("Counternarcotics", "the fight against illegal narcotics trafficking"); words that mean
the same but share no stem ("drugs", "narcotics") stay apart. Two actions by different actors
stay apart ("Norland's teams", "Kestran's team"): an actor is a name in the action's subject, a
capitalised word that the cluster never writes in lower case. Actions in background sentences of
reports, or dated before their article, are the run-up, not items. An item is labelled with its
shortest wording that names its most common head.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from explainer.model import ArticleFacts, Extraction, Sentence
from explainer.pages._agenda_actions import Found, actions
from explainer.pages._agenda_groups import groups, label, name_keys, owner
from explainer.pages._agenda_phrases import phrases
from explainer.pages._agenda_words import GENERIC, heads, same_item, stem, words

__all__ = ["GENERIC", "AgendaItem", "agenda_items", "heads", "same_item", "stem", "words"]

_AGENDA_HEADING = re.compile(
    r"agenda|on the table|discuss|issues|priorit|expected|\bcover|\btalks\b|focus",
    re.IGNORECASE,
)
# Page sections, in the order a tie is broken: what is discussed, what is done, what is ahead.
SECTIONS = ("topic", "done", "next")
# An action dated this many days or more before its article is the run-up.
RUN_UP_DAYS = 7
_LOWER = re.compile(r"\b[a-z][\w’'-]*")


@dataclass
class AgendaItem:
    label: str
    sentences: list[Sentence]
    outlets: list[str]
    forms: list[str]
    cues: list[str] = field(default_factory=list)  # how the sources put it: "expected", "declared"
    section: str = "topic"  # one of SECTIONS


def _agenda_lists(sentences) -> set[str]:
    """The bullets of lists introduced as an agenda: by the subheading above them or by the
    sentence that opens the list ("The agenda includes:"). A list under "What is at stake" is
    not one, whatever the topic of its sentences."""
    keys: set[str] = set()
    intro = None
    for s in sentences:
        if s.block_kind != "item":
            intro = s
            continue
        by_heading = bool(s.heading and _AGENDA_HEADING.search(s.heading))
        by_intro = intro is not None and intro.block_kind != "heading" and (
            intro.heading == s.heading and bool(_AGENDA_HEADING.search(intro.text))
        )
        if by_heading or by_intro:
            keys.add(s.key)
    return keys


def _before(iso: str, published: str) -> bool:
    """Whether a date mention lies in the run-up to an article published on `published`."""
    try:
        pub = date.fromisoformat(published[:10])
    except ValueError:
        return False
    if len(iso) >= 10:
        try:
            return date.fromisoformat(iso[:10]) <= pub - timedelta(days=RUN_UP_DAYS)
        except ValueError:
            return False
    return iso < published[: len(iso)]


def _run_up(f: ArticleFacts, usual_day: str | None) -> set[str]:
    """Sentences of an article that tell its run-up: background in a report or an analysis (a
    preview's tenses are all ahead of it), or dated before the article (an undated one: before
    the day most articles are dated)."""
    keys = {
        t.sentence.key for t in f.topics if t.topic == "background" and f.kind != "preview"
    }
    day = f.article.published or usual_day
    if day:
        keys |= {d.sentence.key for d in f.dates if _before(d.iso, day)}
    return keys


def _names(extraction: Extraction, lower: set[str]) -> set[str]:
    """The stems of people's names ("Relief Team" taken for a person is no name)."""
    return {
        stem(w)
        for p in extraction.people
        if not p.is_author
        for w in re.findall(r"\w+", p.name)
        if w.lower() not in lower
    }


def _mentions(
    extraction: Extraction, kinds: tuple[str, ...], names: set[str]
) -> list[tuple[Found, Sentence]]:
    # an undated article is taken to be as old as most of the dated ones
    days = Counter(f.article.published[:10] for f in extraction.articles if f.article.published)
    event_day = min(days, key=lambda d: (-days[d], d)) if days else None
    found: list[tuple[Found, Sentence]] = []
    for f in extraction.articles:
        if f.kind not in kinds:
            continue
        listed = _agenda_lists(f.sentences)
        run_up = _run_up(f, event_day)
        cue = "expected" if f.kind == "preview" else "discussed"
        for s in f.sentences:
            here = [Found(p, p, "topic", cue) for p in phrases(s, s.key in listed)]
            if s.key not in listed and s.key not in run_up:
                here += actions(s)
            for m in here:
                content = words(m.core)
                # "cooperation" alone names no item, nor "Vell meeting with Brant" (people only),
                # nor "declared Vell the winner" (a ruling on a person)
                if not content or content <= names:
                    continue
                if m.kind != "topic" and m.core == m.phrase and stem(m.phrase.split()[0]) in names:
                    continue
                found.append((m, s))
    return found


def agenda_items(
    extraction: Extraction, labels: dict[str, str], kinds: tuple[str, ...]
) -> list[AgendaItem]:
    """Items named by articles of the given kinds, most sources first."""
    lower = {w for f in extraction.articles for s in f.sentences for w in _LOWER.findall(s.text)}
    names = _names(extraction, lower)
    mentions = _mentions(extraction, kinds, names)
    named_by: dict[str, set[str]] = {}
    cores: dict[str, str] = {}
    actor_text: dict[str, set[str]] = {}
    bare: set[str] = set()
    kinds_of: dict[str, set[str]] = {}
    by_phrase: dict[str, list[tuple[Found, Sentence]]] = {}
    for m, s in mentions:
        by_phrase.setdefault(m.phrase, []).append((m, s))
        kinds_of.setdefault(m.phrase, set()).add(m.kind)
        named_by.setdefault(m.phrase, set()).add(labels.get(s.article_id, s.article_id))
        cores.setdefault(m.phrase, m.core)
        actor_text.setdefault(m.phrase, set()).add(m.actor)
        if m.bare:
            bare.add(m.phrase)
    forms = sorted(named_by, key=lambda f: f.lower())
    people: dict[str, set[str]] = {}
    for n, p in enumerate(extraction.people):
        for w in re.findall(r"[\w’'-]+", p.name):  # not the titles of its aliases
            people.setdefault(w.lower(), set()).add(f"person {n}")
    actors = {
        f: (
            name_keys(actor_text[f], lower, people),
            name_keys([owner(cores[f])], lower, people),
        )
        for f in forms
    }
    out: list[AgendaItem] = []
    for group in groups(forms, cores, actors, bare, names):
        members = {forms[i] for i in group}
        cited = [x for f in members for x in by_phrase[f]]
        cited.sort(key=lambda x: (x[1].article_id, x[1].index, x[0].phrase))
        # one sentence per source first, so that a capped list of citations names each source
        first: dict[str, Sentence] = {}
        for _, s in cited:
            first.setdefault(s.article_id, s)
        firsts = {s.key for s in first.values()}
        ordered = list(first.values()) + [s for _, s in cited if s.key not in firsts]
        sentences = list({s.key: s for s in ordered}.values())
        ordered_forms = [f for f in forms if f in members]
        ordered_forms.sort(key=lambda f: (-len(named_by[f]), len(f.split()), f.lower()))
        per_kind = Counter(m.kind for m, _ in cited)
        section = min(SECTIONS, key=lambda k: (-per_kind[k], SECTIONS.index(k)))
        # labelled by how most sources put it: a topic discussed, or what was done about it
        mine = [f for f in ordered_forms if section in kinds_of[f]] or ordered_forms
        name = label(mine, named_by, cores, bare)
        out.append(
            AgendaItem(
                label=name[:1].upper() + name[1:],
                sentences=sentences,
                outlets=sorted({o for f in members for o in named_by[f]}),
                forms=list({f.lower(): f for f in [name, *ordered_forms][::-1]}.values())[::-1],
                cues=list(dict.fromkeys(m.cue for m, _ in cited)),
                section=section,
            )
        )
    out.sort(key=lambda i: (-len(i.outlets), -len(i.sentences), i.label.lower()))
    return out

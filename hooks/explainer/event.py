"""Find the central event of a cluster: its title, date, place and participants, each cited.

Reads: an Extraction (article kinds, dates, people, places). Produces: an `Event` whose every
value carries the Sentence(s) that support it.
Limits: the event is assumed to be the one most articles date to the same day. Reports and
analyses speak for it (previews only when there is nothing else). The place is the place entity
most often named near the event's date sentences and leads, preferring one introduced with
"at"/"in"; the title is an actual headline, the one closest to the others in wording.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from explainer.compare.similarity import tfidf
from explainer.model import ArticleFacts, DateMention, Extraction, Person, Sentence

# The opening body sentences of an article that state the event (who met whom where). News
# leads put it in the first two to four sentences.
LEAD = 4
# A place introduced by a locative preposition in an event sentence ("at the White House",
# "in Brennmouth") counts this many times over a bare mention ("Colombia's president").
LOCATIVE_WEIGHT = 3
# How many people per side the event lists; the rest are on the Who's who page.
PER_SIDE = 4
# A person with a title counts as a principal when named in at least this share of the mentions
# of the most-mentioned titled person (the two leaders of a summit are each named about as often).
PRINCIPAL_SHARE = 0.5
# Where people whose side no source states are listed.
NO_SIDE = "side not stated"


@dataclass(frozen=True)
class Stated:
    value: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class EventDate:
    iso: str  # "2026-02-03", "2026-02"
    precision: str  # "day" | "month" | "year"
    approximate: bool  # no source dates it to the day, or the sources hedge ("early February")
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Participant:
    name: str
    role: str | None
    side: str | None
    principal: bool
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Event:
    title: str | None  # a headline, as published
    title_article: str | None  # the article whose headline it is
    date: EventDate | None
    place: Stated | None
    sides: tuple[tuple[str, tuple[Participant, ...]], ...]  # side -> participants, main side first
    kinds: tuple[str, ...]  # article kinds the event was read from ("report", ...)
    previews_only: bool  # every source was written before the event


def _speaking(extraction: Extraction) -> tuple[list[ArticleFacts], tuple[str, ...]]:
    for kinds in (("report",), ("report", "analysis"), ("preview",)):
        chosen = [f for f in extraction.articles if f.kind in kinds]
        if chosen:
            return chosen, kinds
    return list(extraction.articles), ()


def _plausible(mention: DateMention, facts: ArticleFacts) -> bool:
    """A report dates a past event, a preview an upcoming one (when the article is dated)."""
    published = (facts.article.published or "")[:10]
    if not published or len(mention.iso) < len(published[:7]):
        return True
    if facts.kind == "preview":
        return mention.iso[: len(published)] >= published[: len(mention.iso)]
    return mention.iso <= published


def _date(articles: list[ArticleFacts]) -> EventDate | None:
    for precision in ("day", "month"):
        seen: dict[str, dict[str, DateMention]] = defaultdict(dict)
        for f in articles:
            for m in sorted(f.dates, key=lambda m: m.sentence.index):
                if m.precision == precision and _plausible(m, f):
                    seen[m.iso].setdefault(f.article.id, m)
        if not seen:
            continue
        # most articles, then the earliest mention (leads state the event first), then the date
        iso = min(
            seen,
            key=lambda k: (-len(seen[k]), min(m.sentence.index for m in seen[k].values()), k),
        )
        mentions = [seen[iso][a] for a in sorted(seen[iso])]
        return EventDate(
            iso=iso,
            precision=precision,
            approximate=precision != "day" or all(m.approximate for m in mentions),
            sentences=tuple(m.sentence for m in mentions),
        )
    return None


def _body(f: ArticleFacts) -> list[Sentence]:
    return [s for s in f.sentences if s.block_kind in ("paragraph", "quote_block")]


# Sentences that list who took part, wherever they stand in the article.
_PARTICIPANTS = re.compile(
    r"\b(?:accompanied by|joined by|participat\w* in the|attended|attending|delegation|"
    r"were present|took part|on the \w+ side)\b",
    re.IGNORECASE,
)


def _event_sentences(articles: list[ArticleFacts], date: EventDate | None) -> list[Sentence]:
    found = {s.key: s for f in articles for s in _body(f)[:LEAD]}
    for f in articles:
        for s in _body(f):
            if _PARTICIPANTS.search(s.text):
                found[s.key] = s
    for s in date.sentences if date else ():
        found[s.key] = s
    return [found[k] for k in sorted(found)]


def _place(extraction: Extraction, event: list[Sentence]) -> Stated | None:
    keys = {s.key for s in event}
    best = None
    for e in extraction.entities:
        if e.kind != "place":
            continue
        hits = [s for s in e.mentions if s.key in keys]
        if not hits:
            continue
        pattern = re.compile(r"\b(?:at|in)\s+(?:the\s+)?" + re.escape(e.name), re.IGNORECASE)
        score = sum(LOCATIVE_WEIGHT if pattern.search(s.text) else 1 for s in hits)
        rank = (-score, -len(e.mentions), e.name)
        if best is None or rank < best[0]:
            best = (rank, e.name, hits)
    if best is None:
        return None
    hits = sorted(best[2], key=lambda s: (s.article_id, s.index))
    return Stated(best[1], tuple(_one_per_article(hits)))


def _one_per_article(sentences: list[Sentence]) -> list[Sentence]:
    seen: dict[str, Sentence] = {}
    for s in sentences:
        seen.setdefault(s.article_id, s)
    return [seen[a] for a in sorted(seen)]


def _participants(extraction: Extraction, event: list[Sentence]) -> tuple:
    keys = {s.key for s in event}
    people = [p for p in extraction.people if not p.is_author]
    in_event = {p.name for p in people if any(s.key in keys for s in p.mentions)}
    titled = [len(p.mentions) for p in people if p.role]
    top = max(titled, default=0)

    def principal(p: Person) -> bool:
        return bool(p.role) and top > 0 and len(p.mentions) >= PRINCIPAL_SHARE * top

    chosen = [p for p in people if p.name in in_event or principal(p)]
    by_side: dict[str, list[Person]] = defaultdict(list)
    for p in chosen:
        if p.side or p.role:
            by_side[p.side or NO_SIDE].append(p)
    sides = []
    for side, members in by_side.items():
        members.sort(key=lambda p: (not principal(p), -len(p.mentions), p.name))
        cited = []
        for p in members[:PER_SIDE]:
            where = p.role_sentence or (p.mentions[0] if p.mentions else None)
            cited.append(
                Participant(p.name, p.role, p.side, principal(p), (where,) if where else ())
            )
        sides.append((side, tuple(cited)))
    # the side of the most-mentioned principal first; NO_SIDE last
    sides.sort(key=lambda kv: (kv[0] == NO_SIDE, not kv[1][0].principal, kv[0]))
    return tuple(sides)


def _title(articles: list[ArticleFacts]) -> tuple[str | None, str | None]:
    titled = [f for f in articles if f.article.title]
    if not titled:
        return None, None
    if len(titled) == 1:
        return titled[0].article.title, titled[0].article.id
    sim = tfidf([f.article.title or "" for f in titled])
    n = len(titled)
    scores = [sum(sim.cosine(i, j) for j in range(n) if j != i) for i in range(n)]
    i = min(range(n), key=lambda k: (-round(scores[k], 9), titled[k].article.id))
    return titled[i].article.title, titled[i].article.id


def find_event(extraction: Extraction) -> Event:
    articles, kinds = _speaking(extraction)
    date = _date(articles)
    event = _event_sentences(articles, date)
    title, title_article = _title(articles)
    return Event(
        title=title,
        title_article=title_article,
        date=date,
        place=_place(extraction, event),
        sides=_participants(extraction, event),
        kinds=kinds,
        previews_only=bool(extraction.articles)
        and all(f.kind == "preview" for f in extraction.articles),
    )

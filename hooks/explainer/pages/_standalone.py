"""Sentences that stand alone as bullets, as an editor makes them: a bullet never opens with a
pronoun or demonstrative whose referent is in a sentence the page does not show.

Reads: the extraction's sentences, people and quotes. Produces: `Standalone` (what a bullet
shows, in parts, each part with the sentence it cites), or None when the sentence cannot stand.
Limits: English, Spanish and Portuguese openings (_standalone_words.py: "Él", "Esos", "Ele",
"Esse"; a dropped subject reads as it is, but for a quotation's, below). A "he"/"she" (or
"his"/"her") is replaced by the person in square brackets ("[Vell] said ...") only when the
sentence before names exactly one person, that person's gender is attested (an honorific, or
the pronouns of sentences naming only them) and matches, and the sentence itself does not name
them; a sentence before that names no one but opens with the same pronoun passes its referent
on. Anything else that leans on what came before ("They", "This", "Those measures", "It" when
it refers, "the latter") is shown after the sentence it leans on (both cited), at most
`LEAD_INS` sentences back within the same section; failing that, the bullet is dropped. A
quotation whose speech verb has a dropped subject (es/pt: "“...”, añadió.") gets the speaker
the quotes stage found in brackets after the verb ("añadió [Vell]"); with none found it leans
on the sentence before. The cited sentence is always the exact original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from explainer.lexicon import NAME_CONNECTORS
from explainer.model import Extraction, Person, Quote, Sentence
from explainer.pages._standalone_words import HONORIFIC, QUOTED, SINGULAR, table

# Sentences shown before a dependent one at most; a chain longer than this is a passage, not
# a bullet.
LEAD_INS = 2
# Referents passed on through this many sentences that name no one and open with the pronoun.
CHAIN = 3
# Sentences a lead-in may be: running text, not a heading, a quotation block or a name line.
_RUNNING = ("paragraph", "item")
# A sentence that opens with a quotation; what stands between its end and the speech verb.
_QUOTE_FIRST = re.compile(r"^\s*[\"“«‘']")
_BETWEEN = re.compile(r"[\s\"”»’'.,!?…—–-]*")


@dataclass(frozen=True)
class Opening:
    """A word at the opening of a sentence that refers back."""

    start: int
    end: int
    word: str  # lower case: "he", "this", "the latter", ...

    @property
    def gender(self) -> str | None:
        return SINGULAR.get(self.word)


def opening(text: str, lang: str = "en") -> Opening | None:
    """The pronoun or demonstrative a sentence opens with (after connectives and a short
    opening phrase), or None when the sentence does not lean on what came before."""
    p = table(lang)
    for pattern in (p["said_this"], p["latter"], p["opening"]):
        m = pattern.match(text)
        if not m:
            continue
        word = m.group("word").lower()
        rest = text[m.end("word") :]
        if p["deictic"].fullmatch(word) and p["time"].match(rest):
            continue
        if p["expletive"].match(text[m.start("word") :]):
            continue
        if word == "that" and not rest[:1].isspace():
            continue
        return Opening(m.start("word"), m.end("word"), word)
    return None


@dataclass(frozen=True)
class Part:
    text: str  # what the page shows: the sentence, a bracketed referent put in
    sentence: Sentence  # what it cites: the exact original


@dataclass(frozen=True)
class Segment:
    text: str  # shown
    cited: tuple[Sentence, ...]  # cited after it


def _segments(parts: tuple[Part, ...], cited: tuple[Sentence, ...]) -> tuple[Segment, ...]:
    """Each lead-in cited on its own, the last part with the statement's citations."""
    *lead, last = parts
    own = (last.sentence, *(s for s in cited if s.key != last.sentence.key))
    return (*(Segment(p.text, (p.sentence,)) for p in lead), Segment(last.text, own))


@dataclass(frozen=True)
class Standalone:
    parts: tuple[Part, ...]  # the sentences it leans on first, the sentence itself last

    @property
    def text(self) -> str:
        return self.parts[-1].text

    @property
    def lead_ins(self) -> tuple[Part, ...]:
        return self.parts[:-1]


def _gender(person: Person, sentences: list[Sentence], named: dict[str, list[Person]]) -> str:
    """'he', 'she' or '' (unknown): an honorific alias, else the pronouns of the sentences that
    name only this person (quotations left out: there "he" is anyone)."""
    for alias in person.aliases:
        head = alias.split()[0].rstrip(".").lower() if alias.split() else ""
        if head in HONORIFIC:
            return HONORIFIC[head]
    male = female = 0
    for s in sentences:
        if [p.name for p in named.get(s.key, ())] != [person.name]:
            continue
        text, p = QUOTED.sub(" ", s.text), table(s.lang)
        male += bool(p["male"].search(text))
        female += bool(p["female"].search(text))
    if male and not female:
        return "he"
    if female and not male:
        return "she"
    return ""


def _short_name(person: Person) -> str:
    """How an editor names the person in brackets: the surname when the text uses it alone,
    with the particles an alias gives it ("Von der Brink", not "Brink")."""
    words = person.name.split()
    if len(words) > 1 and words[-1] in person.aliases:
        with_particles = [
            a
            for a in person.aliases
            if person.name.lower().endswith(" " + a.lower())
            and all(w.lower() in NAME_CONNECTORS for w in a.split()[:-1])
        ]
        return max(with_particles, key=lambda a: (len(a), a))
    return person.name


class Resolver:
    """Built once per page set; `__call__` is cached per sentence."""

    def __init__(self, extraction: Extraction):
        self._by_article = {f.article.id: f.sentences for f in extraction.articles}
        self._people = [p for p in extraction.people if not p.is_author]
        self._quotes: dict[str, list[Quote]] = {}
        for f in extraction.articles:
            for q in f.quotes:
                self._quotes.setdefault(q.sentence.key, []).append(q)
        self._cache: dict[str, Standalone | None] = {}

    @cached_property
    def _named(self) -> dict[str, list[Person]]:
        out: dict[str, list[Person]] = {}
        for p in self._people:
            for s in p.mentions:
                if p not in out.setdefault(s.key, []):
                    out[s.key].append(p)
        return out

    @cached_property
    def _genders(self) -> dict[str, str]:
        named = self._named
        return {p.name: _gender(p, list(p.mentions), named) for p in self._people}

    def _before(self, s: Sentence) -> Sentence | None:
        """The sentence a sentence leans on: the one before it, in the same section."""
        sentences = self._by_article.get(s.article_id, ())
        if not 1 < s.index <= len(sentences):
            return None
        prev = sentences[s.index - 2]
        if prev.block_kind not in _RUNNING or prev.heading != s.heading:
            return None
        return prev

    def _referent(self, s: Sentence, gender: str, depth: int = 0) -> Person | None:
        prev = self._before(s)
        if prev is None:
            return None
        named = self._named.get(prev.key, [])
        if len(named) == 1:
            person = named[0]
            return person if self._genders.get(person.name) == gender else None
        if not named and depth < CHAIN:
            o = opening(prev.text, prev.lang)
            if o and o.gender == gender:
                return self._referent(prev, gender, depth + 1)
        return None

    def _implied(self, s: Sentence) -> str | None:
        """A sentence that opens with a quotation whose speech verb has no subject ("“...”,
        añadió."): its text with the speaker the quotes stage found put in after the verb
        ("añadió [Vell]"), "" when it found none; None for any other sentence."""
        text, after = s.text, table(s.lang)["dropped_subject"]
        if not _QUOTE_FIRST.match(text):
            return None
        for q in (q for q in self._quotes.get(s.key, ()) if q.cue):  # a speech verb to follow
            close = text.find(q.text)
            at = text.lower().find(q.cue.lower(), close + len(q.text))
            if close < 0 or at < 0 or not _BETWEEN.fullmatch(text[close + len(q.text) : at]):
                continue
            end = at + len(q.cue)
            if not after.match(text[end:]) or (end < len(text) and text[end].isalnum()):
                continue
            if q.speaker is None:
                return ""
            person = next((p for p in self._people if p.name == q.speaker), None)
            name = _short_name(person) if person else q.speaker
            return f"{text[:end]} [{name}]{text[end:]}"
        return None

    def resolved(self, s: Sentence) -> str | None:
        """The sentence's text with its opening reference resolved in brackets, or the implied
        speaker of its quotation (`_implied`); the text as it is when nothing needs resolving;
        None when it leans on another sentence."""
        implied = self._implied(s)
        if implied is not None:
            return implied or None
        o = opening(s.text, s.lang)
        if o is None:
            return s.text
        if not o.gender:
            return None
        person = self._referent(s, o.gender)
        if person is None or person in self._named.get(s.key, ()):
            return None
        name = _short_name(person) + ("’s" if o.word in ("his", "her") else "")
        return f"{s.text[: o.start]}[{name}]{s.text[o.end :]}"

    def __call__(self, s: Sentence) -> Standalone | None:
        if s.key not in self._cache:
            self._cache[s.key] = self._stand(s, LEAD_INS)
        return self._cache[s.key]

    def _stand(self, s: Sentence, lead_ins: int) -> Standalone | None:
        text = self.resolved(s)
        if text is not None:
            return Standalone((Part(text, s),))
        prev = self._before(s) if lead_ins else None
        if prev is None:
            return None
        before = self._stand(prev, lead_ins - 1)
        if before is None:
            return None
        return Standalone((*before.parts, Part(s.text, s)))

    def said(self, sentences, cited) -> tuple[Segment, ...]:
        """A statement as the page shows it: `bullet` in segments, the chosen sentence cited
        with `cited`; the first sentence as it is when none can stand (for entries a page keeps
        anyway, such as a dated event on the timeline)."""
        sentences = list(sentences)
        b = self.bullet(sentences)
        if b is None:
            return (Segment(sentences[0].text, tuple(cited)),)
        return _segments(b.parts, tuple(cited))

    def statements(self, items) -> list[tuple[Segment, ...]]:
        """A list of statements, `items` as (sentences, cited) pairs in page order: those that
        cannot stand are dropped, and one that leans on a sentence another item shows on its
        own continues that item instead of repeating the sentence."""
        built = [(b, tuple(cited)) for sentences, cited in items if (b := self.bullet(sentences))]
        hosts = {b.parts[-1].sentence.key: k for k, (b, _) in enumerate(built) if not b.lead_ins}
        tails: dict[int, list[tuple[tuple[Part, ...], tuple]]] = {}
        absorbed = set()
        for k, (b, cited) in enumerate(built):
            for j in range(len(b.lead_ins) - 1, -1, -1):
                host = hosts.get(b.parts[j].sentence.key)
                if host is not None:
                    tails.setdefault(host, []).append((b.parts[j + 1 :], cited))
                    absorbed.add(k)
                    break
        out = []
        for k, (b, cited) in enumerate(built):
            if k in absorbed:
                continue
            segments = list(_segments(b.parts, cited))
            shown = {p.sentence.key for p in b.parts}
            for parts, more in sorted(tails.get(k, []), key=lambda t: t[0][-1].sentence.index):
                parts = tuple(p for p in parts if p.sentence.key not in shown)
                shown |= {p.sentence.key for p in parts}
                if parts:
                    segments.extend(_segments(parts, more))
            out.append(tuple(segments))
        return out

    def bullet(self, sentences) -> Standalone | None:
        """One statement worded by several sentences (priority order), as a bullet: led by the
        first that needs no other sentence, else by the first that can be made to stand."""
        sentences = list(sentences)
        for s in sentences:
            if opening(s.text, s.lang) is None:
                return self(s)
        for s in sentences:
            if (b := self(s)) is not None:
                return b
        return None

"""Sentences that stand alone as bullets, as an editor makes them: a bullet never opens with a
pronoun or demonstrative whose referent is in a sentence the page does not show.

Reads: the extraction's sentences and people. Produces: `Standalone` (what a bullet shows, in
parts, each part with the sentence it cites), or None when the sentence cannot stand.
Limits: English. A "he"/"she" (or "his"/"her") is replaced by the person in square brackets
("[Vell] said ...") only when the sentence before names exactly one person, that person's
gender is attested (an honorific, or the pronouns of sentences naming only them) and matches,
and the sentence itself does not name them; a sentence before that names no one but opens with
the same pronoun passes its referent on. Anything else that leans on what came before ("They",
"This", "Those measures", "It" when it refers, "the latter") is shown after the sentence it
leans on (both cited), at most `LEAD_INS` sentences back within the same section; failing that,
the bullet is dropped. The cited sentence is always the exact original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from explainer.model import Extraction, Person, Sentence

# Sentences shown before a dependent one at most; a chain longer than this is a passage, not
# a bullet.
LEAD_INS = 2
# Referents passed on through this many sentences that name no one and open with the pronoun.
CHAIN = 3
# An opening phrase before the pronoun ("Before the trip, he ...") has at most this many words.
INTRO_WORDS = 8

_CONNECTIVE = (
    r"(?:(?:and|but|yet|so|still|however|also|meanwhile|instead|then|moreover|indeed|thus|"
    r"therefore|besides|nonetheless|nevertheless|likewise|similarly|later|earlier)\b,?\s+)*"
)
# Deictic time, not reference: "This week's meeting", "That evening" is still anaphoric
# enough to read, so only this/these + a time word.
_TIME = (
    r"(?:week|weekend|year|month|morning|afternoon|evening|summer|winter|spring|autumn|fall|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|time|season)\b"
)
_WORD = (
    r"(?P<word>he|she|his|her|they|their|them|it|its|this|that|these|those|such|"
    r"the move|the latter)\b"
)
# An opening phrase that is an adjunct, not a clause with its own subject ("Valdoria built the
# dam in 2019, and its reservoir ..." refers inside the sentence): it opens with a preposition,
# a subordinator or a participle.
_INTRO = (
    r"(?:(?:after|before|during|in|on|at|for|from|with|without|despite|since|until|when|while|"
    r"as|although|though|once|by|under|amid|following|upon|like|unlike|asked|speaking|"
    rf"\w+ing|\w+ed)\s+(?:[^\s,]+\s+){{0,{INTRO_WORDS - 2}}}[^\s,]+,\s+)"
)
# Quoted openings are left alone: inside a quotation "this" is the speaker's, and the page shows
# who speaks.
_OPENING = re.compile(rf"^{_CONNECTIVE}{_INTRO}?{_WORD}", re.IGNORECASE)
# "It is unclear whether", "It remains to be seen": no referent.
_EXPLETIVE = re.compile(
    r"^it\s+(?:is|was|will be|would be|has been|had been|remains|remained|seems|seemed|"
    r"appears|appeared|looks|looked|may be|might be|could be)\s+(?:\w+\s+){0,4}?"
    r"(?:that|whether|if|to|how|why|when|unclear|clear|likely|unlikely|possible|time)\b",
    re.IGNORECASE,
)
# "Analysts say this increases ...": the demonstrative is the reported clause's subject.
_SAID_THIS = re.compile(
    r"^(?:\w+\s+){1,3}(?:say|says|said|argue|argues|argued|believe|believes|note|notes|noted|"
    r"warn|warns|warned|suggest|suggests|suggested)\s+(?P<word>this|these|those|it)\b",
    re.IGNORECASE,
)
# "the latter" anywhere early is a reference back, whatever opens the sentence.
_LATTER = re.compile(r"^(?:\S+\s+){0,6}?(?P<word>the latter)\b", re.IGNORECASE)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
_HONORIFIC = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sir": "he", "dame": "she"}
_SINGULAR = {"he": "he", "his": "he", "she": "she", "her": "she"}
# Sentences a lead-in may be: running text, not a heading, a quotation block or a name line.
_RUNNING = ("paragraph", "item")


@dataclass(frozen=True)
class Opening:
    """A word at the opening of a sentence that refers back."""

    start: int
    end: int
    word: str  # lower case: "he", "this", "the latter", ...

    @property
    def gender(self) -> str | None:
        return _SINGULAR.get(self.word)


def opening(text: str) -> Opening | None:
    """The pronoun or demonstrative a sentence opens with (after connectives and a short
    opening phrase), or None when the sentence does not lean on what came before."""
    for pattern in (_SAID_THIS, _LATTER, _OPENING):
        m = pattern.match(text)
        if not m:
            continue
        word = m.group("word").lower()
        rest = text[m.end("word") :]
        if word in ("this", "these", "that") and re.match(rf"\s+{_TIME}", rest, re.IGNORECASE):
            continue
        if word == "it" and _EXPLETIVE.match(text[m.start("word") :]):
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
        if head in _HONORIFIC:
            return _HONORIFIC[head]
    male = female = 0
    for s in sentences:
        if [p.name for p in named.get(s.key, ())] != [person.name]:
            continue
        text = _QUOTED.sub(" ", s.text)
        male += bool(_MALE.search(text))
        female += bool(_FEMALE.search(text))
    if male and not female:
        return "he"
    if female and not male:
        return "she"
    return ""


def _short_name(person: Person) -> str:
    """How an editor names the person in brackets: the surname when the text uses it alone."""
    words = person.name.split()
    if len(words) > 1 and words[-1] in person.aliases:
        return words[-1]
    return person.name


class Resolver:
    """Built once per page set; `__call__` is cached per sentence."""

    def __init__(self, extraction: Extraction):
        self._by_article = {f.article.id: f.sentences for f in extraction.articles}
        self._people = [p for p in extraction.people if not p.is_author]
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
            o = opening(prev.text)
            if o and o.gender == gender:
                return self._referent(prev, gender, depth + 1)
        return None

    def resolved(self, s: Sentence) -> str | None:
        """The sentence's text with its opening reference resolved in brackets; the text as it
        is when nothing needs resolving; None when it leans on another sentence."""
        o = opening(s.text)
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
            if opening(s.text) is None:
                return self(s)
        for s in sentences:
            if (b := self(s)) is not None:
                return b
        return None

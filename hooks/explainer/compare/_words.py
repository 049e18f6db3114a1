"""Word choice: how each source names the acts done to the same entity.

Reads: an Extraction and the source of each article. Produces: WordChoice rows.
Limits: no parser. For every person, organisation or place named by two or more sources but not
in most sentences (the protagonists are everywhere; the object of a key act is not), it takes
(1) the act governing the name, the verb or noun whose object it is ("capture of Venezuelan
President X", "overthrew X": skipping back over capitalised words, possessives and "of/the"),
never a speech verb ("said X", "according to X"), a role ("chief executive X") or a function
word; and (2) only in a sentence with such an act, the act nouns that rename it (words ending in
-tion/-sion/-ure/-ment/-ing/-al shortly after a determiner: "an audacious operation", "a
kidnapping"). A name that is only ever a subject or a speaker gets no row. Rows where every
source uses the same words are dropped, and so are rows whose only word two sources share is no
act ("south of X", "the sidelines of X", "the capital X": where a place is, not what was done).
"""

from __future__ import annotations

import re

from explainer.compare._model import Variant, WordChoice
from explainer.compare.similarity import STOP_WORDS
from explainer.lexicon import ROLE_NOUNS, SPEECH_WORDS
from explainer.model import Extraction

# An entity named in more than this share of the cluster's sentences is a protagonist, not the
# object of one act (measured: the two leaders of the seeds appear in 40-60%, the objects < 10%).
OBJECT_SHARE = 0.15
# Rows shown, most widely covered first.
MAX_ROWS = 5
# An act noun follows a determiner within this many words ("the US military operation").
DETERMINER_WINDOW = 3
# Act nouns are looked for within this many words either side of the name.
ACT_WINDOW = 12

_TOKEN = re.compile(r"[\w’'-]+")
# An act is a word: never a year or a figure ("in 2026 X", "the 3,100 X").
_WORD = re.compile(r"^[a-z][a-z’'-]*$")
_ACT = re.compile(r"^[a-z]+(?:tion|sion|ure|ment|ing|al)$")
_DET = frozenset({"a", "an", "the", "this", "that", "its", "their"})
# Nouns with act-like endings that name a thing or a party, not an act.
_NOT_ACTS = frozenset(
    "government administration president nation relation relations position situation meeting "
    "morning evening thing nothing something everything during being according following "
    "regional national international political official social potential capital hospital "
    "festival terminal material equipment annual bilateral total signal".split()
)
_PAST = frozenset("overthrew took seized held caught shot struck hit fought beat".split())
_SKIP_BACK = frozenset({"of", "the", "a", "an", "to"})
# Words that come before a name without acting on it: speech verbs ("said X", "according to X"),
# roles ("chief executive X", "general secretary of X") and prepositions the stop list lacks.
_NOT_GOVERNING = (
    SPEECH_WORDS
    | ROLE_NOUNS
    | _NOT_ACTS
    | frozenset(
        "among amid amidst toward towards via like near outside inside across behind beside "
        "beyond without within including per upon onto unlike despite versus".split()
    )
)


def _names(extraction: Extraction):
    for p in extraction.people:
        if not p.is_author:
            yield p.name, {p.name, *p.aliases}, p.mentions
    for e in extraction.entities:
        yield e.name, {e.name}, e.mentions


def _governing(text: str, alias: str) -> str | None:
    at = text.find(alias)
    if at < 0:
        return None
    words = _TOKEN.findall(text[:at])
    while words and (words[-1][0].isupper() or words[-1].lower() in _SKIP_BACK):
        words.pop()
    if not words:
        return None
    word = words[-1].lower()
    if word in STOP_WORDS or word in _NOT_GOVERNING or len(word) < 4 or not _WORD.match(word):
        return None
    return word


def _act_nouns(text: str, alias: str) -> list[str]:
    at = text.find(alias)
    words = _TOKEN.findall(text)
    if at >= 0:
        # Only words near the name: a long sentence names other acts further away.
        centre = len(_TOKEN.findall(text[:at]))
        words = words[max(0, centre - ACT_WINDOW) : centre + ACT_WINDOW]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if not _ACT.match(w) or lw in _NOT_GOVERNING:
            continue
        if any(x.lower() in _DET for x in words[max(0, i - DETERMINER_WINDOW) : i]):
            out.append(lw)
    return out


def _is_act(word: str) -> bool:
    """An act noun ("capture", "detention") or a verb in the past ("overthrew", "seized"):
    what was done to the entity, unlike where it is ("south of", "capital", "sidelines")."""
    if word in _NOT_GOVERNING:
        return False
    return bool(_ACT.match(word)) or word in _PAST or (word.endswith("ed") and len(word) > 4)


def word_choice(extraction: Extraction, sources: dict[str, str]) -> list[WordChoice]:
    total = sum(len(f.sentences) for f in extraction.articles) or 1
    rows = []
    for name, aliases, mentions in _names(extraction):
        if len(mentions) > OBJECT_SHARE * total:
            continue
        terms: dict[tuple[str, str], Variant] = {}
        for s in mentions:
            src = sources.get(s.article_id)
            if src is None:
                continue
            present = [a for a in sorted(aliases, key=lambda a: (-len(a), a)) if a in s.text]
            if not present:
                continue
            found = [g for a in present[:1] if (g := _governing(s.text, a))]
            if not found:
                continue  # the name is not the object of an act here: its nouns name other acts
            for term in found + _act_nouns(s.text, present[0]):
                terms.setdefault((src, term), Variant(src, term, s))
        by_source = {src for src, _ in terms}
        words = {t for _, t in terms}
        # One act named by two sources anchors the row; without it the terms are unrelated.
        common = any(len({s for s, t in terms if t == w}) >= 2 for w in words if _is_act(w))
        if len(by_source) >= 2 and len(words) >= 2 and common:
            variants = tuple(v for _, v in sorted(terms.items()))
            rows.append(WordChoice(subject=name, terms=variants))
    rows.sort(key=lambda r: (-len({v.source for v in r.terms}), -len(r.terms), r.subject))
    kept: list[WordChoice] = []
    for row in rows:
        pairs = {(v.source, v.value) for v in row.terms}
        # A place that only appears alongside the act's object repeats that row: drop it.
        if not any(pairs <= {(v.source, v.value) for v in k.terms} for k in kept):
            kept.append(row)
    return kept[:MAX_ROWS]

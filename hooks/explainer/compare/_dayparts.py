"""The time of day a sentence gives a day: "on Saturday afternoon", "before noon Saturday", "at
midday on Saturday" (a helper for the date comparison, _compare_slots.py).

Reads: a DateMention (a weekday or a date with its sentence). Produces: the hours the words
right before or after it name, and those words with the date ("Saturday afternoon"). Limits:
English; local time as printed: a clock time with a zone ("0611 UTC", "2000 GMT") or with none
is not read, since the zone of the other side is unknown; "night" and "evening" are not
compared with each other (they overlap). Two parts of one day are told apart only when their
hours do not touch: "before noon" and "afternoon" differ, "midday" and either do not. Two such
mentions tell of one moment only when the words before each time of day, in its clause, name
the story's own word (the content word most headlines and opening sentences use:
"earthquake", "summit") and neither or both name an end ("closed", "left"), so "the summit
opened on Monday morning" / "closed on Monday afternoon" never collide.
"""

from __future__ import annotations

import re
from collections import Counter

from explainer.compare._facts import elsewhere
from explainer.compare._units import stem
from explainer.compare.similarity import STOP_WORDS
from explainer.lexicon import SPEECH_WORDS
from explainer.model import DateMention, Extraction

# Hours (start, end) each part of the day covers; "before noon" ends before noon begins.
_HOURS = {
    "before noon": (6.0, 11.9),
    "in the morning": (5.0, 11.9),
    "morning": (5.0, 11.9),
    "early morning": (3.0, 8.0),
    "dawn": (4.0, 7.0),
    "midday": (11.0, 13.0),
    "noon": (11.0, 13.0),
    "afternoon": (12.0, 18.0),
    "in the afternoon": (12.0, 18.0),
    "late afternoon": (15.0, 18.0),
    "evening": (17.0, 23.0),
    "night": (19.0, 28.0),
    "after noon": (12.0, 18.0),
}
_PART = "|".join(sorted((re.escape(p) for p in _HOURS), key=len, reverse=True))
# "before noon Saturday", "at midday on Saturday", "early Saturday morning"
_BEFORE = re.compile(rf"\b(?:at\s+|in\s+the\s+)?(?P<part>{_PART})\s+(?:on\s+)?$", re.I)
# "Saturday afternoon", "Saturday, before noon"
_AFTER = re.compile(rf"^,?\s+(?:in\s+the\s+|at\s+)?(?P<part>{_PART})\b", re.I)


def daypart(d: DateMention) -> tuple[tuple[float, float], str] | None:
    """(hours, the date with its part of the day as printed), or None when no part is given."""
    text = d.sentence.text
    at = text.find(d.text)
    if at < 0:
        return None
    before = _BEFORE.search(text[:at])
    if before:
        return _HOURS[before.group("part").lower()], text[before.start() : at + len(d.text)]
    after = _AFTER.match(text[at + len(d.text) :])
    if after:
        return _HOURS[after.group("part").lower()], text[at : at + len(d.text) + after.end()]
    return None


def apart(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two parts of one day that cannot both be true."""
    return a[1] < b[0] or b[1] < a[0]


_NOT_STORY = STOP_WORDS | SPEECH_WORDS
# Opening sentences per article read for the story's own word.
LEAD = 3
_WORD = re.compile(r"\b[a-z][a-z-]{3,}\b")


def story_word(extraction: Extraction) -> str:
    """The lower-case content word (stemmed) most articles use in their headline or opening
    sentences; ties go to the one used most often, then the first in the alphabet."""
    articles: Counter = Counter()
    uses: Counter = Counter()
    for f in extraction.articles:
        told = [f.article.title or "", *(s.text for s in f.sentences[:LEAD])]
        words = [stem(w) for t in told for w in _WORD.findall(t) if w not in _NOT_STORY]
        articles.update(set(words))
        uses.update(words)
    if not articles:
        return ""
    return max(articles, key=lambda w: (articles[w], uses[w], [-ord(c) for c in w]))


def names_word(text: str, word: str) -> bool:
    return bool(word) and any(stem(w) == word for w in _WORD.findall(text.lower()))


# Verbs of an end or a departure: "opened on Monday morning" / "closed on Monday afternoon" are
# two moments of one event, not one moment told twice.
_ENDS = frozenset(
    "ended closed left finished concluded departed adjourned wrapped broke resumed".split()
)
_CUT = re.compile(r"[,;:—–()]|\b(?:but|while|when|since|after|before|until)\b", re.I)


def told_at(d: DateMention, word: str) -> str | None:
    """The words before the time of day in its clause when they name the story's own word
    ("the massive earthquake caused devastation" before "on Saturday afternoon"): what happened
    then; None otherwise."""
    found = daypart(d)
    if found is None:
        return None
    text = d.sentence.text
    at = text.find(found[1])
    cuts = [0] + [m.start() for m in _CUT.finditer(text[:at]) if m.start() < at]
    lead = text[max(cuts) : at]
    return lead if names_word(lead, word) else None


def one_moment(a: str, b: str) -> bool:
    """Whether two clauses can tell the same moment: neither, or both, name an end."""
    ends_a = bool(set(_WORD.findall(a.lower())) & _ENDS)
    return ends_a == bool(set(_WORD.findall(b.lower())) & _ENDS)


def times_of_day(extraction: Extraction, dated, parts, share) -> list[tuple[int, int]]:
    """Pairs of mentions of one day at two times of day that cannot both be true ("Saturday
    afternoon" / "before noon Saturday") whose sentences share a name and the story's own word
    (`share`: whether two sentences share a name), in different sources and not in two places
    (`dated`: (source, mention, day range); `parts`: each one's daypart or None)."""
    word = story_word(extraction)
    lead = {k: told_at(dated[k][1], word) for k, p in enumerate(parts) if p}
    timed = [k for k, t in lead.items() if t]
    out = []
    for n, i in enumerate(timed):
        for j in timed[n + 1 :]:
            (si, di, ri), (sj, dj, rj) = dated[i], dated[j]
            if si == sj or ri != rj or not apart(parts[i][0], parts[j][0]):
                continue
            if not one_moment(lead[i], lead[j]) or not share(di.sentence, dj.sentence):
                continue
            if not elsewhere(di.sentence.text, dj.sentence.text):
                out.append((i, j))
    return out

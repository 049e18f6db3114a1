"""What a number with no noun of its own measures, from the words before it (helpers for
figures.py).

Reads: a sentence's text and a NumberSpan. Produces: the subject of "X rose to N" / "X will
rise to N" / "X has risen again, to N" ("exports to the bloc"; a change "X rose 5 percent" is
"percent rise in X"), skipping a relative clause between the subject and its verb ("the toll
from the storm, which hit the coast at dawn, has passed N").
Limits: English only; no parser: the subject is a window of at most MAX_SUBJECT_WORDS words.
"""

from __future__ import annotations

import re

from explainer.extract.figures._nouns import DETS, STOP, TOKEN
from explainer.extract.figures._numbers import NumberSpan

# "X rose to N", "X will rise to N", "X stood at N", "X is N": X says what N measures.
_LOOKBACK = re.compile(
    r"(?:\b(?:has|have|had|will|would|could|may|might|is|are|was|were|to|expected|set|been)"
    r"\s+)*\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|climbed|climbs?|dropped|drops?|"
    r"reached|reach(?:es)?|stood\s+at|stands?\s+at|totall?ed|totals?|hit|hits|grew|grows?|"
    r"grown|declined|declines?|increased|increases?|decreased|decreases?|jumped|jumps?|"
    r"slipped|slips?|eased|eases?|soared|soars?|surged|surges?|plunged|plunges?|doubled|cost|"
    r"costs|was|is|were|are|numbered|amount(?:ed|s)?\s+to|(?P<over>passed|surpassed|exceeded|"
    r"topped))"
    r"(?P<adv>\s+(?:again|further|sharply|steadily|slightly|quickly|rapidly|now),?)?"
    r"(?P<prep>\s+(?:to|at|by))?\s*$"
)
# "pay will rise 6.5 percent" gives a change, not a level ("rose to 6.5 percent").
_RISE = re.compile(r"\b(?:ris|rose|climb|grew|grow|increas|jump|soar|surg|doubl)\w*\s*$")
_FALL = re.compile(r"\b(?:fell|fall|drop|declin|decreas|slip|eas|plung)\w*\s*$")
_LINKS = frozenset("to of on in from for between with among across at by per".split())
# "The number of migrants ... rose to 250,000": the head says only that it is a count
_COUNT_HEADS = frozenset("number total count tally share proportion".split())
_RELATIVE = frozenset("which that who whom whose".split())
_COPULA = re.compile(r"\b(?:was|is|were|are)\s*$")
MAX_SUBJECT_WORDS = 8
# ", which hit at dawn," right before the verb: the subject comes before it.
_REL_CLAUSE = re.compile(r",\s+(?:which|who|that)\b[^,;]*,\s*$")
# TOKEN, and a number joined to a word ("the 6.1-magnitude storm surge") as one modifier.
_TOKEN = re.compile(r"\d[\d.,]*-[A-Za-z][\w-]*|" + TOKEN.pattern)


def lookback(text: str, n: NumberSpan, stops, unit: str | None) -> str:
    """The subject of "X rose to N": its head words and one short phrase after them
    ("exports to the bloc", "tariffs on steel"), as printed; a change of it ("X rose 5
    percent", "by 5 percent") is "percent rise in X"."""
    m = _LOOKBACK.search(text[: n.start])
    if not m or (m.group("over") and re.match(r"\s*(?:to|-|–)\s*\d", text[n.end :])):
        return ""  # "passed 61 to 39" is a vote
    subject = _subject(text, m.start(), stops)
    verb = text[m.start() : next((m.start(g) for g in ("adv", "prep") if m.group(g)), m.end())]
    if not unit and _COPULA.search(verb) and not _determined(text, subject):
        return ""  # "Ilves was 78": a name and a bare number say nothing about what is counted
    change = "rise" if _RISE.search(verb) else "fall" if _FALL.search(verb) else ""
    by = (m.group("prep") or "").strip() in ("", "by")
    if subject and change and by and unit:
        return f"{unit} {change} in {subject}"
    return subject


def over_at(text: str, n: NumberSpan) -> int | None:
    """Where "passed" / "exceeded" starts before n: the figure is more than n ("the toll has
    passed 300"), printed from the verb."""
    m = re.search(r"\b(?:passed|surpassed|exceeded|topped)\s+$", text[: n.start])
    return m.start() if m and not n.qualifier else None


def _determined(text: str, subject: str) -> bool:
    """Whether the subject is a common noun phrase: after "the" / "a", or in lower case."""
    at = text.lower().find(subject.lower())
    if at < 0:
        return False
    before = text[:at].split()[-1:]
    return bool(before and before[0].lower() in DETS) or text[at].islower()


def _subject(text: str, end: int, stops, nested: bool = False) -> str:
    """The noun phrase that ends at `end` (before a verb), or before the relative clause that
    ends there ("the toll from the storm, which hit at dawn, has passed")."""
    if not nested and (rel := _REL_CLAUSE.search(text, 0, end)):
        return _subject(text, rel.start(), stops, nested=True)
    toks = list(_TOKEN.finditer(text, 0, end))
    words: list[re.Match] = []
    for t in reversed(toks):
        w = t.group().lower()
        if not t.group()[0].isalnum() or len(words) >= MAX_SUBJECT_WORDS:
            break
        if w in _RELATIVE:
            # "the toll from a storm which hit X has climbed to": X is no subject
            return "" if nested else _subject(text, t.start(), stops, nested=True)
        if w in STOP and w not in _LINKS and w not in DETS:
            break
        words.insert(0, t)
    while words and words[0].group().lower() in DETS | _LINKS:
        words.pop(0)
    link = next((k for k, t in enumerate(words) if t.group().lower() in _LINKS), len(words))
    group, phrase = words[:link], words[link:]
    if not group or any(t.group().lower() in DETS for t in group):
        return ""
    obj = [t for t in phrase[1:] if t.group().lower() not in DETS]
    longest = 3 if group[-1].group().lower() in _COUNT_HEADS else 2
    if not (1 <= len(obj) <= longest) or any(
        t.group().lower() in _LINKS or any(a <= t.start() < b for a, b in stops) for t in obj
    ):
        phrase = []
    out = [t.group() for t in group + phrase]
    if group[0].start() == 0 and out[0][1:2].islower():
        out[0] = out[0].lower()  # the sentence's first word, not a name
    return " ".join(out)

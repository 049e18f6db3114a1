"""Numbers that say what they count by the words around them, not a noun after them (helpers
for figures.py).

Reads: a sentence's text and a NumberSpan. Produces the counted noun of:
  - an age: "the 38-year-old engineer", "Ilves, 64, said", "at the age of 71", "at age 71";
  - a reading on a scale: "of magnitude 6.4" -> "magnitude", "a magnitude-6.2 tremor" ->
    "magnitude tremor";
  - a casualty count with its noun elided: "at least 21 have died in X" -> "people died in
    X", "640 were injured" -> "people injured" (only people die or are hurt; the clusters'
    convention supplies the noun);
  - "X of N": "a surplus of $9 billion" -> "dollars surplus", "a crowd of 10,000" -> "crowd",
    "the nation of 4.2 million" -> "people of the nation" (a population); not "its figure of
    3,100" (of what?).
Limits: English only; an age between commas needs a capitalised name before it and a
lower-case word after it, and is no age in a list ("Ostmark, 12, and Vell, 9").
"""

from __future__ import annotations

import re

from explainer.extract.figures._nouns import STOP
from explainer.extract.figures._numbers import NumberSpan

# A number right after these words is a reading on a scale, counted by the word.
_SCALE = re.compile(r"\b(?:(age\s+of|aged|at\s+age)|(magnitude))(?:\s+|-)$", re.IGNORECASE)
_YEAR_OLD = re.compile(r"-years?-old\b", re.IGNORECASE)
_AGE_NAME = re.compile(r"(?:^|\s)[A-ZÀ-Ý][\w’'-]*[a-zà-ÿ],\s*$")
_AGE_AFTER = re.compile(r",\s+(?!(?:and|or|but|while|with|plus|to)\b)[a-z]")
_LISTED = re.compile(r"\d[\d,.%]*,?\s+(?:(?:and|or)\s+)?\S+,\s*$")
MAX_AGE = 120
_CASUALTIES = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+)?)?(?P<verb>died|killed|injured|hurt|"
    r"wounded|(?<=are\s|ere\s)dead)\b(?P<where>\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
)
# "a surplus of $9 billion", "a crowd of 10,000": the noun before "of" is what is measured
# (two words only after a determiner: "an opening offer of", but "impose tariffs of")
_OF_WHAT = re.compile(
    r"(?:(?:^|[\s(])(?:a|an|the|its|their|his|her|our)\s+(?P<np2>[a-z][\w-]*\s+[a-z][\w-]*)"
    r"|\b(?P<np>[a-z][\w-]*))\s+of\s+$"
)
# Nouns that say only that something is a number: "its figure of 3,100" (of what?)
_VAGUE = frozenset("figure figures number total count tally sum amount level rate".split())
# Places whose bare number is their population: "the nation of 4.2 million".
_PEOPLED = frozenset("nation country city town state province region island village".split())


def age(text: str, n: NumberSpan, excluded: list[tuple[int, int]]) -> int | None:
    """Where the printed age ends, or None: "38-year-old", "Ilves, 64, said"."""
    if n.is_word or n.qualifier or n.unit or n.value != int(n.value) or n.value > MAX_AGE:
        return None
    if m := _YEAR_OLD.match(text, n.end):
        return m.end()
    if any(a < n.end and n.num_start < b for a, b in excluded):
        return None
    if _AGE_NAME.search(text, 0, n.start) and _AGE_AFTER.match(text, n.end) and not (
        _LISTED.search(text, 0, n.start)
    ):
        return n.end
    return None


def scale(text: str, n: NumberSpan) -> str:
    """ "age", "magnitude", or a magnitude with the noun it modifies ("a magnitude-6.2
    tremor"; not after "of": "a tremor of magnitude 6.4 hit"); "" when on no scale."""
    m = _SCALE.search(text, 0, n.start)
    if not m:
        return ""
    if m.group(1):
        return "age"
    word = m.group(2).lower()
    if re.search(r"\bof\s+$", text[: m.start()]):
        return word
    nxt = re.match(r"\s+([a-z]+)\b", text[n.end :])
    return f"{word} {nxt.group(1)}" if nxt and nxt.group(1) not in STOP else word


def casualties(text: str, n: NumberSpan) -> str:
    """ "people died in X" for "21 have died in X"; "" otherwise."""
    m = _CASUALTIES.match(text, n.end)
    return f"people {m.group('verb')}{m.group('where') or ''}" if m else ""


def of_what(text: str, n: NumberSpan, unit: str | None) -> str:
    """ "an opening offer of 4.5 percent" -> "percent opening offer"; "a crowd of 10,000" ->
    "crowd"; "the nation of 4.2 million" -> "people of the nation"."""
    m = _OF_WHAT.search(text[: n.start])
    if not m:
        return ""
    words = (m.group("np2") or m.group("np")).split()
    if any(w.lower() in STOP for w in words) or words[-1].lower() in _VAGUE:
        return ""
    if not unit and not n.unit and len(words) == 1 and words[0].lower() in _PEOPLED:
        return f"people of the {words[0]}"
    return " ".join([unit, *words] if unit else words)

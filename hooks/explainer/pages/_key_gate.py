"""Whether a figure can stand as a key figure, and what noun phrase it counts.

Reads: a Figure and its sentence. Produces: `reason_left_out` (why a figure is no key figure,
or None), `head` and `phrase` (the noun it counts, and the rest of what is counted, as stems),
`counted` (what it counts, as shown).
Limits: English. The counted noun must be printed next to the figure (the figures stage
sometimes carries a noun over from elsewhere in the sentence: "at age 64" read as "64
months"); a unit that measures (hours, miles, dollars, percent) says what is measured only
with more words; a rank ("the three biggest carriers") and a number in a name ("Group of 7")
are no measures. A compound's last part is its head ("airstrikes", "strikes").
"""

from __future__ import annotations

import re
from functools import lru_cache

from explainer.compare import CASUALTY_UNITS, PEOPLE, quoted, unit_of
from explainer.compare import same as _same
from explainer.compare.similarity import STOP_WORDS
from explainer.model import Figure

# The counted noun follows the figure as printed ("2,300 workers"), or stands within NOUN_BEFORE
# words before it ("the death toll had reached 412"). One word after: "at age 64 after 18
# months" must not count "64" in months.
NOUN_AFTER = 1
NOUN_BEFORE = 3
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# Units that measure rather than count: a figure in one of them says what it is only with more
# words ("six hours" of what, "30 kilometres" from where, "$2 million" for what).
MEASURE_UNITS = frozenset(
    """second minute hour day week month year decade century mile kilometer kilometre km
    meter metre feet foot yard inch hectare acre ton tonne kilogram kg pound gram liter litre
    gallon barrel dollar euro yen yuan rupee franc percent point degree""".split()
)
# Symbols that print the unit ("62%", "$2 million").
_SYMBOLS = {"%": "percent", "$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
_RANK = frozenset(
    "largest biggest highest lowest smallest richest poorest busiest oldest youngest longest "
    "tallest deadliest worst best top leading most least first last".split()
)
# Words the figures stage leaves at the end of "what is counted" that say nothing about it.
_VAGUE = frozenset("including compared reported according".split())
# Words in "what is counted" that say nothing about what (prepositions, articles, vague verbs).
_EMPTY = STOP_WORDS | _VAGUE | frozenset("per cent".split())
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+ of\s*$")
# A cluster's vocabulary is small next to its figures: each word is stemmed once.
same = lru_cache(maxsize=None)(_same)


def norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower())) or text


def counted(fig: Figure) -> str:
    """What the figure counts, as shown: its counts phrase without the vague words that end it
    ("percent of seats compared" -> "percent of seats")."""
    words = fig.counts.split()
    while words and words[-1].lower() in _VAGUE:
        words.pop()
    return " ".join(words)


def words(fig: Figure) -> list[str]:
    """What the figure counts, as stems, its unit first."""
    out = []
    for w in [fig.unit or "", *_WORD.findall(fig.counts)]:
        if w and w.lower() not in _EMPTY and same(w) not in out:
            out.append(same(w))
    return out


def one(a: str, b: str) -> bool:
    """The same word, or one the last part of the other ("strikes", "airstrikes")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.endswith(b) or b.endswith(a)))


def head(fig: Figure, counted_words: list[str] | None = None) -> str:
    """The noun a figure counts: "death" for a casualty count, else its first counted word.
    `counted_words`: `words(fig)`, when the caller has them."""
    unit = unit_of(fig)
    for key, casualty in CASUALTY_UNITS.items():
        if unit == casualty:
            return key  # as `same` spells it: "death", "injur"
    found = words(fig) if counted_words is None else counted_words
    return found[0] if found else unit


def names(fig: Figure) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(fig.counts) if w[:1].isupper())


_FOLDED = frozenset({same(w) for w in PEOPLE} | set(CASUALTY_UNITS))


def phrase(
    fig: Figure, counted_words: list[str] | None = None, known_head: str | None = None
) -> tuple[str, frozenset[str]]:
    """The noun phrase a line stands for: its head and the other words of what is counted
    (casualty words and people folded into the head)."""
    found = words(fig) if counted_words is None else counted_words
    h = head(fig, found) if known_head is None else known_head
    rest = {w for w in found if not one(w, h)}
    if h in CASUALTY_UNITS:
        rest -= _FOLDED
    return h, frozenset(rest)


def _printed_noun(fig: Figure) -> bool:
    """The counted noun is printed next to the figure (or in it)."""
    words = [w for w in _WORD.findall(fig.counts) if w.lower() not in _EMPTY]
    if not words:
        return False
    text, at = fig.sentence.text, fig.sentence.text.find(fig.text)
    if at < 0:
        return False
    before = _WORD.findall(text[:at])[-NOUN_BEFORE:]
    after = _WORD.findall(text[at + len(fig.text) :])[:NOUN_AFTER]
    near = _WORD.findall(fig.text) + before + after
    near = {same(w) for w in near} | {same(u) for k, u in _SYMBOLS.items() if k in fig.text}
    return any(one(same(words[0]), n) or same(words[0]) in n for n in near)


def _singular(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def reason_left_out(fig: Figure, said: tuple[str, ...] = ()) -> str | None:
    """Why a figure is no key figure, or None. `said`: the quotations of its sentence."""
    if quoted(fig.sentence, fig.text, said):
        return "in a quotation"
    if not _printed_noun(fig):
        return "no counted noun next to it"
    counted = [w.lower() for w in _WORD.findall(fig.counts) if w.lower() not in _EMPTY]
    if {_singular(w) for w in counted} <= MEASURE_UNITS:
        return "a measure without what it measures"
    at = fig.sentence.text.find(fig.text)
    after = _WORD.findall(fig.sentence.text[at + len(fig.text) :])[:1] if at >= 0 else []
    if _RANK & set(counted) or _RANK & {w.lower() for w in after}:
        return "a rank"
    if _NAME_BEFORE.search(fig.sentence.text[: max(at, 0)]):
        return "part of a name"
    return None

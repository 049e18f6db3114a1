"""Figures: numbers in the text together with what they count.

Reads: one article's sentences. Produces: `Figure`s: the value as printed (`text`, qualifier
included) and normalised (`value`: "2,800" -> 2800, "30 thousand" -> 30000, "nine" -> 9), the
qualifier ("nearly", "at least" ...), the unit or counted noun head ("percent", "tons",
"people") and `counts`, the counted noun phrase:
  - the words after the number up to a function word: "36 known strikes" -> "known strikes";
    a run of capitalised words is one of them ("three Royal Navy supply ships");
  - its "of" complement: "2,800 tons of cocaine" -> "tons of cocaine";
  - a passive participle that follows: "... had been seized" -> "tons of cocaine seized";
  - with no noun after the number, or only a unit of measure ("3.2 million tonnes"), the
    subject of "X rose/reached/fell to N": "turnout", "exports to the bloc" (a change, "X
    rose 5 percent", is "percent rise in X"; "has passed N" is more than N), or the noun of
    "X of N" ("a surplus of $9 billion" -> "dollars surplus", "a crowd of 10,000"); an age,
    a reading on a scale, a casualty count ("21 have died" -> "people died"):
    _figure_readings.py; a figure it is compared with ("up from 48 percent") measures the
    same thing as the one before it;
  - lists inherit the noun of the figure before them plus their own qualifying phrase:
    "810 extraditions ... 760 under X, 751 in Y's term" -> "extraditions under X", ...
  - a count in a hyphenated modifier: "a four-day strike" -> "days of strike" (unit days),
    "a 40-strong unit" -> "members of team";
  - a "label: number" line: "Turnout: 61.2%" -> "turnout" (_figure_shapes.py);
  - a part of a whole or the low end of a range takes the noun of the number after it:
    "2,200 of the plant's 3,400 workers", "between 30 and 40 people";
  - a share: "nearly half of the 900 delegates" (0.5), "one in five voters" (0.2), unit
    "fraction", counting the whole's noun.
A number with no counted noun and nothing to inherit is not reported: a counted noun is right
or absent, never a guess.

Not figures: years, times, numbers inside dates ("May 31", "the March 9 deadline", "Tuesday
(3)"), ordinals ("2nd", "first"), labels ("number 1 ally", "Article 5", "Number 10", "the Council
of 12"), "the two countries" and "the region's two largest parties" (a reference, not a count),
hyphenated words that count nothing ("three-time", "two-thirds" is a share), "one" except
after a qualifier or before a passive ("at least one guard", "One ferry was sunk").
Not data either (noise in a table of figures): a number in quotation marks (“nine” rating, or
inside a quoted sentence: the words of a speaker, reported as a quote); a small number word
counting a discourse noun ("three key lessons", "two reasons": the article's own structure); a
span of time in a "first / worst ... in N years" comparison ("for the first time in three
decades": rhetoric, not a duration) or anchoring when ("Thirty years after first taking office").

Limits: English (es, pt: _cued.py); no parser, so the noun phrase is a window of words, too long
or too short at times; vague amounts ("thousands", "a handful") are not read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from explainer.extract.dates import find_spans
from explainer.extract.figures import _cued as cued
from explainer.extract.figures import _readings as readings
from explainer.extract.figures import _shapes as shapes
from explainer.extract.figures._nouns import (
    MEASURE_UNITS,
    STOP,
    TIME_UNITS,
    counted,
    noun_of,
    noun_window,
    percent_noun,
    words,
)
from explainer.extract.figures._numbers import NumberSpan, find_numbers, find_ones
from explainer.extract.figures._subjects import lookback, over_at
from explainer.extract.quotes import quote_spans, word_count
from explainer.model import Figure, Sentence

# Longest qualifying phrase a list member keeps ("in Álvaro Uribe’s second term").
MAX_LIST_PHRASE_WORDS = 7

_FUNCTION = frozenset(
    """the a an at in on for of by from with and but only to up under between after before
    since during until another all its their his her our just than more less fewer least most
    over some about around nearly almost roughly approximately as no""".split()
)
_REFERENCE = frozenset("the these those both all".split())
# Nouns that count parts of an argument, not things in the world. Only with a number word
# below ten: "10 questions were filed" may be data, "three lessons" is a list heading.
_DISCOURSE = frozenset(
    """lessons lesson reasons ways things questions points takeaways factors options scenarios
    issues pillars priorities principles challenges themes ideas aspects conclusions messages
    observations signs truths rules words steps keys tips facts myths mistakes""".split()
)
MAX_DISCOURSE_NUMBER = 9  # "nine reasons" is a listicle; "twelve questions" is rarer: kept
# The number alone between quotation marks (the span may or may not include the marks).
_QUOTED = re.compile(r"^.?[“\"‘][^“”\"‘’\s]+(?:\s[^“”\"‘’\s]+)?[”\"’].?$")
# "for the first time in three decades", "the worst drought in 20 years": the span of time
# only sets up a comparison.
_COMPARISON_IN = re.compile(
    r"\b(?:(?:first|only|last)\s+(?:time\s+)?|(?:\w{3,}est|worst|best)\s+(?:\w+\s+){0,3}"
    r"|most\s+\w+\s+(?:\w+\s+){0,3})in\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?$",
    re.IGNORECASE,
)
_ANCHOR = re.compile(r"\s+(?:after|before|later|earlier)\b", re.IGNORECASE)
_LABEL_WORDS = frozenset({"number", "no", "no.", "#", "nº"})
# A time: "11:20", "9 p.m.". With a dot ("10.45 GMT") only before a clock word or a time zone:
# "12.35 percent", "4.15 million", "31.08%" are decimals.
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock)"
    r"|\b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?:[ap]\.?m\b|[ap]\.m\.|hrs?\b|h\b|local\b"
    r"|(?-i:[A-Z]{1,3}T|UTC|IST)))",
    re.IGNORECASE,
)
# "up from 48 percent", "from 3.4% in February": the same measure as the figure before it.
_COMPARED = re.compile(r"\b(?:(?:up|down)\s+)?from\s*$|\bcompared\s+(?:with|to)\s*$", re.I)
_LIST_SEP = re.compile(r"[,;:—–]|\b(?:and|to|including)\b|\s/\s")
_PHRASE_END = re.compile(r"[,;.:—–()]|\s(?:and|or|while|but)\s")


def _excluded(text: str) -> list[tuple[int, int]]:
    spans = [(d.start, d.end) for d in find_spans(text)]
    spans += [(m.start(), m.end()) for m in _TIME.finditer(text)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"\(\s*\d{1,2}\s*\)", text)]
    return spans


def _not_a_figure(n: NumberSpan, text: str, excluded: list[tuple[int, int]]) -> bool:
    if any(a < n.end and n.num_start < b for a, b in excluded):
        return True
    if n.is_year_like and not n.qualifier:
        return True
    if re.match(r"-[A-Za-z]", text[n.end:]):
        return True  # a hyphenated word that counts nothing: "45-year-old" (see _compound)
    before = text[: n.start].rstrip(" “\"‘'")
    prev = before.split()[-1] if before.split() else ""
    if prev.lower() in _LABEL_WORDS or before.endswith("#"):
        return True
    if n.is_word and not n.qualifier and (
        prev.lower() in _REFERENCE or re.search(r"[’']s$", prev)
    ):
        return True  # "the two countries", "the region's two parties": a reference, no count
    if re.search(r"\S\s+[A-Z][a-z]+\s+of\s*$", before) and not (n.qualifier or n.unit):
        return True  # a name: "the Council of 12", "the Board of Nine"
    if prev[:1].isupper() and prev[-1:].isalnum() and prev.lower() not in _FUNCTION and (
        not n.qualifier and not n.unit
    ) and not re.search(r"[’']s$", prev):
        return True  # a label: "Article 5", "Number 10", "Boeing 737" (not "Vell 47.6%")
    return False


def _not_data(n: NumberSpan, text: str, unit: str | None, end: int) -> bool:
    """A figure in form, but noise in a table of data (see the module docstring)."""
    if _QUOTED.match(text[max(0, n.start - 1) : n.end + 1]):
        return True
    if any(q.start < n.num_start < q.end and word_count(q.text) >= 3 for q in quote_spans(text)):
        return True  # inside a quoted sentence: the speaker's words
    head = (unit or "").lower()
    if n.is_word and n.value <= MAX_DISCOURSE_NUMBER and head in _DISCOURSE:
        return True
    if head in TIME_UNITS and _ANCHOR.match(text, max(end, n.end)):
        return True  # "Thirty years after first taking office": when, not how long
    return head in TIME_UNITS and bool(_COMPARISON_IN.search(text[: n.start]))


def _list_phrase(text: str, n: NumberSpan) -> str:
    rest = text[n.end:]
    cut = _PHRASE_END.search(rest)
    words = (rest[: cut.start()] if cut else rest).split()
    return " ".join(words[:MAX_LIST_PHRASE_WORDS])


def _member(phrase: str) -> bool:
    """A list member's own phrase opens with a function word ("12 in the north", "300 more in
    the capital"), or there is none: "250 trained Rescue staff" is no member of a list."""
    return not phrase or phrase.split()[0].lower() in STOP


def _compound(text: str, n: NumberSpan, stops) -> tuple[str, str | None, int] | None:
    """ "a four-day strike" -> ("days of strike", "days", end of "four-day")."""
    got = shapes.compound(text, n.end)
    if got is None:
        return None
    reads, unit, end = got
    toks = words(text, end)
    noun, _, _ = noun_window(toks, 0, False, stops)
    if not noun and (r := shapes.name_run(toks, 0, STOP)):
        noun = [text[toks[0].start() : toks[r - 1].end()]]  # "a 40-strong Coast Guard Unit"
    elif not noun or not noun[-1][:1].islower():
        return None
    if reads == "on":
        return f"{text[n.num_start:end]} {' '.join(noun)}", None, end
    if unit in shapes.UNCOUNTABLE:
        return f"{reads} {' '.join(noun)}", unit, end
    return f"{reads} of {' '.join(noun)}", unit, end


def _figures_in(s: Sentence) -> list[Figure]:
    text = s.text
    excluded = _excluded(text)
    shares = shapes.fractions(text)
    # (NumberSpan, counts, unit, printed end); counts "" for now when it has no noun
    items: list[list] = []
    last: tuple[str, str | None, NumberSpan] | None = None  # noun, unit, number it came from
    taken = 0  # end of the last hyphenated count ("two-on-two" holds a second number)
    for n in sorted(find_numbers(text) + find_ones(text), key=lambda n: n.start):
        if n.num_start < taken or any(a <= n.num_start < b for a, b, _, _, _ in shares):
            continue
        if (age := readings.age(text, n, excluded)) is not None:
            items.append([n, "age", None, age])
            continue
        if text[n.end : n.end + 1] == "-" and not any(
            a < n.end and n.num_start < b for a, b in excluded
        ) and (got := _compound(text, n, excluded)):
            counts, unit, taken = got
            items.append([n, counts, unit, taken])
            continue
        if _not_a_figure(n, text, excluded):
            continue
        if scale := readings.scale(text, n):
            items.append([n, scale, None, n.end])
            continue
        counts, unit, end = counted(text, n, excluded)
        is_measure = n.unit is not None or counts.lower() in MEASURE_UNITS
        bare_unit = is_measure and counts.lower() == (unit or "").lower()
        if (not counts or bare_unit) and (lab := shapes.label(text, n.start, n.end, STOP)):
            counts = lab[0] + shapes.parenthetical(text, n.end)
            unit = n.unit or lab[1]
            last = (lab[0], unit, n)
            items.append([n, counts, unit, end])
            continue
        if (not counts or bare_unit) and (back := lookback(text, n, excluded, unit)):
            counts = back
            if (at := over_at(text, n)) is not None:
                n = replace(n, start=at, qualifier="more than")
        elif bare_unit and last and _COMPARED.search(text[last[2].end : n.start]):
            counts = last[0]
        elif (not counts or bare_unit) and (
            of := readings.of_what(text, n, unit if bare_unit else None)
        ):
            counts = of  # "a surplus of about $9 billion", "tariffs of up to 25 percent"
        elif bare_unit and (pct := percent_noun(text, n, excluded)):
            counts = pct
        elif not counts and (hurt := readings.casualties(text, n)):
            counts, unit = hurt, "people"  # "at least 21 have died in X": only people die
        elif not counts and last and _LIST_SEP.search(text[last[2].end : n.start]) and (
            _member(_list_phrase(text, n))
        ):
            phrase = _list_phrase(text, n) or shapes.parenthetical(text, n.end).strip()
            counts = f"{last[0]} {phrase}".strip()
            unit = last[1]
        elif bare_unit and last and last[1] == unit and last[0] != unit and (
            _LIST_SEP.search(text[last[2].end : n.start]) and not _list_phrase(text, n)
        ):
            counts = last[0]  # "won 58.5% of the vote to X's 41.5%"
        if n.is_word and n.value == 1 and not n.qualifier and noun_of(counts) == counts:
            counts = ""  # a bare "one" counts only before a passive: "One ferry was sunk"
        items.append([n, counts, unit, end])
        if not counts:
            continue
        if not (last and counts.startswith(last[0] + " ")):
            last = (noun_of(counts), unit, n)
        else:
            last = (last[0], last[1], n)
    # A number with no noun of its own: a part of the next one's whole, or a range's low end.
    for k in range(len(items) - 2, -1, -1):
        item, nxt = items[k], items[k + 1]
        if item[1] or not nxt[1]:
            continue
        how = shapes.between(text, item[0], nxt[0])
        if how == "part":
            item[1], item[2] = noun_of(nxt[1]), nxt[2]
        elif how == "range":
            item[1], item[2] = nxt[1], nxt[2]
    out = [
        (n.start, Figure(text[n.start : max(end, n.end)].strip(" ,"), n.value, n.qualifier,
                         unit, counts, s))
        for n, counts, unit, end in items
        if counts and not _not_data(n, text, unit, end)
    ]
    out += [(f[0], f[1]) for f in _shares(s, shares, items, excluded)]
    return [f for _, f in sorted(out, key=lambda x: x[0])]


# What may stand between a share and its whole: "half of the plant's 900 workers".
_OWNER = re.compile(
    r"(?:(?:the|its|their|his|her|our|this|these|those)\s+)?(?:[A-Za-zÀ-ÿ][\w-]*[’']s\s+)?"
)


def _shares(s: Sentence, shares, items, stops):
    """Figures for "nearly half of the 900 delegates", "one in five voters"."""
    text = s.text
    for start, frac_end, end, value, qual in shares:
        at = end + _OWNER.match(text, end).end() - end
        whole = next((it for it in items if it[0].start == at and it[1]), None)
        if whole is not None:
            counts = noun_of(whole[1])
        else:
            noun, _, _ = noun_window(words(text, at), 0, False, stops)
            counts = " ".join(noun)
        if counts and counts.split()[-1].lower() not in TIME_UNITS:
            yield start, Figure(text[start:frac_end], value, qual, "fraction", counts, s)


def find_figures(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[Figure]:
    out: list[Figure] = []
    for s in sentences:  # es / pt: the same Figure fields from the language's cue lists
        out.extend(cued.figures_in(s) if cued.described(s.lang) else _figures_in(s))
    return out

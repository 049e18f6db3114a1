"""Figures: numbers in the text together with what they count.

Reads: one article's sentences. Produces: `Figure`s: the value as printed (`text`, qualifier
included) and normalised (`value`: "2,800" -> 2800, "30 thousand" -> 30000, "nine" -> 9), the
qualifier ("nearly", "at least" ...), the unit or counted noun head ("percent", "tons",
"people") and `counts`, the counted noun phrase:
  - the words after the number up to a function word: "36 known strikes" -> "known strikes";
  - its "of" complement: "2,800 tons of cocaine" -> "tons of cocaine";
  - a passive participle that follows: "... had been seized" -> "tons of cocaine seized";
  - with no noun after the number, or only a unit of measure ("3.2 million tonnes"), the
    subject of "X rose/reached/fell to N": "turnout", "soybean exports"; a figure it is
    compared with ("up from 48 percent") measures the same thing as the one before it;
  - lists inherit the noun of the figure before them plus their own qualifying phrase:
    "810 extraditions ... 760 under X, 751 in Y's term" -> "extraditions under X", ...
A number with no counted noun and nothing to inherit is not reported.

Not figures: years, times, numbers inside dates ("May 31", "Tuesday (3)"), ordinals ("2nd",
"first"), labels ("number 1 ally", "Article 5", "Number 10"), "the two countries" (a
reference, not a count), hyphenated modifiers ("a two-year delay", "45-year-old"), "one".
Not data either (noise in a table of figures): a number in quotation marks (“nine” rating: the
words of a speaker, reported as a quote); a small number word counting a discourse noun ("three
key lessons", "two reasons": the article's own structure); a span of time in a "first / worst
... in N years" comparison ("for the first time in three decades": rhetoric, not a duration).

Limits: English only; no parser, so the noun phrase is a window of words and can be too long
or too short; fractions ("half", "a third") and vague amounts ("thousands") are not read.
"""

from __future__ import annotations

import re

from ._date_grammar import find_spans
from ._numbers import NumberSpan, find_numbers
from .model import Figure, Sentence

# Longest counted-noun window after a number: "36 known drug strikes". Three covers every
# noun phrase in the seeds; longer windows started swallowing verbs.
MAX_NOUN_WORDS = 3
# Longest qualifying phrase a list member keeps ("in Álvaro Uribe’s second term").
MAX_LIST_PHRASE_WORDS = 7

_STOP = frozenset(
    """a an the this that these those its their his her our your my of in on at for from to by
    with under over into onto across between against during since until after before than as
    per via among about around and or but nor while whereas because although if so yet
    have has had having is are was were be been being will would could can may might must
    shall should do does did not no who whom which whose what when where why how it they we he
    she there here each every both all some any more most less least such own also only just
    even still very according said says say reported along near across beside behind beyond
    inside outside throughout toward towards within without above below through upon""".split()
)
_FUNCTION = frozenset(
    """the a an at in on for of by from with and but only to up under between after before
    since during until another all its their his her our just than more less fewer least most
    over some about around nearly almost roughly approximately as no""".split()
)
_AUX = frozenset("have has had is are was were be been being".split())
_PARTICLES = frozenset("out up off down away".split())
_IRREGULAR = frozenset(
    """killed held taken sold built made lost found grown shot hit caught born done seen given
    spent paid won cut put set kept sent brought bought left hurt struck stolen driven written
    thrown beaten""".split()
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
_TIME_UNITS = frozenset(
    "days weeks months years decades centuries generations day week month year decade".split()
)
# "for the first time in three decades", "the worst drought in 20 years": the span of time
# only sets up a comparison.
# The number alone between quotation marks (the span may or may not include the marks).
_QUOTED = re.compile(r"^.?[“\"‘][^“”\"‘’\s]+(?:\s[^“”\"‘’\s]+)?[”\"’].?$")
_COMPARISON_IN = re.compile(
    r"\b(?:(?:first|only|last)\s+(?:time\s+)?|(?:\w{3,}est|worst|best)\s+(?:\w+\s+){0,3}"
    r"|most\s+\w+\s+(?:\w+\s+){0,3})in\s+(?:(?:more than|over|nearly|almost|about|some)\s+)?$",
    re.IGNORECASE,
)
_LABEL_WORDS = frozenset({"number", "no", "no.", "#", "nº"})
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*|[^\w\s]")
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o[’']clock)", re.IGNORECASE
)
_LOOKBACK = re.compile(
    r"(?P<subj>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+"
    r"(?:rose|fell|climbed|dropped|reached|stood\s+at|totall?ed|hit|grew|declined|increased|"
    r"decreased|jumped|slipped|eased|soared|surged|plunged|doubled|cost|costs|was|is|were|are)"
    r"(?:\s+(?:to|at|by))?\s*$"
)
# Units of measure: a figure counting only its unit ("3.2 million tonnes") says what it measures
# through the subject ("Soybean exports fell to ...") or the figure it is compared with.
_MEASURE_UNITS = frozenset(
    """tonnes tons barrels hectares acres kilometres kilometers miles metres meters litres liters
    gallons kilograms kilos pounds euros dollars points degrees""".split()
)
# "up from 48 percent", "from 3.4% in February": the same measure as the figure before it.
_COMPARED = re.compile(r"\b(?:(?:up|down)\s+)?from\s*$|\bcompared\s+(?:with|to)\s*$", re.I)
_LIST_SEP = re.compile(r"[,;:—–]|\band\b|\bto\b")
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
        return True  # hyphenated modifier: "two-year delay", "45-year-old"
    before = text[: n.start].rstrip(" “\"‘'")
    prev = before.split()[-1] if before.split() else ""
    if prev.lower() in _LABEL_WORDS or before.endswith("#"):
        return True
    if n.is_word and prev.lower() in _REFERENCE and not n.qualifier:
        return True
    if prev[:1].isupper() and prev[-1:].isalnum() and prev.lower() not in _FUNCTION and (
        not n.qualifier
    ):
        return True  # a label: "Article 5", "Number 10", "Boeing 737"
    return False


def _not_data(n: NumberSpan, text: str, unit: str | None) -> bool:
    """A figure in form, but noise in a table of data (see the module docstring)."""
    if _QUOTED.match(text[max(0, n.start - 1) : n.end + 1]):
        return True
    head = (unit or "").lower()
    if n.is_word and n.value <= MAX_DISCOURSE_NUMBER and head in _DISCOURSE:
        return True
    return head in _TIME_UNITS and bool(_COMPARISON_IN.search(text[: n.start]))


def _words(text: str, pos: int) -> list[re.Match]:
    return list(_TOKEN.finditer(text, pos))


def _is_participle(word: str, after_aux: bool = True) -> bool:
    w = word.lower()
    # Without "have/were ..." an irregular form is as likely active ("farmers lost their
    # harvest"), so it only counts after an auxiliary.
    return (w.endswith("ed") and len(w) > 4) or (after_aux and w in _IRREGULAR)


def _noun_window(
    toks: list[re.Match], i: int, allow_det: bool, stops: list[tuple[int, int]]
) -> tuple[list[str], int, int]:
    """Words of a noun phrase starting at toks[i]: (words, next index, end char)."""
    words: list[str] = []
    end = toks[i - 1].end() if i else 0
    if allow_det and i < len(toks) and toks[i].group().lower() in {"the", "a", "an", "its",
                                                                     "their", "his", "her"}:
        words.append(toks[i].group())
        end = toks[i].end()
        i += 1
    start_len = len(words)
    while i < len(toks) and len(words) - start_len < MAX_NOUN_WORDS:
        w = toks[i].group()
        if not w[0].isalpha() or w.lower() in _STOP:
            break
        if any(a <= toks[i].start() < b for a, b in stops):
            break  # "300 engineers next year": a date ends the noun phrase
        if w[0].isupper():
            nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
            nxt_ok = nxt[:1].islower() and nxt.lower() not in _STOP
            if not (len(words) == start_len and nxt_ok) and not allow_det:
                break
        if len(words) > start_len and _is_participle(w) and not allow_det:
            break
        words.append(w)
        end = toks[i].end()
        i += 1
    if len(words) == start_len:
        return [], i, end
    return words, i, end


def _counted(
    text: str, n: NumberSpan, stops: list[tuple[int, int]]
) -> tuple[str, str | None, int]:
    """(counts, unit, end of printed text) for the words after number n."""
    toks = _words(text, n.end)
    i = 0
    base: list[str] = []
    unit = n.unit
    end = n.end
    if unit is None:
        base, i, end = _noun_window(toks, 0, False, stops)
        if not base:
            return "", None, n.end
        unit = base[-1]
    else:
        base = [unit]
    if i < len(toks) and toks[i].group().lower() == "of":
        comp, j, _ = _noun_window(toks, i + 1, True, stops)
        if comp and comp[-1].lower() not in {"the", "a", "an"}:
            base += ["of", *comp]
            i = j
    j = i
    while j < len(toks) and toks[j].group().lower() in _AUX:
        j += 1
    participle = j < len(toks) and _is_participle(toks[j].group(), after_aux=j > i)
    if participle and toks[j].group()[0].islower():
        base.append(toks[j].group())
        if j + 1 < len(toks) and toks[j + 1].group().lower() in _PARTICLES:
            base.append(toks[j + 1].group())
    return " ".join(base), unit, end


def _lookback(text: str, n: NumberSpan) -> str:
    m = _LOOKBACK.search(text[: n.start])
    if not m:
        return ""
    words = [w for w in m.group("subj").split() if w.lower() not in _STOP]
    return " ".join(words).lower() if words else ""


def _list_phrase(text: str, n: NumberSpan) -> str:
    rest = text[n.end:]
    cut = _PHRASE_END.search(rest)
    words = (rest[: cut.start()] if cut else rest).split()
    return " ".join(words[:MAX_LIST_PHRASE_WORDS])


def _figures_in(s: Sentence) -> list[Figure]:
    text = s.text
    excluded = _excluded(text)
    out: list[Figure] = []
    last: tuple[str, str | None, NumberSpan] | None = None  # noun, unit, number it came from
    for n in find_numbers(text):
        if _not_a_figure(n, text, excluded):
            continue
        counts, unit, end = _counted(text, n, excluded)
        is_measure = n.unit is not None or counts.lower() in _MEASURE_UNITS
        bare_unit = is_measure and counts.lower() == (unit or "").lower()
        if (not counts or bare_unit) and (back := _lookback(text, n)):
            counts = back
        elif bare_unit and last and _COMPARED.search(text[last[2].end : n.start]):
            counts = last[0]
        elif not counts and last and _LIST_SEP.search(text[last[2].end : n.start]):
            phrase = _list_phrase(text, n)
            counts = f"{last[0]} {phrase}".strip()
            unit = last[1]
        if not counts or _not_data(n, text, unit):
            continue
        printed = text[n.start : max(end, n.end)].strip(" ,")
        out.append(Figure(printed, n.value, n.qualifier, unit, counts, s))
        if not (last and counts.startswith(last[0] + " ")):
            noun = counts
            for aux_word in counts.split()[1:]:
                if _is_participle(aux_word):
                    noun = counts[: counts.index(" " + aux_word)]
                    break
            last = (noun, unit, n)
        else:
            last = (last[0], last[1], n)
    return out


def find_figures(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[Figure]:
    out: list[Figure] = []
    for s in sentences:
        out.extend(_figures_in(s))
    return out

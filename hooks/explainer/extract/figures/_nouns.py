"""The noun phrase a number counts (helpers for figures.py).

Reads: a sentence's text and a NumberSpan. Produces: the words after the number up to a
function word ("36 known strikes" -> "known strikes"), its "of" complement ("tons of cocaine"),
an amount of money's "in" complement ("$2.8 billion in industrial exports"), a passive
participle after it ("... had been seized"), a run of capitalised words as one word of the
phrase ("three Royal Navy supply ships"). The subject of "X rose to N" is
_figure_subjects.py.
Limits: English only; no parser, so a noun phrase is a window of words; an "-ed" word with no
auxiliary is read as a passive only before a phrase of place, agent or time.
"""

from __future__ import annotations

import re

from explainer.extract.figures import _shapes as shapes
from explainer.extract.figures._numbers import NumberSpan

# Longest counted-noun window after a number: "36 known drug strikes". Three covers every
# noun phrase in the seeds; longer windows started swallowing verbs.
MAX_NOUN_WORDS = 3
STOP = frozenset(
    """a an the this that these those its their his her our your my of in on at for from to by
    with under over into onto across between against during since until after before than as
    per via among about around and or but nor while whereas because although if so yet
    have has had having is are was were be been being will would could can may might must
    shall should do does did not no who whom which whose what when where why how it they we he
    she there here each every both all some any more most less least such own also only just
    even still very according said says say reported along near across beside behind beyond
    inside outside throughout toward towards within without above below through upon off out
    up down away including excluding plus""".split()
)
# Plurals without an "s": after a plural the next word is more likely a verb ("jobs depend").
_PLURALS = frozenset("people police children men women staff personnel".split())
# Words after an "-ed" first word that make it the verb: "12 arrived later".
_NOT_NOUNS = frozenset(
    "later earlier again together today tonight yesterday overnight home".split()
)
_AUX = frozenset("have has had is are was were be been being".split())
_PARTICLES = frozenset("out up off down away".split())
_IRREGULAR = frozenset(
    """killed held taken sold built made lost found grown shot hit caught born done seen given
    spent paid won cut put set kept sent brought bought left hurt struck stolen driven written
    thrown beaten sunk stuck hung led swept""".split()
)
TIME_UNITS = frozenset(
    "days weeks months years decades centuries generations day week month year decade".split()
)
TOKEN = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*|[^\w\s]")
DETS = frozenset("the a an".split())
# Units of measure: a figure counting only its unit ("3.2 million tonnes") says what it measures
# through the subject ("Soybean exports fell to ...") or the figure it is compared with.
MEASURE_UNITS = frozenset(
    """tonnes tons barrels hectares acres kilometres kilometers miles metres meters litres liters
    gallons kilograms kilos pounds euros dollars points degrees yen yuan rupees pesos francs
    roubles rubles""".split()
)
_CURRENCIES = frozenset("pounds euros dollars yen yuan rupees pesos francs roubles rubles".split())
# After "N percent", words that say when or how, not what: "3 percent year-on-year".
_NOT_AFTER_PERCENT = frozenset(
    """higher lower bigger smaller cheaper faster slower greater overall annually respectively
    year-on-year month-on-month""".split()
)
# Without an auxiliary, "-ed" after the noun is a reduced passive only before a phrase of
# place, agent or time ("tons of cocaine seized in 2025", "people arrested outside"); before an
# object, a complement or the end it is the main verb: "60 members voted for", "workers joined
# the", "voters abstained."
_PASSIVE_NEXT = frozenset(
    """in by at during since from over across near after before between under outside inside
    last this""".split()
)
def words(text: str, pos: int) -> list[re.Match]:
    return list(TOKEN.finditer(text, pos))


def is_participle(word: str, after_aux: bool = True) -> bool:
    w = word.lower()
    # Without "have/were ..." an irregular form is as likely active ("farmers lost their
    # harvest"), so it only counts after an auxiliary.
    return (w.endswith("ed") and len(w) > 4) or (after_aux and w in _IRREGULAR)


def noun_window(
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
        if not w[0].isalpha() or w.lower() in STOP:
            break
        if any(a <= toks[i].start() < b for a, b in stops):
            break  # "300 engineers next year": a date ends the noun phrase
        if w[0].isupper() and not allow_det and (r := _name_before_noun(toks, i, words, start_len)):
            words.append(toks[i].string[toks[i].start() : toks[r - 1].end()])
            end, i = toks[r - 1].end(), r
            continue
        if w[0].isupper() and not allow_det and len(words) == start_len and (
            r := _designation(toks, i)
        ):
            words.append(toks[i].string[toks[i].start() : toks[r - 1].end()])
            end, i = toks[r - 1].end(), r
            break
        if w[0].isupper():
            nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
            nxt_ok = nxt[:1].islower() and nxt.lower() not in STOP
            if not (len(words) == start_len and nxt_ok) and not allow_det:
                break
            if re.search(r"[^s]s$", w) and not allow_det:
                # a plural name of people ends the phrase: "Americans disapprove"
                words.append(w)
                end = toks[i].end()
                i += 1
                break
        if len(words) > start_len and is_participle(w) and not allow_det:
            break
        if len(words) > start_len and not allow_det and _adverb(w) and i + 1 < len(toks) and (
            is_participle(toks[i + 1].group())
        ):
            break  # "nine others seriously wounded": the adverb goes with the verb
        if len(words) == start_len and is_participle(w) and not allow_det:
            # "10,000 gathered outside" is a verb; "300 wounded soldiers" an adjective
            nxt = toks[i + 1].group() if i + 1 < len(toks) else ""
            if nxt.lower() in _NOT_NOUNS or _adverb(nxt):
                break  # "12 arrived later"
            if (not nxt[:1].islower() or nxt.lower() in STOP) and not (
                nxt[:1].isupper() and _name_before_noun(toks, i + 1, [w], 0)
            ):
                break  # ("250 trained Mountain Rescue staff": an adjective before a name)
        if len(words) > start_len and not allow_det and _plural(words[-1]) and not _plural(w):
            # "15,000 jobs depend on": after a plural, a word that is not one is its verb
            nxt = toks[i + 1].group().lower() if i + 1 < len(toks) else "."
            if nxt in STOP or not nxt[:1].isalpha():
                break
        words.append(w)
        end = toks[i].end()
        i += 1
    if len(words) == start_len:
        return [], i, end
    return words, i, end


def _name_before_noun(toks: list[re.Match], i: int, words: list[str], start_len: int) -> int:
    """End of a run of capitalised words that modifies the noun after it ("three Royal Navy
    supply ships", "250 trained Mountain Rescue (MR) staff"), or 0. A lone first
    capitalised word is noun_window's own rule."""
    r = shapes.name_run(toks, i, STOP)
    if r == i or (r - i == 1 and len(words) == start_len):
        return 0
    if len(words) > start_len and _plural(words[-1]):
        return 0
    nxt = toks[r].group() if r < len(toks) else ""
    after = toks[r + 1].group().lower() if r + 1 < len(toks) else "."
    if not nxt[:1].islower() or nxt.lower() in STOP or is_participle(nxt):
        return 0
    if re.search(r"[^s]s$", nxt) and after in STOP and after not in ("and", "or"):
        return 0  # "the ... Coast Guard Unit arrives in": a verb
    return r


def _designation(toks: list[re.Match], i: int) -> int:
    """End of a type name with a designation in it, counted itself: "two F-35 Lightning,"."""
    r = shapes.name_run(toks, i, STOP)
    return r if any(shapes.DESIGNATION.match(t.group()) for t in toks[i:r]) else 0


def _adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word[0].islower()


def _plural(word: str) -> bool:
    w = word.lower()
    return w in _PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")))


def counted(
    text: str, n: NumberSpan, stops: list[tuple[int, int]]
) -> tuple[str, str | None, int]:
    """(counts, unit, end of printed text) for the words after number n."""
    toks = words(text, n.end)
    i = 0
    base: list[str] = []
    unit = n.unit
    end = n.end
    if unit is None:
        base, i, end = noun_window(toks, 0, False, stops)
        if not base:
            return "", None, n.end
        unit = base[-1]
    else:
        base = [unit]
    nxt = toks[i].group().lower() if i < len(toks) else ""
    if nxt == "of":
        comp, j, _ = noun_window(toks, i + 1, True, stops)
        if comp and comp[-1].lower() not in {"the", "a", "an"}:
            base += ["of", *comp]
            i = j
    elif nxt == "in" and unit.lower() in _CURRENCIES:
        # "$2.8 billion in industrial exports"; "$4 million in 2025" has no noun to take
        comp, j, _ = noun_window(toks, i + 1, False, stops)
        if comp and comp[0][:1].islower():
            base += ["in", *comp]
            i = j
    i = _past_aside(toks, i)
    j = i
    while j < len(toks) and toks[j].group().lower() in _AUX:
        j += 1
    adverb = j + 1 < len(toks) and _adverb(toks[j].group()) and is_participle(toks[j + 1].group())
    j += adverb
    participle = j < len(toks) and is_participle(toks[j].group(), after_aux=j > i)
    if participle and j == i:
        k = j + 1 + (j + 1 < len(toks) and toks[j + 1].group().lower() in _PARTICLES)
        # a unit of measure does nothing itself: "30 thousand hectares registered."
        after = toks[k].group().lower() if k < len(toks) else "."
        participle = after in _PASSIVE_NEXT or (
            unit.lower() in MEASURE_UNITS and not after[:1].isalpha()
        )
    if participle and toks[j].group()[0].islower():
        base += [toks[j - 1].group()] if adverb else []
        base.append(toks[j].group())
        if j + 1 < len(toks) and toks[j + 1].group().lower() in _PARTICLES:
            base.append(toks[j + 1].group())
    return " ".join(base), unit, end


# "Six aid workers, including two doctors, were detained": the aside ends before the verb.
MAX_ASIDE_TOKENS = 24


def _past_aside(toks: list[re.Match], i: int) -> int:
    """Where the verb after a ", including ... ," aside starts (i itself when there is none or
    no auxiliary follows it)."""
    if not (i + 1 < len(toks) and toks[i].group() == "," and toks[i + 1].group().lower() in (
        "including", "among them"
    )):
        return i
    for k in range(i + 2, min(len(toks) - 1, i + MAX_ASIDE_TOKENS)):
        if toks[k].group() in ".;:()":
            return i
        if toks[k].group() == "," and toks[k + 1].group().lower() in _AUX:
            return k + 1
    return i


def percent_noun(text: str, n: NumberSpan, stops: list[tuple[int, int]]) -> str:
    """ "a 2.5 percent pay rise": what the percentage is of, when it says nothing else. Only
    after an article ("a", "the"): in "tariffs of 25 percent take effect" a verb follows."""
    if text[: n.start].split()[-1:] not in (["a"], ["an"], ["the"], ["A"], ["The"]):
        return ""
    found, _, _ = noun_window(words(text, n.end), 0, False, stops)
    if not found or not found[0][:1].islower():
        return ""
    kept = []
    for w in found:
        if w.lower() in _NOT_AFTER_PERCENT or w.lower() in TIME_UNITS:
            break
        kept.append(w)
    return " ".join(["percent", *kept]) if kept else ""


def noun_of(counts: str) -> str:
    """A counted noun without its passive participle: "members voted" -> "members"."""
    for word in counts.split()[1:]:
        if is_participle(word):
            return counts[: counts.index(" " + word)]
    return counts



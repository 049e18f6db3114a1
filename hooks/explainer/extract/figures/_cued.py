"""Figures for a language described by cue lists (``cues/figures.<lang>.yml``: Spanish and
Portuguese today): the same Figure fields as the English rules, from that language's words.

Reads: one sentence and its language's cues. Produces: `Figure`s, with
  - the counted noun after the number, its head first (Romance order): "3.000 toneladas de
    cocaína" -> counts "toneladas de cocaína", unit "toneladas"; after a scale word its "de"
    is skipped ("2,5 millones de personas" -> "personas"); adjectives agree with the head in
    number, so a word that does not is the verb and ends the phrase ("200 policías custodian"
    -> "policías");
  - money: the unit in English as the English rules give it ("dollars", "reais", "pesos"), the
    counted noun in the article's words ("US$ 3 mil millones en carreteras" -> "dólares en
    carreteras"); a bare amount or percent takes the subject of "X subió / chegou a N" ("la
    inflación llegó al 30%" -> "inflación"; "la deuda asciende a 1.234,5 millones de euros" ->
    "euros de deuda");
  - a percent's complement: "el 48,7 % de los votos" -> "por ciento de los votos";
  - an age: "un hombre de 65 años", "Joana Prates, 65 anos," -> "age";
  - the low end of a range: "entre 10 y 12 personas", "de 300 a 400 delegados".
Not figures: years, dates ("3 de febrero", "hace 30 años"), times ("a las 10:30", "às 15h",
"15h30"), "(3)", ordinals ("2º"), labels ("artículo 5", "Boeing 737"), references ("los dos
países"), numbers in quotation marks or inside a quoted sentence (the speaker's words). A number
with no counted noun is not reported.
Limits: no parser: the noun phrase is at most MAX_NOUN_WORDS words, its complement as many;
no list inheritance, shares ("la mitad de") or casualty nouns elided ("21 murieron") as the
English rules have.
"""

from __future__ import annotations

import re
from functools import cache

from explainer.cues import cues
from explainer.extract.figures._cued_numbers import find_cued_numbers, grammar
from explainer.extract.figures._numbers import NumberSpan
from explainer.extract.quotes import quote_spans, word_count
from explainer.model import Figure, Sentence

# As in the English rules (_nouns.MAX_NOUN_WORDS): longer windows swallow verbs.
MAX_NOUN_WORDS = 3
# Subject of "X subió a N": head, its "de" complement and one more word ("taxa de desemprego").
MAX_SUBJECT_WORDS = 4
MAX_AGE = 120
_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d[\d.,]*|[^\w\s]")
_QUOTED = re.compile(r"^.?[“\"‘«][^“”\"‘’«»\s]+(?:\s[^“”\"‘’«»\s]+)?[”\"’»].?$")


def described(lang: str) -> bool:
    """Whether the language has figure cues (else the English rules run)."""
    return bool(grammar(lang))


def _low(c: dict, name: str) -> frozenset[str]:
    return _lowered(c.get(name, ()))


@cache
def _lowered(words: tuple) -> frozenset[str]:
    """A cue list as a lower-case set, built once per list (cue lists are tuples)."""
    return frozenset(str(w).lower() for w in words)


@cache
def _alt(words: tuple) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) or "(?!x)x"


@cache
def _exclusions(lang: str) -> tuple[re.Pattern[str], ...]:
    """The language's spans that are not figures (dates, times), compiled once."""
    c = cues("figures", lang)
    months = _alt(c.get("months", ()))
    before, after = _alt(c.get("time_before", ())), _alt(c.get("time_after", ()))
    units = _alt(c.get("ago_units", ()))
    rxs = [
        rf"\b\d{{1,2}}(?:\s+(?:{_alt(c.get('range_words', ()))})\s+\d{{1,2}})?"
        rf"\s+(?:de\s+|del\s+)?(?i:{months})\b",  # "3 de febrero", "del 3 al 5 de marzo"
        r"\b\d{1,2}[:h]\d{2}\b|\b\d{1,2}h\b",  # "10:30", "15h30", "15h"
        rf"\b(?i:{before})\s+(?:[01]?\d|2[0-4])(?:[:.]\d{{2}})?(?:\s+(?i:{after})\b)?",
        r"\(\s*\d{1,2}\s*\)",  # "nesta terça-feira (3)"; above: "a las 14 horas", "às 15"
        # "hace 30 años", "30 anos atrás": a relative date ("hace 20 años que ...": a span)
        rf"\b(?i:{_alt(c.get('ago_before', ()))})\s+[\w.,]+\s+(?i:{units})\b(?!\s+que\b)",
        rf"\b[\w.,]+\s+(?i:{units})\s+(?i:{_alt(c.get('ago_after', ()))})(?!\w)",
    ]
    return tuple(re.compile(rx) for rx in rxs)


def _excluded(text: str, lang: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for rx in _exclusions(lang) for m in rx.finditer(text)]


def _prev_word(text: str, at: int) -> str:
    words = text[:at].rstrip(" “\"‘«'").split()
    return words[-1] if words else ""


def _not_a_figure(n: NumberSpan, text: str, c: dict, excluded) -> bool:
    if any(a < n.end and n.num_start < b for a, b in excluded):
        return True
    if n.is_year_like and not n.qualifier:
        return True
    prev = _prev_word(text, n.start)
    if prev.lower() in _low(c, "label_words"):
        return True  # "artículo 5", "número 10"
    if n.is_word and not n.qualifier and prev.lower() in _low(c, "reference_words"):
        return True  # "los dos países": a reference
    first = len(text[: n.start].split()) == 1  # "Hace 20 años": a sentence's first word
    return bool(not first and prev[:1].isupper() and prev[-1:].isalnum()
                and prev.lower() not in _low(c, "stop")
                and not n.qualifier and not n.unit)  # "Boeing 737", "Ruta 40"


def _window(toks: list[re.Match], i: int, c: dict, dets: bool) -> tuple[list[str], int]:
    """Words of a noun phrase from toks[i] (a determiner first when `dets`): (words, next i)."""
    out: list[str] = []
    if dets and i < len(toks) and toks[i].group().lower() in _low(c, "determiners"):
        out.append(toks[i].group())
        i += 1
    first = len(out)
    stop, verbs = _low(c, "stop"), tuple(str(e) for e in c.get("verb_endings", ()))
    while i < len(toks) and len(out) - first < MAX_NOUN_WORDS:
        w = toks[i].group()
        low = w.lower()
        if not w[0].isalpha() or low in stop or (low.endswith(verbs) and len(low) > 3):
            break
        if len(out) > first and low.endswith("s") != out[first].lower().endswith("s"):
            break  # no agreement with the head: a verb ("policías custodian")
        out.append(w)
        i += 1
    return (out if len(out) > first else []), i


def _counted(text: str, n: NumberSpan, c: dict) -> tuple[str, str | None, bool]:
    """(counts, unit, bare): bare when the figure says only its unit ("30%", "US$ 4 millones")."""
    toks = list(_TOKEN.finditer(text, n.end))
    of, money_in = _low(c, "of_words"), _low(c, "money_in_words")
    i = 0
    nxt = toks[0].group().lower() if toks else ""
    sign = next((v for k, v in c["currency_signs"].items() if n.unit and v[0] == n.unit), None)
    if n.unit == "percent":
        base, unit, links = [str(c.get("percent_name", "%"))], "percent", of
    elif sign:
        base, unit, links = [sign[1]], n.unit, of | money_in
    else:
        if nxt in _low(c, "scale_link") and re.search(r"[^\W\d]\s*$", text[: n.end]):
            i = 1  # "2,5 millones de personas"
        base, i = _window(toks, i, c, False)
        if not base:
            return "", None, False
        head = base[0].lower()
        unit = str(c.get("currency_words", {}).get(head, base[0]))
        links = of | (money_in if head in c.get("currency_words", {}) else frozenset())
    bare = len(base) == 1 and (unit == "percent" or base[0].lower() in c.get("currency_words", {})
                               or sign is not None)
    if i < len(toks) and toks[i].group().lower() in links:
        comp, _ = _window(toks, i + 1, c, True)
        if comp and comp[-1].lower() not in _low(c, "determiners"):
            base += [toks[i].group(), *comp]
            bare = False
    return " ".join(base), unit, bare


def _age(text: str, n: NumberSpan, c: dict) -> int | None:
    """Where "de 65 años" / ", 65 anos," ends when it is an age, else None."""
    if n.is_word or n.qualifier or n.unit or n.value != int(n.value) or n.value > MAX_AGE:
        return None
    m = re.match(rf"\s+(?i:{_alt(c.get('age_words', ()))})\b", text[n.end:])
    if not m or re.match(r"\s+(?:de|do|da)\b", text[n.end + m.end():]):
        return None  # "12 años de prisión": a sentence, not an age
    before = text[: n.start].split()
    if before[-1:] == ["de"] and (len(before) < 2 or before[-2].lower().strip(",") not in _low(
            c, "not_age_before")):
        return n.end + m.end()  # "un hombre de 65 años", "Marta Ruiloba, de 41 años"
    if text[: n.start].rstrip().endswith(",") and re.match(r"\s*,", text[n.end + m.end():]):
        return n.end + m.end()  # "Joana Prates, 65 anos, mora"
    return None


def _subject(text: str, n: NumberSpan, c: dict) -> str:
    """The subject of "X subió al 30 %", "X chegou a 3 bilhões" (its determiner dropped)."""
    verbs, links = _alt(c.get("level_verbs", ())), _alt(c.get("level_links", ()))
    m = re.search(rf"(?<!\w)(?i:{verbs})\s+(?:(?i:{links})\s+){{0,2}}$", text[: n.start])
    if not m:
        return ""
    toks = list(_TOKEN.finditer(text, 0, m.start()))
    stop, of, dets = _low(c, "stop"), _low(c, "subject_links"), _low(c, "determiners")
    got: list[str] = []
    for k in range(len(toks) - 1, -1, -1):
        w = toks[k].group()
        if w[0].isdigit():
            return ""  # "acumulada em 12 meses ficou em": the subject is further back
        if not w[0].isalpha() or len(got) >= MAX_SUBJECT_WORDS or (
            w.lower() in stop and w.lower() not in of) or w.lower() in dets:
            break
        got.insert(0, w)
    while got and got[0].lower() in of:
        got.pop(0)
    if not got or got[-1].lower() in of:
        return ""
    return " ".join(got)


def _of_what(text: str, c: dict) -> str:
    """ "un apoyo de 200 millones": the noun the bare amount is "of" ("apoyo")."""
    dets, of = _alt(c.get("determiners", ())), _alt(c.get("of_words", ()))
    m = re.search(rf"(?<!\w)(?i:{dets})\s+([^\W\d][\w-]*)\s+(?i:{of})\s+$", text)
    return m.group(1) if m and m.group(1).lower() not in _low(c, "stop") else ""


def _in_quotation(n: NumberSpan, text: str) -> bool:
    if _QUOTED.match(text[max(0, n.start - 1) : n.end + 1]):
        return True
    return any(q.start < n.num_start < q.end and word_count(q.text) >= 3 for q in quote_spans(text))


def figures_in(s: Sentence) -> list[Figure]:
    text, c = s.text, cues("figures", s.lang)
    numbers = find_cued_numbers(text, s.lang)
    excluded = _excluded(text, s.lang) if numbers else []
    items: list[list] = []  # [NumberSpan, counts, unit, printed end]
    for n in numbers:
        if _not_a_figure(n, text, c, excluded):
            continue
        if (end := _age(text, n, c)) is not None:
            items.append([n, "age", None, end])
            continue
        if re.search(rf"(?<!\w)(?i:{_alt(c.get('scale_words', ()))})\s+$", text[: n.start]):
            items.append([n, text[: n.start].split()[-1].lower(), None, n.end])
            continue  # "un sismo de magnitud 6,4"
        counts, unit, bare = _counted(text, n, c)
        if (bare or not counts) and (subject := _subject(text, n, c) or (
                _of_what(text[: n.start], c) if counts else "")):
            of = str(c["of_words"][0])
            counts = subject if unit == "percent" or not counts else f"{counts} {of} {subject}"
        items.append([n, counts, unit, n.end])
    ranges = _alt(c.get("range_words", ()))
    for k in range(len(items) - 2, -1, -1):
        item, nxt = items[k], items[k + 1]
        gap = text[item[0].end : nxt[0].start]
        if not item[1] and nxt[1] and nxt[1] != "age" and re.fullmatch(rf"\s+(?i:{ranges})\s+",
                                                                         gap):
            item[1], item[2] = nxt[1], nxt[2]
    return [
        Figure(text[n.start : max(end, n.end)].strip(" ,"), n.value, n.qualifier, unit, counts, s)
        for n, counts, unit, end in items
        if counts and not _in_quotation(n, text)
    ]

"""Discrepancies in dates: the same event, dated differently.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"date" (figures: _compare_figures.py). Limits: "the same event" is similar wording of the
clause around the date plus a shared name and a shared act word, never a date inside a
quotation, never two dates one sentence gives together, and never one act told in two
different places (a tour). A span of time ("from 2003-2010") is one value, compared only with
another span (_compare_when.spans), never with a single date. A figure and a date are never
compared, and years or day numbers never count as figures (that is the figures stage's job).
A preview that tells an event as already past, while another source dates that event after the
preview was written, is a date discrepancy too. Clauses in two languages are the same event by
one event concept and a name, never by their words (_across.event_pairs).
"""

from __future__ import annotations

import re
from datetime import date

from explainer._memo import per_sentence
from explainer.compare._across import event_pairs, places_apart
from explainer.compare._dayparts import daypart, times_of_day
from explainer.compare._facts import elsewhere
from explainer.compare._measure import quoted
from explainer.compare._model import Discrepancy, Variant
from explainer.compare._units import quotes_by_sentence
from explainer.compare._when import date_range, event_day, spans
from explainer.compare.similarity import tfidf, tokens
from explainer.model import DateMention, Extraction, Figure

# Clauses around two dates tell of the same event at or above this cosine (with a shared name).
DATE_EVENT_MIN = 0.3
# On a large cluster a word links a dated clause to at most this many others (the first, in
# article order): bounds the pairs scored; the seeds and test clusters never reach it (the same
# bound as _compare_claims.LINKS).
DATE_LINKS = 32
# Split a sentence into clauses at punctuation and at conjunctions that introduce another event.
_CLAUSE = re.compile(r"[,;:—–()]|\b(?:since|when|while|after|before|following|until)\b", re.I)
_DATE_WORDS = frozenset(
    "early mid late since until year years month months week weeks day days ago last next "
    "this today yesterday tomorrow".split()
)
# Days named relative to the publication time, which a time zone or an archive stamp may put a
# day off.
_RELATIVE = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this (?:morning|evening))\b", re.I)


@per_sentence
def _clause(d: DateMention) -> str:
    text = d.sentence.text
    at = text.find(d.text)
    if at < 0:
        return text
    cuts = [0] + [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c >= at + len(d.text))
    return text[start:end]


_LAST: list = [None, None]


def date_conflicts(
    extraction: Extraction, sources: dict[str, str], names: dict[str, set[str]]
) -> list[Discrepancy]:
    """Date discrepancies; the Compare, Timeline and Background pages all ask for the same
    Extraction's (with its own sources and anchors), so the last answer is kept."""
    if _LAST[0] is not extraction:
        _LAST[0], _LAST[1] = extraction, _date_conflicts(extraction, sources, names)
    return list(_LAST[1])


def _date_conflicts(
    extraction: Extraction, sources: dict[str, str], names: dict[str, set[str]]
) -> list[Discrepancy]:
    said = quotes_by_sentence(extraction)
    # A date inside a quotation is the speaker's word, and a line ending in a colon only
    # introduces a list: neither dates an event.
    dated = [
        (sources[f.article.id], d, r)
        for f in extraction.articles
        for d in f.dates
        if (r := date_range(d)) is not None
        and not quoted(d.sentence, d.text, said.get(d.sentence.key, ()))
        and d.sentence.block_kind != "heading"
        and not d.sentence.text.rstrip().endswith(":")
    ]
    dated, span = _spans_whole(dated)
    ranges: dict[str, list[tuple[int, tuple[date, date]]]] = {}
    for k, (_, d, r) in enumerate(dated):
        ranges.setdefault(d.sentence.key, []).append((k, r))
    counted: dict[str, list[Figure]] = {}
    for f in extraction.articles:
        for g in f.figures:
            counted.setdefault(g.sentence.key, []).append(g)
    previews = [
        (sources[f.article.id], t.sentence)
        for f in extraction.articles
        if f.kind == "preview"
        for t in f.topics
        if t.topic == "background" and t.sentence.block_kind == "paragraph"
    ]
    texts = [_clause(d) for _, d, _ in dated] + [s.text for _, s in previews]
    sim = tfidf(texts)
    # Only pairs that can reach DATE_EVENT_MIN are scored (similarity.py: prefix filtering);
    # previews are indexed after the dated clauses, so j < len(dated) keeps clause pairs.
    parent = list(range(len(dated)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    near = sim.index(DATE_EVENT_MIN)
    parts = [daypart(d) if r[0] == r[1] else None for _, d, r in dated]
    for i, j in times_of_day(extraction, dated, parts, lambda a, b: _share(names, a, b)):
        parent[root(j)] = root(i)
    def conflict(i: int, j: int) -> bool:
        """What both ways of pairing two mentions ask: different sources dating apart (a
        "today" a day off is a publication stamp's slip), a shared name, not one sentence's
        sequence of dates ("this year and 2027"), not one state at two times ("12 boats on
        Monday", "30 on Wednesday")."""
        (si, di, ri), (sj, dj, rj) = dated[i], dated[j]
        if si == sj or not _apart(ri, rj, span[i], span[j]):
            return False
        if (_RELATIVE.search(di.text) or _RELATIVE.search(dj.text)) and _a_day_apart(ri, rj):
            return False
        if _names_too(ranges, i, di, rj) or _names_too(ranges, j, dj, ri):
            return False
        return _share(names, di.sentence, dj.sentence) and not _two_states(counted, di, dj)

    for i, j in sim.pairs(near, DATE_LINKS):
        if j >= len(dated):
            continue
        di, dj = dated[i][1], dated[j][1]
        if di.sentence.lang != dj.sentence.lang or not conflict(i, j):
            continue  # (two languages: compared by their event words below)
        if sim.cosine(i, j) < DATE_EVENT_MIN or not _acts(_clause(di)) & _acts(_clause(dj)):
            continue
        if elsewhere(di.sentence.text, dj.sentence.text):
            continue  # one act in two places on two days: a tour, not a disagreement
        parent[root(j)] = root(i)
    for i, j in event_pairs(dated, _clause, DATE_LINKS):
        if conflict(i, j) and not places_apart(dated[i][1].sentence, dated[j][1].sentence):
            parent[root(j)] = root(i)
    # One row per event (the mentions linked by conflicting pairs), listing each source's date
    # once, instead of one row per conflicting pair (thousands on a large cluster).
    events: dict[int, list[int]] = {}
    for k in range(len(dated)):
        events.setdefault(root(k), []).append(k)
    out = []
    for members in sorted(events.values()):
        if len(members) < 2:
            continue
        variants: dict[tuple[str, str], Variant] = {}
        for k in members:
            src, d, _ = dated[k]
            told = parts[k][1] if parts[k] else span[k][2] if span[k] else d.text
            variants.setdefault((src, told), Variant(src, told, d.sentence))
        one_day = len({dated[k][2] for k in members}) == 1
        # a time of day cuts its clause short ("before noon Saturday"): the longest says more
        clauses = [_clause(dated[k][1]).strip() for k in members]
        out.append(
            Discrepancy(
                "date",
                max(clauses, key=len) if one_day else clauses[0],
                tuple(sorted(variants.values(), key=lambda v: (v.source, v.sentence.key))),
                "the same event on the same day, at different times of day"
                if one_day
                else "the same event, dated differently",
            )
        )
    out.extend(_told_as_past(extraction, dated, span, previews, sim, names, near))
    return out


def _spans_whole(dated: list) -> tuple[list, list]:
    """The dated mentions with a span of time as one mention ("from 2003-2010": its first
    year's mention, dated from the start's first day to the end's last, its end's mention
    dropped), and per mention its span (_compare_when.spans) or None."""
    by_sentence: dict[str, list[int]] = {}
    for k, (_, d, _) in enumerate(dated):
        by_sentence.setdefault(d.sentence.key, []).append(k)
    opened, closed = {}, set()
    for ks in by_sentence.values():
        text = dated[ks[0]][1].sentence.text
        o, c = spans(text, [(dated[k][1], dated[k][2]) for k in ks])
        opened.update({ks[n]: v for n, v in o.items()})
        closed |= {ks[n] for n in c}
    out, span = [], []
    for k, (src, d, r) in enumerate(dated):
        if k in closed:
            continue
        s = opened.get(k)
        out.append((src, d, (s[0][0], s[1][1]) if s else r))
        span.append(s)
    return out, span


def _apart(ri, rj, si, sj) -> bool:
    """Whether two mentions date differently: two dates that share no day, two spans whose
    starts or ends share none. A span and a date never: the date may be either end of the span
    or a day inside it ("president from 2003-2010" / "left office in 2010")."""
    if si is None and sj is None:
        return ri[1] < rj[0] or rj[1] < ri[0]
    if si is None or sj is None:
        return False
    return any(a[1] < b[0] or b[1] < a[0] for a, b in ((si[0], sj[0]), (si[1], sj[1])))


def _told_as_past(extraction, dated, span, previews, sim, names, near) -> list[Discrepancy]:
    peg = event_day(extraction)
    if peg is None:
        return []
    out = []
    offset = len(dated)
    # previews that tell something as past, per indexed word (a word links at most DATE_LINKS
    # of them: bounds the work on a large cluster; never reached on the seeds and test sets)
    past = [not re.search(r"\bwill\b|\bexpected\b", s.text) for _, s in previews]
    by_word: dict[str, list[int]] = {}
    for t, ids in near.items():
        told = [k - offset for k in ids if k >= offset and past[k - offset]][:DATE_LINKS]
        if told:
            by_word[t] = told
    for i, (si, di, (lo, hi)) in enumerate(dated):
        middle = lo + (hi - lo) / 2
        if middle <= peg or span[i]:
            continue
        # only previews that can reach DATE_EVENT_MIN (similarity.py: prefix filtering)
        reach = {j for t in sim.vectors[i] for j in by_word.get(t, ())}
        # one row per dated mention, with each preview source that tells it as past once
        told: dict[str, Variant] = {}
        for j in sorted(reach):
            sj, s = previews[j]
            if sj == si or sj in told or s.lang != di.sentence.lang:
                continue
            same = sim.cosine(i, offset + j) >= DATE_EVENT_MIN and _share(names, di.sentence, s)
            if same and _acts(_clause(di)) & _acts(s.text):
                told[sj] = Variant(sj, f"already past before {peg.isoformat()}", s)
        if told:
            out.append(
                Discrepancy(
                    "date",
                    _clause(di).strip(),
                    tuple(
                        sorted(
                            [Variant(si, di.text, di.sentence), *told.values()],
                            key=lambda v: (v.source, v.sentence.key),
                        )
                    ),
                    f"dated on or after {peg.isoformat()}, the event the preview was written"
                    " before, yet the preview tells it as past",
                )
            )
    return out


def clause_figures(counted: dict[str, list[Figure]], d: DateMention) -> set[float]:
    """Values of the figures in the clause around a date (`counted`: sentence key -> its
    figures)."""
    clause = _clause(d)
    return {g.value for g in counted.get(d.sentence.key, ()) if g.text in clause}


def _two_states(c, di: DateMention, dj: DateMention) -> bool:
    return bool((a := clause_figures(c, di)) and (b := clause_figures(c, dj)) and not a & b)


def _a_day_apart(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return abs((a[0] - b[0]).days) <= 1 and abs((a[1] - b[1]).days) <= 1


def _names_too(ranges, k: int, d: DateMention, other: tuple[date, date]) -> bool:
    """Whether another mention of d's sentence (not d, the k-th: a span overlaps a span it
    differs from) names a day of `other`."""
    return any(
        n != k and not (r[1] < other[0] or other[1] < r[0])
        for n, r in ranges.get(d.sentence.key, ())
    )


@per_sentence
def _acts(text: str) -> set[str]:
    """Lower-case content words: what happened, as opposed to who (names) and when (dates).
    Two clauses about the same people but different acts ("completed the dam" / "closed the
    dam's gates") share none."""
    lower = {w for w in re.findall(r"\b[a-z][a-z-]+\b", text)}
    return set(tokens(" ".join(sorted(lower)))) - _DATE_WORDS


def _share(names: dict[str, set[str]], a, b) -> bool:
    return bool(
        {x for x in names.get(a.key, ()) if x.startswith("name:")}
        & {x for x in names.get(b.key, ()) if x.startswith("name:")}
    )

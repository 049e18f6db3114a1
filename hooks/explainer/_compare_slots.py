"""Discrepancies in slots with values: figures about the same thing, dates of the same event.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"figure" and "date". Limits: "the same thing" for figures is the same counted unit plus
overlapping context (the words of what it counts, or similar sentences); for dates, similar
wording of the clause around the date plus a shared name. A figure and a date are never
compared, and years or day numbers never count as figures (that is the figures stage's job).
A preview that tells an event as already past, while another source dates that event after
the preview was written, is a date discrepancy too.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from ._compare_model import Discrepancy, Variant
from .model import DateMention, Extraction, Figure
from .similarity import tfidf, tokens

# Two figures with the same unit describe the same thing when their sentences reach this
# cosine or the words of what they count overlap beyond the unit. 0.25: the farmers figures
# of the synthetic cluster score 0.31; unrelated same-unit pairs read on the seeds stayed < 0.2.
FIGURE_CONTEXT_MIN = 0.25
# Clauses around two dates tell of the same event at or above this cosine (with a shared name).
DATE_EVENT_MIN = 0.3
# Opening sentences of a report that name the day of the event itself.
LEAD_SENTENCES = 3
# Split a sentence into clauses at punctuation and at conjunctions that introduce another event.
_CLAUSE = re.compile(r"[,;:—–()]|\b(?:since|when|while|after|before|following|until)\b", re.I)
_DATE_WORDS = frozenset(
    "early mid late since until year years month months week weeks day days ago last next "
    "this today yesterday tomorrow".split()
)
_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_SECTIONS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_SEASON_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}


def unit_of(fig: Figure) -> str:
    word = (fig.unit or (fig.counts.split()[0] if fig.counts else "")).lower().strip()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def figure_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    figs = [(sources[f.article.id], g) for f in extraction.articles for g in f.figures]
    figs = [(s, g) for s, g in figs if unit_of(g)]
    sim = tfidf([g.sentence.text for _, g in figs])
    linked: dict[str, dict[int, None]] = {}
    for i, (si, fi) in enumerate(figs):
        for j in range(i + 1, len(figs)):
            sj, fj = figs[j]
            if si == sj or unit_of(fi) != unit_of(fj) or fi.value == fj.value:
                continue
            extra_i = set(tokens(fi.counts)) - {unit_of(fi), unit_of(fi) + "s"}
            extra_j = set(tokens(fj.counts)) - {unit_of(fj), unit_of(fj) + "s"}
            if extra_i & extra_j or sim.cosine(i, j) >= FIGURE_CONTEXT_MIN:
                group = linked.setdefault(unit_of(fi), {})
                group[i] = group[j] = None
    out = []
    for unit, idx in sorted(linked.items()):
        variants = sorted(
            (Variant(figs[k][0], figs[k][1].text, figs[k][1].sentence) for k in idx),
            key=lambda v: (v.source, v.sentence.key, v.value),
        )
        out.append(
            Discrepancy("figure", unit, tuple(variants), "same counted unit, similar context")
        )
    return out


def date_range(d: DateMention) -> tuple[date, date] | None:
    if not _ISO.match(d.iso or ""):
        return None
    parts = [int(p) for p in d.iso.split("-")]
    words = d.text.lower()
    section = next((s for s in _SECTIONS if s in words), None)
    try:
        if len(parts) == 3:
            return date(*parts), date(*parts)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            lo, hi = _SECTIONS.get(section, (1, last))
            return date(parts[0], parts[1], lo), date(parts[0], parts[1], min(hi, last))
        lo, hi = _SEASON_MONTHS.get(section, (1, 12))
        return date(parts[0], lo, 1), date(parts[0], hi, calendar.monthrange(parts[0], hi)[1])
    except ValueError:
        return None


def _clause(d: DateMention) -> str:
    text = d.sentence.text
    at = text.find(d.text)
    if at < 0:
        return text
    cuts = [0] + [m.start() for m in _CLAUSE.finditer(text)] + [len(text)]
    start = max(c for c in cuts if c <= at)
    end = min(c for c in cuts if c >= at + len(d.text))
    return text[start:end]


def event_day(extraction: Extraction) -> date | None:
    """The news peg: the day-precision date the reports' opening sentences name most often
    (any report sentence when the openings carry none); ties go to the latest day."""
    reports = [f for f in extraction.articles if f.kind == "report"]
    days = Counter()
    for lead_only in (True, False):
        days = Counter(
            d.iso
            for f in reports
            for d in f.dates
            if d.precision == "day"
            and _ISO.match(d.iso or "")
            and len(d.iso) == 10
            and (not lead_only or d.sentence.index <= LEAD_SENTENCES)
        )
        if days:
            break
    if not days:
        return None
    iso = max(days.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return date.fromisoformat(iso)


def date_conflicts(
    extraction: Extraction, sources: dict[str, str], names: dict[str, set[str]]
) -> list[Discrepancy]:
    dated = [
        (sources[f.article.id], d, r)
        for f in extraction.articles
        for d in f.dates
        if (r := date_range(d)) is not None
    ]
    previews = [
        (sources[f.article.id], t.sentence)
        for f in extraction.articles
        if f.kind == "preview"
        for t in f.topics
        if t.topic == "background" and t.sentence.block_kind == "paragraph"
    ]
    texts = [_clause(d) for _, d, _ in dated] + [s.text for _, s in previews]
    sim = tfidf(texts)
    out = []
    seen = set()
    for i, (si, di, ri) in enumerate(dated):
        for j in range(i + 1, len(dated)):
            sj, dj, rj = dated[j]
            if si == sj or not (ri[1] < rj[0] or rj[1] < ri[0]):
                continue
            if sim.cosine(i, j) < DATE_EVENT_MIN or not _share(names, di.sentence, dj.sentence):
                continue
            if not _acts(_clause(di)) & _acts(_clause(dj)):
                continue
            key = tuple(sorted((di.sentence.key + di.text, dj.sentence.key + dj.text)))
            if key not in seen:
                seen.add(key)
                variants = sorted(
                    [Variant(si, di.text, di.sentence), Variant(sj, dj.text, dj.sentence)],
                    key=lambda v: (v.source, v.sentence.key),
                )
                out.append(
                    Discrepancy(
                        "date",
                        _clause(di).strip(),
                        tuple(variants),
                        "the same event, dated differently",
                    )
                )
    out.extend(_told_as_past(extraction, dated, previews, sim, names))
    return out


def _told_as_past(extraction, dated, previews, sim, names) -> list[Discrepancy]:
    peg = event_day(extraction)
    if peg is None:
        return []
    out = []
    offset = len(dated)
    for i, (si, di, (lo, hi)) in enumerate(dated):
        middle = lo + (hi - lo) / 2
        if middle <= peg:
            continue
        for j, (sj, s) in enumerate(previews):
            if sj == si or re.search(r"\bwill\b|\bexpected\b", s.text):
                continue
            same = sim.cosine(i, offset + j) >= DATE_EVENT_MIN and _share(names, di.sentence, s)
            if same and _acts(_clause(di)) & _acts(s.text):
                out.append(
                    Discrepancy(
                        "date",
                        _clause(di).strip(),
                        tuple(
                            sorted(
                                [
                                    Variant(si, di.text, di.sentence),
                                    Variant(sj, f"already past before {peg.isoformat()}", s),
                                ],
                                key=lambda v: (v.source, v.sentence.key),
                            )
                        ),
                        f"dated on or after {peg.isoformat()}, the event the preview was written"
                        " before, yet the preview tells it as past",
                    )
                )
    return out


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

"""Discrepancies in figures: one measure with different values in different sources.

Reads: an Extraction and the source of each article. Produces: Discrepancy items of kind
"figure", one per group of _compare_measure.conflict_groups, saying whose figures they are when
every one is about the same person or organisation, and, when the sources were published on
different days, that a count can change between reports; for a meeting's length, that the
sources may time different spans of it. Limits: "the same measure" is
_compare_measure.py's (unit, rate, what is counted, clause words, the same time).
"""

from __future__ import annotations

from explainer.compare._concepts import PIVOT, epithets
from explainer.compare._measure import conflict_groups, measure_label
from explainer.compare._meetings import meeting_length
from explainer.compare._model import Discrepancy, Variant
from explainer.compare._units import CASUALTY_UNITS, actor_at, actors_of, span, unit_of
from explainer.compare._what import places_of, scale_of
from explainer.language import extraction_language
from explainer.model import Extraction, Figure

_SAME_MEASURE = (
    "the same measure (counted unit, rate and what it counts); no sentence gives them different"
    " times"
)

# two sources timing one meeting may time different spans of it
_MEETING = (
    "the same meeting's length, given differently; the sources may time different spans (the"
    " talks alone, or the whole visit)"
)


def figure_conflicts(extraction: Extraction, sources: dict[str, str]) -> list[Discrepancy]:
    published = {f.article.id: f.article.published or "" for f in extraction.articles}
    groups = conflict_groups(extraction, sources)
    out = []
    for group, subject in zip(groups, group_subjects(extraction, groups), strict=True):
        variants = sorted(
            (Variant(sources[g.sentence.article_id], g.text, g.sentence) for g in group),
            key=lambda v: (v.source, v.sentence.key, v.value),
        )
        out.append(Discrepancy("figure", subject, tuple(variants), _figure_note(group, published)))
    return out


def group_subjects(extraction: Extraction, groups: list[list[Figure]]) -> list[str]:
    """What each conflict group counts, as the Compare page names it ("deaths (Mount Kessa)"):
    the Overview's key figures use the same names."""
    about = _about(extraction, groups)
    lang = extraction_language(extraction)
    out = []
    for group in groups:
        actors = {about[g][0] for g in group}
        actor = next(iter(actors)) if len(actors) == 1 else ""
        places = {about[g][1] for g in group}
        where = next(iter(places)) if len(places) == 1 else ""
        about_them = "; ".join(x for x in (where, actor) if x)
        out.append(subject_of(group, lang) + (f" ({about_them})" if about_them else ""))
    return out


def _about(extraction: Extraction, groups: list[list[Figure]]) -> dict[Figure, tuple[str, str]]:
    """Who each grouped figure is about (_compare_units.actor_at) and where a casualty count
    counts (_compare_what.Places), so a row says whose figures they are ("percent of the
    votes (X)") and where ("deaths (Mount Kessa)")."""
    wanted = {g.sentence.key for group in groups for g in group}
    if not wanted:
        return {}
    pattern, canonical = actors_of(extraction)
    places = places_of(extraction)
    spans: dict[str, list[tuple[int, int]]] = {}
    for f in extraction.articles:
        for g in f.figures:
            if g.sentence.key in wanted:
                spans.setdefault(g.sentence.key, []).append(span(g.sentence.text, g.text))
    out = {}
    for group in groups:
        for g in group:
            where = ""
            if unit_of(g) in CASUALTY_UNITS.values():
                where = ", ".join(
                    sorted(places.names[p] for p in places.of(g, spans[g.sentence.key]))
                )
            out[g] = (actor_at(pattern, canonical, g, spans[g.sentence.key]), where)
    return out


def _figure_note(group: list[Figure], published: dict[str, str]) -> str:
    """Why the figures are one measure; and, when the sources were published on different
    days, that a count can change between reports (a toll rises): each side is dated."""
    if all(unit_of(g) == "magnitude" for g in group):
        return "the same event's strength on the same scale, given differently"  # no count
    if all(meeting_length(g, unit_of(g)) for g in group):
        return _MEETING
    when = sorted((published[g.sentence.article_id], g.value) for g in group)
    days = {w[:10] for w, _ in when if w}
    if len(days) < 2 or not all(w for w, _ in when):
        return _SAME_MEASURE
    rising = all(a[1] <= b[1] for a, b in zip(when, when[1:], strict=False))
    trend = (
        "the later reports give higher values, as a count that rises between reports does"
        if rising
        else "the values may have changed between reports"
    )
    return f"the same measure, in sources published on different days: {trend}"


def subject_of(group: list[Figure], lang: str = PIVOT) -> str:
    """What the figures count: "deaths" or "injured" for a casualty count (whose 'counts'
    phrases say how it was reported: "people reported", "death toll"), the scale and the event
    for a scale ("magnitude of the earthquake"), else the fullest of their 'counts' phrases in
    the site's language `lang` (a Spanish site names the measure by a Spanish source's words),
    else in English, else in any: words that only describe ("arduas") do not make a phrase
    fuller (_concepts.epithets)."""
    units = {unit_of(g) for g in group}
    if units <= set(CASUALTY_UNITS.values()) and len(units) == 1:
        return "deaths" if units == {"deaths"} else "people injured"
    if len(units) == 1 and all(meeting_length(g, unit_of(g)) for g in group):
        return f"how long the meeting lasted ({next(iter(units))}s)"
    if units == {"magnitude"}:
        nouns = sorted({scale_of(g) for g in group} - {""})
        return f"magnitude of the {nouns[0]}" if len(nouns) == 1 else "magnitude"
    worded = [
        mine
        for code in (lang, PIVOT)
        if (mine := [g for g in group if g.sentence.lang == code])
    ][:1] or [group]
    return max((_label(g) for g in worded[0]), key=lambda c: (c[1], -c[2], c[0]))[0]


def _label(fig: Figure) -> tuple[str, int, int]:
    """A figure's measure label, its words that say what is counted, and its describing ones."""
    label = measure_label(fig)
    described = epithets(fig.counts or "", fig.sentence.lang)
    n = sum(w.lower() in described for w in label.split())
    return label, len(label.split()) - n, n

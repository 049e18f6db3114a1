"""Data: every figure in a sortable table, conflicting values flagged and grouped, CSV/JSON
downloads, and bar charts (SVG, drawn at build time) of the series the articles give.

A series is a set of figures from one sentence or one run of list items that count the same noun
in the same unit with different specifics ("extraditions under A", "extraditions under B"); a
conflict is one measure (same unit, rate and thing counted, at the same time) given values that
cannot both be right by different sources (the rule is shared with the Compare page:
_compare_measure.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from explainer.compare import conflict_groups, source_of
from explainer.model import Figure
from explainer.pages._context import PageContext
from explainer.pages._svg import bar_chart, number

PATH = "data.md"

# A series needs at least this many bars to be worth a chart (two bars are a sentence).
MIN_SERIES = 3
# Charts drawn at most; the largest series first.
MAX_CHARTS = 3
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# the table keeps whole measures, those given by the most sources first, up to FIGURES_SHOWN
# rows; conflicts list the first CONFLICTS_SHOWN measures, VALUES_SHOWN values each. Everything
# is in the CSV/JSON downloads. The seeds and the test clusters stay under every cap.
FIGURES_SHOWN = 100
CONFLICTS_SHOWN = 20
VALUES_SHOWN = 8


@dataclass(frozen=True)
class Series:
    noun: str
    unit: str
    outlet: str
    figures: tuple[Figure, ...]

    @property
    def title(self) -> str:
        return self.noun[:1].upper() + self.noun[1:]

    @property
    def shown_unit(self) -> str:
        """The unit, unless it only repeats the counted noun ("extraditions (extraditions)")."""
        return "" if self.unit == self.noun else self.unit


def _measure(fig: Figure) -> tuple[str, str]:
    counts = re.sub(r"^(?:the|a|an)\s+", "", fig.counts.strip().lower())
    return counts, (fig.unit or "").lower()


def _noun(fig: Figure) -> str:
    words = fig.counts.strip().split()
    return words[0].lower() if words else ""


def _all(ctx: PageContext) -> list[Figure]:
    figs = [fig for f in ctx.extraction.articles for fig in f.figures]
    return sorted(
        figs, key=lambda x: (_measure(x), x.value, x.sentence.article_id, x.sentence.index)
    )


def _conflicts(ctx: PageContext) -> list[list[Figure]]:
    # One rule for "the same measure" on every page (see _compare_measure.py): same unit, rate
    # and what is counted, similar clauses, the same time, values that cannot both be right.
    ex = ctx.extraction
    groups = conflict_groups(ex, source_of(ex))
    order = {id(fig): n for n, fig in enumerate(_all(ctx))}
    return [sorted(g, key=lambda fig: order[id(fig)]) for g in groups]


def series(ctx: PageContext) -> list[Series]:
    # A series is told in one place: one sentence ("810 under A, 760 under B and 724 under C")
    # or one run of list items. Figures of one noun scattered over an article ("87 percent of
    # members" ... "40 percent of the traffic") are different measures, not bars of one chart;
    # and a bar needs its specific ("under A"): a bare "percent" labels nothing.
    candidates: dict[tuple[str, str, str, int], dict[str, Figure]] = defaultdict(dict)
    for f in ctx.extraction.articles:
        run, last = 0, None
        for fig in sorted(f.figures, key=lambda x: x.sentence.index):
            s = fig.sentence
            listed = last is not None and s.block_kind == last.block_kind == "item"
            if last is None or not (
                s.index == last.index or (listed and s.index == last.index + 1)
            ):
                run = s.index
            last = s
            noun = _noun(fig)
            if noun and fig.counts.strip().lower() != noun:
                key = (noun, (fig.unit or "").lower(), f.article.id, run)
                candidates[key].setdefault(fig.counts, fig)
    found = []
    for (noun, unit, article_id, _), members in candidates.items():
        if len(members) >= MIN_SERIES and len({m.value for m in members.values()}) > 1:
            found.append(Series(noun, unit, ctx.labels[article_id], tuple(members.values())))
    found.sort(key=lambda s: (-len(s.figures), s.noun, s.outlet))
    # the same series told by two articles is charted once (the fuller telling wins)
    out, seen = [], set()
    for s in found:
        if (s.noun, s.unit) not in seen:
            seen.add((s.noun, s.unit))
            out.append(s)
    return out[:MAX_CHARTS]


def _chart_path(n: int) -> str:
    return f"data/chart-{n}.svg"


def _desc(s: Series, word=str) -> str:
    parts = "; ".join(f"{fig.counts}: {number(fig.value)}" for fig in s.figures)
    head = word("Bar chart of {noun} as given by {outlet}.").format(noun=s.noun, outlet=s.outlet)
    return f"{head} {parts}."


def assets(ctx: PageContext) -> dict[str, bytes]:
    return {
        _chart_path(n): bar_chart(
            s.title, _desc(s, ctx.tr.word), [(f.counts, f.value) for f in s.figures], s.shown_unit
        )
        for n, s in enumerate(series(ctx), 1)
    }


def _row(ctx: PageContext, fig: Figure, flagged: set[int]) -> dict:
    return {
        "value": number(fig.value),
        "text": fig.text,
        # the figures stage's English vocabulary ("at least", "dollars"), in the site's words
        "qualifier": ctx.tr.word(fig.qualifier) if fig.qualifier else "",
        "unit": ctx.tr.word(fig.unit) if fig.unit else "",
        "counts": fig.counts,
        "source": ctx.labels[fig.sentence.article_id],
        "link": f"sources/{fig.sentence.article_id}.md#{fig.sentence.anchor}",
        "index": fig.sentence.index,
        "sentence": fig.sentence,
        "flag": id(fig) in flagged,
    }


def _capped(figs: list[Figure], flagged: set[int]) -> list[Figure]:
    """Whole measures, the flagged ones and then those given by the most sources first, until
    FIGURES_SHOWN rows; in table order."""
    if len(figs) <= FIGURES_SHOWN:
        return figs
    by_measure: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for fig in figs:
        by_measure[_measure(fig)].append(fig)
    ranked = sorted(
        by_measure.items(),
        key=lambda kv: (
            not any(id(f) in flagged for f in kv[1]),
            -len({f.sentence.article_id for f in kv[1]}),
            kv[0],
        ),
    )
    keep: set[int] = set()
    for _, group in ranked:
        if len(keep) + len(group) > FIGURES_SHOWN:
            if keep:
                break
            group = group[:FIGURES_SHOWN]
        keep.update(id(f) for f in group)
    return [fig for fig in figs if id(fig) in keep]


def _named(ctx: PageContext, group: list[Figure]) -> Figure:
    """The figure whose words caption a measure's differing values: the first in the site's
    language, else in English, else the first (a Spanish site names it in Spanish words)."""
    for code in (ctx.lang, "en"):
        mine = [f for f in group if f.sentence.lang == code]
        if mine:
            return mine[0]
    return group[0]


def build(ctx: PageContext) -> str:
    every = _all(ctx)
    conflicts = _conflicts(ctx)
    flagged = {id(fig) for g in conflicts for fig in g}
    figs = _capped(every, flagged)
    charts = []
    for n, s in enumerate(series(ctx), 1):
        charts.append(
            {
                "path": _chart_path(n),
                "title": s.title + (f" ({s.shown_unit})" if s.shown_unit else ""),
                "outlet": s.outlet,
                # the values are in the table right after the chart (and in the SVG's <desc>)
                "alt": ctx.tr.word(
                    "Bar chart of {noun} as given by {outlet}; the table below lists them."
                ).format(noun=s.noun, outlet=s.outlet),
                "rows": [
                    {"counts": f.counts, "value": number(f.value), "sentence": f.sentence}
                    for f in s.figures
                ],
            }
        )
    return ctx.render(
        "data.md.j2",
        PATH,
        rows=[_row(ctx, fig, flagged) for fig in figs],
        total=len(every),
        conflicts=[
            [_row(ctx, fig, set()) for fig in g[:VALUES_SHOWN]] for g in conflicts[:CONFLICTS_SHOWN]
        ],
        named=[_row(ctx, _named(ctx, g), set()) for g in conflicts[:CONFLICTS_SHOWN]],
        conflicts_total=len(conflicts),
        charts=charts,
        sources=len({ctx.labels[f.sentence.article_id] for f in every}),
    )

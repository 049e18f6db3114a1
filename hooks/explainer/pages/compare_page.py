"""Compare the sources: who reported what, what only one source carries, where accounts differ.

Reads: the `Comparison` (compare.compare_sources) and the Extraction's articles. Produces:
compare.md. Limits: lays out what the comparison found and nothing more; "similar reports" are
matches by shared words plus a shared name, figure or date, so each one shows every sentence.
"""

from __future__ import annotations

import re

from explainer.model import Sentence
from explainer.pages._compare_rows import EVIDENCE_SHOWN, WORDS_SHOWN, sentence_like, word_rows
from explainer.pages._context import PageContext
from explainer.pages._explain import date_label, published_label
from explainer.pages._lang import mark
from explainer.pipeline import SUPPORTED_LANGUAGES

PATH = "compare.md"

# With more sources than this, the coverage matrix turns sources into rows (five topics always
# fit a phone screen as columns; ten outlets do not).
MATRIX_COLUMNS = 6
# Items shown per list before the rest fold into a "N more" box: enough to read the pattern,
# short enough to scroll past.
SHARED_SHOWN = 12
SINGLE_SHOWN = 6
DIFF_SHOWN = 10
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take;
# the rest is in the downloadable data and on the sources index. The seeds and the test
# clusters stay under every cap. Sources: the ones with the most articles (then words).
SOURCES_SHOWN = 30
LEDES_SHOWN = 12
# Items per list, the fold included (the strongest first).
SHARED_MAX = 50
SINGLE_SOURCES_SHOWN = 20
DIFF_MAX = 50
DATA_LINK = "data/extraction.json"
# Order and headings of the kinds of discrepancy.
DIFF_KINDS = (
    ("figure", "Figures"),
    ("date", "Dates"),
    ("place", "Places"),
    ("contradiction", "Stated by one source, denied by another"),
    ("record", "Firsts counted from different starts"),
    ("label", "Labels and characterisations"),
    ("quote", "The same quote, worded differently"),
    ("outcome", "Outcome"),
)
# ISO dates the comparison writes into its values and notes, shown as a reader writes them.
_ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_KIND_NAMES = {"preview": "preview", "report": "report", "analysis": "analysis"}


def _link(article_id: str, sentence: Sentence | None = None) -> str:
    return f"sources/{article_id}.md" + (f"#{sentence.anchor}" if sentence else "")


def _unmined(ctx: PageContext) -> dict[str, str]:
    """Article id -> language, for articles the extraction did not mine (published as sources
    only): none of their text belongs on this page."""
    return {
        f.article.id: f.article.language or "unknown"
        for f in ctx.extraction.articles
        if (f.article.language or "en") not in SUPPORTED_LANGUAGES
    }


def _profiles(ctx: PageContext, cmp) -> list[dict]:
    titles, w = ctx.titles, ctx.tr.word
    names = _names(ctx, cmp)
    unmined = _unmined(ctx)
    ledes = {x.article_id: x.lede for x in cmp.ledes if x.article_id not in unmined}
    out = []
    for p in _top_profiles(cmp):
        out.append(
            {
                "name": names[p.key],
                # one line per file: its kind (linked) and date, the lede cited
                "articles": [
                    {
                        "title": titles.get(a, a),
                        "link": _link(a),
                        "lede": ledes.get(a),
                        "kind": w(_KIND_NAMES.get(kind, kind)),
                        "unmined": unmined.get(a),
                        "published": published_label(date, ctx.lang) or w("date unknown"),
                    }
                    for a, kind, date in zip(p.article_ids, p.kinds, p.published, strict=False)
                ],
                "authors": ", ".join(p.authors) or w("unknown"),
                "published": ", ".join(x for x in p.published if x) or w("unknown"),
                "kinds": ", ".join(w(_KIND_NAMES.get(k, k)) for k in p.kinds),
                "translated": w("yes" if p.translated else "no"),
                "words": p.words,
                "quotes": p.quotes,
                "figures": p.figures,
                "topics": [f"{w(t)} {n}" for t, n in p.topics],
            }
        )
    return out


def _top_profiles(cmp) -> list:
    """The SOURCES_SHOWN sources with the most articles, then words, in their own order."""
    if len(cmp.profiles) <= SOURCES_SHOWN:
        return list(cmp.profiles)
    order = sorted(
        range(len(cmp.profiles)),
        key=lambda k: (-len(cmp.profiles[k].article_ids), -cmp.profiles[k].words, k),
    )
    return [cmp.profiles[k] for k in sorted(order[:SOURCES_SHOWN])]


def _matrix(ctx: PageContext, cmp) -> dict:
    sources = [p.key for p in _top_profiles(cmp)]
    names = _names(ctx, cmp)
    cells = {(c.topic, c.source): c for c in cmp.matrix}

    def cell(topic: str, source: str) -> dict:
        c = cells.get((topic, source))
        if c is None or not c.sentences:
            return {"count": 0, "link": None}
        first = c.sentences[0]
        # a linked sentence must be shown on its source page (excerpts show only used ones)
        ctx.used_by.setdefault(first.key, set()).add(PATH)
        return {"count": len(c.sentences), "link": _link(first.article_id, first)}

    transposed = len(cmp.profiles) > MATRIX_COLUMNS
    if transposed:
        head = [ctx.tr.word(t) for t in cmp.topics]
        rows = [{"label": names[s], "cells": [cell(t, s) for t in cmp.topics]} for s in sources]
    else:
        head = [names[s] for s in sources]
        rows = [
            {"label": ctx.tr.word(t), "cells": [cell(t, s) for s in sources]} for t in cmp.topics
        ]
    return {
        "transposed": transposed,
        "head": head,
        "rows": rows,
        "corner": ctx.tr.word("Source" if transposed else "Topic"),
    }


def _readable(text: str | None, lang: str = "en") -> str | None:
    return _ISO_DAY.sub(lambda m: date_label(m.group(), lang=lang), text) if text else text


def _names(ctx: PageContext, cmp) -> dict[str, str]:
    """Source key -> the name the other pages use for it: the comparison's name when one of its
    articles has an outlet, else the articles' labels ("X (outlet unknown)", "Unknown outlet
    (article N)"): a bare file id means nothing to a reader."""
    labels = ctx.labels
    with_outlet = {f.article.id for f in ctx.extraction.articles if f.article.outlet}
    out = {}
    for p in cmp.profiles:
        if with_outlet & set(p.article_ids):
            out[p.key] = p.name
        else:
            out[p.key] = " / ".join(sorted({labels.get(a, a) for a in p.article_ids}))
    return out


def _shared(ctx: PageContext, cmp) -> list[dict]:
    names = _names(ctx, cmp)
    return [
        {
            "claim": c.sentences[0].text,
            "anchors": ", ".join(c.anchors),
            "evidence": [
                {"source": names.get(src, src), "sentence": s}
                for src, s in zip(c.sources, c.sentences, strict=False)
            ][:EVIDENCE_SHOWN],
            "more_sources": max(0, len(c.sources) - EVIDENCE_SHOWN),
        }
        for c in cmp.shared[:SHARED_MAX]
        if c.sentences
    ]


def _single(ctx: PageContext, cmp) -> list[dict]:
    names = _names(ctx, cmp)
    by_source: dict[str, list] = {}
    for c in cmp.single:
        by_source.setdefault(c.source, []).append(c)
    out = []
    for key in sorted(by_source, key=lambda k: names.get(k, k))[:SINGLE_SOURCES_SHOWN]:
        items = [
            {"sentence": c.sentence, "anchors": ", ".join(c.anchors)}
            for c in by_source[key]
            if ctx.standalone.bullet([c.sentence])  # a claim that leans on another is no bullet
        ]
        if not items:
            continue
        out.append(
            {
                "source": names.get(key, key),
                "entries": items[:SINGLE_SHOWN],
                "more": items[SINGLE_SHOWN:],
            }
        )
    return out


def _diffs(ctx: PageContext, cmp) -> list[dict]:
    names = _names(ctx, cmp)
    known = [k for k, _ in DIFF_KINDS]
    out = []
    titles = {k: ctx.tr.word(t) for k, t in DIFF_KINDS}
    lang = ctx.lang
    published = {
        f.article.id: published_label(f.article.published, lang) for f in ctx.extraction.articles
    }
    kinds = known + sorted({d.kind for d in cmp.discrepancies} - set(known))
    for kind in kinds:
        items = [
            {
                "subject": d.subject,
                # the comparison stage's note is English prose: marked so on other sites
                "note": d.note and mark(_readable(d.note, lang), "en", lang),
                # words from the articles go in quotation marks; figures and dates as values
                "quoted": d.kind in ("label", "quote", "outcome", "contradiction", "record"),
                "variants": [
                    {
                        "source": names.get(v.source, v.source),
                        "value": _readable(v.value, lang),
                        "sentence": v.sentence,
                        # a figure may change between reports: each side says when it was
                        # published
                        "published": published.get(v.sentence.article_id)
                        if d.kind == "figure"
                        else None,
                    }
                    for v in d.variants[:EVIDENCE_SHOWN]
                ],
                "more_sources": max(0, len(d.variants) - EVIDENCE_SHOWN),
            }
            for d in cmp.discrepancies
            if d.kind == kind
        ]
        if items:
            out.append(
                {
                    "title": titles.get(kind, kind),
                    # the English heading's slug, kept on other sites (timeline links #dates)
                    "anchor": "-".join(
                        dict(DIFF_KINDS).get(kind, kind).lower().replace(",", "").split()
                    ),
                    "entries": items[:DIFF_SHOWN],
                    "more": items[DIFF_SHOWN:DIFF_MAX],
                    "hidden": max(0, len(items) - DIFF_MAX),
                }
            )
    return out


def build(ctx: PageContext) -> str:
    cmp = ctx.comparison
    shared = _shared(ctx, cmp)
    names = _names(ctx, cmp)
    unmined = _unmined(ctx)
    ledes = [x for x in cmp.ledes if x.article_id not in unmined]
    single = _single(ctx, cmp)
    return ctx.render(
        "compare.md.j2",
        PATH,
        count=len(cmp.profiles),
        articles=len(ctx.extraction.articles),
        profiles=_profiles(ctx, cmp),
        sources_more=max(0, len(cmp.profiles) - SOURCES_SHOWN),
        ledes=[
            {
                "source": names.get(x.source, x.source),
                "headline": x.headline or "",
                "standfirst": x.standfirst or "",
                "standfirst_sentence": sentence_like(ctx, x.article_id, x.standfirst),
                "lede": x.lede,
                "link": _link(x.article_id, x.lede),
            }
            for x in ledes[:LEDES_SHOWN]
        ],
        ledes_more=max(0, len(ledes) - LEDES_SHOWN),
        matrix=_matrix(ctx, cmp),
        shared=shared[:SHARED_SHOWN],
        shared_more=shared[SHARED_SHOWN:],
        shared_hidden=max(0, len(cmp.shared) - SHARED_MAX),
        single=single,
        single_hidden=len({c.source for c in cmp.single}) - len(single),
        diffs=_diffs(ctx, cmp),
        words=word_rows(cmp, _names(ctx, cmp)),
        words_hidden=max(0, len(cmp.word_choice) - WORDS_SHOWN),
        data_link=DATA_LINK,
    )

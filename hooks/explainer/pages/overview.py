"""Overview (home): what happened, an "At a glance" infobox, key figures, links to every page.

"What happened" is drawn from reports only (a preview cannot say what happened): the report
sentences that the most sources carry in similar words, merged duplicates citing every source.
"""

from __future__ import annotations

import re
from collections import defaultdict

from explainer._support import Support, is_claim, support_for
from explainer.event import Event, find_event
from explainer.model import Sentence
from explainer.pages import agenda
from explainer.pages._context import PageContext
from explainer.pages._explain import Merged, date_label, merge_similar
from explainer.pages._key_figures import key_figures
from explainer.pages._key_figures import rows as figure_rows
from explainer.pages._statements import headlines, not_a_statement

PATH = "index.md"

# "What happened": at least MIN_CLAIMS and at most MAX_CLAIMS sentences, enough for a lead
# paragraph (a Wikipedia lead has 3-6), each a claim supported by the most sources.
MIN_CLAIMS, MAX_CLAIMS = 3, 6
# Agenda items and key figures shown on the overview; the rest on their pages.
AGENDA_BRIEF = 5
AGENDA_PER_SECTION = 3
# Only the opening sentences of a report are candidates: later ones are background and quotes.
LEAD_WINDOW = 12
# On a large cluster the candidates for "what happened" and the outcome come from the first
# SAMPLED_REPORTS reporting articles (counting support across every source still), since
# scoring every opening of a thousand reports against the cluster costs more than the rest of the
# page; a key figure cites its first CITED_SHOWN sentences. The seeds and the test clusters are
# under both caps.
SAMPLED_REPORTS = 10
CITED_SHOWN = 5

# What an outcome sentence says happened as a result (the topic stage marks whole closing
# sections as "outcome"; the infobox wants the sentence that states the result).
_OUTCOME = re.compile(
    r"\b(?:agreed|agreement|ended|concluded|resulted|signed|announced|pledged|committed|"
    r"without (?:a |any )?(?:deal|agreement)|no (?:deal|agreement)|decided|reached)\b",
    re.IGNORECASE,
)

PLURAL = {"analysis": "analyses"}

CARDS = (
    ("background.md", "Background", "How things got here, oldest first."),
    ("agenda.md", "Agenda", "What was on the table, and which sources say so."),
    ("reactions.md", "Reactions", "Who said what, with each source's wording."),
    ("data.md", "Data", "Every figure, sortable and downloadable."),
    ("timeline.md", "Timeline", "Every dated event, in order."),
    ("people.md", "Who's who", "The people in the story, their roles and sides."),
    ("compare.md", "Compare the sources", "Where the accounts agree and where they differ."),
    ("about/method.md", "How this site is made", "The method, its accuracy and its limits."),
)


def _reporting_ids(ctx: PageContext, event: Event) -> set[str]:
    return {
        f.article.id
        for f in ctx.extraction.articles
        if event.kinds and f.kind in event.kinds and f.kind != "preview"
    }


class _Stated:
    """Each article's body sentences that are statements (no caption, dateline, headline), each
    text once (a caption repeated under two pictures); worked out once per page."""

    def __init__(self, ctx: PageContext) -> None:
        arts = [f.article for f in ctx.extraction.articles]
        self.titles = headlines([a.title for a in arts] + [a.standfirst for a in arts])
        self._memo: dict[str, list[Sentence]] = {}

    def __call__(self, f) -> list[Sentence]:
        if f.article.id not in self._memo:
            out, seen = [], set()
            for s in f.sentences:
                if s.text in seen or not is_claim(s) or s.block_kind != "paragraph":
                    continue
                if not_a_statement(s, f.sentences, self.titles) is None:
                    seen.add(s.text)
                    out.append(s)
            self._memo[f.article.id] = out
        return self._memo[f.article.id]


def _what_happened(
    ctx: PageContext, support: Support, reporting: set[str], stated: _Stated, lead: str
) -> list[Merged]:
    """`lead`: the article whose headline titles the page: of statements only one source
    carries, its opening ones come first (the report most like the others)."""
    lengths = {f.article.id: max(1, len(f.sentences)) for f in ctx.extraction.articles}
    candidates: list[tuple[tuple, Sentence]] = []
    for f in [f for f in ctx.extraction.articles if f.article.id in reporting][:SAMPLED_REPORTS]:
        for pos, s in enumerate(stated(f)[:LEAD_WINDOW]):
            candidates.append(((-len(support.outlets(s)), pos, s.article_id != lead, s.key), s))
    candidates.sort(key=lambda c: c[0])
    groups = merge_similar(support, [s for _, s in candidates], allowed=reporting)
    groups = [g for g in groups if ctx.standalone.bullet(g.sentences)]  # no bullet leans on one
    # support counts every source with a similar sentence (a preview that announced it too);
    # the citations are the reports' own sentences only
    backed = [g for g in groups if len(support.outlets(g.lead)) > 1]
    shared = backed[:MAX_CLAIMS]
    if len(shared) < MIN_CLAIMS:
        shared += [g for g in groups if g not in backed][: MIN_CLAIMS - len(shared)]
    # most-supported first; among equals, in the order the reports tell it
    shared.sort(
        key=lambda g: (
            -len(support.outlets(g.lead)),
            g.lead.index / lengths[g.lead.article_id],
            g.lead.key,
        )
    )
    return shared


def _outcome(ctx: PageContext, support: Support, reporting: set[str]) -> list[Merged]:
    sampled = [f for f in ctx.extraction.articles if f.article.id in reporting][:SAMPLED_REPORTS]
    found = [
        t.sentence
        for f in sampled
        for t in f.topics
        if t.topic == "outcome"
        and is_claim(t.sentence)
        and _OUTCOME.search(t.sentence.text)
        # one sentence in a table cell: it must stand without a lead-in
        and ctx.standalone.resolved(t.sentence) is not None
    ]
    found.sort(key=lambda s: (-len(support.outlets(s)), s.index, s.key))
    return merge_similar(support, found, allowed=reporting)[:1]


def _key_figures(ctx: PageContext, reporting: set[str], stated: _Stated) -> list[dict]:
    # a figure one source gives is shown only from a report's statements (previews when no
    # report is among the sources)
    facts = {f.article.id: f for f in ctx.extraction.articles}

    def lone(s: Sentence) -> bool:
        if reporting and s.article_id not in reporting:
            return False
        return s.key in {x.key for x in stated(facts[s.article_id])}

    kinds = {f.article.id: f.kind for f in ctx.extraction.articles}
    return figure_rows(key_figures(ctx.extraction, kinds, lone), ctx.labels)


def _glance(
    ctx: PageContext, event: Event, support: Support, reporting: set[str]
) -> tuple[list[dict], list[str]]:
    rows: list[dict] = []
    missing: list[str] = []
    if event.date:
        w = ctx.tr.word
        text = date_label(event.date.iso, lang=ctx.lang)
        text += f" ({w('approximate')})" if event.date.approximate else ""
        parts = [{"text": text, "sentences": event.date.sentences}]
        rows.append({"field": w("Date"), "link": None, "parts": parts})
    else:
        missing.append(ctx.tr.word("date"))
    if event.place:
        rows.append(
            {
                "field": ctx.tr.word("Place"),
                "link": None,
                "parts": [{"text": event.place.value, "sentences": event.place.sentences}],
            }
        )
    else:
        missing.append(ctx.tr.word("place"))
    # "Participants" only where the event is talks (what the Agenda page says it holds)
    found = agenda.sections(ctx.extraction, ctx.labels)
    meeting = bool(found) and agenda.page_title(found) == agenda.TABLE_TITLE
    for side, people in event.sides:
        parts = [
            {"text": p.name + (f", {p.role}" if p.role else ""), "sentences": p.sentences}
            for p in people
        ]
        label = ctx.tr.word("Participants" if meeting else "People in the reports")
        rows.append({"field": f"{label} ({ctx.tr.word(side)})", "link": None, "parts": parts})
    if not event.sides:
        missing.append(ctx.tr.word("participants" if meeting else "people"))
    rows += _agenda_rows(found, ctx.tr.word)
    if not found:
        missing.append(ctx.tr.word("agenda"))
    outcome = _outcome(ctx, support, reporting)
    if outcome:
        rows.append(
            {
                "field": ctx.tr.word("Outcome"),
                "link": None,
                "parts": [
                    {
                        "text": ctx.standalone.resolved(outcome[0].lead),
                        "sentences": outcome[0].sentences,
                        "quoted": True,  # an article's sentence: marked with its language
                    }
                ],
            }
        )
    else:
        missing.append("outcome (from reports)")
    return rows, missing


def _agenda_rows(found, word) -> list[dict]:
    """The Agenda page's sections, as it titles them, with their first items in its order."""
    rows, left = [], AGENDA_BRIEF
    for key, items, _ in found:
        shown = items[: min(AGENDA_PER_SECTION, left)]
        if not shown:
            break
        left -= len(shown)
        rows.append(
            {
                "field": word(agenda.TITLES[key]),
                "link": f"{agenda.PATH}#{agenda.ANCHORS[key]}",
                # an item is worded by its article: marked with its language
                "parts": [
                    {"text": i.label, "sentences": i.sentences, "quoted": True} for i in shown
                ],
            }
        )
    return rows


def _kind(ctx: PageContext, kind: str, n: int) -> str:
    """'4 reports': the count of one kind of article, in the site's language."""
    if f"kind_{kind}" in ctx.tr:
        return str(ctx.tr(f"kind_{kind}", n=n))
    return f"{n} {kind if n == 1 else PLURAL.get(kind, kind + 's')}"


def _cards(registered: frozenset[str] | None, word) -> list[dict]:
    return [
        {"link": p, "title": word(t), "text": word(d)}
        for p, t, d in CARDS
        if registered is None or p in registered
    ]


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    support = support_for(ex, ctx.labels)
    event = find_event(ex)
    reporting = _reporting_ids(ctx, event)
    stated = _Stated(ctx)
    rows, missing = _glance(ctx, event, support, reporting)
    kinds = defaultdict(int)
    for f in ex.articles:
        kinds[f.kind] += 1
    headline = next((f for f in ex.articles if f.article.id == event.title_article), None)
    cards = _cards(ctx.pages, ctx.tr.word)
    return ctx.render(
        "overview.md.j2",
        PATH,
        cited=CITED_SHOWN,
        title=event.title or ctx.tr.word("What the articles report"),
        headline_source=ctx.labels[headline.article.id] if headline else None,
        headline_link=f"sources/{headline.article.id}.md" if headline else None,
        previews_only=event.previews_only,
        rows=rows,
        missing=missing,
        happened=ctx.standalone.statements(
            (g.sentences, g.sentences[:CITED_SHOWN])
            for g in _what_happened(ctx, support, reporting, stated, event.title_article or "")
        ),
        figures=_key_figures(ctx, reporting, stated),
        cards=cards,
        has_data="data.md" in {c["link"] for c in cards},
        has_compare="compare.md" in {c["link"] for c in cards},
        any_figures=any(f.figures for f in ex.articles),
        method="about/method.md" in {c["link"] for c in cards},
        articles=len(ex.articles),
        outlets=len(set(ctx.labels.values())),
        kinds=[_kind(ctx, k, n) for k, n in sorted(kinds.items())],
    )

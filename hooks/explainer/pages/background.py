"""Background: how things got here, from the dated events before the event, oldest first, then
undated background sentences ("Context") ordered by how many sources carry them.
"""

from __future__ import annotations

from explainer._support import is_claim, support_for
from explainer.event import find_event
from explainer.pages._context import PageContext
from explainer.pages._dated import dated_entries, most_told
from explainer.pages._explain import date_label, merge_similar

PATH = "background.md"

# Group under month headings when the dated background spans at most this many years, else
# under years (a century of history under month headings would be a wall of headings).
MONTHS_UP_TO_YEARS = 2
# Context sentences shown before the rest fold into a "more" box.
CONTEXT_SHOWN = 8
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# the dated events told by the most sources, the context points most sources make (the fold
# included), and the first sentences cited for each. The seeds and test clusters stay under.
EVENTS_SHOWN = 50
CONTEXT_MAX = 50
CITED_SHOWN = 5
# On a large cluster the context candidates come from the first SAMPLED_ARTICLES articles (their
# support is still counted over every source): ranking every background sentence of a thousand
# articles by support costs more than the rest of the build. The seeds and test clusters are
# under it.
SAMPLED_ARTICLES = 10


def _groups(entries, lang: str = "en") -> list[dict]:
    years = {e.iso[:4] for e in entries}
    by_month = len(years) <= MONTHS_UP_TO_YEARS and any(len(e.iso) >= 7 for e in entries)
    groups: list[dict] = []
    for e in entries:
        if by_month and len(e.iso) >= 7:
            heading = date_label(e.iso[:7], lang=lang)
        else:
            heading = e.iso[:4]
        if not groups or groups[-1]["heading"] != heading:
            groups.append({"heading": heading, "entries": []})
        groups[-1]["entries"].append(e)
    return groups


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    support = support_for(ex, ctx.labels)
    event = find_event(ex)
    entries = dated_entries(ex, support)
    if event.date:
        past = [e for e in entries if e.ends_before(event.date.iso)]
    else:
        background = {
            t.sentence.key for f in ex.articles for t in f.topics if t.topic == "background"
        }
        past = [e for e in entries if any(m.sentence.key in background for m in e.mentions)]
    # a dated event told only in sentences that lean on others stays on the timeline
    past = [e for e in past if ctx.standalone.bullet([m.sentence for m in e.mentions])]
    used = {m.sentence.key for e in past for m in e.mentions}
    shown = most_told(past, EVENTS_SHOWN)
    dated_keys = {m.sentence.key for f in ex.articles for m in f.dates}
    context = [
        t.sentence
        for f in ex.articles[:SAMPLED_ARTICLES]
        for t in f.topics
        if t.topic == "background"
        and is_claim(t.sentence)
        and t.sentence.key not in used
        and t.sentence.key not in dated_keys
    ]
    context.sort(key=lambda s: (-len(support.outlets(s)), s.index, s.key))
    merged = ctx.standalone.statements(
        (g.sentences, g.sentences[:CITED_SHOWN]) for g in merge_similar(support, context)
    )
    return ctx.render(
        "background.md.j2",
        PATH,
        event_date=event.date,
        groups=_groups(shown, ctx.lang),
        events_more=len(past) - len(shown),
        context=merged[:CONTEXT_SHOWN],
        more=merged[CONTEXT_SHOWN:CONTEXT_MAX],
        context_more=max(0, len(merged) - CONTEXT_MAX),
        cited=CITED_SHOWN,
        articles=len(ex.articles),
    )

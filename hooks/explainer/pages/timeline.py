"""Timeline: one entry per normalised date and happening, the dating sentence cited, the
sources that date it; a happening the sources date differently is shown side by side.
"""

from __future__ import annotations

from explainer._support import support_for
from explainer.event import find_event
from explainer.pages._context import PageContext
from explainer.pages._dated import dated_entries, most_told
from explainer.pages._explain import badges, date_label

PATH = "timeline.md"

# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# the happenings dated by the most sources (the event always), each citing its first sentences
# and naming its first sources; the rest is in the downloadable data. The seeds and the test
# clusters stay under every cap.
ENTRIES_SHOWN = 60
CITED_SHOWN = 5
SOURCES_SHOWN = 8
CONFLICTS_SHOWN = 20
DATA_LINK = "data/extraction.json"


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    support = support_for(ex, ctx.labels)
    event = find_event(ex)
    all_entries = dated_entries(ex, support)
    numbers = {id(e): n for n, e in enumerate(all_entries, 1)}

    def is_event(e) -> bool:
        return bool(
            event.date
            and e.iso == event.date.iso
            and any(m.sentence in event.date.sentences for m in e.mentions)
        )

    entries = most_told(all_entries, ENTRIES_SHOWN, is_event)
    shown = {id(e) for e in entries}
    rows = []
    for e in entries:
        outlets = e.outlets[:SOURCES_SHOWN]
        # each printed form with the sentence it came from: marked with that one's language
        printed: dict[str, object] = {}
        for m in e.mentions:
            printed.setdefault(m.text, m.sentence)
        linked = [
            {"n": numbers[id(c)], "label": c.label_in(ctx.lang)}
            for c in e.conflicts
            if id(c) in shown
        ]
        rows.append(
            {
                "n": numbers[id(e)],
                "label": e.label_in(ctx.lang),
                "iso": e.iso,
                "approximate": e.approximate,
                "is_event": is_event(e),
                "told": [m.sentence for m in e.mentions],
                "sentences": [m.sentence for m in e.mentions][:CITED_SHOWN],
                "printed": [
                    {"text": t, "sentence": printed[t]} for t in sorted(printed)[:CITED_SHOWN]
                ],
                "badges": badges(outlets),
                "more_sources": len(e.outlets) - len(outlets),
                "conflicts": linked[:CITED_SHOWN],
                "conflicts_more": len(linked) - len(linked[:CITED_SHOWN]),
            }
        )
    dates: list[dict] = []
    for r in rows:
        if not dates or dates[-1]["iso"] != r["iso"]:
            dates.append({"iso": r["iso"], "label": r["label"], "is_event": False, "items": []})
        dates[-1]["items"].append(r)
        dates[-1]["is_event"] = dates[-1]["is_event"] or r["is_event"]
    conflicts = []
    seen: set[tuple[int, ...]] = set()
    for e in entries:
        if not e.conflicts:
            continue
        group = sorted([e, *e.conflicts], key=lambda x: (x.iso, numbers[id(x)]))[:SOURCES_SHOWN]
        key = tuple(numbers[id(x)] for x in group)
        if key in seen:
            continue
        seen.add(key)
        conflicts.append(
            [
                {
                    "label": x.label_in(ctx.lang),
                    "told": [m.sentence for m in x.mentions],
                    "sentences": [m.sentence for m in x.mentions][:CITED_SHOWN],
                    "outlets": ", ".join(x.outlets[:SOURCES_SHOWN])
                    + (
                        " " + ctx.tr("and_more", n=len(x.outlets) - SOURCES_SHOWN)
                        if len(x.outlets) > SOURCES_SHOWN
                        else ""
                    ),
                }
                for x in group
            ]
        )
    return ctx.render(
        "timeline.md.j2",
        PATH,
        dates=dates,
        conflicts=conflicts[:CONFLICTS_SHOWN],
        conflicts_more=len(conflicts) - len(conflicts[:CONFLICTS_SHOWN]),
        entries_shown=len(entries),
        entries_more=len(all_entries) - len(entries),
        data_link=DATA_LINK,
        event_label=date_label(event.date.iso, lang=ctx.lang) if event.date else None,
    )

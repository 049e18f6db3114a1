"""Timeline: one entry per normalised date and happening, the dating sentence cited, the
sources that date it; a happening the sources date differently is shown side by side.
"""

from __future__ import annotations

from .._support import support_for
from ..event import find_event
from ._context import PageContext
from ._dated import dated_entries
from ._explain import badges, date_label

PATH = "timeline.md"


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    support = support_for(ex, ctx.labels)
    event = find_event(ex)
    entries = dated_entries(ex, support)
    numbers = {id(e): n for n, e in enumerate(entries, 1)}
    rows = []
    for e in entries:
        rows.append(
            {
                "n": numbers[id(e)],
                "label": e.label,
                "iso": e.iso,
                "approximate": e.approximate,
                "is_event": bool(
                    event.date
                    and e.iso == event.date.iso
                    and any(m.sentence in event.date.sentences for m in e.mentions)
                ),
                "text": e.lead.sentence.text,
                "sentences": [m.sentence for m in e.mentions],
                "printed": sorted({m.text for m in e.mentions}),
                "badges": badges(e.outlets),
                "conflicts": [{"n": numbers[id(c)], "label": c.label} for c in e.conflicts],
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
        group = sorted([e, *e.conflicts], key=lambda x: (x.iso, numbers[id(x)]))
        key = tuple(numbers[id(x)] for x in group)
        if key in seen:
            continue
        seen.add(key)
        conflicts.append(
            [
                {
                    "label": x.label,
                    "text": x.lead.sentence.text,
                    "sentences": [m.sentence for m in x.mentions],
                    "outlets": ", ".join(x.outlets),
                }
                for x in group
            ]
        )
    return ctx.render(
        "timeline.md.j2",
        PATH,
        dates=dates,
        conflicts=conflicts,
        event_label=date_label(event.date.iso) if event.date else None,
    )

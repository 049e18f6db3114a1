"""Agenda: the items on the table, merged across sources, each with the sources naming it;
what previews expected kept apart from what reports say was discussed.
"""

from __future__ import annotations

from ._agenda import agenda_items
from ._context import PageContext
from ._explain import badges

PATH = "agenda.md"

# Items listed openly per group; the rest fold into a "more" box.
SHOWN = 12


def _rows(items) -> list[dict]:
    return [
        {
            "label": i.label,
            "badges": badges(i.outlets),
            "sentences": i.sentences,
            "forms": [f for f in i.forms if f.lower() != i.label.lower()],
        }
        for i in items
    ]


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    expected = agenda_items(ex, ctx.labels, ("preview",))
    discussed = agenda_items(ex, ctx.labels, ("report", "analysis"))
    groups = []
    if discussed:
        groups.append({"title": "Discussed, according to reports", "items": _rows(discussed)})
    if expected:
        groups.append({"title": "Expected beforehand", "items": _rows(expected)})
    return ctx.render("agenda.md.j2", PATH, groups=groups, shown=SHOWN, articles=len(ex.articles))

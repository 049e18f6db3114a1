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
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# items per group (the fold included; items come ordered by how many sources name them),
# sentences cited and sources named per item. The seeds and the test clusters stay under.
ITEMS_MAX = 40
CITED_SHOWN = 5
SOURCES_SHOWN = 8


def _rows(items) -> list[dict]:
    return [
        {
            "label": i.label,
            "badges": badges(i.outlets[:SOURCES_SHOWN]),
            "more_sources": len(i.outlets) - len(i.outlets[:SOURCES_SHOWN]),
            "sentences": i.sentences[:CITED_SHOWN],
            "forms": [f for f in i.forms if f.lower() != i.label.lower()],
        }
        for i in items[:ITEMS_MAX]
    ]


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    expected = agenda_items(ex, ctx.labels, ("preview",))
    discussed = agenda_items(ex, ctx.labels, ("report", "analysis"))
    groups = []
    if discussed:
        groups.append(
            {
                "title": "Discussed, according to reports",
                "items": _rows(discussed),
                "hidden": max(0, len(discussed) - ITEMS_MAX),
            }
        )
    if expected:
        groups.append(
            {
                "title": "Expected beforehand",
                "items": _rows(expected),
                "hidden": max(0, len(expected) - ITEMS_MAX),
            }
        )
    return ctx.render("agenda.md.j2", PATH, groups=groups, shown=SHOWN, articles=len(ex.articles))

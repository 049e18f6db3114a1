"""The Who's who page: the people in the story by side, with role, quotes and who mentions them.

Reads: the people (role, role sentence, side, mentions), the quotes (how many each person has)
and the articles' bylines. Produces: people.md. Limits: sides are only those the articles
state; authors are listed apart, by outlet, never as actors in the story.
"""

from __future__ import annotations

from explainer.model import Person
from explainer.pages import _speakers, reactions
from explainer.pages._context import PageContext

PATH = "people.md"

# Rows per side shown before the rest fold into a "N more" box: a cluster about a trial or a
# war can name hundreds of people, and a 25-row table still fits two screens.
ROWS_SHOWN = 25
# Hard caps, so a cluster of a thousand articles gives a page a reader (and Markdown) can take:
# people per side (the fold included), sources cited per person, authors and articles per
# author. The rest is on the source pages and in the downloadable data; the seeds and the test
# clusters stay under every cap.
ROWS_MAX = 60
SOURCES_SHOWN = 5
AUTHORS_SHOWN = 30
ARTICLES_SHOWN = 5
_GROUP_RANK = {key: i for i, (key, _) in enumerate(_speakers.GROUPS)}


def _mentioned_by(person: Person, labels: dict[str, str]) -> list[dict]:
    """One entry per source: its label and the first sentence in it naming the person."""
    first: dict[str, object] = {}
    for s in sorted(person.mentions, key=lambda s: (s.article_id, s.index)):
        first.setdefault(labels.get(s.article_id, s.article_id), s)
    return [{"outlet": label, "sentence": s} for label, s in sorted(first.items())]


def _row(person: Person, ctx: PageContext, counts, quoted: set[str]) -> dict:
    sources = _mentioned_by(person, ctx.labels)
    shown = sources[:SOURCES_SHOWN]
    return {
        "name": person.name,
        "anchor": _speakers.anchor(person.name),
        "role": person.role if person.role_sentence else None,
        "role_sentence": person.role_sentence,
        "quotes": counts.get(person.name, 0),
        "quoted": person.name in quoted,
        "sources": shown,
        "more_sources": len(sources) - len(shown),
        "group": _speakers.group_of(person, counts),
        "rank": (
            _GROUP_RANK[_speakers.group_of(person, counts)],
            -len(sources),
            -len(person.mentions),
            person.name,
        ),
    }


def sides(ctx: PageContext) -> list[dict]:
    """People (not authors) grouped by side, sides with more people first, unknown side last."""
    counts = _speakers.quote_counts(ctx.extraction)
    # only the speakers the Reactions page shows have a section there to link to
    quoted = set(sorted(counts, key=lambda n: (-counts[n], n))[: reactions.SPEAKERS_SHOWN])
    by_side: dict[str | None, list[dict]] = {}
    for p in ctx.extraction.people:
        if p.is_author:
            continue
        by_side.setdefault(p.side, []).append(_row(p, ctx, counts, quoted))
    order = sorted(by_side, key=lambda side: (side is None, -len(by_side[side]), side or ""))
    out = []
    for side in order:
        rows = sorted(by_side[side], key=lambda r: r["rank"])
        out.append(
            {
                "side": side,
                "rows": rows[:ROWS_SHOWN],
                "more": rows[ROWS_SHOWN:ROWS_MAX],
                "hidden": max(0, len(rows) - ROWS_MAX),
            }
        )
    return out


def authors(ctx: PageContext) -> list[dict]:
    """Bylines with their outlets and articles (metadata, not story content)."""
    by_author: dict[str, list] = {}
    for f in ctx.extraction.articles:
        if f.article.author:
            by_author.setdefault(f.article.author, []).append(f)
    out = []
    top = sorted(by_author, key=lambda n: (-len(by_author[n]), n))[:AUTHORS_SHOWN]
    for name in sorted(top):
        arts = by_author[name]
        out.append(
            {
                "name": name,
                "outlets": sorted({f.article.outlet for f in arts if f.article.outlet}),
                # the opening sentence is cited so the reader can check the byline's article
                "articles": [
                    {
                        "title": ctx.titles[f.article.id],
                        "link": f"sources/{f.article.id}.md",
                        "lede": next((s for s in f.sentences if s.block_kind == "paragraph"), None),
                    }
                    for f in arts[:ARTICLES_SHOWN]
                ],
                "more_articles": len(arts) - len(arts[:ARTICLES_SHOWN]),
            }
        )
    return out


def build(ctx: PageContext) -> str:
    groups = sides(ctx)
    return ctx.render(
        "people.md.j2",
        PATH,
        sides=groups,
        people=sum(len(g["rows"]) + len(g["more"]) + g["hidden"] for g in groups),
        authors=authors(ctx),
        authors_total=len({f.article.author for f in ctx.extraction.articles if f.article.author}),
    )

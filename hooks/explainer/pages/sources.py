"""Source pages (one per article), the sources index, and links between pages and sentences.

A source page shows the sentences other pages cite (excerpts, gaps marked) unless the site is
set to `full_text`, because the published site must not republish whole copyrighted articles.
"""

from __future__ import annotations

import re
from functools import cache

from explainer.model import ArticleFacts
from explainer.pages._context import PageContext
from explainer.pages._explain import published_label
from explainer.pages._lang import LANGUAGE_CODES, mark, strings

# Titles used when a source page lists where a sentence is cited.
PAGE_TITLES = {
    "index.md": "Overview",
    "background.md": "Background",
    "agenda.md": "Agenda",
    "reactions.md": "Reactions",
    "data.md": "Data",
    "timeline.md": "Timeline",
    "people.md": "Who's who",
    "compare.md": "Compare the sources",
}


def page_path(facts: ArticleFacts) -> str:
    return f"sources/{facts.article.id}.md"


def _when(facts: ArticleFacts, field: str) -> str | None:
    for inf in facts.article.inferred:
        if inf.field == field:
            return inf.how
    return None


@cache
def _counted_notes(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The `words` entries with `{a}`/`{b}` for counts, as patterns: built once per language."""
    out = []
    for english, mine in (strings(lang).get("words") or {}).items():
        if "{a}" in english:
            pattern = re.escape(english).replace(r"\{a\}", r"(?P<a>\d+)")
            out.append((re.compile(pattern.replace(r"\{b\}", r"(?P<b>\d+)")), str(mine)))
    return tuple(out)


def how_note(note: str, ctx: PageContext) -> str:
    """A reader stage's note on how a field was found, in the site's language: a fixed note
    ("front matter") or one of the kind notes with counts ("past-tense account (2 vs 1 future
    in the opening lines)"), whose `words` entry has `{a}`/`{b}` for the numbers. A note the
    table does not know is marked as the English it is."""
    mine = ctx.tr.word(note)
    for pattern, form in _counted_notes(ctx.lang):
        if m := pattern.fullmatch(note):
            mine = form.format(**m.groupdict())
            break
    return mine if mine != note else mark(note, "en", ctx.lang)


def _meta(facts: ArticleFacts, ctx: PageContext) -> list[dict]:
    a, w = facts.article, ctx.tr.word
    rows = [
        ("Outlet", a.outlet, "outlet"),
        ("Author", a.author, "author"),
        ("Published", published_label(a.published, ctx.lang), "published"),
        ("Kind", w(facts.kind) if facts.kind else None, None),
        ("Language", a.language, "language"),
        ("Translated from", a.translated_from, "translated_from"),
        ("Original", a.url, "url"),
        ("Seed file", a.path, None),
    ]
    out = []
    for label, value, field in rows:
        if label == "Translated from" and not value:
            continue
        how = _when(facts, field) if field else (facts.kind_how if label == "Kind" else None)
        how = how_note(how, ctx) if how and value else None
        out.append({"field": w(label), "value": value or w("unknown"), "how": how})
    return out


def _items(ctx: PageContext, facts: ArticleFacts, path: str) -> list[dict]:
    items: list[dict] = []
    last = 0
    for s in facts.sentences:
        used = sorted(ctx.used_by.get(s.key, ()))
        if not used and not ctx.settings.full_text:
            continue
        if s.index != last + 1 and not ctx.settings.full_text:
            items.append({"gap": True})
        last = s.index
        items.append(
            {
                "gap": False,
                "index": s.index,
                "text": s.text,
                "heading": s.block_kind == "heading",
                "used": [
                    {"title": ctx.tr.word(PAGE_TITLES.get(p, p)), "link": "../" + p} for p in used
                ],
            }
        )
    if items and last != len(facts.sentences) and not ctx.settings.full_text:
        items.append({"gap": True})
    return items


TEMPLATE = "source.md.j2"


def build(ctx: PageContext, facts: ArticleFacts) -> str:
    return ctx.render(TEMPLATE, page_path(facts), **values(ctx, facts))


def values(ctx: PageContext, facts: ArticleFacts) -> dict:
    """All the page shows, as plain values: the page is TEMPLATE rendered with them, so a build
    that finds the same values reuses the page it rendered before (see _assemble.py)."""
    path = page_path(facts)
    items = _items(ctx, facts, path)
    lang = facts.sentences[0].lang if facts.sentences else facts.article.language
    body_lang = lang if lang in LANGUAGE_CODES and lang != ctx.lang else None
    return dict(
        # the headline is the article's words; "Untitled article (...)" is the site's own
        title=mark(ctx.titles[facts.article.id], lang if facts.article.title else None, ctx.lang),
        body_lang=body_lang,  # the article's text is marked with its language (a <div lang>)
        site_lang=ctx.lang,
        meta=_meta(facts, ctx),
        full_text=ctx.settings.full_text,
        path=facts.article.path,
        url=facts.article.url,
        shown=sum(1 for i in items if not i["gap"]),
        total=len(facts.sentences),
        items=items,
    )


def build_index(ctx: PageContext) -> str:
    labels, titles = ctx.labels, ctx.titles
    rows = []
    for n, f in enumerate(ctx.extraction.articles, 1):
        rows.append(
            {
                "n": n,  # "Unknown outlet (article N)" labels refer to this number
                "title": titles[f.article.id],
                "link": f.article.id + ".md",
                "outlet": labels[f.article.id],
                "published": published_label(f.article.published, ctx.lang)
                or ctx.tr.word("unknown"),
                "kind": ctx.tr.word(f.kind) if f.kind else f.kind,
                "sentences": len(f.sentences),
                "quotes": len(f.quotes),
                "figures": len(f.figures),
            }
        )
    return ctx.render(
        "sources_index.md.j2",
        "sources/index.md",
        rows=rows,
        count=len(rows),
        outlets=len(set(labels.values())),
    )

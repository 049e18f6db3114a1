"""The build report: per seed, what was inferred and how, what was stripped, every problem."""

from __future__ import annotations

import re

from explainer.model import ERROR, Problem
from explainer.pages._context import PageContext
from explainer.pages._lang import mark
from explainer.pages.sources import how_note

PATH = "about/build-report.md"


# Seeds reported in full: every seed with an error, then the first ones up to this many; the
# rest are counted, and the command line prints every problem of every seed. Keeps the page
# readable (and quick to build) for a thousand seeds; the seeds and test clusters are under it.
SEEDS_SHOWN = 100

_SEP = re.compile(r"[:#]")


def _file_of(problem: Problem, names: dict[str, str]) -> str | None:
    """The seed a problem is about: `where` is a file name or an article id, maybe with
    ':line' or '#s12' after it."""
    head = _SEP.split(problem.where, 1)[0]
    return names.get(head)


def _row(p: Problem, lang: str) -> dict:
    # a problem's message is the stages' English text: marked so on a site in another language
    return {"severity": p.severity, "line": mark(p.line(), "en", lang)}


def _inferred(ctx: PageContext, inferred) -> list[dict]:
    """What the reader inferred: the field in the site's words, how it was found translated
    when the strings table knows the note, else marked as the English it is."""
    return [{"field": i.field, "value": i.value, "how": how_note(i.how, ctx)} for i in inferred]


def build(ctx: PageContext) -> str:
    ex = ctx.extraction
    paths = [f.article.path for f in ex.articles]
    names = {f.article.path: f.article.path for f in ex.articles}
    names.update({f.article.id: f.article.path for f in ex.articles})
    by_file: dict[str, list[Problem]] = {}
    general: list[Problem] = []
    for p in ex.problems:
        f = _file_of(p, names)
        if f:
            by_file.setdefault(f, []).append(p)
        elif p.where.startswith(("sources.yml", "seeds/sources.yml")) or "/" in p.where:
            general.append(p)
        else:
            by_file.setdefault(p.where, []).append(p)
    seeds = []
    facts_by_path = {f.article.path: f for f in ex.articles}
    for path in sorted(set(paths) | set(by_file)):
        f = facts_by_path.get(path)
        problems = by_file.get(path, [])
        seeds.append(
            {
                "path": path,
                "title": (f.article.title or path) if f else path,
                "link": f"../sources/{f.article.id}.md" if f else None,
                "problems": [_row(p, ctx.lang) for p in problems],
                "has_error": any(p.severity == ERROR for p in problems),
                "inferred": _inferred(ctx, f.article.inferred) if f else [],
                # boilerplate lines are the article's words, in its language
                "stripped": [mark(x, f.article.language, ctx.lang) for x in f.article.stripped]
                if f
                else [],
            }
        )
    if len(seeds) > SEEDS_SHOWN:
        room = max(0, SEEDS_SHOWN - sum(1 for s in seeds if s["has_error"]))
        keep = {id(s) for s in seeds if s["has_error"]}
        keep |= {id(s) for s in [s for s in seeds if not s["has_error"]][:room]}
        hidden = len(seeds) - len(keep)
        seeds = [s for s in seeds if id(s) in keep]
    else:
        hidden = 0
    errors = sum(1 for p in ex.problems if p.severity == ERROR)
    return ctx.render(
        "build_report.md.j2",
        PATH,
        seeds=seeds,
        hidden=hidden,
        general=[_row(p, ctx.lang) for p in general],
        errors=errors,
        notices=len(ex.problems) - errors,
    )

"""Assemble the site: every generated page (Markdown) and download (bytes), from a seeds folder.

Reads: the seeds folder and Settings. Produces: a `Site` that the MkDocs hook and the CLI turn
into pages the same way. Limits: never writes files and never imports MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import export
from .compare import compare_sources
from .model import Extraction, Problem
from .pages import (
    agenda,
    background,
    compare_page,
    data,
    method,
    overview,
    reactions,
    report,
    sources,
    timeline,
    whos_who,
)
from .pages._context import PageContext, Settings
from .pipeline import extract

# The explainer pages, in the order they render (source pages come after: they list where
# each sentence is cited).
EXPLAINER_PAGES: list[tuple[str, object]] = [
    (overview.PATH, overview),
    (background.PATH, background),
    (agenda.PATH, agenda),
    (reactions.PATH, reactions),
    (data.PATH, data),
    (timeline.PATH, timeline),
    (whos_who.PATH, whos_who),
    (compare_page.PATH, compare_page),
    (method.PATH, method),
]


@dataclass(frozen=True)
class Site:
    pages: dict[str, str]  # docs-relative path -> Markdown
    assets: dict[str, bytes]  # docs-relative path -> file content
    problems: tuple[Problem, ...]
    extraction: Extraction


def build_site(
    seeds_dir: Path, settings: Settings | None = None, cache: dict | None = None
) -> Site:
    extraction = extract(Path(seeds_dir), cache=cache)
    ctx = PageContext(extraction, compare_sources(extraction), settings or Settings())
    pages: dict[str, str] = {}
    for path, module in EXPLAINER_PAGES:
        pages[path] = module.build(ctx)  # type: ignore[attr-defined]
    for facts in extraction.articles:
        pages[sources.page_path(facts)] = sources.build(ctx, facts)
    pages["sources/index.md"] = sources.build_index(ctx)
    pages[report.PATH] = report.build(ctx)
    labels = ctx.labels
    assets = {
        "data/extraction.json": export.extraction_json(extraction),
        "data/figures.csv": export.figures_csv(extraction, labels),
        "data/figures.json": export.figures_json(extraction, labels),
    }
    for _, module in EXPLAINER_PAGES:
        extra = getattr(module, "assets", None)
        if extra:
            assets.update(extra(ctx))
    return Site(
        dict(sorted(pages.items())), dict(sorted(assets.items())), extraction.problems, extraction
    )

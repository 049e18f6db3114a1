"""Make every page and download of the site from a seeds folder: the stages, in order.

Reads: the seeds folder, Settings, the caches. Produces: pages (Markdown), assets (bytes) and the
Extraction, for explainer.site. Limits: no files written, no MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from . import cache as disk
from . import export
from .compare import compare_sources
from .model import Extraction
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


def assemble(
    seeds_dir: Path, settings: Settings, cache: dict | None, store: disk.Store, workers: int = 1
) -> tuple[dict[str, str], dict[str, bytes], Extraction]:
    """Every page and download, sorted by path, and the extraction they were made from."""
    extraction = extract(seeds_dir, cache=cache, store=store, workers=workers)
    ctx = PageContext(extraction, compare_sources(extraction), settings)
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
    return dict(sorted(pages.items())), dict(sorted(assets.items())), extraction

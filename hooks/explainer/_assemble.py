"""Make every page and download of the site from a seeds folder: the stages, in order.

Reads: the seeds folder, Settings, the caches. Produces: pages (Markdown), assets (bytes) and the
Extraction, for explainer.site. Limits: no files written, no MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from explainer import cache as disk
from explainer import export
from explainer.compare.run import compare_sources, date_discrepancies
from explainer.model import Extraction
from explainer.pages import (
    PageContext,
    Settings,
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
from explainer.pipeline import extract
from explainer.render import environment
from explainer.workers import Helper, shared

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
PATHS = frozenset(path for path, _ in EXPLAINER_PAGES)


# Pages that lean on the date comparison: with two processes, the second one computes the date
# discrepancies and then renders these and the downloads, while the first does the rest of the
# comparison and the other pages (the split that balances the two at 1,000 articles, measured).
BESIDE = {background.PATH, timeline.PATH}


def assemble(
    seeds_dir: Path, settings: Settings, cache: dict | None, store: disk.Store, workers: int = 1
) -> tuple[dict[str, str], dict[str, bytes], Extraction]:
    """Every page and download, sorted by path, and the extraction they were made from."""
    extraction = extract(seeds_dir, cache=cache, store=store, workers=workers)
    size = sum(len(s.text) for f in extraction.articles for s in f.sentences)
    state = {"extraction": extraction, "settings": settings, "store": store}
    with Helper(workers, size, state) as helper:
        dates = helper.submit(_dates) if helper.forked else None
        beside = helper.submit(_beside) if helper.forked else None
        comparison = compare_sources(extraction, dates)
        ctx = PageContext(extraction, comparison, settings, env=environment(store), pages=PATHS)
        pages, assets = {}, {}
        for path, module in EXPLAINER_PAGES:
            if beside is None or path not in BESIDE:
                pages[path] = module.build(ctx)  # type: ignore[attr-defined]
        if beside is not None:
            their_pages, used_by, assets = beside()
            pages.update(their_pages)
            for key, where in used_by.items():
                ctx.used_by.setdefault(key, set()).update(where)
        else:
            assets = _downloads(ctx)
    reused = cache.setdefault("pages", {}) if cache is not None else {}
    for facts in extraction.articles:
        pages[sources.page_path(facts)] = _source_page(ctx, facts, reused, store)
    pages["sources/index.md"] = sources.build_index(ctx)
    pages[report.PATH] = report.build(ctx)
    for path, module in EXPLAINER_PAGES:
        extra = getattr(module, "assets", None)
        if extra and (beside is None or path not in BESIDE):
            assets.update(extra(ctx))
    return dict(sorted(pages.items())), dict(sorted(assets.items())), extraction


def _source_page(ctx: PageContext, facts, reused: dict, store: disk.Store) -> str:
    """A source page is rendered again only when what it shows changed: its article, its
    title and label, or which of its sentences the explainer pages cite."""
    path = sources.page_path(facts)
    values = sources.values(ctx, facts)
    key = disk.digest(path, ctx.labels[facts.article.id], values)
    if key not in reused:
        text = store.get("page", key)
        if text is None:
            text = ctx.render(sources.TEMPLATE, path, **values)
            store.put("page", key, text)
        reused[key] = text
    return reused[key]


def _downloads(ctx: PageContext) -> dict[str, bytes]:
    ex, labels = ctx.extraction, ctx.labels
    return {
        "data/extraction.json": export.extraction_json(ex),
        "data/figures.csv": export.figures_csv(ex, labels),
        "data/figures.json": export.figures_json(ex, labels),
    }


def _dates():
    return date_discrepancies(shared()["extraction"])


class _Comparison:
    """The comparison, made only if a page of the second process asks for it (none does now)."""

    def __init__(self, extraction: Extraction):
        self._extraction, self._made = extraction, None

    def __getattr__(self, name: str):
        if self._made is None:
            self._made = compare_sources(self._extraction)
        return getattr(self._made, name)


def _beside() -> tuple[dict[str, str], dict[str, set[str]], dict[str, bytes]]:
    """In the second process: the BESIDE pages (their assets too) and the downloads."""
    extraction, settings, store = (shared()[k] for k in ("extraction", "settings", "store"))
    ctx = PageContext(
        extraction, _Comparison(extraction), settings, env=environment(store), pages=PATHS
    )
    pages, assets = {}, _downloads(ctx)
    for path, module in EXPLAINER_PAGES:
        if path in BESIDE:
            pages[path] = module.build(ctx)  # type: ignore[attr-defined]
            extra = getattr(module, "assets", None)
            if extra:
                assets.update(extra(ctx))
    return pages, ctx.used_by, assets

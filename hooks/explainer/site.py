"""Assemble the site: every generated page (Markdown) and download (bytes), from a seeds folder.

Reads: the seeds folder and Settings. Produces: a `Site` that the MkDocs hook and the CLI turn
into pages the same way. Limits: never writes files (except the cache folder, through `store`)
and never imports MkDocs.

A build whose seeds folder (every file's name and bytes), Settings and code are those of a
stored build is read back whole from the cache folder (see explainer.cache): a second
`mkdocs build`, or a restarted `mkdocs serve`, redoes nothing.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from explainer import cache as disk
from explainer.model import Extraction, Problem
from explainer.pages import Settings, extraction_language

# Whole-site entries are large (~60 MB at 1,000 articles): the newest two of each seeds folder
# are kept, enough for going back and forth between two versions of the seeds.
SITES_KEPT = 2


@dataclass(frozen=True)
class Site:
    pages: dict[str, str]  # docs-relative path -> Markdown
    assets: dict[str, bytes]  # docs-relative path -> file content
    problems: tuple[Problem, ...]
    language: str  # the site's own language (pages/_lang.py: most mined articles use it)
    # The Extraction, or (for a site read back from the cache) how to make it when asked
    source: Extraction | Callable[[], Extraction] = field(repr=False, compare=False)

    @property
    def extraction(self) -> Extraction:
        if isinstance(self.source, Extraction):
            return self.source
        made = self.source()
        object.__setattr__(self, "source", made)
        return made


def _listing(seeds_dir: Path) -> tuple:
    """Every entry of the seeds folder with the hash of its bytes: all that read_seeds reads."""
    out = []
    try:
        entries = sorted(os.scandir(seeds_dir), key=lambda e: e.name)
    except OSError as e:
        return (str(seeds_dir), type(e).__name__)
    for entry in entries:
        try:
            if entry.is_file():
                with open(entry.path, "rb") as f:
                    out.append((entry.name, hashlib.sha256(f.read()).hexdigest()))
            else:
                out.append((entry.name, "not a file"))
        except OSError as e:
            out.append((entry.name, type(e).__name__))
    return (str(seeds_dir), tuple(out))


def build_site(
    seeds_dir: Path,
    settings: Settings | None = None,
    cache: dict | None = None,
    store: disk.Store | None = None,
    workers: int = 1,
) -> Site:
    """`cache`: the caller's dict kept between builds; `store`: the cache folder; `workers`:
    processes for the per-article stages (explainer.workers.resolve gives the usual number)."""
    seeds_dir, settings, store = Path(seeds_dir), settings or Settings(), store or disk.OFF
    # One folder of site entries per seeds folder, each pruned on its own.
    kind = "site-" + disk.digest(str(seeds_dir))[:12]
    key = disk.digest(settings, _listing(seeds_dir)) if store.enabled else ""
    stored = store.get(kind, key) if key else None
    if stored is not None:
        store.touch(kind, key)  # newest again: kept when older versions are pruned
        pages, assets, problems, language = stored
        return Site(
            pages, assets, problems, language, lambda: _extract(seeds_dir, cache, store, workers)
        )
    from explainer._assemble import (
        assemble,  # the stages: ~0.1 s to import, skipped by a cached build
    )

    pages, assets, extraction = assemble(seeds_dir, settings, cache, store, workers)
    site = Site(pages, assets, extraction.problems, extraction_language(extraction), extraction)
    if key:
        store.put(kind, key, (site.pages, site.assets, site.problems, site.language))
        store.keep_newest(kind, SITES_KEPT)
    return site




def _extract(seeds_dir: Path, cache: dict | None, store: disk.Store, workers: int) -> Extraction:
    from explainer.pipeline import extract

    return extract(seeds_dir, cache=cache, store=store, workers=workers)


def __getattr__(name: str):
    # The page registry lives with the stages (explainer._assemble), imported only when used.
    if name == "EXPLAINER_PAGES":
        from explainer._assemble import EXPLAINER_PAGES

        return EXPLAINER_PAGES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

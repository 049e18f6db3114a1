"""MkDocs adapter: settings -> build_site() -> File.generated(). All logic lives in explainer/.

Settings (mkdocs.yml): extra: {explainer: {seeds: seeds, full_text: false, cache: DIR}}
`cache: false` turns the cache folder off (see explainer/cache.py); `workers: N` caps the
processes (default: every core; 1: none). The environment variables EXPLAINER_SEEDS,
EXPLAINER_CACHE and EXPLAINER_WORKERS override these (used by tests and the benchmark).
Problems are logged on `mkdocs.plugins.explainer`: errors as warnings (fatal under --strict),
one info line summing up the notices, each notice at debug level (`mkdocs build -v` shows them).

The site is built in on_config (before the search plugin reads the theme's language), so that
Material's `theme.language` and the nav titles follow the cluster's main language; on_files
adds the pages of that build.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from explainer import cache as disk
from explainer import workers
from explainer.model import ERROR
from explainer.pages import strings
from explainer.pages._context import Settings
from explainer.problems import loud, notice_summary, notices
from explainer.site import build_site
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.explainer")
_CACHE: dict = {}  # survives `mkdocs serve` rebuilds: unchanged seeds are not re-read
_BUILT: dict = {}  # the site on_config built, keyed by its options, for on_files


def _options(config) -> tuple[Path, Settings, disk.Store, int]:
    opts = (config.extra or {}).get("explainer") or {}
    root = Path(config.config_file_path).parent
    seeds = Path(os.environ.get("EXPLAINER_SEEDS") or opts.get("seeds", "seeds"))
    settings = Settings(full_text=bool(opts.get("full_text", False)))
    store = disk.Store(disk.resolve(opts.get("cache"), base=root))
    seeds = seeds if seeds.is_absolute() else root / seeds
    return seeds, settings, store, workers.resolve(opts.get("workers"))


def _site(config, keep: bool):
    seeds, settings, store, n = _options(config)
    key = (str(seeds), settings, str(store.root))
    site = _BUILT.pop(key, None)
    if site is None:
        site = build_site(seeds, settings, cache=_CACHE, store=store, workers=n)
    if keep:
        _BUILT.clear()
        _BUILT[key] = site
    return site, store


def _translated(nav, titles: dict):
    """mkdocs.yml's nav with each English title replaced by the site language's."""
    if isinstance(nav, list):
        return [_translated(item, titles) for item in nav]
    if isinstance(nav, dict):
        return {titles.get(k, k): _translated(v, titles) for k, v in nav.items()}
    return nav


@event_priority(100)  # before the search plugin, which takes its language from the theme's
def on_config(config):
    seeds, _, _, _ = _options(config)
    if str(seeds) not in [str(w) for w in config.watch]:
        config.watch.append(str(seeds))
    site, _ = _site(config, keep=True)
    if site.language != config.theme["language"]:
        config.theme["language"] = site.language
        titles = strings(site.language).get("nav") or {}
        if config.nav and isinstance(titles, dict):
            config.nav = _translated(config.nav, titles)
    return config


def on_files(files, config):
    site, store = _site(config, keep=False)
    log.debug("explainer cache %s: %s", store.root, dict(store.stats))
    for problem in loud(site.problems):
        (log.warning if problem.severity == ERROR else log.info)(problem.line())
    for problem in notices(site.problems):
        log.debug(problem.line())
    summary = notice_summary(site.problems, "`mkdocs build -v`")
    if summary:
        log.info(summary)
    for path, text in site.pages.items():
        files.append(File.generated(config, path, content=text))
    for path, data in site.assets.items():
        files.append(File.generated(config, path, content=data))
    return files

"""MkDocs adapter: settings -> build_site() -> File.generated(). All logic lives in explainer/.

Settings (mkdocs.yml):  extra: {explainer: {seeds: seeds, full_text: false}}
The environment variable EXPLAINER_SEEDS overrides the seeds folder (used by tests).
Problems are logged on `mkdocs.plugins.explainer`: errors as warnings (fatal under --strict),
one info line summing up the notices, each notice at debug level (`mkdocs build -v` shows them).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from explainer.model import ERROR
from explainer.pages._context import Settings
from explainer.problems import loud, notice_summary, notices
from explainer.site import build_site
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.explainer")
_CACHE: dict = {}  # survives `mkdocs serve` rebuilds: unchanged seeds are not re-read


def _options(config) -> tuple[Path, Settings]:
    opts = (config.extra or {}).get("explainer") or {}
    root = Path(config.config_file_path).parent
    seeds = Path(os.environ.get("EXPLAINER_SEEDS") or opts.get("seeds", "seeds"))
    return (seeds if seeds.is_absolute() else root / seeds), Settings(
        full_text=bool(opts.get("full_text", False))
    )


def on_config(config):
    seeds, _ = _options(config)
    if str(seeds) not in [str(w) for w in config.watch]:
        config.watch.append(str(seeds))
    return config


def on_files(files, config):
    seeds, settings = _options(config)
    site = build_site(seeds, settings, cache=_CACHE)
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

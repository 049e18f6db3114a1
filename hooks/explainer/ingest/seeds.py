"""Read every article in seeds/ into an Article, with a Problem for whatever could not be used.

Reads: `seeds/*.txt` (as published), `*.md` (YAML front matter), `*.html`/`*.htm` (saved
pages), and the optional `seeds/sources.yml` ({file name: {field: value}}), whose values win
over anything inferred. Hidden files and README* are ignored; other files get a notice.
Produces: Articles sorted by id, and Problems: an ERROR for a seed that cannot be used
(empty, whitespace, binary, undecodable, unreadable, too large, duplicate) or a bad
sources.yml entry, a NOTICE for each field that could not be inferred.
Limits: see the `_seed_*` modules; one article per file.

The cache is a dict the caller keeps between builds: read_seeds stores, under
(file name, sha256), the Article as parsed (before sources.yml) and its parse problems, so a
rebuild re-parses only changed files while a sources.yml edit still takes effect.
"""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from explainer.ingest import _meta as meta
from explainer.ingest._read import decode, too_large, unreadable
from explainer.model import NOTICE, Article, Inference, Problem

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def _parse(name: str, fmt: str, text: str) -> meta.Parsed:
    if fmt == "md":
        from explainer.ingest._md import parse_md

        return parse_md(name, text)
    if fmt == "html":
        from explainer.ingest._html import parse_html

        return parse_html(name, text)
    from explainer.ingest._txt import parse_txt

    return parse_txt(name, text)


def _article(path: Path, sha: str, fmt: str, text: str) -> tuple[Article, tuple[Problem, ...]]:
    name = path.name
    p = _parse(name, fmt, text)
    hints = p.fields.pop("_hints", {})
    if not p.fields.get("language"):
        body = " ".join(b.text for b in p.blocks)
        lang, how = meta.detect_language(body)
        p.infer("language", lang, how)
        if lang is None:
            hints["language"] = f"no clear language ({how})"
    problems = list(p.problems)
    if not p.blocks and not any(pr.severity != NOTICE for pr in problems):
        problems.append(
            meta.error(
                name,
                "expected article text, found no paragraphs after removing page furniture.",
                "check that the file holds the article itself.",
            )
        )
    f = p.fields
    art = Article(
        id=meta.slug(path.stem),
        path=name,
        sha=sha,
        title=f.get("title"),
        outlet=f.get("outlet"),
        author=f.get("author"),
        published=f.get("published"),
        url=f.get("url"),
        language=f.get("language"),
        kind=f.get("kind"),
        translated_from=f.get("translated_from"),
        standfirst=f.get("standfirst"),
        blocks=tuple(p.blocks),
        inferred=tuple(p.inferred),
        stripped=tuple(p.stripped),
        fmt=fmt,
    )
    # Hints explain a missing field in the notice; kept as pseudo-inferences for the cache.
    extra = tuple(Inference(f"_hint_{k}", v, "") for k, v in sorted(hints.items()))
    return dataclasses.replace(art, inferred=art.inferred + extra), tuple(problems)


def _override(art: Article, fields: dict) -> tuple[Article, list[Problem]]:
    hints = {
        i.field.removeprefix("_hint_"): i.value
        for i in art.inferred
        if i.field.startswith("_hint_")
    }
    inferred = [i for i in art.inferred if not i.field.startswith("_hint_")]
    changes = {}
    for key, value in sorted(fields.items()):
        changes[key] = value
        inferred = [i for i in inferred if i.field != key]
        inferred.append(Inference(key, "" if value is None else value, "sources.yml"))
    art = dataclasses.replace(art, inferred=tuple(inferred), **changes)
    values = {k: getattr(art, k) for k in meta.FIELDS}
    return art, meta.missing_notices(art.path, art.fmt, values, set(fields), hints)


def _files(seeds_dir: Path) -> tuple[list[Path], list[Problem]]:
    files, problems = [], []
    for path in sorted(seeds_dir.iterdir(), key=lambda q: q.name):
        name = path.name
        if name.startswith((".", "_")) or name.lower().startswith("readme") or not path.is_file():
            continue
        if name in (meta.SOURCES_FILE, "sources.yaml"):
            continue
        if path.suffix.lower() not in FORMATS:
            problems.append(
                Problem(
                    name,
                    f"expected a .txt, .md or .html seed, found a "
                    f"'{path.suffix or 'no'}' extension; ignored.",
                    "convert it to .txt, .md or .html, or move it out of seeds/.",
                    severity=NOTICE,
                    content_lost=True,
                )
            )
            continue
        files.append(path)
    return files, problems


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Slugs can collide ("A b.txt", "a-b.md"): later files (by name) get -2, -3..."""
    seen: set[str] = set()
    out = []
    for art in sorted(articles, key=lambda a: a.path):
        new, n = art.id, 1
        while new in seen:
            n += 1
            new = f"{art.id}-{n}"
        seen.add(new)
        out.append(art if new == art.id else dataclasses.replace(art, id=new))
    return sorted(out, key=lambda a: a.id)


def _sources_text(path: Path) -> tuple[str | None, list[Problem]]:
    if not path.is_file():
        return None, []
    try:
        data = path.read_bytes()
    except OSError as e:
        return None, [unreadable(meta.SOURCES_FILE, e)]
    text, bad = decode(meta.SOURCES_FILE, data)
    if bad and data.strip():
        return None, [bad]
    return text, []


def read_seeds(seeds_dir: Path, cache: dict | None = None) -> tuple[list[Article], list[Problem]]:
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        return [], [
            meta.error(
                str(seeds_dir),
                "expected a folder of articles, found no such folder.",
                "create it and put the articles (.txt, .md, .html) in it, or pass its path.",
            )
        ]
    files, problems = _files(seeds_dir)
    if not files:
        problems.append(
            meta.error(
                str(seeds_dir),
                "expected at least one article (.txt, .md or .html), found none.",
                "add the articles to the folder.",
            )
        )
    sources_text, bad = _sources_text(seeds_dir / meta.SOURCES_FILE)
    problems += bad
    overrides, yml_problems = meta.load_sources(sources_text, [f.name for f in files])
    problems += yml_problems
    articles: list[Article] = []
    by_sha: dict[str, str] = {}
    for path in files:
        name = path.name
        try:
            size = path.stat().st_size
            big = too_large(name, size)
            if big:
                problems.append(big)
                continue
            data = path.read_bytes()
        except OSError as e:
            problems.append(unreadable(name, e))
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in by_sha:
            problems.append(
                meta.error(
                    name,
                    f"expected distinct articles, found the same bytes "
                    f"as {by_sha[sha]} (sha256 {sha[:12]}); skipped.",
                    "delete one of the two files.",
                )
            )
            continue
        by_sha[sha] = name
        key = (name, sha)
        if cache is not None and key in cache:
            art, parse_problems = cache[key]
        else:
            fmt = FORMATS[path.suffix.lower()]
            text, bad = decode(name, data)
            if bad:
                problems.append(bad)
                continue
            art, parse_problems = _article(path, sha, fmt, text)
            if cache is not None:
                cache[key] = (art, parse_problems)
        problems += parse_problems
        if any(pr.severity != NOTICE and pr.where == name for pr in parse_problems):
            continue  # unusable (e.g. HTML without main text): the error says why
        art, notices = _override(art, overrides.get(name, {}))
        problems += notices
        articles.append(art)
    return _unique_ids(articles), problems

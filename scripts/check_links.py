"""Check every internal link, image and #anchor in a built site (the HTML MkDocs wrote).

Reads: a site directory (``mkdocs build -d DIR``). Produces: one line per broken reference
(``page: what was expected, what was found. Fix: ...``); exit status 1 when there is any.
Limits: external URLs (``http(s)://`` to other hosts, ``mailto:``, ``data:``) are not fetched;
links written by JavaScript at run time (search results) are not seen; a fragment is only
checked in HTML targets. MkDocs' own ``validation`` settings catch most of this in Markdown;
this also covers raw HTML in pages and in theme overrides.

Usage: python scripts/check_links.py SITE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

# Attributes that make the browser fetch or navigate to another URL.
URL_ATTRS = ("href", "src", "srcset", "poster", "data")
IGNORED_SCHEMES = {"mailto", "tel", "data", "blob"}
# Material's 404 page is served at any depth, so it must use root-absolute URLs.
ROOT_ABSOLUTE_OK = {"404.html"}
FAKE_HOST = "site.invalid"  # a base URL so urljoin resolves page-relative links


def _base_path(site: Path) -> str:
    """The URL path the site is served under (from sitemap.xml; '/' when unknown)."""
    sitemap = site / "sitemap.xml"
    if not sitemap.is_file():
        return "/"
    locs = etree.parse(str(sitemap)).xpath("//*[local-name()='loc']/text()", smart_strings=False)
    paths = sorted((urlsplit(loc).path for loc in locs), key=len)
    return paths[0] if paths else "/"


def _target_file(site: Path, path: str) -> Path:
    rel = unquote(path).lstrip("/")
    target = site / rel
    if rel == "" or path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target


def _urls(value: str, attr: str) -> list[str]:
    if attr == "srcset":
        return [part.strip().split()[0] for part in value.split(",") if part.strip()]
    return [value.strip()]


def check_site(site: Path) -> list[str]:
    """Return one problem line per broken internal reference, sorted."""
    site = site.resolve()
    base = _base_path(site)
    pages = sorted(site.rglob("*.html"))
    ids: dict[Path, set[str]] = {}
    refs: list[tuple[str, str]] = []
    for page in pages:
        tree = lxml.html.parse(str(page))
        ids[page] = set(tree.xpath("//@id | //a/@name", smart_strings=False))
        rel = page.relative_to(site).as_posix()
        for attr in URL_ATTRS:
            for value in tree.xpath(f"//@{attr}", smart_strings=False):
                refs.extend((rel, url) for url in _urls(value, attr))
    problems = []
    for rel, url in refs:
        problem = _check(site, base, rel, url, ids)
        if problem:
            problems.append(f"{rel}: {problem}")
    return sorted(set(problems))


def _check(site: Path, base: str, rel: str, url: str, ids: dict[Path, set[str]]) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in IGNORED_SCHEMES or (parts.scheme and parts.scheme not in {"http", "https"}):
        if parts.scheme == "javascript":
            return f"link {url!r} runs script; expected a page URL. Fix: remove it."
        return None
    if parts.scheme or parts.netloc:
        return None  # another host: not fetched here
    if url.startswith("/") and rel not in ROOT_ABSOLUTE_OK:
        return (
            f"link {url!r} is root-absolute; expected a relative URL (the site may be served "
            f"under a sub-path). Fix: link relative to the page, as MkDocs does."
        )
    page_url = f"https://{FAKE_HOST}{base}{rel}"
    resolved = urlsplit(urljoin(page_url, url))
    if not resolved.path.startswith(base):
        return f"link {url!r} leaves the site (resolves to {resolved.path!r}). Fix: correct it."
    target = _target_file(site, resolved.path[len(base) :])
    if not target.is_file():
        shown = target.relative_to(site).as_posix() if target.is_relative_to(site) else target
        return f"link {url!r}: expected the file {shown}, which does not exist. Fix: correct it."
    frag = unquote(resolved.fragment)
    if frag and target.suffix == ".html" and frag not in ids.get(target, set()):
        shown = target.relative_to(site).as_posix()
        return (
            f"link {url!r}: expected an element with id {frag!r} in {shown}, found none. "
            f"Fix: correct the anchor or add the id."
        )
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not Path(argv[0]).is_dir():
        print("usage: python scripts/check_links.py SITE_DIR", file=sys.stderr)
        return 2
    site = Path(argv[0])
    problems = check_site(site)
    for line in problems:
        print(line)
    pages = sum(1 for _ in site.rglob("*.html"))
    print(f"check_links: {pages} pages, {len(problems)} broken references", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Helpers for tests that look at what the site makes of article text.

`site_markdown()` renders Markdown with exactly the extensions mkdocs.yml configures (read
through MkDocs' own config loader, so the list grows with the site). `injected_markup()` lists
markup in built HTML that can only have come from article text: every payload in
tests/data/hostile/ carries the marker XSSMARK, and the site's own markup never does.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import lxml.html
import markdown

ROOT = Path(__file__).resolve().parents[1]
MARKER = "xssmark"
# Attributes that may carry article text as plain text (a tooltip, an alternative text).
TEXT_ATTRS = {"title", "alt", "aria-label", "aria-description", "content", "value"}
URL_ATTRS = {"href", "src", "action", "formaction", "data", "srcset", "poster", "xlink:href"}
# Elements article text must never create: flagged when their own text carries the marker.
ACTIVE = {"script", "style", "iframe", "object", "embed", "b", "i", "u", "summary", "form",
          "button", "textarea", "video", "audio", "noscript", "template", "math"}
# Text produced only if a Jinja template evaluated article text.
JINJA_EVALUATED = ("XSSMARK-JINJA-TITLE", "XSSMARK-JINJA-BODY", "XSSMARK-LOOPXSSMARK-LOOP")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _extensions() -> tuple[list, dict]:
    from mkdocs.config import load_config

    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    cfg = load_config(str(ROOT / "mkdocs.yml"))
    return list(cfg["markdown_extensions"]), dict(cfg["mdx_configs"])


def site_markdown(text: str) -> str:
    """Markdown -> HTML as MkDocs renders a page body (same extensions and settings)."""
    exts, configs = _extensions()
    return markdown.Markdown(extensions=exts, extension_configs=configs).convert(text)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.replace("¶", "")).strip()


def _text_derived(name: str, value: str) -> bool:
    """Attribute values that may legitimately carry article text (escaped, as text)."""
    if name in TEXT_ATTRS or name.startswith("data-"):
        return True
    footnote = f"fn:{MARKER}" in value or f"fnref:{MARKER}" in value
    # A heading's id (and links to it) is a slug of its text; a footnote id is not.
    if name == "id" or (name == "href" and value.startswith("#")):
        return not footnote
    # A link to a web page the article names (its original URL) is a link, not script.
    return name == "href" and value.startswith(("https://", "http://"))


def injected_markup(html: str) -> list[str]:
    """Descriptions of every piece of markup in `html` that came from article text."""
    if not html.strip():
        return []
    doc = lxml.html.document_fromstring(html)
    found = []
    for el in doc.iter():
        if isinstance(el, lxml.html.HtmlComment):
            if MARKER in (el.text or "").lower():
                found.append(f"HTML comment from article text: <!--{el.text.strip()[:60]}-->")
            continue
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower()
        for name, value in el.attrib.items():
            name, low = name.lower(), value.strip().lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}=...>: an event handler attribute")
            if name in URL_ATTRS and low.startswith(("javascript:", "vbscript:", "data:text")):
                found.append(f"<{tag} {name}={value[:60]!r}>: a script URL")
            if MARKER in low and not _text_derived(name, low):
                found.append(f"<{tag} {name}={value[:60]!r}>: an attribute from article text")
        own = _norm(el.text or "")
        if tag in ACTIVE and MARKER in own.lower():
            found.append(f"<{tag}> from article text: {own[:60]!r}")
        if tag == "abbr" and MARKER in el.get("title", "").lower():
            found.append(f"<abbr> from an article abbreviation definition: {el.get('title')!r}")
        text = _norm(el.text_content()) if tag != "html" else ""
        if MARKER not in text.lower():
            continue
        if tag in {"dd", "dt"} and text.upper().startswith("XSSMARK-DEFLIST"):
            found.append(f"<{tag}> definition list from article Markdown: {text[:60]!r}")
        elif re.fullmatch(r"h[1-6]", tag) and text.upper().startswith("XSSMARK HEADING"):
            found.append(f"<{tag}> heading from article Markdown: {text[:60]!r}")
        elif tag in {"th", "td"} and re.fullmatch(r"XSSMARK-T\d", text):
            found.append(f"<{tag}> table cell from article Markdown: {text!r}")
        elif tag == "li" and text.upper().startswith("XSSMARK LIST ITEM"):
            found.append(f"<li> list item from article Markdown: {text[:60]!r}")
        elif tag in {"p", "div"} and "admonition-title" in el.get("class", ""):
            found.append(f"admonition from article Markdown: {text[:60]!r}")
    body = _norm(doc.text_content())
    found += [f"Jinja evaluated article text: {s!r}" for s in JINJA_EVALUATED if s in body]
    return sorted(set(found))

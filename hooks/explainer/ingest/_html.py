"""A saved HTML page -> fields and Blocks, through trafilatura (text) and htmldate (date).

Reads: the decoded HTML of a `.html`/`.htm` seed. Produces: a Parsed with title (og:title,
else the <h1> of the <article>/<main>, else trafilatura's), author, outlet (site name, else host
name), url, published (the page's own publication timestamp, else htmldate), standfirst (meta
description) and blocks from the main text (headings, paragraphs, list items, quotations, and
the credit line of a <blockquote> as an "attribution" block). Never fetches anything.
Limits: what trafilatura takes for the main text; page furniture it keeps is not re-checked.
A blockquote credit is found only in its <footer>, <cite> or a last paragraph that starts with
a dash; trafilatura drops a quotation inside a <figure> altogether.
"""

from __future__ import annotations

import json
import re

from explainer.ingest._blocks import DASH_LEAD, unquote
from explainer.ingest._boiler import is_menu
from explainer.ingest._meta import Parsed
from explainer.model import ERROR, Block, Problem

_TAGS = {"head": "heading", "p": "paragraph", "item": "item", "quote": "quote_block"}


def extract_xml(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(
        html,
        output_format="xml",
        include_formatting=False,
        include_comments=False,
        include_tables=True,
        with_metadata=True,
        favor_precision=True,
        deduplicate=False,
    )


# Where a page states its own publication time. htmldate prefers a date in the URL
# (/2026/06/09/), which has no time, over these; read them first so the time is kept.
PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
)
_ISO_STAMP = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?")
# Headlines get a " | Site" or " - Site" suffix in <title> (and sometimes og:title).
_SUFFIX_SEP = re.compile(r"\s+[|–—-]\s+")


def _stamp(value: str | None) -> str | None:
    """The wall-clock date and time as the page prints them; the UTC offset is dropped."""
    m = _ISO_STAMP.match(value or "")
    if not m:
        return None
    return m[1] + (f"T{m[2]}" if m[2] and m[2] != "00:00" else "")


def _json_ld(root) -> list[dict]:
    out: list[dict] = []
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                out.append(x)
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
    return out


def _own_timestamp(root) -> tuple[str | None, str]:
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        if key in PUBLISHED_KEYS and _stamp(el.get("content")):
            return _stamp(el.get("content")), f"<meta {key}>"
    for obj in _json_ld(root):
        if isinstance(obj.get("datePublished"), str) and _stamp(obj["datePublished"]):
            return _stamp(obj["datePublished"]), "JSON-LD datePublished"
    for el in root.iter("time"):
        if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None:
            if _stamp(el.get("datetime")):
                return _stamp(el.get("datetime")), "<time> marked as the publication date"
    return None, ""


def _published(html: str) -> str | None:
    import htmldate

    found = htmldate.find_date(
        html, original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M"
    )
    # htmldate fills a missing time with midnight; a date alone is the honest answer then.
    return found.removesuffix("T00:00") if found else None


def _meta(root, key: str) -> str:
    for el in root.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == key:
            return " ".join((el.get("content") or "").split())
    return ""


def _headline(root, found: str, site: str) -> tuple[str, str]:
    """og:title, else the <h1> of the article, else trafilatura's title; a site-name suffix is
    cut and a navigation bar is never a headline."""
    h1 = ""
    for scope in ("article", "main"):
        for box in root.iter(scope):
            first = next(box.iter("h1"), None)
            if first is not None and not h1:
                h1 = " ".join(first.text_content().split())
    candidates = [
        (_meta(root, "og:title"), "HTML og:title"),
        (h1, "the <h1> of the article"),
        (found, "HTML metadata (trafilatura)"),
    ]
    for text, how in candidates:
        parts = _SUFFIX_SEP.split(text)
        if site and len(parts) > 1 and parts[-1].casefold() == site.casefold():
            text = text[: text.rfind(parts[-1])].rstrip(" |–—-")
        if text and not is_menu(text):
            return text, how
    return "", ""


def _credit_text(el) -> str:
    return DASH_LEAD.sub("", " ".join(el.text_content().split())).strip()


def _quote_credits(root) -> list[tuple[str, str]]:
    """(the quotation's words, its credit line) for each credited <blockquote>."""
    out = []
    for bq in root.iter("blockquote"):
        credit = None
        for el in bq.iter("footer", "cite"):
            credit = el
            break
        paras = [el for el in bq.iter("p")]
        if credit is None and len(paras) > 1 and DASH_LEAD.match(paras[-1].text_content()):
            credit = paras[-1]
        if credit is None or not _credit_text(credit):
            continue
        who = _credit_text(credit)
        words = " ".join(bq.text_content().split())
        out.append((unquote(words.replace(" ".join(credit.text_content().split()), "")), who))
    return out


def _with_credits(blocks: list[Block], credits: list[tuple[str, str]]) -> list[Block]:
    """Each quotation block without its enclosing quote marks, followed by its credit line."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != "quote_block":
            out.append(b)
            continue
        text, who = unquote(b.text), None
        for words, credit in credits:
            if not words or not (words in text or text in words):
                continue
            who = credit
            if text.endswith(credit):  # trafilatura kept the credit inside the quotation
                text = unquote(DASH_LEAD.sub("", text.removesuffix(credit)).rstrip(" —–-"))
            break
        out.append(Block("quote_block", text))
        if who:
            out.append(Block("attribution", who))
    return out


def _blocks(main, title: str) -> list[Block]:
    out = []
    for el in main.iter():
        kind = _TAGS.get(el.tag)
        if kind is None or (el.tag == "p" and el.getparent().tag in ("quote", "item")):
            continue
        text = " ".join("".join(el.itertext()).split())
        if text and not (kind == "heading" and text.casefold() == title):
            out.append(Block(kind, text))
    return out


def parse_html(name: str, html: str) -> Parsed:
    import lxml.html
    from lxml import etree

    p = Parsed()
    xml = extract_xml(html)
    doc = etree.fromstring(xml.encode("utf-8")) if xml else None
    main = doc.find("main") if doc is not None else None
    found = (doc.get("title") or "").strip() if doc is not None else ""
    site = (doc.get("sitename") or "").strip() if doc is not None else ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        root = None
    title, how = _headline(root, found, site) if root is not None else (found, "")
    blocks = _blocks(main, title.casefold()) if main is not None else []
    if not blocks:
        p.problems.append(
            Problem(
                name,
                "expected an article in the HTML page, found no main text trafilatura could "
                "extract.",
                "save the article page itself (not a front page or a login wall), or paste its "
                "text into a .txt file.",
                severity=ERROR,
            )
        )
        return p
    p.infer("title", title, how or "HTML metadata (trafilatura)")
    if root is not None:
        published, how = _own_timestamp(root)
        p.infer("published", published, f"the page's own publication time ({how})")
        blocks = _with_credits(blocks, _quote_credits(root))
    p.infer("author", (doc.get("author") or "").strip(), "HTML metadata (trafilatura)")
    p.infer("url", (doc.get("url") or "").strip(), "HTML canonical URL (trafilatura)")
    p.infer("outlet", site, "HTML site name (trafilatura)")
    p.infer("outlet", (doc.get("hostname") or "").removeprefix("www."), "HTML host name")
    p.infer("standfirst", (doc.get("description") or "").strip(), "HTML meta description")
    p.infer("published", _published(html), "htmldate (original publication date)")
    p.blocks = blocks
    return p

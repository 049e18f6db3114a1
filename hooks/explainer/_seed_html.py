"""A saved HTML page -> fields and Blocks, through trafilatura (text) and htmldate (date).

Reads: the decoded HTML of a `.html`/`.htm` seed. Produces: a Parsed with title, author,
outlet (site name, else host name), url, published, standfirst (meta description) and blocks
from the main text (headings, paragraphs, list items, quotations). Never fetches anything.
Limits: what trafilatura takes for the main text; page furniture it keeps is not re-checked.
"""

from __future__ import annotations

from ._seed_meta import Parsed
from .model import ERROR, Block, Problem

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


def _published(html: str) -> str | None:
    import htmldate

    found = htmldate.find_date(
        html, original_date=True, extensive_search=False, outputformat="%Y-%m-%dT%H:%M"
    )
    # htmldate fills a missing time with midnight; a date alone is the honest answer then.
    return found.removesuffix("T00:00") if found else None


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
    from lxml import etree

    p = Parsed()
    xml = extract_xml(html)
    doc = etree.fromstring(xml.encode("utf-8")) if xml else None
    main = doc.find("main") if doc is not None else None
    title = (doc.get("title") or "").strip() if doc is not None else ""
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
    p.infer("title", title, "HTML metadata (trafilatura)")
    p.infer("author", (doc.get("author") or "").strip(), "HTML metadata (trafilatura)")
    p.infer("url", (doc.get("url") or "").strip(), "HTML canonical URL (trafilatura)")
    p.infer("outlet", (doc.get("sitename") or "").strip(), "HTML site name (trafilatura)")
    p.infer("outlet", (doc.get("hostname") or "").removeprefix("www."), "HTML host name")
    p.infer("standfirst", (doc.get("description") or "").strip(), "HTML meta description")
    p.infer("published", _published(html), "htmldate (original publication date)")
    p.blocks = blocks
    return p

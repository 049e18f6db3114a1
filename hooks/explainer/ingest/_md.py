"""A Markdown seed with YAML front matter -> fields and Blocks.

Reads: normalised text of a `.md` seed. Produces: a Parsed whose fields come from the front
matter (title, outlet, author, published, url, language, kind, translated_from) and whose
blocks come from the Markdown: `#` headings, `-`/`*`/`1.` items, `>` quotations followed by an
optional `— Name` attribution, paragraphs. Inline markup is reduced to its text.
Limits: no tables, footnotes or HTML blocks (their text is kept as paragraphs).
"""

from __future__ import annotations

import re

from explainer.ingest import _boiler as boiler
from explainer.ingest._blocks import unquote
from explainer.ingest._meta import FIELDS, Parsed, _value, check_value
from explainer.model import ERROR, NOTICE, Block, Problem

FRONT = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
HEADING = re.compile(r"^(?P<h>#{1,6})\s+(?P<t>.*?)\s*#*\s*$")
ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
QUOTE = re.compile(r"^\s*>\s?")
ATTRIB = re.compile(r"^\s*(?:>\s*)?(?:—|–|--)\s*(?P<who>\S.*)$")
INLINE = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),
    (re.compile(r"`([^`]+)`"), r"\1"),
]


def _plain(s: str) -> str:
    for rx, repl in INLINE:
        s = rx.sub(repl, s)
    return " ".join(s.split())


def _front(name: str, text: str, p: Parsed) -> str:
    import yaml

    m = FRONT.match(text)
    if not m:
        return text
    body = text[m.end() :]
    try:
        data = yaml.safe_load(m["yaml"]) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 2}" if mark is not None else ""
        p.problems.append(
            Problem(
                f"{name}{line}",
                "expected YAML front matter, found a syntax "
                f"error ({getattr(e, 'problem', None) or 'invalid YAML'}); "
                "front matter ignored.",
                "correct the YAML between the --- lines.",
                severity=ERROR,
            )
        )
        return body
    if not isinstance(data, dict):
        p.problems.append(
            Problem(
                name,
                "expected front matter to be a mapping of fields, found a "
                f"{type(data).__name__}; ignored.",
                "write `key: value` lines.",
                severity=ERROR,
            )
        )
        return body
    for key in sorted(data, key=str):
        value = _value(data[key])
        if key == "standfirst":
            p.infer("standfirst", value, "front matter")
        elif key not in FIELDS:
            p.problems.append(
                Problem(
                    f"{name}#{key}",
                    f"expected one of {', '.join(FIELDS)}, "
                    f"found front matter field '{key}'; ignored.",
                    "rename or remove it if it was meant for this tool.",
                    severity=NOTICE,
                )
            )
        elif bad := check_value(key, value):
            p.problems.append(
                Problem(
                    f"{name}#{key}",
                    bad + "; ignored.",
                    "correct the value in the front matter.",
                    severity=ERROR,
                )
            )
        else:
            p.infer(key, value, "front matter")
    return body


def parse_md(name: str, text: str) -> Parsed:
    p = Parsed()
    body = _front(name, text, p)
    blocks: list[Block] = []
    para: list[str] = []
    kind = "paragraph"

    def flush() -> None:
        if para:
            text = _plain(" ".join(para))
            blocks.append(Block(kind, unquote(text) if kind == "quote_block" else text))
            para.clear()

    for line in body.split("\n"):
        h, a = HEADING.match(line), ATTRIB.match(line)
        after_quote = kind == "quote_block" and (para or blocks and blocks[-1].kind == kind)
        if not line.strip():
            flush()
        elif not para and boiler.is_breadcrumb(line):
            # a copied page's "Home>Section>Title" line (.txt seeds drop them the same way)
            p.stripped.append(line.strip())
        elif h:
            flush()
            text_h = _plain(h["h"] and h["t"])
            if len(h["h"]) == 1 and not p.fields.get("title") and not blocks:
                p.infer("title", text_h, "first '#' heading")
            elif text_h:
                blocks.append(Block("heading", text_h))
        elif a and after_quote:
            flush()
            blocks.append(Block("attribution", _plain(a["who"])))
        elif ITEM.match(line):
            flush()
            kind = "item"
            para.append(ITEM.sub("", line))
        elif QUOTE.match(line):
            if kind != "quote_block":
                flush()
            kind = "quote_block"
            para.append(QUOTE.sub("", line))
        else:
            # A continuation line belongs to the open paragraph or (indented) list item.
            if kind == "quote_block" or (kind == "item" and not line.startswith((" ", "\t"))):
                flush()
            if not para:
                kind = "paragraph"
            para.append(line.strip())
    flush()
    p.blocks = [b for b in blocks if b.text]
    return p

"""Property: any article text, passed through `escape_md`, renders as exactly that text.

Hypothesis generates text rich in characters that mean something to Markdown, HTML, the
extensions in mkdocs.yml and Jinja; each is rendered with the site's own Markdown settings in
the places templates put article text (paragraph, list item, table cell, blockquote, heading,
footnote). The rendered HTML must hold the text (whitespace collapsed, as escape_md does) and
no element the text could have created.
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from _site_markdown import site_markdown
from explainer import render
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

SYNTAX = list("\\`*_{}[]()#+-.!|<>&~^=:$%?@/;\"' \n\t") + [
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "[^1]", "[^1]: ",
    "<!--", "-->", "{{", "}}", "{%", "%}", "{#", "#}", "!!! note", "??? note", "???+ note",
    "*[HTML]: ", "| --- |", "```", "~~~", "    ", "1. ", "- ", "> ", "# ", "&amp;", "&#35;",
    "http://example.org", "<http://example.org>", ":smile:", "==mark==", "^^ins^^", "~~del~~",
    "{ #id .class }", "{: #id }", "\u00a0", "\u2028", "---", "***", "===",
]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(SYNTAX),
        st.text(st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), max_size=8),
    ),
    max_size=25,
).map("".join)

# Where templates put article text, and the elements the context itself adds.
CONTEXTS = {
    "paragraph": ("{}", "p", set()),
    "list item": ("- {}", "li", set()),
    "table cell": ("| Head |\n|---|\n| {} |", "td", set()),
    "blockquote": ("> {}", "blockquote", {"p"}),
    "heading": ("## {}", "h2", {"a"}),  # the permalink (toc: permalink: true)
    "footnote": ("Text.[^1]\n\n[^1]: {}", "li", {"p", "a"}),  # a = the back-link
}
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _check(text: str, context: str) -> None:
    template, wrapper_tag, allowed = CONTEXTS[context]
    md = template.format(render.escape_md(text))
    html = site_markdown(md)
    doc = lxml.html.fragment_fromstring(html, create_parent="div")
    if not _norm(text) and context in {"paragraph", "blockquote"}:
        assert _norm(doc.text_content()) == "" and len(doc) <= 1, f"{text!r} -> {html!r}"
        return
    wrappers = doc.xpath(f"//{wrapper_tag}")
    if context == "footnote":
        wrappers = doc.xpath("//div[contains(@class, 'footnote')]//li")
    assert len(wrappers) == 1, f"{context}: {text!r} -> {html!r}"
    wrapper = wrappers[0]
    extra = [el.tag for el in wrapper.iterdescendants() if el.tag not in allowed]
    assert extra == [], f"{context}: {text!r} created {extra} in {html!r}"
    shown = wrapper.text_content()
    if context == "heading":
        shown = shown.removesuffix("¶")
    if context == "footnote":
        shown = shown.replace("\u21a9", "")  # the back-link arrow
    assert _norm(shown) == _norm(text), f"{context}: {text!r} rendered as {shown!r} ({html!r})"


@pytest.mark.parametrize("context", sorted(CONTEXTS))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT)
@example(text="??? note \"Injected\"")
@example(text="<script>alert(1)</script> | a | b |")
@example(text="1986. A good year")
@example(text="{{ 6 * 7 }} {% if x %}y{% endif %}")
def test_escaped_text_renders_as_text_only(context, text):
    _check(text, context)

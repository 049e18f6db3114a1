"""The one escaping filter and the citation footnotes."""

import lxml.html
import markdown
import pytest
from explainer.model import Sentence
from explainer.render import Citations, environment, escape_md, render, safe_url

# The Markdown extensions the site enables (mkdocs.yml), so escaping is tested against them.
EXTENSIONS = [
    "abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc",
    "pymdownx.blocks.caption", "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed",
]


def to_html(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        "# Not a heading",
        "- not a list",
        "1. not a list",
        "> not a quote",
        "| a | b |",
        "text[^1] with a footnote",
        "<!-- comment -->",
        "{{ jinja }} and {% raw %}",
        "**bold** _em_ `code` ~~del~~",
        "line one\n\n# line two",
        "a {: #injected .class } b",
        "&lt; already an entity",
        "    indented code",
    ],
)
def test_escaped_text_renders_as_itself(text):
    html = to_html("Before " + escape_md(text) + " after")
    # One paragraph, no element inside it, and the text reads exactly as the article had it.
    (p,) = lxml.html.fragments_fromstring(html)
    assert p.tag == "p" and len(p) == 0
    assert p.text == "Before " + " ".join(text.split()) + " after"


@pytest.mark.parametrize(
    "text",
    [
        "- item", "1. item", "2) item", "# h", "> q", "??? note", "!!! warning", "---",
        "=== \"Tab\"", "/// caption", "///", "/// details | x", "//// caption | <",
    ],
)
def test_escaped_text_at_line_start_starts_no_block(text):
    (p,) = lxml.html.fragments_fromstring(to_html(escape_md(text)))
    assert p.tag == "p" and len(p) == 0 and p.text == text


def test_templates_escape_every_value_unless_markup():
    env = environment()
    s = Sentence("a1", 3, "He said <b>x</b> | y", 0, "paragraph", None)
    cite = Citations(page="reactions.md", outlets={"a1": "Outlet *One*"})
    tpl = env.from_string("{{ text }}{{ cite(s) }}\n")
    out = tpl.render(text="<b>bold</b>", s=s, cite=cite)
    assert out == "&#60;b&#62;bold&#60;/b&#62;[^1]\n"
    assert cite.footnotes() == (
        "[^1]: “He said &#60;b&#62;x&#60;/b&#62; &#124; y” — "
        "[Outlet &#42;One&#42;, sentence 3](sources/a1.md#s3)"
    )


def test_citations_number_once_per_sentence_and_record_use():
    used: dict = {}
    s1 = Sentence("a", 1, "One.", 0, "paragraph", None)
    s2 = Sentence("b", 7, "Two.", 0, "paragraph", None)
    cite = Citations(page="about/x.md", outlets={}, used_by=used)
    assert cite(s1, s2) == "[^1]<sup>,</sup>[^2]"
    assert cite(s2, s1, s1) == "[^1]<sup>,</sup>[^2]"
    assert used == {"a#s1": {"about/x.md"}, "b#s7": {"about/x.md"}}
    assert "(../sources/b.md#s7)" in cite.footnotes()


def test_render_appends_footnotes(tmp_path):
    env = environment()
    env.loader.searchpath.append(str(tmp_path))
    (tmp_path / "t.md.j2").write_text("# T\n\n- {{ s.text }}{{ cite(s) }}\n")
    s = Sentence("a", 2, "Fact.", 0, "paragraph", None)
    out = render(env, "t.md.j2", Citations(page="t.md", outlets={"a": "A"}), s=s)
    assert out == "# T\n\n- Fact.[^1]\n\n[^1]: “Fact.” — [A, sentence 2](sources/a.md#s2)\n"


def test_article_text_in_a_caption_stays_text_and_cannot_close_it():
    # A caption the templates write: our block lines around escaped values. Article text that
    # looks like a block fence ("///") neither closes the caption nor opens another block.
    text = "/// caption\n///"
    md = "| A |\n| --- |\n| x |\n\n/// caption | <\n" + str(escape_md(text)) + " — ours\n///\n"
    (fig,) = lxml.html.fragments_fromstring(to_html(md))
    assert fig.tag == "figure" and [c.tag for c in fig] == ["figcaption", "table"]
    assert fig[0].text_content().strip() == "/// caption /// — ours"


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.org/a/b?x=1#top", "https://example.org/a/b?x=1#top"),
        ("https://example.org/a (b)", "https://example.org/a%20%28b%29"),
        ('https://example.org/"><script>', "https://example.org/%22%3E%3Cscript%3E"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("/relative/path", None),
        ("", None),
    ],
)
def test_safe_url(url, expected):
    assert safe_url(url) == expected


def test_safe_url_makes_one_link():
    link = safe_url("https://example.org/a) [x](javascript:y")
    (p,) = lxml.html.fragments_fromstring(to_html(f"[the original]({link})"))
    (a,) = p
    assert a.get("href").startswith("https://example.org/") and p.text_content() == "the original"

"""Lay out pages: the Jinja environment, the one escaping filter, and citations.

Reads: page templates in templates/*.md.j2 and the values the page builders pass them.
Produces: Markdown text. Limits: templates only lay out; every string that came from an article
goes through `escape_md` (the `e` filter and `cite()` apply it), so article text can never add
HTML, scripts or Markdown structure to a page.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import jinja2.bccache
from explainer import cache as disk
from explainer.model import Sentence
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates"

# Every ASCII character that means something to Markdown, the pymdown extensions we enable, or
# HTML becomes a numeric character reference: it renders as itself but can start no syntax.
_SPECIAL = frozenset("\\`*_{}[]()#+!|<>&~^=:$")
_ATTR_SPECIAL = _SPECIAL | frozenset("\"'")
# A list marker at the start of a line ("- item", "1. item") is the only syntax left that is
# made of characters too common to encode everywhere.
_LIST_START = re.compile(r"^(?:-|\d+[.)])(?:\s|$)")
_SPACE = re.compile(r"\s+")
_REF_SEPARATOR = "<sup>,</sup>"


def _encode(text: object, special: frozenset[str]) -> Markup:
    flat = _SPACE.sub(" ", str(text)).strip()
    out = [f"&#{ord(ch)};" if ch in special else ch for ch in flat]
    # At the start of a line, any ASCII punctuation may open a block ("??? note", "---",
    # "- item", "1. item"): encode the first character when it could.
    if out and (_LIST_START.match(flat) or (flat[0].isascii() and not flat[0].isalnum())):
        out[0] = f"&#{ord(flat[0])};"
    return Markup("".join(out))


def escape_md(text: object) -> Markup:
    """Article text -> inline Markdown that renders as exactly that text, on one line."""
    if isinstance(text, Markup):
        return text
    return _encode(text, _SPECIAL)


# Characters a URL may keep as they are inside a Markdown link target: no spaces, quotes,
# parentheses or angle brackets, which could end the link or start markup.
_URL_SAFE = ":/?#[]@!$&*+,;=%~-._"


def safe_url(url: object) -> Markup | None:
    """An article's address as a link target: http(s) only (no javascript: or data:), with every
    character that could end the Markdown link percent-encoded. None when unusable."""
    raw = str(url or "").strip()
    parts = urllib.parse.urlsplit(raw)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return Markup(urllib.parse.quote(raw, safe=_URL_SAFE))


def escape_attr(text: object) -> Markup:
    """For a value inside a quoted attribute of raw HTML that we write ourselves."""
    return _encode(text, _ATTR_SPECIAL)


# The codes a `lang` attribute may carry: the languages the seeds reader tells apart and a few
# neighbours (ingest/_meta.py detects en/es/pt/fr/de; front matter may name others). Any other
# code gets no mark rather than an unchecked attribute.
LANGUAGE_CODES = frozenset({"en", "es", "pt", "fr", "de", "it", "ca", "gl", "nl"})


def mark(text: object, lang: str | None, site: str) -> Markup:
    """Article text as inline Markdown (escaped), wrapped in `<span lang="xx">` when it is
    written in another language than the site's (for screen readers and the validator)."""
    body = escape_md(text)
    if lang in LANGUAGE_CODES and lang != site:
        return Markup(f'<span lang="{lang}">{body}</span>')
    return body


def _language_of(sentences: tuple[Sentence | None, ...]) -> str | None:
    """The language of the first of `sentences` given (a template may pass None)."""
    return next((s.lang for s in sentences if s is not None), None)


def source_link(page: str, sentence: Sentence) -> str:
    """Relative .md link from `page` (a docs path like 'reactions.md') to a sentence anchor."""
    depth = page.count("/")
    return "../" * depth + f"sources/{sentence.article_id}.md#{sentence.anchor}"


@dataclass
class Citations:
    """Footnotes of one page, numbered in order of first use; records where sentences are cited."""

    page: str
    outlets: dict[str, str]  # article id -> short source label
    used_by: dict[str, set[str]] = field(default_factory=dict)  # sentence key -> pages (shared)
    lang: str = "en"  # the site's language: sentences in another one are marked
    sentence_word: str = "sentence"  # "[Outlet, sentence 4]" in the site's language
    # language code -> the label a quotation in it gets ("in Spanish"), in the site's language
    language_labels: dict[str, str] = field(default_factory=dict)
    _numbers: dict[str, int] = field(default_factory=dict)
    _notes: list[str] = field(default_factory=list)

    def __call__(self, *sentences: Sentence | None) -> Markup:
        refs = []
        seen: set[str] = set()
        for s in sentences:
            if s is None or s.key in seen:
                continue
            seen.add(s.key)
            n = self._numbers.get(s.key)
            if n is None:
                n = len(self._numbers) + 1
                self._numbers[s.key] = n
                label = escape_md(self.outlets.get(s.article_id, s.article_id))
                self._notes.append(
                    f"[^{n}]: “{mark(s.text, s.lang, self.lang)}” — "
                    f"[{label}, {self.sentence_word} {s.index}]"
                    f"({source_link(self.page, s)})"
                )
            self.used_by.setdefault(s.key, set()).add(self.page)
            refs.append(n)
        # Side by side, ² and ¹ would read as 21: ascending order, a comma between.
        return Markup(_REF_SEPARATOR.join(f"[^{n}]" for n in sorted(refs)))

    def mark(self, text: object, *sentences: Sentence | None) -> Markup:
        """`text` taken from `sentences` (the first one's language), marked when not the site's."""
        return mark(text, _language_of(sentences), self.lang)

    def language(self, *sentences: Sentence | None) -> Markup:
        """" <small>(in Spanish)</small>" after words quoted in another language than the
        site's, so a reader knows they are the original words, not a translation; else ""."""
        lang = _language_of(sentences)
        if lang not in LANGUAGE_CODES or lang == self.lang:
            return Markup("")
        label = self.language_labels.get(lang) or lang  # type: ignore[arg-type]
        return Markup(f" <small>({escape_md(label)})</small>")

    def link(self, sentence: Sentence) -> Markup:
        """A plain link to the sentence's anchor (for counts and tables), recorded as a use so
        the source page shows that sentence."""
        self.used_by.setdefault(sentence.key, set()).add(self.page)
        return Markup(source_link(self.page, sentence))

    def footnotes(self) -> str:
        return "\n\n".join(self._notes)


class _StoredTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in the cache folder, checked there like every entry (compiling
    the templates is ~90 ms of every build that renders pages in a fresh process)."""

    def __init__(self, store: disk.Store):
        self.store = store

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self.store.get("template", disk.digest(bucket.key, bucket.checksum))
        if isinstance(code, bytes):
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        key = disk.digest(bucket.key, bucket.checksum)
        self.store.put("template", key, bucket.bytecode_to_string())


def environment(store: disk.Store | None = None) -> jinja2.Environment:
    """`store`: the cache folder, where compiled templates are kept between processes."""
    env = jinja2.Environment(
        bytecode_cache=_StoredTemplates(store) if store is not None and store.enabled else None,
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Markdown, not HTML: `finalize` escapes every value instead
        finalize=escape_md,  # every {{ value }} is escaped unless it is already Markup
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["e"] = escape_md
    env.filters["escape"] = escape_md
    env.filters["attr"] = escape_attr
    env.filters["md"] = Markup  # for Markdown we built ourselves from escaped parts
    env.globals["safe_url"] = safe_url
    return env


def render(env: jinja2.Environment, template: str, cite: Citations, **values: object) -> str:
    body = env.get_template(template).render(cite=cite, **values).rstrip() + "\n"
    notes = cite.footnotes()
    return body + ("\n" + notes + "\n" if notes else "")

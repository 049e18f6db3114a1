"""What every page builder receives: the extraction, the comparison and the citation registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import jinja2
from explainer.model import Article, Extraction, Sentence
from explainer.pages._explain import date_label
from explainer.pages._lang import extraction_language, quote_labels, strings
from explainer.pages._standalone import Resolver
from explainer.render import Citations, environment, render


@dataclass(frozen=True)
class Settings:
    full_text: bool = False  # publish whole articles on source pages (off: excerpts only)


def source_label(article: Article, number: int | None = None, word=str) -> str:
    """How a source is named on every page: its outlet, else its byline, else "Unknown outlet
    (article N)", N being its place in the list of sources (a file name means nothing to a
    reader). `number` is the article's 1-based position in the extraction."""
    if article.outlet:
        return article.outlet
    if article.author:
        return f"{article.author} ({word('outlet unknown')})"
    if number:
        return word("Unknown outlet (article {n})").format(n=number)
    return word("Unknown outlet")


def display_title(
    article: Article, number: int | None = None, word=str, lang: str = "en"
) -> str:
    """The headline; an article printed without one is named by its source and date instead
    (never by a made-up headline)."""
    if article.title:
        return article.title
    who = article.outlet or article.author
    when = date_label(article.published[:10], lang=lang) if article.published else None
    detail = ", ".join(x for x in (who, when) if x)
    if not detail:
        detail = word("article {n}").format(n=number) if number else word("source unknown")
    return word("Untitled article ({detail})").format(detail=detail)


@dataclass
class PageContext:
    extraction: Extraction
    comparison: Any  # compare.Comparison
    settings: Settings = field(default_factory=Settings)
    env: jinja2.Environment = field(default_factory=environment)
    # sentence key -> docs paths of the pages citing it, filled as pages render
    used_by: dict[str, set[str]] = field(default_factory=dict)
    # docs paths of the explainer pages this build makes (the overview links only to those);
    # None: every page. Given by the caller, so no page module imports the registry.
    pages: frozenset[str] | None = None

    # computed once per build: pages look labels up once per figure, quote and sentence
    @cached_property
    def labels(self) -> dict[str, str]:
        """article id -> source label, the one name a source goes by on every page."""
        return {
            f.article.id: source_label(f.article, n, self.tr.word)
            for n, f in enumerate(self.extraction.articles, 1)
        }

    @cached_property
    def titles(self) -> dict[str, str]:
        """article id -> headline, or what stands for it (see display_title)."""
        return {
            f.article.id: display_title(f.article, n, self.tr.word, self.lang)
            for n, f in enumerate(self.extraction.articles, 1)
        }

    @cached_property
    def standalone(self) -> Resolver:
        """Makes sentence bullets stand alone (see _standalone); templates call it as `stand`."""
        return Resolver(self.extraction)

    @cached_property
    def lang(self) -> str:
        """The site's language (pages/_lang.py): its own text is written in it."""
        return extraction_language(self.extraction)

    @property
    def tr(self) -> dict[str, Any]:
        """The pages' fixed words in the site's language; templates read them as `tr`."""
        return strings(self.lang)

    def citations(self, page: str) -> Citations:
        return Citations(
            page=page,
            outlets=self.labels,
            used_by=self.used_by,
            lang=self.lang,
            sentence_word=str(self.tr["footnote_sentence"]),
            language_labels=quote_labels(self.lang),
        )

    def render(self, template: str, page: str, **values: Any) -> str:
        values = {"tr": self.tr, "site_lang": self.lang, **values}
        return render(
            self.env, template, self.citations(page), page=page, stand=self.standalone, **values
        )

    def sentence(self, key: str) -> Sentence | None:
        article_id, _, n = key.partition("#s")
        for f in self.extraction.articles:
            if f.article.id == article_id and n.isdigit() and 0 < int(n) <= len(f.sentences):
                return f.sentences[int(n) - 1]
        return None

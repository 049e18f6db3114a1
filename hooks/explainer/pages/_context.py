"""What every page builder receives: the extraction, the comparison and the citation registry."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import jinja2

from ..model import Article, Extraction, Sentence
from ..render import Citations, environment, render


@dataclass(frozen=True)
class Settings:
    full_text: bool = False  # publish whole articles on source pages (off: excerpts only)


def source_label(article: Article) -> str:
    """How a source is named in citations: its outlet, else its byline, else its file."""
    if article.outlet:
        return article.outlet
    if article.author:
        return f"{article.author} (outlet unknown)"
    return article.path


def display_title(article: Article) -> str:
    """The headline; an article printed without one is named by its source and date instead
    (never by a made-up headline)."""
    if article.title:
        return article.title
    who = article.outlet or article.author
    when = article.published[:10] if article.published else None
    detail = ", ".join(x for x in (who, when) if x)
    return f"Untitled article ({detail})" if detail else f"Untitled article ({article.path})"


@dataclass
class PageContext:
    extraction: Extraction
    comparison: Any  # compare.Comparison
    settings: Settings = field(default_factory=Settings)
    env: jinja2.Environment = field(default_factory=environment)
    # sentence key -> docs paths of the pages citing it, filled as pages render
    used_by: dict[str, set[str]] = field(default_factory=dict)

    @property
    def labels(self) -> dict[str, str]:
        return {f.article.id: source_label(f.article) for f in self.extraction.articles}

    def citations(self, page: str) -> Citations:
        return Citations(page=page, outlets=self.labels, used_by=self.used_by)

    def render(self, template: str, page: str, **values: Any) -> str:
        return render(self.env, template, self.citations(page), page=page, **values)

    def sentence(self, key: str) -> Sentence | None:
        article_id, _, n = key.partition("#s")
        for f in self.extraction.articles:
            if f.article.id == article_id and n.isdigit() and 0 < int(n) <= len(f.sentences):
                return f.sentences[int(n) - 1]
        return None

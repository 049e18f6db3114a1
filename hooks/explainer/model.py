"""The data every stage reads and produces: small frozen dataclasses.

Reads: nothing. Produces: the types. Limits: no behaviour beyond tiny derived properties.

Convention: every extracted fact carries the `Sentence` it came from (a required field), so an
uncited fact cannot exist and every generated statement can link to
``sources/<article_id>/#s<index>``.
"""

from __future__ import annotations

from dataclasses import dataclass

SCHEMA_VERSION = 1

# Severity of a Problem. "error": the seed (or part of it) could not be used; logged as a
# WARNING on the mkdocs logger, so `mkdocs build --strict` fails. "notice": something could not
# be inferred (no byline, no date); shown on the build report, logged at INFO, never fatal.
ERROR = "error"
NOTICE = "notice"


@dataclass(frozen=True)
class Problem:
    where: str  # seed file name, optionally ":line" or "#key"
    message: str  # what was expected and what was found
    fix: str  # how to fix it
    severity: str = ERROR
    # A notice that content is left out of the site (a file ignored, an article not mined) is
    # printed on its own line even where the other notices are summed up in one.
    content_lost: bool = False

    def line(self) -> str:
        return f"{self.where}: {self.message} Fix: {self.fix}"


@dataclass(frozen=True)
class Inference:
    field: str  # "title", "outlet", "author", "published", "url", "language", "kind", ...
    value: str
    how: str  # e.g. "first line", "byline 'by X'", "sources.yml", "front matter"


@dataclass(frozen=True)
class Block:
    """A structural unit of an article body, in article order."""

    kind: str  # "heading" | "paragraph" | "item" (bullet) | "quote_block" | "attribution"
    text: str


@dataclass(frozen=True)
class Article:
    """Metadata that could not be inferred is None (shown as "unknown", reported as a notice)."""

    id: str  # URL-safe slug of the seed file stem; pages live at sources/<id>/
    path: str  # seed file name relative to seeds/
    sha: str  # sha256 of the raw bytes (cache key)
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601: "2026-02-04T11:20" or "2026-02-04"
    url: str | None = None
    language: str | None = None  # ISO 639-1 code, "en" ...
    kind: str | None = None  # "preview" | "report" | "analysis", from sources.yml / front matter
    translated_from: str | None = None
    standfirst: str | None = None  # the dek / subtitle under the headline, when present
    blocks: tuple[Block, ...] = ()
    inferred: tuple[Inference, ...] = ()
    stripped: tuple[str, ...] = ()  # boilerplate lines removed, for the build report
    fmt: str = "txt"  # "txt" | "md" | "html"

    @property
    def source_key(self) -> str:
        """Who stands behind the article: outlet, else byline, else the file."""
        return self.outlet or (f"by {self.author}" if self.author else self.id)


@dataclass(frozen=True)
class Sentence:
    article_id: str
    index: int  # 1-based, article order; the anchor on the source page is f"s{index}"
    text: str
    block: int  # index into Article.blocks
    block_kind: str  # copied from the Block
    heading: str | None  # the nearest subheading above, if any
    # ISO 639-1 code of the language the sentence is written in (its article's): the stages pick
    # their cue lists by it (explainer.cues) and the pages mark quoted text with it (`lang`).
    lang: str = "en"

    @property
    def anchor(self) -> str:
        return f"s{self.index}"

    @property
    def key(self) -> str:
        return f"{self.article_id}#s{self.index}"


@dataclass(frozen=True)
class Quote:
    text: str  # the words inside the quotation marks (or the unquoted block)
    speaker: str | None  # canonical Person.name, None when unattributed
    sentence: Sentence
    cue: str | None = None  # speech verb or phrase that attributes it ("said", "according to")
    kind: str = "direct"  # "direct" | "block" (unquoted paragraph + name line) | "written"
    remark: int | None = None  # id shared by quotes that report the same remark


@dataclass(frozen=True)
class Figure:
    text: str  # as printed: "nearly 70 percent", "30 thousand"
    value: float  # normalised: 30000.0, 70.0
    qualifier: str | None  # "nearly", "at least", "more than", "around", "approximately"
    unit: str | None  # "percent", "tons", "hectares", or the counted noun's unit
    counts: str  # what it counts: "extraditions under Iván Duque"
    sentence: Sentence


@dataclass(frozen=True)
class DateMention:
    text: str  # as printed: "early January", "this Tuesday (3)", "October 2025"
    iso: str  # "2026-02-03", "2026-01", "2025"
    precision: str  # "day" | "month" | "year"
    approximate: bool  # early / mid / late / around
    sentence: Sentence
    event: str = ""  # short description of what happened then, from the sentence
    how: str = ""  # set when the year came from elsewhere than the article itself


@dataclass(frozen=True)
class Person:
    name: str  # canonical full name: "Gustavo Petro"
    aliases: tuple[
        str, ...
    ]  # every surface form seen: "Petro", "Mr. Petro", "Colombia's president"
    role: str | None  # "President of Colombia", "Defense Minister"
    role_sentence: Sentence | None  # where the role is stated
    side: str | None  # country or side when stated: "Colombia", "United States"
    mentions: tuple[Sentence, ...]  # every sentence naming the person, article order
    is_author: bool = False  # bylines are kept apart from people in the story


@dataclass(frozen=True)
class Entity:
    """An organisation or place."""

    name: str
    kind: str  # "org" | "place"
    mentions: tuple[Sentence, ...]


@dataclass(frozen=True)
class Topic:
    sentence: Sentence
    topic: str  # "background" | "agenda" | "outcome" | "reactions" | "implications"
    how: str  # "subheading", "cue", "lexicon"


@dataclass(frozen=True)
class ArticleFacts:
    """What the per-article stages found in one article (cacheable by content hash)."""

    article: Article
    sentences: tuple[Sentence, ...]
    kind: str  # "preview" | "report" | "analysis"
    kind_how: str
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    topics: tuple[Topic, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class Extraction:
    """The whole cluster after the cross-article stages (people merged, speakers resolved)."""

    articles: tuple[ArticleFacts, ...]  # sorted by Article.id
    people: tuple[Person, ...] = ()
    entities: tuple[Entity, ...] = ()
    problems: tuple[Problem, ...] = ()

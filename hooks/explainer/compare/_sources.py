"""Who the sources are: grouping files into sources, profiles, headlines and the coverage matrix.

Reads: an Extraction. Produces: the source of each article, SourceProfiles, Ledes and Cells.
Limits: two files are one source when they share an outlet name or a byline (case- and
space-insensitive); a byline shared by two outlets merges them too, which is what a reader wants
to know ("the same writer").
"""

from __future__ import annotations

import re

from explainer.compare._model import Cell, Lede, SourceProfile
from explainer.extract.topics.classify import TOPICS
from explainer.model import ArticleFacts, Extraction

_WORD = re.compile(r"\w+")


def _norm(text: str | None) -> str | None:
    return " ".join(text.lower().split()) if text else None


def source_of(extraction: Extraction) -> dict[str, str]:
    """article id -> source key; files sharing an outlet or a byline get one key."""
    parent = {f.article.id: f.article.id for f in extraction.articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    seen: dict[str, str] = {}
    for f in extraction.articles:
        for key in (("outlet", _norm(f.article.outlet)), ("author", _norm(f.article.author))):
            if key[1] is None:
                continue
            if key in seen:
                a, b = sorted((find(seen[key]), find(f.article.id)))
                parent[b] = a
            else:
                seen[key] = f.article.id
    groups: dict[str, list[ArticleFacts]] = {}
    for f in extraction.articles:
        groups.setdefault(find(f.article.id), []).append(f)
    out = {}
    for members in groups.values():
        key = _source_name(members)
        for f in members:
            out[f.article.id] = key
    return out


def _source_name(members: list[ArticleFacts]) -> str:
    outlets = sorted({f.article.outlet for f in members if f.article.outlet})
    if outlets:
        return " / ".join(outlets)
    authors = sorted({f.article.author for f in members if f.article.author})
    if authors:
        return "by " + " / ".join(authors)
    return " / ".join(sorted(f.article.id for f in members))


def _body(f: ArticleFacts):
    return [s for s in f.sentences if s.block_kind != "heading"]


def profiles(extraction: Extraction, sources: dict[str, str]) -> tuple[SourceProfile, ...]:
    out = []
    for key in sorted(set(sources.values())):
        members = [f for f in extraction.articles if sources[f.article.id] == key]
        counts = {t: 0 for t in TOPICS}
        for f in members:
            for t in f.topics:
                counts[t.topic] = counts.get(t.topic, 0) + 1
        out.append(
            SourceProfile(
                key=key,
                name=key,
                article_ids=tuple(f.article.id for f in members),
                authors=tuple(sorted({f.article.author for f in members if f.article.author})),
                published=tuple(f.article.published or "" for f in members),
                kinds=tuple(f.kind for f in members),
                translated=any(f.article.translated_from for f in members),
                words=sum(len(_WORD.findall(s.text)) for f in members for s in _body(f)),
                quotes=sum(len(f.quotes) for f in members),
                figures=sum(len(f.figures) for f in members),
                topics=tuple((t, n) for t, n in counts.items() if n),
            )
        )
    return tuple(out)


def ledes(extraction: Extraction, sources: dict[str, str]) -> tuple[Lede, ...]:
    out = []
    for f in extraction.articles:
        first = next((s for s in f.sentences if s.block_kind == "paragraph"), None)
        out.append(
            Lede(
                source=sources[f.article.id],
                article_id=f.article.id,
                headline=f.article.title,
                standfirst=f.article.standfirst,
                lede=first,
                lang=f.sentences[0].lang if f.sentences else f.article.language or "en",
            )
        )
    return tuple(sorted(out, key=lambda x: (x.source, x.article_id)))


def matrix(extraction: Extraction, sources: dict[str, str]) -> tuple[Cell, ...]:
    cells: dict[tuple[str, str], list] = {
        (t, s): [] for t in TOPICS for s in sorted(set(sources.values()))
    }
    for f in extraction.articles:
        for t in f.topics:
            cells.setdefault((t.topic, sources[f.article.id]), []).append(t.sentence)
    return tuple(
        Cell(topic=t, source=s, sentences=tuple(sorted(v, key=lambda x: (x.article_id, x.index))))
        for (t, s), v in sorted(cells.items(), key=lambda kv: (_topic_rank(kv[0][0]), kv[0][1]))
    )


def _topic_rank(topic: str) -> int:
    return TOPICS.index(topic) if topic in TOPICS else len(TOPICS)

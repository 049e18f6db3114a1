"""The whole extraction flow in one function: read this first.

Reads: a seeds folder. Produces: an `Extraction` (every fact cited) and the problems found.
Limits: the extraction rules are written for English, Spanish and Portuguese (explainer.cues:
the same rules, each language's words); articles detected as another language are published as
sources but not mined (a problem says so).

Order of the stages, and why:
1. read_seeds: files -> Articles (cached by content hash, so a rebuild re-reads only edits)
2. split_sentences: per article, cached with the article (pysbd is the slowest step)
3. find_people: corpus-wide, because a surname in one article resolves through another
4. per article: dates -> kind (a preview is known by its tense and dates) -> quotes (need the
   people) -> figures -> topics (need quotes, dates and kind)
5. link_remarks: corpus-wide, the same remark worded differently by different sources

Caching: `cache` is a dict the caller keeps between builds (`mkdocs serve`); `store` is the
cache folder on disk (explainer.cache), which outlives the process. Both hold the per-article
results (the parsed article, its sentences, its facts) under keys made of everything each was
computed from, so a rebuild redoes only what an edit changed.
Parallel: what is not cached of steps 1, 2 and 4 runs on `workers` processes (explainer.workers),
in input order, so the result is the serial one; steps 3 and 5 read the whole cluster.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from explainer import cache as disk
from explainer._facts_key import facts_key as _facts_key
from explainer._facts_key import name_words as _name_words
from explainer.cues import LANGUAGES
from explainer.extract.dates.find import find_dates
from explainer.extract.figures.find import find_figures
from explainer.extract.kinds.classify import classify_article
from explainer.extract.people.find import find_people
from explainer.extract.quotes.find import find_quotes
from explainer.extract.remarks.link import link_remarks
from explainer.extract.topics.classify import classify_topics
from explainer.ingest import decode, too_large
from explainer.ingest import seeds as seed_files
from explainer.ingest.seeds import read_seeds
from explainer.ingest.sentences import split_sentences
from explainer.model import NOTICE, Article, ArticleFacts, Extraction, Problem, Sentence
from explainer.workers import ordered_map, shared

# Languages the rules were written and measured for.
SUPPORTED_LANGUAGES = LANGUAGES
# Longer than any news article (long-form features run to ~100,000 characters): such a file is
# a collection or a dump, and mining it would stall every rebuild for minutes.
MAX_ARTICLE_CHARS = 1_000_000


class _Seeds:
    """read_seeds' cache (see seeds.py): the caller's dict, then the cache folder."""

    def __init__(self, memory: dict, store: disk.Store):
        self.memory, self.store = memory, store

    def __contains__(self, key) -> bool:
        if key not in self.memory and self.store.enabled:
            got = self.store.get("article", disk.digest(*key))
            if got is not None:
                self.memory[key] = got
        return key in self.memory

    def __getitem__(self, key):
        return self.memory[key]

    def __setitem__(self, key, value) -> None:
        self.memory[key] = value
        self.store.put("article", disk.digest(*key), value)


def _parse_ahead(seeds_dir: Path, seed_cache: _Seeds, workers: int) -> None:
    """Parse on every core the files read_seeds would parse, so that it finds them cached."""
    if workers <= 1 or not seeds_dir.is_dir():
        return
    todo = []
    for path in seed_files._files(seeds_dir)[0]:
        try:
            if too_large(path.name, path.stat().st_size):
                continue
            data = path.read_bytes()
        except OSError:
            continue  # read_seeds reports it
        sha = hashlib.sha256(data).hexdigest()
        if (path.name, sha) not in seed_cache:
            todo.append((path, sha, data))
    size = sum(len(d) for _, _, d in todo)
    for (path, sha, _), got in zip(
        todo, ordered_map(_parse, todo, workers, size=size), strict=True
    ):
        if got is not None:
            seed_cache[(path.name, sha)] = got


def _parse(item: tuple[Path, str, bytes]):
    path, sha, data = item
    text, bad = decode(path.name, data)
    if bad:
        return None  # read_seeds reports it
    return seed_files._article(path, sha, seed_files.FORMATS[path.suffix.lower()], text)


def _split_all(
    articles: list[Article], cache: dict, store: disk.Store, workers: int
) -> dict[str, tuple[Sentence, ...]]:
    # The id is part of the key: an added file can rename another's slug ("a-b" -> "a-b-2").
    keys = {a.id: ("sentences", a.path, a.sha, a.id) for a in articles}
    todo = []
    for a in articles:
        if keys[a.id] not in cache:
            got = store.get("sentences", disk.digest(*keys[a.id]))
            if got is None:
                todo.append(a)
            else:
                cache[keys[a.id]] = got
    size = sum(_size(a) for a in todo)
    for a, got in zip(todo, ordered_map(split_sentences, todo, workers, size=size), strict=True):
        cache[keys[a.id]] = got
        store.put("sentences", disk.digest(*keys[a.id]), got)
    return {a.id: cache[keys[a.id]] for a in articles}


def reference_date(articles: list[Article]) -> str | None:
    """The latest publication date in the cluster: gives undated articles' month names a year."""
    dates = sorted(a.published[:10] for a in articles if a.published)
    return dates[-1] if dates else None


def _mine_all(
    articles: list[Article],
    sentences: dict,
    name_words,
    reference,
    published,
    cache: dict,
    store: disk.Store,
    workers: int,
) -> list[ArticleFacts]:
    keys = [
        _facts_key(a, sentences[a.id], name_words, reference, published, cache) for a in articles
    ]
    todo = []
    for a, key in zip(articles, keys, strict=True):
        if key not in cache:
            got = store.get("facts", disk.digest(*key))
            if got is None:
                todo.append((a, sentences[a.id], key))
            else:
                cache[key] = got
    state = {"people": name_words, "reference": reference, "published": published}
    size = sum(_size(a) for a, _, _ in todo)
    done = ordered_map(_mine_shared, [t[:2] for t in todo], workers, size=size, state=state)
    for (_, _, key), facts in zip(todo, done, strict=True):
        cache[key] = facts
        store.put("facts", disk.digest(*key), facts)
    return [cache[key] for key in keys]


def _mine_shared(item) -> ArticleFacts:
    # In a worker, the cluster's people come from the state the pool was started with.
    st = shared()
    return _mine(item[0], item[1], st["people"], st["reference"], st["published"])


def _mine(article, sentences, name_words, reference, published) -> ArticleFacts:
    dates, problems = find_dates(sentences, article.published, reference)
    # The cluster's publication dates: a preview was written before most of the coverage.
    kind, how = classify_article(article, sentences, dates, cluster_published=published)
    # The whole cast, not only `people`: the same matches (see _people_in), and one alias
    # pattern for the cluster instead of one to compile per article.
    quotes = find_quotes(sentences, [p for p, _ in name_words])
    facts = ArticleFacts(
        article=article,
        sentences=sentences,
        kind=kind,
        kind_how=how,
        quotes=tuple(quotes),
        figures=tuple(find_figures(sentences)),
        dates=tuple(dates),
        topics=tuple(classify_topics(sentences, kind, quotes, dates, article.published)),
        problems=tuple(problems),
    )
    return facts


def _size(article: Article) -> int:
    return sum(len(b.text) for b in article.blocks)


_NAMES = {"en": "English", "es": "Spanish", "pt": "Portuguese"}


def _language_names() -> str:
    names = [_NAMES.get(code, code) for code in SUPPORTED_LANGUAGES]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def _why_not_mined(article: Article) -> Problem | None:
    size = _size(article)
    if size > MAX_ARTICLE_CHARS:
        return Problem(
            where=article.path,
            message=(
                f"the article text is {size:,} characters, more than the {MAX_ARTICLE_CHARS:,}"
                " an article can be, so it is listed but not split or mined."
            ),
            fix="check that the file is one article; split a collection into one file each.",
        )
    if (article.language or "en") not in SUPPORTED_LANGUAGES:
        return Problem(
            where=article.path,
            message=(
                f"the article looks written in '{article.language}', and the extraction rules"
                f" cover only {_language_names()}, so no quotes, figures or dates were taken"
                " from it."
            ),
            fix="add a version of it in one of those languages, or set `language:` for it in"
            " seeds/sources.yml if the detection is wrong.",
            severity=NOTICE,
            content_lost=True,
        )
    return None


def extract(
    seeds_dir: Path,
    cache: dict | None = None,
    store: disk.Store | None = None,
    workers: int = 1,
) -> Extraction:
    cache = {} if cache is None else cache
    store = store or disk.OFF
    seed_cache = _Seeds(cache.setdefault("seeds", {}), store)
    _parse_ahead(Path(seeds_dir), seed_cache, workers)
    articles, problems = read_seeds(Path(seeds_dir), cache=seed_cache)  # type: ignore[arg-type]
    problems = list(problems)
    skipped = {a.id: p for a in articles if (p := _why_not_mined(a)) is not None}
    problems.extend(skipped.values())
    oversized = {a.id for a in articles if _size(a) > MAX_ARTICLE_CHARS}
    sentences = _split_all([a for a in articles if a.id not in oversized], cache, store, workers)
    sentences.update({a: () for a in oversized})
    mined = [a for a in articles if a.id not in skipped]
    people, entities = find_people(mined, [s for a in mined for s in sentences[a.id]])
    name_words = _name_words(people)

    reference = reference_date(mined)
    published = tuple(sorted(a.published for a in mined if a.published))
    found = iter(
        _mine_all(mined, sentences, name_words, reference, published, cache, store, workers)
    )
    facts: list[ArticleFacts] = []
    for article in articles:
        if article.id in skipped:
            kind = article.kind or "report"
            facts.append(ArticleFacts(article, sentences[article.id], kind, "not mined"))
        else:
            facts.append(next(found))

    linked = link_remarks([q for f in facts for q in f.quotes])
    by_article: dict[str, list] = {}
    for q in linked:
        by_article.setdefault(q.sentence.article_id, []).append(q)
    facts = [replace(f, quotes=tuple(by_article.get(f.article.id, ()))) for f in facts]
    for f in facts:
        problems.extend(f.problems)
    return Extraction(
        articles=tuple(sorted(facts, key=lambda f: f.article.id)),
        people=tuple(people),
        entities=tuple(entities),
        problems=tuple(sorted(set(problems), key=lambda p: (p.where, p.message))),
    )

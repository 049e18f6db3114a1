"""What an article's facts are computed from: the cache key of the per-article stages.

Reads: an article, its sentences and the cluster's people. Produces: `name_words` (each person's
name forms as words) and `facts_key` (the article, the people it can mention, the reference and
publication dates), so that a person added elsewhere does not re-mine an article.
"""

from __future__ import annotations

import re

from explainer.model import Person

_WORD = re.compile(r"\w+")


def name_words(people: list[Person]) -> list[tuple[Person, list[list[str]]]]:
    """Each story person with the words of each form the alias matcher looks for (name,
    aliases, and "The x" for an alias "the x"; see _people_match)."""
    out = []
    for p in people:
        if p.is_author:
            continue  # find_quotes never reads bylines
        forms = {p.name, *p.aliases}
        forms |= {"The " + f[4:] for f in forms if f.startswith("the ")}
        out.append((p, [_WORD.findall(f) for f in sorted(forms)]))
    return out


def _people_in(
    words: frozenset[str], name_words: list[tuple[Person, list[list[str]]]]
) -> tuple[Person, ...]:
    """The people find_quotes could find in these sentences, so that the facts of an article
    depend only on them (a person added elsewhere does not re-mine it). A form is matched only
    between word boundaries, so each of its words is then a whole word of the text; the
    quote-finder's masked and cut texts keep those boundaries. A person with a form that could
    occur is kept whole: leaving out one who cannot occur changes no match (a form two people
    share is dropped only where both are kept). `words`: the article's, from `_words`."""
    return tuple(
        p for p, forms in name_words if any(all(w in words for w in form) for form in forms)
    )


def _words(sentences) -> frozenset[str]:
    words: set[str] = set()
    for s in sentences:
        words.update(_WORD.findall(s.text.replace("\u2011", "-")))
    return frozenset(words)


def facts_key(article, sentences, name_words, reference, published, cache: dict) -> tuple:
    """Everything an article's facts are computed from (`name_words`: as `name_words` gives)."""
    words_key = ("words", article.path, article.sha, article.id)
    if words_key not in cache:
        cache[words_key] = _words(sentences)
    people = _people_in(cache[words_key], name_words)
    # What find_quotes reads of a person: an edit elsewhere that leaves these alone keeps the
    # cached facts.
    seen = tuple((p.name, p.aliases, p.role) for p in people)
    # The whole Article, not only its file: a sources.yml edit changes its metadata (outlet,
    # kind, date) without changing its bytes, and the facts carry the Article.
    return ("facts", article.path, article.sha, article, seen, reference, published)

"""Short forms of the names found, and the bylines (private helper for people.py).

Reads: the canonical names found in the story; the articles' bylines and credit lines.
Produces: the word that stands for exactly one name ("Petro" for "Gustavo Petro"; "Han" for "Han
Meilin", a name written family name first; "Beto", an inner word of a long name), and the
authors as Person(is_author=True).
Limits: a short form two names share ("Smith" of two Smiths) stands for neither.
"""

from __future__ import annotations

from collections.abc import Iterable

from explainer.lexicon import NAME_CONNECTORS, NOT_PERSON_BYLINE
from explainer.model import Article, Person


def short_forms(names: Iterable[str], last: bool) -> dict[str, str]:
    """The last word (`last`) of exactly one name of two or more words, or the first word of
    exactly one two-word name (the caller decides when a first word may stand for it); lower-
    case particles do not count ("Caio" of "Caio da Rocha")."""
    owners: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        core = [p for p in parts if p not in NAME_CONNECTORS]
        if last and len(parts) >= 2 or not last and len(core) == 2 and core[0] == parts[0]:
            owners.setdefault(parts[-1] if last else parts[0], set()).add(name)
    return {w: next(iter(n)) for w, n in sorted(owners.items()) if len(n) == 1}


def inner_forms(names: Iterable[str]) -> dict[str, str]:
    """A capitalised inner word of exactly one name of three or more words: "Beto" of "Carlos
    Alberto Beto da Costa", whose press name is neither its first nor its last word."""
    owners: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        for w in parts[1:-1] if len(parts) >= 3 else ():
            if w[:1].isupper() and len(w) > 2:
                owners.setdefault(w, set()).add(name)
    return {w: next(iter(n)) for w, n in sorted(owners.items()) if len(n) == 1}


def authors(articles: Iterable[Article], credits: list[str]) -> list[Person]:
    """Bylines, and the names of credit lines ("Editing by X"): kept apart from the story."""
    seen: dict[str, Person] = {}
    names = [(a.author or "") for a in sorted(articles, key=lambda a: a.id)] + credits
    for raw in names:
        name = raw.split(" - ")[0].split(",")[0].strip()
        if not name or set(name.split()) & NOT_PERSON_BYLINE:
            continue
        if name not in seen:
            seen[name] = Person(name, (), None, None, None, (), is_author=True)
    return [p for n, p in sorted(seen.items())]

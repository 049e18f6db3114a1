"""The site's language: the one language its own text (and its own labels) is written in.

Reads: the languages of the cluster's articles (detected or declared, `Article.language`).
Produces: `main_language` (from one code per article) and `extraction_language` (of an
Extraction), shared by the pages (their fixed words, pages/_lang.py) and the comparison (the
wording it names a measure with, compare/_figures.py), so both speak the same language.
Limits: the site speaks en, es or pt (STRING_LANGUAGES); a cluster mostly in another language
keeps English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from explainer.cues import LANGUAGES

# Languages with a strings table: the site's own text can be written in these.
STRING_LANGUAGES = ("en", "es", "pt")
DEFAULT = "en"


def main_language(codes: Iterable[str | None]) -> str:
    """The language most of the mined articles are written in: one code per article.

    Articles in a language that is not mined (or of unknown language) do not count. A tie goes
    to the language listed first in cues.LANGUAGES (en, es, pt), so a half-English cluster stays
    English; no mined article at all -> English. The site's text is written in it when it has a
    strings table (all mined languages do)."""
    counts = Counter(c for c in codes if c in LANGUAGES)
    if not counts:
        return DEFAULT
    best = max(counts.values())
    lang = next(c for c in LANGUAGES if counts.get(c) == best)
    return lang if lang in STRING_LANGUAGES else DEFAULT


def extraction_language(extraction) -> str:
    """main_language of an Extraction (every article's detected or declared language)."""
    return main_language(f.article.language for f in extraction.articles)

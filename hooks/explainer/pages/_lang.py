"""The site's language, its own words in that language, and `lang` marks on article text.

Reads: the languages of the cluster's articles; templates/strings.<lang>.yml. Produces:
`main_language` (the one language the site's own text is written in; explainer/language.py,
shared with the comparison), `strings` (the fixed words and phrases of the pages, per
language: `tr.key`, `tr("key", n=3, name=x)` for a phrase with values and plural forms,
`tr.word("Principals")` for a page builder's English label) and `mark` (article text,
escaped, wrapped in `<span lang="xx">` when it is written in another language than the site).
Limits: the site speaks en, es or pt (STRING_LANGUAGES); a cluster mostly in another language
keeps English. Notes the extraction stages write in English (problems, most how-found notes,
the comparison's notes) are marked lang="en" rather than translated; the Method page is still
English (marked so). Plural forms are CLDR's one/other only. Only codes in LANGUAGE_CODES
are ever written into a `lang` attribute, so seed text cannot reach the attribute.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml
from explainer.language import (  # noqa: F401 (re-exported)
    DEFAULT,
    STRING_LANGUAGES,
    extraction_language,
    main_language,
)
from explainer.render import LANGUAGE_CODES, escape_md, mark  # noqa: F401 (the pages' one import)
from markupsafe import Markup

STRINGS = Path(__file__).parent.parent / "templates"

# A phrase whose words follow a count is a mapping of plural forms to `{n}` templates.
PLURAL_FORMS = frozenset({"one", "other"})


def plural_form(lang: str, n: object) -> str:
    """CLDR's cardinal rule for our languages: en and es 'one' for 1 only; pt (Brazil) for 0
    and 1 ('0 citação' reads as Brazilian style guides write it)."""
    count = n if isinstance(n, int) else None
    if count == 1 or (lang == "pt" and count == 0):
        return "one"
    return "other"


class Words(dict):
    """The strings table. `tr.key` is a fixed word; `tr("key", n=3, name=x)` fills a phrase's
    `{placeholders}` (its plural form chosen by `n`). Values are escaped unless they are Markup
    (our own Markdown), so article text passed in cannot add structure."""

    lang = DEFAULT

    def __call__(self, key: str, n: object = None, **values: object) -> Markup:
        form = self[key]
        if isinstance(form, dict) and set(form) == PLURAL_FORMS:
            form = form[plural_form(self.lang, n)]
        filled = {k: escape_md(v) for k, v in values.items()}
        if n is not None:
            filled.setdefault("n", escape_md(n))
        return Markup(str(form).format(**filled))

    def word(self, text: str) -> str:
        """One of the page builders' English labels ("Principals", "Kind") in the site's
        language, from the table's `words` mapping, else its nav titles (English: both empty, so
        unchanged)."""
        words, nav = self.get("words") or {}, self.get("nav") or {}
        return str(words.get(text, nav.get(text, text)))


@cache
def strings(lang: str) -> Words:
    """The pages' fixed words in `lang`; keys missing from a language's table fall back to
    English (tests/test_site_language.py checks every table has every key)."""
    out = Words()
    out.lang = lang if lang in STRING_LANGUAGES else DEFAULT
    for code in dict.fromkeys((DEFAULT, lang if lang in STRING_LANGUAGES else DEFAULT)):
        path = STRINGS / f"strings.{code}.yml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path.name}: expected a mapping of keys to strings")
        out.update(data)
    # Our own words, not article text: Markdown as written (table rows hold "|"), not escaped.
    for k, v in out.items():
        out[k] = Markup(v) if isinstance(v, str) else v
    return out


def language_name(lang: str, site: str) -> str:
    """A language's name in the site's language ("Spanish", "inglés"); the code if unknown."""
    names = strings(site).get("language_names") or {}
    return str(names.get(lang, lang)) if isinstance(names, dict) else lang


@cache
def quote_labels(site: str) -> dict[str, str]:
    """Language code -> the label of words quoted in it ("in Spanish"), in the site's language."""
    form = str(strings(site)["quoted_in"])
    codes = sorted(LANGUAGE_CODES)
    return {code: form.format(language=language_name(code, site)) for code in codes}

"""The site's language: the one most mined articles use; its own words come from a strings table
in that language; article text in another language is marked `lang` (quotes also get a visible
label), and the MkDocs build follows (Material's language, <html lang>, search, nav titles)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
import yaml
from explainer.pages._lang import STRING_LANGUAGES, main_language, quote_labels, strings
from explainer.render import Citations, mark
from explainer.site import build_site

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.mark.parametrize(
    ("codes", "expected", "why"),
    [
        (["es", "es", "es", "en"], "es", "most articles"),
        (["pt", "pt", "en"], "pt", "most articles"),
        (["en", "es"], "en", "a tie goes to the language listed first: en, es, pt"),
        (["es", "pt"], "es", "tie between es and pt"),
        (["pt", "es", "pt", "es", "en"], "es", "tie between es and pt, en behind"),
        (["fr", "fr", "fr", "es"], "es", "a language that is not mined does not count"),
        ([None, None, "pt"], "pt", "an unknown language does not count"),
        (["fr", None], "en", "nothing mined: English"),
        ([], "en", "empty cluster: English"),
    ],
)
def test_main_language(codes, expected, why):
    assert main_language(codes) == expected, why


@pytest.mark.parametrize(
    ("text", "lang", "site", "expected"),
    [
        ("Es un día histórico", "es", "en", '<span lang="es">Es un día histórico</span>'),
        ("Es un día histórico", "es", "es", "Es un día histórico"),
        ("A good day", "en", "pt", '<span lang="en">A good day</span>'),
        ("<b>x</b>", "en", "es", '<span lang="en">&#60;b&#62;x&#60;&#47;b&#62;</span>'),
        ("Bonjour", 'fr" onmouseover="x', "en", "Bonjour"),  # never an unchecked attribute
        ("Hallo", "xx", "en", "Hallo"),  # a code outside the whitelist: no mark
        ("Hello", None, "es", "Hello"),
    ],
)
def test_mark_escapes_and_marks_only_whitelisted_codes(text, lang, site, expected):
    assert mark(text, lang, site) == expected.replace("&#47;", "/")


@pytest.mark.parametrize(
    ("site", "lang", "label"),
    [("en", "es", "in Spanish"), ("es", "en", "en inglés"), ("pt", "es", "em espanhol"),
     ("es", "pt", "en portugués"), ("en", "pt", "in Portuguese")],
)
def test_quote_labels_are_in_the_site_language(site, lang, label):
    assert quote_labels(site)[lang] == label


def test_every_strings_table_has_every_key_and_every_nav_title():
    tables = {code: strings(code) for code in STRING_LANGUAGES}
    for code, table in tables.items():
        assert set(table) == set(tables["en"]), code
    nav = yaml.safe_load(
        (ROOT / "mkdocs.yml").read_text().split("\nnav:\n")[1].replace("- ", "")
    )
    titles = {str(t).split(":")[0] for t in _titles(nav)}
    for code in ("es", "pt"):
        assert titles <= set(strings(code)["nav"]), code


def _titles(nav):
    if isinstance(nav, list):
        return [t for item in nav for t in _titles(item)]
    if isinstance(nav, dict):
        return [t for k, v in nav.items() for t in (k, *_titles(v))]
    return []


def test_footnotes_mark_and_word_the_cited_sentence_in_the_site_language():
    from explainer.model import Sentence

    s = Sentence("wire", 2, "A good day, he said.", 0, "p", None, lang="en")
    cite = Citations(page="reactions.md", outlets={"wire": "Wire"}, lang="es",
                     sentence_word="frase", language_labels=quote_labels("es"))
    cite(s)
    assert cite.footnotes() == (
        '[^1]: “<span lang="en">A good day, he said.</span>” — [Wire, frase 2]'
        "(sources/wire.md#s2)"
    )
    assert cite.language(s) == " <small>(en inglés)</small>"
    assert Citations(page="x.md", outlets={}).language(s) == ""


# An invented cluster: three Spanish reports and one English wire story.
SEEDS = {
    "a_diario.md": ("es", "Diario del Sur", "Portavia y Lunaria firman un acuerdo en Villaclara", (
        "El presidente de Portavia, Ramón Ortega, llegó el martes a Villaclara para una reunión"
        " con su homólogo de Lunaria, Tomás Ibarra.\n\nLos dos gobiernos firmaron un acuerdo"
        " comercial que reduce los aranceles en 1.200 millones de dólares.\n\nLos ministros se"
        " reunirán de nuevo en marzo para revisar el acuerdo.\n")),
    "b_cronica.md": ("es", "La Crónica Austral", "Ortega e Ibarra sellan el pacto", (
        "El presidente de Portavia, Ramón Ortega, y el presidente de Lunaria, Tomás Ibarra,"
        " firmaron el martes un acuerdo comercial en Villaclara.\n\nEl acuerdo reduce los"
        " aranceles en 1.200 millones de dólares, según el Ministerio de Comercio.\n")),
    "c_noticias.md": ("es", "Noticias del Plata", "Acuerdo comercial entre Portavia y Lunaria", (
        "Portavia y Lunaria firmaron el martes en Villaclara un acuerdo comercial.\n\nLa reunión"
        " de los dos presidentes duró dos horas.\n")),
    "d_wire.md": ("en", "Harbor Wire", "Portavia and Lunaria sign trade pact", (
        "The presidents of Portavia and Lunaria signed a trade agreement in Villaclara on"
        " Tuesday.\n\n\"This is a good day for both our countries,\" Portavian President Ramón"
        " Ortega said after the signing.\n\nThe deal cuts tariffs by $1.2 billion, officials"
        " said.\n")),
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("mixed_seeds")
    for name, (lang, outlet, title, body) in SEEDS.items():
        head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: 2026-02-03\n"
        head += f"language: {lang}\n---\n"
        (folder / name).write_text(head + body, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def site(seeds):
    return build_site(seeds)


def test_a_mostly_spanish_cluster_gets_a_spanish_site(site):
    assert site.language == "es"
    pages = site.pages
    assert "# Comparar las fuentes\n" in pages["compare.md"]
    assert "## Las fuentes\n" in pages["compare.md"]
    assert "# Reacciones\n" in pages["reactions.md"]
    assert "| Persona | Cargo | Mencionada por |" in pages["people.md"]
    assert "## Dónde difieren los relatos {: #where-the-accounts-differ }" in pages["compare.md"]


def test_the_english_quote_is_marked_and_labelled(site):
    reactions = site.pages["reactions.md"]
    assert (
        '> “<span lang="en">This is a good day for both our countries</span>”[^'
    ) in reactions
    assert "</span>”[^2] <small>(en inglés)</small> — Harbor Wire" in reactions
    assert ', frase 2](sources/d_wire.md#s2)' in reactions


def test_source_pages_mark_only_the_other_language(site):
    wire, diario = site.pages["sources/d_wire.md"], site.pages["sources/a_diario.md"]
    assert wire.startswith('# <span lang="en">Portavia and Lunaria sign trade pact</span>\n')
    assert '<div lang="en" markdown>' in wire and wire.count("</div>") == 1
    assert "lang=" not in diario
    assert "!!! info \"Sobre esta fuente\"" in diario


def test_spanish_text_is_never_marked_on_the_spanish_site(site):
    for path, text in site.pages.items():
        assert 'lang="es"' not in text, path


def test_mkdocs_build_follows_the_site_language(seeds, tmp_path):
    out = tmp_path / "site"
    env = {**os.environ, "EXPLAINER_SEEDS": str(seeds), "NO_MKDOCS_2_WARNING": "1",
           "SOURCE_DATE_EPOCH": "1767225600"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    index = (out / "index.html").read_text(encoding="utf-8")
    assert '<html lang="es"' in index
    assert 'aria-label="Búsqueda"' in index  # Material's own labels follow theme.language
    nav = lxml.html.fromstring(index).xpath("//nav//a")
    titles = {" ".join(a.text_content().split()) for a in nav}
    assert {"Resumen", "Quién es quién", "Comparar las fuentes", "Fuentes"} <= titles
    assert '"lang":["es"]' in (out / "search" / "search_index.json").read_text()
    reactions = (out / "reactions" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="en">This is a good day for both our countries</span>' in reactions
    if VNU.is_file() and shutil.which("java"):
        vnu = subprocess.run(
            ["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", str(out)],
            capture_output=True, text=True, timeout=300,
        )
        assert vnu.returncode == 0, vnu.stderr[-3000:]


# --- The site's own text in Spanish and Portuguese -------------------------------------------

@pytest.mark.parametrize(
    ("iso", "precision", "lang", "expected"),
    [
        ("2024-12-06", "day", "en", "6 December 2024"),
        ("2024-12-06", "day", "es", "6 de diciembre de 2024"),
        ("2024-12-06", "day", "pt", "6 de dezembro de 2024"),
        ("2025-10", "month", "es", "octubre de 2025"),
        ("2025-03", "month", "pt", "março de 2025"),
        ("2026-02-02", "week", "en", "week of 2 February 2026"),
        ("2026-02-02", "week", "es", "semana del 2 de febrero de 2026"),
        ("2026-02-02", "week", "pt", "semana de 2 de fevereiro de 2026"),
        ("2025", "year", "es", "2025"),
        ("2025-13-01", "day", "pt", "2025-13-01"),  # not a date: left as it is
        ("2024-12-06", "day", "fr", "6 December 2024"),  # no table: English
    ],
)
def test_date_labels_follow_the_site_language(iso, precision, lang, expected):
    from explainer.pages._explain import date_label

    assert date_label(iso, precision, lang) == expected


@pytest.mark.parametrize(
    ("lang", "key", "n", "expected"),
    [
        ("en", "n_quotations", 1, "1 quotation"),
        ("en", "n_quotations", 3, "3 quotations"),
        ("es", "n_quotations", 1, "1 cita"),
        ("es", "n_quotations", 0, "0 citas"),
        ("pt", "n_quotations", 2, "2 citações"),
        ("pt", "n_quotations", 0, "0 citação"),  # CLDR: Portuguese 0 takes the singular
        ("en", "kind_analysis", 2, "2 analyses"),
        ("es", "kind_analysis", 2, "2 análisis"),
        ("pt", "kind_report", 1, "1 reportagem"),
        ("es", "and_more", 4, "y 4 más"),
        ("pt", "n_more", 4, "mais 4"),
    ],
)
def test_counted_phrases_take_the_plural_form_of_their_language(lang, key, n, expected):
    assert strings(lang)(key, n=n) == expected


def test_phrase_values_are_escaped_and_our_markdown_is_not():
    from markupsafe import Markup

    es = strings("es")
    assert es("more_from", n=2, source="*Diario* [x](y)") == (
        "2 más de &#42;Diario&#42; &#91;x&#93;&#40;y&#41;"
    )
    assert es("more_from", n=2, source=Markup("<b>ok</b>")) == "2 más de <b>ok</b>"
    assert es.word("Principals") == "Protagonistas" and strings("pt").word("Officials") == (
        "Autoridades"
    )
    assert strings("en").word("Principals") == "Principals"
    assert es.word("Who's who") == "Quién es quién"  # nav titles stand for page names too
    assert es.word("no such label") == "no such label"


def _placeholders(form) -> set[str]:
    import string

    forms = form.values() if isinstance(form, dict) else [form]
    return {f for text in forms for _, f, _, _ in string.Formatter().parse(str(text)) if f}


def test_every_phrase_has_the_same_placeholders_and_plural_forms_in_every_language():
    en = strings("en")
    for code in ("es", "pt"):
        table = strings(code)
        for key, form in en.items():
            if key in ("nav", "words", "language_names"):
                continue
            assert isinstance(table[key], dict) == isinstance(form, dict), (code, key)
            if isinstance(form, dict):
                assert set(table[key]) == set(form) == {"one", "other"}, (code, key)
            assert _placeholders(table[key]) == _placeholders(form), (code, key)


# Words that are English and neither Spanish nor Portuguese: none may be left on a Spanish or
# Portuguese page outside article text marked with its language, quotes, links and markup.
ENGLISH_WORDS = frozenset(
    """the and said sources source quotation quotations quote quotes figure figures article
    articles report reports page pages sentence sentences which with from were found these every
    more shown listed people unknown outlet published kind language overview reactions timeline
    what who where when how this that they their each by of is are was not no one only event
    dated headline headlines differ different side stated background outcome approximate table
    glance built links named speaker speakers data downloadable""".split()
)
# "no" and "data" are Spanish/Portuguese words too: checked on the Spanish page only where the
# Portuguese "data" (date) would be a false alarm, and never "no" (Spanish for "not").
NOT_ENGLISH_ONLY = {"es": {"no"}, "pt": {"no", "data"}}
_MARKED = re.compile(r'<(span|div) lang="[a-z]{2}"[^>]*>.*?</\1>', re.DOTALL)
_STRIP = (
    re.compile(r"^\[\^\d+\]:.*$", re.MULTILINE),  # footnotes: the cited sentences
    re.compile(r"“[^”]*”"),  # quoted words
    re.compile(r"\]\([^)]*\)"),  # link targets
    re.compile(r"\{:[^}]*\}|\{ \.md-button \}"),  # attribute lists
    re.compile(r"<[^>]+>"),  # tags
    re.compile(r"&#\d+;|&nbsp;"),
    re.compile(r"`[^`]*`"),
)


def _english_left(page: str, lang: str, article_text: list[str]) -> list[str]:
    text = _MARKED.sub(" ", page)
    for pattern in _STRIP:
        text = pattern.sub(" ", text)
    for sentence in article_text:  # the articles' own words, in their language
        text = text.replace(sentence, " ")
    words = re.findall(r"[A-Za-z']+", text)
    banned = ENGLISH_WORDS - NOT_ENGLISH_ONLY[lang]
    return sorted({w for w in words if w.lower() in banned})


def _article_text(seeds: dict) -> list[str]:
    out = []
    for _, outlet, title, body in seeds.values():
        out += [outlet, title]
        out += [s.strip() for p in body.split("\n\n") for s in re.split(r"(?<=\.) ", p) if s]
    return sorted(out, key=len, reverse=True)


def test_no_english_left_on_the_spanish_site(site):
    text = _article_text(SEEDS)
    for path, page in site.pages.items():
        assert _english_left(page, "es", text) == [], path


# An invented cluster: three Brazilian reports and one English wire story.
PT_SEEDS = {
    "a_folha.md": ("pt", "Folha do Vale", "Portavia e Lunaria assinam acordo em Villaclara", (
        "O presidente de Portavia, Ramón Ortega, chegou na terça-feira a Villaclara para uma"
        " reunião com o colega de Lunaria, Tomás Ibarra.\n\n\"É um dia histórico para os dois"
        " países\", disse Ortega após a assinatura.\n\nOs dois governos assinaram um acordo"
        " comercial que reduz tarifas em R$ 6 bilhões.\n")),
    "b_gazeta.md": ("pt", "Gazeta Serrana", "Ortega e Ibarra fecham o pacto", (
        "O presidente de Portavia, Ramón Ortega, e o presidente de Lunaria, Tomás Ibarra,"
        " assinaram na terça-feira um acordo comercial em Villaclara.\n\nO acordo reduz tarifas"
        " em R$ 6 bilhões, segundo o Ministério do Comércio.\n")),
    "c_correio.md": ("pt", "Correio do Norte", "Acordo comercial entre Portavia e Lunaria", (
        "Portavia e Lunaria assinaram na terça-feira em Villaclara um acordo comercial.\n\nA"
        " reunião dos dois presidentes durou duas horas.\n")),
    "d_wire.md": SEEDS["d_wire.md"],
}


@pytest.fixture(scope="module")
def pt_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pt_seeds")
    for name, (lang, outlet, title, body) in PT_SEEDS.items():
        head = f"---\ntitle: {title}\noutlet: {outlet}\npublished: 2026-02-03\n"
        head += f"language: {lang}\n---\n"
        (folder / name).write_text(head + body, encoding="utf-8")
    return build_site(folder)


def test_no_english_left_on_the_portuguese_site(pt_site):
    assert pt_site.language == "pt"
    text = _article_text(PT_SEEDS)
    for path, page in pt_site.pages.items():
        assert _english_left(page, "pt", text) == [], path


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("reactions.md", "Lo que dijeron las personas de estos artículos: 1 cita de 1 persona"
         " identificada;"),
        ("index.md", "| **Fecha** | 3 de febrero de 2026[^1]"),
        ("index.md", "Este sitio se construye a partir de 4 artículos de 4 fuentes (4 noticias)."),
        ("reactions.md", "## Otros\n"),
        ("people.md", "Portavia&#58; 1 persona.\n"),
        ("sources/index.md", "| Diario del Sur | 3 de febrero de 2026 | noticia |"),
        ("sources/a_diario.md", "| Publicado | 3 de febrero de 2026 <small>"),
        ("sources/a_diario.md", "citada en [Comparar las fuentes](../compare.md), [Resumen]"),
        ("timeline.md", "## marzo de 2026\n"),
        ("compare.md", "| Tema | Diario del Sur |"),
    ],
)
def test_the_spanish_site_writes_its_own_words_in_spanish(site, path, expected):
    assert expected in site.pages[path]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("reactions.md", "O que disseram as pessoas destes artigos: 2 citações de 1 pessoa"
         " identificada;"),
        ("index.md", "| **Data** | 3 de fevereiro de 2026[^"),
        ("data.md", "| reais |"),
        ("sources/index.md", "| Folha do Vale | 3 de fevereiro de 2026 | reportagem |"),
        ("people.md", "Lado não informado"),
        # each printed form marked with its own article's language
        ("timeline.md", 'como publicado: <span lang="en">Tuesday</span>; terça-feira</small>'),
        ("sources/a_folha.md", "| Tipo | reportagem <small>(relato no passado &#40;2 contra 0 no"),
        ("about/build-report.md", "| título | Portavia e Lunaria assinam acordo em Villaclara |"),
    ],
)
def test_the_portuguese_site_writes_its_own_words_in_portuguese(pt_site, path, expected):
    assert expected in pt_site.pages[path]

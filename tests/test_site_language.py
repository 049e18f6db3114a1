"""The site's language: the one most mined articles use; its own words come from a strings table
in that language; article text in another language is marked `lang` (quotes also get a visible
label), and the MkDocs build follows (Material's language, <html lang>, search, nav titles)."""

from __future__ import annotations

import os
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

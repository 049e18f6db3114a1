"""Ingesting Spanish and Portuguese pages: bylines, agency credits, page furniture, language.

Expected values were written from how Spanish- and Portuguese-language dailies and wires lay
out a page (invented people, places and outlets). The rules read their words from
cues/ingest.<lang>.yml; a seed's language is not known while its lines are read, so every
mined language's words apply to every seed (none of them occurs in English furniture or
bylines: English output is unchanged, checked by diffing every cluster's build).
"""

from __future__ import annotations

import pytest
from explainer.ingest._meta import detect_language
from explainer.ingest.seeds import read_seeds

ES_BODY = (
    "El Gobierno de Portavia anunció este martes un plan de inversiones de 2.500 millones de"
    " dólares para la red ferroviaria del país, según informó el Ministerio de Transporte.\n\n"
    "El ministro Ramón Ortega dijo que las obras empezarán en marzo y que se crearán unos 3.000"
    " empleos directos en las provincias del sur.\n"
)
PT_BODY = (
    "O governo de Portavia anunciou nesta terça-feira (3) um plano de investimentos de R$ 2,5"
    " bilhões para a malha ferroviária do país, segundo o Ministério dos Transportes.\n\n"
    "O ministro Ramão Ortega disse que as obras começam em março e que serão criados cerca de"
    " 3 mil empregos diretos nos estados do Sul.\n"
)
ES_TITLE = "El Gobierno anuncia un plan ferroviario para el sur del país\n\n"
PT_TITLE = "Governo anuncia plano ferroviário para o Sul do país\n\n"


def _read(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    articles, problems = read_seeds(tmp_path)
    return articles[0], problems


BYLINES = [
    # (header lines between the title and the body, expected author)
    ("es", "Por María José Quintana\n\n", "María José Quintana"),
    ("es", "Por María José Quintana | Agencia Meridiano\n\n", "María José Quintana"),
    ("es", "Por Lucía Herrera y Tomás Llorente\n\n", "Lucía Herrera y Tomás Llorente"),
    ("es", "Por: Andrés Villalba\n\n", "Andrés Villalba"),
    ("es", "Texto: Andrés Villalba\n\n", "Andrés Villalba"),
    ("es", "Redacción\n\n", None),
    ("es", "Por Redacción\n\n", None),
    ("pt", "Por Helena Couto\n\n", "Helena Couto"),
    ("pt", "Por Helena Couto e Caio Lemos\n\n", "Helena Couto e Caio Lemos"),
    ("pt", "Reportagem: Caio Lemos\n\n", "Caio Lemos"),
    ("pt", "Texto: Helena Couto\n\n", "Helena Couto"),
    ("pt", "Da Redação\n\n", None),
    ("pt", "Redação\n\n", None),
]


@pytest.mark.parametrize(("lang", "header", "author"), BYLINES)
def test_bylines(tmp_path, lang, header, author):
    title, body = (ES_TITLE, ES_BODY) if lang == "es" else (PT_TITLE, PT_BODY)
    art, _ = _read(tmp_path, title + header + body)
    assert art.author == author
    assert art.language == lang
    assert art.title == title.strip()
    assert art.blocks[0].text.startswith(("El Gobierno", "O governo"))
    assert header.strip() in art.stripped


# A paragraph that opens on "Por" is prose, not a byline, and stays.
PROSE_POR = [
    "Por la mañana, los bomberos controlaron el incendio en el puerto.\n\n",
    "Por conta da chuva, o jogo foi adiado para quinta-feira.\n\n",
]


@pytest.mark.parametrize("first", PROSE_POR)
def test_a_paragraph_opening_on_por_is_kept(tmp_path, first):
    title, body = (PT_TITLE, PT_BODY) if "conta" in first else (ES_TITLE, ES_BODY)
    art, _ = _read(tmp_path, title + first + body)
    assert art.blocks[0].text == first.strip()
    assert art.author is None


FURNITURE = [
    # (line, kind of page)
    ("es", "Lea también: El puerto reabre tras la tormenta"),
    ("es", "Compartir"),
    ("es", "Publicidad"),
    ("es", "Suscríbete"),
    ("es", "Suscríbete a nuestro boletín"),
    ("es", "Recibe nuestra newsletter cada mañana"),
    ("es", "Síguenos en redes sociales"),
    ("es", "Con información de Agencia Meridiano"),
    ("es", "Con información de Agencia Meridiano y Prensa Austral."),
    ("pt", "Leia mais: Porto reabre após tempestade"),
    ("pt", "Leia também"),
    ("pt", "Leia também: Governo adia votação"),
    ("pt", "Siga-nos no Instagram"),
    ("pt", "Compartilhe"),
    ("pt", "Publicidade"),
    ("pt", "Assine"),
    ("pt", "Assine a newsletter do Diário Serrano"),
    ("pt", "Com informações da Agência Meridiano"),
    ("pt", "Com informações do Diário Serrano e da Agência Meridiano."),
]


@pytest.mark.parametrize(("lang", "line"), FURNITURE)
def test_furniture_lines_are_stripped(tmp_path, lang, line):
    title, body = (ES_TITLE, ES_BODY) if lang == "es" else (PT_TITLE, PT_BODY)
    first, second = body.split("\n\n")
    art, _ = _read(tmp_path, f"{title}{first}\n\n{line}\n\n{second}")
    assert [b.text for b in art.blocks] == [first.strip(), second.strip()]
    assert any(line.strip(" .") in s for s in art.stripped)


def test_agency_credit_closing_a_paragraph_is_cut(tmp_path):
    first, second = ES_BODY.split("\n\n")
    text = f"{ES_TITLE}{first}\n\n{second.strip()} (Con información de Agencia Meridiano)\n"
    art, _ = _read(tmp_path, text)
    assert art.blocks[-1].text == second.strip()


# Prose that starts like furniture stays.
KEPT = [
    "Compartir el agua del río con la provincia vecina fue la condición del acuerdo.",
    "Publicidad engañosa: la fiscalía investiga a tres empresas del sector.",
    "Assinei o contrato sem ler, admitiu o prefeito em entrevista à rádio local.",
]


@pytest.mark.parametrize("line", KEPT)
def test_prose_like_furniture_is_kept(tmp_path, line):
    first, second = ES_BODY.split("\n\n")
    art, _ = _read(tmp_path, f"{ES_TITLE}{first}\n\n{line}\n\n{second}")
    assert line in [b.text for b in art.blocks]


# Language of short openings: (text, language).
OPENINGS = [
    ("El ministro dijo que el acuerdo se firmará en marzo.", "es"),
    ("Los vecinos del barrio denunciaron cortes de agua.", "es"),
    ("La inflación fue de 3,4 % en enero, según el banco central.", "es"),
    ("El Gobierno no ha confirmado la cifra de muertos.", "es"),
    ("O ministro disse que o acordo será assinado em março.", "pt"),
    ("Os moradores do bairro denunciaram cortes de água.", "pt"),
    ("A inflação foi de 4,2% em janeiro, segundo o Banco Central.", "pt"),
    ("O governo não confirmou o número de mortos na região.", "pt"),
    ("É a primeira vez que o país exporta mais do que importa.", "pt"),
    ("The minister said the deal will be signed in March.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), OPENINGS)
def test_language_of_short_openings(text, lang):
    assert detect_language(text)[0] == lang


def test_english_page_keeps_its_byline_and_furniture_rules(tmp_path):
    text = (
        "Portavia announces a rail plan for the south\n\nBy Jane Marlow | Updated: March 3, 2026"
        "\n\nShare this article\n\nThe government of Portavia announced a rail plan on Tuesday,"
        " the transport ministry said in a statement.\n\nRead more: Port reopens after storm\n\n"
        "The minister said work would start in March and create 3,000 jobs in the south.\n"
    )
    art, _ = _read(tmp_path, text)
    assert art.author == "Jane Marlow"
    assert art.language == "en"
    assert len(art.blocks) == 2

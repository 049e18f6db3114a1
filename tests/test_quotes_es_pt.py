"""Quotes in Spanish and Portuguese articles: a table of invented news sentences (the shapes of
Spanish and Brazilian wire copy: guillemets, curly and straight quotes, em-dash dialogue and
inserts, inverted cues, dropped subjects, "según"/"segundo"/"para") with the speaker and cue
expected; a few English rows prove the English path is unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _people_corpus import make_article
from explainer.cues import cues
from explainer.extract.quotes.find import find_quotes
from explainer.extract.remarks.link import link_remarks
from explainer.ingest.sentences import split_sentences
from explainer.model import Person, Quote, Sentence

ORTEGA, FERRAN = "Gustavo Ortega", "Lucía Ferrán"
VALADARES, BASTOS = "Renato Valadares", "Helena Bastos"
PEOPLE = {
    "es": [
        Person(ORTEGA, ("Ortega", "Gustavo Ortega"), "presidente", None, None, ()),
        Person(FERRAN, ("Ferrán", "Lucía Ferrán"), "ministra de Hacienda", None, None, ()),
    ],
    "pt": [
        Person(VALADARES, ("Valadares", "Renato Valadares"), "ministro da Fazenda", None, None,
               ()),
        Person(BASTOS, ("Bastos", "Helena Bastos"), "senadora", None, None, ()),
    ],
    "en": [
        Person(ORTEGA, ("Ortega", "Gustavo Ortega"), "President", None, None, ()),
        Person(FERRAN, ("Ferrán", "Lucía Ferrán"), "Finance Minister", None, None, ()),
    ],
}


def _quotes(lang: str, text: str) -> list[tuple[str, str | None, str | None]]:
    art = replace(make_article("t", text), language=lang)
    return [(q.text, q.speaker, q.cue) for q in find_quotes(split_sentences(art), PEOPLE[lang])]


ES = [
    # guillemets, inverted cue, role + name after the verb
    ("«No hay marcha atrás», aseguró el presidente Ortega en Bogotá.",
     [("No hay marcha atrás", ORTEGA, "aseguró")]),
    ("“Es un día histórico”, afirmó Ortega.", [("Es un día histórico", ORTEGA, "afirmó")]),
    ('"Vamos a revisar cada contrato", dijo Ferrán a la prensa.',
     [("Vamos a revisar cada contrato", FERRAN, "dijo")]),
    ("Ortega dijo que «el acuerdo está cerrado».", [("el acuerdo está cerrado", ORTEGA, "dijo")]),
    ("La ministra Lucía Ferrán advirtió: «No habrá más prórrogas».",
     [("No habrá más prórrogas", FERRAN, "advirtió")]),
    ("«¿Quién va a pagar esto?», preguntó Ferrán.",
     [("¿Quién va a pagar esto?", FERRAN, "preguntó")]),
    ("‹Es una trampa›, insistió Ortega.", [("Es una trampa", ORTEGA, "insistió")]),
    ("‘No firmaremos nada’, respondió Ferrán.", [("No firmaremos nada", FERRAN, "respondió")]),
    ("«Y no será la última vez», añadió Ferrán.", [("Y no será la última vez", FERRAN, "añadió")]),
    ("Ortega insistió en que el Gobierno «no negociará bajo presión».",
     [("no negociará bajo presión", ORTEGA, "insistió")]),
    ("Ferrán, que asumió el cargo en marzo, sostuvo que «las cuentas cuadran».",
     [("las cuentas cuadran", FERRAN, "sostuvo")]),
    ("En declaraciones a Radio Sur, Ortega afirmó que «el diálogo sigue abierto».",
     [("el diálogo sigue abierto", ORTEGA, "afirmó")]),
    ("«Fue una negociación larga. Al final ganó el sentido común», explicó Ferrán.",
     [("Fue una negociación larga.", FERRAN, "explicó"),
      ("Al final ganó el sentido común", FERRAN, "explicó")]),
    ("«Hablé con la Sra. Ferrán. ¿Qué más quieren?», dijo Ortega.",
     [("Hablé con la Sra. Ferrán.", ORTEGA, "dijo"), ("¿Qué más quieren?", ORTEGA, "dijo")]),
    # dropped subject: the last person who was the subject
    ("Ferrán habló tras la reunión. «Fue una negociación dura», reconoció.",
     [("Fue una negociación dura", FERRAN, "reconoció")]),
    ("Ferrán se reunió con Ortega. Ella explicó que «la reforma necesita consenso».",
     [("la reforma necesita consenso", FERRAN, "explicó")]),
    # a role noun points to the person named before with that role
    ("Ortega habló en la cumbre.\n«Somos un país soberano», subrayó el presidente.",
     [("Somos un país soberano", ORTEGA, "subrayó")]),
    # institutions and groups are no person
    ("«La medida es temporal», señaló el Ministerio de Salud en un comunicado.",
     [("La medida es temporal", None, "señaló")]),
    ("Ortega llegó tarde. El Gobierno aseguró que «no habrá recortes».",
     [("no habrá recortes", None, "aseguró")]),
    ("Ortega habló. «No aceptaremos la propuesta», dijeron los sindicatos.",
     [("No aceptaremos la propuesta", None, "dijeron")]),
    # según, de acuerdo con, en palabras de
    ("Según Ortega, «la inflación bajará este año».",
     [("la inflación bajará este año", ORTEGA, "según")]),
    ("De acuerdo con la ministra Ferrán, «el déficit está controlado».",
     [("el déficit está controlado", FERRAN, "de acuerdo con")]),
    ("El plan es, en palabras de Ferrán, «un cambio de rumbo».",
     [("un cambio de rumbo", FERRAN, "en palabras de")]),
    # written
    ("Ortega escribió en X: «Hoy es un gran día para el país».",
     [("Hoy es un gran día para el país", ORTEGA, "escribió")]),
    ("Ferrán publicó en sus redes sociales: «Seguiremos trabajando».",
     [("Seguiremos trabajando", FERRAN, "publicó")]),
    # em-dash dialogue: the insert names the speaker, the words go on after it
    ("—No vamos a ceder —dijo la ministra Ferrán—. Es definitivo.",
     [("No vamos a ceder", FERRAN, "dijo"), ("Es definitivo.", FERRAN, "dijo")]),
    ("Ortega llegó al Congreso a las diez.\n—No vamos a ceder —afirmó—. Lo dijimos en enero.",
     [("No vamos a ceder", ORTEGA, "afirmó"), ("Lo dijimos en enero.", ORTEGA, "afirmó")]),
    ("Ortega compareció ante la prensa.\n—Los números no mienten —explicó el presidente—, y "
     "vamos a cumplir.",
     [("Los números no mienten", ORTEGA, "explicó"), ("y vamos a cumplir.", ORTEGA, "explicó")]),
    ("—Esto no termina aquí —advirtió Ferrán antes de abandonar la sala.",
     [("Esto no termina aquí", FERRAN, "advirtió")]),
    # harder shapes: asides, a spokesperson's name, two quotations, a question and its answer
    ("El presidente Ortega afirmó que «la economía crece».",
     [("la economía crece", ORTEGA, "afirmó")]),
    ("«Esto es un atropello», dijo a EFE el portavoz de Ortega.",
     [("Esto es un atropello", None, "dijo")]),
    ("Ortega, visiblemente molesto, replicó: «No acepto lecciones».",
     [("No acepto lecciones", ORTEGA, "replicó")]),
    ("«No vamos a permitirlo», declaró Ortega en rueda de prensa, y añadió que «el país "
     "merece respeto».",
     [("No vamos a permitirlo", ORTEGA, "declaró"), ("el país merece respeto", ORTEGA, "añadió")]),
    ("—¿Habrá acuerdo? —preguntó un periodista.\n—Lo habrá —respondió Ortega.",
     [("¿Habrá acuerdo?", None, "preguntó"), ("Lo habrá", ORTEGA, "respondió")]),
    ("Ayer, el Ejecutivo sostuvo que «no hay crisis».", [("no hay crisis", None, "sostuvo")]),
    ("Ortega habló. Según él, «todo está en orden».", [("todo está en orden", ORTEGA, "según")]),
    ("Según fuentes del Gobierno, «el acuerdo está cerca».",
     [("el acuerdo está cerca", None, "según")]),
    ("Ortega y Ferrán firmaron. «Es un buen día», dijo el mandatario.",
     [("Es un buen día", ORTEGA, "dijo")]),
    ("Ferrán aseguró que el déficit se reducirá hasta el 3,2 % del PIB el año próximo y que «no "
     "habrá recortes».", [("no habrá recortes", FERRAN, "aseguró")]),
    ("Ortega lo dijo ante el comité: «No habrá marcha atrás».",
     [("No habrá marcha atrás", ORTEGA, "dijo")]),
    ("En opinión de Ferrán, «el ajuste es inevitable».",
     [("el ajuste es inevitable", FERRAN, "en opinión de")]),
    ("—No vamos a ceder. Lo dijimos en enero —afirmó Ferrán—. Es definitivo.",
     [("No vamos a ceder.", FERRAN, "afirmó"), ("Lo dijimos en enero", FERRAN, "afirmó"),
      ("Es definitivo.", FERRAN, "afirmó")]),
    ("—¿Vamos a ceder? No —afirmó Ferrán.",
     [("¿Vamos a ceder?", FERRAN, "afirmó"), ("No", FERRAN, "afirmó")]),
    # no cue: a colon after the subject with its title, a quotation after a sentence about
    # the one person it names
    ("El presidente Ortega fue claro: «No habrá marcha atrás».",
     [("No habrá marcha atrás", ORTEGA, "colon")]),
    ("Ortega se dirigió a los empresarios. «Necesitamos inversión».",
     [("Necesitamos inversión", ORTEGA, "context")]),
    # not quotations: scare quotes, a dash aside, a question with no insert
    ("El llamado «plan de choque» entrará en vigor el lunes.", []),
    # the inverted subject after the time and place; a name after "con" is no speaker
    ("«Es un día histórico», afirmó este martes en rueda de prensa el presidente Gustavo Ortega.",
     [("Es un día histórico", ORTEGA, "afirmó")]),
    ("«Hay que seguir negociando», afirmó tras la reunión con Ortega la ministra Lucía Ferrán.",
     [("Hay que seguir negociando", FERRAN, "afirmó")]),
    ("Según la ministra de Hacienda, Lucía Ferrán, «el déficit bajará».",
     [("el déficit bajará", FERRAN, "según")]),
    ("Ortega habló. Según informó el Ministerio de Salud, «no hay casos nuevos».",
     [("no hay casos nuevos", None, "informó")]),
    ("Ortega habló. Según dijo, «no hay casos nuevos».", [("no hay casos nuevos", ORTEGA, "dijo")]),
    ("Tras reunirse con Ortega, el Ministerio de Salud aseguró que «no hay casos nuevos».",
     [("no hay casos nuevos", None, "aseguró")]),
    ("Ortega visitó la Casa de Gobierno y afirmó que «todo está en orden».",
     [("todo está en orden", ORTEGA, "afirmó")]),
    ("Ortega dijo que el llamado «plan de choque» empezará el lunes.", []),
    ("«El acuerdo es “histórico”, pero insuficiente», dijo Ferrán.",
     [("El acuerdo es “histórico”, pero insuficiente", FERRAN, "dijo")]),
    ("«Usted no entiende nada», le dijo Ortega a Ferrán.",
     [("Usted no entiende nada", ORTEGA, "dijo")]),
    ("Ortega habló primero. «Le pido calma», dijo a Ferrán.",
     [("Le pido calma", ORTEGA, "dijo")]),
    ("Para evitar el colapso, «hay que actuar ya».", []),
    ("La reforma —aprobada en marzo— entra en vigor hoy, dijo Ortega.", []),
    ("—¿Cuándo se aprobará el presupuesto?", []),
]

PT = [
    ("“Não vamos recuar”, disse o ministro Valadares.",
     [("Não vamos recuar", VALADARES, "disse")]),
    ("Valadares afirmou que “a inflação está sob controle”.",
     [("a inflação está sob controle", VALADARES, "afirmou")]),
    ("Valadares chegou a Brasília pela manhã.\n“O pacote é necessário”, declarou o ministro.",
     [("O pacote é necessário", VALADARES, "declarou")]),
    ("“O Brasil está preparado”, garantiu Bastos.",
     [("O Brasil está preparado", BASTOS, "garantiu")]),
    ("Valadares defendeu que “o ajuste é temporário”.",
     [("o ajuste é temporário", VALADARES, "defendeu")]),
    ("“Foi uma reunião produtiva. Saímos com um acordo”, acrescentou Valadares.",
     [("Foi uma reunião produtiva.", VALADARES, "acrescentou"),
      ("Saímos com um acordo", VALADARES, "acrescentou")]),
    ("«A proposta é inconstitucional», ressaltou a senadora Helena Bastos.",
     [("A proposta é inconstitucional", BASTOS, "ressaltou")]),
    ('"Não há espaço para aumento de impostos", completou Valadares.',
     [("Não há espaço para aumento de impostos", VALADARES, "completou")]),
    ("“Foi ótimo. É um acordo histórico”, disse Valadares.",
     [("Foi ótimo.", VALADARES, "disse"), ("É um acordo histórico", VALADARES, "disse")]),
    # segundo, de acordo com, conforme, para + the person
    ("Segundo Bastos, “o Senado vai votar a proposta na próxima semana”.",
     [("o Senado vai votar a proposta na próxima semana", BASTOS, "segundo")]),
    ("De acordo com a senadora Helena Bastos, “não há votos suficientes”.",
     [("não há votos suficientes", BASTOS, "de acordo com")]),
    ("Conforme Valadares, “o déficit vai cair”.", [("o déficit vai cair", VALADARES, "conforme")]),
    ("Para o ministro Valadares, “a reforma é inadiável”.",
     [("a reforma é inadiável", VALADARES, "para")]),
    # "para" and "segundo" are cues only in those shapes
    ("O governo enviou “um recado claro” para o Congresso.", []),
    ("Pelo segundo ano seguido, o governo apostou no “equilíbrio fiscal”.", []),
    ("“O acordo sai”, disse nesta terça-feira (3) em Brasília o ministro Renato Valadares.",
     [("O acordo sai", VALADARES, "disse")]),
    ("Valadares falou. Conforme afirmou, “não haverá cortes”.",
     [("não haverá cortes", VALADARES, "afirmou")]),
    ("Depois de receber Valadares, o Itamaraty informou que “a visita foi produtiva”.",
     [("a visita foi produtiva", None, "informou")]),
    ("Valadares criticou o chamado “pacote de bondades”, disse Bastos.", []),
    # dropped subject and pronouns
    ("Bastos votou contra o projeto. “É um retrocesso”, criticou.",
     [("É um retrocesso", BASTOS, "criticou")]),
    ("Bastos recebeu Valadares no gabinete. Ela ressaltou que “o diálogo é permanente”.",
     [("o diálogo é permanente", BASTOS, "ressaltou")]),
    # institutions
    ("“A decisão será cumprida”, afirmou a Casa Branca em nota.",
     [("A decisão será cumprida", None, "afirmou")]),
    ("Valadares viajou. “Acompanhamos a situação”, informou o Itamaraty.",
     [("Acompanhamos a situação", None, "informou")]),
    # written
    ("Valadares escreveu nas redes sociais: “Trabalho não vai faltar”.",
     [("Trabalho não vai faltar", VALADARES, "escreveu")]),
    ("Bastos publicou no X: “Vamos vencer”.", [("Vamos vencer", BASTOS, "publicou")]),
    # harder shapes
    ("O ministro da Fazenda, Renato Valadares, disse que “o governo não vai recuar”.",
     [("o governo não vai recuar", VALADARES, "disse")]),
    ("Em nota, o Ministério da Saúde informou que “todas as medidas foram tomadas”.",
     [("todas as medidas foram tomadas", None, "informou")]),
    ("Valadares falou. Segundo ele, “a meta será cumprida”.",
     [("a meta será cumprida", VALADARES, "segundo")]),
    ("Na avaliação de Bastos, “o texto precisa de ajustes”.",
     [("o texto precisa de ajustes", BASTOS, "na avaliação de")]),
    ("Para o governo, “a medida é temporária”.", [("a medida é temporária", None, "para")]),
    ("Bastos criticou a proposta. “É um retrocesso”, afirmou a parlamentar.",
     [("É um retrocesso", BASTOS, "afirmou")]),
    ("“Não houve acordo”, disseram os líderes.", [("Não houve acordo", None, "disseram")]),
    ("— Não tenho nada a declarar — respondeu a senadora Helena Bastos, ao deixar o plenário.",
     [("Não tenho nada a declarar", BASTOS, "respondeu")]),
    ("O ministro da Fazenda, Renato Valadares, foi enfático: “Não vamos recuar”.",
     [("Não vamos recuar", VALADARES, "colon")]),
    ("A senadora Helena Bastos foi direta: “Não há votos”.", [("Não há votos", BASTOS, "colon")]),
    # dialogue with dashes
    ("— Não vamos recuar — disse o ministro Valadares. — A decisão está tomada.",
     [("Não vamos recuar", VALADARES, "disse"), ("A decisão está tomada.", VALADARES, "disse")]),
    ("Bastos deixou o plenário.\n– Isso é um absurdo – avaliou.",
     [("Isso é um absurdo", BASTOS, "avaliou")]),
]

EN = [
    ("Ortega said that “the deal is done”.", [("the deal is done", ORTEGA, "said")]),
    ("Ferrán spoke.\n“We look for solutions”, she declared.",
     [("We look for solutions", FERRAN, "declared")]),
    # Spanish words in an English article are no cue; a dash paragraph is no dialogue
    ("“Dijo que no”, the banner read.", []),
    ("—We will not back down —said Ortega.", []),
]


@pytest.mark.parametrize(("text", "expected"), ES)
def test_spanish_quotes(text, expected):
    assert _quotes("es", text) == expected


@pytest.mark.parametrize(("text", "expected"), PT)
def test_portuguese_quotes(text, expected):
    assert _quotes("pt", text) == expected


@pytest.mark.parametrize(("text", "expected"), EN)
def test_english_quotes_unchanged(text, expected):
    assert _quotes("en", text) == expected


def test_written_kind():
    art = replace(make_article("t", "Ortega escribió en X: «Hoy es un gran día»."), language="es")
    (q,) = find_quotes(split_sentences(art), PEOPLE["es"])
    assert (q.kind, q.sentence.lang) == ("written", "es")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a run of "— ..." lines is read as a dash list, its first dash dropped
        ("Não vamos recuar — disse Valadares aos senadores.",
         [("Não vamos recuar", VALADARES, "disse")]),
        ("A proposta não resolve nada – rebateu Bastos.",
         [("A proposta não resolve nada", BASTOS, "rebateu")]),
        # a list item with no speech cue after its dash is no dialogue
        ("Meta de inflação — 3% ao ano", []),
        ("Déficit zero em 2026 — segundo ano seguido", []),
    ],
)
def test_dialogue_read_as_a_list_item(text, expected):
    s = Sentence("t", 1, text, 0, "item", None, "pt")
    got = [(q.text, q.speaker, q.cue) for q in find_quotes([s], PEOPLE["pt"])]
    assert got == expected


def test_an_institution_kept_as_a_person_never_speaks():
    people = [*PEOPLE["es"], Person("Ministerio de Salud", ("Ministerio de Salud",), None,
                                    None, None, ())]
    art = replace(make_article("t", "«La medida es temporal», señaló el Ministerio de Salud."),
                  language="es")
    assert [(q.text, q.speaker) for q in find_quotes(split_sentences(art), people)] == [
        ("La medida es temporal", None)]


def test_a_dash_paragraph_with_no_insert_is_read_as_any_other():
    # a dash list in a paragraph: its quotation has its own cue
    assert _quotes("es", "— Ortega dijo que «no habrá recortes».") == [
        ("no habrá recortes", ORTEGA, "dijo")]


@pytest.mark.parametrize(
    ("lang", "a", "b", "linked"),
    [
        # Spanish and Portuguese function words are no shared content
        ("es", "Es un día de la patria", "Es un momento de la verdad", False),
        ("pt", "Não é o fim da linha", "Não é o momento da verdade", False),
        # the same remark in two outlets still is
        ("es", "No vamos a ceder en lo esencial", "no vamos a ceder en lo esencial, jamás", True),
        ("pt", "O pacote é necessário", "o pacote é necessário agora", True),
    ],
)
def test_remarks_in_spanish_and_portuguese(lang, a, b, linked):
    quotes = [Quote(text, ORTEGA, Sentence(art, 1, text, 0, "paragraph", None, lang))
              for art, text in (("x", a), ("y", b))]
    first, second = link_remarks(quotes)
    assert (first.remark == second.remark) is linked


# Written as a held-out check after the tables above were passing, in other outlets' styles
# (Argentine and Portuguese wire copy): 19 of 25 speakers right before the cue files learnt
# "sintetizó", "disparó", "sublinhou", "intendente", "la mandataria provincial" and
# "o chefe do Governo" (a role noun inside "primeiro-ministro"); now regression rows.
HELD_PEOPLE = [Person("Mariela Quintana", ("Quintana",), "gobernadora de Río Seco", None, None, ()),
     Person("Esteban Larrea", ("Larrea",), "intendente", None, None, ()),
     Person("Joaquim Teles", ("Teles",), "deputado federal", None, None, ()),
     Person("Carla Menezes", ("Menezes",), "ministra da Saúde", None, None, ()),
     Person("Rui Fontoura", ("Fontoura",), "primeiro-ministro", None, None, ())]
Q, L, T, M, F = (p.name for p in HELD_PEOPLE)
HELD = [
    ("es", 'La gobernadora Mariela Quintana defendió el ajuste. "No hay plata", sintetizó.',
     [("No hay plata", Q)]),
    ("es", '"Vamos a acompañar, pero con límites", planteó Larrea en diálogo con Radio Norte.',
     [("Vamos a acompañar, pero con límites", L)]),
    ("es", 'Quintana, en tanto, apuntó contra la Casa de Gobierno: "Nos dejaron solos".',
     [("Nos dejaron solos", Q)]),
    ("es", '"Es un disparate", disparó el intendente.',
     [("Es un disparate", None)]),
    ("es", 'Larrea habló con la prensa. "Es un disparate", disparó el intendente.',
     [("Es un disparate", L)]),
    ("es", "—¿Habrá paro? —le consultaron.\n—No lo descarto —respondió Larrea.",
     [("No lo descarto", L)]),
    ("es", 'Según trascendió, Quintana dijo a sus colaboradores que "el acuerdo está cerca".',
     [("el acuerdo está cerca", Q)]),
    ("es", '"La provincia no se rinde", expresó Quintana a través de sus redes sociales.',
     [("La provincia no se rinde", Q)]),
    ("es", 'Desde el Ministerio de Economía señalaron que "no hay margen".',
     [("no hay margen", None)]),
    ("es", 'En tanto, Larrea aseguró: "Vamos a pagar los sueldos".',
     [("Vamos a pagar los sueldos", L)]),
    ("es", 'Quintana fue consultada por la situación. "Estamos trabajando", respondió la '
     "mandataria provincial.",
     [("Estamos trabajando", Q)]),
    ("es", '«Hoy no hay nada para celebrar», lamentó Larrea, quien pidió "responsabilidad" '
     "al Gobierno nacional.",
     [("Hoy no hay nada para celebrar", L), ("responsabilidad", L)]),
    ("pt", 'O deputado federal Joaquim Teles (PL) criticou a medida. "É um absurdo", disse.',
     [("É um absurdo", T)]),
    ("pt", '"A vacinação segue normalmente", afirmou a ministra da Saúde, Carla Menezes, em '
     "coletiva.",
     [("A vacinação segue normalmente", M)]),
    ("pt", 'Menezes também disse que "não faltarão doses" nos próximos meses.',
     [("não faltarão doses", M)]),
    ("pt", 'Em nota, a pasta informou que "acompanha o caso".',
     [("acompanha o caso", None)]),
    ("pt", '"Não vou me calar", escreveu Teles em uma rede social.',
     [("Não vou me calar", T)]),
    ("pt", 'O primeiro-ministro Rui Fontoura declarou à Lusa que "o país está preparado".',
     [("o país está preparado", F)]),
    ("pt", '"Temos de ser prudentes", sublinhou Fontoura, citado pela agência.',
     [("Temos de ser prudentes", F)]),
    ("pt", 'Para Teles, a proposta "não passa na Câmara".',
     [("não passa na Câmara", T)]),
    ("pt", 'Fontoura chegou a Bruxelas. "Portugal cumpre", garantiu o chefe do Governo.',
     [("Portugal cumpre", F)]),
    ("pt", 'Questionada sobre o prazo, Menezes respondeu: "Ainda este mês".',
     [("Ainda este mês", M)]),
    ("pt", '"É hora de união", completou a ministra.',
     [("É hora de união", None)]),
    ("pt", 'Menezes falou. "É hora de união", completou a ministra.',
     [("É hora de união", M)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HELD)
def test_held_out_styles(lang, text, expected):
    art = replace(make_article("t", text), language=lang)
    got = [(q.text, q.speaker) for q in find_quotes(split_sentences(art), HELD_PEOPLE)]
    assert got == expected


@pytest.mark.parametrize("stage", ["quotes", "remarks"])
@pytest.mark.parametrize("lang", ["es", "pt"])
def test_cue_lists_hold_words_only(stage, lang):
    # YAML reads a bare no (Spanish and Portuguese "no") as false: every entry must stay a word
    data = cues(stage, lang)
    assert data
    for name, value in data.items():
        items = value if isinstance(value, tuple) else (
            [w for ws in value.values() for w in ws] if isinstance(value, dict) else [])
        assert all(isinstance(w, str) and w for w in items), name


# A second held-out table (Colombian and Brazilian wire copy), written before running it: 18 of
# 25 speakers right before the cue files learnt avisó/avisou, the plural calificaron,
# "na avaliação do", "la funcionaria" (any role) and role nouns after "del"/"do"; now 25/25
# (one row's expectation needed the sentence that names the person first).
HELD2_PEOPLE = [
    Person("Álvaro Restrepo", ("Restrepo", "Álvaro Restrepo"), "alcalde de Puerto Lindo", None,
           None, ()),
    Person("Natalia Gómez Rey", ("Gómez Rey", "Natalia Gómez"), "fiscal general", None, None, ()),
    Person("Ana Paula Siqueira", ("Siqueira", "Ana Paula"), "presidente do Banco Central", None,
           None, ()),
    Person("Otávio Lins", ("Lins",), "senador", None, None, ()),
]
R, G, S, LINS = (p.name for p in HELD2_PEOPLE)
HELD2 = [
    ("es", 'El alcalde de Puerto Lindo, Álvaro Restrepo, anunció que "habrá toque de queda" '
     "desde el viernes.",
     [("habrá toque de queda", R)]),
    ("es", '"No vamos a permitir que la violencia se tome la ciudad", manifestó el mandatario '
     "local.",
     [("No vamos a permitir que la violencia se tome la ciudad", None)]),
    ("es", 'Restrepo agregó que la medida "es temporal y se evaluará cada semana".',
     [("es temporal y se evaluará cada semana", R)]),
    ("es", 'Por su parte, la fiscal general, Natalia Gómez Rey, aseguró que "los responsables '
     'serán judicializados".',
     [("los responsables serán judicializados", G)]),
    ("es", '"Tenemos plenamente identificados a los cabecillas", precisó Gómez Rey.',
     [("Tenemos plenamente identificados a los cabecillas", G)]),
    ("es", 'La funcionaria explicó que el caso "está en etapa de indagación".',
     [("está en etapa de indagación", None)]),
    ("es", 'Gómez Rey habló en Bogotá. La funcionaria explicó que el caso "está en etapa de '
     'indagación".',
     [("está en etapa de indagación", G)]),
    ("es", "—Nadie está por encima de la ley —insistió la fiscal.",
     [("Nadie está por encima de la ley", None)]),
    ("es", "Gómez Rey salió del búnker.\n—Nadie está por encima de la ley —insistió la fiscal.",
     [("Nadie está por encima de la ley", G)]),
    ("es", "A juicio de Restrepo, «la ciudad necesita más policías».",
     [("la ciudad necesita más policías", R)]),
    ("es", "«Es un golpe al crimen organizado», celebró en X el alcalde Restrepo.",
     [("Es un golpe al crimen organizado", R)]),
    ("es", 'Los concejales, por su parte, calificaron la medida de "improvisada".',
     [("improvisada", None)]),
    ("pt", "A presidente do Banco Central, Ana Paula Siqueira, afirmou nesta quinta-feira (5) "
     'que "a inflação ainda preocupa".',
     [("a inflação ainda preocupa", S)]),
    ("pt", '"Não há espaço para corte de juros agora", disse Siqueira durante audiência na '
     "Comissão de Assuntos Econômicos (CAE) do Senado.",
     [("Não há espaço para corte de juros agora", S)]),
    ("pt", 'Siqueira falou aos senadores. Segundo a presidente do BC, "o cenário externo '
     'segue desafiador".',
     [("o cenário externo segue desafiador", S)]),
    ("pt", 'O senador Otávio Lins rebateu: "O BC está sufocando a economia".',
     [("O BC está sufocando a economia", LINS)]),
    ("pt", 'Lins também cobrou "mais transparência" da autoridade monetária.',
     [("mais transparência", LINS)]),
    ("pt", '"Vamos convocar a presidente novamente", avisou o parlamentar.',
     [("Vamos convocar a presidente novamente", None)]),
    ("pt", 'Lins deixou a sessão irritado. "Vamos convocar a presidente novamente", avisou o '
     "parlamentar.",
     [("Vamos convocar a presidente novamente", LINS)]),
    ("pt", 'Em resposta, Siqueira disse que "o Banco Central tem autonomia" e que "as '
     'decisões são técnicas".',
     [("o Banco Central tem autonomia", S), ("as decisões são técnicas", S)]),
    ("pt", 'De acordo com o Copom, "a política monetária seguirá vigilante".',
     [("a política monetária seguirá vigilante", None)]),
    ("pt", "— A autonomia do Banco Central não está em discussão — afirmou Siqueira a "
     "jornalistas.",
     [("A autonomia do Banco Central não está em discussão", S)]),
    ("pt", 'Na avaliação do senador, a taxa "é a maior do mundo".',
     [("é a maior do mundo", None)]),
    ("pt", 'Lins falou depois. Na avaliação do senador, a taxa "é a maior do mundo".',
     [("é a maior do mundo", LINS)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HELD2)
def test_second_held_out_styles(lang, text, expected):
    art = replace(make_article("t", text), language=lang)
    got = [(q.text, q.speaker) for q in find_quotes(split_sentences(art), HELD2_PEOPLE)]
    assert got == expected


# The ibero fix round's shapes, with invented names: a role whose complement is capitalised
# ("la ministra de Hacienda indicó"), the last subject's own words ("según sus palabras"), and
# a dropped subject after an object ("le habló a Valdoria y dijo").
FIX = [
    ("es", "Ferrán llegó temprano.\nPor último, la ministra de Hacienda indicó: «No habrá "
     "prórroga».", [("No habrá prórroga", FERRAN, "indicó")]),
    ("pt", "Valadares chegou cedo.\nDepois, o ministro da Fazenda afirmou: “Não haverá cortes”.",
     [("Não haverá cortes", VALADARES, "afirmou")]),
    ("es", "Ferrán recordó los plazos. Agradeció a quienes, según sus palabras, trabajaron «sin "
     "descanso» durante años.", [("sin descanso", FERRAN, "según")]),
    ("es", "Ferrán recordó los plazos.\nFinalmente, le habló a Valdoria y dijo que será «una "
     "ganancia» para todos.", [("una ganancia", FERRAN, "dijo")]),
    # an institution right after a noun no one holds still speaks for itself
    ("es", "Ferrán llegó.\nTras la reunión, el vocero del Ministerio aseguró: «No hay acuerdo».",
     [("No hay acuerdo", None, "aseguró")]),
    ("es", "Ferrán llegó.\nFinalmente, el Ministerio de Hacienda dijo que será «una ganancia».",
     [("una ganancia", None, "dijo")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIX)
def test_fix_round_shapes(lang, text, expected):
    assert _quotes(lang, text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a paragraph closing on "disse:" hands its speaker to the quotation opening the next
        ("pt", "Valadares chegou.\n\nSobre isso, o ministro da Fazenda disse:\n\n\"O plano é "
         "outro. As metas eram inviáveis.\"",
         [("O plano é outro.", VALADARES, "disse"), ("As metas eram inviáveis.", VALADARES,
                                                     "disse")]),
        ("es", "Ferrán llegó.\n\nAl respecto, Ferrán dijo:\n\n«El plan es otro.»",
         [("El plan es otro.", FERRAN, "dijo")]),
        # a colon with no one speaking before it carries nothing
        ("es", "Ferrán llegó.\n\nEl texto final dice:\n\n«El plan es otro.»", []),
        # "continuou"/"continuó" after a quotation over two sentences
        ("pt", "Bastos discursou.\n\n\"Temos um texto. A integração fortalece\", continuou a "
         "senadora.", [("Temos um texto.", BASTOS, "continuou"),
                       ("A integração fortalece", BASTOS, "continuou")]),
    ],
)
def test_quotation_paragraph_after_a_colon(lang, text, expected):
    assert _quotes(lang, text) == expected

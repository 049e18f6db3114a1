"""People in Spanish and Portuguese articles: roles, sides, names with particles, what is not a
person, credit lines, and one Person across languages. Every name, place and outlet is invented
(a real country may stand as a side)."""

from __future__ import annotations

import dataclasses

import pytest
from _people_corpus import make_article
from explainer.extract.people.find import find_people
from explainer.ingest.sentences import split_sentences


def _article(aid: str, text: str, lang: str, author: str | None = None):
    return dataclasses.replace(make_article(aid, text, author), language=lang)


def _people(text: str, lang: str, author: str | None = None):
    art = _article("t", text, lang, author)
    return find_people([art], {art.id: split_sentences(art)})


@pytest.mark.parametrize(
    ("lang", "text", "name", "role", "side"),
    [
        # "el presidente de <país>, X": the title, and the country as the side
        ("es", "El presidente de Colombia, Ramón Ortega, llegó este lunes a la capital.",
         "Ramón Ortega", "presidente", "Colombia"),
        ("es", "El presidente colombiano, Ramón Ortega, aterrizó en la base aérea.",
         "Ramón Ortega", "presidente", "Colombia"),
        ("es", "La ministra de Relaciones Exteriores, Lucía Bermúdez, viajó con la delegación.",
         "Lucía Bermúdez", "ministra de Relaciones Exteriores", None),
        ("es", "Según el canciller Tomás Villalba, la reunión fue cordial.", "Tomás Villalba",
         "canciller", None),
        ("es", "El senador Iván Quintero Restrepo pidió explicaciones al Gobierno.",
         "Iván Quintero Restrepo", "senador", None),
        ("es", "Andrés Lozano, ministro de Hacienda, presentó el presupuesto.", "Andrés Lozano",
         "ministro de Hacienda", None),
        ("es", "Marta Ibarra, portavoz del Gobierno, negó los rumores.", "Marta Ibarra",
         "portavoz del Gobierno", None),
        ("es", "La gobernadora de Antioquia, Paula Restrepo de la Torre, pidió calma.",
         "Paula Restrepo de la Torre", "gobernadora de Antioquia", None),
        ("es", "El alcalde Julián Duarte inauguró la obra.", "Julián Duarte", "alcalde", None),
        ("es", "El fiscal general, Héctor Salcedo, abrió una investigación.", "Héctor Salcedo",
         "fiscal general", None),
        ("es", "El embajador de Estados Unidos en Bogotá, Mark Holloway, asistió al acto.",
         "Mark Holloway", "embajador", "United States"),
        ("es", "El secretario de Estado estadounidense, Brian Castell, respondió por la tarde.",
         "Brian Castell", "secretario de Estado", "United States"),
        ("es", "El presidente venezolano, Nicanor Lugo, rechazó la propuesta.", "Nicanor Lugo",
         "presidente", "Venezuela"),
        ("es", "El mandatario argentino Julio Benítez viajará a la cumbre.", "Julio Benítez",
         "mandatario", "Argentina"),
        ("es", "La analista Carolina Méndez, de la Universidad del Sur, advirtió del riesgo.",
         "Carolina Méndez", "analista", None),
        ("es", "El economista Rodrigo Alarcón Vélez cree que la inflación bajará.",
         "Rodrigo Alarcón Vélez", "economista", None),
        ("es", "José María Gil y Rojas, profesor de la Universidad Central, lo explicó.",
         "José María Gil y Rojas", "profesor de la Universidad Central", None),
        ("es", "La candidata presidencial Elena Suárez cerró su campaña en Cali.",
         "Elena Suárez", "candidata presidencial", None),
        ("es", "El expresidente mexicano Arturo Cienfuegos criticó la medida.",
         "Arturo Cienfuegos", "expresidente", "Mexico"),
        ("es", "El asesor presidencial Diego Marín confirmó la fecha.", "Diego Marín",
         "asesor presidencial", None),
        ("pt", "A ministra do Meio Ambiente, Helena Moraes, anunciou o plano nesta terça-feira.",
         "Helena Moraes", "ministra do Meio Ambiente", None),
        ("pt", "O presidente Antônio Carlos dos Santos (PT) sancionou a lei.",
         "Antônio Carlos dos Santos", "presidente", None),
        ("pt", "O presidente do Brasil, Antônio Carlos dos Santos, chegou a Brasília.",
         "Antônio Carlos dos Santos", "presidente", "Brazil"),
        ("pt", "O presidente brasileiro, Antônio Carlos dos Santos, discursou na ONU.",
         "Antônio Carlos dos Santos", "presidente", "Brazil"),
        ("pt", "O prefeito de Campinas, Jorge Albuquerque, decretou luto.", "Jorge Albuquerque",
         "prefeito de Campinas", None),
        ("pt", "Segundo o deputado federal Márcio Tavares, a votação fica para agosto.",
         "Márcio Tavares", "deputado federal", None),
        ("pt", "O vereador Caio Nogueira protocolou o pedido.", "Caio Nogueira", "vereador",
         None),
        ("pt", "A juíza Renata Fagundes negou o recurso.", "Renata Fagundes", "juíza", None),
        ("pt", "O procurador-geral da República, Otávio Brandão, arquivou o caso.",
         "Otávio Brandão", "procurador-geral da República", None),
        ("pt", "O embaixador norte-americano, Kevin Marsh, foi chamado ao Itamaraty.",
         "Kevin Marsh", "embaixador", "United States"),
        ("pt", "Fernanda Lacerda, porta-voz do Planalto, não comentou.", "Fernanda Lacerda",
         "porta-voz do Planalto", None),
        ("pt", "O economista-chefe do banco, Rafael Pimenta, prevê alta dos juros.",
         "Rafael Pimenta", "economista-chefe do banco", None),
        ("pt", "O pesquisador Lucas Vasconcelos, da Universidade Estadual, estuda o tema.",
         "Lucas Vasconcelos", "pesquisador", None),
        ("pt", "O chanceler venezuelano, Yván Gil Pinto, criticou a decisão.", "Yván Gil Pinto",
         "chanceler", "Venezuela"),
        ("pt", "A secretária de Estado, Joana Prado e Silva, visitou a obra.",
         "Joana Prado e Silva", "secretária de Estado", None),
        ("pt", "O presidente dos EUA, Gary Whitfield, assinou o decreto.", "Gary Whitfield",
         "presidente", "United States"),
        ("pt", "O assessor Paulo Henrique Dias, do Ministério da Fazenda, deixou o cargo.",
         "Paulo Henrique Dias", "assessor", None),
        ("pt", "A candidata Beatriz Lemos lidera a pesquisa.", "Beatriz Lemos", "candidata",
         None),
        ("es", "El senador republicano Bernie Marlowe calificó la visita de oportunidad.",
         "Bernie Marlowe", "senador republicano", None),
        ("es", "El ministro colombiano de Defensa, Pedro Arango, viajó a Quito.", "Pedro Arango",
         "ministro de Defensa", "Colombia"),
        ("es", "Se reunió con su homólogo estadounidense, Frank Delaney, en la tarde.",
         "Frank Delaney", None, "United States"),
        ("es", "«No vamos a ceder», afirmó Julián Ospina, líder del Movimiento Cívico.",
         "Julián Ospina", "líder del Movimiento Cívico", None),
        ("es", "El enviado especial para América Latina, Tom Riggs, llegó.", "Tom Riggs",
         "enviado especial para América Latina", None),
        ("pt", "O ex-presidente Jair Mendes (PL) foi ao Senado.", "Jair Mendes", "ex-presidente",
         None),
        ("pt", "A primeira-dama, Rosângela Prates, ficou em Brasília.", "Rosângela Prates",
         "primeira-dama", None),
        ("es", "Sofía Lara, ministra de Medio Ambiente de Colombia, habló.", "Sofía Lara",
         "ministra de Medio Ambiente de Colombia", "Colombia"),
        # no role stated: the name alone, with particles
        ("es", "Los dos conversaron con Luis Alberto de los Ríos sobre el acuerdo.",
         "Luis Alberto de los Ríos", None, None),
        ("pt", "A reunião contou com Maria das Dores Almeida, que chegou cedo.",
         "Maria das Dores Almeida", None, None),
    ],
)
def test_name_role_side(lang, text, name, role, side):
    people, _ = _people(text, lang)
    got = {p.name: p for p in people if not p.is_author}
    assert name in got, sorted(got)
    assert (got[name].role, got[name].side) == (role, side)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Ministerio de Hacienda y la Casa Blanca publicaron un comunicado."),
        ("es", "La reunión fue en el Palacio de Nariño y luego en la Casa de Nariño."),
        ("es", "Según EE.UU., la ONU y la Corte Suprema de Justicia deben pronunciarse."),
        ("es", "La Fiscalía General de la Nación y la Cancillería guardaron silencio."),
        ("es", "Relaciones Exteriores y Comercio Exterior no respondieron."),
        ("pt", "O Supremo Tribunal Federal e o Palácio do Planalto divulgaram notas."),
        ("pt", "O Itamaraty e a Petrobras não comentaram; a Casa Branca também não."),
        ("pt", "A Câmara dos Deputados aprovou a proposta do Meio Ambiente."),
        ("pt", "Em Nova Iorque, a Organização das Nações Unidas se reuniu."),
        ("pt", "Nesta terça-feira, o Banco Central manteve a Selic."),
        ("es", "Los dos almorzaron en el Salón Oval antes de ir a la Base Andrews."),
        ("es", "LA PAZ — Los dos gobiernos firmaron el acuerdo."),
        ("pt", "RIO DE JANEIRO — A reunião terminou cedo."),
        ("es", "Durante la Semana Santa, el Frente Cívico marchó por el Acuerdo de Paz."),
        ("pt", "A Operação Vento Sul e o programa Mais Escolas foram citados."),
    ],
)
def test_no_false_names(lang, text):
    """Organisations, places and portfolios are not people."""
    people, _ = _people(text, lang)
    assert [p.name for p in people] == []


@pytest.mark.parametrize(
    ("lang", "text", "credited"),
    [
        ("es", "Foto: Mariana Espinosa / Agencia Sur", ["Mariana Espinosa"]),
        ("es", "Por Gonzalo Ferreyra", ["Gonzalo Ferreyra"]),
        ("es", "Con información de EFE", []),
        ("pt", "Reportagem: Tiago Mendonça", ["Tiago Mendonça"]),
        ("pt", "Texto: Aline Brito e Caio Prates", ["Aline Brito", "Caio Prates"]),
    ],
)
def test_credit_lines_are_credits(lang, text, credited):
    people, _ = _people(f"El acuerdo se firmó el martes.\n{text}" if lang == "es"
                        else f"O acordo foi assinado na terça.\n{text}", lang)
    assert [p.name for p in people if not p.is_author] == []
    assert sorted(p.name for p in people if p.is_author) == credited


@pytest.mark.parametrize(
    ("lang", "before", "after", "expected"),
    [
        # pysbd's Spanish rules end a sentence after "EE.UU.": the role rule itself reads it
        ("es", "Lo confirmó el embajador de EE.UU., ", ".", ("embajador", "United States", True)),
        ("es", "Habló ", ", vocero de la Alcaldía, en rueda de prensa.",
         ("vocero de la Alcaldía", None, False)),
        ("pt", "Disse ", ", chefe do Executivo estadual, que",
         ("chefe do Executivo estadual", None, False)),
        ("es", "Se reunió con ", " en la sede del partido.", None),
    ],
)
def test_role_around(lang, before, after, expected):
    from explainer.extract.people._lang import lang_cues, role_around

    assert role_around(lang_cues(lang), before, after) == expected


@pytest.mark.parametrize(
    ("lang", "text", "alias"),
    [
        ("es", "El presidente colombiano, Ramón Ortega, llegó.\nEl mandatario colombiano habló.",
         "El mandatario colombiano"),
        ("pt", "O presidente Antônio Carlos dos Santos chegou.\nO chefe do Executivo discursou.",
         "O chefe do Executivo"),
    ],
)
def test_leader_noun_stands_for_the_one_leader(lang, text, alias):
    people, _ = _people(text, lang)
    (leader,) = [p for p in people if not p.is_author]
    assert alias in leader.aliases
    assert len(leader.mentions) == 2


def test_leader_noun_with_two_leaders_stands_for_neither():
    people, _ = _people("El presidente Ramón Ortega recibió a la presidenta Ana Suárez.\n"
                        "El mandatario habló primero.", "es")
    assert all(not any("mandatario" in a for a in p.aliases) for p in people)


def test_a_long_name_opening_a_sentence_keeps_its_surname():
    people, _ = _people("Luiz Carlos Moreira da Silva disse que o país voltou.\n"
                        "A ministra Ana Silva concordou.\nMoreira saiu cedo.", "pt")
    names = {p.name: p for p in people}
    assert {"Luiz Carlos Moreira da Silva", "Ana Silva"} <= set(names)
    assert "Moreira" in names["Luiz Carlos Moreira da Silva"].aliases


def test_two_full_names_joined_by_y_are_two_people():
    people, _ = _people("Ramón Ortega y Lucía Bermúdez firmaron el acuerdo.", "es")
    assert sorted(p.name for p in people) == ["Lucía Bermúdez", "Ramón Ortega"]


def test_secretaria_de_estado_splits_off_its_capital():
    people, _ = _people("A secretária de Estado Joana Prado visitou a obra.", "pt")
    assert [(p.name, p.role) for p in people] == [("Joana Prado", "secretária de Estado")]


def test_por_before_a_clause_is_no_credit():
    people, _ = _people("Por Ramón Ortega habló el canciller Tomás Villalba.", "es")
    assert "Tomás Villalba" in {p.name for p in people if not p.is_author}


def test_one_person_across_languages_role_from_main_language():
    es1 = _article("a", "El presidente colombiano, Ramón Ortega, llegó a la cumbre.", "es")
    es2 = _article("b", "Ortega habló con la prensa.\nRamón Ortega se reunió con el ministro.",
                   "es")
    en = _article("c", "Colombian President Ramón Ortega met reporters.", "en")
    arts = [en, es1, es2]
    people, _ = find_people(arts, {a.id: split_sentences(a) for a in arts})
    (ortega,) = [p for p in people if p.name == "Ramón Ortega"]
    assert ortega.side == "Colombia"
    assert ortega.role == "presidente"
    assert ortega.role_sentence.lang == "es"
    assert {s.article_id for s in ortega.mentions} == {"a", "b", "c"}


def test_second_surname_folds_into_the_press_name():
    es = _article("a", "El presidente Ramón Ortega Salcedo llegó.\nRamón Ortega habló.", "es")
    en = _article("b", "Ramón Ortega met reporters.", "en")
    people, _ = find_people([es, en], {a.id: split_sentences(a) for a in (es, en)})
    (ortega,) = [p for p in people if not p.is_author]
    assert ortega.name == "Ramón Ortega"
    assert "Ramón Ortega Salcedo" in ortega.aliases
    assert ortega.role == "presidente"
    assert len(ortega.mentions) == 3


def test_role_from_another_language_when_the_main_one_states_none():
    en1 = _article("a", "Ramón Ortega met reporters on Monday.", "en")
    en2 = _article("b", "Ramón Ortega left early.", "en")
    es = _article("c", "El presidente de Colombia, Ramón Ortega, llegó.", "es")
    arts = [en1, en2, es]
    people, _ = find_people(arts, {a.id: split_sentences(a) for a in arts})
    (ortega,) = [p for p in people if p.name == "Ramón Ortega"]
    assert (ortega.role, ortega.side) == ("presidente", "Colombia")


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        ("Colombian President Gustavo Petro arrived today.", "Gustavo Petro", "President",
         "Colombia"),
        ("Clara Benn, Northwind's finance director, declined to comment.", "Clara Benn",
         "Northwind's finance director", None),
        ("Mayor Ann Lee of Springfield spoke.", "Ann Lee", "Mayor", None),
    ],
)
def test_english_rows_unchanged(text, name, role, side):
    people, _ = _people(text, "en")
    got = {p.name: p for p in people}
    assert (got[name].role, got[name].side) == (role, side)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a plural title carries over to every name of its list, each with its own country
        ("es", "Llegaron los presidentes Ana Ruiz de Chile, Pablo Soto de Perú y Marta Gil de "
         "Bolivia.", {"Ana Ruiz": ("presidente", "Chile"), "Pablo Soto": ("presidente", "Peru"),
                      "Marta Gil": ("presidente", "Bolivia")}),
        ("pt", "Vieram os presidentes Caio Freitas, do Brasil, Davi Rocha, da Argentina, e Rui "
         "Tavares, do Paraguai.", {"Caio Freitas": ("presidente", "Brazil"),
                                   "Davi Rocha": ("presidente", "Argentina"),
                                   "Rui Tavares": ("presidente", "Paraguay")}),
        ("pt", "(Vera e os ministros Ivo Lemos da Bolívia e Célia Prado do Uruguai)",
         {"Ivo Lemos": ("ministro", "Bolivia"), "Célia Prado": ("ministro", "Uruguay")}),
        # "X, de País," gives the side but no role; a plural with no names before them is none
        ("es", "Habló junto a Tomás Vidal, de Paraguay, y Elena Mora, de Uruguay.",
         {"Tomás Vidal": (None, "Paraguay"), "Elena Mora": (None, "Uruguay")}),
        ("es", "Los presidentes de Chile y Perú recibieron a Tomás Vidal en la sede.",
         {"Tomás Vidal": (None, None)}),
        # a particle of two words, written in either case, is one name and one person
        ("es", "La presidenta de la Comisión Nórdica, Greta von der Brink, llegó. Von der Brink "
         "habló.", {"Greta von der Brink": ("presidenta de la Comisión Nórdica", None)}),
        ("pt", "Na reunião falou Greta von der Brink , presidente do Conselho Nórdico.",
         {"Greta von der Brink": ("presidente do Conselho Nórdico", None)}),
        # the demonym after a leader's title is the side
        ("es", "El mandatario paraguayo, Luis Ortega Paz, fue el primero en llegar.",
         {"Luis Ortega Paz": ("mandatario", "Paraguay")}),
    ],
)
def test_lists_particles_and_countries_after_names(lang, text, expected):
    people, _ = _people(text, lang)
    got = {p.name: (p.role, p.side) for p in people if not p.is_author}
    assert got == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "\"Los Estados Partes del Tratado-la República de Valdoria y la República "
         "Federativa del Brasil- firmaron el texto\"."),
        ("pt", "Os Estados Partes e a República Oriental do Uruguai assinaram."),
    ],
)
def test_states_as_parties_are_not_people(lang, text):
    people, _ = _people(text, lang)
    assert [p.name for p in people] == []


def test_a_country_after_a_name_is_no_part_of_it():
    people, _ = _people("Na sala estavam Vera Lins e o presidente Ivo Lemos da Bolívia.", "pt")
    assert sorted(p.name for p in people) == ["Ivo Lemos", "Vera Lins"]


def test_a_middle_name_is_the_same_person():
    people, _ = _people("El presidente Luis Ortega Paz llegó.\nLuis Andrés Ortega Paz habló.",
                        "es")
    (ortega,) = [p for p in people if not p.is_author]
    assert ortega.name == "Luis Ortega Paz"
    assert "Luis Andrés Ortega Paz" in ortega.aliases


def test_a_photo_credit_glued_to_its_caption_is_a_credit():
    people, _ = _people("O acordo foi assinado.\nTânia Couto/Agência Sul Vera Lins ao lado de "
                        "outros ministros na Cúpula", "pt")
    assert [(p.name, p.is_author) for p in people] == [("Tânia Couto", True)]


def test_a_first_name_stands_for_a_name_with_a_particle():
    people, _ = _people("O presidente Caio da Rocha chegou.\nDurante o discurso, Caio disse que "
                        "o acordo avança.", "pt")
    (rocha,) = [p for p in people if not p.is_author]
    assert rocha.name == "Caio da Rocha"
    assert "Caio" in rocha.aliases
    assert len(rocha.mentions) == 2

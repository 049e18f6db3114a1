"""Dates in Spanish and Portuguese: the same stage, each language's words (cues/dates.<lang>.yml).

Invented sentences shaped like Spanish-language and Brazilian/Portuguese news copy; people,
places and events are made up. Each row: (sentence, publication date, [(printed text, iso,
precision, approximate)] in sentence order).
"""

from __future__ import annotations

import pytest
from explainer.extract.dates import find_spans
from explainer.extract.dates.find import find_dates
from explainer.ingest._dates import parse_date, stamp
from explainer.ingest._txt import parse_txt
from explainer.model import Sentence

PUB = "2026-02-04"  # a Wednesday; Tuesday 3 February 2026 is the day before


def _found(text: str, published: str | None, lang: str):
    s = Sentence("art", 1, text, 0, "paragraph", None, lang)
    dates, problems = find_dates([s], published)
    return [(d.text, d.iso, d.precision, d.approximate) for d in dates], problems, dates


ES = [
    ("La cumbre se celebró el 3 de febrero de 2026 en Puerto Alba.", None,
     [("3 de febrero de 2026", "2026-02-03", "day", False)]),
    ("El ministro Julián Ortega llegó el 3 de febrero a la capital.", PUB,
     [("3 de febrero", "2026-02-03", "day", False)]),
    ("El martes 3 de febrero, los dos presidentes firmaron el acuerdo.", PUB,
     [("martes 3 de febrero", "2026-02-03", "day", False)]),
    ("Este martes, el canciller Tomás Ibarra se reunió con los embajadores.", PUB,
     [("Este martes", "2026-02-03", "day", False)]),
    ("El pasado martes la ministra Lucía Ferrer anunció el plan.", PUB,
     [("pasado martes", "2026-02-03", "day", False)]),
    ("La votación del martes pasado dejó al partido sin mayoría.", PUB,
     [("martes pasado", "2026-02-03", "day", False)]),
    ("Ayer, el gobierno presentó el presupuesto.", PUB, [("Ayer", "2026-02-03", "day", False)]),
    ("Hoy la asamblea debate la reforma.", PUB, [("Hoy", "2026-02-04", "day", False)]),
    ("Mañana se reunirá el consejo de ministros.", PUB,
     [("Mañana", "2026-02-05", "day", False)]),
    ("Anoche hubo cortes de luz en el sur.", PUB, [("Anoche", "2026-02-03", "day", False)]),
    ("El próximo lunes comenzará la huelga de transportistas.", PUB,
     [("próximo lunes", "2026-02-09", "day", False)]),
    ("La ministra viajará el jueves a Costa Lira.", PUB,
     [("jueves", "2026-02-05", "day", False)]),
    ("El jueves la ministra viajó a Costa Lira.", PUB,
     [("jueves", "2026-01-29", "day", False)]),
    ("El martes 3, el tribunal rechazó el recurso.", PUB,
     [("martes 3", "2026-02-03", "day", False)]),
    ("En febrero, la inflación subió un 2,3%.", "2026-03-10",
     [("febrero", "2026-02", "month", False)]),
    ("La empresa quebró en febrero de 2025.", PUB,
     [("febrero de 2025", "2025-02", "month", False)]),
    ("A principios de enero, el banco central subió los tipos.", PUB,
     [("principios de enero", "2026-01", "month", True)]),
    ("El tratado se firmará a finales de marzo.", PUB,
     [("finales de marzo", "2026-03", "month", True)]),
    ("A mediados de enero la tormenta dejó doce muertos.", PUB,
     [("mediados de enero", "2026-01", "month", True)]),
    ("El año pasado las exportaciones cayeron un 4%.", PUB,
     [("año pasado", "2025", "year", False)]),
    ("En 2024 el país recibió tres millones de turistas.", PUB,
     [("2024", "2024", "year", False)]),
    ("Desde 2019 la ciudad no celebra elecciones municipales.", PUB,
     [("2019", "2019", "year", False)]),
    ("El decreto, publicado el 03/02/2026, entra en vigor de inmediato.", PUB,
     [("03/02/2026", "2026-02-03", "day", False)]),
    ("El 1º de mayo habrá marchas en todo el país.", PUB,
     [("1º de mayo", "2026-05-01", "day", False)]),
    ("La semana pasada el Congreso aprobó la ley de pesca.", PUB,
     [("semana pasada", "2026-01-26", "week", False)]),
    ("Hace tres años la planta cerró sus puertas.", PUB,
     [("Hace tres años", "2023", "year", False)]),
    ("La sesión terminó a finales de 2025 sin acuerdo.", PUB,
     [("finales de 2025", "2025", "year", True)]),
    ("El informe, fechado en febrero 3 de 2026, circuló entre los concejales.", PUB,
     [("febrero 3 de 2026", "2026-02-03", "day", False)]),
    ("El juicio se reanudará el próximo día 10, informó la fiscalía.", PUB,
     [("próximo día 10", "2026-02-10", "day", False)]),
    ("El 1ro de mayo de 2025 hubo marchas en todo el país.", PUB,
     [("1ro de mayo de 2025", "2025-05-01", "day", False)]),
    ("A comienzos de la próxima semana se conocerá el fallo.", PUB,
     [("comienzos de la próxima semana", "2026-02-09", "week", True)]),
    ("A mediados del año pasado la empresa despidió a 300 empleados.", PUB,
     [("mediados del año pasado", "2025", "year", True)]),
    # a month or a day with the year named from publication is one date
    ("La planta cerró en enero del año pasado.", PUB,
     [("enero del año pasado", "2025-01", "month", False)]),
    ("El censo empezará el 3 de marzo de este año.", PUB,
     [("3 de marzo de este año", "2026-03-03", "day", False)]),
    ("La obra se inauguró el 10 de octubre pasado.", PUB,
     [("10 de octubre pasado", "2025-10-10", "day", False)]),
    # an impossible day: only its month is read
    ("El 31 de abril de 2026 no existe en ningún calendario.", PUB,
     [("abril de 2026", "2026-04", "month", False)]),
    ("Desde el pasado mes de enero, las relaciones se deterioraron.", PUB,
     [("pasado mes de enero", "2026-01", "month", False)]),
    # a weekday with its day and month: the year in which they agree
    ("El viernes 6 de febrero vence el plazo.", PUB,
     [("viernes 6 de febrero", "2026-02-06", "day", False)]),
    ("La ley entró en vigor el pasado 1 de enero tras el debate.", PUB,
     [("pasado 1 de enero", "2026-01-01", "day", False)]),
    ("La Corte fallará a fines de este año, según fuentes judiciales.", PUB,
     [("fines de este año", "2026", "year", True)]),
    ("Este fin de semana se esperan lluvias intensas en el norte.", PUB,
     [("Este fin de semana", "2026-02-02", "week", False)]),
    ("Mañana por la mañana el presidente viajará a Puerto Alba.", PUB,
     [("Mañana", "2026-02-05", "day", False)]),
    ("Entre 2019 y 2022 el PIB creció un 3,5% anual.", PUB,
     [("2019", "2019", "year", False), ("2022", "2022", "year", False)]),
]

PT = [
    ("O acordo foi assinado em 3 de fevereiro de 2026, em Vila Serena.", None,
     [("3 de fevereiro de 2026", "2026-02-03", "day", False)]),
    ("O presidente Antônio Vilela se reuniu nesta terça-feira (3) com governadores.", PUB,
     [("nesta terça-feira (3)", "2026-02-03", "day", False)]),
    ("Na terça-feira (3), a ministra Helena Prates anunciou cortes.", PUB,
     [("terça-feira (3)", "2026-02-03", "day", False)]),
    ("Nesta terça, o Senado aprovou o projeto.", PUB,
     [("Nesta terça", "2026-02-03", "day", False)]),
    ("Na última terça-feira, o dólar fechou em alta.", PUB,
     [("última terça-feira", "2026-02-03", "day", False)]),
    ("Na sexta-feira passada, os bancos fecharam mais cedo.", PUB,
     [("sexta-feira passada", "2026-01-30", "day", False)]),
    ("Na segunda-feira (2), o ministro Caio Brandão visitou a fábrica.", PUB,
     [("segunda-feira (2)", "2026-02-02", "day", False)]),
    ("O governador falou com a imprensa nesta quarta-feira (4).", PUB,
     [("nesta quarta-feira (4)", "2026-02-04", "day", False)]),
    ("A reunião está marcada para a próxima quinta-feira.", PUB,
     [("próxima quinta-feira", "2026-02-05", "day", False)]),
    ("Ontem, a polícia prendeu dois suspeitos.", PUB, [("Ontem", "2026-02-03", "day", False)]),
    ("Hoje o tribunal julga o recurso.", PUB, [("Hoje", "2026-02-04", "day", False)]),
    ("Amanhã, o governo vai divulgar os dados.", PUB,
     [("Amanhã", "2026-02-05", "day", False)]),
    ("No próximo dia 10, a comissão vai votar o relatório.", PUB,
     [("próximo dia 10", "2026-02-10", "day", False)]),
    ("Em fevereiro, as vendas caíram 3,2%.", "2026-03-05",
     [("fevereiro", "2026-02", "month", False)]),
    ("No início de janeiro, a chuva provocou enchentes.", PUB,
     [("início de janeiro", "2026-01", "month", True)]),
    ("No fim de janeiro, o banco elevou os juros.", PUB,
     [("fim de janeiro", "2026-01", "month", True)]),
    ("As obras devem começar em meados de março.", PUB,
     [("meados de março", "2026-03", "month", True)]),
    ("No ano passado, o país exportou 40 milhões de toneladas.", PUB,
     [("ano passado", "2025", "year", False)]),
    ("Em 2024, a empresa faturou R$ 2 bilhões.", PUB, [("2024", "2024", "year", False)]),
    ("O feriado de 1º de maio terá atos em várias cidades.", PUB,
     [("1º de maio", "2026-05-01", "day", False)]),
    ("O ato de 1.º de maio reuniu sindicatos em Porto Claro.", "2026-05-02",
     [("1.º de maio", "2026-05-01", "day", False)]),
    ("O prazo terminou em 03/02/2026.", PUB, [("03/02/2026", "2026-02-03", "day", False)]),
    ("Na semana passada, o Congresso votou a reforma.", PUB,
     [("semana passada", "2026-01-26", "week", False)]),
    ("Há três anos, o estádio foi reformado.", PUB, [("Há três anos", "2023", "year", False)]),
    ("O ministro deixou o cargo em fevereiro de 2025.", PUB,
     [("fevereiro de 2025", "2025-02", "month", False)]),
    # what was said has its own tense: "disse nesta segunda-feira (2) que ... será votada"
    ("O presidente disse nesta segunda-feira (2) que a reforma será votada em março.", PUB,
     [("nesta segunda-feira (2)", "2026-02-02", "day", False),
      ("março", "2026-03", "month", False)]),
    # the news present: the coming Saturday the 7th, the coming 20th
    ("O evento acontece no sábado (7) em Porto Claro.", PUB,
     [("sábado (7)", "2026-02-07", "day", False)]),
    ("A primeira-ministra chega a Vila Serena no dia 20.", PUB,
     [("dia 20", "2026-02-20", "day", False)]),
    ("No último domingo (1º), milhares de pessoas foram às ruas.", PUB,
     [("último domingo (1º)", "2026-02-01", "day", False)]),
    ("Desde o início do ano, o real se valorizou 5% frente ao dólar.", PUB,
     [("início do ano", "2026", "year", True)]),
    ("O time jogou na quarta contra o rival e perdeu.", PUB,
     [("quarta", "2026-02-04", "day", False)]),
    ("Em janeiro deste ano, o desemprego subiu.", PUB,
     [("janeiro deste ano", "2026-01", "month", False)]),
    ("A barragem rompeu em 25 de janeiro do ano passado.", PUB,
     [("25 de janeiro do ano passado", "2025-01-25", "day", False)]),
    # Portugal: "a 3 de Fevereiro", "no passado dia 3", a capitalised month after a preposition
    ("O acordo foi assinado a 3 de Fevereiro em Vila Serena.", PUB,
     [("3 de Fevereiro", "2026-02-03", "day", False)]),
    ("A greve começou no passado dia 3 e continua.", PUB,
     [("passado dia 3", "2026-02-03", "day", False)]),
    ("As eleições realizaram-se em Janeiro, com 60% de participação.", PUB,
     [("Janeiro", "2026-01", "month", False)]),
    ("Três anos atrás, a barragem se rompeu.", PUB, [("Três anos atrás", "2023", "year", False)]),
    ("O governador afirmou ontem à noite que não vai renunciar.", PUB,
     [("ontem à noite", "2026-02-03", "day", False)]),
    ("O julgamento será retomado na próxima semana, informou o tribunal.", PUB,
     [("próxima semana", "2026-02-09", "week", False)]),
    # a "-feira" weekday misspelt by one letter in printed copy is still that weekday
    ("O prefeito Álvaro Setúbal inaugurou nesta sexa-feira a ponte de Vila Serena.", PUB,
     [("nesta sexa-feira", "2026-01-30", "day", False)]),
    ("A vereadora Iara Montes votou contra na quata-feira passada.", PUB,
     [("quata-feira passada", "2026-01-28", "day", False)]),
    ("Na sgunda-feira (2), o ministro Caio Brandão visitou a fábrica.", PUB,
     [("sgunda-feira (2)", "2026-02-02", "day", False)]),
]


@pytest.mark.parametrize("sentence, published, expected", ES)
def test_spanish_dates(sentence, published, expected):
    found, problems, dates = _found(sentence, published, "es")
    assert found == expected
    assert problems == []
    assert all(d.event and d.event in sentence for d in dates)


@pytest.mark.parametrize("sentence, published, expected", PT)
def test_portuguese_dates(sentence, published, expected):
    found, problems, dates = _found(sentence, published, "pt")
    assert found == expected
    assert problems == []
    assert all(d.event and d.event in sentence for d in dates)


@pytest.mark.parametrize(
    "sentence, lang",
    [
        ("La reunión de la mañana terminó sin acuerdo.", "es"),  # the morning, not tomorrow
        ("Por la mañana, los manifestantes cortaron la avenida.", "es"),
        ("Hoy en día pocos jóvenes compran periódicos.", "es"),  # nowadays
        ("Los empleos del mañana exigirán otras habilidades.", "es"),  # the future
        ("O amanhã depende das escolhas de hoje em dia.", "pt"),
        ("El avión aterrizó en Santo Domingo con retraso.", "es"),  # a city, not Sunday
        ("El tenor Ramón Domingo cantó en el teatro.", "es"),  # a name
        ("Domingo Alves disse que não será candidato.", "pt"),
        ("Abril Ortega, la portavoz, lo confirmó.", "es"),
        ("Los martes el mercado abre más temprano.", "es"),  # every Tuesday
        ("A segunda rodada das eleições será disputada por dois candidatos.", "pt"),  # second
        ("Na segunda etapa do torneio, o time perdeu.", "pt"),
        ("Hoje em dia, poucos usam cheques.", "pt"),
        ("A quinta edição da feira atraiu milhares de visitantes.", "pt"),  # fifth
        ("A equipe terminou na quarta colocação.", "pt"),
        ("El primer martes de cada mes se reúne el consejo.", "es"),  # a rule
        ("A primeira segunda-feira do mês é feriado municipal.", "pt"),
        ("Cerca de 2000 pessoas participaram do ato.", "pt"),  # a count
        ("O índice caiu 10 por cento em um ano.", "pt"),
        ("El plan prevé construir 2030 viviendas en la región.", "es"),  # a count
        ("Lo que hoy es un problema, mañana será una crisis.", "es"),  # rhetoric
        ("En la Plaza de Mayo se concentraron miles de personas.", "es"),  # a name
        ("A banca vende peixe na xavanta-feira do bairro.", "pt"),  # far from every weekday
        ("O grupo toca na Sexa-Feira Cultural de Porto Claro.", "pt"),  # a capitalised name
    ],
)
def test_not_dates(sentence, lang):
    assert _found(sentence, PUB, lang)[0] == []


def test_numeric_dates_are_day_first_in_spanish_and_portuguese():
    # 05/03/2026 would be 3 May read month-first; es/pt never write month-first
    assert _found("El contrato vence el 05/03/2026.", PUB, "es")[0] == [
        ("05/03/2026", "2026-03-05", "day", False)]
    assert _found("O contrato vence em 05/03/2026.", PUB, "pt")[0] == [
        ("05/03/2026", "2026-03-05", "day", False)]


def test_weekday_contradicting_its_day_number_is_reported():
    found, problems, _ = _found("Nesta segunda-feira (3), o ministro falou.", PUB, "pt")
    assert found == [("Nesta segunda-feira (3)", "2026-02-03", "day", False)]
    assert len(problems) == 1 and "weekday and the day number disagree" in problems[0].message


def test_relative_dates_without_publication_date_give_one_notice():
    found, problems, _ = _found("Ontem o presidente viajou; em 2024 ele não saiu.", None, "pt")
    assert found == [("2024", "2024", "year", False)]
    assert len(problems) == 1 and "'Ontem' (art#s1)" in problems[0].message


def test_english_is_unchanged_and_other_languages_take_the_english_grammar():
    # the English grammar does not read Spanish words, and a Spanish sentence marked English
    # gets no Spanish dates
    assert _found("The leaders met this Tuesday (3).", PUB, "en")[0] == [
        ("this Tuesday (3)", "2026-02-03", "day", False)]
    assert _found("Ayer el ministro habló.", PUB, "en")[0] == []
    assert find_spans("Talks began on February 3, 2026.") == find_spans(
        "Talks began on February 3, 2026.", "en")
    assert find_spans("El 3 de febrero de 2026.", "fr") == find_spans("El 3 de febrero de 2026.")


def test_weekday_and_day_agree_in_every_language():
    # shared calendar rules (no existing English output changed: they only replace readings
    # that used to contradict their own weekday)
    assert _found("The deadline falls on Friday, February 6.", PUB, "en")[0] == [
        ("Friday, February 6", "2026-02-06", "day", False)]
    assert _found("O evento acontece no sábado (7).", PUB, "pt")[0] == [
        ("sábado (7)", "2026-02-07", "day", False)]


def test_figures_can_skip_spanish_dates():
    (span,) = find_spans("Subió 12% el 3 de febrero de 2026.", "es")
    assert "Subió 12% el 3 de febrero de 2026."[span.start:span.end] == "3 de febrero de 2026"


ES_TEXT = "El gobierno anunció ayer que la reforma de las pensiones será votada en marzo."
PT_TEXT = "O governo anunciou nesta terça-feira (3) que a reforma da previdência será votada."


@pytest.mark.parametrize(
    "line, text, iso",
    [
        ("Publicado el 3 de febrero de 2026", ES_TEXT, "2026-02-03"),
        ("3 de febrero de 2026 - 10:30", ES_TEXT, "2026-02-03T10:30"),
        ("Martes, 3 de febrero de 2026, 10:30 hs", ES_TEXT, "2026-02-03T10:30"),
        ("03/02/2026 - 10h30", PT_TEXT, "2026-02-03T10:30"),
        ("Publicado em 03/02/2026 - 10h30 Atualizado em 03/02/2026 - 12h00", PT_TEXT,
         "2026-02-03T10:30"),
        ("3 de fevereiro de 2026 às 10h30", PT_TEXT, "2026-02-03T10:30"),
        ("Publicado em 3 fev 2026, 08h15", PT_TEXT, "2026-02-03T08:15"),
        ("3.fev.2026 às 10h30", PT_TEXT, "2026-02-03T10:30"),
        ("04 de febrero 2026 , 09:15 a. m.", ES_TEXT, "2026-02-04T09:15"),
        ("03 de fevereiro de 2026 | 10h30", PT_TEXT, "2026-02-03T10:30"),
        ("Fecha: 03/02/2026", ES_TEXT, "2026-02-03"),
        ("Data de publicação: 03/02/2026 10h30", PT_TEXT, "2026-02-03T10:30"),
    ],
)
def test_publication_stamp_lines(line, text, iso):
    assert stamp(line, text)[0] == iso


def test_update_only_stamp_is_deferred_and_english_numeric_stays_ambiguous():
    iso, how = stamp("Atualizado em 3 fev 2026", PT_TEXT)
    assert iso == "2026-02-03" and "no first publication" in how
    assert parse_date("02/04/2026", "The minister spoke on Tuesday about the budget.")[0] is None


def test_txt_seed_publication_line():
    text = (
        "Governo de Vila Serena anuncia reforma da previdência\n\n"
        "Publicado em 03/02/2026 - 10h30\n\n"
        "O governo anunciou nesta terça-feira (3) que a reforma da previdência será votada em "
        "março. A proposta muda a idade mínima e foi enviada ao Congresso pela ministra.\n"
    )
    assert parse_txt("x.txt", text).fields["published"] == "2026-02-03T10:30"


@pytest.mark.parametrize(
    "sentence, lang, iso",
    [
        # a plan's target, told with a past verb: the coming date
        ("Los sindicatos han convocado una asamblea para el 20 de febrero.", "es", "2026-02-20"),
        ("O julgamento foi adiado para o dia 12.", "pt", "2026-02-12"),
        # a past verb without a target: the latest date
        ("Los sindicatos convocaron una asamblea el 20 de enero.", "es", "2026-01-20"),
    ],
)
def test_target_of_a_plan(sentence, lang, iso):
    assert [d[1] for d in _found(sentence, PUB, lang)[0]] == [iso]


# An article dated only by its month ("2026-02"): what needs the day ("este viernes", "hoy") is
# read from the cluster's latest dated article in that month, else dropped with one notice;
# what needs only the month ("el viernes 6", "el mes pasado") is read from it as before.
@pytest.mark.parametrize(
    "text, lang, reference, expected, how",
    [
        ("El alcalde Rubén Saldías inauguró este viernes el puente.", "es", "2026-02-06",
         [("este viernes", "2026-02-06", "day", False)], "2026-02-06"),
        ("Hoje, a ministra Dalva Serrano visitou Porto Claro.", "pt", "2026-02-13",
         [("Hoje", "2026-02-13", "day", False)], "2026-02-13"),
        ("El alcalde Rubén Saldías inauguró este viernes el puente.", "es", "2026-03-02",
         [], None),  # the reference is another month's: no day to read from
        ("El alcalde Rubén Saldías inauguró este viernes el puente.", "es", None, [], None),
        ("Nesta sexta-feira (6), o prefeito assinou o contrato; em janeiro, não.", "pt", None,
         [("Nesta sexta-feira (6)", "2026-02-06", "day", False),
          ("janeiro", "2026-01", "month", False)], ""),
    ],
)
def test_month_only_publication_date(text, lang, reference, expected, how):
    s = Sentence("art", 1, text, 0, "paragraph", None, lang)
    dates, problems = find_dates([s], "2026-02", reference)
    assert [(d.text, d.iso, d.precision, d.approximate) for d in dates] == expected
    if expected:
        assert problems == [] and all(
            (how in d.how) if how else d.how == "" for d in dates)
    else:
        assert len(problems) == 1 and "gives only its month" in problems[0].message

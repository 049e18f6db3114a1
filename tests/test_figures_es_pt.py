"""Figures in Spanish and Portuguese: numbers as the Iberian and Latin American press prints
them (decimal comma, thousands dot, "mil millones", "bilhões", "US$", "R$"), their qualifiers
mapped to the English vocabulary of Figure.qualifier, and the noun each counts. Every sentence
is invented (names, places and outlets too)."""

from __future__ import annotations

import pytest
from explainer.extract.figures.find import find_figures
from explainer.model import Sentence


def _in(text: str, lang: str) -> Sentence:
    return Sentence("a", 1, text, 0, "paragraph", None, lang)


def _rows(text: str, lang: str) -> list[tuple]:
    return [(f.value, f.qualifier, f.unit, f.counts) for f in find_figures([_in(text, lang)])]


# (sentence, lang, [(value, qualifier, unit, counts), ...])
CASES = [
    # decimal comma, thousands dot, scale words
    ("La policía decomisó 3.000 toneladas de cocaína en el puerto de Valdemora.", "es",
     [(3000, None, "toneladas", "toneladas de cocaína")]),
    ("El terremoto dejó 1.200 muertos en la provincia.", "es",
     [(1200, None, "muertos", "muertos")]),
    ("Unos 2,5 millones de personas votaron el domingo.", "es",
     [(2.5e6, "some", "personas", "personas")]),
    ("La deuda asciende a 1.234,5 millones de euros.", "es",
     [(1234.5e6, None, "euros", "euros de deuda")]),
    ("El Gobierno anunció una inversión de US$ 3 mil millones en carreteras.", "es",
     [(3e9, None, "dollars", "dólares en carreteras")]),
    ("El Banco Central de Aranda tiene reservas por 40 mil millones de dólares.", "es",
     [(4e10, None, "dollars", "dólares")]),
    ("El déficit alcanzó los 2 billones de pesos.", "es",
     [(2e12, None, "pesos", "pesos de déficit")]),
    ("La empresa perdió 850 000 clientes en un año.", "es",
     [(850000, None, "clientes", "clientes")]),
    ("Las exportaciones sumaron 12.480 millones de dólares.", "es",
     [(12480e6, None, "dollars", "dólares de exportaciones")]),
    # percent and points
    ("La inflación llegó al 30% en marzo.", "es", [(30, None, "percent", "inflación")]),
    ("El candidato obtuvo el 48,7 % de los votos.", "es",
     [(48.7, None, "percent", "por ciento de los votos")]),
    ("El desempleo bajó 2 puntos porcentuales.", "es",
     [(2, None, "puntos", "puntos porcentuales")]),
    ("Casi el 40 por ciento de los encuestados rechaza la reforma.", "es",
     [(40, "almost", "percent", "por ciento de los encuestados")]),
    # number words, qualifiers
    ("Al menos doce soldados murieron en la emboscada.", "es",
     [(12, "at least", "soldados", "soldados")]),
    ("Más de cien familias fueron desalojadas.", "es",
     [(100, "more than", "familias", "familias")]),
    ("La reunión duró cerca de tres horas.", "es",
     [(3, "close to", "horas", "horas")]),
    ("Alrededor de 500 manifestantes marcharon hasta la plaza.", "es",
     [(500, "around", "manifestantes", "manifestantes")]),
    ("Menos de 20 diputados apoyaron la moción.", "es",
     [(20, "less than", "diputados", "diputados")]),
    ("Doscientos policías custodian el edificio.", "es",
     [(200, None, "policías", "policías")]),
    # ranges
    ("Entre 10 y 12 personas resultaron heridas.", "es",
     [(10, "between", "personas", "personas"), (12, None, "personas", "personas")]),
    ("Se esperan de 300 a 400 delegados.", "es",
     [(300, None, "delegados", "delegados"), (400, None, "delegados", "delegados")]),
    # ages
    ("Un hombre de 65 años fue detenido en Villalba.", "es", [(65, None, None, "age")]),
    ("Marta Ruiloba, de 41 años, dirige la fundación.", "es", [(41, None, None, "age")]),
    # "de N años" after a preposition of time is a span, not an age: an age describes a person
    ("El puente de Villalba se terminó luego de 12 años.", "es",
     [(12, None, "años", "años")]),
    ("Ambos clubes firmaron la paz después de 15 años.", "es", [(15, None, "años", "años")]),
    ("Al cabo de 8 años, la fábrica de Aranda reabrió.", "es", [(8, None, "años", "años")]),
    ("A ponte de Vila Serena foi entregue depois de 12 anos.", "pt",
     [(12, None, "anos", "anos")]),
    ("Ao fim de 9 anos, o museu de Porto Claro reabriu.", "pt", [(9, None, "anos", "anos")]),
    ("Uma mulher de 38 anos foi levada ao hospital de Vila Serena.", "pt",
     [(38, None, None, "age")]),
    # not figures: years, dates, times, ordinals, labels, quotations
    ("El acuerdo fue firmado en 2026 tras meses de negociación.", "es", []),
    ("La cumbre se celebrará el 3 de febrero de 2026.", "es", []),
    ("La sesión empezó a las 10:30 y terminó a las 14 horas.", "es", []),
    ("Es el 2º mandato del alcalde.", "es", []),
    ("El artículo 5 del tratado obliga a las partes.", "es", []),
    ("«Tenemos 300 soldados listos para partir», dijo el general Ondarra.", "es", []),
    # Portuguese
    ("A Polícia Federal apreendeu 3.000 toneladas de cocaína no porto.", "pt",
     [(3000, None, "toneladas", "toneladas de cocaína")]),
    ("O governo vai investir R$ 1,5 bilhão em escolas.", "pt",
     [(1.5e9, None, "reais", "reais em escolas")]),
    ("A empresa captou US$ 20 milhões com investidores.", "pt",
     [(2e7, None, "dollars", "dólares")]),
    ("O rombo chegou a 3 bilhões de reais.", "pt", [(3e9, None, "reais", "reais de rombo")]),
    ("Cerca de 1.500 famílias ficaram desabrigadas.", "pt",
     [(1500, "close to", "famílias", "famílias")]),
    ("Quase 70% dos eleitores compareceram.", "pt",
     [(70, "almost", "percent", "por cento dos eleitores")]),
    ("A taxa de desemprego caiu para 7,8%.", "pt",
     [(7.8, None, "percent", "taxa de desemprego")]),
    ("O juro subiu 0,5 ponto percentual.", "pt",
     [(0.5, None, "ponto", "ponto percentual")]),
    ("Pelo menos dez pessoas morreram no deslizamento.", "pt",
     [(10, "at least", "pessoas", "pessoas")]),
    ("Mais de 2 mil policiais participaram da operação.", "pt",
     [(2000, "more than", "policiais", "policiais")]),
    ("Duzentos caminhoneiros bloquearam a estrada.", "pt",
     [(200, None, "caminhoneiros", "caminhoneiros")]),
    ("Aproximadamente 30 por cento da safra foi perdida.", "pt",
     [(30, "approximately", "percent", "por cento da safra")]),
    ("Ao menos três navios foram retidos.", "pt",
     [(3, "at least", "navios", "navios")]),
    ("A pena pode chegar a até 12 anos de prisão.", "pt",
     [(12, "up to", "anos", "anos de prisão")]),
    ("Entre 15 e 20 deputados devem votar contra.", "pt",
     [(15, "between", "deputados", "deputados"), (20, None, "deputados", "deputados")]),
    ("O motorista, de 52 anos, foi levado ao hospital.", "pt", [(52, None, None, "age")]),
    ("Joana Prates, 65 anos, mora no bairro há décadas.", "pt", [(65, None, None, "age")]),
    ("A reunião começa às 15h desta terça-feira (3).", "pt", []),
    ("O decreto foi publicado em 12 de março de 2026.", "pt", []),
    ("A votação ficou para as 10h30.", "pt", []),
    ("“Perdemos 40 milhões”, disse a diretora Lívia Arantes.", "pt", []),
    ("O país tem 1.234.567 habitantes.", "pt", [(1234567, None, "habitantes", "habitantes")]),
    # scale words with an article, "mil" alone, a thousands comma, a reading on a scale
    ("Más de un millón de personas salieron a las calles de Villalba.", "es",
     [(1e6, "more than", "personas", "personas")]),
    ("Medio millón de turistas visitaron la isla.", "es",
     [(5e5, None, "turistas", "turistas")]),
    ("Mil personas se concentraron frente al Congreso.", "es",
     [(1000, None, "personas", "personas")]),
    ("El paro afecta a más del 12% de la población activa.", "es",
     [(12, "more than", "percent", "por ciento de la población activa")]),
    ("El sismo de magnitud 6,4 dejó 1,200 muertos.", "es",
     [(6.4, None, None, "magnitud"), (1200, None, "muertos", "muertos")]),
    ("Hace 20 años que no llovía tanto en Aranda.", "es", [(20, None, "años", "años")]),
    # "superior a" / "inferior a" before a number: its qualifier
    ("A região de Porto Claro tem uma população superior a 750 mil pessoas.", "pt",
     [(750000, "more than", "pessoas", "pessoas")]),
    ("El censo de Varsa registró un total inferior a 2.000 familias.", "es",
     [(2000, "less than", "familias", "familias")]),
    # "hace N años", "N anos atrás": a relative date (the dates stage's), not a figure
    ("Los vecinos de Aranda fundaron la cooperativa hace 30 años.", "es", []),
    ("A fábrica de Vila Serena fechou há 12 anos e reabriu com 300 funcionários.", "pt",
     [(300, None, "funcionários", "funcionários")]),
    ("A ponte de Porto Claro caiu 15 anos atrás.", "pt", []),
    ("O governo anunciou um apoio de 200 milhões de euros.", "pt",
     [(2e8, None, "euros", "euros de apoio")]),
    ("O desmatamento na Amazônia caiu 30% em relação a 2024.", "pt",
     [(30, None, "percent", "desmatamento na Amazônia")]),
    ("A inflação acumulada em 12 meses ficou em 4,5%.", "pt",
     [(12, None, "meses", "meses"), (4.5, None, "percent", "por cento")]),
    # a number word after a determiner is a reference; "una" counts after a qualifier
    ("Los dos países firmaron el acuerdo.", "es", []),
    ("Os dois países assinaram o acordo.", "pt", []),
    ("Al menos una persona murió en el incendio.", "es",
     [(1, "at least", "persona", "persona")]),
    ("La producción alcanzó 3,5 millones de barriles diarios.", "es",
     [(3.5e6, None, "barriles", "barriles diarios")]),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_es_pt_figures(text, lang, expected):
    assert _rows(text, lang) == expected


# English sentences keep the English rules exactly (their own tables live in test_figures.py).
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police seized 2,800 tons of cocaine.", [(2800, None, "tons", "tons of cocaine")]),
        ("At least 12 people were killed.", [(12, "at least", "people", "people killed")]),
        ("The budget is $4 million.", [(4e6, None, "dollars", "budget")]),
        ("The vote is on 3 February 2026.", []),
    ],
)
def test_english_unchanged(text, expected):
    assert _rows(text, "en") == expected

"""Comparison across languages: a Spanish, a Portuguese and an English source giving one figure or
one event's date are one slot (a difference when the values differ, none when they agree), and
worded comparisons (labels, quote wordings, word choice) never pair two languages.

Invented people, places and outlets; sentences shaped like EFE, El País, Clarín, Folha, G1 and
Agência Brasil copy. Units are built as ArticleFacts directly (the es/pt extraction stages are
improved elsewhere), so the rows test the comparison alone.
"""

from __future__ import annotations

import pytest
from explainer.compare._across import within_language, words_within_language
from explainer.compare._concepts import epithets
from explainer.compare._model import Discrepancy, Variant, WordChoice
from explainer.compare._units import same, unit_of
from explainer.compare.run import compare_sources
from explainer.model import (
    Article,
    ArticleFacts,
    Block,
    DateMention,
    Entity,
    Extraction,
    Figure,
    Person,
    Quote,
    Sentence,
)

PUBLISHED = "2026-02-05"


def _article(aid: str, lang: str, texts: list[str]) -> tuple[Article, tuple[Sentence, ...]]:
    article = Article(
        id=aid, path=f"{aid}.txt", sha=aid, outlet=f"Outlet {aid.upper()}", language=lang,
        published=PUBLISHED, kind="report", blocks=tuple(Block("paragraph", t) for t in texts),
    )
    sents = tuple(
        Sentence(aid, i + 1, t, i, "paragraph", None, lang) for i, t in enumerate(texts)
    )
    return article, sents


def _sentence(text: str, lang: str) -> Sentence:
    return Sentence("x", 1, text, 0, "paragraph", None, lang)


# --- what a figure counts, whatever the language ------------------------------------------
# (sentence, language, figure text, unit, counts) -> the unit the comparison compares
UNIT_ROWS = [
    ("Al menos 12 personas murieron en el sismo, según Protección Civil.", "es",
     "Al menos 12 personas", "personas", "personas murieron", "deaths"),
    ("El sismo dejó 12 muertos y 40 heridos en la provincia de Varsa.", "es",
     "12 muertos", "muertos", "muertos", "deaths"),
    ("El sismo dejó 12 muertos y 40 heridos en la provincia de Varsa.", "es",
     "40 heridos", "heridos", "heridos", "injured"),
    ("O terremoto deixou 18 mortos em Kessa, segundo a Defesa Civil.", "pt",
     "18 mortos", "mortos", "mortos", "deaths"),
    ("Pelo menos 25 pessoas ficaram feridas no desabamento, informou o Corpo de Bombeiros.", "pt",
     "25 pessoas", "pessoas", "pessoas feridas", "injured"),
    ("Pelo menos 18 pessoas morreram na enchente, segundo a prefeitura.", "pt",
     "18 pessoas", "pessoas", "pessoas morreram", "deaths"),
    ("Vell obtuvo el 48,2 por ciento de los votos.", "es",
     "48,2 por ciento", "por ciento", "por ciento de los votos", "percent"),
    ("Vell obteve 48,2 por cento dos votos válidos.", "pt",
     "48,2 por cento", "por cento", "por cento dos votos válidos", "percent"),
    ("Vell obtuvo el 48,2% de los votos.", "es", "48,2%", "percent", "percent de los votos",
     "percent"),
    ("El partido de Vell ganó 41 escaños en el Parlamento.", "es",
     "41 escaños", "escaños", "escaños", "seat"),
    ("O partido de Vell conquistou 41 cadeiras no Parlamento.", "pt",
     "41 cadeiras", "cadeiras", "cadeiras", "seat"),
    ("El gobierno destinó 40 millones de dólares a la reconstrucción.", "es",
     "40 millones de dólares", "dólares", "dólares", "dollar"),
    ("O governo liberou US$ 40 milhões para a reconstrução.", "pt",
     "US$ 40 milhões", "US$", "US$", "dollar"),
    ("O governo liberou R$ 2 bilhões para a reconstrução.", "pt",
     "R$ 2 bilhões", "R$", "R$", "reai"),
    ("El incendio arrasó 3.000 hectáreas de bosque.", "es",
     "3.000 hectáreas", "hectáreas", "hectáreas de bosque", "hectare"),
    ("A usina produz 500 toneladas de soja por dia.", "pt",
     "500 toneladas", "toneladas", "toneladas de soja", "ton"),
    ("La tormenta destruyó 300 viviendas en la costa.", "es",
     "300 viviendas", "viviendas", "viviendas", "home"),
    ("A chuva destruiu 300 casas no litoral.", "pt", "300 casas", "casas", "casas", "home"),
    ("La carretera de 120 kilómetros quedó cortada.", "es",
     "120 kilómetros", "kilómetros", "kilómetros", "kilometer"),
    ("A estrada de 120 quilômetros foi interditada.", "pt",
     "120 quilômetros", "quilômetros", "quilômetros", "kilometer"),
    ("Unas 3.000 personas fueron evacuadas de sus viviendas.", "es",
     "Unas 3.000 personas", "personas", "personas evacuadas", "people"),
    ("Unas 1.500 familias damnificadas recibieron ayuda.", "es",
     "1.500 familias", "familias", "familias damnificadas", "familie"),  # as "families" is
    # a word the table does not map stays its language's own: never an English slot by spelling
    ("Unos 200 once jugadores llegaron.", "es", "200 once", "once", "once", "es:once"),
    # English unchanged
    ("At least 12 people were killed in the earthquake.", "en",
     "At least 12 people", "people", "people killed", "deaths"),
    ("Vell won 51.3 percent of the vote.", "en", "51.3 percent", "percent",
     "percent of the vote", "percent"),
    ("The storm destroyed 300 homes.", "en", "300 homes", "homes", "homes", "home"),
]


@pytest.mark.parametrize(("text", "lang", "fig", "unit", "counts", "expected"), UNIT_ROWS)
def test_unit_is_the_same_slot_in_every_language(text, lang, fig, unit, counts, expected):
    s = _sentence(text, lang)
    assert unit_of(Figure(fig, 1.0, None, unit, counts, s)) == expected


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("murieron", "es", "death"), ("morreram", "pt", "death"), ("killed", "en", "death"),
        ("votos", "es", "vote"), ("votos", "pt", "vote"), ("votes", "en", "vote"),
        ("evacuadas", "es", "evacuat"), ("evacuated", "en", "evacuat"),
        # unmapped words of another language never meet an English word
        ("general", "es", "es:general"), ("sin", "es", "es:sin"), ("plan", "pt", "pt:plan"),
    ],
)
def test_clause_words_compare_as_concepts(word, lang, expected):
    assert same(word, lang) == expected


# --- figures across languages: one slot, a difference only when the values differ ---------
VELL = "Ilse Vell"
# (article a: lang, sentence, figure text, value, unit, counts; article b: ...) -> differs?
FIGURE_PAIRS = [
    (("es", "Al menos 12 personas murieron en el sismo que sacudió Kessa.", "12 personas", 12,
      "personas", "personas murieron"),
     ("en", "At least 18 people were killed in the earthquake that struck Kessa.",
      "18 people", 18, "people", "people killed"), True),
    (("pt", "O terremoto deixou 18 mortos em Kessa, segundo a Defesa Civil.", "18 mortos", 18,
      "mortos", "mortos"),
     ("en", "At least 12 people were killed in the earthquake that struck Kessa.",
      "12 people", 12, "people", "people killed"), True),
    (("es", "El sismo dejó 12 muertos en Kessa.", "12 muertos", 12, "muertos", "muertos"),
     ("pt", "O terremoto deixou 18 mortos em Kessa.", "18 mortos", 18, "mortos", "mortos"),
     True),
    # the same value: an agreement, not a difference
    (("es", "El sismo dejó 12 muertos en Kessa.", "12 muertos", 12, "muertos", "muertos"),
     ("en", "The earthquake killed 12 people in Kessa.", "12 people", 12, "people",
      "people"), False),
    (("es", "Vell obtuvo el 48,2 por ciento de los votos, según el consejo electoral.",
      "48,2 por ciento", 48.2, "por ciento", "por ciento de los votos"),
     ("en", "Vell won 51.3 percent of the vote, the electoral council said.",
      "51.3 percent", 51.3, "percent", "percent of the vote"), True),
    (("pt", "Vell obteve 51,3% dos votos, segundo o conselho eleitoral.",
      "51,3%", 51.3, "percent", "percent dos votos"),
     ("en", "Vell won 51.3 percent of the vote, the electoral council said.",
      "51.3 percent", 51.3, "percent", "percent of the vote"), False),
    (("pt", "O partido de Vell conquistou 41 cadeiras no Parlamento.", "41 cadeiras", 41,
      "cadeiras", "cadeiras"),
     ("en", "Vell's party won 38 seats in parliament.", "38 seats", 38, "seats", "seats"),
     True),
    (("es", "Unas 3.000 personas fueron evacuadas de sus viviendas en Varsa.",
      "3.000 personas", 3000, "personas", "personas evacuadas"),
     ("en", "About 2,000 people were evacuated from their homes in Varsa.",
      "2,000 people", 2000, "people", "people evacuated"), True),
    # different slots: no difference whatever the values
    (("es", "Unas 3.000 personas fueron evacuadas de sus viviendas en Varsa.",
      "3.000 personas", 3000, "personas", "personas evacuadas"),
     ("en", "At least 12 people were killed in the earthquake in Varsa.",
      "12 people", 12, "people", "people killed"), False),
    (("es", "El sismo dejó 12 muertos y 40 heridos en Kessa.", "40 heridos", 40, "heridos",
      "heridos"),
     ("en", "The earthquake killed 12 people in Kessa.", "12 people", 12, "people", "people"),
     False),
    (("es", "Unas 1.500 familias damnificadas recibieron ayuda en Varsa.", "1.500 familias",
      1500, "familias", "familias damnificadas"),
     ("en", "About 1,200 families received aid in Varsa.", "1,200 families", 1200, "families",
      "families"), False),
    (("es", "La participación fue del 61 por ciento, según el consejo electoral.",
      "61 por ciento", 61, "por ciento", "por ciento"),
     ("en", "Vell won 51.3 percent of the vote, the electoral council said.",
      "51.3 percent", 51.3, "percent", "percent of the vote"), False),
    (("es", "La tormenta destruyó 300 viviendas en Varsa.", "300 viviendas", 300, "viviendas",
      "viviendas"),
     ("en", "The government pledged 40 million dollars to rebuild Varsa.", "40 million dollars",
      40e6, "dollars", "dollars"), False),
    # Spanish against Spanish: its own words (stop words are not what is counted)
    (("es", "Al menos 12 personas murieron en el sismo que sacudió Kessa.", "12 personas", 12,
      "personas", "personas murieron"),
     ("es", "Son ya 15 las personas que murieron en el sismo de Kessa.", "15 personas", 15,
      "personas", "personas que murieron"), True),
    (("es", "Unas 3.000 personas fueron evacuadas de la zona de Varsa.", "3.000 personas", 3000,
      "personas", "personas evacuadas"),
     ("es", "Unas 2.000 personas perdieron la luz en la zona de Varsa.", "2.000 personas", 2000,
      "personas", "personas"), False),
    (("pt", "Cerca de 3.000 pessoas foram evacuadas das casas em Varsa.", "3.000 pessoas", 3000,
      "pessoas", "pessoas evacuadas"),
     ("pt", "Cerca de 2.000 pessoas foram evacuadas das casas em Varsa.", "2.000 pessoas", 2000,
      "pessoas", "pessoas evacuadas"), True),
    # a trade deal's figures: the years of its talks, the people of the market it makes
    (("es", "Tras 18 años de negociaciones, Varsa y Kessa firmaron el tratado.", "18 años", 18,
      "años", "años de negociaciones"),
     ("en", "After 12 years of negotiations, Varsa and Kessa signed the treaty.", "12 years",
      12, "years", "years of negotiations"), True),
    (("pt", "Varsa e Kessa encerraram 18 anos de negociações sobre o tratado.", "18 anos", 18,
      "anos", "anos de negociações"),
     ("en", "After 18 years of negotiations, Varsa and Kessa signed the treaty.", "18 years",
      18, "years", "years of negotiations"), False),
    (("pt", "O acordo de livre comércio une um mercado de 300 milhões de pessoas em Varsa.",
      "300 milhões", 300e6, "pessoas", "pessoas"),
     ("en", "The free trade pact covers 340 million people in Varsa.", "340 million people",
      340e6, "people", "people"), True),
    (("es", "El comercio entre Varsa y Kessa alcanza a 300 millones de personas.",
      "300 millones", 300e6, "personas", "personas"),
     ("en", "The free trade pact covers 300 million people in Varsa.", "300 million people",
      300e6, "people", "people"), False),
    # an adjective before its noun describes it ("arduas negociaciones", "longas negociações"):
    # the same talks as the plain noun (first run: two measures, no difference)
    (("es", "Varsa y Kessa firmaron el tratado después de 25 años de arduas negociaciones.",
      "25", 25, "años", "años de arduas negociaciones"),
     ("es", "Kessa y Varsa cerraron el tratado después de 20 años de negociaciones.", "20", 20,
      "años", "años de negociaciones"), True),
    (("pt", "Varsa e Kessa assinaram o tratado depois de 25 anos de longas negociações.", "25",
      25, "anos", "anos de longas negociações"),
     ("en", "After 18 years of negotiations, Varsa and Kessa signed the treaty.", "18 years",
      18, "years", "years of negotiations"), True),
    # ... but "nuevos" still narrows: new jobs are a part of the jobs
    (("es", "El tratado creará 20 nuevos empleos en la industria de Varsa.", "20", 20,
      "empleos", "nuevos empleos"),
     ("es", "El tratado creará 500 empleos en la industria de Varsa.", "500", 500, "empleos",
      "empleos"), False),
    # the population of a country and the crowd at a trade fair: two measures
    (("es", "La población de Varsa suma 3 millones de personas.", "3 millones", 3e6,
      "personas", "personas"),
     ("en", "A trade fair in Varsa drew 2 million people.", "2 million people", 2e6, "people",
      "people"), False),
    # English against English, unchanged
    (("en", "At least 12 people were killed in the earthquake that struck Kessa.",
      "12 people", 12, "people", "people killed"),
     ("en", "At least 18 people were killed in the earthquake that struck Kessa.",
      "18 people", 18, "people", "people killed"), True),
]


def _pair_extraction(a, b, people=(VELL,)):
    facts = []
    for aid, (lang, text, fig, value, unit, counts) in zip("ab", (a, b), strict=True):
        article, sents = _article(aid, lang, [text])
        facts.append(
            ArticleFacts(article, sents, "report", "t",
                         figures=(Figure(fig, float(value), None, unit, counts, sents[0]),))
        )
    persons = tuple(
        Person(n, (n.split()[-1],), None, None, None,
               tuple(s for f in facts for s in f.sentences if n.split()[-1] in s.text))
        for n in people
    )
    return Extraction(articles=tuple(facts), people=persons)


@pytest.mark.parametrize(("a", "b", "differs"), FIGURE_PAIRS)
def test_figure_across_languages(a, b, differs):
    c = compare_sources(_pair_extraction(a, b))
    found = [d for d in c.discrepancies if d.kind == "figure"]
    assert bool(found) == differs, found
    for d in found:
        # every variant keeps its sentence, so the page can mark its language
        assert {v.sentence.lang for v in d.variants} == {a[0], b[0]}


# --- dates across languages: one event word, one slot ---------------------------------------
# (a: lang, sentence, date text, iso; b: ...) -> differs?
DATE_PAIRS = [
    (("es", "La reunión entre Vell y Marrow se celebró el 3 de febrero en Lindau.",
      "3 de febrero", "2026-02-03"),
     ("en", "Vell and Marrow met on February 4 in Lindau.", "February 4", "2026-02-04"), True),
    (("pt", "A reunião entre Vell e Marrow aconteceu em 3 de fevereiro em Lindau.",
      "3 de fevereiro", "2026-02-03"),
     ("en", "Vell and Marrow met on February 4 in Lindau.", "February 4", "2026-02-04"), True),
    (("es", "Las elecciones en las que compitió Vell se celebraron el 1 de febrero.",
      "1 de febrero", "2026-02-01"),
     ("pt", "As eleições disputadas por Vell aconteceram em 2 de fevereiro.",
      "2 de fevereiro", "2026-02-02"), True),
    (("es", "El tribunal emitió su fallo sobre Vell el 2 de febrero.", "2 de febrero",
      "2026-02-02"),
     ("en", "The court issued its ruling on Vell on February 3.", "February 3", "2026-02-03"),
     True),
    # the same day: agreement
    (("es", "La reunión entre Vell y Marrow se celebró el 3 de febrero en Lindau.",
      "3 de febrero", "2026-02-03"),
     ("en", "Vell and Marrow met on February 3 in Lindau.", "February 3", "2026-02-03"), False),
    # different events: no difference
    (("es", "Las elecciones en las que compitió Vell se celebraron el 1 de febrero.",
      "1 de febrero", "2026-02-01"),
     ("en", "Vell and Marrow met on February 4 in Lindau.", "February 4", "2026-02-04"), False),
    # no name shared: no difference
    (("es", "La reunión de los ministros se celebró el 3 de febrero.", "3 de febrero",
      "2026-02-03"),
     ("en", "Vell and Marrow met on February 4 in Lindau.", "February 4", "2026-02-04"), False),
    # one act in two places on two days: a tour
    (("es", "Vell y Marrow se reunieron el 3 de febrero en Lindau.", "3 de febrero",
      "2026-02-03"),
     ("en", "Vell and Marrow met on February 4 in Orsa.", "February 4", "2026-02-04"), False),
]


def _date_extraction(a, b):
    facts = []
    for aid, (lang, text, when, iso) in zip("ab", (a, b), strict=True):
        article, sents = _article(aid, lang, [text])
        facts.append(
            ArticleFacts(article, sents, "report", "t",
                         dates=(DateMention(when, iso, "day", False, sents[0]),))
        )
    persons = tuple(
        Person(n, (n.split()[-1],), None, None, None,
               tuple(s for f in facts for s in f.sentences if n.split()[-1] in s.text))
        for n in (VELL, "Tomas Marrow")
    )
    return Extraction(articles=tuple(facts), people=persons)


@pytest.mark.parametrize(("a", "b", "differs"), DATE_PAIRS)
def test_date_across_languages(a, b, differs):
    c = compare_sources(_date_extraction(a, b))
    found = [d for d in c.discrepancies if d.kind == "date"]
    assert bool(found) == differs, found
    for d in found:
        assert {v.sentence.lang for v in d.variants} == {a[0], b[0]}


# --- worded comparisons stay within one language -----------------------------------------
def test_quote_in_two_languages_is_not_a_wording_difference():
    a, sa = _article("a", "es", ["«Fue una reunión muy productiva», dijo Vell."])
    b, sb = _article("b", "en", ["\u201cIt was a very productive meeting,\u201d Vell said."])
    e, se = _article("e", "en", ["\u201cIt was a productive meeting,\u201d Vell said."])
    x = Extraction(articles=(
        ArticleFacts(a, sa, "report", "t",
                     quotes=(Quote("Fue una reunión muy productiva", VELL, sa[0], remark=1),)),
        ArticleFacts(b, sb, "report", "t",
                     quotes=(Quote("It was a very productive meeting", VELL, sb[0], remark=1),)),
        ArticleFacts(e, se, "report", "t",
                     quotes=(Quote("It was a productive meeting", VELL, se[0], remark=1),)),
    ))
    quotes = [d for d in compare_sources(x).discrepancies if d.kind == "quote"]
    # the two English wordings differ; the Spanish one is the remark in Spanish, not a third
    assert [sorted(v.value for v in d.variants) for d in quotes] == [
        ["It was a productive meeting", "It was a very productive meeting"]
    ]


def _v(source, value, lang):
    return Variant(source, value, _sentence(f"{value}.", lang))


@pytest.mark.parametrize(
    ("variants", "expected"),
    [
        # a label in Spanish and one in English: translation, not a difference
        ([("A", "traidor", "es"), ("B", "traitor", "en")], []),
        # two English sources differ, a Spanish one is set aside
        ([("A", "traidor", "es"), ("B", "traitor", "en"), ("C", "turncoat", "en")],
         [["traitor", "turncoat"]]),
        # two Portuguese sources differ among themselves: kept
        ([("A", "traidor", "pt"), ("B", "golpista", "pt"), ("C", "traitor", "en")],
         [["golpista", "traidor"]]),
        # one language only: unchanged, even a single source
        ([("A", "traitor", "en"), ("B", "turncoat", "en")], [["traitor", "turncoat"]]),
    ],
)
def test_worded_discrepancy_within_one_language(variants, expected):
    d = Discrepancy("label", VELL, tuple(_v(*v) for v in variants), "labels")
    assert [sorted(v.value for v in x.variants) for x in within_language([d])] == expected


def test_figure_and_date_discrepancies_are_kept_across_languages():
    d = Discrepancy("figure", "deaths", (_v("A", "12 muertos", "es"), _v("B", "18", "en")))
    assert within_language([d]) == [d]


def test_word_choice_within_one_language():
    row = WordChoice(VELL, (
        _v("A", "captura", "es"), _v("B", "capture", "en"), _v("C", "capture", "en"),
        _v("C", "seizure", "en"),
    ))
    got = words_within_language([row])
    assert [sorted((v.source, v.value) for v in r.terms) for r in got] == [
        [("B", "capture"), ("C", "capture"), ("C", "seizure")]
    ]
    only_across = WordChoice(VELL, (_v("A", "captura", "es"), _v("B", "capture", "en")))
    assert words_within_language([only_across]) == []


# --- similar reports across languages rest on a shared figure or date ----------------------
def test_cross_language_similar_reports_need_a_figure_or_date():
    a, sa = _article("a", "es", ["Vell y Marrow presentaron en Lindau el plan final regional."])
    b, sb = _article("b", "en", ["Vell and Marrow presented in Lindau the final regional plan."])
    people = (Person(VELL, ("Vell",), None, None, None, (sa[0], sb[0])),
              Person("Tomas Marrow", ("Marrow",), None, None, None, (sa[0], sb[0])))
    x = Extraction(articles=(ArticleFacts(a, sa, "report", "t"),
                             ArticleFacts(b, sb, "report", "t")), people=people)
    assert compare_sources(x).shared == ()


def test_lede_carries_its_language():
    a, sa = _article("a", "pt", ["O terremoto deixou 18 mortos em Kessa."])
    b, sb = _article("b", "en", ["The earthquake killed 12 people in Kessa."])
    x = Extraction(articles=(ArticleFacts(a, sa, "report", "t"),
                             ArticleFacts(b, sb, "report", "t")))
    assert {x.article_id: x.lang for x in compare_sources(x).ledes} == {"a": "pt", "b": "en"}


# (a: lang, sentence, figure, value, unit, counts; b: ...) -> similar reports?
SLOT_REPORTS = [
    # one slot, one value, one place named: the same report in two languages
    (("es", "Al menos 14 personas murieron en el sismo que sacudió la provincia de Kessa.",
      "14 personas", 14, "personas", "personas murieron"),
     ("pt", "O terremoto que atingiu a província de Kessa deixou 14 mortos, diz a prefeitura.",
      "14 mortos", 14, "mortos", "mortos"), True),
    (("es", "El sismo que sacudió la provincia de Kessa dejó 14 muertos, según los bomberos.",
      "14 muertos", 14, "muertos", "muertos"),
     ("en", "The earthquake that struck Kessa province killed 14 people, firefighters said.",
      "14 people", 14, "people", "people killed"), True),
    # the same number of another slot: 14 dead and 14 injured are two claims
    (("es", "El sismo que sacudió la provincia de Kessa dejó 14 heridos, según los bomberos.",
      "14 heridos", 14, "heridos", "heridos"),
     ("en", "The earthquake that struck Kessa province killed 14 people, firefighters said.",
      "14 people", 14, "people", "people killed"), False),
    # different values: a difference (above), not a shared report
    (("es", "El sismo que sacudió la provincia de Kessa dejó 12 muertos, según los bomberos.",
      "12 muertos", 12, "muertos", "muertos"),
     ("en", "The earthquake that struck Kessa province killed 14 people, firefighters said.",
      "14 people", 14, "people", "people killed"), False),
    # no name in common
    (("es", "El sismo que sacudió la provincia dejó 14 muertos, según los bomberos locales.",
      "14 muertos", 14, "muertos", "muertos"),
     ("en", "The earthquake that struck Kessa province killed 14 people, firefighters said.",
      "14 people", 14, "people", "people killed"), False),
]


@pytest.mark.parametrize(("a", "b", "shared"), SLOT_REPORTS)
def test_similar_reports_across_languages_by_figure_slot(a, b, shared):
    x = _pair_extraction(a, b, people=())
    kessa = tuple(s for f in x.articles for s in f.sentences if "Kessa" in s.text)
    x = Extraction(articles=x.articles, entities=(Entity("Kessa", "place", kessa),))
    c = compare_sources(x)
    assert bool(c.shared) == shared, c.shared
    for claim in c.shared:
        assert {s.lang for s in claim.sentences} == {a[0], b[0]}


# --- a person's office in look-alike institutions (within one language) --------------------
NORA = "Nora Vasquez"
# (a: lang, sentence; b: lang, sentence) -> a difference?
OFFICE_PAIRS = [
    (("pt", "Nora Vasquez, presidente do Conselho Nacional, chegou a Varsa."),
     ("pt", "A presidente da Comissão Nacional, Nora Vasquez, chegou a Varsa."), True),
    (("es", "La presidenta del Tribunal Supremo, Nora Vasquez, habló en Varsa."),
     ("es", "Nora Vasquez, presidenta de la Corte Suprema, habló en Varsa."), True),
    (("en", "National Council President Nora Vasquez arrived in Varsa."),
     ("en", "Nora Vasquez, president of the National Commission, arrived in Varsa."), True),
    # the same institution, or two real offices sharing no word: no difference
    (("es", "La presidenta de la Comisión Nacional, Nora Vasquez, habló en Varsa."),
     ("es", "Nora Vasquez, presidenta de la Comisión Nacional, habló en Varsa."), False),
    (("es", "Nora Vasquez, presidenta del Partido Verde, habló en Varsa."),
     ("es", "Nora Vasquez, presidenta del Gobierno, habló en Varsa."), False),
    # two offices (president / minister) are not one office named twice
    (("pt", "Nora Vasquez, presidente do Conselho Nacional, chegou a Varsa."),
     ("pt", "Nora Vasquez, ministra da Comissão Nacional, chegou a Varsa."), False),
    # two languages: the words differ by translation, never a difference
    (("es", "La presidenta de la Comisión Nacional, Nora Vasquez, habló en Varsa."),
     ("pt", "Nora Vasquez, presidente do Conselho Nacional, chegou a Varsa."), False),
]


@pytest.mark.parametrize(("a", "b", "differs"), OFFICE_PAIRS)
def test_office_in_look_alike_institutions(a, b, differs):
    facts = []
    for aid, (lang, text) in zip("ab", (a, b), strict=True):
        article, sents = _article(aid, lang, [text])
        facts.append(ArticleFacts(article, sents, "report", "t"))
    mentions = tuple(s for f in facts for s in f.sentences)
    person = Person(NORA, ("Vasquez",), None, None, None, mentions)
    c = compare_sources(Extraction(articles=tuple(facts), people=(person,)))
    found = [d for d in c.discrepancies if d.kind == "label"]
    assert bool(found) == differs, found
    for d in found:
        assert d.subject.startswith(NORA) and {v.sentence.article_id for v in d.variants} == {
            "a", "b"}


# --- words that describe what is counted rather than narrow it ----------------------------
EPITHETS = [
    ("años de arduas negociaciones", "es", {"arduas"}),
    ("anos de longas negociações", "pt", {"longas"}),
    ("nuevos empleos", "es", set()),  # narrows: new jobs, a part of the jobs
    ("buques portacontenedores", "es", set()),  # after the noun: narrows
    ("años de negociaciones comerciales", "es", set()),  # both words are what is counted
    ("personas damnificadas", "es", set()),
    ("long years of negotiations", "en", set()),  # English adjectives narrow where they stand
]


@pytest.mark.parametrize(("counts", "lang", "expected"), EPITHETS)
def test_describing_words_before_a_noun(counts, lang, expected):
    assert epithets(counts, lang) == expected


def _talks(rows):
    facts = []
    for aid, lang, text, value, unit, counts in rows:
        article, sents = _article(aid, lang, [text])
        fig = Figure(str(value), float(value), None, unit, counts, sents[0])
        facts.append(ArticleFacts(article, sents, "report", "t", figures=(fig,)))
    return Extraction(articles=tuple(facts))


ES_A = ("a", "es", "Varsa y Kessa firmaron el tratado después de 25 años de arduas "
        "negociaciones.", 25, "años", "años de arduas negociaciones")
ES_B = ("b", "es", "Kessa y Varsa cerraron el tratado después de 20 años de negociaciones.",
        20, "años", "años de negociaciones")
EN_C = ("c", "en", "Varsa and Kessa signed the treaty after 22 years of negotiations.", 22,
        "years", "years of negotiations")
EN_D = ("d", "en", "Kessa and Varsa closed the treaty after 22 years of negotiations.", 22,
        "years", "years of negotiations")
PT_E = ("e", "pt", "Varsa e Kessa assinaram o tratado depois de 25 anos de negociações.", 25,
        "anos", "anos de negociações")
# Portuguese articles giving other measures (they make a site Portuguese)
PT_F = ("f", "pt", "Kessa recebeu a cúpula por 2 dias.", 2, "dias", "dias")
PT_G = ("g", "pt", "Varsa enviou 3 ministros.", 3, "ministros", "ministros")


@pytest.mark.parametrize(
    ("rows", "subject"),
    [
        # a Spanish site: a Spanish source's words, the plainest of them (first run: "years of
        # negotiations", the English pivot, on the Spanish site)
        ([ES_A, ES_B, EN_C], "años de negociaciones"),
        # an English site: the English words
        ([ES_A, EN_C, EN_D], "years of negotiations"),
        # a Portuguese site: the Portuguese source's
        ([ES_B, EN_C, PT_E, PT_F], "anos de negociações"),
        # a Portuguese site with no Portuguese wording of the measure: the English pivot
        ([ES_B, EN_C, PT_F, PT_G], "years of negotiations"),
    ],
)
def test_a_measure_is_named_in_the_sites_language(rows, subject):
    found = [d for d in compare_sources(_talks(rows)).discrepancies if d.kind == "figure"]
    assert [d.subject for d in found] == [subject]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("es", "Los ministros llegaron en Ávila el martes.", "Ávila"),
        ("pt", "A cúpula terminou em Óbidos na sexta.", "Óbidos"),
        ("es", "El acuerdo se firmó en Villaclara.", "Villaclara"),
    ],
)
def test_a_place_may_open_with_an_accented_capital(lang, text, place):
    from explainer.compare._concepts import place_pattern

    found = place_pattern(lang).search(text)
    assert found is not None and found.group("place") == place

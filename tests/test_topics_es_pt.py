"""Spanish and Portuguese cues for kinds, topics, agenda phrases and bullet openings: invented
sentences in the shapes Spanish and Portuguese outlets and agencies write, read through the same
code paths as English with each language's cue files (hooks/explainer/cues/*.es.yml, *.pt.yml).
A few English rows prove the English cues are unchanged.
"""

from __future__ import annotations

import pytest
from explainer.extract.kinds.classify import classify_article
from explainer.extract.topics.classify import _heading_topic, classify_topics
from explainer.model import Article, Sentence
from explainer.pages._agenda_phrases import phrases
from explainer.pages._standalone import opening


def _s(text: str, lang: str, i: int = 1, kind: str = "paragraph", heading=None) -> Sentence:
    return Sentence("a", i, text, i - 1, kind, heading, lang=lang)


def _article(title: str, lang: str) -> Article:
    return Article(id="a", path="a.txt", sha="0", title=title, language=lang)


KINDS = [
    # (language, headline, lede, expected kind)
    ("es", "Los cancilleres de Norlandia y Surlandia se reunirán el jueves en Puerto Alto",
     "Los cancilleres de ambos países se reunirán este jueves para discutir la crisis del agua.",
     "preview"),
    ("es", "Norlandia y Surlandia firmaron un acuerdo sobre el río Verde",
     "Los presidentes Ada Vell e Ivo Brant firmaron este martes un acuerdo de cooperación.",
     "report"),
    ("es", "La ministra Rosa Peral tiene previsto viajar a Villa Clara",
     "Está previsto que la ministra llegue el lunes y que la reunión dure dos días.",
     "preview"),
    ("pt", "Ministros de Norlândia e Sulândia vão discutir a crise hídrica",
     "Os ministros vão se reunir nesta quinta-feira (5) para discutir o acordo sobre o rio.",
     "preview"),
    ("pt", "Presidentes assinaram acordo sobre o rio Verde",
     "Os presidentes reuniram-se nesta terça-feira (3) e assinaram um acordo de cooperação.",
     "report"),
    ("pt", "Análise: o que está em jogo na cúpula de Porto Alto",
     "A cúpula mostra que a relação entre os dois países mudou.", "analysis"),
    ("es", "Análisis: lo que significa el acuerdo del río Verde",
     "El acuerdo refleja un cambio en la relación entre ambos gobiernos.", "analysis"),
    ("en", "Ministers will meet on Thursday to discuss the river",
     "The ministers will meet on Thursday in Port Alto.", "preview"),
    ("en", "Leaders signed a river deal", "The leaders signed a deal on Tuesday.", "report"),
]


@pytest.mark.parametrize("lang,title,lede,expected", KINDS)
def test_kind(lang, title, lede, expected):
    kind, how = classify_article(_article(title, lang), [_s(lede, lang)], [])
    assert kind == expected, how


HEADINGS = [
    # (language, subheading, article kind, expected topic)
    ("es", "Antecedentes", "report", "background"),
    ("es", "Contexto", "report", "background"),
    ("es", "Agenda de la reunión", "preview", "agenda"),
    ("es", "Reacciones", "report", "reactions"),
    ("es", "Qué sigue", "report", "outcome"),
    ("pt", "Contexto", "report", "background"),
    ("pt", "Reações", "report", "reactions"),
    ("pt", "O que vem agora", "report", "outcome"),
    ("pt", "O que está na pauta", "preview", "agenda"),
    ("pt", "Histórico", "report", "background"),
    ("en", "Background", "report", "background"),
    ("en", "Reactions", "report", "reactions"),
]


@pytest.mark.parametrize("lang,heading,kind,expected", HEADINGS)
def test_heading_topic(lang, heading, kind, expected):
    assert _heading_topic(heading, kind, lang) == expected


SENTENCE_TOPICS = [
    # (language, article kind, sentence, expected topic); sentences placed after the lead
    ("es", "preview", "Los ministros se reunirán el jueves en Puerto Alto.", "agenda"),
    ("es", "preview", "La delegación va a presentar una propuesta sobre el caudal.", "agenda"),
    ("es", "preview", "El gobierno deberá responder antes de fin de mes.", "agenda"),
    ("es", "preview", "La agenda incluye la gestión del río y el comercio.", "agenda"),
    ("es", "report", "Desde 2019, ambos países mantienen una disputa por el agua.", "background"),
    ("es", "report", "En los últimos meses la relación se deterioró.", "background"),
    ("es", "report", "Tras la ruptura de 2019, los contactos quedaron suspendidos.",
     "background"),
    ("es", "report", "El canciller dijo que el acuerdo es un paso histórico.", "reactions"),
    ("es", "report", "La oposición criticó duramente el pacto.", "reactions"),
    ("es", "report", "Los negociadores firmaron el acuerdo después de seis horas.", "outcome"),
    ("es", "report", "Los analistas creen que el pacto podría abrir una nueva etapa.",
     "implications"),
    ("pt", "preview", "Os ministros vão discutir a gestão do rio na sexta-feira.", "agenda"),
    ("pt", "preview", "O encontro está previsto para a próxima semana.", "agenda"),
    ("pt", "preview", "O presidente deve anunciar novas medidas.", "agenda"),
    ("pt", "preview", "Na pauta estão o comércio e a segurança na fronteira.", "agenda"),
    ("pt", "report", "Após a crise de 2019, os dois governos romperam relações.", "background"),
    ("pt", "report", "Desde então, as relações continuam tensas.", "background"),
    ("pt", "report", "O chanceler afirmou que o acordo é histórico.", "reactions"),
    ("pt", "report", "Os presidentes assinaram o acordo após seis horas de reunião.", "outcome"),
    ("pt", "report", "Especialistas avaliam que o acordo pode mudar a região.", "implications"),
    ("en", "report", "The minister said the deal was historic.", "reactions"),
    ("en", "preview", "The ministers will discuss the river on Friday.", "agenda"),
]


@pytest.mark.parametrize("lang,kind,text,expected", SENTENCE_TOPICS)
def test_sentence_topic(lang, kind, text, expected):
    # three neutral lead sentences first, so the lead rule does not decide
    lead = [_s("Texto.", lang, i) for i in (1, 2, 3)]
    got = classify_topics([*lead, _s(text, lang, 4)], kind, [], [])
    assert got[-1].topic == expected, got[-1]


AGENDA = [
    # (language, sentence, expected phrases)
    ("es", "Los cancilleres discutirán la gestión del río Verde.", ["gestión del río Verde"]),
    ("es", "Entre los temas figuran el comercio y la seguridad fronteriza.",
     ["comercio", "seguridad fronteriza"]),
    ("es", "Abordarán temas como la cooperación en seguridad, el combate al narcotráfico y la "
     "migración.", ["cooperación en seguridad", "combate al narcotráfico", "migración"]),
    ("es", "La agenda incluye el comercio bilateral.", ["comercio bilateral"]),
    ("es", "No discutirán la frontera.", []),
    ("pt", "Os ministros vão discutir o acordo sobre o rio.", ["acordo sobre o rio"]),
    ("pt", "Na pauta estão o comércio e a segurança na fronteira.",
     ["comércio", "segurança na fronteira"]),
    ("pt", "Os temas incluem a transição energética, segundo a chancelaria.",
     ["transição energética"]),
    ("pt", "O encontro terá temas como o combate ao desmatamento e a migração.",
     ["combate ao desmatamento", "migração"]),
    ("es", "Ambos gobiernos anunciaron cooperación en materia de seguridad fronteriza.",
     ["seguridad fronteriza"]),
    ("pt", "Os países fecharam um acordo sobre o combate ao garimpo ilegal, disse o ministro.",
     ["combate ao garimpo ilegal"]),
    ("es", "Los temas serán la deuda externa y el combate al narcotráfico.",
     ["deuda externa", "combate al narcotráfico"]),
    ("en", "The ministers will discuss water sharing.", ["water sharing"]),
]


@pytest.mark.parametrize("lang,text,expected", AGENDA)
def test_agenda_phrases(lang, text, expected):
    got = [p.lower() for p in phrases(_s(text, lang), False)]
    assert got == [e.lower() for e in expected]


OPENINGS = [
    # (language, sentence, the word that refers back or None)
    ("es", "Él advirtió que el río podría secarse.", "él"),
    ("es", "Ella dijo que el acuerdo llegará pronto.", "ella"),
    ("es", "Ese acuerdo fue firmado en 2019.", "ese"),
    ("es", "Esos fondos llegarán en marzo.", "esos"),
    ("es", "Sin embargo, esta decisión enfureció a los agricultores.", "esta"),
    ("es", "Esta semana los ministros se reunieron.", None),
    ("es", "Dijo que volverá en mayo.", None),  # dropped subject: reads as it is
    ("es", "La ministra Rosa Peral llegó el lunes.", None),
    ("pt", "Ele afirmou que a represa será aberta.", "ele"),
    ("pt", "Esse acordo foi assinado em 2019.", "esse"),
    ("pt", "Essas medidas foram adiadas.", "essas"),
    ("pt", "Nesta semana os ministros se reuniram.", None),
    ("pt", "Isso irritou os agricultores.", "isso"),
    ("en", "He feared the ruling could justify a blockade.", "he"),
    ("en", "This year the harvest failed.", None),
]


@pytest.mark.parametrize("lang,text,word", OPENINGS)
def test_opening(lang, text, word):
    o = opening(text, lang)
    assert (o.word if o else None) == word


def test_pronoun_gender_is_known_in_es_and_pt():
    assert opening("Él advirtió que el río podría secarse.", "es").gender == "he"
    assert opening("Ela disse que o acordo sai logo.", "pt").gender == "she"


def test_each_language_reads_only_its_own_words():
    # the Spanish subheading word means nothing to the English cues, and the reverse
    assert _heading_topic("Antecedentes", "report", "en") is None
    assert _heading_topic("Reactions", "report", "es") is None
    # a language without cue files is read with the English cues, as before es/pt were mined
    assert _heading_topic("Background", "report", "fr") == "background"

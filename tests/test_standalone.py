"""Sentence bullets stand alone (pages/_standalone.py): invented sentences of the shapes that
leaned on a sentence the page did not show ("He feared the label ...", "Those measures had to
be waived ...", "This phone call paved the way ...").
"""

from __future__ import annotations

import re

import pytest
from explainer.model import Article, ArticleFacts, Extraction, Person, Quote, Sentence
from explainer.pages._standalone import Resolver, opening

OPENINGS = [
    # (sentence, the word that refers back, or None)
    ("He feared the ruling could justify a blockade.", "he"),
    ("She told the council the harbour would stay shut.", "she"),
    ("His call for a strike signals he wants pressure at home.", "his"),
    ("Her government faces an election in the autumn.", "her"),
    ("They agreed to meet again in May.", "they"),
    ("Those measures had to be waived for the visit.", "those"),
    ("This phone call paved the way for the summit.", "this"),
    ("That decision angered the farmers.", "that"),
    ("These talks were the first in a decade.", "these"),
    ("Such a step would need a vote in parliament.", "such"),
    ("It was the first visit by a Norland premier.", "it"),
    ("Its reservoir holds most of the river's flow.", "its"),
    ("The move surprised the opposition.", "the move"),
    ("However, this relationship has faced strain.", "this"),
    ("But they did not say when.", "they"),
    ("Before the trip, he called for demonstrations.", "he"),
    ("Controlling the narrative, she argued, matters as much as the dam.", "she"),
    ("In a message delivered to Brant, he wrote that the gates would open.", "he"),
    ("Analysts say this raises the chance of a deal.", "this"),
    ("The presence of the latter caused surprise.", "the latter"),
    # standing alone
    ("Premier Ada Vell met President Ivo Brant on Thursday.", None),
    ("This week's meeting marks a turning point.", None),
    ("This year the harvest failed.", None),
    ("It is unclear whether the gates will reopen.", None),
    ("It remains to be seen if the deal holds.", None),
    ("Valdoria built the dam in 2019, and its reservoir is full.", None),
    ("The former president attended the talks.", None),
    ("“This is the strongest turnout we have seen,” the union leader said.", None),
    ("Thousands gathered in the square while the talks went on.", None),
    ("Theirs was a difficult history.", None),
]


@pytest.mark.parametrize("text,word", OPENINGS, ids=[t for t, _ in OPENINGS])
def test_opening_finds_what_refers_back(text, word):
    got = opening(text)
    assert (got.word if got else None) == word


def _cluster(*paragraphs: list[str], people: list[tuple[str, tuple[str, ...]]] = ()):
    """One article; each paragraph a list of sentences (one section). People: (name, aliases),
    their mentions found by whole-word match of the name or an alias."""
    sentences: list[Sentence] = []
    for block, paragraph in enumerate(paragraphs):
        for text in paragraph:
            sentences.append(Sentence("a", len(sentences) + 1, text, block, "paragraph", None))
    persons = []
    for name, aliases in people:
        forms = [name, *aliases]
        mentions = tuple(
            s for s in sentences if any(re.search(rf"\b{re.escape(f)}\b", s.text) for f in forms)
        )
        persons.append(Person(name, aliases, None, None, None, mentions))
    facts = ArticleFacts(Article("a", "a.txt", "a"), tuple(sentences), "report", "test")
    return Extraction(articles=(facts,), people=tuple(persons)), sentences


VELL = ("Ada Vell", ("Vell", "Ms. Vell"))
BRANT = ("Ivo Brant", ("Brant",))
OKAFOR = ("Tom Okafor", ("Okafor",))  # gender not attested anywhere

RESOLVE = [
    (
        "the sentence before names one person of the pronoun's gender",
        [["For Vell, the summit was a matter of survival.", "She feared a blockade."]],
        [VELL],
        ["[Vell] feared a blockade."],
    ),
    (
        "a possessive",
        [["Vell spoke first.", "Her government faces an election."]],
        [VELL],
        ["[Vell’s] government faces an election."],
    ),
    (
        "after an opening phrase",
        [["Vell criticised the closure.", "Before the trip, she called for protests."]],
        [VELL],
        ["Before the trip, [Vell] called for protests."],
    ),
    (
        "passed on through a sentence that names no one and opens with the pronoun",
        [["Vell criticised the closure.", "She also said the river was a weapon.",
          "She called for protests."]],
        [VELL],
        ["[Vell] called for protests."],
    ),
    (
        "the wrong gender is never put in: the sentence it leans on is shown first",
        [["Vell spoke first.", "He feared a blockade."]],
        [VELL],
        ["Vell spoke first.", "He feared a blockade."],
    ),
    (
        "two people named before: not certain, shown after the sentence it leans on",
        [["Brant warned Vell she could be next.", "She changed her tone."]],
        [VELL, BRANT],
        ["Brant warned Vell she could be next.", "She changed her tone."],
    ),
    (
        "a person whose gender nothing states is not put in",
        [["Okafor spoke first.", "He feared a blockade."]],
        [OKAFOR],
        ["Okafor spoke first.", "He feared a blockade."],
    ),
    (
        "a demonstrative: the sentence it leans on first",
        [["Norland imposed sanctions in October.", "Those measures had to be waived."]],
        [],
        ["Norland imposed sanctions in October.", "Those measures had to be waived."],
    ),
    (
        "a sentence that opens its section leans on nothing shown: dropped",
        [["This phone call paved the way for the summit."]],
        [],
        None,
    ),
    (
        "a chain longer than two sentences back is a passage: dropped",
        [["Norland shut the gates.", "This angered Southland.", "That led to talks.",
          "These failed."]],
        [],
        None,
    ),
    (
        "the person named in the sentence itself is not the pronoun",
        [["Vell spoke first.", "Before meeting Vell, she rested."]],
        [VELL],
        ["Vell spoke first.", "Before meeting Vell, she rested."],
    ),
]


@pytest.mark.parametrize(
    "why,paragraphs,people,shown", RESOLVE, ids=[row[0] for row in RESOLVE]
)
def test_resolver_makes_the_last_sentence_stand(why, paragraphs, people, shown):
    # a sentence naming only Ms. Vell with "her" elsewhere would attest her gender too; the
    # honorific alias does here
    ex, sentences = _cluster(*paragraphs, people=people)
    got = Resolver(ex)(sentences[-1])
    if shown is None:
        assert got is None, why
        return
    assert got is not None, why
    assert [p.text for p in got.parts] == shown, why
    assert got.parts[-1].sentence is sentences[-1]  # the cited sentence is the original
    assert all(p.sentence.text in (s.text for s in sentences) for p in got.parts)


def test_gender_is_attested_by_pronouns_of_sentences_naming_only_that_person():
    ex, sentences = _cluster(
        ["Brant said he would come.", "Brant arrived late."], ["He left early."],
        people=[BRANT],
    )
    assert Resolver(ex)(sentences[-1]).text == "[Brant] left early."


def test_statements_continue_a_bullet_instead_of_repeating_its_sentence():
    ex, sentences = _cluster(
        ["Norland imposed sanctions in October.", "Those measures had to be waived."],
        ["Southland recalled its ambassador."],
    )
    r = Resolver(ex)
    items = [([s], [s]) for s in sentences]
    got = r.statements(items)
    assert [[seg.text for seg in b] for b in got] == [
        ["Norland imposed sanctions in October.", "Those measures had to be waived."],
        ["Southland recalled its ambassador."],
    ]
    assert [[s.index for s in seg.cited] for seg in got[0]] == [[1], [2]]


def test_bullet_prefers_a_wording_that_needs_no_other_sentence():
    ex, sentences = _cluster(["Norland shut the gates.", "This angered Southland."])
    b = Resolver(ex).bullet([sentences[1], sentences[0]])
    assert [p.text for p in b.parts] == ["Norland shut the gates."]


RUIZ = ("Ana Ruiz", ("Ruiz",))
BRINK = ("Ute von der Brink", ("Brink", "Von der Brink"))
MOURA = ("Lia Moura", ("Moura",))
# (language, sentence before, the quotation's sentence, quoted words, cue, speaker the quotes
# stage found, people) -> the parts shown. First run: every quotation shown as it is, "“...”,
# añadió." with no one saying it.
IMPLIED = [
    ("es", "Ana Ruiz defendió el acuerdo en Varsa.",
     "“Es una necesidad política”, añadió.", "Es una necesidad política", "añadió", "Ana Ruiz",
     [RUIZ], ["“Es una necesidad política”, añadió [Ruiz]."]),
    ("es", "Ana Ruiz defendió el acuerdo en Varsa.",
     "“Es un hito”, dijo en una rueda de prensa.", "Es un hito", "dijo", "Ana Ruiz", [RUIZ],
     ["“Es un hito”, dijo [Ruiz] en una rueda de prensa."]),
    ("es", "Ute von der Brink llegó a Kessa.", "“Todos ganan”, afirmó.", "Todos ganan",
     "afirmó", "Ute von der Brink", [BRINK], ["“Todos ganan”, afirmó [Von der Brink]."]),
    ("pt", "Lia Moura elogiou o tratado.", "“É um marco”, acrescentou.", "É um marco",
     "acrescentou", "Lia Moura", [MOURA], ["“É um marco”, acrescentou [Moura]."]),
    # the verb's subject is there: as it is
    ("es", "Ana Ruiz defendió el acuerdo en Varsa.", "“Es un hito”, dijo el ministro.",
     "Es un hito", "dijo", "Ana Ruiz", [RUIZ], ["“Es un hito”, dijo el ministro."]),
    # no speaker found: shown after the sentence it leans on
    ("es", "El acuerdo llegó tras años de espera.", "“Es un hito”, añadió.", "Es un hito",
     "añadió", None, [], ["El acuerdo llegó tras años de espera.", "“Es un hito”, añadió."]),
    # English names its subject ("he added"): unchanged
    ("en", "Vell spoke first.", "“It is a milestone,” she added.", "It is a milestone,",
     "added", "Ada Vell", [VELL], ["“It is a milestone,” she added."]),
]


@pytest.mark.parametrize(
    "lang,before,text,quote,cue,speaker,people,shown", IMPLIED, ids=[r[2] for r in IMPLIED]
)
def test_a_quotation_with_a_dropped_subject_names_its_speaker(
    lang, before, text, quote, cue, speaker, people, shown
):
    sentences = [Sentence("a", i, t, 0, "paragraph", None, lang)
                 for i, t in enumerate((before, text), 1)]
    persons = tuple(
        Person(name, aliases, None, None, None,
               tuple(s for s in sentences if any(f in s.text for f in (name, *aliases))))
        for name, aliases in people
    )
    q = Quote(quote, speaker, sentences[1], cue)
    facts = ArticleFacts(Article("a", "a.txt", "a", language=lang), tuple(sentences), "report",
                         "test", quotes=(q,))
    got = Resolver(Extraction(articles=(facts,), people=persons))(sentences[1])
    assert [p.text for p in got.parts] == shown
    assert got.parts[-1].sentence is sentences[1]  # the cited sentence is the original

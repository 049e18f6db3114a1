"""Spanish and Portuguese sentences: pysbd's Spanish rules, then the language's repairs.

The gold is hand-labelled: invented news paragraphs written as lists of their sentences
(tests/data/sentences_es_pt.txt). Measured on them (boundary precision / recall):
  es: pysbd "es" 0.69/1.00, pysbd "en" 0.60/1.00, repaired 1.00/1.00
  pt: pysbd "es" 0.76/1.00, pysbd "en" 0.73/1.00, repaired 1.00/1.00
  held-out rows (es, pt): pysbd "es" 0.71/1.00 and 0.64/0.90; repaired 1.00/1.00 both, after
  one change made on seeing them (single letters dropped from words_not_abbreviations, which
  had split initials "A. L. Ferrer").
English keeps pysbd's English split and its fast path (tests/test_sentences.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from explainer.ingest import sentences
from explainer.model import Article, Block

GOLD = Path(__file__).parent / "data" / "sentences_es_pt.txt"


def _rows() -> list[tuple[str, list[str]]]:
    """(language, sentences) for every labelled paragraph, held-out sections included."""
    rows, lang = [], None
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            lang = line[3:].split()[0]
        elif line.strip() and not line.startswith("#"):
            rows.append((lang, line.split(" | ")))
    return rows


ROWS = _rows()


def _article(text: str, lang: str) -> Article:
    return Article(
        id="a",
        path="a.txt",
        sha="0",
        language=lang,
        blocks=(Block(kind="paragraph", text=text),),
    )


@pytest.mark.parametrize(("lang", "expected"), ROWS, ids=lambda v: str(v)[:40])
def test_paragraph_splits_into_its_labelled_sentences(lang, expected):
    sents = sentences.split_sentences(_article(" ".join(expected), lang))
    assert [s.text for s in sents] == expected
    assert {s.lang for s in sents} == {lang}


# Shapes each repair exists for, beside the paragraphs: (language, text, expected sentences).
REPAIRS = [
    # a title before a name is never an end
    ("es", "Habló el Gral. Ortiz. Luego calló.", ["Habló el Gral. Ortiz.", "Luego calló."]),
    ("pt", "Falou o Sr. Dias. Depois saiu.", ["Falou o Sr. Dias.", "Depois saiu."]),
    # a lower-case word, a comma or a dialogue tag continues the sentence
    ("es", "Viajó a EE.UU. en enero. Volvió.", ["Viajó a EE.UU. en enero.", "Volvió."]),
    ("pt", "—Já? —quis saber ela. Ninguém riu.", ["—Já? —quis saber ela.", "Ninguém riu."]),
    # a real word pysbd's Spanish rules take for an abbreviation does end a sentence
    ("es", "Dijo que no. Después se fue.", ["Dijo que no.", "Después se fue."]),
    ("pt", "Votou contra. Depois saiu.", ["Votou contra.", "Depois saiu."]),
    # an abbreviation that may end a sentence still does before a capital
    ("es", "Firmó con Lácteos Ribera S.A. La obra.", ["Firmó con Lácteos Ribera S.A.", "La obra."]),
    # the joined sentence is the text as written, spacing kept
    ("es", "Está en EE.UU., dijo.", ["Está en EE.UU., dijo."]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REPAIRS)
def test_repairs(lang, text, expected):
    assert [s.text for s in sentences.split_sentences(_article(text, lang))] == expected


def test_english_and_other_languages_keep_the_english_split():
    text = "Mr. Petro met Gen. Smith at 9 a.m. in the U.N. building. Then they left. No. Yes."
    for lang in ("en", "fr", None):
        got = [s.text for s in sentences.split_sentences(_article(text, lang))]
        assert got == sentences._split_block(text)
    assert sentences.cues("sentences", "en") == {}

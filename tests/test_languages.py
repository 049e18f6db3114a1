"""Which articles are mined, and in which language: English, Spanish and Portuguese articles are
split with their language's rules and every sentence carries the language; any other language is
listed with a notice that names the languages that are mined."""

from __future__ import annotations

import pytest
from explainer.cues import LANGUAGES, cues, words
from explainer.pipeline import extract

SPANISH = (
    "El presidente de Portavia, Ramón Ortega, llegó el martes a la capital para una reunión con"
    " su homólogo. La reunión duró dos horas y los dos gobiernos firmaron un acuerdo comercial."
    " Los ministros de los dos países se reunirán de nuevo en marzo para revisar el acuerdo.\n"
)
FRENCH = (
    "Le président de la Portavie est arrivé mardi dans la capitale pour une rencontre avec son"
    " homologue. La rencontre a duré deux heures et les deux gouvernements ont signé un accord"
    " commercial. Les ministres des deux pays se retrouveront en mars pour revoir l'accord.\n"
)
ENGLISH = (
    "The president of Portavia arrived on Tuesday in the capital for a meeting with his"
    " counterpart. The meeting lasted two hours and the two governments signed a trade deal.\n"
)


@pytest.fixture()
def mixed(tmp_path):
    for name, text in (("en", ENGLISH), ("es", SPANISH), ("fr", FRENCH)):
        (tmp_path / f"{name}.txt").write_text(f"A headline in {name}\n\n{text}", encoding="utf-8")
    return extract(tmp_path)


def test_spanish_is_mined_and_its_sentences_carry_the_language(mixed):
    facts = {f.article.id: f for f in mixed.articles}
    assert facts["es"].article.language == "es"
    assert facts["es"].kind_how != "not mined"
    assert {s.lang for s in facts["es"].sentences} == {"es"}
    assert {s.lang for s in facts["en"].sentences} == {"en"}
    assert len(facts["es"].sentences) >= 3


def test_other_languages_are_listed_with_a_notice_naming_the_mined_ones(mixed):
    facts = {f.article.id: f for f in mixed.articles}
    assert facts["fr"].kind_how == "not mined"
    (notice,) = [p for p in mixed.problems if p.where == "fr.txt" and "written in" in p.message]
    assert "'fr'" in notice.message
    assert "English, Spanish and Portuguese" in notice.message
    assert notice.content_lost


def test_cue_files_load_as_tuples_and_unknown_languages_get_nothing():
    assert cues("no-such-stage", "es") == {}
    assert words("no-such-stage", "en", "anything") == ()
    assert set(LANGUAGES) == {"en", "es", "pt"}


def test_a_bare_no_in_a_cue_list_is_reported_not_read_as_false(tmp_path, monkeypatch):
    import explainer.cues as c

    (tmp_path / "demo.es.yml").write_text("abbreviations: [sr, no, dra]\n", encoding="utf-8")
    monkeypatch.setattr(c, "HERE", tmp_path)
    c.cues.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"demo\.es\.yml\.abbreviations: a boolean .*quote no"):
            c.cues("demo", "es")
    finally:
        c.cues.cache_clear()


def test_every_cue_file_loads():
    from explainer.cues import HERE

    files = sorted(HERE.glob("*.yml"))
    assert len(files) >= 10
    for path in files:
        stage, lang = path.stem.split(".")
        assert lang in LANGUAGES, path.name
        assert cues(stage, lang), path.name

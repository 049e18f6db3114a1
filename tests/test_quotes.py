"""Quotes and speakers, and remark linking: unit tables, seed gold (floors), held-out (printed)."""

from __future__ import annotations

import pytest
from _people_corpus import ROOT, load_gold, make_article, score_quotes, seed_corpus
from explainer.extract.people.find import find_people
from explainer.extract.quotes.find import find_quotes
from explainer.extract.remarks.link import MIN_OVERLAP, link_remarks
from explainer.ingest.sentences import split_sentences


def _quotes(text: str, context: str = "") -> list[tuple[str, str | None, str]]:
    """Quotes of `text`; `context` (another article) can introduce the people."""
    arts = [make_article("t", text)] + ([make_article("c", context)] if context else [])
    sents = {a.id: split_sentences(a) for a in arts}
    people, _ = find_people(arts, sents)
    return [(q.text, q.speaker, q.kind) for q in find_quotes(sents["t"], people)]


PETRO = "Colombian President Gustavo Petro arrived. U.S. President Donald Trump waited."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech verb before, person before the verb; the object after the verb is not him
        ("Petro called Trump an “accomplice to genocide” in a speech.",
         [("accomplice to genocide", "Gustavo Petro", "direct")]),
        # cue after the quotation, pronoun -> the last subject
        ("Petro spoke.\n“We look for solutions”, he declared.",
         [("We look for solutions", "Gustavo Petro", "direct")]),
        # a short quotation counts when a cue governs it
        ("Petro rated the meeting with a “nine” rating.", [("nine", "Gustavo Petro", "direct")]),
        # passive with a non-person agent -> no speaker
        ("The talks were described as “positive” by both leaders.",
         [("positive", None, "direct")]),
        # an institution is not a person
        ("Washington maintains that “huge amounts of drugs come from Colombia,” he added.",
         [("huge amounts of drugs come from Colombia", None, "direct")]),
        # role noun learned from "Colombian President Gustavo Petro"
        ("The Colombian also said that it was a conversation “of equals”.",
         [("of equals", "Gustavo Petro", "direct")]),
        # written message; "to Petro" is not the subject
        ("Trump spoke first.\nIn a written message delivered to Petro, he recorded: “A great "
         "honor.”", [("A great honor.", "Donald Trump", "written")]),
        # a second quotation joined by "and that" inherits the speaker
        ("Trump said that “we were not friends” and that they were “working on sanctions.”",
         [("we were not friends", "Donald Trump", "direct"),
          ("working on sanctions.", "Donald Trump", "direct")]),
        # British single quotes; the apostrophe in "Petro’s" never opens or closes a quote
        ("Petro’s critics waited; Mr. Trump labelled Petro a ‘sick man’ last year.",
         [("sick man", "Donald Trump", "direct")]),
        # Issue reports on the synthetic cluster (helper I): the label belongs to the one who
        # calls, not to its target; "Speaking to reporters, X said" still names X
        ("Kestranian President Tomas Okafor spoke. Prime Minister Ilse Marrow listened.\n"
         "In early January, Okafor called Marrow a “river thief” in a televised address.",
         [("river thief", "Tomas Okafor", "direct")]),
        ("President Tomas Okafor arrived.\nSpeaking to reporters after the meeting, Okafor said "
         "the talks had been “very constructive” but that “words do not fill a reservoir.”",
         [("very constructive", "Tomas Okafor", "direct"),
          ("words do not fill a reservoir.", "Tomas Okafor", "direct")]),
        # Blind-cluster fixes (second round), invented sentences of the same shape: a whole
        # quoted sentence with no cue right after an attributed one goes on with its speaker,
        # one Quote per sentence inside it
        ("“We kept the line open,” said Gustavo Petro.\n“Nobody slept. Nobody complained.”",
         [("We kept the line open", "Gustavo Petro", "direct"),
          ("Nobody slept.", "Gustavo Petro", "direct"),
          ("Nobody complained.", "Gustavo Petro", "direct")]),
        ("The plan had critics.\n“Too little, too late.”", []),
        # a quotation closing the reported-speech clause its cue opens, however far
        ("Petro said he would meet the ministers on Friday and then sign the accord “once the "
         "lawyers have read every page.”",
         [("once the lawyers have read every page.", "Gustavo Petro", "direct")]),
        ("Trump told the waiting reporters that the embassy would reopen within two months, "
         "“so families can plan again.”", [("so families can plan again.", "Donald Trump",
                                            "direct")]),
        ("Petro said that the talks with the northern delegation went well; his aides later "
         "praised the “spirit of the accord.”", []),
        # scare quotes and labels are not speech
        ("He feared the label of a “narco-government” could justify coercive actions.", []),
        ("Each crisis will be resolved on a “every man for himself” basis.", []),
        ("Bogotá’s extradition of “Pipe Tuluá” – indicted in Texas – was a signal.", []),
        ("The promise of cooperation in the “fight against drug trafficking”, but without "
         "announcing concrete agreements.", []),
    ],
)
def test_quotes_table(text, expected):
    assert _quotes(text, PETRO) == expected


def test_unquoted_block_credited_by_a_name_line():
    text = "> Somehow he became very nice. He changed.\n-- President Donald Trump\nMore text."
    assert _quotes(text, PETRO) == [
        ("Somehow he became very nice.", "Donald Trump", "block"),
        ("He changed.", "Donald Trump", "block"),
    ]


def test_unmarked_block_when_ingestion_left_paragraphs():
    text = ("Intro paragraph here.\n## Heading\nSomehow he became very nice.\n"
            "## President Donald Trump\nPetro has also escalated attacks.")
    assert _quotes(text, PETRO) == [("Somehow he became very nice.", "Donald Trump", "block")]


# Floors from the issue (seeds): quotes found P and R >= 0.95, speaker right >= 0.9.
SEED_FOUND_FLOOR = 0.95
SEED_SPEAKER_FLOOR = 0.9
# Held-out passages were written before the rules saw them. First (honest) run: P=0.90 R=0.95,
# speaker 0.79 (missed a quote far from "According to X,"; took two labels -- "so-called",
# "dubbed" -- for speech; no "the ambassador said"; "she" resolved across sentences instead of
# to the subject earlier in the same sentence; "union officials said" given to a named person).
# Those were fixed with generic rules, so the passages are now seen: the floor is a collapse
# guard only.
HELDOUT_FOUND_FLOOR = 0.6
HELDOUT_SPEAKER_FLOOR = 0.5


def _seed_quotes():
    articles, sentences = seed_corpus()
    people, _ = find_people(articles, sentences)
    return {f: find_quotes(ss, people) for f, ss in sentences.items()}


def test_quotes_on_seeds():
    s = score_quotes(_seed_quotes(), load_gold("quotes.yml"))
    print(f"\nquotes on seeds: P={s['precision']:.2f} R={s['recall']:.2f} "
          f"speaker={s['speaker']:.2f} missed={s['missed']} extra={s['extra']} "
          f"wrong={s['wrong_speaker']}")
    assert s["precision"] >= SEED_FOUND_FLOOR and s["recall"] >= SEED_FOUND_FLOOR
    assert s["speaker"] >= SEED_SPEAKER_FLOOR


def test_quote_kinds_on_seeds():
    gold = {g["quote"]: g.get("kind", "direct") for g in load_gold("quotes.yml")}
    got = {q.text: q.kind for qs in _seed_quotes().values() for q in qs}
    assert {t: got.get(t) for t in gold} == gold


def test_quotes_held_out():
    items = load_gold("heldout_quotes.yml")
    articles = [make_article(it["id"], it["text"]) for it in items]
    sents = {a.id: split_sentences(a) for a in articles}
    people, _ = find_people(articles, sents)
    preds = {f"{a.id}.txt": find_quotes(sents[a.id], people) for a in articles}
    gold = [dict(q, file=f"{it['id']}.txt") for it in items for q in it["quotes"]]
    s = score_quotes(preds, gold)
    print(f"\nquotes held-out: P={s['precision']:.2f} R={s['recall']:.2f} "
          f"speaker={s['speaker']:.2f} missed={s['missed']} extra={s['extra']} "
          f"wrong={s['wrong_speaker']}")
    assert s["precision"] >= HELDOUT_FOUND_FLOOR and s["recall"] >= HELDOUT_FOUND_FLOOR
    assert s["speaker"] >= HELDOUT_SPEAKER_FLOOR


# The same remark in other words, from the seeds (issue 5): pairs that must share a remark id,
# and pairs that must not (different remarks of the same speaker, or the same word from a
# non-person speaker).
MUST_LINK = [("very positive", "positive"),
             ("Somehow after the Venezuelan raid, he became very nice.", "became very friendly")]
MUST_NOT_LINK = [("sick man", "illegal drug leader"), ("sounded good", "became very friendly"),
                 ("very positive", "accomplice to genocide"),
                 ("we weren’t exactly the best of friends", "became very friendly")]


def test_remarks_linked_on_seeds():
    quotes = link_remarks([q for _, qs in sorted(_seed_quotes().items()) for q in qs])
    ids: dict[str, set[int]] = {}
    for q in quotes:
        ids.setdefault(q.text, set()).add(q.remark)
    groups = {}
    for q in quotes:
        groups.setdefault(q.remark, []).append(f"{q.sentence.article_id[:3]}:{q.text[:30]}")
    linked = {k: v for k, v in groups.items() if len(v) > 1}
    print(f"\nremark groups (MIN_OVERLAP={MIN_OVERLAP}): {linked}")
    for a, b in MUST_LINK:
        assert ids[a] & ids[b], (a, b)
    for a, b in MUST_NOT_LINK:
        assert not ids[a] & ids[b], (a, b)
    assert all(q.remark is not None for q in quotes)


def test_remarks_need_two_sources_and_keep_order():
    arts = [make_article("a", "Petro said it was “very positive”."),
            make_article("b", "Petro said the talks were “positive”. Petro said “positive”."),
            make_article("c", PETRO)]
    sents = {a.id: split_sentences(a) for a in arts}
    people, _ = find_people(arts, sents)
    qs = [q for a in arts for q in find_quotes(sents[a.id], people)]
    out = link_remarks(qs)
    assert [q.text for q in out] == [q.text for q in qs]
    assert len({q.remark for q in out}) == 1  # both of b's join a's through the other source
    assert link_remarks(list(reversed(qs)))[0].remark == out[-1].remark


# The synthetic cluster was unseen when the rules were written. First run: P=0.93 R=0.93,
# speaker 0.43 (one root cause: "Kestranian President Tomas Okafor" -- a nationality missing
# from the gazetteer -- was read as a separate name, so the bare "Okafor" matched nobody; plus
# “blue corridor” plan taken for speech and a "but that “...”" second quote missed). Fixed with
# generic rules (nationality by shape, suffix merge, modifier labels, but-chains); the floor is
# set below the first-run numbers so it guards against collapse, not against this cluster.
SYNTHETIC_FOUND_FLOOR = 0.9
SYNTHETIC_SPEAKER_FLOOR = 0.4


def test_quotes_on_synthetic_cluster():
    articles, sentences = seed_corpus(ROOT / "tests" / "data" / "synthetic")
    people, _ = find_people(articles, sentences)
    preds = {f: find_quotes(ss, people) for f, ss in sentences.items()}
    s = score_quotes(preds, load_gold("synthetic_quotes.yml"))
    print(f"\nquotes on synthetic: P={s['precision']:.2f} R={s['recall']:.2f} "
          f"speaker={s['speaker']:.2f} missed={s['missed']} extra={s['extra']} "
          f"wrong={s['wrong_speaker']}")
    assert s["precision"] >= SYNTHETIC_FOUND_FLOOR and s["recall"] >= SYNTHETIC_FOUND_FLOOR
    assert s["speaker"] >= SYNTHETIC_SPEAKER_FLOOR
    linked = link_remarks([q for _, qs in sorted(preds.items()) for q in qs])
    remark = {(q.sentence.article_id[:3], q.text): q.remark for q in linked}
    assert remark[("001", "very constructive")] == remark[("002", "constructive")]
    assert remark[("001", "water bandit")] != remark[("002", "dam pirate")]

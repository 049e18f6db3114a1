"""The words the quotes stage looks for in one language (helper for the quotes modules).

Reads: English from `explainer.lexicon` (as before languages were told apart), every other
language from `cues/quotes.<lang>.yml`. Produces: `Lang`, the compiled cue pattern and word
sets one code path uses for every language; `lang_of(code)`.
Limits: a language without a cue file gets no cues, so it yields no quotations; the English
record is built from the same constants and patterns the stage always used, so English output
does not change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explainer.cues import cues, words
from explainer.lexicon import INVERTING_CUES, ROLE_NOUNS, SPEECH_CUES, WRITTEN_CUES

_EN_PREPOSITIONS = frozenset("to with against on from of for by about at into over than".split())


@dataclass(frozen=True)
class Lang:
    cue_re: re.Pattern  # speech cues, group 1 is the cue
    according: frozenset[str]  # cues whose speaker follows them ("according to X")
    inverting: frozenset[str]  # cues a reporter puts before their subject ("said X")
    written: frozenset[str]  # cues that are written when the context says so
    always_written: frozenset[str]
    plural: frozenset[str]  # cues with a plural subject
    not_after: frozenset[str]  # a cue right after one of these is no cue ("o segundo")
    opening: re.Pattern | None  # "Para el ministro X, ...": a cue at the sentence start
    pronoun: re.Pattern  # he / she
    pro_drop: bool  # a verb with no subject speaks for the last subject
    openers: frozenset[str]  # words that may open a clause with a dropped subject
    prepositions: frozenset[str]
    of_noun: frozenset[str]  # "a spokesman for X"
    addressee: frozenset[str]  # "dijo a X", "con X": X is spoken to or about (pro-drop only)
    role_re: re.Pattern  # "the ambassador", "el ministro": group 1 is the noun
    role_nouns: frozenset[str]
    role_anywhere: bool  # the noun may be any word of the role ("ministra de Hacienda")
    role_synonyms: dict[str, tuple[str, ...]]  # "el mandatario" -> presidente ("*": any role)
    role_at_noun: bool  # a role mention starts at its noun, after "el"/"do"
    reported: re.Pattern  # reported speech right after a cue: "that ...", "que ..."
    label_before: re.Pattern  # "the so-called “...”", "el llamado «...»": a label
    group_subject: re.Pattern | None  # "officials said": a group speaks, not a person
    max_inverted_gap: int  # words between an inverted cue and its speaker's name
    after_window: int  # characters after a cue that follows its quotation, to find the speaker
    dashes: tuple[str, ...]  # characters that open a paragraph of dialogue
    not_people: frozenset[str]  # first words of institutions' names: never a speaker
    lead: re.Pattern | None  # what may stand before a sentence's subject (None: English's)
    own: tuple[str, ...] = ()  # "según sus palabras": the last subject's own words


_CAP = r"[A-ZÁÉÍÓÚÑÂÊÔÃÕÀÇÜ][\w’'-]*"


def _alternation(items) -> str:
    return "|".join(re.escape(c) for c in sorted(set(items), key=len, reverse=True))


def _cue_pattern(items) -> re.Pattern:
    return re.compile(r"(?<![\w’'])(" + _alternation(items) + r")(?![\w’'])")


def _english() -> Lang:
    return Lang(
        cue_re=_cue_pattern(SPEECH_CUES), according=frozenset({"according to"}),
        inverting=INVERTING_CUES, written=WRITTEN_CUES,
        always_written=frozenset({"wrote", "writes", "posted", "tweeted"}),
        plural=frozenset(), not_after=frozenset(), opening=None,
        pronoun=re.compile(r"(?<![\w’'])([Hh]e|[Ss]he)(?![\w’'])"), pro_drop=False,
        openers=frozenset(), prepositions=_EN_PREPOSITIONS,
        of_noun=frozenset("for of to from".split()), addressee=frozenset(),
        role_re=re.compile(r"\b[Tt]he ([a-z]+)\b"),
        role_nouns=ROLE_NOUNS, role_anywhere=False, role_synonyms={}, role_at_noun=False,
        max_inverted_gap=1,
        after_window=40, dashes=(), not_people=frozenset(), lead=None,
        # "that ...", or a pronoun + modal ("she would").
        reported=re.compile(
            r"^\s+(?:(?:[\w’'-]+\s+){0,3}that\b|(?:he|she|they|it|we)\s+(?:would|will|could|"
            r"should|had|has|was|were|is|are|might|may|must|can)\b)"),
        # "the so-called “Iron Lady”", "dubbed the “rent freeze”": whatever cue is near.
        label_before=re.compile(
            r"(?:so-called|dubbed|nicknamed|known (?:\w+ \w+ )?as)\s+(?:the\s+)?$"),
        # "union officials said", "analysts warned": a group noun right before the cue.
        group_subject=re.compile(
            r"\b(?:[a-z]+(?:ists|ers|ials|ors|ants|ents|ies)|people|sources|police|staff|groups?)"
            r"(?:\s+(?:had|have|has|also|had also|have also|would|will|later))?\s*$"),
    )


def _both_cases(items) -> list[str]:
    return sorted({w for x in items for w in (x, x[:1].upper() + x[1:])})


def _from_cues(code: str) -> Lang:
    def get(name: str) -> frozenset[str]:
        return frozenset(words("quotes", code, name))

    data = cues("quotes", code)
    verbs, plural, written = get("verbs"), get("plural"), get("written")
    according, phrases, opening = get("according"), get("phrases"), get("opening")
    every = verbs | plural | written | according | phrases
    synonyms = data.get("role_synonyms") or {}
    articles = get("role_determiners")
    dets = _alternation(_both_cases(articles | get("role_contractions"))) or "(?!)"
    return Lang(
        cue_re=_cue_pattern(_both_cases(every) if every else ["(?!)"]),
        according=according | opening, inverting=verbs | written | plural, written=written,
        always_written=written, plural=plural, not_after=get("not_after"),
        # "Para el ministro X, ...", "Para Bastos, ...": a person or role, then a comma ("Para
        # evitar el colapso, ..." is no cue).
        opening=re.compile(r"^\s*(" + _alternation(_both_cases(opening)) + r")\s+(?=(?:" + dets
                           + r")\s|[A-ZÁÉÍÓÚÑ])(?=[^,;:“«\"]{1,80},)") if opening else None,
        pronoun=re.compile(r"(?<![\w’'])(" + (_alternation(_both_cases(get("pronouns")))
                                              or "(?!)") + r")(?![\w’'])"),
        pro_drop=bool(data.get("pro_drop")), openers=get("openers"),
        own=tuple(sorted(get("own_words"))),
        # Portuguese "a" is "the" and "to": before a role noun it is "the".
        prepositions=get("prepositions"), of_noun=get("of_noun"),
        addressee=get("prepositions") - articles,
        role_re=re.compile(r"(?<![\w’'])(?:" + dets + r") ([a-záéíóúâêôãõàçñü-]+)\b"),
        role_nouns=get("role_nouns") | frozenset(synonyms), role_anywhere=True,
        role_synonyms=synonyms, role_at_noun=True,
        label_before=re.compile(r"(?<![\w’'])(?:" + (_alternation(_both_cases(get("labels")))
                                                   or "(?!)") + r")\s+$"),
        # "Tras reunirse con X, el Ministerio aseguró": a capitalised noun phrase right before
        # the verb is its subject, not the person named earlier.
        group_subject=re.compile(
            r"(?:^|\s)(?:" + (_alternation(_both_cases(get("not_after"))) or "(?!)")
            + r")\s+" + _CAP + r"(?:\s+(?:(?:" + (_alternation(get("of_noun")) or "(?!)")
            + r")\s+)?" + _CAP + r")*\s*$"),
        reported=re.compile(r"^\s+(?:(?:[\w’'-]+\s+){0,3}(?:" + (_alternation(get("reported"))
                                                                 or "(?!)") + r")\b)"),
        max_inverted_gap=int(data.get("max_inverted_gap", 1)),
        after_window=int(data.get("after_window", 40)),
        dashes=words("quotes", code, "dashes"), not_people=get("not_people"),
        # "El presidente X", "A ministra da Fazenda, X": a title, or a short opener and a comma.
        lead=re.compile(r"^[\s“\"‘(«]*(?:[^\s,;:]+(?:\s+[^\s,;:]+){0,5},\s+)?(?:(?:[A-ZÁÉÍÓÚÑÂÊÔÃÕÀÇÜ]"
                        r"[\w.’'-]*|" + _alternation(
                            get("role_nouns") | articles | get("of_noun")
                            | {d.capitalize() for d in articles}) + r")\s+){0,6}$"),
    )


@cache
def lang_of(code: str | None) -> Lang:
    """The quotes stage's words for a language code ("en" when none is given)."""
    return _english() if code in (None, "en") else _from_cues(code)


EN = lang_of("en")

"""Role nouns that stand for a person ("the Colombian leader", "Colombia's president", "the
Republican"), learned from the people already found (private to people.py).

Reads: the cluster's sentences, the people found so far (aliases, role, side) and their alias
index. Produces: new aliases on those people. Limits: a role noun is only given to a person when
exactly one person with a role has that side (two Colombian ministers: no alias); a party noun
("the Republican") goes to the subject of the sentence before, in the same article.
"""

from __future__ import annotations

import re

from explainer.extract.people._lang import leader_aliases
from explainer.extract.people._match import AliasIndex
from explainer.extract.people._runs import country_of, side_of
from explainer.extract.people._sides import SideNames
from explainer.lexicon import DEMONYMS, PARTY_NOUNS
from explainer.model import Sentence

# Role nouns that stand for a person: "the Colombian leader", "Colombia's president",
# "the Colombian also said", "the Republican insinuated".
_ROLE_WORDS = r"(president|leader|prime minister|head of state|minister|President|Leader)"
_THE_DEMONYM_ROLE = re.compile(rf"\b[Tt]he ((?:North |South )?[A-Z][\w.]*) {_ROLE_WORDS}\b")
_COUNTRY_ROLE = re.compile(rf"\b([A-Z][\w.]*(?: [A-Z]\w*)?)[’']s {_ROLE_WORDS}\b")
_FOLLOWS_SUBJECT = (
    r"(?= (?:also|then|later|had|has|was|is|will|would|said|says|added|insisted|argued|"
    r"warned|stated|replied|declared|insinuated|called|noted|told)\b|[,.;])"
)
_THE_NOUN = re.compile(rf"\b[Tt]he ((?:North |South )?[A-Z]\w+){_FOLLOWS_SUBJECT}")
_PREPOSITIONS = frozenset("to with against on from of for by about at into over than".split())


def role_nouns(sents: list[Sentence], acc: dict, index: AliasIndex, norm: SideNames) -> None:
    """Record "the Colombian leader" / "Colombia's president" / "the Republican" as aliases."""
    prev: Sentence | None = None
    for s in sents:
        if s.block_kind == "heading":
            continue
        text = s.text
        found: list[tuple[str, str | None, str | None]] = []  # surface, country, role word
        for m in _THE_DEMONYM_ROLE.finditer(text):
            found.append(("the " + m.group(0)[4:], side_of(m.group(1)), m.group(2)))
        for m in _COUNTRY_ROLE.finditer(text):
            found.append((m.group(0), country_of(m.group(1).split()), m.group(2)))
        for m in _THE_NOUN.finditer(text):
            word = m.group(1)
            if word in DEMONYMS:
                found.append(("the " + word, DEMONYMS[word], None))
            elif word in PARTY_NOUNS and prev is not None and prev.article_id == s.article_id:
                subj = _subject(prev.text, index)
                if subj:
                    acc[subj].aliases.add("the " + word)
        for surface, country, role_word in found:
            who = _by_side(acc, norm(country), role_word)
            if who:
                acc[who].aliases.add(surface)
        prev = s
    leader_aliases(sents, acc, index)  # the same for the languages with a people cue file


def _by_side(acc: dict, country: str | None, role_word: str | None) -> str | None:
    if not country:
        return None
    cands = sorted(n for n, a in acc.items() if a.side == country and a.role)
    if role_word:
        same = [n for n in cands if (acc[n].role or "").lower() == role_word.lower()]
        cands = same or cands
    return cands[0] if len(cands) == 1 else None


def _subject(text: str, index: AliasIndex) -> str | None:
    """The first person named in a sentence who is not the object of a preposition."""
    for m in index.find(text):
        before = text[: m.start].split()
        if not before or before[-1].lower() not in _PREPOSITIONS:
            return m.person
    return None

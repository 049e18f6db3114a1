"""Tokens and capitalised runs: the raw material for names (shared by people.py and quotes.py).

Reads: one sentence's text. Produces: word tokens with character offsets, and runs of
capitalised tokens split into (side, title, name) parts.
Limits: Latin script; a name must be written with capitals; camel-case glue ("TrumpGustavo",
left by tag lines) is rejected rather than split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from explainer._memo import per_sentence
from explainer.lexicon import (
    COUNTRIES,
    COUNTRY_ALIASES,
    DEMONYMS,
    EVENT_TAILS,
    HONORIFICS,
    NAME_CONNECTORS,
    NOT_NAME,
    ORG_WORDS,
    PLACE_WORDS,
    PLACES,
    PORTFOLIO_WORDS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_SEQS,
)

_TOKEN = re.compile(r"[^\W_](?:[\w’'\-‑.]*[\w.])?")
_ABBREV = re.compile(
    r"^(?:[A-Z]\.)+[A-Z]?\.?$|^(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Gen|Adm|Col|Prof|St|Jr|Sr)\.$"
)
_CAMEL_GLUE = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")


class Tok(NamedTuple):
    """A word token (a tuple: every sentence of the cluster is tokenised, so it is made often)."""

    text: str  # without a possessive ending
    start: int
    end: int  # end of the surface form, possessive included
    possessive: bool
    cap: bool  # starts with a capital letter


# Possessive endings: "minister's", "ministers'" (a plain "s" before a bare apostrophe).
_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
_CONNECTORS = NAME_CONNECTORS | {"of"}


def tokens(text: str) -> list[Tok]:
    return _scan(text, every=True)


def _scan(text: str, every: bool) -> list:
    """The tokens; with every=False, None for a word that can only end a run (lower case, no
    connector, no final dot or apostrophe to strip): most words, so no Tok is made for them."""
    text = text.replace("\u2011", "-")
    out: list[Tok | None] = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if not (every or word[0].isupper() or word in _CONNECTORS or word[-1] == "."
                or "’" in word or "'" in word):
            out.append(None)
            continue
        start, end = m.span()
        if word[-1] == "." and not _ABBREV.match(word):
            stripped = word.rstrip(".")
            word, end = stripped, end - (len(word) - len(stripped))
        if word.endswith(_POSSESSIVE_ENDS):
            base = word[:-2] if word[-1] == "s" else word[:-1]
            out.append(Tok(base, start, end, True, base[:1].isupper()))
        else:
            out.append(Tok(word, start, end, False, word[:1].isupper()))
    return out


def _adjacent(text: str, a: Tok, b: Tok) -> bool:
    return text[a.end : b.start] in (" ", "\u00a0")


@per_sentence
def cap_runs(text: str) -> list[list[Tok]]:
    """Maximal runs of adjacent capitalised tokens (connectors allowed inside)."""
    toks = _scan(text, every=False)
    runs: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        if t is None:  # a plain lower-case word ends the run
            if cur:
                runs.append(cur)
            cur = []
            continue
        joinable = bool(cur) and _adjacent(text, cur[-1], t) and not cur[-1].possessive
        if t.cap and not _camel_glued(t.text):
            if cur and not joinable:
                runs.append(cur)
            cur = cur + [t] if joinable else [t]
        elif t.text in _CONNECTORS and joinable and _capital_follows(toks, i + 1):
            cur = cur + [t]
        else:
            if cur:
                runs.append(cur)
            cur = []
            continue
        if t.possessive:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if r[-1].text not in _CONNECTORS]


def _capital_follows(toks: list, i: int) -> bool:
    """A capitalised word at toks[i], or one more connector and then one: "Greta von der
    Brink", "Ana de la Torre" (two particles in a row)."""
    nxt = toks[i] if i < len(toks) else None
    if nxt is not None and nxt.cap:
        return True
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (nxt is not None and nxt.text in _CONNECTORS and after is not None and after.cap
            and not after.text.isupper())


def _camel_glued(word: str) -> bool:
    if word.isupper() or word[1:].islower():  # the usual shapes, and never glued
        return False
    return bool(_CAMEL_GLUE.search(word.replace("Mc", "").replace("Mac", "")))


@dataclass(frozen=True)
class Parsed:
    side: str | None  # country from a demonym or "Country's" before the title/name
    title: str | None  # "President", "Mr." ...
    name: tuple[Tok, ...]  # the name tokens (possibly empty: "the U.S. President")
    start: int  # offset of the whole run


# TITLE_SEQS by first word, in their longest-first order: only those can match at a word.
_SEQS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _seq in TITLE_SEQS:
    _SEQS_BY_FIRST.setdefault(_seq[0], []).append(_seq)


def _match_title(words: list[str], i: int) -> tuple[str, int] | None:
    for seq in _SEQS_BY_FIRST.get(words[i], ()) if i < len(words) else ():
        if tuple(words[i : i + len(seq)]) == seq:
            return " ".join(seq), len(seq)
    return None


# An adjective of nationality missing from the gazetteer ("Kestranian", "Togolese"): the side
# is then the adjective itself, which still ties "Kestranian President X" to "the Kestranian
# president" elsewhere in the cluster.
_DEMONYM_SHAPE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ]{3,}(?:ian|ean|an|ese|ish|i)$")


def _compound_title(words: list[str], i: int) -> tuple[str, int] | None:
    """"Health Secretary David Okafor", "National Security Adviser X", "EU Trade Commissioner
    X": one or two capitalised words before a head word, and a name after it."""
    for n in (1, 2):
        if i + n + 1 < len(words) and words[i + n] in TITLE_HEADS and not any(
            w in NOT_NAME or w in TITLE_HEADS for w in words[i : i + n]
        ):
            return " ".join(words[i : i + n + 1]), n + 1
    return None


def _title_at(words: list[str], i: int) -> tuple[str, int] | None:
    """A title starting at word i: modifiers ("Acting", "Deputy", "Former"), then a listed
    title or a compound one, read with as many modifiers as it can."""
    j = i
    while j < len(words) and words[j] in TITLE_MODIFIERS:
        j += 1
    for k in range(j, i - 1, -1):  # "Chief Executive X": "Chief" is a modifier or a title
        m = _match_title(words, k) or _compound_title(words, k)
        if m:
            return " ".join(words[i:k] + [m[0]]), k - i + m[1]
    return None


def _side_before_title(words: list[str], i: int) -> tuple[str, int] | None:
    """A side word before the title: "Colombian", "North American", "U.S." (and its length)."""
    for n in (2, 1):
        country = country_of(words[i : i + n]) if i + n < len(words) else None
        if country is None and n == 1 and i + 1 < len(words):
            country = side_of(words[i])
        if country and _title_at(words, i + n):
            return country, n
    return None


# An organisation's name before a title is part of it: "Climate Action Network Director X".
MAX_ORG_PREFIX = 4


def _org_title(words: list[str], i: int) -> tuple[str, int] | None:
    for j in range(i + 1, min(i + MAX_ORG_PREFIX, len(words) - 1) + 1):
        if words[j - 1] in ORG_WORDS and not any(w in NOT_NAME for w in words[i:j]):
            m = _title_at(words, j)
            if m:
                return " ".join([*words[i:j], m[0]]), j - i + m[1]
    return None


def _portfolio(words: list[str], i: int) -> int:
    """"Minister of Foreign Affairs X": how many words after the title name its portfolio."""
    if i >= len(words) or words[i] != "of":
        return 0
    n = 0
    while i + 1 + n < len(words) and words[i + 1 + n] in PORTFOLIO_WORDS:
        n += 1
    return n + 1 if n and i + 1 + n < len(words) else 0


def side_of(word: str) -> str | None:
    """Country of a nationality adjective, known or by shape (only used before a title or role
    noun, where a capitalised adjective is almost always a nationality)."""
    return DEMONYMS.get(word) or (word if _DEMONYM_SHAPE.match(word) else None)


def country_of(words: list[str]) -> str | None:
    phrase = " ".join(words)
    if phrase in DEMONYMS:
        return DEMONYMS[phrase]
    if phrase in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[phrase]
    return phrase if phrase in COUNTRIES else None


def parse_run(run: list[Tok]) -> Parsed:
    """Split "U.S. President Donald Trump" into side, title and name tokens."""
    words = [t.text for t in run]
    i, side, title = 0, None, None
    while i < len(words) and words[i] in NOT_NAME and _match_title(words, i) is None:
        i += 1
    # Modifiers may come before the side: "Former U.S. Ambassador" is a former ambassador.
    lead = i
    while lead < len(words) and words[lead] in TITLE_MODIFIERS:
        lead += 1
    mods: list[str] = []
    for at in dict.fromkeys((lead, i)):
        side_n = _side_before_title(words, at)
        if side_n:
            side, mods, i = side_n[0], words[i:at], at + side_n[1]
            break
    m = _title_at(words, i) or _org_title(words, i)
    if m:
        title, i = " ".join([*mods, m[0]]), i + m[1]
        n = _portfolio(words, i)
        if n:
            title, i = " ".join([title, *words[i : i + n]]), i + n
    name = run[i:]
    cut = next((k for k, t in enumerate(name) if t.text == "of"), None)
    if cut is not None:  # "Ministry of Justice", "Petro of Colombia": the name ends before "of"
        name = name[:cut]
    return Parsed(side, title, tuple(name), run[0].start)


def is_name_tokens(name: tuple[Tok, ...], titled: bool = False) -> bool:
    """True when every token can be part of a person's name (no place, org or common word).
    After a title a token may also be a place name ("Foreign Minister Ana Lima")."""
    if not name:
        return False
    words = [t.text for t in name]
    phrase = " ".join(words)
    if phrase in PLACES or country_of(words) or phrase in DEMONYMS:
        return False
    if all(w in PORTFOLIO_WORDS for w in words):  # "Foreign Affairs"
        return False
    if all(len(w.rstrip(".")) == 1 for w in words):  # "U. S.": initials alone name no one
        return False
    for w in words:
        if w in NOT_NAME or w in ORG_WORDS or w in PLACE_WORDS or w in DEMONYMS:
            return False
        if any(c.isdigit() for c in w):  # "C-130J", "A400M": a model, not a name
            return False
        if w in TITLE_HEADS:  # "the Prime Minister's Official Spokesman": a post, not a name
            return False
        if w in EVENT_TAILS:  # "the General Election", "the Climate Summit"
            return False
        if not titled and (w in COUNTRIES or w in PLACES or w in COUNTRY_ALIASES):
            return False
        if "." in w and len(w) > 2:  # "U.S.", "D.C." are not name parts
            return False
        if w.isupper() and len(w) > 3:  # acronyms: organisations
            return False
    return True


def is_honorific(title: str | None) -> bool:
    return title in HONORIFICS

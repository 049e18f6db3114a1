"""Agenda items, merged across sources: bullet items of agenda sections and cue phrases.

Reads: each article's sentences, topics and kind. Produces: `AgendaItem`s (label, the sentences
naming it, the sources) split into what previews expected and what reports say was discussed.
Limits: English cue phrases ("to discuss X", "focused on X", "the agenda centres on X", "issues
including X, Y and Z"); a phrase is cut at the first clause boundary and split on commas and
"and", so "research and development" becomes two items. Items are merged when they share at
least half their content words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from ..model import Extraction, Sentence
from ..similarity import tokens

_CUE = re.compile(
    r"\b(?:(?:to|will|would) discuss|discussed|discussing|discussions? (?:on|of|about)|"
    r"talks (?:on|about)|focus(?:ed|es|ing)? on|cent(?:er|re)(?:s|d|ed)? (?:on|around)|"
    r"agenda (?:includes?|included|covers?|covered|is expected to include)|"
    r"(?:issues|topics|matters|areas) (?:such as|including|like)|"
    r"(?:expected|set|due) to (?:address|cover|tackle)|will (?:address|tackle)|"
    r"exchanges on)\s+(?P<what>[^.;:!?—–]+)",
    re.IGNORECASE,
)
# Where a cue phrase's object ends: a new clause or an aside.
_CLAUSE_END = re.compile(
    r",\s*(?:which|while|as|but|saying|according|amid|after|before|when|where|who|although|"
    r"despite|with|in a|signalling|signaling|underscoring|highlighting)\b"
    r"|\s(?:while|as well as the need|because|amid|after|before|despite|during|when)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:the|a|an|key|several|various|other|issues (?:such as|including)|issues? of|"
    r"a range of issues(?: including)?|matters of|questions of|ways to|efforts to|how to)\s+",
    re.IGNORECASE,
)
# A cue right after a negation ("did not spend one second discussing X") names what was NOT on
# the table; this many characters before the cue are checked.
NEGATION_WINDOW = 40
_NEGATION = re.compile(r"\b(?:not|no|never|without|refused|declined)\b|n't\b", re.IGNORECASE)
# A phrase opening with a preposition is an adjunct ("discussed during the meeting"), not an item.
_ADJUNCT = re.compile(
    r"^(?:during|in|at|on|with|by|for|between|before|after|from|to|as)\b", re.IGNORECASE
)
# Longer phrases are clauses that the cut above did not stop, not agenda items.
MAX_WORDS = 7
# Two phrases name the same item when they share at least this share of their content words
# (Jaccard): "regional security" / "joint regional security challenges" = 0.5.
SAME_ITEM = 0.5
_AGENDA_HEADING = re.compile(
    r"agenda|on the table|to discuss|issues|priorit|expected", re.IGNORECASE
)


@dataclass
class AgendaItem:
    label: str
    sentences: list[Sentence]
    outlets: list[str]
    forms: list[str]


def _words(phrase: str) -> frozenset[str]:
    return frozenset(t[:-1] if t.endswith("s") and len(t) > 3 else t for t in tokens(phrase))


def _clean(phrase: str) -> str | None:
    phrase = phrase.strip(" ,\"'“”‘’()")
    for _ in range(3):
        phrase = _LEADING.sub("", phrase)
    words = phrase.split()
    if _ADJUNCT.match(phrase):
        return None
    if not words or len(words) > MAX_WORDS or not _words(phrase):
        return None
    return phrase


def phrases(sentence: Sentence, is_agenda_item: bool) -> list[str]:
    """Agenda phrases named in one sentence."""
    found: list[str] = []
    if is_agenda_item:
        head = re.split(r":|\s[—–-]\s", sentence.text, maxsplit=1)[0]
        cleaned = _clean(head.rstrip("."))
        if cleaned:
            found.append(cleaned)
        return found
    for m in _CUE.finditer(sentence.text):
        if _NEGATION.search(sentence.text[max(0, m.start() - NEGATION_WINDOW) : m.start()]):
            continue
        what = _CLAUSE_END.split(m.group("what"))[0]
        for part in _SPLIT.split(what):
            cleaned = _clean(part)
            if cleaned and cleaned not in found:
                found.append(cleaned)
    return found


def _agenda_keys(extraction: Extraction) -> set[str]:
    return {t.sentence.key for f in extraction.articles for t in f.topics if t.topic == "agenda"}


def agenda_items(
    extraction: Extraction, labels: dict[str, str], kinds: tuple[str, ...]
) -> list[AgendaItem]:
    """Items named by articles of the given kinds, most sources first."""
    agenda = _agenda_keys(extraction)
    mentions: list[tuple[str, Sentence]] = []
    for f in extraction.articles:
        if f.kind not in kinds:
            continue
        for s in f.sentences:
            bullet = s.block_kind == "item" and (
                s.key in agenda or bool(s.heading and _AGENDA_HEADING.search(s.heading))
            )
            for phrase in phrases(s, bullet):
                mentions.append((phrase, s))
    # seeds: phrases named by more articles first, then shorter, so the common short form labels
    per_phrase: dict[frozenset, set[str]] = defaultdict(set)
    for phrase, s in mentions:
        per_phrase[_words(phrase)].add(s.article_id)
    order = sorted(
        mentions, key=lambda m: (-len(per_phrase[_words(m[0])]), len(m[0]), m[0].lower(), m[1].key)
    )
    items: list[tuple[frozenset, AgendaItem]] = []
    for phrase, s in order:
        words = _words(phrase)
        item = next(
            (it for seed, it in items if len(words & seed) / len(words | seed) >= SAME_ITEM), None
        )
        if item is None:
            item = AgendaItem(label=phrase, sentences=[], outlets=[], forms=[])
            items.append((words, item))
        if s.key not in {x.key for x in item.sentences}:
            item.sentences.append(s)
        if phrase not in item.forms:
            item.forms.append(phrase)
        label = labels.get(s.article_id, s.article_id)
        if label not in item.outlets:
            item.outlets.append(label)
    out = [item for _, item in items]
    for item in out:
        item.outlets.sort()
        item.sentences.sort(key=lambda x: (x.article_id, x.index))
        item.label = item.label[:1].upper() + item.label[1:]
    out.sort(key=lambda i: (-len(i.outlets), -len(i.sentences), i.label.lower()))
    return out

"""Agenda phrases in one sentence: a bullet of an agenda list is one whole item; elsewhere the
objects of cue phrases ("to discuss X", "focused on X", "the agenda centres on X", "X is on the
agenda", "X at the centre of the agenda"), cut at the clause boundary and split into the items
of a list.

Reads: one Sentence. Produces: the phrases, as printed (leading "the", "key", "issues such as"
removed). Limits: English cues. A list is split on commas and on "and"/"or" that join items,
not on an "and" inside a prepositional phrase that joins one last word to it ("incentives for
cultivation and trafficking" stays whole; "... on security and the fight against X" is two
items). A phrase that ends on a function word, holds a verb of its own (a clause the
cut did not stop) or is longer than MAX_WORDS is no item: no fragments on the page.
"""

from __future__ import annotations

import re

from ..model import Sentence

_CUE = re.compile(
    r"\b(?:(?:to|will|would)(?: also)? discuss|discussed|discussing|"
    r"discussions? (?:on|of|about|regarding)|"
    r"talks (?:on|about)|focus(?:ed|es|ing)? on|"
    r"focus (?:is|was|will be|remains|(?:is|was) expected to be|(?:is|was) likely to be) on|"
    r"cent(?:er|re)(?:s|d|ed)? (?:on|around)|agenda (?:around|on)|"
    r"agenda (?:includes?|included|covers?|covered|is expected to include)|"
    r"(?:issues|topics|matters|areas) (?:such as|including|like)|"
    r"(?:expected|set|due) to (?:address|cover|tackle)|will (?:address|tackle)|"
    r"exchanges on)\s+(?P<what>[^.;:!?—–]+)",
    re.IGNORECASE,
)
# The item named before its cue: "Trade tops the agenda", "X may also be on the agenda",
# "Drug trafficking at the centre of the agenda" (a subheading: there without a verb).
_CUE_AFTER = re.compile(
    r"\s+(?P<be>(?:is|are|was|were|will be|would be|may|might|could|remains?|remained)"
    r"(?:\s+(?:also|likely to be|expected to be|be))*\s+)?"
    r"(?:(?P<on>(?:at|to) the (?:center|centre|top|heart) of|high on|on|central to)|"
    r"(?P<verb>tops?|topped|dominated?|dominates))\s+the agenda\b",
    re.IGNORECASE,
)
# Where the subject of a cue that follows it starts: the last clause boundary before the cue.
_SUBJECT_START = re.compile(
    r".*(?:[;:—–]\s*|\b(?:while|whereas|but|although|though|that|if|when|as)\s+)",
    re.IGNORECASE,
)
# Where a cue phrase's object ends: a new clause or an aside.
_CLAUSE_END = re.compile(
    r",\s*(?:which|while|as|but|saying|according|amid|after|before|when|where|who|although|"
    r"despite|with|in a|signalling|signaling|underscoring|highlighting|offering|giving|"
    r"providing|allowing|making|leaving|prompting|raising|adding|noting|arguing|insisting|"
    r"warning|stressing|citing|calling|urging|accusing|seeking|hoping|reflecting|marking)\b"
    r"|\s(?:while|as well as the need|because|amid|after|before|despite|during|when)\b",
    re.IGNORECASE,
)
_COMMA = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|or)\s+", re.IGNORECASE)
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
PREPOSITIONS = frozenset(
    "of for on to against in into with from about over between among across toward towards "
    "through regarding concerning around at by under aimed designed intended meant".split()
)
# An item never ends on these (a cut in mid-phrase) nor holds one of _VERB (a clause).
_DANGLING = frozenset(
    "and or of the a an to for with in on at by from as its their his her our than that "
    "which who".split()
)
_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|will|would|may|might|can|could|should|must|has|have|had|"
    r"says?|said)\b",
    re.IGNORECASE,
)
# Words that open no item: "what is on the agenda", "this is on the agenda".
_NOT_ITEM = frozenset(
    "what which this that these those it they everything nothing much more something".split()
)
# Longer cue phrases are clauses the cut did not stop; a longer bullet is a paragraph.
MAX_WORDS = 12
BULLET_MAX_WORDS = 20


def _clean(phrase: str, max_words: int = MAX_WORDS) -> str | None:
    phrase = phrase.strip(" ,\"'“”‘’()")
    for _ in range(3):
        phrase = _LEADING.sub("", phrase)
    words = phrase.split()
    if not words or len(words) > max_words or _ADJUNCT.match(phrase):
        return None
    if words[-1].lower().strip(".,") in _DANGLING or _VERB.search(phrase):
        return None
    if not re.search(r"[^\W\d_]{3,}", phrase) or words[0].lower() in _NOT_ITEM:
        return None
    return phrase


def conjuncts(what: str) -> list[str]:
    """The items of a listed phrase: split on commas, and on an "and"/"or" that is not inside
    a prepositional phrase unless a new noun phrase opens after it."""
    out: list[str] = []
    for chunk in _COMMA.split(what):
        start = 0
        for m in _AND.finditer(chunk):
            before = chunk[start : m.start()].lower().split()
            inside = any(w in PREPOSITIONS for w in before)
            if inside and len(chunk[m.end() :].split()) == 1:
                continue  # "incentives for cultivation and trafficking": one phrase
            out.append(chunk[start : m.start()])
            start = m.end()
        out.append(chunk[start:])
    return [c.strip() for c in out if c.strip()]


def _negated(text: str, at: int) -> bool:
    return bool(_NEGATION.search(text[max(0, at - NEGATION_WINDOW) : at]))


def phrases(sentence: Sentence, is_agenda_item: bool) -> list[str]:
    """Agenda phrases named in one sentence, in order."""
    text = sentence.text
    if is_agenda_item:
        head = _CLAUSE_END.split(re.split(r":|\s[—–-]\s", text, maxsplit=1)[0])[0]
        cleaned = _clean(head.rstrip(".;, "), BULLET_MAX_WORDS)
        return [cleaned] if cleaned else []
    found: list[str] = []

    def add(part: str) -> None:
        cleaned = _clean(part)
        if cleaned and cleaned not in found:
            found.append(cleaned)

    for m in _CUE_AFTER.finditer(text):
        if m.group("on") and not m.group("be") and sentence.block_kind != "heading":
            continue  # "talks with Venezuela on the agenda": no subject to take
        if _negated(text, m.end()):
            continue
        before = text[: m.start()]
        start = _SUBJECT_START.match(before)
        subject: list[str] = []
        for part in reversed(conjuncts(before[start.end() if start else 0 :])):
            if _VERB.search(part) or len(part.split()) > MAX_WORDS:
                break  # the clause before the subject
            subject.insert(0, part)
        for part in subject:
            add(part)
    for m in _CUE.finditer(text):
        if _negated(text, m.start()):
            continue
        for part in conjuncts(_CLAUSE_END.split(m.group("what"))[0]):
            add(part)
    return found

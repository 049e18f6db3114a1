"""Agenda items named by a clause: a subject set in motion or under way ("Search operations
are under way", "Ten teams are being sent to X"), an aid team's arrival, a date set ("the
swearing-in is scheduled for ..."), and what is at stake ("whether X will concede",
"faces challenges in ..."); and what every action item is (`Found`).

Reads: one sentence's text. Produces: `Found`s, each labelled with its clause as printed, about
its subject (a stake: the whole clause). Limits: English cues; a subject that is the
event itself ("the meeting is scheduled for ...") or a pronoun names no item; an arrival names
one only when its subject holds an aid word (relief, rescue, teams, supplies ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explainer.pages._agenda_phrases import (
    _CLAUSE_END,
    _NOT_ITEM,
    _VERB,
    BULLET_MAX_WORDS,
    MAX_WORDS,
    PREPOSITIONS,
    subject_before,
)


@dataclass(frozen=True)
class Found:
    phrase: str  # the wording shown
    core: str  # what it is about, for merging: the object, or the subject of a passive
    kind: str  # "topic" (on the table) | "done" (decided, under way) | "next" (pledged, ahead)
    cue: str  # the cue as printed, lower case: "declared", "is promising to", "scheduled"
    actor: str = ""  # who acts, as printed; "" when the sentence does not say
    at: int = 0  # where the cue starts in the sentence
    bare: bool = False  # a verb phrase without its subject ("concede the race")


_AID = re.compile(
    r"\b(?:aid|relief|assistance|help|rescue\w*|supplies|food|water|tents?|blankets?|"
    r"medic\w*|doctors?|hospitals?|teams?|troops|personnel|equipment|planes?|aircraft|"
    r"helicopters?|funds?|money|donations?|experts?|workers?|volunteers?|shelters?|"
    r"evacuat\w*)\b",
    re.IGNORECASE,
)

# A subject, then: a passive of setting in motion, a state of being under way, an arrival (aid
# subjects only), a date set ("is scheduled for").
_SUBJECT_CUE = re.compile(
    r"\s+(?:(?:(?:has|have)\s+been\s+|(?:is|are)\s+(?:being\s+)?(?:been\s+)?|(?:was|were)\s+"
    r"(?:being\s+)?)(?:also\s+)?(?P<passive>sent|deployed|dispatched|rushed|flown|airlifted|"
    r"restored|reopened|resumed|launched|set up|mobili[sz]ed|evacuated)\b"
    r"|(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?P<state>under\s?way|continuing|ongoing|in "
    r"progress)\b"
    r"|(?P<arrival>arriv(?:ed|es)|land(?:ed|s))\b"
    r"|(?:is|was|are|were)\s+(?:now\s+)?(?P<date>scheduled|due|set)\s+(?=for\b|to take place|"
    r"to be held|to begin|to start|to open))",
    re.IGNORECASE,
)
_STAKE = re.compile(
    r"\b(?:will|would|could|may|to)\s+(?:also\s+)?(?P<verb>determine|decide|settle|test|show)"
    r"\s+(?P<what>(?:if|whether)\b[^.!?]+)"
    r"|\btest of (?P<what2>whether\b[^.!?]+)"
    r"|^(?P<what3>whether\b[^.!?]+?)\s+remains?\s+to be seen"
    r"|\b(?P<face>faces|facing|will face|confronts)\s+(?P<what4>(?:[\w-]+\s+){0,2}(?:headwinds|"
    r"challenges?|pressures?|obstacles|hurdles|difficulties|test|task)\b[^.;!?]*)",
    re.IGNORECASE,
)
_NEXT_WHETHER = re.compile(
    r"\s*[,;—–]\s*(?:and|or)?\s*,?\s*(?:[^,]{0,25},\s*)?(?=whether\b)", re.IGNORECASE
)
# The event itself as a subject: "the meeting aims to ...", "the meeting is scheduled for ...".
_FORUM = re.compile(
    r"\b(?:meeting|summit|talks|visit|encounter|conference|session|trip|call)\s*$", re.IGNORECASE
)
_AUX_END = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|will|would|also|now|already|then|later|not)\b)+\s*$",
    re.IGNORECASE,
)
_REST_END = re.compile(
    r",?\s+(?:and|but)\s+(?:the|a|an|they|he|she|it|its|their)\b|,\s*where\b|\s+but\b"
    r"|\s+following\b",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby (?:the )?(?P<agent>[A-Z][^,]*?)(?=\s+(?:for|to|in|on)\b|,|$)")

def _subject(before: str) -> str:
    """Who acts: the subject before a cue, through a relative pronoun ("X -- who has yet to");
    nothing when that is more than a name or a short noun phrase."""
    before = _AUX_END.sub("", before)
    rel = re.search(r"\s(?:who|which)\s*$", before)
    if rel:
        before = re.split(r"\s(?:--|—|–)\s*|,", before[: rel.start()])[-1]
    subject = subject_before(before).strip(" ,-—–")
    return "" if len(subject.split()) > MAX_WORDS or _VERB.search(subject) else subject


def _owner(phrase: str) -> str:
    """A phrase up to its first preposition ("The White House meeting between X and Y")."""
    tokens = phrase.split()
    cut = next((k for k, t in enumerate(tokens) if t.lower() in PREPOSITIONS), len(tokens))
    return " ".join(tokens[:cut])


def _ok_clause(text: str, max_words: int = BULLET_MAX_WORDS) -> str | None:
    text = text.strip(" ,\"'“”‘’()")
    words = text.split()
    if not words or len(words) > max_words or words[0].lower() in _NOT_ITEM:
        return None
    return text if re.search(r"[^\W\d_]{3,}", text) else None


def subject_items(text: str) -> list[Found]:
    out = []
    for m in _SUBJECT_CUE.finditer(text):
        subject = _subject(text[: m.start()])
        if not subject or _FORUM.search(_owner(subject)):
            continue
        if subject.split()[0].lower() in _NOT_ITEM | {"he", "she", "we", "i", "who"}:
            continue
        rest = _REST_END.split(_CLAUSE_END.split(text[m.end() :])[0])[0].rstrip(" .,;")
        verb = next(g for g in ("passive", "state", "arrival", "date") if m.group(g))
        if verb == "arrival" and not _AID.search(subject):
            continue
        clause = _ok_clause(subject + text[m.start() : m.end()] + rest)
        if not clause:
            continue
        agent = _AGENT.search(rest)
        actor = agent.group("agent") if agent else subject if verb == "arrival" else ""
        kind = "next" if verb == "date" else "done"
        out.append(Found(clause, subject, kind, m.group(verb).lower(), actor, m.start()))
    return out


def stake_items(text: str) -> list[Found]:
    out = []
    for m in _STAKE.finditer(text):
        if m.group("what4"):
            cue, pieces = m.group("face"), [m.group("what4")]
        else:
            what = m.group("what") or m.group("what2") or m.group("what3")
            cue = (m.group("verb") + " " + what.split()[0]) if m.group("verb") else (
                "test of whether" if m.group("what2") else "remains to be seen"
            )
            pieces = [_CLAUSE_END.split(p)[0] for p in _NEXT_WHETHER.split(what)]
        for piece in pieces:
            clause = _ok_clause(piece.rstrip(" ,;"))
            if clause:
                out.append(Found(clause, clause, "next", cue.lower(), "", m.start()))
    return out

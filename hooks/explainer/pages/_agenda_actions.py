"""Agenda items that are actions: what an actor decided or set in motion ("declared a state of
emergency", "Rescue operations are underway"), and what is pledged, called for, scheduled or
at stake ("promising to govern beyond his party", "inauguration is scheduled for ...", "whether
X will accept defeat"). For an event that is not a meeting these are what a reader asks for in
place of an agenda; for a meeting, what was agreed.

Reads: one Sentence. Produces: `Found`s, each an extractive phrase with what it is about (its
object, or its subject for a passive or an arrival), its cue as printed and who acts.
Limits: English cues. A cue inside a quotation is the speaker's (the Reactions page has it); a
cue after a negation or in a past perfect ("had imposed") is not an item; a verb after a
preposition ("aimed at reducing X") describes, it does not act. Verbs that name taking part in
the event ("will meet", "would vote for") name no item; "offered", "sent" and "rushed" name
one only with an aid word (relief, rescue, teams, supplies ...) in their object or subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._quote_spans import quote_spans
from ..model import Sentence
from ._agenda_phrases import (
    _CLAUSE_END,
    _NOT_ITEM,
    _VERB,
    BULLET_MAX_WORDS,
    MAX_WORDS,
    PREPOSITIONS,
    WHAT,
    clean,
    negated,
    objects,
    subject_before,
    vp_parts,
)


@dataclass(frozen=True)
class Found:
    phrase: str  # the wording shown
    core: str  # what it is about, for merging: the object, or the subject of a passive
    kind: str  # "topic" (on the table) | "done" (decided, under way) | "next" (pledged, ahead)
    cue: str  # the cue as printed, lower case: "declared", "is promising to", "scheduled"
    actor: str = ""  # who acts, as printed; "" when the sentence does not say
    at: int = 0  # where the cue starts in the sentence
    bare: bool = False  # a verb phrase without its subject ("accept defeat")


# Verbs taking the item as their object, with their kind; "offered", "sent" and "rushed" only
# with an aid word.
_NP_VERBS = {
    r"declar(?:ed|es|ing)": "done", r"announc(?:ed|es|ing)": "done",
    r"approv(?:ed|es|ing)": "done", r"order(?:ed|s|ing)": "done", r"set(?:s|ting)? up": "done",
    r"launch(?:ed|es|ing)": "done", r"reduc(?:ed|es|ing)": "done",
    r"dispatch(?:ed|es|ing)": "done", r"deploy(?:ed|s|ing)": "done",
    r"chair(?:ed|s|ing)": "done", r"conven(?:ed|es|ing)": "done",
    r"allocat(?:ed|es|ing)": "done", r"earmark(?:ed|s|ing)": "done",
    r"donat(?:ed|es|ing)": "done", r"offer(?:ed|s|ing)": "done", r"sen(?:t|ds|ding)": "done",
    r"rush(?:ed|es|ing)": "done", r"pledg(?:ed|es|ing)": "next", r"promis(?:ed|es|ing)": "next",
    r"call(?:ed|s|ing) for": "next", r"appeal(?:ed|s|ing) for": "next",
}
_WEAK = re.compile(r"offer|sen[td]|rush", re.IGNORECASE)
_AID = re.compile(
    r"\b(?:aid|relief|assistance|help|rescue\w*|supplies|food|water|tents?|blankets?|"
    r"medic\w*|doctors?|hospitals?|teams?|troops|personnel|equipment|planes?|aircraft|"
    r"helicopters?|funds?|money|donations?|experts?|workers?|volunteers?|shelters?|"
    r"evacuat\w*)\b",
    re.IGNORECASE,
)
_NP_CUE = re.compile(
    r"\b(?P<verb>" + "|".join(_NP_VERBS) + r")\s+(?P<what>" + WHAT + ")", re.IGNORECASE
)
_VP_CUE = re.compile(
    r"\b(?P<verb>vow(?:ed|s|ing)?|pledg(?:ed|es|ing)|promis(?:ed|es|ing)|plan(?:s|ned|ning)|"
    r"intend(?:s|ed|ing)?|want(?:s|ed)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|commit(?:s|ted)|"
    r"(?:has|have) yet|agree(?:d|s|ing)?|agreements?|cooperation|commitments?)\s+to\s+"
    r"(?!be\b)(?P<vp>" + WHAT + ")"
    r"|\bagreements? as (?P<vp2>" + WHAT + ")"
    r"|\b(?P<said>said|says|stated|insisted|added)\s+(?:that\s+)?(?P<subj>he|she|it|they|we|"
    r"(?:his|her|their|its|the)\s+\w+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:would|will)\s+(?:also\s+)?(?P<vp3>" + WHAT + ")",
    re.IGNORECASE,
)
# Where a cue may start: a cue's words may hold the next cue ("declared X and appealed for Y"),
# so each start is tried on its own.
_NP_START = re.compile(r"\b(?:" + "|".join(_NP_VERBS) + r")\s", re.IGNORECASE)
_VP_START = re.compile(
    r"\b(?:vow|pledg|promis|plan|intend|want|seek|sought|aim|commit|ha(?:s|ve) yet|agree|"
    r"cooperation|said|says|stated|insisted|added)",
    re.IGNORECASE,
)


# A sentence holding none of these words holds no action cue (most sentences: checked first).
_ANY = re.compile(
    r"\b(?:declar|announc|approv|order|set|launch|reduc|dispatch|deploy|chair|conven|allocat|"
    r"earmark|donat|offer|sen[dt]|rush|pledg|promis|call|appeal|vow|plan|intend|want|seek|"
    r"sought|aim|commit|ha(?:s|ve) yet|agree|cooperation|said|says|stated|insisted|added|"
    r"been|being|under\s?way|continuing|ongoing|in progress|arriv|land|scheduled|due|"
    r"determine|decide|settle|test|show|whether|fac(?:es|ing)|confronts)"
)


def _every(rx: re.Pattern, starts: re.Pattern, text: str):
    """Every match of rx at a start, overlapping ones included."""
    for s in starts.finditer(text):
        m = rx.match(text, s.start())
        if m:
            yield m


_DONE_VP = re.compile(r"^agree|^agreements? as", re.IGNORECASE)
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
# The parties' own relationship is what the event is about, not an item of it ("vowing to
# stabilize their fraught relationship").
_THEIR_TIES = re.compile(
    r"\b(?:their|our|the two \w+['’]?|bilateral)\s+(?:[\w-]+\s+)?(?:relationship|relations|ties)$",
    re.IGNORECASE,
)
# What usually happens is no action of this event ("Generally, the winner sets up ...").
_HABIT = re.compile(r"(?:generally|usually|typically|traditionally|normally|often)\b", re.I)
# A subject that points back ("This move aims to ..."): what it is, the page cannot show.
_DEMONSTRATIVE = re.compile(r"(?:^|[,;:]\s*|\s)(?:this|that|these|those|it)(?:\s+\w+)?\s*$",
                            re.IGNORECASE)
# Verbs that name taking part in the event, not an item of it.
_TAKING_PART = frozenset(
    "go come meet visit travel arrive return leave attend vote hold host speak talk be have "
    "watch see get stay remain sit stand wait discuss".split()
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
_TIME_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"morning|afternoon|evening|night|last|this|next|earlier|later|on|in)\b",
    re.IGNORECASE,
)


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


def _np_items(text: str, matches: list[re.Match], ends: list[int]) -> list[Found]:
    out = []
    for m in matches:
        before = text[: m.start()].split()
        if before and (before[-1].lower() in PREPOSITIONS - {"by"} or before[-1].lower() == "had"):
            continue  # "aimed at reducing X" describes; "had imposed X" is background
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        kind = next(k for v, k in _NP_VERBS.items() if re.fullmatch(v, verb))
        what = _cut_at_next(m.group("what"), m.start("what"), ends)
        for obj in objects(what):
            phrase = clean(obj, MAX_WORDS)
            if not phrase or _TIME_WORD.match(phrase):
                continue
            if _WEAK.match(verb) and not _AID.search(phrase):
                continue
            actor = _subject(text[: m.start()]).rsplit(",", 1)[-1].strip()
            out.append(Found(phrase, phrase, kind, verb, actor, m.start()))
    return out


def _cut_at_next(what: str, at: int, ends: list[int]) -> str:
    """A cue's words end where the next cue of the sentence starts ("declared X and appealed
    for Y"); a few words after a last "and" belong to the next one ("... and showcasing modest
    agreements to ...")."""
    nxt = [e - at for e in ends if e > at]
    if not nxt or min(nxt) >= len(what):
        return what
    cut = what[: min(nxt)]
    head, sep, tail = cut.rpartition(" and ")
    return head if sep and len(tail.split()) <= 3 else cut


def _vp_items(text: str, matches: list[re.Match], ends: list[int]) -> list[Found]:
    out = []
    for m in matches:
        vp = m.group("vp") or m.group("vp2") or m.group("vp3")
        start = m.start("vp") if m.group("vp") else m.start("vp2") if m.group("vp2") else m.start(
            "vp3"
        )
        actor = m.group("subj") or _subject(text[: m.start()])
        lead = _AUX_END.sub("", text[: m.start()])
        if _FORUM.search(lead) or _DEMONSTRATIVE.search(lead) or lead != text[: m.start()] and (
            text[: m.start()].rstrip().lower().endswith("had")
        ):
            continue  # "the meeting aims to", "This move aims to", "had vowed to"
        cue = text[m.start() : start].strip().lower()
        if m.group("said"):  # "said his country will": the subject is no part of the cue
            cue = f"{m.group('said').lower()} … {cue.split()[-1]}"
        kind = "done" if _DONE_VP.match(cue) else "next"
        for part in vp_parts(_cut_at_next(vp, start, ends)):
            first = part.split()[0].lower()
            phrase = clean(part, BULLET_MAX_WORDS)
            if phrase and len(phrase.split()) > 1 and first not in _TAKING_PART and not (
                _THEIR_TIES.search(phrase)
            ):
                out.append(Found(phrase, phrase, kind, cue, actor, m.start(), True))
    return out


def _subject_items(text: str) -> list[Found]:
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


def _stake_items(text: str) -> list[Found]:
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
            if clause:  # what a clause is about: its closing words ("... accept defeat")
                core = " ".join(clause.split()[-2:])
                out.append(Found(clause, core, "next", cue.lower(), "", m.start()))
    return out


def actions(sentence: Sentence) -> list[Found]:
    """The action items of one sentence, in order; none from a quotation."""
    if sentence.block_kind in ("quote_block", "attribution") or _HABIT.match(sentence.text):
        return []
    text = sentence.text
    if not _ANY.search(text.lower()):
        return []
    nps, vps = list(_every(_NP_CUE, _NP_START, text)), list(_every(_VP_CUE, _VP_START, text))
    starts = sorted(m.start() for m in nps + vps)
    found = _np_items(text, nps, starts) + _vp_items(text, vps, starts) + _subject_items(text)
    found += _stake_items(text)
    spans = quote_spans(text) if found else []
    out: list[Found] = []
    for f in found:
        if any(s.start <= f.at < s.end for s in spans) or negated(text, f.at):
            continue
        if f.phrase not in [o.phrase for o in out]:
            out.append(f)
    return out

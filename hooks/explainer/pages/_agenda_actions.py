"""Agenda items that are actions: what an actor decided or set in motion ("declared a
curfew", "approved $2 million for shelter"), what was agreed ("agreements to curb X"), and
what is pledged or called for ("is promising to govern with the opposition", "called for
calm", "said she would rebuild the bridges"). For an event that is not a meeting these
are what a reader asks for in place of an agenda; for a meeting, what was agreed. Clauses
(under way, scheduled, whether ...) are in _agenda_clauses.py.

Reads: one Sentence. Produces: `Found`s, each an extractive phrase (the verb's object), its cue
as printed and who acts (the subject before the cue).
Limits: English cues. A cue inside a quotation is the speaker's (the Reactions page has it); a
cue after a negation or in a past perfect ("had imposed") is not an item, nor one in a
sentence of what usually happens ("Generally, ..."); a verb after a preposition ("aimed at
reducing X") describes, it does not act. Verbs that name taking part in the event ("will
meet", "would vote for") name no item; "offered", "sent" and "rushed" name one only with an
aid word (relief, rescue, teams, supplies ...) in their object. The event itself ("the meeting
aims to ...") or a subject that points back ("This move aims to ...") pledges nothing.
"""

from __future__ import annotations

import re

from explainer.extract.quotes import quote_spans
from explainer.model import Sentence
from explainer.pages._agenda_clauses import (
    _AID,
    _AUX_END,
    _FORUM,
    Found,
    _subject,
    stake_items,
    subject_items,
)
from explainer.pages._agenda_phrases import (
    BULLET_MAX_WORDS,
    MAX_WORDS,
    PREPOSITIONS,
    WHAT,
    clean,
    negated,
    objects,
    vp_parts,
)

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
# The parties' own relationship is what the event is about, not an item of it ("vowing to
# mend their strained ties").
_THEIR_TIES = re.compile(
    r"\b(?:their|our|the two \w+['’]?|bilateral)\s+(?:[\w-]+\s+)?(?:relationship|relations|ties)$",
    re.IGNORECASE,
)
# What usually happens is no action of this event ("Usually, the new cabinet meets ...").
_HABIT = re.compile(r"(?:generally|usually|typically|traditionally|normally|often)\b", re.I)
# A subject that points back ("This move aims to ..."): what it is, the page cannot show.
_DEMONSTRATIVE = re.compile(r"(?:^|[,;:]\s*|\s)(?:this|that|these|those|it)(?:\s+\w+)?\s*$",
                            re.IGNORECASE)
# Verbs that name taking part in the event, not an item of it.
_TAKING_PART = frozenset(
    "go come meet visit travel arrive return leave attend vote hold host speak talk be have "
    "watch see get stay remain sit stand wait discuss".split()
)
_TIME_WORD = re.compile(
    r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"morning|afternoon|evening|night|last|this|next|earlier|later|on|in)\b",
    re.IGNORECASE,
)


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


def actions(sentence: Sentence) -> list[Found]:
    """The action items of one sentence, in order; none from a quotation."""
    if sentence.block_kind in ("quote_block", "attribution") or _HABIT.match(sentence.text):
        return []
    text = sentence.text
    if not _ANY.search(text.lower()):
        return []
    nps, vps = list(_every(_NP_CUE, _NP_START, text)), list(_every(_VP_CUE, _VP_START, text))
    starts = sorted(m.start() for m in nps + vps)
    found = _np_items(text, nps, starts) + _vp_items(text, vps, starts) + subject_items(text)
    found += stake_items(text)
    spans = quote_spans(text) if found else []
    out: list[Found] = []
    for f in found:
        if any(s.start <= f.at < s.end for s in spans) or negated(text, f.at):
            continue
        if f.phrase not in [o.phrase for o in out]:
            out.append(f)
    return out

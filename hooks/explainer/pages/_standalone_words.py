"""The words a bullet's opening is read by (pages/_standalone.py): pronouns, demonstratives,
connectives and short opening phrases, English here, Spanish and Portuguese in
cues/standalone.<lang>.yml under the same names.

Reads: nothing (patterns only). Produces: `EN`, the English pattern table, `table(lang)`, a
language's, and the gender of singular pronouns (`SINGULAR`) and honorifics (`HONORIFIC`).
Limits: regular expressions; the es/pt cue files write the whole opening pattern (connectives,
an opening phrase, the word) in one string.
"""

from __future__ import annotations

import re

from explainer.cues import cues
from explainer.cues.patterns import NEVER, patterns

# An opening phrase before the pronoun ("Before the trip, he ...") has at most this many words.
INTRO_WORDS = 8

_CONNECTIVE = (
    r"(?:(?:and|but|yet|so|still|however|also|meanwhile|instead|then|moreover|indeed|thus|"
    r"therefore|besides|nonetheless|nevertheless|likewise|similarly|later|earlier)\b,?\s+)*"
)
# Deictic time, not reference: "This week's meeting", "That evening" is still anaphoric
# enough to read, so only this/these + a time word.
_TIME = (
    r"(?:week|weekend|year|month|morning|afternoon|evening|summer|winter|spring|autumn|fall|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|days|time|season)\b"
)
_WORD = (
    r"(?P<word>he|she|his|her|they|their|them|it|its|this|that|these|those|such|"
    r"the move|the latter)\b"
)
# An opening phrase that is an adjunct, not a clause with its own subject ("Valdoria built the
# dam in 2019, and its reservoir ..." refers inside the sentence): it opens with a preposition,
# a subordinator or a participle.
_INTRO = (
    r"(?:(?:after|before|during|in|on|at|for|from|with|without|despite|since|until|when|while|"
    r"as|although|though|once|by|under|amid|following|upon|like|unlike|asked|speaking|"
    rf"\w+ing|\w+ed)\s+(?:[^\s,]+\s+){{0,{INTRO_WORDS - 2}}}[^\s,]+,\s+)"
)
# Quoted openings are left alone: inside a quotation "this" is the speaker's, and the page shows
# who speaks.
_OPENING = re.compile(rf"^{_CONNECTIVE}{_INTRO}?{_WORD}", re.IGNORECASE)
# "It is unclear whether", "It remains to be seen": no referent.
_EXPLETIVE = re.compile(
    r"^it\s+(?:is|was|will be|would be|has been|had been|remains|remained|seems|seemed|"
    r"appears|appeared|looks|looked|may be|might be|could be)\s+(?:\w+\s+){0,4}?"
    r"(?:that|whether|if|to|how|why|when|unclear|clear|likely|unlikely|possible|time)\b",
    re.IGNORECASE,
)
# "Analysts say this increases ...": the demonstrative is the reported clause's subject.
_SAID_THIS = re.compile(
    r"^(?:\w+\s+){1,3}(?:say|says|said|argue|argues|argued|believe|believes|note|notes|noted|"
    r"warn|warns|warned|suggest|suggests|suggested)\s+(?P<word>this|these|those|it)\b",
    re.IGNORECASE,
)
# "the latter" anywhere early is a reference back, whatever opens the sentence.
_LATTER = re.compile(r"^(?:\S+\s+){0,6}?(?P<word>the latter)\b", re.IGNORECASE)
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)
HONORIFIC = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she", "sir": "he", "dame": "she"}
# A singular pronoun's gender; the es/pt ones ("él", "ela") are other words: one mapping.
SINGULAR = {"he": "he", "his": "he", "she": "she", "her": "she"}
for _lang in ("es", "pt"):
    SINGULAR |= cues("standalone", _lang).get("singular", {})
# The English patterns under the names cues/standalone.<lang>.yml uses.
EN = {
    "opening": _OPENING, "said_this": _SAID_THIS, "latter": _LATTER, "expletive": _EXPLETIVE,
    "deictic": re.compile(r"this|these|that", re.I), "time": re.compile(rf"\s+{_TIME}", re.I),
    "male": _MALE, "female": _FEMALE,
    # what may follow a speech verb whose subject is dropped ("“...”, añadió."): English drops
    # none ("“...,” he added.")
    "dropped_subject": NEVER,
}


def table(lang: str) -> dict[str, re.Pattern[str]]:
    return patterns("standalone", lang, EN)

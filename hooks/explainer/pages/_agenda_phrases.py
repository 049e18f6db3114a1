"""Agenda phrases in one sentence: a bullet of an agenda list is one whole item; elsewhere the
objects of cue phrases ("to discuss X", "focused on X", "the agenda centres on X", "X is on the
agenda", "X at the centre of the agenda", "friction between the two on X", "results, including
X", "discuss how the two can V", a report's fronted "On X, ... stressed"), cut at the clause
boundary and split into the items of a list (an "issues such as" list runs on through
semicolons). Also the splitting helpers the action cues share (_agenda_actions.py).

Reads: one Sentence. Produces: the phrases, as printed (leading "the", "key", "issues such as",
"take steps to" removed). Limits: English cues. A list is split on commas and on "and"/"or"
that join items, not on an "and" inside a prepositional phrase that joins one last word to it
("incentives for cultivation and trafficking" stays whole; "... on security and the fight
against X" is two items); a verb phrase is split where "and" opens a new verb, not after a
qualifying word ("free local and foreign hostages"). A phrase that ends on a function
word, holds a verb of its own (a clause the cut did not stop) or is longer than MAX_WORDS is no
item: no fragments on the page. A cue after a negation, or in "spoke on condition of anonymity
to discuss", names nothing. Spanish and Portuguese cues ("discutirán", "temas como", "na pauta
estão") come from cues/agenda.<lang>.yml through _agenda_lang.py, read by the same functions.
"""

from __future__ import annotations

import re

from explainer.model import Sentence
from explainer.pages._agenda_lang import table, words_pattern

# What a cue names: up to the end of its sentence or clause ("$2.5 million" is one figure).
WHAT = r"(?:[^.;:!?—–]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\.(?=[A-Z]|\s+[a-z]))+"
# The same, semicolons included: a list cue's list runs on through them (phrases() cuts others).
LIST_WHAT = WHAT.replace(";", "")
_CUE = re.compile(
    r"\b(?:(?:to|will|would|’ll|'ll)(?: also)? discuss|discussed|discussing|"
    r"discussions? (?:on|of|about|regarding)|"
    r"talks (?:on|about)|focus(?:ed|es|ing)? on|"
    r"focus (?:is|was|will be|remains|(?:is|was) expected to be|(?:is|was) likely to be) on|"
    r"cent(?:er|re)(?:s|d|ed)? (?:on|around)|agenda (?:around|on)|"
    r"agenda (?:includes?|included|covers?|covered|is expected to include)|"
    r"(?P<list>(?:issues|topics|matters|areas|results|outcomes|deliverables) "
    r"(?:such as|including|like)|(?:results|outcomes),? including)|"
    r"(?:expected|set|due) to (?:address|cover|tackle)|will (?:address|tackle)|"
    # what two sides differ, agree or move on: "friction between the two on X"
    r"(?:friction|tensions|differences|disagreements?|progress|agreements?|cooperation|"
    r"collaboration|commitments?)(?: between [^,;.]{1,50}?)? on|"
    r"exchanges on)\s+(?P<what>" + LIST_WHAT + ")",
    re.IGNORECASE,
)
# A sentence holding none of these holds no cue of _CUE (most sentences: checked first).
_ANY_CUE = re.compile(
    r"discuss|talks|focus|cent(?:er|re)|agenda|issues|topics|matters|areas|results|outcomes|"
    r"deliverables|address|cover|tackle|friction|tension|differences|disagree|progress|"
    r"agreement|cooperation|collaboration|commitment|exchanges"
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
    r"|\s(?:while|as well as the need|because|amid|after|before|despite|during|when)\b"
    # an attribution: ", a senior official said"
    r"|,\s*(?:[^,]{0,50}?\s)?(?:said|says|told)\b",
    re.IGNORECASE,
)
_COMMA = re.compile(r",\s*(?:and\s+|or\s+)?|;\s*", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|or|as well as)\s+", re.IGNORECASE)
_LEADING = re.compile(
    r"^(?:the|a|an|key|several|various|other|issues (?:such as|including)|issues? of|"
    r"a range of issues(?: including)?|matters of|questions of|ways to|efforts to|how to|"
    r"(?:take|taking) steps to|steps to|continue to|work to|try to|do (?:its|his|her|their) best"
    r" to)\s+",
    re.IGNORECASE,
)
# A cue right after a negation ("did not spend one second discussing X") names what was NOT on
# the table; this many characters before the cue are checked.
NEGATION_WINDOW = 40
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|refused|declined)\b|n't\b"
    # "spoke on condition of anonymity to discuss X": why a source is unnamed, not an item
    r"|\banonymity\b|\bauthori[sz]ed\b",
    re.IGNORECASE,
)
# A phrase opening with a preposition is an adjunct ("discussed during the meeting"), not an item.
_ADJUNCT = re.compile(
    r"^(?:during|in|at|on|with|by|for|between|before|after|from|to|as)\b", re.IGNORECASE
)
PREPOSITIONS = frozenset(
    "of for on to against in into with from about over between among across toward towards "
    "through regarding concerning around at by under aimed designed intended meant within "
    "until since after before during amid despite beyond".split()
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


# The English patterns under the names cues/agenda.<lang>.yml uses (_agenda_lang.py).
_EN = {
    "cue": _CUE, "any_cue": _ANY_CUE, "clause_end": _CLAUSE_END, "and": _AND,
    "leading": _LEADING, "negation": _NEGATION, "adjunct": _ADJUNCT, "verb": _VERB,
    "dangling": words_pattern(_DANGLING), "not_item": words_pattern(_NOT_ITEM),
    "prepositions": words_pattern(PREPOSITIONS),
}


def clean(phrase: str, max_words: int = MAX_WORDS, p: dict = _EN) -> str | None:
    phrase = phrase.strip(" ,\"'“”‘’()«»")
    for _ in range(3):
        phrase = p["leading"].sub("", phrase)
    words = phrase.split()
    if not words or len(words) > max_words or p["adjunct"].match(phrase):
        return None
    if p["dangling"].fullmatch(words[-1].lower().strip(".,")) or p["verb"].search(phrase):
        return None
    if not re.search(r"[^\W\d_]{3,}", phrase) or p["not_item"].fullmatch(words[0].lower()):
        return None
    return phrase


def conjuncts(what: str, p: dict = _EN) -> list[str]:
    """The items of a listed phrase: split on commas, and on an "and"/"or" that is not inside
    a prepositional phrase unless a new noun phrase opens after it."""
    out: list[str] = []
    for chunk in _COMMA.split(what):
        start = 0
        ands = list(p["and"].finditer(chunk))
        for k, m in enumerate(ands):
            before = chunk[start : m.start()].lower().split()
            inside = any(p["prepositions"].fullmatch(w) for w in before)
            upto = ands[k + 1].start() if k + 1 < len(ands) else len(chunk)
            if inside and len(chunk[m.end() : upto].split()) == 1:
                continue  # "incentives for cultivation and trafficking": one phrase
            out.append(chunk[start : m.start()])
            start = m.end()
        out.append(chunk[start:])
    return [c.strip() for c in out if c.strip()]


# After "and", a word that goes on the noun phrase rather than open a new verb phrase.
_NOT_A_VERB = frozenset(
    "the a an his her its their our my your some even more most all other also both each this "
    "that these those new such any many much few".split()
)
# A word before "and" that qualifies what follows rather than ends a phrase.
_ADJECTIVE = re.compile(r"(?:al|ic|ive|ous|ful|ary|ant|ent|ian|ese|ish)$", re.IGNORECASE)
_VP_AND = re.compile(r",?\s+and\s+(?:to\s+)?(?=(?P<w>[a-z][\w’'-]*))")
_RELATIVE = re.compile(
    r"\s(?:who|which|that|where|so that|so as to|in order to|to help)\s|,\s*(?:particularly|"
    r"especially|notably)\b",
    re.IGNORECASE,
)


def vp_parts(vp: str) -> list[str]:
    """The verb phrases of "preserve the forest and make trade fairer" (split where "and" opens
    a new verb), each cut at its relative clause ("... to the right who voted for him")."""
    vp = _RELATIVE.split(_CLAUSE_END.split(vp)[0])[0]
    out, start = [], 0
    for m in _VP_AND.finditer(vp):
        before = vp[start : m.start()].split()
        if m.group("w").lower() in _NOT_A_VERB or len(before) < 2 or _ADJECTIVE.search(before[-1]):
            continue  # "free local and foreign hostages": one verb phrase
        out.append(vp[start : m.start()])
        start = m.end()
    out.append(vp[start:])
    return [p.strip(" ,") for p in out if p.strip(" ,")]


_PURPOSE = re.compile(r"\s(?:so that|so as to|in order to|to help)\s", re.IGNORECASE)
_OBJECT_AND = re.compile(r",\s*(?:and|or)\s+(?=(?:the|a|an|its|their|his|her)\b)|\s+and\s+")


def objects(what: str) -> list[str]:
    """The objects of a verb ("ordered the dispatch of teams to X, and the evacuation of Y"):
    an "and" inside a prepositional phrase or a quotation joins one object."""
    what = _PURPOSE.split(_CLAUSE_END.split(what)[0])[0]
    if re.match(r"\s*[\"“‘]", what):
        return [what]
    out, start = [], 0
    for m in _OBJECT_AND.finditer(what):
        plain = "," not in m.group(0)
        if plain and any(w in PREPOSITIONS for w in what[start : m.start()].lower().split()):
            continue
        out.append(what[start : m.start()])
        start = m.end()
        after = what[start:].split()
        if plain and len(after) > 1 and after[0].islower() and after[1].lower() in PREPOSITIONS:
            return [p.strip(" ,") for p in out if p.strip(" ,")]  # "X and relies on Y": a verb
    out.append(what[start:])
    return [p.strip(" ,") for p in out if p.strip(" ,")]


def negated(text: str, at: int, p: dict = _EN) -> bool:
    return bool(p["negation"].search(text[max(0, at - NEGATION_WINDOW) : at]))


def subject_before(before: str) -> str:
    """The subject of a cue that follows it: from the last clause boundary (or comma) on."""
    start = _SUBJECT_START.match(before)
    subject = before[start.end() if start else 0 :]
    return subject.rsplit(",", 1)[-1] if _VERB.search(subject) else subject


# A fronted topic: "On the ferry, Vell stressed the need for ..." (a report's account of an item).
_ON_TOPIC = re.compile(r"^On (?P<what>[^,]{2,40}),.*\b(?:said|says|stressed|told|warned|"
                       r"insisted|urged|raised|pressed|agreed|reiterated|called)\b")
_NOT_TOPIC = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|day|night|morning|"
    r"evening|sidelines?|eve|phone|hand|behalf|side|way|arrival|return|top)\b|\d",
    re.IGNORECASE,
)


def phrases(sentence: Sentence, is_agenda_item: bool) -> list[str]:
    """Agenda phrases named in one sentence, in order."""
    text, p = sentence.text, table(sentence.lang, _EN, LIST_WHAT)
    if is_agenda_item:
        head = p["clause_end"].split(re.split(r":|\s[—–-]\s", text, maxsplit=1)[0])[0]
        cleaned = clean(head.rstrip(".;, "), BULLET_MAX_WORDS, p)
        return [cleaned] if cleaned else []
    found: list[str] = []

    def add(part: str, max_words: int = MAX_WORDS) -> None:
        cleaned = clean(part, max_words, p)
        if cleaned and cleaned not in found:
            found.append(cleaned)

    low = text.lower()
    for m in _CUE_AFTER.finditer(text) if "agenda" in low else ():
        if m.group("on") and not m.group("be") and sentence.block_kind != "heading":
            continue  # "talks with Venezuela on the agenda": no subject to take
        if negated(text, m.end()):
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
    on = _ON_TOPIC.match(text) if text.startswith("On ") else None
    if on and not _NOT_TOPIC.search(on.group("what")):
        add(on.group("what"))
    for m in p["cue"].finditer(text) if p["any_cue"].search(low) else ():
        if negated(text, m.start(), p):
            continue
        what = m.group("what") if m.group("list") else m.group("what").split(";")[0]
        how = _HOW.match(what)
        if how:  # "discuss how the two can continue to manage X": the verb phrases
            for part in vp_parts(how.group("vp")):
                add(part, BULLET_MAX_WORDS)
            continue
        for part in conjuncts(p["clause_end"].split(what)[0], p):
            add(part)
    return found


_HOW = re.compile(
    r"how\s+(?:[^,;]{1,40}?\s)?[\"“]?(?:can|could|will|would|should|might|to)\s+(?P<vp>.+)",
    re.IGNORECASE,
)

"""Which body sentences are statements an Overview may retell: not page furniture that a copy
of a news page leaves among the paragraphs.

Reads: one sentence, the sentences of its article, and the cluster's headlines and standfirsts.
Produces: `not_a_statement(...)`, the reason a sentence is no statement ("headline",
"caption", ...) or None.
Limits: English; shapes, not a parser. What is left out: a line with no end punctuation (a
headline, a standfirst, a breadcrumb, a byline, a live blog's summary line); a repeated headline
or standfirst (of any article: a report reprints another's headline as a link); a date or time
line ("March 3, 2031 / 6:15 PM / 2 hours ago"); a byline or credit line ("By ...",
"(Reporting by ...)"); a photo caption: a credit next to it or in it ("(Photo: ...)",
"Courtesy ...", "Screenshot via ..."), a position in the picture (", left,"), or a description
in the present tense (or with no verb) that ends with a calendar date ("X greets Y at Z on
March 3."); a quotation standing alone (its speaker is in another sentence); a sentence that
opens with a bare quantifier before its verb ("Most returned ..."), whose referent is in the
sentence before. A news sentence that ends with a calendar date and has no past, perfect or
future verb is read as a caption: it is left out, never shown wrong.
"""

from __future__ import annotations

import re

from explainer.model import Sentence

_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# A calendar date (not a weekday alone: news leads end "on Tuesday", captions with the date).
_CALENDAR = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})"
)
_ENDS_DATED = re.compile(
    rf"(?:\s(?:on|dated)\s+|,\s*|\s)(?:{_WEEKDAY},?\s+)?{_CALENDAR}\s*[.!]?[\"'”’)\]]*$",
    re.IGNORECASE,
)
# Words a date or time line is made of; what is left after them is what the line says.
_META_WORDS = re.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|"
    r"a\.m\.|p\.m\.|am|pm|gmt|utc|edt|est|ist|bst|cet|cest|ago|updated|published|posted|"
    r"first|last|modified|on|at|min|mins|read|year|years|hour|hours|minute|minutes|day|days|"
    r"week|weeks|month|months)\b|\d[\d:.,/]*(?:st|nd|rd|th)?|[|/·•—–-]",
    re.IGNORECASE,
)
# A date or time line keeps at most this many other words (a stray label: "Updated").
META_MAX_WORDS = 1
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:by|reporting by|writing by|editing by|reported by|additional reporting by|"
    r"photo|photos|photograph|photographs|image|images|picture|pictures|video|credit|courtesy|"
    r"screenshot|file photo|source)\b",
    re.IGNORECASE,
)
# A credit line is short; "By the end of the day, ..." opens a statement.
CREDIT_MAX_WORDS = 8
_CREDIT_IN = re.compile(
    r"\((?:[A-Z]{2,}\s+)?photos?\b|\bphoto(?:graph)?s?\s*(?::|/|by\b|credit\b)|"
    r"\bgetty images\b|\bvia getty\b|\bfile photo\b|\bscreenshot via\b|"
    r"\bcourtesy(?: of)? (?:the |[A-Z])|[—–-]\s*(?:video|photos?|gallery)\.?$",
    re.IGNORECASE,
)
_POSITION = re.compile(
    r",\s*(?:left|right|centre|center|second (?:left|right)|top|bottom|front|rear)\s*,"
    r"|\((?:left|right|centre|center|l|r|c|top|bottom)\)|\bfrom (?:left|right)\b",
    re.IGNORECASE,
)
# Verb forms a caption does not use (it describes the picture in the present): the past, the
# perfect, the future, reported speech.
_PAST = (
    "was|were|had|has|have|did|will|would|could|should|been|said|says|told|met|went|came|took|"
    "made|gave|held|began|won|lost|fell|rose|struck|left|found|saw|spoke|sat|stood|led|brought|"
    "sent|built|kept|paid|ran|shook|hit|fled|knew|thought|felt|fought|grew|drew|threw|wrote"
)
_TOLD = re.compile(rf"\b(?i:{_PAST})\b|\b[a-z]{{2,}}ed\b")
# "Most returned to work ...": a quantifier standing for people the sentence before names.
_QUANTIFIER = re.compile(
    r"^(?:most|many|some|others|several|both|all|none|few)\s+(?:of them\s+)?"
    rf"(?:are|is|may|might|{_PAST}|[a-z]{{2,}}ed)\b",
    re.IGNORECASE,
)


# A sentence that is all quotation: the speaker is in another sentence.
_QUOTED_ALONE = re.compile(r"^[\"“‘'][^\"“”]*[.!?…,]?[\"”’']$")


def _norm(text: str | None) -> str:
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def headlines(titles) -> frozenset[str]:
    """The cluster's headlines and standfirsts, as `not_a_statement` compares them."""
    return frozenset(n for t in titles if (n := _norm(t)))


def _meta(text: str) -> bool:
    if not re.search(r"\d", text):
        return False
    left = _META_WORDS.sub(" ", text)
    return len(re.findall(r"[A-Za-z]{2,}", left)) <= META_MAX_WORDS


def _credit(text: str) -> bool:
    s = text.strip()
    if s.startswith("(") and s.rstrip(".").endswith(")"):
        return True  # an aside standing alone: "(Reported by ...)", "(Photo: ...)"
    return len(s.split()) <= CREDIT_MAX_WORDS and bool(_CREDIT_LINE.match(s))


def _caption(s: Sentence, article: tuple[Sentence, ...]) -> bool:
    text = s.text
    if _CREDIT_IN.search(text) or _POSITION.search(text):
        return True
    after = [x for x in article if x.block == s.block and x.index == s.index + 1]
    if after and _credit(after[0].text):
        return True
    return bool(_ENDS_DATED.search(text)) and not _TOLD.search(_ENDS_DATED.sub("", text))


def not_a_statement(
    s: Sentence, article: tuple[Sentence, ...], titles: frozenset[str]
) -> str | None:
    """Why `s` is no statement to retell, or None. `article`: the sentences of its article;
    `titles`: `headlines(...)` of the cluster."""
    text = s.text.strip()
    if _credit(text):
        return "credit"
    if _meta(text):
        return "date line"
    if _caption(s, article):
        return "caption"
    if not _END.search(text):
        return "no sentence end"
    if _norm(text) in titles:
        return "headline"
    if _QUOTED_ALONE.match(text):
        return "a quotation without its speaker"
    if _QUANTIFIER.match(text):
        return "leans on the sentence before"
    return None

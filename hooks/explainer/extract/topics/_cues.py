"""Cue words for `topics.py` beyond its own lists: sourcing clauses, analysts, tense, dates.

Reads: sentence text and date mentions. Produces: small predicates.
Limits: English, regular expressions only; generic vocabulary (no event, outlet or name).
"""

from __future__ import annotations

import re

from explainer.model import DateMention

# A trailing or parenthetical source for a factual line: "..., according to the harbour office,
# ...", "..., the coastguard said.", "..., the mediator told reporters." The line reports what
# happened; the source is not reacting. Up to 60 characters of source, no clause break inside.
_ATTRIBUTION = re.compile(
    r",\s*(?:according to [^,;]{3,60}?|[^,;]{3,60}?\b(?:said|says|told reporters|estimated|"
    r"reported)(?: on \w+)?)(?=\s*(?:[,.]|$))",
    re.IGNORECASE,
)
_ANY_QUOTE = re.compile(r"[“”\"]")

# People whose job is to interpret: what they say is what the event means, not a reaction to
# it ("Analysts say the meeting could ...", "X, a shipping economist, said ...").
_ANALYST_NOUN = (
    r"(?:analysts?|experts?|economists?|observers?|scholars?|researchers?|strategists?|"
    r"commentators?|professor)\b"
)
# ... as the speaker: opening the sentence ("Analysts say", "Some economists warn") or in the
# speaker's appositive ("X, a shipping economist at ..., said"); not as an object ("the
# governments will appoint experts, officials said").
_ANALYST = re.compile(
    rf"^(?:\w+\s+){{0,2}}?{_ANALYST_NOUN}|,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_ANALYST_NOUN}",
    re.IGNORECASE,
)
ANALYST_SAYS = re.compile(
    r"\b(?:say|says|said|told|argued?|argues|believes?|warned|warns|suggests?|noted)\b",
    re.IGNORECASE,
)


def analyst_says(text: str) -> bool:
    """An analyst is the speaker: the analyst noun comes before the speech verb."""
    who, says = _ANALYST.search(text), ANALYST_SAYS.search(text)
    return bool(who and says and who.start() < says.start())


# Past perfect: before the time the article stands in ("said 90 percent had backed a strike").
PAST_PERFECT = re.compile(r"\bhad (?:already |long |been |not |never )?[a-z]+(?:ed|en|wn|t)\b")
# Present perfect with a time-so-far adverb or a participle: the state of things up to now
# ("has so far declined", "has been strained", "have offered"), background in a preview.
PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:so far |long |already |yet to |not |never )?(?:been |[a-z]+(?:ed|en)\b)",
    re.IGNORECASE,
)
# A preview's lines about its own agenda stay agenda whatever their tense.
AGENDA_WORDS = re.compile(r"\b(?:agenda|discuss\w*|topics?|priorit\w+|aims?)\b", re.IGNORECASE)
# Relative clauses describe a participant ("X, who has worked there since 2015, said ..."):
# their dates do not date the sentence's statement.
_RELATIVE = re.compile(r"^\s*(?:who|which|whose)\b", re.IGNORECASE)


def sourced(text: str, speech: re.Pattern[str], labelling: re.Pattern[str]) -> bool:
    """A factual line whose only speech verb sits in a source clause, with no quotation."""
    if _ANY_QUOTE.search(text):
        return False
    rest = _ATTRIBUTION.sub("", text)
    return rest != text and not speech.search(rest) and not labelling.search(rest)


def in_relative_clause(d: DateMention) -> bool:
    text = d.sentence.text
    at = text.find(d.text)
    if at < 0:
        return False
    head = text[:at]
    return bool(_RELATIVE.match(head[head.rfind(",") + 1 :]))

"""Cue words for `topics.py` beyond its own lists: sourcing clauses, analysts, tense, dates.

Reads: sentence text and date mentions. Produces: small predicates.
Limits: regular expressions only; generic vocabulary (no event, outlet or name). The patterns
here are the English ones, collected in `EN` under the names the Spanish and Portuguese cue
files use (cues/topics.<lang>.yml); the predicates take the language's table.
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


def analyst_says(text: str, p: dict) -> bool:
    """An analyst is the speaker: the analyst noun comes before the speech verb."""
    who, says = p["analyst"].search(text), p["analyst_says"].search(text)
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


def sourced(text: str, p: dict) -> bool:
    """A factual line whose only speech verb sits in a source clause, with no quotation."""
    if p["any_quote"].search(text):
        return False
    rest = p["attribution"].sub("", text)
    return rest != text and not p["speech"].search(rest) and not p["labelling"].search(rest)


def in_relative_clause(d: DateMention, p: dict) -> bool:
    text = d.sentence.text
    at = text.find(d.text)
    if at < 0:
        return False
    head = text[:at]
    return bool(p["relative"].match(head[head.rfind(",") + 1 :]))


EN = {
    "attribution": _ATTRIBUTION, "any_quote": _ANY_QUOTE, "analyst": _ANALYST,
    "analyst_says": ANALYST_SAYS, "past_perfect": PAST_PERFECT,
    "present_perfect": PRESENT_PERFECT, "agenda_words": AGENDA_WORDS, "relative": _RELATIVE,
}


# A dated mention this many days or more before the publication day describes an earlier
# event. 2 days: "this Tuesday (3)" in a piece published the next day is the event itself.
BACKGROUND_DAYS = 2


def is_earlier(date: DateMention, event_day: str | None) -> bool:
    if date.iso.startswith("0") or len(date.iso) < 4:
        return False
    if event_day is None:
        # No anchor: a month- or year-precision date in the past tense points back in time.
        return date.precision in ("month", "year")
    if date.precision == "day":
        from datetime import date as _date

        try:
            gap = (_date.fromisoformat(event_day) - _date.fromisoformat(date.iso[:10])).days
        except ValueError:
            return False
        return gap >= BACKGROUND_DAYS
    return date.iso < event_day[: len(date.iso)]


def event_day(dates: list[DateMention], kind: str, published: str | None) -> str | None:
    """The article's news peg. A report or analysis is pegged to the latest day it mentions up
    to its publication (a later day is a next step: "members will vote on June 19"); without
    a publication date, and in a preview, the latest day it mentions."""
    days = sorted(d.iso[:10] for d in dates if d.precision == "day" and len(d.iso) >= 10)
    if published and kind != "preview":
        before = [d for d in days if d <= published[:10]]
        return before[-1] if before else published[:10]
    return days[-1] if days else None


def days_apart(a: str, b: str) -> int | None:
    from datetime import date as _date

    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b[:10])).days)
    except ValueError:
        return None

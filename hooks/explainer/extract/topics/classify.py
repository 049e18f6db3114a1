"""Give each sentence a topic: background, agenda, outcome, reactions or implications.

Reads: one article's sentences, its kind, its quotes and its dates (and, optionally, its
publication date, which pegs a report to its news day). Produces: one `Topic` per non-heading
sentence, with `how` = "subheading", "cue" or "lexicon" (or "default").
Limits: three passes, first match wins. (1) The article's own subheading, mapped by generic
heading words ("history", "tensions" -> background; "agenda", "will cover" -> agenda, in a
preview only; "implications", "lessons", "region" -> implications). (2) Cue rules: an analyst
speaking ("X, a shipping economist, said ...") is implications; a sentence dated two or more
days before the article's news peg (a report's latest day up to its publication; a preview's
latest day), placed before it in words ("before the trip", "a year of", "previous"), or opened
by an earlier happening ("After the operation that ..."), is background; a quote or speech verb
is reactions, unless only a source clause carries it ("..., according to the harbour office,
...": the line reports what happened), it follows a background sentence and says nothing about
the event itself, or a preview reports a plan (future: agenda) or the run-up (past perfect:
background); a report's line dated on its news day is outcome; future tense in a preview is
agenda, its present perfect ("has so far declined") background. Dates inside a relative clause
("who has worked there since 2015") do not date the statement. (3) A keyword lexicon. An
article-kind default catches the rest. Measured on the hand-labelled gold (scripts/evaluate.py,
with quotes and dates): 0.93 seeds, 0.97 synthetic, 0.98 blind (0.50 before the blind-cluster
fixes; the blind set is no longer blind). Cue words only: no parser, no model. Spanish and
Portuguese read the same rules with their own words (cues/topics.<lang>.yml), not yet measured.
"""

from __future__ import annotations

import re

from explainer.cues.patterns import patterns
from explainer.extract.topics import _cues as tc
from explainer.model import Quote, Sentence, Topic

TOPICS = ("background", "agenda", "outcome", "reactions", "implications")

# Heading words -> topic, tried in order (a heading like "Regional Implications and Domestic
# Concerns" is implications before anything else). Agenda headings only count in a preview:
# in a report "at the center of the agenda" introduces what was discussed, not what will be.
_HEADINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern, re.IGNORECASE))
    for topic, pattern in (
        ("implications", r"\b(?:implications?|lessons?|signals?|region(?:al)?|means|future|"
         r"consequences?|domestic|what next|analysis)\b"),
        # "What is at stake" is left out: under it sit standing facts (background), what could
        # happen (implications) and positions (reactions) alike; the cues sort them.
        ("agenda", r"\b(?:agenda|will cover|expect\w*|ahead|seeking|positions?|"
         r"discussion|priorit\w+|issues)\b"),
        ("reactions", r"\b(?:react\w*|said|says|responses?|protests?|voices|quotes?|"
         r"what .+ said)\b"),
        ("outcome", r"\b(?:outcomes?|results?|agreements?|deal|what happened|comes next|"
         r"next steps?)\b"),
        ("background", r"\b(?:history|historical|background|tensions?|relationship|past|bitter|"
         r"timeline|context|roots|sanctions|strikes|shift|years?|how .+ (?:got|came))\b"),
    )
)

_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|stated|declared|replied|warned|added|insisted|argued|"
    r"reiterated|responded|acknowledged|characteri[sz]ed|recorded|rated|remarks?)\b",
    re.IGNORECASE,
)
# Labelling verbs report an earlier insult as often as a reaction to the event: they only count
# once the background cues have had their say.
_LABELLING = re.compile(
    r"\b(?:described|classified|called|labell?ed|branded|according to)\b", re.IGNORECASE
)
# A quotation of at least this many words is someone's statement whatever section it sits in;
# shorter ones are mostly labels ("river thief", "accomplice to genocide").
QUOTE_WORDS = 4
_QUOTED = re.compile(r"[“\"‘]([^”\"’]+)[”\"’]")
# Verbs that narrate the event itself; in a report's opening sentences they mean "outcome".
_EVENT = re.compile(r"\b(?:met|held|hosted|ended|concluded|took place)\b", re.IGNORECASE)
LEAD_SENTENCES = 3
_FUTURE = re.compile(
    r"\b(?:will|shall)\b|\bscheduled\b|\bahead of\b|\b(?:is|are) (?:expected|set|due) to\b|"
    r"\bagenda\b|\bto (?:discuss|host|meet)\b",
    re.IGNORECASE,
)
# Past perfect, and phrases that place a statement before the event.
_BEFORE = re.compile(
    r"\b(?:had|for decades|since|months of|weeks (?:of|ago|after)|a year of|previous(?:ly)?|"
    r"earlier|before the (?:trip|meeting|visit|summit|talks)|in recent months|"
    # "long" only as time ("long-standing", "has long argued"), not a size ("a long blockade").
    r"long-standing|(?:has|have|had) long)\b",
    re.IGNORECASE,
)
# Phrases that place a statement before the event whatever verb it has: they outrank speech
# cues ("Before the trip, he ... stated that ..." is background, not a reaction).
_BEFORE_EVENT = re.compile(
    r"\b(?:for (?:decades|years)|(?:months|weeks|years) (?:of|ago)|a year of|previous(?:ly)?|"
    r"before the (?:trip|meeting|visit|summit|talks)|in recent (?:months|years|weeks)|"
    r"last year)\b",
    re.IGNORECASE,
)
# The nouns a report uses for its own central event.
_EVENT_NOUNS = r"(?:meeting|talks|summit|visit|trip|call|session|conference|encounter|event)"
# "After the US military operation that overthrew X, ..." opens with an earlier happening;
# "After the meeting, ..." is the event itself.
_EARLIER_OPENING = re.compile(
    rf"^(?:After|Following)\s+(?:the|a|an|his|her|their|its)\s+(?!{_EVENT_NOUNS}\b)", re.I
)
# A statement that names the event (or happened at it) is a reaction to it. ("call" and "trip"
# are left out: "the call" in a story about a meeting is usually an earlier phone call.)
_ABOUT_EVENT = re.compile(
    r"\b(?:meeting|talks|summit|visit|session|conference|encounter|event|after the|today|"
    r"agreement|dialogue|conversation)\b",
    re.IGNORECASE,
)
# Verbs of criticism: a reaction to the event, or (after background) part of the earlier feud.
_CRITICISM = re.compile(
    r"\b(?:criticized|criticised|denounced|condemned|accused|attacked|blamed)\b", re.IGNORECASE
)
_LEXICON: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (topic, re.compile(pattern, re.IGNORECASE))
    for topic, pattern in (
        ("implications", r"\b(?:could|might|may|implications?|lessons?|signals?|suggests?|"
         r"underscores?|demonstrates?|reflects?|test|risks?|stakes?|opportunity|whether|"
         r"long-term|short term|region|future|election|must|would|estimat\w*)\b"),
        # Reactions before outcome: "Thousands gathered ... while the meeting took place" is
        # about the crowd, and the outcome words are the more generic ones.
        ("reactions", r"\b(?:protest\w*|demonstrat\w+|gathered|criticized|criticised|praised|"
         r"denounced|welcomed|condemned)\b"),
        ("outcome", r"\b(?:met|held|hosted|ended|concluded|agreed|agreement|signed|took place|"
         r"accompanied|participating|presented|mentioned|appoint\w*|commission|promise|deal|"
         r"settlement)\b"),
        ("background", r"\b(?:relations?|relationship|tensions?|sanctions?|decades?|history|"
         r"currently|deteriorated|strained|data|since)\b"),
        ("agenda", r"\b(?:discuss\w*|focus\w*|topics?|priorit\w+|aims?)\b"),
    )
)
# The English patterns under the names the es/pt cue files (cues/topics.<lang>.yml) use.
_EN = {
    **tc.EN,
    **{f"heading_{t}": p for t, p in _HEADINGS},
    **{f"lexicon_{t}": p for t, p in _LEXICON},
    "speech": _SPEECH, "labelling": _LABELLING, "quoted": _QUOTED, "event": _EVENT,
    "future": _FUTURE, "before": _BEFORE, "before_event": _BEFORE_EVENT,
    "earlier_opening": _EARLIER_OPENING, "about_event": _ABOUT_EVENT, "criticism": _CRITICISM,
}


def _table(lang: str) -> dict[str, re.Pattern[str]]:
    return patterns("topics", lang, _EN)


_DEFAULT = {"preview": "agenda", "report": "outcome", "analysis": "implications"}

# A report's line dated within this many days of its news peg narrates the event itself
# ("was all but shut on Monday" in Tuesday's paper). 1: the peg and the day before it.
NEWS_DAYS = 1


def _heading_topic(heading: str | None, kind: str, lang: str = "en") -> str | None:
    if not heading:
        return None
    p = _table(lang)
    for topic, _ in _HEADINGS:
        if p[f"heading_{topic}"].search(heading):
            if topic == "agenda" and kind != "preview":
                continue
            return topic
    return None


def _is_statement(s: Sentence, quoted: set[str], p: dict) -> bool:
    if s.block_kind in ("quote_block", "attribution"):
        return True
    long_quote = any(len(m.group(1).split()) >= QUOTE_WORDS for m in p["quoted"].finditer(s.text))
    return long_quote and (s.key in quoted or bool(p["speech"].search(s.text)))


def _cue_topic(
    s: Sentence, kind: str, quoted: set[str], dated: dict, lead: bool, prev: str | None
):
    text, p = s.text, _table(s.lang)
    if kind == "report" and lead and p["event"].search(text):
        return "outcome"
    future = bool(p["future"].search(text))
    if tc.analyst_says(text, p):
        return "implications"  # an analyst's reading of the event is what it means
    if s.key in dated["earlier"] and not future:
        return "background"
    if not future and (p["before_event"].search(text) or p["earlier_opening"].search(text)):
        return "background"
    # A factual line with only a source clause ("..., according to the coastguard, ...") is
    # about what happened, not someone's reaction.
    sourced = s.key not in quoted and tc.sourced(text, p)
    said = not sourced and (s.key in quoted or bool(p["speech"].search(text)))
    if said and kind == "preview":
        # What a preview reports as said is its plan (future), or the run-up (past perfect).
        if future:
            return "agenda"
        if p["past_perfect"].search(text):
            return "background"
    feud = said or (not sourced and (p["labelling"].search(text) or p["criticism"].search(text)))
    if feud and prev == "background" and not p["about_event"].search(text):
        return "background"
    if said:
        return "reactions"
    if s.key in dated["news_day"] and not future and kind != "preview":
        return "outcome"
    if p["before"].search(text) and not future:
        return "background"
    if not sourced and p["labelling"].search(text):
        return "reactions"
    if kind == "preview" and p["future"].search(text):
        return "agenda"
    perfect = p["present_perfect"].search(text)
    if kind == "preview" and perfect and not p["agenda_words"].search(text):
        return "background"  # the state of things up to the event
    return None


def classify_topics(
    sentences,
    kind: str,
    quotes: list[Quote] | tuple[Quote, ...],
    dates,
    published: str | None = None,
) -> list[Topic]:
    """`published`: the article's publication date, which pegs a report to its news day."""
    dates = [d for d in dates or () if not tc.in_relative_clause(d, _table(d.sentence.lang))]
    quoted = {q.sentence.key for q in quotes or ()}
    anchor = tc.event_day(dates, kind, published)
    earlier = {d.sentence.key for d in dates if tc.is_earlier(d, anchor)}
    news_day = {
        d.sentence.key
        for d in dates
        if anchor
        and d.precision == "day"
        and tc.days_apart(anchor, d.iso) in range(NEWS_DAYS + 1)
        and d.sentence.key not in earlier
    }
    dated = {"earlier": earlier, "news_day": news_day}
    out: list[Topic] = []
    for s in sentences:
        if s.block_kind == "heading":
            continue
        lead, p = len(out) < LEAD_SENTENCES, _table(s.lang)
        if _is_statement(s, quoted, p):
            topic, how = "reactions", "cue"
        else:
            topic, how = _heading_topic(s.heading, kind, s.lang), "subheading"
            if topic == "agenda" and s.key in earlier and not p["future"].search(s.text):
                topic, how = "background", "cue"  # a dated earlier happening under "Agenda"
        if topic is None:
            prev = out[-1].topic if out else None
            topic, how = _cue_topic(s, kind, quoted, dated, lead, prev), "cue"
        if topic is None:
            how = "lexicon"
            topic = next((t for t, _ in _LEXICON if p[f"lexicon_{t}"].search(s.text)), None)
        if topic is None:
            topic, how = _DEFAULT.get(kind, "outcome"), "default"
        out.append(Topic(sentence=s, topic=topic, how=how))
    return out

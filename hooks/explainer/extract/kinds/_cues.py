"""Cue words for `kinds.py`: tense in a news lede, dated events, analysis labels.

Reads: sentence text. Produces: small predicates, one vote per sentence.
Limits: regular expressions only; the patterns here are the English ones, collected in `EN`
under the names the Spanish and Portuguese cue files use (cues/kinds.<lang>.yml), and `table`
gives a language's set. A past-tense verb followed (in the same clause) by a
time word is read as a dated happening; the lexicons below are generic (no event, outlet or
name), small, and named in the build report through `kinds.py`'s `how`.
"""

from __future__ import annotations

import re
from functools import cache

from explainer.cues.patterns import NEVER, patterns

FUTURE = re.compile(
    r"\b(?:will|shall)\b(?! have\b)"
    r"|\bscheduled (?:for|to)\b|\bahead of\b|\bupcoming\b"
    r"|\b(?:(?:is|are) )?(?:expected|set|due|slated|poised) to\b"
    r"|\bto (?:host|meet|hold|visit|travel|discuss|sign)\b(?! [a-z]+ (?:on|at) [A-Z]\w+day)",
    re.IGNORECASE,
)
# Verbs that narrate a happening. Attribution verbs (said, told, confirmed, announced ...) are
# left out on purpose: a preview attributes its plans ("..., the union confirmed on Friday")
# as often as a report attributes its account, so they say nothing about the time frame.
PAST_EVENT = re.compile(
    r"\b(?:met|held|hosted|ended|concluded|took place|agreed|signed|reached|emerged|left|"
    r"characteri[sz]ed|described|began|resumed|walked out|went up)\b"
    r"|\b(?:after|following) the (?:meeting|talks|summit|visit)\b",
    re.IGNORECASE,
)
# A time word right after a past-tense verb dates the happening: "reached a deal late on
# Thursday", "met this Tuesday (3)", "ended yesterday". Weekday, relative day or month + day.
_WHEN = (
    r"(?:(?:late|early) )?(?:on |this |last )?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2})\b"
)
# At most this many words between the verb and the time word, with no clause break (a comma,
# semicolon or dash) between them: "reached a tentative agreement late on Thursday" is 3
# words; "ended without agreement. ... on Tuesday" must not pair across clauses. 6 covers an
# object noun phrase with two modifiers.
DATED_GAP_WORDS = 6


def dated(past: str, when: str) -> re.Pattern[str]:
    """A narrated past happening followed, in the same clause, by its time word."""
    gap = rf"(?:\s+[^\s,;:–—.]+){{0,{DATED_GAP_WORDS}}}?"
    return re.compile(rf"(?:{past}){gap}\s+{when}", re.IGNORECASE)


DATED_PAST = dated(PAST_EVENT.pattern, _WHEN)
# Headlines put a finished happening in the simple present ("Leaders agree to ...", "Unions and
# employers reach deal"); the future is "to meet", "set to", "will". Only verbs of completion:
# "X meets Y" also heads same-day previews.
HEADLINE_DONE = re.compile(
    r"(?<!\bto )(?<!\bset to )(?<!\bwill )\b(?:reach(?:es)?|agrees?|ends?|signs?|seals?|"
    r"settles?|approves?|clinch(?:es)?|strikes? (?:a )?deal)\b",
    re.IGNORECASE,
)
EVALUATIVE = re.compile(
    r"\b(?:lessons?|suggests?|underscores?|demonstrates?|reflects?|signals?|implications?|"
    r"means|turning point|must|should|clear|necessity|reveals?|shows|appears?|thus|"
    r"first|second|third|whether|remains? to be seen|risk|stakes?)\b",
    re.IGNORECASE,
)
REPORTING = re.compile(
    r"\b(?:said|told|declared|stated|replied|announced|according to|met|held|hosted|"
    r"characteri[sz]ed|classified|added|insisted|warned)\b",
    re.IGNORECASE,
)
# An outlet's own label for a piece that interprets the news: a section in the web address
# ("/analysis/", "/opinion/") or a kicker before the headline ("Analysis: ...").
LABEL_URL = re.compile(
    r"/(?:analysis|opinion|opinions|comment|commentary|editorial|editorials|perspective|"
    r"perspectives|column|columns|explainer|explained|insight|insights)(?:/|$)",
    re.IGNORECASE,
)
LABEL_TITLE = re.compile(
    r"^(?:analysis|opinion|comment|commentary|editorial|perspective|explainer|explained)\s*[:|–—-]",
    re.IGNORECASE,
)
# Headlines and section headings that promise interpretation rather than news: "What the
# summit means", "what the strike settled, and what it didn't", "Lessons for ...", "The bigger
# picture". ("What happened", "what comes next" and "what we know" are news and left out.)
INTERPRETIVE = re.compile(
    r"\bwhat\b(?![^.:?!]{0,40}\b(?:happened|comes next|happens next|we know)\b)"
    r"[^.:?!]{0,40}\b(?:means?|meant|settled|changed?|changes|did(?:n't| not)|signals?|"
    r"tells? us)\b"
    r"|\b(?:lessons?|takeaways?|bigger picture|the verdict|winners and losers|turning point|"
    r"analysis)\b",
    re.IGNORECASE,
)

EN = {
    "future": FUTURE, "past_event": PAST_EVENT, "when": re.compile(_WHEN, re.IGNORECASE),
    "dated_past": DATED_PAST, "headline_done": HEADLINE_DONE, "evaluative": EVALUATIVE,
    "reporting": REPORTING, "label_url": LABEL_URL, "label_title": LABEL_TITLE,
    "interpretive": INTERPRETIVE,
}


@cache
def table(lang: str) -> dict[str, re.Pattern[str]]:
    """A language's patterns; its dated past is built from its past and time words."""
    p = dict(patterns("kinds", lang, EN))
    if p["dated_past"] is NEVER and p["past_event"] is not NEVER:
        p["dated_past"] = dated(p["past_event"].pattern, p["when"].pattern)
    return p

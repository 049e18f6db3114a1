"""Decide what kind of article this is: a preview, a report, or an analysis.

Reads: the Article (its `kind` when sources.yml or front matter gives one, its title and
standfirst), its sentences and its dates. Produces: `(kind, how)`, where `how` names the cue
that decided it, for the build report.
Limits: English tense and keyword cues only. A preview is recognised by future tense about the
event in the opening lines ("will host", "scheduled for", "ahead of", "expected to"), or by a dated
mention in the opening lines that falls after the publication date; an analysis by the density
of evaluative vocabulary ("lessons", "suggests", "underscores", "implications") outweighing
reported speech and past-tense reporting verbs. Everything else is a report.
"""

from __future__ import annotations

import re

from .model import Article, DateMention, Sentence

KINDS = ("preview", "report", "analysis")

# How many opening body sentences (after title and standfirst) speak for the article's time
# frame. Leads of news articles state when the event happens in their first one to three
# sentences; 3 separated every seed and synthetic article, 5 let later context sentences
# ("The visit comes weeks after…") vote too.
LEAD_SENTENCES = 3

# An article is an analysis when at least this share of its body sentences carries evaluative
# cues AND evaluative sentences outnumber reporting ones. Measured on the seeds and the
# synthetic cluster: analyses 0.61-0.70, reports and previews 0.00-0.16; 0.3 leaves room on both
# sides.
ANALYSIS_SHARE = 0.3

_FUTURE = re.compile(
    r"\b(?:will|shall)\b(?! have\b)"
    r"|\bscheduled (?:for|to)\b|\bahead of\b|\bupcoming\b|\b(?:is|are) (?:expected|set|due|slated)"
    r" to\b|\bto (?:host|meet|hold|visit|travel|discuss|sign)\b(?! [a-z]+ (?:on|at) [A-Z]\w+day)",
    re.IGNORECASE,
)
_PAST_EVENT = re.compile(
    r"\b(?:met|held|hosted|ended|concluded|took place|agreed|signed|announced|discussed|"
    r"reached|said|told|declared|characteri[sz]ed|described|emerged|left)\b"
    r"|\b(?:after|following) the (?:meeting|talks|summit|visit)\b",
    re.IGNORECASE,
)
_EVALUATIVE = re.compile(
    r"\b(?:lessons?|suggests?|underscores?|demonstrates?|reflects?|signals?|implications?|"
    r"means|turning point|must|should|clear|necessity|reveals?|shows|appears?|thus|"
    r"first|second|third|whether|remains? to be seen|risk|stakes?)\b",
    re.IGNORECASE,
)
_REPORTING = re.compile(
    r"\b(?:said|told|declared|stated|replied|announced|according to|met|held|hosted|"
    r"characteri[sz]ed|classified|added|insisted|warned)\b",
    re.IGNORECASE,
)


def _body(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[Sentence]:
    return [s for s in sentences if s.block_kind not in ("heading", "attribution")]


def _future_dates(lead: list[Sentence], dates: list[DateMention], published: str | None) -> int:
    """Opening-line dates later than the publication day: the event has not happened yet."""
    if not published:
        return 0
    day = published[:10]
    keys = {s.key for s in lead}
    return sum(
        1
        for d in dates
        if d.sentence.key in keys and d.precision == "day" and d.iso[:10] > day
    )


def classify_article(
    article: Article, sentences: tuple[Sentence, ...] | list[Sentence], dates
) -> tuple[str, str]:
    if article.kind in KINDS:
        return article.kind, "sources.yml"
    body = _body(sentences)
    head_texts = [t for t in (article.title, article.standfirst) if t]
    lead = body[:LEAD_SENTENCES]
    texts = head_texts + [s.text for s in lead]
    future = sum(1 for t in texts if _FUTURE.search(t))
    future += _future_dates(lead, list(dates or ()), article.published)
    past = sum(1 for t in texts if _PAST_EVENT.search(t))
    if future > past:
        return "preview", f"future tense in the opening lines ({future} vs {past} past)"
    evaluative = sum(1 for s in body if _EVALUATIVE.search(s.text))
    reporting = sum(1 for s in body if _REPORTING.search(s.text))
    share = evaluative / len(body) if body else 0.0
    if share >= ANALYSIS_SHARE and evaluative > reporting:
        return "analysis", (
            f"evaluative cues in {evaluative} of {len(body)} sentences, reporting verbs in"
            f" {reporting}"
        )
    if future == past == 0:
        # Nothing in the lead: let the whole article vote, previews need a clear majority.
        all_future = sum(1 for s in body if _FUTURE.search(s.text))
        all_past = sum(1 for s in body if _PAST_EVENT.search(s.text))
        if all_future > 2 * all_past:
            return "preview", f"future tense across the article ({all_future} vs {all_past})"
    return "report", f"past-tense account ({past} past cues in the opening lines)"

"""Decide what kind of article this is: a preview, a report, or an analysis.

Reads: the Article (its `kind` when sources.yml or front matter gives one, its title, standfirst
and web address), its sentences and its dates; optionally the publication dates of every article
in the cluster. Produces: `(kind, how)`, where `how` names the cue that decided it, for the
build report.
Limits: tense and keyword cues only (English, Spanish, Portuguese: cues/kinds.<lang>.yml). In order:
1. The cluster's dates: an article whose opening looks ahead to a day on or before the
   publication of most other articles of the cluster was written before the event they report:
   a preview (needs publication dates; the seeds mostly have none).
2. An outlet's label: "/analysis/" or "/opinion/" in the web address, "Analysis:" before the
   headline.
3. The lede's tense, one vote per line (headline, standfirst, first sentences; the first body
   sentence counts double): a past-tense happening with a time word ("reached a deal late on
   Thursday") is a report whatever else the line says; otherwise future tense ("will walk out",
   "set to", "scheduled for") or a date after publication is a preview vote, and a narrated past
   happening ("met", "ended", a headline's "reach deal") a report vote. Attribution verbs (said,
   confirmed, announced) do not vote: previews attribute their plans too.
4. An analysis: evaluative vocabulary ("suggests", "underscores", "lessons") in many sentences,
   or a headline and subheadings that promise interpretation ("what the deal means", "the
   bigger picture").
Everything else is a report.
"""

from __future__ import annotations

from collections.abc import Sequence

from explainer.extract.kinds import _cues as cue
from explainer.model import Article, DateMention, Sentence

KINDS = ("preview", "report", "analysis")

# How many opening body sentences (after title and standfirst) speak for the article's time
# frame. Leads of news articles state when the event happens in their first one to three
# sentences; 3 separated every seed and synthetic article, 5 let later context sentences
# ("The visit comes weeks after…") vote too.
LEAD_SENTENCES = 3
# The first body sentence (the lede) carries the news; it outweighs a follow-up line about
# consequences ("Under the deal, pay will rise ..."). 2: a lede and a headline against two
# later lines still decide; any more and the headline stops mattering.
LEDE_WEIGHT = 2

# An article is an analysis when at least this share of its body sentences carries evaluative
# cues AND evaluative sentences outnumber reporting ones. Measured on the seeds and the
# synthetic cluster: analyses 0.61-0.70, reports and previews 0.00-0.17; 0.3 leaves room on both
# sides.
ANALYSIS_SHARE = 0.3
# Interpretive headline/subheadings needed to call a piece an analysis without the evaluative
# share: two (a headline and a section, or two sections) — one "Lessons" heading can close a
# long report. With one such cue, half the evaluative share is enough.
INTERPRETIVE_CUES = 2


def _body(sentences: tuple[Sentence, ...] | list[Sentence]) -> list[Sentence]:
    return [s for s in sentences if s.block_kind not in ("heading", "attribution")]


def _future_days(lead: list[Sentence], dates: list[DateMention], published: str | None):
    """Sentence key -> the days after publication it mentions (the event has not happened)."""
    if not published:
        return {}
    day = published[:10]
    keys = {s.key for s in lead}
    out: dict[str, list[str]] = {}
    for d in dates:
        if d.sentence.key in keys and d.precision == "day" and d.iso[:10] > day:
            out.setdefault(d.sentence.key, []).append(d.iso[:10])
    return out


def _vote(text: str, ahead: bool, headline: bool, p: dict) -> str | None:
    """One line's time frame: "past", "future" or None."""
    if p["dated_past"].search(text) or (headline and p["headline_done"].search(text)):
        return "past"
    if ahead or p["future"].search(text):
        return "future"
    if p["past_event"].search(text):
        return "past"
    return None


def _lead_votes(article: Article, lead: list[Sentence], ahead: dict, p: dict) -> tuple[int, int]:
    lines = [(t, False, True, 1) for t in (article.title, article.standfirst) if t]
    lines += [
        (s.text, s.key in ahead, False, LEDE_WEIGHT if i == 0 else 1) for i, s in enumerate(lead)
    ]
    future = past = 0
    for text, is_ahead, headline, weight in lines:
        vote = _vote(text, is_ahead, headline, p)
        future += weight * (vote == "future")
        past += weight * (vote == "past")
    return future, past


def _before_the_cluster(
    article: Article, lead: list[Sentence], ahead: dict, cluster_published: Sequence[str], p: dict
) -> str | None:
    """How, when the lede looks ahead to a day most of the cluster was published on or after."""
    if not article.published or not ahead:
        return None
    # Only future-tense lines: a date stage slip in a past-tense line must not make a preview.
    days = sorted(
        d for s in lead if s.key in ahead and p["future"].search(s.text) for d in ahead[s.key]
    )
    others = sorted(day[:10] for day in cluster_published if day)
    if article.published[:10] in others:
        others.remove(article.published[:10])
    if not days or not others:
        return None
    later = sum(1 for p in others if p >= days[0])
    if 2 * later <= len(others):
        return None
    return (
        f"published {article.published[:10]}, its opening looks ahead to {days[0]}, on or"
        f" before the publication of {later} of the {len(others)} other dated articles"
    )


def _analysis(article: Article, body: list[Sentence], p: dict) -> str | None:
    evaluative = sum(1 for s in body if p["evaluative"].search(s.text))
    reporting = sum(1 for s in body if p["reporting"].search(s.text))
    share = evaluative / len(body) if body else 0.0
    if share >= ANALYSIS_SHARE and evaluative > reporting:
        return (
            f"evaluative cues in {evaluative} of {len(body)} sentences, reporting verbs in"
            f" {reporting}"
        )
    headings = sorted({s.heading for s in body if s.heading})
    cues = [t for t in [article.title or "", *headings] if p["interpretive"].search(t)]
    if len(cues) >= INTERPRETIVE_CUES or (cues and share >= ANALYSIS_SHARE / 2):
        shown = "; ".join(repr(c) for c in cues[:3])
        return f"headline or subheadings promise interpretation ({shown})"
    return None


def classify_article(
    article: Article,
    sentences: tuple[Sentence, ...] | list[Sentence],
    dates,
    cluster_published: Sequence[str] = (),
) -> tuple[str, str]:
    """`cluster_published`: the publication dates of the cluster's articles (this one may be
    among them); without it the kind comes from this article's own cues only."""
    if article.kind in KINDS:
        return article.kind, "sources.yml"
    body = _body(sentences)
    p = cue.table(article.language or (sentences[0].lang if sentences else "en"))
    lead = body[:LEAD_SENTENCES]
    ahead = _future_days(lead, list(dates or ()), article.published)
    how = _before_the_cluster(article, lead, ahead, cluster_published, p)
    if how:
        return "preview", how
    label = next(
        (
            f"labelled {where}"
            for where, hit in (
                ("in its web address", article.url and p["label_url"].search(article.url)),
                ("before its headline", article.title and p["label_title"].search(article.title)),
            )
            if hit
        ),
        None,
    )
    if label:
        return "analysis", f"{label} as analysis or opinion"
    future, past = _lead_votes(article, lead, ahead, p)
    if future > past:
        return "preview", f"future tense in the opening lines ({future} vs {past} past)"
    how = _analysis(article, body, p)
    if how:
        return "analysis", how
    if future == past == 0:
        # Nothing in the lead: let the whole article vote, previews need a clear majority.
        all_future = sum(1 for s in body if p["future"].search(s.text))
        all_past = sum(1 for s in body if p["past_event"].search(s.text))
        if all_future > 2 * all_past:
            return "preview", f"future tense across the article ({all_future} vs {all_past})"
    return "report", f"past-tense account ({past} vs {future} future in the opening lines)"

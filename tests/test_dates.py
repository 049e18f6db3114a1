"""Dates stage: seed gold (every explicit date right), held-out sentences, behaviour tables."""

from __future__ import annotations

import pytest
from _gold_c import load, match_dates, one_sentence, report, seed_sentences
from explainer.extract.dates.find import find_dates
from explainer.model import ERROR, NOTICE

# Issue 3: every explicit date on the seeds right.
SEED_FLOOR = 1.0
# Held-out (tests/gold/heldout_dates.yml), labelled before the rules saw it. Blind first run:
# found P 1.00 R 0.90, all fields right P 0.89 R 0.80. After one generic fix prompted by a
# miss (tense read from the date's own clause first) -- so no longer blind: right P 0.94
# R 0.85. Then (helper I, prompted by the World Cup miss) the news present as a timetable and
# an attributive year ("the 2026 World Cup"): right 0.95. A regression guard, not a quality claim.
HELDOUT_RIGHT_FLOOR = 0.75


def _seed_run():
    rows = load("dates.yml")
    preds, problems = [], {}
    for file, sentences in seed_sentences().items():
        published = next((r["published"] for r in rows if r["file"] == file), None)
        found, problems[file] = find_dates(sentences, published)
        preds += found
    return rows, preds, problems


def test_seed_dates_all_right():
    rows, preds, _ = _seed_run()
    p, r = report("dates / seeds", match_dates(preds, rows))
    assert p >= SEED_FLOOR and r >= SEED_FLOOR


def test_seed_without_date_gives_one_notice_and_no_guesses():
    _, preds, problems = _seed_run()
    assert not [d for d in preds if d.sentence.article_id == "seed-002"]
    (notice,) = problems["seeds/002"]
    assert notice.severity == NOTICE
    assert notice.message.startswith("3 relative date expression(s) need a publication date")
    assert all(not p for f, p in problems.items() if f != "seeds/002")


def test_heldout_dates_measured():
    preds, rows = [], []
    for case in load("heldout_dates.yml"):
        preds += find_dates([one_sentence(case["sentence"])], case["published"])[0]
        rows += [dict(g, sentence=case["sentence"]) for g in case["dates"]]
    result = match_dates(preds, rows)
    p, r = report("dates / held-out", result)
    assert p >= HELDOUT_RIGHT_FLOOR and r >= HELDOUT_RIGHT_FLOOR


@pytest.mark.parametrize(
    "sentence, published, text, iso, precision, approximate",
    [
        # month-first, day-first and month-year need no publication date
        ("Talks began on February 3, 2026 in the capital.", None, "February 3, 2026",
         "2026-02-03", "day", False),
        ("Talks began on 3 February 2026.", None, "3 February 2026", "2026-02-03", "day", False),
        ("Sanctions came in October 2025.", None, "October 2025", "2025-10", "month", False),
        # tense: past -> latest occurrence not after publication; future -> next one
        ("Tensions eased in early January.", "2026-02-04", "early January", "2026-01", "month",
         True),
        ("The vote took place in March.", "2026-02-04", "March", "2025-03", "month", False),
        ("The vote will take place in March.", "2026-02-04", "March", "2026-03", "month", False),
        ("The upcoming May 31 election matters.", "2026-02-04", "May 31", "2026-05-31", "day",
         False),
        ("Data as of December 31 were released.", "2026-02-04", "December 31", "2025-12-31",
         "day", False),
        ("The leaders met this Tuesday (3).", "2026-02-04T11:20", "this Tuesday (3)",
         "2026-02-03", "day", False),
        ("The leaders met on Tuesday.", "2026-02-04", "Tuesday", "2026-02-03", "day", False),
        ("The leaders will meet on Tuesday.", "2026-02-04", "Tuesday", "2026-02-10", "day",
         False),
        ("The court ruled last year.", "2026-02-04", "last year", "2025", "year", False),
        ("This week's meeting was calm.", "2026-02-04", "This week", "2026-02-02", "week", False),
        ("He arrived today.", "2026-02-04", "today", "2026-02-04", "day", False),
        # issue 10: a deadline lies ahead of what is done about it; the verb attributing the
        # sentence is no tense of its clause
        ("Union leaders rejected the March 9 deadline.", "2026-02-04", "March 9",
         "2026-03-09", "day", False),
        ("The tariffs take effect on April 1, the ministry said.", "2025-03-04", "April 1",
         "2025-04-01", "day", False),
        ("Published 02/04/2026 11:20", "2026-02-04T11:20", "02/04/2026", "2026-02-04", "day",
         False),
        # Issue reports (helper I): a month in a future clause after a past "said" (synthetic
        # 001); the news present is a timetable unless the date just passed; an attributive year
        ("Diplomats said technical teams would meet again in April.", "2026-03-13T09:05",
         "April", "2026-04", "month", False),
        ("The tournament opens on June 11.", "2025-12-01", "June 11", "2026-06-11", "day", False),
        ("Petro meets Trump on February 3.", "2026-02-04", "February 3", "2026-02-03", "day",
         False),
        ("The 2024 election changed little.", "2026-02-04", "2024", "2024", "year", False),
    ],
)
def test_date_fields(sentence, published, text, iso, precision, approximate):
    (d,), problems = find_dates([one_sentence(sentence)], published)
    assert (d.text, d.iso, d.precision, d.approximate) == (text, iso, precision, approximate)
    assert d.event and d.event in sentence
    assert problems == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts suggest Trump may demand concessions.",  # modal may
        "It was the first time in three decades.",  # a span of time, not a date
        "The visit comes weeks after the threats.",
        "For decades the two countries were allies.",
        "What happens today could happen elsewhere tomorrow.",  # rhetoric
        "May the talks succeed.",  # sentence-initial May
        "Prime Minister Theresa May resigned.",  # a name
        "The 2000 delegates voted.",  # a count after "the", not a year
    ],
)
def test_not_dates(sentence):
    assert find_dates([one_sentence(sentence)], "2026-02-04") == ([], [])


def test_weekday_contradicting_its_day_number_is_an_error():
    s = one_sentence("The leaders met this Monday (3).", "art")
    (d,), (problem,) = find_dates([s], "2026-02-04")
    assert d.iso == "2026-02-03"  # the printed day number is kept
    assert problem.severity == ERROR
    assert problem.line() == (
        "art#s1: the weekday and the day number disagree: expected day 3 to fall on a Monday, "
        "found 2026-02-03, a Tuesday. Fix: check the article's publication date (relative "
        "dates are resolved from it); if it is right, the article itself is inconsistent and "
        "the day number was kept."
    )


def test_relative_dates_without_publication_date_are_dropped_with_a_notice():
    s = one_sentence("The leaders met on Tuesday after talks in January 2026.", "art")
    dates, (problem,) = find_dates([s], None)
    assert [d.iso for d in dates] == ["2026-01"]
    assert problem.severity == NOTICE
    assert problem.where == "art"
    assert "'Tuesday' (art#s1)" in problem.message


def test_ambiguous_numeric_date_without_anchor_is_an_error():
    dates, (problem,) = find_dates([one_sentence("Filed 02/04/2026.", "art")], None)
    assert dates == [] and problem.severity == ERROR and problem.where == "art#s1"
    assert "'02/04/2026'" in problem.message


def test_events_are_extractive_and_short():
    _, preds, _ = _seed_run()
    for d in preds:
        assert d.event in d.sentence.text
        assert 0 < len(d.event.split()) <= 16


# Issue 10, step 2: one invented row per rule fixed against the real clusters' misses (names
# and events made up; each row failed before its fix). (sentence, published, [(text, iso,
# precision)] in sentence order.)
@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a plan told in the past is the nearest occurrence, not next year's
        ("A second round was scheduled for March 30.", "2026-03-31",
         [("March 30", "2026-03-30", "day")]),
        # a future reported in the past ("said she would") is no tense of the date's clause
        ("Ilves, in a speech on Sunday night, said she would resign.", "2026-02-03",
         [("Sunday", "2026-02-01", "day")]),
        # "last November" in November is the year before
        ("The two ministers last met in Kessa last November.", "2026-11-20",
         [("last November", "2025-11", "month")]),
        ("The envoys will meet again next March.", "2026-03-02",
         [("next March", "2027-03", "month")]),
        # a weekend is its week (Monday), as "this week"
        ("The fair opens this weekend, organisers said.", "2026-02-06",
         [("this weekend", "2026-02-02", "week")]),
        # two years joined by a slash; a year after a possessive before a singular noun
        ("Marek, a rumoured 2030/2034 candidate, declined.", "2026-02-04",
         [("2030", "2030", "year"), ("2034", "2034", "year")]),
        ("Ostmark's 1991 constitution and her 2019 defeat were cited.", "2026-02-04",
         [("1991", "1991", "year"), ("2019", "2019", "year")]),
        # a weekday with its time of day before the month and day is one date
        ("The leaders met on Friday morning, March 6, in Kessa.", "2026-03-10",
         [("Friday morning, March 6", "2026-03-06", "day")]),
        # a line of nothing but dates and times is a page's stamp: its "N years ago" is when
        # the page was read, not a date of the story
        ("June 2, 2026 / 9:15 AM / 3 years ago", "2029-06-02",
         [("June 2, 2026", "2026-06-02", "day")]),
        # not a year: a count after a possessive
        ("Its 2000 employees walked out.", "2026-02-04", []),
    ],
)
def test_issue10_step2_rows(sentence, published, expected):
    dates, _ = find_dates([one_sentence(sentence)], published)
    assert [(d.text, d.iso, d.precision) for d in dates] == expected

"""Figures stage: seed gold (floors from issue 3), held-out sentences, behaviour tables."""

from __future__ import annotations

import pytest
from _gold_c import load, match_figures, one_sentence, prf, report, seed_sentences
from explainer.extract.figures.find import find_figures

# Issue 3: figures with their counted noun, P and R >= 0.9 on the seeds.
SEED_FLOOR = 0.9
# Held-out sentences (tests/gold/heldout_figures.yml) were labelled before the rules saw them.
# Blind first run: found P 1.00 R 0.83, all fields right P 0.53 R 0.43. After three generic
# fixes prompted by its misses (a date ends a noun phrase, "within", "$" before digits) --
# so no longer blind: found P 1.00 R 0.87, right P 0.65 R 0.57 (evaluate.py: 0.80 / 0.70).
# Then (helper I, prompted by its misses) a unit alone takes the subject or the compared
# figure's noun: right P 0.95 R 0.83. This floor only guards against regressions; it is not
# a quality claim.
HELDOUT_FOUND_FLOOR = 0.8


def test_seed_figures_floor():
    rows = load("figures.yml")
    preds = [f for ss in seed_sentences().values() for f in find_figures(ss)]
    p, r = report("figures / seeds", match_figures(preds, rows))
    assert p >= SEED_FLOOR and r >= SEED_FLOOR


def test_heldout_figures_measured():
    preds, rows = [], []
    for case in load("heldout_figures.yml"):
        preds += find_figures([one_sentence(case["sentence"])])
        rows += [dict(g, sentence=case["sentence"]) for g in case["figures"]]
    result = match_figures(preds, rows)
    report("figures / held-out", result)
    pf, rf = prf(result["found"], result["pred"], result["gold"])
    assert pf >= HELDOUT_FOUND_FLOOR and rf >= HELDOUT_FOUND_FLOOR


@pytest.mark.parametrize(
    "sentence, value, qualifier, unit, counts",
    [
        ("Officials counted nearly 70 percent of the vote.", 70, "nearly", "percent",
         "percent of the vote"),
        ("Police seized 2,800 tons of cocaine.", 2800, None, "tons", "tons of cocaine"),
        ("The area covers 30 thousand hectares.", 30000, None, "hectares", "hectares"),
        ("The talks lasted more than two hours.", 2, "more than", "hours", "hours"),
        ("At least 12 people were killed.", 12, "at least", "people", "people killed"),
        ("Inflation reached 3.1% last month.", 3.1, None, "percent", "inflation"),
        ("The budget is $4 million.", 4e6, None, "dollars", "budget"),
        ("Some twenty-five soldiers were wounded.", 25, "some", "soldiers", "soldiers wounded"),
        # a deadline is data; a small count of concrete things too (helper I)
        ("The commission would report within six months.", 6, "within", "months", "months"),
        ("Officials filed three complaints.", 3, None, "complaints", "complaints"),
    ],
)
def test_figure_fields(sentence, value, qualifier, unit, counts):
    (f,) = find_figures([one_sentence(sentence)])
    assert (f.value, f.qualifier, f.unit, f.counts) == (value, qualifier, unit, counts)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a unit alone says what is measured through the subject (helper I)
        ("Soybean exports fell to 3.2 million tonnes, the lowest in years.",
         [(3.2e6, "soybean exports")]),
        # "up from" / "from": the compared figure measures the same thing
        ("Turnout reached 61.4 percent, up from 48 percent in 2020.",
         [(61.4, "turnout"), (48, "turnout")]),
        ("Inflation eased to 3.1% in March from 3.4% in February.",
         [(3.1, "inflation"), (3.4, "inflation")]),
        # an "of" complement still wins over the subject
        ("The ship carried 300 tonnes of grain.", [(300, "tonnes of grain")]),
    ],
)
def test_measures_take_their_subject_or_compared_figure(sentence, expected):
    assert [(f.value, f.counts) for f in find_figures([one_sentence(sentence)])] == expected


def test_list_members_inherit_the_noun_and_keep_their_phrase():
    s = one_sentence("Courts issued 40 rulings: 31 in the capital and 9 in the provinces.")
    got = [(f.value, f.counts) for f in find_figures([s])]
    assert got == [(40, "rulings"), (31, "rulings in the capital"), (9, "rulings in the provinces")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 2019 and amended in 2021.",  # years
        "The vote closed at 11:20 and results came at 9 p.m.",  # times
        "The summit opens on May 31 and ends on Tuesday (3).",  # days inside dates
        "The report was filed on 02/04/2026.",  # numeric date
        "He called the country its number 1 ally.",  # label
        "Article 5 was invoked.",  # label
        "It was the 2nd round and the first term.",  # ordinals
        "The two countries agreed, one by one.",  # reference, "one"
        # a hyphenated word that counts nothing ("a two-year delay" is a count since issue
        # 10, "the 45-year-old minister" an age since its second step)
        "He is a three-time champion.",
        "Thousands gathered in the square.",  # vague amount
        "The spokesman only said: 45.",  # no counted noun, no subject cue
        # Noise in a data table (issue 3 reports, helper I): a quoted word, a discourse count,
        # a span of time that only sets up a comparison
        "Petro rated the meeting with a “nine” rating.",
        "This episode offers three key lessons.",
        "The episode offers three lessons:",
        "It was the first time in three decades that the two met.",
        "The region suffered the worst drought in 20 years.",
    ],
)
def test_not_figures(sentence):
    assert find_figures([one_sentence(sentence)]) == []


def test_every_figure_cites_its_sentence_and_is_printed_there():
    for ss in seed_sentences().values():
        for f in find_figures(ss):
            assert f.sentence in ss
            assert f.text in f.sentence.text


# --- issue 10 regression rows (tests/gold/regression_figures.yml) -----------------------------
# Written with their expected output before any rule changed for them. First run (rules of
# 34a1db0): of 35 figures in 31 sentences, 19 found, 10 with every field right, 3 found with a
# wrong counted noun ("bloc" for "exports to the bloc", "percent" for "Turnout: 61.2%" and for
# "tariffs on steel will rise to 25 percent"); 8 of 31 rows exact. After the fixes: every row exact.
REGRESSION = load("regression_figures.yml")


def _fields(f):
    return (f.value, f.qualifier, f.unit, f.counts)


def _want(g):
    return (float(g["value"]), g["qualifier"], g["unit"], g["counts"])


_PREP = frozenset("of under in for at on from by to with during since after before".split())


def _head(g) -> str:
    """As scripts/evaluate.py scores it: the unit when the counts name it, else the last word
    of the counts before a preposition."""
    words = g["counts"].lower().split()
    if g["unit"] and g["unit"].lower() in words:
        return g["unit"].lower()
    head = []
    for w in words:
        if w in _PREP:
            break
        head.append(w)
    return head[-1] if head else ""


def score_regression(cases=REGRESSION) -> dict:
    """Per gold figure: found (same value), right (every field), wrong noun (found with a
    counted noun that does not contain the gold's head: the failure that must never happen)."""
    out = {"gold": 0, "pred": 0, "found": 0, "right": 0, "wrong_noun": 0, "rows_exact": 0}
    for case in cases:
        got = find_figures([one_sentence(case["sentence"])])
        want = case["figures"]
        out["gold"] += len(want)
        out["pred"] += len(got)
        out["rows_exact"] += [_fields(f) for f in got] == [_want(g) for g in want]
        used: set[int] = set()
        for g in want:
            k = next((k for k, f in enumerate(got) if k not in used
                      and abs(f.value - float(g["value"])) < 1e-6 * max(1, abs(g["value"]))), None)
            if k is None:
                continue
            used.add(k)
            out["found"] += 1
            out["right"] += _fields(got[k]) == _want(g)
            out["wrong_noun"] += _head(g) not in got[k].counts.lower()
    return out


@pytest.mark.parametrize("case", REGRESSION, ids=[c["sentence"][:40] for c in REGRESSION])
def test_regression_rows(case):
    got = [_fields(f) for f in find_figures([one_sentence(case["sentence"])])]
    assert got == [_want(g) for g in case["figures"]]


def test_regression_summary():
    s = score_regression()
    print(f"\nfigures / issue-10 rows ({len(REGRESSION)} sentences): {s}")
    assert s["wrong_noun"] == 0



# Added with the issue-10 fixes (after the first run), one per rule they guard.
@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a possessive name before a number is no label; a bare unit in a list inherits
        ("Ilves won 58.5% of the vote to Kornel's 41.5%.",
         [(58.5, "percent of the vote"), (41.5, "percent of the vote")]),
        # a plural name of people ends the noun phrase (no verb in it)
        ("Nearly half of Dravians disapprove of the deal.", [(0.5, "Dravians")]),
        ("Nearly half of the 1.4 million registered voters abstained.",
         [(0.5, "registered voters"), (1.4e6, "registered voters")]),
        # "-ed" before the end or an object is the main verb
        ("Some 40 delegates walked out.", [(40, "delegates")]),
        # "the number of X" says X; a name and a bare number say nothing
        ("The number of migrants crossing the border rose to 250,000 in May.",
         [(250000, "number of migrants crossing the border")]),
        ("Ilves was 78 when she took office.", []),
        ("The death toll was 1,200 by Sunday.", [(1200, "death toll")]),
        ("Protesters numbered about 10,000, police said.", [(10000, "protesters")]),
        # a change is a change of the subject, the whole subject
        ("Trade between the two countries fell 12 percent.",
         [(12, "percent fall in trade between the two countries")]),
        # readings on a scale; a percentage before a verb has no noun after it: "X of N"
        # says what it measures
        ("He was freed at the age of 71.", [(71, "age")]),
        ("A quake of magnitude 6.4 hit the coast.", [(6.4, "magnitude")]),
        ("The tariffs of 25 percent take effect on April 1.", [(25, "percent tariffs")]),
        ("Ostmark runs a surplus of about $9 billion.", [(9e9, "dollars surplus")]),
        ("A crowd of 10,000 gathered outside.", [(10000, "crowd")]),
        ("The union has stuck to its figure of 3,100.", []),
        # after a plural, a word that is not one is its verb; "off" ends a noun phrase
        ("Some 15,000 jobs depend on steel exports.", [(15000, "jobs")]),
        ("The dispute will shave 0.4 percentage points off growth.",
         [(0.4, "percentage points")]),
        # a bare unit after a list separator inherits only with no phrase of its own
        ("Ostmark set a 25 percent tariff on steel and a 10 percent tariff on aluminium.",
         [(25, "percent tariff"), (10, "percent tariff")]),
    ],
)
def test_issue10_fix_rows(sentence, expected):
    assert [(f.value, f.counts) for f in find_figures([one_sentence(sentence)])] == expected

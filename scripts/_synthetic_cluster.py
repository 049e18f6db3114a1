"""Deterministic synthetic news clusters for the benchmark: N articles about one running story.

    python scripts/_synthetic_cluster.py N OUT_DIR     # writes OUT_DIR/000_*.txt ...

Reads: nothing (every name, place and outlet is invented here). Produces: N plain-text seeds in
the shapes the real seeds come in: a breadcrumb + repeated headline + "By X - Title" byline,
a "Published MM/DD/YYYY HH:MM" line, a standfirst + "Source:" line, or a bare headline;
subheadings, bullet lists, quote blocks with a credit line; people with titles (first mention
"Trade Minister Ana Voss", later "Voss" or "Ms. Voss"), figures with qualifiers and lists
("9,000 hectares: 4,000 in X, 3,200 in Y"), dates in several forms, quotes with speech verbs.
Limits: prose is assembled from sentence templates, so it is less varied than real news (the
similarity stage sees more near-duplicates than a real cluster would); English only.
Deterministic: one `random.Random(n)` per cluster, no clock, no set iteration.
"""

from __future__ import annotations

import datetime
import random
import sys
from pathlib import Path

# Mean article length in the real seeds is ~4.8 KB; paragraphs per article are drawn so the
# synthetic mean lands near it (measured: ~4.6 KB at N=1,000).
MIN_SECTIONS, MAX_SECTIONS = 2, 5
MIN_PARAGRAPHS, MAX_PARAGRAPHS = 2, 4
# The story's shared dates and figures (what every source reports), and the share of mentions
# that draw a fresh random one instead (a misreport or a detail only one source has).
STORY_DATES, STORY_FIGURES = 24, 30
MISREPORTED = 0.1

COUNTRIES = [  # (country, demonym, capital, provinces)
    ("Orsavia", "Orsavian", "Velun", ["Tarsk", "Hollin", "Ebrin", "Marrow Coast"]),
    ("Kestmark", "Kestmarkian", "Draven", ["Ould", "Selby Vale", "Norrin", "Caskfield"]),
    ("Lunesia", "Lunesian", "Port Amaro", ["Iria", "Sandor", "Tevel", "Ostmere"]),
]
FIRST = """Ana Tomas Ilse Dario Hana Jonas Mara Petra Lena Oskar Rafael Yusuf Ines Kofi Amira
Bruno Sofia Matteo Nadia Viktor Elena Samir Greta Lucas Marta Anton Leila Pavel Clara Hugo Irena
Felix Zara Emil Vera Tariq Nora Milan Aisha Stefan""".split()
LAST = """Voss Okonkwo Marrow Venn Lotte Petrek Quell Solm Varga Brandt Ferreira Haddad Lindqvist
Mensah Castellanos Novak Ibarra Koval Sandoval Aydin Reyes Moreau Halvorsen Adeyemi Duarte
Kaminski Farrow Oduya Rasmussen Tanaka Belmonte Strand Mirza Calder Weiss Ortega Falk Nkemelu
Sorensen Delacroix""".split()
OFFICES = [  # (title before a name, title after a name in a byline-style credit)
    "President", "Prime Minister", "Foreign Minister", "Trade Minister", "Defense Minister",
    "Agriculture Minister", "Ambassador", "Senator", "Governor", "Mayor",
]
EXPERTS = [  # (role phrase, organisation)
    ("a trade economist at", "the Institute for Strait Studies"),
    ("a maritime-law professor at", "Velun University"),
    ("a senior analyst at", "the Northern Policy Centre"),
    ("director of", "the Dockworkers' Federation"),
    ("a researcher at", "the Basin Observatory"),
]
OUTLETS = """Harbor Wire|Daily Ledger|Strait Times Online|Northern Courier|Velun Post|Draven
Herald|Coastline News|Amaro Tribune|The Meridian|Evening Dispatch|Market Watchtower|Capital
Bulletin""".replace("\n", " ").split("|")
EDITOR_ROLES = ["World News Editor", "Regional Affairs Editor", "Senior Correspondent",
                "Diplomatic Editor", "Business Reporter"]
MONTHS = """January February March April May June July August September October November
December""".split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday".split()
DAY_NAMES = WEEKDAYS + ["Saturday", "Sunday"]  # index = date.weekday()
QUALIFIERS = ["nearly", "at least", "more than", "around", "some", "about", "almost", "over"]
COUNTED = [  # (noun, scale of the number)
    ("dockworkers", 1000), ("farmers", 1000), ("protesters", 100), ("containers", 1000),
    ("jobs", 1000), ("ships", 10), ("families", 100), ("tons of grain", 10000),
]
ISSUES = ["shipping quotas", "port fees", "fishing rights", "the ferry concession",
          "grain transit", "customs inspections", "compensation for dockworkers"]
ADJECTIVES = ["constructive", "very positive", "difficult but useful", "frank", "disappointing",
              "a first step", "productive"]
SPEECH = ["said", "told reporters", "added", "warned", "stated", "declared", "insisted"]
LABELS = ["strait pirate", "toll thief", "harbour bully", "customs bandit"]


def _person(rng: random.Random, country) -> dict:
    return {
        "first": rng.choice(FIRST),
        "last": rng.choice(LAST),
        "office": rng.choice(OFFICES),
        "country": country,
        "honorific": rng.choice(["Mr.", "Ms."]),
    }


def _full(p: dict) -> str:
    return f"{p['first']} {p['last']}"


def _num(rng: random.Random, scale: int) -> tuple[str, int]:
    value = rng.randint(2, 95) * scale // 10 * 10 or scale
    return f"{value:,}", value


class _Writer:
    """One article: remembers who was already introduced so later mentions use the surname."""

    def __init__(self, rng: random.Random, world: dict, published: datetime.date | None = None):
        self.published = published
        self.rng = rng
        self.world = world
        self.seen: set[str] = set()

    def name(self, p: dict, end: bool = False) -> str:
        """First mention with the title, later ones by surname; `end`: the sentence ends here."""
        if _full(p) in self.seen:
            return self.rng.choice([p["last"], p["last"], f"{p['honorific']} {p['last']}"])
        self.seen.add(_full(p))
        c = p["country"]
        return self.rng.choice([
            f"{c[1]} {p['office']} {_full(p)}",
            f"{p['office']} {_full(p)} of {c[0]}",
            f"{_full(p)}, {c[0]}'s {p['office'].lower()}" + ("" if end else ","),
        ])

    def date(self) -> str:
        r = self.rng
        # A running story keeps coming back to the same few dates; a few are misreported.
        if r.random() < MISREPORTED:
            day, month, year = r.randint(1, 28), r.choice(MONTHS), r.choice([2025, 2026])
        else:
            day, month, year = r.choice(self.world["dates"])
        return r.choice([
            f"on {day} {month} {year}",
            f"on {month} {day}, {year}",
            f"in {r.choice(['early', 'mid', 'late'])} {month}",
            f"in {month} {year}",
            *self._this_weekday(),
            f"on {r.choice(WEEKDAYS)}",
        ])

    def _this_weekday(self) -> list[str]:
        """"this Tuesday (3)": only with a publication date, and the weekday fits the day."""
        if self.published is None:
            return []
        day = self.published - datetime.timedelta(days=self.rng.randint(0, 6))
        return [f"this {DAY_NAMES[day.weekday()]} ({day.day})"]

    def figure(self, counted=None) -> str:
        r = self.rng
        if counted is None and r.random() >= MISREPORTED:
            return r.choice(self.world["figures"])
        noun, scale = counted or r.choice(COUNTED)
        text, _ = _num(r, scale)
        return f"{r.choice(QUALIFIERS)} {text} {noun}"

    def sentence(self) -> str:
        r, w = self.rng, self.world
        a, b = r.sample(w["people"], 2)
        prov = r.choice(a["country"][3])
        issue = r.choice(ISSUES)
        org = r.choice(w["orgs"])
        templates = [
            lambda: f"{self.name(a)} met {self.name(b)} in {r.choice(w['cities'])} {self.date()}"
            f" to discuss {issue}.",
            lambda: f"{self.figure().capitalize()} were affected in {prov}, according to {org}.",
            lambda: f"The strait carries {r.choice(QUALIFIERS)} {r.randint(10, 70)} percent of the"
            f" region's {r.choice(['grain', 'fuel', 'container'])} traffic.",
            lambda: self._list_figure(prov),
            lambda: f"“We will not accept {issue} imposed from outside,” {self.name(a)}"
            f" {r.choice(SPEECH)}.",
            lambda: f"{self.name(a)} {r.choice(SPEECH)} that the talks had been"
            f" “{r.choice(ADJECTIVES)}” and that more work was needed on {issue}.",
            lambda: f"Speaking {self.date()}, {self.name(b)} called {a['last']} a"
            f" “{r.choice(LABELS)}” and {r.choice(['recalled', 'summoned'])} the ambassador.",
            lambda: f"According to {self.name(b, end=True)}, {self.figure()} could lose out if"
            f" {issue} are not settled before the dry season.",
            lambda: f"The dispute began {self.date()}, when {a['country'][0]} raised {issue}"
            f" and {b['country'][0]} answered with sanctions.",
            lambda: f"Mr. {b['last']} and Ms. {a['last']} last met at 9 a.m. in the U.N."
            f" building, Dr. {r.choice(LAST)} {r.choice(['noted', 'said'])}.",
            lambda: f"Analysts say the outcome could reshape trade across the region, while"
            f" {r.choice(['critics', 'opposition leaders', 'union officials'])} warn that"
            f" {issue} remain unresolved.",
            lambda: f"{self.figure(('protesters', 100)).capitalize()} gathered outside the venue"
            f" {self.date()}, and {r.randint(2, 40)} people were injured in scuffles with police.",
            lambda: f"“Is this a negotiation or an ultimatum?” asked {self.name(b, end=True)}."
            f" “We came to talk!”",
            lambda: f"{self.name(a)} {r.choice(['has said', 'said', 'insists'])} the country wants"
            f" “a fair deal, not a favour.”",
            lambda: f"The measure, approved {self.date()}, cost {r.choice(QUALIFIERS)}"
            f" ${r.randint(2, 90)}.{r.randint(1, 9)} million in lost fees.",
        ]
        return r.choice(templates)()

    def _list_figure(self, prov: str) -> str:
        r = self.rng
        parts = [r.randint(5, 40) * 100 for _ in range(3)]
        provs = r.sample(r.choice(COUNTRIES)[3], 3)
        return (f"Flooding at the locks destroyed {sum(parts):,} hectares of crops:"
                f" {parts[0]:,} in {provs[0]}, {parts[1]:,} in {provs[1]} and {parts[2]:,}"
                " along the coast.")

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 5)))

    def quote_block(self) -> list[str]:
        p = self.rng.choice(self.world["people"])
        words = (f"We came here with an open hand, but we will not give away {p['country'][0]}'s"
                 f" share of {self.rng.choice(ISSUES)}.")
        return [words, f"{p['office']} {_full(p)}"]

    def bullets(self) -> list[str]:
        items = self.rng.sample(ISSUES, self.rng.randint(3, 5))
        mark = self.rng.choice(["  • ", "- ", "* "])
        return [f"{mark}{i[0].upper()}{i[1:]}" for i in items]


def _world(rng: random.Random) -> dict:
    people = [_person(rng, rng.choice(COUNTRIES)) for _ in range(40)]
    people.sort(key=lambda p: (p["last"], p["first"]))
    cities = [c[2] for c in COUNTRIES] + ["Brennholt", "Saltgate"]
    orgs = [f"the {c[1]} {d} ministry" for c in COUNTRIES for d in ("trade", "agriculture")]
    authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(60)]
    dates = [(rng.randint(1, 28), rng.choice(MONTHS), rng.choice([2025, 2026]))
             for _ in range(STORY_DATES)]
    figures = []
    for _ in range(STORY_FIGURES):
        noun, scale = rng.choice(COUNTED)
        figures.append(f"{rng.choice(QUALIFIERS)} {_num(rng, scale)[0]} {noun}")
    return {"people": people, "cities": cities, "orgs": orgs, "authors": authors,
            "dates": dates, "figures": figures}


def _headline(rng: random.Random, world: dict) -> str:
    a, b = rng.sample(world["people"], 2)
    return rng.choice([
        f"{a['last']} and {b['last']} Meet in {rng.choice(world['cities'])}"
        f" Over {rng.choice(ISSUES).title()}",
        f"{a['country'][1]} Leaders Weigh Response to Strait Dispute",
        f"Talks on {rng.choice(ISSUES).title()} End Without a Deal",
        f"{a['last']} Warns {b['country'][0]} as Port Protests Grow",
    ])


def _header(rng: random.Random, world: dict, title: str) -> tuple[list, datetime.date | None]:
    author = rng.choice(world["authors"])
    outlet = rng.choice(OUTLETS)
    style = rng.randrange(4)
    if style == 0:
        byline = f"By {author} - {rng.choice(EDITOR_ROLES)}"
        return [f"Home » World » {title}", "", title, "", byline, ""], None
    if style == 1:
        # Day 13+ keeps month-first "MM/DD" unambiguous, as in most US-style date lines.
        m, d, h = rng.randint(1, 12), rng.randint(13, 28), rng.randint(6, 22)
        line = f"Published {m:02d}/{d:02d}/2026 {h:02d}:{rng.randint(0, 59):02d}"
        return [line, title, f"By {author}"], datetime.date(2026, m, d)
    if style == 2:
        dek = (f"After months of tension over {rng.choice(ISSUES)}, the two governments"
               " are trying to reset relations across the strait")
        host = outlet.lower().replace(" ", "")
        return [title, "", dek, "", f"By {outlet} Staff", "", f"Source: {host}.example", ""], None
    return [title, ""], None


def _article(rng: random.Random, world: dict) -> str:
    title = _headline(rng, world)
    lines, published = _header(rng, world, title)
    w = _Writer(rng, world, published)
    blank = rng.random() < 0.7  # most seeds separate paragraphs by a blank line
    body: list[str] = [w.paragraph(), w.paragraph()]
    for _ in range(rng.randint(MIN_SECTIONS, MAX_SECTIONS)):
        body.append(rng.choice(["What Comes Next", "Protests at the Port", "A Long Dispute",
                                "Reactions", "Background to the Talks", "The Numbers"]))
        for _ in range(rng.randint(MIN_PARAGRAPHS, MAX_PARAGRAPHS)):
            body.append(w.paragraph())
        roll = rng.random()
        if roll < 0.25:
            body.append("Officials said the agenda would include:")
            body.extend(w.bullets())
        elif roll < 0.4:
            body.extend(w.quote_block())
    for chunk in body:
        lines.append(chunk)
        if blank:
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def generate(n: int) -> dict[str, str]:
    """N articles: file name -> text. Same n, same output, byte for byte."""
    rng = random.Random(n)
    world = _world(rng)
    out = {}
    for i in range(n):
        text = _article(rng, world)
        out[f"{i:04d}_synthetic.txt"] = text
    return out


def write(n: int, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(n).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python scripts/_synthetic_cluster.py N OUT_DIR")
    write(int(sys.argv[1]), Path(sys.argv[2]))

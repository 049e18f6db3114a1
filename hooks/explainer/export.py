"""Machine-readable exports: the schema-versioned extraction JSON and the figures CSV/JSON.

Reads: an Extraction. Produces: bytes, deterministic (sorted keys, fixed separators, LF).
Limits: a Sentence is exported as its key ("<article>#s<n>") plus text; articles carry metadata
and counts, not their full text.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields, is_dataclass

from explainer.model import SCHEMA_VERSION, Extraction, Figure, Sentence


def _plain(value):
    if isinstance(value, Sentence):
        return {"key": value.key, "text": value.text}
    if is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _dumps(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode()


def extraction_json(ex: Extraction) -> bytes:
    articles = []
    for f in ex.articles:
        meta = asdict(f.article)
        meta.pop("blocks")
        articles.append(
            {
                "article": meta,
                "kind": f.kind,
                "kind_how": f.kind_how,
                "sentences": len(f.sentences),
                "quotes": _plain(f.quotes),
                "figures": _plain(f.figures),
                "dates": _plain(f.dates),
                "topics": [
                    {"sentence": t.sentence.key, "topic": t.topic, "how": t.how} for t in f.topics
                ],
            }
        )
    return _dumps(
        {
            "schema_version": SCHEMA_VERSION,
            "articles": articles,
            "people": _plain(ex.people),
            "entities": _plain(ex.entities),
            "problems": _plain(ex.problems),
        }
    )


FIGURE_COLUMNS = (
    "value",
    "text",
    "qualifier",
    "unit",
    "counts",
    "source",
    "sentence",
    "sentence_text",
)


def _figure_rows(ex: Extraction, labels: dict[str, str]) -> list[dict]:
    rows = []
    for f in ex.articles:
        for fig in f.figures:
            rows.append(_figure_row(fig, labels))
    return rows


def _figure_row(fig: Figure, labels: dict[str, str]) -> dict:
    return {
        "value": fig.value,
        "text": fig.text,
        "qualifier": fig.qualifier or "",
        "unit": fig.unit or "",
        "counts": fig.counts,
        "source": labels.get(fig.sentence.article_id, fig.sentence.article_id),
        "sentence": fig.sentence.key,
        "sentence_text": fig.sentence.text,
    }


def figures_csv(ex: Extraction, labels: dict[str, str]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FIGURE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in _figure_rows(ex, labels):
        # A leading = + - @ makes spreadsheets run the cell as a formula: neutralise it.
        writer.writerow(
            {k: ("'" + v if isinstance(v, str) and v[:1] in "=+-@" else v) for k, v in row.items()}
        )
    return buf.getvalue().encode()


def figures_json(ex: Extraction, labels: dict[str, str]) -> bytes:
    return _dumps({"schema_version": SCHEMA_VERSION, "figures": _figure_rows(ex, labels)})

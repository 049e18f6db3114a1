"""A horizontal bar chart as plain SVG text, drawn at build time (no JavaScript, no fonts).

Reads: labels and values. Produces: SVG bytes with role="img", <title> and <desc>, every text
XML-escaped. Limits: one series, non-negative values; long labels are shortened with "…" (the
full labels are in the table next to the chart and in each bar's <title>). The chart draws its
own white background so it stays readable when the page is in dark mode.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

WIDTH = 720
LABEL_W = 300  # px for the bar labels on the left
VALUE_W = 90  # px kept free right of the longest bar for its value
ROW_H = 30
TOP = 44  # room for the title line
MAX_LABEL = 42  # characters before a label is shortened


def number(value: float) -> str:
    """2800.0 -> '2,800'; 0.5 -> '0.5'."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def bar_chart(title: str, desc: str, bars: list[tuple[str, float]], unit: str = "") -> bytes:
    height = TOP + ROW_H * len(bars) + 16
    top = max((v for _, v in bars), default=0) or 1
    span = WIDTH - LABEL_W - VALUE_W
    ink = 'fill="#1a1a1a"'
    heading = escape(title + (f" ({unit})" if unit else ""))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title chart-desc" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="14">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="8" y="24" font-weight="bold" {ink}>{heading}</text>',
    ]
    for i, (label, value) in enumerate(bars):
        y = TOP + i * ROW_H
        w = max(1, round(span * max(value, 0) / top))
        out.append("<g>")
        shown = escape(number(value))
        out.append(f"<title>{escape(label)}: {shown}</title>")
        name = escape(_short(label))
        out.append(f'<text x="{LABEL_W - 8}" y="{y + 19}" text-anchor="end" {ink}>{name}</text>')
        out.append(
            f'<rect x="{LABEL_W}" y="{y + 5}" width="{w}" height="{ROW_H - 10}" fill="#3f51b5"/>'
        )
        out.append(f'<text x="{LABEL_W + w + 6}" y="{y + 19}" {ink}>{shown}</text>')
        out.append("</g>")
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode()

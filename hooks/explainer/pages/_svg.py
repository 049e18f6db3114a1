"""A bar chart as plain SVG text, drawn at build time (no JavaScript, no web fonts).

Reads: labels and values. Produces: SVG bytes with role="img", <title> and <desc>, every text
XML-escaped. Limits: one series, non-negative values. Each bar has its label on the line above
it, so long labels fit and the chart stays legible when a phone scales it down; labels longer
than MAX_LABEL characters are shortened with "…" (the full labels are in each bar's <title> and
in the table next to the chart). The chart draws its own white background so it stays readable
when the page is in dark mode.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

WIDTH = 480  # px; a phone shows it at about 0.7 scale, so 15 px text stays above 10 px
FONT = 15
ROW_H = 50  # label line + bar
BAR_H = 18
TOP = 40  # room for the title line
VALUE_W = 70  # px kept free right of the longest bar for its value
MAX_LABEL = 58  # characters that fit on one label line at this width


def number(value: float) -> str:
    """2800.0 -> '2,800'; 0.5 -> '0.5'."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def bar_chart(title: str, desc: str, bars: list[tuple[str, float]], unit: str = "") -> bytes:
    height = TOP + ROW_H * len(bars) + 8
    top = max((v for _, v in bars), default=0) or 1
    span = WIDTH - 16 - VALUE_W
    ink = 'fill="#1a1a1a"'
    heading = escape(title + (f" ({unit})" if unit else ""))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="chart-title chart-desc" '
        f'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif" font-size="{FONT}">',
        f'<title id="chart-title">{escape(title)}</title>',
        f'<desc id="chart-desc">{escape(desc)}</desc>',
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        f'<text x="8" y="26" font-weight="bold" {ink}>{heading}</text>',
    ]
    for i, (label, value) in enumerate(bars):
        y = TOP + i * ROW_H
        w = max(1, round(span * max(value, 0) / top))
        shown = escape(number(value))
        out.append("<g>")
        out.append(f"<title>{escape(label)}: {shown}</title>")
        out.append(f'<text x="8" y="{y + 16}" {ink}>{escape(_short(label))}</text>')
        out.append(f'<rect x="8" y="{y + 24}" width="{w}" height="{BAR_H}" fill="#3f51b5"/>')
        out.append(f'<text x="{8 + w + 6}" y="{y + 24 + BAR_H - 4}" {ink}>{shown}</text>')
        out.append("</g>")
    out.append("</svg>")
    return ("\n".join(out) + "\n").encode()

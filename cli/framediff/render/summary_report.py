"""`framediff summary` as text (one screen), Markdown and HTML (an inline chart per figure, no script, no request)."""

from __future__ import annotations

from typing import Any

from framediff.safetext import one_line

ROWS = 12  # outlets in the text report; the JSON has them all
FIGURES = [  # (key, heading, how shown)
    ("articles", "articles", "count"),
    ("events", "events", "count"),
    ("left_out_share", "left out", "share"),
    ("only_here_share", "only here", "share"),
    ("tone", "tone", "tone"),
    ("tone_others", "others", "tone"),
    ("reuse_share", "reused", "share"),
]


def _cell(value: Any, how: str) -> str:
    if value is None:
        return "–"
    if how == "share":
        return f"{value:.0%}"
    if how == "tone":
        return f"{value:+.2f}"
    return str(value)


def _clip(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    import textwrap

    return textwrap.wrap(one_line(text), width, initial_indent=indent, subsequent_indent=indent + "  ", break_on_hyphens=False) or [indent]


def _item(text: str, width: int) -> str:
    return "  " + _clip(text, width - 2)


SHORT = ["arts", "evts", "left", "only", "tone", "othr", "reuse"]  # headings when the full ones would not fit


def _table(rows: list[dict[str, Any]], width: int, first: str) -> list[str]:
    headings = [h for _, h, _ in FIGURES]
    numbers = [max(len(h), 6) for h in headings]
    if 2 + 12 + sum(n + 1 for n in numbers) > width:
        headings, numbers = SHORT, [5] * len(SHORT)
    name_width = max(12, min(40, width - sum(n + 1 for n in numbers) - 2))
    head = f"  {first:<{name_width}}" + "".join(f" {h:>{n}}" for h, n in zip(headings, numbers))
    lines = [head.rstrip()]
    for row in rows[:ROWS]:
        cells = "".join(f" {_cell(row[k], how):>{n}}" for (k, _, how), n in zip(FIGURES, numbers))
        lines.append(f"  {_clip(row['label'], name_width):<{name_width}}{cells}".rstrip())
    if len(rows) > ROWS:
        lines.append(f"  … and {len(rows) - ROWS} more (all of them in --format json)")
    return lines


def render_text(doc: dict[str, Any], width: int = 100) -> str:
    width = max(60, width)
    lines = _wrap(f"framediff summary: {doc['events']} events ({doc['compared_events']} compared), {doc['articles']} articles, "
                  f"{len(doc['outlets'])} outlets", width) + [""]
    lines += _table(doc["outlets"], width, "outlet")
    lines += _wrap(("arts: articles; evts: events; left: " if width < 74 else "") + "left out: of the widely carried claims of its events; only here: of its own claims; tone: VADER on shared claims, "
                   "against the others on the same claims; reused: share of its text found verbatim in another outlet's article", width, "  ")
    if "groups" in doc:
        lines += [""] + _table(doc["groups"], width, "group")
        spots = doc["blindspots"]
        lines += ["", f"Blindspots: {len(spots)} claim{'s' if len(spots) != 1 else ''} carried only by one group's outlets"]
        for b in spots[:5]:
            lines.append(_item(f"{b['group']}: {b['event']} claim {b['claim']}: {b['text']} (missed by {', '.join(b['missed_by'])})", width))
        if len(spots) > 5:
            lines.append(f"  … and {len(spots) - 5} more (all of them in --format json)")
        if doc.get("ungrouped_outlets"):
            lines += _wrap(f"not in the outlets file: {', '.join(doc['ungrouped_outlets'])}", width, "  ")
    lines += ["", "Most distinctive terms and most quoted:"]
    for row in doc["outlets"][:ROWS]:  # the same outlets as the table above
        quoted = ", ".join(f"{q['speaker']} ({q['quotes']})" for q in row["quotes_most"][:2]) or "no one"
        lines.append(_item(f"{row['label']}: {', '.join(row['distinctive_terms'][:5]) or '–'}; quotes {quoted}", width))
    if len(doc["outlets"]) > ROWS:
        lines.append(f"  … and {len(doc['outlets']) - ROWS} more (all of them in --format json)")
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _md(text: Any) -> str:
    return one_line(str(text)).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("*", "\\*").replace("_", "\\_")


def render_markdown(doc: dict[str, Any]) -> str:
    out = ["# framediff summary", "", f"{doc['events']} events ({doc['compared_events']} compared), {doc['articles']} articles, "
           f"{len(doc['outlets'])} outlets.", ""]
    for title, rows, first in [("Outlets", doc["outlets"], "outlet"), ("Groups", doc.get("groups"), "group")]:
        if rows is None:
            continue
        out += [f"## {title}", "", f"| {first} | " + " | ".join(h for _, h, _ in FIGURES) + " | distinctive terms | quotes most |",
                "|---|" + "---:|" * len(FIGURES) + "---|---|"]
        for row in rows:
            quoted = ", ".join(f"{_md(q['speaker'])} ({q['quotes']})" for q in row["quotes_most"][:3])
            out.append(f"| {_md(row['label'])} | " + " | ".join(_cell(row[k], how) for k, _, how in FIGURES)
                       + f" | {_md(', '.join(row['distinctive_terms'][:6]))} | {quoted} |")
        out.append("")
    if "blindspots" in doc:
        out += ["## Blindspots", "", "Claims carried by two or more outlets, all of one group, and missed by the other groups' outlets "
                "of the same event.", ""]
        out += [f"- **{_md(b['group'])}**, {_md(b['event'])} claim {b['claim']}: {_md(b['text'])} (carried by {_md(', '.join(b['carried_by']))}; "
                f"missed by {_md(', '.join(b['missed_by']))})" for b in doc["blindspots"]] or ["None."]
        out.append("")
    return "\n".join(out)


def _bars(rows: list[dict[str, Any]], key: str, how: str) -> str:
    """One figure as an inline SVG bar chart, one bar per row, labels escaped; tone bars grow from the middle."""
    from framediff.render.html import esc

    values = [row[key] for row in rows]
    known = [abs(v) for v in values if v is not None]
    top = max(known) if known and max(known) > 0 else 1.0
    height = 22 * len(rows) + 4
    parts = [f'<svg class="chart" viewBox="0 0 460 {height}" role="img" aria-label="{esc(key)}">']
    for n, (row, value) in enumerate(zip(rows, values)):
        y = 22 * n + 2
        parts.append(f'<text x="0" y="{y + 15}" class="name">{esc(_clip(row["label"], 20))}</text>')
        if value is None:
            parts.append(f'<text x="170" y="{y + 15}" class="value">–</text>')
            continue
        if how == "tone":
            length = 120 * abs(value) / top
            x = 305 if value >= 0 else 305 - length
            parts.append(f'<line x1="305" x2="305" y1="{y}" y2="{y + 20}" class="axis"/>')
        else:
            length, x = 240 * value / top, 170
        parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(length, 1):.1f}" height="14" class="{"neg" if how == "tone" and value < 0 else "bar"}"/>')
        left = how == "tone" and value < 0
        anchor = ' text-anchor="end"' if left else ""
        parts.append(f'<text x="{x - 4 if left else x + length + 4:.1f}" y="{y + 15}" class="value"{anchor}>{esc(_cell(value, how))}</text>')
    parts.append("</svg>")
    return "".join(parts)


SUMMARY_CSS = """
.chart{width:100%;max-width:720px;height:auto;display:block;margin:.25rem 0 1.25rem}
.chart .name{font-size:13px;fill:currentColor}.chart .value{font-size:12px;fill:currentColor;opacity:.8}
.chart .bar{fill:#3a78c2}.chart .neg{fill:#c2563a}.chart .axis{stroke:currentColor;opacity:.4}
table.figures{border-collapse:collapse;font-size:.9rem;display:block;overflow-x:auto}
table.figures td,table.figures th{padding:.2rem .5rem;border-bottom:1px solid #8884;text-align:right}
table.figures td:first-child,table.figures th:first-child{text-align:left;white-space:nowrap}
"""


def render_html(doc: dict[str, Any]) -> str:
    from framediff.render.html import _head, esc

    out = _head("framediff summary", SUMMARY_CSS)
    out += ["<main>", "<h1>framediff summary</h1>",
            f"<p>{doc['events']} events ({doc['compared_events']} compared), {doc['articles']} articles, {len(doc['outlets'])} outlets.</p>"]
    for title, rows in [("Outlets", doc["outlets"]), ("Groups", doc.get("groups"))]:
        if rows is None:
            continue
        out += [f"<section><h2>{title}</h2>", '<table class="figures"><thead><tr><th>name</th>'
                + "".join(f"<th>{esc(h)}</th>" for _, h, _ in FIGURES) + "</tr></thead><tbody>"]
        for row in rows:
            out.append(f"<tr><td>{esc(row['label'])}</td>" + "".join(f"<td>{esc(_cell(row[k], how))}</td>" for k, _, how in FIGURES) + "</tr>")
        out.append("</tbody></table>")
        for key, heading, how in FIGURES:
            out += [f"<h3>{esc(heading)}</h3>", _bars(rows[:40], key, how)]
        out.append("</section>")
    if "blindspots" in doc:
        out += ["<section><h2>Blindspots</h2><ul>"]
        out += [f"<li><b>{esc(b['group'])}</b>, {esc(b['event'])} claim {b['claim']}: {esc(b['text'])} "
                f"(carried by {esc(', '.join(b['carried_by']))}; missed by {esc(', '.join(b['missed_by']))})</li>" for b in doc["blindspots"]]
        out += ["</ul></section>"]
    out += ["</main></body></html>"]
    return "\n".join(out) + "\n"

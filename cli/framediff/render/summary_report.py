"""`framediff summary` as text (one screen), Markdown and HTML (an inline chart per figure, no script, no request)."""

from __future__ import annotations

from typing import Any

from framediff.safetext import one_line, visible_name

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


def cell(value: Any, how: str) -> str:
    """A summary figure as shown in every format: a share as a percentage, a tone signed, none as a dash."""
    if value is None:
        return "–"
    if how == "share":
        return f"{value:.0%}"
    if how == "tone":
        return f"{value:+.2f}"
    return str(value)


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    import textwrap

    return textwrap.wrap(one_line(text), width, initial_indent=indent, subsequent_indent=indent + "  ", break_on_hyphens=False) or [indent]


SHORT = ["arts", "evts", "left", "only", "tone", "othr", "reuse"]  # headings when the full ones would not fit


def _table(rows: list[dict[str, Any]], width: int, first: str) -> list[str]:
    headings = [h for _, h, _ in FIGURES]
    numbers = [max(len(h), 6) for h in headings]
    if 2 + 12 + sum(n + 1 for n in numbers) > width:
        headings, numbers = SHORT, [5] * len(SHORT)
    name_width = max(12, min(40, width - sum(n + 1 for n in numbers) - 2))
    head = f"  {first:<{name_width}}" + "".join(f" {h:>{n}}" for h, n in zip(headings, numbers))
    lines = [head.rstrip()]
    import textwrap

    for row in rows[:ROWS]:
        cells = "".join(f" {cell(row[k], how):>{n}}" for (k, _, how), n in zip(FIGURES, numbers))
        name = textwrap.wrap(visible_name(row["label"]), name_width, break_on_hyphens=False) or [""]  # a long name wraps, never cut
        lines.append(f"  {name[0]:<{name_width}}{cells}".rstrip())
        lines += [f"  {more}" for more in name[1:]]
    if len(rows) > ROWS:
        lines.append(f"  … and {len(rows) - ROWS} more (all of them in --format json)")
    return lines


def render_text(doc: dict[str, Any], width: int = 100) -> str:
    width = max(60, width)
    lines = _wrap(f"framediff summary: {doc['events']} events ({doc['compared_events']} compared), {doc['articles']} articles, "
                  f"{len(doc['outlets'])} outlets", width) + [""]
    lines += _table(doc["outlets"], width, "outlet")
    lines += _wrap(("arts: articles; evts: events; left: " if width < 74 else "")
                   + "left out: of the widely carried claims of its events, those nothing of it comes near; only here: of its own claims; "
                   "tone: VADER on shared claims, against the others on the same claims; reused: share of its text found verbatim in "
                   "another outlet's article", width, "  ")
    if "groups" in doc:
        lines += [""] + _table(doc["groups"], width, "group")
        spots = doc["blindspots"]
        lines += ["", f"Blindspots: {len(spots)} claim{'s' if len(spots) != 1 else ''} carried only by one group's outlets"]
        for b in spots[:5]:
            missed = ", ".join(visible_name(m) for m in b["missed_by"])
            lines += _wrap(f"{b['group']}: {b['event']} claim {b['claim']}: {b['text']} (missed by {missed})", width, "  ")
        if len(spots) > 5:
            lines.append(f"  … and {len(spots) - 5} more (all of them in --format json)")
        if doc.get("ungrouped_outlets"):
            lines += _wrap(f"not in the outlets file: {', '.join(visible_name(o) for o in doc['ungrouped_outlets'])}", width, "  ")
    lines += ["", "Most distinctive terms and most quoted:"]
    for row in doc["outlets"][:ROWS]:  # the same outlets as the table above
        quoted = ", ".join(f"{q['speaker']} ({q['quotes']})" for q in row["quotes_most"][:2]) or "no one"
        terms = ", ".join(row["distinctive_terms"][:5]) or no_terms(row)
        lines += _wrap(f"{visible_name(row['label'])}: {terms}; quotes {quoted}", width, "  ")
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
            out.append(f"| {_md(row['label'])} | " + " | ".join(cell(row[k], how) for k, _, how in FIGURES)
                       + f" | {_md(', '.join(row['distinctive_terms'][:6]) or no_terms(row))} | {quoted} |")
        out.append("")
    if "blindspots" in doc:
        out += ["## Blindspots", "", "Claims carried by two or more outlets, all of one group, and missed by the other groups' outlets "
                "of the same event.", ""]
        out += [f"- **{_md(b['group'])}**, {_md(b['event'])} claim {b['claim']}: {_md(b['text'])} "
                f"(carried by {_md(', '.join(b['carried_by']))}; missed by {_md(', '.join(b['missed_by']))})"
                for b in doc["blindspots"]] or ["None."]
        out.append("")
    return "\n".join(out)


def render_html(doc: dict[str, Any]) -> str:
    from framediff.render.summary_html import render_html as page

    return page(doc)


def no_terms(row: dict[str, Any]) -> str:
    """What stands for an outlet's distinctive terms when it has none: "–"; "not run (English only)" where no event of it
    was read by that analysis (its articles are in another language); or "not compared" where none had another English
    article to set them against."""
    if row.get("distinctive_compared", True):
        return "–"
    return "not compared (no other English article)" if row.get("distinctive_run", True) else "not run (English only)"


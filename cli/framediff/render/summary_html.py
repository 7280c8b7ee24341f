"""`framediff summary` as one HTML page, held to the compare page's standard: what each figure measures in one line,
no figure that repeats another, labels that wrap rather than clip, a legend, and a page no wider than a phone.

Bars are HTML and CSS (a grid of label, bar and value), not SVG text: a long outlet name wraps onto a second line
instead of being cut, and the page reads at 390 px as at 1,280 px. No script, no request.
"""

from __future__ import annotations

from typing import Any

from framediff.render.html_page import esc, head
from framediff.render.summary_report import cell, no_terms

# (key, heading, what it measures in one line), in the order of the table's columns.
MEASURES = [
    ("articles", "articles", "articles of the outlet in the batch"),
    ("events", "events", "events it covered (an event with one article counts)"),
    ("left_out_share", "left out",
     "of the claims at least half the outlets of its events carry, the share it left out: nothing of it comes near"),
    ("only_here_share", "only here",
     "of its own claims, the share every other outlet of the event leaves out (nothing of theirs comes near)"),
    ("tone", "tone", "VADER compound tone of its sentences on shared claims, −1 to +1"),
    ("tone_others", "others' tone", "the other outlets' tone on the same claims"),
    ("reuse_share", "reused", "share of its text found verbatim (8 words or more) in another outlet's article of the event"),
]

CSS = """
.figure{margin:1rem 0 1.6rem}.figure figcaption{margin:.1rem 0 .5rem}
.bars{display:grid;grid-template-columns:minmax(6rem,12rem) 1fr;gap:.25rem .6rem;align-items:center;max-width:48rem}
.bars .name{overflow-wrap:anywhere;font-size:.9rem;line-height:1.2}
.track{position:relative;height:1.1rem;background:var(--panel);border-radius:.2rem}
.fill{position:absolute;top:0;bottom:0;left:0;background:var(--accent);border-radius:.2rem}
.fill.neg{background:#c2563a}.fill.pos{background:#3a8a4a}
.track .value{position:absolute;top:-.05rem;font-size:.8rem;white-space:nowrap;padding:0 .3rem}
.track.tone::before{content:"";position:absolute;left:50%;top:-.15rem;bottom:-.15rem;border-left:1px solid var(--muted)}
.tick{position:absolute;top:-.25rem;bottom:-.25rem;width:0;border-left:3px solid var(--fg)}
.legend-box{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.85rem;margin:.2rem 0 .6rem}
.swatch{display:inline-block;width:.9rem;height:.7rem;border-radius:.15rem;vertical-align:middle;margin-right:.3rem}
.swatch.tickmark{width:0;border-left:3px solid var(--fg);height:.9rem;border-radius:0}
table.figures{font-size:.9rem}table.figures td.num,table.figures th.num{text-align:right;white-space:nowrap}
table.figures td.terms{min-width:12rem;max-width:22rem;overflow-wrap:anywhere}
dl.measures{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;font-size:.85rem;margin:.4rem 0}
dl.measures dt{font-weight:600}dl.measures dd{margin:0}
@media (max-width:40rem){.bars{grid-template-columns:minmax(5rem,8rem) 1fr}dl.measures{grid-template-columns:1fr}\
dl.measures dd{margin-bottom:.3rem}}
"""


def render_html(doc: dict[str, Any]) -> str:
    outlets = doc["outlets"]
    title = "framediff summary"
    out = head(title, CSS)
    out += ["<main>", '<header><p class="eyebrow">framediff summary</p>',
            f"<h1>{len(outlets)} outlets across {doc['events']} events</h1>",
            f'<p class="muted">{doc["events"]} events ({doc["compared_events"]} with two or more articles, compared), '
            f'{doc["articles"]} articles. '
            "Every figure is per outlet, over all its events.</p>"]
    if doc.get("merged_labels"):
        merged = "; ".join(f"{esc(m['label'])} ({', '.join(esc(s) for s in m['spellings'])})" for m in doc["merged_labels"])
        out.append(f'<p class="small muted">Counted as one outlet, spelled otherwise in the batch: {merged}.</p>')
    out += ['<dl class="measures">'] + [f"<dt>{esc(h)}</dt><dd>{esc(what)}</dd>" for _, h, what in MEASURES] + ["</dl></header>"]
    out += _section("Outlets", outlets, "outlet")
    if "groups" in doc:
        out += _section("Groups", doc["groups"], "group")
        if doc.get("ungrouped_outlets"):
            out.append(f'<p class="small muted">Not in the outlets file, so in no group: {esc(", ".join(doc["ungrouped_outlets"]))}.</p>')
        out += _blindspots(doc["blindspots"])
    out += ["</main>", "<footer><p>One file, readable offline: no script, no request to any server.</p></footer></body></html>"]
    return "\n".join(out) + "\n"


def _section(title: str, rows: list[dict[str, Any]], first: str) -> list[str]:
    out = [f'<details class="section" open><summary><h2>{title}</h2></summary>', '<div class="scroll"><table class="figures"><thead><tr>',
           f'<th scope="col">{first}</th>']
    out += [f'<th scope="col" class="num" title="{esc(what)}">{esc(h)}</th>' for _, h, what in MEASURES]
    out += ['<th scope="col">most distinctive terms</th><th scope="col">quotes most</th></tr></thead><tbody>']
    for row in rows:
        quoted = ", ".join(f"{esc(q['speaker'])} ({q['quotes']})" for q in row["quotes_most"][:3]) or "–"
        out.append(f"<tr><th scope=\"row\">{esc(row['label'])}</th>"
                   + "".join(f'<td class="num">{esc(cell(row[k], _how(k)))}</td>' for k, _, _ in MEASURES)
                   + f'<td class="terms">{esc(", ".join(row["distinctive_terms"][:6]) or no_terms(row))}</td>'
                   + f'<td class="terms">{quoted}</td></tr>')
    out.append("</tbody></table></div>")
    who = "outlet" if first == "outlet" else "group's outlets"
    out += _share_figure(rows, "left_out_share", "Left out",
                         f"Of the claims at least half the outlets of its events carry, the share the {who} left out.")
    whose = f"the {who}'" if first != "outlet" else "the outlet's"
    out += _share_figure(rows, "only_here_share", "Only here",
                         f"Of {whose} own claims, the share that every other outlet of the event leaves out "
                         "(nothing of theirs comes near).")
    out += _tone_figure(rows)
    if any(row["reuse_share"] for row in rows):
        out += _share_figure(rows, "reuse_share", "Reused",
                             "Share of the outlet's text found verbatim, 8 words or more, in another outlet's article of the event.")
    else:
        out.append('<p class="small muted">Reused: no text of any of these found verbatim (8 words or more) '
                   'in another article of its event.</p>')
    out.append("</details>")
    return out


def _how(key: str) -> str:
    return "share" if key.endswith("_share") else "tone" if key.startswith("tone") else "count"


def _share_figure(rows: list[dict[str, Any]], key: str, heading: str, caption: str) -> list[str]:
    """A share from 0 to 100% per row, on one scale for every row."""
    out = [f'<figure class="figure"><figcaption><b>{esc(heading)}.</b> <span class="muted small">{esc(caption)} '
           "The bar's full width is 100%.</span></figcaption>", '<div class="bars">']
    for row in rows:
        value = row[key]
        width = 0.0 if value is None else max(0.0, min(1.0, float(value))) * 100
        label = cell(value, "share")
        out.append(f'<div class="name">{esc(row["label"])}</div><div class="track" role="img" aria-label="{esc(row["label"])}: {label}">'
                   f'<div class="fill" style="width:{width:.1f}%"></div>'
                   f'<span class="value" style="left:{min(width, 86):.1f}%">{label}</span></div>')
    out += ["</div>", "</figure>"]
    return out


def _tone_figure(rows: list[dict[str, Any]]) -> list[str]:
    """Each outlet's tone on shared claims as a bar from the middle (−1 left, +1 right), the others' tone on the same claims as a
    tick."""
    top = max([abs(r[k]) for r in rows for k in ("tone", "tone_others") if r[k] is not None] or [0.0]) or 1.0
    scale = min(1.0, max(0.25, top * 1.25))  # both ends of the axis at ±scale, so small tones stay visible
    out = ['<figure class="figure"><figcaption><b>Tone on shared claims.</b> '
           '<span class="muted small">VADER compound tone of the outlet\'s '
           f"sentences on claims other outlets also carry, beside the other outlets' tone on the same claims; the axis runs from "
           f"−{scale:.2f} (left) to +{scale:.2f} (right), 0 in the middle.</span></figcaption>",
           '<div class="legend-box"><span><span class="swatch" style="background:#c2563a"></span>more negative than 0</span>'
           '<span><span class="swatch" style="background:#3a8a4a"></span>more positive</span>'
           '<span><span class="swatch tickmark"></span>the other outlets on the same claims</span></div>', '<div class="bars">']
    for row in rows:
        tone, others = row["tone"], row["tone_others"]
        inner = ""
        if tone is not None:
            half = min(50.0, abs(tone) / scale * 50)
            left = 50 - half if tone < 0 else 50
            inner += f'<div class="fill {"neg" if tone < 0 else "pos"}" style="left:{left:.1f}%;width:{half:.1f}%"></div>'
        if others is not None:
            inner += f'<div class="tick" style="left:{50 + max(-50.0, min(50.0, others / scale * 50)):.1f}%"></div>'
        said = f"{cell(tone, 'tone')}, others {cell(others, 'tone')}"
        out.append(f'<div class="name">{esc(row["label"])}<br><span class="small muted">{said}</span></div>'
                   f'<div class="track tone" role="img" aria-label="{esc(row["label"])}: {said}">{inner}</div>')
    out += ["</div>", "</figure>"]
    return out


def _blindspots(spots: list[dict[str, Any]]) -> list[str]:
    out = ['<details class="section" open><summary><h2>Blindspots</h2></summary>',
           '<p class="small muted">Claims that two or more outlets carry, all of one group, '
           'in events where outlets of other groups were present '
           "and did not carry them.</p>"]
    if not spots:
        return out + ["<p>None.</p>", "</details>"]
    out.append('<ul class="plain">')
    out += [f"<li><b>{esc(b['group'])}</b>, {esc(str(b['event']))} claim {b['claim']}: {esc(b['text'])} "
            f"<span class=\"small muted\">(carried by {esc(', '.join(b['carried_by']))}; "
            f"missed by {esc(', '.join(b['missed_by']))})</span></li>"
            for b in spots]
    out += ["</ul>", "</details>"]
    return out

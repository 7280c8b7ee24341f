"""Framing sections of the HTML report."""

from __future__ import annotations

from typing import Callable

from ..alignment import Alignment
from ..framing import Framing
from .wording import fact_values


def framing_html(framing: Framing, alignment: Alignment, esc: Callable[[str], str]) -> str:
    labels = {a.id: esc(a.label) for a in alignment.articles}
    h = ["<h2>Framing</h2>"]
    for article in alignment.articles:
        f = framing.outlets[article.id]
        h.append(f'<h3 class="lbl">{labels[article.id]}</h3><ul>')
        h.append("<li>distinctive: " + (", ".join(esc(t) for t, _ in f.distinctive_terms) or "—") + "</li>")
        h.append('<li>evaluative: <span class="eval">' + (", ".join(f"{esc(t)} ×{c}" for t, _, c, _ in f.evaluative_terms[:12]) or "—") + "</span></li>")
        if f.tone is not None:
            others = f" (others on the same claims {f.tone_others:+.2f})" if f.tone_others is not None else ""
            h.append(f"<li>tone on shared claims: {f.tone:+.2f}{others}</li>")
        for q in f.quotes:
            h.append(f"<li>quote #{q.sentence} — <b>{esc(q.speaker or '(unattributed)')}</b> {esc(q.verb or '')}: “{esc(q.text)}”</li>")
        h.append("</ul>")
    if framing.naming:
        h.append("<h3>Naming</h3><table><tr>" + "".join(f"<th>{labels[a.id]}</th>" for a in alignment.articles) + "</tr>")
        for n in framing.naming[:20]:
            h.append("<tr>" + "".join(f"<td>{esc(' / '.join(n.variants[a.id]))}</td>" if a.id in n.variants else '<td class="no">·</td>' for a in alignment.articles) + "</tr>")
        h.append("</table>")
    if framing.reuse:
        h.append("<h3>Verbatim reuse</h3><ul>")
        for r in framing.reuse[:20]:
            h.append(f"<li>{labels[r.article]} repeats {r.share:.0%} of its text ({r.shared_chars} chars) from {labels[r.source]}</li>")
        h.append("</ul>")
    if framing.disagreements:
        h.append("<h3>Facts that disagree</h3><ul>")
        for d in framing.disagreements:
            number = next(n for n, c in enumerate(alignment.claims, 1) if c.id == d.claim)
            h.append(f"<li>claim {number} ({esc(d.kind)}): " + "; ".join(f"{labels[a]}: {esc(fact_values(v))}" for a, v in d.values.items()) + "</li>")
        h.append("</ul>")
    return "\n".join(h)

"""One self-contained HTML file: inline CSS, no scripts, no external assets. All article text is escaped."""

from __future__ import annotations

from html import escape as html_escape

from ..comparison import Comparison
from ..diffing import DiffOp
from ..safetext import visible
from .wording import counted

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1400px;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.5rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1rem;margin:1.4rem 0 .4rem}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #e2e2e2;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f6f6}.claim td{width:auto}.num{text-align:right}.lbl{font-weight:600;color:#0b5cad;white-space:nowrap}
ins{background:#d8f5d0;text-decoration:none}del{background:#fbdada;color:#8a1f1f}.minor{background:#e3f0fb;font-style:italic}
.rep{outline:2px solid #0b5cad33}.eval{border-bottom:2px solid #b0369f}.muted{color:#777}.yes{color:#2a7d2a;text-align:center}.no{color:#bbb;text-align:center}
.legend span{margin-right:1rem}
"""


def esc(text: str) -> str:
    return html_escape(visible(text), quote=True)


def diff_html(ops: tuple[DiffOp, ...] | list[DiffOp]) -> str:
    parts = []
    for op in ops:
        if op.op == "equal":
            parts.append(esc(op.b))
        elif op.op == "insert":
            parts.append(f"<ins>{esc(op.b)}</ins>")
        elif op.op == "delete":
            parts.append(f"<del>{esc(op.a)}</del>")
        elif op.minor:
            parts.append(f'<span class="minor">{esc(op.b)}</span>')
        else:
            parts.append(f"<del>{esc(op.a)}</del><ins>{esc(op.b)}</ins>")
    return "".join(parts)


def render_html(comparison: Comparison, *, title: str = "framediff compare") -> str:
    al = comparison.alignment
    labels = {a.id: esc(a.label) for a in al.articles}
    h: list[str] = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
        f"<p>{counted(len(al.articles), 'article')}, {counted(len(comparison.shared_claims), 'shared claim')}, {counted(len(al.claims), 'claim')} in all (threshold {al.threshold:.2f}).</p>",
        '<p class="legend"><span><ins>added</ins></span><span><del>left out</del></span><span class="minor">spelling or case only</span>'
        '<span class="muted">against the claim\'s representative (outlined)</span></p>',
        "<h2>Outlets</h2><table><tr><th>outlet</th><th>headline</th><th>date</th><th>words</th><th>sentences</th><th>claims</th><th>only here</th></tr>",
    ]
    for o in comparison.outlets:
        a = o.article
        h.append(f'<tr><td class="lbl">{labels[a.id]}</td><td>{esc(a.title or "—")}</td><td>{esc(a.date or "—")}</td>'
                 f'<td class="num">{a.word_count}</td><td class="num">{len(a.sentences)}</td><td class="num">{o.claims}</td><td class="num">{len(o.only_here)}</td></tr>')
    h.append("</table>")
    if comparison.headlines:
        h.append("<h2>Headlines</h2><table>")
        for article, ops in comparison.headlines:
            cls = ' class="rep"' if article is comparison.headline_reference else ""
            h.append(f'<tr><td class="lbl">{labels[article.id]}</td><td{cls}>{diff_html(ops)}</td></tr>')
        h.append("</table>")
    h.append("<h2>Claims</h2>")
    for claim in comparison.shared_claims:
        number = comparison.claim_number(claim.claim.id)
        missing = f' <span class="muted">not in: {", ".join(labels[a] for a in claim.claim.missing)}</span>' if claim.claim.missing else ""
        h.append(f"<h3>{number}. {len(claim.claim.articles)}/{len(al.articles)} outlets{missing}</h3>")
        h.append('<table class="claim"><tr>' + "".join(f'<th class="lbl">{labels[m.member.article]} #{m.member.sentence}</th>' for m in claim.members) + "</tr><tr>")
        for m in claim.members:
            cls = ' class="rep"' if m.is_reference else ""
            h.append(f"<td{cls}>{diff_html(m.diff)}</td>")
        h.append("</tr></table>")
    h.append("<h2>Coverage</h2><table><tr><th>claim</th>" + "".join(f"<th>{labels[a.id]}</th>" for a in al.articles) + "<th>representative</th></tr>")
    for number, covered in enumerate(al.claims, 1):
        if len(covered.articles) < 2:
            continue
        present = {m.article: m.sentence for m in covered.members}
        cells = "".join(f'<td class="yes">#{present[a.id]}</td>' if a.id in present else '<td class="no">·</td>' for a in al.articles)
        h.append(f'<tr><td class="num">{number}</td>{cells}<td>{esc(al.sentence(covered.representative).text)}</td></tr>')
    h.append("</table><h2>Only here / left out</h2>")
    for o in comparison.outlets:
        h.append(f'<h3><span class="lbl">{labels[o.article.id]}</span> <span class="muted">only here {len(o.only_here)}, left out {len(o.left_out)}</span></h3><ul>')
        for claim_id in o.left_out:
            left = al.claim(claim_id)
            h.append(f"<li><del>left out</del> {comparison.claim_number(claim_id)}. {esc(al.sentence(comparison.reference_of(left.id)).text)}</li>")
        for claim_id in o.only_here:
            alone = al.claim(claim_id)
            h.append(f"<li><ins>only here</ins> {esc(al.sentence(alone.members[0]).text)}</li>")
        h.append("</ul>")
    if comparison.framing is not None:
        from .html_framing import framing_html

        h.append(framing_html(comparison.framing, al, esc))
    h.append("</body></html>")
    return "\n".join(h) + "\n"

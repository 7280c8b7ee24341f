"""The parts every framediff HTML page shares: one security policy, the styles, the head, the footer, and escaping.

The page of `compare`, `diff` and `framing` (:mod:`framediff.render.html`) and the page of `summary`
(:mod:`framediff.render.summary_html`) both build on them.
"""

from __future__ import annotations

import datetime
from html import escape as html_escape

from framediff import __version__
from framediff.safetext import visible

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"

CSS = """
:root{--fg:#1d1d1f;--muted:#6b6b70;--bg:#fff;--panel:#f6f6f7;--line:#dedee3;--accent:#0b5cad;--ins:#d8f5d0;--ins-fg:#135200;
--del:#fbdada;--del-fg:#8a1f1f;--minor:#e3f0fb;--eval:#b0369f;--heat:11,92,173}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8ea;--muted:#a0a0a8;--bg:#16161a;--panel:#202026;--line:#34343c;--accent:#7fb6ff;
--ins:#1f3d1a;--ins-fg:#b9f0a8;--del:#4a1f22;--del-fg:#ffb3b3;--minor:#1d3146;--eval:#f08ee0;--heat:127,182,255}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:var(--fg);background:var(--bg)}
main,footer,nav.views,.toggles{max-width:78rem;margin:0 auto;padding:0 1rem}
main>header{padding-top:1rem}h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem;overflow-wrap:anywhere}
.eyebrow{color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.05em}
h2{font-size:1.25rem;margin:0}h3{font-size:1rem;margin:0;line-height:1.35}
a{color:var(--accent)}p{margin:.4rem 0}
details.section{border-top:1px solid var(--line);padding:.6rem 0}
details.section>summary{cursor:pointer}
details.section>summary h2{display:inline}
.toc ul{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.4rem 0}
.toc ol{columns:18rem;column-gap:2rem;margin:.4rem 0;padding-left:2.2rem}.toc ol li{break-inside:avoid;margin:.1rem 0}
.outlets{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));gap:.5rem}
.outlets li{background:var(--panel);border-radius:.4rem;padding:.5rem .7rem;overflow-wrap:anywhere}
.key{display:inline-block;min-width:1.6em;padding:0 .3em;border-radius:.3em;background:var(--accent);color:var(--bg);font-weight:700;\
text-align:center;font-size:.85em}
.lbl{font-weight:600;overflow-wrap:anywhere}.muted{color:var(--muted)}.small{font-size:.85rem}
.claim{margin:1rem 0 1.4rem;scroll-margin-top:1rem}
.claim>h3 a.anchor{color:var(--muted);text-decoration:none;margin-left:.3rem}
.members{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:.6rem;margin-top:.5rem}
.member{background:var(--panel);border:1px solid var(--line);border-radius:.45rem;padding:.55rem .7rem;scroll-margin-top:1rem;min-width:0}
.member.ref{border:2px solid var(--accent)}
.member:target{outline:3px solid var(--eval);outline-offset:2px}
.member header{padding:0;margin:0 0 .3rem;font-size:.85rem;color:var(--muted);display:flex;flex-wrap:wrap;gap:.3rem .5rem;\
align-items:baseline}
.member p{margin:0;overflow-wrap:break-word}
ins{background:var(--ins);color:var(--ins-fg);text-decoration:underline;text-decoration-thickness:1px}
del{background:var(--del);color:var(--del-fg);text-decoration:line-through}
.minor{background:var(--minor);font-style:italic}.same{text-decoration:underline dotted;text-underline-offset:.2em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
ins::before{content:" [added: ";position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
ins::after,del::after{content:"] ";position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
del::before{content:" [left out: ";position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:.3rem .45rem;vertical-align:top;text-align:left}
th{background:var(--panel);font-weight:600}
table.heat td.cell{text-align:center;padding:0;min-width:2.2rem}
table.heat td.cell a{display:block;padding:.3rem .2rem;color:inherit;text-decoration:none}
table.heat td.cell a:hover,table.heat td.cell a:focus{outline:2px solid var(--accent)}
table.heat td.hot a{color:var(--bg)}table.heat td.none,table.heat td.unclear{color:var(--muted);text-align:center}
table.heat td.near{text-align:center;color:var(--fg);background:repeating-linear-gradient(45deg,var(--panel) 0 4px,var(--bg) 4px 8px)}
.near-mark{border:1px dashed var(--muted);border-radius:.3em;padding:0 .3em}
table.heat td.words{max-width:24rem;min-width:10rem;overflow-wrap:anywhere}
@media (max-width:40rem){table.heat td.words,table.heat th.words{display:none}table.heat{font-size:.8rem}\
table.heat td.cell{min-width:1.9rem}table.heat th,table.heat td{padding:.25rem .2rem}}
.keys>span{display:inline-block;margin-right:.8rem}
.legend>span{display:inline-block;margin-right:1rem}
nav.views{display:flex;flex-wrap:wrap;gap:.3rem;align-items:center;padding-top:.3rem;padding-bottom:.3rem}
nav.views label{border:1px solid var(--line);border-radius:1rem;padding:.1rem .6rem;cursor:pointer;font-size:.9rem;max-width:100%;\
overflow-wrap:anywhere}
.view{position:absolute;opacity:0;pointer-events:none}
.toggles{font-size:.9rem}
#hide-deleted:checked~main del{display:none}
#hide-deleted:focus-visible~div.toggles label,.view:focus-visible+label{outline:2px solid var(--accent)}
ul.plain{padding-left:1.2rem}ul.plain li{margin:.25rem 0;overflow-wrap:anywhere}
footer{border-top:1px solid var(--line);margin-top:2rem;padding-top:.8rem;padding-bottom:2rem;color:var(--muted);font-size:.85rem}
footer dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}footer dd{margin:0;overflow-wrap:anywhere}
@media print{nav.views,.toggles,.toc,.view{display:none}details.section>summary{list-style:none}body{font-size:11pt}
.member{break-inside:avoid}a{color:inherit;text-decoration:none}}
"""


def esc(text: str) -> str:
    """Any text as inert HTML: controls shown as escapes, markup characters escaped."""
    return html_escape(visible(text), quote=True)


def head(title: str, css: str = "") -> list[str]:
    """The page's head (one security policy, no referrer, the shared styles) and the body's opening."""
    return [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="framediff {esc(__version__)}">',
        f"<title>{esc(title)}</title>",
        f"<style>{CSS}{css}</style></head><body>",
    ]


def footer(settings: str, sources: list[tuple[str, str]], generated: datetime.datetime | None) -> list[str]:
    """How the page was made: framediff's version and the time, the settings (HTML), and each outlet's source (label in HTML)."""
    when = (generated or datetime.datetime.now(datetime.timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
    out = ["<footer><dl>", f"<dt>made by</dt><dd>framediff {esc(__version__)}, {when}</dd>", f"<dt>settings</dt><dd>{settings}</dd>"]
    out += [f"<dt>{label}</dt><dd>{esc(source)}</dd>" for label, source in sources]
    out += ["</dl><p>One file, readable offline: no script, no request to any server.</p></footer>"]
    return out

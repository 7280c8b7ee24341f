"""Framing against hand annotations: loaded words, quotes and speakers on 21 public news texts.

    python bench/framing_eval.py            # precision, recall and F1 of each
    python bench/framing_eval.py --errors   # and every miss and false find, per article

Rules were developed against the odd-numbered texts (dev); the even-numbered
ones (held-out) are printed apart. Honestly: the baseline's errors on all 21
were seen once, before that split was made.

The set (bench/framing/, see its README) is 21 texts of November 2019 from 19
events and 20 outlets, annotated by hand before framediff was run on them.

- Loaded words: framediff's words of kind "loaded" against the annotated ones,
  as multisets per article. A found word matches an annotated one when they
  share a word ("patently" matches "patently false"). Intensifiers and hedges
  are framediff's other kinds and are not scored here.
- Quotes: each direct quote of three words or more. A found quote matches an
  annotated one when it starts with the annotated opening words, or contains
  them.
- Speakers: over matched quotes. Precision is the share of framediff's
  attributions that are right; recall the share of annotated speakers that
  framediff names. A name is right when it equals the annotated speaker, one of
  its other names, or its surname.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "framing"))

import gold  # noqa: E402

from framediff.api import read  # noqa: E402
from framediff.frame.loaded import evaluative_terms  # noqa: E402
from framediff.frame.quotes import find_quotes  # noqa: E402

_TITLE = re.compile(r"^(?:a|an|the|one)\s+", re.I)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[’`]", "'", text).lower().split())


def _words(term: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", _norm(term)))


def prf(found: int, right_found: int, annotated: int, right_annotated: int) -> tuple[float, float, float]:
    p = right_found / found if found else 1.0
    r = right_annotated / annotated if annotated else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _loaded(article, annotated: list[str], errors: list[str]) -> tuple[int, int, int, int]:
    found: list[str] = []
    for term, kind, count, _sentences, _quoted in evaluative_terms([article])[article.id]:
        if kind == "loaded":
            found.extend([term] * count)
    left = Counter(_norm(t) for t in annotated)
    right = 0
    for term in found:
        match = next((g for g in left if left[g] and (_words(g) & _words(term))), None)
        if match:
            left[match] -= 1
            right += 1
        else:
            errors.append(f"  loaded, not annotated: {term}")
    errors.extend(f"  loaded, missed: {g}" for g, n in left.items() for _ in range(n))
    return len(found), right, len(annotated), right


def _speaker_right(said: str | None, speaker: str, aliases: list[str]) -> bool:
    if not said:
        return False
    said_n = _TITLE.sub("", _norm(said))
    names = {_TITLE.sub("", _norm(n)) for n in [speaker, *aliases]}
    if said_n in names:
        return True
    surname = speaker.split()[-1]
    return speaker[:1].isupper() and len(speaker.split()) > 1 and said_n == _norm(surname)


def _quotes(article, annotated: list[tuple[str, str | None, list[str]]], errors: list[str]) -> tuple[int, ...]:
    found = [q for q in find_quotes(article) if getattr(q, "kind", "speech") == "speech"]  # scare quotes and titles are nobody's words
    used: set[int] = set()
    matched_found = 0
    attributed = attributed_right = 0
    speakers_annotated = speakers_right = 0
    for k, quote in enumerate(found):
        text = _norm(quote.text)
        match = next((j for j, (opening, _, _) in enumerate(annotated) if j not in used and _norm(opening) in text), None)
        if match is None:
            errors.append(f"  quote, not annotated: “{quote.text[:50]}” ({quote.speaker})")
            continue
        used.add(match)
        matched_found += 1
        opening, speaker, aliases = annotated[match]
        if quote.speaker:
            attributed += 1
        if speaker is None:
            if quote.speaker:
                errors.append(f"  speaker given to a quote nobody speaks: “{opening}” → {quote.speaker}")
            continue
        right = _speaker_right(quote.speaker, speaker, aliases)
        attributed_right += right
        if not right:
            errors.append(f"  speaker of “{opening}”: {quote.speaker} (annotated {speaker})")
    for j, (opening, speaker, _) in enumerate(annotated):
        if speaker is not None:
            speakers_annotated += 1
        if j not in used:
            errors.append(f"  quote, missed: “{opening}” ({speaker})")
    speakers_right = attributed_right
    return (len(found), matched_found, len(annotated), len(used), attributed, attributed_right, speakers_annotated, speakers_right)


def _report(title: str, articles, annotations, show: bool) -> None:
    loaded = [0, 0, 0, 0]
    quotes = [0] * 8
    for article, annotated in zip(articles, annotations):
        errors: list[str] = []
        for total, value in zip(range(4), _loaded(article, annotated["loaded"], errors)):
            loaded[total] += value
        for total, value in zip(range(8), _quotes(article, annotated["quotes"], errors)):
            quotes[total] += value
        if show and errors:
            print(annotated["file"])
            print("\n".join(errors))
    events = len({a["event"] for a in annotations})
    print(f"{title}: {len(annotations)} texts, {events} events ({loaded[2]} loaded words, {quotes[2]} quotes annotated)")
    print(f"  {'':<10} {'precision':>9} {'recall':>7} {'F1':>6}   counts")
    rows = [
        ("loaded", prf(loaded[0], loaded[1], loaded[2], loaded[3]), f"{loaded[1]} of {loaded[0]} found are annotated; {loaded[3]} of {loaded[2]} annotated found"),
        ("quotes", prf(quotes[0], quotes[1], quotes[2], quotes[3]), f"{quotes[1]} of {quotes[0]} found are annotated; {quotes[3]} of {quotes[2]} annotated found"),
        ("speakers", prf(quotes[4], quotes[5], quotes[6], quotes[7]), f"{quotes[5]} of {quotes[4]} attributions right; {quotes[7]} of {quotes[6]} annotated speakers named"),
    ]
    for name, (p, r, f), counts in rows:
        print(f"  {name:<10} {p:>9.3f} {r:>7.3f} {f:>6.3f}   {counts}")


def main() -> None:
    show = "--errors" in sys.argv
    articles = read([str(ROOT / "framing" / "texts" / a["file"]) for a in gold.ARTICLES])
    halves = {"dev": [], "held-out": []}
    for article, annotated in zip(articles, gold.ARTICLES):
        halves["dev" if int(annotated["file"][:2]) % 2 else "held-out"].append((article, annotated))
    _report("all", articles, gold.ARTICLES, show)
    for name, pairs in halves.items():
        _report(f"{name} half ({'odd' if name == 'dev' else 'even'} numbers)", [a for a, _ in pairs], [g for _, g in pairs], False)


if __name__ == "__main__":
    main()

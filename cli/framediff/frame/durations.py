"""How long one thing lasted, as two outlets give it differently in one claim: "staged a six-week strike in 2024" against
"The 2024 strike, which lasted two months".

The English reading of values (:mod:`framediff.frame.values`) never compares a span ("eight years", "17-year"): a length
is neither a count of a thing nor a day. Here a length is read only where the parse ties it to what lasted
(:func:`framediff.comparing.lengths.measured`: a process or an event, "the 18-month investigation", "14 months of talks",
"the strike, which lasted two months"), as the days it may stand for ("about two years" is a range, a length without
such a word is itself within a twentieth). Two outlets' lengths are set against each other only within one claim, of one
thing (talks and negotiations are one) that neither sets apart as another or marks otherwise ("a separate inquiry", "the
FBI investigation" against "the congressional investigation"), each outlet giving that thing one length, outside
quotation marks. Four trials in a row planted such a difference (14 months against 18, six weeks against two months),
and none was said.
"""

from __future__ import annotations

from framediff.frame.findings import Disagreement, disagreement
from framediff.frame.tallies import in_spans, quoted_at


def length_disagreements(claim: str, texts: dict[str, list[str]],
                         quoted: dict[str, list[list[tuple[int, int]]]]) -> list[Disagreement]:
    """The lengths two outlets' sentences of one claim give one thing, where they cannot both be true."""
    from framediff.comparing.lengths import LENGTH, measured, one_of_a_kind
    from framediff.language.parser import parse

    if sum(1 for sentences in texts.values() if any(LENGTH.search(t) for t in sentences)) < 2:
        return []  # one outlet at most gives a length: the parser is not run
    given: dict[str, list[tuple[frozenset[str], frozenset[str], float, float, str, str, str]]] = {}
    for article, sentences in texts.items():
        spans = quoted.get(article, [])
        read = [(k, t) for k, t in enumerate(sentences) if LENGTH.search(t)]
        found = []
        for (k, text), doc in zip(read, parse([t for _, t in read])):
            for thing, marks, low, high, shown, words, at in measured(doc):
                if not in_spans(text, words, spans[k] if k < len(spans) else ()) and not quoted_at(text, at):
                    found.append((thing, marks, low, high, shown, words, text))
        # one length a thing: an outlet that gives it two ("a two-week strike, the second in two years") is not held to either
        given[article] = [f for f in found if len({g[4] for g in found if g[0] == f[0]}) == 1]
    conflict: dict[str, set[tuple[str, str, str]]] = {}
    articles = sorted(given)
    for n, a in enumerate(articles):
        for b in articles[n + 1 :]:
            for thing, marks, low, high, shown, words, text in given[a]:
                for thing_b, marks_b, low_b, high_b, shown_b, words_b, text_b in given[b]:
                    if thing == thing_b and one_of_a_kind(marks, marks_b) and (high < low_b or high_b < low):
                        conflict.setdefault(a, set()).add((f"length:{shown}", words, text))
                        conflict.setdefault(b, set()).add((f"length:{shown_b}", words_b, text_b))
    if not conflict:
        return []
    return [disagreement(claim, "numbers", {a: tuple(sorted(said)) for a, said in conflict.items()})]

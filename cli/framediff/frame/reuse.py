"""Verbatim reuse: the passages two articles share word for word, told apart from the quotations they both give.

Two outlets that quote one statement share its words without either copying the other, so the words of a shared
passage are told apart by whether either article puts them inside quotation marks (the source's words) or writes them
in its own voice. Where one article quotes :data:`COPIED` words or more of a passage that the other writes with no
quotation mark at all (a twenty-third trial's business daily printing as its prose a press release the wire quotes; an
outlet quoting another's reporting; a letter printed as a block), that is neither copying between them nor a shared
quotation, and is told apart: who writes the words unquoted, and nothing more (which of these it is, the text does not
tell). Only a shared passage with :data:`COPIED` words or more of their own (around a quotation or not)
counts as copying; a shared passage with fewer is a shared quotation, counted apart, where most of its words both
articles quote, and otherwise a stock phrase ("the Port Authority of New York and New Jersey, which operates the
bridge") that independent reporters write alike, or a few words one quotes and the other writes: no statement. Each pair of
articles gets one record; it names a direction (the earlier article as the source) only where the articles' dates
differ, and none otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable

from framediff.article import Article
from framediff.frame.findings import Reuse

SHINGLE = 8  # words: passages are found from shared runs of eight words
COPIED = 15  # words: a shared run with fewer of the outlets' own words (outside quotations) is a stock phrase, not copying
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_GAP = "\x00"  # starts the mark of words reading dropped (:func:`_words`)


def _words(article: Article) -> list[tuple[str, int, int]]:
    """The article's words, lower case, with their character ranges. Where reading dropped words between two sentences
    (a "Posted: Jul 07, 2012" line, a caption), a mark that matches nothing stands in their place, so that no shared
    passage runs over text that only one article holds."""
    out: list[tuple[str, int, int]] = []
    end = 0
    for s in article.sentences:
        if _WORD.search(article.text, end, s.start):
            out.append((f"{_GAP}{article.id}:{len(out)}", s.start, s.start))
        end = s.start + len(s.text)
        for m in _WORD.finditer(s.text):
            out.append((m.group().lower().replace("’", "'"), s.start + m.start(), s.start + m.end()))
    return out


def _quoted_chars(article: Article, quotes: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Character ranges of the article inside quotation marks (:func:`framediff.frame.voice.article_quotes`), and the
    text of each quote :func:`framediff.frame.quotes.find_quotes` found (``quotes``), wherever it stands."""
    from framediff.frame.voice import article_quotes

    spans = article_quotes(article)
    for quote in quotes:
        words = quote.split()
        if len(words) < 3:
            continue
        pattern = r"\s+".join(re.escape(w) for w in words)
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, article.text)]
    return spans


def _source_earlier(article: Article, source: Article) -> bool | None:
    """Whether ``source`` came first, from the articles' dates; None (unknown) when a date is missing or they are the same day."""
    if article.date and source.date and article.date[:10] != source.date[:10]:
        return source.date[:10] < article.date[:10]
    return None


def _runs(starts: list[int], seq: list[tuple[str, int, int]], other: list[str], other_text: str) -> list[tuple[int, int]]:
    """The (first, last) words of the passages that shingles starting at ``starts`` (ascending) cover, overlaps joined
    only where they run on in the other article too (``other``: its words; ``other_text``: them joined by spaces). Text
    that stands in one article alone between two shared runs (a sentence, a date line, one word) ends a passage: a
    passage is shown as both write it."""
    runs: list[tuple[int, int]] = []
    at: list[int] = []  # where the current run's last shingle stands in the other article
    for i in starts:
        if runs and i == runs[-1][1] - SHINGLE + 2:
            after = seq[i + SHINGLE - 1][0]
            follows = [p + 1 for p in at if p + SHINGLE < len(other) and other[p + SHINGLE] == after]
            if follows:
                runs[-1] = (runs[-1][0], i + SHINGLE - 1)
                at = follows
                continue
        # a shared run that does not go on where the last one stood there starts after it: no word is in two passages
        runs.append((max(i, runs[-1][1] + 1) if runs else i, i + SHINGLE - 1))
        at = _occurrences([w for w, _, _ in seq[i : i + SHINGLE]], other_text)
    return runs


def _occurrences(words: list[str], text: str) -> list[int]:
    """Where a run of words stands in a text of words joined by spaces (each start's word index)."""
    needle = " ".join(words)
    found = []
    at = text.find(needle)
    while at != -1:
        end = at + len(needle)
        if (at == 0 or text[at - 1] == " ") and (end == len(text) or text[end] == " "):
            found.append(text.count(" ", 0, at))
        at = text.find(needle, at + 1)
    return found


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def find_reuse(articles: list[Article], quotes: dict[str, list[str]] | None = None) -> list[Reuse]:
    """For every pair of articles that share passages, one record: the passages they share with :data:`COPIED` words or
    more of their own (copying) and, apart, the shared passages that are mostly quotation (shared quotations).

    ``quotes``: per article id, the texts of its quotes (as :func:`framediff.frame.quotes.find_quotes` gives them) to
    count as quotation besides what stands in quotation marks. Each eight-word shingle is looked up in an index of the
    articles that hold it, so the work grows with the shingles and the pairs that share one, not with every pair.
    """
    words = {a.id: _words(a) for a in articles}
    holders: dict[tuple[str, ...], list[str]] = {}
    for a in articles:
        seq = words[a.id]
        for shingle in dict.fromkeys(tuple(w for w, _, _ in seq[i : i + SHINGLE]) for i in range(len(seq) - SHINGLE + 1)):
            holders.setdefault(shingle, []).append(a.id)
    order = {a.id: n for n, a in enumerate(articles)}
    by_id = {a.id: a for a in articles}
    quoted: dict[str, list[tuple[int, int]]] = {}
    starts = {a.id: [sentence.start for sentence in a.sentences] for a in articles}
    joined: dict[str, tuple[list[str], str]] = {}  # a source's words, and them joined by spaces, made once
    out = []
    for article in articles:
        seq = words[article.id]
        starts_by: dict[str, list[int]] = {}  # source -> where its shingles start in this article: memory grows with matches
        for i in range(len(seq) - SHINGLE + 1):
            for holder in holders.get(tuple(w for w, _, _ in seq[i : i + SHINGLE]), ()):
                if holder != article.id and order[holder] > order[article.id]:  # each pair once, from its first article
                    starts_by.setdefault(holder, []).append(i)
        for other_id in sorted(starts_by, key=order.__getitem__):
            other = by_id[other_id]
            for a in (article, other):
                if a.id not in quoted:
                    quoted[a.id] = _quoted_chars(a, (quotes or {}).get(a.id, ()))
            if other_id not in joined:
                other_words = [w for w, _, _ in words[other_id]]
                joined[other_id] = (other_words, " ".join(other_words))
            other_words, other_text = joined[other_id]
            other_quoted = _quoted_words(words[other_id], quoted[other_id])
            copied: list[tuple[int, int, list[int]]] = []  # first and last word, and the outlets' own words in between
            quotations: list[tuple[int, int]] = []
            unquoted: list[tuple[str, str]] = []  # (who writes the words unquoted, the passage as that one writes it)
            other_seq = words[other_id]
            for first, last in _runs(starts_by[other_id], seq, other_words, other_text):
                # per word of the run: quoted in this article, and in the other one where the run stands there
                located = _locate(seq[first : last + 1], other_text)
                here = [_inside(quoted[article.id], seq[k][1], seq[k][2]) for k in range(first, last + 1)]
                there = [located is not None and other_quoted[located + k - first] for k in range(first, last + 1)]
                own = sum(not h and not t for h, t in zip(here, there))
                span = (seq[first][1], seq[last][2])  # the run's characters here, and in the other article
                other_span = (other_seq[located][1], other_seq[located + last - first][2]) if located is not None else span
                if own >= COPIED:  # the outlets' own words, around a quotation or not: copied
                    trimmed = _trimmed(seq, first, [not h and not t for h, t in zip(here, there)], starts[article.id])
                    if len(trimmed[2]) >= COPIED:
                        copied.append(trimmed)
                elif (located is not None and not any(here) and sum(there) >= COPIED
                      and not _marked(article.text, *span) and not _measured(other.text, *other_span)):
                    # the other quotes what this one writes with no quotation mark
                    unquoted.append((article.id, article.text[span[0] : span[1]]))
                elif (located is not None and not any(there) and sum(here) >= COPIED
                      and not _marked(other.text, *other_span) and not _measured(article.text, *span)):
                    unquoted.append((other_id, other.text[other_span[0] : other_span[1]]))
                elif 2 * sum(h and t for h, t in zip(here, there)) >= len(here):
                    # most of it quoted by both: one statement both quote. Not words one quotes and the other writes in
                    # its prose, fewer than COPIED ("very low and that its investigators were working with the hospital
                    # to", a twenty-fourth trial's), which had been counted a shared quotation: no statement of either kind
                    # shown as the words both quote, first to last: not the attribution or the next paragraph's first
                    # word a shingle ran on into (a fifty-fourth trial's '… afford to heat," Whitfield said.\n\nThe')
                    both = [first + k for k, (h, t) in enumerate(zip(here, there)) if h and t]
                    quotations.append((both[0], both[-1]))
            if not copied and not quotations and not unquoted:
                continue
            first_article, second = _ordered(article, other)
            covered = sum(len(seq[k][0]) for _, _, mine in copied for k in mine)  # the outlets' own words, not the quotation
            # the copied words' share of each article's words: the record's article, and its source
            share = min(1.0, covered / max(_letters(words[first_article.id]), 1))
            source_share = min(1.0, covered / max(_letters(words[second.id]), 1))
            passages = tuple(article.text[seq[a][1] : seq[b][2]] for a, b, _ in copied)
            shared = tuple(article.text[seq[a][1] : seq[b][2]] for a, b in quotations)
            chars = sum(seq[b][2] - seq[a][1] for _, _, mine in copied for a, b in _segments(mine))
            out.append(Reuse(first_article.id, second.id, chars, round(share, 3), passages,
                             _source_earlier(first_article, second), shared, round(source_share, 3), tuple(unquoted)))
    out.sort(key=lambda r: (-r.share, -len(r.shared_quotations), r.article, r.source))
    return out


# a mark that may open or close a quotation, in any language, which the quotation finder may not read as one: "''"
# (ECB+'s doubled apostrophes), « », „ “, ‹ ›, single marks, an apostrophe that stands beside no letter on one side
_MARK = re.compile(r"[\"“”„«»‹›‘‚]|''|(?<![^\W\d_])['’]|['’](?![^\W\d_])")


# words: a copied run's piece of a sentence it only touches, at either end, is shorter than this ("said." before the
# passage, "The" after it, a fifty-eighth trial's), and no part of the passage
PIECE = 3


def _trimmed(seq: list[tuple[str, int, int]], first: int, own: list[bool], starts: list[int]) -> tuple[int, int, list[int]]:
    """A copied run (its words from ``first``, ``own[k]``: neither article quotes word k) without what both outlets did not
    write in their own voice: quoted words at either end, and a piece of under PIECE words of a sentence the run only
    touches. Returns its first and last word and the outlets' own words in it, which alone count as copied (a fifty-eighth
    trial's "shares 26% of its text" had counted a senator's quotation in it)."""
    mine = [first + k for k, flag in enumerate(own) if flag]
    first, last = mine[0], mine[-1]

    def sentence(k: int) -> int:
        return bisect_right(starts, seq[k][1])

    head = next((k for k in range(first + 1, min(first + PIECE, last + 1)) if sentence(k) != sentence(first)), None)
    tail = next((k for k in range(last - 1, max(last - PIECE, first), -1) if sentence(k) != sentence(last)), None)
    first, last = head if head is not None else first, tail if tail is not None else last
    kept = [k for k in mine if first <= k <= last]  # from an own word to an own word: never from inside a quotation
    return kept[0], kept[-1], kept  # a run of COPIED own words or more loses at most two a side


def _segments(indices: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive word indices, as (first, last)."""
    out: list[tuple[int, int]] = []
    for k in indices:
        if out and out[-1][1] == k - 1:
            out[-1] = (out[-1][0], k)
        else:
            out.append((k, k))
    return out


def _marked(text: str, start: int, end: int) -> bool:
    """Might ``text[start:end]`` stand in a quotation: a quotation mark of any kind in its paragraph, or one left open
    before it (a quotation running over paragraphs)? A passage said to be written with no quotation mark must be clear of
    both: a blind judge found ECB+ quotations in doubled apostrophes ("''I can't speak for the first death ... '' Inspector
    Gaskin said"), and a second reader French « », German „ “, British ‘ ’ and a quotation closed two paragraphs on."""
    first, last = _paragraph(text, start, end)
    if _MARK.search(text, first, last):
        return True
    before = text[:first]
    return before.count("“") > before.count("”") or before.count("«") > before.count("»") or before.count('"') % 2 == 1


def _measured(text: str, start: int, end: int) -> bool:
    """Does the paragraph of ``text[start:end]`` write a measure with marks ("6'9\"", "12\" pipe"), which the quotation
    finder may pair as a quotation's close? The other outlet is then not said to quote it (a second reader's)."""
    first, last = _paragraph(text, start, end)
    return bool(re.search(r"\d['’\"”]", text[first:last]))


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the paragraph (the line of the article's text) that holds ``text[start:end]`` begins and ends."""
    last = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if last == -1 else last


def _letters(seq: list[tuple[str, int, int]]) -> int:
    return sum(len(w) for w, _, _ in seq if not w.startswith(_GAP))


def _ordered(a: Article, b: Article) -> tuple[Article, Article]:
    """The pair as (later, earlier) when their dates tell, else in the order given."""
    return (b, a) if _source_earlier(b, a) else (a, b)


def _quoted_words(seq: list[tuple[str, int, int]], spans: list[tuple[int, int]]) -> list[bool]:
    return [_inside(spans, s, e) for _, s, e in seq]


def _locate(run: list[tuple[str, int, int]], other_text: str) -> int | None:
    """Where a run of words stands in the other article (its first word's index), or None."""
    found = _occurrences([w for w, _, _ in run], other_text)
    return found[0] if found else None
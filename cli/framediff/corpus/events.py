"""Events from a flat feed, as news aggregators find them: one pass in date order, each article joining the open event
it is closest to, or opening a new one.

An article is read as its headline and lead (first sentence; in a feed that
mixes languages, its first three sentences), embedded by the
sentence model (through the embedding cache), and its names (capitalised words
that are rare in English: "Sbarro", "Plosser", "JetBlue"). Its closeness to an
open event is the cosine of its vector and the event's mean vector, plus
:data:`NAME_WEIGHT` times the share of its names the event already has. It
joins the closest event within ``window`` days of the event's latest article
when that closeness reaches :data:`JOIN_FROM`; otherwise it opens an event.

A feed with any article in another language than English is read by the
multilingual encoder instead (:func:`feed_needs_multilingual`), every article
of it, so that an English and a French report of one event can meet.

Work is near-linear in articles: an article is compared only with the events
still open (one matrix product), and an event closes, and is handed on, once
the feed has moved ``window`` days past its latest article. Undated articles
are compared with every open event, and their events close at the end.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Generic, Iterable, Iterator, Sequence, TypeVar

if TYPE_CHECKING:
    import numpy as np

JOIN_FROM = 0.57  # closeness from which an article joins an open event (bench/cluster_eval.py)
# The same for a feed that mixes languages, read by the multilingual encoder, reading each article's headline and first
# three sentences rather than its headline and lead: independently written reports of one event open on different facts,
# and three sentences share more of them. Both chosen on bench/xling_eval.py's feed clustering (B-cubed F1): ECB+ dev's
# 246 independently written English reports of 21 events (read by the multilingual encoder, undated) gave 0.811 with the
# lead at the former 0.55 (recall 0.685), 0.929 with three sentences at 0.65 (precision 1.0; 0.940 at 0.60, precision
# 0.950); MEANTIME's translations 0.935 and 0.973. In a first trial (a slightly different splitter), two sentences gave
# at most 0.902 on ECB+; four 0.934 at 0.55 (precision 0.905, MEANTIME 0.950); five 0.942 at 0.65 (precision 0.955,
# MEANTIME 0.964 with precision 0.931). Three at 0.65 keep two events apart best, which matters more than joining every
# report: a split event is two comparisons, a joined one reports another event's facts as left out.
JOIN_FROM_MULTILINGUAL = 0.65
LEAD_SENTENCES_MULTILINGUAL = 3
NAME_WEIGHT = 0.15  # how much a full overlap of names adds to the cosine
WINDOW_DAYS = 3
CHUNK = 256  # articles embedded at a time
_NAME = re.compile(r"\b[A-Za-z]*[A-Z][\w’'.-]*[A-Za-z0-9]|\b[A-Z]\b")
_RARE = 3.5  # a capitalised word whose Zipf frequency in English is below this is a name
Key = TypeVar("Key")  # what the caller knows an article by: an index entry (batch), an id (the benches)


@dataclass
class _Event(Generic[Key]):
    number: int
    members: list[Key] = field(default_factory=list)
    names: Counter[str] = field(default_factory=Counter)
    last_day: int | None = None


def head_and_lead(record: dict[str, object], sentences: int = 1) -> str:
    """A record's headline and first sentence (or first ``sentences`` sentences): its "title" (or first line) and the
    opening of its text."""
    text = str(record.get("text") or "")
    title = str(record.get("title") or "").strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    elif paragraphs and paragraphs[0] == title:
        paragraphs = paragraphs[1:]
    if sentences > 1:
        opening: list[str] = []
        for paragraph in paragraphs:
            opening += _sentences(paragraph[:600])
            if len(opening) >= sentences:
                break
        return " ".join([title if title.endswith((".", "!", "?", ":")) or not title else title + ".", *opening[:sentences]]).strip()
    lead = ""
    if paragraphs:
        first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraphs[0][:600], maxsplit=1)[0]
        lead = first.strip()
    return f"{title}. {lead}".strip(". ") if lead else title


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences, roughly, in any language that ends them with . ! or ?: a break stands before a capital
    (any script's), not after a short abbreviation ("Mr.", "M.", "Dr.") nor before a lower-case word."""
    out: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+", paragraph.strip()):
        first = piece.lstrip("“\"«¿¡„‘'(")[:1]
        if out and (not first.isupper() or re.search(r"(?:^|\s)[A-Z][a-z]{0,2}\.$", out[-1])):
            out[-1] += " " + piece
        elif piece:
            out.append(piece)
    return out


def feed_needs_multilingual(records: Iterable[dict[str, object]]) -> bool:
    """Whether any record's headline and lead is in another language than English (read in one pass, 25 µs a record)."""
    from framediff.reading.languages import identify_many, is_english

    texts: list[str] = []
    for record in records:
        texts.append(head_and_lead(record))
        if len(texts) == CHUNK:
            if any(not is_english(found.language) for found in identify_many(texts)):
                return True
            texts = []
    return any(not is_english(found.language) for found in identify_many(texts))


def names_in(text: str) -> frozenset[str]:
    """The names of a headline and lead: capitalised (or inner-capital: "eBay") words rare in English, and acronyms."""
    from wordfreq import zipf_frequency

    found = set()
    for match in _NAME.finditer(text):
        word = match.group().rstrip(".").replace("’", "'")
        bare = re.sub(r"'s$", "", word)
        if len(bare) < 2:
            continue
        if bare.isupper() or zipf_frequency(bare.lower(), "en") < _RARE:
            found.add(bare.lower())
    return frozenset(found)


def cluster(
    items: Iterable[tuple[Key, dict[str, object], int | None]],
    embed: Callable[[Sequence[str]], np.ndarray],
    *,
    window: int = WINDOW_DAYS,
    join_from: float = JOIN_FROM,
    name_weight: float = NAME_WEIGHT,
    sentences: int = 1,
) -> Iterator[list[Key]]:
    """Group (key, record, day) items, given in date order, into events; yields each event's keys when it closes."""
    import numpy as np

    events: list[_Event[Key]] = []
    sums: np.ndarray | None = None  # one row per open event: the sum of its members' vectors
    count = 0
    chunk: list[tuple[Key, dict[str, object], int | None]] = []

    def close_before(day: int | None) -> Iterator[list[Key]]:
        nonlocal count, events
        if day is None:
            return
        keep = [k for k, e in enumerate(events) if e.last_day is None or day - e.last_day <= window]
        if len(keep) == len(events):
            return
        kept = set(keep)
        for k, e in enumerate(events):
            if k not in kept:
                yield e.members
        events = [events[k] for k in keep]
        assert sums is not None  # an open event has its row
        sums[: len(keep)] = sums[keep]
        count = len(keep)

    def assign(batch: list[tuple[Key, dict[str, object], int | None]]) -> Iterator[list[Key]]:
        nonlocal sums, count
        texts = [head_and_lead(record, sentences) for _, record, _ in batch]
        vectors = np.asarray(embed(texts), dtype=np.float32)
        for (key, _, day), text, vector in zip(batch, texts, vectors):
            yield from close_before(day)
            names = names_in(text)
            best, best_score = -1, -1.0
            if count:
                assert sums is not None
                centroids = sums[:count]
                norms = np.linalg.norm(centroids, axis=1)
                scores = centroids @ vector / np.maximum(norms, 1e-9)
                if names and name_weight:
                    overlap = np.array([len(names & e.names.keys()) / len(names) for e in events], dtype=np.float32)
                    scores = scores + name_weight * overlap
                for k in np.argsort(-scores):
                    e = events[int(k)]
                    if day is None or e.last_day is None or day - e.last_day <= window:
                        best, best_score = int(k), float(scores[k])
                        break
            if best >= 0 and best_score >= join_from:
                event = events[best]
                assert sums is not None
                sums[best] += vector
            else:
                if sums is None or count == sums.shape[0]:
                    grown = np.zeros((max(64, 2 * count), vectors.shape[1]), dtype=np.float32)
                    if sums is not None:
                        grown[:count] = sums[:count]
                    sums = grown
                event = _Event(number=len(events))
                events.append(event)
                sums[count] = vector
                count += 1
            event.members.append(key)
            event.names.update(names)
            if day is not None:
                event.last_day = day if event.last_day is None else max(event.last_day, day)

    for item in items:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield from assign(chunk)
            chunk = []
    if chunk:
        yield from assign(chunk)
    for event in events:
        yield event.members

"""Framing across whole articles: distinctive words, evaluative words and tone,
quotes and who speaks, naming, verbatim reuse, and facts that disagree.

Distinctive terms use weighted log-odds with an informative Dirichlet prior
(Monroe, Colaresi & Quinn 2008, "Fightin' Words"), with the prior taken from
all the articles together and scaled for small inputs, over stems and
two-word phrases.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from itertools import combinations
from typing import Any

from .article import Article
from .comparison import Comparison
from .lexicon import marked_words, tone
from .similarity import STOPWORDS, Profile, disagree, profile, stem

REPORTING_VERBS = (
    "said|says|told|added|stressed|emphasized|emphasised|noted|claimed|declared|insisted|argued|warned|explained|"
    "wrote|tweeted|announced|asserted|acknowledged|admitted|recalled|continued|concluded|called|described|reiterated"
)
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"|«\s*([^»]{3,}?)\s*»")
_NAME = r"(?:[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|al|el|bin|de|van|von|of)){0,3})"
_POSSESSIVE = r"(?:[A-Z][\w.-]*[’']s(?:\s+[a-z][\w-]*){1,3})"  # Israel's defense ministry, Gantz's office
_SPEAKER_PATTERNS = [
    # Zohar Palti, head of the Defense Ministry's bureau, called / Lt. Gen. Aviv Kochavi, the army chief, said
    re.compile(rf"(?P<who>{_NAME}),\s+(?:the|a|an|head|chief|director|spokes\w+|minister|[a-z]+\s+of)\b[^,“\"«␟]{{0,80}},\s+(?P<verb>{REPORTING_VERBS})\b"),
    # ..., Gantz said / the aide, Zohar Palti, told / Palti said
    re.compile(rf"(?:the\s+[a-z]+(?:\s+[a-z]+)?,\s+)?(?P<who>{_POSSESSIVE}|{_NAME}|he|she|they|the\s+[a-z]+(?:\s+[A-Za-z]+){{0,2}}),?\s+(?P<verb>{REPORTING_VERBS})\b"),
    # said Gantz
    re.compile(rf"\b(?P<verb>{REPORTING_VERBS})\s+(?P<who>{_NAME})"),
    # Minister of Defense, Benny Gantz: “...”
    re.compile(rf"(?P<who>{_NAME}(?:,\s*{_NAME})?)\s*:\s*(?:[“\"«]|␟)"),
]
_PRONOUNS = {"he", "she", "they"}
NAMING_FROM = 0.35  # same_words share from which a member's replacements count as renamings
SHINGLE = 8  # words: a passage shorter than this is not counted as reuse


@dataclass(frozen=True)
class Quote:
    speaker: str | None
    text: str
    sentence: int
    verb: str | None


@dataclass(frozen=True)
class OutletFraming:
    distinctive_terms: tuple[tuple[str, float], ...]
    evaluative_terms: tuple[tuple[str, str, int, tuple[int, ...]], ...]  # term, kind, count, sentences
    tone: float | None  # mean VADER compound of this outlet's sentences on shared claims
    tone_others: float | None  # the same for the other outlets' sentences on those claims
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Naming:
    concept: str
    variants: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Reuse:
    article: str
    source: str
    shared_chars: int
    share: float
    passages: tuple[str, ...]
    source_earlier: bool | None  # from the dates, when both have one


@dataclass(frozen=True)
class Disagreement:
    claim: str
    kind: str  # numbers | times
    values: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class Framing:
    outlets: dict[str, OutletFraming]
    naming: tuple[Naming, ...]
    reuse: tuple[Reuse, ...]
    disagreements: tuple[Disagreement, ...]


def analyse(comparison: Comparison) -> Framing:
    al = comparison.alignment
    articles = list(al.articles)
    distinctive = distinctive_terms(articles)
    evaluative = evaluative_terms(articles)
    tones = _tones(comparison)
    outlets = {}
    for a in articles:
        tone, tone_others = tones.get(a.id, (None, None))
        outlets[a.id] = OutletFraming(distinctive[a.id], evaluative[a.id], tone, tone_others, tuple(find_quotes(a)))
    return Framing(outlets, tuple(_naming(comparison)), tuple(find_reuse(articles)), tuple(_disagreements(comparison)))


# -- distinctive terms -------------------------------------------------------------


# Function words the scorers' stop list leaves in (changing it would move their fitted
# signals) but that say nothing about how an outlet frames a story.
_CONNECTIVES = frozenset("though although however whether yet also amid since upon within without among toward towards".split())


def _terms(article: Article) -> tuple[Counter[str], dict[str, Counter[str]]]:
    counts: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    for s in article.sentences:
        words = re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", s.text)
        kept: list[tuple[str, str] | None] = []
        for w in words:
            lower = re.sub(r"[’']s$", "", w.lower())  # Israel's is Israel
            if lower in STOPWORDS or lower in _CONNECTIVES or len(lower) < 3:
                kept.append(None)
                continue
            key = stem(lower)
            counts[key] += 1
            surface[key][lower] += 1
            kept.append((key, lower))
        for x, y in zip(kept, kept[1:]):
            if x and y:
                key = f"{x[0]} {y[0]}"
                counts[key] += 1
                surface[key][f"{x[1]} {y[1]}"] += 1
    return counts, surface


def distinctive_terms(articles: list[Article], top: int = 10) -> dict[str, tuple[tuple[str, float], ...]]:
    """Top terms by weighted log-odds z-score of each article against all the others."""
    per = {a.id: _terms(a) for a in articles}
    total: Counter[str] = Counter()
    for counts, _ in per.values():
        total.update(counts)
    n_total = sum(total.values())
    # Prior strength: a tenth of the data, so that with five short articles the
    # prior smooths without swamping (Monroe et al. use a fixed 500 on large corpora).
    alpha0 = max(1.0, 0.1 * n_total)
    out = {}
    for a in articles:
        counts, surface = per[a.id]
        n_i = sum(counts.values())
        n_j = n_total - n_i
        scored = []
        for term, y_i in counts.items():
            alpha = alpha0 * total[term] / n_total
            y_j = total[term] - y_i
            delta = math.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha)) - math.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha))
            z = delta / math.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))
            if z > 0 and (y_i >= 2 or " " in term):
                scored.append((round(z, 3), surface[term].most_common(1)[0][0]))
        scored.sort(key=lambda t: (-t[0], t[1]))
        picked: list[tuple[str, float]] = []
        for z, term in scored:
            if any(term in p or p in term for p, _ in picked):
                continue
            picked.append((term, z))
            if len(picked) == top:
                break
        out[a.id] = tuple(picked)
    return out


# -- evaluative words and tone ------------------------------------------------------


def evaluative_terms(articles: list[Article]) -> dict[str, tuple[tuple[str, str, int, tuple[int, ...]], ...]]:
    """Each article's judging words: (term, kind, count, sentence indices), commonest first.

    A word VADER calls loaded that every article uses is the story's own
    vocabulary, not an outlet's choice ("agreement" and "intelligence" in a
    story about an intelligence agreement): it is left out. Words of our
    own news lists (historic, so-called, reportedly...) always count.
    """
    found = {a.id: _evaluative(a) for a in articles}
    if len(articles) < 2:
        return found
    everywhere = set.intersection(*({term for term, kind, *_ in items if kind == "loaded"} for items in found.values()))
    return {k: tuple(item for item in items if item[0] not in everywhere) for k, items in found.items()}


def _evaluative(article: Article) -> tuple[tuple[str, str, int, tuple[int, ...]], ...]:
    found: dict[str, tuple[str, list[int]]] = {}
    for s in article.sentences:
        for mark in marked_words(s.text):
            if mark.kind == "intensifier":
                continue
            term = mark.word.lower()
            kind, where = found.setdefault(term, (mark.kind, []))
            where.append(s.index)
    items = [(term, kind, len(where), tuple(sorted(set(where)))) for term, (kind, where) in found.items()]
    return tuple(sorted(items, key=lambda t: (-t[2], t[0])))


def _tones(comparison: Comparison) -> dict[str, tuple[float, float | None]]:
    al = comparison.alignment
    own: dict[str, list[float]] = defaultdict(list)
    others: dict[str, list[float]] = defaultdict(list)
    for claim in comparison.shared_claims:
        values = {m.member.article: tone(al.sentence(m.member).text) for m in claim.members}
        for article, value in values.items():
            own[article].append(value)
            others[article].extend(v for a, v in values.items() if a != article)
    return {
        a: (round(sum(v) / len(v), 3), round(sum(others[a]) / len(others[a]), 3) if others[a] else None)
        for a, v in own.items()
    }


# -- quotes -------------------------------------------------------------------------


def find_quotes(article: Article) -> list[Quote]:
    quotes = []
    last_speaker: str | None = None
    sentences = article.sentences
    for s in sentences:
        for match in _QUOTE.finditer(s.text):
            text = next(g for g in match.groups() if g)
            if len(text.split()) < 3:
                continue  # scare quotes and titles ("Abraham Agreements")
            outside = s.text[: match.start()] + " ␟ " + s.text[match.end() :]
            who, verb = _speaker(outside)
            if who is None:
                for neighbour in (s.index + 1, s.index - 1):
                    if 0 <= neighbour < len(sentences) and not _QUOTE.search(sentences[neighbour].text):
                        who, verb = _speaker(sentences[neighbour].text)
                        if who:
                            break
            if who and who.lower() in _PRONOUNS:
                who = last_speaker or who
            if who:
                last_speaker = who
            quotes.append(Quote(who, text.strip(), s.index, verb))
        if not _QUOTE.search(s.text):
            who, _ = _speaker(s.text)
            if who and who.lower() not in _PRONOUNS:
                last_speaker = who
    return _full_names(quotes)


def _full_names(quotes: list[Quote]) -> list[Quote]:
    """A speaker named by surname alone ("Palti") after a full name ("Zohar Palti") is that person, as news style has it."""
    out, full = [], {}
    for q in quotes:
        if q.speaker and len(q.speaker.split()) > 1 and q.speaker[:1].isupper():
            full[q.speaker.split()[-1]] = q.speaker
        elif q.speaker in full:
            q = replace(q, speaker=full[q.speaker])
        out.append(q)
    return out


def _speaker(text: str) -> tuple[str | None, str | None]:
    for pattern in _SPEAKER_PATTERNS:
        for match in pattern.finditer(text):
            who = match.group("who").strip(" ,")
            verb = match.groupdict().get("verb")
            if who.split()[0] in ("The", "A", "An", "In", "On", "During", "After", "According") and not who.startswith("the "):
                who = " ".join(who.split()[1:]) or who
            if who:
                return who, verb
    return None, None


# -- naming ---------------------------------------------------------------------------


def _naming(comparison: Comparison) -> list[Naming]:
    candidates: list[tuple[str, str, str, str]] = []  # (representative's words, its article, other words, their article)
    for claim in comparison.shared_claims:
        rep = claim.reference
        for m in claim.members:
            if m.member.article == rep.article or m.same_words < NAMING_FROM:
                continue  # a sentence that shares few words with the representative is a rewrite, not a renaming
            for op in m.diff:
                if op.op != "replace":
                    continue
                a, b = op.a.strip(" ,.;:“”\"'"), op.b.strip(" ,.;:“”\"'")
                if not a or not b or len(a.split()) > 3 or len(b.split()) > 3 or a.lower() == b.lower():
                    continue
                if abs(len(a.split()) - len(b.split())) > 1:
                    continue
                if not profile(a).stems or not profile(b).stems:
                    continue
                candidates.append((a, rep.article, b, m.member.article))
    story = [s.text for article in comparison.alignment.articles for s in article.sentences]
    kept = similar_phrases([(a, b) for a, _, b, _ in candidates], story)
    concepts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for (a, rep_article, b, article), keep in zip(candidates, kept):
        if keep:
            concepts[a][rep_article].add(a)
            concepts[a][article].add(b)
    out = [
        Naming(concept, {article: tuple(sorted(v)) for article, v in variants.items()})
        for concept, variants in concepts.items()
        if len({x.lower() for v in variants.values() for x in v}) >= 2
    ]
    out.sort(key=lambda n: (-len(n.variants), n.concept.lower()))
    return out


NAMING_SAMPLE = 2000  # random phrase pairs from the story that tell how close unrelated words come
NAMING_QUANTILE = 0.95  # a renaming must be closer than this share of them


def similar_phrases(pairs: list[tuple[str, str]], story: list[str]) -> list[bool]:
    """Which word swaps are renamings ("tomb" / "Mausoleum") rather than two different things ("of course" / "the aide").

    The two sides' static vectors must be closer than 95% of random pairs of
    phrases (one to three words) taken from the story's own sentences: the
    bar comes from the story, not from a constant. Seeded, so deterministic.
    """
    if not pairs:
        return []
    import numpy as np

    from .embedding import static_encoder

    words = [w for text in story for w in text.split()]
    if len(words) < 4:
        return [True] * len(pairs)  # no story to take a bar from
    rng = np.random.RandomState(0)
    sample = []
    for _ in range(NAMING_SAMPLE):
        start, length = int(rng.randint(0, len(words) - 3)), int(rng.randint(1, 4))
        sample.append(" ".join(words[start : start + length]))
    encoder = static_encoder()
    left, right = encoder.encode([a for a, _ in pairs]), encoder.encode([b for _, b in pairs])
    cosines = np.einsum("ij,ij->i", left, right)
    vectors = encoder.encode(sample)
    half = len(sample) // 2
    bar = float(np.quantile(np.einsum("ij,ij->i", vectors[:half], vectors[half : 2 * half]), NAMING_QUANTILE))
    return [bool(c > bar) for c in cosines]


# -- reuse ----------------------------------------------------------------------------


def _words(article: Article) -> list[tuple[str, int, int]]:
    out = []
    for s in article.sentences:
        for m in re.finditer(r"\w+(?:[’'-]\w+)*", s.text):
            out.append((m.group().lower(), s.start + m.start(), s.start + m.end()))
    return out


def find_reuse(articles: list[Article]) -> list[Reuse]:
    """For every ordered pair, the passages of ``article`` found verbatim (8+ words) in ``source``."""
    words = {a.id: _words(a) for a in articles}
    shingles = {
        a.id: {tuple(w for w, _, _ in words[a.id][i : i + SHINGLE]) for i in range(len(words[a.id]) - SHINGLE + 1)}
        for a in articles
    }
    body_chars = {a.id: sum(len(s.text) for s in a.sentences) for a in articles}
    out = []
    for article in articles:
        seq = words[article.id]
        for source in articles:
            if source is article:
                continue
            covered = [False] * len(seq)
            theirs = shingles[source.id]
            for i in range(len(seq) - SHINGLE + 1):
                if tuple(w for w, _, _ in seq[i : i + SHINGLE]) in theirs:
                    for k in range(i, i + SHINGLE):
                        covered[k] = True
            passages = []
            i = 0
            while i < len(seq):
                if covered[i]:
                    j = i
                    while j + 1 < len(seq) and covered[j + 1]:
                        j += 1
                    passages.append(article.text[seq[i][1] : seq[j][2]])
                    i = j + 1
                else:
                    i += 1
            if passages:
                shared = sum(len(p) for p in passages)
                earlier = None
                if article.date and source.date and article.date != source.date:
                    earlier = source.date < article.date
                out.append(Reuse(article.id, source.id, shared, round(shared / max(body_chars[article.id], 1), 3), tuple(passages), earlier))
    out.sort(key=lambda r: (-r.share, r.article, r.source))
    return out


# -- facts that disagree ---------------------------------------------------------------


def _disagreements(comparison: Comparison) -> list[Disagreement]:
    al = comparison.alignment
    out = []
    for claim in comparison.shared_claims:
        texts: dict[str, list[str]] = defaultdict(list)
        for m in claim.members:
            texts[m.member.article].append(al.sentence(m.member).text)
        for kind, values in facts_that_disagree(texts).items():
            out.append(Disagreement(claim.claim.id, kind, values))
    return out


def facts_that_disagree(texts: dict[str, list[str]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Counts and times that outlets give for one claim and that disagree, by kind ("numbers", "times").

    ``texts`` holds each outlet's sentences of the claim. Values disagree only
    within a kind, as the alignment reads them (:func:`framediff.similarity.disagree`):
    "Tuesday" against "Wednesday", 2020 against 2021, four against five,
    November 23 against November 24; not "Wednesday" against "November 24",
    nor a year one outlet adds, nor a day taken for a count. For each
    kind that disagrees, every outlet that gives values of the kinds in
    conflict, with those values ("weekday:tuesday").
    """
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    profiles = {article: [profile(text) for text in sentences] for article, sentences in texts.items()}
    for kind in ("numbers", "times"):
        given: dict[str, frozenset[str]] = {}
        for article, outlet in profiles.items():
            values: set[str] = set()
            for p in outlet:
                # counts only: years and days of the month are times, and ordinals ("first") rank
                values |= {v for v in p.numbers if v.startswith("number:")} if kind == "numbers" else set(p.times)
            if values:
                given[article] = frozenset(values)
        in_conflict = {
            k
            for a, b in combinations(sorted(given), 2)
            for k in {v.partition(":")[0] for v in given[a]} & {v.partition(":")[0] for v in given[b]}
            if disagree(_of_kind(given[a], k), _of_kind(given[b], k))
        }
        shown = {a: {v for v in values if v.partition(":")[0] in in_conflict} for a, values in given.items()}
        if kind == "numbers":  # a count of one thing that disagrees, though another count agrees ("6.8", "40 people" / "45 people")
            for a, values in _disputed_counts(profiles).items():
                shown.setdefault(a, set()).update(values)
        if any(shown.values()):
            found[kind] = {a: tuple(sorted(v)) for a, v in shown.items() if v}
    return found


def _disputed_counts(profiles: dict[str, list[Profile]]) -> dict[str, set[str]]:
    """Per outlet, its counts of a thing ("people") that another outlet counts with no value in common."""
    units: dict[str, dict[str, set[str]]] = {}
    for article, outlet in profiles.items():
        for p in outlet:
            for value, unit in p.counts:
                if unit:
                    units.setdefault(article, {}).setdefault(unit, set()).add(value)
    disputed: dict[str, set[str]] = defaultdict(set)
    for a, b in combinations(sorted(units), 2):
        for unit in units[a].keys() & units[b].keys():
            if not units[a][unit] & units[b][unit]:
                disputed[a] |= units[a][unit]
                disputed[b] |= units[b][unit]
    return disputed


def _of_kind(values: frozenset[str], kind: str) -> frozenset[str]:
    return frozenset(v for v in values if v.startswith(kind + ":"))


# -- JSON ---------------------------------------------------------------------------------


def framing_to_dict(framing: Framing) -> dict[str, Any]:
    def speakers(quotes: tuple[Quote, ...]) -> list[dict[str, Any]]:
        words: Counter[str] = Counter()
        counts: Counter[str] = Counter()
        for q in quotes:
            name = q.speaker or "(unattributed)"
            counts[name] += 1
            words[name] += len(q.text.split())
        return [{"speaker": n, "quotes": c, "words": words[n]} for n, c in counts.most_common()]

    return {
        "framing": {
            article: {
                "distinctive_terms": [{"term": t, "score": z} for t, z in f.distinctive_terms],
                "evaluative_terms": [{"term": t, "kind": k, "count": c, "sentences": list(s)} for t, k, c, s in f.evaluative_terms],
                "tone": {"shared_claims": f.tone, "others_on_same_claims": f.tone_others},
                "quotes": [{"speaker": q.speaker, "text": q.text, "sentence": q.sentence, "verb": q.verb} for q in f.quotes],
                "speakers": speakers(f.quotes),
            }
            for article, f in framing.outlets.items()
        },
        "naming": [{"concept": n.concept, "variants": {a: list(v) for a, v in n.variants.items()}} for n in framing.naming],
        "reuse": [
            {"article": r.article, "source": r.source, "shared_chars": r.shared_chars, "share": r.share,
             "passages": list(r.passages), "source_earlier": r.source_earlier}
            for r in framing.reuse
        ],
        "disagreements": [{"claim": d.claim, "kind": d.kind, "values": {a: list(v) for a, v in d.values.items()}} for d in framing.disagreements],
    }

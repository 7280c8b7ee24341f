"""Naming: one thing in different words, in the same place of sentences that state one claim ("explosives" / "pipe bombs").

Noun phrases come from the English parser (:mod:`framediff.language.parser`); a pair is reported only where the
parse and the story's word vectors back it (:func:`naming_variants`): the same slot, whole phrases, compatible types,
more than typography. Numbers, dates and weekdays are facts (:mod:`.facts`), never names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

from framediff.comparing.comparison import Comparison
from framediff.reading.languages import is_english
from framediff.frame.findings import Naming


def naming_variants(comparison: Comparison, embedder: Any = None) -> list[Naming]:
    """The things two outlets name differently in the same place of one claim: "explosives" / "pipe bombs".

    For every pair of two outlets' sentences of one claim, each read by the English parser
    (:mod:`framediff.language.parser`), two noun phrases are variants of one name only when all of these hold:

    - they fill the same slot: the same relation to the same word ("sent [explosives]" / "sent [pipe bombs]", "Goelman,
      Strzok's [attorney]" / "Goelman, Mr. Strzok's [lawyer]");
    - they are whole noun phrases (never a fragment of one), with no number or date in them, and their heads differ,
      while neither outlet's sentence uses the other's head word;
    - their entity types agree: two common nouns, or two names of one type that share a word ("Raul Labrador" / "Raúl
      R. Labrador" is typography and left out; "Jim Mattis" / "James Mattis" is not);
    - they differ by more than typography or abbreviation ("Trump’s" / "Trump's", "Sen." / "Senator" are left out);
    - and their words are closer than 95% of random phrase pairs of the story (:func:`similar_phrases`).

    Each variant carries the sentence it comes from. ``embedder`` is accepted for callers of the earlier signature.
    """
    from framediff.frame.voice import article_quotes, sentence_quotes

    al = comparison.alignment
    spans = {a.id: article_quotes(a) for a in al.articles}
    sentence_pairs: list[tuple[str, str, str, str]] = []
    quoted: dict[str, list[tuple[int, int]]] = {}
    for claim in comparison.shared_claims:
        members = []
        for m in claim.members:
            if not is_english(al.article(m.member.article).sentence_language(m.member.sentence)):
                continue  # read by the English parser: another language's sentences name nothing here
            sentence = al.sentence(m.member)
            members.append((m.member.article, sentence.text))
            quoted.setdefault(sentence.text, []).extend(sentence_quotes(spans[m.member.article], sentence))
        for (a_article, a_text), (b_article, b_text) in combinations(members, 2):
            if a_article != b_article:
                sentence_pairs.append((a_text, a_article, b_text, b_article))
    if not sentence_pairs:
        return []
    from framediff.language.parser import parse

    texts = sorted({t for a, _, b, _ in sentence_pairs for t in (a, b)})
    docs = dict(zip(texts, parse(texts)))
    chunks = {t: _chunks(docs[t], quoted.get(t, [])) for t in texts}
    candidates: list[tuple[str, str, str, str, str, str]] = []
    words = {a.id: _own_words(a, spans[a.id]) for a in al.articles}
    for a_text, a_article, b_text, b_article in sentence_pairs:
        for a, b, a_heads, b_heads in _slot_pairs(docs[a_text], chunks[a_text], docs[b_text], chunks[b_text]):
            if _uses(words[b_article], a_heads) or _uses(words[a_article], b_heads):
                continue  # the outlet writes the other's word too ("attackers" in one sentence, "hackers" in the next): no choice of name
            candidates.append((a, a_article, b, b_article, a_text, b_text))
    story = [s.text for article in al.articles for s in article.sentences]
    kept = [c for c, keep in zip(candidates, similar_phrases([(a, b) for a, _, b, _, _, _ in candidates], story)) if keep]
    return _concepts(kept)


def slot_variants(a_text: str, b_text: str) -> list[tuple[str, str]]:
    """The noun phrases two sentences of one claim put in the same slot under different names, before the story's word
    vectors weigh them (:func:`naming_variants` applies both)."""
    from framediff.language.parser import parse

    a_doc, b_doc = parse([a_text, b_text])
    return [(a, b) for a, b, _, _ in _slot_pairs(a_doc, _chunks(a_doc, []), b_doc, _chunks(b_doc, []))]


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _own_words(article: Any, quoted: list[tuple[int, int]]) -> list[str]:
    """The words of an article's sentences in its own voice, outside quotation marks, lower case: a word it quotes is the
    speaker's ("These terrorists will pay", quoted by a wire that writes "Hamas militants", a second reader's)."""
    parts, end = [], 0
    for start, stop in sorted(quoted):
        parts.append(article.text[end:start])
        end = max(end, stop)
    parts.append(article.text[end:])
    return _WORD.findall(" ".join(parts).lower())


def _uses(words: list[str], heads: frozenset[str]) -> bool:
    """Does an article write one of ``heads`` (a phrase's head word as written and as its lemma), or its plural?"""
    return any(w in heads or w.removesuffix("s") in heads or w.removesuffix("es") in heads for w in words)


def _slot_pairs(a_doc: Any, a_chunks: list[Any], b_doc: Any, b_chunks: list[Any]) -> list[tuple[str, str, frozenset[str], frozenset[str]]]:
    a_lemmas = {t.lemma_.lower() for t in a_doc}
    b_lemmas = {t.lemma_.lower() for t in b_doc}
    b_slots: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for chunk in b_chunks:
        b_slots[_slot(chunk)].append(chunk)
    a_slots: dict[tuple[str, ...], list[Any]] = defaultdict(list)
    for chunk in a_chunks:
        a_slots[_slot(chunk)].append(chunk)
    out = []
    for slot, mine in a_slots.items():
        if slot not in b_slots or (slot[0] == "nsubj" and slot[-1] in _SAYING):
            continue  # who says it: "the report said" / "the spokesman said" are two sources, not two names
        if slot[-1] in _ANYONE:
            continue  # "anyone with information / knowledge of the fire is asked to call": an appeal names nothing
        # where a slot holds several phrases ("signed a pact ..., its latest display"), the one nearest its word
        a, b = _nearest(mine), _nearest(b_slots[slot])
        if _variants(a, b, a_lemmas, b_lemmas):
            out.append((_words(a), _words(b), _heads(a), _heads(b)))
    return out


def _heads(chunk: Any) -> frozenset[str]:
    return frozenset({chunk.root.text.lower(), chunk.root.lemma_.lower()})


def _nearest(chunks: list[Any]) -> Any:
    return min(chunks, key=lambda c: abs(c.root.i - c.root.head.i))


_SAYING = frozenset("say tell add write announce state claim argue insist note".split())
_ANYONE = frozenset("anyone anybody someone somebody everyone everybody whoever".split())
_FACT_ENTITIES = frozenset(("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"))
_DROP_FRONT = frozenset(("det", "poss", "predet", "case", "nummod", "punct"))


def _chunks(doc: Any, quoted: list[tuple[int, int]]) -> list[Any]:
    """The noun phrases of a parsed sentence that can name something in the outlet's own voice: not pronouns, numbers or
    dates, not cut short ("a groundbreaking defense | MOU"), not inside quotation marks (a speaker's words; ``quoted``
    adds the ranges of quotations that run over sentences)."""
    from framediff.frame.voice import quoted_spans

    quoted = quoted_spans(doc.text) + quoted
    out = []
    for chunk in doc.noun_chunks:
        root = chunk.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.ent_type_ in _FACT_ENTITIES or t.like_num for t in chunk):
            continue
        if chunk.end < len(doc) and _continues(chunk, doc[chunk.end]):
            continue
        if any(a <= chunk.start_char < b or a < chunk.end_char <= b for a, b in quoted):
            continue
        out.append(chunk)
    return out


def _continues(chunk: Any, following: Any) -> bool:
    """Whether the word after a noun phrase belongs to it, so that the phrase is a fragment ("a groundbreaking defense | MOU",
    "a grey | Toyota Camry", which the parser reads as "a grey" with "Toyota Camry" its apposition, no comma between)."""
    if following.pos_ not in ("NOUN", "PROPN") or following.ent_type_ in ("DATE", "TIME"):
        return False
    if chunk.start <= following.head.i < chunk.end or chunk.root.head.i == following.i:
        return True
    head = following.head
    return (head.dep_ == "appos" and head.head.i == chunk.root.i and following.i < head.i
            and not any(t.is_punct for t in chunk.doc[chunk.end : head.i]))


def _slot(chunk: Any) -> tuple[str, ...]:
    """Where a noun phrase stands: its relation and the word it depends on ("dobj", "send"; "pobj", "with", "charge")."""
    root = chunk.root
    head = root.head
    if root.dep_ == "pobj":
        return ("pobj", head.lower_, head.head.lemma_.lower())
    if root.dep_ == "conj":
        return ("conj",) + _slot_of(head)
    return (root.dep_, head.lemma_.lower())


def _slot_of(token: Any) -> tuple[str, ...]:
    return (token.dep_, token.head.lemma_.lower())


def _words(chunk: Any) -> str:
    """A noun phrase without its determiner or possessor ("the bureau's office" -> "office", "pipe bombs")."""
    tokens = list(chunk)
    while tokens and (tokens[0].dep_ in _DROP_FRONT or tokens[0].tag_ == "POS" or tokens[0].pos_ in ("DET", "PRON", "PUNCT")):
        if len(tokens) > 1 and not tokens[0].whitespace_ and tokens[1].text in ("-", "–") and not tokens[1].whitespace_:
            break  # "all-time scoring leader": a word joined by a hyphen is one word, kept whole
        tokens = tokens[1:]
    possessive = [k for k, t in enumerate(tokens) if t.tag_ == "POS"]
    if possessive:
        tokens = tokens[possessive[-1] + 1 :]
    return chunk.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)] if tokens else ""


def _plain(text: str) -> str:
    """Lower case without punctuation or possessive: "Trump’s" and "Trump's" are one, "start-up" and "startup" too."""
    return re.sub(r"[^\w ]", "", text.replace("’", "'").replace("'s", "").lower()).strip()


def _variants(a: Any, b: Any, a_lemmas: set[str], b_lemmas: set[str]) -> bool:
    """Whether two noun phrases in one slot are two names of one thing, as far as form and type tell."""
    a_words, b_words = _words(a), _words(b)
    if not a_words or not b_words:
        return False
    pa, pb = _plain(a_words), _plain(b_words)
    if not pa or not pb or pa.replace(" ", "") == pb.replace(" ", ""):
        return False  # typography alone ("video link" / "videolink" too)
    ra, rb = a.root, b.root
    la, lb = ra.lemma_.lower(), rb.lemma_.lower()
    if la == lb or la in b_lemmas or lb in a_lemmas or _plain(pa.split()[-1]) == _plain(pb.split()[-1]):
        return False  # one head, or both outlets use both words
    if _abbreviates(pa, pb) or _abbreviates(pb, pa) or _spelling(pa.split()[-1], pb.split()[-1]):
        return False  # "Sen" / "Senator", "Fla" / "Florida", "centre" / "center", "protesters" / "protestors"
    if _derived(la, lb):
        return False  # "Early voting" / "Voters", "the investigation" / "investigators": an act and its doers are two things
    if _reordered(pa.split(), pb.split()):
        return False  # "leading scorer" / "scoring leader": one name, its words made over
    if ra.ent_type_ != rb.ent_type_:
        return False  # a person and an office, a place and an organisation
    if ra.ent_type_ or ra.pos_ == "PROPN" or rb.pos_ == "PROPN":
        shared = set(pa.split()) & set(pb.split())
        return ra.pos_ == rb.pos_ == "PROPN" and bool(shared) and _folded(pa) != _folded(pb)
    return True


def _derived(a: str, b: str) -> bool:
    """Two words made from one: their Snowball stems alike, or one the other's with a suffix that makes a doer, an act
    or a quality ("voting" / "voter", "office" / "official", "president" / "presidency"); not "militant" / "militia" or
    "national" / "nationalist", two names."""
    from framediff.aligning.profiles import stem

    short, long_ = sorted((stem(a), stem(b)), key=len)
    return len(short) >= 4 and (short == long_ or (long_.startswith(short) and long_[len(short):] in _SUFFIXES))


def _reordered(a: list[str], b: list[str]) -> bool:
    """Is a phrase of two words or more the other's words in another order or form, each made from a word of the other
    ("leading scorer" / "scoring leader", "all-time scoring leader": one title, with a qualifier or without)?"""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2:
        return False
    rest = list(long_)
    for word in short:
        match = next((w for w in rest if w == word or _derived(word, w)), None)
        if match is None:
            return False
        rest.remove(match)
    return True


_SUFFIXES = frozenset({"r", "er", "or", "i", "al", "ian", "ion", "ment", "ant", "ent", "cy", "ist"})


def _folded(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _spelling(a: str, b: str) -> bool:
    """Two spellings of one word ("jewellery" / "jewelry", "Advisors" / "Advisers"): alike in 80% of their letters."""
    from difflib import SequenceMatcher

    return min(len(a), len(b)) >= 5 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _abbreviates(short: str, long: str) -> bool:
    return len(short) < len(long) and " " not in short and long.startswith(short)


def _concepts(pairs: list[tuple[str, str, str, str, str, str]]) -> list[Naming]:
    """Join kept pairs that share a variant (word for word) into one concept each, named by its commonest variant; each
    outlet's variants come with the sentences they stand in."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, _, b, _, _, _ in pairs:
        parent[find(a.lower())] = find(b.lower())
    groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    evidence: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    counts: Counter[str] = Counter()
    for a, article_a, b, article_b, text_a, text_b in pairs:
        root = find(a.lower())
        groups[root][article_a].add(a)
        groups[root][article_b].add(b)
        evidence[root][article_a].add(text_a)
        evidence[root][article_b].add(text_b)
        counts.update([a, b])
    out = []
    for root, variants in groups.items():
        if len(variants) < 2:
            continue  # one outlet: not a renaming across outlets
        concept = max((x for v in variants.values() for x in v), key=lambda x: (counts[x], -len(x), x))
        out.append(Naming(concept, {article: tuple(sorted(v)) for article, v in variants.items()},
                          {article: tuple(sorted(evidence[root][article])) for article in variants}))
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

    from framediff.aligning.encoders import static_encoder

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

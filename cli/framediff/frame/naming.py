"""Naming: the same thing in different words ("defense MOU" / "defence pact" / "memorandum of understanding").

Two sources of pairs, joined across claims into one concept each:
- word swaps in claims whose sentences share most of their words ("tomb" / "Mausoleum");
- noun phrases of two outlets' sentences on one claim that differ in their head
  noun and whose vectors are as close as a renaming's must be.
A pair counts only when both sides name something: a name, or the words of a
noun phrase after a determiner, possessive or preposition. Verbs and clauses
swapped for each other ("enable" / "allow", "allowing for" / "to enjoy") are
paraphrase, not naming, and numbers, dates and weekdays are facts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any

from framediff.comparing.comparison import Comparison
from framediff.aligning.profiles import profile
from framediff.frame.findings import Naming

NAMING_FROM = 0.35  # same_words share from which a member's replacements count as renamings
_OPENERS = frozenset("a an the this these those its his her their our your my of under with signed signing sign signs inked inks "
                     "into about against for on in by from between new".split())
_ENDERS = frozenset("a an the this that these those its his her their our your my of with in on at for to by from between during after "
                    "before into over under about against among through and or but nor as than while which who whom whose that "
                    "is are was were be been being will would has have had can could may might should must shall do does did "
                    "it he she they we you i also not said says told along".split())
_VERB_FORM = re.compile(r"^[a-z][a-z-]*(?:ed|izes|ises|ates|ifies)$|^[a-z][a-z-]{2,}ing$")  # "the agreement formalizes ties", "the C-130 landed"
_WORD = re.compile(r"[^\W_][\w’'-]*|[.,;:!?“”\"()—–]")


def noun_phrases(text: str) -> list[str]:
    """The noun phrases of a sentence, by a light rule: up to four words after a determiner, possessive or preposition,
    ending before the next function word, verb form or punctuation; "memorandum of understanding" keeps its "of" and
    one word after it."""
    return [phrase for phrase, _, _ in _phrase_slots(text)]


def _phrase_slots(text: str) -> list[tuple[str, str, str]]:
    """Each noun phrase with the word before it and the word after it (lower case; "" at either end)."""
    tokens = _WORD.findall(text)
    out = []
    k = 0
    while k < len(tokens):
        word = tokens[k]
        lower = word.lower()
        opens = lower in _OPENERS or word.endswith(("’s", "'s"))
        if not opens:
            k += 1
            continue
        phrase: list[str] = []
        j = k + 1
        while j < len(tokens) and len(phrase) < 4:
            w = tokens[j]
            if not w[0].isalnum() or w.lower() in _ENDERS or (phrase and _VERB_FORM.search(w)):
                if w.lower() == "of" and phrase and j + 1 < len(tokens) and tokens[j + 1][:1].islower() and tokens[j + 1].lower() not in _ENDERS:
                    phrase += [w, tokens[j + 1]]
                    j += 2
                    continue
                break
            phrase.append(w)
            j += 1
        if phrase and not phrase[-1].lower() in _OPENERS and not (_VERB_FORM.search(phrase[0]) and not phrase[0].endswith("ing")):
            before = "a" if lower in ("a", "an", "the", "this", "these", "those") else lower  # one slot, whatever the article
            out.append((" ".join(phrase), before, tokens[j].lower() if j < len(tokens) else ""))
        k = max(j, k + 1)
    return out


def _nominal(phrase: str, sentence: str) -> bool:
    """Whether a swapped phrase names something: a name, or the words of one of the sentence's noun phrases."""
    words = phrase.split()
    if all(w[:1].isupper() for w in words):
        return True
    lower = phrase.lower()
    return any(lower == p.lower() or p.lower().endswith(" " + lower) or _head(p) == _head(phrase) for p in noun_phrases(sentence))


def _is_name(phrase: str) -> bool:
    """ "Minister of Foreign Affairs", "Morocco’s King": capitalised words (and particles); an acronym ("MOU") is a noun."""
    words = [w for w in phrase.split() if w not in ("of", "the", "de", "and", "for")]
    return all(w[:1].isupper() for w in words) and not (len(words) == 1 and words[0].isupper())


def _head(phrase: str) -> str:
    words = phrase.split()
    if "of" in words[1:]:
        words = words[: words.index("of")]
    return words[-1].lower().rstrip("s") if words else ""


def _fact(phrase: str) -> bool:
    found = profile(phrase)
    return not found.stems or bool(found.numbers or found.times)


def naming_variants(comparison: Comparison, embedder: Any = None) -> list[Naming]:
    """The concepts the outlets name differently. ``embedder``: the :class:`~framediff.aligning.embedding.Embedder` to read head
    nouns with (its cache spares a warm run the model); by default one with the alignment's model and the cache."""
    al = comparison.alignment
    if embedder is None:
        from framediff.aligning.embedding import Embedder

        embedder = Embedder(model=al.model)
    swaps: list[tuple[str, str, str, str]] = []  # (one side's words, its article, the other side's words, their article)
    sentence_pairs: list[tuple[str, str, str, str]] = []
    for claim in comparison.shared_claims:
        rep = claim.reference
        rep_text = al.sentence(rep).text
        for m in claim.members:
            if m.member.article == rep.article:
                continue
            text = al.sentence(m.member).text
            sentence_pairs.append((rep_text, rep.article, text, m.member.article))
            if m.same_words < NAMING_FROM:
                continue  # a sentence that shares few words with the reference is a rewrite: no word swaps from it
            for op in m.diff:
                if op.op != "replace":
                    continue
                a, b = op.a.strip(" ,.;:“”\"'"), op.b.strip(" ,.;:“”\"'")
                if not a or not b or len(a.split()) > 3 or len(b.split()) > 3 or a.lower() == b.lower():
                    continue
                if abs(len(a.split()) - len(b.split())) > 1 or _fact(a) or _fact(b):
                    continue  # "Tuesday" / "Monday", "40" / "45": facts that disagree, never a way of naming
                if _nominal(a, rep_text) and _nominal(b, text):
                    swaps.append((a, rep.article, b, m.member.article))
    story = [s.text for article in al.articles for s in article.sentences]
    kept = [c for c, keep in zip(swaps, similar_phrases([(a, b) for a, _, b, _ in swaps], story)) if keep]
    return _concepts(kept + _aligned_phrases(sentence_pairs, embedder))


NAMING_ALIGN_QUANTILE = 0.95  # heads aligned across one claim must be closer than this share of heads from different claims


def _aligned_phrases(sentence_pairs: list[tuple[str, str, str, str]], embedder: Any) -> list[tuple[str, str, str, str]]:
    """Noun phrases that fill the same place in two outlets' sentences on one claim, under different head nouns.

    Each head noun is read in its sentence (the contextual word vectors of the
    sentence model), so "pact" in "signs a defence pact with Morocco" meets "MOU"
    in "signed a defense MOU with Morocco", while "Israel" meets "Israel". Two
    heads pair when each is the other's closest, when the phrases stand between the
    same words (the word before them or the word after them is one), and when closer than 95% of pairs of
    heads taken from different claims of the same story. (The static vectors that
    check word swaps are no judge here: they put "deal" and "accord" at -0.04.)
    Seeded, so deterministic.
    """
    if not sentence_pairs:
        return []
    import numpy as np

    texts = sorted({t for a, _, b, _ in sentence_pairs for t in (a, b)})
    heads = dict(zip(texts, _heads(embedder, texts)))
    claim_of = {t: k for k, (a, _, b, _) in enumerate(sentence_pairs) for t in (a, b)}
    pool = [(claim_of[t], h) for t in texts for h in heads[t]]
    if len(pool) < 4:
        return []
    rng = np.random.RandomState(0)
    picks = rng.randint(0, len(pool), size=(NAMING_SAMPLE, 2))
    spread = [float(pool[i][1][2] @ pool[j][1][2]) for i, j in picks if pool[i][0] != pool[j][0] and pool[i][1][1] != pool[j][1][1]]
    if not spread:
        return []
    bar = float(np.quantile(spread, NAMING_ALIGN_QUANTILE))
    out = []
    for a_text, a_article, b_text, b_article in sentence_pairs:
        a_words, b_words = set(_WORD.findall(a_text.lower())), set(_WORD.findall(b_text.lower()))
        left = [h for h in heads[a_text] if h[1] not in b_words]
        right = [h for h in heads[b_text] if h[1] not in a_words]
        if not left or not right:
            continue
        closeness = np.array([[float(x[2] @ y[2]) for y in right] for x in left])
        for i, x in enumerate(left):
            j = int(closeness[i].argmax())
            y = right[j]
            same_place = x[3] == y[3] or (x[4] == y[4] and x[4] != "")  # "signed a wage deal with" / "signed a pay accord with"
            if closeness[i, j] > bar and int(closeness[:, j].argmax()) == i and same_place and _head(x[0]) != _head(y[0]):
                out.append((x[0], a_article, right[j][0], b_article))
    return out


def _heads(embedder: Any, texts: list[str]) -> list[list[tuple[str, str, Any, str, str]]]:
    """Each sentence's noun phrases that name a thing: the phrase, its head word, the head's vector in the sentence,
    and the words before and after the phrase."""
    phrases = []
    for text in texts:
        found = []
        for phrase, before, after in _phrase_slots(text):
            if _fact(phrase) or _is_name(phrase):
                continue  # facts, and names (a name's other spellings come from the word swaps)
            head_words = phrase.split()
            if "of" in head_words[1:]:
                head_words = head_words[: head_words.index("of")]
            head = head_words[-1].lower()
            if not head.endswith("ing"):
                found.append((phrase, head, before, after))
        phrases.append(found)
    vectors = iter(embedder.embed_words([(text, head) for text, found in zip(texts, phrases) for _, head, _, _ in found]))
    out = []
    for found in phrases:
        with_vectors = [(phrase, head, next(vectors), before, after) for phrase, head, before, after in found]
        out.append([h for h in with_vectors if h[2] is not None])
    return out


def _concepts(pairs: list[tuple[str, str, str, str]]) -> list[Naming]:
    """Join kept pairs that share a phrase into one concept per thing; a concept is named by its commonest variant."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, _, b, _ in pairs:
        parent[find(a.lower())] = find(b.lower())
        for phrase in (a, b):  # "agreement" and "cyber defense cooperation agreement": one head, one thing
            parent[find(phrase.lower())] = find("head:" + _head(phrase))
    groups: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    counts: Counter[str] = Counter()
    for a, article_a, b, article_b in pairs:
        root = find(a.lower())
        groups[root][article_a].add(a)
        groups[root][article_b].add(b)
        counts.update([a, b])
    out = []
    for variants in groups.values():
        if len(variants) < 2 or len({_head(x) for v in variants.values() for x in v}) < 2:
            continue  # one outlet, or one head in different words: not a renaming across outlets
        concept = max((x for v in variants.values() for x in v), key=lambda x: (counts[x], -len(x), x))
        out.append(Naming(concept, {article: tuple(sorted(v)) for article, v in variants.items()}))
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

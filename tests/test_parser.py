"""The English pipeline's loading (framediff.language.parser): what it skips to start faster changes nothing it reads."""

from __future__ import annotations

import subprocess
import sys

import pytest

from framediff.language.parser import english, model_folder


def test_default_tokenizer_is_the_shipped_one() -> None:
    """english() builds spaCy's English tokenizer instead of reading the folder's: the two must be the same rules."""
    import srsly

    shipped = srsly.msgpack_loads((model_folder() / "tokenizer").read_bytes())
    built = srsly.msgpack_loads(english().tokenizer.to_bytes(exclude=["vocab"]))
    for part in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match", "exceptions", "faster_heuristics"):
        assert built[part] == shipped[part], part


@pytest.mark.parametrize(
    "text",
    [
        "Former Rep. Barney Frank (D-Mass.) was the only one to vote against it.",
        "“Who wouldn't be?” said the legislator.",
        "He didn’t vote on Sept. 11, 2013, Mr. Sellers said.",
        "The U.S. paid $1.1 million, or 20%, to Sen. Ted Cruz's campaign at 9:30 a.m. via https://example.com/x?y=1.",
    ],
)
def test_tokens_as_the_shipped_tokenizer_cuts_them(text: str) -> None:
    from spacy.tokenizer import Tokenizer

    shipped = Tokenizer(english().vocab).from_disk(model_folder() / "tokenizer")
    assert [(t.text, t.idx) for t in english().tokenizer(text)] == [(t.text, t.idx) for t in shipped(text)]


def test_spacy_command_line_is_not_imported_and_still_works() -> None:
    """spaCy is imported without spacy.cli (requests, typer, weasel); a later import of spacy.cli gets the real one."""
    code = (
        "import sys\n"
        "from framediff.language.parser import english\n"
        "english()\n"
        "print('spacy.cli' in sys.modules, 'requests' in sys.modules)\n"
        "import spacy.cli, spacy\n"
        "print(hasattr(spacy.cli, 'download'), callable(spacy.info))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False", "True", "True"]

"""What the commands that are not a plain stage return: plain dataclasses, light to import (the renderers read them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from framediff.comparing.comparison import Comparison

if TYPE_CHECKING:
    from framediff.frame import Framing


@dataclass(frozen=True)
class DiffResult:
    """`framediff diff`: the comparison of A and B (A the reference of every claim), and whether they differ."""

    comparison: Comparison
    differ: bool
    ignore_space: bool = False
    ignore_case: bool = False


@dataclass(frozen=True)
class FramingResult:
    """`framediff framing`: how each outlet names, weighs, quotes and copies."""

    comparison: Comparison

    @property
    def framing(self) -> Framing:
        framing = self.comparison.framing
        assert framing is not None, "a FramingResult is made with framing"
        return framing


@dataclass(frozen=True)
class PairScore:
    """`framediff score`: a pair's calibrated probability of stating the same claim, and the verdict at the threshold."""

    score: float
    same_claim: bool


@dataclass(frozen=True)
class ScoredPairs:
    """`framediff score`: each input record with its pair's score, made as the pairs are read and scored."""

    pairs: Iterable[tuple[dict[str, Any], PairScore]]


@dataclass(frozen=True)
class BatchLines:
    """`framediff batch`: each finished event's line (:func:`framediff.serialize.batch_line`), as the events finish."""

    lines: Iterable[dict[str, Any]]

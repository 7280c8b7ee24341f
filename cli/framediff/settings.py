"""How a run reads, aligns and compares: one frozen object that the API, `framediff batch` and the commands share."""

from __future__ import annotations

from dataclasses import dataclass

from framediff.aligning.claims import LEAD_PRIOR
from framediff.reading.articles import ReadOptions


@dataclass(frozen=True)
class Settings:
    """Every choice a comparison is made with.

    ``threshold``: the probability from which two sentences state the same claim (None: the calibrated one).
    ``min_outlets``: claims carried by fewer outlets are not shown (coverage, omissions and framing still see them).
    ``lead_prior``: log-odds added to pairs of headlines and first sentences (0 for text that is not news).
    ``model`` and ``use_cache``: the sentence model, and whether its vectors are cached.
    ``framing``: whether `compare` adds the framing analysis.
    ``reference``: the position or the label of the article whose sentences every claim is diffed against (None: each claim's
    sentence closest to the others). ``outlet``: a label; the comparison is that outlet's view.
    ``read``: how the inputs are read.
    """

    threshold: float | None = None
    min_outlets: int = 1
    lead_prior: float = LEAD_PRIOR
    model: str | None = None
    use_cache: bool = True
    framing: bool = True
    reference: int | str | None = None
    outlet: str | None = None
    read: ReadOptions = ReadOptions()

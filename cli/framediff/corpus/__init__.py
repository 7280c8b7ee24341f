"""Corpus: many events at once.

Takes JSON Lines corpora; gives one comparison per event and figures across events. :mod:`.index` reads a corpus in one
pass, :mod:`.events` finds events in a flat dated feed, :mod:`.batch` compares each event in a pool or on Dask, and
:mod:`.summary` sums the outlets up across a batch's output.
"""

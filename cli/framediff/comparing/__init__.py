"""Comparing: how each outlet told each claim.

Takes an alignment; gives a :class:`~framediff.comparing.comparison.Comparison`: per claim a reference sentence and
each outlet's word diff against it (:mod:`.word_diff`), coverage, and what each outlet alone carries or leaves out.
"""

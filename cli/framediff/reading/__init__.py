"""Reading: inputs (files, folders, URLs, standard input, JSON records) to finished :class:`~framediff.article.Article` objects.

Takes what the user named; gives articles with their headline, metadata and sentences at exact character offsets.
:mod:`.loading` finds and fetches inputs, :mod:`.decoding` turns bytes into text, :mod:`.records` checks JSON article
records, :mod:`.cleaning` drops page furniture, :mod:`.sentences` splits, and :mod:`.articles` runs them in order.
"""

"""Words a claim quotes that an outlet quotes too: evidence that the outlet gives the claim, at least in part.

An outlet that lacks a claim by score may still quote its words in another sentence, with another attribution or
inside a longer sentence: "Obama, speaking from the White House on Sunday, said the nightclub massacre ... is being
investigated as an “act of terror,” though ..." against "In their remarks on Sunday, both Obama and Clinton referred to
the shooting as an 'act of terror'". Judged blind on the 50 BASIL dev events, such records had been said to "leave it
out" (bench/verdicts/coverage/left_out.jsonl), where the outlet states the claim or part of it. A run of quoted words
both give is the evidence, and the record shows it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from framediff.aligning.profiles import STOPWORDS

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim

# A run of at least this many words, MIN_CONTENT of them not function words: "a politically driven vendetta", "let
# everybody participate, good & bad". Fewer tell no sentence of a remark: a label many outlets repeat ("phony
# theology"), or words another person takes up to deny them, a stock phrase or a chant (a second reader's "This is not a
# political stunt" against the minister's "a political stunt", students' signs "thoughts and prayers are not a policy"
# against the governor's "thoughts and prayers", a march's "No justice, no peace" against a mother's at a vigil; on the
# BASIL dev events this gives up "act of terror" and "some phony theology", two true records). Nor do words in title case
# ("Fast and Furious", "Meet the Press"): a name in quotation marks, which any sentence on its subject gives.
MIN_WORDS = 3
MIN_CONTENT = 3
_WORD = re.compile(r"[^\W_]+(?:['’&-][^\W_]+)*")  # "Chick-fil-A" is one word
_MARKS = re.compile("[\"“”«»„]")


@lru_cache(maxsize=64)  # an article's quotations, read once per run for every claim it lacks (articles are frozen)
def _article_quotes(article: Any) -> list[tuple[int, int]]:
    from framediff.frame.voice import article_quotes  # the frame package imports this one's

    return article_quotes(article)


def _quoted_words(text: str, spans: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Each run of words of ``text`` inside quotation marks (``spans``: character ranges of ``text``)."""
    return [list(_WORD.finditer(text, a, b)) for a, b in spans]


def _lowered(words: list[re.Match[str]]) -> list[str]:
    return [w.group().lower().replace("’", "'") for w in words]


def _telling(run: list[re.Match[str]]) -> bool:
    """Is a shared run long enough to tell the quotation: MIN_WORDS words, MIN_CONTENT of them not function words, and
    not all of those in title case (a name)?"""
    content = _content(run)
    return len(run) >= MIN_WORDS and len(content) >= MIN_CONTENT and not all(w[:1].isupper() for w in content)


def _content(run: list[re.Match[str]]) -> list[str]:
    """The words of a run that are not function words, as written."""
    return [w.group() for w in run if w.group().lower().replace("’", "'") not in STOPWORDS]


def shared_quotation(ours: str, theirs: str, our_spans: list[tuple[int, int]] | None = None,
                     their_spans: list[tuple[int, int]] | None = None) -> str | None:
    """The longest run of words that ``ours`` and ``theirs`` both give inside quotation marks, as ``theirs`` writes it, if
    it tells the quotation (:data:`MIN_WORDS` words, :data:`MIN_CONTENT` of them not function words, not a name in title
    case); else None. The spans are each text's quoted character ranges (by default read in the text alone:
    :func:`~framediff.frame.voice.quoted_spans`)."""
    from framediff.frame.voice import quoted_spans  # the frame package imports this one's

    runs = [_lowered(q) for q in _quoted_words(ours, quoted_spans(ours) if our_spans is None else our_spans)]
    best: tuple[int, str] = (0, "")
    for quoted in _quoted_words(theirs, quoted_spans(theirs) if their_spans is None else their_spans) if runs else ():
        words = _lowered(quoted)
        for run in runs:  # the longest run both hold, unbroken: the first of its length in ours, then in theirs
            _, start, length = SequenceMatcher(None, run, words, autojunk=False).find_longest_match(0, len(run), 0, len(words))
            if length > best[0] and _telling(quoted[start : start + length]):
                best = (length, theirs[quoted[start].start() : quoted[start + length - 1].end()])
    return best[1] or None


def quoted_elsewhere(alignment: Alignment, claim: Claim, article: str) -> str | None:
    """Why ``article`` may give the claim though its closest sentence scores low: one of its sentences quotes words a member
    of the claim quotes, a run of :data:`MIN_WORDS` or more (:func:`shared_quotation`; a quote that opens in an earlier
    sentence of its paragraph counts). English only: the marks read are English ones (a second reader's German „in der
    Nacht“ was read as open from its closing mark), and so are the function words. Only members that hold a quotation mark are read: a
    sentence inside a quotation, with no mark of its own, is not (reading every article's quotations for every claim an
    outlet lacks cost a twenty-one-article story a tenth of its time). The reason quotes the run. None: no sentence does."""
    from framediff.frame.voice import sentence_quotes
    from framediff.reading.languages import is_english

    members = [(alignment.article(m.article), m.sentence) for m in claim.members]
    members = [(a, n) for a, n in members if _MARKS.search(a.sentences[n].text) and is_english(a.sentence_language(n))]
    ours = [(a.sentences[n].text, spans) for a, n in members if (spans := sentence_quotes(_article_quotes(a), a.sentences[n]))]
    if not ours:
        return None
    outlet = alignment.article(article)
    theirs = _article_quotes(outlet)
    best: tuple[int, int, str] = (0, 0, "")  # (length, sentence, the words as the outlet writes them)
    for sentence in outlet.sentences:
        spans = sentence_quotes(theirs, sentence) if is_english(outlet.sentence_language(sentence.index)) else []
        for text, own in ours if spans else ():
            shared = shared_quotation(text, sentence.text, own, spans)
            if shared and len(shared) > best[0]:
                best = (len(shared), sentence.index, shared)
    return f"its sentence #{best[1]} quotes the claim's words “{best[2]}”" if best[2] else None


# A claim is a quotation when each of its sentences gives at least this share of its letters, and MIN_WORDS words or more,
# inside quotation marks: '“I’m looking at all options,” LePage said on talk radio station WVOM.' (0.40), not '… is
# being investigated as an “act of terror,” though did not say whether it was tied to radical Islam.' (0.08)
QUOTED = 0.3
# An inch mark is no quotation mark ('about 6'2", with a shaved head', an eighty-third reader's), nor are marks around a
# name given ("known locally as “the Devil's Elbow”", "nicknamed the new rounds “the green wheelie run”")
_INCH = re.compile(r"(?<=\d)[\"”]")
_NAMING = re.compile(r"\b(?:known(?:\s+\w+)?\s+as|nicknamed|dubbed|called|named|titled|entitled|labell?ed|branded|reading|"
                     r"marked|so-called|billed\s+as)(?:\s+[\w’'-]+){0,3}\s*[,:]?\s*$"
                     # a title after its document's noun and a comma ("The report, “Lessons from the Pell River flood of
                     # 2024,” was ordered by …": a fact with a title in it, an eighty-fifth reader's, not a quotation)
                     r"|\b(?:report|study|book|film|documentary|song|album|play|exhibition|series|paper|survey|poem|novel|"
                     r"show|programme|program|episode|article|column|essay|memo|campaign|slogan|motto|bill|act|law)\s*,\s*$",
                     re.I)


def quotation(alignment: Alignment, claim: Claim) -> bool:
    """Is the claim a quotation: is every sentence of it English and mostly someone's quoted words (:func:`spoken_spans`,
    :data:`QUOTED`)? Of an outlet that lacks it, what framediff can show is that the outlet does not quote the words;
    whether it gives their gist in its own words, a score does not show: judged blind on BASIL dev, 14 of the 22 "leaves
    it out" records that were not true omissions were such claims, each outlet stating the quotation in part or in other
    words. Only where every outlet that lacks it is English (one in another language may quote the words translated), and
    none gives a run of its quoted words anywhere (:func:`quotes_some`): in a headline in capitals, or inside another
    person's quotation (an eighty-third reader's resident repeating the mayor's "We will rebuild every single home on
    these streets")."""
    from framediff.reading.languages import is_english

    if not all(is_english(alignment.article(a).language) for a in claim.missing):
        return False
    quoted: list[str] = []
    for m in claim.members:
        article = alignment.article(m.article)
        sentence = article.sentences[m.sentence]
        if not is_english(article.sentence_language(m.sentence)):
            return False
        paragraph = [s for s in article.sentences if s.paragraph == sentence.paragraph]
        start = paragraph[0].start
        spans = [(max(a + start, sentence.start) - sentence.start, min(b + start, sentence.end) - sentence.start)
                 for a, b in spoken_spans(article.text[start : paragraph[-1].end])
                 if a + start < sentence.end and b + start > sentence.start]
        if not mostly_quoted(sentence.text, spans):
            return False
        quoted += [sentence.text[a:b] for a, b in spans]  # as written: "Comey & others" is read as three words
    return not any(quotes_some(quoted, alignment.article(a)) for a in claim.missing)


def spoken_spans(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` inside quotation marks that hold someone's words: opened and closed in it (a mark left open
    runs on to the paragraph's end, and a stray closing mark quotes from its start: an eighty-third reader's council
    statement "… the council said." was read as quoted), not after an inch mark, not a title or a name in capitals ("The
    River Remembers", "the Devil's Elbow": :func:`_telling`'s test), not a name given ("nicknamed … “the green wheelie
    run”")."""
    from framediff.frame.voice import quoted_spans

    cleaned = _INCH.sub(" ", text)
    out = []
    for a, b in quoted_spans(cleaned):
        if cleaned[a] not in "\"“" or cleaned[b - 1] not in "\"”" or b - a < 2:
            continue
        content = _content(list(_WORD.finditer(cleaned, a, b)))
        if content and all(w[:1].isupper() for w in content) or _NAMING.search(cleaned, 0, a):
            continue
        out.append((a, b))
    return out


def mostly_quoted(text: str, spans: list[tuple[int, int]]) -> bool:
    """Does ``text`` give :data:`QUOTED` of its letters or more, and :data:`MIN_WORDS` words or more, inside quotation marks
    (``spans``: its quoted character ranges)?"""
    letters = [k for k, ch in enumerate(text) if ch.isalpha()]
    inside = sum(1 for k in letters if any(a <= k < b for a, b in spans))
    words = sum(len(_WORD.findall(text, a, b)) for a, b in spans)
    return bool(letters) and inside >= QUOTED * len(letters) and words >= MIN_WORDS


def quotes_some(quoted: list[str], article: Any) -> bool:
    """Does ``article`` give some of the ``quoted`` words (a claim's quoted passages, in order), with or without quotation
    marks? Its words are read as speech is written down, contractions spelt out ("wasn't" is "was not"), "&" and "w/" as
    "and" and "with", case aside. It does where it gives:

    - a run of MIN_WORDS words or more, MIN_CONTENT of them not function words ("will enable us to", which the seeds'
      press release writes of the pact, is no run), or most of the words the claim quotes ("I'm being myself, frank",
      "we're just here for a project" inside a longer quotation);
    - in one sentence, runs of two words or more that hold three of the claim's content words, or two where the claim
      has no more than three: a quotation with a word put in or taken out ("ready to stay out for as long as it takes"),
      one told in two pieces, or split ("They took everything from us" for "They took everything we had");
    - inside its own quotation marks (double, single, guillemets), MIN_WORDS words or more nearly all of which the claim
      quotes, in its order: a quotation trimmed ("I know you're under duress" of "… under a lot of duress, but …"),
      a post with its handles spelt out, "God help us." or "will be vindicated." of a longer remark; or four words or more
      of them in a row, two not function words ("a slap in the face", in any marks, or after a mark left open).

    An eighty-fifth reader's ten stories had each made a false "does not quote it" or "no other outlet quotes it" under
    the exact runs read before."""
    ours = _spoken_words(" ".join(quoted))
    if len(ours) < MIN_WORDS:
        return False
    content = [w for w in ours if w not in STOPWORDS]
    theirs, sentences, passages = _read(article.text, tuple(s.text for s in article.sentences))
    matcher = SequenceMatcher(None, ours, theirs, autojunk=False)
    for block in matcher.get_matching_blocks():
        run = ours[block.a : block.a + block.size]
        if block.size >= MIN_WORDS and (sum(w not in STOPWORDS for w in run) >= MIN_CONTENT or block.size >= 0.75 * len(ours)):
            return True
    needed = set(content)
    for words in sentences:
        if len(needed.intersection(words)) < 2:
            continue  # fewer than two of its content words: no runs that hold two
        matcher = SequenceMatcher(None, ours, words, autojunk=False)
        held = sum(sum(w not in STOPWORDS for w in ours[b.a : b.a + b.size]) for b in matcher.get_matching_blocks() if b.size >= 2)
        if held >= 3 or (held >= 2 and held >= len(content) * 0.6):
            return True
    for words in passages:
        if len(words) >= MIN_WORDS:
            blocks = SequenceMatcher(None, words, ours, autojunk=False).get_matching_blocks()
            if sum(block.size for block in blocks) >= 0.75 * len(words) or any(
                    block.size >= 4 and sum(w not in STOPWORDS for w in words[block.a : block.a + block.size]) >= 2 for block in blocks):
                return True
    return False


@lru_cache(maxsize=256)
def _read(text: str, sentences: tuple[str, ...]) -> tuple[list[str], list[list[str]], list[list[str]]]:
    """An article's words as :func:`quotes_some` compares them: the whole text's, each sentence's, and each passage it
    quotes (read once per article, not once per claim it lacks)."""
    return _spoken_words(text), [_spoken_words(s) for s in sentences], [_spoken_words(text[a:b]) for a, b in all_quoted(text)]


_CONTRACTED = re.compile(r"(?i)\b(can|won|shan|\w+)n['’]t\b|\b(\w+)['’](re|ve|ll|m|d)\b")
_SPELT = {"can": "can", "won": "will", "shan": "shall"}
_HASHTAG = re.compile(r"(?<!\w)#\w+")  # a post's tags, which outlets that write the post out leave out
_HANDLE = re.compile(r"(?<!\w)@(\w+)")  # "@Local412" is "Local 412"


def _spoken_words(text: str) -> list[str]:
    """The words of ``text`` as speech is compared: lower case, contractions spelt out, "&", "w/" and "%" as words, a post's
    hashtags left out and its handles read as the words they run together ("@Local412": "local 412")."""
    def spell(m: re.Match[str]) -> str:
        if m.group(1):
            return f"{_SPELT.get(m.group(1).lower(), m.group(1))} not"
        return f"{m.group(2)} {dict(re='are', ve='have', ll='will', m='am', d='would')[m.group(3).lower()]}"

    text = _CONTRACTED.sub(spell, text.replace("&", " and ").replace("w/", "with ").replace("%", " percent"))
    text = _HANDLE.sub(lambda m: " ".join(re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", m.group(1))), _HASHTAG.sub(" ", text))
    return [w.group().lower().replace("’", "'") for w in _WORD.finditer(text)]


_GERMAN = re.compile(r"„[^„“”\n]+[“”]")


def all_quoted(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` inside quotation marks of any kind: double, with a mark left open
    (:func:`framediff.frame.voice.quoted_spans`, per paragraph), single (‘a slap in the face’) and guillemets, as the
    loaded-word reader finds them (:func:`framediff.frame.judging_words.quoted_spans`), and German marks."""
    from framediff.frame.judging_words import quoted_spans as marked
    from framediff.frame.voice import quoted_spans

    out: list[tuple[int, int]] = []
    at = 0
    for paragraph in text.split("\n"):
        out += [(at + a, at + b) for a, b in quoted_spans(paragraph)]
        at += len(paragraph) + 1
    return out + marked(text) + [(m.start(), m.end()) for m in _GERMAN.finditer(text)]

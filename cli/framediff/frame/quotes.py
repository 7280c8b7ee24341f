"""Direct quotes, what kind each is, and who speaks it.

Quotation marks are paired over whole paragraphs, so a quote may run over several sentences; a paragraph that ends
inside a quote carries it into the next one, as news does ("…” on the next paragraph opens again with “), and a
paragraph that closes a quote it never opened was quoted from its start. Each quote is one of:

- ``speech``: a quotation of someone's words: three words or more, or a shorter one that a verb of speaking governs
  (said the report should be released “without delay”; called him a “dangerous demagogue”);
- ``scare``: one or two words in quotation marks that nobody is said to say (the so-called “reform”);
- ``title``: a short quote in title case that nobody is said to say (the show “The Apprentice”).

Speakers come from the dependency parse (:mod:`framediff.frame.speakers`): the subject of the verb of speaking in the
quote's sentences, else in a sentence beside it, else the speaker of the quote it continues. Variants of one person
merge within the article ("Trump", "Mr. Trump", "Donald Trump" are Donald Trump).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Iterator

from framediff.article import Article, Sentence
from framediff.frame.findings import Quote
from framediff.frame.people import NOT_FIRST, full_names, honorific_genders, merge_speakers, office_holders, shared_surnames
from framediff.frame.speech_words import clean_name

if TYPE_CHECKING:
    from framediff.language.records import Doc

_OPEN, _CLOSE = "“«", "”»"
_MARKS = re.compile(r"[“”«»\"]")
_WORD = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
_SMALL = frozenset("a an the of and or in on at to for with by from as vs".split())
_LABEL_COLON = re.compile(r"(?:^|,\s)\W*(?P<who>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3})\s*:\s*$")
# A paragraph that introduces the next as a quotation: "Trump lashed out on Twitter, saying:", "The statement reads:".
_INTRODUCES = re.compile(r"\b(?:said|says|saying|wrote|writes|writing|tweeted|tweeting|posted|posting|reads|read|stated|added|"
                         r"statement|letter|email|message|post|tweet)\b[^.!?:]*:\s*$")
_SPEECH_HINT = re.compile(r"\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes|tweeted|posted|according|stated|declared|"
                          r"announced|replied|responded|called|described|continued|argued|claimed|insisted|noted|"
                          r"warned|explained)\b|:\s*$")


@dataclass(frozen=True)
class _Span:
    start: int  # inside the marks, offsets into the article text
    end: int
    paragraph: int
    carried: bool  # continues a quote left open at the end of the previous paragraph
    block: bool = False  # a whole paragraph without marks after one that ends "…, saying:" (a post, a statement)
    introduced: bool = False  # opens a paragraph that follows one ending in a colon ("… in a statement on Friday:")


def quote_spans(article: Article) -> list[_Span]:
    """The quoted ranges of each paragraph (inside the marks), multi-sentence and multi-paragraph quotes included."""
    bounds: dict[int, tuple[int, int]] = {}
    for s in article.sentences:
        a, b = bounds.get(s.paragraph, (s.start, s.end))
        bounds[s.paragraph] = (min(a, s.start), max(b, s.end))
    out: list[_Span] = []
    open_at_end = False
    introduced = colon = False
    for paragraph in sorted(bounds):
        start, end = bounds[paragraph]
        text = article.text[start:end]
        # a paragraph that goes on with a quote the one before left open, whether it opens with a mark again (as news
        # does) or only closes it ("He will be great!”")
        first = text.lstrip()[:1]
        carried = open_at_end and (first in _OPEN + '"' or (not _MARKS.search(first) and _closes_first(text)))
        if introduced and not _MARKS.search(text) and paragraph:
            out.append(_Span(start, end, paragraph, False, True))
            introduced = colon = False
            continue
        opens = colon and not open_at_end and text.lstrip()[:1] in _OPEN + '"'
        introduced = bool(paragraph and _INTRODUCES.search(text) and not _MARKS.search(text[-3:]))
        colon = bool(paragraph) and text.rstrip().endswith(":")
        spans, open_at_end = _pair(text)
        for k, (a, b) in enumerate(spans):
            a, b = _trim(text, a, b)
            if b > a:
                out.append(_Span(start + a, start + b, paragraph, carried and k == 0, introduced=opens and k == 0))
    return out


def _closes_first(text: str) -> bool:
    """Whether the first quotation mark of a paragraph closes a quote (it opens none before it)."""
    spans, _ = _pair(text)
    first = _MARKS.search(text)
    return bool(spans) and first is not None and spans[0] == (0, first.start())


def _pair(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Pair the quotation marks of one paragraph: (inner ranges, whether a quote is still open at its end)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for m in _MARKS.finditer(text):
        mark, at = m.group(), m.start()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if mark == '"':
            opening = opened is None and (before.isspace() or before in "([—–-:;,") and not after.isspace()
            # a mark between punctuation and white space never opens ("… leaving," Trump tweeted: it closes a quote opened
            # earlier); between two spaces it may (he told Cook. " You guys …")
            mark = "“" if opening or (opened is None and not before.isalnum() and not (before in ",.?!;" and after.isspace())) else "”"
        elif mark in _OPEN and opened is not None and (after.isspace() or after in ",.;") and before in ".,?!":
            mark = "”"  # a reversed closing mark: "happiness?“ he asked"
        elif mark in _CLOSE and opened is None and (before.isspace() or at == 0) and after.isalnum():
            mark = "“"  # a closing mark used to open
        if mark in _OPEN or mark == "“":
            if opened is not None:
                spans.append((opened, at))  # a quote never closed before the next opens
            opened = at + 1
        else:
            if opened is None:
                if not spans and not text[:at].strip(" …."):
                    continue  # a stray mark at the start
                if not spans:
                    spans.append((0, at))  # closes a quote opened before this paragraph
                continue
            spans.append((opened, at))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
        return spans, True
    return spans, False


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


# The place of a name: after a possessive or a preposition of a show or work ("on CBS's “Face the Nation”", "in “The
# Art of the Deal”", "a program called “Fast and Furious”"); a quote in title case there is a title, though its first word
# may be a verb ("Face").
_NAMED = re.compile(r"(?:\w[’']s|\b(?:on|in|titled|entitled|called|named|dubbed))\s*[“\"«]\s*$")
# a short quote that is what something is called, as a habit ("a policy critics call “catch and release.”", a ninth
# trial's Fox) is a term, nobody's statement; "what he called “legitimate rape”" stays his words
_GIVEN_NAME = re.compile(r"(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )"
                         r"\b(?:call|calls|dub|dubs|term|terms|label|labels|known as)\s*[“\"«]\s*$")  # not "what he calls"


def _kind(text: str, governed: bool, has_verb: bool) -> str:
    words = _WORD.findall(text)
    if len(words) <= 8 and _title_case(words) and not has_verb and not re.search(r"[.?!;,]\W*\s\S", text):
        return "title"  # “Meet the Press.”, “The Apprentice”: a name, whoever mentions it
    if governed:
        return "speech"
    return "speech" if len(words) >= 3 else "scare"


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    return len(content) >= 2 and all(w[:1].isupper() or w[:1].isdigit() for w in content) and not all(w.isupper() for w in content)


def _paragraphs(article: Article) -> dict[int, list[int]]:
    """Paragraph -> the indices of its sentences."""
    members: dict[int, list[int]] = {}
    for k, s in enumerate(article.sentences):
        members.setdefault(s.paragraph, []).append(k)
    return members


def _read_first(article: Article, spans: list[_Span], members: dict[int, list[int]]) -> list[int]:
    """The sentences :func:`find_quotes` parses before it reads: those a quote covers, and a neighbour in its paragraph
    that names a speech verb (a neighbour without one is parsed only if a quote reaches for it)."""
    sentences = article.sentences
    holding = {k for sp in spans for k in _covering(sentences, members[sp.paragraph], sp.start, sp.end)}
    wanted = set(holding)
    for k in holding:
        for n in (k - 1, k + 1):
            if (0 <= n < len(sentences) and sentences[n].paragraph == sentences[k].paragraph
                    and _SPEECH_HINT.search(_outside(article, sentences[n], spans))):
                wanted.add(n)
    return sorted(wanted)


def sentences_to_parse(article: Article) -> list[str]:
    """The sentences :func:`find_quotes` will parse first: asked for ahead (:func:`framediff.language.parser.expect`)."""
    spans = quote_spans(article)
    return [article.sentences[k].text for k in _read_first(article, spans, _paragraphs(article))] if spans else []


def find_quotes(article: Article) -> list[Quote]:
    """Every quote of the article with its kind, speaker and verb, in order; speakers merged by person."""
    spans = quote_spans(article)
    if not spans:
        return []
    from framediff.frame.attribution import attribution
    from framediff.frame.speakers import Resolver, colon_subject
    from framediff.language.parser import parse

    sentences = article.sentences
    members = _paragraphs(article)
    wanted = _read_first(article, spans, members)
    docs: dict[int, Doc] = dict(zip(wanted, parse([sentences[k].text for k in wanted])))

    def doc(k: int) -> "Doc":
        if k not in docs:
            docs[k] = parse([sentences[k].text])[0]
        return docs[k]

    def inside_of(k: int) -> list[tuple[int, int]]:
        s = sentences[k]
        return [(max(o.start, s.start) - s.start, min(o.end, s.end) - s.start) for o in spans if o.start < s.end and o.end > s.start]

    def resolver(k: int) -> Resolver:
        return Resolver(_Earlier(doc, inside_of, spoken, k), inside_of(k), known, genders, offices)

    # people the article names in full ("Elizabeth Lauten"), so that a surname alone is known for a person's; read
    # overlapping, so that a title before the name does not hide it ("Prefect Claire Dubois" names Claire Dubois)
    known: list[str] = [f"{m.group(1)} {m.group(2)}" for m in re.finditer(r"\b(?=([A-Z][a-z]+)\s+([A-Z][a-z’'-]+)\b)", article.text)
                        if m.group(1) not in NOT_FIRST]
    # an honorific's gender is its surname's only where one person bears it: "Mr. Okafor's mother, Grace Okafor, … she said"
    # is hers, not her son's (a seventh trial's; the quote had gone to the man quoted before her)
    firsts: dict[str, set[str]] = {}
    for name in known:
        firsts.setdefault(name.split()[-1], set()).add(name.split()[0])
    genders = {surname: g for surname, g in honorific_genders(article.text).items() if len(firsts.get(surname, ())) < 2}
    offices = office_holders(" ".join(s.text for s in sentences if s.kind != "headline"))  # a headline's capitals blur names
    spoken: dict[int, str] = {}  # sentence -> the speaker its speech verb names
    quotes: list[Quote] = []
    previous: Quote | None = None
    previous_paragraph = -1
    for sp in spans:
        covering = _covering(sentences, members[sp.paragraph], sp.start, sp.end)
        opening, closing = covering[0], covering[-1]
        who = verb = None
        governed = has_verb = False
        if sp.block:
            lead = opening - 1
            if lead >= 0:
                who, verb, _ = attribution(doc(lead), inside_of(lead), resolver(lead))
                if who:
                    spoken[lead] = who
            covering = []
            governed = True
        for k in dict.fromkeys([closing, opening, *covering] if covering else []):
            s = sentences[k]
            inside = inside_of(k)
            label = _LABEL_COLON.search(article.text[s.start : max(s.start, sp.start - 1)]) if sp.start > s.start else None
            found, word, rules = attribution(doc(k), inside, resolver(k), (sp.start - s.start, sp.end - s.start))
            governed = governed or rules
            has_verb = has_verb or any(t.pos_ in ("VERB", "AUX") and sp.start - s.start <= t.idx < sp.end - s.start for t in doc(k))
            if found:
                who, verb = found, word
                spoken[k] = found
                break
            if label and k == opening:
                who, verb = clean_name(label.group("who")), None
                break
            if k == opening and sp.start > s.start and re.search(r":\s*[“\"«]?\s*$", article.text[s.start : sp.start]):
                who = colon_subject(doc(k), sp.start - s.start, resolver(k))
                if who:
                    break
        if who is None and sp.introduced and opening > 0:
            lead = opening - 1  # "Trump responded … in a statement on Friday afternoon:" and the quote as the next paragraph
            who, verb, _ = attribution(doc(lead), inside_of(lead), resolver(lead))
            who = who or colon_subject(doc(lead), len(sentences[lead].text), resolver(lead))
            if who:
                spoken[lead] = who
        office = re.fullmatch(r"(?:[Tt]he|[A-Z][\w-]+[’']s)\s+(?:[\w-]+\s+){0,3}?(\w+)", who) if who else None
        if office and office.group(1).lower() in offices:
            who = offices[office.group(1).lower()]  # "the president": the one person the article calls President
        text = " ".join(article.text[sp.start : sp.end].split())
        whole = (article.text[sentences[opening].start : sentences[closing].end].strip(" “”\"«»")
                 == article.text[sp.start : sp.end].strip(" “”\"«»"))
        lead_in = article.text[sentences[opening].start : sp.start]
        named = bool(_NAMED.search(lead_in))  # "on CBS's “Face the Nation”": a name in a name's place
        kind = _kind(text, governed or whole, has_verb and not named)  # a quote that is its whole sentence ("“Please.”") is said
        if kind == "speech" and len(_WORD.findall(text)) <= 4 and _GIVEN_NAME.search(lead_in):
            kind = "scare"
        if kind != "speech":
            who = verb = None  # a scare quote or a title is nobody's statement
        own = len(_WORD.findall(" ".join(_outside(article, sentences[k], spans) for k in range(opening, closing + 1))))
        if who is None and kind == "speech" and not governed and own <= 3:
            # a quote that is (nearly) its whole sentence, attributed in the sentence beside it; a quote inside a sentence
            # of the outlet's own ("despite the concern by many Republicans that “…”") borrows no speaker from next door
            for n in (closing + 1, opening - 1):
                if n in members[sp.paragraph] and n in docs and not any(o.start < sentences[n].end and o.end > sentences[n].start
                                                                        for o in spans):
                    who, verb, _ = attribution(doc(n), [], resolver(n))
                    if who:
                        spoken[n] = who
                        break
        if who is None and kind == "speech" and previous is not None and previous.speaker:
            if previous_paragraph == sp.paragraph or sp.carried or (
                    previous_paragraph == sp.paragraph - 1 and _bare(article, sentences, members[sp.paragraph], sp, spans)):
                # a quote that goes on after its attribution, over a paragraph break, or in a paragraph of quotation alone
                who, verb = previous.speaker, previous.verb
        quote = Quote(who, text, sentences[opening].index, verb, sp.start, sp.end, kind)
        quotes.append(quote)
        if kind == "speech":
            previous, previous_paragraph = quote, sp.paragraph
            if who and len(who.split()) > 1 and who[:1].isupper():
                known.append(who)
    for k in range(len(quotes) - 2, -1, -1):
        # a quote left open at its paragraph's end, attributed only where the next paragraph closes it: one quotation
        later, sp_later = quotes[k + 1], spans[k + 1]
        if (quotes[k].speaker is None and quotes[k].kind == "speech" and sp_later.carried and later.speaker
                and sp_later.paragraph == spans[k].paragraph + 1):
            quotes[k] = replace(quotes[k], speaker=later.speaker, verb=later.verb)
    people = [clean_name(e.text) for d in docs.values() for e in d.ents if e.label_ == "PERSON"]
    body = "\n\n".join(s.text for s in sentences if s.kind != "headline")  # a headline's capitals are no names
    people += full_names(body, {q.speaker for q in quotes if q.speaker and len(q.speaker.split()) == 1})
    # a name that opens one spaCy's entities read as an organisation's ("Tyson Foods", "Perdue Farms"): a company's; not a
    # name read so alone, as a person's surname after a quote often is ('…," Reyes added.', "Gantz")
    companies = frozenset(e.text.split()[0] for d in docs.values() for e in d.ents
                          if e.label_ == "ORG" and len(e.text.split()) > 1 and e.text[:1].isupper())
    return merge_speakers(quotes, people, shared_surnames(body), article.text, companies)


class _Earlier:
    """The parsed sentences before sentence ``k`` with their quoted ranges, nearest last, parsed only when iterated
    (a pronoun to resolve), and only six back."""

    def __init__(self, doc: Callable[[int], "Doc"], inside: Callable[[int], list[tuple[int, int]]], spoken: dict[int, str],
                 k: int) -> None:
        self._doc, self._inside, self._spoken, self._k = doc, inside, spoken, k

    def __iter__(self) -> Iterator[tuple["Doc", list[tuple[int, int]], str | None]]:
        return iter([(self._doc(n), self._inside(n), self._spoken.get(n)) for n in range(max(0, self._k - 6), self._k)])


def _bare(article: Article, sentences: tuple[Sentence, ...], members: list[int], sp: _Span, spans: list[_Span]) -> bool:
    """A paragraph that opens with this quote and says nothing outside its quotation marks of who speaks."""
    first = sentences[members[0]]
    if sp.start - first.start > 1 or article.text[sp.start - 1 : sp.start] not in ('"', *_OPEN):
        return False  # not opened by a mark of its own: the marks went astray, and so may the speaker
    return not any(_SPEECH_HINT.search(_outside(article, sentences[k], spans))
                   or re.search(r"\b[A-Z]\w+\s+(?:said|says)\b|\b(?:he|she)\b", _outside(article, sentences[k], spans))
                   for k in members)


def _covering(sentences: tuple[Sentence, ...], members: list[int], start: int, end: int) -> list[int]:
    found = [k for k in members if sentences[k].start < end and sentences[k].end > start]
    return found or [min(members, key=lambda k: abs(sentences[k].start - start))]


def _outside(article: Article, s: Sentence, spans: list[_Span]) -> str:
    text = s.text
    for sp in spans:
        if sp.start < s.end and sp.end > s.start:
            a, b = max(sp.start, s.start) - s.start, min(sp.end, s.end) - s.start
            text = text[:a] + " " * (b - a) + text[b:]
    return text

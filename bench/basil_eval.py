"""Quotes, speakers, loaded words and sentence splitting against BASIL's annotations (the development half).

    python bench/basil_eval.py                 # the four figures
    python bench/basil_eval.py --examples 40   # and up to 40 examples of each kind of error
    python bench/basil_eval.py --data DIR      # another copy of BASIL in the same layout (the kept half)
    python bench/basil_eval.py --speakers      # every speaker error, with its sentence, the annotation's speaker and ours
    python bench/basil_eval.py --all-speakers  # every speaker framediff names, with its sentence, to judge by hand

BASIL (Fan et al., EMNLP 2019): 50 events of the even years, each told by Fox News, the New York Times and HuffPost, with
phrase-level annotations. ``../shared/data/README.md`` describes the files. Each article is read as framediff reads a JSON
record (the title, a blank line, then each paragraph's sentences joined by a space, paragraphs apart by a blank line), so
that every annotated span has an exact place in the article's text.

- **quotes found**: the share of annotated spans with ``quote: yes`` that lie inside a quote framediff reports as a
  statement (not a scare quote or a title). A span counts when its text, quotation marks aside, is found inside the text
  of one of the article's reported quotes (or, when quotes carry offsets, inside the quote's range).
- **speakers right**: over those found spans whose annotated speaker is one person (``Donald_Trump``, ``Trump``; not
  ``other_anti``, a group or a campaign), the share whose reported speaker has the same surname (accents and case
  folded). Also printed over every span that names one person, found or not, and as precision: of those found spans
  given a speaker, the share given the right one (a wrong name is worse than none).
- **loaded words**: framediff's words of kind "loaded" (in the outlet's voice or quoted) against the spans with
  ``bias: lex``. Precision: the share of marked words that overlap a lexical-bias span; recall: the share of spans that
  a marked word overlaps.
- **clear sentence-split errors**: framediff's splitter is run over each paragraph (BASIL's sentences joined by a
  space); a framediff boundary that falls inside one of BASIL's sentences is an over-split, and a *clear* error when it
  falls after a title or honorific ("Mr. ‖ Sellers"), inside or right after a party tag ("(D-Mass.) ‖ was"), after an
  initial before a capitalised name ("George W. ‖ Bush"), or before a lower-case word or a continuing attribution
  ("…?” ‖ he asked"). Other over-splits are printed but not counted as clear: BASIL's own lists have errors too.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT.parent.parent / "shared" / "data" / "basil-dev"

from framediff.aligning.fragments import fragment_hosts  # noqa: E402
from framediff.article import RawArticle  # noqa: E402
from framediff.frame.judging_words import marked_words  # noqa: E402
from framediff.frame.loaded import paragraph_quotes  # noqa: E402
from framediff.frame.quotes import find_quotes  # noqa: E402
from framediff.reading.articles import finish_articles, prepare_article  # noqa: E402
from framediff.reading.sentences import sentence_spans  # noqa: E402

# Speakers that are not one person: groups, campaigns, organisations.
_GROUP_WORDS = {"campaign", "party", "officials", "democrats", "republicans", "catholics", "protestors", "protesters", "naacp", "now",
                "administration", "committee", "house", "senate", "and"}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[’‘`]", "'", text).lower()


def _norm(text: str) -> str:
    """Words only, quotation marks and punctuation aside, for matching a span's text inside a quote's."""
    return " ".join(re.findall(r"[\w']+", _fold(text)))


def _surname(name: str) -> str:
    name = re.sub(r"[,(].*$", "", name)  # "Issa, R-Calif."
    words = [w for w in re.findall(r"[\w'-]+", _fold(name)) if w not in {"jr", "sr", "ii", "iii"}]
    return words[-1].removesuffix("'s") if words else ""


def _same_surname(said: str, annotated: str) -> bool:
    """Surnames equal, accents and case folded; BASIL cuts a name at its first non-ASCII letter ("Felipe_Calder" for
    Calderón), so an annotated surname of four letters or more also matches a name it begins."""
    a, b = _surname(said), _surname(annotated)
    return bool(a) and (a == b or (len(b) >= 4 and a.startswith(b)))


def one_person(speaker: str) -> bool:
    """``Donald_Trump``, ``Trump``, ``Felipe_Calder``: one person named. Not ``other_anti``, ``House_Democrats``, ``NAACP``."""
    parts = [p for p in speaker.split("_") if p]
    if not parts or parts[0] == "other" or any(p.lower() in _GROUP_WORDS for p in parts):
        return False
    return all(p[:1].isupper() and not p.isupper() for p in parts) and len(parts) <= 4


def load(data: Path) -> list[dict]:
    """Each article with its text as framediff reads it, the offset of every BASIL sentence in it, and its annotations."""
    out = []
    for path in sorted(glob.glob(str(data / "articles" / "*" / "*.json"))):
        art = json.load(open(path, encoding="utf-8"))
        ann_path = path.replace("/articles/", "/annotations/").replace(".json", "_ann.json")
        ann = json.load(open(ann_path, encoding="utf-8"))["phrase-level-annotations"] if Path(ann_path).exists() else []
        title = " ".join(art["title"].split())
        text = title + "\n\n"
        places = [(title, 0)]  # (sentence, its offset in text)
        paragraphs = []
        for paragraph in art["body-paragraphs"]:
            sentences = [s for s in paragraph if s.strip()]
            if not sentences:
                continue
            p_start = len(text)
            for k, s in enumerate(sentences):
                if k:
                    text += " "
                places.append((s, len(text)))
                text += s
            paragraphs.append((p_start, [s for s in sentences]))
            text += "\n\n"
        text = text.rstrip("\n")
        spans = []
        for a in ann:
            hit = next(((off + a["start"], off + a["end"]) for s, off in places if s[a["start"] : a["end"]] == a["txt"]), None)
            if hit is None:
                continue
            spans.append({**a, "at": hit})
        out.append({"path": path, "source": art["source"], "title": title, "date": art.get("date"), "text": text,
                    "paragraphs": paragraphs, "annotations": spans})
    return out


def article_of(item: dict):
    raw = RawArticle(source=item["path"], text=item["text"], format="json", encoding="utf-8", title=item["title"],
                     outlet=item["source"], date=item["date"])
    return finish_articles([prepare_article(raw)])[0]


def _quote_ranges(article, quotes) -> list[tuple[int, int, str]]:
    """(start, end, normalised text) of each reported statement."""
    out = []
    for q in quotes:
        if getattr(q, "kind", "statement") not in ("statement", "partial", "speech"):
            continue
        start, end = getattr(q, "start", None), getattr(q, "end", None)
        out.append((start if start is not None else -1, end if end is not None else -1, _norm(q.text)))
    return out


def _found(span: dict, ranges: list[tuple[int, int, str]], quotes: list, article) -> object | None:
    """The reported quote that holds the annotated span, or None. Without offsets: a quote of the span's paragraph whose
    text holds the span's words."""
    a, b = span["at"]
    text = _norm(span["txt"])
    paragraph = next((s.paragraph for s in article.sentences if s.start <= a < s.end), None)
    statements = [q for q in quotes if getattr(q, "kind", "statement") in ("statement", "partial", "speech")]
    for (s, e, norm), q in zip(ranges, statements):
        if s >= 0 and s <= a + _lead(span["txt"]) and b - _trail(span["txt"]) <= e:
            return q
        if s < 0 and text and f" {text} " in f" {norm} " and article.sentences[q.sentence].paragraph == paragraph:
            return q
    return None


def _lead(txt: str) -> int:
    return len(txt) - len(txt.lstrip(" “\"'‘.…-"))


def _trail(txt: str) -> int:
    return len(txt) - len(txt.rstrip(" ”\"'’.,…?!-"))


_TITLE_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Cong|Gov|Govs|Lt|Gen|Col|Sgt|Capt|Maj|Adm|Atty|Pres|Rev|St|Sept|Oct|Nov|Dec|Jan|Feb|Aug|"
    r"Ft|Mt|Prof|Gens|Cmdr|Brig|Supt|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|"
    r"Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Del|Ala|Ark)\.|\b[DRI]-[A-Z][\w.]*\.\)?,?)$"
)
_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.$")
_CONTINUING = re.compile(r"^(?:[a-z]|[)’,;]|[—–-])")
_ATTRIBUTION = re.compile(r"^(?:[A-Z][\w.’'-]+ ){0,3}[A-Z][\w.’'-]+ (?:said|asked|says|asks|added|wrote|told|tweeted|continued|declared|"
                          r"replied|responded)\b")


def _clear(before: str, after: str) -> str | None:
    """Why a boundary between ``before`` and ``after`` (inside one BASIL sentence) is clearly wrong, or None."""
    b, a = before.rstrip(), after.lstrip(" ”“\"’")
    if _TITLE_ABBREV.search(b):
        return "after a title, abbreviation or party tag"
    if b.count("(") > b.count(")"):
        return "inside brackets"
    if _INITIAL.search(b) and a[:1].isupper() and not re.match(r"(?:He|She|It|They|The|But|And|In|On|This|That|We|I)\b", a):
        return "after an initial"
    if _CONTINUING.match(a) or (re.search(r"[?!][”\"’']*$", b) and _ATTRIBUTION.match(a)):
        return "before a continuing word or attribution"
    return None


def split_errors(items: list[dict]) -> tuple[int, int, list[tuple[str, str, str]], list[tuple[str, str]], int]:
    """(framediff sentence ends, clear errors, examples of clear errors, other over-splits, BASIL boundaries framediff keeps joined)."""
    ends = clear = joined = 0
    examples: list[tuple[str, str, str]] = []
    others: list[tuple[str, str]] = []
    for item in items:
        for _, sentences in item["paragraphs"]:
            text = " ".join(sentences)
            basil: set[int] = set()
            pos = 0
            for s in sentences[:-1]:
                pos += len(s)
                basil.add(pos)
                pos += 1
            spans = list(sentence_spans(text))
            ends += len(spans)
            mine = {e for _, e in spans[:-1]}
            for (_, e), (s2, _) in zip(spans, spans[1:]):
                if any(abs(e - b) <= 1 or (e <= b <= s2) for b in basil):
                    continue
                before, after = text[max(0, e - 60) : e], text[s2 : s2 + 50]
                why = _clear(text[:e], text[s2:])
                if why:
                    clear += 1
                    examples.append((why, before, after))
                else:
                    others.append((before, after))
            joined += sum(1 for b in basil if not any(abs(e - b) <= 1 or (e <= b <= s2) for (_, e), (s2, _) in zip(spans, spans[1:])))
            del mine
    return ends, clear, examples, others, joined


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--examples", type=int, default=0, help="print up to N examples of each kind of error")
    parser.add_argument("--speakers", action="store_true", help="print every speaker error with its sentence")
    parser.add_argument("--all-speakers", action="store_true", help="print every speaker framediff names, with its sentence")
    args = parser.parse_args()
    if not (args.data / "articles").is_dir():
        sys.exit(f"no BASIL data at {args.data} (see ../shared/data/README.md)")
    started = time.perf_counter()
    items = load(args.data)
    show = args.examples

    quote_spans = found = 0
    person_spans = person_found = person_right = person_named = 0
    speaker_errors: list[str] = []
    named: list[str] = []
    lex_total = lex_hit = marks = marks_right = 0
    missed_quotes: list[str] = []
    wrong_speakers: list[str] = []
    loaded_false: Counter[str] = Counter()
    loaded_missed: Counter[str] = Counter()
    sentences = 0
    fragments: list[str] = []  # sentences that are pieces of their neighbour (aligning.fragments), read by hand
    for item in items:
        article = article_of(item)
        sentences += len(article.sentences)
        fragments += [f"  [{item['source']}] {article.sentences[k].text!r}" for _, k in fragment_hosts([article])]
        quotes = find_quotes(article)
        ranges = _quote_ranges(article, quotes)
        for span in item["annotations"]:
            if span["quote"] != "yes":
                continue
            quote_spans += 1
            q = _found(span, ranges, quotes, article)
            found += q is not None
            if q is None:
                missed_quotes.append(f"  [{item['source']}] {span['txt'][:110]!r}")
            if one_person(span["speaker"]):
                person_spans += 1
                if q is not None:
                    person_found += 1
                    right = bool(q.speaker) and _same_surname(q.speaker, span["speaker"].replace("_", " "))
                    person_right += right
                    person_named += bool(q.speaker)
                    if not right:
                        wrong_speakers.append(f"  [{item['source']}] {span['speaker']}: said {q.speaker!r} — {span['txt'][:70]!r}")
                        speaker_errors.append(_speaker_error(item, article, q, span))
        if args.all_speakers:
            for q in quotes:
                if q.speaker and getattr(q, "kind", "speech") == "speech":
                    named.append(f"[{Path(item['path']).stem} {item['source']} #{q.sentence}] {q.speaker!r} ({q.verb}) "
                                 f"<< {_context(article, q)}")
        # loaded words
        quoted = paragraph_quotes(article)
        found_marks = []
        for s in article.sentences:
            local = [(a - s.start, b - s.start) for a, b in quoted.get(s.paragraph, []) if a < s.end and b > s.start]
            for m in marked_words(s.text, local):
                if m.kind == "loaded":
                    found_marks.append((s.start + m.start, s.start + m.end, m.word))
        lex = [span for span in item["annotations"] if span["bias"] == "lex"]
        lex_total += len(lex)
        for span in lex:
            a, b = span["at"]
            if any(s < b and e > a for s, e, _ in found_marks):
                lex_hit += 1
            else:
                loaded_missed[_fold(span["txt"])] += 1
        for s, e, word in found_marks:
            marks += 1
            if any(s < span["at"][1] and e > span["at"][0] for span in lex):
                marks_right += 1
            else:
                loaded_false[word.lower()] += 1

    ends, clear, examples, others, joined = split_errors(items)
    p = marks_right / marks if marks else 0.0
    r = lex_hit / lex_total if lex_total else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    events = len({Path(i["path"]).name.rsplit("_", 1)[0] for i in items})
    print(f"BASIL at {args.data}: {len(items)} articles, {events} events ({time.perf_counter() - started:.1f} s)")
    print(f"quotes found     {found / quote_spans:.3f}   {found} of {quote_spans} annotated quote spans lie inside a reported quote")
    print(f"speakers right   {person_right / person_found if person_found else 0:.3f}   {person_right} of {person_found} found spans "
          f"that name one person; over all {person_spans} such spans: {person_right / person_spans if person_spans else 0:.3f}")
    print(f"speaker precision {person_right / person_named if person_named else 0:.3f}   {person_right} of {person_named} found "
          f"spans that name one person and get a speaker get the right one ({person_named - person_right} wrong, "
          f"{person_found - person_named} none)")
    print(f"loaded words     P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   {marks_right} of {marks} marked words in a lex span; "
          f"{lex_hit} of {lex_total} lex spans marked")
    print(f"sentence splits  {clear} clear errors in {ends} framediff sentence ends ({len(others)} other over-splits, "
          f"{joined} BASIL boundaries not split)")
    print(f"fragments        {len(fragments)} of {sentences} sentences are pieces of their neighbour, never a claim alone "
          f"(--examples lists them)")
    for why, before, after in examples[: show or 10]:
        print(f"  {why}: …{before} ‖ {after}…".replace("\n", " "))
    if show:
        print("other over-splits:")
        for before, after in others[:show]:
            print(f"  …{before} ‖ {after}…")
        print("fragments:")
        print("\n".join(fragments[:show]))
        print("quote spans missed:")
        print("\n".join(missed_quotes[:show]))
        print("speakers wrong or missing:")
        print("\n".join(wrong_speakers[:show]))
        print("loaded, marked but not annotated:", ", ".join(f"{w} {n}" for w, n in loaded_false.most_common(show)))
        print("loaded, annotated but not marked:", ", ".join(f"{w} {n}" for w, n in loaded_missed.most_common(show)))
    if args.speakers:
        print(f"speaker errors ({len(speaker_errors)}):")
        print("\n".join(speaker_errors))
    if args.all_speakers:
        print(f"speakers named ({len(named)}):")
        print("\n".join(named))


def _context(article, q) -> str:
    """The quote's sentences, with the one before and the one after in its paragraph, on one line (‖ marks the quote's
    first and last sentence)."""
    sentences = article.sentences
    k = q.sentence
    end = getattr(q, "end", None)
    last = max((s.index for s in sentences if end is not None and s.start < end and s.paragraph == sentences[k].paragraph), default=k)
    pick = [n for n in (k - 1, *range(k, last + 1), last + 1)
            if 0 <= n < len(sentences) and sentences[n].paragraph == sentences[k].paragraph]
    parts = [("‖ " if n in (k, last) else "") + sentences[n].text for n in pick]
    return " ".join(" ".join(parts).split())


def _speaker_error(item: dict, article, q, span: dict) -> str:
    kind = "none" if not q.speaker else "wrong"
    return (f"- {kind} [{Path(item['path']).stem} {item['source']} #{q.sentence}] gold {span['speaker']} ours {q.speaker!r} "
            f"({q.verb})\n    span: {span['txt'][:100]!r}\n    text: {_context(article, q)}")


if __name__ == "__main__":
    main()

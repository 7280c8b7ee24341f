"""Counts in words, for every renderer: "1 sentence", "2 sentences"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from framediff.frame.reuse import COPIED, SHINGLE
from framediff.comparing.coverage import NEAR, QUOTES_ACROSS, SHARES_NONE, SHOWS_NEAR
from framediff.comparing.scores_shown import score_under

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment
    from framediff.comparing.coverage import LeftOut
    from framediff.frame.findings import Framing, Reuse


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and ``noun``, plural unless ``n`` is 1 (``plural`` when adding "s" will not do)."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def fact_values(values: tuple[str, ...] | list[str]) -> str:
    """Values of facts that disagree ("number:1200000000", "weekday:tuesday") as a reader writes them: "1,200,000,000", "Tuesday"."""
    return ", ".join(_fact_value(v) for v in values)


def fact_evidence(values: tuple[str, ...], evidence: tuple[tuple[str, str, str], ...] = ()) -> str:
    """Values of facts that disagree with the words each comes from: "7,000 (“about 7,000 troops”)", a value given twice
    once with the words of each ("4 (“Four”, “Four people”)"); the values alone without evidence."""
    if not evidence:
        return fact_values(values)
    said: dict[str, list[str]] = {}  # one value in two sentences is one value with both words (a thirty-eighth trial's
    for value, words, _ in evidence:  # "4 (“Four”); 4 (“Four people”)")
        if words not in said.setdefault(value, []):
            said[value].append(words)
    return "; ".join(f"{_fact_value(value)} ({', '.join(f'“{w}”' for w in words)})" for value, words in said.items())


def _fact_value(value: str) -> str:
    kind, _, raw = value.partition(":")
    if kind == "number" and raw.isdecimal():
        return f"{int(raw):,}"
    if kind in ("weekday", "month"):
        return raw.capitalize()
    if kind == "date" and re.fullmatch(r"--\d\d-\d\d", raw):  # a day of a month in a year no outlet gives: "19 Sep"
        import datetime

        return datetime.date(2000, int(raw[2:4]), int(raw[5:7])).strftime("%-d %b")
    if kind == "date":  # a calendar day: "Fri 2 Jul 2010"
        import datetime

        try:
            return datetime.date.fromisoformat(raw).strftime("%a %-d %b %Y")
        except ValueError:  # a year ("2015") or a month ("2015-03": "Mar 2015")
            return datetime.date(int(raw[:4]), int(raw[5:7]), 1).strftime("%b %Y") if re.fullmatch(r"\d{4}-\d\d", raw) else raw
    if kind == "day":
        return f"day {raw}"
    if kind == "age":
        return f"aged {raw}"
    if kind == "time":  # a time of day, "15:15"
        return raw
    if kind == "year":
        return raw
    return raw


# A claim's heading names the outlets that lack it in the three states of "Only here / left out": those whose closest
# sentence comes near (they may say it differently or in part), those that leave it out, and those framediff cannot
# tell. One "not in" for all said of the first what only the second backs ("not in: A, B, C" above the signing, which
# A, B and C report in claim 1).
LACKING = ("comes near", "leaves it out", "cannot tell")
# Of a claim that is a quotation (comparing.quoted_words.quotation), what "leaves it out" can show is that the outlet does
# not quote the words: a blind judge found 14 of 22 such records on BASIL dev stated in part or in other words elsewhere
# ("NYT never quotes 'I'm looking at all options', but #2 says he hinted he might abort his second term").
NOT_QUOTED = "does not quote it"


def lacking_headings(quotation: bool) -> tuple[str, str, str]:
    """The three headings of :data:`LACKING`, the second :data:`NOT_QUOTED` for a claim that is a quotation."""
    return (LACKING[0], NOT_QUOTED if quotation else LACKING[1], LACKING[2])


# Of a claim only one outlet carries that is a quotation, what "only here" can show: no other outlet quotes the words (a
# blind judge found most such records not true as "only here" to be another outlet giving the gist in its own words)
ONLY_QUOTED = "no other outlet quotes it"
ONLY_HERE_LEGEND = f"nothing of the others comes near; of a quotation, {ONLY_QUOTED}"


def leaves_out(quotation: bool) -> str:
    """What a record of an outlet that leaves a claim out says: :data:`NOT_QUOTED` of a quotation."""
    return NOT_QUOTED if quotation else LACKING[1]
# What the states of "Only here / left out" mean, in the reports' legends: each record gives its own figures and why (its
# closest sentence's score, the share of the claim's words its article uses), and the cut-offs are the README's ("What an
# outlet lacks: its states"). The legend had spelt every cut-off out, some twenty lines at 80 columns that a forty-second
# trial's reader found no journalist could use.
LEAVES_OUT_LEGEND = ("nothing of it comes near, or what comes nearest is another speaker's words or another event, each "
                     "line saying why; of a claim that is a quotation, it does not quote its words")
UNCLEAR_LEGEND = ("framediff cannot tell whether it states it: its closest sentence shows neither way, and is not pointed at, "
                  "each line saying why")
ALONE_LEGEND = ("another outlet's closest sentence comes near (that sentence, its score), or framediff cannot tell whether that "
                "outlet states it, and why; where that sentence is in another language, “joined with no sentence of another outlet”")
# How the note under a claim one outlet alone carries opens. Where the other outlet's closest sentence is in another
# language, "in these words" tells nothing: every sentence of another language is in other words (a forty-second
# trial's reader, of a German sentence against an English wire). What is said instead is what framediff did, not what
# the outlets carry: "matched by no other outlet" was read as "no other outlet states it" where one states it in
# translation (a second reader's).
ALONE_HEAD = "only here in these words"
ALONE_ACROSS = "joined with no sentence of another outlet"
CUT_OFFS = "The cut-offs: README, “What an outlet lacks: its states”."


def cannot_tell(reason: str) -> str:
    """What an outlet's section says of a claim others carry that it lacks, when its closest sentence shows neither way."""
    return f"framediff cannot tell whether it states it ({reason})"


def alone_head(alignment: Alignment, alone: LeftOut) -> str:
    """:data:`ALONE_HEAD`, or :data:`ALONE_ACROSS` where the closest sentence of the outlet that comes near a claim one outlet
    alone carries is in another language than the claim."""
    from framediff.reading.languages import is_english

    assert alone.closest is not None  # an outlet comes near with its closest sentence
    member = alignment.claim(alone.claim).members[0]
    own = alignment.article(member.article).sentence_language(member.sentence)
    theirs = alignment.article(alone.closest.article).sentence_language(alone.closest.sentence)
    return ALONE_HEAD if own == theirs or (is_english(own) and is_english(theirs)) else ALONE_ACROSS


def unclear_note(label: str, score: float, reason: str, head: str = ALONE_HEAD) -> str:
    """The note under a claim one outlet alone carries when the nearest other outlet's closest sentence shows neither that it
    states the claim nor that it leaves it out; of that outlet only (another may leave it out). From NEAR its score says
    why; under it, a score reads as "nothing comes near", and the ``reason`` says what shows it all the same. ``head``:
    :func:`alone_head`."""
    said = score < NEAR or reason == SHARES_NONE or QUOTES_ACROSS in reason  # a reason a score does not give
    why = reason if said else f"its closest sentence scores {score_under(score, SHOWS_NEAR)}"
    return f"{head}; framediff cannot tell whether {label} states it ({why})"


# Under the outlets table, what its last figures mean ("0 ≈20" was read as a misprint in a user's trial).
ONLY_HERE_NOTE = ("only here: claims the outlet alone carries that nothing of the others comes near; ≈N: N more only here in "
                  "these words, that another outlet's closest sentence comes near or that framediff cannot tell")


def two_events(names: Sequence[Sequence[str]], outlets: Sequence[str], days: Sequence[Sequence[str]] = ((), ()),
               shown: int = 4) -> str:
    """Why two articles in two languages share no claim: ``outlets`` as the report names them, its key first ("A Reuters"),
    each with the first ``shown`` names it writes ("…" where it writes more) and the days it gives."""
    listed = [", ".join(n[:shown]) + (", …" if len(n) > shown else "") + (f", on {' and '.join(d)}" if d else "")
              for n, d in zip(names, days)]
    (a, b) = outlets
    return (f"{a} and {b} read as two events: they name no person, place or body alike, give other days and no figure "
            f"alike ({a.split()[0]}: {listed[0]}; {b.split()[0]}: {listed[1]}), so no claim joins them")


def shares_none(outlets: Sequence[str], of: int, unclear: bool) -> str:
    """Why some outlets share no claim: ``outlets`` (as the report names them) share none with any of the ``of`` articles.
    ``unclear``: beside two or more that do, framediff cannot tell what each states of the others' claims, nor they of its
    (the records say "cannot tell"); else what one lacks of another's claims stands as left out, and nothing more is said."""
    listed = outlets[0] if len(outlets) == 1 else f"{', '.join(outlets[:-1])} and {outlets[-1]}"
    if len(outlets) == of:
        return f"{listed} share no claim: they may tell different stories, or framediff could not align them"
    if len(outlets) == 1:
        return (f"{listed} shares no claim with any other article: another story, or one framediff could not align"
                + ("; framediff cannot tell what it states of the others' claims, nor they of its" if unclear else ""))
    return (f"{listed} share no claim with any other article: other stories, or ones framediff could not align"
            + ("; framediff cannot tell what each states of the others' claims, nor they of theirs" if unclear else ""))


QUOTED_APART = "The same words, given to different speakers"


def none_found(framing: Framing, alignment: Alignment) -> str | None:
    """The framing checks that ran and found nothing, said as such: a section left out would read the same as one not
    run (a thirty-sixth trial's reader could not tell "no facts disagree" from "not checked"). Only what had something to
    read is listed (a second reader's): facts that disagree read claims two outlets share, naming such claims told in
    English by two outlets, and the same words given to different speakers the quotes of two English outlets that quote.
    Facts that disagree say how many claims they read: a thirty-seventh trial's reader took "found none" for the story, where
    the figures that disagreed stood in sentences that joined no claim (6 shared claims of 44); and that lengths are not
    compared: a thirty-ninth trial's claim paired "a six-week strike" with "lasted two months", and a rule that compared
    them was withdrawn (a second reader's: another strike's, a planned or a remaining length read as the claim's). Naming
    says what it reads: a thirty-ninth trial's reader took "found none" for the story, where outlets called one chief
    executive "Chief Executive James Whitaker" and "fat-cat boss Jim Whitaker"."""
    english = {a for a, f in framing.outlets.items() if not f.not_run}
    shared = [c for c in alignment.claims if len(c.articles) > 1]
    checks = [("naming differences (of one thing in a shared claim, or of a person's first name or label)", framing.naming,
               any(len(english & set(c.articles)) > 1 for c in shared)),
              ("verbatim reuse", framing.reuse, len(alignment.articles) > 1),
              (f"facts that disagree (read in the {counted(len(shared), 'shared claim')} only; lengths of time are not compared)",
               framing.disagreements, bool(shared)),
              ("words given to different speakers", framing.quoted_apart,
               sum(1 for a in english if any(q.kind == "speech" for q in framing.outlets[a].quotes)) > 1)]
    empty = [name for name, found, ran in checks if ran and not found]
    return f"Looked for, found none (framediff may miss some): {', '.join(empty)}" if empty else None


def quoted_apart_line(words: str, given: Sequence[tuple[str, str, int]], escape: Callable[[str], str] = lambda text: text) -> str:
    """The same words two outlets quote, each giving them to another speaker: ``given`` is per outlet (as the report
    names it) the speaker and the sentence; ``escape`` is applied to the article's words, the quotation and the names."""
    (one, said, at), (other, said_other, at_other) = given
    return (f"“{escape(words)}”: {one} gives these words to {escape(said)} (#{at}), "
            f"{other} to {escape(said_other)} (#{at_other})")


JUDGING_KINDS = (("loaded", "loaded words"), ("hedge", "hedges"), ("intensifier", "intensifiers"))


def judging_words(terms: tuple[tuple[str, str, int, tuple[int, ...], int], ...] | list[tuple[str, str, int, tuple[int, ...], int]],
                  kind: str, top: int = 12) -> list[str]:
    """An outlet's words of one kind as a reader reads them: "slammed ×2", "phony (quoted)", "historic ×3, 1 quoted"."""
    out = []
    for term, k, count, _, quoted in terms:
        if k != kind:
            continue
        times = f" ×{count}" if count > 1 else ""
        voice = "" if not quoted else (" (quoted)" if quoted == count else f", {quoted} quoted")
        out.append(f"{term}{times}{voice}")
    return out[:top]


def tone_words_line(words: tuple[tuple[str, float, int], ...], top: int = 8) -> str:
    """The words a tone rests on, those VADER reads as positive and as negative, most weight first: "+ beloved ×2,
    cheering; − cut"; "—" for none (a tone of 0)."""
    shown = words[:top]
    sides = [(sign, [f"{w} ×{n}" if n > 1 else w for w, v, n in shown if (v > 0) == (sign == "+")]) for sign in ("+", "−")]
    line = "; ".join(f"{sign} {', '.join(ws)}" for sign, ws in sides if ws)
    return (line + (f"; {len(words) - top} more" if len(words) > top else "")) or "—"


def distinctive_line(terms: list[str], compared: bool) -> str:
    """The words after "distinctive:": the terms, "—" where none stands out, or why none was looked for."""
    return ", ".join(terms) or ("—" if compared else "not compared: no other English article to stand against")


def not_run_note(not_run: tuple[str, ...], language: str | None) -> str:
    """Why an outlet's framing panel is empty: the analyses that read English only were not run on its language."""
    from framediff.reading.languages import name

    return (f"not run on {name(language)} [{language}]: {', '.join(not_run)} (they read English only); facts that disagree are "
            "read from its figures, years and days only")


def unquoted_by(unquoted: Sequence[tuple[str, str]], article: str, source: str) -> list[tuple[str, str, int]]:
    """A reuse record's passages one article quotes and the other writes without quotation marks, as (who writes them
    so, who quotes them, how many passages), the record's article first."""
    out = []
    for writer, other in ((article, source), (source, article)):
        n = sum(1 for who, _ in unquoted if who == writer)
        if n:
            out.append((writer, other, n))
    return out


def reuse_words(r: Reuse) -> tuple[str, str, str]:
    """What a reuse record says, in the words every format prints around the two outlets' names: before the source, after
    it, and the tail a terminal dims ("shares 12% of its text (200 chars, 2 passages) word for word with" SOURCE, "",
    " (which came first: unknown); and 3 shared quotations"). A fortieth trial's reader found the Markdown line without the
    passages, the order and the shared quotations the text report gave."""
    if r.passages:
        dated = " (the other is dated earlier)" if r.source_earlier else " (which came first: unknown)"
        quoted = f"; and {counted(len(r.shared_quotations), 'shared quotation')}" if r.shared_quotations else ""
        return (f"shares {r.share:.0%} of its text ({counted(r.shared_chars, 'char')}, {counted(len(r.passages), 'passage')}) "
                "word for word with", "", dated + quoted)
    return "quotes the same words as", "", f" ({counted(len(r.shared_quotations), 'shared quotation')}; not copying)"


def unquoted_note(n: int) -> str:
    """The words after the writer's name: "writes without quotation marks 2 passages (15+ words) that", the quoting outlet
    following, then :data:`UNQUOTED_END`."""
    return f"writes without quotation marks {counted(n, 'passage')} (15+ words) that"


# The reuse section's heading: what it counts, so that a shorter quotation two outlets share is not read as absent (a
# thirty-seventh trial's six-word "No sentence can bring them back" was not among "1 shared quotation")
REUSE_HEADING = (f"Verbatim reuse (passages of {COPIED}+ words both write outside quotations; shared quotations of {SHINGLE}+ words "
                 "apart)")
UNQUOTED_END = "quotes (not a shared quotation: the one gives these words with no quotation mark)"

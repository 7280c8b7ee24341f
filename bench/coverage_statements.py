"""The report's coverage statements on BASIL dev events, against verdicts judged by hand: claims, "leaves it out", "only here".

    python bench/coverage_statements.py                          # every 6th event from the 4th (8 events): precision
    python bench/coverage_statements.py --sheet DIR              # also write a judging sheet and the events' articles
    python bench/coverage_statements.py --offset 1               # every 6th from the 2nd (9 events, judged blind later)
    python bench/coverage_statements.py --every 1 --offset 0     # all 50 events (the verdicts cover the 17 above)

Three kinds of statement, each a claim about a newsroom:
- claims: a claim two or more outlets carry says every member sentence states the same fact (true), most do
  (partial), or the group mixes different facts (false);
- left_out: "OUTLET leaves it out" says nothing in that outlet's article states the claim (true), part of it
  does (partial), or it does in other words (false). Of a claim that is a quotation (comparing.quoted_words.quotation)
  the report says "OUTLET does not quote it": the outlet quotes none of the claim's words (true), a few of them
  (partial), or a run of them (false), whatever it says of them in its own words;
- only_here: "only here" says no other outlet's article states the claim (true / partial / false as above). Of a
  quotation, "only here; no other outlet quotes it": no other outlet quotes its words (true), a few of them (partial), a
  run of them (false);
- alone_near: "only here in these words; OUTLET comes near", said of a claim one outlet carries, says the other outlet's
  closest sentence states the claim in other words or in part (true), a neighbouring fact (partial), or an unrelated one
  (false). Printed by that sentence's score, as "comes near" is. Under comparing.coverage.SHOWS_NEAR no sentence is
  pointed at ("nothing of the others shows it or rules it out"): those are counted, not judged;
- near: "OUTLET comes near" (may say it differently or in part) says the outlet states the claim in other words or in
  part (true), or a neighbouring fact (partial), where it in fact leaves it out (false). Printed by the closest
  sentence's score, so that the cut-off between "comes near" and "leaves it out" (comparing.coverage.NEAR) can be read.
  Under SHOWS_NEAR, with nothing else to show, the outlet is "cannot tell" and no sentence is pointed at: counted, not judged.

Each statement gets a stable id, a hash of its event, kind and sentences (for claims, every member's outlet and
text), so a verdict stays with it for as long as the code makes that same statement. Verdicts live one per line
in bench/verdicts/coverage/{claims,left_out,only_here}.jsonl as {"id", "verdict": "true"|"partial"|"false",
"reason"}. Precision counts true over the statements made now that have a verdict; the unjudged are counted.

Data: ../shared/data/basil-dev (not in the repository; never needed by tests).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "cli"))
sys.path.insert(0, str(ROOT))

from statements import DATA, _id, events, load_verdicts, write_event  # noqa: E402

VERDICTS = ROOT / "verdicts" / "coverage"
KINDS = ("claims", "left_out", "only_here", "near", "alone_near")
_QUOTATION = re.compile(r"^\[\w+\] (?:\S+ does not quote claim |only \S+ quotes #)")  # the statements of a quotation


def coverage_statements(uuid: str, comparison: object) -> list[tuple[str, str, str, float | None]]:
    """(kind, id, text, pair score) of each coverage statement the report makes on one event, with the sentences it
    rests on; the pair score only for a claim of two sentences (its one pair), else None."""
    from framediff.comparing.comparison import UNCLEAR, Comparison

    assert isinstance(comparison, Comparison)
    al = comparison.alignment
    label = {a.id: a.label for a in al.articles}
    head = f"[{uuid[:8]}]"
    out = []
    for c in comparison.shared_claims:
        members = [(label[m.member.article], m.member.sentence, al.sentence(m.member).text) for m in c.members]
        pair = c.members[0].member.score if len(members) == 2 else None
        lines = [f"{head} claim {comparison.claim_number(c.claim.id)} ({len(c.claim.articles)} outlets"
                 + (f", pair score {pair:.2f}):" if pair is not None else "):")]
        lines += [f"    {who} #{n}: {text}" for who, n, text in members]
        out.append(("claims", _id(uuid, "claim", sorted((who, text) for who, _, text in members)), "\n".join(lines), pair))
    for o in comparison.outlets:
        who = label[o.article.id]
        for left in o.left_out_closest:
            claim = al.sentence(comparison.reference_of(left.claim)).text
            closest = "no sentence near" if left.closest is None else (
                f"closest #{left.closest.sentence}, score {left.closest.score:.2f}: {al.sentence(left.closest).text}")
            quoted = left.claim in comparison.quotations  # "does not quote it": another statement, judged apart
            lines = [f"{head} {who} {'does not quote' if quoted else 'leaves out'} claim {comparison.claim_number(left.claim)}: {claim}",
                     f"    {closest}"]
            lines += [f"    carried by {label[m.article]} #{m.sentence}: {al.sentence(m).text}" for m in al.claim(left.claim).members]
            out.append(("left_out", _id(uuid, "left_out", who, claim, *(("not quoted",) if quoted else ())), "\n".join(lines), None))
            if _UNRELATED.match(left.reason):  # a closest sentence of another fact: how much of the claim its article uses
                out.append(("unrelated", out[-1][1], "", _in_article(al, left.claim, o.article.id)))
        for near in o.differently:
            claim = al.sentence(comparison.reference_of(near.claim)).text
            assert near.closest is not None  # a claim an outlet comes near has that outlet's closest sentence
            lines = [f"{head} {who} comes near claim {comparison.claim_number(near.claim)}: {claim}",
                     f"    closest #{near.closest.sentence}, score {near.closest.score:.2f}: {al.sentence(near.closest).text}"]
            lines += [f"    carried by {label[m.article]} #{m.sentence}: {al.sentence(m).text}" for m in al.claim(near.claim).members]
            out.append(("near", _id(uuid, "near", who, claim), "\n".join(lines), near.closest.score))
        for unclear in o.unclear:  # "framediff cannot tell whether it states it": no sentence pointed at, nothing to judge
            claim = al.sentence(comparison.reference_of(unclear.claim)).text
            if _USED.search(unclear.reason):  # once "leaves it out" (coverage.UNRELATED_USED): judged under that id
                said = ("not quoted",) if unclear.claim in comparison.quotations else ()
                out.append(("unrelated", _id(uuid, "left_out", who, claim, *said), "", _in_article(al, unclear.claim, o.article.id)))
            out.append(("unclear", _id(uuid, "unclear", who, claim), "", unclear.closest.score if unclear.closest else None))
        for cid in o.only_here:
            text = al.sentence(al.claim(cid).members[0]).text
            quoted = cid in comparison.quotations  # "no other outlet quotes it": another statement, judged apart
            said = f"only {who} quotes" if quoted else f"only {who} carries"
            out.append(("only_here", _id(uuid, "only_here", who, text, *(("not quoted elsewhere",) if quoted else ())),
                        f"{head} {said} #{al.claim(cid).members[0].sentence}: {text}", None))
        for alone in o.alone_near:
            assert alone.closest is not None  # an outlet comes near with its closest sentence
            if alone.state == UNCLEAR:  # "nothing of the others shows it or rules it out": no sentence pointed at
                out.append(("unclear", _id(uuid, "unclear", who, al.sentence(al.claim(alone.claim).members[0]).text), "", alone.closest.score))
                continue
            member = al.claim(alone.claim).members[0]
            text, closest = al.sentence(member).text, al.sentence(alone.closest).text
            lines = [f"{head} only {who} carries #{member.sentence} in these words: {text}",
                     f"    {label[alone.closest.article]} comes near ({alone.reason}), closest #{alone.closest.sentence}, "
                     f"score {alone.closest.score:.2f}: {closest}"]
            out.append(("alone_near", _id(uuid, "alone_near", who, text, closest), "\n".join(lines), alone.closest.score))
    return out


# "leaves it out" on a closest sentence of another fact (coverage.UNRELATED_NEAR and UNRELATED_WORDS), and the "cannot tell"
# that takes its place where the article uses the claim's words elsewhere (coverage.UNRELATED_USED)
_UNRELATED = re.compile(r"its closest sentence scores [\d.]+ and carries \d+% of the claim's words")
_USED = re.compile(r"; its article uses \d+% of its words$")


def _in_article(al: object, claim: str, article: str) -> float:
    """The share of the claim's words the article uses anywhere (Nearest.in_article)."""
    return next(n.in_article for n in al.claim(claim).nearest if n.article == article)  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--every", type=int, default=6)
    parser.add_argument("--offset", type=int, default=3)
    parser.add_argument("--sheet", type=Path, default=None, help="write sheet.txt and each event's articles here")
    args = parser.parse_args()

    from framediff.aligning.embedding import Embedder
    from framediff.api import compare

    embedder = Embedder()
    chosen = events(args.data)[args.offset :: args.every]
    made: list[tuple[str, str, str, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (uuid, docs) in enumerate(chosen):
            folder = (args.sheet or Path(tmp)) / uuid[:8]
            folder.mkdir(parents=True, exist_ok=True)
            made += coverage_statements(uuid, compare(write_event(folder, docs), embedder=embedder))
            print(f"\r{n + 1}/{len(chosen)} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    verdicts = load_verdicts(KINDS, VERDICTS)
    if args.sheet:
        with (args.sheet / "sheet.txt").open("w", encoding="utf-8") as sheet:
            for kind, i, text, _ in made:
                if kind not in verdicts:
                    continue  # "unclear": no statement to judge
                v = verdicts[kind].get(i)
                sheet.write(f"{kind} id {i} [{'unjudged' if v is None else v['verdict']}]\n{text}\n\n")
        print(f"sheet: {args.sheet / 'sheet.txt'} (each event's articles in {args.sheet}/<event>/)")
    print(f"{len(chosen)} events (every {args.every}th from #{args.offset})")
    print(f"unclear    {sum(1 for k, *_ in made if k == 'unclear'):4} claims an outlet lacks whose closest sentence shows neither way "
          "(under SHOWS_NEAR), none shown: framediff cannot tell, no statement to judge")
    for kind in KINDS:
        ids = [i for k, i, _, _ in made if k == kind]
        judged = Counter(verdicts[kind][i]["verdict"] for i in ids if i in verdicts[kind])
        total = sum(judged.values())
        precision = f"{judged['true'] / total:.2f}" if total else "n/a"
        print(f"{kind:10} {len(ids):4} statements, {total:4} judged: {judged['true']} true, {judged['partial']} partial, "
              f"{judged['false']} false; precision {precision}" + (f"  ({len(ids) - total} unjudged)" if total < len(ids) else ""))
        # of a quotation ("does not quote it", "no other outlet quotes it"), the statements apart, and whether the judges
        # found another sentence giving its gist in other words: what the wording no longer claims
        quoted = [i for k, i, text, _ in made if k == kind and _QUOTATION.search(text)]
        if quoted:
            said = Counter(verdicts[kind][i]["verdict"] for i in quoted if i in verdicts[kind])
            gist = Counter(verdicts[kind][i].get("gist") for i in quoted if i in verdicts[kind])
            print(f"{'':10} of which of a quotation {len(quoted)}: {said['true']} true, {said['partial']} partial, {said['false']} false; "
                  f"judged for its gist elsewhere: none {gist['no']}, part {gist['part']}, all {gist['yes']}")
    # claims of two sentences by their one pair's score (linkage.LONE_PAIR_ODDS asks such a claim for 0.60 at 0.44; under
    # it, claims another rule joins: a tally, a sentence that contains the other)
    bands = ((0.0, 0.60), (0.60, 0.70), (0.70, 0.80), (0.80, 1.01))
    told = []
    for low, high in bands:
        verdicts_in = [verdicts["claims"].get(i, {}).get("verdict") for k, i, _, pair in made
                       if k == "claims" and pair is not None and low <= pair < high]
        told.append(f"{low:.2f}-{min(high, 1.0):.2f}: {verdicts_in.count('true')} true of {len(verdicts_in)}"
                    + (f" ({verdicts_in.count(None)} unjudged)" if None in verdicts_in else ""))
    print("two-sentence claims by pair score: " + "; ".join(told))
    # "comes near" by the closest sentence's score: how often the outlet in fact leaves the claim out (false)
    told = []
    for low, high in ((0.0, 0.10), (0.10, 0.15), (0.15, 0.20), (0.20, 0.30), (0.30, 1.01)):
        verdicts_in = [verdicts["near"].get(i, {}).get("verdict") for k, i, _, score in made
                       if k == "near" and score is not None and low <= score < high]
        told.append(f"{low:.2f}-{min(high, 1.0):.2f}: {verdicts_in.count('false')} left out of {len(verdicts_in)}"
                    + (f" ({verdicts_in.count(None)} unjudged)" if None in verdicts_in else ""))
    print('"comes near" by closest score: ' + "; ".join(told))
    told = []
    for low, high in ((0.0, 0.15), (0.15, 0.20), (0.20, 0.25), (0.25, 0.30), (0.30, 0.40), (0.40, 1.01)):
        verdicts_in = [verdicts["alone_near"].get(i, {}).get("verdict") for k, i, _, score in made
                       if k == "alone_near" and score is not None and low <= score < high]
        told.append(f"{low:.2f}-{min(high, 1.0):.2f}: {verdicts_in.count('true')} true, {verdicts_in.count('false')} false of "
                    f"{len(verdicts_in)}" + (f" ({verdicts_in.count(None)} unjudged)" if None in verdicts_in else ""))
    print('"only here in these words; OUTLET comes near" by closest score: ' + "; ".join(told))
    # "leaves it out" on a closest sentence of another fact, by how much of the claim its article uses elsewhere: from
    # coverage.UNRELATED_USED up it is "cannot tell", and the verdicts are those of the statement it was
    told = []
    for low, high in ((0.0, 0.30), (0.30, 0.60), (0.60, 1.01)):
        verdicts_in = [verdicts["left_out"].get(i, {}).get("verdict") for k, i, _, used in made
                       if k == "unrelated" and low <= used < high]
        told.append(f"{low:.2f}-{min(high, 1.0):.2f}: {verdicts_in.count('true')} true, {verdicts_in.count('partial')} partial, "
                    f"{verdicts_in.count('false')} false of {len(verdicts_in)}"
                    + (f" ({verdicts_in.count(None)} unjudged)" if None in verdicts_in else ""))
    print('"leaves it out" on a closest sentence of another fact, by the share of the claim\'s words its article uses '
          '(from 0.60, "cannot tell"): ' + "; ".join(told))
    return 0


if __name__ == "__main__":
    sys.exit(main())

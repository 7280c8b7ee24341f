"""Every statement of fact framediff makes on the 50 BASIL dev events, with its evidence, against the verdicts judged by hand.

    python bench/statements.py                       # run, write the statements, print precision per kind
    python bench/statements.py --out FILE            # where the statements go (default /tmp/framediff-statements.txt)
    python bench/statements.py --events 10           # the first ten events only (quick check)
    python bench/statements.py --ecb                 # the 21 ECB+ dev topics instead: one event each, told by 5 to 21 outlets
    python bench/statements.py --mrpc                # facts that disagree on MRPC train's pairs judged to mean the same
    python bench/statements.py --meantime            # facts that disagree across languages: MEANTIME's translated stories

Four kinds of statement are collected: facts that disagree, verbatim reuse, the same words quoted as two people's and
naming variants. Each event (BASIL's `triplet-uuid`: one story told by Fox News,
the New York Times and HuffPost) is written as three text files, the headline,
a "Date:" line with the article's date (so that "Friday" and "yesterday" resolve
to calendar days) and the paragraphs, and compared with `framediff.api.compare`.

Each statement gets a stable id (a hash of its event, kind and words), so a
verdict stays with it across runs. Verdicts, judged by hand as a standards
editor would (is the statement true, given the sentences' context?), are kept
one per line in bench/verdicts/{disagreements,reuse,naming,quoted_apart}.jsonl as
{"id", "statement", "verdict": true|false, "reason"}. Precision is counted over
the statements made now that have a verdict; the others are listed as unjudged.

With ``--ecb`` the events are ECB+ dev's 21 topics (its "ecbplus" half: every document of a topic reports one
event: an earthquake, a shooting, an arrest), each document written as bench/ecb_eval.py writes it, one dataset
sentence per paragraph and no date. Many outlets report one event's figures hours apart, so this is where
counts that disagree are found; their verdicts are kept beside BASIL's, in the same files.

With ``--mrpc`` the pairs are MRPC train's sentence pairs its annotators judged paraphrases (label 1), each read as
one claim of two undated outlets (``facts_that_disagree``): what framediff would say if the two joined. Only facts
that disagree are read there; their verdicts share bench/verdicts/disagreements.jsonl.

With ``--meantime`` each of MEANTIME's 300 stories (../shared/data/xling-dev) is compared as two articles, its English
and its Spanish, Italian or Dutch translation: a translation states the same facts, so a disagreement is true only where
the translator wrote another figure. Their verdicts share bench/verdicts/disagreements.jsonl.

Data: ../shared/data/basil-dev (not in the repository; never needed by tests).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DATA = ROOT.parent.parent / "shared" / "data" / "basil-dev"
if not DATA.is_dir():
    DATA = Path("/work/shared/data/basil-dev")
VERDICTS = ROOT / "verdicts"
KINDS = ("disagreements", "reuse", "naming", "quoted_apart")


def events(data: Path) -> list[tuple[str, list[dict]]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for path in sorted((data / "articles").glob("*/*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        grouped[doc["triplet-uuid"]].append(doc)
    order = {"fox": 0, "nyt": 1, "hpo": 2}
    return [(uuid, sorted(docs, key=lambda d: order.get(d["source"], 9))) for uuid, docs in sorted(grouped.items())]


def write_event(folder: Path, docs: list[dict]) -> list[str]:
    paths = []
    for doc in docs:
        paragraphs = [" ".join(s.strip() for s in p if s.strip()) for p in doc["body-paragraphs"]]
        text = "\n\n".join([doc["title"].strip(), f"Date: {doc['date']}", *[p for p in paragraphs if p]]) + "\n"
        path = folder / f"{doc['source']}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def remember_pair_scores() -> list:  # type: ignore[type-arg]
    """A list that every PairScores the aligner makes from now on is appended to (the pair scores a comparison was
    built on, read by bench/lead_pairs.py and bench/claim_members.py)."""
    from framediff.aligning import pairs as scoring

    made: list[scoring.PairScores] = []
    init = scoring.PairScores.__init__

    def remember(self: scoring.PairScores, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    scoring.PairScores.__init__ = remember  # type: ignore[method-assign]
    return made


def ecb_events() -> list[tuple[str, list[str]]]:
    """ECB+ dev's topics as events: ("ecb-<topic>", its document names)."""
    from ecb_eval import load, topic_of

    docs, _ = load()
    topics: dict[str, list[str]] = defaultdict(list)
    for name in sorted(docs):
        topics[topic_of(name)].append(name)
    return [(f"ecb-{topic}", names) for topic, names in sorted(topics.items(), key=lambda kv: int(kv[0]))]


def write_ecb(folder: Path, names: list[str]) -> list[str]:
    from ecb_eval import load, write_docs

    docs, _ = load()
    return [str(path) for path, _ in write_docs(folder, docs, names).values()]


def _id(*parts: object) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()[:12]


def statements(uuid: str, document: dict, sentences: dict[str, list[str]]) -> list[tuple[str, str, str]]:
    """(kind, id, text) of each statement in one event's framing records, with its evidence."""
    out = []
    for d in document.get("disagreements") or []:
        lines = [f"[{uuid[:8]}] claim {d['number']} ({d['kind']}) disagree:"]
        key = []
        for v in d["values"]:
            evidence = v.get("evidence") or []
            shown = "; ".join(f"{e['value']} ← “{e['words']}”" for e in evidence) if evidence else ", ".join(v["values"])
            lines.append(f"    {v['label']}: {shown}")
            key.append((v["label"], sorted(v["values"]), sorted(e["words"] for e in evidence)))
        for v in d["values"]:
            for s in v.get("sentences") or []:
                lines.append(f"      {v['label']} says: {s}")
        if not any(v.get("sentences") for v in d["values"]):
            for label, texts in sentences.get(d["claim"], {}).items():
                for s in texts:
                    lines.append(f"      {label} says: {s}")
        out.append(("disagreements", _id(uuid, "disagreement", d["kind"], sorted(key)), "\n".join(lines)))
    seen_pairs = set()
    for r in document.get("reuse") or []:
        pair = tuple(sorted((r["label"], r["source_label"])))
        direction = {True: f"{r['source_label']} dated earlier", False: f"{r['label']} dated earlier", None: None}[r.get("source_earlier")]
        passages = [p for p in r["passages"]]
        quoted = r.get("shared_quotations") or []
        for writer in sorted({u["label"] for u in r.get("unquoted") or []}):
            quoting = r["source_label"] if writer == r["label"] else r["label"]
            printed = [u["passage"] for u in r["unquoted"] if u["label"] == writer]
            lines = [f"[{uuid[:8]}] reuse: {writer} writes without quotation marks what {quoting} quotes"]
            lines += [f"    unquoted in {writer}: “{p}”" for p in printed]
            out.append(("reuse", _id(uuid, "unquoted", writer, quoting, sorted(printed)), "\n".join(lines)))
        if "shared_quotations" in r and not passages:
            continue  # shared quotations only: no statement of copying
        lines = [f"[{uuid[:8]}] reuse {r['label']} ~ {r['source_label']}: share {r['share']:.0%}, direction: {direction or 'unknown'}"
                 + (f" (listed pair again, other way)" if pair in seen_pairs else "")]
        lines += [f"    copied: “{p}”" for p in passages]
        lines += [f"    shared quotation (not counted as copying): “{p}”" for p in quoted]
        seen_pairs.add(pair)
        out.append(("reuse", _id(uuid, "reuse", r["label"], r["source_label"], sorted(passages)), "\n".join(lines)))
    for n in document.get("naming") or []:
        lines = [f"[{uuid[:8]}] naming “{n['concept']}”:"]
        key = []
        for v in n["variants"]:
            lines.append(f"    {v['label']}: {' / '.join(v['words'])}")
            key.append((v["label"], sorted(v["words"])))
            for s in v.get("sentences") or []:
                lines.append(f"      {v['label']} says: {s}")
        out.append(("naming", _id(uuid, "naming", sorted(key)), "\n".join(lines)))
    for q in document.get("quoted_apart") or []:
        lines = [f"[{uuid[:8]}] the same words quoted as two people's:"]
        lines += [f"    {o['label']} gives them to {o['speaker']}: “{o['words']}”\n      {o['label']} says: {o['text']}" for o in q["outlets"]]
        key = sorted((o["label"], o["speaker"], o["words"]) for o in q["outlets"])
        out.append(("quoted_apart", _id(uuid, "quoted_apart", key), "\n".join(lines)))
    return out


def load_verdicts(kinds: tuple[str, ...] = KINDS, folder: Path = VERDICTS) -> dict[str, dict[str, dict]]:
    """kind -> statement id -> its verdict, from ``folder/<kind>.jsonl`` (a kind without a file has none)."""
    found: dict[str, dict[str, dict]] = {kind: {} for kind in kinds}
    for kind in kinds:
        path = folder / f"{kind}.jsonl"
        if path.is_file():
            for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
                record = json.loads(line)
                found[kind][record["id"]] = record
    return found


def mrpc_disagreements(out: Path) -> int:
    """Facts that disagree on MRPC train's paraphrase pairs, each pair read as one claim of two outlets."""
    from pairs import mrpc

    from framediff.frame.facts import disagreeing_facts

    verdicts = load_verdicts(("disagreements",))["disagreements"]
    pairs = [(a, b) for a, b, label in mrpc() if label == 1]
    made = []
    for a, b in pairs:
        for found in disagreeing_facts({"a": [a], "b": [b]}, {}):
            key = sorted((x, sorted(v.words for v in vs)) for x, vs in found.values.items())
            text = "\n".join([f"[mrpc] ({found.kind}) disagree: " + "; ".join(f"{x}: {', '.join(v.words for v in vs)}"
                                                                          for x, vs in sorted(found.values.items())),
                               f"      a says: {a}", f"      b says: {b}"])
            made.append((_id("mrpc", found.kind, key), text))
    return _disagreements_judged(made, verdicts, out, f"{len(pairs)} paraphrase pairs")


def _disagreements_judged(made: list[tuple[str, str]], verdicts: dict[str, dict], out: Path, what: str) -> int:
    """Write the (id, text) statements of facts that disagree to ``out`` with their verdicts, and print their precision."""
    with out.open("w", encoding="utf-8") as sink:
        for i, text in made:
            v = verdicts.get(i)
            sink.write(f"id {i} [{'unjudged' if v is None else ('TRUE' if v['verdict'] else 'FALSE') + ': ' + v['reason']}]\n{text}\n\n")
    judged = [verdicts[i] for i, _ in made if i in verdicts]
    right = sum(1 for v in judged if v["verdict"])
    print(f"{what}; statements written to {out}")
    print(f"disagreements  {len(made):4} statements, {len(judged):4} judged, {right:4} true"
          + (f": precision {right / len(judged):.2f}" if judged else "") + (f"  ({len(made) - len(judged)} unjudged)" if len(judged) < len(made) else ""))
    return 0


def meantime_disagreements(out: Path, data: Path) -> int:
    """Facts that disagree across languages on MEANTIME's stories, each its English and its translation."""
    from framediff.api import compare
    from framediff.frame.facts import disagreements

    stories = [json.loads(line) for line in (data.parent / "xling-dev" / "meantime_parallel.jsonl").open(encoding="utf-8")]
    verdicts = load_verdicts(("disagreements",))["disagreements"]
    made = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, story in enumerate(stories):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            paths = []
            for side in ("en", "xx"):
                (folder / f"{side}.txt").write_text(story[side][0] + "\n\n" + "\n\n".join(story[side][1:]) + "\n", encoding="utf-8")
                paths.append(str(folder / f"{side}.txt"))
            comparison = compare(paths)
            side_of = {a.id: "en" if a.source.endswith("en.txt") else story["lang"] for a in comparison.alignment.articles}
            for found in disagreements(comparison):
                key = sorted((side_of[a], sorted(v)) for a, v in found.values.items())
                lines = [f"[{story['doc']} en/{story['lang']}] ({found.kind}) disagree"]
                lines += [f"      {side_of[a]} says ({words}): {text}" for a, ev in sorted(found.evidence.items(), key=lambda x: side_of[x[0]])
                          for _, words, text in ev]
                made.append((_id("meantime", story["doc"], story["lang"], found.kind, key), "\n".join(lines)))
            print(f"\r{n + 1}/{len(stories)} stories", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return _disagreements_judged(made, verdicts, out, f"{len(stories)} MEANTIME stories")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "framediff-statements.txt")
    parser.add_argument("--events", type=int, default=None)
    parser.add_argument("--ecb", action="store_true", help="the ECB+ dev topics, not the BASIL dev events")
    parser.add_argument("--mrpc", action="store_true", help="facts that disagree on MRPC train's paraphrase pairs")
    parser.add_argument("--meantime", action="store_true", help="facts that disagree across languages on MEANTIME's stories")
    args = parser.parse_args()
    if args.mrpc:
        return mrpc_disagreements(args.out)
    if args.meantime:
        return meantime_disagreements(args.out, args.data)

    from framediff.aligning.embedding import Embedder
    from framediff.api import compare
    from framediff.framing_json import framing_parts
    from framediff.json_lines import Listed

    embedder = Embedder()
    made: list[tuple[str, str, str]] = []
    started = time.perf_counter()
    chosen = (ecb_events() if args.ecb else events(args.data))[: args.events]
    with tempfile.TemporaryDirectory() as tmp:
        for n, (uuid, docs) in enumerate(chosen):
            folder = Path(tmp) / uuid
            folder.mkdir()
            comparison = compare(write_ecb(folder, docs) if args.ecb else write_event(folder, docs), embedder=embedder)
            al = comparison.alignment
            labels = {a.id: a.label for a in al.articles}
            sentences = {c.claim.id: {labels[a]: [al.sentence(m.member).text for m in c.members if m.member.article == a]
                                      for a in dict.fromkeys(m.member.article for m in c.members)} for c in comparison.shared_claims}
            records = {k: list(v.items()) if isinstance(v, Listed) else v for k, v in framing_parts(comparison.framing, al)}
            made += statements(uuid, records, sentences)
            print(f"\r{n + 1}/{len(chosen)} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    verdicts = load_verdicts()
    with args.out.open("w", encoding="utf-8") as out:
        for kind in KINDS:
            mine = [(i, t) for k, i, t in made if k == kind]
            out.write(f"===== {kind}: {len(mine)} statements =====\n\n")
            for i, text in mine:
                v = verdicts[kind].get(i)
                mark = "unjudged" if v is None else ("TRUE" if v["verdict"] else "FALSE") + f": {v['reason']}"
                out.write(f"id {i} [{mark}]\n{text}\n\n")
    print(f"{len(chosen)} events in {time.perf_counter() - started:.0f}s; statements written to {args.out}")
    for kind in KINDS:
        ids = [i for k, i, _ in made if k == kind]
        judged = [verdicts[kind][i] for i in ids if i in verdicts[kind]]
        right = sum(1 for v in judged if v["verdict"])
        precision = f"{right / len(judged):.2f}" if judged else "n/a"
        print(f"{kind:14} {len(ids):4} statements, {len(judged):4} judged, {right:4} true: precision {precision}"
              + (f"  ({len(ids) - len(judged)} unjudged)" if len(judged) < len(ids) else ""))
    unjudged = [i for k, i, _ in made if i not in verdicts[k]]
    if unjudged:
        print(f"unjudged ({len(unjudged)}):", " ".join(unjudged[:40]) + (" …" if len(unjudged) > 40 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

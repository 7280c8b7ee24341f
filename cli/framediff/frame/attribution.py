"""Which verb of speaking a quote hangs on, and that verb's subject: the speaker of a quote that has a verb beside it.

The verb must report the quote (the quote is its complement, or the verb stands in the sentence around it), and its
subject is read as :func:`framediff.frame.speakers.speaker_of` reads it; a verb that comes before its subject ("added
Smith") is read too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from framediff.frame.speakers import is_speech_verb, speaker_of
from framediff.frame.speech_words import DOCUMENTS, INVERTED as _INVERTED, TITLE, clean_name

if TYPE_CHECKING:
    from framediff.language.records import Doc, Token

    from framediff.frame.speakers import Resolver


# How a quote may hang under the verb that reports it: as its clause, object or complement, or a phrase of them
# ("said the report should be released “without delay”"), never inside a noun's modifier or a relative clause ("a bill
# that would allow refusals on “religious freedom” grounds" is not speech of whoever announced the veto).
_REPORTED = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "parataxis", "conj", "prep", "pobj", "advmod", "dep",
                       "npadvmod", "advcl", "punct", "cc", "neg", "aux", "nsubj", "nsubjpass", "auxpass", "mark", "ROOT", "intj"})


def _reports(verb: "Token", qtokens: "Sequence[Token]") -> bool:
    """Whether ``verb`` reports the quote made of ``qtokens``: the path up from the quote to it runs through clauses."""
    inside = {t.i for t in qtokens}
    tops = [t for t in qtokens if t.head.i not in inside or t.head.i == t.i]
    for top in tops:
        node = top
        while node.i != verb.i and node.head.i != node.i:
            if node.dep_ not in _REPORTED and not _in_a_statement(node, verb):
                break
            node = node.head
        if node.i == verb.i:
            return True
    # the parser made the quote a sentence of its own beside its attribution ("“Stop lying!” Mr. Fox wrote."): the two
    # roots touch, with nothing but punctuation between
    if verb.head.i == verb.i and any(top.head.i == top.i for top in tops):
        doc = verb.doc
        first, last = min(inside), max(inside)
        left, right = verb.left_edge.i, verb.right_edge.i
        between = doc[last + 1 : left] if last < left else doc[right + 1 : first] if right < first else None
        return between is not None and all(t.is_punct for t in between)
    return False


def _in_a_statement(node: "Token", verb: "Token") -> bool:
    """Is ``node`` what a document says, in the verb's own "in a statement" ("Ridgeline said in a statement that it was
    “cooperating fully”", a fifteenth trial's, where the parser hangs the clause on "statement")? Not a document that is
    the verb's object or another verb's ("sent her a letter citing the state's “economic comeback”")."""
    document = node.head
    return (node.dep_ == "acl" and document.lemma_.lower() in DOCUMENTS and document.dep_ == "pobj"
            and document.head.lower_ == "in" and document.head.head.i == verb.i)


def attribution(doc: "Doc", inside: Sequence[tuple[int, int]], resolve: "Resolver | None" = None,
                quote: tuple[int, int] | None = None) -> tuple[str | None, str | None, bool]:
    """(speaker, verb, governed) for a quote in ``doc`` (a sentence), where ``inside`` are the character ranges of the
    sentence within quotation marks and ``quote`` the range of this quote. ``governed``: a verb of speaking outside the
    quotes takes the quote as its clause or object (reported speech), which makes even a one-word quote a quotation."""
    def quoted(token: "Token") -> bool:
        return any(a <= token.idx < b for a, b in inside)

    candidates: list[tuple[int, Token, str]] = []
    for token in doc:
        if quoted(token):
            continue
        if is_speech_verb(token):
            candidates.append((0, token, token.text))
        elif token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            candidates.append((0, token, "according to"))
    if not candidates:
        return None, None, False
    qtokens = [t for t in doc if quote and quote[0] <= t.idx < quote[1]]

    def governs(verb: "Token") -> bool:
        return bool(qtokens) and _reports(verb, qtokens)

    def distance(verb: "Token") -> int:
        if not quote:
            return 0
        return 0 if quote[0] <= verb.idx < quote[1] else min(abs(verb.idx - quote[0]), abs(verb.idx - quote[1]))

    ranked = sorted(candidates, key=lambda c: (not governs(c[1]), distance(c[1])))
    governed = any(governs(c[1]) for c in candidates)
    for _, verb, word in ranked:
        who = _subject(verb, resolve, quoted)
        if who:
            return who, word, governed
    for _, verb, word in ranked:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if word != "according to" and (subject is None or _a_number_of(subject)):
            # the parse gave the verb no subject ("Attorney General Jeff Sessions said", "Sen. Angus King of Maine, who
            # caucuses with the Democrats, told reporters"): the person named just before it, outside the quotes
            who = _left_person(verb, quoted) or _right_person(verb, quoted)
            if who:
                return who, word, governed
    return None, ranked[0][2], governed


def _with_subject(verb: "Token") -> "Token | None":
    """The subject "with" gives a participle: "with Sen. Priya Natarajan, D-Ore., claiming it ..." (the parser hangs the
    name on "with" and the participle on the main verb; a ninth trial's quote had gone to "Democrats"): the object of a
    "with" of the main verb whose phrase (its appositives and their commas with it) ends right before the participle."""
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i < verb.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.right_edge.i == verb.i - 1 and not any(c.dep_ == "case" for c in obj.children):
                return obj  # not "contrasted his business history with Trump's, saying": Trump's, and a comma between
    return None


def _a_number_of(subject: "Token") -> bool:
    """A subject that counts some of a group and names no one ("One of the two members who voted against opening the
    inquiry, Angela Moreno, said"; a ninth trial's quote had gone to the chairman quoted before): the name, if any, is
    the one just before the verb."""
    return subject.pos_ == "NUM" or subject.lower_ in ("some", "several", "many", "each", "both", "another")


# what a word between a verb of speaking and a name is when it is no role: "said to", "said the", "said yesterday"
_NOT_ROLES = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "ADV", "NUM", "PUNCT", "AUX"})


def _right_person(verb: "Token", quoted: "Callable[[Token], bool]") -> str | None:
    """The person named right after ``verb`` when a quotation ends before it and a role in lower case stands between,
    which the parser reads as a verb of its own ("…,” said engineer Paul Roche.", "said spokeswoman Jane Doe"): the
    inverted subject of news writing. Nothing but that role word, and before it names and numbers saying whose role
    it is ("asked Teamsters Local 710 president Rick Dunleavy"), may come between: "said to Paul Roche" and "said the
    lawyer for Paul Roche" name someone else."""
    if not any(quoted(verb.doc[k]) for k in range(verb.i)):
        return None
    for entity in verb.doc.ents:
        if entity.start <= verb.i or entity.label_ != "PERSON":
            continue
        between = [verb.doc[k] for k in range(verb.i + 1, entity.start)]
        role = between[-1] if between else None
        if role is not None and role.text.isalpha() and role.text.islower() and role.pos_ not in _NOT_ROLES and (
                len(between) == 1 or (len(between) <= _ROLE_WORDS and all(t.pos_ in _ROLE_POS for t in between))):
            return clean_name(entity.text)
        return None
    return None


# "…?” asked Teamsters Local 710 president Rick Dunleavy.": a role may carry whose it is, in names and numbers only
_ROLE_WORDS = 6
_ROLE_POS = frozenset({"PROPN", "NUM", "NOUN", "ADJ"})


def _left_person(verb: "Token", quoted: "Callable[[Token], bool]") -> str | None:
    """The last person named before ``verb`` in its sentence, outside quotes, as long as no other verb of speaking and no
    quotation come between, and the name is nobody's object ("told Megyn Kelly")."""
    for entity in reversed([e for e in verb.doc.ents if e.end <= verb.i]):
        between = verb.doc[entity.end : verb.i]
        if any(quoted(t) or is_speech_verb(t) or t.text in "“”\"" for t in between) or len(between) > 12:
            return None
        root = entity.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "wrote an open letter to Sasha and Malia Obama": Malia Obama is told, as Sasha is
        if entity.label_ == "PERSON" and root.dep_ not in ("dobj", "pobj", "dative", "poss", "iobj"):
            return clean_name(entity.text)
    return None


def _subject(verb: "Token", resolve: "Resolver | None", quoted: "Callable[[Token], bool] | None" = None) -> str | None:
    if verb.lower_ == "according":
        for to in verb.children:
            if to.lower_ == "to":
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return speaker_of(obj, resolve)
        return None
    # two subjects are the parser's error, the nearer the verb's own: "In a letter to the committee chairman, Rep. Daniel
    # Voss, her attorney Peter Kline wrote that ..." (the chairman's appositive taken for a second subject)
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i))
    if quoted is not None:
        # a subject inside the quotation marks is the quote's own word ("…concern every American,” Mark Meadows said,
        # where the parser joins the two): the speaker is the one outside
        beside = {c.i: [*c.conjuncts, *(a for a in c.children if a.dep_ == "appos")] for c in subjects}
        subjects = [t for c in subjects for t in ([c] if not quoted(c) else [x for x in beside[c.i] if not quoted(x)])]
    for child in subjects:
        if (who := speaker_of(child, resolve)) is not None:
            return who  # "…, China,” Mr. Trump wrote: the quote's last word is no subject
    if subjects:
        return None
    if (inverted := _inverted_name(verb)) is not None:
        return speaker_of(inverted, resolve)
    if verb.dep_ == "amod" and verb.head.i > verb.i and verb.head.pos_ == "PROPN" and verb.lower_ in _INVERTED:
        return speaker_of(verb.head, resolve)  # "…,” added Lauten, who works for: the tagger's adjective
    for child in verb.children:
        if child.dep_ == "agent":  # "was told by", "was described by X as"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return speaker_of(obj, resolve)
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i != verb.i:  # "he paused and added", "went on to say"
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            return None
        head = verb.head
        if verb.dep_ == "advcl" and (own := _with_subject(verb)) is not None:
            return speaker_of(own, resolve)  # "Democrats blasted the bill, with Sen. Priya Natarajan claiming it ...": hers
        if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "Biden was quick to retort"
            head = head.head
        if (verb.dep_ == "advcl" and head.dep_ == "ccomp" and is_speech_verb(head.head) and verb.i > 0
                and verb.doc[verb.i - 1].text == ","):
            # "The police union denied that the officer did anything wrong, calling the shooting "justified."": the parser
            # hangs the participle on the reported clause; after its comma it goes with the one who reports (a twelfth
            # trial's quote had gone to "the officer")
            head = head.head
        return _subject(head, resolve) if head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ == "relcl":  # "Issa, who said"
        return speaker_of(verb.head, resolve)
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("by", "after", "before", "while") and verb.head.head.pos_ in ("VERB", "AUX"):
        # (not "to campaign on maintaining his “tough on China” stance": a stance kept is nothing said)
        return _subject(verb.head.head, resolve)  # "Schieffer began his interview with Santorum by asking": Schieffer
    return None


_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def _inverted_name(verb: Token) -> Token | None:
    """The person an inverted attribution names right after its verb, where the parser gave the verb no subject: in '"My son
    told me ...," said Donna Pratt, whose son Caleb, 24, was among the last brought up.' it makes Pratt the subject of
    "was" (a fifteenth trial's quote had no speaker). The verb follows the quotation's closing mark and comma, and a
    person's name (after a title at most) follows the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in ('"', "”", "’") or doc[verb.i - 2].text != ",":
        return None
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not verb.i < ent.start <= verb.i + 3:
            continue
        between = doc[verb.i + 1 : ent.start]
        if any(t.pos_ != "DET" and not TITLE.match(t.text + " ") for t in between):
            return None  # only a title or "the" between: not "said the lawyer for Donna Pratt"
        after = doc[ent.end].text if ent.end < len(doc) else ""
        if ent.root.dep_ == "poss" or after in _POSSESSIVE or any(t.text in _POSSESSIVE for t in ent):
            return None  # "said Pratt's daughter": the daughter speaks, not Pratt (a second reader's)
        return ent.root
    return None

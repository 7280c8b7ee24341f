"""The people an article names, read from its text: full names for surnames that speak alone, each person's gender
where an honorific gives it, the one person an office or role belongs to, and one name per speaker across quotes."""

from __future__ import annotations

import re
from dataclasses import replace

from framediff.frame.findings import Quote
from framediff.frame.speech_words import CLOSED_WORDS, HUMAN_ROLES, PORTFOLIOS, TITLE, clean_name


NOT_FIRST = frozenset("""The A An In On At For As But And If When After Before During Former President Senator Governor Rep Sen Gov
    Mr Mrs Ms Dr Mayor Minister Judge Justice Chief Secretary General Democrat Democratic Republican GOP Representative
    Congressman Congresswoman Speaker Leader Chairman Chairwoman Chair Attorney Vice Commissioner Sheriff Agent Director Sens
    Reps""".split())


# What a company has that a person does not, after its name's possessive ("Ford's shares fell"; not "Okafor's
# spokeswoman", "staff" or "board": a second reader's mayor), and how a body may give its words ("said in a statement",
# "on its website", which a person may do too): a surname written so is a company's, not its namesake's (a second reader's
# Disney, Ford, Porsche and Tyson, whose statements went to Abigail Disney, Bill Ford, Ferdinand Porsche, John Tyson)
BODY_PARTS = (r"shares|stock|stores|plants?|factor(?:y|ies)|headquarters|subsidiar(?:y|ies)|products|brands?|chief executive|"
              r"employees|workers")
BODYS_WORDS = re.compile(r"\b(?:statement|its|website|release|filing|announcement)\b", re.I)
# the surname as a clause's subject, "its" after one to three words of its verb, on one line ("Perdue will close its
# plant"; not "Okafor said the city would keep its library", nor a headline run through the next line: a second reader's)
_ITS = r"\b(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+its\b"


def written_as_body(text: str, surname: str, first: str) -> bool:
    """Does ``text`` write ``surname`` alone (not after the ``first`` name) as a company's: "Perdue will close its poultry
    processing plant", "Ford's shares fell 2 percent", "Tyson's chief executive", "Perdue Farms", "Hollis managers", "Hollis,
    the 120-year-old textile maker" (second readers'; not "Okafor's campaign headquarters" nor "Okafor's tomato plants": a
    part right after the possessive only)?"""
    alone = rf"(?<!{re.escape(first)} )\b{re.escape(surname)}"
    joined = re.sub(r"(?<!\n)\n(?!\n)", " ", text)  # a hard-wrapped line goes on; a blank line (after a headline) ends it
    return re.search(alone + rf"(?:[’']s[^\S\n]+(?:{BODY_PARTS})\b|{_ITS}|[^\S\n]+(?:{_FIRMS}|{_STAFF})\b"
                             rf"|,[^\S\n]+the(?:[^\S\n]+(?!of\b)[\w-]+){{0,3}}?[^\S\n]+(?:{_TRADES})(?=[,.;]|$))", joined) is not None


# what a company is, after its name and "the", ending the phrase ("Hollis, the 120-year-old textile maker,": a fourth reader's;
# not "Brennan, the company's chief executive", "Reyes, the owner of the mill", "Reyes, the software developer", a fifth's),
# and its staff right after its name ("Hollis managers"; not "Okafor shares her vision", "Okafor staff")
_TRADES = r"maker|manufacturer|company|firm|group|retailer|chain|producer|bank|lender|insurer|airline|brewer|conglomerate|processor"
_STAFF = r"managers|workers|employees|executives|shareholders"


# what follows a company's name ("Perdue Farms", "Tyson Foods", "Ford Motor", "Marriott International": a second reader's)
_FIRMS = (r"Farms|Foods|Motors?|Inc|Corp|Corporation|Co|Company|Group|Holdings|Industries|International|Technologies|Enterprises|"
          r"Brands|Airlines|Bank|Chemicals|Pharmaceuticals|Energy|Capital|Partners|LLC|Ltd|PLC|plc|AG|SA|GmbH")


def full_names(text: str, surnames: set[str]) -> list[str]:
    """Full names the article gives a surname that speaks alone ("Ivo Marsh" for "Marsh", "Ruth Bader Ginsburg" for
    "Ginsburg"), read from its text: the one or two capitalised words before the surname on its line, after any title or
    post ("Former Mexican President Vicente Fox" gives Vicente Fox); at a sentence's start only one, and no word of a
    closed class ("While Fox", "Spokesman Jim")."""
    found = []
    for surname in surnames:
        if not surname[:1].isupper():
            continue
        for m in re.finditer(rf"((?:(?:[A-Z]\.|[A-Z][\w’'-]+) )+){re.escape(surname)}\b(?![’']s\s+[a-z]+\s+(?:said|says))", text):
            words = m.group(1).split()
            cut = max((k + 1 for k, w in enumerate(words) if len(w) > 2 and (w.rstrip(".") in NOT_FIRST or w.lower() in PORTFOLIOS or any(
                TITLE.match(part + " x") for part in w.split("-")))), default=0)  # "Major-General Amikam Norkin", "Foreign Affairs Wong"
            words = words[cut:]
            given = [w for w in words if not re.fullmatch(r"[A-Z]\.", w)]
            if not given or any(w.endswith(("’s", "'s")) for w in words):
                continue
            if len(given) > 2:
                words = words[-1:] if not re.fullmatch(r"[A-Z]\.", words[-1]) else words[-2:]
                given = words[:1]
            before = text[: m.end(1) - len(" ".join(words)) - 1].rstrip()
            opening = before[-1:] in ("", "“", '"', "—", ":", "?", "!") or (
                before.endswith(".") and not re.search(r"(?:^|\s)(?:[A-Z]|[A-Z][a-z]{1,3})\.$", before))  # "Rep." ends no sentence
            if opening and (len(given) > 1 or words[0] in CLOSED_WORDS):
                continue
            found.append(clean_name(" ".join([*words, surname])))  # "CEO Marc Benioff" is Marc Benioff
    return found


def _participle(word: str) -> bool:
    """A word ending in "-ing" that is no given name of the nicknames table ("Hosting", not "Irving"): as the first word of
    a name that only opens sentences, beside another name of that surname, it is a verb's form ("Liping Zhang", the one
    Zhang, stays: a second reader's)."""
    from framediff.frame.given_names import known

    return len(word) > 4 and word.endswith("ing") and not known(word)


def _inside(text: str, name: str) -> bool:
    """Does ``text`` write ``name`` somewhere other than at a sentence's opening?"""
    return any(not re.search(r"(?:^|[.!?:\"”]\s*|\n\s*)$", text[: m.start()]) for m in re.finditer(rf"\b{re.escape(name)}\b", text))


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][\w’'-]+)")


_OFFICE = re.compile(r"(?<![Vv]ice )(?<![Ff]ormer )\b(Attorney General|Inspector General|President|Sen\.|Senator|Rep\.|Congressman|"
                     r"Congresswoman|Gov\.|Governor|Justice|Judge|"
                     r"Mayor)\s+((?:(?:[A-Z]\.|[A-Z][\w’'-]+)\s+){0,2}[A-Z][\w’'-]+)")


_OFFICE_NOUN = {"Attorney General": "general", "Inspector General": "general", "President": "president", "Sen.": "senator",
                "Senator": "senator", "Rep.": "congressman", "Congressman": "congressman", "Congresswoman": "congresswoman",
                "Gov.": "governor", "Governor": "governor", "Justice": "justice", "Judge": "judge", "Mayor": "mayor"}


# The wider nouns an office also answers to: a senator and a congressman are both lawmakers ("the lawmaker said" is the one
# member of Congress the article names, if it names one).
_WIDER = {"senator": ("lawmaker", "legislator"), "congressman": ("lawmaker", "legislator", "representative", "congresswoman"),
          "congresswoman": ("lawmaker", "legislator", "representative")}


def honorific_genders(text: str) -> dict[str, str]:
    """Surname -> "m" or "f" where the article gives an honorific ("Mr. Steele", "Ms. Brewer"), and only one."""
    seen: dict[str, set[str]] = {}
    for m in _HONORIFIC.finditer(text):
        seen.setdefault(m.group(2), set()).add("m" if m.group(1) == "Mr" else "f")
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


_ROLE_WORDS = "|".join(sorted(HUMAN_ROLES, key=len, reverse=True))


# "journalist Jorge Ramos", "presumptive GOP nominee Donald Trump": a role noun right before a full name
_ROLE_BEFORE = re.compile(rf"\b({_ROLE_WORDS})\s+((?:(?:[A-Z]\.|[A-Z][\w’'-]+)\s+){{1,2}}[A-Z][\w’'-]+)")


# "Blake Farenthold, a four-term congressman": a full name with its role as an appositive
# (the role noun heads the appositive, which a comma or the sentence's end closes; "a supporter of the president" is no
# president, and "obtained by the Press Herald, the governor identified himself" no appositive)
_ROLE_AFTER = re.compile(rf"(?<!the )\b((?:(?:[A-Z]\.|[A-Z][\w’'-]+)\s+){{1,2}}[A-Z][\w’'-]+),\s+(?:the|a|an|[A-Z][\w-]+[’']s)\s+"
                         rf"(?:(?!(?:of|for|to|the|a|an|and|or|with|in|at|on|by|from)\s)[\w’'-]+\s+){{0,4}}?"
                         rf"({_ROLE_WORDS})(?=\s*[,.;)—–])")


def office_holders(text: str) -> dict[str, str]:
    """Office or role noun -> the one person the article gives it ("President Obama" makes "the president" Obama;
    "Blake Farenthold, a four-term congressman" and "Rep. Blake Farenthold" make "the congressman" Farenthold), where the
    article gives it to one person only. A party is no office: "the California Democrat" stays as the text says it."""
    holders: dict[str, set[str]] = {}
    for m in _OFFICE.finditer(text):
        noun = _OFFICE_NOUN[m.group(1)]
        for each in (noun, *_WIDER.get(noun, ())):
            holders.setdefault(each, set()).add(re.sub(r"[’']s?$", "", m.group(2).split()[-1]))  # "President Obama’s"
    for m in _ROLE_BEFORE.finditer(text):
        if m.group(2).split()[0] not in NOT_FIRST:
            holders.setdefault(m.group(1).lower(), set()).add(m.group(2).split()[-1])
    for m in _ROLE_AFTER.finditer(text):
        if m.group(1).split()[0] not in NOT_FIRST:
            holders.setdefault(m.group(2).lower(), set()).add(m.group(1).split()[-1])
    return {noun: next(iter(names)) for noun, names in holders.items() if len(names) == 1}


def shared_surnames(text: str) -> set[str]:
    """Surnames the article gives two people or more at once ("Sasha and Malia Obama"): a surname alone is none of them.
    "Romney and Paul Ryan" shares none: Romney is a surname itself, the last word of a name elsewhere ("Mitt Romney")."""
    shared: set[str] = set()
    for m in re.finditer(r"\b([A-Z][a-z]+)\s+and\s+([A-Z][a-z]+)\s+([A-Z][\w’'-]+)\b", text):
        if any(w in NOT_FIRST or TITLE.match(w + " x") for w in m.group(1, 2)):
            continue  # "the President and Speaker Boehner": titles, not first names
        if not re.search(rf"\b[A-Z][\w.’'-]*\s+{m.group(1)}\b", text):
            shared.add(re.sub(r"[’']s$", "", m.group(3)))  # "Malia and Sasha Obama's"
    return shared


def merge_speakers(quotes: list[Quote], people: list[str], shared: frozenset[str] | set[str] = frozenset(),
                   text: str = "", companies: frozenset[str] = frozenset()) -> list[Quote]:
    """One name per speaker: a surname alone (or with a title) is the one full name the article gives for it, and
    "Israel's defense ministry" and "the defense ministry" are one body. Where the article gives a surname to more than one
    person, a quote of the surname alone is the person named in full nearest before it in ``text`` (the article's text, in
    which quotes have their offsets), within NEAR_NAME characters; else it stays the surname. A fortieth trial's wire named
    "Marco Bundi, a spokesman for the railway" and "Claudia Bundi, who runs a hotel", and the report gave both one speaker,
    "Bundi (2)"."""
    full: dict[str, set[str]] = {}
    for name in [*people, *[q.speaker for q in quotes if q.speaker]]:
        words = name.split()
        if len(words) > 1 and words[-1] not in shared and all(w[:1].isupper() for w in words) and "’" not in name and "'" not in name:
            full.setdefault(words[-1], set()).add(name)
    for surname, names in full.items():  # "Hosting Cook at Dreamforce …" beside "Tim Cook": a verb's form, not a first name
        named = {n for n in names if not (_participle(n.split()[0]) and text and not _inside(text, n))}
        full[surname] = named if named and len(names) > 1 else names
    longest = {surname: max(names, key=len) for surname, names in full.items()
               if all(n in max(names, key=len) or _initials(n, max(names, key=len)) for n in names)}
    bodies: dict[str, str] = {}
    for q in quotes:
        if q.speaker and (not q.speaker[:1].isupper() or re.search(r"[’']s\s", q.speaker)):
            key = _body_key(q.speaker)
            if len(q.speaker) > len(bodies.get(key, "")):
                bodies[key] = q.speaker
    several = {surname for surname, names in full.items() if surname not in longest and len(names) > 1}
    # each surname a bare quote gives, whether the article writes it as a company's (read once per surname)
    company = {q.speaker: bool(text) and (q.speaker in companies or written_as_body(text, q.speaker, longest[q.speaker].split()[0]))
               for q in quotes if q.speaker in longest}
    # the people the surname alone quotes in words no body's ("…," Okafor told reporters): their "said in a statement" is
    # theirs too
    quoted = {longest[q.speaker] for q in quotes if q.speaker in longest and not company[q.speaker] and not _in_a_bodys_words(text, q)}
    out = []
    for q in quotes:
        who = q.speaker
        if (who and len(who.split()) == 1 and who in longest and not company[who]
                and (longest[who] in quoted or not _in_a_bodys_words(text, q))):
            who = longest[who]
        elif who and len(who.split()) == 1 and who in several and text and q.start is not None and not _honoured(text, who, q):
            who = _named_before(text, who, full[who], q.start) or who
        elif who and len(who.split()) > 1 and who.split()[-1] in longest and _initials(who, longest[who.split()[-1]]):
            who = longest[who.split()[-1]]
        elif who and _body_key(who) in bodies:
            who = bodies[_body_key(who)]
        if who and len(who.split()) == 1 and (who in shared or who in several) and text and q.start is not None:
            who = _honorific_before(text, who, q.start, q.end or q.start) or who  # still the surname two people share
        out.append(replace(q, speaker=who) if who != q.speaker else q)
    return out


def _in_a_bodys_words(text: str, quote: Quote) -> bool:
    """Does the sentence of ``quote``, outside the quote, name its speaker and say how a body gives words ('…," Tyson said in
    a statement on Tuesday.')? Then the surname alone stays the speaker, not the one person of it named in full, unless
    the surname alone gives another quote in words no body's (a second reader's mayor, '…," Okafor told reporters' and
    '…," Okafor said in a statement', had been listed as two speakers; a quote of the full name is no sign, as Abigail
    Disney, the company's critic, is quoted too). Where the article writes the surname as a company's (``companies``, or
    :func:`written_as_body`), it stays the speaker whatever the sentence says."""
    if not text or quote.start is None or quote.end is None or not quote.speaker:
        return False
    start = max(text.rfind(".", 0, quote.start), text.rfind("\n", 0, quote.start)) + 1
    ends = [k for k in (text.find(".", quote.end), text.find("\n", quote.end)) if k >= 0]
    outside = text[start : quote.start] + " " + text[quote.end : min(ends) if ends else len(text)]
    return re.search(rf"\b{re.escape(quote.speaker)}\b", outside) is not None and BODYS_WORDS.search(outside) is not None


NEAR_NAME = 600  # characters: about the two sentences before a quote, where its speaker's full name stands


def _honoured(text: str, surname: str, quote: Quote) -> bool:
    """Whether the quote's attribution gives the surname an honorific ('…," Mr. Bundi said'): it says which of two people
    of that surname speaks, by a sex the full names do not tell, so the one named nearest before is no answer (a second
    reader's "Claudia Bundi … Marco Bundi … Mr. Bundi said")."""
    start, end = quote.start or 0, quote.end or 0
    return bool(re.search(rf"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+{re.escape(surname)}\b", text[max(0, start - 120) : end + 80]))


def _honorific_before(text: str, surname: str, start: int, end: int) -> str | None:
    """Where two people share a surname and a quote's speaker stays the surname alone, the surname with the honorific its
    attribution gives it ('…," Mr. Bundi said', '…?" Mr. Harmon asked': not after a full stop), or, where the attribution
    is "he said" or "she said", with the title last given that surname before the quote, within NEAR_NAME characters, if
    it is an honorific
    of the pronoun's sex ("Mr Holroyd" for "he"): a forty-fourth trial's couple, "Peter and Anne Holroyd", had been one
    speaker, "Holroyd (3)". Else None: '…," Obama said in his eulogy' after "Mrs Obama sat …", a quotation that ends its
    sentence before "Mr. Holroyd said …", or "Dr. Holroyd" before "she said" tell no one (a second reader's)."""
    after = text[end : end + 40]
    own = re.match(rf"[”\"’']?\s*(?:(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+{re.escape(surname)}\b)", after)
    if own and re.search(r"[,?!]", text[max(0, end - 1) : end + 2]) and "." not in text[max(0, end - 1) : end + 1]:
        return own.group().lstrip("”\"’' ")
    pronoun = re.match(r"[”\"’']?,?\s*(he|she)\s+\w+", after)
    if pronoun is None:
        return None
    titled = list(re.finditer(rf"\b([A-Z][a-z]{{1,4}})\.?\s+{re.escape(surname)}\b", text[:start]))
    titled = [m for m in titled if m.group(1) in _TITLED]
    if not titled or start - titled[-1].start() > NEAR_NAME:
        return None
    last = titled[-1].group(1)
    if last not in ("Mr", "Mrs", "Ms", "Miss") or (last == "Mr") != (pronoun.group(1) == "he"):
        return None
    return titled[-1].group()


# titles before a surname: an honorific tells the person's sex, the others do not ("Dr. Holroyd")
_TITLED = frozenset("Mr Mrs Ms Miss Mx Dr Prof Sen Rep Rev Gov Judge Capt Gen Col Lt Sgt".split())


def _named_before(text: str, surname: str, names: set[str], start: int) -> str | None:
    """Of ``names`` (full names ending in ``surname``), the one ``text`` gives last before ``start``, if it gives it within
    NEAR_NAME characters."""
    found = [(m.start(), name) for name in names for m in re.finditer(rf"\b{re.escape(name)}\b", text[:start])]
    if not found:
        return None
    at, name = max(found)
    return name if start - at <= NEAR_NAME else None


def _initials(short: str, long: str) -> bool:
    """ "Donald Trump" and "Donald J. Trump": the same first and last name."""
    a, b = short.split(), long.split()
    return a[0] == b[0] and a[-1] == b[-1]


def _body_key(who: str) -> str:
    """ "Israel's defense ministry" and "the defense ministry": "defense ministry". """
    who = re.sub(r"^[A-Z][\w.-]*[’']s\s+", "", who.strip())
    return re.sub(r"^(the|a|an)\s+", "", who, flags=re.I).lower()

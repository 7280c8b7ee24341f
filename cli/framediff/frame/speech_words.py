"""The words a speaker is found by: verbs of speaking, people by office or part, bodies that speak as one, titles, and
the kinds of thing that never speak (places, laws, platforms, documents without an author); and a name made clean of its
titles. Closed lists of English words, not names from any data: :mod:`framediff.frame.speakers` reads the parse with them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from framediff.language.records import Token

# Verbs of speaking (lemmas), the heads of attributions.
SPEECH_LEMMAS = frozenset(
    """say tell ask add write tweet post state declare announce note claim insist argue warn explain stress emphasize emphasise
    acknowledge admit recall continue conclude call describe reiterate reply respond answer testify quip joke wonder concede
    predict suggest urge vow pledge promise boast complain observe remark counter shout yell scream exclaim caution confirm
    recount scoff muse accuse charge demand dub label brand deny allege assert contend maintain read retweet text email
    report characterize characterise blast slam criticize criticise praise lament question mock agree retort reject dismiss
    denounce condemn plead implore beg
    fume whine rage sob snap snarl sneer gush rant bark thunder growl hiss wail sigh grumble murmur whisper blurt
    seethe bellow gasp stammer rag gloat sniff snort huff moan groan carp crow brag""".split()
)
# (the last two lines: a tabloid's verbs of speaking, a fifteenth trial's "fumed former miner Ray Dowell", "raged Mayor Tom
# Rizzo" (the parser lemmatises "raged" as "rag"), "Kessel sobbed", "Tallis whined", a thirty-eighth trial's "sniffed ...
# statistician Alan Whitcombe", a fortieth trial's "Mayor Linda Okafor bragged that “every dollar …”", whose quotations had
# no speaker; not
# "rave", "roar" or "mutter", which a second reader found taking a film's title for speech: 'Critics raved about "Oppenheimer"')
# Platforms a post is made on, never its speaker ("Trump said on Twitter").
PLATFORMS = frozenset("twitter facebook instagram youtube tiktok truth social x reddit linkedin snapchat whatsapp telegram".split())
# Entity types that never speak: places, buildings, laws, products, works, dates and numbers.
NEVER_SPEAK = frozenset({"GPE", "LOC", "FAC", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT", "DATE", "TIME", "MONEY", "QUANTITY",
                         "PERCENT", "CARDINAL", "ORDINAL", "LANGUAGE"})
# Documents that "say" things for their author ("the statement said").
DOCUMENTS = frozenset("statement report letter memo memorandum email e-mail post tweet filing release message note document "
                      "complaint lawsuit suit indictment ruling opinion order transcript text video ad advertisement website page "
                      "petition resolution bill editorial column op-ed".split())
# Nouns for people by their office or part: a subject the pronoun may stand for, though the text gives no name.
HUMAN_ROLES = frozenset("""president justice judge senator congressman congresswoman lawmaker legislator governor mayor candidate
    nominee frontrunner front-runner spokesman spokeswoman spokesperson official leader chairman chairwoman director secretary
    minister host anchor reporter aide adviser advisor lawyer attorney icon woman man officer prosecutor speaker
    representative chief executive founder businessman billionaire mogul star actor actress singer writer author activist
    father mother son daughter wife husband girl boy teen teenager student rival opponent challenger colleague friend partner
    ally critic journalist columnist commentator economist strategist pollster historian professor scholar doctor nurse teacher
    pastor priest bishop organizer voter resident owner executive manager staffer veteran soldier sheriff coach player
    congressman congresswoman senator general guard warden""".split())
OFFICERS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO"})
PRONOUNS = frozenset({"he", "she", "him", "her"})
NOBODY = frozenset({"it", "this", "that", "they", "we", "i", "you", "there", "which", "what", "who", "one", "someone",
                    "anyone", "everyone", "nobody", "some", "many", "others", "all", "both"})
TITLE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Mx|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Capt|Sgt|Maj|Brig|Adm|Prof|Atty|Pres|Rev|Hon|Cong|Supt|Cmdr)\.?|"
    r"President|Vice|Minister|Mayor|Judge|Justice|Senator|Representative|Congressman|Congresswoman|Governor|Lieutenant|"
    r"Secretary|Chairman|Chairwoman|Chair|Speaker|Leader|General|Colonel|Major|Admiral|Commander|Captain|Sergeant|Sheriff|"
    r"Detective|Inspector|Officer|Prince|Princess|King|Queen|Sir|Dame|Lord|Lady|Father|Pope|Bishop|Rabbi|Imam|Sheikh|"
    r"Spokesman|Spokeswoman|Spokesperson|"
    r"Assemblyman|Assemblywoman|Assemblymember|Councilman|Councilwoman|Councilmember|Alderman|Commissioner|Director|"
    r"Executive|Superintendent|Professor|Trustee|Delegate|"
    r"Coach|Chancellor|Premier|Ambassador|Attorney|Former|former|Then|then|Acting|acting|Chief|Deputy|First|Dr|"
    r"Special\s+(?:Agent|Envoy|Counsel)|Agent|Charge|Nurse|Envoy)\s+(?=\S)"  # "Special Agent in Charge Thomas Reyes": the
    # tagger's "Charge Thomas Reyes"; not "Special" alone ("Special Olympics said", a second reader's)
)
POSSESSIVE_END = re.compile(r"\s*[’']s$|[’']$")


def clean_name(name: str) -> str:
    """A person's name without titles, possessive or party tag: "Rep. Darrell Issa, R-Calif." is Darrell Issa."""
    name = " ".join(name.split())
    name = re.sub(r"\s*[,(]\s*[DRI]-[A-Z][\w.]*\)?.*$", "", name)
    name = POSSESSIVE_END.sub("", name).strip(" ,.;:")
    if len(name.split()) > 1 and name.split()[0].lower() in INVERTED:  # "Added Gibbs:": the verb of an inverted attribution
        name = name.split(None, 1)[1]
    name = _untitled(name)
    while len(name.split()) > 1 and name.split()[0] in CLOSED_WORDS:  # "While Fox": the tagger's name took the conjunction
        name = name.split(None, 1)[1]
    words = name.split()
    post = max((k for k, w in enumerate(words[:-1]) if 2 <= len(w) <= 4 and w.isupper() and w.isalpha()), default=None)
    if post is not None and len(words) - post > 2:  # "Rovers DL Sam Otto", "co-CEO Marc Benioff": a post before the name
        name = _untitled(" ".join(words[post + 1:]))  # "RNC Chair Reince Priebus"
    return name.strip(" ,.;:")


def _untitled(name: str) -> str:
    while (title := TITLE.match(name)) and len(name.split()) > 1:
        name = name[title.end():]
    return name


# Words of closed classes that open sentences in capitals: never part of a name ("While Fox was …").
CLOSED_WORDS = frozenset("""While When Whenever Where After Before Since Although Though Because If Unless As But And Or Nor Yet So
    Then Now Still Also Even Only Just Meanwhile However Despite During Under Over With Without For From To In On At By Of Like
    Unlike This That These Those Last Next Today Yesterday Tomorrow Here There Why How What Which Who Whom Whose Once Both Either
    Neither Each Every Some Many Most Several Such Instead Indeed Later Earlier Asked Told Said Says According Until""".split())
# Verbs that open an inverted attribution ("added Lauten", "Added Gibbs:").
INVERTED = frozenset("said says added adds asked asks wrote writes continued continues noted notes replied replies".split())
# Laws and codes: texts that "say" or "state" but speak for nobody ("The 14th Amendment states", "the Code of Conduct says").
LAWS = frozenset("amendment act code constitution clause law statute treaty charter bill regulation rule rules".split())

# Bodies that speak as one: "the campaign said", "the committee wrote".
BODIES = frozenset("""campaign committee company group agency department office administration team government ministry police
    court firm organization organisation party network union council board panel family embassy commission caucus
    spokesperson source sources witness witnesses expert experts analyst analysts critic critics supporter supporters
    protester protesters resident residents user users researcher researchers scientist scientists employee employees
    worker workers officials airline carrier utility operator authority hospital university retailer automaker manufacturer
    bank lender insurer club league federation association regulator""".split())  # "the airline said in a statement": a trial's

# Verbs by which a speaker puts out a document ("issued a statement", "filed a lawsuit", "sent a letter").
ISSUING = frozenset("issue release send post write file publish sign pen deliver put bring submit circulate share".split())

# Words of an organisation's name ("… Committee"): an entity with one is not a person's name.
ORG_WORD = re.compile(r"\b(?:Committee|Commission|Caucus|Council|Congress|Senate|House|Party|Ministry|Bureau|Department|Agency|Office|"
                      r"Administration|Government|Court|Police|Service|University|Institute|Company|Corp|Inc|News|Times|Post|"
                      r"Journal|Press|Network|Group|Foundation|Association|Campaign|Club|Union|Bank|Fund|Co|LLC|Ltd)\b")

# the last word of a portfolio ("Minister for Foreign Affairs", "Commissioner for International Partnerships"), never a
# first name: "Foreign Affairs Wong" is Wong
PORTFOLIOS = frozenset("""affairs partnerships partnership health defence defense trade finance education justice energy environment
transport transportation security development agriculture labour labor interior economy industry culture housing communities
immigration migration refugees rights policy relations services veterans state works fisheries tourism sport sports innovation
science technology equality climate employment welfare commerce treasury planning infrastructure enterprise resources""".split())


# Verbs of speaking that are also verbs of taking something in: speech only after a quotation they close ('"…,"
# sniffed statistician Alan Whitcombe', a thirty-eighth trial's tabloid)
ALSO_TAKEN = frozenset(("sniff", "snort"))


# Verbs of speaking whose quotation is theirs only right after them ('bragged that "…"', 'bragged: "…"') or before them
BRAGGING = frozenset(("brag",))


def opens_quotation(token: "Token") -> bool:
    """Does a quotation open right after ``token``, after "that" or a colon at most?"""
    after = [t.text for t in token.doc[token.i + 1 : token.i + 3]]
    return bool(after) and (after[0] in ("“", '"') or (after[0] in ("that", ":") and len(after) > 1 and after[1] in ("“", '"')))


def after_quotation(token: "Token") -> bool:
    """Does a quotation close right before ``token``, its comma and mark at most two tokens back?"""
    before = [t.text for t in token.doc[max(0, token.i - 3) : token.i]]
    return any(t in ("”", '"', "'", "’") for t in before)

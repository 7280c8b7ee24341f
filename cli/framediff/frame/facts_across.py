"""Facts that disagree between outlets writing in different languages: the values every language writes alike."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from framediff.aligning.language_free import CASUALTIES as _CASUALTIES, MONTH_NAMES, Facts, casualties, day_shown, facts, fold, opener
from framediff.aligning.number_words import number_words
from framediff.frame.findings import Disagreement
from framediff.reading.languages import is_english

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment
    from framediff.article import Article
    from framediff.comparing.comparison import ClaimDiff, MemberDiff


def is_lead(article: Article, index: int) -> bool:
    """Is sentence ``index`` of ``article`` its headline or its first sentence after it: where an outlet gives its story's
    toll, not a part of it?"""
    if article.sentences[index].kind == "headline":
        return True
    return index == next((s.index for s in article.sentences if s.kind == "body"), None)


def english_members(alignment: Alignment, members: Iterable[MemberDiff]) -> Iterator[MemberDiff]:
    """The members of a claim written in English (or too short to tell): what the English reading of facts reads."""
    return (m for m in members if is_english(alignment.article(m.member.article).sentence_language(m.member.sentence)))


def across_languages(alignment: Alignment, claim: ClaimDiff) -> list[Disagreement]:
    """Facts that disagree on a claim told in several languages (none when every sentence of it is English)."""
    english = list(english_members(alignment, claim.members))
    if len(english) == len(claim.members):
        return []
    texts: dict[str, list[str]] = defaultdict(list)
    languages: dict[str, list[str]] = defaultdict(list)  # each sentence's: "2.800" is 2,800 in German, 2.8 in English
    leads: dict[str, bool] = {}  # the dead and the hurt are compared from leads only (facts.disagreeing_facts)
    for m in claim.members:
        texts[m.member.article].append(alignment.sentence(m.member).text)
        languages[m.member.article].append(alignment.article(m.member.article).sentence_language(m.member.sentence))
        leads[m.member.article] = leads.get(m.member.article, False) or is_lead(alignment.article(m.member.article), m.member.sentence)
    read = {a: [_elided(facts(text, language), text) for text, language in zip(texts[a], languages[a])] for a in texts}
    dates = {a: (alignment.article(a).date or "")[:10] for a in texts}
    openers = {a: {w for text in texts[a] if (w := opener(text))} for a in texts}
    named = {a: _article_names(alignment.article(a)) for a in texts if openers[a]}  # read once per article, not per claim
    out = []

    def one_day(a: str, b: str) -> bool:  # two tolls of one day, each in its outlet's lead
        return bool(dates[a]) and dates[a] == dates[b] and leads[a] and leads[b]

    foreign = {a for a in texts if not all(is_english(language) for language in languages[a])}
    uncounted = {a: _no_counts(texts[a], languages[a]) for a in texts}
    for kind, values in _conflicts(read, _measures(texts, read), one_day, openers, named, foreign, uncounted).items():
        # the evidence is the words each value was read from ("5 Millionen", "2.800"), as written in any language, and the
        # outlet's sentence they stand in (not its sentences of the claim run together: a fifty-second trial's JSON read
        # "…supprime 3 200 postes Le groupe automobile allemand…", a headline and a lead as one)
        evidence = {a: tuple((v, *_written(v, read[a], texts[a])) for v in vs) for a, vs in values.items()}
        out.append(Disagreement(claim.claim.id, kind, values, evidence))
    return out


def _elided(read: Facts, text: str) -> Facts:
    """``read`` with the names written after an elided article or preposition ("d'Erdogan", "dell'Italia"), which
    :func:`~framediff.aligning.language_free.facts` does not read, but a body's noun alone (:data:`_INSTITUTIONS`). Here
    only, where names must be the same word: elsewhere names match by their first letters, and "l'Agence nationale" would
    read as the Spanish "Agencia Española" (a fourteenth trial's story)."""
    found = frozenset(fold(m.group(1)) for m in _ELIDED.finditer(text)) - _INSTITUTIONS
    return replace(read, names=read.names | found) if found - read.names else read


# Nouns of bodies that name one only with the word after them: "l'Union européenne" is not "the African Union" (a second
# reader's), so "Union" alone is no name two outlets share
_INSTITUTIONS = frozenset(fold(w) for w in """union unione unión etat état stato agence agenzia agencia assemblee assemblée
assemblea organisation organizzazione autorite autorité autorità commission commissione conseil consiglio eglise église
chiesa armee armée esercito ente ufficio office institut istituto""".split())
_ELIDED = re.compile(r"\b(?i:[ldjmnst]|qu|un|dall|dell|nell|all|sull|dagl|degl|negl|agl|sugl)['’]([A-ZÀ-Þ][^\W\d_]{2,})")


@lru_cache(maxsize=256)
def _article_names(article: Article) -> frozenset[str]:
    """The names an article writes inside its sentences, each sentence read in its language."""
    return frozenset(n for s in article.sentences for n in facts(s.text, article.sentence_language(s.index), spelled=False).names)


def _written(value: str, read: list[Facts], texts: list[str]) -> tuple[str, str]:
    """The words of an outlet's sentences (``texts``, as ``read``) that ``value`` ("number:5000000", "year:2021") was read
    from, and the sentence they stand in (the first of ``texts`` where no words are found)."""
    raw = _raw(value)
    return next(((words, text) for f, text in zip(read, texts) if (words := f.words_of(raw))), (value.split(":", 1)[1], texts[0]))


def _raw(value: str) -> str:
    """A value as :func:`~framediff.aligning.language_free.facts` keys it: "number:40000" -> "40000", "year:2021" ->
    "y2021", "day:14 May" -> "d14-5"."""
    sort, _, shown = value.partition(":")
    if sort == "day":
        return _day_key(value)
    return "y" + shown if sort == "year" else shown


def facts_across_languages(texts: dict[str, list[str]], languages: dict[str, list[str]] | None = None
                           ) -> dict[str, dict[str, tuple[str, ...]]]:
    """Per kind ("numbers", "times"), each outlet's values in conflict, for a claim told in several languages.

    Only what every language writes alike is read (:func:`framediff.aligning.language_free.facts`, each sentence in
    its ``languages``, English where none is given): whole amounts of at least 100 ("35,000", "35.000", "35 000",
    "3 million"), years and days of a month ("14 May", "14. Mai", "14 mai"). Small
    numbers are left out: "four hours" is a word in one language and a figure in another, and a time ("6.40 Uhr",
    "6 h 40") reads as two numbers. No parser says what a figure counts in every language, so two outlets disagree
    on one of these only when the rest of their sentences state the same fact: each gives exactly one value of it for
    the claim, the values differ, every other value either gives is the same, and they name at least one name alike.
    """
    given: dict[str, list[str]] = languages or {}
    read = {a: [_elided(facts(text, given[a][k] if a in given else None), text) for k, text in enumerate(sentences)]
            for a, sentences in texts.items()}
    openers = {a: {w for text in sentences if (w := opener(text))} for a, sentences in texts.items()}
    foreign = {a for a in texts if any(not is_english(language) for language in given.get(a, ()))}
    uncounted = {a: _no_counts(t, given.get(a)) for a, t in texts.items()}
    return _conflicts(read, _measures(texts, read), openers=openers, foreign=foreign, uncounted=uncounted)


def _conflicts(read: dict[str, list[Facts]], measures: dict[str, dict[str, str | None]] | None = None,
               one_day: Callable[[str, str], bool] | None = None, openers: dict[str, set[str]] | None = None,
               named: dict[str, frozenset[str]] | None = None, foreign: set[str] | None = None,
               uncounted: dict[str, set[str]] | None = None) -> dict[str, dict[str, tuple[str, ...]]]:
    """:func:`facts_across_languages` of each outlet's sentences, as read; with ``measures`` (per outlet, each number's
    measure: :func:`_measure`), two figures of different measures ("1,350" people, "4 800 hectares") never conflict.
    ``one_day``: whether two outlets wrote on one day, so that their tolls of the dead and the hurt, which rise as the
    news comes in, may be compared (small figures too: "12 fallecidos" against "14 people were killed").

    ``openers``: per outlet, the capitalised first words of its sentences (:func:`~framediff.aligning.language_free.opener`),
    which no capital tells a name; one is a name where the outlet's whole article (``named``: the names its sentences
    write, else the claim's sentences' own) or the other outlet names it, unless that outlet writes German, where a capital
    tells no name (a second reader's "Hotels in Vienna report 1,200 cancellations" against "Hochwasser in Österreich:
    Hotels in Salzburg melden 1.500 Stornierungen"). A fourteenth trial's headlines "Helvan recalls 1.2 million insulin
    pens" against "Helvan retira 1,4 millones de plumas de insulina" had named nothing alike, and nothing was said."""
    given: dict[str, dict[str, set[str]]] = {}
    others: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    for article, found_in in read.items():
        values: dict[str, set[str]] = defaultdict(set)
        names[article] = {n for f in found_in for n in f.names}
        own = (named or names).get(article, set())
        names[article] |= {w for w in (openers or {}).get(article, ()) if w in own}
        converted = {n for n, m in (measures or {}).get(article, {}).items() if m == CONVERSION}
        others[article] = {n for f in found_in for n in f.numbers} - converted
        for f in found_in:
            for value in f.numbers - converted:
                if value.startswith("y"):
                    values["year"].add(f"year:{value[1:]}")
                elif value.startswith("d"):
                    values["day"].add(f"day:{day_shown(value)}")
                elif value.isdigit() and int(value) >= 100:
                    values["number"].add(f"number:{value}")
                elif value.isdigit() and measures is not None and measures[article].get(value) in _CASUALTIES:
                    values["casualties"].add(f"number:{value}")
        given[article] = values
    starts = openers or {}

    # an outlet whose capitals tell no names (German capitalises every noun: "Hotels", "Filialen") witnesses no opening word
    witness = {a: all(f.proper is not None for f in found_in) for a, found_in in read.items()}

    def alike(a: str, b: str) -> bool:  # the two outlets name a name alike, an opening word one names among them
        return bool(names[a] & names[b] or (witness[b] and starts.get(a, set()) & names[b])
                    or (witness[a] and starts.get(b, set()) & names[a]))

    found: dict[str, dict[str, set[str]]] = {}
    for sort, kind in (("number", "numbers"), ("year", "times"), ("day", "times")):
        single = {a: v[sort] for a, v in given.items() if len(v.get(sort, ())) == 1}
        for a, b in combinations(sorted(single), 2):
            if single[a] == single[b] or not alike(a, b):
                continue
            measured = {measures[a].get(_raw(v)) for v in single[a]} if measures is not None else set()
            if measures is not None and measured != {measures[b].get(_raw(v)) for v in single[b]}:
                continue  # a count of people against an area in hectares: two facts
            if measured & set(_CASUALTIES) and not (one_day is not None and one_day(a, b)):
                continue  # a toll rises: only one day's leads are compared (_by_measure)
            rest_a = others[a] - {_raw(v) for v in single[a]}
            rest_b = others[b] - {_raw(v) for v in single[b]}
            if rest_a == rest_b:
                for x in (a, b):
                    found.setdefault(kind, {}).setdefault(x, set()).update(single[x])
    if measures is not None:
        for x, differing in _by_measure(given, others, alike, measures, one_day).items():
            found.setdefault("numbers", {}).setdefault(x, set()).update(differing)
        counts = {a: others[a] - (uncounted or {}).get(a, set()) for a in read}
        for a, b in combinations(sorted(read), 2):
            if not foreign or not {a, b} & foreign:
                continue
            apart = _one_figure_apart(counts[a], counts[b], measures[a], measures[b], alike(a, b))
            if apart and not (apart[2] in _CASUALTIES and not (one_day is not None and one_day(a, b))):
                found.setdefault("numbers", {}).setdefault(a, set()).add(f"number:{apart[0]}")
                found["numbers"].setdefault(b, set()).add(f"number:{apart[1]}")
    return {kind: {a: tuple(sorted(v)) for a, v in by.items()} for kind, by in found.items()}


# Across languages a small count is compared only where the two outlets' sentences of the claim give at least this many
# other counts, every one alike (days and years are no counts): then one figure that differs is the one fact they give
# otherwise ("The motion received 98 votes in the 165-seat chamber, well above the 83 needed, with 62 deputies voting
# against" against "La motion de censure a recueilli 96 voix sur 165 députés, alors que 83 suffisaient, contre 62 voix
# opposées", a forty-first trial's)
SMALL_ALIKE = 2


def _one_figure_apart(a: set[str], b: set[str], measures_a: dict[str, str | None], measures_b: dict[str, str | None],
                      named_alike: bool) -> tuple[str, str, str | None] | None:
    """The one count under 100 that each of two outlets gives and the other does not, of one measure, with at least
    SMALL_ALIKE other counts alike (not days or years; ``a`` and ``b`` hold no times, ages, lengths or ordinals:
    :func:`_no_counts`) where the two name a name alike, one more where they name none (the tally's sentences above name
    nobody), or None. Both are whole numbers from 2 up ("96",
    "neuf"); a figure of 100 or more is compared as every such figure is (:func:`_by_measure`)."""
    one, other = a - b, b - a
    counts = {v for v in a & b if v.replace(".", "", 1).isdigit()}  # figures alike, days and years aside
    if len(one) != 1 or len(other) != 1 or len(counts) < SMALL_ALIKE + (0 if named_alike else 1):
        return None
    x, y = next(iter(one)), next(iter(other))
    if not (x.isdigit() and y.isdigit() and 2 <= int(x) < 100 and 2 <= int(y) < 100):
        return None
    if measures_a.get(x) != measures_b.get(y):
        return None
    return x, y, measures_a.get(x)


def _no_counts(texts: list[str], languages: list[str] | None = None) -> set[str]:
    """The numbers an outlet's sentences give as no count: times of day ("11:40 p.m." gives 11 and 40; "23 h 40", "6 p.m.",
    "um 18 Uhr"), ages ("Mendes, 58,", "58 ans", "58-year-old"), lengths of time ("a 48-hour strike", "deux jours") and
    ordinals ("for the 3rd time"): a second reader's Mendes's age had been set against the wire's "first strike in 35
    years", and "um 18 Uhr" against "at 6 p.m."."""
    from framediff.comparing.times_of_day import clock_times

    found = {n for text in texts for words in clock_times(text).values() for n in re.findall(r"\d+", words)}
    for k, text in enumerate(texts):
        found.update(m.group(1) or m.group(2) for m in _NO_COUNT.finditer(text))
        for amount, start, end in number_words(text, languages[k] if languages else None):
            if _NO_COUNT_AFTER.match(text, end):
                found.add(str(amount))
    return found


# A figure that counts nothing: followed by a unit of time or age, "a.m."/"p.m.", "Uhr", "h"; an ordinal's letters; or
# set off by commas after a name ("Carla Mendes, 58, said")
_AFTER = (r"(?:-|\s+)(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|ans?|années?|mois|semaines?|jours?|heures?"
          r"|años?|meses?|semanas?|días?|horas?|minutos?|jahre[n]?|monate[n]?|wochen?|tage[n]?|stunden?|minuten?|anni|mesi|giorni|ore"
          r"|jaar|jaren|maanden?|weken|dagen|uur|[ap]\.?m\.?|uhr|h)\b|(?:st|nd|rd|th|e|er|ème|º|ª)\b")
_NO_COUNT = re.compile(rf"(?<![\d.,])(\d+)(?={_AFTER})|(?<=[A-Z][a-z]{{2}}, )(\d{{1,2}})(?=,)", re.I)
_NO_COUNT_AFTER = re.compile(_AFTER, re.I)


def _by_measure(given: dict[str, dict[str, set[str]]], others: dict[str, set[str]], alike: Callable[[str, str], bool],
                measures: dict[str, dict[str, str | None]], one_day: Callable[[str, str], bool] | None = None
                ) -> dict[str, set[str]]:
    """Figures that disagree measure by measure: two outlets that each give one figure of 100 or more of a measure for
    the claim disagree on it when they name a name alike, do not date it to different days, and give alike what else
    could tell two facts apart. For an area, a sum, a length (in one unit) that is their other figures of 100 or more and
    their years: a day one of them gives alone ("el jueves 14 de agosto") and small numbers (a time, "four" written as a
    word in one language) are left aside. A count says nothing of what it counts ("400 firefighters", "200 vecinos"), so
    for a count every other number must be alike, small ones too ("50 aviones 787" gives a 50 that "50 787 Dreamliners"
    must give). A sixth trial's leads ("3,900 hectares" against "3.200 hectáreas"; "38.5 million euros to 1,480 farmers"
    against "38,5 millions d'euros à 1 840 agriculteurs") had each given a second value, so nothing was said."""
    kinds: dict[str, dict[str | None, set[str]]] = {}
    for article, values in given.items():
        kinds[article] = defaultdict(set)
        for value in values.get("number", set()) | values.get("casualties", set()):
            kinds[article][measures[article].get(_raw(value))].add(value)
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in combinations(sorted(kinds), 2):
        if not alike(a, b):
            continue
        days_a, days_b = given[a].get("day", set()), given[b].get("day", set())
        if days_a and days_b and not days_a & days_b:
            continue  # a figure on one day and another on the next: a running count
        for measure in set(kinds[a]) & set(kinds[b]):
            one, other = kinds[a][measure], kinds[b][measure]
            if len(one) != 1 or len(other) != 1 or one == other:
                continue
            if measure in _CASUALTIES and not (one_day is not None and one_day(a, b)):
                continue  # a toll rises: two days' figures, or undated ones, may both have been true
            if measure is None:  # a count: every other number alike, small ones too
                rest_a, rest_b = others[a] - {_raw(v) for v in one}, others[b] - {_raw(v) for v in other}
                rest_a, rest_b = {v for v in rest_a if not v.startswith("d")}, {v for v in rest_b if not v.startswith("d")}
            else:
                rest_a = {v for m, vs in kinds[a].items() if m != measure for v in vs} | given[a].get("year", set())
                rest_b = {v for m, vs in kinds[b].items() if m != measure for v in vs} | given[b].get("year", set())
            if rest_a == rest_b:
                out[a] |= one
                out[b] |= other
    return out


def _day_key(shown: str) -> str:
    day, month = shown.split(":", 1)[1].split(" ")
    return f"d{day}-{MONTH_NAMES.index(month)}"


# What a figure measures, by the word after it (or the sign before it) in the languages the multilingual encoder reads; a
# figure with none of these counts things. Two figures of different measures are two facts, whatever their sentences share;
# so are two of one quantity in different units ("100 miles" against "160 kilometer": one distance, converted).
_MEASURES = {
    "area": "hectares hectare ha hectáreas hectárea ettari ettaro hektar hektaren",
    "area in acres": "acres acre",
    "area in km²": "km2 km²",
    "length in km": "km kilometres kilometers kilomètres kilómetros kilometri kilometer",
    "length in miles": "miles mile",
    "length in metres": "metres meters mètres metros metri meter",
    "share": "% percent per pour por prozent procent",
    "euros": "€ euros euro",
    "dollars": "$ dollars dollar dólares dollari",
    "pounds": "£ pounds livres libras",
    "francs": "francs",
    "yuan": "yuan",
    "yen": "yen",
    "weight in tonnes": "tonnes toneladas tonnellate",
    "weight in tons": "tons",
    "weight in kg": "kg kilos",
    "time in hours": "hours heures horas stunden ore uur",
    "time in minutes": "minutes minutos minuti minuten",
    "heat": "° degrees degrés grados gradi grad",
}
_MEASURE_OF = {word: kind for kind, words in _MEASURES.items() for word in words.split()}
_SCALE_WORDS = frozenset("million millions millones milioni miljoen millionen mil milliard milliards billion billions de di".split())


def _measures(texts: dict[str, list[str]], read: dict[str, list[Facts]]) -> dict[str, dict[str, str | None]]:
    """Per outlet, what each number it gives measures (:func:`_measure`), from its sentences and their reading."""
    return {a: {value: _measure(text, words) for text, f in zip(texts[a], read[a]) for value, words in f.written} for a in texts}


def _measure(text: str, words: str) -> str | None:
    """What the figure written as ``words`` in ``text`` measures ("area" for "4 800 hectares", "dollars" for "$28 million"
    or "12 millones de euros"), or None: it counts things ("1,350 people")."""
    found = re.search(rf"(?<![\d.,]){re.escape(words)}(?!\d)", text)
    if found is None:
        return None
    if _CONVERTED.search(text[: found.start()]) and _converted(text, found.start(), found.end()):
        return CONVERSION
    sign = text[: found.start()].rstrip()[-1:]
    if sign in ("$", "€", "£"):
        return _MEASURE_OF[sign]
    after = [re.sub(r"^[dl]['’]", "", t.lower()) for t in re.findall(r"[^\s\d.,;:!?()]+", text[found.end():])]  # "d'euros"
    for token in after[:3]:
        if token in _MEASURE_OF:
            return _MEASURE_OF[token]
        if token not in _SCALE_WORDS:
            break
    counted = casualties(text, found.start(), found.end())
    if counted and _BOUND.search(text[max(0, found.start() - 24) : found.start()]):
        return f"{counted}, bounded"  # "al menos 12 fallecidos", "at least 14": a bound, compared with nothing
    return counted


# A sum in brackets right after another, in another currency ("a 5.4 billion euro ($5.8 billion) fund"; :func:`_converted`):
# the same sum, which a thirty-first trial's wire gave and its French and German outlets did not, so that its euros were
# never compared with theirs: not a figure of the claim's own
CONVERSION = "conversion"


def _converted(text: str, start: int, end: int) -> bool:
    """Is the bracketed figure at ``start``-``end`` a sum in another currency than the figure before its bracket, and all
    the bracket holds ("5.4 billion euro ($5.8 billion)")? Not a part of a total ("1,200 jobs (800 in France)": a second
    reader's), nor a figure of the same currency."""
    close = text.find(")", end)
    inside = text[text.rfind("(", 0, start) + 1 : close if close >= 0 else len(text)]
    before = text[: text.rfind("(", 0, start)]
    ours = next((_MEASURE_OF[w] for w in re.findall(r"[$€£]|[^\W\d_]+", inside.lower()) if _MEASURE_OF.get(w) in _MONEY), None)
    theirs = next((_MEASURE_OF[w] for w in reversed(re.findall(r"[$€£]|[^\W\d_]+", before.lower()[-40:]))
                   if _MEASURE_OF.get(w) in _MONEY), None)
    extra = [w for w in re.findall(r"[^\W\d_]+", inside.lower()) if w not in _MEASURE_OF and w not in _SCALE_WORDS and w not in (
        "us", "about", "some", "around", "roughly", "nearly", "bn", "m", "mn")]
    return ours is not None and theirs is not None and ours != theirs and not extra


_MONEY = frozenset(("euros", "dollars", "pounds", "francs", "yuan", "yen"))
_CONVERTED = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:[^\s\d()]+\s*){0,3}\(\s*(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?[$€£]?\s*$")
# A bound or an estimate before a toll, in the languages of _MEASURES: "at least 14" and "12" may both be true
_BOUND = re.compile(r"(?:at least|more than|over|about|around|nearly|almost|some|up to|approximately|roughly|as many as|"
                    r"an estimated|estimated|fewer than|less than|under|upwards of|no fewer than|"
                    r"al menos|más de|menos de|unos|unas|cerca de|casi|alrededor de|hasta|"
                    r"au moins|plus de|moins de|environ|près de|quelque|jusqu'à|jusqu’à|"
                    r"mindestens|mehr als|weniger als|über|etwa|rund|fast|knapp|bis zu|"
                    r"almeno|più di|meno di|oltre|circa|quasi|minstens|ten minste|meer dan|minder dan|ruim|bijna|"
                    r"ongeveer|zeker)\s*$", re.I)


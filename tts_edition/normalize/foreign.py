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

Names from the Turkic languages that write Latin letters are read by their own letter values as Kazakh newsreaders say
them (Erdoğan → ердоған, Kılıçdaroğlu → кылычдароғлу, Əliyev → әлиев, Oʻzbekiston → өзбекистон), not by the Kazakh
Latin alphabets' (i → і, y → ы) nor English rules. The language comes from letters only it writes among Kazakh's
neighbours: ə is Azerbaijani; oʻ and gʻ without the Kazakh 2017 alphabet's other apostrophe letters are Uzbek; ğ, ı, İ,
ş or ç in a word without a Kazakh Latin letter (q, ä, ñ, ū, the acutes), without a y that stands as a vowel
(Şymkent: Kazakh ы) and without a ı after a front vowel or among no back one (Soltüstık, bılım: Kazakh 2021 і) is
Turkish. A run of capitalised words one of which is Turkic is a name of that language, its
plain words read by the same rules (Recep Tayyip Erdoğan → реджеп тайип ердоған).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from tts_edition.normalize.abbreviations import plain_latin
from tts_edition.normalize.pinyin import read_pinyin
from tts_edition.normalize.tables import table_rows
from tts_edition.script.latin import KAZAKH_LATIN_ONLY

LANGUAGES = Path(__file__).with_name("foreign.tsv")
FRENCH, GERMAN, CZECH, JAPANESE, KOREAN, CHINESE = "fr", "de", "cs", "ja", "ko", "zh"
TURKISH, AZERBAIJANI, UZBEK = "tr", "az", "uz"
TURKIC = frozenset({TURKISH, AZERBAIJANI, UZBEK})
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
# Turkish: c → дж, ç → ч, ş → ш, j → ж, ı → ы, ö → ө, ü → ү, y → й (ya → я, yu → ю, a doubled yy one й:
# Tayyip → тайип), ğ as Kazakh writes it, ғ after a back vowel and г after a front one (Erdoğan → ердоған, Sözlüğü →
# сөзлүгү), but between the front e and i the glide й Turkish says there (diğer → дийер, değil → дейил), iye → ие
# (Əliyev → әлиев).
_TURKISH_LETTERS = (
    ("yy", "й"), ("iye", "ие"), ("ya", "я"), ("yu", "ю"), ("c", "дж"), ("ç", "ч"), ("ş", "ш"), ("j", "ж"),
    (r"(?<=[aıouəâû])ğ", "ғ"), (r"(?<=[ei])ğ(?=[ei])", "й"), ("ğ", "г"), ("ı", "ы"), ("[iî]", "и"), ("ö", "ө"),
    ("ü", "ү"), ("y", "й"), ("h", "х"), ("â", "а"), ("û", "у"),
)  # fmt: skip
_TURKISH = _rules(*_TURKISH_LETTERS)
# Azerbaijani: Turkish's letters and ə → ә, x → х, q → қ (Qarabağ → қарабағ).
_AZERBAIJANI = _rules(("ə", "ә"), ("x", "х"), ("q", "қ"), *_TURKISH_LETTERS)
# Uzbek: oʻ → ө, gʻ → ғ, sh, ch, the iotated vowels (Mirziyoyev → мирзиёев), x → х, q → қ, j → ж; the tutuq belgisi
# (maʼlumot) is not said.
_UZBEK = _rules(
    ("oʻ", "ө"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"), ("ye", "е"),
    ("x", "х"), ("q", "қ"), ("h", "х"), ("j", "ж"), ("y", "й"), ("[ʻʼ]", ""),
)  # fmt: skip
# Greek, as Russian transcribes a word a Kazakh text quotes for its origin (көне грекше: Γαλαξίας → галаксиас), its
# accents and breathings left off: ου → у, αι → е, ει and οι → и, αυ and ευ → ав and ев, γ before γ κ ξ χ → н (άγγελος
# → ангелос), θ → т, ξ → кс, φ → ф, χ → х, ψ → пс, η and υ → и, ω → о; every letter of the alphabet has its rule.
_GREEK = _rules(
    ("ου", "у"), ("αι", "е"), ("[εο]ι", "и"), ("ια", "ия"), ("αυ", "ав"), ("ευ", "ев"), ("γ(?=[γκξχ])", "н"),
    ("α", "а"), ("β", "б"), ("γ", "г"), ("δ", "д"), ("ε", "е"), ("ζ", "з"), ("η", "и"), ("θ", "т"), ("ι", "и"),
    ("κ", "к"), ("λ", "л"), ("μ", "м"), ("ν", "н"), ("ξ", "кс"), ("ο", "о"), ("π", "п"), ("ρ", "р"), ("[σς]", "с"),
    ("τ", "т"), ("υ", "и"), ("φ", "ф"), ("χ", "х"), ("ψ", "пс"), ("ω", "о"),
)  # fmt: skip
_GREEK_LETTER = "\u0386\u0388-\u03ce\u1f00-\u1ffc"  # the letters of the Greek block, accented ones and polytonic ones
# A word of three Greek letters or more standing apart from other letters: Greek text, not a formula's letter or two
# (α, αβ), which the Greek letter rule names one by one, nor a unit's μ on a Cyrillic letter (μм).
GREEK_WORD = re.compile(rf"(?<![^\W\d_])[{_GREEK_LETTER}]{{3,}}(?![^\W\d_])")
GREEK_WORD_MARK = re.compile(f"[{_GREEK_LETTER}]{{3}}")  # what every Greek word holds (`Rule.needs`)


def speak_greek_word(match: re.Match[str]) -> str:
    """Γαλαξίας → галаксиас: the word's letters by the Russian transcription of Greek, accents left off."""
    bare = "".join(c for c in unicodedata.normalize("NFD", match.group().lower()) if not unicodedata.combining(c))
    return spell(bare, _GREEK)


# The Turkish letters' names, for Turkish initialisms the table names (THY → тэ хэ йе, CHP → джэ хэ пэ).
_TURKISH_LETTER_NAMES = dict(zip("abcçdefghıijklmnoöprsştuüvyz",
                                 "а бэ джэ чэ дэ е фэ гэ хэ ы и жэ ка лэ мэ нэ о ө пэ рэ сэ шэ тэ у ү вэ йе зэ".split(),
                                 strict=True))  # fmt: skip
_PLAIN = dict(zip("abcdefghijklmnopqrstuvwxyz", "а б к д е ф г х и ж к л м н о п к р с т у в в кс и з".split(),
                  strict=True))  # fmt: skip
_LANGUAGE_RULES = {FRENCH: _FRENCH, GERMAN: _GERMAN, CZECH: _CZECH, JAPANESE: _JAPANESE, KOREAN: _KOREAN,
                   TURKISH: _TURKISH, AZERBAIJANI: _AZERBAIJANI, UZBEK: _UZBEK}  # fmt: skip
# The Turkic languages' own letters among those of Kazakh Latin (see the module's notes).
_UZBEK_APOSTROPHE = re.compile("(?<=[og])[ʻ‘’'`]")
_KAZAKH_APOSTROPHE = re.compile("[auinsc][ʻ‘’'`]")  # the 2017 alphabet's ә ү і ң ш ч
_TURKISH_MARKS = re.compile("[ğışç]")
_KAZAKH_LATIN_ONLY = re.compile(f"[qxw{KAZAKH_LATIN_ONLY}]")
_BACK_VOWELS = re.compile("[aou]")
_FRONT_BEFORE_DOTLESS = re.compile("[eiöü][^aeıioöuüâîû]*ı")
# ı before a vowel, which no Turkish word writes: the 2018 Kazakh alphabet's ıa, ıı (я, ия: Japonııa, Koreıa)
_DOTLESS_BEFORE_VOWEL = re.compile("ı[aeıioöuüâîû]")
_Y_AS_VOWEL = re.compile("(?<![aeıioöuüâîû])y(?![aeıioöuüâîû])")
# The little words that join the words of a French name, said as French says them (de → де, not a silent-e д).
_FRENCH_WORDS = {"de": "де", "du": "дю", "des": "де", "la": "ла", "le": "ле", "les": "ле", "et": "э", "sur": "сюр"}
# A French little word elided before a vowel or h and joined to the next word by an apostrophe (d’une, l’homme,
# qu’il): the mark of a French name, its consonant said with the word it is joined to (d’une → дюн).
_FRENCH_ELISION = re.compile("(?P<head>qu|[cdjlmnst])[’'](?P<word>[aeiouyhéèêàâîôû].*)")
_ELIDED = {"qu": "к", "c": "с", "d": "д", "j": "ж", "l": "л", "m": "м", "n": "н", "s": "с", "t": "т"}
_LONGEST_TURKISH_INITIALISM = 4  # THY, CHP, TBMM: said by the letters' Turkish names
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


def _turkic_lower(word: str, language: str | None = None) -> str:
    """The word in lower case with an Uzbek oʻ's apostrophe as ʻ and İ as i; I is ı in Turkish and Azerbaijani, whose
    alphabets write ı (Işık), but only once the language is known: FIFA's I is no Turkish mark."""
    if language in (TURKISH, AZERBAIJANI):
        word = word.replace("I", "ı")
    return _UZBEK_APOSTROPHE.sub("ʻ", word.replace("İ", "i").lower())


def turkic_language(word: str) -> str | None:
    """The Turkic language the word's letters show (Azərbaycan: az, Oʻzbekiston: uz, Erdoğan: tr), or None."""
    low = _turkic_lower(word)
    if "ə" in low:
        return AZERBAIJANI
    if "ʻ" in low and not _KAZAKH_APOSTROPHE.search(low):
        return UZBEK
    if "ʻ" in low or _KAZAKH_LATIN_ONLY.search(low) or _Y_AS_VOWEL.search(low) or _DOTLESS_BEFORE_VOWEL.search(low):
        return None
    if "ı" in low and (not _BACK_VOWELS.search(low) or _FRONT_BEFORE_DOTLESS.search(low)) and "İ" not in word:
        return None  # bılım, Soltüstık: the Kazakh 2021 alphabet's ı is the front і; Turkish ı follows back vowels
    return TURKISH if _TURKISH_MARKS.search(low) or "İ" in word else None


def read_turkic(word: str, language: str | None = None) -> str | None:
    """The word read by its Turkic language's letter rules (Erdoğan → ердоған), the language `language` or the one its
    letters show; None when it shows none."""
    language = language or turkic_language(word)
    if language is None:
        return None
    return spell(_turkic_lower(word, language), _LANGUAGE_RULES[language])


def read_turkic_phrase(words: list[str]) -> str | None:
    """A name of capitalised Latin words one of which is Turkic by its letters, all its words read by that language's
    rules (Recep Tayyip Erdoğan → реджеп тайип ердоған); None for any other run of words, and for one a Kazakh Latin
    letter marks as Kazakh (Soltüstık Qazaqstan)."""
    languages_found = {turkic_language(word) for word in words} - {None}
    if len(languages_found) != 1 or any(_KAZAKH_LATIN_ONLY.search(_turkic_lower(word)) for word in words):
        return None
    (language,) = languages_found
    return " ".join(spell(_turkic_lower(word, language), _LANGUAGE_RULES[language]) for word in words)


@cache
def _capitals_only() -> frozenset[str]:
    """The table's names written in capitals (THY, CHP): a Turkish initialism, not the same letters in lower case
    (the English thy)."""
    return frozenset(_folded(written) for written, _ in table_rows(LANGUAGES) if written.isupper())


def language_of(word: str) -> str | None:
    """The name's language: the table's, or French or Czech for letters only they write; None for any other word."""
    key = _folded(word)
    if (language := languages().get(key)) is not None and (word.isupper() or key not in _capitals_only()):
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
    if language == TURKISH and word.isupper() and len(word) <= _LONGEST_TURKISH_INITIALISM:
        return " ".join(_TURKISH_LETTER_NAMES[letter] for letter in _turkic_lower(word, TURKISH))
    return spell(_spellings().get(_folded(word), word.lower()), _LANGUAGE_RULES[language])


def read_french_phrase(words: list[str]) -> str | None:
    """A name of Latin words joined by a French little word (de, du, la) is French when one of its words is (the
    table's or by French letters: Universite libre de Bruxelles), or one joined by an elided little word is
    (Anatomie d’une chute), and all its words are read by the French rules (libre → либр, de → де, d’une → дюн),
    not the English ones; None for any other run of words, and for one an English little
    word marks as English (University of Bordeaux)."""
    lower = [word.lower() for word in words]
    elided = any(_FRENCH_ELISION.fullmatch(word) for word in lower)
    if not (elided or _FRENCH_WORDS.keys() & set(lower)) or _ENGLISH_WORDS & set(lower):
        return None
    if not (elided or any(language_of(word) == FRENCH for word in words)):
        return None
    return " ".join(_read_french_word(word) for word in lower)


def _read_french_word(word: str) -> str:
    """A word of a French name: a little word as French says it, an elided one with the word it is joined to
    (d’une → дюн), any other by its language's rules or the French ones."""
    if found := _FRENCH_ELISION.fullmatch(word):
        return _ELIDED[found["head"]] + _read_french_word(found["word"])
    return _FRENCH_WORDS.get(word) or read_foreign(word) or spell(word, _FRENCH)


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
            plain = plain_latin(word[i])
            out.append(_PLAIN.get(word[i]) or (spell(plain, rules) if plain != word[i] else word[i]))
            i += 1
    return "".join(out)

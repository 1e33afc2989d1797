"""Latin-script words, web addresses and e-mails, read the way a Kazakh newsreader would.

A word in Kazakh Latin spelling (q, ǵ, ń… or the table's Kazakh names) is read letter for letter as Kazakh;
names in latin.tsv are read as the table says; other words by English-like letter rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from itertools import islice, pairwise, product
from pathlib import Path

from tts_edition.normalize import latinrussian, russianforms
from tts_edition.normalize.abbreviations import latin_letter_name, plain_latin, pronounceable, vowels_meet
from tts_edition.normalize.alignment import align
from tts_edition.normalize.capitals import dictionary_stems, known_form_or_stem, known_name, known_stem, known_word
from tts_edition.normalize.english import phonemes, read_english, read_english_command
from tts_edition.normalize.foreign import read_foreign, read_turkic
from tts_edition.normalize.marks import line_holding
from tts_edition.normalize.morphology import (
    BACK_VOWELS,
    DEVOICING,
    FRONT_VOWELS,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    VOWELS,
    attach,
    parse_suffixes,
)
from tts_edition.normalize.numbers import dictated, digits
from tts_edition.normalize.pinyin import is_chinese_name, is_unmistakable_pinyin, read_pinyin
from tts_edition.normalize.pinyin import split as pinyin_syllables
from tts_edition.normalize.places import (
    airline_country,
    exonym,
    foreign_place_names,
    kazakh_place,
    kazakh_town_named,
    place_phrases,
)
from tts_edition.normalize.provenance import Spoken
from tts_edition.normalize.tables import table_rows
from tts_edition.script.detect import DOTLESS_I, LATIN_2018, latin_variant
from tts_edition.script.latin import KAZAKH_LATIN_ONLY, KAZAKH_LATIN_TURKIC, convert_word, own_alphabet
from tts_edition.script.lexicon import HARMONY_BACK, HARMONY_FRONT, load_lexicon

NAMES = Path(__file__).with_name("latin.tsv")
LATIN, ENGLISH, WEB = "latin", "english", "web"  # the kinds of reading made here
ENGLISH_ARTICLE = "э"
_SHORTEST_ARTICLE_NOUN = 3  # A COLORS: a noun of three letters at least, not A TV or A B
_THE_BEFORE_VOWEL = "зи"
# English words too short for the dictionary's capitals test that an English title in capitals holds as words
# («SCIENCE AND LIFE OF KAZAKHSTAN»: оф, not the letters о эф).
_FUNCTION_WORDS = frozenset({"of", "the", "and", "in", "on", "to", "for", "by", "with", "from"})  # not AT: AT&T
_JOINING_AND = "and"  # the word that joins a duo's name (Dan and Shay, Dan & Shay)
_DIGRAPHS = {"sh": "ш", "ch": "ч", "zh": "ж", "th": "т", "ph": "ф", "oo": "у", "ee": "и", "gh": "ғ", "ck": "к",
             "kh": "х", "ts": "ц", "ya": "я", "yu": "ю", "ye": "е", "qu": "кв", "ew": "ью", "ia": "ия"}  # fmt: skip
_MID_WORD_IA = "иа"
_LETTERS = dict(zip("abcdefghijklmnopqrstuvwxyz", "а б к д е ф г х и дж к л м н о п қ р с т у в у кс й з".split(),
                    strict=True))  # fmt: skip
# A macron marks a long vowel in a romanised name (Tōkyō, Ryūkyū, Māori): the vowel, as Kazakh says it unlengthened.
_LETTERS |= {"ā": "а", "ē": "е", "ī": "и", "ō": "о", "ū": "у"}
# Kazakh Latin (the 2018 and 2021 alphabets and the older transliterations news sites still use).
_KAZAKH_LETTERS = dict(zip("abdefghijklmnopqrstuvwxyzáäǵğıńñóöúüūşçýǧŋ",
                           "а б д е ф г х і ж к л м н о п қ р с т ұ в у х ы з ә ә ғ ғ ы ң ң ө ө ү ү ұ ш ч у ғ ң"
                           .split(), strict=True))  # fmt: skip
_LETTER = re.compile(r"sh|ch|zh|kh|.")  # a plain-Latin Kazakh word's letters, digraphs as one
_BACK_Y, _FRONT_Y = "ы", "і"
# A u or an i after a vowel is the glide у or й, as the transliterations write the Kazakh letters after a vowel
# (Alatau → алатау, Oimaqnews → оймақньюс, Qoiqonaq → қойқонақ; not алатаұ, оімақньюс).
_GLIDES = {"u": "у", "i": "й"}
# A y after а, ә, е, о or ө is й too (Qanay → қанай, not қанаы): no Kazakh word sets ы after those; after у, ұ, ү, ы or
# і it stays the vowel (tauy, suy → тауы, суы).
_Y_GLIDE_AFTER = frozenset("аәеоө")
_Y_GLIDE_AFTER_LATIN = frozenset("aeoáäóö")  # the same vowels as plain Latin and the alphabets write them
# q is Kazakh but in an English qu before a vowel (quiz, queen); a qu before a consonant is Kazakh (tilqural →
# тілқұрал).
KAZAKH_MARKS = re.compile(rf"q(?!u[aeiouy])|[{KAZAKH_LATIN_ONLY}{KAZAKH_LATIN_TURKIC}ç]")
# Kazakh words spelled in plain Latin (Aikyn, Turkystan): the letters that hide a choice, in back- and
# front-vowel words; the reading the Kazakh dictionary knows wins. A back-vowel word tries и before і, the front
# vowel harmony keeps out of it (Islam → ислам; the dictionary knows іслам too). An n may be ң, which the older
# transliterations write as n (Kenes → кеңес).
# y after a consonant is ы or і, or у as the 2018 alphabet's ý typed without its accent (Jetisy → жетісу); u in a
# front-vowel word is ү or the glide у (Taulik → тәулік).
# The Russian-style transliteration writes Russian х for Kazakh қ (Kazakh, from Russian казах → қазақ).
_BACK_CHOICES = {"a": "а", "o": "о", "u": "ұу", "y": "ыу", "i": "иі", "k": "қк", "g": "ғ", "n": "нң", "kh": ["х", "қ"]}
_HARMONIC_CHOICES = (
    _BACK_CHOICES,
    {"a": "аә", "o": "ө", "u": "үу", "y": "іу", "i": "іи", "k": "к", "g": "г", "n": "нң", "kh": ["х", "к"]},
)
# A site's name may write a back-vowel word's ы as i, after the Russian и (uakit → уақыт): tried last, after every
# reading with и and і (malim stays мәлім, not малым), and in an address part only: a name (Kazimir) is no such word.
_I_AS_BACK_Y = ({**_BACK_CHOICES, "i": "ы"},)
# i before a y that closes its syllable is the vowel of ый or ий (Siylygy → сыйлығы, Tiyn → тиын).
_VOWEL_BEFORE_GLIDE = ("ыи", "іи")
_MOST_READINGS = 64
_SECOND_PERSON = "ң"  # the possessive ending of "your", after a vowel
_POSSESSIVE_ENDINGS = ("ы", "і")
_LONGEST_SPELLED = 4  # capitals up to this long are spelled unless they are a word (IBO, WBA; but HUB, NEGE)
_SHORTEST_SAID_ACRONYM = 4  # FIBA, UEFA are said as words; a shorter acronym (IBO, CEO) by its letters
_LONGEST_SPELLED_PART = 5  # an address part this short that no word could be is read by its letters (enpf)
_SHORTEST_PART = 3
_SHORTEST_KAZAKH_NEIGHBOUR = 2  # El, Er, Ul: a two-letter word is Kazakh beside a Kazakh word (Jasyl El → ел)
_SHORTEST_ENGLISH_PART = 4  # Kyzylorda-news; a shorter part is as likely Kazakh (Jekpe-Jek)
_SHORTEST_COMPOUND_PART = 4  # қызыл + орда; not еді + тор (editor)
_SHORTEST_PHRASE_STEM = 3  # the жол of JibekJoly
# A word a Kazakh mark shows is no English one may join a three-letter word to a longer one (tilqural → тіл +
# құрал), read letter for letter; two short ones are as likely a brand's clipped syllables (Qazkom, of
# Kazkommertsbank).
_SHORTEST_MARKED_COMPOUND_PART = 3
_LONGER_MARKED_COMPOUND_PART = 5
_SHORTEST_TAIL_AFTER_KAZAKH = 5  # namaz + times; a shorter English tail is as likely a Kazakh word (Shym + kent, orda)
_SHORTEST_NAMED_TAIL = 5  # media, online; shorter names (bar, on) end too many words
_SHORTEST_ENGLISH_TAIL = 6  # travel, market; shorter English words (stan, ana, bek) end too many names
_SHORTEST_DICTIONARY_READING = 4  # "In", "Kyn": short English words collide with Kazakh ones (ін, қын)
_SHORTEST_WRITTEN_LOAN = 5  # a Latin word the text also writes in Cyrillic; shorter ones meet other words (Case)
_VOWELS = set("aeiouy")
_KAZAKH_LATIN_VOWELS = set("áäıóöúüý")  # the Kazakh Latin alphabets' own vowels (ý: у)
_KAZAKH_TRANSLITERATION = "zh"  # a digraph English spells no word with, Kazakh transliteration many
_GLIDE_OPENERS = set("aoe")  # the vowels a glide i closes (ai, oi, ei); after u or i an i is a vowel (Louis)
_EU_OPENING = "ев"
# A country's Latin domain typed in Cyrillic letters of the same sound (Бұқара.кз) is said as the Latin one.
CYRILLIC_TYPED_DOMAINS = {"кз": "kz"}
# A query's marks too (profile.php?id=10002: сұрақ белгісі ай ди тең), as a link is dictated.
_PUNCTUATION = {
    ".": " нүкте ",
    "@": " эт ",
    "/": " слэш ",
    "-": " ",
    "_": " астыңғы сызық ",
    ":": " ",
    "?": " сұрақ белгісі ",
    "=": " тең ",
    "&": " және ",
}


@cache
def names() -> dict[str, str]:
    entries = {}
    for written, spoken in table_rows(NAMES):
        entries[_key(written)] = spoken
    return entries


def _key(written: str) -> str:
    return " ".join(written.lower().split())


# A name's own Cyrillic reading typed with a hyphen inside it, as Russian spells some of them (Ю-туб, Тик-ток,
# Фейс-бук), a suffix on it or not (Ю-тубтан): the reading written whole (ютубтан), not a letter and a fragment.
# A word of its own: after a space, a quote or a bracket, not a sign's letter (°С-тан is degrees, not стан).
HYPHENATED_READING = re.compile(
    rf"(?<![^\s«\"“„(])(?P<left>[{KAZAKH_UPPER}{KAZAKH_LOWER}]++)-(?P<right>[{KAZAKH_LOWER}]++)(?![\w-])"
)
HYPHEN_IN_WORD = re.compile(rf"[{KAZAKH_UPPER}{KAZAKH_LOWER}]-[{KAZAKH_LOWER}]")  # what every match holds
_CYRILLIC_WORD = re.compile(rf"[{KAZAKH_LOWER}]+")
_SHORTEST_HYPHENATED_READING = 4  # тикток, ютуб; a shorter reading is as likely a word of a pair (ай-ай)


@cache
def _one_word_readings() -> frozenset[str]:
    """The table's readings that are one Cyrillic word (ютуб, фейсбук), the spellings a name is typed in."""
    return frozenset(
        spoken
        for spoken in names().values()
        if len(spoken) >= _SHORTEST_HYPHENATED_READING and _CYRILLIC_WORD.fullmatch(spoken)
    )


def joined_reading(match: re.Match[str]) -> str:
    """Ю-тубтан → Ютубтан: the two parts joined when a reading of the table runs across the hyphen and what is left
    after it is a suffix chain; any other hyphenated word (ата-ана, Нұр-Сұлтан) as written."""
    left, right = match["left"], match["right"]
    joined = left + right
    lower = joined.lower()
    readings = _one_word_readings()
    for end in range(len(left) + 1, len(joined) + 1):
        if lower[:end] in readings and parse_suffixes(lower[end:]) is not None:
            return joined
    return match.group()


def name_phrases() -> str:
    """A pattern of the table's names of two words or more (Sputnik V: a letter there is no Roman numeral), of
    those whose parts a colon joins (CS:GO: no two sets of capitals with a colon between to say), of those a sign
    ends (C#, C++: the letter's word would leave the sign to be said on its own), and of foreign places of two words
    or more (New York, Abu Dhabi)."""
    phrases = sorted((name for name in names() if re.search(r"[ :#+]", name)), key=len, reverse=True)
    places = sorted(set(place_phrases()) - set(phrases), key=len, reverse=True)
    # The places only where a Latin letter starts a word: a Cyrillic word need not try each of them.
    return rf"{_alternatives(phrases)}|(?=[A-Za-zÀ-ÿ])(?:{_alternatives(places)})"


def _alternatives(phrases: list[str]) -> str:
    """The phrases as one alternation, those of one first word grouped under it (new (york|delhi)): an alternative
    that fails fails at its first word once. A first word that is a phrase of its own is tried after its longer ones."""
    rests: dict[str, list[str]] = {}
    for phrase in phrases:  # longest first, and so within each group
        first, _, rest = phrase.partition(" ")
        rests.setdefault(first, []).append(rest)
    groups = []
    for first, group in rests.items():
        tails = "|".join(_spaced(rest) for rest in group if rest)
        alone = "" if all(group) else "|"  # the first word alone, after every longer phrase it opens
        groups.append(rf"{re.escape(first)}(?:\s+(?:{tails}){alone})" if tails else re.escape(first))
    return "|".join(groups)


def _spaced(phrase: str) -> str:
    return r"\s+".join(map(re.escape, phrase.split()))


def _turkic_unless_english(word: str, english: bool) -> str | None:
    """The word by its Turkic letters (`read_turkic`), unless it stands in English and the English dictionary has it
    with its apostrophe: five o’clock, not the Uzbek oʻ (өклокк)."""
    if english and ("'" in word or "’" in word) and read_english(word.replace("’", "'").lower()):
        return None
    if DOTLESS_I in word and known_form_or_stem(_in_2018_letters(word)):
        return None  # Ekonomıka: a Kazakh word in the 2018 alphabet (экономика), not Turkish's ı (економыка)
    return read_turkic(word)


def read_latin(word: str, english: bool = False, kazakh: bool = True) -> Spoken:
    """A known name, a camel-case compound (AstanaTV), a Kazakh word in a Latin alphabet (Azattyq), an English word
    by its pronunciation (`english`), short capitals that are neither spelled (KZ → кей зет), or letter rules.
    `english` says the word stands in an English sentence: an English word is English before it is Kazakh
    ("artificial general intelligence": дженерал, not the Kazakh генерал). Without `kazakh` the word is a foreign
    name (a car model after its maker): no Kazakh dictionary word and no pinyin syllables. Only a name from the table
    or a word the Kazakh dictionary knows is sure; a reading made by rule is a guess."""
    if elided := _ELIDED_PREFIX.fullmatch(word):  # D’Amato → дамато, O'Neal → оунил: one name, no letter's name
        rest = read_latin(elided["name"], english, kazakh)
        return Spoken(_ELIDED_SOUNDS[elided["prefix"].lower()] + rest.lower(), rest.kind, rest.guess)
    letters = word.replace("'", "").replace("’", "").replace("İ", "I")  # 2018 Latin İ: not i with a combining dot
    if english and letters in ("A", "a"):
        return Spoken(ENGLISH_ARTICLE, ENGLISH)  # «A Day in the Life»: the article, not the letter эй
    if english and letters.lower() in _FUNCTION_WORDS and (said := read_english(letters.lower())):
        return Spoken(said, ENGLISH)
    if _key(letters) in names():
        return Spoken(names()[_key(letters)], LATIN)
    if (foreign := _turkic_unless_english(word, english) or read_foreign(letters)) is not None:
        return Spoken(foreign, LATIN, True)  # Citroen → ситроен, Zeiss → цайс: by the name's language's letters
    if "-" in letters:
        return _read_hyphenated(letters.split("-"))
    low = letters.lower()
    if SURNAME.fullmatch(letters):
        # Kunayev → кунаев, not the English dictionary's кьюнейев
        return Spoken(_transliterate(_GLIDE_J.sub("y", low)), LATIN, True)
    if _marked_without_vowel(letters) and KAZAKH_MARKS.search(low):
        return Spoken(spell_latin(letters), LATIN, True)  # QR, qz: no vowel, so no Kazakh word (not қр, қз)
    parts = _capital_given_back(case_parts(letters))
    if (phrase := _noun_phrase(parts)) is not None:
        return Spoken(phrase, LATIN)
    if len(parts) > 1 and "".join(parts) == letters and not _one_kazakh_word(parts):
        if parts[0] in _SURNAME_PREFIXES and len(parts) == 2:  # McLaren → макларен: one name, not мик ларен
            rest = read_latin(parts[1], english)
            return Spoken(_SURNAME_PREFIXES[parts[0]] + rest, rest.kind, True)
        if parts[0] == _ELECTRONIC and len(parts) == 2:  # eSports → испортс, as eGov is игов: one word
            rest = _read_camel_part(parts[1], english)
            return Spoken(_ELECTRONIC_SAID + rest, rest.kind, rest.guess)
        if _MIXED_CASE_SYLLABLE.fullmatch(letters):  # the CoV of SARS-CoV-2 → ков, not коу ви
            return Spoken(_by_letter_rules(low), LATIN, True)
        if (blend := _blended_acronym(parts)) is not None:
            return Spoken(blend, LATIN, True)  # GloFAS → глофас, LiDAR → лидар: one word, not глоу эф эй эс
        if _short_tail(parts[-1]):  # PepsiCo → пепсико: a tail like Co is a syllable of the name, said as spelled
            head = read_latin("".join(parts[:-1]), english)
            return Spoken(head + _transliterate(parts[-1].lower()), head.kind, head.guess)
        return _joined(_read_camel_parts(parts, english))
    contracted = word.replace("’", "'").lower() if "'" in word or "’" in word else low  # I’m: the dictionary's i'm
    english_word = english and not letters.isupper() and not is_unmistakable_pinyin(low)
    if english_word and (reading := read_english(contracted) or read_english(low)):
        return Spoken(reading, ENGLISH, True)
    if kazakh and (known := dictionary_reading(low)) is not None:
        return Spoken(known, LATIN)
    if _spelled_capitals(letters):
        return Spoken(spell_latin(letters), LATIN, True)  # IQ, AQI: not іқ, nor the pinyin а ци
    if kazakh and (chinese := read_chinese_name(letters)) is not None:
        return chinese
    if (loan := _loan_reading(low)) is not None:
        return Spoken(loan, LATIN)
    if not letters.isupper() and (form := _standalone_form(low)) is not None:
        return Spoken(form, LATIN, True)  # «Agro Qant», Eco-Chiken: агро, эко, as in the glued names, not эгро, ико
    if (spelled := _with_spelled_head(low)) is not None:
        return Spoken(spelled, LATIN, True)
    if (lettered := _with_letter_q(low)) is not None:
        return Spoken(lettered, ENGLISH, True)  # Qeconomics → кьюэкономикс, not the Kazakh letters' қесономісс
    if KAZAKH_MARKS.search(low):
        if (known := _known_marked_reading(low)) is not None:
            return Spoken(known, LATIN)
        return Spoken(_compound(letters) or _kazakh_letters(low), LATIN, True)
    said = read_english(low) if len(low) > 2 else None
    if letters in _TIME_ZONES:
        return Spoken(spell_latin(letters), LATIN, True)
    if letters.isupper() and len(letters) <= _LONGEST_SPELLED:
        if said and not _said_as_letters(said, letters):
            return Spoken(said, ENGLISH, True)
        if said is None and _said_as_word(letters):
            return Spoken(_said_acronym(_by_letter_rules(low)), LATIN, True)  # FIBA → фиба, UEFA → уефа
        return Spoken(spell_latin(letters), LATIN, True)  # FBI, ATP: the dictionary says the letters too
    said = read_english(word) or _prefixed_english(low)
    if said and _said_as_letters(said, letters):
        return Spoken(spell_latin(letters), LATIN, True)  # pdf, html: the dictionary says the letters, apart
    if said:
        return Spoken(said, ENGLISH, True)
    if kazakh and (russian := latinrussian.russian_word(low)) is not None:
        return Spoken(russian, LATIN)  # Polisia → полиция, Vihod → выход: a Russian word in its transliteration
    if _unsayable(low):
        return Spoken(spell_latin(letters), LATIN, True)  # Xds: no vowel to make a word of, so its letters
    named = _with_town_head(low) or _with_named_head(low) or _with_named_tail(low) or _with_kazakh_stem_head(low)
    named = named or _with_loan_tail(low)
    compound = _english_compound(low) or _with_english_suffix(low) or _with_particle_head(low) or _dropped_letter(low)
    if named is None and (compound := compound or _with_kazakh_head(low)) is not None:
        return Spoken(compound, ENGLISH, True)
    named = named or _with_english_tail(low) or _with_verb_suffix(low) or _with_combining_head(low)
    spelled = _transliterate(low) if kazakh else _by_letter_rules(low)
    if letters.isupper() and named is None and (_unsaid_ending(spelled) or vowels_meet(spelled)):
        return Spoken(spell_latin(letters), LATIN, True)  # IETLS: no word ends in тлс; CAIIA: no syllable holds ии
    if letters.isupper():
        spelled = _said_acronym(spelled)  # EBITDA → эбитда
    elif _known_with_opening_e(spelled):
        spelled = _OPENING_E_SAID + spelled[1:]  # Erdogan → эрдоган
    return Spoken(named or spelled, LATIN if named else ENGLISH, True)


_LONGEST_FINAL_CLUSTER = 2  # a word the dictionary lacks ends in two consonant sounds at most (барс, тест)
# The consonant sounds ending a reading, the -ск of a Russian town's name one (Курск, Тобольск: рск, льск).
_FINAL_CONSONANT_SOUNDS = re.compile("(?:ск|[бвгджзклмнпрстфхцчшщ][ьъ]?)*$")
_SOUND = re.compile("ск|[бвгджзклмнпрстфхцчшщ]")


def _unsaid_ending(reading: str) -> bool:
    """Capitals whose letter reading ends in more consonants than a word ends in (IETLS: иетлс) are no word; a
    Russian town's -ск counts as one (KURSK, TOBOLSK are words)."""
    return len(_SOUND.findall(_FINAL_CONSONANT_SOUNDS.search(reading)[0])) > _LONGEST_FINAL_CLUSTER


# A Slavic surname's ending, which Kazakh surnames keep in Latin letters too (Nazarbayev, Máýlenov, Ábdirahmanova).
_SLAVIC_SURNAME_ENDING = "(?:ov|ev)a?"
# A name's elided article or patronymic prefix before its apostrophe (D’Amato, d'Arc, L'Oréal, N'Golo, O'Brien): said
# as a sound run onto the name.
_ELIDED_SOUNDS = {"d": "д", "l": "л", "n": "н", "o": "оу"}
_ELIDED_PREFIX = re.compile(r"(?P<prefix>[DLNdl]|O)['’](?P<name>[A-Z][a-zà-ÿ]+)")
# A Russian or Kazakh surname in Latin letters (Nazarbayev, Smirnova, Pavlov) is said as it is spelled, in any
# sentence: an English dictionary that has it gives it an English sound.
SURNAME = re.compile(rf"[A-Z][a-z]{{2,}}{_SLAVIC_SURNAME_ENDING}")
# In such a surname j between a vowel and a consonant is й, as the German and Polish spellings of Russian names have
# it (Bajtenov → байтенов, Kojbagarov); elsewhere it is a Kazakh ж or an English дж (Jaksybekov).
_GLIDE_J = re.compile(r"(?<=[aeiou])j(?![aeiouy])")


def read_italian(word: str) -> Spoken:
    """A word of an Italian name (after the article Il: Il Canto, Il Divo) is said as it is spelled, its a an а
    (канто, диво), not by the English sound the dictionary gives it (кэнто)."""
    return Spoken(_transliterate(word.lower()), LATIN, True)


def _marked_without_vowel(letters: str) -> bool:
    """Capitals with no vowel letter (QR), or a short small-letter word with none, the Kazakh alphabets' own too
    (qz, a site's language menu beside kz and en): no Kazakh word, though a q marks the alphabet."""
    low = letters.lower()
    if letters.isupper():
        return not _VOWELS & set(low)
    return _unsayable(low) and not _KAZAKH_LATIN_VOWELS & set(low)


def _unsayable(word: str) -> bool:
    """A short word with no vowel letter, which no dictionary knows, is an initialism however it is capitalised
    (Xds, Pvt); a longer one is left to the letter rules."""
    return 1 < len(word) <= _LONGEST_SPELLED and word.isalpha() and not _VOWELS & set(word)


def _spelled_capitals(letters: str) -> bool:
    """Short capitals said by their letters' names though a q is in them: those the English dictionary spells (IQ
    → айкью) and those the Kazakh dictionary, when installed, knows as no word (AQI; but QAZ → қаз, AQ → ақ)."""
    low = letters.lower()
    if not letters.isupper() or len(letters) > _LONGEST_SPELLED or not KAZAKH_MARKS.search(low):
        return False
    said = read_english(low)
    return (bool(said) and _said_as_letters(said, letters)) or known_word(_kazakh_letters(low)) is False


def said_as_english_word(capitals: str) -> bool:
    """Whether Latin capitals are an English word the dictionary says as a word (EXPO → экспо), not by letters."""
    said = read_english(capitals.lower())
    return bool(said) and not _said_as_letters(said, capitals)


def _said_as_letters(said: str, letters: str) -> bool:
    """The dictionary's reading of capitals is their letters' names run together (FBI → эфбиай, CNN), whatever
    sound it gives a letter (GPS with a hard g, CEO)."""

    def folded(text: str) -> str:
        return re.sub(r"[\s-]", "", text).replace("е", "э")

    return folded(said) == folded(spell_latin(letters)) or _dictionary_spells(letters)


def _dictionary_spells(letters: str) -> bool:
    """The dictionary's vowels for the word are its letters' names' vowels, name after name: it says the letters
    (GPS: G IY P IY EH S, USB, CEO), not a word (NATO: N EY T OW)."""
    said = phonemes(letters.lower())
    names = [name for letter in letters.lower() if (name := phonemes(letter)) is not None]
    if said is None or len(names) != len(letters):
        return False
    return _vowel_phones(said) == tuple(vowel for name in names for vowel in _vowel_phones(name))


def _vowel_phones(phones: tuple[str, ...]) -> tuple[str, ...]:
    """The vowels of an ARPAbet pronunciation without their stress (those are the phones marked with a digit)."""
    return tuple(phone.rstrip("012") for phone in phones if phone[-1].isdigit())


# A Latin acronym said as a word opens with э where it opens with e, as Russian and Kazakh write one (ЭБИТДА, ЭКОВАС,
# ЭМЕА): the letter rules' е would be said йе there, as a Kazakh word's opening е is (Ермек).
# A Kazakh name in capitals keeps its е: one the dictionary knows (ERASYL, ERZHAN), or one of the many names formed on
# ер (man) and ел (nation) before a consonant (ERLAN, ERBOL, ELDOS, ELNUR), a start no acronym said as a word has.
_OPENING_E, _OPENING_E_SAID = "е", "э"
_KAZAKH_NAME_HEAD = re.compile("е[рл][^аәеиоөуұүыіэюя]")


def _said_acronym(reading: str) -> str:
    """Capitals read as a word by their letters' sounds, an opening е said э (EBITDA → эбитда, EMEA → эмеа)."""
    if not reading.startswith(_OPENING_E) or _KAZAKH_NAME_HEAD.match(reading) or known_name(reading):
        return reading
    return _OPENING_E_SAID + reading[1:]


def _known_with_opening_e(reading: str) -> bool:
    """Whether a word read with an opening е is one Russian's dictionary has with э (a name, Erdogan → Эрдоган; a
    loan, Epos → эпос), as Kazakh writes such words too: said with е, it would open with й. Not one Russian has with
    е, nor one it lacks both ways (Esentai → есентай)."""
    if not reading.startswith(_OPENING_E):
        return False
    return russianforms.known_word(_OPENING_E_SAID + reading[1:]) and not russianforms.known_word(reading)


# Time zones, spelled however the dictionary or the letters could say them (AST 12:00-ден, Astana time on kase.kz:
# эй эс ти, not аст).
_TIME_ZONES = frozenset({"AST", "ALMT", "CET", "CEST", "EET", "EEST", "EST", "EDT", "GMT", "MSK", "UTC", "WET"})


def _said_as_word(capitals: str) -> bool:
    """Capitals no dictionary knows said as a word by their letters' sounds, as Kazakh says an initialism it can
    pronounce (ФИФА, НАТО): long enough, and pronounceable when each letter is its sound (FIBA → фиба; ESG is
    letters)."""
    return len(capitals) >= _SHORTEST_SAID_ACRONYM and pronounceable(_by_letter_rules(capitals.lower()))


def read_chinese_name(name: str) -> Spoken | None:
    """A Chinese name in pinyin read in Palladius (Li Qiang → ли цян), None when it is none; a word the Kazakh
    dictionary knows in plain Latin keeps it from being one (Ana Tili), and so does a name the table reads its own way
    (Daewoo Nexia: a car, not the pinyin ne xia)."""
    words = name.split()
    if not is_chinese_name(words) or any(dictionary_reading(word.lower()) or _key(word) in names() for word in words):
        return None
    if len(words) == 1 and _english_x(words[0].lower()):
        return None  # Boxing, Taxi: the dictionary says the x as ks, which pinyin's x never is (Xinhua: з)
    if len(words) == 1 and _silent_e_word(words[0].lower()):
        return None  # Guide, Suite: гайд, свит, not the pinyin gui de, sui te
    return Spoken(" ".join(read_pinyin(word) for word in words), LATIN, True)


def _silent_e_word(word: str) -> bool:
    """A lone word the English dictionary says with fewer vowels than its cut into pinyin has syllables: its last e
    is silent (guide: one vowel, gui de), as no pinyin syllable is; Liu, Gao (as many vowels or more) stay pinyin."""
    phones, cut = phonemes(word), pinyin_syllables(word)
    return phones is not None and cut is not None and len(_vowel_phones(phones)) < len(cut)


def _english_x(word: str) -> bool:
    """The English dictionary knows the word and says an x in it as ks (boxing, taxi, maxi)."""
    phones = phonemes(word)
    return phones is not None and any(
        letters == "x" and sounds == ("K", "S") for letters, sounds in align(word, phones)
    )


# A word's runs of capitals and small letters, by each letter's case: a capital of Kazakh Latin beyond Latin-1 (Ǵ, Ń,
# Ş, Ū) is a capital, so OTANǴA is one word in capitals, not OTA + Nǵa.
_CASE_PART = re.compile(r"U+(?=Ul)|U?l+|U+")


def case_parts(letters: str) -> list[str]:
    """The camel-case parts of a word (AstanaTV → Astana, TV; QazTehna → Qaz, Tehna); a sign that is no letter
    belongs to no part."""
    shape = "".join("U" if ch.isupper() else "l" if ch.islower() else "." for ch in letters)
    return [letters[match.start() : match.end()] for match in _CASE_PART.finditer(shape)]


_SHORTEST_SMALL_TAIL = 3


def _capital_given_back(parts: list[str]) -> list[str]:
    """Capitals before a word in small letters (KAZsport, TURKfest) part as the capitals and the word, where their
    last capital makes no word with the small letters after it (Zsport) but those letters make one alone (sport):
    not the camel-case parting KA + Zsport that a capital before its word's small letters calls for (NCALayer). A
    word with a letter of Kazakh Latin is whole (IQala: not IQ + ala)."""
    if len(parts) != 2 or not parts[0].isupper() or not parts[1][1:].islower() or KAZAKH_MARKS.search(parts[1].lower()):
        return parts
    head, tail = parts[0] + parts[1][0], parts[1][1:]
    if len(tail) < _SHORTEST_SMALL_TAIL or phonemes(parts[1].lower()) is not None or phonemes(tail) is None:
        return parts
    return [head, tail]


def _known_marked_reading(word: str) -> str | None:
    """A word with Kazakh Latin marks whose plain letters hide a choice, read as the Kazakh dictionary knows it: the
    older spellings write ń as n and ý as u (JANǴYRU → жаңғыру, not the letter-for-letter жанғырұ)."""
    if known_word("және") is None or not word.isalpha():
        return None
    known = next((spelled for spelled in _candidates(_LETTER.findall(word)) if known_stem(spelled)), None)
    return known or _marked_compound(word) or _known_2018_reading(word) or _unmarked_compound(word)


def _known_2018_reading(word: str) -> str | None:
    """The word as the 2018 alphabet reads it, whose ı is и or й where the plain letters read ы (rejımi, kompanıasy:
    режимі, компаниясы, a loan's и), when the dictionary or the news corpus knows that reading, or it is a foreign
    place's Kazakh name or a Russian word (Japonııa, Fılıppın: Жапония, Филиппин, a medal table's row alone), or the
    plain letters would set two vowels side by side (Koreıa: Корея, not кореіа)."""
    if DOTLESS_I not in word:
        return None  # read by its plain letters: Qanay is қанай, where 2018 reads its y ы (қанаы)
    reading = _in_2018_letters(word)
    if known_form_or_stem(reading) or reading in foreign_place_names() or russianforms.known_word(reading):
        return reading
    return reading if vowels_meet(_kazakh_letters(word)) and not vowels_meet(reading) else None


@cache
def _in_2018_letters(word: str) -> str:
    return convert_word(word, LATIN_2018, load_lexicon().choose).lower()


# A c no Kazakh Latin alphabet writes alone (the 2017 one's ч is c, but its words come whole, not as a foreign-looking
# camel part; ch and c' are the others'): a camel part holding one and no Kazakh letter of its own is a foreign word
# (the Vac of QazVac, the Covid of QazCovid), said by its own reading, not by the Kazakh letters (қазвас).
_FOREIGN_C = re.compile(r"c(?![h'’])")


# A word of this many letters or more that the Kazakh dictionary knows, typed with capitals at its head, is that
# word: no initialism and word make one by chance (MALIMet); a shorter one may (QazTV is no word, but a short word
# might be an initialism's letters with a syllable after them).
_SHORTEST_WORD_IN_CAPITALS = 6


def _capitals_for_show(parts: list[str]) -> bool:
    """A Kazakh word the dictionary knows typed with capitals at its head for show, a site's brand (MALIMet →
    мәлімет: the site malim.kz and the word мәлімет, information), not an initialism with a word after it."""
    joined = "".join(parts).lower()
    return len(joined) >= _SHORTEST_WORD_IN_CAPITALS and dictionary_reading(joined) is not None


def _one_kazakh_word(parts: list[str]) -> bool:
    """A camel-case name in Kazakh Latin with no initialism in it is one word (QazTehna → қазтехна; QazTV is not), and
    so is a Kazakh word the dictionary knows typed with a capital inside it for show (ZeRe → зере, not зи ре); a part
    with a c of a foreign word's (`_FOREIGN_C`) is a word of its own (QazVac → қаз вак)."""
    if any(part.isupper() and len(part) > 1 for part in parts):
        return _capitals_for_show(parts)
    # iQanat, IQanat, ІQala: the brands' letter i before the Kazakh word (ай қанат), its look-alikes too
    if parts[0].lower() in (_LETTER_I, DOTLESS_I, "і"):
        return False
    if any(_FOREIGN_C.search(part.lower()) and not KAZAKH_MARKS.search(part.lower()) for part in parts):
        return False
    kazakh = any(KAZAKH_MARKS.search(part.lower()) for part in parts)
    return kazakh or dictionary_reading("".join(parts).lower()) is not None


def _noun_phrase(parts: list[str]) -> str | None:
    """Two capitalised Kazakh words typed as one name, the second with the 3rd person's possessive that ties it to
    the first (JibekJoly → жібек жолы, DalaSyilygy → дала сыйлығы): a noun phrase, said as the two words Kazakh
    writes; a name compounded of bare words (AltynQazan, ErQanat, QazTehna) stays one word. None for any other."""
    if len(parts) != 2 or not all(part[:1].isupper() and part[1:].islower() for part in parts):
        return None
    head, tail = (dictionary_reading(part.lower()) for part in parts)
    if head is None or tail is None or not tail.endswith(_POSSESSIVE_ENDINGS):
        return None
    stem = tail[:-1]
    bare = [stem[:-1] + DEVOICING.get(stem[-1], stem[-1])]  # жолы → жол, сыйлығы → сыйлық
    if tail[-2:-1] == "с":
        bare.append(tail[:-2])  # ордасы → орда
    known = any(len(word) >= _SHORTEST_PHRASE_STEM and known_word(word) for word in bare)
    return f"{head} {tail}" if known else None


# The e of electronic written onto a capitalised word (eSports, eFootball) is said и and run into it, as the table's
# eGov is (игов).
_ELECTRONIC, _ELECTRONIC_SAID = "e", "и"
# The Gaelic "son of" opening a surname or a name made of one (McLaren, MacDonald, McDonald's) is its first syllable,
# said мак as Russian spells these names (Макларен, Макдоналдс), not a camel-case part of its own.
_SURNAME_PREFIXES = {"Mc": "мак", "Mac": "мак"}


# An abbreviation of three letters in mixed case, a capital, one small vowel and a capital consonant (the CoV of
# SARS-CoV-2 and MERS-CoV, DoS, PoS): one syllable, said letter for letter as the Russian loans say it (ков, дос).
_MIXED_CASE_SYLLABLE = re.compile(r"[A-Z][aiou][B-DF-HJ-NP-TV-XZ]")


# A blended acronym: a clipped syllable of its first word and the capitals of the rest (GloFAS, the Global Flood
# Awareness System; LiDAR), said as one word by its letters' sounds, as the media say глофас and лидар; not a known
# head (KazTAG, QazTV, PyPI) nor a head or capitals no one can say as a word (RxJS, WebVTT).
_BLEND_HEAD = re.compile(r"[A-Z][a-z]{1,2}")
_BLEND_TAIL = re.compile(r"[A-Z]{3,4}")


def _blended_acronym(parts: list[str]) -> str | None:
    """A two-part camel-case name whose head is a clipped syllable and whose tail is pronounceable capitals, said as
    one word (GloFAS → глофас); None for any other name."""
    if len(parts) != 2 or not _BLEND_HEAD.fullmatch(parts[0]) or not _BLEND_TAIL.fullmatch(parts[1]):
        return None
    head, tail = parts[0].lower(), parts[1].lower()
    if head in _COMBINING_FORMS or head in _CAMEL_PARTS or _kazakh_head(parts[0]) is not None:
        return None
    if not _VOWELS & set(head) or not _VOWELS & set(tail) or not pronounceable(_by_letter_rules(tail)):
        return None
    return _said_acronym(_by_letter_rules(head + tail))


def _short_tail(part: str) -> bool:
    """A two-letter tail said as a syllable of the name (PepsiCo); not a part the loans say their own way (NumPy)."""
    short = len(part) == _SHORTEST_PART - 1 and part[0].isupper() and part[1:].islower()
    return short and part.lower() not in _CAMEL_PARTS


def _joined(readings: list[Spoken]) -> Spoken:
    kind = ENGLISH if all(reading.kind == ENGLISH for reading in readings) else LATIN
    return Spoken(" ".join(readings), kind, any(reading.guess for reading in readings))


def _read_hyphenated(parts: list[str]) -> Spoken:
    """Bal-Balausa, Jekpe-Jek: when one part is a Kazakh word, all are read as Kazakh; but English words first
    (`_english_phrase`), whose loan the Kazakh dictionary has too (kiosk-new → киоск нью, not the Kazakh letters'
    неу)."""
    if _english_phrase(parts):
        return Spoken(_read_english_phrase(parts), ENGLISH, True)
    known = [dictionary_reading(part.lower()) for part in parts]
    if any(known):
        spoken = "-".join(word or _kazakh_part(part) for word, part in zip(known, parts, strict=True))
        return Spoken(spoken, LATIN, None in known)
    return _joined([read_latin(part) for part in parts])


def _read_english_phrase(parts: list[str]) -> str:
    return " ".join(read_english(part.lower()) or part for part in parts)


def _english_phrase(parts: list[str]) -> bool:
    """choral-conductors: every part an English word, one of them no international loan, so the phrase is English
    and a part that also spells a loan takes its English sound (кондакторс, not the loan кондуктор)."""
    low = [part.lower() for part in parts]
    if len(low) < 2 or any(_key(part) in names() or not part.isalpha() or phonemes(part) is None for part in low):
        return False
    loans = [_loan_reading(part) is not None for part in low]
    return any(loans) and not all(loans)


def _kazakh_part(written: str) -> str:
    """A part of a hyphenated Kazakh name: capitals with no vowel are an initialism, said by their letters' names
    (Kazakh-TV → қазақ ти ви, as Astana TV); an English word stays English (Kyzylorda-news), and so does a camel-case
    name of English parts (EcoProTech-Astana → эко про тек); the rest is Kazakh."""
    part = written.lower()
    if written.isupper() and not (_VOWELS | _KAZAKH_LATIN_VOWELS) & set(part):
        return spell_latin(part)
    if len(case_parts(written)) > 1 and not KAZAKH_MARKS.search(part):
        return read_latin(written)
    english = None if KAZAKH_MARKS.search(part) or len(part) < _SHORTEST_ENGLISH_PART else read_english(part)
    return names().get(part) or english or _kazakh_letters(part)


def _kazakh_letters(word: str) -> str:
    """A Kazakh word in a Latin alphabet: by that alphabet's letters where its own letters tell which (Dvorevoıdyń,
    2018's ń: its ı is й, Дворевойдың); else letter by letter, ы after a front vowel і, as harmony says (a typed ı for
    i: Soltüstık → солтүстік), and a u or an i after a vowel the glide у or й."""
    if (alphabet := own_alphabet(word)) is not None:
        return convert_word(word, alphabet, load_lexicon().choose).lower()
    out: list[str] = []
    for written in _LETTER.findall(word):
        letter = _DIGRAPHS.get(written, _KAZAKH_LETTERS.get(written, written))
        if written in _GLIDES and out and out[-1] in BACK_VOWELS | FRONT_VOWELS:
            letter = _GLIDES[written]  # no Kazakh word sets two vowels side by side (Alatau → алатау, not алатаұ)
        elif written == "y" and out and out[-1] in _Y_GLIDE_AFTER:
            letter = "й"
        out.append(_FRONT_Y if letter == _BACK_Y and _last_vowel_front(out) else letter)
    return "".join(out)


def _last_vowel_front(letters: list[str]) -> bool:
    vowels = [ch for ch in "".join(letters) if ch in BACK_VOWELS | FRONT_VOWELS]
    return bool(vowels) and vowels[-1] in FRONT_VOWELS


# A Latin Kazakh word with a Slavic surname's ending is a name read by the Kazakh letters, not a Kazakh head with an
# English word (nov, neva) written onto it.
_SURNAME_ENDING = re.compile(rf"{_SLAVIC_SURNAME_ENDING}$")


def _compound(written: str) -> str | None:
    """A Kazakh word with an English one written onto it (Qazweek → қазуик, Qyzyljarnews → қызылжарньюс); an
    international tail is said as Kazakh has the loan (Qazradio → қазрадио, not қазрейдиоу). A word written in camel
    case is cut only where a capital begins a part (ErQanat: er + qanat, never erqa + nat). The longest tail is the
    word (Qaztrade → қазтрейд, not қазтр + ade)."""
    word = written.lower()
    if known_word(_kazakh_letters(word)):
        return None  # Túrkistan is Түркістан, not Түркіс + tan
    if _SURNAME_ENDING.search(word):
        return None  # a surname's -ov, -eva (Máýlenov → Мәуленов, not мәуле + the English nov)
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_PART + 1):
        if _camel_case(written) and not written[cut].isupper():
            continue
        head, tail = word[:cut], word[cut:]
        said = names().get(tail) or _loan_or_english(tail)
        if said and KAZAKH_MARKS.search(head):
            return _kazakh_letters(head) + said
    return None


# Names of the table said their own way only where they stand alone: Euro is еуро, the currency and the championship,
# but a name it heads keeps the евро- Russian says and the letter rules give (Eurovision → евровисион, Euronews).
_STANDALONE_ONLY = frozenset({"euro"})


def _with_named_head(word: str) -> str | None:
    """A word no rule knows that begins with a name of the table and ends in an English word: the name as the table
    says it, the rest by its sound (KAZENERGY → казэнерджи, not the letter rules' казенергы) or, where the table names
    it, the table's way (Kaznews → казньюс, as astananews, not the dictionary's ньюз); not a name the table says only
    alone (`_STANDALONE_ONLY`)."""
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_ENGLISH_PART + 1):
        if word[:cut] in _STANDALONE_ONLY:
            continue
        tail = word[cut:]  # a tail the table names is said its way (news → ньюс, as Qyzyljarnews), not by its sound
        if (head := names().get(word[:cut])) is not None and (rest := names().get(tail) or read_english(tail)):
            return head + (" " if " " in head else "") + rest  # a head said by its letters stays apart (ggg boxing)
    return None


def _with_kazakh_stem_head(word: str) -> str | None:
    """A company's name no rule knows, a head the table says the Russian way (Kaz, Kazakh) written onto a Kazakh word
    that is no English one: both as Kazakh words (Kazakhmys → қазақмыс, Kazbek → қазбек); the longest head first,
    never Kaz + akh. An English or international tail keeps the Russian head (Kazinform, Kazsport)."""
    for cut in range(len(word) - _SHORTEST_PART, _SHORTEST_PART - 1, -1):
        head, rest = word[:cut], word[cut:]
        if _kazakh_word(rest) and (kazakh := _kazakh_head(head)) is not None:
            return kazakh + _dictionary_spelling(rest)
    return None


def _kazakh_word(part: str) -> bool:
    """A plain-Latin part that spells a Kazakh dictionary word and no English one (munay, mys; not sport)."""
    return phonemes(part) is None and _dictionary_spelling(part) is not None


# Russian spelling folds Kazakh's own letters into its own (қазақ → казак, as Russian writes казах with х for қ).
_RUSSIAN_FOLD = str.maketrans("қхғұүөәіңһ", "ккгуюоаинх")


def _kazakh_head(head: str) -> str | None:
    """The head of a company's name (Kaz, Kazakh), which the table says the Russian way (каз, казах), as the Kazakh
    word its letters spell in the Russian-style transliteration (Kaz → қаз, Kazakh → қазақ), when the Russian
    spelling folds both alike; None for a head the table lacks or says as the Kazakh word already."""
    if (named := names().get(head.lower())) is None:
        return None
    return next((c for c in _candidates(_LETTER.findall(head.lower())) if known_word(c) and _folds_to(c, named)), None)


def _folds_to(kazakh: str, russian: str) -> bool:
    return kazakh != russian and kazakh.translate(_RUSSIAN_FOLD) == russian.translate(_RUSSIAN_FOLD)


def _with_named_tail(word: str) -> str | None:
    """A word no rule knows that ends in a name of the table: the head by the letter rules, or as the Kazakh word it
    spells, the name as the table says it (Ulysmedia → ұлысмедиа, not the letter rules' улысмедия all through)."""
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_NAMED_TAIL + 1):
        if (tail := names().get(word[cut:])) is not None:
            return (dictionary_reading(word[:cut]) or _by_letter_rules(word[:cut])) + tail
    return None


def _with_town_head(word: str) -> str | None:
    """A name no rule knows, a town or district of Kazakhstan in plain Latin letters written onto a word outlets'
    names end in, however short (Aktobenews, Oskemennews, Kostanaysport, Jambylinfo): the place by its Kazakh name,
    the word by its sound (ақтөбеньюс, жамбылинфо; not the letter rules' актобеньюс, nor English's джамбыл). Only a
    place: another Kazakh head may spell two words (Turan: тұран or туран) and is left to the letter rules."""
    for tail in _OUTLET_WORDS_LONGEST_FIRST:
        head = word.removesuffix(tail)
        if head == word or len(head) < _SHORTEST_COMPOUND_PART:
            continue
        town = kazakh_town_named(head) or next(filter(kazakh_place, _candidates(_LETTER.findall(head))), None)
        if town and (said := names().get(tail) or read_english(tail)):
            return town + said
    return None


_SHORTEST_LOAN_TAIL = 5  # reestr, zakup; a shorter tail (bank, port) is as likely a syllable of a foreign name


def _with_loan_tail(word: str) -> str | None:
    """A word no rule knows, a clipped Russian head (gos, mun) written onto a loan the Kazakh dictionary spells letter
    for letter, neither of them English: the head by the letter rules, the loan as the dictionary spells it (gosreestr
    → госреестр, not the letter rules' госристр, whose ee is the English и); the longest tail is the loan."""
    if not word.isascii() or not word.isalpha():
        return None
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_LOAN_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if phonemes(head) is not None or phonemes(tail) is not None or not _syllable(head):
            continue
        loan = _plain_spelling(tail)
        if known_word(loan) and loan != _by_letter_rules(tail):
            return _by_letter_rules(head) + loan
    return None


def _plain_spelling(letters: str) -> str:
    """Plain-Latin letters one for one as Russian transliteration writes them (reestr → реестр): no digraph read."""
    return "".join(_LETTERS.get(ch, ch) for ch in letters)


_LONGEST_SPELLED_HEAD = 3  # Xnews, Qrnews, Kstnews: a longer run of consonants opens no outlet's name
# The consonants an English word may open with, as spelled: a head that makes one of them with the word after it is
# the word's own opening (Stroy: str, not s + troy).
_ENGLISH_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr kw ph pl pr sc sh sk sl sm sn sp st sw th tr tw wh wr"
    " sch scr shr spl spr squ str thr".split()
)
_LEADING_CONSONANTS = re.compile(r"[^aeiouy]*")
# The words outlets' names end in (Xnews, Kstnews, Pmedia); a letter before another word is as likely the word's own
# first sound (Kcell → кселл, Garena).
# show: a celebrity-news channel's name (t.me/kzshow → кей зет шоу).
_OUTLET_WORDS = frozenset(
    {"news", "media", "info", "press", "sport", "sports", "times", "today", "online", "daily", "show"}
)
_OUTLET_WORDS_LONGEST_FIRST = sorted(_OUTLET_WORDS, key=len, reverse=True)  # sports before sport


def _with_spelled_head(word: str) -> str | None:
    """An outlet's name no dictionary knows, a few letters with no vowel written onto a word outlets' names end in
    (Xnews, Qrnews, Kstnews): the letters by their names, then the word (экс ньюс, кью ар ньюс), not the letter rules'
    ксньюс nor all of it spelled."""
    if phonemes(word) is not None or not word.isalpha():
        return None
    for cut in range(1, _LONGEST_SPELLED_HEAD + 1):
        head, tail = word[:cut], word[cut:]
        if (_VOWELS | _KAZAKH_LATIN_VOWELS) & set(head) or len(tail) < _SHORTEST_ENGLISH_PART:
            return None
        if tail not in _OUTLET_WORDS or head + _LEADING_CONSONANTS.match(tail)[0] in _ENGLISH_ONSETS:
            continue
        if (said := names().get(tail) or read_english(tail)) is not None:
            return f"{spell_latin(head)} {said}"
    return None


def _with_kazakh_head(word: str) -> str | None:
    """A word no rule knows that is a Kazakh word written in plain Latin letters with an English word written onto
    it (namaztimes → намазтаймс, not the letter rules' намазтимес): the head as Kazakh, the tail by its sound. The
    head must spell one Kazakh word only: Turan may be тұран or туран, and is left to the letter rules."""
    for cut in range(_SHORTEST_COMPOUND_PART, len(word) - _SHORTEST_TAIL_AFTER_KAZAKH + 1):
        heads = {c for c in _candidates(_LETTER.findall(word[:cut])) if known_word(c)}
        if len(heads) == 1 and (tail := _loan_or_english(word[cut:])):
            return heads.pop() + tail  # astana + opera: the loan опера, not the English опра
    return None


def _with_english_tail(word: str) -> str | None:
    """A name no rule knows whose head is no English word and whose tail is a long one (Tengritravel → тенгритрэвел,
    not the letter rules' тенгритравел): the head by the letter rules, as a foreign name's head is no Kazakh word
    (Turaninform → туранинформ, not тұран); the longest tail is the word. Two English words written as one are left
    to the letter rules unless one is misread (Eurovision → евровисион, as Russian has it, not юровижн)."""
    for cut in range(_SHORTEST_PART, len(word) - _SHORTEST_ENGLISH_TAIL + 1):
        head, tail = word[:cut], word[cut:]
        if phonemes(head) is None and (said := read_english(tail)) is not None:
            if _unsayable_join(head, tail):
                return f"{spell_latin(head)} {said}"  # eottmboxing → и о ти ти эм боксинг: an initialism's letters
            return _by_letter_rules(head) + said
    return None


# Consonants run together where a head meets its English tail past any syllable's reach (eottm + boxing: ttmb): the
# head is an initialism written onto the word, said by its letters' names.
_LONGEST_SAYABLE_CLUSTER = 3
_FINAL_CONSONANTS = re.compile(r"[^aeiouy]*$")
_OPENING_CONSONANTS = re.compile(r"[^aeiouy]*")


def _unsayable_join(head: str, tail: str) -> bool:
    cluster = _FINAL_CONSONANTS.search(head)[0] + _OPENING_CONSONANTS.match(tail)[0]
    return len(cluster) > _LONGEST_SAYABLE_CLUSTER


_VERB_SUFFIX, _VERB_SUFFIX_SAID = "ize", "айз"
_SHORTEST_VERB_STEM = 4  # twibbon + ize; a shorter head (size, prize) is the word itself


def _with_verb_suffix(word: str) -> str | None:
    """A coinage the dictionary lacks made a verb with English -ize (Twibbonize, Docusize): the suffix said as the
    English and the Russian loans say it (optimize → оптимайз), not the letter rules' изе; the stem by its sound
    where the dictionary has it, else by the letter rules."""
    stem = word.removesuffix(_VERB_SUFFIX)
    if stem == word or len(stem) < _SHORTEST_VERB_STEM:
        return None
    return (read_english(stem) or _by_letter_rules(stem)) + _VERB_SUFFIX_SAID


# Combining forms that open English coinages (Robomission, Cybersecurity, Presight), said as the Russian loans say them.
_COMBINING_FORMS = {"robo": "робо", "cyber": "кибер", "bio": "био", "eco": "эко", "nano": "нано", "micro": "микро",
                    "tele": "теле", "info": "инфо", "techno": "техно", "geo": "гео", "agro": "агро",
                    "pre": "пре"}  # fmt: skip


# A combining form is no word of its own in Kazakh text: written as a name's first word or a hyphen's part (Agro
# Qant, Eco-Chiken) it is said as the glued names say it (Agroholding, KazEcoGaz), not by an English dictionary's
# entry for it (agro → эгро, eco → ико). An English sentence keeps its English sound (`english` in `read_latin`); pre
# is a prefix only, never written apart.
_PREFIX_ONLY = frozenset({"pre"})


def _standalone_form(low: str) -> str | None:
    return _COMBINING_FORMS.get(low) if low not in _PREFIX_ONLY else None


# Parts of camel-case names said as the Russian loans have them, not by the English word they look like: the Sat of
# a satellite's name (KazSat, TurkmenSat → сат, as Интелсат, Арабсат), never the English sat (сэт); the Py of a
# Python library's (NumPy, PyTorch, SymPy → пай, as Python is пайтон), never the letters' пы.
_CAMEL_PARTS = {"sat": "сат", "py": "пай"}


def _read_camel_parts(parts: list[str], english: bool) -> list[Spoken]:
    """The parts of a camel-case name; a Russian-style head (Kaz) is the Kazakh word where a Kazakh word follows it
    (KazMunayGas → қаз мұнай газ, as ҚазМұнайГаз), and keeps the table's reading beside English ones (KazSport).
    A name all of whose parts are English words of four letters or more is English: each part by its English sound
    (ShinyHunters → шайни хантерс, not the Kazakh dictionary's шіні for Shiny); a shorter part is as likely a
    syllable of a Kazakh or Turkic name (AlemGaz, TurkmenSat)."""
    english = english or all(len(part) >= _SHORTEST_ENGLISH_PART and phonemes(part.lower()) for part in parts)
    said = [_read_camel_part(part, english) for part in parts]
    if (head := _kazakh_head(parts[0])) is not None and any(_kazakh_word(part.lower()) for part in parts[1:]):
        said[0] = Spoken(head, LATIN)
    return said


def _read_camel_part(part: str, english: bool) -> Spoken:
    """A part of a camel-case name; a combining form standing as a part of its own is said as the Russian loans say
    it (KazEcoGaz → каз эко газ, not the English ико), and so is a satellite's Sat (KazSat → каз сат)."""
    if (form := _COMBINING_FORMS.get(part.lower()) or _CAMEL_PARTS.get(part.lower())) is not None:
        return Spoken(form, LATIN)
    return read_latin(part, english)


def _prefixed_english(word: str) -> str | None:
    """A coinage the dictionary lacks, a combining form written onto a word, the rest long enough to be no stray
    syllable: an international one as Kazakh has it (Teleradio → телерадио), else an English one by its sound
    (Robomission → робомишн); else an English prefix written onto a word English knows, both said as English says
    them (Unsplash → ансплэш, not the letter rules' унсплаш); else the letter i of a brand written onto an English
    word (`_with_letter_i`)."""
    return (
        _with_prefix(word, _COMBINING_FORMS, _loan_or_english)
        or _with_prefix(word, _ENGLISH_PREFIXES, read_english)
        or _with_letter_i(word)
    )


# The shortest rest after a combining form that is no word of its own (eco + tou): no stray letter or two.
_SHORTEST_REST_AFTER_FORM = 3


def _with_combining_head(word: str) -> str | None:
    """A coinage no rule knows that a combining form opens, onto a rest that is no English word (a hashtag's ecotou,
    eco and a university's initials): the form as the Russian loans say it, the rest as a Latin word is read
    (экотоу, not the letter rules' екотоу, whose opening e the loans write э)."""
    return _with_prefix(word, _COMBINING_FORMS, read_latin, _rest_after_form)


def _rest_after_form(rest: str) -> bool:
    return len(rest) >= _SHORTEST_REST_AFTER_FORM and rest.isalpha()


# English prefixes written onto an English word, said as English says them (unsplash → ансплэш, not унсплаш).
_ENGLISH_PREFIXES = {"un": "ан"}
# The letter i that brands write onto an English word (iPhone, iCloud), said by its English name ай, typed with no
# capital after it (Igraphic → айграфик, as iGraphic is ай график; not the letter rules' играфик). The word a
# consonant opens, five letters or more: a shorter or vowel-led rest is as likely a name's own syllables (Irina,
# Ilona, Iosif).
_LETTER_I, _LETTER_I_SAID = "i", "ай"
_SHORTEST_WORD_AFTER_I = 5


def _long_enough_for_english(rest: str) -> bool:
    return len(rest) >= _SHORTEST_ENGLISH_PART


def _with_prefix(
    word: str,
    prefixes: Mapping[str, str],
    read: Callable[[str], str | None],
    fits: Callable[[str], bool] = _long_enough_for_english,
) -> str | None:
    """The first of `prefixes` the word opens with, said as the table says, and the rest as `read` says it; the rest
    one `fits` takes, by default long enough to be no stray syllable."""
    for prefix, spoken in prefixes.items():
        rest = word.removeprefix(prefix)
        if rest != word and fits(rest) and (said := read(rest)):
            return spoken + said
    return None


def _with_letter_i(word: str) -> str | None:
    """A word no dictionary knows that is the letter i written onto an English word (`_LETTER_I`): ай and the word
    by its sound; a name the names table knows stays its own."""
    if _key(word) in names():
        return None
    return _with_prefix(word, {_LETTER_I: _LETTER_I_SAID}, _english_word_or_two, _word_after_i)


# The letter q that brands write onto an English word (Qeconomics, Qtech), said by its English name кью: English has
# no q but before u, and a Kazakh q opens a word only before a back vowel (qala, qorgan, qiyn), so a q before e or a
# consonant is no letter of a word.
_LETTER_Q, _LETTER_Q_SAID = "q", "кью"
_VOWELS_AFTER_KAZAKH_Q = "aiouyıáóú"


def _with_letter_q(word: str) -> str | None:
    """A word no table knows that is the letter q written onto an English word (`_LETTER_Q`): кью and the word by its
    sound, as a brand's i is ай (`_with_letter_i`)."""
    if _key(word) in names():
        return None
    return _with_prefix(word, {_LETTER_Q: _LETTER_Q_SAID}, _english_word_or_two, _word_after_q)


def _word_after_q(rest: str) -> bool:
    return len(rest) >= _SHORTEST_ENGLISH_PART and rest[0] not in _VOWELS_AFTER_KAZAKH_Q


def _english_word_or_two(rest: str) -> str | None:
    """An English word, or two written as one after a brand's letter i (istockphoto: stock + photo → айстокфото, not
    the letter rules' истокфото): the head by its sound, four letters or more; the tail an international loan as
    Kazakh has it (фото), or a long English word by its sound (`_SHORTEST_ENGLISH_TAIL`), so a name's syllables
    (Islamabad: slam + abad, Ivanovich) make no pair. The longest head first."""
    if (said := read_english(rest)) is not None:
        return said
    for cut in range(len(rest) - _SHORTEST_ENGLISH_PART, _SHORTEST_ENGLISH_PART - 1, -1):
        head, tail = rest[:cut], rest[cut:]
        tail_said = _loan_reading(tail) or (read_english(tail) if len(tail) >= _SHORTEST_ENGLISH_TAIL else None)
        if tail_said and (head_said := read_english(head)):
            return head_said + tail_said
    return None


def _word_after_i(rest: str) -> bool:
    return len(rest) >= _SHORTEST_WORD_AFTER_I and rest[0] not in _VOWELS


def _loan_or_english(word: str) -> str | None:
    """A word written onto another: an international one as Kazakh has the loan (radio → радио), else an English one
    by its sound (mission → мишн)."""
    return _loan_reading(word) or read_english(word)


# English spellings the letter rules misread: a silent final e after a vowel and a consonant (fake, scale), a y
# between consonants (hyper), a u before a doubled consonant, the vowel of but (shutter, summer: а, not у; ll aside,
# full's), an ai said эй (Hailey, rain: not ай). Without one a coinage is read by the letter rules (Smartnews →
# смартньюс).
_MISREAD_SPELLING = re.compile(r"[aeiou][^aeiouy]e$|[^aeiou]y[^aeiou]|u(?:bb|dd|ff|gg|mm|nn|pp|rr|ss|tt)|ai")
# An i before another vowel opening a word's first syllable, said as the diphthong ай (diamond, lion, giant): the
# letter rules read two vowels, и and а (диамонд); so is the i of -ind (finder, kind, mind), which they read и.
_I_BEFORE_VOWEL = re.compile(r"[^aeiouy]+i(?:[aeou]|nd)")


def _misread(part: str) -> bool:
    """The letter rules misread the English word `part` (`_MISREAD_SPELLING`, the ай of an i before a vowel, or the
    ю of an opening u: user, union, not the letter rules' у, unless the letters spell a word Russian has: Ural is
    Урал, as uralinform.ru writes it)."""
    if _MISREAD_SPELLING.search(part):
        return True
    if part.endswith("ay") and (said := phonemes(part)) and said[-1].startswith("EY"):
        return True  # a final ay the dictionary says эй (today, play), which the letter rules read ай
    if part.endswith("ey") and (said := phonemes(part)) and said[-1].startswith("IY"):
        return True  # a final ey the dictionary says и (monkey, money, jockey), which the letter rules read ей
    if part.startswith("u") and (phones := phonemes(part)) and phones[0] == "Y":
        return not russianforms.known_word(_transliterate(part))
    phones = phonemes(part) if _I_BEFORE_VOWEL.match(part) else None
    vowels = [phone for phone in phones or () if phone[-1].isdigit()]
    return bool(vowels) and vowels[0].startswith("AY")


# A head of three letters in an English coinage is a closed syllable, a word of its own (pet + care, sun + screen).
_SHORTEST_ENGLISH_HEAD = 3
_CLOSED_SYLLABLE = re.compile("[^aeiouy][aeiou][^aeiouy]")
# A tail of three letters is a word of its own when its final e is silent after a vowel and a consonant (ninety +
# one, black + ice), which the letter rules misread, and only after a long head (not a name's ending: Sim + one).
_SILENT_E_WORD = re.compile("[aeiou][^aeiouy]e")
_SHORTEST_HEAD_BEFORE_SHORT_TAIL = 5


def _english_compound(word: str) -> str | None:
    """A coinage the dictionary lacks, two English words written as one, one of them spelled as the letter rules
    misread (hyperscale → хайперскейл, deepfake → дипфейк, Diamondring → даймондринг, Petcare → петкер, ninetyone →
    найнтиуан): each part by its sound, the longest known head first."""
    for cut in range(len(word) - _SHORTEST_ENGLISH_HEAD, _SHORTEST_ENGLISH_HEAD - 1, -1):
        head, tail = word[:cut], word[cut:]
        short_tail = len(tail) < _SHORTEST_COMPOUND_PART and not _short_english_tail(head, tail)
        if short_tail and not _closed_tail_after_misread(head, tail):
            continue
        if len(head) < _SHORTEST_COMPOUND_PART and not (_CLOSED_SYLLABLE.fullmatch(head) or _short_head_said(head)):
            continue
        misread = _misread(head) or _misread(tail)
        if misread and phonemes(head) and phonemes(tail):
            return f"{read_english(head)}{read_english(tail)}"
    return _plural_compound(word)


# A coinage's English plural: -es after a hissing sound (monkeypoxes), said as the dictionary's plurals are (boxes →
# боксес), -s elsewhere; its stem one the loop above reads.
_PLURAL_ENDINGS = (("es", "ес", re.compile("(?:[sxz]|ch|sh)$")), ("s", "с", re.compile("[^sxzu]$")))


def _plural_compound(word: str) -> str | None:
    """monkeypoxes → манкипоксес: the plural of a coinage `_english_compound` reads, its ending said after it."""
    for ending, said, stem_end in _PLURAL_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and stem_end.search(stem) and (stem_said := _english_compound(stem)):
            return stem_said + said
    return None


# A three-letter head whose two last letters spell one vowel sound (tea, sea, day, new, low): the letter rules read
# them as two sounds (теа), so such a word is misread on its own.
_VOWEL_PAIR_HEAD = re.compile("[^aeiouy][aeiou][aeiouwy]")


def _short_head_said(head: str) -> bool:
    """A three-letter English word whose two vowel letters spell one sound the letter rules miss (tea → ти, not
    теа), which may open a coinage (teacode → тикоуд); a head opening with a vowel (uni, eco) or an open syllable
    (pro) is as likely a combining form or a name's first syllable, and is left to the rules after this one."""
    if not _VOWEL_PAIR_HEAD.fullmatch(head):
        return False
    return (said := read_english(head)) is not None and said != _by_letter_rules(head)


def _short_english_tail(head: str, tail: str) -> bool:
    return len(head) >= _SHORTEST_HEAD_BEFORE_SHORT_TAIL and bool(_SILENT_E_WORD.fullmatch(tail))


def _closed_tail_after_misread(head: str, tail: str) -> bool:
    """A tail of three letters, a closed syllable, is a word of its own after a long head whose final glide the letter
    rules misread (monkey + pox, its ey said и: not the letter rules' монкейпокс); after another head it is a name's
    ending (Jack + son) or the rest after a combining form (hydro + met), read by the rules after this one."""
    long_head = len(head) >= _SHORTEST_HEAD_BEFORE_SHORT_TAIL and head.endswith(_GLIDE_ENDINGS)
    return long_head and bool(_CLOSED_SYLLABLE.fullmatch(tail)) and _misread(head)


_GLIDE_ENDINGS = ("ey", "ay")  # said и and эй by the dictionary, ей and ай by the letter rules


# A long word the dictionary lacks that is one of its words with a letter dropped inside is that word mistyped
# (entertaiment → энтертейнмент, not the letter rules' ентертаймент); a shorter one is as likely a name of its own.
_SHORTEST_MISTYPED = 10
_ENGLISH_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def _dropped_letter(word: str) -> str | None:
    """The English word `word` is with one letter typed in again inside it, by its sound, when exactly one such word
    is in the dictionary; else None."""
    if len(word) < _SHORTEST_MISTYPED or not (word.isascii() and word.isalpha()):
        return None
    found = {
        typed
        for at in range(1, len(word))
        for letter in _ENGLISH_LETTERS
        if phonemes(typed := word[:at] + letter + word[at:]) is not None
    }
    return read_english(found.pop()) if len(found) == 1 else None


# English derivational suffixes written onto a word the dictionary knows (enable + ment), said as the loans say them.
_DERIVATIONAL_SUFFIXES = {"ment": "мент", "ness": "нес", "ship": "шип", "less": "лес"}
_SHORTEST_DERIVED_STEM = 4  # enable + ment; not a stray syllable (com + ment is in the dictionary anyway)


def _with_english_suffix(word: str) -> str | None:
    """A word the dictionary lacks, a word it knows with an English derivational suffix (Enablement → энейблмент,
    not the letter rules' енаблемент): the stem by its sound, the suffix as the loans say it (менеджмент)."""
    for suffix, said in _DERIVATIONAL_SUFFIXES.items():
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= _SHORTEST_DERIVED_STEM and (stem_said := read_english(stem)):
            return stem_said + said
    return None


# Short English words that open coinages written as one word with a long one (inBusiness, upWork, myBank, nofake).
_ENGLISH_PARTICLES = ("in", "on", "up", "out", "my", "no")
_SHORTEST_TAIL_AFTER_PARTICLE = 5  # in + business; not on + ay (Onay) nor in + star
# A four-letter tail is a word of its own only when the letter rules misread its spelling (no + fake: not нофаке).
_SHORTEST_MISREAD_TAIL = 4


def _particle_tail(tail: str) -> bool:
    """`tail`, left after a particle, is long enough to be an English word of its own: five letters, or four the
    letter rules misread (fake, with its silent e)."""
    return len(tail) >= _SHORTEST_TAIL_AFTER_PARTICLE or (len(tail) >= _SHORTEST_MISREAD_TAIL and _misread(tail))


def _with_particle_head(word: str) -> str | None:
    """A coinage the dictionary lacks, a short English particle written onto an English word (inbusiness →
    инбизнес, nofake → ноуфейк, not the letter rules' инбусинесс, нофаке): both by their sound."""
    return _with_prefix(word, _particles_said(), read_english, _particle_tail)


@cache
def _particles_said() -> dict[str, str]:
    return {particle: str(read_english(particle)) for particle in _ENGLISH_PARTICLES}


def _camel_case(word: str) -> bool:
    return any(ch.isupper() for ch in word[1:]) and not word.isupper()


def spell_latin(letters: str) -> str:
    return " ".join(latin_letter_name(ch) for ch in letters.lower())


def read_address_part(part: str) -> Spoken:
    """One part of an address as the address reader says it; a file name's extension too (docx → ди о си экс)."""
    return _read_address_part(part)


def _without_vowel(part: str) -> bool:
    return not (_VOWELS | _KAZAKH_LATIN_VOWELS) & set(part.lower())


def _read_address_part(part: str) -> Spoken:
    """In an address, a name the table knows is said as it says (edu → эду); short parts are initialisms whatever
    their case (www, kz, azh), or clipped words read by their letters (gov); a plain-Latin part that spells Kazakh
    words is those words (nur → нұр, akorda → ақорда)."""
    if named := names().get(_key(part)):
        return Spoken(named, LATIN)
    if (code := _glued_country_code(part)) is not None:
        head = _read_address_part(part[: -len(code)])
        return Spoken(f"{head} {spell_latin(code)}", head.kind, head.guess)
    if _without_vowel(part):
        return Spoken(spell_latin(part), LATIN)  # nqz, mvd: no vowel of either alphabet, so no word (not нқз)
    if KAZAKH_MARKS.search(part.lower()):
        return read_latin(part)  # oqu.news: a Kazakh word, not letters
    if (kazakh := _kazakh_address_word(part.lower())) is not None:
        return Spoken(kazakh, LATIN)
    if (tail := _unsaid_tail(part)) is not None:
        head = _read_address_part(part[: -len(tail)])
        return Spoken(f"{head} {spell_latin(tail)}", head.kind, head.guess)  # kaztrk → каз ти ар кей
    if len(part) == _SHORTEST_PART and not _sayable(part):
        return Spoken(spell_latin(part), LATIN)
    if len(part) <= _SHORTEST_PART and not _capitalised_english(part):
        return Spoken(_transliterate(part.lower()), LATIN)
    if (lettered := _spelled_head_on_word(part.lower())) is not None:
        return Spoken(lettered, LATIN)  # udcsummary → ю ди си саммари, not удксаммари
    reading = read_latin(part)
    if reading.guess and (joined := _run_together(part.lower())):
        return Spoken(joined, LATIN)  # akorda: two Kazakh words where the rules only guessed
    one_word = reading.guess and " " not in reading and part.isalpha()
    english_word = phonemes(part.lower()) is not None  # kids.enpf.kz: kids is a word however its reading ends
    short = len(part) <= _LONGEST_SPELLED_PART
    if one_word and not english_word and (short or _opens_unsaid(reading)) and not pronounceable(reading):
        return Spoken(spell_latin(part), LATIN)  # enpf, shtkkazatk: no word the tables know, and none could be said
    return reading


_SHORTEST_WORD_AFTER_LETTERS = 5  # summary, online; a shorter tail is as likely the rest of one word (udc + ode)


def _spelled_head_on_word(part: str) -> str | None:
    """An address part that is an initialism the address reader spells (no vowel, or three letters no word could
    be: udc, kz) written onto an English word (udcsummary, kzonline): the letters by their names, then the word;
    a part the dictionary knows whole is that word."""
    if not (part.isascii() and part.isalpha()) or phonemes(part) is not None:
        return None
    for cut in range(1, _SHORTEST_PART + 1):  # the longest word first: m + sports, not ms + ports
        head, tail = part[:cut], part[cut:]
        spelled = not (_VOWELS | _KAZAKH_LATIN_VOWELS) & set(head) or (cut == _SHORTEST_PART and not _sayable(head))
        if spelled and len(tail) >= _SHORTEST_WORD_AFTER_LETTERS and (said := read_english(tail)) is not None:
            return f"{spell_latin(head)} {said}"
    return None


# A site's name with an initialism glued on (kaztrk: ҚазТРК, its ТРК a телерадиокомпания): four consonants or more
# after the name's last vowel, which no word closes with but the Russian endings -ск, -ст (Омск, текст), a final р
# (центр, министр) and -кт (пункт). The first of them closes the name's last syllable (kaz), the rest are the
# initialism's letters.
_TAIL_LETTERS = re.compile(r"[b-df-hj-np-tv-xz]{4,}$")
_SAID_CLOSINGS = ("sk", "st", "r", "kt")
_DIGRAPH_SECOND = "h"  # sh, zh, kh, ch: a tail holding one is no run of letters


def _unsaid_tail(part: str) -> str | None:
    """The initialism's letters glued onto a name that is a word (kaztrk → trk), or None."""
    lower = part.lower()
    tail = _TAIL_LETTERS.search(lower) if part.isascii() and part.isalpha() else None
    if tail is None or _DIGRAPH_SECOND in tail.group() or lower.endswith(_SAID_CLOSINGS) or phonemes(lower):
        return None
    head = lower[: tail.start() + 1]
    return part[tail.start() + 1 :] if len(head) >= _SHORTEST_PART and _VOWELS & set(head) else None


# A word may open with three consonants only after a с, з or в (стресс, скрипт, здравница, встреча): a part whose
# reading opens with three otherwise (шткказатк) is letters, however long, as a short unsayable part is.
_CLUSTER_PREFIXES = frozenset("свз")
_OPENING_CLUSTER = 3


def _opens_unsaid(reading: str) -> bool:
    opening = reading[:_OPENING_CLUSTER].lower()
    all_consonants = len(opening) == _OPENING_CLUSTER and not set(opening) & VOWELS and opening.isalpha()
    return all_consonants and opening[0] not in _CLUSTER_PREFIXES


_SHORTEST_KAZAKH_PART = 3  # nur, ult; a two-letter part (me, is, ly) is as likely clipped letters
_SHORTEST_RUN_TOGETHER = 5  # ak + orda; a shorter part is one word or none
_SHORTEST_HEAD = 2  # ақ, ел: a site's name may open with a short word
_SHORTEST_TAIL = 4  # орда; a shorter tail is as likely a syllable of a foreign name (bak + ad, aki + mat)
_CYRILLIC_VOWELS = frozenset("аәеиоөұүыіуэюя")
_GLUED_COUNTRY_CODES = frozenset({"kz", "kg", "tj", "tm"})  # the region's codes without a vowel: no word ends so
_CODE_LENGTH = 2
_SHORTEST_SITE_NAME = 4  # a shorter head is as likely a word's own letters as a site's name
_RUSSIAN_FEMININE = "а"  # газета, минута: Russian nouns the Kazakh dictionary holds without their -а (газет, минут)


def spelled_kazakh_word(letters: str) -> str | None:
    """The Kazakh dictionary word plain-Latin letters spell, as an address part's are read (gana → ғана, nur → нұр),
    or None."""
    return _kazakh_address_word(letters.lower())


@cache
def _kazakh_address_word(part: str) -> str | None:
    """An address part in plain Latin that spells a word the Kazakh dictionary knows is that word, whatever the English
    dictionary says of it: a Kazakh site's name is Kazakh (nur → нұр, ult → ұлт; not нур, улт). So is one that spells
    a Russian noun the dictionary holds without its feminine -а, a consonant before it (gazeta → газета). None when the
    dictionary is not installed or knows no such reading."""
    if len(part) < _SHORTEST_KAZAKH_PART or not (part.isascii() and part.isalpha()) or known_word("және") is None:
        return None
    if (known := _dictionary_spelling(part)) and (
        len(part) >= _SHORTEST_DICTIONARY_READING or _same_consonants(known, part)
    ):
        return known
    if known and (kept := _likeliest_vowels(part, _candidates(_LETTER.findall(part)), _by_letter_rules(part))):
        return kept  # kun: күн, the letter rules' кун with a mark (not the first known, құн)
    if part.endswith("a") and part[-2] not in _VOWELS and (noun := _dictionary_spelling(part[:-1])):
        return noun + _RUSSIAN_FEMININE  # gazeta: газет + а
    if "i" in part and len(part) >= _SHORTEST_DICTIONARY_READING:
        return _spelling_with_i_as_y(part)  # uakit: уақыт
    return None


def _spelling_with_i_as_y(letters: str) -> str | None:
    """The dictionary word plain-Latin letters spell when their i stands for a back-vowel word's ы, as the
    Russian-style transliteration writes it after the Russian и (uakit → уақыт, Kiz → қыз); tried only after every
    reading with и and і."""
    return _first_known(_candidates(_LETTER.findall(letters), _I_AS_BACK_Y))


def _dictionary_spelling(letters: str) -> str | None:
    """The Cyrillic spelling of plain-Latin letters that the Kazakh dictionary knows as a word: the first, its vowels
    then chosen as `_likeliest_vowels` chooses them."""
    candidates = _candidates(_LETTER.findall(letters))
    known = _first_known(candidates)
    return _ia_loan(letters.lower(), known) or (known and _likeliest_vowels(letters, candidates, known)) or known


# Plain Latin has one u for у, ұ and ү, one a for а and ә, one o for о and ө, one i for и and і: of the dictionary's
# words its letters spell that differ in those marks alone, the one Kazakh news text writes most often (kun: күн, not
# кун), else the one the letters spell one for one (tura: тура, not тұра; a writer meaning ұ has no letter for it, one
# meaning у wrote it), else one with no и among front vowels (kisi: кісі, not кисі). A letter plain Latin does write
# is kept (kyn: кын, whose y is no у).
_UNMARKED = str.maketrans("ұүәөі", "ууаои")


def _likeliest_vowels(letters: str, candidates: list[str], spelling: str) -> str | None:
    """The likeliest known spelling of `letters` among `candidates` that differ from `spelling` in the vowels' marks
    alone (`_UNMARKED`), or None."""
    unmarked = spelling.translate(_UNMARKED)
    known = [
        c
        for c in dict.fromkeys(candidates)
        if c.translate(_UNMARKED) == unmarked and known_word(c) and not _addressed_form(c)
    ]
    if not known:
        return None
    counts = load_lexicon().counts
    one_for_one = _by_letter_rules(letters.lower())
    return max(known, key=lambda c: (counts.get(c, 0), c == one_for_one, not _loan_i_in_front_word(c)))


def _loan_i_in_front_word(spelling: str) -> bool:
    """An и in a word whose other vowels are front alone (кисі): plain Latin's i there is the word's own і (кісі)."""
    return "и" in spelling and _front_vowels_alone(spelling)


def _first_known(spellings: list[str]) -> str | None:
    """The first spelling the Kazakh dictionary knows, one whose қ and ғ stand among back vowels before one that sets
    them in a word of front vowels (kisi → кісі, not the қисі hunspell's affixes accept), or else
    the first that names a town or a district of Kazakhstan."""
    known = (c for c in spellings if known_word(c) and not _addressed_form(c))
    first = next(known, None)
    if first is not None and _back_consonant_in_front_word(first):
        return next((c for c in known if not _back_consonant_in_front_word(c)), first)
    return first or next(filter(kazakh_place, spellings), None)


_BACK_CONSONANTS = frozenset("ғқ")
_HARMONY_VOWELS = HARMONY_BACK | HARMONY_FRONT


def _back_consonant_in_front_word(spelling: str) -> bool:
    """A қ or ғ in a word whose vowels are front alone (қисі): Kazakh says к and г among front vowels."""
    return bool(_BACK_CONSONANTS.intersection(spelling)) and _front_vowels_alone(spelling)


def _front_vowels_alone(spelling: str) -> bool:
    """Whether the spelling's vowels that set harmony are all front ones, one at least."""
    vowels = _HARMONY_VOWELS.intersection(spelling)
    return bool(vowels) and vowels <= FRONT_VOWELS


def _addressed_form(spelling: str) -> bool:
    """A final n read as ң that the dictionary knows only as the second-person possessive of the word before it
    (balaman → баламаң, your балама): a name in Latin letters is no form addressing the reader; a word whose ң is
    its own (алаң, кеңес, таң) keeps it."""
    if not spelling.endswith(_SECOND_PERSON) or spelling[-2:-1] not in VOWELS:
        return False
    stems = dictionary_stems(spelling)
    return spelling[:-1] in stems and spelling not in stems


def _run_together(part: str) -> str | None:
    """Two dictionary words written as one address part, as a site's name joins them, the longer head first (akorda →
    ақ + орда; a head the table reads keeps its reading, kaz → каз, where the reading is the head's sound: sek, a
    currency's code the table says крона, is no head of sekaradan); none in an English word (market, editor)."""
    if len(part) < _SHORTEST_RUN_TOGETHER or not (part.isascii() and part.isalpha()) or phonemes(part) is not None:
        return None
    for cut in range(len(part) - _SHORTEST_TAIL, _SHORTEST_HEAD - 1, -1):
        head, tail = part[:cut], part[cut:]
        if not _syllable(head) or not _syllable(tail):
            continue  # polis + ia: a part of vowels alone is no word of a name
        if len(tail) >= _SHORTEST_ENGLISH_PART and phonemes(tail) is not None:
            continue  # namaz + times: an English tail, which the English-tail rules read
        named = names().get(head)
        said_head = (named if named and _same_consonants(named, head) else None) or _dictionary_spelling(head)
        if said_head and (said_tail := _dictionary_spelling(tail) or _tail_with_i_as_y(tail)):
            return said_head + said_tail
    return None


def _tail_with_i_as_y(tail: str) -> str | None:
    """A run-together name's second word with its i as a back-vowel word's ы, as a whole part may write it (syrboyi →
    сыр + бойы); tried after every reading with и and і, and only for a word long enough to be no English one."""
    return _spelling_with_i_as_y(tail) if "i" in tail and len(tail) >= _SHORTEST_DICTIONARY_READING else None


def read_site_name_with_code(word: str) -> Spoken | None:
    """A site's name written with its country's domain code and the dot lost, as a word in running text (Kaskelenkz,
    Tengrinewskz): the name and the code's letters, as the address reader says an account so named (@zakonkz)."""
    code = _glued_country_code(word)
    if code is None or len(word) - len(code) < _SHORTEST_SITE_NAME or phonemes(word.lower()) is not None:
        return None
    return _read_address_part(word)


def _glued_country_code(part: str) -> str | None:
    """A country's domain code written onto an account's name (@zakonkz, Tengrinewskz), its letters no word ends in:
    the code, said by its letters after the name."""
    code = part[-_CODE_LENGTH:].lower()
    head = part[:-_CODE_LENGTH]
    glued = code in _GLUED_COUNTRY_CODES and len(head) >= _SHORTEST_PART and head.isalpha()
    return part[-_CODE_LENGTH:] if glued and _VOWELS & set(head.lower()) else None


def _same_consonants(spelling: str, part: str) -> bool:
    """A short part is read as a dictionary word only where the word keeps the letter rules' consonants and differs in
    its vowels alone (nur → нұр, ult → ұлт): a Kazakh consonant the plain Latin hides may as well not be there (Kyn →
    кын, not the dictionary's қын)."""

    return _consonants(spelling) == _consonants(_by_letter_rules(part))


def _consonants(word: str) -> str:
    return "".join(ch for ch in word if ch not in _CYRILLIC_VOWELS)


def _syllable(letters: str) -> bool:
    """Letters with a vowel and a consonant among them, as any word of a name has."""
    return bool(_VOWELS & set(letters)) and not set(letters) <= _VOWELS


def _capitalised_english(part: str) -> bool:
    """A short address part written as a capitalised word the English dictionary knows (No-comment.kz, My.gov.kz) is
    that word (ноу, not но), unless it spells a Kazakh word too (El.kz → ел); a short part in small letters may be
    clipped letters (gov, azh), said as spelled."""
    low = part.lower()
    kazakh = known_word(_transliterate(low)) or known_word(_kazakh_letters(low))
    return part[:1].isupper() and part[1:].islower() and phonemes(low) is not None and not kazakh


def _hyphened_letters(part: str) -> bool:
    """Two letters hyphened onto a site's name that spell no Kazakh word (airport-uk.kz: the city's initials) are
    letters, as a part with no vowel is (kz); two that do are the word (Jasyl-el → ел), and so is an English word in
    capitals' case. A domain's own two letters (co.uk) keep their reading."""
    low = part.lower()
    return (
        len(part) < _SHORTEST_PART
        and part.isalpha()
        and not _capitalised_english(part)
        and known_word(_transliterate(low)) is False
        and not known_word(_kazakh_letters(low))
    )


def _sayable(part: str) -> bool:
    return pronounceable(_transliterate(part.lower()))


def dictionary_reading(word: str) -> str | None:
    """The Kazakh word a plain-Latin spelling stands for, when the dictionary knows one (Aikyn → айқын)."""
    plain = word.isalpha() and word.isascii() and len(word) >= _SHORTEST_DICTIONARY_READING
    if not plain or known_word("және") is None:
        return None
    candidates = _candidates(_LETTER.findall(word))
    if (known := _first_known(candidates)) or phonemes(word):
        # an English word (editor) is no compound of Kazakh ones
        return _ia_loan(word, known) or (known and _likeliest_vowels(word, candidates, known)) or known
    compound = next((c for c in candidates if _known_compound(c) or _known_possessive(c)), None)
    return None if compound and _with_kazakh_head(word) else compound  # namaztimes: the English times, not тимес


# An English word's final -y after a consonant is the -ия its international loan ends in (strategy → стратегия): a
# Kazakh reading that takes the y for і or и spells only the loan's stem (стратегі), which the dictionary accepts
# as a stem though no one writes it, so the word is that loan.
_IA_ENDING = "ия"


def _ia_loan(word: str, known: str | None) -> str | None:
    """The -ия loan a Kazakh reading of an English -y word is the stem of (strategy, стратегі → стратегия)."""
    if not known or not word.endswith("y") or word[-2:-1] in "aeiou" or known[-1:] not in "іи":
        return None
    loan = known[:-1] + _IA_ENDING
    return loan if phonemes(word) and known_word(loan) else None


def read_place(word: str, neighbours: list[str], english: bool = False, suffixed: bool = False) -> Spoken | None:
    """A foreign place standing among Kazakh words, said by its Kazakh name (Seoul → сеул, New York → нью-йорк; a
    country's only with a case suffix written on it: `suffixed`, see places.exonym); in an English sentence or beside
    another Latin word it is part of an English name (South China University, Made in Kazakhstan) and None, unless
    every such word is a Kazakh one: a brand's Kazakh name before its city («Tolegen Paris» → төлеген париж)."""
    if english or (place := exonym(word, suffixed)) is None:
        return None
    if neighbours and not all(_reads_kazakh(n) for n in neighbours):
        return None
    return Spoken(place, LATIN)


def read_airline_country(word: str, following: str | None) -> Spoken | None:
    """A country's name before an airline's word, said by its Russian name (`places.airline_country`)."""
    country = airline_country(word, following)
    return Spoken(country, LATIN) if country else None


def read_beside_kazakh(word: str, neighbours: list[str]) -> Spoken | None:
    """A word too short for the dictionary alone (Nur, Jas, El) is Kazakh beside a Latin word the Kazakh dictionary
    reads and English does not know (Otan → отан), or one Kazakh letters mark: «Nur Otan» → нұр отан, «Jasyl El» →
    жасыл ел, AQ JOL → ақ жол; its i may be the Russian-style ы («Kiz Jibek» → қыз жібек)."""
    low = word.lower()
    if not _SHORTEST_KAZAKH_NEIGHBOUR <= len(low) < _SHORTEST_DICTIONARY_READING or not low.isalpha():
        return None
    if len(low) < _SHORTEST_PART and word.isupper() and not all(n.isupper() and _reads_kazakh(n) for n in neighbours):
        return None  # Astana IT HUB: two capitals are an initialism, not the word ит; among Kazakh capitals, EL ARNA
    if not any(_reads_kazakh(n) for n in neighbours):
        return None
    known = _dictionary_spelling(low) or (_spelling_with_i_as_y(low) if len(low) >= _SHORTEST_PART else None)
    return Spoken(known, LATIN) if known else None


# A letter only a Kazakh Latin alphabet writes, Turkish's ı, ö, ü, ş, ç and English's w left out: a word's Kazakh mark.
_KAZAKH_ONLY_MARK = re.compile(r"q(?!u)|[áäǵńñóúśý]", re.I)


def read_beside_marked_kazakh(word: str, neighbours: list[str]) -> Spoken | None:
    """A plain-Latin word beside one a letter only Kazakh Latin writes marks as Kazakh (Qabyldaý organy, an act card's
    label of two words, too few for `latinkazakh.alphabet` to call the text Latin Kazakh) is Kazakh in that word's
    alphabet when English does not know it and its reading there is a word the dictionary knows (organy → органы, not
    the English guess органи); an English word beside one stays English (Qazaq Times → тайм(с))."""
    low = word.lower()
    if len(low) < _SHORTEST_DICTIONARY_READING or not low.isalpha() or KAZAKH_MARKS.search(low) or phonemes(low):
        return None  # a word with a mark of its own is read by the rules for those (Azattyq Rýhy)
    marked = [n for n in neighbours if _KAZAKH_ONLY_MARK.search(n) and _reads_kazakh(n)]
    if not marked:
        return None
    reading = convert_word(low, latin_variant(" ".join([*marked, low])), load_lexicon().choose)
    return Spoken(reading, LATIN) if known_stem(reading) else None


def _reads_kazakh(word: str) -> bool:
    """A Latin word the Kazakh dictionary reads and English does not know (Otan), or a short one a letter only Kazakh
    Latin writes marks as Kazakh (Aq)."""
    low = word.lower()
    if KAZAKH_MARKS.search(low):
        return _dictionary_spelling(low) is not None
    return bool(dictionary_reading(low)) and not phonemes(low)


def read_the_before_vowel(word: str, following: str | None) -> Spoken | None:
    """The article the before a word that opens with a vowel sound is зи, as English says it (the entire time → зи
    энтайр тайм, the end → зи энд); before a consonant it stays зе (the time)."""
    if word.lower() != "the" or following is None:
        return None
    phones = phonemes(following.lower())
    return Spoken(_THE_BEFORE_VOWEL, ENGLISH) if phones and phones[0][-1].isdigit() else None


def read_article_before_english(word: str, following: str | None, before: str) -> Spoken | None:
    """A lone A opening a Latin phrase before a plain English word is the English article, said э, in a Kazakh
    sentence too (әйгілі A COLORS SHOW жобасында → э калорс шоу), not the letter эй. Before a word English does not
    know, or one that is also Kazakh or pinyin (A Jol), it stays the letter, and so after a Latin word (`before`, the
    text before it), where it is a model's or a group's letter (Mercedes A Class)."""
    if word not in ("A", "a") or following is None or len(following) < _SHORTEST_ARTICLE_NOUN:
        return None
    if re.search(r"[A-Za-z][\s-]*$", before):
        return None
    return Spoken(ENGLISH_ARTICLE, ENGLISH) if _plain_english(following.lower()) else None


def read_beside_english(word: str, neighbours: list[str], phrase: list[str] = ()) -> Spoken | None:
    """An English word that also spells pinyin (Pie: Palladius пе) beside an English word that is no pinyin
    (Whoopie) is the second word of an English name, said in English: «Whoopie Pie» → вупи пай. One that also
    spells a Kazakh word (Times: тимес) is English in a name whose other words hold a plain English one, even where
    a Kazakh word stands in it too: each word in its own language («The Qazaq Times» → зе қазақ таймс); a word
    outlets' names end in (`_OUTLET_WORDS`) is English after any other word of a name («Astana Times» → астана
    таймс). An international loan keeps the loan's reading (World Bank → уорлд банк), except in a name whose words
    an and joins, a duo's or a title's (Dan & Shay → дэн энд шей, not the loan шай)."""
    low = word.lower()
    if not low.isalpha() or phonemes(low) is None:
        return None
    if is_chinese_name([low]) and any(_plain_english(n.lower()) for n in neighbours):
        return read_latin(word, english=True)
    others = [n.lower() for n in phrase if n.lower() != low]
    if _foreign_q(low) and any(_plain_english(n) for n in others):
        return read_latin(low, english=True)
    if KAZAKH_MARKS.search(low) or dictionary_reading(low) is None:
        return None
    joined, loan = _JOINING_AND in others, _loan_reading(low)
    if loan is None and low in _OUTLET_WORDS and others:
        return read_latin(low, english=True)  # in capitals too: «ASTANA TIMES»
    if (joined or loan is None) and any(_plain_english(n) for n in others):
        return read_latin(word, english=True)
    return None


# English words of two letters that are never an initialism in an English title: a song's or a film's name in
# capitals reads them as words («JUST LET it BE» → джаст лет ит би, not the letters би и). IT, US and AI are left out:
# beside an English word they are initialisms as often as not (IT Park, US Open, AI Act).
_TWO_LETTER_WORDS = frozenset(
    {"am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "me", "my", "no", "of", "on", "or", "so",
     "to", "up", "we"}
)  # fmt: skip


def read_two_letter_word(word: str, phrase: list[str]) -> Spoken | None:
    """A two-letter English word in capitals (BE, OF, MY) in a phrase with a longer plain English word is that word,
    said in English; alone, among Kazakh or Latin-Kazakh words, or joined by an ampersand's and (AT&T), it is left
    to the letters' reading (None)."""
    low = word.lower()
    if not word.isupper() or low not in _TWO_LETTER_WORDS:
        return None
    if not any(n.lower() != "and" and len(n) > len(low) and _plain_english(n.lower()) for n in phrase):
        return None
    return read_latin(low, english=True)


# A structured language's keyword in capitals, as a lesson on Pascal's or Basic's loops writes them (WHILE … DO, FOR
# … TO … DO, IF … THEN): a two-letter one (DO, IF, TO, OR) is the English word it is, said in English (ду), not its
# letters (ди о), where a longer keyword in capitals stands near it; alone (DO компаниясы) it keeps the letters.
_LOOP_KEYWORDS = re.compile(r"(?<![A-Za-z])(?:WHILE|REPEAT|UNTIL|BEGIN|THEN|ELSE|FOR|DOWNTO)(?![A-Za-z])")
_KEYWORD_REACH = 150  # characters either side: the keyword's statement, its lines' gloss between
_SHORT_KEYWORDS = frozenset({"do", "if", "to", "or"})  # not IT, GO, NO: an initialism or a word of a slogan


def read_code_keyword(word: str, text: str, start: int) -> Spoken | None:
    """DO after WHILE's condition, IF before THEN: the English word, when a longer keyword in capitals is within
    `_KEYWORD_REACH` of it; else None (left to the other readings)."""
    if not word.isupper() or word.lower() not in _SHORT_KEYWORDS:
        return None
    near = text[max(0, start - _KEYWORD_REACH) : start + len(word) + _KEYWORD_REACH]
    if not _LOOP_KEYWORDS.search(near):
        return None
    return read_latin(word.lower(), english=True)


# Two English words run together among English words (a prize's name typed in haste: «Golden rooster and
# hundredflowers», «Best foreigndirector by Audience Award»): each a word the dictionary knows, neither shorter than
# five letters (a name's syllables and the combining heads Russian takes whole are shorter: Tik + tok, Euro + vision
# → евровисион, nano + walls), the whole one it lacks, and no word with a derivational suffix the letter rules
# already read as one (borderless).
_SHORTEST_GLUED_PART = 5


def read_glued_in_english(word: str, phrase: list[str]) -> Spoken | None:
    """A word the English dictionary lacks that is two of its words run together (hundredflowers, foreigndirector),
    in a phrase with another plain English word than an ampersand's and, is the two words said apart (хандред
    флауэрс). Alone, or beside Kazakh words only, a capitalised one is a name to read whole (None); one all in small
    letters is a handle, an account's or a project's name, that could hold no space (unknownkazakh жобасы →
    анноун казах), said apart too when its first word is plain English and the letter rules would misread the whole
    (not shutterstocks, whose whole reading is already its two words' sounds)."""
    low = word.lower()
    if not low.isascii() or not low.isalpha() or len(low) < 2 * _SHORTEST_GLUED_PART or phonemes(low) is not None:
        return None
    handle = word.islower()
    if not handle and not any(n.lower() not in (low, "and") and _plain_english(n.lower()) for n in phrase):
        return None
    if _with_english_suffix(low) or _with_combining_head(low):
        return None  # one word made of a word and an affix (borderless, nanowalls), said as one
    for cut in range(len(low) - _SHORTEST_GLUED_PART, _SHORTEST_GLUED_PART - 1, -1):
        head, tail = low[:cut], low[cut:]
        if phonemes(head) is None or phonemes(tail) is None or (handle and not _handle_head(head)):
            continue
        apart = f"{read_latin(head, english=True)} {read_latin(tail, english=True)}"
        if handle and apart.replace(" ", "") == read_latin(low, english=True):
            return None  # the letter rules already say the two words' sounds (shutterstocks): the name stays whole
        return Spoken(apart, "english", True)
    return None


# English heads that make one word with the word after them (hyperscale, superstar, multiscreen), said as one.
_ONE_WORD_HEADS = frozenset({"hyper", "super", "ultra", "inter", "multi", "counter", "cross", "under", "after"})


def _handle_head(head: str) -> bool:
    """A handle's first word, said apart from the second: plain English, and no head that makes one word with it."""
    return head not in _ONE_WORD_HEADS and _plain_english(head)


# The Kazakh word for a newspaper, a journal, an agency, a channel or a site, written after an outlet's name.
# The Kazakh noun for an outlet or its newsroom after its name, a closing quote between ("Qazaq Times" redakciyasınıñ).
_MEDIUM_AFTER = re.compile(
    r"[»\"”’']?\s+(?:газет|басылым|журнал|агенттіг|агентств|телеарна|арна|портал|сайт|редакци)", re.IGNORECASE
)
# The English article opening the outlet's name one word before (The Qazaq Times, where Qazaq was read as Kazakh).
_ARTICLE_OPENS_NAME = re.compile(r"(?<![\w-])The\s+\S+\s+$")


def read_outlet_before_medium(word: str, rest: str, before: str = "") -> Spoken | None:
    """A word outlets' names end in that also spells a Kazakh word (Times: тимес), written before the Kazakh word for
    a newspaper, an agency, a channel or its newsroom, is the outlet's English word («The New York Times газетінің» →
    таймс газетінің; "Qazaq Times" redakciyasınıñ → қазақ таймс редакциясының), even where the name's other words were
    said before it (New York, read as a place; Qazaq, a Latin Kazakh text's word made Cyrillic) and so leave it no
    English neighbour; so is one ending a name the English article opens ("The Qazaq Times"). None for any other
    word, or with neither such a noun after it nor the article before."""
    low = word.lower()
    if low not in _OUTLET_WORDS or dictionary_reading(low) is None:
        return None
    if not outlet_before_medium(low, rest) and _ARTICLE_OPENS_NAME.search(before[-80:]) is None:
        return None
    return read_latin(low, english=True)


def outlet_before_medium(word: str, rest: str) -> bool:
    """A word outlets' names end in (Times, News) with the Kazakh noun for an outlet or its newsroom in `rest`, the
    text after it in Cyrillic: the converter of a Latin Kazakh text keeps the word English for the rule above."""
    return word.lower() in _OUTLET_WORDS and _MEDIUM_AFTER.match(rest) is not None


# The parts of a page a button's command names after its verb (Close Menu, Close Window): the line is the button.
_PAGE_PARTS = frozenset("menu window panel tab popup dialog banner sidebar search navigation comments".split())


def read_command_label(word: str, text: str, start: int, end: int) -> Spoken | None:
    """An English word alone on its line is a page's button or link (Close under a comment box, Share, Login): a
    command, said as the verb where the dictionary has the noun's or the adjective's reading first (Close → клоуз,
    `english.read_english_command`); so is one before the page's part it acts on, alone on their line (Close Menu:
    todayinfo.kz's header, energy65). None for a word with other words on its line (Close friends keeps клоус) or
    with no such pair of readings."""
    line = line_holding(text, start, end).split()
    label = line == [word] or (len(line) == 2 and line[0] == word and line[1].lower() in _PAGE_PARTS)
    if not label or (said := read_english_command(word)) is None:
        return None
    return Spoken(said, ENGLISH, True)


def _foreign_q(word: str) -> bool:
    """A word the English dictionary knows whose q is its own language's, not Kazakh Latin's mark (Qatar, Qantas,
    Aqaba): no pinyin, and long enough for the dictionary (IQ, Qi are letters or syllables). In an English name it is
    said in English («FIFA WORLD CUP QATAR» → фифа уорлд кап катар, not the Kazakh word қатар it also spells)."""
    long_enough = len(word) >= _SHORTEST_DICTIONARY_READING
    return long_enough and "q" in word and phonemes(word) is not None and pinyin_syllables(word) is None


def _plain_english(word: str) -> bool:
    """The English dictionary knows the word, and it is neither pinyin nor Kazakh in Latin letters."""
    return phonemes(word) is not None and pinyin_syllables(word) is None and dictionary_reading(word) is None


def _candidates(letters: list[str], harmonies: tuple[dict[str, str | list[str]], ...] = _HARMONIC_CHOICES) -> list[str]:
    """The Cyrillic spellings a plain-Latin Kazakh word may stand for, back-vowel readings first."""
    found = []
    for choices in harmonies:
        options = [_letter_options(letters, i, choices) for i in range(len(letters))]
        found += ["".join(reading) for reading in islice(product(*options), _MOST_READINGS)]
    return found


def _known_compound(word: str) -> bool:
    """Two Kazakh words written as one, as place names are (Kyzylorda → қызыл + орда, Zhanaozen)."""
    return any(
        known_word(word[:cut]) and known_word(word[cut:])
        for cut in range(_SHORTEST_COMPOUND_PART, len(word) - _SHORTEST_COMPOUND_PART + 1)
    )


def _marked_compound(word: str) -> str | None:
    """A word with a Kazakh mark whose letter-for-letter reading is two Kazakh words written as one (tilqural → тіл +
    құрал), three letters at least, the longer five; no other reading is chosen by it (Türkıstan keeps түркістан,
    though түр + қыстан are words)."""
    plain = _kazakh_letters(word)
    cuts = range(_SHORTEST_MARKED_COMPOUND_PART, len(plain) - _SHORTEST_MARKED_COMPOUND_PART + 1)
    longer = (cut for cut in cuts if max(cut, len(plain) - cut) >= _LONGER_MARKED_COMPOUND_PART)
    return plain if any(known_word(plain[:cut]) and known_word(plain[cut:]) for cut in longer) else None


def _unmarked_compound(word: str) -> str | None:
    """A word with a Kazakh mark that is two Kazakh words written as one, their other marks left off as plain Latin
    leaves them (qazdauiri → қаз + дәуірі, not the letter-for-letter қаздауірі): each part the dictionary word its
    letters spell (`_first_known`), as long as `_marked_compound` asks; tried after every reading of the whole."""
    if not word.isascii():
        return None
    letters = _LETTER.findall(word)
    for cut in range(1, len(letters)):
        head, tail = "".join(letters[:cut]), "".join(letters[cut:])
        if min(len(head), len(tail)) < _SHORTEST_MARKED_COMPOUND_PART:
            continue
        if max(len(head), len(tail)) < _LONGER_MARKED_COMPOUND_PART:
            continue
        if (first := _first_known(_candidates(letters[:cut]))) and (second := _first_known(_candidates(letters[cut:]))):
            return first + second
    return None


def _known_possessive(word: str) -> bool:
    """A dictionary word with the possessive -ы/-і, its final consonant voiced before it (Siylygy → сыйлығы)."""
    if not word.endswith(_POSSESSIVE_ENDINGS) or len(word) <= _SHORTEST_DICTIONARY_READING:
        return False
    stem = word[:-1]
    return bool(known_word(stem[:-1] + DEVOICING.get(stem[-1], stem[-1])))


def _loan_reading(word: str) -> str | None:
    """A Latin word whose letters spell a word the Kazakh dictionary knows, an international one, is read as
    that word, a plural -s kept as с (Motors → моторс, Bars → барс), not by its English sound."""
    plain = word.isalpha() and word.isascii() and len(word) >= _SHORTEST_DICTIONARY_READING
    if not plain or known_word("және") is None:
        return None
    stem, plural = (word[:-1], "с") if word.endswith("s") and not word.endswith("ss") else (word, "")
    if len(stem) < _SHORTEST_DICTIONARY_READING or _spells_another_word(stem):
        return None
    return next((spelled + plural for spelled in _loan_spellings(stem) if known_word(spelled)), None)


def _spells_another_word(word: str) -> bool:
    """Its th read т as a loan spells it (thank → танк) is the letters of another English word (tank), whose loan
    that is: the word is English, said as English says it (thanks → тэнкс)."""
    return "th" in word and phonemes(word.replace("th", "t")) is not None


def _loan_spellings(word: str) -> list[str]:
    """The word letter for letter as Kazakh and Russian spell a loan; th is т as in театр, or ф as Greek θ came
    into Russian (Marathon → марафон)."""
    runs = _letter_runs(word)
    return [
        "".join((part == "th" and greek) or _DIGRAPHS.get(part) or _english_letter(word, at) for at, part in runs)
        for greek in ("", "ф")[: 1 + ("th" in word)]
    ]


def read_as_the_text_writes(word: str, text: str) -> Spoken | None:
    """A Latin word that the text around it also writes in Cyrillic letter for letter, as a loan is spelled, is said
    as the text writes it (хакатон – «School Hackathon» → хакатон, not the English хэкатон); a name of the table
    keeps its reading. The Cyrillic word may carry a case suffix (хакатонда). A Kazakh or Turkic name in any Latin
    alphabet is found by the Cyrillic letters its Latin ones may stand for («Йерлі Дүшүндже» (Yerli Düşünce))."""
    low = word.lower().replace("’", "'")
    if len(low) < _SHORTEST_WRITTEN_LOAN or not low.replace("'", "").isalpha() or _key(low) in names():
        return None
    lowered = text.lower()
    spellings = _loan_spellings(low) if low.isascii() and low.isalpha() else []
    for spelled in [*map(re.escape, spellings), _cyrillic_pattern(low)]:
        for found in re.finditer(rf"(?<!\w)({spelled})(\w*)", lowered):
            if not found[2] or parse_suffixes(found[2]) is not None:
                return Spoken(found[1], LATIN)
    return None


# The Cyrillic letters a Latin letter may stand for in the Kazakh Latin alphabets (2017 with apostrophes, 2018 with
# acutes, 2021 with breves and umlauts), the informal spellings (y for у or ы, q for қ, sh, ch, zh) and the Turkic
# ones (Turkish c for дж, ş, ç, ğ).
_CYRILLIC_FOR = {
    "a": "аә", "b": "б", "c": ("с", "ц", "ч", "дж"), "d": "д", "e": "еэә", "f": "ф", "g": "гғ", "h": "һх",
    "i": "іийы", "j": "ж", "k": "кқ", "l": "л", "m": "м", "n": "нң", "o": "оө", "p": "п", "q": "қ", "r": "р",
    "s": "с", "t": "т", "u": "ұүу", "v": "в", "w": "ууұ", "x": ("х", "кс"), "y": "ыуйіи", "z": "з",
    "á": "ә", "ä": "ә", "ǵ": "ғ", "ğ": "ғ", "ǧ": "ғ", "ı": "ыі", "ń": "ң", "ñ": "ң", "ŋ": "ң", "ó": "ө", "ö": "ө",
    "ú": "ү", "ü": "ү", "ş": "ш", "ç": "ч", "ý": "у", "é": "е",
    "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "ts": ("ц", "тс"), "ya": ("я", "йа"), "yu": ("ю", "йу"),
    "ye": ("е", "йе"), "a'": "ә", "o'": "ө", "u'": "ү", "i'": "ы", "n'": "ң", "g'": "ғ", "s'": "ш", "c'": "ч",
}  # fmt: skip
_CYRILLIC_LETTER_RUN = re.compile(r"[a-z]'|sh|ch|zh|kh|ts|y[aue]|.")
# The plain Latin of transliterated names and of addresses writes я, ю, ё as ia, iu, io (Миялы → mialy), ң as ng and
# ғ as gh: only there, where no English word stands (an English title's Mongolia is no Моңғолия).
_PLAIN_CYRILLIC_FOR = {
    **_CYRILLIC_FOR, "ia": ("ия", "я"), "iu": ("ию", "ю"), "io": ("ио", "ё"), "ng": ("ң", "нг"), "gh": "ғ",
}  # fmt: skip
_PLAIN_LETTER_RUN = re.compile(r"[a-z]'|sh|ch|zh|kh|ts|y[aue]|i[auo]|ng|gh|.")


@cache
def _cyrillic_pattern(word: str, plain: bool = False) -> str:
    """A pattern of the Cyrillic spellings a Kazakh word in Latin letters may stand for (Kundelik → к[ұүу]нд…); with
    `plain`, in the plain Latin of transliterated names (mialy → м(и|ия|я)лы)."""
    table, runs = (_PLAIN_CYRILLIC_FOR, _PLAIN_LETTER_RUN) if plain else (_CYRILLIC_FOR, _CYRILLIC_LETTER_RUN)
    return "".join(f"(?:{'|'.join(table.get(run, re.escape(run)))})" for run in runs.findall(word))


def _letter_runs(word: str) -> list[tuple[int, str]]:
    runs, at = [], 0
    while at < len(word):
        pair = word[at : at + 2]
        step = 2 if pair in _DIGRAPHS else 1
        runs.append((at, word[at : at + step]))
        at += step
    return runs


def _letter_options(letters: list[str], i: int, choices: dict[str, str]) -> str | list[str]:
    letter = letters[i]
    if letter == "i" and i > 0 and letters[i - 1] == "i":
        return "і"  # ii: the и and the і of киім, тиіс, биік (a glide after и is written y: Tiyn)
    if letter == "i" and i > 0 and letters[i - 1] in _VOWELS and not _after_glide(letters, i):
        return "й"  # a vowel before: the glide (Aikyn)
    if letter == "y" and i > 0 and letters[i - 1] in _Y_GLIDE_AFTER_LATIN:
        return "й"  # Qanay → қанай: no Kazakh word sets ы or і after а, ә, е, о or ө (not қана + ы, a possessive)
    if letter == "y" and i > 0 and letters[i - 1] in _VOWELS:
        return ["й", choices["y"][0]]  # Siylygy, Saiyn: the glide, or the vowel after one
    if letter == "i" and _before_closing_y(letters, i):
        return _VOWEL_BEFORE_GLIDE[_FRONT_Y in choices["y"]]
    if letter in choices:
        return choices[letter]
    return [_DIGRAPHS.get(letter) or _KAZAKH_LETTERS.get(letter, letter)]


def _after_glide(letters: list[str], i: int) -> bool:
    """An i after a y or a u that follows a vowel: that y is the glide й, that u the glide у, and the i its
    syllable's vowel (boyi → бойы, the possessive of бой; dauiri → дәуірі, sauir → сәуір), not a second glide."""
    return letters[i - 1] in "yu" and i > 1 and letters[i - 2] in _VOWELS


def _before_closing_y(letters: list[str], i: int) -> bool:
    """An i before a y with no vowel after it (Siylygy's iy, Tiyn's)."""
    after = letters[i + 1 : i + 3]
    return after[:1] == ["y"] and (len(after) == 1 or after[1] not in _VOWELS)


def _transliterate(word: str) -> str:
    if (kazakh := dictionary_reading(word)) is not None:
        return kazakh
    if KAZAKH_MARKS.search(word):
        return _kazakh_letters(word)
    return _by_letter_rules(word)


def _by_letter_rules(word: str) -> str:
    out, i = ([_EU_OPENING], 2) if word.startswith("eu") else ([], 0)  # Euronews, Eurobank: евро-
    while i < len(word):
        if (form := _greek_form_at(word, i)) is not None:
            out.append(_GREEK_FORMS[form])
            i += len(form)
            continue
        if (digraph := _digraph_at(word, i)) is not None:
            out.append(digraph)
            i += 2
            continue
        out.append(_english_letter(word, i))
        i += 1
    return "".join(out)


# Greek combining forms said as the Russian and Kazakh loans have them (гидрология, гидромет), which the letter rules
# misread: hydro's h is г and its y и (Kazhydromet → казгидромет, not кажыдромет, whose zh is no digraph here).
# So are ethno and the French -logue of English words the dictionary lacks, whose ue is silent (Ethnologue →
# этнолог, as монолог, каталог), not етнологуе.
_GREEK_FORMS = {"hydro": "гидро", "ethno": "этно", "logue": "лог"}


def _greek_form_at(word: str, i: int) -> str | None:
    """The Greek combining form that opens at i, if one does."""
    return next((form for form in _GREEK_FORMS if word.startswith(form, i)), None)


def _digraph_at(word: str, i: int) -> str | None:
    """The two letters at i read as one sound, if they are. A final ts is тс (Prosports); ia is ия only at the end,
    as Russian spells Asia and Scania, and иа inside a word (FIAPF → фиапф, UNIAN → униан, as Фиат, Диана); no
    pair whose second letter opens a Greek combining form (kaz + hydromet)."""
    pair, last = word[i : i + 2], i + 2 == len(word)
    if pair not in _DIGRAPHS or (pair == "ts" and last) or _greek_form_at(word, i + 1) is not None:
        return None
    return _MID_WORD_IA if pair == "ia" and not last else _DIGRAPHS[pair]


def _silent_final_h(word: str, i: int) -> bool:
    """A final h after a vowel is not said (Sharjah → шарджа, Jeddah, Hannah), as Russian and Kazakh spell such
    names; kh, sh, ch and th are digraphs, taken before."""
    return word[i] == "h" and i == len(word) - 1 and i > 0 and word[i - 1] in _VOWELS


def _english_letter(word: str, i: int) -> str:
    ch, after = word[i], word[i + 1 : i + 2]
    if _silent_final_h(word, i):
        return ""
    if ch == "c" and after in ("e", "i", "y"):
        return "с"
    if ch == "e" and i == 0 and after == "x":
        return "э"  # Expedit: a loan's opening ex is экс, as экспорт, экспресс (no Kazakh word opens екс)
    if ch == "w" and i == 1 and word[0] == "t" and after in _VOWELS:
        return "в"  # Twix, Twibbon: an opening tw before a vowel is тв, as the loans have it (твиттер, твист)
    if ch == "k" and _glide_before_k(word, i):
        return _GLIDE_K_FRONT if word[i - 2] == "e" else _GLIDE_K_BACK
    if ch == "i" and ((i == 1 and word[0] == "a") or _closes_syllable(word, i) or _kazakh_glide(word, i)):
        return "й"  # Aikyn: ai opening a word is the diphthong ай; Baikonyr, Dubai: the glide closes a syllable
    if ch == "y" and i > 0 and word[i - 1] not in _VOWELS and after not in _VOWELS:
        return "и" if _english_final_y(word, i) else "ы"  # Aikyn, Almaty: y after a consonant is the vowel ы
    if ch in _LETTERS:
        return _LETTERS[ch]
    plain = plain_latin(ch)
    return _by_letter_rules(plain) if plain != ch else ch


def _english_final_y(word: str, i: int) -> bool:
    """A final y after a consonant, closing a word with a vowel before it, is и, as Russian spells such names
    (Comirnaty → комирнати), unless the word is Kazakh in the news sites' transliteration, which writes ы as y
    elsewhere in it too (Aikyn, Tolkyn) or has zh (Zhalaghashty): harmony puts ы after such a word's back vowels."""
    if i != len(word) - 1 or not _VOWELS & set(word[:i]):
        return False  # my, sky: a final y that is the word's only vowel is another sound
    inner = any(ch == "y" and _between_consonants(word, at) for at, ch in enumerate(word[:i]))
    return not inner and _KAZAKH_TRANSLITERATION not in word


def _between_consonants(word: str, i: int) -> bool:
    after = word[i + 1 : i + 2]
    return i > 0 and word[i - 1] not in _VOWELS and after not in _VOWELS


def _kazakh_glide(word: str, i: int) -> bool:
    """A word written with zh is Kazakh in the news sites' transliteration, where no two vowels stand side by side:
    an i after a vowel and before a consonant is the glide й (zhaikpress → жай-, `_glide_before_k`)."""
    after = word[i + 1 : i + 2]
    return _KAZAKH_TRANSLITERATION in word and i > 0 and word[i - 1] in _VOWELS and bool(after) and after not in _VOWELS


_GLIDE_K_BACK, _GLIDE_K_FRONT = "ық", "ік"


def _glide_before_k(word: str, i: int) -> bool:
    """A k after a glide, at the end of a word written with zh or before a consonant, is the қ or к of a syllable
    whose ы or і the news sites' transliteration drops, as Kazakh closes no syllable with йқ (zhaikpress → жайықпресс,
    Жайық), harmony choosing the vowel."""
    after = word[i + 1 : i + 2]
    glide = i >= 2 and word[i - 1] == "i" and _kazakh_glide(word, i - 1)
    return glide and word[i - 2] in _GLIDE_OPENERS and after not in _VOWELS


def _closes_syllable(word: str, i: int) -> bool:
    """An i after a, o or e is the glide closing their syllable when the word ends there or one consonant and a vowel
    follow it (Baikonyr, Kaisar, Shanghai); before two consonants it may open a part of its own (Elordainfo)."""
    if i == 0 or word[i - 1] not in _GLIDE_OPENERS:
        return False
    rest = word[i + 1 : i + 3]
    return not rest or (rest[0] not in _VOWELS and (len(rest) == 1 or rest[1] in _VOWELS))


_LETTER_OR_DIGIT_RUN = re.compile(r"\d+|[^\d]+")
_SHORTEST_CODE = 8
_FEWEST_CASE_TURNS = 3  # iPhoneX turns twice; a key turns back and forth
_DIGIT_RUN = re.compile(r"\d+")


def _generated_code(part: str) -> bool:
    """A link's key made by a machine (forms.gle/oGJNRKD7svN3CL7p6): long, its letters turning between the cases
    again and again, digits in more than one place; no name is written so, so it is spelled."""
    if len(part) < _SHORTEST_CODE or not (part.isascii() and part.isalnum()):
        return False
    cases = [ch.isupper() for ch in part if ch.isalpha()]
    turns = sum(a != b for a, b in pairwise(cases))
    return turns >= _FEWEST_CASE_TURNS and len(_DIGIT_RUN.findall(part)) >= 2


def _spelled_code(part: str) -> str:
    """A generated key letter by letter and digit by digit (о джи джей … жеті эс ви)."""
    return " ".join(digits(ch) if ch.isdigit() else spell_latin(ch) for ch in part)


def _read_address_run(run: str, dictate: Callable[[str], str] | None = None) -> Spoken:
    """A run of an address part that joins letters and digits (gov4c, 365info): the digits as a number (in another
    language's words by `dictate`), a lone letter by its name (c → си), longer letters as an address part."""
    if run.isdigit():
        return Spoken(_address_number(run, dictate), LATIN)
    if len(run) == 1 and run.isalpha():
        return Spoken(spell_latin(run), LATIN)
    return _read_address_part(run)


# An address's number longer than this is a key (profile.php?id=100024948800417), dictated digit by digit: no one
# counts a hundred trillion in a link; an article's number (kaz.nur.kz/society/2008710) is still said as a number.
_LONGEST_COUNTED_IN_ADDRESS = 9


def _address_number(run: str, dictate: Callable[[str], str] | None = None) -> str:
    """Digits in an address as they are typed: a number, its leading zeros said before it (…/2020/04/ → екі мың
    жиырма слэш нөл төрт; 007 → нөл нөл жеті), since the address is dictated, not counted; a key longer than a
    number one counts is said digit by digit. `dictate` says a group so in another language (123ru → сто двадцать
    три ру in a Russian sentence)."""
    if len(run) > _LONGEST_COUNTED_IN_ADDRESS:
        return " ".join(map(dictate, run)) if dictate else digits(run)
    return (dictate or dictated)(run)


# A host's label with a capital inside it that opens a run of small letters: a brand's capitals (NewsRoom, OMarket),
# which the domain's name does not hold; not capitals throughout (BAQ.kz) nor an initialism's (KazTAG).
_CAMEL_LABEL = re.compile(r"(?<![./])(?<!^)[A-Z](?=[a-z])")
_HOST_LABEL = re.compile(r"[^.]+")


def _host_in_small_letters(host: str) -> str:
    """An address's host as the domain holds it, its camel-case labels in small letters: the capitals show a
    brand's parts to the eye, but the site's name is one word (SamZan.net → самзан, OMarket.kz → омаркет, ZontNews.kz),
    read as the same address typed in small letters is (NewsRoom.kz → ньюсрум, the English newsroom); a label of
    words keeps its capitals, which tell the camel-case reader where each word ends (BlueOcean.kz → блу оушен,
    KitapFest.kz → кітап фест, not the letter rules' блуеосеан, китапфест). A part shorter than a word's four
    letters is as likely a syllable (Sam, Zan)."""
    if not _CAMEL_LABEL.search(host):
        return host
    return _HOST_LABEL.sub(lambda label: _label_in_small_letters(label[0]), host)


def _label_in_small_letters(label: str) -> str:
    if not _CAMEL_LABEL.search(label):
        return label
    words = all(_known_word_part(part) for part in case_parts(label))
    return label if words and phonemes(label.lower()) is None else label.lower()


def _known_word_part(part: str) -> bool:
    low = part.lower()
    known = phonemes(low) is not None or dictionary_reading(low) is not None
    return len(part) >= _SHORTEST_ENGLISH_PART and known


def _address_parts(text: str) -> list[str]:
    """An address cut at its dots, slashes and marks; a hyphenated English phrase (choral-conductors) stays whole so
    that its words are read alike."""
    parts: list[str] = []
    for piece in re.split(r"([./@_:?=&])", text):
        parts += [piece] if _english_phrase(piece.split("-")) else re.split(r"(-)", piece)
    return parts


# Hosts that shorten links: the path after them is a key a machine made, however short (bit.ly/3xYzAbC).
SHORT_LINK_HOSTS = frozenset({"bit.ly", "goo.gl", "vk.cc", "t.co", "clck.ru", "cutt.ly", "tinyurl.com"})


def read_web_address(
    match: re.Match[str], marks: Mapping[str, str] | None = None, dictate: Callable[[str], str] | None = None
) -> Spoken:
    """An address part by part; an account name (@shardara.armsport) without the @. A guess when a name in it was
    read by rule. `marks` says some of its marks otherwise, and `dictate` its numbers (in another language's words).
    A part that spells a name the text itself writes in Cyrillic is that name (`_name_the_text_writes`)."""
    text = re.sub(r"^(?:https?://|@)", "", match["address"], flags=re.I)
    host, slash, path = text.rstrip("/").partition("/")
    if not match["address"].startswith("@"):  # an account's name (@TheSevenNews) is read as its words
        host = _host_in_small_letters(host)
        text = host + slash + path
    if slash and host.lower().removeprefix("www.") in SHORT_LINK_HOSTS and _short_link_key(path):
        said = _read_address(host, marks, match.string, dictate)
        return Spoken(_after_address(f"{said} слэш {_spelled_code(path)}", match["suf"]), WEB, False)
    spoken = _read_address(text.rstrip("/"), marks, match.string, dictate)
    return Spoken(_after_address(spoken, match["suf"]), WEB, spoken.guess)


def _after_address(said: str, after: str | None) -> str:
    """A case ending after the address's hyphen is the address's (Zakon.kz-тың → закон нүкте кей зеттің); a word
    is one of its own, the hyphen joining a credit line's label (ummet.kz-ақпарат: the site's news → … кей зет
    ақпарат), not run onto the address's last letter."""
    if after and parse_suffixes(after) is None:
        return f"{said} {after}"
    return attach(said, after)


def _short_link_key(path: str) -> bool:
    """A short link's key: letters and digits, a digit among them or both cases (3xYzAbC; not goo.gl/maps)."""
    mixed_case = path.lower() != path != path.upper()
    return path.isascii() and path.isalnum() and (mixed_case or any(ch.isdigit() for ch in path))


_PATH_WORD_BREAK = re.compile(r"[/._-]")


def _english_path(text: str) -> bool:
    """An address's path that is an English phrase, its words joined by slashes, dots, underscores or hyphens
    (instagram.com/climbing_up.and_have_fun): every word one the English dictionary knows, one of them longer than a
    short part and no Kazakh word, so the path's short words are English too (up → ап, and → энд, fun → фан), not
    the clipped letters a short part is read as elsewhere (уп, анд, фун)."""
    words = [word.lower() for word in _PATH_WORD_BREAK.split(text.partition("/")[2]) if word]
    if len(words) < 2 or not all(word.isascii() and word.isalpha() and phonemes(word) for word in words):
        return False
    return any(len(word) > _SHORTEST_PART and _kazakh_address_word(word) is None for word in words)


def _english_identifier(text: str) -> bool:
    """A program's name of English words joined by underscores (digit_sum, is_prime, rotate_array), no dot, slash
    or @ in it: its short words are English as an English path's are (sum → сам, is → из), not the Kazakh words or
    clipped letters a short part of an address is read as (сұм)."""
    words = text.lower().split("_")
    if len(words) < 2 or re.search(r"[./@:]", text):
        return False
    if not all(word.isascii() and word.isalpha() and phonemes(word) for word in words):
        return False
    return any(len(word) > _SHORTEST_PART and _kazakh_address_word(word) is None for word in words)


# A name the text writes in Cyrillic letters, and an address beside it in plain Latin ones (Миялы ауылы … mialy44@
# mail.ru: the village's paper): the address part is that name when its letters spell it in plain Latin, as the
# transliterations write it (`_cyrillic_pattern`); a part the names table holds keeps its reading (a brand's).
_CYRILLIC_NAME = re.compile(r"(?<![\w-])[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{3,}(?![\w-])")


@lru_cache(maxsize=8)
def _names_in_text(text: str) -> tuple[str, ...]:
    """The capitalised Cyrillic words of four letters or more a text writes, lower-cased."""
    return tuple(dict.fromkeys(name.lower() for name in _CYRILLIC_NAME.findall(text)))


def _name_the_text_writes(run: str, text: str) -> str | None:
    """The capitalised Cyrillic name the text writes that an address's run of letters spells (mialy → миялы)."""
    spelled = re.compile(_cyrillic_pattern(run.lower(), plain=True))
    return next((name for name in _names_in_text(text) if spelled.fullmatch(name)), None)


def _read_address(
    text: str, marks: Mapping[str, str] | None = None, around: str = "", dictate: Callable[[str], str] | None = None
) -> Spoken:
    """The parts of an address said one after another, its marks by their words (`marks` over the Kazakh ones); a
    run of letters that spells a name the text `around` it writes in Cyrillic (`_name_the_text_writes`), and that the
    names table does not hold, is said as the text writes it."""
    said_marks = _PUNCTUATION | {mark: f" {word} " for mark, word in (marks or {}).items()}
    spoken: list[str] = []
    guess = False
    identifier = _english_identifier(text)
    english_path, in_path = identifier or _english_path(text), identifier
    after_hyphen = False
    for written in _address_parts(text):
        hyphened, after_hyphen = after_hyphen, written == "-"
        if "-" in written.strip("-"):  # kept whole by _address_parts: an English phrase
            spoken.append(_read_english_phrase(written.split("-")))
            continue
        part = CYRILLIC_TYPED_DOMAINS.get(written.lower(), written)
        in_path = in_path or part == "/"
        if part in said_marks:
            spoken.append(said_marks[part])
        elif in_path and english_path and len(part) <= _SHORTEST_PART and part.isalpha() and not _without_vowel(part):
            spoken.append(read_english(part.lower()) or _transliterate(part.lower()))
        elif _generated_code(part):
            spoken.append(_spelled_code(part))
        elif hyphened and _hyphened_letters(part):
            spoken.append(spell_latin(part))  # airport-uk.kz: ю кей, not ук
        elif part.isascii() and part:
            for run in _LETTER_OR_DIGIT_RUN.findall(part):
                unnamed = run.isalpha() and _key(run) not in names()
                name = _name_the_text_writes(run, around) if unnamed and around else None
                reading = Spoken(name, LATIN) if name else _read_address_run(run, dictate)
                spoken.append(reading)
                guess = guess or reading.guess
        elif part:
            spoken.append(part)
    return Spoken(" ".join(" ".join(spoken).split()), WEB, guess)

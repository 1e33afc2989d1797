"""Words in capitals (headlines, datelines, surnames): a word is read as a word unless it is an initialism.

The Kazakh hunspell dictionary (`tts_edition.hunspell`) decides when it is installed: a word it knows, or a stem it
knows followed by a chain of Kazakh suffixes (ЭКСПЕДИЦИЯСЫНЫҢ, ҚАЗАҚСТАНДАҒЫ: the dictionary's own affix rules
reject many inflected forms), is a word. Without it, or for a word it does not know (a surname), a pronounceable
word is a word; with the dictionary, an unknown word of three letters is taken for an initialism (АГФ, ҚИК), since
the dictionary knows the short words. A long word with vowels in it is a word whatever its clusters: initialisms
are short. The soft and hard signs have no names to be read by: capitals with one are a word (НЬЮ-ЙОРК, СЪЕЗД).

A note's name in capitals alone between quotes («ДО», «РЕ», a music lesson's or a poem's heading) is the note (до,
ре), not the initialism its two letters would make (дэ о, эр е): `QUOTED_NOTE`.
"""

from __future__ import annotations

import re

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.corpuswords import CORPUS_WORDS
from tts_edition.normalize.marks import line_holding
from tts_edition.normalize.morphology import (
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    SUFFIXES,
    VOWELS,
    is_back,
    parse_suffixes,
    stem_and_suffixes,
    verb_endings,
)

_SHORTEST_UNKNOWN_WORD = 4
_SHORTEST_STEM = 3
_LONGEST_INITIALISM = 6
_TAIL_SAID_WITH_STUMP = 2  # ҚазМУ → қазму: two capitals after a stump, said with it when the whole is a word
# Russian loans join four consonants (ФОТОЭЛЕКТРЛІК, СПЕКТРЛІК, КОНТРСТРАЙК); no word joins five.
# An initialism typed with only its first letter a capital (7 сынып Тжб): no Kazakh word is consonants alone (Ақ, Ол
# have their vowel first); read as its capitals are where the table knows them (`initialisms.speak_capitals`), else
# left as written.
TITLED_CONSONANTS = "[БВГҒДЖЗЙКҚЛМНҢПРСТФХҺЦЧШЩ][бвгғджзйкқлмнңпрстфхһцчшщ]{1,4}"
# An initialism typed with its inner letters small, its first and last capitals kept (КеаҚ for КЕАҚ, коммерциялық
# емес акционерлік қоғам, as a title page types it): a shape no word and no camel-case name has (CAMEL wants two
# capitals after its stump), read only where the table holds its capitals as an initialism.
SMALL_INSIDE = f"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{1,3}}[{KAZAKH_UPPER}]"
_MOST_CONSONANTS_IN_A_ROW = 4
_SIGNS = frozenset("ЬЪ")
# Everyday words hunspell-kk lacks, known as its own are (Osken-onir.kz → өскен өңір, as oner → өнер): өңір, a region,
# and елорда, the capital, which news sites' names and headlines write; энергетика, energy (энергетикалық, a word a
# lost line end breaks: энер-гетикалық); өнеркәсіп, industry, in 40 of the corpus's passages (Ө неркә сіп, a page that
# lost its letters' widths). The corpus's own everyday words the dictionary lacks are `corpuswords`.
DICTIONARY_GAPS = frozenset({"өңір", "елорда", "энергетика", "өнеркәсіп"})


def known_word(word: str) -> bool | None:
    """True or False when the dictionary is installed, None when it is not."""
    dictionary = kazakh_dictionary()
    if dictionary is None:
        return None
    lower = word.lower()
    return lower in DICTIONARY_GAPS or dictionary.lookup(lower)


def known_form(word: str) -> bool | None:
    """Whether the dictionary knows the word, or the corpus has it as an everyday word the dictionary lacks
    (аумағында, агенттігі): what the readers of scraped text ask before they join or part words. A corpus word is a
    word form, no stem for suffixes (мектебі is no stem of мектебісынан), nor a loan's spelling to the Latin readers
    (еуро is no reading of Eurobank)."""
    known = known_word(word)
    return known if known is not False else word.lower() in CORPUS_WORDS


def known_name(word: str) -> bool:
    """Whether the dictionary knows the word as a name, capitalised (Ержан, Ерасыл); False without the dictionary."""
    dictionary = kazakh_dictionary()
    return dictionary is not None and dictionary.lookup(word[:1].upper() + word[1:].lower())


def dictionary_stems(word: str) -> tuple[str, ...]:
    """The dictionary's words the word is formed from (баламаң → балама), none without the dictionary."""
    dictionary = kazakh_dictionary()
    return () if dictionary is None else dictionary.stems(word.lower())


def known_stem(word: str) -> bool | None:
    """Whether the dictionary knows the word, or a stem of it followed by suffixes (None without the dictionary)."""
    lower = word.lower()
    known = known_word(lower)
    if known is not False:
        return known
    return stem_and_suffixes(lower, known_word, _SHORTEST_STEM)


def known_form_or_stem(word: str) -> bool | None:
    """`known_stem`, or a word the corpus has whole (`known_form`): what the readers of scraped text ask."""
    known = known_stem(word)
    return known if known is not False else word.lower() in CORPUS_WORDS


def is_word(capitals: str) -> bool:
    """ЖАРИЯЛАНДЫ, ҚАРАША, САПАРОВА, ЭКСПЕДИЦИЯСЫНЫҢ are words; АГФ, ЖКҚ are initialisms to spell."""
    if not any(ch in VOWELS for ch in capitals.lower()):
        return False  # ЖҚТБ: the dictionary's affix rules can pass any string; a word has a vowel
    if _SIGNS.intersection(capitals):
        return True
    known = known_stem(capitals)
    if known or _long_word(capitals):
        return True
    said = abbr.pronounceable(capitals) or _pronounceable_closed(capitals)
    return said and (known is None or len(capitals) >= _SHORTEST_UNKNOWN_WORD)


def _pronounceable_closed(capitals: str) -> bool:
    """A surname in capitals whose syllable closes on a Kazakh final pair before the next syllable's consonant
    (АЙТБАЙ: айт-бай, ҚОРТБАЙ) is said as a word: three consonants stand between vowels, but the first two end a
    syllable as they end a word (айт, жұрт). With each such pair's first letter left out it must be pronounceable."""
    lower = capitals.lower()
    kept = "".join(ch for at, ch in enumerate(lower) if not _opens_closing_pair(lower, at))
    return kept != lower and abbr.pronounceable(kept)


def _opens_closing_pair(lower: str, at: int) -> bool:
    """Whether lower[at] opens a Kazakh final pair after a vowel, before a consonant and a vowel (айт|бай)."""
    window = lower[at - 1 : at + 4]
    return (
        at > 0
        and len(window) == 5
        and window[0] in VOWELS
        and abbr.kazakh_final_pair(window[1], window[2])
        and window[3] not in VOWELS
        and window[4] in VOWELS
    )


def initialism_before_suffix(capitals: str) -> bool:
    """Capitals a case suffix in capitals may follow after a hyphen (ТМД-ҒА, БАҚ-ТАРДА, НАТО-НЫҢ): an initialism of
    the table, or capitals the dictionary does not know; a word it knows heads a pair of words (АҒА-ІНІ)."""
    entry = abbr.table().get(capitals)
    return bool(entry and entry.kind == "initialism") or known_stem(capitals) is False


def shift_held(word: str) -> bool:
    """Two capitals before small letters are a word typed with the shift key held a letter too long (БҮгінде,
    ҚАзақстан, ПӘтердің) when the dictionary knows the word in small letters; not an initialism of the table with a
    suffix typed onto it (ҚРдағы, АҚтың), whose first suffix takes the form its last letter calls for: тер after
    ПӘ's vowel is no suffix of the initialism but the word пәтер's own letters."""
    initials, rest = word[:2], word[2:]
    entry = abbr.table().get(initials)
    suffixed = bool(entry and entry.kind == "initialism") and _follows(initials, rest)
    return not suffixed and bool(known_stem(word))


def _follows(stem: str, suffix: str) -> bool:
    """Whether `suffix` is a chain of suffixes whose first is written in a form the stem's last letter calls for."""
    names = parse_suffixes(suffix)
    if not names:
        return False
    return suffix.lower().startswith(SUFFIXES[names[0]].pair_for(stem.lower()))


# A heading set in capitals: a line with no small letter and at least this many words (ҒАСЫР ЖАСАҒАН АНАНЫҢ АҚ
# БАТАСЫН АЛДЫ); two capitals words alone are more often a name or an initialism with its noun.
FEWEST_HEADING_WORDS = 3
_LETTERS_WORD = re.compile(r"[^\W\d_]+")


def in_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a line set wholly in capitals, a heading."""
    return heading_words(_LETTERS_WORD.findall(line_holding(text, start, end)))


def heading_words(words: list[str]) -> bool:
    """Whether a line's words make a heading set wholly in capitals: enough of them, every one in capitals, so that
    none is capitalised for being a name (СОДЕРЖАНИЮ НАЦИОНАЛЬНЫХ СТАНДАРТОВ И РЕКОМЕНДАЦИЙ ПО)."""
    return len(words) >= FEWEST_HEADING_WORDS and all(word.isupper() for word in words)


def _long_word(capitals: str) -> bool:
    lower = capitals.lower()
    if len(lower) <= _LONGEST_INITIALISM or sum(ch in VOWELS for ch in lower) * 4 < len(lower):
        return False
    run = 0
    for ch in lower:
        run = 0 if ch in VOWELS else run + 1
        if run > _MOST_CONSONANTS_IN_A_ROW:
            return False
    return True


# A word's stump in capitals and small letters, then capitals: a name of an institute or an agency (ҚазҰТЗУ, КазНУ).
CAMEL = rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+(?=\w*[{KAZAKH_UPPER}]{{2}})(?:[{KAZAKH_UPPER}]+[{KAZAKH_LOWER}]*)+"
# An initialism whose capitals a small ж joins, the conjunction және between two of its words (АЭжБИ, ЭжБЖМ): three
# capitals at least, so that a word's stump before a capital (Тж) is no part of one; not the дж Russian spelling
# writes for the English j (ДжАКСА).
JOINED_BY_AND = rf"[{KAZAKH_UPPER}]{{2,}}ж[{KAZAKH_UPPER}]+|(?!Дж)[{KAZAKH_UPPER}]ж[{KAZAKH_UPPER}]{{2,}}"
# A Kazakh vowel letter: a capital's stump without one (the ж of және in ТжКБ) is spelled, not said as a word.
_HAS_VOWEL = re.compile("[аәеёиоөуұүыіэюяАӘЕЁИОӨУҰҮЫІЭЮЯ]")
# Two letters Russian spelling writes for one sound (ДжАКСА, the English j): said with the capitals after them.
_ONE_SOUND = ("дж", "дз")
_CAMEL_PART = re.compile(rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+|[{KAZAKH_UPPER}]+(?![{KAZAKH_LOWER}])")


def read_camel(word: str) -> str:
    """The stumps and words are said as one word and the capitals between them as they would be alone: by the
    table, as a word where they can be (ҚазТАГ → қазтаг, АнтиКОНСТИТУЦИЯЛЫҚ), two after a stump as one word with it
    where the whole can be one (ҚазМУ → қазму, КазГУ → казгу, ҚазПИ → қазпи), else letter by letter apart from the
    rest (КазНТУ → каз эн тэ у)."""
    spoken: list[str] = []
    glued = False
    for part in _CAMEL_PART.findall(word):
        entry = abbr.table().get(part)
        if entry and entry.kind == "initialism":
            reading, word_like = entry.spoken, False
        elif not _HAS_VOWEL.search(part) and part.lower() not in _ONE_SOUND:  # ТжКБ → тэ жэ ка бэ
            reading, word_like = abbr.spell(part.upper()), False
        elif glued and len(part) == _TAIL_SAID_WITH_STUMP and abbr.pronounceable(spoken[-1] + part):
            reading, word_like = part.lower(), True
        elif part.isupper() and not (len(part) >= _SHORTEST_STEM and (is_word(part) or abbr.read_as_word(part))):
            reading, word_like = abbr.spell(part), False
        else:
            reading, word_like = part.lower(), True
        if word_like and glued:
            spoken[-1] += reading
        else:
            spoken.append(reading)
        glued = word_like
    return " ".join(spoken)


# The solfège names of the seven notes, as Kazakh and Russian music teaching writes them.
NOTE_NAMES = ("ДО", "РЕ", "МИ", "ФА", "СОЛЬ", "ЛЯ", "СИ")
QUOTED_NOTE = re.compile(rf"(?<=[«“\"])(?:{'|'.join(NOTE_NAMES)})(?=[»”\"])")
QUOTED_NOTE_MARK = re.compile(rf"[«“\"](?:{'|'.join(NOTE_NAMES)})[»”\"]")  # the rule's gate opens on the quote


def speak_quoted_note(match: re.Match[str]) -> str:
    """«ДО» → «до»; «СОЛЬ» → «соль»."""
    return match.group().lower()


def verb_stem(stem: str) -> bool:
    """Whether the dictionary knows the verb a stem is the imperative of, by the verb's noun in -у, its doer's in -ушы
    or its passive stem (оқы → оқу, сөйле → сөйлеу, біріктір → біріктіруші, біріктіріл), the forms it lists verbs by."""
    back = is_back(stem)
    noun = (stem[:-1] if stem[-1] in "ыі" else stem) + "у"
    passive = stem + ("л" if stem[-1] in VOWELS else "ыл" if back else "іл")
    return any(known_form(form) for form in (noun, noun + ("шы" if back else "ші"), passive))


# The shortest verb stem looked for (жең|ді, кет|ті): a shorter one reads a word's own letters as an ending, a noun's as
# a tense's or a stem's л or н as the passive's (кел|ді is no ке|л|ді).
SHORTEST_VERB_STEM = 3


def verb_form(stem: str, ending: str) -> bool:
    """Whether `stem` is a verb's the dictionary knows and `ending` one it takes (біріктір|еді, жең|ді)."""
    return ending in verb_endings(stem) and verb_stem(stem)


def is_verb_form(word: str) -> bool:
    """Whether `word` is a verb's stem the dictionary knows with an ending it takes (жеңді, кетеді, жарса), which
    the dictionary's own affix rules may not parse."""
    return any(verb_form(word[:cut], word[cut:]) for cut in range(SHORTEST_VERB_STEM, len(word) - 1))

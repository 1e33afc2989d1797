"""Russian written in the Kazakh 2018 Latin alphabet, turned back into Russian Cyrillic for the Russian rules.

adilet.zan.kz prints the Russian parts of its Kazakh pages (a law's source, a newspaper's name and date, a book's
title) in the letters of the 2018 Kazakh alphabet: ı for и and й, ıa for я, y for ы, ý for у, h for х, ts for ц, sh
and ch, the soft sign left out ("Kazahstanskaıa pravda" ot 08.10.2016 g., Etalonnyı kontrolnyı bank, Iz ıstorıı
kazahsko-rossııskıh otnoshenıı). Such a span is Russian (`romanised_russian`: its words spell Russian words the
Kazakh dictionary does not know, or it dates a document with ot and g.), and each of its words is read back
(`russian_spelling`): the spellings the letters allow (и or й, я or ия, е or э, a soft sign after a consonant) are
tried in order of likelihood and the first Russian word OpenCorpora knows is kept; where several are, the one that
agrees with the adjective before it (российских отношений, Российской империи), else the likeliest singular
(истории, комментарий). Words with a letter only Kazakh writes (q, ǵ, ń, ó, ú, á, i: Shalqar, Ádіlet) stay Kazakh.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import product

from tts_edition.normalize import russianforms
from tts_edition.normalize.capitals import known_stem
from tts_edition.script.latin import KAZAKH_LATIN_ONLY

# The letters of a word in the 2018 alphabet's Russian, each with the Cyrillic spellings it may stand for, likeliest
# first: ı after a consonant is и, after a vowel й (Kazahı, Zapadnoı → казахи, западной); ıa, ıý, ıo are я, ю, ё after
# a vowel and ия, ию, ио after a consonant (pravovaıa, Informatsıonno); e opens a loan as э (elektronnom).
_CONSONANT_FIRST = {"ı": ("и", "й"), "ıa": ("ия", "ья", "я"), "ıý": ("ию", "ью", "ю"), "ıu": ("ию", "ью", "ю"),
                    "ıo": ("ио", "ьо", "ё"), "ıe": ("ие", "ье", "е")}  # fmt: skip
_VOWEL_FIRST = {"ı": ("й", "и"), "ıa": ("я", "ия"), "ıý": ("ю", "ию"), "ıu": ("ю", "ию"), "ıo": ("ё", "ио"),
                "ıe": ("е", "ие")}  # fmt: skip
_LETTERS = {
    "shch": "щ", "sh": "ш", "ch": "ч", "zh": "ж", "ts": "ц", "a": "а", "b": "б", "v": "в", "g": "г", "d": "д",
    "e": "е", "j": "ж", "z": "з", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с",
    "t": "т", "ý": "у", "u": "у", "f": "ф", "h": "х", "c": "ц", "y": "ы", "w": "в", "x": "кс",
}  # fmt: skip
_CHUNK = re.compile("|".join(sorted({*_LETTERS, *_CONSONANT_FIRST}, key=len, reverse=True)))
_OPENING_E = ("е", "э")
_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")
# The consonants a soft sign follows (kontrolnyı → контрольный) before a consonant or at a word's end.
_SOFTENED = frozenset("бвдзлмнпрстф")
_NOT_BEFORE_SOFT_SIGN = _RUSSIAN_VOWELS | {"й"}
_MOST_SPELLINGS = 256
_SOFT_SIGN = "ь"
# A letter only Kazakh writes (Shalqar, Ádіlet, derekkózі: the Cyrillic і typed for i too): the word is Kazakh. Not
# ý, which 2018 writes for a Russian у too (Sbornık dokýmentov).
_KAZAKH_ONLY_LETTERS = KAZAKH_LATIN_ONLY.replace("ý", "")
KAZAKH_ONLY = re.compile(f"[{_KAZAKH_ONLY_LETTERS}{_KAZAKH_ONLY_LETTERS.upper()}qQiі]")
WORD = re.compile(r"(?<![\w'’])[A-Za-zÀ-ɏ]+(?![\w'’])")
# A document dated as Russian dates it, in these letters (ot 08.01.2015 g., v vıde 21.06.2017 g.): its year's g.
# (года; Kazakh writes j. for жыл), Russian however few the other words.
DOCUMENT_DATE = re.compile(r"(?<![\w.])\d{1,2}\.\d{2}\.\d{4}[ \t]*g\.")
# Russian endings as the 2018 letters write them: -aıa, -yı, -ıı, -oı, -ıh, -yh, -ogo, -ov, -oe, -ıe, -ıt: the gate
# before a span's words are looked up, and a word the Kazakh dictionary knows too (истории) that ends so is Russian.
_ENDING = re.compile(r"[a-zıý]{2,}(?:aıa|yı|ıı|oı|[ıy]h|ogo|ov|oe|ıe|ıt|yt)(?![\w'’])")
_FEWEST_WORDS = 2
_SHORTEST_WORD = 2  # a letter alone (v, s, k: a preposition) tells no language
_ROMAN = re.compile("[IVXLCDM]+")
# What parts a line's spans: a table's bars (| Jarııalaý derekkózі | Informatsıonno-pravovaıa sıstema …).
_SEGMENT_EDGES = "\n|"
_SEGMENT_EDGE = re.compile(f"[{_SEGMENT_EDGES}]")
# The letters a romanised Russian span holds: ı or ý, which no English word writes, or a document's ot or its year's
# g. (`needs`)
MARK = re.compile(r"[ıý]|ot(?<![\w.]ot)[ \t]+\d|\d{4}[ \t]*g\.")


@lru_cache(maxsize=256)
def romanised_russian(text: str) -> bool:
    """Whether a span in Latin letters is Russian written in the 2018 Kazakh alphabet: a document's date in Russian
    (ot 08.01.2015 g.), or words that spell Russian words the Kazakh dictionary does not know, two at least and half
    its Latin words but the names it quotes (`_name`), each word once. Cached: every word of a span asks of the
    whole span."""
    if DOCUMENT_DATE.search(text):
        return True
    if not MARK.search(text) or not _ENDING.search(text):
        return False
    words = list(dict.fromkeys(word.group() for word in WORD.finditer(text) if not _name(word.group())))
    russian = sum(_russian_word(word) for word in words)
    return russian >= _FEWEST_WORDS and russian * 2 >= len(words)


# A surname's Russian ending, which Kazakh surnames in Kazakh text carry too (Bıbosynov, Ibragımov, Ospanova,
# SERIKBAEV), or its Kazakh one (Qasymuly, Asanqyzy, Kentuly), which only a Kazakh name has
_NAME_START = r"(?-i:[A-ZÀ-Þ])\w{2,}"
_PATRONYMIC_ENDING = "uly|ulı|qyzy|kyzy"
KAZAKH_PATRONYMIC = re.compile(rf"{_NAME_START}(?:{_PATRONYMIC_ENDING})", re.I)
SURNAME = re.compile(rf"{_NAME_START}(?:ov|ev|ova|eva|in|ına|ina|{_PATRONYMIC_ENDING})", re.I)


def _name(word: str) -> bool:
    """A capitalised word with a letter only Kazakh writes (Ádilet, Shalqar), or a surname: a name a Russian span
    may quote and a Kazakh one names, no evidence of Russian (Sáken Bıbosynov (52 kılo), Bekdáýlet Ibragımov)."""
    return word[:1].isupper() and (KAZAKH_ONLY.search(word) is not None or SURNAME.fullmatch(word) is not None)


@lru_cache(maxsize=4096)
def _russian_word(word: str) -> bool:
    if len(word) < _SHORTEST_WORD or KAZAKH_ONLY.search(word) or word.isupper():
        return False
    lowered = _lower(word)
    if _known_spelling(lowered) is None:
        return False
    return bool(_ENDING.fullmatch(lowered)) or not known_stem(_kazakh_reading(lowered))


def _lower(word: str) -> str:
    """The word in small letters, its capital I the 2018 alphabet's ı (Iz ıstorıı, Informatsıonno)."""
    return word.replace("I", "ı").lower()


def read_word(match: re.Match[str]) -> str:
    """A Latin word of a romanised Russian span (the span between a table's bars or line ends) in Russian Cyrillic,
    agreeing with the word before it; a Roman numeral, a Kazakh word and any word of another span as written."""
    word, text = match.group(), match.string
    start, end = _segment(text, match.start())
    if _ROMAN.fullmatch(word) or not romanised_russian(text[start:end]):
        return word
    return russian_spelling(word, _previous(_words_before(text, start, match.start())))


def _segment(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(edge, 0, at) for edge in _SEGMENT_EDGES) + 1
    after = _SEGMENT_EDGE.search(text, at)
    return start, (after.start() if after else len(text))


_WORDS_REACH = 80  # characters looked back for the two words before a word, doubled until they are found


def _words_before(text: str, start: int, at: int) -> list[str]:
    """The last two words of the span before `at`, looked for back from it, not from the span's start (a long line's
    every word would read the line again)."""
    reach = _WORDS_REACH
    while True:
        window = max(start, at - reach)
        words = [word.group() for word in WORD.finditer(text, window, at)][-2:]
        if len(words) == 2 or window == start:  # WORD's look-behind sees past the window: no word is cut short
            return words
        reach *= 2


def _previous(words: list[str]) -> str:
    """The Russian spelling of the last of `words`, for the word after it to agree with."""
    if not words:
        return ""
    return russian_spelling(words[-1], _previous(words[-2:-1]) if len(words) > 1 else "")


def _kazakh_reading(word: str) -> str:
    """The word as the Kazakh reading of the 2018 letters has it (ı → и/й, y → ы), for the Kazakh dictionary."""
    return "".join(options[0] for options in _spellings(word)) or word


def russian_spelling(word: str, previous: str = "") -> str:
    """`word` in Russian Cyrillic, in its written capitals (Kazahstanskaıa → Казахстанская, NPA → НПА); a word with a
    letter only Kazakh writes as it is. `previous`, the Russian word before it, chooses among known spellings."""
    if KAZAKH_ONLY.search(word):
        return word
    if word.isupper() and len(word) > 1:  # an initialism: its letters
        return "".join(options[0] for options in _spellings(_lower(word))).upper()
    lowered = _lower(word)
    spelt = _chosen(lowered, previous.lower()) or "".join(options[0] for options in _spellings(lowered))
    if not previous:
        spelt = _opening_infinitive(spelt)
    return spelt.capitalize() if word[0].isupper() else spelt


def _opening_infinitive(spelling: str) -> str:
    """A verb opening its span is its infinitive where only the soft sign the letters leave out tells the two apart
    (Dobavıt kommentarıı, a button's label → добавить, not добавит): a heading or a command opens with one, a
    sentence seldom with a bare finite verb."""
    softened = spelling + _SOFT_SIGN
    return softened if russianforms.infinitive(spelling) == softened else spelling


def _spellings(word: str) -> list[tuple[str, ...]]:
    """The spellings each letter of `word` may stand for, in order."""
    chunks: list[tuple[str, ...]] = []
    for chunk in _CHUNK.findall(word):
        if chunk in _CONSONANT_FIRST:
            after_vowel = bool(chunks) and chunks[-1][0][-1:] in _RUSSIAN_VOWELS
            chunks.append((_VOWEL_FIRST if after_vowel else _CONSONANT_FIRST)[chunk])
        elif chunk == "e" and not chunks:
            chunks.append(_OPENING_E)
        else:
            chunks.append((_LETTERS[chunk],))
    return chunks


def _plain_spellings(word: str) -> list[str]:
    """The Cyrillic spellings of `word` the letters give, likeliest first."""
    products = zip(range(_MOST_SPELLINGS), product(*_spellings(word)), strict=False)
    return ["".join(letters) for _, letters in products]


def _softened(spelling: str) -> Iterator[str]:
    """`spelling` with a soft sign added after one consonant before a consonant or at the end."""
    for at in range(1, len(spelling) + 1):
        if spelling[at - 1] in _SOFTENED and (at == len(spelling) or spelling[at] not in _NOT_BEFORE_SOFT_SIGN):
            yield spelling[:at] + _SOFT_SIGN + spelling[at:]


@lru_cache(maxsize=4096)
def _known_spellings(word: str) -> tuple[str, ...]:
    """The spellings of `word` OpenCorpora knows, likeliest first: as the letters give them, or else with a soft sign
    the romanisation left out (kontrolnyı → контрольный)."""
    plain = _plain_spellings(word)
    known = [spelling for spelling in plain if russianforms.known_word(spelling)]
    if not known:
        softened = (soft for spelling in plain for soft in _softened(spelling))
        known = [spelling for spelling in softened if russianforms.known_word(spelling)]
    return tuple(dict.fromkeys(known))


def _known_spelling(word: str) -> str | None:
    known = _known_spellings(word)
    return known[0] if known else None


def _chosen(word: str, previous: str) -> str | None:
    """Of the known spellings, one in a form the adjective before it agrees with, else the first whose likeliest form
    is singular, else the first."""
    known = _known_spellings(word)
    if len(known) <= 1:
        return known[0] if known else None
    agreeing = _case_and_number(previous) if previous else set()
    for spelling in known:
        if agreeing & _case_and_number(spelling):
            return spelling
    return next((spelling for spelling in known if _singular(spelling)), known[0])


def _case_and_number(word: str) -> set[tuple[str, bool]]:
    """The cases and numbers `word` may be in as a common noun or an adjective (not as a name: Иза, Изя)."""
    return {(form.case, form.plural) for form in russianforms.forms(word) if not form.name}


def _singular(spelling: str) -> bool:
    found = [form for form in russianforms.forms(spelling) if not form.name]
    return not found or not found[0].plural

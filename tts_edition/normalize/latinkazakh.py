"""Kazakh text written wholly in a Latin alphabet, turned word by word into the Cyrillic it spells.

Sites publish their Kazakh in the 2018 alphabet with acutes (á, ǵ, ń, ó, ú, ý; ı for и and й, y for ы, sh, ch) or
in the one with breves and cedillas (ä, ğ, ñ, ö, ü, ş; ı for ы, y for й, w for ұ: qazaqtimes.com/lt). Once its words
are Cyrillic, the rules read such a text's numbers, dates, ordinals, case suffixes and initialisms as they read any
Kazakh (2018 jyldyń 1 qańtarynda → екі мың он сегізінші жылдың бірінші қаңтарында; 59-dy → елу тоғызды; QR → ҚР,
JŞS → ЖШС). A text is taken for Latin Kazakh when its Latin letters outnumber its Cyrillic ones and half of its
Latin words, two at least, are Kazakh (a mark only a Kazakh Latin alphabet has, q, ǵ, ñ…, or a word the Kazakh
dictionary knows), two thirds where none carries such a mark (`alphabet`); its English words (a quoted company name
in capitals), web addresses and Roman numerals are left to the rules that read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tts_edition.normalize.capitals import known_stem, known_word
from tts_edition.normalize.english import phonemes

# A Latin word, with apostrophes inside (the 2017 alphabet's a', g'); not the Latin part of a mixed word.
WORD = re.compile(r"(?<![\w'’])[A-Za-zÀ-ÖØ-öø-ɏ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏ]+)*(?![\w'’])")
_KAZAKH_ONLY = re.compile(r"[qQ](?![uU])|[áäǵńñóúśýwÁÄǴŃÑÓÚŚÝW]")  # marks Turkish does not write
KAZAKH_MARK = re.compile(r"[qQ](?![uU])|[áäǵğıńñóöúüşśýÁÄǴĞŃÑÓÖÚÜŞŚÝİ]")  # not under re.I: there ı is I
_ACUTE_MARKS = frozenset("áǵńóúýś")
_BREVE_MARKS = frozenset("äğñöüşw")
_ROMAN = re.compile(r"[IVXLCDM]+")
_FEWEST_WORDS = 3  # Latin words a Latin Kazakh text holds at least; two of them Kazakh at least
_SHARE, _SHARE_UNMARKED = 1 / 2, 2 / 3  # of its Latin words Kazakh, with and without a mark only Kazakh writes
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_LATIN = re.compile(r"[a-zà-ɏ]", re.I)

_COMMON = {
    "a": "а", "b": "б", "c": "ц", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "v": "в", "x": "кс",
    "z": "з", "sh": "ш", "ch": "ч",
}  # fmt: skip
# The 2018 alphabet: ı is и, or й after a vowel; ıa and ıý are я and ю.
_MARKED = {"á": "ә", "ä": "ә", "ǵ": "ғ", "ğ": "ғ", "ń": "ң", "ñ": "ң", "ó": "ө", "ö": "ө", "ú": "ү", "ü": "ү", "ś": "ш",
           "ş": "ш", "ý": "у"}  # fmt: skip
ACUTE = {**_COMMON, **_MARKED, "u": "ұ", "y": "ы", "w": "у"}
# The alphabet with breves and cedillas: ı is ы, y й (ya, yu: я, ю; i before я и), w ұ, u у; its capital I is Ы.
BREVE = {**_COMMON, **_MARKED, "u": "у", "w": "ұ", "ı": "ы", "y": "й", "ya": "я", "yu": "ю", "yo": "ё"}
# The vowel a loan or an informal spelling may mean by the letter the alphabet reads otherwise: BREVE's i (і) for
# и, ACUTE's u (ұ) for у.
_OTHER_VOWEL = ({"і": "и", "І": "И"}, {"ұ": "у", "Ұ": "У"})
_FRONT, _BACK, _E = frozenset("әіөү"), frozenset("аоұыя"), frozenset("е")
_ACUTE_VOWELS = frozenset("aáeiıoóuúyý")
_ACUTE_I = {"a": "я", "ý": "ю"}  # ı before them, at the start or after a vowel (ıaǵnı → яғни, bıýdjet → бюджет)


def _marks(text: str) -> tuple[int, int]:
    low = text.lower()
    return sum(ch in _ACUTE_MARKS for ch in low), sum(ch in _BREVE_MARKS for ch in low)


@lru_cache(maxsize=8)
def alphabet(text: str) -> dict[str, str] | None:
    """The Latin alphabet `text` writes its Kazakh in, or None when it is no Latin Kazakh text: its Latin letters
    outnumber its Cyrillic ones, it holds three Latin words at least and a Kazakh Latin mark, and its Kazakh words
    (with a mark Turkish does not write, q, ǵ, ñ, w…, or spelling a word the Kazakh dictionary knows), two at least,
    are half its Latin words, or two thirds without such a mark. Not a Turkish name (Erdoğan, «Türk Edebiyatı İsimler
    Sözlüğü»), nor a Kazakh Latin name in Cyrillic text: other rules read those."""
    if len(_LATIN.findall(text)) <= len(_CYRILLIC.findall(text)) or not KAZAKH_MARK.search(text):
        return None
    words = [m.group() for m in WORD.finditer(text) if not _in_address(text, *m.span())]
    if len(words) < _FEWEST_WORDS:
        return None
    acute, breve = _marks(text)
    letters = BREVE if breve > acute else ACUTE
    marked = [bool(_KAZAKH_ONLY.search(w)) for w in words]
    kazakh = sum(
        m or (len(w) > 1 and bool(known_stem(cyrillic(w, letters)))) for w, m in zip(words, marked, strict=True)
    )
    share = _SHARE if any(marked) else _SHARE_UNMARKED
    return letters if kazakh >= _FEWEST_WORDS - 1 and kazakh >= share * len(words) else None


def cyrillic(word: str, letters: dict[str, str]) -> str:
    """A Kazakh word in a Latin alphabet in Cyrillic, each letter keeping its case (NAZARBAEVTIÑ → НАЗАРБАЕВТЫҢ)."""
    breve = letters is BREVE
    low = (word.replace("I", "ı").replace("İ", "i") if breve else word.replace("İ", "I")).lower()
    out, at = [], 0
    while at < len(low):
        said, step = _letter_at(low, at, letters)
        out.append(said.upper() if word[at].isupper() else said)
        at += step
    return "".join(out)


def _letter_at(low: str, at: int, letters: dict[str, str]) -> tuple[str, int]:
    pair, letter = low[at : at + 2], low[at]
    if letters is ACUTE and letter == "ı":
        after_vowel = at > 0 and low[at - 1] in _ACUTE_VOWELS
        if pair[1:] in _ACUTE_I and (after_vowel or at == 0 or pair[1:] == "ý"):
            return _ACUTE_I[pair[1:]], 2
        return ("й" if after_vowel else "и"), 1
    if letters is BREVE and letter == "i" and low[at + 1 : at + 3] in ("ya", "yu"):
        return "и", 1  # jariyalanğan → жарияланған
    if pair in letters and len(pair) == 2:
        return letters[pair], 2
    return letters.get(letter, letter), 1


def read_word(match: re.Match[str]) -> str:
    """A word of a Latin Kazakh text in Cyrillic; the word as written when the text is not one, or the word is no
    Kazakh (an English word the Kazakh dictionary does not know, a Roman numeral, part of a web address)."""
    word, text = match.group(), match.string
    if (letters := alphabet(text)) is None or _ROMAN.fullmatch(word) or _in_address(text, *match.span()):
        return word
    spelled = cyrillic(word, letters)
    if _english(word, spelled) and not _suffix(text, match.start()):
        return word  # SUNNY FIELD COMMUNICATIONS
    return _as_the_dictionary_has(_in_harmony(spelled), _OTHER_VOWEL[letters is ACUTE])


def _in_harmony(spelled: str) -> str:
    """ы after a front vowel is і, typed ı for i (Soltüstık → Солтүстік, MEKTEPTERI → МЕКТЕПТЕРІ); е is front only
    when no other vowel says otherwise (Назарбаевтың)."""
    out: list[str] = []
    for ch in spelled:
        vowels = [v.lower() for v in out if v.lower() in _FRONT | _BACK | _E]
        telling = [v for v in vowels if v not in _E]
        front = telling[-1] in _FRONT if telling else bool(vowels)
        out.append({"ы": "і", "Ы": "І"}.get(ch, ch) if front else ch)
    return "".join(out)


def _as_the_dictionary_has(spelled: str, other: dict[str, str]) -> str:
    """A loan keeps its Latin letter for the vowel Russian has (prezidenti → президенті, grafika → графика; Ruhy →
    рухы, as informal spelling writes u for у): the spelling with one such vowel changed that the Kazakh dictionary
    knows, the first first, when it does not know the word letter for letter."""
    if known_stem(spelled) is not False:
        return spelled
    for at in [at for at, ch in enumerate(spelled) if ch in other]:
        changed = spelled[:at] + other[spelled[at]] + spelled[at + 1 :]
        if known_stem(changed):
            return changed
    return spelled


def _english(word: str, spelled: str) -> bool:
    """An English word the Kazakh dictionary does not know, with no Kazakh mark; an initial (N.Á.) is Kazakh."""
    return len(word) > 1 and not KAZAKH_MARK.search(word) and phonemes(word) is not None and not known_word(spelled)


def _suffix(text: str, start: int) -> bool:
    """A case suffix hyphenated onto a number (298 353-ti, 11-i)."""
    return text[start - 2 : start - 1].isdigit() and text[start - 1] == "-"


def _in_address(text: str, start: int, end: int) -> bool:
    """Uchet.kz, HALYQLINE.KZ, info@…, a part of a path: an address part the web rule reads (not an initial, N.Á.)."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 2]
    if "@" in (before, after[:1]) or "/" in (before, after[:1]):
        return True
    dotted = (after[:1] == "." and after[1:].isalpha()) or (before == "." and text[start - 2 : start - 1].isalpha())
    return dotted and end - start > 1

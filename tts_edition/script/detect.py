"""Which script a paragraph is written in, which Latin alphabet a document uses, and what looks wrong."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

CYRILLIC, LATIN, ARABIC = "cyrillic", "latin", "arabic"
SCRIPTS = (CYRILLIC, LATIN, ARABIC)
LATIN_2017, LATIN_2018, LATIN_2021, LATIN_INFORMAL = "2017", "2018", "2021", "informal"
LATIN_QAZAQTIMES = "qazaqtimes"  # 2021's letters, but ı for ы, i for і and и, y for й, w for ұ (qazaqtimes.com /lt/)
LATIN_KK_LATN = "kk-latn"  # MediaWiki's converter (kk.wikipedia's Latin view): 2021's letters, ı ы, i і, ï и, w у, é э
# abai.kz's Latin (/lt/): informal spelling's sh, gh, ng, but ó ө, ú ұ, ý ү, u у always, and ә typed in Cyrillic
LATIN_ABAI = "abai"

MIXED_WORDS = "mixed scripts inside words"
NOT_KAZAKH_ARABIC = "Arabic text that does not look like Kazakh (Uyghur/Persian letters)"
NO_LEXICON = "no Kazakh lexicon: Arabic-script vowels chosen by rule"
UNREADABLE = "letters no voice reads, passed through as written"
UNCONVERTED = "Latin words left unconverted"

_WORD = re.compile(r"\w+", re.UNICODE)
_VARIANT_LETTERS = {
    LATIN_2018: set("áǵńóúýÁǴŃÓÚÝ"),
    LATIN_2021: set("äğñöşūüÄĞÑÖŞŪÜİ"),
}
# Letters of MediaWiki's kk-latn that no other alphabet has (и, э); at least this share of the 2021 letters, so that
# a French name in a 2021 text (Anaïs) does not count.
KK_LATN_LETTERS = frozenset("ïéÏÉ")
DOTLESS_I = "ı"  # 2018's и and й, 2021's і, Qazaq Times' and kk-latn's ы
_KK_LATN_SHARE = 0.05
_W_IN_WORD = re.compile(r"(?<=[^\W\d_])w|w(?=[^\W\d_])", re.I)
_APOSTROPHE_LETTER = re.compile(r"[aAgGnNoOuUyYiIsScC]['’]")
# A word with an apostrophe in it or after it (o'qw, Ja'mi', o’clock, I’m): the 2017 alphabet's letter, unless the
# word is English's: one the English dictionary spells (o’clock, I’m, don’t, let’s) or a possessive's ’s (Asan’s), as
# an English lesson for Kazakh pupils writes them, which are no 2017 text.
_APOSTROPHE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)+")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_CYRILLIC_A_IN_LATIN = re.compile("(?<=[a-zà-ɏ])ә|ә(?=[a-zà-ɏ])", re.I)  # abai.kz's pәter, әrtýrli


def _english_apostrophe(word: str) -> bool:
    if _POSSESSIVE.search(word):
        return True
    from tts_edition.normalize.english import phonemes  # the normaliser's dictionary, loaded only for such a word

    return phonemes(word.replace("’", "'")) is not None


# Letters only Kazakh uses among the languages written in each script (Latin: q, rare elsewhere but in every
# other Kazakh word, and the letters of the 2018 and 2021 alphabets that Turkish does not have).
_KAZAKH_CYRILLIC = set("әғқңөұүӘҒҚҢӨҰҮ")
_KAZAKH_LATIN = set("qQáǵńúýäñūÁǴŃÚÝÄÑŪ")
_KAZAKH_ARABIC = set("ٴۇەڭٵٶٷٸ")
_KAZAKH_SHARE = 0.01  # of the letters in that script
# Letters of Uyghur, Persian or Arabic that Kazakh does not use.
_FOREIGN_ARABIC = set("ېۈئیژثذصضطظغةۅ")


@dataclass
class Detection:
    """What a document turned out to be: its main script, its Latin alphabet if any, and warnings."""

    script: str = CYRILLIC
    variant: str | None = None
    flags: list[str] = field(default_factory=list)

    def flag(self, message: str) -> None:
        if message not in self.flags:
            self.flags.append(message)


@lru_cache(maxsize=4096)
def letter_script(ch: str) -> str | None:
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    for script in SCRIPTS:
        if name.startswith(script.upper()):
            return script
    return None


def paragraph_script(text: str) -> str | None:
    """The script most of the paragraph's letters are in (None when it has no letters)."""
    counts = Counter(letter_script(ch) for ch in text)
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


def latin_variant(text: str) -> str:
    """The Latin alphabet a document is written in, from the letters only that alphabet uses."""
    scores = {variant: sum(ch in letters for ch in text) for variant, letters in _VARIANT_LETTERS.items()}
    scores[LATIN_2017] = sum(
        len(_APOSTROPHE_LETTER.findall(word))
        for word in _APOSTROPHE_WORD.findall(text)
        if not _english_apostrophe(word)
    )
    scores[LATIN_ABAI] = len(_CYRILLIC_A_IN_LATIN.findall(text))
    best = max(scores, key=scores.__getitem__)
    kk_latn = sum(ch in KK_LATN_LETTERS for ch in text)
    if best in (LATIN_2021, LATIN_INFORMAL) and kk_latn and kk_latn >= _KK_LATN_SHARE * scores[best]:
        return LATIN_KK_LATN
    if best == LATIN_2021 and "ū" not in text.lower() and (len(_W_IN_WORD.findall(text)) > 1 or _dotted_i_leads(text)):
        return LATIN_QAZAQTIMES
    return best if scores[best] else LATIN_INFORMAL


def _dotted_i_leads(text: str) -> bool:
    """More i than ı: Qazaq Times' i is і and и, more frequent than its ı, ы; in 2021 text ı is і and i only и and й."""
    low = text.lower()
    return low.count("i") > low.count("ı")


# Letters the normaliser reads: Cyrillic, and Latin (English words, Kazakh Latin letters the converter knows).
_READABLE_LATIN = set("abcdefghijklmnopqrstuvwxyzáäǵğıńñóöúüşçýūǧŋəɵ") | set("àâèéêëîïôûÿœæß")


def unreadable_letters(text: str) -> set[str]:
    """Letters no voice of the edition reads: neither Cyrillic nor a Latin letter the normaliser knows (Greek,
    Georgian, IPA, a Latin letter with an accent no Kazakh alphabet has)."""
    return {
        ch
        for ch in text
        if ch.isalpha() and letter_script(ch) != CYRILLIC and letter_script(ch) != ARABIC
        and ch.lower() not in _READABLE_LATIN
    }  # fmt: skip


def has_mixed_word(text: str) -> bool:
    return any(len({letter_script(ch) for ch in word} - {None}) > 1 for word in _WORD.findall(text))


def looks_foreign_arabic(text: str) -> bool:
    words = [word for word in _WORD.findall(text) if letter_script(word[0]) == ARABIC]
    foreign = sum(any(ch in _FOREIGN_ARABIC for ch in word) for word in words)
    return bool(words) and foreign / len(words) > 0.05


def looks_kazakh(text: str) -> bool:
    """Whether Kazakh is written here in any of its scripts: its own letters make at least 1% of the letters of
    that script (Russian text with a Kazakh name in it does not pass)."""
    letters = Counter(letter_script(ch) for ch in text)
    own = {
        CYRILLIC: sum(ch in _KAZAKH_CYRILLIC for ch in text),
        LATIN: sum(ch in _KAZAKH_LATIN for ch in text),
        ARABIC: sum(ch in _KAZAKH_ARABIC for ch in text) * (not looks_foreign_arabic(text)),
    }
    return any(letters[script] and own[script] >= _KAZAKH_SHARE * letters[script] for script in SCRIPTS)

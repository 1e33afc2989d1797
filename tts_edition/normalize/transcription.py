"""A word's phonetic transcription in square brackets, as English lessons for Kazakh pupils write it after the word
(Last [la:st], Pot [pɔt], Swimming [′swimiŋ]) or alone in a table of sounds ([a:] Ұзақ а дыбысы): the sounds it
writes, said in Kazakh Cyrillic as the lesson teaches them (æ and ə ә, ʌ а, ɔ о, ə: and ɜ: ө, ŋ ң, ʃ ш), its length
marks and stress marks not said. Without one of the transcription's own letters, a length mark or a stress mark, a
bracket is a transcription only right after a Latin word (Cook [kuk]); [1], [sic] after Cyrillic and [Фото] stay."""

from __future__ import annotations

import re

# The marks a transcription writes that no word does: IPA letters, length and stress marks (a Cyrillic з typed for
# the look-alike ɜ, and Ʒ-like letters, only beside a length mark or another transcription letter).
_IPA_LETTERS = "æɔəʌɜɑɒɪʊʃʒθðŋʧʤɛɡ"
_LENGTH = ":ː"
_STRESS = "ˈˌ'′‘’`"
_BODY = rf"[a-z{_IPA_LETTERS}{_LENGTH}{_STRESS}з ]{{1,30}}"
# A bracketed transcription: one with a mark of its own anywhere, or plain letters right after a Latin word.
TRANSCRIPTION = re.compile(
    rf"\[(?P<body>(?=[^\]]*[{_IPA_LETTERS}{_LENGTH}{_STRESS}])[ ]?{_BODY})\]"
    rf"|(?<=[A-Za-z] )\[(?P<plain>[a-z]{{2,20}})\]"
)
# What every transcription holds (`Rule.needs`): its opening bracket.
OPEN_BRACKET = re.compile(r"\[")

# Two letters that are one sound, then one letter each; a vowel before i or u makes a diphthong (ei ей, ai ай, au ау).
_PAIRS = {"tʃ": "ч", "dʒ": "дж", "ə:": "ө", "əː": "ө", "ɜ:": "ө", "ɜː": "ө", "з:": "ө", "зː": "ө"}
_SOUNDS = {
    "a": "а", "æ": "ә", "ɑ": "а", "ʌ": "а", "ɒ": "о", "ɔ": "о", "ə": "ә", "ɜ": "ө", "з": "ө", "e": "е", "ɛ": "э",
    "i": "и", "ɪ": "и", "u": "у", "ʊ": "у", "o": "о",
    "b": "б", "d": "д", "f": "ф", "g": "г", "ɡ": "г", "h": "х", "k": "к", "c": "к", "l": "л", "m": "м", "n": "н",
    "p": "п", "r": "р", "s": "с", "t": "т", "v": "в", "w": "у", "z": "з", "j": "й", "y": "й", "x": "кс",
    "ʃ": "ш", "ʒ": "ж", "θ": "с", "ð": "з", "ŋ": "ң", "ʧ": "ч", "ʤ": "дж",
}  # fmt: skip
_VOWELS = "aæɑʌɒɔəɜзeɛiɪuʊo"


def read_transcription(body: str) -> str | None:
    """The sounds a transcription writes, in Kazakh Cyrillic (la:st → ласт, ‘ælai → әлай, gз:l → гөл, t ə: n → төн:
    sounds typed apart are one word's); None when a letter in it is no sound the table knows."""
    out: list[str] = []
    i = 0
    text = body.strip().strip(_STRESS)
    while i < len(text):
        pair = text[i : i + 2]
        ch = text[i]
        if pair in _PAIRS:
            out.append(_PAIRS[pair])
            i += 2
            continue
        if ch in _LENGTH or ch in _STRESS:
            i += 1
            continue
        if ch == " ":
            pass  # sounds typed apart ([t ə: n]) are one word's
        elif ch in "iɪ" and i > 0 and text[i - 1] in _VOWELS and text[i - 1] not in "iɪ":
            out.append("й")  # ei, ai, ɔi: the diphthong's glide
        elif ch == "e" and (i == 0 or text[i - 1] in _STRESS):
            out.append("э")  # a word's first e is э in Kazakh Cyrillic (е there would be йе)
        elif ch in _SOUNDS:
            out.append(_SOUNDS[ch])
        else:
            return None
        i += 1
    spoken = "".join(out).strip()
    return spoken or None


def speak_transcription(match: re.Match[str]) -> str:
    """[la:st] → [ласт]: the brackets kept, a pause around the sounds."""
    spoken = read_transcription(match["body"] or match["plain"])
    return match.group() if spoken is None else f"[{spoken}]"

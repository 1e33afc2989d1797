"""Russian and Kazakh names of people in the Latin letters of a passport or a sports body's list (Elena Rybakina,
Gennady Golovkin, Mikhail Kukushkin), said as the Cyrillic they were made from: елена рыбакина, геннадий головкин,
as Kazakh sports news say them, not by the English letters and dictionary (элена, геннади).

A name is one when one of its words is a surname with a Slavic ending English words do not end in (-ov, -ev, -in,
-sky, -enko, -vich, -chuk, and their feminine -a: Rybakina, Golovkin, Kukushkin, Shevchenko). The surname and the
words before it are read back by the transliteration's letters (zh ж, kh х, ts ц, ya я, yu ю; a final -y is ий:
Gennady, Dmitry; a y after a vowel й: Sergey; a final ia ия: Yulia), a word the Kazakh dictionary knows in Kazakh.
A word the transliteration cannot have written (John, Michael, Alexander: j, w, q, x, th, ae, a final e) is left
to the English rules: the name is an English one, or written the English way. A word after the surname is no part
of the name (Zhanibekov University).
"""

from __future__ import annotations

import re

from tts_edition.normalize.english import phonemes
from tts_edition.normalize.latin import LATIN, SURNAME, dictionary_reading, names, read_as_the_text_writes
from tts_edition.normalize.provenance import Spoken

# -ov and -ev are surnames even where the English dictionary knows them (latin.SURNAME: Pavlov); the other endings
# only where it does not (Rybakina, Golovkin; not Martin, Christina, Franklin).
_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:in|sk(?:y|iy|aya)|enko|[ov]ich|chuk)a?")
# Letters and pairs a passport's transliteration of Russian or Kazakh never writes.
_NOT_TRANSLITERATED = re.compile(r"[cjqwx](?!h)|th|ph|ae|ea|oo|ou|ck|[^aeiouy]e$")
# gh is the ғ of a Kazakh name (Toraighyrov → торайғыров, Maghzhan): Russian's г is g and its х kh, so no Russian
# name writes the pair.
_PAIRS = {"shch": "щ", "zh": "ж", "kh": "х", "ts": "ц", "ch": "ч", "sh": "ш", "ya": "я", "yu": "ю", "ye": "е",
          "yo": "ё", "iy": "ий", "gh": "ғ"}  # fmt: skip
_LETTERS = dict(zip("abdefghiklmnoprstuvz", "а б д е ф г х и к л м н о п р с т у в з".split(), strict=True))
_PAIR = re.compile("|".join(sorted(_PAIRS, key=len, reverse=True)) + "|.")
_VOWELS = frozenset("aeiouy")
# The vowels an i after them glides from (ai, ei, oi, ui); after i it is a vowel of its own (Daniil → даниил).
_GLIDE_BEFORE = frozenset("aeou")


def _closes_a_syllable(after: str) -> bool:
    """An i after a vowel is the glide й where it ends the word (Andrei, Nikolai) or two consonants follow it, so that
    it closes its syllable (Toraighyrov, Aitmatov, Zaitsev); before one consonant and a vowel, or a final consonant,
    it may be a vowel of its own (Raisa, Moiseev, Mikhail: раиса, моисеев, михаил)."""
    return after == "" or (len(after) == 2 and after.isalpha() and not _VOWELS & set(after))


def is_surname(word: str) -> bool:
    """The word is a surname with a Slavic ending (Golovkin, Rybakina, Nazarbayev)."""
    if SURNAME.fullmatch(word):
        return True
    return bool(_SURNAME.fullmatch(word)) and phonemes(word.lower()) is None


def read_passport_name(word: str, following: str | None, text: str = "") -> Spoken | None:
    """A Slavic surname in Latin letters or a name written before one (`following`: the Latin word after it), read
    back into Cyrillic (Elena → елена before Rybakina); None for a word of no such name, a name of the Latin table, or
    a word the transliteration cannot have written. A word after the surname is no part of the name (Zhanibekov
    University, Amin Tuyakov Prizes). A name `text` also writes in Cyrillic is said as it writes it: the passport's
    letters drop the Kazakh ones (Е.О. Еділовтың … «Yedilov Online» → еділов, not едилов)."""
    if not _title_case(word) or word.lower() in names() or word.lower() in _TITLES:
        return None
    if not is_surname(word) and not (following and _title_case(following) and is_surname(following)):
        return None
    low = word.lower()
    if _NOT_TRANSLITERATED.search(low):
        return None
    if text and (written := read_as_the_text_writes(word, text)) is not None:
        return written
    return Spoken(dictionary_reading(low) or from_transliteration(low), LATIN, True)


# English titles written before a surname (President Tokayev, Coach Ivanov, Senator Markov): the title is an English
# word, said in English (президент), not a given name the passport's letters wrote (not пресидент).
_TITLES = frozenset(
    {"president", "senator", "minister", "premier", "governor", "mayor", "general", "colonel", "captain", "major",
     "doctor", "professor", "judge", "ambassador", "chancellor", "king", "queen", "prince", "princess", "sir", "lord",
     "lady", "mister", "coach", "director", "chairman", "speaker", "secretary", "champion", "saint"}
)  # fmt: skip


def _title_case(word: str) -> bool:
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def from_transliteration(word: str) -> str:
    """A lower-case word in a passport's Latin letters, back in Cyrillic (gennady → геннадий, rybakina → рыбакина)."""
    out = []
    for found in _PAIR.finditer(word):
        run, at = found[0], found.start()
        before = word[at - 1] if at else ""
        if run == "a" and before == "i" and at == len(word) - 1:
            out.append("я")  # Yulia, Mariya's ia: юлия
        elif run == "y":
            final = at == len(word) - 1
            out.append("й" if before in _VOWELS else "ий" if final else "ы")
        elif run == "i" and before in _GLIDE_BEFORE and _closes_a_syllable(word[at + 1 : at + 3]):
            out.append("й")  # Andrei, Toraighyrov, Aitmatov: андрей, торайғыров, айтматов
        else:
            out.append(_PAIRS.get(run) or _LETTERS.get(run, run))
    return "".join(out)


# A Kazakh surname in Latin letters made from a patronymic (Aimauytuly, Zhumabaykyzy): a name the transliteration
# wrote, as the Slavic endings are.
_PATRONYMIC_SURNAME = re.compile(r"[A-Z][a-z]{2,}(?:uly|uli|ly|kyzy|qyzy)")


def transliterated_name(word: str) -> bool:
    """The word is a Russian or Kazakh surname in a passport's Latin letters (Kuanyshev, Aimauytuly)."""
    return is_surname(word) or bool(_PATRONYMIC_SURNAME.fullmatch(word))

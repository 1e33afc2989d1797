"""Russian loans a Latin Kazakh text spells by its own letters, put back in the spelling Kazakh Cyrillic writes them.

The 2018 alphabet has no я, ю, ц nor soft sign: writers mark a loan's soft syllable with the Kazakh front vowels
(festıvál, múltfılm, dıstrıbútor → фестиваль, мультфильм, дистрибьютор) and may drop the ц of its -ция with nothing
for it (federaııa, provınııa → федерация, провинция). Converted letter for letter, such a word is one the lexicon knows
by no reading (фестивәлдің, федерайясы); where one respelling of its ә, ү, л, с and -ия is a Russian common noun, bare
or with Kazakh suffixes, that respelling is the word. A word the Kazakh dictionary knows as converted is never
respelt, nor is one respelt into a Kazakh word (куәгерлердің stays, not куагер-) or a name (Гүлмира stays, not
Гульмира): the respelling restores a loan only.
"""

from __future__ import annotations

import itertools
import re

from tts_edition.script.lexicon import load_lexicon

_SHORTEST_LOAN = 5
_MOST_PLACES = 4  # letters of a word respelt at once (3 ** 4 spellings at most)
# A letter the Latin spelling gave a loan, and what else it may be: ә, ү for а, я, ья and у, ю, ью; an л closing a
# syllable after a vowel for ль; a -ия after a vowel's й or after н for -ция with its ц lost; с before и, е, я for
# the ц an alphabet without it writes s (polisia → полиция); объ-, субъ- before е with their hard sign; э after а, о.
_RESPELLINGS = (
    (re.compile("ә", re.I), ("а", "я", "ья")),
    (re.compile("ү", re.I), ("у", "ю", "ью")),
    (re.compile("(?<=[аеиоуыіәү])л(?=[бвгдзклмнпрстфхцчшщқғңһ]|$)", re.I), ("ль",)),
    (re.compile("(?<=[аеоу])й(?=я)", re.I), ("ци",)),
    (re.compile("(?<=н)(?=ия)", re.I), ("ц",)),
    (re.compile("с(?=[иея])", re.I), ("ц",)),
    (re.compile("(?<=[оу]б)(?=е)", re.I), ("ъ",)),  # the hard sign no alphabet writes: sýbekt, obekt → субъект
    (re.compile("(?<=[ао])е", re.I), ("э",)),  # a loan's э after а, о, which e spells: aeroport, poezııa → аэро-
)


def respelt(reading: str) -> str:
    """The loan's Cyrillic spelling the lexicon knows (федерайясы → федерациясы, фестивәлдің → фестивальдің), or the
    reading itself where it knows the reading, or no respelling."""
    low = reading.lower()
    if len(low) < _SHORTEST_LOAN:
        return reading
    places = _places(low)
    if not places or len(places) > _MOST_PLACES or _known(low):
        return reading
    spellings = []
    for choice in itertools.product(*[(None, *others) for _, _, others in places]):
        if any(choice):
            spellings.append(_spelt(reading, places, choice))
    known = [spelling for spelling in spellings if _known(spelling.lower(), respelling=True)]
    return load_lexicon().choose(tuple(known)) if known else reading


def _places(low: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Where the word may be respelt, in order, and with what."""
    return sorted((m.start(), m.end(), others) for pattern, others in _RESPELLINGS for m in pattern.finditer(low))


def _spelt(reading: str, places: list[tuple[int, int, tuple[str, ...]]], choice: tuple[str | None, ...]) -> str:
    out, at = [], 0
    for (start, end, _), letters in zip(places, choice, strict=True):
        if letters is None:
            continue
        written = reading[start:end] or reading[start : start + 1]
        out += [reading[at:start], letters.upper() if written.isupper() and written.isalpha() else letters]
        at = end
    return "".join(out) + reading[at:]


def _known(low: str, *, respelling: bool = False) -> bool:
    """A Russian common noun, with Kazakh suffixes or none, or, unless it is a respelling, a word the Kazakh
    dictionary knows (a Kazakh word respelt may make another: куәгер, not куагер)."""
    from tts_edition.normalize.capitals import known_stem  # the normaliser's dictionary, loaded only for Latin text
    from tts_edition.normalize.morphology import stem_and_suffixes
    from tts_edition.normalize.russianforms import common_noun_in_dictionary_form as russian_noun

    if not respelling:
        return bool(known_stem(low) or russian_noun(low) or stem_and_suffixes(low, russian_noun, _SHORTEST_LOAN))
    return russian_noun(low) or stem_and_suffixes(low, russian_noun, _SHORTEST_LOAN)


def corpus_spelling(readings: list[str], chosen: str) -> str:
    """The reading the lexicon chose, or, where it knows that one by no word or stem, the first reading the news
    corpus writes (premıým: премюм → премиум, a loan the corpus has and the dictionary lacks)."""
    from tts_edition.normalize.capitals import known_stem  # the normaliser's dictionary, loaded only for Latin text
    from tts_edition.normalize.corpuswords import CORPUS_WORDS

    if load_lexicon().accepts(chosen.lower()) or known_stem(chosen):
        return chosen
    return next((reading for reading in readings if reading.lower() in CORPUS_WORDS), chosen)


_SHORTEST_NAME = 3


def russian_name(reading: str) -> bool:
    """Whether a reading is a person's Russian name OpenCorpora knows (Цой, a surname), bare or with Kazakh suffixes
    (Цойдың)."""
    from tts_edition.normalize.morphology import stem_and_suffixes  # the normaliser's, loaded only for Latin text
    from tts_edition.normalize.russianforms import person_name_in_dictionary_form as person_name

    low = reading.lower()
    return person_name(low) or stem_and_suffixes(low, person_name, _SHORTEST_NAME)

"""Nouns that name a place in a sequence (a law's article and clause, an appendix, a chapter, a grade, a year of
study, a place won): a number before one of them names that place, an ordinal, wherever a law's part stands and
where the text frames the others as ranks (a dash typed for the hyphen, a bracket, an ordinal beside it; see
`ordinalcontext`). Each is found by its stem through the endings a noun takes (бап: бабы, бабына, баптарына; орын:
орны, орнында), not by a list of its forms."""

from __future__ import annotations

from functools import cache

from tts_edition.normalize.morphology import CASES, VOWELS, inflect, parse_suffixes

# The stem, and the highest place it names where a count of the same noun is likely above it (40 орын: seats; 15
# сынып бар: classes): a grade runs to 12, a year of study to 7, a place won to 10.
RANK_STEMS: dict[str, int | None] = {
    "бап": None,
    "тармақ": None,
    "тармақша": None,
    "тарау": None,
    "қосымша": None,
    "сынып": 12,
    "класс": 12,
    "курс": 7,
    "орын": 10,
    "том": None,
}
# Nouns of rank a small count takes as often ("1, 2 орын бар": seats): a number before one is a place only where a
# verb of winning or a ranking frames it, never for being listed (`ordinalcontext`).
COUNTED_TOO = frozenset(("орын",))
# A law's parts, which a bare number before them names wherever it stands (Заңның 7 бабы, 2 тармағына): a count of
# them is said with the words of consisting or being ("12 баптан тұрады", "3 бап бар"), which the callers look for.
LAW_PARTS = frozenset(("бап", "тармақ", "тармақша"))
# The endings a noun of rank keeps its meaning through; a noun made of it is another word (орындық, a seat).
_NOUN_ENDINGS = CASES | {"plural", "possessive3", "adjectival"}


@cache
def _bound_forms() -> tuple[tuple[str, str], ...]:
    """Each stem as written before its endings, longest first: бап, and баб before a vowel; орын, and орн."""
    forms = {(stem, stem) for stem in RANK_STEMS}
    for stem in RANK_STEMS:
        if stem[-1] not in VOWELS:  # бабы, орны: the possessive is the vowel alone
            forms.add((inflect(stem, ["possessive3"])[:-1], stem))
    return tuple(sorted(forms, key=lambda form: -len(form[0])))


def rank_stem(word: str) -> str | None:
    """The stem of the noun of rank the word is (бабына → бап, орнында → орын, Қосымша → қосымша); None for any
    other word, one made of a noun of rank too (орындық, сыныптас)."""
    lower = word.lower()
    for form, stem in _bound_forms():
        if lower.startswith(form):
            endings = parse_suffixes(lower[len(form) :])
            if endings is not None and _NOUN_ENDINGS.issuperset(endings):
                return stem
    return None


def names_rank(word: str, value: int) -> bool:
    """The word is a noun of rank and the number before it within the places it names."""
    stem = rank_stem(word)
    if stem is None:
        return False
    highest = RANK_STEMS[stem]
    return highest is None or 1 <= value <= highest


def names_law_part(word: str) -> bool:
    """бабы, тармағына, тармақшасы: an article, a clause or a sub-clause (not бапкер, a coach)."""
    return rank_stem(word) in LAW_PARTS

"""The grammatical form of a Russian word, from pymorphy3's OpenCorpora dictionary: the case, gender and number an
ordinal written before it (or after a name) must agree with (XX съезде → двадцатом, Екатерины II → Второй)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

_CASES = {"nomn": "nominative", "gent": "genitive", "datv": "dative", "accs": "accusative", "ablt": "instrumental",
          "loct": "prepositional", "gen2": "genitive", "loc2": "prepositional", "voct": "nominative"}  # fmt: skip
_GENDERS = {"masc": "m", "femn": "f", "neut": "n"}
_AGREEING = frozenset({"NOUN", "ADJF", "PRTF"})  # what an ordinal before it agrees with: a noun, or its adjective


@dataclass(frozen=True)
class Form:
    case: str
    gender: str
    plural: bool
    name: bool  # a person's first name (Петр, Екатерины)
    lemma: str  # the word's dictionary form (главе → глава)
    animate: bool  # глава the head, not the chapter


@cache
def _analyzer() -> Any:  # pymorphy3 has no type hints
    import pymorphy3  # loaded on first use: most texts have no Russian in them

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=4096)
def known_word(word: str) -> bool:
    """Whether OpenCorpora has the word (any of its forms), not a guess from its ending."""
    return bool(_analyzer().word_is_known(word.lower()))


@lru_cache(maxsize=4096)
def _dictionary_noun_tags(word: str) -> tuple[Any, ...]:
    """The tags of the parses OpenCorpora has of the word as a noun's dictionary form."""
    return tuple(parse.tag for parse in _analyzer().parse(word)
                 if parse.is_known and parse.tag.POS == "NOUN" and parse.normal_form == word.lower())  # fmt: skip


def _marked(tag: Any, marks: tuple[str, ...]) -> bool:
    return any(mark in tag for mark in marks)


def noun_in_dictionary_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a noun's dictionary form (сериал, Италия; not the forms истей, мобил)."""
    return bool(_dictionary_noun_tags(word))


_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn")
_PERSON = ("Name", "Surn", "Patr")
_GIVEN = ("Name",)


def loan_in_dictionary_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a noun's dictionary form Kazakh takes as a loan (сериал, Италия, Руслан),
    but a person's name that Russian opens with э (Эрлан) only as a thing's: Kazakh writes such a name's е (Ерлан)."""
    personal_e = word[:1].lower() == "э"
    return any(not (personal_e and _marked(tag, _PERSON)) for tag in _dictionary_noun_tags(word))


def common_noun_in_dictionary_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a common noun's dictionary form (федерация, фестиваль; not the names
    Гульмира, Альварес)."""
    return any(not _marked(tag, _PROPER) for tag in _dictionary_noun_tags(word))


def given_name_in_dictionary_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a given name in its dictionary form (Анна, Влад; not the surname Цой)."""
    return any(_marked(tag, _GIVEN) for tag in _dictionary_noun_tags(word))


def person_name_in_dictionary_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a person's name in its dictionary form (Цой, Ирина; not the place Цар)."""
    return any(_marked(tag, _PERSON) for tag in _dictionary_noun_tags(word))


_STANDALONE_VERB = frozenset({"INFN", "VERB"})


@lru_cache(maxsize=4096)
def known_name_form(word: str) -> bool:
    """Whether OpenCorpora has the word as a common word (not a name: Назима, Казбек) in a form a name standing alone
    takes: a nominative, an infinitive or a finite verb (полиция, известия, сходим; not the genitive пицц, the
    locative шаржах)."""
    return any(
        parse.is_known
        and not _marked(parse.tag, _PROPER)
        and (parse.tag.POS in _STANDALONE_VERB or parse.tag.case == "nomn")
        for parse in _analyzer().parse(word)
    )


@lru_cache(maxsize=4096)
def infinitive(word: str) -> str | None:
    """The infinitive of the verb whose finite form the word is (добавит → добавить), else None."""
    return next((parse.normal_form for parse in _analyzer().parse(word) if parse.is_known and parse.tag.POS == "VERB"),
                None)  # fmt: skip


@lru_cache(maxsize=4096)
def forms(word: str) -> tuple[Form, ...]:
    """The forms the word may be a noun, an adjective or a participle in, likeliest first."""
    found = []
    for parse in _analyzer().parse(word):
        tag = parse.tag
        if tag.POS in _AGREEING and tag.case in _CASES:
            gender, plural, animate = _GENDERS.get(tag.gender or "", "m"), tag.number == "plur", tag.animacy == "anim"
            found.append(Form(_CASES[tag.case], gender, plural, "Name" in tag, parse.normal_form, animate))
    return tuple(dict.fromkeys(found))


def agreeing_form(word: str, case: str | None = None, *, singular: bool = False) -> Form | None:
    """The form of `word` an ordinal agrees with: in `case` (a preposition's) where the word can be in it, else its
    likeliest; only its singular forms if `singular`; None when it is no noun or adjective."""
    found = [form for form in forms(word) if not (singular and form.plural)]
    return next((form for form in found if form.case == case), found[0] if found else None)

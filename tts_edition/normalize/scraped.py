"""Text as a scraper took it from a web page: the marks of the page's layout, not of the writer.

A page that lost a line break or a space runs two words together (16 наурызМәдениет күні, түр-сипатыӨңдеу, 38
ViewsТазалық); one that lost a line keeps the hyphen that broke a word across it (шал- ғынға, Са- парғалиев) or
a soft hyphen typed inside it (біл¬месе); and markup the page did not render stays in the text (an <image> element,
км<sup>2</sup>). The Kazakh dictionary decides where words part and join: a split needs a word on both sides, a
join a fragment on the right.
"""

from __future__ import annotations

import bisect
import functools
import html
import re
from collections.abc import Callable, Iterator

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize import abbreviations, capitals, english, places, russianforms
from tts_edition.normalize.abbreviations import LATIN_LETTER_NAMES, LETTER_NAMES
from tts_edition.normalize.corpuswords import CORPUS_WORDS
from tts_edition.normalize.marks import line_start
from tts_edition.normalize.morphology import (
    AGENT,
    BACK_VOWELS,
    CASES,
    DEVOICING,
    FRONT_VOWELS,
    HAVING,
    KAZAKH_LETTER,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    PERSONAL_POSSESSIVES,
    SIMILATIVE,
    SUFFIXES,
    VOWELS,
    attach,
    is_back,
    parse_suffixes,
    written_harmony,
)
from tts_edition.normalize.numbers import cardinal

# A page's icons lost to letters: the clock's and the eye's glyphs of a dateline come through as a lone Latin c
# before its time and before its count of views (c 17:48, 16/04/2021 c 532), and are not said. A small Latin letter
# standing alone before a dateline's time and date, or after them and before a number, is taken for one; a and i,
# which English writes alone, are not, nor a letter before a time alone (Plan b 10:30).
ICON_LETTER = re.compile(
    r"(?<![\w.,:/@-])[b-hj-z](?= \d{1,2}:\d\d, \d\d[./]\d\d[./]\d{4}(?!\d))"
    r"|(?<=\d:\d\d, \d\d[./]\d\d[./]\d{4} )[b-hj-z](?= \d+(?![\w.,:/]))"
)
ICON_LETTER_NEEDS = re.compile(r":\d\d")  # every match has a time before it or after it (`Rule.needs`)


# A dateline's count of views run onto its date, the space between them lost (ultnews.kz: 22.07.2025532 Views): a
# day, a month and a year of the 2000s (a web page's) written with stops or slashes, more digits after the year's
# four, then the counter's word (Views, рет, көрілім, просмотров). The date keeps its four digits and the count stands
# apart; without the counter's word the digits are left to the number rules (a year is never five digits, but a
# code may be).
DATE_RUN_ONTO_COUNT = re.compile(
    r"(?<![\w.,/])(?P<date>\d{1,2}(?P<stop>[./])\d{1,2}(?P=stop)20\d\d)(?P<count>\d{1,7})"
    r"(?= ?(?:[Vv]iews?\b|VIEWS\b|рет\b|көрілім|қаралым|просмотр))"
)
# What every match holds (`Rule.needs`): the year's 20 and three digits more, a literal first.
DATE_RUN_ONTO_COUNT_MARK = re.compile(r"20\d\d\d")


def part_date_from_count(match: re.Match[str]) -> str:
    """22.07.2025532 Views → 22.07.2025 532 Views."""
    return f"{match['date']} {match['count']}"


# A small-letter word, or a capitalised one of four letters or more, run onto a capitalised word, or onto a word in
# capitals of three letters or more (ҮкіметіҚАУЛЫ ЕТЕДІ: a decree's formula run onto the word before it); the two
# are the whole token, so a camel-case name of three parts (ҚазМұнайГаз, ҚазАвтоЖол) is no match, and one of two
# whose first part is a stump of three letters (ЖасОтау, НұрОтан, ҚазАқпарат, ҚазССР) neither.
GLUED_WORDS = re.compile(
    rf"(?<![\w.@/])(?P<left>[{KAZAKH_LOWER}]{{2,}}|[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{3,}})"
    rf"(?P<right>[{KAZAKH_UPPER}](?:[{KAZAKH_LOWER}]{{2,}}|[{KAZAKH_UPPER}]{{2,}}))(?![^\W\d_])"
)  # a number may follow the right word, as a label's value does (терминдерДата22.12.2017)
# What every match of the two holds: a small letter before a capital (`Rule.needs`).
RUN_TOGETHER = re.compile(rf"[{KAZAKH_UPPER}](?<=[{KAZAKH_LOWER}a-z][{KAZAKH_UPPER}])")  # from the capital
# Three to six capitalised words run together, the spaces of a copied heading or a law's title lost
# (ҚазақстанРеспубликасыныңПрезидентінің“Қазақстан Республикасындағы банктер): each part a capital and three small
# letters or more, the chain the whole token. It is parted at every capital when the dictionary knows every part as a
# word (a stem and its suffixes, or a place) and not the whole; a camel-case name's stump of three letters (ҚазМұнайГаз,
# ҚазАвтоЖол) is no part, and a name whose parts the dictionary lacks stays whole.
GLUED_WORD_CHAIN = re.compile(rf"(?<![\w.@/])(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{3,}}){{3,6}}(?![^\W\d_])")
# What every match holds (`Rule.needs`): a small letter, a capitalised word of four letters or more, a capital.
GLUED_WORD_CHAIN_MARK = re.compile(
    rf"[{KAZAKH_UPPER}](?<=[{KAZAKH_LOWER}][{KAZAKH_UPPER}])[{KAZAKH_LOWER}]{{3,}}[{KAZAKH_UPPER}]"  # from the capital
)
_CHAIN_PART = re.compile(rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+")


def split_glued_word_chain(match: re.Match[str]) -> str:
    """ҚазақстанРеспубликасыныңПрезидентінің → Қазақстан Республикасының Президентінің, when every part is a word."""
    parts = _CHAIN_PART.findall(match.group())
    if capitals.known_form_or_stem(match.group()) or not all(
        capitals.known_form_or_stem(p) or places.named(p) for p in parts
    ):
        return match.group()
    return " ".join(parts)


# A site's menu copied with its spaces lost (mylektsii.su: "КАТЕГОРИИ: АвтомобилиАстрономияБиология…Дом и садДругие
# языкиДругоеИнформатика…"): a line holding five capitalised words of three letters or more run together is a list of
# labels, and every word of it run onto the next at a capital is parted there, whatever the dictionary knows (the
# labels are often Russian); a camel-case name of three or four parts (ҚазМұнайГаз, «ҚазГазӨңдеуЗауыты» ЖШС) is no
# such line.
MENU_RUN_LINE = re.compile(rf"^.*(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}}){{5}}.*$", re.M)
_RUN_WORD = rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}}"
# What every such line holds (`Rule.needs`): three capitalised words run on to a capital, opening on a capital, a
# letter rarer than a small one, so the scan is fast.
MENU_RUN_MARK = re.compile(f"{_RUN_WORD}{_RUN_WORD}{_RUN_WORD}[{KAZAKH_UPPER}]")
_MENU_JOINT = re.compile(rf"(?<=[{KAZAKH_LOWER}])(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}])")


def split_menu_run(match: re.Match[str]) -> str:
    """АвтомобилиАстрономия … Дом и садДругие языкиДругое → Автомобили Астрономия … Дом и сад Другие языки Другое."""
    return _MENU_JOINT.sub(" ", match.group())


# A heading in capitals run onto the first word of the text under it, the line break lost (БІР УЫС ТОПЫРАҚЖеңістің
# 70 жылдығына): a word in capitals of three letters or more, then a capitalised word; the two are the whole token.
CAPITALS_RUN_ONTO_WORD = re.compile(
    rf"(?<![\w.@/])(?P<left>[{KAZAKH_UPPER}]{{3,}})(?P<right>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?![\w])"
)
# What every match of the two holds (`Rule.needs`): four capitals and a small letter.
CAPITALS_RUN_ON = re.compile(rf"[{KAZAKH_UPPER}]{{4}}[{KAZAKH_LOWER}]")
# A heading in capitals that lost the space between a noun and the noun it owns, an official body's or a region's name
# (ҒЫЛЫММИНИСТРЛІГІ: Білім және ғылым министрлігі; ҚОСТАНАЙОБЛЫСЫ ӘКІМДІГІ): a word in capitals of nine letters or
# more the dictionary does not know (`split_capitals_run_onto_possessed`).
CAPITALS_RUN_ONTO_POSSESSED = re.compile(rf"(?<![\w.@/-])[{KAZAKH_UPPER}]{{9,}}(?![\w-])")
_SHORTEST_OWNER = 4
_SHORTEST_POSSESSED = 5
_SHORTEST_POSSESSED_STEM = 4  # бай|сын is a name's end (ЖИДЕЛІБАЙСЫН), not a possessed noun
# A conjunction or a postposition that never ends a word run onto the word before it, the space lost in a copied law
# (тармағынажәне, қосымшасынасәйкес): the two words, when the first is one the dictionary knows.
RUN_ON_LINK = re.compile(
    rf"(?<![\w-])(?P<left>[{KAZAKH_LOWER}{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}}?)(?P<right>және|сәйкес)(?![\w-])"
)
RUN_ON_LINK_NEEDS = re.compile(rf"[{KAZAKH_LOWER}](?:және|сәйкес)")  # what every match holds (`Rule.needs`)
# The conjunction run onto the word after it, the space lost in a scraped essay (идеялық жәнетворчестволық
# байлығының): және and a word of four letters or more; no Kazakh word opens with және but its own forms (жәнеде).
LINK_RUN_ONTO_WORD = re.compile(rf"(?<![\w-])(?P<left>[Жж]әне)(?P<right>[{KAZAKH_LOWER}]{{4,}})(?![\w-])")
LINK_RUN_ONTO_WORD_NEEDS = re.compile(rf"әне[{KAZAKH_LOWER}]")  # what every match holds (`Rule.needs`)
# A clipped word of the table typed onto the Latin term it glosses, its space lost ((ағыл.Personal Identification
# Number), (лат.Rosa canina)): the space put back after the stump's full stop, so the stump is read as its expansion
# (ағылшынша) and the term as a Latin word, not the two as one token. Only a stump of small Cyrillic letters the table
# has as a dotted row, before two Latin letters; a site's name after a dot is Latin on both sides (Zakon.kz). So is a
# stump of three letters or more typed onto the Kazakh word after it (Алматы обл.әкімі, Республика даңғ.дейін,
# ауд.орталығы), unless that word is a stump too, the second of a row's two (бұр.ред.).
STUMP_ONTO_WORD = re.compile(
    rf"(?<![\w.])(?:(?P<stump>[{KAZAKH_LOWER}]{{2,6}}\.)(?=[A-Za-z]{{2}})"
    rf"|(?P<before_word>[{KAZAKH_LOWER}]{{3,6}}\.)(?=(?P<word>[{KAZAKH_LOWER}]{{3,}}\.?)))"
)
# What every match holds (`Rule.needs`): a full stop between a small Cyrillic and a small or Latin letter, the stop
# first.
STUMP_ONTO_WORD_NEEDS = re.compile(rf"\.[A-Za-z{KAZAKH_LOWER}](?<=[{KAZAKH_LOWER}]\.[A-Za-z{KAZAKH_LOWER}])")


def part_stump_from_word(match: re.Match[str]) -> str:
    """ағыл.Personal → ағыл. Personal, обл.әкімі → обл. әкімі; a stump the table lacks stays as written."""
    stump = match["stump"] or match["before_word"]
    dotted = abbreviations.of_kind("dotted")
    if stump not in dotted or ((match["word"] or "").endswith(".") and match["word"] in dotted):
        return stump
    return f"{stump} "


# A Latin word run onto a capitalised Kazakh word (38 ViewsТазалық): a counter's or a button's English label; or onto
# a small-letter Kazakh word of four letters or more with the space lost (Samsung Payнемесе Google Pay).
GLUED_LATIN_WORD = re.compile(
    rf"(?<![\w.@/])(?P<left>[A-Za-z]{{3,}})"
    rf"(?P<right>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}}|[{KAZAKH_LOWER}]{{4,}})(?![\w])"
)

# Latin capitals run onto a Cyrillic word in small letters, the space lost between a label and an initialism or a code
# (для печатиPDF, мольS, орындыT5): no word changes its script after its small letters, so the capitals stand apart.
# A capitalised stem before them is a name's that mixes scripts (КешYOU, a band's); a shorter run of small letters is
# a suffix or a unit's. A lone capital a small Cyrillic letter follows is a look-alike typed inside the word
# (мектепIнің: the Latin I for і), which the look-alike rule reads; capitals before an ending are not (сайтыWWWдан).
CAPITALS_RUN_ONTO_CYRILLIC = re.compile(
    rf"(?<=[{KAZAKH_LOWER}]{{4}})(?<![{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{4}})(?=[A-Z](?:[A-Z]|(?![{KAZAKH_LOWER}])))"
)
# What every joint stands before (`Rule.needs`): a Latin capital after a small Cyrillic letter, the capital first.
CAPITALS_RUN_ONTO_CYRILLIC_MARK = re.compile(rf"[A-Z](?<=[{KAZAKH_LOWER}][A-Z])")


def split_glued_words(match: re.Match[str]) -> str:
    """наурызМәдениет → наурыз Мәдениет, ҮкіметіҚАУЛЫ → Үкіметі ҚАУЛЫ, when both parts are words the dictionary
    knows (a stem and its suffixes too); a name the dictionary does not know as two words stays whole, and so do
    capitals it does not know as a word (an initialism's) or that are suffixes typed in capitals (басқармасыНЫҢ). A
    capital typed inside a word the dictionary knows whole is the word's own letter, though its parts may be words
    too (арҚалықтарын → арқалықтарын, not ар Қалықтарын)."""
    right = match["right"]
    if _repeated_across(match.string, match.start("right")):
        return f"{match['left']} {right}"
    if right.isupper() and parse_suffixes(right.lower()) is not None:
        return match.group()
    if (
        not right.isupper()
        and capitals.known_form_or_stem(match["left"] + right.lower())
        and not _suffix_against_harmony(match["left"], right)
    ):
        return match["left"] + right.lower()
    if capitals.known_form_or_stem(match["left"]) and (capitals.known_form_or_stem(right) or places.named(right)):
        return f"{match['left']} {match['right']}"
    if _name_run_on(match["left"], right) or _language_switch(match["left"], right):
        return f"{match['left']} {match['right']}"
    if capitals.known_form_or_stem(match["left"]) and (parts := _name_onto_word(right)) is not None:
        return f"{match['left']} {parts}"
    if _SAYING_VERB.fullmatch(match["left"]) and not right.isupper() and parse_suffixes(right.lower()) is None:
        return f"{match['left']} {match['right']}"  # дедіҚазгидромет мамандары: the source after the verb that cites it
    if _known_before_name(match["left"], right):
        return f"{match['left']} {match['right']}"
    return match.group()


# How far back a label a page printed twice may open (Версия для печатиВерсия для печати: a link's text and its title).
_LONGEST_REPEATED_LABEL = 60


def _repeated_across(text: str, joint: int) -> bool:
    """Whether the words after the joint repeat, letter for letter, the words that end at it (ИсторияИстория, Версия
    для печатиВерсия для печати): a label a page printed twice with no space between, whatever language it is in."""
    opening = text[joint]
    start = joint
    while (start := text.rfind(opening, max(0, joint - _LONGEST_REPEATED_LABEL), start)) >= 0:
        label = text[start:joint]
        if "\n" in label:
            return False
        end = joint + len(label)
        if _word_starts(text, start) and text.startswith(label, joint) and _word_ends(text, end):
            return True
    return False


def _word_starts(text: str, at: int) -> bool:
    return at == 0 or not text[at - 1].isalnum()


def _word_ends(text: str, at: int) -> bool:
    """Whether a word ends at `at`: no letter follows, or a capital after a small letter, another joint of the run
    (печатиВерсия для печатиPDF)."""
    after = text[at : at + 1]
    return not after.isalpha() or (after.isupper() and text[at - 1].islower())


_SHORTEST_UNKNOWN_NAME = 4


def _known_before_name(left: str, right: str) -> bool:
    """A word the dictionary knows run onto a capitalised word it does not, a name (құрдыМонгол армиясында,
    ШерханМұртаза): the left a word in small letters (no camel-case name opens so), or a given name the dictionary
    knows; the right of four letters or more, no chain of suffixes, and opening as a Kazakh word may (абаттандыРылады
    is one word with a capital typed inside it: no word opens with р, л, ң, ғ; nor on two consonants, as only a loan
    does: келдіКзырва stays)."""
    lower = right.lower()
    if right.isupper() or len(right) < _SHORTEST_UNKNOWN_NAME or lower[0] in _NO_WORD_OPENS:
        return False
    if lower[0] not in VOWELS and lower[1] not in VOWELS:
        return False
    if parse_suffixes(lower) is not None:
        return False
    return (left.islower() and bool(capitals.known_form_or_stem(left))) or capitals.known_name(left)


def _suffix_against_harmony(left: str, right: str) -> bool:
    """Whether the capitalised part, read as suffixes onto the word before it, breaks that word's vowel harmony
    (жазылушыларСіз: -сіз cannot follow the back жазылушылар, which takes -сыз): it is then a word of its own (сіз),
    not the word's ending with a capital typed in it."""
    lower = right.lower()
    if parse_suffixes(lower) is None or capitals.known_form(left.lower() + lower):
        return False
    harmony = written_harmony(lower)
    return harmony is not None and harmony != is_back(left)


# A verb of saying that closes a quotation's attribution (- деді, дейді, деп хабарлайды, деп жазады, мәлімдеді): what
# follows it is the source it cites, a name that opens with a capital (дедіҚазгидромет мамандары), so a capitalised
# word run onto it is a word of its own, though the dictionary does not know the name. The verbs' stems, then a
# finite ending: the past (-ды/-ді/-ты/-ті), the present (-йды/-йді, -ады/-еді) or a participle (-ген/-ған).
_SAYING_VERB = re.compile(
    r"(?:де|хабарла|мәлімде|ескерт|түсіндір|жаз|айт|жеткіз)"
    r"(?:ді|ды|ті|ты|йді|йды|еді|ады|ген|ған|лінген|ылған)"
)


# A page that lost its spaces around a name loses both (азиялықОскарсыйлығына: азиялық + Оскар + сыйлығына): after a
# word the dictionary knows, a capitalised word it does not know whose tail is a word it knows, of five letters or
# more, after a head of four or more (no name's last syllable: Байжан + ұлы stays), is the name and that word.
_SHORTEST_NAME_HEAD = 4
_SHORTEST_WORD_TAIL = 5


def _name_onto_word(right: str) -> str | None:
    """Оскарсыйлығына → Оскар сыйлығына; None when the dictionary knows the whole or no such cut is found."""
    if right.isupper() or capitals.known_form_or_stem(right) is not False:
        return None
    for cut in range(_SHORTEST_NAME_HEAD, len(right) - _SHORTEST_WORD_TAIL + 1):
        head, tail = right[:cut], right[cut:]
        if capitals.known_form_or_stem(head) is False and capitals.known_form_or_stem(tail):
            return f"{head} {tail}"
    return None


_SHORTEST_CELL_NOUN = 5  # Порошок, Раствор; a prefix (Анти, Контр) is shorter


def _language_switch(left: str, right: str) -> bool:
    """A Russian word run onto a capitalised Kazakh word, as a page's Russian line loses its space before the
    article (2 710 просмотровОтандық) or a table's Russian cell before the Kazakh one (РастворҰнтақ, ПорошокҚұтыдағы):
    the right a word the dictionary knows, with a letter only Kazakh writes, the left one OpenCorpora knows, in small
    letters, or capitalised when it is a noun's dictionary form of five letters or more before a capitalised word (not
    a prefix: АнтиМемлекеттік, АнтиКОНСТИТУЦИЯЛЫҚ stay)."""
    if not left.islower() and (
        len(left) < _SHORTEST_CELL_NOUN or right.isupper() or not russianforms.noun_in_dictionary_form(left)
    ):
        return False
    return (
        left[1:].islower()
        and KAZAKH_LETTER.search(right) is not None
        and bool(capitals.known_form_or_stem(right))
        and _russian_word(left)
    )


def split_capitals_run_onto_word(match: re.Match[str]) -> str:
    """ТОПЫРАҚЖеңістің → ТОПЫРАҚ Жеңістің, when the capitals are a word the dictionary knows (not an initialism's
    letters: ҚазССР, КСРОның stay) and so is the capitalised word after them, which is no suffix typed with a capital
    (ҚАЗАҚСТАННың)."""
    left, right = match["left"], match["right"]
    if parse_suffixes(right.lower()) is not None:
        return match.group()
    if capitals.is_word(left) and capitals.known_form_or_stem(left) and capitals.known_form_or_stem(right):
        return f"{left} {right}"
    return match.group()


def _name_run_on(left: str, right: str) -> bool:
    """A person's name run onto the next word, as a list of lives loses the space (ТұманбайМолдағалиев,
    БеркімбайұлыХалқымыздың): a capitalised given name before a surname (its ending -ов, -ев, -ин, -ұлы, -қызы), or
    a surname or a patronymic before a word the dictionary knows, or before a Russian word OpenCorpora knows, as a
    photo's credit runs onto its Russian caption (Санат ИмангалиевВиды резиденции), unless that word is a chain of
    Kazakh suffixes (ПетровДан). A compound name's parts (ҚазМұнайГаз) have neither."""
    if not left[0].isupper() or right.isupper():
        return False
    if _SURNAME.fullmatch(right.lower()) is not None:
        return True
    if _SURNAME.fullmatch(left.lower()) is None:
        return False
    return bool(capitals.known_form_or_stem(right)) or _russian_word(right)


def _russian_word(word: str) -> bool:
    """A word of Russian letters (no Kazakh one), not a Kazakh suffix chain, that OpenCorpora knows."""
    if KAZAKH_LETTER.search(word) or parse_suffixes(word.lower()) is not None:
        return False
    return russianforms.known_word(word)  # pymorphy3 loads on this first use


def split_capitals_run_onto_possessed(match: re.Match[str]) -> str:
    """ҒЫЛЫММИНИСТРЛІГІ → ҒЫЛЫМ МИНИСТРЛІГІ, ҚОСТАНАЙОБЛЫСЫ → ҚОСТАНАЙ ОБЛЫСЫ: parted once, where a bare word the
    dictionary knows (or a place) of four letters or more owns a word of five or more it knows in the 3rd person's
    possessive, a case perhaps after it; a compound name's first part owns nothing (САРЫАРҚА stays), and a word two
    such places part, or none, stays whole."""
    word = match.group()
    lower = word.lower()
    if capitals.known_form_or_stem(lower) is not False:
        return word
    cuts = [
        cut
        for cut in range(_SHORTEST_OWNER, len(lower) - _SHORTEST_POSSESSED + 1)
        if _possessed(lower[cut:]) and (capitals.known_form(lower[:cut]) or places.named(lower[:cut]))
    ]
    return f"{word[: cuts[0]]} {word[cuts[0] :]}" if len(cuts) == 1 else word


def _possessed(word: str) -> bool:
    """Whether the dictionary knows the word and it ends in the 3rd person's possessive after a stem it knows of four
    letters or more (облыс|ы, министрлі|гі, its к voiced: министрлік), a case perhaps after it (басқарма|сының)."""
    if not capitals.known_form(word):
        return False
    return any(
        names[0] == "possessive3" and capitals.known_form(stem[:-1] + DEVOICING.get(stem[-1], stem[-1]))
        for stem, names in _suffixed_stems(word, _SHORTEST_POSSESSED_STEM)
    )


def _suffixed_stems(word: str, shortest_stem: int) -> Iterator[tuple[str, list[str]]]:
    """Each stem of `shortest_stem` letters or more whose rest of the word is a chain of suffixes, longest stem
    first, with the names of those suffixes."""
    for cut in range(len(word) - 1, shortest_stem - 1, -1):
        if names := parse_suffixes(word[cut:]):
            yield word[:cut], names


def split_run_on_link(match: re.Match[str]) -> str:
    """тармағынажәне → тармағына және, тармағынасәйкес → тармағына сәйкес; an unknown first part stays whole."""
    left = match["left"]
    return f"{left} {match['right']}" if capitals.known_form_or_stem(left.lower()) else match.group()


def split_link_run_onto_word(match: re.Match[str]) -> str:
    """жәнетворчестволық → және творчестволық, when the word after және is one the dictionary knows (a stem and its
    suffixes too) and the whole is not (жәнеде, a form of және itself, stays)."""
    whole, right = match.group(), match["right"]
    if capitals.known_form_or_stem(whole.lower()) or not capitals.known_form_or_stem(right):
        return whole
    return f"{match['left']} {right}"


# A sentence whose spaces were all lost, as a copied translation keeps it (БіздіңелдіңазаматтарыүшінРесейеңжақын…,
# Қиын-қыстаукезеңдердебізәрдайымбіргеболдық): a token, its hyphenated parts with it, that holds a run of twenty small
# letters; the dictionary parts it into words (`split_lost_spaces`).
_CYRILLIC = f"{KAZAKH_UPPER}{KAZAKH_LOWER}"
LOST_SPACES = re.compile(
    rf"(?<![\w.@/-])(?=[{_CYRILLIC}-]*[{KAZAKH_LOWER}]{{20}})[{_CYRILLIC}]+(?:-[{_CYRILLIC}]+)*(?![\w@/-])"
)
# What every match holds (`Rule.needs`): twenty small letters not after another, which spares the scan a start inside
# every word (0.8 ms, not 1.9, over the 13 003-character sample); a text may open with a small letter.
LOST_SPACES_MARK = re.compile(rf"(?<![{KAZAKH_LOWER}])[{KAZAKH_LOWER}]{{20}}")
# The same sentence where the page kept a capital, a name's, inside the run (ғасырдажоңғарларданОтанынқорғаған): a
# token of twenty letters or more that opens with small letters and has a capital after them, evidence enough that
# words meet there. One that opens with a capital is a chain of capitalised words, a name's (ҚазақстанЖүрдекПортал),
# which its own rule reads.
LOST_SPACES_AROUND_CAPITAL = re.compile(
    rf"(?<![\w.@/-])(?=[{_CYRILLIC}]{{20}})[{KAZAKH_LOWER}]+(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)+(?![\w@/-])"
)
_LOST_SPACES_PART = 12  # a hyphenated part shorter than this is a word as written (Қиын-)
_LONGEST_LOOKED_UP = 14  # a longer word is a stem the dictionary knows and suffixes (қазақстандық|тардың)
_LONGEST_ENDINGS = 10
_SHORTEST_STEM = 3
_FEWEST_LOST_SPACES = 3  # two words are a compound or a long word the dictionary lacks, unless a case closes the first


def split_lost_spaces(match: re.Match[str]) -> str:
    """БіздіңелдіңазаматтарыүшінРесей… → Біздің елдің азаматтары үшін Ресей…: a hyphenated part of twelve letters or
    more that the dictionary does not know, with two letters only Kazakh writes (a Russian word has none) and both
    back and front vowels (one Kazakh word keeps to one kind), is parted into three words or more, each a word the
    dictionary knows, or a stem it knows with suffixes, or a name (a part from a capital: Ресеймен) with suffixes; a
    part no such reading covers, or two readings cover alike, stays whole."""
    parts = match.group().split("-")
    spoken = [_lost_spaces_words(part) or part for part in parts]
    return "-".join(spoken)


def split_lost_spaces_around_capital(match: re.Match[str]) -> str:
    """ғасырдажоңғарларданОтанынқорғаған → ғасырда жоңғарлардан Отанын қорғаған: parted as a run of small letters is
    (`split_lost_spaces`), its vowels of one kind or both, as the capital inside already parts words. A capitalised
    surname or patronymic (БеркімбайұлыХалқымыздың) is a name the dictionary lacks, not words: the name's own rule
    parts it from the word after it."""
    if any(_SURNAME.fullmatch(part.lower()) for part in _CHAIN_PART.findall(match.group())):
        return match.group()
    return _lost_spaces_words(match.group(), capital_inside=True) or match.group()


def _lost_spaces_words(part: str, capital_inside: bool = False) -> str | None:
    lower = part.lower()
    if (
        len(part) < _LOST_SPACES_PART
        or len(KAZAKH_LETTER.findall(part)) < 2
        or not (
            capital_inside or (BACK_VOWELS.intersection(lower) and FRONT_VOWELS.intersection(lower))
        )  # one word keeps to one kind
        or capitals.known_form_or_stem(lower) is not False
    ):
        return None
    words = _segment(part, lower)
    if words is None or (len(words) < _FEWEST_LOST_SPACES and not _case_closes(words[0])):
        return None
    return " ".join(words)


def _case_closes(word: str) -> bool:
    """Whether the word ends in a case suffix after a stem the dictionary knows, or a loan's (магистратура|ға): a
    case closes a word, so a run of two words whose first has one is no compound (солтүстік|қазақстандықтар is)."""
    lower = word.lower()
    return any(
        names[-1] in CASES and (capitals.known_form(stem) or _loan_stem(stem, lower[len(stem) :]))
        for stem, names in _suffixed_stems(lower, _SHORTEST_STEM)
    )


def _segment(part: str, lower: str) -> list[str] | None:
    """The reading that leaves the fewest letters to a name nobody knows (a place's name from a capital is known), then
    has the fewest words, a word read through its suffixes counting half a word more (байланыстар, not байланыс тар;
    көптеген азаматын, not көптеге назам атын), then the fewer words read through suffixes, then the fewer words that
    open on two consonants, as only a loan does (қызмет істері, not қызметі стері: the dictionary knows стер, a
    measure); None when two readings tie (Қор құрылғаннан or Қорқ ұрылғаннан: the dictionary knows both, and only a
    reader knows which is meant)."""
    size = len(lower)
    places_named = places.kazakh_names()
    known = functools.lru_cache(maxsize=None)(
        lambda i, j: bool(capitals.known_form(lower[i:j])) or (part[i].isupper() and lower[i:j] in places_named)
    )
    endings = functools.lru_cache(maxsize=None)(lambda i, j: _parse_endings(lower[i:j]))
    # best[end]: (unknown letters, weight, words read through suffixes, words opening on two consonants), the last
    # word's start, a tie on the way
    best: list[tuple[tuple[int, int, int, int], int, bool] | None] = [None] * (size + 1)
    best[0] = ((0, 0, 0, 0), 0, False)
    for start in range(size):
        if best[start] is None:
            continue
        (unknown, weight, parsed, clusters), _, tied = best[start]
        opens_on_cluster = lower[start] not in VOWELS and lower[start + 1 : start + 2] not in VOWELS
        for end in range(start + 2, min(size, start + _LONGEST_LOOKED_UP + _LONGEST_ENDINGS) + 1):
            cost = _piece_cost(part, start, end, known, endings)
            if cost is None:
                continue
            score = (unknown + cost[0], weight + 2 + cost[1], parsed + cost[1], clusters + opens_on_cluster)
            if best[end] is None or score < best[end][0]:
                best[end] = (score, start, tied)
            elif score == best[end][0]:
                best[end] = (score, best[end][1], True)
    if best[size] is None or best[size][2]:
        return None
    words, end = [], size
    while end:
        start = best[end][1]
        words.append(part[start:end])
        end = start
    return words[::-1]


# Two words whose one space was lost, as a hurried writer or a copied page drops it (№57 санындажарияланған,
# станциясыныңаумағында): a token of twelve small letters or more, a capital first, that the dictionary does not
# know, parted where a case after a possessive or a plural ends the first word (саны|нда, станциясы|ның, сапа|сын)
# and a word of six letters or more the dictionary knows opens the second (`split_case_run_onto_word`).
# How a case after a possessive or a plural is written (саны|нда, сапа|сын, серіктер|дің, ақпарат|ына): a quick test
# before the suffixes are parsed, which is slow.
_CASE_TAIL = re.compile(
    r"(?:ы|і|сы|сі|ым|ім|ың|ің|ңыз|ңіз|мыз|міз|лар|лер|дар|дер|тар|тер)"
    r"(?:ның|нің|дың|дің|тың|тің|на|не|а|е|ға|ге|қа|ке|нда|нде|да|де|та|те|нан|нен|дан|ден|тан|тен"
    r"|н|ны|ні|ды|ді|ты|ті|мен|бен|пен)$"
)
# The token, when a case's written tail has six small letters or more after it: a test in the regular expression's own
# code, which spares the rule the many long words with no such place (42 of the sample's 226 are left).
_LONG_TOKEN = rf"[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]{{11,}}(?![\w@/-])"
CASE_RUN_ONTO_WORD = re.compile(
    rf"(?<![\w.@/-])(?={_LONG_TOKEN})"  # the length first: most words are shorter, and fail it at once
    rf"(?=[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]*?{_CASE_TAIL.pattern[:-1]}[{KAZAKH_LOWER}]{{6}}){_LONG_TOKEN}"
)
# What every match holds (`Rule.needs`): eleven small letters not after another (a text may open with a small one).
CASE_RUN_ONTO_WORD_MARK = re.compile(rf"(?<![{KAZAKH_LOWER}])[{KAZAKH_LOWER}]{{11}}")
_BEFORE_CASE = PERSONAL_POSSESSIVES | {"plural", "possessive3"}
_SHORTEST_CASE_WORD = 7  # the first word: a stem, a possessive and a case (санында, сапасын)
_SHORTEST_WORD_AFTER = 6  # the second: a shorter one is as often a verb's suffixes (мойында|майды, тағылымда|малар)
# A second word opening like a verb's or a participle's suffix is that suffix (қабылдан|атын, сүйемелден|беген).
_SUFFIX_OPENINGS = ("ген", "ған", "қан", "кен", "тыл", "тіл", "дыр", "дір", "тыр", "тір", "атын", "етін")
# The negative's openings, which many words share (бейне, мақсат, мемлекет, пайда): a second word opening so is a word
# when the dictionary knows its first five letters or more as one (бейне|леріңізге; not сүйемелден|беген).
_NEGATIVE_OPENINGS = ("ма", "ме", "ба", "бе", "па", "пе")
_SHORTEST_WORD_HEAD = 5


def split_case_run_onto_word(match: re.Match[str]) -> str:
    """санындажарияланған → санында жарияланған, сапасынжақсарту → сапасын жақсарту: a token the dictionary does not
    know (a stem it knows and suffixes neither) parted once, where the first part is a stem it knows, a possessive
    or a plural, and a case, and the second a word of six letters or more it knows (a stem and suffixes too) that
    opens with no suffix; a token two such places part, or none, stays whole (мойындамайды, Тұрсынзадамен)."""
    return _case_run_parted(match.group())


@functools.lru_cache(maxsize=4096)  # the rules run over a text more than once, and long words recur
def _case_run_parted(word: str) -> str:
    lower = word.lower()
    if capitals.known_form(lower) is not False:  # the cheap lookups first: most long words are the dictionary's
        return word
    cuts = [
        cut
        for cut in range(_SHORTEST_CASE_WORD, len(lower) - _SHORTEST_WORD_AFTER + 1)
        if _CASE_TAIL.search(lower, 0, cut)  # the cheapest test first: most places end no case
        and _may_open_word(lower[cut:])
        and _ends_in_case(lower[:cut])
        and capitals.known_form_or_stem(lower[cut:])
    ]
    if len(cuts) != 1 or capitals.known_form_or_stem(lower) is not False:
        return word
    return f"{word[: cuts[0]]} {word[cuts[0] :]}"


def _may_open_word(right: str) -> bool:
    if right[0] in _NO_WORD_OPENS or right.startswith(_SUFFIX_OPENINGS):
        return False
    if right.startswith(_NEGATIVE_OPENINGS):
        return any(capitals.known_form(right[:end]) for end in range(_SHORTEST_WORD_HEAD, len(right) + 1))
    return parse_suffixes(right[:2]) is None and parse_suffixes(right[:3]) is None


def _ends_in_case(left: str) -> bool:
    for stem in range(len(left) - 2, max(_SHORTEST_STEM, len(left) - _LONGEST_ENDINGS) - 1, -1):
        names = parse_suffixes(left[stem:])
        if (
            names
            and len(names) > 1
            and names[-1] in CASES
            and names[-2] in _BEFORE_CASE
            and not CASES.intersection(names[:-1])
            and capitals.known_form(left[:stem])
        ):
            return True
    return False


_VOICED = {"ғ": "қ", "г": "к"}


# The past participle's ending, which a verb's stem takes before a noun's suffixes (құрыл|ғаннан, үлестіріл|ген).
_PARTICIPLE = ("ған", "ген", "қан", "кен")


def _parse_endings(written: str) -> list[str] | None:
    """The suffixes of `written`, a suffix's final қ or к voiced before the vowel of the next (табысты|лығы: лық, ы),
    a participle's ending before them."""
    names = parse_suffixes(written)
    if names is not None or not written:
        return names
    if written.startswith(_PARTICIPLE) and (rest := parse_suffixes(written[3:])) is not None:
        return ["participle", *rest]
    for at, letter in enumerate(written[:-1]):
        if letter in _VOICED and written[at + 1] in VOWELS and at:
            first = parse_suffixes(written[:at] + _VOICED[letter])
            rest = parse_suffixes(written[at + 1 :])
            if first is not None and rest is not None:
                return [*first, *rest]
    return None


# The locative after a 3rd person's possessive takes an н (жылдары|нда); after any other ending it does not
# (сауалнамаларда|нда is no word); the ablative takes it there and after м, н, ң (құрылған|нан, анасы|нан).
_LOCATIVE_AFTER_POSSESSIVE = ("нда", "нде")
_ABLATIVE_AFTER_NASAL = ("нан", "нен")
# Letters that open no Kazakh word of the dictionary's short ones: a piece of four letters or fewer opening with one
# is a suffix the reading cut off (үлестірі|лген).
_NO_WORD_OPENS = frozenset("лрңғьъ")
_CUT_OFF_SUFFIX = 4


_Known = Callable[[int, int], bool]
_Endings = Callable[[int, int], list[str] | None]


def _piece_cost(part: str, start: int, end: int, known: _Known, endings: _Endings) -> tuple[int, int] | None:
    """(letters of an unknown name, 1 when read through suffixes) for part[start:end] as one word, None when it is
    no word: a word the dictionary knows, a stem it knows and suffixes, or from a capital a name and suffixes."""
    piece = part[start:end].lower()
    if end - start <= _LONGEST_LOOKED_UP and not any(ch in VOWELS for ch in piece):
        return None
    if end - start <= _CUT_OFF_SUFFIX and piece[0] in _NO_WORD_OPENS:
        return None
    if end - start <= _LONGEST_LOOKED_UP and known(start, end):
        return (0, 0)
    first_stem = max(start + _SHORTEST_STEM, end - _LONGEST_ENDINGS)
    for cut in range(min(end - 1, start + _LONGEST_LOOKED_UP), first_stem - 1, -1):
        if endings(cut, end) and _ending_fits(part, start, cut, end, known, endings) and known(start, cut):
            return (0, 1)
        if capitals.verb_form(piece[: cut - start], piece[cut - start :]):
            return (0, 1)  # біріктір|еді, қалыптас|пайды: a verb's form the dictionary lacks
        if endings(cut, end) and _loan_stem(piece[: cut - start], piece[cut - start :]):
            return (0, 1)  # магистратура|ға: a Russian loan the dictionary lacks, with its Kazakh suffixes
    if part[start].isupper():
        names = [cut for cut in range(start + _SHORTEST_NAME_HEAD, end + 1) if cut == end or endings(cut, end)]
        if names:
            return (min(names) - start, 0)
    return None


# A loan this long is a word whatever letters it holds; a shorter Russian noun (ура, тар, мер) is as often a piece of
# a Kazakh word or a suffix.
_SHORTEST_LOAN_STEM = 7


def _loan_stem(stem: str, suffixes: str) -> bool:
    """Whether a stem the Kazakh dictionary lacks is a Russian noun as Kazakh borrows it, its dictionary form unchanged
    (магистратура, докторантура, ревакцинация: OpenCorpora's common nouns), with suffixes in its harmony and after its
    last sound (магистратура|ға, not магистратура|ге)."""
    return (
        len(stem) >= _SHORTEST_LOAN_STEM
        and not KAZAKH_LETTER.search(stem)
        and capitals.known_form(stem) is False
        and attach(stem, suffixes) == stem + suffixes
        and russianforms.common_noun_in_dictionary_form(stem)
    )


def _ending_fits(part: str, start: int, cut: int, end: int, known: _Known, endings: _Endings) -> bool:
    """Whether the suffixes part[cut:end] may follow the stem part[start:cut]: no case follows a stem that already
    ends in one, a word the dictionary knows and a case (намалардан|да is намалардан да: a particle after the
    ablative), and the н-forms of the locative and ablative follow a 3rd person's possessive only."""
    lower = part.lower()
    if lower.startswith(_LOCATIVE_AFTER_POSSESSIVE, cut) and lower[cut - 1] not in "ыі":
        return False
    if lower.startswith(_ABLATIVE_AFTER_NASAL, cut) and lower[cut - 1] not in "ыімнң":
        return False
    if endings(cut, end)[0] not in CASES:
        return True
    return not any(
        (stem_endings := endings(inner, cut)) and stem_endings[-1] in CASES and known(start, inner)
        for inner in range(max(start + _SHORTEST_STEM, cut - _LONGEST_ENDINGS), cut)
    )


def split_glued_latin_word(match: re.Match[str]) -> str:
    """ViewsТазалық → Views Тазалық, Payнемесе → Pay немесе, when the Latin part is an English word and the Kazakh
    one a word; a small-letter tail that is a chain of suffixes is the Latin word's own ending (Googleдағы): kept.
    A capitalised Kazakh word opens a word of its own whatever the Latin before it (a photo bank's name run onto the
    text: DepositphotosРеспубликалық → Depositphotos Республикалық): no suffix is typed with a capital."""
    right = match["right"]
    ending = right.islower() and parse_suffixes(right) is not None
    opens_word = right[0].isupper() and capitals.known_form_or_stem(right)
    if opens_word or (not ending and english.phonemes(match["left"].lower()) and capitals.known_form_or_stem(right)):
        return f"{match['left']} {right}"
    return match.group()


# A word set in spaced letters, a heading's letter-spacing kept by the page as spaces between them (М а з м ұ н ы,
# С Ә Л Е М): four single letters or more, each alone between spaces.
LETTER_SPACED_WORD = re.compile(
    rf"(?<![\w.])(?:[{KAZAKH_UPPER}{KAZAKH_LOWER}] ){{3,}}[{KAZAKH_UPPER}{KAZAKH_LOWER}](?![\w.])"
)
# What every match holds: three single letters apart (`Rule.needs`), found from the first space, which the engine
# skips to.
_LETTER = f"[{KAZAKH_UPPER}{KAZAKH_LOWER}]"
SPACED_LETTERS = re.compile(rf" (?:(?<=^{_LETTER} )|(?<=[^\w.]{_LETTER} )){_LETTER} {_LETTER} ")


def join_spaced_letters(match: re.Match[str]) -> str:
    """М а з м ұ н ы → Мазмұны, when the letters spell a word the dictionary knows (a stem and its suffixes too), or
    words (К ү н т ұ т ы л у ы → Күн тұтылуы, the space between words lost among the letters'); a run that spells
    none (an alphabet's letters, Ә Б В Г) stays apart."""
    letters = match.group().replace(" ", "")
    if capitals.known_form_or_stem(letters):
        return letters
    words = _spelled_words(letters)
    return " ".join(words) if words else match.group()


_SHORTEST_SPELLED_WORD = 2


def _spelled_words(letters: str) -> list[str] | None:
    """The fewest words the dictionary knows that the letters spell one after another, of the ways as few the one
    with most words known whole (Күн тұтылуы, not Күнт ұтылуы, whose ұтылуы only a stem and suffixes make); a capital
    among small letters opens a word (толған Ай, not толға нАй)."""
    mixed_case = not letters.isupper()
    best: list[tuple[int, int, int] | None] = [None] * (len(letters) + 1)  # words, words not whole, start
    best[0] = (0, 0, 0)
    for end in range(_SHORTEST_SPELLED_WORD, len(letters) + 1):
        for start in range(end - _SHORTEST_SPELLED_WORD + 1):
            before = best[start]
            word = letters[start:end]
            if before is None or (mixed_case and not word[1:].islower()) or not capitals.known_form_or_stem(word):
                continue
            score = (before[0] + 1, before[1] + (not capitals.known_form(word)), start)
            if best[end] is None or score[:2] < best[end][:2]:
                best[end] = score
    if best[-1] is None:
        return None
    words, end = [], len(letters)
    while end:
        start = best[end][2]
        words.append(letters[start:end])
        end = start
    return words[::-1]


# A word's first letter parted from the rest by a stray space (д иректорлар кеңесімен): a lone small consonant, which
# no Kazakh word is, before a part the dictionary does not know as a word, that together spell a word it knows; a
# consonant before a word of its own (к ала), or before letters that make no known word (Russian в иностранной), stays.
_CONSONANTS = "бвгғджзклмнңпрстфхһцчшщ"
STRAY_FIRST_LETTER = re.compile(rf"(?<![\w.,)/-])(?P<letter>[{_CONSONANTS}]) (?P<rest>[{KAZAKH_LOWER}]{{3,}})(?![\w-])")
# What every match holds (`Rule.needs`): a consonant alone before a space and a small letter, found from the space.
LONE_CONSONANT = re.compile(rf" (?<=[{_CONSONANTS}] )(?<!\w[{_CONSONANTS}] )[{KAZAKH_LOWER}]")


def join_stray_first_letter(match: re.Match[str]) -> str:
    """д иректорлар → директорлар; к ала, в иностранной are left."""
    rest = match["rest"]
    if capitals.known_form(rest) is not False or capitals.known_form_or_stem(rest) is not False:
        return match.group()
    joined = match["letter"] + rest
    return joined if capitals.known_form_or_stem(joined) else match.group()


# A document site's page counter run onto the last word of the title before it (ауыстырубет30/33,
# МЕРЗІМДЕРбет3/5): page N of M, said as the page and the count it is one of (бет үш, бестен), the word before given
# its space back; a first number above the second is no counter.
PAGE_COUNTER = re.compile(
    rf"(?<![\w/])(?P<word>[{KAZAKH_UPPER}{KAZAKH_LOWER}]*?)бет(?P<page>\d{{1,4}})/(?P<pages>\d{{1,4}})(?![\w/])"
)
PAGE_COUNTER_MARK = re.compile(r"бет\d")  # a literal first: the scan for it is cheap (`Rule.needs`)


def speak_page_counter(match: re.Match[str]) -> str:
    """ауыстырубет30/33 → ауыстыру бет отыз, отыз үштен; бет3/5 → бет үш, бестен."""
    page, pages = int(match["page"]), int(match["pages"])
    if not 0 < page <= pages:
        return match.group()
    counter = f"бет {cardinal(page)}, {attach(cardinal(pages), 'дан')}"
    return f"{match['word']} {counter}" if match["word"] else counter


# A year's or a century's word or abbreviation run onto the ordinal ending typed on a number (1940-шыжж.,
# 1990-шыжылдары; 1990-жылдары is the word itself): the space the page lost between them, given back, so the two read
# as they do apart (1940-шы жж.).
GLUED_ERA_MARK = re.compile(r"(?<=\d-)(?P<ending>[ыі]?н?ш[ыі])(?P<mark>(?:жж?|ғғ?)\.|(?:жыл|ғасыр)\w*)")


def part_glued_era_mark(match: re.Match[str]) -> str:
    """1940-шыжж. → 1940-шы жж., 1990-шыжылдары → 1990-шы жылдары."""
    return f"{match['ending']} {match['mark']}"


# An underscore joining a number to a code in capitals, as a listing types a game's or a product's name (777_ТЛ,
# 777_МЛ → 777 ТЛ, said as the number and the letters); inside a web address or an account name (t.me/abai_kz,
# @user_2024) it stays, read there.
UNDERSCORED_CODE = re.compile(rf"(?<![\w/@.])(?P<number>\d+)_(?P<code>[{KAZAKH_UPPER}A-Z]{{1,5}})(?![\w.@/])")
UNDERSCORE = re.compile("_")


def part_underscored_code(match: re.Match[str]) -> str:
    """777_ТЛ → 777 ТЛ."""
    return f"{match['number']} {match['code']}"


# A word broken across a line, its hyphen kept and the line break become a space (шал- ғынға, Са- парғалиев) or
# kept (a problem set's Күн-⏎нің, анық-⏎таңдар), the next line indented or after one blank line as a textbook page's
# text layer keeps its margin (Ұлысы-⏎      ның, халықтар-⏎⏎      дың).
_LETTER = f"{KAZAKH_UPPER}{KAZAKH_LOWER}"
LINE_BREAK_HYPHEN = re.compile(
    rf"(?<![\w-])(?P<left>[{_LETTER}]+)"
    rf"-(?:[ \u00a0\t]*\n(?:[ \u00a0\t]*\n)?[ \u00a0\t]*|[ \u00a0])(?P<right>[{KAZAKH_LOWER}]+)(?![\w-])"
)
# A soft hyphen (U+00AD, or the ¬ a word processor shows for it) left between a word's letters, in any language
# (біл¬месе, a Russian quote's ответ¬ственность): nothing, the word whole.
SOFT_HYPHEN_IN_WORD = re.compile(f"[\u00ad¬](?<=[{_LETTER}][\u00ad¬])(?=[{KAZAKH_LOWER}])")  # the sign first
SOFT_HYPHEN = re.compile("[\u00ad¬]")  # what every match holds (`Rule.needs`)


# A word a page's preview cut with an ellipsis, the rest of it following on ("read more" expanded: әлеуме…ттік-
# экономикалық, as a copied social-media post keeps the cut): joined where the part before the ellipsis is no word
# the dictionary knows and the two parts make one it does (бар…жоқ, two words, keep their ellipsis).
CUT_WORD = re.compile(rf"(?<![\w-])(?P<left>[{_LETTER}]+)…(?P<right>[{KAZAKH_LOWER}]+)(?!\w)")
CUT_WORD_MARK = re.compile("…")  # what every match holds (`Rule.needs`)


def join_cut_word(match: re.Match[str]) -> str:
    """әлеуме…ттік → әлеуметтік, when the dictionary knows the joined word and not the part before the cut."""
    joined = match["left"] + match["right"]
    if capitals.known_form_or_stem(match["left"]) is False and capitals.known_form_or_stem(joined):
        return joined
    return match.group()


# A word an OCR'd print split before its possessive, a space where none belongs (Орыс армия сының құрамында): the
# possessive -сы/-сі that only a word ending in a vowel takes, with a genitive, a locative's -дағы or an ablative after
# it, never a word of its own (сына, сында are: тестілеу сына); joined where the two make a word the dictionary knows.
POSSESSIVE_SPLIT_OFF = re.compile(
    rf"(?<![\w-])(?P<left>[{_LETTER}]*[{''.join(sorted(VOWELS))}]) "
    r"(?P<right>с(?:ының|ындағы|ынан|інің|індегі|інен))(?![\w-])"
)
POSSESSIVE_SPLIT_MARK = re.compile(" с[ыі]н[ыідае]")  # what every match holds (`Rule.needs`)

# A page whose font lost the Kazakh letters' widths: a space after each қ, ғ, ө, ұ, ү inside a word (mylektsii.ru,
# a Studopedia copy: "тек қ ана кө мекшілік қ ызметте", "Қ ұ лай"). A run of pieces, each but the last ending on one
# of those letters, is joined where the dictionary knows the joined word and the join is no pair of words: a piece
# before the space is a lone letter or no word (кө, болғ), or the piece after is none (мағ ынасы, Бұ л: a lone letter
# only after a syllable, not after a word, as a cut page ends "лексикалық м"). A piece of two letters or more ending
# in ғ, ө, ұ or ү, letters no Kazakh word ends in, joins a fragment after it even unknown where that opens on ы, as
# no word does (жығ ыла; сағ энергия, an abbreviation before a word, stays); a lone letter joins no letter's name (an
# initialism spelled out: қы ұ бэ, ұ қы эм). Two words stay apart (лексикалық мағынасы, ақ үй), and so do an
# initialism (ШЫҰ саммиті) and a word spaced out letter by letter (М а з м ұ н ы); without the dictionary nothing is
# joined. The font lost ң's width too (табың ыз, толық тырың ыз, көтерің дер): a piece ending in ң, a word's end as
# well, joins only the endings a verb or a noun takes after it, which no page parts from it (ыз, із, дер, дар, ы, і),
# where the dictionary knows the word made (табыңыз, көрсетіңіз, көтеріңдер, соңы, жаң а → жаңа); сенің ісің stays two
# words. The font lost ә's width as well (тә жірибелі, ә рі: mylektsii.su); the last piece may open a hyphened compound
# (кү ш-жігерін, ағ артушы-педагог); and a piece ending on ө, ұ or ү, vowels no Kazakh word ends on, joins any unknown
# fragment after it, a name's rest the dictionary cannot know (С.Хасенұ лы → Хасенұлы). A piece of two letters joins
# a piece after it, though both be words, where the dictionary holds the word the two make itself, not only its stem
# (жә не → және, ақ ын → ақын, ең бек → еңбек; ақ үй, ең үлкен stay), or a word it holds runs past the cut before
# suffixes (тоқ тауын → тоқтау|ын); so does a piece of three letters, a syllable closed on the letter (аяқ талатын →
# аяқталатын, сің ірді → сіңірді; жоқ болса stays). A piece after a lone suffix's letter opens a match too (жасалуғ а
# жақ ындап → жасалуға жақындап): that letter is joined to the word before it in the same pass.
_SPLIT_SMALL = "қғөұүңә"
_AFTER_ENG = frozenset({"ыз", "із", "дер", "дар", "ы", "і", "а", "е"})
_NEVER_FINAL = "ғөұүҒӨҰҮ"
_TWO_LETTER_PIECE = 2  # жә, ақ, ең: a piece before a lost width, a word itself or not
_SYLLABLE_PIECE_SIZES = (2, 3)  # жә, ақ, аяқ, сің: a syllable's piece before a lost width, a word itself or not
_NO_WORD_ENDS = "өұүӨҰҮ"  # vowels no Kazakh word ends on: the piece after one is its word's rest (Хасенұ лы)
_LETTER_NAME_WORDS = frozenset(name for name in LETTER_NAMES.values() if name)
FONT_SPLIT = re.compile(
    rf"(?<![\w-])(?<![^{_SPLIT_SMALL}]\s\w )(?<!^\w )"
    rf"(?:[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]*[{_SPLIT_SMALL}]|[{_SPLIT_SMALL.upper()}])"
    rf"(?: [{KAZAKH_LOWER}]*[{_SPLIT_SMALL}](?![\w-]))* [{KAZAKH_LOWER}]+(?!\w)",
    re.M,
)
# What a page that lost its widths holds, and every text the rule joins in (`Rule.when`): a piece ending on a letter
# no word ends in, or a lone қ, before a space and a small letter (a word ending in қ or ң before another is none).
LOST_WIDTHS = re.compile(rf"[{_NEVER_FINAL}қҚ] (?<![^\s][қҚ] )[{KAZAKH_LOWER}]")  # the letter first: a fast scan
FONT_SPLIT_MARK = re.compile(rf"[{_SPLIT_SMALL}{_SPLIT_SMALL.upper()}] [{KAZAKH_LOWER}]")  # what every match holds


# The endings of a surname made from a name (Боқаев, Мүсірепова, Сейфуллин): a capitalised piece a lost width parted
# from its rest is one word with it where the rest ends so and is no word itself (Боқ аев).
_SURNAME_ENDINGS = ("ов", "ев", "ова", "ева", "ин", "ина")
_SHORTEST_SURNAME_REST = 3


def _name_joined(pieces: list[str]) -> bool:
    """Whether capitalised pieces are one name's: one the dictionary knows capitalised (Ғ абит → Ғабит), a place's
    whose first piece is no word of three letters or more (Мә скеу → Мәскеу; Терең көл is a deep lake, though a
    district is Тереңкөл), or a surname's whose last piece is no word (Боқ аев → Боқаев)."""
    joined, first, last = "".join(pieces), pieces[0], pieces[-1]
    if not joined[:1].isupper():
        return False
    word_first = len(first) > _TWO_LETTER_PIECE and capitals.known_form(first)
    if capitals.known_name(joined) or (places.named(joined) and not word_first):
        return True
    surname_rest = len(last) >= _SHORTEST_SURNAME_REST and last.endswith(_SURNAME_ENDINGS)
    return surname_rest and capitals.known_form(last) is False


def _split_join(left: str, right: str) -> bool:
    """Whether two pieces a lost width parted are one word's (the dictionary asked of each and of the two joined)."""
    if _name_joined([left, right]):
        return True
    if len(left) in _SYLLABLE_PIECE_SIZES and len(right) > 1 and _word_across(left, right):
        return True  # жә не, ақ ын, аяқ талатын: a syllable's piece joins where the dictionary holds the word made
    if left[-1:] in "ңҢ":
        return len(left) > 1 and right in _AFTER_ENG and bool(capitals.known_form_or_stem(left + right))
    if len(left) == 1 and right in _LETTER_NAME_WORDS:
        return False  # an initialism spelled out by its letters' names (ҚҰБ → қы ұ бэ, ҰҚМ → ұ қы эм)
    if len(right) == 1 and len(left) > 2 and left[-1] not in _NEVER_FINAL:
        return False  # a lone letter after a word is a cut page's (лексикалық м), not a syllable's (Бұ л, дауыссызғ а)
    if len(left) == 1 or capitals.known_form(left) is False or capitals.known_form_or_stem(right) is False:
        return bool(capitals.known_form_or_stem(left + right))
    return False


def _word_across(left: str, right: str) -> bool:
    """Whether the two pieces make a word the dictionary holds itself (жә не → және), or one such word that runs past
    the cut by two letters or more before suffixes (тоқ тауын → тоқтау|ын: the dictionary holds тоқтау, not its case
    forms); a stem that is the left piece alone (ақ ын → ақ|ын) makes no word across."""
    joined = left + right
    if capitals.known_form(joined):
        return True
    ends = range(len(joined) - 1, len(left) + 1, -1)
    return any(parse_suffixes(joined[end:]) and capitals.known_word(joined[:end]) for end in ends)


def join_font_split(match: re.Match[str]) -> str:
    """кө мекші → көмекші, қ алыптасқ ан → қалыптасқан, Бұ л → Бұл; лексикалық мағ ынасы → лексикалық мағынасы."""
    if kazakh_dictionary() is None:
        return match.group()  # without the dictionary nothing is joined
    pieces = match.group().split(" ")
    out: list[str] = []
    i = 0
    while i < len(pieces):
        for end in range(len(pieces) - 1, i, -1):
            joined = "".join(pieces[i : end + 1])
            whole = (capitals.known_form_or_stem(joined) or _name_joined(pieces[i : end + 1])) and any(
                _split_join("".join(pieces[i:k]), "".join(pieces[k : end + 1])) for k in range(i + 1, end + 1)
            )
            lost = (
                end == i + 1
                and len(pieces[i]) > 1
                and pieces[i][-1] in _NEVER_FINAL
                and (pieces[end].startswith("ы") or (pieces[i][-1] in _NO_WORD_ENDS and len(pieces[end]) > 1))
                and not capitals.known_form_or_stem(pieces[i])
                and capitals.known_form_or_stem(pieces[end]) is False
            )
            if whole or lost:
                out.append(joined)
                i = end + 1
                break
        else:
            out.append(pieces[i])
            i += 1
    return " ".join(out)


# A page whose print set its words in syllables a layout's lost soft hyphens left apart (minber.kz: "жүл десі үшін ұйым
# дастырыл ған", "Хал қы мыз дың 30 пайызы", "ба ры сы ның"). The dictionary knows most syllables as words or
# suffixes (ба, ры, ған, дар), so a page is taken for one only where two short pieces at least that it does not know
# (жүл, бо; қы and мыз of Хал қы мыз дың) join their neighbours into words it does. On such a page a run of pieces is
# joined where the joined word is known, each piece after the first opens on a consonant and a vowel, as a syllable
# after a break does (тым аз, бір ақ stay), and either a piece is unknown, or all pieces but the last have three
# letters or fewer and the dictionary holds the joined form itself, not only a stem of it (Дәу лет, ме жеге join; ат
# басына, an idiom's two words, stays); a particle or a conjunction ending the run stays a word (бар ма, кетті де).
# A short piece opening on a letter no short word opens on (ры, ған, лет) counts towards such a page as an unknown one
# does. Off such a page a run joins only where a syllable piece is in the join and a piece the dictionary does not know
# makes a known word with its neighbours (жа сақ тал ды, аза ма ты ның, би лік, респуб лика дағы); an initialism a rule
# before spelled out by English letters' names (си ди си, ю эй и тим) is no syllables. The first piece may be a capital
# alone, a name's first letter a stray space parted (О рал → Орал).
SYLLABLE_RUN = re.compile(
    rf"(?<![\w-])(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]*|[{KAZAKH_LOWER}]+)(?: [{KAZAKH_LOWER}]+)+(?![\w-])"
)
SYLLABLE_RUN_MARK = re.compile(rf"[{KAZAKH_UPPER}{KAZAKH_LOWER}] [{KAZAKH_LOWER}]")  # a piece before another
_ONSET = re.compile(rf"[{KAZAKH_LOWER}](?<![{''.join(sorted(VOWELS))}])[{''.join(sorted(VOWELS))}]")
_WORD_AFTER = frozenset("да де та те ма ме ба бе па пе мен бен пен ғой ғана қана деп ол бұл сол".split())
_LONGEST_RUN = 5


@functools.cache
def _spelled_latin_names() -> frozenset[str]:
    """The English names of Latin letters that are no Kazakh word (эй, ди, эф, кью): a run holding one is an
    initialism spelled out by a rule before (си ди си, ю эй и тим), no syllables."""
    return frozenset(name for name in LATIN_LETTER_NAMES.values() if len(name) > 1 and not capitals.known_form(name))


def _syllable_joins(pieces: list[str], page: bool) -> list[tuple[int, int]]:
    """The spans (first, last) of pieces that join into one word; unknown-piece joins only unless `page`."""
    spans: list[tuple[int, int]] = []
    if _spelled_latin_names().intersection(pieces):
        return spans
    i = 0
    while i < len(pieces) - 1:
        for end in range(min(i + _LONGEST_RUN - 1, len(pieces) - 1), i, -1):
            run = pieces[i : end + 1]
            if run[-1] in _WORD_AFTER or not all(_ONSET.match(piece) for piece in run[1:]):
                continue
            unknown = any(capitals.known_form(piece) is False and piece not in _LETTER_NAME_WORDS for piece in run)
            if not unknown and _LETTER_NAME_WORDS.intersection(run):
                continue  # an initialism said by its letters' names (а қы и ұ, ша қы а у), no syllables
            short = all(len(piece) <= 3 for piece in run[:-1])
            joined = "".join(run)
            if (unknown and capitals.known_form_or_stem(joined)) or (page and short and capitals.known_form(joined)):
                spans.append((i, end))
                i = end
                break
        i += 1
    return spans


# A piece of three letters or fewer (Бі of Бі рақ), or of four opening on a letter no short word opens on (лика of
# респуб лика): a syllable piece is one of them.
_SHORT_PIECE = re.compile(
    rf"(?<![\w-])(?:[{KAZAKH_UPPER}{KAZAKH_LOWER}][{KAZAKH_LOWER}]{{0,2}}|[{''.join(sorted(_NO_WORD_OPENS))}]"
    rf"[{KAZAKH_LOWER}]{{3}})(?![\w-])"
)
_PAGE_EVIDENCE = 2  # syllable pieces joined on a page before its pieces that are all words join too


@functools.lru_cache(maxsize=4096)
def _unknown_short(piece: str) -> bool:
    """A piece of three letters or fewer the dictionary does not know and no letter's name (жүл, бо, мыз; not қы)."""
    return len(piece) <= 3 and piece.lower() not in _LETTER_NAME_WORDS and capitals.known_form(piece) is False


def _opens_no_word(piece: str) -> bool:
    return len(piece) <= _CUT_OFF_SUFFIX and piece[0] in _NO_WORD_OPENS


@functools.lru_cache(maxsize=4096)
def _syllable_piece(piece: str) -> bool:
    """A piece that looks like a word's syllable: one of three letters or fewer the dictionary does not know (жүл, бо,
    мыз), or a short one opening on a letter no short word opens on (ры, ған, лет, лика; not the particle ғана)."""
    return _unknown_short(piece) or (_opens_no_word(piece) and piece not in _WORD_AFTER)


@functools.lru_cache(maxsize=4)
def _syllable_pieces(text: str) -> frozenset[str]:
    return frozenset(filter(_syllable_piece, _SHORT_PIECE.findall(text)))


@functools.lru_cache(maxsize=4096)
def _unknown_syllable(piece: str) -> bool:
    """A syllable piece the dictionary does not know, no English letter's name (зет of кей зет)."""
    return piece not in _spelled_latin_names() and not capitals.known_form(piece)


@functools.lru_cache(maxsize=4)
def _syllable_split_state(text: str) -> tuple[bool, frozenset[str], list[int]]:
    """Whether the text is a page set in syllables, its syllable pieces the dictionary does not know (жүл, бо, лика;
    not ры, рөл), one of which a join off such a page holds, and where they stand."""
    unknown = frozenset(filter(_unknown_syllable, _syllable_pieces(text)))
    starts = [piece.start() for piece in _SHORT_PIECE.finditer(text) if piece.group() in unknown] if unknown else []
    return _syllable_split_page(text), unknown, starts


@functools.lru_cache(maxsize=4)
def _syllable_split_page(text: str) -> bool:
    """Whether two syllable pieces at least join their neighbours into known words: a short piece the dictionary does
    not know joined with the pieces beside it alone, or one opening on a letter no word opens on joined as on a page
    set in syllables."""
    if len(_syllable_pieces(text)) < _PAGE_EVIDENCE:
        return False  # the common case, a page of whole words: no two pieces to join
    found = 0
    for run in SYLLABLE_RUN.finditer(text):
        pieces = run.group().split(" ")
        unknown = [_unknown_short(piece) for piece in pieces]
        opening = [_opens_no_word(piece) for piece in pieces]
        if any(unknown):
            found += sum(sum(unknown[first : last + 1]) for first, last in _syllable_joins(pieces, page=False))
        if any(opening[1:]):
            found += sum(sum(opening[first + 1 : last + 1]) for first, last in _syllable_joins(pieces, page=True))
        if found >= _PAGE_EVIDENCE:
            return True
    return False


def _holds_piece(starts: list[int], start: int, end: int) -> bool:
    return bisect.bisect_left(starts, start) < bisect.bisect_left(starts, end)


def join_syllable_split(match: re.Match[str]) -> str:
    """жүл десі → жүлдесі, ба ры сы ның → барысының, on a page that set its words in syllables; elsewhere a run that
    holds a syllable piece joins where a piece the dictionary does not know makes a word with its neighbours (жа сақ
    тал ды → жасақталды, би лік → билік)."""
    if kazakh_dictionary() is None or not _syllable_pieces(match.string):
        return match.group()  # the common case, a page of whole words
    page, syllables, starts = _syllable_split_state(match.string)
    if not (page or (starts and _holds_piece(starts, match.start(), match.end()))):
        return match.group()  # the common case: a page of whole words, or a run with no syllable piece
    pieces = match.group().split(" ")
    spans = {
        first: last
        for first, last in _syllable_joins(pieces, page=page)
        if page or not syllables.isdisjoint(pieces[first : last + 1])  # off a page, the join holds the syllable
    }
    out: list[str] = []
    i = 0
    while i < len(pieces):
        end = spans.get(i, i)
        out.append("".join(pieces[i : end + 1]))
        i = end + 1
    return " ".join(out)


def join_split_possessive(match: re.Match[str]) -> str:
    """армия сының → армиясының, when the dictionary knows the word joined."""
    joined = match["left"] + match["right"]
    return joined if capitals.known_form_or_stem(joined) else match.group()


# A word an OCR'd print split before its plural or its agent noun's suffix, a space where none belongs (барлау шылар,
# қазақ тармен бiрге): a piece opening on -шы/-ші or on the plural, then a possessive and a case, each in the form the
# word before calls for (бас тарта, whose -та no plural takes, stays). Joined where the dictionary knows the word the
# two make, and the piece is no word of its own: none the dictionary knows (шылар), or one only as another word's
# form (тармен: тар|мен); a piece that is a word itself (дарын, тары, тер, мен) stays apart. The match is the space
# and the piece, found from the space (the pattern finds what may be such a chain; `parse_suffixes` and `attach` judge
# it); the word before is read from the text.
_PLURAL_OR_AGENT = "(?:ш[ыі](?:[лдт][ае]р)?|[лдт][ае]р)"
_POSSESSIVE = "(?:с[ыі]|[ыі]?(?:мыз|міз|ңыз|ңіз|м|ң)|[ыі])"
_CASE = "(?:[ндт][ыі]ң|[ғгқкнң][ае]|[нтд][ыі]|нд[ае]|[днт][ае](?:[ғгқк][ыі])?|[днт][ае]н|[мбп]ен|н)"
SUFFIXES_SPLIT_OFF = re.compile(rf" (?P<right>{_PLURAL_OR_AGENT}{_POSSESSIVE}?{_CASE}?)(?![\w-])")


def join_split_suffixes(match: re.Match[str]) -> str:
    """барлау шылар → барлаушылар, қазақ тармен → қазақтармен (the space dropped); жол дарын, бас тарта stay."""
    start = match.start()
    left = _WORD_BEFORE.search(match.string, max(0, start - _LONGEST_LOOKED_UP - _LONGEST_ENDINGS), start)
    right = match["right"]
    if left is None or not _suffixes_of(left.group(), right) or not _no_word_of_its_own(right):
        return match.group()
    return right if capitals.known_form(left.group() + right) else match.group()


def _suffixes_of(word: str, piece: str) -> bool:
    """Whether the piece is the agent's suffix or a chain of suffixes, or both, in the forms the word takes them."""
    agent = AGENT.form_for(word.lower())
    if piece.startswith(agent):
        word, piece = word + agent, piece[len(agent) :]
    return parse_suffixes(piece) is not None and attach(word, piece) == word + piece


def _no_word_of_its_own(piece: str) -> bool:
    """A piece the dictionary does not know, or knows only as the form of another word (тармен: тар|мен)."""
    return piece not in _WORD_AFTER and piece not in CORPUS_WORDS and piece not in capitals.dictionary_stems(piece)


# A word's tail a stray space parted from it, as a PDF's text layer or a hasty typist leaves it (от ставкаға, со ңғы,
# мен а қша): a piece that opens as no Kazakh word does, on ң or a sign, or on two consonants (a loan's opening,
# стратегия), after a word. Joined where the dictionary knows the two joined as a word form whole (отставкаға, соңғы)
# and the piece as no word, not even a stem and suffixes; a loan the dictionary knows (жаңа стратегия) stays apart.
# The match is the space and the piece, found from the space (a scan from every word's start costs three times as
# much); the word before is read from the text.
_ANY_CONSONANT = f"{_CONSONANTS}қ"  # қ too, which a stray first letter never is
WORD_TAIL_APART = re.compile(
    rf" (?<=[{KAZAKH_LOWER}] )(?P<right>(?:[ңьъ]|[{_ANY_CONSONANT}]{{2}})[{KAZAKH_LOWER}]+)(?![\w-])"
)
# What every match holds (`Rule.needs`): a space, then ң, a sign or two consonants, found from the space (from the
# consonant it costs three times as much: consonants are many more).
WORD_TAIL_APART_MARK = re.compile(rf" (?:[ңьъ]|[{_ANY_CONSONANT}]{{2}})")
_WORD_BEFORE = re.compile(rf"(?<![\w-])[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+\Z")


def join_word_tail(match: re.Match[str]) -> str:
    """от ставкаға → отставкаға, со ңғы → соңғы (the space dropped); жаңа стратегия stays."""
    start = match.start()
    left = _WORD_BEFORE.search(match.string, max(0, start - _LONGEST_LOOKED_UP - _LONGEST_ENDINGS), start)
    right = match["right"]
    # the piece a word of its own first: a loan's opening (стратегиялық) is found at once, a stray tail is not
    if left is None or capitals.known_form_or_stem(right) is not False or not capitals.known_form(left.group() + right):
        return match.group()
    return right


def join_broken_word(match: re.Match[str]) -> str:
    """шал- ғынға → шалғынға: the part after a hyphen and a space is a fragment, not a word of its own (Модель- таза
    keeps its dash) nor a case suffix (ҚР- да), unless the two parts make a word the dictionary knows (кітаптар- дың,
    басыла- ды, шы- ғысын, as a retyped book breaks them). A unit the table writes with a hyphen keeps it (мг- экв →
    мг-экв, milligram-equivalent)."""
    left, right = match["left"], match["right"]
    if f"{left}-{right}" in abbreviations.of_kind("unit"):
        return f"{left}-{right}"
    if capitals.known_form_or_stem(right) is not False or parse_suffixes(right) is not None:
        joins = _broken_word(left, right) or _line_fragment(left, right) or _broken_in_suffix(left, right)
        return left + right if joins else match.group()
    if _dash_before_unknown_word(left, right):
        return match.group()
    return left + right


_SHORTEST_WORD_BEFORE_DASH = 4  # тобы: a word, not a syllable (Са- парғалиев)
_SHORTEST_WORD_AFTER_DASH = 6  # шоқжұлдыздарға: a word the dictionary lacks, not a line's fragment (ғынға, лыгы)


def _dash_before_unknown_word(left: str, right: str) -> bool:
    """A sentence's dash typed onto a word, the word after it one the dictionary lacks (жұлдыздар тобы-
    шоқжұлдыздарға, a compound): the part before is a whole word the dictionary knows, the part after too long for a
    line's fragment and no verb made of the part before, and the two together no word."""
    return (
        len(left) >= _SHORTEST_WORD_BEFORE_DASH
        and len(right) >= _SHORTEST_WORD_AFTER_DASH
        and bool(capitals.known_form(left))
        and not _verb_made_of(left, right)
        and capitals.known_form_or_stem(left + right) is False
    )


def _verb_made_of(left: str, right: str) -> bool:
    """The part after opens with the suffix that makes a verb of the word before it (-ла, -лан, -ландыр), its л the
    plural's, д or т after a consonant: a line's break in a verb or its noun the dictionary lacks (цифр- ландырудың,
    мемлекет- тендіру, ақпарат- тандырылған). A loan's harmony may be either, so either vowel follows."""
    consonant = attach(left.lower(), "лар")[len(left) : len(left) + 1]
    return right[:1].lower() == consonant and right[1:2].lower() in ("а", "е")


_LONGEST_FRAGMENT = 2
_LONGEST_SUFFIX_HEAD = 2  # the letters of a suffix a line's break may leave before it (қорла- рының: ла|рының)


def _broken_in_suffix(left: str, right: str) -> bool:
    """The break fell inside the word's suffixes: the last letters before it and the part after it make a chain of
    suffixes (қорла- рының: ларының, plural, possessive and genitive), on a stem with a vowel, and the two parts a
    word the dictionary knows; the part after it may then be a word of its own to the dictionary (рының)."""
    for size in range(1, _LONGEST_SUFFIX_HEAD + 1):
        stem, head = left[:-size], left[-size:]
        if any(ch in VOWELS for ch in stem.lower()) and parse_suffixes(head + right) is not None:
            return bool(capitals.known_form_or_stem(left + right))
    return False


def _line_fragment(left: str, right: str) -> bool:
    """A part after a line's break that is no word of its own (ды, ғысын: letters the dictionary reads only as
    suffixes) and makes a word the dictionary knows with the part before it."""
    fragment = len(right) <= _LONGEST_FRAGMENT or capitals.known_form(right) is False
    return fragment and any(ch in VOWELS for ch in left.lower()) and bool(capitals.known_form_or_stem(left + right))


# A word broken across a line whose line break was lost and whose hyphen stayed (теңіз дең-гейінен, бөлігі-нің): the
# part after the hyphen is no word (a fragment) or the very suffix the word before takes, and the two parts together
# are one the dictionary knows; a pair of words (оңтүстік-батыс, ата-ана, аға-іні) and a word not known joined
# (жұйе-сіндегі) keep the hyphen. The broken word may be a pair's second (аға-апала-рына → аға-апаларына), not a
# number's suffix (5-ші-сі). Run after the clipped words cut with a hyphen (обл-сы, көш-сі), which are theirs.
_SHORTEST_WORD_BEFORE_SUFFIX = 3
_LONGEST_SYLLABLE_BEFORE = 2  # a first part this short, before a part the dictionary knows not as a word, is a syllable
# The clipped еді the spelling hyphens onto a participle or onto бар and жоқ (бастаған-ды, болған-ды, жоқ-ты), which
# looks like an accusative suffix or an adjective's -ды (ұтым-ды).
_HYPHENED_PARTICLES = frozenset({"ды", "ді", "ты", "ті"})
_PARTICLE_HOSTS = ("ған", "ген", "қан", "кен", "атын", "етін", "йтын", "йтін", "мақ", "мек", "бақ", "бек", "пақ", "пек")
_PARTICLE_HOST_WORDS = frozenset({"бар", "жоқ"})


def _hyphened_past(left: str, right: str) -> bool:
    """Whether the part after the hyphen is the clipped еді after the word it makes a past of (бастаған-ды)."""
    lower = left.lower()
    return right in _HYPHENED_PARTICLES and (lower in _PARTICLE_HOST_WORDS or lower.endswith(_PARTICLE_HOSTS))


# The derivations of an adjective a line's break leaves alone after its stem (мына-дай, ұтым-ды): the similative and the
# adjective of having, each in the form the stem's last sound calls for. The dictionary lists дай and ды as words of
# their own, so the form the stem takes, not the dictionary, tells them from a pair's second word.
_ADJECTIVE_DERIVATIONS = (SIMILATIVE, HAVING)


def _adjective_derivation(left: str, right: str) -> bool:
    return not _hyphened_past(left, right) and any(
        right == derivation.form_for(left.lower()) for derivation in _ADJECTIVE_DERIVATIONS
    )


# A grammar lesson's word parted at each of its suffixes (бала-лар-ымыз-дың): every part after the stem a suffix the
# word so far takes, and the whole a word the dictionary knows, is said as the word (балаларымыздың); a chain of other
# parts is judged by its last two alone, as a broken pair's second.
LOST_LINE_BREAK = re.compile(
    rf"(?<!\w)(?<!\d-)(?P<left>[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+)"
    rf"-(?P<right>[{KAZAKH_LOWER}]{{2,}}(?:-[{KAZAKH_LOWER}]{{2,}})*)(?![\w-])"
)


def join_lost_break(match: re.Match[str]) -> str:
    """дең-гейінен → деңгейінен, бөлігі-нің → бөлігінің, бала-лар-ымыз-дың → балаларымыздың; оңтүстік-батыс,
    жұйе-сіндегі are left."""
    left, right = match["left"], match["right"]
    if "-" in right:
        *parts, last = [left, *right.split("-")]
        if _segmented_word((*parts, last)):
            return "".join(parts) + last
        head, before = "-".join(parts[:-1]), parts[-1]
        return f"{head}-{before + last if _broken_word(before, last) else before + '-' + last}"
    return left + right if _broken_word(left, right) or _name_and_its_case(left, right) else match.group()


def _name_and_its_case(left: str, right: str) -> bool:
    """A name the dictionary need not know with its case ending hyphened on, the ending the name takes (Қазақпарат-қа,
    as a Latin Kazakh page writes Qazaqparat-qa): one word, said so (Қазақпаратқа); not a pair (Ата-ана)."""
    if not (left[:1].isupper() and left[1:].islower() and len(left) >= _SHORTEST_WORD_BEFORE_SUFFIX):
        return False
    suffixes = parse_suffixes(right)
    return bool(suffixes) and suffixes[0] in CASES and attach(left.lower(), right) == (left + right).lower()


def _segmented_word(parts: tuple[str, ...]) -> bool:
    """Whether a stem and the suffixes after it, each the one the word so far takes, make a word the dictionary
    knows."""
    word = parts[0]
    if len(word) < _SHORTEST_WORD_BEFORE_SUFFIX or not any(ch in VOWELS for ch in word.lower()):
        return False
    for suffix in parts[1:]:
        if _hyphened_past(word, suffix) or parse_suffixes(suffix) is None:
            return False
        if attach(word.lower(), suffix) != (word + suffix).lower():
            return False
        word += suffix
    return bool(capitals.known_form_or_stem(word))


@functools.lru_cache(maxsize=4096)
def _broken_word(left: str, right: str) -> bool:
    if not any(ch in VOWELS for ch in left.lower()):
        return False  # a unit or an initialism typed small has no vowel: км-ге, млрд-қа
    suffix = len(left) >= _SHORTEST_WORD_BEFORE_SUFFIX and (
        (
            not _hyphened_past(left, right)
            and parse_suffixes(right) is not None
            and attach(left.lower(), right) == (left + right).lower()  # the suffix this word takes: not аға-іні
        )
        or _adjective_derivation(left, right)
    )
    if not suffix and capitals.known_form(right) is not False and not _fragment_before(left, right):
        return _stem_across_break(left, right)  # a word of its own: a pair of words (оңтүстік-батыс), or a stem's end
    derived = _derivation_after(left, right)
    fragment = (
        capitals.known_form_or_stem(right) is False or _syllable_before(left, right) or _fragment_before(left, right)
    )
    return bool(derived or ((suffix or fragment) and _known_across_break(left + right)))


def _stem_across_break(left: str, right: str) -> bool:
    """A word the dictionary lists whole runs across the hyphen, and is no compound of the part before and a word the
    part after is a form of (уақы-тылы: уақытылы, where тылы is тыл's, a word the dictionary happens to list; іс-сапар
    is іс and сапар, әр-түрлі әр and түрлі, жұм-сарып a form of сару): the hyphen fell inside its stem. Its part
    after the hyphen is no piece of a word the part after is (жылы-мың: жылым, whose м opens мың)."""
    cut = len(left)
    words_after = capitals.dictionary_stems(right)
    return any(
        len(stem) >= cut + _SHORTEST_STEM_TAIL
        and stem.startswith(left.lower())
        and not any(word.startswith(stem[cut:]) for word in words_after)
        for stem in capitals.dictionary_stems(left + right)
    )


_SHORTEST_STEM_TAIL = 2


# The suffixes that make a new word of a stem (ескерт|кіш: a monument, оқу|шылық), which a line's break leaves at the
# head of the part after it; three letters or more, as a shorter one (шы, лы) opens words of their own too often.
_DERIVATIONS = (
    frozenset("қыш кіш ғыш гіш шылық шілік шақ шек".split())
    | SUFFIXES["abstract"].written_forms()
    | SUFFIXES["privative"].written_forms()
)


def _derivation_after(left: str, right: str) -> bool:
    """A part after that holds a suffix deriving a new word from a stem the dictionary knows, the stem running across
    the hyphen: the suffix at the part's head, where the part alone reads as another stem (ескерт-кіштерін: ескерткіш
    and its endings, not кіш), or after the stem's own last letters where those are no word (тыны-ғушылық: тынығу,
    шылық), the derived word perhaps one the dictionary lacks. A pair whose second is a stem of its own
    (іс-сапарлық: іссапар, сапар) keeps its hyphen."""
    lower = (left + right).lower()
    for cut in range(len(lower), len(left), -1):
        head, rest = lower[len(left) : cut], lower[cut:]
        if not capitals.known_form(lower[:cut]):
            continue
        if head in _DERIVATIONS and (not rest or parse_suffixes(rest) is not None):
            return True
        if capitals.known_form(head) is False and any(
            rest.startswith(derivation) and (rest == derivation or parse_suffixes(rest[len(derivation) :]))
            for derivation in _DERIVATIONS
        ):
            return True
    return False


# A scanned textbook's г where its print lost ғ's stroke (жаг- дайы, жа-гын): in a word of back vowels, where native
# words write ғ, the word the dictionary knows by ғ is the one broken across the line.
_STROKE_LOST = str.maketrans("гГ", "ғҒ")


def _known_across_break(word: str) -> bool:
    """Whether the dictionary knows the word a line's break parted (a stem and suffixes too), by ғ where it is typed г
    among back vowels (жагдайы → жағдайы)."""
    if capitals.known_form_or_stem(word):
        return True
    return "г" in word.lower() and is_back(word) and bool(capitals.known_form_or_stem(word.translate(_STROKE_LOST)))


def _fragment_before(left: str, right: str) -> bool:
    """A part after that happens to be a word (қорытын-дысы: дысы, ұзағы-на: на, a possessive's case ending attach
    cannot tell) is still a broken word's end where the part before is no word the dictionary lists and the two make
    one it knows; a pair of words has a word on both sides (жүріс-тұрыс, алдын-алу), and a letter or two before
    the hyphen are an abbreviation's (а/о-да: ауылдық округінде)."""
    return (
        len(left) >= _SHORTEST_WORD_BEFORE_SUFFIX
        and capitals.known_form(left) is False
        and _known_across_break(left + right)
    )


def _syllable_before(left: str, right: str) -> bool:
    """A small syllable (two letters, lower case: a capitalised one may open a coined title's pair, "Ай-тамғы") that
    makes, with the part after, a stem ending where no stem of that part alone ends (ау-данымызда: аудан-ымызда, where
    the part alone is даны-мызда); a pair keeps its hyphen where the part after is the same stem (іс-сапарына:
    іссапар-ына, сапар-ына)."""
    if len(left) > _LONGEST_SYLLABLE_BEFORE or not left.islower():
        return False
    joined = {end - len(left) for end in _stem_ends(left + right) if end > len(left)}
    return bool(joined - _stem_ends(right))


def _stem_ends(word: str) -> set[int]:
    """Where a stem the dictionary knows ends in the word, suffixes after it."""
    return {
        cut
        for cut in range(2, len(word) + 1)
        if capitals.known_form(word[:cut]) and (cut == len(word) or parse_suffixes(word[cut:]) is not None)
    }


# Markup left in the text: an element that shows a picture, a frame or a script, said as nothing with all it holds
# (<image>data:image/s3,"s3://crabby-images/…" alt=""</image>); an inline tag as nothing (км<sup>2</sup> → км2); any
# other tag as a space (бір<br>екі). A tag opens with a letter: "5 <10" is no tag.
_HIDDEN_ELEMENTS = "image|img|svg|script|style|iframe|video|audio|picture|object"
_INLINE_TAGS = "sup|sub|b|i|u|em|strong|span|a|font|small|mark"
MARKUP = re.compile(
    rf"<(?P<hidden>{_HIDDEN_ELEMENTS})\b[^>]*>.*?</(?P=hidden)\s*>"
    rf"|<(?P<inline>/?(?:{_INLINE_TAGS}))\b[^<>]*>"
    rf"|</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>",
    re.I | re.S,
)


def silence_markup(match: re.Match[str]) -> str:
    return "" if match["inline"] else " "


# A picture's place as a converter of Word documents marks it in the text it makes (catdoc, antiword: |[pic]
# |Айымхан Сәлемқызы Ташетова, on stud.kz): a picture, not the English word pic, said as nothing.
PICTURE_PLACEHOLDER = re.compile(r"\[pic\]")
# So is the name a camera or a phone gave a photo, the date and time it was taken (IMG_20160103_125022, VID_…, PXL_…),
# left in a caption or run onto the sentence before it (шығыны жоқ.IMG_20160103_125022): nobody reads it aloud.
CAMERA_FILE_NAME = re.compile(
    r"(?<![\w/])(?:IMG|VID|PXL|MVIMG|Screenshot)_\d{8}_\d{6}(?:_\d+)?(?:\.(?i:jpe?g|png|heic|mp4))?(?![\w.])"
)
CAMERA_FILE_NAME_MARK = re.compile(r"_\d{8}_")  # what every such name holds (`Rule.needs`)


# A syntax's placeholder in angle brackets, as a lesson writes a statement's form (while <expr>: <statement(s)>;
# WHILE <қайталану шарты> DO <цикл тұлғасы>): the name it stands for, said without its brackets, a plural's (s) as the
# plural's s (statement(s) → statements), not a tag silenced nor the brackets read as less and greater than. A name
# HTML gives an element (<span>, <br>), or one the text closes (<note> … </note>), stays markup.
PLACEHOLDER = re.compile(
    rf"<(?P<name>[a-z]+(?:_[a-z]+)*(?P<plural>\(s\))?|[{KAZAKH_LOWER}]+(?:\s[{KAZAKH_LOWER}]+){{0,3}})>(?![\w<])"
)
PLACEHOLDER_MARK = re.compile(rf"<[a-z{KAZAKH_LOWER}]")
_HTML_ELEMENTS = frozenset(
    "a abbr address area article aside audio b base bdi bdo big blockquote body br button canvas caption center cite "
    "code col colgroup data dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form "
    "h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd label legend li link main map mark meta meter "
    "nav noscript object ol optgroup option output p param picture pre progress q s samp script section select small "
    "source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title "
    "tr track tt u ul var video wbr".split()
)


def name_placeholder(match: re.Match[str]) -> str:
    """<expr> → expr, <statement(s)> → statements, <цикл тұлғасы> → цикл тұлғасы; <span>, <br> and a name the text
    closes (</note>) are left to the markup rule."""
    name = match["name"]
    if name in _HTML_ELEMENTS or f"</{name}" in match.string:
        return match.group()
    return name.replace("(s)", "s")


# An HTML character reference a page left in its text, with or without its semicolon (анықталған, &ndash деп жазады;
# &nbsp;, &quot;, &#8211;): the character it stands for, which the rules after read as they read it typed (a dash, a
# space, a quote), not a Latin word after "and". Only a name HTML defines (&ndash, &laquo): "&Co" stays. Nor one
# without its semicolon before an = : a link's query parameter (page.php?page_id=1008&lang=2), as HTML itself leaves
# such a name undecoded in an address.
CHARACTER_REFERENCE = re.compile(r"&(?:#\d{2,6}|#[xX][0-9a-fA-F]{2,5}|[A-Za-z][A-Za-z0-9]{1,7})(?:;|(?![A-Za-z0-9=]))")
CHARACTER_REFERENCE_MARK = re.compile("&[#A-Za-z]")  # what every reference holds (`Rule.needs`)


def character_for_reference(match: re.Match[str]) -> str:
    """&ndash → –, &nbsp; → a space, &#171; → «; a name HTML does not define stays as written."""
    name = match.group().rstrip(";")
    character = html.unescape(name + ";")
    if character == name + ";" or not character:
        return match.group()
    return " " if character.isspace() else character


# A superscript power that lost its formatting and stands apart from its unit after an amount (20,0 мың км 2 ., 1 км
# 2 -ге): the unit's square or cube, the power joined back onto it (км2) and a case suffix onto the unit; a digit on
# the next line is no power (14,0 м / 3.3 Дәстүрлі: a section's number).
_POWERED_UNITS = "км|дм|см|мм|м"
LOST_SUPERSCRIPT = re.compile(
    rf"(?P<amount>\d(?:\s(?:мың|млн|млрд))?\s)(?P<unit>{_POWERED_UNITS}) (?P<power>[23])"
    rf"(?:(?=\s?[.,;:)]|$)|\s(?P<suffix>-[{KAZAKH_LOWER}]+\b))"
)


def join_lost_superscript(match: re.Match[str]) -> str:
    """1 км 2 -ге → 1 км2-ге."""
    return f"{match['amount']}{match['unit']}{match['power']}{match['suffix'] or ''}"


# A wiki's reference number typed onto what it sources, with no space before its bracket (579,403[2], (2013-02-01)[2],
# Петропавл[3][4]): a link on the page, not a word of the text, said as nothing. A bracket after a space is the
# writer's own ([2, 134-б.]), unless the number alone closes its line after a sentence's stop (ортаңғы күмбез. [1]);
# on a test's numbered question or lettered answer that number is the marks it earns (6. … түйіндеңіз. [2]), said.
WIKI_FOOTNOTE = re.compile(r"(?<=[\w).,»\]])\[\d{1,3}\]|(?<=[.!?] )(?P<spaced>\[\d{1,3}\])(?=[ \t]*(?:\n|\Z))")
_TEST_ITEM = re.compile(rf"[ \t]*(?:\d{{1,2}}[.)]|[A-Z{KAZAKH_UPPER}]\))")


def drop_wiki_footnote(match: re.Match[str]) -> str:
    """Петропавл[3] → Петропавл; a spaced [2] on a test's item stays, its marks."""
    if match["spaced"] and _TEST_ITEM.match(match.string, line_start(match.string, match.start())):
        return match.group()
    return ""


# A book's note mark typed onto the word it explains (келді1), «Қазақ»2), жазды¹): the number of a footnote at the
# page's foot, said as nothing. Only after a small-letter word of three letters or more, or a closing quote after one,
# so a list item (1) тармақ), a unit's power (км²) and a Latin formula keep their reading. A note number between
# slashes (бар” /1/-деп) is the same mark in a student's paper. A superscript on a word of three capitals or more is
# a table's note on a currency code or an initialism (KZT¹, ЖІӨ²): no power or ion's charge (AB², SO₄²⁻) is written so.
# A superscript opening a line before a Cyrillic letter is the mark the note itself starts with (¹Докторант, ²ҚР БҒМ).
GLUED_NOTE_MARK = re.compile(
    rf"(?:(?<=[{KAZAKH_LOWER}]{{3}})|(?<=[{KAZAKH_LOWER}][»”\"]))(?:\d{{1,2}}\)|[¹²³⁴-⁹⁰]{{1,2}})(?![\w)])"
    rf"|(?<=[A-Z{KAZAKH_UPPER}]{{3}})[¹²³⁴-⁹⁰]{{1,2}}(?![\w)⁺⁻])"
    rf"|(?<![^\n])[¹²³⁴-⁹⁰]{{1,2}}(?=[{KAZAKH_UPPER}{KAZAKH_LOWER}])"
    r"|(?<![\w/.,])/\d{1,3}/(?![\w/])"
)
# What every note mark holds (`Rule.needs`): a bracket or slash closing a number, or a superscript digit.
NOTE_MARK = re.compile(r"\d[)/]|[¹²³⁴-⁹⁰]")

# An outline's Roman number run onto the word before it (МазмұныІ. Кіріспе: a contents list that lost its line
# breaks): no Kazakh word has a capital after its small letters, so the numeral is the next item's, put back on a line
# of its own, where the outline's numerals are read. Not an initial before a surname (ақынІ. Жансүгіров).
# A Russian family's name in the genitive plural (семьи Кабылбаевых, у Ивановых) is a surname's word too.
_SURNAME_ENDING = r"(?:ов|ев|ова|ева|ин|ина|овых|евых|иных|ұлы|қызы)(?![\w-])"
_SURNAME = re.compile(rf"[{KAZAKH_LOWER}]{{2,}}?{_SURNAME_ENDING}")  # a surname's or a patronymic's word, small letters
# A plan's first item run onto its heading's word the same way (ҚалыптасуыЖоспар1. Қазақ хандығының құрылуы.2. Қазақ
# халқының …): the 1 is that item's number where its line goes on to a 2. after a stop, the list run into one line; a
# footnote's mark before a sentence's stop (сөзі1. Ол …) has no 2. after a stop to follow it.
_FIRST_ITEM = rf"1(?=\.[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}][^\n]*?[.;:][ \t]?2\.[ \t]?[{KAZAKH_UPPER}])"
GLUED_OUTLINE_NUMERAL = re.compile(
    rf"(?<=[{KAZAKH_LOWER}]{{3}})(?P<numeral>[IVXІХ]{{1,4}}(?=\.[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
    rf"(?!\.[ \t]+\w+?{_SURNAME_ENDING})|{_FIRST_ITEM})"
)
# What every glued outline numeral holds (`Rule.needs`): a small letter before a Roman numeral's capital or a 1.
OUTLINE_NUMERAL_MARK = re.compile(rf"[{KAZAKH_LOWER}](?:[IVXІХ]|1\.)")


def part_outline_numeral(match: re.Match[str]) -> str:
    return "\n" + match["numeral"]


# A table as a scraper flattens it: cells parted by pipes (Аудандар | 13 |), a header's rule of dashes between them
# (---|---|) and a bullet before a row's label (• Барлығы): the page's lines, said as nothing; a cell's edge is a
# word's edge, and between two numbers a line's, so that no grouping of thousands runs on from one cell's number into
# the next (| 92 900 | 206 200 |). (A comma grouping thousands in a cell is decided before: `grouping`.)
TABLE_MARKS = re.compile(r"[ \t]*(?:(?:-{3,}[ \t]*)?\|[ \t]*)+(?:-{3,}[ \t]*\|?)?|^[ \t]*•[ \t]*", re.M)


def silence_table_marks(match: re.Match[str]) -> str:
    """A run of pipes between two cells is one space, a line's end between two numbers or before a signed one (a
    column of charges: +3 | -2, Be | -2); at a line's edge, nothing."""
    text, start, end = match.string, match.start(), match.end()
    at_edge = start == 0 or text[start - 1] == "\n" or end == len(text) or text[end] == "\n"
    if at_edge:
        return ""
    signed_after = text[end] in "+-−–" and text[end + 1 : end + 2].isdigit()
    return "\n" if signed_after or (text[start - 1].isdigit() and text[end].isdigit()) else " "

"""Abbreviations written with a full stop: year and century words (ж., ғ., ғғ.), other calendars' years, place words
before a name, a note's signature."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals, dates, references, roman
from tts_edition.normalize.marks import line_before
from tts_edition.normalize.morphology import (
    GENITIVE_SUFFIX,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    VOWELS,
    attach,
    attach_written,
)
from tts_edition.normalize.numbers import CARDINAL_WORD, cardinal_of, ordinal_of

_DOTTED = sorted(abbr.of_kind("dotted"), key=len, reverse=True)
# A clipped word opening a sentence or a label is capitalised (Тел.:, М/ж.); single letters (Ж.) are initials.
_CAPITALISED = {a[0].upper() + a[1:]: a for a in _DOTTED if re.fullmatch(r"\w{2,}\.|\w/\w+", a)}
# Every form opens with letters and a full stop, a hyphen or a slash (обл., т.б., к-сі, ш/қ): a look for that first
# turns most words away before the long alternation is tried at their start.
DOTTED_OPENING = r"\w+[./-]"
_TYPED_FORMS = "|".join([*map(abbr.dotted_pattern, _DOTTED), *map(re.escape, _CAPITALISED)])
DOTTED_TYPED = rf"(?={DOTTED_OPENING})(?:{_TYPED_FORMS})"
# A clipped word of four letters or more closing a pair of words, its hyphen after the first word (саяси-әлеум. мәнді
# → саяси-әлеуметтік): the pair's second word; a short stump after a hyphen (Алматы-ж.) is left.
PAIR_SECOND = rf"(?<=[{KAZAKH_LOWER}]{{2}}-)(?=[{KAZAKH_LOWER}]{{4,}}\.)"


# The year word after a year, read where the table's ж. would be misread: ж, жж whose page cut or left off their full
# stop (Байтұрсынов 1922 ж; 1500 – 1598жж), said as ж.; and ж. before a day of a month that qualifies a noun, the year's
# attributive form (2015 ж. 18 қарашадағы Заңы → жылғы), where before a date that says when (15 мамырда) it stays жылы,
# and before a month's name bare, which it qualifies (2023 ж. қаңтар-желтоқсан, 1985 ж. сәуір пленумы → жылғы; a
# dateline's 2018 ж. 14 наурыз names the year, жыл or жылы); and ж. that ends its line, a table's column heading or a
# dateline (өткен жылға пайызбен / 2021ж.; Алматы, 2021 ж.), the year named, жыл: a Kazakh sentence that says when ends
# on its verb, not on the year. A ж that lost its stop names the year so too where its line is a dateline, the year
# after a comma or a form's blank or alone (Алматы, 2020 ж; _____ 2020__ж); after a word (Мұражай іргетасы 1938 ж) the
# page cut a sentence: жылы. A year word closed by a bracket or a comma names the year as a note does (Аңырақай шайқасы
# (1729 ж., кей деректерде 1730 ж.); (БҚАЭ-1950ж); Жаршысы, 2014 ж., № 18): жыл. A bracket after a locative or a verb
# says when the thing before it happened (Кіші жүзде (1824 ж.), қайтыс болды (1925 ж.)): жылы, as a bare bracketed year
# after a locative is said (`references.speak_title_year`).
YEAR_WORD = re.compile(
    r"(?<=\d{4})(?<![\d.,]\d{4})(?P<gap>\s?)"
    rf"(?:(?P<abbr>жж|ж)(?![\w.])|(?P<before_date>ж\.)(?=\s+\d{{1,2}}\s+(?i:{dates.MONTH})\w*(?:ғы|гі)(?!\w)"
    rf"|\s+(?i:{dates.MONTH})(?=[-–\s]|$))"
    r"|(?P<label>ж\.)(?=[ \t]*(?:\n|$))|(?P<noted>ж\.)(?=[ \t]*[,)]))"
)
# A form's year left blank after its century's digits, its year word after the blank («__» ______ 20__ ж.): the year
# named, жыл, as a dateline's.
BLANK_YEAR_WORD = re.compile(r"(?<=\b20)(?P<blank>[ \t]?_{2,}[ \t]?)ж\.")
BLANK_YEAR_MARK = re.compile(r"__[ \t]?ж\.")
_NOTE_CLOSE = re.compile(r"[ \t]*[,)]")
_BRACKET_REACH = 80
_VERB_BEFORE = re.compile(rf"(?<![\w-])[{KAZAKH_LOWER}]{{2,}}(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп)\s?$")


def _named_in_a_note(match: re.Match[str]) -> bool:
    text = match.string
    if not _NOTE_CLOSE.match(text, match.end()):
        return False
    opening = text.rfind("(", max(0, match.start() - _BRACKET_REACH), match.start())
    if opening == -1:
        return True
    verb_reach = max(0, opening - references.WORD_REACH)
    return not (references.locative_before(text, opening) or _VERB_BEFORE.search(text, verb_reach, opening))


_DATELINE_YEAR = re.compile(r"(?:^|[,_][ \t]*)\d{4}\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def _dateline_year(match: re.Match[str]) -> bool:
    text = match.string
    if match["abbr"] != "ж" or not _LINE_END.match(text, match.end()):
        return False
    line = line_before(text, match.start()).rstrip()
    return _DATELINE_YEAR.search(line) is not None


def speak_year_word(match: re.Match[str]) -> str:
    noted = (match["noted"] or match["abbr"] == "ж") and _named_in_a_note(match)
    if match["label"] or noted or _dateline_year(match):
        return match["gap"] + "жыл"
    return match["gap"] + ("жылғы" if match["before_date"] else abbr.table()[(match["abbr"] or "ж") + "."].spoken)


# ж. after a number that counts years, said жыл, not the table's жылы: an anniversary after a dash ("Жамбыл Жабаев –
# 175 ж."), a term or an age under a hundred (7 ж. 6 ай); a year of the first millennium (552 ж., б.з.б. 209 ж.) says
# when, as 1938 ж. does. A question mark before the dash is a life's unknown first year ("Бумын қаған (? -552 ж.)"):
# the dash is the life's, no minus, and the year after it its last, named (бес жүз елу екінші жыл).
# Tens after a century are its decade (XIX ғ. 70 ж. → жетпісінші жылдар; ХХ ғасырдың 20 ж. → жиырмасыншы жылдары,
# possessed by the century in the genitive), as 70-жылдар is.
COUNTED_YEARS = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})(?P<gap>\s?)ж\.(?!\w)")
_AFTER_A_CENTURY = re.compile(r"(?<!\w)(?:ғ\.|ғасыр(?P<genitive>дың)?)\s*$")
_DECADE = 10
_AFTER_A_DASH = re.compile(r"(?<![\d\s])\s*[-–—]\s*$")
_AFTER_AN_UNKNOWN_YEAR = re.compile(r"\?\s*[-–—]\s*$")
_AFTER_AN_ERA = re.compile(r"(?i:б\.\s?з\.(?:\s?[бд]\.)?)\s*$")


def speak_counted_years(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 12) : match.start()]
    number = int(match["n"])
    if number < _DECADE**2 and number % _DECADE == 0 and (century := _AFTER_A_CENTURY.search(before)):
        years = "жылдары" if century["genitive"] else "жылдар"
        return f"{ordinal_of(cardinal_of(match['n']))}{match['gap'] or ' '}{years}"
    if _AFTER_AN_UNKNOWN_YEAR.search(before):
        return f"{ordinal_of(cardinal_of(match['n']))}{match['gap'] or ' '}жыл"
    anniversary = _AFTER_A_DASH.search(before)
    if not anniversary and (number >= 100 or _AFTER_AN_ERA.search(before)):
        return match.group()
    return f"{cardinal_of(match['n'])}{match['gap'] or ' '}жыл"


# A year marked with its calendar, the Hijri (х., һ.) or the common one (м.), written onto the number before
# a year word, the other calendar's year in brackets between them (х.1334 [м.1916] жылғы): the calendar's name, then
# the year as an ordinal. Not after a number, whose м. is a metre (5 м. 2020 жылы).
_CALENDARS = {"х": "хижри", "һ": "хижри", "м": "милади"}
_CALENDAR_MARK = rf"(?P<era>[{''.join(_CALENDARS)}])\.\s?(?P<year>\d{{3,4}})(?!\d)"
_OTHER_CALENDAR_YEAR = rf"\s*[\[(]\s*[{''.join(_CALENDARS)}]\.\s?\d{{3,4}}\s*[\])]"
CALENDAR_YEAR = re.compile(
    rf"(?<![\w.])(?<!\d\s){_CALENDAR_MARK}(?=(?:{_OTHER_CALENDAR_YEAR})?[\])]?\s*(?:жыл|жж?\.))", re.I
)


def speak_calendar_year(match: re.Match[str]) -> str:
    return f"{_CALENDARS[match['era'].lower()]} {ordinal_of(cardinal_of(match['year']))}"


# ж. and ғ. after a range of years or centuries stand for their plurals, the table's doubled forms (1968-75 ж. →
# жылдары, XV-XVI ғ. → ғасырлар).
# The plural may be written as the letter doubled with a space between its dots (XVI-ХІХ ғ. ғ., 1920-1930 ж. ж.):
# the one plural word, said once.
RANGE_WORD = re.compile(r"(?<=[\dIVXLCІХҮ])(?P<gap>\s?)(?P<abbr>[жғ])\.(?:[ \t](?P=abbr)\.)?(?!\w)")
RANGE_WORD_NEEDS = re.compile(r"[жғ]\.")  # what every match holds (`Rule.needs`)
# ж. after a decade written as a hyphened ordinal of two digits (70-ж. республикадағы, an encyclopedia's) stands for
# жылдары, the decade's years; a year's own (1970-ж.) is four digits and stays жылы.
DECADE_YEARS = re.compile(r"(?<=[1-9]0-)(?<![\d.,][1-9]0-)ж\.(?!\w)")
_RANGE_END = re.compile(rf"(?:\d{{2,4}}|{roman.ROMAN_TOKEN})\s?[-–—]\s?(?:\d{{2,4}}|{roman.ROMAN_TOKEN})$")


# ғ. and ғғ. after a Roman numeral where the typing lost a dot or a space (V ғ.X ғғ аралығы, ХVII ғ,, II-XIVғғ, ХІХ
# ғ.ортасы: the word after it glued on), or typed in capitals with the heading they stand in (ХХ Ғ. БАСЫНДАҒЫ): the
# century words; not a doubled ғ.ғ (with its last dot or without), the table's own.
CENTURY_WORD = re.compile(
    r"(?<=[IVXLCDMІХ])\s?(?:(?P<abbr>ғғ|ғ)(?:(?P<glued>\.)(?=[IVXLCDMІХ]|(?!ғ(?!\w))"
    rf"[{KAZAKH_LOWER}])|(?![\w.-]))|(?P<caps>ҒҒ|Ғ)\.(?!\w))"
)
CENTURY_WORD_NEEDS = re.compile(r"[IVXLCDMІХ]\s?[ғҒ]")  # what every match holds (`Rule.needs`)


def speak_century_word(match: re.Match[str]) -> str:
    abbr = (match["abbr"] or match["caps"]).lower()
    return " " + ("ғасырлар" if abbr == "ғғ" else "ғасыр") + (" " if match["glued"] else "")


def speak_range_word(match: re.Match[str]) -> str:
    if not _RANGE_END.search(match.string, 0, match.start()):
        return match.group()
    return f"{match['gap']}{match['abbr'] * 2}."


# What an era dates: a century or a millennium after its number, its Roman numeral or the words an earlier rule made
# of them (б.з. V ғ., б.з. 2-мыңжылдық), or a year named: said as an ordinal (б.з.д. 460-377 жыл) or clipped, as only a
# year named is (б.з.б. 60 ж., б.з. 131-201 ж.ж.); years counted keep the plain form (б.з.б. 30-20 жыл бойы).
_DATED_AFTER = re.compile(
    rf"\s?(?:\d|(?:{roman.ROMAN_TOKEN}|{CARDINAL_WORD})(?!\w)|[{KAZAKH_LOWER}]+н(?:шы|ші)(?!\w))[^,;:!?\n]{{0,60}}?"
    r"(?:(?<![^\W\d_])(?:ғғ?(?!\w)|ғасыр|мыңжылдық)|(?:(?<=ншы)|(?<=нші))\sжыл|(?:(?<=ншы)|(?<=нші)|(?<=\d))\s?(?:жж?\.|ж\.ж\.))"
)


# A year word's expansion in the possessive (ж. → жылы, жж. → жылдары) before a part of the period it names (its
# beginning, middle, end, half: 1920 жж. ортасында, 1991 ж. басында) is that part's possessor, in the genitive:
# жылдардың ортасында, жылдың басында; "жылдары ортасында" is no Kazakh.
_POSSESSED_PERIODS = {"жылы": "жыл", "жылдары": "жылдар"}
_PERIOD_PART = re.compile(
    r"\s+(?:(?:бірінші|екінші)\s+)?(?:басы|ортасы|соңы|аяғы|жартысы)(?:н|на|нда|нан|ның)?(?!\w)", re.I
)


# A year word before a postposition takes the case it governs, as the word written in full does (2023 ж. бастап →
# жылдан бастап, 2025 ж. дейін → жылға дейін, 1990 ж. кейін → жылдан кейін, 2012-2016 жж. арналған → жылдарға
# арналған): "жылы бастап" is no Kazakh.
_POSTPOSITION_CASE = {
    "бастап": "дан", "кейін": "дан", "соң": "дан", "бері": "дан", "дейін": "ға", "шейін": "ға", "қарай": "ға",
    "арналған": "ға",
}  # fmt: skip
_POSTPOSITION = re.compile(rf"\s+({'|'.join(_POSTPOSITION_CASE)})(?!\w)")
# The span between the years it follows (1913-1918 жж. аралығында, аралығы, аралықта) is a compound's head, its
# possessor bare as the words written in full are (жылдар аралығында): "жылдары аралығында" is no Kazakh.
_SPAN_BETWEEN = re.compile(r"\s+аралы[қғ]\w*", re.I)


def _before_period_part(spoken: str, rest: str) -> str:
    stem = _POSSESSED_PERIODS.get(spoken)
    if stem and (postposition := _POSTPOSITION.match(rest)):
        return attach(stem, _POSTPOSITION_CASE[postposition[1]])
    if stem and _SPAN_BETWEEN.match(rest):
        return stem
    return attach(stem, "ның") if stem and _PERIOD_PART.match(rest) else spoken


# A number beside a stump that also spells a word (`abbr.Entry.word`): a day before it, its digits or the ordinal an
# earlier rule made of them (5 жел., бесінші жел.), or a day or a year after it, their digits or the words an earlier
# rule made of them (жел. 2020, Там. 3, 2023 → там. үшінші); a capitalised number word after it opens the next
# sentence (жел. Екі адам).
_ORDINAL_WORD = r"[^\W\d_]+(?:ншы|нші)(?!\w)"
_DAY_BEFORE = re.compile(rf"(?:\d|{_ORDINAL_WORD})\.?\s?$")
_NUMBER_AFTER = re.compile(rf"\s?(?:\d|(?:{CARDINAL_WORD})(?!\w)|{_ORDINAL_WORD})")
_STUMP_REACH = 24


# An amount just before a stump a unit writes too (5 см., он см.): the stump is the unit.
_AMOUNT_BEFORE = re.compile(rf"(?:\d|(?<![\w-])(?:{CARDINAL_WORD}))[ \t]*$", re.I)


def _beside_a_number(match: re.Match[str]) -> bool:
    text = match.string
    before = text[max(0, match.start() - _STUMP_REACH) : match.start()]
    return bool(_DAY_BEFORE.search(before) or _NUMBER_AFTER.match(text, match.end()))


# A one-letter place stump that is also a degree's or an initial's letter (к.: кенті) is the place word only right
# after the name it follows, in small letters, and not before a house's number, as a street's is (Новостройка к.
# -Ақсу-Аюлы к. → Новостройка кенті -Ақсу-Аюлы кенті; т. ғ. к. is the degree). Before a house's number it is
# the street's, as the table's street= gives it (Абай к., 5 → Абай көшесі).
_NAME_BEFORE = re.compile(rf"(?<![\w.])[{KAZAKH_UPPER}][\w-]*\s$")
_NUMBER_NEXT = re.compile(rf"\s*,?\s*(?:\d|(?:{CARDINAL_WORD})(?!\w)|{_ORDINAL_WORD})")  # 5 or бес by now

# A one-letter place stump before a lone capital letter that ends the name, the line or a list's item (Сынып
# жетекшісі Цимерман а. В) is the first of a person's two initials, typed small: the next part of an address is a
# name of a word or more (Талдықорған а. Бейбітшілік көшесі).
_LAST_INITIAL = re.compile(rf"[ \t]?[{KAZAKH_UPPER}]\.?(?=[ \t]*(?:$|[,;)]))", re.M)


def _name_before(match: re.Match[str]) -> bool:
    return bool(_NAME_BEFORE.search(match.string[max(0, match.start() - _STUMP_REACH) : match.start()]))


def _after_its_name(match: re.Match[str]) -> bool:
    return _name_before(match) and not _NUMBER_NEXT.match(match.string, match.end())


def _before_house_number(match: re.Match[str]) -> bool:
    return _name_before(match) and bool(_NUMBER_NEXT.match(match.string, match.end()))


# A place word after the ordinal that names the place (34 ш/а → отыз төртінші шағын аудан, 5 көш. → бесінші көше) is
# said bare: the ordinal is no possessor, as a name before it is (Самал шағын ауданы, Абай көшесі).
_ORDINAL_BEFORE = re.compile(rf"{_ORDINAL_WORD}\s$")


def _unpossessed(spoken: str) -> str:
    """The expansion without the possessive its last word carries (ауданы → аудан, көшесі → көше), where the
    dictionary knows the bare word."""
    *words, last = spoken.split(" ")
    for ending in ("сы", "сі", "ы", "і"):
        stem = last.removesuffix(ending)
        if stem != last and (stem[-1:] in VOWELS) == (len(ending) == 2) and capitals.known_word(stem):
            return " ".join([*words, stem])
    return spoken


def _possessed(entry: abbr.Entry | None, match: re.Match[str]) -> bool:
    """The expansion ends in the 3rd-person possessive, which a case suffix follows with its n (Миялы а/о-да →
    ауылдық округінде, Қарағанды обл.-на → облысына, ш/қ-ға → шаруа қожалығына): a "poss" row, or a place word said
    after its name; after the ordinal that names the place (34 ш/а-да) the place word is said bare."""
    if not entry or not (entry.possessive or entry.place):
        return False
    return not (entry.place and _ORDINAL_BEFORE.search(match.string, 0, match.start()))


# An abbreviation of single letters typed in capitals after a word in the genitive (МЕҢГЕРУШІСІНІҢ М.А.: a heading's
# capitals; директорының М.А.): what the owner has, the abbreviation the table holds (міндетін атқарушы), not a name's
# initials, which follow no genitive.
CAPITALS_AFTER_OWNER = re.compile(
    rf"(?<=[{KAZAKH_LOWER}{KAZAKH_UPPER}]{{2}}(?i:{GENITIVE_SUFFIX}) )"
    rf"(?P<abbr>[{KAZAKH_UPPER}]\.(?: ?[{KAZAKH_UPPER}]\.)+)"
)
CAPITALS_AFTER_OWNER_NEEDS = re.compile(rf"(?i:{GENITIVE_SUFFIX}) [{KAZAKH_UPPER}]\.")  # what every match follows


def speak_capitals_after_owner(match: re.Match[str]) -> str:
    entry = abbr.dotted_entry(match["abbr"].replace(" ", "").lower())
    return entry.spoken if entry else match.group()


# A postposition that governs the dative (дейін, шейін, қарай): a place word before it takes the dative's ending.
_DATIVE_POSTPOSITION = re.compile(r"\s+(?:дейін|шейін|қарай)(?![\w-])")


def speak_dotted(match: re.Match[str]) -> str:
    """The expansion, in the sense its paragraph calls up (т.ғ.к. beside a history department → тарих ғылымдарының
    кандидаты); a case suffix hyphened to the abbreviation goes onto it (0,3 п.т.-ға → пайыздық тармаққа); an era
    before the century it dates takes its attributive form (б.з. V ғ. → біздің заманымыздың бесінші); a stump that
    also spells a word is that word away from a number (өлімге себеп болған - жел. → жел, the wind)."""
    entry = abbr.dotted_entry(_CAPITALISED.get(match["abbr"], match["abbr"]))
    if entry and entry.word and not match["suf"] and not _beside_a_number(match):
        return match.group()
    if entry and entry.named and entry.street and _before_house_number(match):
        return entry.street  # Қазақстан к., 27 → Қазақстан көшесі, жиырма жеті
    if entry and entry.named and not _after_its_name(match):
        return match.group()
    if entry and entry.unit_too and _AMOUNT_BEFORE.search(match.string, 0, match.start()):
        return match.group()  # он см.: the centimetre, not the cross-reference's "see"
    if (
        entry
        and (entry.place or entry.named)
        and len(match["abbr"]) == 2
        and _LAST_INITIAL.match(match.string, match.end())
    ):
        return match.group()  # Цимерман а. В: a name's first initial, typed small, before its last one
    entry = entry and abbr.in_context(entry, match.string, match.start(), match.end(), abbr.PARAGRAPH)
    spoken = entry.spoken if entry else match["abbr"]
    if entry and entry.attributive and _DATED_AFTER.match(match.string, match.end()):
        spoken = entry.attributive
    if match["suf"]:  # a word after the hyphen is a compound's other half (оңт.-батысын → оңтүстік-батысын)
        half = abbr.dotted_entry(match["suf"] + ".") if match["dot"] else None
        if half:  # clipped too: оңт.-шыг. → оңтүстік-шығыс
            return f"{spoken}-{half.spoken}"
        possessed = _possessed(entry, match)
        if entry and entry.place and not possessed:
            spoken = _unpossessed(spoken)  # 34 ш/а-да → шағын ауданда
        return attach_written(spoken, "-", match["suf"], possessed) + (match["dot"] or "")
    rest = match.string[match.end() :]
    spoken = _before_period_part(spoken, rest)
    if entry and entry.place and _ORDINAL_BEFORE.search(match.string, 0, match.start()):
        spoken = _unpossessed(spoken)
    if entry and entry.place and _DATIVE_POSTPOSITION.match(rest):
        spoken = attach(spoken, "ға", _possessed(entry, match))  # Абай даңғ. дейін → даңғылына дейін
    goes_on = entry and (entry.title or (entry.place and _NEXT_ADDRESS_PART.match(rest)) or _in_brackets(match))
    goes_on = goes_on or _year_in_a_clause(match, spoken)
    before_capital = re.match(rf"\s+[{KAZAKH_UPPER}A-Z«\"]", rest) and not goes_on
    ends_sentence = not rest.strip() or before_capital
    return spoken + ("." if ends_sentence and match["abbr"].endswith(".") else "")


# A bracket the abbreviation stands in, opened before it on its line and closed after it with no stop between (Дәулет
# (Қызылорда қ. «Мүсірәлі Ата» мешіті) …): the bracket's words go on, so its stop ends no sentence.
_BRACKET_CLOSES = re.compile(r"[^.!?()\n]*\)")


# A year word said in the possessive (ж. → жылы, жж. → жылдары) tells when something happened, and a Kazakh sentence
# ends on its verb, not on when: where its clause holds words besides the year (өңір аумағына 2023-2024 жж. "Жайлы
# мектеп" жобасы…), its stop is the abbreviation's own, not the sentence's, though a capital or a quoted name follow.
# A year alone after a comma, a colon or a line's start (Алматы, 2021 ж. / Туған жылы: 1950 ж.) is a dateline's or a
# label's, and its stop may end it.
_CLAUSE_START = re.compile(r"[.!?:;,()\n][^.!?:;,()\n]*\Z")
_CLAUSE_WORD = re.compile(r"[^\W\d_]+")
_NUMBER_WORD = re.compile(rf"(?:{CARDINAL_WORD}|[^\W\d_]+(?:ншы|нші|ыншы|інші))\Z", re.I)


def _year_in_a_clause(match: re.Match[str], spoken: str) -> bool:
    if spoken not in _POSSESSED_PERIODS:
        return False
    before = match.string[max(0, match.start() - 200) : match.start()]
    clause = _CLAUSE_START.search(before)
    words = _CLAUSE_WORD.findall(clause.group()[1:] if clause else before)
    return any(not _NUMBER_WORD.match(word) for word in words)


def _in_brackets(match: re.Match[str]) -> bool:
    text = match.string
    line = line_before(text, match.start())
    return line.count("(") > line.count(")") and bool(_BRACKET_CLOSES.match(text, match.end()))


# The next part of an address after a clipped place word: a name of a capitalised word or a few, then another place
# word as it is typed, in small letters (Қарағанды обл. Абай ауд. Ленин көш.; initials such as Ахметов А. are not).
_PLACE_WORDS = "|".join(map(re.escape, sorted((w for w, e in abbr.table().items() if e.place), key=len, reverse=True)))
_NEXT_ADDRESS_PART = re.compile(rf"\s+(?:[{KAZAKH_UPPER}][\w-]*\s+){{1,3}}(?:{_PLACE_WORDS})(?!\w)")


# A clipped place word whose full stop the page left off between the name it follows and a comma (Атырау обл, Миялы
# ауылы): said as the dotted word is, облысы. Only words of three letters or more that follow their name (обл, ауд,
# көш, даңғ), as a shorter one (қ, а) is a letter or a word of its own.
_DOTLESS_PLACES = {
    written[:-1]: entry.spoken
    for written, entry in abbr.table().items()
    if entry.place and not entry.ahead and re.fullmatch(rf"[{KAZAKH_LOWER}]{{3,}}\.", written)
}
_DOTLESS_WORDS = "|".join(sorted(_DOTLESS_PLACES, key=len, reverse=True))
DOTLESS_PLACE = re.compile(rf"(?<=[{KAZAKH_LOWER}] )(?P<word>{_DOTLESS_WORDS})(?=\s*,)")
DOTLESS_PLACE_MARK = re.compile(rf"(?:{_DOTLESS_WORDS})\s*,")
_PLACE_NAME_BEFORE = re.compile(rf"(?<![\w-])[{KAZAKH_UPPER}][{KAZAKH_LOWER}-]+ $")


def speak_dotless_place(match: re.Match[str]) -> str:
    named = _PLACE_NAME_BEFORE.search(match.string, 0, match.start()) is not None
    return _DOTLESS_PLACES[match["word"]] if named else match.group()


# A place word Russian writes before its name or number (г. Алматы, ул. Абая, мкр. Самал-2, д. 10), said in Kazakh
# order: the name, then the word (Алматы қаласы, Самал-2 шағын ауданы), a number as its ordinal (оныншы үй). A name
# of a few capitalised words ends at a comma, a bracket, a number or the line's end; one followed by a word in small
# letters is a single word, and one ending in a case suffix there (г. Қызылордада тұрады) is left as written. Not
# after a slash (м/с.) nor inside a run of dotted letters (б. з. д. 2—1), nor before a range's first number.
_AHEAD = {written: entry for written, entry in abbr.table().items() if entry.ahead}
_AHEAD_WORDS = "|".join(map(re.escape, sorted(_AHEAD, key=len, reverse=True)))
_NAME_WORD = rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]*(?:-(?:[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+|\d+))*"
AHEAD_PHRASE = re.compile(
    rf"(?<![\w./-])(?<!\d\s)(?<!\w\.\s)(?P<word>{_AHEAD_WORDS})\s?"
    rf"(?:(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?=\s*(?:[,;:)\n]|$|\d))"
    rf"|(?P<name>{_NAME_WORD})(?=\s+[{KAZAKH_LOWER}])"
    rf"|(?P<number>\d+)(?![\w,./-]\d|[{KAZAKH_LOWER}]|\s?[-–—]\s?\d))"
)
# Case suffixes a name in a sentence may carry, which a place word said after it would have to take instead.
_NAME_CASE = re.compile(r"(?:[дт][аеы]|[нд]а|[нд]е|[ғгқк][ае]|[нтд][ыі]ң|[нтд][ае]н|[мбп]ен)$")
# Russian genitive endings of surnames after ул. or пр. and the nominative each goes back to (Назарбаева → Назарбаев,
# Маметовой → Маметова, Абая → Абай); a name with a letter only Kazakh writes is the Kazakh nominative (Мәметова).
_GENITIVE_ENDINGS = ((re.compile(r"(?<=[оеё]в|[иы]н)а$"), ""), (re.compile(r"(?<=[оеё]в|[иы]н)ой$"), "а"),
                     (re.compile(r"(?<=[аеиоуыэ])я$"), "й"))  # fmt: skip


def _nominative(name: str) -> str:
    if abbr.KAZAKH_LETTERS.intersection(name.lower()):
        return name
    words = name.split()
    for pattern, ending in _GENITIVE_ENDINGS:
        if pattern.search(words[-1]):
            words[-1] = pattern.sub(ending, words[-1])
            break
    return " ".join(words)


def speak_ahead(match: re.Match[str]) -> str:
    """ул. Абая → Абай көшесі, г. Алматы → Алматы қаласы, кв. 5 → бесінші пәтер; a name whose case suffix would
    have to move, or a word before what it does not stand before (г. 5, д. Абай), stays as written."""
    entry = _AHEAD[match["word"]]
    ahead = entry.ahead
    name = match["names"] or match["name"]
    if ahead is None or ahead.number != bool(match["number"]) or (match["name"] and _NAME_CASE.search(name)):
        return match.group()
    if match["number"]:
        return f"{ordinal_of(cardinal_of(match['number']))} {entry.spoken}"
    return f"{_nominative(name) if ahead.genitive else name} {entry.spoken}"


# Who signs a note in brackets after a dash (тыйым салынған – авт.; Еуразиялық экономикалық одақ - ред.; бюджет
# жобасында қарастырылған. – Ред.): the author, the editors or the translator, said in full, capitalised as written.
NOTE_CLOSE = re.compile(r"\.\s?\)")
_NOTE_SIGNERS = {"авт": "автор", "ред": "редакция", "аудар": "аудармашы"}
_SIGNER = "|".join(f"[{word[0]}{word[0].upper()}]{word[1:]}" for word in _NOTE_SIGNERS)
NOTE_SIGNATURE = re.compile(rf"(?P<dash>[-–—]\s?)(?P<who>{_SIGNER})\.(?=\s?\))")


def speak_note_signature(match: re.Match[str]) -> str:
    who = match["who"]
    signer = _NOTE_SIGNERS[who.lower()]
    return match["dash"] + (signer.capitalize() if who[0].isupper() else signer)

"""Single letters that label: a list's items, a group's or a class's letter, a model's letter, a letter after a
number."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import formulas, latin, lookalikes, ordinalcontext
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, SUFFIX, SUFFIXES, attach, parse_suffixes
from tts_edition.normalize.numbers import ONES, TENS, cardinal, ordinal_of
from tts_edition.normalize.provenance import Spoken

# A capital consonant standing alone before a word names a letter: a group, a block (Д тобында → дэ тобында), in
# quotation marks or brackets too («Б» тобына → «бэ» тобына, (Д тобы)), and one quoted in a list of labels (5 "Д",
# "З", "Е" сынып). Those a Latin letter looks like (В, С
# санаттары) may be either alphabet's, and stay as written.
LETTER_LABEL = re.compile(
    rf"(?<![^\s«\"“„(])(?P<letter>[БГҒДЖЗҚЛҢПФҺЦЧШЩ])(?=[»\"”)]?\s+[{KAZAKH_LOWER}]|(?<=[«\"“„]\w)[»\"”])"
)
LETTER_LABEL_NEEDS = re.compile(r"[БГҒДЖЗҚЛҢПФҺЦЧШЩ][»\"”)\s]")  # what every match holds (`Rule.needs`)
# Before a group's noun (В тобы:, С тобында) or a league's division (В дивизионындағы) a look-alike is the group's
# letter in the Cyrillic the text is typed in, said by its Cyrillic name (вэ тобы), as the plainly Cyrillic groups
# beside it are (Д тобы). So is an appendix's letter (А, Ә, Б, В қосымшасы: a thesis lists its appendices so), and
# a Latin look-alike typed there among the Cyrillic ones (A қосымшасы) is a letter too, not an English word: said by
# the name a school gives a Latin letter (а), as a point's is. A group may be lettered in Latin (A тобы): left to the
# Latin rules. The letter may head a list of the groups the noun names (В, Е, G топтарында; В және С топтары).
# A contents' heading may put the appendix's letter after its word, closing the line or its phrase (ҚОСЫМША А,
# ҚОСЫМША Б, ҚОСЫМША В; Қосымша В.): any capital there is the letter, said by its name (вэ, not the Russian
# preposition в), in capitals or not; a word after the letter (Қосымша В облысында) leaves it to the other rules.
_APPENDIX_WORD = r"(?:(?<=ҚОСЫМША )|(?<=Қосымша )|(?<=қосымша ))"
_LISTED_GROUPS = rf"(?:(?:,|\s+(?:және|мен|пен|бен))\s+[A-Z{KAZAKH_UPPER}](?![\w.]))*"
GROUP_LETTER = re.compile(
    rf"(?<![^\s«\"“„(])(?:(?P<letter>[ВСКМНРТХ])(?=[»\"”)]?{_LISTED_GROUPS}\s+(?:тоб|топтар|дивизион|қосымша)"
    rf"[{KAZAKH_LOWER}]*(?![\w-]))"
    rf"|(?P<latin>[ABCEHKMOPTX])(?=[»\"”)]?\s+қосымша[{KAZAKH_LOWER}]*(?![\w-])))"
    rf"|{_APPENDIX_WORD}(?:(?P<after>[{KAZAKH_UPPER}])|(?P<latin_after>[ABCEHKMOPTX]))(?=[ \t]*(?:$|[.,:;)]))",
    re.M,
)
GROUP_LETTER_NEEDS = re.compile(r"\s(?:тоб|топтар|дивизион|қосымша)|осымша |ОСЫМША ")  # what every match holds
# Any other look-alike capital (В, С, К, М, Н, Р, Т) alone before a word only Kazakh writes, one holding ә, ғ, қ, ң, ө,
# ұ, ү, һ or і, is a letter of the Kazakh text too, said by its Cyrillic name: a driving licence's categories (В және
# С санатындағы → вэ және эс), what a lost letter left of an initialism (Р қылмыстық құқығы: ҚР's Р). The Russian
# prepositions В, С, К stand before Russian words, which hold none of those letters; a letter before another lone
# letter is a word typed spaced out (К ү н), left; and so is Х, the Latin X of an unknown (Х күні) or a Roman ten.
# Read before numbers are, so that a number's words (Х1Х → Х бір) are no Kazakh word after a letter.
# The letter is found first, and what stands before it looked at after: a search the letter starts is quick.
LOOKALIKE_BEFORE_KAZAKH = re.compile(
    rf"(?P<letter>[ВСКМНРТ])(?<![^\s«\"“„(][ВСКМНРТ])(?=[ \t]+(?=[{KAZAKH_LOWER}]{{2}})[{KAZAKH_LOWER}]*[әғқңөұүһі])"
)
LOOKALIKE_BEFORE_KAZAKH_NEEDS = re.compile(r"[ВСКМНРТ][ \t]")  # what every match holds (`Rule.needs`)
# A capital standing alone before a colon labels what follows, a plan's row for its group of pupils (Б: тақырыпты
# оқып анықтайды. К: ..., for Барлығы, Көпшілігі), a speaker in a dialogue (А: Сәлем): said by its Cyrillic name, a
# look-alike too, as the Kazakh after it is typed in Cyrillic (ка, not кей). A word's last letter before a colon
# (ҚР:) and a time's (T:) are no lone capital.
COLON_LETTER = re.compile(rf"(?<![\w.:/-])(?P<letter>[{KAZAKH_UPPER}])(?=:[ \t]+[{KAZAKH_UPPER}{KAZAKH_LOWER}])")
COLON_LETTER_NEEDS = re.compile(r": ")
# So does one closing a phrase after a small-letter word, before a bracket, a comma or a semicolon: a symbol an
# encyclopedia names (атом нөмірі (таңбамен ұсынылған З). → зэ). An initial is followed by its full stop and a name.
CLOSING_LETTER = re.compile(rf"(?<=[{KAZAKH_LOWER}] )(?P<letter>[БГҒДЖЗҚЛҢПФҺЦЧШЩ])(?=[)\],;])")
CLOSING_LETTER_NEEDS = re.compile(r"[БГҒДЖЗҚЛҢПФҺЦЧШЩ][)\],;]")  # what every match holds (`Rule.needs`)


# The points, segments, rays and angles of a geometry exercise are named by capital letters, Latin or the Cyrillic
# typed for them (АВ түзуінде, С нүктесі, АОВ бұрышы, ABCD төртбұрышы), and so is a list of them before the figures'
# noun, an angle's kind between (ЕС мен АВ түзулерінің, ОА және ОВ сәулелерін, А, В, С нүктелерінің, СОК жазыңқы
# бұрышы): each letter is said by its name, a Cyrillic one by its Cyrillic name (а вэ, эс нүктесі; ОА is о а, not
# Орталық Азия; СОК is эс о ка, not сок), a Latin one by the name a school gives it (CD → цэ дэ), and a conjunction
# between them agrees with the last name said (е эс пен). Only the letters geometry names points by: a Kazakh
# initialism holds Қ, Ұ, Ш …; and шеңбер is left out, as a body works within its framework (ЕО шеңберінде).
_FIGURE_LETTERS = "A-ZАВСДЕКМНОРТХФ"
# A point may carry an index (B1 нүктесінен, BB1 перпендикуляры, B1B2 және C1C2 түзулері, A3B3C3 үшбұрышына): its
# number is said after the letter's name (бэ бір бэ екі), as a variable's index is. So are a figure's sides and
# corners (CD қабырғасын, B төбесіндегі), a perpendicular and a rhombus, and the spellings a page gives
# (параллелограмның, диагоналі). A solid's names are its vertices' too, and so are its edges' and planes' (ABCD
# тетраэдрдің, AB, BC, CD, DA қырларының, ABC жазықтығы): қыр by its forms (қыры, қырлары), not the number қырық; and
# a trapezoid's base (AD табанының). A polygon is named by its count of corners (үшбұрыш … алтыбұрыш, онбұрыш), its
# name as long as its vertices are many ($ABCDEF$ дөңес алтыбұрышы → а бэ цэ дэ е эф), a convex or regular one's too.
_POLYGON_NOUNS = tuple(f"{count}бұрыш" for count in (*ONES[3:], TENS[1]))
_FIGURE_NOUNS = (
    "нүкте", "түзу", "кесінді", "сәуле", "бұрыш", *_POLYGON_NOUNS, "көпбұрыш", "тіктөртбұрыш", "вектор", "хорда",
    "диагонал", "медиана", "биссектриса", "параллелограм", "трапеция", "призма", "пирамида", "қабырға", "төбе",
    "перпендикуляр", "ромб", "тетраэдр", "параллелепипед", "куб", "қыры(?!қ)", "қырлар", "жазықтығ", "жазықтық",
    "табан",
)  # fmt: skip
_FIGURE_NOUN = rf"(?:{'|'.join(_FIGURE_NOUNS)})[{KAZAKH_LOWER}]*(?![\w-])"
_FIGURE_NAME = rf"(?:[{_FIGURE_LETTERS}]\d{{0,2}}){{1,8}}(?![\w-])"
_FIGURE_KIND = "(?:жазыңқы|доғал|сүйір|тік|сыбайлас|іргелес|вертикаль|дөңес|ойыс|дұрыс)"  # an angle's or a polygon's
FIGURE_NAMES = re.compile(
    rf"(?<![\w-])(?P<names>{_FIGURE_NAME}(?:(?:,[ \t]|[ \t](?:мен|бен|пен|және)[ \t]){_FIGURE_NAME})*)"
    rf"(?=(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_FIGURE_KIND}[ \t]+)?{_FIGURE_NOUN})"
)
# A page that breaks its line between the names and their noun (KE жəне MH / түзулерінің) keeps them together.
# What every match holds (`Rule.needs`): a name's last letter before a space, a figure's noun after it; found from the
# capital, which the engine skips to (most sentences hold one of the nouns' first letters at every other character).
_SCANNED_NOUNS = [noun for noun in _FIGURE_NOUNS if noun not in _POLYGON_NOUNS]  # бұрыш is in every polygon's
FIGURE_NOUN_NEEDS = re.compile(rf"[{_FIGURE_LETTERS}]\d{{0,2}}\s(?=[\s\S]*?(?:{'|'.join(_SCANNED_NOUNS)}))")
# A side named by two or three capitals and set equal to another side or to a length (EB=BK, CD=CK, AB=AC, АС=ВС=10
# см, ВD=5 см) is a segment too, each letter said by its name, the sign left to the symbols (тең).
_SEGMENT = rf"[{_FIGURE_LETTERS}]{{2,3}}"
_LENGTH = r"\d+(?:[.,]\d+)?\s?(?:см|мм|дм|м|км)(?![\w])"
SEGMENT_EQUALITY = re.compile(
    rf"(?<![\w-])(?P<names>{_SEGMENT})(?![\w-])"
    rf"(?=[ \t]?=[ \t]?(?:{_SEGMENT}(?![\w-])(?:[ \t]?=[ \t]?{_LENGTH})?|{_LENGTH}))"
    rf"|(?<=[{_FIGURE_LETTERS}]=)(?P<after>{_SEGMENT})(?![\w-])"
)
SEGMENT_EQUALITY_NEEDS = re.compile("=")
_FIGURE_PARTS = re.compile(r"(,[ \t]|[ \t](?:мен|бен|пен|және)[ \t])")
_INDEXED_LETTER = re.compile(r"(\D)(\d*)")


# A geometry sign before the names of points says what they name (∠ABD → бұрыш а бэ дэ, △ABC → үшбұрыш а бэ цэ), and
# one between two figures how they stand (MF ⊥ CD → эм эф перпендикуляр цэ дэ, AC ∥ DF → а цэ параллель дэ эф): the
# sign by its Kazakh word, each letter by the name a school gives it, as before a figure's noun. LaTeX's \angle and
# \perp are these signs (`formulas.speak_latex`). A word run onto the names by a hyphen is a case suffix, inflected
# onto the last name (∠ABC-ның → бұрыш а бэ цэнің), or the sentence's dash, set apart (∠ACB-үшбұрыштың).
_SIGN_WORDS = {"∠": "бұрыш", "⊥": "перпендикуляр", "∥": "параллель", "△": "үшбұрыш"}
FIGURE_SIGN = re.compile(
    rf"(?:(?<![\w-])(?P<before>{_FIGURE_NAME})[ \t]*)?(?P<sign>[∠⊥∥△])[ \t]*"
    rf"(?P<names>{_FIGURE_NAME}|(?:[{_FIGURE_LETTERS}]\d{{0,2}}){{1,8}}-(?P<after>[{KAZAKH_LOWER}]+)(?![\w-]))"
)
FIGURE_SIGN_NEEDS = re.compile("[∠⊥∥△]")  # what every match holds (`Rule.needs`)


def speak_figure_sign(match: re.Match[str]) -> Spoken:
    """∠ABD → бұрыш а бэ дэ; MF ⊥ CD → эм эф перпендикуляр цэ дэ."""
    words = [point_names(match["before"])] if match["before"] else []
    names, after = match["names"], match["after"]
    words += [_SIGN_WORDS[match["sign"]], point_names(names.partition("-")[0] if after else names)]
    spoken = " ".join(words)
    if after:
        spoken = attach(spoken, after) if parse_suffixes(after) else f"{spoken} – {after}"
    return Spoken(spoken, "initialism", True)


def point_names(written: str) -> str:
    """AOB → а о бэ; ML → эм эль; B1 → бэ бір."""
    return " ".join(_point_name(letter, index) for letter, index in _INDEXED_LETTER.findall(written))


def speak_figure_names(match: re.Match[str]) -> Spoken:
    """ЕС мен АВ (түзулерінің) → е эс пен а вэ; ОА және ОВ (сәулелерін) → о а және о вэ."""
    spoken = ""
    for part in _FIGURE_PARTS.split(match["names"]):
        if _FIGURE_PARTS.fullmatch(part):
            conjunction = part.strip(", \t")
            if conjunction in ("мен", "бен", "пен"):
                conjunction = SUFFIXES["instrumental"].form_for(spoken.rpartition(" ")[2])
            spoken += f" {conjunction} " if conjunction else ", "
            continue
        spoken += " ".join(_point_name(letter, index) for letter, index in _INDEXED_LETTER.findall(part))
    return Spoken(spoken, "initialism", True)


def _point_name(letter: str, index: str) -> str:
    """B → бэ, B1 → бэ бір: a Cyrillic letter by its Cyrillic name, a Latin one by the school's."""
    name = abbr.LETTER_NAMES.get(letter.lower()) or formulas.POINT_NAMES[letter.lower()]
    return f"{name} {cardinal(int(index))}" if index else name


def speak_segment(match: re.Match[str]) -> Spoken:
    """EB=BK → е бэ=бэ ка."""
    return Spoken(" ".join(_point_name(letter, "") for letter in match["names"] or match["after"]), "initialism", True)


# Latin capitals standing as a word in a sentence about geometry name its points, segments and quantities though no
# figure's noun follows them (Бұрыш O немесе AOB бейнеленген; ML сәулесі — KMN бұрыштың биссектрисасы; R радиусы
# шеңберінің; диаметрі ... D-мен белгіленеді): each letter by the name a school gives it (а о бэ, эм эль, эр, дэмен),
# as before a figure's noun, not the English letter's. The sentence holds a word geometry uses, not one news uses as
# often: a point (сату нүктесі NFC), a circle (NATO шеңберінде: within its framework), a segment (видео кесіндісі).
_GEOMETRY_WORD = re.compile(
    "бұрыш|радиус|диаметр|биссектрис|биссиктрис|хорда|перпендикуляр|параллелограм|трапеци|ромб|призма|тетраэдр"
    "|түзуі|түзулер",
    re.I,
)
# Not the names it holds as a word (a sign's «STOP» on an octagon: стоп), nor a test's option before its bracket
# (A) Күш түсетін нүкте радиус-векторының ...), nor a Roman numeral (I, IV, XX).
_ROMAN_NUMERAL = re.compile("[IVX]+")
_LONGEST_POINTS = 4


def names_geometry_points(match: re.Match[str], group: str) -> bool:
    """Whether the Latin word in `group` of `match` is capitals naming points in a sentence about geometry."""
    word = match[group]
    if len(word) > _LONGEST_POINTS or not (word.isascii() and word.isupper()) or _ROMAN_NUMERAL.fullmatch(word):
        return False
    if match.string.startswith(")", match.end(group)) or (len(word) > 2 and latin.said_as_english_word(word)):
        return False
    return _GEOMETRY_WORD.search(match.string, *abbr.sentence_around(match, _SENTENCE_EDGE)) is not None


# A capital consonant standing alone after capitals and before a number, more capitals or a word in small letters is
# a letter of a mark (ГОСТ Р 51232-98 → гост эр, ГОСТ Р ИСО 9001, ГОСТ Р 7.32, its number already said), said by
# its name; an initial has its full stop or a name after it.
MARK_LETTER = re.compile(
    rf"(?<=[{KAZAKH_UPPER}]{{2}} )(?P<letter>[БВГҒДЖЗКҚЛМНҢПРСТФХҺЦЧШЩ])"
    rf"(?= (?:\d|[{KAZAKH_UPPER}]{{2}}|[{KAZAKH_LOWER}]))"
)
MARK_LETTER_NEEDS = re.compile(rf"[{KAZAKH_UPPER}] [{KAZAKH_UPPER}] ")  # what every match holds

# A capital standing alone after a word and a hyphen names a model's letter (Протон-М, Союз-У): said by its name.
MODEL_LETTER = re.compile(rf"(?<=[{KAZAKH_LOWER}]{{2}}-)(?P<letter>[{KAZAKH_UPPER}])(?![\w-])")
MODEL_LETTER_NEEDS = re.compile("[а-яәғқңөұүһіё]-[А-ЯӘҒҚҢӨҰҮҺІЁ]")  # what every match holds (`Rule.needs`)
# So does one before a hyphen and more capitals, a model's index (Прогресс М-УМ → эм у эм); looked for before the
# capitals after it are read.
HEAD_LETTER = re.compile(rf"(?<![\w-])(?P<letter>[{KAZAKH_UPPER}])(?=-[{KAZAKH_UPPER}]{{1,5}}(?![\w-]))")
HEAD_LETTER_NEEDS = re.compile("[А-ЯӘҒҚҢӨҰҮҺІЁ]-[А-ЯӘҒҚҢӨҰҮҺІЁ]")  # what every match holds (`Rule.needs`)


def speak_letter_label(match: re.Match[str]) -> Spoken:
    if match.re is GROUP_LETTER and (latin := match["latin"] or match["latin_after"]):  # a Latin look-alike lettering
        return Spoken(_point_name(latin, ""), "initialism", True)  # an appendix: the school's name for it
    return Spoken(abbr.spell(match["letter"] or match["after"]), "initialism", True)


# A consonant standing alone as a word is a letter a grammar page discusses (Б, п фонемалары; дауыс алғашқысына
# (б) қатысады; п-дан басталатын сөздер): said by its name, a case suffix after a hyphen re-inflected onto the name
# (т-дан → тэден), a small letter's only. No Kazakh word is one consonant; but a unit after a number (5 м, 10 т), an
# abbreviation with its full stop (ж., т.б.), a unit's letter beside a slash (м/с) and a list's label (б) ...) are
# letters too, and are left to their own rules, and so is х, typed for a times sign or a variable (7х). Without a
# suffix the letter must stand in a sentence about letters and sounds.
SOUND_LETTER = re.compile(
    rf"(?<![\w/.-])(?<!\d )(?P<letter>[бвгғджзйкқлмнңпрстфһцчшщБВГҒДЖЗЙКҚЛМНҢПРСТФҺЦЧШЩ])"
    rf"(?:-(?P<suf>{SUFFIX})(?![\w-])|(?![\w/.-])(?:(?!\))|(?<=\(\w)))"
)
_ANY_CONSONANT = "[бвгғджзйкқлмнңпрстфһцчшщБВГҒДЖЗЙКҚЛМНҢПРСТФҺЦЧШЩ]"
LONE_CONSONANT = re.compile(rf"{_ANY_CONSONANT}(?<![^\W\d_]{_ANY_CONSONANT})(?![^\W\d_])")  # `Rule.needs`
# The cases a letter's name takes in a grammar's sentence (п-дан басталатын, т-ға аяқталады); a possessive (т-ы, к-лі)
# is a clipped noun's more often, left to the clipping rules.
_LETTER_CASES = frozenset(("genitive", "dative", "accusative", "locative", "ablative", "instrumental"))
_SOUND_WORDS = re.compile(r"фонема|дыбыс|әріп|әрп|дауыс|буын|жазыл|айтыл", re.I)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def speak_sound_letter(match: re.Match[str]) -> str:
    if match["suf"]:
        names = parse_suffixes(match["suf"])
        if match["letter"].isupper() or not names or names[0] not in _LETTER_CASES:
            return match.group()  # a compound's letter (В-дәрумені), an initialism's, a clipped noun's (к-лі)
    elif not _SOUND_WORDS.search(match.string, *abbr.sentence_around(match, _SENTENCE_EDGE)):
        return match.group()
    return Spoken(attach(abbr.spell(match["letter"]), match["suf"]), "initialism", True)


# A consonant letter typed onto the end of a number is a letter that tells apart a house, a class or a model (12б,
# 5в сынып, Союз-2.1б, Ту-154М): said by its name after the number, set apart so the number is read as it stands.
# Not the letters a unit or a year is written with (5м, 10т, 200г, 3л, 5с, 2014ж; 220В, 5Н, 10К, 2Т), which the
# number and date rules read, nor one a full stop cuts (2014ж. is a year), nor х, typed for a times sign (7х). A hyphen
# after the letter joins a suffix to it (12б-ге), left as written, or another number, as Aktau's addresses join a
# microdistrict and its house (31б-30: отыз бір бэ – отыз), where the letter is said all the same; but not a code of
# more parts (a maslikhat's decision № 8С-7-2), whose letter the code rules read with it.
NUMBER_LETTER = re.compile(r"(?<=\d)(?P<letter>[бвгғджзйқлмңпрсфһцчшщБГҒДЖЗЙҚЛМҢПРСФҺЦЧШЩ])(?![\w.]|-(?!\d+(?![\w-])))")
_UNIT_LETTERS = frozenset("мтглсцж")
# Nor the б or с of a count of pages after a year's clipped word and a dash (2026 ж-31б), a collection's imprint run
# together, which the reference rules read (отыз бір бет).
_PAGES_AFTER_YEAR = re.compile(r"\d{4}\sж\.?\s?[–—-]\s?\d+$")
_PAGES_END = re.compile(r"\.|[ \t]*(?:\n|\Z)")  # the count's mark closes the line or takes its stop


def speak_number_letter(match: re.Match[str]) -> str:
    letter = match["letter"]
    if letter in _UNIT_LETTERS:
        return letter
    if (
        letter == "б"
        and _PAGES_END.match(match.string, match.end())
        and _PAGES_AFTER_YEAR.search(match.string, max(0, match.start() - 16), match.start())
    ):
        return letter
    return Spoken(" " + abbr.spell(letter), "initialism")


# A school class labelled by its grade and a letter, glued, after a hyphen or in quotes (7"А" сынып, 9"Б"сынып, 6А
# сыныбы, 5-А сыныбы, 10 «Ә» сыныбының, 3-4 «Б» сыныптарында), and so a group (1-А тобы) and a range of classes: the
# grade is its place, an ordinal, and the letter is said by its name (жетінші «а» сынып, үшінші – төртінші «бэ»
# сыныптарында); the noun may be hyphened on after a space (5«б» -сынып). A label glued and standing alone before a
# bracket or a comma is a class too where the text speaks of a school (Евтушенко А. 6А (орыс тілі) in a list of
# olympiad winners; a range, 7-8А, too), and one whose letter is quoted anywhere (44 ұпаймен 5 "З", "Қыран" тобы;
# 5"Д",): a house's letter is not quoted. A house, a route or a document with a letter (10А үй, 12А автобус, №16а)
# has no class noun after it and is left to the number rules.
_CLASS_NOUN = rf"(?:сынып|сыныб|класс?|топ|тоб)[{KAZAKH_LOWER}]*(?![\w-])"
CLASS_LABEL = re.compile(
    rf"(?<![\w.,№-])(?P<a>\d{{1,2}})(?:\s?[-–]\s?(?P<b>\d{{1,2}}))?(?:-|\s?)(?P<open>[\"«“]?)\s?"
    rf"(?P<letter>[{KAZAKH_UPPER}а-яәғқңөұүһі])\s?(?P<close>[\"»”]?)\s*(?:-\s?)?(?={_CLASS_NOUN})"
    rf"|(?<![\w.,№-])(?P<glued>\d{{1,2}})(?:[-–](?P<last>\d{{1,2}}))?(?P<gopen>\s?[\"«“])?(?P<listed>[{KAZAKH_UPPER}])"
    rf"(?(gopen)[\"»”])(?=\s*[(,;]|[ \t]*(?:\n|$)|\s+[{KAZAKH_LOWER}])"  # a line's end, not the text's only
)
# A glued label before a word is a class only as the last of a list of them (1Б, 3Б сыгнып оқушылары: the class noun
# mistyped or left out); alone before a word (10А үй) it is a house's or a route's number.
_LABEL_LISTED_BEFORE = re.compile(rf"\d[{KAZAKH_UPPER}],\s?$")
_WORD_AFTER = re.compile(rf"\s+[{KAZAKH_LOWER}]")
_SCHOOL_WORDS = re.compile(r"сынып|сыныб|оқушы|мектеп|олимпиада", re.I)
# ...but not a house after its street (Абай көшесі 10А, мектеп жанында).
_STREET_BEFORE = re.compile(r"(?:көшесі|даңғылы|к-сі|даңғ\.|үй|шағын\s?ауданы|ш\.?а\.?)[,\s]*$", re.I)


def speak_class_label(match: re.Match[str]) -> str:
    if match["glued"]:
        school = match["gopen"] or _SCHOOL_WORDS.search(match.string)
        if not school or _STREET_BEFORE.search(match.string[: match.start()]):
            return match.group()
        before = match.string[max(0, match.start() - 4) : match.start()]
        if _WORD_AFTER.match(match.string, match.end()) and not _LABEL_LISTED_BEFORE.search(before):
            return match.group()
        grades = [int(end) for end in (match["glued"], match["last"]) if end]
        opening, closing = (match["gopen"].strip(), match.group()[-1]) if match["gopen"] else ("", "")
        letter = f"{opening}{abbr.spell(match['listed'])}{closing}"
    else:
        grades = [int(end) for end in (match["a"], match["b"]) if end]
        letter = f"{match['open']}{abbr.spell(match['letter'])}{match['close']}"
    unbalanced = bool(match["open"]) != bool(match["close"])
    if unbalanced or not all(1 <= grade <= ordinalcontext.LAST_GRADE for grade in grades):
        return match.group()
    places = " – ".join(ordinal_of(cardinal(grade)) for grade in grades)
    return Spoken(f"{places} {letter}" + ("" if match["glued"] else " "), "ordinal")


# A company's legal form written as dotted capitals that close its quoted name (Оперейтинг Б.В.", Каспиан Н.В.»: the
# Dutch B.V. and N.V.): its letters' names, not a person's initials, which stand beside a surname, never before the
# closing quote; in a Russian run too, where the letters' names are the same.
# A space after each full stop is no matter (the typing repair puts one in before a Russian run is read).
QUOTED_LEGAL_FORM = re.compile(rf"(?<=\w )(?P<letters>[{KAZAKH_UPPER}]\.(?: ?[{KAZAKH_UPPER}]\.){{1,2}})(?=[\"»”])")
QUOTED_LEGAL_FORM_NEEDS = re.compile(r'\.["»”]')  # what every match holds (`Rule.needs`)


def speak_legal_form(match: re.Match[str]) -> Spoken:
    return Spoken(abbr.spell(re.sub(r"[. ]", "", match["letters"])), "initialism", True)


# Capitals listed with commas, two or more of them single letters, name grades or classes (Г, Ж, К, ОС маркалы тас
# көмір; А, Б, Д санаттары): each single letter is said by its name, the longer items are left to the initialism
# rule. One plainly Cyrillic letter in the list (not one a Latin letter looks like) says the look-alikes are Cyrillic.
_LISTED_ITEM = rf"[{KAZAKH_UPPER}]{{1,2}}"
LETTER_LIST = re.compile(rf"(?<![\w.-]){_LISTED_ITEM}(?:,\s?{_LISTED_ITEM})+(?![\w.-])")
LETTER_LIST_NEEDS = re.compile(r"[А-ЯӘҒҚҢӨҰҮҺІЁ],\s?[А-ЯӘҒҚҢӨҰҮҺІЁ]")  # what every match holds (`Rule.needs`)
_LISTED_LETTER = re.compile(r"(?<!\w)\w(?!\w)")


def speak_letter_list(match: re.Match[str]) -> str:
    items = re.split(r",\s?", match.group())
    letters = [item for item in items if len(item) == 1]
    if len(letters) < 2 or not set(letters) - set(lookalikes.LOOKALIKE_CYRILLIC_CAPITALS):
        return match.group()
    return _LISTED_LETTER.sub(lambda m: abbr.spell(m.group()), match.group())


# A capital naming a vitamin (С витамині, D дәруменіне, В, РР тобының витаминдері; А, Е және К витаминдері), in Latin
# or in the Cyrillic letters typed for it, is said as the Latin letter is in Kazakh and Russian, the letters' Russian
# names (цэ, бэ, пэ пэ, дэ), not the Cyrillic letter's own (эс, вэ, эр) nor an English one. A letter listed before
# the vitamin, with a comma or a conjunction, is one too; one with a number (В1, В12) is the next rule's.
_VITAMIN_NAMES = {"A": "а", "B": "бэ", "C": "цэ", "D": "дэ", "E": "е", "K": "ка", "P": "пэ", "H": "аш", "F": "эф"}
_AS_LATIN = str.maketrans("АВСДЕКРН", "ABCDEKPH")
_VITAMIN_LETTER = "[ABCDEKPHFАВСДЕКРН]"
_VITAMIN_WORD = r"(?:витамин|дәрумен)"
VITAMIN_WORD = re.compile(r"[вд](?:(?<=в)итамин|(?<=д)әрумен)", re.I)  # the same, from a letter the engine skips to
# What every numbered vitamin holds (`Rule.needs`): the vitamin word, or a bracket its list opens, read only after the
# word (`VITAMIN_WORD`, its `Rule.when`).
NUMBERED_VITAMIN_MARK = re.compile(rf"(?i:{_VITAMIN_WORD})|\((?={_VITAMIN_LETTER}\d)")
VITAMIN_LETTER = re.compile(
    rf"(?<![\w.-])(?P<letters>{_VITAMIN_LETTER}{{1,2}})(?![\w.-])"
    rf"(?=(?:(?:,\s?|\s(?:және|мен|пен|бен)\s){_VITAMIN_LETTER}{{1,2}}\d{{0,2}}(?![\w.-]))*"
    rf"\s+(?:тоб[{KAZAKH_LOWER}]*\s+)?{_VITAMIN_WORD})"
)


def speak_vitamin_letter(match: re.Match[str]) -> Spoken:
    letters = match["letters"].translate(_AS_LATIN)
    return Spoken(" ".join(_VITAMIN_NAMES[letter] for letter in letters), "initialism", True)


# A vitamin with its number (B12 витамині, D3 дәрумені; В1 және В6 витаминдері; В дәрумендері (B1, B2, B12)), in
# Latin or in the Cyrillic letters typed for it, is named by the same letters' names and the number said as a count
# (бэ он екі, дэ үш), not as an English letter (би он екі) nor a Cyrillic one (вэ он екі): before the vitamin word,
# listed before it, or listed in brackets right after it. A case suffix on its hyphen is inflected (D3-ті → дэ үшті).
_NUMBERED_VITAMIN = rf"{_VITAMIN_LETTER}\d{{1,2}}(?:-{SUFFIX})?(?![\w.])"
_VITAMIN_LISTED = rf"(?:(?:,\s?|\s(?:және|мен|пен|бен)\s){_VITAMIN_LETTER}{{1,2}}\d{{0,2}}(?![\w.-]))*"
# A Latin letter alone that the sentence goes on to name a vitamin by («D» термині … D2 дәрумені) is that vitamin's.
NUMBERED_VITAMIN = re.compile(
    rf"(?<![\w.-]){_NUMBERED_VITAMIN}(?={_VITAMIN_LISTED}\s+(?:тоб[{KAZAKH_LOWER}]*\s+)?{_VITAMIN_WORD})"
    rf"|(?<=\()(?:{_NUMBERED_VITAMIN}(?:,\s?)?)+(?=\))"
    rf"|(?<![\w.-])(?P<lone>[ABCDEKPHF])(?![\w.-])(?=[^.!?\n]{{0,80}}?(?<!\w)(?P=lone)\d{{1,2}}\s+{_VITAMIN_WORD})"
)
_ONE_VITAMIN = re.compile(rf"(?P<letter>{_VITAMIN_LETTER})(?P<number>\d{{1,2}})(?:-(?P<suffix>{SUFFIX}))?")
_VITAMIN_BEFORE_BRACKET = re.compile(rf"{_VITAMIN_WORD}[{KAZAKH_LOWER}]*\s?\($", re.I)


def speak_numbered_vitamin(match: re.Match[str]) -> str:
    """B12 → бэ он екі; a bracketed list only where a vitamin word opens the bracket (В дәрумендері (B1, B6))."""
    text = match.group()
    if match["lone"]:
        return _VITAMIN_NAMES[match["lone"]]
    opens_bracket = match.string[match.start() - 1 : match.start()] == "("
    if opens_bracket and not _VITAMIN_BEFORE_BRACKET.search(match.string, max(0, match.start() - 30), match.start()):
        return text

    def name(one: re.Match[str]) -> str:
        spoken = f"{_VITAMIN_NAMES[one['letter'].translate(_AS_LATIN)]} {cardinal(int(one['number']))}"
        return attach(spoken, one["suffix"]) if one["suffix"] else spoken

    return _ONE_VITAMIN.sub(name, text)


# A genotype in a genetics text: allele pairs, each one letter twice in its capital or small form (АА, Аа, аа, АаВв),
# a count of offspring before it (2Аа); a teacher reads each allele by its letter's name (Аа → а а), as the cross's
# line it stands in is read: the parents' Р (пэ) opening it, a generation's or the gametes' label after that (Г1, F1),
# the cross's Х between two genotypes (икс). A text about genetics (генотип, гетерозигота, аллель…) or the cross's
# line itself tells them: elsewhere АА is an agency and Р. a river.
def _genotype(name: str) -> str:
    """One to three allele pairs, each a letter twice in either case, the groups named `name`1…3."""
    pairs = [rf"(?P<{name}{n}>[A-Za-zА-Яа-я])(?i:(?P={name}{n}))" for n in (1, 2, 3)]
    return rf"(?<![\w-])\d?{pairs[0]}(?:{pairs[1]}(?:{pairs[2]})?)?(?![\w-])"


_CROSS_SIGN = "ХхXx×"
GENETICS_WORD = re.compile(r"генотип|зигот|аллел|гамет|доминант|рецессив|фенотип|будандастыр", re.I)
GENOTYPE = re.compile(
    r"(?:^(?P<indent>[ \t]*)(?:(?P<parents>Р)\.?[ \t]+)?(?:(?P<label>[ГҒF]\d)\.?[ \t]+)?)?"
    rf"(?P<run>{_genotype('l')}(?:[ \t]+(?:[{_CROSS_SIGN}][ \t]+)?{_genotype('r')})*)(?P<stop>\.(?!\w))?",
    re.M,
)
GENOTYPE_NEEDS = re.compile(_genotype("a"))  # what every match holds (`Rule.needs`): an allele pair standing alone


def _speak_genotype(genotype: str) -> str:
    if genotype in _CROSS_SIGN:
        return "икс"
    count = genotype[0] if genotype[0].isdigit() else ""
    names = [abbr.spell(allele) for allele in genotype[len(count) :]]
    return " ".join(([cardinal(int(count))] if count else []) + names)


def speak_genotype(match: re.Match[str]) -> str:
    """Р. Аа Х аа → пэ а а икс а а; Ғ2 АА 2Аа аа → ғы екі а а екі а а а а; a stop after it set apart, so that the
    last allele's а with it is not a village's abbreviation (а.)."""
    tokens = match["run"].split()
    crossed = any(token in _CROSS_SIGN for token in tokens)
    if not (match["parents"] or match["label"] or crossed or GENETICS_WORD.search(match.string)):
        return match.group()
    words = [match["indent"] + "пэ"] if match["parents"] else []
    if match["label"]:
        words.append(f"{abbr.spell(match['label'][0])} {cardinal(int(match['label'][1]))}")
    words += [_speak_genotype(token) for token in tokens]
    return (match["indent"] or "") * (not match["parents"]) + " ".join(words) + (" ." if match["stop"] else "")

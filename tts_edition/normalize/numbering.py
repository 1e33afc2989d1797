"""Numbered things that are not quantities: document numbers, section numbers, list markers."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import dates
from tts_edition.normalize.capitals import is_verb_form, known_stem
from tts_edition.normalize.marks import LINE_BULLETS, LINE_OPENING, line_after, line_before, line_start
from tts_edition.normalize.morphology import (
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    ORDINAL_ENDING,
    ORDINAL_MARKER,
    SUFFIX,
    attach,
    hyphenated_word,
    parse_suffixes,
)
from tts_edition.normalize.numbers import SCALES, cardinal, cardinal_of, dictated, digits, ordinal, ordinal_of
from tts_edition.normalize.ordinalcontext import QUANTITY_NAMES
from tts_edition.normalize.roman import roman_value

# An issuer's code after a document number: №43-БМСД, №47-ПГВр (a Russian clipped ending in small letters), or after a
# slash: № 356/НҚ (a normative order's mark).
_LETTER_CODE = rf"[{KAZAKH_UPPER}]{{2,5}}[{KAZAKH_LOWER}]{{0,2}}"
# A kind's letter after a hyphen in small type (№ 16-ө, an өкім; № 123-п): one letter, never і or ы, which are a
# number's own possessive endings (8-і, 20-ы).
_SMALL_LETTER = "[а-щэюяәғқңөұүһ]"
# A series' capital letters before the number, hyphened onto it (an akimat's resolutions № А-8/258, № А-5/148).
# A maslikhat's convocation in Roman numerals closes the code after a hyphen (№ 110-VIII) or a slash (№ 13-82/VII).
_SERIES = rf"(?:[{KAZAKH_UPPER}]{{1,3}}-)?"
DOCUMENT_NUMBER = re.compile(
    rf"(?:№|\bN)\s?(?P<code>{_SERIES}\d+(?:[-/]\d+)*(?:/\d+|[-/]?[{KAZAKH_UPPER}]{{1,3}}|-{_LETTER_CODE}|[-/][IVXLCDM]+"
    rf"|-{_SMALL_LETTER}(?=\s))|\d+(?:-\d+)+)"
    r"(?![\w/])"
    r"(?P<more>(?:,\s?\d+-[IVXLCDM]+(?![\w/-]))*)"  # № 18-I, 18-II: the list's next parts of a gazette's issue
)


def _code_part(part: str) -> str:
    if part == "/":
        return "бөлу"
    if part.isdigit():
        return dictated(part)  # 12-02/123: нөл екі; № 075: нөл жетпіс бес
    value = roman_value(part) if part.isascii() else None
    return cardinal(value) if value else abbr.spell(part)


def _speak_code(code: str) -> str:
    parts = re.findall(rf"\d+|/|{_LETTER_CODE}|[{KAZAKH_UPPER}]+|[IVXLCDM]+|{_SMALL_LETTER}", code)
    joint = " – " if re.fullmatch(r"[\d-]+", code) else " "  # N 22-161: numbers joined by a dash
    return joint.join(_code_part(part) for part in parts)


# A curriculum unit's code, its term and unit numbers and the lesson's letter (Күні: 8.2А Зат мөлшері, 7.1В Жасуша):
# a code read part by part, the letter by its name (сегіз екі а), not a decimal; the unit's title follows it in a
# capital. A number and a letter before a word in small letters (1.5В батарейка) stay the number rule's.
UNIT_CODE = re.compile(
    rf"(?<![\w.,])(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})(?P<letter>[АӘБВС])(?=[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
)
UNIT_CODE_MARK = re.compile(r"\.\d[АӘБВС]")


def speak_unit_code(match: re.Match[str]) -> str:
    """8.2А Зат мөлшері → сегіз екі а Зат мөлшері."""
    return f"{cardinal_of(match['a'])} {cardinal_of(match['b'])} {abbr.spell(match['letter'])}"


# A contents' section number on a line of its own (2.1, 2.2 and 2.2.1 down a column, their titles listed apart): the
# section's number read part by part (екі бір), not a decimal. Only beside another such line of the same chapter, the
# next or the last section (2.2 after 2.1, 2.2.1 after 2.2), in a text that heads the chapter (2 alone, 3 ЗЕРТТЕУ
# НӘТИЖЕЛЕРІ, or 2.2.1), so that a column of decimals keeps the number rule's.
# A contents' section number run onto the year range that opens its title, the space after its last stop lost
# (2.2.1219-1224 жылдарда моңғолдардың ...): no date, as a second year and the plural year word follow it; the section
# is parted from the years, each then read as such (2.2. 1219-1224 жылдарда).
SECTION_ONTO_YEARS = re.compile(
    r"(?<![\d.])(?P<section>[1-9]\.[1-9]\d?\.)(?P<years>[12]\d{3}\s?[-–—]\s?[12]\d{3})(?=\s+жылдар)"
)
SECTION_ONTO_YEARS_NEEDS = re.compile(r"\.[12]\d{3}\s?[-–—]")  # a stop before the first year: a fast scan


def part_section_from_years(match: re.Match[str]) -> str:
    """2.2.1219-1224 → 2.2. 1219-1224."""
    return f"{match['section']} {match['years']}"


SECTION_LINE = re.compile(r"^[ \t]*(?P<a>\d{1,2})\.(?P<b>\d{1,2})[ \t]*$", re.M)
_LONE_SECTION = re.compile(r"[ \t]*(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?P<c>\.\d{1,2})?[ \t]*")


# A contents may give each section three lines, its number, its title and its page (1.1 ⏎ Балқаш бассейнінің … ⏎ 5 ⏎
# 1.2): the neighbouring section's number is looked for that far.
_CONTENTS_ROW = 3


def _section_beside(match: re.Match[str]) -> bool:
    """One of the nearest lines with words or numbers before or after holds a neighbouring section's number."""
    text, chapter, section = match.string, match["a"], int(match["b"])
    before = [line for line in text[: match.start()].split("\n") if line.strip()][-_CONTENTS_ROW:]
    after = [line for line in text[match.end() :].split("\n") if line.strip()][:_CONTENTS_ROW]
    for line in before + after:
        other = _LONE_SECTION.fullmatch(line)
        if other and other["a"] == chapter and (abs(int(other["b"]) - section) == 1 or other["c"]):
            return True
    return False


def _chapter_headed(match: re.Match[str]) -> bool:
    """The text heads the chapter too: its number alone on a line or before its title (2, 3 ЗЕРТТЕУ НӘТИЖЕЛЕРІ), or
    one of its sections' sections (2.2.1)."""
    chapter = match["a"]
    head = re.compile(
        rf"^[ \t]*{chapter}\.?(?:[ \t]*$|[ \t]+[{KAZAKH_UPPER}A-Z])|^[ \t]*{chapter}\.\d{{1,2}}\.\d", re.M
    )
    return head.search(match.string) is not None


def speak_section_line(match: re.Match[str]) -> str:
    """2.1 between 2 and 2.2 → екі бір."""
    if not (_section_beside(match) and _chapter_headed(match)):
        return match.group()
    return match.group().replace(f"{match['a']}.{match['b']}", f"{cardinal_of(match['a'])} {cardinal_of(match['b'])}")


def speak_document_number(match: re.Match[str]) -> str:
    """№ 368/13, N 2-3С, № 110-VIII, № 356/НҚ, № А-5/148: a document's number is a code, read part by part (/ is
    бөлу, a letter named); the issue parts listed after it with no № of their own (№ 18-I, 18-II) are read the same
    way."""
    more = re.findall(r"\d+-[IVXLCDM]+", match["more"])
    return "нөмір " + ", ".join(_speak_code(code) for code in [match["code"], *more])


# A number hyphened before an initialism the table knows for a body, its expansion possessed (2-ЖЭО-да: екінші жылу
# электр орталығында, the second heat and power plant): an ordinal, and the hyphen no pause. A measure's (46-АЕК-тен:
# a count of them), a suffix in capitals (100-ДЕН) and a heading's word are none.
NUMBERED_INITIALISM = re.compile(rf"(?<![\w.,/-])(?P<n>\d{{1,3}})-(?=(?P<letters>[{KAZAKH_UPPER}]{{2,6}})(?!\w))")
NUMBERED_INITIALISM_MARK = re.compile(rf"-[{KAZAKH_UPPER}]{{2}}")


def speak_numbered_initialism(match: re.Match[str]) -> str:
    """2-ЖЭО → екінші ЖЭО; 100-ДЕН is left to the number rules."""
    entry = abbr.table().get(match["letters"])
    if entry is None or entry.kind != "initialism" or not entry.possessive:
        return match.group()
    return ordinal_of(cardinal_of(match["n"])) + " "


# A house number after its street or its microdistrict (Кооперативная көшесі, 4/2; Абай даң. 150/3; Самал-2 шағын
# ауданы, 58/2; 5 ш/а, 12/1): a code, its parts joined by бөлу.
STREET_WORDS = ("көшесі", "даңғылы", r"көш\.", r"даң\.", "шағын ауданы", "шағынауданы", "ықшамауданы", "ш/а", r"мкр\.")
HOUSE_NUMBER = re.compile(
    rf"(?P<street>(?<!\w)(?:{'|'.join(STREET_WORDS)}))(?P<gap>,?\s?)"
    rf"(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?![\w/])(?:-(?P<suf>{SUFFIX}))?"
)

# The stems of the acts a number before them names without a № (10/233 қаулысы, 5/31 шешімімен, 7/88 бұйрығы), and
# of an address a house number stands before (Мөңкеұлы 91/3 мекенжайындағы, 15/2 мекен-жайы): the address itself or
# the building or the part of it the number names (45/2 үйдің, 12/1 пәтер, 7/3 корпус, 15/2 блогы, 4/1 кеңсе).
DOCUMENT_STEMS = ("қаулы", "шешім", "бұйры", "өкім", "жарлы", "хаттама", "қарар")
ADDRESS_STEMS = (
    "мекенжай",
    "мекен жай",
    "мекен-жай",
    r"үй(?:[дгілн]\w*)?\b",
    "пәтер",
    "корпус",
    "блок",
    "блог",
    "кеңсе",
)
SLASHED_CODE = re.compile(
    rf"(?<![\w/.,])(?P<a>\d{{1,5}})/(?P<b>\d{{1,5}})(?![\w/])"
    rf"(?=\s(?:{'|'.join(DOCUMENT_STEMS + ADDRESS_STEMS)}))"
)


def speak_slash_code(match: re.Match[str]) -> str:
    """a/b that numbers something (10/233 before қаулысы, 4/2 after a street, 91/3 before мекенжайы), not a
    fraction: он бөлу екі жүз отыз үш; an ordinal ending makes the last part an ordinal (83/2-ші үй → екінші)."""
    suffix = match.groupdict().get("suf")
    if suffix and ORDINAL_MARKER.match(suffix):
        return f"{cardinal_of(match['a'])} бөлу {ordinal_of(cardinal_of(match['b']))}"
    return attach(f"{cardinal_of(match['a'])} бөлу {cardinal_of(match['b'])}", suffix)


# A code after a label that names it a number ("Актіні қабылдау нөмірі: 18/145", the value maybe on a line of its
# own): a document's number, not a fraction, maybe with its series' letters hyphened on before it (нөмірі: А-8/258,
# C-45/2 with a Latin look-alike typed for the Cyrillic С the decision's own line writes).
_LATIN_LOOKALIKES = str.maketrans("ABCEHKMOPTXY", "АВСЕНКМОРТХУ")
LABELLED_CODE = re.compile(
    rf"(?P<label>(?<!\w)нөмірі?:\s*)(?P<code>(?:[{KAZAKH_UPPER}ABCEHKMOPTXY]{{1,3}}-)?\d{{1,5}}/\d{{1,5}})(?![\w/])"
)


def speak_labelled_code(match: re.Match[str]) -> str:
    """нөмірі: 18/145 → нөмірі: он сегіз бөлу жүз қырық бес; нөмірі: С-45/2 → нөмірі: эс қырық бес бөлу екі."""
    return match["label"] + _speak_code(match["code"].translate(_LATIN_LOOKALIKES))


# A code of two numbers with an ordinal ending (83/2-ші үй, 15/3-інші пәтер): a fraction takes none, so it numbers a
# house or a flat, its last part an ordinal.
ORDINAL_SLASH_CODE = re.compile(rf"(?<![\w/.,])(?P<a>\d{{1,5}})/(?P<b>\d{{1,5}})-(?P<suf>{ORDINAL_ENDING})(?![\w-])")


def speak_house_number(match: re.Match[str]) -> str:
    """4/2 after a street's name is a house number, not a fraction: төрт бөлу екі."""
    return match["street"] + match["gap"] + speak_slash_code(match)


# A section's number: three parts and more anywhere (2.3.1-тармақ), two only opening a line before a full stop or a
# title, which may open with a quoted name (1.2 «Қазақ әдебиеті» газеті) or be typed onto it, its full stop or none
# between (3.1Сапаны, 2.1.Қазақстан), not a decimal; or typed with a space after its dot before a title
# (1. 1 Өлкенің ертедегі тарихы: бір бір, not the first item's count), each part of one or two digits;
# the stars a building code puts after a clause it changed (1.52.** Қоқыс, 1.54.*) are marks, not said.
# Two parts anywhere when a word names what they number: after them a clause, an article, a sign, a table
# (7.14-тармақ, 12.1-бабы, 3.24 белгісі, 3.1-кесте), the word possibly after a gloss in brackets and the list's other
# numbers (3.24 (…) және 7.14 (…) жол белгілері), or after the quoted name it bears (3.24 «Ең жоғары жылдамдықты
# шектеу» жол белгісі); before them a standard's mark (ГОСТ 7.32-2017, ҚР СТ 1.5), whose year after a dash is read
# as a number.
_SECTION_HEADS = (
    r"тармақ\w*|тармағ\w*|бап\b|бапт\w*|баб[ыт]\w*|бөлім\w*|бөлі[гк]\w*|белгі(?:\b|сі\w*|лер\w*)|кесте\w*|сурет\w*"
    r"|тарау\w*|параграф\w*|қосымша\w*"
)
_PART_WORD = re.compile(rf"(?:{_SECTION_HEADS})", re.I)


def names_part(word: str) -> bool:
    """A word that names a numbered part of a document (бөлім, тарау, бап, тармақша, қосымша…), in any case of
    letters: a heading in capitals writes it in capitals (1-БӨЛІМ, 2-ТАРАУ)."""
    return bool(_PART_WORD.fullmatch(word))


STANDARD_MARKS = ("ГОСТ", "ГОСТ Р", "МЕМСТ", "МемСТ", "СТ", "СТ РК", "СНиП", "ҚНжЕ")
# The standard's mark СТ after ҚР, the country's initialism (ҚР СТ 1.5-2019), is the word it stands for: the
# country's standard, not two letters; where the word follows the number (ҚР СТ 1.5 стандарты) the mark keeps its
# letters, not to say the word twice.
_KIND_AFTER_COUNTRY = r"(?<=ҚР\s)(?P<kind>СТ)\s"
STANDARD_KIND = "стандарты"
_STANDARD_WORD_AFTER = re.compile(r"\s+стандарт", re.I)
_GLOSS = r"(?:\s(?:\([^()\n]{1,80}\)|«[^«»\n]{1,80}»|\"[^\"\n]{1,80}\"|“[^“”\n]{1,80}”))?"
_LISTED = rf"(?:(?:,|\s(?:және|мен|немесе))\s\d+(?:\.\d+)+{_GLOSS})*"
_HEAD_AFTER = rf"(?={_GLOSS}{_LISTED}(?:-|\s(?:жол\s)?)(?:{_SECTION_HEADS}))"
_MARK_BEFORE = "|".join(rf"(?<=\b{mark.replace(' ', '[ ]')}\s)" for mark in STANDARD_MARKS)  # the pattern is verbose
# A radio frequency opening a line is no section's number (105.6 FM толқынында, 101.4 МГц): a decimal, read so.
_FREQUENCY_AFTER = r"(?!\s*(?:FM|ФМ|МГц|кГц)\b)"
# A teaching document's code puts a slashed part and its year after the section number (042-16.1.32/03-2013, its
# hyphens maybe dashes: 042–17.1.59/03–2014): the code is dictated, its section's points said нүкте and its slash
# слэш, the slashed part with its zero (нөл үш), and the year after its hyphen a count, as a standard's is. Without
# the year (1.2.3/4-тармақ) the slash is a pause and the points are not said.
_SLASHED = r"(?:/(?P<slashed>\d+)(?:[-–](?P<code_year>(?:19|20)\d\d)\b)?)?"
# A contents' line whose title a page put in small letters (1.1 білім берудегі жасанды интеллект ……… 10): its dotted
# leader to the page number makes the number a section's, as a capital after it does, not a decimal (бір бүтін оннан
# бір). Without the leader a small word after the number keeps the decimal (1.5 миллион).
_CONTENTS_LINE = rf"[ \t]+[{KAZAKH_LOWER}a-z][^\n]*?(?:\.{{4}}|…{{2}})"
# A contents' line may close its section's number with a bracket, spaced or not, before the title (2.1 ) Қазақстан
# қорықтары …, 2.2) Сипаттама): the bracket marks the number as the list's, a section's, not a decimal.
_BRACKET_TITLE = rf"[ \t]?\)[ \t]+[«\"“]?[{KAZAKH_UPPER}]"
# A section's title may be typed all in small letters with no leader after it (1.1 құқықтық жүйеде уақыттың көріну
# формалары): a line with no other number and no sentence's stop, its first word nothing a number measures, a unit,
# a scale, a span of time, people, a share or a score, with an ending or none (2.5 миллион теңге бөлінді, 1.5 литр
# су, 2.5 жыл keep the decimal), its chapter one digit (- 40.5 дейін is a measure's).
# Or a subsection's number stands between the section's and its title (1.3 1 Табиғи жағдайлары). Neither follows a
# decimal.
_SCALES = "|".join(name for _, name in SCALES)
_MEASURED = rf"(?:{_SCALES}|млн|млрд|есе|жыл|ай|апта|күн|тәулік|сағат|минут|секунд|адам|кісі|пайыз|балл|рет)"
_SMALL_TITLE_LINE = (
    rf"(?<!\d\d\.\d)(?<!\d\d\.\d\d)[ \t]+(?!{_MEASURED}[{KAZAKH_LOWER}]{{0,4}}(?![\w-]))[{KAZAKH_LOWER}][^\d\n.!?]*$"
)
_SUBSECTION_TITLE = rf"[ \t]+\d{{1,2}}[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}]"
# The same code may hyphen a group of its own before the section's number (042-18-12.1.27/03-2013): a code's part
# as the zero-led one before it, said as a count (он сегіз), not the rank a hyphen would make of it (он сегізінші);
# the zero-led one is the code's series, dictated as any code's group is, its zero said and the rest counted
# (042 → нөл қырық екі), as a document's № 075 is.
_CODE_LEAD = r"(?:(?P<lead>0\d{2}(?:[-–]\d{1,2})?)[-–])?"
SECTION = re.compile(
    rf"""(?<![\w.,])(?:{_CODE_LEAD}(?P<multi>\d+(?:\.\d+){{2,}}){_SLASHED}
    |^{LINE_OPENING}(?P<two>\d{{1,2}}\.\d+){_FREQUENCY_AFTER}
    (?=\.\**(?:\s|$)|[ \t]+[«"“]?[{KAZAKH_UPPER}A-Z]|\.?[{KAZAKH_UPPER}][{KAZAKH_LOWER}]|{_CONTENTS_LINE}
    |{_BRACKET_TITLE}|{_SMALL_TITLE_LINE}|{_SUBSECTION_TITLE})
    |^[ \t]*(?P<spaced>\d{{1,2}}\.[ ]\d{{1,2}})(?=[ \t]+[«"“]?[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z])
    |^{LINE_BULLETS}(?P<comma>\d{{1,2}},\d{{1,2}})(?=\.[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}])
    |(?P<headed>\d+\.\d+)(?![.,]?\d){_HEAD_AFTER}
    |(?:{_KIND_AFTER_COUNTRY}|{_MARK_BEFORE})(?P<standard>\d+\.\d+)(?![.,]?\d)(?:-(?P<year>(?:19|20)\d\d)\b)?)
    (?:\.\**)?(?:-(?P<suf>{SUFFIX}))?""",
    re.X | re.M,
)


# A line's two-part number before a unit is a decimal, a file's size under a download header (Размер: / 513.74 Кб,
# 1.33 Мб), not a section titled Кб: left for the measure's rule. A heading's first word is no unit (1.2 Мемлекеттік
# тіл, 1.3 Джунгар қақпасы).
_WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)(?![\w-])")


def _unit_after(match: re.Match[str]) -> bool:
    after = _WORD_AFTER.match(match.string, match.end())
    return bool(after) and (after["word"] in abbr.of_kind("unit") or after["word"] in abbr.unit_words())


def speak_section(match: re.Match[str]) -> str:
    """2.3.1-тармақ, "1.1 Отан тарихы", 07.00.02, 3.24 белгісі, ГОСТ 7.32-2017: each part a number, a code part digit
    by digit; a title typed onto the number (3.1Сапаны) is set apart."""
    if match["two"] and _unit_after(match):
        return match.group()
    parts = re.findall(
        r"\d+",
        match["multi"] or match["two"] or match["spaced"] or match["comma"] or match["headed"] or match["standard"],
    )
    spoken = [_code_part(p) for p in re.findall(r"\d+", match["lead"] or "")]
    if match["code_year"]:
        spoken += [" нүкте ".join(_code_part(p) for p in parts), "слэш", _code_part(match["slashed"])]
    else:
        spoken += [_code_part(p) for p in parts]
    if match["slashed"] and not match["code_year"]:
        spoken[-1] += ","  # a slashed part with no year (1.2.3/4-тармақ) is a pause, as between words
        spoken.append(_code_part(match["slashed"]))
    if year := match["year"] or match["code_year"]:
        spoken.append(f"– {cardinal_of(year)}")
    if match["kind"]:
        named_after = _STANDARD_WORD_AFTER.match(match.string, match.end())
        spoken.insert(0, abbr.spell(match["kind"]) if named_after else STANDARD_KIND)
    suffix = match["suf"]
    glued = match.string[match.end() : match.end() + 1].isalpha()
    if suffix and hyphenated_word(suffix):
        spoken[-1] = ordinal_of(cardinal_of(match["slashed"] or parts[-1]))
        return " ".join(spoken) + ("" if ORDINAL_MARKER.match(suffix) else f" {suffix}")
    return attach(" ".join(spoken), suffix) + (" " if glued else "")


# A paragraph of a code or of rules named by its sign: the sign before the number (§2. Микрокредит беру шарттары) or
# after it with the case the sentence gives it (Заңның 5 §-ында) is the word, and the number its place, said first as
# 5-параграф is: екінші параграф, бесінші параграфында. A sign before a range (§ 1-3) is left to the number rules.
PARAGRAPH = re.compile(
    rf"(?<![\w§])§[^\S\n]?(?P<n>\d{{1,3}})(?![\d,.]\d|[^\S\n]?[-–]\s?\d|\w)"
    rf"|(?<![\w.,§])(?P<m>\d{{1,3}})[^\S\n]?§(?!§)(?:-(?P<suf>{SUFFIX}))?(?![\w-])"
)
PARAGRAPH_SIGN = re.compile("§")


def speak_paragraph(match: re.Match[str]) -> str:
    """§2 → екінші параграф; 5 §-ында → бесінші параграфында."""
    return f"{ordinal_of(cardinal_of(match['n'] or match['m']))} {attach('параграф', match['suf'])}"


# A contents line's page span closing it, the two pages written with a full stop (1.1. Патент құқығы… 9.13, КІРІСПЕ
# 4.8, I.ТАРАУ. … 9.42): on a line opened by a section's number or a Roman numeral with its full stop and holding no
# other number, or on a heading in capitals, maybe after its chapter's number (2 БАСТЫ СОТ ТАЛҚЫЛАУЫ 21.37), or after
# a leader's dots (… 1950.1960 жылдар ... ... 27.55), a first page no later than the last is a span, never a decimal.
CONTENTS_PAGES = re.compile(
    r"(?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_][.»\"][ \t])|(?<=\.\.[ \t])|(?<=\.\.\.)|(?<=\.[ \t]\.)|(?<=…))"
    r"(?P<first>\d{1,3})\.(?P<last>\d{1,3})(?=[ \t]*$)",
    re.M,
)
CONTENTS_PAGES_NEEDS = re.compile(r"\d\.\d+[ \t]*(?:\n|$)")  # what every span holds: a line closing on it
_CONTENTS_HEAD = re.compile(
    rf"{LINE_BULLETS}(?:(?:\d+\.(?:\d+\.?)*|[IVXLІХ]{{1,6}}(?:\.|[ \t]))[^\d\n]*"
    rf"|(?:\d{{1,2}}[ \t]+)?[{KAZAKH_UPPER}][{KAZAKH_UPPER} \t.,-]*)"
)


_LEADER = re.compile(r"(?:[.…][ \t]?){3,}$")  # the dots a contents line leads its pages with


def speak_contents_pages(match: re.Match[str]) -> str:
    """9.13 closing a contents line: тоғыз – он үш; on any other line, or a first page after the last, a number
    the rules after this one read."""
    first, last = int(match["first"]), int(match["last"])
    head = line_before(match.string, match.start())
    if first > last or not (_CONTENTS_HEAD.fullmatch(head) or _LEADER.search(head)):
        return match.group()
    return f"{cardinal(first)} – {cardinal(last)}"


# A version: a number with a point after a name that counts its generations (Web 3.0, «Индустрия 4.0.»), an
# operating system's or a standard's name (Android 5.0, iOS 16.4.1, Bluetooth 5.3) or a programming language's or a
# framework's (Python 2.0, PHP 8.1, Django 4.2), or before нұсқа/версия (2.0 нұсқасы), is no decimal; it is read
# part by part with нүкте: үш нүкте нөл, он алты нүкте төрт нүкте бір.
VERSION_NAMES = ("Web", "Веб", "веб", "Индустрия", "Industry", "Industrie")
PLATFORM_NAMES = ("Android", "iOS", "iPadOS", "macOS", "watchOS", "Windows", "Bluetooth", "USB", "HTML")
# Names that are also words or people's names (Go, Julia, R, C) are left out: the number after them may be a count.
LANGUAGE_NAMES = (
    "Python",
    "Java",
    "JavaScript",
    "TypeScript",
    "ECMAScript",
    "PHP",
    "Perl",
    "Ruby",
    "Kotlin",
    "Swift",
    "Scala",
    "Rust",
    "Dart",
    "Lua",
    r"Node\.js",
    "Django",
    "Laravel",
    "Angular",
    "React",
    "Vue",
    "Flutter",
)
_NAME_BEFORE = "|".join(rf"(?<=\b{name}\s)" for name in VERSION_NAMES + PLATFORM_NAMES + LANGUAGE_NAMES)
# After any Latin word, a product's or a course's name (Pipeline 3.0, Firmware 2.0, Engine 5.1.2), a number whose
# point is followed by a lone 0, or one of three parts, is a version too: no decimal is written so after a name.
_LATIN_WORD_BEFORE = r"(?<=[a-z]\s)"
_GENERATION = r"\d{1,2}(?:\.0|(?:\.\d{1,2}){2})"
VERSION = re.compile(
    rf"(?<![\w.,])(?:(?:{_NAME_BEFORE})(?P<named>\d+(?:\.\d+)+)|{_LATIN_WORD_BEFORE}(?P<generation>{_GENERATION})"
    rf"|(?P<headed>\d+\.\d+)(?=-?\s?(?:нұсқа|версия)))"
    rf"(?![.,]?\d)(?:\.(?=[\s»\"”)]|$))?(?:-(?P<suf>{SUFFIX}))?"
)


def speak_version(match: re.Match[str]) -> str:
    """Web 3.0, Android 5.0, Pipeline 3.0, 2.0 нұсқасы: the parts joined by нүкте, a suffix on the last (4.0-ге →
    төрт нүкте нөлге)."""
    parts = (match["named"] or match["generation"] or match["headed"]).split(".")
    return attach(" нүкте ".join(cardinal_of(part) for part in parts), match["suf"])


# A tax form's number, three digits, a point and two (270.00-нысан, 910.00 нысаны, ФНО 200.00-ді): a form's code,
# not a decimal, named by the form word after it or the form word or ФНО before it.
_FORM_WORD = r"(?:нысан|форма|ФНО)"
_FORM_WORD_BEFORE = "|".join(rf"(?<={word}\s)" for word in ("нысан", "нысаны", "форма", "формы", "ФНО"))
FORM_NUMBER = re.compile(
    rf"(?P<named>{_FORM_WORD_BEFORE})?(?<![\w.,])(?P<whole>\d{{3}})\.(?P<part>\d{{2}})(?![\w.,]\d)"
    rf"(?(named)(?:-(?P<suf>{SUFFIX})(?![\w-]))?|(?P<gap>[-\s])(?={_FORM_WORD}))"
)
FORM_NUMBER_NEEDS = re.compile(r"\d{3}\.\d{2}")


def speak_form_number(match: re.Match[str]) -> str:
    """A form's code reads its number, then the two digits after the point one by one: екі жүз жетпіс нөл нөл."""
    spoken = f"{cardinal_of(match['whole'])} {digits(match['part'])}"
    return spoken + " " if match["gap"] else attach(spoken, match["suf"])


# A point of an article cited by its number: 2), a sub-point 4-1), and a range of them 151)-153).
_POINT = r"\d{1,3}(?:-\d{1,3})?"
# A year or a range of years written onto an item's number, then a year's word: 1.2022-2024 жылдарға
# (a decimal takes no such word).
_YEARS_GLUED = r"(?:1[89]|20)\d\d(?:\s?[-–]\s?(?:1[89]|20)\d\d)?\s+жыл"
# A Roman century or a range of them written onto an item's number, then the century's word: 6.XI-XIIғ.ғ, 9.Xғ.
_CENTURY_GLUED = r"[IVXІХ]{1,7}(?:\s?[-–]\s?[IVXІХ]{1,7})?\s?ғ"
# A Roman number heads a line before its title ("I. Кіріспе", "ІІ . Шу"), or typed onto it in a table of contents
# whose line dot leaders and a page close (І.Сапа жүйесі ... ...5): a heading, not a name's initial; so does one
# after a label's colon, a lesson plan's first stage run onto its label (Сабақтың барысы: І. Қызығушылықты ояту).
# A machine-translated page may lose the title's capital (I. фолий қышқылы): a Kazakh word in small letters after
# the numeral and its stop heads the line as well; no surname is written small, and a Latin I then is no English word.
_CONTENTS_TITLE = rf"[«\"“]?[{KAZAKH_UPPER}][{KAZAKH_LOWER}][^\n]*?\.{{2,}}[ \t]*\d+[ \t]*$"
# A surname after the dot, or a second initial, makes a lone letter a person's initial, not a heading's number (Х.
# Досмұхамедовтың, І. Жансүгіров, Х. Д. Досмұхамедов): a surname's ending, with a case ending or none, in either
# script (Kh. Dosmukhamedov is read back as Х.).
SURNAME_ENDING = r"(?:ов|ев|ин|ұлы|қызы|ov|ev|in|uly|kyzy)а?"
_CASE_ENDING = r"(?:тың|тің|ның|нің|ға|ге|қа|ке|ты|ті|ны|ні|пен|бен|мен|тан|тен|нан|нен|та|те|на|не)?"
# A lesson plan's stage, its numeral's stop typed onto the stage's Kazakh word (I.Ұйымдастыру, II.Үй жұмысы): an item,
# as no English pronoun I takes a stop before a Kazakh word; a surname so glued (І.Жансүгіров) is an initial's.
_STAGE_WORD = rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{3}}"
_SURNAME_AFTER = (
    rf"[ \t]*[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]+?{SURNAME_ENDING}{_CASE_ENDING}(?![\w-])"
    rf"|[ \t]*[{KAZAKH_UPPER}A-Z]\.[ \t]?\w"
)
# A district decree's drafter may type a hyphen onto a cited sub-point's bracket, as onto a number before its case
# ending (14)- тармақшасына, 1)- тармақшасына), or join the bracket to the word with it (6)-тармақшасын): the hyphen
# joins nothing, and the point is read as 14) тармақшасына, the word set apart.
_DASH_TO_SUBPOINT = r"(?:-(?=[ \t]*тармақша))?"
_AFTER_POINT = r"(?=,?[ \t]+\w|(?<=-)тармақша)"  # a word after a space, or the sub-point's word after the hyphen
# A year heading a line with a stop, before its entry's first word (a timeline's "2008. Уитни Хьюстон ... келген"):
# the year the entry tells of, said as a year with its word (екі мың сегізінші жыл.), not a count; the stop kept.
_HEADING_YEAR = r"(?:1[89]|20)\d\d"
# A list's number opening a line glued to its item's first word, capitalised or in capitals as a contents page's
# heading is (1.Ескірген, 2.ҚАРАПАЙЫМ МАТЕМАТИКАЛЫҚ ҰҒЫМДАР), is its marker, the space lost.
# A rule book's point runs into the hundreds (284. Лауазымдық міндеттері:): three digits and a stop opening a line,
# before a capitalised word, are its point, an ordinal as a list's 12. is; mid-line, or before a number or a small
# letter (сағат 150. ол), a number stays a count.
# A test's question number run onto the fraction it asks about (14.81/23 бөлшегін аралас сан түрінде жазыңыз): a
# fraction and a word in small letters after it, no decimal over a number.
_FRACTION_GLUED = rf"\d{{1,3}}/\d{{1,3}}[ \t]+[{KAZAKH_LOWER}]"
LIST_MARKER = re.compile(
    rf"(?:^|(?<=[;:.)?!]\s))(?P<indent>{LINE_OPENING})(?P<n>\d{{1,2}})(?P<both>\)\.)?(?(both)|[.)])"
    rf"(?=[ \t]+\S|[«“\"](?=\w)|[{KAZAKH_UPPER}][{KAZAKH_LOWER}{KAZAKH_UPPER}]|{_YEARS_GLUED}|{_CENTURY_GLUED}"
    rf"|{_FRACTION_GLUED}"
    r"|(?P<empty>[ \t]*$))"  # nothing after the stop, the page cut there: an item when the one before is n - 1
    rf"|(?<![\w.,(-])(?P<n2>{_POINT})\)(?:\s?[-–—]\s?(?P<last>{_POINT})\))?{_DASH_TO_SUBPOINT}{_AFTER_POINT}"  # 4), 6)
    rf"|(?:^|(?<=[^\W\d_]:[ \t]))(?P<rindent>{LINE_BULLETS})(?P<roman>[IVXІХҮ]{{1,6}})[ \t]?\.(?!{_SURNAME_AFTER})"
    rf"(?=[ \t]+[{KAZAKH_UPPER}A-Z]|[ \t]+[{KAZAKH_LOWER}]{{2,}}|{_CONTENTS_TITLE}|{_STAGE_WORD})"
    rf"|^(?P<yindent>[ \t]*)(?P<year>{_HEADING_YEAR})\.(?=[ \t]+[{KAZAKH_UPPER}A-Z])"  # 2008. Уитни Хьюстон
    # тұратын 2. Әжесі; болу [1] 2. «Ана тілі»
    rf"|(?<=[{KAZAKH_LOWER}\d,\]] )(?P<inline>\d{{1,2}})\.(?=[ \t]+[«\"“]?[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
    # 284. Лауазымдық, a quoted name or an initialism opening the item too (103. «Тори» қай партияның, 108. АҚШ ...)
    rf"|^(?P<pindent>[ \t]*)(?P<point>[1-9]\d\d)\.(?=[ \t]+(?:[«\"“]?[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2}}"
    rf"|[{KAZAKH_UPPER}]{{2,}}[ \t]+[{KAZAKH_LOWER}]))",
    re.M,
)
# An item of a list run into one line, its sentence without a stop before the next number (Мысалы: 1. Демалыс сайын
# кездесіп тұратын 2. Әжесі ертегіні …): a number and a stop after a small-letter word, before a capitalised one, is
# the next item where the line has already opened every one before it (1. after a colon or a stop, 2. so run in);
# "сағат 5. Ол" without 1. to 4. before it on its line stays a number. Items parted by commas run the same way
# («Үштік»: 1. Аса маңызды кеңес, 2. Сот, 3. Әскери трибунал): a comma before the next number is its item's opening.
_INLINE_BEFORE = re.compile(rf"(?:^|[:;.!?,]\s|[{KAZAKH_LOWER}] )[ \t]*(\d{{1,2}})\.\s")
# A test typed on one line runs its next question's number on after the last option (E) 6 2. Жалғаудың неше түрі бар?,
# E) стилистика 5. Термин сөзді …): a number and a stop after an option's value, no sentence's end between, before a
# capitalised word, is the next question's, an ordinal; "сағат 5 6. Ол" with no option before stays a number.
# A line may go on with a list the lines before it began (4. Сен далада футбол ойна 5. Сәрсен ... 6. Сіздер ...): the
# item opening the line is where its run of items starts, every one up to the next run in after it.
_LINE_OPENING_ITEM = re.compile(r"[ \t]*(\d{1,2})\.\s")


def _first_item(line: str) -> int:
    """The number of the item that opens the line, or 1 where none opens it."""
    opening = _LINE_OPENING_ITEM.match(line)
    return int(opening.group(1)) if opening else 1


# A list's first item run onto the heading it opens under, the line's break lost (Мазмұны 1. Глоссарий 2. Дәрістер;
# Жалпы ережелер 1. Жеңіл ақыл-ой ...), or onto the title its section was numbered by (... 1 Глоссарий 1. Алаш
# қозғалысы): a title of up to three words, the first capitalised, opening the line or after its own number, then 1.
# before a capitalised word. Opening the line, the title is one of two words where no 2. follows on it, and no
# pronoun opens it: a sentence's subject heads no list (Бұл оның сөзі1. Ол ..., a footnote's mark). A time or a
# measure ending a sentence (Біз сағат 1. Ол келді), or a quantity or an age whose value the number is (Ұпай саны 1.
# Келесі ..., Оның жасы 1. Ол ...), is no title's.
_TITLE_BEFORE_FIRST_ITEM = re.compile(
    rf"(?:\A|(?P<numbered>\d)[ \t]+)(?P<first>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)"
    rf"(?P<more>(?:[ \t]+(?P<last>[{KAZAKH_LOWER}]+)){{0,2}})[ \t]+\Z"
)
_MEASURE_OR_QUANTITY = re.compile(rf"{_MEASURED}[{KAZAKH_LOWER}]{{0,4}}|жас[ыі]|{'|'.join(QUANTITY_NAMES)}")
# The pronouns and the stems their case forms are made on (о|ның, бұ|ған, ме|нің, олар|дың): a sentence's words.
_PRONOUNS = frozenset(("бұл", "ол", "осы", "сол", "мына", "мен", "сен", "біз", "сіз", "олар", "кім", "не"))
_PRONOUN_STEMS = ("о", "бұ", "мұ", "со", "осы", "мына", "ме", "се", "біз", "сіз", "олар", "кім")
_SECOND_ITEM = re.compile(rf"[ \t]2\.[ \t]+[«\"“]?[{KAZAKH_UPPER}]")
_SHORT_TITLE_WORDS = 2


def _title_before_first_item(line: str, after: str) -> bool:
    """Whether LINE, the text before the 1., ends on a list's title; AFTER is the rest of the line."""
    title = _TITLE_BEFORE_FIRST_ITEM.search(line)
    if title is None or _MEASURE_OR_QUANTITY.fullmatch((title["last"] or title["first"]).lower()):
        return False
    if title["numbered"] or _SECOND_ITEM.search(after):
        return True
    words = [title["first"].lower(), *title["more"].split()]
    short = len(words) <= _SHORT_TITLE_WORDS
    return short and not any(map(_pronoun, words)) and not is_verb_form(words[-1])  # a title is no sentence


def _pronoun(word: str) -> bool:
    """бұл, оның, бұған, менің: a pronoun or its case form, a sentence's word, no title's."""
    return word in _PRONOUNS or any(
        word.startswith(stem) and parse_suffixes(word[len(stem) :]) is not None for stem in _PRONOUN_STEMS
    )


# A test's question closes on the marks it is worth in square brackets (... жанында болу [1] 2. «Ана тілі» өлеңінің):
# the number and stop after them open the next question, an ordinal.
_QUESTION_MARK_BEFORE = re.compile(r"\[\d{1,2}\][ \t]*\Z")
_AFTER_OPTION = re.compile(rf"(?:^|\s)(?:[^\W\d_]|{abbr.OPTION_LETTER_NAMES})\)[^()\n.!?:;]*\Z")
LIST_MARKER_NEEDS = re.compile(r"[\dIVXІХҮ][ \t]?[.)]")  # a number or a Roman numeral, then its stop or bracket


# A list whose items' bullet, number and heading a page set in cells of their own, each scraped onto a line (an
# event plan's stages: "-", "1", "Ұйымдастыру кезеңі", "-", "2", "Мақсат пен міндеттерді анықтау"): a number of one
# or two digits alone on its line, under a line of a bullet alone and over a line opening with a capital, is its
# item's number, an ordinal, where the next or the one before so stands too; a number alone under a word (a table's
# count, a page's number), or under a dash with no such neighbour (a table's empty cell), is left.
BULLETED_NUMBER_LINE = re.compile(rf"(?<=^[-–—•·▪]\n)(?P<n>\d{{1,2}})(?=[ \t]*\n[ \t]*[{KAZAKH_UPPER}A-Z])", re.M)
BULLETED_NUMBER_LINE_NEEDS = re.compile(r"\n\d{1,2}[ \t]*\n")  # a number alone on a line (`Rule.needs`)


def speak_bulleted_number_line(match: re.Match[str]) -> str:
    """A bullet's line, then 1, then Ұйымдастыру кезеңі: бірінші, where 2 so stands after it (or n - 1 before n); a
    lone one (a table's dash for nothing, then a count) is left."""
    n = int(match["n"])
    text = match.string
    if n > 1:
        neighbour = re.search(rf"^[-–—•·▪]\n{n - 1}[ \t]*\n", text[: match.start()], re.M)
    else:
        neighbour = re.search(r"^[-–—•·▪]\n2[ \t]*\n", text[match.end() :], re.M)
    return ordinal(n) if neighbour else match.group()


# A test's answer options: a capital letter and a bracket or a stop opening an option (А) 1978ж, Б)Ресейде, В.Шаш),
# or the letter a key gives as the answer (Дұрыс жауабы: В): said by the letter's name (а, ә, бэ, вэ, гэ). A
# bracket alone marks an option; a stop could close a person's initial, so it marks one only among the options of
# a run, three letters in alphabet order with stops in the text (А. Ә. Б., A. B. C.), and not before a surname
# (Ә.Бөкейханов). An option cut from its run opens its line with a phrase of common words (В.Міндеттемелік құқық,
# С. Сатып алу-сату шарты): a dictionary word, no surname, a small-letter word after it and no sentence's stop; a
# signature's initial stands before a name (С. Сейфуллин) or alone on its line (Ә.Қасым), a sentence's opening
# initial before a name the dictionary holds too ends in a stop (Б. Жақып бүгін айтты.). Latin letters (A) B) C))
# and Cyrillic ones in their order (А) В) С), a run with С) are named as any lone Latin letter is (эй, би, си, ди), as
# an answer key's D) is read ди; a run that goes on to a Cyrillic Д) is Cyrillic (below).
_OPTION_ALPHABETS = ("АӘБВГҒДЕ", "АВСДЕ", "ABCDEFGH")
_OPTION_LETTER = "[АӘБВГҒДЕСA-H]"
_OPTION_START = r"(?:^|(?<=\s))"
OPTION_MARKER = re.compile(
    rf"(?P<letter>{_OPTION_LETTER})(?<!\S.)(?P<mark>[.)])[ \t]*(?:(?=[^\s.,;:)])|(?P<bare>(?<=\))$))"  # letter first
    rf"|(?P<key>(?<!\w)[Жж]ауа(?:бы|п)\s?[:–-]?\s?)(?P<answer>{_OPTION_LETTER}(?:,\s?{_OPTION_LETTER})*)(?!\w|\.\w)",
    re.M,
)
_KEY_LETTER = re.compile(_OPTION_LETTER)
# What every option holds (`Rule.needs`): its letter and mark, or the key's word.
OPTION_MARK = re.compile(rf"[.)Жж](?:(?<={_OPTION_LETTER}[.)])|(?<=[Жж])ауа[бп])")  # from the mark or the word
# An option's letter and bracket are no word of the sentence's language (А) and В) are no Russian words).
OPTION_BRACKET = re.compile(rf"{_OPTION_START}{_OPTION_LETTER}\)")
_STOPPED_OPTION = re.compile(rf"{_OPTION_START}({_OPTION_LETTER})\.(?=[ \t]*[^\s.,;:)])", re.M)
_LATIN_ORDERED_RUN = re.compile(rf"{_OPTION_START}С[.)]", re.M)
# ...and so is a run of bracketed options whose В) follows А) with no Б) or Ә) between, as Kazakh's alphabet has them
# (А) халық В) ру, the page cut before its С)): В there is the Latin B typed in Cyrillic; А) Ә) Б) В) stays Kazakh.
_LATIN_B_AFTER_A = re.compile(rf"{_OPTION_START}А\)(?:(?!{_OPTION_START}[ӘБ]\)).)*?{_OPTION_START}В\)", re.S)
_LATIN_TWINS = dict(zip("АВСДЕ", "abcde", strict=True))
_TWIN_OF = {**dict(zip("АВСДЕ", "ABCDE", strict=True)), **dict(zip("ABCDE", "АВСДЕ", strict=True))}
# ...but not a run that puts Б) in B's place (А) 810 Б) 81 С) 118 Д) 18): its writer typed Cyrillic letters, and a
# Б is no Latin letter, so the run's С) and Д) are the Cyrillic letters too (эс, дэ), as its А) and Б) are (а, бэ).
# Looked for near the option, its run: a test's other runs may be Latin.
_CYRILLIC_B_RUN = re.compile(
    rf"{_OPTION_START}А\)(?:(?!{_OPTION_START}[АӘВ]\)).)*?{_OPTION_START}Б\)(?:(?!{_OPTION_START}[АӘВ]\)).)*?"
    rf"{_OPTION_START}С\)",
    re.S,
)
# So is a run that puts Д) in D's place after its В) and С) (А) 28 В) 33 С) 32 Д) 29): Д is no Latin letter, and a
# maths or literature test typed so reads its look-alikes by their Cyrillic names too (а, вэ, эс, дэ, е). A Latin
# letter opening an option in a run that has none of Kazakh's own letters (D) 6800 м Е) 5600 м) makes its look-alikes
# Latin all the same (и).
_CYRILLIC_D_RUN = re.compile(
    rf"{_OPTION_START}В\)(?:(?!{_OPTION_START}[ABCD]\)).)*?{_OPTION_START}С\)(?:(?!{_OPTION_START}[ABCD]\)).)*?"
    rf"{_OPTION_START}Д\)",
    re.S,
)
_KAZAKH_ALPHABET_OPTION = re.compile(rf"{_OPTION_START}[ӘБГҒ]\)")
_LATIN_OPTION = re.compile(rf"{_OPTION_START}[A-H]\)")
_RUN_REACH = 200  # characters either side of an option that its run may take
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
_PHRASE_NEXT = re.compile(rf"[ \t]*(?P<word>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)[ \t]+[{KAZAKH_LOWER}][^.!?\n]*$", re.M)
_SURNAME_NEXT = re.compile(
    rf"[ \t]?[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+?(?:ов|ев|ин|ұлы|қызы)а?"
    r"(?:тың|тің|ның|нің|ға|ге|қа|ке|ты|ті|ны|ні|пен|бен|мен|тан|тен|нан|нен|та|те|на|не)?(?![\w-])"
)


def _opens_phrase_alone(match: re.Match[str]) -> bool:
    """Whether a stopped option opens its line before a phrase of common words, its run not in the text."""
    text = match.string
    phrase = _PHRASE_NEXT.match(text, match.end("mark"))
    return (
        phrase is not None
        and _LINE_OPENING.search(text, max(0, match.start() - 20), match.start()) is not None
        and not _SURNAME_NEXT.match(text, match.end("mark"))
        and bool(known_stem(phrase["word"]))
    )


def _in_option_run(letter: str, text: str) -> bool:
    """Three letters in alphabet order, this one among them, each opening an option with a stop in the text, in that
    order; a Latin letter typed among Cyrillic look-alikes (А. В. С. D. Е.) holds its twin's place in the run, and the
    twin its."""
    found = [{stop, _TWIN_OF.get(stop, stop)} for stop in _STOPPED_OPTION.findall(text)]
    for alphabet in _OPTION_ALPHABETS:
        at = alphabet.find(letter)
        windows = (alphabet[start : start + 3] for start in range(max(at - 2, 0), at + 1)) if at >= 0 else ()
        if any(len(window) == 3 and _in_alphabet_order(window, found) for window in windows):
            return True
    return False


def _in_alphabet_order(window: str, found: list[set[str]]) -> bool:
    """Whether the window's letters open options in the text in their alphabet's order (А. … Ә. … Б. …), as a test
    writes them; a results list's initials come in the order of their names (Б. Базарбаев пен Е. Жадрисов … В. Ли,
    Ә. Жанд), and an Ә after the В is no run."""
    wanted = iter(window)
    letter = next(wanted)
    for stop in found:
        if letter in stop:
            letter = next(wanted, None)
            if letter is None:
                return True
    return False


def option_name(letter: str, text: str, run: str | None = None) -> str:
    """The name of an option's letter: a Kazakh letter's (бэ, вэ), or a Latin one's as any lone Latin letter is
    named (си, ди). RUN is the text around the option, where a run with Б) or Д) in B's or D's place keeps it
    Cyrillic and a Latin letter's option makes it Latin."""
    if letter.isascii():
        return abbr.LATIN_LETTER_NAMES[letter.lower()]
    if letter in _LATIN_TWINS and _typed_for_latin(text, run):
        return abbr.LATIN_LETTER_NAMES[_LATIN_TWINS[letter]]
    return abbr.spell(letter)


def _typed_for_latin(text: str, run: str | None) -> bool:
    """Whether the look-alike letters of the options are Latin ones typed in Cyrillic."""
    if run is not None and _LATIN_OPTION.search(run) and not _KAZAKH_ALPHABET_OPTION.search(run):
        return True
    if run is not None and (_CYRILLIC_B_RUN.search(run) or _CYRILLIC_D_RUN.search(run)):
        return False
    return bool(_LATIN_ORDERED_RUN.search(text) or _LATIN_B_AFTER_A.search(text))


# The last option's letter may close its line with its value cut off (Жауаптары: А) 2 В)): a marker still, where an
# option opens earlier on the line.
_OPTION_EARLIER_ON_LINE = re.compile(rf"{_OPTION_START}{_OPTION_LETTER}\)[^\n]*\Z")


def speak_option_marker(match: re.Match[str]) -> str:
    if match["key"] is not None:
        return match["key"] + ", ".join(_key_names(match["answer"], match.string))
    letter, mark, text = match["letter"], match["mark"], match.string
    if match["bare"] is not None and not _OPTION_EARLIER_ON_LINE.search(line_before(text, match.start())):
        return match.group()
    if (
        mark == "."
        and (_SURNAME_NEXT.match(text, match.end("mark")) or not _in_option_run(letter, text))
        and not _opens_phrase_alone(match)
    ):
        return match.group()
    run = text[max(0, match.start() - _RUN_REACH) : match.end() + _RUN_REACH]
    return f"{option_name(letter, text, run)}) "  # a bracket for a stop too: "а." would be ауыл's abbreviation


def _key_names(answer: str, text: str) -> list[str]:
    """The names of a key's letters (Дұрыс жауабы: A,В,С): a list opened by a Latin letter is Latin throughout, its
    Cyrillic look-alikes (В, С typed among Latin options) named as their Latin twins (эй, би, си)."""
    letters = _KEY_LETTER.findall(answer)
    latin = letters[0].isascii()
    return [
        abbr.LATIN_LETTER_NAMES[_LATIN_TWINS[letter]] if latin and letter in _LATIN_TWINS else option_name(letter, text)
        for letter in letters
    ]


# A test bank's braced field and its sign ({Дұрыс жауабы}=A, {Курс}=4, {Оқулық}=Абдулаев …), as test banks for
# university exams are exported: the field's name said as a heading before its value (Дұрыс жауабы: A), the braces and
# the sign being the file's, not an equation's (тең). A brace opening a field at the line's start, its name a few
# words without a sign, and the sign straight after the closing brace.
BRACED_FIELD = re.compile(r"^\{(?P<name>[^{}=\n]{1,40})\}[ \t]?=[ \t]?", re.M)
BRACED_FIELD_NEEDS = re.compile(r"\}[ \t]?=")
# A test bank's question mark, a run of dollar signs before the question's number ($$$001, or a space apart opening
# its line, or three and more apart anywhere: $$$ 1): the file's separator, no sum of money; said as nothing, the
# number after it read as written (нөл нөл бір, бір). Inside a line, "$$ 5" stays money. So is one dollar opening its
# line before a number padded with zeros ($ 001 Механикадағы, $002 Орын ауыстыру): a question's number, as no price
# is written ($05 is not five dollars).
QUESTION_MARK = re.compile(r"\${2,}(?=\d|[ \t]*$)|(?:^\${2,}|\${3,})(?=[ \t]\d)|^[ \t]*\$(?=[ \t]?0\d)", re.M)
QUESTION_MARK_NEEDS = re.compile(r"\$(?:\$|[ \t]?0\d)")
# A star after an answer option's bracket marks the right answer in a test bank (B) *50м, А) *F= ВI, B) * P =): the
# bank's mark, said as nothing, not a sign to multiply the formula after it by.
RIGHT_ANSWER_STAR = re.compile(rf"(?<={_OPTION_START}{_OPTION_LETTER}\))[ \t]*\*(?=[ \t]*\S)", re.M)
RIGHT_ANSWER_STAR_NEEDS = re.compile(r"\)[ \t]*\*")


def speak_braced_field(match: re.Match[str]) -> str:
    return match["name"].strip() + ": "


# A Latin small letter opens a test's sub-question as well (a) 45 b) 150): its English name (эй), as a capital
# option's is, not the article a. A test typed with its options on one line (а) тау ә) жазық б) жыра) has the later
# markers after a word and a space: they are markers too where the line opens with one (not after a bracket or a
# number: а) А ( 5; 12 ) б) В is a point's label).
LETTER_MARKER = re.compile(
    rf"(?:^|(?<=[;:]\s)|(?P<inline>(?<=[^\W\d_][ \t])))(?P<indent>[ \t]*)(?P<letter>[{KAZAKH_LOWER}a-h])\)(?=[ \t]+\S)",
    re.M,
)
LETTER_MARKER_NEEDS = re.compile(rf"[{KAZAKH_LOWER}a-h]\)")  # what every marker holds (`Rule.needs`)
_LINE_OF_OPTIONS = re.compile(rf"[ \t]*[{KAZAKH_LOWER}a-h]\)[ \t]+\S")


def speak_letter_marker(match: re.Match[str]) -> str:
    """A lettered list marker, "а)" or "б)", is read as the letter's name (а, бы); a Latin "a)" as эй. One after a
    word is a marker only on a line of options, a line opening with a marker (ә) жазық б) жыра)."""
    text = match.string
    if match["inline"] is not None and not _LINE_OF_OPTIONS.match(text, line_start(text, match.start())):
        return match.group()
    return match["indent"] + abbr.spell(match["letter"])


def _point(number: str) -> str:
    """A cited point's number is an ordinal, a sub-point's only in its last part (4-1) → төрт бірінші), as 43-1-бабы
    is read."""
    *heads, last = number.split("-")
    return " ".join([*map(cardinal_of, heads), ordinal(int(last))])


def speak_list_marker(match: re.Match[str]) -> str:
    """List markers opening an item ("1)", "2.", a Roman "IV." heading a line) or citing one ("2) тармақша") are
    ordinals: бірінші; a year heading a line (2008.) is a year: екі мың сегізінші жыл."""
    if match["roman"]:
        value = roman_value(match["roman"])
        glued = match.string[match.end() : match.end() + 1].isalpha()  # І.Сапа: set apart
        return match["rindent"] + ordinal(value) + (" " if glued else "") if value else match.group()
    if match["year"]:
        return match["yindent"] + ordinal(int(match["year"])) + " жыл."
    if match["point"]:
        return match["pindent"] + ordinal(int(match["point"])) + "."
    if match["n2"]:
        line = line_before(match.string, match.start())
        closes_a_parenthesis = line.count("(") > line.count(")")  # "(Достық даңғылы, 162) жанындағы"
        if closes_a_parenthesis:
            return match.group()
        glued = match.group().endswith("-") and match.string[match.end() : match.end() + 1].isalpha()  # 6)-тармақша
        return _point(match["n2"]) + (f" – {_point(match['last'])}" if match["last"] else "") + (" " if glued else "")
    if match["inline"]:
        line = line_before(match.string, match.start())
        earlier = {int(n) for n in _INLINE_BEFORE.findall(line)}
        n = int(match["inline"])
        after_option = _AFTER_OPTION.search(line) is not None
        if match.string[match.start() - 2].isdigit() and not after_option:
            return match.group()  # a number after a number: the next question's only after an option's value
        run_in = any(first < n and earlier.issuperset(range(first, n)) for first in (1, _first_item(line)))
        if n == 1:
            titled = _title_before_first_item(line, line_after(match.string, match.end()))
            return ordinal(n) if titled else match.group()
        after_mark = _QUESTION_MARK_BEFORE.search(line) is not None
        return ordinal(n) if after_option or run_in or after_mark else match.group()
    if match["both"] and not dates.opens_line(match):
        return match.group()  # 2). Монғолиядағы opening its line has both marks typed; (сурет. 1). closes a bracket
    if match["empty"] is not None and not _follows_item(match):
        return match.group()  # a line of a number and its stop alone: a list's item only after the one before it
    if _is_option_value(match):
        return f"{match['indent']}{cardinal_of(match['n'])}."
    glued = not match.string[match.end() : match.end() + 1].isspace()  # 2.«Рощинское-...», 1.Ескірген: set apart
    return match["indent"] + ordinal(int(match["n"])) + (" " if glued else "")


# A number with its stop between two answer options (B) 4. C) 2. D)) is the first option's value, a count, not an
# item of a list.
_OPTION_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]{1,3}\)[ \t]*\Z")
_OPTION_AFTER = re.compile(r"[ \t]+[^\W\d_]{1,3}\)")


def _is_option_value(match: re.Match[str]) -> bool:
    text, start = match.string, match.start()
    return bool(_OPTION_BEFORE.search(text, max(0, start - 6), start) and _OPTION_AFTER.match(text, match.end()))


def _follows_item(match: re.Match[str]) -> bool:
    """The line before (blank lines aside) opens with the item numbered one less (5. «Дельта тревель»; then 6.)."""
    before = match.string[: match.start()].rstrip().rpartition("\n")[2].lstrip(' \t"«')
    return before.startswith((f"{int(match['n']) - 1}.", f"{int(match['n']) - 1})"))

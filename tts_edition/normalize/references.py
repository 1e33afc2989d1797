"""Bibliographic references: one reader for a reference's parts, each decided by the reference's shape.

A reference is written as its parts set off by a full stop and a dash ("Алматы: Ғылым, 1957. – 464 б."), or as a
citation in square brackets ("[15, б. 78]"). Its parts are read by what they are there, not by the number alone:
the year that closes the imprint is the year of publication (мың тоғыз жүз елу жетінші); a number before б./бет/с.
after the dash is the count of pages (төрт жүз алпыс төрт бет); a label before a number names the volume or page it
labels (Т. 2 → екінші том, Б. 12–18 → он екінші – он сегізінші беттер); a year in brackets after a quoted title is
the title's year ((2007) → екі мың жетінші жыл). Serial numbers (ISSN, ISBN) and a library class (УДК 81.25) are
codes, read part by part.
"""

from __future__ import annotations

import itertools
import re

from tts_edition.normalize import places
from tts_edition.normalize.abbreviations import LATIN_LETTER_NAMES
from tts_edition.normalize.marks import line_before
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, parse_suffixes
from tts_edition.normalize.numbering import SURNAME_ENDING
from tts_edition.normalize.numbers import cardinal_of, dictated, digits, ordinal_of

_YEAR = r"(?:1[5-9]\d{2}|20\d{2})"
_DASH = r"[–—-]"
_PART_LEAD = r"(?<![\w.-])"  # a label is a word of its own: not the end of an initial (Т.Ә.) or a word
# The labels a number follows in a reference, each with the noun it names and that noun's plural.
LABELS = {
    "Т": ("том", "томдар"),
    "Б": ("бет", "беттер"),
    "С": ("бет", "беттер"),
    "Бб": ("бет", "беттер"),
}
_LABEL = "|".join(sorted(LABELS, key=len, reverse=True))

# After the full stop (or comma) and dash that set a reference's part off: "1957. – 464 б.", "2001.– 25 б."; or
# after the year's word, clipped, and the dash, as a collection's imprint line runs them together (2026 ж-31б).
_AFTER_STOP_DASH = (
    r"(?:(?<=[.,]\s[–—-])|(?<=[.,][–—-])"
    r"|(?<=\d{4}\sж[–—-])|(?<=\d{4}\sж\.[–—-])|(?<=\d{4}\sж\s[–—-])|(?<=\d{4}\sж\.\s[–—-]))"
)
# The count's mark may lose its stop where the line ends (– 352 с, a test bank's reference at its line's end).
_LINE_END = r"(?=[ \t]*(?:\n|\Z))"
_PAGES = rf"\d+\s?(?:бет|б\.|с\.|c\.|[бсc]{_LINE_END})(?!\w)"
# The year that closes a reference's imprint: before the full stop and dash of the pages or a labelled part
# (1957. – 464 б., 2010. – Т. 3.), after a place, a colon and a publisher (Алматы: Ана тілі, 1992.), or after a
# place alone within the brackets that close them both ((Алматы, 1993), a book's imprint cited after its title); a
# place and a year alone outside brackets (Алматы, 2003.) are no reference's sure shape and keep the number rule's,
# nor are brackets after anything but a quoted title (Panthera uncia (Шребер, 1775): a species' author and year).
# The bodies a copyright line names before its year, in the possessive a name gives them.
_HOUSES = "академиясы|баспасы|баспа үйі|университеті|институты|орталығы"
# A title page's place, in capitals too (СЕМЕЙ), one word or two hyphened (Нұр-Сұлтан).
_PLACE_WORD = rf"[{KAZAKH_UPPER}](?:[{KAZAKH_LOWER}]+|[{KAZAKH_UPPER}]+)"
_PLACE = rf"{_PLACE_WORD}(?:-{_PLACE_WORD})?"
# The headings of a book's front matter that follow its title page (Мазмұны, Кіріспе, Алғысөз, Құрастырған:).
FRONT_MATTER = r"(?i:мазмұны|мазмұн|кіріспе|алғы[ ]?сөз|құрастырған(?:дар)?|жоспары|түсінік[ ]хат|аңдатпа)(?!\w)"
# A title page's place and year end their line, or run on into the heading of the page after it (Семей 2013 МАЗМҰНЫ).
_PAGE_ENDS = rf"\.?[ \t]*$|[ \t]+{FRONT_MATTER}"
IMPRINT_YEAR = re.compile(
    rf"(?<!\d[.,])(?<!\d)(?P<year>{_YEAR})(?=\.\s?{_DASH}\s?(?:{_PAGES}|(?:{'|'.join(LABELS)})\.\s?\d))|"
    rf"(?P<imprint>(?<!\w)[{KAZAKH_UPPER}][{KAZAKH_LOWER}-]+:\s?[^.:;\n\[\]]{{1,60}}?,\s?)(?P<year2>{_YEAR})(?=[.\]])|"
    rf"(?P<title>[»”\"][{KAZAKH_LOWER}]*\s?\()(?P<place>[{KAZAKH_UPPER}][{KAZAKH_LOWER}-]+,\s?)(?P<year3>{_YEAR})(?=\))|"
    # ...or on a title page's line of its own, the place and the year and nothing else, parted by a comma or a space
    # (Нұр-Сұлтан, 2019; Нұр-Сұлтан 2019 under a guide's title): the year the book came out, named a year as the
    # bracketed one is, while a place and a year within a line keep the number rule's (a dash makes it a count's
    # list: Астана – 1957).
    # The publisher in quotes may stand between them (Алматы «Атамұра» 2022).
    # The year's word may close it, clipped, its stop lost at the line's end (Қарағанды 2007 ж): the year named all the
    # same, not the table's жылы.
    rf"(?P<page>^[ \t]*(?P<town>{_PLACE})(?:[ \t]+«[^»\n]{{1,40}}»)?(?:,[ \t]?|[ \t]+))(?P<year4>{_YEAR})"
    rf"(?:[ \t]?ж\.?)?(?={_PAGE_ENDS})|"
    # ...or run on after the title it closes and before the heading of the page after it, as a scraper joins a title
    # page's lines into one (МАТЕРИАЛДАР СЕМЕЙ 2013 Мазмұны; МАТЕРИАЛДАРЫ Семей 2013 Құрастырған:): the place must be
    # a town's, the year one already come. Ending a line within it, a town and a year may name an event held there
    # (ЭКСПО Астана 2017), so the heading after them is wanted, or a title before them that names a publication's
    # kind (әдістемелік ұсыныстар 9-сынып | Нұр-Сұлтан 2019; ОҚУ БАҒДАРЛАМАЛАРЫ(5–9-сыныптар) Астана 2013).
    rf"(?P<runon>(?:(?<=[^\W\d_][ \t])|(?<=[^\W\d_][)»][ \t])){_PLACE}[ \t]+)"
    rf"(?P<year7>{_YEAR})(?=[ \t]+{FRONT_MATTER}|(?P<line_end>\.?[ \t]*$))|"
    # ...or closing a copyright line, the comma after the body that holds the right, an academy, a publishing house or
    # a university, the year ending the line, its stop too (Ұлттық білім академиясы, 2013; © «Мектеп» баспасы, 2010;
    # Алматыкітап баспасы, 2013.), or the bracket a book cited in a sentence closes («Атамұра» баспасы, 2021): the
    # year the book came out, named a year; within a line (университеті, 2013 жылы) the number rule's.
    rf"(?P<house>(?<!\w)(?:{_HOUSES}),[ \t]?)(?P<year5>{_YEAR})(?=\.?[ \t]*$|\))|"
    # ...or the place and year that end a line after a title's stop and dash, as a programme or a book is cited
    # (оқу бағдарламасы. – Астана, 2013): the year it came out, named a year; a place and a year after a dash alone
    # (Астана – 1957) or within a line keep the number rule's.
    rf"(?P<cited>\.[ \t]?{_DASH}[ \t]?[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+(?:-[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)?,[ \t]?)"
    rf"(?P<year6>{_YEAR})(?=\.?[ \t]*$)",
    re.M,
)
# A copyright line, its sign opening the line and the year closing it after the holders and a comma (© Оспанов Т. Қ.,
# Астамбаева Ж. Қ., 2022): the year the book came out, named a year as a house's is; the sign is said as nothing, as a
# decoration is. Read before the decorations go, so the sign still marks the line.
COPYRIGHT_LINE = re.compile(
    rf"^[ \t]*©[ \t]*(?P<holders>[{KAZAKH_UPPER}A-Z«<][^\n]*?,[ \t]?)(?P<year>{_YEAR})(?=\.?[ \t]*$)", re.M
)
COPYRIGHT_MARK = re.compile("©")


def speak_copyright_line(match: re.Match[str]) -> str:
    return f"{match['holders']}{ordinal_of(cardinal_of(match['year']))} жыл"


# Every kind of imprint year stands before a stop or a bracket (Ғылым, 1957. – ; [Алматы: Ғылым, 1957]; (Алматы,
# 1993)), ends its line (Алматы, 2013) or runs on into a heading (Семей 2013 Мазмұны).
IMPRINT_YEAR_NEEDS = re.compile(rf"\d{{4}}(?:[.\])]|[ \t]?ж\.?[ \t]*$|{_PAGE_ENDS})", re.M)
# A reference's edition, clipped after its ordinal (2-ші бас., 3-і бас.): басылым, the edition, not бас (head),
# which no ordinal written with its ending counts in a reference's run of stops.
EDITION = re.compile(r"(?<=\d-[шщ][іiы]\s)бас\.(?=\s|$)|(?<=\d-[іi]\s)бас\.(?=\s|$)", re.M)
EDITION_NEEDS = re.compile(r" бас\.")
# A count of pages after a reference's dash: – 464 б., – 32 бет, – 240 с.; or the pages an article fills in the
# journal it is cited from, a range, its mark often the plural's (// Хабаршы. – 2019. – №3. – 45–52 бб.): which pages,
# said as a label's range is (Б. 45–52 → қырық бесінші – елу екінші беттер).
PAGE_COUNT = re.compile(
    rf"{_AFTER_STOP_DASH}(?P<gap>\s?)(?P<n>\d+)(?:\s?[–—-]\s?(?P<last>\d+))?"
    rf"\s?(?:бб\.|бет\.?|б\.|с\.|c\.|[бсc]{_LINE_END})(?!\w)"
)
# The place of publication clipped to its first letters, as an imprint writes it before the publisher's colon or the
# year's comma (А.: Мектеп, 1985; – А., 2001. – 240 б.; Шығ. жинағы, А., 1985; М.: Мир, 1982): the city named in full,
# by its Kazakh name. Only after the comma, stop, dash or bracket that closes the part before it: an initial after a
# surname (Ахметов А., 2001; Ералин Қ., Матеева Т.), or after its comma as an author list sets it off (Ахметов, А.,
# 2001; not a title's Шығармалары, А., 1985), is a person's.
PUBLICATION_PLACES = {
    "А": "Алматы", "Ал": "Алматы", "Алм": "Алматы", "М": "Мәскеу", "Л": "Ленинград", "СПб": "Санкт-Петербург",
}  # fmt: skip
_PUBLICATION_PLACE = "|".join(sorted(PUBLICATION_PLACES, key=len, reverse=True))
PUBLICATION_PLACE = re.compile(
    rf"(?:(?<=[.,;(]\s)|(?<=[–—]\s)|(?<=[(–—]))(?P<place>{_PUBLICATION_PLACE})\."
    rf"(?=\s?:\s?[«\"{KAZAKH_UPPER}A-Z]|\s?,\s?{_YEAR}(?!\d))"
)
PUBLICATION_PLACE_NEEDS = re.compile(r"\.\s?[,:]")  # what every match holds (`Rule.needs`), a stop first
_SURNAME_AND_COMMA = re.compile(rf"(?<![\w.])[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+?{SURNAME_ENDING},\s\Z")
_SURNAME_REACH = 40
# A volume numbered with its ordinal's hyphen before the pages cited from it (20-т., 164-165-б.; 2-т., 45-б.): том,
# not the clause (тармақ) a hyphened т. numbers in a law; the pages said as a label's are (45-б. → қырық бесінші бет,
# 164-165-б. → жүз алпыс төртінші – жүз алпыс бесінші беттер). Their mark may be typed as a 6 after their range
# (164-165-6.): the volume is named, the pages left to the number rule.
VOLUME_AND_PAGES = re.compile(
    r"(?<![\w.-])(?P<n>\d{1,3})-т\.,(?P<gap>\s?)"
    r"(?:(?P<a>\d+)(?:[-–—](?P<b>\d+))?-бб?(?:\.|(?!\w))|(?=\d+-\d+-6\.))"
)
VOLUME_AND_PAGES_NEEDS = re.compile(r"-т\.,")
# A law cited before them numbers its clause and article so (Заңның 5-т., 7-б.): тармақ and бап, not this rule's. The
# law named by its word, bare or with its suffixes, not a name that opens with its letters (Ережепов, Бапанов).
_LAW_BEFORE = re.compile(r"(?<![\w-])(?i:заң|кодекс|бұйры[қғ]|қаулы|ереже|бап)(?P<suffixes>\w*)")
_LAW_REACH = 80
# A reference's title clips the word the collected works are named by (Шығ. жинағы, Шығ.жинағы, Шығ. жин.):
# шығармалар, which no east (шығ.) qualifies there; a clipped жин. is the collection's, жинағы.
COLLECTED_WORKS = re.compile(r"(?<![\w.])(?P<first>[Шш])ығ\.\s?(?:(?=жина[ғқ])|(?P<clipped>жин\.))")
COLLECTED_WORKS_NEEDS = re.compile(r"ығ\.\s?жин")


def speak_publication_place(match: re.Match[str]) -> str:
    """А., 1985 → Алматы, 1985; М.: Мир → Мәскеу: Мир; Ахметов, А., 2001 stays."""
    start = match.start()
    if _SURNAME_AND_COMMA.search(match.string, max(0, start - _SURNAME_REACH), start):
        return match.group()
    return PUBLICATION_PLACES[match["place"]]


def speak_volume_and_pages(match: re.Match[str]) -> str:
    """2-т., 45-б. → екінші том, қырық бесінші бет; 20-т., 164-165-6. → жиырмасыншы том, 164-165-6.; after a law's
    name left as it is."""
    if _law_before(match):
        return match.group()
    volume = f"{_numbered_part(match['n'], None, *LABELS['Т'])},{match['gap']}"
    return volume + (_numbered_part(match["a"], match["b"], *LABELS["Б"]) if match["a"] else "")


def _law_before(match: re.Match[str]) -> bool:
    words = _LAW_BEFORE.finditer(match.string, max(0, match.start() - _LAW_REACH), match.start())
    return any(not word["suffixes"] or parse_suffixes(word["suffixes"].lower()) for word in words)


def speak_collected_works(match: re.Match[str]) -> str:
    """Шығ.жинағы → Шығармалар жинағы; Шығ. жин. → Шығармалар жинағы."""
    return f"{match['first']}ығармалар " + ("жинағы" if match["clipped"] else "")


# A label before the number it labels: Т. 2, Б. 12–18, С. 45-48, [15, б. 78].
LABELLED_PART = re.compile(
    rf"{_PART_LEAD}(?P<label>{_LABEL})\.[ \t\xa0]?(?P<a>\d+)(?:\s?[-–—]\s?(?P<b>\d+))?(?![\d.,]\d|-)",
)
# A year alone in brackets right after the title, the word or the count it dates: «Абай жолы» (2007), докторы (1997),
# 128118 гектар (2007); a title's may be older (1500 on), a plain word's is a modern year (1800 on), as a number in
# brackets past them is rather a count or a price.
_MODERN_YEAR = r"(?:1[89]\d{2}|20\d{2})"
TITLE_YEAR = re.compile(rf"(?:(?<=[»”\"])|(?<=\w)(?=\s?\({_MODERN_YEAR}\)))(?P<gap>\s?)\((?P<year>{_YEAR})\)")
# A list of modern years alone in brackets right after the word they date, in the order they came ("Іле Алатауының
# (1887, 1889, 1911) тау бөктерінде болған апатты жер сілкіністері"): the years of the events, each said as a year is,
# an ordinal, the list closed with жылдар as a lone year is with жыл (жылдары after a locative, when). A list out of
# order, or of round numbers only (1850, 1900, 2000: seats, prices), stays the numbers'.
TITLE_YEARS = re.compile(rf"(?<=\w)(?P<gap>\s?)\((?P<years>{_MODERN_YEAR}(?:,\s?{_MODERN_YEAR})+)\)")
TITLE_YEARS_NEEDS = re.compile(r"\(\d{4},")  # what every match holds (`Rule.needs`)
_ROUND = 10
# An older year alone in brackets after a person's full name or a ruler's title, as a calendar of births gives it:
# "Омар Хайям (1048)", "Жанна д’Арк (1412)", "Иммануил Кант (1724)": the person's year, said as a title's is. A single
# capitalised word before the brackets may be a place and its number a count (Шымкент (1200)), so two are needed.
OLD_YEAR = re.compile(r"(?<=\w)(?P<gap>\s?)\((?P<year>1[0-7]\d{2})\)")
OLD_YEAR_NEEDS = re.compile(r"\(1[0-7]\d{2}\)")  # what every match holds (`Rule.needs`)
_NAMED_BEFORE = re.compile(
    rf"(?:[{KAZAKH_UPPER}A-Z][\w-]*\s+(?:[{KAZAKH_LOWER}a-z]{{1,3}}[’'])?[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z-]+"
    r"|\b(?:хан|патша|император|сұлтан|қаған|король|папа))\s?$"
)
_NAME_REACH = 80  # characters back to the name's first word
# An event of history named before the brackets, in any case: "Орбұлақ шайқасы (1643)", "Ордабасы жиынында (1726)",
# "Бұланты шайқасында (1728)": the older year is the event's, said as a title's is (жылы after the locative).
_EVENT_BEFORE = re.compile(
    r"\b(?:шайқас|соғыс|ұрыс|көтеріліс|жорық|жиын|құрылтай|съезд|бітім|келісім|шапқыншылық|қырғын)"
    r"[а-яәіңғүұқөһ]*\s?$",
    re.I,
)
# Two whole numbers alone in square brackets with a comma between and no space: a reference's source and page
# ([34,184] for [34, 184]) or an interval's ends ([0,1]); the comma parts them, it is no decimal point.
BRACKETED_PAIR = re.compile(r"(?<=\[)(?P<a>\d{1,4}),(?P<b>\d{1,4})(?=\])")


def speak_bracketed_pair(match: re.Match[str]) -> str:
    """[34,184] → [34, 184]: the numbers are left to the number rule, which reads each whole."""
    return f"{match['a']}, {match['b']}"


# A serial number: ISSN 2073 – 333Х, ISBN 978-601-7548-12-5; its check character X (or a Cyrillic Х) is икс.
SERIAL_NUMBER = re.compile(r"(?P<label>ISSN|ISBN)(?P<sep>:?\s?)(?P<code>[\dXХ]+(?:(?:\s?[–—]\s?|-)[\dXХ]+)+)(?![\w-])")
# A library class after its label: УДК 81.25, ӘОЖ 94(574), ББК 63.3 and its Kazakh label КБЖ 74.262.21, and as a
# title page types it with its marks spaced and its Kazakh label spelt with Ө (ӘӨЖ 060 : 9 (584 5)). A BBK class may
# close on its form division, я and a number glued on (ББК 41.3я73: a textbook's), said я жетпіс үш.
LIBRARY_LABEL = r"УДК|Ә[ОӨ]Ж|ББК|КБЖ|МРНТИ|ХҒТАР|ҒТАМР"
LIBRARY_CLASS = re.compile(
    rf"(?P<label>{LIBRARY_LABEL})(?P<sep>:?\s?)"
    r"(?P<code>\d+(?:\s?[.:/]\s?\d+)*(?:я\d{1,3})?(?:\s?\(\d+(?:[.:\s]\d+)*\))?)"
    r"(?![\w.]\d)"
)
# A document symbol of the United Nations or a like body: three parts or more joined by slashes, the first Latin
# capitals, each other Latin letters or digits with a part number after a dot (A/HRC/13/39/Add.3, CAT/C/KAZ/3,
# CCPR/C/SR.2810). Its slashes are said слэш, as the symbol is dictated, and a lone letter is its name (A → эй, not
# the English article); its other parts are left to the rules that read Latin words and numbers.
DOCUMENT_SYMBOL = re.compile(r"(?<![\w/.])[A-Z]{1,6}(?:/(?:[A-Z][A-Za-z]{0,5}|\d{1,5})(?:\.\d{1,5})?){2,}(?![\w/])")
_CODE_PARTS = re.compile(r"\d+|[XХя]|[.:/()]")
_CODE_MARKS = {".": "нүкте", ":": "қос нүкте", "/": "бөлу", "(": "", ")": "", "X": "икс", "Х": "икс", "я": "я"}


# A class index's groups run to three digits (УДК 616.4, 631.52(075.8)): a longer run in a class is one typed
# without its dots or its slash (УДК741744 for 741/744), said digit by digit as a code's, not as the count it makes.
_CLASS_GROUP = 3


def _number(part: str, longest: int | None = None) -> str:
    return digits(part) if longest and len(part) > longest else dictated(part)


def _code(code: str, longest: int | None = None) -> str:
    """A code read part by part: its numbers whole (a zero-led one after its zeros, one longer than `longest` digit
    by digit), its marks by name."""
    words = [_number(part, longest) if part.isdigit() else _CODE_MARKS[part] for part in _CODE_PARTS.findall(code)]
    return " ".join(word for word in words if word)


# Without the comma, the line's word must be a place's (a city of republican standing, where guides are printed, or a
# town or district of Kazakhstan: `places`), and the line must stand apart between blank lines as a title page's
# does: a table's row (Астана | 1957, its pipe made a space) is a count's, with rows next to it.
_BLANK_BEFORE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*\Z")
_BLANK_AFTER = re.compile(r"[ \t]*(?:\Z|\n[ \t]*(?:\n|\Z))")
_CITIES = frozenset(("алматы", "астана", "нұр-сұлтан", "шымкент"))
_LATEST_IMPRINT = 2026  # a year run on after a title is one a book came out in, not a plan's to come


def _title_page_line(match: re.Match[str], place: str) -> bool:
    word = place.strip()
    if not (word.lower() in _CITIES or places.kazakh_place(word)):
        return False
    apart = _BLANK_BEFORE.search(match.string, 0, match.start()) and _BLANK_AFTER.match(match.string, match.end())
    return bool(apart) or not _beside_a_row(match)


# A table's row: a line that ends in a number, as the place's line does. A title page's place and year may run on
# into the next line of text without a blank (Астана 2013 / Қазақстан Республикасының ... бекітілген; Семей 2007 /
# Алғысөз), but a line of a word and a number beside another such line is a table's (Астана 1957 / Алматы 2100).
_ROW = re.compile(r"\d[ \t]*$")


def _beside_a_row(match: re.Match[str]) -> bool:
    text = match.string
    line_start = text.rfind("\n", 0, match.start()) + 1
    before = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1] if line_start else ""
    end = text.find("\n", match.end())
    after = text[end + 1 :].split("\n", 1)[0] if end != -1 else ""
    return bool(_ROW.search(before) or _ROW.search(after))


# The words a publication's title names its kind with (әдістемелік ұсыныстар, оқу бағдарламасы, оқу құралы).
_PUBLICATION_KIND = re.compile(r"(?i:ұсыныс|бағдарлама|оқулы[қғ]|құралы|жина[қғ]|материал|хрестоматия|сөздік)")


def _after_a_publication_title(match: re.Match[str]) -> bool:
    return _PUBLICATION_KIND.search(line_before(match.string, match.start())) is not None


def speak_imprint_year(match: re.Match[str]) -> str:
    """Алматы: Ғылым, 1957. – → мың тоғыз жүз елу жетінші: the year of publication, an ordinal like every year; after
    a place alone in brackets it is named a year, as a title's year in brackets is ((Алматы, 1993) → (Алматы, мың
    тоғыз жүз тоқсан үшінші жыл))."""
    if match["place"]:
        return f"{match['title']}{match['place']}{ordinal_of(cardinal_of(match['year3']))} жыл"
    if match["house"]:
        return f"{match['house']}{ordinal_of(cardinal_of(match['year5']))} жыл"
    if match["cited"]:
        return f"{match['cited']}{ordinal_of(cardinal_of(match['year6']))} жыл"
    if match["page"]:
        if "," not in match["page"] and not _title_page_line(match, match["town"]):
            return match.group()  # Барлығы 1995, Астана | 1957: a line's word and a count, no place's imprint
        return f"{match['page']}{ordinal_of(cardinal_of(match['year4']))} жыл"
    if match["runon"]:
        if int(match["year7"]) > _LATEST_IMPRINT or not _title_page_line(match, match["runon"]):
            return match.group()  # Қазақстан 2050: a plan's year to come
        if match["line_end"] is not None and not _after_a_publication_title(match):
            return match.group()  # Көрме ЭКСПО Астана 2017: an event held there
        return f"{match['runon']}{ordinal_of(cardinal_of(match['year7']))} жыл"
    return (match["imprint"] or "") + ordinal_of(cardinal_of(match["year"] or match["year2"]))


def speak_page_count(match: re.Match[str]) -> str:
    """– 464 б. → төрт жүз алпыс төрт бет: how many pages the book has; – 45–52 бб. → қырық бесінші – елу екінші
    беттер: which pages the article fills."""
    if match["last"] is not None:
        first, last = (ordinal_of(cardinal_of(match[part])) for part in ("n", "last"))
        return f"{match['gap'] or ' '}{first} – {last} беттер"
    return f"{match['gap'] or ' '}{cardinal_of(match['n'])} бет"


def speak_labelled_part(match: re.Match[str]) -> str:
    """Т. 2 → екінші том; Б. 12–18 → он екінші – он сегізінші беттер: the volume or pages a label names."""
    return _numbered_part(match["a"], match["b"], *LABELS[match["label"]])


def _numbered_part(first: str, last: str | None, one: str, many: str) -> str:
    """2, том → екінші том; 12, 18, бет, беттер → он екінші – он сегізінші беттер."""
    if last is None:
        return f"{ordinal_of(cardinal_of(first))} {one}"
    return f"{ordinal_of(cardinal_of(first))} – {ordinal_of(cardinal_of(last))} {many}"


# A word in the locative before the bracketed year says where or in what a thing happened (Орта жүзде (1822), кейін
# Кіші жүзде (1824)): the year is when, жылы; a capitalised word may be a name that ends so (Канада, Уганда).
_LOCATIVE_BEFORE = re.compile(rf"(?<![\w-])[{KAZAKH_LOWER}]+(?:да|де|та|те)\s?$")
WORD_REACH = 30  # characters back to a word's start


def locative_before(text: str, at: int) -> bool:
    """A word in the locative ends just before `at` (жүзде (1822): when the thing happened)."""
    return _LOCATIVE_BEFORE.search(text, max(0, at - WORD_REACH), at) is not None


def speak_title_year(match: re.Match[str]) -> str:
    """«Абай жолы» (2007) → (екі мың жетінші жыл): the year the titled work came out, or the dated fact's year;
    after a locative, when the fact happened (жүзде (1822) → (мың сегіз жүз жиырма екінші жылы))."""
    year = "жылы" if locative_before(match.string, match.start()) else "жыл"
    return f"{match['gap']}({ordinal_of(cardinal_of(match['year']))} {year})"


def speak_title_years(match: re.Match[str]) -> str:
    """(1887, 1889, 1911) → (мың сегіз жүз сексен жетінші, …, мың тоғыз жүз он бірінші жылдар); out of order, or all
    round, left as it is."""
    years = [int(year) for year in re.findall(r"\d{4}", match["years"])]
    out_of_order = any(earlier >= later for earlier, later in itertools.pairwise(years))
    if out_of_order or all(year % _ROUND == 0 for year in years):
        return match.group()
    noun = "жылдары" if locative_before(match.string, match.start()) else "жылдар"
    spoken = ", ".join(ordinal_of(cardinal_of(str(year))) for year in years)
    return f"{match['gap']}({spoken} {noun})"


def speak_old_year(match: re.Match[str]) -> str:
    """Омар Хайям (1048) → (мың қырық сегізінші жыл): after a person's name or an event's; after any other word left
    as it is."""
    reach = max(0, match.start() - _NAME_REACH)
    named = _NAMED_BEFORE.search(match.string, reach, match.start())
    dated = named or _EVENT_BEFORE.search(match.string, reach, match.start())
    return speak_title_year(match) if dated else match.group()


def speak_serial_number(match: re.Match[str]) -> str:
    """ISSN 2073 – 333Х → ISSN екі мың жетпіс үш – үш жүз отыз үш икс: the label is left to the initialism rules."""
    groups = re.split(r"\s?[–—]\s?|-", match["code"])
    joint = " – " if re.search(r"\s[–—]\s", match["code"]) else ", "
    return f"{match['label']} " + joint.join(_code(group) for group in groups)


def speak_document_symbol(match: re.Match[str]) -> str:
    """A/HRC/13/39 → эй слэш HRC слэш 13 слэш 39: the slashes said, not the pause a slash between words is."""
    parts = match.group().split("/")
    return " слэш ".join(
        LATIN_LETTER_NAMES[part.lower()] if len(part) == 1 and part.isalpha() else part for part in parts
    )


def speak_library_class(match: re.Match[str]) -> str:
    """УДК 81.25 → УДК сексен бір нүкте жиырма бес: a class index is a code, not a decimal. A title page's classes
    typed without their spaces (УДК 616.4ББК 54.15Т 13: the next label, and the author's sign, run onto the index)
    are said apart: a space before a label glued to what precedes it, and after an index a letter follows."""
    text, start, end = match.string, match.start(), match.end()
    before = " " if start and text[start - 1].isalnum() else ""
    after = " " if text[end : end + 1].isalpha() else ""
    return f"{before}{match['label']}{match['sep'] or ' '}{_code(match['code'], _CLASS_GROUP)}{after}"

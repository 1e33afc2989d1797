"""The rewrite rules, in the order they run. Each turns one kind of written token into words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import (
    blood,
    capitals,
    chemistry,
    codes,
    coordinates,
    dates,
    foreign,
    formulas,
    grouping,
    latinkazakh,
    marks,
    models,
    numbering,
    phones,
    references,
    roman,
    scraped,
    scripture,
    signs,
    species,
    weekdays,
)
from tts_edition.normalize.latin import (
    CYRILLIC_TYPED_DOMAINS,
    HYPHEN_IN_WORD,
    HYPHENATED_READING,
    LATIN,
    joined_reading,
    name_phrases,
    names,
    read_as_the_text_writes,
    read_beside_english,
    read_beside_kazakh,
    read_chinese_name,
    read_italian,
    read_latin,
    read_place,
    read_the_before_vowel,
    read_web_address,
    said_as_english_word,
)
from tts_edition.normalize.morphology import (
    CONJUNCTION,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    ORDINAL_ENDING,
    ORDINAL_MARKER,
    SUFFIX,
    SUFFIXES,
    VOWELS,
    attach,
    attach_written,
    hyphenated_word,
    inflect,
    locative_restored,
    parse_suffixes,
    similative,
)
from tts_edition.normalize.numbers import (
    CARDINAL_WORD,
    cardinal,
    cardinal_of,
    decimal,
    digits,
    number_of,
    ordinal_of,
    value_of,
)
from tts_edition.normalize.passport import from_transliteration, read_passport_name, transliterated_name
from tts_edition.normalize.provenance import LETTERS, Spoken

CURRENCIES = {"$": "доллар", "€": "еуро", "₽": "рубль", "£": "фунт", "₸": "теңге", "¥": "иена"}
_CURRENCY = re.escape("".join(CURRENCIES))
_CURRENCY_SIGN = re.compile(f"[{_CURRENCY}]")
ORDINAL_CONTEXT = re.compile(r"^(?:ғасыр|ғ\.|ғғ\.|ғ\.ғ\.|ғғ?-\w)")  # 18 ғ-дың: the century word cut with a hyphen
# The formal word for a day of a month: "маусым айының 27 жұлдызы" (not жұлдызды, starred), and its plural after
# days joined ("мамыр айының 5 және 13 жұлдыздары аралығында").
DAY_OF_MONTH = ("жұлдызы", "жұлдыздары")
# Nouns a number names the place of: an article or a clause of a law (75 бабының 2 тармағына), a type (1 типті қант
# диабеті, 2 типтегі: type 1, type 2; "3 типі" may count three kinds and stays).
ORDINAL_NOUNS = re.compile(r"^(?:бап|баб|тармақ|тармағ|тип(?:ті|тегі)\b)")
# A half of a year after its year (2017 жылғы 1 жартыжылдыққа, 2023 жылдың 2 жартыжылдығында): the first or the
# second; without a year before it, "2 жартыжылдық қорытындысы" may count two halves.
HALF_OF_A_YEAR = re.compile(r"(?:(?<=жылғы )|(?<=жылдың )|(?<=ж\. ))(?P<n>[12])(?=\s+жартыжылд)")
# A number that opens a channel's name in quotes is the channel's place, said as an ordinal, as the channels say
# themselves («7 арна» → жетінші арна, «31 арнаның», «31 канал»); bare, "7 арна" may count seven channels, and
# «5 арнайы» is no channel.
CHANNEL_NUMBER = re.compile(r"(?<=[«\"“„])(?P<n>\d{1,3})(?= (?:арна(?!й)|канал)[а-яәіңғүұқөһ]{0,6}[»\"”“])")
# Years counted, not a year named: "2500 жыл бұрын" (ago), "1000 жылдан астам" (more than), "1200 жыл өтті" (have
# passed), "2000 жылға жуық" (nearly), "1500 жылдай" (about).
_SPAN_OF_YEARS = re.compile(
    r"\s*жыл(?:\s+(?:бұрын|өтті|өтсе|өткен|өткенде|өткеннен)|дан\s+(?:астам|аса|артық|көп)|ға\s+жуық|дай)\b"
)
# An appendix cited by its number: "1 қосымшаға сәйкес", "1, 2 және 3 қосымшаларға сәйкес" (not "2 қосымша сабақ", two
# extra lessons, nor "3 қосымшаны жүктеді", three apps).
CITED_APPENDIX = re.compile(r"\s*қосымша\w*\s+(?:сәйкес|сай)\b")
# Nouns a range names places in a sequence of: "3-4 сыныптарда", "1-8 орын алған", "9-24 орындағы", "5-7 турларда"
# (not a count: орындық is seats, and 3-5 қабатты үй has that many floors, as 9 қабатты does); the last end's
# alternative may stand in brackets ("2-11 (12)- сыныптарда").
RANKED_NOUNS = re.compile(
    r"(?:\s*\(\d{1,2}\)|\))?(?:\s*-\s*|\s+)(?:сынып|класс|курс|қабат(?!т[ыі]\b|тық)|орын(?!дық)|орны|тур(?:\b|[длы]))"
)
# A grade or a year of study named by a bare number: the class in a case ("7 сыныптың", "2 курста") or before its
# pupils, students or leavers ("11 сынып оқушысы", "1 курс магистранты"), its girls, boys, children or parents
# ("10 сынып қыздары", "4 сынып ата-аналары"), or in the plural, which no count takes ("10 сыныптарда"); "9 сынып
# бар" counts classes.
_GRADE = re.compile(
    r"\s+(?:сынып|класс|курс)(?:(?:т[ыі]ң|та|тағы|қа|тан|ты|тар\w*)(?!\w)"
    r"|\s+(?:оқушы|бітіруш|түлег|түлек|оқулы|жетекші|студент|магистрант|докторант|курсант|қыздар|ұлдар|балалар"
    r"|ата-ана))"
)
_LAST_GRADE = 12
# Nouns that name a place in a sequence, by the stem their 3rd-person possessive is made on: a bare number before one
# of them possessed is the place it names, "its Nth" (1 сыныбында, 2 курсында, 1 семестрінде, 76 сессиясында, 5
# съезінде, 2 тоқсанында), where a count takes the noun bare (9 сынып бар). The possessive is the sentence's, not
# the number's, when the noun is had or made of (3 сыныбы бар мектеп, 3 кезеңінен тұрады): those stay counts.
POSSESSED_RANKS = (
    "сыныбы", "класы", "классы", "курсы", "семестрі", "сессиясы", "съезі", "съезді", "шақырылымы",
    "тоқсаны", "кезеңі", "туры", "отырысы", "пленумы", "конгресі", "конгрессі", "форумы", "құрылтайы",
)  # fmt: skip
_POSSESSED_RANK = re.compile(
    rf"\s+(?:{'|'.join(POSSESSED_RANKS)})(?:н(?:дағы|дегі|да|де|нан|нен|ан|ен|а|е|ың|ің)?)?(?!\w)"
    r"(?!\s+(?:бар|жоқ|тұр|құрал)\w*)"
)
# A possessive written on the number before such a noun (76-сы сессиясы, 5-і съезінде) is the noun's, typed where the
# ordinal's -ншы belongs: the number is the place, said without it (жетпіс алтыншы сессиясы).
_POSSESSIVE_ON_NUMBER = ("сы", "сі", "ы", "і")
# A place won in a contest, named by a bare number before орын and a verb of winning later in its sentence ("1 орынды
# «Сұңқар» командасы иеленді", "2 орынға ие болды"); without one "32 орынға дейінгі автобустар" counts seats.
_PRIZE_PLACE = re.compile(r"\s+(?:орын|орны)(?:ды|ға|да|нан|ның)?(?![\w-])")
# ...and so does one before орын and a dash, a line of a results list ("1 орын – «Алдаркөсе» ауылы", "2 орын- ...").
_LISTED_PLACE = re.compile(r"\s+(?:орын|орны)\s*[-–—](?!\w)")
_WON = re.compile(r"[^.!?]*?(?<!\w)(?:иелен|жеңіп\s+ал|ие\s+бол|олжала|бұйыр|табан\s+тіре|көтеріл|жайғас|тұрақта)")
_LAST_PRIZE_PLACE = 10
# "2024-2025 оқу жылы": a kind of year between the number and жыл; a calendar's is one (1445 һижри жылы).
YEAR_KINDS = ("оқу", "қаржы", "бюджеттік", "есепті", "салық", "һижри", "хижри", "хиджри", "милади")
# A hyphenated word that counts what the number measures (25-метрге) keeps the number cardinal.
# A short service number (101 fire, 103 ambulance, 112, 1414) hyphenated onto the word of its line or console is the
# number's name, said as it is dialled (103-пультіне → жүз үш пультіне), not a place in a row (5-пульт is the fifth);
# so is one hyphenated onto the word of a rescue, help, trust or duty line (1355-құтқару қызметі, 150-сенім телефоны).
_SERVICE_NUMBER = re.compile(r"1\d{2,3}")
_SERVICE_LINE_WORDS = ("пульт", "нөмір", "желі", "телефон", "байланыс", "қоңырау", "құтқару", "анықтама", "сенім",
                       "диспетчер", "кезекші", "call", "колл")  # fmt: skip
MEASURE_WORDS = ("метр", "шақырым", "километр", "сантиметр", "миллиметр", "тонна", "градус", "литр", "гектар",
                 "грамм", "килограмм", "теңге", "доллар", "пайыз", "процент", "балл")  # fmt: skip
# A kilometre hyphenated onto a number and owned by the road it is on (автожолының 46-шақырымындағы, 965-1240-
# шақырымы) is a post along the road, the forty-sixth: a place in a row, not a length.
_ROAD_POST = re.compile(r"(?:шақырым|километр)(?:[ыі]|[ыі]н\w*)")


def _counts_measure(word: str) -> bool:
    """The word hyphenated onto a number is what it measures (25-метрге, 10-шақырымға), so the number counts."""
    return word.startswith(MEASURE_WORDS) and not _ROAD_POST.fullmatch(word)


# Case endings that are never words themselves, so they attach across a space ("2-7 ден").
# The genitive suffix in all its forms, for the patterns that look for an owner before a word.
_GENITIVE_SUFFIX = "(?:ның|нің|дың|дің|тың|тің)"
SPACED_SUFFIX = "дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті"


@dataclass(frozen=True)
class Rule:
    """A rewrite: what it matches, how it says it, the kind of reading it makes (cardinal, date, initialism, latin…)
    and whether its readings are guesses a person should confirm; `speak` may return a `Spoken` that says
    otherwise for one reading. `needs`, when given, finds something every match of `pattern` holds (a digit, a
    Latin letter): a text without it is not scanned, a cheap test that spares most sentences most rules."""

    name: str
    pattern: re.Pattern[str]
    speak: Callable[[re.Match[str]], str]
    kind: str
    guess: bool = False
    needs: re.Pattern[str] | None = None

    def may_match(self, text: str) -> bool:
        return self.needs is None or self.needs.search(text) is not None


# What a rule's matches all hold (`Rule.needs`).
DIGIT = re.compile(r"\d")
_POINT_IN_NUMBER = re.compile(r"\d\.\d")  # what every version holds (`Rule.needs`)
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ\u212a]")  # Kelvin sign: "k" under re.I
_TAG_OPEN = re.compile(r"</?[A-Za-z]")
_BREAK = re.compile("-[ \u00a0]|\u00ad|¬")
_OPEN_BRACKET = re.compile(r"\[")
_TABLE_MARK = re.compile("[|•]")
_HEMISPHERE_LETTER = re.compile("[°′″] ?[NSEW]")
_POWER_APART = re.compile(r"м [23]")
_ADDRESS_MARK = re.compile(r"@|://|www\.|\.[^\W\d_]{2}|[a-z]/\w|[a-z0-9]_+[a-z0-9]", re.I)

# --- numbers -------------------------------------------------------------------------------------

_INTEGER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+"
_UNITS = sorted(abbr.of_kind("unit"), key=len, reverse=True)
_UNIT = "|".join(re.escape(u) for u in _UNITS)
_PER = "|".join(re.escape(u) for u in sorted(abbr.of_kind("unit", "per"), key=len, reverse=True))
# A unit written out is a unit too when a slash follows it: "14,8 центнер / га" → центнер гектарына; and after the
# slash, a unit written out is what the amount is per ("8,6 центнер/гектар" → центнер гектарына).
_UNIT_WORDS = abbr.unit_words()
_UNIT_WORD = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
# A unit word after the slash may carry a case suffix written onto it ("метр/секундке"): the suffix is its own.
_PER_WRITTEN = rf"(?:(?:{_PER})\b|(?:{_UNIT_WORD})(?=[{KAZAKH_LOWER}]*\b))"
SCALES = {"мың": "мың", "млн": "миллион", "млрд": "миллиард", "млд": "миллиард", "трлн": "триллион",
          "миллион": "миллион", "миллиард": "миллиард", "триллион": "триллион"}  # fmt: skip
# A heading in capitals writes its scale word in capitals too: "2,5 МЛРД".
_SCALE = "|".join([*SCALES, *(word.upper() for word in SCALES)])
# An amount after a currency sign grouped with commas the English way ($275,000, $1,250,000) is thousands, not a
# decimal: the sign is the English order, and so is the comma; a scale word after it ($1,500 млн) or a digit run
# that is no group of three keeps the comma a decimal one ($1,5 млрд).
_CURRENCY_GROUPED = rf"(?<=[{_CURRENCY}])\d{{1,3}}(?:,\d{{3}})+(?![\d,.]\d|\d)(?!\s(?:{_SCALE})\b)"
# Units written as clipped words (сағ., мин.), not symbols: their full stop is theirs even before a number.
_CLIPPED = frozenset(w for w, e in abbr.of_kind("unit").items() if len(w) > 2 and e.spoken.startswith(w))
_NUMBERED = abbr.of_kind("numbered")
_PAGE = abbr.of_kind("before")  # б. бет, бб. беттер: a reference's page letters
# A sign typed straight after a comma that follows a number opens the list's next member ("0,-7°С": нөл, минус жеті
# градус); the comma is no decimal point, as a sign cannot open a fraction.
_SIGN_AFTER_COMMA = r"(?<=\d,)(?=[-−–+]\d)"
# A range's ends: apart by a dash, an ellipsis, a tilde (100~150), a year's slash, or, after a signed first end, a
# plus written straight on (+12+14°С, the plus its separator; -3+2°С, the plus the second end's own sign).
# After a unit a dash with a space beside it is punctuation, not a hyphen: what follows is a word of its own, and the
# number stays a measure (шалқалай жүзу 200 м - алтын → екі жүз метр - алтын). Nor is a spaced dash before a number
# an earlier rule has said a hyphen (Page 155 - 5.1.2, its section number бес бір екі): the number is a cardinal.
NUMBER = re.compile(
    rf"""(?:(?<![\w.,])|{_SIGN_AFTER_COMMA})
    (?P<numero>(?:№|N(?=\s?\d)|No(?=\d)|\#(?=\s?\d))\s?)?  # No3, # 5: the numero sign typed otherwise
    (?P<compare>[<>≤≥]\s?(?=[\d{_CURRENCY}]))?
    (?P<sign>[-−–+](?=[\d{_CURRENCY}])|(?<=[–—]\s)-\s(?=\d))?
    (?P<pre>[{_CURRENCY}]\s?)?
    (?P<a>{_CURRENCY_GROUPED}|{_INTEGER})(?:[.,](?P<af>\d+)|,\s(?P<afs>\d{{1,2}})(?=\s(?:{_SCALE})\b))?
    (?:(?:\s?(?:--|[-–—~∼]|…|\.\.\.)\s?|(?<=\d{{4}})/(?=\d{{4}}|\d\d(?!\d))|(?:(?<=\+\d)|(?<=\+\d\d))\+(?=\d)
         |(?(sign)(?<=\d)(?=\+\d)|(?!)))
       (?P<bsign>[-−–+](?=\d))?(?P<b>{_INTEGER})(?:[.,](?P<bf>\d+))?)?
    (?P<scale>\s(?:{_SCALE})\.?(?=[\s,;:!?)-]|$))?
    (?P<pct>\s?%)?
    (?:\s?(?P<unit>{_UNIT}|(?:{_UNIT_WORD})(?=\s?/\s?{_PER_WRITTEN}))(?:\.?\s?/\s?(?P<per>{_PER_WRITTEN})(?P<persuf>(?<=[{KAZAKH_LOWER}])[{KAZAKH_LOWER}]+\b)?)?(?P<unitdot>\.(?=\s[{KAZAKH_LOWER}\d]|[,;:]))?
       (?![\w²³]|\.[{KAZAKH_LOWER}a-z\d]))?
    (?P<post>\s?[{_CURRENCY}](?:\s?/\s?(?P<cper>{_PER_WRITTEN}))?)?
    (?(pre)(?:\s?/\s?(?P<pper>{_PER_WRITTEN}))?)
    (?P<above>\+(?![\w+]))?
    (?:(?P<gap>-|(?(unit)[–—]|\s?[-–—]\s?(?!(?:{CARDINAL_WORD})(?![\w-])))|\s-?(?=(?:{SPACED_SUFFIX})(?![\w-])))(?P<suf>[{KAZAKH_LOWER}]+)
       (?!\w|-(?!(?:ақ|ау|ей)\b))
       (?P<sufdot>\.(?=\s+[{KAZAKH_LOWER}\d]|\]))?)?""",
    re.X,
)


def _last_value(match: re.Match[str]) -> int:
    """The number the reading depends on: a range's last; a year range's short end is its year (2026/27 → 2027)."""
    first, last = match["a"], match["b"]
    if last and len(first) == 4 and len(last) == 2 and int(last) > int(first[2:]):
        return int(first[:2] + last)
    return value_of(last or first)


_DASHES = ("–", "—")  # an en or em dash typed with no space around it, where a hyphen belongs
# A suffix of approximate amount makes no ordinal and is kept as written: the similative (1200-дей → мың екі
# жүздей), the approximative -шақты/-шақ (40-шақты → қырықшақты) and the distributive plural of round numbers
# (10-даған → ондаған, 100-деген → жүздеген).
_ABOUT = re.compile(r"(?:[дт][ае]й|шақты|шақ|[дтл](?:аған|еген))\Z")
_SIMILATIVE = re.compile(r"[дт][ае]й\Z")


def number_ending(letters: str) -> bool:
    """The letters are what a number takes after its hyphen: a chain of case and other suffixes (-ден, -ына), an
    ordinal's ending (-ші, -ыншы) or an approximate one (-дей, -шақты, -даған)."""
    return parse_suffixes(letters) is not None or bool(ORDINAL_MARKER.match(letters) or _ABOUT.match(letters))


def _approximate(words: str, suffix: str) -> str:
    """1200-дей → мың екі жүздей, 270-дей → екі жүз жетпістей: the similative agrees with the spoken last word, as
    a case suffix does; the other approximate endings are kept as written (40-шақты → қырықшақты)."""
    return similative(words) if _SIMILATIVE.match(suffix) else words + suffix


def _hyphen_before_word(match: re.Match[str]) -> bool:
    """5-сынып, 75 - бабы: what follows the hyphen is a word, not a suffix. An ordinal marker after a dash typed
    for the hyphen (2–ші тоқсан) is one too."""
    suffix, gap = match["suf"], match["gap"] or ""
    dash_for_hyphen = gap in _DASHES and bool(suffix) and bool(ORDINAL_MARKER.match(suffix))
    hyphen = gap.strip() == "-" or dash_for_hyphen
    return bool(suffix) and hyphen and hyphenated_word(suffix) and not _ABOUT.match(suffix)


def _fraction(match: re.Match[str]) -> str | None:
    return match["af"] or match["afs"]  # 3,9 and "70, 7 миллион"


# A decade named by its tens before the plural жылдар ("20-30 жылдардың поэзиясы", "60-70 жылдары", "90 жылдары"):
# a count of years takes the singular (30 жыл), so the plural makes the tens a decade's, read as an ordinal; not after
# a word of a recent span ("соңғы 30 жылдары", the last thirty years).
_DECADES_AFTER = re.compile(r"\s+жылдар")
_RECENT_SPAN_BEFORE = re.compile(r"(?:соңғы|кейінгі|өткен|алдағы|бұрынғы)\s+$", re.I)


def _decades(match: re.Match[str], rest: str) -> bool:
    ends = [end for end in (match["a"], match["b"]) if end]
    if not all(re.fullmatch(r"[1-9]0", end) for end in ends) or ends != sorted(set(ends)):
        return False
    recent = _RECENT_SPAN_BEFORE.search(match.string[: match.start()])
    return bool(_DECADES_AFTER.match(rest)) and not recent


# A legal act's number written without № between the date it was signed and the act's name (2017 жылғы 26
# қазандағы 569 Жарлығымен, 10 мамырдағы 40 қаулысы): the act's number, an ordinal, as after №.
_DATED = re.compile(r"[^\W\d_]+(?:дағы|дегі|тағы|тегі)$", re.I)
_ACT_AFTER = re.compile(r"\s+(?:жарлы[қғ]|қаулы|бұйры[қғ]|өкім|шешім|заң|хаттама)", re.I)


def _act_number(before: str, rest: str) -> bool:
    return bool(_DATED.match(before)) and dates.starts_with_month(before) and bool(_ACT_AFTER.match(rest))


def _is_ordinal(match: re.Match[str], rest: str) -> bool:
    if match["numero"]:
        return True
    suffix = match["suf"]
    if _possessed_rank_after(match, rest) or _day_before_dashed_month(match):
        return True
    if _hyphen_before_word(match) and not _counts_measure(suffix):
        return not (_service_line(match) or _counted_quality(suffix))
    measured = match["pct"] or match["unit"] or _fraction(match) or match["pre"] or match["post"] or match["scale"]
    if suffix and not (measured or match["b"] or match["af"]) and _ordinal_ending(match["a"], suffix):
        return True
    if suffix or measured or match["above"] or match["compare"]:
        return False
    if _bracketed_years(match) or _decades(match, rest) or _chronicle_year(match, rest):
        return True
    value = _last_value(match)
    if (match["b"] or _bracketed_end(match)) and RANKED_NOUNS.match(rest):
        return True  # a range of grades, floors, years of study, places in a table, rounds
    if value <= _LAST_GRADE and (_GRADE.match(rest) or _parallel_grade(match, rest)):
        return True
    if value <= _LAST_PRIZE_PLACE and _prize_place(rest):
        return True
    before = match.string[: match.start()].split()[-1:]
    if re.match(r"\s*күні\b", rest) and _month_before(match.string[: match.start()]):
        return True  # "ақпанның 13 күні", "Желтоқсан айының 21 күні": a day of the month
    if before and _act_number(before[0], rest):
        return True
    return context_says_ordinal(value, rest) or _coordinated_ordinal(value, rest, ranged=bool(match["b"]))


def _ordinal_ending(number: str, suffix: str) -> bool:
    """Павел 1-нің, 3-ні: the suffix as written is the one the ordinal takes (біріншінің), not the one the cardinal
    does (бірдің): the writer read the number as an ordinal. Only an н-ending tells, as no consonant-final
    cardinal takes one; after a cardinal ending in н the н may echo it (түлектердің 10-ны: оны, ten of them)."""
    if not number.isdigit() or not suffix.startswith("н"):
        return False  # a genitive's or an accusative's н follows a vowel only; -мен is often the postposition
    cardinal = cardinal_of(number)
    if cardinal.endswith("н"):
        return False
    place = ordinal_of(cardinal)
    return attach(cardinal, suffix) != cardinal + suffix and attach(place, suffix) == place + suffix


_MONTH_WORD = re.compile(r"(?:ай(?:ы|ының|дың))$", re.I)


def _month_before(before: str) -> bool:
    """The words before a number name a month: the month itself (ақпанның) or its name and the word for month
    (Желтоқсан айының)."""
    words = before.split()[-2:]
    if words and _MONTH_WORD.fullmatch(words[-1]):
        words = words[:-1]
    return bool(words) and dates.starts_with_month(words[-1])


def _day_before_dashed_month(match: re.Match[str]) -> bool:
    """A day with a dash between it and its month (20 – қарашасында): a day of the month, not a count."""
    gap, suffix = (match["gap"] or "").strip(), match["suf"]
    alone = not (match["b"] or match["af"] or match["numero"] or match["sign"])
    return (
        alone
        and gap in _DASHES
        and bool(suffix)
        and 1 <= value_of(match["a"]) <= 31
        and dates.starts_with_month(suffix)
    )


# A grade named by its number and a noun of rank in a sentence ("1-11 сынып оқушылары", "7 сыныптың"): another number
# in that sentence before the same word, the noun left out ("Өскеменде 1-4 оқушылары, Семейде 1-11 сынып
# оқушылары"), names grades too, the parallel the writer shortened.
_NAMED_GRADE = re.compile(r"\d{1,2}(?:\s?[-–]\s?\d{1,2})?(?:\s*-\s*|\s+)(?:сынып|класс|курс)\w*\s+(?P<word>\w+)")
_SENTENCE_BOUND = re.compile(r"[.!?\n]")


def _parallel_grade(match: re.Match[str], rest: str) -> bool:
    """The word after a range of numbers follows a named grade elsewhere in its sentence (a range: "5 оқушысы" may
    count pupils beside "1-4 сынып оқушысы")."""
    word = re.match(r"\s+(\w+)", rest)
    if not (word and match["b"]) or match["suf"] or RANKED_NOUNS.match(rest):
        return False
    text = match.string
    starts = [bound.end() for bound in _SENTENCE_BOUND.finditer(text, 0, match.start())]
    stop = _SENTENCE_BOUND.search(text, match.end())
    sentence = text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
    return any(grade["word"] == word.group(1) for grade in _NAMED_GRADE.finditer(sentence))


def _possessed_rank_after(match: re.Match[str], rest: str) -> bool:
    """A whole number, bare or with a possessive typed onto it, before a possessed noun of rank: its place."""
    plain = not (match["af"] or match["pct"] or match["unit"] or match["scale"] or match["pre"] or match["post"])
    bare = not match["suf"] or (match["gap"] == "-" and match["suf"] in _POSSESSIVE_ON_NUMBER)
    return plain and bare and not match["above"] and _POSSESSED_RANK.match(rest) is not None


def _prize_place(rest: str) -> bool:
    """The number names a place won: орын follows it and a verb of winning or of ranking ends its sentence."""
    if _LISTED_PLACE.match(rest):
        return True
    place = _PRIZE_PLACE.match(rest)
    return bool(place and _WON.match(rest, place.end()))


# An adjective made of a noun by -лы/-лі or -лық/-дық/-тық says how many of it a thing has or lasts (3-бөлмелі пәтер,
# 5-жылдық жоспар, 2-орындық): the number counts, no ordinal. -ты/-ді are left out, being the accusative's too
# (5-қабатты жөндеді), and so are nouns that rank (5-сыныптық оқулық: the fifth grade's).
_QUALITY = re.compile(r"(?P<stem>\w{3,}?)л[ыі](?P<rest>\w*)|(?P<short>\w{2,}?)[лдт][ыі][қкғг](?P<more>\w*)")


def _counted_quality(word: str) -> bool:
    """The noun before -лы/-лі has three letters at least (2-желі: же + лі is none); before -лық two (6-айлық).
    What follows the quality is a noun's ending, never a numeral's collective -у (1-жаттығу is an exercise)."""
    found = _QUALITY.fullmatch(word)
    stem, rest = (found["stem"] or found["short"], found["rest"] or found["more"]) if found else ("", "")
    if not stem or RANKED_NOUNS.match(" " + stem):
        return False
    endings = parse_suffixes(rest) if rest else []
    return endings is not None and "collective" not in endings and bool(capitals.known_word(stem))


def _service_line(match: re.Match[str]) -> bool:
    """103-пультіне, 1414-нөміріне: a service number hyphenated onto the word of its line."""
    alone = not (match["b"] or _fraction(match))
    return alone and bool(_SERVICE_NUMBER.fullmatch(match["a"])) and match["suf"].startswith(_SERVICE_LINE_WORDS)


_YEARS_IN_BRACKETS = (1800, 2100)  # the years a programme's term may span (1500-2000 may be a price)
# Words naming a plan or a document whose term follows in brackets: тұжырымдамасы (2024-2029), графигі (2015–2023);
# and words naming the span of time itself: "соңғы бес жылда (2021–2025)", "бұл кезеңде (2019-2023)".
_TERMED_DOCUMENT = re.compile(
    r"(?:тұжырымдама|бағдарлама|стратегия|концепция|жоспар|графи[кг]|кесте|жыл|кезең|мерзім)\w*\s*\($", re.I
)


# A line of a chronicle opens with its year and a dash before what the year saw ("2001 – «Әулие ата» (Өскеменде);"):
# the year is named, an ordinal; a number after the dash makes the line a table's row (2020 – 1 488), left counted.
_CHRONICLE_DASH = re.compile(r"\s?[–—-]\s?(?![\s\d])")


def _chronicle_year(match: re.Match[str], rest: str) -> bool:
    """A lone four-digit year at the start of a line, a dash and words after it."""
    low, high = _YEARS_IN_BRACKETS
    opens_line = not match.string[: match.start()].strip(" \t") or match.string[: match.start()].endswith("\n")
    alone = not (match["b"] or match["af"] or match["numero"] or match["sign"])
    year = len(match["a"]) == 4 and low <= value_of(match["a"]) <= high
    return opens_line and alone and year and _CHRONICLE_DASH.match(rest) is not None


# A person named before brackets, by name or by a ruler's or a poet's title, a dash between them or not: "Абылай хан
# (1711-1781)", "хан — (1733—1737)", "Шоқан Уәлиханов (1835–1865)"; the years in the brackets are a life or a reign.
_PERSON_BEFORE = re.compile(
    rf"(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+|хан|би|батыр|сұлтан|қаған|патша|император|ақын|жырау|қонтайшы)"
    r"\)?\s*[—–-]?\s*\($"
)
_YEARS_OF_A_LIFE = (1000, 2100)  # a life or a reign of the Middle Ages is dated too (Әбілқайыр (1428-1468))
_LONGEST_LIFE = 120  # a wider span after a name is no life (a price range, a count)


# An event or a work named in quotation marks before the brackets: "«Ақтабан шұбырынды» (1723 — 25)", "«Абай жолы»
# (1942-1956)"; the years are its span, the life of the thing named.
_QUOTED_BEFORE = re.compile(r"[»”\"]\s*[—–-]?\s*\($")


def _bracketed_years(match: re.Match[str]) -> bool:
    """A range of two years alone in brackets after a plan or a document it is the term of, after the span of years
    it dates, or after a person whose life or reign it is or an event it dates: years, said as ordinals as a year
    range is. The last year may be cut to its last two digits in the same century (1723 — 25)."""
    first, last = match["a"], match["b"]
    if not (last and first.isdigit() and last.isdigit() and len(first) == 4 and len(last) in (2, 4)):
        return False
    text = match.string
    if text[match.end() :].lstrip()[:1] != ")":
        return False
    end = int(last) if len(last) == 4 else int(first[:2] + last)
    before = text[: match.start()].rstrip()
    if _TERMED_DOCUMENT.search(before):
        low, high = _YEARS_IN_BRACKETS
        return low <= int(first) < end <= high
    low, high = _YEARS_OF_A_LIFE
    lived = low <= int(first) < end <= high and end - int(first) <= _LONGEST_LIFE
    return lived and (_PERSON_BEFORE.search(before) or _QUOTED_BEFORE.search(before)) is not None


def _bracketed_end(match: re.Match[str]) -> bool:
    """A range's last end given in brackets after it: the 12 of "2-11 (12)- сыныптарда"."""
    text = match.string
    before = text[max(0, match.start() - 12) : match.start()]
    return bool(re.search(r"\d\s?[-–]\s?\d{1,2}\s*\($", before)) and text[match.end() :][:1] == ")"


# A year word that makes the number before it the year of the month after it (48 жылдың майында): not жылы, which
# after a small number is warmth ("5 жылы мамырда" is not said of a year).
_YEAR_OF_A_MONTH = re.compile(r"жылдың|жылғы")
# The month names Kazakh speech takes from Russian (48 жылдың майында, 1986 жылдың декабрінде), besides its own.
_SPOKEN_MONTH = re.compile(r"(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)", re.I)


def _month_after_a_year(word: str) -> bool:
    return dates.starts_with_month(word) or bool(_SPOKEN_MONTH.match(word))


# A military formation named by its number, bare before the formation's name, the arm it serves in between (316
# атқыштар дивизиясы, 1073 атқыштар полкі, 8 гвардиялық атқыштар дивизиясында): its number, "the 316th". The name is
# an izafet, possessed whatever the number means, so only a number of a hundred or more, which no count of
# formations reaches, is taken for the formation's own; "18 атқыштар дивизиясы" may count them.
_ARM = (
    r"(?:гвардиялық\s+)?(?:мото)?(?:атқыштар|танк|механикаландырылған|кавалериялық|атты\s+әскер|жаяу\s+әскер"
    r"|артиллериялық|авиациялық|десанттық|гвардиялық)"
)
_FORMATION_NOUN = r"(?:дивизиясы|дивизиялары|полкі|полкы|полктары|армиясы|корпусы|бригадасы|батальоны|эскадрильясы)"
_FORMATION = re.compile(rf"\s+{_ARM}\s+{_FORMATION_NOUN}")  # its case ending may follow (дивизиясында)
_FEWEST_FORMATION_NUMBER = 100
# A recurring games named by its edition's number, bare before the games' name (Парижде өткен 33 Олимпиада ойындарына,
# 31 жазғы Универсиада): "the 33rd". A small number may count the games one took part in (3 Олимпиада ойындарына
# қатысқан), so only a number of twenty or more, which no count of games a country or an athlete went to reaches,
# is taken for the edition; a year before the games' name (2024 жазғы Олимпиада) is no edition and is left alone.
_GAMES = re.compile(
    r"\s+(?:(?:жазғы|қысқы|дүниежүзілік)\s+){0,2}"
    r"(?:(?:олимпиада|паралимпиада|сурдлимпиада|азия)\s+ойындар|универсиада|спартакиада)",
    re.I,
)
_EDITION_NUMBERS = range(20, 100)


def context_says_ordinal(value: int, rest: str) -> bool:
    """What follows a bare number makes it an ordinal: a year word, a month after a day, ғасыр."""
    words = rest.split(maxsplit=2)
    word = words[0].lower() if words else ""
    if word.startswith("жылды") and not word.startswith(("жылдың", "жылды ")):
        # жылдық, жылдығы: a count of years; so is a number below a year's before the accusative (жасы 17 жылды құрайды)
        return word == "жылды" and 1000 <= value <= 2999
    if _YEAR_OF_A_MONTH.match(word) and len(words) > 1 and _month_after_a_year(words[1]):
        return True  # "48 жылдың майында", "1986 жылғы желтоқсанда": the year a month is of, however short
    if word in ("жылы", "жылғы"):
        return value >= 100  # "5 жылы" is five degrees warm; no temperature reaches a hundred
    if word.startswith(("ж.", "жж.")):
        return True
    if _SPAN_OF_YEARS.match(rest):
        return False
    if word.startswith("жыл") or (word in YEAR_KINDS and len(words) > 1 and words[1].startswith("жыл")):
        return 1000 <= value <= 2999
    if value <= 31 and (dates.starts_with_month(word.lstrip("(")) or word.startswith(DAY_OF_MONTH)):
        return True  # "17 (ақпанда)": the month in brackets after its day
    if value >= _FEWEST_FORMATION_NUMBER and _FORMATION.match(rest):
        return True
    if value in _EDITION_NUMBERS and _GAMES.match(rest):
        return True
    return bool(ORDINAL_CONTEXT.match(word) or ORDINAL_NOUNS.match(word) or CITED_APPENDIX.match(rest))


_NAMES = rf"(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+\s+){{0,2}}"  # "Нестеров 10, Антон Слепышев 12-минуттарда"
_COORDINATED = re.compile(rf"(?:\s*,\s*|\s+{CONJUNCTION}\s+){_NAMES}\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?")
# Year ranges listed with commas before one year word ("2005-2006, 2007-2008 жылы туған"): each range is years, said
# as ordinals as the last one is; a count is not written as a range of four-digit years.
_YEAR_RANGES = re.compile(r"(?:\s*,\s*[12]\d{3}\s?[-–]\s?[12]\d{3})+")


def _coordinated_ordinal(value: int, rest: str, ranged: bool = False) -> bool:
    """Coordinated numbers ("7 және 8 шілдеде", "2, 3, 4 қазанға") are ordinals when the last one is. `ranged`: the
    first is a range itself (2005-2006)."""
    end, chain = 0, ""
    while link := _COORDINATED.match(rest, end):
        end, chain = link.end(), chain + link.group()
    if not chain:
        return False
    last = int(re.findall(r"\d+", chain)[-1])
    after = rest[end:]
    hyphenated = re.match(rf"-([{KAZAKH_LOWER}]+)", after)  # "1, 2 және 3-сыныптар"
    # "саны 1200, 5 мамырда": a count, then a day; a ranked noun the last one is hyphened to ranks them all, small and
    # large ("27, 37-баптарына"), but not a clipped word ("[2, 134-б.]": a source, then its page)
    ranks = hyphenated is not None and len(hyphenated.group(1)) > 2 and not dates.starts_with_month(hyphenated.group(1))
    if (value <= 31) != (last <= 31) and not ranks:
        return False
    if hyphenated:
        word = hyphenated.group(1)
        return hyphenated_word(word) and not _counts_measure(word)
    if not re.search(CONJUNCTION, chain):
        # commas alone join days of a month, or years before a plural жылдар ("2015, 2017 жылдарда"), not
        # a count before the next year ("2020 жылы - 1488, 2021 жылы")
        word = after.split(maxsplit=1)[0].lower() if after.strip() else ""
        years = word.startswith("жылдар") and 1000 <= last <= 2999
        listed = ranged and 1000 <= value <= 2999 and _YEAR_RANGES.fullmatch(chain) is not None
        years = years or (listed and context_says_ordinal(last, after))
        return years or (last <= 31 and dates.starts_with_month(word)) or bool(CITED_APPENDIX.match(after))
    return context_says_ordinal(last, after)


def _amount(integer: str, fraction: str | None, as_ordinal: bool) -> str:
    if fraction:
        return decimal(re.sub(r"\D", "", integer), fraction)
    if len(integer) > 2 and integer.startswith("0"):
        return digits(integer)  # 090000: a code, said digit by digit
    spoken = cardinal_of(re.sub(r"\D", "", integer))
    return ordinal_of(spoken) if as_ordinal else spoken


# Nouns a number ranks (the 1st and 2nd group): "1,2 топтағы" lists two ranks, it is no decimal.
_RANK_NOUNS = re.compile(r"\s+(?:топ|сынып|курс|дәреже|санат|разряд)")


# A month's name after two numbers listed with a bare comma (17,18 маусым күндері): two days of it, no decimal.
_MONTH_AFTER = re.compile(rf"\s+(?i:{dates.MONTH})")
_LAST_DAY = 31


def _ranks_listed(match: re.Match[str]) -> bool:
    """ "1,2 топтағы мүгедектер": two consecutive one-digit ranks listed with a comma before a noun they rank, or
    before the places a contest's winners took ("1,2 орынды иеленген спортшыларға": the first and second); "17,18
    маусым": two days listed before their month, the second later than the first."""
    whole, fraction = match["a"], match["af"]
    if not fraction or match.string[match.end("a")] != ",":
        return False
    rest = match.string[match.end() :]
    ranks = len(whole) == len(fraction) == 1 and int(fraction) == int(whole) + 1
    if ranks and (_RANK_NOUNS.match(rest) or _prize_place(rest)):
        return True
    return _days_listed(whole, fraction) and bool(_MONTH_AFTER.match(rest))


def _days_listed(first: str, second: str) -> bool:
    """Two numbers that can be days of one month in the order a list gives them: 17,18, not 3,05 nor 18,17."""
    return len(first) <= 2 and not second.startswith("0") and 1 <= int(first) < int(second) <= _LAST_DAY


def _per_spoken(per: str) -> str:
    """The unit an amount is per, in the dative of its possessive: секундына, текше метріне."""
    return attach(abbr.unit_spoken(per), "ына")


# A rate's units standing without an amount, as a tariff table's column gives them (теңге/м3, тг/Гкал): read as
# after one (теңге текше метріне). The first unit is a word or a symbol of two letters or more (м/с stays).
_LONG_UNIT = "|".join(re.escape(u) for u in _UNITS if len(u) > 1)
_SLASH = re.compile("/")
_BACKSLASH = re.compile(r"\\")
_HYPHEN = re.compile("-")
_DIGITS_HYPHENATED = re.compile(r"\d-\d")  # a clock typed with a hyphen (10-00)
RATE_UNITS = re.compile(rf"(?<![\w/])(?P<unit>{_LONG_UNIT}|{_UNIT_WORD})\s?/\s?(?P<per>{_PER_WRITTEN})(?![\w²³/])")

# A unit alone in brackets after a column's or a field's name, as a table's heading gives it (Жері - аумағы (км²),
# Биіктігі (м)): read as after an amount (шаршы шақырым). A symbol of two letters or more (а (г) тармағы stays).
BRACKETED_UNIT = re.compile(rf"(?<=[{KAZAKH_LOWER}] \()(?P<unit>{_LONG_UNIT})(?=\))")


# An amount with the unit it is per after a spaced slash and no unit of its own, as an infobox's density gives it
# (5,9 / км2, 15 / шаршы миль): what is counted goes unsaid, the amount is per the unit (шаршы шақырымына).
_WRITTEN_POWER_UNIT = rf"(?:шаршы|текше)\s[{KAZAKH_LOWER}]+"
AMOUNT_PER_UNIT = re.compile(
    rf"(?<![\w.,/])(?P<a>\d+)(?:,(?P<af>\d+))?\s/\s(?P<per>{_WRITTEN_POWER_UNIT}\b|{_PER_WRITTEN})(?![\w²³/])"
)


def speak_amount_per_unit(match: re.Match[str]) -> str:
    """5,9 / км2 → бес бүтін оннан тоғыз шаршы шақырымына; a unit written out is its own reading."""
    per = match["per"]
    unit = per if re.fullmatch(_WRITTEN_POWER_UNIT, per) else abbr.unit_spoken(per)
    return f"{_amount(match['a'], match['af'], False)} {attach(unit, 'ына')}"


def speak_rate_units(match: re.Match[str]) -> str:
    """теңге/м3 → теңге текше метріне; a pair of currencies (рубль/теңге) is no rate and stays."""
    if abbr.unit_spoken(match["per"]).startswith(_MONEY_WORDS):
        return match.group()
    return f"{abbr.unit_spoken(match['unit'])} {_per_spoken(match['per'])}"


def _per_hour(match: re.Match[str]) -> bool:
    return bool(match["per"]) and abbr.unit_spoken(match["per"]) == "сағат"


def _hour_first(match: re.Match[str]) -> bool:
    """A speed per hour is said with its hour first (60 км/сағ → сағатына алпыс шақырым); a case suffix written on
    the rate is then the amount's (км/сағ-қа, км/сағатқа → сағатына жиырма шақырымға)."""
    return _per_hour(match) and not _power_hours(match)


def _per_first(match: re.Match[str]) -> bool:
    """The unit the amount is per said before it: an hour's (сағатына алпыс шақырым), and any when a sign of comparison
    puts the amount in the ablative (<0,02 мг/л → литріне нөл бүтін жүзден екі миллиграммнан кем)."""
    compared = bool(match["compare"] and match["per"]) and not _per_suffixed(match) and not _power_hours(match)
    return _hour_first(match) or compared


# A unit of power over an hour is energy, not a rate: кВт/сағ is typed for кВт·сағ (119 млрд кВт/сағ → жүз он тоғыз
# миллиард киловатт-сағат), as no power is said per hour.
_POWER_WORDS = frozenset({"ватт", "киловатт", "мегаватт", "гигаватт"})


def _power_hours(match: re.Match[str]) -> bool:
    return bool(match["unit"]) and _per_hour(match) and abbr.unit_spoken(match["unit"]) in _POWER_WORDS


def _per_suffixed(match: re.Match[str]) -> bool:
    return bool(match["persuf"] or _hyphen_suffix(match))


def _hyphen_suffix(match: re.Match[str]) -> bool:
    """A case suffix written on after a hyphen (м/с-қа, ₸/кг-нан), or typed apart with it (мкг/м3 -тен)."""
    return bool(match["suf"] and (match["gap"] or "").strip() == "-" and parse_suffixes(match["suf"]))


def _rate_cased(match: re.Match[str], governed: str | None, as_ordinal: bool) -> bool:
    """The unit an amount is per, said after it, takes the case the sentence gives the amount, after its
    3rd-person possessive: a suffix written on the rate (м/с-қа → метр секундына, мкг/м3-тен → микрограмм текше
    метрінен, ₸/кг-нан → теңге килограммынан) or one a word after it governs (5 м/с дейін → секундына дейін)."""
    per_last = (match["per"] and not _per_first(match) and not _power_hours(match)) or _currency_per(match)
    if not per_last or match["persuf"]:
        return False
    return _hyphen_suffix(match) or bool(governed and not match["suf"] and not as_ordinal)


# A percent sign the word itself follows (56% пайызы, 10% процентке) is the word written twice: the word is said.
_PERCENT_WORD_AFTER = re.compile(r"\s+(?:пайыз|процент)", re.I)


def _measure(match: re.Match[str], rate_cased: bool = False) -> str:
    words = ""
    if match["scale"]:
        words += " " + SCALES[match["scale"].strip().rstrip(".").lower()]
    if match["pct"] and not _PERCENT_WORD_AFTER.match(match.string, match.end()):
        words += " пайыз"
    if match["unit"]:
        words += " " + abbr.unit_spoken(match["unit"])
    if match["per"] and _power_hours(match):
        words += "-" + (attach("сағат", match["persuf"]) if match["persuf"] else "сағат")
    elif match["per"] and not _per_first(match):
        words += " " + _per_words(match, rate_cased)
    return words + _currency_words(match, rate_cased)


def _currency_words(match: re.Match[str], rate_cased: bool = False) -> str:
    """The currency a sign names, and the unit it is paid per when a slash follows (20 €/м² → жиырма еуро шаршы
    метріне; with a case suffix written on, the unit takes it after its possessive: 250 ₸/кг-нан → теңге
    килограммынан)."""
    written = (match["pre"] or match["post"] or "").strip().split("/")[0].strip()
    if not written:
        return ""
    per = _currency_per(match)
    return " " + CURRENCIES[written] + (" " + _per_in_case(per, rate_cased) if per else "")


def _currency_per(match: re.Match[str]) -> str | None:
    """The unit a price is per, after a slash that follows its currency's sign, written after the amount (250 ₸/кг)
    or before it ($85/баррель → сексен бес доллар барреліне, $2 000/унция → екі мың доллар унциясына)."""
    return match["cper"] or match["pper"]


def _per_words(match: re.Match[str], rate_cased: bool) -> str:
    """метр секундына; with a case suffix written on, the unit takes it after its possessive (метр/секундке →
    секундына, м/с-тен → секундынан: the suffix is attached last)."""
    if match["persuf"]:
        return attach(_possessed(abbr.unit_spoken(match["per"])), match["persuf"], possessive=True)
    return _per_in_case(match["per"], rate_cased)


def _per_in_case(per: str, rate_cased: bool) -> str:
    """The unit an amount is per: in the 3rd-person possessive, for a case to be attached (секунды → секундына,
    секундынан), or in its dative when the sentence gives none (секундына)."""
    return _possessed(abbr.unit_spoken(per)) if rate_cased else _per_spoken(per)


_MONEY_WORDS = ("теңге", "доллар", "еуро", "рубль", "фунт", "иена", "юань")


def _number_kind(match: re.Match[str], rest: str, as_ordinal: bool) -> str:
    currency = match["pre"] or match["post"]
    unit = abbr.unit_spoken(match["unit"]) if match["unit"] else ""
    if currency or unit.startswith(_MONEY_WORDS) or (not unit and rest.lstrip().startswith(_MONEY_WORDS)):
        return "money"
    if unit or match["pct"] or match["per"]:
        return "measure"
    return "ordinal" if as_ordinal else "cardinal"


def _without_cue(match: re.Match[str], rest: str, as_ordinal: bool) -> bool:
    """A bare number read as a cardinal with nothing around it to say so: no suffix, unit, scale, sign of a list or
    a year, no word after it. It might have been a year, a day or a place in a list."""
    marked = match["suf"] or match["numero"] or match["above"] or match["compare"] or match["b"] or _fraction(match)
    measured = match["pct"] or match["unit"] or match["pre"] or match["post"] or match["scale"]
    return not (as_ordinal or marked or measured or dates.governed_case(rest) or re.match(r"\s*\w", rest))


def speak_number(match: re.Match[str]) -> str:
    rest = match.string[match.end() :]
    as_ordinal = _is_ordinal(match, rest)
    spoken = _number_words(match, rest, as_ordinal)
    if match.string[match.start() - 1 : match.start()] == ",":
        spoken = " " + spoken  # "0,-7°С": the comma typed without its space → нөл, минус жеті
    code = len(match["a"]) > 2 and match["a"].startswith("0") and not _fraction(match)  # 090000, said digit by digit
    listed = signs.temperatures_listed(match) or _ranks_listed(match)
    kind = "number run" if code else _number_kind(match, rest, as_ordinal or _ranks_listed(match))
    return Spoken(spoken, kind, code or listed or _without_cue(match, rest, as_ordinal))


# The rest of a list of inserted articles or clauses after one of its members, up to the word its last member names
# (5-1, 5-2-баптары; 12-1 және 12-2-тармақтар).
_LIST_JOINER = r"(?:\s?,\s?|\s(?:және|мен|немесе)\s)"
_SUB_NUMBERED_REST = re.compile(rf"{_LIST_JOINER}(?:\d+-\d+{_LIST_JOINER})*\d+-\d+-(?P<word>\w+)")


def _listed_before_part(match: re.Match[str]) -> bool:
    """5-1, 5-2-баптары: a list's member before the part's word its last member is hyphened onto."""
    rest = _SUB_NUMBERED_REST.match(match.string, match.end())
    return bool(rest) and numbering.names_part(rest["word"])


# A law's part in the singular possessive (бабы, бабының, тармағына, тармақшасы, бөлігі): it names one part, so two
# numbers before it are that part's, one inserted after another (109-1 бабының, 2-7 тармағына); a range of parts takes
# the plural (4-7-баптары, 1-3 тармақтарында).
_ONE_PART_OWNED = re.compile(r"(?:бабы|тармағы|тармақшасы|бөлігі)\w*", re.I)
_PART_WORD_AFTER = re.compile(r"\s(?P<word>\w+)")


def _before_one_part(match: re.Match[str]) -> bool:
    """109-1 бабының, 2-7-тармағына: the numbers stand before one part's name in the possessive."""
    if match["suf"]:
        return _hyphen_before_word(match) and bool(_ONE_PART_OWNED.fullmatch(match["suf"]))
    word = _PART_WORD_AFTER.match(match.string, match.end())
    return bool(word) and bool(_ONE_PART_OWNED.fullmatch(word["word"]))


def _sub_numbered(match: re.Match[str]) -> bool:
    """43-1-бабы, 7-2-тармақ: an article inserted after another is numbered below it, not a range (ranges go up);
    so is each member of a list of them (5-1, 5-2-баптары → бес бір, бес екінші баптары), and two numbers before one
    part's possessive whatever their order (6-бабының 2-7 тармағына → екі жетінші тармағына)."""
    a, b = match["a"], match["b"]
    if not b or match["bsign"] or match["bf"] or _fraction(match) or len(a) == 4:
        return False
    joined = match.string[match.start("a") + len(a) : match.start("b")] == "-"
    before_word = _hyphen_before_word(match) or (not match["suf"] and _listed_before_part(match))
    below = value_of(b) < value_of(a) and before_word  # 1 280-1 300: spaced thousands
    return joined and (below or _before_one_part(match))


# A plus written after a number is a threshold (75+ келі, 100+ адам → жүзден жоғары адам), unless a generation's or
# a rating's word follows it: then it is part of the grade's name, said as written (4+ буындағы → төрт плюс
# буындағы, 12+ санатындағы → он екі плюс санатындағы), or it is an audience's age rating (16+ фильмдер, жас
# шектеулері: 21+, 18+), as signs.age_rating finds.
_GRADE_AFTER = re.compile(r"\s*(?:буын|ұрпақ|ұрпағ|санат)")


def _above_spoken(match: re.Match[str], words: str, rest: str) -> str:
    """The number with the plus written after it: over it, or a grade's or a rating's plus."""
    labelled = _GRADE_AFTER.match(rest) or signs.age_rating(match)
    return words + " плюс" if labelled else _compared_spoken(words, "+")


# A sign of comparison written before a number, as a table of limits gives it (<0,02, >110, ≤5), or a threshold's
# plus after it: the amount in the ablative and the comparison said after it (нөл бүтін жүзден екіден кем, жүз оннан
# артық, бестен артық емес, жүзден жоғары).
_COMPARED = {"<": "кем", ">": "артық", "≤": "артық емес", "≥": "кем емес", "+": "жоғары"}


def _compared_spoken(words: str, sign: str) -> str:
    return f"{attach(words, 'дан')} {_COMPARED[sign.strip()]}"


def _number_words(match: re.Match[str], rest: str, as_ordinal: bool) -> str:
    glue = " " if rest[:1].isalpha() else ""  # "3градус": a word written onto the number
    sign = signs.first_sign(match)
    if signs.temperatures_listed(match):
        words = f"{sign}{cardinal_of(match['a'])}, {cardinal_of(match['af'])}"
    elif _ranks_listed(match):
        words = f"{ordinal_of(cardinal_of(match['a']))}, {ordinal_of(cardinal_of(match['af']))}"
    else:
        first_ordinal = as_ordinal and not _sub_numbered(match) and not (match["b"] and value_of(match["a"]) == 0)
        words = sign + _amount(match["a"], _fraction(match), first_ordinal)  # 0-9 сынып: нөл – тоғызыншы
    if _sub_numbered(match):
        words += " " + _amount(match["b"], None, as_ordinal)
    elif match["b"]:
        words += " – " + signs.second_sign(match, sign) + _amount(match["b"], match["bf"], as_ordinal)
    governed = dates.governed_case(rest) or signs.threshold_case(match, rest)  # +23°C дейін → градусқа дейін
    rate_cased = _rate_cased(match, governed, as_ordinal)
    words += _measure(match, rate_cased)
    if _per_first(match):
        words = f"{_per_spoken(match['per'])} {words}"
    if match["above"]:
        words = _above_spoken(match, words, rest)
    if match["compare"]:
        words = _compared_spoken(words, match["compare"])
    suffix = match["suf"] or (match["persuf"] if _hour_first(match) else None)  # км/сағатқа: the amount's case
    possessive = _possessive_unit(match) or rate_cased
    if not suffix and governed and not as_ordinal and not match["persuf"]:  # секундына дейін: the rate has its case
        return attach(words, governed, possessive)
    # 5-сынып, 90-жылдары, 25-метрге, 5-т.: after the hyphen a word, not a suffix
    if match["numero"] and suffix and ORDINAL_MARKER.match(suffix):
        return words  # №15-ші: the number is an ordinal already
    if suffix and _ABOUT.match(suffix):
        return _approximate(words, suffix)
    if as_ordinal and _possessed_rank_after(match, rest):
        return words  # 76-сы сессиясы: the possessive is the noun's
    if _hyphen_before_word(match):
        numbered = _numbered_word(match, suffix)
        if numbered:
            return f"{words} {numbered}"
        dot = match["sufdot"] or ""
        return (words if ORDINAL_MARKER.match(suffix) else f"{words} {suffix}") + dot
    if _owned_share(match, rest):
        words = _possessed(words)  # халықтың 96%) → тоқсан алты пайызы
    if _day_of_a_named_month(match):
        words, possessive = _possessed(words), True  # маусымның 4-де → төртінде
    stop = _sentence_stop(match)
    return attach_written(words, match["gap"], suffix, possessive) + (match["sufdot"] or "") + glue + stop


# A reference's "see" after a clipped word (2-б. қараңыз): the clipped word is its object, in the accusative.
_SEE_AFTER = re.compile(r"\s+қара(?:ңыз|ңдар|)(?![\w-])")


def _numbered_word(match: re.Match[str], suffix: str) -> str | None:
    """The word a clipped one after a hyphenated number stands for (5-т. → тармақ, 7-б. → бап); closing a bracketed
    reference it is the page's, as before a number ([269-б.] → бет, as [15, б. 78]); before қараңыз it is the object
    seen, in the accusative (2-б. қараңыз → екінші бапты қараңыз); there its full stop may be left off (2-т қараңыз)."""
    seen = _SEE_AFTER.match(match.string, match.end()) is not None
    if not match["sufdot"] and not seen:
        return None
    closes_reference = match.string.startswith("]", match.end())
    entry = (_PAGE.get(suffix + ".") if closes_reference else None) or _NUMBERED.get(suffix)
    if entry and seen:
        return inflect(entry.spoken, ["accusative"])
    return entry.spoken if entry else None


def _sentence_stop(match: re.Match[str]) -> str:
    """The full stop after a unit symbol before a number ends the sentence (5 м. 2020 жылы); after a clipped word
    it is the abbreviation's (3 сағ. 40 мин.), as before a comma, a semicolon or a colon (128-136 см., басы). A unit
    or a scale written with its own full stop (долл., л.с., млн.) at the end of the text or before a capital ends the
    sentence with it."""
    rest = match.string[match.end() :]
    before_number = match["unitdot"] and rest.lstrip()[:1].isdigit()
    if before_number and match["unit"] not in _CLIPPED:
        return "."
    dotted_word = not match["suf"] and match.group().endswith(".")
    return "." if dotted_word and (not rest.strip() or _CAPITAL_AFTER.match(rest)) else ""


# A sentence's first word after a space: a capital before a small letter; an initialism (млн. АҚШ доллары) goes on.
_CAPITAL_AFTER = re.compile(rf"\s+[«\"]?[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]")


# A percentage just after a word in the genitive, with nothing after it in its phrase (ауылдық халықтың 96%), is
# the share that word owns, said in the 3rd-person possessive as it is written out (тұрғындардың 98,1 пайызы).
_GENITIVE_BEFORE = re.compile(rf"\w-?{_GENITIVE_SUFFIX} $")
# A month in the genitive owns the day after it (маусымның 4-де, қарашаның 16-сы күні): the day takes the possessive
# before the case written on it, маусымның төртінде, as "мамырдың 24-не" is жиырма төртіне.
_MONTH_GENITIVE_BEFORE = re.compile(rf"(?<!\w)(?P<month>\w+?){_GENITIVE_SUFFIX} $")
_PHRASE_END = re.compile(r"\s*(?:[).,;:!?»]|$)")
# Shares listed with commas before the verb they share (түсімінің 12%, инвестицияның 9% қамтамасыз етеді): the comma
# ends no phrase but a member of the list, said as the list's last share is, bare when that one runs on into its verb.
_BARE_SHARE_LISTED_AFTER = re.compile(rf",\s+(?:\w+\s+){{0,3}}\w+{_GENITIVE_SUFFIX}\s\d+(?:,\d+)?\s?%\s+\w")


def _owned_share(match: re.Match[str], rest: str) -> bool:
    """The percentage is what the genitive before it owns: халықтың 96%) → тоқсан алты пайызы; not a member of a
    list whose last share runs on bare into the verb (түсімінің 12%, инвестицияның 9% қамтамасыз етеді)."""
    owner = _GENITIVE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    ends = _PHRASE_END.match(rest)
    return bool(match["pct"] and not match["suf"] and owner and ends and not _BARE_SHARE_LISTED_AFTER.match(rest))


def _day_of_a_named_month(match: re.Match[str]) -> bool:
    """A day with a case written on it after its month in the genitive: маусымның 4-де."""
    suffix = match["suf"]
    alone = not (match["b"] or match["af"] or match["numero"] or match["sign"] or match["pct"] or match["unit"])
    if not (alone and suffix and match["gap"] == "-" and 1 <= value_of(match["a"]) <= 31 and parse_suffixes(suffix)):
        return False
    owner = _MONTH_GENITIVE_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
    return bool(owner and dates.starts_with_month(owner["month"]))


def _possessive_unit(match: re.Match[str]) -> bool:
    """The unit's expansion ends in the 3rd-person possessive (л.с. → ат күші): a suffix takes its н (ат күшіне)."""
    unit = match["unit"]
    return bool(unit and not match["per"] and unit not in _UNIT_WORDS and abbr.of_kind("unit")[unit].possessive)


# Numbers listed with bare commas (ГРПШ-14,15,16-ны): three and more are no decimal, nor grouped thousands unless
# every group after the first has three digits (1,250,000).
NUMBER_LIST = re.compile(
    rf"(?<![\w.,])(?!\d{{1,3}}(?:,\d{{3}})+(?![\d,]))(?P<list>\d{{1,4}}(?:,\d{{1,4}}){{2,}})(?![.,]?\d)"
    rf"(?:-(?P<suf>{SUFFIX})(?![\w-])|(?![-\w]))"
)


_COMMA_RUN = re.compile(r"\d,\d+,\d")


def speak_number_list(match: re.Match[str]) -> str:
    """14,15,16-ны: each number said, a suffix on the last: он төрт, он бес, он алтыны; before a hyphenated word they
    are its places (1,2,3-сыныптар: бірінші, екінші, үшінші сыныптар), and so before a month (2,3,4 қазанда)."""
    numbers, suffix = match["list"].split(","), match["suf"]
    hyphenated = bool(suffix) and hyphenated_word(suffix)
    if hyphenated or (not suffix and context_says_ordinal(int(numbers[-1]), match.string[match.end() :])):
        places = ", ".join(ordinal_of(cardinal_of(number)) for number in numbers)
        return f"{places} {suffix}" if hyphenated and not ORDINAL_MARKER.match(suffix) else places
    return attach(", ".join(cardinal_of(number) for number in numbers), suffix)


# Collective numerals written with a digit: 2-уі, 4-еуі, 6-ауы → екеуі, төртеуі, алтауы. Only the collective's own
# endings follow its у (a possessive, a case, -міз, -лап), so a numbered noun that begins with ау- or еу- stays a
# place: 5-ауыл қазағы → бесінші ауыл, not бесеуыл.
_COLLECTIVE_ENDING = (
    r"у(?:[ыі](?:[ңм][ыі]з|ң)?(?:н|н[ае]|нд[ае]|нан|нен|мен|н[ыі]ң|нд[ае]ғ?[ыі])?|м[ыі]з|л[ае]п|[гғ][ае]|д[ае]н?)?"
)
COLLECTIVE = re.compile(rf"(?<![\w.,-])(?P<n>[1-7])-[еа]?(?P<rest>{_COLLECTIVE_ENDING})(?![\w-])")
_COLLECTIVES = dict(zip("1234567", ("біреу", "екеу", "үшеу", "төртеу", "бесеу", "алтау", "жетеу"), strict=True))


def speak_collective(match: re.Match[str]) -> str:
    return _COLLECTIVES[match["n"]][:-1] + match["rest"]


# Petrol grades listed with a slash after their code (АИ — 92/93 маркалы бензин, АИ-92/95): two grades, each said as
# its number, not a fraction (аи тоқсан екі, тоқсан үш; not тоқсан үштен тоқсан екі).
FUEL_GRADES = re.compile(r"(?<![\w-])(?P<code>АИ|AI)(?P<sep>\s?[-–—]\s?|\s)(?P<a>\d{2,3})/(?P<b>\d{2,3})(?![\d/\w])")


def speak_fuel_grades(match: re.Match[str]) -> str:
    return f"{match['code']}{match['sep']}{cardinal_of(match['a'])}, {cardinal_of(match['b'])}"


# Round the clock, every day of the week (24/7 режимінде): the two numbers as they are said, no fraction.
ROUND_THE_CLOCK = re.compile(rf"(?<![\d/.,])24\s?/\s?7(?:-(?P<suf>{SUFFIX}))?(?![\d/\w]|[.,]\d)")


def speak_round_the_clock(match: re.Match[str]) -> str:
    return attach_written("жиырма төрт жеті", "-", match["suf"])


# A common fraction: numerator, slash, denominator (2/3, 1/5-і, 999/1000); a slash with a space either side joins
# two one-digit numbers (Арман 1 / 2 бетті оқыды).
FRACTION = re.compile(
    rf"(?<![\w./])(?P<n>\d{{1,3}})(?P<gap> ?)/(?P=gap)(?P<d>\d{{1,4}})(?![\w/])(?:-(?P<suf>{SUFFIX}))?"
)
# A clause that speaks of fractions (бөлшек) makes every slash pair in it one, the improper too (9/8, 4/1 – бұрыс
# бөлшек), and a number hyphenated onto алымы or бөлімі the value of that part (15-алымы, 17-бөлімі).
_FRACTION_TALK = re.compile(r"(?<!\w)бөлшек", re.I)
_SLASH_PAIR = re.compile(r"\d ?/ ?\d")
FRACTION_PART = re.compile(rf"(?<![\w.,/-])(?P<n>\d{{1,4}})-(?P<part>(?:алым|бөлім)[{KAZAKH_LOWER}]*)(?![\w-])")


# Vulgar fractions (½, ¾, ⅞) and Roman numerals written as single characters (Ⅻ, ⅻ), after an optional whole number.
NUMBER_FORM = re.compile(r"(?<!\d)(?P<whole>\d+)?(?P<form>[\u00bc-\u00be\u2150-\u215e\u2189\u2160-\u2188])")


def speak_number_form(match: re.Match[str]) -> str:
    """½ → жарты, 2½ → 2 жарым; ¾ → 3/4 and 1¾ → 1 бүтін 3/4 for the fraction rule; Ⅻ → XII for the Roman one."""
    whole, form = match["whole"], match["form"]
    if form == "½":
        return f"{whole} жарым" if whole else "жарты"
    folded = unicodedata.normalize("NFKC", form).replace("\u2044", "/")
    if folded.isalpha():
        return f"{whole or ''} {folded.upper()}".lstrip()
    return f"{whole} бүтін {folded}" if whole else folded


# The colon of a ratio, close up or spaced on both sides alike (1:3, 1 : 2); a colon spaced on one side only ends a
# label (саны 5: …).
_RATIO_COLON = r"(?P<gap>[ \u00a0]?):(?P=gap)"

# A scale: one to a thousand or more, its thousands grouped or not (масштабы 1:100 000, 1:50000, 1 : 50 000): a ratio
# said with a dash, as a score is (бір – жүз мың); no clock or score has so large a second part.
SCALE = re.compile(
    r"(?<![\d.,:])1"
    + _RATIO_COLON
    + r"(?P<b>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{4,9})(?![\d:,.]\d)(?:-(?P<suf>"
    + SUFFIX
    + r"))?"
)


def speak_scale(match: re.Match[str]) -> str:
    denominator = re.sub(r"\D", "", match["b"])
    return attach(f"бір – {cardinal_of(denominator)}", match["suf"])


# A score: two numbers around a colon that no time rule took (2:1, 0:2, 4:6 (3:0)), as the Russian reader takes it;
# the Kazakh rules read it as a ratio (below); the time rule reads 11:15.
SCORE = re.compile(rf"(?<![\d.,:])(?P<a>\d{{1,3}}):(?P<b>\d{{1,3}})(?![\d:]|\s\d{{3}}\b)(?:-(?P<suf>{SUFFIX}))?")

# A ratio: a score's numbers, or two or more terms of a proportion, any of them a decimal, around colons that no time
# rule took (2:1, 3:1 қатынаста, 1 : 2, ерлер мен әйелдер 1:1,06, 1:1,5:0,7 қатынасында); the time rule reads 11:15.
_RATIO_TERM = r"\d{1,3}(?:,\d{1,3})?"
RATIO = re.compile(
    rf"(?<![\d.,:])(?P<terms>{_RATIO_TERM}(?:{_RATIO_COLON}{_RATIO_TERM})+)(?![\d:]|,\d|\s\d{{3}}\b)"
    rf"(?:-(?P<suf>{SUFFIX}))?"
)


# A match minute written with a prime or a backtick after it (35′, Левандовски 35`, 90+3′): the minute's ordinal
# and the word, the added minutes said after плюс as a minute written with a hyphen is (90+2-минутта).
MINUTE_MARK = re.compile(r"(?<![\w.,+°])(?P<n>\d{1,3})(?:\+(?P<extra>\d{1,2}))?\s?[`′](?![\w`′])")


def speak_minute_mark(match: re.Match[str]) -> str:
    if match["extra"]:
        return f"{cardinal_of(match['n'])} плюс {ordinal_of(cardinal_of(match['extra']))} минут"
    return f"{ordinal_of(cardinal_of(match['n']))} минут"


# A fighter's record before the knockouts it holds: wins, losses and draws, then КО typed in Cyrillic or Latin
# letters, apart or glued ((36-0, 33 КО), (10-0, 6 KO), (7-1-1, 4 КО), (15-0, 10KO)). The knockouts decide the
# reading: each count is a cardinal said apart with a dash, as a score is, and КО is нокаут in either script.
FIGHT_RECORD = re.compile(
    r"(?<![\w.,:/-])(?P<tally>\d{1,3}(?:-\d{1,3}){1,2}),[ \u00a0]?(?P<ko>\d{1,3})[ \u00a0]?[КK][ОO](?![\w-])"
)
_KNOCKOUT = re.compile(r"\d[ \u00a0]?[КK][ОO]")


def speak_fight_record(match: re.Match[str]) -> str:
    """(36-0, 33 КО) → отыз алты – нөл, отыз үш нокаут; (7-1-1, 4 KO) → жеті – бір – бір, төрт нокаут."""
    tally = " – ".join(cardinal_of(count) for count in match["tally"].split("-"))
    return f"{tally}, {cardinal_of(match['ko'])} нокаут"


def speak_ratio(match: re.Match[str]) -> str:
    """2:1 → екі – бір, as sport news reads a score, and so every ratio; 3:0-ге → үш – нөлге; 1 : 1,06 → бір – бір
    бүтін жүзден алты."""
    terms = re.split(r"\s?:\s?", match["terms"])
    return attach(" – ".join(number_of(term) for term in terms), match["suf"])


def _clause_of(match: re.Match[str]) -> str:
    """The clause a match stands in: from the last stop before it to the first after it."""
    before = re.split(r"[.!?;\n]", match.string[: match.start()])[-1]
    after = re.split(r"[.!?;\n]", match.string[match.end() :])[0]
    return before + match.group() + after


def _is_fraction(match: re.Match[str]) -> bool:
    """A proper pair of small numbers is a fraction (2/3, 15/17) and so is one over a power of ten (7/1000,
    999/1000); in a clause about fractions any pair is (5/5, 9/8, 4/1); 24/7, 12/2024 and 105/233 stay codes. Spaced
    out, only one digit over one digit (1 / 2) is."""
    numerator, denominator = int(match["n"]), int(match["d"])
    if numerator == 0 or denominator == 0:
        return False
    proper = numerator < denominator
    if match["gap"]:
        return proper and denominator < 10
    if proper and (str(denominator) in ("10", "100", "1000") or (numerator < 100 and denominator < 1000)):
        return True
    return denominator < 1000 and bool(_FRACTION_TALK.search(_clause_of(match)))


def speak_fraction(match: re.Match[str]) -> str:
    """2/3 → үштен екі: the denominator in the ablative, then the numerator; 24/7 is no fraction."""
    if not _is_fraction(match):
        return match.group()
    numerator, denominator = int(match["n"]), int(match["d"])
    return attach(f"{attach(cardinal(denominator), 'дан')} {cardinal(numerator)}", match["suf"])


def speak_blood_pressure(match: re.Match[str]) -> str:
    """120/80 in a clause about pressure → жүз жиырмаға сексен; elsewhere the pair is left to the other slash rules."""
    upper, lower = int(match["upper"]), int(match["lower"])
    unit = bool(match["unit"])
    if not blood.is_pressure(upper, lower) or not (unit or blood.PRESSURE_TALK.search(_clause_of(match))):
        return match.group()
    return blood.speak_pressure(upper, lower, match["suf"], unit)


def speak_fraction_part(match: re.Match[str]) -> str:
    """15/17 … 15-алымы, 17-бөлімі → он бес – алымы, он жеті – бөлімі where the clause writes a fraction or speaks of
    one; elsewhere 2-бөлімі is a section's place (екінші бөлімі), left to the number rule."""
    clause = _clause_of(match)
    if not (_SLASH_PAIR.search(clause) or _FRACTION_TALK.search(clause)):
        return match.group()
    return f"{cardinal_of(match['n'])} – {match['part']}"


# --- abbreviations and initialisms ---------------------------------------------------------------

_DOTTED = sorted(abbr.of_kind("dotted"), key=len, reverse=True)
# A clipped word opening a sentence or a label is capitalised (Тел.:); single letters (Ж.) are initials.
_CAPITALISED = {a[0].upper() + a[1:]: a for a in _DOTTED if re.fullmatch(r"\w{2,}\.", a)}
_DOTTED_TYPED = "|".join([*map(abbr.dotted_pattern, _DOTTED), *map(re.escape, _CAPITALISED)])


# The year word after a year, read where the table's ж. would be misread: ж, жж whose page cut or left off their full
# stop (Байтұрсынов 1922 ж; 1500 – 1598жж), said as ж.; and ж. before a day of a month that qualifies a noun, the
# year's attributive form (2015 ж. 18 қарашадағы Заңы → жылғы), where before a date that says when (15 мамырда) it
# stays жылы.
_YEAR_WORD = re.compile(
    r"(?<=\d{4})(?<![\d.,]\d{4})(?P<gap>\s?)"
    rf"(?:(?P<abbr>жж|ж)(?![\w.])|(?P<before_date>ж\.)(?=\s+\d{{1,2}}\s+(?i:{dates.MONTH})\w*(?:ғы|гі)(?!\w)))"
)


def speak_year_word(match: re.Match[str]) -> str:
    return match["gap"] + ("жылғы" if match["before_date"] else abbr.table()[match["abbr"] + "."].spoken)


# ж. after a number that counts years, said жыл, not the table's жылы: an anniversary after a dash ("Жамбыл Жабаев –
# 175 ж."), a term or an age under a hundred (7 ж. 6 ай); a year of the first millennium (552 ж., б.з.б. 209 ж.) says
# when, as 1938 ж. does.
_COUNTED_YEARS = re.compile(r"(?<![\d.,])(?P<n>\d{1,3})(?P<gap>\s?)ж\.(?!\w)")
_AFTER_A_DASH = re.compile(r"(?<![\d\s])\s*[-–—]\s*$")
_AFTER_AN_ERA = re.compile(r"(?i:б\.\s?з\.(?:\s?[бд]\.)?)\s*$")


def speak_counted_years(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 12) : match.start()]
    anniversary = _AFTER_A_DASH.search(before)
    if not anniversary and (int(match["n"]) >= 100 or _AFTER_AN_ERA.search(before)):
        return match.group()
    return f"{cardinal_of(match['n'])}{match['gap'] or ' '}жыл"


# A year marked with its calendar, the Hijri (х., һ.) or the common one (м.), written onto the number before
# a year word, the other calendar's year in brackets between them (х.1334 [м.1916] жылғы): the calendar's name, then
# the year as an ordinal. Not after a number, whose м. is a metre (5 м. 2020 жылы).
_CALENDARS = {"х": "хижри", "һ": "хижри", "м": "милади"}
_CALENDAR_MARK = rf"(?P<era>[{''.join(_CALENDARS)}])\.\s?(?P<year>\d{{3,4}})(?!\d)"
_OTHER_CALENDAR_YEAR = rf"\s*[\[(]\s*[{''.join(_CALENDARS)}]\.\s?\d{{3,4}}\s*[\])]"
_CALENDAR_YEAR = re.compile(
    rf"(?<![\w.])(?<!\d\s){_CALENDAR_MARK}(?=(?:{_OTHER_CALENDAR_YEAR})?[\])]?\s*(?:жыл|жж?\.))", re.I
)


def speak_calendar_year(match: re.Match[str]) -> str:
    return f"{_CALENDARS[match['era'].lower()]} {ordinal_of(cardinal_of(match['year']))}"


# ж. and ғ. after a range of years or centuries stand for their plurals, the table's doubled forms (1968-75 ж. →
# жылдары, XV-XVI ғ. → ғасырлар).
_RANGE_WORD = re.compile(r"(?<=[\dIVXLCІХҮ])(?P<gap>\s?)(?P<abbr>[жғ])\.(?!\w)")
# ж. after a decade written as a hyphened ordinal of two digits (70-ж. республикадағы, an encyclopedia's) stands for
# жылдары, the decade's years; a year's own (1970-ж.) is four digits and stays жылы.
_DECADE_YEARS = re.compile(r"(?<=[1-9]0-)(?<![\d.,][1-9]0-)ж\.(?!\w)")
_RANGE_END = re.compile(rf"(?:\d{{2,4}}|{roman.ROMAN_TOKEN})\s?[-–—]\s?(?:\d{{2,4}}|{roman.ROMAN_TOKEN})$")


# ғ. and ғғ. after a Roman numeral where the typing lost a dot or a space (V ғ.X ғғ аралығы, ХVII ғ,, II-XIVғғ), or
# typed in capitals with the heading they stand in (ХХ Ғ. БАСЫНДАҒЫ): the century words.
_CENTURY_WORD = re.compile(
    r"(?<=[IVXLCDMІХ])\s?(?:(?P<abbr>ғғ|ғ)(?:(?P<glued>\.)(?=[IVXLCDMІХ])|(?![\w.-]))|(?P<caps>ҒҒ|Ғ)\.(?!\w))"
)


def speak_century_word(match: re.Match[str]) -> str:
    abbr = (match["abbr"] or match["caps"]).lower()
    return " " + ("ғасырлар" if abbr == "ғғ" else "ғасыр") + (" " if match["glued"] else "")


def speak_range_word(match: re.Match[str]) -> str:
    if not _RANGE_END.search(match.string, 0, match.start()):
        return match.group()
    return f"{match['gap']}{match['abbr'] * 2}."


# What an era dates as a period: a century or a millennium after its number, its Roman numeral or the ordinal an
# earlier rule made of them (б.з. V ғ., б.з. 2-мыңжылдық); a year keeps the plain reading (б.з. 552 ж.).
_DATED_AFTER = re.compile(
    rf"\s?(?:\d|(?:{roman.ROMAN_TOKEN})(?!\w)|[{KAZAKH_LOWER}]+н(?:шы|ші)(?!\w))[^,;:!?\n]{{0,40}}?"
    r"(?<![^\W\d_])(?:ғғ?(?!\w)|ғасыр|мыңжылдық)"
)


# A year word's expansion in the possessive (ж. → жылы, жж. → жылдары) before a part of the period it names (its
# beginning, middle, end, half: 1920 жж. ортасында, 1991 ж. басында) is that part's possessor, in the genitive:
# жылдардың ортасында, жылдың басында; "жылдары ортасында" is no Kazakh.
_POSSESSED_PERIODS = {"жылы": "жыл", "жылдары": "жылдар"}
_PERIOD_PART = re.compile(
    r"\s+(?:(?:бірінші|екінші)\s+)?(?:басы|ортасы|соңы|аяғы|жартысы)(?:н|на|нда|нан|ның)?(?!\w)", re.I
)


def _before_period_part(spoken: str, rest: str) -> str:
    stem = _POSSESSED_PERIODS.get(spoken)
    return attach(stem, "ның") if stem and _PERIOD_PART.match(rest) else spoken


def speak_dotted(match: re.Match[str]) -> str:
    """The expansion, in the sense its paragraph calls up (т.ғ.к. beside a history department → тарих ғылымдарының
    кандидаты); a case suffix hyphened to the abbreviation goes onto it (0,3 п.т.-ға → пайыздық тармаққа); an era
    before the century it dates takes its attributive form (б.з. V ғ. → біздің заманымыздың бесінші)."""
    entry = abbr.dotted_entry(_CAPITALISED.get(match["abbr"], match["abbr"]))
    entry = entry and abbr.in_context(entry, match.string, match.start(), match.end(), abbr.PARAGRAPH)
    spoken = entry.spoken if entry else match["abbr"]
    if entry and entry.attributive and _DATED_AFTER.match(match.string, match.end()):
        spoken = entry.attributive
    if match["suf"]:  # a word after the hyphen is a compound's other half (оңт.-батысын → оңтүстік-батысын)
        half = abbr.dotted_entry(match["suf"] + ".") if match["dot"] else None
        if half:  # clipped too: оңт.-шыг. → оңтүстік-шығыс
            return f"{spoken}-{half.spoken}"
        return attach_written(spoken, "-", match["suf"]) + (match["dot"] or "")
    rest = match.string[match.end() :]
    spoken = _before_period_part(spoken, rest)
    goes_on = entry and (entry.title or (entry.place and _NEXT_ADDRESS_PART.match(rest)))
    before_capital = re.match(rf"\s+[{KAZAKH_UPPER}A-Z«\"]", rest) and not goes_on
    ends_sentence = not rest.strip() or before_capital
    return spoken + ("." if ends_sentence and match["abbr"].endswith(".") else "")


# The next part of an address after a clipped place word: a name of a capitalised word or a few, then another place
# word as it is typed, in small letters (Қарағанды обл. Абай ауд. Ленин көш.; initials such as Ахметов А. are not).
_PLACE_WORDS = "|".join(map(re.escape, sorted((w for w, e in abbr.table().items() if e.place), key=len, reverse=True)))
_NEXT_ADDRESS_PART = re.compile(rf"\s+(?:[{KAZAKH_UPPER}][\w-]*\s+){{1,3}}(?:{_PLACE_WORDS})(?!\w)")


# A place word Russian writes before its name or number (г. Алматы, ул. Абая, мкр. Самал-2, д. 10), said in Kazakh
# order: the name, then the word (Алматы қаласы, Самал-2 шағын ауданы), a number as its ordinal (оныншы үй). A name
# of a few capitalised words ends at a comma, a bracket, a number or the line's end; one followed by a word in small
# letters is a single word, and one ending in a case suffix there (г. Қызылордада тұрады) is left as written. Not
# after a slash (м/с.) nor inside a run of dotted letters (б. з. д. 2—1), nor before a range's first number.
_AHEAD = {written: entry for written, entry in abbr.table().items() if entry.ahead}
_AHEAD_WORDS = "|".join(map(re.escape, sorted(_AHEAD, key=len, reverse=True)))
_NAME_WORD = rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]*(?:-(?:[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+|\d+))*"
_AHEAD_PHRASE = re.compile(
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


# Who signs a note in brackets after a dash (тыйым салынған – авт.; Еуразиялық экономикалық одақ - ред.): the
# author, the editors or the translator, said in full.
_NOTE_CLOSE = re.compile(r"\.\s?\)")
_NOTE_SIGNERS = {"авт": "автор", "ред": "редакция", "аудар": "аудармашы"}
_NOTE_SIGNATURE = re.compile(rf"(?P<dash>[-–—]\s?)(?P<who>{'|'.join(_NOTE_SIGNERS)})\.(?=\s?\))")


def speak_note_signature(match: re.Match[str]) -> str:
    return match["dash"] + _NOTE_SIGNERS[match["who"]]


# A clipped word may also be cut with a hyphen that keeps its ending (Астана қ-сы, Ақмола обл-сы, Сайрам ауд-ны): the
# table's clipped word whose one-word expansion begins with the stem and ends with the ending. Or the hyphen is
# followed by the word's case and number endings, which go onto the expansion (мемл-терден → мемлекеттерден,
# технол-сын → технологиясын, 18 ғ-дың → ғасырдың); an expansion already possessed or inflected (облысы, жылы) takes
# none, and a one-letter stem is a clipped word only after its number (an initial takes endings too).
_DOTTED_CLIPPINGS = {a[:-1]: e for a, e in abbr.of_kind("dotted").items() if re.fullmatch(r"\w+\.", a)}
_CLIPPED_WORDS = _DOTTED_CLIPPINGS | abbr.of_kind("cut")
_CLIPPED_STEMS = "|".join(sorted(map(re.escape, _CLIPPED_WORDS), key=len, reverse=True))
_HYPHEN_CUT = re.compile(rf"(?<![\w.-])(?P<stem>{_CLIPPED_STEMS})-(?P<end>\w{{2,7}})(?![\w-])")
_NUMBER_BEFORE = re.compile(r"(?:\d|н(?:шы|ші))\s?$")  # the number, or the ordinal an earlier rule made of it
_NAME_BEFORE = re.compile(rf"[{KAZAKH_UPPER}][\w-]*\s$")  # the name a clipped place word follows (Өскемен қ-нан)


def _possessed_case(spoken: str, end: str) -> bool:
    """An expansion with the 3rd-person possessive (облысы, станциясы) takes a case after its н, as the end written
    after the hyphen keeps it (обл-ның → облысының, ауд-ндағы → ауданындағы, ст-на → станциясына)."""
    return spoken[-1] in "ыі" and end.startswith("н") and parse_suffixes(end) is not None


def speak_hyphen_cut(match: re.Match[str]) -> str:
    entry, stem, end = _CLIPPED_WORDS[match["stem"]], match["stem"], match["end"]
    spoken = entry.spoken
    if " " in spoken or not spoken.startswith(stem):
        return match.group()
    if spoken.endswith(end):
        return spoken if len(spoken) > len(stem) + len(end) else match.group()
    counted = len(stem) > 1 or _NUMBER_BEFORE.search(match.string, 0, match.start()) is not None
    named = len(stem) > 1 or (entry.place and _NAME_BEFORE.search(match.string, 0, match.start()) is not None)
    if _possessed_case(spoken, end):
        return spoken + end if counted or named else match.group()
    if entry.place or spoken[-1] in "ыі" or not counted or parse_suffixes(end) is None:
        return match.group()
    return attach(spoken, end)


# A noun of geography an encyclopedia clips to its first letter or two, keeping the end of its inflected form after a
# hyphen (Каспий т-зі, т-зінің, Ертіс ө-ні): the one noun of these that begins with the head and, inflected with the
# suffix the written end leaves after the noun's own last letters, ends as written.
_CLIPPED_NOUNS = ("теңіз", "өзен", "көл", "тау", "жота", "шың", "қала", "облыс", "аудан", "ауыл", "шығанақ", "түбек")
_NOUN_CUT = re.compile(rf"(?<![\w.-])(?P<head>[{KAZAKH_LOWER}]{{1,2}})-(?P<end>[{KAZAKH_LOWER}]{{2,6}})(?![\w-])")


def _uncut_noun(noun: str, head: str, end: str) -> str | None:
    """теңіз, т, зінің → теңізінің: the noun inflected so that it ends as written, or None."""
    if not noun.startswith(head) or len(noun) <= len(head):
        return None
    for kept in range(1, len(end)):  # the end keeps a letter of the noun: т-ға, а-ның are a letter's name inflected
        suffix = end[kept:]
        if noun.endswith(end[:kept]) and parse_suffixes(suffix) is not None:
            spoken = attach(noun, suffix)
            if spoken.endswith(end):
                return spoken
    return None


def speak_noun_cut(match: re.Match[str]) -> str:
    found = {f for noun in _CLIPPED_NOUNS if (f := _uncut_noun(noun, match["head"], match["end"]))}
    return found.pop() if len(found) == 1 else match.group()


# A quoted name and the legal forms already written after it, before this word: «ҚазАвтоЖол» ҰК» АҚ, "Есіл" ӘКК" ҰК АҚ;
# the words of the name's kind may stand between, in the nominative ("«Дарын» облыстық КМҚК", "«Сана» зияткер жастар
# ҚҚ"): no case ending, conjunction or postposition, which would end the name's phrase.
_CASE_OR_LINK = (
    r"(?:мен|пен|бен|және|немесе|үшін|арқылы|бойынша|\w*(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|нда|нде|да|де"
    r"|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|мен|бен|пен|ы|і))"
)
_KIND_WORD = rf"(?!{_CASE_OR_LINK}\s)[{KAZAKH_LOWER}]{{3,}}\s+"
_QUOTED_NAME_BEFORE = re.compile(
    rf"(?:[»”]\s*|\"\s+)(?:{_KIND_WORD}){{0,3}}(?P<forms>(?:[{KAZAKH_UPPER}]{{2,5}}[»”\"]?\s+)*)$"
)
_LEGAL_FORMS_SPAN = 60
# The nouns that name a body's legal form: an initialism whose expansion ends in one names the kind of a quoted
# name before it, and takes the 3rd-person possessive as the kind does in «Қазақстан темір жолы» ұлттық компаниясы.
_LEGAL_FORM_NOUNS = frozenset(
    (
        "қоғам",
        "серіктестік",
        "кәсіпорын",
        "мекеме",
        "компания",
        "қор",
        "кооператив",
        "бірлестік",
        "холдинг",
        "корпорация",
    )
)


def _legal_form(entry: abbr.Entry | None) -> str | None:
    """The legal form an initialism stands for after a quoted name, or None when it names no legal form."""
    spoken = entry and (entry.after_name or (None if entry.possessive else entry.spoken))
    return spoken if spoken and spoken.rpartition(" ")[2] in _LEGAL_FORM_NOUNS else None


# An initialism read as an attribute, its expansion ending in the locative's adjectival -дағы/-тегі (ШЖҚ →
# шаруашылық жүргізу құқығындағы): it qualifies the legal form after it and may stand between that form and the
# quoted name. Nouns ending in -қы/-ғы (ЕТЖ → ең төменгі жалақы) are no attributes.
_ATTRIBUTE_ENDING = re.compile(r"(?:[дт]ағы|[дт]егі)$")


def _qualifies_legal_form(entry: abbr.Entry | None) -> bool:
    """A legal form, or an attribute of the one after it («Қазгидромет» ШЖҚ РМК)."""
    if _legal_form(entry):
        return True
    return bool(
        entry and entry.kind == "initialism" and not entry.possessive and _ATTRIBUTE_ENDING.search(entry.spoken)
    )


def _names_kind_of_quoted_name(match: re.Match[str]) -> bool:
    """The initialism follows a name in quotes, directly or after other legal forms and their attributes:
    «ҚазМұнайГаз» ҰК» АҚ, «Қазгидромет» ШЖҚ РМК."""
    before = _QUOTED_NAME_BEFORE.search(match.string, max(0, match.start() - _LEGAL_FORMS_SPAN), match.start())
    forms = before["forms"].replace("»", " ").replace("”", " ").replace('"', " ").split() if before else None
    return forms is not None and all(_qualifies_legal_form(abbr.table().get(form)) for form in forms)


def speak_capitals(match: re.Match[str]) -> str:
    """An initialism from the table, a word in capitals, an unknown initialism read as a word where it can be
    (ЦОН), or one spelled with the letters' names."""
    word, gap, written = match["word"], match["gap"], match["suf"]
    suffix = locative_restored(written)  # an initialism is no word of time: КБК-гі → кешеніндегі
    entry = abbr.table().get(word)
    entry = entry and abbr.in_context(entry, match.string, match.start(), match.end())
    legal_form = _legal_form(entry) if entry and entry.kind == "initialism" else None
    if legal_form and _names_kind_of_quoted_name(match):
        return attach_written(_possessed(legal_form), gap, suffix, possessive=True)
    if entry and entry.word and not written and capitals.in_heading(match.string, match.start(), match.end()):
        return Spoken(word.lower(), "capitals")  # ҒАСЫР ЖАСАҒАН АНАНЫҢ АҚ БАТАСЫН АЛДЫ: ақ, not акционерлік қоғам
    if entry and entry.kind == "initialism":
        defined = _defined_on_page(match)
        if defined and not abbr.same_words(entry.spoken, defined):
            return attach_written(defined, gap, suffix)
        if not suffix and _names_law(entry) and _LAW_PART_AFTER.match(match.string, match.end()):
            return _owner_of_law_part(entry, match)
        if not entry.possessive and entry.plural and not suffix and _BODY_AFTER.match(match.string, match.end()):
            return entry.plural  # ТЖ министрлігі → Төтенше жағдайлар министрлігі
        if not entry.possessive and (_after_named_possessor(match) or _after_genitive(match, suffix)):
            return attach_written(_possessed(entry.spoken), gap, suffix, possessive=True)
        if not suffix and _repeats_last_word(entry.spoken, match.string, match.end()):
            return Spoken(attach_written(abbr.spell(word), gap, suffix), "initialism")  # ТОБЖ желісі: not желісі twice
        if entry.possessive and not suffix and _OBJECT_VERB_AFTER.match(match.string, match.end()):
            return attach(entry.spoken, "ды", possessive=True)  # ЖҚЕ бұзғаны → ережелерін бұзғаны
        if entry.possessive and not suffix and _MEMBER_AFTER.match(match.string, match.end()):
            return attach(entry.spoken, "ның", possessive=True)  # ЕҰУ доценті → университетінің доценті
        return attach_written(entry.spoken, gap, suffix, entry.possessive, entry.plural)
    if entry and entry.kind != "unit":  # a unit away from a number (ГБ, МП) is an initialism like any other
        return match.group()
    if not word.isupper():
        return Spoken(attach_written(capitals.read_camel(word), gap, suffix), "initialism", True)
    if capitals.is_word(word):  # a word the dictionary knows is sure; one judged by its letters is a guess
        return Spoken(attach_written(word.lower(), gap, written), "capitals", not capitals.known_stem(word))
    spoken = word.lower() if abbr.read_as_word(word) else abbr.spell(word)
    return Spoken(attach_written(spoken, gap, suffix), "initialism", True)  # not in the table


# An initialism typed in lower case (смс, смс-хабарлама): a word with no vowel letter is no Kazakh word, so one
# the table holds no unit or scale for (мкм, млн) is spelled with its letters' names, as in capitals. Two letters
# are more often a word cut short (гр, кв, шт) or a unit (км, тг) than an initialism, and are left.
_LOWER_INITIALISM = re.compile(
    rf"(?<![\w.@/-])(?P<word>[бвгғджзклмнңпрстфхһцчшщ]{{3,5}})(?:(?P<gap>-)(?P<suf>{SUFFIX}))?(?![\w@/]|\.\w)"
)


def speak_lower_initialism(match: re.Match[str]) -> str:
    """A vowelless lower-case initialism spelled (смс → эс эм эс); a unit, a scale word or a dotted one is kept."""
    word = match["word"]
    if word in abbr.table() or word in SCALES:
        return match.group()
    spoken = abbr.spell(word.upper())
    return Spoken(attach_written(spoken, match["gap"], match["suf"]), "initialism", True)


# Verbs whose object is a rule or a norm (бұзу, сақтау, орындау) or a sum paid (есептеу, аудару, төлеу): an
# initialism of one written bare just before them (ЖҚЕ бұзғаны үшін, ЖМЗЖ есептеу) is their definite object, and is
# read in the accusative, as before their agent nouns (ережелерін бұзушылар, бұзушылық); their passives and
# reflexives (бұзылды, есептелді, төленеді) take none.
_OBJECT_VERB_STEMS = ("бұз", "сақта", "орында", "есепте", "аудар", "төле")
_OBJECT_VERB_AFTER = re.compile(rf"\s+(?:{'|'.join(_OBJECT_VERB_STEMS)})(?!ыл|іл|л|н)[{KAZAKH_LOWER}]*(?![\w-])")


# A post a body's staff hold, in the 3rd-person possessive (доценті, профессорының, ғалымдары): a body's possessive
# expansion just before one is its owner and said in the genitive (ЕҰУ доценті → Еуразия ұлттық университетінің
# доценті), where before a thing it owns, or its students and graduates, the nominative is said too (ТМД елдері, ДСҰ
# келісімдері, ЖОО студенттері).
_MEMBER_STEMS = (
    "доцент",
    "профессор",
    "оқытушы",
    "ректор",
    "проректор",
    "декан",
    "ғалым",
    "зерттеуші",
    "меңгеруші",
)
_MEMBER_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_MEMBER_STEMS)})(?:тар|тер|дар|дер|лар|лер)?(?:ы|і|сы|сі)[{KAZAKH_LOWER}]*(?![\w-])"
)
# A body named for its field (министрлігі, департаменті, комитеті, басқармасы): the field is said in the plural
# there, as the table's plural gives it (ТЖ министрлігі → Төтенше жағдайлар министрлігі; ТЖ кезінде stays one).
_BODY_AFTER = re.compile(
    rf"\s+(?:вице-)?(?:министрлі|министр|департамент|комитет|басқарма|бөлім|қызмет)[{KAZAKH_LOWER}]*(?![\w-])"
)


# A numbered part of a law in the possessive after the law's initialism (ҚК 340-бабы, ӘҚБтК 434-бабының 1-бөлігі,
# 5-тармағында): the law owns it and is said in the genitive; a bare бап (ҚРЗ 1-бап) owns nothing.
# The number is still in digits or already the ordinal an earlier rule made of it (үш жүз қырқыншы бабы).
_LAW_PART_AFTER = re.compile(
    rf"\s+(?:\d+(?:\.\d+)*\s?[-–]\s?|(?:[{KAZAKH_LOWER}]+\s+){{0,5}}?[{KAZAKH_LOWER}]*н(?:шы|ші)\s+)"
    rf"(?:баб|тармағ|тармақшас|бөліг)[{KAZAKH_LOWER}]*(?![\w-])"
)


_LAW_NOUNS = ("кодекс", "заң", "конституция")


def _names_law(entry: abbr.Entry) -> bool:
    """The initialism's expansion ends in the noun of a law (Қылмыстық кодекс, Қазақстан Республикасының Заңы)."""
    return entry.spoken.rpartition(" ")[2].lower().startswith(_LAW_NOUNS)


def _owner_of_law_part(entry: abbr.Entry, match: re.Match[str]) -> str:
    """A law's initialism before a numbered part it owns, in the genitive: ҚК 340-бабы → Қылмыстық кодекстің, ҚР ҚК
    340-бабы → Қазақстан Республикасы Қылмыстық кодексінің."""
    if entry.possessive:
        return attach(entry.spoken, "ның", possessive=True)
    if _after_named_possessor(match):
        return attach(_possessed(entry.spoken), "ның", possessive=True)
    return attach(entry.spoken, "ның")


# An initialism just before another, a space between them (ҚР ҚК, ТМД ЖІӨ).
_INITIALISM_BEFORE = re.compile(rf"(?<![\w-])(?P<word>[{KAZAKH_UPPER}A-Z]{{2,}}) $")


def _after_named_possessor(match: re.Match[str]) -> bool:
    """The initialism follows the initialism of a name that owns it (ҚР ҚК, ҚР ҚПК, ТМД ЖІӨ): a name in the
    nominative before a noun makes that noun take the 3rd-person possessive, as Қазақстан Республикасы Қылмыстық
    кодексі does."""
    before = _INITIALISM_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    owner = abbr.table().get(before["word"]) if before else None
    return bool(owner and owner.kind == "initialism" and owner.possessive and owner.spoken[:1].isupper())


_OWNER_GENITIVE = re.compile(rf"(?<![\w-])[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+{_GENITIVE_SUFFIX} $")
# A possessed noun after the initialism is what the genitive owns (елдерінің ЖІӨ өсімі): the initialism stays bare.
# Not a verb's past (өсті, құрады) nor an ordinal (бірінші), which end in the same vowels.
_POSSESSED_AFTER = re.compile(rf"\s+[{KAZAKH_LOWER}]+(?:ы|і)(?<![дт][ыі])(?<!нш[ыі])(?![\w-])")


def _after_genitive(match: re.Match[str], suffix: str) -> bool:
    """A bare initialism after a noun in the genitive is owned by it (Лозовое ауылының ЖОББМ → ауылының жалпы орта
    білім беретін мектебі): the expansion takes the 3rd-person possessive."""
    if suffix or _POSSESSED_AFTER.match(match.string, match.end()):
        return False
    return bool(_OWNER_GENITIVE.search(match.string, max(0, match.start() - 32), match.start()))


# The fewest letters of a word that still tell it from another (желі, not жел-).
_REPEAT_STEM = 4
# The 3rd-person possessive a last word of an expansion may end in (желісі, орталығы): left off when it is compared.
_POSSESSIVE_END = 2
_WORD_AFTER = re.compile(rf"\s+(?P<next>[{KAZAKH_LOWER}]+)")


def _repeats_last_word(spoken: str, text: str, end: int) -> bool:
    """The word after an initialism repeats its expansion's last word (ТОБЖ желісі, АЭС станциясы), its possessive
    aside: the page names the thing twice, and the expansion would say it twice, so the letters are said. A member
    of the body is another word (ҰҒА академигі, not академиясы)."""
    after = _WORD_AFTER.match(text, end)
    last = spoken.rpartition(" ")[2].lower()
    stem = last[: max(_REPEAT_STEM, len(last) - _POSSESSIVE_END)]
    return bool(after) and len(last) >= _REPEAT_STEM and after["next"].startswith(stem)


def _possessed(spoken: str) -> str:
    """The expansion with its last word in the 3rd-person possessive: Қылмыстық кодекс → Қылмыстық кодексі."""
    head, space, last = spoken.rpartition(" ")
    return f"{head}{space}{inflect(last, ['possessive3'])}"


def _defined_on_page(match: re.Match[str]) -> str | None:
    """The name an initialism in brackets stands for on this page, written just before it: the page's meaning wins
    over a table's other one (Ғарыштық зерттеулер институты (ҒЗИ), not ғылыми-зерттеу институты)."""
    if not match.string.startswith(")", match.end()):
        return None
    return abbr.bracket_definition(match["word"], match.string, match.start())


def speak_conjoined(match: re.Match[str]) -> str:
    """An initialism and the conjunction мен/бен/пен after it, where the conjunction must agree with the reading
    rather than the letters (АҚШ пен → Америка Құрама Штаттары мен); otherwise left to the initialism rule."""
    reading = speak_capitals(match)
    conjunction = SUFFIXES["instrumental"].form_for(str(reading).rpartition(" ")[2])
    if reading == match.group() or conjunction == match["conj"].strip():
        return match.group()
    spoken = f"{reading} {conjunction}"
    return Spoken(spoken, reading.kind, reading.guess) if isinstance(reading, Spoken) else spoken


# Letters before a hyphen and a number name a model or a code (МС-18, Р-7, МSК-64, U-23, ДСМ-289): each letter by
# its name, or the table's expansion, or the Latin names table's reading (BMW-5, MSK-64: the seismic scale's Russian
# letters); Cyrillic vowels alone (АИ-92) are left to the initialism rule.
_LONGEST_SPELLED_CODE = 3
_SHORTEST_CODE_WORD = 3
_SHORTEST_UNKNOWN_CODE_WORD = 5
_CODE_LETTERS = re.compile(rf"(?<![\w-])(?P<letters>[{KAZAKH_UPPER}A-Z]{{1,5}})-(?=\d)")
# Latin capitals written onto a number name a measure or a model the same way (PM2.5, PM10, MP3), and so do
# Cyrillic ones, a single letter too (жұмыртқаның С1 сұрыбы, В2 деңгейі): the number is read on its own, a decimal
# one as a decimal. A capital and one small letter glued to three or four digits are an airline's code typed with
# its second letter small (Lo196, LOT's flight; Кс7053, Air Astana's in Cyrillic): spelled as its capitals are, not
# read as a word (not лоу).
_GLUED_CODE_LETTERS = re.compile(
    rf"(?<![\w-])(?P<letters>[A-Z]{{2,5}}|[{KAZAKH_UPPER}]{{1,5}}"
    rf"|(?:[A-Z][a-z]|[{KAZAKH_UPPER}][{KAZAKH_LOWER}])(?=\d{{3,4}}(?!\d)))"
    rf"(?=\d+(?:[.,]\d+)?(?!\w|[.,]\d))"
)


# A road's index: one capital of the road network's letters (М, А, Р, К, or Е of the European routes, typed in
# either alphabet) before a hyphen or glued to a number of up to three digits, then a road noun, maybe after the
# road's quoted name (М-32 тас жолы, E-40 дәлізі, А-2 «Алматы – Ташкент» автожолы, Р-36 тасжолында): the letter by
# its Kazakh name, a Latin look-alike as the Cyrillic letter it stands for (E-40 → е қырық, not the English и), the
# number a cardinal, as a code's is.
_ROAD_NOUN = r"(?:тас\s?жол|автожол|автомобиль\s+жол|күре\s?жол|жол|трасса|автомагистрал|дәліз|бағыт)"
_ROAD_INDEX = re.compile(
    r"(?<![\w-])(?P<letter>[АЕКМРAEKMP])-?(?P<number>\d{1,3})(?!\d|[.,]\d)"
    rf"(?=(?:\s+«[^»\n]{{1,60}}»)?\s+(?:халықаралық\s+|республикалық\s+)?{_ROAD_NOUN})"
)


def speak_road_index(match: re.Match[str]) -> Spoken:
    letter = abbr.spell(match["letter"].translate(_LOOKALIKES))
    return Spoken(f"{letter} {cardinal_of(match['number'])}", "code")


# A settlement date on an exchange: a letter, a plus and the days after the deal (Т+0, T+2), said with its sign.
_SETTLEMENT = re.compile(rf"(?<![\w+])(?P<letter>[{KAZAKH_UPPER}A-Z])\+(?P<days>\d+)(?![\w+]|[.,]\d)")
# A pair of currencies an exchange rate is quoted in: two codes or signs apart by a slash (USD/KZT, EUR / USD, $/₸) or
# two codes written together (USDKZT, EURUSD), said as the currencies' names joined (доллар-теңге); a case suffix
# written on after a hyphen is the second name's (USD/KZT-ге → доллар-теңгеге). An instrument code with its
# settlement's part (USDKZT_TOD) is no bare pair: it is spelled as before.
_CURRENCY_ID = rf"(?:{codes.CURRENCY_CODE}|[{_CURRENCY}])"
CURRENCY_PAIR = re.compile(
    rf"(?<![\w.@/-])(?P<base>{_CURRENCY_ID})(?:\s?/\s?|(?<=[A-Z])(?=[A-Z]))(?P<quote>{_CURRENCY_ID})"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w/]|-\w)"
)
_PAIR_MARK = re.compile(rf"[A-Z]{{6}}|[A-Z{_CURRENCY}]\s?/")


# A currency ticker in a news page's header: a currency's sign, then its rates, two or more, each with its tiyns
# (the dollar's, the euro's and the rouble's in a row, their icons lost: $ 494.87  520.65  4.91), the line holding
# nothing else. The sign labels the row and is no amount's: it is said first, as its name (доллар төрт жүз тоқсан
# төрт бүтін жүзден сексен жеті ...), not after the first rate as a price in dollars.
_TICKER_RATE = r"\d+[.,]\d{2}"
CURRENCY_TICKER = re.compile(
    rf"^[ \t]*(?P<sign>[{_CURRENCY}])[ \t]+(?={_TICKER_RATE}(?:[ \t]+{_TICKER_RATE})+[ \t]*$)", re.M
)


def speak_ticker_sign(match: re.Match[str]) -> str:
    """$ 494.87  520.65 → доллар 494.87  520.65: the row's label said before its rates."""
    return CURRENCIES[match["sign"]] + " "


# Codes the name table leaves out as they are words or brands too, named only where a pair makes them currencies.
_PAIRED_ONLY = {"TRY": "лира", "AMD": "драм", "GEL": "лари", "SAR": "риял"}


def currency_name(code: str) -> str:
    """The currency a code or a sign names, as a newsreader says it: USD → доллар, TRY → лира, ₸ → теңге."""
    return CURRENCIES.get(code) or _PAIRED_ONLY.get(code) or names()[code.lower()]


def speak_currency_pair(match: re.Match[str]) -> Spoken:
    """USD/KZT → доллар-теңге, EURUSD → еуро-доллар, $/₸ → доллар-теңге; two currencies of one name (AUD/CAD, both
    доллар) are told apart by their codes, spelled."""
    base, quote = currency_name(match["base"]), currency_name(match["quote"])
    if base == quote:
        return Spoken(match.group(), "code") if not match["base"].isalpha() else _spelled_pair(match)
    return Spoken(f"{base}-{attach(quote, match['suf']) if match['suf'] else quote}", "code")


def _spelled_pair(match: re.Match[str]) -> Spoken:
    spelled = f"{abbr.spell(match['base'])} {abbr.spell(match['quote'])}"
    return Spoken(attach(spelled, match["suf"]) if match["suf"] else spelled, "code")


# An exchange's instrument code: Latin capitals joined by underscores (USDKZT_TOD), spelled part by part.
_TICKER = re.compile(r"(?<![\w.@/-])(?P<code>[A-Z]{2,}(?:_[A-Z]{2,})+)(?![\w-])")


# A registration code: capitals of one script written onto a run of five digits or more, maybe after digits of its
# own (AP14869856, BR05236277, 0118РК00935) or with short digit groups between its letters (an act's register key,
# V17MC003464), as a grant's or a project's number is: the letters spelled and every
# digit said alone, apart from a label the page wrote onto it (ЖТНBR05236277, нөмірі0118РК00935). It runs before
# the look-alike letters are mended, which would take Latin capitals glued to a Cyrillic label for its own (нөміріAP).
_REGISTRATION_CODE = re.compile(
    rf"(?:(?<!\d)(?P<head>\d+)|(?<![A-Za-z\d])(?=[A-Z])|(?<![{KAZAKH_UPPER}{KAZAKH_LOWER}\d])(?=[{KAZAKH_UPPER}]))"
    rf"(?P<letters>(?:[A-Z]{{1,4}}\d{{1,4}})*[A-Z]{{1,4}}|(?:[{KAZAKH_UPPER}]{{1,4}}\d{{1,4}})*[{KAZAKH_UPPER}]{{1,4}})"
    r"(?P<tail>\d{5,})(?!\w|[.,]\d)"
)


# A zero between lower-case Latin letters is the letter o typed as a digit, as players' nicknames write it (d0nk,
# w0nderful): the word is read with its o (донк), not as letters and a нөл.
_ZERO_FOR_O = re.compile(r"(?<![\w-])[a-z]+(?:0[a-z]+)+(?![\w-])")


# Digits opening with a zero written onto a Latin word name a channel, a site or a model (Life09, Kanal07, A05):
# said digit by digit, as a region's or a code's number is, not as the count the zero would hide (not лайф тоғыз).
_ZERO_LED_ON_LATIN = re.compile(rf"(?<=[A-Za-z])(?P<code>0\d+)(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?!\w|[.,]\d)")


def speak_zero_led_code(match: re.Match[str]) -> Spoken:
    return Spoken(" " + attach(digits(match["code"]), match["suf"] or ""), "code")


# An instalment plan's code, three hyphen-joined numbers opening with zero (0-0-12: no first payment, no interest,
# twelve months; 0-12-24): said number by number, as shops advertise it (нөл нөл он екі), not as a range or a score.
_INSTALMENT_CODE = re.compile(
    rf"(?<![\w.,/–-])(?P<code>0(?:-\d{{1,2}}){{2}})(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w–-]|[.,]\d)"
)


def speak_instalment_code(match: re.Match[str]) -> Spoken:
    """0-0-12 → нөл нөл он екі, 0-0-24-ке → нөл нөл жиырма төртке."""
    spoken = " ".join(cardinal_of(part) for part in match["code"].split("-"))
    return Spoken(attach(spoken, match["suf"] or ""), "code")


def speak_registration_code(match: re.Match[str]) -> Spoken:
    parts = [digits(match["head"])] if match["head"] else []
    inner = [digits(part) if part.isdigit() else abbr.spell(part) for part in re.findall(r"\d+|\D+", match["letters"])]
    spoken = " ".join([*parts, *inner, digits(match["tail"])])
    glued = match.start() > 0 and match.string[match.start() - 1].isalnum()
    return Spoken((" " if glued else "") + spoken, "code")


def speak_settlement(match: re.Match[str]) -> Spoken:
    return Spoken(f"{abbr.spell(match['letter'])} плюс {cardinal_of(match['days'])}", "code")


def speak_ticker(match: re.Match[str]) -> Spoken:
    return Spoken(" ".join(_ticker_part(part) for part in match["code"].split("_")), "code")


def _ticker_part(part: str) -> str:
    """A part of an instrument code is spelled (USDKZT, TOD), but a name longer than a currency's three-letter code
    that the name table says as a word is that word: an exchange's name heading its indices (KASE_BY → касе би уай)."""
    named = names().get(part.lower()) if len(part) > _LONGEST_SPELLED_CODE else None
    return named or abbr.spell(part)


def speak_code_letters(match: re.Match[str]) -> str:
    letters = match["letters"]
    entry = abbr.table().get(letters)
    if entry and entry.kind == "initialism":
        return entry.spoken + " "
    named = names().get(letters.lower()) if letters.isascii() else None
    if named:
        return Spoken(named + " ", "latin")
    if all(ch.lower() in VOWELS for ch in letters):
        return match.group()
    if _dictionary_word(letters):
        return Spoken(letters.lower() + " ", "capitals")  # ТОП-5 → топ бес
    if letters.isascii() and len(letters) > _LONGEST_SPELLED_CODE:
        return Spoken(read_latin(letters) + " ", "latin", True)  # COVID-19 → ковид он тоғыз
    return Spoken(abbr.spell(letters) + " ", "initialism", True)


def _dictionary_word(letters: str) -> bool:
    """Capitals before a number that spell a word the Kazakh dictionary knows as it stands, said as that word; one
    of two letters (ҚР, АН) is an initialism as likely. Capitals of five letters or more that make a word by the
    capitals' own test are a name (ЭКСПО-2017, КАМАЗ-5320): initialisms are short."""
    if len(letters) >= _SHORTEST_UNKNOWN_CODE_WORD and capitals.is_word(letters):
        return True
    return len(letters) >= _SHORTEST_CODE_WORD and abbr.pronounceable(letters) and bool(capitals.known_word(letters))


# --- what is left --------------------------------------------------------------------------------

# A Latin word and its Kazakh suffix, after a hyphen, a space and a hyphen, or written onto it (Twitter-де, Amazon
# -мен, Samsungтың).
_LATIN_WORD = re.compile(
    rf"(?<![A-Za-zÀ-ɏəʻ'’])(?P<word>[A-Za-zÀ-ɏə][A-Za-zÀ-ɏəʻ'’]*(?:-[A-Za-zÀ-ɏə]+)*)"
    rf"(?:(?P<close>[»”\"]?)(?P<gap>(?: ?-)?)(?P<suf>{SUFFIX}))?"  # «Nations Energy»-дің: past the quote too
    rf"(?![A-Za-zÀ-ɏ{KAZAKH_LOWER}])"
)
# Two or three capitalised Latin words: a Chinese name in pinyin is read whole (Wang Yi: no English wang).
_NAME_WORDS = re.compile(
    rf"(?P<word>[A-Z](?<![\w-][A-Z])[a-z'’]+(?:[ -][A-Z]?[a-z'’]+){{1,2}})(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])"
)


def speak_chinese_name(match: re.Match[str]) -> str:
    reading = read_chinese_name(match["word"])
    if reading is None:
        return match.group()
    return Spoken(attach_written(reading, "-", match["suf"]), reading.kind, reading.guess)


# Latin words a space apart, opening with a capital, with their suffix: a French name (Universite libre de Bruxelles,
# Anatomie d’une chute with an elided little word) is read whole by the French rules when
# foreign.read_french_phrase finds it one.
_FRENCH_PHRASE = re.compile(
    rf"(?<![\w-])(?P<word>[A-ZÀ-Ý][A-Za-zÀ-ÿœ]*(?: (?:(?:qu|[cdjlmnst])[’'])?[A-Za-zÀ-ÿœ]+)+)"
    rf"(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])"
)


def speak_french_phrase(match: re.Match[str]) -> str:
    reading = foreign.read_french_phrase(match["word"].split())
    if reading is None:
        return match.group()
    return Spoken(attach_written(reading, match["gap"], match["suf"]), LATIN, True)


# Capitalised Latin words a space apart, with their suffix: a Turkic name (Recep Tayyip Erdoğan, Kemal Kılıçdaroğlu)
# is read whole by its language's rules when foreign.read_turkic_phrase finds one of its words Turkic, unless the text
# writes each of its words in Cyrillic too: then each word is said as the text writes it.
_TURKIC_CAPITAL, _TURKIC_LETTER = "A-ZÀ-ÞĀ-ſƏ", "a-zà-ÿā-ſəʻ‘’'"
_TURKIC_PHRASE = re.compile(
    rf"(?<![\w-])(?P<word>[{_TURKIC_CAPITAL}][{_TURKIC_LETTER}]+(?: [{_TURKIC_CAPITAL}][{_TURKIC_LETTER}]+)+)"
    rf"(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])"
)


def speak_turkic_phrase(match: re.Match[str]) -> str:
    words = match["word"].split()
    if all(read_as_the_text_writes(word, match.string) for word in words):
        return match.group()  # «Йерлі Дүшүндже» (Yerli Düşünce): the text's own Cyrillic spelling, word by word
    reading = foreign.read_turkic_phrase(words)
    if reading is None:
        return match.group()
    return Spoken(attach_written(reading, match["gap"], match["suf"]), LATIN, True)


# The Italian article before a capitalised Latin word opens an Italian name (Il Canto, IL Canto, Il Divo): the article
# is ил, not the letters ай эл, and the word is said as spelled.
_ITALIAN_NAME = re.compile(rf"(?<![\w-])(?:Il|IL) (?P<word>[A-Z][a-z]+)(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])")
_ITALIAN_ARTICLE = "ил"


def speak_italian_name(match: re.Match[str]) -> str:
    reading = read_italian(match["word"])
    return Spoken(f"{_ITALIAN_ARTICLE} {attach_written(reading, '-', match['suf'])}", reading.kind, reading.guess)


# Latin words a space apart: a name of the table typed in two (Whats App) is joined before its parts are read.
_LATIN_WORD_RUN = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?: [A-Za-z]{2,})+(?![A-Za-z])")
_SHORTEST_SPLIT_NAME = 6


def joined_split_names(match: re.Match[str]) -> str:
    """A one-word name of the Latin table typed as two words (Whats App → WhatsApp, You Tube → YouTube), as the
    name it is; other words stay as written."""
    words, out = match.group().split(" "), []
    while words:
        pair = "".join(words[:2])
        if len(words) > 1 and len(pair) >= _SHORTEST_SPLIT_NAME and pair.lower() in names():
            out.append(pair)
            words = words[2:]
        else:
            out.append(words.pop(0))
    return " ".join(out)


# A person's initials in Latin letters before a surname (A.B. Kuanyshev, Zh. Aimauytuly, J. R. Tolkien): a surname
# the passport's transliteration wrote makes them its letters too, read back into Cyrillic capitals that stay written
# initials (А. Б., Ж.), as Cyrillic initials do; before another surname each is its English letter's name (J. → джей).
# A pair of letters (Zh, Kh, Sh, Ch, Ts, Yu, Ya, Ye) is one initial only a transliteration writes.
_LATIN_INITIAL = r"(?:[A-Z]|Zh|Kh|Sh|Ch|Ts|Yu|Ya|Ye)\."
_LATIN_INITIALS = re.compile(
    rf"(?<![\w.-])(?P<initials>{_LATIN_INITIAL}(?: ?{_LATIN_INITIAL}){{0,2}}) ?(?=(?P<surname>[A-Z][a-z]{{2,}})\b)"
)
_ONE_LATIN_INITIAL = re.compile(_LATIN_INITIAL)


def speak_latin_initials(match: re.Match[str]) -> str:
    letters = [found[0][:-1] for found in _ONE_LATIN_INITIAL.finditer(match["initials"])]
    if transliterated_name(match["surname"]) or any(len(letter) > 1 for letter in letters):
        return "".join(from_transliteration(letter.lower()).upper() + ". " for letter in letters)
    return "".join(abbr.LATIN_LETTER_NAMES[letter.lower()] + " " for letter in letters)


# A name of several words in the Latin table, read before its parts are (Sputnik V: not the Roman five).
# Its suffix typed on, after a hyphen, or after a space and a hyphen (Amazon -мен: the hyphen shows a suffix).
_LATIN_NAME = re.compile(rf"(?<![\w-])(?P<word>{name_phrases()})(?:(?P<gap>(?: ?-)?)(?P<suf>{SUFFIX}))?(?![\w])", re.I)


def _latin_neighbours(match: re.Match[str]) -> list[str]:
    """The Latin words just before and after a match, a space apart (Nur ‹Otan›)."""
    before = re.search(r"([A-Za-z]+) $", match.string[: match.start()])
    after = re.match(r" ([A-Za-z]+)", match.string[match.end() :])
    return [found[1] for found in (before, after) if found]


def _next_latin_word(match: re.Match[str]) -> str | None:
    """The Latin word just after a match, a space apart (‹Elena› Rybakina)."""
    after = re.match(r" ([A-Za-z]+)", match.string[match.end() :])
    return after[1] if after else None


# The English and an ampersand or a name's plus has been read as, still joining the name's Latin words.
_SPOKEN_AND = "энд"


def _latin_phrase(match: re.Match[str]) -> list[str]:
    """The Latin words of the name a match stands in, a space apart each (The Qazaq ‹Times›), an and already said
    for an ampersand given back as the word and (Dan & ‹Shay›)."""
    before = re.search(rf"(?:(?:[A-Za-zÀ-ɏ]+|{_SPOKEN_AND}) )+$", match.string[: match.start()])
    after = re.match(rf"(?: (?:[A-Za-zÀ-ɏ]+|{_SPOKEN_AND}))+", match.string[match.end() :])
    words = [word for found in (before, after) if found for word in found[0].split()]
    return ["and" if word == _SPOKEN_AND else word for word in words]


def _written_onto_cyrillic(match: re.Match[str]) -> bool:
    """A capitalised Latin word written onto a Cyrillic one is the second word of a name («КешYou» → кеш ю,
    ЖасStars → жас старс), said apart, not run into the Cyrillic word's last sound."""
    word, start = match["word"], match.start()
    after_cyrillic = start > 0 and "\u0400" <= match.string[start - 1] <= "\u04ff" and match.string[start - 1].isalpha()
    return after_cyrillic and word[:1].isupper() and any(ch.islower() for ch in word)


def speak_latin_word(match: re.Match[str], english: bool = False) -> str:
    """A Latin word in Kazakh text (`latin.read_latin`), its suffix re-inflected: Twitter-де → твиттерде. Letters
    written onto the word that are no suffix stay as written after it."""
    word = match["word"]
    reading = (
        read_place(word, _latin_neighbours(match), english, bool(match["suf"]))
        or read_passport_name(word, _next_latin_word(match))
        or read_the_before_vowel(word, _next_latin_word(match))
        or read_beside_kazakh(word, _latin_neighbours(match))
        or read_beside_english(word, _latin_neighbours(match), _latin_phrase(match))
        or species.read_cited_word(word, match.string[: match.start()])
        or read_as_the_text_writes(word, match.string)
        or read_latin(word, english)
    )
    reading = Spoken(" " + reading, reading.kind, reading.guess) if _written_onto_cyrillic(match) else reading
    close = match.groupdict().get("close") or ""
    if match["suf"] and parse_suffixes(match["suf"]) is None and match["gap"] != "-":
        return Spoken(f"{reading}{close} {match['gap'].strip()}{match['suf']}", reading.kind, reading.guess)
    suffixed = attach_written(reading, "-", match["suf"], authors_harmony=True)
    return Spoken(suffixed + close, reading.kind, reading.guess)


# A sign between two numbers is an operator (137+168, 30×60); multiplication is often typed as the letter x or х.
# After a signed number it is none: +12+14°С is a range, which the number rule reads.
OPERATOR = re.compile(r"(?<=\d)(?<![+\-−–]\d)(?<![+\-−–]\d\d)\s?(?P<sign>[+×xх·*])\s?(?=\d)")
# The middle dot and the star of a typed product (3 · 4, 60*60 кафель) too; a dialled code's stars (*111*2118#) are
# the dialled code's, read before.
_TYPED_SIGNS = {"x": "×", "х": "×", "·": "×", "*": "×"}

# The Arabic honorifics typed as one sign after a name: ﷺ is the Prophet's (с.ғ.с.), ﷻ God's.
_HONORIFICS = {"ﷺ": abbr.dotted_entry("с.ғ.с.").spoken, "ﷻ": "жәллә жәләлуһ"}
# A blessing after a holy name typed in capitals in brackets, as a heading in capitals writes it (ОМАРДЫҢ (Р.А),
# (С.Ғ.С.)): the table's blessing; its letters run together only in brackets, where no person's initials stand.
_HONORIFIC_READINGS = {re.sub(r"\W", "", w).upper(): e.spoken for w, e in abbr.table().items() if e.honorific}
_HONORIFIC_CAPITALS = "|".join(
    r"\.\s?".join(letters) + r"\.?" for letters in sorted(_HONORIFIC_READINGS, key=len, reverse=True)
)
_BRACKETED_HONORIFIC = re.compile(rf"(?<=\()\s?(?P<abbr>{_HONORIFIC_CAPITALS})\s?(?=\))")
_ROUND_BRACKET = re.compile(r"\(")


def speak_bracketed_honorific(match: re.Match[str]) -> str:
    return _HONORIFIC_READINGS[re.sub(r"\W", "", match["abbr"])]


# An ampersand between Latin words belongs to an English name and is said in English (Cash & Carry, AT&T → эй ти
# энд ти); elsewhere it is және.
_AMPERSAND = re.compile("&")
_LATIN_AMPERSAND = re.compile(r"(?<=[A-Za-z])\s*&\s*(?=[A-Za-z])")
SYMBOLS = {"%": "пайыз", "№": "нөмір", "&": "және", "§": "параграф", "§§": "параграфтар", "°": "градус", "+": "плюс",
           "=": "тең", "≠": "тең емес", "≤": "кіші немесе тең", "≥": "үлкен немесе тең", "×": "көбейту",
           "‰": "промилле", **_HONORIFICS}  # fmt: skip


# A plus between Latin words joins keys pressed together (Ctrl+Enter, Alt+F4); inside a Cyrillic word it is a
# stress mark (Тоқа+ев) and stays.
_KEYS_TOGETHER = re.compile(r"(?<=[A-Za-z0-9])\+(?=[A-Za-z])")
# A spaced plus between two capitalised Latin names joins a duo's name as its ampersand does (Dan + Shay → дэн энд шэй,
# as Simon & Garfunkel); keys pressed together keep their плюс however they are spaced (Ctrl + Alt).
_NAMES_JOINED_BY_PLUS = re.compile(r"(?<![\w+])(?P<first>[A-Z][a-z]+) \+ (?P<second>[A-Z][a-z]+)\b(?![+])")
_PLUS = re.compile(r" \+ [A-Z]")
_KEY_NAMES = frozenset(
    "ctrl alt shift enter tab esc del delete cmd command option fn win space home end insert".split()
)


def join_names_by_plus(match: re.Match[str]) -> str:
    """Dan + Shay → Dan энд Shay; Ctrl + Enter stays for the plus of keys."""
    if {match["first"].lower(), match["second"].lower()} & _KEY_NAMES:
        return match.group()
    return f"{match['first']} энд {match['second']}"


# A letter grade (A-, B+, C+ in a transcript, typed in Latin letters or their Cyrillic look-alikes А, В, С): the
# letter's English name and плюс or минус. A minus grade stands before a space and a number or closes a quotation or
# a list, never before a word, which leaves a hyphen held over to the next word (А- және В-дәрумендері) and a code
# (В-52) alone.
_GRADE_LETTERS = {"А": "a", "В": "b", "С": "c"} | {ch: ch.lower() for ch in "ABCDF"}
_LETTER_GRADE = re.compile(r"(?<![\w+\-−])(?P<letter>[A-DFАВС])(?P<sign>[+\-−])(?=\s\d|[»\"”,;)]|$)")


def speak_grade(match: re.Match[str]) -> str:
    sign = "плюс" if match["sign"] == "+" else "минус"
    return f"{abbr.LATIN_LETTER_NAMES[_GRADE_LETTERS[match['letter']]]} {sign}"


def speak_operator(match: re.Match[str]) -> str:
    return f" {SYMBOLS[_TYPED_SIGNS.get(match['sign'], match['sign'])]} "


def speak_symbol(match: re.Match[str]) -> str:
    """A sign in words; a case suffix written on a sign standing alone is the word's (%-бен → пайызбен)."""
    return f" {attach_written(SYMBOLS[match['sign']], match['gap'], match['suf'])} "


@cache
def digit_like() -> str:
    """Characters that are digits but not decimal digits: superscripts, circled numbers… (a scan of Unicode that
    takes a hundredth of a second: made on first use, not at import)."""
    return "".join(ch for ch in map(chr, range(0x30000)) if ch.isdigit() and not ch.isdecimal())


def speak_stray_digits(match: re.Match[str]) -> str:
    """Digits no number rule read: as one number, or digit by digit when a zero opens them (GE.09 → нөл тоғыз), as a
    code keeps its zeros."""
    text = match.group()
    if all(unicodedata.decimal(ch, None) is not None for ch in text):
        written = "".join(str(unicodedata.decimal(ch)) for ch in text)
        return " " + (digits(written) if len(written) > 1 and written[0] == "0" else cardinal_of(written)) + " "
    return " " + " ".join(digits(str(unicodedata.digit(ch, 0))) for ch in text) + " "


# Latin letters that look like Cyrillic ones, as they slip into Kazakh words typed on a mixed keyboard, and back.
# The letters of the Kazakh Latin alphabets (2018, 2021, adyrna) stand for their Cyrillic ones too: баǧу → бағу.
# A Latin h is the Kazakh һ it looks like, in a word with a letter only Cyrillic has (қаhарманы → қаһарманы, but
# сache is the English cache).
_KAZAKH_LATIN = "ǧğǵŋñńúüóöáäışçýİǦĞǴŊÑŃÚÜÓÖÁÄŞÇÝ"
_LOOKALIKE_LATIN = "aceopxyiAaBCEHIKMOPTXYəƏ" + _KAZAKH_LATIN
_SHHA_LOOKALIKE = "h"
_LOOKALIKES = str.maketrans(
    _LOOKALIKE_LATIN + _SHHA_LOOKALIKE, "асеорхуіАаВСЕНІКМОРТХУәӘ" + "ғғғңңңүүөөәәышчуІҒҒҒҢҢҢҮҮӨӨӘӘШЧУ" + "һ"
)
# The Kazakh һ looks like a Latin h: a Latin word or initialism typed with it (РһD) is Latin.
_LOOKALIKE_CYRILLIC_CAPITALS = "АВСЕНІКМОРТХУ"
_LOOKALIKE_CYRILLIC = "асеорхуіһ" + _LOOKALIKE_CYRILLIC_CAPITALS
_TO_LATIN = str.maketrans(_LOOKALIKE_CYRILLIC, "aceopxyih" + "ABCEHIKMOPTXY")
_CYRILLIC_WORD_WITH_LATIN = re.compile(
    rf"\b(?=\w*[\u0400-\u04ff])(?=\w*[A-Za-zəƏ{_KAZAKH_LATIN}])\w+\b"
    rf"|(?<![\w-])[{_LOOKALIKE_CYRILLIC_CAPITALS}]{{2,4}}(?=\s+[A-Za-z]{{2}})"  # «ІТ Hub»: capitals before a Latin word
)


def cyrillic_lookalikes(match: re.Match[str]) -> str:
    """A Cyrillic word with Latin look-alike letters in it is read as all Cyrillic ("Қaзaқстaн", "əкім"); a Latin
    word with Cyrillic look-alikes in it as all Latin ("аrtificial", "ОLХ"), and so are capitals made only of
    look-alikes before a Latin word ("ІТ Hub"). A word made only of look-alikes of both scripts takes the script of
    a neighbouring word that is plainly Latin ("IBА Сhampions Night")."""
    word = match.group()
    latin = {ch for ch in word if ch.isalpha() and not "\u0400" <= ch <= "\u04ff"}
    cyrillic = {ch for ch in word if "\u0400" <= ch <= "\u04ff"}
    all_lookalikes = cyrillic <= set(_LOOKALIKE_CYRILLIC)
    read_as_cyrillic = set(_LOOKALIKE_LATIN) if all_lookalikes else set(_LOOKALIKE_LATIN + _SHHA_LOOKALIKE)
    if latin and latin <= read_as_cyrillic and not _suffixed_latin_word(word):
        if all_lookalikes and _beside_latin_word(match):
            return word.translate(_TO_LATIN)
        return _straight_u(word, word.translate(_LOOKALIKES))
    said_as_word = not latin and capitals.is_word(word)  # ЕУРО EUR, a rate table's line: a word, not Latin letters
    if all_lookalikes and word not in abbr.table() and not said_as_word:
        return word.translate(_TO_LATIN)
    return word


# A Latin Y is drawn like the Kazakh Ү as much as the У it is mended to: old fonts typed it for Ү (Yкiметінің).
_Y_LOOKALIKES = {"Y": "Ү", "y": "ү"}


def _straight_u(written: str, mended: str) -> str:
    """`mended` with each У that `written` typed as a Latin Y turned Ү where the dictionary knows the word so and not
    with У (Yкiметінің → Үкіметінің; Yкраина, келy keep У): letter for letter, so positions hold."""
    letters = list(mended)
    for at, ch in enumerate(written):
        if ch in _Y_LOOKALIKES:
            straight = "".join([*letters[:at], _Y_LOOKALIKES[ch], *letters[at + 1 :]])
            if capitals.known_stem(straight) and not capitals.known_stem("".join(letters)):
                letters[at] = _Y_LOOKALIKES[ch]
    return "".join(letters)


_NEXT_WORD = re.compile(r"[^\w]{1,3}(\w+)")
_PREVIOUS_WORD = re.compile(r"(\w+)[^\w]{1,3}$")
_PLAIN_LATIN = re.compile(r"[bdfghjklmnqrstuvwzDFGJLNQRSUVWZ]")  # Latin letters no Cyrillic letter looks like


def _beside_latin_word(match: re.Match[str]) -> bool:
    """Whether the word next to the match, after or before it, has Latin letters that no Cyrillic letter looks like."""
    text = match.string
    after = _NEXT_WORD.match(text, match.end())
    before = _PREVIOUS_WORD.search(text[max(0, match.start() - 40) : match.start()])
    return any(found and _PLAIN_LATIN.search(found.group(1)) for found in (after, before))


def _suffixed_latin_word(word: str) -> bool:
    """A Latin word of two letters or more with a Kazakh suffix written onto it (Kiaға), not a Cyrillic word with
    Latin look-alikes in it: the Latin letters come first, and the Cyrillic rest is a suffix."""
    latin = re.match(r"[A-Za-z]{2,}", word)
    return bool(latin) and parse_suffixes(word[latin.end() :]) not in (None, [])


# Capitals typed wholly in Cyrillic look-alikes of Latin letters (ЕХРО for EXPO), a word the Kazakh dictionary does
# not know and the abbreviation table does not hold, are the English word their Latin twin spells; shorter capitals
# are too often initialisms of either script (ВВС, СЕО).
_SHORTEST_ENGLISH_TWIN = 4
_LOOKALIKE_CAPITALS = re.compile(rf"(?<![\w-])[{_LOOKALIKE_CYRILLIC_CAPITALS}]{{{_SHORTEST_ENGLISH_TWIN},}}(?!\w)")


def english_twin(match: re.Match[str]) -> str:
    word = match.group()
    if word in abbr.table() or capitals.known_stem(word) is not False:
        return word
    latin = word.translate(_TO_LATIN)
    return latin if said_as_english_word(latin) else word


def lookalikes_repaired(text: str) -> str:
    """`text` with every word's look-alike letters in its own script: letter for letter, so positions hold."""
    return _CYRILLIC_WORD_WITH_LATIN.sub(cyrillic_lookalikes, text)


# The endings of the web addresses news cite: generic ones, the radio stations' (qazradio.fm), and the countries' of
# the region and of the world press (bbc.co.uk, spiegel.de, who.int).
TOP_LEVEL_DOMAINS = (
    "kz", "ru", "com", "org", "net", "gov", "edu", "info", "io", "uz", "kg", "tv", "fm", "me", "ai", "asia", "biz",
    "news", "media", "online", "su", "ua", "by", "az", "tj", "tm", "рф", "қаз", "uk", "de", "fr", "it", "es", "eu",
    "int", "us", "cn", "tr", "jp", "kr", "in", "pl", "il", "ae", "ge", "am", "mn", "pro", "app", "dev", "site", "tech",
    "live", "club", "ly", "gl", "cc", "co", *CYRILLIC_TYPED_DOMAINS,
)  # fmt: skip
# (ly, gl, cc, co: the short-link hosts, bit.ly, goo.gl, vk.cc, t.co)
# A number with an English ordinal ending in an English title (27th Asian Youth Chess Championships) is said as the
# Kazakh ordinal, as the title's year is said in Kazakh.
_ENGLISH_ORDINAL = re.compile(r"(?<![\w.,])(?P<n>\d{1,4})(?:st|nd|rd|th)(?![\w-])")
# A dotted Latin name the text calls a site or a portal is an address whatever its ending (Play.ok сайтында).
_SITE_WORDS = r"(?:сайт|портал|платформа)"
# A social network's name, a slash and an account on it (Сурет: Instagram/bakad_official) is an address too.
SOCIAL_NETWORKS = ("Instagram", "Facebook", "Telegram", "YouTube", "TikTok", "Twitter", "Threads", "VK")
_SOCIAL_ACCOUNT = rf"\b(?:{'|'.join(SOCIAL_NETWORKS)})/[a-z0-9_.-]*[a-z0-9_]"
_WEB_ADDRESS = re.compile(
    rf"(?P<address>{_SOCIAL_ACCOUNT}|"
    r"(?:https?://|www\.)[^\s«»\"<>]+[^\s«»\"<>.,;:!?)]|(?<![\w.+-])[\w.+-]*@[a-z0-9_-]+(?:\.[a-z0-9_-]+)+"
    r"|(?<![\w.+-])@[a-z][\w.]*[a-z0-9_]"  # an account name: @tengrinews, @astana_akimdigi
    rf"|\b[\w-]+(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})\b(?:/[\w/.@-]*[\w/])?"  # t.me/abai_kz, youtube.com/@x
    rf"|(?<![\w.])[a-z][\w-]*(?:\.[a-z][\w-]*)+(?=\s+{_SITE_WORDS})"  # Play.ok сайтында: any ending, named a site
    # an account name written without its @ (astana_sergek парақшасында, kaztag_kz): small Latin letters and digits
    # joined by underscores, read as the @ reader reads it; not a ticker in capitals (KASE_BY, USDKZT_TOD)
    r"|(?<![\w.@/+-])(?-i:[a-z][a-z0-9]*(?:_+[a-z0-9]+)+)(?![\w@/]|\.\w))"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-]))?",
    re.I,
)
# A web address with the number after it run on, the space lost with a line break (site.kz20 шілде, Zakon.kz10:45):
# the space put back, so the address ends at its domain and the number is read for what it is; not inside an
# address whose name holds digits (news.ru24.pro).
_ADDRESS_RUN_ONTO_NUMBER = re.compile(
    rf"(?<![\w.-])[a-z][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})(?=\d+(?![\w.]*\.[a-z]))", re.I
)
# A web address broken by a space after a dot (zhaikpress. kz, www. akjolgazet.kz), as a page's layout leaves it: the
# space taken out, so the address is read as one; only before the region's and the generic endings, which no
# sentence opens with in lower case (in, it, me would).
_BROKEN_AT_DOT_DOMAINS = ("kz", "ru", "com", "org", "net", "info", "uz", "kg", "su", "ua", "az", "tj", "gov", "edu")
_ADDRESS_BROKEN_AT_DOT = re.compile(
    rf"(?<![\w.-])(?:[A-Za-z][\w-]{{2,}}(?=\.\s(?:{'|'.join(_BROKEN_AT_DOT_DOMAINS)})(?![\w.]))"
    r"|www(?=\.\s[a-z][\w-]*\.[a-z]))\.\s"
)
# The hard sign old Russian spelling kept after a final consonant is not said (Коммерсантъ → коммерсант).
_CONSONANT = "бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ"
_FINAL_HARD_SIGN = re.compile(rf"[ъЪ](?<=[{_CONSONANT}][ъЪ])(?![\w-])")  # the sign first: a fast scan
# A hashtag is read as its words: the sign is not said (#Наурыз → наурыз), and a Cyrillic tag's words run together
# with capitals are said apart (#ҚазақстанБірге → Қазақстан Бірге); a capital after one small letter or before
# another capital is a name's or an initialism's (ҚазҰУ), not a new word, except after a two-letter word opening
# the tag (#ЕлБірлігі, #МыВместе). A lone capital between two words is a one-letter Russian word, a preposition or
# a conjunction (#СилаВЕдинстве → Сила в Единстве, #МирИДружба), said as the word, not the letter's name (вэ).
_HASHTAG = re.compile(r"#(?<![\w&#]#)(?P<tag>[^\W\d_][\w-]*)")
_TAG_WORD_START = re.compile(
    rf"(?:(?<=[{KAZAKH_LOWER}]{{2}})|(?<=^[{KAZAKH_UPPER}][{KAZAKH_LOWER}]))(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
)
_ONE_LETTER_WORDS = "ВСКУОИАЯ"
_TAG_ONE_LETTER_WORD = re.compile(
    rf"(?<=[{KAZAKH_LOWER}]{{2}})(?P<word>[{_ONE_LETTER_WORDS}])(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
)


def speak_hashtag(match: re.Match[str]) -> str:
    tag = _TAG_ONE_LETTER_WORD.sub(lambda one: f" {one['word'].lower()} ", match["tag"])
    return _TAG_WORD_START.sub(" ", tag)


# A case ending written onto a person's last initial (Смағұлов А.Б.-ға, Ахметов Н.-нің): said on the letter's name,
# as an initialism's ending is (ПМ-нің → пэ эмнің); the initials before it stay written letters. Only a capital
# takes it: a small letter's stop closes an abbreviation (ж.-ға), which the abbreviation table reads.
_SUFFIXED_INITIAL = re.compile(rf"(?<![\w-])(?P<letter>[{KAZAKH_UPPER}])\.-(?P<suffix>{SUFFIX})(?![\w-])")


def speak_suffixed_initial(match: re.Match[str]) -> str:
    return attach(abbr.spell(match["letter"]), match["suffix"])


# A word, its full stop and the next sentence or number written without a space (болатын.2021, доц.Сонымен,
# сағ.10-да, А.Серікбаев): the space the writer left out, so the rules after this one see two tokens.
# Not after a lone І or Х opening a line: glued to a name it is an initial (Х.Досмұхамедұлы, І.Жансүгіров), which a
# space would make a heading's Roman numeral.
GLUED_AFTER_STOP = re.compile(rf"(?<=[{KAZAKH_LOWER}{KAZAKH_UPPER}]\.)(?<!(?<![^\n])[ІХ]\.)(?=[{KAZAKH_UPPER}\d])")
# A comma typed straight between a word, a closing quote or bracket and the number of the next list member (1920
# жылы Ақмолада,1923 жылы Семейде): the space the writer left out, so the number is read whole, as a year before
# жылы or a count, and the comma stays a mark (т.б.,2020 too); never after a digit, where it is a decimal comma (3,9).
_GLUED_AFTER_COMMA = re.compile(rf"(?:(?<=[{KAZAKH_LOWER}{KAZAKH_UPPER})»”\"],)|(?<=[{KAZAKH_LOWER}]\.,))(?=\d)")
# A scale word's abbreviation stop with the word after it typed on (12 млн.теңге, 1,2 млрд.теңгеге): the space the
# writer left out, so the amount's reader sees its scale and its currency word apart.
_SCALE_ABBREVIATIONS = [word for word, spoken in SCALES.items() if word != spoken and word != "мың"]
GLUED_AFTER_SCALE = re.compile(
    "(?:" + "|".join(rf"(?<=\d\s{word}\.)" for word in _SCALE_ABBREVIATIONS) + rf")(?=[{KAZAKH_LOWER}])"
)
# A heading in capitals writes a scale word's case suffix in capitals too (3 МЛН-ҒА, 2 МЛРД-ТАН): the suffix is the
# scale word's, said as one in small letters, never an initialism of its own (ҒА, ТАН).
_CAPITAL_SCALE_SUFFIX = re.compile(
    rf"(?<!\w)(?:{'|'.join(word.upper() for word in SCALES)})(?P<suf>-[{KAZAKH_UPPER}]+)(?![\w-])"
)
_CAPITAL_SCALE_SUFFIX_NEEDS = re.compile(rf"[{KAZAKH_UPPER}]-[{KAZAKH_UPPER}]")
# A scale word's abbreviation with no number before it (млн-даған адам, млрд-тан астам) takes its suffix as the
# written-out word would.
_SCALE_WORD = re.compile(
    rf"(?<!\w)(?P<unit>{'|'.join(w for w, spoken in SCALES.items() if w != spoken)})(?:\.)?"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w-])"
)
# A number typed onto the word before it (немесе307,7 млн), or onto an infobox's label, which opens with a capital
# (Ауданы4,51 км², Тереңдігі26,5 м): the space the writer left out; not after fewer than three small letters, which
# are a unit's (м3, км2) or a code's (Ми8, ТУ134). The word may be a numbered one's noun after its hyphen
# (26-бабының8-тармағын: a law's article, then its point), not a name's part (Ақ-Орда2).
# Two small letters are a word only when they are one of the short words a number follows (ал2023 жылы, әр5 оқушы).
_SHORT_WORDS_BEFORE_NUMBER = ("ал", "ол", "әр", "ең")
_LETTER_BEFORE_DIGIT = re.compile(r"[^\W\d_]\d")  # what every glued number's word holds (`Rule.needs`)
_GLUED_NUMBER = re.compile(
    rf"(?:(?<![\w-])|(?<=\d-))(?:[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]{{3,}}+|(?:{'|'.join(_SHORT_WORDS_BEFORE_NUMBER)}))(?=\d)"
)
# A sign typed onto the word or the comma before a temperature (түнде-2-7°С, төмендеуі-7-12°С, °С-тан-10-16°С-қа,
# дейін,+5°С): the space the writer left out, so the sign is the temperature's, not a hyphen joining a word to a
# number, nor a decimal comma's.
_GLUED_TEMPERATURE = re.compile(rf"[{KAZAKH_LOWER}],?(?=[-–−+]\d+(?:(?:[-–…]|\.\.\.)[-–+]?\d+)?\s?(?:°|градус))")
_MIXED_CASE = "|".join(w for w in abbr.of_kind("initialism") if not w.isupper())  # ҚазҰУ
_CAPITALS = re.compile(
    rf"(?<!\w)(?P<word>{_MIXED_CASE}|{capitals.CAMEL}|[{KAZAKH_UPPER}]{{2,}})"
    rf"(?:(?P<gap>\s?[-–])(?P<suf>{SUFFIX}))?(?![\w])"
)
_CONJOINED = re.compile(rf"{_CAPITALS.pattern}(?P<conj>\s(?:мен|бен|пен))(?![\w-])")
# An ordinal read from a number ends in a vowel, so the conjunction after it is мен, whatever the written number's
# last sound asked for ("5 пен 6-орындарға" → бесінші мен алтыншы орындарға).
_CONJUNCTION_AFTER_ORDINAL = re.compile(r"(?<=нш[ыі]\s)(?:пен|бен)(?![\w-])")
# A case suffix typed onto an initialism without its hyphen (ГМОсыз, АҚШтан, ҚРдағы) is read as the hyphenated one:
# the hyphen is put back when the small letters after the capitals are a chain of suffixes.
# The first capital comes before the look back, which then sees it and the character before it: a fast scan.
_GLUED_SUFFIX = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])"
)


# A case suffix written past the closing quote of capitals («ЭКСПО»-ны, «ҚТЖ»-ның) belongs to them: it is taken inside
# the quote, where the capitals' own rules read it with them (экспоны, Қазақстан темір жолының).
_SUFFIX_PAST_QUOTE = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)(?P<close>[»”\"])-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])"
)


def _takes_suffix(word: str, suffix: str) -> bool:
    """A number's last digit takes what a number takes after its hyphen; capitals a chain of suffixes."""
    return number_ending(suffix) if word.isdigit() else parse_suffixes(suffix) is not None


def suffix_inside_quote(match: re.Match[str]) -> str:
    """«ЭКСПО»-ны → «ЭКСПО-ны», «Боинг-737»-нің → «Боинг-737-нің»; small letters that are no chain of suffixes, or
    none a number takes, stay where they are."""
    if not _takes_suffix(match["word"], match["suf"]):
        return match.group()
    return f"{match['word']}-{match['suf']}{match['close']}"


# A case suffix written apart from its initialism, after a space or a spaced dash (ЖИТС – тен, ЖИТС тің): read as the
# hyphenated one. Only the endings no Kazakh word is spelled with: the genitive, ablative, accusative and dative
# forms, without тың and нан (words of their own: тың жер, нан) and without the locative да/де/та/те, which is the
# particle "too" as often (ЖОО да), and мен/пен/бен, the conjunction; the capitals must be an initialism. A hyphen
# with a space after it only (АКСР- і, an old page retyped) opens no word of its own: any chain of endings counts.
_DETACHED_CASES = ("ның", "нің", "дың", "дің", "тің", "нен", "дан", "ден", "тан", "тен")
_DETACHED_CASES += ("ны", "ні", "ды", "ді", "ты", "ті", "ға", "ге", "қа", "ке")
_DETACHED_SUFFIX = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)"
    rf"(?:(?: [-–])? (?P<suf>{'|'.join(_DETACHED_CASES)})|[-–] (?P<chain>[{KAZAKH_LOWER}]+))(?![\w-])"
)


def hyphen_before_detached_suffix(match: re.Match[str]) -> str:
    """ЖИТС – тен → ЖИТС-тен, ЖИТС тің → ЖИТС-тің, АКСР- і → АКСР-і; capitals the dictionary knows as a word stay,
    and small letters after a hyphen that are no chain of endings."""
    suffix = match["suf"] or match["chain"]
    if not capitals.initialism_before_suffix(match["word"]) or parse_suffixes(suffix) is None:
        return match.group()
    return f"{match['word']}-{suffix}"


# A case suffix written after a Latin name past a spaced dash (Sulpak - та, Wildberries – тен): read as the hyphenated
# one. A bare space is not enough (Samsung та: the particle "too"), but a spaced dash never opens a word of its own, so
# every case ending counts, the locative and тың, нан among them.
_LATIN_DETACHED_CASES = (*_DETACHED_CASES, "тың", "нан", "да", "де", "та", "те")
_SUFFIX_APART_FROM_LATIN = re.compile(
    rf"(?<![\w.@/-])(?P<word>[A-Za-z]{{2,}}) [-–] (?P<suf>{'|'.join(_LATIN_DETACHED_CASES)})(?![\w-])"
)


# A measure typed onto the word after it, the space left out (52 тоннаданастам, 395 мың тоннакөлемінде): a word after
# a number that opens with a unit's word and its suffixes and goes on with a whole word the dictionary knows; a
# compound the dictionary lacks (көпқабатты, шағынауданына) opens with no unit and stays.
_MEASURE_WORDS = sorted(_UNIT_WORDS | {"тонна", "пайыз"}, key=len, reverse=True)
_AFTER_NUMBER = "|".join(rf"(?<=\d {scale})" for scale in ("", "мың ", "млн ", "млрд ", "миллион "))
_RUN_ON_AFTER_NUMBER = re.compile(
    rf"(?:{_AFTER_NUMBER})(?P<unit>{'|'.join(_MEASURE_WORDS)})(?P<rest>[{KAZAKH_LOWER}]{{4,}})(?![\w-])"
)
_SHORTEST_RUN_ON_WORD = 4


def split_run_on_measure(match: re.Match[str]) -> str:
    """тоннаданастам → тоннадан астам; a word the dictionary knows (тоннадағы), or one it cannot part, stays."""
    word, rest = match.group(), match["rest"]
    if capitals.known_stem(word) is not False:
        return word
    for cut in range(len(rest) - _SHORTEST_RUN_ON_WORD + 1):
        suffix, tail = rest[:cut], rest[cut:]
        if parse_suffixes(suffix) is not None and capitals.known_word(tail):
            return f"{match['unit']}{suffix} {tail}"
    return word


# A case suffix typed onto a number or a percent sign without its hyphen (34ді, 5тен, 100ден, 15%ға) is read as the
# hyphenated one, when the small letters are what a number takes after its hyphen (`number_ending`: 1ші, 270тей,
# 10шақты too; 2020жылы, 30мың, 3кг stay apart, a word or a measure of their own); not after a letter, a hyphen or a
# decimal sign, where the number is a code's (Ми8, ЖЭО-2) or a fraction's, nor a single letter, a house number's (12а).
_GLUED_NUMBER_SUFFIX = re.compile(rf"(?<![\w.,/-])(?P<word>\d+%?)(?P<suf>[{KAZAKH_LOWER}]{{2,}})(?![\w-])")


# A case suffix written past the closing quote of a name that ends in a number, a model's code («Боинг-737»-нің,
# «Alfa 2»-ні), belongs to the number, the last word said: taken inside the quote before the number's rule reads it
# («Боинг жеті жүз отыз жетінің»), as capitals take theirs (`_SUFFIX_PAST_QUOTE`). A word before the quote keeps its
# suffix outside («Нұр Отан»-ның).
_SUFFIX_PAST_QUOTED_NUMBER = re.compile(rf"(?P<word>\d)(?P<close>[»”\"])-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])")


# The percent sign written before its number, as Turkish writes it (%15 жеңілдік, %0,5-ке): read as the sign after
# the number (15%), a suffix written on the number staying where it is. Not after a letter, a digit or a sign (a
# template's %d, 5%%), nor with a space before the number, where the sign closes a table's heading (деңгейі, % 16,75).
_PERCENT_BEFORE_NUMBER = re.compile(r"(?<![\w%.,])%(?P<number>\d+(?:[.,]\d+)?)(?![\d%])")


def percent_after_number(match: re.Match[str]) -> str:
    """%15 → 15%, for the number's rule to read it as any percentage."""
    return match["number"] + "%"


def hyphen_before_number_ending(match: re.Match[str]) -> str:
    """34ді → 34-ді, 1ші → 1-ші, 8 ші → 8-ші, 270тей → 270-тей, 90-ҒА → 90-ға, 1-БӨЛІМ → 1-бөлім (a part's name, which
    the ordinal rules read); 2020жылы and a code's capitals stay (Ил-76-ТД)."""
    suffix = match["suf"].lower()
    named_part = numbering.names_part(match["suf"])
    return f"{match['word']}-{suffix}" if number_ending(suffix) or named_part else match.group()


def hyphen_before_glued_suffix(match: re.Match[str]) -> str:
    """The word and its suffix joined by a hyphen, the suffix in small letters, when its letters are a chain of
    suffixes (34ді, 598 інің, 90-ҒА, ГМОсыз)."""
    if parse_suffixes(match["suf"]) is None:
        return match.group()
    return f"{match['word']}-{match['suf'].lower()}"


# The third person's possessive, with or without a case after it, or an ordinal's ending, written a space after a
# number instead of a hyphen (598 інің жағдайы → 598-інің, 41 і ер адам, номер 8 ші мектеп → 8-ші): no Kazakh word is
# these letters alone after a count.
_SPACED_NUMBER_POSSESSIVE = re.compile(
    rf"(?<![\w.,/-])(?P<word>\d+) (?P<suf>[ыі](?:ның|нің|на|не|нда|нде|нан|нен|мен)?|{ORDINAL_ENDING})(?![\w-])"
)


# A heading in capitals writes an initialism's case suffix in capitals too (ТМД-ҒА КІРЕТІН, АҚШ-ТЫҢ, НАТО-НЫҢ): read as
# the small letters it stands for when the capitals after the hyphen are a chain of suffixes and those before it an
# initialism (`capitals.initialism_before_suffix`), not the first word of a pair (АҒА-ІНІ). The first capital comes
# before the look back, which then sees it and the character before it: a fast scan.
_CAPITAL_SUFFIX_AFTER_CAPITALS = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}A-Z](?<![\w-].)[{KAZAKH_UPPER}A-Z]+)-(?P<suf>[{KAZAKH_UPPER}]+)(?![\w-])"
)


def lower_capital_suffix(match: re.Match[str]) -> str:
    """ТМД-ҒА → ТМД-ға, for the initialism's rule to say with its suffix; АҒА-ІНІ stays."""
    if not capitals.initialism_before_suffix(match["word"]):
        return match.group()
    return hyphen_before_glued_suffix(match)


# Two capitals before small letters: the shift key held a letter too long (БҮгінде → бүгінде, ҚАзақстан), read as the
# word in small letters when the dictionary knows it (`capitals.shift_held`); a fast scan as above.
_SHIFT_HELD = re.compile(rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?![\w-])")


def lower_shift_held(match: re.Match[str]) -> str:
    word = match["word"]
    return word.lower() if capitals.shift_held(word) else word


# A heading in capitals writes a number's case suffix in capitals too (90-ҒА ЖУЫҚ, 300-ДЕН АСТАМ, 25%-ҒА), its
# ordinal's ending (1-ШІ ОРЫН) and the numbered part it heads (1-БӨЛІМ, 2-ТАРАУ): read as the small letters they stand
# for when the capitals are a chain of suffixes, an ordinal's ending or a document part's name, not a code's letters
# (Ил-76-ТД) or an initialism.
_CAPITAL_NUMBER_SUFFIX = re.compile(rf"(?<![\w.,/-])(?P<word>\d+%?)-(?P<suf>[{KAZAKH_UPPER}]{{2,}})(?![\w-])")


# A day written onto a month name that a title or a holiday's name capitalises (1-Мамыр, 16-Желтоқсан, 8- Наурыз):
# the month in small letters, as the hyphenated day before a month is read everywhere else (бірінші мамыр).
_CAPITAL_MONTH_AFTER_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?P<word>\d{{1,2}})-\s?(?P<month>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)(?![\w-])"
)


def lower_capital_month(match: re.Match[str]) -> str:
    month = match["month"]
    return f"{match['word']}-{month.lower()}" if dates.starts_with_month(month) else match.group()


# A capital consonant standing alone before a word names a letter: a group, a block (Д тобында → дэ тобында), in
# quotation marks or brackets too («Б» тобына → «бэ» тобына, (Д тобы)), and one quoted in a list of labels (5 "Д",
# "З", "Е" сынып). Those a Latin letter looks like (В, С
# санаттары) may be either alphabet's, and stay as written.
_LETTER_LABEL = re.compile(
    rf"(?<![^\s«\"“„(])(?P<letter>[БГҒДЖЗҚЛҢПФҺЦЧШЩ])(?=[»\"”)]?\s+[{KAZAKH_LOWER}]|(?<=[«\"“„]\w)[»\"”])"
)
# Before a group's noun (В тобы:, С тобында) a look-alike is the group's letter in the Cyrillic the text is typed in,
# said by its Cyrillic name (вэ тобы), as the plainly Cyrillic groups beside it are (Д тобы).
_GROUP_LETTER = re.compile(rf"(?<![^\s«\"“„(])(?P<letter>[ВСКМНРТХ])(?=[»\"”)]?\s+тоб[{KAZAKH_LOWER}]*(?![\w-]))")
# So does one closing a phrase after a small-letter word, before a bracket, a comma or a semicolon: a symbol an
# encyclopedia names (атом нөмірі (таңбамен ұсынылған З). → зэ). An initial is followed by its full stop and a name.
_CLOSING_LETTER = re.compile(rf"(?<=[{KAZAKH_LOWER}] )(?P<letter>[БГҒДЖЗҚЛҢПФҺЦЧШЩ])(?=[)\],;])")


# A capital standing alone after a word and a hyphen names a model's letter (Протон-М, Союз-У): said by its name.
_MODEL_LETTER = re.compile(rf"(?<=[{KAZAKH_LOWER}]{{2}}-)(?P<letter>[{KAZAKH_UPPER}])(?![\w-])")
# So does one before a hyphen and more capitals, a model's index (Прогресс М-УМ → эм у эм); looked for before the
# capitals after it are read.
_HEAD_LETTER = re.compile(rf"(?<![\w-])(?P<letter>[{KAZAKH_UPPER}])(?=-[{KAZAKH_UPPER}]{{1,5}}(?![\w-]))")


def speak_letter_label(match: re.Match[str]) -> Spoken:
    return Spoken(abbr.spell(match["letter"]), "initialism", True)


# A consonant letter typed onto the end of a number is a letter that tells apart a house, a class or a model (12б,
# 5в сынып, Союз-2.1б, Ту-154М): said by its name after the number, set apart so the number is read as it stands.
# Not the letters a unit or a year is written with (5м, 10т, 200г, 3л, 5с, 2014ж; 220В, 5Н, 10К, 2Т), which the
# number and date rules read, nor one a full stop cuts (2014ж. is a year), nor х, typed for a times sign (7х).
_NUMBER_LETTER = re.compile(r"(?<=\d)(?P<letter>[бвгғджзйқлмңпрсфһцчшщБГҒДЖЗЙҚЛМҢПРСФҺЦЧШЩ])(?![\w.-])")
_UNIT_LETTERS = frozenset("мтглсцж")


def speak_number_letter(match: re.Match[str]) -> str:
    letter = match["letter"]
    if letter in _UNIT_LETTERS:
        return letter
    return Spoken(" " + abbr.spell(letter), "initialism")


# A school class labelled by its grade and a letter, glued, after a hyphen or in quotes (7"А" сынып, 9"Б"сынып, 6А
# сыныбы, 5-А сыныбы, 10 «Ә» сыныбының, 3-4 «Б» сыныптарында), and so a group (1-А тобы) and a range of classes: the
# grade is its place, an ordinal, and the letter is said by its name (жетінші «а» сынып, үшінші – төртінші «бэ»
# сыныптарында). A label glued and standing alone before a bracket or a comma is a class too where the text speaks of
# a school (Евтушенко А. 6А (орыс тілі) in a list of olympiad winners; a range, 7-8А, too), and one whose letter
# is quoted anywhere (44 ұпаймен 5 "З", "Қыран" тобы; 5"Д",): a house's letter is not quoted. A house, a route or
# a document with a letter (10А үй, 12А автобус, №16а) has no class noun after it and is left to the number rules.
_CLASS_NOUN = rf"(?:сынып|сыныб|класс?|топ|тоб)[{KAZAKH_LOWER}]*(?![\w-])"
_CLASS_LABEL = re.compile(
    rf"(?<![\w.,№-])(?P<a>\d{{1,2}})(?:\s?[-–]\s?(?P<b>\d{{1,2}}))?(?:-|\s?)(?P<open>[\"«“]?)\s?"
    rf"(?P<letter>[{KAZAKH_UPPER}а-яәғқңөұүһі])\s?(?P<close>[\"»”]?)\s*(?={_CLASS_NOUN})"
    rf"|(?<![\w.,№-])(?P<glued>\d{{1,2}})(?:[-–](?P<last>\d{{1,2}}))?(?P<gopen>\s?[\"«“])?(?P<listed>[{KAZAKH_UPPER}])"
    rf"(?(gopen)[\"»”])(?=\s*[(,;]|\s*$)"
)
_SCHOOL_WORDS = re.compile(r"сынып|сыныб|оқушы|мектеп|олимпиада", re.I)
# ...but not a house after its street (Абай көшесі 10А, мектеп жанында).
_STREET_BEFORE = re.compile(r"(?:көшесі|даңғылы|к-сі|даңғ\.|үй|шағын\s?ауданы|ш\.?а\.?)[,\s]*$", re.I)


def speak_class_label(match: re.Match[str]) -> str:
    if match["glued"]:
        school = match["gopen"] or _SCHOOL_WORDS.search(match.string)
        if not school or _STREET_BEFORE.search(match.string[: match.start()]):
            return match.group()
        grades = [int(end) for end in (match["glued"], match["last"]) if end]
        opening, closing = (match["gopen"].strip(), match.group()[-1]) if match["gopen"] else ("", "")
        letter = f"{opening}{abbr.spell(match['listed'])}{closing}"
    else:
        grades = [int(end) for end in (match["a"], match["b"]) if end]
        letter = f"{match['open']}{abbr.spell(match['letter'])}{match['close']}"
    unbalanced = bool(match["open"]) != bool(match["close"])
    if unbalanced or not all(1 <= grade <= _LAST_GRADE for grade in grades):
        return match.group()
    places = " – ".join(ordinal_of(cardinal(grade)) for grade in grades)
    return Spoken(f"{places} {letter}" + ("" if match["glued"] else " "), "ordinal")


# A company's legal form written as dotted capitals that close its quoted name (Оперейтинг Б.В.", Каспиан Н.В.»: the
# Dutch B.V. and N.V.): its letters' names, not a person's initials, which stand beside a surname, never before the
# closing quote; in a Russian run too, where the letters' names are the same.
# A space after each full stop is no matter (the typing repair puts one in before a Russian run is read).
_QUOTED_LEGAL_FORM = re.compile(rf"(?<=\w )(?P<letters>[{KAZAKH_UPPER}]\.(?: ?[{KAZAKH_UPPER}]\.){{1,2}})(?=[\"»”])")


def speak_legal_form(match: re.Match[str]) -> Spoken:
    return Spoken(abbr.spell(re.sub(r"[. ]", "", match["letters"])), "initialism", True)


# Capitals listed with commas, two or more of them single letters, name grades or classes (Г, Ж, К, ОС маркалы тас
# көмір; А, Б, Д санаттары): each single letter is said by its name, the longer items are left to the initialism
# rule. One plainly Cyrillic letter in the list (not one a Latin letter looks like) says the look-alikes are Cyrillic.
_LISTED_ITEM = rf"[{KAZAKH_UPPER}]{{1,2}}"
_LETTER_LIST = re.compile(rf"(?<![\w.-]){_LISTED_ITEM}(?:,\s?{_LISTED_ITEM})+(?![\w.-])")
_LISTED_LETTER = re.compile(r"(?<!\w)\w(?!\w)")


def speak_letter_list(match: re.Match[str]) -> str:
    items = re.split(r",\s?", match.group())
    letters = [item for item in items if len(item) == 1]
    if len(letters) < 2 or not set(letters) - set(_LOOKALIKE_CYRILLIC_CAPITALS):
        return match.group()
    return _LISTED_LETTER.sub(lambda m: abbr.spell(m.group()), match.group())


# Kazakh letters that fonts of the 1990s drew in place of other characters, as they come out of old documents:
# a sign inside a Cyrillic word stands for the letter (Б¥¥ → БҰҰ), and so does the Macedonian kje such a font put
# where қ was (ќазаќшасы → қазақшасы).
_LEGACY_FONT = {"¥": "Ұ", "ќ": "қ", "Ќ": "Қ"}
_LEGACY_SIGN = f"[{''.join(_LEGACY_FONT)}]+"
_LEGACY_LETTER = re.compile(rf"(?<=[\u0400-\u04ff]){_LEGACY_SIGN}|{_LEGACY_SIGN}(?=[\u0400-\u04ff])")
# The Latin H and G such a font put for ө and Ө, as textbooks of the 1990s come out of a PDF (кHр сеткен кHмегi,
# Hзгерiстер, Gйткенi): an H between small Cyrillic letters or before a consonant opening a word (no Kazakh word
# opens with н and a consonant), a G before small Cyrillic letters; the Н of a capital typed in Latin stays.
_SMALL_CYRILLIC = "а-яәғқңөұүһіё"
_LEGACY_O = re.compile(
    rf"(?<=[{_SMALL_CYRILLIC}])H(?=[{_SMALL_CYRILLIC}i])|(?<![\w-])H(?=[бвгғджзклмнңпрстфхцчшщ])"
    rf"|(?<![\w-])G(?=[{_SMALL_CYRILLIC}]{{2}})"
)
_LEGACY_O_LETTERS = {"H": "ө", "G": "Ө"}
_LEGACY_O_MARK = re.compile("[HG]")  # what every match holds (`Rule.needs`)


# Degrees Celsius written other ways after a number: the one-character ℃, the ordinal º or the ring ˚ for the degree
# sign (not where a coordinate's minutes follow: 43˚ 15ʹ), the Celsius letter apart from the sign (8-12° С) or after
# the word (25 градус С), or Russian Ц for it (25°Ц). Each becomes °С, the unit the number rule reads (and
# re-inflects: +25 ℃-қа → плюс жиырма бес градусқа).
_WRITTEN_CELSIUS = re.compile(r"(?<=\d)(?P<gap>\s?)(?:(?:[°º˚]|градус)\s?[CСЦ]|℃|[º˚](?!\s?\d{1,2}\s?[′'ʹ’´]))(?!\w)")
# A degree sign typed as an apostrophe on a number before C or С (25'С, 30’C): no letter follows that С, which
# the number's unit reading then takes as Celsius.
_APOSTROPHE_DEGREE = re.compile(r"(?<=\d)(?<!°\d)(?<!°\d\d)['’ʼ](?=[CС](?![\w]))")
# A degree's raised ring flattened to a zero a space after the number (± 0,5 0С, +20 0С): a copied table's.
_ZERO_DEGREE = re.compile(r"(?<=\d )0(?=[CС](?!\w))")
# A range of temperatures with the degree written on both ends (+2°С...+4°С, 5°С-7°С): said once, after the range.
_DEGREE_BEFORE_RANGE_END = re.compile(r"(?<=\d)\s?°\s?[CС]?(?=\s?(?:\.\.\.|…|[-–—])\s?[-+−–]?\d+(?:[.,]\d+)?\s?°)")
# A range's dash typed as a full stop between two years before the plural year word (1521.1538 жылдар) or between two
# Roman numerals before the plural century word (XV.XVІ ғғ., XV.XVІ ҒАСЫРЛАРДАҒЫ): a number counts in the singular
# (1,5 жыл), so the plural says a span is meant; the stop is the dash when the second end is the later one.
_DOT_FOR_RANGE_DASH = re.compile(
    rf"(?<![\w.])(?:(?P<y1>[12]\d{{3}})\.(?P<y2>[12]\d{{3}})(?=\s*(?:жылдар|жж\.))"
    rf"|(?P<r1>{roman.ROMAN_TOKEN})\.(?P<r2>{roman.ROMAN_TOKEN})(?=\s*(?:ғғ|ғасырлар|ҒАСЫРЛАР)))"
)

_STOP_IN_RANGE = re.compile(r"[\dIVXLCDMІХСМҮ]\.[\dIVXLCDMІХСМҮ]")


def dash_for_range_dot(match: re.Match[str]) -> str:
    """1521.1538 жылдар → 1521–1538 жылдар, XV.XVІ ғғ. → XV–XVІ ғғ.; a later second end or nothing."""
    first, last = (match["y1"], match["y2"]) if match["y1"] else (match["r1"], match["r2"])
    values = (int(first), int(last)) if match["y1"] else (roman.roman_value(first), roman.roman_value(last))
    ordered = values[0] is not None and values[1] is not None and values[1] > values[0]
    return f"{first}–{last}" if ordered else match.group()


# A rate's slash typed as a backslash after an amount's unit (12 м\с, 600 мкг\т): the slash it stands for.
_BACKSLASH_RATE = re.compile(rf"(?<=\d)(?P<unit>\s?(?:{_UNIT}))\\(?=(?:{_PER_WRITTEN}))")
# A speed typed with its units swapped, time over length (14-17 с/м, 90 сағ/км): no amount is said per metre or
# kilometre in seconds or hours, so the writer's length per time is meant (метр секундына). A pace in minutes per
# kilometre (5 мин/км) is a unit of its own and stays.
_SWAPPED_SPEED = re.compile(r"(?<=\d)(?P<space>\s?)(?P<time>с|сек|сағ)/(?P<length>км|м)(?![\w/²³])")


def unswapped_speed(match: re.Match[str]) -> str:
    """с/м → м/с, сағ/км → км/сағ."""
    return f"{match['space']}{match['length']}/{match['time']}"


# Spaces typed in a run inside a line (a justified page's text: 150  млн  км, 300  000) are one space, so that a
# number meets its unit and its groups of thousands.
_SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
_TWO_SPACES = re.compile("  ")  # what every run holds (`Rule.needs`), found without the look-arounds


@cache
def rules() -> list[Rule]:
    """The Kazakh rules, in the order they run (their patterns compiled on first use)."""
    return [
        Rule("legacy-font letter", _LEGACY_LETTER, lambda m: "".join(_LEGACY_FONT[ch] for ch in m.group()), LETTERS),
        Rule("legacy-font ө", _LEGACY_O, lambda m: _LEGACY_O_LETTERS[m.group()], LETTERS, needs=_LEGACY_O_MARK),
        Rule("spaces typed in a run", _SPACE_RUN, lambda m: " ", "mark", needs=_TWO_SPACES),
        Rule("arrow between words", marks.ARROW_BETWEEN_WORDS, lambda m: " – ", "mark", needs=marks.ARROW_MARK),
        Rule("decoration", marks.DECORATION, lambda m: " ", "mark", needs=marks.DECORATION_MARK),
        Rule("sign of approximation", marks.APPROXIMATE, marks.speak_approximate, "mark", needs=marks.APPROXIMATE_MARK),
        Rule("markup", scraped.MARKUP, scraped.silence_markup, "mark", needs=_TAG_OPEN),
        Rule("word broken across a line", scraped.LINE_BREAK_HYPHEN, scraped.join_broken_word, "mark", needs=_BREAK),
        Rule("kazakh latin text", latinkazakh.WORD, latinkazakh.read_word, LETTERS, needs=LATIN_LETTER),
        Rule("formula", formulas.FORMULA, formulas.speak_formula, "code", needs=formulas.MARK),
        Rule("point and its coordinates", formulas.POINT, formulas.speak_point, "code", needs=formulas.POINT_MARK),
        Rule(
            "variable defined or in brackets",
            formulas.DEFINED_VARIABLE,
            formulas.speak_defined_variable,
            "code",
            needs=formulas.DEFINED_MARK,
        ),
        Rule("isotope", chemistry.ISOTOPE, chemistry.speak_isotope, "code", needs=chemistry.ISOTOPE_MARK),
        Rule("words run together", scraped.GLUED_WORDS, scraped.split_glued_words, "mark", needs=scraped.RUN_TOGETHER),
        Rule(
            "latin word run onto a word",
            scraped.GLUED_LATIN_WORD,
            scraped.split_glued_latin_word,
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule(
            "hemisphere run onto a word",
            coordinates.GLUED_HEMISPHERE,
            coordinates.part_glued_hemisphere,
            "mark",
            needs=_HEMISPHERE_LETTER,
        ),
        Rule("era mark run onto an ordinal", scraped.GLUED_ERA_MARK, scraped.part_glued_era_mark, "mark", needs=DIGIT),
        Rule(
            "number and code joined by an underscore",
            scraped.UNDERSCORED_CODE,
            scraped.part_underscored_code,
            "mark",
            needs=scraped.UNDERSCORE,
        ),
        Rule("wiki reference number", scraped.WIKI_FOOTNOTE, lambda m: "", "mark", needs=_OPEN_BRACKET),
        Rule("note mark on a word", scraped.GLUED_NOTE_MARK, lambda m: "", "mark", needs=scraped.NOTE_MARK),
        Rule(
            "heading's numeral on its line",
            roman.HEADING_NUMERAL,
            roman.speak_heading_numeral,
            "ordinal",
            needs=roman.HEADING_LINE,
        ),
        Rule("place word before its name", _AHEAD_PHRASE, speak_ahead, "abbreviation"),
        Rule(
            "power set apart from its unit",
            scraped.LOST_SUPERSCRIPT,
            scraped.join_lost_superscript,
            "mark",
            needs=_POWER_APART,
        ),
        Rule(
            "thousands grouped with commas",
            grouping.GROUPED_WITH_COMMAS,
            grouping.space_thousands,
            "mark",
            needs=grouping.COMMA_GROUP,
        ),
        Rule(
            "thousands grouped with points, apostrophes or thin spaces",
            grouping.GROUPED_WITH_MARKS,
            grouping.space_marked_thousands,
            "mark",
            needs=grouping.MARK_GROUP,
        ),
        Rule(
            "identifier number", codes.IDENTIFIER_NUMBER, codes.speak_labelled_code, "code", needs=codes.TWELVE_DIGITS
        ),
        Rule("car number plate", codes.PLATE, codes.speak_plate, "code", needs=codes.PLATE_MARK),
        Rule("code after its label", codes.LABELLED_CODE, codes.speak_labelled_code, "code", needs=codes.CODE_LABEL),
        Rule(
            "zero-led code after its label",
            codes.ZERO_LED_CODE,
            codes.speak_zero_led_code,
            "code",
            needs=codes.ZERO_LED_MARK,
        ),
        Rule("table's pipes and bullets", scraped.TABLE_MARKS, scraped.silence_table_marks, "mark", needs=_TABLE_MARK),
        Rule("degree Celsius written another way", _WRITTEN_CELSIUS, lambda m: m["gap"] + "°С", "mark", needs=DIGIT),
        Rule("degree typed as an apostrophe", _APOSTROPHE_DEGREE, lambda m: "°", "mark", needs=DIGIT),
        Rule("degree typed as a zero", _ZERO_DEGREE, lambda m: "°", "mark", needs=DIGIT),
        Rule("degree on a range's first end", _DEGREE_BEFORE_RANGE_END, lambda m: "", "mark", needs=DIGIT),
        Rule(
            "full stop typed for a range's dash", _DOT_FOR_RANGE_DASH, dash_for_range_dot, "mark", needs=_STOP_IN_RANGE
        ),
        Rule("rate typed with a backslash", _BACKSLASH_RATE, lambda m: m["unit"] + "/", "mark", needs=_BACKSLASH),
        Rule("speed typed with its units swapped", _SWAPPED_SPEED, unswapped_speed, "mark", needs=_SLASH),
        Rule("fight record", FIGHT_RECORD, speak_fight_record, "cardinal", needs=_KNOCKOUT),
        Rule("registration code", _REGISTRATION_CODE, speak_registration_code, "code", needs=re.compile(r"\d{5}")),
        Rule("zero typed for o", _ZERO_FOR_O, lambda m: m.group().replace("0", "o"), "mark", needs=LATIN_LETTER),
        Rule("zero-led number on a latin word", _ZERO_LED_ON_LATIN, speak_zero_led_code, "code", needs=LATIN_LETTER),
        Rule("instalment code", _INSTALMENT_CODE, speak_instalment_code, "code", needs=DIGIT),
        Rule(
            "answer option",
            numbering.OPTION_MARKER,
            numbering.speak_option_marker,
            "initialism",
            needs=numbering.OPTION_MARK,
        ),
        Rule("look-alike letters", _CYRILLIC_WORD_WITH_LATIN, cyrillic_lookalikes, LETTERS),
        Rule("capitals typed in look-alikes of an English word", _LOOKALIKE_CAPITALS, english_twin, LETTERS),
        Rule("pH", chemistry.PH, chemistry.speak_ph, "code", needs=chemistry.PH_MARK),
        Rule("greek letter", chemistry.GREEK_LETTER, chemistry.speak_greek_letter, "code", needs=chemistry.GREEK_MARK),
        Rule("chemical formula", chemistry.FORMULA, chemistry.speak_formula, "code", needs=chemistry.FORMULA_MARK),
        Rule(
            "element named", chemistry.NAMED_SYMBOL, chemistry.speak_named_symbol, "code", needs=chemistry.SYMBOL_MARK
        ),
        Rule("web address run onto a number", _ADDRESS_RUN_ONTO_NUMBER, lambda m: m.group() + " ", "mark", needs=DIGIT),
        Rule(
            "web address broken at a dot", _ADDRESS_BROKEN_AT_DOT, lambda m: m.group()[:-1], "mark", needs=LATIN_LETTER
        ),
        Rule("web address", _WEB_ADDRESS, read_web_address, "web", needs=_ADDRESS_MARK),
        Rule("document symbol", references.DOCUMENT_SYMBOL, references.speak_document_symbol, "code", needs=_SLASH),
        Rule("serial number", references.SERIAL_NUMBER, references.speak_serial_number, "code", needs=DIGIT),
        Rule("library class", references.LIBRARY_CLASS, references.speak_library_class, "code", needs=DIGIT),
        Rule(
            "honorific in capitals",
            _BRACKETED_HONORIFIC,
            speak_bracketed_honorific,
            "abbreviation",
            needs=_ROUND_BRACKET,
        ),
        Rule("english ordinal", _ENGLISH_ORDINAL, lambda m: ordinal_of(cardinal_of(m["n"])), "ordinal", needs=DIGIT),
        Rule("hashtag", _HASHTAG, speak_hashtag, "mark"),
        Rule(
            "suffix apart from a Latin name",
            _SUFFIX_APART_FROM_LATIN,
            lambda m: f"{m['word']}-{m['suf']}",
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule("model code after its maker", models.MODEL_CODE, models.speak_model_code, "latin", needs=DIGIT),
        Rule("maker before its model code", models.cyrillic_maker(), models.speak_maker, "abbreviation", needs=DIGIT),
        Rule("instrument code", _TICKER, speak_ticker, "code", needs=re.compile("_")),
        Rule("pair of currencies", CURRENCY_PAIR, speak_currency_pair, "code", needs=_PAIR_MARK),
        Rule("currency ticker's sign", CURRENCY_TICKER, speak_ticker_sign, "code", needs=_CURRENCY_SIGN),
        Rule("final hard sign", _FINAL_HARD_SIGN, lambda m: "", LETTERS),
        Rule(
            "weekday cut to two letters",
            weekdays.WEEKDAYS,
            weekdays.speak_weekdays,
            "abbreviation",
            needs=weekdays.DAY_MARK,
        ),
        Rule("blood group", blood.BLOOD_GROUP, blood.speak_blood_group, "code", needs=blood.BRACKET),
        Rule("rhesus factor", blood.RHESUS, blood.speak_rhesus, "abbreviation", needs=LATIN_LETTER),
        Rule("species name", species.BINOMIAL, species.speak_binomial, "latin", needs=LATIN_LETTER),
        Rule("latin name typed apart", _LATIN_WORD_RUN, joined_split_names, "latin", needs=LATIN_LETTER),
        Rule("italian name", _ITALIAN_NAME, speak_italian_name, "latin", needs=LATIN_LETTER),
        Rule("french name", _FRENCH_PHRASE, speak_french_phrase, "latin", needs=LATIN_LETTER),
        Rule("turkic name", _TURKIC_PHRASE, speak_turkic_phrase, "latin", needs=LATIN_LETTER),
        Rule("chinese name", _NAME_WORDS, speak_chinese_name, "latin", needs=LATIN_LETTER),
        Rule("letter grade", _LETTER_GRADE, speak_grade, "initialism", needs=re.compile(r"[A-DFАВС][+\-−]")),
        Rule("keys pressed together", _KEYS_TOGETHER, lambda m: " плюс ", "mark", needs=LATIN_LETTER),
        Rule("latin initials", _LATIN_INITIALS, speak_latin_initials, "latin", needs=LATIN_LETTER),
        Rule("latin name", _LATIN_NAME, speak_latin_word, "latin", needs=LATIN_LETTER),
        Rule("name's reading typed with a hyphen", HYPHENATED_READING, joined_reading, "latin", needs=HYPHEN_IN_WORD),
        Rule("legal form closing a quoted name", _QUOTED_LEGAL_FORM, speak_legal_form, "initialism"),
        Rule("space after a full stop", GLUED_AFTER_STOP, lambda m: " ", "mark"),
        Rule("case ending on an initial", _SUFFIXED_INITIAL, speak_suffixed_initial, "initialism"),
        Rule("space after a glued comma", _GLUED_AFTER_COMMA, lambda m: " ", "mark", needs=DIGIT),
        Rule("space after a scale word's stop", GLUED_AFTER_SCALE, lambda m: " ", "mark"),
        Rule(
            "capital suffix on a scale word",
            _CAPITAL_SCALE_SUFFIX,
            lambda m: m.group()[: m.start("suf") - m.start()] + m["suf"].lower(),
            "mark",
            needs=_CAPITAL_SCALE_SUFFIX_NEEDS,
        ),
        Rule(
            "space before a glued number", _GLUED_NUMBER, lambda m: m.group() + " ", "mark", needs=_LETTER_BEFORE_DIGIT
        ),
        Rule("space before a glued temperature", _GLUED_TEMPERATURE, lambda m: m.group() + " ", "mark", needs=DIGIT),
        Rule("measure run onto the next word", _RUN_ON_AFTER_NUMBER, split_run_on_measure, "mark", needs=DIGIT),
        Rule("percent sign before its number", _PERCENT_BEFORE_NUMBER, percent_after_number, "mark", needs=DIGIT),
        Rule("suffix typed onto a number", _GLUED_NUMBER_SUFFIX, hyphen_before_number_ending, "mark", needs=DIGIT),
        Rule(
            "suffix past the quote after a number", _SUFFIX_PAST_QUOTED_NUMBER, suffix_inside_quote, "mark", needs=DIGIT
        ),
        Rule(
            "suffix a space after a number", _SPACED_NUMBER_POSSESSIVE, hyphen_before_number_ending, "mark", needs=DIGIT
        ),
        Rule(
            "suffix in capitals after a number",
            _CAPITAL_NUMBER_SUFFIX,
            hyphen_before_number_ending,
            "mark",
            needs=DIGIT,
        ),
        Rule("capital month after a number", _CAPITAL_MONTH_AFTER_NUMBER, lower_capital_month, "mark", needs=DIGIT),
        Rule("class labelled by grade and letter", _CLASS_LABEL, speak_class_label, "ordinal", needs=DIGIT),
        Rule("letter typed onto a number", _NUMBER_LETTER, speak_number_letter, "initialism", needs=DIGIT),
        Rule(
            "year of a reference's imprint",
            references.IMPRINT_YEAR,
            references.speak_imprint_year,
            "ordinal",
            needs=DIGIT,
        ),
        Rule("pages of a reference", references.PAGE_COUNT, references.speak_page_count, "cardinal", needs=DIGIT),
        Rule(
            "labelled part of a reference",
            references.LABELLED_PART,
            references.speak_labelled_part,
            "ordinal",
            needs=DIGIT,
        ),
        Rule("year of a title", references.TITLE_YEAR, references.speak_title_year, "ordinal", needs=DIGIT),
        Rule(
            "verse reference",
            scripture.VERSE_REFERENCE,
            scripture.speak_verse_reference,
            "cardinal",
            needs=scripture.REFERENCE_MARK,
        ),
        Rule("dialled code", phones.DIAL_CODE, phones.speak_dial_code, "telephone", needs=phones.DIAL_KEY),
        Rule("labelled phone number", phones.LABELLED_PHONE, phones.speak_labelled_phone, "telephone", needs=DIGIT),
        Rule("phone number", phones.PHONE, phones.speak_phone, "telephone", needs=DIGIT),
        Rule("scale", SCALE, speak_scale, "cardinal", needs=re.compile(r"1\s?:\s?\d")),
        Rule("numeric date", dates.NUMERIC_DATE, dates.speak_numeric_date, "date", needs=DIGIT),
        Rule("day and month", dates.DAY_MONTH, dates.speak_day_month, "date", needs=DIGIT),
        Rule("date with a month name", dates.MONTH_DATE, dates.speak_month_date, "date", needs=DIGIT),
        Rule("year before its month", dates.YEAR_OF_MONTH, dates.speak_year_of_month, "date", needs=DIGIT),
        Rule("stopwatch reading", dates.STOPWATCH, dates.speak_stopwatch, "time", needs=DIGIT),
        Rule("time", dates.TIME, dates.speak_time, "time", needs=DIGIT),
        Rule("time typed with a hyphen", dates.HYPHEN_TIME, dates.speak_hyphen_time, "time", needs=_DIGITS_HYPHENATED),
        Rule("tax form number", numbering.FORM_NUMBER, numbering.speak_form_number, "code", needs=DIGIT),
        Rule("version number", numbering.VERSION, numbering.speak_version, "code", needs=_POINT_IN_NUMBER),
        Rule("section number", numbering.SECTION, numbering.speak_section, "code", needs=DIGIT),
        Rule("list marker", numbering.LIST_MARKER, numbering.speak_list_marker, "ordinal"),
        Rule("lettered list marker", numbering.LETTER_MARKER, numbering.speak_letter_marker, "mark"),
        Rule("number form", NUMBER_FORM, speak_number_form, "fraction"),
        Rule("coordinate", coordinates.COORDINATE, coordinates.speak_coordinate, "measure", needs=DIGIT),
        Rule("settlement date", _SETTLEMENT, speak_settlement, "code", needs=re.compile(r"\+\d")),
        Rule("labelled slash code", numbering.LABELLED_CODE, numbering.speak_labelled_code, "code", needs=_SLASH),
        Rule("road index", _ROAD_INDEX, speak_road_index, "code", needs=DIGIT),
        Rule("code letters", _CODE_LETTERS, speak_code_letters, "initialism", needs=DIGIT),
        Rule("code letters on a number", _GLUED_CODE_LETTERS, speak_code_letters, "initialism", needs=DIGIT),
        Rule(
            "abbreviation before a number",
            re.compile(rf"(?<![\w.-])(?P<abbr>{'|'.join(re.escape(a) for a in abbr.of_kind('before'))})(?=\s?\d)"),
            lambda m: abbr.table()[m["abbr"]].spoken,
            "abbreviation",
            needs=DIGIT,
        ),
        Rule("year or century word after a range", _RANGE_WORD, speak_range_word, "abbreviation"),
        Rule("year word after a decade", _DECADE_YEARS, lambda m: "жылдары", "abbreviation", needs=DIGIT),
        Rule("century word after a roman numeral", _CENTURY_WORD, speak_century_word, "abbreviation"),
        Rule("roman numeral", roman.ROMAN, roman.speak_any_roman, "ordinal"),
        Rule("document number", numbering.DOCUMENT_NUMBER, numbering.speak_document_number, "code", needs=DIGIT),
        Rule("petrol grades", FUEL_GRADES, speak_fuel_grades, "code", needs=_SLASH),
        Rule("round the clock", ROUND_THE_CLOCK, speak_round_the_clock, "cardinal", needs=_SLASH),
        Rule("blood pressure", blood.BLOOD_PRESSURE, speak_blood_pressure, "measure", needs=_SLASH),
        Rule("house number", numbering.HOUSE_NUMBER, numbering.speak_house_number, "code", needs=_SLASH),
        Rule("slash code before its noun", numbering.SLASHED_CODE, numbering.speak_slash_code, "code", needs=_SLASH),
        Rule(
            "slash code with an ordinal ending",
            numbering.ORDINAL_SLASH_CODE,
            numbering.speak_slash_code,
            "code",
            needs=_SLASH,
        ),
        Rule("numbers listed with commas", NUMBER_LIST, speak_number_list, "cardinal", needs=_COMMA_RUN),
        Rule("collective numeral", COLLECTIVE, speak_collective, "cardinal", needs=DIGIT),
        Rule("part of a fraction", FRACTION_PART, speak_fraction_part, "cardinal", needs=DIGIT),
        Rule("fraction", FRACTION, speak_fraction, "fraction", needs=DIGIT),
        Rule("ratio", RATIO, speak_ratio, "cardinal", needs=DIGIT),
        Rule("match minute", MINUTE_MARK, speak_minute_mark, "ordinal", needs=re.compile(r"\d\s?[`′]")),
        Rule("sign between numbers", OPERATOR, speak_operator, "mark", needs=DIGIT),
        Rule("year marked with its calendar", _CALENDAR_YEAR, speak_calendar_year, "ordinal", needs=DIGIT),
        Rule("year word", _YEAR_WORD, speak_year_word, "abbreviation", needs=DIGIT),
        Rule("years counted", _COUNTED_YEARS, speak_counted_years, "cardinal", needs=DIGIT),
        Rule("channel number", CHANNEL_NUMBER, lambda m: ordinal_of(cardinal_of(m["n"])), "ordinal", needs=DIGIT),
        Rule("half of a year", HALF_OF_A_YEAR, lambda m: ordinal_of(cardinal_of(m["n"])), "ordinal", needs=DIGIT),
        Rule("amount per a unit", AMOUNT_PER_UNIT, speak_amount_per_unit, "measure", needs=_SLASH),
        Rule("number", NUMBER, speak_number, "cardinal", needs=DIGIT),
        Rule("conjunction after an ordinal", _CONJUNCTION_AFTER_ORDINAL, lambda m: "мен", "mark"),
        Rule("units of a rate", RATE_UNITS, speak_rate_units, "measure", needs=_SLASH),
        Rule(
            "unit in brackets", BRACKETED_UNIT, lambda m: abbr.unit_spoken(m["unit"]), "measure", needs=_ROUND_BRACKET
        ),
        Rule("abbreviation cut with a hyphen", _HYPHEN_CUT, speak_hyphen_cut, "abbreviation", needs=_HYPHEN),
        Rule("noun cut with a hyphen", _NOUN_CUT, speak_noun_cut, "abbreviation", needs=_HYPHEN),
        Rule("word broken at a lost line", scraped.LOST_LINE_BREAK, scraped.join_lost_break, "mark", needs=_HYPHEN),
        Rule("signature of a note", _NOTE_SIGNATURE, speak_note_signature, "abbreviation", needs=_NOTE_CLOSE),
        Rule(
            "abbreviation",
            re.compile(rf"(?<![\w.-])(?P<abbr>{_DOTTED_TYPED})(?:-(?P<suf>{SUFFIX})(?P<dot>\.)?(?![\w-]))?(?!\w)"),
            speak_dotted,
            "abbreviation",
        ),
        Rule("word typed with the shift key held", _SHIFT_HELD, lower_shift_held, "mark"),
        Rule(
            "suffix in capitals after an initialism",
            _CAPITAL_SUFFIX_AFTER_CAPITALS,
            lower_capital_suffix,
            "mark",
            needs=_HYPHEN,
        ),
        Rule("suffix past the quote after capitals", _SUFFIX_PAST_QUOTE, suffix_inside_quote, "initialism"),
        Rule("suffix typed onto an initialism", _GLUED_SUFFIX, hyphen_before_glued_suffix, "initialism"),
        Rule("suffix written apart from an initialism", _DETACHED_SUFFIX, hyphen_before_detached_suffix, "initialism"),
        Rule("conjunction after an initialism", _CONJOINED, speak_conjoined, "initialism"),
        Rule("letter before a hyphenated initialism", _HEAD_LETTER, speak_letter_label, "initialism"),
        Rule("initialism", _CAPITALS, speak_capitals, "initialism"),
        Rule("letters listed as labels", _LETTER_LIST, speak_letter_list, "initialism"),
        Rule("letter label", _LETTER_LABEL, speak_letter_label, "initialism"),
        Rule("letter closing a phrase", _CLOSING_LETTER, speak_letter_label, "initialism"),
        Rule("group letter", _GROUP_LETTER, speak_letter_label, "initialism"),
        Rule("model letter", _MODEL_LETTER, speak_letter_label, "initialism"),
        Rule("initialism in lower case", _LOWER_INITIALISM, speak_lower_initialism, "initialism"),
        Rule("scale word", _SCALE_WORD, lambda m: attach(SCALES[m["unit"]], m["suf"]), "abbreviation"),
        Rule(
            "digits",
            re.compile(rf"\d+|[{digit_like()}]+"),
            speak_stray_digits,
            "number run",
            guess=True,
            needs=re.compile(rf"[\d{digit_like()}]"),
        ),
        # in English runs only
        Rule("ampersand in a Latin name", _LATIN_AMPERSAND, lambda m: " энд ", "mark", needs=_AMPERSAND),
        Rule("plus joining Latin names", _NAMES_JOINED_BY_PLUS, join_names_by_plus, "mark", needs=_PLUS),
        Rule("english word", _LATIN_WORD, lambda m: speak_latin_word(m, english=True), "english", needs=LATIN_LETTER),
        Rule("latin word", _LATIN_WORD, speak_latin_word, "latin", needs=LATIN_LETTER),
        Rule(
            "symbol",
            re.compile(
                rf"(?P<sign>§§|[%№&§°=≠≤≥×‰ﷺﷻ]|\+(?=[\s,.;:!?»)]|$))(?:(?P<gap>\s?-)(?P<suf>{SUFFIX})(?![\w-]))?"
            ),
            speak_symbol,
            "mark",
        ),  # ОПЕК+ → ОПЕК плюс
        Rule("slash between words", marks.WORD_SLASH, lambda m: ", ", "mark", needs=marks.SLASH_OR_STAR),
        Rule("stray slash or star", marks.STRAY_MARK, lambda m: "", "mark", needs=marks.SLASH_OR_STAR),
        Rule("stray soft hyphen", marks.STRAY_SOFT_HYPHEN, lambda m: " ", "mark"),
        Rule("minus sign typed for a dash", marks.SPACED_MINUS, lambda m: "–", "mark", needs=marks.MINUS_SIGN),
        Rule("at sign between words", marks.AT_BETWEEN_WORDS, lambda m: " эт ", "mark", needs=marks.AT_SIGN),
    ]

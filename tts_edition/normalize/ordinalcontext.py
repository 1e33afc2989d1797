"""When a number written bare, or with a suffix no ordinal needs, names a place in a sequence: the nouns and phrases
around it that make it an ordinal."""

from __future__ import annotations

import re
from collections.abc import Iterable

from tts_edition.normalize import capitals, dates, ranknouns, writtennumbers
from tts_edition.normalize.marks import line_before
from tts_edition.normalize.mistyped import mistyped_calendar_word
from tts_edition.normalize.morphology import (
    CONJUNCTION,
    GENITIVE_SUFFIX,
    HAVING,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    after_ordinal_marker,
    attach,
    hyphenated_word,
    parse_suffixes,
    stem_and_suffixes,
    verb_endings,
)
from tts_edition.normalize.numbers import CARDINAL_WORD, cardinal_of, ordinal_of, value_of
from tts_edition.normalize.weekdays import WEEKDAY_NAMES

ORDINAL_CONTEXT = re.compile(r"^(?:ғасыр|ғ\.|ғғ\.|ғ\.ғ\.|ғғ?-\w)")  # 18 ғ-дың: the century word cut with a hyphen
# The formal word for a day of a month: "маусым айының 27 жұлдызы" (not жұлдызды, starred), and its plural after
# days joined ("мамыр айының 5 және 13 жұлдыздары аралығында").
DAY_OF_MONTH = ("жұлдызы", "жұлдыздары")
# Nouns a number names the place of: an article or a clause of a law (75 бабының 2 тармағына: `ranknouns`), a type (1
# типті қант диабеті, 2 типтегі: type 1, type 2; "3 типі" may count three kinds and stays).
TYPE_NOUNS = re.compile(r"^тип(?:ті|тегі)\b")
_LETTERS = re.compile(r"[^\W\d_]+")
# A microdistrict clipped as an address clips it, named by a bare number (Ақтау қ., 34 ш/а; 5 мкр), not by a name and
# its number (Самал-2 ш/а); the word written out may count them (15 шағын ауданда).
_CLIPPED_MICRODISTRICT = re.compile(r"\s*(?:ш/а(?![\w/])|мкр\b)")
# A room named by a bare number: clipped as an address clips it (301 каб.), or after the house's number of an address
# (Абай көшесі, 5, 12 кабинет); "5 кабинет ашылды" counts rooms.
_CLIPPED_ROOM = re.compile(r"\s*каб\.")
_ROOMS = ("кабинет", "бөлме", "офис")
_ROOM = re.compile(rf"\s*(?:{'|'.join(_ROOMS)})(?!\w)")
_HOUSE_NUMBER_BEFORE = re.compile(r"\w,\s*\d+[а-я]?\s*,\s*$")
_ADDRESS_REACH = 16


def _room_of_an_address(match: re.Match[str], rest: str) -> bool:
    if not _alone(match) or match["suf"]:
        return False
    if _CLIPPED_ROOM.match(rest):
        return True
    before = match.string[max(0, match.start() - _ADDRESS_REACH) : match.start()]
    return bool(_ROOM.match(rest) and _HOUSE_NUMBER_BEFORE.search(before))


# ...but not a law's or a plan's parts counted: unpossessed, those it consists of ("12 баптан тұрады", "89-90
# тармақтан тұрады", "5 тармақшадан құралады") or that there are or were ("900 тармақ болатын", "3 бап бар"); "1
# тармақ жаңа редакцияда жазылсын" cites clause 1, and "75 бабының 2 тармағына" is possessed.
COUNTED_PARTS = re.compile(
    r"\s+(?:(?:бап|тармақ)(?:тар)?(?:дан|тан)|тармақша(?:лар)?дан)\s+(?:тұр|құрал)"
    r"|\s+(?:бап|тармақ|тармақша)(?:тар|лар)?\s+(?:болатын|болған|болды|бар|еді)\b"
)
# A half of a year or a century after it (2017 жылғы 1 жартыжылдыққа, 2023 жылдың 2 жартыжылдығында, 2020 жылдың 2
# жартысында, 14 ғ. 2 жартысы, XIX ғасырдың 1 жартысында): the first or the second; without a year or a century before
# it, "2 жартыжылдық қорытындысы" may count two halves.
HALF_OF_A_PERIOD = re.compile(
    r"(?:(?<=жылғы )|(?<=жылдың )|(?<=ж\. )|(?<=ғ\. )|(?<=ғасыр )|(?<=ғасырдың ))(?P<n>[12])(?=\s+жарты(?:жылд|с))"
)
HALF_OF_A_PERIOD_MARK = re.compile(r"[12]\s+жарты")  # what every match holds (`Rule.needs`)
# A number that opens a channel's name in quotes is the channel's place, said as an ordinal, as the channels say
# themselves («7 арна» → жетінші арна, «31 арнаның», «31 канал»); bare, "7 арна" may count seven channels, and
# «5 арнайы» is no channel.
CHANNEL_NUMBER = re.compile(r"(?<=[«\"“„])(?P<n>\d{1,3})(?= (?:[Аа]рна(?!й)|[Кк]анал)[а-яәіңғүұқөһ]{0,6}[»\"”“])")
# Years counted, not a year named: "2500 жыл бұрын" (ago), "1000 жылдан астам" (more than), "1200 жыл өтті" (have
# passed), "2000 жылға жуық" (nearly), "1500 жылдай" (about), and the years a thing takes: "1000 жыл қажет", "1000 жыл
# керек", "1000 жыл уақыт керек", "1000 жыл кетеді" (a year is not needed nor spent; "2023 жыл бойы" and "2023 жыл
# ішінде", the span of a named year, stay years). Centuries are counted the same way: "1 ғасыр жуықтаған" (nearly a
# century old), "5 ғасыр бұрын", "2 ғасырдан астам", "3 ғасырға жуық" are counts, while "19 ғасырда", "20 ғасыр бойы"
# name a century; "жуықтаған" (drawing near) after either word is a span reached, not one named.
_SPAN_OF_YEARS = re.compile(
    r"\s*(?:жыл|ғасыр)(?:\s+(?:бұрын|өтті|өтсе|өткен|өткенде|өткеннен|қажет|керек|уақыт|кет(?:еді|етін|ті|кен|уі)"
    r"|жуықта(?:ған|ды|п|йды))|дан\s+(?:астам|аса|артық|көп)|ға\s+жуық|дай)\b"
)
# The year a thing dates to ("628 жылға тиесілі құжаттар", "1205 жылға жататын жазба"): a count of years is not what a
# thing belongs to, so a number of a hundred or more before жылға and a word of dating is the year, however old.
_DATED_TO_A_YEAR = re.compile(r"\s*жыл(?:ға|дарға)\s+(?:тиесілі|жататын|жатады|жатқызыл|тән\b)")
# The year a thing starts from ("яғни 545 жылдан басталады", "751 жылдан бастап"): a count of years is not what a
# thing starts from, so a number of a hundred or more before жылдан and a word of starting is the year, however old;
# "5 жылдан бастап" (from five years of age or service) stays counted.
_FROM_A_YEAR_ON = re.compile(r"\s*жылдан\s+(?:бастап|басталады|басталды|басталған|басталатын|басталып)\b")
_FEWEST_NAMED_YEAR = 100  # a number of years below it may be counted; a year named is one of a hundred or more
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
# бар" counts classes. A course's group may stand between the year and its student, as a title page writes it
# ("3 курс 301 топ студенті", "2 курс 205 тобының студенті"), and so may the department in the genitive ("2 курс
# күндізгі бөлімінің студенті"); "3 курс 301 топ" alone counts nothing it ranks.
_GRADE = re.compile(
    r"\s+(?:сынып|класс|курс)(?:(?:т[ыі]ң|та|тағы|қа|тан|ты|тар\w*)(?!\w)"
    rf"|(?:\s+[\w-]*\d[\w/-]*\s+(?:топ|тобы)\w*|(?:\s+(?!бар|жоқ)[{KAZAKH_LOWER}]+)?\s+[{KAZAKH_LOWER}]+{GENITIVE_SUFFIX})?"
    r"\s+(?:оқушы|бітіруш|түлег|түлек|оқулы|жетекші|студент|магистрант|докторант|курсант|қыздар|ұлдар|балалар"
    r"|ата-ана)"
    # ...or a grade naming a book, a test or a plan in its title: before the term or the test's variant it covers
    # ("5 сынып 3-тоқсан", "4 сынып 1-нұсқа"), before a capitalised or Latin word, a subject or a title ("6 сынып
    # Python есептер жинағы", "7 сынып Тжб"), or ending its line or its title before a contents line's leader and
    # page ("Математика_ 4 сынып", "нәтижелер, 6 сынып ……….. 3"); a count goes on in lower case ("9 сынып бар") or
    # ends its sentence with a stop or an ellipsis.
    rf"|[ \t]+\d{{1,2}}\s*-?\s*(?:тоқсан|нұсқа)|[ \t]+(?=[{KAZAKH_UPPER}A-Z])|[ \t]*(?=\n|$|[.…]{{4}})"
    # ...or a grade before its own pupils counted after a dash, a note on the grade in brackets between ("8 сынып
    # (қазақ сыныптары) — 25 оқушы"), or before the hours a week its subject is taught, as a syllabus heads itself
    # ("(11 сынып. Аптасына 1 сағат", "8 сынып, аптасына 2 сағат").
    r"|(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*[—–-][ \t]*\d+\s+(?:оқушы|студент|бала)"
    r"|[ \t]*[.,]?[ \t]*(?i:аптасына)[ \t]+\d)"
)
LAST_GRADE = 12
# A school subject's name just before a bare grade, a title's or a plan's heading ("Химия, 8 сынып, сабақ жоспары",
# "Биология 9 сынып"): the grade the subject is taught in, its rank; a count of classes follows no subject's name.
# A language, its literature or a country's history is named by its possessed noun ("Қазақ тілі мен әдебиеті 9
# сынып", "Қазақстан тарихы 7 сынып").
_SCHOOL_SUBJECTS = (
    "химия", "биология", "физика", "математика", "алгебра", "геометрия", "география", "информатика", "тарих",
    "жаратылыстану", "әдебиет", "экология", "астрономия", "зоология", "ботаника", "анатомия", "генетика",
    "тілі", "әдебиеті", "тарихы",
)  # fmt: skip
_SUBJECT_BEFORE = re.compile(rf"(?:{'|'.join(_SCHOOL_SUBJECTS)})\s*[,:]?\s*\Z", re.I)
_GRADE_WORD = re.compile(r"\s*-?\s*(?:сынып|класс)")
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
# «Сұңқар» командасы иеленді", "2 орынға ие болды"); without one "32 орынға дейінгі автобустар" counts seats. Numbers
# listed before the plural name a place each ("1,2,3 орындарды иеленген спортшылар": the first, second and third).
_PRIZE_PLACE = re.compile(r"\s+(?:орын(?:дар(?:ды|ға|да|дан|дың|ы|ын)?)?|орны)(?:ды|ға|да|нан|ның)?(?![\w-])")
# ...and so does one before орын and a dash, a line of a results list ("1 орын – «Алдаркөсе» ауылы", "2 орын- ...").
_LISTED_PLACE = re.compile(r"\s+(?:орын|орны)\s*[-–—](?!\w)")
# ...and so does one opening its line before орын and the name that took it, a results list with neither dash nor verb
# ("1 орын Есенәли", "3 орын Аружан Қабдрашева", "2 орын: Шуленбай Дария"); inside a sentence, or before a lower-case
# word ("40 орын бар"), орын counts seats.
_NAMED_PLACE = re.compile(rf"\s+(?:орын|орны)(?:\s*:\s*|\s+)[{KAZAKH_UPPER}«\"“„]")
# ...and so does the next item of such a list on the same line, after a comma or a semicolon.
_NEXT_LISTED_PLACE = re.compile(
    rf"(?<![\w,.])\d{{1,2}}\s+(?:орын|орны)(?:\s*[:–—-]\s*|\s+)[{KAZAKH_UPPER}«\"“„][^\n]*[,;]\s*$"
)
# ...and so does one before орында, the place a ranking puts its subject in, where the clause ends on it or on a verb of
# standing ("көрсеткіштері бойынша 1 орында.", "2 орында тұр", "3 орында қалды"); "5 орында жөндеу жүргізілді" counts
# the places where work was done.
_PLACE_HELD = re.compile(r"\s+(?:орында|орнында)(?:\s+(?:тұр|қал|кел|түр)\w*)?\s*(?:[.!?;,]|$)", re.M)
# A verb of winning, or the winner's noun (1, 2, 3 орын иегерлеріне: the places' holders).
_WON = re.compile(
    r"[^.!?]*?(?<!\w)(?:иелен|жеңіп\s+ал|ие\s+бол|олжала|бұйыр|табан\s+тіре|көтеріл|жайғас|тұрақта|иегер|жүлдегер)"
)
_LAST_PRIZE_PLACE = 10
# A place beyond the tenth, which a count of seats reaches too ("40 орын бар", "250 орынға арналған", "40 орынға ие
# болды" in a parliament), is a place only where the sentence ranks: held at its clause's end or before a verb of
# standing as above ("бойынша 35 орында", "Өзбекстан 29 орында тұр"), or reached with a verb of placing, not of
# winning, in a sentence that names the ranking or the field ranked ("рейтингте ... 39 елдің ішінен 35 орынға
# жайғасты", "45 орынға көтерілді", "60 орынға түсті").
_PLACED = re.compile(r"[^.!?]*?(?<!\w)(?:жайғас|тұрақта|көтеріл|түс(?:ті|іп|кен|еді)|төмендеп|төмендеді|құлдыра)")
_RANKING = re.compile(r"(?<!\w)(?:рейтинг|рейтінг|ішінен|арасынан|бойынша|тізім|индекс)", re.I)
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
_KILOMETRE = "(?:шақырым|километр)"
_ROAD_POST = re.compile(rf"{_KILOMETRE}(?:[ыі]|[ыі]н\w*)")
# ...and so is one with a case ending on a line that names a road before it (Алматы-Бішкек тасжолымен … 33-шақырымда,
# М-36 тасжолы, 539-шақырымнан 376-шақырымға дейін); elsewhere it is a length (Кептеліс 10-шақырымға созылды).
_KILOMETRE_IN_CASE = re.compile(rf"{_KILOMETRE}(?:[дт][ае]|[дн][ае]н|[ғг][ае])")
_ROAD_NAMED = re.compile(r"(?:тасжол|автожол|трасса|автомобиль жол)", re.I)


def _post_on_named_road(match: re.Match[str], word: str) -> bool:
    if not _KILOMETRE_IN_CASE.fullmatch(word):
        return False
    return _ROAD_NAMED.search(line_before(match.string, match.start())) is not None


# ...and so is a range of them written with a space before the possessed kilometre and the stretch between them
# ("автомобиль жолының 144-156 және 197-220 шақырымы аралығы"): the 144th to the 156th post, a range of places, each
# end an ordinal; later ranges joined by және, мен or a comma take it too. A bare kilometre ("100-120 шақырым
# аралығында", a speed or a distance) keeps the count.
_ROAD_POSTS_BETWEEN = re.compile(rf"(?:\s*(?:,|және|мен|бен|пен)\s*\d+\s?[-–—]\s?\d+)*\s+{_KILOMETRE}[ыі]\s+аралығ")


# ...and so is a bare number before the possessed kilometre when the road it is on owns it in the genitive (Алматы -
# Қорғас автожолының 54 шақырымында, тасжолының 337 шақырымында болған, трассасының 12 километрінде): the post, the
# fifty-fourth: a named road's possessed genitive and the post's locative are both wanted. A bare road's genitive
# (жолдың 20 шақырымында асфальт жоқ: twenty kilometres of it) and other cases (жолының 54 шақырымын жөндеді) count.
_ROAD_OWNS = re.compile(r"(?:жолының|трассасының)\s+$", re.I)
_POST_ON_IT = re.compile(rf"\s+{_KILOMETRE}[ыі]нда(?:ғы)?(?![\w-])")


def _road_post(match: re.Match[str], rest: str) -> bool:
    if match["b"] or not _POST_ON_IT.match(rest):
        return False
    return _ROAD_OWNS.search(match.string, max(0, match.start() - 20), match.start()) is not None


def _counts_measure(word: str) -> bool:
    """The word hyphenated onto a number is what it measures (25-метрге, 10-шақырымға), so the number counts."""
    return (word.startswith(MEASURE_WORDS) and not _ROAD_POST.fullmatch(word)) or _AGE.fullmatch(word) is not None


# A quantity named just before the number, its value after it (көлемі 28-жол, саны 12-бет): the number is the
# quantity's, a count, and the hyphen joins its unit as a space would; no rank is a size or a number of things. The
# unit bare: a possessed word after the hyphen (саны 3-тармағында) is cited.
_SHORTEST_UNIT = 3  # жол, бет: the shortest stem a unit's inflected form is read back to
QUANTITY_NAMES = ("көлемі", "саны", "ұзындығы", "салмағы", "сыйымдылығы")
_QUANTITY_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:{'|'.join(QUANTITY_NAMES)})[:\s]+$")


# Medals counted in a tally, each kind hyphened onto its count (6-алтын, 9-күміс, 14-қола медальдарды): the counts;
# one kind alone is ranked (28-алтын медальға ие болды: its twenty-eighth gold).
_MEDAL = re.compile(r"\d+\s?-\s?(?:алтын|күміс|қола)(?!\w)", re.I)
_TALLY_REACH = 40


def _medal_tally(match: re.Match[str]) -> bool:
    around = match.string[max(0, match.start() - _TALLY_REACH) : match.end() + _TALLY_REACH]
    return _MEDAL.match(match.string, match.start()) is not None and len(_MEDAL.findall(around)) > 1


def _counted_after_hyphen(match: re.Match[str], word: str) -> bool:
    """The word hyphened onto the number is what it measures or counts (25-метрге, 56- минут, көлемі 28-жол, a tally's
    6-алтын)."""
    if _medal_tally(match):
        return True
    if _post_on_named_road(match, word):
        return False
    return _counts_measure(word) or _counted_after_spaced_dash(match) or _quantity_valued(match)


def _quantity_valued(match: re.Match[str]) -> bool:
    suffix = match["suf"] or ""
    if not (_alone(match) and match["gap"] == "-" and suffix.isalpha()):
        return False
    if _QUANTITY_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is None:
        return False
    unit = suffix.lower()
    return bool(capitals.known_word(unit)) and not stem_and_suffixes(unit, capitals.known_word, _SHORTEST_UNIT)


# An age hyphenated onto its years (21-жасар ойыншы, 18-жастағы, 16-жасқа дейін, 60-жастан асқан) counts them: a
# twenty-one-year-old, not the twenty-first. Only the age's adjective and its case forms: the possessed жасы and the
# bare жас may be a rank's noun or another word.
_AGE = re.compile(r"жас(?:ар(?:лар)?|тағы(?:лар)?|та|тан|қа)")


# A hyphen typed with a space after it and none before (56- минут, 4- секундта, 559- адам) is a stray dash, not the
# ordinal's hyphen that joins its word: before a unit of time taken bare or with a case ending, or before people, the
# number counts them ("23 сағат, 56- минут, 4- секундта", a duration; "4- жылда бір күн", every four years). A
# possessed unit names a place (5- минутында, 3- жылы), and a year's own number is named, not counted (2020- жылдан),
# so years count only below a hundred; a month (29- ақпан), a time (76- рет) or a grade (11- сынып) stays a rank.
_SPACED_DASH = "- "
_COUNTED_AFTER_SPACED_DASH = re.compile(
    r"(?P<stem>сағат|минут|секунд|тәулік|апта|жыл|күн|адам|кісі)"
    r"(?:[тдн][ае]н?|[ғгқк][ае]|[тдн][ыі]|[тд](?:ық|ік)|)"
)


def _counted_after_spaced_dash(match: re.Match[str]) -> bool:
    counted = _COUNTED_AFTER_SPACED_DASH.fullmatch(match["suf"] or "")
    if match["gap"] != _SPACED_DASH or not counted:
        return False
    return counted["stem"] != "жыл" or writtennumbers.last_value(match) < _FEWEST_NAMED_YEAR


# A decade named by its tens before the plural жылдар ("20-30 жылдардың поэзиясы", "60-70 жылдары", "90 жылдары"):
# a count of years takes the singular (30 жыл), so the plural makes the tens a decade's, read as an ordinal; not after
# a word of a recent span ("соңғы 30 жылдары", the last thirty years).
_DECADES_AFTER = re.compile(r"\s+жылдар")
_RECENT_SPAN_BEFORE = re.compile(r"(?:соңғы|кейінгі|өткен|алдағы|бұрынғы)\s+$", re.I)


def _decades(match: re.Match[str], rest: str) -> bool:
    ends = [end for end in (match["a"], match["b"]) if end]
    if not all(re.fullmatch(r"[1-9]0", end) for end in ends) or ends != sorted(set(ends)):
        return False
    return _named_by_plural_years(match, rest)


def _named_by_plural_years(match: re.Match[str], rest: str) -> bool:
    """The plural жылдар follows, and no word of a recent span stands before."""
    recent = _RECENT_SPAN_BEFORE.search(match.string[: match.start()])
    return bool(_DECADES_AFTER.match(rest)) and not recent


# Years of the first millennium named by a range before the plural жылдар ("552-603 жылдарда Түрік қағанаты", "705-715
# жылдары"): for the same reason as the decades, the plural names the years, each end an ordinal as a four-digit range
# is; not after a word of a recent span ("соңғы 100-150 жылдары"). After a mark of the era before ours (б.з.б.
# 484-425 жылдар, біздің дәуірімізге дейінгі 485-425 жылдар) the years count down, the later one first, and a
# range of one or two digits (б.з.б. 49-44 жылдар) names years too; so does one before the singular that ends its
# phrase (б.з.д. 460-377 жыл), as no count runs from the larger number down ("б.з.б. 30-20 жыл бойы" counts years).
_OLDER_YEAR = re.compile(r"[1-9]\d\d")
_BEFORE_OUR_ERA = re.compile(
    r"(?:(?i:б\.\s?з\.\s?[бд]\.?)|біздің\s+(?:заманымыз|дәуіріміз)(?:ға|ге|дан|ден)\s+(?:дейінгі|дейін|бұрынғы|бұрын))"
    r"(?:\s+шамамен)?\s*$",
    re.I,
)
_ERA_YEAR = re.compile(r"[1-9]\d{0,2}")
_YEAR_WORD_AFTER = re.compile(r"\s+жыл(?=\s*(?:[).,;:]|$))")


# A season that runs across the turn of a year is named by its two years, the second the next one, before маусым (a
# season) with at most a word of its kind between ("2024-2025 эпидемиялық маусымында", "2023-2024 маусымы",
# "2022-2023 жылыту маусымы"): each end is a year, an ordinal, as in 2024-2025 оқу жылы. Ends that are not
# consecutive years ("10-12 маусым", days of June; "1990-2000 маусым") or a span between (2024-2025 аралығы) are
# left to the other tests.
_SEASON_AFTER = re.compile(
    rf"\s+(?:(?!аралы)[{KAZAKH_LOWER}]+\s+)?маусым(?:ы|ында(?:ғы)?|ының|ына|ынан|да(?:ғы)?)?(?![\w-])"
)
_YEAR_OF_A_SEASON = re.compile(r"(?:19|20)\d\d")


def _season_of_years(match: re.Match[str], rest: str) -> bool:
    """2023-2024 маусымы, and the second year cut to its last two digits (2023/24 маусымына)."""
    first, last = match["a"], match["b"]
    if not (last and _YEAR_OF_A_SEASON.fullmatch(first) and (_YEAR_OF_A_SEASON.fullmatch(last) or len(last) == 2)):
        return False
    following = int(first) + 1
    return int(last) in (following, following % 100) and _SEASON_AFTER.match(rest) is not None


def _older_year_range(match: re.Match[str], rest: str) -> bool:
    first, last = match["a"], match["b"]
    if not last or first == last:
        return False
    if _ERA_YEAR.fullmatch(first) and _ERA_YEAR.fullmatch(last):
        before = match.string[max(0, match.start() - 60) : match.start()]
        if _BEFORE_OUR_ERA.search(before):
            counting_down = int(first) > int(last) and _YEAR_WORD_AFTER.match(rest) is not None
            return counting_down or _named_by_plural_years(match, rest)
    if not (_OLDER_YEAR.fullmatch(first) and _OLDER_YEAR.fullmatch(last) and int(first) < int(last)):
        return False
    return _named_by_plural_years(match, rest)


# A legal act's number written without № between the date it was signed and the act's name (2017 жылғы 26
# қазандағы 569 Жарлығымен, 10 мамырдағы 40 қаулысы): the act's number, an ordinal, as after №.
_DATED = re.compile(r"[^\W\d_]+(?:дағы|дегі|тағы|тегі)$", re.I)
_ACT_AFTER = re.compile(r"\s+(?:жарлы[қғ]|қаулы|бұйры[қғ]|өкім|шешім|заң|хаттама)", re.I)


def _act_number(before: str, rest: str) -> bool:
    return bool(_DATED.match(before)) and dates.starts_with_month(before) and bool(_ACT_AFTER.match(rest))


# A part of an article cited by a bare number after the article's genitive (ҚК-тің 58-бабының 1 бөлігі, 190-бабының
# 2 бөлігінде): the part's place, the first, as 345-бабы 4-бөлігінде writes it; without the article before it "2
# бөлігі" may count two parts of a whole.
_ARTICLE_OWNS = re.compile(r"(?:бабының|баптың|тармағының)$", re.I)
_PART_OF_IT = re.compile(r"\s+бөлігі", re.I)


def _part_of_an_article(before: str, rest: str) -> bool:
    return bool(_ARTICLE_OWNS.search(before)) and bool(_PART_OF_IT.match(rest))


# An act's number written without № before the act's name and the date it was drawn up (a syllabus's "2 хаттама
# 1.09.2008ж.", "5 хаттама «28» тамыз 2015 ж."): the act's number, an ordinal, as after №. The date is already said
# when the number is read (екі мың сегізінші жылғы бірінші қыркүйек), so a run of number words up to a month's name
# is looked for. Without the date after it the number counts the acts ("3 хаттама жасалды", "2 хаттама 2008 жылы").
_ACT_BEFORE_DATE = re.compile(r"\s+(?:хаттама|қаулы|бұйрық|өкім|шешім)\s+(?:№\s*)?", re.I)
_SAID_NUMBER = re.compile(rf"«?(?:{CARDINAL_WORD})(?:ыншы|інші|ншы|нші|сыншы)?»?|жылғы")
_SAID_DATE_WORDS = 8  # екі мың сегізінші жылғы бірінші: the words a said date puts before its month


def _act_before_its_date(match: re.Match[str], rest: str) -> bool:
    act = _ACT_BEFORE_DATE.match(rest)
    if match["b"] or not match.group().isdigit() or not act:
        return False
    words = rest[act.end() :].split("\n", 1)[0].split()[: _SAID_DATE_WORDS + 1]
    for position, word in enumerate(words):
        if dates.starts_with_month(word.strip("«»")):
            return position > 0
        if not _SAID_NUMBER.fullmatch(word):
            return False
    return False


# A year after a label naming the event it dates, as a list of lives or a card gives it ("Дүниеге келгені: 1914
# Сырдария ауданы", "Қайтыс болғаны: 1995", "Құрылған жылы: 1928"): a year, an ordinal. A count after another label
# (Халқы: 1914 адам) keeps its reading.
_YEAR_LABEL = re.compile(r"(?:\bжылы|дүниеге\s+келгені|қайтыс\s+болғаны|\bтуған)\s?:[ \t]*$", re.I)
_FIRST_LABELLED_YEAR, _LAST_LABELLED_YEAR = 1000, 2100


def _labelled_year(match: re.Match[str]) -> bool:
    if match["b"] or not match.group().isdigit():
        return False
    if not _FIRST_LABELLED_YEAR <= value_of(match.group()) <= _LAST_LABELLED_YEAR:
        return False
    return _YEAR_LABEL.search(match.string[max(0, match.start() - 40) : match.start()]) is not None


# A day after its year's жылғы that ends its line (Үкіметінің 2012 жылғы 23 / тамыздағы ..., or a page cut there):
# the date's day, its month on the next line or lost; a count after жылғы goes on to what it counts (2023 жылғы 9
# айда).
_YEAR_OF_A_DAY = re.compile(r"\d{4}\s+жылғы\s+$")
_LINE_ENDS = re.compile(r"[ \t]*(?:\n|$)")


def _day_ending_its_line(match: re.Match[str], rest: str, value: int) -> bool:
    if not (1 <= value <= 31 and _alone(match)) or not _LINE_ENDS.match(rest):
        return False
    return _YEAR_OF_A_DAY.search(match.string, max(0, match.start() - 14), match.start()) is not None


# A page's number after the English label a flip-book's page title opens with (Page 12 - Aldabek_Dunie_tarih_8_kz,
# Page 149 - ҚАЗАҚСТАН ТАРИХЫ): the page's number, counted, though a spaced dash and a word follow it as they follow a
# listed rank (12 - сынып). The label may be said already (пейдж) when the number is read.
_PAGE_LABEL = re.compile(r"(?<![^\W\d_])(?i:page|пейдж)\s*$")


def is_ordinal(match: re.Match[str], rest: str) -> bool:
    if match["numero"]:
        return True
    if _PAGE_LABEL.search(match.string[max(0, match.start() - 12) : match.start()]):
        return False
    suffix = match["suf"]
    if after_ordinal_marker(suffix) is not None:
        return True  # 2-шісінде: the writer marked the ordinal
    if possessed_rank_after(match, rest) or _day_before_dashed_month(match):
        return True
    if writtennumbers.hyphen_before_word(match) and not _counted_after_hyphen(match, suffix):
        return not (_service_line(match) or _counted_quality(suffix) or _part_of_bracketed_count(match))
    measured = (
        match["pct"]
        or match["unit"]
        or writtennumbers.fraction(match)
        or match["pre"]
        or match["post"]
        or match["scale"]
    )
    if suffix and not (measured or match["b"] or match["af"]) and _ordinal_ending(match["a"], suffix):
        return not part_of_a_whole(match)
    if suffix or measured or match["above"] or match["compare"]:
        return False
    if _bracketed_years(match) or _decades(match, rest) or _older_year_range(match, rest):
        return True
    if _season_of_years(match, rest):
        return True
    if _chronicle_year(match, rest) or _listed_rank(match, rest) or _disability_group(match, rest):
        return True
    if _listed_scale_step(match, rest):
        return True
    if _headed_part(match, rest) or _bracketed_label(match, rest) or _numbered_field(match, rest):
        return True
    if _labelled_year(match):
        return True
    value = writtennumbers.last_value(match)
    if _day_ending_its_line(match, rest, value):
        return True
    if _bracketed_minute(match, rest, value):
        return True
    if (match["b"] or _bracketed_end(match)) and RANKED_NOUNS.match(rest):
        return True  # a range of grades, floors, years of study, places in a table, rounds
    if match["b"] and _ROAD_POSTS_BETWEEN.match(rest):
        return True
    if _road_post(match, rest):
        return True
    graded = _past_alternative_grade(match, rest)
    grade = _GRADE.match(graded) or _parallel_grade(match, rest) or _subject_grade(match, rest)
    if (value <= LAST_GRADE and grade) or _bracketed_rank(match, rest, value):
        return True
    if _ranked_place(match, rest, value) or _school_quarter(match, rest, value):
        return True
    if _parallel_rank(match, rest, value):
        return True
    before = match.string[: match.start()].split()[-1:]
    if before and _FORMATION_OWNER.search(before[0]) and _SUBFORMATION.match(rest):
        return True  # "дивизиясының 9 полкінде", "майданының 36 армиясының": a unit's place in its formation
    if _DAY_OF_MONTH.match(rest) and _month_before(match.string[: match.start()]):
        return True  # "ақпанның 13 күні", "Желтоқсан айының 21 күні", "шәууал айының 1-3 күндері": days of the month
    if (before and _act_number(before[0], rest)) or _act_before_its_date(match, rest):
        return True
    if before and _part_of_an_article(before[0], rest):
        return True
    if _CLIPPED_MICRODISTRICT.match(rest):
        return not _labelled(match)
    if _room_of_an_address(match, rest):
        return True
    if _labelled(match) and dates.starts_with_month(rest.lstrip()):
        return False  # "Формула-1 маусымындағы", "Су-27 маусымда": a season, not the first of June
    return context_says_ordinal(value, rest) or _coordinated_ordinal(value, rest, ranged=bool(match["b"]))


# A goal list gives the first scorer's minute in full and the next ones bare: "Михайлис (13-минут), Орехов (51) және
# Старченко (55)", "Валега (10) бір шайба соқты". A bare bracketed number after a name is a minute, an ordinal, when a
# bracketed "N-минут" stands before it in the same paragraph.
_NAME_BRACKET = re.compile(rf"[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+\s?\($")
_MINUTE_BRACKET = re.compile(r"\(\d{1,3}-?\s?минут\w*\)")
_MINUTE_LIST_REACH = 400  # characters back to the bracketed minute the bare ones follow
_LAST_MINUTE = 130  # extra time and added time end below it


def _bracketed_minute(match: re.Match[str], rest: str, value: int) -> bool:
    if value > _LAST_MINUTE or not rest.startswith(")"):
        return False
    before = match.string[max(0, match.start() - _MINUTE_LIST_REACH) : match.start()]
    if not _NAME_BRACKET.search(before):
        return False
    paragraph = before.rsplit("\n", 1)[-1]
    return _MINUTE_BRACKET.search(paragraph) is not None


# A number written onto a capitalised name with a hyphen (Формула-1, Су-27, Boeing-737) is that name's label, no day
# of a month; one after a month (20 шілде-3 тамыз) ends a range of days.
_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])(?P<name>[^\W\d_a-zа-яәғқңөұүһі]\w*)-$")


def _labelled(match: re.Match[str]) -> bool:
    label = _LABEL_BEFORE.search(match.string[max(0, match.start() - 40) : match.start()])
    return label is not None and not dates.starts_with_month(label["name"])


# A whole in the genitive just before the number (25 мектептің 14-нің құрылысы, оқушылардың 14-ні): the number is a
# part of it, possessed, and the н after it is the possessive's before its case (он төртінің, он төртін), as in
# "интернационалистердің 18-не" (он сегізіне); no ordinal was meant.
_WHOLE_BEFORE = re.compile(rf"[{KAZAKH_LOWER}]{GENITIVE_SUFFIX}\s+\Z")


def part_of_a_whole(match: re.Match[str]) -> bool:
    """A lone number hyphened to an н-ending its cardinal cannot take, after its whole's genitive: 25 мектептің
    14-нің."""
    if not (_alone(match) and match["gap"] == "-" and match["suf"] and _ordinal_ending(match["a"], match["suf"])):
        return False
    return _WHOLE_BEFORE.search(match.string, max(0, match.start() - 8), match.start()) is not None


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
# The word for day after a number a month in the genitive owns: one day (күні, күнінде) or a range's days (күндері,
# күндерінде).
_DAY_OF_MONTH = re.compile(r"\s*күн(?:і|дері)(?:\b|нде|нен|не)")


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
        and gap in writtennumbers.DASHES
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
    return any(grade["word"] == word.group(1) for grade in _NAMED_GRADE.finditer(_sentence(match)))


# A number before a noun of rank its sentence also names with an ordinal ("1 орын Ақановқа, екінші орын
# Қоңқаевқа берілді", "1 тарау ..., 2-тарау ..."): the places of one sequence, each an ordinal as the other is; a noun
# that is had or made of counts ("9 сынып бар, 5-сынып оқушылары").
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)(?![^\W\d_])(?!\s+(?:бар|жоқ|тұр|құрал)\w*)")
_ORDINAL_BEFORE_WORD = re.compile(r"(?:[^\W\d_]+(?:ыншы|інші|ншы|нші)\s+|\d+\s?-\s?)([^\W\d_]+)", re.I)


def _parallel_rank(match: re.Match[str], rest: str, value: int) -> bool:
    word = _WORD_AFTER.match(rest)
    if match["suf"] or not word or not ranknouns.names_rank(word.group(1), value):
        return False
    stem = ranknouns.rank_stem(word.group(1))
    named = (ranknouns.rank_stem(other.group(1)) for other in _ORDINAL_BEFORE_WORD.finditer(_sentence(match)))
    return stem in named


def _subject_grade(match: re.Match[str], rest: str) -> bool:
    """A bare number before сынып right after a school subject's name: "Химия, 8 сынып" is the eighth grade's."""
    before = match.string[max(0, match.start() - 20) : match.start()]
    return not match["suf"] and bool(_GRADE_WORD.match(rest)) and _SUBJECT_BEFORE.search(before) is not None


# A noun of rank alone in brackets after a title, the number opening the bracket and the noun closing it ("Тест
# Шамаларды қайталау (4 сынып)", "тестілеу программасы (2 Қосымша)", "ие болды (1 орын)"): the grade the title is
# for, the appendix it is, the place won; a count in brackets says what it counts of ("(9 сынып бар)", "(барлығы 9
# сынып)").
_BRACKET_CLOSES = re.compile(r"\s*-?\s*(?P<word>[^\W\d_]+)[ \t]*\)")


# A grade with its alternative in brackets before the noun, as admission rules write the last class of a school of
# eleven or twelve years ("бітіруші 11 (12) сынып оқушылары"): both numbers are the grade the noun names, each its
# rank (он бірінші (он екінші) сынып); a bracketed number after a count ("5 (6) адам") is a count still.
_ALTERNATIVE_AFTER = re.compile(r"[ \t]*\(\d{1,2}\)")
_ALTERNATIVE_BEFORE = re.compile(r"\d[ \t]*\(\Z")


def _past_alternative_grade(match: re.Match[str], rest: str) -> str:
    """The text after the number with a bracketed alternative grade passed over: 11 (12) сынып, 11 (12) сынып."""
    after = _ALTERNATIVE_AFTER.match(rest)
    if after:
        return rest[after.end() :]
    if rest.startswith(")") and _ALTERNATIVE_BEFORE.search(match.string[max(0, match.start() - 6) : match.start()]):
        return rest[1:]
    return rest


def _bracketed_rank(match: re.Match[str], rest: str, value: int) -> bool:
    """(4 сынып), (2 Қосымша): the bracket opens right before the number and closes right after a noun of rank."""
    if match["suf"] or match.string[max(0, match.start() - 1) : match.start()] != "(":
        return False
    closes = _BRACKET_CLOSES.match(rest)
    return closes is not None and ranknouns.names_rank(closes["word"], value)


def _sentence(match: re.Match[str]) -> str:
    """The sentence the match stands in, from the stop or line break before it to the one after it."""
    text = match.string
    starts = [bound.end() for bound in _SENTENCE_BOUND.finditer(text, 0, match.start())]
    stop = _SENTENCE_BOUND.search(text, match.end())
    return text[starts[-1] if starts else 0 : stop.start() if stop else len(text)]


def possessed_rank_after(match: re.Match[str], rest: str) -> bool:
    """A whole number, bare or with a possessive typed onto it, before a possessed noun of rank: its place."""
    plain = not (match["af"] or match["pct"] or match["unit"] or match["scale"] or match["pre"] or match["post"])
    bare = not match["suf"] or (match["gap"] == "-" and match["suf"] in _POSSESSIVE_ON_NUMBER)
    return plain and bare and not match["above"] and _POSSESSED_RANK.match(rest) is not None


def _named_place(match: re.Match[str], rest: str) -> bool:
    """A single number opens its line, or the next item of a results list on it, before орын and a capitalised name:
    a place in a results list ("3 орын Белагаш мектебі, 2 орын Запорожье мектебі")."""
    if not (_alone(match) and _NAMED_PLACE.match(rest)):
        return False
    return dates.opens_line(match) or _NEXT_LISTED_PLACE.search(line_before(match.string, match.start())) is not None


# A results list may name the holder first and its place after a dash, the place ending the item (7 "А" сыныбы – 1
# орын, 7 "Б" сыныбы – 2 орын).
_HOLDER_DASH_BEFORE = re.compile(r"\w[»\"”]?\s[–—-]\s?$")
_PLACE_ENDS_ITEM = re.compile(r"\s+орын(?=\s*(?:[,.;]|$))", re.M)


def _place_after_its_holder(match: re.Match[str], rest: str) -> bool:
    if not (_alone(match) and _PLACE_ENDS_ITEM.match(rest)):
        return False
    return _HOLDER_DASH_BEFORE.search(match.string, max(0, match.start() - 4), match.start()) is not None


def prize_place(rest: str) -> bool:
    """The number names a place won: орын follows it and a verb of winning or of ranking ends its sentence, or орында
    ends its clause, alone or with a verb of standing (облыс туу көрсеткіштері бойынша 1 орында)."""
    if _LISTED_PLACE.match(rest) or _PLACE_HELD.match(rest):
        return True
    place = _PRIZE_PLACE.match(rest)
    return bool(place and _WON.match(rest, place.end()))


# A school term named by a bare number before тоқсан in a sentence of grades and assessments ("8-сыныпқа арналған 4
# тоқсан ТЖБ", "ТЖБ 4 тоқсан 8 сынып"): the fourth term, as 4-тоқсан is. Elsewhere "4 тоқсан" may count a year's
# quarters ("алдағы 4 тоқсан"), and тоқсан alone is ninety.
_TERM = re.compile(r"\s+тоқсан(?:да|ға|ның|нан)?(?![\w-])", re.I)  # a heading's capitals too (1 ТОҚСАН БОЙЫНША)
_SCHOOL_WORDS = re.compile(r"(?<!\w)(?:сынып|ТЖБ|БЖБ|бағалау|оқу\s+жыл)", re.I)
_LAST_TERM = 4


def _school_quarter(match: re.Match[str], rest: str, value: int) -> bool:
    if not (1 <= value <= _LAST_TERM and _alone(match) and not match["suf"]) or not _TERM.match(rest):
        return False
    return _SCHOOL_WORDS.search(_sentence(match)) is not None


def _ranked_place(match: re.Match[str], rest: str, value: int) -> bool:
    """A bare number before орын names a place won or held: up to the tenth wherever a verb of winning or a results
    list frames it, beyond it only in a ranking."""
    if value <= _LAST_PRIZE_PLACE:
        return prize_place(rest) or _named_place(match, rest) or _place_after_its_holder(match, rest)
    if _PLACE_HELD.match(rest):
        return True
    place = _PRIZE_PLACE.match(rest)
    return bool(place and _PLACED.match(rest, place.end()) and _RANKING.search(_sentence(match)))


def places_won(values: Iterable[int], rest: str) -> bool:
    """Numbers listed before орын or орындар and a verb of winning (1,2,3 орындарды иеленген; 1, 2 және 3 орынға ие
    болды) are the places won, each a prize place: ten at most, as a single one's."""
    return all(value <= _LAST_PRIZE_PLACE for value in values) and prize_place(rest)


# An adjective made of a noun by -лы/-лі or -лық/-дық/-тық says how many of it a thing has or lasts (3-бөлмелі пәтер,
# 5-жылдық жоспар, 2-орындық): the number counts, no ordinal. -ты/-ді are left out, being the accusative's too
# (5-қабатты жөндеді), and so are nouns that rank (5-сыныптық оқулық: the fifth grade's) and nouns of a scale's step,
# whose quality names the step (1-дәрежелі ескерту, 2-дәрежелі диплом, 1-категориялы дәрігер: the first degree's).
_QUALITY = re.compile(r"(?P<stem>\w{3,}?)л[ыі](?P<rest>\w*)|(?P<short>\w{2,}?)[лдт][ыі][қкғг](?P<more>\w*)")
_SCALE_STEPS = frozenset(("дәреже", "категория"))


def _counted_quality(word: str) -> bool:
    """The noun before -лы/-лі has three letters at least (2-желі: же + лі is none); before -лық two (6-айлық).
    What follows the quality is a noun's ending, never a numeral's collective -у (1-жаттығу is an exercise)."""
    found = _QUALITY.fullmatch(word)
    stem, rest = (found["stem"] or found["short"], found["rest"] or found["more"]) if found else ("", "")
    if not stem or RANKED_NOUNS.match(" " + stem) or stem.lower() in _SCALE_STEPS:
        return False
    endings = parse_suffixes(rest) if rest else []
    return endings is not None and "collective" not in endings and bool(capitals.known_word(stem))


# A count's parts listed in a bracket after it, each before the word of its kind: "20 балабақша (7 -мемлекеттік,
# 13- жеке меншік)". The bracket's numbers add up to the count before it, so each is a count, not a rank.
_COUNT_BEFORE_BRACKET = re.compile(r"(?<![\d.,])(?P<whole>\d+)\s+[^\W\d_]+\s?\((?P<inside>[^()]*)$")
_BRACKET_REACH = 120  # characters back to the count the bracket opens after
_PART = re.compile(r"(?<![\d.,])\d+(?![.,]?\d)")


def _part_of_bracketed_count(match: re.Match[str]) -> bool:
    text = match.string
    count = _COUNT_BEFORE_BRACKET.search(text, max(0, match.start() - _BRACKET_REACH), match.start())
    close = text.find(")", match.start())
    if count is None or close < 0:
        return False
    parts = [int(part) for part in _PART.findall(text, count.start("inside"), close)]
    return len(parts) > 1 and sum(parts) == int(count["whole"])


# нөмір names anything numbered, a paper's issue too ("2016 жылдың соңғы – 104-нөмірін қолыңызға алып", the hundred
# and fourth): it is a service line's number only in a sentence that calls, dials or writes to it (1414-нөміріне
# қоңырау шалды, 104-нөміріне хабарласыңыз).
_CALL_WORDS = re.compile(
    r"(?<!\w)(?:қоңырау|хабарлас|байланыс|телефон|желі|звон|call|колл|смс|sms|тері[пң]|теру)", re.I
)


def _service_line(match: re.Match[str]) -> bool:
    """103-пультіне, 1414-нөміріне: a service number hyphenated onto the word of its line."""
    alone = not (match["b"] or writtennumbers.fraction(match))
    if not (alone and _SERVICE_NUMBER.fullmatch(match["a"]) and match["suf"].startswith(_SERVICE_LINE_WORDS)):
        return False
    return not match["suf"].startswith("нөмір") or bool(_CALL_WORDS.search(_sentence(match)))


_YEARS_IN_BRACKETS = (1800, 2100)  # the years a programme's term may span (1500-2000 may be a price)
# Words naming a plan or a document whose term follows in brackets: тұжырымдамасы (2024-2029), графигі (2015–2023);
# and words naming the span of time itself: "соңғы бес жылда (2021–2025)", "бұл кезеңде (2019-2023)".
_TERMED_DOCUMENT = re.compile(
    r"(?:тұжырымдама|бағдарлама|стратегия|концепция|жоспар|графи[кг]|кесте|жыл|кезең|мерзім)\w*\s*\($", re.I
)


# A line of a chronicle opens with its year and a dash before what the year saw ("2001 – «Әулие ата» (Өскеменде);"):
# the year is named, an ordinal; a number after the dash makes the line a table's row (2020 – 1 488), left counted.
_CHRONICLE_DASH = re.compile(r"\s?[–—-]\s?(?![\s\d])")


def _alone(match: re.Match[str]) -> bool:
    """A single number: no range, no fraction, no № and no sign."""
    return not (match["b"] or match["af"] or match["numero"] or match["sign"])


# A calendar of the day reaches back past 1800 ("1147 - «Мәскеу» сөзі алғаш рет айтылды", "1610 - Галилео Галилей
# ..."): an older year opens a chronicle's line when the event after the dash opens with a capital or a quotation mark,
# as a sentence does (a suffix typed after a spaced dash, "1000 - нан астам", does not).
_OLDEST_CHRONICLE_YEAR = 1000
_EVENT_OPENS = re.compile(rf"\s?[–—-]\s?[{KAZAKH_UPPER}A-Z«\"„“]")


def _chronicle_year(match: re.Match[str], rest: str) -> bool:
    """A lone four-digit year at the start of a line, a dash and words after it."""
    if not (dates.opens_line(match) and _alone(match) and len(match["a"]) == 4 and _CHRONICLE_DASH.match(rest)):
        return False
    low, high = _YEARS_IN_BRACKETS
    value = value_of(match["a"])
    if low <= value <= high:
        return True
    return _OLDEST_CHRONICLE_YEAR <= value < low and _EVENT_OPENS.match(rest) is not None


# A line of a tariff or a scale opens with its rank: a bare number, a noun of rank in the nominative and the line's
# value after it, a number, a dash or a colon ("1 санат 50 АЕК – 153 150 теңге", "2 санат 50 АЕК-тің 70%-ы",
# "3 дәреже: ..."): the first, second, third category, an ordinal. Mid-sentence "3 санат бойынша" may count three
# categories, and "3 санат бар" does. The ҰБТ's profile subjects are so listed with their tasks and marks ("1 бейіндік
# пән — 40 тапсырма, 50 балл", "2 бейіндік пән — ..."; the loan профильді for бейіндік: "- 1 профильді пән – 40
# тапсырма"): the first and second profile subject; "2 бейіндік пән тапсырады" and "(3 міндетті + 2 бейіндік)" count.
_LISTED_RANK = re.compile(r"\s+(?:санат|дәреже|разряд|деңгей|(?:бейіндік|профильді)\s+пән)\s*(?:\d|[-–—:])")
_LAST_LISTED_RANK = 20


def _listed_rank(match: re.Match[str], rest: str) -> bool:
    value = value_of(match["a"]) if match["a"].isdigit() else 0
    first_of_line = dates.opens_line(match) and _alone(match) and not match["suf"]
    return first_of_line and 1 <= value <= _LAST_LISTED_RANK and _LISTED_RANK.match(rest) is not None


# A heading opens with its part's number and the part's word bare, then its title or nothing ("1 тарау. Негізгі
# ережелер", "2 БӨЛІМ", "3 кесте: ..."): the first chapter, as 1-тарау is; inside a sentence "12 тараудан тұрады"
# counts chapters. A test bank's control stage heads its part so too ("1 МЕЖЕЛІК БАҚЫЛАУ", "2 рубеждік бақылау"): the
# first midterm control, as 1-межелік бақылау is; an olympiad's round its problems ("2 тур" over Есеп №1), and a
# contest's stage its tasks ("1 кезең. Зымыран сұрақтары"; "2 кезеңде өтеді" counts stages); and a test's variant its
# questions ("1 нұсқа." over 1. ...), and an examination ticket its ("15 Билет." over
# 1.Мелафагоз, ...): the fifteenth ticket; "15 билет сатылды" counts tickets.
_PARTS_NAMED_BARE = frozenset((
    "тарау", "бөлім", "бап", "кесте", "сурет", "қосымша", "тармақ", "сабақ", "дәріс", "межелік", "рубеждік", "тур",
    "нұсқа", "билет", "кезең",
))  # fmt: skip
_HEADING_PART = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)(?=[ \t]*(?:[.:]|$)|[ \t]+[«\"“]?[^\W\d_a-zа-яәғқңөұүһі])", re.M)


def _headed_part(match: re.Match[str], rest: str) -> bool:
    heading = _HEADING_PART.match(rest)
    first_of_line = dates.opens_line(match) and _alone(match) and not match["suf"]
    return first_of_line and heading is not None and heading["word"].lower() in _PARTS_NAMED_BARE


# A title page's numbered fields, each a verb's participle or its passive's past alone on its line in capitals after
# the line's number (1 ҚҰРАСТЫРҒАН:, 2 КЕЛІСІЛДІ, 3 БЕКІТІЛДІ, 4 ТАЛҚЫЛАНДЫ): the field's place, an ordinal, as no
# count stands before a verb; the field's value may follow its colon (1 ҚҰРАСТЫРҒАН: филол.ғ.к. ...). An active past
# is left, its form an accusative's or an adjective's too (2 БАСТЫ: main), and so is a heading's noun after its
# number (2 ЖОБА).
_FIELD_VERB = re.compile(
    rf"[ \t]+(?P<stem>[{KAZAKH_UPPER}]{{3,}})(?:(?P<past>[ДТ][ЫІ])|(?P<participle>[ҒГҚК][АЕ]Н))"
    r"[ \t]*(?::|\n|$)"
)
_PASSIVE = ("ыл", "іл", "ын", "ін", "л", "н")  # келіс|іл|ді, талқыла|н|ды: the stem the dictionary lists the verb by
_LAST_FIELD = 20


def _verb_form(stem: str, ending: str, passive_only: bool) -> bool:
    """Whether the stem is a verb's, or its passive's, and the ending one it takes (құрастыр|ған, келісіл|ді)."""
    stem, ending = stem.lower(), ending.lower()
    if ending not in verb_endings(stem):
        return False
    bases = [] if passive_only else [stem]
    bases += [stem[: -len(passive)] for passive in _PASSIVE if stem.endswith(passive)]
    return any(len(base) >= capitals.SHORTEST_VERB_STEM and capitals.verb_stem(base) for base in bases)


def _numbered_field(match: re.Match[str], rest: str) -> bool:
    value = value_of(match["a"]) if match["a"].isdigit() else 0
    if not (1 <= value <= _LAST_FIELD and dates.opens_line(match) and _alone(match)) or match["suf"]:
        return False
    field = _FIELD_VERB.match(rest)
    return field is not None and _verb_form(field["stem"], field["past"] or field["participle"], bool(field["past"]))


# A number opening a square bracket before the part it labels, as a wiki's notes and figures are marked in the text
# ("анықталуы мүмкін[1 ескерту]", "[2 сурет]"): the first note, the second figure, a label's rank, not a count of
# notes; a bracket that goes on past the noun ("[2 ескерту берілді]") or a number apart from it ("2 ескерту") counts.
_BRACKET_LABELS = _PARTS_NAMED_BARE | {"ескерту", "сілтеме", "түсініктеме"}
_BRACKET_LABEL = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)[ \t]*\]")


def _bracketed_label(match: re.Match[str], rest: str) -> bool:
    if not _alone(match) or match["suf"] or not match.string[: match.start()].endswith("["):
        return False
    label = _BRACKET_LABEL.match(rest)
    return label is not None and label["word"].lower() in _BRACKET_LABELS


# Disability has three groups, and a group's number is its rank: "1 топтағы мүгедектігі бар адамдарға", "2 топтағы
# мүгедектер", read бірінші, екінші топтағы, as I топ and 1-топ are. A tariff's line may open with the group alone
# and its payment after a dash ("3 топқа – 5 АЕК"), the third group, as "1 санат – ..." is the first category. A
# number above three, or one before another word ("3 топқа бөлінді"), counts groups.
_DISABILITY_GROUPS = range(1, 4)
_GROUP = r"\s+топ(?:тағы|тағылар\w*|қа|та|тың|тан|ы|ына|ында)?"
_GROUP_OF_THE_DISABLED = re.compile(rf"{_GROUP}\s+мүгедек", re.I)
_LISTED_GROUP = re.compile(rf"{_GROUP}\s*[-–—:]\s")


def _disability_groups_listed(values: Iterable[int], after: str) -> bool:
    """Numbers listed before the disability group's word and the disabled (1, 2, 3 топ мүгедектері; 1 және 2
    топтағы мүгедектігі бар): each a group, as the last one alone would be (бірінші, екінші, үшінші топ)."""
    return all(value in _DISABILITY_GROUPS for value in values) and _GROUP_OF_THE_DISABLED.match(after) is not None


def _disability_group(match: re.Match[str], rest: str) -> bool:
    value = value_of(match["a"]) if match["a"].isdigit() else 0
    if value not in _DISABILITY_GROUPS or not _alone(match) or match["suf"]:
        return False
    if _GROUP_OF_THE_DISABLED.match(rest):
        return True
    return dates.opens_line(match) and _LISTED_GROUP.match(rest) is not None


# Steps of a scale listed before the scale's noun (ауа райы қолайсыздығының 1, 2, 3 деңгейі; 1 және 2 дәрежелі; 2, 3
# санаттағы), and places listed before one noun of rank (1 және 2 сынып оқушылары, 1 және 2 том, 5, 6 сыныптарда):
# each names a step or a place, an ordinal, as 1-деңгей does; a count is not listed before one noun of a scale or a
# rank. A number alone before it (3 деңгейі бар) may count levels and is left.
_SCALE_STEP = re.compile(r"\s+(?:деңгей|дәреже|санат|разряд|категори)")
_LIST_LINK = r"(?:\s?,\s?|\s+(?:және|мен|немесе)\s+)"
_STEPS_AFTER = re.compile(rf"(?:{_LIST_LINK}(?P<last>\d{{1,2}}))+(?=\s)")
_STEP_BEFORE = re.compile(rf"(?<![\d.,])\d{{1,2}}{_LIST_LINK}\Z")
_NOUN_AFTER = re.compile(r"\s+([^\W\d_]+)")
_LAST_SCALE_STEP = 10


def _listed_scale_step(match: re.Match[str], rest: str) -> bool:
    """1, 2, 3 деңгейі → бірінші, екінші, үшінші деңгейі; 1 және 2 том → бірінші және екінші том: a small number in a
    list of them before a scale's step or a noun of rank."""
    value = value_of(match["a"]) if match["a"].isdigit() else 0
    if not (_alone(match) and not match["suf"] and value >= 1):
        return False
    steps = _STEPS_AFTER.match(rest)
    if steps:
        return _names_listed_step(rest[steps.end() :], max(value, int(steps["last"])))
    before = match.string[max(0, match.start() - 12) : match.start()]
    return _STEP_BEFORE.search(before) is not None and _names_listed_step(rest, value)


def _names_listed_step(rest: str, highest: int) -> bool:
    """The noun after a list is a scale's step or a noun of rank, and names the list's highest number among its own."""
    if _SCALE_STEP.match(rest):
        return highest <= _LAST_SCALE_STEP
    noun = _NOUN_AFTER.match(rest)
    if noun is None or ranknouns.rank_stem(noun.group(1)) in ranknouns.COUNTED_TOO:
        return False
    return ranknouns.names_rank(noun.group(1), highest)


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


_YEAR_WORD_AFTER_BRACKET = re.compile(rf"\s*\)\s+(?:жылдар[{KAZAKH_LOWER}]*|жж\.)(?![\w-])")


def _bracketed_years(match: re.Match[str]) -> bool:
    """A range of two years alone in brackets after a plan or a document it is the term of, after the span of years
    it dates, before the year word that names them, or after a person whose life or reign it is or an event it dates:
    years, said as ordinals as a year range is. The last year may be cut to its last two digits in the same century
    (1723 — 25)."""
    first, last = match["a"], match["b"]
    if not (last and first.isdigit() and last.isdigit() and len(first) == 4 and len(last) in (2, 4)):
        return False
    text = match.string
    if text[match.end() :].lstrip()[:1] != ")":
        return False
    end = int(last) if len(last) == 4 else int(first[:2] + last)
    before = text[: match.start()].rstrip()
    if _YEAR_WORD_AFTER_BRACKET.match(text, match.end()):  # (1952-1955) жылдары: the years the word names
        low, high = _YEARS_OF_A_LIFE
        return low <= int(first) < end <= high
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
# жыл and its forms (жылы, жылдан, жылға, жылмен), not the words it begins (жылқы, жылу, жылан, жылжымайтын): 1285
# жылқы counts
_YEAR_WORD = re.compile(r"жыл(?:[ыдғ]|мен|(?!\w))")
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
# A unit numbered inside the larger formation or front named in the genitive just before it (дивизиясының 9 полкінде,
# Забайкал майданының 36 армиясының, корпусының 15 гвардиялық бригадасы): its place in that formation, "the 9th",
# however small. The possessive ties the unit to its owner; a count of the owner's units is said with the number in
# words or before a plural, so a digit between an owner's genitive and one unit's name is its rank.
_FORMATION_OWNER = re.compile(
    r"(?:дивизиясы|армиясы|бригадасы|полкі|корпусы|майданы|флоты|округі|дивизионы)(?:ның|нің)[,.;:]?$", re.I
)
_SUBFORMATION = re.compile(
    rf"\s+(?:{_ARM}\s+)?(?:дивизиясы|полкі|полкы|армиясы|корпусы|бригадасы|батальоны|ротасы|взводы|эскадрильясы|дивизионы)",
    re.I,
)
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


# A day's number, its weekday and its month, as a site's masthead prints its date (07 Бейсенбі, Қараша, each on a line
# of its own), is the day of that month; the month bare, the masthead's nominative, so that a count of weekdays before
# a month in a case ("3 сенбі, ақпанда 4") is left a count.


def _weekday_then_month(words: list[str]) -> bool:
    return (
        len(words) > 1
        and words[0].lower().rstrip(",") in WEEKDAY_NAMES
        and words[1].lower().rstrip(",.") in dates.MONTHS
    )


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
    if value >= _FEWEST_NAMED_YEAR and (_DATED_TO_A_YEAR.match(rest) or _FROM_A_YEAR_ON.match(rest)):
        return True
    if word.startswith(("ж.", "жж.")):
        return True
    if _SPAN_OF_YEARS.match(rest):
        return False
    # the kind's year word as the kind is cased: a heading in capitals (2019-2020 ОҚУ ЖЫЛЫНА) is the same year
    if _YEAR_WORD.match(word) or (word in YEAR_KINDS and len(words) > 1 and _YEAR_WORD.match(words[1].lower())):
        return 1000 <= value <= 2999
    if value <= 31 and (dates.starts_with_month(word.lstrip("(")) or word.startswith(DAY_OF_MONTH)):
        return True  # "17 (ақпанда)": the month in brackets after its day
    if value <= 31 and _weekday_then_month(words):
        return True  # a masthead's date: "07 Бейсенбі, Қараша", the day's weekday between it and its month
    if value >= _FEWEST_FORMATION_NUMBER and _FORMATION.match(rest):
        return True
    if value in _EDITION_NUMBERS and _GAMES.match(rest):
        return True
    if COUNTED_PARTS.match(rest):
        return False
    if ORDINAL_CONTEXT.match(word) or TYPE_NOUNS.match(word) or CITED_APPENDIX.match(rest):
        return True
    letters = _LETTERS.match(word)
    if letters and ranknouns.names_law_part(letters.group()) and not _law_parts_had(letters.group()):
        return True
    return _mistyped_calendar_word_after(value, rest, words[0] if words else "")


# A law's part bare before the adjective of having (-ты/-ді, -лы/-лі) that is made of it says how many parts a thing
# has ("Әрқайсысы 4 тармақты 7 шумақтан тұрады": of four lines each): a count. The form is the bare accusative's too,
# but a law's part is cited possessed (бабының 2 тармағын), never so.
def _law_parts_had(word: str) -> bool:
    lower = word.lower()
    stem = ranknouns.rank_stem(lower)
    return stem is not None and lower == stem + HAVING.form_for(stem)


def _mistyped_calendar_word_after(value: int, rest: str, written: str) -> bool:
    """23 науырзда, 2022 жлыдың, 4 қыкүйектегі: a day's month or a year's word mistyped (`mistyped_calendar_word`)
    says what it would."""
    if not (value <= 31 or 1000 <= value <= 2999):
        return False
    repaired = mistyped_calendar_word(written)
    return repaired is not None and context_says_ordinal(value, rest.replace(written, repaired, 1))


_NAMES = rf"(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+\s+){{0,2}}"  # "Нестеров 10, Антон Слепышев 12-минуттарда"
_COORDINATED = re.compile(rf"(?:\s*,\s*|\s+{CONJUNCTION}\s+){_NAMES}\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?")
# Year ranges listed with commas before one year word ("2005-2006, 2007-2008 жылы туған"): each range is years, said
# as ordinals as the last one is; a count is not written as a range of four-digit years.
_YEAR_RANGES = re.compile(r"(?:\s*,\s*[12]\d{3}\s?[-–]\s?[12]\d{3})+")
# A part of an address in the singular after the last number (8, 2-қабат; 12, 5-пәтер): the numbers before name
# other parts (the house), not a list of floors, which the plural would be (1, 2-қабаттар).
_ONE_ADDRESS_PART = re.compile(rf"(?:қабат|пәтер|корпус|блок|подъезд|{'|'.join(_ROOMS)})(?!тар|тер|дар|дер|лар|лер)")


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
    hyphenated = re.match(rf"[ \t]?-[ \t]?([{KAZAKH_LOWER}]+)", after)  # "1, 2 және 3-сыныптар", "141, 143 - баптарына"
    # "саны 1200, 5 мамырда": a count, then a day; a ranked noun the last one is hyphened to ranks them all, small and
    # large ("27, 37-баптарына"), but not a clipped word ("[2, 134-б.]": a source, then its page)
    ranks = hyphenated is not None and len(hyphenated.group(1)) > 2 and not dates.starts_with_month(hyphenated.group(1))
    if (value <= 31) != (last <= 31) and not ranks:
        return False
    if not hyphenated and _disability_groups_listed((value, last), after):
        return True  # "1, 2, 3 топ мүгедектері", "1 және 2 топтағы мүгедектігі бар": the groups, listed
    if not hyphenated and places_won((value, last), after):
        return True  # "1, 2, 3 орындарды иеленді": places won, listed
    if hyphenated:
        word = hyphenated.group(1)  # a quality it counts ("+5, 24-сағаттық", "3, 5-жылдық") ranks none of them
        if _ONE_ADDRESS_PART.match(word):
            return False  # "көшесі, 8, 2-қабат": a house's number, then its floor
        return hyphenated_word(word) and not _counts_measure(word) and not _counted_quality(word)
    if not re.search(CONJUNCTION, chain):
        # commas alone join days of a month, or years before a plural жылдар ("2015, 2017 жылдарда"), not
        # a count before the next year ("2020 жылы - 1488, 2021 жылы")
        word = after.split(maxsplit=1)[0].lower() if after.strip() else ""
        years = word.startswith("жылдар") and 1000 <= last <= 2999
        listed = ranged and 1000 <= value <= 2999 and _YEAR_RANGES.fullmatch(chain) is not None
        years = years or (listed and context_says_ordinal(last, after))
        return years or (last <= 31 and dates.starts_with_month(word)) or bool(CITED_APPENDIX.match(after))
    return context_says_ordinal(last, after)


# A law's parts cited in a chain of clipped words, each after its number (590-б. 4 т., 596б. 3 т.: article 590, its
# clause 4): each number is the place of the part its word names, said as an ordinal before the word (бес жүз
# тоқсаныншы бап төртінші тармақ). The chain opens with an article; alone, "4 т." is four tonnes and "596 б." a page.
CITED_PARTS = re.compile(r"(?<![\w.,-])\d{1,4}-?б\.(?:\s?\d{1,3}-?\s?(?:тармш|тарм|т)\.)+")
CITED_ARTICLE = re.compile(r"\d-?б\.")  # what every chain holds (`Rule.needs`)
_CITED_PART = re.compile(r"(?P<n>\d+)-?\s?(?P<word>тармш|тарм|т|б)\.")
_SENTENCE_GOES_ON = re.compile(rf"\s+[«\"]?[{KAZAKH_LOWER}\d]")


def speak_cited_parts(match: re.Match[str]) -> str:
    """590-б. 4 т. → бес жүз тоқсаныншы бап төртінші тармақ; the last full stop ends the sentence unless a small
    letter or a number goes on after it."""
    parts = (
        f"{ordinal_of(cardinal_of(part['n']))} {writtennumbers.NUMBERED[part['word']].spoken}"
        for part in _CITED_PART.finditer(match.group())
    )
    goes_on = _SENTENCE_GOES_ON.match(match.string, match.end()) is not None
    return " ".join(parts) + ("" if goes_on else ".")


# A number hyphenated before a capitalised name (2-Шілікті қорымы, 3-Интернационал көшесі) is the name's place in a
# series of sites, barrows or streets of that name: an ordinal said before it (екінші Шілікті). A month's name after
# it is left to the dates (1-Мамыр), and a name in capitals or a lone letter (5-Б) to their own rules.
NUMBERED_NAME_MARK = re.compile(rf"\d-[{KAZAKH_UPPER}]")
NUMBERED_NAME = re.compile(rf"(?<![\w.,/-])(?P<n>\d{{1,3}})-(?=(?P<name>[{KAZAKH_UPPER}][{KAZAKH_LOWER}i]+)(?![\w-]))")


def speak_numbered_name(match: re.Match[str]) -> str:
    """2-Шілікті → екінші Шілікті; 1-Мамыр stays for the dates."""
    if dates.starts_with_month(match["name"]):
        return match.group()
    return ordinal_of(cardinal_of(match["n"])) + " "


# Numbers listed before a noun in the plural with its possessive ending ("28, 29, 30 үйлерінде", "48 , 1, 3, 3а
# шағынаудандарында", "47, № 28, 29 үйлерінде"): a count takes the singular after it, so each number labels one of
# the things the plural names and is said as an ordinal (жиырма сегізінші, жиырма тоғызыншы үйлерінде). Two numbers
# or more with a comma and a space among them (9,4 is a decimal); a numero sign inside the list is dropped, as the
# numero list drops it, and a number with a letter (3а) keeps its own reading. A number hyphened onto a name before
# the list (ЖЭО-2, 3 тараптарына) is the name's, and a plural without the possessive (57 және 58 орамдар, 3 және 5
# жарияланымдардың) may be counted.
_LABEL = r"(?:№[^\S\n]?)?\d{1,4}(?:[а-яә](?![\w-]))?"
_LABEL_JOIN = rf"(?:[^\S\n]*,[^\S\n]+|[^\S\n]+{CONJUNCTION}[^\S\n]+)"
_COMMA_JOIN = r"[^\S\n]*,[^\S\n]+"
# ...but not the digits, the numbers or the values themselves (1, 2, 3 цифрлары арқылы; Тақтада 1, 2, 3 сандары
# жазылған; 1, 3, 5 мәндерін): a count of nothing, each named by its value, a cardinal.
_NUMBERS_NAMED = r"(?:цифр|сан|мән)(?:лар|лер|дар|дер)[ыі]"
_PLURAL_POSSESSED = (
    rf"[^\S\n]+(?!{_NUMBERS_NAMED})[{KAZAKH_LOWER}]{{2,}}(?:лар|лер|дар|дер|тар|тер)[ыі][{KAZAKH_LOWER}]*(?![\w-])"
)
LISTED_LABELS = re.compile(
    rf"(?<![\w.,/№-])(?P<list>{_LABEL}(?:{_LABEL_JOIN}{_LABEL})*?{_COMMA_JOIN}{_LABEL}(?:{_LABEL_JOIN}{_LABEL})*)"
    rf"(?={_PLURAL_POSSESSED})"
)
LISTED_LABELS_MARK = re.compile(r",[^\S\n]+(?:№[^\S\n]?)?\d")  # a comma and a space before a number (`Rule.needs`)
_LABEL_PARTS = re.compile(rf"({_LABEL_JOIN})")
_BARE_LABEL = re.compile(r"(?:№[^\S\n]?)?(?P<n>\d{1,4})")


def speak_listed_labels(match: re.Match[str]) -> str:
    """28, 29, № 30 үйлерінде → жиырма сегізінші, жиырма тоғызыншы, отызыншы; 3а stays for the number rules."""
    spoken = []
    for part in _LABEL_PARTS.split(match["list"]):
        if _LABEL_PARTS.fullmatch(part):
            spoken.append(", " if "," in part else f" {part.strip()} ")
        elif bare := _BARE_LABEL.fullmatch(part):
            spoken.append(ordinal_of(cardinal_of(bare["n"])))
        else:
            spoken.append(part)
    return "".join(spoken)

"""Russian passages inside Kazakh text, normalised as Russian: numbers in Russian words (num2words, in the case a
preposition before them demands), years with г., and the common abbreviations (тыс., млн, руб., им., т.е.…), with
the parts of a reference: a label before a number (С. 166, Т. 2, Ф. 333, Оп. 1, Д. 566, Л. 22), the pages after it
(271 с.), the place before the publisher (М.:, СПб.:) and centuries written as a range (XV–XVII вв.).

The rules have the same shape as the Kazakh ones (`rules.Rule`), so the normaliser runs them over the Russian runs
of a text (`language.language_runs`) and keeps each spoken word traced to its written token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from tts_edition.normalize import capitals, coordinates, grouping, lettercodes, russianforms, russianlatin, webaddresses
from tts_edition.normalize.abbreviations import pronounceable, spell
from tts_edition.normalize.amounts import AFTER_BLANK
from tts_edition.normalize.dates import RUSSIAN_MONTH_CLIPS
from tts_edition.normalize.dates import RUSSIAN_MONTH_NAMES as NOMINATIVE_MONTHS
from tts_edition.normalize.numbers import MAX_CARDINAL, dictated, value_of
from tts_edition.normalize.ratios import SCORE
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.rules import Rule
from tts_edition.normalize.symbols import digit_like

RUSSIAN_KIND = "russian"  # every reading of a passage in another language is one a person should hear
# The case a preposition demands of the number after it; nominative without one.
_CASES = {
    **dict.fromkeys(("в", "во", "о", "об", "при"), "prepositional"),
    **dict.fromkeys(
        (
            "с",
            "со",
            "от",
            "до",
            "из",
            "у",
            "без",
            "около",
            "после",
            "для",
            "свыше",
            "более",
            "менее",
            "порядка",
            "кроме",
            "среди",
            "вместо",
            "против",
            "возле",
            "ради",
            "вне",
        ),
        "genitive",
    ),
    # A noun that makes a preposition with the one before it and governs the genitive of what follows (в пределах
    # 527-531 тенге → пятисот двадцати семи – пятисот тридцати одного, в размере 5 тысяч → пяти тысяч, на уровне
    # 14,75 процента → четырнадцати целых семидесяти пяти сотых).
    **dict.fromkeys(
        ("пределах", "размере", "течение", "количестве", "сумме", "объёме", "объеме", "возрасте", "уровне"),
        "genitive",
    ),
    # A comparative governs the genitive of what it is compared with (старше 18 лет → старше восемнадцати лет).
    **dict.fromkeys(("старше", "младше", "моложе", "больше", "меньше", "выше", "ниже"), "genitive"),
    **dict.fromkeys(("благодаря", "согласно", "вопреки"), "dative"),
    **dict.fromkeys(("к", "ко", "по"), "dative"),
    **dict.fromkeys(("за", "про", "через", "на"), "accusative"),
    **dict.fromkeys(("между", "над", "под", "перед"), "instrumental"),
}
_YEAR_WORDS = {"nominative": "год", "genitive": "года", "prepositional": "году", "dative": "году",
               "accusative": "год", "instrumental": "годом"}  # fmt: skip
ABBREVIATIONS = {
    "тыс.": "тысяч", "млн": "миллионов", "млрд": "миллиардов", "трлн": "триллионов", "руб.": "рублей",
    "коп.": "копеек", "им.": "имени", "т.е.": "то есть", "т.д.": "так далее", "т.п.": "тому подобное",
    "ул.": "улица", "пр.": "проспект", "проф.": "профессор", "акад.": "академик", "зав.": "заведующий",
    "см.": "смотри", "мес": "месяц",
    "%": "процентов", "№": "номер", "рис.": "рисунок", "стр.": "страница", "гг.": "годы",
    "изд.": "издание", "прим.": "примечание", "б/н": "без номера",
    # a grammar's number, as a language lesson labels a form (кітаптар -множ. число)
    "множ.": "множественное", "ед. ч.": "единственное число", "мн. ч.": "множественное число",
    # a bilingual dictionary's labels on a sense (астау 1) уст. деревянное корыто, келі II. разг. кило)
    "уст.": "устаревшее", "устар.": "устаревшее", "диал.": "диалектное", "разг.": "разговорное",
    "этн.": "этнографическое", "букв.": "буквально", "перен.": "переносное",
}  # fmt: skip
# A scholar's degree is its rank and its science: к.э.н. → кандидат экономических наук, д.ф.н. → доктор
# филологических наук.
_DEGREE_RANKS = {"к": "кандидат", "д": "доктор"}
_DEGREE_SCIENCES = {
    "ф": "филологических", "и": "исторических", "э": "экономических", "т": "технических", "п": "педагогических",
    "ю": "юридических", "х": "химических", "б": "биологических", "г": "географических", "м": "медицинских",
    "ф.-м": "физико-математических", "с.-х": "сельскохозяйственных", "с.х": "сельскохозяйственных",
    "сх": "сельскохозяйственных", "филос": "философских", "пед": "педагогических",
    "полит": "политических", "психол": "психологических", "социол": "социологических",
}  # fmt: skip
ABBREVIATIONS |= {
    f"{rank}.{science}.н.": f"{rank_word} {science_word} наук"
    for rank, rank_word in _DEGREE_RANKS.items()
    for science, science_word in _DEGREE_SCIENCES.items()
}
# The same degrees as a pattern, found from their stop (a literal, the fastest a search can look for) back to the rank
# before it and on to the science: to tell a line Russian by (`language`).
_RANKS = "".join(_DEGREE_RANKS)
DEGREE = re.compile(
    rf"\.(?<![\w.][{_RANKS}]\.)(?<=[{_RANKS}]\.)"
    rf"(?:{'|'.join(re.escape(science) for science in sorted(_DEGREE_SCIENCES, key=len, reverse=True))})\.н\.",
    re.I,
)
# A reference's labels, read as their nouns before the number they label (С. 166 → страница сто шестьдесят шесть);
# written as references write them: an archive's parts in capitals (Д. 566 is a file), an address in lower case
# (д. 5 is a house); a citation style's English no. is the номер.
LABELS = {
    "С.": "страница", "с.": "страница", "Стр.": "страница", "Т.": "том", "т.": "том", "Вып.": "выпуск",
    "вып.": "выпуск", "Сб.": "сборник", "Ч.": "часть", "ч.": "часть", "Гл.": "глава", "гл.": "глава",
    "Ст.": "статья", "ст.": "статья", "п.": "пункт", "Ф.": "фонд", "Оп.": "опись", "Д.": "дело", "Л.": "лист",
    "д.": "дом", "кв.": "квартира", "no.": "номер", "No.": "номер",
}  # fmt: skip
# Nouns abbreviated before a place's name, in the cases nominative, genitive, dative, accusative, instrumental and
# prepositional: в г. Караганде → в городе Караганде, на ул. Абая → на улице Абая.
PLACE_NOUNS = {
    "г.": "город города городу город городом городе", "ул.": "улица улицы улице улицу улицей улице",
    "пос.": "посёлок посёлка посёлку посёлок посёлком посёлке", "с.": "село села селу село селом селе",
    "мкр.": "микрорайон микрорайона микрорайону микрорайон микрорайоном микрорайоне",
    "пр.": "проспект проспекта проспекту проспект проспектом проспекте",
    "пл.": "площадь площади площади площадь площадью площади", "р.": "река реки реке реку рекой реке",
    "уг.": "угол угла углу угол углом углу",  # на углу: the prepositional of place
}  # fmt: skip
# After a noun a place's noun is in the genitive (директор театра г. Шымкента → города Шымкента, аким г. Астаны); not
# after a verb (посетил г. Алматы), a conjunction or a word that ends in punctuation (по адресу: г. Астана).
_NOT_NOUNS = frozenset("и или а но да же ли не ни что как где когда это".split())
_VERB_ENDING = re.compile(r"(?:л[аои]?|[тч]ь|ти|[еи]т|[ую]т|[ая]т|ешь|ишь|ся|сь)$(?<!тели)")  # жители: a noun
# Nouns clipped after an adjective, in the six cases as PLACE_NOUNS: the adjective's ending says the case (выше
# Уральского укр. → укрепления, Акмолинской обл. → области, Оренбургской губ. → губернии).
CLIPPED_NOUNS = {
    "укр.": "укрепление укрепления укреплению укрепление укреплением укреплении",
    "обл.": "область области области область областью области",
    "губ.": "губерния губернии губернии губернию губернией губернии",
}  # fmt: skip
_ADJECTIVE_CASES = (("ого", "genitive"), ("его", "genitive"), ("ому", "dative"), ("ему", "dative"),
                    ("ым", "instrumental"), ("им", "instrumental"), ("ом", "prepositional"), ("ем", "prepositional"),
                    ("ой", "genitive"), ("ей", "genitive"), ("ую", "accusative"), ("юю", "accusative"),
                    ("ая", "nominative"), ("яя", "nominative"), ("ое", "nominative"), ("ее", "nominative"),
                    ("ый", "nominative"), ("ий", "nominative"))  # fmt: skip
BEFORE_NAMES = (*PLACE_NOUNS, "им.", "проф.", "акад.")  # their full stop ends no sentence (г. Алматы, им. Абая)
_CASE_ORDER = ("nominative", "genitive", "dative", "accusative", "instrumental", "prepositional")
# The case a preposition gives a place: where (в, на), from (из, с, от, до, у), towards (к, по), beside (за, под).
_PLACE_CASES = {
    **dict.fromkeys(("в", "во", "на", "о", "об", "при"), "prepositional"),
    **dict.fromkeys(("из", "с", "со", "от", "до", "у", "около", "возле", "для", "без", "после"), "genitive"),
    **dict.fromkeys(("к", "ко", "по"), "dative"),
    **dict.fromkeys(("за", "под", "над", "перед", "между"), "instrumental"),
}  # fmt: skip
# Words contracted with a hyphen, their ending written after it and kept (р-н → район, в р-не → в районе, кол-ва →
# количества, Вашего пр-ва → превосходительства: the stem before the ending; an honorific after a possessive). A
# site's breadcrumbs write район with its vowel kept too (Зайсанский р-он, в р-оне).
CONTRACTIONS = {
    "р-н": "район", "р-он": "район", "г-н": "господин", "о-в": "остров", "пр-т": "проспект", "кол-в": "количеств",
    "св-в": "свидетельств", "т-в": "товариществ", "пр-в": "правительств",
}  # fmt: skip
_HONORIFICS = {"пр-в": "превосходительств"}  # Вашего пр-ва, Его пр-ву: a title, not the government
_POSSESSIVES = frozenset("вашего вашему вашим ваше его её ее их".split())
# Energy in kilowatt-hours, however the product is typed (кВт*ч, кВт·ч, кВтч): one unit, hyphened when said.
KILOWATT_HOURS = ("кВт*ч", "кВт·ч", "кВт⋅ч", "кВтч")
# The units a price or a rate is per, in the accusative they take after за: 7 007,08 тенге/Гкал → … тенге за
# гигакалорию, руб./кВт·ч → рублей за киловатт-час.
PER_UNITS = {
    "Гкал": "гигакалорию", "м³": "кубометр", "м3": "кубометр", "м²": "квадратный метр", "м2": "квадратный метр",
    **dict.fromkeys(KILOWATT_HOURS, "киловатт-час"), "т": "тонну", "кг": "килограмм",
    "л": "литр", "га": "гектар", "км": "километр", "ч": "час", "сут.": "сутки", "мес.": "месяц", "чел.": "человека",
}  # fmt: skip
# The place before a reference's publisher (М.: Наука → Москва: Наука).
PLACES = {"М.": "Москва", "Л.": "Ленинград", "СПб.": "Санкт-Петербург", "Пг.": "Петроград", "К.": "Киев"}
# Words counted by a number, in the forms after 1, after 2–4 (and a fraction) and after 5 and more; the number
# agrees with the word's gender (две тысячи).
COUNTED = {
    "млн": ("миллион", "миллиона", "миллионов"), "млрд": ("миллиард", "миллиарда", "миллиардов"),
    "трлн": ("триллион", "триллиона", "триллионов"), "тыс.": ("тысяча", "тысячи", "тысяч"),
    "тыс": ("тысяча", "тысячи", "тысяч"),  # its stop left out, as млн has none
    "га": ("гектар", "гектара", "гектаров"), "км": ("километр", "километра", "километров"),
    "%": ("процент", "процента", "процентов"), "руб.": ("рубль", "рубля", "рублей"),
    "п.": ("пуд", "пуда", "пудов"),  # an old weight (3 п. ячменя); not п.п., percentage points
    "°": ("градус", "градуса", "градусов"), "′": ("минута", "минуты", "минут"), "″": ("секунда", "секунды", "секунд"),
    "°C": ("градус", "градуса", "градусов"), "°С": ("градус", "градуса", "градусов"),
    "с.": ("страница", "страницы", "страниц"), "c.": ("страница", "страницы", "страниц"),  # c.: a Latin c
    "мл": ("миллилитр", "миллилитра", "миллилитров"), "мг": ("миллиграмм", "миллиграмма", "миллиграммов"),
    "мкг": ("микрограмм", "микрограмма", "микрограммов"),  # a leaflet's doses (5 мл, 2 мг в сутки)
    "кг": ("килограмм", "килограмма", "килограммов"),
    "м/с": ("метр в секунду", "метра в секунду", "метров в секунду"),
    "км/ч": ("километр в час", "километра в час", "километров в час"),
    "ч.": ("час", "часа", "часов"), "ч": ("час", "часа", "часов"),
    "мин.": ("минута", "минуты", "минут"), "мин": ("минута", "минуты", "минут"),
    "мес.": ("месяц", "месяца", "месяцев"), "мес": ("месяц", "месяца", "месяцев"),
    "чел.": ("человек", "человека", "человек"), "чел": ("человек", "человека", "человек"),
    "тенге": ("тенге", "тенге", "тенге"),  # a price's decimal too: 16.31 тенге → шестнадцать целых …
    "кВт": ("киловатт", "киловатта", "киловатт"),
}  # fmt: skip
COUNTED |= dict.fromkeys(KILOWATT_HOURS, ("киловатт-час", "киловатт-часа", "киловатт-часов"))
# A file's size on a document site's Russian header (Размер 28.86 Kb., Скачать 1,2 Мб): the data unit counted.
COUNTED |= {
    written: (f"{prefix}байт", f"{prefix}байта", f"{prefix}байт")
    for latin, cyrillic, prefix in (("K", "К", "кило"), ("M", "М", "мега"), ("G", "Г", "гига"))
    for written in (f"{latin}b", f"{latin}B", f"{cyrillic}б", f"{cyrillic}Б")
}
# A scale word written out takes the form its number asks for too: около 1,5 тысячи → около полутора тысяч.
_SCALE_WORDS = {form: forms for key in ("тыс.", "млн", "млрд") for forms in [COUNTED[key]] for form in forms}
COUNTED |= _SCALE_WORDS
# A scale word's abbreviation stop (3 млн. тенге, 2,5 млрд., из них) is the abbreviation's, read with it; at a
# sentence's end it stays the sentence's.
_SCALE_STOP = "(?:(?:" + "|".join(rf"(?<=(?<!\w){w})" for w in ("млн", "млрд", "трлн")) + r")\.(?=\s+[а-яё\d]|[,;:]))?"
_SIGNS = {"+": "плюс ", "−": "минус ", "-": "минус "}
_ONE_AND_A_HALF = "1,5"
_SENTENCE_AFTER = re.compile(r"\s*(?:$|\n|[«\"“(—–-]*\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_WHOLE = {"nominative": "целая", "genitive": "целой", "dative": "целой", "accusative": "целую",
          "instrumental": "целой", "prepositional": "целой"}  # fmt: skip
_WHOLES = {"genitive": "целых", "dative": "целым", "instrumental": "целыми", "prepositional": "целых"}
# The endings of a plural noun that say its case: участниками, детьми, областям, странах.
_PLURAL_ENDINGS = (("ами", "instrumental"), ("ями", "instrumental"), ("ьми", "instrumental"), ("ам", "dative"),
                   ("ям", "dative"), ("ах", "prepositional"), ("ях", "prepositional"))  # fmt: skip
_NEXT_WORD = re.compile(r"\s+(?P<word>[а-яё]{4,})\b")  # a noun in lower case, not a short word (там, нам)
_ONE_THOUSAND = re.compile(r"^(?:одна|одной|одну|одною) (?=тысяч)")
_FEMININE = frozenset({"тыс.", "тыс", "тысяча", "тысячи", "тысяч", "′", "″", "с.", "c.", "мин.", "мин"})
_ANGLE_UNITS = frozenset("°′″")  # read by the coordinate rule
MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
_MONTHS = "|".join(MONTHS)
# A month as a Russian dateline may print it after a weekday: its genitive (ноября), its nominative (Ноябрь, as a
# site's calendar writes it) or its first three letters (Ноя, Апр); after a day it is said in the genitive.
MONTH_FORMS = {
    form: genitive
    for genitive, nominative, clip in zip(MONTHS, NOMINATIVE_MONTHS, RUSSIAN_MONTH_CLIPS, strict=True)
    for form in (genitive, nominative, clip)
    if form
}
# A month clipped to its first three letters, as a page's dateline prints it (6 Сен 2021, Ноя 18, 2024).
MONTH_CLIPS = "|".join(clip for clip in RUSSIAN_MONTH_CLIPS if clip)
_CLIPPED_MONTH = rf"(?:{MONTH_CLIPS})(?![^\W\d_])\.?"
WEEKDAYS = "понедельник вторник среда четверг пятница суббота воскресенье".split()
# The case of a word after a numeral says the numeral's: XVIII века → восемнадцатого, в 1994–1997 гг. → годах.
_NOUN_CASES = {
    "век": "nominative", "века": "genitive", "веке": "prepositional", "веку": "dative", "веком": "instrumental",
    "веков": "genitive", "веках": "prepositional", "векам": "dative", "вв.": "nominative", "в.": "genitive",
}  # fmt: skip
_CENTURY_WORDS = {
    "в.": {"nominative": "век", "genitive": "века", "prepositional": "веке", "dative": "веку", "accusative": "век",
           "instrumental": "веком"},
    "вв.": {"nominative": "века", "genitive": "веков", "prepositional": "веках", "dative": "векам",
            "accusative": "века", "instrumental": "веками"},
}  # fmt: skip
_YEARS_WORDS = {"nominative": "годы", "genitive": "годов", "prepositional": "годах", "dative": "годам",
                "accusative": "годы", "instrumental": "годами"}  # fmt: skip


# A number joined by и/или to a number before it (до 471 и 465 тенге): the preposition before the first governs both.
_COORDINATED_NUMBER = re.compile(r"(?<![\w,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?\s+(?:и|или)\s+$")


def _case_before(match: re.Match[str]) -> str:
    return _case_at(match.string, match.start())


# A verb that governs the genitive of what it reaches, in all its forms (достигшие 18 лет → восемнадцати лет, достигла
# 5% → пяти процентов): its stem.
_GOVERNING_STEMS = (("достиг", "genitive"), ("достич", "genitive"))


def _case_at(text: str, start: int) -> str:
    """The case the preposition or governing word before `start` demands; a number coordinated with the one before
    it shares its case (до 471 и 465 тенге → до четырёхсот семидесяти одного и четырёхсот шестидесяти пяти)."""
    before = text[: _coordination_head(text, start)].split()
    word = before[-1].lower().lstrip('(«"“') if before else ""
    governed = next((case for stem, case in _GOVERNING_STEMS if word.startswith(stem)), "nominative")
    return _CASES.get(word, governed)


def _coordination_head(text: str, start: int) -> int:
    """Where the first of the numbers joined by и/или that end at `start` begins (по 7 и 8 пудов → 7), or `start`."""
    while coordinated := _COORDINATED_NUMBER.search(text, 0, start):
        start = coordinated.start()
    return start


# The cases a written year word can stand in; it says the year's case where no preposition does (в октябре 2024 года).
# The instrumental too: с новым 2026 годом → с новым две тысячи двадцать шестым годом (a greeting's, a comparison's).
_YEAR_WORD_CASES = {"год": ("nominative", "accusative"), "года": ("genitive",), "году": ("prepositional", "dative"),
                    "годом": ("instrumental",)}  # fmt: skip
_YEAR = r"(?:1\d{3}|20\d{2})"
# The plural year words (в 1931–1933 годах, 1992 и 2024 годах): one case each, and the plural is the one written.
_YEARS_WORD_CASES = {"годы": ("nominative", "accusative"), "годов": ("genitive",), "годах": ("prepositional",),
                     "годам": ("dative",), "годами": ("instrumental",)}  # fmt: skip


# A month's name in any case before a year says the year is the month's, in the genitive, as года would (в октябре
# 2024 г., февраль 2022 г. → две тысячи двадцать второго года); г. alone names no case.
_MONTH_BEFORE_YEAR = re.compile(
    r"(?<![^\W\d_])(?i:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяеюё]|(?:март|август)[аеу]?|ма[йяе])"
    r"\s+$"
)


def speak_year(match: re.Match[str]) -> str:
    """в 2020 г. → в две тысячи двадцатом году; в 1994–1997 гг. → в … девяносто четвёртом – … седьмом годах; в
    октябре 2024 года → две тысячи двадцать четвёртого года; февраль 2022 г. → две тысячи двадцать второго года."""
    noun = match["noun"]
    case, cases = _case_before(match), _YEAR_WORD_CASES.get(noun) or _YEARS_WORD_CASES.get(noun)
    if noun == "г." and _MONTH_BEFORE_YEAR.search(match.string, max(0, match.start() - 12), match.start()):
        case = "genitive"
    if cases and case not in cases:
        case = cases[0]
    years = [in_words(int(y), to="ordinal", case=case) for y in (match["year"], match["year2"]) if y]
    listed = re.sub(_YEAR, lambda year: in_words(int(year.group()), to="ordinal", case=case), match["listed"] or "")
    plural = match["year2"] or match["listed"] or noun == "гг." or noun in _YEARS_WORD_CASES
    return listed + " – ".join(years) + " " + (_YEARS_WORDS if plural else _YEAR_WORDS)[case]


def speak_date(match: re.Match[str]) -> str:
    """3 августа 2022 г. → третьего августа две тысячи двадцать второго года, a dateline's 26 декабря, 2023 → двадцать
    шестого декабря, две тысячи двадцать третьего года (к 3 мая → третьему мая, на 5 мая → на
    пятое мая); 28-29 мая → двадцать восьмого – двадцать девятого мая; с 5 по 10 мая → с пятого по десятое мая;
    от 4 сего ноября → от четвёртого сего ноября: each day in the case of the preposition before it (genitive
    without one)."""
    before = match.string[: match.start()].split()
    case = _DAY_CASES.get(before[-1].lower().lstrip('(«"“') if before else "", "genitive")
    day = _day(match["day"], _DAY_CASES.get(match["joiner"] or "", case))
    joiner = f" {match['joiner']} " if match["joiner"] else " – "
    first = _day(match["first"], case) + joiner if match["first"] else ""
    month = MONTH_FORMS[match["month"].lower().rstrip(".")]
    return f"{first}{day} {match['this'] or ''}{month}{match['comma'] or ''}" + _of_year(match["year"])


def _dateline_year(match: re.Match[str]) -> str:
    """A dateline's year: set apart by a comma it is said on its own, in the nominative (Пятница, 22 ноября, 2024 →
    …, две тысячи двадцать четвёртый год); else as the date's, in the genitive."""
    year = match["year"]
    if year and "," in match.string[match.end("month") : match.start("year")]:
        return f", {in_words(int(year), to='ordinal')} год"
    return _of_year(year)


# The case of a day of the month after a preposition: к 9 мая → к девятому мая, по 10 мая, на 5 мая → десятое, пятое.
_DAY_CASES = {**dict.fromkeys(("к", "ко"), "dative"), **dict.fromkeys(("по", "на", "за"), "accusative")}


def speak_numeric_date(match: re.Match[str]) -> str:
    """Дата: 20.05.2020 → двадцатое мая две тысячи двадцатого года; вступил в силу 01.07.2021, от 18.05.2020 г. →
    первого июля …, от восемнадцатого мая …: nominative only as a label's value or a listed item, else genitive."""
    month = int(match["month"])
    if not 1 <= month <= len(MONTHS) or not 1 <= int(match["day"]) <= _LAST_DAY:
        return match.group()
    case = _case_before(match)
    if case in ("nominative", "accusative"):
        label = re.search(r"(?:^|[:,\n])\s*$", match.string[: match.start()])
        case = "nominative" if label else "genitive"
    day = _day(match["day"], case)
    return f"{day} {MONTHS[month - 1]}{_of_year(match['year'])}"


def speak_dateline(match: re.Match[str]) -> str:
    """Пятница, 20 Ноябрь 2015 → Пятница, двадцатое ноября две тысячи пятнадцатого года: after its weekday a
    dateline names the day (nominative), and its month in the genitive whatever form the page prints; a year set
    apart by a comma is named too (Пятница, 22 ноября, 2024 → …, две тысячи двадцать четвёртый год)."""
    weekday = match.string[match.start("weekday") : match.start("day")]
    month = MONTH_FORMS[match["month"].lower()]
    return f"{weekday}{_day(match['day'], 'nominative')} {month}{_dateline_year(match)}"


def _day(day: str, case: str) -> str:
    return in_words(int(day), to="ordinal", case=case, gender="n")


def _of_year(year: str | None) -> str:
    return f" {in_words(int(year), to='ordinal', case='genitive')} года" if year else ""


def speak_ordinal(match: re.Match[str]) -> str:
    """25-го тура → двадцать пятого тура, на 42-й минуте → на сорок второй минуте, в 30–40-х годах → в тридцатых –
    сороковых годах: the written ending and the words around the number give its case, gender and number."""
    form = _ordinal_form(match)
    if not form and len(match["ending"]) == 1 and not match["first"]:  # № 123-р: a letter, not an ending
        return f"{_cardinal(match['number'])} {spell(match['ending'].upper())}"
    if not form:
        return match.group()
    case, gender, plural = form
    numbers = [int(n) for n in (match["first"], match["number"]) if n]
    return " – ".join(
        in_words(n, to="ordinal", case=case, gender=gender, plural=plural, animate=False) for n in numbers
    )


# A road's kilometre post after на: written as an ordinal (на 25-м км) or as a count before the road it is on (на 710
# км республиканской автодороги, на 12 км трассы), it is the place on the road, not a distance (увеличилась на 5 км).
_ROAD_NOUNS = r"(?:авто)?(?:дорог|трасс|магистрал)|шоссе|железной дорог"
MILESTONE = re.compile(
    r"(?<=\b[Нн]а\s)(?P<number>\d+)(?:-(?:ом|ем|м)\s?км\b|\s?км\b(?=(?:\s+[а-яё-]+){0,2}?\s+(?:" + _ROAD_NOUNS + r")))"
)


def speak_milestone(match: re.Match[str]) -> str:
    """на 710 км республиканской автодороги → на семьсот десятом километре, на 25-м км → на двадцать пятом километре."""
    return f"{in_words(int(match['number']), to='ordinal', case='prepositional')} километре"


# The case a preposition gives a feminine ordinal in -й (на 42-й минуте, к 5-й годовщине, с 3-й попытки).
_FEMININE_CASES = {**dict.fromkeys(("в", "во", "на", "о", "об", "при"), "prepositional"),
                   **dict.fromkeys(("к", "ко", "по"), "dative"),
                   **dict.fromkeys(("над", "под", "перед", "между", "за"), "instrumental")}  # fmt: skip


def _ordinal_form(match: re.Match[str]) -> tuple[str, str, bool] | None:
    """(case, gender, plural) of an ordinal written with its ending (-го, -й, -я, -е, -х, -м, -ю, -ми)."""
    ending, case = match["ending"], _case_before(match)
    following = (match.string[match.end() :].split() or [""])[0].lower()
    forms = {"ми": ("instrumental", "m", True), "го": ("genitive", "m", False), "му": ("dative", "m", False)}
    if ending[-2:] in forms:
        return forms[ending[-2:]]
    last = ending[-1]
    if last == "м":
        if case == "dative":
            return "dative", "m", True
        if case == "nominative" and (noun := _instrumental_noun(following)) is not None:
            return "instrumental", noun.gender, False  # назван 22-м городом → двадцать вторым, not втором
        return _M_CASES.get(case, "prepositional"), "m", False
    if last == "й" and following.endswith(("е", "и", "ой", "ей")):
        before = match.string[: match.start()].split()[-1:]
        return _FEMININE_CASES.get(before[0].lower() if before else "", "genitive"), "f", False
    return {"х": ("genitive", "m", True), "я": ("nominative", "f", False), "ю": ("accusative", "f", False),
            "е": ("nominative", "n", following.startswith(("год", "гг"))), "й": ("nominative", "m", False),
            }.get(last)  # fmt: skip


_M_CASES = {"instrumental": "instrumental"}


def _instrumental_noun(word: str) -> russianforms.Form | None:
    """The form of the noun after an ordinal in -м with no preposition before it when that noun can only be an
    instrumental singular (городом, местом, туром): the ordinal agrees in it (22-м городом → двадцать вторым
    городом); a noun that may be another case (году, км) leaves the prepositional -м most often is."""
    found = russianforms.forms(word.strip('.,;:!?»)"'))
    if found and all(form.case == "instrumental" and not form.plural for form in found):
        return found[0]
    return None


def speak_time(match: re.Match[str]) -> str:
    """с 07:00 до 20:30 → с семи ноль ноль до двадцати тридцати; в 06:05 → в шесть ноль пять: the hour and the minutes
    in the case the preposition before them demands (в with a time: accusative), a minute below ten after ноль."""
    case = _case_before(match)
    case = "accusative" if case == "prepositional" else case
    seconds = f" {_clock_part(match['seconds'], case)}" if match["seconds"] else ""  # a page's 08:32:11
    return f"{_cardinal(match['hour'], case)} {_clock_part(match['minutes'], case)}{seconds}"


def _clock_part(digits: str, case: str) -> str:
    """A clock's minutes or seconds, feminine as минуты and секунды are: 05 → ноль пять, 00 → ноль ноль, 32 →
    тридцать две (тридцати двух after до)."""
    number = int(digits)
    if number < _TEN:
        return "ноль ноль" if not number else f"ноль {in_words(number, gender='f')}"
    return _cardinal(digits, case, gender="f")


# A clock written with a full stop after a preposition of time (с 14.30 до 16.00, в 17.00): a time where it cannot be
# a date, its minutes 00 or above 12 (с 01.09 is the first of September), and not a decimal typed with a stop before
# what it measures (в 2.50 раза, до 10.20 млн).
DOTTED_TIME = re.compile(
    r"(?:(?<=(?<!\w)[сСвВ] )|(?<=(?<!\w)[сСвВ]о )|(?<=(?<!\w)[Дд]о )|(?<=(?<!\w)после )|(?<=(?<!\w)около ))"
    r"(?P<hour>[01]?\d|2[0-3])\.(?P<minutes>00|1[3-9]|[2-5]\d)(?P<seconds>)(?![\w.,:]?\d)"
    r"(?!\s?(?:раз|%|процент|млн|млрд|тыс|тенге|руб|долл|км|кг|т\b|м\b|га\b))"
)

# A noun a number orders, not counts, when it stands in the singular after it (с жителями 15 микрорайона, в 3
# квартале, в 15 школе). A count would take the plural (15 микрорайонов) except after 2–4 (2 микрорайона) and 1 (21
# микрорайон), where the singular stays a count.
_ORDERED_STEMS = ("микрорайон", "квартал", "этаж", "подъезд", "школ")
ORDERED_NOUN = re.compile(
    r"(?<![\w.,№-])(?P<number>\d{1,3})\s(?P<noun>(?:" + "|".join(_ORDERED_STEMS) + r")(?:ом|ой|[аыуе]?))(?![\w-])"
)
_FEW = range(2, 5)


def _agrees_as_count(number: int, forms: list[russianforms.Form]) -> bool:
    """True where a singular noun can agree with NUMBER as a count: 21 микрорайон, 2 микрорайона, 3 школы."""
    if number % 100 in range(11, 20):
        return False
    cases = {form.case for form in forms}
    return ("nominative" in cases and number % 10 == 1) or ("genitive" in cases and number % 10 in _FEW)


def speak_ordered_noun(match: re.Match[str]) -> str:
    """с жителями 15 микрорайона → с жителями пятнадцатого микрорайона, в 15 микрорайоне → в пятнадцатом микрорайоне,
    к 3 школе → к третьей школе; 2 микрорайона and 21 микрорайон stay counts, as the singular agrees with them."""
    number, singular = int(match["number"]), [f for f in russianforms.forms(match["noun"]) if not f.plural]
    form = russianforms.agreeing_form(match["noun"], _case_before(match), singular=True)
    if form is None or _agrees_as_count(number, singular):
        return match.group()
    return f"{in_words(number, to='ordinal', case=form.case, gender=form.gender)} {match['noun']}"


# A school class clipped after its number (5 кл тарих, учащимся 5 кл.): the class's rank, an ordinal, as a class is
# named by it (пятый класс), in the case the preposition before it asks for (в 5 кл. → в пятом классе).
CLASS_NUMBER = re.compile(r"(?<![\w.,-])(?P<number>\d{1,2})\s?кл(?![^\W\d_])\.?")
_CLASS_WORDS = {"nominative": "класс", "genitive": "класса", "dative": "классу", "accusative": "класс",
                "instrumental": "классом", "prepositional": "классе"}  # fmt: skip


def speak_class_number(match: re.Match[str]) -> str:
    """5 кл → пятый класс, в 5 кл. → в пятом классе."""
    case = _case_before(match)
    return f"{_ordinal(int(match['number']), case=case)} {_CLASS_WORDS[case]}"


# A school class named by its number before the word класс, as a title or a plan heads itself (Казахский язык и
# литература 9 класс, для 2 класса, учащихся 5 классов): the class's rank, an ordinal agreeing with the noun in case
# and number (девятый класс, второго класса, пятых классов). A count would take the genitive plural after five and
# more (9 классов, в 5 классах) and the genitive singular after two to four (3 класса): those are counts, unless
# pupils are named in the genitive before them (для учащихся 5 классов, the fifth-graders) or, for the singular, a
# preposition asks for the genitive (для 2 класса); a number above the last grade counts classes (25 классов).
# A range of them names grades, ranks each (учащихся 9-12 классов → девятых – двенадцатых классов).
CLASS_NOUN_NUMBER = re.compile(
    r"(?<![\w.,-])(?:(?P<first>\d{1,2})\s?[-–—]\s?)?(?P<number>\d{1,2})\s?"
    r"(?P<noun>(?i:класс(?:ами|ам|ах|ов|ом|а|у|е|ы)?))(?![\w-])"
)
CLASS_NOUN_NUMBER_MARK = re.compile(r"\d\s?(?i:класс)")  # what every match holds (`Rule.needs`)
_LAST_GRADE = 12
_PUPILS_BEFORE = re.compile(r"(?:учащихся|учеников|обучающихся|школьников)\s*$", re.I)


def speak_class_noun_number(match: re.Match[str]) -> str:
    """9 класс → девятый класс, учащихся 5 классов → учащихся пятых классов; 9 классов and 3 класса stay counts."""
    number, noun = int(match["number"]), match["noun"]
    case = _case_before(match)
    form = russianforms.agreeing_form(noun.lower(), case)
    first = int(match["first"]) if match["first"] else None
    if not 1 <= number <= _LAST_GRADE or form is None or (first is not None and not 1 <= first < number):
        return match.group()
    pupils = _PUPILS_BEFORE.search(match.string, max(0, match.start() - 20), match.start()) is not None
    few = form.case == "genitive" and number in _FEW and case == "nominative"
    if (form.plural or few) and not pupils and first is None:
        return match.group()
    ranks = [in_words(value, to="ordinal", case=form.case, plural=form.plural) for value in (first, number) if value]
    return f"{' – '.join(ranks)} {noun}"


def speak_score(match: re.Match[str]) -> str:
    """со счётом 2:1 → со счётом два – один: a score's numbers are not governed by the preposition before it."""
    return f"{_cardinal(match['a'])} – {_cardinal(match['b'])}"


def speak_century(match: re.Match[str]) -> str:
    """XVIII века → восемнадцатого века, XV–XVII вв. → пятнадцатый – семнадцатый века: the numerals take the case
    of the noun after them; a range's numerals each name one century."""
    values = [roman_value(match[group]) for group in ("roman", "roman2") if match[group]]
    if not all(values):
        return match.group()
    noun, case = match["noun"].lower(), _NOUN_CASES.get(match["noun"].lower())
    if noun in _CENTURY_WORDS:  # в., вв.: the preposition before says the case (в XV–XVII вв. → в … веках)
        case = _case_before(match) if _preposition_before(match) else _NOUN_CASES[noun]
    plural = noun in ("веков", "веках", "векам", "вв.") and len(values) == 1
    spoken = [in_words(value, to="ordinal", case=case, plural=plural) for value in values]
    return f"{' – '.join(spoken)} {_CENTURY_WORDS[noun][case] if noun in _CENTURY_WORDS else match['noun']}"


def speak_roman_before_word(match: re.Match[str]) -> str:
    values = [roman_value(match[group]) for group in ("roman", "roman2") if match[group]]
    case = _case_before(match) if _preposition_before(match) else None
    form = russianforms.agreeing_form(match["word"], case)
    if not all(values) or form is None:
        return match.group()
    plural = form.plural and len(values) == 1  # II–III кварталах: each numeral names one
    ordinals = (in_words(v, to="ordinal", case=form.case, gender=form.gender, plural=plural) for v in values)
    return " – ".join(ordinals)


def speak_roman_after_word(match: re.Match[str]) -> str:
    value, forms = roman_value(match["roman"]), russianforms.forms(match["head"])
    numbered = (f for f in forms if f.name or (f.lemma in _NUMBERED_LABELS and not f.animate))
    if not value or (form := next(numbered, None)) is None:
        return match.group()
    return f"{match['head']} {in_words(value, to='ordinal', case=form.case, gender=form.gender)}"


def speak_title_number(match: re.Match[str]) -> str:
    """GTA VI → GTA шесть: the number of a title in its series, after the title's Latin name."""
    value = roman_value(match["roman"])
    return in_words(value) if value else match.group()


def _preposition_before(match: re.Match[str]) -> bool:
    before = match.string[: match.start()].split()
    return bool(before) and before[-1].lower().lstrip('(«"“') in _CASES


# A label before a range names several (С. 258-261 → страницы двести пятьдесят восемь – двести шестьдесят один).
LABEL_PLURALS = {"страница": "страницы", "том": "тома", "выпуск": "выпуски", "часть": "части", "глава": "главы",
                 "статья": "статьи", "пункт": "пункты", "лист": "листы"}  # fmt: skip
_RANGE_AHEAD = re.compile(r"\d+\s?[-–—]\s?\d")


def speak_label(match: re.Match[str]) -> str:
    noun = LABELS[match["label"]]
    return (LABEL_PLURALS.get(noun, noun) if _RANGE_AHEAD.match(match.string, match.end()) else noun) + " "


# A dose's unit after a form's blank for its amount (Раствор для инъекций ... % ... мл в ампулах): the amount left
# open is counted as a many, the unit in its genitive plural (миллилитров), the line break before it kept.
BLANK_UNIT = re.compile(rf"{AFTER_BLANK}(?P<unit>мл|мг|мкг|кг)(?![\w/.-])")


def speak_unit_after_blank(match: re.Match[str]) -> str:
    """... мл → ... миллилитров."""
    return match["gap"] + COUNTED[match["unit"]][2]


# The words of a price, before whose slash the unit is what is paid for (тенге/кВт*ч → тенге за киловатт-час).
_PRICE_STEMS = ("тенге", "тг", "руб", "долл", "евро", "сом", "коп", "юан")
_TIME_UNITS = frozenset(("ч", "сут.", "мес."))


def speak_per_unit(match: re.Match[str]) -> str:
    """тенге/Гкал → тенге за гигакалорию: the slash after a price's word is за, the unit after it accusative; after
    an amount the slash is в before a span of time (кубометров/сут. → кубометров в сутки) and на before anything else
    (киловатт-часов/чел. → киловатт-часов на человека)."""
    unit, before = match["unit"], match.string[: match.start()].split()[-1:]
    gap = " " if match.string[match.end() : match.end() + 1].isalpha() else _stop_kept(match, unit)  # чел.в мес
    if before and before[0].lower().startswith(_PRICE_STEMS):
        return f" за {PER_UNITS[unit]}{gap}"
    return f" {'в' if unit in _TIME_UNITS else 'на'} {PER_UNITS[unit]}{gap}"


def speak_place(match: re.Match[str]) -> str:
    return PLACES[match["place"]]


def speak_place_noun(match: re.Match[str]) -> str:
    """г. Алматы → город Алматы, в г. Караганде → в городе Караганде: the noun in the case of the preposition, or in
    the genitive after a noun (театра г. Шымкента → города Шымкента)."""
    case = _place_case(match.string, match.start())
    return PLACE_NOUNS[match["noun"].lower()].split()[_CASE_ORDER.index(case)] + " "


def _place_case(text: str, start: int) -> str:
    """The case of a place's noun at `start`; one joined by и/или to a place before it shares that one's case (на
    пересечении ул. Майлина и пр. Аль-Фараби → улицы Майлина и проспекта Аль-Фараби), and one after another place's
    noun is that one's (на уг. ул. Абая → на углу улицы Абая)."""
    coordinated = _COORDINATED_PLACE.search(text, 0, start)
    if coordinated:
        return _place_case(text, coordinated.start())
    before = text[:start].split()
    word = before[-1].lower().lstrip('(«"“') if before else ""
    owned = _is_noun(word) or word in PLACE_NOUNS  # уг. ул. Абая: the corner of the street
    return _PLACE_CASES.get(word) or ("genitive" if owned else "nominative")


def speak_contraction(match: re.Match[str]) -> str:
    """р-на → района, кол-во → количество, Вашего пр-ва → превосходительства."""
    stem = match["stem"].lower()
    before = match.string[: match.start()].split()
    owned = bool(before) and before[-1].lower() in _POSSESSIVES
    return (_HONORIFICS.get(stem, CONTRACTIONS[stem]) if owned else CONTRACTIONS[stem]) + match["ending"]


def _is_noun(word: str) -> bool:
    """A word a place's name may depend on: Russian letters only (no punctuation after it; р-на, пресс-служба), no
    verb's ending."""
    return (
        bool(re.fullmatch("[а-яё]+(?:-[а-яё]+)?", word))
        and len(word) > 2
        and word not in _NOT_NOUNS
        and not _VERB_ENDING.search(word)
    )


def speak_clipped_noun(match: re.Match[str]) -> str:
    """Уральского укр. → Уральского укрепления: a noun clipped after an adjective, in the adjective's case; as
    written when the word before is no adjective."""
    before = match.string[: match.start()].split()
    word = before[-1].lower() if before else ""
    case = next(
        (case for ending, case in _ADJECTIVE_CASES if word.endswith(ending) and len(word) > len(ending) + 1), None
    )
    if case is None:
        return match.group()
    noun = match["noun"].lower()
    return CLIPPED_NOUNS[noun].split()[_CASE_ORDER.index(case)] + _stop_kept(match, noun)


def plural_form(number: str, forms: tuple[str, str, str]) -> str:
    """The form of a counted word after `number`: 1 (21, 101) → first, 2–4 (22, 103) and a fraction → second, the
    rest → third."""
    if "," in number or "." in number:
        return forms[1]
    n = int(re.sub(r"\D", "", number)[-2:] or "0")  # the last two digits decide, however long the number
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    return forms[1] if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else forms[2]


def _counted(number: str, counted: str, case: str) -> str:
    forms = COUNTED[counted]
    if "," in number:  # a decimal counts in the genitive singular (около 2,5 млн → … миллиона), but полутора тысяч
        return forms[2] if number == _ONE_AND_A_HALF and case not in ("nominative", "accusative") else forms[1]
    if case in ("nominative", "accusative"):
        return plural_form(number, forms)
    return forms[1] if plural_form(number, forms) == forms[0] else forms[2]  # до 10% → десяти процентов


def _cardinal(number: str, case: str = "nominative", gender: str = "m") -> str:
    """A written number (12 500, 3,5, 43.2) in Russian words; a fraction is read as целых, 1,5 as полтора."""
    whole, _, fraction = re.sub(r"[ \u00a0]", "", number).replace(".", ",").partition(",")
    if f"{whole},{fraction}" == _ONE_AND_A_HALF:
        if case not in ("nominative", "accusative"):
            return "полутора"  # около 1,5 тысячи → около полутора тысяч
        return "полторы" if gender == "f" else "полтора"
    if max(value_of(whole), value_of(fraction or "0")) > MAX_CARDINAL:
        return _digits(whole + fraction)  # past the named scales: digit by digit, as the Kazakh reading says it
    if fraction:  # 2,5 → две целых пять десятых; около 2,5 → около двух целых пяти десятых
        return f"{_part(int(whole), 1, case)} {_part(int(fraction), 10 ** len(fraction), case)}"
    spoken = in_words(int(whole), case=case, gender=gender, animate=False)  # на 21 день → двадцать один
    return _ONE_THOUSAND.sub("", spoken)  # 1993 → тысяча девятьсот девяносто три, as it is said


def _part(count: int, denominator: int, case: str) -> str:
    """A decimal's whole or fractional part: its count (feminine) and the word it counts, целая or the denominator
    (десятая, сотая…), singular after 1 (одна целая, одной десятой), else genitive plural after a count in the
    nominative or accusative (две целых, пять десятых) and plural in the count's case after another (двух целых)."""
    number = _ONE_THOUSAND.sub("", in_words(count, case=case, gender="f", animate=False))
    if plural_form(str(count), ("one", "few", "many")) == "one":
        word = _WHOLE[case] if denominator == 1 else _ordinal(denominator, case=case, gender="f")
        return f"{number} {word}"
    case = "genitive" if case in ("nominative", "accusative") else case
    return f"{number} {_WHOLES[case] if denominator == 1 else _ordinal(denominator, case=case, plural=True)}"


# A common fraction, its numerator below its denominator (1/2 финала, 3/4 площади): a count of the denominator's
# parts, as a decimal's are counted (одна вторая, три четвёртых); not a document's number after № (№ 1/2), nor a
# round-the-clock 24/7 or a date with its year (12/05/2024). A day and month alone (5/12) reads as a fraction.
FRACTION = re.compile(r"(?<![\w.,/№-])(?<!№ )(?P<numerator>\d{1,2})/(?P<denominator>\d{1,2})(?![\w/]|[.,]\d)")


def speak_fraction(match: re.Match[str]) -> str:
    """1/2 финальная игра → одна вторая финальная игра; на 2/3 → на две третьих."""
    numerator, denominator = int(match["numerator"]), int(match["denominator"])
    if not 0 < numerator < denominator:
        return match.group()
    return _part(numerator, denominator, _case_before(match))


def _ordinal(number: int, **form: str | bool) -> str:
    return in_words(number, to="ordinal", **form)


def speak_number(match: re.Match[str]) -> str:
    """A cardinal or a range in the case the preposition before it demands, with the word it counts agreeing with
    the last number (3 млн → три миллиона, +24–26 °C → плюс двадцать четыре – двадцать шесть градусов); a noun in an
    oblique plural after it says the case where it can (с 10 участниками → с десятью, 5 областям → пяти)."""
    counted = match["counted"]
    ends = [(match[f"sign{i}"], _written(match, i)) for i in ("", "2") if match[f"whole{i}"]]
    if (ranked := _ranked_part(match, ends)) is not None:
        return ranked
    case = _noun_case(match) or _count_case(match, ends[-1][1])
    gender = "f" if counted in _FEMININE else _counted_gender(match, ends[-1][1], case)
    spoken = " – ".join(_SIGNS.get(sign or "", "") + _cardinal(number, case, gender) for sign, number in ends)
    if not counted:
        return spoken
    return f"{spoken} {_counted(ends[-1][1], counted, case)}" + _stop_kept(match, counted)


# A part of a book, a course or a contest in the nominative singular, with its gender: after a count above one it
# would stand in the genitive (2 главы, 5 глав, 3 тома), so a number before this form is the part's rank.
PART_NOUNS = {
    **dict.fromkeys(("глава", "часть", "серия", "книга", "лекция", "тема", "неделя"), "f"),
    **dict.fromkeys(("том", "раздел", "урок", "выпуск", "параграф", "этап", "тур", "семестр"), "m"),
}
_PART_DIGITS = 3  # a part's rank: no book has a thousand chapters, and a longer digit run is no rank
_PART_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>[а-яё]+)(?![\w-])")


def _ranked_part(match: re.Match[str], ends: list[tuple[str | None, str]]) -> str | None:
    """2 глава → вторая глава, 3 том → третий том: a lone whole number above one (not 21, whose noun is singular as a
    count's) before a part's noun in the nominative singular is its rank, an ordinal of the noun's gender; None for
    any other number (2 главы, 21 глава, 1,5 тома, в 3 томе), left to the count."""
    if match["counted"] or len(ends) != 1 or ends[0][0] or not ends[0][1].isdigit() or len(ends[0][1]) > _PART_DIGITS:
        return None
    following = _PART_NOUN_AFTER.match(match.string, match.end())
    number = ends[0][1]
    if not following or (gender := PART_NOUNS.get(following["noun"])) is None:
        return None
    if plural_form(number, ("one", "few", "many")) == "one" or _case_before(match) != "nominative":
        return None
    return _ordinal(int(number), case="nominative", gender=gender)


def _count_case(match: re.Match[str], number: str) -> str:
    """The case the preposition before a count demands; по giving each so many takes the accusative of any count but
    one (по 7 мешков → по семь мешков, по 2 тыс. → по две тысячи; по 1 → по одному)."""
    case = _case_before(match)
    before = match.string[: _coordination_head(match.string, match.start())].split()
    distributive = before and before[-1].lower().lstrip('(«"“') == "по"
    if distributive and plural_form(number, ("one", "few", "many")) != "one":
        return "accusative"
    return case


def _stop_kept(match: re.Match[str], abbreviation: str) -> str:
    """The full stop of an abbreviation that ends a sentence ends it still (… 112 с. → … сто двенадцать страниц.)."""
    ends_sentence = _SENTENCE_AFTER.match(match.string, match.end())
    return "." if abbreviation.endswith(".") and ends_sentence else ""


# The endings that tell the gender of the noun a number counts, in the form the number gives it in the nominative and
# the accusative: after 1 the singular (одно очко, одна победа, одну неделю; время and имя are neuter, a participle in
# -йся masculine: один учащийся), after 2–4 the genitive singular (две недели; два очка, as a masculine noun's).
# Anything else counts as masculine.
_GENDER_ENDINGS = {
    "one": (("йся", "m"), ("мя", "n"), ("а", "f"), ("я", "f"), ("у", "f"), ("ю", "f"), ("о", "n"), ("е", "n"),
            ("ё", "n")),
    "few": (("ы", "f"), ("и", "f")),
}  # fmt: skip


def _counted_gender(match: re.Match[str], number: str, case: str) -> str:
    """The gender a cardinal takes from the noun after it (1 очко → одно очко, 21 победа → двадцать одна победа)."""
    following = _NEXT_WORD.match(match.string, match.end())
    if match["counted"] or not following or case not in ("nominative", "accusative"):
        return "m"
    endings = _GENDER_ENDINGS.get(plural_form(number, ("one", "few", "many")), ())
    return next((gender for ending, gender in endings if following["word"].endswith(ending)), "m")


def _noun_case(match: re.Match[str]) -> str | None:
    following = _NEXT_WORD.match(match.string, match.end())
    if match["counted"] or not following:
        return None
    return next((case for ending, case in _PLURAL_ENDINGS if following["word"].endswith(ending)), None)


def _written(match: re.Match[str], end: str) -> str:
    return match[f"whole{end}"] + (f",{match[f'fraction{end}']}" if match[f"fraction{end}"] else "")


def speak_coordinate(match: re.Match[str]) -> str:
    """50°с.ш. → пятьдесят градусов северной широты; 37°15′ → тридцать семь градусов пятнадцать минут."""
    if not coordinates.is_coordinate(match):
        return match.group()
    words = [
        f"{_cardinal(number, gender='f' if unit in _FEMININE else 'm')} {plural_form(number, COUNTED[unit])}"
        for number, unit in coordinates.parts(match)
    ]
    return " ".join(words) + coordinates.hemisphere(match, "ru") + (" " if match.group()[-1].isspace() else "")


# A house's or a building's number with its letter run on (Привокзальный 3А, дом 20Б): the number in its case, then
# the letter's name (три а, двадцать бэ); not В, Д, К, Т and the like, which run on as units and formats (220В, 3Д, 4К).
LETTERED_NUMBER = re.compile(r"(?<![\w.,/-])(?P<number>\d{1,4})(?P<letter>[АБГЕЖИ])(?![\w-])")


def speak_lettered_number(match: re.Match[str]) -> str:
    """3А → три а, в доме 20Б → в доме двадцать бэ."""
    return f"{_cardinal(match['number'], _case_before(match))} {spell(match['letter'])}"


_SOFT_OR_HARD_SIGN = re.compile("[ЬЪ]")
# Russian's short words: its prepositions, conjunctions, particles and pronouns. In a heading set in capitals (…
# РЕКОМЕНДАЦИЙ ПО СТАНДАРТИЗАЦИИ) one is that word, not an initialism's letters.
FUNCTION_WORDS = frozenset(
    "и в во не что это как на с со по для от до из к у за о об мы вы он она они я ты но а же ли бы был была было "
    "были есть нет так все всё его её их мне нам вам при над под уже ещё только также который которая которые".split()
)


def speak_initialism(match: re.Match[str]) -> str:
    """РК → эр ка, ЕАЭС → еаэс, КазССР → каз эс эс эр: the letters' names, or a word where the letters can be said as
    one; a short word in a heading set in capitals is that word (ПО → по), and so are capitals with a sign in them
    (ЖИЗНЬ → жизнь)."""
    word = match.group()
    if match["head"]:  # КазССР → каз эс эс эр, КазГУ → казгу
        capitals_part = word[len(match["head"]) :]
        return word.lower() if pronounceable(word.upper()) else f"{match['head'].lower()} {spell(capitals_part)}"
    if word.lower() in FUNCTION_WORDS and capitals.in_heading(match.string, match.start(), match.end()):
        return word.lower()
    if _SOFT_OR_HARD_SIGN.search(word):  # ЖИЗНЬ: no initialism holds a sign, which names no sound of its own
        return word.lower()
    return word.lower() if pronounceable(word) else spell(word)


# The number sign after за or под, a document's "under number" (за № 11470, под № 5), is said in the instrumental.
_INSTRUMENTAL_NUMBER = frozenset(("за", "под"))


def speak_abbreviation(match: re.Match[str]) -> str:
    written = match.group().lower()
    before = match.string[: match.start()].split()
    if written == "№" and before and before[-1].lower() in _INSTRUMENTAL_NUMBER:
        return " номером "
    return " " + ABBREVIATIONS[written] + " "


_ABBREVIATION = "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_DAY = r"0?[1-9]|[12]\d|3[01]"  # a dateline writes 08 марта
_ROMAN = r"[IVXLC]{1,7}|[IVXІХ]{1,7}"
# A Roman numeral before a word is its ordinal, agreeing with it in case, gender and number (на XX съезде → на
# двадцатом съезде, во II квартале, XXII зимних Олимпийских игр → двадцать вторых); after a first name, the name's
# (Петр I → Петр первый, при Николае II → при Николае втором) or a label's that it numbers (Глава II закона → глава
# вторая закона, в части III → в части третьей). A lone C or L is a Latin letter typed for Cyrillic.
_ROMAN_ORDINAL = rf"(?!(?:C|L)\b)(?:{_ROMAN})"

# Two centuries joined by the part of the later one a span reaches (во второй половине XIX – начале XX веков, XVIII –
# середины XIX в.): the first is the century of the part named before it, in the genitive (половине девятнадцатого
# века, its noun left to the last), the second the century of the part after the dash; each names one century.
CENTURY_PARTS = re.compile(
    rf"(?<![\w-])(?P<roman>{_ROMAN})\s?[–—-]\s?(?P<part>(?:начал|конц|середин)[аеыу]?)\s+(?P<roman2>{_ROMAN})"
    r"\s+(?P<noun>век(?:а|ов)\b|вв?\.)"
)
_CENTURIES_WORD = {"века": "века", "в.": "века", "веков": "веков", "вв.": "веков"}


def speak_century_parts(match: re.Match[str]) -> str:
    """XIX – начале XX веков → девятнадцатого – начале двадцатого веков."""
    first, last = roman_value(match["roman"]), roman_value(match["roman2"])
    if not first or not last:
        return match.group()
    ordinals = (in_words(value, to="ordinal", case="genitive") for value in (first, last))
    noun = _CENTURIES_WORD[match["noun"]] + _stop_kept(match, match["noun"])
    return f"{next(ordinals)} – {match['part']} {next(ordinals)} {noun}"


ROMAN_BEFORE_WORD = re.compile(
    rf"(?<![\w-])(?P<roman>{_ROMAN_ORDINAL})(?:\s?[-–—]\s?(?P<roman2>{_ROMAN_ORDINAL}))?(?=\s+(?P<word>[а-яёА-ЯЁ]+))"
)
ROMAN_AFTER_WORD = re.compile(rf"(?<![\w-])(?P<head>[А-ЯЁа-яё]+)\s+(?P<roman>{_ROMAN_ORDINAL})(?![\w-])")
# A Roman numeral opening a line with a stop or a bracket before a word numbers a dictionary's sense or a list's item
# (I. ступа, II. разг. кило): its number in the nominative, as 1) before a sense is один (not the Latin letters ай).
ROMAN_ITEM = re.compile(rf"(?m)^[ \t]*(?P<roman>{_ROMAN_ORDINAL})(?=[.)][ \t]+[а-яёА-ЯЁ])")
# A Roman numeral of two letters or more after a Latin name numbers a title in its series (GTA VI, Final Fantasy VII,
# Rocky II): Russian says it as a cardinal in the nominative, as the name it belongs to does not decline (в GTA VI →
# в GTA шесть), and not as the Latin letters ви ай.
TITLE_NUMBER = re.compile(r"(?<=[A-Za-z]{2}[ \u00a0])(?P<roman>[IVX]{2,6})(?![\w-])")
_NUMBERED_LABELS = frozenset(
    "глава часть том раздел статья пункт выпуск книга приложение этап тур степень категория группа класс".split()
)
_LABEL = "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
_PLACE_NOUN = "|".join(re.escape(noun) for noun in sorted(PLACE_NOUNS, key=len, reverse=True))
_PLACE = "|".join(re.escape(place) for place in sorted(PLACES, key=len, reverse=True))
# A place's noun and its name (one or two words, the first capitalised) before и/или and another place's noun.
_COORDINATED_PLACE = re.compile(rf"(?<![\w.])(?:{_PLACE_NOUN})\s*[А-ЯЁA-Z][\w-]*(?:\s+[\w-]+)?\s+(?:и|или)\s+$")
_CONTRACTION = "|".join(re.escape(stem) for stem in sorted(CONTRACTIONS, key=len, reverse=True))
_CLIPPED = "|".join(re.escape(noun) for noun in sorted(CLIPPED_NOUNS, key=len, reverse=True))
_PER_UNIT = "|".join(re.escape(unit) for unit in sorted(PER_UNITS, key=len, reverse=True))
_LAST_DAY = 31
_TEN = 10
# A decimal's fraction after a comma, or after a stop before a counted unit (28.86 Kb, 2.5 км): one or two digits, as
# a stop before three groups thousands (2.500 руб.).
_DOT_BEFORE_UNIT = (
    r"\.(?=\d{{1,2}}\s?(?:" + "|".join(re.escape(u) for u in sorted(COUNTED, key=len, reverse=True)) + r")(?!\w))"
)
_NUMBER = (
    r"(?P<whole{end}>\d{{1,3}}(?:[ \u00a0]\d{{3}})+|\d+)"
    r"(?:(?:,|" + _DOT_BEFORE_UNIT + r")(?P<fraction{end}>\d+))?(?!\d)"
)
# A dateline opening with its weekday (Пятница, 20 Ноябрь 2015; Воскресенье, 27 Апр 2025): Russian by its weekday.
WEEKDAY_DATE = re.compile(
    rf"(?<![^\W\d_])(?P<weekday>{'|'.join(WEEKDAYS)})(?:\s?,)?\s+(?P<day>{_DAY})\s+"
    rf"(?P<month>{'|'.join(sorted(MONTH_FORMS, key=len, reverse=True))})(?![^\W\d_])\.?"
    r"(?:,?\s+(?P<year>1\d{3}|20\d{2})(?!\d)(?:\s?(?:г\.|года\b))?)?",
    re.I,
)
# A date a page's software prints month first, in the English order (просмотрено май 18, 2024; Сен 6, 2021): the
# month in the nominative (a clip said whole), the day's ordinal in the nominative, the year's in the genitive; the
# year is needed, as a month and a number alone (май 18) may be anything.
MONTH_FIRST_DATE = re.compile(
    rf"(?<![^\W\d_])(?P<month>{'|'.join(NOMINATIVE_MONTHS)}|{_CLIPPED_MONTH})(?![^\W\d_])\s+(?P<day>{_DAY})"
    r"(?P<comma>,?)\s+(?P<year>1\d{3}|20\d{2})(?![\d.,]\d)(?:\s?(?:г\.|года\b))?",
    re.I,
)


def speak_month_first_date(match: re.Match[str]) -> str:
    """май 18, 2024 → май восемнадцатое, две тысячи двадцать четвёртого года; Сен 6, 2021 → сентябрь шестое, …"""
    month = NOMINATIVE_MONTHS[MONTHS.index(MONTH_FORMS[match["month"].lower().rstrip(".")])]
    return f"{month} {_day(match['day'], 'nominative')}{match['comma']}{_of_year(match['year'])}"


# An archive document's heading dates it year first, then the month's genitive and the day (1845 г. ноября 13.),
# as Russian archive publications print their documents: said in that order, the year and the day in the genitive.
ARCHIVE_DATE = re.compile(
    rf"(?<![\d.,])(?P<year>1\d{{3}}|20\d{{2}})\s?г\.\s+(?P<month>{_MONTHS})\s+(?P<day>{_DAY})(?![\d.,]\d|\w)"
)


# A date a page's software writes year first (Работа добавлена на сайт: 2015-07-05): the ISO form, a year of the
# 1900s or 2000s, a month and a day of two digits each; said as the dotted date is (пятое июля две тысячи
# пятнадцатого года). A range of years (2015-2016) has no third part.
ISO_DATE = re.compile(
    r"(?<![\w.,/-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-]|[.,]\d)"
)


def speak_archive_date(match: re.Match[str]) -> str:
    """1845 г. ноября 13 → тысяча восемьсот сорок пятого года ноября тринадцатого."""
    return f"{_of_year(match['year']).strip()} {match['month']} {_day(match['day'], 'genitive')}"


# A dateline's time after its year (30 ноября 2013 в 11:34): the year is the date's, not a count before a word.
_AT_CLOCK = r"(?=[ \t]+в[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))"
# ЧМ-2026 too; a clipped word may head the capitals (КазССР, КазГУ: a republic's or a school's name)
_INITIALISM = re.compile(r"(?<![\w-])(?P<head>[А-ЯЁ][а-яё]{2,4})?[А-ЯЁ]{2,5}(?!\w|-(?!\d))")
_COUNTED = "|".join(re.escape(a) for a in sorted(COUNTED, key=len, reverse=True) if a not in _ANGLE_UNITS)


def in_words(number: float, **form: str | bool) -> str:
    """NUMBER in Russian words, in the case, gender and number of FORM (num2words: imported on first use, as it
    takes a few hundredths of a second, and most texts have no Russian in them). What a number counts or orders in
    news is a thing, not a person: its accusative is inanimate (на 2023 год → две тысячи двадцать третий год)."""
    from num2words import num2words

    return num2words(number, lang="ru", **{"animate": False, **form})


# A number joined by a hyphen to the word it makes an adjective or a noun of (25-летний, 30-летия, 9-этажный,
# 2-комнатная, 10-процентный): said as one word, the number's genitive run onto it (двадцатипятилетний), as Russian
# writes these compounds; one is одно, and a hundred, ninety and a thousand keep their own stems (столетие,
# девяностолетний, тысячелетие).
_COMPOUND_TAILS = (
    "лет", "процент", "кратн", "этажн", "комнатн", "дневн", "часов", "месячн", "тонн", "метров", "километров",
    "градусн", "минутн", "секундн", "тысячн", "миллионн", "местн", "серийн", "томн", "ствольн",
)  # fmt: skip
NUMBER_COMPOUND = re.compile(
    rf"(?<![\w.,-])(?P<number>\d{{1,4}})-(?P<tail>(?:{'|'.join(_COMPOUND_TAILS)})[а-яё]*)(?![\w-])"
)
_COMPOUND_STEMS = {"одного": "одно", "ста": "сто", "девяноста": "девяносто", "тысячи": "тысяче", "тысяч": "тысяче"}


def speak_number_compound(match: re.Match[str]) -> str:
    """25-летний → двадцатипятилетний, 100-летие → столетие, 2-комнатная → двухкомнатная."""
    words = in_words(int(match["number"]), case="genitive").split()
    if words[0] == "одной" and len(words) > 1:
        words = words[1:]  # 1000-летие: тысячелетие, not одной тысячи
    stems = [_COMPOUND_STEMS.get(word, word) for word in words]
    return "".join(stems) + match["tail"]


# A lone Latin letter typed for the Russian preposition or conjunction it looks like (дружбу c Казахстаном, o нём, y
# нас): in lower case before a Russian word or a number, or a capital opening the sentence (C 1 января, B 2024 году).
# A capital elsewhere is a label (группа C, витамин B) and stays a letter.
_CYRILLIC_TWINS = str.maketrans("coyakCOYAKB", "соуакСОУАКВ")
LATIN_TWIN_WORD = re.compile(
    r"(?<![\w.-])[coyak](?= [а-яёА-ЯЁ\d])|(?:^|(?<=[.!?…] )|(?<=[«\"„“(]))[COYAKB](?= [а-яё\d])", re.M
)


def speak_cyrillic_twin(match: re.Match[str]) -> str:
    return match.group().translate(_CYRILLIC_TWINS)


def _digits(text: str) -> str:
    """Digit by digit in Russian: 03 → ноль три."""
    return " ".join(in_words(int(d)) for d in text)


def speak_registration_code(match: re.Match[str]) -> str:
    """A certificate's or a grant's code in a Russian passage: its letters spelled, its digits said one by one in
    Russian (№ KZ03VPY00029269 → номер кей зет ноль три ви пи уай ноль ноль ноль два девять два шесть девять),
    not as a count that would drop the zeros."""
    return lettercodes.registration_code_words(match, _digits, _cardinal)


def speak_web_address(match: re.Match[str]) -> str:
    """Читайте на 123ru.net → сто двадцать три ру точка нет: its numbers in Russian, as its marks are."""
    return webaddresses.read_russian_web_address(match, lambda written: dictated(written, in_words(0), _cardinal))


def _guess(name: str, pattern: re.Pattern[str], speak: Callable[[re.Match[str]], str]) -> Rule:
    return Rule(name, pattern, speak, RUSSIAN_KIND, guess=True)


# A Russian label typed onto its number, as a document site's header runs them (Размер28.86 Kb., Дата15.01.2023,
# файла5 кл): the space put back, so the number is read whole, a decimal, a date, as it would be after the space
# (not run into digit by digit). A short word (м2, кв3) is a unit's or a code's and keeps its digit.
GLUED_NUMBER = re.compile(r"(?<![\w-])[А-ЯЁа-яё]?[а-яё]{3,}(?=\d)")
GLUED_NUMBER_MARK = re.compile(r"[а-яё]\d")  # `Rule.needs`


@cache
def rules() -> list[Rule]:
    return [
        Rule(
            "russian written in kazakh latin letters",
            russianlatin.WORD,
            russianlatin.read_word,
            "latin",
            needs=russianlatin.MARK,
        ),
        Rule(
            "russian space before a glued number",
            GLUED_NUMBER,
            lambda m: m.group() + " ",
            "mark",
            needs=GLUED_NUMBER_MARK,
        ),
        Rule(
            "russian web address",
            webaddresses.WEB_ADDRESS,
            speak_web_address,
            "web",
            needs=webaddresses.ADDRESS_MARK,
        ),
        Rule(
            "russian file name's extension",
            webaddresses.FILE_EXTENSION,
            webaddresses.speak_russian_file_extension,
            "web",
            needs=webaddresses.ADDRESS_MARK,
        ),
        Rule(
            "russian file extension glued to a word",
            webaddresses.GLUED_FILE_EXTENSION,
            webaddresses.speak_glued_file_extension,
            "web",
            needs=webaddresses.GLUED_FILE_EXTENSION_MARK,
        ),
        Rule("latin letter for a russian word", LATIN_TWIN_WORD, speak_cyrillic_twin, "mark"),
        _guess("russian coordinate", coordinates.COORDINATE, speak_coordinate),
        _guess("russian dateline", WEEKDAY_DATE, speak_dateline),
        _guess("russian archive date", ARCHIVE_DATE, speak_archive_date),
        _guess("russian month-first date", MONTH_FIRST_DATE, speak_month_first_date),
        _guess("russian iso date", ISO_DATE, speak_numeric_date),
        _guess(
            "russian date",
            re.compile(
                rf"(?<![\d.,])(?:(?P<first>{_DAY})(?:\s?[-–—−]\s?|\s+(?P<joiner>по|до|и|или)\s+))?"
                rf"(?P<quote>[«\"“]\s?)?(?P<day>{_DAY})(?(quote)\s?[»\"”])\s+"  # a form's quoted day: «29» октября
                rf"(?P<this>(?:сего|текущего|прошлого)\s+)?(?P<month>(?i:{_MONTHS}|{_CLIPPED_MONTH}))(?:(?P<comma>,)?\s+(?P<year>1\d{{3}}|20\d{{2}})"
                rf"(?:\s?(?:г\.|года\b)|{_AT_CLOCK}|(?!\d|[.,]\d|[ \t]*[a-zа-яёәғқңөұүһі])))?"  # a dateline's year
                # stands without года, after a comma too (26 декабря, 2023), before a capital that opens the next words
                # (24 декабря 2018 Қазақтың…) and before в and its time (30 Ноября 2013 в 11:34, a page's capital
                # month too); not before a word in lower case it counts (5 мая 2000 человек)
            ),
            speak_date,
        ),
        _guess("russian centuries by their parts", CENTURY_PARTS, speak_century_parts),
        _guess(
            "russian century",
            re.compile(
                rf"(?<![\w-])(?P<roman>{_ROMAN})(?:\s?[-–—]\s?(?P<roman2>{_ROMAN}))?"
                r"\s+(?P<noun>век(?:а|е|у|ом|ов|ах|ам)?\b|вв?\.)"
            ),
            speak_century,
        ),
        _guess("russian title number", TITLE_NUMBER, speak_title_number),
        _guess("russian numbered name", ROMAN_AFTER_WORD, speak_roman_after_word),
        _guess("russian roman ordinal", ROMAN_BEFORE_WORD, speak_roman_before_word),
        _guess("russian roman item", ROMAN_ITEM, speak_title_number),
        _guess("russian initialism", _INITIALISM, speak_initialism),
        _guess(
            "russian year",
            re.compile(
                rf"(?<![\d.,])(?P<listed>(?:{_YEAR}(?:\s?,\s?|\s+(?:и|или)\s+))+)?"
                rf"(?P<year>{_YEAR})(?:\s?[–—-]\s?(?P<year2>{_YEAR}))?"
                r"\s?(?P<noun>г\.|гг\.|год(?:а|у|ом|ы|ов|ах|ам|ами)?\b)(?!\w)"
            ),
            speak_year,
        ),
        _guess("russian number compound", NUMBER_COMPOUND, speak_number_compound),
        _guess("russian milestone", MILESTONE, speak_milestone),
        _guess(
            "russian ordinal",
            re.compile(r"(?<![\w.,])(?:(?P<first>\d+)\s?[–—−-]\s?)?(?P<number>\d+)-(?P<ending>[а-я]{1,3})(?![\w-])"),
            speak_ordinal,
        ),
        _guess(
            "russian time",
            re.compile(r"(?<![\w.,:])(?P<hour>[01]?\d|2[0-3]):(?P<minutes>[0-5]\d)(?::(?P<seconds>[0-5]\d))?(?![\w:])"),
            speak_time,
        ),
        _guess("russian dotted time", DOTTED_TIME, speak_time),
        _guess("russian ordered noun", ORDERED_NOUN, speak_ordered_noun),
        _guess("russian fraction", FRACTION, speak_fraction),
        _guess("russian class number", CLASS_NUMBER, speak_class_number),
        Rule(
            "russian class noun after its number",
            CLASS_NOUN_NUMBER,
            speak_class_noun_number,
            RUSSIAN_KIND,
            guess=True,
            needs=CLASS_NOUN_NUMBER_MARK,
        ),
        _guess("russian score", SCORE, speak_score),
        _guess(
            "russian numeric date",
            re.compile(
                r"(?<![\w.,])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})(?:\s?(?:г\.|года\b))?(?![\w.]\d)"
            ),
            speak_numeric_date,
        ),
        _guess("russian label", re.compile(rf"(?<![\w.])(?P<label>{_LABEL})\s?(?=\d)"), speak_label),
        _guess(
            "russian place noun",
            re.compile(
                rf"(?<![\w.])(?<!\d\s)(?<!(?-i:[А-ЯЁ])\.\s)"
                rf"(?P<noun>{_PLACE_NOUN})\s?(?=(?-i:[А-ЯЁ][а-яё])|(?:{_PLACE_NOUN})\s?(?-i:[А-ЯЁ]))",
                re.I,
            ),
            # before a name in capitals, not after a number (5 р. за штуку) nor after a name's first initial (Е.С.
            # Исмаилова: С. is the second)
            speak_place_noun,
        ),
        _guess(
            "russian clipped noun",
            re.compile(rf"(?<=[а-яё]{{2}}\s)(?P<noun>{_CLIPPED})(?!\w)", re.I),
            speak_clipped_noun,
        ),
        _guess(
            "russian per unit",
            re.compile(rf"(?:(?<=[а-яё]{{3}})|(?<=[а-яё]\.))\s?/\s?(?P<unit>{_PER_UNIT})(?:(?<=\.)|(?![\w²³/]))"),
            speak_per_unit,  # after a word (тенге/Гкал, руб./т), not after a unit (км/ч, м/с); a clip's stop ends it
        ),
        _guess("russian unit after a blank", BLANK_UNIT, speak_unit_after_blank),
        _guess("russian place", re.compile(rf"(?<![\w.])(?P<place>{_PLACE})(?=\s?:)"), speak_place),
        _guess("russian house number with a letter", LETTERED_NUMBER, speak_lettered_number),
        Rule(
            "russian registration code",
            lettercodes.REGISTRATION_CODE,
            speak_registration_code,
            RUSSIAN_KIND,
            needs=lettercodes.REGISTRATION_MARK,
        ),
        Rule(
            "russian thousands grouped with commas",
            grouping.GROUPED_WITH_COMMAS,
            grouping.space_thousands,
            "mark",
            needs=grouping.COMMA_GROUP,
        ),
        _guess(
            "russian number",
            re.compile(
                rf"(?<![\w.,])(?P<sign>[+−]|(?<!\w)-(?=[\d,]+\s?°))?{_NUMBER.format(end='')}"
                rf"(?:\s?(?:[–—−]|\.\.\.|…|-(?=[+−]?\d))\s?(?P<sign2>[+−-])?{_NUMBER.format(end='2')})?"
                rf"(?:\s?(?P<counted>{_COUNTED})(?!\w){_SCALE_STOP})?"
            ),
            speak_number,
        ),
        _guess(
            "russian digits",
            re.compile(rf"\d+|[{digit_like()}]+"),  # superscripts and circled numbers too (м², ①)
            lambda m: f" {in_words(int(''.join(str(unicodedata.digit(ch)) for ch in m.group())))} ",
        ),
        _guess(
            "russian contraction",
            re.compile(rf"(?<![\w-])(?P<stem>{_CONTRACTION})(?P<ending>[а-яё]{{0,3}})(?![\w-])", re.I),
            speak_contraction,
        ),
        _guess(
            "russian abbreviation",
            re.compile(rf"(?<![\w./])(?:{_ABBREVIATION})(?!\w)|№", re.I),  # №8 too; after a slash: a rate's unit
            speak_abbreviation,
        ),
    ]

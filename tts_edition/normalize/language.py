"""Which language each sentence and each quoted span of Kazakh text is in: Kazakh, Russian or English.

Kazakh news quotes Russian («Мы ценим дружбу», – деді ол.) and books carry Russian and English titles. Each
sentence, and each quotation inside it, is given one language, by its letters and words:

- Cyrillic with a letter only Kazakh has (ә ғ қ ң ө ұ ү һ і) is Kazakh; almost every Kazakh sentence has one. A
  name says nothing: a word in title case inside the span (Қазақстан in a Russian reference) is left out.
- Cyrillic without them is Russian when its telling words (the first, and those in lower case: names are no
  evidence; a heading's one-letter joint in capitals, ГЕОГРАФИЯ И ГЕОЛОГИЯ, too; a unit's letter after a number,
  9,58 с, is none) have a letter Kazakh words do not use (ё ъ щ, or ы/ь where Russian has them: -ый, -ть), a Russian
  function word (и, в, не, что, это…), a Russian ending (-ого, -ая, -ться, -ил, -ает, -ние), or when the Kazakh
  dictionary (hunspell-kk) fails to know two of them and more than half (unless a number carries a Kazakh case
  ending: 1 400-ден), or when it is a Russian reference (its
  pages, 271 с., where a Kazakh one writes 271 б.; its place, М.: Наука; an archive's Ф. 333. Оп. 1. Д. 566.); it
  is Kazakh when the dictionary knows one of its words in lower case. A number says so too where the words are too
  few: the Russian noun it counts (12 баллов, 18 лет, 2004 год; inside a Kazakh line a Russian run of its own), the
  Russian preposition before it (от 25%, свыше 40%) or a page's Russian label over it (Размер: 1.33 Mб, Выпуск - №24).
- Latin is English when its words are English (the CMU dictionary knows most of them) and none is written in a
  Kazakh Latin alphabet (q, ǵ, ń, ı…); it is Russian when its words spell Russian ones in the 2018 Kazakh letters
  ("Kazahstanskaıa pravda" ot 08.10.2016 g.: `russianlatin`), as adilet.zan.kz prints its Russian sources.

A span of fewer than two words takes the language around it (a one-word Russian name in quotes stays in the
Kazakh sentence); quotations are looked at on their own only when they hold two words or more. A sentence that shows
neither language (a name and a year: «– Алматы: Санат, 1996.», «Том 1.») continues a Russian sentence before it in
its paragraph, and a full stop after an initial or an abbreviation written before names (А.И. Левшин, г. Алматы)
ends no sentence: a Russian reference or quotation stays Russian to its end. On the 37,281 words of the corpus these
two rules and the Russian endings of verbs and nouns change the language of four words only (two «Аль-Фараби,
Казахстан» after a Russian affiliation, now Russian).

Measured on 2,065 Cyrillic sentences of the Kazakh corpus (tests/normalisation/corpus) and 124 of Kazakhstan's
Russian-language news: these rules get 2,062 and 114 right (0.03 ms a sentence). Language-identification libraries
that ship their models and know kk and ru, given the whole sentence, take Kazakh lines of names and scores for
Russian: lingua 2,046 and 123 (103 MB, 0.75 s to load), its low-accuracy mode 2,047 and 124, py3langid 2,041 and
124, pycld2 2,055 and 106. Given only the telling words they add at most two Russian sentences (lingua's
low-accuracy mode: 2,062 and 116) for a 96 MB dependency, so the rules stay.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from tts_edition.languages import ENGLISH, KAZAKH, RUSSIAN
from tts_edition.normalize.abbreviations import of_kind
from tts_edition.normalize.capitals import heading_words, is_verb_form, is_word, known_stem
from tts_edition.normalize.chemistry import shared_name
from tts_edition.normalize.english import phonemes
from tts_edition.normalize.gates import rarest_character
from tts_edition.normalize.letterlabels import GENOTYPE
from tts_edition.normalize.marks import line_holding
from tts_edition.normalize.morphology import KAZAKH_LETTER, KAZAKH_LOWER, parse_suffixes
from tts_edition.normalize.numbering import OPTION_BRACKET
from tts_edition.normalize.places import without_places
from tts_edition.normalize.russian import (
    ARCHIVE_DATE,
    BEFORE_NAMES,
    DEGREE,
    FUNCTION_WORDS,
    KILOWATT_HOURS,
    MONTH_CLIPS,
    MONTHS,
    NOMINATIVE_MONTHS,
    WEEKDAY_DATE,
)
from tts_edition.normalize.russianlatin import romanised_russian

_RUSSIAN_LETTERS = re.compile(  # and the endings of Russian verbs (составил, работает, ожидается) and nouns (решение,
    # решения, опубликования: not -ания, which Kazakh has in компания)
    # after a stem of two letters or more: a word that is all ending (ая, ий) says nothing
    r"[ёъщЁЪЩ]|(?<=[^\W\d_]{2})(?:ый|ий|ть|ся|сь|ого|его|ая|ое|ые|ых|ую|ил[аои]?|[аяу]ет|[еюия]тся|ни[ею]|(?:е|ва)ния|ость"
    r"|ств[оа])$",
    re.I,
)
_RUSSIAN_WORDS = FUNCTION_WORDS
# A Russian reference's pages (271 с., a Kazakh one has 271 б.), its place before the publisher (М.: Наука) or an
# archive's fond, inventory, file and sheet (Ф. 333. Оп. 1. Д. 566. Л. 22.; a Kazakh one writes Қ., Т., І., П.).
_RUSSIAN_REFERENCE = re.compile(r"\d\s?[сc]\.(?!\w)|(?<![\w.])(?:М|Л|СПб)\.\s?:|(?<![\w.])(?:Ф|Оп|Д|Л)\.\s?\d")
# A day and a Russian month's genitive name (9 февраля 2021, a Russian page's dateline on a Kazakh article): Kazakh
# names its months otherwise (ақпан), so the month says a span without a Kazakh letter is Russian, however few or
# however Kazakh-looking its other words (Автор: редактор 26 декабря, 2023).
_RUSSIAN_DATE = re.compile(rf"(?<!\d)\d{{1,2}}\s+(?:{'|'.join(MONTHS)})(?!\w)", re.I)
# The same date with its year, as a Kazakh sentence may open with its page's Russian dateline (24 декабря 2018 Қазақтың
# қабырғасы…): a Russian run of its own inside the Kazakh one, read as Russian reads it.
# A dateline that opens with a Russian weekday is Russian with any month form and with the time after it (Пятница, 20
# Ноябрь 2015 06:27): a Kazakh one names its weekday otherwise (жұма), and a month in the nominative alone says nothing.
# A page's metadata under a Russian label (Дата создания: 17.05.2023 08:32:11, Дата публикации: 27.02.2022,
# Просмотров: 1 234, a document site's Дата09.09.2017 glued to its label, a participle of any gender: Обновлен:
# 04.07.2023; a document site's Добавлен: 30.11.2023 and Скачиваний: 1): the label is Russian, and so is its value,
# read as Russian reads it however Kazakh the page; the label says so, not the words, which are too few to tell.
# A file's size and count under a document site's Russian label (Размер: 1.33 Mб, Файлы: 1 файл) are read so too.
# So is a site's monthly archive heading (Месяц: Декабрь 2023): the label is Russian (Kazakh says ай), and the month
# and year under it are read in Russian; a nominative month and a year alone (10 февраль 2023) stay the page's.
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:])"
# A date with its month clipped to Russian's three letters (6 Сен 2021 17:06), or its Russian month written in full
# first in the English order (май 18, 2024), with its year: Russian as a page's software prints it; Kazakh clips its
# own month names (қыр., қаз.) and writes the year first. A nominative month before a day alone (Май 18) says
# nothing, and nor does a clipped month first (Дек 30 2024), which a Kazakh page's date widget prints as well: it
# follows the words around it.
_YEAR_AHEAD = r"(?:1\d{3}|20\d{2})(?![\d.,]\d)"
_CLIPPED_MONTH_DATE = rf"(?<!\d)\d{{1,2}}[ \t]+(?:{MONTH_CLIPS})\.?[ \t]+{_YEAR_AHEAD}(?:,?[ \t]+{_CLOCK})?"
_MONTH_FIRST_DATE = rf"(?<![^\W\d_])(?:{'|'.join(NOMINATIVE_MONTHS)})\.?[ \t]+\d{{1,2}},?[ \t]+{_YEAR_AHEAD}"
_RUSSIAN_PRINTED_DATE = re.compile(rf"{_CLIPPED_MONTH_DATE}|{_MONTH_FIRST_DATE}", re.I)
_RUSSIAN_LABEL = (
    r"(?<![^\W\d_])(?:"
    r"(?:Дата(?:\s+(?:создания|публикации|обновления|изменения|размещения))?|(?:Опубликован|Обновл[её]н|Измен[её]н|Добавлен)[оа]?)"
    rf"(?:[ \t]*:[ \t]*|[ \t]+)(?:\d{{1,2}}\.\d{{2}}\.\d{{4}}(?![\d.]\d)(?:,?[ \t]+{_CLOCK})?|{_CLOCK})"
    r"|(?:Просмотров|Просмотры|Скачиваний|Загрузок|Файлы[ \t]*:)[ \t]*:?[ \t]*"
    r"(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?![\d.,:]\d)"
    r"|Размер[ \t]*:?[ \t]*\d+(?:[.,]\d+)?[ \t]?[KMGКМГ][bBбБ](?![^\W\d_])"
    rf"|Месяц[ \t]*:[ \t]*(?:{'|'.join(NOMINATIVE_MONTHS)})[ \t]+(?:1[89]|20)\d\d(?![\d.,]\d)(?![ \t]*[жЖ](?:ыл|\.)))"
)
# A document's number and date in Russian words inside a Kazakh line (Ереже №89 от 24.02.2012 года): от and года
# around a numeric date are Russian, however few the words, and the number before them is said with them.
# A newspaper's issue after the date (от 08.10.2016 г., № 193 (28319)) is said with it, its running number too.
_RUSSIAN_DOCUMENT_DATE = (
    r"(?<![\w№])(?:№[ \t]?\d+[ \t]+)?от[ \t]+\d{1,2}\.\d{2}\.\d{4}[ \t]+(?:года|г\.)(?!\w)"
    r"(?:,[ \t]*№[ \t]?\d+(?![\w.,/-]\w)(?:[ \t]*\(\d+\))?)?"
)
# A dateline's time and a page's count of views after a bar (26 сентября 2014, 05:58 | 2 710 просмотров): the page's
# Russian line, read on in Russian, the count's word typed onto the article's first (просмотровОтандық) left out.
_VIEWS_AFTER = r"(?:[ \t]*\|[ \t]*(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)[ \t]*просмотр(?:ов|а)?)"
_RUSSIAN_DATELINE = re.compile(
    rf"{WEEKDAY_DATE.pattern}(?:,?\s+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))?"
    rf"|{_RUSSIAN_DATE.pattern}(?:,?\s+(?:1\d{{3}}|20\d{{2}})(?!\d)(?:,?[ \t]+{_CLOCK}{_VIEWS_AFTER}?)?)?"
    rf"|{_RUSSIAN_LABEL}"
    rf"|{_RUSSIAN_DOCUMENT_DATE}"
    rf"|{_RUSSIAN_PRINTED_DATE.pattern}",
    re.I,
)
# Kazakh endings that no Russian word has, written in letters both alphabets share: on a stem the dictionary lacks
# (стансасында, энергоблоктылады) the word is a Kazakh form of a loan, not a Russian word.
_KAZAKH_ENDING = re.compile(r"(?:ында|ынан|ылады|ынады|ылды|ыныз|ыңыз)$")
# Letters Russian spelling never writes side by side (жи, ши are written with и: no жы, шы, чы, щы in a Russian word):
# a word that holds them is a Kazakh word the dictionary lacks (шымшу, a pinch), not a Russian one.
_NO_RUSSIAN_SPELLING = re.compile(r"[жшчщ]ы", re.I)
_KAZAKH_LATIN = re.compile(r"[qǵńıáóúýğñşäöüūQǴŃÁÓÚÝĞÑŞÄÖÜŪ]")  # no re.I: it folds ı into I
# not a suffix after a hyphen (ЖШС-не), nor a unit's letters around a slash (м/с: the с is no Russian "с"), nor a
# letter with a full stop (Возвышенка а.: ауылы, not the Russian а). Digits glued to a word end it, as the
# normaliser's reading of them will (5км, 2024ж): the language of its output is the language of its input.
_CYRILLIC_WORD = re.compile(
    r"(?<![^\W\d_])(?<![/-])(?:[а-яёәғқңөұүһі]{2,}|[а-яёәғқңөұүһі](?!\.))(?![^\W\d_])(?!/)", re.I
)
# ...but words of five letters or more around a slash are words (комментарий/решение, оқушы/студент): a unit's letters
# are fewer (м/с, км/сағ, мг/кг).
_SLASHED_WORD = re.compile(r"(?<![^\W\d_])(?:(?<=/)[а-яёәғқңөұүһі]{5,}(?![^\W\d_])|[а-яёәғқңөұүһі]{5,}(?=/))", re.I)
# A word's part after a hyphen (гейм-дизайнері, Telegram-арнасының, инди-студиясының) is left out of the words above,
# as it may be a suffix that says nothing; but a Kazakh letter in it tells Kazakh, whether it is a compound's word or
# a Kazakh case ending on a loan, the way one in a whole word does.
_AFTER_HYPHEN = re.compile(r"(?<=\w-)[а-яёәғқңөұүһі]{2,}(?![^\W\d_])", re.I)
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile("[A-Za-z]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# A sentence ends at . ! ? … before a space and a capital (or a quote, a dash), or at the end of a line; or at a full
# stop typed straight onto the next sentence's capitalised word after a word of two small letters or more (жасалады.
# Количество показов: 23), where the rule "space after a full stop" puts the space the writer left out; an initial
# before a name (А.Байтұрсынов) is no sentence end (`_BEFORE_A_NAME`), nor a capital run (ҚР.ҚМ). A site's
# breadcrumb trail (Усть-Каменогорск и ВКО / Зайсан (Зайсанский р-он) / Зайсанның әуежайы …) ends a part at each
# slash set apart by spaces before a capital, where its line holds two such slashes or more (`_TRAIL_SLASHES`): each
# part is said in its own language. A lone one (a headline / Коллаж: kursiv.media) joins a caption to its credit.
# A table's bar between a cell of words and the next cell's capitalised word ends a cell: a card's Kazakh label
# and its value in Russian (| Жариялау дереккөзі | Информационно-правовая система "Әділет" 22.04.2016 г.;); and a
# semicolon before a quoted name ends an entry of a list of sources, each in its own language (…; "Казахстанская
# правда" от 08.10.2016 г., № 193 (28319); "Егемен Қазақстан" 08.10.2016 ж., № 193 (28921)). A bilingual dictionary's
# arrow between words ends its headword: the translation after it is in its own language (келі түю → толочь в ступе).
_SENTENCE_END = re.compile(
    r"[.!?…]+(?=\s+(?:[«\"“(—–-]\s*)*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])|\.(?<=[а-яёәғқңөұүһі]{2}\.)(?=[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі])|\n+"
    r"|/(?:(?<=[^\W\d_] /)|(?<=\) /))(?= [А-ЯЁӘҒҚҢӨҰҮҺІ])"
    r"|\|(?<=[^\W\d_] \|)(?= [«\"“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])"  # the bar first: a literal fails at once where no bar is
    r"|;(?=[ \t]+[«\"“][А-ЯЁӘҒҚҢӨҰҮҺІ])"
    r"|→(?<=[^\W\d_] →)(?= [^\W\d_])"
)
# A letter (an initial: А.И. Левшин) or an abbreviation written before names, and its full stop.
_BEFORE_A_NAME = re.compile(rf"(?<![\w-])(?:[^\W\d_]|{'|'.join(re.escape(a[:-1]) for a in BEFORE_NAMES)})\.\Z", re.I)
_LONGEST_ABBREVIATION = max(map(len, BEFORE_NAMES)) + 1
# A numbered item's number before its stop, a sentence of its own: a count (4.) or a section's parts (3.6.1.), after a
# list's dash or bullet or none (- •3.6.1. Жүрек …), or a paragraph's (§1.); said in the item's language, not in the
# line's before it (a Russian page's menu "К списку параграфов" before a Kazakh textbook's §1. Материктер …).
_LIST_NUMBER = re.compile(r"\s*(?:[-–—•]\s*){0,2}(?:§\s?)?\d{1,3}(?:\.\d{1,3}){0,3}")
_PARAGRAPH_END = re.compile(r"\n\s*\n|^\s*$")  # a blank line, or a sentence of blanks between two line breaks
_QUOTE = re.compile(r"«[^«»]*»|“[^“”]*”|„[^„“”]*[“”]|\"[^\"]*\"")
_SHORTEST_SPAN = 2
_UNDECIDED = ""  # what span_language gives back for `around` when a span's words say too little
_SHORTEST_WORD = 2
_FEWEST_UNKNOWN = 2  # words the Kazakh dictionary must fail to know before a span without Russian marks is Russian
_MOST_UNKNOWN = 0.5
_FEWEST_EXPLAINING = 4  # Russian words a sentence quoting Kazakh ones needs to be Russian
_EXPLAINING_RATIO = 2  # ...and how many times its Kazakh words
# A Roman numeral typed with the Kazakh І (ІІІ лица, ХІ век) is no Kazakh word.
_ROMAN_NUMERAL = re.compile("[ІХ]+")
_LONGEST_INITIALISM = 4  # letters of a capitalised opening word that may be an initialism rather than a word


@dataclass(frozen=True)
class Run:
    """A stretch of the text in one language: `text[start:end]`."""

    lang: str
    start: int
    end: int


# A number and the one word it counts in the Russian genitive plural (5399 просмотров, 120 комментариев, 12 баллов),
# as a page's counter line writes it, or Russian's years after it (18 лет, 2004 год, с 1997 года): Russian, though one
# word is too few to tell a span's language; no Kazakh word in lower case ends so (Kazakh counts жыл), and a name that
# does (Петров) has a capital. Inside a Kazakh sentence the count is a Russian run of its own (Қазақ тілі (12 баллов)
# | 92 просмотров), as a Russian date is.
_COUNTED_IN_RUSSIAN = re.compile(r"\d(?<![\w.,]\d)[\d \u00a0]*\s+(?:[а-яё]{2,}[ое]в|лет|год(?:а|у|ов)?)(?![\w-])")
# A Russian preposition before the number it governs (от 25%, до 10 000, свыше 18), as a price list's line writes it:
# Russian, though one word is too few to tell; none of them is a Kazakh word (Kazakh puts its case on the number:
# 25%-дан), but от (fire) and без (gland), which are left out.
_GOVERNED_NUMBER = re.compile(
    r"(?<![\w.])(?:до|из|для|после|около|свыше|более|менее|через|против|при)[ \t]+[+−-]?\d"
    r"|(?<![\w.])от[ \t]+\d+(?:[.,]\d+)?[ \t]?%",
    re.I,
)
# A page's pager or tally, one number out of another with the Russian preposition between them (1 из 1, 3 из 10), as a
# review site's page furniture writes it: Russian, though one word is too few to tell a span's language; Kazakh says
# it with a case ending (10-нан 3), and its own word із is written with і.
_OUT_OF_IN_RUSSIAN = re.compile(r"(?<![\w.,])\d+[ \t]+из[ \t]+\d+(?![\w,]|\.\d)")
# A test page's Russian label and its number (Вопрос №4, Уровень 1, Задание 3), as a Kazakh test bank copied onto a
# Russian study site heads its questions: Russian, though one word is too few to tell a span's language; Kazakh names
# them Сұрақ, Деңгей, Тапсырма, Есеп, Жауап, Сабақ, Тарау, Бөлім, Бет. Нұсқа's Russian twin Вариант is left out: Kazakh
# tests write it too. A newspaper's issue heads its page so (Выпуск - №24(672) : 04.07.2025; Kazakh says Шығарылым,
# Нөмір).
_RUSSIAN_NUMBERED_LABEL = re.compile(
    r"(?<![\w.])(?:Вопрос|Уровень|Задани[ея]|Задача|Ответ|Урок|Глава|Часть|Раздел|Страница|Выпуск)"
    r"[ \t]*(?:[-–—][ \t]*)?(?:№[ \t]?)?\d+(?![\d,]\d|-)",
    re.I,
)


# A number with a Kazakh case ending hyphened on (1 400-ден, 2024-жылға): Russian hyphens only its own one- and two-
# letter endings onto a number (5-го, 90-е, 1-м, 5-ти, 1-ым), none of which is a Kazakh ending.
_NUMBER_ENDING = re.compile(rf"\d-(?P<ending>[{KAZAKH_LOWER}]{{2,}})(?![\w-])")
_RUSSIAN_NUMBER_ENDINGS = frozenset({"ым"})  # 1-ым, первым: a Kazakh possessive's letters too


def _kazakh_number_ending(text: str, nouns: bool = False) -> bool:
    """A Kazakh case ending hyphened onto a number; with `nouns`, a Kazakh noun too (1-тапсырма, 7-сынып, 2-нұсқа):
    Kazakh joins the word it numbers so, Russian writes its ending (1-е задание) or an adjective (2-комнатная)."""
    return any(
        match["ending"] not in _RUSSIAN_NUMBER_ENDINGS
        and (parse_suffixes(match["ending"]) is not None or (nouns and _kazakh_noun(match["ending"])))
        for match in _NUMBER_ENDING.finditer(text)
    )


_LONGEST_RUSSIAN_NUMBER_ENDING = 3  # 5-ого, 2-ому: Russian's own endings, some of them Kazakh words too (ой, ми, ти)


def _kazakh_noun(word: str) -> bool:
    """A word the Kazakh dictionary knows (тапсырма, сынып, бөлім) without Russian letters or endings (комнатная),
    longer than any ending Russian hyphens onto a number (5-ой, 2-ми)."""
    if len(word) <= _LONGEST_RUSSIAN_NUMBER_ENDING:
        return False
    return known_stem(word) is True and not _RUSSIAN_LETTERS.search(word)


# Energy in kilowatt-hours with Russian's hour letter (16.31 тенге/кВт*ч, 130 кВт·ч): Kazakh writes кВт·сағ. The mark
# between the watt and the hour is one of russian.KILOWATT_HOURS' (*·⋅), or none; a mega- or gigawatt and a space
# about the mark too.
_HOUR_MARKS = "".join(unit.removeprefix("кВт").removesuffix("ч") for unit in KILOWATT_HOURS)
_RUSSIAN_KILOWATT_HOURS = re.compile(rf"[кМГ]Вт[ \t]?[{re.escape(_HOUR_MARKS)}]?[ \t]?ч(?![^\W\d_])")


def _russian_marks(text: str, options: bool = False) -> bool:
    """A Russian reference's marks, a Russian month's name after a day, a dateline after a Russian weekday, an
    archive document's year-first date (1845 г. ноября 13), a Russian count (2004 год) or a degree in Russian's
    order (к.э.н.): Russian whatever the words are. A test's `options` are no reference: their amounts' с. is the
    second's (А) 10с. В) 15с.), no page count."""
    marks = (_RUSSIAN_DATE, WEEKDAY_DATE, ARCHIVE_DATE, _RUSSIAN_PRINTED_DATE, _COUNTED_IN_RUSSIAN, DEGREE,
             _RUSSIAN_KILOWATT_HOURS)  # fmt: skip
    return any(mark.search(text) for mark in marks) or (not options and _RUSSIAN_REFERENCE.search(text) is not None)


def span_language(text: str, around: str = KAZAKH) -> str:
    """The language of a sentence or a quotation; `around` when it says too little (under two words)."""
    text = unicodedata.normalize("NFC", text)
    options = ")" in text and OPTION_BRACKET.search(text) is not None
    if options:
        text = OPTION_BRACKET.sub(" ", text)  # a test's options: А) Батыс В) Шығыс is no Russian
    slashed = _SLASHED_WORD.findall(text) if "/" in text else []
    cyrillic = [word for word in _CYRILLIC_WORD.findall(text) + slashed if len(word) >= _SHORTEST_WORD]
    latin = _LATIN_WORD.findall(text)
    if len(latin) > len(cyrillic):
        latin = _LATIN_WORD.findall(without_places(text))  # Paris-ке, Seoul: a place is no English word
    if "Р" in text and (cross := GENOTYPE.fullmatch(text.strip())) and cross["parents"]:
        return around  # a cross's line in genetics (Р. Аа Х аа): the parents' Р, no Russian river
    if len(cyrillic) + len(latin) < _SHORTEST_SPAN:
        counted = any(
            p.search(text) for p in (_COUNTED_IN_RUSSIAN, _OUT_OF_IN_RUSSIAN, _RUSSIAN_NUMBERED_LABEL, _GOVERNED_NUMBER)
        )
        if _russian_marks(text, options) or counted:
            return RUSSIAN
        # A numbered Kazakh word alone (1-тапсырма. after a Russian line asking for help): Kazakh, not the line's
        return KAZAKH if _kazakh_number_ending(text, nouns=True) or _KAZAKH_YEAR.search(text) else around
    if len(latin) > len(cyrillic):
        if romanised_russian(text):
            return RUSSIAN  # Russian in the Kazakh Latin letters ("Kazahstanskaıa pravda" ot 08.10.2016 g.)
        return ENGLISH if _english(text, latin) else around
    words = _CYRILLIC_WORD.findall(text) + slashed
    kazakh = [
        word
        for word in words + _mixed_words(text) + _AFTER_HYPHEN.findall(text)
        if KAZAKH_LETTER.search(word) and not _ROMAN_NUMERAL.fullmatch(word)
    ]
    if kazakh and _explains_in_russian(words, kazakh) and not _tags_before_kazakh(text, kazakh):
        return RUSSIAN
    if any(not word.istitle() for word in kazakh):
        return KAZAKH  # a Kazakh letter in a word in lower case or in capitals (ДӘУІРНАМАЛЫҚ): not in a name
    telling = _telling(text, words)
    if any(word in telling for word in kazakh):
        return KAZAKH  # ... or in a telling word: the sentence's first
    if (_russian(telling) and not _kazakh_number_ending(text)) or _russian_marks(text, options):
        return RUSSIAN  # a Russian month's name is Russian however Kazakh the words around it (редактор 8 марта)
    if _KAZAKH_YEAR.search(text):
        return KAZAKH  # a year with ж. (08.10.2016 ж.), Kazakh's mark of the year as г. is Russian's
    return KAZAKH if any(known_stem(word) for word in telling if word.islower()) else around


# A date or a year and ж., Kazakh's abbreviated жыл (08.10.2016 ж., 2022 ж.): what Russian writes г. after.
_KAZAKH_YEAR = re.compile(r"(?<!\d)\d{4}[ \t]?ж\.")


def _explains_in_russian(words: list[str], kazakh: list[str]) -> bool:
    """A Russian sentence that quotes Kazakh words, as a language lesson explains them (Ілік септігі в речи всегда
    употребляется в сочетании с формой принадлежности ІІІ лица): its Russian words in lower case, by their letters,
    endings and function words, twice as many as its Kazakh ones and four at least."""
    if len(words) < _FEWEST_EXPLAINING + len(kazakh) * (_EXPLAINING_RATIO + 1):
        return False  # too few words besides the Kazakh ones
    russian = [w for w in words if w.islower() and (w in _RUSSIAN_WORDS or _RUSSIAN_LETTERS.search(w))]
    return len(russian) >= max(_FEWEST_EXPLAINING, _EXPLAINING_RATIO * len(kazakh))


# A photo's keywords listed in Russian before a Kazakh credit, as a news site's caption line writes them (Школьная
# столовая, еда в школе, школьное питание, сурет - Zakon.kz жаңалық 12.01.2026): short tags parted by commas, every
# Kazakh word after the last comma. No Russian sentence explaining Kazakh words: the credit is Kazakh.
_LONGEST_TAG = 3  # words besides Russian function words: "питание в школах", "загрязнение воздуха в Алматы"
_FEWEST_TAGS = 2


def _tag_words(tag: str) -> int:
    """A tag's words, its prepositions and conjunctions left out: a place after в (смог в Алматы) names no new thing."""
    return sum(1 for word in tag.split() if word.lower() not in _RUSSIAN_WORDS)


def _tags_before_kazakh(text: str, kazakh: list[str]) -> bool:
    *tags, credit = text.split(",")
    short_tags = len(tags) >= _FEWEST_TAGS and all(_tag_words(tag) <= _LONGEST_TAG for tag in tags)
    return short_tags and all(word in credit for word in kazakh)


def russian_tags_end(sentence: str) -> int | None:
    """Where the Russian tags end in a Kazakh caption line that lists them before its credit (жилые комплексы, ЖК,
    высотные дома, сурет - Zakon.kz жаңалық): the last comma, when the tags before it are short, two at least, and
    Russian by their words, and the credit after it holds a Kazakh word. The tags are then a Russian run, so a tag in
    capitals among them is read with Russian letters (ЖК → жэ ка, no Kazakh жеке кәсіпкер); Kazakh tags (Дауылбай
    қорымы, ҚР) leave the line whole."""
    comma = sentence.rfind(",")
    if comma < 0 or not KAZAKH_LETTER.search(sentence, comma):
        return None
    tags = sentence[:comma].split(",")
    if len(tags) < _FEWEST_TAGS or any(_tag_words(tag) > _LONGEST_TAG for tag in tags):
        return None
    return comma if span_language(sentence[:comma], _UNDECIDED) == RUSSIAN else None


# A photo's caption in Russian and, after a dash, the Kazakh site's credit with the picture's width and its date (Виды
# резиденции президента - Акорды - Sputnik Қазақстан, 1920, 15.06.2024): the caption is Russian, the credit Kazakh,
# its numbers said as the Kazakh page says them. The credit is the sentence's last part after a spaced dash: a word
# with a Kazakh letter, then a comma and a number, and no dash.
_CREDIT_AFTER_CAPTION = re.compile(
    r"\s[-–—]\s+(?P<credit>[^-–—\n]*?[әғқңөұүһіӘҒҚҢӨҰҮҺІ][^-–—\n,]*,\s*\d[^-–—\n]*?)\s*\Z"
)


def credit_after_caption(sentence: str) -> int | None:
    """Where a Kazakh credit starts after a Russian photo caption in `sentence` (`_CREDIT_AFTER_CAPTION`), if one
    ends it and its words are Kazakh; a Russian sentence's last part after a dash that is Russian stays in it."""
    credit = _CREDIT_AFTER_CAPTION.search(sentence)
    if credit is None or span_language(credit["credit"], _UNDECIDED) != KAZAKH:
        return None
    return credit.start("credit")


def sentence_language(sentence: str, around: str = KAZAKH) -> str:
    """The language of a sentence told by its words outside quotations, as a title quoted in another language is a
    name (актеры театра поставили спектакль «Бір сен үшін тудым»: Russian); by the whole sentence when those words
    leave it undecided."""
    bare = _QUOTE.sub(" ", sentence)
    outside = span_language(bare, _UNDECIDED) if bare != sentence else _UNDECIDED
    return span_language(sentence, around) if outside == _UNDECIDED else outside


def _mixed_words(text: str) -> list[str]:
    """Words of Cyrillic and Latin letters run together (ӨнерL): no Cyrillic word, but their letters tell as much."""
    return [word for word in _LETTER_RUN.findall(text) if _LATIN_LETTER.search(word) and _CYRILLIC_LETTER.search(word)]


def _english(text: str, words: list[str]) -> bool:
    if _KAZAKH_LATIN.search(text):
        return False
    known = sum(phonemes(word) is not None for word in words)
    return known * 2 > len(words)


def _telling(text: str, words: list[str]) -> list[str]:
    """The span's first word and its words in lower case. Names say nothing (Семёнов, Хмелевский, Уиллман in a
    Kazakh score line, Қазақстан in a Russian reference): a word in capitals inside the span is left out, and so is
    an initialism opening it (ВТБ Біріккен лигасы: Kazakh text names Russian bodies by their letters); nor do units
    both languages write (км, га, млн after a road of Russian village names), nor element names that end as Russian
    adjectives do (Цезий-137), nor drug and salt names (маннитол, карбонаты: `chemistry.shared_name`)."""
    if heading_words(words):  # a heading's words are no names, and every one tells its language
        return [word for word in words if not _initialism(word) and word not in _units() and not shared_name(word)]
    opening = text.lstrip(' «"“(—–-')[:1].isalpha()  # "1:0 — Хмелевский": a name after a score says nothing
    telling = [w for at, w in enumerate(words) if (at == 0 and opening and not _initialism(w)) or w.islower()]
    closing = _LETTER_CLOSING_A_COUNT.search(text) or _LETTER_CUT_AT_THE_END.search(text)
    if closing and telling and telling[-1] == closing["letter"]:
        telling = telling[:-1]  # "Білім, 1994. - 352 с": a count's mark, no preposition (which a word would follow)
    telling += _HEADING_JOINT.findall(text)
    for mark in _LETTER_GLUED_TO_A_COUNT.findall(text) + _SECOND_AFTER_A_COUNT.findall(text):
        if mark in telling:  # "1мин 34с", "9,58 с Усэйн Болт": a unit's letter after its number, no preposition
            telling.remove(mark)
    return [word for word in telling if word not in _units() and not shared_name(word)]


# One letter closing the span after a number (352 с, a page count's mark left without its stop): a mark of what is
# counted, not a one-letter function word (Russian с, в, к), which never ends a sentence.
_LETTER_CLOSING_A_COUNT = re.compile(r"\d[ \t]?(?P<letter>[^\W\d_])\W*\Z")
# One letter ending the text with nothing after it, not even a stop (жас а, where a preview cut "жас аралығы"): a cut
# word's first letter, not a Russian function word (а, и, в, с), which never ends a text; я, a pronoun, may.
_LETTER_CUT_AT_THE_END = re.compile(r"(?<![^\W\d_])(?P<letter>[^\W\d_яЯ])\s*\Z")
# One letter written onto a number (34с, 5м), a unit's or a count's mark wherever it stands: a Russian preposition
# (с, в, к) is a word of its own, apart from the number it may govern (с 5 до 7).
_LETTER_GLUED_TO_A_COUNT = re.compile(r"(?<=\d)([^\W\d_])(?![^\W\d_])")
# The second's с set apart after its number (100 м 9,58 с Усэйн Болт Ямайка, a record table in a Kazakh lesson): the
# Russian preposition с stands before what it governs (с 5 до 7, с Усэйном), after a number only before its noun in
# lower case (2 с половиной), which is left to tell.
_SECOND_AFTER_A_COUNT = re.compile(r"(с)(?<=\d[ \t]с)(?![^\W\d_])(?![ \t]+[а-яё])")


# A one-letter conjunction or preposition set in capitals between two words in capitals (ГЕОГРАФИЯ И ГЕОЛОГИЯ/1.
# Регионоведение и): a heading's joint, which tells its language as a heading wholly in capitals does, though the
# line's other words are not in capitals. Kazakh writes no such word (its о, "that", is left out).
_HEADING_JOINT = re.compile(r"([ИВСКУ])(?<=[А-ЯЁ]{2}[ \t][ИВСКУ])(?=[ \t][А-ЯЁ]{2})")  # the letter first: fast


def _initialism(word: str) -> bool:
    """ВТБ, КХЛ; not a dateline's city in capitals (МОСКВА, 26 сентября), which is a telling word."""
    return 1 < len(word) <= _LONGEST_INITIALISM and word.isupper() and not is_word(word)


@cache
def _units() -> frozenset[str]:
    return frozenset(of_kind("unit"))


def _russian(telling: list[str]) -> bool:
    """Russian letters, endings or function words, or many words the Kazakh dictionary does not know."""
    if any(_RUSSIAN_LETTERS.search(word) or word.lower() in _RUSSIAN_WORDS for word in telling):
        return True
    lowered = [word.lower() for word in telling if len(word) >= _SHORTEST_WORD]
    unknown = [word for word in lowered if known_stem(word) is False and not _kazakh_form(word)]
    return len(unknown) >= _FEWEST_UNKNOWN and len(unknown) > _MOST_UNKNOWN * len(lowered)


def _kazakh_form(word: str) -> bool:
    """A Kazakh ending on a loan's stem (стансасында), letters Russian never writes together (шымшу), or a Kazakh
    verb's form the dictionary's affix rules miss (топ жарса)."""
    return bool(_KAZAKH_ENDING.search(word) or _NO_RUSSIAN_SPELLING.search(word)) or is_verb_form(word)


def language_runs(text: str, default: str = KAZAKH) -> list[Run]:
    """The text cut into runs of one language each, covering it from start to end, neighbours merged."""
    runs: list[Run] = []
    before = default  # the language an undecided sentence continues: Russian after a Russian one in its paragraph
    for start, end in _sentences(text):
        sentence = text[start:end]
        around = sentence_language(sentence, before)
        before = RUSSIAN if around == RUSSIAN and not _PARAGRAPH_END.search(sentence) else default
        credit = credit_after_caption(sentence) if around == RUSSIAN and "," in sentence else None
        caption_end = end if credit is None else start + credit  # a Kazakh credit after a Russian caption
        at = start
        if around != RUSSIAN and "," in sentence and (tags := russian_tags_end(sentence)) is not None:
            _add(runs, Run(RUSSIAN, start, start + tags))  # Russian tags before a Kazakh credit
            at = start + tags
        for quote in _QUOTE.finditer(text[start:caption_end]):
            _add_outside_quotes(runs, text, around, at, start + quote.start())
            _add(runs, Run(span_language(quote.group()[1:-1], around), start + quote.start(), start + quote.end()))
            at = start + quote.end()
        _add_outside_quotes(runs, text, around, at, caption_end)
        _add(runs, Run(KAZAKH, caption_end, end))
    return runs


def _add_outside_quotes(runs: list[Run], text: str, language: str, start: int, end: int) -> None:
    """A stretch of a sentence in its language, a Russian date or count in a sentence of another language cut out as
    Russian, and a Kazakh word numbered in a Russian sentence cut out as Kazakh."""
    other, stretches = (KAZAKH, _kazakh_stretches) if language == RUSSIAN else (RUSSIAN, _russian_stretches)
    for other_start, other_end in stretches(text, start, end):
        _add(runs, Run(language, start, other_start))
        _add(runs, Run(other, other_start, other_end))
        start = other_end
    _add(runs, Run(language, start, end))


# A number typed onto a Kazakh word in a Russian line (5сыныпоушыларынаарналан, a Kazakh title scraped into a Russian
# page's header): the number is the word's, said as Kazakh says it (бесінші сынып…), not as a Russian count.
_NUMBER_ON_WORD = re.compile(r"(?<![\d.,])\d{1,3}(?P<word>[а-яёәғқңөұүһі]{3,})(?![^\W\d_])", re.I)


def _kazakh_stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The numbers in `text[start:end]` typed onto a word a Kazakh letter or spelling tells Kazakh, with the word."""
    return [
        glued.span()
        for glued in _NUMBER_ON_WORD.finditer(text, start, end)
        if KAZAKH_LETTER.search(glued["word"]) or _kazakh_form(glued["word"].lower())
    ]


def _russian_stretches(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The Russian dates and counts in `text[start:end]`, in order, none overlapping the one before."""
    found = []
    if _dateline_needs().search(text, start, end):
        found += [date.span() for date in _RUSSIAN_DATELINE.finditer(text, start, end)]
    found += [count.span() for count in _COUNTED_IN_RUSSIAN.finditer(text, start, end)]
    stretches: list[tuple[int, int]] = []
    for span in sorted(found):
        if not stretches or span[0] >= stretches[-1][1]:
            stretches.append(span)
    return stretches


@cache
def _dateline_needs() -> re.Pattern[str]:
    return rarest_character(_RUSSIAN_DATELINE) or _RUSSIAN_DATELINE


def _sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences, a sentence end inside a quotation aside."""
    quotes = [quote.span() for quote in _QUOTE.finditer(text)]
    spans, at = [], 0
    for end in _SENTENCE_END.finditer(text):
        if _BEFORE_A_NAME.search(text, max(0, end.start() - _LONGEST_ABBREVIATION), end.start() + 1):
            continue  # А.И. Левшин, г. Алматы, ул. Абая: a full stop before a name ends an abbreviation
        if end.group() == "/" and not _in_trail(text, end.start()):
            continue  # a caption and its credit: one slash on its line
        if _LIST_NUMBER.fullmatch(text, at, end.start()):
            continue  # 4. Настоящий приказ…: an item's number is said in the language of the item it opens
        if not any(a < end.start() < b for a, b in quotes):
            spans.append((at, end.end()))
            at = end.end()
    return [*spans, (at, len(text))] if at < len(text) else spans


_TRAIL_SLASH = " / "
_TRAIL_SLASHES = 2  # a breadcrumb trail's parts: three or more


def _in_trail(text: str, at: int) -> bool:
    """Whether the slash at `at` stands in a line holding a breadcrumb trail's slashes, two or more."""
    return line_holding(text, at, at).count(_TRAIL_SLASH) >= _TRAIL_SLASHES


def _add(runs: list[Run], run: Run) -> None:
    if run.end <= run.start:
        return
    if runs and runs[-1].lang == run.lang and runs[-1].end == run.start:
        runs[-1] = Run(run.lang, runs[-1].start, run.end)
    else:
        runs.append(run)


def language_at(runs: list[Run], position: int) -> str:
    """The language of the run holding `position` (Kazakh outside every run)."""
    return next((run.lang for run in runs if run.start <= position < run.end), KAZAKH)

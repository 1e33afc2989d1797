"""Case suffixes written apart from their word, glued onto the next one, or past a closing quote, and words run onto a
number: put back where they belong."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals, dates, numbering, writtennumbers
from tts_edition.normalize.morphology import (
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    ORDINAL_ENDING,
    SPACED_SUFFIX,
    SUFFIX,
    VOWELS,
    attach,
    parse_suffixes,
)

# A case ending written onto a person's last initial (Смағұлов А.Б.-ға, Ахметов Н.-нің): said on the letter's name,
# as an initialism's ending is (ПМ-нің → пэ эмнің); the initials before it stay written letters. Only a capital
# takes it: a small letter's stop closes an abbreviation (ж.-ға), which the abbreviation table reads.
SUFFIXED_INITIAL = re.compile(rf"(?<![\w-])(?P<letter>[{KAZAKH_UPPER}])\.-(?P<suffix>{SUFFIX})(?![\w-])")
SUFFIXED_INITIAL_NEEDS = re.compile(r"\.-")  # what every match holds (`Rule.needs`)


def speak_suffixed_initial(match: re.Match[str]) -> str:
    return attach(abbr.spell(match["letter"]), match["suffix"])


# A case ending written onto an initialism the table holds after a full stop typed for the hyphen («…ОРТАЛЫҒЫ»
# АҚ.НЫҢ, «Қазпошта» АҚ.ның): the stop joins them as the hyphen would, so the initialism's reader inflects its expansion
# (акционерлік қоғамының) and the stop is no sentence's end. The ending is in one case of letters, as a word is.
STOP_FOR_HYPHEN = re.compile(
    rf"(?<![\w.-])(?P<word>[{KAZAKH_UPPER}]{{2,6}})\.(?P<suffix>[{KAZAKH_LOWER}]+|[{KAZAKH_UPPER}]+)(?![\w.-])"
)
STOP_FOR_HYPHEN_MARK = re.compile(rf"[{KAZAKH_UPPER}]\.[{KAZAKH_LOWER}{KAZAKH_UPPER}]")  # what every match holds


def hyphen_for_stop(match: re.Match[str]) -> str:
    """АҚ.НЫҢ → АҚ-НЫҢ where the word is an initialism of the table and the rest parses as its case endings."""
    entry = abbr.table().get(match["word"])
    if not entry or entry.kind != "initialism" or not parse_suffixes(match["suffix"].lower()):
        return match.group()
    return f"{match['word']}-{match['suffix']}"


# A word, its full stop and the next sentence or number written without a space (болатын.2021, доц.Сонымен,
# сағ.10-да, А.Серікбаев): the space the writer left out, so the rules after this one see two tokens.
# Not after a lone І or Х opening a line: glued to a name it is an initial (Х.Досмұхамедұлы, І.Жансүгіров), which a
# space would make a heading's Roman numeral.
GLUED_AFTER_STOP = re.compile(rf"(?<=[{KAZAKH_LOWER}{KAZAKH_UPPER}]\.)(?<!(?<![^\n])[ІХ]\.)(?=[{KAZAKH_UPPER}\d])")
GLUED_AFTER_STOP_MARK = re.compile(rf"\.[{KAZAKH_UPPER}\d]")  # what every match stands between (`Rule.needs`)
# A comma typed straight between a word, a closing quote or bracket and the number of the next list member (1920
# жылы Ақмолада,1923 жылы Семейде): the space the writer left out, so the number is read whole, as a year before
# жылы or a count, and the comma stays a mark (т.б.,2020 too); never after a digit, where it is a decimal comma (3,9).
GLUED_AFTER_COMMA = re.compile(rf"(?:(?<=[{KAZAKH_LOWER}{KAZAKH_UPPER})»”\"],)|(?<=[{KAZAKH_LOWER}]\.,))(?=\d)")
# A scale word's abbreviation stop with the word after it typed on (12 млн.теңге, 1,2 млрд.теңгеге): the space the
# writer left out, so the amount's reader sees its scale and its currency word apart.
_SCALE_ABBREVIATIONS = [word for word, spoken in writtennumbers.SCALES.items() if word != spoken and word != "мың"]
GLUED_AFTER_SCALE = re.compile(
    "(?:" + "|".join(rf"(?<=\d\s{word}\.)" for word in _SCALE_ABBREVIATIONS) + rf")(?=[{KAZAKH_LOWER}])"
)
GLUED_AFTER_SCALE_NEEDS = re.compile(rf"\.[{KAZAKH_LOWER}]")  # what every match stands before
# A heading in capitals writes a scale word's case suffix in capitals too (3 МЛН-ҒА, 2 МЛРД-ТАН): the suffix is the
# scale word's, said as one in small letters, never an initialism of its own (ҒА, ТАН).
CAPITAL_SCALE_SUFFIX = re.compile(
    rf"(?<!\w)(?:{'|'.join(word.upper() for word in writtennumbers.SCALES)})(?P<suf>-[{KAZAKH_UPPER}]+)(?![\w-])"
)
CAPITAL_SCALE_SUFFIX_NEEDS = re.compile(rf"[{KAZAKH_UPPER}]-[{KAZAKH_UPPER}]")
# A scale word's abbreviation with no number before it (млн-даған адам, млрд-тан астам), or with a case suffix
# typed straight on (3 млннан, 5 млрдтан), takes its suffix as the written-out word would.
SCALE_WORD = re.compile(
    rf"(?<!\w)(?P<unit>{'|'.join(w for w, spoken in writtennumbers.SCALES.items() if w != spoken)})(?:\.)?"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+)|(?P<glued>{SPACED_SUFFIX}|да|де|та|те))?(?![\w-])"
)
SCALE_WORD_NEEDS = re.compile("мл[нрд]|трлн")  # what every match holds (`Rule.needs`)
# A number typed onto the word before it (немесе307,7 млн), or onto an infobox's label, which opens with a capital
# (Ауданы4,51 км², Тереңдігі26,5 м): the space the writer left out; not after fewer than three small letters, which
# are a unit's (м3, км2) or a code's (Ми8, ТУ134). The word may be a numbered one's noun after its hyphen
# (26-бабының8-тармағын: a law's article, then its point), not a name's part (Ақ-Орда2).
# Two small letters are a word only when they are one of the short words a number follows (ал2023 жылы, әр5 оқушы).
_SHORT_WORDS_BEFORE_NUMBER = ("ал", "ол", "әр", "ең")
LETTER_BEFORE_DIGIT = re.compile(r"[^\W\d_]\d")  # what every glued number's word holds (`Rule.needs`)
GLUED_NUMBER = re.compile(
    rf"(?:(?<![\w-])|(?<=\d-))(?:[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]{{3,}}+|(?:{'|'.join(_SHORT_WORDS_BEFORE_NUMBER)}))(?=\d)"
)
# A grade's noun typed onto its number or range, the space left out (1-11сынып аралығында, 5сынып оқушысы, 2курста):
# parted from it, so the ordinal rules see the grade and read its rank (бірінші – он бірінші сынып); only a number
# of one or two digits, as grades and years of study are (2020сынып is no grade), not one after a letter or a stop.
# The glued grade is one named, as in a title or a file name (спецификациясы 8сынып.doc, 5СЫНЫПОҚУШЫЛАРЫНА): its
# hyphen is put back where the space was, so it is read as the rank whatever follows it (5-сынып).
GRADE_ONTO_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?P<n>\d{{1,2}}(?:[-–]\d{{1,2}})?)"
    rf"(?:(?=(?:сынып|класс|курс)[{KAZAKH_LOWER}]*(?![\w-]))|(?P<upper>СЫНЫП[{KAZAKH_UPPER}]*)(?![\w-]))"
)
# ...but a glued grade that is had or lacked (9сынып бар) is a count of classes: only the space is put back.
_COUNTED_GRADE = re.compile(r"(?:сынып|класс|курс)\w*\s+(?:бар|жоқ)(?!\w)")


def part_grade(match: re.Match[str]) -> str:
    """5сынып → 5-сынып, 5СЫНЫПОҚУШЫЛАРЫНА → 5-сыныпоқушыларына (said as the word it is), 9сынып бар → 9 сынып бар."""
    counted = _COUNTED_GRADE.match(match.string, match.end())
    return match["n"] + (" " if counted else "-") + (match["upper"] or "").lower()


GRADE_ONTO_NUMBER_MARK = re.compile(r"\d(?:сынып|класс|курс|СЫНЫП)")  # what every match stands before (`Rule.needs`)
# A sign typed onto the word or the comma before a temperature (түнде-2-7°С, төмендеуі-7-12°С, °С-тан-10-16°С-қа,
# дейін,+5°С): the space the writer left out, so the sign is the temperature's, not a hyphen joining a word to a
# number, nor a decimal comma's. A plus typed onto a word before a number is that number's sign wherever it stands
# (күндіз+25 +35°С): no hyphen is a plus, and left glued it would be read as no sign at all.
GLUED_TEMPERATURE = re.compile(rf"[{KAZAKH_LOWER}],?(?=[-–−+]\d+(?:(?:[-–…]|\.\.\.)[-–+]?\d+)?\s?(?:°|градус)|\+\d)")
_MIXED_CASE_WORDS = [w for w in abbr.of_kind("initialism") if not w.isupper()]  # ҚазҰУ
_MIXED_CASE = "|".join(_MIXED_CASE_WORDS)
CAPITALS = re.compile(
    rf"(?<!\w)(?P<word>{_MIXED_CASE}|{capitals.JOINED_BY_AND}|{capitals.CAMEL}|[{KAZAKH_UPPER}]{{2,}}"
    rf"|{capitals.TITLED_CONSONANTS}|{capitals.SMALL_INSIDE})"
    rf"(?:(?P<gap>\s?[-–])(?P<suf>{SUFFIX}))?(?![\w])"
)
# What every match of CAPITALS holds (`Rule.needs`): two capitals side by side, as an initialism and a camel-case name
# have, an initialism typed in title case (Тжб), or one of the table's mixed-case initialisms that has neither
# (ҚазАвтоЖол), or an initialism typed with its inner letters small (КеаҚ).
_TWO_CAPITALS = f"[{KAZAKH_UPPER}]{{2}}"
_MARKED = [_TWO_CAPITALS, capitals.TITLED_CONSONANTS, capitals.SMALL_INSIDE]
_UNMARKED = [w for w in _MIXED_CASE_WORDS if not re.search("|".join(_MARKED), w)]
_MARK = "|".join([*_MARKED, *map(re.escape, _UNMARKED)])
# Searched from a capital (or an unmarked word's first letter), which the engine skips to (`rules.Rule`).
CAPITALS_MARK = re.compile(rf"[{KAZAKH_UPPER}{''.join(w[0] for w in _UNMARKED)}](?<=(?=(?:{_MARK})).)")
CONJOINED = re.compile(rf"{CAPITALS.pattern}(?P<conj>\s(?:мен|бен|пен))(?![\w-])")
CONJOINED_NEEDS = re.compile(r"\s[мбп]ен(?![\w-])")  # what every match holds (`Rule.needs`)
# An ordinal read from a number ends in a vowel, so the conjunction after it is мен, whatever the written number's
# last sound asked for ("5 пен 6-орындарға" → бесінші мен алтыншы орындарға).
CONJUNCTION_AFTER_ORDINAL = re.compile(r"(?<=нш[ыі]\s)(?:пен|бен)(?![\w-])")
CONJUNCTION_AFTER_ORDINAL_NEEDS = re.compile(r"нш[ыі]\s[пб]ен")  # what every match holds (`Rule.needs`)
# A case suffix typed onto an initialism without its hyphen (ГМОсыз, АҚШтан, ҚРдағы) is read as the hyphenated one:
# the hyphen is put back when the small letters after the capitals are a chain of suffixes.
# The first capital comes before the look back, which then sees it and the character before it: a fast scan.
GLUED_SUFFIX = re.compile(rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])")


# A case suffix written past the closing quote of capitals («ЭКСПО»-ны, «ҚТЖ»-ның) belongs to them: it is taken inside
# the quote, where the capitals' own rules read it with them (экспоны, Қазақстан темір жолының).
SUFFIX_PAST_QUOTE = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)(?P<close>[»”\"])-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])"
)


def _takes_suffix(word: str, suffix: str) -> bool:
    """A number's last digit takes what a number takes after its hyphen; capitals a chain of suffixes."""
    return writtennumbers.number_ending(suffix) if word.isdigit() else parse_suffixes(suffix) is not None


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
DETACHED_SUFFIX = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)"
    rf"(?:(?: [-–])? (?P<suf>{'|'.join(_DETACHED_CASES)})|[-–] (?P<chain>[{KAZAKH_LOWER}]+))(?![\w-])"
)


# A unit after its number with its suffix's hyphen typed and a space after it (15 г- нан, as a Latin page converted
# gives 15 g- nan): the hyphen opens no word of its own, so the endings are the unit's (он бес граммнан), when they are
# a chain of endings; a word after a dash (15 г - нан пісірілді) is left as written.
HYPHEN_THEN_SPACE = re.compile(r"- ")  # what every match holds (`Rule.needs`)
_UNIT = "|".join(re.escape(u) for u in writtennumbers.UNITS)
UNIT_SUFFIX_APART = re.compile(rf"(?<=\d)(?P<unit>\s?(?:{_UNIT}))- (?P<chain>[{KAZAKH_LOWER}]+)(?![\w-])")


def join_unit_suffix(match: re.Match[str]) -> str:
    """15 г- нан → 15 г-нан."""
    if parse_suffixes(match["chain"]) is None:
        return match.group()
    return f"{match['unit']}-{match['chain']}"


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
SUFFIX_APART_FROM_LATIN = re.compile(
    rf"(?<![\w.@/-])(?P<word>[A-Za-z]{{2,}}) [-–] (?P<suf>{'|'.join(_LATIN_DETACHED_CASES)})(?![\w-])"
)


# A measure typed onto the word after it, the space left out (52 тоннаданастам, 395 мың тоннакөлемінде): a word after
# a number that opens with a unit's word and its suffixes and goes on with a whole word the dictionary knows; a
# compound the dictionary lacks (көпқабатты, шағынауданына) opens with no unit and stays, and so does a unit whose
# letters after it are its own endings (1 гигакалориясының: -сы, -ның), though they spell a word (сының).
_MEASURE_WORDS = sorted(writtennumbers.UNIT_WORDS | {"тонна", "пайыз"}, key=len, reverse=True)
_AFTER_NUMBER = "|".join(rf"(?<=\d {scale})" for scale in ("", "мың ", "млн ", "млрд ", "миллион "))
RUN_ON_AFTER_NUMBER = re.compile(
    rf"(?:{_AFTER_NUMBER})(?P<unit>{'|'.join(_MEASURE_WORDS)})(?P<rest>[{KAZAKH_LOWER}]{{4,}})(?![\w-])"
)
_SHORTEST_RUN_ON_WORD = 4


def split_run_on_measure(match: re.Match[str]) -> str:
    """тоннаданастам → тоннадан астам; a word the dictionary knows (тоннадағы), a unit with its own endings
    (гигакалориясының), or one it cannot part, stays."""
    word, rest = match.group(), match["rest"]
    if capitals.known_stem(word) is not False or parse_suffixes(rest) is not None:
        return word
    for cut in range(len(rest) - _SHORTEST_RUN_ON_WORD + 1):
        suffix, tail = rest[:cut], rest[cut:]
        if parse_suffixes(suffix) is not None and capitals.known_word(tail):
            return f"{match['unit']}{suffix} {tail}"
    return word


# An area's or a volume's unit typed onto the word after it, its power the last thing before the word (бірлік кг /
# м2массасы, ауданы 5 м2болды): the space put back, so the unit is read as one (шаршы метріне) and not the letter м and
# a stray digit run into the word. Only a word the dictionary knows; a chain of endings typed so (5 м2ге, км2ден) is
# the unit's own, given the hyphen it lost (м2-ге: шаршы метрге). Only a unit standing alone, not a code's letters
# (ТМ2бөлімі, Ми8).
POWERED_UNIT_RUN_ON = re.compile(rf"(?<![\w-])(?P<unit>[ксдм]?м[23²³])(?P<rest>[{KAZAKH_LOWER}]{{2,}})(?![\w-])")
POWERED_UNIT_MARK = re.compile("м[23²³]")  # what every match holds (`Rule.needs`)
_SHORTEST_POWERED_RUN_ON = 3


def part_powered_unit(match: re.Match[str]) -> str:
    """м2массасы → м2 массасы, м2ге → м2-ге; a word the dictionary lacks stays."""
    rest = match["rest"]
    if parse_suffixes(rest) is not None:
        return f"{match['unit']}-{rest}"
    if len(rest) < _SHORTEST_POWERED_RUN_ON or capitals.known_word(rest) is False:
        return match.group()
    return f"{match['unit']} {rest}"


# A case suffix typed onto a unit symbol that ends in a word's stem (0-ден 10 000 кбайтқа дейін, 20 Мбайттан, 5 Гбитке),
# its hyphen left out: the hyphen put back after a number, so the unit is read and its ending re-inflected (кбайт-қа →
# килобайтқа). Only the table's symbols that end in three small letters with a vowel among them (кбайт, Мбит, Гкал;
# not a scale's млн) and that the reading does not begin with (not a unit written out: метр, тонна, whose run-ons
# `split_run_on_measure` parts), and only small letters that are a chain of endings (10 кбайтжады stays).
_STEM_UNITS = sorted(
    (
        u
        for u, e in abbr.of_kind("unit").items()
        if re.fullmatch(rf"\w*[{KAZAKH_LOWER}]{{3}}", u) and VOWELS & set(u[-3:]) and not e.spoken.startswith(u)
    ),
    key=len,
    reverse=True,
)
UNIT_SUFFIX_TYPED_ON = re.compile(
    rf"(?<=\d )(?P<unit>{'|'.join(map(re.escape, _STEM_UNITS))})(?P<suf>[{KAZAKH_LOWER}]{{1,8}})(?![\w-])"
)
# What every match holds (`Rule.needs`): a number's space, the unit's symbol and a small letter straight after it; the
# space first, which the search finds faster than an alternation of the symbols.
UNIT_SUFFIX_MARK = re.compile(rf" (?<=\d )(?:{'|'.join(map(re.escape, _STEM_UNITS))})[{KAZAKH_LOWER}]")


def hyphen_before_unit_ending(match: re.Match[str]) -> str:
    """кбайтқа → кбайт-қа; small letters that are no chain of endings stay."""
    if parse_suffixes(match["suf"]) is None:
        return match.group()
    return f"{match['unit']}-{match['suf']}"


# A case suffix typed onto a number or a percent sign without its hyphen (34ді, 5тен, 100ден, 15%ға) is read as the
# hyphenated one, when the small letters are what a number takes after its hyphen (`number_ending`: 1ші, 270тей,
# 10шақты too; 2020жылы, 30мың, 3кг stay apart, a word or a measure of their own); a number with its decimal part or
# time (13,02ден, 13.40ты) and one hyphened onto a name (COVID-19ды) too; not after a letter or a number's hyphen or
# stop, where the number is a code's (Ми8) or a range's or date's end; of single letters only a possessive's ы or і
# (8і: сегізі), never a house number's (12а).
GLUED_NUMBER_SUFFIX = re.compile(
    rf"(?:(?<![\w.,/-])|(?<=[^\W\d_]-))(?P<word>\d+(?:[.,:]\d+)?%?)(?P<suf>[ыі]|[{KAZAKH_LOWER}]{{2,}})(?![\w-])"
)


# A case suffix written past the closing quote of a name that ends in a number, a model's code («Боинг-737»-нің,
# «Alfa 2»-ні), belongs to the number, the last word said: taken inside the quote before the number's rule reads it
# («Боинг жеті жүз отыз жетінің»), as capitals take theirs (`_SUFFIX_PAST_QUOTE`). A word before the quote keeps its
# suffix outside («Нұр Отан»-ның).
SUFFIX_PAST_QUOTED_NUMBER = re.compile(rf"(?P<word>\d)(?P<close>[»”\"])-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])")


# The percent sign written before its number, as Turkish writes it (%15 жеңілдік, %0,5-ке): read as the sign after
# the number (15%), a suffix written on the number staying where it is. Not after a letter, a digit or a sign (a
# template's %d, 5%%), nor with a space before the number, where the sign closes a table's heading (деңгейі, % 16,75).
PERCENT_BEFORE_NUMBER = re.compile(r"(?<![\w%.,])%(?P<number>\d+(?:[.,]\d+)?)(?![\d%])")


def percent_after_number(match: re.Match[str]) -> str:
    """%15 → 15%, for the number's rule to read it as any percentage."""
    return match["number"] + "%"


def hyphen_before_number_ending(match: re.Match[str]) -> str:
    """34ді → 34-ді, 1ші → 1-ші, 8 ші → 8-ші, 270тей → 270-тей, 90-ҒА → 90-ға, 1-БӨЛІМ and 1-БӨлім → 1-бөлім (a part's
    name, which the ordinal rules read), 1-ТОҚСАННЫҢ → 1-тоқсанның (a word the dictionary knows); 2020жылы and a
    code's capitals stay (Ил-76-ТД), and so do capitals before small letters that are no word the dictionary knows
    (2-ТДкө)."""
    written = match["suf"]
    if written[:1].isupper() and not written.isupper() and not capitals.shift_held(written):
        return match.group()  # capitals before small letters: only a word the shift key was held on
    suffix = match["suf"].lower()
    named_part = numbering.names_part(match["suf"]) or _word_in_capitals(match["suf"])
    return f"{match['word']}-{suffix}" if writtennumbers.number_ending(suffix) or named_part else match.group()


_SHORTEST_CAPITAL_WORD = 4


def _word_in_capitals(written: str) -> bool:
    """A heading's word in capitals hyphened onto its number (1-ТОҚСАННЫҢ, 2-СЫНЫПТАРҒА): a word, or a stem with
    suffixes, the dictionary knows, no initialism of the table and no code's letters (Ил-76-ТД), read as its small
    letters for the ordinal rules to take the number before it."""
    return (
        written.isupper()
        and len(written) >= _SHORTEST_CAPITAL_WORD
        and written not in abbr.table()
        and bool(capitals.known_stem(written))
    )


def hyphen_before_glued_suffix(match: re.Match[str]) -> str:
    """The word and its suffix joined by a hyphen, the suffix in small letters, when its letters are a chain of
    suffixes (34ді, 598 інің, 90-ҒА, ГМОсыз)."""
    if parse_suffixes(match["suf"]) is None:
        return match.group()
    return f"{match['word']}-{match['suf'].lower()}"


# The third person's possessive, with or without a case after it, or an ordinal's ending, written a space after a
# number instead of a hyphen (598 інің жағдайы → 598-інің, 41 і ер адам, номер 8 ші мектеп → 8-ші): no Kazakh word is
# these letters alone after a count.
SPACED_NUMBER_POSSESSIVE = re.compile(
    rf"(?<![\w.,/-])(?P<word>\d+) (?P<suf>[ыі](?:ның|нің|на|не|нда|нде|нан|нен|мен)?|{ORDINAL_ENDING})(?![\w-])"
)


# A heading in capitals writes an initialism's case suffix in capitals too (ТМД-ҒА КІРЕТІН, АҚШ-ТЫҢ, НАТО-НЫҢ): read as
# the small letters it stands for when the capitals after the hyphen are a chain of suffixes and those before it an
# initialism (`capitals.initialism_before_suffix`), not the first word of a pair (АҒА-ІНІ). The first capital comes
# before the look back, which then sees it and the character before it: a fast scan.
CAPITAL_SUFFIX_AFTER_CAPITALS = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}A-Z](?<![\w-].)[{KAZAKH_UPPER}A-Z]+)-(?P<suf>[{KAZAKH_UPPER}]+)(?![\w-])"
)


# An initialism typed with its last capital small before its hyphened suffix (АІІб-не, ІІб-не): the hyphen shows the
# capitals are an initialism, not a word, and the small letter is its last one when the capitals with it are one the
# table holds; no other word in capitals ends in one small letter before a hyphen (ҚазҰУ-ға keeps its own case).
LAST_CAPITAL_TYPED_SMALL = re.compile(
    rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}]+)(?P<last>[{KAZAKH_LOWER}])(?=-[{KAZAKH_LOWER}])"
)


def last_capital_restored(match: re.Match[str]) -> str:
    """АІІб-не → АІІБ-не where АІІБ is an initialism the table holds; otherwise left as written."""
    written = match["word"] + match["last"].upper()
    entry = abbr.table().get(written)
    return written if entry is not None and entry.kind == "initialism" else match.group()


def lower_capital_suffix(match: re.Match[str]) -> str:
    """ТМД-ҒА → ТМД-ға, for the initialism's rule to say with its suffix; АҒА-ІНІ stays."""
    if not capitals.initialism_before_suffix(match["word"]):
        return match.group()
    return hyphen_before_glued_suffix(match)


# Two capitals before small letters: the shift key held a letter too long (БҮгінде → бүгінде, ҚАзақстан), read as the
# word in small letters when the dictionary knows it (`capitals.shift_held`); a fast scan as above.
SHIFT_HELD = re.compile(rf"(?P<word>[{KAZAKH_UPPER}](?<![\w-].)[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?![\w-])")


def lower_shift_held(match: re.Match[str]) -> str:
    word = match["word"]
    return word.lower() if capitals.shift_held(word) else word


# A heading in capitals writes a number's case suffix in capitals too (90-ҒА ЖУЫҚ, 300-ДЕН АСТАМ, 25%-ҒА), its
# ordinal's ending (1-ШІ ОРЫН) and the numbered part it heads (1-БӨЛІМ, 2-ТАРАУ): read as the small letters they stand
# for when the capitals are a chain of suffixes, an ordinal's ending or a document part's name, not a code's letters
# (Ил-76-ТД) or an initialism. A decimal takes them as a whole number does (11,7%-ҒА, 2,5-КЕ). The part's name typed
# with the shift key held a letter too long (1-БӨлім, the capitals of `SHIFT_HELD` before small letters) is that word
# too, read before the number rule takes the number for a count before a code. A space typed before the hyphen
# (1 -ТОҚСАННЫҢ) is dropped with it.
CAPITAL_NUMBER_SUFFIX = re.compile(
    rf"(?<![\w.,/-])(?P<word>\d+(?:[.,]\d+)?%?) ?-(?P<suf>[{KAZAKH_UPPER}]{{2,}}(?:[{KAZAKH_LOWER}]{{2,}})?)(?![\w-])"
)


# A day written onto a month name that a title or a holiday's name capitalises (1-Мамыр, 16-Желтоқсан, 8- Наурыз):
# the month in small letters, as the hyphenated day before a month is read everywhere else (бірінші мамыр).
CAPITAL_MONTH_AFTER_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?P<word>\d{{1,2}})-\s?(?P<month>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)(?![\w-])"
)


def lower_capital_month(match: re.Match[str]) -> str:
    month = match["month"]
    return f"{match['word']}-{month.lower()}" if dates.starts_with_month(month) else match.group()

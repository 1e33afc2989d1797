"""Codes of letters and digits: spelled codes, road indexes, currency pairs and tickers, registration and instalment
codes."""

from __future__ import annotations

import re
from collections.abc import Callable

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals, codes, initialisms, lookalikes, writtennumbers
from tts_edition.normalize.latin import names, read_latin, spelled_kazakh_word
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, VOWELS, attach
from tts_edition.normalize.numbers import cardinal_of, digits
from tts_edition.normalize.provenance import Spoken
from tts_edition.normalize.references import LIBRARY_LABEL

# Letters before a hyphen and a number name a model or a code (МС-18, Р-7, МSК-64, U-23, ДСМ-289): each letter by
# its name, or the table's expansion, or the Latin names table's reading (BMW-5, MSK-64: the seismic scale's Russian
# letters); Cyrillic vowels alone (АИ-92) are left to the initialism rule.
_LONGEST_SPELLED_CODE = 3
_SHORTEST_CODE_WORD = 3
_SHORTEST_UNKNOWN_CODE_WORD = 5
# A college group's code closes its capitals on a small letter, its teaching language's (ПСк-20-2, ЭЭк-19: қазақ):
# the small letter is a code letter too, spelled with the capitals; a capital and small ones (Ми-8) stay a word's.
# A category's code may hyphen each of its letters (С-О-1, D-O-1, a list of building categories): spelled the same.
_HYPHENED_CAPITALS = rf"[{KAZAKH_UPPER}A-Z](?:-[{KAZAKH_UPPER}A-Z]){{1,3}}"
CODE_LETTERS = re.compile(
    rf"(?<![\w-])(?P<letters>[{KAZAKH_UPPER}A-Z]{{1,5}}|[{KAZAKH_UPPER}]{{2,4}}[{KAZAKH_LOWER}]|{_HYPHENED_CAPITALS})"
    r"-(?=\d)"
)
# Latin capitals written onto a number name a measure or a model the same way (PM2.5, PM10, MP3), and so do
# Cyrillic ones, a single letter too (жұмыртқаның С1 сұрыбы, В2 деңгейі): the number is read on its own, a decimal
# one as a decimal. A capital and one small letter glued to three or four digits are an airline's code typed with
# its second letter small (Lo196, LOT's flight; Кс7053, Air Astana's in Cyrillic): spelled as its capitals are, not
# read as a word (not лоу). The code's number is its own, no range's first end: before a spaced dash and another
# number (Қазақ тілі Т1 — 7 сынып, a term's code, then the grade) it is read with the letters, so the number after the
# dash is read alone (тэ бір — жетінші сынып, not тэ бірінші – жетінші).
GLUED_CODE_LETTERS = re.compile(
    rf"(?<![\w-])(?P<letters>[A-Z]{{2,5}}|[{KAZAKH_UPPER}]{{1,5}}"
    rf"|(?:[A-Z][a-z]|[{KAZAKH_UPPER}][{KAZAKH_LOWER}])(?=\d{{3,4}}(?!\d)))"
    rf"(?:(?P<number>\d{{1,3}})(?=[ \t][–—][ \t]\d)|(?=\d+(?:[.,]\d+)?(?!\w|[.,]\d)))"
)


# A model's label, its letters hyphened onto its number (МИ-8, Ми-8, Т-72, Су-27), then a hyphen with a space each
# side before a word (МИ-8 - әлем жаппай қолданатын тікұшақ): the sentence's dash typed as a hyphen, as a definition
# puts it after its subject, not the hyphen of 5 - сынып that makes the number an ordinal. Written as the dash it is,
# the label's number stays a cardinal (ми сегіз – әлем); a case suffix after the spaced hyphen (Т-34 - ті) stays the
# number's own.
LABEL_BEFORE_DASH = re.compile(
    rf"(?<![\w-])(?P<label>[{KAZAKH_UPPER}A-Z][{KAZAKH_UPPER}{KAZAKH_LOWER}A-Za-z]{{0,5}}-\d{{1,4}})"
    rf" - (?P<word>[{KAZAKH_LOWER}]+)(?![\w-])"
)
SPACED_HYPHEN = re.compile(r"\d - ")  # what every label's dash holds (`Rule.needs`)


def dash_after_label(match: re.Match[str]) -> str:
    if writtennumbers.number_ending(match["word"]):
        return match.group()
    return f"{match['label']} – {match['word']}"


# A road's index: one capital of the road network's letters (М, А, Р, К, or Е of the European routes, typed in
# either alphabet) before a hyphen or glued to a number of up to three digits, then a road noun, maybe after the
# road's quoted name (М-32 тас жолы, E-40 дәлізі, А-2 «Алматы – Ташкент» автожолы, Р-36 тасжолында): the letter by
# its Kazakh name, a Latin look-alike as the Cyrillic letter it stands for (E-40 → е қырық, not the English и), the
# number a cardinal, as a code's is.
_ROAD_NOUN = r"(?:тас\s?жол|автожол|автомобиль\s+жол|күре\s?жол|жол|трасса|автомагистрал|дәліз|бағыт)"
ROAD_INDEX = re.compile(
    r"(?<![\w-])(?P<letter>[АЕКМРAEKMP])-?(?P<number>\d{1,3})(?!\d|[.,]\d)"
    rf"(?=(?:\s+«[^»\n]{{1,60}}»)?\s+(?:халықаралық\s+|республикалық\s+)?{_ROAD_NOUN})"
)


def speak_road_index(match: re.Match[str]) -> Spoken:
    letter = abbr.spell(match["letter"].translate(lookalikes.LOOKALIKES))
    return Spoken(f"{letter} {cardinal_of(match['number'])}", "code")


# A food additive's E-number on a label (E122 азорубин, Е621, E-330, E 211, E150a, E621-ді): the European code's
# letter Е, typed in either alphabet, then its number, 100 to 1599, maybe with a small letter of its sub-kind; said
# as the letter's Kazakh name and the number a cardinal (е жүз жиырма екі), not the Latin E's English name (и), a
# case suffix on the number; the Latin E is written as the Cyrillic Е it stands for.
FOOD_ADDITIVE = re.compile(
    r"(?<![\w.-])(?P<letter>[EЕ])[-\s]?(?P<number>[1-9]\d{2}|1[0-5]\d{2})(?P<kind>[a-f])?"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w-]|[.,]\d)"
)
FOOD_ADDITIVE_MARK = re.compile(r"[EЕ][-\s]?[1-9]\d\d")  # what every E-number holds (`Rule.needs`)
# The small letters of an additive's sub-kind (E150a, E160c, E472e) as the Russian-spelled Latin names labels are read
# by: а, бэ, цэ, дэ, е, эф.
_ADDITIVE_KINDS = dict(zip("abcdef", ("а", "бэ", "цэ", "дэ", "е", "эф"), strict=True))


def speak_food_additive(match: re.Match[str]) -> Spoken:
    """E122 → е жүз жиырма екі, E150a → е жүз елу а, E621-ді → е алты жүз жиырма бірді."""
    words = [cardinal_of(match["number"])]
    if match["kind"]:
        words.append(_ADDITIVE_KINDS[match["kind"]])
    spoken = " ".join(words)
    letter = match["letter"].translate(lookalikes.LOOKALIKES)  # the Cyrillic letter as written, a Latin E as it
    return Spoken(f"{letter} {attach(spoken, match['suf']) if match['suf'] else spoken}", "code")


# A settlement date on an exchange: a letter, a plus and the days after the deal (Т+0, T+2), said with its sign.
SETTLEMENT = re.compile(rf"(?<![\w+])(?P<letter>[{KAZAKH_UPPER}A-Z])\+(?P<days>\d+)(?![\w+]|[.,]\d)")
# A pair of currencies an exchange rate is quoted in: two codes or signs apart by a slash (USD/KZT, EUR / USD, $/₸) or
# two codes written together (USDKZT, EURUSD), said as the currencies' names joined (доллар-теңге); a case suffix
# written on after a hyphen is the second name's (USD/KZT-ге → доллар-теңгеге). An instrument code with its
# settlement's part (USDKZT_TOD) is no bare pair: it is spelled as before.
_CURRENCY_ID = rf"(?:{codes.CURRENCY_CODE}|[{writtennumbers.CURRENCY}])"
CURRENCY_PAIR = re.compile(
    rf"(?<![\w.@/-])(?P<base>{_CURRENCY_ID})(?:\s?/\s?|(?<=[A-Z])(?=[A-Z]))(?P<quote>{_CURRENCY_ID})"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w/]|-\w)"
)
PAIR_MARK = re.compile(rf"[A-Z]{{6}}|[A-Z{writtennumbers.CURRENCY}]\s?/")


# A currency ticker in a news page's header: a currency's sign, then its rates, two or more, each with its tiyns
# (the dollar's, the euro's and the rouble's in a row, their icons lost: $ 494.87  520.65  4.91), the line holding
# nothing else. The sign labels the row and is no amount's: it is said first, as its name (доллар төрт жүз тоқсан
# төрт бүтін жүзден сексен жеті ...), not after the first rate as a price in dollars. So is a sign on a line of its
# own, the widget's rates on the lines under it ($, then 498.34, then 519.72): a label, not the next line's amount
# (ustinka.kz's header). A ticker on a Kazakh page quotes the National Bank's rates (dollar, euro, rouble, yuan): its
# ¥ is the yuan, 68 tenge, not the yen, which costs three.
_TICKER_RATE = r"\d+[.,]\d{2}"
CURRENCY_TICKER = re.compile(
    rf"^[ \t]*(?P<sign>[{writtennumbers.CURRENCY}])"
    rf"(?:[ \t]+(?={_TICKER_RATE}(?:[ \t]+{_TICKER_RATE})+[ \t]*$)|(?P<alone>[ \t]*$))",
    re.M,
)
_TICKER_NAMES = {**writtennumbers.CURRENCIES, "¥": "юань"}


def speak_ticker_sign(match: re.Match[str]) -> str:
    """$ 494.87  520.65 → доллар 494.87  520.65: the row's label said before its rates; a sign alone on its line is
    said as its name ($ → доллар, ¥ → юань)."""
    name = _TICKER_NAMES[match["sign"]]
    return name if match["alone"] is not None else name + " "


# Codes the name table leaves out as they are words or brands too, named only where a pair makes them currencies.
_PAIRED_ONLY = {"TRY": "лира", "AMD": "драм", "GEL": "лари", "SAR": "риял"}


def currency_name(code: str) -> str:
    """The currency a code or a sign names, as a newsreader says it: USD → доллар, TRY → лира, ₸ → теңге."""
    return writtennumbers.CURRENCIES.get(code) or _PAIRED_ONLY.get(code) or names()[code.lower()]


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
TICKER = re.compile(r"(?<![\w.@/-])(?P<code>[A-Z]{2,}(?:_[A-Z]{2,})+)(?![\w-])")


# A registration code: capitals of one script written onto a run of five digits or more, maybe after digits of its
# own (AP14869856, BR05236277, 0118РК00935) or with short digit groups between its letters (an act's register key,
# V17MC003464), as a grant's or a project's number is: the letters spelled and every
# digit said alone, apart from a label the page wrote onto it (ЖТНBR05236277, нөмірі0118РК00935). It runs before
# the look-alike letters are mended, which would take Latin capitals glued to a Cyrillic label for its own (нөміріAP).
# A library class's label typed onto its index (УДК741744) is no register's letters: the library class reads it.
# A legal database's card opens with the act's number in the state register hyphened onto its code (100337-V1600013445):
# that number is the register's count, said as the card's line "Мемлекеттік тізілім нөмірі: 100337" says it, not a
# rank the hyphen would make of it (not жүз мың үш жүз отыз жетінші).
# A specialty's code, a digit and one capital, may be typed with a space before its zero-led digits (5В 050121 →
# бес вэ нөл бес нөл бір екі бір): a zero opens no count, so the digits are the code's, not a number of their own.
# A comma typed without its space before the next code of a list (5B050700,5B050800) ends the code: no decimal.
REGISTRATION_CODE = re.compile(
    r"(?:(?<![\w.,/-])(?P<registry>\d{4,})-(?=[A-Z]{1,4}\d))?"
    rf"(?:(?<!\d)(?P<head>\d+)|(?<![A-Za-z\d])(?=[A-Z])|(?<![{KAZAKH_UPPER}{KAZAKH_LOWER}\d])(?=[{KAZAKH_UPPER}]))"
    rf"(?!(?:{LIBRARY_LABEL})\d)(?P<letters>(?:[A-Z]{{1,4}}\d{{1,4}})*[A-Z]{{1,4}}|(?:[{KAZAKH_UPPER}]{{1,4}}\d{{1,4}})*[{KAZAKH_UPPER}]{{1,4}})"
    rf"(?:(?<=\d[A-Z{KAZAKH_UPPER}])\x20(?=0\d{{4}}))?(?P<tail>\d{{5,}})(?!\w|[.,]\d(?![A-Z{KAZAKH_UPPER}]))"
)


# A disease's code in the international classification (МКБ-10, АХЖ-10): one capital, two digits, a stop and one or
# two digits (U07.1, J45.0, F32.1; a Latin Kazakh text's converter makes the letter Cyrillic: У07.2). Said as doctors
# and newsreaders say it: the letter by its name, each group as written (07 → нөл жеті, 45 → қырық бес) and the stop
# нүкте, not a decimal, nor a stop that ends the sentence inside the code (жеті. екі). A longer run of groups (a
# version, a date: 10.07.2) or two capitals (PM2.5: a measure, read as a decimal) is no such code.
CLASSIFIED_CODE = re.compile(
    rf"(?<![\w.,/-])(?P<letter>[A-Z{KAZAKH_UPPER}])(?P<group>\d\d)\.(?P<sub>\d{{1,2}})(?!\w|[.,]\d)"
)
CLASSIFIED_CODE_MARK = re.compile(r"\.\d")  # what every classified code holds (`Rule.needs`)


def speak_classified_code(match: re.Match[str]) -> Spoken:
    """U07.2 → ю нөл жеті нүкте екі, J45.0 → джей қырық бес нүкте нөл."""
    groups = f"{codes.said_as_written(match['group'])} нүкте {codes.said_as_written(match['sub'])}"
    return Spoken(f"{abbr.spell(match['letter'])} {groups}", "code")


# A zero between lower-case Latin letters is the letter o typed as a digit, as players' nicknames write it (d0nk,
# w0nderful): the word is read with its o (донк), not as letters and a нөл.
ZERO_FOR_O = re.compile(r"(?<![\w-])[a-z]+(?:0[a-z]+)+(?![\w-])")


# Digits opening with a zero written onto a Latin word name a channel, a site or a model (Life09, Kanal07, A05), or,
# after a hyphen, a road (KAZ-03): said digit by digit, as a region's or a code's number is, not as the count the zero
# would hide (not лайф тоғыз, not каз үш).
ZERO_LED_ON_LATIN = re.compile(rf"(?<=[A-Za-z])-?(?P<code>0\d+)(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?!\w|[.,]\d)")


def speak_zero_led_code(match: re.Match[str]) -> Spoken:
    return Spoken(" " + attach(digits(match["code"]), match["suf"] or ""), "code")


# An instalment plan's code, three hyphen-joined numbers opening with zero (0-0-12: no first payment, no interest,
# twelve months; 0-12-24): said number by number, as shops advertise it (нөл нөл он екі), not as a range or a score.
INSTALMENT_CODE = re.compile(
    rf"(?<![\w.,/–-])(?P<code>0(?:-\d{{1,2}}){{2}})(?:-(?P<suf>[{KAZAKH_LOWER}]+))?(?![\w–-]|[.,]\d)"
)


def speak_instalment_code(match: re.Match[str]) -> Spoken:
    """0-0-12 → нөл нөл он екі, 0-0-24-ке → нөл нөл жиырма төртке."""
    spoken = " ".join(cardinal_of(part) for part in match["code"].split("-"))
    return Spoken(attach(spoken, match["suf"] or ""), "code")


# What every registration code holds (`Rule.needs`): a capital written onto five digits.
REGISTRATION_MARK = re.compile(rf"[A-Z{KAZAKH_UPPER}](?:\d{{5}}|\x200\d{{4}})")


# A bachelor's specialty code, a digit, the degree's letter В and six digits (5В011100), is often typed with the
# Latin B that looks like it (5B020300), among codes typed with the Cyrillic one: the Cyrillic letter's name, вэ, as
# the Cyrillic code says it, not the English letter's би. Only B before six digits after one digit: a grant's AP…,
# a register's BR… keep their Latin letters.
_SPECIALTY_DEGREE = "В"
_SPECIALTY_DIGITS = 6


def _latin_degree_letter(match: re.Match[str]) -> bool:
    head, tail = match["head"] or "", match["tail"]
    return len(head) == 1 and match["letters"] == "B" and len(tail) == _SPECIALTY_DIGITS and not match["registry"]


def registration_code_words(
    match: re.Match[str], say_digits: Callable[[str], str] = digits, say_number: Callable[[str], str] = cardinal_of
) -> str:
    """A registration code's letters spelled and its digits said one by one by `say_digits` (Kazakh by default; a
    Russian passage's certificate, издания № KZ03VPY00029269, says them in Russian), a space before it when it
    was written onto a word; a register number hyphened before it is said as a count by `say_number`."""
    parts = [say_number(match["registry"])] if match["registry"] else []
    parts += [say_digits(match["head"])] if match["head"] else []
    letters = _SPECIALTY_DEGREE if _latin_degree_letter(match) else match["letters"]
    inner = [say_digits(p) if p.isdigit() else abbr.spell(p) for p in re.findall(r"\d+|\D+", letters)]
    spoken = " ".join([*parts, *inner, say_digits(match["tail"])])
    glued = match.start() > 0 and match.string[match.start() - 1].isalnum()
    return (" " if glued else "") + spoken


def speak_registration_code(match: re.Match[str]) -> Spoken:
    return Spoken(registration_code_words(match), "code")


def speak_settlement(match: re.Match[str]) -> Spoken:
    return Spoken(f"{abbr.spell(match['letter'])} плюс {cardinal_of(match['days'])}", "code")


def speak_ticker(match: re.Match[str]) -> Spoken:
    return Spoken(" ".join(_ticker_part(part) for part in match["code"].split("_")), "code")


def _ticker_part(part: str) -> str:
    """A part of an instrument code is spelled (USDKZT, TOD), but a name longer than a currency's three-letter code
    that the name table says as a word is that word: an exchange's name heading its indices (KASE_BY → касе би уай)."""
    named = names().get(part.lower()) if len(part) > _LONGEST_SPELLED_CODE else None
    return named or abbr.spell(part)


# A code whose number closes on a capital, a college group's (ТЖ-11Д, ТЖ-11В: its speciality, year and stream) or a
# model's (Союз ТМА-18М, ЛК-6У): its capitals are the code's letters, spelled, not an initialism the table expands
# (not төтенше жағдай), and the closing one is said by its Cyrillic name, a look-alike too (вэ, not a volt's В).
LETTERED_CODE = re.compile(
    rf"(?<![\w-])(?P<letters>[{KAZAKH_UPPER}]{{1,4}})-(?P<number>\d{{1,3}})(?P<letter>[{KAZAKH_UPPER}])(?![\w-])"
)
LETTERED_CODE_NEEDS = re.compile(rf"-\d{{1,3}}[{KAZAKH_UPPER}]")  # what every match holds (`Rule.needs`)


def speak_lettered_code(match: re.Match[str]) -> Spoken:
    """ТЖ-11В → тэ жэ он бір вэ; ТМА-18М → тэ эм а он сегіз эм."""
    letters = (_letters_of_code(match["letters"]) or match["letters"].lower()).strip()
    spoken = f"{letters} {cardinal_of(match['number'])} {abbr.spell(match['letter'])}"
    return Spoken(spoken, "initialism", True)


def speak_glued_code_letters(match: re.Match[str]) -> str:
    """PM10 → пи эм (the number left to its rule); Т1 before a spaced dash and a number → тэ бір."""
    spoken = speak_code_letters(match)
    number = match["number"]
    if not number or spoken == match.group():
        return spoken
    return Spoken(f"{spoken.rstrip()} {cardinal_of(number)}", getattr(spoken, "kind", "initialism"), True)


# Fine particles' measures, PM2.5 and PM10 (particulate matter), typed with the Cyrillic Р and М they look like
# (РМ-2,5 және РМ-10 өлшеміндегі бөлшектер, РМ10): the Latin letters, said by their English names as PM2.5 is, not
# эр эм. Only before a particle size: Cyrillic РМ is an initialism of its own elsewhere.
_PARTICLES_TYPED_CYRILLIC = "РМ"
_PARTICLE_SIZE = re.compile(r"-?(?:2[.,]5|10)(?![.,]?\d)")


def _particle_measure(match: re.Match[str]) -> str | None:
    """PM, where the code's letters are the Cyrillic look-alikes of the measure's before a particle size."""
    if match["letters"] != _PARTICLES_TYPED_CYRILLIC or not _PARTICLE_SIZE.match(match.string, match.end("letters")):
        return None
    return match["letters"].translate(lookalikes.TO_LATIN)


def speak_code_letters(match: re.Match[str]) -> str:
    letters = _particle_measure(match) or match["letters"]
    if "-" in letters:
        return Spoken(abbr.spell(letters.replace("-", "")) + " ", "initialism", True)
    entry = abbr.table().get(letters)
    if entry and entry.kind == "initialism" and not initialisms.names_law(entry):
        return entry.spoken + " "  # a law is numbered by no hyphen: АК-74 is a rifle, its letters said by their names
    return _letters_of_code(letters) or match.group()


def _letters_of_code(letters: str) -> Spoken | None:
    """A code's letters said as no table's initialism: the Latin names table's reading, a word, or the letters'
    names; None for vowels alone (АИ-92), which the initialism rule reads."""
    named = names().get(letters.lower()) if letters.isascii() else None
    if named:
        return Spoken(named + " ", "latin")
    if all(ch.lower() in VOWELS for ch in letters):
        return None
    if _dictionary_word(letters):
        return Spoken(letters.lower() + " ", "capitals")  # ТОП-5 → топ бес
    if letters.isascii() and (word := _word_in_plain_latin(letters)) is not None:
        return Spoken(word + " ", "capitals")  # TOP-5 → топ бес, as ТОП-5
    if letters.isascii() and len(letters) > _LONGEST_SPELLED_CODE:
        return Spoken(read_latin(letters) + " ", "latin", True)  # COVID-19 → ковид он тоғыз
    return Spoken(abbr.spell(letters) + " ", "initialism", True)


def _word_in_plain_latin(letters: str) -> str | None:
    """Latin capitals before a number that spell a word the Kazakh dictionary knows, as an address's plain Latin does
    (TOP → топ), said as that word the way its Cyrillic capitals are; None for fewer than three letters."""
    if len(letters) < _SHORTEST_CODE_WORD or (word := spelled_kazakh_word(letters)) is None:
        return None
    return word if abbr.pronounceable(word) else None


def _dictionary_word(letters: str) -> bool:
    """Capitals before a number that spell a word the Kazakh dictionary knows as it stands, said as that word; one
    of two letters (ҚР, АН) is an initialism as likely. Capitals of five letters or more that make a word by the
    capitals' own test are a name (ЭКСПО-2017, КАМАЗ-5320): initialisms are short."""
    if len(letters) >= _SHORTEST_UNKNOWN_CODE_WORD and capitals.is_word(letters):
        return True
    return len(letters) >= _SHORTEST_CODE_WORD and abbr.pronounceable(letters) and bool(capitals.known_word(letters))

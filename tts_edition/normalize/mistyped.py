"""Letters and marks typed for others: legacy-font letters, degrees typed as apostrophes or zeros, a stop for a range's
dash, swapped units, runs of spaces."""

from __future__ import annotations

import functools
import itertools
import re

from tts_edition.normalize import roman, writtennumbers
from tts_edition.normalize.capitals import known_stem, known_word, parse_suffixes
from tts_edition.normalize.dates import MONTHS
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, VOWELS, written_harmony

# Kazakh letters that fonts of the 1990s drew in place of other characters, as they come out of old documents:
# a sign inside a Cyrillic word stands for the letter (Б¥¥ → БҰҰ), and so do the Macedonian and Serbian letters such
# a font put where қ, ғ, ң and ө were (ќазаќшасы → қазақшасы, жылѓы → жылғы, Президентініњ → Президентінің,
# љзгерістермен → өзгерістермен), and the schwa with a diaeresis a standard's PDF font draws for ө (ЖӚНІНДЕГІ →
# ЖӨНІНДЕГІ), letters no Kazakh word holds. Another such font, as an ENT test bank comes out of it (сµз, т‰рі, Ж±мысшы,
# дєріхана, ‡ндестік), put the per mille sign for ү and the dagger for Ү, the plus-minus sign for ұ, the micro sign
# for ө and the Ukrainian є and Є for ә and Ә: each touching a Cyrillic letter, where none of those signs stands (5‰,
# ±2 and 10 µм keep theirs: a micro sign opening a unit's letters is the unit's prefix). A third font (a programme's
# title page: ЌАЗАЌСТАН РЕСПУБЛИКАСЫ БІЛІМ ЖЈНЕ ЄЫЛЫМ) put the Serbian Ј for Ә and the Ukrainian Є for Ғ: Ј is always
# ә, and є is ә unless the dictionary knows the word only with ғ (`LEGACY_SECOND_READING`). A test bank typed in the
# first font put its ѓ for ә once as well (жѓне beside жарияланѓан): ѓ is ғ unless the dictionary knows the word
# only with ә. A fourth font (procurement rules as a document mirror prints them: комиссия тґрағасының, ґзгерту, бір
# кґзден) put the Ukrainian ґ and Ґ for ө and Ө.
LEGACY_FONT = {"¥": "Ұ", "ќ": "қ", "Ќ": "Қ", "ѓ": "ғ", "Ѓ": "Ғ", "њ": "ң", "Њ": "Ң", "љ": "ө", "Љ": "Ө", "ӛ": "ө",
               "Ӛ": "Ө", "‰": "ү", "‡": "Ү", "±": "ұ", "µ": "ө", "є": "ә", "Є": "Ә", "ј": "ә", "Ј": "Ә", "ґ": "ө",
               "Ґ": "Ө"}  # fmt: skip
LEGACY_SECOND_READING = {"є": "ғ", "Є": "Ғ", "ѓ": "ә", "Ѓ": "Ә"}
# A font drew a sign for a letter it lacked, so a text that writes that letter itself drew the sign for another: a
# history page that writes сұлтанның and Атаңның put њ for һ (Гауњар, қањармандық for Гауһар, қаһармандық), where a
# text with no ң of its own (Президентініњ) put it for ң. A sign closing its word is ң in any text, as no Kazakh word
# ends on һ and the genitive's -ның does on ң (Президентініњ сөзі beside a retyped Қазақстанның).
LEGACY_READING_BESIDE_LETTER = {"њ": "һ", "Њ": "Һ"}
_LEGACY_SIGN = f"[{''.join(LEGACY_FONT)}]+"
_MICRO_UNIT = r"(?<!\w)µ(?:м|г|л|с|моль|кат)(?![\w])"
LEGACY_LETTER = re.compile(rf"(?<=[\u0400-\u04ff]){_LEGACY_SIGN}|(?!{_MICRO_UNIT}){_LEGACY_SIGN}(?=[\u0400-\u04ff])")
LEGACY_SIGN = re.compile(_LEGACY_SIGN)


_WORD_AROUND = re.compile(r"\w*")


def legacy_letters(match: re.Match[str]) -> str:
    """The Kazakh letters a legacy font's signs stand for (‰ → ү); a sign two fonts gave different letters (Є, ѓ) is
    the second one's where the dictionary knows the word by it and not by the first (ЄЫЛЫМ → ҒЫЛЫМ, дєріхана →
    дәріхана, жѓне → және)."""
    signs, text = match.group(), match.string
    after = _WORD_AROUND.match(text, match.end()).group()
    word_end = len(signs) - 1 if not after else None
    first = "".join(_legacy_letter(ch, text, at == word_end) for at, ch in enumerate(signs))
    if not any(ch in LEGACY_SECOND_READING for ch in signs):
        return first
    before = _WORD_AROUND.match(text[::-1], len(text) - match.start()).group()[::-1]
    second = "".join(LEGACY_SECOND_READING.get(ch, LEGACY_FONT[ch]) for ch in signs)
    if known_stem(before + first + after) is False and known_stem(before + second + after):
        return second
    return first


def _legacy_letter(sign: str, text: str, last_of_word: bool) -> str:
    """The letter a legacy font's sign stands for in this text (`LEGACY_READING_BESIDE_LETTER`)."""
    if last_of_word or sign not in LEGACY_READING_BESIDE_LETTER:
        return LEGACY_FONT[sign]
    if LEGACY_FONT[sign].lower() in _letters_written(text):
        return LEGACY_READING_BESIDE_LETTER[sign]
    return LEGACY_FONT[sign]


@functools.lru_cache(maxsize=4)
def _letters_written(text: str) -> frozenset[str]:
    """Of the letters a sign stands for only where the text lacks them, those the text writes itself (small)."""
    lower = text.lower()
    return frozenset(letter for sign in LEGACY_READING_BESIDE_LETTER if (letter := LEGACY_FONT[sign].lower()) in lower)


def legacy_repaired(text: str) -> str:
    """`text` with a legacy font's signs in Cyrillic words as the Kazakh letters they stand for, and the letters a
    Russian code page lost to question marks put back (`letter_for_question_mark`), letter for letter (positions
    hold): what the language of a run is told by, as the rules will read the words (т‰рде жарияланѓан к‰ннен,
    Та?ырып: Шамаларды ?айталау are Kazakh, not Russian runs whose signs are said or left)."""
    if LEGACY_SIGN.search(text):
        text = LEGACY_LETTER.sub(legacy_letters, text)
    if QUESTION_MARK_LETTER_MARK.search(text):
        text = QUESTION_MARK_LETTER.sub(letter_for_question_mark, text)
    if TILDE_LETTER_MARK.search(text):
        text = TILDE_LETTER.sub(letter_for_question_mark, text)
    return text


# The Latin H and G such a font put for ө and Ө, as textbooks of the 1990s come out of a PDF (кHр сеткен кHмегi,
# Hзгерiстер, Gйткенi): an H between small Cyrillic letters or before a consonant opening a word (no Kazakh word
# opens with н and a consonant), a G before small Cyrillic letters; the Н of a capital typed in Latin stays.
_SMALL_CYRILLIC = "а-яәғқңөұүһіё"
LEGACY_O = re.compile(
    rf"(?<=[{_SMALL_CYRILLIC}])H(?=[{_SMALL_CYRILLIC}i])|(?<![\w-])H(?=[бвгғджзклмнңпрстфхцчшщ])"
    rf"|(?<![\w-])G(?=[{_SMALL_CYRILLIC}]{{2}})"
)
LEGACY_O_LETTERS = {"H": "ө", "G": "Ө"}
LEGACY_O_MARK = re.compile("[HG]")  # what every match holds (`Rule.needs`)


# The ә a page's encoding turned into ң (жңне, сңуірдегі for және, сәуірдегі): ң follows only a vowel in a Kazakh word
# and opens none, so one after a consonant or opening a word (ңлеуметтік for әлеуметтік) is the lost ә, read so when
# the dictionary knows the word it makes (бөлңмдерінде, where ң stands for another letter, stays).
_CONSONANTS = "бвгғджзклмнпрстфхцчшщқһ"
# The ң itself, found first, which the engine skips to (what every match holds, `Rule.needs`).
ENG_AFTER_CONSONANT = re.compile(
    rf"[ңҢ](?:(?<=[{_CONSONANTS}{_CONSONANTS.upper()}][ңҢ])|(?<![\w-][ңҢ])(?=[{_SMALL_CYRILLIC}]))"
)
ENG_FOR_SCHWA_WORD = re.compile(
    rf"[{_SMALL_CYRILLIC}А-ЯӘҒҚҢӨҰҮҺІЁ]*(?:{ENG_AFTER_CONSONANT.pattern})[{_SMALL_CYRILLIC}А-ЯӘҒҚҢӨҰҮҺІЁ]*"
)


def schwa_for_eng(match: re.Match[str]) -> str:
    """жңне → және; a word the dictionary does not know with ә stays as written."""
    word = match.group()
    restored = ENG_AFTER_CONSONANT.sub(lambda m: "Ә" if m.group() == "Ң" else "ә", word)
    return word if known_stem(restored) is False else restored


# A Kazakh vowel a page's font lacked and left out of every word (мгедекті, йлерінде, жйесін, стіне for мүгедекті,
# үйлерінде, жүйесін, үстіне): the page writes that letter nowhere, and two of its words or more open as no Kazakh
# word does, on two consonants or on й, and the dictionary knows them with the letter put back once. Each such word
# gets it (where a word it makes whole is known, before a stem with suffixes); a page where one word alone would take
# it keeps its words, a typo's (or a spaced-out word's piece: ө здер). One of them at least opens on й beside a
# consonant, the rarest such mark (`VOWEL_LOST_AT_OPENING`).
DROPPED_LETTERS = "үұәө"
_FEWEST_DROPPED = 2
DROPPED_LETTER_WORD = re.compile(rf"(?<![\w-])(?:[{_CONSONANTS}й]{{2}}|й)[{_SMALL_CYRILLIC}]+(?![\w-])")
# What a page that lost a vowel so holds (`Rule.when`): a word opening on a consonant and й or on й and a consonant
# (жйесін, йлерінде), as no Kazakh or Russian word does.
VOWEL_LOST_AT_OPENING = re.compile(rf"й(?:(?<=\b[{_CONSONANTS}]й)|(?<=\bй)(?=[{_CONSONANTS}]))")  # й first: a fast scan


def dropped_letter_put_back(match: re.Match[str]) -> str:
    """мгедекті → мүгедекті on a page that lost its ү; the word as written where no lost letter makes it known."""
    word = match.group()
    for letter in _dropped_letters(match.string):
        if (whole := _with_letter(word, letter)) is not None:
            return whole
    return word


@functools.lru_cache(maxsize=8)
def _dropped_letters(text: str) -> tuple[str, ...]:
    """The letters the page writes nowhere that two of its words or more were written without."""
    lower = text.lower()
    words = {m.group() for m in DROPPED_LETTER_WORD.finditer(lower)}
    missing = [letter for letter in DROPPED_LETTERS if letter not in lower]
    if not missing:
        return ()
    return tuple(
        letter for letter in missing if sum(_with_letter(w, letter) is not None for w in words) >= _FEWEST_DROPPED
    )


@functools.lru_cache(maxsize=4096)
def _with_letter(word: str, letter: str) -> str | None:
    """The word with the letter put in where it makes a word the dictionary knows (whole first, then as a stem with
    suffixes); None where the dictionary knows the word as written, or no place makes one."""
    if known_stem(word) is not False:
        return None
    placed = [word[:at] + letter + word[at:] for at in range(len(word) + 1)]
    return next((w for w in placed if known_word(w)), None) or next((w for w in placed if known_stem(w)), None)


# The Kazakh letters a page saved in a Russian code page (Windows-1251) lost to question marks: that page has і but
# none of ә, ғ, қ, ң, ө, ұ, ү, һ, and puts ? for each (1 ?ырк?йек Білім к?ніне арнал?ан ойын- сауы?, Ба?дарлама).
# A ? inside a Cyrillic word, opening one before its letters, or closing one before a stop or a comma (where no
# question mark stands) is the lost letter the dictionary knows the word by: the letters are tried in the order of
# their frequency, ң last, as the ending of many words (сауық before сауың), and a word the dictionary knows without
# the ? before a stop (Неге?.) keeps its question mark unless the text lost a letter inside a word too (сауы?.
# beside к?ніне); so does a word no letter makes known. Up to three in a word.
LOST_LETTERS = "қғүұәөңһ"
QUESTION_MARK_LETTER = re.compile(r"(?<![\w?])[\u0400-\u04ff]*\?[\u0400-\u04ff?]*")
# What every such word holds (`Rule.needs`): a ? before a Cyrillic letter, or before a stop or a comma.
QUESTION_MARK_LETTER_MARK = re.compile(r"\?[\u0400-\u04ff.,;:]")
_MOST_LOST = 3
_SHORTEST_ROOT = 3  # letters of the stem a lost letter may complete (пән)
_LOST_INSIDE = re.compile(r"\?(?<=[\u0400-\u04ff]\?)[\u0400-\u04ff]")  # к?ніне: the page lost letters
# Another code page put a tilde for them (a Kazakh astronomy test on a Russian study site: Аспанда~ы ж~лдыздарды →
# Аспандағы жұлдыздарды): a tilde between two Cyrillic letters, where none stands (~5 км, 30 ~ 40: about, from… to),
# filled the same way.
TILDE_LETTER = re.compile(r"[\u0400-\u04ff]+(?:~[\u0400-\u04ff]+)+")
TILDE_LETTER_MARK = re.compile(r"~[\u0400-\u04ff]")  # what every such word holds (`Rule.needs`), a literal first


# A ? closing a word the sentence goes on after, a space and a small letter following (ашы? саба?: beside п?нінен),
# on a page that lost letters inside its words, is a lost letter too when a letter makes a word the dictionary
# knows; a question's particle (бе? деді) keeps its mark, as a page that lost none keeps every mark.
_QUESTION_PARTICLES = frozenset({"ма", "ме", "ба", "бе", "па", "пе", "ше"})
_SMALL_AFTER = re.compile(r" [а-яәіөүұ]")


def _sentence_goes_on(match: re.Match[str]) -> bool:
    text, end = match.string, match.end()
    return (
        _SMALL_AFTER.match(text, end) is not None
        and match.group()[:-1].lower() not in _QUESTION_PARTICLES
        and _LOST_INSIDE.search(text) is not None
    )


def letter_for_question_mark(match: re.Match[str]) -> str:
    """к?ніне → күніне, ?арапайым → қарапайым, сауы?. → сауық.; Неге? and ма ? stay."""
    word = match.group()
    text, end = match.string, match.end()
    if word.endswith("?") and (end >= len(text) or text[end] not in ".,;:") and not _sentence_goes_on(match):
        if _LOST_INSIDE.search(word):  # Мон?олдарды?: the word lost a letter inside, its last ? may be one too
            whole = _filled(word)
            if whole != word:
                return whole
            inside = _filled(word[:-1])
            return inside + "?" if inside != word[:-1] else word
        return word  # a question's mark: no letter, stop or comma after it
    if word.endswith("?") and known_word(word.replace("?", "").lower()) and not _LOST_INSIDE.search(text):
        return word  # Неге?. : a known word's question mark, on a page that lost no letter inside a word
    return _filled(word)


def _filled(word: str) -> str:
    """The word with each ? (or ~) given the lost letter that makes a word the dictionary knows; the word itself if
    none."""
    lost = "~" if "~" in word else "?"  # Аспанда~ы: `TILDE_LETTER`, a tilde is never a question's mark
    marks = word.count(lost)
    letters = word.replace(lost, "")
    if not letters or marks > _MOST_LOST or known_word(letters.lower()) is None:
        return word
    upper = letters.isupper() and len(letters) > 1
    pieces = word.split(lost)
    for fill in itertools.product(LOST_LETTERS, repeat=marks):
        candidate = pieces[0] + "".join(f + piece for f, piece in zip(fill, pieces[1:], strict=True))
        if known_word(candidate.lower()):
            return candidate.upper() if upper else candidate
    if marks == 1 and (stemmed := _stem_fill(pieces)) is not None:
        return stemmed.upper() if upper else stemmed
    return word


_VOICED_FIRST = "ғүұәөқңһ"  # after a vowel a lost г is likelier than к: ғ is tried before қ (дағы, not дақы)


def _stem_fill(pieces: list[str]) -> str | None:
    """The one lost letter that makes a stem the dictionary knows followed by suffixes, where no letter makes a
    word it knows whole (п?нінен → пәнінен: пән and -інен; Аспанда~ы → Аспандағы: аспан and -дағы); of several, the
    one whose stem is shortest, the root the suffixes were added to (пән, before the stored form пүні of пүнінен).
    A word's last letter is filled so only inside its stem: any stem takes some one-letter suffix (істейсің?)."""
    best, best_cut = None, 0
    shortest = _SHORTEST_ROOT if pieces[1] else len(pieces[0]) + 1
    for letter in _VOICED_FIRST if pieces[0][-1:].lower() in VOWELS else LOST_LETTERS:
        candidate = pieces[0] + letter + pieces[1]
        lower = candidate.lower()
        for cut in range(max(shortest, _SHORTEST_ROOT), len(lower)):
            if parse_suffixes(lower[cut:]) and known_word(lower[:cut]):
                if best is None or cut < best_cut:
                    best, best_cut = candidate, cut
                break
    return best


# Degrees Celsius written other ways after a number: the one-character ℃, the ordinal º or the ring ˚ for the degree
# sign (not where a coordinate's minutes follow: 43˚ 15ʹ), the Celsius letter apart from the sign (8-12° С) or after
# the word (25 градус С), or Russian Ц for it (25°Ц). Each becomes °С, the unit the number rule reads (and
# re-inflects: +25 ℃-қа → плюс жиырма бес градусқа). The Celsius letter alone, without the sign, before the word
# температура (Пеште 40-60 С температурада) is the unit too; a class's or a section's letter (5 С сынып) is not.
# Without its sign the letter names the scale, as a problem that sets it beside Kelvin's does (430 С температура
# Кельвиннің шкаласы бойынша): градус цельсий. After a number a sign opens (-32С, – 29С, +25 С: a frost's or a
# warmth's reading, the sign no class's letter takes) the letter alone is the unit with its degree.
WRITTEN_CELSIUS = re.compile(
    r"(?<=\d)(?P<gap>\s?)(?:(?:[°º˚]|градус)\s?[CСЦ]|℃|[º˚](?!\s?\d{1,2}\s?[′'ʹ’´])|(?P<letter>[CС])(?=\s[Тт]емператур)"
    r"|(?P<bare>[CС]))(?!\w)"
)
_SIGNED_BEFORE = re.compile(r"(?<![\w.,])[-+−–]\s?\d{1,2}$")


def celsius_written_so(match: re.Match[str]) -> str:
    """25 ℃ → 25 °С, read by the number's rule; 430 С температура → 430 градус цельсий температура; -32С → -32°С."""
    if match["bare"] and not _SIGNED_BEFORE.search(match.string, max(0, match.start() - 5), match.start()):
        return match.group()  # 5 С: a class's or a section's letter
    return " градус цельсий" if match["letter"] else match["gap"] + "°С"


# A weather widget's temperature scraped onto its own line, a decimal and the Celsius letter without the sign (16.3 C
# above the city's name): a line that holds nothing else is the reading, not a section numbered 16.3 and a letter C.
# A whole number stays (5 С, a class's letter), as does a decimal with more on its line (2.1 C нұсқасы).
LINE_TEMPERATURE = re.compile(r"^(?P<number>[-+−]?\d{1,2}[.,]\d)[ \t]?[CС][ \t]*$", re.M)
LINE_TEMPERATURE_MARK = re.compile(r"[CС][ \t]*$", re.M)  # what every match holds (`Rule.needs`)
# A degree sign typed as an apostrophe on a number before C or С (25'С, 30’C): no letter follows that С, which
# the number's unit reading then takes as Celsius.
APOSTROPHE_DEGREE = re.compile(r"(?<=\d)(?<!°\d)(?<!°\d\d)['’ʼ](?=[CС](?![\w]))")
# A degree's ring typed as a small letter o, Cyrillic or Latin, between a number and the Celsius letter (25оС-ден,
# +8 oC): a leaflet's storage temperature typed without the sign.
LETTER_O_DEGREE = re.compile(r"(?<=\d)(?P<gap>\s?)[оo](?=[CС](?!\w))")
LETTER_O_DEGREE_MARK = re.compile(r"\d\s?[оo][CС]")  # what every match holds (`Rule.needs`)
# A degree's ring typed as the ring operator after a number, as a PDF of a geometry lesson gives it (қосындысы-180∘,
# 45∘-градустан): the degree sign of an angle, said градус; where the word градус is written after it, the sign is said
# as nothing. An angle has no sign: a dash a word runs onto before it is the sentence's dash, set apart, not the
# minus of a temperature glued to its word.
RING_DEGREE = re.compile(
    rf"(?:(?<=[{KAZAKH_LOWER}])(?P<dash>[-–]))?(?P<number>\d+(?:[.,]\d+)?)∘(?P<word>-?(?=градус))?"
)
RING_DEGREE_NEEDS = re.compile("∘")  # what every match holds (`Rule.needs`)


def ring_as_degree(match: re.Match[str]) -> str:
    """қосындысы-180∘ → қосындысы – 180°; 45∘-градустан → 45 градустан."""
    dash = " – " if match["dash"] else ""
    return f"{dash}{match['number']}{' ' if match['word'] is not None else '°'}"


# A degree's raised ring flattened to a zero a space after the number (± 0,5 0С, +20 0С): a copied table's.
ZERO_DEGREE = re.compile(r"(?<=\d )0(?=[CС](?!\w))")
# A range of temperatures with the degree written on both ends (+2°С...+4°С, 5°С-7°С): said once, after the range.
DEGREE_BEFORE_RANGE_END = re.compile(r"(?<=\d)\s?°\s?[CС]?(?=\s?(?:\.\.\.|…|[-–—])\s?[-+−–]?\d+(?:[.,]\d+)?\s?°)")
# A range's dash typed as a full stop between two years or two decades' tens before the plural year word (1521.1538
# жылдар, 2008.2010 жж, 50.90 жылдарындағы, 20.80 ж.ж.) or between two Roman numerals before the plural century word
# (XV.XVІ ғғ., XV.XVІ ҒАСЫРЛАРДАҒЫ): a number counts in the singular (1,5 жыл), so the plural says a span is meant;
# the stop is the dash when the second end is the later one.
DOT_FOR_RANGE_DASH = re.compile(
    rf"(?<![\w.])(?:(?P<y1>[12]\d{{3}}|[1-9]0)\.(?P<y2>[12]\d{{3}}|[1-9]0)(?=\s*(?:жылдар|жж(?:\.|(?!\w))|ж\.\s?ж\.))"
    rf"|(?P<r1>{roman.ROMAN_TOKEN})\.(?P<r2>{roman.ROMAN_TOKEN})(?=\s*(?:ғғ|ғасырлар|ҒАСЫРЛАР)))"
)

# Guillemets typed as doubled angle brackets around a name (Алматы <<Атамұра>> 2022, Сынып: 2 <<Ә>>): the quotes, not
# the signs "much less" and "much greater" before a number.
TYPED_GUILLEMETS = re.compile(r"<<(?P<quoted>[^<>\n]{1,60})>>")
TYPED_GUILLEMETS_MARK = re.compile(r"<<")

# A decade's hyphen typed as a dash with a space between the tens and the plural year word (60 – жылдардың, 1990
# -жылдары): no number follows the dash, so it joins no range; it is the hyphen that makes the tens a decade's.
DETACHED_DECADE_DASH = re.compile(r"(?<![\w.,])(?P<tens>(?:1[89]|20)\d0|[1-9]0)(?:\s+[-–—]\s*|\s*[-–—]\s+)(?=жылдар)")
DASH_AFTER_TENS = re.compile(r"0(?:\s+[-–—]\s*|\s*[-–—]\s+)жылдар")  # what every match holds


STOP_IN_RANGE = re.compile(r"[\dIVXLCDMІХСМҮ]\.[\dIVXLCDMІХСМҮ]")


def dash_for_range_dot(match: re.Match[str]) -> str:
    """1521.1538 жылдар → 1521–1538 жылдар, XV.XVІ ғғ. → XV–XVІ ғғ.; a later second end or nothing."""
    first, last = (match["y1"], match["y2"]) if match["y1"] else (match["r1"], match["r2"])
    values = (int(first), int(last)) if match["y1"] else (roman.roman_value(first), roman.roman_value(last))
    ordered = values[0] is not None and values[1] is not None and values[1] > values[0]
    return f"{first}–{last}" if ordered else match.group()


# A rate's slash typed as a backslash after an amount's unit (12 м\с, 600 мкг\т): the slash it stands for.
BACKSLASH_RATE = re.compile(rf"(?<=\d)(?P<unit>\s?(?:{writtennumbers.UNIT}))\\(?=(?:{writtennumbers.PER_WRITTEN}))")
# A speed typed with its units swapped, time over length (14-17 с/м, 90 сағ/км): no amount is said per metre or
# kilometre in seconds or hours, so the writer's length per time is meant (метр секундына). A pace in minutes per
# kilometre (5 мин/км) is a unit of its own and stays.
SWAPPED_SPEED = re.compile(r"(?<=\d)(?P<space>\s?)(?P<time>с|сек|сағ)/(?P<length>км|м)(?![\w/²³])")


def unswapped_speed(match: re.Match[str]) -> str:
    """с/м → м/с, сағ/км → км/сағ."""
    return f"{match['space']}{match['length']}/{match['time']}"


# Spaces typed in a run inside a line (a justified page's text: 150  млн  км, 300  000) are one space, so that a
# number meets its unit and its groups of thousands.
SPACE_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
TWO_SPACES = re.compile("  ")  # what every run holds (`Rule.needs`), found without the look-arounds

# A form's blank, a run of underscores to write on (______2013 жылғы, ____________Тохметова), typed onto the word
# or number filled in after it: the blank is no part of it, so a space sets it apart and the number is read as its
# words say (екі мың он үшінші жылғы), where the underscore, a word character, hid the number's start. A single
# underscore joins an identifier's parts (abai_kz) and stays. A blank typed after a word or a clipped word's stop
# (проф._____ Төлеуов, the signature's line after a title) is set apart the same way, so that the word before it is
# read whole (профессор), the underscore having joined the stop to a word character.
# A form's date line whose year is typed into the template's "20__ ж." (_______________2020__ж): the blank left between
# the year and its ж is no part of either, and is dropped, so that the year is read with its word (екі мың
# жиырмасыншы жыл); a blank between a number and another word (2020__Алматы) is set apart as any blank is.
BLANK_ONTO_WORD = re.compile(
    r"(?<=\d)(?P<year>_{2,})(?=ж(?:\.|ыл|(?![^\W\d_])))|_{2,}(?=[^\W_])|(?<=[^\W_]\.)(?=_{2,})|(?<=[^\W_])(?=_{2,})"
)
BLANK_MARK = re.compile("__")  # what every blank holds (`Rule.needs`)


def part_blank(match: re.Match[str]) -> str:
    """A blank set apart from the word or number it was typed onto; the one between a year and its ж dropped."""
    return " " if match["year"] else match.group() + " "


# A single underscore between a Cyrillic word and a number or an initialism, a file's or a page's title typed without
# spaces (Биология_9 сынып, Химия_8, Химия_ЕМН_10 сынып): a space, so that the number after the subject is read in its
# context (тоғызыншы сынып) and the initialism as one (е эм эн). A Latin identifier's underscore (news_2023, abai_kz)
# is an address's or a name's part and stays, and so does one between words (an address's path: /Балқаш_көлі.html).
UNDERSCORE_BEFORE_NUMBER = re.compile(
    rf"(?<=[а-яёәғқңөұүһі]{{3}})_(?=\d|(?-i:[{KAZAKH_UPPER}]{{2,5}})(?![^\W\d_]))", re.I
)
UNDERSCORE_MARK = re.compile("_")


# A scale word spelt out after a number with a letter typed twice or a double letter typed once (33 мииллион,
# 2 милиард, 5 миллиоон): no other word follows a number so spelt, so the writer's миллион, миллиард or триллион is
# meant; each letter but the last may come in a run, so a suffix's own letters (миллионнан) stay the suffix's.
SCALE_WORDS = ("миллион", "миллиард", "триллион")


def _loose_spelling(word: str) -> str:
    """миллион → м+и+л+и+о+н: each letter but the last in a run of one or more."""
    letters = [letter for index, letter in enumerate(word) if index == 0 or word[index - 1] != letter]
    return "".join(f"{letter}+" for letter in letters[:-1]) + letters[-1]


MISSPELT_SCALE = re.compile(
    rf"(?<=\d )(?!{'|'.join(SCALE_WORDS)})(?P<word>{'|'.join(_loose_spelling(word) for word in SCALE_WORDS)})"
)
NUMBER_BEFORE_SCALE = re.compile(r"\d [мт]")  # what every misspelt scale word's place holds (`Rule.needs`)


def spelt_scale(match: re.Match[str]) -> str:
    """мииллион → миллион, милиард → миллиард: the scale word whose loose spelling matched."""
    return next(word for word in SCALE_WORDS if re.fullmatch(_loose_spelling(word), match["word"]))


# A scale word or its stump after a number with one letter slipped, a letter added, dropped or typed for another but
# its first and its last (146,7 млиллион, 18,6 млдд.): the word meant, where the dictionary knows no word so typed. A
# stump of three letters (млн) is one slip from too many words (мен); a slip at the end is a Russian case (миллиона).
SCALE_STUMPS = ("млрд", "трлн")
SLIPPED_SCALE = re.compile(r"(?P<word>[мт](?<=\d [мт])[а-яё]{3,8})(?![\w-])")  # the letter first: a fast scan


def _one_slip_inside(typed: str, meant: str) -> bool:
    """One letter of `meant` added to, dropped from or replaced in `typed`, the first and the last kept."""
    if typed == meant or typed[0] != meant[0] or typed[-1] != meant[-1]:
        return False
    if len(typed) == len(meant):
        return sum(a != b for a, b in zip(typed, meant, strict=True)) == 1
    longer, shorter = (typed, meant) if len(typed) > len(meant) else (meant, typed)
    return len(longer) - len(shorter) == 1 and any(
        longer[:cut] + longer[cut + 1 :] == shorter for cut in range(1, len(longer) - 1)
    )


def scale_with_slip_undone(match: re.Match[str]) -> str:
    """млиллион → миллион, млдд → млрд; any other word as typed."""
    word = match["word"]
    meant = next((m for m in (*SCALE_WORDS, *SCALE_STUMPS) if _one_slip_inside(word, m)), None)
    if meant is None or known_word(word):
        return word
    return meant


# A space typed after the point of a particle size (PM2. 5 бөлшектері, РМ-2. 5): the particulate classes are PM1,
# PM2.5 and PM10, so a 5 a space after PM2's point is the size's decimal, not a new sentence's number.
SPACED_PARTICLE_POINT = re.compile(r"(?<![\w-])[PР][MМ]-?2[.,](?P<gap> )(?=5(?!\d|[.,]\d))")
PARTICLE_POINT_MARK = re.compile(r"2[.,] 5")  # what every match holds (`Rule.needs`)


# Two years with the dash between them lost (Роберт Гук (16351703ж.) — 1635-1703 ж.): eight digits before a year's
# word or its abbreviation, both halves years of the last millennium or this one, the later one second and at most
# 120 years on (a life, a reign, a span of work), are the range they were typed as; a count of eight digits before
# жыл (12345678 жыл) is no pair of years.
LOST_RANGE_DASH = re.compile(r"(?<![\d.,])(?P<a>1\d{3}|20\d{2})(?P<b>1\d{3}|20\d{2})(?=[ \t]?(?:жж?\.|жыл|ж\b))")
_LONGEST_SPAN = 120


def years_with_lost_dash(match: re.Match[str]) -> str:
    """16351703ж. → 1635-1703ж.; left as written where the second year does not follow the first."""
    first, second = int(match["a"]), int(match["b"])
    return f"{first}-{second}" if 0 < second - first <= _LONGEST_SPAN else match.group()


EIGHT_DIGITS = re.compile(r"\d{8}")  # what every pair of years LOST_RANGE_DASH reads holds (`Rule.needs`)


# A calendar word after a number typed with two neighbouring letters swapped (23 науырзда, 2022 жлыдың) or a month
# with one inner letter dropped (4 қыкүйектегі): the month or the year word all the same, where the dictionary knows
# no word so spelt. Looked up by the stem's letters in order, so that only a word holding a calendar stem's letters
# at its head is tried letter by letter.
_CALENDAR_STEMS = (*MONTHS, "жыл")
_STEM_BY_LETTERS = {"".join(sorted(stem)): stem for stem in _CALENDAR_STEMS}
_MONTH_BY_DROPPED = {month[:i] + month[i + 1 :]: month for month in MONTHS for i in range(1, len(month) - 1)}
_DROPPED_LENGTHS = sorted({len(dropped) for dropped in _MONTH_BY_DROPPED}, reverse=True)
_STEM_LENGTHS = sorted({len(stem) for stem in _CALENDAR_STEMS})
_LETTERS = re.compile(r"[^\W\d_]*")


def _one_swap_apart(written: str, stem: str) -> bool:
    apart = [i for i, (a, b) in enumerate(zip(written, stem, strict=True)) if a != b]
    return len(apart) == 2 and apart[1] == apart[0] + 1


def mistyped_calendar_word(word: str) -> str | None:
    """науырзда → наурызда, жлыдың → жылдың, қыкүйектегі → қыркүйектегі: the calendar word an unknown word is with
    two neighbouring letters of its stem put back in order or a month's dropped letter put back; None when it is
    none."""
    lower = _LETTERS.match(word.lower()).group()
    for length in _STEM_LENGTHS:
        head = lower[:length]
        stem = _STEM_BY_LETTERS.get("".join(sorted(head)))
        if stem and len(lower) >= length and _one_swap_apart(head, stem) and known_stem(lower) is False:
            return stem + lower[length:]
    for length in _DROPPED_LENGTHS:
        month = _MONTH_BY_DROPPED.get(lower[:length])
        if month and known_stem(lower) is False:
            return month + lower[length:]
    return None


# A case suffix after a hyphen typed on a Russian keyboard, г and к for ғ and қ, after a number, a sign or an
# initialism (1 %-га, 120-ка, ЖШС-га): a chain of back vowels with г or к is no suffix Kazakh writes, with ғ and қ it
# is one (пайызға). A word after the hyphen (2-кабат) is left as it is.
_RUSSIAN_TYPED_BACK = str.maketrans("гк", "ғқ")
_BEFORE_TYPED_SUFFIX = f"[\\d%‰°{KAZAKH_UPPER}A-Z]"  # a number, a sign, an initialism's last capital (АҚ-ка too)
RUSSIAN_TYPED_SUFFIX = re.compile(rf"-(?<={_BEFORE_TYPED_SUFFIX}-)(?P<suffix>[а-яё]*[гк][а-яё]*)(?![\w-])")
# What every match holds (`Rule.needs`), the hyphen first.
RUSSIAN_TYPED_SUFFIX_MARK = re.compile(rf"-(?<={_BEFORE_TYPED_SUFFIX}-)[а-яё]{{0,3}}[гк]")


def kazakh_suffix_letters(match: re.Match[str]) -> str:
    """%-га → %-ға, 120-ка → 120-қа; -ке, a front suffix, and -гектар, no suffix at all, stay."""
    suffix = match["suffix"]
    typed = suffix.translate(_RUSSIAN_TYPED_BACK)
    if written_harmony(suffix) is not True or parse_suffixes(suffix) or not parse_suffixes(typed):
        return match.group()
    return "-" + typed

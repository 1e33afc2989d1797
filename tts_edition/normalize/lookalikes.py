"""Letters of one script typed for their look-alikes in another (Cyrillic а in a Latin word, Latin H in a Kazakh one),
put back."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals, initialisms, russianforms
from tts_edition.normalize.cognates import russian_letter_loan
from tts_edition.normalize.latin import names as latin_names
from tts_edition.normalize.latin import said_as_english_word
from tts_edition.normalize.marks import line_before, line_holding
from tts_edition.normalize.morphology import KAZAKH_LOWER, VOWELS, parse_suffixes

# Latin letters that look like Cyrillic ones, as they slip into Kazakh words typed on a mixed keyboard, and back.
# The letters of the Kazakh Latin alphabets (2018, 2021, adyrna) stand for their Cyrillic ones too: баǧу → бағу.
# A Latin h is the Kazakh һ it looks like, in a word with a letter only Cyrillic has (қаhарманы → қаһарманы, but
# сache is the English cache).
_KAZAKH_LATIN = "ǧğǵŋñńúüóöáäışçýİǦĞǴŊÑŃÚÜÓÖÁÄŞÇÝ"
_LOOKALIKE_LATIN = "aceopxyiAaBCEHIKMOPTXYəƏ" + _KAZAKH_LATIN
_SHHA_LOOKALIKE = "h"
LOOKALIKES = str.maketrans(
    _LOOKALIKE_LATIN + _SHHA_LOOKALIKE, "асеорхуіАаВСЕНІКМОРТХУәӘ" + "ғғғңңңүүөөәәышчуІҒҒҒҢҢҢҮҮӨӨӘӘШЧУ" + "һ"
)
# The Kazakh һ looks like a Latin h: a Latin word or initialism typed with it (РһD) is Latin.
LOOKALIKE_CYRILLIC_CAPITALS = "АВСЕНІКМОРТХУ"
_LOOKALIKE_CYRILLIC = "асеорхуіһ" + LOOKALIKE_CYRILLIC_CAPITALS
TO_LATIN = str.maketrans(_LOOKALIKE_CYRILLIC, "aceopxyih" + "ABCEHIKMOPTXY")
CYRILLIC_WORD_WITH_LATIN = re.compile(
    rf"\b(?=\w*[\u0400-\u04ff])(?=\w*[A-Za-zəƏ{_KAZAKH_LATIN}])\w+\b"
    rf"|(?<![\w-])[{LOOKALIKE_CYRILLIC_CAPITALS}]{{2,4}}(?=\s+[A-Za-z]{{2}})"  # «ІТ Hub»: capitals before a Latin word
    # ic-шaрaлaр (`_beside_mixed_word`): a capital and small look-alikes, or two small ones or more; its first letter
    # tried before the test that no word's letter stands before it, which makes the scan of Cyrillic text cheap
    r"|[ABCEHIKMOPTXYaceopxyi](?<!\w[ABCEHIKMOPTXYaceopxyi])[aceopxyi]+(?!\w)"
    # е-mail: a lone Cyrillic е hyphened onto a Latin word of small letters is English's prefix e- (e-mail,
    # e-commerce), the keyboard's layout left on Cyrillic for one letter
    r"|[еЕ](?=-[a-z]{3,}(?![\u0400-\u04ff]))(?<![\w-][еЕ])"
    # A. Нaвои: a Latin look-alike capital as a name's initial before a Cyrillic name (`_initial`)
    r"|(?<![\w.])[ABCEHKMOPTXY](?=\.[^\S\n]?[\u0400-\u04ff]\w)"
)
LATIN_LIKE_LETTER = re.compile(rf"[A-Za-zəƏ{_KAZAKH_LATIN}]")  # what both kinds of match hold


def cyrillic_lookalikes(match: re.Match[str]) -> str:
    """A Cyrillic word with Latin look-alike letters in it is read as all Cyrillic ("Қaзaқстaн", "əкім"); a Latin
    word with Cyrillic look-alikes in it as all Latin ("аrtificial", "ОLХ"), and so are capitals made only of
    look-alikes before a Latin word ("ІТ Hub"). A word made only of look-alikes of both scripts takes the script of
    a neighbouring word that is plainly Latin ("IBА Сhampions Night")."""
    word = match.group()
    if len(word) == 1:
        return _initial(match) if word.isascii() else word.translate(TO_LATIN)  # е-mail: an е before a Latin word
    if parted := icon_between_words(word):
        return parted
    latin = {ch for ch in word if ch.isalpha() and not "\u0400" <= ch <= "\u04ff"}
    cyrillic = {ch for ch in word if "\u0400" <= ch <= "\u04ff"}
    if not cyrillic and word.isalpha() and latin <= set(_LOOKALIKE_LATIN):
        return _straight_u(word, word.translate(LOOKALIKES)) if _beside_mixed_word(match) else word
    all_lookalikes = cyrillic <= set(_LOOKALIKE_CYRILLIC)
    read_as_cyrillic = set(_LOOKALIKE_LATIN) if all_lookalikes else set(_LOOKALIKE_LATIN + _SHHA_LOOKALIKE)
    if latin and latin <= read_as_cyrillic and not _suffixed_latin_word(word):
        if all_lookalikes and _beside_latin_word(match):
            return word.translate(TO_LATIN)
        return _straight_u(word, word.translate(LOOKALIKES))
    said_as_word = not latin and capitals.is_word(word)  # ЕУРО EUR, a rate table's line: a word, not Latin letters
    capitals_of_initialism = word.isupper() and _after_cyrillic_capitals(match)
    if all_lookalikes and word not in abbr.table() and not said_as_word and not capitals_of_initialism:
        typed = word.translate(TO_LATIN)
        return _cyrillic_loan(typed) if latin and "\u0400" <= word[:1] <= "\u04ff" else typed
    spelled = latin_spelled(word)
    if spelled != word or _suffixed_latin_word(word):
        return spelled
    return _LONE_LOOKALIKE.sub(lambda lone: lone.group().translate(LOOKALIKES), word)


# A word of Cyrillic letters with a Latin look-alike among them (aуылы, Нaвои): the line was typed on a mixed keyboard.
# An i for і is a habit of its own (бiр, түрi) and says nothing of the keyboard.
_MIXED_WORD = re.compile(r"\b(?=\w*[\u0400-\u04ff])(?=\w*[ABCEHKMOPTXYaceopxy])\w+")


def _initial(match: re.Match[str]) -> str:
    """A Latin look-alike capital and its dot before a Cyrillic name (Көлкент aуылы A. Нaвои aтындaғы) is the
    name's Cyrillic initial where the line's Cyrillic words carry Latin look-alikes too: the keyboard, not an English
    letter. Elsewhere, and opening a line (C. Материяның, a test's option), it stays Latin."""
    text, start = match.string, match.start()
    opens_line = not line_before(text, start).strip()
    typed_mixed = not opens_line and _MIXED_WORD.search(line_holding(text, start, match.end()))
    return match.group().translate(LOOKALIKES) if typed_mixed else match.group()


# A lone Latin look-alike letter touching a Cyrillic one in a word that also holds letters of both scripts no other
# resembles ("KешYOU", a band's name: its К typed on the Latin keyboard, the YOU meant Latin): the keyboard's layout
# left on Latin for one letter, as the script converter reads a run of look-alikes; a run of two Latin letters or
# more (TOPжаңалық, Spotifyдың) is a Latin word run onto the Cyrillic one, and a Latin word with a suffix (Kiaға)
# stays Latin.
_LONE_LOOKALIKE = re.compile(
    r"(?<![A-Za-z])[ABCEHIKMOPTXYaceopxyi](?![A-Za-z])(?:(?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff].))"
)


# A page's information icon (ⓘ), scraped as a Latin i between two words it stood between with no space (1917 жылғы
# 18 желтоқсандаiескіше 5 желтоқсан: желтоқсанда, ескіше): no look-alike of і in a word where the whole, read with
# і, is no word the Kazakh dictionary knows, nor a stem of one with its suffixes, and each side, of three letters or
# more, is a word; the icon is left unsaid. An і typed as i inside a word (бiлiм, мектептiң, көктемiнде: көктем and
# нде, which the dictionary's affix rules pass as a word) is a look-alike as before. The script converter, which
# makes look-alikes Cyrillic before the normaliser runs, asks the same.
_ICON_LETTER = re.compile(rf"(?<=[{KAZAKH_LOWER}]{{3}})i(?=[{KAZAKH_LOWER}]{{3}})")
_LATIN_LETTERS = re.compile(r"[A-Za-z]")


def icon_between_words(word: str) -> str | None:
    icon = _ICON_LETTER.search(word)
    if icon is None or len(_LATIN_LETTERS.findall(word)) != 1:
        return None
    left, right = word[: icon.start()], word[icon.end() :]
    if left[-1].lower() not in VOWELS and right[0].lower() not in VOWELS:
        return None  # between consonants the i is the word's і (сәйкесiнше, күтiлуде), a form the dictionary lacks
    if capitals.known_stem(word.replace("i", "і")) is not False:  # көктемiнде: a stem and its suffixes
        return None
    return f"{left} {right}" if capitals.known_word(left) and capitals.known_word(right) else None


_SHORTEST_CYRILLIC_LOAN = 4


def _cyrillic_loan(word: str) -> str:
    """A Latin word typed with a Cyrillic first letter whose letters spell, as a loan is spelled, a word Russian has
    (Кaraoke, its К Cyrillic → караоке): the Cyrillic letter shows the writer writing the loan, not the English word
    (кериоки); the word in Latin letters alone keeps its English reading (Karaoke), and so does a word with no such
    loan (аrtificial) or one whose letters are only an inflected form or a name's (сache: кахе, the name Каха's
    dative, is no loan)."""
    if len(word) < _SHORTEST_CYRILLIC_LOAN or word.isupper():  # ІV, a Roman four typed with a Cyrillic І: no loan
        return word
    loan = russian_letter_loan(word)
    if loan is None or not russianforms.noun_in_dictionary_form(loan):
        return word
    return loan[:1].upper() + loan[1:] if word[:1].isupper() else loan


# A name in Latin capitals that opens with a Cyrillic capital no Latin letter looks like (ШYNGYS, ЖYLDYZ): a stage
# name styled in both scripts, its first letter the Latin letters that spell it (Ш → SH), so the whole is one Latin
# name. A Cyrillic ending glued on a Latin name (Spotifyдың) is at the end, and small.
_CYRILLICTO_LATIN = {
    "Ш": "SH", "Ж": "ZH", "Ч": "CH", "Щ": "SHCH", "Ц": "TS", "Қ": "Q", "Ғ": "G", "Ң": "NG", "Ү": "U", "Ұ": "U",
    "Ө": "O", "Ә": "A", "Ы": "Y", "Й": "Y", "Ю": "YU", "Я": "YA", "Б": "B", "Г": "G", "Д": "D", "З": "Z", "И": "I",
    "Л": "L", "П": "P", "Ф": "F", "Э": "E", "Һ": "H", "Ё": "YO",
}  # fmt: skip
_STYLED_LATIN_NAME = re.compile(rf"(?P<head>[{''.join(_CYRILLICTO_LATIN)}]{{1,2}})(?P<rest>[A-Z]{{3,}})")


def latin_spelled(word: str) -> str:
    """ШYNGYS → SHYNGYS: a Latin name in capitals opened by a Cyrillic letter with no Latin look-alike, that letter
    spelled in Latin; any other word as it is."""
    styled = _STYLED_LATIN_NAME.fullmatch(word)
    if not styled:
        return word
    return "".join(_CYRILLICTO_LATIN[ch] for ch in styled["head"]) + styled["rest"]


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
_CYRILLIC_ONLY = re.compile(r"[^\W\d_A-Za-zАВСЕНІКМОРТХУ]")  # capitals no Latin letter looks like: Қ, Ж, Ә…
_PLAIN_LATIN = re.compile(r"[bdfghjklmnqrstuvwzDFGJLNQRSUVWZ]")  # Latin letters no Cyrillic letter looks like


def _beside_latin_word(match: re.Match[str]) -> bool:
    """Whether the word next to the match, after or before it, has Latin letters that no Cyrillic letter looks like."""
    text = match.string
    after = _NEXT_WORD.match(text, match.end())
    before = _PREVIOUS_WORD.search(text[max(0, match.start() - 40) : match.start()])
    return any(found and _PLAIN_LATIN.search(found.group(1)) for found in (after, before))


def _mixed_word(word: str) -> bool:
    """Whether `word` is a Cyrillic word with Latin look-alike letters typed into it (жaтқaн), not a Latin word with
    a Kazakh suffix written onto it (Kiaға)."""
    latin = {ch for ch in word if ch.isalpha() and not "\u0400" <= ch <= "\u04ff"}
    return (
        bool(latin)
        and latin <= set(_LOOKALIKE_LATIN)
        and re.search("[\u0400-\u04ff]", word) is not None
        and not _suffixed_latin_word(word)
    )


def _beside_mixed_word(match: re.Match[str]) -> bool:
    """Whether a word made only of Latin look-alikes (ic, apa, Ic) has beside it, across a hyphen or a space, a
    Cyrillic word typed with Latin look-alikes (ic-шaрaлaр, жaтқaн ic): the same keyboard typed it, so it is Cyrillic
    too (іс-шаралар). Beside a plain Cyrillic word it stays what it is: ex-чемпион, ip-телефония, eco-өнім."""
    text = match.string
    after = _NEXT_WORD.match(text, match.end())
    before = _PREVIOUS_WORD.search(text[max(0, match.start() - 40) : match.start()])
    return any(found and _mixed_word(found.group(1)) for found in (after, before))


def _after_cyrillic_capitals(match: re.Match[str]) -> bool:
    """Capitals right after an initialism with a letter only Cyrillic has (ҚР СТ ISO: the country's standard, then
    the international one's mark) are that initialism's Cyrillic."""
    before = _PREVIOUS_WORD.search(match.string[max(0, match.start() - 40) : match.start()])
    return bool(before) and before.group(1).isupper() and bool(_CYRILLIC_ONLY.search(before.group(1)))


def _suffixed_latin_word(word: str) -> bool:
    """A Latin word of two letters or more with a Kazakh suffix written onto it (Kiaға), not a Cyrillic word with
    Latin look-alikes in it: the Latin letters come first, and the Cyrillic rest is a suffix. Latin letters that are
    all look-alikes, where the whole made Cyrillic is a word the dictionary knows (Ocы, Xaлық, yaқыты: осы, халық,
    уақыты), are that word's, typed on the wrong keyboard."""
    latin = re.match(r"[A-Za-z]{2,}", word)
    if not latin or parse_suffixes(word[latin.end() :]) in (None, []):
        return False
    return not _lookalike_head_of_known_word(word, latin.group())


def _lookalike_head_of_known_word(word: str, head: str) -> bool:
    return set(head) <= set(_LOOKALIKE_LATIN) and bool(capitals.known_stem(word.translate(LOOKALIKES)))


# Capitals typed wholly in Cyrillic look-alikes of Latin letters (ЕХРО for EXPO), a word the Kazakh dictionary does
# not know and the abbreviation table does not hold, are the English word their Latin twin spells, or the Latin name
# the Latin table reads its own way (ІМЕІ-кодын for IMEI, имей); shorter capitals are too often initialisms of either
# script (ВВС, СЕО).
_SHORTEST_ENGLISH_TWIN = 4
LOOKALIKE_CAPITALS = re.compile(rf"(?<![\w-])[{LOOKALIKE_CYRILLIC_CAPITALS}]{{{_SHORTEST_ENGLISH_TWIN},}}(?!\w)")
LOOKALIKE_CAPITALS_NEEDS = re.compile(f"[{LOOKALIKE_CYRILLIC_CAPITALS}]{{4}}")  # what every match holds (`Rule.needs`)


def english_twin(match: re.Match[str]) -> str:
    word = match.group()
    if word in abbr.table() or capitals.known_stem(word) is not False:
        return word
    latin = word.translate(TO_LATIN)
    return latin if said_as_english_word(latin) or latin.lower() in latin_names() else word


# Two or three capitals typed in the Cyrillic look-alikes of Latin ones with the Kazakh І among them (ІРО-ға for IPO,
# АІХ-дағы for AIX, the exchange): Latin capitals, their twin read as the Latin reader reads it. Russian writes no І,
# and Kazakh initialisms that hold one are in the abbreviation table (ІІМ, СІМ) or are words (ЕКІ, ІС); capitals of
# І, Х, С and М alone are Roman numerals (ХІХ, ІІІ).
_BESIDE_I = LOOKALIKE_CYRILLIC_CAPITALS.replace("І", "")
SHORT_LOOKALIKE_CAPITALS = re.compile(
    rf"(?<![\w-])(?=[{_BESIDE_I}]{{0,2}}І)[{LOOKALIKE_CYRILLIC_CAPITALS}]{{2,3}}(?!\w)"
)
# What every match holds (`Rule.needs`): an І beside another look-alike capital, found from the literal І.
SHORT_LOOKALIKE_CAPITALS_NEEDS = re.compile(f"І(?:(?<=[{_BESIDE_I}]І)|(?=[{LOOKALIKE_CYRILLIC_CAPITALS}]))")
_ROMAN_LOOKALIKES = frozenset("ІХСМ")


def latin_initialism_twin(match: re.Match[str]) -> str:
    """ІРО → IPO, АІХ → AIX: the Latin twin of short look-alike capitals with an І that no table or word claims."""
    word = match.group()
    if set(word) <= _ROMAN_LOOKALIKES or word in abbr.table() or capitals.known_stem(word) is not False:
        return word
    return word.translate(TO_LATIN)


# Capitals typed in the Latin letters that look like a Cyrillic initialism naming a body, just after a quoted name
# («Zhambylnews» AA for АА, «Samruk» AO for АО): the Cyrillic initialism, read then as the name's kind (ақпарат
# агенттігі); Latin capitals whose twin names no body («Apple» CEO) stay Latin.
LATIN_BODY_AFTER_NAME = re.compile(r"(?<=[»”\"][ \u00a0])[ABCEHIKMOPTXY]{2,4}(?![\w-])")
BODY_AFTER_NAME_MARK = re.compile(r"[»”\"][ \u00a0][ABCEHIKMOPTXY]{2}")  # what every match holds (`Rule.needs`)


def cyrillic_body(match: re.Match[str]) -> str:
    """«Zhambylnews» AA → АА: the Cyrillic twin of the capitals where the table has it as a body's initialism."""
    twin = match.group().translate(LOOKALIKES)
    return twin if initialisms.names_body(abbr.table().get(twin)) else match.group()


# A language level of the European framework (A1 to C2) typed with the Cyrillic А, В, С its Latin letters look like,
# before деңгей, maybe one of a list or with a bound after it (В1 деңгейі, В2 және С1 деңгейлері, В1 және одан жоғары
# деңгейі), or the level a scale's line names before a dash and the level's own name (В1 – орта деңгей): the Latin
# level it stands for, read as the Latin one is (В1 → B1 → би бір), not by the Cyrillic letter's name (вэ бір). A page
# in the 2018 Latin alphabet writes that В as V (V1 – orta deńgeı, made Cyrillic around the V1): B1 too. A word cut
# short after деңге still names the level (a page's excerpt ends on it).
_LEVEL = r"[АВСABCV][12]"
_LEVEL_NAME = r"\s+[–—-]\s+[а-яәғқңөұүһі]+"  # a scale's line: the level, a dash, the level's own name (қарапайым)
LOOKALIKE_LANGUAGE_LEVEL = re.compile(
    r"(?<![\w.-])[АВСV][12](?!\w|[.,-]\w)"
    rf"(?=(?:\s*(?:,|/|–|-|\sжәне|\sнемесе|\sпен|\sмен)\s*{_LEVEL})*"
    rf"(?:\s+(?:және|немесе)\s+одан\s+(?:жоғары|төмен)|{_LEVEL_NAME})?\s+деңге)"
)
LANGUAGE_LEVEL_MARK = re.compile(r"[АВСV][12]\s.*деңге", re.S)  # what every match holds (`Rule.needs`)


def latin_language_level(match: re.Match[str]) -> str:
    """В1 → B1, С2 → C2, V1 → B1: a level's look-alike letter in Latin, letter for letter, the 2018 alphabet's V for
    В its B."""
    return match.group().translate(TO_LATIN).replace("V", "B")


# Greek letters drawn like Cyrillic ones, as old fonts and symbol tables put them into Kazakh words: the reversed
# lunate epsilon for Э (϶тнограф), the lunate sigma for С, omicron, rho, kappa, chi and the capitals. Only in a word
# that has Cyrillic letters too: a Greek letter standing alone (α, π) is read by its Greek name.
_GREEK_LOOKALIKE = "϶ϹϲορκχΑΒΕΗΙΚΜΟΡΤΥΧ"
_GREEK_LOOKALIKES = str.maketrans(_GREEK_LOOKALIKE, "эСсоркхАВЕНІКМОРТУХ")
GREEK_LOOKALIKE_LETTER = re.compile(f"[{_GREEK_LOOKALIKE}]")  # what every match holds
_LETTER_OR_GREEK = rf"\w{_GREEK_LOOKALIKE}"  # ϶ is a mathematical sign to Unicode, not a letter
CYRILLIC_WORD_WITH_GREEK = re.compile(
    rf"(?<![{_LETTER_OR_GREEK}])(?=[{_LETTER_OR_GREEK}]*[\u0400-\u04ff])(?=[{_LETTER_OR_GREEK}]*[{_GREEK_LOOKALIKE}])"
    rf"[\u0400-\u04ff{_GREEK_LOOKALIKE}]+(?![{_LETTER_OR_GREEK}])"
)


def greek_lookalikes(match: re.Match[str]) -> str:
    """϶тнограф → этнограф: a Cyrillic word's Greek look-alike letters in Cyrillic, letter for letter."""
    return match.group().translate(_GREEK_LOOKALIKES)


def lookalikes_repaired(text: str) -> str:
    """`text` with every word's look-alike letters in its own script: letter for letter, so positions hold."""
    if GREEK_LOOKALIKE_LETTER.search(text):
        text = CYRILLIC_WORD_WITH_GREEK.sub(greek_lookalikes, text)
    return CYRILLIC_WORD_WITH_LATIN.sub(cyrillic_lookalikes, text)


# A Russian patronymic (Иванович, Петровна) spelled with the Kazakh і, as a 2018 Latin page's capital I, which is и
# as well as і, or a keyboard's і typed it (Ivа- nоvich → Іванович): Russian writes no і, so each one is и.
RUSSIAN_PATRONYMIC_WITH_I = re.compile(r"(?<![\w-])[А-ЯЁІ](?=[а-яёі]*[іІ]|(?<=І))[а-яёі]*(?:ович|евич|овна|евна)(?!\w)")
PATRONYMIC_MARK = re.compile(r"в(?:ич|на)(?!\w)")  # what every match holds (`Rule.needs`)


def russian_patronymic_i(match: re.Match[str]) -> str:
    """Іванович → Иванович: a Russian patronymic's і made the и Russian writes."""
    return match.group().replace("і", "и").replace("І", "И")

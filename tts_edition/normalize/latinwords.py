"""Latin-script words in running text found and read: names, phrases of French, Turkic and Italian, initials, split
names."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import foreign, formulas, letterlabels, species
from tts_edition.normalize.english import phonemes, read_english
from tts_edition.normalize.latin import (
    LATIN,
    name_phrases,
    names,
    read_airline_country,
    read_article_before_english,
    read_as_the_text_writes,
    read_beside_english,
    read_beside_kazakh,
    read_beside_marked_kazakh,
    read_chinese_name,
    read_code_keyword,
    read_command_label,
    read_glued_in_english,
    read_italian,
    read_latin,
    read_outlet_before_medium,
    read_place,
    read_site_name_with_code,
    read_the_before_vowel,
    read_two_letter_word,
    spell_latin,
)
from tts_edition.normalize.models import read_model_name
from tts_edition.normalize.morphology import KAZAKH_LOWER, SUFFIX, attach, attach_written, parse_suffixes
from tts_edition.normalize.passport import from_transliteration, read_passport_name, transliterated_name
from tts_edition.normalize.provenance import Spoken

# A Latin word and its Kazakh suffix, after a hyphen, a space and a hyphen, or written onto it (Twitter-де, Amazon
# -мен, Samsungтың).
LATIN_WORD = re.compile(
    rf"(?<![A-Za-zÀ-ɏəʻ'’])(?P<word>[A-Za-zÀ-ɏə][A-Za-zÀ-ɏəʻ'’]*(?:-[A-Za-zÀ-ɏə]+)*)"
    rf"(?:(?P<close>[»”\"]?)(?P<gap>(?: ?-)?)(?P<suf>{SUFFIX}))?"  # «Nations Energy»-дің: past the quote too
    rf"(?![A-Za-zÀ-ɏ{KAZAKH_LOWER}])"
)
# Two or three capitalised Latin words: a Chinese name in pinyin is read whole (Wang Yi: no English wang).
NAME_WORDS = re.compile(
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
FRENCH_PHRASE = re.compile(
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
# writes each of its words in Cyrillic too: then each word is said as the text writes it. A heading in capitals is
# such a run too (KATEGORİDEKİ DİĞER YAZILAR): its İ marks it Turkish, and its plain I is then the Turkish ı (язылар);
# not where a word of it with no Turkish letter is English (ERDOĞAN VISITS ASTANA TODAY, not высытс … тодай): an
# English heading, each word read on its own.
_TURKIC_CAPITAL, _TURKIC_LETTER = "A-ZÀ-ÞĀ-ſƏ", "a-zà-ÿā-ſəʻ‘’'"
_TURKISH_CAPITAL_LETTER = re.compile("[ÇĞİÖŞÜ]")
_TURKIC_WORD = rf"[{_TURKIC_CAPITAL}](?:[{_TURKIC_LETTER}]+|[{_TURKIC_CAPITAL}]+)"
TURKIC_PHRASE = re.compile(
    rf"(?<![\w-])(?P<word>{_TURKIC_WORD}(?: {_TURKIC_WORD})+)(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])"
)


def speak_turkic_phrase(match: re.Match[str]) -> str:
    words = match["word"].split()
    if all(read_as_the_text_writes(word, match.string) for word in words):
        return match.group()  # «Йерлі Дүшүндже» (Yerli Düşünce): the text's own Cyrillic spelling, word by word
    if match["word"].isupper() and any(_english_in_capitals(word) for word in words):
        return match.group()
    reading = foreign.read_turkic_phrase(words)
    if reading is None:
        return match.group()
    return Spoken(attach_written(reading, match["gap"], match["suf"]), LATIN, True)


def _english_in_capitals(word: str) -> bool:
    return not _TURKISH_CAPITAL_LETTER.search(word) and phonemes(word.lower()) is not None


# A Turkish scholar's title, Doç. Dr. (docent, doctor; typed Doc. Dr. without the cedilla, spaced or run together:
# Doc.Dr.Cemile), said in full, and the name after it, one to three capitalised words, read by the Turkish letter
# rules whatever letters it is typed with (Cemile Kinaci → джемиле кинаджи: c is дж), not the English ones (семиле
# кинаси). Prof. alone or Prof. Dr. is German as much as Turkish, and opens no such name.
TURKISH_TITLE = re.compile(
    r"(?<![\w.])(?P<title>(?:Prof\. ?)?Do[cç]\. ?Dr\.) ?"
    r"(?P<name>[A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+(?: [A-ZÇĞİÖŞÜ][a-zçğıöşüâî]+){0,2})(?![\w])"
)
TURKISH_TITLE_MARK = re.compile(r"Dr\.")  # what every title holds (`Rule.needs`)
_TITLE_WORDS = {"prof": "профессор", "doc": "доцент", "doç": "доцент", "dr": "доктор"}


def speak_turkish_titled_name(match: re.Match[str]) -> str:
    title = " ".join(_TITLE_WORDS[word.lower()] for word in re.findall(r"\w+", match["title"]))
    name = " ".join(foreign.read_turkic(word, foreign.TURKISH) or word for word in match["name"].split())
    return Spoken(f"{title} {name}", LATIN, True)


# The Italian article before a capitalised Latin word opens an Italian name (Il Canto, IL Canto, Il Divo): the article
# is ил, not the letters ай эл, and the word is said as spelled.
ITALIAN_NAME = re.compile(rf"(?<![\w-])(?:Il|IL) (?P<word>[A-Z][a-z]+)(?:(?P<gap>-?)(?P<suf>{SUFFIX}))?(?![\w])")
_ITALIAN_ARTICLE = "ил"


def speak_italian_name(match: re.Match[str]) -> str:
    reading = read_italian(match["word"])
    return Spoken(f"{_ITALIAN_ARTICLE} {attach_written(reading, '-', match['suf'])}", reading.kind, reading.guess)


# A surname's small particle between the capitalised words of a European name (Guido van Rossum, Wernher von Braun,
# Leonardo da Vinci): said as the name's own language says it, as Kazakh and Russian write these names (Гвидо ван
# Россум, Вернер фон Браун), not as an English word (van → вэн); the words around it are read on their own.
NAME_PARTICLES = {
    "van": "ван",
    "von": "фон",
    "der": "дер",
    "den": "ден",
    "ten": "тен",
    "ter": "тер",
    "da": "да",
    "di": "ди",
    "de": "де",
    "del": "дель",
    "della": "делла",
    "dos": "дус",
    "du": "дю",
}
NAME_PARTICLE = re.compile(
    rf"(?P<given>[A-Z](?<![\w-].)[a-zà-ÿ]++ )(?P<particle>{'|'.join(NAME_PARTICLES)})"
    r"(?= (?:(?:der|den) )?[A-Z][a-zà-ÿ])"
)


def speak_name_particle(match: re.Match[str]) -> str:
    """Guido van Rossum → Guido ван Rossum: the particle said, the given name left for the Latin word rules."""
    return match["given"] + NAME_PARTICLES[match["particle"]]


# The Arabic article al before a capitalised name: with a hyphen always (Al-Shamisi, al-Baqara), a space apart only
# before a word the English dictionary does not know (Al Hilal, Al Nassr), since Al Gore and Al Pacino are the English
# given name. Kazakh says the article әл; the name after it is left for the Latin word rules.
ARABIC_ARTICLE = re.compile(r"(?<![\w-])[Aa]l(?P<gap>[ -])(?=(?P<name>[A-Z][a-z]+)(?![A-Za-z]))")
ARTICLE_AND_NAME = re.compile(r"[Aa]l[ -][A-Z]")
_ARABIC_ARTICLE_SAID = "әл "


def speak_arabic_article(match: re.Match[str]) -> str:
    """Al Hilal → әл Hilal, Al-Shamisi → әл Shamisi; Al Gore stays for the English reading."""
    if match["gap"] == " " and phonemes(match["name"].lower()) is not None:
        return match.group()
    return _ARABIC_ARTICLE_SAID


# Latin words a space apart: a name of the table typed in two (Whats App) is joined before its parts are read.
LATIN_WORD_RUN = re.compile(r"(?<![\w-])[A-Za-z]{2,}(?: [A-Za-z]{2,})+(?![A-Za-z])")
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
LATIN_INITIALS = re.compile(
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
LATIN_NAME = re.compile(rf"(?<![\w-])(?P<word>{name_phrases()})(?:(?P<gap>(?: ?-)?)(?P<suf>{SUFFIX}))?(?![\w])", re.I)


def _latin_neighbours(match: re.Match[str], letters: str = "A-Za-z") -> list[str]:
    """The Latin words just before and after a match, a space apart (Nur ‹Otan›); with `MARKED_LETTERS`, words with
    marked letters too (‹Qabyldaý› organy)."""
    before = re.search(rf"([{letters}]+) $", match.string[: match.start()])
    after = re.match(rf" ([{letters}]+)", match.string[match.end() :])
    return [found[1] for found in (before, after) if found]


MARKED_LETTERS = "A-Za-zÀ-ɏ"


def _letter_pair(match: re.Match[str]) -> Spoken | None:
    """A letter beside its own twin of the other case, each a word alone (an alphabet's A a, B b): the letter named,
    not the article a nor the pronoun I; a lone a or I, A B and A ab stay the words or letters they are."""
    word = match["word"]
    if len(word) != 1 or match["suf"] or not word.isascii():
        return None
    twin = re.escape(word.swapcase())
    text, start, end = match.string, match.start(), match.end()
    if re.search(rf"(?<![A-Za-z]){twin}[ \t]$", text[max(0, start - 3) : start]) or re.match(
        rf"[ \t]{twin}(?![A-Za-z])", text[end : end + 3]
    ):
        return Spoken(spell_latin(word), "latin")
    return None


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


def _after_cyrillic(match: re.Match[str]) -> bool:
    """Whether the Latin word is typed onto a Cyrillic letter, with no space (ПарақTimes, Парақtimes, ЖасStars)."""
    start = match.start()
    return start > 0 and "\u0400" <= match.string[start - 1] <= "\u04ff" and match.string[start - 1].isalpha()


def _written_onto_cyrillic(match: re.Match[str], reading: str) -> bool:
    """A capitalised Latin word written onto a Cyrillic one is the second word of a name («КешYou» → кеш ю,
    ЖасStars → жас старс), capitals spelled by their letters its initialism (ҚазLLM → қаз эл эл эм): said apart, not
    run into the Cyrillic word's last sound."""
    word = match["word"]
    return _after_cyrillic(match) and word[:1].isupper() and (any(ch.islower() for ch in word) or " " in reading)


# A Latin word typed onto a Cyrillic one is a brand's foreign tail (ПарақTimes, «Парақtimes» → парақ таймс), not a
# Kazakh word in a Latin alphabet: a writer of Latin Kazakh does not open the word in Cyrillic. An English word is
# English before it is Kazakh there (times → таймс, not the Kazakh тимес, the verb's form); in a heading set in
# capitals (ПАРАҚTIMES) the tail's capitals are the heading's, so a word of the English dictionary of four letters
# or more is read as that word (TIMES → таймс), not as an initialism's letters.
_SHORTEST_HEADING_WORD = 4
_CYRILLIC_HEAD = re.compile(r"[^\W\d_]+$")  # the word the tail is typed onto
_LONGEST_HEAD = 40  # letters looked back for it


def _latin_tail(match: re.Match[str]) -> tuple[str, bool]:
    """The word to read and whether it is read as English first: a Latin tail typed onto a Cyrillic word is."""
    word = match["word"]
    if not _after_cyrillic(match):
        return word, False
    head = _CYRILLIC_HEAD.search(match.string, max(0, match.start() - _LONGEST_HEAD), match.start())
    heading = head is not None and head[0].isupper() and word.isupper() and len(word) >= _SHORTEST_HEADING_WORD
    if heading and read_english(word.lower()) is not None:
        return word.capitalize(), True
    return word, True


def _read_as(match: re.Match[str], english: bool) -> tuple[str, bool]:
    """The word `read_latin` is given and whether it stands in English (`_latin_tail`)."""
    word, tail = _latin_tail(match)
    return word, english or tail


def _variable_with_suffix(match: re.Match[str], name: str) -> Spoken:
    """A variable's or a point's school name (`formulas.lone_variable`, `letterlabels.names_geometry_points`), a case
    suffix on its hyphen re-inflected onto it (t-ның → тэнің, D-мен → дэмен), a word after a hyphen set apart (a
    -үшбұрыштың → а үшбұрыштың)."""
    suffix = match["suf"] or ""
    if suffix and match["gap"] == "-" and parse_suffixes(suffix):
        return Spoken(attach(name, suffix), "initialism")
    return Spoken(f"{name} {suffix}".rstrip(), "initialism")


def speak_latin_word(match: re.Match[str], english: bool = False) -> str:
    """A Latin word in Kazakh text (`latin.read_latin`), its suffix re-inflected: Twitter-де → твиттерде. Letters
    written onto the word that are no suffix stay as written after it."""
    word = match["word"]
    if formulas.lone_variable(match.string, match.start("word"), match.end("word")):
        return _variable_with_suffix(match, formulas.LETTER_NAMES[word.lower()])
    if letterlabels.names_geometry_points(match, "word"):
        return _variable_with_suffix(match, letterlabels.point_names(word))
    reading = (
        _letter_pair(match)
        or species.read_taxon(
            word, match.string[: match.start()], match.string[match.end("word") : match.end("word") + 1]
        )
        or read_command_label(word, match.string, match.start(), match.end())
        or read_airline_country(word, _next_latin_word(match))
        or read_place(word, _latin_neighbours(match), english, bool(match["suf"]))
        or read_site_name_with_code(word)
        or read_passport_name(word, _next_latin_word(match), match.string)
        or read_the_before_vowel(word, _next_latin_word(match))
        or read_beside_kazakh(word, _latin_neighbours(match))
        or read_beside_marked_kazakh(word, _latin_neighbours(match, MARKED_LETTERS))
        or read_outlet_before_medium(word, match.string[match.end() :], match.string[: match.start()])
        or read_code_keyword(word, match.string, match.start())
        or read_two_letter_word(word, _latin_phrase(match))
        or read_glued_in_english(word, _latin_phrase(match))
        or read_beside_english(word, _latin_neighbours(match), _latin_phrase(match))
        or species.read_cited_word(word, match.string[: match.start()], match.string[match.end("word") :])
        or read_as_the_text_writes(word, match.string)
        or read_model_name(word, match.string[: match.start()], english)
        or read_article_before_english(word, _next_latin_word(match), match.string[: match.start()])
        or read_latin(*_read_as(match, english))
    )
    reading = Spoken(" " + reading, reading.kind, reading.guess) if _written_onto_cyrillic(match, reading) else reading
    close = match.groupdict().get("close") or ""
    if match["suf"] and parse_suffixes(match["suf"]) is None and match["gap"] != "-":
        return Spoken(f"{reading}{close} {match['gap'].strip()}{match['suf']}", reading.kind, reading.guess)
    suffixed = attach_written(reading, "-", match["suf"], authors_harmony=True)
    return Spoken(suffixed + close, reading.kind, reading.guess)

"""Kazakh text written wholly in a Latin alphabet, turned word by word into the Cyrillic it spells.

Sites publish their Kazakh in the 2018 alphabet with acutes (á, ǵ, ń, ó, ú, ý; ı for и and й, y for ы, sh, ch), in
the one with breves and cedillas (ä, ğ, ñ, ö, ü, ş; ı for ы, y for й, w for ұ: qazaqtimes.com/lt) and in others;
the letters are converted by the document converter (`tts_edition.script.latin`), in the alphabet whose reading the
lexicon knows most words of. Once its words are Cyrillic, the rules read such a text's numbers, dates, ordinals, case
suffixes and initialisms as they read any Kazakh (2018 jyldyń 1 qańtarynda → екі мың он сегізінші жылдың бірінші
қаңтарында; 59-dy → елу тоғызды; QR → ҚР, JŞS → ЖШС). A text is taken for Latin Kazakh when its Latin letters
outnumber its Cyrillic ones and half of its Latin words, two at least, are Kazakh (a mark only a Kazakh Latin
alphabet has, q, ǵ, ñ…, or a word the Kazakh dictionary knows), two thirds where none carries such a mark
(`alphabet`); its English words (a quoted company name in capitals), web addresses and Roman numerals are left to
the rules that read them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize.capitals import known_stem
from tts_edition.normalize.roman import roman_value
from tts_edition.normalize.russianlatin import KAZAKH_PATRONYMIC, SURNAME
from tts_edition.script import latin
from tts_edition.script.detect import DOTLESS_I, LATIN_2018, LATIN_2021, LATIN_INFORMAL, latin_variant
from tts_edition.script.latin import KAZAKH_LATIN_ONLY, KAZAKH_MARK, convert_word, english_spelling
from tts_edition.script.lexicon import load_lexicon

# Cyrillic letters a site's font or keyboard puts for the Latin ones they look like, inside Latin words (Qаzаqstаndа,
# bіlіm, UBТ: а, е, о, і, к, Т…); the converter keeps them as the Cyrillic letters they are, which say the same sound.
_LOOKALIKES = "аеорсхукіАВЕКМНОРСТХІ"
# Of those, the ones whose Cyrillic sound is not their Latin look-alike's (Tiрti: the р is p, тіпті; sрort: спорт).
_SOUNDING_OTHERWISE = str.maketrans("рсхуВНРСХ", "pcxyBHPCX")
_LATIN_LETTERS = "A-Za-zÀ-ÖØ-öø-ɏ"
_TYPED_CYRILLIC = "әӘьЬ"  # letters typed in Cyrillic among Latin ones: abai.kz's ә (pәter), a soft sign (ÝHANЬ)
_TYPED_CYRILLIC_IN = re.compile(f"[{_TYPED_CYRILLIC}]")
# A Latin word, with apostrophes inside (the 2017 alphabet's a', g') and Cyrillic look-alikes typed in it; not the
# Latin part of a word with other Cyrillic letters, nor a word of look-alikes alone (аса, ТОО: Cyrillic words). A
# word in small letters may be glued to a number, a unit written onto its amount (70g-nan → 70г-нан), and a unit's
# square or cube to the word (m³).
WORD = re.compile(
    rf"""(?:(?<![\w'’])|(?<=\d)(?=[a-zà-öø-ɏ]))(?=[{_LOOKALIKES}{_TYPED_CYRILLIC}'’]*[{_LATIN_LETTERS}])
    [{_LATIN_LETTERS}{_LOOKALIKES}{_TYPED_CYRILLIC}]+(?:['’][{_LATIN_LETTERS}{_LOOKALIKES}]+)*
    (?:(?<=[aAgGnNoOuUyYiIsScClL])['’](?![\w'’]))?  # the 2017 alphabet's letter ending the word (qatysy's'ylardyn'),
    # or Qazaq Times' soft sign (Merkel')
    (?!(?![²³])[\w'’])""",
    re.X,
)
_TYPED_IN = re.compile(f"[{_LATIN_LETTERS}][{_LOOKALIKES}]|[{_LOOKALIKES}][{_LATIN_LETTERS}]")  # a look-alike in a word
# marks Turkish does not write: a site's own letters too (adyrna.kz's ǧ, ŋ, ū for ғ, ң, ұ)
_KAZAKH_ONLY = re.compile(rf"[qQ](?![uU])|[{KAZAKH_LATIN_ONLY}{KAZAKH_LATIN_ONLY.upper()}wW{_TYPED_CYRILLIC}]")
_ROMAN = re.compile(r"[IVXLCDMІХ]+")  # a look-alike Cyrillic І or Х typed among the Latin (ІV)
# A lone L, C, D or M and its stop before a capitalised word is a name's initial (M. Áýezov, D. Shamekenov), not a
# Roman numeral: no heading is numbered 50, 100, 500 or 1000 alone (I. and V. may be a heading's number: left Roman,
# but not typed onto the name, V.Bekker, as no heading's number is).
# So is one after another initial typed onto it (B.M.Saparbaev: Б. М., not Б. and the Latin letter M).
_INITIAL = re.compile(r"(?:(?<![\w.])|(?<=(?<![\w.])[A-Z]\.))(?:[LCDM]\. ?|[IVX]\.)(?=[A-ZÀ-ÖØ-ÞĀ-ſ])")
# A name's initial (dedi J.Bekshın) is no word of the text's, Kazakh or other.
_NAME_INITIAL = re.compile(r"[A-Z]\.(?=[A-Z][a-zà-ɏ])")
_FEWEST_WORDS = 3  # Latin words a Latin Kazakh text holds at least; two of them Kazakh at least
_SHARE, _SHARE_UNMARKED = 1 / 2, 2 / 3  # of its Latin words Kazakh, with and without a mark only Kazakh writes
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.I)
_LATIN = re.compile(r"[a-zà-ɏ]", re.I)
_CYRILLIC_WORD = re.compile(r"\b[а-яёәғқңөұүһі]{2,}\b", re.I)  # no Latin letter typed in
_DOUBLE_I = "ii"  # two Latin i side by side, which no 2018 Kazakh word writes, nor informal spelling's
_WITHOUT_DOUBLE_I = frozenset({LATIN_2018, LATIN_INFORMAL})


# The alphabet a text's own letters mark: asked by `alphabet` and again by each word of the text, counted once.
_marked_alphabet = lru_cache(maxsize=8)(latin_variant)


@lru_cache(maxsize=8)
def alphabet(text: str) -> str | None:
    """The Latin alphabet `text` writes its Kazakh in, or None when it is no Latin Kazakh text: its Latin letters
    outnumber its Cyrillic ones, it holds three Latin words at least, and its Kazakh words (with a mark Turkish does
    not write, q, ǵ, ñ, w…, or spelling a word the Kazakh dictionary knows), two at least, are half its Latin words,
    or two thirds without such a mark; in a text with no Kazakh Latin mark at all and no Cyrillic word, two thirds of
    words the English dictionary does not spell (Bul salada jas jumys istep jatyr; not Many & much). Not a Turkish
    name (Erdoğan, «Türk Edebiyatı İsimler Sözlüğü»), nor a Kazakh Latin name in Cyrillic text: other rules read
    those."""
    latin_letters, cyrillic_letters = len(_LATIN.findall(text)), len(_CYRILLIC.findall(text))
    if latin_letters <= cyrillic_letters and not _TYPED_IN.search(text):
        return None
    words = [
        m.group()
        for m in WORD.finditer(text)
        if not _in_address(text, *m.span()) and not _NAME_INITIAL.match(text, m.start())
    ]
    typed_for_latin = sum(not _LATIN.match(ch) for word in words for ch in word if ch not in "'’")  # look-alikes
    if latin_letters + typed_for_latin <= cyrillic_letters - typed_for_latin:
        return None
    if len(words) < _FEWEST_WORDS - 1:
        return None
    patronymics = [KAZAKH_PATRONYMIC.fullmatch(word) is not None for word in words]
    has_mark = KAZAKH_MARK.search(text) is not None or any(patronymics) or any(map(_TYPED_CYRILLIC_IN.search, words))
    if not has_mark and _CYRILLIC_WORD.search(text):
        return None  # a plain-Latin name in Cyrillic text (Kazakhstan Temir Zholy компаниясы): the name rules read it
    variant = latin.likeliest_variant(text, _marked_alphabet(text))  # every word read in every alphabet: asked last
    if has_mark:
        # in a text the 2018 alphabet's letters mark, its ı is that alphabet's и, й, not Turkish's ы (Bıbosynov, kılo)
        dotless_marks = _marked_alphabet(text) == LATIN_2018
        marked = [
            bool(_KAZAKH_ONLY.search(w)) or patronymic or (dotless_marks and DOTLESS_I in w)
            for w, patronymic in zip(words, patronymics, strict=True)
        ]
        kazakh = sum(m or (len(w) > 1 and _known(w, variant)) for w, m in zip(words, marked, strict=True))
        share = _SHARE if any(marked) else _SHARE_UNMARKED
    else:  # plain letters alone (Bul salada jas jumys istep jatyr): a word English spells is no evidence of Kazakh
        kazakh = sum(len(w) > 1 and not english_spelling(w) and _known(w, variant) for w in words)
        share = _SHARE_UNMARKED
    if len(words) < _FEWEST_WORDS:  # a line of two words (Osy aıdarda, «Qamshy» silteıdi): both Kazakh, one marked,
        alone = not _CYRILLIC_WORD.search(text)  # no Cyrillic word beside them (Qatar Airways рейсі: a name)
        # each marked and no English spelling (Airways has w), known whole (top → топ), or a surname (a byline's
        # Baýyrjan SERIKBAEV); beside a Kazakh patronymic a capitalised word is the given name (Erlan Asanuly)
        known = all(
            (_KAZAKH_ONLY.search(w) and not english_spelling(w))
            or _known_whole(w, variant)
            or SURNAME.fullmatch(w)
            or (any(patronymics) and w.istitle())
            for w in words
        )
        return variant if alone and has_mark and known else None
    return variant if kazakh >= _FEWEST_WORDS - 1 and kazakh >= share * len(words) else None


# A Roman numeral typed with Cyrillic Х, which a site's converter turned into the h of Kazakh Latin (HVIII, HIH, HHİ:
# XVIII, XIX, XXI): capitals of H and the numeral's letters, a numeral once H is X.
_TRANSLITERATED_ROMAN = re.compile(r"(?=[IVXLCDMİ]*H)[HIVXLCDMİ]{2,}")


def _transliterated_roman(word: str) -> str | None:
    """The Roman numeral `word` is with its h put back as X, if it is one and no English word (HIV)."""
    if not _TRANSLITERATED_ROMAN.fullmatch(word) or english_spelling(word):
        return None
    numeral = word.replace("H", "X").replace("İ", "I")
    return numeral if roman_value(numeral) else None


def _known_whole(word: str, variant: str) -> bool:
    """A word the lexicon knows whole in the alphabet's reading where English spells it too (top → топ; not Airways,
    whose reading only opens with a known stem), or whose stem it knows where English does not spell it."""
    if english_spelling(word):
        return load_lexicon().accepts(convert_word(word, variant).lower())
    return _known(word, variant)


def _known(word: str, variant: str) -> bool:
    """The dictionary knows the word's Kazakh reading: the one the lexicon picks where the letters leave a choice
    (Qazaq Times' i, и or і: prezidentke → президентке), the rule's first for a word English spells too (Times stays
    тімес, not the Kazakh тимес)."""
    choose = None if english_spelling(word) else load_lexicon().choose
    return bool(known_stem(convert_word(word, variant, choose)))


def read_word(match: re.Match[str]) -> str:
    """A word of a Latin Kazakh text in Cyrillic; the word as written when the text is not one, or the word is no
    Kazakh (an English word the Kazakh dictionary does not know, a Roman numeral, part of a web address)."""
    word, text = match.group(), match.string
    if (variant := alphabet(text)) is None:
        return word
    if _in_address(text, *match.span()) and not (_in_unit_rate(match) or _in_slashed_stump(match, variant)):
        return word
    if _ROMAN.fullmatch(word) and roman_value(word) and not _INITIAL.match(text, match.start()):
        return word  # a numeral; capitals no numeral writes (IIM) are an initialism's Kazakh letters
    if (unit := _unit_after_number(match, variant)) is not None:
        return unit
    if (numeral := _transliterated_roman(word)) is not None:
        return numeral
    match = _retyped(match, _in_capitals(word.translate(_SOUNDING_OTHERWISE)))
    word = match.group()
    # the 2018 alphabet typed without its ı: in the text's words, or in this one, whose ii no Kazakh word writes (і і):
    # a loan's ıı typed so (invеstitsiialyq → инвестициялық, partiia)
    if latin.types_i_in_cyrillic(text) or (variant in _WITHOUT_DOUBLE_I and _DOUBLE_I in word.lower()):
        typed = latin.typed_i_word(word)
        if not word.isascii() or typed != word:  # a word with a look-alike in it is read in 2018 letters
            match = _retyped(match, typed)
            variant = LATIN_2018
    elif variant == LATIN_2021 and latin.writes_i_for_both(text):
        match = _retyped(match, latin.i_of_both_where_known(word))
    elif variant == LATIN_2018 and _TYPED_IN.search(word):
        # a word typed on a keyboard of both scripts whose Latin i is ı, и, where the lexicon says so (Pеdаgоgiкаlyq)
        match = _retyped(match, latin.dotless_i_where_known(word))
    choose = load_lexicon().choose
    if variant == LATIN_2018 and latin.writes_ia_whole(text):  # Sıamyn beside provınııasy: Сямын
        spelt = latin.with_ya(match.group())
        if spelt != match.group():
            start, end = match.span()
            match = re.compile(re.escape(spelt)).match(text[:start] + spelt + text[end:], start) or match
            choose = _choose_written_ya
    reading = latin.read_word(match, variant, choose)
    return _in_marked_alphabet(match, variant, reading) or reading


# A word in capitals whose two-letter letter the writer typed as a name's capital and a small letter (KONTsERT,
# ShYMKENT): the whole word in capitals, the small letter no sign of a word in small letters.
_DIGRAPH_TAIL = re.compile("(?<=[TSCZK])[sh]")
_FEWEST_CAPITALS = 4


def _in_capitals(word: str) -> str:
    smalls = [ch for ch in word if ch.islower()]
    if not smalls or len(smalls) * 2 > len(word) or sum(ch.isupper() for ch in word) < _FEWEST_CAPITALS:
        return word
    return word.upper() if len(_DIGRAPH_TAIL.findall(word)) == len(smalls) else word


# A unit's abbreviation right after a number, or after its scale's word (1091,78 ga jeri, 34 myń ga): the table's
# unit in Cyrillic (га), which the rules of amounts read, though English spells it too (ga); a unit the table keeps
# in Latin (MB, kW) stays.
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]?(?:(?:myń|myñ|myn|mln|mlrd|trln)\.?[ \u00a0])?$")
_NUMBER_REACH = 8


def _unit_after_number(match: re.Match[str], variant: str) -> str | None:
    if not _NUMBER_BEFORE.search(match.string, max(0, match.start() - _NUMBER_REACH), match.start()):
        return None
    reading = convert_word(match.group(), variant)
    return reading if reading != match.group() and reading in abbr.of_kind("unit") else None


def _in_marked_alphabet(match: re.Match[str], variant: str, reading: str) -> str | None:
    """The word in the alphabet its text's own letters mark, where the lexicon knows that reading and not the one
    in the alphabet whose readings it knows most of: 2018 text typed with i for ı reads as 2021 does, but its u is
    2018's ұ (Bul jаiyndа … Telegram-каnаlyndаǵy: Бұл, not Бул); None where the text's alphabet is that one."""
    marked, start = _marked_alphabet(match.string), match.start()
    if marked == variant or reading == match.group() or match.string[start - 1 : start] == "-":
        return None  # an ending hyphened on (80-şi) is read by the word or number it ends
    accepts = load_lexicon().accepts
    if accepts(reading.lower()):
        return None
    other = latin.read_word(match, marked, load_lexicon().choose)
    return other if other != match.group() and accepts(other.lower()) else None


# A unit per a unit after a number (15-20 m/s, 60 km/sağ, 129,89 teńge/m³): the slash is the rate's, not an
# address's, and its two units are Kazakh letters that the rules of units read once in Cyrillic (м/с → метр секундына,
# теңге/м³ → теңге текше метріне).
_UNIT_RATE = re.compile(
    rf"(?<=\d)[ \u00a0]?(?:[{_LATIN_LETTERS}]{{1,3}}|teńge|tenge)/[{_LATIN_LETTERS}]{{1,4}}[²³]?(?![\w/])"
)


def _in_unit_rate(word: re.Match[str]) -> bool:
    """Whether the word is a unit of a rate after a number: m and s of 15-20 m/s, not the parts of kaz/news."""
    start, end = word.span()
    near = _UNIT_RATE.finditer(word.string, max(0, start - 12), end + 5)
    return any(rate.start() <= start and end <= rate.end() for rate in near)


# Two clipped words joined by a slash as Kazakh clips a place (sh/a, a/o, sh/q: шағын аудан, ауылдық округ, шаруа
# қожалығы): the table's abbreviation once its letters are Cyrillic, not an address's path.
_SLASHED_STUMP = re.compile(rf"(?<![\w/.])[{_LATIN_LETTERS}]{{1,3}}/[{_LATIN_LETTERS}]{{1,3}}(?![\w/])")


def _in_slashed_stump(word: re.Match[str], variant: str) -> bool:
    start, end = word.span()
    for stump in _SLASHED_STUMP.finditer(word.string, max(0, start - 4), end + 4):
        if stump.start() <= start and end <= stump.end():
            first, _, second = stump.group().partition("/")
            return f"{convert_word(first, variant)}/{convert_word(second, variant)}".lower() in abbr.table()
    return False


def _retyped(match: re.Match[str], typed: str) -> re.Match[str]:
    """The match of `typed` put in its text for the word `match` found."""
    if typed == match.group():
        return match
    text, (start, end) = match.string, match.span()
    return WORD.match(text[:start] + typed + text[end:], start) or match


def _choose_written_ya(readings: tuple[str, ...]) -> str:
    """Of a word's readings, those with no ия where the text wrote я (`latin.with_ya`: Сямын, not the Сиямын whose
    сиям- the lexicon takes for a stem), the lexicon choosing among them."""
    written = readings[0].lower().count("ия")
    kept = tuple(reading for reading in readings if reading.lower().count("ия") <= written)
    return load_lexicon().choose(kept) if len(kept) > 1 else kept[0]


_E_MAIL_NAME_GOES_ON = re.compile(r"[.\w+-]*\.[.\w+-]*@")  # d.nasyrova@: the name's part before its stop


def _in_address(text: str, start: int, end: int) -> bool:
    """Uchet.kz, HALYQLINE.KZ, info@…, a part of a path: an address part the web rule reads (not an initial, N.Á.,
    nor the surname a capital initial's stop is typed onto, A.Smaıyl: no address part is capitalised after one
    letter)."""
    before, after = text[start - 1 : start] if start else "", text[end : end + 2]
    if "@" in (before, after[:1]) or _in_schemed_address(text, start) or _E_MAIL_NAME_GOES_ON.match(text, end):
        return True
    if "/" in (before, after[:1]):  # not a slash to a Cyrillic letter: sh/а, the abbreviation ш/а typed in Latin
        beyond = after[1:] if after[:1] == "/" else text[start - 2 : start - 1] if start > 1 else ""
        return not _CYRILLIC.match(beyond)
    if before == "." and _AFTER_INITIAL.search(text, 0, start) and text[start : start + 2].istitle():
        return False
    if _DIGRAPH_INITIAL.fullmatch(text[start:end]) and after[:1] == "." and text[end + 1 : end + 3].istitle():
        return False  # Sh.Shaıahmetov: the initial Ш, written with the 2018 alphabet's two letters, not an address
    dotted = (after[:1] == "." and after[1:].isalpha()) or (before == "." and text[start - 2 : start - 1].isalpha())
    return dotted and end - start > 1


# A lone capital and its stop, just before a word; or the 2018 alphabet's two letters for one, Sh and Ch (Ш, Ч): a
# name's initial (Sh.Shaıahmetov, Ch.Valıhanov), as one capital is (A.Smaıyl); two or three of them typed on
# (M.S.Gorbachevty).
_DIGRAPH_INITIAL = re.compile("[SC]h")
_AFTER_INITIAL = re.compile(r"(?<![\w.])(?:(?:[A-ZÀ-ÖØ-ÞĀ-ſ]|[SC]h)\.){1,3}$")
_SCHEMES = ("http://", "https://", "www.")
_OPENING_MARKS = "«(\"'[“"


def _in_schemed_address(text: str, start: int) -> bool:
    """The word is part of an address written with its scheme or www. (https://kaz.nur.kz/2142927-astanada-qogamdyq):
    its https and the words of its path are the web rule's to read, not words of a Latin Kazakh text."""
    opening = start
    while opening and not text[opening - 1].isspace():
        opening -= 1
    return text[opening : opening + 12].lstrip(_OPENING_MARKS).lower().startswith(_SCHEMES)

"""Kazakh in the Latin alphabets (2017 apostrophes, 2018 acute accents, 2021 draft, Qazaq Times', MediaWiki's
kk-latn, informal web spellings) → Cyrillic."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

from tts_edition.script import loans
from tts_edition.script.detect import (
    CYRILLIC,
    DOTLESS_I,
    KK_LATN_LETTERS,
    LATIN,
    LATIN_2017,
    LATIN_2018,
    LATIN_2021,
    LATIN_ABAI,
    LATIN_INFORMAL,
    LATIN_KK_LATN,
    LATIN_QAZAQTIMES,
    letter_script,
)
from tts_edition.script.lexicon import HARMONY_BACK, HARMONY_FRONT, in_harmony, load_lexicon, loan_length

# Placeholders for letters read one way after a consonant (or at the start) and another after a vowel.
_I_OR_Y, _Y_OR_YI, _I_OR_YI, _U_OR_W = "\ue000", "\ue001", "\ue002", "\ue003"
_AFTER_CONSONANT_VOWEL = {_I_OR_Y: ("и", "й"), _Y_OR_YI: ("ы", "й"), _I_OR_YI: ("і", "й"), _U_OR_W: ("ұ", "у")}
# The 2018 alphabet's ıa and ıo: я and ё opening a word or after a vowel (ıaǵnı, aıaq → яғни, аяқ), but after a
# consonant the и of a loan's -ия, -ио- before а, о (Ásıa, bıologıa, radıo → Азия, биология, радио: Kazakh writes no
# я after a consonant, and ё there only in a few Russian names), its ı not dropped (`_2018_SWAPS` keeps я, ё and иа).
_IA, _IO = "\ue004", "\ue005"
_AFTER_CONSONANT_ONLY = {_IA: ("ия", "я"), _IO: ("ио", "ё")}
_VOWELS = set("аәеёиоөұүыіэюяАӘЕЁИОӨҰҮЫІЭЮЯ")  # и/й after these is й (у is not: заманауи)
_NOT_CONSONANTS = _VOWELS | set("уйУЙ")  # after у, й (қуя, айя) ıa is я as after a vowel

_COMMON = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т", "u": "ұ",
    "v": "в", "y": "ы", "z": "з", "c": "с", "ch": "ч",
    # letters of the adyrna-style alphabet and other conventions seen in real text, the same in every variant
    "ǧ": "ғ", "ŋ": "ң", "ə": "ә", "ɵ": "ө", "ꞵ": "б", "ç": "ч", "ʼ": "",
}  # fmt: skip
_INFORMAL = _COMMON | {
    "á": "ә", "ä": "ә", "ə": "ә", "ǵ": "ғ", "ğ": "ғ", "gh": "ғ", "ń": "ң", "ñ": "ң", "ng": "ң",
    "ó": "ө", "ö": "ө", "ú": "ү", "ü": "ү", "ý": "у", "w": "у", "ū": "ұ", "ı": "ы", "y": _Y_OR_YI, "i": _I_OR_YI,
    "u": _U_OR_W, "sh": "ш", "zh": "ж", "kh": "х", "ya": "я", "yu": "ю", "yo": "ё", "ş": "ш",
    "tsi": "ци",
}  # fmt: skip
_TABLES: dict[str, dict[str, str]] = {
    LATIN_2018: _COMMON | {
        "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у", "ı": _I_OR_Y, "sh": "ш", "ś": "ш",
        "ıa": _IA, "ıý": "ю", "ıo": _IO, "tsı": "ц" + _I_OR_Y,
    },
    LATIN_2021: _COMMON | {
        "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ū": "ұ", "ü": "ү", "u": "у", "ı": "і", "i": _I_OR_Y,
        "ş": "ш", "sh": "ш", "ia": "я", "iu": "ю", "io": "ё", "tsi": "ц" + _I_OR_Y,
    },
    LATIN_2017: _COMMON | {
        "a'": "ә", "g'": "ғ", "n'": "ң", "o'": "ө", "u'": "ү", "y'": "у", "i'": _I_OR_Y, "s'": "ш",
        "c'": "ч", "i'a": "я", "i'u": "ю", "i'o": "ё", "tsi'": "ц" + _I_OR_Y,
    },
    LATIN_QAZAQTIMES: _COMMON | {
        "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ü": "ү", "ş": "ш", "ı": "ы", "y": "й", "u": "у", "w": "ұ",
        "ya": "я", "yu": "ю", "yo": "ё", "'": "ь", "tsi": "ци", "ci": "ц" + "і", "ce": "це", "cy": "цй", "ca": "ца",
    },
    LATIN_KK_LATN: {latin: cyrillic for latin, cyrillic in _COMMON.items() if latin != "ch"} | {
        "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ü": "ү", "ş": "ш", "şç": "щ", "ı": "ы", "ï": "и", "y": "й", "w": "у",
        "x": "х", "h": "һ", "c": "ц", "é": "э", "ya": "я", "yu": "ю", "yo": "ё", "ʺ": "ъ", "ʹ": "ь",
    },
    # before informal spelling: a word neither's reading knows is abai.kz's on a tie (Konstitusiyagha: у, not ұ)
    LATIN_ABAI: _INFORMAL | {"ú": "ұ", "ý": "ү", "u": "у"},
    LATIN_INFORMAL: _INFORMAL,
}  # fmt: skip
_LONGEST = 4
# Alphabets without ц write a Russian loan's ц ts (tsеh, tsırk, tsement); no Kazakh word opens on two consonants, so a
# word's opening ts is that ц (tsеhy → цехы), wherever the dictionary lacks the inflected form to choose it.
_OPENING_TS = re.compile("^т[сС]|^Т[сС]")
_WITHOUT_TS_LETTER = frozenset({LATIN_2018, LATIN_2021, LATIN_2017, LATIN_INFORMAL, LATIN_ABAI})
_SWAPS = (  # kk-latn's letters tell all of these apart
    (re.compile("[хХ]"), "һ"), (re.compile("тс|ТС"), "ц"), (re.compile("^[еЕ]"), "э"),
    (re.compile("я"), "иа"), (re.compile("ё"), "ио"), (re.compile("ю"), "иу"),
)  # fmt: skip
# Capital I is і, и and й alike; ıa and ıý, я and ю, often stand for ия and ию, the ı of и dropped (Ásıa for Ásııa),
# in capitals too (QUPIADA → ҚҰПИЯДА). A name spelt the English way in 2018 text writes u for у after a vowel and ng
# for ңғ (Mangystau Nauryz → Маңғыстау Наурыз): the alphabet's ұ never follows a vowel inside a word. It has no soft
# sign: a loan's ю or я after a consonant may follow one (kompıýter → компьютер). Nor has it ц: a Russian loan writes it
# s (Konstıtýsıa, polısııa, stansa), so a loan's с may be ц (конституция), tried last, after the word as written.
# Its ıo after a vowel is й and о as often as ё (raıona → района, not раёна); its ı after a vowel is a loan's и where
# a Russian noun is so spelled (Ýkraınada → Украинада, proteın → протеин), tried last.
_SOFTENED = "(?<=[бвдзклмнпрстф])"  # consonants a soft sign follows in loans
# Nor a loan's soft sign after л at a syllable's end (fılm, festıval, kınofestıvaldiń → фильм, фестиваль,
# кинофестивальдің): an л after a vowel and before a consonant or the word's end may take one, which the lexicon
# chooses where it knows the loan, unless the word up to its л is a Kazakh word (сал-сақ, ал-ды, Ал-варес: not
# сальса, Альварес).
_SOFT_L = re.compile("(?<=[аеиоуыі])л(?=[бвгдзклмнпрстфхцчшщқғңһ]|$)", re.I)
_AFTER_CONSONANT = "(?<=[^аәеёиоөұүыіэюяуй\\W])"
_2018_SWAPS = ((re.compile(_AFTER_CONSONANT + "ия", re.I), "я"), (re.compile(_AFTER_CONSONANT + "ио", re.I), "ё"),
               (re.compile(_AFTER_CONSONANT + "ия", re.I), "иа"),
               (re.compile("^І"), "И"), (re.compile("(?<=[^аәеиоөұүыіэюяАӘЕИОӨҰҮЫІЭЮЯ])я", re.I), "ия"),
               (re.compile("(?<=[^аәеиоөұүыіэюяАӘЕИОӨҰҮЫІЭЮЯ])ю", re.I), "ию"),
               (re.compile("(?<=[аәеоө])ұ", re.I), "у"), (re.compile("нг", re.I), "ңғ"),
               (re.compile(_SOFTENED + "ю", re.I), "ью"), (re.compile(_SOFTENED + "я", re.I), "ья"),
               (re.compile("(?<=[аеиоуыі])ё", re.I), "йо"), (re.compile("с", re.I), "ц"),
               (re.compile("(?<=[аеоуэ])й", re.I), "и"))  # fmt: skip
# ң and г written as one ng before a front vowel (tenge → теңге), in informal spelling and abai.kz's alike.
_NG_BEFORE_FRONT_VOWEL = (re.compile("ң(?=[әеөүі])", re.I), "ңг")
# Informal spelling often drops the diacritics: u is ұ, у or ү, o is о or ө, i is і or и, y is ы or й; its ng is ң,
# нг, or ңғ and ңг written the English way (Mangystau → Маңғыстау, tenge → теңге).
_INFORMAL_SWAPS = (
    (re.compile("ұ", re.I), "у"), (re.compile("й", re.I), "ы"), (re.compile("о", re.I), "ө"),
    (re.compile("[ұу]", re.I), "ү"), (re.compile("ң", re.I), "нг"), (re.compile("ңх", re.I), "нғ"),
    (re.compile("ң(?=[аоұыАОҰЫ])", re.I), "ңғ"), _NG_BEFORE_FRONT_VOWEL,
    (re.compile("а", re.I), "ә"), (re.compile("й", re.I), "і"), (re.compile("і", re.I), "и"),
)  # fmt: skip
# i is both і and и; a capital I is Ы, or an undotted capital İ (і) in words in capitals (MEKTEPTERI), or opening a
# word a loan's И the writer typed with the keyboard's plain I (Italiya → Италия, which the lexicon's Russian nouns
# know; Istıq stays Ыстық); the apostrophe is the soft sign of a loan (mobil'di → мобильді) or, rarely, the hard one
# (ob'ekt → объект).
_QAZAQTIMES_SWAPS = ((re.compile("і"), "и"), (re.compile("^І"), "И"), (re.compile("Ы"), "І"),
                     (re.compile("^Ы"), "И"), (re.compile("ь"), "ъ"))  # fmt: skip
# abai.kz's y is ы or й, its i і, и or й, and и is sometimes iy (santiymetr); its ng may be н and г (engizu), or ң
# and г before a front vowel (tenge), ngh н and gh or ң and gh (josparlanghan, songhy); its ц is s (Konstitusiya).
_ABAI_SWAPS = ((re.compile("і", re.I), "и"), (re.compile("ій", re.I), "и"), (re.compile("й", re.I), "ы"),
               (re.compile("й", re.I), "і"), (re.compile("ң", re.I), "нг"), (re.compile("ңх", re.I), "нғ"),
               (re.compile("ңх", re.I), "ңғ"), _NG_BEFORE_FRONT_VOWEL,
               (re.compile("с", re.I), "ц"))  # fmt: skip
# The 2021 alphabet's ц is ts, but sites that write it put a loan's ц s (operasiialar, stansiiasy, delegasiia).
_2021_SWAPS = ((re.compile("с", re.I), "ц"),)
_VARIANT_SWAPS = {LATIN_INFORMAL: _SWAPS + _INFORMAL_SWAPS, LATIN_2018: _SWAPS + _2018_SWAPS,
                  LATIN_ABAI: _SWAPS + _ABAI_SWAPS, LATIN_2021: _SWAPS + _2021_SWAPS,
                  LATIN_QAZAQTIMES: _SWAPS + _QAZAQTIMES_SWAPS, LATIN_KK_LATN: ()}  # fmt: skip
_MAX_READINGS = 64
_SAMPLE_WORDS = 400  # of a document, enough to tell its alphabet by the words the lexicon knows
# Letters a variant never uses for Kazakh: a word with them (and none of the variant's own) is a foreign name.
_FOREIGN = {LATIN_2018: re.compile("c(?!h)|w|x"), LATIN_2021: re.compile("c(?!h)|w|x"),
            LATIN_2017: re.compile("w|x"), LATIN_INFORMAL: re.compile("c(?!h)|x"), LATIN_ABAI: re.compile("c(?!h)|w|x"),
            # its loans write ц as c before i, e, y (vakcina), and before a within a word (kirilica, not Cambridge)
            LATIN_QAZAQTIMES: re.compile("^c(?![hiey])|c(?![hieya])|x"),
            LATIN_KK_LATN: re.compile("c(?![ïieéy])|sh|ch|th|oo|ee")}  # letter pairs kk-latn never writes  # fmt: skip
_OWN_LETTERS = {LATIN_2018: set("áǵńóúý"), LATIN_2021: set("äğñöşūü"), LATIN_2017: {"'"}, LATIN_INFORMAL: set(),
                LATIN_ABAI: set("ә"),
                LATIN_QAZAQTIMES: set("äğñöşüı"), LATIN_KK_LATN: set("äğñöşüıïéç")}  # fmt: skip
_BRANDS = frozenset(
    "kazinform facebook instagram telegram youtube tiktok twitter whatsapp google apple microsoft "
    "tengrinews khabar astana-tv".split()
)
# The letters of the Kazakh Latin alphabets that no other language Kazakh text quotes writes: 2018's á ǵ ń ó ú ý, 2021's
# ä ñ ū, and sites' own ś ǧ ŋ (adyrna.kz's ǧ ŋ ū for ғ ң ұ). Turkish and Azerbaijani share ğ ı ö ü ş with 2021's.
KAZAKH_LATIN_ONLY = "áäǵńñóúśýǧŋū"
KAZAKH_LATIN_TURKIC = "ğıöüş"
_KAZAKH_LATIN = KAZAKH_LATIN_ONLY + KAZAKH_LATIN_TURKIC
# Not under re.I, nor with ı's capital, which is I: the dotted İ takes its place.
KAZAKH_MARK = re.compile(rf"[qQ](?![uU])|[{_KAZAKH_LATIN}{KAZAKH_LATIN_ONLY.upper()}ĞÖÜŞİ]")
# Left Latin for the normaliser's address reader: addresses, e-mails, a file's name or path with its extension
# (/uploads/thumbnail/x_small.jpg: not the Kazakh жпг), and an account name written without its @, words of small
# letters and digits, each maybe capitalised, joined by underscores (redaktor_qazyr, Kozhakhmet_inside_official, as a
# page's byline leaves it), which the reader says with its underscore; converted, its words would leave the bare _
# between them (редактор_қазыр). The endings kept are the generic ones and the neighbours' whose outlets Kazakh pages
# cite (kaznews.mn, Mongolia's; .cn, .tr, .tj, .tm), not one that spells a Kazakh word (az, su).
ACCOUNT_NAME = r"(?<![\w.@/+-])(?-i:[A-Za-z][a-z0-9]*(?:_+[A-Za-z0-9][a-z0-9]*)+)(?![\w@/]|\.\w)"
_KEEP = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+|\w+(?:[.-]\w+)*\.(?:kz|com|ru|org|net|info|uz|kg|mn|cn|tr|tj|tm)\b"
    r"|[\w/-]+(?:\.[\w-]+)*\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|pptx?|zip|rar)\b"
    rf"|{ACCOUNT_NAME}",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def outside_addresses(text: str) -> str:
    """`text` with what is left Latin for the address reader (addresses, e-mails, file names, account names) blanked:
    the letters an alphabet is told by (`detect`), since a site's name (Qazaq24.com) may spell Kazakh in a page whose
    other Latin words are English."""
    return _KEEP.sub(" ", text)


_WORD_2017 = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]*)*")  # a letter's apostrophe may end the word (n')


def lower(word: str, variant: str) -> str:
    """Lower case with the Turkish dotted/dotless i where the alphabet has both."""
    if variant in (LATIN_2021, LATIN_KK_LATN, LATIN_QAZAQTIMES):
        word = word.replace("İ", "i").replace("I", "ı")
    elif variant == LATIN_2018:
        # İ is the capital of i (і); I before a, ý, o, or ı, or between a vowel and a letter, is ı's (і never follows
        # a vowel inside a word: BOIY, PAIDA; nor does и, й follow і: Iıa is Ия, its я typed with ı); a final one
        # after a vowel is an initialism's І (ÁÓI → ӘӨІ)
        word = re.sub("I(?=[ıaAýÝoO])|(?<=[aeouáóúýAEOUÁÓÚÝ])I(?=[^\\W\\d_])", "ı", word)
        word = word.replace("İ", "i").replace("I", "i")
    return word.replace("İ", "i").lower()


def own_alphabet(word: str) -> str | None:
    """The official Latin alphabet, 2018's or 2021's, whose own letters the word has, when only one's (Dvorevoıdyń:
    2018's ń, so its ı is и or й; Soltüstık: 2021's ü); None when neither's or both's."""
    letters = set(word.lower())
    told = [variant for variant in (LATIN_2018, LATIN_2021) if letters & _OWN_LETTERS[variant]]
    return told[0] if len(told) == 1 else None


def is_foreign(word: str, variant: str) -> bool:
    """A brand or foreign name that stays Latin: known brands, or letters the Kazakh alphabet never uses."""
    low = word.lower()
    if low in _BRANDS:
        return True
    return not (set(low) & _OWN_LETTERS[variant]) and bool(_FOREIGN[variant].search(low))


def convert_word(word: str, variant: str, choose: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """One Latin word in Cyrillic; `choose` picks one of its readings when the letters allow several."""
    if is_foreign(word, variant):
        return russian_name_with_ts(word, variant) or word
    return _letters_in_cyrillic(word, variant, choose)


def _unnamed_word(word: str, variant: str, choose: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """`convert_word` for a word `russian_name_with_ts` has already found no Russian name: a foreign word as written,
    not looked up again."""
    return word if is_foreign(word, variant) else _letters_in_cyrillic(word, variant, choose)


def _letters_in_cyrillic(word: str, variant: str, choose: Callable[[tuple[str, ...]], str] | None) -> str:
    """A word that is not foreign, letter by letter in Cyrillic (`convert_word`)."""
    text = lower(word.replace("’", "'"), variant)
    table = _TABLES[variant]
    chunks: list[tuple[str, str]] = []  # (source chunk as written, Cyrillic)
    i = 0
    while i < len(text):
        for size in range(_LONGEST, 0, -1):
            if text[i : i + size] in table:
                chunks.append((word[i : i + size], table[text[i : i + size]]))
                i += size
                break
        else:
            if text[i] != "'" or variant != LATIN_2017:
                chunks.append((word[i], text[i]))
            i += 1
    cyrillic = _resolve(chunks, word.isupper() and len(word) > 1)
    cyrillic = _OPENING_FI.sub(lambda m: m[1] + _same_case("и", m[2]), cyrillic)
    if variant in _WITHOUT_TS_LETTER:
        cyrillic = _OPENING_TS.sub(lambda m: "Ц" if m[0][0] == "Т" else "ц", cyrillic)
    if variant == LATIN_INFORMAL and cyrillic[-1:] in ("ұ", "Ұ"):  # a final u is у (-у, су, тау), rarely ұ
        cyrillic = cyrillic[:-1] + ("у" if cyrillic[-1] == "ұ" else "У")
    as_written = cyrillic
    if variant == LATIN_QAZAQTIMES:
        cyrillic = _loan_i(_I_AFTER_BACK_VOWEL.sub(lambda m: m[1] + "и", cyrillic))
        cyrillic = _SURNAME_INOV.sub(lambda m: _same_case("и", m[1]) + m[2], cyrillic)
        cyrillic = _SURNAME_FRONT_ENDING.sub(lambda m: m[1] + _same_case("і", m[2]) + m[3], cyrillic)
        if choose is not None:
            cyrillic = _back_ending_on_known_stem(cyrillic)
    if variant == LATIN_ABAI:
        cyrillic = _IY_BEFORE_CONSONANT.sub(lambda m: _same_case("и", m[0][0]), cyrillic)
    readings = _readings(cyrillic, variant)
    if as_written != cyrillic:  # an Arabic or Persian loan keeps its і after a back vowel: mwğalim → мұғалім
        readings = list(dict.fromkeys(readings + _readings(as_written, variant)))[:_MAX_READINGS]
    if variant == LATIN_2018:
        readings = _with_capital_i_dotless(readings, chunks, word.isupper() and len(word) > 1)
        if choose is not None:
            readings = _with_soft_e(_with_soft_l(readings))
    # without a choice, the rule's reading; with one, a spelling put in its place (Бельгия) is the first, though alone
    alone = readings[0] if len(readings) == 1 else None
    chosen = cyrillic if choose is None else alone or choose(tuple(readings))
    if choose is not None and len(readings) > 1:
        chosen = loans.corpus_spelling(readings, chosen)
    return loans.respelt(chosen) if choose is not None and variant == LATIN_2018 else chosen


# Qazaq Times writes ц c before any letter but h (Coy → Цой), its table spelling out only ci, ce, cy and ca: a
# capitalised word with a c its letters leave foreign is the person's Russian name OpenCorpora knows with ц for it
# (a surname, a given name), though English spells the word too (coy), and else foreign (Comirnaty, Covid, Car).
_LONE_C = re.compile("c(?!h)", re.I)


def russian_name_with_ts(word: str, variant: str) -> str | None:
    """Coy → Цой: a Qazaq Times word whose c is a Russian name's ц, that name; else None."""
    if variant != LATIN_QAZAQTIMES or not word.istitle() or not _LONE_C.search(word):
        return None
    reading = convert_word(_LONE_C.sub(lambda c: "Ц" if c[0].isupper() else "ц", word), variant)
    return reading if loans.russian_name(reading) else None


# No Kazakh word opens on фі: ф opens loans only, which write и as Russian does (Finprom → Финпром, finans, fizika), a
# loan's or a brand's i typed as its own Latin spells it where the alphabet's i is the Kazakh і (a suffix's і stays:
# tarıfi → тарифі).
_OPENING_FI = re.compile("^([фФ])([іІ])")


def _with_soft_l(readings: list[str]) -> list[str]:
    """The readings, and after them each with a loan's soft sign after one л (`_SOFT_L`) where the word up to that л
    is no word the lexicon knows (филм → фильм; салсақ stays); in the place of the reading, though that part is a word
    (бел), where the lexicon knows a longer stem of it, reaching past the soft sign, than of the word as written
    (Belgııamen → Бельгиямен: бельгия- it knows, of белгия- only белг-)."""
    lexicon = load_lexicon()
    softened, first, replaced = [], [], set()
    for reading in readings:
        places = list(_SOFT_L.finditer(reading))
        known = lexicon.longest_stem(reading.lower()) if places else 0  # the word as written, once for its л's
        for m in places:
            spelled = reading[: m.start()] + _same_case("ль", m[0]) + reading[m.end() :]
            if lexicon.longest_stem(spelled.lower()) > max(known, m.end() + 1):
                first.append(spelled)
                replaced.add(reading)
            elif not lexicon.accepts(reading[: m.end()].lower()):
                softened.append(spelled)
    if not softened and not first:
        return readings
    kept = [reading for reading in readings if reading not in replaced]
    return list(dict.fromkeys(first + kept + softened))[:_MAX_READINGS]


# Nor a loan's soft sign before е (premera, pesa → премьера, пьеса): after a consonant a loan softens, an е may follow
# one. Spelled so, a reading goes first where the lexicon knows a longer stem of it, reaching past the soft sign, than
# of the word as written (премьерасы- of premerasynan; премера- it knows none of): a Kazakh word keeps its е.
_SOFT_E = re.compile("(?<=[бвдзмнпрстф])е", re.I)


def _with_soft_e(readings: list[str]) -> list[str]:
    """The readings, a reading with a soft sign before one е after a consonant (`_SOFT_E`) first where the lexicon
    knows it better than the reading without."""
    lexicon = load_lexicon()
    softened = []
    for reading in readings:
        places = [m for m in _SOFT_E.finditer(reading) if m.start() > 1]
        known = lexicon.longest_stem(reading.lower()) if places else 0
        for m in places:
            spelled = reading[: m.start()] + _same_case("ь", m[0]) + reading[m.start() :]
            if lexicon.longest_stem(spelled.lower()) > max(known, m.start() + 1):
                softened.append(spelled)
    return list(dict.fromkeys(softened + readings))[:_MAX_READINGS] if softened else readings


_MOST_CAPITAL_IS = 3  # capital I's of a word tried both ways (2 ** 3 spellings at most)


def _with_capital_i_dotless(readings: list[str], chunks: list[tuple[str, str]], all_caps: bool) -> list[str]:
    """The readings of a 2018 word with each plain capital I it writes read as ı (и, й) as well as i (і): the
    alphabet's capital of ı is I, that of i is İ (TURMAǴAMBETTİŃ … BOIY … PAIDA → БОЙЫ, ПАЙДА, which the lexicon
    knows and БОІЫ, ПАІДА it does not); the lexicon chooses."""
    capital_is = [at for at, (source, cyrillic) in enumerate(chunks) if source == "I" and cyrillic == "і"]
    if not capital_is or len(capital_is) > _MOST_CAPITAL_IS:
        return readings
    # no Kazakh і follows a vowel (у aside: QAÝIP): a capital I after a syllable's vowel is ı, read first (TÚRKSOI
    # → ТҮРКСОЙ); not after two vowels, an initialism's letters (ÁÓI → ӘӨІ)
    after_vowel = {at for at in capital_is if at and _vowel_after_consonant(chunks, at - 1)}
    # nor one after a back vowel across one to three consonants, у and й aside: a name's и (a loan's і the lexicon
    # knows still wins: MUǴALIM), read first (KENJALIN → КЕНЖАЛИН, not КЕНЖАЛІН)
    after_vowel |= {at for at in capital_is if _after_back_vowel(chunks, at)}
    first = [(source, _I_OR_Y if at in after_vowel else cyrillic) for at, (source, cyrillic) in enumerate(chunks)]
    more = _readings(_resolve(first, all_caps), LATIN_2018) + readings if after_vowel else list(readings)
    for mask in range(1, 2 ** len(capital_is)):
        dotless = {at for bit, at in enumerate(capital_is) if mask >> bit & 1}
        spelled = [(source, _I_OR_Y if at in dotless else cyrillic) for at, (source, cyrillic) in enumerate(chunks)]
        more += _readings(_resolve(spelled, all_caps), LATIN_2018)
    return list(dict.fromkeys(more))[:_MAX_READINGS]


def _after_back_vowel(chunks: list[tuple[str, str]], at: int) -> bool:
    """The chunk at `at` follows a back vowel (а, о, ұ, ы) with one to three consonants between, none у or й."""
    before = "".join(cyrillic for _, cyrillic in chunks[:at]).lower()
    return bool(_BACK_VOWEL_THEN_CONSONANTS.search(before))


_BACK_VOWEL_THEN_CONSONANTS = re.compile(r"[аоұы][^аәеиоөұүыіэюяуй\W]{1,3}$")


def _vowel_after_consonant(chunks: list[tuple[str, str]], at: int) -> bool:
    """The chunk at `at` is a vowel, first in the word or after a consonant."""
    return chunks[at][1][-1:] in _VOWELS and (at == 0 or chunks[at - 1][1][-1:] not in _VOWELS)


# Qazaq Times' i is і and и alike: after a back vowel, which no Kazakh і follows in a word, it is a loan's и
# (mobil'di → мобильді, not мобільді); after a front vowel, у or й (qauip, қауіп) or opening a word it stays і, but
# in a word with ц (a Russian loan: identifikacilau, licenziya) up to its ц (`_loan_i`).
_LOAN_STEM = re.compile(r".*[цЦ][іІ]?")  # a word with ц is a Russian loan: its stem, up to its last ц and the і after


def _loan_i(word: str) -> str:
    """A loan's і up to its last ц is и, as Russian writes it (identifikacilau → идентификацилау, vakcina); its
    ending keeps і."""
    stem = _LOAN_STEM.match(word)
    if stem is None:
        return word
    return stem.group().replace("і", "и").replace("І", "И") + word[stem.end() :]


# A surname's Russian ending -инов (-инова) keeps its и after a front vowel too, which no Kazakh word ends so in
# (Äbdildinov → Әбділдинов, not Әбділдінов); -ин alone stays і there, a Kazakh word's ending as often (келін, ішін).
_SURNAME_INOV = re.compile(r"([іІ])(н[оО][вВ])")
# A case ending written front after a surname's Russian -ов, -ев (Nwrpeyisovti, Qasymovtiñ): the writer's і, the
# ending going by the name's Kazakh vowels, not a loan's и after the back о (Нұрпейісовті, not Нұрпейісовти).
_SURNAME_FRONT_ENDING = re.compile(r"([оОеЕ][вВ][тТдДнН])([иИ])([ңҢнН]?)$")
# abai.kz's iy before a consonant is и (preziydent, santiymetr, nәtiyje): no Kazakh word writes і and й so.
_IY_BEFORE_CONSONANT = re.compile("ій(?=[бвгғджзкқлмнңпрстфхһцчшщ])", re.I)
_I_AFTER_BACK_VOWEL = re.compile(r"([аоұыАОҰЫ][^аәеиоөұүыіэюяуйАӘЕИОӨҰҮЫІЭЮЯУЙ\W]{0,3})і")  # not after у, й: қауіп


_SHORTEST_STEM_BEFORE_ENDING = 5  # монолог; a shorter known start is as likely a syllable of a longer word


def _back_ending_on_known_stem(word: str) -> str:
    """A Qazaq Times word the lexicon does not know whose i after a known back-vowel stem opens an ending: the
    ending's ы, as harmony sets it after a back stem (monologin → монологын, not the loan's и of монологин), where ы
    makes it a case or possessive ending."""
    from tts_edition.normalize.morphology import parse_suffixes  # the normaliser's suffixes, loaded only here

    lexicon, low = load_lexicon(), word.lower()
    if "и" not in low or lexicon.accepts(low):
        return word
    cut = lexicon.longest_stem(low)
    stem, ending = low[:cut], low[cut:]
    if cut < _SHORTEST_STEM_BEFORE_ENDING or not ending.startswith("и") or HARMONY_FRONT & set(ending):
        return word
    stem_vowels = [ch for ch in stem if ch in HARMONY_BACK | HARMONY_FRONT]
    if not stem_vowels or stem_vowels[-1] not in HARMONY_BACK:
        return word
    back = ending.replace("и", "ы")
    return word[:cut] + _same_case(back, word[cut:]) if parse_suffixes(back) else word


def _resolve(chunks: list[tuple[str, str]], all_caps: bool) -> str:
    out = ""
    for source, cyrillic in chunks:
        piece = ""
        for ch in cyrillic:
            readings = _AFTER_CONSONANT_VOWEL.get(ch)
            before = (out + piece)[-1:]
            if ch in _AFTER_CONSONANT_ONLY:
                piece += _AFTER_CONSONANT_ONLY[ch][before == "" or before in _NOT_CONSONANTS or not before.isalpha()]
                continue
            piece += readings[before != "" and before in _VOWELS] if readings else ch
        if all_caps:
            piece = piece.upper()
        elif source[:1].isupper():
            piece = piece[:1].upper() + piece[1:]
        out += piece
    return out


def _readings(word: str, variant: str) -> list[str]:
    """The rule's reading first, then the spellings the Latin letters cannot tell apart: х/һ, тс/ц, е/э at the
    start of a word, я/иа, ё/ио, ю/иу; in 2018 text a capital I that is И; in Qazaq Times' text i that is и; in
    informal text every letter it may have written without its diacritics."""
    swaps = _VARIANT_SWAPS.get(variant, _SWAPS)
    readings = [word]
    for pattern, other in swaps:
        for match in pattern.finditer(word):
            start, end = match.span()
            readings += [r[:start] + _same_case(other, r[start:end]) + r[end:] for r in readings]
    return list(dict.fromkeys(readings))[:_MAX_READINGS]


def _same_case(letters: str, like: str) -> str:
    return letters.upper() if like.isupper() else letters


def likeliest_variant(text: str, letters_say: str) -> str:
    """The alphabet whose reading of the text's words (outside its addresses) scores best: a word the lexicon knows
    counts one, one among the commonest words of news text one more, one read with two vowels side by side or й
    after a consonant (`_HIATUS`) or left Latin for a letter the alphabet lacks minus one; then the most words in
    vowel harmony; then `letters_say`, the guess from the letters only one alphabet has. A short line tells the 2021
    alphabet from Qazaq Times' (ı is і in one, ы in the other) or 2018 text without its accented letters from
    informal spelling only so."""
    written = _WORD.findall(outside_addresses(text))  # a site's name (kaznews.mn) is no Kazakh word
    found = dict.fromkeys(word for word in written if len(word) > 1 and not english_spelling(word))
    # each word once: a name said again (Erlan Qarın) is no more evidence
    own = {word: convert_word(word, letters_say) for word in list(found)[:_SAMPLE_WORDS]}
    # a name with a letter the text's own alphabet lacks is a foreign name's spelling (a Polish Koşna in 2018 text)
    words = [word for word, reading in own.items() if not (word[:1].isupper() and _LATIN_IN.search(reading.lower()))]
    lexicon = load_lexicon()

    def known(variant: str) -> tuple[int, int]:
        readings = [own[word] if variant == letters_say else convert_word(word, variant) for word in words]
        lowered = [reading.lower() for reading in readings]
        said = [low for reading, low in zip(readings, lowered, strict=True) if not reading.isupper()]  # initialisms
        hiatus = sum(bool(_HIATUS.search(word)) for word in said)
        frequent = sum(reading in lexicon.counts for reading in lowered)
        converted = [word for word in said if not _LATIN_IN.search(word) and not _SOFT_SIGN_LEFT.search(word)]
        foreign = len(said) - len(converted)  # letters the alphabet has no Kazakh for (mwğalim's w in abai.kz's)
        return sum(map(lexicon.accepts, lowered)) + frequent - hiatus - foreign, sum(map(in_harmony, converted))

    others = [variant for variant in _TABLES if variant != letters_say and _may_be(variant, text)]
    return max([letters_say, *others], key=known)


def _may_be(variant: str, text: str) -> bool:
    """MediaWiki's kk-latn writes и ï and э é, letters only it has: a text without them is not in it (its i, read
    і only, would outvote Qazaq Times' i, і or и, whose first reading is и after a back vowel: Qazir)."""
    return variant != LATIN_KK_LATN or not KK_LATN_LETTERS.isdisjoint(text)


_LATIN_IN = re.compile("[a-zà-ɏ]")
# An apostrophe left after л: Qazaq Times' soft sign (festival'dar, Pol'şa, Bryussel'de), which no other alphabet writes
# there (2017's apostrophe marks a', g', n', o', u', y', i', s', c' only): a letter the alphabet did not read.
_SOFT_SIGN_LEFT = re.compile("[лЛ]['’]")
# Two full vowels side by side, which Kazakh words do not have (и, у and ю hold a glide; і is left out, as the
# alphabets' i and ı make it where и stands): a word an alphabet reads so counts against it as much as a word the
# lexicon knows counts for it (qymbattamaıdy: 2018's ı is й here, not the ы of informal spelling: қымбаттамаыды;
# Sırıl Makıadımen: informal spelling's сырыл is a word, but Макыадымен no Kazakh word).
# Initialisms in capitals are not words. Nor does a Kazakh or a Russian word write й after a consonant (Kentuly:
# Qazaq Times' y is й, but Кентулй is no word; Кентұлы is).
_HIATUS = re.compile("[аәеоөұүы](?=[аәеоөұүы])|[бвгғджзкқлмнңпрстфхһцчшщ]й", re.IGNORECASE)


# Kazakh in the 2018 alphabet typed on a keyboard without its dotless ı: the Cyrillic і put for its i (bіlіm,
# mіnіstrlіgі, with other Cyrillic look-alikes: Qаzаqstаndа), and the Latin i left for ı, и or й (Nátijеsіndе →
# нәтижесінде, sаity → сайты, коmissiia → комиссия), ng н and г as the alphabet has them (dеlіngеn → делінген).
# Only the small і: a capital І is the look-alike of the Latin I any keyboard gives (QR Іshki ister: Ішкі).
_CYRILLIC_I_IN_LATIN = re.compile(r"[a-zA-Zà-ɏ]і|і[a-zA-Zà-ɏ]")
_TYPED_I_WORDS = 2  # words with a Cyrillic і among Latin letters that show the habit
_MIXED_LATIN_WORD = re.compile(r"\w*[a-zà-ɏ]\w*", re.I)


def types_i_in_cyrillic(text: str) -> bool:
    """Whether `text` writes its Latin Kazakh's і with the Cyrillic letter (`with_dotless_i` reads its i): in two
    words, or in one beside the 2018 alphabet's own letters (ósýіnе in Маńǵystаý's text)."""
    typed = len(_CYRILLIC_I_IN_LATIN.findall(text))
    return typed >= _TYPED_I_WORDS or (typed > 0 and not _OWN_LETTERS[LATIN_2018].isdisjoint(text))


def with_dotless_i(word: str) -> str:
    """A word of such a text with its Latin i as the 2018 alphabet's ı."""
    return word.replace("i", "ı")


def typed_i_word(word: str) -> str:
    """A word of such a text as the 2018 alphabet writes it: a word with a Cyrillic look-alike in it with its Latin i
    as ı, and one with the 2018 alphabet's letters so too but where the lexicon knows it with і only; a word of plain
    Latin letters so where the lexicon knows it read that way and not with і (Biyl, syily in Маńǵystаý's text → биыл,
    сыйлы; bіlіm keeps its і, an English word its i)."""
    if word.isascii():
        return dotless_i_where_known(word)
    with_i, dotless = _readings_known(word)
    if any(letter_script(ch) == CYRILLIC for ch in word) or not (with_i and not dotless):
        return with_dotless_i(word)
    return word  # Túrkistan, nátıjeleri: a 2018 letter is no look-alike, and the word the lexicon knows with і


def dotless_i_where_known(word: str) -> str:
    """A 2018 word with its Latin i as ı where the lexicon knows it read that way and not with і (Biyl → биыл;
    Pеdаgоgiкаlyq, typed with Cyrillic look-alikes, → педагогикалық; bіlіm keeps its і)."""
    if "i" not in word:
        return word
    with_i, dotless = _readings_known(word)
    return with_dotless_i(word) if dotless and not with_i else word


_VOWEL_I = re.compile("(?<![aeiouyäöüūıAEIOUYÄÖÜŪ])i")  # not the glide й after a vowel (Söitip: сөйтіп)


def writes_i_for_both(text: str) -> bool:
    """Whether a 2021 text writes its і with i as it writes и (Mädeniet salasynyñ üzdigi, Perizat): no ı anywhere."""
    return DOTLESS_I not in text


def i_of_both_where_known(word: str) -> str:
    """A word of such a text with its vowel i as the 2021 alphabet's ı (і) where the lexicon says so: mäjilisiniñ →
    мәжілісінің, üzdigi → үздігі; a capitalised word (a name, Perizat, Mädi) only where it knows the word so and not
    as written."""
    dotless = _VOWEL_I.sub(DOTLESS_I, word)
    if dotless == word:
        return word
    as_written, with_i = convert_word(word, LATIN_2021), convert_word(dotless, LATIN_2021)
    lexicon = load_lexicon()
    if word[:1].isupper():
        return dotless if lexicon.accepts(with_i.lower()) and not lexicon.accepts(as_written.lower()) else word
    return dotless if lexicon.choose((as_written, with_i)) == with_i else word


def _readings_known(word: str) -> tuple[bool, bool]:
    """Whether the lexicon knows the 2018 word read with its i as і, and read with it as ı."""
    accepts = load_lexicon().accepts
    return accepts(convert_word(word, LATIN_2018).lower()), accepts(
        convert_word(with_dotless_i(word), LATIN_2018).lower()
    )


# A 2018 text that writes a loan's ия with both its ı (nomınaııada, Antalııadaǵy) writes what it says: its ıa after a
# consonant is я (Sıamyn, Eslıamova, Fýzıan → Сямын, Еслямова, Фузян), not the ия with its ı dropped that texts
# writing ııa nowhere mean by it (Ásıa → Азия). The letter is put in the word before it is converted.
_WHOLE_IA = "ııa"
_IA_AFTER_CONSONANT = re.compile("(?<=[bdfghjklmnpqrstvzǵńśBDFGHJKLMNPQRSTVZǴŃŚ])ıa")


def writes_ia_whole(text: str) -> bool:
    """Whether a 2018 text writes ия as ııa (`with_ya` reads its ıa after a consonant)."""
    return _WHOLE_IA in text


def with_ya(word: str) -> str:
    """A word of such a text with its ıa after a consonant as я."""
    return _IA_AFTER_CONSONANT.sub("я", word)


# An English word typed with the Cyrillic і for its i (іn, іnvented, Іnfіnіtіve in an English test for Kazakh pupils):
# the English word, its і put back to i, when so it is one only English spells; no 2018 Kazakh word (bіlіm stays).
_TYPED_I = str.maketrans("іІ", "iI")


def _english_typed_i(match: re.Match[str], variant: str) -> str:
    word = match.group()
    latin = word.translate(_TYPED_I)
    if latin == word or not latin.isascii():
        return word
    if english(latin, variant) or (english_spelling(latin) and english_sentence(match, variant)):
        return latin
    return word


# An acute on a Cyrillic а, о or у opening a Latin word: the 2018 alphabet's á, ó, ý typed with the Cyrillic letter
# it looks like (latyn.qamshy.kz writes a capital Ó so: О́zin, О́zi bilmeıtin → Өзін, Өзі), not a stress mark.
ACUTE_ON_LOOKALIKE = re.compile(r"(?<![^\W\d_])([АаОоУу])\u0301(?=[a-zà-ɏ])", re.I)
_LATIN_FOR_LOOKALIKE = str.maketrans("АаОоУу", "AaOoYy")


def acute_latin_letter(match: re.Match[str]) -> str:
    """Ó for the Cyrillic О with an acute (`ACUTE_ON_LOOKALIKE`), á for а, ý for у."""
    return unicodedata.normalize("NFC", match.group()[0].translate(_LATIN_FOR_LOOKALIKE) + "\u0301")


def convert(text: str, variant: str, choose: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """A Latin paragraph in Cyrillic; addresses, numbers and punctuation unchanged. An English word typed with a
    Cyrillic і is that English word (`_english_typed_i`); a paragraph typing і in Cyrillic in other words
    (`types_i_in_cyrillic`) is 2018 text whose mixed words' i is ı. An acute on a Cyrillic look-alike opening a
    Latin word is the Latin acute letter (`ACUTE_ON_LOOKALIKE`)."""
    if "\u0301" in text:
        text = ACUTE_ON_LOOKALIKE.sub(acute_latin_letter, text)
    if _CYRILLIC_I_IN_LATIN.search(text):
        text = _MIXED_LATIN_WORD.sub(lambda m: _english_typed_i(m, variant), text)
    if types_i_in_cyrillic(text):
        variant = LATIN_2018
        text = _MIXED_LATIN_WORD.sub(lambda m: typed_i_word(m.group()), text)
    out, at = [], 0
    for keep in _KEEP.finditer(text):
        out.append(_convert_words(text[at : keep.start()], variant, choose))
        out.append(keep.group())
        at = keep.end()
    out.append(_convert_words(text[at:], variant, choose))
    return "".join(out)


def _convert_words(text: str, variant: str, choose: Callable[[tuple[str, ...]], str] | None) -> str:
    words = _WORD_2017 if variant == LATIN_2017 else _WORD
    return words.sub(lambda m: read_word(m, variant, choose), text)


# A lone capital N before a number is the number sign typed in Latin (N 17/1 qaýlysyna), in Latin Kazakh as in
# Cyrillic text: no Kazakh word is the letter Н alone.
_NUMBER_AFTER = re.compile(r"\s?\d")


# A case suffix's hyphen after a number or its percent sign (298 353-ti, 5,4%-dan), a space typed after it too
# (17- shi): the suffix, not an English word (dan, ten) nor pinyin (shi).
_HYPHENED_ONTO_NUMBER = re.compile(r"[\d%]-[ \t]?$")


# A Roman numeral of I, V and X in capitals (II jartysynda, qazaqtarınıñ V qwrıltayında): no Kazakh word, in any
# alphabet, is one (the capital I alone, и or і, no word either); with a stop after it, a name's initial (V.V.Bartold).
_ROMAN_NUMERAL = re.compile("X{0,3}(?:IX|IV|V?I{0,3})")


def read_word(match: re.Match[str], variant: str, choose: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """A word of a Latin text in Cyrillic, or as written when it is English (Washington, COMMUNICATIONS), unless it
    is a case suffix hyphened onto a number or its percent sign (298 353-ti, 5,4%-dan) or capitals spelling an
    initialism of the abbreviation table with a case suffix hyphened on (JOO-nıñ → ЖОО-ның); capitals the
    normaliser's Latin table holds stay Latin (IMEI)."""
    word, text, start = match.group(), match.string, match.start()
    if word == "N" and _NUMBER_AFTER.match(text, match.end()):  # N 17/1: the number sign, read by the normaliser
        return word
    if _ROMAN_NUMERAL.fullmatch(word) and text[match.end() : match.end() + 1] != ".":
        return word  # the normaliser's Roman numeral reader reads it (qazaqtarınıñ V qwrıltayında), not В
    if _HYPHENED_ONTO_NUMBER.search(text, max(0, start - 3), start):
        return convert_word(word, variant, _number_ending)
    if (name := russian_name_with_ts(word, variant)) is not None:
        return name
    initialism = kazakh_initialism(word, variant)
    if initialism is not None and not word.isupper():
        return initialism  # capitals with a Kazakh digraph (ACh, AQSh: АЧ, АҚШ), as no English word is typed
    if initialism is None and _code_before_number(match, variant):
        return _code_letters(word, variant)
    if _one_letter(word, variant):  # sh, ch: the alphabet's letter, an abbreviation's (sh/а, ш/а), not English's sh
        return _unnamed_word(word, variant, choose)
    partner = _HYPHENED_WORD.match(text, match.end())
    if partner is not None and len(word) == 1 and word.isupper() and english(partner[1], variant):
        return word  # a brand's letter hyphened onto an English word (T-Mobile) is English with it, not Т
    if partner is not None and not word.isupper() and english(word, variant) and not english_spelling(partner[1]):
        # a name hyphened onto a Kazakh word (Los-Andjelestegi → Лос-); capitals keep theirs (SIM-karta)
        return _unnamed_word(word, variant, choose)
    if (place := _hyphened_place_part(match, variant)) is not None:
        return place  # Er-Riyad: the place's Kazakh name, Эр-Рияд, its article as Kazakh writes it
    if not word.isupper() and _after_kazakh_part(match, variant):
        return _unnamed_word(word, variant, choose)  # jоq-ty, Er-Riyad: the compound's Kazakh, not English тай, рияд
    if word.istitle() and _before_transcribed_surname(match, variant):
        return _unnamed_word(word, variant, choose)  # Leo Krıgsman: the name's Kazakh spelling, not the English лио
    if word.istitle() and _opens_foreign_place(match, variant):
        return _unnamed_word(word, variant, choose)  # Saud Arabiyasına: the country's Kazakh name, not the English сод
    if (
        english(word, variant)
        or english_compound(word)
        or (
            english_spelling(word)
            and (
                _in_english_title(match, variant)
                or english_sentence(match, variant)
                or _outlet_name_end(match, variant)
            )
        )
    ):
        # capitals with a case ending hyphened on are the Kazakh initialism they spell (JOO-nıñ), not English (IT),
        # and so are a quoted name's legal form («Qazaqstan ınjınırıng» UK» AQ: ҰК, ұлттық компания, not the UK)
        if initialism is not None and (_case_ending_after(match, variant) or _names_legal_form(match, initialism)):
            return initialism
        return word
    if initialism is None and _latin_initialism(word) and not _common_kazakh_word(word, variant):
        return word
    return initialism if initialism is not None else _unnamed_word(word, variant, choose)


# A quoted name's closing mark just before the capitals, a space or none between («Kazakh Tourism» UK» AQ).
_AFTER_QUOTED_NAME = re.compile(r"[»”]\s?$")


def _names_legal_form(match: re.Match[str], initialism: str) -> bool:
    """Capitals right after a quoted name that spell, in Cyrillic, an initialism of a body («…» UK» AQ → ҰК, ұлттық
    компания): the name's legal form, which a Kazakh page writes in Kazakh, not English's (the UK, ю кей)."""
    if not _AFTER_QUOTED_NAME.search(match.string, 0, match.start()):
        return False
    from tts_edition.normalize import abbreviations, initialisms  # the normaliser's table, loaded only here

    return initialisms.names_body(abbreviations.table().get(initialism))


_NOUN_AFTER = re.compile(r"([»\"”’']?\s+)([^\W\d_]+)")


def _outlet_name_end(match: re.Match[str], variant: str) -> bool:
    """A capitalised word outlets' names end in (Times, News), after the name's other capitalised word and before the
    Kazakh noun for the outlet or its newsroom ("Qazaq Times" redakciyasınıñ): the outlet's English word, kept for the
    normaliser's Latin rules (таймс), not the Kazakh word it also spells (тимес)."""
    word = match.group()
    if not word.istitle() or not _title_around(match):
        return False
    after = _NOUN_AFTER.match(match.string, match.end())
    if after is None:
        return False
    from tts_edition.normalize.latin import outlet_before_medium  # the normaliser's outlet words, loaded only here

    return outlet_before_medium(word, after[1] + convert_word(after[2], variant))


# The word hyphened onto a word, a compound's second part (T-Mobile, Los-Andjelestegi): a compound is in one language,
# so its first part is English only where its second is, whatever the dictionary says of the part alone.
_HYPHENED_WORD = re.compile(r"-([^\W\d_]{2,})")
# The word a hyphened word is written onto (jоq-ty, Er-Riyad), of two letters or more.
_HYPHENED_ONTO = re.compile(r"(?<![\w-])([^\W\d_]{2,})-$")


def _same_letters(reading: str) -> str:
    """A reading with the letters a Latin alphabet cannot tell apart made one: э as е, і as и."""
    return reading.lower().replace("э", "е").replace("і", "и")


def _hyphened_place_part(match: re.Match[str], variant: str) -> str | None:
    """A part of a hyphened pair whose second part is a foreign place with a hyphened Kazakh name of two parts, the
    first read as the pair's first (Er-Riyad: riyad → эр-рияд, er → ер): that name's part (Эр, Рияд), not a Kazakh
    word and the whole name after it (Ер-эр-рияд)."""
    text, word = match.string, match.group()
    after = _HYPHENED_WORD.match(text, match.end())
    before = None if after else _HYPHENED_ONTO.search(text, max(0, match.start() - 40), match.start())
    if after is None and before is None:
        return None
    first, second = (word, after[1]) if after else (before[1], word)
    from tts_edition.normalize.places import exonym  # the normaliser's place names, loaded only for Latin text

    name = exonym(second)
    parts = name.split("-") if name else []
    if len(parts) != 2 or _same_letters(convert_word(first, variant)) != _same_letters(parts[0]):
        return None
    part = parts[0 if after else 1]
    return part.upper() if word.isupper() else part.capitalize() if word[:1].isupper() else part


def _after_kazakh_part(match: re.Match[str], variant: str) -> bool:
    """A word hyphened onto a word the lexicon knows as the page's Kazakh (joq-ty: жоқ; Er-Riyad: ер), or onto one
    with a letter only Kazakh Latin writes (Lýıs-Leon: a name transcribed), is the compound's second part and Kazakh
    too: a particle (жоқ-ты, not the English тай) or a name the Kazakh way (Эр-Рияд, Луис-Леон; not Ер- and the
    English place's эр-рияд, nor лион). Capitals before the hyphen (SIM-karta, T-Mobile) are no such word."""
    before = _HYPHENED_ONTO.search(match.string, max(0, match.start() - 40), match.start())
    if before is None or before[1].isupper():
        return False
    return bool(KAZAKH_MARK.search(before[1])) or load_lexicon().accepts(convert_word(before[1], variant).lower())


# A foreign name's surname as the Kazakh text transcribes it, after a given name English also spells (Geolog Leo
# Krıgsman bylaı dedi): the surname holds a letter only Kazakh Latin writes (ı, the acutes, ń) in its stem, before any
# case ending's last three letters (not Potterdiń, an English name with a Kazakh suffix), and the dictionary does not
# know its reading (a transcribed name, not a Kazakh word or place: New Almatı); the given name is spelled by the
# same alphabet, Лео, not the English лио. Qazaq's q marks Kazakh words, not a transcription, and is not counted.
# Qazaq Times' soft sign is such a letter too, ending the surname or before its case ending (Angela Merkel'diñ).
_SURNAME_AFTER = re.compile(r"[ \t]+([A-ZÁÓÚÝÄÖÜŞ][^\W\d_]{3,}(?:['’][^\W\d_]*)?)(?![\w-])")
_TRANSCRIPTION_MARK = re.compile(r"[áǵıńñóúýşğ'’]")


def _before_transcribed_surname(match: re.Match[str], variant: str) -> bool:
    after = _SURNAME_AFTER.match(match.string, match.end())
    if after is None or not english_spelling(match.group()):
        return False
    surname = after[1]
    if not _TRANSCRIPTION_MARK.search(surname[:-3]) and surname[-1] not in "'’":
        return False
    from tts_edition.normalize.capitals import known_stem  # the normaliser's dictionary, loaded only for Latin text

    return known_stem(convert_word(surname, variant)) is False


def _number_ending(readings: tuple[str, ...]) -> str:
    """Of the readings of letters hyphened onto a number (80-şi, 298 353-ti), the first a number takes after its hyphen
    (-ші), not a word the lexicon would choose for them alone (ши, reed); else the rule's reading."""
    from tts_edition.normalize.writtennumbers import number_ending  # the normaliser's endings, loaded only here

    return next((reading for reading in readings if number_ending(reading.lower())), readings[0])


def _one_letter(word: str, variant: str) -> bool:
    """Two Latin letters that write one letter of the alphabet (sh, ch; 2018's ıa), standing alone as a word."""
    return len(word) == 2 and word.lower() in _TABLES[variant]


def _latin_initialism(word: str) -> bool:
    """Capitals the normaliser's Latin table reads its own way (IMEI → имей), not Kazakh written in Latin (ымеы)."""
    if not _CAPITALS.fullmatch(word):
        return False
    from tts_edition.normalize.latin import names  # the normaliser's Latin table, loaded only for capitals

    return word.lower() in names()


def _common_kazakh_word(word: str, variant: str) -> bool:
    """A word whose reading in the alphabet is among the commonest of Kazakh news text (BIZ → біз, not the table's
    biz): Kazakh in capitals."""
    return convert_word(word, variant).lower() in load_lexicon().counts


_SUFFIX_AFTER = re.compile(r"-([^\W\d_]+)")


def _case_ending_after(match: re.Match[str], variant: str) -> bool:
    """A hyphen after the word and letters that read as Kazakh case endings (JOO-nıñ, not SIM-karta)."""
    after = _SUFFIX_AFTER.match(match.string, match.end())
    if after is None:
        return False
    from tts_edition.normalize.morphology import parse_suffixes  # the normaliser's endings, loaded only here

    return bool(parse_suffixes(convert_word(after[1], variant).lower()))


_CAPITALS = re.compile(r"(?:[A-ZÄĞÑÖŞŪÜÁǴŃÓÚÝİ]|[CSZ]h){2,6}")  # its digraphs may be typed Ch, Sh (ACh, AQSh)
# A code of two or three capitals with a plain I, hyphened or spaced onto its number (AI-95-ke, AI 92, IL-76, MI-8):
# letters, not a word, as Cyrillic writes them (АИ-95, ИЛ-76, МИ-8), so its I is И, neither the й of a word (ай, the
# moon, which the lexicon would pick) nor і; not capitals the normaliser's Latin table reads its own way (ISO 9001).
_CODE = re.compile(r"[A-ZÁÓÚÝ]{0,2}I[A-ZÁÓÚÝ]{0,2}")
_NUMBER_OF_CODE = re.compile(r"(?:[-–]|\s)\d")


def _code_before_number(match: re.Match[str], variant: str) -> bool:
    word = match.group()
    if variant != LATIN_2018 or len(word) > 3 or not _CODE.fullmatch(word):
        return False
    return bool(_NUMBER_OF_CODE.match(match.string, match.end())) and not _latin_initialism(word)


def _code_letters(word: str, variant: str) -> str:
    """The code's letters in Cyrillic, each plain capital I the letter И."""
    return "".join("И" if letter == "I" else convert_word(letter, variant) for letter in word)


_CYRILLIC_CAPITAL_I = re.compile("І")  # a Latin capital I made і, which may stand for и


def kazakh_initialism(word: str, variant: str) -> str | None:
    """A word in capitals that spells, in Cyrillic, an initialism of the normaliser's abbreviation table: that
    initialism, not an English word (JOO → ЖОО, not Joo) nor one with the Latin I's other letter (KVI → КВИ: a capital
    I is і or и alike). None for other words, and for capitals none of whose readings the table holds (NATO, CVI)."""
    if not _CAPITALS.fullmatch(word) or _BRANDS.intersection((word.lower(),)):
        return None
    from tts_edition.normalize.abbreviations import table  # the normaliser's table, loaded only for capitals

    entries = table()
    readings = []
    for written in _with_dotted_capital_i(word):
        cyrillic = convert_word(written, variant)
        if not cyrillic.isupper() or any(letter_script(ch) == LATIN for ch in cyrillic):
            continue
        readings.append(cyrillic)
        for match in _CYRILLIC_CAPITAL_I.finditer(cyrillic):
            readings += [r[: match.start()] + "И" + r[match.end() :] for r in readings]
    return next((r for r in readings if (entry := entries.get(r)) is not None and entry.kind == "initialism"), None)


def _with_dotted_capital_i(word: str) -> list[str]:
    """The capitals as written, then with each plain capital I as the dotted İ: where the alphabet's I is ı's capital
    (Qazaq Times': ы), a page types the plain I for i's too (KVI, коронавирустық инфекция → КВИ, not КВЫ)."""
    forms = [word]
    for at, letter in enumerate(word):
        if letter == "I":
            forms += [form[:at] + "İ" + form[at + 1 :] for form in forms]
    return forms


def _in_english_title(match: re.Match[str], variant: str) -> bool:
    """A capitalised word in a title that another word only English has makes English (The Qazaq Times: Times, which
    Kazakh also spells, is English here; Qazaq, which English never spells, stays Kazakh). A sentence's first word is
    capitalised for its place (Biz The Qazaq Times…: Biz is біз)."""
    before = match.string[: match.start()].rstrip(" «“\"'(")
    if not match.group()[:1].isupper() or not before or before[-1] in ".!?\n":
        return False
    return any(english(word, variant) for word in _title_around(match))


# A sentence of English in a Kazakh page (What is the weather like today?, There … an apple … on the table): a word
# English and Kazakh both spell (is іс, in ін, on он, an ан, be бе) is English there, where two of the sentence's other
# words only English spells and none only Kazakh does; Biz The Qazaq Times or Men Londonda boldym stay Kazakh.
_SENTENCE_EDGE = re.compile(r"[.!?…\n]")
_ENGLISH_WORDS_SAY = 2


def english_sentence(match: re.Match[str], variant: str) -> bool:
    text = match.string
    start = max((m.end() for m in _SENTENCE_EDGE.finditer(text, 0, match.start())), default=0)
    edge = _SENTENCE_EDGE.search(text, match.end())
    words = [w.translate(_TYPED_I) for w in _WORD.findall(text[start : edge.start() if edge else len(text)])]
    told = 0
    for word in words:
        if not word.isascii() or KAZAKH_MARK.search(word):
            return False
        if len(word) == 1:
            continue  # an option's letter, the pronoun I: no language's own
        if not english_spelling(word):
            return False
        told += english(word, variant)
    return told >= _ENGLISH_WORDS_SAY


_TITLE_REACH = 120  # characters either side of a word in which its title's other words are looked for


def _title_around(match: re.Match[str]) -> list[str]:
    """The other capitalised words one space apart from the word on either side: a title or a name, looked for within
    a title's reach of the word."""
    text, reach = match.string, _TITLE_REACH
    words = list(_WORD.finditer(text, max(0, match.start() - reach), match.end() + reach))
    at = next((i for i, word in enumerate(words) if word.start() == match.start()), None)
    if at is None:
        return []

    def joined(left: int, right: int) -> bool:
        gap = text[words[left].end() : words[right].start()]
        return gap == " " and words[left].group()[:1].isupper() and words[right].group()[:1].isupper()

    first = last = at
    while first > 0 and joined(first - 1, first):
        first -= 1
    while last + 1 < len(words) and joined(last, last + 1):
        last += 1
    return [word.group() for word in words[first : last + 1] if word.start() != match.start()]


# The word after a capitalised word, on its line (Saud Arabiyasına).
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]{3,})")


def _opens_foreign_place(match: re.Match[str], variant: str) -> bool:
    """A capitalised word that, read as the page's Kazakh Latin, is the first word of a foreign place's Kazakh name of
    two words or more, the next word reading as that name's second with any case ending (Saud Arabiyasına → Сауд
    Арабиясына: сауд арабиясы), is the place's Kazakh name, not the English word it also spells (Saud, сод)."""
    after = _NEXT_WORD.match(match.string, match.end())
    if after is None:
        return False
    seconds = _place_second_words().get(convert_word(match.group(), variant).lower())
    if not seconds:
        return False
    following = _same_letters(convert_word(after[1], variant))
    return any(following.startswith(_same_letters(second[: max(4, len(second) - 2)])) for second in seconds)


@cache
def _place_second_words() -> dict[str, frozenset[str]]:
    """The first word of each foreign place's Kazakh name of two words or more, and the second words it goes with."""
    seconds: dict[str, set[str]] = {}
    for name in _foreign_places():
        words = name.split()
        if len(words) > 1:
            seconds.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(found) for first, found in seconds.items()}


def english(word: str, variant: str) -> bool:
    """A word the English pronouncing dictionary knows, with no letter only Kazakh Latin writes, none of whose Kazakh
    readings the lexicon knows (Washington, but not Bala, Men or Maden, мәден) nor is a Russian noun Kazakh spells as
    Russian does (video in Qazaq Times' text → видео, not the English видио; forum, internet, status), nor the Kazakh
    name of a foreign place (Kann festıvalinde → Канн, not the English кэн; Berlın), nor, capitalised, a given name
    Russian has (Anna, Vlad → Анна, Влад, as a Kazakh page spells a foreign person's name, not the English энна)."""
    lexicon = load_lexicon()
    if not english_spelling(word):
        return False
    reading = convert_word(word, variant, lexicon.choose).lower()
    if word.istitle() and _given_name(reading):
        return False
    return not lexicon.accepts(reading) and loan_length(reading) < len(reading) and not _foreign_place(reading)


def _given_name(reading: str) -> bool:
    from tts_edition.normalize.russianforms import given_name_in_dictionary_form  # pymorphy3 loads on first use

    return given_name_in_dictionary_form(reading)


def _foreign_places() -> frozenset[str]:
    from tts_edition.normalize.places import foreign_place_names  # the normaliser's, loaded only for Latin text

    return foreign_place_names()


def _foreign_place(reading: str) -> bool:
    return reading in _foreign_places()


# A brand written as capitalised words run together (PetroRetail, GreenPower): each part a word English spells
# (Petro, Retail), none with a letter only Kazakh Latin writes (QazaqGaz: Qazaq is Kazakh, converted as Kazakh).
_CAPITALISED_PARTS = re.compile(r"(?:[A-Z][a-z]{2,}){2,3}")
_PART = re.compile(r"[A-Z][a-z]+")


def english_compound(word: str) -> bool:
    """Capitalised English words written as one, a brand's name (PetroRetail → Petro Retail), not Kazakh."""
    if not _CAPITALISED_PARTS.fullmatch(word):
        return False
    return all(english_spelling(part) for part in _PART.findall(word))


def english_spelling(word: str) -> bool:
    """A word the English pronouncing dictionary knows, with no letter only Kazakh Latin writes."""
    if len(word) < 2 or KAZAKH_MARK.search(word):
        return False
    from tts_edition.normalize.english import phonemes  # the normaliser's dictionary, loaded only for Latin text

    return phonemes(word) is not None


def left_unconverted(text: str) -> list[str]:
    """The words of a converted paragraph that still hold Latin letters and were not kept on purpose: half-converted
    words (a letter the alphabet's table lacks), and words kept as foreign that are neither a brand nor a foreign
    word the normaliser reads (its names, pinyin, the English dictionary). Web and e-mail addresses are kept."""
    words = _WORD.findall(_KEEP.sub(" ", text))
    return [word for word in words if any(letter_script(ch) == LATIN for ch in word) and not _kept_on_purpose(word)]


def _kept_on_purpose(word: str) -> bool:
    if any(letter_script(ch) == CYRILLIC for ch in word):
        return False
    from tts_edition.normalize.english import phonemes  # the normaliser loads only for a word kept as foreign
    from tts_edition.normalize.latin import names
    from tts_edition.normalize.pinyin import is_chinese_name

    low = word.lower()
    return low in _BRANDS or low in names() or phonemes(low) is not None or is_chinese_name(word)


_LOOKALIKE_LETTERS = "AaBEeKMHOoPpCcTyXxIi"
_LOOKALIKES = str.maketrans(_LOOKALIKE_LETTERS, "АаВЕеКМНОоРрСсТуХхІі")
_MIXED_WORD = re.compile(r"\w*[а-яёәғқңөұүһі]\w*", re.I)
_LATIN_RUN = re.compile(r"[A-Za-z]+")


def _lookalike_run(match: re.Match[str]) -> str:
    """A run of look-alikes made Cyrillic; a run holding a letter no Cyrillic one resembles (d, s, t, h…) is a Latin
    word run onto the Cyrillic one (DepositphotosРеспубликалық), kept whole for the normaliser to part."""
    run = match.group()
    return run.translate(_LOOKALIKES) if set(run) <= set(_LOOKALIKE_LETTERS) else run


def _made_cyrillic(word: str) -> str:
    if word.isascii():
        return word
    from tts_edition.normalize.lookalikes import icon_between_words  # the normaliser's, its dictionary loaded once

    return icon_between_words(word) or _LATIN_RUN.sub(_lookalike_run, word)


# A word of small look-alikes alone (ipi, ic, apa) beside a Cyrillic word typed with look-alikes (eң ipi cу, жaтқaн
# ic): the same keyboard typed it, so it is Cyrillic too (ең ірі су). Beside a plain Cyrillic word it stays what it
# is (ip-телефония, eco-өнім): the normaliser's look-alike rule makes the same test, which converting the mixed words
# first would leave it no neighbour to make.
_LOOKALIKE_ONLY = re.compile(r"(?<![\w-])[aceopxyi]+(?![\w])")
_NEIGHBOUR_AFTER = re.compile(r"[^\w\n]{1,3}(\w+)")
_NEIGHBOUR_BEFORE = re.compile(r"(\w+)[^\w\n]{1,3}$")


def _typed_as_mixed(word: str) -> bool:
    return not word.isascii() and _LATIN_RUN.search(word) is not None and _made_cyrillic(word) != word


def _beside_mixed(match: re.Match[str]) -> bool:
    text = match.string
    after = _NEIGHBOUR_AFTER.match(text, match.end())
    before = _NEIGHBOUR_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return any(found and _typed_as_mixed(found.group(1)) for found in (after, before))


def cyrillic_lookalikes(text: str) -> str:
    """Latin look-alike letters (a, e, o, p, c, x, i…) typed inside Cyrillic words, made Cyrillic, and a word of
    look-alikes alone beside such a word."""
    text = _LOOKALIKE_ONLY.sub(lambda m: m.group().translate(_LOOKALIKES) if _beside_mixed(m) else m.group(), text)
    return _MIXED_WORD.sub(lambda m: _made_cyrillic(m.group()), text)


def looks_kazakh(text: str) -> bool:
    """Latin text without a standard alphabet's letters is Kazakh when many words have q (English rarely does)."""
    words = _WORD.findall(text)
    return sum("q" in word.lower() for word in words) > 0.03 * len(words)

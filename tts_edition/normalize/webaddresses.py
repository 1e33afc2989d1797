"""Web addresses, social accounts and hashtags in running text."""

from __future__ import annotations

import re
from collections.abc import Callable

from tts_edition.normalize import abbreviations
from tts_edition.normalize.capitals import known_stem, known_word
from tts_edition.normalize.latin import (
    CYRILLIC_TYPED_DOMAINS,
    read_address_part,
    read_latin,
    read_web_address,
    spell_latin,
)
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER, parse_suffixes
from tts_edition.normalize.numbers import cardinal_of, digits
from tts_edition.normalize.provenance import Spoken
from tts_edition.script.latin import ACCOUNT_NAME

# The endings of the web addresses news cite: generic ones, the radio stations' (qazradio.fm), and the countries' of
# the region and of the world press (bbc.co.uk, spiegel.de, who.int).
TOP_LEVEL_DOMAINS = (
    "kz", "ru", "com", "org", "net", "gov", "edu", "info", "io", "uz", "kg", "tv", "fm", "me", "ai", "asia", "biz",
    "news", "media", "online", "su", "ua", "by", "az", "tj", "tm", "рф", "қаз", "uk", "de", "fr", "it", "es", "eu",
    "int", "us", "cn", "tr", "jp", "kr", "in", "pl", "il", "ae", "ge", "am", "mn", "pro", "app", "dev", "site", "tech",
    "live", "club", "ly", "gl", "cc", "co", "pics", "photo", "space", "store", "shop", "today", "global",
    *CYRILLIC_TYPED_DOMAINS,
)  # fmt: skip
# (pics, photo: the picture banks a photo's credit names, kartinki.pics; space, store, shop: the new generic endings
# Kazakh-language blogs use, yesglobal.space; today, global: outlets' own, turkistan.today, qalam.global)
# (ly, gl, cc, co: the short-link hosts, bit.ly, goo.gl, vk.cc, t.co)
# A number with an English ordinal ending in an English title (27th Asian Youth Chess Championships) is said as the
# Kazakh ordinal, as the title's year is said in Kazakh.
ENGLISH_ORDINAL = re.compile(r"(?<![\w.,])(?P<n>\d{1,4})(?:st|nd|rd|th)(?![\w-])")
# A file name's extension after its name (мәдениеті.docx, Кенесары хан.pdf): the dot said and the extension read as an
# address reads it (нүкте ди о си экс, нүкте пи ди эф), not run into the name as one Latin word.
FILE_EXTENSIONS = (
    "docx",
    "doc",
    "pdf",
    "xlsx",
    "xls",
    "pptx",
    "ppt",
    "txt",
    "rtf",
    "odt",
    "jpg",
    "jpeg",
    "png",
    "svg",
    "gif",
    "webp",
    "csv",
    "zip",
    "rar",
)
# A dotted Latin name the text calls a site or a portal is an address whatever its ending (Play.ok сайтында).
_SITE_WORDS = r"(?:сайт|портал|платформа)"
# A social network's name, a slash and an account on it (Сурет: Instagram/bakad_official) is an address too.
SOCIAL_NETWORKS = ("Instagram", "Facebook", "Telegram", "YouTube", "TikTok", "Twitter", "Threads", "VK")
_SOCIAL_ACCOUNT = rf"\b(?:{'|'.join(SOCIAL_NETWORKS)})/[a-z0-9_.-]*[a-z0-9_]"
WEB_ADDRESS = re.compile(
    rf"(?P<address>{_SOCIAL_ACCOUNT}|"
    r"(?:https?://|www\.)[^\s«»\"<>]+[^\s«»\"<>.,;:!?)]|(?<![\w.+-])[\w.+-]*+@[a-z0-9_-]+(?:\.[a-z0-9_-]+)+"
    r"|(?<![\w.+-])@[a-z][\w.]*[a-z0-9_]"  # an account name: @tengrinews, @astana_akimdigi
    rf"|\b[\w-]++(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})\b(?:/[\w/.@-]*[\w/])?"  # t.me/abai_kz, youtube.com/@x
    rf"|(?<![\w.])[a-z][\w-]*+(?:\.[a-z][\w-]*+)+(?=\s+{_SITE_WORDS})"  # Play.ok сайтында: any ending, named a site
    # an account name written without its @ (astana_sergek парақшасында, kaztag_kz, Kozhakhmet_inside_official): words
    # of small Latin letters and digits, each maybe capitalised, joined by underscores, read as the @ reader reads it;
    # not a ticker in capitals (KASE_BY, USDKZT_TOD)
    rf"|{ACCOUNT_NAME}"
    # a file's path on the site without its host, as a page's image caption leaves it (/uploads/thumbnail/x_small.jpg):
    # from its root slash, said as слэш, to the file's extension
    rf"|(?<![\w.:/])/(?=[a-z])[\w-]+(?:/[\w.-]+)+\.(?:{'|'.join(FILE_EXTENSIONS)})(?![\w.-]))"
    rf"(?:-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-]))?",
    re.I,
)
# A case suffix written past the closing quote of a web address («Qyzyljarnews.kz»-ке берген) belongs to the address,
# as one past the quote of capitals belongs to them (`gluedsuffixes.SUFFIX_PAST_QUOTE`): taken inside the quote, where
# the address reader attaches it to the last part said (кей зетке). Its gate is the quote and hyphen, a literal scan.
SUFFIX_PAST_QUOTED_ADDRESS = re.compile(
    rf"(?<![\w.-])(?P<word>[a-z][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)}))"
    rf"(?P<close>[»”\"])-(?P<suf>[{KAZAKH_LOWER}]+)(?![\w-])",
    re.I,
)
SUFFIX_PAST_QUOTE_MARK = re.compile(r"[»”\"]-")
# What every web address holds (@, ://, www., a dot before letters, a slash after one, an underscore inside): a text
# without any is not scanned for addresses. Each is found from its sign, which the engine skips to (`rules.Rule`).
ADDRESS_MARK = re.compile(
    r"@|:(?=//)|\.(?:(?<=www\.)|(?=[^\W\d_]{2}))|/(?<=[a-z]/)(?=\w)|_(?<=[a-z0-9]_)(?=_*[a-z0-9])", re.I
)
# Inside a Russian sentence an address's dot and underscore are said in Russian (передает Lada.kz → лада точка кей
# зет, as Russian newsreaders say it); its names are read as in Kazakh text, and the slash is слэш in both.
RUSSIAN_ADDRESS_MARKS = {".": "точка", "_": "нижнее подчёркивание"}


def read_russian_web_address(match: re.Match[str], dictate: Callable[[str], str] | None = None) -> Spoken:
    """A web address in a Russian run: its parts as in Kazakh text, its marks in Russian words, and its numbers too
    by `dictate`."""
    return read_web_address(match, RUSSIAN_ADDRESS_MARKS, dictate)


# A sentence's full stop may close the name (шайқасы.doc.); another extension or a word may not (ең.doc.html).
FILE_EXTENSION = re.compile(rf"(?<=[^\W\d_])\.(?P<ext>{'|'.join(FILE_EXTENSIONS)})(?![\w-]|\.\w)", re.I)


def speak_file_extension(match: re.Match[str], dot: str = "нүкте") -> Spoken:
    extension = read_address_part(match["ext"].lower())
    return Spoken(f" {dot} {extension}" if dot else f" {extension}", extension.kind, extension.guess)


# A file's Latin name whose words its underscores join (Semeynoe_1_List.docx): each word read as an address's part is,
# a number in figures as a number, the underscores said as an address's are (астыңғы сызық), not left as signs between
# words run together; the extension after it is the extension rule's.
FILE_NAME_JOINED = re.compile(
    rf"(?<![\w./@-])(?P<name>[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+)(?=\.(?:{'|'.join(FILE_EXTENSIONS)})(?![\w.-]))", re.I
)


FILE_NAME_JOINED_MARK = re.compile(rf"_[A-Za-z0-9]*\.(?:{'|'.join(FILE_EXTENSIONS)})", re.I)  # `Rule.needs`: _ first


def speak_file_name_joined(match: re.Match[str]) -> Spoken:
    words = [w for w in re.split(r"_+", match["name"]) if w]
    spoken = [cardinal_of(w) if w.isdigit() else read_address_part(w) for w in words]
    guess = any(getattr(s, "guess", False) for s in spoken)
    return Spoken(" астыңғы сызық ".join(spoken), "web", guess)


def speak_russian_file_extension(match: re.Match[str]) -> Spoken:
    """каз.docx in a Russian line → каз точка ди о си экс: the dot in Russian, as an address's is."""
    return speak_file_extension(match, RUSSIAN_ADDRESS_MARKS["."])


# ...and one typed onto a Cyrillic word with neither dot nor space, as a document site's header runs its label into its
# value (Формат файлаdocx): the extension parted from the word and read as after a dot; no dot is said, none is written.
# So is one named on its own in a list of formats, before a comma or a closing bracket, or before the word файл or
# формат (форматта (doc, docx); docx файлы): the format's name as the address reader says an extension (ди о си экс),
# not the letter rules' word (доккс).
_EXTENSION_NAMES = "|".join(FILE_EXTENSIONS)
_NAMED_FORMAT = rf"(?<![\w.@/#-])(?=(?:{_EXTENSION_NAMES})(?:\s*[,)]|\s+(?:файл|формат)))"
GLUED_FILE_EXTENSION = re.compile(rf"(?:(?<=[а-яёәғқңөұүһі])|{_NAMED_FORMAT})(?P<ext>{_EXTENSION_NAMES})(?![\w.-])")
GLUED_FILE_EXTENSION_MARK = re.compile(rf"(?:{_EXTENSION_NAMES})(?![\w.-])")  # `Rule.needs`


def speak_glued_file_extension(match: re.Match[str]) -> Spoken:
    """файлаdocx → файла ди о си экс; (doc, docx) → (док, ди о си экс), no space put before a listed one. A listed
    name the address reader says as a word is the Latin reader's word (zip, rar → зип, рар, not a Kazakh зіп)."""
    spoken = speak_file_extension(match, "")
    if match.start() > 0 and match.string[match.start() - 1].isalpha():
        return spoken
    if spoken.strip() != spell_latin(match["ext"]):
        return read_latin(match["ext"])
    return Spoken(spoken.lstrip(), spoken.kind, spoken.guess)


# A name a site generated for an uploaded file, hexadecimal digits (5d8c5c945dd04.jpg, a WordPress uniqid), left in a
# page where the picture stood: its letters said by their Latin names and its digits digit by digit, as a code's are
# (тоғыз төрт бес, not тоғыз жүз қырық бес); its extension is left to the extension rule. Only a name that turns between
# letters and digits four times or more is such a code: a word with a year or a number (face2020.png, ab12.pdf) is not.
# A site may name the file by a GUID instead, five hyphened groups of 8, 4, 4, 4 and 12 hexadecimal digits, often in
# capitals (EFD56F90-09F7-4DDA-BCC1-ECE4BC98AAAA.jpeg): said the same way, the hyphens not (09 is нөл тоғыз).
_GUID = r"[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}"
GENERATED_FILE_NAME = re.compile(
    rf"(?<![\w.@/-])(?P<name>[0-9a-f]{{6,}}|{_GUID})(?=\.(?i:{'|'.join(FILE_EXTENSIONS)})(?![\w.-]))"
)
GENERATED_FILE_MARK = re.compile(rf"\.(?:{'|'.join(FILE_EXTENSIONS)})(?![\w.-])", re.I)  # opens on a literal dot
_HEX_RUN = re.compile(r"[a-f]+|\d+")


def speak_generated_file_name(match: re.Match[str]) -> Spoken | str:
    """5d8c5c945dd04 → бес ди сегіз си бес си тоғыз төрт бес ди ди нөл төрт; a name of fewer turns stays."""
    runs = _HEX_RUN.findall(match["name"].lower())
    if len(runs) < 5:
        return match.group()
    said = [
        digits(run) if run[0].isdigit() else " ".join(abbreviations.LATIN_LETTER_NAMES[ch] for ch in run)
        for run in runs
    ]
    return Spoken(" ".join(said), "code", True)


# A camera's or a messenger's name for a photo left in a page where the photo stood (IMG_5589, IMG-20230209-WA0124,
# DSC_0012, PXL_20230101_123456): a file name, its maker's prefix and WhatsApp's WA said by the letters' names, its
# runs of digits digit by digit as a serial code is (not жиырма миллион…), an underscore said, a hyphen not; its
# extension, when written, is left to the extension rule. The Cyrillic word a caption runs on into (img_5589Аудан,
# its А typed in Latin or not) is set apart. A prefix alone (IMG жүйесі) or a run of under three digits (IMG-1) is
# not a file name, unless a picture's extension follows (Screenshot_5.png). An editing app's or a phone's name for the
# picture it saved (InShot_20231025_180339373, Screenshot_20240101-120000) is one too, its prefix said as the app's name
# is (иншот), not letter by letter.
_PHOTO_APPS = {"inshot": "иншот", "screenshot": "скриншот"}
PHOTO_FILE_NAME = re.compile(
    r"(?<![\w.@/-])(?P<name>(?i:img|dsc|dscn|dcim|pxl|vid|inshot|screenshot)"
    r"(?:[_-](?:(?i:wa)\d+|\d{3,}|\d+(?=\.(?i:jpe?g|png|gif|heic|webp)\b)))+)"
    r"(?=[^\w]|$|[A-Z]?[^\W\d_a-zA-Z])"  # a Latin look-alike capital may open the word run on (5589Aудан)
)
PHOTO_FILE_MARK = re.compile(r"[GgCcNnMmLlDdTt][_-](?:[Ww]|\d)")  # a prefix's last letter, a separator, a digit
_PHOTO_PART = re.compile(r"(?P<sep>[_-])?(?P<letters>[A-Za-z]+)?(?P<digits>\d+)?")


def speak_photo_file_name(match: re.Match[str]) -> Spoken:
    said = []
    for part in _PHOTO_PART.finditer(match["name"]):
        if part["sep"] == "_":
            said.append("астыңғы сызық")
        if part["letters"] and part["letters"].lower() in _PHOTO_APPS:
            said.append(_PHOTO_APPS[part["letters"].lower()])
        elif part["letters"]:
            said.extend(abbreviations.LATIN_LETTER_NAMES[ch] for ch in part["letters"].lower())
        if part["digits"]:
            said.append(digits(part["digits"]))
    glued = match.end() < len(match.string) and match.string[match.end()].isalpha()
    return Spoken(" ".join(said) + (" " if glued else ""), "code", True)


# A web address with the number after it run on, the space lost with a line break (site.kz20 шілде, Zakon.kz10:45):
# the space put back, so the address ends at its domain and the number is read for what it is; not inside an
# address whose name holds digits (news.ru24.pro).
ADDRESS_RUN_ONTO_NUMBER = re.compile(
    rf"(?<![\w.-])[a-z][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})(?=\d+(?![\w.]*\.[a-z]))", re.I
)
# A web address with a Kazakh word run onto its domain, the space lost (egov.kzпорталы, Zakon.kzсайтында): the space
# put back, so the address ends at its domain and the word is read as a word; a chain of case endings glued on
# without its hyphen (Zakon.kzтың) is the address's own, and takes the hyphen the address reader attaches it by.
# A domain ending written with a capital and small letters after it (I.Қазақ, a contents line's Latin numeral and the
# capitalised word it was glued to) opens a word, not an address: the ending is no domain there.
ADDRESS_RUN_ONTO_WORD = re.compile(
    rf"(?<![\w.-])[a-z][\w-]*(?:\.[\w-]+)*\.(?!(?-i:[{KAZAKH_UPPER}A-Z][{KAZAKH_LOWER}a-z]))"
    rf"(?:{'|'.join(TOP_LEVEL_DOMAINS)})(?=(?P<word>[{KAZAKH_LOWER}]+)(?![\w-]))",
    re.I,
)

# What every such match holds, a cheap scan: a domain ending, Latin or Cyrillic, with a Cyrillic letter run onto it.
_CYRILLIC_DOMAINS = "|".join(domain for domain in TOP_LEVEL_DOMAINS if not domain.isascii())  # рф, қаз, кз
ADDRESS_RUN_ONTO_WORD_MARK = re.compile(rf"\.(?:[a-z]{{2,6}}|{_CYRILLIC_DOMAINS})[{KAZAKH_LOWER}]", re.I)


def part_address_from_word(match: re.Match[str]) -> str:
    """The address and a space when what is run onto it is a word, a hyphen when it is a chain of case endings."""
    return match.group() + ("-" if parse_suffixes(match["word"]) is not None else " ")


# A Kazakh word with a web address run onto its end, the space lost (порталыtodayinfo.kz, a page's footer repeating
# its name): the space put back, so the word is read as a word and the address from its first Latin letter; only a
# word of three Cyrillic letters or more holding one no Latin letter looks like (not еgov.kz, its е a look-alike).
# The word may be a hyphened pair and the address open with its scheme, as an infobox's label runs onto its value
# (Веб-сайтhttp://www.worldtaekwondo.org/).
WORD_RUN_ONTO_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[{KAZAKH_LOWER}]+-)?(?=[{KAZAKH_LOWER}]*[бвгдзийлмнптфцчшщъыьэюяәғқңөұүһ])[{KAZAKH_LOWER}]{{3,}}"
    rf"(?=(?:https?://)?[a-z][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(TOP_LEVEL_DOMAINS)})(?![\w-]))",
    re.I,
)
WORD_RUN_ONTO_ADDRESS_MARK = re.compile(r"\.[a-z]{2,6}(?![\w-])", re.I)  # `Rule.needs`: an address's ending


# A web address broken by a space after a dot (zhaikpress. kz, www. akjolgazet.kz), as a page's layout leaves it: the
# space taken out, so the address is read as one; only before the region's and the generic endings, which no
# sentence opens with in lower case (in, it, me would). The ending may close the sentence (хабарлайды Polisia. kz.):
# a stop after it is the sentence's, one with a letter after it a longer address's (Polisia. kz.net).
_BROKEN_AT_DOT_DOMAINS = ("kz", "ru", "com", "org", "net", "info", "uz", "kg", "su", "ua", "az", "tj", "gov", "edu")
ADDRESS_BROKEN_AT_DOT = re.compile(
    rf"(?<![\w.-])(?:[A-Za-z][\w-]{{2,}}(?=\.\s(?:{'|'.join(_BROKEN_AT_DOT_DOMAINS)})(?!\w|\.\w))"
    r"|www(?=\.\s[a-z][\w-]*\.[a-z]))\.\s"
)
# A site's name and its country domain typed in Cyrillic with a space for the dot (фото: Бақ кз), as a photo credit
# leaves it: the domain said as the address reader says the Latin one (кей зет), the name as written. Only after a
# capitalised word, a name; the letters alone, with no vowel, are no Kazakh word. The literal domain opens the
# pattern and the gate, a fast scan.
CYRILLIC_DOMAIN_APART = re.compile(
    "|".join(rf"(?:{domain})(?<=[{KAZAKH_LOWER}] {domain})(?![\w-]|\.\w)" for domain in CYRILLIC_TYPED_DOMAINS)
)
CYRILLIC_DOMAIN_APART_MARK = re.compile("|".join(f" {domain}" for domain in CYRILLIC_TYPED_DOMAINS))
_NAME_BEFORE_DOMAIN = re.compile(rf"(?<![\w.-])[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+ $")


def speak_cyrillic_domain_apart(match: re.Match[str]) -> str:
    """кз after a site's name (Бақ кз) → кей зет; after a word in small letters it is left as written."""
    if _NAME_BEFORE_DOMAIN.search(match.string, max(0, match.start() - 40), match.start()) is None:
        return match.group()
    return read_address_part(CYRILLIC_TYPED_DOMAINS[match.group().lower()])


# The hard sign old Russian spelling kept after a final consonant is not said (Коммерсантъ → коммерсант).
_CONSONANT = "бвгджзклмнпрстфхцчшщБВГДЖЗКЛМНПРСТФХЦЧШЩ"
FINAL_HARD_SIGN = re.compile(rf"[ъЪ](?<=[{_CONSONANT}][ъЪ])(?![\w-])")  # the sign first: a fast scan
# A hashtag is read as its words: the sign is not said (#Наурыз → наурыз), and a Cyrillic tag's words run together
# with capitals are said apart (#ҚазақстанБірге → Қазақстан Бірге); a capital after one small letter or before
# another capital is a name's or an initialism's (ҚазҰУ), not a new word, except after a two-letter word opening
# the tag (#ЕлБірлігі, #МыВместе). A lone capital between two words is a one-letter Russian word, a preposition or
# a conjunction (#СилаВЕдинстве → Сила в Единстве, #МирИДружба), said as the word, not the letter's name (вэ).
# A tag typed onto the Cyrillic word before it (Алға#KAZ) is a tag too, said apart from it; not after a Latin letter or
# a digit (C#, F#, 5#) nor in a character reference (&#).
HASHTAG = re.compile(r"#(?<![A-Za-z0-9_&#]#)(?P<tag>[^\W\d_][\w-]*)")
_TAG_WORD_START = re.compile(
    rf"(?:(?<=[{KAZAKH_LOWER}]{{2}})|(?<=^[{KAZAKH_UPPER}][{KAZAKH_LOWER}]))(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
)
_ONE_LETTER_WORDS = "ВСКУОИАЯ"
_TAG_ONE_LETTER_WORD = re.compile(
    rf"(?<=[{KAZAKH_LOWER}]{{2}})(?P<word>[{_ONE_LETTER_WORDS}])(?=[{KAZAKH_UPPER}][{KAZAKH_LOWER}])"
)


# A tag all in capitals may glue an initialism the table expands onto a word, an office's tag onto its region's name
# (#ӘМСҚЖАМБЫЛ → ӘМСҚ ЖАМБЫЛ, said әлеуметтік медициналық сақтандыру қоры жамбыл): the two are set apart, the
# longest initialism first, when the rest is a word the dictionary knows and the whole is none (#ҚАЗАҚСТАН stays).
_SHORTEST_TAG_INITIALISM = 3
_SHORTEST_TAG_WORD = 4


def speak_hashtag(match: re.Match[str]) -> str:
    apart = " " if match.string[match.start() - 1 : match.start()].isalpha() else ""  # Алға#KAZ → Алға KAZ
    tag = match["tag"]
    if glued := _initialism_and_word(tag):
        return apart + glued
    tag = _TAG_ONE_LETTER_WORD.sub(lambda one: f" {one['word'].lower()} ", tag)
    return apart + _TAG_WORD_START.sub(" ", tag)


def _initialism_and_word(tag: str) -> str | None:
    """A capitals tag as an initialism and the word glued onto it, apart (МӘМСЖАМБЫЛ → МӘМС ЖАМБЫЛ), or None."""
    if not tag.isupper() or not tag.isalpha() or known_stem(tag):
        return None
    table = abbreviations.table()
    for cut in range(len(tag) - _SHORTEST_TAG_WORD, _SHORTEST_TAG_INITIALISM - 1, -1):
        head, word = tag[:cut], tag[cut:]
        entry = table.get(head)
        if entry is not None and entry.kind == "initialism" and known_word(word):
            return f"{head} {word}"
    return None

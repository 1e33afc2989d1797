"""Species' Latin names (Saiga tatarica, Panthera uncia, Tulipa greigii): a capitalised genus and a small-letter
epithet, read by the letters of school Latin, as Kazakh and Russian biology reads them (c before e, i, y is ц and
elsewhere к; ae and oe are е after a soft sound and э elsewhere; ti before a vowel is ци; a final -ia is ия), not by
English sound nor as a Kazakh word spelled in Latin (Saiga → сайга, not сайға). A pair is a species' name after лат.
or латынша, or when its epithet is no English word and ends as Latin epithets do (-us, -um, -ae, -ii, -is, -ica, -ia,
-ensis…), or when it is listed after such a pair. A taxon's one word, a word cited after лат. or грек. or glossed in
brackets after the term it gave, and an element's Latin name (`chemistry`) are read by the same letters."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from tts_edition.normalize.english import phonemes, read_english
from tts_edition.normalize.latin import KAZAKH_MARKS, LATIN, spelled_kazakh_word
from tts_edition.normalize.morphology import KAZAKH_LOWER, KAZAKH_UPPER
from tts_edition.normalize.provenance import Spoken

BINOMIAL = re.compile(
    r"(?<![\w-])(?P<genus>[A-Z][a-z]{2,}) (?P<epithet>[a-z]{3,})(?: (?P<subspecies>[a-z]{3,}))?(?![\w-])"
)
_LATIN_MARKER = re.compile(r"(?:латынша|лат\.)\s*$", re.IGNORECASE)
# Letters no Latin name of a species is spelled with, which Kazakh spelled in Latin has (Ulttyq kitaphana).
_KAZAKH_SPELLING = re.compile(rf"{KAZAKH_MARKS.pattern}|zh|kh")
_EPITHET_ENDINGS = ("us", "um", "ae", "ii", "is", "ica", "ia", "ata", "ina", "ana", "ea", "ensis", "ium", "ius")
_PAIRS = {"ch": "х", "ph": "ф", "th": "т", "rh": "р", "qu": "кв", "ck": "к", "ai": "ай", "ei": "ей", "oi": "ой",
          "ay": "ай", "ey": "ей", "oy": "ой", "au": "ау", "lu": "лю"}  # fmt: skip
_GLIDES = ("ai", "ei", "oi", "ay", "ey", "oy")  # a vowel before i or y, which is й unless a vowel follows
_LETTERS = dict(zip("abdefghijklmnopqrstuvwxyz", "а б д е ф г х и й к л м н о п к р с т у в в кс и з".split(),
                    strict=True))  # fmt: skip
_SOFTENING = ("e", "i", "y", "ae", "oe")  # c before them is ц (uncia → унция, Cedrus → цедрус)
_VOWELS = set("aeiouy")


# A word cited after лат. or грек. (көне лат. planeta, грек. aster planetes) is the classical word an entry gives
# for its term: read by school Latin's letters too (астер, not the English әстер), the words after the first as well,
# and a word after a part of it in brackets (латынша (omni)bus → (омни)бус, not бас).
_CITING_MARKER = re.compile(r"(?:латынша|лат\.|грекше|грек\.)(?: \(?[a-z]+\)?,?)*\s*$")
_LONGEST_CITATION = 60  # characters before a word in which its marker is looked for
# гр., the short mark of Greek a textbook cites a term's origin with (гр. teoria cellulae), said as грек. is, before
# a word in small Latin or Greek letters; after a number it is a gram's (200 гр.).
GREEK_CITED = re.compile(r"(?<![\w.])гр\.(?= [a-zα-ω])")
GREEK_CITED_MARK = re.compile(r"гр\. [a-zα-ω]")  # what every match holds (`Rule.needs`), found from its г
GREEK_SAID = "грекше"


def read_cited_word(word: str, before: str, after: str = "") -> Spoken | None:
    """A small-letter Latin word right after a marker of Latin or Greek, or after words cited with it (one of them
    in brackets too: латынша (omni)bus), or a term's etymon glossed in brackets after it (see `_etymon`)."""
    if not word.islower():
        return None
    if _CITING_MARKER.search(before[-_LONGEST_CITATION:]) or _etymon(word, before, after):
        return Spoken(read_scientific(word), LATIN, True)
    return None


# A term's etymology in brackets after it cites the Greek or Latin words it was made of, each glossed by its meaning
# after a dash (Фармакология – (pharmacon – дәрі; logos – ғылым), Антибиотик ( anti-қарсы, bios- тіршілік)): a
# small-letter word so glossed in that bracket is such an etymon when its school-Latin reading shares a stem with
# the term, three letters or more and no fewer than its English reading does (logos → логос: фармако·лог·ия, bios →
# биос: анти·био·тик), not an English word glossed after its loan (computer – есептеуіш after Компьютер).
_GLOSS = re.compile(rf"\s*[–—-]\s*[{KAZAKH_UPPER}{KAZAKH_LOWER}]")
_TERM_BEFORE_BRACKET = re.compile(rf"(?P<term>[{KAZAKH_UPPER}{KAZAKH_LOWER}]{{4,}})\s*(?:[–—-]\s*)?\($")
_LONGEST_ETYMOLOGY = 80  # characters from the bracket's opening to the word
_LONGEST_TERM = 40
_SHORTEST_STEM = 3
_BRACKET_DEPTH = {")": 1, "(": -1}  # read backwards, a closing bracket opens a level


def _etymon(word: str, before: str, after: str) -> bool:
    if not _GLOSS.match(after) or "(" not in before[-_LONGEST_ETYMOLOGY:] or (term := _bracket_term(before)) is None:
        return False
    shared = _shared_stem(term, read_scientific(word))
    return shared >= _SHORTEST_STEM and shared >= _shared_stem(term, read_english(word) or "")


def _bracket_term(before: str) -> str | None:
    """The Cyrillic term right before the bracket the text ends inside (its dash between them too), in lower case;
    None when the text is in no bracket or the bracket follows no term."""
    depth = 0
    for at in range(len(before) - 1, max(-1, len(before) - _LONGEST_ETYMOLOGY - 1), -1):
        depth += _BRACKET_DEPTH.get(before[at], 0)
        if depth < 0:
            term = _TERM_BEFORE_BRACKET.search(before, max(0, at - _LONGEST_TERM), at + 1)
            return None if term is None else term["term"].lower()
    return None


def _shared_stem(term: str, reading: str) -> int:
    """The longest run of letters the term and the reading share."""
    return SequenceMatcher(None, term, reading, autojunk=False).find_longest_match(0, len(term), 0, len(reading)).size


# A taxon above the species, one capitalised Latin word (Chordata, Acipenseridae, Pantherinae): a taxobox names it
# after its rank (Филум:Chordata, Тұқымдасы: Felidae, Тегі: Uncia), or in a table's row, in brackets after the
# rank's cell and the taxon's Kazakh name (Тип | Хордалылар (Chordata) |, Туыс | (Cygnus) |), and a family,
# subfamily, order or superfamily says its rank by its ending wherever it stands (түрі Acipenseridae). Read by school
# Latin's letters as species are.
_RANK_LABEL = re.compile(
    r"(?:Корольдігі|Дүниесі|Филум|Жамағаты|Тип|Сынып|Табы|Класс?|Тапсырыс|Сабы|Отряд|Отбасы|Тұқымдасы|Тұқымдас"
    r"|Субфамилия|Тұқым|Тегі|Туысы?|Түрі|Түрлер|Царство|Семейство|Род|Вид)"
    rf"(?::\s*|[ \t]*\|?[ \t]*(?:[{KAZAKH_UPPER}{KAZAKH_LOWER}]+[ \t]*){{0,3}}\()$"
)
_LONGEST_LABEL = 40  # characters before a word in which its rank's label is looked for
_RANK_ENDINGS = ("idae", "inae", "iformes", "oidea", "aceae", "ales", "opsida", "phyta")
_TAXON = re.compile(r"[A-Z][a-z]{2,}")
# A Latin word in brackets after a Kazakh word, its name (түрінің (Pseudoliparis), Хордалылар (Chordata)): a taxon
# when it ends as Latin names do and is no English word.
_KAZAKH_NAME_BEFORE = re.compile(rf"[{KAZAKH_LOWER}]{{3,}} \($", re.IGNORECASE)
_TAXON_ENDINGS = (*_EPITHET_ENDINGS, *_RANK_ENDINGS)


def read_taxon(word: str, before: str, after: str = "") -> Spoken | None:
    """A taxon's one Latin word after its rank's label, or one whose ending names its rank (Acipenseridae →
    аципенсеридэ), or a Latin one in brackets after its Kazakh name (see above)."""
    if not _TAXON.fullmatch(word) or _KAZAKH_SPELLING.search(word.lower()):
        return None
    if not (
        word.endswith(_RANK_ENDINGS)
        or _RANK_LABEL.search(before[-_LONGEST_LABEL:])
        or _named_in_brackets(word, before, after)
    ):
        return None
    return Spoken(read_scientific(word.lower()), LATIN, True)


def _named_in_brackets(word: str, before: str, after: str) -> bool:
    if not (word.endswith(_TAXON_ENDINGS) and _bracketed_after_name(before, after)):
        return False
    return phonemes(word) is None


def _bracketed_after_name(before: str, after: str) -> bool:
    """Whether the Latin between `before` and `after` stands alone in brackets right after a Kazakh word, its name."""
    return after.startswith(")") and _KAZAKH_NAME_BEFORE.search(before[-_LONGEST_LABEL:]) is not None


# A species with its genus cut to the initial (A. nudiventris, P. uncia), as a taxobox lists it under Түрлер:
# the initial by its Latin letter's name, the epithet by school Latin.
CUT_GENUS = re.compile(r"[A-Z]\. [a-z]")  # what every match holds (`Rule.needs`)
ABBREVIATED_BINOMIAL = re.compile(r"(?<![\w.-])(?P<initial>[A-Z])\. (?P<epithet>[a-z]{3,})(?![\w-])")
_LATIN_LETTER_NAMES = dict(
    zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "а бэ цэ дэ э эф гэ ха и йот ка эль эм эн о пэ ку эр эс тэ у вэ вэ икс игрек зэт"
        .split(), strict=True)
)  # fmt: skip


def speak_abbreviated_binomial(match: re.Match[str]) -> str:
    """A genus's initial and a Latin epithet, after a rank's label or лат., or an epithet Latin by its ending."""
    before = match.string[max(0, match.start() - _LONGEST_LABEL) : match.start()]
    epithet = match["epithet"]
    if not (_RANK_LABEL.search(before) or _LATIN_MARKER.search(before) or _latin_epithet(epithet)):
        return match.group()
    return f"{_LATIN_LETTER_NAMES[match['initial']]} {read_scientific(epithet)}"


def speak_binomial(match: re.Match[str]) -> str:
    """A genus and its epithet, and a third small-letter word when it is a subspecies' (Cervus elaphus bactrianus)."""
    if not is_species_name(match):
        return match.group()
    spoken = f"{read_scientific(match['genus'].lower())} {read_scientific(match['epithet'])}"
    if (third := match["subspecies"]) is None:
        return spoken
    return f"{spoken} {read_scientific(third) if _latin_epithet(third) else third}"


def is_species_name(match: re.Match[str]) -> bool:
    """A pair after лат. or латынша, or one whose epithet ends as Latin ones do and is neither an English word nor a
    Kazakh one spelled in plain Latin (Jay gana Aza, a singer's name: ғана, not a species' epithet), or one listed
    after such a pair (Helianthus annuus, Zea mays: mays is an English word, but a list of species has no English),
    or one in brackets after a Kazakh word, its name, whose genus ends as Latin nouns do and that is no pair of
    English words (сазан (Cyprinus carpio), аюдың (Ursus arctos); not карта (Green card))."""
    if _KAZAKH_SPELLING.search(f"{match['genus'].lower()} {match['epithet']}"):
        return False
    if _glossed_in_brackets(match):
        return True
    if _LATIN_MARKER.search(match.string[: match.start()]):
        return True
    if _latin_epithet(match["epithet"]) and spelled_kazakh_word(match["epithet"]) is None:
        return True
    return (listed := _listed_before(match)) is not None and is_species_name(listed)


_GENUS_ENDINGS = ("us", "a", "um", "is", "os", "on", "es", "ex", "ix", "ax", "ys")  # Satbayev university is none


def _glossed_in_brackets(match: re.Match[str]) -> bool:
    text = match.string
    before, after = text[max(0, match.start() - _LONGEST_LABEL) : match.start()], text[match.end() : match.end() + 1]
    if not _bracketed_after_name(before, after):
        return False
    genus, epithet = match["genus"].lower(), match["epithet"]
    if not genus.endswith(_GENUS_ENDINGS) or spelled_kazakh_word(epithet) is not None:
        return False
    return phonemes(genus) is None or phonemes(epithet) is None


# A pair of a list, with a comma after it, that ends where the next pair starts.
_LISTED_PAIR = re.compile(r"(?<![\w-])[A-Z][a-z]{2,} [a-z]{3,}, $")
_LONGEST_PAIR = 60


def _listed_before(match: re.Match[str]) -> re.Match[str] | None:
    """The pair listed just before this one (a comma and a space between them), as `BINOMIAL` matches it."""
    if match.string[match.start() - 2 : match.start()] != ", ":
        return None
    start = max(0, match.start() - _LONGEST_PAIR)
    listed = _LISTED_PAIR.search(match.string[start : match.start()])
    if listed is None:
        return None
    return BINOMIAL.match(match.string, start + listed.start())


def _latin_epithet(word: str) -> bool:
    return word.endswith(_EPITHET_ENDINGS) and phonemes(word) is None


def read_scientific(word: str) -> str:
    """A Latin word of biology by school Latin's letters: tatarica → татарика, greigii → грейгии."""
    out, i = [], 0
    while i < len(word):
        pair = word[i : i + 2]
        if said := _pair(word, i, pair):
            out.append(said)
            i += 2
            continue
        out.append(_letter(word, i))
        i += 1
    spoken = "".join(out)
    return spoken[:-2] + "ия" if spoken.endswith("иа") else spoken


def _pair(word: str, i: int, pair: str) -> str | None:
    """Two letters said as one sound, or None. ae and oe are е where the sound before them is soft (inside a word,
    and after l: Caesium → цезиум, cellulae → целлюле) and э elsewhere (Aedes → эдес, Felidae → фелидэ); eu before a
    consonant is ев, as Greek words come through Russian (Pseudoliparis → псевдолипарис, Eucalyptus → эвкалиптус);
    l before u is soft (cellula → целлюла, plumbum → плюмбум); ti before a vowel is ци (Strontium → стронциум)
    unless s, t or x stands before it."""
    following = word[i + 2 : i + 3]
    if pair in ("ae", "oe"):
        soft = i > 0 and word[i - 1] not in _VOWELS and (following or word[i - 1] == "l")
        return "е" if soft else "э"
    if pair == "eu" and following and following not in _VOWELS and word[i + 2 :] not in ("s", "m"):  # not luteus
        return _letter(word, i) + "в"
    if pair in _GLIDES and following in _VOWELS:
        return None
    if pair == "ti" and following in _VOWELS and (i == 0 or word[i - 1] not in "stx"):
        return "ци"
    return _PAIRS.get(pair)


def _letter(word: str, i: int) -> str:
    ch = word[i]
    if ch == "c":
        return "ц" if word[i + 1 : i + 3].startswith(_SOFTENING) else "к"
    if ch == "e" and (i == 0 or word[i - 1] in _VOWELS) and word[i - 2 : i] != "qu":
        return "э"
    if ch == "s" and 0 < i < len(word) - 1 and word[i - 1] in _VOWELS and word[i + 1] in _VOWELS:
        return "з"  # rosa → роза
    return _LETTERS.get(ch, ch)

"""The abbreviation table (abbreviations.tsv) and reading initialisms that the table does not know."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from pathlib import Path

from anyascii import anyascii

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize.morphology import DEVOICING, SUFFIXES, VOWELS
from tts_edition.normalize.tables import table_rows

TABLE = Path(__file__).with_name("abbreviations.tsv")

# The names of the letters of the Kazakh alphabet, as an initialism no table knows is spelled out (АГФ → а гэ эф,
# РСФСР → эр эс эф эс эр): vowels are their own names.
LETTER_NAMES = {ch: ch for ch in "аәеёиоөұүыіэюяуй"} | dict(zip(
    "бвгғджзкқлмнңпрстфхһцчшщ",
    "бэ вэ гэ ғы дэ жэ зэ ка қы эл эм эн ың пэ эр эс тэ эф ха һа цэ чэ ша ща".split(),
    strict=True,
)) | {"ъ": "", "ь": ""}  # fmt: skip
LATIN_LETTER_NAMES = dict(zip(
    "abcdefghijklmnopqrstuvwxyz",
    "эй би си ди и эф джи эйч ай джей кей эл эм эн о пи кью ар эс ти ю ви дабл-ю экс уай зет".split(),
    strict=True,
))  # fmt: skip
# A test's answer options А–Е or A–E as said (бэ, эй); C also as the Cyrillic letter it looks like (сэ, эс) or as
# Russian names it (цэ).
OPTION_LETTER_NAMES = "|".join(
    sorted({LETTER_NAMES[ch] for ch in "абвгде"} | {LATIN_LETTER_NAMES[ch] for ch in "abcde"} | {"сэ", "эс", "цэ"})
)


def plain_latin(letter: str) -> str:
    """A Latin letter no reader knows (œ, ø, ß, ð) as the plain letters it stands for (oe, o, ss, d); any other
    character as it is."""
    if not unicodedata.name(letter, "").startswith("LATIN "):
        return letter
    plain = anyascii(letter).lower()
    return plain if plain.isascii() and plain.isalpha() else letter


def latin_letter_name(letter: str) -> str:
    """A Latin letter's English name (b → би), a letter no reader knows by its plain letters' (ß → эс эс)."""
    if letter in LATIN_LETTER_NAMES:
        return LATIN_LETTER_NAMES[letter]
    plain = plain_latin(letter)
    return " ".join(LATIN_LETTER_NAMES[ch] for ch in plain) if plain != letter else letter


@dataclass(frozen=True)
class Sense:
    """Another meaning of an initialism, taken where one of its cue words stands in the same sentence; a `joined`
    sense only where the cue is the name the initialism is hyphened onto (СҚ-Фармация), an `owned` one only where the
    cue is the word right before it, the body it belongs to (БҰҰ ЕЭК: the UN's commission, not a list's ЕЭК)."""

    spoken: str
    possessive: bool
    cues: re.Pattern[str]
    joined: bool = False
    owned: bool = False


@dataclass(frozen=True)
class Entry:
    kind: str
    written: str
    spoken: str
    possessive: bool = False
    plural: str | None = None  # the plural of a possessive expansion: орны → орындары
    after_name: str | None = None  # the legal form it stands for after a quoted name: «ҚазАвтоЖол» ҰҚ (ҰК typed)
    title: bool = False  # a title or a degree, which a name follows: a capital after it starts no sentence
    senses: tuple[Sense, ...] = ()  # other meanings, each with the words that call it up
    attributive: str | None = None  # an era's form before the century or year it dates: б.з.д. 2 ғ. → дейінгі
    place: bool = False  # a clipped word of an address (обл., ауд., көш.), which the address's next part may follow
    ahead: Ahead | None = None  # a place word Russian writes before its name (г. Алматы): said after it
    honorific: bool = False  # a blessing said after a holy name (с.ғ.с., р.а.), also typed in capitals: (С.Ғ.С.)
    word: bool = False  # capitals that also spell a common word (АҚ: ақ), which a heading in capitals means
    named: bool = False  # a stump read only after the name it follows (Новостройка к. → кенті, Абай ат.)
    street: str | None = None  # a named stump's reading before a house's number (Қазақстан к., 27 → көшесі)
    law_only: bool = False  # a law's capitals that spell other names too (СК): the law only where it stands as one
    unit_too: bool = False  # a stump a unit writes too (см.: қараңыз, the centimetre): the stump only off a number
    cued: bool = False  # no reading of its own (ЖБ): its expansion only where its cue stands, else its letters' names


@dataclass(frozen=True)
class Ahead:
    """How a place word written before its name or number is read in Kazakh order: before a number, which is its
    ordinal (д. 10 → оныншы үй), or before a name Russian puts in the genitive (ул. Абая → Абай көшесі)."""

    number: bool = False
    genitive: bool = False


# A possessive expansion already plural (құралдары, органдары, Әмірліктері) is its own plural: a plural suffix written
# after the initialism (БАҚ-тардан, ІІО-лардың) continues it and is not said a second time.
_PLURAL_POSSESSIVE = re.compile(r"[лдт][ае]р[ыі]$")


_PLURAL_LENGTH = 3  # лар, лер, дар, дер, тар, тер


def _plain_plural(spoken: str) -> bool:
    """A plain expansion already plural (технологиялар, банктер, актілер): its last word ends in the plural suffix
    its stem calls for, not in letters that only look like one (компьютер, лидер), and is its own plural, so a
    plural suffix written after the initialism (НҚА-лар, ЕДБ-лардың) is not said a second time."""
    last = spoken.rpartition(" ")[2].lower()
    stem = last[:-_PLURAL_LENGTH]
    return len(stem) > 1 and last[-_PLURAL_LENGTH:] == SUFFIXES["plural"].form_for(stem)


_POSSESSIVES = ("ы", "і", "сы", "сі")  # a consonant's first: құрылысы ← құрылыс, not құрылы
_SHORTEST = 3  # a stem of two letters and its ending


@cache
def possessive_plural(spoken: str) -> str | None:
    """The plural of an expansion that ends in the 3rd-person possessive, for a plural suffix written after its
    initialism (АЭС-тер → атом электр станциялары, not станциясылар): the possessive comes off, the stem takes the
    plural its last sound calls for and the possessive after it (станциясы → станциялары, ұйымы → ұйымдары,
    орталығы → орталықтары, кеңесі → кеңестері). The stem must be a word the dictionary knows, which tells кеңес+і
    from a vowel's -сі and leaves a stem that lost a vowel (орны ← орын, халқы ← халық) to the table's own pl=;
    None then, and without the dictionary."""
    head, _, last = spoken.rpartition(" ")
    lower = last.lower()
    dictionary = kazakh_dictionary()
    if dictionary is None or len(lower) < _SHORTEST:
        return None
    for ending in _POSSESSIVES:
        stem = lower.removesuffix(ending)
        if stem == lower or (len(ending) == 2) != (stem[-1:] in VOWELS):
            continue  # -сы/-сі only after a vowel, -ы/-і only after a consonant
        stem = stem[:-1] + DEVOICING.get(stem[-1], stem[-1])  # орталығы ← орталық, мектебі ← мектеп
        if not dictionary.lookup(stem):
            continue
        plural = stem + SUFFIXES["plural"].form_for(stem)
        word = plural + SUFFIXES["possessive3"].form_for(plural)
        word = word[:1].upper() + word[1:] if last[:1].isupper() else word
        return f"{head} {word}" if head else word
    return None


# One written form may stand for several kinds (т: тонна after a number, тармақ after a hyphenated one): every row is
# kept, in the table's order, so each kind sees its own reading.
@cache
def _rows() -> list[Entry]:
    entries: list[Entry] = []
    last: dict[str, int] = {}  # the row above that wrote the form: the initialism a sense belongs to
    for kind, written, spoken, *flags in table_rows(TABLE):
        plural, after_name, attributive, street = (_flag(flags, name) for name in ("pl=", "name=", "attr=", "street="))
        possessive, title, place = "poss" in flags, "title" in flags, "place" in flags
        honorific, word, named = "honorific" in flags, "word" in flags, "named" in flags
        law_only = "law" in flags
        unit_too = "unit" in flags
        if kind == "sense":
            cues = _cue_pattern(_flag(flags, "cue=") or "")
            sense = Sense(spoken, possessive, cues, "joined" in flags, "owned" in flags)
            owner = entries[last[written]]
            entries[last[written]] = replace(owner, senses=(*owner.senses, sense))
            continue
        if kind == "initialism" and (cue := _flag(flags, "cue=")):
            # A row with a cue of its own has no reading without it: its letters' names, and its expansion as the
            # one sense the cue calls up (ЖБ: жергілікті бюджет in a budget's table, its letters elsewhere).
            last[written] = len(entries)
            sense = Sense(spoken, possessive, _cue_pattern(cue))
            entries.append(Entry(kind, written, spell(written), senses=(sense,), cued=True))
            continue
        if kind == "initialism" and "legal" in flags:
            # A legal form's capitals that spell other things too (МК): no reading of its own, its letters' names,
            # and the legal form only right after a quoted name («Роскосмос» МК-ның → мемлекеттік корпорациясының).
            last[written] = len(entries)
            entries.append(Entry(kind, written, spell(written), after_name=spoken))
            continue
        plural = plural or (spoken if possessive and _PLURAL_POSSESSIVE.search(spoken) else None)
        plural = plural or (spoken if kind == "initialism" and not possessive and _plain_plural(spoken) else None)
        ahead = Ahead("num" in flags, "gen" in flags) if kind == "ahead" or "ahead" in flags else None
        last[written] = len(entries)
        entries.append(
            Entry(
                kind,
                written,
                spoken,
                possessive,
                plural,
                after_name,
                title,
                attributive=attributive,
                place=place,
                ahead=ahead,
                honorific=honorific,
                word=word,
                named=named,
                street=street,
                law_only=law_only,
                unit_too=unit_too,
            )
        )
    return entries


@cache
def table() -> dict[str, Entry]:
    """Each written form's entry; where a form has rows of several kinds, the last row's."""
    entries = {entry.written: entry for entry in _rows()}
    derived = _degrees(entries) | _product_signs(entries) | _conjunction_typed(entries) | _dotless_units(entries)
    return _service_departments(entries) | _level_prefixed(entries) | derived | entries


# A local body's initialism opens with the letter of its level before the initialism of the service it is a branch
# of: АІІБ, аудандық ішкі істер бөлімі; ОТЖД, облыстық төтенше жағдайлар департаменті. Each initialism whose expansion
# names a department, a division or an administration stands for those written with a level's letter before it;
# a form the table holds itself keeps its own reading (АПБ, ҚПБ), and a national body (ҚМДБ, Қазақстан мұсылмандары
# діни басқармасы) has no local branch named so.
_LEVELS = {"А": "аудандық", "О": "облыстық", "Қ": "қалалық"}
_BRANCH_NOUNS = ("бөлімі", "басқармасы", "департаменті", "бөлімшесі")
_NATIONAL = "Қазақстан"


def _level_prefixed(entries: dict[str, Entry]) -> dict[str, Entry]:
    prefixed: dict[str, Entry] = {}
    for entry in entries.values():
        last = entry.spoken.rpartition(" ")[2]
        if entry.kind != "initialism" or not entry.written.isupper() or last not in _BRANCH_NOUNS:
            continue
        if entry.spoken.startswith(_NATIONAL):
            continue
        spoken = entry.spoken[0].lower() + entry.spoken[1:]
        for letter, level in _LEVELS.items():
            form = letter + entry.written
            prefixed[form] = replace(entry, written=form, spoken=f"{level} {spoken}", plural=None, senses=())
    return prefixed


# A service's regional department is written as the service's initialism with the department's Д after it (ҚАЖД-ға,
# Қылмыстық-атқару жүйесі департаментіне, beside the same page's ҚАЖ департаментіне): each initialism whose expansion
# names a system, a service or a committee stands, with a Д after it, for that body's department. A form the table
# holds itself keeps its own reading, and a body already a department or an administration has none named so.
_SERVICE_NOUNS = ("жүйесі", "қызметі", "комитеті")
_DEPARTMENT = ("Д", "департаменті")


def _service_departments(entries: dict[str, Entry]) -> dict[str, Entry]:
    letter, noun = _DEPARTMENT
    departments: dict[str, Entry] = {}
    for entry in entries.values():
        if entry.kind != "initialism" or not entry.written.isupper() or len(entry.written) < 2:
            continue
        if entry.spoken.rpartition(" ")[2] not in _SERVICE_NOUNS:
            continue
        form = entry.written + letter
        departments[form] = replace(
            entry, written=form, spoken=f"{entry.spoken} {noun}", possessive=True, plural=None, senses=()
        )
    return departments


# An initialism whose expansion joins words with және is also written with the conjunction as a small ж between the
# capitals it stands between (БжҒМ beside БҒМ, Білім және ғылым министрлігі): each capital the first letter of one
# word of the expansion, the ж where және is.
_AND = "және"


def _conjunction_typed(entries: dict[str, Entry]) -> dict[str, Entry]:
    typed: dict[str, Entry] = {}
    for entry in entries.values():
        words = entry.spoken.replace("-", " ").split()
        if entry.kind != "initialism" or _AND not in words[1:-1] or not entry.written.isupper():
            continue
        if "".join(word[0] for word in words if word != _AND).upper() != entry.written:
            continue
        form = "".join("ж" if word == _AND else word[0].upper() for word in words)
        typed.setdefault(form, replace(entry, written=form))
    return typed


# A compound unit's product dot is also typed as an asterisk or another dot sign (кВт*сағ, кВт⋅сағ, кВт∙сағ): each
# unit the table writes with a middle dot stands for those typings too.
_PRODUCT_SIGNS = "*⋅∙"


def _product_signs(entries: dict[str, Entry]) -> dict[str, Entry]:
    units = (entry for entry in entries.values() if entry.kind == "unit" and "·" in entry.written)
    return {
        typed: replace(unit, written=typed)
        for unit in units
        for typed in (unit.written.replace("·", sign) for sign in _PRODUCT_SIGNS)
    }


# A unit written with dots between its letters (ш.м., п.п., а.е.к.) is also typed without its last dot, the dot
# inside saying it is clipped (15 000 ш.м газон), as a dotted abbreviation is (`dotted_pattern`).
def _dotless_units(entries: dict[str, Entry]) -> dict[str, Entry]:
    units = (entry for entry in entries.values() if entry.kind == "unit" and "." in entry.written[:-1])
    return {unit.written[:-1]: replace(unit, written=unit.written[:-1]) for unit in units if unit.written[-1] == "."}


# A scientific degree is written as its field's stump, ғ. for ғылымдарының and д. or к. for докторы or кандидаты
# (ф.-м.ғ.д., пед. ғ.к., филос.ғ.д.): each field the table names gives both, as dotted abbreviations; an entry the
# table writes out itself stands (т.ғ.к. is техника's, where т.ғ. alone is тарих ғылымдары).
_DEGREES = {"д": "докторы", "к": "кандидаты"}


def _degrees(entries: dict[str, Entry]) -> dict[str, Entry]:
    degrees = {}
    for field in (entry for entry in entries.values() if entry.kind == "field"):
        for letter, degree in _DEGREES.items():
            written = f"{field.written}{letter}."
            degrees[written] = Entry("dotted", written, f"{field.spoken} ғылымдарының {degree}", title=True)
    for field in (entry for entry in entries.values() if entry.kind == "rufield"):
        for letter, degree in _DEGREES.items():
            written = f"{letter}.{field.written}.н."  # к.э.н.: the rank first, as Russian writes it
            degrees[written] = Entry("dotted", written, f"{field.spoken} ғылымдарының {degree}", title=True)
    return degrees


def _cue_pattern(cues: str) -> re.Pattern[str]:
    """Cue stems separated by |, each at the start of a word, any case: шетел|жұмыс бер."""
    stems = "|".join(re.escape(stem).replace(r"\ ", r"\s+") for stem in cues.split("|") if stem)
    return re.compile(rf"(?<![\w-])(?:{stems})", re.IGNORECASE)


# A sense's cue counts in the initialism's own sentence, as far as this each way.
_CUE_REACH = 160
_SENTENCE_ENDS = ".!?\n"


@dataclass(frozen=True)
class Reach:
    """How far a sense's cue is looked for: so many characters each way, up to the first of `ends`."""

    chars: int
    ends: str
    # Line breaks that end nothing: a title page's lines break inside a phrase (Археология, этнология және / Отан
    # тарихы кафедрасының / меңгерушісі т. ғ. к.); only a break after a sentence's stop or a blank line ends it.
    broken_lines: bool = False


SENTENCE = Reach(_CUE_REACH, _SENTENCE_ENDS)
# A dotted abbreviation's cue counts in its paragraph: the dots of the abbreviations and initials around it end no
# sentence, and a degree's science is named by the department or the faculty the page heads with (Қазақстан тарихы
# кафедрасы ... Кафедра меңгерушісі, т.ғ.к. → тарих ғылымдарының кандидаты).
PARAGRAPH = Reach(2 * _CUE_REACH, "\n", broken_lines=True)
# A line break after a sentence's stop (not a name's initial, Жағыпар А.) or a blank line: a paragraph's end.
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_PARAGRAPH_END = re.compile(rf"(?<=[.!?…])(?<!\s[{_CAPITAL}]\.)[ \t]*\n|\n[ \t]*\n")


_SENTENCE_REACH = 2000  # characters looked back for a sentence's start: a long text is not rescanned for each match


def sentence_around(match: re.Match[str], edge: re.Pattern[str]) -> tuple[int, int]:
    """Where the sentence around a match starts and ends in its text: after the last `edge` before the match (within
    reach), up to the first one after it."""
    text = match.string
    reach = max(0, match.start() - _SENTENCE_REACH)
    start = max((found.end() for found in edge.finditer(text, reach, match.start())), default=reach)
    end = edge.search(text, match.end())
    return start, end.start() if end else len(text)


def in_context(entry: Entry, text: str, start: int, end: int, reach: Reach = SENTENCE) -> Entry:
    """The entry with the meaning its sentence calls up: ШЖК is шекті жол берілетін концентрация in a report on the
    air, шетел жұмыс күші where foreign workers, permits or employers are named (ШЖК тартуға рұқсат)."""
    if not entry.senses:
        return entry
    if entry.cued:
        # A row's label in a table has no sentence of its own: the table's other rows and its caption name what it
        # stands for (ЖБ* | 32,6 | beside РБ* and Бюджеттен тыс қаражат), so its cue counts in its paragraph.
        reach = PARAGRAPH
    if reach.broken_lines:
        window = text[max(0, start - reach.chars) : start]
        left = max([start - reach.chars] + [start - len(window) + m.end() for m in _PARAGRAPH_END.finditer(window)])
        right = _PARAGRAPH_END.search(text, end, end + reach.chars)
        rights = [right.start()] if right else []
    else:
        left = max([start - reach.chars] + [text.rfind(ch, 0, start) + 1 for ch in reach.ends])
        rights = [found for ch in reach.ends if (found := text.find(ch, end)) >= 0]
    sentence = text[max(0, left) : min([end + reach.chars, *rights])]
    # A joined sense is called up only by the name the initialism is hyphened onto, its compound's other part
    # (СҚ-Фармация: Самұрық-Қазына's company, not Солтүстік Қазақстан); a suffix (СҚ-да) calls up nothing.
    partner = _JOINED_NAME.match(text, end)
    for sense in entry.senses:
        if sense.joined:
            if partner and sense.cues.match(partner["name"]):
                return replace(entry, spoken=sense.spoken, possessive=sense.possessive, plural=None, senses=())
        elif sense.owned:
            if _owner_before(sense.cues, text, start):
                return replace(entry, spoken=sense.spoken, possessive=sense.possessive, plural=None, senses=())
        elif sense.cues.search(sentence):
            return replace(entry, spoken=sense.spoken, possessive=sense.possessive, plural=None, senses=())
    return entry


_JOINED_NAME = re.compile(r"-(?P<name>[^\W\d_][\w]*)")
_OWNER_REACH = 40
_OWNER_TAIL = re.compile(r"[\w-]*\s+")  # the owner's own ending (БҰҰ-ның ЕЭК) and the space before the initialism


def _owner_before(cues: re.Pattern[str], text: str, start: int) -> bool:
    """Whether the word right before `start` is one of `cues` (with its ending)."""
    found = list(cues.finditer(text, max(0, start - _OWNER_REACH), start))
    return bool(found) and _OWNER_TAIL.fullmatch(text, found[-1].end(), start) is not None


def _flag(flags: list[str], name: str) -> str | None:
    return next((flag.removeprefix(name) for flag in flags if flag.startswith(name)), None)


@cache
def of_kind(*kinds: str) -> dict[str, Entry]:
    """The entries of the kinds, each written form read as its own row of that kind (т as a unit is тонна, though
    its last row makes it тармақ)."""
    own = {entry.written: entry for entry in _rows() if entry.kind in kinds}
    return {w: e for w, e in table().items() if e.kind in kinds} | own


@cache
def unit_words() -> frozenset[str]:
    """The units written out as one word (метр, центнер), which are units too before a slash."""
    return frozenset(e.spoken for e in of_kind("unit").values() if " " not in e.spoken)


def unit_spoken(unit: str) -> str:
    """A unit as said: a word as written, a symbol as the table reads it (кг → килограмм)."""
    return unit if unit in unit_words() else (of_kind("unit").get(unit) or table()[unit]).spoken


def dotted_pattern(written: str) -> str:
    """A dotted abbreviation as it is typed: the parts of one of several letters may stand apart and the first may
    be a capital (т.б. → т. б.; б.з.б. → Б. з. б. opening a sentence); the dot inside says it is one, so the last
    may be left off (т.б Ескерткіштер)."""
    stop = written.endswith(".")
    parts = (written[:-1] if stop else written).split(".")
    if len(parts) < 2:  # a clipped word (обл., ж.)
        return re.escape(written)
    head = f"[{parts[0][0]}{parts[0][0].upper()}]{re.escape(parts[0][1:])}"
    return r"\.\s?".join([head, *map(re.escape, parts[1:])]) + (r"\.?" if stop else "")


def dotted_entry(typed: str) -> Entry | None:
    """The table's dotted abbreviation typed as `typed` (spaced, capitalised, as written or without its last dot)."""
    written = re.sub(r"\s", "", typed)
    forms = (written, written[:1].lower() + written[1:])
    return next((table()[form] for form in (*forms, *(f + "." for f in forms)) if form in table()), None)


# A word may end in two consonants only when the first is a sonorant or the pair is a common loan ending.
_FINAL_PAIR_FIRST = frozenset("рлйнмңу")
_NASALS = frozenset("мнң")
_FINAL_PAIRS = frozenset({"ст", "кт", "нк", "зм", "рт", "нт"})
# And -кс, the ending of факс, индекс, БРИКС, УНИКС, in a word of four letters or more: three are letters (ОКС).
_LONG_FINAL_PAIRS = frozenset({"кс"})


# Vowels that meet another only across a glide in a word: two of them side by side (ПҮАЖ, ҚОА) are letters.
_PLAIN_VOWELS = frozenset("аәоөұүыі")
# No Kazakh or Russian word ends in these letters (АҚИҰ, ЕҚЫҰ, АШТӨ are letters; a word ends in -у): Kazakh writes ұ,
# ү and ө in a word's first syllables, never as its last letter.
_NEVER_FINAL = frozenset("ұүө")
# A stop or a fricative before р or л starts a syllable in loanwords, as a vowel would (ДРАМЫ, ГРЭС, БРИКС, ФРАНКІ).
_ONSET_FIRST = frozenset("бвгдкптф")
_ONSET_SECOND = frozenset("рл")
# So does a stop or a sibilant before в in Russian loans (КВОТА, ТВЕРОВ, СВЕТ, ДВОР, ЗВОНОК), in a word of four
# letters or more: three are an initialism's (СВО, ТВО are said letter by letter).
_BEFORE_V_ONSET = frozenset("гдзкст")
_SHORTEST_V_ONSET_WORD = 4
# And с before a stop, in a word of four letters or more (СТАР, СПОРТ, СКАН); three are letters (СТО, СКО).
_AFTER_S_ONSET = frozenset("тпк")


def pronounceable(word: str) -> bool:
    """An initialism read as a word (НАТО, ЮНЕСКО, ТАСС): vowels and consonants alternate, no cluster over two, no
    two plain vowels side by side nor one vowel twice (ЭЭПЕ), no letter a word cannot end in at the end, and in a
    Kazakh one no two vowels side by side at all (КЕАҚ)."""
    lower = word.lower()
    if len(lower) < 3 or not any(ch in VOWELS for ch in lower) or lower[-1] in _NEVER_FINAL:
        return False
    meet = _kazakh_vowels_meet if KAZAKH_LETTERS.intersection(lower) else _vowels_meet
    if any(meet(a, b) for a, b in pairwise(lower)):
        return False
    run = 0
    for at, ch in enumerate(lower):
        run = 0 if ch in VOWELS else run + (not _one_consonant_with(lower, at))
        if run > 2:
            return False
    if run == 2 and not _final_pair_said(lower):
        return False
    return lower[0] in VOWELS or lower[1] in VOWELS or _opens_with_onset(lower)


# Russian and Kazakh write the Latin x as кс: after a vowel in a loan of four letters or more the pair is one
# consonant of its syllable (ЭКСПО as экспорт, экстра), so ЭКСП is no cluster of three.
_LATIN_X = "кс"
_SHORTEST_X_WORD = 4


# And a т before с is said as one affricate ц, as in Russian (детский, братство): САРАТС is сарац, no cluster.
_AFFRICATE_TS = "тс"
_ONE_CONSONANT_PAIRS = (_LATIN_X, _AFFRICATE_TS)


def _one_consonant_with(lower: str, at: int) -> bool:
    """The с at `at` ends a pair said as one consonant after a vowel, the кс of a Latin x or the тс of ц, in a word
    of four letters or more with no letter only Kazakh writes."""
    return (
        len(lower) >= _SHORTEST_X_WORD
        and at >= 2
        and lower[at - 1 : at + 1] in _ONE_CONSONANT_PAIRS
        and lower[at - 2] in VOWELS
        and not KAZAKH_LETTERS.intersection(lower)
    )


# A Kazakh word ends in two consonants only as р, л or й before т, қ, к or с (жұрт, салт, қорқ, барс): a Kazakh
# initialism ending otherwise (СІМК, МӨҚҚ) is letters, where a Russian or international one ends as loans do (ТАСС).
_KAZAKH_FINAL_FIRST = frozenset("рлй")
_KAZAKH_FINAL_SECOND = frozenset("тқкс")


def kazakh_final_pair(first: str, last: str) -> bool:
    """Whether two consonants (small letters) can close a Kazakh word or syllable: жұрт, салт, айт."""
    return first in _KAZAKH_FINAL_FIRST and last in _KAZAKH_FINAL_SECOND


def _final_pair_said(lower: str) -> bool:
    """The two consonants that end the word can end a word: a sonorant and another, a loan's pair (-кс in four
    letters or more), a doubled letter in four or more (ТАСС; ҰКК is three letters); in a Kazakh initialism only a
    Kazakh word's final pair."""
    first, last = lower[-2:]
    if last == "ж" and first in _NASALS:
        return False  # no word ends in мж or нж (ОМЖ, the medium-term plan, is letters)
    if last in _NASALS and first in _NASALS:
        return False  # nor in two nasals (ЕМН, a school's stream, is letters)
    if KAZAKH_LETTERS.intersection(lower):
        return kazakh_final_pair(first, last)
    long_enough = len(lower) > _SHORT
    doubled = first == last and long_enough
    loan = lower[-2:] in _FINAL_PAIRS or (lower[-2:] in _LONG_FINAL_PAIRS and long_enough)
    return doubled or loan or first in _FINAL_PAIR_FIRST


def vowels_meet(word: str) -> bool:
    """Whether two vowels stand side by side that no syllable holds (ҚОА, CAIIA read каиия): an initialism's letters."""
    return any(_vowels_meet(a, b) for a, b in pairwise(word.lower()))


def _vowels_meet(a: str, b: str) -> bool:
    """Two plain vowels side by side (ҚОА), one vowel doubled (ЭЭПЕ), or э before a vowel (ЭЕМ, ЭЕС: no Russian
    word has э open onto another vowel): no syllable holds them, so letters."""
    return (a in _PLAIN_VOWELS and b in _PLAIN_VOWELS) or (a == b and a in VOWELS) or (a == "э" and b in VOWELS)


# Vowels that are never a glide: и, у and ю stand beside a vowel in Kazakh words (әуе, ауыл, қиын), these do not.
_FULL_VOWELS = VOWELS - frozenset("иую")
# After a vowel е, я and ё are said with their й, the consonant that parts the two syllables (тоқаев тоқа-йев,
# қоян қо-йан): a vowel before them is no hiatus.
_IOTATED = frozenset("еяё")
_FULL_AFTER_VOWEL = _FULL_VOWELS - _IOTATED


def _kazakh_vowels_meet(a: str, b: str) -> bool:
    """Two full vowels side by side: a Kazakh word has no hiatus (ӘЕАТ → ә е а тэ), as Russian loans do (театр);
    an iotated vowel after a vowel is none (ТОҚАЕВ, ҚОЯН are words)."""
    return a in _FULL_VOWELS and b in _FULL_AFTER_VOWEL


def _opens_with_onset(lower: str) -> bool:
    """A consonant and р or л, a stop or sibilant and в, or с and a stop, then a vowel: драм, франк, брикс, квота,
    свет, стар."""
    liquid = lower[0] in _ONSET_FIRST and lower[1] in _ONSET_SECOND
    long_enough = len(lower) >= _SHORTEST_V_ONSET_WORD
    labial = lower[0] in _BEFORE_V_ONSET and lower[1] == "в" and long_enough
    hissed = lower[0] == "с" and lower[1] in _AFTER_S_ONSET and long_enough
    return (liquid or labial or hissed) and lower[2] in VOWELS


# Letters only Kazakh writes. A three-letter initialism with one is a Kazakh one, and those are said letter by letter
# (ҰТО → ұ тэ о); the short ones said as words are Russian or international (ЦОН, ЦИК).
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_SHORT = 3


def read_as_word(initialism: str) -> bool:
    """An initialism the table lacks is read as a word when pronounceable, unless it is a short Kazakh one."""
    short = len(initialism) <= _SHORT and any(ch in KAZAKH_LETTERS for ch in initialism.lower())
    return not short and pronounceable(initialism)


# Words that join the named words of a name without a letter of their own (Білім және ғылым министрлігі → БҒМ).
_JOINING = frozenset({"және", "мен", "бен", "пен", "и", "and", "of"})
_NAME_WORD = re.compile(r"[^\W\d_]+")
# As far back as a name spelled out before its initialism is looked for.
_DEFINITION_REACH = 200


def spelled_before_bracket(initialism: str, text: str, at: int) -> bool:
    """Whether the page writes the words an initialism in brackets at `at` stands for just before the bracket, a word
    or a hyphenated word's part to each letter, joining words aside: Ғарыштық зерттеулер институты (ҒЗИ)."""
    head = _head_before_bracket(text, at)
    if head is None:
        return False
    words = [word.group() for word in _NAME_WORD.finditer(head)]
    return _initials_spell(initialism.lower()[::-1], reversed(words))


def name_before_bracket(name: str, text: str, at: int) -> bool:
    """Whether the words just before the bracket that opens at the initialism at `at` are `name`, whatever their
    endings: тегін медициналық көмектің кепілдік берілген көлемі (ТМККК), the table's name for it."""
    head = _head_before_bracket(text, at)
    if head is None:
        return False
    count = len(_NAME_WORD.findall(name))
    words = _NAME_WORD.findall(head)[-count:]
    return len(words) == count and same_words(name, " ".join(words))


# A dash between words, spaced or not: between a name and its initialism inside one pair of brackets (электрондық
# цифрлық қолтаңба арқылы – ЭЦҚ), and after an initialism in a glossary's line (`_DASH_AFTER`).
_DASH = r"[ \u00a0]*[-–—][ \u00a0]*"
_DASH_BEFORE = re.compile(_DASH + "$")
_POSTPOSITIONS = frozenset({"арқылы", "бойынша", "үшін", "туралы", "жөнінде", "сияқты", "ретінде"})


def named_in_bracket_before_dash(initialism: str, name: str, text: str, at: int) -> bool:
    """Whether the initialism at `at` follows a dash inside brackets that hold before it the words it stands for,
    spelled a word to each letter or the table's `name`, whatever their endings, and maybe a postposition after them:
    (электрондық цифрлық қолтаңба арқылы – ЭЦҚ). The page glosses the name with its letters, as Name (ABBR) does.
    Not "(бұдан әрі – ЭЦҚ)", which holds no name."""
    head = text[max(0, at - _DEFINITION_REACH) : at]
    dash = _DASH_BEFORE.search(head)
    if dash is None:
        return False
    opening = head.rfind("(", 0, dash.start())
    inside = head[opening + 1 : dash.start()]
    if opening < 0 or ")" in inside or "\n" in inside:
        return False
    words = _NAME_WORD.findall(inside)
    if words and words[-1].lower() in _POSTPOSITIONS:
        words = words[:-1]
    return bool(words) and _is_name(initialism, name, words)


def _is_name(initialism: str, name: str, words: list[str]) -> bool:
    """Whether `words` are all the initialism's name: one to each letter, joining words aside, or the table's name."""
    named = [word for word in words if word.lower() not in _JOINING]
    spelled = len(named) == len(initialism) and _initials_spell(initialism.lower(), words)
    return spelled or same_words(name, " ".join(words))


def _head_before_bracket(text: str, at: int) -> str | None:
    """The text before the bracket that opens just before `at`, up to `_DEFINITION_REACH`; None where no bracket
    does."""
    head = text[max(0, at - _DEFINITION_REACH) : at].rstrip()
    return head[:-1] if head.endswith("(") else None


def _initials_spell(letters: str, words: Iterable[str]) -> bool:
    """Whether `words` open with `letters` in order, one to each, joining words (және, мен) aside."""
    spelled = 0
    for word in words:
        if spelled == len(letters):
            break
        if word.lower() in _JOINING:
            continue
        if word[0].lower() != letters[spelled]:
            return False
        spelled += 1
    return spelled == len(letters)


# A glossary's line: the initialism, a dash, and the words it stands for (ТЖ - Толық жауапты қажет ететін тапсырмалар).
_DASH_AFTER = re.compile(_DASH)


def dash_definition(initialism: str, text: str, start: int, end: int) -> bool:
    """Whether the words after a dash that follows the initialism at `start`…`end` spell it, a word to each letter,
    joining words aside: the page defines it there (ТЖ - Толық жауап…, in a test's key, not the table's төтенше
    жағдай), and its letters are said, the definition after them. The definition opens on a capital, or the
    initialism opens its line, as a glossary's entry does (ЖОО – жоғары оқу орны); elsewhere small words after a
    dash are the sentence going on."""
    dash = _DASH_AFTER.match(text, end)
    if dash is None:
        return False
    words = [word.group() for word in _NAME_WORD.finditer(text, dash.end(), dash.end() + _DEFINITION_REACH)]
    if not words or not (words[0][0].isupper() or _opens_line(text, start)):
        return False
    return _initials_spell(initialism.lower(), words)


_LINE_OPENING = re.compile(r"(?:^|\n)[ \t•*·-]*$")
_LINE_OPENING_REACH = 8  # a list marker and spaces


def _opens_line(text: str, at: int) -> bool:
    return bool(_LINE_OPENING.search(text, max(0, at - _LINE_OPENING_REACH), at))


# As far back as a name the page spelled out in full is looked for before its initialism alone (a news item's length);
# the name's gap between words: spaces or a hyphen, never a punctuation mark that would end the name.
_PAGE_REACH = 2000
_NAME_GAP = re.compile(r"[ \u00a0]+|-")
_SHORTEST_PAGE_INITIALISM = 3  # two letters are the initials of too many pairs of words


def page_definition(initialism: str, text: str, at: int) -> str | None:
    """The name an initialism the table lacks stands for on this page: the latest run of words before it, its first
    capitalised, whose initials spell it, joining words aside (Азаматтық авиация комитетінің … ААК төрағасы). The
    name's last word loses the case the sentence gave it, keeping its possessive (комитетінің → комитеті). Not where
    the page introduces the initialism in brackets after the name, then or before: the listener learns its letters."""
    if len(initialism) < _SHORTEST_PAGE_INITIALISM or not initialism.isalpha():
        return None
    head = text[max(0, at - _PAGE_REACH) : at]
    if head.endswith("(") or f"({initialism}" in head:
        return None  # introduced in brackets after its name (Мобильді азаматтар базасы (МАБ)): the letters, taught
    words = list(_NAME_WORD.finditer(head))
    letters = initialism.lower()
    for i in range(len(words) - 1, -1, -1):
        first = words[i].group()
        if first[0] != initialism[0] or not first[0].isupper() or first.isupper():
            continue
        last, k, j = None, 0, i
        while j < len(words) and k < len(letters):
            word = words[j]
            if j > i and not _NAME_GAP.fullmatch(head[words[j - 1].end() : word.start()]):
                break
            if j > i and word.group().lower() in _JOINING:
                j += 1
                continue
            if word.group()[0].lower() != letters[k]:
                break
            last, k, j = word, k + 1, j + 1
        if k == len(letters) and last is not None:
            return head[words[i].start() : last.start()] + _without_case(last.group())
    return None


_SHORTEST_STEM = 3
_CASE_NAMES = ("genitive", "dative", "accusative", "locative", "ablative", "instrumental")
_POSSESSIVE_ENDS = frozenset("ыі")


def _without_case(word: str) -> str:
    """A name's last word without the case ending the sentence gave it (комитетінің → комитеті, министрлігінде →
    министрлігі, банктің → банк): the longest ending that is one case in the form its stem takes, after the
    possessive or after a bare stem; a word in no case keeps its possessive (комитеті, not комите + accusative)."""
    for cut in range(max(_SHORTEST_STEM, len(word) - 5), len(word)):
        stem, ending = word[:cut], word[cut:].lower()
        for name in _CASE_NAMES:
            suffix = SUFFIXES[name]
            if stem[-1] in _POSSESSIVE_ENDS and ending == suffix.form_for(stem, True):
                return stem
            if stem[-1] not in VOWELS and ending == suffix.form_for(stem):
                return stem
    return word


def same_words(spoken: str, written: str) -> bool:
    """Two names of the same words, whatever their endings (Біріккен Ұлттар Ұйымы, Біріккен Ұлттар Ұйымының)."""
    stems = [[word[:4] for word in _NAME_WORD.findall(text.lower())] for text in (spoken, written)]
    return stems[0] == stems[1]


_ABSORBED_VOWEL = "а"  # ЦСКА: ка; an э keeps its name after жэ, тэ, дэ (ЖЭО → жэ э о, ДЭФ, ТЧЭ → тэ чэ э)


def spell(word: str) -> str:
    """Letter by letter with the letters' names, one word each: ЖШС → жэ ша эс; a Latin letter by its English name.
    A pair of Cyrillic vowels alone is read together (АИ → аи; АҚИҰ → а қы и ұ), and an а after a consonant whose
    name ends in it is that name's own (ЦСКА → цэ эс ка, as Russians say it); an э keeps its name (ЖЭО → жэ э о)."""
    spoken, before = "", ""
    together = len(word) == 2 and all(ch in VOWELS and ch in LETTER_NAMES for ch in word.lower())
    for ch in word.lower():
        name = LETTER_NAMES[ch] if ch in LETTER_NAMES else latin_letter_name(ch)
        absorbed = ch == _ABSORBED_VOWEL
        if absorbed and before in LETTER_NAMES and before not in VOWELS and spoken.endswith(ch):
            before = ch
            continue
        spoken += name if together or not spoken or not name else " " + name
        before = ch
    return spoken

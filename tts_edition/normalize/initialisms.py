"""Initialisms and words in capitals: an initialism's reading and case, legal forms after a quoted name, a law's owner,
initialisms joined by a conjunction."""

from __future__ import annotations

import re

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import capitals, writtennumbers
from tts_edition.normalize.marks import line_before, line_holding
from tts_edition.normalize.morphology import (
    CASES,
    GENITIVE_SUFFIX,
    KAZAKH_LOWER,
    KAZAKH_UPPER,
    SUFFIX,
    SUFFIXES,
    attach,
    attach_written,
    genitive_restored,
    inflect,
    locative_restored,
    parse_suffixes,
)
from tts_edition.normalize.provenance import Spoken

# A quoted name and the legal forms already written after it, before this word: «ҚазАвтоЖол» ҰК» АҚ, "Есіл" ӘКК" ҰК АҚ;
# the words of the name's kind may stand between, in the nominative ("«Дарын» облыстық КМҚК", "«Сана» зияткер жастар
# ҚҚ"): no case ending, conjunction or postposition, which would end the name's phrase.
_CASE_OR_LINK = (
    r"(?:мен|пен|бен|және|немесе|үшін|арқылы|бойынша|\w*(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|нда|нде|да|де"
    r"|та|те|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|мен|бен|пен|ы|і))"
)
_KIND_WORD = rf"(?!{_CASE_OR_LINK}\s)[{KAZAKH_LOWER}]{{3,}}\s+"
_QUOTED_NAME_BEFORE = re.compile(
    rf"(?:(?P<close>[»”])\s*|\"\s+|(?<=\w)\")(?:{_KIND_WORD}){{0,3}}(?P<forms>(?:[{KAZAKH_UPPER}]{{2,5}}[»”\"]?\s+)*)$"
)
# The marks that open the quoted name a closing one ends: a » or ” standing alone, after a space or at the line's
# start, with none of these before it on its line, closes no name (a page's breadcrumb "» » АҚ ЕГІС ЖҰМЫСТАРЫ
# БАСТАЛДЫ": ақ, not акционерлік қоғам).
_OPENING_QUOTES = ("«", "“", "„", '"')
_LEGAL_FORMS_SPAN = 60
# The nouns that name a body's legal form: an initialism whose expansion ends in one names the kind of a quoted
# name before it, and takes the 3rd-person possessive as the kind does in «Қазақстан темір жолы» ұлттық компаниясы.
_LEGAL_FORM_NOUNS = frozenset(
    (
        "қоғам",
        "серіктестік",
        "кәсіпорын",
        "мекеме",
        "компания",
        "қор",
        "кооператив",
        "бірлестік",
        "холдинг",
        "корпорация",
        "телерадиокорпорация",  # РТРК: «Qazaqstan» РТРК» АҚ → республикалық телерадиокорпорациясы» акционерлік қоғамы
        "ұйым",  # ДББҰ → дербес білім беру ұйымы, ҮЕҰ → үкіметтік емес ұйымы
    )
)


# The nouns that name a body a quoted name may be the name of: its legal forms and an agency (ақпарат агенттігі).
_BODY_NOUNS = _LEGAL_FORM_NOUNS | {"агенттік"}


def names_body(entry: abbr.Entry | None) -> bool:
    """Whether an initialism's expansion ends in a noun naming a body, bare or possessed (АО → акционерлік қоғам,
    АА → ақпарат агенттігі)."""
    if entry is None or entry.kind != "initialism":
        return False
    last = entry.spoken.rpartition(" ")[2]
    return any(last in (noun, possessed(noun)) for noun in _BODY_NOUNS)


def _legal_form(entry: abbr.Entry | None) -> str | None:
    """The legal form an initialism stands for after a quoted name, or None when it names no legal form."""
    spoken = entry and (entry.after_name or (None if entry.possessive else entry.spoken))
    return spoken if spoken and spoken.rpartition(" ")[2] in _LEGAL_FORM_NOUNS else None


# An initialism read as an attribute, its expansion ending in the locative's adjectival -дағы/-тегі (ШЖҚ →
# шаруашылық жүргізу құқығындағы): it qualifies the legal form after it and may stand between that form and the
# quoted name. Nouns ending in -қы/-ғы (ЕТЖ → ең төменгі жалақы) are no attributes.
_ATTRIBUTE_ENDING = re.compile(r"(?:[дт]ағы|[дт]егі)$")


def _qualifies_legal_form(entry: abbr.Entry | None) -> bool:
    """A legal form, or an attribute of the one after it («Қазгидромет» ШЖҚ РМК)."""
    if _legal_form(entry):
        return True
    return bool(
        entry and entry.kind == "initialism" and not entry.possessive and _ATTRIBUTE_ENDING.search(entry.spoken)
    )


def _closes_a_name(text: str, at: int) -> bool:
    """The closing quote at `at` ends a name: typed onto its last word (орталығы» АҚ-ның, where the page's cut took
    the opening mark), or opened before it on its line («Қазгидромет» РМК); not a mark alone after a space."""
    line = line_before(text, at)
    return (bool(line) and not line[-1].isspace()) or any(mark in line for mark in _OPENING_QUOTES)


def _names_kind_of_quoted_name(match: re.Match[str]) -> bool:
    """The initialism follows a name in quotes, directly or after other legal forms and their attributes:
    «ҚазМұнайГаз» ҰК» АҚ, «Қазгидромет» ШЖҚ РМК. A form between is taken in the meaning its sentence calls up:
    «Ромат» ФК ЖШС beside a drug plant is a pharmaceutical company's partnership (фармацевтикалық компаниясы
    жауапкершілігі шектеулі серіктестігі); a football club (ФК → футбол клубы) names no legal form."""
    text = match.string
    before = _QUOTED_NAME_BEFORE.search(text, max(0, match.start() - _LEGAL_FORMS_SPAN), match.start())
    if before is None or (before["close"] and not _closes_a_name(text, before.start("close"))):
        return False
    offset = before.start("forms")
    for form in _FORM.finditer(before["forms"]):
        entry = abbr.table().get(form.group())
        entry = entry and abbr.in_context(entry, text, offset + form.start(), offset + form.end())
        if not _qualifies_legal_form(entry):
            return False
    return True


_FORM = re.compile(rf"[{KAZAKH_UPPER}]+")
# A body's name typed without quotes before its legal form: two or more capitalised words and the possessed noun that
# heads them (Назарбаев Зияткерлік мектептері ДББҰ → мектептері дербес білім беру ұйымы), as the quoted name is.
# Not an ordinal (бірінші) nor a verb's past (құрды) ending in the same vowels.
_TITLED_NAME_BEFORE = re.compile(
    rf"(?<![\w-])[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+(?:[ \t]+[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+)+"
    rf"[ \t]+[{KAZAKH_LOWER}]+(?:ы|і)(?<![дт][ыі])(?<!нш[ыі])[ \t]$"
)
_TITLED_NAME_SPAN = 80


def _names_kind_of_titled_name(match: re.Match[str]) -> bool:
    """The initialism follows a name of capitalised words headed by a possessed noun, no quotes around it."""
    start = max(0, match.start() - _TITLED_NAME_SPAN)
    return bool(_TITLED_NAME_BEFORE.search(match.string, start, match.start()))


# A Soviet party's initialism with its faction's letter in brackets, inside or after its capitals (ВКП(б), БК(б)П,
# РСДРП(м)): the bracketed letter is one more of its letters (большевиктер, меньшевиктер), said by its name in its
# place (БК(б)П → бэ ка бэ пэ), the brackets unsaid; the capitals rejoined are read as any initialism, a case suffix
# after them too (ВКП(б)-ның). Not a lone letter in brackets after a word, a list's label or a sound: (б) қатысады.
FACTION_LETTER = re.compile(
    rf"(?<![\w(])(?P<head>[{KAZAKH_UPPER}]{{2,5}})\((?P<letter>[бмБМ])\)(?P<tail>[{KAZAKH_UPPER}]{{0,3}})(?![\w(])"
)
FACTION_LETTER_MARK = re.compile(r"\([бмБМ]\)")  # a literal first: the scan for it is cheap


def join_faction_letter(match: re.Match[str]) -> str:
    return match["head"] + match["letter"].upper() + match["tail"]


# A compound initialism the table holds with its parts joined by ж (ӨСжАҚЖҚ, ЕҚжЫҰ), written with the parts apart around
# және (« БҚО ТЖД ӨС және АҚЖҚ» ММ): the one body, rejoined so the table's reading is given (өрт сөндіру және
# авариялық-құтқару жұмыстары қызметі), not each part's letters. A head of one letter is left: it may close a list of
# letters (А, Б және ҒМ).
_JOINED_BY_ZH = re.compile(rf"(?P<head>[{KAZAKH_UPPER}]{{2,}})ж(?P<tail>[{KAZAKH_UPPER}]+)")
_PARTS_APART = [m for m in map(_JOINED_BY_ZH.fullmatch, abbr.of_kind("initialism")) if m]
_AND_APART = r"\s+және\s+"
COMPOUND_APART = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(m["head"]) + _AND_APART + re.escape(m["tail"]) for m in _PARTS_APART)
    + r")(?!\w)"
)
COMPOUND_APART_MARK = re.compile(r"және\s+(?:" + "|".join(re.escape(m["tail"]) for m in _PARTS_APART) + ")")


def join_compound(match: re.Match[str]) -> str:
    return re.sub(_AND_APART, "ж", match.group())


# An initialism the table holds opening on a stump of a word (ҚазССР, ҚазҰУ), written with the stump apart (Қаз ССР
# Ғылым академиясы): the one body, rejoined so the table's reading is given (Қазақ Кеңестік Социалистік Республикасы),
# not a word қаз and the letters after it.
_STUMP_THEN_CAPITALS = re.compile(rf"(?P<head>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{2,}})(?P<tail>[{KAZAKH_UPPER}]{{2,}})")
_STUMPS_APART = [m for m in map(_STUMP_THEN_CAPITALS.fullmatch, abbr.of_kind("initialism")) if m]
STUMP_APART = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(m["head"]) + r" " + re.escape(m["tail"]) for m in _STUMPS_APART) + r")(?!\w)"
)
STUMP_APART_MARK = re.compile("|".join(sorted({re.escape(m["head"]) + " " for m in _STUMPS_APART})))


def join_stump(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


# An initialism typed onto the capitalised word it names the kind of (АТФБанк, БТАБанк: АТФ Банк), a word of four
# letters at least: the initialism apart, read as any (а тэ эф банк), then the word. Not an initialism whose last
# capital opens a suffix typed onto it (АҚШтан: the rest a case ending, which `GLUED_SUFFIX` reads), nor a suffix
# typed with a capital (ҚРДағы), nor one the table holds with that capital, nor a camel-case name opening on a word
# (ҚазМұнайГаз).
CAPITALS_ONTO_WORD = re.compile(
    rf"(?<![\w-])(?P<caps>[{KAZAKH_UPPER}]{{2,4}})(?P<word>[{KAZAKH_UPPER}][{KAZAKH_LOWER}]{{3,}})(?![\w-])"
)
CAPITALS_ONTO_WORD_MARK = re.compile(rf"[{KAZAKH_UPPER}]{{3}}[{KAZAKH_LOWER}]")  # what every match holds
# A word of the dictionary in capitals with lower-case letters run on (КИНОиндустриясы, ҚАЗАҚстан) is a compound
# whose first word the writer set in capitals for emphasis, not an initialism typed onto a word: it is read as one
# word. The capitals and the next letter must make the word (БАҚЖаңалықтары keeps БАҚ apart), of four letters or more.
_SHORTEST_EMPHASISED_HEAD = 4


def initialism_apart(match: re.Match[str]) -> str:
    caps, word = match["caps"], match["word"]
    if parse_suffixes(word[1:]) is not None or parse_suffixes(word) is not None or (caps + word[0]) in abbr.table():
        return match.group()
    if len(caps) >= _SHORTEST_EMPHASISED_HEAD - 1 and capitals.known_word(caps + word[0]):
        return (caps + word).lower()  # КИНОиндустриясы: a compound's first word in capitals for emphasis, one word
    return f"{caps} {word}"


# A game protocol's goal line: the score, the game clock, the scorer (the passers in brackets), then the goal's kind
# in capitals (1:0 - 02:46 - Валеев (Зайцев, Стулов) ГБ; 3:4 - 65:00 – Санников ПБ): a code of the sport, spelled,
# never the table's body (ПБ is no police department there). Read before the score and the clock are said.
GOAL_KIND = re.compile(rf"(?<=[\s)])(?P<word>[{KAZAKH_UPPER}]{{2,3}})(?=[ \t.]*(?:\n|$))")
# What every match holds (`Rule.needs`): capitals closing a line; and what a goal line holds (`Rule.when`), the
# protocol's game clock before a dash.
GOAL_KIND_MARK = re.compile(rf"[{KAZAKH_UPPER}]{{2}}[ \t.]*(?:\n|$)")
GOAL_CLOCK_MARK = re.compile(r":\d\d\s?[-–—]")  # a literal first: the scan for it is cheap
_GOAL_LINE = re.compile(r"[ \t]*\d{1,2}:\d{1,2}\s?[-–—]\s?\d{1,3}:\d{2}\s?[-–—]\s?\S")


# The way a game was decided, in a capital or two after its score and before the periods' scores in brackets
# («Сарыарқа» - «Арлан» 3:4 Б (1:1, …): буллиттер; 2:3 ОТ (…): овертайм): the protocol's code, spelled.
DECIDED_SCORE = re.compile(
    rf"(?:(?<=\d:\d[ \u00a0])|(?<=\d:\d\d[ \u00a0]))(?P<word>[{KAZAKH_UPPER}]{{1,2}})(?=[ \u00a0]?\(\d)"
)
DECIDED_SCORE_MARK = re.compile(r":\d\d?[ \u00a0]\w\w?[ \u00a0]?\(")  # what every match holds (`Rule.needs`)


def speak_decided_score(match: re.Match[str]) -> str:
    """A protocol's code in capitals (Б, ОТ, ПБ), spelled."""
    return Spoken(abbr.spell(match["word"]), "initialism")


def speak_goal_kind(match: re.Match[str]) -> str:
    """ПБ closing a goal line → пэ бэ; the same capitals closing any other line are left to the initialism rule."""
    line = match.string[: match.start()].rsplit("\n", 1)[-1]
    if _GOAL_LINE.match(line) is None:
        return match.group()
    return speak_decided_score(match)


# An initialism of the table whose last letter the writer put in its possessive ending, after the hyphen («Құмқұдық
# нан» ЖШ-сы: the partnership's С with the ы of серіктестігі): the letters before the hyphen are no initialism of the
# table, they and the ending's first letter are one, and what follows that letter is the possessive -ы/-і, alone or
# with a case after it (ЖШ-сының). A case ending alone (ТМ-ға, ПМ-нің) leaves the letters as they are.
_POSSESSIVE_AFTER_LETTER = re.compile(r"[ыі](?:н(?:ың|ің|а|е|да|де|ан|ен)?|мен)?")


def _last_letter_in_ending(word: str, written: str | None) -> tuple[str, str] | None:
    """ЖШ, сы → (ЖШС, ы): the initialism of the table the letters make with the ending's first letter, and the
    ending that is left; None where the letters are an initialism already or make none."""
    if not written or len(written) < 2 or word in abbr.table() or not _POSSESSIVE_AFTER_LETTER.fullmatch(written[1:]):
        return None
    whole = word + written[0].upper()
    entry = abbr.table().get(whole)
    return (whole, written[1:]) if entry and entry.kind == "initialism" else None


_TITLED_CONSONANTS = re.compile(capitals.TITLED_CONSONANTS)
_JOINED_BY_AND = re.compile(capitals.JOINED_BY_AND)
_SMALL_INSIDE = re.compile(capitals.SMALL_INSIDE)

# A cry in capitals, one vowel typed three times or more (Сендер мені шақырмай тойлап жатырсыңдар ма ? ААА): the
# vowel drawn out, said as the word it spells, not as letters' names (а а а); not О, whose three are the Russian
# company's ООО. Alone on its line it labels a figure (ААА under a test's drawing: а а а).
_DRAWN_OUT_CRY = re.compile(r"([АӘЕЭЫІИУҰҮ])\1{2,}")


# An initialism of the table hyphened onto a coined name in capitals, one the dictionary knows no word for and the
# table no initialism (Гам-КОВИД-ВАК, the registered name of the Sputnik V vaccine; КОВИД-ВАК), is the name's last
# syllable, said as written (гам ковид вак), not the body the table knows (ведомствоаралық комиссия). After a word
# (ҚАЗАҚСТАН-ВАК in a heading in capitals) or another initialism of the table (ҚР-ДСМ) it stays the table's.
_CAPITALS_PART_BEFORE = re.compile(
    rf"(?<![\w-])(?:[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+-)?(?P<part>[{KAZAKH_UPPER}]{{3,}})-$"
)
_NAME_PART_REACH = 30


def _ends_coined_name(match: re.Match[str]) -> bool:
    """The initialism closes a hyphened name whose part before it is coined capitals (Гам-КОВИД-ВАК)."""
    before = _CAPITALS_PART_BEFORE.search(match.string, max(0, match.start() - _NAME_PART_REACH), match.start())
    if before is None or before["part"] in abbr.table():
        return False
    return capitals.known_stem(before["part"]) is False


def _alone_on_its_line(match: re.Match[str]) -> bool:
    return line_holding(match.string, match.start(), match.end()).strip() == match.group().strip()


_LONGEST_HYPHENED_INITIALISM = 4


def _known_word_hyphened(word: str, gap: str | None, written: str | None) -> bool:
    """Capitals of an initialism's length that spell a word the dictionary knows, a case ending typed small after
    them past a hyphen, which Kazakh writes after an initialism and never after a word: ОҚУ-дың is a university's
    initialism, spelled (о қы удың), not the word оқу. Capitals judged a word by their letters (ТҮРКСОЙ-дағы) stay
    a word, and so do longer ones, a word in capitals a rule parted from its ending (ҚАЗАҚСТАННың)."""
    return (
        gap == "-"
        and bool(written)
        and written.islower()
        and len(word) <= _LONGEST_HYPHENED_INITIALISM
        and bool(capitals.known_stem(word))
    )


def _opens_with_plural(suffix: str | None) -> bool:
    """The suffix opens with the plural (-лері, -тарының), which carries its own possessive after it."""
    names = parse_suffixes(suffix) if suffix else None
    return bool(names) and names[0] == "plural"


def speak_capitals(match: re.Match[str]) -> str:
    """An initialism from the table, a word in capitals, an unknown initialism read as a word where it can be
    (ЦОН), or one spelled with the letters' names."""
    word, gap, written = match["word"], match["gap"], match["suf"]
    if moved := _last_letter_in_ending(word, written):
        word, written = moved  # ЖШ-сы → ЖШС-ы
    suffix = genitive_restored(locative_restored(written))  # no word of time: КБК-гі → кешеніндегі; ЖШС-ң → -ның
    if _TITLED_CONSONANTS.fullmatch(word):  # Тжб: an initialism of the table typed in title case, or left alone
        titled = abbr.table().get(word.upper())
        if not titled or titled.kind != "initialism":
            return match.group()
        word = word.upper()
    if word not in abbr.table() and _SMALL_INSIDE.fullmatch(word):  # КеаҚ: the table's КЕАҚ, its inner letters small
        capitalised = abbr.table().get(word.upper())
        if not capitalised or capitalised.kind != "initialism":
            return match.group()
        word = word.upper()
    entry = abbr.table().get(word)
    if entry and entry.law_only and not _stands_as_law(match):
        entry = None  # «СК Агро 2050»: a name's letters, not the Tax Code
    entry = entry and _meant(entry, match)
    if entry and entry.kind == "initialism" and not written and _ends_coined_name(match):
        return Spoken(said_as_letters(word), "initialism", True)
    legal_form = _legal_form(entry) if entry and entry.kind == "initialism" else None
    if legal_form and (_names_kind_of_quoted_name(match) or _names_kind_of_titled_name(match)):
        if not suffix and _POST_AFTER.match(match.string, match.end()):
            return attach(possessed(legal_form), "ның", possessive=True)  # «Арал Рыбторг» ЖШС директоры
        if _opens_with_plural(suffix):  # «Марк» ЖШС-лері: the plural's own possessive, on the bare noun
            return attach_written(legal_form, gap, suffix)
        return attach_written(possessed(legal_form), gap, suffix, possessive=True)
    if entry and entry.word and not written and capitals.in_heading(match.string, match.start(), match.end()):
        return Spoken(word.lower(), "capitals")  # ҒАСЫР ЖАСАҒАН АНАНЫҢ АҚ БАТАСЫН АЛДЫ: ақ, not акционерлік қоғам
    if entry and entry.kind == "initialism" and not suffix and _letters_named(entry, match):
        return Spoken(said_as_letters(word), "initialism")
    if entry and entry.kind == "initialism":
        if _defined_on_page(entry, match):  # Каспий Құбыр Консорциумы (КҚК): its letters, not the name twice
            return Spoken(attach_written(said_as_letters(word), gap, suffix), "initialism")
        if not suffix and names_law(entry) and _LAW_PART_AFTER.match(match.string, match.end()):
            return _owner_of_law_part(entry, match)
        if not entry.possessive and entry.plural and not suffix and _BODY_AFTER.match(match.string, match.end()):
            return entry.plural  # ТЖ министрлігі → Төтенше жағдайлар министрлігі
        if not entry.possessive and not suffix and _owns_noun_after_possessor(match):
            return attach(possessed(entry.spoken), "ның", possessive=True)  # ҚР ЕДБ несие портфелі → банктерінің
        if not entry.possessive and (_after_named_possessor(match) or _after_genitive(match, suffix)):
            return attach_written(possessed(entry.spoken), gap, suffix, possessive=True)
        if not suffix and _repeats_last_word(entry.spoken, match.string, match.end()):
            return Spoken(attach_written(abbr.spell(word), gap, suffix), "initialism")  # ТОБЖ желісі: not желісі twice
        if entry.possessive and not suffix and _is_object_of_verb_after(entry, match):
            return attach(entry.spoken, "ды", possessive=True)  # ЖҚЕ бұзғаны → ережелерін бұзғаны
        if entry.possessive and not suffix and _owns_after(entry, match):
            return attach(entry.spoken, "ның", possessive=True)  # КСРО халық әртісі → Одағының халық әртісі
        if entry.possessive and not suffix and _MEMBER_AFTER.match(match.string, match.end()):
            if entry.plural and _MEMBERS_AFTER.match(match.string, match.end()):
                return entry.plural  # ЖОО оқытушыларының → жоғары оқу орындары оқытушыларының
            return attach(entry.spoken, "ның", possessive=True)  # ЕҰУ доценті → университетінің доценті
        return attach_written(entry.spoken, gap, suffix, entry.possessive, _plural(entry, suffix))
    if entry and entry.kind != "unit":  # a unit away from a number (ГБ, МП) is an initialism like any other
        return match.group()
    if _JOINED_BY_AND.fullmatch(word):  # АЭжБИ: each capital a word's, the ж the conjunction's, all by their names
        return Spoken(attach_written(abbr.spell(word.upper()), gap, suffix), "initialism", True)
    if not word.isupper():
        return Spoken(attach_written(capitals.read_camel(word), gap, suffix), "initialism", True)
    if not written and _DRAWN_OUT_CRY.fullmatch(word) and not _alone_on_its_line(match):
        return Spoken(word.lower(), "capitals", True)  # ААА: a cry, one vowel drawn out, not three letters' names
    # A word the dictionary knows is sure; one judged by its letters is a guess.
    if capitals.is_word(word) and not _known_word_hyphened(word, gap, written):
        return Spoken(attach_written(word.lower(), gap, written), "capitals", not capitals.known_stem(word))
    if (defined := abbr.page_definition(word, match.string, match.start())) is not None:
        return Spoken(attach_written(defined, gap, suffix, possessive=defined[-1] in "ыі"), "initialism", True)
    if not written and abbr.pronounceable(word) and _CAPITALS_SURNAME_AFTER.match(match.string, match.end()):
        return Spoken(word.lower(), "capitals", True)  # ӘЛИ ЕСМӘМБЕТОВТІҢ: a given name, not ә эл и
    return Spoken(attach_written(said_as_letters(word), gap, suffix), "initialism", True)  # not in the table


# A surname in capitals, maybe in a case (ЕСМӘМБЕТОВТІҢ, БАЕКЕЕВ, ТАҒАНҰЛЫ): the short capitals before it that the
# letters let be said are a given name, which the dictionary may not know (ӘЛИ), not an initialism.
_CAPITALS_CASE_ENDING = "|".join(
    "НЫҢ НІҢ ДЫҢ ДІҢ ТЫҢ ТІҢ ҒА ГЕ ҚА КЕ ДА ДЕ ТА ТЕ НЫ НІ ДЫ ДІ ТЫ ТІ ДАН ДЕН ТАН ТЕН НАН НЕН МЕН БЕН ПЕН".split()
)
_CAPITALS_SURNAME_AFTER = re.compile(
    rf"[ \t]+[{KAZAKH_UPPER}]{{2,}}(?:(?:ОВ|ЕВ|ИН)А?|ҰЛЫ|ҚЫЗЫ)(?:{_CAPITALS_CASE_ENDING})?(?![\w-])"
)


def said_as_letters(word: str) -> str:
    """An initialism said by its letters, or as a word where they make one (ЦОН)."""
    return word.lower() if abbr.read_as_word(word) else abbr.spell(word)


_CLOSING_QUOTES = ("»", "”", '"')


def _letters_named(entry: abbr.Entry, match: re.Match[str]) -> bool:
    """The page names the initialism's letters, not the table's meaning: it defines them after a dash (ТЖ - Толық
    жауап…), or quotes them as a title, a paper's or a show's, where the table's meaning is a thing, no name
    («АТ» тілшісіне: not ақпараттық технологиялар; «ҚТЖ» is the company the table names)."""
    text, start, end = match.string, match.start(), match.end()
    if abbr.dash_definition(match["word"], text, start, end) or _defined_hereafter(text, start, end):
        return True
    quoted = text[start - 1 : start] in _OPENING_QUOTES and text.startswith(_CLOSING_QUOTES, end)
    if not quoted or entry.spoken[:1].isupper() or names_body(entry):
        return False
    return not _FORM_AFTER_QUOTE.match(text, end + 1)  # «ӨСжАҚЖҚ» ММ: a body's name, its legal form after it


_FORM_AFTER_QUOTE = re.compile(rf"\s*[{KAZAKH_UPPER}]{{2,}}(?![{KAZAKH_LOWER}])")
# A document's brackets giving the short name it goes on to use, the initialism last in them (бұдан әрі – ЖОО; бұдан
# әрі ЕДБ/ҚДБ/ЛК): the page defines its letters, which the expansion just before them would only say twice.
_HEREAFTER_BEFORE = re.compile(r"бұдан\s+әрі\s*[-–—]?\s*(?:[^\s()/]+/)*$")
_HEREAFTER_CLOSES = re.compile(r"(?:/[^\s()/]+)*\)")
_HEREAFTER_REACH = 40


def _defined_hereafter(text: str, start: int, end: int) -> bool:
    return bool(
        _HEREAFTER_CLOSES.match(text, end) and _HEREAFTER_BEFORE.search(text, max(0, start - _HEREAFTER_REACH), start)
    )


# An initialism typed in lower case (смс, смс-хабарлама, 18 хқбс): a word with no vowel letter is no Kazakh word, so
# one the table holds no unit or scale for (мкм, млн) is spelled with its letters' names, as in capitals; one the
# table holds in capitals is expanded as it is (ққс → қосылған құн салығы). Two letters
# are more often a word cut short (гр, кв, шт) or a unit (км, тг) than an initialism, and are left.
_VOWELLESS = "бвгғджзкқлмнңпрстфхһцчшщ"
_LOWER_TAIL = rf"(?:(?P<gap>-)(?P<suf>{SUFFIX}))?(?![\w@/]|\.\w)"
LOWER_INITIALISM = re.compile(rf"(?<![\w.@/-])(?P<word>[{_VOWELLESS}]{{3,5}}){_LOWER_TAIL}")
LOWER_INITIALISM_NEEDS = re.compile(f"[{_VOWELLESS}]{{3}}")  # what every match holds (`Rule.needs`)
# One with a vowel letter is an initialism typed small where no word could be it: a Kazakh letter (қ, ғ, ң, һ, ә, ө,
# ұ, ү, і) says it is no Russian word, and consonants no Kazakh syllable holds side by side (two opening it, or a
# pair closing it that no Kazakh word closes on) say it is no Kazakh one either: a lecture's (қехс 38), ( хқес 16)
# are ҚЕХС and ХҚЕС, spelled as in capitals (қы е ха эс). A word the dictionary knows, or one the letters let be
# said, is left; so is one that ends the text, a word the page was cut in (шаруашы, қысқ), one clipped with a stop
# (75 890 теңг.), and one after a piece ending on a letter no Kazakh word ends on, the tail of a word a lost letter
# width parted (Соңы ү нді).
CLUSTERED_LOWER_INITIALISM = re.compile(
    rf"(?<![\w.@/-])(?P<word>(?=[{KAZAKH_LOWER}]{{3,5}}(?![\w-]|\.\w))"
    rf"(?:[{_VOWELLESS}]{{2}}[{KAZAKH_LOWER}]{{1,3}}|[{KAZAKH_LOWER}]{{1,3}}[{_VOWELLESS}]{{2}}))"
    rf"{_LOWER_TAIL}"
)
_KAZAKH_ONLY = frozenset("қғңһәөұүі")
_AFTER_SPLIT_PIECE = re.compile("[ғөұүҒӨҰҮқҚ] $")


def speak_clustered_lower_initialism(match: re.Match[str]) -> str:
    """қехс → қы е ха эс; төрт, спорт, джині, қысқ at the text's end are left."""
    word = match["word"]
    upper = word.upper()
    if (
        not _KAZAKH_ONLY.intersection(word)
        or not match.string[match.end() :].strip()
        or match.string.startswith(".", match.end())  # теңг., таңд.: a word clipped with its stop, no initialism
        or _AFTER_SPLIT_PIECE.search(match.string, max(0, match.start() - 2), match.start())
        or abbr.pronounceable(upper.replace("ДЖ", "Ж"))  # дж is one sound: a loan's джині (4G-ді) is said
        or capitals.known_stem(upper)
        or word in abbr.table()
    ):
        return match.group()
    return speak_lower_initialism(match)


# Two such letters are an initialism too where a hyphen joins them onto a name (Тұран-тв, Хабар-тв: a channel's ТВ
# typed small): a name takes no unit nor cut word after a hyphen, and they are spelled as the capitals are
# (Тұран-ТВ → тұран-тэ вэ).
NAME_TAIL_INITIALISM = re.compile(rf"(?<=[{KAZAKH_LOWER}]-)(?P<word>[{_VOWELLESS}]{{2,5}}){_LOWER_TAIL}")
_NAME_BEFORE = re.compile(rf"(?<![\w-])[{KAZAKH_UPPER}][{KAZAKH_LOWER}]+-$")
_NAME_REACH = 40


# One with a vowel is an initialism typed small where a case ending is hyphened onto it, as Kazakh hyphens one only
# onto an initialism, a number or a foreign word (эем-да: ЭЕМ, spelled э е эмде): letters the dictionary knows no word
# for and that cannot be said as one, the ending a case's. A word it knows (ала-да), one the letters let be said
# (езен-дер, a broken word's), and two letters (эм-у: a letter's name an earlier rule wrote) are left.
HYPHENED_LOWER_INITIALISM = re.compile(
    rf"(?<![\w.@/-])(?P<word>[{KAZAKH_LOWER}]{{3,5}})(?P<gap>-)(?P<suf>{SUFFIX})(?![\w@/-]|\.\w)"
)

_CASE_FORMS = sorted({form for case in CASES for form in SUFFIXES[case].written_forms()}, key=len, reverse=True)
# What every match holds (`Rule.needs`): a case ending hyphened onto three small letters, from the hyphen.
HYPHENED_CASE_MARK = re.compile(rf"-(?<=[{KAZAKH_LOWER}]{{3}}-)(?:{'|'.join(_CASE_FORMS)})")


def speak_hyphened_lower_initialism(match: re.Match[str]) -> str:
    """эем-да → э е эмде; ала-да, езен-дер are left."""
    upper = match["word"].upper()
    suffixes = parse_suffixes(match["suf"])
    if (
        not suffixes
        or suffixes[0] not in CASES
        or abbr.pronounceable(upper)
        or capitals.known_stem(upper) is not False
        or match["word"] in abbr.table()
    ):
        return match.group()
    return speak_lower_initialism(match)


def _plural(entry: abbr.Entry, suffix: str | None) -> str | None:
    """The plural a written plural suffix continues: the table's, or one made from a possessive expansion
    (АЭС-тері → атом электр станциялары), looked up only where a suffix is written."""
    if entry.plural or not (suffix and entry.possessive):
        return entry.plural
    return abbr.possessive_plural(entry.spoken)


def speak_lower_initialism(match: re.Match[str]) -> str:
    """A vowelless lower-case initialism spelled (смс → эс эм эс); a unit, a scale word or a dotted one is kept."""
    word = match["word"]
    if word in abbr.table() or word in writtennumbers.SCALES:
        return match.group()
    entry = abbr.table().get(word.upper())
    if entry and entry.kind == "initialism":
        spoken = attach_written(
            entry.spoken, match["gap"], match["suf"], entry.possessive, _plural(entry, match["suf"])
        )
        return Spoken(spoken, "initialism")
    spoken = abbr.spell(word.upper())
    return Spoken(attach_written(spoken, match["gap"], match["suf"]), "initialism", True)


def speak_name_tail_initialism(match: re.Match[str]) -> str:
    """Vowelless letters hyphened onto a name spelled (Тұран-тв → Тұран-тэ вэ); after any other word they are kept."""
    before = match.string[max(0, match.start() - _NAME_REACH) : match.start()]
    return speak_lower_initialism(match) if _NAME_BEFORE.search(before) else match.group()


# Verbs whose object is a rule or a norm (бұзу, сақтау, орындау) or a sum paid (есептеу, аудару, төлеу): an
# initialism of one written bare just before them (ЖҚЕ бұзғаны үшін, ЖМЗЖ есептеу) is their definite object, and is
# read in the accusative, as before their agent nouns (ережелерін бұзушылар, бұзушылық); their passives and
# reflexives (бұзылды, есептелді, төленеді) take none, and nor do the nouns a stem makes with -м (төлем жүйелері, a
# payment's system: ҚҰБ төлем жүйелерінің → Қазақстан Ұлттық банкі төлем жүйелерінің), while the negative's -ма/-ме
# (төлемеген) is still the verb's.
_OBJECT_VERB_STEMS = ("бұз", "сақта", "орында", "есепте", "аудар", "төле")
_OBJECT_VERB_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_OBJECT_VERB_STEMS)})(?!ыл|іл|л|н|м(?![ае]))[{KAZAKH_LOWER}]*(?![\w-])"
)

# An identifier's initialism (ЖСН, БСН, ЖТН: its expansion ends in нөмірі) written bare before a verb that enters,
# types, writes, shows or knows it (енгізіңіз, теріп, жазыңыз, көрсету, білуіңіз) is that verb's object, read in the
# accusative as instructions say it (ЖСН көрсетіңіз → жеке сәйкестендіру нөмірін көрсетіңіз); the verbs' passives
# (көрсетілген) and other words that begin like them (көрсеткіш, тергеу) are left, and so is any other initialism,
# which may be their subject.
_IDENTIFIER_LAST_WORD = "нөмірі"
_ENTRY_VERB_AFTER = re.compile(
    r"\s+(?:(?:енгіз|көрсет|тер|біл)(?:у(?:іңіз)?|іңіз(?:дер)?|іңдер|іп|[гк]ен|се(?:ңіз)?|сін|[дт]і)"
    r"|жаз(?:у(?:ыңыз)?|ыңыз(?:дар)?|ыңдар|ып|ған|са(?:ңыз)?|сын|ды))(?![\w-])"
)


def _is_object_of_verb_after(entry: abbr.Entry, match: re.Match[str]) -> bool:
    """The possessive expansion is the definite object of the verb just after it: a rule or sum before a verb that
    keeps or pays it (ЖҚЕ бұзғаны), an identifier before a verb that enters or shows it (ЖСН енгізіп)."""
    if _OBJECT_VERB_AFTER.match(match.string, match.end()):
        return True
    return entry.spoken.endswith(_IDENTIFIER_LAST_WORD) and bool(_ENTRY_VERB_AFTER.match(match.string, match.end()))


# A post a body's staff hold, in the 3rd-person possessive (доценті, профессорының, ғалымдары): a body's possessive
# expansion just before one is its owner and said in the genitive (ЕҰУ доценті → Еуразия ұлттық университетінің
# доценті), where before a thing it owns, or its students and graduates, the nominative is said too (ТМД елдері, ДСҰ
# келісімдері, ЖОО студенттері).
_MEMBER_STEMS = (
    "доцент",
    "профессор",
    "оқытушы",
    "ректор",
    "проректор",
    "декан",
    "ғалым",
    "зерттеуші",
    "меңгеруші",
    "академик",
    "академиг",  # академигі: the к voiced before the vowel
    "ұйымдастырушы",
)
_MEMBER_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_MEMBER_STEMS)})(?:тар|тер|дар|дер|лар|лер)?(?:ы|і|сы|сі)[{KAZAKH_LOWER}]*(?![\w-])"
)
# An honour a state gives (халық әртісі, еңбек сіңірген қайраткері, Еңбек Ері, Батыры, чемпионы, Мемлекеттік
# сыйлығы): the state's possessive expansion just before it is its owner, said in the genitive (КСРО халық әртісі →
# Одағының халық әртісі).
_HONOUR_AFTER = re.compile(
    rf"\s+(?:(?:[Хх]алық|[Ее]ңбек\s+сіңірген(?:\s+[{KAZAKH_LOWER}]+)?)\s+[{KAZAKH_LOWER}]+(?:ы|і)|[Ее]ңбек\s+[Ее]рі"
    rf"|[Бб]атыры|[Чч]емпионы"
    rf"|[Мм]емлекеттік\s+сыйлығы(?:ның)?)(?![\w-])"
)
# A state's law whose title is quoted after it (ҚР «Ақпараттандыру туралы» Заңы): the state owns it, in the genitive,
# as the law's official title has it (Қазақстан Республикасының «…» Заңы); before a law's bare name (ҚР Қылмыстық
# кодексі, ҚР Заңы) the nominative stays.
_LAW_AFTER = re.compile(
    rf"\s+[«\"“][^»\"”\n]{{1,120}}[»\"”]\s+(?:[Зз]аң|[Кк]онституциялық\s+заң|[Кк]одекс)[{KAZAKH_LOWER}]*(?![\w-])"
)
# A named body's post (директоры, мүшелері, басшысы, төрағасы) after its legal form: the body owns it and is said in
# the genitive («Арал Рыбторг» ЖШС директоры → серіктестігінің директоры, «Нұр Отан» ХДП мүшелері → партиясының), as
# the academic posts above make a body's expansion say it. Only a post that ends in its possessive: one in a further
# case heads a chain whose first link drops the genitive (департаменті өкілдерінің мәліметінше).
_POST_STEMS = (
    *_MEMBER_STEMS,
    *("директор", "басшы", "төраға", "өкіл", "мүше", "бастық", "орынбасар", "хатшы", "жетекші"),
    *("қызметкер", "құрылтайшы", "акционер"),
)
_POST_AFTER = re.compile(rf"\s+(?:{'|'.join(_POST_STEMS)})(?:тар|тер|дар|дер|лар|лер)?(?:ы|і|сы|сі)(?![\w-])")
# The staff of a kind of body, not of one named body: an initialism the table gives a plural for (ЖОО, a higher
# school, pl=жоғары оқу орындары) before a post in the plural (ЖОО оқытушыларының жалақысы) means the staff of
# such bodies at large, said as the page says it in full (жоғары оқу орындары оқытушыларының), not one school's in
# the singular genitive (орнының оқытушыларының); a post in the singular (ЖОО оқытушысы) is one school's member.
_MEMBERS_AFTER = re.compile(
    rf"\s+(?:{'|'.join(_MEMBER_STEMS)})(?:тар|тер|дар|дер|лар|лер)(?:ы|і)[{KAZAKH_LOWER}]*(?![\w-])"
)
# A body named for its field (министрлігі, департаменті, комитеті, басқармасы): the field is said in the plural
# there, as the table's plural gives it (ТЖ министрлігі → Төтенше жағдайлар министрлігі; ТЖ кезінде stays one),
# the body's noun capitalised too, as a body's name is often written (облыстық ТЖ Департаментінің); a body named for
# what it deals with has жөніндегі between (ІІМ ТЖ жөніндегі Комитеті → Төтенше жағдайлар жөніндегі Комитеті), where
# the field alone is no owner of the body (not төтенше жағдайының).
_BODY_AFTER = re.compile(
    rf"\s+(?:[Жж]өніндегі\s+)?(?:вице-)?(?:[Мм]инистрлі|[Мм]инистр|[Дд]епартамент|[Кк]омитет|[Бб]асқарма|[Бб]өлім|[Ққ]ызмет)"
    rf"[{KAZAKH_LOWER}]*(?![\w-])"
)

# A numbered part of a law in the possessive after the law's initialism (ҚК 340-бабы, ӘҚБтК 434-бабының 1-бөлігі,
# 5-тармағында): the law owns it and is said in the genitive; a bare бап (ҚРЗ 1-бап) owns nothing.
# The number is still in digits or already the ordinal an earlier rule made of it (үш жүз қырқыншы бабы).
_LAW_PART_AFTER = re.compile(
    rf"\s+(?:\d+(?:\.\d+)*\s?[-–]\s?|(?:[{KAZAKH_LOWER}]+\s+){{0,5}}?[{KAZAKH_LOWER}]*н(?:шы|ші)\s+)"
    rf"(?:баб|тармағ|тармақшас|бөліг)[{KAZAKH_LOWER}]*(?![\w-])"
)


_LAW_NOUNS = ("кодекс", "заң", "конституция")


def _owns_after(entry: abbr.Entry, match: re.Match[str]) -> bool:
    """The state the initialism names owns the honour or the law after it (`_HONOUR_AFTER`, `_LAW_AFTER`)."""
    after = match.end()
    return bool(
        _HONOUR_AFTER.match(match.string, after) or (_is_state(entry) and _LAW_AFTER.match(match.string, after))
    )


def _is_state(entry: abbr.Entry) -> bool:
    return entry.spoken.rpartition(" ")[2].lower().startswith(("республикасы", "одағы", "штаттары", "федерациясы"))


def names_law(entry: abbr.Entry) -> bool:
    """The initialism's expansion ends in the noun of a law (Қылмыстық кодекс, Қазақстан Республикасының Заңы)."""
    return entry.spoken.rpartition(" ")[2].lower().startswith(_LAW_NOUNS)


def _meant(entry: abbr.Entry, match: re.Match[str]) -> abbr.Entry:
    """The meaning the initialism's sentence calls up (ҚР ҚК Бас штабы → Қарулы Күштері), but a law's before a
    numbered part of it stays the law, whatever its sentence tells of (ҚР ҚК-нің 373-бабы, әскери қызметтен жалтару)."""
    if names_law(entry) and _LAW_PART_AFTER.match(match.string, match.end()):
        return entry
    return abbr.in_context(entry, match.string, match.start(), match.end())


def _stands_as_law(match: re.Match[str]) -> bool:
    """A law's initialism stands as the law before a numbered part of it (СК 565-бабының) or after the initialism
    of the state that owns it (ҚР СК, ҚР СК-ге сәйкес)."""
    return bool(_LAW_PART_AFTER.match(match.string, match.end())) or _after_named_possessor(match)


def _owner_of_law_part(entry: abbr.Entry, match: re.Match[str]) -> str:
    """A law's initialism before a numbered part it owns, in the genitive: ҚК 340-бабы → Қылмыстық кодекстің, ҚР ҚК
    340-бабы → Қазақстан Республикасы Қылмыстық кодексінің."""
    if entry.possessive:
        return attach(entry.spoken, "ның", possessive=True)
    if _after_named_possessor(match):
        return attach(possessed(entry.spoken), "ның", possessive=True)
    return attach(entry.spoken, "ның")


# An initialism just before another, a space between them (ҚР ҚК, ТМД ЖІӨ).
_INITIALISM_BEFORE = re.compile(rf"(?<![\w-])(?P<word>[{KAZAKH_UPPER}A-Z]{{2,}}) $")


def _after_named_possessor(match: re.Match[str]) -> bool:
    """The initialism follows the initialism of a name that owns it (ҚР ҚК, ҚР ҚПК, ТМД ЖІӨ): a name in the
    nominative before a noun makes that noun take the 3rd-person possessive, as Қазақстан Республикасы Қылмыстық
    кодексі does."""
    before = _INITIALISM_BEFORE.search(match.string, max(0, match.start() - 16), match.start())
    owner = abbr.table().get(before["word"]) if before else None
    return bool(owner and owner.kind == "initialism" and owner.possessive and owner.spoken[:1].isupper())


_OWNER_GENITIVE = re.compile(rf"(?<![\w-])[{KAZAKH_UPPER}]?[{KAZAKH_LOWER}]+{GENITIVE_SUFFIX} $")
# A possessed noun after the initialism is what the genitive owns (елдерінің ЖІӨ өсімі): the initialism stays bare.
# Not a verb's past (өсті, құрады) nor an ordinal (бірінші), which end in the same vowels.
_POSSESSED_AFTER = re.compile(rf"\s+[{KAZAKH_LOWER}]+(?:ы|і)(?<![дт][ыі])(?<!нш[ыі])(?![\w-])")


def _after_genitive(match: re.Match[str], suffix: str) -> bool:
    """A bare initialism after a noun in the genitive is owned by it (Лозовое ауылының ЖОББМ → ауылының жалпы орта
    білім беретін мектебі): the expansion takes the 3rd-person possessive."""
    if suffix or _POSSESSED_AFTER.match(match.string, match.end()):
        return False
    return bool(_OWNER_GENITIVE.search(match.string, max(0, match.start() - 32), match.start()))


# The case endings a word between an initialism and the noun it owns may not end in: the words between are the
# noun's attributes in the nominative (ипотекалық несиелер портфелі), never a word in a case of its own.
_CASE_ENDINGS = "ның нің дың дің тың тің ға ге қа ке да де та те на не мен бен пен".split()
_NOMINATIVE_WORD = rf"[{KAZAKH_LOWER}]+{''.join(f'(?<!{ending})' for ending in _CASE_ENDINGS)}(?<![ыі])"
# A possessed noun, up to three attributes after the initialism: not a verb's past (өсті) nor an ordinal (бірінші).
_OWNED_NOUN_AFTER = re.compile(
    rf"(?:\s+{_NOMINATIVE_WORD}){{0,3}}\s+[{KAZAKH_LOWER}]+(?:ы|і)(?<![дт][ыі])(?<!нш[ыі])(?![\w-])"
)


def _owns_noun_after_possessor(match: re.Match[str]) -> bool:
    """The initialism, owned by the name before it (ҚР ЕДБ), owns in turn the possessed noun after it (ипотекалық
    несиелер портфелі): the middle link of the chain is said in the genitive, as Қазақстан Республикасы екінші
    деңгейдегі банктерінің несие портфелі says it, not with two possessives side by side (банктері портфелі)."""
    return _after_named_possessor(match) and bool(_OWNED_NOUN_AFTER.match(match.string, match.end()))


# The fewest letters of a word that still tell it from another (желі, not жел-).
_REPEAT_STEM = 4
# The 3rd-person possessive a last word of an expansion may end in (желісі, орталығы): left off when it is compared.
_POSSESSIVE_END = 2
_WORD_AFTER = re.compile(rf"\s+(?P<next>[{KAZAKH_LOWER}]+)")


def _repeats_last_word(spoken: str, text: str, end: int) -> bool:
    """The word after an initialism repeats its expansion's last word (ТОБЖ желісі, АЭС станциясы), its possessive
    aside: the page names the thing twice, and the expansion would say it twice, so the letters are said. A member
    of the body is another word (ҰҒА академигі, not академиясы)."""
    after = _WORD_AFTER.match(text, end)
    last = spoken.rpartition(" ")[2].lower()
    stem = last[: max(_REPEAT_STEM, len(last) - _POSSESSIVE_END)]
    return bool(after) and len(last) >= _REPEAT_STEM and after["next"].startswith(stem)


def possessed(spoken: str) -> str:
    """The expansion with its last word in the 3rd-person possessive: Қылмыстық кодекс → Қылмыстық кодексі."""
    head, space, last = spoken.rpartition(" ")
    return f"{head}{space}{inflect(last, ['possessive3'])}"


def _defined_on_page(entry: abbr.Entry, match: re.Match[str]) -> bool:
    """Whether the initialism stands in brackets just after the name it stands for, which the page writes out: the
    brackets teach the listener its letters, said instead of the table's meaning, the same name or another one
    (Ғарыштық зерттеулер институты (ҒЗИ): ғы зэ и, neither the name twice nor the table's ғылыми-зерттеу институты).
    The name spells the initialism a word to each letter, or is the table's own name for it, whatever its words'
    endings (тегін медициналық көмектің кепілдік берілген көлемі (ТМККК)); or the brackets open on the name and close
    on a dash and the initialism ((электрондық цифрлық қолтаңба арқылы – ЭЦҚ): э цэ қы)."""
    text, start = match.string, match.start()
    if not text.startswith(")", match.end()):
        return False
    return (
        abbr.spelled_before_bracket(match["word"], text, start)
        or abbr.name_before_bracket(entry.spoken, text, start)
        or abbr.named_in_bracket_before_dash(match["word"], entry.spoken, text, start)
    )


def speak_conjoined(match: re.Match[str]) -> str:
    """An initialism and the conjunction мен/бен/пен after it, where the conjunction must agree with the reading
    rather than the letters (АҚШ пен → Америка Құрама Штаттары мен); otherwise left to the initialism rule."""
    reading = speak_capitals(match)
    conjunction = SUFFIXES["instrumental"].form_for(str(reading).rpartition(" ")[2])
    if reading == match.group() or conjunction == match["conj"].strip():
        return match.group()
    spoken = f"{reading} {conjunction}"
    return Spoken(spoken, reading.kind, reading.guess) if isinstance(reading, Spoken) else spoken

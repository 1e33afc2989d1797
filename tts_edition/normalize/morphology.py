"""Kazakh vowel harmony and suffix allomorphs: enough morphology to attach a case suffix to any word."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

KAZAKH_LOWER = "а-яәғқңөұүһіё"
KAZAKH_UPPER = "А-ЯӘҒҚҢӨҰҮҺІЁ"
KAZAKH_LETTER = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")  # a letter only Kazakh Cyrillic writes
SUFFIX = rf"[{KAZAKH_LOWER}]+"
ORDINAL_ENDING = r"(?:ы|і)?н?(?:ші|шы)"  # -ші, -інші, -ншы… written after a numeral
ORDINAL_MARKER = re.compile(rf"^{ORDINAL_ENDING}$")
CONJUNCTION = r"(?:және|мен|пен|бен|немесе|не|я)"  # "5 пен 6-орындарға": мен as the written number needs it
LIST_CONJUNCTION = r"(?:және|немесе|мен|пен|бен)"  # what joins a list's last member (№ 35, 38 және 41; I және II)
GENITIVE_SUFFIX = "(?:ның|нің|дың|дің|тың|тің)"  # in all its forms, for patterns that look for an owner before a word
# Case endings that are never words themselves, so they attach across a space ("2-7 ден").
SPACED_SUFFIX = "дан|ден|тан|тен|нан|нен|ға|ге|қа|ке|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті"

BACK_VOWELS = frozenset("аоұыяё")
FRONT_VOWELS = frozenset("әөүіеэ")
VOWELS = BACK_VOWELS | FRONT_VOWELS | frozenset("иую")
NASALS = frozenset("мнң")
SONORANTS = frozenset("рйул")  # у and й are consonants at the end of a word here
VOICED = frozenset("жз")
VOICELESS = frozenset("пткқсшщфхцчһбвгд")  # final б в г д are devoiced in Kazakh


def is_back(word: str) -> bool:
    """True when the word's last vowel is a back vowel; и/у/ю alone decide back for у/ю, front for и.

    у between two consonants is the vowel [u] of a loan word (секунд → секундына), a back vowel.
    """
    fallback = None
    lower = word.lower()
    if _loan_final_i(lower):
        return False  # каспиге, таксиде, Тбилисиде: a final и of a longer loan word is front, whatever came before
    if _loan_final_k(lower):
        return False  # банкке, банкінің, Курскіде, Петербургте: a loan word's к or г after a consonant is front
    if lower.endswith(_SOFT_SIGN):
        return False  # мольге, рольдің, июльге, медальге: a loan's final soft sign takes front endings
    if _last_vowel(lower) == "и" and not lower.endswith(_BACK_I_WORDS):
        return False  # саммиті, турнирде, тарифі, кооперативі: a loan word whose last vowel is и is front
    for i in range(len(lower) - 1, -1, -1):
        ch = lower[i]
        if ch in BACK_VOWELS or (ch == "у" and _between_consonants(lower, i)):
            return True
        if ch in FRONT_VOWELS:
            return False
        if ch in "иую" and fallback is None:
            fallback = ch != "и"
    return bool(fallback) if fallback is not None else True


# Arabic loans whose last syllable's и keeps their back vowels (тарихы, тарихта).
_BACK_I_WORDS = ("тарих",)


def _loan_final_i(word: str) -> bool:
    """The word ends in a consonant and и and has another vowel before them: a loan word's final и (not ми, қи)."""
    return word[-2:-1].isalpha() and word[-2:-1] not in VOWELS and word.endswith("и") and bool(VOWELS & set(word[:-2]))


def _loan_final_k(word: str) -> bool:
    """The word ends in a consonant and к or г, or in кт: a Russian loan's ending (Kazakh words end in қ and ғ after a
    back vowel, in к or г only after a vowel, and never in кт: пунктке, фактіні, контрактке)."""
    if len(word) > 2 and word.endswith("кт"):
        return True
    return len(word) > 2 and word[-1] in "кг" and word[-2].isalpha() and word[-2] not in VOWELS | {"ь", "ъ"}


def _between_consonants(word: str, i: int) -> bool:
    return 0 < i < len(word) - 1 and all(c.isalpha() and c not in VOWELS for c in (word[i - 1], word[i + 1]))


# A Russian loan's final soft sign (модель, миль, апрель) is no sound: the suffix follows the consonant before it, and
# one that opens with a vowel takes its place, as Kazakh spells it (моделі, миліне, but модельде).
_SOFT_SIGN = "ь"


def final_class(word: str) -> str:
    """How the word ends, for choosing an allomorph: vowel, sonorant, nasal, voiced or voiceless."""
    letters = [ch for ch in word.lower().rstrip(_SOFT_SIGN) if ch.isalpha()]  # модель ends in its л
    if not letters:
        return "vowel"
    last = letters[-1]
    if last in "иую" and len(letters) > 1 and letters[-2] in VOWELS:
        return "sonorant"  # a glide after a vowel: "сәуір", "ту" → туға
    if last in NASALS:
        return "nasal"
    if last in SONORANTS or last == "и":
        # a final у is [uw] after a consonant too and alone (су → судың, ҚазМУ → қазмудың, у → уды), a final и [ij]
        # (би → бидің, Kaspi → каспидің, a letter's name too: UFC → ю эф сидің)
        return "sonorant"
    if last in VOWELS:
        return "vowel"
    if last in VOICED:
        return "voiced"
    return "voiceless"


@dataclass(frozen=True)
class Suffix:
    """One morpheme: `forms` maps a final class to (back form, front form)."""

    name: str
    forms: dict[str, tuple[str, str]]
    after_possessive: tuple[str, str] | None = None
    after_lateral: tuple[str, str] | None = None  # after a final л, where it parts from р й у (жылдар, нөлдер)

    def pair_for(self, stem: str, after_possessive: bool = False) -> tuple[str, str]:
        """The (back, front) allomorphs the stem's last sound calls for."""
        if after_possessive and self.after_possessive:
            return self.after_possessive
        if self.after_lateral and _ends_in_lateral(stem):
            return self.after_lateral
        return self.forms[final_class(stem)]

    def written_forms(self) -> frozenset[str]:
        """Every form the suffix takes after some stem, its forms after a possessive aside (лық, лік, дық, тық…)."""
        return frozenset(form for pair in self.forms.values() for form in pair)

    def form_for(self, stem: str, after_possessive: bool = False, back: bool | None = None) -> str:
        """The allomorph for the stem; `back` overrides the stem's own harmony (a suffix written by the author)."""
        back_form, front_form = self.pair_for(stem, after_possessive)
        return back_form if (is_back(stem) if back is None else back) else front_form


def _ends_in_lateral(word: str) -> bool:
    """Whether the word's last letter is л (a soft sign after it is silent: модель → модельдер)."""
    letters = [ch for ch in word.lower().rstrip(_SOFT_SIGN) if ch.isalpha()]
    return bool(letters) and letters[-1] == "л"


def _forms(vowel: str, sonorant: str, nasal: str, voiced: str, voiceless: str) -> dict[str, tuple[str, str]]:
    pairs = {}
    for cls, spec in zip(("vowel", "sonorant", "nasal", "voiced", "voiceless"),
                         (vowel, sonorant, nasal, voiced, voiceless), strict=True):  # fmt: skip
        back, front = spec.split("/")
        pairs[cls] = (back, front)
    return pairs


SUFFIXES: dict[str, Suffix] = {
    s.name: s
    for s in (
        Suffix("genitive", _forms("ның/нің", "дың/дің", "ның/нің", "дың/дің", "тың/тің")),
        Suffix("dative", _forms("ға/ге", "ға/ге", "ға/ге", "ға/ге", "қа/ке"), ("на", "не")),
        Suffix("accusative", _forms("ны/ні", "ды/ді", "ды/ді", "ды/ді", "ты/ті"), ("н", "н")),
        Suffix("locative", _forms("да/де", "да/де", "да/де", "да/де", "та/те"), ("нда", "нде")),
        Suffix("ablative", _forms("дан/ден", "дан/ден", "нан/нен", "дан/ден", "тан/тен"), ("нан", "нен")),
        Suffix("instrumental", _forms("мен/мен", "мен/мен", "мен/мен", "бен/бен", "пен/пен")),
        Suffix("plural", _forms("лар/лер", "лар/лер", "дар/дер", "дар/дер", "тар/тер"), after_lateral=("дар", "дер")),
        Suffix("possessive3", _forms("сы/сі", "ы/і", "ы/і", "ы/і", "ы/і")),
        Suffix("possessive1", _forms("м/м", "ым/ім", "ым/ім", "ым/ім", "ым/ім")),
        Suffix("possessive2", _forms("ң/ң", "ың/ің", "ың/ің", "ың/ің", "ың/ің")),
        Suffix("possessive1plural", _forms("мыз/міз", "ымыз/іміз", "ымыз/іміз", "ымыз/іміз", "ымыз/іміз")),
        Suffix("possessive2polite", _forms("ңыз/ңіз", "ыңыз/іңіз", "ыңыз/іңіз", "ыңыз/іңіз", "ыңыз/іңіз")),
        Suffix("adjectival", _forms("ғы/гі", "ғы/гі", "ғы/гі", "ғы/гі", "қы/кі")),
        Suffix("ordinal", _forms("ншы/нші", "ыншы/інші", "ыншы/інші", "ыншы/інші", "ыншы/інші")),
        Suffix("collective", _forms("у/еу", "у/еу", "у/еу", "у/еу", "у/еу")),
        Suffix("abstract", _forms("лық/лік", "лық/лік", "дық/дік", "дық/дік", "тық/тік"), after_lateral=("дық", "дік")),
        Suffix("privative", _forms("сыз/сіз", "сыз/сіз", "сыз/сіз", "сыз/сіз", "сыз/сіз"), ("нсыз", "нсіз")),
    )
}

# The similative (-дай/-дей after a vowel or a voiced sound, -тай/-тей after a voiceless one: жүздей, жетпістей): a
# number's approximate ending, kept out of the chains `parse_suffixes` reads, where a word's -дай would be misread.
SIMILATIVE = Suffix("similative", _forms("дай/дей", "дай/дей", "дай/дей", "дай/дей", "тай/тей"))
# The adjective of having (-лы/-лі after a vowel or р й у, -ды/-ді after л, a nasal or ж з, -ты/-ті after a voiceless
# sound: сапалы, ақылды, ұтымды, күшті): a derivation, kept out of `parse_suffixes`'s chains as the similative is.
HAVING = Suffix("having", _forms("лы/лі", "лы/лі", "ды/ді", "ды/ді", "ты/ті"), after_lateral=("ды", "ді"))
# The agent noun's -шы/-ші (барлаушы, жазушы, малшы): a derivation, kept out of `parse_suffixes`'s chains as well.
AGENT = Suffix("agent", _forms("шы/ші", "шы/ші", "шы/ші", "шы/ші", "шы/ші"))

# Particles written apart (да "too", ма the question, ғана "only"): they follow the last sound before them as a suffix
# does, by harmony and voicing (ол да, кітап та; бала ма, сен бе, кітап па); ғана has no front form. ғой/қой is left
# out: қой is as often the word for sheep (45 қой, жеті қой), which no sound before it changes.
PARTICLES: dict[str, Suffix] = {
    form: particle
    for particle in (
        Suffix("too", _forms("да/де", "да/де", "да/де", "да/де", "та/те")),
        Suffix("question", _forms("ма/ме", "ма/ме", "ба/бе", "ба/бе", "па/пе")),
        Suffix("only", _forms("ғана/ғана", "ғана/ғана", "ғана/ғана", "ғана/ғана", "қана/қана")),
    )
    for form in particle.written_forms()
}


def similative(spoken: str) -> str:
    """The similative re-inflected onto the spoken form's last word (екі жүз жетпіс → екі жүз жетпістей)."""
    return spoken + SIMILATIVE.form_for(spoken.rpartition(" ")[2])


# Every written form of every suffix, longest first, to read a suffix written after a hyphen.
_WRITTEN: list[tuple[str, str, bool]] = sorted(
    {
        (form, suffix.name, possessive)
        for suffix in SUFFIXES.values()
        for possessive, pairs in (
            (False, suffix.forms.values()),
            (True, [suffix.after_possessive] if suffix.after_possessive else []),
        )
        for pair in pairs
        for form in pair
    },
    key=lambda item: -len(item[0]),
)


def parse_suffixes(written: str) -> list[str] | None:
    """Split a written suffix chain ("ның", "дағы", "ын") into suffix names; None when it is not one."""
    written = written.lower()
    if not written:
        return []
    for form, name, _ in _WRITTEN:
        if written.startswith(form):
            rest = parse_suffixes(written[len(form) :])
            if rest is not None and _allowed(name, rest):
                return [name, *rest]
    return None


def stem_and_suffixes(word: str, known: Callable[[str], object], shortest_stem: int) -> bool:
    """Whether a lower-case word is a stem `known` accepts, of `shortest_stem` letters or more, and a chain of
    suffixes after it (Мәскеу|ге, баяндама|лар|дан)."""
    return any(parse_suffixes(word[cut:]) and known(word[:cut]) for cut in range(len(word) - 1, shortest_stem - 1, -1))


CASES = frozenset(("genitive", "dative", "accusative", "locative", "ablative", "instrumental"))
# The 1st and 2nd persons' possessives (YouTube-ыңды, Telegram-ымызда): only a case may follow them.
PERSONAL_POSSESSIVES = frozenset(("possessive1", "possessive2", "possessive1plural", "possessive2polite"))


def _allowed(first: str, rest: list[str]) -> bool:
    # Cases end a chain; only the adjectival -ғы may follow the locative; no possessive follows a possessive.
    if not rest:
        return True
    if first in ("genitive", "dative", "accusative", "ablative", "instrumental", "ordinal", "collective", "privative"):
        return False
    if first in PERSONAL_POSSESSIVES:
        return rest[0] in CASES
    if first == "possessive3" and rest[0] in PERSONAL_POSSESSIVES:
        return False
    return not (first == "locative" and rest[0] != "adjectival")


# A final к, қ, п after a vowel is voiced before a suffix that starts with a vowel (серіктестік → серіктестігі,
# кітап → кітабы); after a consonant it stays (банк → банкі).
_VOICING = {"к": "г", "қ": "ғ", "п": "б"}
# The other way: a stem's final consonant a vowel after it voiced, said as the stem ends (орталығы ← орталық).
DEVOICING = {voiced: plain for plain, voiced in _VOICING.items()}

# Stems that lose their last vowel before a suffix that starts with a vowel (орын → орны, халық → халқы), alone or
# closing a compound (кәсіпорын → кәсіпорны), and the numeral қырық (40-ы → қырқы, қырқыншы).
_SYNCOPE = (
    "орын",
    "мұрын",
    "ауыз",
    "ерін",
    "қарын",
    "қойын",
    "халық",
    "ерік",
    "көрік",
    "әріп",
    "ғұрып",
    "парық",
    "қырық",
)
_SHORTEST_COMPOUND_HEAD = 3


def _syncopated(word: str) -> str:
    stem = next((stem for stem in _SYNCOPE if word.lower().endswith(stem)), None)
    if stem is None or 0 < len(word) - len(stem) < _SHORTEST_COMPOUND_HEAD:
        return word
    return word[:-2] + word[-1]


def inflect(word: str, suffixes: list[str], possessive: bool = False, back: bool | None = None) -> str:
    """Attach suffixes in order; `possessive` says the word already ends in the 3rd-person possessive; `back`, when
    given, is the harmony the suffixes take whatever the word's own."""
    for name in suffixes:
        form = SUFFIXES[name].form_for(word, possessive, back)
        if form[:1] in VOWELS:
            word = _syncopated(word.removesuffix(_SOFT_SIGN))
        if form[:1] in VOWELS and word[-1:] in _VOICING and word[-2:-1] in VOWELS:
            word = word[:-1] + _VOICING[word[-1]]
        word += form[1:] if _doubled_before(word, form) else form
        possessive = name == "possessive3"
    return word


def _doubled_before(stem: str, form: str) -> bool:
    """The stem ends in a doubled consonant the form opens with (киловатт + тан, грамм + мен): Kazakh writes no
    three of one consonant in a row and drops one (киловаттан, граммен)."""
    last = stem[-1:].lower()
    return bool(last) and last not in VOWELS and stem[-2:].lower() == last * 2 and form[:1] == last


def _last_vowel(word: str) -> str:
    return next((ch for ch in reversed(word.lower()) if ch in VOWELS), "")


def _ends_on_u_vowel(word: str) -> bool:
    """The last vowel is у or ю said as a vowel (ютуб, фейсбук), not the у after a vowel that closes its syllable
    (мәскеу, баку): that one leaves the harmony to the vowel before it."""
    lower = word.lower()
    at = next((i for i in range(len(lower) - 1, -1, -1) if lower[i] in VOWELS), -1)
    return at >= 0 and lower[at] in ("у", "ю") and not (at > 0 and lower[at] == "у" and lower[at - 1] in VOWELS)


def written_harmony(suffix: str) -> bool | None:
    """True when the written suffix's vowels are all back, False when all front, None when it has none or both."""
    vowels = {ch in BACK_VOWELS for ch in suffix.lower() if ch in BACK_VOWELS | FRONT_VOWELS}
    return vowels.pop() if len(vowels) == 1 else None


def attach(
    spoken: str, suffix: str | None, possessive: bool = False, plural: str | None = None, authors_harmony: bool = False
) -> str:
    """Re-inflect a written suffix ("-тен", "-ның") onto the spoken form's last word; keep it when unreadable.

    `plural` is the spoken form's own plural when it ends in a possessive (орны → орындары): a written plural
    suffix continues from it, as -лар cannot follow the possessive; a plain form that is its own plural (банктер)
    takes the suffixes after the plural as a plain noun does (банктердің). `authors_harmony` keeps the written suffix's
    front or back vowels where the spoken word's last vowel is у or ю, which a foreign word's [u] leaves to the
    author's ear (Facebook-те → фейсбукте, YouTube-та → ютубта).
    """
    if not suffix:
        return spoken
    names = parse_suffixes(suffix)
    continued = bool(names and names[0] == "plural" and plural)
    if continued:  # a plain plural (банктер) is its own and stays unpossessed
        spoken, names, possessive = plural, names[1:], possessive or plural != spoken
    if possessive and names and names[0] == "possessive3":
        names = names[1:]  # the expansion already ends in it: АКСР-інде → Республикасында, ХҚКО-лары → орталықтары
    head, _, last = spoken.rpartition(" ")
    if names and not possessive and not continued and _says_possessive(last, suffix, names[0]):
        names = ["possessive3", *names]  # мамырдың 24-не → жиырма төртіне: -не is the dative after a possessive
    back = written_harmony(suffix) if authors_harmony and _ends_on_u_vowel(last) else None
    word = inflect(last, names, possessive, back) if names is not None else last + suffix
    return f"{head} {word}" if head else word


def _says_possessive(stem: str, written: str, first: str) -> bool:
    """A case suffix written in its after-possessive form (-на/-не, -нан/-нен, -нда/-нде) where the bare stem would
    take another form: the writer read the word with the 3rd-person possessive."""
    written = written.lower()
    form = next(form for form, name, _ in _WRITTEN if name == first and written.startswith(form))
    after = SUFFIXES[first].after_possessive or ()
    return form in after and form != SUFFIXES[first].form_for(stem)


def attach_written(
    spoken: str,
    gap: str | None,
    suffix: str | None,
    possessive: bool = False,
    plural: str | None = None,
    authors_harmony: bool = False,
) -> str:
    """A suffix written apart from its word ("- да", " — ы", "% -ке") is attached only when it reads as one;
    a word after a hyphen (АИ-92 once the number is read) stays a word of its own."""
    if suffix and gap and parse_suffixes(suffix) is None:
        return f"{spoken}{gap}{suffix}"
    return attach(spoken, suffix, possessive, plural, authors_harmony)


def genitive_restored(suffix: str | None) -> str | None:
    """A genitive cut to its nasal after an initialism's hyphen (ЖШС-ң, АҚ-ң, as a hurried page types the -ның) is the
    genitive: no one addresses an initialism with the 2nd person's -ң."""
    return "ның" if suffix is not None and suffix.lower() == "ң" else suffix


def locative_restored(suffix: str | None) -> str | None:
    """The adjectival -ғы/-гі written straight onto a noun that is no word of time (КБК-гі, ЖОО-ғы) stands after a
    locative the writer left out: it is read with it (кешеніндегі, орнындағы)."""
    names = parse_suffixes(suffix) if suffix else None
    return f"да{suffix}" if names and names[0] == "adjectival" else suffix


_ORDINAL_THEN_SUFFIXES = re.compile(rf"{ORDINAL_ENDING}(?P<rest>{SUFFIX})")


def after_ordinal_marker(suffix: str | None) -> str | None:
    """шісінде → сінде: the suffixes written after an ordinal's marker on a number (2-шісінде: екіншісінде)."""
    marked = _ORDINAL_THEN_SUFFIXES.fullmatch(suffix) if suffix else None
    return marked["rest"] if marked and parse_suffixes(marked["rest"]) else None


def hyphenated_word(suffix: str) -> bool:
    """What follows a hyphen is an ordinal marker (-ші) or a word (-сынып), not a case suffix (-ге)."""
    return bool(ORDINAL_MARKER.match(suffix) or parse_suffixes(suffix) is None)


def verb_endings(stem: str) -> frozenset[str]:
    """The endings a verb's stem (its imperative: кел, жаз, біріктір, сөйле) takes to end a sentence or to make a
    participle, with or without the negative -ма before them, in the stem's harmony and after its last sound:
    біріктір|еді, қалыптас|пайды, кел|меді, айт|ты, жаз|атын, бар|ған, оқы|са, кел|іп. A dictionary of stems lacks
    many of these forms; a stem ending in ы or і and the present's й make и (оқиды), which is not among them."""
    lower = stem.lower()
    back = is_back(lower)
    last = lower[-1:]
    negative = ("м" if last in VOWELS or last in SONORANTS else "б" if last in NASALS | VOICED else "п") + (
        "а" if back else "е"
    )
    converb = "п" if last in VOWELS else ("ы" if back else "і") + "п"
    negated = (negative + ending for ending in _tense_endings(negative[-1], back))
    return frozenset({*_tense_endings(last, back), converb, *negated, negative + "й"})


def _tense_endings(last: str, back: bool) -> tuple[str, ...]:
    """The tense, person, participle and condition endings after a stem's last letter (a vowel after the negative)."""
    a, y = ("а", "ы") if back else ("е", "і")
    after_vowel = last in VOWELS
    present = "й" if after_vowel else a
    voiceless = last in VOICELESS
    past = ("т" if voiceless else "д") + y
    participle = ("қ" if back else "к") if voiceless else ("ғ" if back else "г")
    return (
        *(present + person for person in ("д" + y, "м" + y + "н", "с" + y + "ң", "м" + y + "з", "с" + y + "з")),
        *(past + person for person in ("", "м", "ң", "қ" if back else "к", "ң" + y + "з")),
        present + "т" + y + "н",
        participle + a + "н",
        "с" + a,
    )

import pytest

from tts_edition.normalize import normalize
from tts_edition.normalize.morphology import (
    attach,
    final_class,
    inflect,
    is_back,
    parse_suffixes,
    similative,
    verb_endings,
)


@pytest.mark.parametrize(
    ("word", "back"),
    [("қала", True), ("мектеп", False), ("Ресей", False), ("жүз", False), ("тоқсан", True), ("елу", False),
     ("министр", False), ("ту", True), ("Америка", True)],
)  # fmt: skip
def test_vowel_harmony_follows_the_last_vowel(word: str, back: bool) -> None:
    assert is_back(word) is back


@pytest.mark.parametrize(
    ("word", "back"),
    [("банк", False), ("танк", False), ("Курск", False), ("Гамбург", False), ("Нью-Йорк", False),
     ("сақ", True), ("бақ", True), ("рюкзак", True), ("бұлақ", True), ("тау", True), ("пункт", False),
     ("факт", False), ("контракт", False)],
)  # fmt: skip
def test_a_loan_ending_in_a_consonant_and_k_or_g_is_front(word: str, back: bool) -> None:
    """Russian loans ending in a consonant and к or г, or in кт, take front endings (банкке, Курскіде, Гамбургте,
    пунктке, фактіні); Kazakh words and loans ending in a vowel and к keep their vowels' harmony."""
    assert is_back(word) is back


@pytest.mark.parametrize(
    ("word", "suffix", "expected"),
    [("моль", "ға", "мольге"), ("роль", "дың", "рольдің"), ("июль", "да", "июльде"), ("моль", "ы", "молі"),
     ("моль", "ына", "моліне"), ("медаль", "ы", "медалі"), ("вольт", "қа", "вольтқа"), ("альбом", "ға", "альбомға")],
)  # fmt: skip
def test_a_loan_ending_in_a_soft_sign_takes_front_endings(word: str, suffix: str, expected: str) -> None:
    """мольге, рольдің, молі (the soft sign gives way to a vowel's suffix); a soft sign inside the word (вольт) and a
    back word (альбом) keep their vowels' harmony."""
    assert attach(word, suffix) == expected


def test_an_initialism_ending_in_bank_takes_front_endings() -> None:
    assert normalize("ДБ-ға") == "Дүниежүзілік банкке"
    assert normalize("ЕДБ-ға") == "екінші деңгейдегі банктерге"  # the class of banks, plural (mortgage44)
    assert normalize("ҚР ҰБ-ның") == "Қазақстан Республикасы Ұлттық банкінің"


@pytest.mark.parametrize(
    ("word", "cls"),
    [("қала", "vowel"), ("жер", "sonorant"), ("Ресей", "sonorant"), ("мың", "nasal"), ("жүз", "voiced"),
     ("мектеп", "voiceless"), ("клуб", "voiceless"), ("сәуір", "sonorant"), ("елу", "sonorant"), ("су", "sonorant"),
     ("у", "sonorant"), ("би", "sonorant"), ("такси", "sonorant"), ("ки", "sonorant")],
)  # fmt: skip
def test_final_sound_class(word: str, cls: str) -> None:
    """A final у is [w] after a consonant too (елудің, елуді, судың); a letter у alone is the vowel (уның)."""
    assert final_class(word) == cls


@pytest.mark.parametrize(
    ("word", "suffixes", "possessive", "expected"),
    [
        ("қала", ["genitive"], False, "қаланың"),
        ("мектеп", ["genitive"], False, "мектептің"),
        ("Қазақстан", ["genitive"], False, "Қазақстанның"),
        ("көл", ["genitive"], False, "көлдің"),
        ("Ресей", ["dative"], False, "Ресейге"),
        ("қырық", ["dative"], False, "қырыққа"),
        ("мектеп", ["locative"], False, "мектепте"),
        ("мың", ["ablative"], False, "мыңнан"),
        ("жетпіс", ["ablative"], False, "жетпістен"),
        ("жиырма", ["ablative"], False, "жиырмадан"),
        ("кітап", ["plural"], False, "кітаптар"),
        ("кітап", ["possessive3"], False, "кітабы"),  # a final к, қ, п after a vowel is voiced before a vowel
        ("серіктестік", ["possessive3", "dative"], False, "серіктестігіне"),
        ("мектеп", ["possessive3"], False, "мектебі"),
        ("цирк", ["possessive3"], False, "циркі"),  # not after a consonant
        ("мұғалім", ["plural"], False, "мұғалімдер"),
        ("қала", ["instrumental"], False, "қаламен"),
        ("мектеп", ["instrumental"], False, "мектеппен"),
        ("қоғам", ["instrumental"], False, "қоғаммен"),  # -мен after м, н, ң too; -бен only after ж, з
        ("Қазақстан", ["instrumental"], False, "Қазақстанмен"),
        ("саз", ["instrumental"], False, "сазбен"),
        ("кәсіпорын", ["possessive3", "genitive"], False, "кәсіпорнының"),  # орын, халық… drop their last vowel
        ("халық", ["possessive3"], False, "халқы"),
        ("қорын", ["possessive3"], False, "қорыны"),  # not a compound of орын
        ("саммит", ["dative"], False, "саммитке"),  # a loan word whose last vowel is и is front
        ("кооператив", ["possessive3"], False, "кооперативі"),
        ("тарих", ["possessive3"], False, "тарихы"),  # but the Arabic тарих keeps its back vowel
        ("пайыз", ["possessive3", "accusative"], False, "пайызын"),
        ("Республикасы", ["locative"], True, "Республикасында"),
        ("Достастығы", ["dative"], True, "Достастығына"),
        ("станциясы", ["accusative"], True, "станциясын"),
        ("Ұйымы", ["ablative"], True, "Ұйымынан"),
        ("жыл", ["locative", "adjectival"], False, "жылдағы"),
        ("модель", ["possessive3"], False, "моделі"),  # a final soft sign gives way to a vowel
        ("миль", ["possessive3", "dative"], False, "миліне"),
        ("апрель", ["locative"], False, "апрельде"),  # and is kept before a consonant, its л sonorant
        ("нөл", ["plural"], False, "нөлдер"),  # but a plural after л takes д, as after м н ң з ж (crime67)
        ("жыл", ["abstract"], False, "жылдық"),  # and so does -лық
        ("модель", ["plural"], False, "модельдер"),
        ("жер", ["plural"], False, "жерлер"),  # р, й, у keep л
        ("жыл", ["genitive"], False, "жылдың"),  # the other cases are the sonorants' as before
        ("киловатт", ["ablative"], False, "киловаттан"),  # no three of one consonant: one of them is dropped
        ("грамм", ["instrumental"], False, "граммен"),
        ("ватт", ["genitive"], False, "ваттың"),
        ("киловатт", ["dative"], False, "киловаттқа"),  # a suffix that opens with another consonant keeps both
        ("мектеп", ["instrumental"], False, "мектеппен"),  # and one letter before its own stays doubled
        ("моль", ["dative"], False, "мольге"),  # a loan's final soft sign takes front endings
        ("пароль", ["accusative"], False, "парольді"),
        ("моль", ["possessive3", "dative"], False, "моліне"),
        ("медаль", ["accusative"], False, "медальді"),  # after а too, as the spelling rules write it
        ("медаль", ["dative"], False, "медальге"),
    ],
)
def test_inflect_picks_the_allomorph(word: str, suffixes: list[str], possessive: bool, expected: str) -> None:
    assert inflect(word, suffixes, possessive) == expected


@pytest.mark.parametrize(
    ("written", "names"),
    [("ның", ["genitive"]), ("тен", ["ablative"]), ("ын", ["possessive3", "accusative"]),
     ("дағы", ["locative", "adjectival"]), ("лары", ["plural", "possessive3"]), ("сынып", None), ("жылдары", None)],
)  # fmt: skip
def test_parse_written_suffix_chains(written: str, names: list[str] | None) -> None:
    assert parse_suffixes(written) == names


@pytest.mark.parametrize(
    ("spoken", "expected"),
    [
        ("екі жүз жетпіс", "екі жүз жетпістей"),
        ("жүз", "жүздей"),
        ("мың екі жүз", "мың екі жүздей"),
        ("алты", "алтыдай"),
        ("қырық", "қырықтай"),
        ("он", "ондай"),
        ("бір", "бірдей"),
    ],
)
def test_the_similative_agrees_with_the_last_word(spoken: str, expected: str) -> None:
    assert similative(spoken) == expected


def test_a_verbs_endings_follow_its_harmony_and_last_sound_with_the_negative_too() -> None:
    assert {"еді", "ді", "мейді", "меді", "етін", "ген", "іп", "се"} <= verb_endings("біріктір")
    assert {"ады", "ты", "пайды", "пады", "атын", "қан", "ып", "са"} <= verb_endings("қалыптас")
    assert {"байды", "ған", "ды"} <= verb_endings("жаз")  # м and б after з, д after a voiced sound
    assert {"йді", "меді", "п"} <= verb_endings("сөйле")  # after a vowel: й, м, and the converb's п alone
    assert not {"ады", "педі", "ты", "меп"} & verb_endings("кел")  # no back ending, no п after л, no negative converb

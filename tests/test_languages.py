"""Russian and English passages inside Kazakh text: which language each sentence and quotation is in, Russian
numbers and abbreviations in Russian, and the language of every spoken group (examples of our own)."""

import re

import pytest

from tts_edition.normalize import language_runs, normalize, normalize_tokens
from tts_edition.normalize.language import ENGLISH, KAZAKH, RUSSIAN, span_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ауылда жаңа мектеп ашылды.", KAZAKH),
        ("Ол кеше келді.", KAZAKH),  # no letter of Kazakh's own: the dictionary knows the words
        ("Мы ценим дружбу с Казахстаном.", RUSSIAN),
        ("Война и мир", RUSSIAN),
        ("Правительство приняло решение.", RUSSIAN),
        ("How should I know?", ENGLISH),
        ("Qazaqstan Respýblıkasy", KAZAKH),  # Kazakh in a Latin alphabet is not English
        ("Подлежит", KAZAKH),  # one word says too little: it takes the language around it
        ("3:2 — Смирнов (Волков, Зайцев) — 41:15", KAZAKH),  # names are no evidence: a Kazakh score line
        ("Елена Васильевна Соколова", KAZAKH),
        ("Смирнов забил третью шайбу.", RUSSIAN),  # its words in lower case are
        # Loans the dictionary lacks, with Kazakh endings no Russian word has: Kazakh (they were read as Russian)
        ("ГРЭС-2 стансасында 2 энергоблок салынады.", KAZAKH),
        ("Рейтинг утатеннис сайтында жарияланды.", KAZAKH),
    ],
)
def test_span_language(text: str, lang: str) -> None:
    assert span_language(text) == lang


def test_a_russian_quotation_in_a_kazakh_sentence_is_its_own_run() -> None:
    text = "Путин: «Мы ценим дружбу с Казахстаном», – деді ол."
    runs = language_runs(text)
    assert [(run.lang, text[run.start : run.end]) for run in runs] == [
        (KAZAKH, "Путин: "),
        (RUSSIAN, "«Мы ценим дружбу с Казахстаном»"),
        (KAZAKH, ", – деді ол."),
    ]


def test_numbers_of_a_score_line_with_russian_names_are_kazakh() -> None:
    words = re.findall(r"\w+", normalize("2:1 — Смирнов (Волков, Зайцев) — 51:29"))
    assert words == "екі бір Смирнов Волков Зайцев елу бір жиырма тоғыз".split()


def test_russian_numbers_take_the_case_their_preposition_demands() -> None:
    assert normalize("В 2020 г. было 5 тыс. участников.") == "В две тысячи двадцатом году было пять тысяч участников."
    spoken = "Работа продолжается с тысяча девятьсот девяносто второго года."
    assert normalize("Работа продолжается с 1992 года.") == spoken
    assert normalize("Национальный университет им. Аль-Фараби") == "Национальный университет имени Аль-Фараби"


def test_kazakh_numbers_around_a_russian_quotation_stay_kazakh() -> None:
    spoken = normalize("2020 жылы ол: «Мы ждём 5 человек», – деді.")
    assert spoken == "екі мың жиырмасыншы жылы ол: «Мы ждём пять человек», – деді."


def test_every_spoken_group_carries_its_language() -> None:
    groups = normalize_tokens("Ол: «Мы ценим 2 дружбы», – деді. How do I fix 2 cameras?").groups
    assert [(g.tokens[0].text, g.lang) for g in groups] == [
        ("Ол", KAZAKH), ("Мы", RUSSIAN), ("ценим", RUSSIAN), ("2", RUSSIAN), ("дружбы", RUSSIAN), ("деді", KAZAKH),
        ("How", ENGLISH), ("do", ENGLISH), ("I", ENGLISH), ("fix", ENGLISH), ("2", ENGLISH), ("cameras", ENGLISH),
    ]  # fmt: skip
    assert groups[3].words == ("две",)  # дружба is feminine: две дружбы


def test_switching_off_reads_everything_as_kazakh() -> None:
    normalised = normalize_tokens("«Мы ждём 5 человек»", switch=False)
    assert normalised.spoken == "«Мы ждём бес человек»"
    assert {group.lang for group in normalised.groups} == {KAZAKH}


def test_digit_signs_in_a_russian_run_are_read_in_russian() -> None:
    """Superscripts and circled numbers are digits too: a Russian run leaves none unread (a hypothesis find)."""
    assert normalize("Мы ценим ① и ②") == "Мы ценим один и два"
    assert normalize("АщC²") == normalize(normalize("АщC²"))


@pytest.mark.parametrize("text", ["шл0ЖҰ$Қ8Д.L)ъЖц", "зё(фгшж7Б»вн$3у9²гұц)ІC5", "икъи№ла»оо°07ңіғ3M Ж%гн"])
def test_the_language_of_the_reading_is_the_language_of_the_text(text: str) -> None:
    """Digits glued to words end the words, as the reading of the digits will: reading again changes nothing
    (hypothesis finds, the mixed scripts aside)."""
    spoken = normalize(text)
    assert normalize(spoken) == spoken


@pytest.mark.parametrize("text", ["- хоп-сунели - 1 шымшу;", "хоп 2 шымшу"])
def test_letters_russian_never_writes_together_make_no_russian_word(text: str) -> None:
    """жы, шы, чы, щы: a word the Kazakh dictionary lacks that holds them is no Russian word (шымшу, a pinch)."""
    assert span_language(text) == KAZAKH
    assert "бір шымшу" in normalize("- хоп-сунели - 1 шымшу;")


def test_russian_words_the_dictionary_lacks_stay_russian() -> None:
    assert span_language("хоп сунели") == RUSSIAN


@pytest.mark.parametrize(
    "text",
    ["кросповидон, маннитол (Е421), сусыз натрий карбонаты", "лактулоза, кальций стеараты, пантопразол, сусыз глюкоза"],
)
def test_drug_and_salt_names_are_no_sign_of_russian(text: str) -> None:
    """A leaflet's list of what a tablet holds: drug names told by their international stems and salts named for their
    acid are written alike in both languages; the Kazakh word among them decides."""
    assert span_language(text) == KAZAKH
    assert "(Е төрт жүз жиырма бір)" in normalize("кросповидон, маннитол (Е421), сусыз натрий карбонаты")


def test_a_russian_list_of_drug_names_stays_russian() -> None:
    assert span_language("маннитол, натрия карбонат безводный, кальция стеарат") == RUSSIAN


@pytest.mark.parametrize(
    "text",
    ["Амир Айткулов, гейм-дизайнері", "Амир Айткулов, инди-студиясының", "Амир Айткулов, Telegram-арнасының"],
)
def test_a_kazakh_letter_after_a_hyphen_tells_kazakh(text: str) -> None:
    """гейм-дизайнері: the compound's second word is Kazakh, though the first (гейм) is no word the dictionary has."""
    assert span_language(text) == KAZAKH


def test_a_russian_compound_after_a_hyphen_stays_russian() -> None:
    assert span_language("Амир Айткулов, гейм-дизайнер студии") == RUSSIAN

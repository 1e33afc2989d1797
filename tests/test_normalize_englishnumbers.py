"""Numbers inside English prose, said in English (`englishnumbers`)."""

import pytest

from tts_edition.normalize import normalize


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Exercise 1,2 page 24 Workbook", "эксерсайз уан, ту пейдж твенти фор уоркбук"),
        ("Computers ... іn the 20-th century.", "компьютерс... ин зе твентиэс сенчури."),
        ("He was born in 1838 and died in 1905", "хи уоз борн ин эйтин серти эйт энд дайд ин найнтин оу файв"),
        (
            "King George IV had the biggest bath. It was 4,88 m long, 3,05 m wide",
            "кинг джордж зе форс хэд зе бигест бат. ит уоз фор пойнт эйт эйт метрз лонг, сри пойнт оу файв метрз уайд",
        ),
        ("an average temperature of 28°C all the year", "эн эверидж темпрачер оф твенти эйт дигриз селсиус олл зе йир"),
        ("in the May 14 election.", "ин зе мей фортинс элекшн."),  # intl47's English prose: its date too
        ("We met on the 1st of May, 1,200 people came", "уи мет он зе ферст оф мей, уан таузенд ту хандред пипл кейм"),
        (  # the word copyright in a sentence is no copyright notice
            "The Copyright Act of 1976 protects the work of authors.",
            "зе копирайт экт оф найнтин севенти сикс протектс зе уорк оф оторс.",
        ),
    ],
)
def test_numbers_in_english_prose_are_said_in_english(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # a title in title case keeps the Kazakh page's numbers
        (
            "(27th Asian Youth Chess Championships 2025).",
            "(жиырма жетінші эйжн ют чесс чемпионшипс екі мың жиырма бес).",
        ),
        # a list's number opening the line is the Kazakh document's
        ("3. Play the piano - пианинода ойнау", "үшінші плей зе пиано - пианинода ойнау"),
        # a page viewer's chrome, a digit glued to a word
        ("You are on page 1of 144", "ю ар он пейдж бір оф жүз қырық төрт"),
        # a Kazakh sentence with an English name
        ("Биыл «Digital Bridge 2022» форумы өтті.", "Биыл «диджитал бридж екі мың жиырма екі» форумы өтті."),
        ("Web of Science базасында 12 мақала", "веб оф сайенс базасында он екі мақала"),
        # a copyright notice is the Kazakh page's footer (audit30 numbers)
        (
            "Copyright © 2024 SCHOLAR.TIPS - All rights reserved.",
            "копирайт екі мың жиырма төрт сколар.типс - олл райтс резервд.",
        ),
    ],
)
def test_numbers_outside_english_prose_stay_kazakh(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_number_too_large_for_the_english_words_is_left_to_the_kazakh_rules() -> None:
    """A quadrillion or more has no words in the table: the number stays for the Kazakh rules, no error."""
    said = normalize("The count was 99999999999999999999 items in the list.")
    assert said.startswith("зе каунт уоз тоғыз тоғыз") and "айтемс ин зе лист" in said
    assert "триллион" in normalize("The debt was 1234567890123 dollars in the end.")

"""Foreign places written in Latin letters inside Kazakh text, said by the Kazakh names CLDR gives (places.py) or
places.tsv adds, with the case suffix re-inflected; in an English name the place stays English."""

import pytest

from tts_edition.normalize import normalize
from tts_edition.normalize.language import span_language
from tts_edition.normalize.places import exonym, kazakh_place, kazakh_town, without_places


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Seoul-де фестиваль өтті.", "сеулде фестиваль өтті."),  # a time zone's city, not the English соул
        ("Делегация Moscow-ке барды.", "Делегация мәскеуге барды."),  # the Kazakh exonym, the suffix re-inflected
        ("Tokyo-ға рейс ашылады.", "токиоға рейс ашылады."),
        ("Форум Davos-та өтті.", "Форум давоста өтті."),  # places.tsv: no time zone is named after Davos
        ("Geneva қаласында кездесу болды.", "женева қаласында кездесу болды."),  # a place, not a surname in -eva
        ("Germany-ге және France-қа барды.", "германияға және францияға барды."),  # CLDR's countries, suffixed
        ("United Kingdom-ға барды.", "ұлыбританияға барды."),  # a name of two words is one name
        ("Moskva-дан келді.", "мәскеуден келді."),  # the у after a vowel leaves the harmony to е, not the author
        ("İstanbul қаласында өтті.", "стамбұл қаласында өтті."),  # the Turkish name, its dotted İ an I
        ("Toshkent шаһарында өтті.", "ташкент шаһарында өтті."),  # the Uzbek Latin name
        ("Bakı-да және Taşkent-те болды.", "бакуда және ташкентте болды."),
        ("Özbekistan-ға барды.", "өзбекстанға барды."),  # a country in a Turkic Latin alphabet, suffixed
    ],
)
def test_a_foreign_place_is_said_by_its_kazakh_name(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_places_listed_together_stay_kazakh() -> None:
    said = normalize("Біз New York-ке, Paris-ке және Berlin-де болдық.")
    assert said == "Біз нью-йоркке, парижге және берлинде болдық."
    assert normalize("Beijing, Tashkent, Abu Dhabi") == "пекин, ташкент, абу-даби"


def test_a_country_alone_is_a_name_not_a_place() -> None:
    assert normalize("Russia арнасы") == "раша арнасы"  # a channel's name, as test_normalize_industry has it


def test_a_place_inside_an_english_name_stays_english() -> None:
    assert normalize("South China University of Technology университеті") == (
        "саут чайна юниверсити оф текнолоджи университеті"
    )
    assert normalize("«Made in Kazakhstan» жазуы") == "«мейд ин казахстан» жазуы"


def test_a_place_after_a_kazakh_name_in_latin_letters_is_the_place() -> None:
    """A brand's Kazakh name before its city (beauty46): the city keeps its Kazakh name, as beside no Latin word; an
    English word beside it still makes the name English (see above)."""
    assert normalize("«Tolegen Paris» брендінің өнімі") == "«төлеген париж» брендінің өнімі"
    assert normalize("«Kiz Jibek» өнімі") == "«қыз жібек» өнімі"


def test_the_names_come_from_cldr_and_the_table() -> None:
    assert exonym("new  YORK") == "нью-йорк"  # case and spacing aside
    assert exonym("Bishkek") == "бішкек"
    assert exonym("Munich") == "мюнхен"  # places.tsv
    assert exonym("Myanmar (Burma)") is None  # a name with a qualifier is no name a text writes
    assert exonym("Volvo") is None
    assert exonym("Germany") is None  # a country's name alone may be a channel's or a team's
    assert exonym("Germany", suffixed=True) == "германия"


def test_a_place_is_no_evidence_of_english() -> None:
    assert without_places("Paris-ке және London-ға") == " -ке және  -ға"
    assert span_language("Біз New York-ке, London-ға, Paris-ке және Berlin-де болдық.") == "kk"
    assert span_language("Flights from London to Paris were cancelled.") == "en"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ('сәнді кеш "OSKEMEN, QALAISYN?".', 'сәнді кеш "өскемен, қалайсың?".'),  # ө that plain Latin writes as o
        ("Shymkent qalasy", "шымкент қаласы"),
        ("«Ekibastuz» клубы", "«екібастұз» клубы"),
    ],
)
def test_a_kazakh_town_in_plain_latin_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("admin_mugalzhar", "эдмин астыңғы сызық мұғалжар"),  # a district's paper's account (sample54l)
        ("Martok audany", "мәртөк ауданы"),
        ("«Zhetisay» газеті", "«жетісай» газеті"),
    ],
)
def test_a_kazakh_district_in_plain_latin_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_word_that_names_no_district_keeps_the_letter_rules() -> None:
    assert normalize("«Mugal» клубы") == "«мугал» клубы"  # no place, though it opens one
    assert kazakh_place("мұғалжар") and not kazakh_town("мұғалжар")
    assert not kazakh_place("бородулиха")

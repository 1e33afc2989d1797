"""Old print retyped or OCR'd onto the web (oldprint32): examples of our own, on sentences no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a numbered noun that begins with ау- or еу- is a place; a collective numeral keeps its own endings": [
        ("Түсіп болысы 5-ауыл қазағы", "Түсіп болысы бесінші ауыл қазағы"),
        ("Ол 3-ауылда тұрды.", "Ол үшінші ауылда тұрды."),
        ("Оның 2-уі келді.", "Оның екеуі келді."),
        ("Біз 3-еуміз бардық.", "Біз үшеуміз бардық."),
        ("Олардың 4-еуінің аты белгілі.", "Олардың төртеуінің аты белгілі."),
    ],
    "the century abbreviation typed in capitals with its heading": [
        ("ХVІІІ Ғ. СОҢЫНДАҒЫ ОҚИҒАЛАР", "он сегізінші ғасыр соңындағы оқиғалар"),
        ("XV-XVI ҒҒ. ТАРИХЫ", "он бесінші – он алтыншы ғасырлар тарихы"),
        ("XIX ғ. басында", "он тоғызыншы ғасыр басында"),
    ],
    "an old font's Latin H and G for ө and Ө inside Cyrillic words; a capital typed in Latin stays": [
        ("Ол кHп жыл бойы мұғалім болды.", "Ол көп жыл бойы мұғалім болды."),
        ("Даму барысындағы Hзгерiстер енгізілді.", "Даму барысындағы өзгерістер енгізілді."),
        ("Gйткенi ауыл алыс еді.", "Өйткені ауыл алыс еді."),
        ("Hұрлан келді.", "Нұрлан келді."),
    ],
}

test_reading = reading_test(READINGS)

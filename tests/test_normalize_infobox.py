"""Infobox data (wikiboxes26): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "two commas or more before three digits each group thousands": [
        ("Халқы 1,422,354 адам.", "Халқы бір миллион төрт жүз жиырма екі мың үш жүз елу төрт адам."),
        ("Бюджеті 2,500,000 теңге.", "Бюджеті екі миллион бес жүз мың теңге."),
    ],
    "one such comma groups thousands in a table's cell, and is a decimal point outside one": [
        ("Тұрғындар | 48,210 |", "Тұрғындар қырық сегіз мың екі жүз он"),
        ("Ауданы | 2,345 км2 |", "Ауданы екі мың үш жүз қырық бес шаршы шақырым"),
        ("Бағасы 1,318 АЕК.", "Бағасы бір бүтін мыңнан үш жүз он сегіз айлық есептік көрсеткіш."),
        ("Үлесі | 0,125 |", "Үлесі нөл бүтін мыңнан жүз жиырма бес"),
    ],
    "a power set apart from its unit after an amount": [
        ("Аумағы 12 км 2 .", "Аумағы он екі шаршы шақырым."),
        ("Әр 1 км 2 -ге 3 адам.", "Әр бір шаршы шақырымға үш адам."),
        ("Көлемі 40 м 3 .", "Көлемі қырық текше метр."),
    ],
    "an amount per a unit after a spaced slash": [
        ("Тығыздығы 12,4 / км2.", "Тығыздығы он екі бүтін оннан төрт шаршы шақырымына."),
        ("Тығыздығы 30 / шаршы миль.", "Тығыздығы отыз шаршы миліне."),
    ],
    "a wiki's reference number glued onto what it sources is said as nothing": [
        ("Қала 1854 жылы[3] салынған.", "Қала мың сегіз жүз елу төртінші жылы салынған."),
        ("Халқы 12 000[4][5] адам.", "Халқы он екі мың адам."),
    ],
    "a table's pipes, header rule and bullets": [
        ("• Әкімі | Асқар Омаров |", "Әкімі Асқар Омаров"),
        ("Ел | Жапония |\n---|---|", "Ел Жапония\n"),
    ],
    "a hemisphere's letter run onto the next word": [
        ("43°15′NАлматы", "қырық үш градус он бес минут солтүстік ендік Алматы"),
    ],
    "a clipped word before a hyphen and a word is a compound's half": [
        ("Қаланың оңт.-шығысында тау бар.", "Қаланың оңтүстік-шығысында тау бар."),
    ],
}


test_reading = reading_test(READINGS)

"""Geography (geography11): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a number typed onto an infobox's capitalised label": [
        ("Биіктігі3200 м", "Биіктігі үш мың екі жүз метр"),
        ("Ұзындығы12,5 км", "Ұзындығы он екі бүтін оннан бес шақырым"),
        ("Аумағы7 км²", "Аумағы жеті шаршы шақырым"),
    ],
    "a code of two letters is no label: it is read as before": [
        ("Ми8 тікұшағы ұшты.", "Ми сегіз тікұшағы ұшты."),
    ],
    "a volume in cubic kilometres": [
        ("Су көлемі 2,1 км³ болады.", "Су көлемі екі бүтін оннан бір текше шақырым болады."),
        ("Көлемі 30 км3 су.", "Көлемі отыз текше шақырым су."),
    ],
    "an encyclopedia's stumps of an adjective": [
        ("Шың 2400 м абс. биіктікте.", "Шың екі мың төрт жүз метр абсолюттік биіктікте."),
        ("Аймақтың геол. құрылысы күрделі.", "Аймақтың геологиялық құрылысы күрделі."),
        ("Өзеннің геогр. орны ерекше.", "Өзеннің географиялық орны ерекше."),
        ("Ойыс тектоник. жарылымдармен шектелген.", "Ойыс тектоникалық жарылымдармен шектелген."),
    ],
}


test_reading = reading_test(READINGS)


# geoinfo67: places, reserves and local-lore pages (kk-geoinfo67.tsv).
GEOINFO67_READINGS = {
    "a word broken across a lost line end whose part after opens with, or holds, a suffix deriving a new word": [
        ("Палеонтология ескерт-кіштерін қорғау.", "Палеонтология ескерткіштерін қорғау."),  # ескерткіш, not кіш
        ("Ерекше экологиялық, тыны-ғушылық аймақ.", "Ерекше экологиялық, тынығушылық аймақ."),  # тынығу + шылық
        ("Құжаттың норма-тивтік күші бар.", "Құжаттың нормативтік күші бар."),
        ("Ол іс-сапарлық шығынды төледі.", "Ол іс-сапарлық шығынды төледі."),  # сапар is a stem of its own: a pair
        ("Ата-аналық жиналыс өтті.", "Ата-аналық жиналыс өтті."),
    ],
    "a contents' section number closed by a bracket before its title": [
        ("2.1 ) Қазақстан қорықтары және қызыл кітап", "екі бір) Қазақстан қорықтары және қызыл кітап"),
        ("2.2) Қорықтарға сипаттама", "екі екі) Қорықтарға сипаттама"),
        ("2.5) бұл бөлік", "екі бүтін оннан бес) бұл бөлік"),  # a small word after it: the decimal stays
    ],
    "an appendix's letter after its word, closing the heading": [
        ("ҚОСЫМША В", "қосымша вэ"),
        ("ҚОСЫМША Б", "қосымша бэ"),
        ("Қосымша В.", "Қосымша вэ."),
        ("Қосымша В облысында", "Қосымша В облысында"),  # a word after the letter: left to the other rules
    ],
}


test_geoinfo67_readings = reading_test(GEOINFO67_READINGS)

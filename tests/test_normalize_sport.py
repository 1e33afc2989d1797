"""Sport news (sport8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a minus or dash written onto a body weight before its class is the class, no negative mass": [
        ("Ол -73 кг салмақта жеңді.", "Ол жетпіс үш килограмм салмақта жеңді."),
        ("Жарыста -81 кг салмақта жеңді.", "Жарыста сексен бір килограмм салмақта жеңді."),
        ("-48 және -52 кг салмақ категорияларында", "қырық сегіз және елу екі килограмм салмақ категорияларында"),
        ("ерлер -60 кг, -66 кг салмақта", "ерлер алпыс килограмм, алпыс алты килограмм салмақта"),
        ("-57 келі санатында", "елу жеті келі санатында"),
    ],
    "elsewhere a sign before a number is still a minus": [
        ("Ауа температурасы -5 градус", "Ауа температурасы минус бес градус"),
        ("Салмақ айырмасы (-2 кг) аз.", "Салмақ айырмасы (минус екі килограмм) аз."),
    ],
    "a word only of look-alike letters of both scripts takes the script of a plainly Latin neighbour": [
        ("\"IBА Сhampions Night\" кеші", "\"ай би эй чемпионс найт\" кеші"),
        ("Night ІВA кеші", "найт ай би эй кеші"),
        ("Қaзaқстaн құрамасы", "Қазақстан құрамасы"),
        ("ОLХ сайты", "о эл экс сайты"),
    ],
    "sport names the letter and English rules read otherwise": [
        ("IBA жарысы", "ай би эй жарысы"),
        ("Grand Slam турнирі", "гранд слэм турнирі"),
        ("Grand Prix кезеңі", "гран при кезеңі"),
        ("KHL-да ойнайды", "ка ха элде ойнайды"),
        ("Elo рейтингі 2650", "эло рейтингі екі мың алты жүз елу"),
    ],
}


test_reading = reading_test(READINGS)

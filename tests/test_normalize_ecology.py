"""Weather and ecology news (eco8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "regional and environmental initialisms are expanded": [
        ("Брифинг ӨКҚ-да өтті.", "Брифинг Өңірлік коммуникациялар қызметінде өтті."),
        ("ЕҚТА-ның шекарасы нақтыланды.", "ерекше қорғалатын табиғи аумақтың шекарасы нақтыланды."),
        ("Қалада ҚМЖ күтіледі.", "Қалада қолайсыз метеорологиялық жағдайлар күтіледі."),
    ],
    "Latin capitals written onto a number: the letters by name, the number on its own": [
        ("Ауадағы PM2.5 деңгейі жоғары.", "Ауадағы пи эм екі бүтін оннан бес деңгейі жоғары."),
        ("PM2,5-тің үлесі өсті.", "пи эм екі бүтін оннан бестің үлесі өсті."),
        ("Өлшеу PM10 бойынша жүрді.", "Өлшеу пи эм он бойынша жүрді."),
        ("Датчик PM2.5.", "Датчик пи эм екі бүтін оннан бес."),
    ],
    "short capitals the English dictionary spells are spelled, a q in them notwithstanding": [
        ("IQ деңгейі өлшенді.", "ай кью деңгейі өлшенді."),
        ("Қосымша IQAir деректерін көрсетеді.", "Қосымша ай кью эйр деректерін көрсетеді."),
    ],
    "a name of the table run onto a word before it": [
        ("Хабарды Dalamedia.kz таратты.", "Хабарды даламедиа нүкте кей зет таратты."),
        ("Ақпарат Aqparatonline сайтында.", "Ақпарат ақпаратонлайн сайтында."),
    ],
}


test_reading = reading_test(READINGS)

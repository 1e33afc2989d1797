"""Literature, books and memoirs (lit8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a section's two-part number opening a line before a quoted title is a code, not a decimal": [
        ("1.3 «Абай жолы» романының тілі", "бір үш «Абай жолы» романының тілі"),
        ("3.1 “Ақ жол” газеті", "үш бір “Ақ жол” газеті"),
    ],
    "a decimal inside a sentence stays a decimal, even before a quote": [
        ("Кітаптың бағасы 2.5 «мың» емес.", "Кітаптың бағасы екі бүтін оннан бес «мың» емес."),
    ],
    "ж. after a number counting years (an anniversary after a dash, a term under a hundred) is said жыл": [
        ("Абай – 175 ж.", "Абай – жүз жетпіс бес жыл"),
        (
            "Оған 7 ж. 6 ай бас бостандығынан айыру жазасы берілді.",
            "Оған жеті жыл алты ай бас бостандығынан айыру жазасы берілді.",
        ),
        ("Ол 20ж. ұстаз болды.", "Ол жиырма жыл ұстаз болды."),
    ],
    "ж. after a year still says when, a year of the first millennium too, and after a range the plural": [
        ("Түрік қағанаты 552 ж. құрылды.", "Түрік қағанаты бес жүз елу екінші жылы құрылды."),
        ("Оны б.з.б. 60 ж. жазған.", "Оны біздің заманымыздан бұрын алпысыншы жылы жазған."),
        ("Роман 1942 ж. жарық көрді.", "Роман мың тоғыз жүз қырық екінші жылы жарық көрді."),
        ("Ол 1957-62 ж. газетте істеді.", "Ол мың тоғыз жүз елу жетінші – алпыс екінші жылдары газетте істеді."),
    ],
}

test_reading = reading_test(READINGS)

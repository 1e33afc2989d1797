"""History and encyclopedia text (issue 26, hist6): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "an infobox's English hemisphere letters are read in the sentence's language": [
        (
            "Шыңы: 43°03′N 77°05′E",
            "Шыңы: қырық үш градус үш минут солтүстік ендік жетпіс жеті градус бес минут шығыс бойлық",
        ),
        (
            "Арал: 45 ° 12′S 12 ° 30′W",
            "Арал: қырық бес градус он екі минут оңтүстік ендік он екі градус отыз минут батыс бойлық",
        ),
        (
            "Вершина лежит на 43°03′N 77°05′E.",
            "Вершина лежит на сорок три градуса три минуты северной широты семьдесят семь градусов пять минут "
            "восточной долготы.",
        ),
    ],
    "a Russian year takes the case of the plural year word written after it": [
        (
            "Голод охватил степь в 1919-1921 годах.",
            "Голод охватил степь в тысяча девятьсот девятнадцатом – тысяча девятьсот двадцать первом годах.",
        ),
        (
            "Архив хранит письма 1905–1907 годов.",
            "Архив хранит письма тысяча девятьсот пятого – тысяча девятьсот седьмого годов.",
        ),
    ],
    "years listed before one Russian year word all take its case": [
        (
            "Съезды прошли в 1905 и 1917 годах.",
            "Съезды прошли в тысяча девятьсот пятом и тысяча девятьсот семнадцатом годах.",
        ),
        (
            "Музей пополнялся в 1957, 1968 или 1970 годах.",
            "Музей пополнялся в тысяча девятьсот пятьдесят седьмом, тысяча девятьсот шестьдесят восьмом или тысяча "
            "девятьсот семидесятом годах.",
        ),
    ],
    "a dotted abbreviation whose last full stop is left off is still read": [
        ("Қыш құмыралар, жүзік, білезік т.б жәдігерлер", "Қыш құмыралар, жүзік, білезік тағы басқа жәдігерлер"),
        ("Тас дәуірі (б.з.б III мыңжылдық)", "Тас дәуірі (біздің заманымыздан бұрын үшінші мыңжылдық)"),
    ],
    "ж and жж after a year are the year words even without their full stop": [
        ("Мұражай іргетасы 1938 ж", "Мұражай іргетасы мың тоғыз жүз отыз сегізінші жылы"),
        (
            "Жоңғар шапқыншылығы (1723 – 1727жж) кезінде",
            "Жоңғар шапқыншылығы (мың жеті жүз жиырма үшінші – мың жеті жүз жиырма жетінші жылдары) кезінде",
        ),
    ],
    "a Soviet republic's КСР after its people's name is read in full, its suffix on the expansion": [
        ("Өзбек КСР Жоғарғы Кеңесінің төрағасы", "Өзбек Кеңестік Социалистік Республикасы Жоғарғы Кеңесінің төрағасы"),
        ("Украин КСР-інде туған", "Украин Кеңестік Социалистік Республикасында туған"),
    ],
    "a lone Cyrillic І or Х before a name is a monarch's or an event's number": [
        ("1718 жылы І Петрдің жарлығы", "мың жеті жүз он сегізінші жылы бірінші Петрдің жарлығы"),
        ("Х Бурабай форумы өтті", "оныншы Бурабай форумы өтті"),
        ("Жұмыс Х. Досмұхамедов атындағы", "Жұмыс Х. Досмұхамедов атындағы"),  # an initial, not a numeral
        ("І. Жансүгіров", "бірінші Жансүгіров"),  # a heading's numeral at a line's start, as before
    ],
}


test_reading = reading_test(READINGS)


def test_a_lone_letter_after_a_short_number_stays_a_letter() -> None:
    assert normalize("12345 ж").endswith(" ж")
    assert "ж" not in normalize("б.з.б").split()

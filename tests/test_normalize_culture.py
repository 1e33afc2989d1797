"""Culture, literature and religion text (issue 26, culture7): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "ж. and ғ. after a range are the plural year and century words": [
        (
            "Ол 1957-62 ж. аудандық газетте істеді.",
            "Ол мың тоғыз жүз елу жетінші – алпыс екінші жылдары аудандық газетте істеді.",
        ),
        ("Бұл жырлар XV-XVI ғ. туған.", "Бұл жырлар он бесінші – он алтыншы ғасырлар туған."),
    ],
    "a lone І or Х glued to a name at a line's start is an initial, left as written, not a heading's numeral": [
        ("І.Жансүгіров «Құлагер» поэмасын жазды.", "І.Жансүгіров «Құлагер» поэмасын жазды."),
        ("Ол шағын кітап.\nХ.Бекхожин өлеңдері де енді.", "Ол шағын кітап.\nХ.Бекхожин өлеңдері де енді."),
    ],
    "a numeric date may be typed with a space after each full stop": [
        (
            "Жазушы (3. 05. 1938) Ақтоғайда туған.",
            "Жазушы (мың тоғыз жүз отыз сегізінші жылғы үшінші мамыр) Ақтоғайда туған.",
        ),
    ],
    "Russian days joined by и or или before a month share its case": [
        (
            "Спектакль покажут 14 и 15 марта.",
            "Спектакль покажут четырнадцатого и пятнадцатого марта.",
        ),
        (
            "Концерт перенесли на 3 или 4 июня.",
            "Концерт перенесли на третье или четвёртое июня.",
        ),
    ],
    "a Russian label before a range of numbers is plural": [
        (
            "Об этом писал Валиханов (Т. 1-2, С. 112-115).",
            "Об этом писал Валиханов (тома один – два, страницы сто двенадцать – сто пятнадцать).",
        ),
    ],
    "a Russian № glued to its number is номер": [
        (
            "Статья вышла в журнале «Простор» №11 за прошлый год.",
            "Статья вышла в журнале «Простор» номер одиннадцать за прошлый год.",
        ),
    ],
}


test_reading = reading_test(READINGS)


def test_a_lone_letter_after_a_single_year_stays_the_singular_word() -> None:
    assert normalize("Театр 1936 ж. ашылды.") == "Театр мың тоғыз жүз отыз алтыншы жылы ашылды."
    assert normalize("Мешіт XIX ғ. салынған.") == "Мешіт он тоғызыншы ғасыр салынған."

"""Technical specifications and model codes (techspecs30): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a case suffix past the closing quote of a name ending in a number goes onto the number, the last word said": [
        ("«Боинг-747»-ге мінді.", "«Боинг-жеті жүз қырық жетіге» мінді."),
        ("«Ан 2»-нің қанаты", "«Ан екінің» қанаты"),
        ("«Жигули 6»-дан түсті.", "«Жигули алтыдан» түсті."),
    ],
    "a word before the quote keeps its suffix outside; letters no number takes stay where they are": [
        ("«Нұр Отан»-ның мүшесі", "«Нұр Отан»-ның мүшесі"),
        ("«ЭКСПО»-ны көрді", "«экспоны» көрді"),
    ],
    "mobile operators' Latin names are said as Kazakh says them": [
        ("Beeline абоненттері көбейді.", "билайн абоненттері көбейді."),
        ("Beeline-нан хабарлама келді.", "билайннан хабарлама келді."),
        ("Tele 2 операторы", "теле екі операторы"),
    ],
}

test_reading = reading_test(READINGS)

"""Population and statistics (demography9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the civil-registration office's initialism is expanded, with its case suffix": [
            ("АХАТ органдары тіркеді.", "азаматтық хал актілерін тіркеу органдары тіркеді."),
            ("Құжатты АХАТ-қа тапсырды.", "Құжатты азаматтық хал актілерін тіркеуге тапсырды."),
        ],
        "қырық loses its second vowel before a suffix that starts with a vowel, keeps it before a consonant": [
            ("Олардың 40-ы келді.", "Олардың қырқы келді."),
            ("Олардың 140-ына сыйлық берілді.", "Олардың жүз қырқына сыйлық берілді."),
            ("Баланың 40-ында той жасалды.", "Баланың қырқында той жасалды."),
            ("40-тан астам адам", "қырықтан астам адам"),
            ("40-қа жуық адам", "қырыққа жуық адам"),
            ("40-шы жылдары", "қырқыншы жылдары"),
        ],
        "a collective numeral takes its possessive and case after the spoken word": [
            (
                "Олардың 2-уі келді, 6-ауынан хат алдық, 5-еуміз қалдық.",
                "Олардың екеуі келді, алтауынан хат алдық, бесеуміз қалдық.",
            ),
        ],
    }
)

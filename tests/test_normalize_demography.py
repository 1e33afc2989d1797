"""Population and statistics (demography9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the civil-registration office's initialism is expanded, with its case suffix": [
            ("АХАТ органдары тіркеді.", "азаматтық хал актілерін тіркеу органдары тіркеді."),
            ("Құжатты АХАТ-қа тапсырды.", "Құжатты азаматтық хал актілерін тіркеуге тапсырды."),
        ],
    }
)

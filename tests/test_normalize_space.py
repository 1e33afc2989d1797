"""Space and aviation (space9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the space station's initialism is expanded and re-inflected": [
            ("Экипаж ХҒС-қа жетті.", "Экипаж Халықаралық ғарыш станциясына жетті."),
            ("ХҒС-тан оралды.", "Халықаралық ғарыш станциясынан оралды."),
        ],
        "a capital alone after a word and a hyphen is a model's letter": [
            ("«Союз-У» зымыраны", "«Союз-у» зымыраны"),
            ("Зенит-М ұшырылды.", "Зенит-эм ұшырылды."),
        ],
        "a word in small letters after the hyphen is no model letter": [
            ("Алма-Ата", "Алма-Ата"),
        ],
    }
)

"""Pensions and social payments (pension12): a Kazakh initialism with two vowels side by side, on our own examples."""

from tests.conftest import reading_test
from tts_edition.normalize.abbreviations import pronounceable

test_reading = reading_test(
    {
        "a Kazakh initialism with two vowels side by side is spelled, as no Kazakh word has a hiatus": [
            ("Университет ӘЕАТ болып қайта құрылды.", "Университет ә е а тэ болып қайта құрылды."),
            ("ЖЕАҚ-тың есебі", "жэ е а қының есебі"),
        ],
    }
)


def test_only_a_kazakh_initialism_loses_its_word_reading_to_a_hiatus() -> None:
    assert not pronounceable("КЕАҚ") and not pronounceable("ӘЕАТ")  # е а, е а beside a Kazakh letter
    assert pronounceable("РЕАЛ") and pronounceable("ҚАУЫМ")  # a Russian word's hiatus; у is a glide in Kazakh

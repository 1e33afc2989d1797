"""Economy and business text (issue 26, econ7): examples of our own, on words no case file holds."""

from tts_edition.normalize import normalize


def test_the_privative_suffix_is_read_onto_an_expansion() -> None:
    assert normalize("АЕК-сіз төлем") == "айлық есептік көрсеткішсіз төлем"
    assert normalize("ЖШС-сыз") == "жауапкершілігі шектеулі серіктестіксіз"


def test_the_privative_suffix_after_a_possessive_expansion_takes_its_n() -> None:
    assert normalize("ҚР-сыз") == "Қазақстан Республикасынсыз"

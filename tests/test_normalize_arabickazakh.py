"""Kazakh words in the Arabic script inside Cyrillic text (issue 26): no Arabic letter reaches the Kazakh voice."""

from tts_edition.normalize import normalize
from tts_edition.normalize.arabickazakh import ARABIC_LETTER


def test_a_menu_items_arabic_script_word_is_read_as_kazakh() -> None:
    """wrestling51's sportpress.kz menu lists the site's languages, one of them قازاق on a line of its own."""
    assert normalize("  • قازاق") == "қазақ"
    assert normalize("Сайт тілдері: Қазақша, قازاقشا, Latyn") == "Сайт тілдері: Қазақша, қазақша, латын"


def test_presentation_forms_are_arabic_letters_too() -> None:
    assert normalize("ﻗﺎﺯﺍﻕ") == "қазақ"  # the same word in the presentation forms an old PDF copies out
    assert not ARABIC_LETTER.search(normalize("Ол «ﻗﺎﺯﺍﻕ» деп жазды"))


def test_cyrillic_text_is_left_alone() -> None:
    assert normalize("Қазақ тілі") == "Қазақ тілі"

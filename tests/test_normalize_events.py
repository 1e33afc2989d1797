"""Culture events (culture11): concerts and festivals with Latin band names; examples of our own."""

from tests.conftest import reading_test
from tts_edition.normalize.english import read_english
from tts_edition.normalize.pinyin import split

READINGS = {
    "the reduced r-vowel after the glide is ю and its r, or и and о before r when spelled ior": [
        ("Концертте Mercury band өнер көрсетті.", "Концертте меркьюри бэнд өнер көрсетті."),
        ("Junior Eurovision байқауы", "джуниор евровисион байқауы"),
        ("Accuracy сөзі", "экьюраси сөзі"),
    ],
    "a capitalised Latin word written onto a Cyrillic one is the name's second word, said apart": [
        ("«КешYou» тобы", "«Кеш ю» тобы"),
        ("«ДосStars» тобы шықты.", "«Дос старс» тобы шықты."),
        ("Samsungтың жаңа телефоны", "самсунгтың жаңа телефоны"),
    ],
    "after the Italian article Il the name is said as spelled, the article ил": [
        ("Il Volo триосы келеді.", "ил воло триосы келеді."),
        ("IL Divo квартетінің концерті", "ил диво квартетінің концерті"),
    ],
    "no pinyin syllable joins j, q or x to ui or uo, so such a name is no Chinese one": [
        ("Dequine Yenlik ән айтты.", "деквине енлик ән айтты."),
        ("Li Qiang келді.", "ли цян келді."),
    ],
    "a holiday's month capitalised after a hyphenated day is the day's month, the day an ordinal (holidays20)": [
        (
            "«1-Мамыр Қазақстан халқының бірлігі күні» мерекесі",
            "«бірінші мамыр Қазақстан халқының бірлігі күні» мерекесі",
        ),
        ("16-Желтоқсанда шеру өтті.", "он алтыншы желтоқсанда шеру өтті."),
        ("1-Мамырдан бастап", "бірінші мамырдан бастап"),
    ],
    "a shopping and entertainment centre's initialism is expanded, not taken for Latin look-alikes (holidays20)": [
        ("«Хан Шатыр» СОСО аумағында", "«Хан Шатыр» сауда-ойын-сауық орталығы аумағында"),
        ("«Керуен» СОСО-да концерт", "«Керуен» сауда-ойын-сауық орталығында концерт"),
    ],
}

test_reading = reading_test(READINGS)


def test_glide_before_r_vowel_keeps_r() -> None:
    assert read_english("failure") == "фейльюр"
    assert read_english("behavior") == "бехейвиор"
    assert read_english("million") == "миллион"  # the io glide without r is as it was


def test_pinyin_has_no_qui_or_jui() -> None:
    assert split("qui") is None
    assert split("jui") is None
    assert split("gui") == ("gui",)
    assert split("quan") == ("quan",)

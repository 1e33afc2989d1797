"""Culture events (culture11): concerts and festivals with Latin band names; examples of our own."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize
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


def test_a_stressed_lone_e_in_a_word_ending_in_a_is_e() -> None:
    assert read_english("arena") == "арена"  # Beeline Arena, Barys Arena: not арина
    assert read_english("serena") == "серена"
    assert read_english("beta") == "бета"  # not бейта
    assert read_english("vega") == "вега"
    assert read_english("idea") == "айдиа"  # a lone e before the final a itself keeps its sound
    assert read_english("peter") == "питер"  # a word not ending in a keeps its sound


def test_an_amount_after_a_currency_sign_with_english_commas_is_thousands() -> None:
    assert normalize("Жүлде қоры $275,000 құрайды.") == "Жүлде қоры екі жүз жетпіс бес мың доллар құрайды."
    assert normalize("$1,250,000 бөлінді") == "бір миллион екі жүз елу мың доллар бөлінді"
    assert normalize("€12,000-ға жетті") == "он екі мың еуроға жетті"
    assert normalize("$1,5 млрд") == "бір бүтін оннан бес миллиард доллар"  # a decimal comma stays one
    assert normalize("$1,500 млн") == "бір бүтін мыңнан бес жүз миллион доллар"  # before a scale word too

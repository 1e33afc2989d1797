"""Economy and business text (issue 26, econ7): examples of our own, on words no case file holds."""

import pytest

from tests.conftest import reading_test
from tts_edition.normalize import normalize


def test_the_privative_suffix_is_read_onto_an_expansion() -> None:
    assert normalize("АЕК-сіз төлем") == "айлық есептік көрсеткішсіз төлем"
    assert normalize("ЖШС-сыз") == "жауапкершілігі шектеулі серіктестіксіз"


def test_the_privative_suffix_after_a_possessive_expansion_takes_its_n() -> None:
    assert normalize("ҚР-сыз") == "Қазақстан Республикасынсыз"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("«Қазгидромет» РМК болжамы", "«Қазгидромет» республикалық мемлекеттік кәсіпорны болжамы"),
        ("«Жолаушылар тасымалы» АҚ-ның кассасы", "«Жолаушылар тасымалы» акционерлік қоғамының кассасы"),
        ("«Қазақстан темір жолы» АҚ-мен бірлесіп", "«Қазақстан темір жолы» акционерлік қоғамымен бірлесіп"),
        ("«Х» ЖШС-да жалақы өсті", "«Х» жауапкершілігі шектеулі серіктестігінде жалақы өсті"),
        ("«ҚазАвтоЖол» ҰК» АҚ басшысы", "«қазавтожол» ұлттық компаниясы» акционерлік қоғамының басшысы"),
        (
            '"Есіл" ӘКК" ҰК АҚ кәсіпорындары',
            '"Есіл" әлеуметтік-кәсіпкерлік корпорациясы" ұлттық компаниясы акционерлік қоғамы кәсіпорындары',
        ),
        ("«Сырдария» МКК-ның желілері", "«Сырдария» мемлекеттік коммуналдық кәсіпорнының желілері"),
        ("«АГФ Групп»ӨК» өнімі", "«а гэ эф Групп»өндірістік кооперативі» өнімі"),
        # not after a quoted name, or not a legal form: the bare expansion
        ("Ол ЖШС-мен келісті.", "Ол жауапкершілігі шектеулі серіктестікпен келісті."),
        ("«Ашық» НҚА порталында", "«Ашық» нормативтік құқықтық актілер порталында"),
        ("«ВИТА» ЖК иесі", "«вита» жеке кәсіпкер иесі"),
    ],
)
def test_a_legal_form_after_a_quoted_name_is_the_names_kind_with_the_possessive(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "ұн өндірдік, оның 90% облыс аумағынан шығарылды.",
            "ұн өндірдік, оның тоқсан пайызы облыс аумағынан шығарылды.",
        ),
        ("олардың 49% жұмыспен қамтылған.", "олардың қырық тоғыз пайызы жұмыспен қамтылған."),
        ("Соның 12,5% экспортталды.", "Соның он екі бүтін оннан бес пайызы экспортталды."),
        # a noun in the genitive may own the noun after the share: the share stays bare
        ("облыстың 5% өсімі", "облыстың бес пайыз өсімі"),
    ],
)
def test_a_percentage_after_a_genitive_pronoun_is_the_share_it_owns(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_number_alone_on_its_line_is_no_section_number_of_the_next_lines_heading() -> None:
    """economy41: a ticker's rate on its own line (cny 0.00% / 68.07) before a headline."""
    assert normalize("cny 0.00%\n68.07\nҚостанай облысы") == (
        "юань нөл бүтін жүзден нөл пайыз\nалпыс сегіз бүтін жүзден жеті\nҚостанай облысы"
    )
    assert normalize("1.1 Жалпы ережелер") == "бір бір Жалпы ережелер"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Жастар халқымыздың 30% құрап, бөлігі болды.", "Жастар халқымыздың отыз пайызын құрап, бөлігі болды."),
        ("Жастар халықтың 21% құрайды.", "Жастар халықтың жиырма бір пайызын құрайды."),
        ("оның 2,5% құрайтын үлесі", "оның екі бүтін оннан бес пайызын құрайтын үлесі"),
        ("Бұл есептің 34% құраған.", "Бұл есептің отыз төрт пайызын құраған."),
        ("Көрсеткіш 81% құрады.", "Көрсеткіш сексен бір пайыз құрады."),  # no owner: as written
        ("деңгейдің 55-65% құрады.", "деңгейдің елу бес – алпыс бес пайыз құрады."),  # a range: as written
        ("халықтың 30% құралды.", "халықтың отыз пайыз құралды."),  # not a verb of making up
    ],
)
def test_a_share_its_genitive_owns_made_up_by_a_verb_is_possessed_in_the_accusative(written: str, spoken: str) -> None:
    """youth47: халқымыздың 30% құрап → отыз пайызын құрап, as "30%-ын құрайды" is written."""
    assert normalize(written) == spoken


def test_a_contents_section_number_three_lines_from_its_neighbour_is_a_section() -> None:
    """biology63: a contents giving each section its number, title and page on lines of their own."""
    contents = "1\nШОЛУ\n5\n1.1\nБалқаш бассейні\n5\n1.2\nБалықтар тарихы\n7"
    assert normalize(contents) == "бір\nшолу\nбес\nбір бір\nБалқаш бассейні\nбес\nбір екі\nБалықтар тарихы\nжеті"


ECONOMICS66_READINGS = {
    "an increment's sign written onto a quantity's letter is said дельта; a sign alone, or a Greek word's Δ, stays": [
        ("∆Q %", "дельта кью пайыз"),
        ("ΔT = 5", "дельта тэ тең бес"),
        ("∆ белгісі", "∆ белгісі"),
    ],
    "a unit after a quantity's letter or name and a comma, ending the line, is the axis's or the column's unit": [
        ("P, тг", "пи, теңге"),
        ("Бағасы, тг", "Бағасы, теңге"),  # a column's heading (units27: Орындау уақыты, мин*)
        ("P, тг 600", "пи, тг алты жүз"),
    ],
    "a number's hyphen typed as an en dash before a word is the hyphen; a range's dash and a spaced one stay": [
        ("1–кесте", "бірінші кесте"),
        ("1–кестеде көрсетілген", "бірінші кестеде көрсетілген"),
        ("3–ке дейін", "үшке дейін"),
        ("3–4 сынып", "үшінші – төртінші сынып"),
        ("2020 – жыл", "екі мың жиырма – жыл"),
    ],
    "ЖҰӨ, the gross national product, beside ЖІӨ in the table": [
        ("Оукен заңы және ЖҰӨ.", "Оукен заңы және жалпы ұлттық өнім."),
        ("ЖҰӨ-нің дефляторы", "жалпы ұлттық өнімнің дефляторы"),
    ],
}
test_economics66_mechanisms_read_their_examples = reading_test(ECONOMICS66_READINGS)

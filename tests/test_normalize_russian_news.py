"""Russian inside Kazakh news (rus8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import language_runs, normalize
from tts_edition.normalize.language import KAZAKH, RUSSIAN

READINGS = {
    "a scale word's abbreviation stop inside a sentence is the abbreviation's (scales31)": [
        ("Выделено 3 млн. тенге на ремонт дорог.", "Выделено три миллиона тенге на ремонт дорог."),
        (
            "Стоимость проекта составила 2,5 млрд. рублей.",
            "Стоимость проекта составила две целых пять десятых миллиарда рублей.",
        ),
        (
            "Общая сумма составила 7 млрд., из них половина ушла на дороги.",
            "Общая сумма составила семь миллиардов, из них половина ушла на дороги.",
        ),
    ],
    "the Macedonian kje an old Kazakh font put for қ is read as қ": [
        ("Бұл ќаланың тарихы.", "Бұл қаланың тарихы."),
        ("Ќызылорда облысы", "Қызылорда облысы"),
        ("Ол жаќсы оќыды.", "Ол жақсы оқыды."),
    ],
    "a clipped б. closing a bracketed reference is the page, after a hyphenated number the article": [
        ("Автор былай дейді [15-б.].", "Автор былай дейді [он бесінші бет]."),
        ("Бұл туралы [2, 134-б.] айтылған.", "Бұл туралы [екі, жүз отыз төртінші бет] айтылған."),
        ("Кодекстің 12-б. күшін жойды.", "Кодекстің он екінші бап күшін жойды."),
    ],
    "a list number glued to its item's first word is an ordinal set apart": [
        ("Талаптар: 1.Өтініш береді. 2.Құжат тапсырады.", "Талаптар: бірінші Өтініш береді. екінші Құжат тапсырады."),
        ("Мақсаты: 1.Білім беру.", "Мақсаты: бірінші Білім беру."),
        ("Бағасы 3.5 мың теңге.", "Бағасы үш бүтін оннан бес мың теңге."),
    ],
    "a Russian label ending in -ения or -вания makes its date Russian": [
        ("Дата рождения: 12.03.1985", "Дата рождения: двенадцатое марта тысяча девятьсот восемьдесят пятого года"),
        (
            "Дата заключения договора: 15.06.2021",
            "Дата заключения договора: пятнадцатое июня две тысячи двадцать первого года",
        ),
        ("Компания жұмыс істейді.", "Компания жұмыс істейді."),
    ],
    "a plural suffix after an initialism whose expansion is already plural is not said twice": [
        ("ІІО-лардың қызметкерлері келді.", "ішкі істер органдарының қызметкерлері келді."),
        ("ЖЭК-тердің үлесі өсті.", "жаңартылатын энергия көздерінің үлесі өсті."),
        ("ЖОО-ларға түсті.", "жоғары оқу орындарына түсті."),
    ],
    "a web address inside Russian says its dot and underscore in Russian, inside Kazakh in Kazakh (fashion35)": [
        (
            "Об этом сообщает портал Kursiv.kz со ссылкой на пресс-службу министерства.",
            "Об этом сообщает портал курсив точка кей зет со ссылкой на пресс-службу министерства.",
        ),
        (
            "Подробности читайте на сайте www.gov.kz в разделе новостей.",
            "Подробности читайте на сайте дабл-ю дабл-ю дабл-ю точка гов точка кей зет в разделе новостей.",
        ),
        (
            "Напишите нам в телеграм-канал astana_news, там все подробности.",
            "Напишите нам в телеграм-канал астана нижнее подчёркивание ньюс, там все подробности.",
        ),
        ("Бұл туралы Kursiv.kz сайты хабарлады.", "Бұл туралы курсив нүкте кей зет сайты хабарлады."),
        (
            "Об этом сообщает Lada.kz. Бұл туралы Lada.kz хабарлады.",
            "Об этом сообщает лада точка кей зет. Бұл туралы лада нүкте кей зет хабарлады.",
        ),
    ],
}


test_reading = reading_test(READINGS)


def test_a_russian_keyword_list_before_a_kazakh_photo_credit_leaves_the_credit_kazakh() -> None:
    written = (
        "Школьная столовая, еда в школе, школьный буфет, питание в школах, сурет - Zakon.kz жаңалық 12.01.2026 14:18"
    )
    assert normalize(written).endswith(
        "сурет - закон нүкте кей зет жаңалық екі мың жиырма алтыншы жылғы он екінші қаңтар он төрт он сегіз"
    )


def test_russian_tags_with_a_place_after_a_preposition_leave_the_credit_kazakh() -> None:
    written = (
        "Смог, загрязнение воздуха, выхлопы, смог в Алматы, загрязнение воздуха в Алматы, сурет - Zakon.kz жаңалық"
        " 14.11.2025 15:30"
    )
    assert normalize(written).endswith(
        "сурет - закон нүкте кей зет жаңалық екі мың жиырма бесінші жылғы он төртінші қараша он бес отыз"
    )


def test_a_russian_sentence_of_long_clauses_before_a_kazakh_word_stays_russian() -> None:
    written = "Мы долго ждали хорошую погоду в горах, но снег шёл весь день, сурет - Zakon.kz"
    assert "точка" in normalize(written)


def test_an_initialism_among_russian_tags_before_a_kazakh_credit_is_read_with_russian_letters() -> None:
    written = "жилые комплексы, ЖК, высотные дома, многоэтажные дома , сурет - Zakon.kz жаңалық 05.01.2026 13:46"
    assert normalize(written) == (
        "жилые комплексы, жэ ка, высотные дома, многоэтажные дома, сурет - закон нүкте кей зет жаңалық"
        " екі мың жиырма алтыншы жылғы бесінші қаңтар он үш қырық алты"
    )


def test_kazakh_tags_before_a_credit_keep_a_kazakh_initialism() -> None:
    written = "Дауылбай қорымы, Жаңа ЖК, сурет - Zakon.kz жаңалық"
    assert normalize(written) == "Дауылбай қорымы, Жаңа жеке кәсіпкер, сурет - закон нүкте кей зет жаңалық"


def test_a_kazakh_credit_after_a_russian_caption_reads_its_width_and_date_in_kazakh() -> None:
    written = "Виды резиденции президента Казахстана - Акорды - Sputnik Қазақстан, 1920, 15.06.2024"
    assert normalize(written) == (
        "Виды резиденции президента Казахстана - Акорды - спутник Қазақстан, мың тоғыз жүз жиырма,"
        " екі мың жиырма төртінші жылғы он бесінші маусым"
    )
    assert [run.lang for run in language_runs(written)] == [RUSSIAN, KAZAKH]


def test_a_russian_sentence_whose_last_part_after_a_dash_is_a_name_and_a_date_stays_russian() -> None:
    written = "Встреча прошла в Алматы - Ерлан Әлиев, 15.06.2024"
    assert normalize(written).endswith("Ерлан Әлиев, пятнадцатое июня две тысячи двадцать четвёртого года")
    written = "Мы ценим дружбу – сказал он, 15.06.2024"
    assert [run.lang for run in language_runs(written)] == [RUSSIAN]

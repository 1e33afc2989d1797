"""Numbers where they meet measures and signs (issue 26, units4): examples of our own, not the case files."""

import pytest

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "a sign standing alone takes the case suffix written on it": [
        ("Кесте: өзгерісі, %-ға шаққанда", "Кесте: өзгерісі, пайызға шаққанда"),
        ("бағаны ‰-мен белгілейді", "бағаны промиллемен белгілейді"),
        ("өсімі % -пен көрсетілген", "өсімі пайызбен көрсетілген"),
    ],
    "a sign of comparison before a number puts it in the ablative, a rate's unit said first (units23)": [
        ("Мұнай өнімдері 0,1 <0,02", "Мұнай өнімдері нөл бүтін оннан бір нөл бүтін жүзден екіден кем"),
        ("нитраттар >110 мг", "нитраттар жүз он миллиграммнан артық"),
        ("топта ≤ 5 адам", "топта бестен артық емес адам"),
        ("деңгейі <0,02 мг/л болды", "деңгейі литріне нөл бүтін жүзден екі миллиграммнан кем болды"),
    ],
    "units of radiation dose and a water's hardness, after a number or in a table's column (units23)": [
        ("қуаты 0,10 мкЗв/сағ", "қуаты сағатына нөл бүтін жүзден он микрозиверт"),
        ("дозасы 20 мЗв-ке жетті", "дозасы жиырма миллизивертке жетті"),
        ("Жалпы қаттылық мг-экв./л 7,0", "Жалпы қаттылық миллиграмм-эквивалент литріне жеті бүтін оннан нөл"),
    ],
    "an element's symbol in brackets after the element's name is the element's (units23)": [
        ("Темір (Fe, жиынтық) мг/л", "Темір (феррум, жиынтық) миллиграмм литріне"),
        ("Мыс (Cu) мөлшері", "Мыс (купрум) мөлшері"),
        ("Мырыш (Zn) бар", "Мырыш (цинк) бар"),
    ],
    "a plus between two numbers is the sum's": [
        ("Қоссайыста 150+180 кг көтерді", "Қоссайыста жүз елу плюс жүз сексен килограмм көтерді"),
        ("нәтижесі 3 + 4 ұпай", "нәтижесі үш плюс төрт ұпай"),
    ],
    "a plus glued to a signed number joins the ends of a range, as the weather writes them, and is said": [
        ("күндіз +20+25°С", "күндіз плюс жиырма – плюс жиырма бес градус"),
        ("түнде +1+6°С-қа дейін", "түнде плюс бір – плюс алты градусқа дейін"),
    ],
    "a letter x between two numbers is the multiplication sign": [
        ("Алаңның өлшемі 30х60 метр.", "Алаңның өлшемі отыз көбейту алпыс метр."),
        ("экраны 1920x1080 нүкте", "экраны мың тоғыз жүз жиырма көбейту мың сексен нүкте"),
        ("3 × 4 бөлме", "үш көбейту төрт бөлме"),
    ],
    "the full stop of a clipped unit before the next number is the abbreviation's": [
        ("Жол 3 сағ. 40 мин. алады.", "Жол үш сағат қырық минут алады."),
        ("Үзіліс 1 сағ. 5 мин. бойы", "Үзіліс бір сағат бес минут бойы"),
        ("Жарыс 2 сағ. 40 мин. 15 сек. созылды.", "Жарыс екі сағат қырық минут он бес секунд созылды."),
        ("Марафон 2 ч., 01 мин., 39 с", "Марафон екі сағат, бір минут, отыз тоғыз секунд"),  # Russian's hour clip
        ("Ол 5 чашка шай ішті", "Ол бес чашка шай ішті"),  # a word after the number, not the clip
    ],
    "a race time of three parts with hundredths is read part by part, as a clock is; tenths are a lap time": [
        ("Ол 2:08.35 уақыт көрсетті.", "Ол екі нөл сегіз отыз бес уақыт көрсетті."),
        ("мәреге 3:05:09 уақытпен жетті", "мәреге үш сағат бес минут тоғыз секунд уақытпен жетті"),
        ("нәтижесі 0:59,4-ке жақсарды", "нәтижесі елу тоғыз бүтін оннан төрт секундқа жақсарды"),
    ],
    # autos15: a speed per hour says its hour first; compoundunits25: a case suffix written on is then the amount's.
    "a unit after әр or әрбір, as a price list gives it, is said as after an amount, its case suffix its own": [
        ("Газет бетінің әр см2 – 120 теңге;", "Газет бетінің әр шаршы сантиметр – жүз жиырма теңге;"),
        ("Әр см² үшін 150 теңге төленеді.", "Әр шаршы сантиметр үшін жүз елу теңге төленеді."),
        ("әрбір га-ға 5 мың теңге", "әрбір гектарға бес мың теңге"),
        ("әр км сайын белгі қойылды", "әр шақырым сайын белгі қойылды"),
        ("әр м үшін", "әр м үшін"),  # a single letter stays: it need not be a unit
        ("әрі қарай 2 км", "әрі қарай екі шақырым"),
    ],
    "a unit alone in a table's cell is said as after an amount (pharmacy40)": [
        ("| Азатиоприн | таблетка | мг | 1,56 |", "Азатиоприн таблетка миллиграмм бір бүтін жүзден елу алты"),
        ("| Су | м3 | 120 |", "Су текше метр жүз жиырма"),
        ("|га|5|", "гектар бес"),
        ("| ерітінді | мл 2 |", "ерітінді мл екі"),  # a cell with more than the unit is no unit's cell
        ("| қала | м | 5 |", "қала м бес"),  # a single letter stays: it need not be a unit
    ],
    # archaeology40: the power written out as a word before a length's symbol.
    "a length's symbol after шаршы or текше is its name, a case suffix its own": [
        ("12 шаршы м аумақта", "он екі шаршы метр аумақта"),
        ("Қазан 5 текше м.", "Қазан бес текше метр."),
        ("12 шаршы км-ге дейін", "он екі шаршы шақырымға дейін"),
        ("Шаршы мм бағасы", "Шаршы миллиметр бағасы"),
        ("шаршы метр", "шаршы метр"),  # written out: nothing to say
        ("шаршы ма?", "шаршы ма?"),  # a question particle, no unit
    ],
    # unseen38i: a tariff table's rate per cubic metre, the symbol with its power typed on and no amount
    "a length's symbol with its power and no amount is its name": [
        ("м3 үшін 2,0 теңгеге дейін", "текше метр үшін екі бүтін оннан нөл теңгеге дейін"),
        ("м² үшін 500 теңге", "шаршы метр үшін бес жүз теңге"),
        ("10 млн м3 су", "он миллион текше метр су"),
    ],
    # geotest61: a translation carries the Russian кв.'s stop over onto шаршы.
    "a stop after шаршы or текше before a length's symbol goes unsaid": [
        ("219 мың шаршы. км қойманың ауданы", "екі жүз он тоғыз мың шаршы шақырым қойманың ауданы"),
        ("5 текше. см су", "бес текше сантиметр су"),
        ("шаршы. км-ге дейін", "шаршы шақырымға дейін"),
        ("Бөлме шаршы. Мен кірдім.", "Бөлме шаршы. Мен кірдім."),  # a sentence's end before a capital stays
        ("пішіні шаршы. м әрпі", "пішіні шаршы. эм әрпі"),  # a lone letter after a stop is no metre: a letter
    ],
    "a speed per hour is said with its hour first": [
        ("20–40 км/сағ аралығында", "сағатына жиырма – қырық шақырым аралығында"),
        ("40 км/сағ және одан көп", "сағатына қырық шақырым және одан көп"),
        ("жылдамдығы 60 км/сағ дейін", "жылдамдығы сағатына алпыс шақырымға дейін"),
        ("10–20 км/сағ-қа арттырды", "сағатына он – жиырма шақырымға арттырды"),
        ("желі 12 м/с", "желі он екі метр секундына"),  # only an hour comes first
        ("140 км/сағаттан 110 км/сағатқа дейін", "сағатына жүз қырық шақырымнан сағатына жүз он шақырымға дейін"),
    ],
    # compoundunits25: the unit an amount is per takes the case the sentence wants after its 3rd-person possessive,
    # written on the rate (with a hyphen, typed apart, or on a unit written out) or governed by the word after it.
    "the unit an amount is per takes the possessive and the case": [
        ("121,1 мкг/м3-ке жетті", "жүз жиырма бір бүтін оннан бір микрограмм текше метріне жетті"),
        ("60 мкг/м3 -тен асты", "алпыс микрограмм текше метрінен асты"),
        ("94 Мбит/с-қа жетті", "тоқсан төрт мегабит секундына жетті"),
        ("1,5 мг/л-ден аспау керек", "бір бүтін оннан бес миллиграмм литрінен аспау керек"),
        ("15-20 метр/секундтен асады", "он бес – жиырма метр секундынан асады"),
        ("5 м/с дейін күшейеді", "бес метр секундына дейін күшейеді"),
        ("5 м/с бастап күшейеді", "бес метр секундынан бастап күшейеді"),
        ("2,7 г/см³ болады", "екі бүтін оннан жеті грамм текше сантиметріне болады"),
        ("120 м³/тәулік", "жүз жиырма текше метр тәулігіне"),
    ],
    # compoundunits25: a rate typed with a backslash, and a speed typed with its units swapped, are the rate meant.
    "a rate typed with a backslash or with its speed's units swapped": [
        ("жел 12 м\\с", "жел он екі метр секундына"),
        ("14-17 с/м жел кезінде", "он төрт – он жеті метр секундына жел кезінде"),
        ("28,4 с/м дейін", "жиырма сегіз бүтін оннан төрт метр секундына дейін"),
        ("90 сағ/км жылдамдықпен", "сағатына тоқсан шақырым жылдамдықпен"),
        ("5 мин/км қарқынмен", "бес минут шақырымына қарқынмен"),  # a pace is no swapped speed
    ],
}


INFRA47_READINGS = {
    "a road's kilometre post written with its unit first is read with the unit after (infra47)": [
        (
            "Жөндеу Қарағанды-Балқаш, км 120-185 учаскесінде жүреді.",
            "Жөндеу Қарағанды-Балқаш, жүз жиырма – жүз сексен бес шақырым учаскесінде жүреді.",
        ),
        ("Жол км 12 тұсында жабылды.", "Жол он екі шақырым тұсында жабылды."),
        ("Аралығы 10 км 500 м болды.", "Аралығы он шақырым бес жүз метр болды."),  # the number's own unit: no post
    ],
    "a freight or passenger turnover's unit is the tonne's or the passenger's kilometre (infra47)": [
        ("Жүк айналымы 12,5 млрд тонна-км болды.", "Жүк айналымы он екі бүтін оннан бес миллиард тонна-шақырым болды."),
        ("Айналым 80 млн т-км құрады.", "Айналым сексен миллион тонна-шақырым құрады."),
        ("Жолаушы айналымы 3 млрд жолаушы-км болды.", "Жолаушы айналымы үш миллиард жолаушы-шақырым болды."),
    ],
    "a unit's symbol with a case suffix and no amount is the unit so inflected (infra47)": [
        ("Тұрғындар квт-на 20 теңгеден төлейді.", "Тұрғындар киловаттына жиырма теңгеден төлейді."),
        ("Бағасы км-ге шаққанда өсті.", "Бағасы шақырымға шаққанда өсті."),
        ("Ауылда 15 квт қуат бар.", "Ауылда он бес киловатт қуат бар."),  # the small-letter kilowatt after a number
        (
            "Қаттылығы мг-экв./л өлшенеді.",
            "Қаттылығы миллиграмм-эквивалент литріне өлшенеді.",
        ),  # no suffix: the unit's own
    ],
}


test_units_read_as_a_newsreader_says_them = reading_test(READINGS)
test_infra47_mechanisms_read_their_examples = reading_test(INFRA47_READINGS)

# school59: a physics test's pressures.
SCHOOL59_READINGS = {
    "pascals, atmospheres and millimetres of mercury typed without spaces are said after a number only": [
        ("Қысым 2 атм жетті.", "Қысым екі атмосфера жетті."),
        ("Қан қысымы 120 мм.сын.бағ. болды.", "Қан қысымы жүз жиырма миллиметр сынап бағанасы болды."),
        ("Па деп жазды.", "Па деп жазды."),
    ],
}
test_school59_units = reading_test(SCHOOL59_READINGS)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Сағат 14:30-да басталады", "Сағат он төрт отызда басталады"),  # two parts: a clock time, as before
        ("Есеп 3:1 болды", "Есеп үш – бір болды"),  # a score stays a score
        ("Биіктігі 5 м. 2020 жылы салынды", "Биіктігі бес метр. екі мың жиырмасыншы жылы салынды"),  # a symbol's stop
        ("Тақтаға 7х деп жазылған", "Тақтаға жеті х деп жазылған"),  # no number after the letter: no sign
        ("Компания (Co) деп аталады", "Компания (коу) деп аталады"),  # no element's name before: no element
    ],
)
def test_what_is_no_race_time_or_product_is_left_to_the_other_rules(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


# drug61: a Latin school menu converted to Cyrillic, its suffix's hyphen typed with a space after it.
DRUG61_READINGS = {
    "a unit's endings after a hyphen and a space are the unit's": [
        ("6-10 жас тобында – 15 г- нан 3 г-ға дейін;", "алты – он жас тобында – он бес граммнан үш граммға дейін;"),
        ("15 кг- нан артық", "он бес килограммнан артық"),
    ],
    "a word after a spaced dash, or a word that is no ending, stays apart": [
        ("15 г - нан пісірілді", "он бес грамм - нан пісірілді"),
        ("3 г- жақсы", "үш грамм- жақсы"),
    ],
}

test_drug61_readings = reading_test(DRUG61_READINGS)


def test_physics_units_after_a_number() -> None:
    assert normalize("F=4 Н") == "эф тең төрт ньютон"
    assert normalize("C. 1 Кл-ға тең") == "си. бір кулонға тең"
    assert normalize("q=4 кН/м таралған күш") == "ку тең төрт килоньютон метріне таралған күш"
    assert normalize("жиілігі 300 ТГц болса") == "жиілігі үш жүз терагерц болса"


def test_a_second_squared_after_the_slash() -> None:
    assert (
        normalize("Егер локомотив 0,1 м/с2 үдеумен тежелсе")
        == "Егер локомотив нөл бүтін оннан бір метр секунд квадратына үдеумен тежелсе"
    )
    assert normalize("Өлшем бірлігі м/с2") == "Өлшем бірлігі метр секунд квадратына"
    assert normalize("– бастапқы жылдамдық (м/с)") == "– бастапқы жылдамдық (метр секундына)"


def test_a_one_letter_unit_in_brackets_without_a_rate_stays() -> None:
    assert normalize("а (г) тармағы") == "а (г) тармағы"


def test_seconds_after_a_number_before_a_word_or_a_suffix_or_typed_in_latin() -> None:
    assert normalize("40 с өткенде") == "қырық секунд өткенде"
    assert normalize("жарық 2,14 с-та жүріп өтсе") == "жарық екі бүтін жүзден он төрт секундта жүріп өтсе"
    assert normalize("А) 40c В) 20c") == "эй) қырық секунд би) жиырма секунд"


def test_a_references_page_count_is_no_second() -> None:
    assert "секунд" not in normalize("Алматы: Білім, 1994. - 352 с")


def test_a_dotted_time_with_its_suffix_before_an_initial() -> None:
    assert normalize("сағат 17.00-де Н.Бекежанов атындағы театрда") == (
        "сағат он жеті нөл нөлде Н. Бекежанов атындағы театрда"
    )
    assert normalize("ұзындығы 1.25 м") == "ұзындығы бір бүтін жүзден жиырма бес метр"


def test_a_unit_per_a_bracketed_product_of_units() -> None:
    assert normalize("8,31 Дж/(моль·К)") == "сегіз бүтін жүзден отыз бір джоуль бөлінген моль көбейту кельвин"
    assert normalize("м3/(кг·с2)") == "текше метр бөлінген килограмм көбейту секунд квадрат"


def test_a_unit_per_kelvin_without_brackets() -> None:
    assert normalize("1,38·10-23 Дж/К") == (
        "бір бүтін жүзден отыз сегіз көбейту он минус жиырма үш дәрежесінде джоуль бөлінген кельвин"
    )
    assert normalize("[c] = 1 Дж/ кг  К") == "[цэ] тең бір джоуль бөлінген килограмм кельвин"
    assert normalize("4200 Дж/кг·К") == "төрт мың екі жүз джоуль бөлінген килограмм көбейту кельвин"
    # a slash before a word that opens with К is no unit's
    assert normalize("Материалдар / Күкірт қышқылы") == "Материалдар, Күкірт қышқылы"


def test_a_unit_before_a_bracketed_word_is_no_product() -> None:
    assert "бөлінген" not in normalize("бағасы 500 тг/(кг)")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "өлшем бірліктері (Ом*м, Ом*мм2/м);",
            "өлшем бірліктері (ом көбейту метр, ом көбейту шаршы миллиметр бөлінген метр);",
        ),
        ("5 кВт*сағ", "бес киловатт-сағат"),  # with a number, the amount's unit
        ("4*100 м", "төрт көбейту жүз метр"),  # numbers, not units
    ],
)
def test_a_product_of_units_without_a_number_is_said_unit_by_unit(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


# wordprob62: units of a primary test.
def test_square_decimetres() -> None:
    assert normalize("ауданы 140дм2") == "ауданы жүз қырық шаршы дециметр"


def test_seconds_written_as_a_letter_after_minutes() -> None:
    assert normalize("А) 1мин 34с Б) 1мин 36с") == "а бір минут отыз төрт секунд бэ) бір минут отыз алты секунд"
    assert normalize("Білім, 1994. - 352 с").endswith("үш жүз елу екі бет")  # a page count, after no minutes


def test_seconds_written_as_a_letter_after_a_fraction_an_estimate_or_minutes_and_a_comma() -> None:
    assert normalize("100 м 9,58 с Усэйн Болт Ямайка") == (
        "жүз метр тоғыз бүтін жүзден елу сегіз секунд Усэйн Болт Ямайка"
    )
    assert normalize("A) ≈ 48 с") == "эй) шамамен қырық сегіз секунд"
    assert normalize("2 ч., 01 мин., 39 с Элиуд").endswith("бір минут, отыз тоғыз секунд Элиуд")
    assert normalize("28,4 с/м дейін") == "жиырма сегіз бүтін оннан төрт метр секундына дейін"  # a rate's unit
    assert "секунд" not in normalize("Алматы, 2005. - 704 с")  # a page count: whole and exact
    assert "секунд" not in normalize("(Мектеп) 352 с")  # a bracketed word is no option's letter


def test_a_tests_options_in_seconds_marked_with_a_stop_are_kazakh_seconds_not_russian_pages() -> None:
    assert normalize("А) 10с. В) 15с. С) 20с. D) 40с. E) 50с.") == (
        "эй) он секунд. би) он бес секунд. си) жиырма секунд. ди) қырық секунд. и) елу секунд."
    )


def test_days_clipped_to_tauyl() -> None:
    assert normalize("4 тәул. 18 сағ") == "төрт тәулік он сегіз сағат"


# astro64: astronomy's distances.
def test_parsecs_and_the_astronomical_unit_after_a_number() -> None:
    assert normalize("көлденеңі шамамен 30 кпк, ал қалыңдығы 4 кпк.") == (
        "көлденеңі шамамен отыз килопарсек, ал қалыңдығы төрт килопарсек."
    )
    assert normalize("1 пк-ге тең, 2 Мпк қашықтықта") == "бір парсекке тең, екі мегапарсек қашықтықта"
    assert normalize("шамамен 40 а.б. немесе") == "шамамен қырық астрономиялық бірлік немесе"
    assert normalize("ПК сатып алды") == "пэ ка сатып алды"  # no number before it: the computer's initialism


# wiki71: a unit takes a suffix written onto it, never the next word.
def test_a_unit_is_not_inflected_by_the_word_after_it() -> None:
    assert normalize("880 га тың жер игерілді.") == "сегіз жүз сексен гектар тың жер игерілді."
    assert normalize("880 га-ның жері") == "сегіз жүз сексен гектардың жері"
    assert normalize("5 мкг/м3 -тен асты") == "бес микрограмм текше метрінен асты"  # a hyphen typed apart
    assert normalize("2-7 ден") == "екі – жетіден"  # a bare number takes a spaced suffix


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("кг", "килограмм"),  # a scraped fraction's numerator or denominator, alone on its line
        ("м3", "текше метр"),
        ("с2", "секунд квадрат"),
        ("моль  К", "моль кельвин"),
        ("A) 1Н\nДж\nB)", "эй) бір ньютон\nджоуль\nби)"),
        ("Н", "эн"),  # one letter alone is a drop cap's or a variable's
        ("МБ", "эм бэ"),  # and an initialism's capitals stay an initialism
        ("кг мата", "кг мата"),  # a symbol with a word after it is no line of units
    ],
)
def test_a_line_of_units_alone_is_said_unit_by_unit(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_the_unit_after_the_words_that_name_it_one() -> None:
    assert normalize("Оның өлшем бірлігі Дж/℃.") == "Оның өлшем бірлігі джоуль бөлінген градус цельсий."
    assert normalize("Оның өлшем бірлігі Дж/(кг*℃).") == (
        "Оның өлшем бірлігі джоуль бөлінген килограмм көбейту градус цельсий."
    )
    assert normalize("Күштің өлшем бірлігі Н.") == "Күштің өлшем бірлігі ньютон."
    assert normalize("халықтың бірлігі мен тұтастығы") == "халықтың бірлігі мен тұтастығы"
    assert normalize("елдің бірлігі т.б. мәселелер") == "елдің бірлігі тағы басқа мәселелер"  # the unity of a people


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Fсерп, Н", "эф серп, ньютон"),  # a quantity's letter with its subscript run on
        ("P, тг", "пи, теңге"),
        ("Орындау уақыты, мин*", "Орындау уақыты, минут"),  # a column's heading, its footnote's star unsaid
        ("айта келе, т", "айта келе, т"),  # a word broken at the line's end
        ("Бағасы, тг 600", "Бағасы, тг алты жүз"),  # more after it on the line
    ],
)
def test_a_unit_after_a_quantitys_name_and_a_comma_closing_its_line(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


# units28: a physics test's and a chemistry lesson's units after a number.
UNITS28_READINGS = {
    "a unit whose soft sign bars the possessive is what an amount is per in the plain dative": [
        ("М(S)=32г/моль", "эм (эс) тең отыз екі грамм мольге"),
        ("32·10-3 кг/моль болса", "отыз екі көбейту он минус үш дәрежесінде килограмм мольге болса"),
        ("32 г/моль дейін", "отыз екі грамм мольге дейін"),
        ("30 / шаршы миль", "отыз шаршы миліне"),  # миль and баррель take it
        ("Мұнай $85/баррель болды.", "Мұнай сексен бес доллар барреліне болды."),
    ],
    "a capital К after a number is the kelvin before температура, after T = and as a numbered answer": [
        ("және 300К температурадағы ауаның", "және үш жүз кельвин температурадағы ауаның"),
        ("T = 273 К болғанда", "тэ тең екі жүз жетпіс үш кельвин болғанда"),
        ("1. 273К.", "бірінші екі жүз жетпіс үш кельвин."),
        ("Абай көшесі 18К үйде", "Абай көшесі он сегіз ка үйде"),  # a house's letter
        ("1. 18К үй", "бірінші он сегіз ка үй"),  # a word after it: no answer of a temperature
    ],
    "the Celsius letter alone before температура names the scale": [
        ("1. 430 С температура", "бірінші төрт жүз отыз градус цельсий температура"),
        ("Ауа 25 ℃-қа жетті", "Ауа жиырма бес градусқа жетті"),  # the sign is the degree's
    ],
    "a unit after the kelvin it multiplies, its negative power typed onto it": [
        (
            "R=8,31 Дж/К·моль-1",
            "эр тең сегіз бүтін жүзден отыз бір джоуль бөлінген кельвин көбейту моль минус бір дәрежесінде",
        ),
    ],
    "a numbered answer that holds only a unit": [
        ("2. Н/м2.", "екінші ньютон бөлінген шаршы метр."),
        ("2. Т.", "екінші Т."),  # one letter stays
    ],
    "a compound unit broken at its hyphen keeps it; Russian's тонн is the tonne": [
        ("10 мг- экв/л", "он миллиграмм-эквивалент литріне"),
        ("512,09 мың тонн. құрады.", "бес жүз он екі бүтін жүзден тоғыз мың тонна құрады."),
    ],
}
test_units28_readings = reading_test(UNITS28_READINGS)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [("32 г/моль", "отыз екі грамм мольге"), ("2 г/ммоль", "екі грамм миллимоліне"), ("5 м/с", "бес метр секундына")],
)
def test_a_rate_per_mole_takes_the_plain_dative_its_prefixed_units_the_possessive(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_number_after_the_numero_sign_is_a_label_and_takes_no_unit() -> None:
    """unseen34i: a school's №40 before its namesake's initial (Н.Әбдіров) is the fortieth, not forty newtons; an
    amount keeps its unit."""
    assert normalize("елді мекеніндегі №40 Н.Әбдіров атындағы мектеп") == (
        "елді мекеніндегі қырқыншы Н. Әбдіров атындағы мектеп"
    )
    assert normalize("Sarysý eldi mekenindegi №40 N.Ábdirov atyndaǵy negizgi orta mekteptiń").startswith(
        "Сарысу елді мекеніндегі қырқыншы Н. Әбдіров атындағы"
    )
    assert normalize("күш 40 Н. Бұл") == "күш қырық ньютон. Бұл"

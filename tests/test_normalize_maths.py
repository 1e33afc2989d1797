"""School formulas: variables by their letters' school names, signs in words, flat powers, points' coordinates."""

import subprocess
import sys

from tests.conftest import reading_test
from tts_edition.normalize import normalize


def test_equation_with_flat_squares_reads_variables_and_signs():
    assert normalize("x2 + y2 = 169") == "икс квадрат плюс игрек квадрат тең жүз алпыс тоғыз"


def test_cyrillic_variables_and_bracketed_square():
    assert normalize("(х - 4)2 + (у + 2)2 = 9.") == "(икс минус төрт) квадрат плюс (игрек плюс екі) квадрат тең тоғыз."


def test_coefficients_decimals_and_dashes_as_minus():
    assert normalize("0,5(2x + 1) = 4x – 4") == "нөл бүтін оннан бес (екі икс плюс бір) тең төрт икс минус төрт"


def test_indices_after_a_variable_with_index_one():
    assert normalize("x1 = 3, x2 = 1 болса") == "икс бір тең үш, икс екі тең бір болса"


def test_pi_and_power_before_a_word():
    assert normalize("S=πr2 болады") == "эс тең пи эр квадрат болады"


def test_inequality_sign():
    assert normalize("2x + 1 ≥ 5") == "екі икс плюс бір үлкен немесе тең бес"


def test_number_before_its_unit_is_left_to_the_unit_rules():
    assert normalize("[Q] = 1 Дж") == "[ку] тең бір джоуль"


def test_sums_without_a_variable_are_numbers():
    assert (
        normalize("25 + 144 = 169 94 ≠ 169")
        == "жиырма бес плюс жүз қырық төрт тең жүз алпыс тоғыз тоқсан төрт тең емес жүз алпыс тоғыз"
    )


def test_variable_defined_before_a_dash():
    assert normalize("t – температура") == "тэ – температура"
    assert normalize("I - VIII деген") == "бірінші - сегізінші деген"


def test_point_coordinates_are_cardinals():
    assert normalize("Бұл шеңбер А(-1; 5) нүктесінен өтеді") == "Бұл шеңбер А(минус бір; бес) нүктесінен өтеді"
    assert normalize("М(х,у) нүктесі") == "М(икс, игрек) нүктесі"


def test_a_letter_or_a_middle_dot_between_two_numbers_multiplies():
    assert normalize("3 x 4 = 12") == "үш көбейту төрт тең он екі"
    assert normalize("3 · 4 = 12") == "үш көбейту төрт тең он екі"
    assert normalize("2х2=4") == "екі көбейту екі тең төрт"  # the number after the times sign is no square
    assert normalize("2х+3=7") == "екі икс плюс үш тең жеті"  # a coefficient before its variable


def test_two_consecutive_numbers_with_a_slash_are_a_span_not_a_fraction():
    assert normalize("экспедицияның 56/57 экипаждары") == "экспедицияның елу алты – елу жеті экипаждары"
    assert normalize("23/24-ке дейін") == "жиырма үш – жиырма төртке дейін"
    assert normalize("99/100 бөлігі") == "жүзден тоқсан тоғыз бөлігі"  # a power of ten stays a denominator
    assert normalize("15/16 бөлшек") == "он алтыдан он бес бөлшек"  # a clause about fractions
    assert normalize("аумақтың 2/3 бөлігі") == "аумақтың үштен екі бөлігі"


def test_a_long_list_of_numbers_after_a_sign_is_read_without_trying_every_split_of_it() -> None:
    """latin18x51's aside page left a gallery shortcode in its text (ids="16254,16256,…"): the formula pattern, trying
    every way to cut a run of numbers and commas into pieces before giving up on a sign after it, never returned. Forty
    numbers would take years that way and milliseconds now; a subprocess's generous limit makes a hang a failure."""
    ids = ",".join(str(16254 + 2 * n) for n in range(40))
    code = f'from tts_edition.normalize import normalize; print(normalize(\'[gallery slide="slide" ids="{ids}"]\'))'
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert "он алты мың екі жүз елу төрт" in run.stdout


# school59: a geometry exercise's names, a sub-question's Latin letter, variables in Cyrillic, the product's dots.
SCHOOL59_READINGS = {
    "points, segments, rays and angles are said letter by letter before the figure's noun": [
        ("АВ түзуінде жататын С нүктесі берілген.", "а вэ түзуінде жататын эс нүктесі берілген."),
        ("ЕС мен АВ түзулерінің өзара орналасуы қалай?", "е эс пен а вэ түзулерінің өзара орналасуы қалай?"),
        (
            "ОА және ОВ сәулелерін қиятын CD сәулесін жүргізіңіз.",
            "о а және о вэ сәулелерін қиятын цэ дэ сәулесін жүргізіңіз.",
        ),
        ("СОК жазыңқы бұрышын салыңыз.", "эс о ка жазыңқы бұрышын салыңыз."),
        ("ABCD төртбұрышының ауданы.", "а бэ цэ дэ төртбұрышының ауданы."),
        ("ЕО шеңберінде келісім жасалды.", "Еуропалық одақ шеңберінде келісім жасалды."),
        ("ОА елдерімен сауда артты.", "Орталық Азия елдерімен сауда артты."),
    ],
    "a Latin small letter opening a line's sub-question is its name, not the article": [
        ("a) 45 b) 150", "эй қырық бес би) жүз елу"),
        ("I have a) nothing", "ай хэв э) натинг"),
    ],
    "a variable typed in Cyrillic is said by its letter's name, in a formula or defined after it": [
        ("Ауа қысымы р=0.6p0 болады.", "Ауа қысымы эр тең нөл бүтін оннан алты пэ нөл болады."),
        ("р – биіктіктегі қысым.", "эр – биіктіктегі қысым."),
    ],
    "a colon between numbers divides before an equality or a bracket; a score and a time stay": [
        ("39:13=3", "отыз тоғыз бөлу он үш тең үш"),
        ("552 : (9 + 5)", "бес жүз елу екі бөлу (тоғыз плюс бес)"),
        ("2:1 есебімен жеңді", "екі – бір есебімен жеңді"),
        ("9:00-де басталады", "тоғыз нөл нөлде басталады"),
    ],
    "the bullet and dot operators multiply, as the middle dot does": [
        ("3⋅4 = 12", "үш көбейту төрт тең он екі"),
        ("p=1,013∙105 Па.", "пэ тең бір бүтін мыңнан он үш көбейту он бес дәрежесінде паскаль."),  # physics61: 10⁵
    ],
}
test_school59_reading = reading_test(SCHOOL59_READINGS)


MATHS60_READINGS = {
    "a Latin small letter alone in a Kazakh sentence is a variable, by its school name; a list of them too": [
        ("ең үлкен h санын табыңыз", "ең үлкен аш санын табыңыз"),
        ("t-ның қандай мәндерінде", "тэнің қандай мәндерінде"),
        ("мұндағы a -үшбұрыштың бір қабырғасы", "мұндағы а үшбұрыштың бір қабырғасы"),
        ("натурал a, b, c табыңыз.", "натурал а, бэ, цэ табыңыз."),
        ("Бұл жердегі (x,y) — x және y сандары.", "Бұл жердегі (икс,игрек) — икс және игрек сандары."),
    ],
    "a letter after a number, a list's label and a letter among English words are no variable": [
        ("Биіктігі 5 m болатын.", "Биіктігі бес эм болатын."),
        ("a) 45 b) 150", "эй қырық бес би) жүз елу"),
    ],
    "variables side by side multiply in a formula; a slash divides": [
        ("ax2+bx+c=0", "а икс квадрат плюс бэ икс плюс цэ тең нөл"),
        ("D=b2-4ac", "дэ тең бэ квадрат минус төрт а цэ"),
        ("S=1/2aha", "эс тең бір бөлу екі а аш а"),
        ("x is = 3", "экс из тең үш"),
    ],
    "a function is said by its name before its argument, its factor no power": [
        ("A) 3 + tg30.", "эй) үш плюс тангенс отыз."),
        ("cos(x)=1", "косинус (икс) тең бір"),
        ("sin2x = 0,5", "синус екі икс тең нөл бүтін оннан бес"),
        ("Олар tan түсті", "Олар тэн түсті"),
    ],
    "an answer option that is an expression says its signs and letters, no village's а.": [
        (
            "A) -2а. B) 1-2а. C) 2а. D) 1+2а. E) 4а.",
            "эй) минус екі а би) бір минус екі а си) екі а ди) бір плюс екі а и) төрт а",
        ),
        # options in Cyrillic look-alikes, an А) before a В) with no Б) between, take the Latin options' names
        ("А)а-в В) 5 Е)а+в", "эй) а минус вэ би) бес и) а плюс вэ"),
    ],
    "a number with its stop between two options is the option's value, not a list's item": [
        ("B) 4. C) 2. D) 3", "би) төрт. си) екі. ди) үш"),
        ("1. Бірінші сұрақ", "бірінші Бірінші сұрақ"),
    ],
    "points with indices, a figure's sides and corners, and segments set equal are named letter by letter": [
        ("B1 нүктесінен CO түзуіне BB1 перпендикуляры", "бэ бір нүктесінен цэ о түзуіне бэ бэ бір перпендикуляры"),
        ("A3B3C3 үшбұрышына", "а үш бэ үш цэ үш үшбұрышына"),
        (
            "ABCD параллелограмның BD диагоналі CD қабырғасына",
            "а бэ цэ дэ параллелограмның бэ дэ диагоналі цэ дэ қабырғасына",
        ),
        ("EB=BK, CD=CK.", "е бэ тең бэ ка, цэ дэ тең цэ ка."),
        ("АС=ВС=10 см", "а эс тең вэ эс тең он сантиметр"),
        ("ID=5 болды", "ай ди тең бес болды"),
    ],
}
test_maths60_reading = reading_test(MATHS60_READINGS)


MATHS60_MORE_READINGS = {
    "a number after another and немесе keeps its minus; a dash after a word stays a dash": [
        (
            "А)2.5 немесе -2,5 В) 3 немесе -3",
            "эй) екі бүтін оннан бес немесе минус екі бүтін оннан бес би) үш немесе минус үш",
        ),
        ("кредиттер –237", "кредиттер – екі жүз отыз жеті"),
    ],
    "a Greek letter takes its case suffix onto its name": [
        ("λ-ны табыңыз", "лямбданы табыңыз"),
        ("α бөлшектер", "альфа бөлшектер"),
    ],
    "numbers listed before цифрлары are the digits, by value; before another plural they label": [
        ("1, 2, 3 цифрлары арқылы", "бір, екі, үш цифрлары арқылы"),
        ("28, 29, 30 үйлерінде", "жиырма сегізінші, жиырма тоғызыншы, отызыншы үйлерінде"),
    ],
}
test_maths60_more_reading = reading_test(MATHS60_MORE_READINGS)


def test_power_of_ten_typed_flat_after_a_times_sign_with_its_unit():
    assert normalize("Электр заряды 1,6·10-19 Кл-ға тең") == (
        "Электр заряды бір бүтін оннан алты көбейту он минус он тоғыз дәрежесінде кулонға тең"
    )
    assert normalize("(c = 3·108 м/с)") == "(цэ тең үш көбейту он сегіз дәрежесінде метр секундына)"
    assert (
        normalize("6,02·1023 моль-1")
        == "алты бүтін жүзден екі көбейту он жиырма үш дәрежесінде моль минус бір дәрежесінде"
    )


def test_power_of_ten_before_a_variable_is_the_formulas():
    assert normalize("ток күші I = 0,2cos2 · 105 πt заңы бойынша") == (
        "ток күші и тең нөл бүтін оннан екі косинус екі көбейту он бес дәрежесінде пи тэ заңы бойынша"
    )


def test_ten_without_an_exponent_or_a_times_sign_stays_a_number():
    assert normalize("4·10 = 40") == "төрт көбейту он тең қырық"
    assert normalize("2·100 адам") == "екі көбейту жүз адам"


def test_unit_raised_to_a_negative_power_after_a_number():
    assert normalize("тербеліс жиілігі 0,2 c-1, таралу жылдамдығы") == (
        "тербеліс жиілігі нөл бүтін оннан екі секунд минус бір дәрежесінде, таралу жылдамдығы"
    )


def test_mathematical_italic_letters_are_variables_with_their_signs():
    assert normalize("∆𝜗 𝜗 − 𝜗") == "дельта тета тета минус тета"
    assert normalize("𝑥 =𝑆 = 𝑥 +𝜗 𝑡± – бастапқы жылдамдық") == (
        "икс тең эс тең икс плюс тета тэ плюс минус – бастапқы жылдамдық"
    )
    assert normalize("𝑎𝑡") == "а тэ"


def test_plain_latin_word_is_no_mathematical_letter():
    assert normalize("at home") != "а тэ хоум"


def test_letter_alone_on_its_line_is_a_variable():
    assert normalize("Гравитациалық тұрақтысы\ng\nСандық мәндері") == "Гравитациалық тұрақтысы\nжэ\nСандық мәндері"
    assert normalize("Электрон заряды\nq, e\n").startswith("Электрон заряды\nку, е")
    assert normalize("R\n2\nR\n3") == "эр\nекі\nэр\nүш"


def test_roman_one_alone_on_its_line_is_no_variable():
    assert normalize("I\nТарау") != "и\nТарау"


def test_index_of_a_quantity_set_equal_beside_its_first_index():
    assert normalize("Жартылай шеңберлердің радиустары R1 =1м, R2=2м.") == (
        "Жартылай шеңберлердің радиустары эр бір тең бір метр, эр екі тең екі метр."
    )


def test_square_beside_an_index_of_another_formula_stays_a_square():
    assert normalize("ax2+bx+c=0 теңдеуінің екі x1 және x2 шешімі бар").startswith("а икс квадрат плюс бэ икс")


def test_function_alone_on_its_line_and_the_axis_of_a_rotation():
    assert normalize("cos\nα").split() == ["косинус", "альфа"]
    assert normalize("АВС үшбұрышы Oz өсін айналады.") == "а вэ эс үшбұрышы о зет өсін айналады."


def test_a_word_oz_is_no_axis():
    assert normalize("Oz журналы") != "о зет журналы"


# wordprob62: maths word problems and olympiad tasks.
def test_a_colon_after_a_number_divides_before_an_unknown_or_spaced_before_a_number() -> None:
    assert normalize("450: х=9") == "төрт жүз елу бөлу икс тең тоғыз"
    assert normalize("а*1000: 4 а=5") == "а көбейту мың бөлу төрт а тең бес"
    # a label's colon after a word, and a time's unspaced one, stay out of the formula
    assert normalize("Жауабы: x = 3") == "Жауабы: икс тең үш"
    assert normalize("Уақыты 12:30, x = 5") == "Уақыты он екі:отыз, икс тең бес"


def test_a_hyphen_after_a_bracketed_sum_subtracts() -> None:
    assert normalize("(548+452)- 100") == "(бес жүз қырық сегіз плюс төрт жүз елу екі) минус жүз"
    assert normalize("(1)- 2 тарау") == "(бір)- екі тарау"  # no operator in the bracket: no expression


def test_latex_inline_math_delimiters_are_said_as_nothing() -> None:
    assert normalize("$ABC$ үшбұрышының биіктіктеріне") == "а бэ цэ үшбұрышының биіктіктеріне"
    assert normalize("Егер $a+b+c+d = 0$ болса") == "Егер а плюс бэ плюс цэ плюс дэ тең нөл болса"
    # money puts its number after the sign and closes no span
    assert normalize("бағасы $5 және $10 болды") == "бағасы бес доллар және он доллар болды"


def test_a_one_letter_unit_asked_for_is_the_unit_the_problem_gave() -> None:
    text = "Осындай 9 жейдеге 36 м мата жұмсалды. Осындай 9 жейдеге неше м мата жұмсалды?"
    assert normalize(text).endswith("неше метр мата жұмсалды?")
    assert normalize("Сөзде неше м әрпі бар?") == "Сөзде неше эм әрпі бар?"  # no amount in м before it


# geometry63: LaTeX's commands, a geometry sign before points, a solid's names, a lone Cyrillic variable.
GEOMETRY63_READINGS = {
    "LaTeX's commands are the signs and letters they typeset": [
        (
            "$\\angle ABD=90^\\circ $ және $BC=CD$ екені белгілі.",
            "бұрыш а бэ дэ тең тоқсан градус және бэ цэ тең цэ дэ екені белгілі.",
        ),
        ("$MF \\perp CD$ екенін дәлелдеңіз.", "эм эф перпендикуляр цэ дэ екенін дәлелдеңіз."),
        ("біріншісі $\\vartheta_1$-ден $\\vartheta_2$-ге,", "біріншісі тета бірден тета екіге,"),
        ("бағасы $5 және $10 болды", "бағасы бес доллар және он доллар болды"),  # money: no command, no span
    ],
    "a geometry sign names the points after it, and between figures how they stand": [
        ("∠ABD=90°", "бұрыш а бэ дэ тең тоқсан градус"),
        ("AC ∥ DF", "а цэ параллель дэ эф"),
        ("∠A және ∠B", "бұрыш а және бұрыш бэ"),
    ],
    "a solid's vertices, edges and planes are points' names, the noun after a line break too": [
        (
            "ABCD тетраэдрдің AB, BC қырларының ортасы.",
            "а бэ цэ дэ тетраэдрдің а бэ, бэ цэ қырларының ортасы.",
        ),
        ("KE жəне MH\nтүзулерінің", "ка е және эм аш\nтүзулерінің"),
        ("$AD$ табанының ортасы", "а дэ табанының ортасы"),
        ("AB қырық бес", "эй би қырық бес"),  # the number қырық is no edge
    ],
    "a small Cyrillic х or у alone on its line is the variable": [
        ("векторды\nх\nі", "векторды\nикс\nі"),
        ("у", "игрек"),
    ],
}


test_geometry63_readings = reading_test(GEOMETRY63_READINGS)


def test_a_decimal_spaced_after_its_comma_in_a_pdf_equation_is_one_number():
    assert normalize("= 0, 6") == "тең нөл бүтін оннан алты"
    assert normalize("𝑎 = 0, 6𝑏") == "а тең нөл бүтін оннан алты бэ"
    assert normalize("𝑎 = 0, 6 · 1, 2𝑐 = 0, 72𝑐") == (
        "а тең нөл бүтін оннан алты көбейту бір бүтін оннан екі цэ тең нөл бүтін жүзден жетпіс екі цэ"
    )


def test_a_list_or_words_after_the_sign_and_a_comma_without_a_sign_stay_numbers_listed():
    assert normalize("= 1, 2, 3") == "тең бір, екі, үш"
    assert normalize("х = 1, 2 және 3") == "икс тең бір, екі және үш"
    assert normalize("x1 = 1, x2 = 2") == "икс бір тең бір, икс екі тең екі"
    assert normalize("Айнұр 12, 13, 2 берілген сандардың біреуін өшірді.") == (
        "Айнұр он екі, он үш, екі берілген сандардың біреуін өшірді."
    )


def test_the_unknown_a_problem_solves_for_is_iks_on_its_other_lines():
    text = "2-күн: X\n1-күн: X+167\n3-күн: X-119\nX+X+167+X-119=2021"
    assert normalize(text).splitlines()[:3] == [
        "екінші күн: икс",
        "бірінші күн: икс плюс жүз алпыс жеті",
        "үшінші күн: икс минус жүз он тоғыз",
    ]
    assert normalize("240 - 12%\nX - 100%\n𝑋 = 12").splitlines()[1] == "икс - жүз пайыз"


def test_a_proportion_row_names_its_unknown_on_its_own_line():
    assert normalize("X - 100%") == "икс - жүз пайыз"


def test_an_x_with_no_equation_nor_proportion_stays_a_letter_or_a_numeral():
    assert normalize("1-күн: X+167") == "бірінші күн: экс плюс жүз алпыс жеті"
    assert normalize("X ғасырда салынған") == "оныншы ғасырда салынған"
    assert normalize("Ол X-119 ұшағы") == "Ол экс жүз он тоғыз ұшағы"


def test_a_cyrillic_x_alone_in_a_kazakh_sentence_is_the_variable() -> None:
    """geometry63, maths60, maths31: the Cyrillic х typed for x, and the у listed with it."""
    assert normalize("коллинеар болса, онда х саны") == "коллинеар болса, онда икс саны"
    assert normalize("Теңдеулер жүйесінің х шешімін табыңыз") == "Теңдеулер жүйесінің икс шешімін табыңыз"
    assert normalize("теңдеуіне х пен у орнына") == "теңдеуіне икс пен игрек орнына"
    # an abbreviation's х with its stop is no variable, nor a times sign between numbers
    assert normalize("доцент х.ғ.к.") == "доцент химия ғылымдарының кандидаты."
    assert normalize("5 х 3") == "бес көбейту үш"
    assert normalize("Тақтаға 7х деп жазылған") == "Тақтаға жеті х деп жазылған"


def test_numbers_counting_up_run_together_are_said_one_by_one() -> None:
    """physics61's row of digits and regions51's calendar rows with the heading cut off."""
    assert normalize("123456789") == "бір екі үш төрт бес алты жеті сегіз тоғыз"
    assert normalize("1234567 891011121314 2930 »").startswith("бір екі үш төрт бес алты жеті сегіз тоғыз он он бір")
    weeks = "1234567 891011121314 15161718192021 22232425262728 2930"
    assert normalize(weeks).endswith(
        "он төрт он бес он алты он жеті он сегіз он тоғыз жиырма жиырма бір жиырма екі "
        "жиырма үш жиырма төрт жиырма бес жиырма алты жиырма жеті жиырма сегіз жиырма тоғыз отыз"
    )
    # a row that stops counting leaves the number after it; a number that does not count up stays a number
    assert normalize("123456 2000 »") == "бір екі үш төрт бес алты екі мың»"
    assert normalize("12345678 жыл").startswith("он екі миллион")  # a count before its word
    assert normalize("103456 теңге") == "жүз үш мың төрт жүз елу алты теңге"


def test_a_calendar_row_cut_from_the_middle_of_its_month_is_said_as_its_dates() -> None:
    """review33's calendar rows, alone on their lines: four dates at least, counting up from a later day."""
    assert (
        normalize("Қараша\n252627282930") == "Қараша\nжиырма бес жиырма алты жиырма жеті жиырма сегіз жиырма тоғыз отыз"
    )
    assert normalize("891011121314") == "сегіз тоғыз он он бір он екі он үш он төрт"
    assert normalize("28293031") == "жиырма сегіз жиырма тоғыз отыз отыз бір"
    assert normalize("293031") == "жиырма тоғыз отыз отыз бір"  # a month's last row: three dates
    assert normalize("101112").startswith("жүз бір мың")  # three dates not ending a month: a number
    # past a month's last day, after a word on its line, or before a word: a number
    assert normalize("2829303132").startswith("екі миллиард")
    assert normalize("Нөмір 891011121314").startswith("Нөмір сегіз жүз тоқсан бір миллиард")
    assert normalize("252627282930 теңге").startswith("екі жүз елу екі миллиард")


def test_a_triangles_height_by_its_side_is_the_h_and_the_sides_name() -> None:
    """maths60: ha and hа (a Cyrillic а) before a dash and a Kazakh word or a sign; a hectare's ha stays."""
    assert normalize("ha -осы қабырғаға түсірілген биіктік").startswith("аш а")
    assert normalize("берілген: hа =10 см") == "берілген: аш а тең он сантиметр"
    assert normalize("10 ha жер") == "он ха жер"


# maths60: MathJax's inline delimiters around numbers and units.
MATHJAX_READINGS = {
    "the delimiters are nothing, \\text{...} its text, \\, a space, the commands the signs they set": [
        ("кіруге \\(15\\) км/сағ жылдамдықпен", "кіруге сағатына он бес шақырым жылдамдықпен"),
        (
            "сондықтан \\(12 \\, \\text{км/сағ} \\times 4 \\, \\text{сағат} = 48 \\, \\text{км}\\).",
            "сондықтан сағатына он екі шақырым көбейту төрт сағат тең қырық сегіз шақырым.",
        ),
        ("үшін, \\(60 \\, \\text{км}\\) жолдың", "үшін, алпыс шақырым жолдың"),
        ("\\(\\angle ABD = 90^\\circ\\)", "бұрыш а бэ дэ тең тоқсан градус"),
        ("C:\\(x86) қалтасы", "си:(икс сексен алты) қалтасы"),  # no \\) closes it: no span, a path
    ],
}
test_mathjax_reading = reading_test(MATHJAX_READINGS)


NUMLISTS26_READINGS = {
    "numbers listed before сандары or мәндері are the numbers themselves, cardinals (numlists26)": [
        ("Тақтада 1, 2, 3, 4 сандары жазылған.", "Тақтада бір, екі, үш, төрт сандары жазылған."),
        ("x-тің 1, 3, 5 мәндерін табыңыз.", "икстің бір, үш, бес мәндерін табыңыз."),
        ("28, 29, 30 үйлерінде", "жиырма сегізінші, жиырма тоғызыншы, отызыншы үйлерінде"),
    ],
    "a spaced hyphen between numbers in a sentence that sums is a minus (numlists26)": [
        (
            "Сабақтың тақырыбы: 37 + 7, 44 - 7 түріндегі есептер",
            "Сабақтың тақырыбы: отыз жеті плюс жеті, қырық төрт минус жеті түріндегі есептер",
        ),
        ("2018 - 2019 оқу жылы", "екі мың он сегізінші – екі мың он тоғызыншы оқу жылы"),  # no sum: a range
    ],
    "a ratio of a capital and a small variable's letter is a division (numlists26)": [
        ("Сол үшін F/a қатынасы азырақ.", "Сол үшін эф бөлу а қатынасы азырақ."),
        ("Xbox Series X/S консольдері", "эксбокс сириз экс, эс консольдері"),  # two capitals: a pair of names
    ],
}
test_numlists26_reading = reading_test(NUMLISTS26_READINGS)


FORMULAS26_READINGS = {
    "capitals in a sentence about geometry name points and quantities by the school's names (formulas26)": [
        (
            "Мысалы. 2-суретте Бұрыш O немесе AOB бейнеленген.",
            "Мысалы. екінші суретте Бұрыш о немесе а о бэ бейнеленген.",
        ),
        ("ML сәулесі — KMN бұрыштың биссектрисасы.", "эм эл сәулесі — ка эм эн бұрыштың биссектрисасы."),
        ("R радиусы шеңберінің ауданы", "эр радиусы шеңберінің ауданы"),
        ("диаметрі деп аталады және D-мен белгіленеді", "диаметрі деп аталады және дэмен белгіленеді"),
        # no geometry in the sentence, a sign's word, an option's letter: left to the Latin rules
        ("сату нүктесі арасында NFC технологиясы", "сату нүктесі арасында эн эф си технологиясы"),
        ("NATO шеңберінде өтті", "нато шеңберінде өтті"),  # шеңберінде: within a framework
        ("сегізбұрышты «STOP» белгісі", "сегізбұрышты «стоп» белгісі"),
        ("A) Күш түсетін нүкте радиус-векторы", "эй) Күш түсетін нүкте радиус-векторы"),
    ],
    "a word written onto a formula's sign is the quantity it gives, set apart (formulas26)": [
        ("Шеңбер=2πr; Аудан=πr2.", "Шеңбер тең екі пи эр; Аудан тең пи эр квадрат."),
        (  # an option's bracket before the formula stays on its letter
            "А) t<1 В) t>1 С) 0<t<1 Д) t≤1",
            "а тэ кіші бір вэ) тэ үлкен бір эс) нөл кіші тэ кіші бір дэ) тэ кіші немесе тең бір",
        ),
    ],
    "π outside a relation is пи, times its variable and square as in a formula; pi in small letters too (formulas26)": [
        ("pi r2 дегеніміз не?", "пи эр квадрат дегеніміз не?"),
        ("диаметрін π (pi) көбейтіңіз.", "диаметрін пи (пи) көбейтіңіз."),
        ("ұзындығы 2πr болады", "ұзындығы екі пи эр болады"),
        ("Raspberry Pi компьютері", "рэзберри пай компьютері"),  # a name's capital Pi
        ("| pic |", "пик"),  # a word that opens with pi ([pic], a converter's mark of a picture, is silent)
    ],
    "a small Greek letter is a formula's variable, the digits after it its index (formulas26)": [
        ("($\\vartheta_1 > \\vartheta_2 > \\vartheta_3$)", "(тета бір үлкен тета екі үлкен тета үш)"),
        ("β2 = 4", "бета екі тең төрт"),
        ("x2 = 4", "икс квадрат тең төрт"),  # a Latin letter's flat 2 stays a square
    ],
    "a set's membership sign is a relation, тиісті, an interval's comma parting its ends (formulas26)": [
        ("кез-келген a∈[0,h] саны үшін", "кез-келген а тиісті [нөл, аш] саны үшін"),
        ("x1,x2∈[0,1] табылады.", "икс бір, икс екі тиісті [нөл, бір] табылады."),
    ],
    "a function named with its variable in brackets is said by the school's names (formulas26)": [
        ("кез-келген P(x) көпмүшесі үшін", "кез-келген пэ (икс) көпмүшесі үшін"),
        ("g(t) функциясы", "жэ (тэ) функциясы"),
        ("Section(a) бойынша", "секшн(а) бойынша"),  # a word before the bracket is no function's letter
    ],
    "a sign of approximation written onto what comes before it is set apart (formulas26)": [
        ("π≈3,14.", "пи шамамен үш бүтін жүзден он төрт."),
    ],
}
test_formulas26_reading = reading_test(FORMULAS26_READINGS)


# Review of session 26's mechanisms: what they must leave alone.
REVIEW26_READINGS = {
    "a range of years keeps its dash in a sentence that sums elsewhere": [
        ("2018 - 2019 жылдары 3 + 4", "екі мың он сегізінші – екі мың он тоғызыншы жылдары үш плюс төрт"),
    ],
    "a capital over a small letter is a ratio, but N/a is no variable's": [
        ("Сол үшін F/a қатынасы азырақ.", "Сол үшін эф бөлу а қатынасы азырақ."),
        ("Баға: N/a", "Баға: эн, э"),
    ],
}
test_review26_reading = reading_test(REVIEW26_READINGS)


# Session 27's school maths and test-bank notation (maths27).
MATHS27_READINGS = {
    "a number's exclamation mark between the signs of a calculation is its factorial (`formulas.FACTORIAL`)": [
        ("Есептеңіз: 4!+5!", "Есептеңіз: төрт факториал плюс бес факториал"),
        ("11!−10!", "он бір факториал минус он факториал"),
        ("5! = 120", "бес факториал тең жүз жиырма"),
        ("Жеңіске 5!", "Жеңіске бес!"),  # a cheer, no sign beside it
        ("Жеңіс 5! - деді", "Жеңіс бес! - деді"),  # a dash before a word is no operation
    ],
    "a LaTeX span's grouping braces are said as nothing, a segment squared by its points (`formulas.speak_latex`)": [
        ("$A{{B}^{2}}+C{{D}^{2}}=B{{C}^{2}}$ екенін", "а бэ квадрат плюс цэ дэ квадрат тең бэ цэ квадрат екенін"),
        ("$x^{2}+y^{2}=1$", "икс квадрат плюс игрек квадрат тең бір"),
        ("AB^2 + BC^2 = AC^2", "а бэ квадрат плюс бэ цэ квадрат тең а цэ квадрат"),
    ],
    "a LaTeX expression without a relation is read as a formula, a variable onto a bracket multiplying it": [
        ("Графтан, $n(n-1)/2$ қабырғаны", "Графтан, эн көбейту (эн минус бір) бөлу екі қабырғаны"),
        ("$n+1$ түстен", "эн плюс бір түстен"),
        ("$a$ және $b$ сандары", "а және бэ сандары"),  # a letter alone: no expression
        ("3(x – 3) = 15", "үш (икс минус үш) тең он бес"),  # a number before the bracket says no көбейту
        ("f(x+1) = 2x", "эф (икс плюс бір) тең екі икс"),  # a function's argument
    ],
    "a polygon's vertices named before its noun of any count of corners, a convex one's too (`FIGURE_NAMES`)": [
        ("$ABCDEF$ дөңес алтыбұрышы берілсін.", "а бэ цэ дэ е эф дөңес алтыбұрышы берілсін."),
        ("ABCDE бесбұрышы", "а бэ цэ дэ е бесбұрышы"),
        ("ABCDEF сайты", "абкдеф сайты"),  # no figure's noun after the capitals: not spelled as points
    ],
    "a test's options that are all tens with an exponent run onto them are powers (`formulas.OPTION_TEN_POWER`)": [
        (
            "А) 106 В) 105 С) 104 Д) 107 Е) 108",
            "а он алты дәрежесінде вэ) он бес дәрежесінде эс) он төрт дәрежесінде дэ) он жеті дәрежесінде"
            " е он сегіз дәрежесінде",
        ),
        ("A) 105 B) 120 C) 104", "эй) жүз бес би) жүз жиырма си) жүз төрт"),  # not every option a ten: numbers
    ],
    "a product of capitals set equal to one quantity's letter is the quantities' letters (`formulas._CAPITALS`)": [
        ("C) A = IU  t", "цэ) а тең и у тэ"),
        ("F= ВI   sin", "эф тең бэ и синус"),  # a Cyrillic В typed among the Latin capitals
        ("F = BIl sin α", "эф тең бэ и эль синус альфа"),
        ("IQ = 120", "ай кью тең жүз жиырма"),  # capitals on the left: no product of quantities
    ],
}
test_maths27_reading = reading_test(MATHS27_READINGS)


# Session 28's school algebra and geometry notation without a relation sign (maths28).
MATHS28_READINGS = {
    "a bracketed difference of letters, or one onto a variable or another bracket, is an expression": [
        ("Көбейткішке жіктеңіз: х(у-z)–(z–y)", "Көбейткішке жіктеңіз: икс (игрек минус зет) минус (зет минус игрек)"),
        ("B) (x+1)(z–y)", "би) (икс плюс бір) (зет минус игрек)"),
        ("A) y(x–z)", "эй) игрек (икс минус зет)"),
        ("(B-2) класы", "(би екі) класы"),  # a code's capital: no expression
    ],
    "a Latin capital before its coordinates is a point named as geometry names it (`formulas.POINT`)": [
        (
            "M( -3; 2), P(-1; -2), K(2; 1), D(5; b) нүктелері",
            "эм (минус үш; екі), пэ (минус бір; минус екі), ка (екі; бір), дэ (бес; бэ) нүктелері",
        ),
        ("М(х,у) нүктесі", "М(икс, игрек) нүктесі"),  # a Cyrillic capital: left to the letters' rules
    ],
    "a figure's L is эл, a physics law's l эль (`formulas.POINT_NAMES`)": [
        ("LMNK тікбұрышты трапециясында", "эл эм эн ка тікбұрышты трапециясында"),
        ("F = BIl sin α", "эф тең бэ и эль синус альфа"),
    ],
    "a triangle's sign before its points, a word run onto an angle's names by a hyphen (`FIGURE_SIGN`)": [
        ("∠ACB-үшбұрыштың бұрыштары △ABC.", "бұрыш а цэ бэ – үшбұрыштың бұрыштары үшбұрыш а бэ цэ."),
        ("∠ABC-ның шамасы", "бұрыш а бэ цэнің шамасы"),  # a case suffix is inflected
        ("▲ Жаңалық △ жақсы", "Жаңалық жақсы"),  # a shape before no capitals is decoration
    ],
    "the ring operator after a number is an angle's degree (`mistyped.RING_DEGREE`)": [
        ("қосындысы-180∘.", "қосындысы – жүз сексен градус."),  # a dash, not a temperature's minus
        ("бұрыштары 45∘-градустан үлкен", "бұрыштары қырық бес градустан үлкен"),
        ("f∘g", "эф∘джи"),  # a composition of functions: no number before it
    ],
    "an answer option's negative number or function term is said with its minus (`formulas.OPTION_EXPRESSION`)": [
        ("A) -2,4. B) 0.", "эй) минус екі бүтін оннан төрт. би) нөл."),
        ("D) 3 - tg75. E) 3 + tg75.", "ди) үш минус тангенс жетпіс бес. и) үш плюс тангенс жетпіс бес."),
        ("A) 1978-1980 B) 2", "эй) мың тоғыз жүз жетпіс сегіз – мың тоғыз жүз сексен би) екі"),  # a range: no sign
    ],
    "a Cyrillic capital written onto = or + is an unknown named by its Cyrillic name (`formulas._CYRILLIC_VARIABLE`)": [
        ("А+10=В Е) 2А=В -", "а плюс он тең вэ е) екі а тең вэ -"),  # the dash after it has no operand
        ("1 Ф = 10-50", "бір эф тең он – елу"),  # spaced from the sign: a label, its range no formula
        ("F=4 Н", "эф тең төрт ньютон"),  # a unit after the number
    ],
}
test_maths28_reading = reading_test(MATHS28_READINGS)


def test_latex_fractions_and_roots_are_read_as_division_and_root() -> None:
    """wordprob62: \\dfrac and \\sqrt, nested, read as a formula printed flat (1/3, √(ab)), not spelled."""
    assert normalize("$\\sqrt{ab}\\le \\dfrac{1}{3}$") == "түбір астында (а бэ) кіші немесе тең бір бөлу үш"
    assert normalize("$\\frac{a^2+b^2}{2}=c$") == "(а квадрат плюс бэ квадрат) бөлу екі тең цэ"
    assert normalize("$\\dfrac{2}{\\dfrac{1}{a}+\\dfrac{1}{b}}=c$") == "екі бөлу (бір бөлу а плюс бір бөлу бэ) тең цэ"
    assert normalize("$\\angle ABD=90^\\circ $") == "бұрыш а бэ дэ тең тоқсан градус"  # no fraction: untouched


def test_a_latex_root_without_a_relation_is_read_not_left_as_its_sign() -> None:
    """No rule after the LaTeX spans says √: a root alone, in dollars or MathJax's brackets, is read there."""
    assert normalize("Мұнда $\\sqrt{2}$ саны.") == "Мұнда түбір астында (екі) саны."
    assert normalize("Мұнда \\(\\sqrt{2} + 1\\) саны.") == "Мұнда түбір астында (екі) плюс бір саны."
    assert (
        normalize("Мұнда \\(\\frac{1}{2}\\) бөлігі.") == "Мұнда екіден бір бөлігі."
    )  # no root: left to the rules after


LEARNING30_READINGS = {
    "an answer option reads in its question's context: a question about fractions makes its options fractions": [
        (
            "8.Дұрыс бөлшекті табыңыз:\nА)12/5 В)8/5",
            "сегізінші Дұрыс бөлшекті табыңыз:\nэй) бестен он екі би) бестен сегіз",
        ),
        ("А)12/5 В)8/5", "эй) он екі, бес би) сегіз, бес"),  # no question above: no fractions
    ],
    "a number asked for in another form is a fraction (`ratios._FRACTION_TALK`)": [
        ("Процент түрінде жазыңыз:119/700", "Процент түрінде жазыңыз:жеті жүзден жүз он тоғыз"),
        ("Үйге 119/700 келді", "Үйге жүз он тоғыз, жеті жүз келді"),
    ],
    "a mixed number: the whole, бүтін and the fraction (`ratios.MIXED_NUMBER`)": [
        ("(1 2/3)", "(бір бүтін үштен екі)"),
        ("Ол 24 7/3 жазды", "Ол жиырма төрт жеті, үш жазды"),  # improper, and no talk of fractions
    ],
    "signs between fractions and between bracketed expressions, a colon before бөлінді": [
        ("Есептеңіз:7/15+4/15", "Есептеңіз:он бестен жеті плюс он бестен төрт"),
        ("(33∙3)/(77∙9)", "(отыз үш көбейту үш) бөлу (жетпіс жеті көбейту тоғыз)"),
        ("3:14 бөліндісін", "үш бөлу он төрт бөліндісін"),
        ("Ойын 3:14 аяқталды", "Ойын үш он төрт аяқталды"),
    ],
    "an interval's end at infinity typed ¥ in the Symbol font (`symbols.INFINITY_END`)": [
        ("[-2; +¥)", "[минус екі; плюс шексіздік)"),
        ("(-¥; 3]", "(минус шексіздік; үш]"),
        ("Б¥¥", "Біріккен Ұлттар Ұйымы"),  # a legacy font's Ұ
    ],
    "the numbers ЕКОЕ and ЕҮОБ take, listed (`formulas.FUNCTION_ARGUMENTS`)": [
        ("ЕКОЕ(42,24)", "ең кіші ортақ еселік (қырық екі, жиырма төрт)"),
        ("ЕҮОБ(12; 18)", "ең үлкен ортақ бөлгіш (он екі, он сегіз)"),
    ],
    "signs between fractions in brackets, a mixed number after a sign, a fraction after an operation": [
        (
            "(1 2/3-1/6)∙2 2/3:55/6",
            "(бір бүтін үштен екі минус алтыдан бір) көбейту екі бүтін үштен екі бөлу алтыдан елу бес",
        ),
        ("1/2-3/4 стакан", "екіден бір-төрттен үш стакан"),  # no bracket: a range's hyphen, left
    ],
    "x and y with a hyphened case ending (`formulas.INFLECTED_VARIABLE`)": [
        ("у-ті х арқылы өрнектеңіз", "игректі икс арқылы өрнектеңіз"),
        ("х-тің мәнін табыңыз", "икстің мәнін табыңыз"),
        ("у-ге қарсы", "у-ге қарсы"),  # no х on the line
    ],
    "a spaced minus after an answer option's letter is the answer's sign": [
        ("- A) - 3.", "- эй) минус үш."),
        ("Абай (1845) – 1904", "Абай (мың сегіз жүз қырық бесінші жыл) – мың тоғыз жүз төрт"),
    ],
    "a bulleted answer option's letter before a formula is the option's, its dash a bullet": [
        ("- A) у = 2,5х - 8.", "- эй) игрек тең екі бүтін оннан бес икс минус сегіз."),
    ],
}
test_learning30_reading = reading_test(LEARNING30_READINGS)

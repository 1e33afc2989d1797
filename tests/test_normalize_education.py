"""Education news (edu8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "a dotted time with its hour's zero, or one end of a range of dotted times, is a clock's": [
        ("Оқушылар 08.15 жиналады.", "Оқушылар сегіз он бес жиналады."),
        ("2-сабақ 9.05-9.50 аралығында.", "екінші сабақ тоғыз нөл бес – тоғыз елу аралығында."),
        ("Кеңес 16.40 - 17.25 өтеді.", "Кеңес он алты қырық – он жеті жиырма бес өтеді."),
    ],
    "a timetable's line with one sure time makes its other dotted times times": [
        (
            "Бірінші ауысым 08.30, екінші ауысым 14.10 басталады.",
            "Бірінші ауысым сегіз отыз, екінші ауысым он төрт он басталады.",
        ),
        ("Жиын 13.20 басталады.", "Жиын он үш бүтін жүзден жиырма басталады."),
    ],
    "a dotted number before a unit, a currency or a per cent stays a decimal, in a range too": [
        (
            "Секіру 1.35-1.55 м деңгейінде.",
            "Секіру бір бүтін жүзден отыз бес – бір бүтін жүзден елу бес метр деңгейінде.",
        ),
        ("Қалам 08.50 теңге тұрады.", "Қалам сегіз бүтін жүзден елу теңге тұрады."),
        ("Мерзім 05.11-20.11 аралығы.", "Мерзім бес бүтін жүзден он бір – жиырма бүтін жүзден он бір аралығы."),
    ],
    "the English-language tests are said by their names, not their letters, with a case suffix too": [
        ("IELTS тесті бойынша 6.5 балл.", "айелтс тесті бойынша алты бүтін оннан бес балл."),
        ("TOEFL-ға дайындалды.", "тойфлға дайындалды."),
        ("IELTS-тен жоғары балл.", "айелтстен жоғары балл."),
    ],
    "a time written onto the word before it is said apart": [
        ("Сабақ басталады07.55 кейін.", "Сабақ басталады жеті елу бестен кейін."),  # кейін governs the ablative
    ],
    "a lone Roman І before орын or ауысым is an ordinal; before орынбасар too, a first deputy (roman24)": [
        ("Ол І орын алды.", "Ол бірінші орын алды."),
        (
            "Мектеп ІІІ орнына табан тіреді, І ауысым түскі асқа кетті.",
            "Мектеп үшінші орнына табан тіреді, бірінші ауысым түскі асқа кетті.",
        ),
        ("І орынбасар келді.", "бірінші орынбасар келді."),  # орынбасар is no context word, but І counts it
    ],
    "a bare number names a grade before the class in a case or before its pupils and leavers; it counts classes "
    "otherwise": [
        ("10 сыныптың оқушылары жиналды.", "оныншы сыныптың оқушылары жиналды."),
        ("Ол 8 сыныпта оқиды.", "Ол сегізінші сыныпта оқиды."),
        ("9 сынып бітірушілері колледжге түседі.", "тоғызыншы сынып бітірушілері колледжге түседі."),
        ("Мектепте 12 сынып бар.", "Мектепте он екі сынып бар."),
        ("Оларда 40 сыныпта оқиды.", "Оларда қырық сыныпта оқиды."),
    ],
    "a range's last end given again in brackets before a ranked noun is an ordinal too": [
        ("5-11 (12) сыныптар үшін", "бесінші – он бірінші (он екінші) сыныптар үшін"),
        ("Үй 2 (3) қабатты.", "Үй екі (үш) қабатты."),
    ],
    "a letter grade is the letter's English name and плюс or минус, in Latin letters or their Cyrillic look-alikes": [
        ("Математика А- 3,67 3", "Математика эй минус үш бүтін жүзден алпыс жеті үш"),
        ("Педагогика В+ 3,33 3", "Педагогика би плюс үш бүтін жүзден отыз үш үш"),
        ("Үлгерімі «A-», «B+» болуы керек.", "Үлгерімі «эй минус», «би плюс» болуы керек."),
        ("Философия С+ 2,33", "Философия си плюс екі бүтін жүзден отыз үш"),
    ],
    "a hyphen held over to the next word, a code and C++ are no grades": [
        ("А- және В-дәрумендері", "А- және В-дәрумендері"),
        ("C++ тілі", "си плюс плюс тілі"),
    ],
    "a phone number typed without its spaces after +7 is said in the groups it is written in apart": [
        ("Кеңес беру: +77162721112", "Кеңес беру: плюс жеті жеті жүз он алты екі жүз жетпіс екі он бір он екі"),
    ],
    "olympiad and ranking names from the Latin table": [
        ("IMO-да екі күміс алды.", "ай эм ода екі күміс алды."),
    ],
    "a bachelor's specialty code typed with a Latin B is said with the Cyrillic В's name, in a list joined without"
    " spaces too; a grant's or a register's Latin letters stay (informatics60)": [
        ("Мамандық: 5B011100 – Информатика.", "Мамандық: бес вэ нөл бір бір бір нөл нөл – Информатика."),
        (
            "5B050700,5B050800 мамандықтары",
            "бес вэ нөл бес нөл жеті нөл нөл,бес вэ нөл бес нөл сегіз нөл нөл мамандықтары",
        ),
        ("Грант AP14869856 жобасы", "Грант эй пи бір төрт сегіз алты тоғыз сегіз бес алты жобасы"),
        ("BR05236277 бағдарламасы", "би ар нөл бес екі үш алты екі жеті жеті бағдарламасы"),
    ],
    "a contents line in small letters with its dotted leader opens on a section's number; without the leader a small"
    " word keeps the decimal (informatics60)": [
        (
            "1.1 білім берудегі жасанды интеллект ……………… 10",
            "бір бір білім берудегі жасанды интеллект ……………… он",
        ),
        ("1.2 жалпы ережелер .......... 12", "бір екі жалпы ережелер.......... он екі"),
        ("1.5 миллион адам келді.", "бір бүтін оннан бес миллион адам келді."),
    ],
    "a course file's code hyphens a group before its section number: a count, not a rank (informatics60); the code"
    " is dictated, its points нүкте and its slash слэш (numlists26), its zero-led series too (042: нөл қырық екі,"
    " as a document's № 075 is: legal60, geodesy45)": [
        (
            "ПОӘК 042-18-12.1.27/03-2013",
            "пэ о ә ка нөл қырық екі он сегіз он екі нүкте бір нүкте жиырма жеті слэш нөл үш – екі мың он үш",
        ),
        ("042-16.1.32/03-2013", "нөл қырық екі он алты нүкте бір нүкте отыз екі слэш нөл үш – екі мың он үш"),
        (
            "|УМКД 042–17.1.59/03–2014 |",
            "у эм ка дэ нөл қырық екі он жеті нүкте бір нүкте елу тоғыз слэш нөл үш – екі мың он төрт",
        ),
        ("2.3.1-тармақ", "екі үш бірінші тармақ"),  # no slashed part: no code's dictation
    ],
}


test_reading = reading_test(READINGS)


def test_a_numbered_word_after_the_number_sign_is_a_word_of_its_own() -> None:
    """№ 5-мектепте is said as 5-мектепте is: the ordinal, then the word (no hyphen joining them)."""
    assert normalize("№ 5-мектепте оқиды") == "бесінші мектепте оқиды"
    assert normalize("№ 1-қорғанның ішінен") == "бірінші қорғанның ішінен"
    assert normalize("№15-ші мектеп") == "он бесінші мектеп"


def test_a_tests_answer_options_are_said_by_their_letters_names() -> None:
    """А) Ә) Б) В) Г) and A) B) C) D): the letter's name; a stop marks an option in a run of three, not an initial."""
    assert normalize("А) 1978ж Ә)1982ж Б)1990ж В)1970ж").startswith("а мың тоғыз жүз жетпіс сегізінші жыл")
    assert normalize("Б)Ресейде В) Түркістан қаласында Г) Тараз") == "бэ) Ресейде вэ) Түркістан қаласында гэ) Тараз"
    assert normalize("А) Батыс В) Шығыс С)Солтүстік") == "эй) Батыс би) Шығыс си) Солтүстік"
    assert normalize("А) Батыс В) Шығыс С)Солтүстік Д) Оңтүстік") == "а Батыс вэ) Шығыс эс) Солтүстік дэ) Оңтүстік"
    assert normalize("A) Тау B) Балқаш C) Жамбыл") == "эй) Тау би) Балқаш си) Жамбыл"
    assert normalize("Қала? А.Битөбе Ә.Сауран Б.Сығанақ В.Шаш") == "Қала? а) Битөбе ә) Сауран бэ) Сығанақ вэ) Шаш"
    assert normalize("Дұрыс жауабы: В.") == "Дұрыс жауабы: вэ."
    assert normalize("А.Байтұрсынұлы, Ә.Бөкейханов және Б.Майлин") == "А. Байтұрсынұлы, Ә. Бөкейханов және Б. Майлин"
    assert normalize("Жауапты Б.Майлин берді.") == "Жауапты Б. Майлин берді."


# civil62: a test's option cut from its run, a phrase of common words after it; a signature's initial stays.
def test_an_option_alone_on_its_line_before_a_phrase_of_common_words_is_its_letter() -> None:
    assert normalize("В.Міндеттемелік құқық") == "вэ) Міндеттемелік құқық"
    assert normalize("Б. Қазақ хандығы") == "бэ) Қазақ хандығы"
    assert normalize("С. Сейфуллин атындағы") == "С. Сейфуллин атындағы"
    assert normalize("Ә.Қасым") == "Ә. Қасым"
    assert normalize("Б. Жақып бүгін айтты.") == "Б. Жақып бүгін айтты."
    assert normalize("деді Б. Сатып алу") == "деді Б. Сатып алу"


def test_a_numbered_exercise_and_a_numbered_variant_are_ordinals() -> None:
    """241-жаттығу is no quality in -тық with a collective -у; IV-нұсқа keeps its word apart; 6.XIғ is an item."""
    assert normalize("241-жаттығу. Көшіріп жазыңдар.") == "екі жүз қырық бірінші жаттығу. Көшіріп жазыңдар."
    assert normalize("1-жаттығу") == "бірінші жаттығу"
    assert normalize("6-айлық курс") == "алты айлық курс"
    assert normalize("IV-нұсқа") == "төртінші нұсқа"
    assert normalize("9.XIIғ пайда болды") == "тоғызыншы он екінші ғасыр пайда болды"


def test_a_page_number_that_ends_its_sentence_is_one_page() -> None:
    assert normalize("Оқулықтың 45-бет.") == "Оқулықтың қырық бесінші бет."  # not беттер: the stop ends the sentence


def test_a_doubled_section_sign_names_sections() -> None:
    assert normalize("§§ 3–4 қараңыз") == "параграфтар үш – төрт қараңыз"
    assert normalize("§ 5 оқы") == "бесінші параграф оқы"  # one sign: the fifth paragraph, as 5-параграф


def test_a_grade_before_its_girls_boys_children_or_parents_is_its_place() -> None:
    assert normalize("бірінші орынды 10 сынып қыздары иеленсе") == "бірінші орынды оныншы сынып қыздары иеленсе"
    assert normalize("10 сынып ұлдарының командасы") == "оныншы сынып ұлдарының командасы"
    assert normalize("4 сынып ата-аналары жиналды") == "төртінші сынып ата-аналары жиналды"
    assert normalize("Мектепте 9 сынып бар.") == "Мектепте тоғыз сынып бар."


def test_a_lone_roman_one_marking_a_lines_item_is_a_numeral() -> None:
    assert normalize("І. «Қыран» тобы") == "бірінші. «Қыран» тобы"
    assert normalize("Отбасылар:\nІ. Ахметовтар\nІІ. Омаровтар") == "Отбасылар:\nбірінші Ахметовтар\nекінші Омаровтар"
    assert normalize("І. Жансүгіров жазды") == "І. Жансүгіров жазды"
    assert normalize("Х. Досмұхамедов\nІ. Жансүгіров") == "Х. Досмұхамедов\nІ. Жансүгіров"


def test_a_roman_numeral_with_a_hyphen_and_a_space_before_its_word_counts_it() -> None:
    assert normalize("ІІ- кезең 15 қыркүйек күні өтті.") == "екінші кезең он бесінші қыркүйек күні өтті."
    assert normalize("ІІІ- кезең басталды.") == "үшінші кезең басталды."
    assert normalize("XX- ғасырда") == "жиырмасыншы ғасырда"
    assert normalize("ІІ-кезең басталды.") == "екінші кезең басталды."


def test_a_letter_a_grammar_page_discusses_is_said_by_its_name() -> None:
    assert normalize("Б, п фонемалары ерінде жасалады.") == "бэ, пэ фонемалары ерінде жасалады."
    assert normalize("дауыс алғашқысына (б) қатысады") == "дауыс алғашқысына (бэ) қатысады"
    assert normalize("Тіліміздегі п-дан басталатын сөздер") == "Тіліміздегі пэден басталатын сөздер"
    assert normalize("қ, т-дан кейін") == "қ, тэден кейін"  # a suffix says a letter; a bare one needs a sound's word


def test_a_lone_consonant_that_is_a_unit_an_abbreviation_or_a_label_is_left_to_its_rules() -> None:
    assert normalize("Ауданы 5 м, дыбыс оқшаулағыш бар.") == "Ауданы бес метр, дыбыс оқшаулағыш бар."
    assert normalize("Кітаптың 25 б. дыбыс туралы.") == "Кітаптың жиырма бес б. дыбыс туралы."
    assert normalize("Сөз соңында б жазылмайды.") == "Сөз соңында бэ жазылмайды."


def test_an_outline_numeral_run_onto_the_word_before_is_the_next_items() -> None:
    assert normalize("МазмұныІ. Кіріспе") == "Мазмұны\nбірінші Кіріспе"
    assert normalize("Негізгі бөлімІV. Әдебиеттер") == "Негізгі бөлім\nтөртінші Әдебиеттер"
    assert normalize("ақынІ. Жансүгіров жазды") == "ақынІ. Жансүгіров жазды"  # an initial before a surname


def test_a_plans_first_item_run_onto_its_heading_is_the_lists_first() -> None:
    # geotest61: a lesson page's plan run into one line, its 1. typed onto the heading's word.
    written = "қалыптасуыЖоспар1. Қазақ хандығының құрылуы.2. Қазақ халқының шығу тегі."
    assert normalize(written) == "қалыптасуы Жоспар\nбірінші Қазақ хандығының құрылуы. екінші Қазақ халқының шығу тегі."
    assert normalize("Бұл оның сөзі1. Ол кейін келді.") == "Бұл оның сөзі бір. Ол кейін келді."  # no 2. follows


def test_a_language_level_typed_in_cyrillic_look_alikes_is_the_latin_level() -> None:
    assert normalize("Мемлекеттік тілден В1 деңгейінен кем емес.") == "Мемлекеттік тілден би бір деңгейінен кем емес."
    assert normalize("В2 және С1 деңгейлері") == "би екі және си бір деңгейлері"
    assert normalize("А1, А2 деңгейлері") == "эй бір, эй екі деңгейлері"
    assert normalize("В1 және одан жоғары деңгейі бар") == "би бір және одан жоғары деңгейі бар"
    assert normalize("В2 корпусы") == "вэ екі корпусы"  # no level without деңгей
    assert normalize("В12 деңгейі") == "вэ он екі деңгейі"  # no level of the framework


def test_a_language_level_on_a_scales_line_and_the_2018_alphabets_v_for_its_b() -> None:
    """A scale's line names the level, a dash and the level's own name (В1 – орта деңгей): the level too; a page in
    the 2018 Latin alphabet writes the В typed for B as V (V1 – orta deńge, its excerpt cut after деңге): B1."""
    assert normalize("В1 – орта деңгей") == "би бір – орта деңгей"
    assert normalize(
        "Nátıje bes deńgeıden turady: A1 – qarapaıym deńgeı 31-64 bal aralyǵy; A2 – bazalyq deńgeı 65-104 bal "
        "aralyǵy; V1 – orta deńge"
    ).endswith("эй екі – базалық деңгей алпыс бес – жүз төрт бал аралығы; би бір – орта деңге")
    assert normalize("Bul kitap V1 deńgeıindegi oqýshylarǵa arnalǵan") == (
        "Бұл кітап би бір деңгейіндегі оқушыларға арналған"
    )
    assert normalize("Ғимараттың В1 – орта корпусы жөнделді") == "Ғимараттың вэ бір – орта корпусы жөнделді"


def test_an_initialism_with_a_small_zh_for_and_is_the_tables_initialism() -> None:
    assert normalize("ҚР БжҒМ хабарлады.") == "Қазақстан Республикасы Білім және ғылым министрлігі хабарлады."
    assert normalize("БжҒМ-нің бұйрығы") == "Білім және ғылым министрлігінің бұйрығы"
    assert normalize("ЭЫжДҰ елдері") == normalize("ЭЫДҰ елдері")


def test_a_months_four_letter_cut_in_a_date_line_is_the_month() -> None:
    assert normalize("08 Қырқ 2020") == "сегізінші қыркүйек екі мың жиырмасыншы жыл"
    assert normalize("12 Наур 2021") == "он екінші наурыз екі мың жиырма бірінші жыл"
    assert normalize("26 там. болды.") == "жиырма алтыншы тамыз болды."
    assert normalize("5 қара түс.") == "бес қара түс."  # no year, no dot: no date


def test_the_parts_of_a_count_listed_in_a_bracket_are_counts() -> None:
    assert (
        normalize("20 балабақша ( 7 -Мемлекеттік, 13- жеке меншік)")
        == "жиырма балабақша ( жеті -Мемлекеттік, он үш жеке меншік)"
    )
    assert normalize("20 мектеп (8 - қалалық, 12 - ауылдық)") == "жиырма мектеп (сегіз қалалық, он екі ауылдық)"
    assert normalize("5- сынып оқушылары") == "бесінші сынып оқушылары"  # no count before: an ordinal


def test_a_dotted_time_after_a_label_naming_a_moment_is_a_clocks() -> None:
    # olymp48: a Nazarbayev school's test timetable (nis.edu.kz), each row a label, its colon and a time
    assert normalize("- тестілеудің басталуы: 10.00 |") == "- тестілеудің басталуы: он нөл нөл"
    assert normalize("Аяқталу уақыты: 16.30") == "Аяқталу уақыты: он алты отыз"
    assert normalize("Тіркеу басталады: 08.30") == "Тіркеу басталады: сегіз отыз"
    assert normalize("Жүгіру уақыты: 9.58") == "Жүгіру уақыты: тоғыз бүтін жүзден елу сегіз"  # a race's time
    assert normalize("Ұпайы: 10.50") == "Ұпайы: он бүтін жүзден елу"  # no moment named: a decimal
    assert normalize("Жиын басталды 13.20") == "Жиын басталды он үш бүтін жүзден жиырма"  # no label's colon


def test_a_dash_opening_the_next_line_is_its_bullet_not_a_times_hyphen() -> None:
    assert (
        normalize("- тіркеу: 08.00-09.30 |\n- нұсқаулық: 09.40-10.00 |")
        == "- тіркеу: сегіз нөл нөл – тоғыз отыз\n- нұсқаулық: тоғыз қырық – он нөл нөл"
    )
    assert normalize("Кездесу 19.50-де басталады") == "Кездесу он тоғыз елуде басталады"  # a hyphened ending


def test_a_specialty_code_typed_with_a_space_before_its_zero_led_digits_is_one_code() -> None:
    """5В 050121: a digit and one capital, then zero-led digits; a zero opens no count, so the digits are the
    code's (`lettercodes.REGISTRATION_CODE`). Digits that open with no zero, or a capital with no digit before it
    and a space, stay as they were."""
    assert normalize("5В 050121- Қазақ тілі") == "бес вэ нөл бес нөл бір екі бір- Қазақ тілі"
    assert normalize("5В050121 мамандығы") == "бес вэ нөл бес нөл бір екі бір мамандығы"
    assert normalize("5В 12345 мамандығы") == "бес В он екі мың үш жүз қырық бес мамандығы"


def test_a_teaching_documents_code_says_its_slashed_part_with_its_zero_and_its_year() -> None:
    """042-16.1.32/03-2013: the slashed part is the code's (нөл үш, not үш) and the year after it a count, as a
    standard's year is (`numbering.SECTION`); a section number without one is read as before."""
    assert normalize("УМКД 042-16.1.32/03-2013 УМКД") == (
        "у эм ка дэ нөл қырық екі он алты нүкте бір нүкте отыз екі слэш нөл үш – екі мың он үш у эм ка дэ"
    )
    assert normalize("1.2.3/4-тармақ") == "бір екі үш, төртінші тармақ"


def test_a_course_files_code_of_hyphened_groups_after_its_zero_led_series_is_dictated_group_by_group() -> None:
    """ОӘК 042-14-1-03/38-2007 (techlabor63, drug61): each group as written, zeros said, the year a count
    (`codes.SERIES_CODE`); a phone number's two groups after a zero-led one are the phone rule's."""
    assert normalize("ОӘК 042-14-1-03/38-2007") == (
        "о ә ка нөл қырық екі – он төрт – бір – нөл үш отыз сегіз – екі мың жеті"
    )
    assert normalize("042-14-1-03-15.12- 2005") == (
        "нөл қырық екі – он төрт – бір – нөл үш – он бес он екі – екі мың бес"
    )
    assert normalize("тел: 055-12-34") == "тел: нөл елу бес он екі отыз төрт"
    assert normalize("07.00.02 мамандығы") == "нөл жеті нөл нөл нөл екі мамандығы"


def test_a_blank_typed_onto_a_year_is_set_apart_from_it() -> None:
    """______2013 жылғы: the underscores of a form's blank are word characters that hid the year's start; a space
    sets them apart and the year is a year (`mistyped.BLANK_ONTO_WORD`). One underscore joins an address's parts."""
    assert normalize("______2013 жылғы № 3 басылым") == "______ екі мың он үшінші жылғы үшінші басылым"
    assert normalize("t.me/abai_kz") == "ти нүкте ме слэш абай астыңғы сызық кей зет"


def test_a_blank_typed_after_a_clipped_title_is_set_apart_from_it() -> None:
    """проф._____ Төлеуов: the signature's blank after a title hid the stop that ends the clipped word; a space sets
    the blank apart and the title is read whole (`mistyped.BLANK_ONTO_WORD`, techlabor63). One underscore stays."""
    assert normalize("т.ғ.д, проф._____________________ Төлеуов") == (
        "тарих ғылымдарының докторы, профессор _____________________ Төлеуов"
    )
    assert normalize("проф.Төлеуов") == "профессор Төлеуов"


def test_a_test_banks_braced_fields_and_question_marks_are_the_files_not_sums_or_equations() -> None:
    """$$$001 is the bank's question mark, no dollar; {Курс}=4 a field and its value, no equation (тең); an answer
    key's list of letters is named as the options were, its Cyrillic look-alikes (В, С) as their Latin twins."""
    assert normalize("$$$001\nНьютонның бірінші заңы") == "нөл нөл бір\nНьютонның бірінші заңы"
    assert normalize("{Курс}=4\n{Семестр}=7") == "Курс: төрт\nСеместр: жеті"
    assert normalize("{Дұрыс жауабы}=A,В,С") == "Дұрыс жауабы: эй, би, си"
    assert normalize("Дұрыс жауабы: Б, В") == "Дұрыс жауабы: бэ, вэ"
    assert normalize("Дұрыс жауабы: В.") == "Дұрыс жауабы: вэ."
    # one dollar opening its line before a number padded with zeros is the question's mark too (physics61)
    assert normalize("$ 001 Механикадағы негізгі бірлік:") == "нөл нөл бір Механикадағы негізгі бірлік:"
    assert normalize("$002 Орын ауыстыру") == "нөл нөл екі Орын ауыстыру"
    # near neighbours left alone: a dollar sum, an equation's braces inside a line
    assert normalize("Бағасы $5 болды.") == "Бағасы бес доллар болды."
    assert normalize("$100 тұрады") == "жүз доллар тұрады"
    # a star after an option's bracket marks the right answer, no sign to multiply (`numbering.RIGHT_ANSWER_STAR`)
    assert normalize("B) * P =") == "би) пэ тең"
    assert normalize("B) *50м") == "би) елу метр"
    assert normalize("A) 2*3 B) 4") == "эй) екі көбейту үш би) төрт"  # a star between numbers multiplies
    assert normalize("Жауабы {x}=5 болады") == "Жауабы {экс} тең бес болады"


def test_a_rate_of_one_letter_units_is_read_only_as_a_whole_answer_option() -> None:
    """Жылдамдықтың бірлігі: A) м/с → метр секундына; м/с elsewhere without an amount stays (a letter may be meant)."""
    assert normalize("9. Жылдамдықтың бірлігі:\nA) м/с\nB) км/сағ") == (
        "тоғызыншы Жылдамдықтың бірлігі:\nэй) метр секундына\nби) шақырым сағатына"
    )
    assert normalize("(а) м/с болады") == "(а) м, с болады"


def test_a_range_of_days_before_a_month_and_its_year_says_both_ends_as_days() -> None:
    """edu58: a holiday list writes 9–15 ақпан 2026 ж.; both ends are the month's days (тоғызыншы – он бесінші), with
    an en dash as with a hyphen, not a count before the last day."""
    assert normalize("Қосымша демалыс — 9–15 ақпан 2026 ж. (7 күн)") == (
        "Қосымша демалыс — тоғызыншы – он бесінші ақпан екі мың жиырма алтыншы жыл (жеті күн)"
    )
    assert normalize("Көктемгі демалыс — 19–29 наурыз 2026 ж.") == (
        "Көктемгі демалыс — он тоғызыншы – жиырма тоғызыншы наурыз екі мың жиырма алтыншы жыл"
    )
    # near neighbours: a first end above the last or past a month's days is no range of days; a day alone stays one
    assert normalize("15-9 ақпан 2026 ж.") == "он бесінші тоғызыншы ақпан екі мың жиырма алтыншы жыл"
    assert normalize("Демалыс — 9 ақпан 2026 ж.") == "Демалыс — тоғызыншы ақпан екі мың жиырма алтыншы жыл"


def test_an_e_mail_typed_with_a_cyrillic_e_is_the_english_word() -> None:
    """edu58: a university's contact list types е-mail with a Cyrillic е before the Latin rest; the lone е hyphened
    onto a Latin word is English's prefix e-, read имейл as the Latin spelling is."""
    assert normalize("е-mail:beu64@mail.ru") == "имейл:беу алпыс төрт эт мейл нүкте ру"
    assert normalize("Е-mail арқылы жіберіңіз") == "имейл арқылы жіберіңіз"
    # near neighbours: a Cyrillic е before a Cyrillic word, another lone letter before a Latin one
    assert normalize("е-сатып алу порталы") == "е-сатып алу порталы"
    assert normalize("а-dan") == "а-дэн"


# school59: textbooks, test banks and lesson plans.
SCHOOL59_READINGS = {
    "a grade titling a book, a test or a plan is its rank; a count of classes stays a count": [
        (
            "БЖБ Математика, 5 сынып 3-тоқсан жауаптары",
            "бөлім бойынша жиынтық бағалау Математика, бесінші сынып үшінші тоқсан жауаптары",
        ),
        ("Алгебра 8 сынып", "Алгебра сегізінші сынып"),
        ("11 сынып Физика оқулығы", "он бірінші сынып Физика оқулығы"),
        ("Мектепте 9 сынып бар.", "Мектепте тоғыз сынып бар."),
        ("Оларда барлығы 25 сынып. Ал", "Оларда барлығы жиырма бес сынып. Ал"),
    ],
    "an initialism typed in title case is the table's; a word with its vowel first is a word": [
        ("7 сынып Тжб есептер жинағы", "жетінші сынып тоқсандық жиынтық бағалау есептер жинағы"),
        ("ТЖБ қызметкерлері өртті сөндірді.", "Төтенше жағдайлар бөлімі қызметкерлері өртті сөндірді."),
        # ҚБ and ЖБ, a school's formative and summative assessment where the page speaks of assessing (units25)
        ("ҚБ Химия 7-сынып бағалауға", "қалыптастырушы бағалау Химия жетінші сынып бағалауға"),
        ("СОЧ | ЖБ ҚБ Қалыптастырушы бағалау", "соч жиынтық бағалау қалыптастырушы бағалау Қалыптастырушы бағалау"),
        ("ҚБ жұмысы жоғары бағаланды.", "қоғамдық бірлестік жұмысы жоғары бағаланды."),
        ("Ақ су", "Ақ су"),
        ("Млрд теңге бөлінді.", "Млрд теңге бөлінді."),
    ],
    "a capital alone before a colon is a row's or a speaker's label, said by its name": [
        (
            "Б: тақырыпты оқып анықтайды. К: Ел экономикасы туралы айтады.",
            "бэ: тақырыпты оқып анықтайды. ка: Ел экономикасы туралы айтады.",
        ),
        ("Мекенжайы: Абай көшесі", "Мекенжайы: Абай көшесі"),
        ("ҚР: жаңа заң", "Қазақстан Республикасы: жаңа заң"),
    ],
    "a test bank's ampersand on an option's answer is a mark, said as nothing; elsewhere it is және": [
        (
            "Массасы:A) &388 кг.B) &3,88 кг.",
            "Массасы:эй) үш жүз сексен сегіз килограмм.би) үш бүтін жүзден сексен сегіз килограмм.",
        ),
        ("Johnson) & Johnson", "джонсон) және джонсон"),
        ("Ол мен & сен", "Ол мен және сен"),
    ],
}
test_school59_reading = reading_test(SCHOOL59_READINGS)


# geo60: geography lessons and tests.
GEO60_READINGS = {
    "a test's options typed on one line: a later letter after a word is a marker where the line opens with one": [
        ("а) тау ә) жазық б) жыра", "а тау ә жазық бэ жыра"),
        ("а) Іле Алатауы ә) Алтай б) Сарыарқа", "а Іле Алатауы ә Алтай бэ Сарыарқа"),
        ("Ол тау б) жыра", "Ол тау б) жыра"),
    ],
    "a grade before the test's variant titles the test: its rank": [
        ("Дүниетану 4 сынып 1-нұсқа", "Дүниетану төртінші сынып бірінші нұсқа"),
        ("Мектепте 9 сынып бар.", "Мектепте тоғыз сынып бар."),
    ],
    "a legal form after a name of capitalised words headed by a possessed noun is the name's kind, possessed": [
        (
            "Назарбаев Зияткерлік мектептері ДББҰ сайтынан",
            "Назарбаев Зияткерлік мектептері дербес білім беру ұйымы сайтынан",
        ),
        ("оқушылары ДББҰ сайтынан", "оқушылары дербес білім беру ұйым сайтынан"),
    ],
}
test_geo60_reading = reading_test(GEO60_READINGS)


CHEMBIO60_READINGS = {
    "a heading's known word in capitals hyphened onto its number is read in small letters, the number a rank": [
        ("1-ТОҚСАННЫҢ ЖИЫНТЫҚ БАҒАЛАУ", "бірінші тоқсанның жиынтық бағалау"),
        ("10-СЫНЫПТАРҒА АРНАЛҒАН", "оныншы сыныптарға арналған"),
        # a code's capitals and a table's initialism stay theirs
        ("Ил-76-ТД ұшағы", "Ил-жетпіс алты-тэ дэ ұшағы"),
    ],
    "a bare grade right after a school subject's name is a rank; a count of classes follows no subject": [
        ("Химия, 8 сынып, сабақ жоспары.", "Химия, сегізінші сынып, сабақ жоспары."),
        ("Химия 9 сыныпта оқытылады", "Химия тоғызыншы сыныпта оқытылады"),
        ("Мектепте 8 сынып, 200 оқушы бар.", "Мектепте сегіз сынып, екі жүз оқушы бар."),
    ],
    "an underscore between a Cyrillic title and its number is a space; a Latin identifier's stays": [
        ("Биология_9 сынып", "Биология тоғызыншы сынып"),
        ("abai_kz", "абай астыңғы сызық кей зет"),
    ],
    "a curriculum unit's code before its title is read part by part, its letter by name": [
        ("Күні: 8.2А Зат мөлшері", "Күні: сегіз екі а Зат мөлшері"),
        ("1.5В батарейка", "бір бүтін оннан бес В батарейка"),
    ],
    "a title page's place and year on a line of their own: the year of publication, an ordinal": [
        ("Оқулық\nНұр-Сұлтан, 2019\n", "Оқулық\nНұр-Сұлтан, екі мың он тоғызыншы жыл\n"),
        ("Алматы, 2013 адам келді", "Алматы, екі мың он үш адам келді"),
    ],
    "a title page's publisher and year closing a line: the year of publication, named a year": [
        (
            "Ы.Алтынсарин атындағы Ұлттық білім академиясы, 2013",
            "Ы. Алтынсарин атындағы Ұлттық білім академиясы, екі мың он үшінші жыл",
        ),
        ("«Мектеп» баспасы, 2019\nкелесі", "«Мектеп» баспасы, екі мың он тоғызыншы жыл\nкелесі"),
        # a count after the body's name within a line stays a count
        ("академиясы, 2013 студент", "академиясы, екі мың он үш студент"),
        # primmath64: the year's stop may close the line
        ("Алматыкітап баспасы, 2013.", "Алматыкітап баспасы, екі мың он үшінші жыл."),
    ],
    "a place and year closing a line after a title's stop and dash: the year it came out, named a year (primmath64)": [
        (
            "оқу бағдарламасы. – Астана, 2013",
            "оқу бағдарламасы. – Астана, екі мың он үшінші жыл",
        ),
        # a place and a year after a dash alone, or a count within the line, keep the number rule's
        ("Астана – 1957", "Астана – мың тоғыз жүз елу жеті"),
        ("бағасы. – Астана, 2013 адам келді", "бағасы. – Астана, екі мың он үш адам келді"),
    ],
    "a contents' section number alone on its line beside its neighbours is read part by part, not a decimal": [
        ("2\n2.1\n2.2\n2.2.1 Әдістер", "екі\nекі бір\nекі екі\nекі екі бір Әдістер"),
        # a column of decimals in a text that heads no chapter stays decimals
        ("Баға\n2.5\n2.6", "Баға\nекі бүтін оннан бес\nекі бүтін оннан алты"),
    ],
    "a plan's field for the teacher's name and a university's legal form written КеАҚ are expanded": [
        ("Мұғалімнің А.Ә.Т:", "Мұғалімнің аты-жөні:"),
        ("“СМУ” КеАҚ, кафедра", "“эс эм у” коммерциялық емес акционерлік қоғамы, кафедра"),
        ("А. Ә. Тәжібаев", "А. Ә. Тәжібаев"),
    ],
}
test_chembio60_reading = reading_test(CHEMBIO60_READINGS)


HISTTEST60_READINGS = {
    "a bracketed В) after А) with no Б) or Ә) between is the Latin B of a test's options, the run cut before its С)": [
        ("Этнос сөзінің мағынасы А) халық В) ру", "Этнос сөзінің мағынасы эй) халық би) ру"),
        ("Мағынасы А) халық Ә) ру Б) тайпа В) ел", "Мағынасы а) халық ә) ру бэ) тайпа вэ) ел"),
    ],
}
test_histtest60_reading = reading_test(HISTTEST60_READINGS)


def test_a_question_number_after_a_line_of_answer_options_is_an_ordinal() -> None:
    assert normalize("A) 25 м B) 2 м C) 50 м D) 10 м E) 30 м 27. Тербеліс жиілігі") == (
        "эй) жиырма бес метр би) екі метр си) елу метр ди) он метр и) отыз метр жиырма жетінші Тербеліс жиілігі"
    )


def test_a_number_and_stop_before_a_capital_without_options_stays_a_number() -> None:
    assert normalize("сағат 5. Ол келді") == "сағат бес. Ол келді"


def test_a_test_banks_question_mark_with_a_space_before_its_number() -> None:
    assert normalize("$$$ 15 B Электр заряды:") == "он бес би Электр заряды:"
    assert normalize("Бағасы 15 $") == "Бағасы он бес доллар"


def test_a_test_banks_spaced_question_mark_glued_key_mark_and_mixed_option_letters() -> None:
    """civil62: $$$ 1 opening its line is the bank's question mark as $$$001 is (`numbering.QUESTION_MARK`); E)& and
    B)& 10 carry the bank's key mark glued to a lone letter's bracket (`symbols.ANSWER_KEY_MARK`); a Latin D typed
    among Cyrillic А. В. С. Е. holds Д's place in the run, so Е. is an option too (`numbering._in_option_run`)."""
    assert normalize("$$$ 1\nАзаматтық құқық") == " бір\nАзаматтық құқық"
    assert normalize("E)& шек қойылмаған") == "и шек қойылмаған"
    assert normalize("B)& 10 күннен кейін") == "би) он күннен кейін"
    options = "А. Мәміле\nВ.Міндеттемелік құқық\nС. Сатып алу-сату шарты\nD. Меншік құқығы\nЕ. Заттық құқық"
    assert normalize(options) == (
        "эй) Мәміле\nби) Міндеттемелік құқық\nси) Сатып алу-сату шарты\nди) Меншік құқығы\nи Заттық құқық"
    )
    # near neighbours left alone: dollars inside a line, an ampersand after a word's bracket, an initial alone
    assert normalize("Бағасы $5 болды.") == "Бағасы бес доллар болды."
    assert normalize("Johnson) & Johnson") == "джонсон) және джонсон"
    assert normalize("Johnson)& Co") == "джонсон) және коу"
    assert normalize("Е. Бекмаханов") == "Е. Бекмаханов"


def test_a_test_banks_control_stage_heading_its_part_is_a_rank() -> None:
    """civil62: 1 МЕЖЕЛІК БАҚЫЛАУ heads the bank's first midterm control, бірінші, as 1 тарау heads a chapter
    (`ordinalcontext._PARTS_NAMED_BARE`); inside a sentence 3 межелік бақылаудан counts them."""
    assert normalize("1 МЕЖЕЛІК БАҚЫЛАУ") == "бірінші межелік бақылау"
    assert normalize("2 РУБЕЖДІК БАҚЫЛАУ") == "екінші рубеждік бақылау"
    assert normalize("3 межелік бақылаудан өтті.") == "үш межелік бақылаудан өтті."


def test_a_three_digit_question_number_before_a_quoted_name_or_an_initialism_is_its_rank() -> None:
    """civil62: 103. «Тори» … and 108. АҚШ президенті … open the bank's 103rd and 108th questions, as 102. Түркияда
    does (`numbering.LIST_MARKER`'s point); 150. ҚР 5 жыл, an initialism before no word, stays."""
    assert normalize("103. «Тори» қай партияның мұрагері?") == "жүз үшінші. «Тори» қай партияның мұрагері?"
    assert normalize("108. АҚШ президенті кім?") == "жүз сегізінші. Америка Құрама Штаттары президенті кім?"
    assert normalize("150. ҚР 5 жыл") == "жүз елу. Қазақстан Республикасы бес жыл"


KINDER62_READINGS = {
    "a Kazakh letter a Russian code page lost to a question mark is the one the dictionary knows the word by": [
        ("1 ?ырк?йек Білім к?ніне арнал?ан ойын- сауы?.", "бірінші қыркүйек Білім күніне арналған ойын- сауық."),
        (
            "Ба?дарлама Мектепке дейінгі мекемеде ?арапайым математиканы ?алыптастыру",
            "Бағдарлама Мектепке дейінгі мекемеде қарапайым математиканы қалыптастыру",
        ),
        # a question's mark: after a known word before a stop, glued to the next sentence, after a number
        ("Неге?. Ол келді.", "Неге?. Ол келді."),
        ("Бұл ма?Ол келді.", "Бұл ма?Ол келді."),
        ("5 ?", "бес?"),
        # a line whose every Kazakh letter was lost is judged Kazakh as repaired, not Russian
        ("Та?ырып: Шамаларды ?айталау", "Тақырып: Шамаларды қайталау"),
        # a word that lost a letter inside lost its last one too where the dictionary knows it so (worldhist64)
        ("Мон?олдарды? ?аза?стан жерін", "Монғолдардың қазақстан жерін"),
        ("Сен к?ндіз келесің бе?", "Сен күндіз келесің бе?"),
        ("Не істейсің? к?ніне", "Не істейсің? күніне"),  # a known word, no letter lost inside it: a question's mark
    ],
    "a list's number glued to a heading in capitals opening its line is the item's marker": [
        ("2.ҚАРАПАЙЫМ МАТЕМАТИКАЛЫҚ ҰҒЫМДАР", "екінші қарапайым математикалық ұғымдар"),
        ("Ол 2.ҚР", "Ол екі. Қазақстан Республикасы"),
    ],
    "a count of pages after a year's clipped word and a dash, run together, is pages": [
        ("бақшасы, 2026 ж-31б", "бақшасы, екі мың жиырма алтыншы жылы- отыз бір бет"),
        ("2020 ж-5б сынып", "екі мың жиырмасыншы жылы-бес бэ сынып"),
    ],
    "a list's number alone on its line under a bullet's line, beside the next one, is an ordinal": [
        (
            "Өту барысы\n-\n1\nҰйымдастыру кезеңі\n-\n2\nМақсатты анықтау",
            "Өту барысы\n-\nбірінші\nҰйымдастыру кезеңі\n-\nекінші\nМақсатты анықтау",
        ),
        ("Саны\n-\n12\nБарлығы", "Саны\n-\nон екі\nБарлығы"),
    ],
    "a class's grade and quoted letter at a line's end, more lines after it, is a class": [
        ('сынып 7 "Г"\n\n«Тәуелсіз»', 'сынып жетінші "гэ"\n\n«Тәуелсіз»'),
        ("Абай көшесі 10А\nМектеп", "Абай көшесі он А\nМектеп"),
    ],
    "a one-letter place stump before a last initial is a name's first initial, typed small": [
        ("Сынып жетекшісі Цимерман а. В", "Сынып жетекшісі Цимерман а. В"),
        ("Талдықорған а. Бейбітшілік көшесі", "Талдықорған ауылы. Бейбітшілік көшесі"),
    ],
    "a cry in capitals, one vowel drawn out, is said as it spells, not by the letters' names": [
        ("жатырсыңдар ма ? ААА", "жатырсыңдар ма? ааа"),
        ("ООО «Ромашка»", "о о о «Ромашка»"),
        ("ААА-ға", "а а аға"),
        ("В) 16\n\nААА\n\nАВ сырығы", "вэ) он алты\n\nа а а\n\nа вэ сырығы"),  # alone on its line: a figure's label
    ],
}
test_kinder62_reading = reading_test(KINDER62_READINGS)


ENGLISH62_READINGS = {
    "a transcription in brackets is said as its sounds, by the lesson's letters, its length and stress marks unsaid": [
        ("Last [la:st] сөзі", "ласт [ласт] сөзі"),
        ("Ally [‘ælai]", "эллай [әлай]"),
        ("[ɔ:] Ұзақ о дыбысына сәйкес", "[о] Ұзақ о дыбысына сәйкес"),
        ("Girl [gз:l]", "герл [гөл]"),
        ("Turn [t ə: n]", "терн [төн]"),
        ("Cook [kuk]", "кук [кук]"),
        ("Swimming [′swimiŋ] — жүзу", "свимминг [суимиң] — жүзу"),
    ],
    "a bracket of plain letters after no Latin word, or of Cyrillic words, is no transcription": [
        ("Мәтін [kuk] жазылған", "Мәтін [как] жазылған"),
        ("Сурет [Фото] берілген", "Сурет [Фото] берілген"),
    ],
    "a lesson plan's stage numeral with its stop typed onto the stage's word is the stage's ordinal": [
        (
            "Сабақ барысы:\nI.Ұйымдастыру\nGood morning children.",
            "Сабақ барысы:\nбірінші Ұйымдастыру\nгуд морнинг чилдрен.",
        ),
        ("I.Ұйымдастыру\nWho is on duty today?", "бірінші Ұйымдастыру\nху из он дьюти тудей?"),
        ("І.Жансүгіров келді.", "І.Жансүгіров келді."),
    ],
    "a Latin letter beside its twin of the other case is the letter named, not the article or the pronoun": [
        ("A a\nB b", "эй эй\nби би"),
        ("I am a pupil.", "ай эм э пьюпил."),
    ],
}
test_english62_reading = reading_test(ENGLISH62_READINGS)


def test_english62_english_apostrophes_are_no_2017_letters() -> None:
    """English's apostrophes (I’m, o’clock, a possessive's ’s) do not make an English lesson 2017 Latin Kazakh, whose
    converter would read its is, an, on, be as іс, ан, он, бе; the 2017 alphabet's o'qw, ja'na still do."""
    from tts_edition.script import to_cyrillic
    from tts_edition.script.detect import latin_variant

    lesson = "Сабақ барысы:\nGood morning children. I’m glad to see you.\nWhat is the weather like today?"
    assert to_cyrillic(lesson) == lesson
    test = "E) ... five o’clock already.\nThere … an apple and some oranges on the table."
    assert to_cyrillic(test) == test
    assert latin_variant("Asan’s library, o’clock, I’m") == "informal"
    assert to_cyrillic("Men o'qw o'zbek ja'na ta'rbie") == "Мен өқw өзбек жәна тәрбіе"


def test_english62_script_reads_english_sentences_as_english() -> None:
    """In a Latin Kazakh text, an English word typed with a Cyrillic і is that English word, and a word both
    languages spell (is, in, on, an, be) is English in a sentence of English words; a Kazakh sentence's stay Kazakh."""
    from tts_edition.script import latin
    from tts_edition.script.detect import LATIN_INFORMAL

    assert latin.convert("Computers ... іn the 20th century.", LATIN_INFORMAL) == ("Computers ... in the 20th century.")
    assert latin.convert("There … an apple and some oranges on the table.", LATIN_INFORMAL) == (
        "There … an apple and some oranges on the table."
    )
    assert latin.convert("E) to be іnvented", LATIN_INFORMAL) == "Е) to be invented"
    assert latin.convert("Men Londonda boldym. Bala men ana.", LATIN_INFORMAL) == "Мен Лондонда болдым. Бала мен ана."


# wordprob62: a primary test's options and headings.
def test_an_option_run_with_b_in_the_place_of_b_stays_cyrillic() -> None:
    assert normalize("А) 810 Б) 81 С) 118 Д) 18") == "а сегіз жүз он бэ) сексен бір эс) жүз он сегіз дэ) он сегіз"
    # А) В) С) is the Latin order typed in Cyrillic...
    assert normalize("А) 810 В) 81 С) 118") == "эй) сегіз жүз он би) сексен бір си) жүз он сегіз"
    # ...but a Д) in D's place (maths60) keeps the run Cyrillic
    assert normalize("А) 810 В) 81 С) 118 Д) 18") == "а сегіз жүз он вэ) сексен бір эс) жүз он сегіз дэ) он сегіз"
    # a Latin option among the look-alikes makes them Latin (physics61), not in a Kazakh alphabet's run
    assert normalize("D) 6800 м Е) 5600 м") == "ди) алты мың сегіз жүз метр и) бес мың алты жүз метр"
    assert normalize("А) 1 Ә) 2 Б) 3 В) 4 Г) 5 Д) 6") == "а бір ә) екі бэ) үш вэ) төрт гэ) бес дэ) алты"


def test_a_look_alike_among_latin_options_is_its_latin_twin() -> None:
    assert normalize("D) сөйлем мүшесі Е) қосымша") == "ди) сөйлем мүшесі и) қосымша"
    # a Cyrillic run keeps its letters
    assert normalize("Б) Шығыс В) Солтүстік") == "бэ) Шығыс вэ) Солтүстік"


def test_a_grade_alone_in_brackets_is_its_rank() -> None:
    assert normalize("Тест Шамалар (4 сынып)") == "Тест Шамалар (төртінші сынып)"
    assert normalize("мектепте (9 сынып бар)") == "мектепте (тоғыз сынып бар)"


def test_a_round_heading_its_problems_is_its_rank() -> None:
    assert normalize("2 тур") == "екінші тур"
    assert normalize("Жарыс 2 тур бойынша өтеді") == "Жарыс екі тур бойынша өтеді"


# geometry63: the last option's letter closing its line, its value cut off.
def test_a_last_option_letter_closing_its_line_is_a_marker() -> None:
    assert normalize("Жауаптары: А) 2 В)") == "Жауаптары: эй) екі би)"
    assert normalize("Жауаптары: В)") == "Жауаптары: В)"  # no option earlier on its line


# pe63: a results list's initials are no run of options.
def test_initials_out_of_alphabet_order_make_no_run_of_options() -> None:
    text = (
        "Ал әйелдер арасында Қ.Серік жеңіске жетсе, екінші орынды Д.Күнқожа иеленді. Кентау қаласынан келген "
        "Б.Базарбаев пен Е.Жадрисов екінші болып жетті. Өңірдің өрендері В.Ли, Ә.Жанд"
    )
    assert normalize(text).endswith("Өңірдің өрендері В. Ли, Ә. Жанд")
    # a test's options in their alphabet's order stay options, glued or spaced
    assert normalize("Қала? А.Битөбе Ә.Сауран Б.Сығанақ В.Шаш") == "Қала? а) Битөбе ә) Сауран бэ) Сығанақ вэ) Шаш"
    assert normalize("Өзен? А. Іле Ә. Шу Б. Есіл") == "Өзен? а) Іле ә) Шу бэ) Есіл"


def test_a_roman_numeral_typed_onto_its_chapters_word_counts_it() -> None:
    """biology63: a diploma's contents (IIтарау. Практикалық бөлім); a word opening with I is left alone."""
    assert normalize("IIтарау. Практикалық бөлім") == "екінші тарау. Практикалық бөлім"
    assert normalize("Ітарау") == "бірінші тарау"
    assert normalize("Ілияс тараудың соңын оқыды") == "Ілияс тараудың соңын оқыды"

    # geometry63: a test's variant heads its questions so; inside a sentence it counts variants
    assert normalize("1 нұсқа.") == "бірінші нұсқа."
    assert normalize("Бұл есептің 3 нұсқа бар.") == "Бұл есептің үш нұсқа бар."


def test_a_line_listing_a_profile_subject_with_its_tasks_opens_with_its_rank():
    assert normalize("1 бейіндік пән — 40 тапсырма, 50 балл, шекті балл — 5;") == (
        "бірінші бейіндік пән — қырық тапсырма, елу балл, шекті балл — бес;"
    )
    assert normalize("- 2 бейіндік пән – 40 тапсырма") == "- екінші бейіндік пән – қырық тапсырма"


def test_profile_subjects_counted_in_a_sentence_stay_a_count():
    assert normalize("Талапкерлер 2 бейіндік пән тапсырады.") == "Талапкерлер екі бейіндік пән тапсырады."
    assert normalize("5 пән (3 міндетті + 2 бейіндік).") == "бес пән (үш міндетті плюс екі бейіндік)."


def test_a_year_of_study_before_its_groups_number_and_student_is_its_place() -> None:
    # vet65: a course work's title page names the year, then the group, then its student.
    assert normalize("мамандығының 3 курс 301 топ студенті") == "мамандығының үшінші курс үш жүз бір топ студенті"
    assert normalize("2 курс 205 тобының студенті") == "екінші курс екі жүз бес тобының студенті"
    # A course followed by a group and no student counts: nothing it ranks is named.
    assert normalize("3 курс 301 топ бар.") == "үш курс үш жүз бір топ бар."


def test_an_examination_tickets_number_heading_its_questions_is_its_rank() -> None:
    # vet65: studfile.net's ticket 15 over its numbered questions.
    assert normalize("15 Билет.\n1.Мелафагоз, этиологиясы.") == "он бесінші Билет.\nбірінші Мелафагоз, этиологиясы."
    assert normalize("3 БИЛЕТ") == "үшінші билет"
    # Tickets counted go on in lower case after the noun.
    assert normalize("15 билет сатылды.") == "он бес билет сатылды."
    assert normalize("Ол 15 билет алды.") == "Ол он бес билет алды."


INITIALISMS26_READINGS = {
    "a look-alike capital alone before a word only Kazakh writes is a letter, said by its Cyrillic name": [
        ("Ол В санатындағы куәлік алды.", "Ол вэ санатындағы куәлік алды."),
        ("Ол Т және Р әріптерін жазды.", "Ол тэ және эр әріптерін жазды."),
        ("В Астане прошёл форум.", "В Астане прошёл форум."),  # the Russian preposition before a Russian word
    ],
    "a group's code closing on a letter after its number is spelled, its capitals no initialism the table expands": [
        ("ПЖ-21А тобының студенті", "пэ жэ жиырма бір а тобының студенті"),
        ("ТЖ-12В тобы", "тэ жэ он екі вэ тобы"),
        ("ТЖ-12 бөлімі", "төтенше жағдай он екі бөлімі"),  # no letter after the number: the table's
    ],
}

test_initialisms26_reading = reading_test(INITIALISMS26_READINGS)


NUMLISTS26_READINGS = {
    "a section's number opening a line titled in small letters, or before its subsection's number, is no decimal"
    " (numlists26)": [
        (
            "1.1 құқықтық жүйеде уақыттың көріну формалары",
            "бір бір құқықтық жүйеде уақыттың көріну формалары",
        ),
        ("1.3 1 Табиғи жағдайлары", "бір үш бір Табиғи жағдайлары"),
        ("2.5 миллион теңге бөлінді", "екі бүтін оннан бес миллион теңге бөлінді"),  # a scale: a decimal
        ("1.5 литр су", "бір бүтін оннан бес литр су"),  # a unit
        ("2.5 жылға созылды", "екі бүтін оннан бес жылға созылды"),  # a span of time
        ("- 40.5 дейін жоғары температура,", "- қырық бүтін оннан беске дейін жоғары температура,"),  # no chapter
    ],
    "a contents line's pages after a heading in capitals opened by its chapter's number are a span (numlists26)": [
        ("2 БАСТЫ СОТ ТАЛҚЫЛАУЫ 21.37", "екі басты сот талқылауы жиырма бір – отыз жеті"),
        ("Биыл 21.37 болды", "Биыл жиырма бір бүтін жүзден отыз жеті болды"),
    ],
}
test_numlists26_reading = reading_test(NUMLISTS26_READINGS)


# yearword26: a book's year of publication on its title page, in a citation's brackets and on its copyright line.
PUBLICATION_YEAR_READINGS = {
    "a title page's place, its publisher in quotes and the year: the year it came out, named a year": [
        ("Оқулық\nАлматы «Мектеп» 2018\n", "Оқулық\nАлматы «Мектеп» екі мың он сегізінші жыл\n"),
        ("Шымкент <<Жібек жолы>> 2015", "Шымкент «Жібек жолы» екі мың он бесінші жыл"),
    ],
    "a publishing house and year closing a citation's bracket: the year it came out; a count in a sentence is not": [
        (
            "«Ана тілі» оқулығы («Мектеп» баспасы, 2019) бойынша",
            "«Ана тілі» оқулығы («Мектеп» баспасы, екі мың он тоғызыншы жыл) бойынша",
        ),
        ("баспасы, 2019 кітап шығарды", "баспасы, екі мың он тоғыз кітап шығарды"),
    ],
    "a place and year closing a line after a title naming a publication's kind; after another title an event's": [
        (
            "Бастауыш сыныпқа арналған әдістемелік ұсыныстар | Алматы 2021",
            "Бастауыш сыныпқа арналған әдістемелік ұсыныстар Алматы екі мың жиырма бірінші жыл",
        ),
        ("ТАРИХ ОҚУЛЫҒЫ (7-сынып) Астана 2018", "тарих оқулығы (жетінші сынып) Астана екі мың он сегізінші жыл"),
        ("Көрме ЭКСПО Астана 2017", "Көрме экспо Астана екі мың он жеті"),
    ],
    "a copyright line's year after its holders, the sign typed (C) too, said as nothing": [
        ("(C) Ахметова Г. Қ., Сейітова А. Б., 2020", "Ахметова Г. Қ., Сейітова А. Б., екі мың жиырмасыншы жыл"),
        ("© Нұрланов Е., 2017.", "Нұрланов Е., екі мың он жетінші жыл."),
        ("© Sputnik / Тимур Батыршин", "спутник, Тимур Батыршин"),
    ],
}
test_publication_year_readings = reading_test(PUBLICATION_YEAR_READINGS)


# textrepair27: a title page's year with its word clipped, the stop lost at the line's end.
TEXTREPAIR27_READINGS = {
    "a title page's place, the year and ж closing the line: the year named, not the table's жылы": [
        ("Павлодар 2015 ж", "Павлодар екі мың он бесінші жыл"),
        ("Ахмет Байтұрсынов 1922 ж", "Ахмет Байтұрсынов мың тоғыз жүз жиырма екінші жылы"),  # no place: a caption's
    ],
}
test_textrepair27_readings = reading_test(TEXTREPAIR27_READINGS)

SCHOOL28_READINGS = {
    "a school term named by a bare number in a heading's capitals is its place; a coming year's quarters count": [
        ("Геометрия 1 ТОҚСАН БОЙЫНША ЖИЫНТЫҚ БАҒАЛАУ", "Геометрия бірінші тоқсан бойынша жиынтық бағалау"),
        ("алдағы 4 ТОҚСАН ішінде", "алдағы төрт тоқсан ішінде"),
    ],
    "a number's hyphen typed after a space before a heading's word in capitals joins it still": [
        ("1 -ТОҚСАННЫҢ ЖИЫНТЫҚ БАҒАЛАУ СПЕЦИФИКАЦИЯСЫ", "бірінші тоқсанның жиынтық бағалау спецификациясы"),
        ("Поезд 5 -ТД", "Поезд бес -тэ дэ"),  # a code's capitals are no word
    ],
    "a grade after a language's or a literature's or a history's name is the grade it is taught in": [
        ("СОЧ Қазақ тілі мен әдебиеті 9 сынып —", "соч Қазақ тілі мен әдебиеті тоғызыншы сынып —"),
        ("Қазақстан тарихы 7 сынып", "Қазақстан тарихы жетінші сынып"),
        ("Мектепте 9 сынып бар.", "Мектепте тоғыз сынып бар."),
    ],
    "a class's letter in quotes before its noun hyphened on after a space": [
        ("5«б» -сынып жетекшілері", "бесінші «бэ» сынып жетекшілері"),
        ("5 -сынып оқушылары", "бесінші сынып оқушылары"),
    ],
    "the loan профильді names an ҰБТ profile subject's rank as бейіндік does; counted in a sentence it counts": [
        ("- 1 профильді пән – 40 тапсырма", "- бірінші профильді пән – қырық тапсырма"),
        ("Талапкерлер 2 профильді пән тапсырады.", "Талапкерлер екі профильді пән тапсырады."),
    ],
    "ҚМЖ is a teacher's short-term plan where the sentence speaks of a lesson's aims, else the weather warning": [
        (
            "ҚМЖ: барлығы да оқу мақсаттарынан туындайды",
            "қысқа мерзімді жоспар: барлығы да оқу мақсаттарынан туындайды",
        ),
        (
            "Алматыда ҚМЖ туралы ескерту жарияланды.",
            "Алматыда қолайсыз метеорологиялық жағдайлар туралы ескерту жарияланды.",
        ),
    ],
    "a file title's underscore before its initialism parts them; one in an address's path stays": [
        ("Химия_ЕМН_10 сынып", "Химия е эм эн оныншы сынып"),
        ("Клетка_теориясы", "Клетка_теориясы"),
    ],
    "a code's number glued to its letters is no range's first end; a bare number before a dash is": [
        ("Қазақ тілі Т1 — 7 сынып", "Қазақ тілі тэ бір — жетінші сынып"),
        ("PM10 – 25 мкг болды", "пи эм он – жиырма бес микрограмм болды"),
        ("1 — 7 сыныптар", "бірінші – жетінші сыныптар"),
    ],
}
test_school28_readings = reading_test(SCHOOL28_READINGS)

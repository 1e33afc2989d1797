"""History and encyclopedia text (issue 26, hist6): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "an infobox's English hemisphere letters are read in the sentence's language": [
        (
            "Шыңы: 43°03′N 77°05′E",
            "Шыңы: қырық үш градус үш минут солтүстік ендік жетпіс жеті градус бес минут шығыс бойлық",
        ),
        (
            "Арал: 45 ° 12′S 12 ° 30′W",
            "Арал: қырық бес градус он екі минут оңтүстік ендік он екі градус отыз минут батыс бойлық",
        ),
        (
            "Вершина лежит на 43°03′N 77°05′E.",
            "Вершина лежит на сорок три градуса три минуты северной широты семьдесят семь градусов пять минут "
            "восточной долготы.",
        ),
    ],
    "a Russian year takes the case of the plural year word written after it": [
        (
            "Голод охватил степь в 1919-1921 годах.",
            "Голод охватил степь в тысяча девятьсот девятнадцатом – тысяча девятьсот двадцать первом годах.",
        ),
        (
            "Архив хранит письма 1905–1907 годов.",
            "Архив хранит письма тысяча девятьсот пятого – тысяча девятьсот седьмого годов.",
        ),
    ],
    "years listed before one Russian year word all take its case": [
        (
            "Съезды прошли в 1905 и 1917 годах.",
            "Съезды прошли в тысяча девятьсот пятом и тысяча девятьсот семнадцатом годах.",
        ),
        (
            "Музей пополнялся в 1957, 1968 или 1970 годах.",
            "Музей пополнялся в тысяча девятьсот пятьдесят седьмом, тысяча девятьсот шестьдесят восьмом или тысяча "
            "девятьсот семидесятом годах.",
        ),
    ],
    "a dotted abbreviation whose last full stop is left off is still read": [
        ("Қыш құмыралар, жүзік, білезік т.б жәдігерлер", "Қыш құмыралар, жүзік, білезік тағы басқа жәдігерлер"),
        ("Тас дәуірі (б.з.б III мыңжылдық)", "Тас дәуірі (біздің заманымыздан бұрынғы үшінші мыңжылдық)"),
    ],
    "ж and жж after a year are the year words even without their full stop": [
        ("Мұражай іргетасы 1938 ж", "Мұражай іргетасы мың тоғыз жүз отыз сегізінші жылы"),
        (
            "Жоңғар шапқыншылығы (1723 – 1727жж) кезінде",
            "Жоңғар шапқыншылығы (мың жеті жүз жиырма үшінші – мың жеті жүз жиырма жетінші жылдары) кезінде",
        ),
    ],
    "a Soviet republic's КСР after its people's name is read in full, its suffix on the expansion": [
        ("Өзбек КСР Жоғарғы Кеңесінің төрағасы", "Өзбек Кеңестік Социалистік Республикасы Жоғарғы Кеңесінің төрағасы"),
        ("Украин КСР-інде туған", "Украин Кеңестік Социалистік Республикасында туған"),
    ],
    "a lone Cyrillic І or Х before a name is a monarch's or an event's number": [
        ("1718 жылы І Петрдің жарлығы", "мың жеті жүз он сегізінші жылы бірінші Петрдің жарлығы"),
        ("Х Бурабай форумы өтті", "оныншы Бурабай форумы өтті"),
        ("Жұмыс Х. Досмұхамедов атындағы", "Жұмыс Х. Досмұхамедов атындағы"),  # an initial, not a numeral
        (
            "І. Жансүгіров",
            "І. Жансүгіров",
        ),  # at a line's start too: a surname after it makes it an initial (initials27)
        ("І. Кіріспе", "бірінші Кіріспе"),  # a heading's numeral at a line's start
    ],
    "a short year before жылдың or жылғы and a month is the year the month is of": [
        ("Содан 48 жылдың майында келдім.", "Содан қырық сегізінші жылдың майында келдім."),
        ("86 жылғы желтоқсанда", "сексен алтыншы жылғы желтоқсанда"),
        ("41 жылдың маусымында соғыс басталды.", "қырық бірінші жылдың маусымында соғыс басталды."),
        ("Ол 5 жылдың ішінде бітті.", "Ол бес жылдың ішінде бітті."),
    ],
    "a range of Roman numerals may have a space on either side of its dash": [
        ("б.з.б. VII- VI ғасырларға жатады", "біздің заманымыздан бұрынғы жетінші – алтыншы ғасырларға жатады"),
        ("VII -VI ғасырлар", "жетінші – алтыншы ғасырлар"),
        ("XV - XVI ғғ.", "он бесінші – он алтыншы ғасырлар."),
    ],
    "a century's numeral hyphened onto the word before it is after a dash (worldhist64)": [
        ("1.2. Шыңғыс хан-ХІІІ ғасырдың ұлы қолбасшысы", "бір екі Шыңғыс хан – он үшінші ғасырдың ұлы қолбасшысы"),
        ("тұлғасы-XIII ғ. басында", "тұлғасы – он үшінші ғасыр басында"),
        ("хан - ХІІІ ғасырдың", "хан - он үшінші ғасырдың"),  # a spaced dash stays as written
    ],
    "a century's numeral with the digit one typed for I is the numeral (bio70)": [
        (
            "Біздің пайымдауымызша, Х1Х ғасырдың екінші жартысы мен ХХ ғасырдың",
            "Біздің пайымдауымызша, он тоғызыншы ғасырдың екінші жартысы мен жиырмасыншы ғасырдың",
        ),
        ("ХV11 ғасырда салынған", "он жетінші ғасырда салынған"),
        ("XV1 ғ. басында", "он алтыншы ғасыр басында"),
        ("Х1Х-ХХ ғасырлар", "он тоғызыншы – жиырмасыншы ғасырлар"),
        ("ХV111-Х1Х ғғ.", "он сегізінші – он тоғызыншы ғасырлар."),
        # digits alone count the centuries or number them as before; a code's run has no century word after it
        ("11 ғасыр", "он бірінші ғасыр"),
        ("Х1Х-45 коды", "Х бір Х-қырық бес коды"),
    ],
    "a word broken across a line joins when the next line is indented or follows a blank line (worldhist64)": [
        ("Ұлы Моңғол Ұлысы-\n             ның әр бөлігі", "Ұлы Моңғол Ұлысының әр бөлігі"),
        ("басқа халықтар-\n\n                дың аумағын", "басқа халықтардың аумағын"),
        # a word of its own after the hyphen keeps its dash, indented or not
        ("Модель-\n   таза", "Модель-\n таза"),
    ],
    "a contents' section number run onto the year range of its title is parted from it (worldhist64)": [
        (
            "2.2.1219-1224 жылдарда моңғолдардың",
            "екі екі мың екі жүз он тоғызыншы – мың екі жүз жиырма төртінші жылдарда моңғолдардың",
        ),
        # a date with its year stays a date
        ("2.2.2019 жылы", "екі мың он тоғызыншы жылғы екінші ақпанда"),
    ],
    "a century word glued to its numeral or left without its dot is still the century (roman24)": [
        ("XVIIIғ. басында", "он сегізінші ғасыр басында"),
        ("II-XIVғғ. аралығында", "екінші – он төртінші ғасырлар аралығында"),
        ("VIII-XIIғғ аралығында", "сегізінші – он екінші ғасырлар аралығында"),
        ("ХVII ғ, XVIII ғ.", "он жетінші ғасыр, он сегізінші ғасыр."),
    ],
    "a century word with the word after it glued onto its dot is the century, the word apart (historyart47)": [
        ("ХІХ ғ.ортасы мен ХХ ғ.басындағы", "он тоғызыншы ғасыр ортасы мен жиырмасыншы ғасыр басындағы"),
        ("V ғ.X ғғ аралығы", "бесінші ғасыр оныншы ғасырлар аралығы"),
        ("ХІХ ғ.ғ. аралығы", "он тоғызыншы ғасырлар аралығы"),  # the doubled mark stays the table's
    ],
    "the plural century word written doubled with a space after a range is said once (history57)": [
        ("XVI-ХІХ ғ. ғ. патшалық Ресей", "он алтыншы – он тоғызыншы ғасырлар патшалық Ресей"),
        ("XVI-ХІХ ғ. Ғалымдар", "он алтыншы – он тоғызыншы ғасырлар. Ғалымдар"),  # one mark: the plural as before
    ],
    "a contents line's section number typed with a space after its dot is the section's, not an item's (history57)": [
        ("1. 1 Өлкенің ертедегі тарихы . . . 12", "бір бір Өлкенің ертедегі тарихы... он екі"),
        ("1. 2 Орталық Қазақстан аумағы", "бір екі Орталық Қазақстан аумағы"),
        ("1. 5 миллион теңге бөлінді.", "бірінші бес миллион теңге бөлінді."),  # a count after an item's stop
    ],
    "a line's two-part number before a unit is a file's size, not a section (history57)": [
        ("Размер:\n513.74 Кб\nСкачать", "Размер:\nбес жүз он үш бүтін жүзден жетпіс төрт килобайт\nСкачать"),
        ("1.1 Отан тарихы", "бір бір Отан тарихы"),  # a title: the section's number
    ],
    "a lone Cyrillic І before a lowercase word counts it; a lone Х and an initial stay letters (roman24)": [
        ("XIX ғасырдың І жартысында", "он тоғызыншы ғасырдың бірінші жартысында"),
        ("І топқа енді", "бірінші топқа енді"),
        ("Х күні келді", "Х күні келді"),
        ("ақын І.Жансүгіров", "ақын І. Жансүгіров"),
    ],
    "a numeral before an edition's season or level is the edition's number (society30)": [
        ("Х қысқы гимназия аясында", "оныншы қысқы гимназия аясында"),
        ("V жазғы спартакиада өтті.", "бесінші жазғы спартакиада өтті."),
        ("Х облыстық турнир", "оныншы облыстық турнир"),
        ("Х қысқа мерзім", "Х қысқа мерзім"),  # қысқа (short) is no season
    ],
    "a case ending on a numeral of two letters, or on a monarch's I, inflects the ordinal (roman24)": [
        ("ІІ-ден кейін", "екіншіден кейін"),
        ("XX-ға дейін", "жиырмасыншыға дейін"),
        ("Петр I-дің реформасы", "Петр біріншінің реформасы"),
        ("X-ке жазды", "экске жазды"),
    ],
    "a range of years in brackets after a person, by name or title, is a life or a reign (historytext30)": [
        (
            "Шоқан Уәлиханов (1835–1865) ғалым",
            "Шоқан Уәлиханов (мың сегіз жүз отыз бесінші – мың сегіз жүз алпыс бесінші) ғалым",
        ),
        (
            "Әбілқайыр хан (1428-1468) билеген",
            "Әбілқайыр хан (мың төрт жүз жиырма сегізінші – мың төрт жүз алпыс сегізінші) билеген",
        ),
        (
            "Тәуке хан — (1680—1715) билік құрды",
            "Тәуке хан — (мың алты жүз сексенінші – мың жеті жүз он бесінші) билік құрды",
        ),
    ],
    "a year's or a century's mark run onto an ordinal ending is read apart (historytext30)": [
        ("1940-шыжж. екінші жартысында", "мың тоғыз жүз қырқыншы жылдардың екінші жартысында"),
        ("1990-шыжылдары", "мың тоғыз жүз тоқсаныншы жылдары"),
    ],
    "a full stop between two years or Roman numerals before a plural year or century word is a range's dash": [
        ("1521.1538 жылдар", "мың бес жүз жиырма бірінші – мың бес жүз отыз сегізінші жылдар"),
        ("1990.1995 жж. аралығы", "мың тоғыз жүз тоқсаныншы – мың тоғыз жүз тоқсан бесінші жылдар аралығы"),
        ("XV.XVІ ғғ. тарихы", "он бесінші – он алтыншы ғасырлар тарихы"),
        ("2008.2010 жж қаржылық жағдайы", "екі мың сегізінші – екі мың оныншы жылдары қаржылық жағдайы"),
        ("ХХ ғасырдың 50.90 жылдарындағы", "жиырмасыншы ғасырдың елуінші – тоқсаныншы жылдарындағы"),
        ("70.50 жылдары", "жетпіс бүтін жүзден елу жылдары"),  # the later end first: no range
        ("Ол 50.90 жыл өмір сүрді", "Ол елу бүтін жүзден тоқсан жыл өмір сүрді"),
    ],
    "a contents line's pages after its leader's dots are a span, whatever numbers its title holds": [
        (
            "1.2 Қорық-музейдің құрылымы ... ... ... ... 15.26",
            "бір екі Қорық-музейдің құрылымы............ он бес – жиырма алты",
        ),
        (
            "ІІ Тарау. 1997.2003 жылдардағы зерттеулер ... ... ... 27.55",
            "екінші Тарау. мың тоғыз жүз тоқсан жетінші – екі мың үшінші жылдардағы зерттеулер......... жиырма жеті – "
            "елу бес",
        ),
        ("Бағасы 15.26", "Бағасы он бес бүтін жүзден жиырма алты"),
    ],
    "a bare number of a hundred or more before a military formation's name is its number (alash32)": [
        (
            "Республикада жасақталған 316 атқыштар дивизиясы",
            "Республикада жасақталған үш жүз он алтыншы атқыштар дивизиясы",
        ),
        ("1073 атқыштар полкінде", "мың жетпіс үшінші атқыштар полкінде"),
        (
            "238, 310 және 391 атқыштар дивизиясы",
            "екі жүз отыз сегізінші, үш жүз оныншы және үш жүз тоқсан бірінші атқыштар дивизиясы",
        ),
        ("Жаудың 12 атқыштар дивизиясы", "Жаудың он екі атқыштар дивизиясы"),
    ],
    "a unit numbered inside the formation or front named in the genitive before it is its rank (ww271)": [
        ("дивизиясының 9 полкінде қызмет атқарады", "дивизиясының тоғызыншы полкінде қызмет атқарады"),
        ("Забайкал майданының 36 армиясының құрамында", "Забайкал майданының отыз алтыншы армиясының құрамында"),
        ("корпусының 15 гвардиялық атқыштар бригадасы", "корпусының он бесінші гвардиялық атқыштар бригадасы"),
        ("Дивизияның 3 полкі шабуылға шықты.", "Дивизияның үш полкі шабуылға шықты."),
        ("дивизиясының 9 жауынгері", "дивизиясының тоғыз жауынгері"),
    ],
    "a clipped word cut with a hyphen takes its written endings (alash32)": [
        ("көрші мемл-терден қару", "көрші мемлекеттерден қару"),
        ("зеңбірек құю технол-сын меңгерді", "зеңбірек құю технологиясын меңгерді"),
        ("Құба қалмақтар 18 ғ-дың басында", "Құба қалмақтар он сегізінші ғасырдың басында"),
        ("XV ғ-дың соңы", "он бесінші ғасырдың соңы"),
        ("Ақмола обл-сы", "Ақмола облысы"),
    ],
    "years in brackets after a quoted event's name are its span, the last one maybe cut to two digits (alash32)": [
        (
            "«Ақтабан шұбырынды» (1723 — 25) кезеңі",
            "«Ақтабан шұбырынды» (мың жеті жүз жиырма үшінші – жиырма бесінші) кезеңі",
        ),
        (
            "«Абай жолы» (1942-1956) романы",
            "«Абай жолы» (мың тоғыз жүз қырық екінші – мың тоғыз жүз елу алтыншы) романы",
        ),
    ],
    "a range of years alone in brackets before the year word after them is those years (unseen33b)": [
        (
            "басқарған (1952-1955) жылдары",
            "басқарған (мың тоғыз жүз елу екінші – мың тоғыз жүз елу бесінші) жылдары",
        ),
        (
            "(1930-1933) жылдардағы ашаршылық",
            "(мың тоғыз жүз отызыншы – мың тоғыз жүз отыз үшінші) жылдардағы ашаршылық",
        ),
        ("(1952-1955) адам", "(мың тоғыз жүз елу екі – мың тоғыз жүз елу бес) адам"),  # no year word: a count
    ],
    "a Roman numeral before the parts a thing is held in or made of counts them; at a part it names it (dense53q)": [
        ("Бұл республикалық турнир IV кезең бойынша өтеді.", "Бұл республикалық турнир төрт кезең бойынша өтеді."),
        ("Байқау ІІІ кезеңнен тұрады.", "Байқау үш кезеңнен тұрады."),
        ("Кітап ІІ томнан тұрады.", "Кітап екі томнан тұрады."),
        ("Жұмыс ІІ кезеңге бөлінеді.", "Жұмыс екі кезеңге бөлінеді."),
        ("ІІ кезең бойынша жұмыстар жүргізілуде.", "екінші кезең бойынша жұмыстар жүргізілуде."),
        ("ІV кезеңде үздік шыққандар", "төртінші кезеңде үздік шыққандар"),
        ("І-ІІ кезең бойынша өтеді.", "бірінші – екінші кезең бойынша өтеді."),
        ("ІІ кезеңі бойынша өтеді.", "екінші кезеңі бойынша өтеді."),
    ],
    "a Roman numeral takes its word across a spaced dash (alash32)": [
        ("І - тарау", "бірінші - тарау"),
        ("ІІ - тарау", "екінші - тарау"),
    ],
    "a decade's hyphen typed as a dash with a space before the plural year word: still the decade, an ordinal; a"
    " dash between two decades is a range": [
        ("Бейсик 60 – жылдардың ортасында шықты.", "Бейсик алпысыншы жылдардың ортасында шықты."),
        ("1990 -жылдары салынды.", "мың тоғыз жүз тоқсаныншы жылдары салынды."),
        ("50 – 60 жылдары салынды.", "елуінші – алпысыншы жылдары салынды."),
    ],
    "a calendar of the day's line opens with an older year too when a sentence follows the dash": [
        ("1147 - «Мәскеу» сөзі алғаш рет айтылды;", "мың жүз қырық жетінші - «Мәскеу» сөзі алғаш рет айтылды;"),
        ("1610 - Галилео Галилей серіктерін ашты;", "мың алты жүз оныншы - Галилео Галилей серіктерін ашты;"),
    ],
    "an older number after a spaced dash that a suffix follows stays counted": [
        ("1000 - нан астам адам келді", "мыңнан астам адам келді"),
    ],
    "an older year in brackets after a person's full name or a ruler's title is the person's year": [
        (
            "Жанна д’Арк (1412), Иммануил Кант (1724)",
            "Жанна д’Арк (мың төрт жүз он екінші жыл), Иммануил Кант (мың жеті жүз жиырма төртінші жыл)",
        ),
        ("Әбілқайыр хан (1693) туралы", "Әбілқайыр хан (мың алты жүз тоқсан үшінші жыл) туралы"),
    ],
    "after a single capitalised word, a place's, an older bracketed number stays a count": [
        ("Шымкент (1200) және Тараз (1100)", "Шымкент (мың екі жүз) және Тараз (мың жүз)"),
    ],
}


test_reading = reading_test(READINGS)


def test_a_hyphened_numeral_without_a_century_word_or_after_capitals_is_left_to_other_rules() -> None:
    from tts_edition.normalize import roman

    assert roman.HYPHENED_CENTURY.search("топ-ІІ деңгей") is None
    assert roman.HYPHENED_CENTURY.search("ТҚ-ІІ ғасыр") is None
    assert roman.HYPHENED_CENTURY.search("2-ІІ ғасыр") is None


def test_a_wide_range_or_a_price_in_brackets_stays_counted() -> None:
    assert normalize("бағасы (1500-2000) теңге") == "бағасы (мың бес жүз – екі мың) теңге"
    assert normalize("Алматы (1000-1900) адам") == "Алматы (мың – мың тоғыз жүз) адам"


def test_a_full_stop_between_numbers_stays_a_decimal_point_without_a_plural_or_a_later_end() -> None:
    assert normalize("2.5 жыл") == "екі бүтін оннан бес жыл"
    assert "бүтін" in normalize("1538.1521 жылдар")
    assert "–" not in normalize("XVI.XV ғғ.")


def test_a_lone_letter_after_a_short_number_stays_a_letter() -> None:
    assert normalize("12345 ж").endswith(" ж")
    assert "ж" not in normalize("б.з.б").split()


def test_a_clipped_word_alone_or_a_letter_with_endings_stays_as_written() -> None:
    # alone, with its full stop, мемл. clips the adjective (oldprint33's table entry), never the cut noun мемлекет
    assert normalize("мемл. қызмет") == "мемлекеттік қызмет"
    assert normalize("Б-ның") == "Б-ның"  # a one-letter stem is a clipped word only after a number


def test_a_year_word_before_a_part_of_its_period_is_the_genitive() -> None:
    """langpolicy32: 1920 жж. ортасында → жылдардың ортасында; "жылдары ортасында" is no Kazakh."""
    assert normalize("1920 жж. ортасында") == "мың тоғыз жүз жиырмасыншы жылдардың ортасында"
    assert normalize("1991 ж. басында") == "мың тоғыз жүз тоқсан бірінші жылдың басында"
    assert normalize("1991 ж. бірінші жартысында") == "мың тоғыз жүз тоқсан бірінші жылдың бірінші жартысында"
    assert normalize("1930 жж. аралығы") == "мың тоғыз жүз отызыншы жылдар аралығы"  # no part: the bare possessor


def test_a_year_word_before_the_span_between_its_years_is_bare() -> None:
    """AO67-A002: 1913-1918 жж. аралығында → жылдар аралығында, as the words written in full are; not жылдары."""
    assert normalize("1913-1918 жж. аралығында бес жылдан астам уақыт жарық көрген газетке") == (
        "мың тоғыз жүз он үшінші – мың тоғыз жүз он сегізінші жылдар аралығында бес жылдан астам уақыт жарық көрген"
        " газетке"
    )
    assert normalize("2001-2005 жж. аралықта") == "екі мың бірінші – екі мың бесінші жылдар аралықта"
    assert normalize("1920-1930 жж. аралдарда болды") == (  # islands (арал) are no span
        "мың тоғыз жүз жиырмасыншы – мың тоғыз жүз отызыншы жылдары аралдарда болды"
    )


def test_a_suffix_only_an_ordinal_takes_makes_the_number_an_ordinal() -> None:
    assert normalize("Павел 1-нің 1800 жылғы бұйрығы") == "Павел біріншінің мың сегіз жүзінші жылғы бұйрығы"
    assert normalize("3-ні таңдады") == "үшіншіні таңдады"
    assert normalize("5-тің") == "бестің"  # the cardinal's own ending
    assert normalize("2-нің") == "екінің"  # a vowel-final cardinal takes н too: a count
    assert normalize("GI 48-мен").endswith("қырық сегізбен")  # -мен tells nothing
    assert normalize("түлектердің 10-ны") == "түлектердің онды"  # the н echoes он's: a count


def test_a_retyped_books_line_break_joins_a_suffix_onto_its_word() -> None:
    assert normalize("Діни кітаптар- дың алдымен") == "Діни кітаптардың алдымен"
    assert normalize("оңтүстік- батыс") == "оңтүстік- батыс"


def test_a_dash_typed_onto_a_word_before_one_the_dictionary_lacks_stays() -> None:
    """astro64: тобы- шоқжұлдыздарға is a word, a dash and a compound, not one word broken across a line."""
    assert normalize("жұлдыздар тобы- шоқжұлдыздарға топтастырады") == "жұлдыздар тобы- шоқжұлдыздарға топтастырады"
    assert normalize("Көк шал- ғынға, Са- парғалиев") == "Көк шалғынға, Сапарғалиев"  # a line's fragments join
    # a verb made of the word before, broken across a line, though the dictionary lacks it
    assert normalize("цифр- ландырудың, мемлекет- тендіру") == "цифрландырудың, мемлекеттендіру"


def test_a_line_breaks_fragment_joins_when_the_dictionary_knows_the_word() -> None:
    assert normalize("қазақ тілінде басыла- ды.") == "қазақ тілінде басылады."
    assert normalize("Канси қайтыс бол- ды.") == "Канси қайтыс болды."
    assert normalize("шы- ғысын дегелең") == "шығысын дегелең"
    assert normalize("ата- ана") == "ата- ана"


def test_a_textbooks_numbered_question_may_follow_the_last_ones_question_mark() -> None:
    assert normalize("6. Қандай салттарды білесіңдер? 7. Қосымша оқыған материалды пайдалан.") == (
        "алтыншы Қандай салттарды білесіңдер? жетінші Қосымша оқыған материалды пайдалан."
    )
    assert normalize("Тапсырма орындалды! 2. Картадан көрсет.") == "Тапсырма орындалды! екінші Картадан көрсет."
    assert normalize("Неше жыл өтті? 20 жыл өтті.") == "Неше жыл өтті? жиырма жыл өтті."  # no stop: a count


def test_a_party_initialisms_faction_letter_in_brackets_is_one_of_its_letters() -> None:
    """BK(б)П, ВКП(б), РСДРП(м) (fails531: init3's i3-0201): the bracketed letter said by its name in its place."""
    assert normalize("Ол БК(б)П мүшесі болды.") == "Ол бэ ка бэ пэ мүшесі болды."
    assert normalize("ВКП(б)-ның съезі") == "вэ ка пэ бэнің съезі"
    assert normalize("РСДРП(м) мүшесі") == "эр эс дэ эр пэ эм мүшесі"


def test_a_letter_in_brackets_after_a_word_is_no_faction_letter() -> None:
    assert normalize("Қазақстан (б) бөлімі") == "Қазақстан (б) бөлімі"


def test_a_contents_lines_dash_and_bullet_open_the_line_before_its_section_number() -> None:
    """health58 (studfile.net's endocrinology contents): - •2.1 Кесте on a line after the first was a decimal."""
    assert normalize("Мазмұны\n- •2.1 Кесте. Гипофиз ісіктері\n- •2.3. Гипофиз аймағы\n- •3.18 Сурет. Гипотиреоз") == (
        "Мазмұны\nекі бір Кесте. Гипофиз ісіктері\nекі үш Гипофиз аймағы\nүш он сегіз Сурет. Гипотиреоз"
    )
    assert normalize("Мазмұны\n- •I. Зертханалық диагностикасы\n- •II. Топикалық диагностика") == (
        "Мазмұны\n- бірінші Зертханалық диагностикасы\n- екінші Топикалық диагностика"
    )


def test_a_dashed_lines_decimal_before_a_small_word_or_an_initial_stays() -> None:
    assert normalize("Нәтижесі:\n- 2.5 литр су ішу керек") == "Нәтижесі:\n- екі бүтін оннан бес литр су ішу керек"
    assert normalize("Мазмұны\n- І. Жанатаева баяндама жасады") == "Мазмұны\n- І. Жанатаева баяндама жасады"


def test_a_word_broken_inside_its_suffixes_is_joined() -> None:
    """geo60: a retyped textbook's қорла- рының, whose рының the dictionary takes for a word of its own."""
    assert normalize("табиғат қорла- рының байлығы") == "табиғат қорларының байлығы"
    assert normalize("бала- лардың ойыны") == "балалардың ойыны"
    assert normalize("ата- ана") == "ата- ана"


ALASH67_READINGS = {
    "items parted by commas after a colon are read as the list's ordinals, each one": [
        (
            "(«Үштік»: 1. Аса маңызды кеңес, 2. Сот, 3. Әскери трибунал) өлім жазасына кесілді.",
            "(«Үштік»: бірінші Аса маңызды кеңес, екінші Сот, үшінші Әскери трибунал) өлім жазасына кесілді.",
        ),
        ("Олар 5, 6. Сот шешті.", "Олар бес, алты. Сот шешті."),  # no 1. to 5. before it: a count
    ],
    "ОГПУ is said by its letters' names, not as the word its alternating letters make": [
        ("ОГПУ қызметкерлері тұтқындады.", "о гэ пэ у қызметкерлері тұтқындады."),
    ],
    "a form's blank between a year and its ж is dropped, the year read with its word; a dateline's ж is жыл": [
        ("Алматы _______________2020__ж", "Алматы _______________ екі мың жиырмасыншы жыл"),
        ("Алматы, 2020 ж", "Алматы, екі мың жиырмасыншы жыл"),
        ("Ол 2020 ж келді.", "Ол екі мың жиырмасыншы жылы келді."),  # mid-sentence: when
        ("Мұражай іргетасы 1938 ж", "Мұражай іргетасы мың тоғыз жүз отыз сегізінші жылы"),  # a cut sentence
        ("1500 – 1598жж", "мың бес жүзінші – мың бес жүз тоқсан сегізінші жылдары"),  # жж at the end stays plural
    ],
    "a college group's code with its language's small letter is spelled before its number": [
        ("Тобы: ПСк-20-2", "Тобы: пэ эс ка жиырма – екі"),
        ("Ми-8 тікұшағы", "Ми-сегіз тікұшағы"),  # a capital and a small letter: a model's word, as before
    ],
    "a Latin i glued between two words is a scraped icon, left unsaid; an i inside a word is a look-alike": [
        ("18 желтоқсандаiескіше 5 желтоқсан", "он сегізінші желтоқсанда ескіше бесінші желтоқсан"),
        ("Кодексiнiң 375-бабын", "Кодексінің үш жүз жетпіс бесінші бабын"),
        ("бiлiм мектептiң кiтабы", "білім мектептің кітабы"),
        ("1723 жылдың көктемiнде", "мың жеті жүз жиырма үшінші жылдың көктемінде"),  # көктем and нде: a stem
        ("сәйкесiнше 10 сәйгүлiктен, күтiлуде", "сәйкесінше он сәйгүліктен, күтілуде"),  # і between consonants
    ],
}

test_alash67_readings = reading_test(ALASH67_READINGS)


def test_the_script_converter_leaves_an_icon_between_two_words_unsaid() -> None:
    from tts_edition.script import latin

    assert latin.cyrillic_lookalikes("18 желтоқсандаiескіше 5") == "18 желтоқсанда ескіше 5"
    assert latin.cyrillic_lookalikes("мектептiң бiлiм") == "мектептің білім"


def test_a_digit_one_run_is_mended_only_when_it_is_a_numeral_before_a_century_word() -> None:
    from tts_edition.normalize import roman

    assert roman.DIGIT_ONE_CENTURY.search("Х1Х-45 коды") is None  # no century word after the run
    assert roman.DIGIT_ONE_CENTURY.sub(roman.mend_digit_one_century, "11 ғасыр") == "11 ғасыр"
    assert roman.DIGIT_ONE_CENTURY.sub(roman.mend_digit_one_century, "Х11Х ғасыр") == "Х11Х ғасыр"  # no numeral
    assert roman.DIGIT_ONE_CENTURY.sub(roman.mend_digit_one_century, "X1X ғасыр") == "XIX ғасыр"


KHANATE71_READINGS = {
    "a question mark before a dash is a life's unknown first year: the year after it is named, with no minus": [
        ("Бумын қаған (? -552 ж.)-түркілердің", "Бумын қаған (? -бес жүз елу екінші жыл)-түркілердің"),
        (
            "Жамбыл Жабаев – 175 ж. мерейтойы",
            "Жамбыл Жабаев – жүз жетпіс бес жыл мерейтойы",
        ),  # an anniversary after a dash stays counted
    ],
    "an older number before жылдан and a word of starting is the year a thing starts from": [
        ("яғни 545 жылдан басталады.", "яғни бес жүз қырық бесінші жылдан басталады."),
        ("Ол 5 жылдан бастап жұмыс істейді.", "Ол бес жылдан бастап жұмыс істейді."),  # a small number: counted
        ("500 жылдан астам уақыт", "бес жүз жылдан астам уақыт"),  # more than: counted
    ],
    "an older year alone in brackets after an event of history is the event's year": [
        ("Ордабасы жиынында (1726) бүкіл", "Ордабасы жиынында (мың жеті жүз жиырма алтыншы жылы) бүкіл"),
        ("Орбұлақ шайқасы (1643) болды.", "Орбұлақ шайқасы (мың алты жүз қырық үшінші жыл) болды."),
        ("жиналған адам (1726) келді", "жиналған адам (мың жеті жүз жиырма алты) келді"),  # no event: a count
    ],
    "two whole numbers in square brackets with a comma are a reference's source and page, no decimal": [
        ("атайды [34,184].", "атайды [отыз төрт, жүз сексен төрт]."),
        ("мекендеген [34, 184].", "мекендеген [отыз төрт, жүз сексен төрт]."),
        ("орташа мәні 34,184 болды", "орташа мәні отыз төрт бүтін мыңнан жүз сексен төрт болды"),  # no brackets
    ],
}

test_khanate71_readings = reading_test(KHANATE71_READINGS)

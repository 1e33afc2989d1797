"""Years in their contexts (years23): examples of our own, on sentences no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "a year word that ends its line, a column heading or a dateline, names the year: жыл (statistics38)": [
        (
            "Өсу қарқыны, пайызбен\n2019ж.\n2020ж.",
            "Өсу қарқыны, пайызбен\nекі мың он тоғызыншы жыл\nекі мың жиырмасыншы жыл",
        ),
        ("Шымкент, 2023 ж.", "Шымкент, екі мың жиырма үшінші жыл"),
        ("Ол 2023 ж. ауылда туған.", "Ол екі мың жиырма үшінші жылы ауылда туған."),
    ],
    "a comma typed straight before the next list member's year leaves the year whole": [
        (
            "1920 жылы Ақмолада,1923 жылы Семейде болды.",
            "мың тоғыз жүз жиырмасыншы жылы Ақмолада, мың тоғыз жүз жиырма үшінші жылы Семейде болды.",
        ),
        (
            "Кітап 1957 жылы,1961 жылы басылды.",
            "Кітап мың тоғыз жүз елу жетінші жылы, мың тоғыз жүз алпыс бірінші жылы басылды.",
        ),
        ("т.б.,2020 жылы өтті.", "тағы басқа, екі мың жиырмасыншы жылы өтті."),
        ("«Абай»,1942 жылы шықты.", "«Абай», мың тоғыз жүз қырық екінші жылы шықты."),
    ],
    "a comma glued between a word and a count keeps the count, a decimal comma keeps its fraction": [
        ("Ауылда,12 адам тұрады.", "Ауылда, он екі адам тұрады."),
        ("Бағасы 3,9 млн теңге.", "Бағасы үш бүтін оннан тоғыз миллион теңге."),
    ],
    "a year alone in brackets after the word or count it dates is that year": [
        ("Жерінің ауданы 5000 гектар (2007).", "Жерінің ауданы бес мың гектар (екі мың жетінші жыл)."),
        ("Тарих ғылымының докторы (1998).", "Тарих ғылымының докторы (мың тоғыз жүз тоқсан сегізінші жыл)."),
        ("«Қан мен тер» (1970) романы", "«Қан мен тер» (мың тоғыз жүз жетпісінші жыл) романы"),
    ],
    "a number in brackets below the modern years stays a count": [
        ("Бағасы (1500) теңге.", "Бағасы (мың бес жүз) теңге."),
    ],
    "a small number before the accusative жылды counts years": [
        ("Вагондардың орташа жасы 12 жылды құрайды.", "Вагондардың орташа жасы он екі жылды құрайды."),
        ("Қызметі 25 жылды қамтиды.", "Қызметі жиырма бес жылды қамтиды."),
        ("2019 жылды қорытындыладық.", "екі мың он тоғызыншы жылды қорытындыладық."),
    ],
    "the word after a four-digit number tells a year from a count": [
        ("2030 жылға қарай жоспар орындалады.", "екі мың отызыншы жылға қарай жоспар орындалады."),
        ("Шараға 2000 адам қатысты.", "Шараға екі мың адам қатысты."),
        ("1990-жылдары зауыт жабылды.", "мың тоғыз жүз тоқсаныншы жылдары зауыт жабылды."),
        ("90-жылдары зауыт жабылды.", "тоқсаныншы жылдары зауыт жабылды."),
        (
            "2012-2013 оқу жылының қорытындысы",
            "екі мың он екінші – екі мың он үшінші оқу жылының қорытындысы",
        ),
    ],
    "a numeric date's month in Roman numerals, Latin or Cyrillic, is the month (dateformats31)": [
        ("Шара 1.VII.2022 өтті.", "Шара екі мың жиырма екінші жылғы бірінші шілде өтті."),
        ("Шара 12.IV.2024 ж. өтті.", "Шара екі мың жиырма төртінші жылғы он екінші сәуір өтті."),
        ("Шара 1.ІІІ.2022ж. өтті.", "Шара екі мың жиырма екінші жылғы бірінші наурыз өтті."),
        ("Шара 5.XII.2021-де өтті.", "Шара екі мың жиырма бірінші жылғы бесінші желтоқсанда өтті."),
    ],
    "a date with an English month name, either order, is a Kazakh date (celebrations38)": [
        (
            "Jul 29, 2024 | Жаңалықтар",
            "екі мың жиырма төртінші жылғы жиырма тоғызыншы шілде Жаңалықтар",
        ),  # a bar between fields is silent
        ("Шара March 5, 2023 өтті.", "Шара екі мың жиырма үшінші жылғы бесінші наурыз өтті."),
        ("Sep 1, 2025 бастап", "екі мың жиырма бесінші жылғы бірінші қыркүйектен бастап"),
        ("Шара 29 July 2024 жылы өтті.", "Шара жиырма тоғызыншы шілде екі мың жиырма төртінші жылы өтті."),
        ("Mayor of May 5", "мейор оф мей бес"),  # no year: no date
    ],
    "an English month and day, no year, where a dateline, a dating word or a postposition says a day (intl47)": [
        ("ANKARA, TURKEY - MAY 29:", "анкара, терки - жиырма тоғызыншы мамыр:"),  # a caption's dateline in capitals
        ("Ankara, May 29: the count", "анкара, жиырма тоғызыншы мамыр: зе каунт"),  # a colon after it
        ("June 5 дейін", "бесінші маусымға дейін"),
        ("May 29-30 summit", "мей жиырма тоғыз – отыз саммит"),  # a range: no day said
    ],
    "a date written with slashes, day first or year first; an address's path stays a path (dateformats31)": [
        ("Шара 01/07/2022 өтті.", "Шара екі мың жиырма екінші жылғы бірінші шілде өтті."),
        ("Шара 2022/07/01 өтті.", "Шара екі мың жиырма екінші жылғы бірінші шілде өтті."),
        ("Ара қатынасы 2022/2023 оқу жылы.", "Ара қатынасы екі мың жиырма екінші – екі мың жиырма үшінші оқу жылы."),
    ],
    "a range of days before one numeric month and year: both days ordinals, the month once (dateformats31)": [
        (
            "Өтінімдер 15-25.03.2023 аралығында қабылданады.",
            "Өтінімдер екі мың жиырма үшінші жылғы он бесінші – жиырма бесінші наурыз аралығында қабылданады.",
        ),
        (
            "Құжаттар 17 – 28.05.2023 ж. дейін қабылданады.",
            "Құжаттар екі мың жиырма үшінші жылғы он жетінші – жиырма сегізінші мамырға дейін қабылданады.",
        ),
    ],
    "a Roman numeral counts the word after a bracketed gloss (dateformats31)": [
        ("Олимпиаданың І (мектепішілік) кезеңі басталды.", "Олимпиаданың бірінші (мектепішілік) кезеңі басталды."),
        (
            "II (аудандық) кезең – 2024 жылдың қазаны;",
            "екінші (аудандық) кезең – екі мың жиырма төртінші жылдың қазаны;",
        ),
    ],
    "a count of years a thing takes, needs or spends is no year named (ecology49)": [
        (
            "шыны банкаларға – 1000 жыл қажет екенін алға тартады.",
            "шыны банкаларға – мың жыл қажет екенін алға тартады.",
        ),
        ("әйнекке – 1000 жыл уақыт керек.", "әйнекке – мың жыл уақыт керек."),
        ("Ыдырауына 2000 жыл кетеді.", "Ыдырауына екі мың жыл кетеді."),
        # the span of a named year stays that year
        ("2023 жыл бойы экспорт өсті.", "екі мың жиырма үшінші жыл бойы экспорт өсті."),
        ("2023 жыл ішінде салынды.", "екі мың жиырма үшінші жыл ішінде салынды."),
    ],
    "a month cut to three letters after a dateline's city in capitals is the story's date (ecology49)": [
        (
            "АСТАНА, 27 қаз — Sputnik. Сенат келісімді бекітті.",
            "астана, жиырма жетінші қазан — спутник. Сенат келісімді бекітті.",
        ),
        ("НҰР-СҰЛТАН, 3 қар — Sputnik. Жаңалық", "нұр-сұлтан, үшінші қараша — спутник. Жаңалық"),
        # without the dateline the cut word is a word: geese, snow
        ("Көлде 27 қаз жүзіп жүр.", "Көлде жиырма жеті қаз жүзіп жүр."),
        ("Алматы, 23 қар жауды.", "Алматы, жиырма үш қар жауды."),
    ],
    "a year heading a line with a stop before its entry's word is the year the entry tells of (culture49)": [
        ("2008. Уитни Хьюстон Астанаға келген", "екі мың сегізінші жыл. Уитни Хьюстон Астанаға келген"),
        ("Шолу\n  1991. Тәуелсіздік жарияланды.", "Шолу\n мың тоғыз жүз тоқсан бірінші жыл. Тәуелсіздік жарияланды."),
        ("3000. Бұл сан", "үш мың. Бұл сан"),  # no year's shape: a count
        ("Алматы, 2008. Бұл кітап", "Алматы, екі мың сегіз. Бұл кітап"),  # not heading its line
        ("12. Мерекелік бағдарлама", "он екінші Мерекелік бағдарлама"),  # an item's number stays a marker
    ],
}


test_reading = reading_test(READINGS)


ENCYC49_READINGS = {
    "a day and a month closed by their stops, the year set apart after them, are a date (encyc49)": [
        (
            "Ақын (3.5. 1941 жылы туған) ауылда өсті.",
            "Ақын (мың тоғыз жүз қырық бірінші жылғы үшінші мамырда туған) ауылда өсті.",
        ),
        (
            "Суретші (12.4. 1909, Қарқаралы – 7.11. 1988, Алматы) шеберханасы.",
            "Суретші (мың тоғыз жүз тоғызыншы жылғы он екінші сәуір, Қарқаралы – мың тоғыз жүз сексен сегізінші жылғы "
            "жетінші қараша, Алматы) шеберханасы.",
        ),
    ],
    "heading a line, such a pair is a section's number before a year, not a date (encyc49)": [
        ("1.2. 2021 жылы жоспар бекітілді.", "бір екі екі мың жиырма бірінші жылы жоспар бекітілді."),
    ],
    "a month typed with қ for its second к is that month (encyc49)": [
        ("Дүниеге келгені: 1950 қырқүйек", "Дүниеге келгені: мың тоғыз жүз елуінші жылғы қырқүйек"),
        ("Мектеп 1 қырқүйекте ашылды.", "Мектеп бірінші қырқүйекте ашылды."),
    ],
    "a year after a label naming the event it dates is an ordinal; a count after another label is not (encyc49)": [
        ("Дүниеге келгені: 1921 Қостанай облысы", "Дүниеге келгені: мың тоғыз жүз жиырма бірінші Қостанай облысы"),
        ("Құрылған жылы: 1936", "Құрылған жылы: мың тоғыз жүз отыз алтыншы"),
        ("Халқы: 1936 адам", "Халқы: мың тоғыз жүз отыз алты адам"),
    ],
}


test_encyc49_mechanisms_read_their_examples = reading_test(ENCYC49_READINGS)


def test_a_bracketed_year_after_a_locative_is_when_the_thing_happened() -> None:
    """roman24's Орта жүзде (1822) (fails531): the year a thing happened there, жылы, not a title's жыл."""
    assert normalize("билік алдымен Орта жүзде (1822) жойылды") == (
        "билік алдымен Орта жүзде (мың сегіз жүз жиырма екінші жылы) жойылды"
    )


def test_a_bracketed_year_after_a_title_or_a_name_stays_the_titles_year() -> None:
    assert normalize("тарих ғылымдарының докторы (1997)") == (
        "тарих ғылымдарының докторы (мың тоғыз жүз тоқсан жетінші жыл)"
    )
    assert normalize("Канада (1990) мен") == "Канада (мың тоғыз жүз тоқсаныншы жыл) мен"


def test_a_kazakh_month_before_its_day_and_year_is_a_date() -> None:
    # sport57: wfrk.kz's template prints a post's date in the English order, the next line's word run onto its year
    assert normalize("Сәуір 26, 2021Ташкентте чемпионат аяқталды.") == (
        "екі мың жиырма бірінші жылғы жиырма алтыншы сәуір Ташкентте чемпионат аяқталды."
    )
    assert normalize("Мамыр 5, 2020 жылы өтті.") == "бесінші мамыр екі мың жиырмасыншы жылы өтті."
    # a day and a month before a comma and a year are the usual order, read as before
    assert normalize("26 сәуір, 2021 жыл") == "жиырма алтыншы сәуір, екі мың жиырма бірінші жыл"
    # a range of two such dates (students18's form period): each end a day of a month and its year (review33)
    assert normalize("Шілде 3, 2023 - Там. 3, 2023") == (
        "үшінші шілде, екі мың жиырма үшінші жыл - үшінші тамыз, екі мың жиырма үшінші жыл"
    )
    # a year range after one such date is left to the rules that read the range
    assert normalize("Сәуір 26, 2021-2022") == "Сәуір жиырма алты, екі мың жиырма бір – екі мың жиырма екі"


def test_a_kind_of_year_in_capitals_names_the_year() -> None:
    # tender58: a college's rules headed in capitals (2019-2020 ОҚУ ЖЫЛЫНА): the kind's year word is the year's however
    # it is cased, so both ends are ordinals as in lower case
    assert normalize("2019-2020 ОҚУ ЖЫЛЫНА ОҚУҒА ҚАБЫЛДАУ") == (
        "екі мың он тоғызыншы – екі мың жиырмасыншы оқу жылына оқуға қабылдау"
    )
    assert normalize("2024 Қаржы Жылы") == "екі мың жиырма төртінші Қаржы Жылы"
    # a kind of year before a word that is not a year stays a count, in capitals as in lower case
    assert normalize("2019 ОҚУ ЖЕЛІСІ") == "екі мың он тоғыз оқу желісі"


# drug61: a document site's post date.
DRUG61_READINGS = {
    "an English date with hyphens is a date": [
        ("Post on 26-Dec-2019", "поуст он екі мың он тоғызыншы жылғы жиырма алтыншы желтоқсан"),
    ],
    "a model's code with a month's letters is no date": [("model 12-Mar-5", "модел он екі-мар-бес")],
}

test_drug61_readings = reading_test(DRUG61_READINGS)


# biology63: two life years typed with their range's dash lost.
LOST_DASH_READINGS = {
    "eight digits before a year's word are two years whose dash was lost, the later second": [
        (
            "Роберт Гук (16351703ж.) жасаған.",
            "Роберт Гук (мың алты жүз отыз бесінші – мың жеті жүз үшінші жылдары) жасаған.",
        ),
    ],
    "a count of eight digits, or a later year first, stays one number": [
        ("12345678 жыл", "он екі миллион үш жүз қырық бес мың алты жүз жетпіс сегіз жыл"),
        ("19991800 жыл", "он тоғыз миллион тоғыз жүз тоқсан бір мың сегіз жүз жыл"),
    ],
}
test_lost_dash_reading = reading_test(LOST_DASH_READINGS)


# vaccine72: a season that runs across the turn of a year, named by its two years before маусым.
SEASON_OF_YEARS_READINGS = {
    "two consecutive years before маусым, with a word of its kind or none, name a season: each end an ordinal": [
        (
            "(2024-2025 эпидемиялық маусымында – 1 521 680 жағдай).",
            "(екі мың жиырма төртінші – екі мың жиырма бесінші эпидемиялық маусымында – бір миллион бес жүз жиырма "
            "бір мың алты жүз сексен жағдай).",
        ),
        ("2023-2024 маусымы аяқталды.", "екі мың жиырма үшінші – екі мың жиырма төртінші маусымы аяқталды."),
        ("2022-2023 жылыту маусымы", "екі мың жиырма екінші – екі мың жиырма үшінші жылыту маусымы"),
        ("2023/24 маусымына ұзартты.", "екі мың жиырма үшінші – жиырма төртінші маусымына ұзартты."),  # two digits
    ],
    "days of June, years that are not consecutive, or a span word between are left to the other tests": [
        ("10-12 маусым аралығында", "оныншы – он екінші маусым аралығында"),
        ("2019-2021 маусымы", "екі мың он тоғыз – екі мың жиырма бір маусымы"),
        ("2024-2025 аралығы маусымда", "екі мың жиырма төрт – екі мың жиырма бес аралығы маусымда"),
    ],
}
test_season_of_years_readings = reading_test(SEASON_OF_YEARS_READINGS)


# yearword26: how the year word ж. is said by what closes it and what stands before it.
YEAR_WORD_READINGS = {
    "a year word closed by a bracket or a comma names the year as a note does: жыл": [
        (
            "Ақтамберді шайқасы (1741 ж., кей деректерде 1742 ж.) болды.",
            "Ақтамберді шайқасы (мың жеті жүз қырық бірінші жыл, кей деректерде мың жеті жүз қырық екінші жыл) болды.",
        ),
        ("Экспедиция (ОҚАЭ-1948ж) олжасы", "Экспедиция (о қы а э мың тоғыз жүз қырық сегізінші жыл) олжасы"),
    ],
    "after a locative or a verb the bracket says when the thing happened: жылы; before a word, жылы as before": [
        ("Кіші жүзде (1824 ж.) жойылды", "Кіші жүзде (мың сегіз жүз жиырма төртінші жылы) жойылды"),
        ("Ол Қазанда оқыды (1912 ж.) деседі", "Ол Қазанда оқыды (мың тоғыз жүз он екінші жылы) деседі"),
        ("Тәуке хан 1718 ж. қайтыс болды", "Тәуке хан мың жеті жүз он сегізінші жылы қайтыс болды"),
    ],
    "a form's year left blank after its century's digits is named: жыл": [
        ("«__» ________ 20__ ж.", "«__» ________ жиырма __ жыл"),
        ("«__» ______ 20 __ ж.", "«__» ______ жиырма __ жыл"),
    ],
    "tens after a century are its decade, possessed after the genitive; a count of years stays a count": [
        ("(XVIII ғ. 30 ж.)", "(он сегізінші ғасыр отызыншы жылдар)"),
        ("ХХ ғасырдың 50 ж. әдебиеті", "жиырмасыншы ғасырдың елуінші жылдары әдебиеті"),
        ("Ол 70 ж. өмір сүрді", "Ол жетпіс жыл өмір сүрді"),
    ],
    "a decades' range typed with a stop before the spaced plural ж.ж. is a range": [
        ("(ХХ ғасырдың 30.50 ж.ж.)", "(жиырмасыншы ғасырдың отызыншы – елуінші жылдары)"),
    ],
}
test_year_word_readings = reading_test(YEAR_WORD_READINGS)


def test_a_russian_month_cut_short_in_a_date_is_the_kazakh_month() -> None:
    # ecology49, regions51: a Russian template's post date in Kazakh text, the day glued on or the year after
    assert normalize("Жарияланды: 14Окт") == "Жарияланды: он төртінші қазан"
    assert normalize("Фев 3 2021") == "үшінші ақпан екі мың жиырма бірінші жыл"
    # apart from a day, or spaced after a number with a word going on, the Kazakh word Сен stays itself
    assert normalize("Сен келдің бе?") == "Сен келдің бе?"
    assert normalize("4 Сен далада ойна") == "төрт Сен далада ойна"


def test_a_bare_year_word_after_a_date_ending_its_line_is_the_date_s_own() -> None:
    """unseen36h: 18.07.2019 жыл, a dateline: the year's word said once (`dates._YEAR_WORD`); a capital Жыл after a
    date opens the next sentence and stays."""
    assert normalize("18.07.2019 жыл") == "екі мың он тоғызыншы жылғы он сегізінші шілде"
    assert normalize("date 2025-12-24 Жыл басынан бері").endswith("желтоқсан Жыл басынан бері")

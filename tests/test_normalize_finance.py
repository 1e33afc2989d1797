"""Banking and finance text (fin8): examples of our own, on words no case file holds."""

import pytest

from tests.conftest import reading_test
from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import normalize

test_reading = reading_test(
    {
        "ЕК after a bank's name is the bank's subsidiary company, elsewhere still the European Commission (biz55)": [
            (
                "«БТА Сақтандыру» БТА Банкі ЕК» АҚ",
                "«бэ тэ а Сақтандыру» бэ тэ а Банкі еншілес компаниясы» акционерлік қоғамы",
            ),
            ("«Халық банкінің ЕК» АҚ басшысы", "«Халық банкінің еншілес компаниясы» акционерлік қоғамының басшысы"),
            ("ЕК төрағасы Еуропа банкі туралы айтты.", "Еуропалық комиссия төрағасы Еуропа банкі туралы айтты."),
        ],
        "an initialism with no reading of its own is expanded only where its cue stands in its paragraph: a budget "
        "table's row label ЖБ beside its other rows (realty65)": [
            (
                "РБ* | 652,6 |\nЖБ* | 32,6 |\nБюджеттен тыс қаражат | 494,5 |",
                "республикалық бюджет алты жүз елу екі бүтін оннан алты\nжергілікті бюджет отыз екі бүтін оннан алты"
                "\nБюджеттен тыс қаражат төрт жүз тоқсан төрт бүтін оннан бес",
            ),
            (
                "Жергілікті бюджеттен: ЖБ-ға 5 млрд теңге бөлінді.",
                "Жергілікті бюджеттен: жергілікті бюджетке бес миллиард теңге бөлінді.",
            ),
            ("Химия 7-сынып ЖБ тапсырмалары", "Химия жетінші сынып жэ бэ тапсырмалары"),
            ("ЖБ жол белгісі орнатылды.", "жэ бэ жол белгісі орнатылды."),
        ],
        "a heading's scale word takes its case suffix written in capitals, in small letters (scales31)": [
            ("ХАЛҚЫ 3 МЛН-ҒА ЖЕТТІ", "халқы үш миллионға жетті"),
            ("БЮДЖЕТ 2 МЛРД-ТАН АСТЫ", "бюджет екі миллиардтан асты"),
            ("ЖАЛАҚЫ 150 МЫҢ-ҒА ДЕЙІН", "жалақы жүз елу мыңға дейін"),
        ],
        "a scale word's abbreviation with no number before it takes its suffix (scales31)": [
            ("млн-даған адам", "миллиондаған адам"),
            ("Шығын млрд-тан асты.", "Шығын миллиардтан асты."),
            ("Зиян трлн-ға жетті.", "Зиян триллионға жетті."),
        ],
        "a pair of currencies by slash or written together is the two names joined (markets30)": [
            ("USD/KZT 470,12", "доллар-теңге төрт жүз жетпіс бүтін жүзден он екі"),
            ("EUR / USD жұбы", "еуро-доллар жұбы"),
            ("USDKZT бағамы", "доллар-теңге бағамы"),
            ("EURUSD 1,08", "еуро-доллар бір бүтін жүзден сегіз"),
            ("USD/TRY бағамы", "доллар-лира бағамы"),
            ("$/₸ бағамы", "доллар-теңге бағамы"),
            ("USD/KZT-ге әсер етті", "доллар-теңгеге әсер етті"),
            ("AUD/CAD жұбы", "эй ю ди си эй ди жұбы"),
            ("USDKZT_TOD құралы", "ю эс ди кей зет ти ти о ди құралы"),
            ("100 USD 20", "жүз доллар жиырма"),
        ],
        "a price per barrel or ounce after its currency's sign or word is said per the unit (markets30)": [
            ("Мұнай $85/баррель болды.", "Мұнай сексен бес доллар барреліне болды."),
            ("Мұнай 85 доллар/баррель болды.", "Мұнай сексен бес доллар барреліне болды."),
            ("Алтын $2 000/унция.", "Алтын екі мың доллар унциясына."),
            ("Brent $85,5/bbl", "брент сексен бес бүтін оннан бес доллар барреліне"),
            ("Бағасы $3/кг-нан.", "Бағасы үш доллар килограммынан."),
            ("Бағасы 250 ₸/кг.", "Бағасы екі жүз елу теңге килограммына."),
        ],
        "a bank's code after its label is spelled, letters by name and digits alone (codes29)": [
            ("БИК: HSBKKZKX", "бик: эйч эс би кей кей зет кей экс"),
            ("SWIFT коды CASPKZKA", "свифт коды си эй эс пи кей зет кей эй"),
            ("BIC: ABNAKZKX", "бик: эй би эн эй кей зет кей экс"),
        ],
        "a lower-case initialism of 3-5 letters and no vowel is spelled; a unit or scale word is not (fraud15)": [
            ("смс арқылы келетін кодты", "эс эм эс арқылы келетін кодты"),
            ("смс-ті жіберді", "эс эм эсті жіберді"),
            ("км-ге дейін", "шақырымға дейін"),  # a unit alone with a suffix is the unit so inflected (infra47)
            ("млн теңге", "миллион теңге"),
        ],
        "a currency's sign as a rate's first unit: the unit it is paid per after it (money23)": [
            ("бағасы 20 €/м² болды", "бағасы жиырма еуро шаршы метріне болды"),
            ("250 ₸/кг-нан асты", "екі жүз елу теңге килограммынан асты"),
        ],
        "a scale word's stop with the currency word typed on: the space put back (money23)": [
            ("12 млн.теңге бөлінді", "он екі миллион теңге бөлінді"),
            ("1,2 млрд.теңгеге жетті", "бір бүтін оннан екі миллиард теңгеге жетті"),
            ("1 млрд.368 млн. теңге", "бір миллиард үш жүз алпыс сегіз миллион теңге"),
        ],
        "a unit's abbreviation dot before the slash of a rate (money23)": [
            ("1 000 тг./кг тұрады", "мың теңге килограммына тұрады"),
        ],
        "a settlement date on an exchange: its letter's name, плюс, the days": [
            ("есептесуі Т+2 теңгемен", "есептесуі тэ плюс екі теңгемен"),
            ("T+1 мәмілелері", "ти плюс бір мәмілелері"),
        ],
        "an instrument code joined by underscores, spelled part by part": [
            ("(EURKZT_TOD) еуро бойынша", "(и ю ар кей зет ти ти о ди) еуро бойынша"),
            ("USDKZT_SPT_TOM сессиясы", "ю эс ди кей зет ти эс пи ти ти о эм сессиясы"),
        ],
        "an exchange's name the name table says as a word heads its index codes; a currency's code stays spelled": [
            ("KASE_BY – кірістілік индексі.", "касе би уай – кірістілік индексі."),
            ("KASE_BC индексі", "касе би си индексі"),
            ("USD_KZT жұбы", "ю эс ди кей зет ти жұбы"),
        ],
        "a rate table's currency codes said as the currency": [
            ("1 ДАТ КРОНАСЫ DKK / KZT 63.46", "бір дат кронасы крона-теңге алпыс үш бүтін жүзден қырық алты"),
            ("1 ТҮРІК ЛИРАСЫ", "бір түрік лирасы"),
            ("1 УКРАИН ГРИВНАСЫ UAH", "бір украин гривнасы гривна"),
        ],
        "a tax form's number is a code: its number, then the digits after the point one by one": [
            ("декларацияның нысаны (270.00-нысан);", "декларацияның нысаны (екі жүз жетпіс нөл нөл нысан);"),
            ("910.00 нысаны бойынша", "тоғыз жүз он нөл нөл нысаны бойынша"),
            ("ФНО 200.00-ді тапсыру", "эф эн о екі жүз нөл нөлді тапсыру"),
            ("101.02-нысан", "жүз бір нөл екі нысан"),
        ],
        "a number with a point and no form named beside it stays a decimal": [
            ("бағасы 270.00 теңге", "бағасы екі жүз жетпіс теңге"),  # a price's empty cents unsaid (taxi46)
            ("бағасы 270.50 теңге", "бағасы екі жүз жетпіс бүтін жүзден елу теңге"),
        ],
        "capitals that read as a word before a Latin code stay Cyrillic": [
            ("1 ЕУРО EUR", "бір еуро еуро"),
        ],
    }
)


def test_a_stop_before_r_or_l_opens_a_pronounceable_word() -> None:
    assert abbr.pronounceable("ДРАМ")
    assert abbr.pronounceable("ФРАНК")
    assert not abbr.pronounceable("ДРТ")  # no vowel after the onset


def test_a_plus_between_numbers_is_not_a_settlement_date() -> None:
    assert "тэ" not in normalize("2+2 = 4")


def test_lookalike_capitals_that_are_no_word_before_a_latin_word_stay_latin() -> None:
    assert normalize("ІТ Hub") == "ай ти хаб"


def test_lookalike_capitals_after_a_cyrillic_initialism_stay_cyrillic() -> None:
    assert normalize("ҚР СТ ISO 9001").startswith("Қазақстан Республикасы эс тэ ай эс о")
    assert normalize("ҚАЗ РУС ENG") == "қаз рус энг"


def test_a_lone_capital_in_a_standards_mark_is_said_by_its_name() -> None:
    assert normalize("ГОСТ Р 51232-98 бойынша").startswith("гост эр елу бір мың")
    assert normalize("ГОСТ Р 7.32-2001 бойынша").startswith("гост эр жеті")
    assert normalize("ГОСТ Р ИСО 9001") == "гост эр исо тоғыз мың бір"


def test_percentage_points_and_the_deposit_fund_are_said_in_full() -> None:
    """п.т. (пайыздық тармақ) takes a case suffix hyphened to it onto its expansion, as any dotted abbreviation does."""
    assert normalize("Мөлшерлеме 0,5 п.т. төмендеді.") == "Мөлшерлеме нөл бүтін оннан бес пайыздық тармақ төмендеді."
    assert normalize("Инфляция 1,2 п.т.-ға баяулады.") == "Инфляция бір бүтін оннан екі пайыздық тармаққа баяулады."
    assert normalize("ҚДКБҚ-ның өкілі") == "Қазақстанның депозиттерге кепілдік беру қорының өкілі"


def test_a_percent_sign_before_its_number_is_read_after_it() -> None:
    """%15, as Turkish writes it, is fifteen per cent; a suffix on the number agrees with пайыз (percent26)."""
    assert normalize("%15 жеңілдік беріледі.") == "он бес пайыз жеңілдік беріледі."
    assert normalize("Бағасы %0,5-ке өсті.") == "Бағасы нөл бүтін оннан бес пайызға өсті."
    assert normalize("деңгейі, % 16,75") == "деңгейі, пайыз он алты бүтін жүзден жетпіс бес"  # a table's heading


def test_a_percent_sign_before_the_word_percent_is_not_said_twice() -> None:
    assert normalize("жастардың 56% пайызы") == "жастардың елу алты пайызы"
    assert normalize("10% процентке өсті") == "он процентке өсті"


def test_percentage_and_basis_points_after_a_number_are_said_in_full() -> None:
    """п.п. and б.п. only after a number, where a Russian подпункты cannot stand; пункт takes front endings."""
    assert normalize("Мөлшерлеме 0,25 п.п. өсті.") == "Мөлшерлеме нөл бүтін жүзден жиырма бес пайыздық пункт өсті."
    assert normalize("Ставка 50 б.п.-ға төмендеді.") == "Ставка елу базистік пунктке төмендеді."


def test_thousands_grouped_with_points_apostrophes_or_thin_spaces_are_one_amount() -> None:
    assert normalize("Бағасы 1.250.000 теңге.") == "Бағасы бір миллион екі жүз елу мың теңге."
    assert normalize("Бағасы 1'250'000 теңге.") == "Бағасы бір миллион екі жүз елу мың теңге."
    assert normalize("Бағасы 1\u2009250\u2009000 теңге.") == "Бағасы бір миллион екі жүз елу мың теңге."
    assert normalize("3.500.000-ға жетті") == "үш миллион бес жүз мыңға жетті"  # the suffix is the number's
    assert normalize("12.345,67 теңге") == "он екі мың үш жүз қырық бес бүтін жүзден алпыс жеті теңге"


def test_one_point_or_groups_not_of_three_are_no_grouped_thousands() -> None:
    assert normalize("1.250 кг") == "бір бүтін мыңнан екі жүз елу килограмм"  # one point: a decimal
    assert normalize("сағат 14.30-да") == "сағат он төрт отызда"
    assert normalize("1.2.3 тармақ") == "бір екі үш тармақ"


def test_twelve_digits_after_an_identifier_are_a_code_said_digit_by_digit() -> None:
    assert normalize("ЖСН: 850101300123") == (
        "жеке сәйкестендіру нөмірі: сегіз бес нөл бір нөл бір үш нөл нөл бір екі үш"
    )
    assert normalize("БСН 123456789012") == (
        "бизнес-сәйкестендіру нөмірі бір екі үш төрт бес алты жеті сегіз тоғыз нөл бір екі"
    )
    assert normalize("123456789012 теңге") != normalize("БСН 123456789012")  # with no identifier, an amount


def test_every_currency_code_of_a_pair_has_a_name() -> None:
    from tts_edition.normalize import codes, lettercodes

    assert all(lettercodes.currency_name(code) for code in codes.CURRENCY_CODES)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("0-0-12 бөліп төлеу", "нөл нөл он екі бөліп төлеу"),
        ("0-0-24-ке дейін", "нөл нөл жиырма төртке дейін"),
        ("0-12-24 ай", "нөл он екі жиырма төрт ай"),
    ],
)
def test_an_instalment_code_is_said_number_by_number(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_score_and_a_range_opening_with_zero_stay_a_score_and_a_range() -> None:
    assert normalize("Ұпай 0-0 болды.") == "Ұпай нөл – нөл болды."
    assert "нөл – үш" in normalize("0-3 жас")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        (
            "$ 494.87  520.65  4.91\nЖаңалықтар",
            "доллар төрт жүз тоқсан төрт бүтін жүзден сексен жеті бес жүз жиырма бүтін жүзден алпыс бес "
            "төрт бүтін жүзден тоқсан бір\nЖаңалықтар",
        ),
        ("€ 12,50 13,10", "еуро он екі бүтін жүзден елу он үш бүтін жүзден он"),
    ],
)
def test_a_currency_tickers_sign_labels_its_row_of_rates(written: str, spoken: str) -> None:
    """A page header's ticker (pagefurniture32): the sign is said first, as the row's name, not as a price."""
    assert normalize(written) == spoken


def test_a_sign_before_one_amount_is_still_the_amounts_currency() -> None:
    assert normalize("$ 494.87") == "төрт жүз тоқсан төрт бүтін жүзден сексен жеті доллар"
    assert normalize("$ 500 000 бөлінді") == "бес жүз мың доллар бөлінді"
    assert not normalize("Бағасы $ 4.50 5.20").startswith("Бағасы доллар")


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Click пен Paynet-ке қосылмайды", "клик пен пейнетке қосылмайды"),
        ("Bybit және Binance платформалары арқылы", "байбит және бинанс платформалары арқылы"),
        ("Binance-тің пайдаланушылары", "бинанстың пайдаланушылары"),
        ("Ethereum бағасы төмендеді", "эфириум бағасы төмендеді"),
    ],
)
def test_payment_systems_and_crypto_names_are_said_as_media_write_them(written: str, spoken: str) -> None:
    """Fintech news (crypto36): names the Latin table says as Cyrillic media write them, their suffixes re-inflected."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("МҚҰ кредиттік саясаты", "микроқаржы ұйымы кредиттік саясаты"),
        ("(бұдан әрі - МҚҰ) кредиттік саясаты", "(бұдан әрі - эм қы ұ) кредиттік саясаты"),  # the page defines them
        ("Ереже МҚҰ-ға микрокредит беру тәртібін", "Ереже микроқаржы ұйымына микрокредит беру тәртібін"),
        ("МҚҰ-ның операциялары", "микроқаржы ұйымының операциялары"),
        ("МҚҰ-лардың саны", "микроқаржы ұйымдарының саны"),
        ("Сыйақы мөлшері (СЖТМ %)", "Сыйақы мөлшері (сыйақының жылдық тиімді мөлшерлемесі пайыз)"),
    ],
)
def test_lending_initialisms_are_expanded(written: str, spoken: str) -> None:
    """Personal finance (finance47): the microcredit organisation and the effective rate written СЖТМ beside ЖТСМ
    are expanded, their suffixes re-inflected on the possessive (ұйымына, ұйымының) and the plural (ұйымдары)."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("nofake.kz сайты", "ноуфейк нүкте кей зет сайты"),  # no + fake, its silent e misread by the letter rules
        ("noname тауар", "ноунейм тауар"),
        ("Nomad компаниясы", "номад компаниясы"),  # a three-letter tail is no word of its own (latin.tsv's номад)
        ("Onay картасы", "оңай картасы"),
    ],
)
def test_no_written_onto_a_misread_english_word_is_both_by_their_sound(written: str, spoken: str) -> None:
    """Personal finance (finance47): no before a four-letter English word the letter rules misread is two words
    said together (ноуфейк, not нофаке); a shorter tail or a longer word's known reading stays as it was."""
    assert normalize(written) == spoken


def test_a_currency_sign_alone_on_its_line_labels_the_rates_under_it() -> None:
    """ustinka.kz's header (sample52t): the sign on a line of its own, each rate on the next lines. The sign is said
    as its name and is no amount's; a ticker's ¥ is the yuan the National Bank quotes, not the yen."""
    assert normalize("Өскемен\n$\n498.34\n519.72\n¥\n68.79") == (
        "Өскемен\nдоллар\nтөрт жүз тоқсан сегіз бүтін жүзден отыз төрт\nбес жүз он тоғыз бүтін жүзден жетпіс екі\n"
        "юань\nалпыс сегіз бүтін жүзден жетпіс тоғыз"
    )
    assert normalize("$") == "доллар"


def test_a_sign_with_its_amount_on_the_same_line_is_still_the_amounts_currency() -> None:
    assert normalize("$ 100 тұрады") == "жүз доллар тұрады"
    assert normalize("Бағасы 20 $\nТаңертең") == "Бағасы жиырма доллар\nТаңертең"


# wordprob62: a price in a word problem.
def test_one_comma_before_three_digits_groups_thousands_before_tenge() -> None:
    assert normalize("бағасы 6,400 теңге болады") == "бағасы алты мың төрт жүз теңге болады"
    assert normalize("бағасы 4,352 тг") == "бағасы төрт мың үш жүз елу екі теңге"
    assert normalize("1,250 тонна") == "бір бүтін мыңнан екі жүз елу тонна"  # no tenge: a decimal


# account64: accounting, tax and personal-finance teaching material.
def test_a_month_cut_short_before_its_day_and_year_is_a_date() -> None:
    # saryarka-samaly.kz's template prints a post's date in the English order with the month cut to three letters
    assert normalize("Қаң 22, 2026") == "екі мың жиырма алтыншы жылғы жиырма екінші қаңтар"
    assert normalize("Қыр. 5, 2024 жылы өтті.") == "бесінші қыркүйек екі мың жиырма төртінші жылы өтті."
    # a word in small letters that opens as a month does is no template's month (қар, snow)
    assert normalize("қар 5, 2020") == "қар бес, екі мың жиырма"
    # a range of two such dates: each end a day of a month and its year
    assert normalize("Там. 4, 2023 - Там. 20, 2023") == (
        "төртінші тамыз, екі мың жиырма үшінші жыл - жиырмасыншы тамыз, екі мың жиырма үшінші жыл"
    )


def test_an_appendix_letter_is_said_by_its_name_a_latin_look_alike_too() -> None:
    assert normalize("A қосымшасы") == "а қосымшасы"
    assert normalize("В қосымшасы") == "вэ қосымшасы"
    assert normalize("Б қосымшасы") == "бэ қосымшасы"
    assert normalize("A тобы") == "эй тобы"  # a group may be lettered in Latin
    # a word before the noun is no letter
    assert normalize("Мен қосымша жүктедім") == "Мен қосымша жүктедім"


def test_a_genitive_cut_to_its_nasal_after_an_initialism_is_the_genitive() -> None:
    assert normalize("ЖШС-ң директоры") == "жауапкершілігі шектеулі серіктестіктің директоры"
    assert normalize("ҚР-ң азаматы") == "Қазақстан Республикасының азаматы"
    assert normalize("ҚР-ның азаматы") == "Қазақстан Республикасының азаматы"
    assert normalize("сенің кітабың") == "сенің кітабың"  # a word's own 2nd person stays


def test_a_lower_case_initialism_with_qa_is_spelled_or_expanded_from_the_table() -> None:
    assert normalize("(18 хқбс)") == "(он сегіз ха қы бэ эс)"
    assert normalize("ққс төлеушілер") == "қосылған құн салығы төлеушілер"
    assert normalize("млн теңге") == "миллион теңге"


def test_a_lower_case_initialism_no_word_could_be_is_spelled() -> None:
    # studfile.net's lecture topics: ҚЕХС and ХҚЕС typed small
    assert normalize("есебі (қехс 38)") == "есебі (қы е ха эс отыз сегіз)"
    assert normalize("есебі ( хқес 16)") == "есебі ( ха қы е эс он алты)"
    # a word the letters let be said, a loan, and a word the page was cut in are left
    assert normalize("спорт форумы, төрт жұрт") == "спорт форумы, төрт жұрт"
    assert normalize("ауыл шаруашылығы қысқ") == "ауыл шаруашылығы қысқ"
    assert normalize("шамамен 5 мың теңг. болды") == "шамамен бес мың теңг. болды"  # clipped with its stop
    assert normalize("4G-ді пайдаланамыз") == "төрт джиді пайдаланамыз"  # дж is one sound
    assert normalize("Соң ы ү нді дауыссызғ а") == "Соңы үнді дауыссызға"  # a word a lost width parted


# bankapp72: a payment network's tariff by kilobytes, a card paper's English gloss, a video's date stamp (audit round).
BANKAPP72_READINGS = {
    "a case suffix typed onto a unit symbol that ends in a word's stem is its own ending (gluedsuffixes)": [
        ("0-ден 10 000 кбайтқа дейін", "нөлден он мың килобайтқа дейін"),
        ("Файл 20 Мбайттан асады.", "Файл жиырма мегабайттан асады."),
        ("Жылдамдық 5 Гбитке жетті.", "Жылдамдық бес гигабитке жетті."),
        # no chain of endings after the unit: the word as typed
        ("Жады 10 кбайтжады.", "Жады он кбайтжады."),
    ],
    "the byte's multiples written with the word's stem, and the order column р/н (abbreviations.tsv)": [
        ("Көлемі 3,5 кбайт.", "Көлемі үш бүтін оннан бес килобайт."),
        ("Көлемі 700 Мбайт.", "Көлемі жеті жүз мегабайт."),
        ("№ р/н | Атауы", "нөмір реттік нөмір Атауы"),
    ],
    "a table's clipped word typed onto the Latin term it glosses gets its space back (scraped)": [
        (
            "Пин-код (ағыл.Personal Identification Number) деп аталады.",
            "Пин-код (ағылшынша персонал айдентификейшн намбер) деп аталады.",
        ),
        ("Итмұрын (лат.Rosa canina) өседі.", "Итмұрын (латынша роза канина) өседі."),
        # a stump the table lacks, and a site's name, stay one token
        ("Ақпарат kaz.zakon.kz сайтында.", "Ақпарат каз нүкте закон нүкте кей зет сайтында."),
    ],
    "a table's stump of three letters or more typed onto the Kazakh word after it gets its space back (unseen38a)": [
        ("Алматы обл.әкімі келді", "Алматы облысы әкімі келді"),
        ("Жібек жолы көш.бойында", "Жібек жолы көшесі бойында"),
        # the second stump of a row's two stays the row's
        ("(бұр.ред.қара)", "(бұрынғы редакциясын қараңыз)"),
    ],
    "a year, a comma and a month's name alone is a date stamp's year (dates)": [
        ("Бейне: Картаны бұғаттау 2024, Сәуір", "Бейне: Картаны бұғаттау екі мың жиырма төртінші жыл, Сәуір"),
        ("Жарияланды: 2023, наурыз.", "Жарияланды: екі мың жиырма үшінші жыл, наурыз."),
        # a list's next year, and a month the sentence goes on from, are left to the rules before
        ("Олар 2024, 2025 жылдары келді.", "Олар екі мың жиырма төртінші, екі мың жиырма бесінші жылдары келді."),
    ],
}


test_bankapp72_mechanisms_read_their_examples = reading_test(BANKAPP72_READINGS)


def test_each_amount_of_a_ticker_row_keeps_its_own_sign() -> None:
    """unseen35d: a header's rates typed one after another ($444.22 €476.38 ₽4.82): the sign before a number is that
    number's, not the one before it's, so each currency word stands between its amounts (not доллартөрт)."""
    assert normalize("$444 €476") == "төрт жүз қырық төрт доллар төрт жүз жетпіс алты еуро"
    assert normalize("€476.38 ₽4.82") == (
        "төрт жүз жетпіс алты бүтін жүзден отыз сегіз еуро төрт бүтін жүзден сексен екі рубль"
    )
    assert normalize("200 € 300 €") == "екі жүз еуро үш жүз еуро"


def test_a_case_suffix_typed_straight_onto_a_scale_abbreviation() -> None:
    """unseen35h: 3 mlnnan, 3 млннан: the suffix the written-out word takes (миллионнан), as after a hyphen."""
    assert normalize("құны 3 млннан асатын") == "құны үш миллионнан асатын"
    assert normalize("5 млрдтан астам") == "бес миллиардтан астам"
    assert normalize("Aıta keteıik quny 3 mlnnan asatyn 3 shyrsha") == "Айта кетейік құны үш миллионнан асатын үш шырша"


def test_a_percentage_with_a_genitive_written_after_a_vowel_is_the_shares_possessive() -> None:
    """unseen35o: 14,5%-ның: пайыз alone takes -дың, so the -ның the writer typed is пайызы's (пайызының)."""
    assert normalize("14,5%-ның білімі жоқ.") == "он төрт бүтін оннан бес пайызының білімі жоқ."
    assert normalize("14,5%-дың білімі жоқ.") == "он төрт бүтін оннан бес пайыздың білімі жоқ."

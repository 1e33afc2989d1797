"""The abbreviation table grown from the corpus's counted initialisms (abbrtable24): examples of our own, on sentences
no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "initialisms real pages define themselves, harvested beyond the corpus (session 35), their suffixes re-inflected": [
        ("ОЖСБ нәтижелері жарияланды.", "оқу жетістіктерін сырттай бағалау нәтижелері жарияланды."),
        ("ӘРПК-ның 5-бабы", "Әкімшілік рәсімдік-процестік кодекстің бесінші бабы"),
        ("Ауылдағы ФАП-та дәрігер жоқ.", "Ауылдағы фельдшерлік-акушерлік пунктте дәрігер жоқ."),
        ("ЖЖБИ-дің алдын алу", "жыныстық жолмен берілетін инфекциялардың алдын алу"),
        ("КҚ жүргізушісі ұсталды.", "көлік құралы жүргізушісі ұсталды."),
        ("ЕБҚ бар балалар", "ерекше білім беру қажеттілігі бар балалар"),
    ],
    "the war veterans' categories ҰОСҚ and ҰОСМ are expanded beside ҰОС (ww271)": [
        (
            "ҰОСҚ,ҰОСМ теңестірілген санаттарға",
            "Ұлы Отан соғысының қатысушылары,Ұлы Отан соғысының мүгедектері теңестірілген санаттарға",
        ),
        ("ҰОСМ-ге көмек берілді.", "Ұлы Отан соғысының мүгедектеріне көмек берілді."),
        ("ҰОС ардагері", "Ұлы Отан соғысы ардагері"),
    ],
    "an initialism the corpus defines is expanded, a case suffix re-inflected for the expansion": [
        ("КҚК-ға соққы жасалды.", "Каспий құбыр консорциумына соққы жасалды."),
        ("Ауыл ТОБЖ-ға қосылды.", "Ауыл талшықты-оптикалық байланыс желісіне қосылды."),
        ("ҚДКҚ кепілдік береді.", "Қазақстанның депозиттерге кепілдік беру қоры кепілдік береді."),
        ("МӨҚҚ жеке құрамы", "мемлекеттік өртке қарсы қызмет жеке құрамы"),
        ("ҒЗТКЖ-ға қаржы бөлінді.", "ғылыми-зерттеу және тәжірибелік-конструкторлық жұмыстарға қаржы бөлінді."),
    ],
    "ҰҚК beside a coach, an athlete or a championship is the national team, else the security committee (sport57)": [
        ("ҚР ҰҚК бас бапкері сөйледі.", "Қазақстан Республикасы ұлттық құрама командасы бас бапкері сөйледі."),
        ("ҰҚК-ның спортшылары келді.", "ұлттық құрама командасының спортшылары келді."),
        ("ҰҚК төрағасы сөйледі.", "Ұлттық қауіпсіздік комитеті төрағасы сөйледі."),
    ],
    "a sports team's training camp (latin56) takes its possessive before a case suffix": [
        ("Құрама ОЖЖ-ға аттанды.", "Құрама оқу-жаттығу жиынына аттанды."),
        ("Біз ОЖЖ өткіздік.", "Біз оқу-жаттығу жиыны өткіздік."),
    ],
    "a possessive expansion continues a written plural from its own plural": [
        ("Екі НЗМ-ге барды.", "Екі Назарбаев зияткерлік мектебіне барды."),
        ("Барлық НЗМ-дерде оқиды.", "Барлық Назарбаев зияткерлік мектептерінде оқиды."),
        ("ДӨО-лар салынады.", "деректерді өңдеу орталықтары салынады."),
    ],
    "pension contributions already plural keep their possessive before a suffix": [
        ("Жұмыс беруші ЖМЗЖ-ны аударады.", "Жұмыс беруші жұмыс берушінің міндетті зейнетақы жарналарын аударады."),
        ("МЗЖ-ның мөлшері", "міндетті зейнетақы жарналарының мөлшері"),
        ("МКЗЖ-ны аударады.", "міндетті кәсіптік зейнетақы жарналарын аударады."),
    ],
    "an initialism's last letter typed into its possessive ending is the initialism's (sample52t)": [
        (
            "кондитерлік («Құмқұдық нан» ЖШ-сы), сүт",
            "кондитерлік («Құмқұдық нан» жауапкершілігі шектеулі серіктестігі), сүт",
        ),
        ("«Береке» ЖШ-сының директоры", "«Береке» жауапкершілігі шектеулі серіктестігінің директоры"),
    ],
    "unknown letters with a case ending alone are spelled, not joined to the ending's letter (sample52t)": [
        ("ПМ-нің шешімі", "пэ эмнің шешімі"),
        ("ТМ-ға жазылды", "тэ эмге жазылды"),
    ],
    "the single aggregate payment of the self-employed (insurance40)": [
        ("БЖТ: қала тұрғындары үшін", "бірыңғай жиынтық төлем: қала тұрғындары үшін"),
        ("БЖТ-ны төлеушілер", "бірыңғай жиынтық төлемді төлеушілер"),
    ],
    "a sum's possessive expansion written bare before the verb that pays or counts it is its accusative object": [
        ("ЖМЗЖ есептеу тәртібі", "жұмыс берушінің міндетті зейнетақы жарналарын есептеу тәртібі"),
        ("МЗЖ аударады.", "міндетті зейнетақы жарналарын аударады."),
        ("МЗЖ аударылды.", "міндетті зейнетақы жарналары аударылды."),
        ("ЖМЗЖ төленеді.", "жұмыс берушінің міндетті зейнетақы жарналары төленеді."),
        # the noun the stem makes with -м is no verb (budget72); the negative's -ме still is
        ("ҚҰБ төлем жүйелерінің", "Қазақстан Ұлттық банкі төлем жүйелерінің"),
        ("ЖМЗЖ төлемеген.", "жұмыс берушінің міндетті зейнетақы жарналарын төлемеген."),
    ],
    "an identifier's possessive expansion written bare before a verb that enters or shows it is its object": [
        ("ЖСН көрсетіңіз.", "жеке сәйкестендіру нөмірін көрсетіңіз."),
        ("ЖСН енгізіп, кіріңіз.", "жеке сәйкестендіру нөмірін енгізіп, кіріңіз."),
        ("БСН теріңіз.", "бизнес-сәйкестендіру нөмірін теріңіз."),
        ("БСН көрсетілген", "бизнес-сәйкестендіру нөмірі көрсетілген"),
        ("ЖСН бойынша", "жеке сәйкестендіру нөмірі бойынша"),
        ("ІІМ енгізді.", "Ішкі істер министрлігі енгізді."),
    ],
    "the word after an initialism repeating its expansion's last word leaves the letters said": [
        ("Жергілікті ТОБЖ желісі кеңейді.", "Жергілікті тэ о бэ жэ желісі кеңейді."),
        ("ТОБЖ желісіне қосылды.", "тэ о бэ жэ желісіне қосылды."),
        ("ТОБЖ арқылы қосылды.", "талшықты-оптикалық байланыс желісі арқылы қосылды."),
        ("ҚР ҰҒА академигі", "Қазақстан Республикасы Ұлттық ғылым академиясының академигі"),
    ],
    "an Olympic committee and their association (initedu26), a written plural continued from the table's plural": [
        ("ҰОК-тың президенті сөйледі.", "Ұлттық олимпиада комитетінің президенті сөйледі."),
        ("Хат ҰОК-қа жіберілді.", "Хат Ұлттық олимпиада комитетіне жіберілді."),
        ("Барлық ҰОК-тар жиналды.", "Барлық Ұлттық олимпиада комитеттері жиналды."),
        ("Ол ҰОКҚ-ға мүше болды.", "Ол Ұлттық олимпиада комитеттері қауымдастығына мүше болды."),
    ],
    "health and social-protection initialisms from inithealth26's pages are expanded with their case behaviour": [
        ("ДСӘДМ-нің бұйрығы", "Денсаулық сақтау және әлеуметтік даму министрлігінің бұйрығы"),
        ("ҚДИАҒО директоры", "Қазақ дерматология және инфекциялық аурулар ғылыми орталығы директоры"),
        ("АӘК алушылар", "атаулы әлеуметтік көмек алушылар"),
        ("АӘК-ке өтініш", "атаулы әлеуметтік көмекке өтініш"),
    ],
    "a case suffix written apart from its initialism, after a space or a spaced dash, is read as hyphenated": [
        ("ЖИТС – тен қайтыс болды", "жұре пайда болған иммун тапшылығы синдромынан қайтыс болды"),
        ("ЖИТС - тің алдын алу", "жұре пайда болған иммун тапшылығы синдромының алдын алу"),
        ("АӘК ны алды", "атаулы әлеуметтік көмекті алды"),
        ("ҚДИАҒО да өтті", "Қазақ дерматология және инфекциялық аурулар ғылыми орталығы да өтті"),
        ("ЖОО мен мектеп", "жоғары оқу орны мен мектеп"),
    ],
    "a body's legal form after its quoted name takes the possessive, standing alone it does not (regionalbodies31)": [
        ("«Торайғыров университеті» КЕАҚ", "«Торайғыров университеті» коммерциялық емес акционерлік қоғамы"),
        ("КЕАҚ-қа жүгінді.", "коммерциялық емес акционерлік қоғамға жүгінді."),
    ],
    "a region's bodies and shortened names re-inflected for their expansion (regionalbodies31)": [
        ("ОҚО-да тұрады.", "Оңтүстік Қазақстан облысында тұрады."),
        ("ІІД-ның бастығы", "Ішкі істер департаментінің бастығы"),
        ("ҚР ҚМ-нің хабарлауынша", "Қазақстан Республикасы Қорғаныс министрлігінің хабарлауынша"),
    ],
    "an initialism with no known expansion is said by its letter names (regionalbodies31)": [
        ("ӘАД-ның мамандары", "ә а дэнің мамандары"),
    ],
    "short capitals the letters let be said, before a surname in capitals, are a given name (audit30)": [
        ("ӘЛИ ЕСМӘМБЕТОВТІҢ КЕСКІНІ", "әли есмәмбетовтің кескіні"),
        # before a word that is no surname they stay an initialism's letters
        ("ӘЛИ МАШИНАСЫ", "ә эл и машинасы"),
    ],
    "an initialism spelling a common word is that word in a heading set in capitals (wikibios32)": [
        ("ӘЖЕГЕ АҚ ТІЛЕК АЙТТЫ", "әжеге ақ тілек айтты"),
        ("Серіктестік АҚ болып қайта құрылды.", "Серіктестік акционерлік қоғам болып қайта құрылды."),
        ("«ТЕМІРЖОЛ» АҚ ЖАҢА БАСШЫ ТАҒАЙЫНДАДЫ", "«теміржол» акционерлік қоғамы жаңа басшы тағайындады"),
        ("ЖИНАЛЫС АҚ-ТА ӨТТІ", "жиналыс акционерлік қоғамда өтті"),
    ],
    "an expansion already plural is its own plural: a written plural suffix is not said twice (mortgage44)": [
        ("ЕДБ-лардың үлесі", "екінші деңгейдегі банктердің үлесі"),
        ("НҚА-ларға өзгеріс енгізілді.", "нормативтік құқықтық актілерге өзгеріс енгізілді."),
        ("ДК-лар сатылды.", "дербес компьютерлер сатылды."),
    ],
    "an initialism owned by a name and owning the noun after it is said in the genitive (mortgage44)": [
        (
            "ҚР ЕДБ ипотекалық несиелер портфелі",
            "Қазақстан Республикасы екінші деңгейдегі банктерінің ипотекалық несиелер портфелі",
        ),
        ("ҚР ЕДБ активтері өсті.", "Қазақстан Республикасы екінші деңгейдегі банктерінің активтері өсті."),
        ("ҚР ЖАО өкілдері келді.", "Қазақстан Республикасы жергілікті атқарушы органының өкілдері келді."),
        ("ҚР ЕДБ қарызға берді.", "Қазақстан Республикасы екінші деңгейдегі банктері қарызға берді."),
        ("ЕДБ активтері өсті.", "екінші деңгейдегі банктер активтері өсті."),
        ("ҚР ЕДБ-ға түсті.", "Қазақстан Республикасы екінші деңгейдегі банктеріне түсті."),
    ],
    "a closing quote alone after a space closes no name: a breadcrumb's АҚ before a heading is ақ (harvest50)": [
        ("» » АҚ ЕГІС ЖҰМЫСТАРЫ БАСТАЛДЫ", "»» ақ егіс жұмыстары басталды"),
        ("экспорт орталығы» АҚ-ның басшысы", "экспорт орталығы» акционерлік қоғамының басшысы"),
        ("«Сана » АҚ басшысы", "«Сана» акционерлік қоғамының басшысы"),
    ],
}


YOUTH47_READINGS = {
    "a youth resource centre's initialism is expanded, its case and plural re-inflected": [
        ("облыстық ЖРО жыл сайын", "облыстық жастар ресурстық орталығы жыл сайын"),
        ("ЖРО-ның директоры", "жастар ресурстық орталығының директоры"),
        ("аудандық ЖРО-лары", "аудандық жастар ресурстық орталықтары"),
    ],
}

SAMPLE52Q_READINGS = {
    "a sports headline's championship is its name, its case re-inflected; other capitals beside it stay letters": [
        ("ӘЧ: 2 боксшымыз финалда", "әлем чемпионаты: екі боксшымыз финалда"),
        ("Боксшымыз ӘЧ-да қола алды.", "Боксшымыз әлем чемпионатында қола алды."),
        ("АЧ-ға жолдама алды.", "Азия чемпионатына жолдама алды."),
        ("ӘЧБ ұйымы", "ә чэ бэ ұйымы"),
    ],
}

DENSE53R_READINGS = {
    "the employment road map's initialism is expanded, its case re-inflected on the possessive": [
        ("ауданда ЖҚЖК аясында аурухана", "ауданда жұмыспен қамтудың жол картасы аясында аурухана"),
        ("ЖҚЖК-ға қатысып", "жұмыспен қамтудың жол картасына қатысып"),
        ("ЖҚЖ тіркелді", "жэ қы жэ тіркелді"),  # three of its letters are no initialism of the table
    ],
}

test_youth47_initialisms_read_their_examples = reading_test(YOUTH47_READINGS)
test_dense53r_road_map_reads_its_examples = reading_test(DENSE53R_READINGS)
test_sample52q_championships_read_their_examples = reading_test(SAMPLE52Q_READINGS)
test_reading = reading_test(READINGS)


FAILS533_READINGS = {
    "an encyclopedia's т.жст. is a railway station; т.ж. alone stays the railway": [
        ("Шұбартау — Абай обл. кент, т.жст.", "Шұбартау — Абай облысы кент, темір жол станциясы."),
        ("Ол т.ж. бойында тұрады.", "Ол темір жол бойында тұрады."),
    ],
}

test_fails533_abbreviations_read_their_examples = reading_test(FAILS533_READINGS)


FAILS531_READINGS = {
    "a bank's subsidiary between its quoted name and its legal form is expanded; a longer initialism stays letters": [
        ("«Халық» ЕБ АҚ несие береді.", "«Халық» еншілес банк акционерлік қоғам несие береді."),
        ("ЕБЖ жиналды.", "е бэ жэ жиналды."),
    ],
    "the agency AP typed in Cyrillic look-alikes is its English letters; in a capitals heading the word ар stays": [
        ("Агенттік АР-ға сілтеме жасады.", "Агенттік эй пиге сілтеме жасады."),
        ("ОЛ АР-НАМЫСЫН САҚТАДЫ", "ол ар-намысын сақтады"),
    ],
    "an avenue clipped to its ends by a hyphen is даңғылы, as к-сі is көшесі; the Russian д. before a number is үй": [
        ("Абай д-лы, 10 үйде", "Абай даңғылы, он үйде"),
        ("Абай д. 10", "Абай оныншы үй"),
    ],
    "ЖҚ after a party youth wing's quoted name is жастар қанаты, re-inflected; without the name it is not": [
        ("«Жас Отан» ЖҚ-ның мүшелері", "«Жас Отан» жастар қанатының мүшелері"),
        ("ЖҚ қызметкерлері келді.", "жэ қы қызметкерлері келді."),
    ],
}

test_fails531_table_reads_its_examples = reading_test(FAILS531_READINGS)

FAILS531_GLUED_READINGS = {
    "an initialism typed onto the capitalised word it names is read apart, then the word": [
        ('- "АТФБанк" АҚ', '- "а тэ эф Банк" акционерлік қоғамы'),
        ("АТФБанк клиенттері", "а тэ эф Банк клиенттері"),
    ],
    "not a suffix typed onto an initialism, nor a camel-case name opening on a word": [
        ("АҚШтан келді", "Америка Құрама Штаттарынан келді"),
        ("ҚРДағы жағдай", "ҚРДағы жағдай"),
        ("ҚазМұнайГаз компаниясы", "ҚазМұнайГаз компаниясы"),
    ],
}

test_fails531_glued_initialisms_read_their_examples = reading_test(FAILS531_GLUED_READINGS)


def test_a_table_initialism_typed_with_its_inner_letters_small_is_the_initialism() -> None:
    # vet65: a course work's title page types the university's legal form КеаҚ for КЕАҚ.
    assert normalize("КеаҚ") == "коммерциялық емес акционерлік қоғам"
    assert normalize("«СМУ» КеаҚ") == "«эс эм у» коммерциялық емес акционерлік қоғамы"
    assert normalize("КеаҚ-ның") == "коммерциялық емес акционерлік қоғамның"
    # The same shape with no initialism of the table behind its capitals stays as written.
    assert normalize("ДеН деген") == "ДеН деген"
    assert normalize("ОрТа") == "ОрТа"


# interview69: a written plural after an initialism whose expansion ends in the 3rd-person possessive and has no
# plural in the table (АЭС, атом электр станциясы) is said from the plural made of it: станциялары, not станциясылар.
POSSESSIVE_PLURAL_READINGS = {
    "a written plural continues from the plural made of a possessive expansion": [
        (
            "Ресей «АЭС-теріңді ары алып кетіңдер!» деп отыр",
            "Ресей «атом электр станцияларыңды ары алып кетіңдер!» деп отыр",
        ),
        ("ГЭС-тердің қуаты артты.", "су электр станцияларының қуаты артты."),
        ("ЖЭО-лар жөнделеді.", "жылу электр орталықтары жөнделеді."),
    ],
    "the same initialisms with no plural written keep the singular": [
        ("АЭС-тің құрылысы", "атом электр станциясының құрылысы"),
        ("ГЭС-ке барды.", "су электр станциясына барды."),
        ("ЕҰУ оқытушылары", "Еуразия ұлттық университетінің оқытушылары"),
    ],
}

test_possessive_plural_readings = reading_test(POSSESSIVE_PLURAL_READINGS)


def test_a_possessive_plural_is_made_from_a_stem_the_dictionary_knows() -> None:
    from tts_edition.hunspell import kazakh_dictionary
    from tts_edition.normalize import abbreviations as abbr

    if kazakh_dictionary() is None:
        assert abbr.possessive_plural("атом электр станциясы") is None
        return
    assert abbr.possessive_plural("атом электр станциясы") == "атом электр станциялары"
    assert abbr.possessive_plural("Ұлттық кеңесі") == "Ұлттық кеңестері"  # кеңес+і, not a vowel's -сі
    assert abbr.possessive_plural("жеке тұрғын үй құрылысы") == "жеке тұрғын үй құрылыстары"
    # A stem that lost a vowel (орны ← орын, халқы ← халық) is left to the table's pl=.
    assert abbr.possessive_plural("жоғары оқу орны") is None
    assert abbr.possessive_plural("Қазақстан халқы") is None
    # Every plural the table writes by hand for a regular stem is the one the rule makes.
    for entry in abbr._rows():
        if entry.possessive and entry.plural and entry.plural != entry.spoken and entry.written != "ЖОО":
            assert abbr.possessive_plural(entry.spoken) == entry.plural, entry.written


INITIALISMS26_READINGS = {
    "an initialism in brackets after the words it stands for is said by its letters; alone, it is expanded": [
        ("Студенттер жоғары оқу орындарына (ЖОО) түседі.", "Студенттер жоғары оқу орындарына (жэ о о) түседі."),
        ("Биыл ЖОО-ға түсті.", "Биыл жоғары оқу орнына түсті."),
    ],
    "ЖБ and ҚБ of a lesson plan's head are its assessments: each names the other, and the Russian СОЧ them": [
        ("СОЧ | ЖБ ҚБ Алгебра 8-сынып", "соч жиынтық бағалау қалыптастырушы бағалау Алгебра сегізінші сынып"),
        ("ЖБ* | 12,5", "жэ бэ он екі бүтін оннан бес"),
    ],
    "capitals the dictionary knows as a word, a small case ending hyphened on, are an initialism": [
        ("Ол ОҚУ-ға түсті.", "Ол о қы уға түсті."),
        ("ОҚУ ЖЫЛЫ БАСТАЛДЫ", "оқу жылы басталды"),
        ("ТҮРКСОЙ-дағы өкілі", "түрксойдағы өкілі"),
    ],
}

test_initialisms26_readings = reading_test(INITIALISMS26_READINGS)


def test_every_initialism_of_two_passages_is_listed() -> None:
    """initialisms.tsv gives a reading for every initialism the development corpus holds in two passages or more."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "count_initialisms", Path(__file__).parent / "normalisation" / "count_initialisms.py"
    )
    counter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(counter)
    _, in_passages, _ = counter.count(counter.passages([counter.HERE / "corpus"]))
    unlisted = {written for written, n in in_passages.items() if n >= 2} - counter.listed()
    assert not unlisted


# textrepair27: where the page names an initialism's letters, not the table's meaning.
TEXTREPAIR27_READINGS = {
    "an initialism a glossary's line defines after a dash is said by its letters, the definition after them": [
        ("ТЖ - Төтенше жағдай", "тэ жэ - Төтенше жағдай"),
        ("БҒМ – Білім және ғылым министрлігі", "бэ ғы эм – Білім және ғылым министрлігі"),
        ("ЖОО – жоғары оқу орны", "жэ о о – жоғары оқу орны"),  # small words after it, the line opened by it
        ("Біз ТЖ – тез жауап бердік деп ойладық", "Біз төтенше жағдай – тез жауап бердік деп ойладық"),
    ],
    "an initialism quoted as a title, the table's meaning no name, is said by its letters": [
        ("деп хабарлады «АТ» тілшісі.", "деп хабарлады «а тэ» тілшісі."),
        ('деп хабарлады „АТ" тілшісі.', 'деп хабарлады „а тэ" тілшісі.'),  # any quote that opens a name
        ("«ҚТЖ» ҰК» АҚ басшылығы", "«Қазақстан темір жолы» ұлттық компаниясы» акционерлік қоғамы басшылығы"),
    ],
    "an initialism typed small with a vowel, a case ending hyphened onto it, is spelled": [
        ("Мәліметтер эем-ге енгізілді.", "Мәліметтер э е эмге енгізілді."),
        ("Ол езен-дер", "Ол езен-дер"),  # letters that can be said
    ],
}

test_textrepair27_readings = reading_test(TEXTREPAIR27_READINGS)


def test_school_initialisms_of_learning30() -> None:
    """ЭжБЖМ with its possessive before a case ending; ЕКОЕ and ЕҮОБ (`abbreviations.tsv`)."""
    assert normalize("ЭжБЖМ-да оқимын") == "экономика және бизнес жоғары мектебінде оқимын"
    assert normalize("ЕҮОБ-ын табыңыз") == "ең үлкен ортақ бөлгішін табыңыз"


SESSION36_TABLE = {
    "abbreviations gathered from official notices, transport and energy pages": [
        (
            "№832 УСК Керейт е.м. орналасқан.",
            "сегіз жүз отыз екінші учаскелік сайлау комиссиясы Керейт елді мекен орналасқан.",
        ),
        ("ұзындығы 478 шқ. жолдар", "ұзындығы төрт жүз жетпіс сегіз шақырым жолдар"),
        ("20 мВТ тоқ", "жиырма мегаватт тоқ"),
        ("Фото: Telegram/КТЖ", "Фото: телеграм, Қазақстан темір жолы"),
        ("№ р/б", "нөмір реті бойынша"),
    ],
    "к. after a name is a street's before a house's number, a settlement's elsewhere": [
        ("Өскемен қ. Қазақстан к., 27", "Өскемен қаласы. Қазақстан көшесі, жиырма жеті"),
        ("Новостройка к. тұрғындары", "Новостройка кенті тұрғындары"),
    ],
    "a legal form before its staff is their owner, in the genitive": [
        ("«Өзенмұнайгаз» АҚ қызметкерлері қатысты.", "«Өзенмұнайгаз» акционерлік қоғамының қызметкерлері қатысты."),
        ("«Х» ЖШС құрылтайшысы", "«Х» жауапкершілігі шектеулі серіктестігінің құрылтайшысы"),
        ("«Самұрық» АҚ басқарма төрағасы", "«Самұрық» акционерлік қоғамы басқарма төрағасы"),
    ],
}
test_session36_table = reading_test(SESSION36_TABLE)


SESSION36_SIGNS_AND_OBJECTS = {
    "a sign alone in quotes is named; a plus, a slash and a minus is a tolerance": [
        ("тексеру «+» немесе «-» әдіс арқылы", "тексеру «плюс» немесе «минус» әдіс арқылы"),
        ("тармаққа – + / - 1 пайыздық", "тармаққа – плюс-минус бір пайыздық"),
        ("+/-2°C шамасында", "плюс-минус екі градус шамасында"),
    ],
    "an identifier before a verb that knows or writes it is its object": [
        ("адамның ЖСН білуіңіз қажет", "адамның жеке сәйкестендіру нөмірін білуіңіз қажет"),
        ("ЖСН жазыңыз", "жеке сәйкестендіру нөмірін жазыңыз"),
        ("ЖСН жазылған", "жеке сәйкестендіру нөмірі жазылған"),
    ],
}
test_session36_signs_and_objects = reading_test(SESSION36_SIGNS_AND_OBJECTS)


def test_an_address_label_and_a_microdistrict_clipped_with_a_slash() -> None:
    """unseen36t: М/ж. (мекенжайы, capitalised as a label is) and м/а. (мөлтек ауданы) (`dotted._CAPITALISED`)."""
    assert normalize("М/ж. Нұрсәт м/а. Астана даңғылы 6.") == "мекенжайы. Нұрсәт мөлтек ауданы. Астана даңғылы алты."
    assert normalize("Нұрсәт м/а-да тұрады") == "Нұрсәт мөлтек ауданында тұрады"

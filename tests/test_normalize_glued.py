"""Numbers typed glued to what follows or precedes them (gluednumbers25): examples of our own, on sentences no case
file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "an approximate ending typed onto a number is the hyphenated one; the similative agrees with the spoken word": [
        ("Жиынға 270тей адам келді.", "Жиынға екі жүз жетпістей адам келді."),
        ("Жиынға 270-дей адам келді.", "Жиынға екі жүз жетпістей адам келді."),
        ("Ауылда 100дей үй бар.", "Ауылда жүздей үй бар."),
        ("Қорада 45тей қой бар.", "Қорада қырық бестей қой бар."),
        ("Ауылда 10шақты үй бар.", "Ауылда оншақты үй бар."),
        ("Ол 10даған жыл күтті.", "Ол ондаған жыл күтті."),
    ],
    "an ordinal's ending typed onto a number or a space after it is the hyphenated one": [
        ("Ол 1ші орын алды.", "Ол бірінші орын алды."),
        ("Төле би атындағы 8 ші мектепте оқиды.", "Төле би атындағы сегізінші мектепте оқиды."),
        ("Біз 3 шы қабатта тұрамыз.", "Біз үшінші қабатта тұрамыз."),
    ],
    "a case suffix typed onto a percent sign is the percent's": [
        ("Баға 15%ға өсті.", "Баға он бес пайызға өсті."),
        ("Өнім 7%дан асты.", "Өнім жеті пайыздан асты."),
    ],
    "a word or a measure typed onto a number stays a word of its own": [
        ("2020жылы зауыт ашылды.", "екі мың жиырмасыншы жылы зауыт ашылды."),
        ("Бағасы 5мың теңге.", "Бағасы бес мың теңге."),
    ],
    "a short word a number follows, typed onto it, is set apart": [
        ("ал2023 жылы зауыт ашылды.", "ал екі мың жиырма үшінші жылы зауыт ашылды."),
        ("Сыныпта әр5 оқушыға бір компьютер бар.", "Сыныпта әр бес оқушыға бір компьютер бар."),
    ],
    "a number typed onto a numbered noun after its hyphen is set apart, and both are ordinals": [
        ("Заңның 5-бабының2-тармағына сәйкес", "Заңның бесінші бабының екінші тармағына сәйкес"),
        ("Кодекстің 12-бабының3-бөлігі", "Кодекстің он екінші бабының үшінші бөлігі"),
    ],
    "a number before дейінгі takes the dative дейін governs, its suffix left off": [
        ("20 дейінгі сандарды санау.", "жиырмаға дейінгі сандарды санау."),
        ("100 дейінгі сандар.", "жүзге дейінгі сандар."),
    ],
    "a Latin word run onto a capitalised Kazakh word is parted, its letters left Latin, whatever the word": [
        ("ФОТО: DepositphotosРеспубликалық федерация", "фото: депозитфотос Республикалық федерация"),
        ("NewsroomАқпарат хабарлайды", "ньюсрум Ақпарат хабарлайды"),
    ],
    "a Latin word with a suffix typed onto it, or look-alikes inside a Kazakh word, stay one word": [
        ("Googleдағы іздеу", "гуглдағы іздеу"),
        ("Қaзaқстaн құрамасы", "Қазақстан құрамасы"),
    ],
}


test_reading = reading_test(READINGS)


LOTTERY34_READINGS = {
    "a number and a code joined by an underscore are said apart; an address keeps its underscore (lottery34)": [
        ("777_ТЛ - 100 000 теңге;", "жеті жүз жетпіс жеті тэ эл - жүз мың теңге;"),
        ("t.me/abai_2024 арнасы", "ти нүкте ме слэш абай астыңғы сызық екі мың жиырма төрт арнасы"),
    ],
}


test_lottery34_mechanisms_read_their_examples = reading_test(LOTTERY34_READINGS)


PATENTS42_READINGS = {
    "және or сәйкес run onto a known word is set apart from it (patents42)": [
        ("заңының 5-бабының2-тармағынажәне", "заңының бесінші бабының екінші тармағына және"),
        ("қосымшасынасәйкес бекітілсін", "қосымшасына сәйкес бекітілсін"),
        ("жасаудыжәне", "жасауды және"),
    ],
}


test_patents42_mechanisms_read_their_examples = reading_test(PATENTS42_READINGS)


VACCINE48_READINGS = {
    "a grade's noun typed onto its number or range is parted, and the grade read as a rank (vaccine48)": [
        ("Мектепте 1-11сынып аралығында", "Мектепте бірінші – он бірінші сынып аралығында"),
        ("5сынып оқушысы", "бесінші сынып оқушысы"),
        ("2курста оқиды", "екінші курста оқиды"),
    ],
    "a number of three digits is no grade: the word stays on it (vaccine48)": [
        ("Үйде 120сынып бар", "Үйде жүз жиырма сынып бар"),
    ],
}


test_vaccine48_mechanisms_read_their_examples = reading_test(VACCINE48_READINGS)


HISTTEST60_READINGS = {
    "a grade typed onto its number names it, a rank whatever follows: a file name, capitals (histtest60)": [
        ("Файл: спецификациясы 8сынып.doc", "Файл: спецификациясы сегізінші сынып нүкте док"),
        ("5СЫНЫПОҚУШЫЛАРЫНА АРНАЛҒАН", "бесінші сыныпоқушыларына арналған"),
    ],
    "a glued grade that is had is a count of classes (histtest60)": [
        ("Мектепте 9сынып бар", "Мектепте тоғыз сынып бар"),
    ],
}


test_histtest60_mechanisms_read_their_examples = reading_test(HISTTEST60_READINGS)


FORUM70_READINGS = {
    "two words whose space was lost are parted where a case after a possessive or a plural ends the first (forum70)": [
        ("газетінің №57 санындажарияланған мақала", "газетінің елу жетінші санында жарияланған мақала"),
        ("Біз сапасынжақсарту үшін жұмыс істейміз.", "Біз сапасын жақсарту үшін жұмыс істейміз."),
        ("Серіктердіңішіндегі ең үлкені", "Серіктердің ішіндегі ең үлкені"),
        ("сапасынжақсарту үшін", "сапасын жақсарту үшін"),  # a text opening with a small letter: its gate opens too
        ("ұзақжылдарбойықазақстандықтардыңсіздің елге", "ұзақ жылдар бойы қазақстандықтардың сіздің елге"),
    ],
    "a word the dictionary lacks but a verb's suffixes end, or a name, stays whole (forum70)": [
        ("Ол бұл шешімді мойындамайды.", "Ол бұл шешімді мойындамайды."),
        ("Үлкен залда тағылымдамалар өтті.", "Үлкен залда тағылымдамалар өтті."),
        ("Тұрсынзадамен кездестік.", "Тұрсынзадамен кездестік."),
        ("Өтініштер қабылданатын орын", "Өтініштер қабылданатын орын"),
    ],
}


test_forum70_mechanisms_read_their_examples = reading_test(FORUM70_READINGS)


SPACING27_READINGS = {
    "a word's tail a stray space parted, opening as no word opens, is joined where the whole is a word (spacing27)": [
        ("Кейін ол от ставкаға шығып, ауылына оралады.", "Кейін ол отставкаға шығып, ауылына оралады."),
        ("тауар мен а қша айналымы", "тауар мен ақша айналымы"),
        ("Бұл оның со ңғы еңбегі.", "Бұл оның соңғы еңбегі."),
    ],
    "a loan the dictionary knows, and a tail whose join it does not know, stay apart (spacing27)": [
        ("Ол жаңа стратегия туралы айтты.", "Ол жаңа стратегия туралы айтты."),
        ("Алматы облысы спорт басқармасы", "Алматы облысы спорт басқармасы"),
    ],
}


test_spacing27_mechanisms_read_their_examples = reading_test(SPACING27_READINGS)


def test_a_photo_credits_surname_run_onto_its_russian_caption_is_parted() -> None:
    written = "© Sputnik / Санат ИмангалиевВиды резиденции президента Казахстана - Акорды"
    assert "Санат Имангалиев Виды резиденции" in normalize(written)


def test_a_russian_familys_name_in_the_genitive_plural_run_onto_its_caption_is_parted() -> None:
    # sample54r: © Photo : Из архива семьи КабылбаевыхСемья Кабылбаевых за дастарханом
    said = normalize("Из архива семьи КабылбаевыхСемья Кабылбаевых за дастарханом")
    assert said == "Из архива семьи Кабылбаевых Семья Кабылбаевых за дастарханом"
    assert normalize("КабылбаевыхДан") == "КабылбаевыхДан"  # a Kazakh suffix typed with a capital stays on it


def test_a_surname_run_onto_a_kazakh_suffix_typed_with_a_capital_stays_whole() -> None:
    assert normalize("ПетровДан") == "ПетровДан"
    assert normalize("ҚазМұнайГаз") == "ҚазМұнайГаз"


LIT54_READINGS = {
    "және run onto a known word after it is set apart from it (lit54)": [
        ("Абайдың идеялық жәнетворчестволық байлығы", "Абайдың идеялық және творчестволық байлығы"),
        ("Жәнебілім беру", "Және білім беру"),
    ],
    "және's own form, and a run whose tail the dictionary does not know, stay whole (lit54)": [
        ("жәнеде", "жәнеде"),
        ("жәнеоныңзаманы", "жәнеоныңзаманы"),
        # the dictionary reads it two ways as well (Қор құрылғаннан, Қорқ ұрылғаннан): left as written
        ("БұлҚорқұрылғаннанбергірекордтықкөрсеткіш", "БұлҚорқұрылғаннанбергірекордтықкөрсеткіш"),
    ],
}


test_lit54_mechanisms_read_their_examples = reading_test(LIT54_READINGS)


def test_a_dictionary_word_in_capitals_run_onto_a_compounds_tail_is_one_word() -> None:
    assert normalize("Алаштың КИНОиндустриясы") == "Алаштың киноиндустриясы"
    # capitals that make no word with the next letter are an initialism typed onto a word
    assert normalize("БАҚЖаңалықтары бойынша") == "бұқаралық ақпарат құралдары Жаңалықтары бойынша"


def test_a_name_run_between_two_words_is_set_apart_from_both() -> None:
    assert normalize("Фильм азиялықОскарсыйлығына ие болды.") == "Фильм азиялық Оскар сыйлығына ие болды."
    # a name with only a suffix after it is a word of its own after a word in small letters (`_known_before_name`)
    assert normalize("Фильм азиялықОскарға ие болды.") == "Фильм азиялық Оскарға ие болды."


def test_a_plus_typed_onto_a_word_is_the_next_numbers_sign() -> None:
    """A plus glued to the word before a number (күндіз+25 +35 градус) is that number's sign: the voice read the bare
    + in English; a hyphen there stays a hyphen (Ту-154)."""
    assert normalize("ал күндіз+25 +35 градус") == "ал күндіз плюс жиырма бес плюс отыз бес градус"
    assert normalize("Қайрат+2 ұпай") == "Қайрат плюс екі ұпай"
    assert normalize("Ту-154 ұшағы") == "Ту-жүз елу төрт ұшағы"


def test_a_source_run_onto_the_verb_of_saying_that_cites_it_is_set_apart() -> None:
    """weather62: a page lost the space after the attribution's verb (- дедіҚазгидромет мамандары); the name it cites
    is no word of the dictionary, but a verb of saying is followed by its source."""
    said = normalize("күндіз 17-25 градусқа дейін жылы болады, - дедіҚазгидромет мамандары.")
    assert said.endswith("- деді Қазгидромет мамандары.")
    assert normalize("деп хабарлайдыТенгриньюс тілшісі") == "деп хабарлайды Тенгриньюс тілшісі"
    # a suffix typed with a capital stays; another verb before a name is parted as any small-letter word is
    # (`_known_before_name`)
    assert normalize("ол келдіҚазгидромет") == "ол келді Қазгидромет"
    assert normalize("ПетровДан") == "ПетровДан"


def test_a_known_word_run_onto_a_name_the_dictionary_lacks_is_set_apart() -> None:
    """worldhist64, encyclopedia49: a word in small letters, or a given name the dictionary knows, run onto a
    capitalised word it does not know (a name: Монгол, Мұртаза) lost the space between them; no camel-case name opens
    in small letters. A capital typed inside one word (абаттандыРылады: no word opens with р), a suffix typed with a
    capital, and a camel-case name of a stump stay."""
    assert normalize("әскер жасағын құрдыМонгол армиясында") == "әскер жасағын құрды Монгол армиясында"
    assert normalize("ШерханМұртаза — жазушы") == "Шерхан Мұртаза — жазушы"
    assert normalize("абаттандыРылады") == "абаттандыРылады"
    assert normalize("Делегация келдіКзырва барды.") == "Делегация келдіКзырва барды."  # two consonants: a loan's
    assert normalize("басқармасыНЫҢ") == "басқармасыНЫҢ"
    assert normalize("ҚазМұнайГаз") == "ҚазМұнайГаз"


CLINIC64_READINGS = {
    "an area's or a volume's unit typed onto the next word is parted from it and read as the unit": [
        ("бірлік кг / м2массасы нәтижесінде", "бірлік килограмм шаршы метріне массасы нәтижесінде"),
        ("ауданы 5 м2болды", "ауданы бес шаршы метр болды"),
        ("көлемі 3 м³құрайды", "көлемі үш текше метр құрайды"),
    ],
    "endings typed onto the powered unit are its own, given their hyphen": [
        ("ауданы 5 м2ге жетті", "ауданы бес шаршы метрге жетті"),
        ("5 км2ден астам", "бес шаршы шақырымнан астам"),
    ],
    "a code's letters before a digit and a word, and letters the dictionary does not know, stay": [
        ("ТМ2бөлімі", "тэ эм екі бөлімі"),
        ("5 м2абвгд", "бес м екі абвгд"),
    ],
}
test_clinic64_mechanisms_read_their_examples = reading_test(CLINIC64_READINGS)


RUQUOTE67_READINGS = {
    "a sentence whose spaces were all lost is parted into the words the dictionary knows (ruquote67)": [
        ("Біздіңауылдабалаларкөп.", "Біздің ауылда балалар көп."),
        # a name the dictionary lacks (Ресей) is a word of its own, its suffixes with it
        ("ҚазақстанменРесейарасындағысауданыңкөлеміөсті.", "Қазақстанмен Ресей арасындағы сауданың көлемі өсті."),
        # no case follows an ablative: the да after it is a particle
        ("Бұл баяндамалардандаанықкөрінеді.", "Бұл баяндамалардан да анық көрінеді."),
        # a participle's ending and a case after it, after the н of a stem (бітір|ген|нен)
        ("Олмектептібітіргеннен кейін жұмысқа тұрды", "Ол мектепті бітіргеннен кейін жұмысқа тұрды"),
        # a suffix's қ voiced before the next (табысты|лығы), not табыс тылығы
        ("Біздіңауылдыңадамдарыныңтабыстылығыөсті.", "Біздің ауылдың адамдарының табыстылығы өсті."),
        # a place's name the dictionary lacks is a known word from its capital (Түркия|дағы, not Түрк ия дағы)
        ("Біз Түркиядағыжағдайтуралыайттық.", "Біз Түркиядағы жағдай туралы айттық."),
        # a verb's form the dictionary lacks is its stem and a verb's ending, the negative's too (біріктір|еді, not
        # біріктір еді; қалыптас|пайды, not қалыптас пайды; кел|меді, not келм еді)
        ("Бізденкәсібибайланыстарбіріктіреді.", "Бізден кәсіби байланыстар біріктіреді."),
        ("Бұлжағдайжылдаркезіндеқалыптаспайды.", "Бұл жағдай жылдар кезінде қалыптаспайды."),
        ("Олардыңбәріжиналысқауақытындакелмеді.", "Олардың бәрі жиналысқа уақытында келмеді."),
    ],
    "a long word the dictionary lacks, a Russian run and a short run stay whole (ruquote67)": [
        ("қанағаттандырылмағандықтан", "қанағаттандырылмағандықтан"),  # back vowels only: one Kazakh word
        ("Бұл достопримечательностейгорода.", "Бұл достопримечательностейгорода."),  # no letter only Kazakh writes
        ("жәнеоныңзаманы", "жәнеоныңзаманы"),
        # the dictionary reads it two ways as well (Қор құрылғаннан, Қорқ ұрылғаннан): left as written
        ("БұлҚорқұрылғаннанбергірекордтықкөрсеткіш", "БұлҚорқұрылғаннанбергірекордтықкөрсеткіш"),
    ],
}


test_ruquote67_mechanisms_read_their_examples = reading_test(RUQUOTE67_READINGS)


BUDGET72_READINGS = {
    "three or more capitalised words run together, each a word the dictionary knows, are parted (budget72)": [
        (
            "ҚазақстанРеспубликасыныңПрезидентінің“Қазақстан Республикасындағы банктер",
            "Қазақстан Республикасының Президентінің“Қазақстан Республикасындағы банктер",
        ),
        ("ҮкіметініңҚаулысыЖобасы талқыланды.", "Үкіметінің Қаулысы Жобасы талқыланды."),
        # a camel-case name whose first part is a stump of three letters stays one name
        ("ҚазМұнайГаз компаниясы", "ҚазМұнайГаз компаниясы"),
        # a chain with a part the dictionary lacks stays whole
        ("ҚазақстанЖүрдекПортал жұмысы", "ҚазақстанЖүрдекПортал жұмысы"),
    ],
    "ҚҰБ is the National Bank of Kazakhstan, its possessive re-inflected (budget72)": [
        ("ҚҰБ ақша-несие саясатының басты мақсаты", "Қазақстан Ұлттық банкі ақша-несие саясатының басты мақсаты"),
        ("ҚҰБ-ның төрағасы", "Қазақстан Ұлттық банкінің төрағасы"),
        # its neighbour ҚДБ keeps its own expansion
        ("ҚДБ-ның несиесі", "Қазақстанның Даму банкінің несиесі"),
    ],
}


test_budget72_readings = reading_test(BUDGET72_READINGS)


GLUED25_READINGS = {
    "of two readings the dictionary knows alike, the one with fewer words opening on two consonants (a loan's) wins": [
        # қызметі стері is a reading too: the dictionary knows стер, a measure
        ("Мемлекеттікқызметістеріминистрінің бұйрығы", "Мемлекеттік қызмет істері министрінің бұйрығы"),
    ],
    "after a case, a word opening as the negative does is one when the dictionary knows its first five letters": [
        ("Аккаунттың параметрлеріндебейнелеріңізге пікір", "Аккаунттың параметрлерінде бейнелеріңізге пікір"),
        ("Соңғы жылдарындамемлекеттік бағдарлама", "Соңғы жылдарында мемлекеттік бағдарлама"),
        ("Ол құжаттарынбермеген", "Ол құжаттарын бермеген"),
        # a verb's negative stays one word
        ("Ол мойындамайды", "Ол мойындамайды"),
        ("Ол қаржыландырылмайтындықтан келмеді", "Ол қаржыландырылмайтындықтан келмеді"),
    ],
}


test_glued25_mechanisms_read_their_examples = reading_test(GLUED25_READINGS)


# textrepair27: text an extractor damaged.
TEXTREPAIR27_READINGS = {
    "an adjective's derivation a lost line end left after its stem joins it; the clipped еді and pairs stay": [
        ("Бізде мұн-дай мәселе жоқ.", "Бізде мұндай мәселе жоқ."),  # the similative, a word to the dictionary
        ("Ол тас-тай қатты.", "Ол тастай қатты."),
        ("Ол ақыл-ды бала еді.", "Ол ақылды бала еді."),  # the adjective of having after л
        ("Ол өте күш-ті адам.", "Ол өте күшті адам."),
        ("Жұмыс басталған-ды.", "Жұмыс басталған-ды."),  # еді after a participle
        ("Ел әр-түрлі пікір айтты.", "Ел әр-түрлі пікір айтты."),
        ("Жүздер мен ру-тайпалар арасында", "Жүздер мен ру-тайпалар арасында"),  # тай is not the form ру takes
    ],
    "a word the dictionary lists whole, broken inside its stem, joins; a compound of two words keeps its hyphen": [
        ("Тамақты уақы-тылы ішу керек.", "Тамақты уақытылы ішу керек."),  # тылы is тыл's, no piece of уақытылы
        ("Ол іс-сапарға кетті.", "Ол іс-сапарға кетті."),  # іссапар is іс and сапар
        ("Күн жылы-мың есе", "Күн жылы-мың есе"),  # жылым's м opens мың
    ],
    "a label a page printed twice with no space between is parted, whatever its language; a name's head stays": [
        ("Рубрика: ПолитикаПолитика", "Рубрика: Политика Политика"),
        ("Главная страницаГлавная страница", "Главная страница Главная страница"),
        ("«ҚазМұнайГаз» компаниясы", "«ҚазМұнайГаз» компаниясы"),
    ],
}

test_textrepair27_readings = reading_test(TEXTREPAIR27_READINGS)


RUNON28_READINGS = {
    "a Russian noun Kazakh borrows whole is a stem for its suffixes, and a case closes a word (runon28)": [
        # магистратура is no hunspell-kk word: without it the run was read магистр ат ураға
        ("Биыл докторантурағатүсушілер көп.", "Биыл докторантураға түсушілер көп."),
        ("Биыл біздіңординатураныбітіргендер көп.", "Биыл біздің ординатураны бітіргендер көп."),
        ("Биыл аспирантурағакіретіндер көп.", "Биыл аспирантураға кіретіндер көп."),
    ],
    "two words with no case closing the first are a compound, and stay whole (runon28)": [
        ("Ол солтүстікқазақстандықтар туралы жазды.", "Ол солтүстікқазақстандықтар туралы жазды."),
    ],
    "a sentence that lost its spaces around a capital is parted, its vowels all back or not (runon28)": [
        (
            "Бұл XVII ғасырдажоңғарларданАтамекенінқорғаған батыр.",
            "Бұл он жетінші ғасырда жоңғарлардан Атамекенін қорғаған батыр.",
        ),
        # a patronymic is a name the dictionary lacks, not words: left to the name's own rule
        ("Бұл әншіЖасұланұлыБіздіңауылдың тарихы.", "Бұл әншіЖасұланұлыБіздіңауылдың тарихы."),
    ],
    "a heading's noun run onto the noun it owns is parted from it (runon28)": [
        ("ПАВЛОДАРОБЛЫСЫ ӘКІМДІГІ", "павлодар облысы әкімдігі"),
        ("БІЛІМ ЖӘНЕ ҒЫЛЫММИНИСТРЛІГІНІҢ БҰЙРЫҒЫ", "білім және ғылым министрлігінің бұйрығы"),
        # a compound name owns nothing, and бай|сын is no possessed noun's stem: a street's name stays
        ("САРЫАРҚАДАҒЫ ЖИДЕЛІБАЙСЫН КӨШЕСІ", "сарыарқадағы жиделібайсын көшесі"),
    ],
    "Latin capitals run onto a Cyrillic word in small letters stand apart; a label printed twice is parted (runon28)": [
        ("Файлды жүктеуPDF пішімінде", "Файлды жүктеу пи ди эф пішімінде"),
        # the label printed twice ends where the capitals begin, another joint of the run
        ("Распечатать страницуРаспечатать страницуPDF", "Распечатать страницу Распечатать страницу пи ди эф"),
        ("КешYOU тобы", "Кешю тобы"),  # a name that mixes scripts after a capitalised stem
        # a lone Latin capital inside a word is a look-alike letter (the I for і), not an initialism run on
        ("Ол мектепIнің оқушысы.", "Ол мектепінің оқушысы."),
        ("сайтыWWWдан", "сайты дабл-ю дабл-ю дабл-юдан"),  # capitals before an ending still stand apart
    ],
}


test_runon28_mechanisms_read_their_examples = reading_test(RUNON28_READINGS)

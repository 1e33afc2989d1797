"""Literature, books and memoirs (lit8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "a section's two-part number opening a line before a quoted title is a code, not a decimal": [
        ("1.3 «Абай жолы» романының тілі", "бір үш «Абай жолы» романының тілі"),
        ("3.1 “Ақ жол” газеті", "үш бір “Ақ жол” газеті"),
    ],
    "a decimal inside a sentence stays a decimal, even before a quote": [
        ("Кітаптың бағасы 2.5 «мың» емес.", "Кітаптың бағасы екі бүтін оннан бес «мың» емес."),
    ],
    "ж. after a number counting years (an anniversary after a dash, a term under a hundred) is said жыл": [
        ("Абай – 175 ж.", "Абай – жүз жетпіс бес жыл"),
        (
            "Оған 7 ж. 6 ай бас бостандығынан айыру жазасы берілді.",
            "Оған жеті жыл алты ай бас бостандығынан айыру жазасы берілді.",
        ),
        ("Ол 20ж. ұстаз болды.", "Ол жиырма жыл ұстаз болды."),
    ],
    "ж. after a year still says when, a year of the first millennium too, and after a range the plural": [
        ("Түрік қағанаты 552 ж. құрылды.", "Түрік қағанаты бес жүз елу екінші жылы құрылды."),
        ("Оны б.з.б. 60 ж. жазған.", "Оны біздің заманымыздан бұрынғы алпысыншы жылы жазған."),
        ("Роман 1942 ж. жарық көрді.", "Роман мың тоғыз жүз қырық екінші жылы жарық көрді."),
        ("Ол 1957-62 ж. газетте істеді.", "Ол мың тоғыз жүз елу жетінші – алпыс екінші жылдары газетте істеді."),
    ],
    "tens before the plural жылдар name decades, said as ordinals; a count of years keeps the cardinal": [
        ("20-30 жылдардың поэзиясы аз.", "жиырмасыншы – отызыншы жылдардың поэзиясы аз."),
        ("Ол 60-70 жылдары көп жазды.", "Ол алпысыншы – жетпісінші жылдары көп жазды."),
        ("90 жылдары кітап аз шықты.", "тоқсаныншы жылдары кітап аз шықты."),
        ("Соңғы 30 жылдары кітап аз шықты.", "Соңғы отыз жылдары кітап аз шықты."),
        ("Ол 20-30 жыл бұрын жазылған.", "Ол жиырма – отыз жыл бұрын жазылған."),
        ("10-15 жылдары", "он – он бес жылдары"),
    ],
    "a number's case suffix written in capitals in a heading is read as the suffix": [
        ("БЕЙІМБЕТТІҢ 90-ҒА ЖУЫҚ ӘҢГІМЕСІ ТАБЫЛДЫ", "бейімбеттің тоқсанға жуық әңгімесі табылды"),
        ("300-ДЕН АСТАМ КІТАП", "үш жүзден астам кітап"),
        ("5-ТЕН АСТАМ ТОМ", "бестен астам том"),
    ],
    "a reference's imprint year is an ordinal and the count of pages after its dash is said бет": [
        ("Алматы: Ғылым, 1957. – 464 б.", "Алматы: Ғылым, мың тоғыз жүз елу жетінші. – төрт жүз алпыс төрт бет"),
        ("1945. – 32 б. (орыс тілінде)", "мың тоғыз жүз қырық бесінші. – отыз екі бет (орыс тілінде)"),
        (
            "Аханов К. Тіл білімінің негіздері. – Алматы, 1993. – 496 бет.",
            "Аханов К. Тіл білімінің негіздері. – Алматы, мың тоғыз жүз тоқсан үшінші. – төрт жүз тоқсан алты бет",
        ),
        (
            "Сыздық Р. Тілдік норма. – Астана: Елорда, 2001.",
            "Сыздық Р. Тілдік норма. – Астана: Елорда, екі мың бірінші.",
        ),
    ],
    "the range of pages an article fills after a reference's dash names which pages, б. or бб. (biblio70)": [
        ("Хабаршы. – №3. – 45–52 бб.", "Хабаршы. – үшінші. – қырық бесінші – елу екінші беттер"),
        ("Жинақ. – № 2. – 12-18 б.", "Жинақ. – екінші. – он екінші – он сегізінші беттер"),
        ("Жоспар 2020-2025 б.", "Жоспар екі мың жиырма – екі мың жиырма бес б."),  # no reference's dash before it
    ],
    "a place alone with the year in the brackets after a book's title is its imprint: the year, named a year": [
        (
            "«Қазақ газеті»кітабының (Алматы, 1993) жарық көруі",
            "«Қазақ газеті»кітабының (Алматы, мың тоғыз жүз тоқсан үшінші жыл) жарық көруі",
        ),
        ("«Оян, қазақ!» (Орынбор, 1909), Байбат", "«Оян, қазақ!» (Орынбор, мың тоғыз жүз тоғызыншы жыл), Байбат"),
        # no place before it, a count after it, a place outside brackets: not this imprint
        ("(Алматы, 1993 адам)", "(Алматы, мың тоғыз жүз тоқсан үш адам)"),
        ("(алматы, 1993)", "(алматы, мың тоғыз жүз тоқсан үш)"),
        ("Panthera uncia (Шребер, 1775)", "пантера унция (Шребер, мың жеті жүз жетпіс бес)"),  # a species' author
    ],
    "a label before a number in a reference names the volume or the pages it labels": [
        ("Т. 2. – С. 45-48.", "екінші том. – қырық бесінші – қырық сегізінші беттер."),
        ("№ 3 (45). – Б. 12–18.", "үшінші (қырық бес). – он екінші – он сегізінші беттер."),
        ("Т.2. «Сөз өнерінің эстетикасы».", "екінші том. «Сөз өнерінің эстетикасы»."),
        ("Кодекстің 12-б. 3-т. сәйкес", "Кодекстің он екінші бап үшінші тармақ сәйкес"),
    ],
    "a year in brackets after a quoted title is the title's year": [
        ("«Абай жолы» (2007) романы", "«Абай жолы» (екі мың жетінші жыл) романы"),
    ],
    "modern years listed in brackets after a word, in order, are the years it dates, ordinals closed by жылдар": [
        (
            "Іле Алатауының (1887, 1889, 1911) тау бөктерінде болған жер сілкіністері",
            "Іле Алатауының (мың сегіз жүз сексен жетінші, мың сегіз жүз сексен тоғызыншы, мың тоғыз жүз он бірінші"
            " жылдар) тау бөктерінде болған жер сілкіністері",
        ),
        (
            "Халық санақтарда (1989, 1999) өсті.",
            "Халық санақтарда (мың тоғыз жүз сексен тоғызыншы, мың тоғыз жүз тоқсан тоғызыншы жылдары) өсті.",
        ),
        ("Бағасы (1850, 1900, 2000) теңге.", "Бағасы (мың сегіз жүз елу, мың тоғыз жүз, екі мың) теңге."),
        ("Сыйымдылығы (1911, 1887) адам.", "Сыйымдылығы (мың тоғыз жүз он бір, мың сегіз жүз сексен жеті) адам."),
    ],
    "a serial number and a library class are codes read part by part, the check character X as икс": [
        ("ISSN 2073 – 333Х", "ай эс эс эн екі мың жетпіс үш – үш жүз отыз үш икс"),
        (
            "ISBN 978-601-7548-12-5",
            "ай эс би эн тоғыз жүз жетпіс сегіз, алты жүз бір, жеті мың бес жүз қырық сегіз, он екі, бес",
        ),
        ("УДК 81.25", "у дэ ка сексен бір нүкте жиырма бес"),
    ],
    "our era before the century or the year it dates is in the genitive": [
        ("б.з. V ғасырда", "біздің заманымыздың бесінші ғасырда"),
        ("б.з. II-III ғғ.", "біздің заманымыздың екінші – үшінші ғасырлар."),
        ("б.з. 552 ж.", "біздің заманымыздың бес жүз елу екінші жылы."),
    ],
    "a century word typed without its dot or its space after a Roman numeral is still the century": [
        ("V ғ.X ғғ аралығы", "бесінші ғасыр оныншы ғасырлар аралығы"),
    ],
    "a degree written the Russian way in a Kazakh line is read as the Kazakh degree": [
        ("Пікір жазған К.э.н. Кабатаева", "Пікір жазған экономика ғылымдарының кандидаты Кабатаева"),
        ("Жетекшісі: к.ф.н., доцент Омарова", "Жетекшісі: филология ғылымдарының кандидаты, доцент Омарова"),
    ],
    "an English title in capitals reads its short function words as words": [
        ("«SCIENCE AND LIFE OF KAZAKHSTAN»", "«сайенс энд лайф оф казахстан»"),
    ],
    "a footnote's number typed onto a word, after a closing quote or between slashes is said as nothing (fiction31)": [
        ("Ол ауылға келді1) де, кетті.", "Ол ауылға келді де, кетті."),
        ("«Қазақ»2) газетінде басылды.", "«Қазақ» газетінде басылды."),
        ("деп жазды³.", "деп жазды."),
        ("мінездері бар” /1/ деп бастайды.", "мінездері бар” деп бастайды."),
    ],
    "a table's note mark in superscript on a currency code or an initialism is said as nothing (finance47)": [
        ("KZT¹ 100 000 1 800 000 000 16,9", "теңге жүз мың бір миллиард сегіз жүз миллион он алты бүтін оннан тоғыз"),
        ("ЖІӨ² өсті", "жалпы ішкі өнім өсті"),
    ],
    "a superscript opening a line before a Cyrillic letter is the note's own mark, said as nothing (unseen38g)": [
        ("¹Докторант. әл-Фараби ат. ҚазҰУ.", "Докторант. әл-Фараби атындағы. Қазақ ұлттық университеті."),
        ("Мақала\n²ҚР БҒМ қызметкері", "Мақала\nҚазақстан Республикасы Білім және ғылым министрлігі қызметкері"),
        # an isotope's mass before its Latin symbol keeps its number
        ("¹³⁷Cs изотопы", "цезий жүз отыз жеті изотопы"),
    ],
    "a list item, a unit's power and a slashed ratio keep their numbers beside the note rule": [
        ("Шешімнің 1) тармағы", "Шешімнің бірінші тармағы"),
        ("5 км² жер", "бес шаршы шақырым жер"),
        ("AB² + BC²", "эй би екі плюс би си екі"),  # two capitals: a segment's square, no note
    ],
    "a chapter's Roman numeral alone on its line is the heading's ordinal, l typed for I too (fiction31)": [
        ("I.\nАуыл тыныш еді.", "бірінші.\nАуыл тыныш еді."),
        ("І.\nМҰХТАР ӘУЕЗОВ", "бірінші.\nмұхтар әуезов"),
        ("l.\nКіріспе", "бірінші.\nКіріспе"),
        ("lV\nКүз", "төртінші\nКүз"),
        ("lol\nКүз", "лол\nКүз"),
    ],
    "a contents line's page span written with a full stop is a span, not a decimal (patents42)": [
        ("2.4. Тауар белгілерін тіркеу 31.40", "екі төрт Тауар белгілерін тіркеу отыз бір – қырық"),
        ("МАЗМҰНЫ 3.5", "мазмұны үш – бес"),
        ("IV.ТАРАУ. ӨНЕРТАБЫСТАР 88.97", "төртінші тарау. өнертабыстар сексен сегіз – тоқсан жеті"),
        ("3.2. Қорытынды 12.10", "үш екі Қорытынды он екі бүтін жүзден он"),  # the first page after the last
        ("Өсім 2.5 есе, 4.8", "Өсім екі бүтін оннан бес есе, төрт бүтін оннан сегіз"),  # no contents line
    ],
    "a section's number typed onto its title with its full stop; a numeral's stop typed onto тарау (patents42)": [
        ("3.1.Өнертабыс ұғымы", "үш бір Өнертабыс ұғымы"),
        ("II.Бөлім. Патенттер", "екінші Бөлім. Патенттер"),
        ("I.ТАРАУ", "бірінші тарау"),
    ],
    "a Roman numeral's stop and a space before тарау or бөлім at a contents line's start (histkz62)": [
        ("I. тарау АБЫЛАЙ ТҰЛҒАСЫНЫҢ ҚАЛЫПТАСУЫ", "бірінші тарау абылай тұлғасының қалыптасуы"),
        ("II. тарау Абылай", "екінші тарау Абылай"),
        ("I. тараудағы мәселе", "бірінші тараудағы мәселе"),
        ("I. Ахметов келді", "ай. Ахметов келді"),  # a name after it, no chapter word: as on main
    ],
}

test_reading = reading_test(READINGS)


def test_a_references_page_count_without_its_stop_at_the_lines_end_and_its_edition() -> None:
    """– 352 с at a line's end is the reference's pages (бет), which makes the line Kazakh, not a Russian "с";
    2-ші бас. is the edition (басылым)."""
    assert normalize("Абдулаев Ж. - 2-ші бас. - Алматы : Білім, 1994. - 352 с") == (
        "Абдулаев Ж. - екінші басылым. - Алматы: Білім, мың тоғыз жүз тоқсан төртінші. - үш жүз елу екі бет"
    )
    # near neighbours: a count's letter inside the line, and бас. after a word, stay as they were
    assert (
        normalize("Білім, 1994. - 352 с, 2-том") == "Білім, мың тоғыз жүз тоқсан төрт. - үш жүз елу екі с, екінші том"
    )
    assert normalize("Басы ауырды, бас.") == "Басы ауырды, бас."


LESSONS = {
    "a page that lost the Kazakh letters' widths: the pieces of a word after қ ғ ө ұ ү are joined (langlit60)": [
        (
            "жазда- тек қ ана кө мекшілік қ ызметте қ олданылатын етістік, яғ ни тұ рақ ты кө мекші етістік.",
            "жазда- тек қана көмекшілік қызметте қолданылатын етістік, яғни тұрақты көмекші етістік.",
        ),
        (
            "Бұ л етістіктің де кө не кездерде лексикалық мағ ынасы болғ ан.",
            "Бұл етістіктің де көне кездерде лексикалық мағынасы болған.",
        ),
        ("Жетімсіз қ имыл болып қ алыптасқ ан, жығ ыла жаздады.", "Жетімсіз қимыл болып қалыптасқан, жығыла жаздады."),
    ],
    "lost widths: ә's too, a hyphened compound's first word, a name's rest after ұ, two-letter pieces (scholar68)": [
        (
            "С.Хасенұ лының барлық кү ш-жігерін ағ артушы-педагог жә не ақ ын, тә жірибелі, одан ә рі қ арай.",
            "С. Хасенұлының барлық күш-жігерін ағартушы-педагог және ақын, тәжірибелі, одан әрі қарай.",
        ),
        ("қ азақ халқ ының жаң а ө мірге бейімделуі", "қазақ халқының жаңа өмірге бейімделуі"),
    ],
    "lost widths: a capitalised name the dictionary knows capitalised, a place's and a surname's are joined too": [
        ("Ғ абит Мү сірепов туралы.", "Ғабит Мүсірепов туралы."),
        ("С.Х.Боқ аев Мә скеу университетін бітірді, Шығ ыста.", "С. Х. Боқаев Мәскеу университетін бітірді, Шығыста."),
        # a place's first piece that is a word of its own stays one (a district named Тереңкөл)
        ("Терең кө л жағасы.", "Терең көл жағасы."),
    ],
    "lost widths: a piece of three letters closed on the letter joins where the dictionary holds the word made, and"
    " өнеркәсіп, which hunspell-kk lacks, is a word (syllables25)": [
        ("Соң ы ү нді дауыссызғ а аяқ талатын сө зді", "Соңы үнді дауыссызға аяқталатын сөзді"),
        ("Тайыр ү лкен ең бек сің ірді.", "Тайыр үлкен еңбек сіңірді."),
        ("C) Асхана. D) Ө неркә сіп.", "си) Асхана. ди) Өнеркәсіп."),
        ("Ө мір жоқ болса, сақ бол.", "Өмір жоқ болса, сақ бол."),
    ],
    "lost widths: a word the dictionary holds runs past the cut before suffixes (тоқтау|ын), and a word split after a"
    " lone suffix's letter joins too (langlit60)": [
        ("аяғ ына жетпей тоқ тауын, ү зілуін", "аяғына жетпей тоқтауын, үзілуін"),
        ("қ имылдың жасалуғ а жақ ындап барып", "қимылдың жасалуға жақындап барып"),
    ],
    "two words of a lost-width page stay apart where the dictionary holds no word they make (scholar68)": [
        ("сағ энергия, ақ үй, ең үлкен, сенің ісің.", "сағ энергия, ақ үй, ең үлкен, сенің ісің."),
    ],
    "two words stay apart, and so do an initialism and a cut page's last letter": [
        ("Мағ ынасы: жоқ еді, ақ ниет, ат басына.", "Мағынасы: жоқ еді, ақ ниет, ат басына."),
        ("ШЫҰ саммиті өтті.", "Шанхай ынтымақтастық ұйымы саммиті өтті."),
        ("ҰҚМ шешегі", "ұ қы эм шешегі"),
        ("Қ азақ тілінде кө мекші етістіктер лексикалық м", "Қазақ тілінде көмекші етістіктер лексикалық м"),
    ],
    "a grammar lesson's word parted at its suffixes is said whole; a pair of words keeps its hyphen": [
        ("Мысалы: бала, бала-ға, бала-лар-ымыз-дың.", "Мысалы: бала, балаға, балаларымыздың."),
        ("оңтүстік-батыс-шығыс, аға-апала-рына", "оңтүстік-батыс-шығыс, аға-апаларына"),
    ],
    "items of a list run into one line: a number after a small-letter word, once the line opened the items before": [
        (
            "Мысалы: 1. Демалыс сайын кездесіп тұратын 2. Әжесі ертегіні айтушы 3. Біз барамыз.",
            "Мысалы: бірінші Демалыс сайын кездесіп тұратын екінші Әжесі ертегіні айтушы үшінші Біз барамыз.",
        ),
        ("Мысалы: 1. Біз келдік. Ол сағат 5. Сонда кетті.", "Мысалы: бірінші Біз келдік. Ол сағат бес. Сонда кетті."),
    ],
    "a list's number opening its line with its bracket and its stop both typed; a bracket closed mid-line stays": [
        ("2). Монғолиядағы социализм дәуірі", "екінші Монғолиядағы социализм дәуірі"),
        ("Белгіленеді (сурет. 1). Диаметрі тең.", "Белгіленеді (сурет. бір). Диаметрі тең."),
    ],
    "a test's next question after the marks the last one is worth in square brackets": [
        (
            "Д) ағасының жанында болу [1] 2. «Ана тілі» өлеңінің идеясы қандай?",
            "дэ) ағасының жанында болу [бір] екінші «Ана тілі» өлеңінің идеясы қандай?",
        ),
        ("Ол сағат 5. Сонда кетті.", "Ол сағат бес. Сонда кетті."),
    ],
    "a list's first item run onto its heading, or onto its section's numbered title; a time ending a sentence stays": [
        ("Мазмұны 1. Кіріспе 2. Әдебиеттер", "Мазмұны бірінші Кіріспе екінші Әдебиеттер"),
        ("Негізгі ұғымдар 1. Сөздің мағынасы", "Негізгі ұғымдар бірінші Сөздің мағынасы"),
        ("2 Дәрістер 1. Абайдың өмірі", "екі Дәрістер бірінші Абайдың өмірі"),
        ("Біз сағат 1. Сонда кетті.", "Біз сағат бір. Сонда кетті."),
        ("Бұл оның сөзі 1. Ол кейін келді.", "Бұл оның сөзі бір. Ол кейін келді."),
        ("Бұл оның сөзі 1. Бірінші 2. Екінші", "Бұл оның сөзі бірінші Бірінші екінші Екінші"),
        ("Оның жасы 1. Ол кейін келді.", "Оның жасы бір. Ол кейін келді."),
        ("Ұпай саны 1. Келесі сұрақ.", "Ұпай саны бір. Келесі сұрақ."),
        ("Оның ұпайы 1. Ол жеңді.", "Оның ұпайы бір. Ол жеңді."),
        ("Команда жеңді 1. Ол кетті.", "Команда жеңді бір. Ол кетті."),
        ("Оқу жоспары 1. Мақсаты", "Оқу жоспары бірінші Мақсаты"),
        (
            "Бұл оның сөзі 1. Ол кейін келді.\nМазмұны 1. Кіріспе\nСөзі 1. Бірінші 2. Екінші",
            "Бұл оның сөзі бір. Ол кейін келді.\nМазмұны бірінші Кіріспе\nСөзі бірінші Бірінші екінші Екінші",
        ),
    ],
    "a course header's blank day, then a month parted from its year by a space: the month of that year": [
        ("« » 09 2008ж     № 1 хаттама", "«» екі мың сегізінші жылғы қыркүйек бірінші хаттама"),
        ("«Ақ жол» 12 2010 жылы шықты.", "«Ақ жол» он екі екі мың оныншы жылы шықты."),
    ],
}

test_lessons = reading_test(LESSONS)


def test_a_word_spaced_letter_by_letter_is_no_lost_width() -> None:
    """М а з м ұ н ы is the spaced-out heading's (joined whole by its own rule), not pieces parted after ұ."""
    from tts_edition.normalize import scraped

    assert [m.group() for m in scraped.FONT_SPLIT.finditer("М а з м ұ н ы")] == []
    assert [scraped.join_font_split(m) for m in scraped.FONT_SPLIT.finditer("тек қ ана")] == ["қана"]


TEST_BANKS = {
    "an old font's signs for ү Ү ұ ө ә Ә inside a word are the letters (kazgram61); a sign apart keeps its reading": [
        (
            "Ж±мысшы д±рыс жауап берді, дєріхана т‰рі ‡ндестік Єріп сµз",
            "Жұмысшы дұрыс жауап берді, дәріхана түрі Үндестік Әріп сөз",
        ),
        ("5‰ өсті, ±2 градус", "бес промилле өсті, плюс-минус екі градус"),
    ],
    "a plus glued to the last word of a numbered answer is the key's mark, said as nothing": [
        ("1. факт+\n3. лагерьға+", "бірінші факт\nүшінші лагерьға"),
        ("ОПЕК+ елдері", "опек плюс елдері"),
        ("жіңішке + жуан", "жіңішке плюс жуан"),
    ],
    "a lost width after ң parts a word before its ending; a lone vowel after ғ is the dative's": [
        (
            "Сө зді кө рсетің із, табың ыз, көтерің дер. Соң ы ү нді дауыссызғ а",
            "Сөзді көрсетіңіз, табыңыз, көтеріңдер. Соңы үнді дауыссызға",
        ),
        ("Сенің ісің кө п", "Сенің ісің көп"),
    ],
    "a one-line test's next question number after the last option's value is an ordinal": [
        (
            "А) 2 В) 3 C) 4 D) 5 E) 6 2. Жалғаудың неше түрі бар?",
            "эй) екі би) үш си) төрт ди) бес и) алты екінші Жалғаудың неше түрі бар?",
        ),
        ("Ол сағат 5 6. Ол келді.", "Ол сағат бес алты. Ол келді."),
    ],
    "a Roman stage number after a label's colon heads its stage; an initial before a surname stays": [
        ("Сабақтың барысы: І. Қызығушылықты ояту", "Сабақтың барысы: бірінші Қызығушылықты ояту"),
        ("Жазған: І. Жансүгіров", "Жазған: І. Жансүгіров"),
    ],
}

test_test_banks = reading_test(TEST_BANKS)


def test_a_micro_sign_before_a_units_letters_is_no_old_fonts_letter() -> None:
    """10 µм is a micrometre: the micro sign opening a unit stays for the unit rules; сµз is сөз."""
    from tts_edition.normalize import mistyped

    assert mistyped.LEGACY_LETTER.search("10 µм") is None
    assert [m.group() for m in mistyped.LEGACY_LETTER.finditer("сµз µзі")] == ["µ", "µ"]


# drug61: a title page's classes typed without their spaces.
DRUG61_READINGS = {
    "a library label glued to the index before it, and an author's sign glued after, are said apart": [
        (
            "УДК 616.4ББК 54.15Т 13",
            "у дэ ка алты жүз он алты нүкте төрт бэ бэ ка елу төрт нүкте он бес Т он үш",
        ),
        ("ББК 63.3 М14", "бэ бэ ка алпыс үш нүкте үш эм он төрт"),
    ],
    "a BBK class closes on its form division glued on, я and its number (sci54, economics66); a bracket's group too": [
        ("ББК 41.3я73", "бэ бэ ка қырық бір нүкте үш я жетпіс үш"),
        ("ББК 65.012.2я7", "бэ бэ ка алпыс бес нүкте нөл он екі нүкте екі я жеті"),
        ("УДК 631.52(075.8)", "у дэ ка алты жүз отыз бір нүкте елу екі нөл жетпіс бес нүкте сегіз"),
    ],
}

test_drug61_readings = reading_test(DRUG61_READINGS)


def test_a_line_of_legacy_font_words_is_kazakh_not_a_russian_run() -> None:
    """civil62: ресми т‰рде жарияланѓан к‰ннен бастап holds no Kazakh letter until its font's signs are read as ү and
    ғ; the language of its run is told after them (`mistyped.legacy_repaired`), so the line is Kazakh and the signs
    are letters, not per mille signs said in Russian. A per mille sign after a number stays the sign."""
    from tts_edition.normalize import mistyped

    assert normalize("A) ресми т‰рде жарияланѓан к‰ннен бастап") == "эй) ресми түрде жарияланған күннен бастап"
    assert mistyped.legacy_repaired("т‰рде, 5‰") == "түрде, 5‰"
    assert normalize("Ол 5‰ құрады.") == "Ол бес промилле құрады."


def test_a_third_legacy_font_puts_serbian_je_for_schwa_and_ukrainian_ye_for_ghayn() -> None:
    """A programme's title page (russianlang63): ЖЈНЕ is және, ЄЫЛЫМ is ғылым, the word the dictionary knows by ғ."""
    assert normalize("ЌАЗАЌСТАН РЕСПУБЛИКАСЫ БІЛІМ ЖЈНЕ ЄЫЛЫМ") == "қазақстан республикасы білім және ғылым"


def test_ye_stays_schwa_where_the_dictionary_knows_the_word_by_schwa() -> None:
    assert normalize("дєріхана, сєуір") == "дәріхана, сәуір"


def test_the_first_fonts_gje_is_schwa_where_the_dictionary_knows_the_word_only_by_schwa() -> None:
    """civil62's test bank: жѓне is және beside its жарияланѓан, where ѓ is ғ."""
    assert normalize("қалалардыњ жѓне Астананыњ") == "қалалардың және Астананың"
    assert normalize("жарияланѓан қоѓамдық") == "жарияланған қоғамдық"


SYLLABLE_SPLIT_READINGS = {
    "a page that set its words in syllables, its soft hyphens lost, is read whole (sportrules65, minber.kz)": [
        (
            "Назарбаевтың жүл десі үшін ұйым дастырыл ған турнирдің ақтық белде су ле рі өтті. "
            "«Дәу лет» сарайында ел көп бо лып, «Қазақстан ба ры сы ның» жеңімпазын күтті, ал сол ме жеге жетсек.",
            "Назарбаевтың жүлдесі үшін ұйымдастырылған турнирдің ақтық белдесулері өтті. "
            "«Дәулет» сарайында ел көп болып, «Қазақстан барысының» жеңімпазын күтті, ал сол межеге жетсек.",
        ),
        (
            "«Хал қы мыз дың бәрі» дедік. Аяғына дейін кетіп қал ған дар аз, бо лып өтті, ат басына күн туды.",
            "«Халқымыздың бәрі» дедік. Аяғына дейін кетіп қалғандар аз, болып өтті, ат басына күн туды.",
        ),
    ],
    "off such a page a piece the dictionary does not know joins its neighbours into the word they make (syllables25)": [
        ("Ол көп бо лып кетті.", "Ол көп болып кетті."),
        ("атқыштар бригадасы жа сақ тал ды.", "атқыштар бригадасы жасақталды."),
        ("жаңа би лік органы, респуб лика дағы күрес", "жаңа билік органы, республикадағы күрес"),
        ("Біз О рал қаласына бардық.", "Біз Орал қаласына бардық."),
        ("О бала келді.", "О бала келді."),
    ],
    "two words stay two, off such a page words the dictionary knows are not joined, and initialisms' letter names"
    " are no syllables": [
        (
            "Олар АҚИҰ және ҚҚП туралы айтты, ШҚАУ оқытушысы келді.",
            "Олар а қы и ұ және қы қы пэ туралы айтты, ша қы а у оқытушысы келді.",
        ),
        ("Ал сол ме жеге жетсек, үлкен кешен керек.", "Ал сол ме жеге жетсек, үлкен кешен керек."),
        ("Аурулардың (CDC) бақылау орталықтары", "Аурулардың (си ди си) бақылау орталықтары"),
        ("көліктері тар жолдың бойында, Lada көлігі", "көліктері тар жолдың бойында, лада көлігі"),
        (
            "Батыс пен шығысында жаңбыр жауады, гүл шоқтарын қойды.",
            "Батыс пен шығысында жаңбыр жауады, гүл шоқтарын қойды.",
        ),
    ],
}
test_syllable_split_readings = reading_test(SYLLABLE_SPLIT_READINGS)


# drawing66: a drawing-methods book's title page (stud.kz), its class label typed onto its index.
DRAWING66_READINGS = {
    "a library label typed onto its index is the class's, not a register's letters; a run longer than a class's"
    " three-digit group is its digits": [
        ("УДК741744(075.8)", "у дэ ка жеті төрт бір жеті төрт төрт нөл жетпіс бес нүкте сегіз"),
        ("ББК30.11", "бэ бэ ка отыз нүкте он бір"),
    ],
    "near neighbours: a grant's register letters on digits stay spelled with their digits; a serial number's"
    " four-digit group and a three-digit class group stay whole": [
        ("AP14869856", "эй пи бір төрт сегіз алты тоғыз сегіз бес алты"),
        ("ISSN 2073 – 333Х", "ай эс эс эн екі мың жетпіс үш – үш жүз отыз үш икс"),
        ("УДК 631.52(075.8)", "у дэ ка алты жүз отыз бір нүкте елу екі нөл жетпіс бес нүкте сегіз"),
    ],
}

test_drawing66_readings = reading_test(DRAWING66_READINGS)


NUMLISTS26_READINGS = {
    "a class's or a serial number's group opening with a zero: the zero, then the number (numlists26)": [
        ("ӘОЖ 373 (072)", "ә о жэ үш жүз жетпіс үш нөл жетпіс екі"),
        ("ISBN 978-601-10-0150-2", "ай эс би эн тоғыз жүз жетпіс сегіз, алты жүз бір, он, нөл жүз елу, екі"),
        ("УДК 81.25", "у дэ ка сексен бір нүкте жиырма бес"),  # no zero-led group
    ],
    "КБЖ, the Kazakh label of the library-bibliographic class, labels a class read part by part (numlists26)": [
        ("КБЖ 74.262.21", "ка бэ жэ жетпіс төрт нүкте екі жүз алпыс екі нүкте жиырма бір"),
    ],
}
test_numlists26_reading = reading_test(NUMLISTS26_READINGS)


# citations29: a reference's clipped parts — its place of publication, its volume and pages, its collected works.
CITATIONS29_READINGS = {
    "a place clipped to its letters before an imprint's year or publisher is the city (LL60-A015)": [
        (
            "(Әуезов М. Шығ.жинағы, А., 1985,",
            "(Әуезов М. Шығармалар жинағы, Алматы, мың тоғыз жүз сексен бес,",
        ),
        (
            "Абай. Шығармалары. – А.: Жазушы, 1995. – 240 б.",
            "Абай. Шығармалары. – Алматы: Жазушы, мың тоғыз жүз тоқсан бесінші. – екі жүз қырық бет",
        ),
        ("– М., 2001. – 240 б.", "– Мәскеу, екі мың бірінші. – екі жүз қырық бет"),
    ],
    "an initial after a surname stays a person's, though a year or a name follows": [
        ("Ахметов А., 2001", "Ахметов А., екі мың бір"),
        ("Ералин Қ., Матеева Т.", "Ералин Қ., Матеева Т."),
        ("Сейітов, А., 2001 жылы", "Сейітов, А., екі мың бірінші жылы"),
        ("Абай. Шығармалары, А., 1985", "Абай. Шығармалары, Алматы, мың тоғыз жүз сексен бес"),
    ],
    "a volume hyphened to its ordinal before the pages cited from it is том (LL60-A016)": [
        ("20-т., 164-165-6.).", "жиырмасыншы том, жүз алпыс төрт – жүз алпыс бес-алты.)."),
        ("(Абай. Шығ. жинағы, 2-т., 45-б.)", "(Абай. Шығармалар жинағы, екінші том, қырық бесінші бет)"),
        ("20-т., 164-165-б.)", "жиырмасыншы том, жүз алпыс төртінші – жүз алпыс бесінші беттер)"),
        ("Әуезов М. Шығ. жин. 2-т., 45-б.", "Әуезов М. Шығармалар жинағы екінші том, қырық бесінші бет"),
    ],
    "a law's clause and article are not a volume and pages, a surname opening as a law's word is no law; шығ. alone"
    " stays east": [
        ("Заңның 5-т., 7-б. сәйкес", "Заңның бесінші т., жетінші бап сәйкес"),
        ("Ережепов Қ. Шығармалары. 2-т., 45-б.", "Ережепов Қ. Шығармалары. екінші том, қырық бесінші бет"),
        ("шығ. жағалауы", "шығыс жағалауы"),
    ],
}
test_citations29_readings = reading_test(CITATIONS29_READINGS)

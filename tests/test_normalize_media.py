"""Media, internet and social networks (media8): examples of our own, not the case files."""

import pytest

from tests.conftest import reading_test
from tts_edition.normalize.morphology import attach, parse_suffixes, written_harmony

READINGS = {
    "a dateline's icon letters before its time and date and before its view count are not said (prices51)": [
        (
            "c 17:48, 16/04/2021 c 532",
            "он жеті қырық сегіз, екі мың жиырма бірінші жылғы он алтыншы сәуір бес жүз отыз екі",
        ),
        ("c 09:15, 01.02.2024 c 7 пікір", "тоғыз он бес, екі мың жиырма төртінші жылғы бірінші ақпан жеті пікір"),
        ("Plan b 10:30", "плэн би он отыз"),
    ],
    "a dateline's view count run onto its date's year parts before the counter's word; a bare run stays (sample54t)": [
        ("22.07.2025532 Views", "екі мың жиырма бесінші жылғы жиырма екінші шілде бес жүз отыз екі вьюз"),
        ("12/05/202414 рет қаралды", "екі мың жиырма төртінші жылғы он екінші мамыр он төрт рет қаралды"),
        # no counter's word after it: the digits are no date's, and the number rules read them
        ("22.07.2025532", "жиырма екі нөл жеті екі миллион жиырма бес мың бес жүз отыз екі"),
    ],
    "a share bar's VKontakte is the network's Russian name (sample54t); VK alone keeps its letters": [
        ("Facebook Twitter VKontakte Telegram", "фейсбук твиттер вконтакте телеграм"),
        ("VK", "ви кей"),
    ],
    "two words a scraped page ran together part where the dictionary knows both; camel-case names stay whole": [
        ("14 наурызКөрісу күні.", "он төртінші наурыз Көрісу күні."),
        ("Шара жиналысқа қатыстыБөлісу", "Шара жиналысқа қатысты Бөлісу"),
        ("Мақала ТарихыӨңдеу", "Мақала Тарихы Өңдеу"),
        ("«ЖасОтау» иелері, НұрОтан.", "«ЖасОтау» иелері, НұрОтан."),
        ("ҚазМұнайГаз компаниясы", "ҚазМұнайГаз компаниясы"),
        (
            "«ЖасОтау» иелері, ҚазМұнайГаз, НұрОтан.",
            "«ЖасОтау» иелері, ҚазМұнайГаз, НұрОтан.",
        ),  # no menu: no run of four
        ("«ҚазГазӨңдеуЗауыты» ЖШС", "«ҚазГазӨңдеуЗауыты» жауапкершілігі шектеулі серіктестігі"),  # a name of four parts
    ],
    "a site's menu copied with its spaces lost parts at every capital, Russian labels too (scholar68)": [
        (
            "КАТЕГОРИИ: АвтомобилиАстрономияБиологияГеографияДом и садДругие языкиДругое",
            "КАТЕГОРИИ: Автомобили Астрономия Биология География Дом и сад Другие языки Другое",
        ),
    ],
    "a word run onto a word in capitals parts when the dictionary knows both; initialisms and suffixes stay on": [
        ("Облыс әкімдігіҚАУЛЫ ЕТЕДІ:", "Облыс әкімдігі қаулы етеді:"),
        ("Министрлік бұйрығыБҰЙЫРАМЫН:", "Министрлік бұйрығы бұйырамын:"),
        ("ҚазССР тарихы", "Қазақ Кеңестік Социалистік Республикасы тарихы"),  # the table's Russian-spelled ҚазКСР
        ("Аудан әкімдігіНІҢ шешімі", "Аудан әкімдігіНІҢ шешімі"),
    ],
    "a heading in capitals run onto the text's first word parts when the dictionary knows both (ww249)": [
        ("БІР УЫС ТОПЫРАҚЖеңістің 70 жылдығына орай", "бір уыс топырақ Жеңістің жетпіс жылдығына орай"),
        ("АЛТЫН КҮЗАқтөбе қаласында өтті", "алтын күз Ақтөбе қаласында өтті"),
        # not a heading: an initialism typed onto the word it names is read apart as an initialism (fails531)
        ("КСРОМемлекеттік жоспары", "Кеңестік Социалистік Республикалар Одағы Мемлекеттік жоспары"),
        ("ҚАЗАҚСТАННың тарихы", "қазақстанның тарихы"),  # a suffix typed with a capital is no word
    ],
    "a web address with a number run onto it ends at its domain; digits inside an address's name stay its own": [
        ("Ақпарат site.kz20 шілде күні жарияланды.", "Ақпарат сайт нүкте кей зет жиырмасыншы шілде күні жарияланды."),
        ("Дереккөз: Zakon.kz10:45", "Дереккөз: закон нүкте кей зет он қырық бес"),
        ("news.ru24.pro сайты", "ньюс нүкте ру жиырма төрт нүкте про сайты"),
    ],
    "a web address with a word run onto its domain ends at the domain; a case ending glued on stays the address's": [
        ("Анықтаманы egov.kzпорталы алуға болады.", "Анықтаманы игов нүкте кей зет порталы алуға болады."),
        ("Ақпарат Zakon.kzсайтында жарияланды.", "Ақпарат закон нүкте кей зет сайтында жарияланды."),
        ("Ақпарат Zakon.kzтың сайтында", "Ақпарат закон нүкте кей зеттің сайтында"),
        ("Ақпарат Zakon.kz-тің сайтында", "Ақпарат закон нүкте кей зеттің сайтында"),
        ("Ақпарат Zakon.KZтың сайтында", "Ақпарат закон нүкте кей зеттің сайтында"),  # an ending in capitals
    ],
    "a domain ending written as a capitalised word is the word a contents line's numeral was glued to (biblio70)": [
        ("I.Қазақ лексикографиясының кезеңдері 5", "бірінші Қазақ лексикографиясының кезеңдері бес"),
        ("II.Қазақ тарихы", "екінші Қазақ тарихы"),
    ],
    "a Kazakh word with a web address run onto its end parts from it; a look-alike before one stays (energy65)": [
        (
            "todayinfo.kz ақпараттық порталыtodayinfo.kz ақпараттық порталы",
            "тудейинфо нүкте кей зет ақпараттық порталы тудейинфо нүкте кей зет ақпараттық порталы",
        ),
        ("Сайтzakon.kz жаңалықтары", "Сайт закон нүкте кей зет жаңалықтары"),
        ("еgov.kz порталы", "игов нүкте кей зет порталы"),  # its е a Cyrillic look-alike: one address
    ],
    "an infobox's hyphened label run onto an address with its scheme parts from it (sport30)": [
        (
            "Веб-сайтhttp://www.worldtaekwondo.org/",
            "Веб-сайт дабл-ю дабл-ю дабл-ю нүкте уорлдтаэквондо нүкте орг",
        ),
        ("Сайтhttps://zakon.kz/ жаңалықтары", "Сайт закон нүкте кей зет жаңалықтары"),
        ("Веб-сайттың мекенжайы жоқ", "Веб-сайттың мекенжайы жоқ"),  # no address after it: untouched
    ],
    "a web address broken by a space after its dot is read as one address; a sentence after a full stop is not": [
        ("Көрнекі фото: zhaikpress. kz", "Көрнекі фото: жайықпресс нүкте кей зет"),
        ("Сайт: Tengrinews. kz-те жарияланды.", "Сайт: тенгриньюс нүкте кей зетте жарияланды."),
        ("– деп хабарлайды Polisia. kz.", "– деп хабарлайды полиция нүкте кей зет."),  # NS56-A005: the sentence's stop
        ("Газет: www. akjolgazet.kz", "Газет: дабл-ю дабл-ю дабл-ю нүкте акджолгазет нүкте кей зет"),
    ],
    "a camera's name for a photo, its date and time, is page furniture and said as nothing (unseen33f)": [
        ("Адам шығыны жоқ.IMG_20160103_125022", "Адам шығыны жоқ."),
        ("Сурет: VID_20230101_101010.mp4", "Сурет:"),
        ("IMG_1234.JPG файлы", "ай эм джи астыңғы сызық бір екі үш төрт нүкте джей пи джи файлы"),  # no date: a file
    ],
    "an English counter's label run onto a Kazakh word parts from it": [
        ("Дереккөз 125 ViewsАудан әкімі келді.", "Дереккөз жүз жиырма бес вьюз Аудан әкімі келді."),
    ],
    "a word set in spaced letters is one word again when its letters spell one; an alphabet's letters stay apart": [
        ("М а з м ұ н ы", "Мазмұны"),
        ("С Ә Л Е М, достар!", "сәлем, достар!"),
        ("Әліпби: Ә Б В Г", "Әліпби: Ә Б В Г"),
    ],
    "spaced letters that spell words one after another are those words, a capital among them opening one (astro64)": [
        ("келсе, К ү н т ұ т ы л у ы мүмкін.", "келсе, Күн тұтылуы мүмкін."),
        ("фаза т о л ғ а н А й делінеді.", "фаза толған Ай делінеді."),
        ("Әліпби: Ә Б В Г Д", "Әліпби: Ә Б В Г Д"),  # spelling no words: left
    ],
    "a first letter parted by a stray space joins its word; a letter before a word of its own stays (biz55)": [
        ("«сенім-банк» АҚ д иректорлар кеңесімен", "«сенім-банк» акционерлік қоғамы директорлар кеңесімен"),
        ("х және у айнымалылары", "икс және игрек айнымалылары"),  # not joined; the variables read (maths25)
        ("Шаһар к ала бақшасы", "Шаһар к ала бақшасы"),
    ],
    "a document site's page counter run onto a title is the page and the count it is one of (biz55)": [
        ("ШЕКТІ МЕРЗІМДЕРбет3/5", "шекті мерзімдер бет үш, бестен"),
        ("қарыз алушыны ауыстырубет30/33", "қарыз алушыны ауыстыру бет отыз, отыз үштен"),
        ("Құжаттың бет11/11", "Құжаттың бет он бір, он бірден"),
    ],
    "a word broken across a line, or by a soft hyphen, is one word again; a dash before a word stays": [
        ("Көк шал- ғынға бөленген дала.", "Көк шалғынға бөленген дала."),
        ("академик Ғ. Са- парғалиев көрінеді.", "академик Ғ. Сапарғалиев көрінеді."),
        ("Мұны біл¬месе де болады.", "Мұны білмесе де болады."),
        ("Мұны біл\u00adмесе де болады.", "Мұны білмесе де болады."),
        ("Онда: «выдано разрешение под его ответ¬ственность»", "Онда: «выдано разрешение под его ответственность»"),
        ("Модель- таза ақпарат.", "Модель- таза ақпарат."),
        ("су алып, Күн-\nнің астына қойды.", "су алып, Күннің астына қойды."),  # maths60: the break kept
        ("ата-\nана келді.", "ата-\nана келді."),
    ],
    "a word a preview's ellipsis cut is one word again where the dictionary knows it; two words keep the mark": [
        ("облыстың әлеуме…ттік-экономикалық дамуы", "облыстың әлеуметтік-экономикалық дамуы"),
        ("Бар…жоқ деді.", "Бар…жоқ деді."),
        ("Ойлан…ойлан.", "Ойлан…ойлан."),
    ],
    "a Latin word after a hyphen and a space ends no Cyrillic word before it; a Latin Kazakh one still joins": [
        ("Хаббл жібер- special-edu.kz.", "Хаббл жібер- спешл эду нүкте кей зет."),
        ("Bіlіm- dі alýǵa qazaqstandyq stýdentter barady.", "Білімді алуға қазақстандық студенттер барады."),
    ],
    "markup left in a page's text is not said: a picture's element with all it holds, a tag alone": [
        (
            '<image>data:image/s3,"s3://crabby-images/f8ebf/f8ebffcd43ce163657ea43afc0b1b7b96ee36646" alt=""'
            "</image> Концерт өтті.",
            "Концерт өтті.",
        ),
        ("Жер аумағы – 63,7 мың км<sup>2</sup>.", "Жер аумағы – алпыс үш бүтін оннан жеті мың шаршы шақырым."),
        ("Бірінші<br>екінші", "Бірінші екінші"),
        ("5 <10 болса", "бес оннан кем болса"),  # no tag: a sign of comparison (units23)
    ],
    "a converter's mark of a picture's place is not said; a word in brackets is": [
        ("|[pic] |Айымхан Сәлемқызы Ташетова, |", "Айымхан Сәлемқызы Ташетова,"),
        ("сурет [pic] мен мәтін", "сурет мен мәтін"),
        ("[pick] сөзі", "[пик] сөзі"),
    ],
    "an address ending in any country's or generic domain the world press uses is read as an address": [
        ("Дереккөз: standard.co.uk", "Дереккөз: стэндард нүкте ко нүкте ук"),
        ("who.int деректері", "ухо нүкте инт деректері"),
        ("spiegel.de-ге сілтеме", "спигел нүкте деге сілтеме"),
    ],
    "АА after an agency's name is ақпарат агенттігі, its case suffix on the possessive": [
        ("деп жазады “ZhambylNews” АА.", "деп жазады “жамбыл ньюс” ақпарат агенттігі."),
        ("АА-ның хабарлауынша", "ақпарат агенттігінің хабарлауынша"),
    ],
    "a short address part the tables do not know and no word could be is read by its letters": [
        ("www.enpf.kz", "дабл-ю дабл-ю дабл-ю нүкте и эн пи эф нүкте кей зет"),
        ("BNews.kz", "би ньюс нүкте кей зет"),
        ("7kun.kz", "жеті күн нүкте кей зет"),
        ("zakon.kz", "закон нүкте кей зет"),
    ],
    "a site's name with an initialism glued on, four consonants after its last vowel: the name, then the letters "
    "(dense53r)": [
        ("деп хабарлады kaztrk.kz.", "деп хабарлады каз ти ар кей нүкте кей зет."),
        ("kazntv.kz", "каз эн ти ви нүкте кей зет"),
        # endings Russian closes a word with stay the word
        ("irkutsk.ru", "иркутск нүкте ру"),
        ("ministr.kz", "министр нүкте кей зет"),
        ("punkt.kz", "пункт нүкте кей зет"),
    ],
    "an address part the English dictionary knows is said as its word, however its reading ends": [
        ("Ақпарат kids.enpf.kz сайтында.", "Ақпарат кидс нүкте и эн пи эф нүкте кей зет сайтында."),
        ("jobs.kz сайтында", "джобс нүкте кей зет сайтында"),
        ("www.kids.kz", "дабл-ю дабл-ю дабл-ю нүкте кидс нүкте кей зет"),
    ],
    "the 1st and 2nd persons' possessives written on a Latin word, with a case after them": [
        ("Ел болам десең, Instagram-ыңды түзе!", "Ел болам десең, инстаграмыңды түзе!"),
        ("Жаңалықтар Telegram-ымызда жарияланады.", "Жаңалықтар телеграмымызда жарияланады."),
        ("Сұрақтарды Telegram-ыңызға жіберіңіз.", "Сұрақтарды телеграмыңызға жіберіңіз."),
    ],
    "a foreign word whose last vowel is у keeps the front or back vowels its author wrote": [
        ("Әсіресе, Facebook-те жиі талқыланады.", "Әсіресе, фейсбукте жиі талқыланады."),
        ("Facebook-тегі парақшасында жазды.", "фейсбуктегі парақшасында жазды."),
        ("Бейне YouTube-та жарияланды.", "Бейне ютубта жарияланды."),
        ("Кездесу Zoom-да өтті.", "Кездесу зумда өтті."),
    ],
    "a Cyrillic hashtag's words run together with capitals are said apart, without the sign": [
        ("#ҚазақстанБірге хэштегімен бөлісті.", "Қазақстан Бірге хэштегімен бөлісті."),
        ("#ЖасаКазақстан #БірлігіміздеБіз", "Жаса Казақстан Бірлігімізде Біз"),
        ("#Наурызкөже хэштегімен", "Наурызкөже хэштегімен"),  # one word: nothing to part
        ("#ҚазҰУ түлектері", "Қазақ ұлттық университеті түлектері"),  # a capital before a capital: an initialism's
        ("#ЕлБірлігі акциясы", "Ел Бірлігі акциясы"),  # a two-letter word opening the tag
        ("#МыВместе", "Мы Вместе"),
    ],
    "a lone capital between a tag's words is a one-letter Russian word, not the letter's name": [
        ("#СилаВЕдинстве хэштегімен", "Сила в Единстве хэштегімен"),
        ("#МирИДружба", "Мир и Дружба"),
        ("#КүшімізБірлікте", "Күшіміз Бірлікте"),  # no lone capital: the words only
    ],
    "an account name written without its @, Latin words joined by underscores, is read as with the @": [
        (
            "Видео astana_sergek парақшасында жарияланған.",
            "Видео астана астыңғы сызық сергек парақшасында жарияланған.",
        ),
        ("kaztag_kz-тың жазуынша", "казтаг астыңғы сызық кей зеттің жазуынша"),
        ("mektep_47 аккаунты", "мектеп астыңғы сызық қырық жеті аккаунты"),
        ("KASE_BY индексі", "касе би уай индексі"),  # a ticker in capitals is no account
        # its words may be capitalised (football47): the Cyrillic name the text writes for it where there is one
        (
            "деп хабарлайды Kozhakhmet_inside_official.",
            "деп хабарлайды қожахмет астыңғы сызық инсайд астыңғы сызық оффишл.",
        ),
    ],
    "an audience's age rating keeps its plus as written; elsewhere a plus after a number is a threshold": [
        (
            "Жас шектеулері белгіленеді: 21+, 18+, 16+.",
            "Жас шектеулері белгіленеді: жиырма бір плюс, он сегіз плюс, он алты плюс.",
        ),
        ("Кинотеатрда 18+ фильмдер түнде көрсетіледі.", "Кинотеатрда он сегіз плюс фильмдер түнде көрсетіледі."),
        ("«Абай» (16+) спектаклі", "«Абай» (он алты плюс) спектаклі"),
        ("Балаларға 6+, 12+ мультфильмдер ұсынылады.", "Балаларға алты плюс, он екі плюс мультфильмдер ұсынылады."),
        ("Ардагерлер (65+) марапатталды.", "Ардагерлер (алпыс бестен жоғары) марапатталды."),  # not a rating's age
        ("Көрмеге 12+ адам келді.", "Көрмеге он екіден жоғары адам келді."),  # a count, no rating in sight
        ("3+, 4+ бөлмелі пәтерлер", "үштен жоғары, төрттен жоғары бөлмелі пәтерлер"),
    ],
    "a number opening a quoted channel's name is its place, an ordinal; a bare count stays (mediatitles31)": [
        ("«31 арна» телеарнасы хабарлады.", "«отыз бірінші арна» телеарнасы хабарлады."),
        ("«7 арнаның» тілшісі", "«жетінші арнаның» тілшісі"),
        ("Тираждар «7 Арнада» өтеді.", "Тираждар «жетінші Арнада» өтеді."),  # the name capitalised
        ("«31 канал» эфирінде", "«отыз бірінші канал» эфирінде"),
        ("Елімізде 7 арна бар.", "Елімізде жеті арна бар."),
        ("«5 арнайы» бағдарлама", "«бес арнайы» бағдарлама"),
        ("«Хабар 24» арнасында", "«Хабар жиырма төрт» арнасында"),
    ],
    "the Latin name of Europe in a station's name is the loan европа (latin.tsv)": [
        ("«Europa Plus» радиосы", "«европа плюс» радиосы"),
    ],
    "a word outlets' names end in is English after any word of the name, in capitals too (mediatitles31)": [
        ("«Astana Times» бағдарламасы", "«астана таймс» бағдарламасы"),
        ("«ASTANA TIMES» ЖАҢАЛЫҚТАР БӨЛІМІ", "«астана таймс» жаңалықтар бөлімі"),
        ("Turkistan times жаңалықтары", "түркістан таймс жаңалықтары"),
    ],
    "an outlet's word before the Kazakh noun for its medium is English, however its name began (intl47)": [
        (
            "The New York Times газетінің жазуынша, алты әскери бар.",
            "зе нью йорк таймс газетінің жазуынша, алты әскери бар.",
        ),
        ("Times газеті", "таймс газеті"),
        ("Los Angeles Times басылымы", "лос энджелес таймс басылымы"),
        ("Times деді.", "тимес деді."),  # no medium named after it: the Kazakh word it spells stays
    ],
    "a radio frequency opening a line is a decimal, no section's number (mediatitles31)": [
        ("105.6 FM толқынында", "жүз бес бүтін оннан алты эф эм толқынында"),
        ("101.4 МГц жиілігінде", "жүз бір бүтін оннан төрт мегагерц жиілігінде"),
        ("2.1 Жалпы ережелер", "екі бір Жалпы ережелер"),
    ],
    "a measure opening a line with a unit in capitals is a decimal, no section's number (law57)": [
        ("Размер:\n1.33 Mб\nСкачать", "Размер:\nбір бүтін жүзден отыз үш мегабайт\nСкачать"),
        ("2.5 ГБ жад", "екі бүтін оннан бес гигабайт жад"),
        ("0.75 МВт қуат", "нөл бүтін жүзден жетпіс бес мегаватт қуат"),
        ("1.2 Мемлекеттік тіл", "бір екі Мемлекеттік тіл"),  # a heading's word that merely starts like МВт
        ("1.3 Джунгар қақпасы", "бір үш Джунгар қақпасы"),  # Дж (joule) only as a whole word
    ],
}

test_media_words_read_as_a_newsreader_says_them = reading_test(READINGS)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("ыңды", ["possessive2", "accusative"]),
        ("ымызда", ["possessive1plural", "locative"]),
        ("іңізден", ["possessive2polite", "ablative"]),
        ("ым", ["possessive1"]),
        ("сың", None),  # no possessive follows a possessive
        ("ыңлар", None),  # only a case follows a person's possessive
    ],
)
def test_personal_possessives_are_parsed_before_a_case(written: str, names: list[str] | None) -> None:
    assert parse_suffixes(written) == names


@pytest.mark.parametrize(
    ("suffix", "back"), [("та", True), ("тегі", False), ("дың", True), ("мен", False), ("м", None), ("ның", True)]
)
def test_a_written_suffixs_harmony(suffix: str, back: bool | None) -> None:
    assert written_harmony(suffix) is back


@pytest.mark.parametrize(
    ("spoken", "suffix", "result"),
    [
        ("фейсбук", "те", "фейсбукте"),  # the author's front vowels, the word's last vowel being у
        ("фейсбук", "та", "фейсбукта"),
        ("чат джи пи ти", "дың", "чат джи пи тидің"),  # a clear last vowel keeps its own harmony; и is [ij]
        ("лиг", "ны", "лигті"),
    ],
)
def test_the_authors_harmony_decides_only_after_u(spoken: str, suffix: str, result: str) -> None:
    assert attach(spoken, suffix, authors_harmony=True) == result


ENCYC49_READINGS = {
    "a name run onto the next word is parted: a given name before a surname, a patronymic before a word (encyc49)": [
        ("Ақын ЖұмекенНәжімеденов туралы", "Ақын Жұмекен Нәжімеденов туралы"),
        ("Әнші ЖүсіпбекұлыАуылға келді.", "Әнші Жүсіпбекұлы Ауылға келді."),
    ],
    "a compound name's parts without a surname's ending stay together (encyc49)": [
        ("ҚазМұнайГаз компаниясы", "ҚазМұнайГаз компаниясы"),
    ],
}


test_encyc49_glued_names_read_as_a_newsreader_says_them = reading_test(ENCYC49_READINGS)


# drug61: a leaflet terms table's Russian cell run onto the Kazakh one, a label run onto the word before its number.
DRUG61_READINGS = {
    "a capitalised Russian word run onto a capitalised Kazakh one is two words": [
        ("РастворҰнтақ", "Раствор Ұнтақ"),
        ("ПорошокҚұтыдағы жөтелді басатын", "Порошок Құтыдағы жөтелді басатын"),
    ],
    "a label run onto the word before it is apart, though its number follows it": [
        (
            "қолданылатын терминдерДата22.12.2017",
            "қолданылатын терминдер Дата екі мың он жетінші жылғы жиырма екінші желтоқсан",
        ),
    ],
    "a prefix run onto a word stays whole": [
        ("АнтиМемлекеттік әрекеттер", "АнтиМемлекеттік әрекеттер"),
    ],
    "a compound name stays whole; a Russian word a page printed twice is parted (textrepair27)": [
        ("ҚазМұнайГаз", "ҚазМұнайГаз"),
        ("РастворРаствор", "Раствор Раствор"),
    ],
}

test_drug61_readings = reading_test(DRUG61_READINGS)

TVGUIDE65_READINGS = {
    "a bare dotted time after the day a programme recurs on is a clock's (tvguide65)": [
        (
            "«Хабар» арнасынан әр сейсенбі сайын 22.30 шығатын хабар",
            "«Хабар» арнасынан әр сейсенбі сайын жиырма екі отыз шығатын хабар",
        ),
        ("Жұма күні 19.30 көрсетіледі.", "Жұма күні он тоғыз отыз көрсетіледі."),
        ("күн сайын кешкі 21.00 эфирге шығады", "күн сайын кешкі жиырма бір нөл нөл эфирге шығады"),
        # minutes a month's number may be, a measure after it, or no day before it: the other rules read them
        ("сенбі 10.05 күні", "сенбі оныншы мамыр күні"),
        ("сейсенбі күні 2.50 пайызға өсті", "сейсенбі күні екі бүтін жүзден елу пайызға өсті"),
        ("Бағасы 22.30 болды", "Бағасы жиырма екі бүтін жүзден отыз болды"),
    ],
    "a camel part with a foreign word's c is a word of its own, not Kazakh letters (tvguide65)": [
        ("QazVac вакцинасы", "қаз вак вакцинасы"),
        ("QazCovid вакцинасы", "қаз ковид вакцинасы"),
        # a Kazakh Latin name of one word stays one word
        ("QazTehna компаниясы", "қазтехна компаниясы"),
        # two words typed as one, the second in the possessive, are a noun phrase: said as two words (jobs70)
        ("«JibekJoly» арнасы", "«жібек жолы» арнасы"),
        ("KitapAlemi дүкені", "кітап әлемі дүкені"),
    ],
}

test_tvguide65_readings = reading_test(TVGUIDE65_READINGS)

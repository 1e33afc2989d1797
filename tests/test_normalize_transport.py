"""Transport news (transport8, transport11, aviation13, models21, codes29, taxi46, transit50): examples of our own, on
words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a car number plate: number and region as written, a zero-led group digit by digit, letters by name (codes29)": [
        ("777 AAA 01 нөмірлі көлік", "жеті жүз жетпіс жеті эй эй эй нөл бір нөмірлі көлік"),
        ("KZ 015 BRA 01 нөмірлі", "кей зет нөл бір бес би ар эй нөл бір нөмірлі"),
        ("123ABC02 көлігі", "жүз жиырма үш эй би си нөл екі көлігі"),
        ("015 BRA 17-ге тіркелген", "нөл бір бес би ар эй он жетіге тіркелген"),
        ("2024 жылы 123 адам", "екі мың жиырма төртінші жылы жүз жиырма үш адам"),
        ("100 USD 20", "жүз доллар жиырма"),
    ],
    "a Cyrillic capital and small letter glued to a flight's number are spelled (codes29)": [
        ("Кс7053 рейсі кешікті", "ка эс жеті мың елу үш рейсі кешікті"),
    ],
    "an airline's name and its address in lower case": [
        (
            "FlyArystan билеті flyarystan.com сайтында сатылады.",
            "флай арыстан билеті флай арыстан нүкте ком сайтында сатылады.",
        ),
    ],
    "after a quoted name an initialism is the legal form typed for, possessed; elsewhere the table's reading": [
        ("«ҚазАвтоЖол» ҰҚ басшысы сөйледі.", "«қазавтожол» ұлттық компаниясының басшысы сөйледі."),
        ("«Самұрық» ҰҚ-ның басшысы келді.", "«Самұрық» ұлттық компаниясының басшысы келді."),
        ("ҰҚ-дан 2 трлн теңге алынды.", "Ұлттық қордан екі триллион теңге алынды."),
    ],
    "Latin letters that could be a Roman numeral are an airline's code before a flight number": [
        ("DV 741 Ақтауға ұшады.", "ди ви жеті жүз қырық бір Ақтауға ұшады."),
        ("MD 80 ұшағы", "эм ди сексен ұшағы"),
        ("XXI ғасыр", "жиырма бірінші ғасыр"),
        ("Петр I 1700 жылы", "Петр бірінші мың жеті жүзінші жылы"),
        ("Людовик XIV 1643 жылы", "Людовик он төртінші мың алты жүз қырық үшінші жылы"),
    ],
    "a capital and a small letter glued to three or four digits are a flight code, spelled": [
        ("Lo196 Астана-Варшава", "эл о жүз тоқсан алты Астана-Варшава"),
        ("Ab1234 рейсі", "эй би мың екі жүз отыз төрт рейсі"),
        ("Go4 ойыны", "гоу төрт ойыны"),
        ("Xbox360 приставкасы", "эксбокс үш жүз алпыс приставкасы"),
    ],
    "the ai that opens an English word is эй, as Russian writes Air; inside a word it stays э": [
        ("Turkish Airlines ұшағы", "теркиш эйрлайнс ұшағы"),
        ("Qatar Airways рейсі", "катар эйруэйз рейсі"),
        ("airport сөзі", "эйрпорт сөзі"),
        ("Tony Blair келді", "тони блер келді"),
    ],
    "airlines the English dictionary mispronounces are read from the table": [
        ("Lufthansa ұшағы", "люфтганза ұшағы"),
        ("Lufthansa-ның рейсі", "люфтганзаның рейсі"),
        ("Aeroflot пен Flydubai", "аэрофлот пен флайдубай"),
        ("Etihad әуе компаниясы", "этихад әуе компаниясы"),
    ],
    "a model's code after its maker's name: Russian letter names, a CVC syllable as a word, the number a cardinal": [
        ("BMW X4 көлігі соғылды.", "бэ эм вэ икс төрт көлігі соғылды."),
        ("Audi A5 көлігі", "ауди а бес көлігі"),
        ("Kia K5 көлігі", "киа ка бес көлігі"),
        ("Samsung Galaxy S24 смартфоны", "самсунг гэлакси эс жиырма төрт смартфоны"),
        ("Toyota RAV4 көлігі", "тойота рав төрт көлігі"),
        ("Airbus A321LR ұшағы", "эйрбас а үш жүз жиырма бір эл эр ұшағы"),
        ("Mercedes-Benz G55 көлігі", "мерседес бенц гэ елу бес көлігі"),
    ],
    "a model code's case suffix goes onto its last word": [
        ("BMW X5-ке соғылды.", "бэ эм вэ икс беске соғылды."),
        ("Kia K5-тің бағасы", "киа ка бестің бағасы"),
        ("Toyota RAV4-ке", "тойота рав төртке"),
    ],
    "capitals before a number after a maker are its code, not a Roman numeral; elsewhere they stay an initialism": [
        ("Lexus LX 570 көлігі", "лексус эл икс бес жүз жетпіс көлігі"),
        ("Lexus LX 570-ті", "лексус эл икс бес жүз жетпісті"),
        ("Ол GL 300 бағдарламасы", "Ол джи эл үш жүз бағдарламасы"),
    ],
    "a maker in Cyrillic capitals is said as a word before its model's number": [
        ("ВАЗ-2199 көлігі", "ваз-екі мың жүз тоқсан тоғыз көлігі"),
        ("ЗИЛ-130 көлігі", "зил-жүз отыз көлігі"),
        ("ПАЗ-3205 автобусы", "паз-үш мың екі жүз бес автобусы"),
        ("газ 5 есе қымбаттады", "газ бес есе қымбаттады"),
    ],
    "car models and news sites the English rules would say otherwise are read from the table": [
        ("Hyundai Accent көлігі", "хюндай акцент көлігі"),
        ("деп хабарлайды Politico.kz.", "деп хабарлайды политико нүкте кей зет."),
    ],
    "a model's name after its maker is a foreign name, neither a Kazakh word in Latin letters nor pinyin": [
        ("Toyota Camry мен Volkswagen Sharan соқтығысты.", "тойота камри мен фольксваген шаран соқтығысты."),
        ("Көлік Volkswagen Tiguan екен.", "Көлік фольксваген тигуан екен."),
        ("Volkswagen Sharan-ға соғылды.", "фольксваген шаранға соғылды."),
    ],
    "a taxi tariff's prices: тңг is теңге, a price's empty cents go unsaid, other fractions are read (taxi46)": [
        ("Сапарлар 1500.00 тңг", "Сапарлар мың бес жүз теңге"),
        ("Күту 25,00 теңгеден басталады", "Күту жиырма бес теңгеден басталады"),
        ("қала бойынша - 0.00 тңг/км;", "қала бойынша - нөл теңге шақырымына;"),
        ("бағасы 41,60 теңге", "бағасы қырық бір бүтін жүзден алпыс теңге"),
        ("өсім 3,00%", "өсім үш бүтін жүзден нөл пайыз"),
    ],
    "a unit's full stop with the next word typed onto it is a missing space; a dotted abbreviation stays (taxi46)": [
        ("жол 45 мин.және 2 км кіреді", "жол қырық бес минут және екі шақырым кіреді"),
        ("ұзындығы 5 км.жол салынды", "ұзындығы бес шақырым жол салынды"),
        ("3 м.ғ.д. қатысты", "үш медицина ғылымдарының докторы қатысты"),
    ],
    "an initialism the table lacks stands for the name the page spelled out before it, its case cut (transit50)": [
        (
            "Азаматтық авиация комитетінің төрағасы айтты. Бұл туралы ААК төрағасы хабарлады.",
            "Азаматтық авиация комитетінің төрағасы айтты. Бұл туралы Азаматтық авиация комитеті төрағасы хабарлады.",
        ),
        (
            "Көлік және логистика орталығында жиын өтті. КЛО-ның өкілі сөйледі.",
            "Көлік және логистика орталығында жиын өтті. Көлік және логистика орталығының өкілі сөйледі.",
        ),
        # no name before it: spelled, as an unknown initialism is
        ("Бұл туралы ААК төрағасы хабарлады.", "Бұл туралы а а ка төрағасы хабарлады."),
        # a name broken by a comma is no name; two letters are the initials of too many pairs of words
        ("Ауыл, арал, көл бар. ААК шешті.", "Ауыл, арал, көл бар. а а ка шешті."),
        ("Жаңа Жол басталды. ЖЖ ұсынды.", "Жаңа Жол басталды. жэ жэ ұсынды."),
        # introduced in brackets after its name, then or earlier on the page: its letters, as the page taught them
        ("Мобильді азаматтар базасы (МАБ) ашылды.", "Мобильді азаматтар базасы (маб) ашылды."),
        (
            "Әкімдік алқа кеңесі (ӘАК) жиналды. Кейін ӘАК шешті.",
            "Әкімдік алқа кеңесі (ә а ка) жиналды. Кейін ә а ка шешті.",
        ),
        # an initialism the table holds keeps the table's reading
        ("Астана Құрама Штаттары. АҚШ сөзі.", "Астана Құрама Штаттары. Америка Құрама Штаттары сөзі."),
    ],
    "a Cyrillic .кз typed apart from a site's name is the domain; after a small word it is left (transit50)": [
        ("фото: Бақ кз", "фото: Бақ кей зет"),
        ("Дереккөз: Тұран кз.", "Дереккөз: Тұран кей зет."),
        ("бұл кз емес", "бұл кз емес"),
    ],
    "a country's name before an airline's word is its Russian name, not the English sound (aviation65)": [
        ("Turkmenistan Airlines компаниясы рейсті шегерді.", "туркменистан эйрлайнс компаниясы рейсті шегерді."),
        ("Malaysia Airlines ұшағы апатқа ұшырады.", "малайзия эйрлайнс ұшағы апатқа ұшырады."),
        ("Kazakhstan Temir Zholy компаниясы", "казахстан темір жолы компаниясы"),
    ],
    "an airline and an aircraft maker the letter rules misread, from latin.tsv (aviation65)": [
        ("EL AL компаниясы Мәскеуге ұшпайды.", "эль аль компаниясы Мәскеуге ұшпайды."),
        ("AZAL әуе компаниясы Embraer 190 ұшағы", "азал әуе компаниясы эмбраер жүз тоқсан ұшағы"),
        ("Компания Embraer-ге тапсырыс берді.", "Компания эмбраерге тапсырыс берді."),
        ("EL компаниясы", "и эл компаниясы"),
    ],
    "a breadcrumb trail's parts are each read in their own language; район clipped with its vowel (aviation65)": [
        (
            "Усть-Каменогорск и ВКО / Зайсан (Зайсанский р-он) / Зайсанның әуежайы қашан жаңартылады?",
            "Усть-Каменогорск и вэ ка о, Зайсан (Зайсанский район) Зайсанның әуежайы қашан жаңартылады?",
        ),
        ("Жители Зайсанского р-она пожаловались на дороги.", "Жители Зайсанского района пожаловались на дороги."),
        ("Астана / Алматы бағытындағы 5 рейс кешікті.", "Астана, Алматы бағытындағы бес рейс кешікті."),
        (
            "Өнім сатыла бастады / Коллаж: kursiv.media; бильд-редактор: Ахтам Зиперов",
            "Өнім сатыла бастады, Коллаж: курсив нүкте медиа; бильд-редактор: Ахтам Зиперов",
        ),
    ],
}


test_reading = reading_test(READINGS)

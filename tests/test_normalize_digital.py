"""Startups and the digital economy (startup10): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an ordinal marker after a dash typed for the hyphen is an ordinal; a spaced dash stays a dash": [
        ("2023 жылдың 3–ші тоқсанында өсті.", "екі мың жиырма үшінші жылдың үшінші тоқсанында өсті."),
        ("Ол 5—інші орында.", "Ол бесінші орында."),
        ("Баға 2–3 есе өсті.", "Баға екі – үш есе өсті."),
    ],
    "an address part joining letters and digits is read run by run, a lone letter by its name": [
        ("Сайт: shop4u.kz", "Сайт: шоп төрт ю нүкте кей зет"),
        ("Фото: news24x.kz", "Фото: ньюс жиырма төрт экс нүкте кей зет"),
    ],
    "a number in an address is dictated as typed: its leading zeros are said": [
        (
            "Есеп: site.kz/uploads/2021/03/05.pdf",
            "Есеп: сайт нүкте кей зет слэш аплоудс слэш екі мың жиырма бір слэш нөл үш слэш нөл бес нүкте пи ди эф",
        ),
        ("Сайт: agent007.kz", "Сайт: агент нөл нөл жеті нүкте кей зет"),
    ],
    "a machine-made key in a link, both cases and digits turning, is spelled letter by letter and digit by digit": [
        ("Тіркелу: https://forms.gle/Ab3dEf9Gh", "Тіркелу: формс нүкте гле слэш эй би үш ди и эф тоғыз джи эйч"),
        ("Сілтеме: https://t.me/xK7pQ2mZ", "Сілтеме: ти нүкте ме слэш экс кей жеті пи кью екі эм зет"),
        ("Сайт: https://iPhone15Pro.com", "Сайт: айфон он бес про нүкте ком"),
    ],
    "a name of the Latin table typed as two words is that name": [
        ("Бізге Whats App арқылы жазыңыз.", "Бізге ватсап арқылы жазыңыз."),
        ("Видео You Tube-та жарияланды.", "Видео ютубта жарияланды."),
        ("Air Astana рейсі", "эйр астана рейсі"),
    ],
    "an English glide spelled io is written ио (юнион, биллион); other spellings keep their iotated vowel": [
        ("Union Station вокзалы", "юнион стейшн вокзалы"),
        ("Billion Dollar клубы", "биллион доллар клубы"),
        ("Williams командасы", "уильямс командасы"),
    ],
    "a w opening the second word of a compound after a stop or f is в": [
        ("Software компаниясы", "софтвер компаниясы"),
        ("Hardware бөлімі", "хардвер бөлімі"),
    ],
    "the unstressed prefix to- of an English word is ту": [
        ("Together бағдарламасы", "тугезер бағдарламасы"),
        ("Tomorrow School мектебі", "туморроу скул мектебі"),
    ],
    "a final ss after a stressed vowel is сс, after a reduced one с": [
        ("Press релизі", "пресс релизі"),
        ("Business Insider басылымы", "бизнес инсайдер басылымы"),
    ],
    "payment and e-government names as the media say them; АКТ is information and communication technology": [
        ("MasterCard картасы", "мастеркард картасы"),
        ("EGOV порталы", "игов порталы"),
        ("Kcell Mobile қосымшасы", "кселл мобайл қосымшасы"),
        ("АКТ саласы дамып келеді.", "ақпараттық-коммуникациялық технологиялар саласы дамып келеді."),
    ],
    "a machine's timestamp is its date and time, the offset from UTC and the time before it in hours and minutes": [
        (
            "2013-05-28T19:44:48+04:00",
            "екі мың он үшінші жылғы жиырма сегізінші мамыр он тоғыз сағат қырық төрт минут қырық сегіз секунд, плюс"
            " төрт сағат",
        ),
        ("Жаңартылды: 2024-01-05T08:30Z", "Жаңартылды: екі мың жиырма төртінші жылғы бесінші қаңтар сегіз отыз"),
        (
            "2024-01-05 08:30:00.123-03:30",
            "екі мың жиырма төртінші жылғы бесінші қаңтар сегіз сағат отыз минут, минус үш сағат отыз минут",
        ),
        # the time takes the case дейін governs (session 38), as a number before it does
        ("2024-01-05 08:30 дейін", "екі мың жиырма төртінші жылғы бесінші қаңтар сегіз отызға дейін"),
    ],
    "a file name's extension is the dot and the extension as an address reads it, apart from the name (historyart47)": [
        ("Кенесары хан.docx", "Кенесары хан нүкте докс"),
        ("реферат аңрахай шайқасы.doc.", "реферат аңрахай шайқасы нүкте док."),  # the sentence's stop after it
        ("Ережелер.pdf жүктеу", "Ережелер нүкте пи ди эф жүктеу"),
        ("қосымша.XLSX", "қосымша нүкте экс эл эс экс"),
        ("Фото: Zakon.kz", "Фото: закон нүкте кей зет"),  # a domain is no file name
    ],
    "a file's Latin name joined by underscores is said word by word with its underscores (court64)": [
        ("Semeynoe_1_List.docx", "семейное астыңғы сызық бір астыңғы сызық лист нүкте докс"),
        ("Файл: Lab_2.pdf", "Файл: лэб астыңғы сызық екі нүкте пи ди эф"),
        ("abai_kz", "абай астыңғы сызық кей зет"),  # no extension: the address reader's, as before
    ],
    "a camera's or messenger's photo file name is a code: letters named, digits one by one (dense53u)": [
        (
            "IMG-20230209-WA0124 Жиынға мердігерлер қатысты.",
            "ай эм джи екі нөл екі үш нөл екі нөл тоғыз дабл-ю эй нөл бір екі төрт Жиынға мердігерлер қатысты.",
        ),
        ("img_5589Aудан аумағында", "ай эм джи астыңғы сызық бес бес сегіз тоғыз Аудан аумағында"),
        ("Фото: DSC_0012.jpg", "Фото: ди эс си астыңғы сызық нөл нөл бір екі нүкте джей пи джи"),
        ("IMG жүйесі іске қосылды", "ай эм джи жүйесі іске қосылды"),  # the prefix alone is no file name
        ("IMG-1 кескіні", "ай эм джи бір кескіні"),  # nor one with under three digits
    ],
    "an editing app's or a phone's saved picture is a file name too, its prefix the app's name (sport57)": [
        (
            "InShot_20231025_180339373 Тұңғыш Президент алаңында",
            "иншот астыңғы сызық екі нөл екі үш бір нөл екі бес астыңғы сызық бір сегіз нөл үш үш тоғыз үш жеті үш"
            " Тұңғыш Президент алаңында",
        ),
        ("Screenshot_20240101 суреті", "скриншот астыңғы сызық екі нөл екі төрт нөл бір нөл бір суреті"),
        ("InShot қосымшасы", "ин шот қосымшасы"),  # the app's name alone is no file name, read as English
        ("Screenshot_5.png", "скриншот астыңғы сызық бес нүкте пи эн джи"),  # a short number before an extension
    ],
    "a site's generated hexadecimal file name is a code: letters named, digits one by one (sample54r)": [
        (
            "5d8c5c945dd04.jpg",
            "бес ди сегіз си бес си тоғыз төрт бес ди ди нөл төрт нүкте джей пи джи",  # not тоғыз жүз қырық бес
        ),
        ("Сурет: a1b2c3d4e5.png", "Сурет: эй бір би екі си үш ди төрт и бес нүкте пи эн джи"),
        ("ab12cd.pdf", "эб он екі сиди нүкте пи ди эф"),  # three turns only: no generated name, left as it was
        ("deadbeef.jpg", "деадбиф нүкте джей пи джи"),  # letters only: no code
    ],
    "a GUID naming a picture, in capitals and hyphened, is said as a generated name is (khanate71)": [
        (
            "EFD56F90-09F7-4DDA-BCC1-ECE4BC98AAAA.jpeg",
            "и эф ди бес алты эф тоғыз нөл нөл тоғыз эф жеті төрт ди ди эй би си си бір и си и төрт би си тоғыз сегіз"
            " эй эй эй эй нүкте джейпег",  # 09 is нөл тоғыз, 90 no тоқсан, no hyphen left before a word
        ),
    ],
}


test_reading = reading_test(READINGS)


HISTTEST60_READINGS = {
    "a file extension glued to its label is parted and read as an extension; a word of its own stays one": [
        ("Формат файлаdocx", "Формат файла докс"),
        ("Ол pdf форматында", "Ол пи ди эф форматында"),
    ],
    "a file name's dot in a Russian line is said in Russian, in a Kazakh one in Kazakh": [
        (
            "Скачать документ Инструкция.pdf бесплатно сейчас",
            "Скачать документ Инструкция точка пи ди эф бесплатно сейчас",
        ),
        ("Кенесары хан.pdf файлын жүктеңіз", "Кенесары хан нүкте пи ди эф файлын жүктеңіз"),
    ],
}
test_histtest60_reading = reading_test(HISTTEST60_READINGS)

CLINIC64_READINGS = {
    "an image's extension after its file name is the dot said and the letters read as an address reads them": [
        ("BMI chart.svg", "би эм ай чарт нүкте эс ви джи"),
        ("Сурет: logo.gif", "Сурет: лого нүкте гиф"),
        ("деректер data.csv файлында", "деректер дата нүкте си эс ви файлында"),
    ],
    "a word that only looks like an extension, with no file name before its dot, is no file": [
        ("Svg форматы қолдау табады", "эс ви джи форматы қолдау табады"),
    ],
}
test_clinic64_reading = reading_test(CLINIC64_READINGS)

ABSTRACT70_READINGS = {
    "a format named on its own in a list or before файл/формат is read as an extension is (abstract70)": [
        ("электронды форматтa (doc, docx) қабылданады.", "электронды форматта (док, докс) қабылданады."),
        ("docx файлы жіберіледі", "докс файлы жіберіледі"),
        ("(docx)", "(докс)"),
        ("Формат файлаdocx", "Формат файла докс"),  # the glued one as before, its space kept
        ("(түрі – zip, rar және т.б.).", "(түрі – зип, рар және тағы басқа)."),  # names said as words stay words
    ],
    "an address part spelled as an initialism with an English word after it: the letters, then the word": [
        ("https://udcsummary.info/", "ю ди си саммари нүкте инфо"),  # not удксаммари
        ("http://teacode.com/", "тикоуд нүкте ком"),  # a short English head the letter rules misread: ти, not теа
        ("www.kazinform.kz", "дабл-ю дабл-ю дабл-ю нүкте казинформ нүкте кей зет"),  # a sayable head: one name
        ("tengrinews.kz", "тенгриньюс нүкте кей зет"),
        ("msports.kz сайты", "эм спортс нүкте кей зет сайты"),  # the longest word after the letters: not эм эс портс
    ],
}
test_abstract70_reading = reading_test(ABSTRACT70_READINGS)

WEBNAMES25_READINGS = {
    "a file extension Kazakh speakers say as a word is that word, alone too; the others are said by their letters": [
        (".docx", ".докс"),
        ("Ашаршылық жылдары.docx", "Ашаршылық жылдары нүкте докс"),
        ("архив.zip файлы", "архив нүкте зип файлы"),  # not the Kazakh зіп its letters spell
        ("Шымкент қаласы.jpeg", "Шымкент қаласы нүкте джейпег"),
        ("Шымкент қаласы.jpg", "Шымкент қаласы нүкте джей пи джи"),
        ("Ережелер.pdf жүктеу", "Ережелер нүкте пи ди эф жүктеу"),
    ],
}
test_webnames25_reading = reading_test(WEBNAMES25_READINGS)

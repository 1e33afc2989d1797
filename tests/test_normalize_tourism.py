"""Tourism, travel and culture news (tourism9, tourism17, tourism47): examples of our own, on words no case file
holds."""

from tests.conftest import reading_test

READINGS = {
    "an i after a, o or e closes their syllable before one consonant and a vowel, or at the end of the word": [
        ("Kaisar Media хабарлады.", "қайсар медиа хабарлады."),
        ("Dubai қаласына ұшады.", "дубай қаласына ұшады."),
        ("Baikonyr фестивалі", "байконыр фестивалі"),
    ],
    "before two consonants the i may open a part of its own": [
        ("Elordainfo.kz сайты", "елордаинфо нүкте кей зет сайты"),
    ],
    "a plain-Latin word with back vowels tries и before і": [
        ("islam.kz сайты", "ислам нүкте кей зет сайты"),
        ("Qazaqstan Islam", "Қазақстан Ислам"),
    ],
    "capitals before a number that spell a word the dictionary knows are that word; shorter ones stay letters": [
        ("ТОП-10 тізімге енді.", "топ он тізімге енді."),
        ("ТОП-3 қатарында.", "топ үш қатарында."),
        ("ОЛ-5 бөлімі", "о эл бес бөлімі"),  # ол is a word, but two capitals are letters
    ],
    "a name ending in a long English word, its head none, says that word by its sound, the head by the letter rules": [
        ("Talgartravel.kz сайты", "талгартрэвел нүкте кей зет сайты"),
        ("Tarazinform агенттігі", "таразинформ агенттігі"),
        ("Burabaytravel компаниясы", "бурабайтрэвел компаниясы"),
        ("Altynmarket дүкені", "алтынмаркет дүкені"),
        ("Hyperscale орталығы", "хайперскейл орталығы"),  # two English words stay one English coinage
    ],
    "a month's stump that spells a word is that word away from a number (tourism47)": [
        ("Апатқа себеп болған - жел. Толқын көтерілді.", "Апатқа себеп болған - жел. Толқын көтерілді."),
        ("Түні бойы қалың қар. Жол жабылды.", "Түні бойы қалың қар. Жол жабылды."),
        ("Биік қыр. Одан әрі шөл.", "Биік қыр. Одан әрі шөл."),
        ("Себебі - жел. Екі адам қаза тапты.", "Себебі - жел. Екі адам қаза тапты."),  # a new sentence's number
    ],
    "beside a day or a year the stump is still the month (tourism47)": [
        ("Жиын 5 жел. өтті.", "Жиын бесінші желтоқсан өтті."),
        ("жел. 2020 ж. басталды", "желтоқсан екі мың жиырмасыншы жылы басталды"),
        ("Мерзімі: Там. 4, 2023", "Мерзімі: екі мың жиырма үшінші жылғы төртінші тамыз"),  # a date (account64)
        ("1 қар.-дан бастап", "бірінші қарашадан бастап"),
    ],
    "vowelless small letters hyphened onto a name are an initialism (tourism47)": [
        ("«Тұран-тв» телеарнасы", "«Тұран-тэ вэ» телеарнасы"),
        ("Хабар-тв-ның эфирі", "Хабар-тэ вэнің эфирі"),
        ("Ақмола-км", "Ақмола-км"),  # a unit the table knows is left
        ("ақ-тв", "ақ-тв"),  # no name before the hyphen
    ],
    "a clock to the second written with points is a clock where its zero, minutes or a word say so (tourism69)": [
        (
            "WhatsApp Image 2022-12-28 at 09.59.08",
            "ватсап имидж екі мың жиырма екінші жылғы жиырма сегізінші желтоқсан эт тоғыз елу тоғыз нөл сегіз",
        ),
        ("сағат 09.59.08-де басталды", "сағат тоғыз елу тоғыз нөл сегізде басталды"),
        ("Image at 21.07.03", "имидж эт жиырма бір нөл жеті нөл үш"),
        ("Сурет 05.48.09 түсірілді", "Сурет бес қырық сегіз нөл тоғыз түсірілді"),
    ],
    "three points' parts that may be a version or a short date stay for those rules (tourism69)": [
        ("Нұсқа 10.15.30 шықты", "Нұсқа он он бес отыз шықты"),  # no zero before the hour: a version
        ("09.05.08 күні", "екі мың сегізінші жылғы тоғызыншы мамыр күні"),  # 05 is May's number: a short date
        ("07.00.02 – Отан тарихы", "нөл жеті нөл нөл нөл екі – Отан тарихы"),  # a specialty's code
    ],
    "a republican public association after a quoted name is the name's kind (tourism69)": [
        (
            "«Qazaq Geography» РҚБ басқарма төрағасы",
            "«қазақ джиографи» республикалық қоғамдық бірлестігі басқарма төрағасы",
        ),
        ("РҚБ-ға мүше болды", "республикалық қоғамдық бірлестікке мүше болды"),
        ("«Жас Сарбаз» ҚБ төрағасы", "«Жас Сарбаз» қоғамдық бірлестігінің төрағасы"),  # the body owns the post
        ("РҚАО сайтында", "Республикалық құқықтық ақпарат орталығы сайтында"),  # a longer initialism keeps its own
    ],
}


test_reading = reading_test(READINGS)

"""Artificial intelligence and computing (ai11): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "two English words written as one, one spelled as the letter rules misread (a silent e, a y between consonants):"
    " each by its sound; without one the letter rules read the coinage": [
        ("Hyperscale нысандары салынады.", "хайперскейл нысандары салынады."),
        ("Deepfake бейнелері тарады.", "дипфейк бейнелері тарады."),
        ("Lifestyle журналы", "лайфстайл журналы"),
        ("Smartnews.kz хабарлады.", "смартньюс нүкте кей зет хабарлады."),
    ],
    "a u before a doubled consonant is the vowel of but, which the letter rules misread: such a coinage's parts are"
    " said by their sound (statistics38)": [
        ("Фото: runnerclub.kz", "Фото: раннерклаб нүкте кей зет"),
        ("Summertime фестивалі", "саммертайм фестивалі"),
        ("Bullring алаңы", "буллринг алаңы"),
    ],
    "an opening u said ю (user, union) is one the letter rules misread too, so such a coinage's parts are said by"
    " their sound (history59: an archive's login form); a Kazakh or Russian name in u is still read by its letters": [
        ("Вход USERPASSWORD", "Вход юзерпасворд"),
        ("Useragent жолы", "юзерэйджент жолы"),
        ("Unibank филиалы", "унибанк филиалы"),
        ("Uralhim зауыты", "уралхим зауыты"),
        ("Сурет: www.uralinform.ru", "Сурет: дабл-ю дабл-ю дабл-ю нүкте уралинформ нүкте ру"),  # Ural is Урал
    ],
    "a Roman numeral after an English grade word is the grade's number, a cardinal; elsewhere still an ordinal": [
        ("Tier IV деңгейіндегі орталық", "тир төрт деңгейіндегі орталық"),
        ("Level III сертификаты", "левел үш сертификаты"),
        ("Петр I реформалары", "Петр бірінші реформалары"),
    ],
    "a range of years alone in brackets after a plan or a document is its term, after a person a life: ordinals": [
        ("Бағдарламасы (2025-2030) бекітілді.", "Бағдарламасы (екі мың жиырма бесінші – екі мың отызыншы) бекітілді."),
        (
            "стратегиясы (2020 – 2025) қабылданды.",
            "стратегиясы (екі мың жиырмасыншы – екі мың жиырма бесінші) қабылданды.",
        ),
        ("Абай (1845-1904) ақын", "Абай (мың сегіз жүз қырық бесінші – мың тоғыз жүз төртінші) ақын"),
        ("кестесі (1500-2000) теңге", "кестесі (мың бес жүз – екі мың) теңге"),
    ],
    "ІТ typed in Cyrillic is IT, ай ти; ағылш. is ағылшынша": [
        ("ІТ-мамандар саны өсті.", "ай ти-мамандар саны өсті."),
        ("ІТ саласы дамып келеді.", "ай ти саласы дамып келеді."),
        ("фейк (ағылш. fake – жалған)", "фейк (ағылшынша фейк – жалған)"),
    ],
    "a version after a programming language's or a framework's name is read part by part with нүкте, as after an"
    " operating system's; a whole number after it stays a cardinal": [
        ("Python 2.0 шықты.", "пайтон екі нүкте нөл шықты."),
        ("Алғашқы нұсқасы – Python 0.9.0 болды.", "Алғашқы нұсқасы – пайтон нөл нүкте тоғыз нүкте нөл болды."),
        ("PHP 8.1 қолдайды.", "пи эйч пи сегіз нүкте бір қолдайды."),
        ("Django 4.2-ге көшті.", "джанго төрт нүкте екіге көшті."),
        ("Python 3 тілін үйренеміз.", "пайтон үш тілін үйренеміз."),
    ],
    "after any Latin name, a number whose point is followed by a lone 0, or one of three parts, is a version read"
    " with нүкте (gaming40); another decimal after a name, and a number after a Kazakh word, stay decimals": [
        ("Pipeline 3.0 курсын оқыдық.", "пайплайн үш нүкте нөл курсын оқыдық."),
        ("Platform 2.0-ге жаңартылды.", "плэтформ екі нүкте нөлге жаңартылды."),
        ("Engine 5.1.2 шықты.", "энджин бес нүкте бір нүкте екі шықты."),
        ("Brent 65.5 доллар", "брент алпыс бес бүтін оннан бес доллар"),
        ("курс 3.0 болды", "курс үш бүтін оннан нөл болды"),
    ],
    "a Kazakh letter in a compound's part after a hyphen tells a Kazakh sentence, so an account name in it is read"
    " with нүкте, not the Russian точка (gaming40)": [
        ("Амир Айткулов, гейм-дизайнері, @steppe.boy", "Амир Айткулов, гейм-дизайнері, степп нүкте бой"),
        ("Олжас, инди-студиясының өкілі, @balabrola.kz", "Олжас, инди-студиясының өкілі, балаброла нүкте кей зет"),
    ],
    "programming standards and libraries from the names table; a Python library's Py is пай; a camel-case name of"
    " English words is read in English": [
        ("Unicode қолдауы енгізілді.", "юникод қолдауы енгізілді."),
        ("JSON форматы", "джейсон форматы"),
        ("RxJs кітапханасы", "ар экс джей эс кітапханасы"),
        ("PyTorch кітапханасы", "пай торч кітапханасы"),
        ("PepsiCo компаниясы", "пепсико компаниясы"),
        ("ShinyHunters атты топ", "шайни хантерс атты топ"),
        ("SmartNews хабарлады.", "смарт ньюс хабарлады."),
    ],
    "a syntax's placeholder in angle brackets is the name it stands for, a plural's (s) the plural's s (informatics60);"
    " an HTML element's tag or one the text closes stays markup, and signs between numbers stay signs": [
        ("Жазылу пішімі: WHILE <шарт> DO <оператор>;", "Жазылу пішімі: уайл шарт ду оператор;"),
        ("while <expr>: <statement(s)>", "уайл экспрешн: стейтментс"),
        ("Python тілінде <stmt> деп белгіленеді.", "пайтон тілінде стейтмент деп белгіленеді."),
        ("Тег <span>мәтін</span> қалды.", "Тег мәтін қалды."),
        ("<note>ескерту</note> деп жазылды.", "ескерту деп жазылды."),
        ("егер x<5 and y>2 болса", "егер икс кіші бес энд игрек үлкен екі болса"),
    ],
    "a two-letter keyword in capitals near a longer one (WHILE … DO, IF … THEN) is the English word; alone, its"
    " letters (informatics60)": [
        ("IF шарт THEN әрекет", "иф шарт зен әрекет"),
        ("DO деп белгіленген компания.", "ди о деп белгіленген компания."),
        ("IT FOR KIDS курсы", "ай ти фор кидс курсы"),
    ],
    "software a help page names is said as IT speech says it, not by the English letter rules (itguide65): Delphi"
    " with its suffix, InfoPath; another word in -phi keeps the rules' reading": [
        ("2.1 Delphi ортасымен танысу", "екі бір делфи ортасымен танысу"),
        ("Delphi-де жазылған бағдарлама", "делфиде жазылған бағдарлама"),
        ("InfoPath пішіндерімен жұмыс", "инфопас пішіндерімен жұмыс"),
        ("Philadelphia қаласы", "филаделфия қаласы"),
    ],
    "a line of program code (python66): its operators said (a star көбейту, two stars дәреже, a percent sign before"
    " an operand or an equals sign қалдық, a spaced hyphen or one opening an index минус), its built-in names read as"
    " words, not spelled as a product's letters, its lone letters by their school names; outside code a star, a"
    " percent sign and a spaced dash keep their readings, and letters side by side in a formula are still a product": [
        ("return n * func(n - 1)", "ретерн эн көбейту функ(эн минус бір)"),
        ("for i in range(2, int(n**0.5) + 1):", "фор и ин рейндж(екі, инт(эн дәреже нөл бүтін оннан бес) плюс бір):"),
        ("if n % i == 0:", "иф эн қалдық и тең тең нөл:"),
        ("k %= len(arr)", "ка қалдық тең лен (арр)"),
        ("return arr[-k:] + arr[:-k]", "ретерн арр[ минус ка:] плюс арр[: минус ка]"),
        ("n = int(input())", "эн тең инт (инпут())"),
        ("def triangle_area(a, b, c):", "деф трайэнгл астыңғы сызық эрия(а, бэ, цэ):"),
        ("Баға 50% - ға өсті.", "Баға елу пайызға өсті."),
        ("Алматы - Астана бағыты", "Алматы - Астана бағыты"),
        ("D = b2 - 4ac", "дэ тең бэ квадрат минус төрт а цэ"),
    ],
    "a program's name of English words joined by underscores (digit_sum, is_prime) reads its short words in English"
    " (python66); an address's short part keeps the Kazakh reading": [
        ("def digit_sum(n):", "деф диджит астыңғы сызық сам(эн):"),
        ("prime_sum)", "прайм астыңғы сызық сам)"),
        ("Сайт: sum.kz", "Сайт: сұм нүкте кей зет"),
    ],
    "Pascal the programming language by Blaise Pascal's name, Tuple as Python's type (python66)": [
        ("Pascal тілінің операторлары", "паскаль тілінің операторлары"),
        ("C) Tuple", "си) тьюпл"),
    ],
    "a slide site's file size, a full stop, two decimals and a byte multiple's Latin capital run on (units25)": [
        ("523.50K", "бес жүз жиырма үш бүтін жүзден елу килобайт"),
        ("қорытынды 5.82M Категория:", "қорытынды бес бүтін жүзден сексен екі мегабайт Категория:"),
        # an equation's kelvins and a dollar sum are no file's size
        ("T = 273.15K", "тэ тең екі жүз жетпіс үш бүтін жүзден он бес ка"),
        ("$1.25M", "бір бүтін жүзден жиырма бес доллар эм"),
    ],
}


test_reading = reading_test(READINGS)

"""Emergencies: fires, floods, earthquakes, rescues (emergency10): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a range of numbers with spaced thousands is a range, not an article numbered below another": [
        ("Деңгей 2 150-2 400 см аралығында.", "Деңгей екі мың жүз елу – екі мың төрт жүз сантиметр аралығында."),
        ("Бағасы 10 500-12 000 теңге.", "Бағасы он мың бес жүз – он екі мың теңге."),
        ("Кодекстің 43-1-бабы", "Кодекстің қырық үш бірінші бабы"),
    ],
    "the year of birth cut to ж.т. is жылы туған": [
        ("Іздеуде 2001 ж.т. жігіт бар.", "Іздеуде екі мың бірінші жылы туған жігіт бар."),
        (
            "1988 ж. т. тұрғын ауруханаға жеткізілді.",
            "мың тоғыз жүз сексен сегізінші жылы туған тұрғын ауруханаға жеткізілді.",
        ),
        ("кітаптар, журналдар ж.т.б. жиналды", "кітаптар, журналдар және тағы басқа жиналды"),
    ],
    "a compound initialism the table joins by ж, its parts written apart around және, is one body (regions30)": [
        (
            "« БҚО ТЖД ӨС және АҚЖҚ» ММ күштері келді.",
            "« Батыс Қазақстан облысы Төтенше жағдайлар департаменті өрт сөндіру және авариялық-құтқару жұмыстары "
            "қызметі» мемлекеттік мекемесі күштері келді.",
        ),
        ("ӨС және АҚЖҚ-ның қызметкерлері", "өрт сөндіру және авариялық-құтқару жұмыстары қызметінің қызметкерлері"),
        ("ЕҚ және ЫҰ елшісі", "Еуропадағы қауіпсіздік және ынтымақтастық ұйымы елшісі"),
        ("ТЖД және ӨС", "Төтенше жағдайлар департаменті және өс"),  # no compound the table holds
        ("А, Б және ҒМ", "а, бэ және ғы эм"),  # a head of one letter may close a list of letters
    ],
    "an initialism the table holds opening on a word's stump, written with the stump apart, is the one body": [
        ("Қаз ССР Ғылым академиясы", "Қазақ Кеңестік Социалистік Республикасы Ғылым академиясы"),  # unseen37e
        ("Қаз ҰУ-да оқыды", "Қазақ ұлттық университетінде оқыды"),
        ("қаз ССР", "қаз Кеңестік Социалистік Республикасы"),  # a small қаз is the word (a goose)
    ],
    "the rescue and police units' initialisms are expanded and take their case": [
        ("РЖҚЖ-ның екі тобы шықты.", "Республикалық жедел-құтқару жасағының екі тобы шықты."),
        ("Қала ІІБ-не хабарлама түсті.", "Қала Ішкі істер бөліміне хабарлама түсті."),
    ],
    "Latin capitals before a hyphen and a number that the Latin names table knows are read as it says": [
        ("BMW-7 көлігі өртенді.", "бэ эм вэ жеті көлігі өртенді."),
        ("MSK-64 шкаласы бойынша 4 балл.", "эм эс ка алпыс төрт шкаласы бойынша төрт балл."),
        ("U-19 құрамасы", "ю он тоғыз құрамасы"),
    ],
    "a car make the table knows is said as Kazakh and Russian say it": [
        ("Opel маркалы көлік өртенді.", "опель маркалы көлік өртенді."),
    ],
    "signs of a right or a trademark are not said": [
        ("© Сурет: ТЖД", "Сурет: Төтенше жағдайлар департаменті"),
        ("Kaspi® қосымшасы", "каспи қосымшасы"),
        ("Samsung™ смартфоны", "самсунг смартфоны"),
    ],
}

test_reading = reading_test(READINGS)

"""Housing, building and utility tariffs (build8, utility10): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a rate's units standing without an amount are read as after one": [
        ("Өлшем бірлігі | теңге/м3 |", "Өлшем бірлігі | теңге текше метріне |"),
        ("Тариф, тг/Гкал:", "Тариф, теңге гигакалориясына:"),
        ("Жалдау бағасы (теңге / м2) өсті.", "Жалдау бағасы (теңге шаршы метріне) өсті."),
        ("Жылдамдық шегі км/сағ белгіленді.", "Жылдамдық шегі шақырым сағатына белгіленді."),
    ],
    "a slash between letters that are not two units, after a one-letter unit or between currencies stays as written": [
        ("Жолдағы а/ж белгісі", "Жолдағы а/ж белгісі"),
        ("Көрсеткіш м/с болды.", "Көрсеткіш м/с болды."),
        ("Биржада доллар/теңге жұбы нығайды.", "Биржада доллар/теңге жұбы нығайды."),
    ],
    "ш/м after a number is square metres": [
        ("Үйдің ауданы 64 ш/м.", "Үйдің ауданы алпыс төрт шаршы метр."),
    ],
    "a number before жұлдызы names the day of a month": [
        ("Қазан айының 3 жұлдызында ашылды.", "Қазан айының үшінші жұлдызында ашылды."),
        ("Наурыздың 09 жұлдызы", "Наурыздың тоғызыншы жұлдызы"),
        ("Қонақ үй 4 жұлдызды.", "Қонақ үй төрт жұлдызды."),
    ],
    "МКК after a quoted name is a municipal enterprise, elsewhere the revenue committee": [
        ("«Өскемен жылу» МКК хабарлады.", "«Өскемен жылу» мемлекеттік коммуналдық кәсіпорын хабарлады."),
        ("МКК-ның төрағасы", "Мемлекеттік кірістер комитетінің төрағасы"),
    ],
    "the analytical sites the housing news cites are said by their Russian names": [
        ("Finprom.kz-ке сілтеме жасап", "финпром нүкте кей зетке сілтеме жасап"),
        ("energyprom.kz сайты", "энергопром нүкте кей зет сайты"),
    ],
    "a house or flat number of two parts with an ordinal ending is a code, its last part the ordinal": [
        ("Абай көшесіндегі 12/4-ші үйде", "Абай көшесіндегі он екі бөлу төртінші үйде"),
        ("15/3-інші пәтер", "он бес бөлу үшінші пәтер"),
        ("Сейфуллин көшесі, 7/1-ші үй", "Сейфуллин көшесі, жеті бөлу бірінші үй"),
        ("Ыдыстың 1/2 бөлігі", "Ыдыстың екіден бір бөлігі"),
    ],
    "a Roman numeral with an ordinal ending is a number whatever word follows": [
        ("ІІ-ші класқа жатады", "екінші класқа жатады"),
        ("IV-ші үй", "төртінші үй"),
        ("С-шы", "С-шы"),
    ],
    "the first or second half of a year after its year": [
        ("2019 жылғы 2 жартыжылдықта", "екі мың он тоғызыншы жылғы екінші жартыжылдықта"),
        ("2024 жылдың 1 жартыжылдығында", "екі мың жиырма төртінші жылдың бірінші жартыжылдығында"),
        ("2 жартыжылдық қорытындысы", "екі жартыжылдық қорытындысы"),
    ],
    "a year marked ж. before a day and a month, all dotted, is a date read day first": [
        (
            "әкімдігінің 2016ж.12.03. №15 қаулысы",
            "әкімдігінің екі мың он алтыншы жылғы он екінші наурыз он бесінші қаулысы",
        ),
        ("2015 ж. 12.03 бастап", "екі мың он бесінші жылы он екі бүтін жүзден үштен бастап"),
    ],
    "an initialism with one vowel doubled is spelled, not said as a word": [
        ("ЕЕП өкілі", "е е пэ өкілі"),
        ("ЭЭК ережесі", "э э ка ережесі"),
    ],
}


test_reading = reading_test(READINGS)

"""Housing, building and utility tariffs (build8): examples of our own, on words no case file holds."""

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
}


test_reading = reading_test(READINGS)

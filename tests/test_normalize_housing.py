"""Housing, building, utility tariffs and the housing market (build8, utility10, realestate11): examples of our
own, on words no case file holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "-лы/-лі and -лық/-дық/-тық make an adjective of how many a thing has or lasts: the number counts": [
        ("3-бөлмелі пәтер", "үш бөлмелі пәтер"),
        ("4-бөлмелі пәтерде", "төрт бөлмелі пәтерде"),
        ("3-балалы отбасы", "үш балалы отбасы"),
        ("5-жылдық жоспар", "бес жылдық жоспар"),
        ("6-айлық курс", "алты айлық курс"),
        ("2-желі іске қосылды", "екінші желі іске қосылды"),
        ("Тәуелсіздіктің 30-жылдығына орай", "Тәуелсіздіктің отыз жылдығына орай"),
        ("5-сыныптық оқулық", "бесінші сыныптық оқулық"),  # a grade ranks: the fifth grade's
    ],
    "a rate's units standing without an amount are read as after one": [
        ("Өлшем бірлігі | теңге/м3 |", "Өлшем бірлігі теңге текше метріне"),
        ("Тариф, тг/Гкал:", "Тариф, теңге гигакалориясына:"),
        ("Жалдау бағасы (теңге / м2) өсті.", "Жалдау бағасы (теңге шаршы метріне) өсті."),
        ("Жылдамдық шегі км/сағ белгіленді.", "Жылдамдық шегі шақырым сағатына белгіленді."),
    ],
    "a slash between letters that are not two units, after a one-letter unit or between currencies is a pause": [
        ("Жолдағы ә/б белгісі", "Жолдағы ә, б белгісі"),  # а/ж is a motorway's abbreviation now (infra47)
        ("Көрсеткіш м/с болды.", "Көрсеткіш м, с болды."),
        ("Биржада доллар/теңге жұбы нығайды.", "Биржада доллар, теңге жұбы нығайды."),
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
        ("«Өскемен жылу» МКК хабарлады.", "«Өскемен жылу» мемлекеттік коммуналдық кәсіпорны хабарлады."),
        ("МКК-ның төрағасы", "Мемлекеттік кірістер комитетінің төрағасы"),
    ],
    "МКҚ after a quoted name is МКК with Қ typed for К, a municipal enterprise; elsewhere the State Guard Service": [
        ('"КТЭК" МКҚ директоры мәлімдеді.', '"ка тэ ка" мемлекеттік коммуналдық кәсіпорны директоры мәлімдеді.'),
        ("МКҚ-ның офицерлері", "Мемлекеттік күзет қызметінің офицерлері"),
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
            "әкімдігінің екі мың он алтыншы жылғы он екінші наурыздағы он бесінші қаулысы",
        ),
        ("2015 ж. 12.03 бастап", "екі мың он бесінші жылғы он екінші наурыздан бастап"),  # spaced too (numdates21)
    ],
    "the housing-finance initialisms are expanded, a possessive one with its case ending": [
        (
            "Мөлшерлеме 5% (ЖТСМ 5,2%)",
            "Мөлшерлеме бес пайыз (жылдық тиімді сыйақы мөлшерлемесі бес бүтін оннан екі пайыз)",
        ),
        ("ЖТСМ-ның мөлшері", "жылдық тиімді сыйақы мөлшерлемесінің мөлшері"),
        ("қалалық ТҮКШ бөлімі", "қалалық тұрғын үй-коммуналдық шаруашылық бөлімі"),
        (  # sample55t: a city's housing inspection, a possessive expansion; ТҮКШ beside it keeps its reading
            "ТҮКШ және ТҮИ бөлімі",
            "тұрғын үй-коммуналдық шаруашылық және тұрғын үй инспекциясы бөлімі",
        ),
        ("ТҮИ-нің мамандары", "тұрғын үй инспекциясының мамандары"),
        ("ЖТҮҚ-ға жер беру", "жеке тұрғын үй құрылысына жер беру"),
    ],
    "a case suffix typed onto a number without its hyphen is read as the hyphenated one": [
        ("тек 34ді үй салған", "тек отыз төртті үй салған"),
        ("бағасы 5тен асады", "бағасы бестен асады"),
        ("100ден астам пәтер", "жүзден астам пәтер"),
        ("2020жылы салынған", "екі мың жиырмасыншы жылы салынған"),
        ("12а үй", "он екі а үй"),
    ],
    "an initialism with one vowel doubled is spelled, not said as a word": [
        ("ЕЕП өкілі", "е е пэ өкілі"),
        ("ЭЭК ережесі", "э э ка ережесі"),
    ],
}


test_reading = reading_test(READINGS)


def test_a_residential_complex_is_said_in_full_with_its_case() -> None:
    assert normalize("«Нұрлы» ТҮК-те 200 пәтер бар.") == "«Нұрлы» тұрғын үй кешенінде екі жүз пәтер бар."

"""Labour and household money (labour10): the social-payment initialisms, on examples of our own."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the state social benefit's initialism is expanded, though the dictionary knows мәж as a word": [
            (
                "Мүгедектігі бойынша МӘЖ мөлшері өсті.",
                "Мүгедектігі бойынша мемлекеттік әлеуметтік жәрдемақы мөлшері өсті.",
            ),
            ("Ол МӘЖ-ға құқылы.", "Ол мемлекеттік әлеуметтік жәрдемақыға құқылы."),
        ],
        "the payroll deductions' initialisms are expanded and re-inflected": [
            ("ӘА-ны жұмыс беруші төлейді.", "әлеуметтік аударымдарды жұмыс беруші төлейді."),
            (
                "МӘМСЖ мен МӘМСА-ның мөлшері",
                "міндетті әлеуметтік медициналық сақтандыруға жарналар мен "
                "міндетті әлеуметтік медициналық сақтандыруға аударымдардың мөлшері",
            ),
        ],
        "a dotted time with a case ending typed onto it with no hyphen, its minutes 00, is a clock's (jobs70)": [
            ("жұмыс 9.00ден басталады", "жұмыс тоғыз нөл нөлден басталады"),
            ("келесі күнгі таңғы 8.00ге дейін", "келесі күнгі таңғы сегіз нөл нөлге дейін"),
        ],
        "a postposition hyphened onto a time is said after the case it governs, which the time takes (numsign56);"
        " a word hyphened onto a dotted number is what it numbers": [
            ("Сағат 14.00-дейін", "Сағат он төрт нөл нөлге дейін"),
            ("сағат 9:30-шейін жабық", "сағат тоғыз отызға шейін жабық"),
            ("18:00-кейін", "он сегіз нөл нөлден кейін"),
            ("сағат 10-00-дейін", "сағат он нөл нөлге дейін"),
            ("7.14-тармақ", "жеті он төртінші тармақ"),
        ],
        "a part of the day before a dotted number makes it a clock's; with no such word it is a decimal (jobs70)": [
            ("таңғы 8.30ға дейін", "таңғы сегіз отызға дейін"),
            ("кешкі 7.45", "кешкі жеті қырық бес"),
            ("көрсеткіш 8.50 болды", "көрсеткіш сегіз бүтін жүзден елу болды"),
        ],
        "a job notice's rule-book point of three digits opening a line is an ordinal; mid-line a count (ads61)": [
            ("284. Лауазымдық міндеттері:", "екі жүз сексен төртінші. Лауазымдық міндеттері:"),
            ("Барлығы 150. Оның ішінде", "Барлығы жүз елу. Оның ішінде"),
            ("150. сағат", "жүз елу. сағат"),
        ],
        "a classified-ad portal in Latin letters is said by the Russian word it spells (ads61)": [
            ("krisha.kz-ке сілтеме жасап", "крыша нүкте кей зетке сілтеме жасап"),
            ("Kolesa.kz сайтында", "колёса нүкте кей зет сайтында"),
            ("krishna", "кришна"),
        ],
    }
)

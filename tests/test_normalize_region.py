"""Regional and everyday news (issue 26, region7): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "-сыз after an expansion ending in the possessive takes н": [
        ("Келісім БҰҰ-сыз жасалды.", "Келісім Біріккен Ұлттар Ұйымынсыз жасалды."),
        ("Бағасы ҚР-сыз есептелді.", "Бағасы Қазақстан Республикасынсыз есептелді."),
    ],
    "a dotted time after a capitalised сағат": [
        ("Сағат 7.45 шамасында өрт шықты.", "Сағат жеті қырық бес шамасында өрт шықты."),
    ],
    "a day before a Russian month name is an ordinal; the Kazakh word май is not a month": [
        ("15 март (сенбі) — жұмыс күні.", "он бесінші март (сенбі) — жұмыс күні."),
        ("Жиын 4 октябрьде өтеді.", "Жиын төртінші октябрьде өтеді."),
        ("Аудан 3 майлы дақыл екті.", "Аудан үш майлы дақыл екті."),
    ],
    "a numbered item glued to the quote it opens": [
        ("Жол жабылды. 1.«Шу-Қордай» 20-45 км.", "Жол жабылды. бірінші «Шу-Қордай» жиырма – қырық бес шақырым."),
    ],
    "units and a letter with its full stop are no evidence of Russian": [
        (
            "«Ивановка-Петровка-Сосновка» 12-30 км, Сосновка а. – 18 км.",
            "«Ивановка-Петровка-Сосновка» он екі – отыз шақырым, Сосновка ауылы – он сегіз шақырым.",
        ),
    ],
    "a house number after its street is read with бөлу, a fraction elsewhere stays one": [
        ("Абай даңғылы, 150/3 мекенжайында", "Абай даңғылы, жүз елу бөлу үш мекенжайында"),
        ("Сейфуллин көш. 7/1-де тұрады.", "Сейфуллин көшесі жеті бөлу бірде тұрады."),
        ("Егістің 3/4 бөлігі орылды.", "Егістің төрттен үш бөлігі орылды."),
    ],
    "a station and a border written short": [
        ("Пойыз Шу ст. маңында тоқтады.", "Пойыз Шу станциясы маңында тоқтады."),
        ("Жол Қырғызстан шек. дейін жабық.", "Жол Қырғызстан шекарасы дейін жабық."),
    ],
}


test_reading = reading_test(READINGS)

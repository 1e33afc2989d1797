"""Energy news (energy8), oil and gas (oilgas13), electricity and heating (electricity17): examples of our own,
on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a combining form standing as a part of a camel-case name is said as the Russian loans say it": [
        ("«AgroEcoTrade» ЖШС астық сатады.", "«агро эко трейд» жауапкершілігі шектеулі серіктестігі астық сатады."),
        ("BioTech зертханасы ашылды.", "био тек зертханасы ашылды."),
    ],
    "ГРЭС is said as a word, a number and a case suffix after it as written": [
        ("Ақсу ГРЭС-і жөндеуден өтті.", "Ақсу грэсі жөндеуден өтті."),
        ("Екібастұз ГРЭС-2 бойынша 2 блок салынады.", "Екібастұз грэс екі бойынша екі блок салынады."),
        ("Топар ГРЭС-ке көмір жеткізілді.", "Топар грэске көмір жеткізілді."),
    ],
    "the English plural -ies is said with з, as Russian spells it; another final s after a reduced vowel stays с": [
        ("Green Energies қоры", "грин энерджиз қоры"),
        ("Global Technologies ұсынды.", "глобал текнолоджиз ұсынды."),
        ("Americas кубогы", "америкас кубогы"),
    ],
    "dotted capitals closing a quoted company name are its legal form's letters, not a person's initials": [
        ("«Аджип Каспиан Н.В.» компаниясы", "«Аджип Каспиан эн вэ» компаниясы"),
        ('"Шелл Казахстан Девелопмент Б.В." филиалы', '"Шелл Казахстан Девелопмент бэ вэ" филиалы'),
        ("Б.В. Петров мақала жазды.", "Б. В. Петров мақала жазды."),
    ],
    "a compound unit's product dot typed as an asterisk or another dot sign is the same unit": [
        ("Панельдер 12 кВт*сағ энергия береді.", "Панельдер он екі киловатт-сағат энергия береді."),
        ("Тариф 1 кВт⋅сағат үшін өсті.", "Тариф бір киловатт-сағат үшін өсті."),
        ("Батарея 5000 мА∙сағ-қа дейін зарядталады.", "Батарея бес мың миллиампер-сағатқа дейін зарядталады."),
    ],
    "a unit of power over an hour is energy, said unit-сағат, not a rate with the hour first": [
        ("Ел жылына 119 млрд кВт/сағ тұтынады.", "Ел жылына жүз он тоғыз миллиард киловатт-сағат тұтынады."),
        ("Станция 40 МВт/сағатқа дейін береді.", "Станция қырық мегаватт-сағатқа дейін береді."),
        ("Көлік 60 км/сағ жүрді.", "Көлік сағатына алпыс шақырым жүрді."),
    ],
}


test_reading = reading_test(READINGS)


LOTTERY34_READINGS = {
    "petrol grades listed with a slash after АИ are two grades, not a fraction (lottery34)": [
        (
            "Жүргізушілер АИ — 92/93 маркалы бензин алады.",
            "Жүргізушілер аи – тоқсан екі, тоқсан үш маркалы бензин алады.",
        ),
        ("АИ-92/95 бензині қымбаттады.", "аи-тоқсан екі, тоқсан бес бензині қымбаттады."),
    ],
}


test_lottery34_mechanisms_read_their_examples = reading_test(LOTTERY34_READINGS)


ENERGY42_READINGS = {
    "a voltage class before кВ says each winding's voltage, a slash as бөлу and a hyphen as a dash (energy42)": [
        ("Қуаты 110/10-10 кВ болатын қосалқы станция", "Қуаты жүз он бөлу он – он киловольт болатын қосалқы станция"),
        ("220/110/10 кВ-қа дейін", "екі жүз жиырма бөлу жүз он бөлу он киловольтқа дейін"),
        ("0,4/10 кВ желі тартылды.", "нөл бүтін оннан төрт бөлу он киловольт желі тартылды."),
        ("35/10 kV қосалқы станциясы", "отыз бес бөлу он киловольт қосалқы станциясы"),
    ],
    "a fraction or a slash code without кВ is no voltage class": [
        ("2/3 бөлігі", "үштен екі бөлігі"),
        ("Актіні қабылдау нөмірі: 84/11", "Актіні қабылдау нөмірі: сексен төрт бөлу он бір"),
    ],
}


test_energy42_mechanisms_read_their_examples = reading_test(ENERGY42_READINGS)

"""Technology and science (tech8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an initialism in brackets after the words it stands for on the page means those words, not the table's": [
        (
            "Ғарыштық зерттеулер институты (ҒЗИ) хабарлады.",
            "Ғарыштық зерттеулер институты (Ғарыштық зерттеулер институты) хабарлады.",
        ),
        ("Ғылыми-зерттеу институты (ҒЗИ) ашылды.", "Ғылыми-зерттеу институты (ғылыми-зерттеу институты) ашылды."),
        ("Біріккен Ұлттар Ұйымының (БҰҰ) шешімі.", "Біріккен Ұлттар Ұйымының (Біріккен Ұлттар Ұйымы) шешімі."),
        ("Жаңа зертханада (ҒЗИ) жұмыс істейді.", "Жаңа зертханада (ғылыми-зерттеу институты) жұмыс істейді."),
    ],
    "wor- of an English word is уор, as Russian spells it (Уорлд), not уэр": [
        ("World Bank есебі шықты.", "уорлд банк есебі шықты."),
        ("Network саласы өсті.", "нетуорк саласы өсті."),
    ],
    "-ture, -sure ending an English word is -чер, -жер; inside a word -чур": [
        ("Future Skills бағдарламасы басталды.", "фьючер скилс бағдарламасы басталды."),
        ("Picture мен Culture сөздері.", "пикчер мен калчер сөздері."),
        ("Manufacturing бөлімі ашылды.", "мэньюфэкчуринг бөлімі ашылды."),
    ],
    "a software version's Beta is бета, as the loan is said": [
        ("Android Beta нұсқасы шықты.", "андроид бета нұсқасы шықты."),
        ("Бұл туралы WABetaInfo жазды.", "Бұл туралы дабл-ю эй бета инфо жазды."),
    ],
}


test_reading = reading_test(READINGS)

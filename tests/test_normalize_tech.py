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
}


test_reading = reading_test(READINGS)

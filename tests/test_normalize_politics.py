"""Politics and international relations (issue 26, gov7): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a slash number before the document it numbers is a code read with бөлу; a fraction elsewhere stays one": [
        ("Әкімдіктің 12/405 қаулысы күшін жойды.", "Әкімдіктің он екі бөлу төрт жүз бес қаулысы күшін жойды."),
        ("Мәслихаттың 5/31 шешімімен бекітілді.", "Мәслихаттың бес бөлу отыз бір шешімімен бекітілді."),
        ("Министрдің 7/88 бұйрығы шықты.", "Министрдің жеті бөлу сексен сегіз бұйрығы шықты."),
        ("Жердің 2/3 бөлігі жыртылды.", "Жердің үштен екі бөлігі жыртылды."),
    ],
    "a short Latin word beside a Kazakh word written in Latin is Kazakh too": [
        ("«Jas Otan» жастар қанаты жиналды.", "«жас отан» жастар қанаты жиналды."),
        ("«Nur Zhol» бағдарламасы жалғасады.", "«нұр жол» бағдарламасы жалғасады."),
    ],
}


test_reading = reading_test(READINGS)

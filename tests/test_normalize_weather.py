"""Weather and emergencies (weather9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a unit word after a slash keeps a case suffix written onto it, re-inflected": [
        ("екпіні 12-17 метр/секундке дейін жетеді", "екпіні он екі – он жеті метр секундқа дейін жетеді"),
        ("30 центнер/гектардан асты", "отыз центнер гектардан асты"),
        ("жылдамдығы 40 шақырым/сағаттан аспайды", "жылдамдығы қырық шақырым сағаттан аспайды"),
    ],
    "a rate says its case already: a postposition after it adds none": [
        ("желдің екпіні 18 м/с дейін күшейеді", "желдің екпіні он сегіз метр секундына дейін күшейеді"),
        ("жылдамдығы 9-14 м/с шейін", "жылдамдығы тоғыз – он төрт метр секундына шейін"),
    ],
    "an aircraft design bureau's prefix typed in capitals is said as its word": [
        ("АН-24 ұшағы қонды", "ан жиырма төрт ұшағы қонды"),
        ("ИЛ-76 әскери ұшағы", "ил жетпіс алты әскери ұшағы"),
        ("МИ-171 тікұшағымен", "ми жүз жетпіс бір тікұшағымен"),
    ],
    "a fire-fighting aircraft's water-dropping device": [
        ("СТҚ орнатылған ұшақ", "су төгетін құрылғы орнатылған ұшақ"),
    ],
}


test_reading = reading_test(READINGS)

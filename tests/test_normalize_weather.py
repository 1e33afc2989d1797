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
    "a range whose ends are both signed with a plus and written together keeps both signs": [
        ("күндіз +22+27°С болады", "күндіз плюс жиырма екі – плюс жиырма жеті градус болады"),
        ("+5+9°С-қа дейін жылынады", "плюс бес – плюс тоғыз градусқа дейін жылынады"),
    ],
    "a frost range signed once with a minus is below zero at both ends": [
        ("түнде -8-13°С аяз болады", "түнде минус сегіз – минус он үш градус аяз болады"),
        ("түнде -2-6 градус үсік жүреді", "түнде минус екі – минус алты градус үсік жүреді"),
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

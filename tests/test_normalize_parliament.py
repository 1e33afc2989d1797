"""Parliament and government (parliament9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "keyboard keys are said by their names, and a plus between Latin words joins keys pressed together": [
        ("Ctrl+C басыңыз", "контрол плюс си басыңыз"),
        ("Alt+F4 басыңыз", "альт плюс эф төрт басыңыз"),
        ("Shift+Enter", "шифт плюс энтер"),
        ("Esc пернесін басыңыз", "эскейп пернесін басыңыз"),
    ],
    "a plus alone or doubled after a name is read as before; a stress mark in a Cyrillic word is said as nothing": [
        ("ОПЕК+ елдері", "опек плюс елдері"),
        ("Ауа сапасы 53 AQI⁺ деңгейінде.", "Ауа сапасы елу үш эй кью ай плюс деңгейінде."),  # a superscript plus
        ("C++ тілі", "си плюс плюс тілі"),
        ("2+2=4", "екі плюс екі тең төрт"),
        ("Тоқа+ев келді", "Тоқаев келді"),  # the voice would say the sign's English name
    ],
}


test_reading = reading_test(READINGS)

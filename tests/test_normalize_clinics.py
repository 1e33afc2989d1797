"""Clinics and medical services (clinics43): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a hashtag in capitals glued from an initialism and a word is said as both, the initialism expanded": [
        ("#ӘМСҚЖАМБЫЛ", "әлеуметтік медициналық сақтандыру қоры жамбыл"),
        (
            "#МӘМСЖАМБЫЛ #ТЖМАҚТӨБЕ",
            "міндетті әлеуметтік медициналық сақтандыру жамбыл Төтенше жағдайлар министрлігі ақтөбе",
        ),
    ],
    "a hashtag in capitals that is a word, or an initialism alone, is not split": [
        ("#ҚАЗАҚСТАН", "қазақстан"),
        ("#ЖАМБЫЛ", "жамбыл"),
        ("#МӘМС", "міндетті әлеуметтік медициналық сақтандыру"),
    ],
    "words the dictionary lacks are words in a site's Latin name and in capitals": [
        ("Osken-onir.kz хабарлайды", "өскен өңір нүкте кей зет хабарлайды"),
        ("Onir.kz сайты", "өңір нүкте кей зет сайты"),
        ("ӨҢІРДЕ ЖАҢА ЕМХАНА АШЫЛДЫ", "өңірде жаңа емхана ашылды"),
        ("ЕЛОРДАДА екпе басталды", "елордада екпе басталды"),
    ],
}

test_reading = reading_test(READINGS)

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
    }
)

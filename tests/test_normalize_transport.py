"""Transport news (transport8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an airline's name and its address in lower case": [
        (
            "FlyArystan билеті flyarystan.com сайтында сатылады.",
            "флай арыстан билеті флай арыстан нүкте ком сайтында сатылады.",
        ),
    ],
    "after a quoted name an initialism is the legal form it was typed for; elsewhere the table's reading": [
        ("«ҚазАвтоЖол» ҰҚ басшысы сөйледі.", "«қазавтожол» ұлттық компания басшысы сөйледі."),
        ("«Самұрық» ҰҚ-ның басшысы келді.", "«Самұрық» ұлттық компанияның басшысы келді."),
        ("ҰҚ-дан 2 трлн теңге алынды.", "Ұлттық қордан екі триллион теңге алынды."),
    ],
}


test_reading = reading_test(READINGS)

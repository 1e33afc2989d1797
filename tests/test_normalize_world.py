"""World news (intl8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a currency code on an exchange-rate ticker is said as the currency's name": [
        ("GBP 602.15", "фунт стерлинг алты жүз екі бүтін жүзден он бес"),
        ("JPY 3.21", "иена үш бүтін жүзден жиырма бір"),
        ("KRW 0.35", "вон нөл бүтін жүзден отыз бес"),
        ("CNY 71.4", "юань жетпіс бір бүтін оннан төрт"),
    ],
    "a Kazakh word with an English one written onto it reads the longest English tail": [
        ("Qazgame сайты ашылды.", "қазгейм сайты ашылды."),
        ("Qazstation жұмыс істейді.", "қазстейшн жұмыс істейді."),
        ("Qazrate көрсеткіші жарияланды.", "қазрейт көрсеткіші жарияланды."),
    ],
}


test_reading = reading_test(READINGS)

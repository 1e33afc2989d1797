"""World news (intl8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a UN body's initialism after БҰҰ is the UN's body, not the initialism's other meaning": [
        ("БҰҰ ҚК отырысы өтті", "Біріккен Ұлттар Ұйымы Қауіпсіздік Кеңесі отырысы өтті"),  # not Қылмыстық кодекс
        ("БҰҰ БА-да сөз сөйледі", "Біріккен Ұлттар Ұйымы Бас Ассамблеясында сөз сөйледі"),
        ("БҰҰ ЕЭК-ның есебі", "Біріккен Ұлттар Ұйымы Еуропалық экономикалық комиссиясының есебі"),
        ("ЕЭК шешімі", "Еуразиялық экономикалық комиссия шешімі"),  # no UN: the Eurasian one
        ("БА деген", "бэ а деген"),  # no UN: letters
        (  # the UN named in a list of bodies: the list's ЕЭК is the Eurasian one
            "БҰҰ Бас хатшысы және ТМД, ЕЭК басшылары",
            "Біріккен Ұлттар Ұйымы Бас хатшысы және Тәуелсіз Мемлекеттер Достастығы, Еуразиялық экономикалық комиссия"
            " басшылары",
        ),
    ],
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

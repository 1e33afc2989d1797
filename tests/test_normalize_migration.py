"""Borders, customs and migration (migration10) and ethnic Kazakhs returning home (qandas11): examples of our own, on
words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "ШЖК is шетел жұмыс күші where its sentence names foreign workers, permits, quotas or employers": [
        ("Облыста ШЖК квотасы 5 мыңға жетті.", "Облыста шетел жұмыс күші квотасы бес мыңға жетті."),
        ("Компания ШЖК тартуға рұқсат алды.", "Компания шетел жұмыс күші тартуға рұқсат алды."),
        ("ШЖК-ға рұқсат беретін орган", "шетел жұмыс күшіне рұқсат беретін орган"),
    ],
    "ШЖК stays шекті жол берілетін концентрация where no such word stands near it": [
        (
            "Өзендегі мұнай өнімдері ШЖК-дан 3 есе асты.",
            "Өзендегі мұнай өнімдері шекті жол берілетін концентрациядан үш есе асты.",
        ),
        ("Ауадағы шаң ШЖК деңгейінде.", "Ауадағы шаң шекті жол берілетін концентрация деңгейінде."),
    ],
    "ЕЭО, the Eurasian Economic Union without its А, is expanded as ЕАЭО is": [
        ("ЕЭО елдеріне экспорт өсті.", "Еуразиялық экономикалық одақ елдеріне экспорт өсті."),
        ("ЕЭО-ға мүше елдер", "Еуразиялық экономикалық одаққа мүше елдер"),
    ],
    "a dash written onto a number after a slash or bracket that closes a word is a list's dash, not a minus": [
        ("Тізім: жүргізушілер/-12, күзетшілер/-8.", "Тізім: жүргізушілер– он екі, күзетшілер– сегіз."),  # no slash said
        ("(мамандар)-25 адам", "(мамандар)– жиырма бес адам"),
        ("Ауа температурасы/-5 градус", "Ауа температурасы, минус бес градус"),
    ],
    "an international word written onto a Kazakh-Latin one is said as the loan, an English one by its sound": [
        ("Qazradio-ға сұхбат берді", "қазрадиоға сұхбат берді"),
        ("Qazradio хабарлады", "қазрадио хабарлады"),
        ("Qaztrade орталығы", "қазтрейд орталығы"),
    ],
    "a radio station's address ends in .fm, its letters' names": [
        ("Qazaqstan.fm сайты", "қазақстан нүкте эф эм сайты"),
        ("Astana.fm-ге хабарласты", "астана нүкте эф эмге хабарласты"),
    ],
}

test_reading = reading_test(READINGS)

"""Police, courts and crime news (crime9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an initialism owned by a name's initialism before it takes the 3rd-person possessive": [
        ("ҚР ҚК-нің 190-бабы", "Қазақстан Республикасы Қылмыстық кодексінің жүз тоқсаныншы бабы"),
        ("ҚР ҚПК-ге сәйкес", "Қазақстан Республикасы Қылмыстық-процестік кодексіне сәйкес"),
        ("ҚР ӘҚБтК-де", "Қазақстан Республикасы Әкімшілік құқық бұзушылық туралы кодексінде"),
        ("ТМД ЖІӨ өсті", "Тәуелсіз Мемлекеттер Достастығы жалпы ішкі өнімі өсті"),
    ],
    "an initialism already possessive, or with no name before it, keeps its table's form": [
        ("ҚР ІІМ ПД хабарлады", "Қазақстан Республикасы Ішкі істер министрлігі Полиция департаменті хабарлады"),
        ("ҚК бойынша жазаланады", "Қылмыстық кодекс бойынша жазаланады"),
    ],
    "district and city police initialisms are read as their names, re-inflected": [
        ("Түлкібас АПБ-ның қызметкерлері", "Түлкібас аудандық полиция бөлімінің қызметкерлері"),
        ("Семей ҚПБ-ға жеткізілді", "Семей қалалық полиция басқармасына жеткізілді"),
    ],
}


test_reading = reading_test(READINGS)

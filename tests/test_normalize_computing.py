"""Artificial intelligence and computing (ai11): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "two English words written as one, one spelled as the letter rules misread (a silent e, a y between consonants):"
    " each by its sound; without one the letter rules read the coinage": [
        ("Hyperscale нысандары салынады.", "хайперскейл нысандары салынады."),
        ("Deepfake бейнелері тарады.", "дипфейк бейнелері тарады."),
        ("Lifestyle журналы", "лайфстайл журналы"),
        ("Smartnews.kz хабарлады.", "смартньюс нүкте кей зет хабарлады."),
    ],
    "a Roman numeral after an English grade word is the grade's number, a cardinal; elsewhere still an ordinal": [
        ("Tier IV деңгейіндегі орталық", "тир төрт деңгейіндегі орталық"),
        ("Level III сертификаты", "левел үш сертификаты"),
        ("Петр I реформалары", "Петр бірінші реформалары"),
    ],
    "a range of years alone in brackets after a plan or a document is its term, after a person a life: ordinals": [
        ("Бағдарламасы (2025-2030) бекітілді.", "Бағдарламасы (екі мың жиырма бесінші – екі мың отызыншы) бекітілді."),
        (
            "стратегиясы (2020 – 2025) қабылданды.",
            "стратегиясы (екі мың жиырмасыншы – екі мың жиырма бесінші) қабылданды.",
        ),
        ("Абай (1845-1904) ақын", "Абай (мың сегіз жүз қырық бесінші – мың тоғыз жүз төртінші) ақын"),
        ("кестесі (1500-2000) теңге", "кестесі (мың бес жүз – екі мың) теңге"),
    ],
    "ІТ typed in Cyrillic is IT, ай ти; ағылш. is ағылшынша": [
        ("ІТ-мамандар саны өсті.", "ай ти-мамандар саны өсті."),
        ("ІТ саласы дамып келеді.", "ай ти саласы дамып келеді."),
        ("фейк (ағылш. fake – жалған)", "фейк (ағылшынша фейк – жалған)"),
    ],
}


test_reading = reading_test(READINGS)

"""Particles written apart after a rewritten token (particles26): they agree with the spoken last sound."""

from tests.conftest import reading_test
from tts_edition.normalize.particles import agreeing

READINGS = {
    "да/та 'too' follows the spoken word's harmony and voicing, not the written token": [
        ("АҚШ та келісті.", "Америка Құрама Штаттары да келісті."),
        ("Ол 10 км де жүрді.", "Ол он шақырым да жүрді."),
        ("Бағасы 5% та өсті.", "Бағасы бес пайыз да өсті."),
        ("BBC те жазды.", "би би си де жазды."),
        ("Оның 5 те баласы бар.", "Оның бес те баласы бар."),
        ("Ол 2019 да болды.", "Ол екі мың он тоғыз да болды."),
    ],
    "the question particle ма/ба/па by the spoken last sound": [
        ("Ол 3 ма?", "Ол үш пе?"),
        ("ТМД ма?", "Тәуелсіз Мемлекеттер Достастығы ма?"),
        ("Бұл 10 мың ма?", "Бұл он мың ба?"),
    ],
    "ғана/қана by voicing alone; қой after a number is as often a sheep, and keeps its letter": [
        ("Тек 6 қана адам келді.", "Тек алты ғана адам келді."),
        ("Небәрі 1 ғана", "Небәрі бір ғана"),
        ("Қорада 7 қой бар.", "Қорада жеті қой бар."),
    ],
    "words as written keep the author's particle; a case ending written apart is no particle": [
        ("Мен де, сен де келдік.", "Мен де, сен де келдік."),
        ("кітап та дала", "кітап та дала"),
        ("ЖИТС тің таралуы", "жұре пайда болған иммун тапшылығы синдромының таралуы"),
        ("Тек 40 шақты ма?", "Тек қырық шақты ма?"),
        ("18:00 ге дейін", "он сегіз нөл нөлге дейін"),
    ],
}

test_particle_readings = reading_test(READINGS)


def test_agreeing_covers_every_form() -> None:
    assert agreeing("пайыз", "та") == "да"
    assert agreeing("бес", "де") == "те"
    assert agreeing("жүз", "ме") == "бе"
    assert agreeing("алты", "қана") == "ғана"
    assert agreeing("төрт", "ғана") == "қана"

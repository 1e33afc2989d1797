"""Music, theatre and the arts (arts9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a clipped word cut with a hyphen that keeps its ending is the table's clipped word": [
        (
            "Фестиваль 18-21 маусым, Астана қ-сы, өтеді.",
            "Фестиваль он сегізінші – жиырма бірінші маусым, Астана қаласы, өтеді.",
        ),
        (
            "Концерт Ақмола обл-сы, Бурабай ауд-ны мәдениет үйінде өтті.",
            "Концерт Ақмола облысы, Бурабай ауданы мәдениет үйінде өтті.",
        ),
        ("Театр Абай көш-сі бойында тұр.", "Театр Абай көшесі бойында тұр."),
    ],
    "a hyphen cut whose ending is not the clipped word's is left as written": [
        ("Сахнада т-ы және ж-ы белгілері тұрды.", "Сахнада т-ы және ж-ы белгілері тұрды."),
    ],
    "a case after the possessive's н goes onto the possessed clipped word (wikiplaces32)": [
        ("Қызылорда обл-ның театры", "Қызылорда облысының театры"),
    ],
    "capitals that open with с and a stop are a word in four letters or more, letters in three": [
        ("«Шайнус СТАР» орталығы концерт ұйымдастырды.", "«Шайнус стар» орталығы концерт ұйымдастырды."),
        ("«СПОРТ» арнасы көрсетеді.", "«спорт» арнасы көрсетеді."),
        ("СКО әкімдігі хабарлады.", "эс ка о әкімдігі хабарлады."),
    ],
}

test_reading = reading_test(READINGS)

"""History and heritage (history9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a year of study named by a bare number is an ordinal before its students or in a case": [
        ("Ол 3 курс студенті еді.", "Ол үшінші курс студенті еді."),
        ("Әзірге 2 курста оқиды.", "Әзірге екінші курста оқиды."),
        ("4 курс докторанттары келді.", "төртінші курс докторанттары келді."),
    ],
    "a bare number before курс with no student or case counts courses": [
        ("Биыл 5 курс ашылды.", "Биыл бес курс ашылды."),
    ],
    "a Roman heading keeps its reading when a space stands before its full stop, Ү typed for V too": [
        ("ІІІ . Алаш қозғалысы", "үшінші Алаш қозғалысы"),
        ("І . Кіріспе", "бірінші Кіріспе"),
        ("ІҮ . Қорытынды", "төртінші Қорытынды"),
    ],
    "years counted, not a year named: ago, more than, nearly, about, passed": [
        ("2500 жыл бұрын жерленген", "екі мың бес жүз жыл бұрын жерленген"),
        ("1000 жылдан астам тарихы бар", "мың жылдан астам тарихы бар"),
        ("2000 жылға жуық уақыт", "екі мың жылға жуық уақыт"),
        ("1500 жылдай бұрын", "мың бес жүз жылдай бұрын"),
        ("Содан 1200 жыл өтті.", "Содан мың екі жүз жыл өтті."),
    ],
    "a year named keeps its ordinal before since, from and until": [
        ("2000 жылдан бері", "екі мыңыншы жылдан бері"),
        ("2000 жылға дейін", "екі мыңыншы жылға дейін"),
    ],
}

test_reading = reading_test(READINGS)

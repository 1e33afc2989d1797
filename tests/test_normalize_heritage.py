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
}

test_reading = reading_test(READINGS)

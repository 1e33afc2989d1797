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
    # housing50: a house nearly a century old.
    "centuries counted, not a century named: nearly, ago, more than; a span reached with жуықтаған": [
        ("салынғанына 1 ғасыр жуықтаған үйлер", "салынғанына бір ғасыр жуықтаған үйлер"),
        ("5 ғасыр бұрын салынған", "бес ғасыр бұрын салынған"),
        ("2 ғасырдан астам тарихы бар", "екі ғасырдан астам тарихы бар"),
        ("3 ғасырға жуық уақыт", "үш ғасырға жуық уақыт"),
        ("салынғанына 70 жыл жуықтаған", "салынғанына жетпіс жыл жуықтаған"),
    ],
    "a century named keeps its ordinal in a case and before бойы": [
        ("19 ғасырда салынған", "он тоғызыншы ғасырда салынған"),
        ("20 ғасыр бойы", "жиырмасыншы ғасыр бойы"),
        ("18 ғасырдың басында", "он сегізінші ғасырдың басында"),
    ],
    "a year named keeps its ordinal before since, from and until": [
        ("2000 жылдан бері", "екі мыңыншы жылдан бері"),
        ("2000 жылға дейін", "екі мыңыншы жылға дейін"),
    ],
    "a dash written onto a year opens a line or a list: a year is never below zero": [
        ("–1978 жылы музей ашылды.", "– мың тоғыз жүз жетпіс сегізінші жылы музей ашылды."),
        ("–1978-1980 жылдары", "– мың тоғыз жүз жетпіс сегізінші – мың тоғыз жүз сексенінші жылдары"),
        ("Түнде -5 градус", "Түнде минус бес градус"),
    ],
    "a library class spelt ӘӨЖ, its marks spaced as a title page types them": [
        ("ӘӨЖ 060 : 9 (584 5)", "ә ө жэ нөл алпыс қос нүкте тоғыз бес жүз сексен төрт бес"),  # as MS35-0016 reads it
        ("ӘОЖ 94(574)", "ә о жэ тоқсан төрт бес жүз жетпіс төрт"),
    ],
    # archaeology40: a site's number written before its name.
    "a number hyphenated before a capitalised name is its place in the series, said before it": [
        ("2-Шілікті қорымының №1 обасынан", "екінші Шілікті қорымының бірінші обасынан"),
        ("2-Шiлiктi қорымы", "екінші Шілікті қорымы"),  # typed with the Latin i
        ("3-Интернационал көшесі", "үшінші Интернационал көшесі"),
        ("12-Желтоқсан", "он екінші желтоқсан"),  # a month is the dates' own
        ("Ту-154 ұшағы", "Ту-жүз елу төрт ұшағы"),  # a number after a name is no place before one
    ],
    "a textbook's approving council and university": [
        (
            "ҚР БҒМ РОӘК-нің",
            "Қазақстан Республикасы Білім және ғылым министрлігі Республикалық оқу-әдістемелік кеңесінің",
        ),
        ("ОҚМУ-да оқыды", "Оңтүстік Қазақстан мемлекеттік университетінде оқыды"),
    ],
}

test_reading = reading_test(READINGS)

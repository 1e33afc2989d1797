"""Personal names with initials (initials27): examples of our own, on names no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "initials stay written letters, glued ones set apart, a surname's case ending intact": [
        ("Хатты Т.Қ.Сейітова қабылдады.", "Хатты Т. Қ. Сейітова қабылдады."),
        ("Ол Н.Әбдіровпен кездесті.", "Ол Н. Әбдіровпен кездесті."),
        ("Кеңес мүшесі Б.Т. ЖАҚСЫЛЫҚОВТЫҢ сөзі", "Кеңес мүшесі Б. Т. жақсылықовтың сөзі"),
    ],
    "a case ending written onto the last initial is said on the letter's name": [
        ("Хат Серікбаев Д.Ж.-ға жолданды.", "Хат Серікбаев Д. жэге жолданды."),
        ("Әбенов Т.-ның баяндамасы", "Әбенов тэнің баяндамасы"),
        ("Оспанова Г.Қ.-мен келісілді.", "Оспанова Г. қымен келісілді."),
    ],
    "Latin initials before a transliterated surname are read back into Cyrillic capitals, before others by name": [
        ("Мақаланы Zh. Sarsenbayev жазды.", "Мақаланы Ж. сарсенбаев жазды."),
        ("Авторлар: B.K. Tulegenova, Kh. Mukanov.", "Авторлар: Б. К. тулегенова, Х. мұқанов."),
        ("Баяндаманы J. Brown жасады.", "Баяндаманы джей браун жасады."),
    ],
    "a lone І or Х opening a line before a surname or a second initial is an initial, not a heading's number": [
        ("Х. Сұлтанбеков айтты.", "Х. Сұлтанбеков айтты."),
        ("І. Омаровтың еңбегі", "І. Омаровтың еңбегі"),
        ("І. Жалпы ережелер", "бірінші Жалпы ережелер"),
    ],
    "a lone І before a comma counts with a numeral further on in the sentence, its word left out": [
        (
            "Қалалық байқауда – І, облыстық байқауда ІІІ орын алды.",
            "Қалалық байқауда – бірінші, облыстық байқауда үшінші орын алды.",
        ),
        ("Жеке сында І; командалық сында ІІ орын.", "Жеке сында бірінші; командалық сында екінші орын."),
    ],
    "a union of legal entities after a quoted name is expanded": [
        (
            "«Бизнес әйелдер қауымдастығы» ЗТБ мүшелері",
            "«Бизнес әйелдер қауымдастығы» заңды тұлғалар бірлестігі мүшелері",
        ),
        ("ЗТБ-ға мүше болды.", "заңды тұлғалар бірлестігіне мүше болды."),
    ],
    "a lone capital consonant closing a phrase after a small-letter word is a symbol, said by its name": [
        ("Күкірт (таңбасы Ш).", "Күкірт (таңбасы ша)."),
        ("белгісі Ж, ал екіншісі", "белгісі жэ, ал екіншісі"),
        ("Хатты Ахметов Ж. жазды.", "Хатты Ахметов Ж. жазды."),
    ],
}


test_reading = reading_test(READINGS)

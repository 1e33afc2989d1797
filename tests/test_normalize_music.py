"""Titles and names from music, film and TV (music31): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a Latin word with a háček is read by the Czech letters, never as Kazakh Latin": [
        ("Чехияның Škoda зауыты жаңа көлік шығарды.", "Чехияның шкода зауыты жаңа көлік шығарды."),
        ("Антонин Dvořák симфониясы орындалды.", "Антонин дворжак симфониясы орындалды."),
        ("Хорват әншісі Petar Grašo концерт берді.", "Хорват әншісі петар грашо концерт берді."),
    ],
    "a spaced plus between two capitalised Latin names is the duo's and; keys keep their plus": [
        ("Әнші Brooks + Dunn тобының әнін орындады.", "Әнші брукс энд дан тобының әнін орындады."),
        ("Ctrl + Enter пернелерін басыңыз.", "контрол плюс энтер пернелерін басыңыз."),
    ],
    "a word of a name joined by an and is English even where it spells a loan": [
        ("Мәселен, оның Dan & Shay тобы туралы жазды.", "Мәселен, оның дэн энд шей тобы туралы жазды."),
    ],
    "the ə of the triphthong in hour and our is э, as in power": [
        ("«Happy Hour» әні радиода жиі шырқалады.", "«хэппи ауэр» әні радиода жиі шырқалады."),
        ("«Sour Candy» трегі шықты.", "«сауэр кэнди» трегі шықты."),
    ],
    "a point before three zeros and a counted word groups thousands; at a row's end it stays a decimal": [
        ("Концертке 20.000 адам келді.", "Концертке жиырма мың адам келді."),
        ('Кесте: "Барселона" – 98.000', 'Кесте: "Барселона" – тоқсан сегіз бүтін мыңнан нөл'),
    ],
    "an editor's note closes with еск., the note's word": [
        ("Бұл сөз (ағылшынша – еск.) жиі қолданылады.", "Бұл сөз (ағылшынша – ескерту) жиі қолданылады."),
    ],
    "the stressed a of wa- is the British o where American English has the vowel of cut": [
        ("«Үздік ән» – What Was I Made For?", "«Үздік ән» – уот уоз ай мейд фор?"),
        ("So What әні", "соу уот әні"),
    ],
    "a Latin stage name in capitals opened by a Cyrillic letter no Latin one looks like is read as Latin": [
        ("Әнші ЖYLDYZ жаңа әнін ұсынды.", "Әнші жылдыз жаңа әнін ұсынды."),
        ("ШYNGYS-тың концерті өтеді.", "шыңғыстың концерті өтеді."),
        ("Бұл трек Spotifyдың чартына кірді.", "Бұл трек спотифайдың чартына кірді."),
    ],
    "a Roman numeral closing a quoted title after an initialism or a small word is the part's number": [
        ("«ҚТЛ ІІ» альбомы шықты.", "«қы тэ эл екі» альбомы шықты."),
        ("«Жұлдызды соғыстар ІІІ» фильмі көрсетілді.", "«Жұлдызды соғыстар үш» фильмі көрсетілді."),
        ("«ІІ Республикалық» байқау", "«екінші Республикалық» байқау"),
    ],
    "Stories, a platform's feature, is said as Russian writes it, its ending by its harmony": [
        ("Әнші Stories-ке видео салды.", "Әнші сториске видео салды."),
    ],
    "a two-letter English word in capitals in an English title is the word; alone it is the letters' names": [
        ("«JUST LET it BE» әні орындалды.", "«джаст лет ит би» әні орындалды."),
        ("«STAND BY ME» әні шырқалды.", "«стэнд бай ми» әні шырқалды."),
        ("BE компаниясы жұмыс істейді.", "би и компаниясы жұмыс істейді."),
        ("IT Park резиденті атанды.", "ай ти парк резиденті атанды."),
    ],
    "two English words typed as one among English words are said apart; a coinage alone is read whole": [
        ("«Golden rooster and hundredflowers» жүлдесі", "«голден рустер энд хандред флауэрс» жүлдесі"),
        ("Hundredflowers порталы", "хундредфлоуэрс порталы"),
    ],
    "a handle in small letters, two English words typed as one, is said apart even alone; a Kazakh one is not": [
        ("unknownkazakh жобасының авторы жазады.", "анноун казах жобасының авторы жазады."),
        ("hundredflowers порталы", "хандред флауэрс порталы"),
        ("qazaqstanbank парақшасы", "қазақстанбанк парақшасы"),
        ("«hyperscale» компаниялары", "«хайперскейл» компаниялары"),
        ("Фото:shutterstocks", "Фото:шаттерстокс"),
    ],
    "a work's catalogue number is its catalogue's mark as musicians say it and the number as a count (music63)": [
        ("ля мажор (1786), KV488", "ля мажор (мың жеті жүз сексен алты), ка вэ төрт жүз сексен сегіз"),
        ("Es-dur K.364 оркестрлі", "эс дур ка үш жүз алпыс төрт оркестрлі"),
        ("ре мажор, Hob VIIb: 2", "ре мажор, хобокен жеті бэ: екі"),
        ("Токката BWV 565 және Симфония op. 36", "Токката бэ вэ вэ бес жүз алпыс бес және Симфония опус отыз алты"),
        ("K. Иванов келді.", "кей. Иванов келді."),
    ],
    "composers and Italian tempo marks in Latin letters are said as Russian and Kazakh music teaching says them": [
        ("THE BEST OF MOZART & HAYDN", "зе бест оф моцарт энд гайдн"),
        ("• Allegro assai", "аллегро ассаи"),
        ("• Larghetto", "ларгетто"),
        ("The grave danger", "зе грейв дейнджер"),
    ],
    "a note's name in capitals alone between quotes is the note (music63)": [
        ("«ДО»", "«до»"),
        ("«РЕ» нотасы", "«ре» нотасы"),
        ("«ДОС» фильмі", "«дос» фильмі"),
    ],
    "шығ. after a work's key or genre in its sentence is the work, elsewhere the east (music63)": [
        ("Серенада, ми минор, 20-шы шығ.", "Серенада, ми минор, жиырмасыншы шығарма."),
        ("Концерт Шығ. Қазақстан облысында өтті.", "Концерт шығыс. Қазақстан облысында өтті."),
    ],
}

test_reading = reading_test(READINGS)

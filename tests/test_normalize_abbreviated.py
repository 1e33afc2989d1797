"""Months cut short and Roman numerals among names (issue 26, abbr7): examples of our own, on words no case file
holds."""

from tests.conftest import reading_test

READINGS = {
    "a month cut to three letters after a day is the month when a full stop or a year marks it": [
        ("Кеңес 17 қаз. өтті.", "Кеңес он жетінші қазан өтті."),
        ("Жиын 5 нау. 2019 ж. басталды.", "Жиын бесінші наурыз екі мың он тоғызыншы жылы басталды."),
        ("12 мау, 2020 сағат 09:15", "он екінші маусым екі мың жиырмасыншы жыл сағат тоғыз он бес"),
        ("Келісім 30 Сәу. Кейін күшіне енді.", "Келісім отызыншы сәуір. Кейін күшіне енді."),
    ],
    "three letters that only begin a month's name stay as written without a stop or a year": [
        ("Түнде 12 қар жауды.", "Түнде он екі қар жауды."),
        ("Олар 3 қарсы шықты.", "Олар үш қарсы шықты."),
    ],
    "one Latin letter after a Latin word is a letter of the name, not a Roman numeral": [
        ("Tesla Model X көлігі", "тесла модел экс көлігі"),
    ],
    "a proper word may stand between a Roman numeral and the word that makes it one": [
        ("Ол Х Еуропа чемпионатында жеңді.", "Ол оныншы Еуропа чемпионатында жеңді."),
        ("І Бүкіләлемдік конгресс өтті.", "бірінші Бүкіләлемдік конгресс өтті."),
    ],
    "who signs a note in brackets after a dash is said in full (diplomacy16)": [
        ("«Талибан» (тыйым салынған – авт.) өкілі", "«Талибан» (тыйым салынған – автор) өкілі"),
        (
            "ЕАЭО (Еуразиялық экономикалық одақ - ред.) туралы",
            "Еуразиялық экономикалық одақ (Еуразиялық экономикалық одақ - редакция) туралы",
        ),
        ("кітап (қазақшаға – аудар.) шықты", "кітап (қазақшаға – аудармашы) шықты"),
    ],
    "a clipped word without a dash before the bracket keeps the table's reading": [
        ("Сайрам ауд. орталығы", "Сайрам ауданы орталығы"),
    ],
    "a dotted degree takes the science its paragraph names; without one the table's": [
        (
            "Қазақстан тарихы кафедрасының меңгерушісі, т.ғ.к., доцент Ким",
            "Қазақстан тарихы кафедрасының меңгерушісі, тарих ғылымдарының кандидаты, доцент Ким",
        ),
        (
            "Археология институты, т.ғ.д. Байпақов К.М.",
            "Археология институты, тарих ғылымдарының докторы Байпақов К. М.",
        ),
        ("Құрылыс кафедрасы, т.ғ.к., доцент Ким", "Құрылыс кафедрасы, техника ғылымдарының кандидаты, доцент Ким"),
    ],
    "an address's clipped place word before its next part ends no sentence; before another sentence it does": [
        ("Қарағанды обл. Абай ауд. Ленин көш. 5", "Қарағанды облысы Абай ауданы Ленин көшесі бес"),
        ("Ол Алматы қ. Абай даң. 10 үйде.", "Ол Алматы қаласы Абай даңғылы он үйде."),
        ("Ол Алматы обл. Ахметов А. келді.", "Ол Алматы облысы. Ахметов А. келді."),
    ],
    "a unit's own dot before a comma, a semicolon or a colon is the abbreviation's": [
        ("биіктігі 128-136 см., басы үлкен", "биіктігі жүз жиырма сегіз – жүз отыз алты сантиметр, басы үлкен"),
        ("5 см.; 6 м.: биік", "бес сантиметр; алты метр: биік"),
    ],
}


test_reading = reading_test(READINGS)

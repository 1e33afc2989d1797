"""Business and investment news (invest68): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an English decimal point after thousands grouped with commas is the decimal comma it stands for": [
        ("Сомасы 1,250,000.50 теңге.", "Сомасы бір миллион екі жүз елу мың бүтін жүзден елу теңге."),
        ("Бағасы 3,400.75 доллар.", "Бағасы үш мың төрт жүз бүтін жүзден жетпіс бес доллар."),
    ],
    "one comma with no decimal point after it stays a decimal comma, and a lone point a decimal point": [
        ("Бағасы 1,318 АЕК.", "Бағасы бір бүтін мыңнан үш жүз он сегіз айлық есептік көрсеткіш."),
        ("Үлесі 3.75 пайыз.", "Үлесі үш бүтін жүзден жетпіс бес пайыз."),
    ],
    "two or three capitals typed in Cyrillic look-alikes with the Kazakh І are their Latin twin (ІРО for IPO)": [
        ("ІРО жоспары жарияланды.", "ай пи о жоспары жарияланды."),
        ("Компания ІРО-дан кейін", "Компания ай пи одан кейін"),
        ("Акциялар АІХ-те сатылды.", "Акциялар эй ай эксте сатылды."),
    ],
    "the Astana exchange AIX is said by its letters, not as the French town the dictionary knows": [
        ("AIX-ке шықты.", "эй ай экске шықты."),
    ],
    "short capitals with І that are Roman numerals, Kazakh words or the table's initialisms keep their reading": [
        ("ХІХ ғасырдың соңы", "он тоғызыншы ғасырдың соңы"),
        ("ЕКІ ЖОБА", "екі жоба"),
        ("ІС ҚАҒАЗДАРЫ", "іс қағаздары"),
        ("ІІМ хабарлады.", "Ішкі істер министрлігі хабарлады."),
    ],
}

test_reading = reading_test(READINGS)

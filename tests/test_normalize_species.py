"""Encyclopedic and popular-science text on species, stars and planets (species32): examples of our own, on words no
case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a word cited after лат. or грек. is read by school Latin": [
        ("Су (лат. aqua, грек. hydor) тіршілік көзі.", "Су (латынша аква, грекше хидор) тіршілік көзі."),
        (
            "Астрономия (грек. astron – жұлдыз) – аспан денелері туралы ғылым.",
            "Астрономия (грекше астрон – жұлдыз) – аспан денелері туралы ғылым.",
        ),
    ],
    "a taxon's one Latin word after its rank's label, or with a rank's ending, is read by school Latin": [
        ("Тұқымдасы: Felidae", "Тұқымдасы: фелидэ"),
        ("Кіші тұқымдасы: Pantherinae", "Кіші тұқымдасы: пантеринэ"),
        ("Класс:Cephalopoda", "Класс:цефалопода"),
        ("Бұл түр Cyprinidae тұқымдасына жатады.", "Бұл түр ципринидэ тұқымдасына жатады."),
    ],
    "a pair whose epithet spells a Kazakh word in plain Latin is Kazakh, not a species; a Latin epithet stays": [
        ("Bir gana jol", "бір ғана жол"),
        ("Tulipa greigii", "тулипа грейгии"),
    ],
    "a species with its genus cut to the initial reads the initial by its Latin letter's name": [
        ("Түрі: U. uncia", "Түрі: у унция"),
        ("Мысалы, S. tatarica далада мекендейді.", "Мысалы, эс татарика далада мекендейді."),
        ("Хат жазған A. Smith болды.", "Хат жазған эй смит болды."),
    ],
    "j between a vowel and a consonant in a Russian surname in Latin letters is й": [
        ("Түрді ботаник Sejtkaliev сипаттаған.", "Түрді ботаник сейткалиев сипаттаған."),
        ("Kojbagarov жинаған үлгі.", "койбагаров жинаған үлгі."),
    ],
    "spaces typed in a run are one space": [
        ("Ауданы  2  724  900  км².", "Ауданы екі миллион жеті жүз жиырма төрт мың тоғыз жүз шаршы шақырым."),
        ("Биіктігі  45  м  жетеді.", "Биіктігі қырық бес метр жетеді."),
    ],
    "a spaced dash before a number already said leaves a cardinal": [
        ("Слайд 14 - 2.3.1 тақырыбы", "Слайд он төрт - екі үш бір тақырыбы"),
        ("Тарау 7 - 4.2 бөлім", "Тарау жеті - төрт екі бөлім"),
    ],
}


test_reading = reading_test(READINGS)

"""Transport news (transport8, transport11, aviation13): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an airline's name and its address in lower case": [
        (
            "FlyArystan билеті flyarystan.com сайтында сатылады.",
            "флай арыстан билеті флай арыстан нүкте ком сайтында сатылады.",
        ),
    ],
    "after a quoted name an initialism is the legal form typed for, possessed; elsewhere the table's reading": [
        ("«ҚазАвтоЖол» ҰҚ басшысы сөйледі.", "«қазавтожол» ұлттық компаниясы басшысы сөйледі."),
        ("«Самұрық» ҰҚ-ның басшысы келді.", "«Самұрық» ұлттық компаниясының басшысы келді."),
        ("ҰҚ-дан 2 трлн теңге алынды.", "Ұлттық қордан екі триллион теңге алынды."),
    ],
    "Latin letters that could be a Roman numeral are an airline's code before a flight number": [
        ("DV 741 Ақтауға ұшады.", "ди ви жеті жүз қырық бір Ақтауға ұшады."),
        ("MD 80 ұшағы", "эм ди сексен ұшағы"),
        ("XXI ғасыр", "жиырма бірінші ғасыр"),
        ("Петр I 1700 жылы", "Петр бірінші мың жеті жүзінші жылы"),
        ("Людовик XIV 1643 жылы", "Людовик он төртінші мың алты жүз қырық үшінші жылы"),
    ],
    "a capital and a small letter glued to three or four digits are a flight code, spelled": [
        ("Lo196 Астана-Варшава", "эл о жүз тоқсан алты Астана-Варшава"),
        ("Ab1234 рейсі", "эй би мың екі жүз отыз төрт рейсі"),
        ("Go4 ойыны", "гоу төрт ойыны"),
        ("Xbox360 приставкасы", "эксбокс үш жүз алпыс приставкасы"),
    ],
    "the ai that opens an English word is эй, as Russian writes Air; inside a word it stays э": [
        ("Turkish Airlines ұшағы", "теркиш эйрлайнс ұшағы"),
        ("Qatar Airways рейсі", "қатар эйруэйз рейсі"),
        ("airport сөзі", "эйрпорт сөзі"),
        ("Tony Blair келді", "тони блер келді"),
    ],
    "airlines the English dictionary mispronounces are read from the table": [
        ("Lufthansa ұшағы", "люфтганза ұшағы"),
        ("Lufthansa-ның рейсі", "люфтганзаның рейсі"),
        ("Aeroflot пен Flydubai", "аэрофлот пен флайдубай"),
        ("Etihad әуе компаниясы", "этихад әуе компаниясы"),
    ],
}


test_reading = reading_test(READINGS)

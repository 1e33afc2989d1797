"""Water resources (water11): drinking-water coverage, canals and reservoirs; examples of our own."""

from tests.conftest import reading_test

READINGS = {
    "a percentage just after a genitive, closing its phrase, is the share that word owns: the possessive": [
        ("Ауыл қосылған (ауылдық халықтың 96%).", "Ауыл қосылған (ауылдық халықтың тоқсан алты пайызы)."),
        ("Бұл облыс тұрғындарының 85,7%.", "Бұл облыс тұрғындарының сексен бес бүтін оннан жеті пайызы."),
        ("Бұл ЖІӨ-нің 2%.", "Бұл жалпы ішкі өнімнің екі пайызы."),
        ("халықтың 10-15%, ал", "халықтың он – он бес пайызы, ал"),
    ],
    "shares listed with commas before the verb they share are said as the last share is: bare before the verb": [
        (
            "бюджет түсімінің 12%, инвестицияның 9% қамтамасыз етеді.",
            "бюджет түсімінің он екі пайыз, инвестицияның тоғыз пайыз қамтамасыз етеді.",
        ),
        ("Алматының 18,5%, Астананың 12%).", "Алматының он сегіз бүтін оннан бес пайызы, Астананың он екі пайызы)."),
    ],
    "the owned share closes its phrase before a closing quote too (labour69's uralskweek.kz)": [
        ("жастағы халықтың 31,2%”, – делінген", "жастағы халықтың отыз бір бүтін оннан екі пайызы”, – делінген"),
        ('тұрғындардың 12%", - деді', 'тұрғындардың он екі пайызы", - деді'),
    ],
    "an owned share before дейінгі takes the possessive before the dative it governs (labour69's mgorod.kz)": [
        ("жоғалған кірістің 45% дейінгі мөлшерде", "жоғалған кірістің қырық бес пайызына дейінгі мөлшерде"),
        ("табыстың 40% шейінгі бөлігі", "табыстың қырық пайызына шейінгі бөлігі"),
    ],
    "before дейін the genitive may be a verbal noun's subject, and no genitive owns a bare share: the dative only": [
        ("жалақының 25% дейін өсуі", "жалақының жиырма бес пайызға дейін өсуі"),
        ("Төлем 45% дейінгі мөлшерде", "Төлем қырық бес пайызға дейінгі мөлшерде"),
        ("кірістің 10-15% дейінгі бөлігі", "кірістің он – он бес пайызға дейінгі бөлігі"),
    ],
    "a percentage with its own case, or after no genitive, keeps its reading": [
        ("халықтың 5%-ы қамтылды", "халықтың бес пайызы қамтылды"),
        ("Су үнемдеу 30%.", "Су үнемдеу отыз пайыз."),
    ],
    "a short address part written as a capitalised English word is that word, unless it spells a Kazakh one": [
        ("деп хабарлайды No-comment.kz", "деп хабарлайды ноу коммент нүкте кей зет"),
        ("My.gov.kz порталы", "май нүкте гов нүкте кей зет порталы"),
        ("El.kz сайты", "ел нүкте кей зет сайты"),
        ("On.kz сайты", "он нүкте кей зет сайты"),
    ],
}

test_reading = reading_test(READINGS)

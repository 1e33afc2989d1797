"""Space and aviation (space9, space16, space68): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the space station's initialism is expanded and re-inflected": [
            ("Экипаж ХҒС-қа жетті.", "Экипаж Халықаралық ғарыш станциясына жетті."),
            ("ХҒС-тан оралды.", "Халықаралық ғарыш станциясынан оралды."),
        ],
        "a capital alone after a word and a hyphen is a model's letter": [
            ("«Союз-У» зымыраны", "«Союз-у» зымыраны"),
            ("Зенит-М ұшырылды.", "Зенит-эм ұшырылды."),
        ],
        "a word in small letters after the hyphen is no model letter": [
            ("Алма-Ата", "Алма-Ата"),
        ],
        "a consonant letter typed onto a number is said by its name": [
            ("Біз 7д сыныпта оқимыз.", "Біз жетінші дэ сыныпта оқимыз."),
            ("Ол 15д үйде тұрады.", "Ол он бес дэ үйде тұрады."),
            ("Ил-76МД ұшағы", "Ил-жетпіс алты эм дэ ұшағы"),
            ("№8в мектеп", "сегізінші вэ мектеп"),
            ("Ту-204С ұшағы", "Ту-екі жүз төрт эс ұшағы"),
        ],
        "a letter on a number before a hyphen and another number is said by its name (sample54l)": [
            ("Ақтауда 31б-30 үйдің алдында алаң бар.", "Ақтауда отыз бір бэ-отыз үйдің алдында алаң бар."),
            ("Ту-154М-100 ұшағы", "Ту-жүз елу төрт эм-жүз ұшағы"),
        ],
        "a suffix after the hyphen keeps its own reading; a code of more parts is read group by group, its letter by"
        " its name, with a number sign or without (`codes.LETTERED_SERIES_CODE`: budgets32, russianquotes32)": [
            ("12б-ге барды", "он екі бэге барды"),
            ("№ 8С-7-2 шешімі", "нөмір сегіз эс – жеті – екі шешімі"),
            ("Актіні қабылдау нөмірі: 5С-12-2", "Актіні қабылдау нөмірі: бес эс – он екі – екі"),
            ("ТЖ-11Д тобы", "тэ жэ он бір дэ тобы"),
        ],
        "a unit's or a year's letter on a number is left to the number and date rules": [
            ("Ұзындығы 7м болды.", "Ұзындығы жеті метр болды."),
            ("500г ұн", "бес жүз грамм ұн"),
            ("2019ж. мамырда", "екі мың он тоғызыншы жылы мамырда"),
        ],
        "a capital alone before a hyphen and more capitals is a model's letter": [
            ("«Прогресс М-МС» кемесі", "«Прогресс эм-эм эс» кемесі"),
        ],
        "a satellite's Sat in a camel-case name is said as the Russian loans have it": [
            ("ArabSat спутнигі", "араб сат спутнигі"),
            ("IndoSat компаниясы", "индо сат компаниясы"),
        ],
        "the Russian joint-stock company's initialism is expanded as the Kazakh one is": [
            ("АО «Қазақтелеком» хабарлады.", "акционерлік қоғам «Қазақтелеком» хабарлады."),
            ("АО-ның акциялары", "акционерлік қоғамның акциялары"),
        ],
    }
)


# space68: a legal form whose capitals spell other things too (`abbreviations`, the "legal" flag), a web address's
# query (`latin._read_address`, `latin._address_number`) and a formula that opens at no query parameter
# (`formulas.FORMULA`).
SPACE68_READINGS = {
    "a legal form's capitals after a quoted name are the legal form, possessed": [
        (
            "«Роскосмос» МК-ның Байқоңыр филиалы",
            "«Роскосмос» мемлекеттік корпорациясының Байқоңыр филиалы",
        ),
        ("«Росатом» МК басшысы келді.", "«Росатом» мемлекеттік корпорациясының басшысы келді."),
    ],
    "the same capitals anywhere else are their letters' names": [
        ("МК кесіндісінің ұзындығы", "эм ка кесіндісінің ұзындығы"),
        ("Ол МК-ға барды.", "Ол эм каға барды."),
    ],
    "a web address's query is dictated mark by mark, its key digit by digit": [
        (
            "www.facebook.com/profile.php?id=100024948800417 парақшасы",
            "дабл-ю дабл-ю дабл-ю нүкте фейсбук нүкте ком слэш профайл нүкте пи эйч пи сұрақ белгісі ай ди тең"
            " бір нөл нөл нөл екі төрт тоғыз төрт сегіз сегіз нөл нөл төрт бір жеті парақшасы",
        ),
        (
            "www.youtube.com/watch?v=eNni",
            "дабл-ю дабл-ю дабл-ю нүкте ютуб нүкте ком слэш уоч сұрақ белгісі ви тең инни",
        ),
    ],
    "an address's number one counts is still a number": [
        (
            "kaz.nur.kz/society/2008710",
            "каз нүкте нұр нүкте кей зет слэш сосайети слэш екі миллион сегіз мың жеті жүз он",
        ),
    ],
    "a formula outside an address is still read": [
        ("x=5 болса", "икс тең бес болса"),
        ("a+b=c", "а плюс бэ тең цэ"),
    ],
}

test_space68_reading = reading_test(SPACE68_READINGS)

"""Religion and traditions (religion9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an Arabic honorific typed as one sign is said as its formula": [
        ("Пайғамбарымыз ﷺ айтқан.", "Пайғамбарымыз саллаллаһу ғалейһи уә сәлләм айтқан."),
        ("Алла ﷻ бұйырды.", "Алла жәллә жәләлуһ бұйырды."),
    ],
    "the dotted honorifics after a companion's or a prophet's name": [
        ("Әбу Бәкір (р.а.) жеткізді.", "Әбу Бәкір (радиаллаһу ғанһу) жеткізді."),
        ("Ибраһим (ғ.с.) пайғамбар", "Ибраһим (ғалейһиссәлам) пайғамбар"),
    ],
    "a stop or a sibilant before в opens a loanword in capitals, as before р or л": [
        ("ҚАЖЫЛЫҚҚА КВОТА БӨЛІНДІ", "қажылыққа квота бөлінді"),
        ("ТВИТ ЖАЗДЫ", "твит жазды"),
        ("ЗВОНОК", "звонок"),
        ("ДВОРЕЦ ЖАБЫЛДЫ", "дворец жабылды"),
    ],
    "three such capitals stay an initialism's letters": [
        ("СВО аймағы", "эс вэ о аймағы"),
    ],
    "a small-letter word the English dictionary says by its letters is spelled, apart": [
        ("Кесте pdf форматта берілді.", "Кесте пи ди эф форматта берілді."),
        ("Бет html тілінде жазылған.", "Бет эйч ти эм эл тілінде жазылған."),
    ],
    "a year marked with its calendar before a year word is the calendar's name and an ordinal": [
        (
            "х.1334 [м.1916] жылғы күнтізбе",
            "хижри мың үш жүз отыз төртінші [милади мың тоғыз жүз он алтыншы] жылғы күнтізбе",
        ),
        ("һ.1446 ж. басталды", "хижри мың төрт жүз қырық алтыншы жылы басталды"),
        ("М. 1916 жылы", "милади мың тоғыз жүз он алтыншы жылы"),
    ],
    "a letter and a number with no year word after them keep the letter": [
        ("х.1334 бет", "х. мың үш жүз отыз төрт бет"),
        ("Биіктігі 5 м. 2020 жылы салынды", "Биіктігі бес метр. екі мың жиырмасыншы жылы салынды"),
    ],
}


test_reading = reading_test(READINGS)

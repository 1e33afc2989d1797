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
    "a Qur'an reference gives the sura's number and the verse's as two counts, not a fraction, score or time": [
        ("(Бақара, 2/185)", "(Бақара, екі, жүз сексен бес)"),
        ("Бақара сүресі, 2:255 деп келеді", "Бақара сүресі, екі, екі жүз елу бес деп келеді"),
        ("(Әли Имран, 3/102)", "(Әли Имран, үш, жүз екі)"),
        ("(Ахзаб, 33/21)", "(Ахзаб, отыз үш, жиырма бір)"),
        ("(Фатиха, 1/1-7)", "(Фатиха, бір, бір – жеті)"),
        ("(Құран, 4:59)", "(Құран, төрт, елу тоғыз)"),
    ],
    "a verse after a slash alone, after the sura's name": [
        ("(Бақара/255)", "(Бақара, екі жүз елу бес)"),
    ],
    "a pair whose first number is not the named sura's is no reference": [
        ("(Бақара, 3/4)", "(Бақара, төрттен үш)"),
        ("Абай даңғылы, 4/2", "Абай даңғылы, төрт бөлу екі"),
    ],
    "the Prophet's blessing by its other letters, and р.а. with ә": [
        ("Мұхаммед (с.а.у.) айтты.", "Мұхаммед (саллаллаһу ғалейһи уә сәлләм) айтты."),
        ("Пайғамбарымыздың (с.а.с.) хадисі", "Пайғамбарымыздың (саллаллаһу ғалейһи уә сәлләм) хадисі"),
        ("Хазіреті Әли (р.ә.) әділ болды.", "Хазіреті Әли (радиаллаһу ғанһу) әділ болды."),
    ],
    "a blessing typed in capitals in brackets, as headings write it": [
        ("ОМАРДЫҢ (Р.А) ҮЛГІ БОЛАРЛЫҚ ІСТЕРІ", "омардың (радиаллаһу ғанһу) үлгі боларлық істері"),
        ("Пайғамбарымыз (С.Ғ.С.) былай деген.", "Пайғамбарымыз (саллаллаһу ғалейһи уә сәлләм) былай деген."),
    ],
    "capitals with dots outside brackets stay a person's initials": [
        ("Р.А. Назарбаева келді.", "Р. А. Назарбаева келді."),
    ],
    "a Hijri month is a month: its day an ordinal, a Hijri year after it an ordinal year": [
        ("15 Рамазан 1445 басталды", "он бесінші рамазан мың төрт жүз қырық бесінші жыл басталды"),
        ("1 мұхаррам күні жаңа жыл", "бірінші мұхаррам күні жаңа жыл"),
        ("10 зүл-хижжада айт", "оныншы зүл-хижжада айт"),
        ("27 рамазанға қараған түн", "жиырма жетінші рамазанға қараған түн"),
    ],
    "a year before a calendar's name and жыл is an ordinal": [
        ("1445 һижри жылы басталды", "мың төрт жүз қырық бесінші һижри жылы басталды"),
        ("1916 милади жылы", "мың тоғыз жүз он алтыншы милади жылы"),
    ],
    "the Spiritual Administration's site says its name муфтият, with the и its Latin spelling leaves out": [
        ("Кесте ramazan.muftyat.kz сайтында", "Кесте рамазан нүкте муфтият нүкте кей зет сайтында"),
    ],
    "an Arabic month's name spelled with а for ә or one у is the month all the same (religion47)": [
        ("шаууал айының 1 күні", "шаууал айының бірінші күні"),
        ("5 шәуәл күні", "бесінші шәуәл күні"),
        ("рабиғул-әууал айының 12 күні", "рабиғул-әууал айының он екінші күні"),
    ],
    "a range of days before күндері after a month in the genitive is two days of it (religion47)": [
        ("шәууал айының 1-3 күндері өтеді.", "шәууал айының бірінші – үшінші күндері өтеді."),
        ("наурыз айының 20-22 күндерінде", "наурыз айының жиырмасыншы – жиырма екінші күндерінде"),
        ("мамырдың 5 күні", "мамырдың бесінші күні"),
        ("мамыр айының 5 күн бойы", "мамыр айының бес күн бойы"),  # a count of days: no day-word after it
    ],
}


test_reading = reading_test(READINGS)


RELIGION59_READINGS = {
    "a Roman numeral with its hyphen left hanging before a word is the place its word left out (religion59)": [
        ("ІІ-орын Дәулет, ІІІ- Нұрғалиев Абдулазиз жеңді.", "екінші орын Дәулет, үшінші Нұрғалиев Абдулазиз жеңді."),
        ("XV- XVI ғасырлар", "он бесінші – он алтыншы ғасырлар"),
        # a lone Х is a letter, not ten, and a hyphen before a digit is no place's
        ("Х- Берік", "Х- Берік"),
        ("ІІ- 3 орын", "іі- үш орын"),
    ],
    "a day's number before its weekday and a bare month, a masthead's date, is the day of that month (religion59)": [
        ("07\nБейсенбі,\nҚараша\n\nһижри", "жетінші\nБейсенбі,\nҚараша\n\nһижри"),
        ("12 Жұма, Мамыр", "он екінші Жұма, Мамыр"),
        # a count of weekdays before a month in a case stays a count
        ("Ақпанда 3 сенбі, наурызда 4 сенбі", "Ақпанда үш сенбі, наурызда төрт сенбі"),
        ("2 сенбі қатарынан", "екі сенбі қатарынан"),
    ],
    "an abbreviation's stop inside a bracket that goes on past it ends no sentence (religion59)": [
        (
            "Дәулет (Қызылорда қ. «Мүсірәлі Ата» мешіті) жеңді.",
            "Дәулет (Қызылорда қаласы «Мүсірәлі Ата» мешіті) жеңді.",
        ),
        ("Олар (Алматы қ. Абай көшесі) жиналды.", "Олар (Алматы қаласы Абай көшесі) жиналды."),
        # outside a bracket, or where a sentence ends inside one, the stop stays
        ("Ол Алматы қ. «Нұр» мешітінде.", "Ол Алматы қаласы. «Нұр» мешітінде."),
        ("Ол келді (Алматы қ. Ол кетті.)", "Ол келді (Алматы қаласы. Ол кетті.)"),
    ],
    "a list's last item with nothing after its stop, the page cut there, follows the one before (religion59)": [
        (
            "4. «Хикмет тревель»;\n\n5. «Дельта тревель»;\n\n6. ",
            "төртінші «Хикмет тревель»;\n\nбесінші «Дельта тревель»;\n\nалтыншы ",
        ),
        # a number and its stop alone with no item numbered one less before it is left to the rules after
        ("Барлығы:\n6.", "Барлығы:\nалты."),
        ("2. Бір\n6.", "екінші Бір\nалты."),
    ],
}

test_religion59_mechanisms_read_their_examples = reading_test(RELIGION59_READINGS)

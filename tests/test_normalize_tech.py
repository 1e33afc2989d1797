"""Technology and science (tech8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an initialism in brackets after the words it stands for on the page is said by its letters, not expanded again": [
        ("Ғарыштық зерттеулер институты (ҒЗИ) хабарлады.", "Ғарыштық зерттеулер институты (ғы зэ и) хабарлады."),
        ("Ғылыми-зерттеу институты (ҒЗИ) ашылды.", "Ғылыми-зерттеу институты (ғы зэ и) ашылды."),
        ("Біріккен Ұлттар Ұйымының (БҰҰ) шешімі.", "Біріккен Ұлттар Ұйымының (бэ ұ ұ) шешімі."),
        ("Каспий Құбыр Консорциумы (КҚК) арқылы", "Каспий Құбыр Консорциумы (ка қы ка) арқылы"),
        # a document's brackets giving the short name it goes on to use: the letters, the initialism last in them
        ("оқу орындарындағы (бұдан әрі – ӘАОО) оқыту", "оқу орындарындағы (бұдан әрі – ә а о о) оқыту"),
        ("компанияға (бұдан әрі ЕДБ/ҚДБ/ЛК)", "компанияға (бұдан әрі е дэ бэ, қы дэ бэ, эл ка)"),
        ("(бұдан әрі – ҚР БМСД)", "(бұдан әрі – Қазақстан Республикасы бэ эм эс дэ)"),  # ҚР is not last: expanded
        # a joining word gives no letter
        ("Білім және ғылым министрлігі (БҒМ) хабарлады.", "Білім және ғылым министрлігі (бэ ғы эм) хабарлады."),
        # a hyphened word gives a letter to each part; a pronounceable initialism is said as a word
        (
            "ақпараттық-коммуникативтік технологияларды (АКТ) пайдалану",
            "ақпараттық-коммуникативтік технологияларды (акт) пайдалану",
        ),
        # the table's own name before the bracket, though one of its words gives no letter
        (
            "тегін медициналық көмектің кепілдік берілген көлемі (ТМККК) шеңберінде",
            "тегін медициналық көмектің кепілдік берілген көлемі (тэ эм ка ка ка) шеңберінде",
        ),
        # words before the bracket that are not its name: the table's meaning
        ("Жаңа зертханада (ҒЗИ) жұмыс істейді.", "Жаңа зертханада (ғылыми-зерттеу институты) жұмыс істейді."),
    ],
    "an initialism after a dash closing brackets that hold its name, a postposition after it, is said by its letters"
    " (audit30)": [
        (
            "тіркеуден өтіңіз (электрондық цифрлық қолтаңба арқылы – ЭЦҚ)",
            "тіркеуден өтіңіз (электрондық цифрлық қолтаңба арқылы – э цэ қы)",
        ),
        ("(Біріккен Ұлттар Ұйымы — БҰҰ) хабарлады.", "(Біріккен Ұлттар Ұйымы — бэ ұ ұ) хабарлады."),
        # brackets that hold no name, or more than its name and a postposition: the table's meaning
        ("(тіркеу – ЭЦҚ)", "(тіркеу – электрондық цифрлық қолтаңба)"),
        (
            "(Біріккен Ұлттар Ұйымының хатшысы — БҰҰ)",
            "(Біріккен Ұлттар Ұйымының хатшысы — Біріккен Ұлттар Ұйымы)",
        ),
    ],
    "wor- of an English word is уор, as Russian spells it (Уорлд), not уэр; -work, -word after a consonant -ворк": [
        ("World Bank есебі шықты.", "уорлд банк есебі шықты."),
        ("Network саласы өсті.", "нетворк саласы өсті."),
        # the a of pass- is the British broad a, as Russian spells it (пасворд)
        ("Framework пен Password сөздері.", "фреймворк пен пасворд сөздері."),
    ],
    "a reduced a opening an English word before w is э and the w в, as Russian spells them (typos33)": [
        ("«Grammy Awards» сыйлығы берілді.", "«грэмми эвордс» сыйлығы берілді."),
        ("Away матчы өтті.", "эвей матчы өтті."),
        # a reduced a before another consonant keeps а (Adobe → адоби)
        ("Adobe бағдарламасы.", "адоби бағдарламасы."),
    ],
    "-ture, -sure ending an English word is -чер, -жер; inside a word -чур": [
        ("Future Skills бағдарламасы басталды.", "фьючер скилс бағдарламасы басталды."),
        ("Picture мен Culture сөздері.", "пикчер мен калчер сөздері."),
        ("Manufacturing бөлімі ашылды.", "мэньюфэкчуринг бөлімі ашылды."),
        ("DSSV Pressure Drop кемесі", "ди эс эс ви прешер дроп кемесі"),  # -ssure too (popsci47)
    ],
    "the w the dictionary puts after a vowel spelled u is its glide, not written (coding35)": [
        ("Visual Basic ортасы", "вижуал бейсик ортасы"),
        ("Actual Events пен Casual Games", "экчуал эвентс пен кэжуал геймс"),
        ("Language School", "лэнгвидж скул"),  # the w after a consonant stays
    ],
    "an English contraction is read as the dictionary has it, apostrophe and all (englishsentences28)": [
        ("Дұрыс: I’m fine, thank you.", "Дұрыс: айм файн, тэнк ю."),
        ("Don't worry", "доунт уорри"),
    ],
    "a software version's Beta is бета, as the loan is said": [
        ("Android Beta нұсқасы шықты.", "андроид бета нұсқасы шықты."),
        ("Бұл туралы WABetaInfo жазды.", "Бұл туралы дабл-ю эй бета инфо жазды."),
    ],
    "units of computing and electronics after a number, re-inflected with their suffix": [
        ("Процессор жиілігі 3,2 ГГц.", "Процессор жиілігі үш бүтін оннан екі гигагерц."),
        ("Жады 512 ГБ, 1 ТБ-қа дейін.", "Жады бес жүз он екі гигабайт, бір терабайтқа дейін."),
        ("Файл 700 МБ-тан аспауы керек.", "Файл жеті жүз мегабайттан аспауы керек."),
        ("Чип 3 нм технологиясымен жасалған.", "Чип үш нанометр технологиясымен жасалған."),
        ("Батарея сыйымдылығы 5000 мАч.", "Батарея сыйымдылығы бес мың миллиампер-сағат."),
        ("Камерасы 48 Мп, алдыңғысы 12 МП.", "Камерасы қырық сегіз мегапиксель, алдыңғысы он екі мегапиксель."),
        ("Шамның қуаты 60 Вт.", "Шамның қуаты алпыс ватт."),
    ],
    "the same units in Latin letters, as spec sheets print them, after a number and re-inflected (gadgets15)": [
        ("Жады 512 GB, 1 TB-қа дейін.", "Жады бес жүз он екі гигабайт, бір терабайтқа дейін."),
        (
            "Бізге қажетті 4 MB/с екі мың мектепте ғана бар.",
            "Бізге қажетті төрт мегабайт секундына екі мың мектепте ғана бар.",
        ),
        ("Экраны 120 Hz, процессоры 3,2 GHz.", "Экраны жүз жиырма герц, процессоры үш бүтін оннан екі гигагерц."),
        ("Батареясы 5000 mAh, камерасы 50 MP.", "Батареясы бес мың миллиампер-сағат, камерасы елу мегапиксель."),
        ("Чип 3 nm технологиясымен жасалған.", "Чип үш нанометр технологиясымен жасалған."),
    ],
    "Latin unit letters away from a number are read as letters": [
        ("GB деген белгі.", "джи би деген белгі."),
    ],
    "a unit's capitals away from a number are an initialism like any other": [
        ("МП басшысы келді.", "эм пэ басшысы келді."),
        ("ГБ туралы айтылды.", "гэ бэ туралы айтылды."),
    ],
    "a coinage of a combining form and a word: the word as Kazakh has the loan, else by its English sound": [
        ("Robomission санаты өтті.", "робомишн санаты өтті."),
        ("Cybersecurity конференциясы", "киберсекьюрити конференциясы"),
        ("Teleradio компаниясы", "телерадио компаниясы"),
        ("Geoportal жүйесі", "геопортал жүйесі"),
    ],
    "an English prefix written onto an English word is said as English says it (astronomy40)": [
        ("Cурет: unsplash", "Сурет: ансплэш"),
        ("Unsplash суреті", "ансплэш суреті"),
        ("Unesco мұрасы", "юнеско мұрасы"),  # no English word after un-: the name as it is said
    ],
    "a version after a generation's name or before нұсқа/версия is read with нүкте, not as a decimal (decimals21)": [
        ("Web 3.0 технологиясы", "уэб үш нүкте нөл технологиясы"),
        ("«Индустрия 4.0.» элементтері", "«Индустрия төрт нүкте нөл» элементтері"),
        ("Индустрия 4.0-ге көшу", "Индустрия төрт нүкте нөлге көшу"),
        ("2.0 нұсқасы шықты", "екі нүкте нөл нұсқасы шықты"),
        ("бағасы 4.5 балл", "бағасы төрт бүтін оннан бес балл"),
    ],
    "an educational body's legal form after its quoted name takes the possessive as the other forms do (tech58)": [
        (
            "«Назарбаев Зияткерлік мектептері» ДББҰ басқарма төрайымы",
            "«Назарбаев Зияткерлік мектептері» дербес білім беру ұйымы басқарма төрайымы",
        ),
        ("«Ақ бота» ҮЕҰ төрайымы", "«Ақ бота» үкіметтік емес ұйымы төрайымы"),
        # not after a quoted name: the bare form; an international body's name keeps its own possessive
        ("Бұл ҮЕҰ жұмыс істейді.", "Бұл үкіметтік емес ұйым жұмыс істейді."),
        ("ДСҰ-ға кірді", "Дүниежүзілік сауда ұйымына кірді"),
    ],
    "gov in an address is said as written, capitalised or not, not the English dictionary's гав (tech58)": [
        ("Gov.kz арқылы", "гов нүкте кей зет арқылы"),
        ("GOV.KZ порталында", "гов нүкте кей зет порталында"),
        ("Egov.kz арқылы", "игов нүкте кей зет арқылы"),
    ],
    "a page's date line with a year and a month and no day is that month of that year (tech58)": [
        (" date 2023-12 АСТАНА.", "дейт екі мың жиырма үшінші жылғы желтоқсан астана."),
        (" date 2025-08 Жаңалық", "дейт екі мың жиырма бесінші жылғы тамыз Жаңалық"),
        # without the label, or with no month, a school year or a span stays one
        ("2011-12 оқу жылы", "екі мың он бірінші – он екінші оқу жылы"),
        ("date 2023-13 бар", "дейт екі мың жиырма үш – он үш бар"),
    ],
    "a Unicode or non-breaking hyphen before an ending is the keyboard's hyphen, the ending read on (techgadget67)": [
        ("пайдаланушыларының 0,1%‑дан азы", "пайдаланушыларының нөл бүтін оннан бір пайыздан азы"),
        ("Telegram‑ға жазды", "телеграмға жазды"),
        ("ғылыми‐зерттеу жұмысы", "ғылыми-зерттеу жұмысы"),
        # set apart by spaces it is a dash, not a hyphen joining two words
        ("ақ ‑ қара", "ақ ‑ қара"),
    ],
    "a Roman numeral after a Latin initialism before ойын names the game, a sequel's cardinal (techgadget67)": [
        ("Алдыңғы GTA V ойынының", "Алдыңғы джи ти эй бес ойынының"),
        ("GTA VI ойыны шықты", "джи ти эй алты ойыны шықты"),
        ("StarCraft II ойыны", "старкрафт екі ойыны"),
        # a lone letter after a name's word is the name's; bare before ойын, after a name or before a century, a rank
        ("Xbox Series X консолі", "эксбокс сириз экс консолі"),
        ("V ойындар өтті", "бесінші ойындар өтті"),
        ("Louis XIV ойыны", "луи он төртінші ойыны"),
        ("IT XXI ғасырда", "ай ти жиырма бірінші ғасырда"),
        ("GTA I ойыны", "джи ти эй бірінші ойыны"),
    ],
}


test_reading = reading_test(READINGS)

"""Industry and mining: output, plants and investment (industry10): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "an adjectival -ғы/-гі written straight onto an initialism is read after the locative the writer left out": [
        ("Ақтоғай КБК-гі өндіріс артты.", "Ақтоғай кен байыту кешеніндегі өндіріс артты."),
        ("ЖОО-ғы оқу ақысы өсті.", "жоғары оқу орнындағы оқу ақысы өсті."),
        ("БҰҰ-ғы өкілі сөйледі.", "Біріккен Ұлттар Ұйымындағы өкілі сөйледі."),
        ("АГФ-ғы жұмыс тоқтады.", "а гэ эфтегі жұмыс тоқтады."),
        ("ШҚО-дағы зауыттар", "Шығыс Қазақстан облысындағы зауыттар"),
    ],
    "the mining plants' initialisms are expanded and take their case": [
        ("Жаңа КБФ құрылысы басталды.", "Жаңа кен байыту фабрикасы құрылысы басталды."),
        ("Бозшакөл КБК-нің қуаты артты.", "Бозшакөл кен байыту кешенінің қуаты артты."),
        ("КБФ-ларда жөндеу жүрді.", "кен байыту фабрикаларында жөндеу жүрді."),
    ],
    "KAZ in a company's name is said as a word, as the company says it": [
        ("KAZ Minerals мыс өндірді.", "каз минералс мыс өндірді."),
        ("Kaz Minerals Smelting ЖШС", "каз минералс смелтинг жауапкершілігі шектеулі серіктестік"),
    ],
    "a word beginning with a name of the Latin table and ending in an English word is the name, then the word": [
        ("«KAZENERGY» қауымдастығы", "«казэнерджи» қауымдастығы"),
        ("Kazenergy форумы өтті.", "казэнерджи форумы өтті."),
    ],
    "an English o before l and a consonant is о, as Russian writes it (Голд, Олд, Болт)": [
        ("«Kazakh Gold» компаниясы", "«казах голд» компаниясы"),
        ("Bolt қосымшасы", "болт қосымшасы"),
        ("Goal.com сайты", "гоул нүкте ком сайты"),
    ],
    "a final a after ж or ш spelled -ia is а, the i only softening them (эйжа, раша)": [
        ("Central Asia Gold жобасы", "сентрал эйжа голд жобасы"),
        ("Air Asia ұшағы", "эйр эйжа ұшағы"),
        ("Russia арнасы", "раша арнасы"),
    ],
    "capitals typed in Cyrillic look-alikes of an English word the dictionary does not know are that word (ЕХРО)": [
        ("ЕХРО көрмесі ашылды.", "экспо көрмесі ашылды."),
        ("ЕХРО-ға келді.", "экспоға келді."),
        ("ТАКСИ ЖҮРГІЗУШІСІ", "такси жүргізушісі"),
    ],
    "capitals typed in look-alikes of a Latin name the Latin table reads its own way are that name (tech49)": [
        (
            "2019 жылдан бастап ІМЕІ-кодын тіркемеген абоненттер",
            "екі мың он тоғызыншы жылдан бастап имей-кодын тіркемеген абоненттер",
        ),
        ("Ішкі істер органдары ІІМ-ге хабарлады.", "Ішкі істер органдары Ішкі істер министрлігіне хабарлады."),
    ],
    "single capitals listed with commas name grades, each by its letter's name, a plainly Cyrillic one among them": [
        ("Д, Ж, К маркалы көмір", "дэ, жэ, ка маркалы көмір"),
        ("Б, Г, Т сыныптары", "бэ, гэ, тэ сыныптары"),
        ("В, С санаттары", "В, С санаттары"),
    ],
}

test_reading = reading_test(READINGS)

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
}

test_reading = reading_test(READINGS)

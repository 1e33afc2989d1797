"""Defence, police and emergencies (army8, army19, weapons42, defence47): examples of our own, on words no case file
holds."""

from tests.conftest import reading_test

READINGS = {
    "a heading in capitals writes its scale word in capitals too": [
        ("ЖАҢА ТЕХНИКАҒА 3 МЛН ТЕҢГЕ БӨЛІНДІ", "жаңа техникаға үш миллион теңге бөлінді"),
        ("ЖОБАҒА 1,2 МЛРД ДОЛЛАР", "жобаға бір бүтін оннан екі миллиард доллар"),
    ],
    "ҚМ is the Ministry of Defence, with the possessive a following noun asks for": [
        ("Парадқа ҚМ өкілдері қатысты.", "Парадқа Қорғаныс министрлігі өкілдері қатысты."),
        (
            "ҚР ҚМ-ның шешімімен 20 сарбаз марапатталды.",
            "Қазақстан Республикасы Қорғаныс министрлігінің шешімімен жиырма сарбаз марапатталды.",
        ),
    ],
    "in a Kazakh Latin word ы after a front vowel is і, as harmony says": [
        ("“Türkıstan” gazeti", "“түркістан” газеті"),
        ("Qazaqstan Ülısı", "қазақстан үлісі"),
        ("Qyzylorda", "қызылорда"),
    ],
    "a plus after a number is a threshold, a grade's plus before a generation's or a rating's word": [
        ("5+ буындағы ұшақтар", "бес плюс буындағы ұшақтар"),
        ("Ол 12+ санатындағы фильм.", "Ол он екі плюс санатындағы фильм."),
        ("Жарыс 60+ келі салмақта өтті.", "Жарыс алпыстан жоғары келі салмақта өтті."),
        ("Ең ауыр санат: 90+.", "Ең ауыр санат: тоқсаннан жоғары."),
        ("Шараға 100+ адам қатысты.", "Шараға жүзден жоғары адам қатысты."),  # a count: more than a hundred
    ],
    "a law's initialism before a hyphen and a number is a model's letters, said by their names": [
        ("АК-74 автоматы", "а ка жетпіс төрт автоматы"),
        ("Сарбаздар АК-47-мен атты.", "Сарбаздар а ка қырық жетімен атты."),
        ("ҚК-тің 296-бабы", "Қылмыстық кодекстің екі жүз тоқсан алтыншы бабы"),  # a suffix, no number: the law
    ],
    "ҚК is the Armed Forces where its sentence names a staff, an army or its officers, the code before its article": [
        ("ҚР ҚК Бас штабының офицері айтты.", "Қазақстан Республикасы Қарулы Күштері Бас штабының офицері айтты."),
        ("Жаттығуға ҚК офицерлері қатысты.", "Жаттығуға Қарулы Күштер офицерлері қатысты."),
        (
            "Офицер ҚР ҚК-нің 373-бабы бойынша сотталды.",
            "Офицер Қазақстан Республикасы Қылмыстық кодексінің үш жүз жетпіс үшінші бабы бойынша сотталды.",
        ),
    ],
    "ШҚ is the Border Service where its sentence names the ҰҚК or the border's posts, a farm elsewhere": [
        (
            "ҰҚК ШҚ-ның Ақтөбе облысы бойынша департаменті",
            "Ұлттық қауіпсіздік комитеті Шекара қызметінің Ақтөбе облысы бойынша департаменті",
        ),
        ("Заставаны ШҚ офицерлері тексерді.", "Заставаны Шекара қызметі офицерлері тексерді."),
        ("«Береке» ШҚ егіс алқабын кеңейтті.", "«Береке» шаруа қожалығы егіс алқабын кеңейтті."),
    ],
    "ҚДП is the Democratic Party of Kazakhstan, its possessive before the noun it owns": [
        ("«Ақ жол» ҚДП-ның съезі өтті.", "«Ақ жол» Қазақстанның демократиялық партиясының съезі өтті."),
    ],
    "a spaced hyphen after a model's label is the sentence's dash: the label's number stays a cardinal": [
        ("Т-72 - кеңестік танк.", "тэ жетпіс екі – кеңестік танк."),
        ("Су-25 - шабуылдаушы ұшақ.", "Су-жиырма бес – шабуылдаушы ұшақ."),
        ("Т-34 - ті мұражайда көрдік.", "тэ отыз төртті мұражайда көрдік."),  # a suffix: the number's own
        ("Ол 9 - сыныпта оқиды.", "Ол тоғызыншы сыныпта оқиды."),  # no label: the hyphen of an ordinal
    ],
}


test_reading = reading_test(READINGS)

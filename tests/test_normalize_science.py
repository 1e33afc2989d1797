"""Science and academia (sci8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a degree written as its field's stump, ғ. and д. or к. is said in full, spaced or not": [
        ("Асанов А., х.ғ.д., профессор.", "Асанов А., химия ғылымдарының докторы, профессор."),
        ("Жетекшісі – ф.-м.ғ.к. Омаров.", "Жетекшісі – физика-математика ғылымдарының кандидаты Омаров."),
        ("Баяндамашы геогр. ғ.д. Сейітов", "Баяндамашы география ғылымдарының докторы Сейітов"),
        ("Ол – мед.ғ.к., доцент", "Ол – медицина ғылымдарының кандидаты, доцент"),
    ],
    "a degree or a title before a name starts no sentence; one that ends the text keeps its full stop": [
        ("Баяндаманы проф. Әлімов жасады.", "Баяндаманы профессор Әлімов жасады."),
        ("Жетекшісі Серікова Ә., б.ғ.к.", "Жетекшісі Серікова Ә., биология ғылымдарының кандидаты."),
    ],
    "the table's own degree stands: т.ғ.к. is тарих's, техника's where an engineer's field is named": [
        ("Жобаны т.ғ.к. Нұрланов басқарады.", "Жобаны тарих ғылымдарының кандидаты Нұрланов басқарады."),
        (
            "Металлургия зауытының жобасын т.ғ.к. Нұрланов басқарады.",
            "Металлургия зауытының жобасын техника ғылымдарының кандидаты Нұрланов басқарады.",
        ),
    ],
    "a field's stump alone is no degree, and б. before a number is still a page": [
        ("[12, б. 45]", "[он екі, бет қырық бес]"),
    ],
    "a registration code's letters are spelled and its digits said one by one, a label written onto it apart": [
        ("AP19678543 жобасы аяқталды.", "эй пи бір тоғыз алты жеті сегіз бес төрт үш жобасы аяқталды."),
        ("Гранттың нөміріAP05132870.", "Гранттың нөмірі эй пи нөл бес бір үш екі сегіз жеті нөл."),
        ("Тіркеу нөмірі 0121РК00512 болды.", "Тіркеу нөмірі нөл бір екі бір эр ка нөл нөл бес бір екі болды."),
    ],
    "a registration code in a Russian passage says its digits one by one in Russian, its zeros kept": [
        (
            "Свидетельство о регистрации издания № KZ17VPY00041532 выдано в 2022 году.",
            "Свидетельство о регистрации издания номер кей зет один семь ви пи уай ноль ноль ноль четыре один пять"
            " три два выдано в две тысячи двадцать втором году.",
        ),
    ],
    "space-grouped thousands after a lone one- or two-digit number are no grouping: the run is a list of counts": [
        ("Пікірлер мен қаралымдар: 2 14 305", "Пікірлер мен қаралымдар: екі он төрт үш жүз бес"),
        ("Барлығы 12 4 600 болды", "Барлығы он екі төрт алты жүз болды"),
        (
            "Жоспар 541,0 2 659 188,0 теңге",
            "Жоспар бес жүз қырық бір бүтін оннан нөл екі миллион алты жүз елу тоғыз"
            " мың жүз сексен сегіз бүтін оннан нөл теңге",
        ),
        ("Тұрғыны 1 250 000 адам", "Тұрғыны бір миллион екі жүз елу мың адам"),
        # a zero opens no grouped number: a page's comments and views (ww249)
        ("Пікір мен қаралым: 0 390", "Пікір мен қаралым: нөл үш жүз тоқсан"),
        ("Тұрғыны 10 390 адам", "Тұрғыны он мың үш жүз тоқсан адам"),
    ],
    "ЖТН is the individual registration number": [
        ("ЖТН бойынша іздеу", "жеке тіркеу нөмірі бойынша іздеу"),
    ],
    "an address part the Latin table knows is said as the table says": [
        ("Портал: edu.kz", "Портал: эду нүкте кей зет"),
    ],
    "science's databases by the Latin table": [
        ("Web of Science базасында 12 мақала", "веб оф сайенс базасында он екі мақала"),
        ("CiteScore көрсеткіші 80", "сайтскор көрсеткіші сексен"),
        ("Elsevier баспасы мен Clarivate компаниясы", "эльзевир баспасы мен кларивейт компаниясы"),
    ],
    "a chemical formula is said element by element, a count after its element as a cardinal": [
        ("Су (H2O) молекуласы", "Су (аш екі о) молекуласы"),
        ("Ауадағы CO₂ үлесі өсті.", "Ауадағы цэ о екі үлесі өсті."),
        ("H2SO4 ерітіндісі", "аш екі эс о төрт ерітіндісі"),
        ("Ас тұзы – NaCl.", "Ас тұзы – натрий хлор."),
        ("CH4-тің мөлшері", "цэ аш төрттің мөлшері"),
        ("CaCO3 ыдырайды", "кальций цэ о үш ыдырайды"),
    ],
    "capitals with no count, one symbol with a number, a three-digit number or one element over again are no formula": [
        ("HBO арнасы", "эйч би о арнасы"),  # letters by their names, as FBI
        ("KC263 рейсі", "кей си екі жүз алпыс үш рейсі"),
        ("P4P рейтингінің көшбасшысы", "пи төрт пи рейтингінің көшбасшысы"),  # one element over again: no formula
    ],
    "an isotope is its element's Kazakh name and its mass number, the symbol before or after it (chemistry31)": [
        ("Cs-137 мөлшері артты.", "цезий жүз отыз жеті мөлшері артты."),
        ("стронций-90-ның мөлшері", "стронций тоқсанның мөлшері"),
        ("Таңба137Cs", "Таңба цезий жүз отыз жеті"),
        ("Sr-90-ның жартылай ыдырау мерзімі", "стронций тоқсанның жартылай ыдырау мерзімі"),
        ("Ыдырау өнімі ¹³⁷Xe болды.", "Ыдырау өнімі ксенон жүз отыз жеті болды."),
        ("Реакторға U-235 изотобы керек.", "Реакторға уран екі жүз отыз бес изотобы керек."),
        ("Радиокөміртекті C-14 әдісі", "Радиокөміртекті көміртек он төрт әдісі"),
    ],
    "an isotope under its element's Latin name reads the name by school Latin; a word not an element's stays": [
        ("Стронций-90 - Strontium-90", "Стронций тоқсан - стронциум тоқсан"),
        ("Uranium-238 ыдырайды.", "ураниум екі жүз отыз сегіз ыдырайды."),
        ("Premium-100 тарифі", "премиум-жүз тарифі"),
    ],
    "a one-letter symbol's number is an isotope's only where nuclei are spoken of, and only an element's own mass": [
        ("U-17 құрамасы жеңді.", "ю он жеті құрамасы жеңді."),
        ("C-17 ұшағы қонды.", "си он жеті ұшағы қонды."),
        ("Be-200 ұшағы", "би-екі жүз ұшағы"),  # beryllium's nuclei are not two hundred heavy
    ],
    "an element's name ending as a Russian adjective (цезий) is no sign of Russian": [
        ("Цезий-137, Cs-137", "Цезий жүз отыз жеті, цезий жүз отыз жеті"),
    ],
    "pH in Latin or Cyrillic letters is пэ аш, a suffix after it agreeing; pH-метр keeps its word": [
        ("Судың pH мәні 7-ге тең.", "Судың пэ аш мәні жетіге тең."),
        ("рН-ы төмен", "пэ ашы төмен"),
        ("pH-метрмен өлшенді", "пэ аш-метрмен өлшенді"),
    ],
    "a small Greek letter apart is its name; one in a unit or a capital (Ω) is not read so": [
        ("β-ыдырау мен γ-сәулелер", "бета-ыдырау мен гамма-сәулелер"),
        ("Ыдырау режимі (β )", "Ыдырау режимі (бета)"),
    ],
    "a degree's ring flattened to a zero after a number is a degree": [
        ("Температура ± 0,5 0С", "Температура плюс-минус нөл бүтін оннан бес градус"),
    ],
    "a long word in capitals with a Russian four-consonant cluster is a word": [
        ("СПЕКТРЛІК ТАЛДАУ НӘТИЖЕСІ", "спектрлік талдау нәтижесі"),
    ],
}


test_reading = reading_test(READINGS)

CHEMBIO60_READINGS = {
    "a formula's groups in brackets and a complex ion in square brackets are parts of the formula (chembio60)": [
        ("Al(OH)SO4 тұзы", "алюминий (о аш) эс о төрт тұзы"),
        ("(CuOH)2CO3 түзіледі", "(купрум о аш) екі цэ о үш түзіледі"),
        ("катион [Cu(NH3)4]SO4 бар", "катион [купрум (эн аш үш) төрт] эс о төрт бар"),
        ("KAl(SO4)2 ашудас", "калий алюминий (эс о төрт) екі ашудас"),
        # a name in brackets is no group: the letters stay the initialism's
        ("көміртек тотығы (CO)", "көміртек тотығы (цэ о)"),
    ],
    "a formula with a two-letter element and a count before the next capital passes the rule's gate (chembio60)": [
        ("Al2O3 оксиді", "алюминий екі о үш оксиді"),
    ],
    "a chemical formula inside an equation is said element by element, not as powers (chembio60)": [
        ("m (P2O5) = 284", "эм (пэ екі о бес) тең екі жүз сексен төрт"),
        ("m (Al2O3) = 20,4", "эм (алюминий екі о үш) тең жиырма бүтін оннан төрт"),
        ("H2O=18", "аш екі о тең он сегіз"),
        # a school equation's variables and powers stay
        ("x2 + y2 = 169", "икс квадрат плюс игрек квадрат тең жүз алпыс тоғыз"),
    ],
    "an element's symbol in brackets after a quantity's letter is the element (chembio60)": [
        ("m(Al) - ?", "эм (алюминий) -?"),
        ("m(P) - ?", "эм (пэ) -?"),
        ("Топ (C) бойынша", "Топ (си) бойынша"),
    ],
    "a quantity's letters before a substance in brackets by their school names, Cyrillic М and м too (chem27)": [
        ("Ar(S)=32", "а эр (эс) тең отыз екі"),
        ("Мr(FeS)=88", "эм эр (феррум эс) тең сексен сегіз"),
        ("м(Fe)=56", "эм (феррум) тең елу алты"),
        ("V (S) М(S)=32", "вэ (эс) эм (эс) тең отыз екі"),
        ("n(H2O) = 2 моль", "эн (аш екі о) тең екі моль"),
        ("V(FeS)М(FeS)=88", "вэ (феррум эс) эм (феррум эс) тең сексен сегіз"),
        ("ω(C) = 40%", "омега (цэ) тең қырық пайыз"),
        # a letter before a bracket of no substance stays a point's or a function's
        ("М(2; 3) нүктесі", "М(екі; үш) нүктесі"),
    ],
    "an element's symbol alone on a line about elements, or run onto its моль, is the element (chem27)": [
        ("элемент S, Fe", "элемент эс, феррум"),
        ("бір мольS", "бір моль эс"),
        # not on a line that speaks of no elements, nor an option's letter
        ("Fe Mobile тарифі", "фей мобайл тарифі"),
        ("элемент C) 5", "элемент си) бес"),
    ],
    "the atomic mass unit after a number and a bullet typed between numbers for times (chem27)": [
        ("32м.а.б", "отыз екі массаның атомдық бірлігі"),
        ("6.02•10", "алты бүтін жүзден екі көбейту он"),
        ("• 12 бет", "он екі бет"),
    ],
    "a formula typed in Cyrillic look-alikes is read as the Latin formula it stands for (chembio60)": [
        ("КН2РО4 тұзы", "калий аш екі пэ о төрт тұзы"),
        ("СО2 шығарындысы", "цэ о екі шығарындысы"),
        ("М4 жолы", "эм төрт жолы"),
    ],
    "a Roman numeral in brackets after an element's name is its valence, a cardinal (chembio60)": [
        ("күкірт (ІҮ) оксиді", "күкірт (төрт) оксиді"),
        ("темір (III) хлориді", "темір (үш) хлориді"),
        ("XX ғасыр", "жиырмасыншы ғасыр"),
    ],
    "a problem's unknown amount, a capital X or Y before its unit, is the variable (chembio60)": [
        ("Егер Х грамм болса, У грамм қажет", "Егер икс грамм болса, игрек грамм қажет"),
        ("X грамм(1 зат)", "икс грамм(бір зат)"),
        ("X ғасыр", "оныншы ғасыр"),
    ],
    "a unit after a question's word for the amount is the unit's word (chembio60)": [
        ("неше гр тұз түзіледі?", "неше грамм тұз түзіледі?"),
        ("Қанша км жүрді?", "Қанша шақырым жүрді?"),
        ("неше ай өтті", "неше ай өтті"),
    ],
}
test_chembio60_reading = reading_test(CHEMBIO60_READINGS)


CHEM62_READINGS = {
    "a periodic table's group is its ordinal and its letter, where two are named or a group's word follows (chem62)": [
        ("IA, IIA және VIIA топтары", "бірінші а, екінші а және жетінші а топтары"),
        ("VIIIA топшасы", "сегізінші а топшасы"),
        ("IVA компаниясы", "ива компаниясы"),
        ("Бағасы 5 VA", "Бағасы бес ви эй"),
    ],
    "an element's symbol on a line of its own in a lesson on atoms is the element (chem62)": [
        ("Атом құрылысы\n\nLi\n\nBe\n\nNe\n\n6p", "Атом құрылысы\n\nлитий\n\nбериллий\n\nнеон\n\nалты пэ"),
        ("Li\n\nNa", "ли\n\nна"),
    ],
    "an electron configuration is said sublevel by sublevel, its element's symbol before it the element (chem62)": [
        ("Мысалы: Si - 1s22s22p63s23p2", "Мысалы: силициум – бір эс екі екі эс екі екі пэ алты үш эс екі үш пэ екі"),
        (
            "Fe: 1s22s22p63s23p64s23d6",
            "феррум – бір эс екі екі эс екі екі пэ алты үш эс екі үш пэ алты төрт эс екі үш дэ алты",
        ),
        ("1s2 деп жазылады", "бір эс екі деп жазылады"),
    ],
    "a formula run onto a Cyrillic word is said apart from it; a case ending run onto one is no word (chem62)": [
        ("NaClнатрий хлориді", "натрий хлор натрий хлориді"),
        ("CO2ні", "со екі ні"),
    ],
    "a column of charges keeps its minus, blank lines or a table's pipes between (chem62)": [
        ("Заряды:\n\n+3\n\n-2\n\n-1", "Заряды:\n\nплюс үш\n\nминус екі\n\nминус бір"),
        ("+3 | -2 | -1", "плюс үш\nминус екі\nминус бір"),
        ("Тізім:\n\n-2 бөлме\n\n-3 бөлме", "Тізім:\n\nминус екі бөлме\n\n– үш бөлме"),
    ],
    "numbers listed with bare commas before a last one on its noun's hyphen are the noun's places (chem62)": [
        (
            "9-сыныпта 1,2,3 және 4-тоқсандарда өткізіледі.",
            "тоғызыншы сыныпта бірінші, екінші, үшінші және төртінші тоқсандарда өткізіледі.",
        ),
        ("1,2,3 және 4 кітап", "бір, екі, үш және төрт кітап"),
    ],
    "a city and a year alone on a title page's line, without a comma too, is the year it came out (chem62)": [
        (
            "Әдістемелік ұсыныстар\n\nНұр-Сұлтан 2019\n",
            "Әдістемелік ұсыныстар\n\nНұр-Сұлтан екі мың он тоғызыншы жыл\n",
        ),
        ("Алматы 2020\n", "Алматы екі мың жиырмасыншы жыл\n"),
        ("Астана 2013.", "Астана екі мың он үшінші жыл."),  # its line closed by a stop
        (
            "ОҚУ БАҒДАРЛАМАЛАРЫ(5–9-сыныптар) Астана 2013.",
            "оқу бағдарламалары(бесінші – тоғызыншы сыныптар) Астана екі мың он үшінші жыл.",
        ),
        ("Астана – 1957", "Астана – мың тоғыз жүз елу жеті"),
        ("Астана | 1957\nАтырау | 1024", "Астана мың тоғыз жүз елу жеті\nАтырау мың жиырма төрт"),
        ("Барлығы 2019\n", "Барлығы екі мың он тоғыз\n"),
    ],
}
test_chem62_reading = reading_test(CHEM62_READINGS)

# techlabor63: a title page's place and year that run on into the next line, a copyright line's year, and a label's
# number on its own line (`references.IMPRINT_YEAR`, `references.LABELLED_PART`).
TECHLABOR63_READINGS = {
    "a place and a year alone on their line, next to a line of text rather than a blank, is the year it came out": [
        (
            "(5–9-сыныптар)\n\nАстана 2013\nҚазақстан Республикасының министрінің бұйрығымен бекітілген.",
            "(бесінші – тоғызыншы сыныптар)\n\nАстана екі мың он үшінші жыл\n"
            "Қазақстан Республикасының министрінің бұйрығымен бекітілген.",
        ),
        ("мамандығы үшін\nСемей 2007\nАлғысөз", "мамандығы үшін\nСемей екі мың жетінші жыл\nАлғысөз"),
        ("оқу құралы\nҚарағанды 2020\nКіріспе", "оқу құралы\nҚарағанды екі мың жиырмасыншы жыл\nКіріспе"),
        ("Кесте\nАстана 1957\nАлматы 2100", "Кесте\nАстана мың тоғыз жүз елу жеті\nАлматы екі мың жүз"),
    ],
    "a title page's place and year run on into the title before and the heading after them (ordinals25)": [
        ("Семей 2013              МАЗМҰНЫ", "Семей екі мың он үшінші жыл мазмұны"),
        (
            "ОҚУ-ӘДІСТЕМЕЛІК МАТЕРИАЛДАР СЕМЕЙ 2013 Мазмұны",
            "оқу-әдістемелік материалдар семей екі мың он үшінші жыл Мазмұны",
        ),
        ("МАТЕРИАЛДАРЫ Қарағанды 2020 Кіріспе", "материалдары Қарағанды екі мың жиырмасыншы жыл Кіріспе"),
        # a town and a year ending a line within it may be an event's name; no heading, no year of a book
        ("Көрме ЭКСПО Астана 2017", "Көрме экспо Астана екі мың он жеті"),
        ("Жоспар Қарағанды 2050 Кіріспе", "Жоспар Қарағанды екі мың елу Кіріспе"),
    ],
    "the year that closes a copyright line after the body holding the right is the year it came out": [
        ("Ұлттық білім академиясы, 2013", "Ұлттық білім академиясы, екі мың он үшінші жыл"),
        ("«Мектеп» баспасы, 2010\n", "«Мектеп» баспасы, екі мың оныншы жыл\n"),
        ("Ол университеті, 2013 жылы бітірді.", "Ол университеті, екі мың он үшінші жылы бітірді."),
    ],
    "a reference's label takes a number on its own line only, not the numbered item on the next": [
        ("Кажибаева Г.Т.\n3. БЕКІТІЛДІ", "Кажибаева Г. Т.\nүшінші бекітілді"),
        ("Т. 3, 45 бет", "үшінші том, қырық бес бет"),
    ],
}
test_techlabor63_reading = reading_test(TECHLABOR63_READINGS)


# biology63: a genetics lesson's genotypes and crosses.
BIOLOGY63_READINGS = {
    "a genotype in a genetics text is read allele by allele, a count of offspring before it": [
        ("Оның генотипі гетерозигота Аа болады.", "Оның генотипі гетерозигота а а болады."),
        ("гомозигота (аа), себебі", "гомозигота (а а), себебі"),
        ("Генотиптер: АА 2Аа аа", "Генотиптер: а а екі а а а а"),
        ("Ата-ананың генотипі гетерозигота Аа және Аа.", "Ата-ананың генотипі гетерозигота а а және а а."),
    ],
    "a cross's line: the parents' Р, a generation's label, the cross's Х, with no genetics word beside it": [
        ("Р. Аа Х аа", "пэ а а икс а а"),
        ("Р. Г1 Аа Х Аа", "пэ гэ бір а а икс а а"),
        ("Ғ2 АА 2Аа аа", "ғы екі а а екі а а а а"),
    ],
    "outside genetics АА stays an agency's initialism and Аа no genotype": [
        ("«Қазақпарат» АА хабарлады", "«Қазақпарат» ақпарат агенттігі хабарлады"),
        ("Аа, солай ма?", "Аа, солай ма?"),
    ],
}
test_biology63_reading = reading_test(BIOLOGY63_READINGS)


NUMLISTS26_READINGS = {
    "Roman numerals listed with commas closing a clause, no word after them, are values, cardinals (numlists26)": [
        ("А) І, ІІ, ІІІ; Ә) ІІ, ІV, VІ; Б) ІІ, ІV, V.", "а бір, екі, үш; ә екі, төрт, алты; бэ) екі, төрт, бес."),
        ("I, II, III ғасырлар", "бірінші, екінші, үшінші ғасырлар"),  # a word after the list: places
    ],
}
test_numlists26_reading = reading_test(NUMLISTS26_READINGS)


FORMULAS26_READINGS = {
    "a chemical equation's term typed in a Cyrillic look-alike is its element, where the line holds a formula": [
        (
            "б) m (P2O5) = 284 Р + О2 --> P2O5",
            "бэ эм (пэ екі о бес) тең екі жүз сексен төрт пэ плюс о екі – пэ екі о бес",
        ),
        ("Н2 + О2 → Н2О", "аш екі плюс о екі – аш екі о"),
        ("Философия С+ 2,33", "Философия си плюс екі бүтін жүзден отыз үш"),  # a grade: no formula on its line
    ],
    "a 1 typed for the l of Al and Cl in a plainly chemical formula is the letter": [
        ("енсе (MgOHCl, A1(OH)2Cl),", "енсе (магний о аш хлор, алюминий (о аш) екі хлор),"),
        ("NaC1 тұзы", "натрий хлор тұзы"),
        ("CC1 перпендикуляры", "цэ цэ бір перпендикуляры"),  # a point's index
    ],
}
test_formulas26_reading = reading_test(FORMULAS26_READINGS)

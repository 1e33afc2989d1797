"""Health and medicine (health8): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a blood group is its ABO letter by the Russian letter name and its Roman number as an ordinal": [
        ("Донордың қаны A(II) тобына жатады.", "Донордың қаны а (екінші) тобына жатады."),
        ("0(I) топтағы қан жетіспейді", "нөл (бірінші) топтағы қан жетіспейді"),
        ("АВ(IV) – 12 адам", "а бэ (төртінші) – он екі адам"),
        ("В (ІІІ) тобы сирек кездеседі", "бэ (үшінші) тобы сирек кездеседі"),
    ],
    "a letter with a number that is not its group is no blood group": [
        ("B(II) нұсқасы", "би(екінші) нұсқасы"),
    ],
    "Rh is the rhesus factor, its sign оң or теріс": [
        ("Науқастың қаны Rh+ екен.", "Науқастың қаны резус оң екен."),
        ("Rh- қан тапшы", "резус теріс қан тапшы"),
        ("Rh(+) болса", "резус оң болса"),
        ("Rh-фактор анықталды", "резус-фактор анықталды"),
    ],
    "laboratory units after a number, alone and over a volume": [
        ("Қандағы қант 5,5 ммоль/л болуы тиіс.", "Қандағы қант бес бүтін оннан бес миллимоль литріне болуы тиіс."),
        ("Глюкоза 126 мг/дл шамасында", "Глюкоза жүз жиырма алты миллиграмм децилитріне шамасында"),
        ("Креатинин 80 мкмоль/л", "Креатинин сексен микромоль литріне"),
        ("Күніне 10 мкг қабылдайды", "Күніне он микрограмм қабылдайды"),
        ("Балаларға 400 ХБ беріледі", "Балаларға төрт жүз халықаралық бірлік беріледі"),
        ("Қысымы 150 мм сын. бағ. көтерілді", "Қысымы жүз елу миллиметр сынап бағанасы көтерілді"),
    ],
    "a Latin word no rule knows, ending in a name of the table, keeps the name's reading": [
        ("Astanamedia порталы хабарлады", "астанамедиа порталы хабарлады"),
        ("Balmedia.kz сайтында", "балмедиа нүкте кей зет сайтында"),
    ],
    "a day and a month with a dot, before a word of days or of how things stand, are a date": [
        ("14.07 күнгі жағдай бойынша 45 жағдай", "он төртінші шілде күнгі жағдай бойынша қырық бес жағдай"),
        ("01.09 жағдайы бойынша", "бірінші қыркүйек жағдайы бойынша"),
    ],
    "after сағат, or before another word, the pair is no date": [
        ("сағат 14.07 күні", "сағат он төрт нөл жеті күні"),
        ("өсім 14.07 пайыз", "өсім он төрт бүтін жүзден жеті пайыз"),
    ],
    "a service number hyphenated onto the word of its line or console is its name, not a place in a row": [
        (
            "Бүгінде 103-пультіне 900-ге жуық шақырту түседі.",
            "Бүгінде жүз үш пультіне тоғыз жүзге жуық шақырту түседі.",
        ),
        ("112-желісіне хабарласыңыз", "жүз он екі желісіне хабарласыңыз"),
        ("1414-нөміріне қоңырау шалды", "мың төрт жүз он төрт нөміріне қоңырау шалды"),
    ],
    "a small number before those words, or a service number before another word, keeps its ordinal": [
        ("5-пульт істен шықты", "бесінші пульт істен шықты"),
        ("2-желі іске қосылды", "екінші желі іске қосылды"),
        ("Кодекстің 103-бабы", "Кодекстің жүз үшінші бабы"),
    ],
    "нөмір after such a number is a service line's only in a sentence calling it, else an issue's rank (sample52v)": [
        (
            "2016 жылдың соңғы – 104-нөмірін қолыңызға алып",
            "екі мың он алтыншы жылдың соңғы – жүз төртінші нөмірін қолыңызға алып",
        ),
        ("Газеттің 104-нөмірі шықты.", "Газеттің жүз төртінші нөмірі шықты."),
        ("Газ иісі шықса, 104-нөміріне хабарласыңыз.", "Газ иісі шықса, жүз төрт нөміріне хабарласыңыз."),
        ("Сенім телефоны: 150-нөмірі", "Сенім телефоны: жүз елу нөмірі"),
    ],
    "a number before типті or типтегі names a type, an ordinal (health18)": [
        ("30 мыңы - 1 типті қант диабеті бар", "отыз мыңы - бірінші типті қант диабеті бар"),
        ("2 типтегі диабетпен ауырады", "екінші типтегі диабетпен ауырады"),
    ],
    "a count before типі may count kinds and stays a cardinal": [
        ("Вирустың 3 типі бар", "Вирустың үш типі бар"),
    ],
    "the third person's possessive a space after a number is its suffix (health18)": [
        ("Оның 598 інің жағдайы ауыр", "Оның бес жүз тоқсан сегізінің жағдайы ауыр"),
        ("Олардың 41 і ер адам", "Олардың қырық бірі ер адам"),
        ("Науқастың 20 ына көмек көрсетілді", "Науқастың жиырмасына көмек көрсетілді"),
    ],
    "other words a space after a number keep their own reading": [
        ("5 ін қазылды", "бес ін қазылды"),
        ("2 мен 3 аралығында", "екі мен үш аралығында"),
    ],
    "blood pressure in a clause about pressure: the systolic in the dative, then the diastolic (medicine26)": [
        ("Қан қысымы 120/80 болды.", "Қан қысымы жүз жиырмаға сексен болды."),
        ("Тонометр тілі 140/90-нан асса", "Тонометр тілі жүз қырыққа тоқсаннан асса"),
        ("Көрсеткіш 130/85 мм сын. бағ. болды", "Көрсеткіш жүз отызға сексен бес миллиметр сынап бағанасы болды"),
    ],
    "a slash pair outside pressure talk, or one no tonometer shows, is no pressure": [
        ("Үй 120/80 мекенжайы", "Үй жүз жиырма бөлу сексен мекенжайы"),
        ("Қысым 80/120 деп жазылды", "Қысым жүз жиырмадан сексен деп жазылды"),
    ],
    "medical units: moles, nanograms, international units and units (medicine26)": [
        ("3,5 - 5,3 моль / л", "үш бүтін оннан бес – бес бүтін оннан үш моль литріне"),
        ("10 нмоль/л", "он наномоль литріне"),
        ("30 нг/мл", "отыз нанограмм миллилитріне"),
        ("2000 МЕ дәрумені", "екі мың халықаралық бірлік дәрумені"),
        ("40 ЕД инсулин", "қырық бірлік инсулин"),
    ],
    "a leaflet's storage temperature with the degree typed as a letter o, Cyrillic or Latin (leaflets37)": [
        ("25оС-ден аспайтын температурада сақтау керек", "жиырма бес градустан аспайтын температурада сақтау керек"),
        ("+2 oC-тан +8 oC-қа дейін", "плюс екі градустан плюс сегіз градусқа дейін"),
    ],
    "a capsule's size after № with a leading zero is said digit by digit (leaflets37)": [
        ("№ 00 қатты желатинді капсулалар", "нөл нөл қатты желатинді капсулалар"),
        ("№0 капсула", "нөлінші капсула"),
        ("№ 5 капсула", "бесінші капсула"),
    ],
    "the glomerular filtration rate's initialism on a kidney threshold (leaflets37)": [
        ("ШСЖ 30 мл/мин-тан төмен", "шумақтық сүзілу жылдамдығы отыз миллилитр минутынан төмен"),
        ("ШСЖ-ны анықтау", "шумақтық сүзілу жылдамдығын анықтау"),
    ],
}

test_health_readings = reading_test(READINGS)

VACCINE48_READINGS = {
    "the consumer-protection department's and office's initialisms are expanded (vaccine48)": [
        (
            "Семей қалалық ТҚҚ басқармасының басшысы",
            "Семей қалалық тұтынушылардың құқықтарын қорғау басқармасының басшысы",
        ),
        (
            "ШҚО бойынша ТҚҚД-ның бастығы",
            "Шығыс Қазақстан облысы бойынша тұтынушылардың құқықтарын қорғау департаментінің бастығы",
        ),
    ],
    "a longer initialism holding the same capitals is not that one (vaccine48)": [
        ("құрылымының (ӨТҚҚ) директоры", "құрылымының (ө тэ қы қы) директоры"),
    ],
    "a test's minus after an initialism that also stands with a plus is said (vaccine48)": [
        (
            "КВИ+ және КВИ- жағдайларының ішінде",
            "коронавирустық инфекция плюс және коронавирустық инфекция минус жағдайларының ішінде",
        ),
        ("ПТР+ / ПТР- нәтижелері", "пэ тэ эр плюс пэ тэ эр минус нәтижелері"),
    ],
    "a hyphen after capitals before a suffix typed apart is no minus, with or without a plus (vaccine48)": [
        ("бұрын КВИ- мен ауырған", "бұрын коронавирустық инфекциямен ауырған"),
        ("АҚШ+ қосылды, АҚШ- тың саясаты", "Америка Құрама Штаттары плюс қосылды, Америка Құрама Штаттарының саясаты"),
    ],
}

test_vaccine48_health_readings = reading_test(VACCINE48_READINGS)


PHARMA50_READINGS = {
    "an initialism hyphened onto a name takes the meaning that name calls up (pharma50)": [
        (
            "Бұл туралы «СҚ-Фармация» ЖШС ұйымдастырған брифингте айтылды.",
            "Бұл туралы «Самұрық-Қазына-Фармация» жауапкершілігі шектеулі серіктестігі ұйымдастырған "
            "брифингте айтылды.",
        ),
        ("– деді «СҚ-Фармация» өкілі.", "– деді «Самұрық-Қазына-Фармация» өкілі."),
    ],
    "the same initialism with no such name beside it keeps its table meaning, and a suffix calls up nothing": [
        ("СҚ гидрометеорология орталығы хабарлады.", "Солтүстік Қазақстан гидрометеорология орталығы хабарлады."),
        ("СҚ-да фармация саласы дамып келеді.", "Солтүстік Қазақстанда фармация саласы дамып келеді."),
    ],
    "ФК beside a drug plant is a pharmaceutical company, and a legal form after it the quoted name's kind (pharma50)": [
        (
            "«Ромат» ФК ЖШС медициналық препараттар зауыты директоры",
            "«Ромат» фармацевтикалық компаниясы жауапкершілігі шектеулі серіктестігі медициналық препараттар "
            "зауыты директоры",
        ),
    ],
    "ФК beside a match stays a football club, and a legal form after it is no kind of the club's name": [
        ("«Қайрат» ФК ойыншысы гол соқты.", "«Қайрат» футбол клубы ойыншысы гол соқты."),
    ],
}

test_pharma50_health_readings = reading_test(PHARMA50_READINGS)


# health58: an influenza virus's type and subtype, and the clipped эпид. of a health body's page.
HEALTH58_READINGS = {
    "an influenza type before its subtype is its letter's name, the slash unsaid (chemistry.FLU_TYPE)": [
        ("Сондай-ақ A/H3N2 типті тұмау", "Сондай-ақ а аш үш эн екі типті тұмау"),
        ("A(H1N1) тұмауы", "а (аш бір эн бір) тұмауы"),
        ("А/H5N1 құс тұмауы", "а аш бес эн бір құс тұмауы"),
    ],
    "a letter and a slash before no subtype stay the letters' reading; a subtype alone is a formula's": [
        ("A/B тестілеу", "э, би тестілеу"),
        ("A/H3 жолағы", "э, эйч үш жолағы"),
        ("H3N2 штамы", "аш үш эн екі штамы"),
    ],
    "эпид. with its stop is the adjective it clips; the whole word is left alone": [
        ("Эпид. жағдай тұрақты.", "эпидемиологиялық жағдай тұрақты."),
        ("Эпидемия басталды.", "Эпидемия басталды."),
    ],
}

test_health58_readings = reading_test(HEALTH58_READINGS)


# drug61: medicine leaflets and health advice.
DRUG61_READINGS = {
    "a vitamin with its number is named by the vitamin letters' names, before the vitamin word or listed after it": [
        ("B12 витамині жетіспейді.", "бэ он екі витамині жетіспейді."),
        ("D3 дәрумені", "дэ үш дәрумені"),
        ("В1 және В6 витаминдері", "бэ бір және бэ алты витаминдері"),
        ("В дәрумендері (B1, B6, B12) қажет.", "бэ дәрумендері (бэ бір, бэ алты, бэ он екі) қажет."),
    ],
    "a Latin letter alone that the sentence goes on to name a vitamin by is that vitamin's": [
        ("«D» термині екі нысанды қамтиды: D2 дәрумені", "«дэ» термині екі нысанды қамтиды: дэ екі дәрумені"),
    ],
    "a letter with a number and no vitamin word by it is no vitamin": [
        ("A тобы мен B2 класы", "эй тобы мен би екі класы"),
        ("Кесте (B1, B2) көрсетілген.", "Кесте (би бір, би екі) көрсетілген."),
        ("Бұл B2 класы", "Бұл би екі класы"),
    ],
    "a unit after a form's blank, or a dose's unit opening a line, is said as after an amount": [
        ("Ампулаларда ____ мл ерітінді", "Ампулаларда ____ миллилитр ерітінді"),
        ("жөтелді басатын ____\n\nмл шәрбат", "жөтелді басатын ____\n\nмиллилитр шәрбат"),
        ("мл шәрбат", "миллилитр шәрбат"),
        ("Раствор для инъекций ... мл в ампулах", "Раствор для инъекций... миллилитров в ампулах"),
    ],
    "a letter after an ellipsis, or a unit inside a sentence with no blank before it, stays": [
        ("Күтеміз... м бойы", "Күтеміз... м бойы"),
        ("Таблетка мг бар", "Таблетка мг бар"),
    ],
    "a Russian dose is counted in its unit's form": [
        (
            "Сироп от кашля 5 мл во флаконе, по 2 мг в сутки.",
            "Сироп от кашля пять миллилитров во флаконе, по два миллиграмма в сутки.",
        ),
    ],
    "the Celsius letter alone before температура is the degree, its scale named; a class's letter is not": [
        ("Пеште 40-60 С температурада кептіру", "Пеште қырық – алпыс градус цельсий температурада кептіру"),
        ("5 С сыныбы", "бесінші эс сыныбы"),
    ],
    "р/с heads a table's order column": [("р/с №", "реттік сан нөмір")],
}

test_drug61_readings = reading_test(DRUG61_READINGS)


EPIDEMIC67_READINGS = {
    "a dash onto a count after a bracket closing a tested initialism's sign is a dash, not a minus (epidemic67)": [
        (
            "коронавирустан (коронавирус (КВИ+) –2 480, пневмония (КВИ-) –141) 2 621 адам емделуде.",
            "коронавирустан (коронавирус (коронавирустық инфекция плюс) – екі мың төрт жүз сексен, пневмония "
            "(коронавирустық инфекция минус) – жүз қырық бір) екі мың алты жүз жиырма бір адам емделуде.",
        ),
    ],
    "a minus after a bracket closing a lower-case operand's plus, and a temperature's, stay minus": [
        ("нәтиже (x+) -2 болады", "нәтиже (икс плюс) минус екі болады"),
        ("Температура (ҚР) -5 градус", "Температура (Қазақстан Республикасы) минус бес градус"),
    ],
}

test_epidemic67_readings = reading_test(EPIDEMIC67_READINGS)

# A disease's code in the international classification (latinnews70: Qazaq Times' U07.2, its letter made Cyrillic by
# the Latin Kazakh converter): the letter by its name, the groups as written and the stop said нүкте.
CLASSIFIED_CODE_READINGS = {
    "a disease's code is its letter, its groups and нүкте, no stop ending the sentence inside it": [
        ("U07.2 кодымен белгіленетін пневмония", "ю нөл жеті нүкте екі кодымен белгіленетін пневмония"),
        ("У07.1 коды берілді", "у нөл жеті нүкте бір коды берілді"),
        ("Аурудың коды J45.0 болып белгіленген.", "Аурудың коды джей қырық бес нүкте нөл болып белгіленген."),
    ],
    "two capitals on a decimal are a measure, and a letter on a number with no stop no such code": [
        ("PM2.5 бөлшектері", "пи эм екі бүтін оннан бес бөлшектері"),
        ("B12 дәрумені", "бэ он екі дәрумені"),
    ],
}

test_classified_code_readings = reading_test(CLASSIFIED_CODE_READINGS)

# vaccine72: a table initialism closing a vaccine's coined name in capitals (Гам-КОВИД-ВАК, Sputnik V's name).
COINED_NAME_READINGS = {
    "an initialism hyphened onto coined capitals is the name's last syllable, said as written": [
        (
            'және "Гам-КОВИД-ВАК ("Спутник V") вакциналары колданыста бар.',
            'және "Гам-ковид-вак ("спутник ви") вакциналары колданыста бар.',
        ),
        ("КОВИД-ВАК вакцинасы", "ковид-вак вакцинасы"),
    ],
    "after a word the dictionary knows, another table initialism, or alone, it stays the table's": [
        ("ҚАЗАҚСТАН-ВАК", "қазақстан-ведомствоаралық комиссия"),
        ("ВАК-тың шешімі", "ведомствоаралық комиссияның шешімі"),
        ("ҚР-ДСМ хабарлады", "Қазақстан Республикасы-Денсаулық сақтау министрлігі хабарлады"),
    ],
}
test_coined_name_readings = reading_test(COINED_NAME_READINGS)

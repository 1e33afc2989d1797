"""Food, prices and markets (food9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "kilocalories after a number": [
            ("Бір кесе айранда 120 ккал бар.", "Бір кесе айранда жүз жиырма килокалория бар."),
            ("Күніне 2000 ккал-дан аспауы керек.", "Күніне екі мың килокалориядан аспауы керек."),
        ],
        "a Cyrillic capital written onto a number": [
            ("Ағылшын тілінен В2 деңгейі керек.", "Ағылшын тілінен би екі деңгейі керек."),
            ("Д3 дәрумені жетіспейді.", "дэ үш дәрумені жетіспейді."),
        ],
        "a suffix typed onto an initialism without its hyphen": [
            ("АҚШтан келген жүк", "Америка Құрама Штаттарынан келген жүк"),
            ("ҚРдағы бағалар", "Қазақстан Республикасындағы бағалар"),
            ("ТМДның елдері", "Тәуелсіз Мемлекеттер Достастығының елдері"),
        ],
        "capitals before small letters that are no suffix are a word typed with the shift key held": [
            ("ҚАзақстан", "қазақстан"),
        ],
        "an ampersand between Latin words is said in English": [
            ("Ben & Jerry балмұздағы", "бен энд джерри балмұздағы"),
            ("AT&T", "эй ти энд ти"),
        ],
        "an ampersand elsewhere is және": [
            ("«Алма» & Ко", "«Алма» және Ко"),
        ],
        "a Kazakh domain typed in Cyrillic": [
            ("Дала.кз сайты хабарлады", "Дала нүкте кей зет сайты хабарлады"),
            ("Бұқара.кз-ке сілтеме жасап", "Бұқара нүкте кей зетке сілтеме жасап"),
        ],
        "a shop chain's name the tables say": [
            ("Magnum дүкенінде", "магнум дүкенінде"),
        ],
        "gr. after a number is grams": [
            ("Қой еті (мөлшермен 300 гр.) керек.", "Қой еті (мөлшермен үш жүз грамм.) керек."),
            ("Оған 30-40 гр. қант салады.", "Оған отыз – қырық грамм қант салады."),
            ("Бағасы 5 грн", "Бағасы бес гривна"),  # the hryvnia's грн, no гр of grams
        ],
        "a w before the vowel of oo is в": [
            ("Hollywood фильмі", "холливуд фильмі"),
            ("Woodstock фестивалі", "вудсток фестивалі"),
            ("Woolf романы", "вулф романы"),
        ],
        "a food additive's E-number is the Cyrillic letter Е and a cardinal, in either alphabet": [
            ("E122 азорубин бояғышы", "Е жүз жиырма екі азорубин бояғышы"),
            ("Е621 глутамат натрийі", "Е алты жүз жиырма бір глутамат натрийі"),
            ("E-330 мен Е 211 қосылған", "Е үш жүз отыз мен Е екі жүз он бір қосылған"),
            ("E1422 крахмалы, E150a бояғышы", "Е мың төрт жүз жиырма екі крахмалы, Е жүз елу а бояғышы"),
            ("Өнімге E621-ді қосады.", "Өнімге Е алты жүз жиырма бірді қосады."),
            ("E-40 дәлізі", "е қырық дәлізі"),  # a European road, no additive
        ],
        "social networks said as Russian spells them": [
            ("Snapchat пен Pinterest желілері", "снэпчат пен пинтерест желілері"),
        ],
        "a word that spells pinyin beside an English word is English": [
            ("Алайда,Whoopie Pie деген атау", "Алайда,вупи пай деген атау"),
            ("Apple Pie дәмді", "эппл пай дәмді"),
            ("Li Qiang келді", "ли цян келді"),
        ],
        "a vitamin's letter said by the Latin letter's Russian name": [
            (
                "минералдық тұздар, С витамині, В, РР тобының витаминдері, каротин бар.",
                "минералдық тұздар, цэ витамині, бэ, пэ пэ тобының витаминдері, каротин бар.",
            ),
            ("Балаға арналған D витамині", "Балаға арналған дэ витамині"),
            ("C дәруменіне бай", "цэ дәруменіне бай"),
            ("А, Е және К витаминдері", "а, е және ка витаминдері"),
            ("карамель С және В1 витаминдерін қосып", "карамель цэ және бэ бір витаминдерін қосып"),  # drug61: бэ
            ("В санатындағы жүргізуші", "вэ санатындағы жүргізуші"),  # no vitamin: a licence category's letter
        ],
        # recipe61: an ingredient list opened by hyphens, its first line after a heading's colon.
        "a dash opening a line before a measure of mass, volume, cups, spoons or pieces opens a list's item": [
            ("Қамыр үшін:\n-300 г ұн", "Қамыр үшін:\n– үш жүз грамм ұн"),
            ("Салма үшін:\n-2 дана жуа", "Салма үшін:\n– екі дана жуа"),
            ("-1 стақан жылы су", "– бір стақан жылы су"),
            ("-2 ас қасық май", "– екі ас қасық май"),
            ("-200 мл сүт", "– екі жүз миллилитр сүт"),
        ],
        "a dash opening a line keeps its minus before a temperature, another unit, or under a column of figures": [
            ("Түнде:\n-5 градус", "Түнде:\nминус бес градус"),
            ("-5 см", "минус бес сантиметр"),
            ("443,85\n-5 литр", "төрт жүз қырық үш бүтін жүзден сексен бес\nминус бес литр"),
            ("Салмақ айырмасы (-2 кг)", "Салмақ айырмасы (минус екі килограмм)"),  # not a line's opening
        ],
    }
)

# Nutrition and diet guidance (nutrition66): the readings the round's mechanisms made, each beside a near neighbour
# that keeps its old reading.
NUTRITION66_READINGS = {
    "a broken word's end that is a word of its own, after a part that is no word, is still the word's end": [
        ("Сынақтың қорытын-дысы бойынша шешім шықты.", "Сынақтың қорытындысы бойынша шешім шықты."),
        ("Күн ұзағы-на су ішіп жүру керек.", "Күн ұзағына су ішіп жүру керек."),  # a possessive's dative
        ("Жылу энер-гетикалық қуатты арттырады.", "Жылу энергетикалық қуатты арттырады."),  # энергетика known
        ("Ол жүріс-тұрысын түзеді.", "Ол жүріс-тұрысын түзеді."),  # a word on both sides: a pair
        ("Аурудың алдын-алу шаралары көп.", "Аурудың алдын-алу шаралары көп."),
    ],
    "a lone Roman numeral heading a line before a title that lost its capital": [
        ("I. ақуыздың рөлі\nАқуыз керек.", "бірінші ақуыздың рөлі\nАқуыз керек."),
        ("V. дәрумендердің түрлері", "бесінші дәрумендердің түрлері"),
        ("I. think so", "ай. тинк соу"),  # an English word after it: no Kazakh title
    ],
    "a web address's hyphen before a word, and the picture banks' endings": [
        ("massaget.kz-жаңалықтар", "массагет нүкте кей зет жаңалықтар"),
        ("Massaget.kz-ке берген сұхбатында", "массагет нүкте кей зетке берген сұхбатында"),  # a case ending
        ("Сурет: oboi.pics", "Сурет: обой нүкте пикс"),
        ("Фото: freepik.photo", "Фото: фрипик нүкте фото"),
    ],
}

test_nutrition66_readings = reading_test(NUTRITION66_READINGS)

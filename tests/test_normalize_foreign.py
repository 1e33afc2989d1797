"""Names in Latin letters from French, German, Czech, Japanese, Korean, Chinese and the Turkic languages, read by their
the Russian convention Kazakh newsreaders follow (foreign.py, foreign.tsv)."""

import pytest

from tts_edition.normalize import normalize
from tts_edition.normalize.foreign import (
    AZERBAIJANI,
    CHINESE,
    FRENCH,
    GERMAN,
    TURKISH,
    UZBEK,
    language_of,
    read_foreign,
    turkic_language,
)


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Citroen көліктері", "ситроен көліктері"),  # e after o is a vowel of its own, not the nasal an
        ("Citroën көліктері", "ситроен көліктері"),  # the diaeresis says the same, and is French by itself
        ("Nestlé компаниясы", "нестле компаниясы"),  # é: French without the table
        ("Danone зауыты", "данон зауыты"),  # a final e is silent
        ("Decathlon дүкені", "декатлон дүкені"),  # th is т, a final on nasal
        ("Louis Vuitton үйі", "луи виттон үйі"),  # ou, ui, a silent final s
        ("Leroy Merlin дүкені", "леруа мерлен дүкені"),  # oy is уа, in is ен
        ("Chanel үйі", "шанель үйі"),  # ch is ш, a final l soft
        ("Cartier үйі", "картье үйі"),  # -ier
        ("Yves Saint Laurent үйі", "ив сен лоран үйі"),  # silent finals, ain and en nasal
    ],
)
def test_french_names_are_read_by_french_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Zeiss линзалары", "цайс линзалары"),  # z is ц, ei ай, ss с
        ("Henkel компаниясы", "хенкель компаниясы"),  # a final l soft
        ("Bayer концерні", "байер концерні"),  # ay is ай
        ("Bosch техникасы", "бош техникасы"),  # sch is ш
        ("Mercedes-Benz көлігі", "мерседес бенц көлігі"),  # Benz: z is ц
        ("Aldi дүкені", "альди дүкені"),  # an l before a consonant is soft
        ("Frankfurt университеті", "франкфурт университеті"),  # a is а (not the English фрэнкфурт)
    ],
)
def test_german_names_are_read_by_german_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Kawasaki мотоциклі", "кавасаки мотоциклі"),  # Japanese w is в (not the English кауосаки)
        ("Nikon камерасы", "никон камерасы"),  # i is и (not the English найкон)
        ("Daikin кондиционері", "дайкин кондиционері"),  # ai is ай
        ("Hanwha тобы", "ханвха тобы"),  # Korean, as Russian media write Ханвха
        ("Doosan компаниясы", "дусан компаниясы"),  # oo is у
        ("Dongfeng көліктері", "дунфэн көліктері"),  # pinyin in Palladius: ong → ун, eng → эн
    ],
)
def test_asian_names_are_read_by_their_romanisation(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(Goethe University Frankfurt)", "(гёте юниверсити франкфурт)"),  # oe is ö, not the English гоут
        ("Mueller мырза", "мюллер мырза"),  # ue is ü
        ("Goethe-ге", "гётеге"),  # the suffix agrees with the German reading
    ],
)
def test_german_umlauts_spelled_without_dots_are_the_umlauts(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("оқу үшін wunderkind болу керек", "оқу үшін вундеркинд болу керек"),  # w, u and i as German says them
        ("Wunderkind-ке", "вундеркиндке"),
        ("Zeitgeist деген", "цайтгайст деген"),  # z is ц, ei is ай
        ("kind words", "кайнд уордс"),  # the English word alone stays English
    ],
)
def test_german_loan_words_in_latin_letters_are_read_by_german_rules(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(Universite libre de Bruxelles)", "(юниверсите либр де брюксель)"),  # one French word makes the name French
        ("Universite libre de Bruxelles-ке", "юниверсите либр де брюксельге"),  # the suffix agrees with ль
        ("Moet et Chandon", "мое э шандон"),  # et is э
        ("University of Bordeaux", "юниверсити оф бордо"),  # of keeps the name English
        ("Citroen and Peugeot", "ситроен энд пежо"),  # no French little word: each name by its own rules
    ],
)
def test_a_french_name_is_read_whole_by_the_french_rules(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("(Anatomie d’une chute);", "(анатоми дюн шют);"),  # an elided little word makes the title French
        ("Le Temps d'aimer-ге", "ле танп демеге"),  # a straight apostrophe too; the suffix agrees with the е
        ("Tom and Jerry", "том энд джерри"),  # no elision: English
    ],
)
def test_an_elided_french_little_word_makes_a_name_french(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_name_typed_without_its_accents_is_read_as_the_table_spells_it() -> None:
    assert read_foreign("Universite") == "юниверсите"  # the table writes Université: the é is said
    assert read_foreign("Bruxelles") == "брюксель"  # ll before a silent ending is ль


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("München-де өтті.", "мюнхенде өтті."),  # a city in its own spelling: ü, ch
        ("Zürich-те кездесу болды.", "цюрихте кездесу болды."),
        ("Köln қаласы", "кёльн қаласы"),  # ö, an l before a consonant
        ("Düsseldorf әуежайы", "дюссельдорф әуежайы"),  # ss between vowels stays double
    ],
)
def test_german_city_spellings_are_read_by_german_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_suffix_after_a_foreign_name_is_reinflected() -> None:
    assert normalize("Citroen-ге") == "ситроенге"
    assert normalize("Zeiss-тың") == "цайстың"


def test_the_language_comes_from_the_table_or_from_french_letters() -> None:
    assert language_of("CITROËN") == FRENCH  # case and accents aside
    assert language_of("Benz") == GERMAN
    assert language_of("Hongqi") == CHINESE
    assert language_of("Hermès") == FRENCH  # è only French writes
    assert language_of("Volvo") is None  # not in the table: the Latin rules read it
    assert read_foreign("London") is None


def test_the_established_reading_wins_over_the_letter_rules() -> None:
    assert normalize("Peugeot және Renault") == "пежо және рено"  # latin.tsv, not the letters' пежео, ренол
    assert normalize("Auchan дүкені") == "ашан дүкені"
    assert normalize("Hermès үйі") == "эрмес үйі"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Erdoğan мәлімдеді.", "ердоған мәлімдеді."),  # ğ after a back vowel: ғ
        ("Erdoğan-ның сөзі.", "ердоғанның сөзі."),
        ("Recep Tayyip Erdoğan келді.", "реджеп тайип ердоған келді."),  # the name's plain words by Turkish rules too
        ("Kemal Kılıçdaroğlu айтты.", "кемал кылычдароғлу айтты."),  # ı → ы, ç → ч
        ("Beşiktaş клубы.", "бешикташ клубы."),  # Turkish i is и, not the Kazakh Latin і
        ("«Türk Edebiyatı İsimler Sözlüğü» жобасы", "«түрк едебияты исимлер сөзлүгү» жобасы"),  # ğ after ü: г
        ("İlham Əliyev сөйледі.", "илхам әлиев сөйледі."),  # ə: Azerbaijani
        ("Azərbaycan Respublikası", "азәрбайджан республикасы"),  # the phrase in Azerbaijani: c → дж
        ("Oʻzbekiston Respublikasi", "өзбекистон республикаси"),  # oʻ: Uzbek
        ("O'zbekiston", "өзбекистон"),
        ("It is five o’clock already.", "ит из файв оклок олреди."),  # English, and the dictionary's: no Uzbek oʻ
        ("THY ұшағы", "тэ хэ йе ұшағы"),  # a Turkish initialism of the table: the Turkish letters' names
        ("KATEGORİDEKİ DİĞER YAZILAR", "категоридеки дийер язылар"),  # capitals: İ marks it, so I is ı; ğ after i: й
        ("RECEP TAYYİP ERDOĞAN келді.", "реджеп тайип ердоған келді."),
        ("ERDOĞAN VISITS ASTANA TODAY", "ердоған визитс астана тудей"),  # an English heading: only the name Turkish
        ("Eğitim Fakültesi", "ейитим факүлтеси"),  # ğ between e and i: the glide й
    ],
)
def test_a_turkic_name_is_read_by_its_own_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Şymkent qalasy", "шымкент қаласы"),  # y as a vowel: Kazakh Latin
        ("“Soltüstık Qazaqstan”", "“Солтүстік Қазақстан”"),  # ı after ü, and q: Kazakh
        ("Қазақстан FIFA рейтингісінде", "Қазақстан фифа рейтингісінде"),  # a capital I is no Turkish ı
        ("thy kingdom come", "зай кингдом кам"),  # the table's THY only in capitals
        ("FIFA WORLD CUP", "фифа уорлд кап"),  # capitals without a Turkish letter: no Turkish ı
        ("NAZARBAEVTIÑ TÜRİKSTANĞA SAPARI", "назарбаевтың түрікстанға сапары"),  # ñ: Kazakh Latin in capitals
    ],
)
def test_kazakh_latin_and_english_words_stay_out_of_the_turkic_rules(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_the_turkic_language_comes_from_the_letters() -> None:
    assert turkic_language("Erdoğan") == TURKISH
    assert turkic_language("Əliyev") == AZERBAIJANI
    assert turkic_language("Oʻzbekiston") == UZBEK
    assert turkic_language("Qazaqstan") is None
    assert turkic_language("Istanbul") is None
    assert turkic_language("Bılım") is None  # ı among no back vowel: Kazakh 2021 Latin
    assert turkic_language("Soltüstık") is None  # ı after a front vowel


def test_a_name_after_a_turkish_scholars_title_is_read_by_the_turkish_letters() -> None:
    # lit49: semeylib.kz, Doc.Dr.Cemile Kinaci (Doç. Dr. typed without its cedilla, run together)
    assert normalize("Түркия елінен қатысқан Doc.Dr.Cemile Kinaci ханымның баяндамасы") == (
        "Түркия елінен қатысқан доцент доктор джемиле кинаджи ханымның баяндамасы"
    )
    assert normalize("Prof. Doç. Dr. Ahmet Yılmaz айтты") == "профессор доцент доктор ахмет йылмаз айтты"
    assert "семиле" in normalize("Dr. Cemile айтты")  # Dr. alone is no Turkish title: left to the English reader


# astro64: stud24.ru's galaxy, a Greek word quoted for the name's origin.
def test_a_greek_word_is_read_by_the_russian_transcription_of_greek() -> None:
    assert normalize("Галактика (көне грекше: Γαλαξίας — Құс жолы)") == "Галактика (көне грекше: галаксияс — Құс жолы)"
    assert normalize("άγγελος сөзі") == "ангелос сөзі"
    assert normalize("α бөлшектер") == "альфа бөлшектер"  # a letter alone is named, not transcribed

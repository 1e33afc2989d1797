"""Marks of web text: decoration said as nothing, an arrow between words as a pause, and the signs of approximation
and tolerance before a number as their words. The strings here are in no case file."""

import pytest

from tts_edition.normalize import normalize


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("✅ Жиналыс өтті.", "Жиналыс өтті."),
        ("❗️Назар аударыңыз!", "Назар аударыңыз!"),
        ("📌 Маңызды ақпарат", "Маңызды ақпарат"),
        ("★★★★☆ баға", "баға"),
        ("❤️ сүйемін", "сүйемін"),
        ("🇰🇿 Қазақстан", "Қазақстан"),
        ("👨\u200d👩\u200d👧 отбасы", "отбасы"),
        ("▪ тізім", "тізім"),
        ("#Наурыз🔥", "Наурыз"),
        ("⠀Сондықтан, үйде емделіңіз.", "Сондықтан, үйде емделіңіз."),  # a blank Braille cell spacing a line
    ],
)
def test_decoration_is_said_as_nothing(written: str, spoken: str) -> None:
    assert normalize(written).strip() == spoken


def test_decoration_on_a_russian_caption_is_said_as_nothing_too() -> None:
    # sample54r: a Sputnik photo credit in Russian kept its © and a Russian line its emoji
    assert normalize("© Фото: Из архива семьи").strip() == "Фото: Из архива семьи"
    assert normalize("Семья 🌟 за дастарханом") == "Семья за дастарханом"
    assert normalize("© Из архива семьи. Ауылда 5 бала бар.").strip() == "Из архива семьи. Ауылда бес бала бар."


def test_a_right_sign_is_not_said() -> None:
    assert normalize("Samsung® және Kaspi™") == "самсунг және каспи"


@pytest.mark.parametrize("arrow", ["→", "➡️", "⇒", "->", "=>"])
def test_an_arrow_between_words_is_a_pause(arrow: str) -> None:
    assert normalize(f"Алматы {arrow} Астана") == "Алматы – Астана"


def test_a_multiplication_sign_with_nothing_before_it_is_a_close_button() -> None:
    assert normalize("×\n503").split() == ["бес", "жүз", "үш"]


def test_a_multiplication_sign_between_numbers_is_said() -> None:
    assert normalize("5 × 5") == "бес көбейту бес"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("~500 адам келді", "шамамен бес жүз адам келді"),
        ("≈ 30 пайыз", "шамамен отыз пайыз"),
        ("±2 градус", "плюс-минус екі градус"),
    ],
)
def test_a_sign_of_approximation_is_its_word(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_tilde_without_a_number_is_a_pause_or_nothing() -> None:
    assert normalize("ақ~қара") == "ақ, қара"  # not шамамен, nor the voice's English "tilde"
    assert normalize("Сәлем ~ бәріңе") == "Сәлем, бәріңе"


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Банктер долларды сатып алады/сатады.", "Банктер долларды сатып алады, сатады."),  # not the voice's "slash"
        ("көшірмелері және/немесе үміткер", "көшірмелері және, немесе үміткер"),
        ("/Астана/-Түркістан облысында", "Астана-Түркістан облысында"),  # a dateline's slashes: nothing
        ("Молодой ученый // Текст", "Молодой ученый Текст"),  # a reference's double slash, in a Russian run too
        ("мазмұны* белгісімен толтырылады", "мазмұны белгісімен толтырылады"),  # a footnote's star
        ("*Жыл сайын өзгереді", "Жыл сайын өзгереді"),
        ("***", ""),
        ("thank you \\ thanks", "тэнк ю, тэнкс"),  # a backslash typed for a slash
        (
            "Digital Rights@KZ атты конференция",
            "диджитал райтс эт кей зет атты конференция",
        ),  # not the voice's "at sign"
        ("Динбаева.¬облыстық", "Динбаева. облыстық"),  # a soft hyphen's sign no broken word took
        ("орташа балы − 70 болды", "орташа балы – жетпіс болды"),  # a minus sign typed for a dash
        ("− Біз ауылға келдік.", "– Біз ауылға келдік."),  # an interview's reply opening the text (ruquote67)
        ("−5 градус болды", "минус бес градус болды"),  # a minus on its number opening the text is a minus
        ("Температура −5 градус", "Температура минус бес градус"),  # a minus on its number is a minus
        ("| # | Аудандар | 15 |", "Аудандар он бес"),  # a table's number column: not the voice's "hash"
        ("# 5 мектеп", "бесінші мектеп"),  # a number sign before a number is №
        ("#ЕлБірлігі акциясы", "Ел Бірлігі акциясы"),  # a hashtag is read by its words
    ],
)
def test_a_slash_or_a_star_left_by_the_rules_is_a_pause_or_nothing(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("@2021 Барлық құқықтар қорғалған", "екі мың жиырма бір Барлық құқықтар қорғалған"),  # a footer's ©
        ("@1998 жылдан бері", "мың тоғыз жүз тоқсан сегізінші жылдан бері"),
        ("info@2021.kz поштасы", "инфо эт екі мың жиырма бір нүкте кей зет поштасы"),  # an address's @ stays эт
        ("@astana2021 парақшасы", "астана екі мың жиырма бір парақшасы"),  # an account name
    ],
)
def test_an_at_sign_glued_to_a_year_is_the_copyright_sign_it_was_typed_for(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_slash_or_a_star_the_rules_read_is_still_read() -> None:
    assert normalize("аумақтың 2/3 бөлігі") == "аумақтың үштен екі бөлігі"
    assert normalize("бөлмелеріне 60*60 кафель") == "бөлмелеріне алпыс көбейту алпыс кафель"  # a typed product
    assert (
        normalize("* 111 * 2118 # комбинациясын")
        == "жұлдызша жүз он бір жұлдызша екі мың жүз он сегіз тор комбинациясын"
    )


def test_a_plus_typed_before_a_capitalised_word_joins_a_names_parts() -> None:
    assert normalize("Бұл туралы Newsroom+Ақпарат агенттігі хабарлайды.") == (
        "Бұл туралы ньюсрум плюс Ақпарат агенттігі хабарлайды."
    )
    assert normalize("Kaspi+Gold картасы") == "каспи плюс голд картасы"
    assert normalize("Тоқа+ев") == "Тоқаев"  # a stress mark before a small vowel: nothing, the voice would say plus


def test_an_html_character_reference_is_its_character() -> None:
    """A reference a page left in its text, with or without its semicolon, is the character it stands for (vaccine48),
    not a Latin word after "and"; an ampersand before letters HTML does not name stays the ampersand."""
    assert normalize("анықталған, &ndash деп жазады") == "анықталған, – деп жазады"
    assert normalize("&#171;Алаш&#187; партиясы") == "«Алаш» партиясы"
    assert normalize("Бұл &nbsp;сөз") == "Бұл сөз"
    assert normalize("AT&T және &Co серіктестігі") == "эй ти энд ти және және коу серіктестігі"


def test_a_query_parameter_is_no_character_reference() -> None:
    """A name without its semicolon before an = is a link's query parameter (space68), as HTML leaves it in an
    address: &lang=2 is the word lang, not the angle bracket ⟨; with its semicolon it is still the reference."""
    said = normalize("www.nauka.kz/page.php?page_id=1008&lang=2")
    assert said.endswith("сұрақ белгісі пейдж астыңғы сызық ай ди тең мың сегіз және лэнг тең екі")
    assert normalize("анықталған, &ndash; деп жазады") == "анықталған, – деп жазады"


def test_a_diacritic_shown_on_its_own_is_said_as_nothing() -> None:
    """A text naming the alphabet's marks shows each alone (умляут ( ̈ ), макрон ( ˉ )): no letter carries it and the
    voice cannot read it; on a letter it is the letter's (Zürich), and a modifier inside a word stays."""
    assert normalize("Әліпбиде умляут ( ̈ ), макрон ( ˉ ) қолданылған.") == "Әліпбиде умляут (), макрон () қолданылған."
    assert normalize("умляут ( ̈ ), макрон ( ˉ )") == "умляут (), макрон ()"  # read as Russian: the mark goes too
    assert normalize("Zürich қаласы") == "цюрих қаласы"


def test_words_in_a_script_no_voice_reads_are_said_as_nothing() -> None:
    """transport59: kaz.inform.kz's language menu ends in • 中文, which the Kazakh voice read as the English "Chinese
    letter"; a name's own spelling after it, a Georgian word, the same. Greek and Latin stay for their readers."""
    assert normalize("Тілдер: • 中文") == "Тілдер:"
    assert normalize("Си Цзиньпин (习近平) сөйледі.") == "Си Цзиньпин () сөйледі."
    assert normalize("Ол გამარჯობა деді.") == "Ол деді."
    assert normalize("α бөлшегі") == "альфа бөлшегі"


def test_a_smiley_typed_in_wingdings_is_said_as_nothing() -> None:
    """culture59: text copied from mail or a word processor keeps :) as the Wingdings J it was drawn with (Фильм өте
    ұнады! J Актерлер…, болдық JJJ Актерлік…), which main read as джей; a J that is a letter stays one."""
    assert normalize("Фильм өте ұнады! J Актерлер кәсіби.") == "Фильм өте ұнады! Актерлер кәсіби."
    assert normalize("Қарық болдық JJJ Актерлік құрамы керемет!") == "Қарық болдық Актерлік құрамы керемет!"
    assert normalize("«Рахмет! J»") == "«Рахмет!»"
    # near neighbours: an initial, a compound, a code and a J before a small word stay letters
    assert normalize("J. Smith келді") == "джей смит келді"
    assert normalize("J1 визасы бар") == "джей бір визасы бар"
    assert normalize("Мен J әрпін жаздым") == "Мен джей әрпін жаздым"


@pytest.mark.parametrize(("written", "spoken"), [("А*Б", "а бэ"), ("жұлдыз*ша", "жұлдызша"), ("мазмұны*", "мазмұны")])
def test_a_star_no_rule_read_is_said_as_nothing(written: str, spoken: str) -> None:
    """The Kazakh voice would name the sign in English."""
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("A) 5 B) 8,2−", "эй) бес би) сегіз бүтін оннан екі минус"),  # a value's sign left over: said in Kazakh
        ("графтың $n+1$ түстен", "графтың эн плюс бір түстен"),
        ("*+мәмілеге келген;", "мәмілеге келген;"),  # a test bank's key opening the item: nothing
        ("бағасы:\n−\nжоқ", "бағасы:\n–\nжоқ"),  # a table's empty cell: a dash, which the voice passes over
        ("ОПЕК+ елдері", "опек плюс елдері"),  # the symbol rule's, as before
    ],
)
def test_a_plus_or_minus_no_rule_read_never_reaches_the_voice_as_a_sign(written: str, spoken: str) -> None:
    """The Kazakh voice names a sign it is given in English."""
    assert normalize(written) == spoken


def test_a_dictionarys_stress_mark_on_a_cyrillic_vowel_is_not_said() -> None:
    """A Kazakh–Russian glossary (russianlang63) marks the stressed vowel: келі́, төркі́н."""
    assert normalize("Келі\nкелі́\nтөркі́н") == "Келі\nкелі\nтөркін"


def test_an_acute_on_a_cyrillic_look_alike_opening_a_latin_word_is_the_latin_acute_letter() -> None:
    """latyn.qamshy.kz types the 2018 alphabet's Ó with a Cyrillic О and a combining acute (scholar68): Өзі, not Озі;
    a stress mark on a Cyrillic word's О is still dropped."""
    assert normalize("Maqalasyn «О\u0301zi bilmeıtin taqyrypqa nege áýestenip júr").startswith("Мақаласын «Өзі ")
    assert normalize("О\u0301zin «Almatylyq tarıhshy Marat» dep ataǵan").startswith("Өзін ")
    assert normalize("о\u0301рыс тілі") == "орыс тілі"


def test_a_latin_accented_letter_is_left_to_the_latin_rules() -> None:
    assert "\u0301" not in normalize("café") and "кафе" in normalize("café")


@pytest.mark.parametrize(
    ("written", "start"),
    [
        ("(С) Абаев Қ., 2019", "Абаев Қ., екі мың"),  # a Cyrillic С typed for ©
        ("(c) «Мектеп» баспасы, 2010", "«Мектеп» баспасы, екі мың"),
        ("көміртек (С) және оттек", "көміртек (С) және оттек"),  # a symbol in brackets, no rights line
        ("Мысалы, (с) нұсқасы 2020", "Мысалы, (с) нұсқасы екі мың"),  # a label inside a line, no rights line
    ],
)
def test_a_c_in_brackets_opening_a_rights_line_is_the_copyright_sign(written: str, start: str) -> None:
    """Said as nothing, as © is; the year after the holder is the year rules' to read."""
    assert normalize(written).startswith(start)

"""A reading does not depend on which dash, space, quotation mark or keyboard a site typed it with
(tts_edition/normalize/typography.py, lookalikes.py, latinkazakh.py; tests/normalisation/variants.py measures it)."""

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tts_edition.normalize import normalize, normalize_tokens

CASES = Path(__file__).parent / "normalisation"


def _variants_script() -> ModuleType:
    sys.path.insert(0, str(CASES))
    spec = importlib.util.spec_from_file_location("variants", CASES / "variants.py")
    assert spec and spec.loader
    module = sys.modules["variants"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("4–ТОҚСАН БОЙЫНША ЖИЫНТЫҚ БАҒАЛАУ", "төртінші тоқсан бойынша жиынтық бағалау"),
        ("Кеңес қоғамы 20-30–шы жылдары", "Кеңес қоғамы жиырмасыншы – отызыншы жылдары"),
        ("забит на 78‑й минуте.", "забит на семьдесят восьмой минуте."),  # a no-break hyphen
        ("1\u00a0тарау. Жалпы ережелер", "бірінші тарау. Жалпы ережелер"),
        ("12\u202f500 теңге", "он екі мың бес жүз теңге"),
        ("2016 ж. “7” қыркүйек", "екі мың он алтыншы жылы жетінші қыркүйек"),
        ("„Место встречи“ 1979 жылы", "„Место встречи“ мың тоғыз жүз жетпіс тоғызыншы жылы"),
        ("N 15–107 шешіміне", "нөмір он бес – жүз жеті шешіміне"),
        ("Вопрос N 1", "Вопрос номер один"),  # an N typed for № in a Russian line too
        ("үкімет бекіткен N265 қаулысы", "үкімет бекіткен екі жүз алпыс бесінші қаулысы"),
        ("М1 және N1 санаттағы", "эм бір және эн бір санаттағы"),  # glued to one or two digits: a code's letter
        ("N95 респираторы", "эн тоқсан бес респираторы"),
        ("“2. Мәслихаттардың депутаттары", "“екінші Мәслихаттардың депутаттары"),  # a quotation running on
        ("25 АЕК — тің 65%-нен", "жиырма бес айлық есептік көрсеткіштің алпыс бес пайызынан"),
        ("2020 − 2025 жылдарға", "екі мың жиырмасыншы – екі мың жиырма бесінші жылдарға"),  # a minus for the dash
        ("2020−2025 жылдары", "екі мың жиырмасыншы – екі мың жиырма бесінші жылдары"),
        ("температура −5 градус", "температура минус бес градус"),  # a minus before a number alone
    ],
)
def test_a_typographic_variant_reads_as_the_usual_form(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Заңның 2–7 тармағына", "Заңның екінші – жетінші тармағына"),  # between two numbers an en dash is a range's
        ("N=5 болса", "эн тең бес болса"),  # an N in a formula is a letter
        ("әлеуме…ттік-экономикалық", "әлеуметтік-экономикалық"),  # inside a word: letters the page lost
        ('15" монитор', 'он бес" монитор'),  # a straight quotation mark is left as typed
    ],
)
def test_what_only_looks_like_a_variant_is_read_as_before(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("BETT Shоw 2026: Қазақстан", "бет шоу екі мың жиырма алты: Қазақстан"),  # not шов, the Russian seam
        ("Мақпал ЖҰМАБАЙ: «Bаlapan» 1000-нан астам", "Мақпал жұмабай: «балапан» мыңнан астам"),
        (
            "Tiрti, ordenge 200 myń teńge usynǵan azamat ta bolǵan.",
            "Тіпті, орденге екі жүз мың теңге ұсынған азамат та болған.",
        ),
        ("QR Mádenıet jáne sрort mınıstri", "Қазақстан Республикасы Мәдениет және спорт министрі"),
        # a Cyrillic first letter still shows the writer writing the Russian loan, and capitals after a Cyrillic
        # initialism are still that initialism's
        ("«Кaraoke battle» байқауы", "«Караоке бэтл» байқауы"),
        ("ҚР СТ ISO 9001 стандарты", "Қазақстан Республикасы эс тэ ай эс о тоғыз мың бір стандарты"),
    ],
)
def test_a_cyrillic_look_alike_in_a_latin_word_is_its_latin_letter(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


INVARIANT = (
    "en dash before a number's suffix",
    "no-break hyphen before a number's suffix",
    "no-break space after a number",
    "narrow no-break space between thousands",
    "english quotation marks",
    "german quotation marks",
    "ellipsis as one character",
    "spaced em dash",
    "minus sign for a range's dash",
)


def test_the_reading_of_development_cases_survives_their_typographic_variants() -> None:
    variants = _variants_script()
    cases = variants.development_cases()[::20]
    for variant in (v for v in variants.VARIANTS if v.name in INVARIANT):
        results = list(variants.changed_readings(variant, cases))
        assert len(results) >= 3, variant.name  # the variant still finds cases to change
        assert [change for _, change in results if change] == [], variant.name


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Оның 8і жансақтау бөліміне жатқызылды.", "Оның сегізі жансақтау бөліміне жатқызылды."),
        ("ставкасын 13,02ден", "ставкасын он үш бүтін жүзден екіден"),
        ("COVID-19ды 8 адам жұқтырыпты.", "ковид он тоғызды сегіз адам жұқтырыпты."),
        ("7 көшенің 5еуі ғана", "жеті көшенің бесеуі ғана"),
        ("Оның 2уі қазір", "Оның екеуі қазір"),
        # a house number's letter and a code's number stay
        ("12а үй", "он екі а үй"),
        ("Ми8 тікұшағы", "Ми сегіз тікұшағы"),
        ("2у бар", "екі у бар"),
    ],
)
def test_a_suffix_typed_onto_a_number_without_its_hyphen_is_read_as_with_it(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("ШАҢДЫ ДАУЫЛ ЕКПІНІ 17 М/С-ҚА ДЕЙІН ЖЕТЕДІ", "шаңды дауыл екпіні он жеті метр секундына дейін жетеді"),
        (
            "«СОЮЗ ТМА-16М» КЕМЕСІ БАЙҚОҢЫРДАН ҰШЫРЫЛАДЫ",
            "«союз тэ эм а он алты эм» кемесі байқоңырдан ұшырылады",
        ),  # a code's letter
        ("МЕКТЕПТІҢ 9 СЫНЫП ОҚУШЫСЫ КҮДІКТІ", "мектептің тоғызыншы сынып оқушысы күдікті"),
        ("ОНЫҢ 11-І ҰЛЫ ОТАН СОҒЫСЫНЫҢ", "оның он бірі ұлы отан соғысының"),
        ("ЖИНАЛЫС АҚ-ТА ӨТТІ", "жиналыс акционерлік қоғамда өтті"),
        ("ҮЙ ИЕЛЕРІНІҢ 44,2%-Ы ТҰРҒЫН ҮЙІНЕ", "үй иелерінің қырық төрт бүтін оннан екі пайызы тұрғын үйіне"),
        ("ЖЫЛМЕН САЛЫСТЫРҒАНДА 33,3% - ҒА КЕМІГЕН", "жылмен салыстырғанда отыз үш бүтін оннан үш пайызға кеміген"),
        ("ЖАЛПЫ ҰЗЫНДЫҒЫ 16 МЫҢ КМ-ДІ ҚҰРАЙДЫ", "жалпы ұзындығы он алты мың шақырымды құрайды"),
        ("САБАҚТЫҢ ҰЗАҚТЫҒЫ 4САҒ БОЛДЫ", "сабақтың ұзақтығы төрт сағат болды"),
        ("СОНДАЙ-АҚ, ҚҰТҚАРУШЫЛАР 48 АВТОКӨЛІКТІ", "сондай-ақ, құтқарушылар қырық сегіз автокөлікті"),
        # an initialism the table holds in capitals, and a heading's own number, are left to the rules of capitals
        ("1 АҚШ ДОЛЛАРЫ USD / KZT", "бір Америка Құрама Штаттары доллары доллар-теңге"),
        ("2 БАСТЫ СОТ ТАЛҚЫЛАУЫ 21.37", "екі басты сот талқылауы жиырма бір – отыз жеті"),
    ],
)
def test_what_follows_a_number_in_a_line_of_capitals_is_read_as_in_small_letters(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_pinned_reading_beside_a_retyped_mark_keeps_its_own_marks() -> None:
    text = "“Ақ жол” 4–тоқсан "
    assert normalize_tokens(text, pins=[(len(text), len(text), "«бір»")]).spoken == "“Ақ жол” төртінші тоқсан «бір»"

"""Construction and architecture (construction37): examples of our own, not the case files."""

from tests.conftest import reading_test
from tts_edition.normalize import capitals, normalize

READINGS = {
    "a year-first date closed by a stop is day first, as amendment notes write it; without the stop, month first": [
        (
            "Үкіметтің 2016.03.11. № 672 қаулысымен",
            "Үкіметтің екі мың он алтыншы жылғы үшінші қарашадағы алты жүз жетпіс екінші қаулысымен",
        ),
        (
            "Үкіметтің 2016.03.11 № 672 қаулысымен",
            "Үкіметтің екі мың он алтыншы жылғы он бірінші наурыздағы алты жүз жетпіс екінші қаулысымен",
        ),
        (
            "Үкіметтің 2016.25.11. № 672 қаулысымен",
            "Үкіметтің екі мың он алтыншы жылғы жиырма бесінші қарашадағы алты жүз жетпіс екінші қаулысымен",
        ),
    ],
    "the stars a building code puts after a clause it changed are not said": [
        (
            "3.14.* Есіктердің ені кемінде 0,9 м болуы тиіс.",
            "үш он төрт Есіктердің ені кемінде нөл бүтін оннан тоғыз метр болуы тиіс.",
        ),
        ("2.7.** Баспалдақтың биіктігі", "екі жеті Баспалдақтың биіктігі"),
    ],
}

test_reading = reading_test(READINGS)


def _dictionary() -> None:
    assert capitals.known_word("жоқ") is not None, "hunspell-kk is not installed (make test installs it)"


def test_two_capitals_before_letters_no_suffix_of_theirs_begins_are_the_shift_key_held() -> None:
    _dictionary()
    assert normalize("ПӘтердің ауданы") == "пәтердің ауданы"  # ПӘ is an initialism, but тер follows no ә
    assert normalize("ҚРдағы құрылыс") == "Қазақстан Республикасындағы құрылыс"
    assert normalize("АҚтың үлесі") == "акционерлік қоғамның үлесі"


def test_an_eng_after_a_consonant_is_the_schwa_the_page_lost() -> None:
    _dictionary()
    assert normalize("сәулет жңне құрылыс") == "сәулет және құрылыс"
    assert normalize("2 сңуірдегі бұйрық") == "екінші сәуірдегі бұйрық"
    assert normalize("ЖҢНЕ") == normalize("ЖӘНЕ")
    assert normalize("бөлңмдерінде") == "бөлңмдерінде"  # the word with ә is no word: the letter stays


def test_a_vowel_a_pages_font_dropped_is_put_back() -> None:
    """construction37's page writes no ү and opens words on two consonants where it fell out (CN37-0006, -0008)."""
    assert normalize("Ауылдағы мгедекті азаматтардың йлерін жөндеу жйесі жасалды.") == (
        "Ауылдағы мүгедекті азаматтардың үйлерін жөндеу жүйесі жасалды."
    )


def test_a_word_alone_without_its_vowel_or_on_a_page_writing_it_stays() -> None:
    """One such word is a typo; a page that writes ү elsewhere lost no ү."""
    assert normalize("Ауылдағы азаматтардың йлерін жөндеу басталды.") == "Ауылдағы азаматтардың йлерін жөндеу басталды."
    written = "Мұнда мгедекті азаматтар бар, үйлері жөнделді."
    assert normalize(written) == written


def test_a_category_code_with_each_letter_hyphened_is_spelled_letter_by_letter() -> None:
    """civil62: a list of building categories hyphens each letter of a code (С-О-1, D-O-1): the letters by their
    names before the number, as a code of one letter is (С-1 → эс бір); letters with no number after them (А-Б-В)
    are no code."""
    assert normalize("С-1, С-5, С-О-1, С-О-2,") == "эс бір, эс бес, эс о бір, эс о екі,"
    assert normalize("D-1, D-O-1, E-R-1 санаттарының") == "ди бір, ди о бір, и ар бір санаттарының"
    assert normalize("А-Б-В") == "А-Б-В"

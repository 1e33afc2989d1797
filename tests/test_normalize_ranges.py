"""Ranges of numbers: the first end is said bare and the last carries the unit, the case ending and the reading
(cardinal or ordinal) of the whole range, whatever joins the ends: a hyphen, an en or em dash, an ellipsis, a tilde,
or a dash between two clock times. The strings here are in no case file."""

import pytest

from tts_edition.normalize import normalize


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        # the last end's unit and case ending are the range's
        ("Баға 10-15%-ға өсті.", "Баға он – он бес пайызға өсті."),
        ("Ем 5–7 күнге созылады.", "Ем бес – жеті күнге созылады."),
        ("Шығын 15-20 мың теңгеден асады.", "Шығын он бес – жиырма мың теңгеден асады."),
        ("Сан 10-15-ке жетті.", "Сан он – он беске жетті."),
        # the last end's noun makes the whole range ordinal
        ("Жиын 12-15 қыркүйек аралығында өтеді.", "Жиын он екінші – он бесінші қыркүйек аралығында өтеді."),
        ("Өткен ғасырдың 20-30-жылдары", "Өткен ғасырдың жиырмасыншы – отызыншы жылдары"),
        ("Олар 3-4 қабатта тұрады.", "Олар үшінші – төртінші қабатта тұрады."),
    ],
)
def test_a_range_is_read_by_its_last_end(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Шамамен 100~150 адам келді.", "Шамамен жүз – жүз елу адам келді."),
        ("Ұзындығы 5∼10 км.", "Ұзындығы бес – он шақырым."),
        ("Ем 2 ~ 3 күнге созылады.", "Ем екі – үш күнге созылады."),
    ],
)
def test_a_tilde_between_numbers_is_a_range_dash(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_tilde_before_a_number_alone_is_still_approximately() -> None:
    assert normalize("Бұл ~500 адам.") == "Бұл шамамен бес жүз адам."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("Жұмыс уақыты 09:00-18:00.", "Жұмыс уақыты тоғыз нөл нөл – он сегіз нөл нөл."),
        ("Түскі үзіліс 13.00–14.00 аралығында.", "Түскі үзіліс он үш нөл нөл – он төрт нөл нөл аралығында."),
        ("Сағат 10:00-18:00-ге дейін.", "Сағат он нөл нөл – он сегіз нөл нөлге дейін."),
    ],
)
def test_a_dash_between_two_clock_times_is_a_range_dash(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_range_of_decimals_is_no_clock_range() -> None:
    assert normalize("Биіктігі 1.25-1.50 м.") == "Биіктігі бір бүтін жүзден жиырма бес – бір бүтін жүзден елу метр."


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("3-5 қабатты үйлер салынды.", "үш – бес қабатты үйлер салынды."),
        ("9-12 қабаттық үйлер бар.", "тоғыз – он екі қабаттық үйлер бар."),
    ],
)
def test_a_range_of_storeys_a_building_has_is_counted(written: str, spoken: str) -> None:
    assert normalize(written) == spoken


def test_a_pair_whose_second_group_alone_opens_with_a_zero_is_a_code() -> None:
    """learning30: a range's end takes a zero only where its start does (`codes.ZERO_LED_PAIR`)."""
    assert normalize("Прейскурант 10-01") == "Прейскурант он нөл бір"
    assert normalize("2022 жылдың 05-06 ақпан") == "екі мың жиырма екінші жылдың бесінші – алтыншы ақпан"

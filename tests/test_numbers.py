import time

import pytest

from tts_edition.normalize import normalize
from tts_edition.normalize.numbers import cardinal, decimal, ordinal


@pytest.mark.parametrize(
    ("n", "spoken"),
    [(0, "нөл"), (7, "жеті"), (13, "он үш"), (40, "қырық"), (100, "жүз"), (170, "жүз жетпіс"),
     (999, "тоғыз жүз тоқсан тоғыз"), (1000, "мың"), (1992, "мың тоғыз жүз тоқсан екі"),
     (2025, "екі мың жиырма бес"), (1_200_000, "бір миллион екі жүз мың"), (30_000_000_000, "отыз миллиард"),
     (2_000_000_000_005, "екі триллион бес"), (-15, "минус он бес")],
)  # fmt: skip
def test_cardinals(n: int, spoken: str) -> None:
    assert cardinal(n) == spoken


@pytest.mark.parametrize(
    ("n", "spoken"),
    [(1, "бірінші"), (2, "екінші"), (3, "үшінші"), (6, "алтыншы"), (9, "тоғызыншы"), (10, "оныншы"),
     (20, "жиырмасыншы"), (30, "отызыншы"), (40, "қырқыншы"), (50, "елуінші"), (60, "алпысыншы"),
     (70, "жетпісінші"), (80, "сексенінші"), (90, "тоқсаныншы"), (100, "жүзінші"), (1000, "мыңыншы"),
     (21, "жиырма бірінші"), (1992, "мың тоғыз жүз тоқсан екінші"), (2040, "екі мың қырқыншы"),
     (1_000_000, "бір миллионыншы")],
)  # fmt: skip
def test_ordinals_inflect_only_the_last_word(n: int, spoken: str) -> None:
    assert ordinal(n) == spoken


@pytest.mark.parametrize(
    ("whole", "fraction", "spoken"),
    [("3", "5", "үш бүтін оннан бес"), ("2", "75", "екі бүтін жүзден жетпіс бес"),
     ("0", "05", "нөл бүтін жүзден бес"), ("1", "125", "бір бүтін мыңнан жүз жиырма бес")],
)  # fmt: skip
def test_decimals_read_with_a_denominator(whole: str, fraction: str, spoken: str) -> None:
    assert decimal(whole, fraction) == spoken


@pytest.mark.parametrize(
    "written",
    ["7" * 5000, "x" + "7" * 5000, "+" + "7" * 5000, "№ " + "7" * 5000, "1.2." + "7" * 5000 + "-тармақ",
     "https://a.kz/" + "7" * 5000, "7" * 5000 + ",5", "7" * 5000 + " жылы", "Дүниеге келгені: " + "7" * 5000],
)  # fmt: skip
def test_a_digit_run_past_the_int_string_limit_is_read_digit_by_digit(written: str) -> None:
    spoken = normalize(written)
    assert spoken.count("жеті") == 5000 and not any(ch.isdigit() for ch in spoken)


@pytest.mark.parametrize(
    "written",
    [
        "Это было " + "7" * 5000 + " рублей.",
        "Это была " + "7" * 5000 + " глава.",
        "Это было " + "7" * 5000 + ",5 рубля.",
    ],
)
def test_a_digit_run_past_the_named_scales_in_russian_is_read_digit_by_digit(written: str) -> None:
    spoken = normalize(written)
    assert spoken.count("семь") == 5000 and not any(ch.isdigit() for ch in spoken)


def test_long_digit_runs_are_read_in_linear_time() -> None:
    def seconds(digits: int) -> float:
        """This process's CPU time, the least of three runs: other processes on the machine do not count."""
        times = []
        for _ in range(3):
            started = time.process_time()
            assert normalize("1" * digits).count("бір") == digits
            times.append(time.process_time() - started)
        return min(times)

    assert seconds(100_000) / seconds(10_000) < 25  # linear: 10; the quadratic regexes and word list made it about 100

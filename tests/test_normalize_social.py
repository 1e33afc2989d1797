"""Social policy, labour and pensions: numeric dates whose two-digit year is marked ж. (20.06.97 Ж.)."""

from __future__ import annotations

from tests.conftest import reading_test
from tts_edition.normalize.dates import full_year

test_reading = reading_test(
    {
        "a two-digit year marked ж. is completed with its century": [
            ("20.06.97 ж. заңы", "мың тоғыз жүз тоқсан жетінші жылғы жиырмасыншы маусым заңы"),
            ("01.01.20ж. бастап", "екі мың жиырмасыншы жылғы бірінші қаңтардан бастап"),
            ("20.06.97 Ж. ЗАҢЫ", "мың тоғыз жүз тоқсан жетінші жылғы жиырмасыншы маусым заңы"),
        ],
        "without the year mark three dotted pairs are a date where they make a day and a month": [
            ("хаттама 20.06.97 бекітілді", "хаттама мың тоғыз жүз тоқсан жетінші жылғы жиырмасыншы маусым бекітілді"),
            ("жиыны 20.16.97 болды", "жиыны жиырма он алты тоқсан жеті болды"),  # no month 16
        ],
    }
)


def test_full_year_keeps_four_digits_and_completes_two() -> None:
    assert full_year("1997") == 1997
    assert full_year("97") == 1997
    assert full_year("25") == 2025

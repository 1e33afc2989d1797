"""Courts and prosecutors (courts11): examples of our own, not the case files."""

from tests.conftest import reading_test

READINGS = {
    "the old procedure codes, the penal enforcement code and the economic court are in the table": [
        ("ҚІЖК-нің 390-бабы", "Қылмыстық іс жүргізу кодексінің үш жүз тоқсаныншы бабы"),
        ("ҚР АІЖК-нің 5-бабы", "Қазақстан Республикасы Азаматтық іс жүргізу кодексінің бесінші бабы"),
        ("ҚАтК-нің 10-бабына сәйкес", "Қылмыстық-атқару кодексінің оныншы бабына сәйкес"),
        (
            "Астана қаласының МАЭС-і шешім шығарды",
            "Астана қаласының мамандандырылған ауданаралық экономикалық соты шешім шығарды",
        ),
        ("МАЭС шешімі", "мамандандырылған ауданаралық экономикалық сот шешімі"),
    ],
    "a lone I, V or X before a dash and a larger Roman numeral opens a range, not a Latin letter": [
        ('"I - VIII" деген цифрлар', '"бірінші - сегізінші" деген цифрлар'),
        ("V – XII тараулар", "бесінші – он екінші тараулар"),
        ("Model I - X", "модел ай - экс"),
        ("I - I", "ай - ай"),
    ],
    "the issue parts listed after a gazette's № without a № of their own are codes like it": [
        ("№ 18-I, 18-II, 92-құжат", "нөмір он сегіз бір, он сегіз екі, тоқсан екінші құжат"),
        ("№ 22-V, 22-VI, 152-құжат", "нөмір жиырма екі бес, жиырма екі алты, жүз елу екінші құжат"),
        ("№ 22-V, 152, 156-құжаттар", "нөмір жиырма екі бес, жүз елу екінші, жүз елу алтыншы құжаттар"),
    ],
}


test_reading = reading_test(READINGS)

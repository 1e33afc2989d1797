"""Space and aviation (space9, space16): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

test_reading = reading_test(
    {
        "the space station's initialism is expanded and re-inflected": [
            ("Экипаж ХҒС-қа жетті.", "Экипаж Халықаралық ғарыш станциясына жетті."),
            ("ХҒС-тан оралды.", "Халықаралық ғарыш станциясынан оралды."),
        ],
        "a capital alone after a word and a hyphen is a model's letter": [
            ("«Союз-У» зымыраны", "«Союз-у» зымыраны"),
            ("Зенит-М ұшырылды.", "Зенит-эм ұшырылды."),
        ],
        "a word in small letters after the hyphen is no model letter": [
            ("Алма-Ата", "Алма-Ата"),
        ],
        "a consonant letter typed onto a number is said by its name": [
            ("Біз 7д сыныпта оқимыз.", "Біз жетінші дэ сыныпта оқимыз."),
            ("Ол 15д үйде тұрады.", "Ол он бес дэ үйде тұрады."),
            ("Ил-76МД ұшағы", "Ил-жетпіс алты эм дэ ұшағы"),
            ("№8в мектеп", "сегізінші вэ мектеп"),
            ("Ту-204С ұшағы", "Ту-екі жүз төрт эс ұшағы"),
        ],
        "a unit's or a year's letter on a number is left to the number and date rules": [
            ("Ұзындығы 7м болды.", "Ұзындығы жеті метр болды."),
            ("500г ұн", "бес жүз грамм ұн"),
            ("2019ж. мамырда", "екі мың он тоғызыншы жылы мамырда"),
        ],
        "a capital alone before a hyphen and more capitals is a model's letter": [
            ("«Прогресс М-МС» кемесі", "«Прогресс эм-эм эс» кемесі"),
        ],
        "a satellite's Sat in a camel-case name is said as the Russian loans have it": [
            ("ArabSat спутнигі", "араб сат спутнигі"),
            ("IndoSat компаниясы", "индо сат компаниясы"),
        ],
        "the Russian joint-stock company's initialism is expanded as the Kazakh one is": [
            ("АО «Қазақтелеком» хабарлады.", "акционерлік қоғам «Қазақтелеком» хабарлады."),
            ("АО-ның акциялары", "акционерлік қоғамның акциялары"),
        ],
    }
)

"""Regional and city administration news (local9): examples of our own, on words no case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a house number before the word for an address is read with бөлу, a fraction elsewhere stays one": [
        ("Сейфуллин 12/4 мекенжайындағы дүкен жабылды.", "Сейфуллин он екі бөлу төрт мекенжайындағы дүкен жабылды."),
        ("Гагарин 7/2 мекен-жайы бойынша жиналды.", "Гагарин жеті бөлу екі мекен-жайы бойынша жиналды."),
        ("Егістің 2/3 бөлігі суарылды.", "Егістің үштен екі бөлігі суарылды."),
    ],
    "three numbers and more listed with bare commas are no decimal": [
        ("Өрт 3,7,12-үйлерге тарады.", "Өрт үшінші, жетінші, он екінші үйлерге тарады."),
        ("Қазандық 4,5,6-ны жылытады.", "Қазандық төрт, бес, алтыны жылытады."),
        ("Жөндеу 8,9,10 наурызда жүреді.", "Жөндеу сегізінші, тоғызыншы, оныншы наурызда жүреді."),
    ],
    "an appendix cited by its number is an ordinal, an extra thing or an app counted stays a cardinal": [
        ("Бюджет 4 қосымшаға сәйкес бекітілсін.", "Бюджет төртінші қосымшаға сәйкес бекітілсін."),
        ("Тізім 5, 6 қосымшаларға сай жасалды.", "Тізім бесінші, алтыншы қосымшаларға сай жасалды."),
        ("Ауылға 2 қосымша автобус берілді.", "Ауылға екі қосымша автобус берілді."),
        ("Ол 3 қосымшаны жүктеп алды.", "Ол үш қосымшаны жүктеп алды."),
    ],
}

test_reading = reading_test(READINGS)

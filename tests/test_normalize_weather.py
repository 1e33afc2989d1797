"""Weather and emergencies (weather9, weather16, signs21, climate31): examples of our own, on words no case file
holds."""

from tests.conftest import reading_test
from tts_edition.normalize import normalize

READINGS = {
    "degrees Fahrenheit are named, the case ending on the name": [
        ("Нью-Йоркта 95°F болды", "Нью-Йоркта тоқсан бес градус Фаренгейт болды"),
        ("температура 100 °F-қа жетті", "температура жүз градус Фаренгейтке жетті"),
        ("95 ℉ болды", "тоқсан бес градус Фаренгейт болды"),
    ],
    "a unit word after a slash keeps a case suffix written onto it, re-inflected": [
        ("екпіні 12-17 метр/секундке дейін жетеді", "екпіні он екі – он жеті метр секундына дейін жетеді"),
        ("30 центнер/гектардан асты", "отыз центнер гектарынан асты"),
        ("жылдамдығы 40 шақырым/сағаттан аспайды", "жылдамдығы сағатына қырық шақырымнан аспайды"),
    ],
    "a rate says its case already: a postposition after it adds none": [
        ("желдің екпіні 18 м/с дейін күшейеді", "желдің екпіні он сегіз метр секундына дейін күшейеді"),
        ("жылдамдығы 9-14 м/с шейін", "жылдамдығы тоғыз – он төрт метр секундына шейін"),
    ],
    "an aircraft design bureau's prefix typed in capitals is said as its word": [
        ("АН-24 ұшағы қонды", "ан жиырма төрт ұшағы қонды"),
        ("ИЛ-76 әскери ұшағы", "ил жетпіс алты әскери ұшағы"),
        ("МИ-171 тікұшағымен", "ми жүз жетпіс бір тікұшағымен"),
    ],
    "a fire-fighting aircraft's water-dropping device": [
        ("СТҚ орнатылған ұшақ", "су төгетін құрылғы орнатылған ұшақ"),
    ],
    "a sign typed onto the word or comma before a temperature is the temperature's": [
        ("таулы аудандарда-12 градусқа дейін төмендейді", "таулы аудандарда минус он екі градусқа дейін төмендейді"),
        ("кейін күндіз+4°С-қа дейін жылынады", "кейін күндіз плюс төрт градусқа дейін жылынады"),
        ("түнде 0-ге дейін,-8°С-қа дейін суытады", "түнде нөлге дейін, минус сегіз градусқа дейін суытады"),
    ],
    "a sign typed onto a word before a number that is no temperature stays a hyphen": [
        ("бөлім-2 бойынша", "бөлім-екі бойынша"),
    ],
    "a minus temperature and a plus one written together are a range": [
        ("ауа -1+4°С-қа дейін жылиды", "ауа минус бір – плюс төрт градусқа дейін жылиды"),
        ("түнде -6+1°С болады", "түнде минус алты – плюс бір градус болады"),
    ],
    "a range's unsigned second end keeps the first end's minus": [
        ("түнде -4-9°С аяз болады", "түнде минус төрт – минус тоғыз градус аяз болады"),
        ("күндіз -2-6 градус аяз", "күндіз минус екі – минус алты градус аяз"),
        ("түнде –3…7° аяз", "түнде минус үш – минус жеті градус аяз"),
        ("түнде -2+4°С, күндіз +6+11°С", "түнде минус екі – плюс төрт градус, күндіз плюс алты – плюс он бір градус"),
    ],
    "an unsigned end after a plus, or after a sign written as a word, is said as written": [
        ("шығыста +31–34°С ыстық болады", "шығыста плюс отыз бір – отыз төрт градус ыстық болады"),
        ("минус 4-9 градус аяз", "минус төрт – тоғыз градус аяз"),
    ],
    "signed numbers listed with a conjunction or a comma before a temperature are all signed": [
        ("аяз -14 және -19 градусқа дейін күшейеді", "аяз минус он төрт және минус он тоғыз градусқа дейін күшейеді"),
        (
            "облыста түнде -6-11, күндіз -1-4°С аяз",
            "облыста түнде минус алты – минус он бір, күндіз минус бір – минус төрт градус аяз",
        ),
    ],
    "a sign typed straight after a number's comma opens the list's next member": [
        ("күндіз 0,-4°С дейін", "күндіз нөл, минус төрт градусқа дейін"),
        ("түнде +1,-3°С шамасында", "түнде плюс бір, минус үш градус шамасында"),
    ],
    "a dash after a word before a number listed with no temperature stays a dash": [
        ("кредиттер -12, депозиттер 15", "кредиттер – он екі, депозиттер он бес"),
    ],
    "a signed number without a unit in a sentence about the weather is a temperature": [
        ("Түнде -3, күндіз +4.", "Түнде минус үш, күндіз плюс төрт."),
        ("Күндіз желдің екпіні -10-12 м/с.", "Күндіз желдің екпіні – он – он екі метр секундына."),
        ("Кредиттер -12 болды.", "Кредиттер – он екі болды."),
    ],
    "a degree written on both ends of a range is said once, after it": [
        ("+1°С...+3°С", "плюс бір – плюс үш градус"),
        ("6°С-9°С", "алты – тоғыз градус"),
    ],
    "degrees Celsius written another way are the degree: ℃, º, ˚, the letter apart or after градус, Russian Ц": [
        ("қыста 8-12° С болуы керек", "қыста сегіз – он екі градус болуы керек"),
        ("ауа +25 ℃-қа дейін жетті", "ауа плюс жиырма бес градусқа дейін жетті"),
        ("түнде −5℃...−10℃ болады", "түнде минус бес – минус он градус болады"),
        ("күндіз 40-45ºС-қа жетеді", "күндіз қырық – қырық бес градусқа жетеді"),
        ("судың температурасы 18˚ болды", "судың температурасы он сегіз градус болды"),
        ("ауа 25 градус С болады", "ауа жиырма бес градус болады"),
        ("ауа 25°Ц болды", "ауа жиырма бес градус болды"),
    ],
    "a letter after градус that begins a word is no Celsius letter": [
        ("25 градус Сейітов айтты", "жиырма бес градус Сейітов айтты"),
    ],
    "atmospheric pressure in pascals with a prefix": [
        ("қысым 1013 гПа болды", "қысым мың он үш гектопаскаль болды"),
        ("қысым 1020 гПа-ға дейін көтеріледі", "қысым мың жиырма гектопаскальге дейін көтеріледі"),
        ("қысымы 15 МПа", "қысымы он бес мегапаскаль"),
    ],
    "a weather widget's decimal and Celsius letter alone on their line are a temperature": [
        ("16.3 C\nШымкент", "он алты бүтін оннан үш градус\nШымкент"),
        ("-2,5 С\nАстана", "минус екі бүтін оннан бес градус\nАстана"),
    ],
    "a decimal and a letter with more on their line stay a section and its letter": [
        ("2.1 C нұсқасы", "екі бір си нұсқасы"),
    ],
}


test_reading = reading_test(READINGS)


def test_a_signed_temperature_with_the_celsius_letter_and_no_degree_sign() -> None:
    """unseen36x: -32С, – 29С, +25С (`mistyped.WRITTEN_CELSIUS`); a class's letter after an unsigned number stays."""
    assert normalize("Бородулихада -32С, Бесқарағай ауданында -32С аяз.") == (
        "Бородулихада минус отыз екі градус, Бесқарағай ауданында минус отыз екі градус аяз."
    )
    assert normalize("Ауа температурасы +25С болады") == "Ауа температурасы плюс жиырма бес градус болады"
    assert "градус" not in normalize("5 С сынып")

"""Encyclopedic and popular-science text on species, stars and planets (species32): examples of our own, on words no
case file holds."""

from tests.conftest import reading_test

READINGS = {
    "a species' Latin name in brackets after its Kazakh name, though a word of it is in the English dictionary": [
        ("сазан (Cyprinus carpio) популяциясы", "сазан (ципринус карпио) популяциясы"),
        ("қоңыр аюдың (Ursus arctos) саны", "қоңыр аюдың (урсус арктос) саны"),
        ("Жасыл карта (Green card)", "Жасыл карта (грин кард)"),  # two English words
        ("университетінің (Satbayev university)", "университетінің (сатбаев юниверсити)"),  # no Latin genus
    ],
    "a word cited after лат. or грек. is read by school Latin": [
        ("Су (лат. aqua, грек. hydor) тіршілік көзі.", "Су (латынша аква, грекше хидор) тіршілік көзі."),
        (
            "Астрономия (грек. astron – жұлдыз) – аспан денелері туралы ғылым.",
            "Астрономия (грекше астрон – жұлдыз) – аспан денелері туралы ғылым.",
        ),
    ],
    "a word cited after латынша with a bracketed part, as a word in it is": [
        ("Термин латынша (super)visor сөзінен шыққан.", "Термин латынша (супер)визор сөзінен шыққан."),
    ],
    "a term's etymon glossed in brackets after it is read by school Latin; an English word glossed stays English": [
        (
            "Психология (psyche – жан, logos – ілім) – жан туралы ғылым.",
            "Психология (психе – жан, логос – ілім) – жан туралы ғылым.",
        ),
        ("Биология (bios- тіршілік) – ғылым.", "Биология (биос- тіршілік) – ғылым."),
        ("Компьютер (computer – есептеуіш) кеңседе тұр.", "Компьютер (компьютер – есептеуіш) кеңседе тұр."),
        ("Наноқабырғалар (nanowalls) туралы.", "Наноқабырғалар (наноуолс) туралы."),
    ],
    "a taxon's one Latin word after its rank's label, or with a rank's ending, is read by school Latin": [
        ("Тұқымдасы: Felidae", "Тұқымдасы: фелидэ"),
        ("Кіші тұқымдасы: Pantherinae", "Кіші тұқымдасы: пантеринэ"),
        ("Класс:Cephalopoda", "Класс:цефалопода"),
        ("Бұл түр Cyprinidae тұқымдасына жатады.", "Бұл түр ципринидэ тұқымдасына жатады."),
    ],
    "a taxon in brackets in a taxobox's row or after its Kazakh name; a bracketed English word stays English": [
        ("Туыс | (Lynx) |", "Туыс (линкс)"),
        ("Тип | Буынаяқтылар (Arthropoda) |", "Тип Буынаяқтылар (артропода)"),
        ("Ғалымдар түрдің (Gobiidae) жаңа өкілін тапты.", "Ғалымдар түрдің (гобиидэ) жаңа өкілін тапты."),
        ("Ғалымдар жаңа түрді (Paracanthurus) тапты.", "Ғалымдар жаңа түрді (паракантурус) тапты."),
        ("Ол жаңа көлігін (Lexus) сатты.", "Ол жаңа көлігін (лексус) сатты."),
    ],
    "school Latin's letters: ck, soft ae, eu before a consonant, a glide, soft l before u": [
        ("Lonicera tatarica, Tilia cordata, Quercus robur", "лоницера татарика, тилия кордата, кверкус робур"),
        ("Тұқымдасы: Pseudococcidae", "Тұқымдасы: псевдококцидэ"),
        ("Түрі: Eucalyptus globulus", "Түрі: эвкалиптус глобулюс"),
        ("Acer tataricum, Zea mays, Lupinus luteus", "ацер татарикум, зеа майс, люпинус лютеус"),
    ],
    "a pair listed after a species is one too; the same pair alone is English": [
        ("Өсімдіктер: Helianthus annuus, Zea mays.", "Өсімдіктер: хелиантус аннуус, зеа майс."),
        ("Zea mays", "зи мейз"),
    ],
    "гр. before a cited word in small letters is грекше; after a number it is a gram": [
        ("(гр. biologia – өмір туралы ілім)", "(грекше биология – өмір туралы ілім)"),
        ("Ұн 200 гр. қосыңыз.", "Ұн екі жүз грамм қосыңыз."),
    ],
    "a pair whose epithet spells a Kazakh word in plain Latin is Kazakh, not a species; a Latin epithet stays": [
        ("Bir gana jol", "бір ғана жол"),
        ("Tulipa greigii", "тулипа грейгии"),
    ],
    "a species with its genus cut to the initial reads the initial by its Latin letter's name": [
        ("Түрі: U. uncia", "Түрі: у унция"),
        ("Мысалы, S. tatarica далада мекендейді.", "Мысалы, эс татарика далада мекендейді."),
        ("Хат жазған A. Smith болды.", "Хат жазған эй смит болды."),
    ],
    "j between a vowel and a consonant in a Russian surname in Latin letters is й": [
        ("Түрді ботаник Sejtkaliev сипаттаған.", "Түрді ботаник сейткалиев сипаттаған."),
        ("Kojbagarov жинаған үлгі.", "койбагаров жинаған үлгі."),
    ],
    "spaces typed in a run are one space": [
        ("Ауданы  2  724  900  км².", "Ауданы екі миллион жеті жүз жиырма төрт мың тоғыз жүз шаршы шақырым."),
        ("Биіктігі  45  м  жетеді.", "Биіктігі қырық бес метр жетеді."),
    ],
    "a spaced dash before a number already said leaves a cardinal": [
        ("Слайд 14 - 2.3.1 тақырыбы", "Слайд он төрт - екі үш бір тақырыбы"),
        ("Тарау 7 - 4.2 бөлім", "Тарау жеті - төрт екі бөлім"),
    ],
}


test_reading = reading_test(READINGS)

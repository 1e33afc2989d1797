"""Foreign places written in Latin letters inside Kazakh text (New York, Paris, Seoul, Germany), said by the exonym
Kazakh and Russian media write (Нью-Йорк, Париж, Сеул, Германия), not by the English sound (перис, соул, германы).

The names come from the Unicode CLDR data Babel installs: the English and Kazakh names of every country and
territory, and of every city a time zone is named after (America/New_York: New York → Нью-Йорк, Europe/Moscow:
Moscow → Мәскеу). places.tsv adds the cities no time zone is named after (Beijing, Geneva, Munich). A name is read
so only where it stands among Kazakh words: in an English name (New York Times, Bank of China) it stays English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from babel import Locale

from tts_edition.normalize.morphology import stem_and_suffixes
from tts_edition.normalize.tables import table_rows

TABLE = Path(__file__).with_name("places.tsv")
# A name CLDR gives with a qualifier (Center, North Dakota; Myanmar (Burma); Wallis & Futuna) is no name written
# in a text; a numbered region (001 World, 142 Asia) names no place English phrases do not also use.
_QUALIFIED = re.compile(r"[,()&]")


# Besides English, the Latin alphabets of the Turkic neighbours name the places Kazakh news quotes from them (İstanbul,
# Taşkent, Bakı, Toshkent, Aşgabat; Türkiye, Özbekistan): their CLDR names too.
_WRITTEN_IN = ("en", "tr", "az", "uz", "tk")


@cache
def countries() -> dict[str, str]:
    """Each country's and territory's name in English or a Turkic Latin alphabet, lower case, and its Kazakh name
    (Germany → германия, Türkiye → түркия)."""
    kazakh = Locale("kk")
    return _table(
        (name, kazakh.territories.get(code))
        for locale in _WRITTEN_IN
        for code, name in Locale.parse(locale).territories.items()
        if code.isalpha()
    )


@cache
def cities() -> dict[str, str]:
    """Each city's name in English or a Turkic Latin alphabet, lower case, and its Kazakh name: CLDR's time-zone
    cities (Tashkent, Toshkent, Taşkent → ташкент) and places.tsv."""
    kazakh = Locale("kk")
    pairs = [
        (_city(written_in, zone), names.get("city"))
        for written_in in map(Locale.parse, _WRITTEN_IN)
        for zone, names in kazakh.time_zones.items()
    ]
    return _table([*pairs, *((written, spoken) for written, spoken in table_rows(TABLE))])


# Kazakhstan's own towns, which the Kazakh dictionary lacks: a Kazakh word in plain Latin letters (no ö, ü, ğ) is
# one of them when a Cyrillic spelling its letters allow names it (OSKEMEN → өскемен, Shymkent → шымкент).
KAZAKH_TOWNS = frozenset(
    """өскемен шымкент тараз павлодар қызылорда қарағанды семей ақтөбе ақтау атырау орал қостанай петропавл көкшетау
    талдықорған түркістан жезқазған екібастұз теміртау қонаев балқаш сәтбаев риддер степногорск жаңаөзен кентау
    арқалық рудный ақсу қаскелең талғар жаркент ұзынағаш сарыағаш шардара шиелі аягөз зайсан""".split()
)


# Kazakhstan's districts (аудандар) and the regions named like none of their towns, by their Kazakh one-word names,
# which the Kazakh dictionary lacks as it lacks the towns: a district's newspaper or office writes its name in plain
# Latin in an address or an account (admin_mugalzhar → мұғалжар, not the letter rules' мугалжар). Not the districts
# named in Russian (Бородулиха, Шемонаиха), nor a name of two words or of fewer than four letters (Шу, Шет).
KAZAKH_DISTRICTS = frozenset(
    """бесқарағай жарма көкпекті ақсуат үржар мақаншы аршалы атбасар бұланды бурабай егіндікөл ерейментау есіл
    жақсы жарқайың зеренді қорғалжын сандықтау шортанды аққөл алға байғанин қарғалы қобда мәртөк мұғалжар ойыл
    темір ырғыз хромтау шалқар еңбекшіқазақ жамбыл қарасай райымбек ұйғыр кеген жылыой индер исатай құрманғазы
    қызылқоға мақат махамбет ақжайық бөрлі жаңақала жәнібек қаратөбе сырым тасқала теректі шыңғырлау бәйтерек
    бөкейорда байзақ жуалы меркі мойынқұм сарысу талас қордай алакөл ескелді кербұлақ көксу қаратал сарқан ақтоғай
    нұра қарқаралы әулиекөл жангелдин жітіқара қамысты қарабалық қарасу меңдіқара науырзым сарыкөл ұзынкөл
    алтынсарин амангелді арал жалағаш жаңақорған қазалы қармақшы сырдария бейнеу қарақия маңғыстау мұнайлы
    түпқараған баянауыл ертіс тереңкөл аққулы шарбақты айыртау ақжар аққайың қызылжар мамлют тайынша уәлиханов
    бәйдібек қазығұрт мақтаарал ордабасы отырар сайрам созақ төлеби түлкібас жетісай келес сауран жаңаарқа ұлытау
    күршім катонқарағай марқакөл тарбағатай ұлан алтай жетісу""".split()
)


def kazakh_town(spelling: str) -> bool:
    """Whether a Cyrillic spelling names a town of Kazakhstan (`KAZAKH_TOWNS`)."""
    return spelling.lower() in KAZAKH_TOWNS


def kazakh_place(spelling: str) -> bool:
    """Whether a Cyrillic spelling names a town (`KAZAKH_TOWNS`) or a district (`KAZAKH_DISTRICTS`) of Kazakhstan."""
    return kazakh_town(spelling) or spelling.lower() in KAZAKH_DISTRICTS


_SHORTEST_INITIALISM_LIKE = 3


@cache
def kazakh_names() -> frozenset[str]:
    """Every place's Kazakh name of one word, lower case (түркия, мәскеу, ақтөбе): the countries' and cities' CLDR
    names, the table's exonyms and Kazakhstan's towns and districts, which the Kazakh dictionary mostly lacks. A name
    of three letters (рим, чад, ном) is left out: capitals that short are more often an initialism."""
    names = {*countries().values(), *cities().values(), *KAZAKH_TOWNS, *KAZAKH_DISTRICTS}
    return frozenset(name for name in names if name.isalpha() and len(name) > _SHORTEST_INITIALISM_LIKE)


def named(word: str) -> bool:
    """Whether a Cyrillic word is a place's Kazakh name, bare or followed by suffixes (Түркия, Мәскеуге, Ақтөбедегі)."""
    lower = word.lower()
    names = kazakh_names()
    return lower in names or stem_and_suffixes(lower, names.__contains__, _SHORTEST_INITIALISM_LIKE + 1)


def kazakh_town_named(written: str) -> str | None:
    """The town of Kazakhstan a Latin name is CLDR's city name for (Aktobe, Aqtobe → ақтөбе; Uralsk → орал), whose
    Kazakh vowels the plain letters cannot tell apart by harmony alone (ақ + төбе), or None."""
    town = cities().get(_key(written))
    return town if town and kazakh_town(town) else None


# A time zone's name as the tz database writes it, a page's dateline giving it (Қаз 30, 2022 15:47 Asia/Almaty): the
# continent and the city by their Kazakh names in CLDR (Азия Алматы, Еуропа Мәскеу), not the English words.
_CONTINENTS = {"Africa": "002", "America": "019", "Asia": "142", "Europe": "150"}
TIME_ZONE = re.compile(
    rf"(?<![\w/.])(?P<continent>{'|'.join(_CONTINENTS)})/(?P<city>[A-Z][a-z]+(?:_[A-Z][a-z]+)*)(?![\w/.])"
)
TIME_ZONE_MARK = re.compile("[ae]/[A-Z]")  # what every match holds (`Rule.needs`): the continent's last letter first


def speak_time_zone(match: re.Match[str]) -> str:
    """Asia/Almaty → Азия Алматы; a zone CLDR does not name stays as written."""
    kazakh = Locale("kk")
    city = kazakh.time_zones.get(match.group(), {}).get("city")
    return f"{kazakh.territories[_CONTINENTS[match['continent']]]} {city}" if city else match.group()


def _city(locale: Locale, zone: str) -> str | None:
    """The city a time zone is named after, in `locale`'s words; in English the zone's name where CLDR gives none."""
    city = locale.time_zones.get(zone, {}).get("city")
    return city or (zone.rsplit("/", 1)[-1].replace("_", " ") if locale.language == "en" else None)


def _table(pairs: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    return {
        _key(written): spoken.lower()
        for written, spoken in pairs
        if written and spoken and not _QUALIFIED.search(written + spoken)
    }


@cache
def exonyms() -> dict[str, str]:
    """Every foreign place's English name, lower case, and its Kazakh name."""
    return countries() | cities()


@cache
def foreign_place_names() -> frozenset[str]:
    """The Kazakh names of foreign countries and cities, lower case (канн, берлин, жапония)."""
    return frozenset(exonyms().values())


def _key(written: str) -> str:
    return " ".join(written.replace("İ", "I").lower().split())  # İstanbul: not an i with a combining dot


def exonym(name: str, suffixed: bool = False) -> str | None:
    """The Kazakh name of the foreign place `name` (Seoul → сеул, New York → нью-йорк), or None. A country's name
    only with a Kazakh case suffix written on it (Germany-ге → германияға): alone, a country's Latin name is as often
    a channel's, a team's or a label's (Russia арнасы → раша арнасы, Team Kazakhstan)."""
    key = _key(name)
    return cities().get(key) or (countries().get(key) if suffixed else None)


# The words an airline's name ends in after its country's (Turkmenistan Airlines, Uzbekistan Airways).
AIRLINE_WORDS = frozenset({"airlines", "airways", "airline"})


@cache
def _russian_countries() -> dict[str, str]:
    """Each country's English name, lower case, and its Russian name (Turkmenistan → туркменистан)."""
    russian = Locale("ru")
    return _table(
        (name, russian.territories.get(code)) for code, name in Locale("en").territories.items() if code.isalpha()
    )


def airline_country(name: str, following: str | None) -> str | None:
    """A country's English name opening an airline's (Turkmenistan Airlines, Malaysia Airlines) is said as Russian and
    Kazakh media transcribe the airline's name, by the country's Russian name (Туркменистан Эйрлайнс), not by the
    English sound (теркменистэн); None before any other word (Team Kazakhstan, Kazakhstan Temir Zholy)."""
    if following is None or following.lower() not in AIRLINE_WORDS:
        return None
    return _russian_countries().get(_key(name))


@cache
def place_names() -> re.Pattern[str]:
    """A pattern of every place's English name, longest first (New York before York), as whole words."""
    alternatives = "|".join(
        r"\s+".join(map(re.escape, name.split())) for name in sorted(exonyms(), key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])", re.IGNORECASE)


def without_places(text: str) -> str:
    """The text with its foreign places' Latin names left out: a name says nothing of the language around it."""
    return place_names().sub(" ", text)


def place_phrases() -> list[str]:
    """The names of two words or more (New York, Abu Dhabi), to be matched as one name."""
    return [name for name in exonyms() if " " in name]

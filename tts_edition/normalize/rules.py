"""The Kazakh rewrite rules, in the order they run. Each turns one kind of written token into words; its pattern and
its reader live in the module of that kind of token (numbers as written, ordinals, amounts, initialisms…)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tts_edition.normalize import abbreviations as abbr
from tts_edition.normalize import (
    amounts,
    blood,
    chemistry,
    clipped,
    codes,
    coordinates,
    dates,
    dotted,
    formulas,
    gluedsuffixes,
    grouping,
    initialisms,
    latinkazakh,
    latinwords,
    lettercodes,
    letterlabels,
    lookalikes,
    marks,
    mistyped,
    models,
    numbering,
    ordinalcontext,
    phones,
    ratios,
    references,
    roman,
    scraped,
    scripture,
    species,
    symbols,
    webaddresses,
    weekdays,
    writtennumbers,
)
from tts_edition.normalize.latin import HYPHEN_IN_WORD, HYPHENATED_READING, joined_reading, read_web_address
from tts_edition.normalize.morphology import SUFFIX, attach
from tts_edition.normalize.numbers import cardinal_of, ordinal_of
from tts_edition.normalize.provenance import LETTERS


@dataclass(frozen=True)
class Rule:
    """A rewrite: what it matches, how it says it, the kind of reading it makes (cardinal, date, initialism, latin…)
    and whether its readings are guesses a person should confirm; `speak` may return a `Spoken` that says
    otherwise for one reading. `needs`, when given, finds something every match of `pattern` holds (a digit, a
    Latin letter): a text without it is not scanned, a cheap test that spares most sentences most rules."""

    name: str
    pattern: re.Pattern[str]
    speak: Callable[[re.Match[str]], str]
    kind: str
    guess: bool = False
    needs: re.Pattern[str] | None = None

    def may_match(self, text: str) -> bool:
        return self.needs is None or self.needs.search(text) is not None


# What a rule's matches all hold (`Rule.needs`).
DIGIT = re.compile(r"\d")
_POINT_IN_NUMBER = re.compile(r"\d\.\d")  # what every version holds (`Rule.needs`)
LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ\u212a]")  # Kelvin sign: "k" under re.I
_TAG_OPEN = re.compile(r"</?[A-Za-z]")
_BREAK = re.compile("-[ \u00a0]|\u00ad|¬")
_OPEN_BRACKET = re.compile(r"\[")
_TABLE_MARK = re.compile("[|•]")
_HEMISPHERE_LETTER = re.compile("[°′″] ?[NSEW]")
_POWER_APART = re.compile(r"м [23]")


@cache
def rules() -> list[Rule]:
    """The Kazakh rules, in the order they run (their patterns compiled on first use)."""
    return [
        Rule(
            "legacy-font letter",
            mistyped.LEGACY_LETTER,
            lambda m: "".join(mistyped.LEGACY_FONT[ch] for ch in m.group()),
            LETTERS,
            needs=mistyped.LEGACY_SIGN,
        ),
        Rule(
            "legacy-font ө",
            mistyped.LEGACY_O,
            lambda m: mistyped.LEGACY_O_LETTERS[m.group()],
            LETTERS,
            needs=mistyped.LEGACY_O_MARK,
        ),
        Rule(
            "ә turned into ң",
            mistyped.ENG_FOR_SCHWA_WORD,
            mistyped.schwa_for_eng,
            LETTERS,
            needs=mistyped.ENG_AFTER_CONSONANT,
        ),
        Rule("spaces typed in a run", mistyped.SPACE_RUN, lambda m: " ", "mark", needs=mistyped.TWO_SPACES),
        Rule("arrow between words", marks.ARROW_BETWEEN_WORDS, lambda m: " – ", "mark", needs=marks.ARROW_MARK),
        Rule("decoration", marks.DECORATION, lambda m: " ", "mark", needs=marks.DECORATION_MARK),
        Rule("sign of approximation", marks.APPROXIMATE, marks.speak_approximate, "mark", needs=marks.APPROXIMATE_MARK),
        Rule("markup", scraped.MARKUP, scraped.silence_markup, "mark", needs=_TAG_OPEN),
        Rule("word broken across a line", scraped.LINE_BREAK_HYPHEN, scraped.join_broken_word, "mark", needs=_BREAK),
        Rule("kazakh latin text", latinkazakh.WORD, latinkazakh.read_word, LETTERS, needs=LATIN_LETTER),
        Rule("formula", formulas.FORMULA, formulas.speak_formula, "code", needs=formulas.MARK),
        Rule("point and its coordinates", formulas.POINT, formulas.speak_point, "code", needs=formulas.POINT_MARK),
        Rule(
            "variable defined or in brackets",
            formulas.DEFINED_VARIABLE,
            formulas.speak_defined_variable,
            "code",
            needs=formulas.DEFINED_MARK,
        ),
        Rule("isotope", chemistry.ISOTOPE, chemistry.speak_isotope, "code", needs=chemistry.ISOTOPE_MARK),
        Rule("words run together", scraped.GLUED_WORDS, scraped.split_glued_words, "mark", needs=scraped.RUN_TOGETHER),
        Rule(
            "latin word run onto a word",
            scraped.GLUED_LATIN_WORD,
            scraped.split_glued_latin_word,
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule(
            "hemisphere run onto a word",
            coordinates.GLUED_HEMISPHERE,
            coordinates.part_glued_hemisphere,
            "mark",
            needs=_HEMISPHERE_LETTER,
        ),
        Rule("era mark run onto an ordinal", scraped.GLUED_ERA_MARK, scraped.part_glued_era_mark, "mark", needs=DIGIT),
        Rule(
            "number and code joined by an underscore",
            scraped.UNDERSCORED_CODE,
            scraped.part_underscored_code,
            "mark",
            needs=scraped.UNDERSCORE,
        ),
        Rule("wiki reference number", scraped.WIKI_FOOTNOTE, lambda m: "", "mark", needs=_OPEN_BRACKET),
        Rule("note mark on a word", scraped.GLUED_NOTE_MARK, lambda m: "", "mark", needs=scraped.NOTE_MARK),
        Rule(
            "heading's numeral on its line",
            roman.HEADING_NUMERAL,
            roman.speak_heading_numeral,
            "ordinal",
            needs=roman.HEADING_LINE,
        ),
        Rule("place word before its name", dotted.AHEAD_PHRASE, dotted.speak_ahead, "abbreviation"),
        Rule(
            "power set apart from its unit",
            scraped.LOST_SUPERSCRIPT,
            scraped.join_lost_superscript,
            "mark",
            needs=_POWER_APART,
        ),
        Rule(
            "thousands grouped with commas",
            grouping.GROUPED_WITH_COMMAS,
            grouping.space_thousands,
            "mark",
            needs=grouping.COMMA_GROUP,
        ),
        Rule(
            "thousands grouped with points, apostrophes or thin spaces",
            grouping.GROUPED_WITH_MARKS,
            grouping.space_marked_thousands,
            "mark",
            needs=grouping.MARK_GROUP,
        ),
        Rule(
            "identifier number", codes.IDENTIFIER_NUMBER, codes.speak_labelled_code, "code", needs=codes.TWELVE_DIGITS
        ),
        Rule("car number plate", codes.PLATE, codes.speak_plate, "code", needs=codes.PLATE_MARK),
        Rule("code after its label", codes.LABELLED_CODE, codes.speak_labelled_code, "code", needs=codes.CODE_LABEL),
        Rule(
            "zero-led code after its label",
            codes.ZERO_LED_CODE,
            codes.speak_zero_led_code,
            "code",
            needs=codes.ZERO_LED_MARK,
        ),
        Rule(
            "unit alone in a table's cell",
            amounts.TABLE_CELL_UNIT,
            lambda m: abbr.unit_spoken(m["unit"]),
            "measure",
            needs=amounts.PIPE,
        ),
        Rule("table's pipes and bullets", scraped.TABLE_MARKS, scraped.silence_table_marks, "mark", needs=_TABLE_MARK),
        Rule(
            "degree Celsius written another way",
            mistyped.WRITTEN_CELSIUS,
            lambda m: m["gap"] + "°С",
            "mark",
            needs=DIGIT,
        ),
        Rule("degree typed as an apostrophe", mistyped.APOSTROPHE_DEGREE, lambda m: "°", "mark", needs=DIGIT),
        Rule("degree typed as a zero", mistyped.ZERO_DEGREE, lambda m: "°", "mark", needs=DIGIT),
        Rule(
            "degree typed as a letter o",
            mistyped.LETTER_O_DEGREE,
            lambda m: m["gap"] + "°",
            "mark",
            needs=mistyped.LETTER_O_DEGREE_MARK,
        ),
        Rule("degree on a range's first end", mistyped.DEGREE_BEFORE_RANGE_END, lambda m: "", "mark", needs=DIGIT),
        Rule(
            "decade's hyphen typed as a spaced dash",
            mistyped.DETACHED_DECADE_DASH,
            lambda m: f"{m['tens']}-",
            "mark",
            needs=mistyped.DASH_AFTER_TENS,
        ),
        Rule(
            "space typed after a particle size's point",
            mistyped.SPACED_PARTICLE_POINT,
            lambda m: m.group().removesuffix(m["gap"]),
            "mark",
            needs=mistyped.PARTICLE_POINT_MARK,
        ),
        Rule(
            "full stop typed for a range's dash",
            mistyped.DOT_FOR_RANGE_DASH,
            mistyped.dash_for_range_dot,
            "mark",
            needs=mistyped.STOP_IN_RANGE,
        ),
        Rule(
            "rate typed with a backslash",
            mistyped.BACKSLASH_RATE,
            lambda m: m["unit"] + "/",
            "mark",
            needs=amounts.BACKSLASH,
        ),
        Rule(
            "speed typed with its units swapped",
            mistyped.SWAPPED_SPEED,
            mistyped.unswapped_speed,
            "mark",
            needs=amounts.SLASH,
        ),
        Rule(
            "scale word misspelt after a number",
            mistyped.MISSPELT_SCALE,
            mistyped.spelt_scale,
            "mark",
            needs=mistyped.NUMBER_BEFORE_SCALE,
        ),
        Rule("fight record", ratios.FIGHT_RECORD, ratios.speak_fight_record, "cardinal", needs=ratios.KNOCKOUT),
        Rule(
            "registration code",
            lettercodes.REGISTRATION_CODE,
            lettercodes.speak_registration_code,
            "code",
            needs=lettercodes.REGISTRATION_MARK,
        ),
        Rule(
            "zero typed for o",
            lettercodes.ZERO_FOR_O,
            lambda m: m.group().replace("0", "o"),
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule(
            "zero-led number on a latin word",
            lettercodes.ZERO_LED_ON_LATIN,
            lettercodes.speak_zero_led_code,
            "code",
            needs=LATIN_LETTER,
        ),
        Rule("instalment code", lettercodes.INSTALMENT_CODE, lettercodes.speak_instalment_code, "code", needs=DIGIT),
        Rule(
            "answer option",
            numbering.OPTION_MARKER,
            numbering.speak_option_marker,
            "initialism",
            needs=numbering.OPTION_MARK,
        ),
        Rule(
            "greek look-alike letters",
            lookalikes.CYRILLIC_WORD_WITH_GREEK,
            lookalikes.greek_lookalikes,
            LETTERS,
            needs=lookalikes.GREEK_LOOKALIKE_LETTER,
        ),
        Rule(
            "look-alike letters",
            lookalikes.CYRILLIC_WORD_WITH_LATIN,
            lookalikes.cyrillic_lookalikes,
            LETTERS,
            needs=lookalikes.LATIN_LIKE_LETTER,
        ),
        Rule(
            "capitals typed in look-alikes of an English word",
            lookalikes.LOOKALIKE_CAPITALS,
            lookalikes.english_twin,
            LETTERS,
        ),
        Rule("pH", chemistry.PH, chemistry.speak_ph, "code", needs=chemistry.PH_MARK),
        Rule("greek letter", chemistry.GREEK_LETTER, chemistry.speak_greek_letter, "code", needs=chemistry.GREEK_MARK),
        Rule("chemical formula", chemistry.FORMULA, chemistry.speak_formula, "code", needs=chemistry.FORMULA_MARK),
        Rule(
            "element named", chemistry.NAMED_SYMBOL, chemistry.speak_named_symbol, "code", needs=chemistry.SYMBOL_MARK
        ),
        Rule(
            "web address run onto a number",
            webaddresses.ADDRESS_RUN_ONTO_NUMBER,
            lambda m: m.group() + " ",
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "web address broken at a dot",
            webaddresses.ADDRESS_BROKEN_AT_DOT,
            lambda m: m.group()[:-1],
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule("web address", webaddresses.WEB_ADDRESS, read_web_address, "web", needs=webaddresses.ADDRESS_MARK),
        Rule(
            "document symbol", references.DOCUMENT_SYMBOL, references.speak_document_symbol, "code", needs=amounts.SLASH
        ),
        Rule("serial number", references.SERIAL_NUMBER, references.speak_serial_number, "code", needs=DIGIT),
        Rule("library class", references.LIBRARY_CLASS, references.speak_library_class, "code", needs=DIGIT),
        Rule(
            "honorific in capitals",
            symbols.BRACKETED_HONORIFIC,
            symbols.speak_bracketed_honorific,
            "abbreviation",
            needs=symbols.ROUND_BRACKET,
        ),
        Rule(
            "english ordinal",
            webaddresses.ENGLISH_ORDINAL,
            lambda m: ordinal_of(cardinal_of(m["n"])),
            "ordinal",
            needs=DIGIT,
        ),
        Rule("hashtag", webaddresses.HASHTAG, webaddresses.speak_hashtag, "mark"),
        Rule(
            "suffix apart from a Latin name",
            gluedsuffixes.SUFFIX_APART_FROM_LATIN,
            lambda m: f"{m['word']}-{m['suf']}",
            "mark",
            needs=LATIN_LETTER,
        ),
        Rule("model code after its maker", models.MODEL_CODE, models.speak_model_code, "latin", needs=DIGIT),
        Rule("maker before its model code", models.cyrillic_maker(), models.speak_maker, "abbreviation", needs=DIGIT),
        Rule("instrument code", lettercodes.TICKER, lettercodes.speak_ticker, "code", needs=re.compile("_")),
        Rule(
            "pair of currencies",
            lettercodes.CURRENCY_PAIR,
            lettercodes.speak_currency_pair,
            "code",
            needs=lettercodes.PAIR_MARK,
        ),
        Rule(
            "currency ticker's sign",
            lettercodes.CURRENCY_TICKER,
            lettercodes.speak_ticker_sign,
            "code",
            needs=writtennumbers.CURRENCY_SIGN,
        ),
        Rule("final hard sign", webaddresses.FINAL_HARD_SIGN, lambda m: "", LETTERS),
        Rule(
            "weekday cut to two letters",
            weekdays.WEEKDAYS,
            weekdays.speak_weekdays,
            "abbreviation",
            needs=weekdays.DAY_MARK,
        ),
        Rule("blood group", blood.BLOOD_GROUP, blood.speak_blood_group, "code", needs=blood.BRACKET),
        Rule("rhesus factor", blood.RHESUS, blood.speak_rhesus, "abbreviation", needs=LATIN_LETTER),
        Rule("species name", species.BINOMIAL, species.speak_binomial, "latin", needs=LATIN_LETTER),
        Rule(
            "species name with its genus cut",
            species.ABBREVIATED_BINOMIAL,
            species.speak_abbreviated_binomial,
            "latin",
            needs=species.CUT_GENUS,
        ),
        Rule(
            "latin name typed apart",
            latinwords.LATIN_WORD_RUN,
            latinwords.joined_split_names,
            "latin",
            needs=LATIN_LETTER,
        ),
        Rule("italian name", latinwords.ITALIAN_NAME, latinwords.speak_italian_name, "latin", needs=LATIN_LETTER),
        Rule("french name", latinwords.FRENCH_PHRASE, latinwords.speak_french_phrase, "latin", needs=LATIN_LETTER),
        Rule("turkic name", latinwords.TURKIC_PHRASE, latinwords.speak_turkic_phrase, "latin", needs=LATIN_LETTER),
        Rule("chinese name", latinwords.NAME_WORDS, latinwords.speak_chinese_name, "latin", needs=LATIN_LETTER),
        Rule(
            "particle of a name",
            latinwords.NAME_PARTICLE,
            latinwords.speak_name_particle,
            "latin",
            needs=LATIN_LETTER,
        ),
        Rule(
            "letter grade",
            symbols.LETTER_GRADE,
            symbols.speak_grade,
            "initialism",
            needs=re.compile(r"[A-DFАВС][+\-−]"),
        ),
        Rule("keys pressed together", symbols.KEYS_TOGETHER, lambda m: " плюс ", "mark", needs=LATIN_LETTER),
        Rule("latin initials", latinwords.LATIN_INITIALS, latinwords.speak_latin_initials, "latin", needs=LATIN_LETTER),
        Rule("latin name", latinwords.LATIN_NAME, latinwords.speak_latin_word, "latin", needs=LATIN_LETTER),
        Rule("name's reading typed with a hyphen", HYPHENATED_READING, joined_reading, "latin", needs=HYPHEN_IN_WORD),
        Rule(
            "legal form closing a quoted name",
            letterlabels.QUOTED_LEGAL_FORM,
            letterlabels.speak_legal_form,
            "initialism",
        ),
        Rule(
            "full stop typed for an ending's hyphen",
            gluedsuffixes.STOP_FOR_HYPHEN,
            gluedsuffixes.hyphen_for_stop,
            "mark",
            needs=gluedsuffixes.STOP_FOR_HYPHEN_MARK,
        ),
        Rule("space after a full stop", gluedsuffixes.GLUED_AFTER_STOP, lambda m: " ", "mark"),
        Rule(
            "case ending on an initial",
            gluedsuffixes.SUFFIXED_INITIAL,
            gluedsuffixes.speak_suffixed_initial,
            "initialism",
        ),
        Rule("space after a glued comma", gluedsuffixes.GLUED_AFTER_COMMA, lambda m: " ", "mark", needs=DIGIT),
        Rule(
            "space after a scale word's stop",
            gluedsuffixes.GLUED_AFTER_SCALE,
            lambda m: " ",
            "mark",
            needs=gluedsuffixes.GLUED_AFTER_SCALE_NEEDS,
        ),
        Rule(
            "capital suffix on a scale word",
            gluedsuffixes.CAPITAL_SCALE_SUFFIX,
            lambda m: m.group()[: m.start("suf") - m.start()] + m["suf"].lower(),
            "mark",
            needs=gluedsuffixes.CAPITAL_SCALE_SUFFIX_NEEDS,
        ),
        Rule(
            "space before a glued number",
            gluedsuffixes.GLUED_NUMBER,
            lambda m: m.group() + " ",
            "mark",
            needs=gluedsuffixes.LETTER_BEFORE_DIGIT,
        ),
        Rule(
            "space before a glued temperature",
            gluedsuffixes.GLUED_TEMPERATURE,
            lambda m: m.group() + " ",
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "measure run onto the next word",
            gluedsuffixes.RUN_ON_AFTER_NUMBER,
            gluedsuffixes.split_run_on_measure,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "percent sign before its number",
            gluedsuffixes.PERCENT_BEFORE_NUMBER,
            gluedsuffixes.percent_after_number,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "suffix typed onto a number",
            gluedsuffixes.GLUED_NUMBER_SUFFIX,
            gluedsuffixes.hyphen_before_number_ending,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "suffix past the quote after a number",
            gluedsuffixes.SUFFIX_PAST_QUOTED_NUMBER,
            gluedsuffixes.suffix_inside_quote,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "suffix a space after a number",
            gluedsuffixes.SPACED_NUMBER_POSSESSIVE,
            gluedsuffixes.hyphen_before_number_ending,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "suffix in capitals after a number",
            gluedsuffixes.CAPITAL_NUMBER_SUFFIX,
            gluedsuffixes.hyphen_before_number_ending,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "capital month after a number",
            gluedsuffixes.CAPITAL_MONTH_AFTER_NUMBER,
            gluedsuffixes.lower_capital_month,
            "mark",
            needs=DIGIT,
        ),
        Rule(
            "class labelled by grade and letter",
            letterlabels.CLASS_LABEL,
            letterlabels.speak_class_label,
            "ordinal",
            needs=DIGIT,
        ),
        Rule(
            "letter typed onto a number",
            letterlabels.NUMBER_LETTER,
            letterlabels.speak_number_letter,
            "initialism",
            needs=DIGIT,
        ),
        Rule(
            "year of a reference's imprint",
            references.IMPRINT_YEAR,
            references.speak_imprint_year,
            "ordinal",
            needs=references.IMPRINT_YEAR_NEEDS,
        ),
        Rule("pages of a reference", references.PAGE_COUNT, references.speak_page_count, "cardinal", needs=DIGIT),
        Rule(
            "labelled part of a reference",
            references.LABELLED_PART,
            references.speak_labelled_part,
            "ordinal",
            needs=DIGIT,
        ),
        Rule("year of a title", references.TITLE_YEAR, references.speak_title_year, "ordinal", needs=DIGIT),
        Rule(
            "verse reference",
            scripture.VERSE_REFERENCE,
            scripture.speak_verse_reference,
            "cardinal",
            needs=scripture.REFERENCE_MARK,
        ),
        Rule("dialled code", phones.DIAL_CODE, phones.speak_dial_code, "telephone", needs=phones.DIAL_KEY),
        Rule("labelled phone number", phones.LABELLED_PHONE, phones.speak_labelled_phone, "telephone", needs=DIGIT),
        Rule("phone number", phones.PHONE, phones.speak_phone, "telephone", needs=DIGIT),
        Rule("scale", ratios.SCALE, ratios.speak_scale, "cardinal", needs=re.compile(r"1\s?:\s?\d")),
        Rule("numeric date", dates.NUMERIC_DATE, dates.speak_numeric_date, "date", needs=DIGIT),
        Rule("day and month", dates.DAY_MONTH, dates.speak_day_month, "date", needs=DIGIT),
        Rule("month and year", dates.MONTH_OF_YEAR, dates.speak_month_of_year, "date", needs=dates.MONTH_OF_YEAR_MARK),
        Rule(
            "date with an english month",
            dates.ENGLISH_DATE,
            dates.speak_english_date,
            "date",
            needs=dates.ENGLISH_MONTH_ABBREVIATION,
        ),
        Rule("date with a month name", dates.MONTH_DATE, dates.speak_month_date, "date", needs=DIGIT),
        Rule("year before its month", dates.YEAR_OF_MONTH, dates.speak_year_of_month, "date", needs=DIGIT),
        Rule("stopwatch reading", dates.STOPWATCH, dates.speak_stopwatch, "time", needs=DIGIT),
        Rule("time", dates.TIME, dates.speak_time, "time", needs=DIGIT),
        Rule(
            "time typed with a hyphen",
            dates.HYPHEN_TIME,
            dates.speak_hyphen_time,
            "time",
            needs=amounts.DIGITS_HYPHENATED,
        ),
        Rule(
            "tax form number",
            numbering.FORM_NUMBER,
            numbering.speak_form_number,
            "code",
            needs=numbering.FORM_NUMBER_NEEDS,
        ),
        Rule("version number", numbering.VERSION, numbering.speak_version, "code", needs=_POINT_IN_NUMBER),
        Rule("section number", numbering.SECTION, numbering.speak_section, "code", needs=DIGIT),
        Rule(
            "list marker",
            numbering.LIST_MARKER,
            numbering.speak_list_marker,
            "ordinal",
            needs=numbering.LIST_MARKER_NEEDS,
        ),
        Rule("lettered list marker", numbering.LETTER_MARKER, numbering.speak_letter_marker, "mark"),
        Rule("number form", ratios.NUMBER_FORM, ratios.speak_number_form, "fraction", needs=ratios.FORM_SIGN),
        Rule("coordinate", coordinates.COORDINATE, coordinates.speak_coordinate, "measure", needs=DIGIT),
        Rule(
            "settlement date", lettercodes.SETTLEMENT, lettercodes.speak_settlement, "code", needs=re.compile(r"\+\d")
        ),
        Rule(
            "labelled slash code", numbering.LABELLED_CODE, numbering.speak_labelled_code, "code", needs=amounts.SLASH
        ),
        Rule("road index", lettercodes.ROAD_INDEX, lettercodes.speak_road_index, "code", needs=DIGIT),
        Rule(
            "food additive's E-number",
            lettercodes.FOOD_ADDITIVE,
            lettercodes.speak_food_additive,
            "code",
            needs=lettercodes.FOOD_ADDITIVE_MARK,
        ),
        Rule("code letters", lettercodes.CODE_LETTERS, lettercodes.speak_code_letters, "initialism", needs=DIGIT),
        Rule(
            "code letters on a number",
            lettercodes.GLUED_CODE_LETTERS,
            lettercodes.speak_code_letters,
            "initialism",
            needs=DIGIT,
        ),
        Rule(
            "abbreviation before a number",
            re.compile(rf"(?<![\w.-])(?P<abbr>{'|'.join(re.escape(a) for a in abbr.of_kind('before'))})(?=\s?\d)"),
            lambda m: abbr.table()[m["abbr"]].spoken,
            "abbreviation",
            needs=DIGIT,
        ),
        Rule("year or century word after a range", dotted.RANGE_WORD, dotted.speak_range_word, "abbreviation"),
        Rule("year word after a decade", dotted.DECADE_YEARS, lambda m: "жылдары", "abbreviation", needs=DIGIT),
        Rule("century word after a roman numeral", dotted.CENTURY_WORD, dotted.speak_century_word, "abbreviation"),
        Rule("roman numeral", roman.ROMAN, roman.speak_any_roman, "ordinal", needs=roman.ROMAN_RUN),
        Rule("document number", numbering.DOCUMENT_NUMBER, numbering.speak_document_number, "code", needs=DIGIT),
        Rule("petrol grades", amounts.FUEL_GRADES, amounts.speak_fuel_grades, "code", needs=amounts.SLASH),
        Rule(
            "round the clock", amounts.ROUND_THE_CLOCK, amounts.speak_round_the_clock, "cardinal", needs=amounts.SLASH
        ),
        Rule("blood pressure", blood.BLOOD_PRESSURE, ratios.speak_blood_pressure, "measure", needs=amounts.SLASH),
        Rule("house number", numbering.HOUSE_NUMBER, numbering.speak_house_number, "code", needs=amounts.SLASH),
        Rule(
            "slash code before its noun",
            numbering.SLASHED_CODE,
            numbering.speak_slash_code,
            "code",
            needs=amounts.SLASH,
        ),
        Rule(
            "slash code with an ordinal ending",
            numbering.ORDINAL_SLASH_CODE,
            numbering.speak_slash_code,
            "code",
            needs=amounts.SLASH,
        ),
        Rule(
            "numbers listed with commas",
            amounts.NUMBER_LIST,
            amounts.speak_number_list,
            "cardinal",
            needs=amounts.COMMA_RUN,
        ),
        Rule("collective numeral", amounts.COLLECTIVE, amounts.speak_collective, "cardinal", needs=DIGIT),
        Rule("part of a fraction", ratios.FRACTION_PART, ratios.speak_fraction_part, "cardinal", needs=DIGIT),
        Rule(
            "consecutive numbers with a slash",
            ratios.CONSECUTIVE_PAIR,
            ratios.speak_consecutive_pair,
            "cardinal",
            needs=amounts.SLASH,
        ),
        Rule("fraction", ratios.FRACTION, ratios.speak_fraction, "fraction", needs=DIGIT),
        Rule("ratio", ratios.RATIO, ratios.speak_ratio, "cardinal", needs=DIGIT),
        Rule("match minute", ratios.MINUTE_MARK, ratios.speak_minute_mark, "ordinal", needs=re.compile(r"\d\s?[`′]")),
        Rule(
            "team game's format",
            symbols.TEAM_FORMAT,
            symbols.speak_team_format,
            "cardinal",
            needs=symbols.TEAM_FORMAT_SIGN,
        ),
        Rule("sign between numbers", symbols.OPERATOR, symbols.speak_operator, "mark", needs=DIGIT),
        Rule("year marked with its calendar", dotted.CALENDAR_YEAR, dotted.speak_calendar_year, "ordinal", needs=DIGIT),
        Rule("year word", dotted.YEAR_WORD, dotted.speak_year_word, "abbreviation", needs=DIGIT),
        Rule("years counted", dotted.COUNTED_YEARS, dotted.speak_counted_years, "cardinal", needs=DIGIT),
        Rule(
            "law's parts cited in clipped words",
            ordinalcontext.CITED_PARTS,
            ordinalcontext.speak_cited_parts,
            "ordinal",
            needs=ordinalcontext.CITED_ARTICLE,
        ),
        Rule(
            "channel number",
            ordinalcontext.CHANNEL_NUMBER,
            lambda m: ordinal_of(cardinal_of(m["n"])),
            "ordinal",
            needs=DIGIT,
        ),
        Rule(
            "half of a year",
            ordinalcontext.HALF_OF_A_YEAR,
            lambda m: ordinal_of(cardinal_of(m["n"])),
            "ordinal",
            needs=DIGIT,
        ),
        Rule(
            "number before a name",
            ordinalcontext.NUMBERED_NAME,
            ordinalcontext.speak_numbered_name,
            "ordinal",
            needs=ordinalcontext.NUMBERED_NAME_MARK,
        ),
        Rule(
            "amount per a unit", amounts.AMOUNT_PER_UNIT, amounts.speak_amount_per_unit, "measure", needs=amounts.SLASH
        ),
        Rule("unit after each", amounts.EACH_UNIT, amounts.speak_unit_symbol, "measure", needs=amounts.EACH_ONE),
        Rule(
            "length squared or cubed",
            amounts.POWERED_LENGTH,
            amounts.speak_unit_symbol,
            "measure",
            needs=amounts.POWER_WORD,
        ),
        Rule("number", writtennumbers.NUMBER, amounts.speak_number, "cardinal", needs=DIGIT),
        Rule("conjunction after an ordinal", gluedsuffixes.CONJUNCTION_AFTER_ORDINAL, lambda m: "мен", "mark"),
        Rule("units of a rate", amounts.RATE_UNITS, amounts.speak_rate_units, "measure", needs=amounts.SLASH),
        Rule(
            "unit in brackets",
            amounts.BRACKETED_UNIT,
            lambda m: abbr.unit_spoken(m["unit"]),
            "measure",
            needs=symbols.ROUND_BRACKET,
        ),
        Rule(
            "abbreviation cut with a hyphen",
            clipped.HYPHEN_CUT,
            clipped.speak_hyphen_cut,
            "abbreviation",
            needs=amounts.HYPHEN,
        ),
        Rule("noun cut with a hyphen", clipped.NOUN_CUT, clipped.speak_noun_cut, "abbreviation", needs=amounts.HYPHEN),
        Rule(
            "word broken at a lost line", scraped.LOST_LINE_BREAK, scraped.join_lost_break, "mark", needs=amounts.HYPHEN
        ),
        Rule(
            "signature of a note",
            dotted.NOTE_SIGNATURE,
            dotted.speak_note_signature,
            "abbreviation",
            needs=dotted.NOTE_CLOSE,
        ),
        Rule(
            "abbreviation",
            re.compile(
                rf"(?<![\w.-])(?P<abbr>{dotted.DOTTED_TYPED})(?:-(?P<suf>{SUFFIX})(?P<dot>\.)?(?![\w-]))?(?!\w)"
            ),
            dotted.speak_dotted,
            "abbreviation",
        ),
        Rule("word typed with the shift key held", gluedsuffixes.SHIFT_HELD, gluedsuffixes.lower_shift_held, "mark"),
        Rule(
            "suffix in capitals after an initialism",
            gluedsuffixes.CAPITAL_SUFFIX_AFTER_CAPITALS,
            gluedsuffixes.lower_capital_suffix,
            "mark",
            needs=amounts.HYPHEN,
        ),
        Rule(
            "suffix past the quote after capitals",
            gluedsuffixes.SUFFIX_PAST_QUOTE,
            gluedsuffixes.suffix_inside_quote,
            "initialism",
        ),
        Rule(
            "suffix typed onto an initialism",
            gluedsuffixes.GLUED_SUFFIX,
            gluedsuffixes.hyphen_before_glued_suffix,
            "initialism",
        ),
        Rule(
            "suffix written apart from an initialism",
            gluedsuffixes.DETACHED_SUFFIX,
            gluedsuffixes.hyphen_before_detached_suffix,
            "initialism",
        ),
        Rule("conjunction after an initialism", gluedsuffixes.CONJOINED, initialisms.speak_conjoined, "initialism"),
        Rule(
            "letter before a hyphenated initialism",
            letterlabels.HEAD_LETTER,
            letterlabels.speak_letter_label,
            "initialism",
        ),
        Rule("initialism", gluedsuffixes.CAPITALS, initialisms.speak_capitals, "initialism"),
        Rule("letters listed as labels", letterlabels.LETTER_LIST, letterlabels.speak_letter_list, "initialism"),
        Rule("letter label", letterlabels.LETTER_LABEL, letterlabels.speak_letter_label, "initialism"),
        Rule("letter closing a phrase", letterlabels.CLOSING_LETTER, letterlabels.speak_letter_label, "initialism"),
        Rule("group letter", letterlabels.GROUP_LETTER, letterlabels.speak_letter_label, "initialism"),
        Rule("model letter", letterlabels.MODEL_LETTER, letterlabels.speak_letter_label, "initialism"),
        Rule(
            "initialism in lower case", initialisms.LOWER_INITIALISM, initialisms.speak_lower_initialism, "initialism"
        ),
        Rule(
            "scale word",
            gluedsuffixes.SCALE_WORD,
            lambda m: attach(writtennumbers.SCALES[m["unit"]], m["suf"]),
            "abbreviation",
        ),
        Rule(
            "digits",
            re.compile(rf"\d+|[{symbols.digit_like()}]+"),
            symbols.speak_stray_digits,
            "number run",
            guess=True,
            needs=re.compile(rf"[\d{symbols.digit_like()}]"),
        ),
        # in English runs only
        Rule("ampersand in a Latin name", symbols.LATIN_AMPERSAND, lambda m: " энд ", "mark", needs=symbols.AMPERSAND),
        Rule(
            "plus joining Latin names",
            symbols.NAMES_JOINED_BY_PLUS,
            symbols.join_names_by_plus,
            "mark",
            needs=symbols.PLUS,
        ),
        Rule(
            "english word",
            latinwords.LATIN_WORD,
            lambda m: latinwords.speak_latin_word(m, english=True),
            "english",
            needs=LATIN_LETTER,
        ),
        Rule("latin word", latinwords.LATIN_WORD, latinwords.speak_latin_word, "latin", needs=LATIN_LETTER),
        Rule(
            "symbol",
            re.compile(
                rf"(?P<sign>§§|[%№&§°=≠≤≥×‰⁺ﷺﷻ]|\+(?=[\s,.;:!?»)]|$))(?:(?P<gap>\s?-)(?P<suf>{SUFFIX})(?![\w-]))?"
            ),
            symbols.speak_symbol,
            "mark",
        ),  # ОПЕК+ → ОПЕК плюс
        Rule("slash between words", marks.WORD_SLASH, lambda m: ", ", "mark", needs=marks.SLASH_OR_STAR),
        Rule("stray slash or star", marks.STRAY_MARK, lambda m: "", "mark", needs=marks.SLASH_OR_STAR),
        Rule("stray soft hyphen", marks.STRAY_SOFT_HYPHEN, lambda m: " ", "mark"),
        Rule("minus sign typed for a dash", marks.SPACED_MINUS, lambda m: "–", "mark", needs=marks.MINUS_SIGN),
        Rule("at sign between words", marks.AT_BETWEEN_WORDS, lambda m: " эт ", "mark", needs=marks.AT_SIGN),
    ]

"""Written words through normalisation (provenance) and engine word times aligned onto them."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import RICH_SENTENCES, SAMPLE, check_written_times
from tts_edition.engines.base import WordTiming
from tts_edition.engines.espeak import EspeakEngine
from tts_edition.ingest.sentences import split_sentences
from tts_edition.normalize import Lexicon, normalize, normalize_tokens
from tts_edition.normalize.lexicon import Entry
from tts_edition.normalize.provenance import Traced, WordGroup, WrittenToken
from tts_edition.timing.words import spoken_word_times, written_word_times
from tts_edition.voice import load_voice

RICH = "1992 жылы 16 желтоқсанда ҚР-да 3,5% өсті, Қасым-Жомарт Тоқаев 2024-2025 оқу жылында А.Б. Серікбаевқа"


def said(text: str, lexicon: Lexicon | None = None) -> dict[str, tuple[str, ...]]:
    return {t.text: g.words for g in normalize_tokens(text, lexicon).groups for t in g.tokens}


def test_every_written_token_knows_its_spoken_words() -> None:
    normalised = normalize_tokens(RICH)
    tokens = [t for g in normalised.groups for t in g.tokens]
    assert [(t.text, t.at) for t in tokens] == [(m.group(), m.start()) for m in re.finditer(r"\w(?:\S*\w)?", RICH)]
    assert [w for g in normalised.groups for w in g.words] == re.findall(r"\w(?:\S*\w)?", normalised.spoken)
    words = said(RICH)
    assert words["1992"] == ("мың", "тоғыз", "жүз", "тоқсан", "екінші")
    assert words["3,5"] == ("үш", "бүтін", "оннан", "бес", "пайыз")  # the % is edge punctuation of the token
    assert words["Қасым-Жомарт"] == ("Қасым-Жомарт",)
    assert words["ҚР-да"] == ("Қазақстан", "Республикасында")
    assert len(words["2024-2025"]) == 8


def test_tokens_read_together_form_one_group_and_symbols_join_the_word_before() -> None:
    groups = normalize_tokens("Бағасы 10 000 теңге, 5 & 6 маусым.").groups
    pairs = [([t.text for t in g.tokens], g.words) for g in groups]
    assert (["10", "000"], ("он", "мың")) in pairs
    assert (["5"], ("бес", "және")) in pairs


def test_provenance_follows_any_rule_and_the_lexicon() -> None:
    traced = Traced.nfc("аа бб вв гг")
    traced.sub(re.compile(r"бб вв"), lambda m: "бір екі үш")  # one rewrite over two tokens
    traced.sub(re.compile(r"гг"), lambda m: "")  # a token that becomes nothing
    groups = traced.groups("аа бб вв гг")
    assert [([t.text for t in g.tokens], g.words) for g in groups] == [
        (["аа"], ("аа",)), (["бб", "вв"], ("бір", "екі", "үш")), (["гг"], ()),
    ]  # fmt: skip
    assert said("ҚазҰУ түлегі", Lexicon((Entry("ҚазҰУ", "қазақ ұлттық университеті"),)))["ҚазҰУ"] == (
        "қазақ", "ұлттық", "университеті",
    )  # fmt: skip


def test_decomposed_letters_keep_their_offsets() -> None:
    text = "Мен и\u0306е 5 алдым"  # й typed as и + combining breve
    assert normalize_tokens(text).spoken == normalize(text) == "Мен йе бес алдым"
    assert said(text)["5"] == ("бес",)
    assert [t.at for g in normalize_tokens(text).groups for t in g.tokens] == [0, 4, 8, 10]


def test_the_rich_form_speaks_as_normalize_does_on_the_sample() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    for sentence in (s for paragraph in text.split("\n\n") for s in split_sentences(paragraph)):
        normalised = normalize_tokens(sentence)
        assert normalised.spoken == normalize(sentence)
        assert [w for g in normalised.groups for w in g.words] == re.findall(r"\w(?:\S*\w)?", normalised.spoken)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("абвгқңөұүіәАӘҚ XIV0123456789 ,.-–%№$₸:/@«»()+&\u0306\n")), max_size=60))
def test_every_token_and_spoken_word_is_accounted_for(text: str) -> None:
    normalised = normalize_tokens(text)
    assert normalised.spoken == normalize(text)
    tokens = [(t.text, t.at) for g in normalised.groups for t in g.tokens]
    assert tokens == [(m.group(), m.start()) for m in re.finditer(r"\w(?:\S*\w)?", text)]
    spoken = [w for g in normalised.groups for w in g.words]
    assert spoken == (re.findall(r"\w(?:\S*\w)?", normalised.spoken) if tokens else [])
    engine = [WordTiming(w, 10 * n, 10 * n + 5) for n, w in enumerate(reversed(spoken))]  # same count, other words
    timed = written_word_times(normalised.groups, engine, 0)
    times = [t for w in timed for t in (w.start, w.end)]
    assert len(timed) == len(tokens) and times == sorted(times)


def timing(*words: tuple[str, int, int]) -> list[WordTiming]:
    return [WordTiming(*w) for w in words]


def test_matching_words_take_the_engine_times_exactly() -> None:
    engine = timing(("бір", 0, 10), ("екі", 12, 20), ("үш", 25, 30))
    assert spoken_word_times(["бір", "екі", "үш"], engine) == [(0, 10), (12, 20), (25, 30)]


def test_a_split_or_merged_word_costs_a_local_estimate_only() -> None:
    split = timing(("ол", 0, 10), ("Қасым", 10, 30), ("Жомарт", 32, 60), ("келді", 60, 80))
    assert spoken_word_times(["ол", "Қасым-Жомарт", "келді"], split) == [(0, 10), (10, 60), (60, 80)]
    merged = timing(("ол", 0, 10), ("екімың", 10, 50), ("келді", 60, 80))
    times = spoken_word_times(["ол", "екі", "мың", "келді"], merged)
    assert times[0] == (0, 10) and times[3] == (60, 80)
    assert times[1][0] == 10 and times[1][1] == times[2][0] and times[2][1] == 50


def test_an_extra_or_missing_engine_word_leaves_the_rest_exact() -> None:
    spoken = ["а", "бірінші", "екінші", "үшінші", "төртінші", "бесінші"]
    missing = timing(("а", 0, 5), ("бірінші", 5, 20), ("үшінші", 40, 55), ("төртінші", 55, 70), ("бесінші", 70, 90))
    times = spoken_word_times(spoken, missing)
    assert times[3:] == [(40, 55), (55, 70), (70, 90)] and times[0] == (0, 5)
    assert times[1][0] == 5 and times[2][1] == 20  # "екінші" shares the time of the word before it
    extra = timing(("а", 0, 5), ("бірінші", 5, 20), ("ммм", 20, 30), ("екінші", 30, 40), ("үшінші", 40, 55),
                   ("төртінші", 55, 70), ("бесінші", 70, 90))  # fmt: skip
    assert spoken_word_times(spoken, extra) == [(0, 5), (5, 30), (30, 40), (40, 55), (55, 70), (70, 90)]


def test_phoneme_words_align_by_length() -> None:
    engine = timing(("ˈol", 0, 10), ("qasəm", 10, 30), ("ʒomart", 30, 60), ("kɛldɪ", 60, 80))
    assert spoken_word_times(["ол", "Қасым-Жомарт", "келді"], engine) == [(0, 10), (10, 60), (60, 80)]


def test_written_tokens_span_their_spoken_words() -> None:
    groups = [
        WordGroup((WrittenToken("1992", 0),), ("мың", "тоғыз", "жүз", "тоқсан", "екінші")),
        WordGroup((WrittenToken("10", 5), WrittenToken("000", 8)), ("он", "мың")),
        WordGroup((WrittenToken("А", 12), WrittenToken("Б", 14)), ("аб",)),
        WordGroup((WrittenToken("—x", 16),), ()),
    ]
    engine = timing(*[(w, 10 * n, 10 * n + 8) for n, w in enumerate(["мың", "тоғыз", "жүз", "тоқсан", "екінші",
                                                                        "он", "мың", "аб"])])  # fmt: skip
    timed = written_word_times(groups, engine, 0)
    assert [(w.text, w.spoken, w.start, w.end) for w in timed] == [
        ("1992", "мың тоғыз жүз тоқсан екінші", 0, 48),
        ("10", "он", 50, 58),
        ("000", "мың", 60, 68),
        ("А", "аб", 70, 74),
        ("Б", "аб", 74, 78),
        ("—x", "", 78, 78),
    ]


@pytest.mark.parametrize("engine", [[], timing(("x", 3, 9))])
def test_a_sentence_without_engine_words_still_lists_its_written_words(engine: list[WordTiming]) -> None:
    groups = normalize_tokens("Бір.").groups
    assert [(w.text, w.at) for w in written_word_times(groups, engine, 3)] == [("Бір", 0)]


@pytest.mark.parametrize("sentence", [RICH, *split_sentences(RICH_SENTENCES)])
def test_espeak_word_events_time_every_written_token(sentence: str) -> None:
    check_written_times(EspeakEngine(load_voice("kk-espeak")), sentence)

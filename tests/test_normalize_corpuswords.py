"""The corpus's everyday words hunspell-kk lacks, known as its own are (`tts_edition.normalize.corpuswords`)."""

import pytest

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize import capitals, normalize
from tts_edition.normalize.corpuswords import CORPUS_WORDS

needs_dictionary = pytest.mark.skipif(kazakh_dictionary() is None, reason="hunspell-kk is not installed")


@needs_dictionary
@pytest.mark.parametrize("word", ["аумағында", "агенттігі", "хабарлауынша", "өңірлік", "айырмашылығы"])
def test_corpus_word_is_known_to_the_scraped_text_readers(word: str) -> None:
    assert kazakh_dictionary().lookup(word) is False
    assert capitals.known_form(word) is True
    assert capitals.known_form_or_stem(word) is True
    assert capitals.known_word(word) is False  # the Latin readers ask the dictionary alone


@needs_dictionary
@pytest.mark.parametrize("word", ["бұданәрі", "мемлекеттіктілі", "ындап", "который", "трлн"])
def test_glued_broken_or_russian_words_stay_unknown(word: str) -> None:
    assert word not in CORPUS_WORDS
    assert capitals.known_form(word) is False


@needs_dictionary
def test_corpus_word_is_no_stem_nor_a_loan_spelling() -> None:
    assert capitals.known_word("еуро") is False  # the Latin readers ask the dictionary alone (Eurobank → евробанк)
    assert capitals.known_form_or_stem("мектебісынан") is False  # мектебі is a word form, no stem for suffixes


@needs_dictionary
def test_possessive_split_stays_apart_after_a_corpus_word() -> None:
    assert normalize("Ауыл мектебі сынан өтті.") == "Ауыл мектебі сынан өтті."
    assert normalize("Eurobank") == "евробанк"


def test_table_is_small_lower_case_and_kazakh() -> None:
    assert 500 < len(CORPUS_WORDS) < 5000
    assert all(word.islower() and word.isalpha() for word in CORPUS_WORDS)

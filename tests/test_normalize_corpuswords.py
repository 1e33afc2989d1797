"""The corpus's everyday words hunspell-kk lacks, known as its own are (`tts_edition.normalize.corpuswords`)."""

import pytest

from tts_edition.hunspell import kazakh_dictionary
from tts_edition.normalize import capitals
from tts_edition.normalize.corpuswords import CORPUS_WORDS

needs_dictionary = pytest.mark.skipif(kazakh_dictionary() is None, reason="hunspell-kk is not installed")


@needs_dictionary
@pytest.mark.parametrize("word", ["аумағында", "агенттігі", "хабарлауынша", "өңірлік", "айырмашылығы"])
def test_corpus_word_is_known(word: str) -> None:
    assert kazakh_dictionary().lookup(word) is False
    assert capitals.known_word(word) is True


@needs_dictionary
@pytest.mark.parametrize("word", ["бұданәрі", "мемлекеттіктілі", "реткіретін", "ындап", "который", "трлн"])
def test_glued_broken_or_russian_words_stay_unknown(word: str) -> None:
    assert word not in CORPUS_WORDS
    assert capitals.known_word(word) is False


def test_table_is_small_lower_case_and_kazakh() -> None:
    assert 500 < len(CORPUS_WORDS) < 5000
    assert all(word.islower() and word.isalpha() for word in CORPUS_WORDS)

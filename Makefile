# Quick start: `make demo` builds the sample edition; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/baq-kz-2025-11-11-tokayev-article.txt

.PHONY: demo test install install-test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'

demo: install
	$(BIN)/tts-edition build $(SAMPLE) --out build/sample
	$(BIN)/tts-edition check build/sample

test: install-test
	$(BIN)/ruff check tts_edition tests
	$(BIN)/python -m pytest -q

clean:
	rm -rf build/*/ .pytest_cache .ruff_cache

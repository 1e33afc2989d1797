# Quick start: `make demo` builds the sample edition; `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/baq-kz-2025-11-11-tokayev-article.txt

.PHONY: demo test install install-test system-packages screenshot bench clean

# uv installs the packages: the same versions pip would pick, in a tenth of the time (the test extras bring torch and
# its CUDA wheels, some 3 GB, which pip fetches one at a time). It trusts the system's certificates, as pip does.
PIP := $(BIN)/uv pip install --quiet --compile-bytecode --native-tls --python $(BIN)/python

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(BIN)/uv: | $(BIN)/python
	$(BIN)/python -m pip install --quiet uv

install: $(BIN)/uv
	$(PIP) -e .

# Debian packages the tests drive: epubcheck validates the EPUB, chromium runs the reader page (npm fetches axe-core,
# which checks its accessibility); hunspell-kk is the Kazakh dictionary and libhunspell reads it: the normaliser reads
# words in capitals with it (without it, it guesses from pronounceability) and the script converter picks the vowels
# of Arabic-script words; lame (LAME's own encoder) writes the reference for the MP3's LAME tag; cuetools reads cue
# sheets as libcue does; flac (libFLAC's own tool) tests the spliced FLAC.
DEBIAN_PACKAGES := epubcheck chromium hunspell-kk libhunspell-1.7-0 lame cuetools flac
system-packages:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

# axe-core, the accessibility checker the reader tests inject into the page, in a git-ignored folder. npm comes with
# Node.js packages from elsewhere (NodeSource), or from Debian's own `npm`.
AXE := .cache/npm/node_modules/axe-core/axe.min.js
$(AXE): | system-packages
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq --no-install-recommends npm >/dev/null)
	npm install --silent --no-save --no-audit --no-fund --prefix .cache/npm axe-core@4

install-test: $(BIN)/uv system-packages $(AXE)
	$(PIP) -e '.[test,ray,piper,coqui]'

demo: install
	$(BIN)/tts-edition build $(SAMPLE) --out build/sample
	$(BIN)/tts-edition check build/sample

test: install-test
	$(BIN)/ruff check tts_edition tests docs bench
	$(BIN)/python -m pytest -q

# Benchmarks (not part of `make test`): JSON lines on stdout; see bench/run.py. BENCH_ARGS="--hours 1" for a quick run.
bench: install-test
	$(PIP) -e '.[test,ray,piper,coqui,bench]'
	$(BIN)/python bench/run.py --voices piper-standin,kk-espeak,mms-standin $(BENCH_ARGS)
	$(BIN)/python bench/codecs.py

screenshot: install-test
	$(BIN)/python docs/screenshot.py build/sample

# Every edition under build/, whatever its layout (an earlier one kept a link and a hidden folder beside it).
clean:
	rm -rf .pytest_cache .ruff_cache
	find build -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +

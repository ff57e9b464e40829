# Everything a fresh machine needs: Python 3.11+ and make. The venv is (re)built when
# pyproject.toml changes: newsparse and what it needs to run for `make run`, the test stack
# (Dask, fastwarc, pytest…) on top only for the targets that use it.
PYTHON     ?= python3
VENV       := .venv
BIN        := $(VENV)/bin
RUN_STAMP  := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
SHARED     ?= ../shared

.PHONY: run test soak lint golden eval textset bench clean

$(RUN_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

## run: convert every article in samples/ and print the JSON (NDJSON, one line each)
run: $(RUN_STAMP)
	$(BIN)/newsparse parse samples/

## test: the whole test suite
test: $(TEST_STAMP)
	$(BIN)/python -m pytest -q

## soak: a 1,000-input batch, overlapping runs, a full disk and a damaged state against the local fault server (a few minutes); prints figures
soak: $(TEST_STAMP)
	$(BIN)/python scripts/soak.py 1000

## golden: rewrite tests/golden/*.json from samples/ (review the diff before committing)
golden: $(RUN_STAMP)
	$(BIN)/python tests/make_golden.py

## bench: time and measure newsparse against its targets (docs/benchmarks.md); uses $(SHARED)/eval
## (installs pyinstrument, and fastfeedparser to compare feed parsers with)
bench: $(TEST_STAMP)
	$(BIN)/python -m pip install -q pyinstrument fastfeedparser
	$(BIN)/python scripts/bench.py --shared $(SHARED) --profile

## eval: score newsparse (and trafilatura beside it) on every set in $(SHARED)/eval, in one run:
## fundus-dev structure, wcxb-dev body text, widgets-dev quotes and widgets (HTML and text);
## rewrites the tables of docs/evaluation.md and README's quality figures (fails, saying where
## the sets live, without them)
eval: $(RUN_STAMP)
	@$(BIN)/python scripts/eval.py "$(SHARED)" -j 2 --write docs/evaluation.md --readme README.md

## textset: widgets-dev in the seed's plain-text shape (into $(TEXTSET)), scored with score_callouts.py text
TEXTSET ?= build/textset
textset: $(RUN_STAMP)
	@if [ ! -d "$(SHARED)/eval/widgets-dev" ]; then \
		echo "textset: $(SHARED)/eval/widgets-dev not found; skipping (set SHARED=/path/to/shared)"; \
	else \
		$(BIN)/python scripts/widgets_textset.py "$(TEXTSET)" "$(SHARED)" && \
		for part in fundus-dev wcxb-dev; do \
			$(BIN)/python "$(SHARED)/eval/score_callouts.py" text "$(TEXTSET)/$$part" \
				--gold "$(SHARED)/eval/widgets-dev/$$part" --base "$(SHARED)/eval" \
				--cmd '$(BIN)/newsparse parse {path}' --name "text shape, widgets-dev $$part" || exit 1; \
		done; \
	fi

lint: $(TEST_STAMP)
	$(BIN)/python -m pip install -q ruff mypy
	$(BIN)/ruff check newsparse tests
	$(BIN)/mypy --ignore-missing-imports newsparse

clean:
	rm -rf $(VENV) build *.egg-info

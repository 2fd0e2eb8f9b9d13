# One command to set up and execute every notebook (`make run`), one to set up and
# pass every test (`make test`). Both create or reuse .venv from requirements.txt.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
REQUIREMENTS ?= requirements.txt
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NOTEBOOKS := $(sort $(wildcard notebooks/[0-9][0-9]-*.ipynb))
TIMEOUT ?= 900
# ARTICLE is a file name, never make or shell syntax: take it exactly as given ($(value)
# does not expand "$5"), single-quote it for the shell (a quote inside becomes '"'"'), and
# make it absolute in the recipe's shell, since the notebooks run in notebooks/.
shell_quote = '$(subst ','"'"',$(1))'
ARTICLE_ARG := $(call shell_quote,$(value ARTICLE))
define with_article
ARTICLE=$(ARTICLE_ARG); case "$$ARTICLE" in ""|/*|"~"*) ;; *) ARTICLE="$$PWD/$$ARTICLE" ;; esac; export ARTICLE;
endef

# The same for a corpus: CORPUS (default: the invented seeds/corpus), OUT (default:
# build/corpus/<the corpus folder's name>) and JOBS (default: every core) reach the shell
# single-quoted, and the command line after "--", so a name is never an option either.
CORPUS_ARG := $(call shell_quote,$(value CORPUS))
OUT_ARG := $(call shell_quote,$(value OUT))
JOBS_ARG := $(call shell_quote,$(value JOBS))

.PHONY: setup check report run test lab bench lint format clean embeddings corpus

setup: $(STAMP)

$(STAMP): $(REQUIREMENTS) requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -r $(REQUIREMENTS)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -c "from analysis.core.offline import ensure_nltk_data; print('NLTK data in', ensure_nltk_data())"
	touch $(STAMP)

# The one-line check of ARTICLE (or the seed) that run does first.
check: $(STAMP)
	@$(with_article) $(BIN)/python -m analysis

# The report of ARTICLE (or the seed): build/<article name>/index.html and one page per
# notebook (code hidden, offline), the executed notebooks and every table as CSV. Each
# article gets its own folder; two runs on one article write the same bytes.
report: check
	$(with_article) PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m analysis.report \
	  --out build --timeout $(TIMEOUT)

run: report

# Every table of a whole coverage, as Parquet and CSV (README: "A whole coverage").
corpus: $(STAMP)
	@CORPUS=$(CORPUS_ARG); OUT=$(OUT_ARG); JOBS=$(JOBS_ARG); CORPUS="$${CORPUS:-seeds/corpus}"; \
	OUT="$${OUT:-build/corpus/$$(basename -- "$$CORPUS")}"; \
	$(BIN)/python -m analysis corpus --out "$$OUT" $${JOBS:+--jobs "$$JOBS"} -- "$$CORPUS"

test: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python -m pytest

# JupyterLab at the repository root (build/ and seeds/ in reach), on the index notebook;
# root in a container needs --allow-root.
lab: $(STAMP)
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/jupyter lab --ServerApp.root_dir="$(CURDIR)" \
	  $$(test "$$(id -u)" = 0 && echo --allow-root) notebooks/00-index.ipynb

bench: $(STAMP)
	$(BIN)/python benchmarks/notebooks.py
	$(BIN)/python benchmarks/robustness.py --every 10
	$(BIN)/python benchmarks/syllables.py
	$(BIN)/python benchmarks/readability.py
	$(BIN)/python benchmarks/sentiment_nyt.py
	$(BIN)/python benchmarks/attribution.py
	$(BIN)/python benchmarks/speakers.py
	$(BIN)/python benchmarks/stance_fnc1.py --split dev
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/corpus.py --dask

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/nbstripout --verify notebooks/*.ipynb

format: $(STAMP)
	$(BIN)/ruff format . && $(BIN)/ruff check --fix . && $(BIN)/nbstripout notebooks/*.ipynb

# Optional: the sentence encoder for sentiment lives in its own environment, so the
# default install stays light. This builds .venv-embed and runs the notebooks with it.
embeddings:
	$(MAKE) run VENV=.venv-embed REQUIREMENTS=requirements-embeddings.txt

clean:
	rm -rf build

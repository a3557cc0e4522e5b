# newslib — two commands for a fresh clone: `make report` and `make test`.
# Each creates .venv and installs newslib with its dev extras the first time (then reuses it).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: test report lab install train-ner bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("newslib needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

## make test: the whole test suite, notebooks and doctests included.
test: $(STAMP)
	$(PY) -m pytest

## make report: run the main job on data/ and write reports/.
report: $(STAMP)
	$(PY) -m newslib.report data reports

## make lab: JupyterLab on notebooks/.
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/

## make train-ner: rebuild gazetteers (CLDR via Babel), word clusters (SaudiNewsNet) and the CRF
## (ANERcorp train only) into newslib/models/ and newslib/lexicons/. About 3 minutes on one core.
train-ner: $(STAMP)
	$(PY) -m pip install --quiet -e ".[train]"
	$(PY) scripts/train_ner.py $(SHARED)/corpora/anercorp/train.conll --lexicons \
		--clusters-from $(SHARED)/corpora/saudinewsnet/dev.jsonl.gz

clean:
	rm -rf $(VENV) reports .pytest_cache

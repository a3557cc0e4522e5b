# newslib — two commands for a fresh clone: `make report` and `make test`.
# Each creates .venv and installs newslib with its dev extras the first time (then reuses it).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: test report lab install train-ner train-ner-fane-dev train-marks train-speakers train-quotes first-names bench clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("newslib needs Python >= 3.11, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# Second, lean environment with matplotlib 3.10 (no text shaping), so that the chart-label
# tests also exercise nl.charts.label's pre-3.11 path. Created once, then reused.
LEGACY       := .venv-mpl310
LEGACY_STAMP := $(LEGACY)/.installed
$(LEGACY_STAMP): pyproject.toml
	test -x $(LEGACY)/bin/python || $(PYTHON) -m venv $(LEGACY)
	$(LEGACY)/bin/python -m pip install --quiet "matplotlib>=3.10,<3.11" "pandas>=2.2" "arabic-reshaper>=3.0" \
		"python-bidi>=0.5" fontpkg-ibm-plex-sans-arabic fontpkg-amiri pillow uharfbuzz pytest hypothesis
	$(LEGACY)/bin/python -m pip install --quiet --no-deps -e .
	touch $(LEGACY_STAMP)

## make test: the whole test suite, notebooks and doctests included.
test: $(STAMP) $(LEGACY_STAMP)
	$(PY) -m pytest
	$(LEGACY)/bin/python -m pytest tests/test_charts.py -q -p no:cacheprovider -o addopts="-ra" -k "not svg_glyphs and not svg_negative"

## make report [DATA=corpus] [OUT=folder] [ARGS="--timeout 3600 --n-jobs 2"]: the tables as CSV
## and every notebook run on DATA (default data/), written to OUT (default reports/).
DATA ?= data
OUT  ?= reports
ARGS ?=
report: $(STAMP)
	$(PY) -m newslib.report "$(DATA)" "$(OUT)" $(ARGS)

## make lab: JupyterLab on notebooks/.
lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/

## make train-ner: rebuild gazetteers (CLDR via Babel), word clusters (SaudiNewsNet), the CRF and
## the BiLSTM added to it (ANERcorp train only) into newslib/models/ and newslib/lexicons/.
## About 12 minutes on one core.
train-ner: $(STAMP)
	$(PY) -m pip install --quiet -e ".[train]"
	$(PY) scripts/train_ner.py $(SHARED)/corpora/anercorp/train.conll --lexicons \
		--clusters-from $(SHARED)/corpora/saudinewsnet/dev.jsonl.gz
	$(PY) scripts/train_ner_lstm.py $(SHARED)/corpora/anercorp/train.conll \
		$(SHARED)/corpora/saudinewsnet/dev.jsonl.gz $(SHARED)/corpora/bbc_arabic_2017/articles.jsonl.gz

## make train-ner-fane-dev: the FANE ablation of bench/README.md ("FANE", issue 17) on the ANERcorp
## dev split, from ../shared (ANERcorp only, + WikiFANE, + NewsFANE, + FANE words in the train-word
## list); writes nothing shipped. About 30 minutes on one core.
train-ner-fane-dev: $(STAMP)
	$(PY) scripts/fane.py $(SHARED)/corpora/fane $(SHARED)/corpora/anercorp/train.conll --table --stats
	for mix in "--mix=" "--mix=wiki --wiki-frac=0.33" "--mix=news" "--mix= --gaz-fane"; do \
		$(PY) scripts/train_ner.py $(SHARED)/corpora/anercorp/train.conll --dev-only --iters 100 \
			--fane $(SHARED)/corpora/fane $$mix || exit 1; done

## make train-marks: the "name in marks or quotation?" classifier of newslib.quotes.mark_kind
## (multinomial logistic regression over each span in marks) from the train split of the quote gold;
## reads the article texts from $(SHARED). A few minutes on one core (the entity table of the gold articles).
## NOTE: on today's code this target does NOT rebuild the shipped newslib/models/mark_kind.json (C 0.3, a
## quote demoted below 0.35, written at 35bc1e6). That file is rebuilt to the last digit by this command at
## any first-parent commit from 35bc1e6 to 265d912 (scikit-learn 1.9.1); from 552035b (q11's merge) on, the
## rule stages (and since ner19 the entity model) moved the spans, rule labels and features the classifier is
## trained on (rules alone on train: F1 0.880 -> 0.913 on 2026-12-06), so the weights differ and the
## cross-validated choice moved with them (C 0.03 at q11, 0.1 from q16, 0.03 below 0.40 after ner19). Neither
## that choice nor the shipped values pinned (--C 0.3 --demote-below 0.35) passed the shipping rule
## (bench/README.md, Issue 15, twenty-ninth round), so the shipped file stays.
train-marks: $(STAMP)
	$(PY) -m pip install --quiet -e ".[train]"
	$(PY) scripts/train_marks.py --corpus $(SHARED)/corpora/saudinewsnet/dev.jsonl.gz \
		$(SHARED)/corpora/bbc_arabic_2017/articles.jsonl.gz

## make train-quotes: both learned models of newslib.quotes, in order: the speaker ranker is trained on
## the quotes that the marks classifier leaves.
train-quotes:
	$(MAKE) train-marks
	$(MAKE) train-speakers

## make train-speakers: the speaker ranker of newslib.quotes.attribution (conditional logit over
## each quote's speaker candidates) from the train and dev splits of the quote gold (nine outlets; C fixed,
## the margin by leaving one outlet out); reads the article texts from
## $(SHARED). A minute on one core.
## NOTE: on today's code this target does NOT rebuild the shipped newslib/models/speaker_choice.json (written at
## 014382f, q12's branch): the command rebuilds it exactly up to 72210c4 on main; from f83dae6 (q16's merge) the
## quote rules match other gold quotes, so the ranker trains on other rows. The refit of 2026-12-06 (same C 0.3
## and margin 0.5) kept the golds' right speakers (710 = 710) but read worse on 40 changed corpus rows (8 right,
## 16 wrong: word strings taken as speakers), so the shipped file stays (bench/README.md, twenty-ninth round).
	$(PY) -m pip install --quiet -e ".[train]"
	$(PY) scripts/train_speakers.py --corpus $(SHARED)/corpora/saudinewsnet/dev.jsonl.gz \
		$(SHARED)/corpora/bbc_arabic_2017/articles.jsonl.gz

## make first-names: newslib/lexicons/first_names.tsv, the gender of first names learned from speech
## verbs (قالت سارة) over the train and dev outlets of SaudiNewsNet and BBC Arabic. About 10 minutes.
first-names: $(STAMP)
	$(PY) scripts/first_names.py $(SHARED)/corpora/saudinewsnet/dev.jsonl.gz \
		$(SHARED)/corpora/bbc_arabic_2017/articles.jsonl.gz

clean:
	rm -rf $(VENV) $(LEGACY) reports .pytest_cache

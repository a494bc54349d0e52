# The two set-up commands of README: `make demo` (main job) and `make test` (all tests).
# Each creates .venv on first use and installs the package with its dev extras.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck unit eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m diembao.demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

test: lint typecheck unit

# The quality gates alone (pinned minimums in eval/pins/; also part of `make test`).
eval: $(STAMP)
	$(BIN)/python -m pytest -q tests/eval

# Peers that pin libraries diembao needs newer (ViNLP: sklearn-crfsuite 0.3.6) get a side environment.
PEERS := .venv-peers

bench: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	test -x $(PEERS)/bin/python || $(PY) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install -q ViNLP
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) $(PEERS) .mypy_cache .pytest_cache .ruff_cache build src/*.egg-info

# The two commands of the README: `make run` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO := $(VENV)/demo.cpaudit

.PHONY: run test lint setup benchmark

$(BIN)/cpaudit-ready: pyproject.toml
	./installer/debian-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/cpaudit-ready

$(DEMO): | $(BIN)/cpaudit-ready
	$(BIN)/cpaudit demo $(DEMO)

run: setup $(DEMO)
	$(BIN)/cpaudit open $(DEMO)

test: setup
	$(BIN)/ruff check cpaudit tests benchmarks installer
	$(BIN)/ruff format --check cpaudit tests benchmarks installer
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

benchmark: setup
	$(BIN)/python benchmarks/run.py

# Two set-up commands: `make chat` and `make test`. Both create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: chat test bench lint typecheck kbcheck clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

chat: $(STAMP)
	$(PY) -m bot chat

lint: $(STAMP)
	$(PY) -m ruff check bot tests
	$(PY) -m ruff format --check bot tests

typecheck: $(STAMP)
	$(PY) -m mypy bot

kbcheck: $(STAMP)
	$(PY) -m bot kb check

test: lint typecheck kbcheck
	$(PY) -m pytest -q
	$(PY) -m tests.knowledge.evaluation

bench: $(STAMP)
	$(PY) -m bot.bench $(BENCH_ARGS)
	$(PY) -m tests.e2e.bench_e2e $(BENCH_ARGS)
	$(PY) -m tests.e2e.bench_faults $(BENCH_ARGS)
	FUZZ_UPDATES=$(if $(BENCH_ARGS),10000,1000) LOAD_STUDENTS=$(if $(BENCH_ARGS),500,50) \
		$(PY) -m pytest -q -s tests/e2e/test_fuzz_and_load.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache

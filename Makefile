# Set-up and the two commands the README gives a new user: `make demo` and `make test`.
# Everything is installed into .venv from the project's own files (pyproject.toml); nothing else is assumed.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test bench accuracy clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(PY) examples/demo.py

test: $(VENV)/.installed
	$(PY) -m pytest

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_logging.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis

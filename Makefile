# The two commands of the README. Each makes (or reuses) the virtual environment .venv.
.PHONY: build test
VENV := .venv

build:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet .
	$(VENV)/bin/civicgraph build

test:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet -e '.[test]'
	$(VENV)/bin/python -m pytest -q

# The two commands of the README. Each makes (or reuses) the virtual environment .venv.
.PHONY: build test
VENV := .venv

build:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet .
	$(VENV)/bin/civicgraph build

test:
	@# The site's browser tests: Debian chromium, and axe-core from the npm registry (package.json).
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
	@test -f node_modules/axe-core/axe.min.js || npm install --no-audit --no-fund --silent
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet -e '.[test]'
	$(VENV)/bin/python -m pytest -q

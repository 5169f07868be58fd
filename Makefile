# The two commands of the README. Each makes (or reuses) the virtual environment .venv.
.PHONY: build test
VENV := .venv
# Debian packages the tests start for real (nginx with its JavaScript module, Apache: the content-negotiation
# test; chromium: the site in a browser; tesseract-ocr with its French model: scanned PDFs; fonts-dejavu-core:
# the font the scan test prints with).
APT_PACKAGES := nginx libnginx-mod-http-js apache2 chromium tesseract-ocr tesseract-ocr-fra fonts-dejavu-core
# One pytest worker a core, a module's tests in one worker; tests/conftest.py orders the modules.
PYTEST_PARALLEL := -n auto --dist loadscope --no-loadscope-reorder
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

build:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet .
	$(VENV)/bin/civicgraph build

test:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; }
	@# The site's browser tests: axe-core from the npm registry (package.json).
	@test -f node_modules/axe-core/axe.min.js || npm install --no-audit --no-fund --silent
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet -e '.[test]'
	$(VENV)/bin/python -m pytest -q $(PYTEST_PARALLEL)
